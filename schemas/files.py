"""`files`: one row per input file seen by the run, readable or not."""

import pyarrow as pa

from schemas.spec import TableSpec, column

FILES = TableSpec(
    name="files",
    description=(
        "Every input file the run found, whether it parsed or not. The decoded text is "
        "kept here so nothing the parser dropped is lost."
    ),
    schema=pa.schema(
        [
            column(
                "file_id",
                pa.string(),
                "Stable ID of this file version: 16 hex chars of BLAKE2b over source_path "
                "and sha256. Same path and bytes give the same ID in every run.",
            ),
            column(
                "source_path",
                pa.string(),
                "Path relative to the input root, '/'-separated.",
            ),
            column(
                "sha256",
                pa.string(),
                "SHA-256 of the file's bytes (hex); null when the file could not be read.",
                nullable=True,
            ),
            column("size_bytes", pa.int64(), "File size in bytes, from the storage listing."),
            column(
                "modified_at",
                pa.timestamp("us", tz="UTC"),
                "Last-modified time reported by the storage, in UTC; null if unknown.",
                nullable=True,
            ),
            column(
                "encoding",
                pa.string(),
                "Encoding the bytes were decoded with (utf-8, utf-8-sig, utf-16-le, "
                "utf-16-be, cp1256, ...); null when decoding failed.",
                nullable=True,
            ),
            column(
                "decode_errors",
                pa.int32(),
                "Bytes invalid in that encoding and replaced by U+FFFD: 0 for a clean "
                "decode, a few for a truncated or slightly damaged UTF-8 file.",
            ),
            column(
                "status",
                pa.string(),
                "'parsed' when at least one article came out of the file, 'rejected' when "
                "it went to the rejects table (see rejects.reason).",
            ),
            column("article_count", pa.int32(), "Number of articles parsed from the file."),
            column(
                "text",
                pa.large_string(),
                "Decoded text exactly as read (byte-order mark removed, line endings as in "
                "the file); null when the file could not be read or decoded.",
                nullable=True,
            ),
        ]
    ),
    primary_key=("file_id",),
    per_file=True,
    sort_by=("source_path",),
)
