"""Run the batch tasks of a stage: inline, on threads, or on a pool of processes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal, TypeVar

from prefect.client.orchestration import get_client
from prefect.settings import get_current_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner
from prefect.tasks import Task

RunnerKind = Literal["process", "thread"]
R = TypeVar("R")


@contextmanager
def _api_url_for_subprocesses() -> Iterator[None]:
    """Point worker processes at this run's API.

    Without PREFECT_API_URL every spawned worker boots its own temporary server
    (measured: +10 s and two extra servers for a 2-worker pool), and its task runs
    would not show under this flow run.
    """
    if get_current_settings().api.url or os.environ.get("PREFECT_API_URL"):
        yield
        return
    url = str(get_client(sync_client=True).api_url).rstrip("/")
    os.environ["PREFECT_API_URL"] = url
    try:
        yield
    finally:
        # the temporary server dies with this flow; a later flow in this process needs its own
        os.environ.pop("PREFECT_API_URL", None)


def worker_count(workers: int) -> int:
    """0 means one worker per CPU core."""
    return workers if workers > 0 else os.cpu_count() or 1


@contextmanager
def batch_runner(kind: RunnerKind, workers: int, batches: int) -> Iterator[TaskRunner[Any] | None]:
    """A started task runner sized for the work, or None to run the batches inline."""
    size = min(worker_count(workers), batches)
    if size <= 1:
        yield None
        return
    if kind == "thread":
        with ThreadPoolTaskRunner[Any](max_workers=size) as threads:
            yield threads
        return
    with _api_url_for_subprocesses(), ProcessPoolTaskRunner(max_workers=size) as processes:
        yield processes


def map_batches(
    runner: TaskRunner[Any] | None,
    task: Task[..., R],
    calls: Sequence[dict[str, Any]],
    on_done: Callable[[], None] | None = None,
) -> list[R]:
    """Run ``task`` once per parameter dict and return the results in call order;
    ``on_done`` is called as each one completes (progress reporting)."""
    results: list[R] = []
    if runner is None:
        for params in calls:
            results.append(task(**params))
            if on_done is not None:
                on_done()
        return results
    futures = [runner.submit(task, params) for params in calls]
    for future in futures:
        results.append(future.result())
        if on_done is not None:
            on_done()
    return results
