"""The table contracts: pinned shapes, strict casting, lossless Parquet round trips."""

from __future__ import annotations

import json
import os
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import REJECTS, STATE, TABLES
from schemas.conform import SchemaMismatchError, conform, frame_of, schema_diff
from tasks.store.io import Location, write_table

GOLDEN = Path(__file__).with_name("golden_schemas.json")


def _shape() -> dict[str, dict[str, dict[str, object]]]:
    """Every table's columns; the working and state files under "state/<name>"."""
    specs = {**TABLES, **{f"state/{name}": spec for name, spec in STATE.items()}}
    return {
        name: {f.name: {"type": str(f.type), "nullable": f.nullable} for f in spec.schema}
        for name, spec in specs.items()
    }


def test_table_shapes_match_the_golden_file() -> None:
    """Columns are a contract with analysts: a change must be deliberate.

    To accept one, run with UPDATE_GOLDEN=1 and commit the file with the change.
    """
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(_shape(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    drift = {
        table: {
            col: f"{golden[table].get(col)} -> {now.get(col)}"
            for col in {*golden.get(table, {}), *now}
            if golden.get(table, {}).get(col) != now.get(col)
        }
        for table, now in _shape().items()
    }
    drift = {t: d for t, d in drift.items() if d} | {t: "table removed" for t in golden if t not in _shape()}
    assert not drift, f"schema drift: {drift}"


def test_contract_columns_named_in_the_issue_exist() -> None:
    required = {
        "files": "file_id source_path sha256 size_bytes modified_at encoding status article_count",
        "articles": "article_id file_id source_path position parent_article_id title title_is_guess "
        "published_date source keywords body char_count word_count content_hash",
        "rejects": "source_path reason detail run_id",
        "runs": "run_id flow_run_id started_at finished_at parameters row_counts code_version",
    }
    for table, columns in required.items():
        missing = set(columns.split()) - set(TABLES[table].schema.names)
        assert not missing, (table, missing)


def _rejects(**overrides: object) -> pl.DataFrame:
    row = {
        "source_path": "a.txt",
        "file_id": "f",
        "reason": "empty",
        "detail": "d",
        "size_bytes": 1,
        "run_id": "r",
    }
    return pl.DataFrame([row | overrides])


def test_conform_reorders_and_casts() -> None:
    frame = _rejects().select(["run_id", "size_bytes", "detail", "reason", "file_id", "source_path"])
    table = conform(frame, REJECTS)
    assert table.schema.equals(REJECTS.schema, check_metadata=True)


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (_rejects().drop("detail"), "missing=\\['detail'\\]"),
        (_rejects().with_columns(extra=pl.lit(1)), "extra=\\['extra'\\]"),
        (_rejects(reason=None), "rejects.reason: 1 null"),
        (_rejects(size_bytes="many"), "rejects.size_bytes: cannot cast"),
    ],
    ids=["missing", "extra", "null", "bad-cast"],
)
def test_conform_refuses_what_does_not_fit(frame: pl.DataFrame, message: str) -> None:
    with pytest.raises(SchemaMismatchError, match=message):
        conform(frame, REJECTS)


def test_schema_diff_names_each_difference() -> None:
    actual = conform(_rejects(), REJECTS).schema.remove(0)
    assert schema_diff(actual, REJECTS.schema) == {"source_path": {"column": "missing"}}


def test_empty_frames_have_the_table_dtypes() -> None:
    for spec in TABLES.values():
        assert conform(frame_of([], spec), spec).num_rows == 0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_survives_a_parquet_round_trip(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    frame = pl.concat([_rejects(detail=t, source_path=f"{i}") for i, t in enumerate(texts)])
    target = Location.of(str(tmp_path_factory.mktemp("rt") / "rejects.parquet"))
    write_table(frame, REJECTS, target, run_id="r")
    back = pq.read_table(target.path)
    assert back.column("detail").to_pylist() == texts
    assert back.schema.equals(REJECTS.schema, check_metadata=False)
