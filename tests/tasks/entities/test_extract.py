"""Entity mentions on real sample text and on sentences built around known traps."""

from __future__ import annotations

import itertools

import polars as pl
import pytest

from schemas import MENTIONS
from schemas.conform import conform
from tasks.entities.extract import (
    EntityExtractor,
    Mention,
    default_extractor,
    discovered_id,
    extract_entities,
    extract_mentions,
)
from tasks.parse.articles import parse_text
from tasks.text.match_text import key_of
from tests.conftest import SEED_FILES


def _by_surface(text: str) -> dict[str, Mention]:
    return {m.surface: m for m in extract_mentions(text)}


def _ids(text: str) -> list[str]:
    return [m.entity_id for m in extract_mentions(text) if m.method != "nationality"]


@pytest.fixture(scope="module")
def sample_mentions() -> list[tuple[str, list[Mention]]]:
    extractor = default_extractor()
    bodies = [a.body for path in SEED_FILES for a in parse_text(path.read_text(encoding="utf-8")).articles]
    return [(body, extractor.mentions(body)) for body in bodies]


def test_offsets_hold_for_every_mention_of_the_sample_articles(
    sample_mentions: list[tuple[str, list[Mention]]],
) -> None:
    total = 0
    for body, mentions in sample_mentions:
        assert [(m.start, m.end) for m in mentions] == sorted((m.start, m.end) for m in mentions)
        for m, following in itertools.pairwise(mentions):
            assert m.end <= following.start  # spans never overlap
        for m in mentions:
            assert body[m.start : m.end] == m.surface
            assert m.surface
            assert m.surface == m.surface.strip()
        total += len(mentions)
    assert total > 500


def test_offsets_hold_through_diacritics_tatweel_and_persian_letters() -> None:
    text = "قالَ الرئيسُ الروسـيّ فلاديمير بوتین، إنّ موسكـو مستعدة"
    mentions = extract_mentions(text)
    assert {m.entity_id for m in mentions} >= {"per:vladimir-putin", "gpe:moscow"}
    for m in mentions:
        assert text[m.start : m.end] == m.surface
    assert _by_surface(text)["موسكـو"].entity_id == "gpe:moscow"
    assert _by_surface(text)["الروسـيّ"].method == "nationality"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "وبوتين ولبوتين بوتين فبوتين بوتن بوتین بوتينُ",
            ["بوتين", "بوتين", "بوتين", "بوتين", "بوتن", "بوتین", "بوتينُ"],
        ),
        (
            "الكرملين والكرملين للكرملين بالكرملين فالكرملين",
            ["الكرملين", "الكرملين", "كرملين", "الكرملين", "الكرملين"],
        ),
    ],
)
def test_clitic_forms_and_spelling_variants_share_one_entity(text: str, surfaces: list[str]) -> None:
    mentions = extract_mentions(text)
    assert [m.surface for m in mentions] == surfaces
    assert len({m.entity_id for m in mentions}) == 1
    for m in mentions:
        assert text[m.start : m.end] == m.surface


def test_names_that_begin_like_a_proclitic_keep_their_letters() -> None:
    text = "ويتكوف وويتكوف فاديفول وفاديفول واشنطن وواشنطن"
    found = [(m.surface, m.entity_id, m.start) for m in extract_mentions(text)]
    assert found == [
        ("ويتكوف", "per:steve-witkoff", 0),
        ("ويتكوف", "per:steve-witkoff", text.index("وويتكوف") + 1),  # و + ويتكوف
        ("فاديفول", "per:johann-wadephul", text.index("فاديفول")),
        ("فاديفول", "per:johann-wadephul", text.index("وفاديفول") + 1),
        ("واشنطن", "gpe:washington", text.index("واشنطن")),
        ("واشنطن", "gpe:washington", text.index("وواشنطن") + 1),
    ]


def test_variants_of_one_person_or_country_are_one_entity() -> None:
    assert set(_ids("ترامب ودونالد ترامب وترمب")) == {"per:donald-trump"}
    assert set(_ids("الولايات المتحدة وأمريكا وأميركا")) == {"gpe:united-states"}
    assert set(_ids("زيلينسكي وزيلينسكى وزيلنسكي")) == {"per:volodymyr-zelensky"}


def test_a_name_is_never_carved_out_of_a_longer_word() -> None:
    assert extract_mentions("بوتينكو وروسياتي") == []


def test_the_longest_spelling_wins() -> None:
    assert _ids("نقلت سكاي نيوز عربية") == ["org:sky-news-arabia"]
    assert _ids("قال حلف شمال الأطلسي") == ["org:nato"]


def test_phrases_that_only_contain_a_name_are_not_mentions() -> None:
    ids = _ids("وقال مستشار السياسة الخارجية الروسية يوري أوشاكوف")
    assert ids == ["per:yuri-ushakov"]  # not the Russian foreign ministry (الخارجية الروسية)
    assert "gpe:muscat" not in _ids("عاد إلى مسقط رأسه")


def test_titles_are_left_out_of_a_known_persons_mention() -> None:
    mentions = {
        m.surface: m.entity_id for m in extract_mentions("استقبل ولي العهد الأمير محمد بن سلمان الوفد")
    }
    assert mentions == {"محمد بن سلمان": "per:mohammed-bin-salman"}


def test_nationality_adjectives_are_evidence_of_their_country() -> None:
    mentions = extract_mentions("قال المسؤول الأوكراني إن الطائرات الروسية عادت")
    nationality = {m.surface: m.entity_id for m in mentions if m.method == "nationality"}
    assert nationality == {"الأوكراني": "gpe:ukraine", "الروسية": "gpe:russia"}
    assert all(m.confidence == 0.6 for m in mentions if m.method == "nationality")


def test_a_later_surname_resolves_to_the_person_introduced_earlier() -> None:
    text = "التقى وزير الخارجية الفرنسي جان ميلانشيني نظيره. وقال ميلانشيني إن المحادثات مثمرة"
    person = [m for m in extract_mentions(text) if m.entity_type == "PER"]
    assert [(m.surface, m.method) for m in person] == [
        ("جان ميلانشيني", "discovered"),
        ("ميلانشيني", "coref"),
    ]
    assert person[0].entity_id == person[1].entity_id
    assert person[1].name == "جان ميلانشيني"


def test_a_surname_before_the_full_name_or_shared_by_two_people_stays_unresolved() -> None:
    assert _ids("قال ميلانشيني ثم قال وزير الخارجية الفرنسي جان ميلانشيني") == [
        discovered_id("PER", "جان ميلانشيني")
    ]
    text = "قال الوزير جان ميلانشيني والسفير بيير ميلانشيني. وقال ميلانشيني"
    assert [m.method for m in extract_mentions(text) if m.entity_type == "PER"] == [
        "discovered",
        "discovered",
    ]


def test_discovered_ids_are_stable_and_spelling_blind() -> None:
    # golden: a change to the ID scheme breaks every stored entities table
    assert discovered_id("PER", "ريتشارد بورتس") == "per:~1e3678eb4159"
    a = extract_mentions("وقال الدكتور ريتشارد بورتس إن")
    b = extract_mentions("وقال الدكتور ريتشارد بورتْس إن")
    assert (
        [m.entity_id for m in a]
        == [m.entity_id for m in b]
        == [discovered_id("PER", key_of("ريتشارد بورتس"))]
    )


def test_extract_entities_gives_mentions_rows_in_article_order() -> None:
    articles = pl.DataFrame({"article_id": ["b", "a"], "body": ["زار بوتين موسكو", "قال ترامب"]})
    mentions = extract_entities(articles, EntityExtractor())
    assert mentions.select("article_id", "entity_id", "start", "end", "method").rows() == [
        ("b", "per:vladimir-putin", 4, 9, "gazetteer"),
        ("b", "gpe:moscow", 10, 15, "gazetteer"),
        ("a", "per:donald-trump", 4, 9, "gazetteer"),
    ]
    assert conform(mentions, MENTIONS).num_rows == 3  # fits the table's schema exactly
