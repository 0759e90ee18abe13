"""Which input files a run must read, and which it carries over from the last one.

A run publishes the whole corpus but reads only what is new. A file is the same
as the one published under its path when its SHA-256 is the same. Hashing every
file on every run would read the whole corpus, so the storage listing decides
first, as git and rsync do:

- same path, size and modification time as the published `files` row: unchanged,
  not read at all (unless `verify_checksums` asks for the hash anyway);
- same path and size, another time (touched, copied, re-synced): hashed; the same
  SHA-256 is unchanged (its rows are carried over, with the new time), another is
  changed;
- another size: changed, read and parsed again; its new rows replace the old;
- a path not published before: new;
- a published path no longer listed: deleted, then kept (its rows stay) or
  retracted (its rows go), as `deleted_files` says.

    >>> import datetime as dt
    >>> t, later = dt.datetime(2025, 10, 21, tzinfo=dt.UTC), dt.datetime(2025, 10, 22, tzinfo=dt.UTC)
    >>> listing = pl.DataFrame({"source_path": ["a.txt", "b.txt", "d.txt"],
    ...     "url": ["/in/a.txt", "/in/b.txt", "/in/d.txt"],
    ...     "size_bytes": [10, 20, 7], "modified_at": [t, t, later]})
    >>> previous = pl.DataFrame({"source_path": ["a.txt", "c.txt", "d.txt"], "size_bytes": [10, 5, 7],
    ...     "modified_at": [t, t, t], "sha256": ["aa", "cc", "dd"]})
    >>> files_to_hash(listing, previous, verify_checksums=False)
    ['d.txt']
    >>> plan = plan_changes(listing, previous, "keep", hashes={"d.txt": "dd"})
    >>> plan.inventory.select("source_path", "reuse").rows()
    [('a.txt', True), ('b.txt', False), ('c.txt', True), ('d.txt', True)]
    >>> plan.counts
    FileCounts(seen=3, new=1, changed=0, unchanged=2, touched=1, deleted=1, retracted=0)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import polars as pl

DeletedFiles = Literal["keep", "retract"]

# The columns of the published `files` table the comparison needs.
PREVIOUS_COLUMNS = ["source_path", "size_bytes", "modified_at", "sha256"]


@dataclass(frozen=True)
class FileCounts:
    """What a run found in its input, compared with the published version."""

    seen: int  # files listed in the input now
    new: int = 0
    changed: int = 0
    unchanged: int = 0  # carried over, touched ones included
    touched: int = 0  # another modification time, same SHA-256: carried over
    deleted: int = 0  # published, no longer listed
    retracted: int = 0  # of those, the ones whose rows were removed

    @property
    def to_read(self) -> int:
        return self.new + self.changed


@dataclass(frozen=True)
class Changes:
    """The run's inventory: every file its tables will hold, sorted by source_path,
    with ``reuse`` true for files whose rows are carried over (url null for the
    deleted ones kept)."""

    inventory: pl.DataFrame
    counts: FileCounts


def _compared(listing: pl.DataFrame, previous: pl.DataFrame) -> pl.DataFrame:
    before = previous.select(
        "source_path",
        pl.col("size_bytes").alias("previous_size"),
        pl.col("modified_at").alias("previous_modified"),
        pl.col("sha256").alias("previous_sha256"),
    )
    return listing.join(before, on="source_path", how="left", maintain_order="left")


_KNOWN = pl.col("previous_size").is_not_null()
_SAME_SIZE = _KNOWN & (pl.col("size_bytes") == pl.col("previous_size"))
_SAME_TIME = pl.col("modified_at").is_not_null() & (pl.col("modified_at") == pl.col("previous_modified"))


def files_to_hash(
    listing: pl.DataFrame, previous: pl.DataFrame | None, *, verify_checksums: bool
) -> list[str]:
    """Paths whose SHA-256 decides whether they changed: published with the same size
    (and a hash to compare with) but another modification time, or all of those
    published with the same size when ``verify_checksums``."""
    if previous is None:
        return []
    suspect = _SAME_SIZE & pl.col("previous_sha256").is_not_null() & pl.col("url").is_not_null()
    if not verify_checksums:
        suspect = suspect & ~_SAME_TIME.fill_null(False)
    compared = _compared(listing, previous)
    return compared.filter(suspect.fill_null(False))["source_path"].to_list()


def plan_changes(
    listing: pl.DataFrame,
    previous: pl.DataFrame | None,
    deleted_files: DeletedFiles,
    hashes: Mapping[str, str | None] | None = None,
) -> Changes:
    """Compare the input listing with the published files table (PREVIOUS_COLUMNS;
    None when there is no published version). ``hashes`` holds the SHA-256 of the
    files_to_hash paths (None for a file that could not be read): for those the
    hash decides, for the others size and modification time."""
    if previous is None:
        inventory = listing.with_columns(reuse=pl.lit(False)).sort("source_path")
        return Changes(inventory, FileCounts(seen=listing.height, new=listing.height))
    hashed = pl.DataFrame(
        {"source_path": list(hashes or {}), "sha256_now": list((hashes or {}).values())},
        schema={"source_path": pl.String, "sha256_now": pl.String},
    )
    compared = _compared(listing, previous).join(hashed, on="source_path", how="left", maintain_order="left")
    was_hashed = pl.col("source_path").is_in(hashed["source_path"].implode())
    same_bytes = pl.col("sha256_now").is_not_null() & (pl.col("sha256_now") == pl.col("previous_sha256"))
    reuse = pl.when(was_hashed).then(same_bytes).otherwise(_SAME_SIZE & _SAME_TIME).fill_null(False)
    current = compared.with_columns(reuse=reuse, touched=(reuse & ~_SAME_TIME).fill_null(False))
    unchanged = int(current["reuse"].sum())
    known = int(current.select(_KNOWN.sum()).item())
    gone = previous.join(listing.select("source_path"), on="source_path", how="anti")
    frames = [current.select(*listing.columns, "reuse")]
    if deleted_files == "keep" and gone.height:
        frames.append(
            gone.select(
                "source_path",
                pl.lit(None, dtype=pl.String).alias("url"),
                "size_bytes",
                "modified_at",
                pl.lit(True).alias("reuse"),
            )
        )
    counts = FileCounts(
        seen=listing.height,
        new=listing.height - known,
        changed=known - unchanged,
        unchanged=unchanged,
        touched=int(current["touched"].sum()),
        deleted=gone.height,
        retracted=gone.height if deleted_files == "retract" else 0,
    )
    return Changes(pl.concat(frames, how="vertical").sort("source_path"), counts)
