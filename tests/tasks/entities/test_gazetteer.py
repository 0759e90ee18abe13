"""The gazetteer files: the shipped ones pass every check, and the checks catch errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.entities.gazetteer import GIVEN_NAMES_HEADER, HEADER, check, load, summary
from tasks.text.normalize import normalize_arabic


def _write(directory: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    lines = ["\t".join(header), *("\t".join(row) for row in rows)]
    (directory / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_shipped_gazetteer_has_no_problems() -> None:
    assert check() == []


def test_it_covers_what_international_news_needs() -> None:
    gazetteer = load()
    counts = summary(gazetteer)
    floors = {
        "GPE": 1000,
        "ORG": 800,
        "PER": 500,
        "LOC": 100,
        "FAC": 50,
        "nationality forms": 2000,
        "given names": 1500,
    }
    assert {kind: counts[kind] >= floor for kind, floor in floors.items()} == dict.fromkeys(floors, True)
    # every UN member state has an entry; a few capitals, bodies and officials by spelling
    spellings = gazetteer.spellings
    for name, entity in [
        ("روسيا", "gpe:russia"),
        ("جزر القمر", "gpe:comoros"),
        ("توفالو", "gpe:tuvalu"),
        ("كييف", "gpe:kyiv"),
        ("الرياض", "gpe:riyadh"),
        ("البيت الأبيض", "org:white-house"),
        ("الكرملين", "org:kremlin"),
        ("وكالة الأنباء السعودية", "org:spa"),
        ("الأمم المتحدة", "org:un"),
        ("سيرغي لافروف", "per:sergey-lavrov"),
        ("كوفي أنان", "per:kofi-annan"),
    ]:
        assert spellings.get(normalize_arabic(name)) == entity, name
    assert gazetteer.nationalities[normalize_arabic("الأوكرانية")] == "gpe:ukraine"
    assert gazetteer.entries["gpe:russia"].wikidata == "Q159"


def test_check_reports_each_kind_of_mistake(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "people.tsv",
        HEADER,
        [
            ["per:a", "PER", "أحمد زكي", "Ahmed Zaki", "", "زكي"],
            ["per:b", "PER", "زكي ناصيف", "Zaki Nassif", "159", "زكى"],  # ى folds to ي: زكي twice
            ["org:c", "PER", "في", "In", "", ""],
            ["per:a", "PER", "قال", "Said", "", ""],
        ],
    )
    _write(tmp_path, "nationalities.tsv", ["country_id", "forms"], [["gpe:nowhere", "الزكي"]])
    _write(tmp_path, "given_names.tsv", GIVEN_NAMES_HEADER, [["أحمد", "احمد", "maybe"], ["الأمير", "", ""]])
    problems = "\n".join(check(tmp_path))
    for expected in [
        "spelling 'زكى' of per:b also names per:a",
        "bad wikidata '159'",
        "id org:c does not match type PER",
        "spelling 'في' is too short",
        "duplicate id per:a",
        "spelling 'قال' is a common word",
        "'gpe:nowhere' is not a GPE",
        "given name 'احمد' is listed twice",
        "common_word must be empty or 'yes'",
        "given name 'الأمير' is a common word or has the article",
    ]:
        assert expected in problems
    with pytest.raises(ValueError, match="gazetteer problems"):
        load(tmp_path)


def test_a_wrong_header_is_reported_not_guessed(tmp_path: Path) -> None:
    (tmp_path / "places.tsv").write_text("id\tname\nx\ty\n", encoding="utf-8")
    assert check(tmp_path) == [f"places.tsv: header must be {HEADER}, not ['id', 'name']"]
