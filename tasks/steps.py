"""Thin Prefect tasks: read, call a pure transform, check against the schema, write.

Tasks take and return small things (URLs, counts), never frames: batches are
exchanged through Parquet parts in the run's staging area. Caching is off (there
is nothing to hash but paths, and re-running a batch must re-read its files).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import polars as pl
from prefect import task
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import State, TaskRun
from prefect.logging import get_run_logger
from prefect.tasks import Task

import schemas
from schemas.conform import frame_of
from tasks.batches import Batch
from tasks.ingest import ingest_files
from tasks.io import (
    InputNotFoundError,
    list_inputs,
    list_parts,
    read_raw_files,
    read_table,
    remove_empty_dir,
    remove_tree,
    write_parts,
    write_table,
)
from tasks.layout import OutputLayout

# Row counts of these tables come from the batches; runs is appended at publish.
BATCH_TABLES = (schemas.FILES, schemas.ARTICLES, schemas.BOILERPLATE, schemas.REJECTS)


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    try:
        return get_run_logger()
    except Exception:  # called through .fn() outside a run: plain logging
        return logging.getLogger(__name__)


def _transient_io_error(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry on storage hiccups only; a missing input or a bug will not heal by waiting."""
    try:
        state.result()
    except InputNotFoundError:
        return False
    except (TimeoutError, ConnectionError, OSError):
        return True
    except Exception:
        return False
    return False


IO_RETRIES: dict[str, Any] = {
    "retries": 2,
    "retry_delay_seconds": [2, 10],
    "retry_condition_fn": _transient_io_error,
}


@dataclass(frozen=True)
class InventorySummary:
    files: int
    bytes: int
    sizes: list[int]


@task(name="inventory", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def take_inventory(input_url: str, pattern: str, output_url: str, run_id: str) -> InventorySummary:
    """List the input files and keep the listing in the run's staging area."""
    layout = OutputLayout.of(output_url, run_id)
    inventory = list_inputs(input_url, pattern)
    layout.staging.fs.makedirs(layout.staging.path, exist_ok=True)
    with layout.inventory.fs.open(layout.inventory.path, "wb") as fh:
        inventory.write_parquet(fh)
    sizes = inventory["size_bytes"].to_list()
    _logger().info("found %d input files (%d bytes) in %s", len(sizes), sum(sizes), input_url)
    return InventorySummary(files=len(sizes), bytes=sum(sizes), sizes=sizes)


@task(name="parse-batch", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def parse_batch(output_url: str, run_id: str, batch: Batch, max_file_bytes: int) -> dict[str, int]:
    """Read, decode and parse one batch of files into its table parts."""
    layout = OutputLayout.of(output_url, run_id)
    inventory = read_table(layout.inventory).slice(batch.start, batch.size)
    raw = read_raw_files(inventory, max_file_bytes=max_file_bytes)
    result = ingest_files(raw, run_id=run_id)
    frames: dict[str, pl.DataFrame] = {
        "files": result.files,
        "articles": result.articles,
        "boilerplate": result.boilerplate,
        "rejects": result.rejects,
    }
    counts = {}
    for spec in BATCH_TABLES:
        frame = frames[spec.name].sort(list(spec.sort_by))
        counts[spec.name] = write_table(frame, spec, layout.part(spec, batch.number), run_id=run_id)
    _logger().info(
        "batch %d: %d files -> %d articles, %d rejected",
        batch.number,
        batch.size,
        counts["articles"],
        counts["rejects"],
    )
    return counts


@task(name="publish", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def publish_tables(output_url: str, run_id: str, run_row: dict[str, Any]) -> dict[str, int]:
    """Assemble each table from its parts and rename it into place; then append the run."""
    layout = OutputLayout.of(output_url, run_id)
    counts = {
        spec.name: write_parts(list_parts(layout.parts_dir(spec)), spec, layout.table(spec), run_id=run_id)
        for spec in BATCH_TABLES
    }
    row = run_row | {"row_counts": [{"table": t, "rows": n} for t, n in counts.items()]}
    runs_location = layout.table(schemas.RUNS)
    runs = frame_of([row], schemas.RUNS)
    if runs_location.exists():
        runs = pl.concat([read_table(runs_location).cast(runs.schema), runs])
    counts["runs"] = write_table(runs, schemas.RUNS, runs_location, run_id=run_id)
    remove_tree(layout.staging)
    remove_empty_dir(layout.staging_root)
    _logger().info("published %s to %s", counts, output_url)
    return counts
