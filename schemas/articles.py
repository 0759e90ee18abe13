"""`articles`: one row per article parsed out of a file, embedded ones included."""

import pyarrow as pa

from schemas.spec import TableSpec, column

ARTICLES = TableSpec(
    name="articles",
    description=(
        "One row per article. A file gives its main article (position 0) and one more "
        "row per article embedded under an 'إقرأ أيضاً' (read also) section. Duplicates "
        "are kept here and flagged by the dedup stage, never dropped."
    ),
    schema=pa.schema(
        [
            column(
                "article_id",
                pa.string(),
                "Stable ID: 16 hex chars of BLAKE2b over source_path, position and "
                "content_hash. Independent of run order.",
            ),
            column("file_id", pa.string(), "The file this article came from (files.file_id)."),
            column("source_path", pa.string(), "Path of that file, relative to the input root."),
            column(
                "position",
                pa.int32(),
                "0 for the file's main article, 1, 2, ... for embedded articles in order.",
            ),
            column(
                "parent_article_id",
                pa.string(),
                "For an embedded article, the article_id of the main article it was "
                "embedded in; null for main articles.",
                nullable=True,
            ),
            column(
                "title",
                pa.string(),
                "Headline line, or the first sentence of the body when the file has no "
                "headline (then title_is_guess is true).",
            ),
            column(
                "title_is_guess",
                pa.bool_(),
                "True when no headline line was found and the first sentence stands in.",
            ),
            column(
                "published_date",
                pa.date32(),
                "Publication date from a 'تاريخ النشر:' line (or a similar label); null "
                "when the article has none. Embedded articles do not inherit it.",
                nullable=True,
            ),
            column(
                "source",
                pa.string(),
                "Outlet named on an 'المصدر:' line, e.g. 'صحيفة الاتحاد'; null if none.",
                nullable=True,
            ),
            column(
                "author",
                pa.string(),
                "Author named in an author block ('Author', 'بقلم', 'الكاتب'); null if none.",
                nullable=True,
            ),
            column(
                "dateline",
                pa.string(),
                "Place and agency line such as 'موسكو (وكالات)'; null if none.",
                nullable=True,
            ),
            column(
                "keywords",
                pa.list_(pa.string()),
                "Keywords from a 'كلمات دلالية:' line, de-duplicated in order. Multi-word "
                "keywords are kept whole when the article itself uses the phrase.",
            ),
            column(
                "body",
                pa.large_string(),
                "Content paragraphs joined by a blank line ('\\n\\n'), boilerplate removed, "
                "zero-width and bidi controls stripped. Offsets in other tables index this.",
            ),
            column("paragraph_count", pa.int32(), "Number of paragraphs in body."),
            column("char_count", pa.int32(), "Length of body in characters (code points)."),
            column(
                "word_count",
                pa.int32(),
                "Whitespace-separated tokens in body that hold a letter or digit.",
            ),
            column("content_hash", pa.string(), "SHA-256 (hex) of body as UTF-8."),
            column(
                "line_start",
                pa.int32(),
                "First line of the file that belongs to this article, 0-based, as an index "
                "into files.text.splitlines().",
            ),
            column(
                "line_end",
                pa.int32(),
                "One past the last line of the file that belongs to this article.",
            ),
            column(
                "cluster_id",
                pa.string(),
                "The story this article belongs to: the article_id of its cluster's canonical "
                "article (its own article_id when it has no duplicate).",
            ),
            column(
                "is_canonical",
                pa.bool_(),
                "True for the one article that represents its cluster (earliest published, "
                "else the longest); enrichment runs on canonical articles only.",
            ),
            column("cluster_size", pa.int32(), "Articles in the cluster, this one included."),
            column(
                "language",
                pa.string(),
                "Language holding the largest share of the body's letters (from its paragraphs), "
                "or 'und' when no paragraph has a known language.",
            ),
            column(
                "language_probability",
                pa.float64(),
                "That language's share of the text times its paragraphs' mean probability.",
            ),
            column(
                "languages",
                pa.list_(
                    pa.struct(
                        [
                            pa.field("language", pa.string(), nullable=False),
                            pa.field("share", pa.float64(), nullable=False),
                        ]
                    )
                ),
                "Every language in the body with its share of the letters in known-language "
                "paragraphs, largest first.",
            ),
            column(
                "is_mixed",
                pa.bool_(),
                "True when a second language holds at least 10% of the text.",
            ),
        ]
    ),
    primary_key=("article_id",),
    per_file=True,
    corpus_columns=("cluster_id", "is_canonical", "cluster_size"),
    sort_by=("source_path", "position"),
)

# Columns the batch adds after parsing: the language stage's.
LANGUAGE_COLUMNS = ("language", "language_probability", "languages", "is_mixed")
PARSED_ARTICLES = ARTICLES.part.without(*LANGUAGE_COLUMNS)
