"""Date expressions in article text: the grammar, resolution and offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from tasks.dates.expressions import find_dates
from tests.conftest import SEED_FILES

PUBLISHED = dt.date(2025, 10, 21)  # a Tuesday, the sample files' publication date


def _one(text: str, published: dt.date | None = PUBLISHED) -> tuple[str, str | None, str, str]:
    [d] = find_dates(text, published)
    return d.text, d.value, d.precision, d.anchor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day and month, with and without a year, in every regional month name
        ("في 15 أغسطس 2025، كجزء", ("15 أغسطس 2025", "2025-08-15", "day", "text")),
        ("وفي 15 آب 2025", ("15 آب 2025", "2025-08-15", "day", "text")),
        ("يوم 4 ديسمبر/كانون الأول 2025", ("4 ديسمبر/كانون الأول 2025", "2025-12-04", "day", "text")),
        ("في 21 أكتوبر (تشرين الأول) 2025", ("21 أكتوبر (تشرين الأول) 2025", "2025-10-21", "day", "text")),
        ("في 3 جوان 2025", ("3 جوان 2025", "2025-06-03", "day", "text")),
        ("في 3 غشت 2025", ("3 غشت 2025", "2025-08-03", "day", "text")),
        ("في 20 أكتوبر أن", ("20 أكتوبر", "2025-10-20", "day", "publication")),
        ("الـ15 من أغسطس", ("الـ15 من أغسطس", "2025-08-15", "day", "publication")),
        ("في 29 يوليو الجاري", ("29 يوليو الجاري", "2025-07-29", "day", "publication")),
        # a year-less date far ahead of publication is last year's
        ("في 30 ديسمبر", ("30 ديسمبر", "2024-12-30", "day", "publication")),
        ("October 21, 2025", ("October 21, 2025", "2025-10-21", "day", "text")),
        ("on 21st October 2025", ("21st October 2025", "2025-10-21", "day", "text")),
        # the English date line of the sample files
        ("تاريخ النشر: 21st, October 2025 GMT", ("21st, October 2025", "2025-10-21", "day", "text")),
        # months and years
        ("في أكتوبر/تشرين الأول 2025", ("أكتوبر/تشرين الأول 2025", "2025-10", "month", "text")),
        ("في فبراير المقبل", ("فبراير المقبل", "2026-02", "month", "publication")),
        ("في أبريل/نيسان.", ("أبريل/نيسان", "2025-04", "month", "publication")),
        ("لأوكرانيا في عام 2022.", ("عام 2022", "2022", "year", "text")),
        ("منذ 2022 وحتى", ("2022", "2022", "year", "text")),
        ("بعد 2003م.", ("2003م", "2003", "year", "text")),
        ("أسفر عام 1265 عن", ("عام 1265", "1265", "year", "text")),
        # weekdays: the last one, today included; الماضي before today, المقبل after
        ("يوم الخميس الماضي على", ("يوم الخميس الماضي", "2025-10-16", "day", "publication")),
        ("الجمعة الماضي في", ("الجمعة الماضي", "2025-10-17", "day", "publication")),
        ("عقدت الجمعة في", ("الجمعة", "2025-10-17", "day", "publication")),
        ("من الثلاثاء، ذكر", ("الثلاثاء", "2025-10-21", "day", "publication")),
        ("الأحد المقبل", ("الأحد المقبل", "2025-10-26", "day", "publication")),
        ("من المتوقع أن يعقد في بودابست يوم الخميس.", ("يوم الخميس", "2025-10-23", "day", "publication")),
        # relative days, weeks, months and years
        ("روبيو هاتفياً، أمس، الترتيبات", ("أمس", "2025-10-20", "day", "publication")),
        ("وأمس الأول، قال", ("أمس الأول", "2025-10-19", "day", "publication")),
        ("تعقد غداً في", ("غداً", "2025-10-22", "day", "publication")),
        ("اليوم (السبت) في", ("اليوم (السبت)", "2025-10-18", "day", "publication")),
        ("الأسبوع الماضي عن", ("الأسبوع الماضي", "2025-W42", "week", "publication")),
        ("الشهر المقبل", ("الشهر المقبل", "2025-11", "month", "publication")),
        ("ثاني قمة هذا العام.", ("هذا العام", "2025", "year", "publication")),
        # numeric and Hijri dates (Saudi house style)
        ("صدر في 21/10/2025 عن", ("21/10/2025", "2025-10-21", "day", "text")),
        ("صدر في 21 / 10 / 1436هـ عن", ("21 / 10 / 1436هـ", "1436-10-21", "day", "text")),
        ("في 2 شوال 1436هــ", ("2 شوال 1436هــ", "1436-10-02", "day", "text")),
        ("عام 1436هـ", ("عام 1436هـ", "1436", "year", "text")),
        ("٢٠ رمضان ١٤٣٦ هـ", ("٢٠ رمضان ١٤٣٦ هـ", "1436-09-20", "day", "text")),
    ],
)
def test_expressions_resolve_against_the_publication_date(text: str, expected: tuple[str, ...]) -> None:
    assert _one(text) == expected


def test_a_weekday_with_its_date_is_that_date() -> None:
    text = "يوم الثلاثاء الموافق 5/10/1436هـ"
    [d] = find_dates(text, dt.date(2015, 7, 28))
    assert (d.text, d.value, d.date) == ("5/10/1436هـ", "1436-10-05", dt.date(2015, 7, 21))


def test_hijri_dates_convert_with_the_umm_al_qura_calendar() -> None:
    [d] = find_dates("في 15 رمضان 1436هـ")
    assert (d.calendar, d.value, d.date) == ("hijri", "1436-09-15", dt.date(2015, 7, 2))
    # a year-less Hijri day takes the Hijri year nearest publication
    [d] = find_dates("12 شوال الجاري", dt.date(2015, 7, 21))
    assert (d.value, d.date, d.anchor) == ("1436-10-12", dt.date(2015, 7, 28), "publication")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 20 أكتوبر أن", ("20 أكتوبر", "--10-20", "day", "none")),
        ("في أبريل/نيسان.", ("أبريل/نيسان", "--04", "month", "none")),
        ("عقدت الجمعة في", ("الجمعة", None, "day", "none")),
        ("الأسبوع الماضي عن", ("الأسبوع الماضي", None, "week", "none")),
    ],
)
def test_without_a_publication_date_nothing_is_invented(text: str, expected: tuple[str, ...]) -> None:
    assert _one(text, None) == expected
    assert find_dates(text, None)[0].date is None


def test_the_article_own_full_date_gives_a_year_less_date_its_year() -> None:
    text = "التقيا في أنكوريج في 15 أغسطس 2025. وفي 20 أكتوبر اتصل لافروف بروبيو."
    dates = find_dates(text, None)
    assert [(d.value, d.anchor) for d in dates] == [("2025-08-15", "text"), ("2025-10-20", "article")]
    assert dates[1].date == dt.date(2025, 10, 20)


def test_a_year_near_the_publications_hijri_year_is_hijri_without_its_era() -> None:
    # Saudi house style: "العام 1435" in 2015 is 1435 AH; 1453 is history, 2014 م Gregorian
    published = dt.date(2015, 7, 26)
    [d] = find_dates("وافتتحت المؤسسة 12 كلية خلال العام 1435 في مناطق المملكة", published)
    assert (d.calendar, d.value, d.date) == ("hijri", "1435", dt.date(2013, 11, 4))
    [d] = find_dates("وفي عام 1453 فتح العثمانيون القسطنطينية", published)
    assert (d.calendar, d.date) == ("gregorian", dt.date(1453, 1, 1))
    assert find_dates("العام 1435", None)[0].calendar == "gregorian"


@pytest.mark.parametrize(
    "text",
    [
        "في اليوم التالي",  # the next day: relative to an event, not to publication
        "صحيفة اليوم",  # a newspaper
        'وأوضح عدد من المسافرين لـ "اليوم" أن',
        "بين الاثنين",  # "the two"
        "الأحد عشر",  # "eleven"
        "بعد صلاة الجمعة",
        "غدا الأمر صعبا",  # the verb "became"
        "انتهت المباراة 2 صفر",  # a score, not the Hijri month Safar
        "نظم حملة 3 5 2015",  # numbers with spaces are not a date
        "مارس الضغط على",  # the verb "exercised", not March
        "خلال ثلاثة أيام",  # a duration
    ],
)
def test_words_that_only_look_like_dates_are_not_dates(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_every_expression_in_the_sample_files_keeps_its_offsets() -> None:
    from tasks.parse.articles import parse_text

    count = 0
    for path in SEED_FILES:
        for article in parse_text(path.read_text(encoding="utf-8")).articles:
            for d in find_dates(article.body, article.published_date):
                assert article.body[d.start : d.end] == d.text
                count += 1
    assert count >= 40


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في الأول من أغسطس 2005", "2005-08-01"),
        ("الثاني عشر من يوليو 2015", "2015-07-12"),
        ("الحادي والعشرين من أكتوبر 2025", "2025-10-21"),
        ("ولد في الخامس من شوال 1354", "1354-10-05"),
    ],
)
def test_ordinal_day_words(text: str, value: str) -> None:
    [d] = find_dates(text, PUBLISHED)
    assert d.value == value
    assert text.endswith(d.text)


def test_ordinals_without_a_month_are_not_dates() -> None:
    assert find_dates("الثاني من نوعه في المنطقة", PUBLISHED) == []
