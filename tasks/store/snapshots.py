"""Published versions of the output: every run's tables appear together or not at all.

A run writes its complete set of tables into ``snapshots/<run_id>/``, seals it
with a manifest, then moves one pointer: the ``current`` symbolic link (renamed
into place, so the switch is a single atomic step) and the ``CURRENT`` file that
names the snapshot (the pointer object stores understand). Stable per-table
links ``<table>.parquet -> current/<table>.parquet`` give analysts fixed paths.

A reader that resolves ``current`` once (or reads ``CURRENT``) sees one run's
tables, never a mix; a run that dies before the switch leaves the previous
snapshot current. The last ``keep`` snapshots are kept so that a query started
before a switch can finish.
"""

from __future__ import annotations

import json
import os
import posixpath
import uuid
from typing import Any

from fsspec.implementations.local import LocalFileSystem

from tasks.store.io import Location, commit, remove_tree, temporary_sibling

SNAPSHOTS_DIR = "snapshots"
CURRENT_LINK = "current"
CURRENT_FILE = "CURRENT"
MANIFEST = "_manifest.json"


def snapshot_dir(output: Location, run_id: str) -> Location:
    return output.child(SNAPSHOTS_DIR, run_id)


def current_run(output: Location) -> str | None:
    """The run whose snapshot is current, or None before the first publish."""
    pointer = output.child(CURRENT_FILE)
    if not pointer.exists():
        return None
    with pointer.fs.open(pointer.path, "r", encoding="utf-8") as fh:
        return str(fh.read().strip()) or None


def current_table(output: Location, file_name: str) -> Location | None:
    """Where the current version of a table is, resolved through CURRENT."""
    run_id = current_run(output)
    return snapshot_dir(output, run_id).child(file_name) if run_id else None


def seal(snapshot: Location, manifest: dict[str, Any]) -> None:
    """Mark a snapshot complete: only sealed snapshots are ever made current."""
    target = snapshot.child(MANIFEST)
    tmp = temporary_sibling(target)
    with tmp.fs.open(tmp.path, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=1, sort_keys=True, ensure_ascii=False)
    commit(tmp, target)


def read_manifest(output: Location, run_id: str) -> dict[str, Any]:
    """The manifest a run sealed its snapshot with (empty if it has none)."""
    location = snapshot_dir(output, run_id).child(MANIFEST)
    if not location.exists():
        return {}
    with location.fs.open(location.path, "r", encoding="utf-8") as fh:
        manifest: dict[str, Any] = json.load(fh)
    return manifest


def _is_local(location: Location) -> bool:
    return isinstance(location.fs, LocalFileSystem)


def _replace_symlink(target: str, link_path: str) -> None:
    """Point link_path at target in one atomic rename (POSIX)."""
    tmp = posixpath.join(posixpath.dirname(link_path), f".{posixpath.basename(link_path)}.{uuid.uuid4().hex}")
    os.symlink(target, tmp)
    try:
        os.replace(tmp, link_path)
    except OSError:
        os.remove(tmp)
        raise


def make_current(output: Location, run_id: str, file_names: list[str]) -> None:
    """Switch readers to the snapshot of run_id (which must be sealed)."""
    snapshot = snapshot_dir(output, run_id)
    if not snapshot.child(MANIFEST).exists():
        raise RuntimeError(f"snapshot {snapshot.url()} is not sealed; refusing to publish it")
    if _is_local(output):
        _replace_symlink(posixpath.join(SNAPSHOTS_DIR, run_id), output.child(CURRENT_LINK).path)
        for name in file_names:
            stable = output.child(name).path
            if not os.path.lexists(stable):
                os.symlink(posixpath.join(CURRENT_LINK, name), stable)
    pointer = output.child(CURRENT_FILE)
    tmp = temporary_sibling(pointer)
    with tmp.fs.open(tmp.path, "w", encoding="utf-8") as fh:
        fh.write(run_id + "\n")
    commit(tmp, pointer)


def prune(output: Location, keep: int) -> list[str]:
    """Delete sealed snapshots older than the newest ``keep``; returns the removed run IDs.

    Unsealed ones (a run that died while publishing) are left for inspection.
    """
    root = output.child(SNAPSHOTS_DIR)
    if not root.exists():
        return []
    runs = sorted(posixpath.basename(p) for p in root.fs.ls(root.path, detail=False))
    sealed = [r for r in runs if snapshot_dir(output, r).child(MANIFEST).exists()]
    current = current_run(output)
    doomed = [r for r in sealed[: max(0, len(sealed) - keep)] if r != current]
    for run_id in doomed:
        remove_tree(snapshot_dir(output, run_id))
    return doomed
