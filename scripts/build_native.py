"""`make native`: compile the extraction modules (tasks/native.py) with mypyc.

    .venv/bin/python scripts/build_native.py [--if-needed]

Writes build/native/: the extensions, and the manifest that tasks/native.py checks
before it loads them. The build goes to a new directory that replaces the old one
in one rename, so a running pipeline keeps the files it loaded. Without a C
compiler, or when the build fails, it says so and leaves the pipeline on pure
Python: slower, the same rows.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import sysconfig
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup  # type: ignore[import-untyped]

from tasks.native import (
    BUILD_DIR,
    COMPILED,
    ENV,
    GROUP,
    MANIFEST,
    ROOT,
    check,
    interpreter,
    source_hashes,
    source_of,
)


def build(target: Path = BUILD_DIR) -> None:
    """Compile ``COMPILED`` and put the result at ``target``, manifest included."""
    hashes = source_hashes()
    fresh = target.with_name(f"{target.name}.new-{os.getpid()}")
    shutil.rmtree(fresh, ignore_errors=True)
    os.chdir(ROOT)  # mypyc names modules by their paths relative to the project
    extensions = mypycify(
        [str(source_of(m).relative_to(ROOT)) for m in COMPILED],
        opt_level="3",
        group_name=GROUP,
        target_dir=str(fresh / "c"),
    )
    setup(
        name="news-etl-native",
        packages=[],  # the extensions only: no package discovery, nothing installed
        py_modules=[],
        ext_modules=extensions,
        script_args=["--quiet", "build_ext", "--build-lib", str(fresh), "--build-temp", str(fresh / "obj")],
    )
    if source_hashes() != hashes:
        raise RuntimeError("sources changed during the build; build again")
    manifest = {"interpreter": interpreter(), "sources": hashes}
    (fresh / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    old = target.with_name(f"{target.name}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Build; with --if-needed, only when the build is missing or out of date."""
    args = sys.argv[1:] if argv is None else argv
    status = check()
    if "--if-needed" in args and (status.active or os.environ.get(ENV) == "0"):
        print(f"native: {status.reason}")
        return 0
    compiler = str(sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        print(f"native: no C compiler ({compiler}); extraction runs as pure Python")
        return 0
    print(
        f"native: compiling {len(COMPILED)} modules with mypyc ({status.reason}), about a minute ...",
        flush=True,
    )
    try:
        build()
    except (Exception, SystemExit) as error:
        print(f"native: build failed ({error!r}); extraction runs as pure Python", file=sys.stderr)
        return 0
    print(f"native: {check().reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
