"""scripts/ui.py's `stop`: the leader exiting is not the end; its group must be empty."""

from __future__ import annotations

import subprocess
import sys
import time

from scripts.ui import stop

# The leader exits at once; its child ignores SIGINT (as a pool worker busy in C code
# might) and would sleep on for a minute after it.
LEADER = (
    "import signal, subprocess, sys\n"
    "subprocess.Popen([sys.executable, '-c', "
    "'import signal, time; signal.signal(signal.SIGINT, signal.SIG_IGN); time.sleep(60)'])\n"
)


def _group(pgid: int) -> bytes:
    return subprocess.run(["/usr/bin/pgrep", "-g", str(pgid)], capture_output=True, check=False).stdout


def test_stop_waits_for_the_whole_group_and_escalates() -> None:
    leader = subprocess.Popen([sys.executable, "-c", LEADER], start_new_session=True)
    leader.wait(30)
    deadline = time.monotonic() + 30
    while not _group(leader.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _group(leader.pid), "the child never started"

    started = time.monotonic()
    stop(leader, seconds=1)

    assert _group(leader.pid) == b""
    assert time.monotonic() - started < 10  # SIGINT ignored for 1 s, then SIGTERM ends it


def test_stop_of_a_finished_process_returns_at_once() -> None:
    done = subprocess.Popen([sys.executable, "-c", "pass"], start_new_session=True)
    done.wait(30)
    started = time.monotonic()
    stop(done, seconds=5)
    assert time.monotonic() - started < 1
