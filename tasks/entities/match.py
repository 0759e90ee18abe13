"""Gazetteer matching: every known spelling, found at once with Aho-Corasick.

A hit counts only at word boundaries, and the letters between the previous
boundary and the name must be a proclitic sequence (و ف ب ل ك, combined), so a
name is never carved out of a longer word and never loses a letter of its own:
"ويتكوف" matches as itself, "وويتكوف" as و + ويتكوف, and a key that merely ends
"...يتكوف" never matches inside it. A word that is itself a first name is never
read as proclitic + name: "كلاوس" is Klaus, not ك + لاوس (Laos). Names starting with ال also match after ل,
where the alef drops: "للكرملين" = ل + الكرملين.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from tasks.entities.cues import NOT_NAMES, PERSON_TITLES
from tasks.entities.gazetteer import Gazetteer
from tasks.text.match_text import BOUNDARIES, MatchText, key_of

# What may stand between the previous boundary and a name.
NAME_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"})
# Before a name with the article ال: ل would fuse into لل (handled by the variant below).
ARTICLE_PREFIXES = frozenset({"", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"})
LL_PREFIXES = frozenset({"لل", "ولل", "فلل"})

NAME, NATIONALITY, NOT_NAME = "name", "nationality", "not-name"


@dataclass(frozen=True)
class Hit:
    """A gazetteer match in match-text coordinates."""

    start: int
    end: int
    entity_id: str
    kind: str  # NAME or NATIONALITY (NOT_NAME only while choosing)


@dataclass(frozen=True)
class _Key:
    entity_id: str
    kind: str
    length: int
    after_ll: bool  # the ال-less variant, valid only after لل
    lead: int = 0  # letters of a title the spelling opens with, left out of the mention


def title_length(key: str) -> int:
    """Letters (and the space) of the titles a person's spelling opens with: a title
    helps to recognise "الملك عبد الله الثاني", but the mention is the name.

    >>> key = key_of("ولي العهد الأمير محمد بن سلمان")
    >>> key[title_length(key):]
    'محمد بن سلمان'
    """
    words, lead = key.split(" "), 0
    while True:
        size = next((len(t) for t in PERSON_TITLES if tuple(words[: len(t)]) == t and len(t) < len(words)), 0)
        if not size:
            return lead
        lead += sum(len(w) + 1 for w in words[:size])
        words = words[size:]


class GazetteerMatcher:
    def __init__(self, gazetteer: Gazetteer, not_names: tuple[tuple[str, ...], ...] = NOT_NAMES) -> None:
        self.automaton = ahocorasick.Automaton()
        keys: dict[str, _Key] = {}
        for phrase in not_names:
            key = " ".join(phrase)
            keys[key] = _Key("", NOT_NAME, len(key), after_ll=False)
        for entry in sorted(gazetteer.entries.values(), key=lambda e: e.id):
            for spelling in entry.spellings:
                key = key_of(spelling)
                lead = title_length(key) if entry.type == "PER" else 0
                if key:
                    keys.setdefault(key, _Key(entry.id, NAME, len(key), after_ll=False, lead=lead))
        for form, country in sorted(gazetteer.nationalities.items()):
            key = key_of(form)
            if key:
                keys.setdefault(key, _Key(country, NATIONALITY, len(key), after_ll=False))
        for key, value in list(keys.items()):
            if key.startswith("ال") and len(key) > 4 and key[2:] not in keys:
                keys[key[2:]] = _Key(
                    value.entity_id, value.kind, len(key) - 2, after_ll=True, lead=max(value.lead - 2, 0)
                )
        for key, value in keys.items():
            self.automaton.add_word(key, value)
        self.automaton.make_automaton()
        # words that are whole first names, never proclitic + name: كلاوس is not ك + لاوس
        self.whole_words = frozenset(gazetteer.given_names)

    def hits(self, text: MatchText) -> list[Hit]:
        """Non-overlapping matches, leftmost first, the longest at each start; names
        win over nationality adjectives of the same extent. Phrases that name nothing
        (NOT_NAMES) are hits of kind NOT_NAME: they claim their words, and are no
        mention."""
        s = text.text
        found: list[tuple[int, int, int, Hit]] = []
        for last, key in self.automaton.iter(s):
            start, end = last - key.length + 1, last + 1
            if end < len(s) and s[end] not in BOUNDARIES:
                continue
            word_start = start
            while word_start > 0 and s[word_start - 1] not in BOUNDARIES:
                word_start -= 1
            prefix = s[word_start:start]
            if prefix and s[word_start:].split(" ", 1)[0] in self.whole_words:
                continue
            if key.after_ll:
                valid = prefix in LL_PREFIXES
            elif s.startswith("ال", start):
                valid = prefix in ARTICLE_PREFIXES
            else:
                valid = prefix in NAME_PREFIXES
            if valid:
                hit = Hit(start + key.lead, end, key.entity_id, key.kind)
                found.append((start, -(end - start), 0 if key.kind == NAME else 1, hit))
        chosen: list[Hit] = []
        covered_until = -1
        for start, _, _, hit in sorted(found, key=lambda f: f[:3]):
            if start >= covered_until:  # the span with its title, if any, decides
                chosen.append(hit)
                covered_until = hit.end
        return chosen
