"""Quality gates for events at the level of events: the blind event-level gold of the
sample articles (and of 48 SaudiNewsNet articles, when the corpus is there), scored by
bench/events_eval.py. Floors sit just under the figures measured (BENCHMARKS.md), so a
change that loses events, merges the wrong mentions or breaks modality fails here."""

from __future__ import annotations

import pytest

from bench import events_gold, saudinewsnet
from bench.events_eval import EventScores, score
from bench.trigger_words import corpus_texts, trigger_words

# Measured 2026-12-08 (BENCHMARKS.md, "Events as events", fifth pass): samples P 0.846
# R 0.756 (status 0.960, date 0.909, B-cubed 0.840 / 0.784), SaudiNewsNet P 0.741 R 0.624
# (date 0.778).
SAMPLE_FLOORS = {
    "precision": 0.83,
    "recall": 0.74,
    "type": 0.95,
    "status": 0.94,
    "date": 0.89,
    "b_cubed": 0.80,
}
SAUDINEWSNET_FLOORS = {"precision": 0.72, "recall": 0.60, "type": 0.95, "status": 0.95, "date": 0.76}


def _figures(s: EventScores) -> dict[str, float]:
    bp, br = s.b_cubed
    return {
        "precision": s.precision,
        "recall": s.recall,
        "type": s.type.value,
        "status": s.status.value,
        "date": s.date.value,
        "b_cubed": 2 * bp * br / max(bp + br, 1e-9),
    }


def _check(s: EventScores, floors: dict[str, float]) -> None:
    figures = _figures(s)
    low = {k: round(figures[k], 3) for k, floor in floors.items() if figures[k] < floor}
    assert not low, (low, s.lines("scores"), s.notes[:40])


def test_the_sample_articles_give_the_gold_events() -> None:
    _check(score(events_gold.load(include_saudinewsnet=False))["samples"], SAMPLE_FLOORS)


@pytest.mark.skipif(not saudinewsnet.available(), reason="SaudiNewsNet not found (set SAUDINEWSNET_DIR)")
def test_news_in_another_house_style_gives_the_gold_events() -> None:
    _check(score(events_gold.load(include_saudinewsnet=True))["saudinewsnet"], SAUDINEWSNET_FLOORS)


@pytest.mark.skipif(not saudinewsnet.available(), reason="SaudiNewsNet not found (set SAUDINEWSNET_DIR)")
def test_over_a_whole_corpus_triggers_are_whole_words_in_their_sense() -> None:
    """The trigger lexicon over every word of SaudiNewsNet: print what each trigger takes
    (pytest -s), and check that the words of another sense seen there stay out."""
    found = trigger_words(corpus_texts())
    taken = {word for words in found.values() for word in words}
    print("\n".join(f"{stem}: {words.most_common(12)}" for stem, words in found.items()))
    # ministry, social, the telephone, data, paintings, research, student, exaggerated
    for word in [
        "وزاره",
        "الوزاره",
        "وزارات",
        "الاجتماعي",
        "الهاتف",
        "البيانات",
        "لوحات",
        "بحث",
        "طالب",
        "بالغت",
    ]:
        assert word not in taken, word
    # and the triggers still take their own words, with proclitics and endings
    for word in ["وزياره", "بزيارته", "والقمه", "سيلتقي", "الاتفاق", "واكدت", "للمفاوضات"]:
        assert word in taken, word
