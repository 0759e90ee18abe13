"""Split a keyword line into keywords, even when the scraper dropped the separators.

"كلمات دلالية: الولايات المتحدة روسيا أوكرانيا" lost the commas between tags, so
splitting on spaces would break "الولايات المتحدة" in two. When no separator is
left, a run of words is kept together when the article itself uses that phrase:
the page's own text is the evidence of which words were one tag.
"""

from __future__ import annotations

import re

from tasks.text.normalize import normalize_arabic

_SEPARATORS = re.compile(r"\s*[,،;؛|#•/\n]\s*")
MAX_PHRASE_WORDS = 4
MIN_COORDINATED_CHARS = 4  # "وبوتين" (6) joins its tag; "وحده" (4) does not
# A tag never starts with one of these: a word after them continues the previous tag.
_PARTICLES = frozenset(
    normalize_arabic(w) for w in ("مع", "في", "من", "على", "إلى", "عن", "و", "أو", "بين", "ضد")
)


def split_keywords(raw: str, evidence: str = "") -> list[str]:
    """Keywords in order of first appearance, duplicates (after normalisation) removed.

    >>> split_keywords("روسيا، أوكرانيا، روسيا")
    ['روسيا', 'أوكرانيا']
    >>> split_keywords("الولايات المتحدة روسيا موسكو", "قالت الولايات المتحدة إن روسيا ...")
    ['الولايات المتحدة', 'روسيا', 'موسكو']
    >>> split_keywords("ملفات ملفات ملفات")
    ['ملفات']
    """
    raw = raw.strip()
    if not raw:
        return []
    if _SEPARATORS.search(raw):
        candidates = [part for part in _SEPARATORS.split(raw) if part]
    else:
        candidates = _join_by_evidence(raw.split(), _evidence(evidence))
    seen: set[str] = set()
    keywords: list[str] = []
    for candidate in candidates:
        key = normalize_arabic(candidate)
        if key and key not in seen:
            seen.add(key)
            keywords.append(candidate.strip())
    return keywords


def _without_proclitics(word: str) -> str:
    """ "للامم" -> "الامم", "وبالصين" -> "الصين": only before the article ال, never from
    a bare name (ويتكوف keeps its و).

    >>> [_without_proclitics(w) for w in ["للامم", "وبالصين", "ويتكوف", "الامم"]]
    ['الامم', 'الصين', 'ويتكوف', 'الامم']
    """
    if word.startswith("لل") and len(word) > 3:
        return "ال" + word[2:]
    for _ in range(2):
        if len(word) > 3 and word[0] in "وفبكل" and word[1:3] == "ال":
            return word[1:]
        if len(word) > 4 and word[0] in "وف" and word[1] in "بكل" and word[2:4] == "ال":
            return word[2:]
    return word


# _without_proclitics over a whole key in two C passes (~10x faster than a Python call
# per word). A key's words are separated by single spaces, so a word starts after " ".
# The three rules apply to disjoint words, and neither pass's output starts a word that
# the other matches (both leave "ال" at its start), so the order of the passes is free.
_LAM_LAM = re.compile(r" ل(?=ل\S\S)")  # "للامم" -> "الامم"
_PROCLITICS = re.compile(r" (?:[وفبكل]|[وف][بكل])(?=ال\S)")  # "وبالصين" -> "الصين"


def _evidence(text: str) -> str:
    """The article's words, padded, plus a copy with proclitics taken off "ال" words.

    >>> _evidence("وقال للامم وبالصين ويتكوف")
    ' وقال للامم وبالصين ويتكوف | وقال الامم الصين ويتكوف '
    """
    key = normalize_arabic(text)
    bare = _PROCLITICS.sub(" ", _LAM_LAM.sub(" ا", " " + key))[1:]
    return f" {key} | {bare} "


def _continues_tag(word: str, padded_evidence: str) -> bool:
    """A particle, or "وX" where X is a word the article uses: the tail of a tag."""
    key = normalize_arabic(word)
    if key in _PARTICLES:
        return True
    # short remainders ("وحده" -> "حده") match too many unrelated words
    return key.startswith("و") and len(key) > MIN_COORDINATED_CHARS and f" {key[1:]} " in padded_evidence


def _join_by_evidence(words: list[str], padded_evidence: str) -> list[str]:
    """Greedy longest match: join up to MAX_PHRASE_WORDS words the evidence contains.

    >>> words = "قمة ترامب وبوتين وقف لإطلاق النار".split()
    >>> _join_by_evidence(words, _evidence("وقف لإطلاق النار ترامب بوتين"))
    ['قمة', 'ترامب وبوتين', 'وقف لإطلاق النار']
    """
    out: list[str] = []
    i = 0
    while i < len(words):
        size = 1
        for n in range(min(MAX_PHRASE_WORDS, len(words) - i), 1, -1):
            phrase = normalize_arabic(" ".join(words[i : i + n]))
            if f" {phrase} " in padded_evidence:
                size = n
                break
        phrase_words = words[i : i + size]
        ends_open = bool(out) and normalize_arabic(out[-1].split()[-1]) in _PARTICLES
        if out and (ends_open or _continues_tag(phrase_words[0], padded_evidence)):
            out[-1] = " ".join([out[-1], *phrase_words])
        else:
            out.append(" ".join(phrase_words))
        i += size
    return out
