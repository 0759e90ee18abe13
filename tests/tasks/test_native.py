"""The compiled build of the extraction modules: used only when current, and the
same rows as the sources."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from tasks import native

ROOT = Path(__file__).resolve().parents[2]

# Every per-article stage on the sample files and the language fixtures, each
# output frame written to argv[1]; prints where tasks.quotes was loaded from.
STAGES = """
import sys
from pathlib import Path
import tasks.quotes
from tasks.io import list_inputs, read_raw_files
from tasks.ingest import ingest_files
from tasks.paragraphs import split_paragraphs
from tasks.fingerprints import fingerprint_articles
from tasks.language import LanguageTagger, tag_paragraphs, DEFAULT_MAX_CHARS
from tasks.entities import default_extractor, extract_entities
from tasks.quotes_events import extract_quotes_events
import polars as pl

out = Path(sys.argv[1])
listing = pl.concat([list_inputs(d, "*.txt") for d in sys.argv[2:]])
ingested = ingest_files(read_raw_files(listing, max_file_bytes=1 << 24), run_id="r")
articles = ingested.articles.drop("ingested_at", strict=False)
paragraphs = split_paragraphs(articles)
mentions = extract_entities(articles, default_extractor())
found = extract_quotes_events(articles, mentions)
frames = {
    "files": ingested.files.drop("ingested_at", strict=False),
    "articles": articles,
    "boilerplate": ingested.boilerplate,
    "paragraphs": paragraphs,
    "fingerprints": fingerprint_articles(articles, paragraphs, shingle_size=2, num_perm=64),
    "languages": tag_paragraphs(paragraphs, LanguageTagger(None, DEFAULT_MAX_CHARS)),
    "mentions": mentions,
    "quotes": found.quotes,
    "events": found.events,
    "dates": found.dates,
}
for name, frame in frames.items():
    frame.write_parquet(out / f"{name}.parquet")
print(tasks.quotes.__file__)
"""


def _stages(out: Path, native_env: str) -> str:
    out.mkdir()
    env = os.environ | {native.ENV: native_env}
    inputs = [str(ROOT / "seeds"), str(ROOT / "tests" / "fixtures" / "languages")]
    done = subprocess.run(
        [sys.executable, "-c", STAGES, str(out), *inputs],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout.strip().splitlines()[-1]


def _has_compiler() -> bool:
    return shutil.which(str(sysconfig.get_config_var("CC") or "cc").split()[0]) is not None


@pytest.mark.skipif(not _has_compiler(), reason="no C compiler: the pipeline runs pure Python here")
def test_the_compiled_build_gives_the_rows_of_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(native.ENV, "1")
    # `make test` builds it first (make native); a stale or missing build fails here
    assert native.check().active, native.check().reason
    compiled = _stages(tmp_path / "native", "1")
    source = _stages(tmp_path / "pure", "0")
    assert compiled.endswith(native.interpreter())
    assert source.endswith("quotes.py")
    names = sorted(p.name for p in (tmp_path / "pure").iterdir())
    assert len(names) == 10
    for name in names:
        expected = pl.read_parquet(tmp_path / "pure" / name)
        assert expected.height > 0, name
        assert_frame_equal(pl.read_parquet(tmp_path / "native" / name), expected)


def _fake_build(tmp_path: Path) -> Path:
    """A build directory with the manifest and file names a real build has."""
    build = tmp_path / "native"
    (build / "tasks").mkdir(parents=True)
    (build / f"{native.GROUP}__mypyc{native.interpreter()}").touch()
    for module in native.COMPILED:
        (build / "tasks" / (module.split(".")[-1] + native.interpreter())).touch()
    manifest = {"interpreter": native.interpreter(), "sources": native.source_hashes()}
    (build / native.MANIFEST).write_text(json.dumps(manifest))
    return build


def test_a_current_build_is_used_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.ENV, "1")
    build = _fake_build(tmp_path)
    path = ["/src/tasks"]
    assert native.activate(path, build).active
    assert path == [str(build / "tasks"), "/src/tasks"]
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(build)])


def test_a_stale_or_foreign_build_is_never_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.ENV, "1")
    build = _fake_build(tmp_path)
    manifest = json.loads((build / native.MANIFEST).read_text())

    def reason_with(**changes: object) -> str:
        (build / native.MANIFEST).write_text(json.dumps(manifest | changes))
        path: list[str] = []
        status = native.activate(path, build)
        assert not status.active
        assert path == []
        return status.reason

    edited = manifest["sources"] | {"tasks.quotes": "0" * 64}
    assert reason_with(sources=edited).startswith("sources changed since the build: tasks.quotes")
    assert reason_with(interpreter=".cpython-312-x86_64-linux-gnu.so").startswith("built for .cpython-312")
    fewer = {k: v for k, v in manifest["sources"].items() if k != "tasks.parse"}
    assert reason_with(sources=fewer).startswith("built for another module list")
    (build / "tasks" / ("events" + native.interpreter())).unlink()
    assert reason_with().startswith("build incomplete: events")
    (build / native.MANIFEST).unlink()
    assert native.check(build).reason.startswith("not built")
    monkeypatch.setenv(native.ENV, "0")
    assert native.check(_fake_build(tmp_path / "again")).reason == f"{native.ENV}=0"
