"""Publication dates from header lines: English, numeric and Arabic day-month-year forms.

dateparser misses Levantine and Maghrebi month names and splits "21st, October
2025" (docs/arabic-text.md, Dates), so the grammar is our own.
Month names are matched on normalize_arabic() keys, so hamza and ya spellings
need one entry each at most.
"""

from __future__ import annotations

import datetime as dt
import re

from tasks.text.normalize import normalize_arabic

ENGLISH_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}

# Normalised keys (أ→ا, ى→ي, ة→ه). Egyptian/Gulf, Levantine/Iraqi, Maghrebi (Algeria,
# Tunisia) and Moroccan names.
ARABIC_MONTHS: dict[str, int] = {}
for _month, _names in {
    1: ("يناير", "كانون الثاني", "جانفي"),
    2: ("فبراير", "شباط", "فيفري", "فبراير"),
    3: ("مارس", "اذار", "مارس"),
    4: ("ابريل", "نيسان", "افريل", "ابريل"),
    5: ("مايو", "ايار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويليه", "يوليوز"),
    8: ("اغسطس", "اب", "اوت", "غشت", "اغسطس"),
    9: ("سبتمبر", "ايلول", "شتنبر"),
    10: ("اكتوبر", "تشرين الاول", "اكتوبر"),
    11: ("نوفمبر", "تشرين الثاني", "نونبر"),
    12: ("ديسمبر", "كانون الاول", "دجنبر", "ديسمبر"),
}.items():
    for _name in _names:
        ARABIC_MONTHS[normalize_arabic(_name)] = _month

MONTHS: dict[str, int] = ENGLISH_MONTHS | ARABIC_MONTHS
# longest first so that "تشرين الاول" wins over a shorter name inside it
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"

_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}}){_ORDINAL}\s+(?:(?:of|من)\s+)?({_MONTH_ALT})"
    rf"(?:\s+({_MONTH_ALT}))?\s+(\d{{4}})(?!\d)"
)
_MONTH_DAY_YEAR = re.compile(rf"(?<![\w])({_MONTH_ALT})\s+(\d{{1,2}}){_ORDINAL}\s+(\d{{4}})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})\s+(\d{1,2})\s+(\d{1,2})(?!\d)")
_DMY_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s+(\d{1,2})\s+(\d{4})(?!\d)")

MIN_YEAR, MAX_YEAR = 1900, 2100


def gregorian_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day or the year is implausible for news."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_publication_date(value: str) -> dt.date | None:
    """The calendar date written in a header value, or None if there is none.

    Numeric dates are read day-first (the Arabic convention) unless the year
    comes first. Times and zones are ignored.

    >>> parse_publication_date("21st, October 2025 GMT")
    datetime.date(2025, 10, 21)
    >>> parse_publication_date("الثلاثاء ٢١ تشرين الأول ٢٠٢٥ - 10:30")
    datetime.date(2025, 10, 21)
    >>> parse_publication_date("4 ديسمبر/كانون الأول 2025")
    datetime.date(2025, 12, 4)
    >>> parse_publication_date("October 21, 2025 12:04 PM")
    datetime.date(2025, 10, 21)
    >>> parse_publication_date("2025-10-21T08:00:00Z")
    datetime.date(2025, 10, 21)
    >>> parse_publication_date("21/10/2025")
    datetime.date(2025, 10, 21)
    >>> parse_publication_date("منذ ساعتين") is None
    True
    """
    # normalize_arabic folds punctuation to spaces: "21st, October" -> "21st october",
    # "2025-10-21" -> "2025 10 21", "ديسمبر/كانون" -> "ديسمبر كانون"
    key = normalize_arabic(value)
    if m := _DAY_MONTH_YEAR.search(key):
        return gregorian_date(int(m[4]), MONTHS[m[2]], int(m[1]))
    if m := _MONTH_DAY_YEAR.search(key):
        return gregorian_date(int(m[3]), MONTHS[m[1]], int(m[2]))
    if m := _ISO.search(key):
        return gregorian_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY_NUMERIC.search(key):
        return gregorian_date(int(m[3]), int(m[2]), int(m[1]))
    return None
