"""Digests of a published output's tables, to pin that a change leaves them as they were.

    .venv/bin/python -m bench.digests OUTPUT                # one digest per table, as JSON
    .venv/bin/python -m bench.digests OUTPUT --against REF  # and compare every table with REF's

A digest is the SHA-256 of the table's rows as newline-delimited JSON, in the
table's own row order, without the columns that differ from run to run by
design: ``run_id`` (a new one per run) and ``files.modified_at`` (the input
files' times: a clone or a copy has its own). Everything else, IDs included,
counts. The runs table is left out: it is the history of runs, not of the input.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

import schemas

# Columns that differ between two runs over the same input, whatever the code: the run,
# and the input files' times (another copy of the same files has its own).
RUN = ("run_id",)
VOLATILE = (*RUN, "modified_at")
# Every table but runs, the history of runs rather than of the input.
COMPARED = [name for name in schemas.TABLES if name != schemas.RUNS.name]


def stable(frame: pl.DataFrame, volatile: tuple[str, ...] = VOLATILE) -> pl.DataFrame:
    """The frame without the volatile columns it has."""
    return frame.drop([c for c in frame.columns if c in volatile])


def _rows(output: Path, name: str, volatile: tuple[str, ...]) -> pl.DataFrame:
    return stable(pl.read_parquet(output / f"{name}.parquet"), volatile)


def table_digests(output: Path) -> dict[str, str]:
    """Table name -> 16 hex characters of SHA-256 over its rows, volatile columns left out."""
    return {
        name: hashlib.sha256(_rows(output, name, VOLATILE).write_ndjson().encode()).hexdigest()[:16]
        for name in COMPARED
    }


def assert_same_tables(output: Path, reference: Path, volatile: tuple[str, ...] = RUN) -> None:
    """Every compared table of ``output`` equals the reference's, row for row; by default
    only run_id may differ (two runs over the same files), VOLATILE for copies of them."""
    for name in COMPARED:
        assert_frame_equal(_rows(output, name, volatile), _rows(reference, name, volatile), check_exact=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--against", type=Path, default=None, help="a reference output to compare with")
    args = parser.parse_args(argv)
    print(json.dumps(table_digests(args.output), indent=1))
    if args.against is not None:
        assert_same_tables(args.output, args.against, VOLATILE)
        print(f"every table equals {args.against}'s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
