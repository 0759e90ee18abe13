"""Quality gates for quotes, events and dates: the sample articles against the
expected items in tests/gold/{quotes,events,dates}.json (written blind to the extractor)."""

from __future__ import annotations

from bench.quotes_events_eval import score_samples

# Measured 2026-11-23 (BENCHMARKS.md): quotes F1 0.941 (speaker lenient 0.938), events
# F1 0.851 (status 0.946, date 0.919, location 0.757, participants F1 0.520), dates F1
# 0.944 with every matched value right.
FLOORS = {"quotes": 0.9, "events": 0.8, "dates": 0.9}


def test_the_sample_articles_give_the_expected_quotes_events_and_dates() -> None:
    scores = score_samples()
    f1 = {"quotes": scores.quotes.f1, "events": scores.events.f1, "dates": scores.dates.f1}
    assert all(f1[k] >= floor for k, floor in FLOORS.items()), (f1, scores.notes)
    assert scores.speaker_lenient.value >= 0.88, scores.speaker_lenient
    assert scores.status.value >= 0.9, scores.status
    assert scores.event_date.value >= 0.85, scores.event_date
    assert scores.date_value.value >= 0.95, scores.date_value
    assert scores.quote_kind.value == 1.0
