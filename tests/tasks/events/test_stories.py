"""Story events: the same real-world event in several articles shares one ID."""

from __future__ import annotations

import datetime as dt

import polars as pl

from tasks.events.stories import story_events, with_story_events
from tasks.ids import stable_id

DAY = dt.date(2025, 10, 21)


def _events(rows: list[tuple[str, str, str, dt.date | None, str | None, list[str]]]) -> pl.DataFrame:
    return pl.DataFrame(
        [(e, a, t, t, 0, d, "day" if d else None, p, people) for e, a, t, d, p, people in rows],
        schema={
            "event_id": pl.String,
            "article_id": pl.String,
            "event_type": pl.String,
            "trigger": pl.String,
            "trigger_start": pl.Int32,
            "event_date": pl.Date,
            "date_precision": pl.String,
            "location_entity_id": pl.String,
            "participants": pl.List(pl.String),
        },
        orient="row",
    )


def _stories(events: pl.DataFrame, clusters: dict[str, str] | None = None) -> dict[str, str]:
    articles = events.select("article_id").unique().with_columns(published_date=pl.lit(DAY))
    ids = articles["article_id"].to_list()
    cluster_of = clusters or {a: a for a in ids}
    frame = pl.DataFrame({"article_id": ids, "cluster_id": [cluster_of[a] for a in ids]})
    return dict(story_events(events, articles, frame).iter_rows())


def test_the_same_summit_in_two_articles_is_one_story() -> None:
    stories = _stories(
        _events(
            [
                ("e1", "a1", "summit", DAY, "gpe:budapest", ["per:trump", "per:putin"]),
                ("e2", "a2", "meeting", None, None, ["per:putin"]),  # undated: its article's day
                ("e3", "a2", "summit", DAY, None, ["per:xi"]),  # another summit that day
                ("e4", "a3", "summit", DAY + dt.timedelta(days=9), None, ["per:trump"]),  # days later
            ]
        )
    )
    assert stories["e1"] == stories["e2"]
    assert len({stories["e1"], stories["e3"], stories["e4"]}) == 3


def test_copies_in_one_duplicate_cluster_share_their_events() -> None:
    events = _events(
        [
            ("e1", "a1", "attack", None, None, []),
            ("e2", "a2", "attack", None, None, []),
            ("e3", "a3", "attack", None, None, []),
        ]
    )
    stories = _stories(events, {"a1": "c", "a2": "c", "a3": "a3"})
    assert stories["e1"] == stories["e2"] != stories["e3"]


def test_a_story_never_takes_two_events_of_one_article_and_ids_are_stable() -> None:
    events = _events(
        [
            ("e1", "a1", "statement", DAY, None, ["per:lavrov"]),
            ("e2", "a1", "statement", DAY, None, ["per:lavrov"]),
        ]
    )
    stories = _stories(events)
    assert stories["e1"] != stories["e2"]
    joined = with_story_events(
        events,
        story_events(
            events,
            pl.DataFrame({"article_id": ["a1"], "published_date": [DAY]}),
            pl.DataFrame({"article_id": ["a1"], "cluster_id": ["a1"]}),
        ),
    )
    assert joined.columns[:2] == ["event_id", "story_event_id"]
    assert joined["story_event_id"].to_list() == [
        stable_id("story_event", "e1"),
        stable_id("story_event", "e2"),
    ]
    assert stable_id("story_event", "e1") == "073a16402ce41233"


def test_the_events_of_a_copy_join_the_stories_of_their_own_originals() -> None:
    """Two meetings of one person in an article and its copy: each copy's meeting goes
    to the story of the meeting it copies, though the copy of the second comes first."""
    events = _events(
        [
            ("a1-0", "a1", "meeting", DAY, None, ["per:lavrov"]),
            ("a1-1", "a1", "meeting", DAY, None, ["per:lavrov"]),
            ("z-0", "a2", "meeting", DAY, None, ["per:lavrov"]),  # the copy of a1-1
            ("z-1", "a2", "meeting", DAY, None, ["per:lavrov"]),  # the copy of a1-0
        ]
    ).with_columns(trigger=pl.Series(["التقى", "اجتماع", "اجتماع", "التقى"]))
    stories = _stories(events, {"a1": "c", "a2": "c"})
    assert stories["a1-0"] == stories["z-1"] != stories["a1-1"] == stories["z-0"]
    # the same words twice in the article (two "وقال" of unnamed speakers): by place
    events = events.with_columns(
        trigger=pl.lit("وقال"), trigger_start=pl.Series([10, 90, 90, 10], dtype=pl.Int32)
    )
    stories = _stories(events, {"a1": "c", "a2": "c"})
    assert stories["a1-0"] == stories["z-1"] != stories["a1-1"] == stories["z-0"]
