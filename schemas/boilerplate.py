"""`boilerplate`: every line (or line part) kept out of the article bodies, and why."""

import pyarrow as pa

from schemas.spec import TableSpec, column

BOILERPLATE = TableSpec(
    name="boilerplate",
    description=(
        "Every non-empty line of a parsed file that is not body text: headlines and "
        "metadata lines that became article columns, and site furniture that was dropped "
        "(related links, author bios, comment forms, share buttons, image credits). With "
        "articles.body it accounts for every line of the file."
    ),
    schema=pa.schema(
        [
            column("file_id", pa.string(), "The file the line is in (files.file_id)."),
            column("source_path", pa.string(), "Path of that file, relative to the input root."),
            column(
                "article_id",
                pa.string(),
                "Article the line was attached to; null for lines outside any article.",
                nullable=True,
            ),
            column(
                "line_no",
                pa.int32(),
                "Line number in the file, 0-based: files.text.splitlines()[line_no] is the line.",
            ),
            column(
                "kind",
                pa.string(),
                "Why the line is not body text: headline, date_line, source_line, "
                "keywords_line, dateline, read_also, related_header, related_link, "
                "author_header, author_name, author_bio, comment_form, site_chrome, "
                "image_credit, separator.",
            ),
            column("text", pa.large_string(), "The removed text, whitespace-trimmed."),
        ]
    ),
    primary_key=("file_id", "line_no", "kind"),
    per_file=True,
    sort_by=("source_path", "line_no", "kind"),
)
