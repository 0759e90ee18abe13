"""Publish a run: assemble its snapshot from the batch parts and deduplication's
results, append the run to the history, seal the snapshot and make it current.

Every per-file table is its batch parts concatenated in batch order (the batches
are contiguous slices of the sorted inventory, so the tables come out sorted),
with deduplication's columns joined in; the row index of the snapshot comes from
the batches' own indexes. A run that found nothing new publishes the previous
tables again instead (``republish``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any

import polars as pl

import schemas
from schemas.spec import TableSpec
from tasks.dedup.clusters import with_clusters, with_paragraph_stories
from tasks.entities.gazetteer import load as load_gazetteer
from tasks.entities.table import entities_table, entity_stats, merge_stats
from tasks.run.history import append_run
from tasks.store.io import link_or_copy, read_table, remove_empty_dir, remove_tree, write_frames, write_table
from tasks.store.layout import OutputLayout
from tasks.store.row_index import snapshot_index
from tasks.store.snapshots import current_table, make_current, prune, read_manifest, seal

# Row groups of the row index: a batch reads the entries of its own files.
INDEX_ROW_GROUP = 8192


@dataclass(frozen=True)
class Published:
    rows: dict[str, int]  # per table, runs included
    pruned: list[str]  # the snapshots removed to keep keep_snapshots


def _completion(layout: OutputLayout, spec: TableSpec) -> Callable[[pl.DataFrame], pl.DataFrame] | None:
    """How a batch part of ``spec`` gets the columns deduplication computed, if any."""
    if spec is schemas.ARTICLES:
        return partial(with_clusters, assignments=read_table(layout.working(schemas.CLUSTERS)))
    if spec is schemas.PARAGRAPHS:
        return partial(with_paragraph_stories, stories=read_table(layout.working(schemas.PARAGRAPH_STORIES)))
    return None


def _parts(layout: OutputLayout, spec: TableSpec) -> Iterator[pl.DataFrame]:
    """A per-file table's batch parts, one at a time, complete."""
    complete = _completion(layout, spec)
    for part in layout.parts(spec):
        frame = read_table(part)
        yield complete(frame) if complete is not None else frame


def _written(layout: OutputLayout, spec: TableSpec, frame: pl.DataFrame) -> int:
    return write_table(frame, spec, layout.table(spec), run_id=layout.run_id)


def _entities(layout: OutputLayout) -> pl.DataFrame:
    """The entities table, folded from the mentions parts one at a time."""
    clusters = read_table(layout.working(schemas.CLUSTERS))
    columns = ["article_id", "entity_id", "entity_type", "surface", "method"]
    stats = [entity_stats(read_table(part, columns), clusters) for part in layout.parts(schemas.MENTIONS)]
    return entities_table(merge_stats(stats), load_gazetteer())


def _state(layout: OutputLayout) -> None:
    """What the next run reads back: every article's fingerprints, and where each
    file's rows are in the tables."""
    fingerprints = [read_table(p) for p in layout.parts(schemas.FINGERPRINTS)]
    if fingerprints:
        write_table(
            pl.concat(fingerprints),
            schemas.FINGERPRINTS,
            layout.state(schemas.FINGERPRINTS),
            run_id=layout.run_id,
        )
    index = snapshot_index([read_table(p) for p in layout.parts(schemas.ROW_INDEX)])
    write_table(
        index,
        schemas.ROW_INDEX,
        layout.state(schemas.ROW_INDEX),
        run_id=layout.run_id,
        row_group_rows=INDEX_ROW_GROUP,
    )


def publish(
    layout: OutputLayout, run_row: dict[str, Any], *, keep_snapshots: int, code_digest: str
) -> Published:
    """Assemble this run's snapshot, seal it, and make it current."""
    # The tables are independent, and reading, joining, encoding and compressing run
    # outside the GIL (Polars, Arrow): written side by side, they use every core.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        written = {
            spec.name: pool.submit(
                write_frames, _parts(layout, spec), spec, layout.table(spec), run_id=layout.run_id
            )
            for spec in schemas.PER_FILE
        }
        duplicates = read_table(layout.working(schemas.DUPLICATES))
        written[schemas.DUPLICATES.name] = pool.submit(_written, layout, schemas.DUPLICATES, duplicates)
        written[schemas.ENTITIES.name] = pool.submit(
            lambda: _written(layout, schemas.ENTITIES, _entities(layout))
        )
        state = pool.submit(_state, layout)
        counts = {name: written[name].result() for name in schemas.TABLES if name in written}
        state.result()
    return _seal_and_switch(layout, counts, run_row, keep_snapshots, code_digest)


def republish(
    layout: OutputLayout, previous_run: str, run_row: dict[str, Any], *, keep_snapshots: int, code_digest: str
) -> Published:
    """A run that found nothing new: its snapshot holds the previous tables as they are
    (hard links on a local disk, copies elsewhere), plus the runs history with it."""
    before = layout.of_run(previous_run)
    for spec in schemas.TABLES.values():
        if spec is not schemas.RUNS:
            link_or_copy(before.table(spec), layout.table(spec))
    for spec in (schemas.FINGERPRINTS, schemas.ROW_INDEX):
        if before.state(spec).exists():  # an input of no articles has no fingerprints
            link_or_copy(before.state(spec), layout.state(spec))
    rows = read_manifest(layout.output, previous_run)["rows"]
    counts = {name: int(n) for name, n in rows.items() if name != schemas.RUNS.name}
    return _seal_and_switch(layout, counts, run_row, keep_snapshots, code_digest)


def _seal_and_switch(
    layout: OutputLayout,
    counts: dict[str, int],
    run_row: dict[str, Any],
    keep_snapshots: int,
    code_digest: str,
) -> Published:
    """Append the run to the history, seal the snapshot and make it current; the
    staging area goes, and snapshots beyond keep_snapshots."""
    previous = current_table(layout.output, schemas.RUNS.file_name)
    history = read_table(previous) if previous is not None and previous.exists() else None
    row = run_row | {"row_counts": [{"table": t, "rows": n} for t, n in counts.items()]}
    counts = counts | {schemas.RUNS.name: _written(layout, schemas.RUNS, append_run(history, row))}
    manifest = {
        "run_id": layout.run_id,
        "rows": counts,
        "code_digest": code_digest,
        "parameters": json.loads(run_row["parameters"]),
    }
    seal(layout.snapshot, manifest)
    make_current(layout.output, layout.run_id, [spec.file_name for spec in schemas.TABLES.values()])
    pruned = prune(layout.output, keep_snapshots)
    remove_tree(layout.staging)
    remove_empty_dir(layout.staging_root)
    return Published(counts, pruned)
