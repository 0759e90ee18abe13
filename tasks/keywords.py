"""Split a keyword line into keywords, even when the scraper dropped the separators.

"كلمات دلالية: الولايات المتحدة روسيا أوكرانيا" lost the commas between tags, so
splitting on spaces would break "الولايات المتحدة" in two. When no separator is
left, a run of words is kept together when the article itself uses that phrase:
the page's own text is the evidence of which words were one tag.
"""

from __future__ import annotations

import re

from tasks.normalize import normalize_arabic

_SEPARATORS = re.compile(r"\s*[,،;؛|#•/\n]\s*")
MAX_PHRASE_WORDS = 4
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
        candidates = _join_by_evidence(raw.split(), f" {normalize_arabic(evidence)} ")
    seen: set[str] = set()
    keywords: list[str] = []
    for candidate in candidates:
        key = normalize_arabic(candidate)
        if key and key not in seen:
            seen.add(key)
            keywords.append(candidate.strip())
    return keywords


def _continues_tag(word: str, padded_evidence: str) -> bool:
    """A particle, or "وX" where X is a word the article uses: the tail of a tag."""
    key = normalize_arabic(word)
    if key in _PARTICLES:
        return True
    return key.startswith("و") and len(key) > 3 and f" {key[1:]} " in padded_evidence


def _join_by_evidence(words: list[str], padded_evidence: str) -> list[str]:
    """Greedy longest match: join up to MAX_PHRASE_WORDS words the evidence contains.

    >>> _join_by_evidence("قمة ترامب وبوتين وقف لإطلاق النار".split(), " وقف لاطلاق النار ترامب بوتين ")
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
