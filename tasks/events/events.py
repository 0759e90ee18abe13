"""Events in article text: what happened (or is planned, or was called off), when,
where and between whom.

    >>> import datetime as dt
    >>> from tasks.dates.expressions import find_dates
    >>> text = "وعقدت القمة المرتقبة في بودابست يوم الخميس."
    >>> places = [Participant("gpe:budapest", "GPE", 25, 32, "gazetteer")]
    >>> [e] = find_events(text, places, find_dates(text, dt.date(2025, 10, 21)))
    >>> e.event_type, e.cameo_root, e.trigger, e.status, e.location_entity_id, str(e.event_date)
    ('summit', '04', 'القمة', 'planned', 'gpe:budapest', '2025-10-23')

One event per sentence and type, found from a trigger lexicon
(tasks/events/lexicons/event_triggers.tsv; types and CAMEO roots in event_types.tsv,
both extensible). A trigger under negation ("لم تسفر عن أي اتفاق") or in a
condition ("إذا دعيت") is no event. The status is "cancelled" when the sentence
calls it off (إلغاء، تأجيل، جمد), "planned" when modality words stand near the
trigger (المرتقبة، المقبل، المقررة، سيلتقي) or its date is after publication,
and "occurred" otherwise. Participants are the people, organizations and
countries the sentence mentions (the location excluded); the location is the
place after في/ب; the date is the sentence's date expression nearest the
trigger. See docs/arabic-text.md (Events).
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Protocol

import numpy as np

from tasks.dates.expressions import DateExpression
from tasks.text.match_text import MatchText, key_of
from tasks.text.sentences import EntitySpanLike, MatchWords, Sentences, TextIndex

# beside this module, compiled or not: the wheel puts the extension where the source is
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
CANCELLATION = "cancellation"
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class EventType:
    name: str
    cameo_root: str
    cameo_label: str
    description: str


@dataclass(frozen=True)
class Participant:
    """An entity mention the event finder may use (a row of the mentions table)."""

    entity_id: str
    entity_type: str
    start: int
    end: int
    method: str


class ParticipantLike(EntitySpanLike, Protocol):
    """What the event finder reads of a mention: a Participant, or any row with its
    fields (the batch builds tuples: a batch has tens of thousands of mentions)."""

    @property
    def method(self) -> str: ...


@dataclass(frozen=True)
class Event:
    event_type: str
    cameo_root: str
    trigger: str
    trigger_start: int
    trigger_end: int
    evidence: str
    start: int  # the evidence sentence: body[start:end]
    end: int
    date: DateExpression | None
    location_entity_id: str | None
    participants: tuple[str, ...]
    status: str  # occurred, planned or cancelled
    confidence: float

    @property
    def event_date(self) -> object:
        return self.date.date if self.date is not None else None


@dataclass(frozen=True)
class _Trigger:
    event_type: str
    form: str  # noun or verb
    specific: bool


def _rows(name: str) -> list[dict[str, str]]:
    with (LEXICON_DIR / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    return {
        r["event_type"]: EventType(r["event_type"], r["cameo_root"], r["cameo_label"], r["description"])
        for r in _rows("event_types.tsv")
    }


_NOUN_ENDINGS = ("ه", "ها", "هما", "هم", "ات", "ان", "ين", "ي", "نا", "ا")  # "ا": accusative, "هجوماً"
_VERB_ENDINGS = (
    "ت",
    "وا",
    "ا",
    "تا",
    "ه",
    "ها",
    "هما",
    "هم",
    "ون",
    "ان",
    "نا",
    "ته",
    "تها",
    "تهم",
    "وه",
    "وها",
)


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern[str]
    stems: dict[str, _Trigger]
    needs_ending: frozenset[str]  # "زيارت": a ta marbuta stem, only before an ending
    words: frozenset[str] | None  # every word the pattern can start at (None: any word)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    types = event_types()
    stems: dict[str, _Trigger] = {}
    variants: set[str] = set()
    for r in _rows("event_triggers.tsv"):
        if r["event_type"] not in types:
            raise ValueError(f"event_triggers.tsv: unknown event type {r['event_type']!r}")
        trigger = _Trigger(r["event_type"], r["form"], r["specific"] == "yes")
        key = key_of(r["trigger"])
        stems[key] = trigger
    for key, trigger in list(stems.items()):
        variant = key[:-1] + "ت"  # "زيارة" -> "زيارته": ta marbuta before an ending
        if trigger.form == "noun" and key.endswith("ه") and " " not in key and variant not in stems:
            stems[variant] = trigger
            variants.add(variant)
    alternation = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    endings = "|".join(sorted({*_NOUN_ENDINGS, *_VERB_ENDINGS}, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<!\w)[وف]?[بلك]?ل?(?P<word>(?:ال|س)?(?P<stem>{alternation})(?P<end>{endings})?)(?!\w)"
    )
    return _Lexicon(pattern, stems, frozenset(variants), _trigger_words(stems))


# The pattern's [وف]?[بلك]?ل?(?:ال|س)? before a stem, spelled out.
_PREFIX_CHOICES = (("", "و", "ف"), ("", "ب", "ل", "ك"), ("", "ل"), ("", "ال", "س"))


def _trigger_words(stems: dict[str, _Trigger]) -> frozenset[str] | None:
    """Every whole word the trigger pattern can start at: prefixes, a stem and an ending
    (~110,000 words, some 14 MB): one set lookup per word of an article finds where to
    try the pattern, in place of trying it at every word. A phrase stem ("مؤتمر صحفي")
    starts at a word made of a prefix and its first word."""
    if not stems or not all(re.fullmatch(r"\w+(?: \w+)*", stem) for stem in stems):
        return None  # no stems, or one with other characters: try every word
    prefixes = {"".join(parts) for parts in product(*_PREFIX_CHOICES)}
    endings = ("", *{*_NOUN_ENDINGS, *_VERB_ENDINGS})
    heads = [stem.split(" ")[0] for stem in stems if " " in stem]
    return frozenset(p + s + e for p in prefixes for s in stems if " " not in s for e in endings) | {
        p + h for p in prefixes for h in heads
    }


# Words near a trigger that make it no event, or a planned or called-off one.
NEGATIONS = frozenset(
    key_of(w) for w in ["لم", "لن", "لا", "دون", "بدون", "عدم", "ليس", "ليست", "ولم", "ولن", "ولا"]
)
CONDITIONS = frozenset(key_of(w) for w in ["إذا", "وإذا", "لو", "ولو", "حال"])
# Between a negation and the trigger, words that make the trigger the thing negated:
# "لم تسفر عن أي اتفاق", "ليست هناك حاجة إلى اجتماعات", "لا توجد ضرورة لعقد اجتماع".
NEGATED_BY = frozenset(
    key_of(w)
    for w in [
        "يوجد",
        "توجد",
        "هناك",
        "يتم",
        "تم",
        "تسفر",
        "يسفر",
        "حاجة",
        "ضرورة",
        "التوصل",
        "يعقد",
        "تعقد",
        "عقد",
        "لعقد",
        "يحدث",
        "تحدث",
        "جرى",
        "يجري",
    ]
)
# Words right after a trigger that make it planned: "القمة المرتقبة", "زيارة مقررة".
PLANNED_AFTER = frozenset(
    key_of(w)
    for w in [
        "المرتقبة",
        "المرتقب",
        "مرتقبة",
        "مرتقب",
        "المقبلة",
        "المقبل",
        "مقبلة",
        "مقبل",
        "المقررة",
        "المقرر",
        "مقررة",
        "مقرر",
        "المخطط",
        "المزمع",
        "المزمعة",
        "مزمعة",
        "القادمة",
        "القادم",
        "المتوقعة",
        "المتوقع",
        "متوقعة",
        "المقترحة",
        "مقترحة",
        "المنتظرة",
        "منتظرة",
    ]
)
# Words shortly before a trigger that make it planned: "من المقرر عقد قمة", "سيعقد لقاء".
PLANNED_BEFORE = frozenset(
    key_of(w)
    for w in [
        "سوف",
        "يعتزم",
        "تعتزم",
        "تمهيدا",
        "لعقد",
        "ستعقد",
        "سيعقد",
        "ستجرى",
        "سيجري",
        "سيجرى",
        "ستكون",
        "سيكون",
        "ستبدأ",
        "سيبدأ",
        "ستنطلق",
        "سيتم",
        "ستستضيف",
        "تحضيرا",
        "للتحضير",
        "يخطط",
        "تخطط",
        "المقرر",
        "المتوقع",
        "يهدف",
        "تهدف",
        "للتوصل",
        "بالتوصل",
        "يأمل",
        "تأمل",
    ]
)
PLANNED_WINDOW_AFTER, PLANNED_WINDOW_BEFORE = 4, 4
NEGATION_WINDOW = 4
# A trigger only talked of as a possibility or a need is no event: "احتمال التوصل إلى
# اتفاق", "فرص التسريع نحو اتفاق", "يجب أن نبرم اتفاقاً", "اتفاق سلام محتمل".
POSSIBLE_BEFORE = frozenset(
    key_of(w)
    for w in [
        "احتمال",
        "باحتمال",
        "فرص",
        "فرصة",
        "إمكانية",
        "بإمكانية",
        "يجب",
        "ينبغي",
        "ضرورة",
        "حاجة",
        "نبرم",
    ]
)
POSSIBLE_AFTER = frozenset(key_of(w) for w in ["محتمل", "محتملة", "المحتمل", "المحتملة", "ممكن", "ممكنة"])
# Words before a trigger that turn it into something else: lifting sanctions, or
# threatening them ("لوّح بفرض عقوبات" is a threat, found as such).
NOT_EVENT_BEFORE: dict[str, frozenset[str]] = {
    "sanction": frozenset(
        key_of(w) for w in ["رفع", "ورفع", "لرفع", "برفع", "تخفيف", "لوح", "لوّح", "هدد", "يهدد"]
    ),
}
# Words that call off the event after them without being an event themselves: "انهيار خطط القمة".
CANCELLED_NEAR = frozenset(key_of(w) for w in ["انهيار", "فشل", "إلغاء", "تأجيل", "تجميد", "خطط_ملغاة"])
CONDITION_WORDS = 8


@dataclass(frozen=True)
class _Hit:
    trigger: _Trigger
    start: int  # original offsets
    end: int
    word_index: int
    future: bool  # a verb trigger with the future prefix: "سيلتقي"


def _words(words: MatchWords, lo: int, hi: int) -> list[tuple[int, str]]:
    r"""(match-text offset, word) of the words of the match text between two offsets,
    as ``re.finditer(r"\w+", text, lo, hi)`` gives them (cut at lo and hi)."""
    first = bisect.bisect_right(words.ends, lo)
    last = bisect.bisect_left(words.starts, hi, first)
    found = list(zip(words.starts[first:last], words.keys[first:last], strict=True))
    if found and found[0][0] < lo:
        found[0] = (lo, found[0][1][lo - found[0][0] :])
    if found and words.ends[last - 1] > hi:
        start, key = found[-1]
        found[-1] = (start, key[: hi - start])
    return found


def _by_sentence(sentences: Sentences, hits: list[_Hit]) -> list[tuple[tuple[int, int], list[_Hit]]]:
    """The sentences that hold hits, in order, each with its hits (in text order)."""
    grouped: dict[int, list[_Hit]] = {}
    for h in hits:
        i = sentences.index_at(h.start)
        if sentences.spans and sentences.spans[i][0] <= h.start < sentences.spans[i][1]:
            grouped.setdefault(i, []).append(h)
    return [(sentences.spans[i], grouped[i]) for i in sorted(grouped)]


def _hits(m_text: MatchText, words: MatchWords) -> list[_Hit]:
    """Every trigger in the text; word_index holds its match-text offset until the
    sentence's words are known.

    The pattern can only match at the start of a word (a \\w+ word: its lookbehind and
    first characters see to that), and only of a word in lexicon.words; it is tried
    there only, in order, as finditer would (everywhere else it fails).
    """
    lexicon = _lexicon()
    text = m_text.text
    keys, starts = words.keys, words.starts
    if lexicon.words is None:
        candidates = starts
    else:
        candidates = [starts[i] for i, key in enumerate(keys) if key in lexicon.words]
    hits = []
    searched = 0
    for candidate in candidates:
        if candidate < searched:
            continue  # inside the previous match (a phrase trigger)
        m = lexicon.pattern.match(text, candidate)
        if m is None:
            continue
        searched = m.end()
        trigger = lexicon.stems[m["stem"]]
        ending = m["end"] or ""
        if m["stem"] in lexicon.needs_ending and not ending:
            continue
        if ending and ending not in (_NOUN_ENDINGS if trigger.form == "noun" else _VERB_ENDINGS):
            continue
        start, end = m_text.span(m.start("word"), m.end())
        future = trigger.form == "verb" and m["word"].startswith("س") and not m["stem"].startswith("س")
        hits.append(_Hit(trigger, start, end, m.start(), future))
    return hits


def _near(
    words: list[tuple[int, str]], index: int, vocabulary: frozenset[str], before: int, after: int
) -> bool:
    return any(w in vocabulary for _, w in words[max(0, index - before) : index + after + 1] if _ != -1)


_CLAUSE_END = re.compile(r"[،,؛;:]|(?<!\w)(?:أن|إن|أنه|إنه|بأن|التي|الذي)(?!\w)")
BEFORE_CHARS, AFTER_CHARS = 100, 150  # the stretch around a trigger its arguments come from


def _window(text: str, sentence: tuple[int, int], hit: _Hit) -> tuple[int, int]:
    """The text around a trigger that holds its arguments: up to the next clause break."""
    lo = max(sentence[0], hit.start - BEFORE_CHARS)
    hi = min(sentence[1], hit.end + AFTER_CHARS)
    m = _CLAUSE_END.search(text, hit.end, hi)
    return lo, (m.start() if m else hi)


LOCATIVES = frozenset(
    key_of(w) for w in ["في", "فى", "داخل", "إلى", "بمدينة", "بالعاصمة", "بولاية", "بمنطقة"]
)


def _location(
    m_text: MatchText,
    words: list[tuple[int, str]],
    places: list[ParticipantLike],
    trigger_start: int,
    match_offsets: dict[int, int],
) -> ParticipantLike | None:
    """The place the event is at: a place mention after في/ب (or إلى)."""
    located = []
    starts = [offset for offset, _ in words]
    for p in places:
        at = bisect.bisect_left(starts, match_offsets[p.start])
        tail = [w for _, w in words[max(0, at - 2) : at]]
        glued = p.start > 0 and m_text.original[p.start - 1] == "ب"
        if glued or any(w in LOCATIVES for w in tail):
            located.append(p)
    if not located:
        return None
    return min(located, key=lambda p: abs(p.start - trigger_start))


TITLE_REACH = 40  # characters from a nationality to the name it qualifies: "الروسي سيرغي لافروف"


def _participants(entities: list[ParticipantLike], location: ParticipantLike | None) -> tuple[str, ...]:
    """People and organizations, and countries named by a nationality that qualifies
    the event ("مباحثات أميركية روسية") rather than a person's title ("الروسي لافروف")."""
    seen: dict[str, None] = {}
    people = [e for e in entities if e.entity_type == "PER"]
    for e in entities:
        if location is not None and e.entity_id == location.entity_id:
            continue
        of_event = e.method == "nationality" and not any(0 <= p.start - e.end <= TITLE_REACH for p in people)
        if e.entity_type in ("PER", "ORG") or (e.entity_type == "GPE" and of_event):
            seen.setdefault(e.entity_id, None)
    return tuple(seen)


# Types that can be called off; a statement or an attack that mentions a postponement is not.
CANCELLABLE = frozenset({"meeting", "summit", "phone_call", "visit", "agreement", "proposal", "sanction"})
CANCEL_REACH = 4  # words between a cancellation and the event it calls off


def _called_off(hit: _Hit, cancels: list[_Hit]) -> bool:
    """ "ألغى زيارة مقررة", "القمة التي ألغيت": a cancellation next to the event."""
    return hit.trigger.event_type in CANCELLABLE and any(
        abs(c.word_index - hit.word_index) <= CANCEL_REACH for c in cancels
    )


def _status(
    hit: _Hit,
    words: list[tuple[int, str]],
    cancelled: bool,
    date: DateExpression | None,
    published: dt.date | None,
) -> str:
    if (
        cancelled or _near(words, hit.word_index, CANCELLED_NEAR, 3, 0)
    ) and hit.trigger.event_type != CANCELLATION:
        return "cancelled"
    if (
        hit.future
        or _near(words, hit.word_index, PLANNED_AFTER, 0, PLANNED_WINDOW_AFTER)
        or _near(words, hit.word_index, PLANNED_BEFORE, PLANNED_WINDOW_BEFORE, 0)
    ):
        return "planned"
    if date is not None and date.date is not None and published is not None and date.date > published:
        return "planned"
    return "occurred"


def _nearest_date(
    dates: list[DateExpression], sentence: tuple[int, int], window: tuple[int, int], at: int
) -> DateExpression | None:
    """The date expression nearest the trigger: in its clause, else in its sentence. A
    year dates an event only inside its clause ("ثاني قمة هذا العام", not "منذ 2022")."""
    inside = [
        d
        for d in dates
        if sentence[0] <= d.start < sentence[1]
        and (d.precision != "year" or window[0] <= d.start < window[1])
    ]
    return (
        min(inside, key=lambda d: (not window[0] <= d.start < window[1], abs(d.start - at)))
        if inside
        else None
    )


def find_events(
    text: str,
    mentions: Sequence[ParticipantLike],
    dates: list[DateExpression],
    published: dt.date | None = None,
    m_text: MatchText | None = None,
    index: TextIndex | None = None,
) -> list[Event]:
    """The events an article reports, one per sentence and type, in text order.

    ``dates`` are the article's date expressions (tasks/dates/expressions.py) and
    ``published`` its publication date; pass the match text, or the article's
    TextIndex, when it is computed.
    """
    types = event_types()
    index = index or TextIndex(text, m_text)
    m_text = index.m_text
    all_hits = _hits(m_text, index.words)
    if not all_hits:
        return []
    mentions = sorted(mentions, key=lambda m: m.start)
    events: list[Event] = []
    groups = _by_sentence(index.sentences, all_hits)
    match_offsets = _match_offsets(m_text, [*(x for s, _ in groups for x in s), *(m.start for m in mentions)])
    for sentence, found in groups:
        # the sentence's words; indexes local to it, so that no window reaches into another
        words = _words(index.words, match_offsets[sentence[0]], match_offsets[sentence[1]])
        starts = [offset for offset, _ in words]
        inside = [
            _Hit(h.trigger, h.start, h.end, bisect.bisect_left(starts, h.word_index), h.future) for h in found
        ]
        hits = [h for h in inside if not _negated(words, h)]
        if not hits:
            continue
        entities = [m for m in mentions if sentence[0] <= m.start and m.end <= sentence[1]]
        places = [m for m in entities if m.entity_type in PLACE_TYPES and m.method != "nationality"]
        cancels = [h for h in hits if h.trigger.event_type == CANCELLATION]
        called_off = {h for h in hits if _called_off(h, cancels)}
        chosen: dict[str, _Hit] = {}
        for h in hits:
            if h in cancels and any(_called_off(o, [h]) for o in hits):
                continue  # "ألغى زيارة": the visit carries it, as its status
            if not h.trigger.specific and not entities:
                continue
            chosen.setdefault(h.trigger.event_type, h)
        for event_type, h in chosen.items():
            lo_w, hi_w = _window(text, sentence, h)
            near = [m for m in entities if lo_w <= m.start and m.end <= hi_w]
            location = _location(
                m_text, words, [p for p in places if lo_w <= p.start < hi_w], h.start, match_offsets
            )
            date = _nearest_date(dates, sentence, (lo_w, hi_w), h.start)
            participants = _participants(near, location)
            status = _status(h, words, h in called_off, date, published)
            confidence = (
                0.6 + 0.1 * bool(participants) + 0.1 * bool(location or date) + 0.1 * h.trigger.specific
            )
            events.append(
                Event(
                    event_type=event_type,
                    cameo_root=types[event_type].cameo_root,
                    trigger=text[h.start : h.end],
                    trigger_start=h.start,
                    trigger_end=h.end,
                    evidence=text[sentence[0] : sentence[1]],
                    start=sentence[0],
                    end=sentence[1],
                    date=date,
                    location_entity_id=location.entity_id if location else None,
                    participants=participants,
                    status=status,
                    confidence=round(min(confidence, 0.9), 2),
                )
            )
    return _with_antecedents(sorted(events, key=lambda e: (e.start, e.trigger_start)))


def _with_antecedents(events: list[Event]) -> list[Event]:
    """ "القمة" with no one named near it is the summit the article spoke of before:
    a definite trigger without participants takes those of the last event of its type."""
    last: dict[str, Event] = {}
    out = []
    for event in events:
        e = event
        if not e.participants and e.trigger.startswith("ال") and e.event_type in last:
            earlier = last[e.event_type]
            e = replace(e, participants=earlier.participants, confidence=round(e.confidence - 0.1, 2))
        if e.participants:
            last[e.event_type] = e
        out.append(e)
    return out


def _match_offsets(m_text: MatchText, originals: list[int]) -> dict[int, int]:
    """The first match-text position at or after each original offset (one NumPy call
    for an article's sentences and mentions)."""
    return dict(zip(originals, np.searchsorted(m_text.offsets, originals).tolist(), strict=True))


def _negated(words: list[tuple[int, str]], hit: _Hit) -> bool:
    """A trigger said not to exist ("لم تسفر عن أي اتفاق") or in a condition ("إذا")."""
    i = hit.word_index
    before = [w for _, w in words[max(0, i - NEGATION_WINDOW) : i]]
    if before and (before[-1] in NEGATIONS or before[-1] in ("اي", "لاي", "باي")):
        return True
    if any(w in POSSIBLE_BEFORE for w in before[-3:]) or _near(words, i, POSSIBLE_AFTER, 0, 2):
        return True
    blockers = NOT_EVENT_BEFORE.get(hit.trigger.event_type)
    if blockers and any(w in blockers for w in before[-3:]):
        return True
    for k, w in enumerate(before):
        if w in NEGATIONS and any(x in NEGATED_BY for x in before[k + 1 :]):
            return True
    return any(w in CONDITIONS for _, w in words[max(0, i - CONDITION_WORDS) : i])
