"""Statement events from quotes: one per speaker and occasion, not one per quote.

    >>> from tasks.quotes.quotes import find_quotes
    >>> text = ('وقال بوتين في مؤتمر صحفي إن "المحادثات كانت مفيدة جدا". '
    ...         'وأضاف بوتين أن الطرفين سيلتقيان مجددا.')
    >>> [(m.trigger, m.speaker, m.occasion) for m in statement_mentions(text, find_quotes(text, []), [])]
    [('وقال', 'text:بوتين', 'press_conference'), ('وأضاف', 'text:بوتين', 'press_conference')]

Each quote with a speaker is a statement mention: its reporting word is the
trigger, its speaker (the entity, else the speaker as written) says whose
statement it is, and the words of its sentence outside the quoted text name the
occasion (lexicons/occasions.tsv: مؤتمر صحفي، بيان، حوار، تغريدة ...; or a time told
by an event right before the quote: قبل القمة، خلال حملته). A quote with no occasion
of its own belongs to its speaker's occasion named last before it, else first after
it. Quotes with no reporting word of their own (a continuation, an inherited
speaker) join their speaker's statement without a mention. A quote with a
past-tense reporting word but no speaker found is the one person's named before it
in its sentence, else the last speaker's, one paragraph back at most with no one
else named between, else an unnamed speaker's statement.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import numpy as np

from tasks.dates.expressions import DateExpression
from tasks.entities.cues import ORG_HEADS, TITLE_HEADS
from tasks.events.lexicon import occasions, speakers, trigger_lexicon, word_hit
from tasks.events.mentions import Mention, nearest_date
from tasks.quotes.quotes import Quote
from tasks.text.match_text import MatchText, key_of
from tasks.text.sentences import EntitySpanLike, TextIndex

UNANCHORED = -1  # trigger_start of a quote's mention with no reporting word of its own


def _occasion(index: TextIndex, sentence: tuple[int, int], quote: Quote) -> str | None:
    """The first occasion word of the quote's sentence outside the quoted text (read
    from the article's word index: no text is normalised again)."""
    names = occasions()
    words = index.words
    lo, q_start, q_end, hi = np.searchsorted(
        index.m_text.offsets, [sentence[0], quote.start, quote.end, sentence[1]]
    ).tolist()
    for a, b in ((lo, max(lo, q_start)), (q_end, hi)):
        first = bisect.bisect_left(words.starts, a)
        last = bisect.bisect_left(words.starts, b, first)
        for i in range(first, last):
            occasion = names.get(words.keys[i])
            if occasion is None:
                continue
            if occasion in _RELATIVE_OCCASIONS:
                # "وصفه ترامب قبل القمة بأنه", "قال خلال حملته إنه": a time told by an
                # event, right before what is quoted (not "قبل أسبوعين", nor an event the
                # sentence names elsewhere)
                if b != q_start or last - i > RELATIVE_REACH:
                    continue
                event = "" if occasion == "campaign" else _event_after(words.keys, i + 1, last)
                if event is None:
                    continue
                return f"{occasion}:{event}" if event else occasion
            return occasion
    return None


RELATIVE_REACH = 6  # words from a relative occasion to the start of the quote
_RELATIVE_OCCASIONS = frozenset({"before", "after", "during", "campaign"})


def _event_after(keys: list[str], i: int, last: int) -> str | None:
    """The type of the definite event noun at word i ("القمة", "الاجتماع"), if any."""
    if i >= last:
        return None
    hit = word_hit(trigger_lexicon(), keys[i])
    if hit is None or not hit.definite or hit.trigger.form != "noun":
        return None
    # a summit is a meeting of leaders: "قبل القمة" and "قبل الاجتماع" tell one time
    return "meeting" if hit.trigger.event_type == "summit" else hit.trigger.event_type


# Words of a description that say nothing of whom it describes.
_FUNCTION_WORDS = frozenset(key_of(w) for w in ["في", "من", "عن", "على", "باسم", "لدى", "و", "أحد"])
_SYNONYMS = {"زعيم": "رئيس"}  # "الزعيم الأوكراني" is "الرئيس الأوكراني"
CONTEXT_CHARS = 40  # before a name, the title and nationality that describe it


def _head_kind(words: str) -> str | None:
    """PER for a description headed by a person's title ("الوزير"), ORG for one headed by
    an organization's ("الوزارة"), None for anything else (a name, a source)."""
    head = words.split(" ", maxsplit=1)[0]
    return "PER" if head in TITLE_HEADS else "ORG" if head in ORG_HEADS else None


def _bare(words: str) -> set[str]:
    bare = {w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words.split()}
    return {_SYNONYMS.get(w, w) for w in bare} - _FUNCTION_WORDS


def speaker_keys(
    quotes: Sequence[Quote],
    text: str = "",
    mentions: Sequence[EntitySpanLike] = (),
    m_text: MatchText | None = None,
) -> list[str | None]:
    """Each quote's speaker, one key per person: a speaker named once with its entity
    and once without is the entity; a description whose words all describe an earlier
    speaker or a person named before it ("وأضاف المحافظ" after "محافظ المؤسسة العامة
    ...", "الزعيم الأوكراني" after "الرئيس الأوكراني فولوديمير زيلينسكي") is that one.
    A saying or people at large ("كما يقول المثل", speakers.tsv) are no one: None."""
    # one speaker is quoted several times: each spelling is keyed once
    spellings: dict[str, str] = {}
    for q in quotes:
        if q.speaker and q.speaker not in spellings:
            spellings[q.speaker] = key_of(q.speaker)
    said = [spellings[q.speaker] if q.speaker else None for q in quotes]
    generic = speakers().get("generic", frozenset())
    by_text = {k: q.speaker_entity_id for q, k in zip(quotes, said, strict=True) if k and q.speaker_entity_id}
    named: _Named | None = None  # made for the first speaker given only as text
    keys: list[str | None] = []
    # earlier speakers: where, kind, words as said, key, and the quote (whose text around
    # the speaker may hold the rest of a name or title: _around, read only when needed)
    spoken: list[tuple[int, str, str, str, Quote]] = []
    documents = occasions()
    for q, words in zip(quotes, said, strict=True):
        key = q.speaker_entity_id
        if key is None and words and words.split(" ", maxsplit=1)[0] in generic:
            keys.append(None)
            continue
        if key is None and words and documents.get(words) == "statement" and spoken:
            # "وأضاف البيان": the statement speaks for whoever issued it, the last speaker
            keys.append(spoken[-1][3])
            continue
        at = q.speaker_start if q.speaker_start is not None else q.start
        if key is None and words:
            key = by_text.get(words)
            if key is None:
                named = named or _Named(text, mentions, m_text)
                key = _described(words, at, named, spoken) or "text:" + words
        if key is not None and words:
            spoken.append((at, _speaker_kind(key, words), words, key, q))
        keys.append(key)
    return keys


def _speaker_kind(key: str, words: str) -> str:
    """PER or ORG: the entity's type, else ORG for words headed by an organization's
    noun and PER for any other (a title, or a name the tagger did not know)."""
    if key.startswith(("per:", "org:")):
        return key[:3].upper()
    return "ORG" if _head_kind(words) == "ORG" else "PER"


class _Named:
    """The people and organizations named in an article, each with the words of its
    name and the words before it, back to the name before it ("وزير الخارجية الألماني
    يوهان فاديفول"); worked out only for the few speakers that need them."""

    def __init__(
        self, text: str, mentions: Sequence[EntitySpanLike], m_text: MatchText | None = None
    ) -> None:
        self.text = text
        self.m_text = m_text
        self.names = sorted((m for m in mentions if m.entity_type in ("PER", "ORG")), key=lambda m: m.start)
        self.starts = [m.start for m in self.names]
        # each mention's words, worked out once: an article's speakers ask of the same names
        self._names: dict[int, set[str]] = {}
        self._contexts: dict[int, set[str]] = {}

    def said_before(self, words: set[str], at: int) -> bool:
        """Every word was written before ``at`` (a quick test, in C, before any other):
        its first occurrence in the match text maps to an offset before it."""
        if self.m_text is None:
            before = key_of(self.text[:at])
            return all(w in before for w in words)
        text, offsets = self.m_text.text, self.m_text.offsets
        for w in words:
            found = text.find(w)
            if found < 0 or offsets[found] >= at:
                return False
        return True

    def name(self, i: int) -> set[str]:
        """The words of every name the entity of mention ``i`` was given up to it."""
        found = self._names.get(i)
        if found is None:
            spans = [(self.names[j].start, self.names[j].end) for j in self._same(i)]
            found = self._names[i] = {w for start, end in spans for w in _bare(key_of(self.text[start:end]))}
        return found

    def context(self, i: int) -> set[str]:
        """The words of the entity of mention ``i`` and before each of its mentions up to
        it: "رئيس الوزراء البريطاني ديفيد كاميرون" describes a later "كاميرون" too."""
        found = self._contexts.get(i)
        if found is not None:
            return found
        words: set[str] = set()
        for j in self._same(i):
            m = self.names[j]
            previous_end = self.names[j - 1].end if j else 0
            words |= _bare(key_of(self.text[max(previous_end, m.start - CONTEXT_CHARS) : m.end]))
        self._contexts[i] = words
        return words

    def _same(self, i: int) -> list[int]:
        entity_id = self.names[i].entity_id
        return [j for j in range(i + 1) if self.names[j].entity_id == entity_id]


RECENT = 12  # how many names back a description may refer to


_CLAUSE_MARK = re.compile(r"[،,.:؛;\n«\"“]")
AROUND_CHARS = 80  # after a speaker as found, how far the rest of its name may run


def _around(text: str, q: Quote) -> tuple[tuple[int, int], ...]:
    """Stretches of text around a quote's speaker that may hold the rest of the name or
    title the quote finder cut off: from CONTEXT_CHARS before it to its clause's end
    ("محافظ المؤسسة العامة" + "لتحلية المياه المالحة علي بن ناصر الغفيص،"), and
    CONTEXT_CHARS before the name's first occurrence ("رئيس لجنة الاحتراف د. عبد الله
    البرقان" before "وقال البرقان")."""
    if q.speaker is None or q.speaker_start is None or q.speaker_end is None:
        return ()
    hi = min(len(text), q.speaker_end + AROUND_CHARS)
    if q.start > q.speaker_end:
        hi = min(hi, q.start)
    mark = _CLAUSE_MARK.search(text, q.speaker_end, hi)
    stretches = [(max(0, q.speaker_start - CONTEXT_CHARS), mark.start() if mark else hi)]
    first = text.find(q.speaker)
    if 0 <= first < q.speaker_start:
        stretches.append((max(0, first - CONTEXT_CHARS), first + len(q.speaker)))
    return tuple(stretches)


def _described(
    words: str, at: int, named: _Named, spoken: list[tuple[int, str, str, str, Quote]]
) -> str | None:
    """The key of the last person or organization before ``at`` (of the last RECENT
    names and speakers) that a speaker given as text is: a description ("الوزير
    الألماني", "الوزارة") whose words all describe it, or a part of its name ("بدر"
    after "محافظ الأقصر محمد بدر"). None for no one: anonymous sources ("مسؤول",
    "مصدران") refer to no one."""
    kind = _head_kind(words)
    if kind is None and words.split(" ", maxsplit=1)[0] in speakers().get("anonymous", ()):
        return None
    bare = _bare(words)
    if not bare or not named.said_before(bare, at):
        return None
    last = bisect.bisect_left(named.starts, at)
    recent = spoken[-RECENT:]
    candidates = [(named.starts[i], i) for i in range(max(0, last - RECENT), last)]
    candidates += [(where, -1 - j) for j, (where, *_rest) in enumerate(recent) if where < at]
    tried: set[str] = set()  # an entity's latest mention has every word of its earlier ones
    for _, i in sorted(candidates, reverse=True)[:RECENT]:
        if i >= 0:
            entity_type, entity_key = named.names[i].entity_type, named.names[i].entity_id
            if entity_key in tried:
                continue
            tried.add(entity_key)
            if kind is None and entity_type == "PER" and bare <= named.name(i):
                return entity_key
            if kind is not None and entity_type == kind and bare <= named.context(i):
                return entity_key
            continue
        _, entity_type, said, entity_key, quote = recent[-1 - i]
        if not ((kind is None and entity_type == "PER") or entity_type == kind):
            continue
        if bare <= _bare(said):
            return entity_key
        # a speaker the tagger did not name: the words around it, where the quote finder
        # cut its name or title short ("وأضاف الغفيص" after "محافظ المؤسسة العامة ...")
        if entity_key.startswith("text:") and any(
            bare <= _bare(key_of(named.text[lo:hi])) for lo, hi in _around(named.text, quote)
        ):
            return entity_key
    return None


UNNAMED = "unnamed:"  # the key prefix of a speaker the quote finder did not find
# Present-tense reporting verbs say what is said at large ("يقولون", "يرون"), not a
# statement made once.
_HABITUAL = frozenset(key_of(w) for w in ("يقول", "تقول", "يقولون", "تقولون", "يرى", "ترى", "يرون"))


# ... and in the plural, by people not named, always: "رواد تويتر يقولون"، "الناس يرون".
_AT_LARGE = frozenset(key_of(w) for w in ("يقولون", "تقولون", "يرون"))


def _cue_in(cue: str, words: frozenset[str]) -> bool:
    """The reporting word is one of words, with a و or ف before it or not."""
    key = key_of(cue)
    return key in words or (key[:1] in "وف" and key[1:] in words)


def _said_at_large(q: Quote) -> bool:
    """A present plural reporting verb with no named speaker: what people say."""
    return q.cue is not None and q.speaker_entity_id is None and _cue_in(q.cue, _AT_LARGE)


def _past_cue(q: Quote) -> bool:
    """The quote has a reporting word of its own, not a present-tense one."""
    return q.cue is not None and q.cue_start is not None and not _cue_in(q.cue, _HABITUAL)


def _last_speaker(
    text: str, found: list[Mention], quotes: Sequence[Quote], q: Quote, people: Sequence[EntitySpanLike]
) -> str | None:
    """The speaker of the last statement mention, if it is at most one paragraph back
    and no one else is named in between ("وصفها روبيو ...، رغم أنه حذر")."""
    last = found[-1] if found else None
    if last is None or last.speaker is None or last.quote_index is None:
        return None
    since, until = quotes[last.quote_index].end, _cue_or_start(q)
    if _two_breaks(text, last.start, until):
        return None
    if any(since <= m.start < until and m.entity_id not in last.participants for m in people):
        return None
    return last.speaker


def _two_breaks(text: str, lo: int, hi: int) -> bool:
    """More than one paragraph break (a run of newlines) in text[lo:hi]; str.find stops
    at the second, where a regex would read the whole stretch."""
    first = text.find("\n", lo, hi)
    if first < 0:
        return False
    while first < hi and text[first] == "\n":
        first += 1
    return text.find("\n", first, hi) >= 0


def _cue_or_start(q: Quote) -> int:
    return q.cue_start if q.cue_start is not None else q.start


def _sentence_subject(sentence: tuple[int, int], q: Quote, people: Sequence[EntitySpanLike]) -> str | None:
    """The one person named in the quote's sentence before its reporting word, who is
    the subject it goes on from ("صعد المرشد الأعلى علي خامنئي ...، مؤكدًا أن", "وتعكس
    تصريحات خامنئي ...؛ إذ قال إن"); None when no one, or more than one, is named."""
    until = _cue_or_start(q)
    named = {m.entity_id for m in people if sentence[0] <= m.start < until}
    return named.pop() if len(named) == 1 else None


_SAYING_PRECISIONS = frozenset({"day", "week"})


def statement_mentions(
    text: str,
    quotes: Sequence[Quote],
    dates: Sequence[DateExpression],
    index: TextIndex | None = None,
    mentions: Sequence[EntitySpanLike] = (),
) -> list[Mention]:
    """One statement mention per quote with a speaker, in quote order; a quote with no
    reporting word of its own has trigger_start UNANCHORED."""
    index = index or TextIndex(text)
    sentences = index.sentences
    quote_spans = sorted((q.start, q.end) for q in quotes)
    starts = [s for s, _ in quote_spans]
    found: list[Mention] = []
    cues_seen: set[int] = set()
    keys = speaker_keys(quotes, text, mentions, index.m_text)
    people = [m for m in mentions if m.entity_type == "PER"]
    # the occasion only tells a speaker's statements apart: not needed for one quote (a
    # speaker found below for a quote with none may have other quotes: it is worked out)
    # (counted in a loop: Counter's code is Python's, not compiled)
    counts: dict[str | None, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    for i, (q, key) in enumerate(zip(quotes, keys, strict=True)):
        speaker = key if not _said_at_large(q) else None
        subject: str | None = None  # a speaker the quote finder missed, named before it
        if speaker is None and q.speaker is None and _past_cue(q):
            # someone said it, though the quote finder found no one: the one person named
            # before it in its sentence ("صعد خامنئي ...، مؤكدًا أن"), else the speaker of the
            # paragraph's or the previous paragraph's statement ("وقال:"), else someone of
            # their own ("مغرد ...، كتب: «...»")
            subject = _sentence_subject(sentences.at(_cue_or_start(q)), q, people)
            speaker = subject or _last_speaker(text, found, quotes, q, people) or f"{UNNAMED}{q.cue_start}"
        if speaker is None:
            continue
        # other quotes of the speaker's (one found here is none of the counted ones)
        others = 1 if key is not None else 0
        # a reporting word of its own (a continued quote repeats its first one's)
        cue = (q.cue_start, q.cue_end) if q.cue_start is not None and q.cue_end is not None else None
        if cue is not None and cue[0] in cues_seen:
            cue = None
        at = cue[0] if cue is not None else q.start
        sentence = sentences.at(at)
        # the statement's date is said outside what is quoted (not "قال إن القمة ستعقد
        # الخميس"), and is a day or a week: a saying is not dated by "خلال العام 1435"
        outside = [d for d in dates if not q.start <= d.start < q.end and d.precision in _SAYING_PRECISIONS]
        date = nearest_date(outside, sentence, sentence, at)
        inside = bisect.bisect_right(starts, at) - 1
        reported = inside >= 0 and quote_spans[inside][0] <= at < quote_spans[inside][1]
        if cue is not None:
            cues_seen.add(cue[0])
            trigger, t_start, t_end = text[cue[0] : cue[1]], cue[0], cue[1]
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
                participants=(q.speaker_entity_id,) if q.speaker_entity_id else (subject,) if subject else (),
                back_reference=False,
                plural=False,
                specific=True,
                quote_index=i,
                speaker=speaker,
                occasion=_occasion(index, sentence, q) if counts.get(speaker, 0) > others else None,
            )
        )
    return _shared_occasions(found)


def _shared_occasions(found: list[Mention]) -> list[Mention]:
    """A quote with no occasion of its own was said at its speaker's occasion named last
    before it (a speech, then "وأضاف"), else at the one named first after it."""
    last: dict[str, str] = {}
    before: list[str | None] = []
    for m in found:
        if m.speaker is not None and m.occasion is not None:
            last[m.speaker] = m.occasion
        before.append(last.get(m.speaker) if m.speaker is not None else None)
    after: dict[str, str] = {}
    shared: list[Mention] = []
    for m, earlier in zip(reversed(found), reversed(before), strict=True):
        if m.speaker is not None and m.occasion is not None:
            after[m.speaker] = m.occasion
        occasion = earlier or (after.get(m.speaker) if m.speaker is not None else None)
        shared.append(m.at_occasion(occasion) if m.occasion is None and occasion is not None else m)
    return shared[::-1]


def group_statements(mentions: Sequence[Mention], eventful: Sequence[int]) -> list[list[int]]:
    """Statement events as lists of indexes into mentions: the quote mentions of one
    speaker and occasion, with the lexicon statement mentions ("أصدر بيانا", "أعلن")
    of the sentence of one of its quotes or of the same speaker."""
    groups: dict[tuple[str, str | None], list[int]] = {}
    by_sentence: dict[int, tuple[str, str | None]] = {}
    by_speaker: dict[str, tuple[str, str | None]] = {}
    quoted: list[int] = []  # the quote mentions, in text order, and their groups
    quoted_keys: list[tuple[str, str | None]] = []
    for i in eventful:
        m = mentions[i]
        if m.quote_index is None or m.speaker is None:
            continue
        key = (m.speaker, m.occasion)
        groups.setdefault(key, []).append(i)
        by_sentence.setdefault(m.start, key)
        by_speaker.setdefault(m.speaker, key)
        quoted.append(i)
        quoted_keys.append(key)
    own: list[list[int]] = []
    for i in eventful:
        m = mentions[i]
        if m.quote_index is not None:
            continue
        # the statement quoted in its sentence, unless it is itself inside the quote
        # ("قال مصدران إن ترامب حث زيلينسكي": the sources report Trump's statement)
        by_quote = by_sentence.get(m.start) if m.modality != "reported" else None
        key_of_group = by_quote or next((by_speaker[p] for p in m.participants[:1] if p in by_speaker), None)
        if key_of_group is None and m.noun and not m.participants:
            # "جاء ذلك في تصريحات صحفية": a statement noun that names no one is the last
            # statement quoted (a verb with no name has a subject of its own: "دعا زعماء")
            at = bisect.bisect_left(quoted, i) - 1
            key_of_group = quoted_keys[at] if at >= 0 else None
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
