"""`make ui`: a local Prefect server with the news-etl deployment, until Ctrl-C.

Starts `prefect server start` on 127.0.0.1 (embedded SQLite under .prefect-ui/),
waits until it answers, then `python -m flows.serve`, which registers the
deployment and runs what the UI's Run button or the schedule asks for. Prints the
UI address. Ctrl-C (or SIGTERM) stops both and waits for them: nothing is left
running. Port: NEWS_ETL_UI_PORT (default 4200).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 180  # a fresh database migrates first (15-20 s measured)
STOP_SECONDS = 20


def free_port() -> int:
    """A TCP port free on the loopback interface now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:  # noqa: S310 (loopback)
            return bool(response.status == 200)
    except OSError:
        return False


def wait_until_healthy(api_url: str, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with code {process.returncode}")
        if _healthy(api_url):
            return
        time.sleep(0.5)
    raise TimeoutError(f"the Prefect server did not answer at {api_url} within {seconds:.0f} s")


def server_env(home: Path, port: int) -> dict[str, str]:
    """Environment for a project-local server and the processes that talk to it."""
    return os.environ | {
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_API_PORT": str(port),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_UI_API_URL": f"http://127.0.0.1:{port}/api",
    }


def start_server(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """`prefect server start` on the loopback interface, in its own process group."""
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(command, env=env, cwd=ROOT, start_new_session=True)  # noqa: S603 - fixed command


def start_serve(env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    """`python -m flows.serve` (the deployment, served), in its own process group."""
    command = [sys.executable, "-m", "flows.serve", *args]
    return subprocess.Popen(command, env=env, cwd=ROOT, start_new_session=True)  # noqa: S603 - fixed command


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # a member we may not signal still counts as running
        return True
    return True


def _gone(process: subprocess.Popen[bytes]) -> bool:
    """The leader has exited (reaped) and nothing is left in its group."""
    return process.poll() is not None and not _group_alive(process.pid)


def _wait_for_group(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """Until the process and its group are _gone, for at most ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        if _gone(process):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def stop(process: subprocess.Popen[bytes], seconds: float = STOP_SECONDS) -> None:
    """SIGINT first (serve pauses its schedule on it), then SIGTERM, then SIGKILL, to the
    whole process group, each time waiting for the group to empty: the leader can exit
    while its run subprocesses and pool workers are still shutting down."""
    if _gone(process):
        return
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            process.wait()
            return
        if _wait_for_group(process, seconds):
            return


def main() -> int:
    port = int(os.environ.get("NEWS_ETL_UI_PORT", "4200"))
    env = server_env(ROOT / ".prefect-ui", port)
    server = start_server(env, port)
    processes = [server]
    stopping = False

    def on_signal(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        wait_until_healthy(env["PREFECT_API_URL"], server, STARTUP_SECONDS)
        processes.insert(0, start_serve(env))
        print(
            f"\nPrefect UI: http://127.0.0.1:{port}  (deployment news-etl/daily; Ctrl-C stops the "
            "server and the deployment)\n",
            flush=True,
        )
        while not stopping and all(p.poll() is None for p in processes):
            time.sleep(0.5)
    finally:
        for process in processes:
            stop(process)
    failed = [p.returncode for p in processes if p.returncode not in (0, -2, -15, None) and not stopping]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
