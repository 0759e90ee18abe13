"""prefect.yaml, the other way to deploy: `prefect deploy --all` registers the
deployment on a process work pool, a `prefect worker` runs what is asked of it.

Its own server: the yaml's deployment has the served one's name (news-etl/daily),
and users pick one of the two ways.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from scripts.ui import free_port, server_env, start_server, stop, wait_until_healthy
from tests.conftest import SEEDS
from tests.flows.test_deployment import _client, _wait_for_run

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
POOL = "news-etl-process"


def _prefect(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "prefect", "--no-prompt", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def pool_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, str], Path]]:
    base = tmp_path_factory.mktemp("work-pool")
    port = free_port()
    landing = base / "landing"
    shutil.copytree(SEEDS, landing)
    env = server_env(base / "prefect-home", port) | {
        "NEWS_ETL_HOME": str(ROOT),
        "NEWS_ETL_INPUT": str(landing),
        "NEWS_ETL_OUTPUT": str(base / "tables"),
        "PREFECT_WORKER_QUERY_SECONDS": "1",
    }
    server = start_server(env, port)
    try:
        wait_until_healthy(env["PREFECT_API_URL"], server, 180)
        yield env, base
    finally:
        stop(server)


def test_prefect_deploy_registers_the_yaml_and_a_worker_runs_it(
    pool_server: tuple[dict[str, str], Path],
) -> None:
    env, base = pool_server
    _prefect(env, "work-pool", "create", POOL, "--type", "process")
    _prefect(env, "deploy", "--all")
    with _client(env["PREFECT_API_URL"]) as client:
        deployment = client.read_deployment_by_name("news-etl/daily")
        assert deployment.work_pool_name == POOL
        assert deployment.schedules[0].schedule.cron == "0 3 * * *"
        assert deployment.parameters == {"input": env["NEWS_ETL_INPUT"], "output": env["NEWS_ETL_OUTPUT"]}
        run = client.create_flow_run_from_deployment(deployment.id, parameters={"workers": 1})
    worker = subprocess.Popen(
        [sys.executable, "-m", "prefect", "worker", "start", "--pool", POOL, "--limit", "1"],
        env=env,
        cwd=base,  # the yaml's pull step moves the run into the project folder
        start_new_session=True,
    )
    try:
        finished = _wait_for_run(env["PREFECT_API_URL"], run.id)
    finally:
        stop(worker)
    assert finished.state.is_completed(), finished.state
    assert pl.read_parquet(Path(env["NEWS_ETL_OUTPUT"]) / "articles.parquet").height == 8
