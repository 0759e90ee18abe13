"""Where each input file's rows are in a published table: the index incremental runs
read carried-over rows through.

Every table a batch writes is in inventory order (files sorted by source_path,
then each file's articles in order), so one file's rows are one contiguous run of
rows in every table. The snapshot records, per table and file, the first row and
the count; a later run that carries a batch's unchanged files over reads just
those rows (the row groups that hold them), not the whole table. Looking rows up
by article_id instead would read every table whole for every batch (the IDs are
hashes, so Parquet statistics cannot skip anything): quadratic in the corpus.

Each batch indexes its own parts as it writes them; publishing concatenates the
parts in batch order, so a part's rows start where the earlier parts' end:

    >>> keys = pl.Series(["a.txt", "a.txt", "b.txt", "d.txt", "d.txt"])
    >>> file_runs(keys).rows()
    [('a.txt', 0, 2), ('b.txt', 2, 1), ('d.txt', 3, 2)]
    >>> def part(paths, first_rows, rows):
    ...     return pl.DataFrame({"table": "t", "source_path": paths, "first_row": first_rows, "rows": rows})
    >>> snapshot_index([part(["a", "b"], [0, 2], [2, 1]), part(["c"], [0], [4])]).rows()
    [('t', 'a', 0, 2), ('t', 'b', 2, 1), ('t', 'c', 3, 4)]
    >>> merged_ranges([(0, 2), (2, 3), (7, 1)])
    [(0, 5), (7, 8)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import polars as pl

from schemas.conform import polars_schema
from schemas.state import ROW_INDEX

INDEX_SCHEMA = polars_schema(ROW_INDEX)


class RowOrderError(ValueError):
    """A table's rows for one file are not contiguous: the index cannot describe them."""


def file_runs(source_paths: pl.Series) -> pl.DataFrame:
    """(source_path, first_row, rows) for the contiguous runs of one part's rows,
    given each row's source_path in order."""
    frame = pl.DataFrame({"source_path": source_paths.cast(pl.String)}).with_row_index("row")
    runs = frame.group_by("source_path", maintain_order=True).agg(
        pl.col("row").first().alias("first_row"), pl.len().alias("rows"), pl.col("row").last().alias("last")
    )
    if not (runs["last"] - runs["first_row"] + 1 == runs["rows"]).all():
        raise RowOrderError("a file's rows are not contiguous in the part")
    return runs.select(
        "source_path",
        pl.col("first_row").cast(pl.Int64),
        pl.col("rows").cast(pl.Int64),
    )


def merged_ranges(runs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first_row, rows) runs as sorted, merged [start, stop) row ranges."""
    ranges: list[tuple[int, int]] = []
    for start, count in sorted(runs):
        stop = start + count
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], stop))
        else:
            ranges.append((start, stop))
    return ranges


def snapshot_index(batch_indexes: Sequence[pl.DataFrame]) -> pl.DataFrame:
    """The row index of tables assembled from batch parts, from each batch's index of
    its own parts (in batch order), sorted by source_path then table: a part's height
    is the sum of its files' rows, so no part is read."""
    if not batch_indexes:
        return pl.DataFrame(schema=INDEX_SCHEMA)
    index = pl.concat(
        [frame.with_columns(batch=pl.lit(number)) for number, frame in enumerate(batch_indexes)],
        how="vertical",
    )
    offsets = (
        index.group_by("table", "batch")
        .agg(height=pl.col("rows").sum())
        .sort("table", "batch")
        .select("table", "batch", offset=(pl.col("height").cum_sum() - pl.col("height")).over("table"))
    )
    return (
        index.join(offsets, on=["table", "batch"], how="left")
        .select("table", "source_path", (pl.col("first_row") + pl.col("offset")).alias("first_row"), "rows")
        .sort("source_path", "table")
    )
