"""Deduplication on real sample articles and copies made from them."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from tasks.dedup.clusters import (
    DedupParams,
    DedupResult,
    candidate_pairs,
    dedup_articles,
    lsh_shape,
    rows_with_paragraphs,
    with_clusters,
    with_paragraph_stories,
)
from tasks.dedup.fingerprints import fingerprint_articles
from tasks.parse.articles import PARAGRAPH_SEP, parse_text
from tasks.parse.paragraphs import split_paragraphs
from tests.conftest import SEED_FILES

D0 = dt.date(2025, 10, 21)


def _seed_articles() -> dict[str, list[str]]:
    """Paragraphs of each sample article, keyed "000.0", "001.1", ..."""
    out = {}
    for path in SEED_FILES:
        for art in parse_text(path.read_text(encoding="utf-8")).articles:
            out[f"{path.name[:3]}.{art.position}"] = art.paragraphs
    return out


SEEDS = _seed_articles()


def _frame(docs: list[tuple[str, list[str], dt.date | None]]) -> pl.DataFrame:
    bodies = [PARAGRAPH_SEP.join(p) for _, p, _ in docs]
    return pl.DataFrame(
        {
            "article_id": [d[0] for d in docs],
            "body": bodies,
            "published_date": [d[2] for d in docs],
            "char_count": [len(b) for b in bodies],
        },
        schema_overrides={"published_date": pl.Date, "char_count": pl.Int32},
    )


def _run(docs: list[tuple[str, list[str], dt.date | None]], **params: object) -> DedupResult:
    return dedup_articles(_frame(docs), DedupParams(**params))  # type: ignore[arg-type]


def _clusters(result: DedupResult) -> dict[str, str]:
    return dict(result.assignments.select("article_id", "cluster_id").iter_rows())


def _method(result: DedupResult, article_id: str) -> str:
    return str(result.duplicates.filter(pl.col("article_id") == article_id)["method"].item())


def test_the_sample_articles_are_all_different_stories() -> None:
    """000 and 004 report the same cancelled summit on the same day: a hard negative."""
    result = _run([(k, p, D0) for k, p in SEEDS.items()])
    assert result.duplicates.is_empty()
    assert result.assignments["is_canonical"].all()


def test_exact_copy_with_other_spelling_and_punctuation() -> None:
    original = SEEDS["004.0"]
    copy = [p.replace("ي ", "ى ").replace("،", ",").replace("أ", "ا") for p in original]
    result = _run([("a", original, D0), ("b", copy, D0)])
    assert _clusters(result) == {"a": "a", "b": "a"}
    row = result.duplicates.row(0, named=True)
    assert (row["method"], row["similarity"], row["direct"]) == ("exact", 1.0, True)


def test_edited_republication_is_a_near_duplicate() -> None:
    original = SEEDS["001.0"]
    edited = [*original[1:], "تابعونا على تويتر للمزيد من الأخبار العاجلة"]  # lead dropped, footer added
    edited[3] = edited[3].replace("روسيا", "موسكو").replace("الرئيس", "الزعيم")
    result = _run([("a", original, D0), ("b", edited, D0 + dt.timedelta(days=1))])
    assert _clusters(result)["b"] == "a"  # the earlier one is canonical
    assert _method(result, "b") == "near"
    assert result.duplicates["similarity"].item() >= 0.4


def test_shortened_copy_is_contained() -> None:
    original = SEEDS["002.0"]
    result = _run([("long", original, D0), ("short", original[:6], D0)])
    assert _clusters(result)["short"] == "long"
    assert _method(result, "short") == "contained"
    assert result.duplicates["containment"].item() == pytest.approx(1.0)


def test_embedded_read_also_article_matches_its_own_page() -> None:
    """004's embedded article also published on its own page, with its own footer."""
    page = [*SEEDS["004.1"], "المصدر: سكاي نيوز عربية"]
    result = _run([("embedded", SEEDS["004.1"], None), ("page", page, D0)])
    assert _clusters(result)["embedded"] == _clusters(result)["page"]


def test_canonical_is_earliest_published_else_longest() -> None:
    base = SEEDS["003.0"]
    late_long = [*base, "فقرة إضافية طويلة بما يكفي لتجعل هذه النسخة الأطول بين النسخ كلها."]
    result = _run([("late_long", late_long, D0 + dt.timedelta(days=2)), ("early", base, D0)])
    assert _clusters(result) == {"late_long": "early", "early": "early"}
    undated = _run([("short", base, None), ("long", late_long, None)])
    assert _clusters(undated) == {"short": "long", "long": "long"}


def test_copies_days_apart_are_different_stories_unless_identical() -> None:
    base = SEEDS["001.0"]
    edited = [p.replace("روسيا", "موسكو") for p in base]
    day = [D0 + dt.timedelta(days=d) for d in (0, 10, 20)]
    # identical texts are one story whatever their dates; an edit 10 days after every
    # copy is another story (a recurring report), one on a day a copy ran is not
    result = _run([("a", base, day[0]), ("copy", base, day[1]), ("edited", edited, day[2])])
    assert _clusters(result) == {"a": "a", "copy": "a", "edited": "edited"}
    result = _run([("a", base, day[0]), ("copy", base, day[1]), ("edited", edited, day[1])])
    assert _clusters(result) == {"a": "a", "copy": "a", "edited": "a"}
    no_limit = _run([("a", base, day[0]), ("edited", edited, day[2])], max_days_apart=0)
    assert _clusters(no_limit)["edited"] == "a"


def test_identical_texts_share_a_cluster_in_any_order() -> None:
    """A (day 0), B near A (day 0), B2 identical to B (day 10): B and B2 stay together."""
    a = SEEDS["001.0"]
    b = [p.replace("روسيا", "موسكو") for p in a]
    docs = [("A", a, D0), ("B", b, D0), ("B2", b, D0 + dt.timedelta(days=10))]
    for order in (docs, docs[::-1], [docs[2], docs[0], docs[1]]):
        clusters = _clusters(_run(order))
        assert clusters["B"] == clusters["B2"], order


def test_trivial_bodies_are_never_exact_copies() -> None:
    docs = [("e1", [""], D0), ("e2", ["   "], D0), ("c1", ["كاريكاتير"], D0), ("c2", ["كاريكاتير."], D0)]
    assert set(_clusters(_run(docs)).values()) == {"e1", "e2", "c1", "c2"}


def test_a_shared_footer_does_not_make_short_stories_duplicates() -> None:
    footer = (
        "للاشتراك في خدمة الأخبار العاجلة على هاتفك المحمول أرسل رسالة نصية قصيرة إلى الرقم "
        "المخصص لذلك واحصل على آخر الأخبار المحلية والعالمية فور وقوعها من مراسلينا في كل مكان"
    )
    briefs = [p[:2] for p in SEEDS.values()]  # two paragraphs of each sample article
    docs = [(f"s{i}", [*b, footer], D0 + dt.timedelta(days=3 * i)) for i, b in enumerate(briefs * 3)]
    result = _run(docs)
    # each brief appears 3 times (identical): 8 stories, not one cluster around the footer
    assert len(set(_clusters(result).values())) == len(briefs)


def test_a_roundup_of_two_stories_absorbs_neither() -> None:
    brief_a, brief_b = SEEDS["000.0"][:6], SEEDS["004.1"][:5]
    roundup = [*brief_a, *brief_b]
    result = _run([("a", brief_a, D0), ("b", brief_b, D0), ("roundup", roundup, D0)])
    assert len(set(_clusters(result).values())) == 3


def test_a_single_contained_story_does_join_its_container() -> None:
    brief = SEEDS["000.0"][:6]
    longer = [*brief, *SEEDS["000.0"][6:12]]
    result = _run([("brief", brief, D0), ("longer", longer, D0)])
    assert _clusters(result)["brief"] == "longer"


def test_paragraphs_repeated_across_stories_are_boilerplate() -> None:
    footer = "للاشتراك في خدمة الأخبار العاجلة أرسل رسالة نصية إلى الرقم المخصص لذلك"
    docs = [(k, [*p, footer], D0) for k, p in SEEDS.items()]
    result = _run(docs)
    stories = result.paragraph_stories
    assert stories.filter(pl.col("is_boilerplate")).height == 1
    assert stories.filter(pl.col("is_boilerplate"))["story_count"].item() == len(SEEDS)
    # the shared footer made no duplicates: it is one short paragraph among many
    assert result.duplicates.is_empty()
    flagged = with_paragraph_stories(split_paragraphs(_frame(docs)), stories)
    assert flagged.filter(pl.col("is_boilerplate"))["text"].unique().to_list() == [footer]
    assert flagged.filter(~pl.col("is_boilerplate"))["story_count"].unique().to_list() == [1]


def test_no_article_is_lost_or_merged_with_itself() -> None:
    docs = [(k, p, D0) for k, p in SEEDS.items()]
    docs += [(f"{k}-copy", p, D0) for k, p in list(SEEDS.items())[:4]]
    docs += [(f"{k}-short", p[:5], D0) for k, p in list(SEEDS.items())[4:]]
    result = _run(docs)
    ids = [d[0] for d in docs]
    assert sorted(result.assignments["article_id"]) == sorted(ids)
    assert (result.duplicates["article_id"] != result.duplicates["duplicate_of"]).all()
    assert result.duplicates["article_id"].is_unique().all()
    canonical = set(result.assignments.filter(pl.col("is_canonical"))["article_id"])
    assert set(result.assignments["cluster_id"]) == canonical
    assert set(result.duplicates["duplicate_of"]) <= canonical
    sizes = result.assignments.group_by("cluster_id").len()
    assert dict(sizes.iter_rows()) == dict(
        result.assignments.select("cluster_id", "cluster_size").unique().iter_rows()
    )
    fingerprints = fingerprint_articles(
        _frame(docs), split_paragraphs(_frame(docs)), shingle_size=2, num_perm=128
    )
    pairs = candidate_pairs(fingerprints, DedupParams())
    assert (pairs["left"] < pairs["right"]).all()


def test_dedup_is_deterministic_and_idempotent() -> None:
    docs = [(k, p, D0) for k, p in SEEDS.items()] + [("copy", SEEDS["002.1"], D0)]
    first, second = _run(docs), _run(list(reversed(docs)))
    assert _clusters(first) == _clusters(second)
    canonical_only = [d for d in docs if d[0] in set(first.assignments.filter("is_canonical")["article_id"])]
    again = _run(canonical_only)
    assert again.duplicates.is_empty()


def test_cluster_columns_attach_to_every_article() -> None:
    docs = [(k, p, D0) for k, p in SEEDS.items()] + [("copy", SEEDS["001.0"], D0)]
    frame = _frame(docs)
    joined = with_clusters(frame, _run(docs).assignments)
    assert joined.height == frame.height
    assert joined["cluster_id"].null_count() == 0
    assert joined.filter(pl.col("article_id") == "copy")["is_canonical"].item() is False


def test_lsh_shape_puts_the_s_curve_at_the_threshold() -> None:
    for threshold in (0.3, 0.4, 0.5, 0.7):
        bands, rows = lsh_shape(threshold, 128)
        assert bands * rows <= 128
        assert abs((1 / bands) ** (1 / rows) - threshold) < 0.12


def test_sharing_one_paragraph_makes_no_candidate_but_a_shortened_copy_does() -> None:
    """Quoting the same statement is common and makes no pair to verify; a copy that is
    mostly the other's paragraphs, or a near copy, does."""
    a, b = SEEDS["000.0"], SEEDS["004.0"]
    quote = max(a, key=len)  # one long paragraph both print
    docs = [
        ("a", a, D0),
        ("b-quotes-a", [*b, quote], D0),
        ("a-short", a[:3], D0),
        ("a-edited", [*a[:-1], "فقرة جديدة أضيفت في آخر الخبر المعدل عند نشره مرة أخرى في موقع آخر"], D0),
    ]
    frame = _frame(docs)
    fingerprints = fingerprint_articles(frame, split_paragraphs(frame), shingle_size=2, num_perm=128)
    ids = fingerprints["article_id"].to_list()
    found = candidate_pairs(fingerprints, DedupParams()).rows()
    pairs = {frozenset((ids[left], ids[right])) for left, right in found}
    assert frozenset(("a", "b-quotes-a")) not in pairs
    assert frozenset(("a", "a-short")) in pairs
    assert frozenset(("a", "a-edited")) in pairs


def test_rows_with_furniture_are_found_for_reshingling() -> None:
    docs = [("a", ["فقرة أولى من الخبر", "تابعونا على تويتر"], D0), ("b", ["خبر آخر تماما"], D0)]
    frame = _frame(docs)
    paragraphs = split_paragraphs(frame)
    fingerprints = fingerprint_articles(frame, paragraphs, shingle_size=2, num_perm=128)
    footer = paragraphs.filter(pl.col("text") == "تابعونا على تويتر")["paragraph_hash"].item()
    assert rows_with_paragraphs(fingerprints, [0, 1], frozenset([footer])) == [0]
    assert rows_with_paragraphs(fingerprints, [1], frozenset([footer])) == []
