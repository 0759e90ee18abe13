"""`paragraphs`: the paragraphs of every article body, with offsets and repetition."""

import pyarrow as pa

from schemas.spec import TableSpec, column

PARAGRAPHS = TableSpec(
    name="paragraphs",
    description=(
        "One row per paragraph of articles.body (paragraphs are separated by a blank "
        "line). Paragraphs repeated across many different stories are flagged as "
        "boilerplate so that later stages can skip them."
    ),
    schema=pa.schema(
        [
            column("article_id", pa.string(), "The article (articles.article_id)."),
            column("position", pa.int32(), "Paragraph number in the body, from 0."),
            column(
                "start",
                pa.int32(),
                "Offset of the paragraph's first character in articles.body.",
            ),
            column(
                "end",
                pa.int32(),
                "Offset one past its last character: articles.body[start:end] == text.",
            ),
            column("text", pa.large_string(), "The paragraph as it is in the body."),
            column("word_count", pa.int32(), "Words in the paragraph's normalised text."),
            column(
                "paragraph_hash",
                pa.int64(),
                "64-bit hash of the normalised paragraph text: equal for the same paragraph in "
                "any article, whatever its spelling variants, diacritics or punctuation.",
            ),
            column(
                "story_count",
                pa.int32(),
                "Number of different stories (clusters) whose articles contain this paragraph.",
            ),
            column(
                "language",
                pa.string(),
                "ISO 639-1 code (zh-cn/zh-tw for Chinese) of the paragraph's language, or 'und' "
                "when it is too short, has no letters, or langdetect is unsure.",
            ),
            column(
                "language_probability",
                pa.float64(),
                "langdetect's probability for that language; 1.0 (0.9 for short text) when the "
                "Arabic script and morphology decide it; 0 for 'und' without an answer.",
            ),
            column(
                "language_method",
                pa.string(),
                "How it was decided: script, langdetect, too_short (fewer than 10 letters, "
                "URLs not counted) or uncertain (langdetect below 0.5).",
            ),
            column(
                "is_boilerplate",
                pa.bool_(),
                "True when story_count reaches the boilerplate threshold "
                "(boilerplate_min_stories): furniture such as bylines or subscription notes.",
            ),
        ]
    ),
    primary_key=("article_id", "position"),
    per_file=True,
    corpus_columns=("story_count", "is_boilerplate"),
    sort_by=(),
    order_note="in the order of articles (source_path, article position), then paragraph position",
)
