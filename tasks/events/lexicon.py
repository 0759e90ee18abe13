"""The event lexicons (lexicons/*.tsv, reviewable data) and the trigger matcher.

    >>> [(h.trigger.event_type, h.word) for h in trigger_hits_in_word("وزيارته")]
    [('visit', 'زيارته')]
    >>> trigger_hits_in_word("وزارة"), trigger_hits_in_word("الاجتماعي")
    ([], [])

A trigger is a whole word after its proclitics (و ف, then ب ل ك before a noun or
ل before an imperfect verb, then ل, then ال before a noun or س before an
imperfect verb) with one of the endings its form
allows (event_triggers.tsv). A word listed in not_triggers.tsv is never one: its
و is a root letter ("وزارة") or it has another sense ("بيانات": data).
"""

from __future__ import annotations

import csv
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Final

from tasks.text.match_text import key_of

# beside this module, compiled or not: the wheel puts the extension where the source is
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


@dataclass(frozen=True)
class EventType:
    name: str
    cameo_root: str
    cameo_label: str
    description: str


@dataclass(frozen=True)
class Trigger:
    event_type: str
    form: str  # noun or verb
    specific: bool  # no: the word has other common senses; its event needs a participant
    cameo_code: str | None  # a finer CAMEO code the word determines ("غارة": 195)
    plural: bool  # a plural noun ("محادثات"): with nothing specific it is generic


def rows(name: str) -> list[dict[str, str]]:
    with (LEXICON_DIR / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    return {
        r["event_type"]: EventType(r["event_type"], r["cameo_root"], r["cameo_label"], r["description"])
        for r in rows("event_types.tsv")
    }


# "ي" is no noun ending: "اجتماعي" is social, "هجومي" offensive (a ta-marbuta stem
# takes it: "زيارتي"); "ا" is the accusative ("هجوماً").
NOUN_ENDINGS = ("ه", "ها", "هما", "هم", "ات", "ان", "ين", "نا", "ا")
TA_ENDINGS = (*NOUN_ENDINGS, "ي")
VERB_ENDINGS = (
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
SUFFIXED = frozenset({"ه", "ها", "هما", "هم", "نا", "ي"})  # a possessive: "زيارته" is one visit
# The prefixes of an imperfect verb: "يلتقي", "تلتقي", "نلتقي". A first person's أ is
# one too, but so many past verbs start with an alif (التقى، اجتمع) that it only lets a
# س or لـ stand before the stem ("سألتقي"), never makes the verb imperfect.
IMPERFECT = ("ي", "ت", "ن")
TAKES_FUTURE = (*IMPERFECT, "ا")


@dataclass(frozen=True)
class TriggerLexicon:
    pattern: re.Pattern[str]
    stems: dict[str, Trigger]
    needs_ending: frozenset[str]  # "زيارت": a ta marbuta stem, only before an ending
    words: frozenset[str] | None  # every word the pattern can start at (None: any word)
    phrase_heads: frozenset[str]  # those that may open a phrase stem ("مؤتمر صحفي")
    not_words: frozenset[str]  # whole words, proclitics included
    not_forms: frozenset[str]  # words after their proclitics
    # word_hit's answers so far, per word form: a cache (word forms repeat from article to
    # article), not part of the lexicon's value
    seen: dict[str, WordHit | None] = dataclasses.field(default_factory=dict, compare=False)


class WordHit:
    """What a trigger word is (a plain class, not a dataclass: compiled, it is made in a
    tenth of the time, and an article makes dozens)."""

    def __init__(
        self,
        trigger: Trigger,
        word: str,
        offset: int,
        definite: bool,
        suffixed: bool,
        future: bool,
        imperfect: bool,
        plural: bool,
    ) -> None:
        self.trigger: Final = trigger
        self.word: Final = word  # after its proclitics, match text ("القمه", "زيارته")
        self.offset: Final = offset  # where the word starts after its proclitics
        self.definite: Final = definite  # ال before a noun
        self.suffixed: Final = suffixed  # a possessive ending
        self.future: Final = future  # س before a verb
        self.imperfect: Final = imperfect  # an imperfect verb: "يلتقي", "سيلتقي"
        self.plural: Final = plural  # a plural trigger, or a noun ending in ات

    def __repr__(self) -> str:
        return f"WordHit({self.trigger.event_type!r}, {self.word!r})"


_PREFIX = r"(?P<pre>[وف]?[بلك]?ل?)"


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    types = event_types()
    stems: dict[str, Trigger] = {}
    variants: set[str] = set()
    for r in rows("event_triggers.tsv"):
        if r["event_type"] not in types:
            raise ValueError(f"event_triggers.tsv: unknown event type {r['event_type']!r}")
        key = key_of(r["trigger"])
        stems[key] = Trigger(
            r["event_type"], r["form"], r["specific"] == "yes", r["cameo_code"] or None, r["plural"] == "yes"
        )
    for key, trigger in list(stems.items()):
        variant = key[:-1] + "ت"  # "زيارة" -> "زيارته": ta marbuta before an ending
        if trigger.form == "noun" and key.endswith("ه") and " " not in key and variant not in stems:
            stems[variant] = trigger
            variants.add(variant)
    alternation = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    endings = "|".join(sorted({*TA_ENDINGS, *VERB_ENDINGS}, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<!\w){_PREFIX}(?P<word>(?P<art>ال|س)?(?P<stem>{alternation})(?P<end>{endings})?)(?!\w)"
    )
    excluded = rows("not_triggers.tsv")
    prefixes = {"".join(parts) for parts in product(*_PREFIX_CHOICES)}
    return TriggerLexicon(
        pattern,
        stems,
        frozenset(variants),
        _trigger_words(stems),
        frozenset(p + stem.split(" ")[0] for p in prefixes for stem in stems if " " in stem),
        frozenset(key_of(r["word"]) for r in excluded if r["match"] == "word"),
        frozenset(key_of(r["word"]) for r in excluded if r["match"] == "form"),
    )


def accept(lexicon: TriggerLexicon, m: re.Match[str]) -> WordHit | None:
    """The trigger a pattern match is, or None when the word is something else."""
    stem, ending, art = m["stem"], m["end"] or "", m["art"] or ""
    trigger = lexicon.stems[stem]
    word = m["word"]
    if stem in lexicon.needs_ending and not ending:
        return None
    if trigger.form == "noun":
        allowed = TA_ENDINGS if stem in lexicon.needs_ending else NOUN_ENDINGS
        if art == "س" or (ending and ending not in allowed):
            return None
    else:
        if art == "ال" or (ending and ending not in VERB_ENDINGS):
            return None
        takes_future = stem.startswith(TAKES_FUTURE)
        if art == "س" and not takes_future:
            return None
        # no preposition before a verb ("بحث" is not ب + حث), and لـ only before an
        # imperfect ("ليعلن")
        if "ب" in m["pre"] or "ك" in m["pre"] or ("ل" in m["pre"] and not takes_future):
            return None
    if word in lexicon.not_forms or (m["pre"] + word) in lexicon.not_words:
        return None
    return WordHit(
        trigger,
        word,
        m.start("word") - m.start(),
        definite=art == "ال" or stem.startswith("ال"),
        suffixed=trigger.form == "noun" and ending in SUFFIXED,
        # "سيلتقي", and the purpose "ليلتقي" (travelled "to meet"): still to come
        future=art == "س" or (trigger.form == "verb" and "ل" in m["pre"]),
        imperfect=trigger.form == "verb" and (art == "س" or stem.startswith(IMPERFECT)),
        plural=trigger.plural or ending == "ات",
    )


def word_hit(lexicon: TriggerLexicon, word: str) -> WordHit | None:
    """The trigger a whole word is, with its proclitics, or None: what the pattern
    finds at the word's start in a text, for a word that opens no phrase stem (the
    pattern's lookarounds stop at the word's edges). Answered once per word form."""
    if word in lexicon.seen:
        return lexicon.seen[word]
    m = lexicon.pattern.fullmatch(word)
    hit = accept(lexicon, m) if m is not None else None
    lexicon.seen[word] = hit
    return hit


def trigger_hits_in_word(word: str) -> list[WordHit]:
    """The trigger a single word is, if any (for reviewing the lexicon on a corpus)."""
    lexicon = trigger_lexicon()
    hit = word_hit(lexicon, key_of(word))
    return [hit] if hit else []


# The pattern's [وف]?[بلك]?ل?(?:ال|س)? before a stem, spelled out.
_PREFIX_CHOICES = (("", "و", "ف"), ("", "ب", "ل", "ك"), ("", "ل"), ("", "ال", "س"))


def _trigger_words(stems: dict[str, Trigger]) -> frozenset[str] | None:
    """Every whole word the trigger pattern can start at: prefixes, a stem and an ending
    (~110,000 words, some 14 MB): one set lookup per word of an article finds where to
    try the pattern, in place of trying it at every word. A phrase stem ("مؤتمر صحفي")
    starts at a word made of a prefix and its first word."""
    if not stems or not all(re.fullmatch(r"\w+(?: \w+)*", stem) for stem in stems):
        return None  # no stems, or one with other characters: try every word
    prefixes = {"".join(parts) for parts in product(*_PREFIX_CHOICES)}
    endings = ("", *{*TA_ENDINGS, *VERB_ENDINGS})
    heads = [stem.split(" ")[0] for stem in stems if " " in stem]
    return frozenset(p + s + e for p in prefixes for s in stems if " " not in s for e in endings) | {
        p + h for p in prefixes for h in heads
    }


@dataclass(frozen=True)
class ModalityWords:
    """modality.tsv, by class: the words that make a mention negated, hypothetical,
    desired, planned or called off."""

    negation: frozenset[str]
    negated_by: frozenset[str]
    condition: frozenset[str]
    possible_before: frozenset[str]
    possible_after: frozenset[str]
    desired_before: frozenset[str]
    planned_before: frozenset[str]
    planned_after: frozenset[str]
    cancelled_near: frozenset[str]


@lru_cache(maxsize=1)
def modality_words() -> ModalityWords:
    """Each word also with و or ف before it ("ودعا" for "دعا"): one set lookup a word."""
    by_class: dict[str, set[str]] = {}
    for r in rows("modality.tsv"):
        word = key_of(r["word"])
        by_class.setdefault(r["class"], set()).update({word, "و" + word, "ف" + word})
    return ModalityWords(
        **{f.name: frozenset(by_class.get(f.name, ())) for f in dataclasses.fields(ModalityWords)}
    )


@lru_cache(maxsize=1)
def senses() -> dict[tuple[str, str], frozenset[str]]:
    """(event type, before, right_before or after) -> words that give a trigger another
    sense."""
    found: dict[tuple[str, str], set[str]] = {}
    for r in rows("senses.tsv"):
        found.setdefault((r["event_type"], r["position"]), set()).add(key_of(r["word"]))
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=1)
def occasions() -> dict[str, str]:
    """Words that name the occasion of a statement (occasions.tsv) -> the occasion; each
    also with و, ف or ب before it ("وبيان", "بتغريدة")."""
    named = {key_of(r["word"]): r["occasion"] for r in rows("occasions.tsv")}
    found = {prefix + word: occasion for word, occasion in named.items() for prefix in "وفب"}
    return found | named  # a word as listed before one read as a proclitic and a word


@lru_cache(maxsize=1)
def speakers() -> dict[str, frozenset[str]]:
    """speakers.tsv: anonymous or generic -> the first words of such speakers."""
    found: dict[str, set[str]] = {}
    for r in rows("speakers.tsv"):
        found.setdefault(r["class"], set()).add(key_of(r["word"]))
    return {k: frozenset(v) for k, v in found.items()}
