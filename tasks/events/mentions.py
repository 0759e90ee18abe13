"""Event mentions in article text: every trigger word with its modality, status,
date, place and participants, before mentions are grouped into events.

    >>> import datetime as dt
    >>> from tasks.dates.expressions import find_dates
    >>> text = "لم يتم تحديد موعد لعقد اجتماع. وربما نلتقي قريبا."
    >>> [(m.trigger, m.modality) for m in find_mentions(text, [], find_dates(text, None))]
    [('اجتماع', 'negated'), ('نلتقي', 'hypothetical')]

Modality comes from the words around the trigger (lexicons/modality.tsv): a
negation right before it, or before a word that makes it the thing negated ("لم
تسفر عن أي اتفاق"), makes it negated; a condition (إذا، لو) or a possibility
(ربما، احتمال، محتمل) hypothetical; a need or a wish (الحاجة إلى، دعا إلى، يأمل)
desired. A trigger inside a quote is reported; any other is asserted. Words that
give a trigger another sense (lexicons/senses.tsv: "زيارة الموقع", "رفع العقوبات")
drop it. Status: cancelled when a cancellation stands next to it, planned with
modality words (المرتقبة، سيعقد) or a date after publication, else occurred.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Protocol

import numpy as np

from tasks.dates.expressions import DateExpression
from tasks.entities.cues import ORG_HEADS, TITLE_HEADS
from tasks.events.lexicon import (
    ModalityWords,
    Trigger,
    WordHit,
    accept,
    modality_words,
    senses,
    trigger_lexicon,
    word_hit,
)
from tasks.text.match_text import MatchText, key_of
from tasks.text.sentences import EntitySpanLike, MatchWords, Sentences, TextIndex

CANCELLATION = "cancellation"
STATEMENT = "statement"
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
EVENTFUL = frozenset({"asserted", "reported"})  # the modalities that make events


class ParticipantLike(EntitySpanLike, Protocol):
    """What the event finder reads of a mention: a Participant, or any row with its
    fields (the batch builds tuples: a batch has tens of thousands of mentions)."""

    @property
    def method(self) -> str: ...


@dataclass(frozen=True)
class Participant:
    """An entity mention the event finder may use (a row of the mentions table)."""

    entity_id: str
    entity_type: str
    start: int
    end: int
    method: str


class Mention:
    """One trigger of an event in the text, as found in its sentence (a plain class, not
    a tuple or a dataclass: compiled, it is made in a tenth of the time, and an
    article of quotes makes hundreds)."""

    def __init__(
        self,
        event_type: str,
        cameo_code: str | None,
        trigger: str,
        trigger_start: int,
        trigger_end: int,
        start: int,
        end: int,
        modality: str,
        status: str,
        date: DateExpression | None,
        location_entity_id: str | None,
        participants: tuple[str, ...],
        back_reference: bool,
        plural: bool,
        specific: bool,
        named: bool = False,
        quote_index: int | None = None,
        speaker: str | None = None,
        occasion: str | None = None,
        noun: bool = False,
        actor: bool = False,
    ) -> None:
        self.event_type: Final = event_type
        self.cameo_code: Final = cameo_code
        self.trigger: Final = trigger
        self.trigger_start: Final = trigger_start
        self.trigger_end: Final = trigger_end
        self.start: Final = start  # the sentence: body[start:end]
        self.end: Final = end
        self.modality: Final = modality  # asserted, reported, negated, hypothetical or desired
        self.status: Final = status  # occurred, planned or cancelled
        self.date: Final = date
        self.location_entity_id: Final = location_entity_id
        self.participants: Final = participants
        self.back_reference: Final = back_reference  # "القمة", "زيارته": refers to an event named before
        self.plural: Final = plural  # "محادثات", "اللقاءات"
        self.specific: Final = specific  # the trigger word has no other common sense
        self.named: Final = named  # a name (a person, an organization, a place) stands in its clause
        self.quote_index: Final = quote_index  # a statement mention: the quote it introduces
        self.speaker: Final = speaker  # a statement mention: its speaker's key
        self.occasion: Final = occasion  # a statement mention: press_conference, post ...
        self.noun: Final = noun  # the trigger is a noun ("تصريحات"), not a verb or a quote
        self.actor: Final = actor  # a name, or a noun of who acts ("الحكومة", "الطرفان"), in its clause

    @property
    def informative(self) -> int:
        """How much the mention says of its event: participants, place, date."""
        return bool(self.participants) + (self.location_entity_id is not None) + (self.date is not None)

    def at_occasion(self, occasion: str) -> Mention:
        """The same statement mention, made at ``occasion``."""
        return Mention(
            self.event_type,
            self.cameo_code,
            self.trigger,
            self.trigger_start,
            self.trigger_end,
            self.start,
            self.end,
            self.modality,
            self.status,
            self.date,
            self.location_entity_id,
            self.participants,
            self.back_reference,
            self.plural,
            self.specific,
            self.named,
            self.quote_index,
            self.speaker,
            occasion,
            self.noun,
            self.actor,
        )

    def __repr__(self) -> str:
        return f"Mention({self.event_type!r}, {self.trigger!r}, {self.trigger_start}, {self.modality!r})"


class _Hit:
    """A trigger found in the text; word_index holds its match-text offset until its
    sentence's words are known, then its index among them."""

    def __init__(self, trigger: Trigger, start: int, end: int, word: WordHit, at: int) -> None:
        self.trigger: Final = trigger
        self.start: Final = start  # original offsets
        self.end: Final = end
        self.word_index = at
        self.future: Final = word.future  # a verb trigger with the future prefix: "سيلتقي"
        self.back_reference = word.definite or word.suffixed
        self.plural: Final = word.plural
        self.imperfect: Final = word.imperfect  # a verb in the imperfect: "يلتقي", "سيلتقي"


def words_between(words: MatchWords, lo: int, hi: int) -> list[tuple[int, str]]:
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
    """Every trigger in the text, in order.

    A trigger starts at the start of a word (a \\w+ word: the pattern's lookbehind
    sees to that) of lexicon.words. A single-word trigger is what the word alone is
    (word_hit, answered once per word form); at a word that may open a phrase stem,
    the pattern is tried in the text, as finditer would.
    """
    lexicon = trigger_lexicon()
    text = m_text.text
    keys, starts, ends = words.keys, words.starts, words.ends
    if lexicon.words is None:
        candidates = list(range(len(keys)))
    else:
        candidates = [i for i, key in enumerate(keys) if key in lexicon.words]
    hits = []
    searched = 0
    for i in candidates:
        at = starts[i]
        if at < searched:
            continue  # inside the previous match (a phrase trigger)
        key = keys[i]
        if lexicon.words is not None and key not in lexicon.phrase_heads:
            word = word_hit(lexicon, key)
            end = ends[i]
        else:
            m = lexicon.pattern.match(text, at)
            if m is None:
                continue
            searched = end = m.end()
            word = accept(lexicon, m)
        if word is None:
            continue
        start, end = m_text.span(at + word.offset, end)
        hits.append(_Hit(word.trigger, start, end, word, at))
    return hits


def _near(
    words: list[tuple[int, str]], index: int, vocabulary: frozenset[str], before: int, after: int
) -> bool:
    return any(w in vocabulary for _, w in words[max(0, index - before) : index + after + 1])


# A comma, or a word that opens a clause: أن إن أنه إنه بأن التي الذي. Each branch opens
# with a letter, its word start checked after it ((?<!\w.)), so that the regex engine
# skips in C to the few characters a match can start at instead of trying every one.
_CLAUSE_END = re.compile(r"[،,؛;:]|[أإ](?<!\w.)نه?(?!\w)|ب(?<!\w.)أن(?!\w)|ا(?<!\w.)ل(?:تي|ذي)(?!\w)")
BEFORE_CHARS, AFTER_CHARS = 100, 150  # the stretch around a trigger its arguments come from


# Nouns of who acts, not names: "أعلنت الحكومة تأجيل"، "ووقع الطرفان اتفاقية".
ACTOR_NOUNS = (
    ORG_HEADS
    | TITLE_HEADS
    | frozenset(
        key_of(w)
        for w in ("الطرفان", "الطرفين", "الجانبان", "الجانبين", "البلدان", "البلدين", "الحكومة", "حكومة")
    )
)


ACTOR_REACH = 4  # words either side of a trigger its actor noun may stand


def _actor_in(words: list[tuple[int, str]], hit: _Hit) -> bool:
    """A noun of who acts within ACTOR_REACH words of the trigger."""
    lo, hi = max(0, hit.word_index - ACTOR_REACH), hit.word_index + ACTOR_REACH + 1
    return any(w in ACTOR_NOUNS for _, w in words[lo:hi])


def _subject_before(text: str, m: ParticipantLike, hit: _Hit) -> bool:
    """A name right before the verb, only a space between, that can act: a person or an
    organization (or a nationality: "صحف إيطالية أشارت"), not a place ("وفي مصر سيلتقي")
    nor an addressee glued to لـ ("ولمجلس الأمن أشارت تركيا")."""
    if m.end > hit.start or text[m.end : hit.start].strip():
        return False
    if m.entity_type not in ("PER", "ORG") and m.method != "nationality":
        return False
    return not (m.start > 0 and text[m.start - 1] == "ل")


def _subject_first(text: str, near: list[ParticipantLike], hit: _Hit) -> list[ParticipantLike]:
    """A verb's subject follows it ("أكد لافروف"): the names after the verb first, then
    those before it, nearest first ("لافروف، الذي أكد"); but a name right before the
    verb, with nothing but a space between, is its subject ("إن الرئيس ترامب حث نظيره
    زيلينسكي")."""
    before = [m for m in reversed(near) if m.start < hit.end]
    after = [m for m in near if m.start >= hit.end]
    if before and _subject_before(text, before[0], hit):
        return before[:1] + after + before[1:]
    return after + before


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
    starts: list[int],
    places: list[ParticipantLike],
    trigger_start: int,
    match_offsets: dict[int, int],
) -> ParticipantLike | None:
    """The place the event is at: a place mention after في/ب (or إلى). ``starts``: the
    words' offsets; ``places``: those of the clause (after a noun trigger only)."""
    located = []
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


def participants_of(entities: Sequence[ParticipantLike], location: str | None) -> tuple[str, ...]:
    """People and organizations, and countries named by a nationality that qualifies
    the event ("مباحثات أميركية روسية") rather than a person's title ("الروسي لافروف")."""
    seen: dict[str, None] = {}
    people = [e for e in entities if e.entity_type == "PER"]
    for e in entities:
        if e.entity_id == location:
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


PLANNED_WINDOW = 4


def _status(
    hit: _Hit,
    words: list[tuple[int, str]],
    cancelled: bool,
    date: DateExpression | None,
    published: dt.date | None,
    lex: ModalityWords,
) -> str:
    if hit.trigger.event_type == STATEMENT and hit.trigger.form == "verb":
        # "أعلن تأجيل القمة", "شدد على أهمية اللقاءات المقبلة": the words around a saying
        # date what is said; the saying itself is past unless its verb is future (سيعلن)
        return "planned" if hit.future else "occurred"
    if (
        cancelled or _near(words, hit.word_index, lex.cancelled_near, 3, 0)
    ) and hit.trigger.event_type != CANCELLATION:
        return "cancelled"
    if (
        hit.future
        or _near(words, hit.word_index, lex.planned_after, 0, PLANNED_WINDOW)
        or _near(words, hit.word_index, lex.planned_before, PLANNED_WINDOW, 0)
    ):
        return "planned"
    if date is not None and date.date is not None and published is not None and date.date > published:
        return "planned"
    return "occurred"


def nearest_date(
    dates: Sequence[DateExpression], sentence: tuple[int, int], window: tuple[int, int], at: int
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


def _before(date: DateExpression, published: dt.date | None) -> bool:
    return date.date is not None and published is not None and date.date < published


NEGATION_WINDOW = 5
DESIRED_WINDOW = 6  # "دعا الأمين العام إلى عقد اجتماع"
CONDITION_WORDS = 8
ANY_WORDS = frozenset(key_of(w) for w in ["أي", "لأي", "بأي"])


NEEDS_REACH = 6  # words before a trigger of several senses to the verb that makes it an event


def _other_sense(words: list[tuple[int, str]], hit: _Hit) -> bool:
    """ "زيارة الموقع", "رفع العقوبات": the trigger means something else here."""
    i, kinds = hit.word_index, senses()
    needs = kinds.get((hit.trigger.event_type, "needs_before")) if not hit.trigger.specific else None
    if needs and not any(w in needs or w[1:] in needs for _, w in words[max(0, i - NEEDS_REACH) : i]):
        return True  # "خطة مواجهة الطوارئ": a plan in place, not one put forward
    before = kinds.get((hit.trigger.event_type, "before"))
    right_before = kinds.get((hit.trigger.event_type, "right_before"))
    after = kinds.get((hit.trigger.event_type, "after"))
    return bool(
        (before and any(w in before for _, w in words[max(0, i - 3) : i]))
        or (right_before and hit.imperfect and i > 0 and words[i - 1][1] in right_before)
        or (after and any(w in after for _, w in words[i + 1 : i + 3]))
    )


def _modality(words: list[tuple[int, str]], hit: _Hit, lex: ModalityWords) -> str:
    """negated, hypothetical, desired or asserted, from the words around the trigger."""
    i = hit.word_index
    before = [w for _, w in words[max(0, i - NEGATION_WINDOW) : i]]
    if before and (before[-1] in lex.negation or before[-1] in ANY_WORDS):
        return "negated"
    for k, w in enumerate(before):
        if w in lex.negation and any(x in lex.negated_by for x in before[k + 1 :]):
            return "negated"
    if (
        any(w in lex.possible_before for w in before[-3:])
        or _near(words, i, lex.possible_after, 0, 2)
        or any(w in lex.condition for _, w in words[max(0, i - CONDITION_WORDS) : i])
    ):
        return "hypothetical"
    if any(w in lex.desired_before for _, w in words[max(0, i - DESIRED_WINDOW) : i]):
        return "desired"
    if (
        hit.imperfect
        and before
        and before[-1] in SUBJUNCTIVE
        and not any(w in lex.planned_before for w in before)
    ):
        return "hypothetical"  # "أن يلتقي ترامب ببوتين": a meeting talked of, not held
    return "asserted"


# Particles before an imperfect verb that make it a subjunctive: "أن يلتقي", "كي يجتمع".
SUBJUNCTIVE = frozenset(key_of(w) for w in ["أن", "وأن", "كي", "لكي", "حتى"])


def _construct(text: str, hit: _Hit, entity_starts: set[int]) -> bool:
    """ "قمة ألاسكا", "زيارة ترامب": a noun trigger with no ال that a name follows is
    definite (a construct state), as good as "القمة" for referring back."""
    if hit.trigger.form != "noun":
        return False
    at = hit.end
    while at < len(text) and text[at] == " ":
        at += 1
    return at in entity_starts


def find_mentions(
    text: str,
    mentions: Sequence[ParticipantLike],
    dates: Sequence[DateExpression],
    published: dt.date | None = None,
    quotes: Sequence[tuple[int, int]] = (),
    index: TextIndex | None = None,
    cues: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Every event mention of an article, in text order. ``quotes`` are the (start, end)
    spans of its quotes: a trigger inside one is reported. ``cues``: the offsets the
    quotes' reporting words cover; a statement trigger starting on one is the quote's
    mention, not one of its own ("وأكد لافروف أن", "نقلا عن" beside the cue "نقلا")."""
    index = index or TextIndex(text)
    m_text = index.m_text
    all_hits = [
        h for h in _hits(m_text, index.words) if not (h.start in cues and h.trigger.event_type == "statement")
    ]
    if not all_hits:
        return []
    lex = modality_words()
    mentions = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    quote_starts = [s for s, _ in quotes]
    found_mentions: list[Mention] = []
    groups = _by_sentence(index.sentences, all_hits)
    match_offsets = _match_offsets(m_text, [*(x for s, _ in groups for x in s), *(m.start for m in mentions)])
    for sentence, found in groups:
        # the sentence's words; indexes local to it, so that no window reaches into another
        words = words_between(index.words, match_offsets[sentence[0]], match_offsets[sentence[1]])
        starts = [offset for offset, _ in words]
        inside = mentions[
            bisect.bisect_left(mention_starts, sentence[0]) : bisect.bisect_left(mention_starts, sentence[1])
        ]
        entities_after = {m.start for m in inside}
        for h in found:
            h.word_index = bisect.bisect_left(starts, h.word_index)
            h.back_reference = h.back_reference or _construct(text, h, entities_after)
        hits = [h for h in found if not _other_sense(words, h)]
        entities = [m for m in inside if m.end <= sentence[1]]
        places = [m for m in entities if m.entity_type in PLACE_TYPES and m.method != "nationality"]
        # a hit's modality is read when it is kept (most statement verbs are not): only
        # a cancellation's is needed before, to call off the event next to it
        cancels = [
            h for h in hits if h.trigger.event_type == CANCELLATION and _modality(words, h, lex) in EVENTFUL
        ]
        called_off = {h for h in hits if _called_off(h, cancels)} if cancels else set()
        named_here = any(m.method != "nationality" for m in entities)
        for h in hits:
            if h in cancels and any(_called_off(o, [h]) for o in hits):
                continue  # "ألغى زيارة": the visit carries it, as its status
            if not h.trigger.specific and not named_here:
                continue  # (as below, without the clause: no one is named in the sentence)
            lo_w, hi_w = _window(text, sentence, h)
            near = [m for m in entities if lo_w <= m.start and m.end <= hi_w]
            if not h.trigger.specific and not any(m.method != "nationality" for m in near):
                continue  # "استقبل قسم الطوارئ": a word of several senses needs someone named
            # a noun's place follows it ("قمة في بودابست"); before it, a place is another
            # clause's ("للدولة في إيران وبارك المحادثات"); a verb's may stand either side
            is_noun = h.trigger.form == "noun"
            place_from = h.start if is_noun else lo_w
            located = [p for p in places if place_from <= p.start < hi_w]
            location = _location(m_text, words, starts, located, h.start, match_offsets)
            modality = _modality(words, h, lex)
            at = bisect.bisect_right(quote_starts, h.start) - 1
            quoted = quotes[at] if at >= 0 and quotes[at][0] <= h.start < quotes[at][1] else None
            if modality == "asserted" and quoted is not None:
                modality = "reported"
            # inside a quote, a date outside it dates the saying ("صرح أمس بأن الاتفاق ...")
            usable = [d for d in dates if quoted[0] <= d.start < quoted[1]] if quoted else dates
            date = nearest_date(usable, sentence, (lo_w, hi_w), h.start)
            place = location.entity_id if location else None
            status = _status(h, words, h in called_off, date, published, lex)
            if status == "planned" and date is not None and _before(date, published):
                date = None  # "بحث أمس القمة المرتقبة": a past date is the talk's, not the summit's
            found_mentions.append(
                Mention(
                    event_type=h.trigger.event_type,
                    cameo_code=h.trigger.cameo_code,
                    trigger=text[h.start : h.end],
                    trigger_start=h.start,
                    trigger_end=h.end,
                    start=sentence[0],
                    end=sentence[1],
                    modality=modality,
                    status=status,
                    date=date,
                    location_entity_id=place,
                    participants=participants_of(
                        _subject_first(text, near, h) if not is_noun else near, place
                    ),
                    back_reference=h.back_reference,
                    plural=h.plural,
                    specific=h.trigger.specific,
                    named=bool(near),
                    # only a noun with nothing of its own needs it (coreference._bare_noun)
                    actor=bool(near) or (is_noun and date is None and place is None and _actor_in(words, h)),
                    noun=is_noun,
                )
            )
    return found_mentions


def _match_offsets(m_text: MatchText, originals: list[int]) -> dict[int, int]:
    """The first match-text position at or after each original offset (one NumPy call
    for an article's sentences and mentions)."""
    return dict(zip(originals, np.searchsorted(m_text.offsets, originals).tolist(), strict=True))
