"""Compiled builds of the per-article extraction modules, used only while they are
built from the code as it is now.

Parsing, entities, quotes, events and dates run pure-Python loops per article, and
those loops set the pipeline's speed (BENCHMARKS.md, issue 8). `make native`
compiles the modules in ``COMPILED`` with mypyc (the same source, its type hints
turned into C; on one core the extraction stages take 16% less time, and the
rows are identical) into ``build/native/<key>/``, where ``key`` is a digest of
every file the build depends on (the compiled modules and every project module
they import, whose types the compiled code checks at run time; the build script;
uv.lock, which pins mypyc).
``build/native/CURRENT`` names the newest build and is replaced in one rename.

``activate`` puts that build first on the ``tasks`` package's path, so ``import
tasks.quotes.quotes`` loads the compiled module, but only when its key is the key of the
code as it is now, it was built for this interpreter, and its shared library
loads: after any edit, checkout or copy the pipeline runs the sources, never a
stale build.

Set ``NEWS_ETL_NATIVE=0`` to run pure Python (the tests do, so that doctests and
tracebacks see the sources; tests/tasks/test_native.py compares the two builds).
A machine without a C compiler or the Python headers keeps working, only slower:
the build is skipped.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import json
import os
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_ROOT = ROOT / "build" / "native"
POINTER = "CURRENT"  # the name of the directory of the newest build
MANIFEST = "manifest.json"
GROUP = "news_etl_native"  # mypyc's shared library: news_etl_native__mypyc.<ext>
ENV = "NEWS_ETL_NATIVE"

# The modules whose per-article Python loops the profile shows; the rest of tasks/
# (Polars, Arrow, I/O, Prefect glue) would gain nothing from compiling.
COMPILED = (
    "tasks.dates.expressions",
    "tasks.parse.published_dates",
    "tasks.parse.decode",
    "tasks.entities.extract",
    "tasks.entities.cues",
    "tasks.entities.discovery",
    "tasks.entities.match",
    "tasks.events.events",
    "tasks.parse.ingest",
    "tasks.parse.keywords",
    "tasks.parse.lines",
    "tasks.text.match_text",
    "tasks.text.normalize",
    "tasks.parse.paragraphs",
    "tasks.parse.articles",
    "tasks.quotes.cues",
    "tasks.quotes.quotes",
    "tasks.enrich",
    "tasks.text.sentences",
    "tasks.text.clean",
)


@dataclass(frozen=True)
class Status:
    """Whether the compiled modules are in use, and why not when they are not."""

    active: bool
    reason: str
    build: Path | None = None  # the build checked, when active

    @property
    def label(self) -> str:
        """How logs and reports name what runs: "compiled", or "pure Python (why)"."""
        return "compiled" if self.active else f"pure Python ({self.reason})"


def source_of(module: str) -> Path:
    return ROOT.joinpath(*module.split(".")).with_suffix(".py")


def _project_imports(path: Path) -> set[str]:
    """The tasks.* and schemas.* modules (and packages) a source file imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] in ("tasks", "schemas"):
                found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return found


def _file_of(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None  # a name imported from a module, not a module


def inputs() -> list[Path]:
    """Every file a build depends on: the compiled modules and the project modules
    they import, directly or not (the compiled code checks their types at run time),
    the build script, and the lock file that pins mypyc."""
    seen: set[Path] = set()
    pending = [source_of(m) for m in COMPILED]
    while pending:
        path = pending.pop()
        if path in seen:
            continue
        seen.add(path)
        pending += [f for f in map(_file_of, _project_imports(path)) if f is not None]
    return sorted(seen | {ROOT / "scripts" / "build_native.py", ROOT / "uv.lock"})


def build_key(files: list[Path] | None = None) -> str:
    """Digest of the path and content of each file (20 hex characters); by default
    of ``inputs()``. A build records its inputs, so a process checks it by hashing
    them, without reading the imports again."""
    digest = hashlib.sha256()
    for path in inputs() if files is None else files:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()[:20]


def interpreter() -> str:
    """What a compiled extension is bound to: the interpreter's ABI suffix."""
    return str(sysconfig.get_config_var("EXT_SUFFIX"))


def expected_files(build_dir: Path) -> list[Path]:
    """The shared library and one extension per compiled module."""
    files = [build_dir / f"{GROUP}__mypyc{interpreter()}"]
    return files + [
        build_dir.joinpath(*m.split(".")[:-1], m.split(".")[-1] + interpreter()) for m in COMPILED
    ]


def current_build(build_root: Path = BUILD_ROOT) -> Path | None:
    try:
        name = (build_root / POINTER).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return build_root / name if name else None


def check(build_root: Path = BUILD_ROOT, *, honour_env: bool = True) -> Status:
    """Whether the current build under ``build_root`` may be used in place of the
    sources (loading it is ``activate``'s last check)."""
    if honour_env and os.environ.get(ENV, "1") == "0":
        return Status(False, f"{ENV}=0")
    build = current_build(build_root)
    if build is None:
        return Status(False, "not built (make native)")
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
        built_for, key, modules = manifest["interpreter"], manifest["key"], manifest["modules"]
        recorded = [ROOT / str(name) for name in manifest["inputs"]]
    except (OSError, ValueError, TypeError, KeyError):
        return Status(False, f"no readable manifest in {build} (make native)")
    if built_for != interpreter():
        return Status(False, f"built for {built_for}, not {interpreter()}")
    # any change to a recorded input changes the key; a new dependency can only come
    # from a changed import in one of them
    if key != build_key(recorded):
        return Status(False, "the code changed since the build (make native)")
    if modules != list(COMPILED):
        return Status(False, "built for another module list (make native)")
    missing = [f.name for f in expected_files(build) if not f.is_file()]
    if missing:
        return Status(False, f"build incomplete, missing {', '.join(missing)} (make native)")
    return Status(True, f"compiled modules from {build}", build)


def activate(package_path: list[str], build_root: Path = BUILD_ROOT) -> Status:
    """Put the current build first on the package's path when ``check`` allows it
    and its shared library loads. Called by tasks/__init__.py before any compiled
    module can have been imported."""
    status = check(build_root)
    build = status.build  # the one checked: CURRENT may be replaced meanwhile
    if build is None:
        return status
    sys.path.append(str(build))  # the shared library the compiled modules import
    try:
        library = importlib.import_module(f"{GROUP}__mypyc")
    except ImportError as error:  # a corrupt copy, another libc: the sources instead
        sys.path.remove(str(build))
        return Status(False, f"the build does not load ({error})")
    if Path(str(library.__file__)).parent != build:  # an earlier activation's build
        sys.path.remove(str(build))
        return Status(False, f"another build is loaded in this process ({library.__file__})")
    package_path.insert(0, str(build / "tasks"))
    return status
