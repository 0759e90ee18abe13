"""Hatchling build hook: a wheel whose per-article extraction modules are compiled.

Parsing, entities, quotes, events and dates run pure-Python loops per article, and
those loops set the pipeline's speed. mypyc compiles the modules listed in
pyproject.toml (``[tool.hatch.build.targets.wheel.hooks.custom] compiled``): the
same source, its type hints turned into C, about 15% less batch time and the same
rows (BENCHMARKS.md). The hook is off by default, so ``uv sync`` (an editable
install) and every test run the Python sources; ``make native`` builds the
compiled wheel into dist/ with it on:

    HATCH_BUILD_HOOK_ENABLE_CUSTOM=true uv build --wheel

and installs it into .venv-native/ for ``make bench``. A deployment installs the
same wheel. A compiled module is an ordinary extension module beside the package's
sources in site-packages, which Python's import system prefers to the .py file.
"""

from __future__ import annotations

import os
import shutil
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# mypyc's shared library for the group: one file beside the packages, loaded by each module
GROUP = "news_etl_native"


class CompiledExtraction(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sources = [str(s) for s in self.config.get("compiled", [])]
        build = Path(tempfile.mkdtemp(prefix="news-etl-native-"))
        self._build = build
        lib = _compile(Path(self.root), sources, build)
        built = sorted(lib.rglob(f"*{sysconfig.get_config_var('EXT_SUFFIX')}"))
        if len(built) != len(sources) + 1:  # one per module, and the group's shared library
            raise RuntimeError(f"mypyc built {len(built)} extension files for {len(sources)} modules")
        for path in built:
            build_data["force_include"][str(path)] = str(path.relative_to(lib))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"compiled {len(sources)} modules with mypyc ({len(built)} extension files)")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        build = getattr(self, "_build", None)
        if build is not None:
            shutil.rmtree(build, ignore_errors=True)


def _compile(root: Path, sources: list[str], build: Path) -> Path:
    """Compile ``sources`` (paths relative to root) into extension modules; returns the
    folder they are in, laid out as in site-packages."""
    from mypyc.build import mypycify
    from setuptools import setup  # type: ignore[import-untyped]

    cwd = os.getcwd()
    os.chdir(root)  # mypyc names each module by its path relative to the project
    try:
        extensions = mypycify(sources, opt_level="3", group_name=GROUP, target_dir=str(build / "c"))
        setup(
            name="news-etl-compiled",
            packages=[],  # the extensions only
            py_modules=[],
            ext_modules=extensions,
            script_args=[
                "--quiet",
                "build_ext",
                "--build-lib",
                str(build / "lib"),
                "--build-temp",
                str(build / "obj"),
            ],
        )
    finally:
        os.chdir(cwd)
    return build / "lib"
