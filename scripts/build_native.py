"""`make native`: compile the extraction modules (tasks/native.py) with mypyc.

    .venv/bin/python scripts/build_native.py [--if-needed]

Builds into a new directory, build/native/<key>/, with the manifest that
tasks/native.py checks, then points build/native/CURRENT at it (one os.replace).
A build is never changed once written, so a running pipeline keeps the one it
loaded; the previous build is kept for such processes, older ones are removed.
With --if-needed it builds only when the current build fails tasks/native.py's
checks or does not load in a fresh interpreter.
Without a C compiler or the Python headers, or when the build fails, it says so
and leaves the pipeline on pure Python: slower, the same rows.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup  # type: ignore[import-untyped]

from tasks.native import (
    BUILD_ROOT,
    COMPILED,
    ENV,
    GROUP,
    MANIFEST,
    POINTER,
    ROOT,
    Status,
    build_key,
    check,
    inputs,
    interpreter,
    source_of,
)

KEEP = 2  # the current build and the one before it (a process may still be loading it)


def missing_tools() -> str | None:
    """What stops a build on this machine, if anything."""
    compiler = (os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")).split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        return f"no Python headers ({headers})"
    return None


# Loads the build under argv[1] as tasks/__init__.py would, in a fresh interpreter:
# the package itself imports with NEWS_ETL_NATIVE=0, so no other build is loaded first.
_PROBE = (
    "import os, sys; from pathlib import Path; from tasks import native; "
    "os.environ[native.ENV] = '1'; status = native.activate([], Path(sys.argv[1])); "
    "sys.exit(0 if status.active else status.reason)"
)


def load_failure(build_root: Path = BUILD_ROOT) -> str | None:
    """Why the current build does not load, or None when it does. check() only reads
    files; a corrupt or truncated library shows only when it is loaded."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and a fixed program
        [sys.executable, "-c", _PROBE, str(build_root)],
        env=os.environ | {ENV: "0"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return None if done.returncode == 0 else done.stderr.strip() or f"probe exited {done.returncode}"


def build(build_root: Path = BUILD_ROOT) -> Path:
    """Compile ``COMPILED`` into build_root/<key>/ and make it the current build."""
    files = inputs()
    key = build_key(files)
    target = build_root / key
    work = build_root / f"{key}.partial-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    try:
        os.chdir(ROOT)  # mypyc names modules by their paths relative to the project
        extensions = mypycify(
            [str(source_of(m).relative_to(ROOT)) for m in COMPILED],
            opt_level="3",
            group_name=GROUP,
            target_dir=str(work / "c"),
        )
        setup(
            name="news-etl-native",
            packages=[],  # the extensions only: no package discovery, nothing installed
            py_modules=[],
            ext_modules=extensions,
            script_args=["--quiet", "build_ext", "--build-lib", str(work), "--build-temp", str(work / "obj")],
        )
        if build_key(files) != key:  # as in check(): a new import changes one of them
            raise RuntimeError("the code changed during the build; build again")
        shutil.rmtree(work / "c")  # the generated C and objects: ~30 MB nobody loads
        shutil.rmtree(work / "obj")
        recorded = [str(f.relative_to(ROOT)) for f in files]
        manifest = {"interpreter": interpreter(), "key": key, "modules": list(COMPILED), "inputs": recorded}
        (work / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)
        work.rename(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    pointer = build_root / f"{POINTER}.{os.getpid()}"
    pointer.write_text(key, encoding="utf-8")
    os.replace(pointer, build_root / POINTER)
    _prune(build_root, key)
    return target


def _prune(build_root: Path, current: str) -> None:
    """Remove all but the newest KEEP builds (and leftovers of interrupted ones)."""
    builds = sorted((d for d in build_root.iterdir() if d.is_dir()), key=lambda d: d.stat().st_mtime)
    for old in builds[:-KEEP]:
        if old.name != current:
            shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Build; with --if-needed, only when the current build is not for this code.
    NEWS_ETL_NATIVE=0 only stops the pipeline from loading a build, not the build."""
    args = sys.argv[1:] if argv is None else argv
    status = check(honour_env=False)
    if "--if-needed" in args and status.active:
        failure = load_failure()
        if failure is None:
            print(f"native: {status.reason}")
            return 0
        status = Status(False, failure)
    missing = missing_tools()
    if missing:
        print(f"native: {missing}; extraction runs as pure Python")
        return 0
    print(
        f"native: compiling {len(COMPILED)} modules with mypyc ({status.reason}), about a minute",
        flush=True,
    )
    try:
        build()
    except (Exception, SystemExit) as error:
        print(f"native: build failed ({error!r}); extraction runs as pure Python", file=sys.stderr)
        return 0
    print(f"native: {check(honour_env=False).reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
