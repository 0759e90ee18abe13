"""The row index: each file's rows as one run, read back by row ranges."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tasks.store.io import Location, link_or_copy, read_row_ranges
from tasks.store.row_index import RowOrderError, file_runs, merged_ranges, snapshot_index


def test_each_files_rows_are_one_run_of_the_part() -> None:
    keys = pl.Series(["x/1.txt"] * 3 + ["x/2.txt"])
    assert file_runs(keys).rows() == [("x/1.txt", 0, 3), ("x/2.txt", 3, 1)]


def test_rows_of_one_file_in_two_places_are_refused() -> None:
    with pytest.raises(RowOrderError):
        file_runs(pl.Series(["a", "b", "a"]))


def _index(table: str, source_paths: list[str]) -> pl.DataFrame:
    runs = file_runs(pl.Series(source_paths, dtype=pl.String))
    return runs.select(pl.lit(table).alias("table"), pl.all())


def test_a_snapshot_index_from_batch_indexes_is_the_index_of_the_concatenated_table() -> None:
    """Publishing concatenates each table's parts in batch order without reading them:
    the batches' own indexes, offset, must say what indexing the whole table would."""
    parts = {  # table -> each batch's part, as the source_path of each row
        "articles": [["a", "a", "b"], ["c"], ["d", "d"]],
        "mentions": [["a"] * 4, [], ["d"] * 3],
    }
    batches = [pl.concat([_index(t, rows[n]) for t, rows in parts.items()]) for n in range(3)]
    whole = pl.concat([_index(t, [p for part in rows for p in part]) for t, rows in parts.items()])
    assert snapshot_index(batches).rows() == whole.sort("source_path", "table").rows()
    assert ("mentions", "d", 4, 3) in whole.rows()


def test_ranges_are_read_across_row_groups_each_group_once(tmp_path: Path) -> None:
    frame = pl.DataFrame({"n": range(100), "s": [f"row {i}" for i in range(100)]})
    frame.write_parquet(tmp_path / "t.parquet", row_group_size=16)
    target = Location.of(str(tmp_path / "t.parquet"))
    got = read_row_ranges(target, merged_ranges([(5, 3), (8, 30), (90, 10)]), ["n"])
    assert got["n"].to_list() == [*range(5, 38), *range(90, 100)]
    assert read_row_ranges(target, [], ["n"]).columns == ["n"]
    assert read_row_ranges(target, [], ["n"]).height == 0


def test_a_linked_copy_has_the_same_bytes_and_survives_the_original(tmp_path: Path) -> None:
    source, copy = Location.of(str(tmp_path / "a.bin")), Location.of(str(tmp_path / "sub" / "b.bin"))
    (tmp_path / "a.bin").write_bytes(b"snapshot")
    link_or_copy(source, copy)
    (tmp_path / "a.bin").unlink()
    assert (tmp_path / "sub" / "b.bin").read_bytes() == b"snapshot"
