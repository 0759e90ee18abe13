"""Publication dates in the forms the header lines use."""

from __future__ import annotations

import datetime as dt

import pytest

from tasks.parse.published_dates import parse_publication_date

D = dt.date(2025, 10, 21)


@pytest.mark.parametrize(
    "value",
    [
        "21st, October 2025 GMT",
        "21 October 2025",
        "Oct 21, 2025",
        "Tuesday, October 21st, 2025 - 14:05",
        "2025-10-21",
        "2025/10/21 09:00",
        "21/10/2025",
        "21-10-2025",
        "21 أكتوبر 2025",
        "٢١ اكتوبر ٢٠٢٥",
        "الثلاثاء 21 تشرين الأول 2025",
        "21 أكتوبر/تشرين الأول 2025",
        "21 أكتوبر (تشرين الأول) 2025",
        "21 أكتوبر 2025 م",
        "21 من أكتوبر 2025",
    ],
)
def test_date_forms(value: str) -> None:
    assert parse_publication_date(value) == D


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15 آب 2025", dt.date(2025, 8, 15)),
        ("3 جانفي 2024", dt.date(2024, 1, 3)),
        ("7 شتنبر 2023", dt.date(2023, 9, 7)),
        ("1 حزيران 2022", dt.date(2022, 6, 1)),
    ],
)
def test_levantine_and_maghrebi_months(value: str, expected: dt.date) -> None:
    assert parse_publication_date(value) == expected


@pytest.mark.parametrize("value", ["منذ ساعتين", "31/02/2025", "21 October", "1700 كيلومتر", ""])
def test_no_date_is_invented(value: str) -> None:
    assert parse_publication_date(value) is None
