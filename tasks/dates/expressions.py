"""Date expressions in article text, resolved against the publication date.

    >>> import datetime as dt
    >>> published = dt.date(2025, 10, 21)  # a Tuesday
    >>> for d in find_dates("التقيا يوم الخميس الماضي وأمس الأول، وفي 15 آب 2025", published):
    ...     print(d.text, d.value, d.precision, d.anchor)
    يوم الخميس الماضي 2025-10-16 day publication
    أمس الأول 2025-10-19 day publication
    15 آب 2025 2025-08-15 day text

The grammar is our own (dateparser has no Levantine or Maghrebi months, no
"أمس الأول", and drops "يوم ... الماضي": docs/arabic-text.md,
Dates). It reads the offset-mapped match text (tasks/text/match_text.py), so every
expression keeps exact offsets into the original.

A date is never invented: what the text leaves open (the year of "20 أكتوبر",
the day "أمس" refers to) is taken from the publication date, and without one
the expression is kept with what it does say (value "--10-20", no date).
Hijri dates (Saudi house style: "15 رمضان 1436هـ") are converted with the Umm
al-Qura calendar; a year near the publication's Hijri year is Hijri without its
era too ("العام 1435" in 2015).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat

import numpy as np
from hijridate import Gregorian, Hijri

from tasks.parse.published_dates import ARABIC_MONTHS, ENGLISH_MONTHS, MAX_YEAR, MIN_YEAR, gregorian_date
from tasks.text.match_text import MatchText
from tasks.text.normalize import normalize_arabic
from tasks.text.sentences import DIGIT, MatchWords, TextIndex

# Hijri month names, normalised (ة→ه, ى→ي, hamza seats folded); ذو/ذي both occur.
HIJRI_MONTHS: dict[str, int] = {
    normalize_arabic(name): month
    for month, names in {
        1: ("محرم",),
        2: ("صفر",),
        3: ("ربيع الأول",),
        4: ("ربيع الآخر", "ربيع الثاني"),
        5: ("جمادى الأولى", "جمادى الأول"),
        6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"),
        7: ("رجب",),
        8: ("شعبان",),
        9: ("رمضان",),
        10: ("شوال",),
        11: ("ذو القعدة", "ذي القعدة"),
        12: ("ذو الحجة", "ذي الحجة"),
    }.items()
    for name in names
}
WEEKDAYS: dict[str, int] = {  # Python's weekday(): Monday is 0
    "الاثنين": 0,
    "الاتنين": 0,
    "الثلاثاء": 1,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
PAST = ("الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم", "المنصرمه")
NEXT = ("المقبل", "المقبله", "القادم", "القادمه")
THIS = ("الجاري", "الجاريه", "الحالي", "الحاليه")
FUTURE_DAYS = 60  # a year-less date further ahead than this is read as last year's


def _alt(words: object) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore[call-overload]


_G_MONTH = _alt(ARABIC_MONTHS)
_E_MONTH = _alt(ENGLISH_MONTHS)
_H_MONTH = _alt(HIJRI_MONTHS)
_WEEKDAY = _alt(WEEKDAYS)
_PAST, _NEXT, _THIS = _alt(PAST), _alt(NEXT), _alt(THIS)
# a word start, or just after a one-letter proclitic (kept out of the span: "وأمس" -> "أمس")
_B, _E = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))", r"(?!\w)"
_SEP = r"[ ,|]*"  # match text: commas stay ",", brackets and quotes became "|"
_YEAR = rf"(?P<year>\d{{4}})(?: ?(?P<era>م|ه|هـ|AD|CE|ad|ce))?{_E}"
_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
# Ordinal day words, normalised: "الخامس من أغسطس", "الحادي والعشرين من شوال".
ORDINAL_DAYS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    "العاشر": 10,
    "الحادي عشر": 11,
    **{f"{w} عشر": i + 12 for i, w in enumerate(_UNITS[1:])},
    "العشرين": 20,
    "الحادي والعشرين": 21,
    **{f"{w} والعشرين": i + 22 for i, w in enumerate(_UNITS[1:])},
    "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}
_ORD = "|".join(sorted(map(re.escape, ORDINAL_DAYS), key=len, reverse=True))
_DAY = rf"(?:(?:ال)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<ord>{_ORD})(?= من ))"
_WEEKDAY_OPT = rf"(?:(?:يوم )?(?P<wd>{_WEEKDAY}) ?,? )?"

# Each pattern names the groups it fills; the first pattern to claim a span wins,
# and patterns are tried longest form first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "gregorian",
        re.compile(
            rf"{_B}{_WEEKDAY_OPT}{_DAY} (?:من )?(?:شهر )?(?P<month>{_G_MONTH}){_E}"
            rf"(?:{_SEP}(?P<month2>{_G_MONTH}){_E})?\|?(?:[ |]+(?:عام |سنه )?{_YEAR}"
            rf"|[ |]+(?P<rel>{_PAST}|{_NEXT}|{_THIS}){_E})?"
        ),
    ),
    (
        "english",
        re.compile(
            rf"{_B}(?:{_DAY},? (?:of )?(?P<month>{_E_MONTH})\.?,? {_YEAR}"
            rf"|(?P<month_b>{_E_MONTH})\.? (?P<day_b>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year_b>\d{{4}}){_E})"
        ),
    ),
    (
        "hijri",
        re.compile(
            rf"{_B}{_WEEKDAY_OPT}(?:{_DAY} )?(?:من )?(?:شهر )?(?P<month>{_H_MONTH}){_E}"
            rf"(?: (?:عام |سنه )?{_YEAR})?"
        ),
    ),
    (
        "numeric",
        re.compile(r"(?<![\w.])(?P<a>\d{1,4}) (?P<b>\d{1,2}) (?P<c>\d{1,4})(?: ?(?:ه|م)(?!\w))?(?![\w]| \d)"),
    ),
    (
        "month_year",
        re.compile(
            rf"{_B}(?:شهر )?(?P<month>{_G_MONTH}){_E}(?:{_SEP}(?P<month2>{_G_MONTH}){_E})?\|?"
            rf"(?:{_SEP}(?:(?:من )?(?:عام |سنه |العام )?{_YEAR}|(?P<rel>{_PAST}|{_NEXT}|{_THIS}){_E}))"
        ),
    ),
    (
        "month_named",
        re.compile(
            rf"{_B}(?P<lead>شهر|في|منذ|حتي|مطلع|اواخر|منتصف|بدايه|نهايه|اواسط) (?P<month>{_G_MONTH}){_E}"
            rf"(?:{_SEP}(?P<month2>{_G_MONTH}){_E})?\|?"
        ),
    ),
    (
        "year",
        re.compile(
            rf"{_B}(?:(?:ال|ل)?عام|(?:ال)?سنه) {_YEAR}|{_B}(?P<year_m>\d{{4}}) ?م{_E}"
            rf"|(?<=منذ )(?P<year_s>\d{{4}}){_E}|(?<=حتي )(?P<year_t>\d{{4}}){_E}"
        ),
    ),
    (
        "relative_period",
        re.compile(
            rf"{_B}(?:ال|ل)(?P<unit>اسبوع|شهر|عام|سنه)"
            rf" (?P<rel>{_PAST}|{_NEXT}|{_THIS}){_E}"
            rf"|{_B}(?P<this>هذا ال(?P<unit_t>اسبوع|شهر|عام)|هذه السنه){_E}"
        ),
    ),
    (
        "relative_day",
        re.compile(
            rf"{_B}(?:(?P<d2>امس الاول|اول امس|اول من امس)(?:[ |]+(?P<wd_2>{_WEEKDAY})\|?)?"
            rf"|(?P<d1>امس|البارحه|الليله الماضيه)(?:[ |]+(?P<wd_y>{_WEEKDAY})\|?)?"
            rf"|(?P<d0>اليوم)(?:[ |]+(?P<wd_today>{_WEEKDAY})\|?)?"
            rf"|(?P<dp2>بعد غد|بعد غدا)|(?P<dp1>غدا)(?:[ |]+(?P<wd_t>{_WEEKDAY})\|?)?)(?!\w)"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"{_B}(?:(?P<yawm>يوم|ليله|مساء|صباح|فجر|ظهر|عصر) )?(?P<wd>{_WEEKDAY})"
            rf"(?: (?P<rel>{_PAST}|{_NEXT}))?{_E}"
        ),
    ),
]


@dataclass(frozen=True)
class DateExpression:
    """One date expression: where it is, what it says, and the date it resolves to."""

    start: int
    end: int
    text: str
    kind: str  # absolute, relative or weekday
    calendar: str  # gregorian or hijri: the calendar the text is written in
    value: str | None  # ISO form at its precision, in that calendar; "--MM-DD" when the year is open
    date: dt.date | None  # Gregorian first day of the period; None when not anchored
    precision: str  # day, week, month or year
    anchor: str  # text: all written; publication: completed from the publication date;
    # article: the year from the article's own full date (no publication date); none


@dataclass(frozen=True)
class _Parsed:
    kind: str
    calendar: str
    precision: str
    year: int | None
    month: int | None
    day: int | None
    date: dt.date | None
    anchor: str


def _hijri(year: int, month: int, day: int) -> dt.date | None:
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):  # outside the Umm al-Qura table or no such day
        return None


def _infer_year(month: int, day: int, published: dt.date, rel: str | None) -> int:
    """The year of a year-less date: the publication year, unless that puts it too far ahead."""
    year = published.year
    candidate = gregorian_date(year, month, min(day, 28)) or published
    if rel in NEXT:
        return year + 1 if candidate <= published else year
    if rel in PAST:
        return year - 1 if candidate >= published else year
    if (candidate - published).days > FUTURE_DAYS:
        return year - 1
    return year


def _day_month(
    month: int, day: int | None, year: int | None, published: dt.date | None, rel: str | None = None
) -> _Parsed | None:
    precision = "day" if day is not None else "month"
    if year is not None:
        date = gregorian_date(year, month, day or 1)
        return _Parsed("absolute", "gregorian", precision, year, month, day, date, "text") if date else None
    if day is not None and not 1 <= day <= 31:
        return None
    if published is None:
        return _Parsed("absolute", "gregorian", precision, None, month, day, None, "none")
    year = _infer_year(month, day or 1, published, rel)
    date = gregorian_date(year, month, day or 1)
    return (
        _Parsed("absolute", "gregorian", precision, year, month, day, date, "publication") if date else None
    )


def _day_of(m: re.Match[str]) -> int | None:
    if m["day"]:
        return int(m["day"])
    return ORDINAL_DAYS[m["ord"]] if m["ord"] else None


def _gregorian_match(m: re.Match[str], published: dt.date | None) -> _Parsed | None:
    if m["era"] in ("ه", "هـ"):
        return None  # a Hijri year after a Gregorian month: a typo we do not guess at
    year = int(m["year"]) if m["year"] else None
    if m["month2"] and ARABIC_MONTHS[m["month2"]] != ARABIC_MONTHS[m["month"]]:
        return None  # "أكتوبر/تشرين الأول" must name one month twice
    return _day_month(ARABIC_MONTHS[m["month"]], _day_of(m), year, published, m["rel"])


def _english_match(m: re.Match[str], published: dt.date | None) -> _Parsed | None:
    if m["month"]:
        month, day, year = ENGLISH_MONTHS[m["month"]], int(m["day"]), int(m["year"])
    else:
        month, day, year = ENGLISH_MONTHS[m["month_b"]], int(m["day_b"]), int(m["year_b"])
    return _day_month(month, day, year, published)


def _hijri_match(m: re.Match[str], published: dt.date | None) -> _Parsed | None:
    month = HIJRI_MONTHS[m["month"]]
    day = _day_of(m)
    if not m["year"]:
        # "رمضان" alone is a season or a name, "2 صفر" a score; a day without a year is left open
        if day is None or not 1 <= day <= 30 or month == HIJRI_MONTHS["صفر"]:
            return None
        if published is None:
            return _Parsed("absolute", "hijri", "day", None, month, day, None, "none")
        # the Hijri year that puts it nearest the publication date
        this_year = Gregorian(published.year, published.month, published.day).to_hijri().year
        dated = [(y, d) for y in (this_year - 1, this_year, this_year + 1) if (d := _hijri(y, month, day))]
        if not dated:
            return None
        near_year, near = min(dated, key=lambda t: abs((t[1] - published).days))
        return _Parsed("absolute", "hijri", "day", near_year, month, day, near, "publication")
    year = int(m["year"])
    if not 1300 <= year <= 1500 or m["era"] == "م":
        return None
    written = _hijri(year, month, day or 1)
    if written is None:
        return None
    return _Parsed("absolute", "hijri", "day" if day else "month", year, month, day, written, "text")


def _numeric_match(m: re.Match[str], published: dt.date | None, separators: str) -> _Parsed | None:
    if len(set(separators)) != 1 or separators[0] not in "/-.":
        return None  # "3 5 2015" written with spaces is a list of numbers, not a date
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        day, month, year = int(a), int(b), int(c)  # day first: the Arabic convention
    else:
        return None
    if 1300 <= year <= 1500:
        date = _hijri(year, month, day)
        return _Parsed("absolute", "hijri", "day", year, month, day, date, "text") if date else None
    date = gregorian_date(year, month, day)
    return _Parsed("absolute", "gregorian", "day", year, month, day, date, "text") if date else None


def _month_year_match(m: re.Match[str], published: dt.date | None) -> _Parsed | None:
    if m["era"] in ("ه", "هـ"):
        return None
    if m["month2"] and ARABIC_MONTHS[m["month2"]] != ARABIC_MONTHS[m["month"]]:
        return None
    month = ARABIC_MONTHS[m["month"]]
    if m["year"]:
        return _day_month(month, None, int(m["year"]), published)
    if published is None:
        return _Parsed("absolute", "gregorian", "month", None, month, None, None, "none")
    return _day_month(month, None, None, published, m["rel"])


_PREPOSITIONS = frozenset({"في", "منذ", "حتي"})
# Month names that are also common words: only "شهر X" makes them months.
_AMBIGUOUS_MONTHS = frozenset({"اب", "ماي", "مارس", "ايار", "اوت"})


def _month_named_match(m: re.Match[str], published: dt.date | None) -> _Parsed | None:
    if m["month"] in _AMBIGUOUS_MONTHS and m["lead"] != "شهر":
        return None
    if m["month2"] and ARABIC_MONTHS[m["month2"]] != ARABIC_MONTHS[m["month"]]:
        return None
    return _day_month(ARABIC_MONTHS[m["month"]], None, None, published)


HISTORY_YEAR = 1000  # "عام 1867": a year written as such may be far back


HIJRI_YEAR_REACH = 5  # "العام 1435" in a 2015 article: the Hijri year, written without هـ


def _near_hijri_year(year: int, published: dt.date | None) -> bool:
    """A year within a few years of the publication's Hijri year, in an article of our
    era: a Hijri year written without its era (a Gregorian 1435 is history)."""
    if published is None or published.year < 1950 or not 1300 <= year <= 1500:
        return False
    this_year = Gregorian(published.year, published.month, published.day).to_hijri().year
    return abs(year - this_year) <= HIJRI_YEAR_REACH


def _year_match(m: re.Match[str], published: dt.date | None) -> _Parsed | None:
    year = int(m["year"] or m["year_m"] or m["year_s"] or m["year_t"])
    if m["era"] in ("ه", "هـ") or (m["era"] != "م" and _near_hijri_year(year, published)):
        if not 1300 <= year <= 1500:
            return None
        return _Parsed("absolute", "hijri", "year", year, None, None, _hijri(year, 1, 1), "text")
    if not (HISTORY_YEAR if m["year"] else MIN_YEAR) <= year <= MAX_YEAR:
        return None
    return _Parsed("absolute", "gregorian", "year", year, None, None, dt.date(year, 1, 1), "text")


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _relative_period_match(m: re.Match[str], published: dt.date | None) -> _Parsed | None:
    unit = m["unit"] or m["unit_t"] or "عام"
    step = -1 if m["rel"] in PAST else 1 if m["rel"] in NEXT else 0
    precision = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}[unit]
    if published is None:
        return _Parsed("relative", "gregorian", precision, None, None, None, None, "none")
    if precision == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return _Parsed(
            "relative", "gregorian", "week", monday.year, monday.month, monday.day, monday, "publication"
        )
    if precision == "month":
        first = _shift_months(published, step)
        return _Parsed("relative", "gregorian", "month", first.year, first.month, None, first, "publication")
    year = published.year + step
    return _Parsed("relative", "gregorian", "year", year, None, None, dt.date(year, 1, 1), "publication")


# Words before "اليوم" that make it some other day ("ذلك اليوم") or the newspaper.
_NOT_TODAY_BEFORE = frozenset({"ذلك", "هذا", "نفس", "صحيفه", "جريده", "حتي", "عين"})


def _relative_day_match(
    m: re.Match[str], published: dt.date | None, before: str, after: str, quoted: bool = False
) -> _Parsed | None:
    if m.start() and m.string[m.start() - 1] in "بل":
        return None  # "لامس" (touched) is no ل + أمس
    if m["d0"] and not m["wd_today"] and (after.startswith("ال") or before in _NOT_TODAY_BEFORE or quoted):
        return None  # "اليوم التالي", "اليوم الوطني", "صحيفة اليوم", لـ"اليوم"
    if m["dp1"] and not m["wd_t"] and not _is_tomorrow(after):
        return None
    offset = -2 if m["d2"] else -1 if m["d1"] else 2 if m["dp2"] else 1 if m["dp1"] else 0
    if published is None:
        return _Parsed("relative", "gregorian", "day", None, None, None, None, "none")
    day = published + dt.timedelta(days=offset)
    weekday = m["wd_today"] or m["wd_y"] or m["wd_2"] or m["wd_t"]
    if weekday:
        # "اليوم (السبت)" names the day: when a crawl date stands in for the publication
        # date it can be a day or two late, so the weekday wins (the last one by then)
        day -= dt.timedelta(days=(day.weekday() - WEEKDAYS[weekday]) % 7)
    return _Parsed("relative", "gregorian", "day", day.year, day.month, day.day, day, "publication")


def _is_tomorrow(after: str) -> bool:
    """ "غدا" is also the verb "became": tomorrow only before a break, a weekday or a time word."""
    if not after or after[0] in ",.|":
        return True
    word = after.split(" ", 1)[0]
    return word in WEEKDAYS or word in {"صباحا", "مساء", "صباح", "في", "او", "الي"}


# Before a bare weekday in the same sentence, these make it the coming one ("من
# المتوقع أن تعقد يوم الخميس"); without them news means the last one.
FUTURE_CUES = re.compile(r"(?<!\w)(?:من المتوقع|من المقرر|المقرر|المرتقب|المرتقبه|سوف|المزمع|المخطط)(?!\w)")


# Words before a weekday that make it no date: "صلاة الجمعة", "خطبة الجمعة".
NOT_DATE_BEFORE = frozenset({"صلاه", "خطبه", "لصلاه", "بصلاه"})


def _weekday_match(m: re.Match[str], published: dt.date | None, sentence: str = "") -> _Parsed | None:
    previous = sentence.rstrip(" ,|").rsplit(" ", 1)[-1] if sentence.strip() else ""
    if not m["yawm"] and previous in NOT_DATE_BEFORE:
        return None
    if m["wd"] == "الاحد" and not (m["yawm"] or m["rel"]):
        return None  # "الأحد" alone is as often "the one"
    if m["wd"] in ("الاثنين", "الاتنين") and not (m["yawm"] or m["rel"]):
        return None  # "الاثنين" alone is "the two"
    if published is None:
        return _Parsed("weekday", "gregorian", "day", None, None, None, None, "none")
    target = WEEKDAYS[m["wd"]]
    back = (published.weekday() - target) % 7
    if m["rel"] in NEXT or (not m["rel"] and FUTURE_CUES.search(sentence)):
        day = published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
    else:
        # a bare weekday in news is the most recent one, today included; الماضي excludes today
        day = published - dt.timedelta(days=back or (7 if m["rel"] else 0))
    return _Parsed("weekday", "gregorian", "day", day.year, day.month, day.day, day, "publication")


def _value(p: _Parsed) -> str | None:
    if p.precision == "week" and p.date is not None:
        year, week, _ = p.date.isocalendar()
        return f"{year}-W{week:02d}"
    parts = [f"{p.year:04d}" if p.year is not None else "-"]
    if p.month is not None and p.precision in ("month", "day"):
        parts.append(f"{p.month:02d}")
    if p.day is not None and p.precision == "day":
        parts.append(f"{p.day:02d}")
    value = "-".join(parts)
    return None if value == "-" else value


_Resolver = Callable[[re.Match[str], dt.date | None], _Parsed | None]


# Words an expression can start with: the patterns are tried only where one stands
# (scanning every position with ten patterns costs ten times more).
_STARTER_WORDS = """
    يوم ليله مساء صباح فجر ظهر عصر امس البارحه اول اليوم غدا بعد الليله هذا هذه الاسبوع الشهر
    العام السنه لعام لاسبوع لشهر لسنه عام سنه شهر في منذ حتي مطلع اواخر منتصف بدايه نهايه اواسط
"""
_STARTERS = frozenset(
    {name.split()[0] for name in (*ARABIC_MONTHS, *HIJRI_MONTHS, *ENGLISH_MONTHS, *ORDINAL_DAYS)}
    | set(WEEKDAYS)
    | set(_STARTER_WORDS.split())
)

_ANCHOR = re.compile(
    r"(?<!\w)[وفبل]?(?=(?:ال)?\d|(?:"
    + "|".join(sorted(map(re.escape, _STARTERS), key=len, reverse=True))
    + r")(?!\w))"
)
_PROCLITICS = "وفبل"


# the words _ANCHOR can match at but for numbers: a starter, or و/ف/ب/ل and one
_STARTER_FORMS = frozenset(w for s in _STARTERS for w in (s, *(p + s for p in _PROCLITICS)))
_DIGIT_REACH = 3  # a number opens an expression at most after "وال": [وفبل]?(?:ال)?\d


def _anchor_words(words: MatchWords) -> dict[str, list[int]]:
    """The words an anchor may stand in, each with its match-text offsets: a superset
    of where _ANCHOR matches, which matches only at a word's start, and the same way
    in the word alone as in the text (its lookarounds stop at the word's edges)."""
    found: dict[str, list[int]] = {}
    keys, starts = words.keys, words.starts
    for i in [i for i, key in enumerate(keys) if key in _STARTER_FORMS]:
        found.setdefault(keys[i], []).append(starts[i])
    digits = np.flatnonzero(words.kinds == DIGIT)
    if len(digits):
        at = np.searchsorted(words.start_array, digits, side="right") - 1
        near = at[digits - words.start_array[at] <= _DIGIT_REACH]
        for i in np.unique(near).tolist():
            found.setdefault(words.keys[i], []).append(words.starts[i])
    return found


def _openers(words: MatchWords) -> dict[str, list[int]]:
    """For each pattern, the match-text offsets to try it at, in order."""
    openers: dict[str, list[int]] = {}
    for word, offsets in _anchor_words(words).items():
        opener = _opener(word)
        if opener is not None:
            shift, names = opener
            at = [offset + shift for offset in offsets] if shift else offsets
            for name in names:
                openers.setdefault(name, []).extend(at)
    for offsets in openers.values():
        offsets.sort()
    return openers


@lru_cache(maxsize=1 << 14)
def _opener(word: str) -> tuple[int, frozenset[str]] | None:
    """Where in a word an expression may start (0, or 1 after a proclitic) and the
    patterns to try there; None when none can."""
    anchor = _ANCHOR.match(word)
    if anchor is None:
        return None
    at = anchor.end()
    key = word[at:]
    digits = key[:1].isdigit() or (key.startswith("ال") and key[2:3].isdigit())
    return at, _NUMBER_PATTERNS if digits else _PATTERN_STARTERS.get(key, frozenset())


def _pattern_starters() -> dict[str, frozenset[str]]:
    """Which patterns a starter word can open: each is tried only where it can match."""
    table: dict[str, set[str]] = {}

    def add(words: object, *names: str) -> None:
        for word in words:  # type: ignore[attr-defined]
            table.setdefault(word.split()[0], set()).update(names)

    add(WEEKDAYS, "gregorian", "hijri", "weekday")
    add(["يوم"], "gregorian", "hijri", "weekday")
    add(ORDINAL_DAYS, "gregorian", "hijri")
    add(ARABIC_MONTHS, "month_year")
    add(ENGLISH_MONTHS, "english")
    add(HIJRI_MONTHS, "hijri")
    add(["شهر"], "month_year", "month_named")
    add(["في", "منذ", "حتي", "مطلع", "اواخر", "منتصف", "بدايه", "نهايه", "اواسط"], "month_named")
    add(["عام", "العام", "لعام", "سنه", "السنه"], "year", "relative_period")
    add(["الاسبوع", "الشهر", "لاسبوع", "لشهر", "لسنه", "هذا", "هذه"], "relative_period")
    add(["امس", "البارحه", "اول", "اليوم", "غدا", "بعد", "الليله"], "relative_day")
    add(["ليله", "مساء", "صباح", "فجر", "ظهر", "عصر"], "weekday")
    return {word: frozenset(names) for word, names in table.items()}


_PATTERN_STARTERS = _pattern_starters()
_NUMBER_PATTERNS = frozenset({"gregorian", "english", "hijri", "numeric", "year"})


def _candidates(
    m_text: MatchText, published: dt.date | None, words: MatchWords
) -> Iterator[tuple[int, int, _Parsed]]:
    text = m_text.text
    openers = _openers(words)
    for name, pattern in _PATTERNS:
        at = openers.get(name, [])
        for m in filter(None, map(pattern.match, repeat(text, len(at)), at)):
            start, end = m.span()
            if name == "month_named" and m["lead"] in _PREPOSITIONS:
                start = m.start("month")  # "في أكتوبر": the date is the month
            while end > start and text[end - 1] in " ,|":
                end -= 1
            begin, stop = m_text.span(start, end)
            original = m_text.original[begin:stop]
            if original.count("(") > original.count(")") and m_text.original[stop : stop + 1] == ")":
                stop += 1  # "اليوم (الخميس)": keep the closing bracket
                original += ")"
            parsed: _Parsed | None
            if name == "numeric":
                separators = re.sub(r"[\d\s٠-٩۰-۹هـم]", "", original)
                parsed = _numeric_match(m, published, separators) if separators else None
            elif name == "relative_day":
                before = text[max(0, start - 12) : start].rsplit(" ", 2)
                after = text[end : end + 24].lstrip(" ")
                previous = before[-2] if len(before) >= 2 and before[-1] == "" else ""
                quoted = text[max(0, start - 1) : start] == "|" or text[max(0, start - 2) : start] == "| "
                parsed = _relative_day_match(m, published, previous, after, quoted)
            elif name == "weekday":
                sentence = text[max(text.rfind(".", 0, start), start - 200, 0) : start]
                # "يوم الثلاثاء الموافق 5-10-1436": the written date says which Tuesday
                agreed = text[end : end + 12].lstrip(" ,|").startswith("الموافق")
                parsed = None if agreed else _weekday_match(m, published, sentence)
            else:
                parsed = _RESOLVERS[name](m, published)
            if parsed is not None:
                yield begin, stop, parsed


_RESOLVERS: dict[str, _Resolver] = {
    "gregorian": _gregorian_match,
    "english": _english_match,
    "hijri": _hijri_match,
    "month_year": _month_year_match,
    "month_named": _month_named_match,
    "year": _year_match,
    "relative_period": _relative_period_match,
}


def find_dates(
    text: str,
    published: dt.date | None = None,
    m_text: MatchText | None = None,
    index: TextIndex | None = None,
) -> list[DateExpression]:
    """Every date expression in text, in order, none overlapping (the first pattern wins).

    ``published`` anchors relative words and year-less dates; pass the article's
    match text, or its TextIndex, when it is already computed.
    """
    index = index or TextIndex(text, m_text)
    m_text = index.m_text
    words = index.words
    claimed: list[tuple[int, int]] = []
    found: list[DateExpression] = []
    for begin, stop, parsed in _candidates(m_text, published, words):
        if any(begin < e and s < stop for s, e in claimed):
            continue
        claimed.append((begin, stop))
        found.append(
            DateExpression(
                start=begin,
                end=stop,
                text=text[begin:stop],
                kind=parsed.kind,
                calendar=parsed.calendar,
                value=_value(parsed),
                date=parsed.date,
                precision=parsed.precision,
                anchor=parsed.anchor,
            )
        )
    found.sort(key=lambda d: d.start)
    return found if published is not None else _with_article_years(found)


def _with_article_years(found: list[DateExpression]) -> list[DateExpression]:
    """Without a publication date, a year-less "20 أكتوبر" takes its year from the
    article's own nearest full date before it (else after it): "في 15 أغسطس 2025 ...
    في 20 أكتوبر" is 2025-10-20, anchored by the text, not guessed."""
    full = [
        d
        for d in found
        if d.anchor == "text" and d.calendar == "gregorian" and d.precision in ("day", "month")
    ]
    if not full:
        return found
    return [_in_article_year(d, full) for d in found]


def _in_article_year(d: DateExpression, full: list[DateExpression]) -> DateExpression:
    if not (d.anchor == "none" and d.kind == "absolute" and d.calendar == "gregorian" and d.value):
        return d
    before = [f for f in full if f.start < d.start]
    reference = (before[-1] if before else min(full, key=lambda f: f.start - d.start)).date
    if reference is None:
        return d
    month, day = int(d.value[2:4]), int(d.value[5:7]) if d.precision == "day" else 1
    # the year that puts it nearest the article's date, a few months either way
    years = range(reference.year - 1, reference.year + 2)
    dated = [x for x in (gregorian_date(y, month, day) for y in years) if x]
    if not dated:
        return d
    date = min(dated, key=lambda x: abs((x - reference).days))
    return replace(d, value=f"{date.year:04d}{d.value[1:]}", date=date, anchor="article")
