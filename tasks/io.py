"""All storage access: listing inputs, reading bytes, writing Parquet atomically.

Locations are fsspec URLs or local paths, so the same code reads a landing
folder on disk or a bucket (s3://... once s3fs is installed). Writes go to a
temporary name beside the target and are renamed into place, so a reader or a
crash never sees half a file.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import posixpath
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import fsspec
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.conform import conform
from schemas.spec import TableSpec
from tasks.ingest import RAW_COLUMNS

PARQUET_COMPRESSION = "zstd"
# Parts are small (one batch each); the published file gets row groups of this size.
ROW_GROUP_ROWS = 64 * 1024
ROW_GROUP_BYTES = 64 * 1024 * 1024
_GLOB_CHARS = "*?["


class InputNotFoundError(FileNotFoundError):
    """The input location does not exist: a structural error, so the run stops."""


@dataclass(frozen=True)
class Location:
    """A filesystem and a path on it; str() gives back a URL fsspec understands."""

    fs: Any
    path: str

    @classmethod
    def of(cls, url: str) -> Location:
        fs, path = fsspec.core.url_to_fs(url)
        return cls(fs, path.rstrip("/") or "/")

    def child(self, *parts: str) -> Location:
        return Location(self.fs, posixpath.join(self.path, *parts))

    def url(self) -> str:
        return str(self.fs.unstrip_protocol(self.path))

    def exists(self) -> bool:
        return bool(self.fs.exists(self.path))


def _modified_at(info: dict[str, Any]) -> dt.datetime | None:
    """Last-modified time from a listing entry; each fsspec backend names it differently."""
    value = info.get("mtime", info.get("LastModified", info.get("updated")))
    if isinstance(value, int | float):
        return dt.datetime.fromtimestamp(value, dt.UTC)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return None


def _split_glob(path: str) -> tuple[str, str | None]:
    """("landing/2025-*/x*.txt") -> ("landing", "2025-*/x*.txt"); no glob -> (path, None)."""
    parts = path.split("/")
    for i, part in enumerate(parts):
        if any(c in part for c in _GLOB_CHARS):
            return "/".join(parts[:i]) or "/", "/".join(parts[i:])
    return path, None


def _is_hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/"))


INVENTORY_SCHEMA = pl.Schema(
    {
        "source_path": pl.String(),
        "url": pl.String(),
        "size_bytes": pl.Int64(),
        "modified_at": pl.Datetime("us", "UTC"),
    }
)


def list_inputs(input_url: str, pattern: str) -> pl.DataFrame:
    """Every input file under a folder (matching pattern, recursively) or a glob.

    A pattern without '/' matches file names at any depth; with '/', the path
    relative to the folder. Hidden files and folders (".name") are skipped: that
    is where this pipeline and editors keep their own state. Sorted by path.
    """
    loc = Location.of(input_url)
    root, glob_part = _split_glob(loc.path)
    if glob_part is None and loc.fs.isfile(loc.path):
        root, glob_part = posixpath.dirname(loc.path) or "/", posixpath.basename(loc.path)
    if not loc.fs.exists(root) or not loc.fs.isdir(root):
        raise InputNotFoundError(f"input location not found or not a folder: {input_url}")
    if glob_part is not None:
        found = loc.fs.glob(posixpath.join(root, glob_part), detail=True)
        match_rel = None
    else:
        found = loc.fs.find(root, detail=True)
        match_rel = pattern
    rows = []
    for path, info in sorted(found.items()):
        if info.get("type") != "file":
            continue
        relative = posixpath.relpath(path, root)
        if _is_hidden(relative):
            continue
        if match_rel is not None:
            target = relative if "/" in match_rel else posixpath.basename(relative)
            if not fnmatch.fnmatchcase(target, match_rel):
                continue
        rows.append(
            {
                "source_path": relative,
                "url": loc.fs.unstrip_protocol(path),
                "size_bytes": int(info.get("size") or 0),
                "modified_at": _modified_at(info),
            }
        )
    return pl.DataFrame(rows, schema=INVENTORY_SCHEMA, orient="row")


def read_raw_files(inventory: pl.DataFrame, *, max_file_bytes: int) -> pl.DataFrame:
    """The bytes of each listed file, or why they were not read (see RAW_COLUMNS)."""
    rows = []
    for row in inventory.iter_rows(named=True):
        content: bytes | None = None
        reason = detail = None
        if row["size_bytes"] > max_file_bytes:
            reason = "too_large"
            detail = (
                f"{row['size_bytes']:,} bytes is over the {max_file_bytes:,}-byte limit "
                "(raise max_file_mb to parse it)"
            )
        else:
            try:
                with fsspec.open(row["url"], "rb") as fh:
                    content = fh.read(max_file_bytes + 1)
            except OSError as exc:
                reason, detail = "unreadable", f"{type(exc).__name__}: {exc}"
            else:
                if len(content) > max_file_bytes:  # grew since it was listed
                    content, reason = None, "too_large"
                    detail = f"over the {max_file_bytes:,}-byte limit when read"
        rows.append(
            {
                "source_path": row["source_path"],
                "size_bytes": row["size_bytes"],
                "modified_at": row["modified_at"],
                "content": content,
                "error_reason": reason,
                "error_detail": detail,
            }
        )
    return pl.DataFrame(rows, schema=RAW_COLUMNS, orient="row")


def _file_metadata(spec: TableSpec, run_id: str) -> dict[bytes, bytes]:
    return {
        b"news_etl.table": spec.name.encode(),
        b"news_etl.description": spec.description.encode(),
        b"news_etl.run_id": run_id.encode(),
    }


def _temporary_sibling(target: Location) -> Location:
    directory, name = posixpath.split(target.path)
    return Location(target.fs, posixpath.join(directory, f".{name}.{uuid.uuid4().hex}.tmp"))


def _commit(tmp: Location, target: Location) -> None:
    """Rename into place: atomic on a local disk; copy-then-delete on object stores."""
    try:
        target.fs.mv(tmp.path, target.path)
    except Exception:
        tmp.fs.rm(tmp.path)
        raise


def write_table(frame: pl.DataFrame | pa.Table, spec: TableSpec, target: Location, *, run_id: str) -> int:
    """Cast and check ``frame`` against ``spec``, then write it atomically; returns rows."""
    table = conform(frame, spec)
    table = table.replace_schema_metadata(_file_metadata(spec, run_id))
    target.fs.makedirs(posixpath.dirname(target.path), exist_ok=True)
    tmp = _temporary_sibling(target)
    with tmp.fs.open(tmp.path, "wb") as fh:
        pq.write_table(table, fh, compression=PARQUET_COMPRESSION)
    _commit(tmp, target)
    return int(table.num_rows)


def _coalesce(tables: Iterable[pa.Table]) -> Iterator[pa.Table]:
    """Merge small tables into row groups of about ROW_GROUP_ROWS rows or bytes."""
    pending: list[pa.Table] = []
    rows = size = 0
    for table in tables:
        pending.append(table)
        rows += table.num_rows
        size += table.nbytes
        if rows >= ROW_GROUP_ROWS or size >= ROW_GROUP_BYTES:
            yield pa.concat_tables(pending)
            pending, rows, size = [], 0, 0
    if pending:
        yield pa.concat_tables(pending)


def write_parts(parts: Iterable[Location], spec: TableSpec, target: Location, *, run_id: str) -> int:
    """Stream part files into one Parquet file, atomically; memory stays one row group."""
    target.fs.makedirs(posixpath.dirname(target.path), exist_ok=True)
    tmp = _temporary_sibling(target)
    schema = spec.schema.with_metadata(_file_metadata(spec, run_id))
    total = 0
    try:
        with (
            tmp.fs.open(tmp.path, "wb") as fh,
            pq.ParquetWriter(fh, schema, compression=PARQUET_COMPRESSION) as writer,
        ):
            tables = (read_part(part, spec) for part in parts)
            for group in _coalesce(tables):
                writer.write_table(group.replace_schema_metadata(schema.metadata), ROW_GROUP_ROWS)
                total += group.num_rows
    except Exception:
        if tmp.exists():
            tmp.fs.rm(tmp.path)
        raise
    _commit(tmp, target)
    return total


def read_part(part: Location, spec: TableSpec) -> pa.Table:
    with part.fs.open(part.path, "rb") as fh:
        return conform(pq.read_table(fh), spec)


def read_table(location: Location) -> pl.DataFrame:
    with location.fs.open(location.path, "rb") as fh:
        return pl.read_parquet(fh)


def list_parts(directory: Location) -> list[Location]:
    if not directory.exists():
        return []
    paths = sorted(p for p in directory.fs.ls(directory.path, detail=False) if p.endswith(".parquet"))
    return [Location(directory.fs, p) for p in paths]


def remove_tree(location: Location) -> None:
    if location.exists():
        location.fs.rm(location.path, recursive=True)


def remove_empty_dir(location: Location) -> None:
    """Remove a folder if nothing is left in it (another run may still be using it)."""
    try:
        if location.exists() and not location.fs.ls(location.path):
            location.fs.rmdir(location.path)
    except OSError:
        pass  # a concurrent run created something in it: leave it
