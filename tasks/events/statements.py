"""Statement events from quotes: one per speaker and occasion, not one per quote.

    >>> from tasks.quotes.quotes import find_quotes
    >>> text = ('وقال بوتين في مؤتمر صحفي إن "المحادثات كانت مفيدة جدا". '
    ...         'وأضاف بوتين أن الطرفين سيلتقيان مجددا.')
    >>> [(m.trigger, m.speaker, m.occasion) for m in statement_mentions(text, find_quotes(text, []), [])]
    [('وقال', 'text:بوتين', 'press_conference'), ('وأضاف', 'text:بوتين', 'press_conference')]

Each quote with a speaker is a statement mention: its reporting word is the
trigger, its speaker (the entity, else the speaker as written) says whose
statement it is, and the words of its sentence outside the quoted text name the
occasion (lexicons/occasions.tsv: مؤتمر صحفي، بيان، حوار، تغريدة ...). A quote
with no occasion of its own belongs to its speaker's occasion when the article
names only one. Quotes with no reporting word of their own (a continuation, an
inherited speaker) join their speaker's statement without a mention.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from tasks.dates.expressions import DateExpression
from tasks.entities.cues import ORG_HEADS, PERSON_TITLES
from tasks.events.lexicon import occasions
from tasks.events.mentions import Mention, nearest_date
from tasks.quotes.quotes import Quote
from tasks.text.match_text import key_of
from tasks.text.sentences import EntitySpanLike, Sentences

UNANCHORED = -1  # trigger_start of a quote's mention with no reporting word of its own


def _occasion(text: str, sentence: tuple[int, int], quote: Quote) -> str | None:
    """The first occasion word of the quote's sentence outside the quoted text."""
    names = occasions()
    outside = text[sentence[0] : max(sentence[0], quote.start)] + " " + text[quote.end : sentence[1]]
    for word in key_of(outside).split():
        if word in names:
            return names[word]
        if word[:1] in "وفب" and word[1:] in names:  # "وبيان", "بتغريدة"
            return names[word[1:]]
    return None


def speaker_key(quote: Quote) -> str | None:
    if quote.speaker_entity_id:
        return quote.speaker_entity_id
    return "text:" + key_of(quote.speaker) if quote.speaker else None


# Words of a description that say nothing of whom it describes.
_FUNCTION_WORDS = frozenset(key_of(w) for w in ["في", "من", "عن", "على", "باسم", "لدى", "و", "أحد"])
_SYNONYMS = {"زعيم": "رئيس"}  # "الزعيم الأوكراني" is "الرئيس الأوكراني"
CONTEXT_CHARS = 40  # before a name, the title and nationality that describe it
_TITLE_HEADS = frozenset(t[0] for t in PERSON_TITLES)


def _bare(words: str) -> set[str]:
    bare = {w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words.split()}
    return {_SYNONYMS.get(w, w) for w in bare} - _FUNCTION_WORDS


def speaker_keys(
    quotes: Sequence[Quote], text: str = "", mentions: Sequence[EntitySpanLike] = ()
) -> list[str | None]:
    """Each quote's speaker, one key per person: a speaker named once with its entity
    and once without is the entity; a description whose words all describe an earlier
    speaker or a person named before it ("وأضاف المحافظ" after "محافظ المؤسسة العامة
    ...", "الزعيم الأوكراني" after "الرئيس الأوكراني فولوديمير زيلينسكي") is that one."""
    by_text = {key_of(q.speaker): q.speaker_entity_id for q in quotes if q.speaker and q.speaker_entity_id}
    named = sorted(mentions, key=lambda m: m.start)
    keys: list[str | None] = []
    # (where, entity type, words of its name, words describing it, key): a name with the
    # words before it, back to the name before it ("وزير الخارجية الألماني يوهان فاديفول")
    earlier: list[tuple[int, str, set[str], set[str], str]] = []
    previous_end = 0
    for m in named:
        if m.entity_type in ("PER", "ORG"):
            name = _bare(key_of(text[m.start : m.end]))
            context = _bare(key_of(text[max(previous_end, m.start - CONTEXT_CHARS) : m.end]))
            earlier.append((m.start, m.entity_type, name, context, m.entity_id))
            previous_end = m.end
    for q in quotes:
        key = speaker_key(q)
        at = q.speaker_start if q.speaker_start is not None else q.start
        if key is not None and key.startswith("text:"):
            key = by_text.get(key[5:]) or _described(key, at, earlier)
        if key is not None and q.speaker:
            words = _bare(key_of(q.speaker))
            kind = "PER" if key_of(q.speaker).split(" ")[0] in _TITLE_HEADS else "ORG"
            earlier.append((at, kind, words, words, key))
        keys.append(key)
    return keys


def _described(key: str, at: int, earlier: list[tuple[int, str, set[str], set[str], str]]) -> str:
    """The last person or organization before ``at`` that a speaker given as text is:
    a description ("الوزير الألماني", "الوزارة") whose words all describe it, or a part
    of its name ("بدر" after "محافظ الأقصر محمد بدر"). Else the text itself: anonymous
    sources ("مسؤول", "مصدران") refer to no one."""
    head = key[5:].split(" ", maxsplit=1)[0]
    kind = "PER" if head in _TITLE_HEADS else "ORG" if head in ORG_HEADS else None
    words = _bare(key[5:])
    before = sorted((e for e in earlier if e[0] < at), key=lambda e: e[0])
    for _, entity_type, name, context, entity_key in reversed(before):
        if kind is not None and entity_type == kind and words <= context:
            return entity_key
        if kind is None and head not in ANONYMOUS and words and words <= name and entity_type == "PER":
            return entity_key
    return key


# Speakers that name no one: a part of a name never is one of these.
ANONYMOUS = frozenset(key_of(w) for w in ["مسؤول", "مصدر", "مصدران", "مصادر", "مسؤولون", "مسؤولين"])


def statement_mentions(
    text: str,
    quotes: Sequence[Quote],
    dates: Sequence[DateExpression],
    sentences: Sentences | None = None,
    mentions: Sequence[EntitySpanLike] = (),
) -> list[Mention]:
    """One statement mention per quote with a speaker, in quote order; a quote with no
    reporting word of its own has trigger_start UNANCHORED."""
    sentences = sentences or Sentences(text)
    quote_spans = sorted((q.start, q.end) for q in quotes)
    starts = [s for s, _ in quote_spans]
    found: list[Mention] = []
    cues_seen: set[int] = set()
    for i, (q, speaker) in enumerate(zip(quotes, speaker_keys(quotes, text, mentions), strict=True)):
        if speaker is None:
            continue
        anchored = q.cue_start is not None and q.cue_end is not None and q.cue_start not in cues_seen
        at = q.cue_start if anchored and q.cue_start is not None else q.start
        sentence = sentences.at(at)
        # the statement's date is said outside what is quoted: not "قال إن القمة ستعقد الخميس"
        outside = [d for d in dates if not q.start <= d.start < q.end]
        date = nearest_date(outside, sentence, sentence, at)
        inside = bisect.bisect_right(starts, at) - 1
        reported = inside >= 0 and quote_spans[inside][0] <= at < quote_spans[inside][1]
        if anchored and q.cue_start is not None and q.cue_end is not None:
            cues_seen.add(q.cue_start)
            trigger, t_start, t_end = text[q.cue_start : q.cue_end], q.cue_start, q.cue_end
        else:
            trigger, t_start, t_end = "", UNANCHORED, UNANCHORED
        found.append(
            Mention(
                event_type="statement",
                cameo_code="010",
                trigger=trigger,
                trigger_start=t_start,
                trigger_end=t_end,
                start=sentence[0],
                end=sentence[1],
                modality="reported" if reported else "asserted",
                status="occurred",
                date=date,
                location_entity_id=None,
                participants=(q.speaker_entity_id,) if q.speaker_entity_id else (),
                back_reference=False,
                plural=False,
                specific=True,
                quote_index=i,
                speaker=speaker,
                occasion=_occasion(text, sentence, q),
            )
        )
    return _shared_occasions(found)


def _shared_occasions(found: list[Mention]) -> list[Mention]:
    """A quote with no occasion of its own takes its speaker's only named occasion."""
    named: dict[str, set[str]] = {}
    for m in found:
        if m.speaker is not None and m.occasion is not None:
            named.setdefault(m.speaker, set()).add(m.occasion)
    return [
        replace(m, occasion=next(iter(named[m.speaker])))
        if m.occasion is None and m.speaker is not None and len(named.get(m.speaker, ())) == 1
        else m
        for m in found
    ]


def group_statements(mentions: Sequence[Mention], eventful: Sequence[int]) -> list[list[int]]:
    """Statement events as lists of indexes into mentions: the quote mentions of one
    speaker and occasion, with the lexicon statement mentions ("أصدر بيانا", "أعلن")
    of the sentence of one of its quotes or of the same speaker."""
    groups: dict[tuple[str, str | None], list[int]] = {}
    by_sentence: dict[int, tuple[str, str | None]] = {}
    by_speaker: dict[str, tuple[str, str | None]] = {}
    for i in eventful:
        m = mentions[i]
        if m.quote_index is None or m.speaker is None:
            continue
        key = (m.speaker, m.occasion)
        groups.setdefault(key, []).append(i)
        by_sentence.setdefault(m.start, key)
        by_speaker.setdefault(m.speaker, key)
    own: list[list[int]] = []
    for i in eventful:
        m = mentions[i]
        if m.quote_index is not None:
            continue
        key_of_group = by_sentence.get(m.start) or next(
            (by_speaker[p] for p in m.participants[:1] if p in by_speaker), None
        )
        if key_of_group is not None:
            groups[key_of_group].append(i)
            continue
        # "خلال مؤتمر صحفي، أكد لافروف": one occasion per sentence, or the same speaker
        same = next(
            (
                g
                for g in own
                if mentions[g[-1]].start == m.start
                or set(m.participants) & {p for j in g for p in mentions[j].participants}
            ),
            None,
        )
        if same is not None:
            same.append(i)
        elif m.named or m.informative or not m.plural:
            own.append([i])
    return [sorted(g) for g in [*groups.values(), *own]]
