"""What code produced a run: a version for people, and a digest for the pipeline.

The version (package version plus git commit) goes into the runs table. The
digest covers the files that decide the rows (tasks/, schemas/, gazetteer and
lexicons) and the libraries that do (langdetect's profiles, Polars): an
incremental run carries rows over only from a snapshot made by the same digest,
so an edit to a parser rule, even uncommitted, rebuilds the tables by itself.
"""

from __future__ import annotations

import hashlib
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What the published rows depend on: the stage code, its data files, its schemas.
ROW_SOURCES = ("tasks", "schemas")
ROW_SUFFIXES = (".py", ".tsv", ".json")
ROW_LIBRARIES = ("langdetect", "polars", "pyahocorasick", "hijridate")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(  # noqa: S603 - fixed git arguments, no user input
        ["git", "-C", str(repo), *args],  # noqa: S607 - git from PATH, like a developer's shell
        capture_output=True,
        text=True,
        timeout=5,
        check=True,
    ).stdout.strip()


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "0+unknown"


def code_version() -> str:
    """'0.1.0+g<commit>' from a checkout ('.dirty' if tracked files changed), else '0.1.0'."""
    base = _package_version("news-etl")
    try:
        sha = _git(ROOT, "rev-parse", "--short=12", "HEAD")
        dirty = _git(ROOT, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return base
    return f"{base}+g{sha}{'.dirty' if dirty else ''}" if sha else base


def code_digest(root: Path = ROOT) -> str:
    """16 hex chars of SHA-256 over the row-producing sources and library versions."""
    digest = hashlib.sha256()
    for folder in ROW_SOURCES:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in ROW_SUFFIXES and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    for library in ROW_LIBRARIES:
        digest.update(f"{library}=={_package_version(library)}\0".encode())
    return digest.hexdigest()[:16]
