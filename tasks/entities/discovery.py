"""Names the gazetteer lacks, found from the words around them.

- person after a title or role: "المبعوث الخاص ... ستيف ويتكوف", "مساعد بوتين،
  يوري أوشاكوف" (the title, its modifiers, then a name that opens with a known
  given name; failing that, two or three name words closed by punctuation);
- person opened by a given name, anywhere: "وصرح جون كيري", "وقصي هاشم";
- person in apposition: "ريتشارد بورتس، أستاذ الاقتصاد في ...";
- organization after a head noun: "صحيفة إزفستيا", "المجلس الأوروبي للعلاقات
  الخارجية";
- place after a head noun: "منطقة دونباس", "بلدة المشنية".

Works on tokens of the match text; spans already taken by gazetteer names are
never rediscovered. Each rule has a fixed confidence (DISCOVERY_CONFIDENCE).
Given names (tasks/entities/gazetteer/given_names.tsv) are what tells "الزعيم الروسي
فلاديمير بوتين" from "الزعيم الروسي فاجأ العديد": without them, a word after a
title could as well be a verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import or_

from tasks.entities.cues import (
    APPOSITION_ROLES,
    GENERIC_NOUNS,
    NAME_AFTER_HEADS,
    NAME_PARTICLES,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_HEADS,
    PLACE_NAME_OPENERS,
    STOP_WORDS,
    is_modifier,
)
from tasks.text.match_text import COMMA, OTHER, STOP, MatchText, key_of

DISCOVERY_CONFIDENCE = {
    "title": 0.8,  # title + given name
    "given": 0.7,  # given name + more name words
    "title-shape": 0.6,  # title + name words closed by punctuation, no given name
    "apposition": 0.6,
    "organization": 0.7,
    "place": 0.6,
}
MAX_NAME_TOKENS = 6  # محمد بن راشد آل مكتوم
MAX_ORG_TOKENS = 5
MAX_MODIFIERS = 4
_PROCLITIC_SPLITS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@dataclass(frozen=True)
class Tokens:
    """The words of a match text as parallel lists, word i being ``text[i]`` at
    match-text offsets ``start[i]:end[i]``: one regex split per article instead of
    an object per word, and rules that read one list in a C loop."""

    text: list[str]
    start: list[int]
    end: list[int]
    before: list[str]  # strongest separator before it: " ", ",", "|" or "." ("." also at the start)

    def __len__(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Found:
    """A discovered name: its tokens [first, last] and what it is; ``skip`` letters of
    the first token are a proclitic, not part of the name ("وقصي" -> "قصي")."""

    first: int
    last: int
    type: str
    rule: str
    skip: int = 0


class GivenNames:
    """First names (tasks/entities/gazetteer/given_names.tsv), looked up as a token or behind و
    ("وقصي" -> قصي): (also an everyday word?, proclitic letters). Only و: names are
    listed with it ("أحمد البكري وعادل فتحي"), while ل/ب + a name is too often another
    word ("لجان" committees, not ل + جان)."""

    def __init__(self, names: dict[str, bool]) -> None:
        self.common = names
        self.index = with_proclitics(names, prefixes=("و",))
        # first words of names written as two ("عبد الله"): only these need a two-word look-up
        openers = {name.split(" ")[0] for name in names if " " in name}
        self.openers = frozenset(with_proclitics(openers, prefixes=("و",)))

    def get(self, token: str, proclitic: bool) -> tuple[bool, int] | None:
        found = self.index.get(token)
        if found is None or (found[1] and not proclitic):
            return None
        return self.common[found[0]], found[1]


# What a token is already known to be: free, a gazetteer name of some type, a
# nationality adjective, or part of a phrase that names nothing ("منطقة اليورو").
FREE, NATIONALITY, TAKEN = "", "NAT", "-"


_SPLIT = re.compile(r"([^ ,.|]+)")  # words, kept, between the runs of separators
_SEPARATORS = (STOP, COMMA, OTHER)  # strongest first


class _Strongest(dict[str, str]):
    """Run of separators -> the strongest in it; the few runs that occur are kept."""

    def __missing__(self, gap: str) -> str:
        strongest = next((sep for sep in _SEPARATORS if sep in gap), " ")
        if len(self) < 1024:
            self[gap] = strongest
        return strongest


_STRONGEST = _Strongest()


def tokens(text: MatchText) -> Tokens:
    """The words of a match text, each with the strongest separator before it.

    >>> from tasks.text.match_text import match_text
    >>> toks = tokens(match_text("قال بوتين، إن روسيا"))
    >>> toks.text, toks.start, toks.before
    (['قال', 'بوتين', 'ان', 'روسيا'], [0, 4, 11, 14], ['.', ' ', ',', ' '])
    """
    parts = _SPLIT.split(text.text)  # gap, word, gap, word, ..., gap
    bounds = list(accumulate(map(len, parts)))  # where each part ends
    before = list(map(_STRONGEST.__getitem__, parts[:-1:2]))
    if before:
        before[0] = STOP  # the text's start counts as a sentence start
    return Tokens(parts[1::2], bounds[:-1:2], bounds[1::2], before)


def with_proclitics(
    words: Iterable[str], prefixes: tuple[str, ...] = _PROCLITIC_SPLITS
) -> dict[str, tuple[str, int]]:
    """Every word, and every word behind a proclitic, mapped to (the word, letters of
    proclitic): one dictionary look-up per token instead of trying each prefix.
    "ال" words also take لل: "للمجلس" -> (المجلس, 2). A bare word wins over a
    prefixed reading: "وليد" stays وليد, never و + ليد.

    >>> index = with_proclitics(["وزارة", "المجلس"])
    >>> index["لوزارة"], index["للمجلس"], index["وزارة"]
    (('وزارة', 1), ('المجلس', 2), ('وزارة', 0))
    """
    words = sorted(set(words))
    index = {word: (word, 0) for word in words}
    for word in words:
        for prefix in prefixes:
            index.setdefault(prefix + word, (word, len(prefix)))
        if word.startswith("ال") and len(word) > 4 and "ل" in prefixes:
            index.setdefault("لل" + word[2:], (word, 2))
    return index


def _is_name_word(token: str, first: bool) -> bool:
    if token in _STOPS or token.isdigit() or len(token) < 2:
        return False
    if first:  # a name starts with a given name, never with the article
        return not token.startswith("ال") and not token.startswith("لل")
    if token.startswith(_VERBAL_NOUN_OPENINGS) and not token.endswith("ي"):
        return False  # "شيري الانضمام": a verbal noun, not a family name (التميمي is one)
    # a family name may be a definite nisba (الحريري); a feminine or plural one is an adjective
    return not is_modifier(token) or not token.endswith(("يه", "يين", "يون"))


_VERB_PREFIXES = ("ي", "ت", "ن")  # present-tense verbs: يريد، تستمر، نعمل
_VERBAL_NOUN_OPENINGS = ("الان", "الاست", "الت")  # الانضمام، الاستقالة، التوقيع
_PRONOUN_ENDINGS = ("ها", "هما", "هم", "كم")  # مواقفهما، قطرها


def _proper_word(token: str) -> bool:
    """A word after an indefinite head that may be a name ("سامسونج", "إزفستيا"), not
    an agreeing adjective ("مدرجة", "شبيهة"), a plural ("مجموعة شركات") or a
    preposition phrase ("للتعامل")."""
    if len(token) < 3 or token in GENERIC_NOUNS or token.endswith(("ه", "ات", *_PRONOUN_ENDINGS)):
        return False
    if len(token) <= 4 and token.startswith(_VERB_PREFIXES):
        return False  # "منتخب يضم": a verb
    return not token.startswith(("ل", "ب", "ك", "و"))


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:  # longest first, as given
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in index.items()}


_TITLES_BY_FIRST_WORD = _by_first_word(PERSON_TITLES)
_TITLE_OPENERS = with_proclitics(_TITLES_BY_FIRST_WORD)
_ORG_HEADS = with_proclitics(ORG_HEADS)
_PLACE_HEADS = with_proclitics(PLACE_HEADS)
_ROLES = with_proclitics(APPOSITION_ROLES)
_TEAM = "فريق"
_SON_OF = frozenset(("بن", "ابن"))
_ONE_PER_COUNTRY = frozenset(key_of(w) for w in ("المنتخب", "البرلمان"))
_STOPS = with_proclitics(STOP_WORDS)  # "وقال" is قال


_HEADS = frozenset(_TITLE_OPENERS).union(_ORG_HEADS, _PLACE_HEADS)  # words that trigger a rule


class Discoverer:
    def __init__(self, toks: Tokens, kinds: list[str], given_names: GivenNames) -> None:
        self.text, self.before = toks.text, toks.before
        self.n = len(toks)
        self.kinds = kinds  # per token: FREE, NATIONALITY or the type of a gazetteer name
        self.given_names = given_names
        self.found: list[Found] = []

    def run(self) -> list[Found]:
        """Left to right, each name claiming its tokens. Only tokens where some rule has
        its trigger (a title, a clause start, a head noun, a given name) can open a
        name; they are picked out in C loops, and most of an article is never visited."""
        triggers = map(
            or_,
            map(_HEADS.__contains__, self.text),
            map(or_, map(self.given_names.index.__contains__, self.text), map(" ".__ne__, self.before)),
        )
        i = 0
        for k in compress(range(self.n), triggers):
            if k < i:
                continue  # inside the name found last
            found = self._at(k)
            if found is not None:
                self.found.append(found)
                i = found.last + 1
        return self.found

    def _at(self, i: int) -> Found | None:
        """The first rule that finds a name at token i. Each rule is only tried where
        its trigger is: most tokens cost a few dictionary look-ups."""
        text = self.text[i]
        return (
            (text in _TITLE_OPENERS and self._title(i))
            or (self.before[i] != " " and self._apposition(i))
            or (text in _ORG_HEADS and self._organization(i))
            or (text in _PLACE_HEADS and self._place(i))
            or (text in self.given_names.index and self._given(i))
            or None
        )

    def _free(self, i: int) -> bool:
        return i < self.n and self.kinds[i] in (FREE, NATIONALITY)

    def _open(self, i: int) -> bool:
        """Free and not a nationality adjective: may be part of a person's name."""
        return i < self.n and self.kinds[i] == FREE

    def _joined(self, i: int) -> bool:
        return i < self.n and self.before[i] == " "

    def _title_at(self, i: int) -> int:
        """Length in tokens of the title phrase starting at i, or 0."""
        opener = _TITLE_OPENERS.get(self.text[i])
        if opener is None:
            return 0
        for phrase in _TITLES_BY_FIRST_WORD[opener[0]]:
            end = i + len(phrase)
            if end <= self.n and all(
                self.text[i + k] == phrase[k] and self._joined(i + k) for k in range(1, len(phrase))
            ):
                return len(phrase)
        return 0

    def _given_at(self, i: int, proclitic: bool) -> tuple[int, bool, int] | None:
        """(tokens, everyday word?, proclitic letters) of a given name at token i, or None.
        Two tokens for compounds written apart: "عبد الله", "نور الدين"."""
        if not self._open(i):
            return None
        token = self.text[i]
        if token in _STOPS or token in _TITLE_OPENERS:
            return None  # "رحمه الله" (God rest him), "أمير منطقة" (the emir of a region)
        if token in self.given_names.openers and self._open(i + 1) and self._joined(i + 1):
            found = self.given_names.get(f"{token} {self.text[i + 1]}", proclitic)
            if found is not None:
                return 2, *found
        found = self.given_names.get(token, proclitic)
        return None if found is None else (1, *found)

    def _name_word(self, i: int) -> bool:
        """Token i may continue a person's name."""
        if not (self._open(i) and self._joined(i)):
            return False
        text = self.text[i]
        if text in NAME_PARTICLES:
            return True
        if text.startswith("و") and self.given_names.get(text, proclitic=False) is None:
            return False  # "وعادل": the next name of a list, not a part of this one
        if text.startswith(("بال", "لل")):
            return False  # "سعود بالوفد": a preposition opens what follows the name
        if self.text[i - 1] in NAME_PARTICLES:
            return _is_name_word(text, first=False)  # after بن any word is a name: "بن مساعد"
        if self._title_at(i) or text in _ROLES or text in _ORG_HEADS or text in _PLACE_HEADS:
            return False
        return _is_name_word(text, first=False)

    def _extend(self, first: int, after: int) -> int:
        """Last token of a name whose given name ends before token ``after``: one more
        word (the surname), then only what a longer name is made of: particles and the
        word after each (بن راشد، آل مكتوم), more given names (جاسم محمد مهدي), a family
        name (الشمري; after بن any ال word: مساعد بن محمد العيبان). "كوندوليزا رايس ستزور
        المنطقة" stops at رايس."""
        last = after - 1
        if self._name_word(last + 1):
            last += 1
        lineage = False  # بن seen: the chain ends on a family name, often with ال (العساف)
        while last + 1 - first < MAX_NAME_TOKENS and self._name_word(last + 1):
            word, previous = self.text[last + 1], self.text[last]
            lineage |= previous in NAME_PARTICLES
            family = word not in NAME_PARTICLES and word.startswith("ال") and (word.endswith("ي") or lineage)
            if not (
                word in NAME_PARTICLES
                or previous in NAME_PARTICLES
                or self._given_at(last + 1, proclitic=False) is not None
                or family
            ):
                break
            last += 1
            if family and not word.endswith("ي"):
                break
        while last > first and self.text[last] in NAME_PARTICLES:  # a name does not end on بن
            last -= 1
        return last

    def _person(self, i: int, allow_comma: bool) -> tuple[int, int] | None:
        """(last token, proclitic letters) of a name opened by a given name at i."""
        if i >= self.n or not (self._joined(i) or (allow_comma and self.before[i] == COMMA)):
            return None
        given = self._given_at(i, proclitic=False)
        if given is None:
            return None
        size, _, skip = given
        last = self._extend(i, i + size)
        return (last, skip) if last >= i + size else None  # "عبد العزيز" alone is a first name

    def _title(self, i: int) -> Found | None:
        size = self._title_at(i)
        if not size:
            return None
        if size == 1 and i + 1 < self.n and self.text[i + 1] in _SON_OF and self._joined(i + 1):
            last = self._extend(i, i + 1)  # "مساعد بن محمد العيبان": the "title" is a first name
            return Found(i, last, "PER", "given") if last > i + 1 else None
        j, saw_person = i + size, False
        for _ in range(MAX_MODIFIERS):  # "الخارجية", "الروسي", "باسم الكرملين", a gazetteer name
            if not self._joined(j):
                break
            if self.kinds[j] != FREE or is_modifier(self.text[j]):
                saw_person |= self.kinds[j] == "PER"
                j += 1
            elif self.text[j] == "باسم" and j + 1 < self.n:
                j += 2
            else:
                break
        person = self._person(j, allow_comma=True)
        if person is not None:
            last, skip = person
            return Found(j, last, "PER", "title", skip)
        if saw_person:  # "الرئيس الأمريكي دونالد ترامب حث نظيره": the title had its person
            return None
        return self._title_shape(j)

    def _closed(self, k: int) -> bool:
        """The words up to token k end a phrase: punctuation or a function word follows."""
        return k + 1 >= self.n or self.before[k + 1] != " " or self.text[k + 1] in _STOPS

    def _title_shape(self, j: int) -> Found | None:
        """A name after a title without a known given name: two or three name words
        closed by punctuation ("... كايا كالاس،"), or one word closed by punctuation or a
        function word ("وكرر الرئيس شيراك أن")."""
        if j >= self.n or self.before[j] not in (" ", COMMA) or not self._open(j):
            return None
        first = self.text[j]
        if not _is_name_word(first, first=True) or first.startswith(_VERB_PREFIXES):
            return None
        if first in NAME_PARTICLES or any(
            first in lexicon
            for lexicon in (_ROLES, _ORG_HEADS, _PLACE_HEADS, _TITLE_OPENERS, self.given_names.index)
        ):
            return None  # "رئيس مجلس الوزراء": an office; "الأمير فهد": a first name alone
        last = j
        while last + 1 - j < 3 and self._name_word(last + 1):
            last += 1
        if self.text[last] in NAME_PARTICLES:
            return None
        punctuated = last + 1 >= self.n or self.before[last + 1] != " "
        if punctuated and last > j:
            return Found(j, last, "PER", "title-shape")
        if (
            last == j
            and self._closed(j)
            and not first.endswith(("ا", "ه"))
            and not first.startswith(("ب", "ل"))
        ):
            return Found(j, j, "PER", "title-shape")  # not "لم يحرك الملك ساكنا"
        return None

    def _given(self, i: int) -> Found | None:
        """A name opened by a given name that is not also an everyday word."""
        given = self._given_at(i, proclitic=True)
        if given is None:
            return None
        size, common, skip = given
        if common:  # "سعيد" alone is happy, "سلام عادل" a just peace; "سعيد بن علي" is a name
            j = i + size
            second = self._given_at(j, proclitic=False)
            particle = j < self.n and self.text[j] in NAME_PARTICLES
            if not particle and (second is None or second[1]):
                return None
        last = self._extend(i, i + size)
        return Found(i, last, "PER", "given", skip) if last >= i + size else None

    def _apposition(self, i: int) -> Found | None:
        if self.before[i] == " " and i > 0:
            return None  # an apposition's name opens a clause
        if COMMA not in self.before[i + 2 : i + 4]:
            return None  # the comma after its two or three words: cheap, and rarely there
        last = self._name_at_clause_start(i)
        if last < 0 or last + 1 >= self.n or self.before[last + 1] != COMMA:
            return None
        role = self.text[last + 1]
        if role in _ROLES or self._title_at(last + 1):
            return Found(i, last, "PER", "apposition")
        return None

    def _name_at_clause_start(self, i: int) -> int:
        if not self._open(i) or not _is_name_word(self.text[i], first=True):
            return -1
        last = i
        while last + 1 - i < 3 and self._name_word(last + 1):
            last += 1
        return last if last > i else -1

    def _organization(self, i: int) -> Found | None:
        """Head noun + name: kept only when the name is specific, i.e. it holds a place,
        a nationality or a known organization ("وزارة الخارجية السورية", "جامعة
        القاهرة") or a word that is no Arabic common noun ("شركة سامسونج"). "وزارة
        الخارجية" alone, "اللجنة المنظمة", "شركة مدرجة" are descriptions: linking them
        would merge every country's ministry into one entity."""
        head = _ORG_HEADS.get(self.text[i]) if self._free(i) else None
        if head is None:
            return None
        form, skip = head
        if form == _TEAM and self.text[min(i + 1, self.n - 1)].startswith("ال"):
            return None  # "فريق التفاوض الأمريكي": a team of people, not a club
        last, specific = self._organization_name(i, definite_head=form.startswith("ال"))
        if last == i or not specific:
            return None
        if last == i + 1 and self.kinds[last] == NATIONALITY and form not in _ONE_PER_COUNTRY:
            return None  # "البنك السعودي", "الاتحاد السعودي": which one? (but "المنتخب السعودي")
        if form in NAME_AFTER_HEADS and not self.text[i + 1].startswith("ال"):
            while self.kinds[last] == NATIONALITY and last > i + 1:
                last -= 1  # "شركة زيمنوفا الروسية": the name is زيمنوفا
            return Found(i + 1, last, "ORG", "organization")  # "صحيفة إزفستيا": the name is إزفستيا
        return Found(i, last, "ORG", "organization", skip)

    def _organization_name(self, i: int, definite_head: bool) -> tuple[int, bool]:
        """(last token, specific?) of the name after an organization head at i."""
        last, specific = i, False
        while last + 1 < self.n and last + 1 - i <= MAX_ORG_TOKENS and self._joined(last + 1):
            j = last + 1
            text = self.text[j]
            if self.kinds[j] == "PER" or text in _STOPS or text.isdigit() or text.startswith(("بال", "بان")):
                break
            if self.kinds[j] != FREE:  # a place, nationality or organization inside the name
                if text.startswith("ب"):
                    break  # "صندوق الادخار بفرنسا": where it is, not what it is called
                specific = True
            elif text.startswith("لل"):
                if j == i + 1:
                    break  # "لجنة للتعامل": a purpose, not a name
            elif not text.startswith("ال"):
                after_definite = self.text[j - 1].startswith("ال") and j > i + 1
                if definite_head or after_definite or not _proper_word(text) or self.kinds[j - 1] != FREE:
                    break  # "مجلة الحياة الثقافية مكسب": the name ended at the adjective
                if j > i + 1 and self.given_names.get(text, proclitic=False) is not None:
                    break  # "نادي الفتح أحمد الراشد": a person follows
                if specific and text.endswith("ا"):
                    break  # "صحيفة فوليكستا تقريرا": an accusative ("a report"), not more name
                specific = True
            last = j
            if self.kinds[j] == NATIONALITY:
                break  # a trailing adjective ("الروسية") closes the name
        return last, specific

    def _place(self, i: int) -> Found | None:
        """Head noun + a word that reads as a name: "منطقة دونباس", "بلدة المشنية", and
        two words only behind the openers of compound names ("بلدة بيت لاهيا")."""
        head = _PLACE_HEADS.get(self.text[i])
        j = i + 1
        if head is None or not self._open(j) or not self._joined(j) or not _place_word(self.text[j]):
            return None
        if any(self.text[j] in lexicon for lexicon in (_TITLE_OPENERS, _PLACE_HEADS, _ORG_HEADS)):
            return None  # "قاعدة الملك خالد": named after a person; "حي قصر": another head
        compound = self.text[j] in PLACE_NAME_OPENERS and self._open(j + 1) and self._joined(j + 1)
        last = j + 1 if compound and _place_word(self.text[j + 1]) else j
        return Found(j, last, PLACE_HEADS[head[0]], "place")


def _place_word(name: str) -> bool:
    """A word after a place head that may be the place's name, not a description
    ("قاعدة جوية", "منطقة الشرقي"), a verb ("تبلغ"), a list ("بلدة ومستوطنة"), a
    preposition phrase ("بالريف") or a word with a pronoun ("قطرها")."""
    if name in _STOPS or name in GENERIC_NOUNS or name.isdigit() or len(name) < 3:
        return False
    if name.startswith("ال"):
        return not name.endswith(("ي", "ين", "ون", "ات"))  # البحيرات, الشرقي: descriptions
    if name.startswith(("و", "بال", "لل", "فال")) or name.endswith(("ه", "ا", "ات", *_PRONOUN_ENDINGS)):
        return False  # ومستوطنة, بالريف, جافة, قطرها, ساكنا, معلومات
    return not (len(name) <= 4 and name.startswith(_VERB_PREFIXES))  # تقع, تبلغ, يظهر
