"""Arabic-aware normalisation for comparing and matching text (never for output).

One table-driven pass, shared by keyword splitting, deduplication and entity
matching, so that "الأمريكى", "الامريكي" and "الأمريكي" compare equal everywhere.
docs/arabic-text.md (Normalisation) says why no library is used.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from tasks.text.clean import INVISIBLES

# Letter variants folded to one form for matching.
LETTER_FOLDS: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",  # alef wasla
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",  # alef maksura, Egyptian final ya
    "ی": "ي",  # Persian ya
    "ې": "ي",
    "ۍ": "ي",
    "ک": "ك",  # Persian kaf
    "ڪ": "ك",
    "ة": "ه",  # ta marbuta: spelled either way at word end
    "ۀ": "ه",
    "ہ": "ه",  # Urdu heh goal
    "ھ": "ه",  # heh doachashmee
    "ؤ": "ء",  # seat of hamza varies between house styles (مسئول / مسؤول)
    "ئ": "ء",
}
_DIACRITICS = [
    *range(0x0610, 0x061B),
    *range(0x064B, 0x0660),
    0x0670,
    *range(0x06D6, 0x06EE),
]
_TATWEEL = "\u0640"
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
# Code points past this keep themselves; everything a news page uses sits below it.
_TABLE_SIZE = 0x20000


def _build_table() -> list[str]:
    """A list indexed by code point: str.translate is 3x faster with it than with a dict."""
    table = [chr(cp) for cp in range(_TABLE_SIZE)]
    for cp in range(_TABLE_SIZE):
        if unicodedata.category(table[cp])[0] in "PS":
            table[cp] = " "  # punctuation and symbols of every script, ، ؛ ؟ « » included
    for src, dst in (LETTER_FOLDS | _DIGITS).items():
        table[ord(src)] = dst
    for cp in (*_DIACRITICS, *map(ord, INVISIBLES), ord(_TATWEEL)):
        table[cp] = ""
    return table


_TABLE = _build_table()

# The same table as code points for NumPy: every entry is one character or none.
_DELETE = np.uint32(0xFFFFFFFF)
_CODES = np.array([ord(v) if v else _DELETE for v in _TABLE], dtype=np.uint32)
# What str.split() splits on (all below U+3001), by code point.
_SPACES = np.array([chr(cp).isspace() for cp in range(0x3001)], dtype=np.bool_)
_SEP = "\x00"  # joins a batch: kept by the table, not a space, unchanged by casefold()


def _build_stable() -> npt.NDArray[np.bool_]:
    """Code points NFKC keeps as they are and never joins to what precedes them:
    combining class 0, NFKC of the character alone is itself, neither it nor the
    start of its decomposition is the second half of a canonical pair (nor a Hangul
    vowel or final jamo). A run of them is normalised, and a string may be cut before
    any of them and normalised piecewise (UAX #15: NFKC_QC=Yes starters)."""
    decompositions = [unicodedata.decomposition(chr(cp)) for cp in range(_TABLE_SIZE)]
    composes_back = np.zeros(_TABLE_SIZE, dtype=np.bool_)
    composes_back[0x1161:0x1176] = composes_back[0x11A8:0x11C3] = True
    for d in decompositions:
        if d and d[0] != "<" and " " in d:  # a canonical pair: its second half composes back
            composes_back[int(d.split()[1], 16)] = True
    stable = np.zeros(_TABLE_SIZE, dtype=np.bool_)
    for cp, d in enumerate(decompositions):
        ch = chr(cp)
        if unicodedata.combining(ch) or composes_back[cp]:
            continue
        if d:  # a composite: stable when NFKC rebuilds it from parts that do not compose back
            head = unicodedata.normalize("NFD", ch)[0]
            if unicodedata.normalize("NFKC", ch) != ch or composes_back[ord(head)]:
                continue
        stable[cp] = True
    return stable


_STABLE = _build_stable()
# From this length on one NumPy pass beats str.translate plus split and join (3-4x at
# 2,000 characters); below it the fixed cost of the arrays does not pay.
_VECTOR_MIN_CHARS = 200


def _fold_codes(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """str.translate(_TABLE) then " ".join(split()) of every _SEP-separated text.

    casefold() neither makes nor removes spaces and maps each character on its own,
    so folding spaces before it gives what folding after it would.
    """
    if not len(codes):
        return codes
    mapped: npt.NDArray[np.uint32]
    if codes.max() < _TABLE_SIZE:
        mapped = _CODES[codes]
    else:  # characters past the table keep themselves, as str.translate does
        mapped = np.where(codes < _TABLE_SIZE, _CODES[np.minimum(codes, _TABLE_SIZE - 1)], codes)
    mapped = mapped[mapped != _DELETE]
    if not len(mapped):
        return mapped
    space = (mapped < len(_SPACES)) & _SPACES[np.minimum(mapped, len(_SPACES) - 1)]
    sep = mapped == 0
    # keep a space only after a character that is neither space nor a text boundary
    after_gap = np.empty_like(space)
    after_gap[0] = True
    after_gap[1:] = space[:-1] | sep[:-1]
    keep = ~space | ~after_gap
    mapped, space, sep = mapped[keep], space[keep], sep[keep]
    if not len(mapped):
        return mapped
    # ... and not before a boundary: a run's kept space at a text's end is trailing
    before_gap = np.empty_like(space)
    before_gap[-1] = True
    before_gap[:-1] = sep[1:]
    kept = ~(space & before_gap)
    folded: npt.NDArray[np.uint32] = np.where(space, np.uint32(0x20), mapped)[kept]
    return folded


def _nfkc(text: str) -> str:
    if not unicodedata.is_normalized("NFKC", text):  # the check is ~1000x cheaper
        return unicodedata.normalize("NFKC", text)
    return text


# Characters normalised in one NumPy pass at most: the pass holds about ten arrays of
# this length (4 bytes a character), so a batch's paragraphs (3.5 M characters) went
# through in chunks rather than at an 86 MB peak.
CHUNK_CHARS = 1 << 19


def normalize_many(texts: Sequence[str]) -> list[str]:
    """normalize_arabic of each text, in NumPy passes over many texts at once (for
    columns of paragraphs or bodies, where a call per text costs 3-4x more).

    >>> normalize_many(["الأمريكى، ترامب!", "", " ٢٠ "])
    ['الامريكي ترامب', '', '20']
    """
    out: list[str] = []
    start = size = 0
    for end, text in enumerate(texts):
        if size and size + len(text) > CHUNK_CHARS:
            out += _normalize_chunk(texts[start:end])
            start, size = end, 0
        size += len(text) + 1
    return out + _normalize_chunk(texts[start:])


def _normalize_chunk(texts: Sequence[str]) -> list[str]:
    if not texts:
        return []
    joined = _SEP.join(texts)
    if joined.count(_SEP) != len(texts) - 1:  # a text holds the separator itself
        return [_normalize_one(t) for t in texts]
    folded = _fold_codes(_nfkc_codes(joined)).tobytes().decode("utf-32-le", "surrogatepass")
    return folded.casefold().split(_SEP)


def _codes(text: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _nfkc_codes(text: str) -> npt.NDArray[np.uint32]:
    """Code points of NFKC(text), normalising only the stretches around characters
    that are not stable (most texts have none; is_normalized() costs ~20 ns a character
    on Arabic, and a full normalize() ~100)."""
    codes = _codes(text)
    stable = _STABLE[np.minimum(codes, _TABLE_SIZE - 1)] & (codes < _TABLE_SIZE)
    unstable = np.flatnonzero(~stable)
    if not len(unstable):
        return codes
    # each unstable run, from the stable character before it to the one after it
    anchors = np.flatnonzero(stable)
    k = np.searchsorted(anchors, unstable)
    starts = np.where(k > 0, anchors[np.maximum(k - 1, 0)] if len(anchors) else 0, 0)
    ends = np.where(
        k < len(anchors), anchors[np.minimum(k, len(anchors) - 1)] if len(anchors) else 0, len(codes)
    )
    first = np.ones(len(starts), dtype=np.bool_)
    first[1:] = starts[1:] != starts[:-1]
    pieces: list[str] = []
    done = 0
    for start, end in zip(starts[first].tolist(), ends[first].tolist(), strict=True):
        pieces += [text[done:start], unicodedata.normalize("NFKC", text[start:end])]
        done = end
    pieces.append(text[done:])
    return _codes("".join(pieces))


def normalize_arabic(text: str) -> str:
    """Fold text to its matching key: NFKC, letter variants, no marks, ASCII digits.

    Punctuation becomes space and whitespace runs fold to one space; Latin is
    case-folded. Idempotent: normalising twice changes nothing.

    >>> normalize_arabic("الأمريكى، ترامب!")
    'الامريكي ترامب'
    >>> normalize_arabic("بوتین في مـــوسكو ٢٠ أكتوبر")
    'بوتين في موسكو 20 اكتوبر'
    >>> normalize_arabic("إقرأ أيضاً:")
    'اقرا ايضا'
    >>> normalize_arabic("ﻻ Related")
    'لا related'
    """
    if len(text) >= _VECTOR_MIN_CHARS:
        return normalize_many([text])[0]
    return _normalize_one(text)


def _normalize_one(text: str) -> str:
    return " ".join(_nfkc(text).translate(_TABLE).casefold().split())
