"""`rejects`: input files that gave no article, with the reason."""

import pyarrow as pa

from schemas.spec import TableSpec, column

REJECTS = TableSpec(
    name="rejects",
    description=(
        "Files that could not be turned into articles. The run goes on without them; "
        "each still has its row in files with status 'rejected'."
    ),
    schema=pa.schema(
        [
            column("source_path", pa.string(), "Path relative to the input root."),
            column("file_id", pa.string(), "The file's files.file_id."),
            column(
                "reason",
                pa.string(),
                "Machine-readable cause: unreadable, too_large, empty, binary, undecodable, no_content.",
            ),
            column("detail", pa.string(), "Human-readable explanation of the reason."),
            column("size_bytes", pa.int64(), "File size in bytes."),
            column("run_id", pa.string(), "Run that rejected the file (runs.run_id)."),
        ]
    ),
    primary_key=("file_id",),
    per_file=True,
    sort_by=("source_path",),
)
