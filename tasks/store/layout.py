"""Where everything lives in the output location: the one registry of paths.

    <output>/<table>.parquet -> current/<table>.parquet   stable paths (local disks)
    <output>/current -> snapshots/<run_id>                 the published version
    <output>/CURRENT                                       its run_id (every filesystem)
    <output>/snapshots/<run_id>/<table>.parquet            one complete version per run
    <output>/snapshots/<run_id>/_state/fingerprints.parquet  dedup signatures, for the next run
    <output>/snapshots/<run_id>/_state/row_index.parquet     where each file's rows are
    <output>/.staging/<run_id>/inventory.parquet           the run's file listing
    <output>/.staging/<run_id>/<table>/part-NNNNNN.parquet one part per batch
    <output>/.staging/<run_id>/_fingerprints/part-NNNNNN.parquet  dedup fingerprints
    <output>/.staging/<run_id>/_shingles/part-NNNNNN.parquet  shingle sets of fresh articles
    <output>/.staging/<run_id>/_dedup/*.parquet            cluster assignments, paragraph stories
    <output>/.staging/<run_id>/_<stage>/<table>-NNNNNN.parquet  columns a stage adds to a batch

Staging is hidden (".") so that listing an output folder as input skips it.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from schemas.spec import TableSpec
from tasks.store.io import Location
from tasks.store.snapshots import snapshot_dir

STAGING_DIR = ".staging"
FINGERPRINTS = "_fingerprints"  # the dedup fingerprints' name in the row index


@dataclass(frozen=True)
class OutputLayout:
    output: Location
    run_id: str

    @classmethod
    def of(cls, output_url: str, run_id: str) -> OutputLayout:
        return cls(Location.of(output_url), run_id)

    @property
    def snapshot(self) -> Location:
        """This run's version of the tables, before and after it is made current."""
        return snapshot_dir(self.output, self.run_id)

    def table(self, spec: TableSpec) -> Location:
        """Where this run writes the table (inside its snapshot)."""
        return self.snapshot.child(spec.file_name)

    @property
    def staging_root(self) -> Location:
        return self.output.child(STAGING_DIR)

    @property
    def staging(self) -> Location:
        return self.staging_root.child(self.run_id)

    @property
    def inventory(self) -> Location:
        return self.staging.child("inventory.parquet")

    def parts_dir(self, spec: TableSpec) -> Location:
        return self.staging.child(spec.name)

    def part(self, spec: TableSpec, batch_no: int) -> Location:
        return self.parts_dir(spec).child(f"part-{batch_no:06d}.parquet")

    @property
    def fingerprints_dir(self) -> Location:
        return self.staging.child("_fingerprints")

    def fingerprint_part(self, batch_no: int) -> Location:
        return self.fingerprints_dir.child(f"part-{batch_no:06d}.parquet")

    @property
    def shingles_dir(self) -> Location:
        return self.staging.child("_shingles")

    def shingles_part(self, batch_no: int) -> Location:
        """Shingle sets of the batch's freshly read articles, for dedup's verification."""
        return self.shingles_dir.child(f"part-{batch_no:06d}.parquet")

    @property
    def cluster_assignments(self) -> Location:
        return self.staging.child("_dedup", "assignments.parquet")

    @property
    def paragraph_stories(self) -> Location:
        return self.staging.child("_dedup", "paragraph_stories.parquet")

    @property
    def fingerprint_state(self) -> Location:
        """The run's dedup fingerprints, kept in its snapshot: the next run reuses those
        of the files it carries over (not a table for analysts)."""
        return self.snapshot.child("_state", "fingerprints.parquet")

    @property
    def row_index(self) -> Location:
        """Where each file's rows are in this snapshot's tables (tasks/store/row_index.py)."""
        return self.snapshot.child("_state", "row_index.parquet")

    def indexed(self, name: str) -> Location:
        """The snapshot file the row index calls ``name``: a table, or the fingerprints."""
        if name == FINGERPRINTS:
            return self.fingerprint_state
        return self.snapshot.child(f"{name}.parquet")

    def extension(self, stage: str, spec: TableSpec, batch_no: int) -> Location:
        """Columns ``stage`` computed for one batch of ``spec``'s rows, joined at publish."""
        return self.staging.child(f"_{stage}", f"{spec.name}-{batch_no:06d}.parquet")

    @staticmethod
    def batch_of(part: Location) -> int:
        """The batch number in a part's name (part-000012.parquet -> 12)."""
        return int(posixpath.basename(part.path).split("-")[-1].split(".")[0])
