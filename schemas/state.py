"""The pipeline's own files: a run's working files in its staging folder, and the state a
snapshot keeps for the next run. Not for analysts, but declared and checked like the
tables, since a later run or another process reads them back."""

import pyarrow as pa

from schemas.spec import TableSpec, column

_UTC_MICROS = pa.timestamp("us", tz="UTC")

INVENTORY = TableSpec(
    name="inventory",
    description=(
        "Working file: every file the run's tables will hold, in the order batches take "
        "them, and whether its rows are carried over from the published version."
    ),
    schema=pa.schema(
        [
            column("source_path", pa.string(), "Path relative to the input root."),
            column(
                "url",
                pa.string(),
                "Where to read the file; null for a deleted file whose rows are kept, or a "
                "name that is not valid UTF-8 (rejected as unreadable).",
                nullable=True,
            ),
            column("size_bytes", pa.int64(), "Size in the listing."),
            column("modified_at", _UTC_MICROS, "Modification time in the listing.", nullable=True),
            column("reuse", pa.bool_(), "True when the file's rows are carried over, not computed."),
        ]
    ),
    primary_key=("source_path",),
    sort_by=("source_path",),
)

ROW_INDEX = TableSpec(
    name="row_index",
    description=(
        "State: where each input file's rows are in each per-file table of a snapshot "
        "(tasks/store/row_index.py); a batch writes the same for its own parts."
    ),
    schema=pa.schema(
        [
            column(
                "table",
                pa.string(),
                "A per-file table, or 'fingerprints' for the dedup fingerprints.",
            ),
            column("source_path", pa.string(), "The input file."),
            column("first_row", pa.int64(), "Its first row in the table (in the part, for a batch)."),
            column("rows", pa.int64(), "How many rows it has there, one contiguous run."),
        ]
    ),
    primary_key=("table", "source_path"),
    sort_by=(),
    order_note="sorted by source_path then table in a snapshot; in table order, then row order, in a batch",
)

FINGERPRINTS = TableSpec(
    name="fingerprints",
    description=(
        "Working parts and state: what deduplication needs of each article, without its "
        "body (tasks/dedup/fingerprints.py); kept in the snapshot for the next run."
    ),
    schema=pa.schema(
        [
            column("article_id", pa.string(), "The article."),
            column("published_date", pa.date32(), "Its publication date.", nullable=True),
            column("char_count", pa.int32(), "Its length in characters."),
            column("shingle_count", pa.int32(), "Distinct word shingles of its normalised body."),
            column("minhash", pa.list_(pa.uint32()), "MinHash signature: num_perm values."),
            column("paragraph_hashes", pa.list_(pa.int64()), "paragraph_hash of each paragraph, in order."),
            column("paragraph_words", pa.list_(pa.int32()), "word_count of each paragraph, in order."),
            column(
                "text_key",
                pa.string(),
                "Equal for articles with the same normalised paragraphs in the same order.",
            ),
        ]
    ),
    primary_key=("article_id",),
    sort_by=(),
    order_note="in the order of articles",
)

SHINGLES = TableSpec(
    name="shingles",
    description=(
        "Working parts: the shingle sets of the articles read this run, so deduplication "
        "verifies candidate pairs without normalising their bodies again."
    ),
    schema=pa.schema(
        [
            column("article_id", pa.string(), "The article."),
            column("shingles", pa.list_(pa.uint64()), "Hashes of its word shingles, sorted, distinct."),
        ]
    ),
    primary_key=("article_id",),
    sort_by=(),
    order_note="in the order of articles",
)

CLUSTERS = TableSpec(
    name="clusters",
    description="Working file: the cluster deduplication put each article in, joined into articles.",
    schema=pa.schema(
        [
            column("article_id", pa.string(), "The article."),
            column("cluster_id", pa.string(), "articles.cluster_id."),
            column("is_canonical", pa.bool_(), "articles.is_canonical."),
            column("cluster_size", pa.int32(), "articles.cluster_size."),
        ]
    ),
    primary_key=("article_id",),
    sort_by=(),
    order_note="in no particular order (joined by article_id)",
)

PARAGRAPH_STORIES = TableSpec(
    name="paragraph_stories",
    description=(
        "Working file: paragraphs found in more than one story, joined into paragraphs "
        "(the others have story_count 1)."
    ),
    schema=pa.schema(
        [
            column("paragraph_hash", pa.int64(), "paragraphs.paragraph_hash."),
            column("story_count", pa.int32(), "paragraphs.story_count."),
            column("is_boilerplate", pa.bool_(), "paragraphs.is_boilerplate."),
        ]
    ),
    primary_key=("paragraph_hash",),
    sort_by=("paragraph_hash",),
)
