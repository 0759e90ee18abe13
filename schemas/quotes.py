"""`quotes`: who said what, in their words (direct) or reported (indirect)."""

import pyarrow as pa

from schemas.spec import TableSpec, column

QUOTES = TableSpec(
    name="quotes",
    description=(
        "One row per quote in an article body: direct speech between quote marks and "
        "indirect speech after a reporting verb (قال إن، أكد أن). articles.body[start:end] "
        "== text. Every article is covered, duplicates too (filter on articles.is_canonical "
        "to count each story once)."
    ),
    schema=pa.schema(
        [
            column("quote_id", pa.string(), "Stable ID from the article ID, kind and offsets."),
            column("article_id", pa.string(), "The article (articles.article_id)."),
            column(
                "kind",
                pa.string(),
                "direct: the words between quote marks; indirect: reported speech, the clause "
                "after إن/أن/بأن to the end of its sentence.",
            ),
            column("text", pa.string(), "The quoted text, without its quote marks."),
            column("start", pa.int32(), "Offset of the first character of text in articles.body."),
            column("end", pa.int32(), "Offset one past the last character of text in articles.body."),
            column(
                "speaker",
                pa.string(),
                "Who is quoted, as written: a name with its title ('وزير الخارجية الروسي سيرغي "
                "لافروف') or a description kept as text ('مسؤول في البيت الأبيض'); adjuncts "
                "such as للصحفيين or قبل المحادثات are cut off. Null when no speaker is found.",
                nullable=True,
            ),
            column(
                "speaker_start",
                pa.int32(),
                "Offset of the speaker in articles.body: where the speaker is named, which for an "
                "inherited speaker ('وأضاف:') is an earlier sentence.",
                nullable=True,
            ),
            column("speaker_end", pa.int32(), "Offset one past the speaker in articles.body.", nullable=True),
            column(
                "speaker_entity_id",
                pa.string(),
                "The entity the speaker names (entities.entity_id): the person in the phrase, "
                "else the organization or country it is ('أكدت روسيا'). Null for anonymous "
                "descriptions.",
                nullable=True,
            ),
            column(
                "cue",
                pa.string(),
                "The reporting word as written ('وقال', 'أكدت', 'مضيفاً', 'وفقاً'); null when "
                "the quote has none (a quote after the sentence's subject, or no attribution).",
                nullable=True,
            ),
            column(
                "attribution",
                pa.string(),
                "How the speaker was found: explicit (named after the reporting verb), subject "
                "(named before it, or the sentence's person), after (an attribution following "
                "the quote), inherited (the previous speaker, for 'وأضاف:'), continued (the "
                "next segment of the same statement) or none.",
            ),
            column(
                "confidence",
                pa.float64(),
                "How likely the quote and its speaker are right, fixed per rule: 0.9 a direct "
                "quote with a named speaker, 0.85 subject or continued, 0.8 inherited or an "
                "indirect quote with a named speaker, 0.5 without a speaker; 0.15 less when the "
                "closing mark is missing.",
            ),
        ]
    ),
    primary_key=("quote_id",),
    per_file=True,
    sort_by=(),
    order_note="in the order of articles (source_path, article position), then start",
)
