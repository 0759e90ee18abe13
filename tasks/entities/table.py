"""The entities table, from the mentions of every batch.

Counts are gathered one batch part at a time (EntityStats) and merged once, so
the mentions themselves are never all in memory: what is kept per entity is a few
counts, the surfaces of discovered names, and the distinct stories (clusters)
that mention it, which is what story_count needs across batches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from schemas.conform import polars_schema
from schemas.entities import ENTITIES
from tasks.entities.gazetteer import Gazetteer

_COUNTS = {
    "entity_id": pl.String(),
    "type": pl.String(),
    "mention_count": pl.Int64(),
    "article_count": pl.Int64(),
}
_SURFACES = {"entity_id": pl.String(), "surface": pl.String(), "n": pl.Int64()}
_STORIES = {"entity_id": pl.String(), "cluster_id": pl.String()}


@dataclass(frozen=True)
class EntityStats:
    counts: pl.DataFrame  # entity_id, type, mention_count, article_count
    surfaces: pl.DataFrame  # entity_id, surface, n: how discovered names are written
    stories: pl.DataFrame  # entity_id, cluster_id: distinct

    @classmethod
    def empty(cls) -> EntityStats:
        return cls(
            pl.DataFrame(schema=_COUNTS), pl.DataFrame(schema=_SURFACES), pl.DataFrame(schema=_STORIES)
        )


def entity_stats(mentions: pl.DataFrame, assignments: pl.DataFrame) -> EntityStats:
    """What one batch's mentions add to the entities table. ``assignments`` maps
    article_id to cluster_id (from dedup) for at least this batch's articles."""
    counts = mentions.group_by("entity_id").agg(
        type=pl.col("entity_type").first(),
        mention_count=pl.len().cast(pl.Int64),
        article_count=pl.col("article_id").n_unique().cast(pl.Int64),
    )
    surfaces = (
        mentions.filter(pl.col("method") == "discovered")
        .group_by("entity_id", "surface")
        .agg(n=pl.len().cast(pl.Int64))
    )
    stories = (
        mentions.select("entity_id", "article_id")
        .unique()
        .join(assignments.select("article_id", "cluster_id"), on="article_id", how="left")
        .select("entity_id", pl.col("cluster_id").fill_null(pl.col("article_id")))
        .unique()
    )
    return EntityStats(
        counts.select(list(_COUNTS)), surfaces.select(list(_SURFACES)), stories.select(list(_STORIES))
    )


def merge_stats(parts: Sequence[EntityStats]) -> EntityStats:
    """Many batches' stats as one, in one pass (merging two at a time would redo the
    growing totals for every batch). Article counts add up: an article is in one batch.

    >>> one = EntityStats(
    ...     pl.DataFrame({"entity_id": ["e"], "type": ["PER"], "mention_count": [2], "article_count": [1]}),
    ...     pl.DataFrame(schema=_SURFACES),
    ...     pl.DataFrame({"entity_id": ["e"], "cluster_id": ["c1"]}),
    ... )
    >>> merged = merge_stats([one, one])
    >>> merged.counts.row(0), merged.stories.height
    (('e', 'PER', 4, 2), 1)
    """
    if not parts:
        return EntityStats.empty()
    counts = (
        pl.concat([p.counts for p in parts])
        .group_by("entity_id")
        .agg(pl.col("type").first(), pl.col("mention_count").sum(), pl.col("article_count").sum())
    )
    surfaces = pl.concat([p.surfaces for p in parts]).group_by("entity_id", "surface").agg(pl.col("n").sum())
    stories = pl.concat([p.stories for p in parts]).unique()
    return EntityStats(counts.select(list(_COUNTS)), surfaces.select(list(_SURFACES)), stories)


def entities_table(stats: EntityStats, gazetteer: Gazetteer) -> pl.DataFrame:
    """One row per mentioned entity (the entities table), sorted by entity_id."""
    known = pl.DataFrame(
        [(e.id, e.name_ar, e.name_en or None, e.wikidata or None) for e in gazetteer.entries.values()],
        schema={
            "entity_id": pl.String(),
            "known_name": pl.String(),
            "name_en": pl.String(),
            "wikidata_id": pl.String(),
        },
        orient="row",
    )
    # a discovered entity is named by its most frequent surface; ties go to the first in Unicode order
    named = (
        stats.surfaces.sort(["entity_id", "n", "surface"], descending=[False, True, False])
        .group_by("entity_id", maintain_order=True)
        .agg(surface_name=pl.col("surface").first())
    )
    story_counts = stats.stories.group_by("entity_id").agg(story_count=pl.len().cast(pl.Int64))
    table = (
        stats.counts.join(known, on="entity_id", how="left")
        .join(named, on="entity_id", how="left")
        .join(story_counts, on="entity_id", how="left")
        .with_columns(
            origin=pl.when(pl.col("known_name").is_not_null())
            .then(pl.lit("gazetteer"))
            .otherwise(pl.lit("discovered")),
            name=pl.coalesce("known_name", "surface_name"),
        )
    )
    return table.select(ENTITIES.schema.names).sort("entity_id").cast(polars_schema(ENTITIES))
