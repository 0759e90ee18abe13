"""Where everything of a run lives in the output location: the one registry of paths.

    <output>/<table>.parquet -> current/<table>.parquet   stable paths (local disks)
    <output>/current -> snapshots/<run_id>                 the published version
    <output>/CURRENT                                       its run_id (every filesystem)
    <output>/snapshots/<run_id>/<table>.parquet            one complete version per run
    <output>/snapshots/<run_id>/_state/<state>.parquet     fingerprints and row index, for the next run
    <output>/.staging/<run_id>/<working>.parquet           inventory, clusters, paragraph stories, duplicates
    <output>/.staging/<run_id>/<name>/part-NNNNNN.parquet  one part per batch: each per-file table,
                                                           fingerprints, shingles, row index

File names are the specs' names (schemas/, schemas/state.py). Staging is hidden (".")
so that listing an output folder as input skips it.
"""

from __future__ import annotations

from dataclasses import dataclass

import schemas
from schemas.spec import TableSpec
from tasks.store.io import Location, list_parts
from tasks.store.snapshots import snapshot_dir

STAGING_DIR = ".staging"
STATE_DIR = "_state"


@dataclass(frozen=True)
class OutputLayout:
    """One run's paths in one output location."""

    output: Location
    run_id: str

    @classmethod
    def of(cls, output_url: str, run_id: str) -> OutputLayout:
        return cls(Location.of(output_url), run_id)

    def of_run(self, run_id: str) -> OutputLayout:
        """Another run's paths in the same output (the published version's)."""
        return OutputLayout(self.output, run_id)

    @property
    def snapshot(self) -> Location:
        """This run's version of the tables, before and after it is made current."""
        return snapshot_dir(self.output, self.run_id)

    def table(self, spec: TableSpec) -> Location:
        """Where this run publishes a table (inside its snapshot)."""
        return self.snapshot.child(spec.file_name)

    def state(self, spec: TableSpec) -> Location:
        """A state file this run's snapshot keeps for the next run (not for analysts)."""
        return self.snapshot.child(STATE_DIR, spec.file_name)

    def indexed(self, spec: TableSpec) -> Location:
        """The snapshot file the row index names ``spec``: a table, or a state file."""
        return self.table(spec) if spec.name in schemas.TABLES else self.state(spec)

    @property
    def staging_root(self) -> Location:
        return self.output.child(STAGING_DIR)

    @property
    def staging(self) -> Location:
        return self.staging_root.child(self.run_id)

    def working(self, spec: TableSpec) -> Location:
        """A file the run writes once and reads back later in the run."""
        return self.staging.child(spec.file_name)

    def part(self, spec: TableSpec, batch_no: int) -> Location:
        """One batch's part of ``spec``."""
        return self.staging.child(spec.name, f"part-{batch_no:06d}.parquet")

    def parts(self, spec: TableSpec) -> list[Location]:
        """Every batch's part of ``spec``, in batch order."""
        return list_parts(self.staging.child(spec.name))
