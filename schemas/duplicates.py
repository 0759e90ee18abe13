"""`duplicates`: every article that is a copy of another, and how it was recognised."""

import pyarrow as pa

from schemas.spec import TableSpec, column

DUPLICATES = TableSpec(
    name="duplicates",
    description=(
        "One row per non-canonical article: the canonical article of its cluster and how "
        "the two relate. Canonical articles and articles without duplicates have no row. "
        "Duplicates stay in articles; join on article_id to see them."
    ),
    schema=pa.schema(
        [
            column("article_id", pa.string(), "The duplicate (articles.article_id)."),
            column(
                "duplicate_of",
                pa.string(),
                "The canonical article of its cluster (= articles.cluster_id).",
            ),
            column(
                "method",
                pa.string(),
                "exact: the same normalised paragraphs; near: word-shingle Jaccard similarity at "
                "or above the threshold; contained: most of its content paragraphs are in the "
                "canonical (or the canonical's in it), e.g. a shortened copy. When direct is "
                "false the article reached the cluster through other members, and the measures "
                "with the canonical can be below the thresholds.",
            ),
            column(
                "similarity",
                pa.float64(),
                "Jaccard similarity of the two articles' word-shingle sets (1.0 for exact).",
            ),
            column(
                "containment",
                pa.float64(),
                "Share of the shorter article's content words whose paragraph is also in the "
                "other (1.0 for exact).",
            ),
            column(
                "direct",
                pa.bool_(),
                "True when this pair itself passes a threshold; false when the article joined "
                "the cluster through other members (transitively).",
            ),
        ]
    ),
    primary_key=("article_id",),
    sort_by=("duplicate_of", "article_id"),
)
