"""Paragraphs of article bodies, with offsets and a normalised-text hash.

One function serves the paragraphs table and the dedup fingerprints, so that a
paragraph's hash is the same wherever it is compared.
"""

from __future__ import annotations

import polars as pl

from tasks.normalize import normalize_arabic
from tasks.parse import PARAGRAPH_SEP

_HASH_SEED = 0xA11CE

PARAGRAPH_COLUMNS = pl.Schema(
    {
        "article_id": pl.String(),
        "position": pl.Int32(),
        "start": pl.Int32(),
        "end": pl.Int32(),
        "text": pl.String(),
        "word_count": pl.Int32(),
        "paragraph_hash": pl.Int64(),
    }
)


def split_paragraphs(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per paragraph: ``body[start:end] == text``; hash of its normalised text.

    >>> frame = pl.DataFrame({"article_id": ["a"], "body": ["أول فقرة\\n\\nالثانية"]})
    >>> split_paragraphs(frame).select("position", "start", "end", "text").rows()
    [(0, 0, 8, 'أول فقرة'), (1, 10, 17, 'الثانية')]
    """
    exploded = (
        articles.select("article_id", text=pl.col("body").str.split(PARAGRAPH_SEP))
        .with_columns(position=pl.int_ranges(pl.col("text").list.len()))
        .explode(["text", "position"])
        .drop_nulls("text")
    )
    lengths = exploded["text"].str.len_chars()
    exploded = exploded.with_columns(length=lengths.cast(pl.Int32)).with_columns(
        start=(pl.col("length") + len(PARAGRAPH_SEP)).cum_sum().over("article_id")
        - pl.col("length")
        - len(PARAGRAPH_SEP)
    )
    normalized = pl.Series([normalize_arabic(t) for t in exploded["text"].to_list()], dtype=pl.String)
    return exploded.select(
        "article_id",
        position=pl.col("position").cast(pl.Int32),
        start=pl.col("start").cast(pl.Int32),
        end=(pl.col("start") + pl.col("length")).cast(pl.Int32),
        text="text",
        word_count=normalized.str.count_matches(r"\S+").cast(pl.Int32),
        paragraph_hash=normalized.hash(seed=_HASH_SEED).reinterpret(signed=True),
    )
