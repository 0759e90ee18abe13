"""The Prefect tasks of the flow: each wraps one Prefect-free step of tasks/run/, logs
what it did to the run's logger, and retries storage hiccups.

Tasks take and return small things (the run's layout, a batch's rows of the
inventory, counts), never frames: batches are exchanged through Parquet parts in
the run's staging area. Caching is off (there is nothing to hash but paths, and
re-running a batch must re-read its files).
"""

from __future__ import annotations

import logging
from typing import Any

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import State, TaskRun
from prefect.logging import get_run_logger
from prefect.tasks import Task

from tasks.dedup.clusters import DedupParams
from tasks.run import inventory, publish
from tasks.run.batches import Batch, BatchConfig, BatchReport
from tasks.run.changes import FileCounts
from tasks.run.config import RunConfig
from tasks.run.deduplicate import deduplicate
from tasks.run.report import report_of
from tasks.run.timings import Timings
from tasks.store.io import InputNotFoundError
from tasks.store.layout import OutputLayout


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    try:
        return get_run_logger()
    except Exception:  # called through .fn() outside a run: plain logging
        return logging.getLogger(__name__)


def _transient_io_error(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry on storage hiccups only; a missing input or a bug will not heal by waiting."""
    try:
        state.result()
    except (InputNotFoundError, inventory.NoInputFilesError):
        return False
    except (TimeoutError, ConnectionError, OSError):
        return True
    except Exception:
        return False
    return False


# Every task of the flow: no result caching or persistence, storage errors retried.
OPTIONS: dict[str, Any] = {
    "cache_policy": NONE,
    "persist_result": False,
    "retries": 2,
    "retry_delay_seconds": [2, 10],
    "retry_condition_fn": _transient_io_error,
}


@task(name="inventory", **OPTIONS)
def take_inventory(*, layout: OutputLayout, config: RunConfig, digest: str) -> inventory.Inventory:
    """Which input files the run holds, reads and carries over (tasks/run/inventory.py)."""
    found = inventory.take_inventory(layout, config, digest)
    _logger().info(found.describe(config.input, config.deleted_files))
    return found


@task(name="batch", **OPTIONS)
def process_batch(
    *, layout: OutputLayout, batch: Batch, config: BatchConfig, previous_run: str | None
) -> BatchReport:
    """One batch through every per-batch stage (tasks/run/stages.py): one task run per batch."""
    # imported here, in the worker: the extraction modules take ~0.25 s to load, which
    # the flow process (and a run with nothing new) never needs
    from tasks.run.stages import run_batch

    report = run_batch(layout, batch, config, previous_run)
    _logger().info(report.describe())
    return report


@task(name="deduplicate", **OPTIONS)
def deduplicate_articles(*, layout: OutputLayout, params: DedupParams) -> dict[str, int]:
    """Cluster the whole run's articles (tasks/run/deduplicate.py)."""
    counts = deduplicate(layout, params)
    _logger().info("dedup: %s", ", ".join(f"{what} {n}" for what, n in counts.items()))
    return counts


def _published(layout: OutputLayout, done: publish.Published) -> dict[str, int]:
    _logger().info(
        "published snapshot %s to %s: %s (pruned %d old)",
        layout.run_id,
        layout.output.url(),
        done.rows,
        len(done.pruned),
    )
    return done.rows


@task(name="publish", **OPTIONS)
def publish_tables(
    *, layout: OutputLayout, run_row: dict[str, Any], keep_snapshots: int, code_digest: str
) -> dict[str, int]:
    """Assemble, seal and switch to this run's snapshot (tasks/run/publish.py)."""
    done = publish.publish(layout, run_row, keep_snapshots=keep_snapshots, code_digest=code_digest)
    return _published(layout, done)


@task(name="republish", **OPTIONS)
def republish_tables(
    *,
    layout: OutputLayout,
    previous_run: str,
    run_row: dict[str, Any],
    keep_snapshots: int,
    code_digest: str,
) -> dict[str, int]:
    """A run that found nothing new: the previous tables again, in a new snapshot."""
    done = publish.republish(
        layout, previous_run, run_row, keep_snapshots=keep_snapshots, code_digest=code_digest
    )
    return _published(layout, done)


@task(name="report", **OPTIONS)
def report_run(*, layout: OutputLayout, files: FileCounts, counts: dict[str, int], timings: Timings) -> str:
    """Summary and rejects of the published run, as artifacts on the flow run."""
    report = report_of(layout, files, counts, timings)
    create_markdown_artifact(report.markdown, key="news-etl-summary", description=f"run {layout.run_id}")
    rows = report.rejects or [{"source_path": "", "reason": "none", "detail": "no file was rejected"}]
    create_table_artifact(rows, key="news-etl-rejects", description=f"files rejected by run {layout.run_id}")
    return report.markdown
