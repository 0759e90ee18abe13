"""Thin Prefect tasks: read, call a pure transform, check against the schema, write.

Tasks take and return small things (URLs, counts), never frames: batches are
exchanged through Parquet parts in the run's staging area. Caching is off (there
is nothing to hash but paths, and re-running a batch must re-read its files).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import polars as pl
from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import State, TaskRun
from prefect.logging import get_run_logger
from prefect.tasks import Task

import schemas
from schemas.articles import PARSED_ARTICLES
from schemas.conform import frame_of
from schemas.paragraphs import SPLIT_PARAGRAPHS
from tasks.dedup.clusters import (
    DedupParams,
    candidate_pairs,
    frequent_paragraphs,
    resolve_clusters,
    rows_needing_shingles,
    rows_with_paragraphs,
    shingle_sets,
    with_clusters,
    with_paragraph_stories,
)
from tasks.dedup.fingerprints import U64, fingerprint_articles, shingles_of
from tasks.entities.gazetteer import load as load_gazetteer
from tasks.entities.table import entities_table, entity_stats, merge_stats
from tasks.language.tagging import (
    with_article_languages,
    with_paragraph_languages,
)
from tasks.run.batches import Batch, BatchParams, BatchReport
from tasks.run.changes import PREVIOUS_COLUMNS, DeletedFiles, FileCounts, files_to_hash, plan_changes
from tasks.run.history import append_run
from tasks.run.report import run_report
from tasks.run.timings import Timings
from tasks.store.io import (
    InputNotFoundError,
    Location,
    hash_files,
    link_or_copy,
    list_inputs,
    list_parts,
    read_matching,
    read_table,
    remove_empty_dir,
    remove_tree,
    write_frame,
    write_frames,
    write_table,
)
from tasks.store.layout import FINGERPRINTS, OutputLayout
from tasks.store.row_index import INDEX_SCHEMA, file_runs
from tasks.store.snapshots import (
    current_run,
    current_table,
    make_current,
    prune,
    read_manifest,
    seal,
    snapshot_dir,
)

# Tables assembled from staged parts at publish; runs is appended there too.
PART_TABLES = (
    schemas.FILES,
    schemas.ARTICLES,
    schemas.PARAGRAPHS,
    schemas.DUPLICATES,
    schemas.BOILERPLATE,
    schemas.REJECTS,
    schemas.MENTIONS,
    schemas.QUOTES,
    schemas.EVENTS,
    schemas.DATES,
)


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    try:
        return get_run_logger()
    except Exception:  # called through .fn() outside a run: plain logging
        return logging.getLogger(__name__)


def _transient_io_error(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry on storage hiccups only; a missing input or a bug will not heal by waiting."""
    try:
        state.result()
    except (InputNotFoundError, NoInputFilesError):
        return False
    except (TimeoutError, ConnectionError, OSError):
        return True
    except Exception:
        return False
    return False


IO_RETRIES: dict[str, Any] = {
    "retries": 2,
    "retry_delay_seconds": [2, 10],
    "retry_condition_fn": _transient_io_error,
}


@dataclass(frozen=True)
class InventorySummary:
    files: int  # in the inventory: listed now, plus deleted files kept
    bytes: int
    sizes: list[int]
    counts: FileCounts
    previous_run: str | None = None  # the snapshot unchanged files are carried over from
    # Nothing to read, retract or re-cluster: the previous tables are published again as they are.
    nothing_changed: bool = False


class NoInputFilesError(FileNotFoundError):
    """The input location holds no matching file: publishing would empty every table."""


# Row groups of the working files read a slice at a time: the inventory (one batch's
# rows) and the row index (one batch's files).
INVENTORY_ROW_GROUP = 1024
INDEX_ROW_GROUP = 8192

# Parameters whose change makes the published rows or fingerprints stale: such a run
# rebuilds everything.
ROW_PARAMETERS = ("max_file_mb", "languages", "language_max_chars", "shingle_size", "num_perm")
# Parameters of corpus-wide deduplication: a change re-clusters, but rows are carried over.
CORPUS_PARAMETERS = ("dedup_threshold", "containment_threshold", "boilerplate_min_stories", "dedup_max_days")


@dataclass(frozen=True)
class _Reuse:
    run_id: str | None  # the snapshot rows can be carried over from, if any
    why: str
    same_clusters: bool = False  # deduplication would cluster the same rows the same way


def _reusable_run(output: Location, parameters: dict[str, Any], digest: str) -> _Reuse:
    """The current snapshot's run if its rows can be carried over, and why (not)."""
    run_id = current_run(output)
    if run_id is None:
        return _Reuse(None, "no published version")
    manifest = read_manifest(output, run_id)
    before = manifest.get("parameters", {})
    if "code_digest" not in manifest or not OutputLayout(output, run_id).row_index.exists():
        return _Reuse(None, f"snapshot {run_id} predates incremental runs")
    changed = [k for k in ROW_PARAMETERS if before.get(k) != parameters.get(k)]
    if changed:
        return _Reuse(None, f"parameters changed since {run_id}: {', '.join(changed)}")
    if manifest["code_digest"] != digest:
        return _Reuse(None, f"code changed since {run_id} ({manifest['code_digest']} -> {digest})")
    same = all(before.get(k) == parameters.get(k) for k in CORPUS_PARAMETERS)
    return _Reuse(run_id, f"carrying unchanged files over from {run_id}", same_clusters=same)


def _input_hashes(listing: pl.DataFrame, paths: list[str]) -> dict[str, str | None]:
    urls = listing.filter(pl.col("source_path").is_in(pl.Series(paths, dtype=pl.String).implode()))
    found = urls.select("source_path", "url").rows()
    return dict(zip([p for p, _ in found], hash_files([u for _, u in found]), strict=True))


@task(name="inventory", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def take_inventory(
    input_url: str,
    pattern: str,
    output_url: str,
    run_id: str,
    allow_empty: bool,
    full_refresh: bool = True,
    deleted_files: DeletedFiles = "keep",
    verify_checksums: bool = False,
    parameters: dict[str, Any] | None = None,
    digest: str = "",
) -> InventorySummary:
    """List the input files, decide which to read and which to carry over from the
    published version (hashing those whose listing alone cannot tell), and keep that
    plan in the run's staging area."""
    layout = OutputLayout.of(output_url, run_id)
    listing = list_inputs(input_url, pattern)
    if listing.is_empty() and not allow_empty:
        # most often a mount that is missing or a wrong pattern, not a wish to empty the tables
        raise NoInputFilesError(
            f"no file matching {pattern!r} in {input_url}; nothing published "
            "(pass allow_empty=True to publish empty tables)"
        )
    reuse = (
        _Reuse(None, "full refresh")
        if full_refresh
        else _reusable_run(layout.output, parameters or {}, digest)
    )
    previous = None
    if reuse.run_id is not None:
        files = snapshot_dir(layout.output, reuse.run_id).child(schemas.FILES.file_name)
        previous = read_table(files, PREVIOUS_COLUMNS)
    suspects = files_to_hash(listing, previous, verify_checksums=verify_checksums)
    plan = plan_changes(listing, previous, deleted_files, _input_hashes(listing, suspects))
    write_frame(plan.inventory, layout.inventory, row_group_rows=INVENTORY_ROW_GROUP)
    sizes = plan.inventory["size_bytes"].to_list()
    c = plan.counts
    _logger().info(
        "found %d input files in %s: %d new, %d changed, %d unchanged (%d of them hashed: touched), "
        "%d gone (%s); %s",
        c.seen,
        input_url,
        c.new,
        c.changed,
        c.unchanged,
        c.touched,
        c.deleted,
        deleted_files if c.deleted else "-",
        reuse.why,
    )
    return InventorySummary(
        files=plan.inventory.height,
        bytes=sum(sizes),
        sizes=sizes,
        counts=c,
        previous_run=reuse.run_id,
        nothing_changed=reuse.same_clusters and c.to_read == 0 and c.touched == 0 and c.retracted == 0,
    )


@task(name="batch", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def process_batch(
    output_url: str, run_id: str, batch: Batch, params: BatchParams, previous_run: str | None = None
) -> BatchReport:
    """One batch through every per-batch stage (parse, fingerprint, language, entities,
    quotes-events): one task run per batch, its parts in the run's staging area."""
    # imported here, in the worker: the extraction modules take ~0.25 s to load, which
    # the flow process (and a run with nothing new) never needs
    from tasks.run.batch import run_batch

    return run_batch(output_url, run_id, batch, params, previous_run, _logger())


def _candidate_shingles(
    layout: OutputLayout,
    fingerprints: pl.DataFrame,
    rows: list[int],
    params: DedupParams,
    frequent: frozenset[int],
) -> dict[int, U64]:
    """The shingle sets of the fingerprint rows that candidate pairs need: those the
    batches kept (articles read this run, without furniture to take out first),
    the rest from their bodies (carried-over articles, and those with furniture).
    One part in memory at a time."""
    needed = dict(zip(fingerprints["article_id"].gather(rows).to_list(), rows, strict=True))
    furnished = set(rows_with_paragraphs(fingerprints, rows, frequent))
    kept = {aid for aid, row in needed.items() if row not in furnished}
    shingles: dict[int, U64] = {}
    for part in list_parts(layout.shingles_dir):
        found = read_matching([part], ["article_id", "shingles"], "article_id", kept)
        found_rows = [needed[a] for a in found["article_id"].to_list()]
        shingles |= dict(zip(found_rows, shingles_of(found), strict=True))
    rest = {aid for aid, row in needed.items() if row not in shingles}
    for part in list_parts(layout.parts_dir(schemas.ARTICLES)) if rest else []:
        found = read_matching([part], ["article_id", "body"], "article_id", rest)
        found_rows = [needed[a] for a in found["article_id"].to_list()]
        shingles |= shingle_sets(found["body"].to_list(), found_rows, params.shingle_size, frequent)
    return shingles


@task(name="deduplicate", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def deduplicate(output_url: str, run_id: str, params: DedupParams) -> dict[str, int]:
    """Cluster the whole run's articles from their fingerprints (small), reading only
    the bodies of candidate pairs."""
    layout = OutputLayout.of(output_url, run_id)
    parts = list_parts(layout.fingerprints_dir)
    if parts:
        fingerprints = pl.concat([read_table(p) for p in parts])
    else:  # an empty input (allow_empty): no batch wrote fingerprints
        fingerprints = fingerprint_articles(
            frame_of([], PARSED_ARTICLES),
            frame_of([], SPLIT_PARAGRAPHS),
            shingle_size=params.shingle_size,
            num_perm=params.num_perm,
        )
    frequent = frequent_paragraphs(fingerprints, params)
    pairs = candidate_pairs(fingerprints, params, frequent)
    shingles = _candidate_shingles(layout, fingerprints, rows_needing_shingles(pairs), params, frequent)
    result = resolve_clusters(fingerprints, pairs, shingles, params, frequent)
    write_table(result.duplicates, schemas.DUPLICATES, layout.part(schemas.DUPLICATES, 0), run_id=run_id)
    write_frame(result.assignments, layout.cluster_assignments)
    write_frame(result.paragraph_stories, layout.paragraph_stories)
    counts = dict(result.duplicates.group_by("method").len().iter_rows())
    _logger().info(
        "dedup: %d articles, %d candidate pairs, %d clusters, duplicates %s, %d boilerplate paragraphs",
        fingerprints.height,
        pairs.height,
        result.assignments["cluster_id"].n_unique(),
        counts,
        result.paragraph_stories["is_boilerplate"].sum(),
    )
    return {"articles": fingerprints.height, "candidates": pairs.height} | counts


# Tables whose rows belong to input files: an incremental run carries them over per file.
CARRIED_TABLES = frozenset(
    spec.name
    for spec in (
        schemas.FILES,
        schemas.ARTICLES,
        schemas.PARAGRAPHS,
        schemas.BOILERPLATE,
        schemas.REJECTS,
        schemas.MENTIONS,
        schemas.QUOTES,
        schemas.EVENTS,
        schemas.DATES,
    )
)


class _RowIndex:
    """Collects, as parts are streamed into a table, where each file's rows land."""

    def __init__(self, layout: OutputLayout) -> None:
        self.layout = layout
        self.runs: list[pl.DataFrame] = []
        self._articles: dict[int, pl.DataFrame] = {}

    def _source_paths(self, frame: pl.DataFrame, batch_no: int) -> pl.Series:
        if "source_path" in frame.columns:
            return frame["source_path"]
        if batch_no not in self._articles:
            part = self.layout.part(schemas.ARTICLES, batch_no)
            self._articles[batch_no] = read_table(part, ["article_id", "source_path"])
        keys = frame.select("article_id").join(
            self._articles[batch_no], on="article_id", how="left", maintain_order="left"
        )
        return keys["source_path"]

    def track(self, name: str, parts: Iterable[tuple[pl.DataFrame, int]]) -> Iterator[pl.DataFrame]:
        """Pass each (frame, batch number) through, recording its rows' files."""
        first = 0
        for frame, batch_no in parts:
            runs = file_runs(self._source_paths(frame, batch_no), first)
            self.runs.append(runs.select(pl.lit(name).alias("table"), pl.all()))
            first += frame.height
            yield frame

    def write(self, target: Location) -> None:
        index = pl.concat(self.runs) if self.runs else pl.DataFrame(schema=INDEX_SCHEMA)
        write_frame(index.sort("source_path", "table"), target, row_group_rows=INDEX_ROW_GROUP)


def _assembled(
    layout: OutputLayout,
    spec: schemas.TableSpec,
    complete: Callable[[pl.DataFrame, int], pl.DataFrame] | None,
) -> Iterator[tuple[pl.DataFrame, int]]:
    """Each batch's part of a table, completed with the columns later stages computed,
    with its batch number."""
    for part in list_parts(layout.parts_dir(spec)):
        frame, batch_no = read_table(part), layout.batch_of(part)
        yield (complete(frame, batch_no) if complete is not None else frame), batch_no


def _entities(layout: OutputLayout, assignments: pl.DataFrame) -> pl.DataFrame:
    """The entities table, folded from the mentions parts one at a time."""
    stats = [
        entity_stats(
            read_table(part, ["article_id", "entity_id", "entity_type", "surface", "method"]), assignments
        )
        for part in list_parts(layout.parts_dir(schemas.MENTIONS))
    ]
    return entities_table(merge_stats(stats), load_gazetteer())


def _seal_and_switch(
    layout: OutputLayout,
    counts: dict[str, int],
    run_row: dict[str, Any],
    keep_snapshots: int,
    code_digest: str,
) -> dict[str, int]:
    """Append the run to the history, seal the snapshot and make it current."""
    previous = current_table(layout.output, schemas.RUNS.file_name)
    history = read_table(previous) if previous is not None and previous.exists() else None
    row = run_row | {"row_counts": [{"table": t, "rows": n} for t, n in counts.items()]}
    counts = counts | {
        "runs": write_table(
            append_run(history, row), schemas.RUNS, layout.table(schemas.RUNS), run_id=layout.run_id
        )
    }
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
    _logger().info(
        "published snapshot %s to %s: %s (pruned %d old)",
        layout.run_id,
        layout.output.url(),
        counts,
        len(pruned),
    )
    return counts


@task(name="publish", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def publish_tables(
    output_url: str, run_id: str, run_row: dict[str, Any], keep_snapshots: int, code_digest: str = ""
) -> dict[str, int]:
    """Assemble this run's snapshot from the parts, seal it, and make it current."""
    layout = OutputLayout.of(output_url, run_id)
    assignments = read_table(layout.cluster_assignments)
    stories = read_table(layout.paragraph_stories)

    def articles(part: pl.DataFrame, batch_no: int) -> pl.DataFrame:
        languages = read_table(layout.extension("languages", schemas.ARTICLES, batch_no))
        return with_article_languages(with_clusters(part, assignments), languages)

    def paragraphs(part: pl.DataFrame, batch_no: int) -> pl.DataFrame:
        languages = read_table(layout.extension("languages", schemas.PARAGRAPHS, batch_no))
        return with_paragraph_languages(with_paragraph_stories(part, stories), languages)

    complete: dict[str, Callable[[pl.DataFrame, int], pl.DataFrame]] = {
        "articles": articles,
        "paragraphs": paragraphs,
    }
    index = _RowIndex(layout)

    def rows_of(spec: schemas.TableSpec) -> Iterator[pl.DataFrame]:
        parts = _assembled(layout, spec, complete.get(spec.name))
        return index.track(spec.name, parts) if spec.name in CARRIED_TABLES else (f for f, _ in parts)

    def entities() -> int:
        table = _entities(layout, assignments)
        return write_table(table, schemas.ENTITIES, layout.table(schemas.ENTITIES), run_id=run_id)

    def fingerprints() -> None:
        parts = [(read_table(p), layout.batch_of(p)) for p in list_parts(layout.fingerprints_dir)]
        if parts:
            write_frame(pl.concat(index.track(FINGERPRINTS, parts)), layout.fingerprint_state)

    # The tables are independent, and reading, joining, encoding and compressing run
    # outside the GIL (Polars, Arrow): written side by side, they use every core.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        written = {
            spec.name: pool.submit(write_frames, rows_of(spec), spec, layout.table(spec), run_id=run_id)
            for spec in PART_TABLES
        }
        written["entities"] = pool.submit(entities)
        state = pool.submit(fingerprints)
        counts = {name: future.result() for name, future in written.items()}
        state.result()
    index.write(layout.row_index)
    return _seal_and_switch(layout, counts, run_row, keep_snapshots, code_digest)


@task(name="republish", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def republish_tables(
    output_url: str,
    run_id: str,
    previous_run: str,
    run_row: dict[str, Any],
    keep_snapshots: int,
    code_digest: str,
) -> dict[str, int]:
    """A run that found nothing new: its snapshot holds the previous tables as they are
    (hard links on a local disk, copies elsewhere), plus the runs history with it."""
    layout = OutputLayout.of(output_url, run_id)
    before = OutputLayout(layout.output, previous_run)
    for spec in schemas.TABLES.values():
        if spec is not schemas.RUNS:
            link_or_copy(before.table(spec), layout.table(spec))
    if before.fingerprint_state.exists():  # an input of no articles has no fingerprints
        link_or_copy(before.fingerprint_state, layout.fingerprint_state)
    link_or_copy(before.row_index, layout.row_index)
    rows = read_manifest(layout.output, previous_run)["rows"]
    counts = {name: int(n) for name, n in rows.items() if name != schemas.RUNS.name}
    return _seal_and_switch(layout, counts, run_row, keep_snapshots, code_digest)


@task(name="report", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def report_run(
    output_url: str, run_id: str, files: FileCounts, counts: dict[str, int], timings: Timings | None = None
) -> str:
    """Summary and rejects of the published run, as artifacts on the flow run."""
    layout = OutputLayout.of(output_url, run_id)

    def table(spec: schemas.TableSpec, columns: list[str]) -> pl.DataFrame:
        return read_table(layout.table(spec), columns)

    report = run_report(
        run_id,
        files,
        counts,
        table(schemas.ARTICLES, ["language", "is_canonical"]),
        table(schemas.ENTITIES, ["name", "type", "story_count"]),
        table(schemas.QUOTES, ["speaker", "speaker_entity_id", "kind"]),
        table(schemas.EVENTS, ["event_type", "status"]),
        table(schemas.REJECTS, ["source_path", "reason", "detail"]),
        timings,
    )
    create_markdown_artifact(report.markdown, key="news-etl-summary", description=f"run {run_id}")
    rows = report.rejects or [{"source_path": "", "reason": "none", "detail": "no file was rejected"}]
    create_table_artifact(rows, key="news-etl-rejects", description=f"files rejected by run {run_id}")
    return report.markdown
