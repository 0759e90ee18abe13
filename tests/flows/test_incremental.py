"""Incremental runs: only new and changed files are read, and the tables equal a
full rebuild of the same input."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import polars as pl
import pytest

from bench.digests import assert_same_tables
from tests.flows.test_news_etl import _read, _run

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def _touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, (stat.st_atime, stat.st_mtime + 60))


def _listed_time(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)


def _current_snapshot(out: Path) -> Path:
    return out / "snapshots" / (out / "CURRENT").read_text(encoding="utf-8").strip()


def test_a_rerun_with_nothing_new_reads_nothing_and_republishes_the_same_tables(
    seed_dir: Path, tmp_path: Path
) -> None:
    out, again = tmp_path / "out", tmp_path / "again"
    first = _run(seed_dir, out)
    assert first.files_read == 5  # type: ignore[attr-defined]
    shutil.copytree(out / "current", again)  # the first version, to compare with
    before = _current_snapshot(out)
    second = _run(seed_dir, out)
    assert second.files_read == 0  # type: ignore[attr-defined]
    assert second.batches == 0  # type: ignore[attr-defined]  # no batch task ran
    after = _current_snapshot(out)
    assert after != before
    # the new version holds the same files (hard links), and one more run in the history
    assert (after / "articles.parquet").stat().st_ino == (before / "articles.parquet").stat().st_ino
    assert _read(out, "runs")["run_id"].to_list() == [first.run_id, second.run_id]  # type: ignore[attr-defined]
    assert_same_tables(again, out)


@pytest.mark.parametrize("deleted_files", ["retract", "keep"])
def test_added_changed_and_deleted_files_give_the_tables_of_a_full_rebuild(
    seed_dir: Path, tmp_path: Path, deleted_files: str
) -> None:
    out = tmp_path / "incremental"
    _run(seed_dir, out)
    before = _read(out, "files")
    # add a copy of a published file, change one, delete one, touch one without changing its bytes
    shutil.copy(next(seed_dir.glob("004_*")), seed_dir / "005_copy_of_004.txt")
    changed = next(seed_dir.glob("002_*"))
    appended = changed.read_text(encoding="utf-8") + "\nفقرة أضيفت لاحقا إلى الخبر.\n"
    changed.write_text(appended, encoding="utf-8")
    gone = next(seed_dir.glob("000_*"))
    gone_path = gone.name
    saved = tmp_path / "saved" / gone_path
    saved.parent.mkdir()
    shutil.copy2(gone, saved)  # bytes and modification time, for the comparison below
    gone.unlink()
    touched = next(seed_dir.glob("003_*"))
    _touch_later(touched)

    summary = _run(seed_dir, out, deleted_files=deleted_files)
    assert summary.files_read == 2  # type: ignore[attr-defined]  # added and changed; touched is hashed only
    files = _read(out, "files")
    touched_row = files.filter(pl.col("source_path") == touched.name)
    assert touched_row["modified_at"].item() == _listed_time(touched)
    # the new copy is clustered with the article published by the first run
    duplicates = _read(out, "duplicates").join(
        _read(out, "articles").select("article_id", "source_path"), on="article_id"
    )
    copies = duplicates.filter(pl.col("source_path") == "005_copy_of_004.txt")
    assert copies["method"].unique().to_list() == ["exact"]
    originals = before.filter(pl.col("source_path").str.starts_with("004_"))["file_id"].to_list()
    canonical = _read(out, "articles").filter(pl.col("article_id").is_in(copies["duplicate_of"].implode()))
    assert canonical["file_id"].unique().to_list() == originals

    full = tmp_path / "full"
    if deleted_files == "retract":
        _run(seed_dir, full, full_refresh=True)
        assert gone_path not in files["source_path"].to_list()
    else:
        # kept: the tables are those of a full rebuild of the input with that file still in it
        shutil.copy2(saved, seed_dir / gone_path)
        _run(seed_dir, full, full_refresh=True)
        kept = files.filter(pl.col("source_path") == gone_path)
        assert kept.equals(before.filter(pl.col("source_path") == gone_path))
    assert_same_tables(full, out)


def test_a_change_that_keeps_size_and_time_is_found_when_checksums_are_verified(
    seed_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _run(seed_dir, out)
    target = next(seed_dir.glob("001_*"))
    stat = target.stat()
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("موسكو", "موسكا", 1), encoding="utf-8")  # same byte length
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert target.stat().st_size == stat.st_size
    assert _run(seed_dir, out).files_read == 0  # type: ignore[attr-defined]  # the listing cannot tell
    assert _run(seed_dir, out, verify_checksums=True).files_read == 1  # type: ignore[attr-defined]
    _run(seed_dir, tmp_path / "full", full_refresh=True)
    assert_same_tables(tmp_path / "full", out)


def test_new_dedup_parameters_recluster_without_reading_files(seed_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copy(next(seed_dir.glob("004_*")), seed_dir / "005_copy_of_004.txt")
    _run(seed_dir, out)
    again = _run(seed_dir, out, dedup_threshold=0.9, boilerplate_min_stories=2)
    assert again.files_read == 0  # type: ignore[attr-defined]
    assert again.batches > 0  # type: ignore[attr-defined]  # rows carried over, clusters computed again
    _run(seed_dir, tmp_path / "full", full_refresh=True, dedup_threshold=0.9, boilerplate_min_stories=2)
    assert_same_tables(tmp_path / "full", out)


def test_a_change_of_parameters_or_code_rebuilds_everything(
    seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    _run(seed_dir, out)
    assert _run(seed_dir, out, language_max_chars=300).files_read == 5  # type: ignore[attr-defined]
    assert _run(seed_dir, out, language_max_chars=300).files_read == 0  # type: ignore[attr-defined]
    import flows.news_etl

    monkeypatch.setattr(flows.news_etl, "code_digest", lambda: "0123456789abcdef")
    assert _run(seed_dir, out, language_max_chars=300).files_read == 5  # type: ignore[attr-defined]
