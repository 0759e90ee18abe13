"""Arabic matching keys: the variants the samples and the corpus actually contain."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tasks.text.normalize import normalize_arabic


def test_spelling_variants_from_the_samples_share_one_key() -> None:
    variants = {
        "الأمريكي": ["الامريكي", "الأمريكى", "الإمريكي"],
        "بوتين": ["بوتین", "بُوتِين", "بوتــين"],  # Persian ی, diacritics, tatweel
        "كييف": ["کییف", "كييف\u200f"],  # Persian ک, a bidi mark
        "مسؤولين": ["مسئولين"],  # hamza seat
        "وزارة": ["وزاره"],  # ta marbuta
    }
    for canonical, spellings in variants.items():
        for spelling in spellings:
            assert normalize_arabic(spelling) == normalize_arabic(canonical), spelling


def test_digits_punctuation_and_space_are_folded() -> None:
    assert normalize_arabic("في ٢٠ أكتوبر، ۲۰۲۵!  «قمة»") == "في 20 اكتوبر 2025 قمه"
    assert normalize_arabic("Related\tNEWS") == "related news"


@given(st.text())
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize_arabic(text)
    assert normalize_arabic(once) == once
