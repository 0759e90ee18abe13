"""The code version recorded with every run: package version plus git commit."""

from __future__ import annotations

import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(  # noqa: S603 - fixed git arguments, no user input
        ["git", "-C", str(repo), *args],  # noqa: S607 - git from PATH, like a developer's shell
        capture_output=True,
        text=True,
        timeout=5,
        check=True,
    ).stdout.strip()


def code_version() -> str:
    """'0.1.0+g<commit>' from a checkout ('.dirty' if tracked files changed), else '0.1.0'."""
    try:
        base = version("news-etl")
    except PackageNotFoundError:
        base = "0+unknown"
    repo = Path(__file__).resolve().parent.parent
    try:
        sha = _git(repo, "rev-parse", "--short=12", "HEAD")
        dirty = _git(repo, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return base
    return f"{base}+g{sha}{'.dirty' if dirty else ''}" if sha else base
