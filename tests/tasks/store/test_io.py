"""Listing inputs and writing Parquet atomically, on real files in tmp_path."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from schemas import REJECTS
from schemas.conform import SchemaMismatchError
from tasks.store.io import (
    InputNotFoundError,
    Location,
    list_inputs,
    list_parts,
    read_raw_files,
    read_table,
    write_frames,
    write_table,
)


def _tree(root: Path) -> None:
    for rel in [
        "a.txt",
        "sub/b.txt",
        "sub/deep/c.txt",
        "sub/notes.md",
        ".hidden/d.txt",
        "sub/.e.txt",
    ]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rel, encoding="utf-8")


def test_folder_is_walked_recursively_with_pattern_on_names(tmp_path: Path) -> None:
    _tree(tmp_path)
    listing = list_inputs(str(tmp_path), "*.txt")
    assert listing["source_path"].to_list() == ["a.txt", "sub/b.txt", "sub/deep/c.txt"]
    assert listing["size_bytes"].to_list() == [5, 9, 14]
    assert listing["modified_at"].null_count() == 0


def test_pattern_with_slash_matches_relative_paths(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert list_inputs(str(tmp_path), "sub/*.md")["source_path"].to_list() == ["sub/notes.md"]
    assert list_inputs(str(tmp_path), "**/*.md")["source_path"].to_list() == ["sub/notes.md"]


def test_input_may_be_a_glob_or_a_single_file(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert list_inputs(f"{tmp_path}/sub/*.txt", "*.ignored")["source_path"].to_list() == ["b.txt"]
    assert list_inputs(str(tmp_path / "a.txt"), "*.txt")["source_path"].to_list() == ["a.txt"]
    assert list_inputs(f"file://{tmp_path}", "*.txt").height == 3


def test_missing_input_is_a_structural_error(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="not found"):
        list_inputs(str(tmp_path / "nope"), "*.txt")


def test_oversized_and_vanished_files_are_not_read(tmp_path: Path) -> None:
    _tree(tmp_path)
    listing = list_inputs(str(tmp_path), "*.txt")
    (tmp_path / "sub" / "b.txt").unlink()  # gone between listing and reading
    raw = read_raw_files(listing, max_file_bytes=10)
    assert raw["error_reason"].to_list() == [None, "unreadable", "too_large"]
    assert raw["content"].to_list()[0] == b"a.txt"
    assert "FileNotFoundError" in raw["error_detail"][1]


def _rejects(n: int) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_path": [f"f{i}.txt" for i in range(n)],
            "file_id": [f"{i:016x}" for i in range(n)],
            "reason": ["empty"] * n,
            "detail": ["the file is empty (0 bytes)"] * n,
            "size_bytes": [0] * n,
            "run_id": ["r1"] * n,
        }
    )


def test_write_table_casts_checks_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = Location.of(str(tmp_path / "out" / "rejects.parquet"))
    assert write_table(_rejects(3), REJECTS, target, run_id="r1") == 3
    table = pq.read_table(target.path)
    assert table.schema.equals(REJECTS.schema, check_metadata=False)
    assert table.schema.metadata[b"news_etl.run_id"] == b"r1"
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["rejects.parquet"]


def test_a_failed_write_keeps_the_previous_table(tmp_path: Path) -> None:
    target = Location.of(str(tmp_path / "rejects.parquet"))
    write_table(_rejects(2), REJECTS, target, run_id="r1")
    with pytest.raises(SchemaMismatchError, match="reason"):
        write_table(_rejects(5).with_columns(reason=pl.lit(None, pl.String)), REJECTS, target, run_id="r2")
    assert pq.read_table(target.path).num_rows == 2
    assert [p.name for p in tmp_path.iterdir()] == ["rejects.parquet"]


def test_parts_stream_into_one_file_in_order(tmp_path: Path) -> None:
    parts_dir = Location.of(str(tmp_path / "parts"))
    for i in range(3):
        write_table(
            _rejects(2).with_columns(source_path=pl.lit(f"p{i}")),
            REJECTS,
            parts_dir.child(f"part-{i:06d}.parquet"),
            run_id="r",
        )
    target = Location.of(str(tmp_path / "rejects.parquet"))
    frames = (read_table(part) for part in list_parts(parts_dir))
    assert write_frames(frames, REJECTS, target, run_id="r") == 6
    assert pl.read_parquet(target.path)["source_path"].to_list() == [
        "p0",
        "p0",
        "p1",
        "p1",
        "p2",
        "p2",
    ]


def test_writing_zero_parts_gives_an_empty_table_with_the_schema(tmp_path: Path) -> None:
    target = Location.of(str(tmp_path / "rejects.parquet"))
    assert write_frames([], REJECTS, target, run_id="r") == 0
    table = pq.read_table(target.path)
    assert table.num_rows == 0
    assert table.schema.equals(REJECTS.schema, check_metadata=False)


def test_large_strings_survive_the_round_trip(tmp_path: Path) -> None:
    frame = _rejects(1).with_columns(detail=pl.lit("ع" * 100_000))
    target = Location.of(str(tmp_path / "r.parquet"))
    write_table(frame, REJECTS, target, run_id="r")
    assert pq.read_table(target.path).column("detail")[0].as_py() == "ع" * 100_000
    assert isinstance(pq.read_table(target.path), pa.Table)


def test_awkward_entries_are_listed_for_rejection_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere")
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_bytes("نص".encode())
    listing = list_inputs(str(tmp_path), "*.txt")
    assert listing["source_path"].to_list() == ["broken.txt", "caf\\xe9.txt", "ok.txt"]
    raw = read_raw_files(listing, max_file_bytes=1000)
    assert raw["error_reason"].to_list() == ["unreadable", "unreadable", None]
    assert "not valid UTF-8" in raw["error_detail"][1]


def test_existing_paths_with_glob_characters_are_literal(tmp_path: Path) -> None:
    folder = tmp_path / "data[2025]"
    folder.mkdir()
    (folder / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a[1].txt").write_text("a", encoding="utf-8")
    (tmp_path / "a1.txt").write_text("b", encoding="utf-8")
    assert list_inputs(str(folder), "*.txt")["source_path"].to_list() == ["x.txt"]
    assert list_inputs(str(tmp_path / "a[1].txt"), "*.txt")["source_path"].to_list() == ["a[1].txt"]


def test_patterns_ignore_case_and_keep_star_within_a_folder(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / "sub" / "UPPER.TXT").write_text("u", encoding="utf-8")
    assert "sub/UPPER.TXT" in list_inputs(str(tmp_path), "*.txt")["source_path"].to_list()
    assert list_inputs(str(tmp_path), "sub/*.txt")["source_path"].to_list() == ["sub/UPPER.TXT", "sub/b.txt"]
    assert list_inputs(str(tmp_path), "sub/**/*.txt")["source_path"].to_list() == [
        "sub/UPPER.TXT",
        "sub/b.txt",
        "sub/deep/c.txt",
    ]


def test_too_large_files_are_hashed_without_being_kept(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 5000)
    raw = read_raw_files(list_inputs(str(tmp_path), "*.txt"), max_file_bytes=1000)
    assert raw["error_reason"].to_list() == ["too_large"]
    assert raw["content"].to_list() == [None]
    assert raw["sha256"].to_list() == [hashlib.sha256(b"x" * 5000).hexdigest()]


@pytest.mark.parametrize("pattern", ["*.txt", "sub/**/*.txt", "*"])
def test_a_local_folder_lists_as_fsspec_lists_it(tmp_path: Path, pattern: str) -> None:
    """Local folders are walked with os.scandir (fast); the rows are those of the
    generic fsspec listing that object stores go through."""
    from tasks.store.io import _listing

    _tree(tmp_path)
    (tmp_path / "sub" / "UPPER.TXT").write_text("u", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "dirlink").symlink_to(tmp_path / "sub")
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_bytes("نص".encode())
    loc = Location.of(str(tmp_path))
    generic = _listing(loc, loc.path, loc.fs.find(loc.path, detail=True), pattern)
    fast = list_inputs(str(tmp_path), pattern)
    assert fast.height >= 3
    assert fast.to_dicts() == generic.to_dicts()
