"""One batch through every per-batch stage, from plain Python (no Prefect run)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

import schemas
from tasks.run.batches import Batch
from tasks.run.config import RunConfig
from tasks.run.inventory import take_inventory
from tasks.run.stages import STAGES, run_batch
from tasks.store.io import read_table
from tasks.store.layout import OutputLayout


def test_a_batch_runs_every_stage_in_order_and_writes_each_part_once(seed_dir: Path, tmp_path: Path) -> None:
    config = RunConfig(input=str(seed_dir), output=str(tmp_path / "out"))
    layout = OutputLayout.of(config.output, "run-1")
    inventory = take_inventory(layout, config, digest="d")
    report = run_batch(layout, Batch(0, 0, inventory.files), config.batch)
    assert tuple(report.seconds) == STAGES
    assert all(s > 0 for s in report.seconds.values())
    assert report.files == 5
    assert report.rows["articles"] == 8
    assert report.rows["rejects"] == 0
    assert report.languages == {"ar": 8}
    assert report.extraction == "pure Python"
    assert report.rows["quotes"] > 100  # the samples are full of reported speech
    for spec in schemas.PER_FILE:
        part = read_table(layout.part(spec, 0))
        assert part.height == report.rows[spec.name], spec.name
        # complete but for the columns deduplication adds at publish
        assert part.columns == spec.part.schema.names
    articles = read_table(layout.part(schemas.ARTICLES, 0))
    assert articles["language"].to_list() == ["ar"] * 8
    # the batch indexes its own parts: each file's rows are one run in each of them
    index = read_table(layout.part(schemas.ROW_INDEX, 0))
    per_table = dict(index.group_by("table").agg(pl.col("rows").sum()).iter_rows())
    assert per_table == {
        spec.name: report.rows[spec.name] for spec in schemas.PER_FILE if report.rows[spec.name]
    } | {"fingerprints": 8}
    # nothing is written twice or left over: one part per table, the fingerprints and shingles
    staged = sorted(
        p.relative_to(tmp_path / "out" / ".staging" / "run-1").as_posix()
        for p in (tmp_path / "out").rglob("*.parquet")
    )
    assert staged == sorted(
        ["inventory.parquet"]
        + [
            f"{name}/part-000000.parquet"
            for name in [*(s.name for s in schemas.PER_FILE), "fingerprints", "shingles", "row_index"]
        ]
    )
