"""Direct and indirect quotes in article text, with their speakers.

    >>> text = 'وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين: "نحن متمسكون بالصيغة".'
    >>> text += ' وأضاف: "لن نغير موقفنا".'
    >>> for q in find_quotes(text, []):
    ...     print(q.kind, q.text, "|", q.speaker, "|", q.attribution)
    direct نحن متمسكون بالصيغة | وزير الخارجية الروسي سيرغي لافروف | explicit
    direct لن نغير موقفنا | وزير الخارجية الروسي سيرغي لافروف | inherited

Direct quotes are the speech between quote marks (" “ ” « », directions read
from the characters around each mark, so a ” used as an opener works; an
unclosed mark runs to the end of its sentence). Two words or fewer in marks is
a term or a name ("مثمرة", «ترامب»), not speech, unless a colon introduces it.
Indirect quotes are a reporting verb, its subject and إن/أن/بأن, or a source
phrase opening its sentence and the clause after its comma ("وفقاً للمراقبين،
أنهى ..."); their text runs to the end of the sentence. A speaker comes from, in order: the words
after the reporting verb (cut before addressees, times and places: للصحفيين،
قبل المحادثات، لـX), a subject before the verb ("أما زيلينسكي، فصرح"), an
attribution after the quote ("...، قال ترامب"), or the previous quote's speaker
when the verb has none ("وأضاف:"). The speaker is linked to an entity when the
mentions inside it name one; a description ("مسؤول في البيت الأبيض") stays text.
See docs/arabic-text.md (Quotes and attribution).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np

from tasks.entities.cues import (
    APPOSITION_ROLES,
    NAME_AFTER_HEADS,
    ORG_HEADS,
    STOP_WORDS,
    TITLE_HEADS,
    is_modifier,
)
from tasks.quotes.cues import (
    CLAUSE_BREAKERS,
    CLOSERS,
    COMPLEMENTIZERS,
    CONTINUERS,
    DESCRIPTION_HEADS,
    NAME_HEADS,
    NEEDS_SOURCE,
    OPENERS,
    PAIRS,
    PARTICIPLES,
    PREPOSITIONS_AFTER_VERB,
    PRESENT_VERBS,
    PROCLITIC_VERBS,
    PRONOUN_SOURCES,
    PRONOUN_SPEAKERS,
    RELATION_WORDS,
    RELATIVES,
    REPORTING_VERBS,
    SHADDA_VERBS,
    SOURCE_HEADS,
    SOURCE_PREPOSITIONS,
    SOURCE_REACH,
    SOURCE_WORDS,
    SPEAKER_STOPS,
    SUBJECT_OPENERS,
)
from tasks.text.match_text import COMMA, MatchText, key_of
from tasks.text.sentences import DIGIT, EntitySpanLike, MatchWords, TextIndex

MAX_QUOTE_CHARS = 600
MIN_SPEECH_WORDS = 3  # "مثمرة للغاية" in marks is a term; a colon overrides
MAX_SPEAKER_WORDS = 16
MAX_CUE_TO_COMPLEMENTIZER = 25  # words between "قال" and "إن"
INHERIT_PARAGRAPHS = 2  # paragraph breaks a speaker is carried over ("وأضاف:")
_BREAKS = re.compile(r"\n+")

_WORD = re.compile(r"[^\W\d_][\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*|\d+")
_KEY_WORD = re.compile(r"[^\W\d_]\w*|\d+")  # a word of the match text (marks already dropped)
_COMMA = re.compile(re.escape(COMMA))
_COMMAS = "،,؛;"


@dataclass(frozen=True)
class EntitySpan:
    """A mention the quote finder may link a speaker to (from the mentions table)."""

    entity_id: str
    entity_type: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    kind: str  # direct or indirect
    start: int  # the quoted text, marks excluded: body[start:end]
    end: int
    text: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_entity_id: str | None
    cue: str | None  # the reporting word as written ("وقال", "مضيفاً"), None without one
    attribution: str  # explicit, subject, after, inherited, continued or none
    confidence: float
    cue_start: int | None = None  # the reporting word: body[cue_start:cue_end] == cue
    cue_end: int | None = None


class _Word(NamedTuple):  # a tuple: articles have hundreds of words, built per article
    start: int
    end: int
    key: str
    comma_before: bool


@dataclass(frozen=True)
class _Speaker:
    start: int
    end: int
    entity_id: str | None


@dataclass(frozen=True)
class _Span:
    """A stretch between quote marks: text[start:end], marks at start-1 and end."""

    start: int
    end: int
    closed: bool
    colon: bool  # a colon right before the opening mark
    words: int


def _is_opener(text: str, i: int) -> bool:
    """A symmetric mark opens when what precedes is a space, a proclitic or punctuation."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[max(0, i - 2) : i].strip().endswith(":"):
        return True  # "واضاف :» الناس": after a colon a mark opens, spaced or not
    if after.isspace():
        return False
    if before.isspace() or before in "(:[" + _COMMAS:
        return True
    # "و”لا توجد": a one-letter proclitic glued to the mark
    return before in "وفبل" and (i < 2 or not text[i - 2].isalnum())


def quote_spans(text: str) -> list[_Span]:
    """Every stretch between quote marks, paragraph by paragraph, speech or not."""
    spans: list[_Span] = []
    # the marks of the whole text in one scan, then the paragraphs that hold any
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    k = 0
    while k < len(marks):
        end = text.find("\n", marks[k][0])
        end = len(text) if end < 0 else end
        first = k
        while k < len(marks) and marks[k][0] < end:
            k += 1
        spans.extend(_paragraph_spans(text, end, marks[first:k]))
    return spans


_MARK = re.compile("[" + re.escape(OPENERS + CLOSERS) + "]")


def _paragraph_spans(text: str, end: int, marks: list[tuple[int, str]]) -> list[_Span]:
    """The spans of one paragraph (ending at end), from its quote marks (offset, mark)."""
    spans: list[_Span] = []
    open_at: int | None = None
    opener = ""
    for i, ch in marks:
        if open_at is not None and i - open_at > MAX_QUOTE_CHARS:
            limit = open_at + MAX_QUOTE_CHARS
            spans.append(_span(text, open_at + 1, _sentence_end(text, open_at + 1, limit), False))
            open_at = None
        if open_at is None:
            if ch in "«{" or (ch in OPENERS and _is_opener(text, i)):
                open_at, opener = i, ch
        elif ch in PAIRS[opener] and not (ch not in "»}" and _is_opener(text, i) and ch != opener):
            spans.append(_span(text, open_at + 1, i, True))
            open_at = None
        elif ch == opener and ch not in "«{" and _is_opener(text, i):
            # the same mark opens again: the previous quote was never closed
            spans.append(_span(text, open_at + 1, _sentence_end(text, open_at + 1, i), False))
            open_at = i
    if open_at is not None:
        limit = min(end, open_at + 1 + MAX_QUOTE_CHARS)
        spans.append(_span(text, open_at + 1, _sentence_end(text, open_at + 1, limit), False))
    return [s for s in spans if s.end > s.start]


_UNCLOSED_END = re.compile(r"[.!?؟](?=\s|$)|[،,]\s*(?=(?:" + "|".join(sorted(PARTICIPLES)) + r")\b)")


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Where an unclosed quote stops: its sentence's end, or a ", مشيراً" attribution."""
    m = _UNCLOSED_END.search(_fold(text[start:limit]))
    return start + m.start() if m else limit


def _fold(s: str) -> str:
    """A one-to-one character fold for searching keys in original text (same length)."""
    return s.translate(_FOLD)


_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ئ": "ء", "ؤ": "ء", "\u0640": " "})


def _span(text: str, start: int, end: int, closed: bool) -> _Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or (not closed and text[end - 1] in _COMMAS)):
        end -= 1
    before = text[max(0, start - 4) : start - 1].rstrip()
    return _Span(start, end, closed, before.endswith(":"), len(_WORD.findall(text[start:end])))


class _Words:
    """The words of an article as parallel lists; _Word tuples are made on demand
    (an article has hundreds of words, a quote looks at a few dozen)."""

    def __init__(self, m_text: MatchText, words: MatchWords) -> None:
        self.keys, self.match_starts, bounds = _key_words(words)
        if not self.keys:
            self.starts: list[int] = []
            self.ends: list[int] = []
            self.commas: list[bool] = []
            self.comma_words: list[int] = []
            return
        starts, ends = bounds
        self.starts = m_text.offsets[starts].tolist()
        # a word ends after the dropped characters (diacritics, tatweel) right after it
        self.ends = _word_ends(m_text, ends)
        # the words with a comma before them (since the previous word): the word after
        # each comma of the match text (commas are few, words are hundreds)
        after = {bisect_right(self.match_starts, m.start()) for m in _COMMA.finditer(m_text.text)}
        self.comma_words = sorted(after - {len(self.keys)})
        self.commas = [False] * len(self.keys)
        for i in self.comma_words:
            self.commas[i] = True

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i: int) -> _Word:
        return _Word(self.starts[i], self.ends[i], self.keys[i], self.commas[i])


def _key_words(words: MatchWords) -> tuple[list[str], list[int], tuple[np.ndarray, np.ndarray]]:
    """The _KEY_WORD words of a match text, their match-text starts, and their bounds as
    arrays: the \\w+ words, but for those that open with a digit ("2015م" is "2015"
    and "م")."""
    split = [
        i
        for i in np.flatnonzero(words.kinds[words.start_array] == DIGIT).tolist()
        if not words.keys[i].isdecimal()
    ]
    if not split:
        return words.keys, words.starts, (words.start_array, words.end_array)
    keys, starts, ends = list(words.keys), list(words.starts), list(words.ends)
    for i in reversed(split):  # from the end, so that the indexes before stay put
        at = words.starts[i]
        found = [(m.group(), at + m.start(), at + m.end()) for m in _KEY_WORD.finditer(words.keys[i])]
        keys[i : i + 1] = [key for key, _, _ in found]
        starts[i : i + 1] = [start for _, start, _ in found]
        ends[i : i + 1] = [end for _, _, end in found]
    return keys, starts, (np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64))


def _word_ends(m_text: MatchText, ends: np.ndarray) -> list[int]:
    """Original offsets where the words that end at match-text offsets ``ends`` really
    end: after their last character and the characters dropped right after it
    (diacritics, tatweel), so at the first original offset that is kept in the match
    text or is whitespace (whitespace folded away is not kept)."""
    after = m_text.offsets[ends - 1] + 1
    # the next kept character: usually the one right after the word
    kept = np.append(m_text.offsets, len(m_text.original))[ends]
    out: list[int] = after.tolist()
    for k in np.flatnonzero(kept != after).tolist():
        space = _SPACE.search(m_text.original, out[k], int(kept[k]))
        out[k] = space.start() if space else int(kept[k])
    return out


_SPACE = re.compile(r"\s")  # the same characters as str.isspace


class _Article:
    """One article's words, sentences, mentions and quote spans, with lookups."""

    def __init__(self, text: str, mentions: Sequence[EntitySpanLike], index: TextIndex) -> None:
        self.text = text
        self.sentences = index.sentences
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self._mention_at = {m.start: m for m in self.mentions}
        # words and their keys from the article's match text: one normalisation pass
        self.words = _Words(index.m_text, index.words)
        self._word_starts = self.words.starts
        self.spans = quote_spans(text)
        self._span_starts = [s.start for s in self.spans]

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes [i, j) of the words within [start, end)."""
        i = bisect_left(self._word_starts, start)
        return i, max(i, bisect_right(self.words.ends, end))  # word ends rise with their starts

    def words_in(self, start: int, end: int, limit: int | None = None) -> list[_Word]:
        """The words within [start, end), the first ``limit`` of them if given."""
        i, j = self.word_range(start, end)
        if limit is not None:
            j = min(j, i + limit)
        return [self.words[k] for k in range(i, j)]

    def word_before(self, offset: int, floor: int) -> _Word | None:
        """The last word that ends by offset and starts at or after floor."""
        i = bisect_right(self.words.ends, offset) - 1
        return self.words[i] if i >= 0 and self.words.starts[i] >= floor else None

    def mention_at(self, start: int) -> EntitySpanLike | None:
        return self._mention_at.get(start)

    def mentions_in(self, start: int, end: int) -> list[EntitySpanLike]:
        i = bisect_left(self._mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def inside_span(self, offset: int) -> bool:
        i = bisect_right(self._span_starts, offset) - 1
        return i >= 0 and offset < self.spans[i].end


HEADLINE_WORDS = 8  # a short quote alone on its line is a subheading, not speech


_HEAD_BEFORE = re.compile(r"(\w+)\W{0,3}$")


def _is_speech(text: str, span: _Span) -> bool:
    if not (span.words >= MIN_SPEECH_WORDS or (span.colon and span.words >= 1)):
        return False
    head = _HEAD_BEFORE.search(text, max(0, span.start - 30), span.start)
    key = _bare_key(key_of(head.group(1))) if head else ""
    if not span.colon and (key in NAME_HEADS or key.removesuffix("ه") in NAME_HEADS):
        return False  # «العراب» after فيلم, "وول ستريت جورنال" after صحيفة: a title, not speech
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    alone = not line.replace(text[span.start : span.end], "").strip(' "“”«»{}.:،,')
    return not (alone and span.words < HEADLINE_WORDS)


def _without_article(key: str) -> str:
    """A noun without لـ and its article: "للمراقبين", "المراقبين", "لمراقبين" -> "مراقبين"."""
    for prefix in ("لل", "ال", "ل"):
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            return key[len(prefix) :]
    return key


def _bare_key(key: str) -> str:
    """A key without one proclitic letter (لـ«...», بـ"..."), when what is left is a word."""
    return key[1:] if len(key) > 3 and key[0] in "وفبل" else key


def _adjunct_at(article: _Article, first: int, i: int, description: bool) -> bool:
    """Whether word i starts something that is not part of the speaker, in the chunk of
    words that starts at word ``first``."""
    words = article.words
    key, start = words.keys[i], words.starts[i]
    if key in ("في", "فى"):
        return not (description and i > first and all(x not in ("في", "فى") for x in words.keys[first:i]))
    bare = key[1:] if key[:1] in "وف" else key
    if key in SPEAKER_STOPS or bare in SPEAKER_STOPS or key.isdigit():
        return True
    mention = article.mention_at(start)
    if mention is None and article.text[start : words.ends[i]].rstrip("ا").endswith("ً"):
        return True  # an adverb in the accusative: "علنًا", "سابقاً"
    if key.startswith("ل") and mention is None:
        # "للصحفيين", "لبوتين", "لـ«روسيا اليوم»": an addressee; "لافروف" is a mention itself
        return (
            key.startswith("لل")
            or article.mention_at(start + 1) is not None
            or "\u0640" in article.text[start : start + 2]
        )
    return False


def _is_apposition(article: _Article, i: int) -> bool:
    """Whether the chunk that starts at word i is an apposition of the speaker."""
    mention = article.mention_at(article.words.starts[i])
    if mention is not None and mention.entity_type == "PER":
        return True
    key = article.words.keys[i]
    return key in APPOSITION_ROLES or key in TITLE_HEADS


def _clean_speaker(article: _Article, start: int, end: int) -> tuple[int, int] | None:
    """The speaker within text[start:end]: its first phrase and appositions, adjuncts cut."""
    words = article.words
    first, last = article.word_range(start, end)
    # chunks: the words between commas, as word indexes [lo, hi); what is taken is the
    # words [first, taken): whole chunks, and the last one up to its cut
    commas = words.comma_words
    bounds = [first, *commas[bisect_right(commas, first) : bisect_left(commas, last)], last]
    taken = first
    for index in range(len(bounds) - 1 if first < last else 0):
        lo, hi = bounds[index], bounds[index + 1]
        if index > 0 and not _is_apposition(article, lo):
            break
        description = words.keys[lo] in DESCRIPTION_HEADS
        cut = next((i for i in range(lo, hi) if _adjunct_at(article, lo, i, description)), hi)
        lead = article.mention_at(words.starts[lo])
        if lead is not None:
            # "الكرملين موقفه": a name ends the phrase, bar adjectives ("صحيفة ... البريطانية")
            inside = bisect_right(words.ends, lead.end, lo, hi)  # word ends rise
            while inside < cut and is_modifier(words.keys[inside]):
                inside += 1
            cut = min(cut, inside)
        taken = cut
        if cut < hi or taken - first >= MAX_SPEAKER_WORDS:
            break
    if taken == first or taken - first > MAX_SPEAKER_WORDS:
        return None
    begin, end = words.starts[first], words.ends[taken - 1]
    phrase = article.text[begin:end]
    if (
        sum(phrase.count(c) for c in OPENERS + "»") % 2
        and end < len(article.text)
        and article.text[end] in CLOSERS
    ):
        end += 1  # 'موقع "أكسيوس"': keep the closing mark of a quoted name
    return begin, end


def _speaker_entity(article: _Article, start: int, end: int) -> str | None:
    """The person a speaker phrase names, else the organization or place it is."""
    inside = article.mentions_in(start, end)
    people = []
    for m in inside:
        if m.entity_type != "PER":
            continue
        before = article.word_before(m.start, max(start, m.start - 30))
        if before is not None and before.key in RELATION_WORDS:
            continue  # "مساعد بوتين" is not Putin
        people.append(m)
    if people:
        return people[-1].entity_id
    words = article.words_in(start, end, 2)  # the head and the word after it
    if not words or not inside:
        return None
    first = inside[0]
    head = words[0]
    if first.start == start and head.start != start:
        return first.entity_id  # "للبيت الأبيض": the speaker starts inside its first word
    if first.start == head.start or (
        head.key in NAME_AFTER_HEADS | ORG_HEADS and len(words) > 1 and first.start == words[1].start
    ):
        if first.start == head.start and first.entity_type != "PER" and head.key in DESCRIPTION_HEADS:
            return None
        return first.entity_id
    return None


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    key: str
    kind: str  # verb, participle or source


def _cue_kinds() -> dict[str, str]:
    """Every cue word's match-text form, with و/ف/ل before it or not, and its kind."""
    kinds: dict[str, str] = {}
    for words, kind in ((SOURCE_WORDS, "source"), (PARTICIPLES, "participle"), (REPORTING_VERBS, "verb")):
        for w in words:
            kinds[w] = kind
            for proclitic in "وفل":
                if len(w) > 2:
                    kinds[proclitic + w] = kind
    for w in PROCLITIC_VERBS:  # "وتابع", never "تابع"
        kinds.pop(w, None)
        kinds.update({p + w: "verb" for p in "وف"})
    for w in SHADDA_VERBS:  # "بيّن", never "بين": checked on the original
        kinds.update({w: "shadda", **{p + w: "shadda" for p in "وف"}})
    return kinds


_CUE_KINDS = _cue_kinds()


_RELATIVE_MA = frozenset({"ما", "مما", "بما"})
_SEEING = frozenset(key_of(w) for w in ("يرى", "ترى", "يرون"))  # after ل: to see
_TANWEEN = "\u064b"  # fathatan: only a noun or a participle carries it
# participles as written, with a proclitic or not ("ومؤكدا"): one set lookup per word
_PARTICIPLE_FORMS = PARTICIPLES | frozenset(p + w for w in PARTICIPLES for p in "وفبل")


def _bare_verb(key: str) -> str:
    """A cue word without the و/ف/ل that _cue_kinds allows before it."""
    return key[1:] if key[:1] in "وفل" and key[1:] in _CUE_KINDS else key


def _reporting_verb_form(key: str) -> bool:
    """A reporting verb, with a و/ف before it or an object pronoun after it ("نقلته")."""
    for form in (key, key.removesuffix("ه"), key.removesuffix("ها"), key.removesuffix("هم")):
        if form in REPORTING_VERBS or _bare_verb(form) in REPORTING_VERBS:
            return True
    return False


# the nouns a source without a name may be: people who speak, or media
_SPEAKING_HEADS = SOURCE_HEADS | DESCRIPTION_HEADS


def _before_commas(text: str, floor: int, end: int) -> int:
    """end moved back over the spaces and commas before it, not past floor."""
    while end > floor and (text[end - 1].isspace() or text[end - 1] in _COMMAS):
        end -= 1
    return end


def _source_follows(keys: list[str], i: int) -> bool:
    """عن (a source) or أن (reported speech) within SOURCE_REACH words after word i."""
    return any(k in SOURCE_PREPOSITIONS or k in COMPLEMENTIZERS for k in keys[i + 1 : i + 1 + SOURCE_REACH])


def _cues(article: _Article) -> list[_Cue]:
    cues = []
    words = article.words
    # one set lookup per word, in C but for the loop (a regex of 800 words is far slower)
    for i in [i for i, key in enumerate(words.keys) if key in _CUE_KINDS]:
        kind = _CUE_KINDS[words.keys[i]]
        w = words[i]
        if kind == "shadda":
            if "\u0651" not in article.text[w.start : w.end]:
                continue
            kind = "verb"
        if i and kind == "verb" and words.keys[i - 1] in _RELATIVE_MA and w.key in PRESENT_VERBS:
            continue  # "وهو ما يؤكد أن", "مما يشير إلى": what shows, not who says
        if kind == "verb" and w.key[:1] == "ل" and w.key[1:] in _SEEING:
            continue  # "ليرى إن كان": to see whether, not a saying ("ليرد بوتين" is one)
        if kind == "verb" and _TANWEEN in article.text[w.start : w.end]:
            continue  # "موقفاً أكثر حذراً": a noun in the accusative, never a verb (حذرا)
        if kind == "verb" and _bare_verb(w.key) in NEEDS_SOURCE and not _source_follows(words.keys, i):
            continue  # "نقل المصابين إلى المستشفى": carried, not reported
        if not article.inside_span(w.start):
            cues.append(_Cue(w.start, w.end, w.key, kind))
    return cues


class _Finder:
    def __init__(self, text: str, mentions: Sequence[EntitySpanLike], index: TextIndex) -> None:
        self.article = _Article(text, mentions, index)
        self.speech = [s for s in self.article.spans if _is_speech(text, s)]
        # a verb's reported speech, found by _outer and read again by indirect: cue start
        # -> (the إن/أن, where the speech ends)
        self._verb_speech: dict[int, tuple[int | None, int]] = {}
        self.cues = self._outer(_cues(self.article))
        self.last: _Speaker | None = None
        self.last_at = 0

    def _outer(self, cues: list[_Cue]) -> list[_Cue]:
        """Drop verbs inside reported speech: in "قال إنه يرى أن", "يرى" is the content."""
        self.cues = cues
        kept: list[_Cue] = []
        inside_until = -1
        for cue in cues:
            if cue.start < inside_until and cue.kind == "verb" and not self._named_after(cue):
                continue  # "بعد أن قال زيلينسكي إنه ...": a named speaker's is a quote of its own
            kept.append(cue)
            if cue.kind == "verb":
                sentence_end = self.article.sentences.at(cue.start)[1]
                marks = [s.start - 1 for s in self.speech if cue.end <= s.start - 1 < sentence_end]
                at = self._complementizer(cue, min([sentence_end, *marks]))
                content_end = sentence_end
                if at is not None:
                    inside_until = content_end = self._content_end(at, sentence_end)
                self._verb_speech[cue.start] = (at, content_end)
        return kept

    def _named_after(self, cue: _Cue) -> bool:
        """A person or organization named right after the cue: "قال زيلينسكي"."""
        following = self.article.words_in(cue.end, cue.end + 60, 1)
        if not following:
            return False
        named = self.article.mention_at(following[0].start)
        return named is not None and named.entity_type in ("PER", "ORG")

    def _content_end(self, at: int, sentence_end: int) -> int:
        """Where reported speech opened at ``at`` ends: its sentence's end, or an earlier
        clause of the reporter's own (", مضيفاً", ", لكنه شدد", ", إلا أن")."""
        words = self.article.words
        first, last = self.article.word_range(at, sentence_end)
        commas = words.comma_words  # only a comma starts the reporter's next clause
        for k in range(bisect_right(commas, first), bisect_left(commas, last)):
            i = commas[k]
            key = words.keys[i]
            # the word as written first: "واصفاً" and "وصف" begin with a و of their own
            bare = key[1:] if key[:1] in "وف" else key
            if (
                key in CLAUSE_BREAKERS
                or key in _PARTICIPLE_FORMS
                or key in REPORTING_VERBS
                or bare in REPORTING_VERBS
            ):
                return _before_commas(self.article.text, at, words.starts[i])
        return sentence_end

    # --- speakers -------------------------------------------------------------------------

    def _inherited(self, at: int) -> _Speaker | None:
        """The previous speaker, if quoted at most two paragraphs back: further back,
        the text has likely moved on to someone else."""
        if (
            self.last is None
            or len(_BREAKS.findall(self.article.text, self.last_at, at)) > INHERIT_PARAGRAPHS
        ):
            return None
        return self.last

    def _speaker(self, span: tuple[int, int] | None) -> _Speaker | None:
        if span is None:
            return None
        return _Speaker(span[0], span[1], _speaker_entity(self.article, *span))

    def _after_cue(self, cue: _Cue, end: int) -> _Speaker | None:
        """The speaker named right after a reporting verb, up to end."""
        if cue.kind == "source":
            start = cue.end
            words = self.article.words_in(start, end, 1)
            if words and words[0].key in PRONOUN_SOURCES:
                return self._inherited(cue.start)
            if words and words[0].key in ("ل", "عن"):
                start = words[0].end
            elif words and words[0].key.startswith("ل"):
                return self._speaker(self._strip_proclitic(words[0], end))
            return self._speaker(_clean_speaker(self.article, start, end))
        words = self.article.words_in(cue.end, end, 1)
        if words and words[0].key in PREPOSITIONS_AFTER_VERB:
            return None
        if words and words[0].key in PRONOUN_SPEAKERS:
            return self._inherited(cue.start)  # "وقال معاليه": the one spoken of before
        return self._speaker(_clean_speaker(self.article, cue.end, end))

    def _strip_proclitic(self, word: _Word, end: int) -> tuple[int, int] | None:
        """ "لـX" after وفقاً: the speaker starts after the ل, or where a mention does
        ("للبيت الأبيض" is the mention "بيت الأبيض": the alef of ال drops after ل)."""
        inner = [m.start for m in self.article.mentions_in(word.start + 1, end) if m.start < word.end]
        start = inner[0] if inner else word.start + 1
        while start < word.end and self.article.text[start] in 'ـ"«“ ':
            start += 1
        if self.article.text[start : start + 1] == "ل" and word.end - start > 3:
            # "للمراقبين": the speaker is the noun after the article's ل (which the
            # speaker cleaner would read as an addressee, "للصحفيين"), and what follows it
            rest = _clean_speaker(self.article, word.end, end) if word.end < end else None
            return start + 1, rest[1] if rest is not None and rest[0] == self._next_start(word) else word.end
        span = _clean_speaker(self.article, start, end)
        return (start, span[1]) if span is not None else None

    def _next_start(self, word: _Word) -> int:
        following = self.article.words_in(word.end, len(self.article.text), 1)
        return following[0].start if following else -1

    def _subject_before(self, cue: _Cue, clause_start: int) -> _Speaker | None:
        """A subject fronted before the verb: "ترامب صرح أن", "أما زيلينسكي، فصرح"."""
        raw = self.article.text[cue.start : cue.end]
        words = self.article.words_in(clause_start, cue.start, MAX_SPEAKER_WORDS + 1)
        if not words or len(words) > MAX_SPEAKER_WORDS:
            return None
        opener = words[0].key in SUBJECT_OPENERS
        if opener:
            words = words[1:]
        elif raw[:1] in "وف" and cue.key[1:] in REPORTING_VERBS:
            return None  # "وقال" opens a clause: its subject follows it
        if not words:
            return None
        if words[-1].key in RELATIVES:
            # "ترامب، الذي قال ... إن": the name the relative clause hangs on
            named = [
                m
                for m in self.article.mentions_in(clause_start, words[-1].start)
                if m.entity_type in ("PER", "ORG")
            ]
            return self._speaker((named[-1].start, named[-1].end)) if named else None
        first = words[0]
        named_first = self.article.mention_at(first.start) is not None
        heads = APPOSITION_ROLES | TITLE_HEADS | DESCRIPTION_HEADS | ORG_HEADS | NAME_AFTER_HEADS
        if not (named_first or first.key in heads or self._bare_name(words, clause_start)):
            return None  # "ورغم أن التوقعات شددت": not a speaker we can name
        span = _clean_speaker(self.article, first.start, cue.start)
        if span is None or span[0] != first.start:
            return None
        return self._speaker(span)

    def _bare_name(self, words: list[_Word], clause_start: int) -> bool:
        """A short name the gazetteer lacks, opening its sentence: "لوس أضاف أن"."""
        head: list[_Word] = []
        for w in words:
            if w.comma_before and head:
                break
            head.append(w)
        return (
            words[0].start <= clause_start + 6
            and 1 <= len(head) <= 3
            and all(w.key not in STOP_WORDS and not w.key.startswith(("و", "ال")) for w in head)
        )

    def _continues(self, cue: _Cue, clause_start: int) -> bool:
        """Whether a verb without a subject goes on with the previous speaker."""
        last = self.article.word_before(cue.start, clause_start)
        if last is None:
            return True
        gap = self.article.text[last.end : cue.start]
        return last.key in CONTINUERS or any(c in _COMMAS for c in gap)

    def _clause_start(self, offset: int, floor: int) -> int:
        return max(self.article.sentences.at(offset)[0], floor)

    def _speaker_of(self, cue: _Cue, end: int, floor: int) -> tuple[_Speaker | None, str]:
        """Who a cue attributes to, and how the speaker was found."""
        if cue.kind == "participle":
            earlier = [c for c in self.cues if floor <= c.start < cue.start and c.kind == "verb"]
            if earlier:
                return self._speaker_of(earlier[-1], cue.start, floor)
            subject = self._subject_before(cue, self._clause_start(cue.start, floor))
            return (subject, "subject") if subject else (self._inherited(cue.start), "inherited")
        speaker = self._after_cue(cue, end)
        if speaker is not None:
            return speaker, "explicit"
        clause_start = self._clause_start(cue.start, floor)
        subject = self._subject_before(cue, clause_start)
        if subject is not None:
            return subject, "subject"
        if cue.kind == "verb" and self._continues(cue, clause_start):
            return self._inherited(cue.start), "inherited"
        return None, "none"

    def _after_quote(self, span: _Span) -> tuple[_Speaker | None, _Cue | None]:
        """ "«...»، قال ترامب": an attribution right after the closing mark."""
        sentence_end = self.article.sentences.at(span.end)[1]
        following = [c for c in self.cues if span.end < c.start <= span.end + 12 and c.kind == "verb"]
        if not following:
            return None, None
        cue = following[0]
        gap = self.article.text[span.end + 1 : cue.start]
        if gap.strip(" ،,") not in ("", "و"):
            return None, None
        return self._after_cue(cue, max(sentence_end, cue.end)), cue

    # --- quotes ---------------------------------------------------------------------------

    def _quote(
        self,
        kind: str,
        start: int,
        end: int,
        speaker: _Speaker | None,
        cue: _Cue | None,
        how: str,
        conf: float,
    ) -> Quote:
        text = self.article.text
        if speaker is not None and how != "none":
            self.last, self.last_at = speaker, start
        return Quote(
            kind=kind,
            start=start,
            end=end,
            text=text[start:end],
            speaker=text[speaker.start : speaker.end] if speaker else None,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
            speaker_entity_id=speaker.entity_id if speaker else None,
            cue=text[cue.start : cue.end] if cue else None,
            attribution=how if speaker else "none",
            confidence=conf if speaker else 0.5,
            cue_start=cue.start if cue else None,
            cue_end=cue.end if cue else None,
        )

    def direct(self, span: _Span, previous: _Span | None, previous_quote: Quote | None) -> Quote | None:
        text = self.article.text
        floor = previous.end + 1 if previous is not None else 0
        sentence_start = self.article.sentences.at(span.start - 1)[0]
        window = max(sentence_start, floor)
        penalty = 0.0 if span.closed else 0.15
        if (
            previous is not None
            and previous_quote is not None
            and _adjacent(text, previous.end + 1, span.start - 1)
        ):
            return self._continued(previous_quote, span, 0.85 - penalty)
        cues = [c for c in self.cues if window <= c.start < span.start]
        if not cues and previous_quote is not None and previous is not None and window > sentence_start:
            # "“...”، لكن “...”": a second quote in the sentence of the first
            return self._continued(previous_quote, span, 0.8 - penalty)
        if cues:
            cue = cues[-1]
            limit = self._complementizer(cue, span.start - 1) or span.start - 1
            speaker, how = self._speaker_of(cue, limit, window)
            conf = {"explicit": 0.9, "subject": 0.85, "inherited": 0.8}.get(how, 0.5)
            return self._quote("direct", span.start, span.end, speaker, cue, how, conf - penalty)
        speaker, after = self._after_quote(span) if span.closed else (None, None)
        if speaker is not None:
            return self._quote("direct", span.start, span.end, speaker, after, "after", 0.85 - penalty)
        # no reporting word: the sentence's first person ("وعبّر ماكرون عن أمله في أن «...»")
        people = [m for m in self.article.mentions_in(window, span.start) if m.entity_type == "PER"]
        people = [m for m in people if not self._modifier_mention(m)]
        if people:
            p = people[0]
            return self._quote(
                "direct",
                span.start,
                span.end,
                _Speaker(p.start, p.end, p.entity_id),
                None,
                "subject",
                0.65 - penalty,
            )
        opening = self.article.words_in(window, span.start, 1)
        if span.colon or (opening and opening[0].key in CONTINUERS):
            # "...: «...»" or "لكنه رفض «...»": the one quoted before goes on
            speaker = self._inherited(span.start)
            return self._quote("direct", span.start, span.end, speaker, None, "inherited", 0.6 - penalty)
        # no reporting word, no person, no colon: a title, a list or a slogan in marks
        # ("«لعبة الجوع»", "“طب بشري، طب أسنان”") far more often than speech
        return None

    def _modifier_mention(self, m: EntitySpanLike) -> bool:
        before = self.article.word_before(m.start, max(0, m.start - 30))
        return before is not None and before.key in RELATION_WORDS

    def _source_complementizer(self, cue: _Cue, limit: int) -> int | None:
        """ "وفقاً للمصادر، فإن ...": a source phrase then فإن opens reported speech."""
        for w in self.article.words_in(cue.end, limit, MAX_SPEAKER_WORDS):
            if w.key == "فان":
                return w.start
        return None

    def _fronted_source(self, cue: _Cue, limit: int) -> tuple[int, int] | None:
        """ "وفقاً للمراقبين، أنهى ترامب القمة": a source phrase opening its sentence, then a
        comma and the clause it reports, with no فإن. (Where the source ends, where the
        speech starts), or None when the source is no one who speaks ("وفقاً للقانون")."""
        sentence_start = self.article.sentences.at(cue.start)[0]
        if self.article.word_before(cue.start, sentence_start) is not None:
            return None
        words = self.article.words_in(cue.end, limit, MAX_SPEAKER_WORDS + 1)
        at = next((k for k, w in enumerate(words) if w.comma_before), None)
        if not at:
            return None
        source = words[1].key if words[0].key in ("ل", "عن") and at > 1 else words[0].key
        named = self.article.mentions_in(words[0].start, words[at - 1].end)
        if not named and _without_article(source) not in SOURCE_HEADS:
            return None
        return words[at - 1].end, words[at].start

    def _trailing_source(self, cue: _Cue, limit: int, speech_starts: list[int]) -> Quote | None:
        """ "..., حسبما قال مدير المطعم لصحيفة إزفستيا", "..., وفقاً لمسؤول أمريكي": a
        source phrase after a comma reports the clause before it, from its sentence's
        start, when no reporting verb of that sentence has already taken it and the
        source is someone who speaks (a name, or a noun such as مسؤول or مصادر)."""
        sentence_start = self.article.sentences.at(cue.start)[0]
        cue_word = self.article.words_in(cue.start, cue.end, 1)
        if not cue_word or not cue_word[0].comma_before:
            return None
        if any(sentence_start <= c.start < cue.start and c.kind != "participle" for c in self.cues):
            return None  # "قال ... إن ...، وفقاً لـ": the verb's quote
        source = self.article.words_in(cue.end, limit, 3)
        if source and source[0].key == "ما":  # "بحسب ما قال"
            source = source[1:]
        if source and _reporting_verb_form(source[0].key):
            # "حسبما قال X", "حسبما نقلت وكالة X": the speaker follows the verb
            speaker = self._speaker(_clean_speaker(self.article, source[0].end, limit))
        else:
            speaker = self._after_cue(cue, limit)
        if speaker is None or not self._speaks(speaker):
            return None
        start = sentence_start
        while start < cue.start and not self.article.text[start].isalnum():
            start += 1
        end = _before_commas(self.article.text, start, cue.start)
        if len(self.article.words_in(start, end, 3)) < 3 or any(start <= s < end for s in speech_starts):
            return None
        return self._quote("indirect", start, end, speaker, cue, "explicit", 0.7)

    def _speaks(self, speaker: _Speaker) -> bool:
        """A person or an organization named, or a noun of people who speak ("مسؤول
        أمريكي", "مصادر مطلعة"): not a plan or a law ("حسب الخطة")."""
        if speaker.entity_id is not None:
            return True
        named = self.article.mentions_in(speaker.start, speaker.end)
        if any(m.entity_type in ("PER", "ORG") for m in named):
            return True
        # its first word as written from its start ("لمسؤول" after وفقاً starts inside a word)
        first = key_of(self.article.text[speaker.start : speaker.end]).split(" ", maxsplit=1)[0]
        return first in TITLE_HEADS or _without_article(first) in _SPEAKING_HEADS

    def _continued(self, q: Quote, span: _Span, confidence: float) -> Quote:
        """The next segment of the statement quoted in q: same speaker, same cue."""
        speaker = None
        if q.speaker_start is not None and q.speaker_end is not None:
            speaker = _Speaker(q.speaker_start, q.speaker_end, q.speaker_entity_id)
        quote = self._quote("direct", span.start, span.end, speaker, None, "continued", confidence)
        return replace(quote, cue=q.cue, cue_start=q.cue_start, cue_end=q.cue_end)

    def _complementizer(self, cue: _Cue, limit: int) -> int | None:
        """Start of the إن/أن that opens the cue's reported speech, before limit."""
        words = self.article.words
        first, last = self.article.word_range(cue.end, limit)
        for i in range(first, min(last, first + MAX_CUE_TO_COMPLEMENTIZER)):
            key = words.keys[i]
            if key in COMPLEMENTIZERS:
                # "وقال اليامي: إنه ...": after a colon, إن opens direct speech
                start = words.starts[i]
                return None if ":" in self.article.text[cue.end : start] else start
            if key in REPORTING_VERBS or key in CLAUSE_BREAKERS or key in _PARTICIPLE_FORMS:
                return None  # "استبعد ...، مؤكداً أنه": the أن is the participle's
        return None

    def indirect(self, cue: _Cue, speech_starts: list[int]) -> Quote | None:
        sentence_start, sentence_end = self.article.sentences.at(cue.start)
        if cue.kind == "verb":
            at, content_end = self._verb_speech[cue.start]  # as _outer found it
        else:
            marks = [s for s in self.speech if cue.end <= s.start - 1 < sentence_end]
            limit = min([sentence_end, *(s.start - 1 for s in marks)])
            at = (
                self._source_complementizer(cue, limit)
                if cue.kind == "source"
                else self._complementizer(cue, limit)
            )
            if at is not None:
                content_end = self._content_end(at, sentence_end)
            elif cue.kind == "source":
                return self._after_source(cue, limit, sentence_end, speech_starts)
        if at is None:
            return None
        first, last = self.article.word_range(at, content_end)
        if last - first < 3:
            return None
        start = self.article.words.starts[first + 1]
        if any(start <= s < content_end for s in speech_starts):
            return None  # the content is quoted: the direct quote carries it
        end = content_end
        while end > start and self.article.text[end - 1] in ".!?؟…":
            end -= 1
        floor = sentence_start
        speaker, how = self._speaker_of(cue, at, floor)
        conf = {"explicit": 0.8, "subject": 0.75, "inherited": 0.7}.get(how, 0.5)
        return self._quote("indirect", start, end, speaker, cue, how, conf)

    def _after_source(
        self, cue: _Cue, limit: int, sentence_end: int, speech_starts: list[int]
    ) -> Quote | None:
        """The clause a fronted source phrase reports ("بحسب محللين، تسببت الحرب ...")."""
        fronted = self._fronted_source(cue, limit)
        if fronted is None:
            return self._trailing_source(cue, limit, speech_starts)
        source_end, start = fronted
        end = self._content_end(start, sentence_end)
        if len(self.article.words_in(start, end, 3)) < 3 or any(start <= s < end for s in speech_starts):
            return None
        while end > start and self.article.text[end - 1] in ".!?؟…":
            end -= 1
        speaker = self._after_cue(cue, source_end)
        how = "explicit" if speaker is not None else "none"
        return self._quote("indirect", start, end, speaker, cue, how, 0.7)

    def unmarked(self, cue: _Cue, speech_starts: list[int]) -> Quote | None:
        """ "وقال اليامي: إنه قد تم ...": direct speech after a colon, without marks."""
        sentence_start, sentence_end = self.article.sentences.at(cue.start)
        text = self.article.text
        colon = text.find(":", cue.end, sentence_end)
        if colon < 0 or len(self.article.words_in(cue.end, colon, MAX_SPEAKER_WORDS + 1)) > MAX_SPEAKER_WORDS:
            return None
        start = colon + 1
        while start < sentence_end and text[start].isspace():
            start += 1
        if (
            start >= sentence_end
            or text[start] in OPENERS
            or any(start <= s < sentence_end for s in speech_starts)
        ):
            return None
        end = sentence_end
        while end > start and text[end - 1] in ".!?؟…":
            end -= 1
        if len(self.article.words_in(start, end, MIN_SPEECH_WORDS)) < MIN_SPEECH_WORDS:
            return None
        speaker, how = self._speaker_of(cue, colon, sentence_start)
        conf = {"explicit": 0.75, "subject": 0.7, "inherited": 0.65}.get(how, 0.5)
        return self._quote("direct", start, end, speaker, cue, how, conf)


def _adjacent(text: str, start: int, end: int) -> bool:
    """Only punctuation between two quotes: "...". "..." are one statement in segments."""
    gap = text[start:end]
    return not gap.strip(" .،,؛;\u00a0") and "\n" not in gap


def find_quotes(
    text: str,
    mentions: Sequence[EntitySpanLike],
    m_text: MatchText | None = None,
    index: TextIndex | None = None,
) -> list[Quote]:
    """Every direct and indirect quote in an article, in text order; ``mentions`` are the
    article's entity mentions (speakers link to them). Pass the match text, or the
    article's TextIndex, if computed."""
    finder = _Finder(text, mentions, index or TextIndex(text, m_text))
    speech = finder.speech
    speech_starts = [s.start for s in speech]
    # walk quotes and reporting verbs in text order, so that "وأضاف" inherits correctly
    items: list[tuple[int, int, _Span | _Cue]] = [(s.start - 1, 0, s) for s in speech]
    items += [(c.start, 1, c) for c in finder.cues]
    quotes: list[Quote] = []
    previous: _Span | None = None
    previous_quote: Quote | None = None
    for _, _, item in sorted(items, key=lambda t: (t[0], t[1])):
        if isinstance(item, _Span):
            same_paragraph = previous is not None and "\n" not in text[previous.end : item.start]
            q = finder.direct(
                item, previous if same_paragraph else None, previous_quote if same_paragraph else None
            )
            if q is None:
                continue
            quotes.append(q)
            previous, previous_quote = item, q
        else:
            found = finder.indirect(item, speech_starts)
            if found is None and item.kind == "verb":
                found = finder.unmarked(item, speech_starts)
            if found is not None:
                quotes.append(found)
    return quotes
