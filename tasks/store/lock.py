"""One run at a time per output location: a lock file beside the tables.

Two runs publishing into the same output at once would race on the snapshot
switch and on the runs history, so a run takes ``<output>/.lock`` before it
writes anything and releases it when it ends, whatever the outcome. On a local
disk the lock is created with O_EXCL (atomic); on object stores, which have no
exclusive create, it is written and read back, which narrows the race to the
time between two requests (documented in the README).

A lock left by a run that died is stale when it names this host and a process
that no longer exists; it is then taken over, with a warning. A lock from
another host is never broken automatically: the error says where it is.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fsspec.implementations.local import LocalFileSystem

from tasks.store.io import Location

LOCK_FILE = ".lock"


class OutputLockedError(RuntimeError):
    """Another run is writing to the same output location."""


@dataclass(frozen=True)
class LockOwner:
    run_id: str
    host: str
    pid: int
    started_at: str

    @classmethod
    def current(cls, run_id: str) -> LockOwner:
        return cls(run_id, socket.gethostname(), os.getpid(), dt.datetime.now(dt.UTC).isoformat())

    def describe(self) -> str:
        return f"run {self.run_id} (pid {self.pid} on {self.host}, since {self.started_at})"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def _read(lock: Location) -> LockOwner | None:
    try:
        with lock.fs.open(lock.path, "r", encoding="utf-8") as fh:
            return LockOwner(**json.load(fh))
    except (FileNotFoundError, ValueError, TypeError):
        return None


def _stale(owner: LockOwner | None) -> bool:
    """A lock whose run is certainly gone: this host, and no such process."""
    return owner is not None and owner.host == socket.gethostname() and not _alive(owner.pid)


def _create(lock: Location, owner: LockOwner) -> bool:
    """Write the lock if there is none; False when someone holds it."""
    payload = json.dumps(owner.__dict__)
    lock.fs.makedirs(lock.path.rsplit("/", 1)[0], exist_ok=True)
    if isinstance(lock.fs, LocalFileSystem):
        try:
            fd = os.open(lock.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        return True
    if lock.exists():
        return False
    with lock.fs.open(lock.path, "w", encoding="utf-8") as fh:
        fh.write(payload)
    return _read(lock) == owner  # the last writer wins; the loser backs off


def acquire(output: Location, run_id: str) -> LockOwner:
    """Take the output's lock for run_id, or raise OutputLockedError naming the holder."""
    lock = output.child(LOCK_FILE)
    owner = LockOwner.current(run_id)
    if _create(lock, owner):
        return owner
    holder = _read(lock)
    if _stale(holder):
        lock.fs.rm(lock.path)
        if _create(lock, owner):
            return owner
        holder = _read(lock)
    who = holder.describe() if holder else "an unreadable lock"
    raise OutputLockedError(
        f"{output.url()} is being written by {who}; wait for it to finish. If that run is "
        f"certainly dead (another machine, killed), delete {lock.url()} and run again."
    )


def release(output: Location, owner: LockOwner) -> None:
    """Drop the lock if it is still ours (a taken-over stale lock is not)."""
    lock = output.child(LOCK_FILE)
    if _read(lock) == owner:
        lock.fs.rm(lock.path)


@contextmanager
def locked(output_url: str, run_id: str) -> Iterator[LockOwner]:
    """Hold the output's lock for the duration of a run."""
    output = Location.of(output_url)
    owner = acquire(output, run_id)
    try:
        yield owner
    finally:
        release(output, owner)
