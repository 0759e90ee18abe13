"""One batch through every per-batch stage, from plain Python (no Prefect run)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

import schemas
from flows.prefect_tasks import take_inventory
from tasks.run.batch import run_batch
from tasks.run.batches import STAGES, Batch, BatchParams
from tasks.store.layout import OutputLayout

PARAMS = BatchParams(
    max_file_bytes=16 << 20, shingle_size=2, num_perm=128, languages=None, language_max_chars=600
)


def test_a_batch_runs_every_stage_in_order_and_writes_its_parts(seed_dir: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    inventory = take_inventory.fn(str(seed_dir), "*.txt", out, "run-1", allow_empty=False)
    batch = Batch(0, 0, inventory.files)
    report = run_batch(out, "run-1", batch, PARAMS)
    assert tuple(report.seconds) == STAGES
    assert all(s > 0 for s in report.seconds.values())
    assert report.files == 5
    assert report.rows["articles"] == 8
    assert report.rows["rejects"] == 0
    assert report.languages == {"ar": 8}
    layout = OutputLayout.of(out, "run-1")
    for spec in (schemas.FILES, schemas.ARTICLES, schemas.PARAGRAPHS, schemas.MENTIONS, schemas.QUOTES):
        part = pl.read_parquet(layout.part(spec, 0).path)
        assert part.height == report.rows[spec.name], spec.name
    assert report.rows["quotes"] > 100  # the samples are full of reported speech
