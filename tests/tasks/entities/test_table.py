"""The entities table from mentions spread over batches, with dedup's clusters."""

from __future__ import annotations

import polars as pl

from schemas import ENTITIES
from schemas.conform import conform
from tasks.entities.extract import EntityExtractor, extract_entities
from tasks.entities.gazetteer import load
from tasks.entities.table import EntityStats, entities_table, entity_stats, merge_stats

PUTIN = "per:vladimir-putin"


def _stats(bodies: dict[str, str], clusters: dict[str, str]) -> EntityStats:
    articles = pl.DataFrame({"article_id": list(bodies), "body": list(bodies.values())})
    mentions = extract_entities(articles, EntityExtractor())
    assignments = pl.DataFrame({"article_id": list(clusters), "cluster_id": list(clusters.values())})
    return entity_stats(mentions, assignments)


def test_counts_add_up_across_batches_and_copies_count_as_one_story() -> None:
    # batch 1: a story and its copy; batch 2: another story
    first = _stats(
        {"a1": "قال بوتين إن بوتين مستعد", "a2": "قال بوتين إن بوتين مستعد"},
        {"a1": "a1", "a2": "a1"},
    )
    second = _stats({"b1": "زار الرئيس الروسي بوتين الصين"}, {"b1": "b1"})
    table = entities_table(merge_stats([first, second]), load())
    putin = table.filter(pl.col("entity_id") == PUTIN).row(0, named=True)
    assert putin == {
        "entity_id": PUTIN,
        "type": "PER",
        "name": "فلاديمير بوتين",
        "name_en": "Vladimir Putin",
        "wikidata_id": "Q7747",
        "origin": "gazetteer",
        "mention_count": 5,
        "article_count": 3,
        "story_count": 2,
    }
    # a country named only by its nationality adjective is still in the table
    russia = table.filter(pl.col("entity_id") == "gpe:russia").row(0, named=True)
    assert (russia["mention_count"], russia["article_count"]) == (1, 1)
    assert table["entity_id"].to_list() == sorted(table["entity_id"].to_list())
    assert conform(table, ENTITIES).num_rows == table.height


def test_a_discovered_entity_is_named_by_its_most_frequent_surface() -> None:
    # the same normalised name written two ways: with and without hamza
    stats = _stats(
        {
            "x": "وقال الوزير جان ميلانشيني إن",
            "y": "وقال الوزير جان ميلانشيني إن",
            "z": "وقال الوزير جان ميلانشينى إن",
        },
        {"x": "x", "y": "y", "z": "z"},
    )
    (row,) = entities_table(stats, load()).filter(pl.col("origin") == "discovered").iter_rows(named=True)
    assert row["name"] == "جان ميلانشيني"
    assert row["entity_id"].startswith("per:~")
    assert (row["name_en"], row["wikidata_id"]) == (None, None)
    assert (row["mention_count"], row["article_count"], row["story_count"]) == (3, 3, 3)


def test_no_mentions_give_an_empty_table_with_the_schema() -> None:
    table = entities_table(EntityStats.empty(), load())
    assert table.height == 0
    assert conform(table, ENTITIES).num_rows == 0
