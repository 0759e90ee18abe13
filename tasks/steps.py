"""Thin Prefect tasks: read, call a pure transform, check against the schema, write.

Tasks take and return small things (URLs, counts), never frames: batches are
exchanged through Parquet parts in the run's staging area. Caching is off (there
is nothing to hash but paths, and re-running a batch must re-read its files).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
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
from tasks.batches import Batch
from tasks.dedup import (
    DedupParams,
    candidate_pairs,
    frequent_paragraphs,
    resolve_clusters,
    rows_needing_shingles,
    shingle_sets,
    with_clusters,
    with_paragraph_stories,
)
from tasks.entities import default_extractor, extract_entities
from tasks.entity_table import EntityStats, entities_table, entity_stats, merge_stats
from tasks.fingerprints import fingerprint_articles
from tasks.gazetteer import load as load_gazetteer
from tasks.ingest import ingest_files
from tasks.io import (
    InputNotFoundError,
    list_inputs,
    list_parts,
    read_matching,
    read_raw_files,
    read_table,
    remove_empty_dir,
    remove_tree,
    write_frame,
    write_frames,
    write_table,
)
from tasks.language import (
    LanguageTagger,
    describe_languages,
    tag_articles,
    tag_paragraphs,
    with_article_languages,
    with_paragraph_languages,
)
from tasks.layout import OutputLayout
from tasks.paragraphs import split_paragraphs
from tasks.quotes_events import extract_quotes_events
from tasks.run_report import run_report
from tasks.runs import append_run
from tasks.snapshots import current_table, make_current, prune, seal

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
    files: int
    bytes: int
    sizes: list[int]


class NoInputFilesError(FileNotFoundError):
    """The input location holds no matching file: publishing would empty every table."""


@task(name="inventory", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def take_inventory(
    input_url: str, pattern: str, output_url: str, run_id: str, allow_empty: bool
) -> InventorySummary:
    """List the input files and keep the listing in the run's staging area."""
    layout = OutputLayout.of(output_url, run_id)
    inventory = list_inputs(input_url, pattern)
    if inventory.is_empty() and not allow_empty:
        # most often a mount that is missing or a wrong pattern, not a wish to empty the tables
        raise NoInputFilesError(
            f"no file matching {pattern!r} in {input_url}; nothing published "
            "(pass allow_empty=True to publish empty tables)"
        )
    write_frame(inventory, layout.inventory)
    sizes = inventory["size_bytes"].to_list()
    _logger().info("found %d input files (%d bytes) in %s", len(sizes), sum(sizes), input_url)
    return InventorySummary(files=len(sizes), bytes=sum(sizes), sizes=sizes)


@task(name="parse-batch", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def parse_batch(output_url: str, run_id: str, batch: Batch, max_file_bytes: int) -> dict[str, int]:
    """Read, decode and parse one batch of files into its table parts."""
    layout = OutputLayout.of(output_url, run_id)
    inventory = read_table(layout.inventory).slice(batch.start, batch.size)
    raw = read_raw_files(inventory, max_file_bytes=max_file_bytes)
    result = ingest_files(raw, run_id=run_id)
    counts = {}
    for frame, spec in [
        (result.files, schemas.FILES),
        (result.articles, PARSED_ARTICLES),
        (result.boilerplate, schemas.BOILERPLATE),
        (result.rejects, schemas.REJECTS),
    ]:
        counts[spec.name] = write_table(
            frame.sort(list(spec.sort_by)), spec, layout.part(spec, batch.number), run_id=run_id
        )
    _logger().info(
        "batch %d: %d files -> %d articles, %d rejected",
        batch.number,
        batch.size,
        counts["articles"],
        counts["rejects"],
    )
    return counts


@task(name="fingerprint-batch", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def fingerprint_batch(output_url: str, run_id: str, batch: Batch, shingle_size: int, num_perm: int) -> int:
    """Split one batch's articles into paragraphs and fingerprint them for dedup."""
    layout = OutputLayout.of(output_url, run_id)
    articles = read_table(layout.part(schemas.ARTICLES, batch.number))
    paragraphs = split_paragraphs(articles)
    count = write_table(
        paragraphs, SPLIT_PARAGRAPHS, layout.part(schemas.PARAGRAPHS, batch.number), run_id=run_id
    )
    fingerprints = fingerprint_articles(articles, paragraphs, shingle_size=shingle_size, num_perm=num_perm)
    write_frame(fingerprints, layout.fingerprint_part(batch.number))
    return count


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
    needed = dict(
        zip(
            fingerprints["article_id"].gather(rows_needing_shingles(pairs)).to_list(),
            rows_needing_shingles(pairs),
            strict=True,
        )
    )
    shingles: dict[int, Any] = {}
    for part in list_parts(layout.parts_dir(schemas.ARTICLES)):  # one part's bodies at a time
        found = read_matching([part], ["article_id", "body"], "article_id", set(needed))
        rows = [needed[a] for a in found["article_id"].to_list()]
        shingles |= shingle_sets(found["body"].to_list(), rows, params.shingle_size, frequent)
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


def _assembled(
    layout: OutputLayout,
    spec: schemas.TableSpec,
    complete: Callable[[pl.DataFrame, int], pl.DataFrame] | None,
) -> Iterator[pl.DataFrame]:
    """Each batch's part of a table, completed with the columns later stages computed."""
    for part in list_parts(layout.parts_dir(spec)):
        frame = read_table(part)
        yield complete(frame, layout.batch_of(part)) if complete is not None else frame


@task(name="language-batch", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def tag_languages_batch(
    output_url: str, run_id: str, batch: Batch, languages: list[str] | None, max_chars: int
) -> dict[str, int]:
    """Language of every paragraph of a batch, and of its articles from their paragraphs."""
    layout = OutputLayout.of(output_url, run_id)
    paragraphs = read_table(layout.part(schemas.PARAGRAPHS, batch.number))
    tagged = tag_paragraphs(paragraphs, LanguageTagger(languages, max_chars))
    articles = tag_articles(paragraphs, tagged)
    # an article without paragraphs (none: bodies are never empty) would still need a row
    write_frame(tagged, layout.extension("languages", schemas.PARAGRAPHS, batch.number))
    write_frame(articles, layout.extension("languages", schemas.ARTICLES, batch.number))
    return describe_languages(articles)


@task(name="entities-batch", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def extract_entities_batch(output_url: str, run_id: str, batch: Batch) -> int:
    """People, organizations and places in one batch's articles: its mentions part."""
    layout = OutputLayout.of(output_url, run_id)
    articles = read_table(layout.part(schemas.ARTICLES, batch.number), ["article_id", "body"])
    mentions = extract_entities(articles, default_extractor())
    return write_table(mentions, schemas.MENTIONS, layout.part(schemas.MENTIONS, batch.number), run_id=run_id)


@task(name="quotes-events-batch", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def extract_quotes_events_batch(output_url: str, run_id: str, batch: Batch) -> dict[str, int]:
    """Quotes, events and date expressions of one batch's articles, from its mentions part."""
    layout = OutputLayout.of(output_url, run_id)
    articles = read_table(
        layout.part(schemas.ARTICLES, batch.number), ["article_id", "body", "published_date"]
    )
    mentions = read_table(
        layout.part(schemas.MENTIONS, batch.number),
        ["article_id", "entity_id", "entity_type", "start", "end", "method"],
    )
    found = extract_quotes_events(articles, mentions)
    return {
        spec.name: write_table(frame, spec, layout.part(spec, batch.number), run_id=run_id)
        for frame, spec in [
            (found.quotes, schemas.QUOTES),
            (found.events, schemas.EVENTS),
            (found.dates, schemas.DATES),
        ]
    }


def _entities(layout: OutputLayout, assignments: pl.DataFrame) -> pl.DataFrame:
    """The entities table, folded from the mentions parts one at a time."""
    stats = EntityStats.empty()
    for part in list_parts(layout.parts_dir(schemas.MENTIONS)):
        mentions = read_table(part, ["article_id", "entity_id", "entity_type", "surface", "method"])
        stats = merge_stats(stats, entity_stats(mentions, assignments))
    return entities_table(stats, load_gazetteer())


@task(name="publish", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def publish_tables(
    output_url: str, run_id: str, run_row: dict[str, Any], keep_snapshots: int
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
    counts = {
        spec.name: write_frames(
            _assembled(layout, spec, complete.get(spec.name)), spec, layout.table(spec), run_id=run_id
        )
        for spec in PART_TABLES
    }
    counts["entities"] = write_table(
        _entities(layout, assignments), schemas.ENTITIES, layout.table(schemas.ENTITIES), run_id=run_id
    )
    previous = current_table(layout.output, schemas.RUNS.file_name)
    history = read_table(previous) if previous is not None and previous.exists() else None
    row = run_row | {"row_counts": [{"table": t, "rows": n} for t, n in counts.items()]}
    counts["runs"] = write_table(
        append_run(history, row), schemas.RUNS, layout.table(schemas.RUNS), run_id=run_id
    )
    seal(layout.snapshot, {"run_id": run_id, "rows": counts})
    make_current(layout.output, run_id, [spec.file_name for spec in schemas.TABLES.values()])
    pruned = prune(layout.output, keep_snapshots)
    remove_tree(layout.staging)
    remove_empty_dir(layout.staging_root)
    _logger().info("published snapshot %s to %s: %s (pruned %d old)", run_id, output_url, counts, len(pruned))
    return counts


@task(name="report", cache_policy=NONE, persist_result=False, **IO_RETRIES)
def report_run(
    output_url: str, run_id: str, files_seen: int, files_skipped: int, counts: dict[str, int]
) -> str:
    """Summary and rejects of the published run, as artifacts on the flow run."""
    layout = OutputLayout.of(output_url, run_id)

    def table(spec: schemas.TableSpec, columns: list[str]) -> pl.DataFrame:
        return read_table(layout.table(spec), columns)

    report = run_report(
        run_id,
        files_seen,
        files_skipped,
        counts,
        table(schemas.ARTICLES, ["language", "is_canonical"]),
        table(schemas.ENTITIES, ["name", "type", "story_count"]),
        table(schemas.QUOTES, ["speaker", "speaker_entity_id", "kind"]),
        table(schemas.EVENTS, ["event_type", "status"]),
        table(schemas.REJECTS, ["source_path", "reason", "detail"]),
    )
    create_markdown_artifact(report.markdown, key="news-etl-summary", description=f"run {run_id}")
    rows = report.rejects or [{"source_path": "", "reason": "none", "detail": "no file was rejected"}]
    create_table_artifact(rows, key="news-etl-rejects", description=f"files rejected by run {run_id}")
    return report.markdown
