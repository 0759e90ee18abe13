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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any

import polars as pl

import schemas
from schemas.spec import TableSpec
from tasks.dedup.clusters import with_clusters, with_paragraph_stories
from tasks.entities.gazetteer import load as load_gazetteer
from tasks.entities.table import entities_table, entity_stats, merge_stats
from tasks.events.stories import EVENT_COLUMNS, story_events, with_story_events
from tasks.run.history import append_run
from tasks.store.io import link_or_copy, read_table, remove_empty_dir, remove_tree, write_frames, write_table
from tasks.store.layout import OutputLayout
from tasks.store.row_index import snapshot_index
from tasks.store.snapshots import current_table, make_current, prune, read_manifest, seal

# Row groups of the state files: a batch of the next run reads the entries and the
# fingerprints of its own carried-over files, a contiguous slice of each.
STATE_ROW_GROUP = 8192


@dataclass(frozen=True)
class Published:
    rows: dict[str, int]  # per table, runs included
    pruned: list[str]  # the snapshots removed to keep keep_snapshots


class RowIndexMismatchError(RuntimeError):
    """The batches' indexes of their parts do not add up to the published tables."""


def _completion(
    layout: OutputLayout, spec: TableSpec, clusters: pl.DataFrame, stories: Future[pl.DataFrame]
) -> Callable[[pl.DataFrame], pl.DataFrame] | None:
    """How a batch part of ``spec`` gets the columns computed over the corpus, if any."""
    if spec is schemas.ARTICLES:
        return partial(with_clusters, assignments=clusters)
    if spec is schemas.EVENTS:
        return lambda events: with_story_events(events, stories.result())
    if spec is schemas.PARAGRAPHS:
        return partial(with_paragraph_stories, stories=read_table(layout.working(schemas.PARAGRAPH_STORIES)))
    return None


def _parts(
    layout: OutputLayout, spec: TableSpec, clusters: pl.DataFrame, stories: Future[pl.DataFrame]
) -> Iterator[pl.DataFrame]:
    """A per-file table's batch parts, one at a time, complete."""
    complete = _completion(layout, spec, clusters, stories)
    for part in layout.parts(spec):
        frame = read_table(part)
        yield complete(frame) if complete is not None else frame


def _written(layout: OutputLayout, spec: TableSpec, frame: pl.DataFrame) -> int:
    return write_table(frame, spec, layout.table(spec), run_id=layout.run_id)


def _streamed(layout: OutputLayout, spec: TableSpec, frames: Iterator[pl.DataFrame]) -> int:
    return write_frames(frames, spec, layout.table(spec), run_id=layout.run_id)


def _stories(layout: OutputLayout, clusters: pl.DataFrame) -> pl.DataFrame:
    """Every event's story_event_id, over the corpus (the events parts, read for the
    columns the rule needs)."""
    events = [read_table(part, list(EVENT_COLUMNS)) for part in layout.parts(schemas.EVENTS)]
    articles = [read_table(part, ["article_id", "published_date"]) for part in layout.parts(schemas.ARTICLES)]
    if not events:
        return story_events(pl.DataFrame(), pl.DataFrame(), clusters)
    return story_events(pl.concat(events), pl.concat(articles), clusters)


def _entities(layout: OutputLayout, clusters: pl.DataFrame) -> pl.DataFrame:
    """The entities table, folded from the mentions parts one at a time."""
    columns = ["article_id", "entity_id", "entity_type", "surface", "method"]
    stats = [entity_stats(read_table(part, columns), clusters) for part in layout.parts(schemas.MENTIONS)]
    return entities_table(merge_stats(stats), load_gazetteer())


def _state(layout: OutputLayout) -> dict[str, int]:
    """What the next run reads back: every article's fingerprints, and where each
    file's rows are in the tables. Returns the rows the index gives each table (and
    the fingerprints)."""
    fingerprints = [read_table(p) for p in layout.parts(schemas.FINGERPRINTS)]
    if fingerprints:  # none when no batch ran (an empty input)
        target = layout.state(schemas.FINGERPRINTS)
        write_table(
            pl.concat(fingerprints),
            schemas.FINGERPRINTS,
            target,
            run_id=layout.run_id,
            row_group_rows=STATE_ROW_GROUP,
        )
    index = snapshot_index([read_table(p) for p in layout.parts(schemas.ROW_INDEX)])
    target = layout.state(schemas.ROW_INDEX)
    write_table(index, schemas.ROW_INDEX, target, run_id=layout.run_id, row_group_rows=STATE_ROW_GROUP)
    indexed = dict(index.group_by("table").agg(pl.col("rows").sum()).iter_rows())
    rows = {spec.name: int(indexed.get(spec.name, 0)) for spec in schemas.PER_FILE}
    return rows | {schemas.FINGERPRINTS.name: sum(f.height for f in fingerprints)}


def _check_index(indexed: dict[str, int], counts: dict[str, int], articles: int) -> None:
    """The row index must describe the tables as written: a wrong one would carry the
    wrong rows into every later run."""
    expected = {name: counts[name] for name in indexed if name in counts}
    expected[schemas.FINGERPRINTS.name] = articles
    wrong = {name: (indexed[name], rows) for name, rows in expected.items() if indexed[name] != rows}
    if wrong:
        raise RowIndexMismatchError(f"row index (indexed, written) per table: {wrong}")


def publish(
    layout: OutputLayout, run_row: dict[str, Any], *, keep_snapshots: int, code_digest: str
) -> Published:
    """Assemble this run's snapshot, seal it, and make it current."""
    clusters = read_table(layout.working(schemas.CLUSTERS))
    duplicates = read_table(layout.working(schemas.DUPLICATES))
    # The tables are independent, and reading, joining, encoding and compressing run
    # outside the GIL (Polars, Arrow): written side by side, they use every core.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        # the stories hold up the events table only: the other tables write meanwhile
        stories = pool.submit(_stories, layout, clusters)
        written = {
            spec.name: pool.submit(_streamed, layout, spec, _parts(layout, spec, clusters, stories))
            for spec in schemas.PER_FILE
        }
        written[schemas.DUPLICATES.name] = pool.submit(_written, layout, schemas.DUPLICATES, duplicates)
        written[schemas.ENTITIES.name] = pool.submit(
            lambda: _written(layout, schemas.ENTITIES, _entities(layout, clusters))
        )
        state = pool.submit(_state, layout)
        counts = {name: written[name].result() for name in schemas.TABLES if name in written}
        indexed = state.result()
    _check_index(indexed, counts, articles=counts[schemas.ARTICLES.name])
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
    if before.state(schemas.FINGERPRINTS).exists():  # none when no batch ran (an empty input)
        link_or_copy(before.state(schemas.FINGERPRINTS), layout.state(schemas.FINGERPRINTS))
    link_or_copy(before.state(schemas.ROW_INDEX), layout.state(schemas.ROW_INDEX))
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
    parameters = run_row["parameters"]  # JSON values: kept as such in the manifest, as text in runs
    row = run_row | {
        "parameters": json.dumps(parameters, sort_keys=True),
        "row_counts": [{"table": t, "rows": n} for t, n in counts.items()],
    }
    counts = counts | {schemas.RUNS.name: _written(layout, schemas.RUNS, append_run(history, row))}
    manifest = {
        "run_id": layout.run_id,
        "rows": counts,
        "code_digest": code_digest,
        "parameters": parameters,
    }
    seal(layout.snapshot, manifest)
    make_current(layout.output, layout.run_id, [spec.file_name for spec in schemas.TABLES.values()])
    pruned = prune(layout.output, keep_snapshots)
    remove_tree(layout.staging)
    remove_empty_dir(layout.staging_root)
    return Published(counts, pruned)
