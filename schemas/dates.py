"""`dates`: every date expression in article text, resolved where something anchors it."""

import pyarrow as pa

from schemas.spec import TableSpec, column

DATES = TableSpec(
    name="dates",
    description=(
        "One row per date expression in an article body ('15 أغسطس 2025', 'يوم الخميس "
        "الماضي', 'أمس', 'الشهر المقبل', '15 رمضان 1436هـ'), resolved against the article's "
        "publication date when the text leaves the year or the day open. "
        "articles.body[start:end] == text."
    ),
    schema=pa.schema(
        [
            column("article_id", pa.string(), "The article (articles.article_id)."),
            column("start", pa.int32(), "Offset of the first character in articles.body."),
            column("end", pa.int32(), "Offset one past the last character in articles.body."),
            column("text", pa.string(), "The expression as written."),
            column(
                "kind",
                pa.string(),
                "absolute (a calendar date, month or year), relative (أمس، الأسبوع الماضي) or "
                "weekday (يوم الخميس).",
            ),
            column(
                "calendar",
                pa.string(),
                "gregorian or hijri: the calendar the text is written in (Hijri dates are "
                "converted with the Umm al-Qura calendar).",
            ),
            column(
                "value",
                pa.string(),
                "What the expression says, ISO 8601 at its precision and in its calendar: "
                "'2025-10-16', '2025-W42', '2025-10', '2025', '1436-09-15' (hijri); '--10-20' "
                "when the year is open and nothing anchors it. Null when nothing anchors a "
                "relative expression.",
                nullable=True,
            ),
            column(
                "date",
                pa.date32(),
                "The Gregorian date the expression resolves to: the first day of its week, "
                "month or year for coarser precisions. Null when not anchored (no publication "
                "date and the text does not say the year).",
                nullable=True,
            ),
            column("precision", pa.string(), "day, week, month or year."),
            column(
                "anchor",
                pa.string(),
                "text: everything was written; publication: the publication date supplied the "
                "year or the reference day; none: unresolved.",
            ),
        ]
    ),
    primary_key=("article_id", "start"),
    per_file=True,
    sort_by=(),
    order_note="in the order of articles (source_path, article position), then start",
)
