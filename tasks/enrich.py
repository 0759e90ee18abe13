"""Quotes, events, event mentions and date expressions of a batch of articles: four
table parts.

One pass per article computes its date expressions and its quotes once and gives
them to the event finder (statements are made of quotes); quotes and events both
read the article's entity mentions (the mentions table part of the same batch),
so speakers and participants are the same entity IDs as everywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import polars as pl

from schemas.conform import frame_of_tuples
from schemas.dates import DATES
from schemas.events import EVENT_MENTIONS, EVENTS
from schemas.quotes import QUOTES
from tasks.dates.expressions import DateExpression, find_dates
from tasks.events.events import ArticleEvents, find_events
from tasks.ids import stable_id
from tasks.quotes.quotes import Quote, find_quotes
from tasks.text.match_text import MatchText
from tasks.text.sentences import TextIndex


@dataclass(frozen=True)
class QuotesEvents:
    quotes: pl.DataFrame
    events: pl.DataFrame  # without story_event_id: publish adds it, over the corpus
    event_mentions: pl.DataFrame
    dates: pl.DataFrame


class _Mention(NamedTuple):
    """A row of the mentions table, as the quote and the event finders read it (a tuple,
    not a Participant and an EntitySpan each: a batch has tens of thousands, and the
    garbage collector stops tracking a tuple of strings and numbers)."""

    entity_id: str
    entity_type: str
    start: int
    end: int
    method: str


def _mentions_by_article(mentions: pl.DataFrame) -> dict[str, list[_Mention]]:
    by_article: dict[str, list[_Mention]] = {}
    names = ("entity_id", "entity_type", "start", "end", "method")
    rows = zip(*(mentions[name].to_list() for name in names), strict=True)
    make = tuple.__new__  # what _Mention._make does, without its Python-level call
    for aid, row in zip(mentions["article_id"].to_list(), rows, strict=True):
        by_article.setdefault(aid, []).append(make(_Mention, row))
    return by_article


def _quote_row(aid: str, q: Quote, qid: str) -> tuple[Any, ...]:
    return (
        qid,
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


def quote_id(aid: str, q: Quote) -> str:
    return stable_id("quote", aid, q.kind, str(q.start), str(q.end))


def _date_columns(d: DateExpression | None) -> tuple[Any, ...]:
    return (d.date, d.precision) if d is not None else (None, None)


def _event_rows(aid: str, found: ArticleEvents, quote_ids: list[str]) -> tuple[list[tuple[Any, ...]], ...]:
    events: list[tuple[Any, ...]] = []
    ids = []
    for e in found.events:
        first = found.mentions[e.mentions[0]].trigger_start if e.mentions else e.trigger_start
        event_id = stable_id("event", aid, str(first), e.event_type)
        ids.append(event_id)
        d = e.date
        events.append(
            (
                event_id,
                aid,
                e.event_type,
                e.cameo_root,
                e.cameo_code,
                e.trigger,
                e.trigger_start,
                e.trigger_end,
                e.evidence,
                e.start,
                e.end,
                *_date_columns(d),
                d.text if d else None,
                d.start if d else None,
                d.end if d else None,
                e.location_entity_id,
                e.participants,  # tuples, not lists: the garbage collector skips them
                e.status,
                e.confidence,
                e.mention_count,
                tuple(quote_ids[i] for i in e.quotes),
            )
        )
    mentions = [
        (
            stable_id("event_mention", aid, m.event_type, str(m.trigger_start)),
            ids[n] if n is not None else None,
            aid,
            m.event_type,
            m.trigger,
            m.trigger_start,
            m.trigger_end,
            m.start,
            m.end,
            m.modality,
            m.status,
            *_date_columns(m.date),
            m.location_entity_id,
            m.participants,
            quote_ids[m.quote_index] if m.quote_index is not None else None,
        )
        for m, n in zip(found.mentions, found.event_of, strict=True)
    ]
    return events, mentions


def extract_quotes_events(
    articles: pl.DataFrame, mentions: pl.DataFrame, texts: Sequence[MatchText | None] | None = None
) -> QuotesEvents:
    """Rows of the quotes, events, event mentions and dates tables for articles
    (article_id, body, published_date), given their mentions; in article order, then
    by offset. ``texts``: each body's match_text(), when the caller has made them."""
    by_article = _mentions_by_article(mentions)
    prepared = texts if texts is not None else [None] * articles.height
    quotes: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    event_mentions: list[tuple[Any, ...]] = []
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
        found_quotes = find_quotes(body, entities, index=index)
        quote_ids = [quote_id(aid, q) for q in found_quotes]
        quotes.extend(_quote_row(aid, q, qid) for q, qid in zip(found_quotes, quote_ids, strict=True))
        found = find_events(body, entities, found_dates, published, found_quotes, index=index)
        more_events, more_mentions = _event_rows(aid, found, quote_ids)
        events.extend(more_events)
        event_mentions.extend(more_mentions)
    return QuotesEvents(
        quotes=frame_of_tuples(quotes, QUOTES),
        events=frame_of_tuples(events, EVENTS.part),
        event_mentions=frame_of_tuples(event_mentions, EVENT_MENTIONS),
        dates=frame_of_tuples(dates, DATES),
    )
