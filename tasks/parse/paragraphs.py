"""Paragraphs of article bodies, with offsets and a normalised-text hash.

One function serves the paragraphs table and the dedup fingerprints, so that a
paragraph's hash is the same wherever it is compared.
"""

from __future__ import annotations

import polars as pl

from tasks.parse.articles import PARAGRAPH_SEP
from tasks.text.normalize import normalize_many

_HASH_SEED = 0xA11CE


def paragraph_keys(texts: list[str]) -> tuple[pl.Series, pl.Series]:
    """Normalised-text hash (Int64) and word count of each paragraph."""
    normalized = pl.Series(normalize_many(texts), dtype=pl.String)
    return (
        normalized.hash(seed=_HASH_SEED).reinterpret(signed=True),
        normalized.str.count_matches(r"\S+").cast(pl.Int32),
    )


def without_paragraphs(bodies: list[str], drop: frozenset[int]) -> list[str]:
    r"""The bodies minus their paragraphs whose hash is in ``drop`` (furniture), hashed
    all in one call.

    >>> footer = paragraph_keys(["تابعونا على تويتر"])[0][0]
    >>> without_paragraphs(["خبر أول\n\nتابعونا على تويتر", "خبر ثان"], frozenset([footer]))
    ['خبر أول', 'خبر ثان']
    """
    if not drop:
        return bodies
    split = [body.split(PARAGRAPH_SEP) for body in bodies]
    hashes = iter(paragraph_keys([p for paragraphs in split for p in paragraphs])[0].to_list())
    return [PARAGRAPH_SEP.join(p for p in paragraphs if next(hashes) not in drop) for paragraphs in split]


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
    hashes, words = paragraph_keys(exploded["text"].to_list())
    return exploded.select(
        "article_id",
        position=pl.col("position").cast(pl.Int32),
        start=pl.col("start").cast(pl.Int32),
        end=(pl.col("start") + pl.col("length")).cast(pl.Int32),
        text="text",
        word_count=words,
        paragraph_hash=hashes,
    )
