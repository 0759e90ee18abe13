"""One run at a time per output location."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tasks.store.io import Location
from tasks.store.lock import LOCK_FILE, LockOwner, OutputLockedError, acquire, locked, release


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_second_run_on_the_same_output_is_refused_with_the_holder(tmp_path: Path) -> None:
    output = Location.of(str(tmp_path))
    pattern = r"being written by run run-a .*delete .*\.lock"
    with locked(str(tmp_path), "run-a"), pytest.raises(OutputLockedError, match=pattern):
        acquire(output, "run-b")
    # released at the end of the first run, whatever its outcome
    assert not (tmp_path / LOCK_FILE).exists()
    with pytest.raises(ValueError, match="boom"), locked(str(tmp_path), "run-c"):
        raise ValueError("boom")
    assert not (tmp_path / LOCK_FILE).exists()


def test_the_lock_of_a_dead_run_on_this_host_is_taken_over(tmp_path: Path) -> None:
    output = Location.of(str(tmp_path))
    dead = acquire(output, "run-dead")
    (tmp_path / LOCK_FILE).write_text(json.dumps(dead.__dict__ | {"pid": _dead_pid()}))
    owner = acquire(output, "run-next")
    assert owner.run_id == "run-next"
    release(output, owner)


def test_a_lock_from_another_host_is_never_broken(tmp_path: Path) -> None:
    output = Location.of(str(tmp_path))
    other = LockOwner("run-remote", "some-other-host", _dead_pid(), "2026-11-23T00:00:00+00:00")
    (tmp_path / LOCK_FILE).write_text(json.dumps(other.__dict__))
    with pytest.raises(OutputLockedError, match="some-other-host"):
        acquire(output, "run-local")


def test_release_leaves_a_lock_that_is_not_ours(tmp_path: Path) -> None:
    output = Location.of(str(tmp_path))
    mine = acquire(output, "run-a")
    theirs = LockOwner("run-b", mine.host, mine.pid, mine.started_at)
    (tmp_path / LOCK_FILE).write_text(json.dumps(theirs.__dict__))
    release(output, mine)
    assert (tmp_path / LOCK_FILE).exists()


def test_object_stores_lock_by_write_and_read_back() -> None:
    import fsspec

    memory = Location(fsspec.filesystem("memory"), "/lock-test/out")
    owner = acquire(memory, "run-a")
    with pytest.raises(OutputLockedError):
        acquire(memory, "run-b")
    release(memory, owner)
    release(memory, acquire(memory, "run-b"))
