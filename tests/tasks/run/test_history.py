from __future__ import annotations

import datetime as dt

import polars as pl

from schemas import RUNS
from schemas.conform import conform
from tasks.run.history import append_run, new_run_id

T0 = dt.datetime(2025, 10, 21, 8, 0, tzinfo=dt.UTC)


def _row(run_id: str) -> dict[str, object]:
    return {
        "run_id": run_id,
        "flow_run_id": None,
        "started_at": T0,
        "finished_at": T0,
        "parameters": "{}",
        "row_counts": [{"table": "files", "rows": 5}],
        "code_version": "0.1.0",
    }


def test_history_from_an_older_schema_is_carried_forward() -> None:
    old = append_run(None, _row("a")).drop("flow_run_id")  # as written before the column existed
    runs = append_run(old, _row("b") | {"flow_run_id": "f-1"})
    conform(runs, RUNS)
    assert runs["run_id"].to_list() == ["a", "b"]
    assert runs["flow_run_id"].to_list() == [None, "f-1"]


def test_runs_columns_other_than_the_original_ones_are_nullable() -> None:
    """Old snapshots' runs rows have no value for a column added later."""
    original = {
        "run_id",
        "flow_run_id",
        "started_at",
        "finished_at",
        "parameters",
        "row_counts",
        "code_version",
    }
    for field in RUNS.schema:
        assert field.name in original or field.nullable, field.name


def test_run_ids_sort_by_start_time() -> None:
    ids = [new_run_id(T0 + dt.timedelta(seconds=s)) for s in (0, 1, 60, 3600)]
    assert ids == sorted(ids)
    assert pl.Series(ids).n_unique() == 4
