"""The batch tasks on Dask (prefect-dask): a local cluster the flow starts, and an
existing multi-process cluster reached by its scheduler address."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.digests import assert_same_tables
from tests.flows.test_news_etl import _read, _run

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


@pytest.fixture
def cluster(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A two-process Dask cluster whose workers report to the test's Prefect API (as
    workers of a real cluster are set up with PREFECT_API_URL)."""
    from distributed import LocalCluster
    from prefect.settings import get_current_settings

    monkeypatch.setenv("PREFECT_API_URL", str(get_current_settings().api.url))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield str(local.scheduler_address)


def test_batches_on_a_dask_cluster_give_the_tables_of_an_inline_run(
    seed_dir: Path, tmp_path: Path, cluster: str
) -> None:
    from distributed import Client

    _run(seed_dir, tmp_path / "inline", workers=1)
    _run(seed_dir, tmp_path / "remote", task_runner="dask", dask_address=cluster, batch_size=2)
    with Client(cluster) as client:  # the batch tasks ran on the cluster's two workers
        prefixes = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
        executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
    assert prefixes == ["process_batch"]
    assert sum(executed.values()) == 3  # one task per batch, three batches
    assert all(count > 0 for count in executed.values())
    assert_same_tables(tmp_path / "inline", tmp_path / "remote")
    assert _read(tmp_path / "remote", "articles").height == 8


def test_a_local_dask_cluster_is_started_when_no_address_is_given(seed_dir: Path, tmp_path: Path) -> None:
    _run(seed_dir, tmp_path / "inline", workers=1)
    _run(seed_dir, tmp_path / "dask", task_runner="dask", workers=2, batch_size=2)
    assert_same_tables(tmp_path / "inline", tmp_path / "dask")
