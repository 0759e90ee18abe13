"""Shingles and MinHash: vectorised, deterministic, and faithful to their definitions."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from tasks.dedup.fingerprints import (
    jaccard,
    minhash,
    normalized_bodies,
    permutations,
    shingle_hashes,
    text_key,
)
from tasks.parse.paragraphs import split_paragraphs

TEXTS = [
    "قال وزير الخارجية الروسي سيرغي لافروف إن موقف روسيا لم يتغير",
    "قال وزير الخارجية الروسى سيرغى لافروف إن موقف روسيا لم يتغير أبداً",
    "",
    "كلمة",
    "جملة من كلمتين",
]


def _shingles(size: int = 2):  # type: ignore[no-untyped-def]
    return shingle_hashes(normalized_bodies(pl.Series(TEXTS)), size)


def test_shingle_counts_per_text() -> None:
    assert _shingles(2).counts.tolist() == [10, 11, 0, 1, 2]
    assert _shingles(3).counts.tolist() == [9, 10, 0, 1, 1]  # short texts are one shingle


def test_spelling_variants_share_shingles() -> None:
    s = _shingles(2)
    # the second text differs by ى/ي only in spelling, plus one added word
    assert jaccard(s.of(0), s.of(1)) == pytest.approx(10 / 11)


def test_hashes_are_pinned() -> None:
    """Stored fingerprints depend on these values: a change must be deliberate."""
    s = _shingles(2)
    assert int(s.of(3)[0]) == 2078015275078778149
    sig = minhash(s, 4)
    assert sig[0].tolist() == [336246465, 275226182, 63332844, 288266714]


def test_minhash_matches_the_definition() -> None:
    """The vectorised signature equals min over shingles of (a*x+b)>>32, computed naively."""
    s = _shingles(2)
    num_perm = 8
    a, b = permutations(num_perm)
    signatures = minhash(s, num_perm)
    for i in range(len(TEXTS)):
        values = s.of(i)
        if len(values) == 0:
            assert (signatures[i] == 0xFFFFFFFF).all()
            continue
        for k in range(num_perm):
            with np.errstate(over="ignore"):
                naive = min(int((np.uint64(v) * a[k] + b[k]) >> np.uint64(32)) for v in values)
            assert signatures[i, k] == naive


def test_minhash_estimates_jaccard() -> None:
    rng = np.random.default_rng(0)
    words = [f"w{i}" for i in range(400)]
    base = rng.choice(words, 300)
    other = base.copy()
    other[:90] = rng.choice(words, 90)
    texts = pl.Series([" ".join(base), " ".join(other)])
    s = shingle_hashes(normalized_bodies(texts), 2)
    sig = minhash(s, 256)
    estimate = float((sig[0] == sig[1]).mean())
    assert abs(estimate - jaccard(s.of(0), s.of(1))) < 0.08


def test_text_key_is_the_sequence_of_normalised_paragraphs() -> None:
    frame = pl.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "body": ["قال ترامب، إن\n\nالثانية", "قال  ترامب إن\n\nالثانية!", "الثانية\n\nقال ترامب إن"],
        }
    )
    hashes = split_paragraphs(frame).group_by("article_id", maintain_order=True).agg("paragraph_hash")
    keys = [text_key(h) for h in hashes["paragraph_hash"].to_list()]
    assert keys[0] == keys[1]  # spelling and punctuation do not count
    assert keys[0] != keys[2]  # the order of paragraphs does


def test_kept_shingle_sets_are_those_dedup_would_compute_from_the_bodies() -> None:
    from tasks.dedup.clusters import shingle_sets
    from tasks.dedup.fingerprints import body_shingles, shingle_frame, shingles_of

    articles = pl.DataFrame(
        {"article_id": ["a", "b", "c"], "body": ["قال الوزير إن الاجتماع مثمر", "", "نص"]}
    )
    kept = shingles_of(shingle_frame(articles["article_id"], body_shingles(articles, 2)))
    again = shingle_sets(articles["body"].to_list(), [0, 1, 2], 2)
    assert [k.tolist() for k in kept] == [again[i].tolist() for i in range(3)]
    assert [len(k) for k in kept] == [4, 0, 1]
