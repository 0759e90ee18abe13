"""Quality gates for quotes and dates: the sample articles against the expected items
in tests/gold/{quotes,dates}.json (written blind to the extractor). Events: test_event_quality."""

from __future__ import annotations

from bench.quotes_events_eval import score_samples

# Measured 2026-11-23 (BENCHMARKS.md): quotes F1 0.941 (speaker lenient 0.938), dates F1
# 0.944 with every matched value right.
FLOORS = {"quotes": 0.9, "dates": 0.9}


def test_the_sample_articles_give_the_expected_quotes_and_dates() -> None:
    scores = score_samples()
    f1 = {"quotes": scores.quotes.f1, "dates": scores.dates.f1}
    assert all(f1[k] >= floor for k, floor in FLOORS.items()), (f1, scores.notes)
    assert scores.speaker_lenient.value >= 0.88, scores.speaker_lenient
    assert scores.date_value.value >= 0.95, scores.date_value
    assert scores.quote_kind.value == 1.0
