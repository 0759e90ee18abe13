"""Language tagging: the samples, a labelled set of look-alike scripts, and edge cases."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tasks.language.tagging import UND, LanguageTagger, check_languages, tag_articles, tag_paragraphs
from tasks.parse.articles import parse_text
from tasks.parse.lines import Kind
from tests.conftest import SEED_FILES, seed_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "languages"
TAGGER = LanguageTagger()


def _labelled(language: str) -> list[str]:
    return (FIXTURES / f"{language}.txt").read_text(encoding="utf-8").splitlines()


def test_every_paragraph_of_the_samples_is_arabic() -> None:
    for path in SEED_FILES:
        for article in parse_text(path.read_text(encoding="utf-8")).articles:
            tags = {TAGGER.detect(p).language for p in article.paragraphs}
            assert tags <= {"ar", UND}, (path.name, tags)
            assert "ar" in tags


def test_the_english_author_bio_of_sample_003_is_english() -> None:
    bios = [r.text for r in parse_text(seed_text("003")).removed if r.kind is Kind.AUTHOR_BIO]
    assert len(bios) == 1
    guess = TAGGER.detect(bios[0])
    assert (guess.language, guess.method) == ("en", "langdetect")
    assert guess.probability > 0.99


@pytest.mark.parametrize("language", ["en", "fr", "fa", "ur"])
def test_labelled_paragraphs(language: str) -> None:
    paragraphs = _labelled(language)
    assert len(paragraphs) >= 12
    assert [TAGGER.detect(p).language for p in paragraphs] == [language] * len(paragraphs)


def test_persian_typed_with_arabic_letters_is_not_arabic() -> None:
    """Two of the Persian paragraphs use Arabic ي/ك, as older Persian web text does."""
    legacy = [p for p in _labelled("fa") if "ی" not in p and "ک" not in p]
    assert len(legacy) == 2
    assert {TAGGER.detect(p).language for p in legacy} == {"fa"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "2025",
        "١٢٣٤ - 56",
        "!!! ...",
        "https://example.com/news/2025/10/21",
        "Share",
        "🙂🙂🙂",
        "ali@example.com",
    ],
)
def test_text_without_enough_letters_is_und_not_a_guess(text: str) -> None:
    guess = TAGGER.detect(text)
    assert (guess.language, guess.probability) == (UND, 0.0)


def test_short_arabic_phrases_are_arabic_by_script() -> None:
    for phrase in ["شارع مار مخايل", "متجر «آي تونز»", "مد البساط الأحمر"]:
        guess = TAGGER.detect(phrase)
        assert (guess.language, guess.method) == ("ar", "script"), phrase


def test_tags_are_deterministic_across_taggers() -> None:
    texts = [*_labelled("fr")[:4], *_labelled("en")[:4], "Danny Collins", "Bucharest Non - Stop"]
    first = [TAGGER.detect(t, use_script=False) for t in texts]
    second = [LanguageTagger().detect(t, use_script=False) for t in texts]
    assert first == second


def test_candidate_profiles_can_be_restricted() -> None:
    restricted = LanguageTagger(["ar", "en"])
    assert restricted.detect(_labelled("fr")[0]).language in {"ar", "en", UND}
    assert restricted.detect(_labelled("en")[0]).language == "en"
    with pytest.raises(ValueError, match="no langdetect profile for \\['xx'\\]"):
        check_languages(["ar", "xx"])


def test_articles_take_shares_from_their_paragraphs() -> None:
    arabic = parse_text(seed_text("004")).articles[0].paragraphs[:4]
    english = _labelled("en")[:2]
    paragraphs = pl.DataFrame(
        {
            "article_id": ["mixed"] * 6 + ["arabic"] * 2 + ["numbers"],
            "position": [0, 1, 2, 3, 4, 5, 0, 1, 0],
            "text": [*arabic, *english, *arabic[:2], "2025"],
        }
    )
    articles = tag_articles(paragraphs, tag_paragraphs(paragraphs, TAGGER))
    rows = {r["article_id"]: r for r in articles.iter_rows(named=True)}
    mixed = rows["mixed"]
    assert mixed["language"] == "ar"
    assert mixed["is_mixed"]
    shares = {s["language"]: s["share"] for s in mixed["languages"]}
    assert set(shares) == {"ar", "en"}
    assert sum(shares.values()) == pytest.approx(1.0)
    assert 0.1 < shares["en"] < 0.5
    assert mixed["language_probability"] == pytest.approx(shares["ar"], abs=0.01)
    assert (rows["arabic"]["language"], rows["arabic"]["is_mixed"]) == ("ar", False)
    assert rows["arabic"]["languages"] == [{"language": "ar", "share": 1.0}]
    assert (rows["numbers"]["language"], rows["numbers"]["languages"]) == (UND, [])
