"""Run the batch tasks of a stage: inline, on threads, on a pool of processes, or on
a Dask cluster (prefect-dask): a local one of worker processes, or an existing one
at a scheduler address, for more than one machine."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from prefect.client.orchestration import get_client
from prefect.futures import as_completed
from prefect.settings import get_current_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner
from prefect.tasks import Task

from tasks.run.config import RunnerKind

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


def _dask_runner(workers: int, address: str | None) -> TaskRunner[Any]:
    """A DaskTaskRunner on the cluster at ``address``, or on a new local cluster of
    ``workers`` single-threaded processes (the work holds the GIL)."""
    from prefect_dask.task_runners import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    cluster = {"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
    return DaskTaskRunner(cluster_kwargs=cluster)


@contextmanager
def batch_runner(
    kind: RunnerKind, workers: int, batches: int, dask_address: str | None = None
) -> Iterator[TaskRunner[Any] | None]:
    """A started task runner sized for the work, or None to run the batches inline.

    An existing Dask cluster is used whatever the number of batches: the run was
    sent there to keep the work off this machine."""
    size = min(worker_count(workers), batches)
    if kind == "dask" and (dask_address or size > 1):
        with _api_url_for_subprocesses(), _dask_runner(size, dask_address) as dask:
            yield dask
        return
    if size <= 1:
        yield None
        return
    if kind == "thread":
        with ThreadPoolTaskRunner[Any](max_workers=size) as threads:
            yield threads
        return
    with _api_url_for_subprocesses(), ProcessPoolTaskRunner(max_workers=size) as processes:
        yield processes


def run_batches(
    runner: TaskRunner[Any] | None,
    task: Task[..., R],
    batch_params: Sequence[dict[str, Any]],
    on_done: Callable[[], None] | None = None,
) -> list[R]:
    """Run ``task`` once per batch; its results in batch order. ``on_done`` is called
    as each batch finishes (progress reporting).

    Every batch is submitted at once: the runner's workers take them as they free
    up, so no core waits while another finishes a slow batch."""
    if runner is None:
        results: list[R] = []
        for params in batch_params:
            results.append(task(**params))
            if on_done is not None:
                on_done()
        return results
    futures = [runner.submit(task, params) for params in batch_params]
    for future in as_completed(futures):
        future.result()  # a failed batch fails the run now, not after the others
        if on_done is not None:
            on_done()
    return [future.result() for future in futures]
