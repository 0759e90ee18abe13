"""Run the batch tasks of a stage: inline, on threads, on a pool of processes, or on
a Dask cluster (prefect-dask): a local one of worker processes, or an existing one
at a scheduler address, for more than one machine."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Literal

from prefect.client.orchestration import get_client
from prefect.settings import get_current_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner
from prefect.tasks import Task

RunnerKind = Literal["process", "thread", "dask"]


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


def run_pipelined(
    runner: TaskRunner[Any] | None,
    stages: Sequence[Task[..., Any]],
    batch_params: Sequence[dict[str, Any]],
    stage_params: Mapping[str, dict[str, Any]],
    on_done: Callable[[], None] | None = None,
) -> list[list[Any]]:
    """Run every stage on every batch, each batch's stages in order; results per stage,
    in batch order. A stage is called with its batch's parameters and its own
    (``stage_params`` by task name).

    A batch's next stage is submitted with ``wait_for`` its previous one, so a batch
    moves on as soon as it is ready: no stage waits for the slowest batch of the
    stage before it, and no core idles at a stage boundary. ``on_done`` is called
    once per finished task (progress reporting)."""
    if runner is None:
        results: list[list[Any]] = [[] for _ in stages]
        for params in batch_params:  # batch by batch: its parts are still in the page cache
            for i, stage in enumerate(stages):
                results[i].append(stage(**params, **stage_params.get(stage.name, {})))
                if on_done is not None:
                    on_done()
        return results
    futures: list[list[Any]] = [[] for _ in stages]
    for params in batch_params:
        previous = None
        for i, stage in enumerate(stages):
            call = params | stage_params.get(stage.name, {})
            previous = runner.submit(stage, call, wait_for=[previous] if previous else None)
            futures[i].append(previous)
    outcome: list[list[Any]] = []
    for stage_futures in futures:  # stage by stage: roughly the order they finish in
        outcome.append([])
        for future in stage_futures:
            outcome[-1].append(future.result())
            if on_done is not None:
                on_done()
    return outcome
