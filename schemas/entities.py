"""`entities`: every person, organization and place the run's articles mention."""

import pyarrow as pa

from schemas.spec import TableSpec, column

ENTITIES = TableSpec(
    name="entities",
    description=(
        "One row per entity mentioned at least once in this run's articles: the "
        "gazetteer's entities by their curated IDs, and discovered names by IDs derived "
        "from their normalised spelling (the same name gets the same ID in every run)."
    ),
    schema=pa.schema(
        [
            column(
                "entity_id",
                pa.string(),
                "Stable ID: '<type>:<slug>' for gazetteer entities (per:sergey-lavrov, "
                "gpe:russia), '<type>:~<12 hex>' for discovered ones.",
            ),
            column("type", pa.string(), "PER, ORG, GPE, LOC or FAC (see mentions.entity_type)."),
            column(
                "name",
                pa.string(),
                "Canonical Arabic name: the gazetteer's, or for a discovered entity its most "
                "frequent surface (ties: the first in Unicode order).",
            ),
            column("name_en", pa.string(), "English name (gazetteer entities only).", nullable=True),
            column(
                "wikidata_id",
                pa.string(),
                "Wikidata QID (Q159) where the gazetteer knows it for certain.",
                nullable=True,
            ),
            column("origin", pa.string(), "gazetteer or discovered."),
            column("mention_count", pa.int64(), "Rows in mentions for this entity, all methods."),
            column("article_count", pa.int64(), "Articles that mention it at least once."),
            column(
                "story_count",
                pa.int64(),
                "Distinct stories (articles.cluster_id) that mention it: copies of one story count once.",
            ),
        ]
    ),
    primary_key=("entity_id",),
    sort_by=("entity_id",),
)
