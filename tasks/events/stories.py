"""Story events: the same real-world event reported by several articles.

    >>> import datetime as dt
    >>> events = pl.DataFrame({
    ...     "event_id": ["e1", "e2", "e3"], "article_id": ["a", "b", "c"],
    ...     "event_type": ["summit", "meeting", "summit"], "trigger": ["القمة", "اللقاء", "قمة"],
    ...     "trigger_start": [5, 40, 7],
    ...     "event_date": [dt.date(2025, 10, 23), None, None],
    ...     "date_precision": ["day", None, None], "location_entity_id": ["gpe:budapest", None, None],
    ...     "participants": [["per:trump", "per:putin"], ["per:putin"], ["per:xi"]]})
    >>> articles = pl.DataFrame({"article_id": ["a", "b", "c"],
    ...     "published_date": [dt.date(2025, 10, 21), dt.date(2025, 10, 23), dt.date(2025, 10, 23)]})
    >>> clusters = pl.DataFrame({"article_id": ["a", "b", "c"], "cluster_id": ["a", "b", "c"]})
    >>> stories = story_events(events, articles, clusters)
    >>> stories["story_event_id"].n_unique(), stories["story_event_id"][0] == stories["story_event_id"][1]
    (2, True)

Two events are one story when they are of one type (a summit and a meeting
count as one); share a participant, or, in articles of one duplicate cluster,
read the same (type, trigger, day and participants); fall on the same day or
the next (the event's own date when it is given to the day, else its article's
publication date); and name no different places and no participants of which
none are shared. A story holds one event per article. Events are taken most
specific first (most participants); each joins the story it agrees with whose
first event reads the same and stands nearest the same place in its article (a
copy's event), else shares most participants with it, else is oldest, so a
story never drifts by chaining (A like B, B like C) away from the event that
started it. Limits: an event with no participant joins only the copies of its
own article; two meetings of one person on one day with no other participant
named are one story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import polars as pl

from tasks.ids import stable_id

FAMILY = {"summit": "meeting"}  # types one story may mix
# What the rule reads of the events table (publish reads no more of its parts).
EVENT_COLUMNS = (
    "event_id",
    "article_id",
    "event_type",
    "trigger",
    "trigger_start",
    "event_date",
    "date_precision",
    "location_entity_id",
    "participants",
)


@dataclass(eq=False, slots=True)  # compared by identity: a story is one object
class _Story:
    story_id: str
    family: str
    day: dt.date | None
    place: str | None
    participants: frozenset[str]
    cluster: str | None
    articles: set[str]  # one event per article: two events of one article are two stories
    signature: tuple[object, ...]  # its first event's type, trigger, day and participants
    at: int  # its first event's offset in its article: a copy's event is at the same place
    order: int  # when it started: ties go to the oldest story

    def agrees(
        self, article: str, family: str, day: dt.date | None, place: str | None, people: frozenset[str]
    ) -> bool:
        if family != self.family or article in self.articles:
            return False
        if self.place and place and self.place != place:
            return False
        if self.day is not None and day is not None and abs((self.day - day).days) > 1:
            return False
        return not (self.participants and people and not (self.participants & people))


def _keys(
    family: str, day: dt.date | None, people: list[str], cluster: str | None
) -> Iterator[tuple[object, ...]]:
    """The buckets an event is looked up in: each participant on its day (and the
    next, for a story started the day before), and its duplicate cluster."""
    if cluster is not None:
        yield ("cluster", family, cluster)
    if day is not None:
        for p in people:
            yield ("day", family, p, day)


def _best(
    candidates: list[_Story], signature: tuple[object, ...], people: frozenset[str], at: int
) -> _Story | None:
    """Of the stories an event agrees with: the one whose first event reads the same
    and stands nearest the same place in its article (a copy's event in its original's
    story), else the one sharing most participants, else the oldest."""
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda s: (s.signature != signature, -len(s.participants & people), abs(s.at - at), s.order),
    )


def story_events(events: pl.DataFrame, articles: pl.DataFrame, clusters: pl.DataFrame) -> pl.DataFrame:
    """event_id -> story_event_id for every event. ``events``: EVENT_COLUMNS;
    ``articles``: article_id, published_date; ``clusters``: article_id, cluster_id."""
    if events.is_empty():
        return pl.DataFrame(schema={"event_id": pl.String, "story_event_id": pl.String})
    sizes = clusters.group_by("cluster_id").len("cluster_size")
    frame = (
        events.join(articles.select("article_id", "published_date"), on="article_id", how="left")
        .join(clusters.select("article_id", "cluster_id"), on="article_id", how="left")
        .join(sizes, on="cluster_id", how="left")
        .with_columns(
            day=pl.when(pl.col("date_precision") == "day")
            .then(pl.col("event_date"))
            .otherwise(pl.col("published_date")),
            people=pl.col("participants").list.len(),
        )
        .sort(["people", "event_id"], descending=[True, False])
    )
    stories: dict[tuple[object, ...], list[_Story]] = {}
    assigned: list[tuple[str, str]] = []
    columns = [
        "event_id",
        "article_id",
        "event_type",
        "trigger",
        "trigger_start",
        "day",
        "location_entity_id",
        "participants",
        "cluster_id",
        "cluster_size",
    ]
    rows = frame.select(columns).iter_rows()
    for event_id, article, event_type, trigger, at, day, place, participants, cluster, size in rows:
        family = FAMILY.get(event_type, event_type)
        names = sorted(set(participants or ()))  # in order: the same stories every run
        people = frozenset(names)
        in_cluster = cluster if (size or 0) > 1 else None
        lookups = list(_keys(family, day, names, in_cluster))
        if day is not None:
            lookups += [("day", family, p, day - dt.timedelta(days=1)) for p in names]
            lookups += [("day", family, p, day + dt.timedelta(days=1)) for p in names]
        signature = (event_type, trigger, day, tuple(names))
        seen: dict[int, _Story] = {}
        for key in lookups:
            for s in stories.get(key, ()):
                # with no participant in common, only a copy's event: it reads the same
                shared = bool(s.participants & people) or s.signature == signature
                if s.order not in seen and shared and s.agrees(article, family, day, place, people):
                    seen[s.order] = s
        story = _best(list(seen.values()), signature, people, at)
        if story is None:
            story = _Story(
                stable_id("story_event", event_id),
                family,
                day,
                place,
                people,
                in_cluster,
                set(),
                signature,
                at,
                len(assigned),
            )
        story.articles.add(article)
        for key in _keys(family, day, names, in_cluster):
            bucket = stories.setdefault(key, [])
            if story not in bucket:
                bucket.append(story)
        assigned.append((event_id, story.story_id))
    return pl.DataFrame(assigned, schema={"event_id": pl.String, "story_event_id": pl.String}, orient="row")


def with_story_events(events: pl.DataFrame, stories: pl.DataFrame) -> pl.DataFrame:
    """Events with their story_event_id (the column after event_id)."""
    joined = events.join(stories, on="event_id", how="left", validate="1:1", maintain_order="left")
    order = [events.columns[0], "story_event_id", *events.columns[1:]]
    return joined.select(order)
