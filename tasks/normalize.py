"""Arabic-aware normalisation for comparing and matching text (never for output).

One table-driven pass, shared by keyword splitting, deduplication and entity
matching, so that "الأمريكى", "الامريكي" and "الأمريكي" compare equal everywhere.
See ../shared/reference/arabic-extraction.md §2a for why no library is used.
"""

from __future__ import annotations

import unicodedata

from tasks.textclean import INVISIBLES

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
    if not unicodedata.is_normalized("NFKC", text):  # the check is ~1000x cheaper
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate(_TABLE).casefold().split())
