"""The batch transform: quotes, events, event mentions and dates tables of a frame of
articles."""

from __future__ import annotations

import datetime as dt

import polars as pl

from schemas.conform import conform
from schemas.dates import DATES
from schemas.events import EVENT_MENTIONS, EVENTS
from schemas.quotes import QUOTES
from tasks.enrich import extract_quotes_events
from tasks.entities.extract import default_extractor, extract_entities

BODY = (
    "وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين أمس: “نحن متمسكون تمامًا بهذه الصيغة”.\n"
    "وبحث لافروف ونظيره الأميركي ماركو روبيو هاتفياً، أمس، الترتيبات الخاصة بالقمة المرتقبة في بودابست."
)


def _found() -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    articles = pl.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "body": [BODY, "نص بلا اقتباس"],
            "published_date": [dt.date(2025, 10, 21), None],
        }
    )
    mentions = extract_entities(articles, default_extractor())
    found = extract_quotes_events(articles, mentions)
    return found.quotes, found.events, found.event_mentions, found.dates


def test_rows_conform_to_the_table_schemas() -> None:
    quotes, events, event_mentions, dates = _found()
    for frame, spec in (
        (quotes, QUOTES),
        (events, EVENTS.part),
        (event_mentions, EVENT_MENTIONS),
        (dates, DATES),
    ):
        assert conform(frame, spec).schema.equals(spec.schema)


def test_quotes_events_and_dates_of_an_article() -> None:
    quotes, events, event_mentions, dates = _found()
    assert quotes.select("kind", "text", "speaker", "speaker_entity_id", "cue", "attribution").rows() == [
        (
            "direct",
            "نحن متمسكون تمامًا بهذه الصيغة",
            "وزير الخارجية الروسي سيرغي لافروف",
            "per:sergey-lavrov",
            "وقال",
            "explicit",
        )
    ]
    assert events.select("event_type", "trigger", "status", "event_date", "location_entity_id").rows() == [
        ("statement", "وقال", "occurred", dt.date(2025, 10, 20), None),
        ("phone_call", "هاتفياً", "occurred", dt.date(2025, 10, 20), None),
        # the planned summit is not dated by yesterday's call
        ("summit", "القمة", "planned", None, "gpe:budapest"),
    ]
    assert events["participants"].to_list()[:2] == [
        ["per:sergey-lavrov"],
        ["per:sergey-lavrov", "per:marco-rubio"],
    ]
    # the statement is the quote's occasion; each event is named once here
    assert events["quote_ids"].to_list()[0] == quotes["quote_id"].to_list()
    assert events["mention_count"].to_list() == [1, 1, 1]
    assert event_mentions["event_id"].to_list() == events["event_id"].to_list()
    assert event_mentions["modality"].to_list() == ["asserted"] * 3
    assert event_mentions["quote_id"].to_list() == [quotes["quote_id"][0], None, None]
    assert dates.select("text", "value", "anchor").rows() == [
        ("أمس", "2025-10-20", "publication"),
        ("أمس", "2025-10-20", "publication"),
    ]


def test_ids_are_stable_golden_values() -> None:
    quotes, events, event_mentions, _ = _found()
    # derived from the article ID, kind or type, and offsets: the same in every run
    assert quotes["quote_id"].to_list() == ["709bfb3ab3f5e810"]
    assert events["event_id"].to_list() == ["ae146870a5560744", "b4b0e5a2c4494e07", "d5b081243d88ee61"]
    assert event_mentions["mention_id"].to_list() == [
        "d041dcd7a30b6f2b",
        "1f1a670141bb8bfb",
        "a920546954259bbc",
    ]
