"""Events in article text: one per thing that happened (or is planned, or was
called off), with its mentions, when, where and between whom.

    >>> import datetime as dt
    >>> from tasks.dates.expressions import find_dates
    >>> text = "وعقدت القمة المرتقبة في بودابست يوم الخميس. وقبل القمة، اتصل ترامب ببوتين هاتفيا."
    >>> named = [Participant("gpe:budapest", "GPE", 25, 32, "gazetteer"),
    ...          Participant("per:donald-trump", "PER", 61, 66, "gazetteer")]
    >>> found = find_events(text, named, find_dates(text, dt.date(2025, 10, 21)), dt.date(2025, 10, 21))
    >>> for e in found.events:
    ...     print(e.event_type, e.status, e.location_entity_id, e.event_date, e.participants)
    summit planned gpe:budapest 2025-10-23 ()
    phone_call occurred None None ('per:donald-trump',)

Mentions come from the trigger lexicon (mentions.py) and, for statements, from
the article's quotes (statements.py). Only asserted and reported mentions make
events; negated, hypothetical and desired ones stay mentions with no event.
Mentions of one occurrence are grouped (coreference.py), and the event takes the
most specific type of its mentions, the first day-precise date, the first place,
every participant, and its status: cancelled if any mention calls it off,
planned if any says it is to come, else occurred. See docs/quotes-events.md (Events).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from tasks.dates.expressions import DateExpression
from tasks.events.coreference import SPECIFICITY, group_mentions
from tasks.events.lexicon import EventType, event_types
from tasks.events.mentions import EVENTFUL, Mention, Participant, ParticipantLike, find_mentions
from tasks.events.statements import UNANCHORED, group_statements, statement_mentions
from tasks.quotes.quotes import Quote
from tasks.text.sentences import TextIndex

__all__ = ["ArticleEvents", "Event", "EventType", "Mention", "Participant", "event_types", "find_events"]


class Event:
    """One event of an article, merged from its mentions (a plain class: compiled, it is
    made in a tenth of a NamedTuple's time)."""

    def __init__(
        self,
        event_type: str,
        cameo_root: str,
        cameo_code: str | None,
        trigger: str,
        trigger_start: int,
        trigger_end: int,
        evidence: str,
        start: int,
        end: int,
        date: DateExpression | None,
        location_entity_id: str | None,
        participants: tuple[str, ...],
        status: str,
        confidence: float,
        mentions: tuple[int, ...],
        quotes: tuple[int, ...],
    ) -> None:
        self.event_type: Final = event_type
        self.cameo_root: Final = cameo_root
        self.cameo_code: Final = cameo_code
        self.trigger: Final = trigger  # of its most informative mention
        self.trigger_start: Final = trigger_start
        self.trigger_end: Final = trigger_end
        self.evidence: Final = evidence
        self.start: Final = start  # the evidence sentence: body[start:end]
        self.end: Final = end
        self.date: Final = date
        self.location_entity_id: Final = location_entity_id
        self.participants: Final = participants
        self.status: Final = status  # occurred, planned or cancelled
        self.confidence: Final = confidence
        self.mentions: Final = mentions  # indexes into ArticleEvents.mentions
        self.quotes: Final = quotes  # indexes into the quotes given to find_events

    @property
    def event_date(self) -> object:
        return self.date.date if self.date is not None else None

    @property
    def mention_count(self) -> int:
        return len(self.mentions)

    def __repr__(self) -> str:
        return f"Event({self.event_type!r}, {self.trigger!r}, {self.status!r}, {self.participants!r})"


@dataclass(frozen=True)
class ArticleEvents:
    events: list[Event]  # in text order of their first mention
    mentions: list[Mention]  # every mention with a trigger, in text order
    event_of: list[int | None]  # per mention: its event's index, None for no event


def _position(m: Mention, quotes: Sequence[Quote]) -> int:
    if m.trigger_start != UNANCHORED:
        return m.trigger_start
    return quotes[m.quote_index].start if m.quote_index is not None else 0


def _event(
    text: str,
    members: list[Mention],
    types: dict[str, EventType],
    quotes: Sequence[Quote],
    shown: tuple[int, ...],
) -> Event:
    if len(members) == 1:  # most events: one mention, nothing to merge
        event_type, head = members[0].event_type, members[0]
    else:
        anchored = [m for m in members if m.trigger_start != UNANCHORED] or members
        event_type = max((m.event_type for m in members), key=lambda t: SPECIFICITY.get(t, 0))
        _, head = max(
            enumerate(anchored), key=lambda im: (im[1].event_type == event_type, im[1].informative, -im[0])
        )
    # plain loops, not generators: compiled, a generator is an object of its own
    first: DateExpression | None = None
    day: DateExpression | None = None  # the first date resolved to a day, else the first
    place: str | None = None
    code: str | None = None
    statuses = set()
    for m in members:
        d = m.date
        if d is not None:
            first = first or d
            if day is None and d.date is not None and d.precision == "day":
                day = d
        place = place or m.location_entity_id or None
        if code is None and m.event_type == event_type and m.cameo_code:
            code = m.cameo_code
        statuses.add(m.status)
    date = day if day is not None else first
    participants = tuple(dict.fromkeys(p for m in members for p in m.participants if p != place))
    status = "cancelled" if "cancelled" in statuses else "planned" if "planned" in statuses else "occurred"
    confidence = (
        0.6
        + 0.1 * bool(participants)
        + 0.1 * bool(place or date)
        + 0.1 * any(m.specific for m in members)
        + 0.05 * (len(members) > 1)
    )
    # a statement of quotes with no reporting word: its first quote stands for the trigger
    at = _position(head, quotes)
    trigger_end = head.trigger_end if head.trigger_start != UNANCHORED else at
    return Event(
        event_type=event_type,
        cameo_root=types[event_type].cameo_root,
        cameo_code=code,
        trigger=head.trigger,
        trigger_start=at,
        trigger_end=trigger_end,
        evidence=text[head.start : head.end],
        start=head.start,
        end=head.end,
        date=date,
        location_entity_id=place,
        participants=participants,
        status=status,
        confidence=round(min(confidence, 0.95), 2),
        mentions=shown,
        quotes=tuple(m.quote_index for m in members if m.quote_index is not None),
    )


def _attached_quotes(found: list[Mention]) -> set[int]:
    """Quotes whose reporting word is itself another event's trigger ("هدد بـ"): the
    threat is the event, not a statement as well."""
    triggers = {m.trigger_start for m in found if m.quote_index is None and m.event_type != "statement"}
    return {m.quote_index for m in found if m.quote_index is not None and m.trigger_start in triggers}


def find_events(
    text: str,
    mentions: Sequence[ParticipantLike],
    dates: Sequence[DateExpression],
    published: dt.date | None = None,
    quotes: Sequence[Quote] = (),
    index: TextIndex | None = None,
) -> ArticleEvents:
    """The events and event mentions of an article. ``dates`` are its date expressions
    (tasks/dates/expressions.py), ``published`` its publication date, ``quotes`` its
    quotes (tasks/quotes/quotes.py: statements come from them); pass the article's
    TextIndex when it is computed."""
    index = index or TextIndex(text)
    spoken = statement_mentions(text, quotes, dates, index, mentions) if quotes else []
    # a reporting word that is a quote's is the quote's mention, never a lexicon one as
    # well: those of quotes with a speaker, and of the quotes whose speaker was not found
    # but that still make a statement (two mentions at one offset would share an id)
    cue_spans = [
        (q.cue_start, q.cue_end)
        for q in quotes
        if q.cue_start is not None and q.cue_end is not None and q.speaker
    ]
    cue_spans += [(m.trigger_start, m.trigger_end) for m in spoken if m.trigger_start != UNANCHORED]
    cues = frozenset(i for start, end in cue_spans for i in range(start, end))
    spans = [(q.start, q.end) for q in quotes]
    lexical = find_mentions(text, mentions, dates, published, spans, index, cues)
    taken = _attached_quotes([*lexical, *spoken])
    spoken = [m for m in spoken if m.quote_index not in taken]
    found = sorted([*lexical, *spoken], key=lambda m: (_position(m, quotes), m.quote_index or 0))
    eventful = [i for i, m in enumerate(found) if m.modality in EVENTFUL]
    groups = group_mentions(found, [i for i in eventful if found[i].event_type != "statement"])
    groups += group_statements(found, [i for i in eventful if found[i].event_type == "statement"])
    groups.sort(key=lambda g: g[0])
    types = event_types()
    # mentions as published: those with a trigger of their own
    shown = [i for i, m in enumerate(found) if m.trigger_start != UNANCHORED]
    position = {i: k for k, i in enumerate(shown)}
    event_of: list[int | None] = [None] * len(shown)
    events = []
    for n, group in enumerate(groups):
        members = tuple(position[i] for i in group if i in position)
        for k in members:
            event_of[k] = n
        events.append(_event(text, [found[i] for i in group], types, quotes, members))
    return ArticleEvents(events, [found[i] for i in shown], event_of)
