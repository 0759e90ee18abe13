"""A batch of real files through decode and parse, at the frame level."""

from __future__ import annotations

import datetime as dt

import polars as pl

from schemas import BOILERPLATE, FILES, REJECTS
from schemas.articles import PARSED_ARTICLES
from schemas.conform import conform
from tasks.parse.ingest import RAW_COLUMNS, ingest_files
from tests.conftest import SEED_FILES

MTIME = dt.datetime(2025, 10, 21, 12, 0, tzinfo=dt.UTC)


def _raw(items: list[tuple[str, bytes | None]]) -> pl.DataFrame:
    rows = [
        {
            "source_path": name,
            "size_bytes": len(data) if data is not None else 0,
            "modified_at": MTIME,
            "content": data,
            "error_reason": None if data is not None else "unreadable",
            "error_detail": None if data is not None else "PermissionError: denied",
        }
        for name, data in items
    ]
    return pl.DataFrame(rows, schema=RAW_COLUMNS, orient="row")


def _seeds() -> pl.DataFrame:
    return _raw([(p.name, p.read_bytes()) for p in SEED_FILES])


def test_seed_batch_rows_conform_to_their_schemas() -> None:
    batch = ingest_files(_seeds(), run_id="r1")
    for frame, spec in [
        (batch.files, FILES),
        (batch.articles, PARSED_ARTICLES),
        (batch.boilerplate, BOILERPLATE),
        (batch.rejects, REJECTS),
    ]:
        conform(frame, spec)
    assert batch.files["article_count"].to_list() == [1, 2, 2, 1, 2]
    assert batch.rejects.is_empty()


def test_article_ids_are_pinned() -> None:
    """Content-derived IDs of the sample articles: any change to ID derivation fails here."""
    articles = ingest_files(_seeds(), run_id="r1").articles
    assert articles.select("source_path", "position", "article_id").rows() == [
        ("000_bb62b95a6ccf1261.txt", 0, "00183e13a6d7baf1"),
        ("001_118605c9c8214d3a.txt", 0, "4027fee62c4b2570"),
        ("001_118605c9c8214d3a.txt", 1, "a6aa7858fc4ba68f"),
        ("002_3449c5c6f9ea3f3f.txt", 0, "8670c77bdf787202"),
        ("002_3449c5c6f9ea3f3f.txt", 1, "cd8ccf00657b7ab9"),
        ("003_41009dbad771d5ac.txt", 0, "ff9631b6937c522c"),
        ("004_66ca287a9a26f914.txt", 0, "0b3d56944c71d32d"),
        ("004_66ca287a9a26f914.txt", 1, "2e5be8a9c7551ffe"),
    ]


def test_embedded_articles_point_to_their_parent() -> None:
    articles = ingest_files(_seeds(), run_id="r1").articles
    main = articles.filter(pl.col("position") == 0).select("file_id", parent="article_id")
    embedded = articles.filter(pl.col("position") > 0).join(main, on="file_id")
    assert embedded.height == 3
    assert (embedded["parent_article_id"] == embedded["parent"]).all()
    assert articles.filter(pl.col("position") == 0)["parent_article_id"].null_count() == 5


def test_bad_files_are_rejected_and_still_listed() -> None:
    raw = _raw(
        [
            ("empty.txt", b""),
            ("gone.txt", None),
            ("binary.txt", b"\x00\x01\x02\x03" * 100),
            ("furniture.txt", "إقرأ أيضاً:\nشارك\nLeave a Reply\n".encode()),
            ("ok.txt", "عنوان\nنص الخبر الكامل هنا.".encode("cp1256")),
        ]
    )
    batch = ingest_files(raw, run_id="r9")
    assert batch.files.select("source_path", "status", "encoding").rows() == [
        ("empty.txt", "rejected", None),
        ("gone.txt", "rejected", None),
        ("binary.txt", "rejected", None),
        ("furniture.txt", "rejected", "utf-8"),
        ("ok.txt", "parsed", "cp1256"),
    ]
    assert batch.rejects.select("source_path", "reason").rows() == [
        ("empty.txt", "empty"),
        ("gone.txt", "unreadable"),
        ("binary.txt", "binary"),
        ("furniture.txt", "no_content"),
    ]
    assert batch.rejects["detail"][1] == "PermissionError: denied"
    assert set(batch.rejects["run_id"]) == {"r9"}
    # the furniture-only file's lines are still accounted for, attached to no article
    assert batch.boilerplate.filter(pl.col("source_path") == "furniture.txt")["article_id"].null_count() == 3
    assert batch.articles["source_path"].to_list() == ["ok.txt"]
