"""Keyword lines, with and without the separators the scraper may have dropped."""

from __future__ import annotations

from tasks.parse.articles import parse_text
from tasks.parse.keywords import split_keywords
from tests.conftest import seed_text


def test_explicit_separators_are_used_when_present() -> None:
    assert split_keywords("البيت الأبيض، ترامب | بوتين; الكرملين") == [
        "البيت الأبيض",
        "ترامب",
        "بوتين",
        "الكرملين",
    ]


def test_phrases_stay_whole_only_when_the_article_uses_them() -> None:
    raw = "الولايات المتحدة روسيا"
    assert split_keywords(raw, "وصل وفد الولايات المتحدة إلى روسيا") == [
        "الولايات المتحدة",
        "روسيا",
    ]
    assert split_keywords(raw, "لا شيء هنا") == ["الولايات", "المتحدة", "روسيا"]


def test_coordinated_names_and_particles_continue_the_previous_tag() -> None:
    evidence = "التقى ترامب بوتين في ألاسكا"
    assert split_keywords("قمة ترامب وبوتين أوكرانيا", evidence) == [
        "قمة",
        "ترامب وبوتين",
        "أوكرانيا",
    ]
    # a tag neither starts nor ends with a particle such as مع
    assert split_keywords("إطلاق النار مع بوتين", "وقف إطلاق النار") == ["إطلاق النار مع بوتين"]
    assert split_keywords("أوكرانيا مع بوتين روسيا", "") == ["أوكرانيا مع بوتين", "روسيا"]


def test_duplicates_are_removed_after_normalisation() -> None:
    assert split_keywords("بوتين، بوتین، بوتين") == ["بوتين"]  # Persian ی in the second


def test_sample_004_keywords() -> None:
    main = parse_text(seed_text("004")).articles[0]
    assert main.keywords == [
        "ملفات",
        "البيت الأبيض",
        "أوكرانيا",
        "ترامب وبوتين",
        "وقف لإطلاق النار",
        "فولوديمير زيلينسكي",
        "فلاديمير بوتين",
        "دونالد ترامب",
        "أميركا",
        "أزمة",
        "روسيا",
        "أخبار",
        "عقد قمة",
    ]


def test_phrases_used_with_a_proclitic_still_count_as_evidence() -> None:
    evidence = "دعا الأمين العام للأمم المتحدة إلى وقف القتال"
    assert split_keywords("الأمم المتحدة روسيا", evidence) == ["الأمم المتحدة", "روسيا"]


def test_short_coordinated_words_do_not_glue_unrelated_tags() -> None:
    assert split_keywords("الصين وحدة", "تحدث عن حدة التوتر مع الصين") == ["الصين", "وحدة"]
