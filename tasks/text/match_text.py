"""Text prepared for entity matching, with a map back to the original characters.

The same folds as normalize_arabic (letter variants, digits, no diacritics or
tatweel, case-folded Latin), done one character to at most one character by a
code-point table over the whole text at once (NumPy), so that every matched span
maps back to exact offsets in the original. Unlike normalize_arabic, punctuation
keeps its role as a boundary: commas become ",", sentence ends ".", quotes and
brackets "|"; hyphens and slashes join words like spaces. Names never match
across punctuation, and discovery sees appositions ("بيسكوف، المتحدث باسم ...").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tasks.text.clean import INVISIBLES
from tasks.text.normalize import LETTER_FOLDS

COMMA, STOP, OTHER = ",", ".", "|"
BOUNDARIES = frozenset(f" {COMMA}{STOP}{OTHER}")
_TABLE_SIZE = 0x20000
_COMMAS = "،,؛;"
_STOPS = ".!?؟:…"
_JOINERS = "-‐‑‒–—/\\_"
_DIACRITICS = [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]
_DIGITS = {0x0660 + i: ord(str(i)) for i in range(10)} | {0x06F0 + i: ord(str(i)) for i in range(10)}


def _build_table() -> npt.NDArray[np.uint32]:
    table = np.zeros(_TABLE_SIZE, dtype=np.uint32)
    for cp in range(_TABLE_SIZE):
        ch = chr(cp)
        category = unicodedata.category(ch)
        if ch.isspace() or ch in _JOINERS:
            table[cp] = ord(" ")
        elif ch in _COMMAS:
            table[cp] = ord(COMMA)
        elif ch in _STOPS:
            table[cp] = ord(STOP)
        elif category[0] in "PS":
            table[cp] = ord(OTHER)
        elif category[0] == "C" or category in ("Mn", "Me"):
            table[cp] = 0  # controls, format characters, combining marks: dropped
        else:
            folded = unicodedata.normalize("NFKC", ch).casefold()
            table[cp] = ord(folded) if len(folded) == 1 else cp
    for src, dst in LETTER_FOLDS.items():
        table[ord(src)] = ord(dst)
    for code, digit in _DIGITS.items():
        table[code] = digit
    for cp in (*_DIACRITICS, *map(ord, INVISIBLES), 0x0640):  # 0x0640: tatweel
        table[cp] = 0
    return table


_TABLE = _build_table()
_SPACE = np.uint32(ord(" "))


@dataclass(frozen=True)
class MatchText:
    """``text[i]`` comes from ``original[offsets[i]]``."""

    text: str
    offsets: npt.NDArray[np.int64]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of text[start:end], widened over the marks that follow it."""
        begin = int(self.offsets[start])
        stop = int(self.offsets[end - 1]) + 1
        while stop < len(self.original) and _TABLE[min(ord(self.original[stop]), _TABLE_SIZE - 1)] == 0:
            stop += 1  # a trailing diacritic or tatweel belongs to the word
        return begin, stop


def match_text(original: str) -> MatchText:
    """The matching form of a text and its offset map.

    >>> m = match_text("قالَ بوتينُ، إنّ")
    >>> m.text
    'قال بوتين, ان'
    >>> begin, end = m.span(4, 9)
    >>> m.original[begin:end]
    'بوتينُ'
    """
    codes = np.frombuffer(original.encode("utf-32-le"), dtype=np.uint32)
    mapped = np.where(codes < _TABLE_SIZE, _TABLE[np.minimum(codes, _TABLE_SIZE - 1)], codes)
    keep = mapped != 0
    index = np.flatnonzero(keep)
    values = mapped[keep]
    spaces = values == _SPACE
    # fold runs of spaces, and drop spaces at the ends
    repeat = np.zeros(len(values), dtype=bool)
    repeat[1:] = spaces[1:] & spaces[:-1]
    keep2 = ~repeat
    if len(values):
        keep2[0] &= not spaces[0]
        last = np.flatnonzero(keep2)
        if len(last) and spaces[last[-1]]:
            keep2[last[-1]] = False
    values = values[keep2]
    return MatchText(
        values.astype(np.uint32).tobytes().decode("utf-32-le"), index[keep2].astype(np.int64), original
    )


def _key_table() -> dict[int, str | None]:
    """_TABLE below the surrogates as a str.translate map, boundaries as spaces: only
    the code points it changes (the rest stay themselves, as in match_text)."""
    table: dict[int, str | None] = {}
    for cp, mapped in enumerate(_TABLE[:_FAST_END].tolist()):
        value = None if mapped == 0 else " " if chr(mapped) in BOUNDARIES else chr(mapped)
        if value != chr(cp):
            table[cp] = value
    return table


_FAST_END = 0xD800  # the surrogates: match_text rejects a lone one, translate would not
_ABOVE_FAST = re.compile(f"[{chr(_FAST_END)}-{chr(0x10FFFF)}]")
_KEY_TABLE = _key_table()


def key_of(spelling: str) -> str:
    """The matching key of a gazetteer spelling: its match text, punctuation as spaces.

    Called for every mention, so it skips match_text's offset map and NumPy set-up:
    one str.translate (the same table; runs of spaces fold in the split) for text
    below U+D800 (Arabic, Latin, punctuation; one regex scan tells, where max()
    made a string of every character), match_text itself for the rest. Not cached:
    the entity matcher calls it on spellings that are mostly new, and an LRU cache
    made that stage a tenth slower.

    >>> key_of("إلمندورف-ريتشاردسون"), key_of("«الاتحاد الأوروبي»")
    ('المندورف ريتشاردسون', 'الاتحاد الاوروبي')
    """
    if _ABOVE_FAST.search(spelling) is None:
        return " ".join(spelling.translate(_KEY_TABLE).split())
    text = match_text(spelling).text
    return " ".join("".join(" " if c in BOUNDARIES else c for c in text).split())
