"""An article's events as the pipeline finds them, for the event tests."""

from __future__ import annotations

import datetime as dt

import polars as pl

from tasks.dates.expressions import find_dates
from tasks.entities.extract import default_extractor, extract_entities
from tasks.events.events import ArticleEvents, Participant, find_events
from tasks.quotes.quotes import find_quotes


def found_events(text: str, published: dt.date | None) -> ArticleEvents:
    """Events of a text with its mentions, dates and quotes; every event and mention
    keeps its offsets (checked here, for every test that reads them)."""
    frame = extract_entities(pl.DataFrame({"article_id": ["a"], "body": [text]}), default_extractor())
    mentions = [
        Participant(*r)
        for r in frame.select("entity_id", "entity_type", "start", "end", "method").iter_rows()
    ]
    quotes = find_quotes(text, mentions)
    found = find_events(text, mentions, find_dates(text, published), published, quotes)
    for e in found.events:
        assert text[e.start : e.end] == e.evidence
        assert text[e.trigger_start : e.trigger_end] == e.trigger
        if e.date is not None:
            assert text[e.date.start : e.date.end] == e.date.text
    for m in found.mentions:
        assert text[m.trigger_start : m.trigger_end] == m.trigger
    return found
