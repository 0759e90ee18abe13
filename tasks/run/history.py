"""The runs table: one row per published run, history carried from snapshot to snapshot."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import polars as pl

from schemas import RUNS
from schemas.conform import frame_of


def new_run_id(now: dt.datetime) -> str:
    """Sortable and unique: UTC start time plus a random suffix.

    >>> new_run_id(dt.datetime(2025, 10, 21, 8, 30, tzinfo=dt.UTC))[:17]
    '20251021T083000Z-'
    """
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


def append_run(history: pl.DataFrame | None, row: dict[str, Any]) -> pl.DataFrame:
    """Earlier runs plus this one; columns added to the schema since are null for old rows,
    so every column added to runs after the first release must be nullable (tested)."""
    new = frame_of([row], RUNS)
    if history is None or history.is_empty():
        return new
    old = history.select([c for c in history.columns if c in new.columns])
    return pl.concat([old, new], how="diagonal_relaxed").select(new.columns)
