"""Where everything lives in the output location: the one registry of paths.

    <output>/<table>.parquet                      published tables
    <output>/.staging/<run_id>/inventory.parquet  the run's file listing
    <output>/.staging/<run_id>/<table>/part-NNNNNN.parquet  one part per batch

Staging is hidden (".") so that listing an output folder as input skips it.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas.spec import TableSpec
from tasks.io import Location

STAGING_DIR = ".staging"


@dataclass(frozen=True)
class OutputLayout:
    output: Location
    run_id: str

    @classmethod
    def of(cls, output_url: str, run_id: str) -> OutputLayout:
        return cls(Location.of(output_url), run_id)

    def table(self, spec: TableSpec) -> Location:
        return self.output.child(spec.file_name)

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
