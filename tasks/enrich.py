"""Quotes, events and date expressions of a batch of articles: three table parts.

One pass per article computes its date expressions once and gives them to the
event finder; quotes and events both read the article's entity mentions (the
mentions table part of the same batch), so speakers and participants are the
same entity IDs as everywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import polars as pl

from schemas.conform import polars_schema
from schemas.dates import DATES
from schemas.events import EVENTS
from schemas.quotes import QUOTES
from tasks.dates.expressions import find_dates
from tasks.events.events import find_events
from tasks.ids import stable_id
from tasks.quotes.quotes import find_quotes
from tasks.text.match_text import MatchText
from tasks.text.sentences import TextIndex


@dataclass(frozen=True)
class QuotesEvents:
    quotes: pl.DataFrame
    events: pl.DataFrame
    dates: pl.DataFrame


class _Mention(NamedTuple):
    """A row of the mentions table, as the quote and the event finders read it (a tuple,
    not a Participant and an EntitySpan each: a batch has tens of thousands)."""

    entity_id: str
    entity_type: str
    start: int
    end: int
    method: str


def _mentions_by_article(mentions: pl.DataFrame) -> dict[str, list[_Mention]]:
    by_article: dict[str, list[_Mention]] = {}
    rows = mentions.select("entity_id", "entity_type", "start", "end", "method").iter_rows()
    for aid, row in zip(mentions["article_id"].to_list(), rows, strict=True):
        by_article.setdefault(aid, []).append(_Mention._make(row))
    return by_article


def extract_quotes_events(
    articles: pl.DataFrame, mentions: pl.DataFrame, texts: Sequence[MatchText | None] | None = None
) -> QuotesEvents:
    """Rows of the quotes, events and dates tables for articles (article_id, body,
    published_date), given their mentions; in article order, then by offset.
    ``texts``: each body's match_text(), when the caller has made them."""
    by_article = _mentions_by_article(mentions)
    prepared = texts if texts is not None else [None] * articles.height
    quotes: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    dates: list[tuple[Any, ...]] = []
    rows = articles.select("article_id", "body", "published_date").iter_rows()
    for (aid, body, published), mt in zip(rows, prepared, strict=True):
        entities = by_article.get(aid, [])
        index = TextIndex(body, mt)
        found_dates = find_dates(body, published, index=index)
        dates.extend(
            (aid, d.start, d.end, d.text, d.kind, d.calendar, d.value, d.date, d.precision, d.anchor)
            for d in found_dates
        )
        quotes.extend(
            (
                stable_id("quote", aid, q.kind, str(q.start), str(q.end)),
                aid,
                q.kind,
                q.text,
                q.start,
                q.end,
                q.speaker,
                q.speaker_start,
                q.speaker_end,
                q.speaker_entity_id,
                q.cue,
                q.attribution,
                q.confidence,
            )
            for q in find_quotes(body, entities, index=index)
        )
        for e in find_events(body, entities, found_dates, published, index=index):
            d = e.date
            events.append(
                (
                    stable_id("event", aid, e.event_type, str(e.trigger_start)),
                    aid,
                    e.event_type,
                    e.cameo_root,
                    e.trigger,
                    e.trigger_start,
                    e.trigger_end,
                    e.evidence,
                    e.start,
                    e.end,
                    d.date if d else None,
                    d.precision if d else None,
                    d.text if d else None,
                    d.start if d else None,
                    d.end if d else None,
                    e.location_entity_id,
                    list(e.participants),
                    e.status,
                    e.confidence,
                )
            )
    return QuotesEvents(
        quotes=pl.DataFrame(quotes, schema=polars_schema(QUOTES), orient="row"),
        events=pl.DataFrame(events, schema=polars_schema(EVENTS), orient="row"),
        dates=pl.DataFrame(dates, schema=polars_schema(DATES), orient="row"),
    )
