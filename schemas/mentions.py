"""`mentions`: every place an article names a person, organization or place."""

import pyarrow as pa

from schemas.spec import TableSpec, column

MENTIONS = TableSpec(
    name="mentions",
    description=(
        "One row per entity mention in an article body, with exact offsets: "
        "articles.body[start:end] == surface. Every article is covered, duplicates too "
        "(filter on articles.is_canonical to count each story once). Spans never overlap."
    ),
    schema=pa.schema(
        [
            column("article_id", pa.string(), "The article (articles.article_id)."),
            column("entity_id", pa.string(), "The entity mentioned (entities.entity_id)."),
            column(
                "entity_type",
                pa.string(),
                "PER, ORG, GPE (country, city, state), LOC (region, sea, mountain) or FAC "
                "(building, airport, base): the entity's type, repeated for filtering.",
            ),
            column(
                "surface",
                pa.string(),
                "The text as written, without the proclitic before it: 'بوتين' in 'وبوتين', "
                "'الكرملين' in 'للكرملين' is written 'كرملين' (the alef of ال drops after ل).",
            ),
            column("start", pa.int32(), "Offset of the first character in articles.body."),
            column("end", pa.int32(), "Offset one past the last character in articles.body."),
            column(
                "method",
                pa.string(),
                "gazetteer: a known spelling of a gazetteer entity; discovered: a name the "
                "gazetteer lacks, found from a title, a given name, an apposition or a head "
                "noun; coref: a surname alone that names a person introduced earlier in the "
                "article; nationality: an adjective (الروسي) as evidence of its country.",
            ),
            column(
                "confidence",
                pa.float64(),
                "How likely the mention is right, fixed per method and rule: 0.95 multi-word "
                "gazetteer spelling, 0.85 one-word spelling or coref, 0.8 title + given name, "
                "0.7 given name or organization head, 0.6 apposition, place head, a title's "
                "name without a known given name, or nationality.",
            ),
        ]
    ),
    primary_key=("article_id", "start"),
    per_file=True,
    sort_by=(),
    order_note="in the order of articles (source_path, article position), then start",
)
