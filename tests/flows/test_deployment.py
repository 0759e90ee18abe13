"""The deployment against a real Prefect server, as users run it: `flows.serve`
registers it, a run is created through the API (what the UI's Run button does)
or with the Run button itself in a headless browser, and the tables appear.

One server and one `serve` process (scripts/ui.py's own helpers) for the module.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import polars as pl
import pytest

from scripts.ui import free_port, server_env, start_serve, start_server, stop, wait_until_healthy
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
RUN_SECONDS = 240


@dataclass(frozen=True)
class Served:
    api_url: str
    ui_url: str
    deployment_id: UUID
    input_dir: Path
    default_output: Path
    env: dict[str, str]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    base = tmp_path_factory.mktemp("deployment")
    port = free_port()
    env = server_env(base / "prefect-home", port) | {"PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    input_dir = base / "landing"
    shutil.copytree(SEEDS, input_dir)
    default_output = base / "default-output"
    server = start_server(env, port)
    processes = [server]
    try:
        wait_until_healthy(env["PREFECT_API_URL"], server, 180)
        serve = start_serve(env, "--input", str(input_dir), "--output", str(default_output))
        processes.insert(0, serve)
        deployment_id = _wait_for_deployment(env["PREFECT_API_URL"], serve)
        yield Served(
            env["PREFECT_API_URL"], f"http://127.0.0.1:{port}", deployment_id, input_dir, default_output, env
        )
    finally:
        for process in processes:
            stop(process)
    # stopping leaves nothing running: not the processes, nor anything in their groups
    assert all(p.poll() is not None for p in processes)
    for process in processes:
        left = subprocess.run(["/usr/bin/pgrep", "-g", str(process.pid)], capture_output=True, check=False)
        assert left.stdout == b"", left.stdout


def _client(api_url: str) -> Any:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    class _Scoped:
        def __enter__(self) -> Any:
            self.settings = temporary_settings(updates={PREFECT_API_URL: api_url})
            self.settings.__enter__()
            self.client = get_client(sync_client=True)
            return self.client.__enter__()

        def __exit__(self, *exc: object) -> None:
            self.client.__exit__(*exc)
            self.settings.__exit__(*exc)

    return _Scoped()


def _wait_for_deployment(api_url: str, serve: subprocess.Popen[bytes]) -> UUID:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert serve.poll() is None, "flows.serve exited"
        try:
            with _client(api_url) as client:
                return UUID(str(client.read_deployment_by_name("news-etl/daily").id))
        except Exception:
            time.sleep(1)
    raise TimeoutError("the deployment was not registered")


def _wait_for_run(api_url: str, flow_run_id: UUID) -> Any:
    deadline = time.monotonic() + RUN_SECONDS
    while time.monotonic() < deadline:
        with _client(api_url) as client:
            run = client.read_flow_run(flow_run_id)
        if run.state is not None and run.state.is_final():
            return run
        time.sleep(1)
    raise TimeoutError(f"flow run {flow_run_id} did not finish in {RUN_SECONDS} s")


def _artifacts(api_url: str, flow_run_id: UUID) -> dict[str, Any]:
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with _client(api_url) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return {a.key: a for a in found}


def test_the_deployment_shows_its_parameters_with_descriptions_and_defaults(served: Served) -> None:
    with _client(served.api_url) as client:
        deployment = client.read_deployment(served.deployment_id)
    properties = deployment.parameter_openapi_schema["properties"]
    assert deployment.parameters == {"input": str(served.input_dir), "output": str(served.default_output)}
    assert properties["batch_size"]["default"] == 1000
    assert "Files per batch task" in properties["batch_size"]["description"]
    assert "fsspec URL" in " ".join(properties["input"]["description"].split())
    assert deployment.schedules
    assert deployment.schedules[0].schedule.cron == "0 3 * * *"


def test_a_run_created_through_the_api_writes_the_tables(served: Served, tmp_path: Path) -> None:
    out = tmp_path / "api-run"
    with _client(served.api_url) as client:
        run = client.create_flow_run_from_deployment(
            served.deployment_id, parameters={"output": str(out), "batch_size": 2, "workers": 1}
        )
    finished = _wait_for_run(served.api_url, run.id)
    assert finished.state.is_completed(), finished.state
    assert finished.parameters["batch_size"] == 2
    articles = pl.read_parquet(out / "articles.parquet")
    assert articles.height == 8
    assert pl.read_parquet(out / "quotes.parquet").height > 100
    runs = pl.read_parquet(out / "runs.parquet")
    assert runs["flow_run_id"].to_list() == [str(run.id)]
    artifacts = _artifacts(served.api_url, run.id)
    assert {"news-etl-summary", "news-etl-rejects", "news-etl-progress"} <= set(artifacts)
    assert "| 5 | 5 | 0 | 0 | 0 | 0 | 0 |" in str(artifacts["news-etl-summary"].data)
    assert not (out / ".lock").exists()


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (make browser installs it)")
def test_the_run_button_in_the_ui_starts_a_run_that_completes(served: Served) -> None:
    from playwright.sync_api import sync_playwright

    def manual_runs() -> set[UUID]:  # the schedule adds its own (auto_scheduled) runs
        with _client(served.api_url) as client:
            return {r.id for r in client.read_flow_runs() if not r.auto_scheduled}

    before = manual_runs()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(f"{served.ui_url}/deployments/deployment/{served.deployment_id}")
        page.get_by_role("button", name="Run", exact=True).click()
        page.get_by_text("Quick run", exact=True).click()
        deadline = time.monotonic() + 30
        new: set[UUID] = set()
        while not new and time.monotonic() < deadline:
            new = manual_runs() - before
            time.sleep(0.5)
        assert new, "the Run button created no flow run"
        [flow_run_id] = new
        finished = _wait_for_run(served.api_url, flow_run_id)
        page.goto(f"{served.ui_url}/runs/flow-run/{flow_run_id}")
        page.get_by_text("Completed").first.wait_for(timeout=30_000)
        browser.close()
    assert finished.state.is_completed(), finished.state
    assert pl.read_parquet(served.default_output / "articles.parquet").height == 8
