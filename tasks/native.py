"""Compiled builds of the per-article extraction modules, used only while they are
built from the sources as they are now.

Parsing, entities, quotes, events and dates run pure-Python loops per article, and
those loops set the pipeline's speed (BENCHMARKS.md, issue 8). `make` compiles the
modules in ``COMPILED`` with mypyc (the same source, its type hints turned into C;
~16% less time per article, identical rows) into ``build/native/``, next to a
manifest of the SHA-256 of each source. ``activate`` puts that directory first on
the ``tasks`` package's path, so ``import tasks.quotes`` loads the compiled module,
but only when every listed source still hashes as recorded and the build is for
this interpreter: an edited source falls back to pure Python, never to stale code.

Set ``NEWS_ETL_NATIVE=0`` to run pure Python (the tests do, so that doctests and
coverage see the sources; tests/tasks/test_native.py compares the two builds).
A machine without a C compiler keeps working, only slower: the build is skipped.

Build: ``make native`` (scripts/build_native.py; needs the dev tools: mypy, setuptools).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_DIR = ROOT / "build" / "native"
MANIFEST = "manifest.json"
GROUP = "news_etl_native"  # mypyc's shared library: news_etl_native__mypyc.<ext>
ENV = "NEWS_ETL_NATIVE"

# The modules whose per-article Python loops the profile shows; the rest of tasks/
# (Polars, Arrow, I/O, Prefect glue) would gain nothing from compiling.
COMPILED = (
    "tasks.date_expressions",
    "tasks.dates",
    "tasks.decode",
    "tasks.entities",
    "tasks.entity_cues",
    "tasks.entity_discovery",
    "tasks.entity_match",
    "tasks.events",
    "tasks.ingest",
    "tasks.keywords",
    "tasks.lines",
    "tasks.match_text",
    "tasks.normalize",
    "tasks.paragraphs",
    "tasks.parse",
    "tasks.quote_cues",
    "tasks.quotes",
    "tasks.quotes_events",
    "tasks.sentences",
    "tasks.textclean",
)


@dataclass(frozen=True)
class Status:
    """Whether the compiled modules are in use, and why not when they are not."""

    active: bool
    reason: str


def source_of(module: str) -> Path:
    return ROOT.joinpath(*module.split(".")).with_suffix(".py")


def source_hashes(modules: tuple[str, ...] = COMPILED) -> dict[str, str]:
    return {m: hashlib.sha256(source_of(m).read_bytes()).hexdigest() for m in modules}


def interpreter() -> str:
    """What a compiled extension is bound to: the interpreter's ABI suffix."""
    return str(sysconfig.get_config_var("EXT_SUFFIX"))


def check(build_dir: Path = BUILD_DIR) -> Status:
    """Whether the build in ``build_dir`` may be used in place of the sources."""
    if os.environ.get(ENV, "1") == "0":
        return Status(False, f"{ENV}=0")
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Status(False, "not built (make native)")
    if manifest.get("interpreter") != interpreter():
        return Status(False, f"built for {manifest.get('interpreter')}, not {interpreter()}")
    recorded = manifest.get("sources", {})
    if tuple(sorted(recorded)) != tuple(sorted(COMPILED)):
        return Status(False, "built for another module list (make native)")
    stale = [m for m, digest in source_hashes().items() if recorded[m] != digest]
    if stale:
        return Status(False, f"sources changed since the build: {', '.join(stale)} (make native)")
    files = [build_dir / f"{GROUP}__mypyc{interpreter()}"]
    files += [build_dir.joinpath(*m.split(".")).with_name(m.split(".")[-1] + interpreter()) for m in COMPILED]
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        return Status(False, f"build incomplete: {', '.join(missing)} (make native)")
    return Status(True, f"compiled modules from {build_dir}")


def activate(package_path: list[str], build_dir: Path = BUILD_DIR) -> Status:
    """Put the build first on the package's path when ``check`` allows it. Called by
    tasks/__init__.py before any compiled module can have been imported."""
    status = check(build_dir)
    if status.active:
        package_path.insert(0, str(build_dir / "tasks"))
        if str(build_dir) not in sys.path:
            sys.path.append(str(build_dir))  # the shared library the modules load
    return status
