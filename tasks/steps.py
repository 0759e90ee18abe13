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
    write_frame,
    write_parts,
    write_table,
)
from tasks.layout import OutputLayout
from tasks.runs import append_run
from tasks.snapshots import current_table, make_current, prune, seal

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
    except (InputNotFoundError, NoInputFilesError):
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


class NoInputFilesError(FileNotFoundError):
    """The input location holds no matching file: publishing would empty every table."""


@task(name="inventory", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def take_inventory(
    input_url: str, pattern: str, output_url: str, run_id: str, allow_empty: bool
) -> InventorySummary:
    """List the input files and keep the listing in the run's staging area."""
    layout = OutputLayout.of(output_url, run_id)
    inventory = list_inputs(input_url, pattern)
    if inventory.is_empty() and not allow_empty:
        # most often a mount that is missing or a wrong pattern, not a wish to empty the tables
        raise NoInputFilesError(
            f"no file matching {pattern!r} in {input_url}; nothing published "
            "(pass allow_empty=True to publish empty tables)"
        )
    write_frame(inventory, layout.inventory)
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
def publish_tables(
    output_url: str, run_id: str, run_row: dict[str, Any], keep_snapshots: int
) -> dict[str, int]:
    """Assemble this run's snapshot from the parts, seal it, and make it current."""
    layout = OutputLayout.of(output_url, run_id)
    counts = {
        spec.name: write_parts(list_parts(layout.parts_dir(spec)), spec, layout.table(spec), run_id=run_id)
        for spec in BATCH_TABLES
    }
    previous = current_table(layout.output, schemas.RUNS.file_name)
    history = read_table(previous) if previous is not None and previous.exists() else None
    row = run_row | {"row_counts": [{"table": t, "rows": n} for t, n in counts.items()]}
    counts["runs"] = write_table(
        append_run(history, row), schemas.RUNS, layout.table(schemas.RUNS), run_id=run_id
    )
    seal(layout.snapshot, {"run_id": run_id, "rows": counts})
    make_current(layout.output, run_id, [spec.file_name for spec in schemas.TABLES.values()])
    pruned = prune(layout.output, keep_snapshots)
    remove_tree(layout.staging)
    remove_empty_dir(layout.staging_root)
    _logger().info("published snapshot %s to %s: %s (pruned %d old)", run_id, output_url, counts, len(pruned))
    return counts
