"""Within-article event coreference: which mentions name the same occurrence.

Mentions are read in text order. A mention joins an event already opened when
their types are compatible (a summit, a meeting, talks, a call or a visit of one
occasion are one event; other types only join their own) and nothing conflicts
(two dates of one precision that differ, two places, a planned mention and an event
that only took place, or, for a mention that is not a back-reference, two sets of
participants with no one in common), and when one of these holds:

- it is a back-reference: a definite or suffixed trigger ("القمة", "لقائهما");
- it shares a participant with the event;
- it says nothing of its own (no participant, place or date) and the event is
  of its type.

It joins the most recent such event. Otherwise it opens a new one, unless it is a
plural with no name and no date in its clause ("أهمية اللقاءات", "رفضوا مفاوضات
السلام") or a noun with no name, place or date in its clause and no noun of who acts
near it ("فتح المقابر للزيارة أمام السياح", "المدير في اجتماع"; not "أعلنت الحكومة
تأجيل"): a generic mention, which makes no event.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.dates.expressions import DateExpression
from tasks.events.mentions import Mention

# Types one occasion can be named by: "the talks" held at "the summit" are one event.
COMPATIBLE: dict[str, frozenset[str]] = {
    "summit": frozenset({"summit", "meeting"}),
    "meeting": frozenset({"meeting", "summit", "phone_call", "visit"}),
    "phone_call": frozenset({"phone_call", "meeting"}),
    "visit": frozenset({"visit", "meeting"}),
}
# Of an event named by several types, the most specific one is kept.
SPECIFICITY = {"summit": 3, "phone_call": 3, "visit": 2, "meeting": 1}


def compatible(a: str, b: str) -> bool:
    return a == b or b in COMPATIBLE.get(a, _NONE)


_NONE: frozenset[str] = frozenset()


def _date_key(d: DateExpression | None, precision: str) -> object:
    if d is None or d.date is None:
        return None
    if precision == "day":
        return d.date
    if precision in ("week", "month"):
        return (d.date.year, d.date.month)
    return d.date.year


_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


def dates_differ(a: DateExpression | None, b: DateExpression | None) -> bool:
    """Two resolved dates that cannot be the same day, compared at the coarser precision."""
    if a is None or b is None or a.date is None or b.date is None:
        return False
    coarser = max(a.precision, b.precision, key=lambda p: _ORDER.get(p, 3))
    return _date_key(a, coarser) != _date_key(b, coarser)


class _Event:
    def __init__(self, first: Mention, index: int) -> None:
        self.types = {first.event_type}
        self.main_type = first.event_type
        self.members = [index]
        self.participants = set(first.participants)
        self.place = first.location_entity_id
        self.dates = [first.date] if first.date is not None else []
        self.statuses = {first.status}

    def add(self, m: Mention, index: int) -> None:
        self.members.append(index)
        self.types.add(m.event_type)
        if SPECIFICITY.get(m.event_type, 0) > SPECIFICITY.get(self.main_type, 0):
            self.main_type = m.event_type
        self.participants.update(m.participants)
        self.place = self.place or m.location_entity_id
        if m.date is not None:
            self.dates.append(m.date)
        self.statuses.add(m.status)

    def accepts(self, m: Mention) -> bool:
        if not all(compatible(t, m.event_type) for t in self.types):
            return False
        if m.location_entity_id and self.place and m.location_entity_id != self.place:
            return False
        if m.status == "planned" and self.statuses == {"occurred"}:
            return False  # "اجتماعه المقرر مع بوتين" is not the visit that took place
        if not m.back_reference and any(dates_differ(m.date, d) for d in self.dates):
            return False
        shared = bool(self.participants & set(m.participants))
        if m.participants and self.participants and not shared and not m.back_reference:
            return False
        said_nothing = m.informative == 0 and m.event_type in self.types
        return m.back_reference or shared or said_nothing


def group_mentions(mentions: Sequence[Mention], eventful: Sequence[int]) -> list[list[int]]:
    """Events as lists of indexes into mentions (those listed in eventful, in text
    order), each in text order; a generic mention is in none."""
    events: list[_Event] = []
    for i in eventful:
        m = mentions[i]
        target = next((e for e in reversed(events) if e.accepts(m)), None)
        if target is not None:
            target.add(m, i)
        elif (m.named or m.date is not None or not m.plural) and not _bare_noun(m):
            events.append(_Event(m, i))
    return [e.members for e in events]


def _bare_noun(m: Mention) -> bool:
    """A noun with nothing of its own and no one who acts in its clause: no event."""
    return m.noun and not m.actor and not m.informative
