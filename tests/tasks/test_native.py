"""The compiled build of the extraction modules: used only when current, and the
same rows as the sources."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from scripts.build_native import load_failure, missing_tools
from tasks import native

ROOT = Path(__file__).resolve().parents[2]

# Every per-article stage on the input folders argv[2:], each output frame written
# to argv[1]; prints where tasks.quotes.quotes was loaded from.
STAGES = """
import sys
from pathlib import Path
import tasks.quotes.quotes
from tasks.store.io import list_inputs, read_raw_files
from tasks.parse.ingest import ingest_files
from tasks.parse.paragraphs import split_paragraphs
from tasks.dedup.fingerprints import fingerprint_articles
from tasks.language.tagging import LanguageTagger, tag_paragraphs, DEFAULT_MAX_CHARS
from tasks.entities.extract import default_extractor, extract_entities
from tasks.enrich import extract_quotes_events
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
    "rejects": ingested.rejects,
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
print(tasks.quotes.quotes.__file__)
"""


def _inputs(tmp: Path) -> list[str]:
    """The sample files and language fixtures, plus the same samples re-encoded
    (cp1256, UTF-16) and two files that are rejected (empty, binary): the decode
    and reject paths run compiled too."""
    other = tmp / "encodings"
    other.mkdir()
    for i, seed in enumerate(sorted((ROOT / "seeds").glob("*.txt"))[:2]):
        text = seed.read_text(encoding="utf-8")
        (other / f"cp1256-{i}.txt").write_bytes(text.encode("cp1256", errors="replace"))
        (other / f"utf16-{i}.txt").write_bytes(text.encode("utf-16"))
    (other / "empty.txt").write_bytes(b"")
    (other / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return [str(ROOT / "seeds"), str(ROOT / "tests" / "fixtures" / "languages"), str(other)]


def _stages(out: Path, inputs: list[str], native_env: str) -> str:
    out.mkdir()
    env = os.environ | {native.ENV: native_env}
    done = subprocess.run(
        [sys.executable, "-c", STAGES, str(out), *inputs],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip().splitlines()[-1]


BLOCKER = missing_tools()  # what keeps `make native` from building here, if anything


@pytest.mark.skipif(BLOCKER is not None, reason=f"{BLOCKER}: the pipeline runs pure Python here")
def test_the_compiled_build_gives_the_rows_of_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(native.ENV, "1")
    monkeypatch.setattr(sys, "path", list(sys.path))
    # `make test` builds it first (make native); a stale or missing build fails here
    path: list[str] = []
    status = native.activate(path, native.BUILD_ROOT)
    assert status.active, status.reason
    assert path == [str(native.current_build() / "tasks")]
    inputs = _inputs(tmp_path)
    compiled = _stages(tmp_path / "native", inputs, "1")
    source = _stages(tmp_path / "pure", inputs, "0")
    assert compiled.endswith(native.interpreter())
    assert source.endswith("quotes.py")
    names = sorted(p.name for p in (tmp_path / "pure").iterdir())
    assert len(names) == 11
    for name in names:
        expected = pl.read_parquet(tmp_path / "pure" / name)
        assert expected.height > 0, name
        assert_frame_equal(pl.read_parquet(tmp_path / "native" / name), expected)


def _fake_build(root: Path) -> Path:
    """A current build's directory, pointer and manifest, with empty files where the
    extensions go (so it passes check() and fails to load)."""
    build = root / "0123"
    for file in native.expected_files(build):
        file.parent.mkdir(parents=True, exist_ok=True)
        file.touch()
    manifest = {
        "interpreter": native.interpreter(),
        "key": native.build_key(),
        "inputs": [str(p.relative_to(native.ROOT)) for p in native.inputs()],
        "modules": list(native.COMPILED),
    }
    (build / native.MANIFEST).write_text(json.dumps(manifest))
    (root / native.POINTER).write_text("0123")
    return build


def test_a_build_that_does_not_load_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.ENV, "1")
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delitem(sys.modules, f"{native.GROUP}__mypyc", raising=False)  # the real one, if loaded
    _fake_build(tmp_path)
    assert native.check(tmp_path).active
    path: list[str] = []
    status = native.activate(path, tmp_path)
    assert not status.active
    assert status.reason.startswith("the build does not load")
    assert path == []
    assert str(tmp_path / "0123") not in sys.path


def test_load_failure_reports_a_build_that_passes_the_checks_but_does_not_load(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    assert native.check(tmp_path, honour_env=False).active  # the file checks cannot tell
    failure = load_failure(tmp_path)
    assert failure is not None
    assert failure.startswith("the build does not load")


@pytest.mark.skipif(BLOCKER is not None, reason=f"{BLOCKER}: the pipeline runs pure Python here")
def test_the_build_make_native_made_loads_in_a_fresh_interpreter() -> None:
    assert native.check(honour_env=False).active  # `make test` builds it first
    assert load_failure() is None


def test_a_stale_or_foreign_build_is_never_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.ENV, "1")
    build = _fake_build(tmp_path)
    manifest = json.loads((build / native.MANIFEST).read_text())

    def reason_with(**changes: object) -> str:
        (build / native.MANIFEST).write_text(json.dumps(manifest | changes))
        status = native.check(tmp_path)
        assert not status.active
        return status.reason

    assert reason_with(key="0" * 20).startswith("the code changed since the build")
    assert reason_with(interpreter=".cpython-312-x86_64-linux-gnu.so").startswith("built for .cpython-312")
    assert reason_with(modules=list(native.COMPILED[1:])).startswith("built for another module list")
    assert reason_with(modules=None, key=None).startswith("the code changed")
    (build / native.MANIFEST).write_text("[]")
    assert native.check(tmp_path).reason.startswith("no readable manifest")
    (build / native.MANIFEST).write_text(json.dumps(manifest))
    (build / "tasks" / ("events" + native.interpreter())).unlink()
    assert native.check(tmp_path).reason.startswith("build incomplete, missing events")
    (tmp_path / native.POINTER).unlink()
    assert native.check(tmp_path).reason.startswith("not built")
    monkeypatch.setenv(native.ENV, "0")
    assert native.check(_fake_build(tmp_path / "again")).reason == f"{native.ENV}=0"
    assert native.check(tmp_path / "again", honour_env=False).active


def test_any_change_to_the_code_changes_the_build_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not only the compiled modules: the code whose types they check at run time
    (here the gazetteer package) and the lock file that pins mypyc count too."""
    files = {str(p.relative_to(native.ROOT)) for p in native.inputs()}
    assert {
        "tasks/quotes/quotes.py",
        "tasks/entities/gazetteer/__init__.py",
        "schemas/mentions.py",
        "uv.lock",
    } <= files
    assert not files & {
        "tasks/store/io.py",
        "flows/prefect_tasks.py",
        "tasks/run/batch.py",
    }  # no rebuild for those
    copy = tmp_path / "root"
    for inp in native.inputs():
        target = copy / inp.relative_to(native.ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(inp, target)
    monkeypatch.setattr(native, "ROOT", copy)
    key = native.build_key()
    assert len(key) == 20
    for changed in (
        "tasks/entities/gazetteer/__init__.py",
        "schemas/mentions.py",
        "uv.lock",
        "tasks/quotes/quotes.py",
    ):
        original = (copy / changed).read_bytes()
        (copy / changed).write_bytes(original + b"\n")
        assert native.build_key() != key, changed
        (copy / changed).write_bytes(original)
    assert native.build_key() == key
