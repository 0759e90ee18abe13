"""The news-etl flow: raw article files in, Parquet tables out.

    lock the output
      inventory (which files are new, changed, unchanged or gone)
        -> per batch, one task: parse, fingerprint, language-tag, find entities,
           then quotes, events and dates (unchanged files: rows carried over)
        -> deduplicate over the whole corpus -> publish
      or, when nothing changed: publish the previous tables again
    report (summary, timings and rejects as artifacts on the run)

Each step is a Prefect task (flows/prefect_tasks.py) around a Prefect-free function
of tasks/run/. Batches run in parallel; deduplicate is one corpus-wide task over
fingerprints. Entities, quotes and events are found in every article, duplicates
too (they stay in the tables); the entities table counts stories through the
clusters at publish.
"""

# No `from __future__ import annotations` here: a deployment loads this file from its
# entrypoint, where Prefect cannot resolve string annotations such as Annotated
# (the run fails "News_EtlModel is not fully defined").

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from prefect import flow, runtime
from pydantic import Field

from flows.prefect_tasks import (
    deduplicate_articles,
    process_batch,
    publish_tables,
    report_run,
    republish_tables,
    take_inventory,
)
from flows.progress import Progress
from flows.runners import batch_runner, run_batches, worker_count
from flows.version import code_digest, code_version
from tasks.run.batches import Batch, BatchReport, files_per_batch, plan_batches
from tasks.run.changes import DeletedFiles
from tasks.run.config import RunConfig, RunnerKind
from tasks.run.history import new_run_id
from tasks.run.timings import Timings
from tasks.store.layout import OutputLayout
from tasks.store.lock import locked

C = RunConfig  # the defaults: declared once, on the configuration


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    output: str
    files: int
    batches: int
    rows: dict[str, int]
    files_read: int = 0  # new and changed files; the others were carried over


def _run_row(config: RunConfig, run_id: str, started: dt.datetime, timings: Timings) -> dict[str, Any]:
    """The run's row of the runs table (row counts are added at publish)."""
    return {
        "run_id": run_id,
        "flow_run_id": runtime.flow_run.id,
        "started_at": started,
        "finished_at": dt.datetime.now(dt.UTC),
        "parameters": config.parameters(),  # as JSON values; publish stores them as text
        "code_version": code_version(),
        "timings": timings.rows(),
    }


def _process_batches(
    batches: list[Batch],
    layout: OutputLayout,
    config: RunConfig,
    previous_run: str | None,
    progress: Progress,
) -> list[BatchReport]:
    """Every batch through the batch task, in parallel on the configured runner; the
    reports in batch order."""
    each = [
        {"layout": layout, "batch": batch, "config": config.batch, "previous_run": previous_run}
        for batch in batches
    ]
    with batch_runner(config.task_runner, config.workers, len(batches), config.dask_address) as pool:
        return run_batches(pool, process_batch, each, progress.advance)


@flow(name="news-etl", log_prints=True, validate_parameters=True)
def news_etl(
    input: str = C.input,
    output: str = C.output,
    pattern: str = C.pattern,
    batch_size: Annotated[int, Field(ge=1)] = C.batch_size,
    batch_mb: Annotated[float, Field(gt=0)] = C.batch_mb,
    max_file_mb: Annotated[float, Field(gt=0)] = C.max_file_mb,
    workers: Annotated[int, Field(ge=0)] = C.workers,
    task_runner: RunnerKind = C.task_runner,
    dask_address: str | None = C.dask_address,
    keep_snapshots: Annotated[int, Field(ge=1)] = C.keep_snapshots,
    allow_empty: bool = C.allow_empty,
    dedup_threshold: Annotated[float, Field(gt=0, le=1)] = C.dedup_threshold,
    shingle_size: Annotated[int, Field(ge=1, le=10)] = C.shingle_size,
    num_perm: Annotated[int, Field(ge=16, le=1024)] = C.num_perm,
    containment_threshold: Annotated[float, Field(gt=0, le=1)] = C.containment_threshold,
    boilerplate_min_stories: Annotated[int, Field(ge=2)] = C.boilerplate_min_stories,
    dedup_max_days: Annotated[int, Field(ge=0)] = C.dedup_max_days,
    languages: list[str] | None = None,
    language_max_chars: Annotated[int, Field(ge=50)] = C.language_max_chars,
    full_refresh: bool = C.full_refresh,
    deleted_files: DeletedFiles = C.deleted_files,
    verify_checksums: bool = C.verify_checksums,
) -> RunSummary:
    """Turn a folder of scraped Arabic news text files into Parquet tables.

    Args:
        input: Folder, single file or glob of input files; a local path or an fsspec
            URL (s3://bucket/landing once s3fs is installed).
        output: Folder the tables are written to (local path or fsspec URL). Tables are
            replaced atomically; runs.parquet keeps the history of runs.
        pattern: File-name pattern for files under the input folder, matched at any
            depth ('*.txt'); a pattern with '/' matches the path relative to the folder.
            Ignored when input is itself a glob.
        batch_size: Files per batch task, at most (fewer when that gives every worker
            two batches). Batches are the unit of parallel work and of memory use.
        batch_mb: Upper bound on the input bytes of one batch, in MB.
        max_file_mb: Files larger than this many MB are rejected as too_large
            without being read.
        workers: Batches processed in parallel; 0 means one per CPU core.
        task_runner: 'process' runs batches in worker processes and uses every core
            (parsing is CPU-bound Python); 'thread' keeps them in this process; 'dask'
            runs them on a Dask cluster (prefect-dask): a local one of `workers`
            processes, or the one at dask_address.
        dask_address: Scheduler address of an existing Dask cluster
            ('tcp://scheduler:8786') for task_runner='dask'; its workers need this
            package installed, PREFECT_API_URL, and the input and output URLs readable.
        keep_snapshots: Published versions kept in the output's snapshots/ folder,
            the current one included, so that a query started before a run can finish.
        allow_empty: Publish empty tables when the input holds no matching file.
            Off by default: an empty input is usually a missing mount or a wrong pattern.
        dedup_threshold: Jaccard similarity of word-shingle sets at which two articles
            are near-duplicates (at 0.4, measured precision 1.0 and recall 0.985 on
            labelled copies of real articles).
        shingle_size: Words per shingle for near-duplicate detection (2: word pairs).
        num_perm: MinHash permutations; more gives fewer missed pairs, costs time.
        containment_threshold: Share of an article's content paragraphs found in another
            article at which it counts as contained in it (a shortened copy).
        boilerplate_min_stories: A paragraph found in this many different stories
            (clusters) is flagged as boilerplate in the paragraphs table.
        dedup_max_days: Near and contained copies must be published within this many
            days of each other when both dates are known (0: no limit); recurring
            templated reports days apart are different stories.
        languages: Language codes langdetect may answer with (e.g. ar, en, fr, fa, ur),
            when the corpus is known to hold only these; empty: all 55 profiles.
            Arabic prose is mostly decided by its script without langdetect.
        language_max_chars: Characters of a paragraph langdetect looks at, at most.
        full_refresh: Read and process every input file again. Off: files whose path,
            size and modification time match the published tables are carried over, and
            only new and changed files are read (the tables still hold the whole corpus).
            A change of code version or of max_file_mb, languages or language_max_chars
            rebuilds everything by itself.
        deleted_files: What happens to the rows of a file that is no longer in the input:
            'keep' them (the tables keep what was once published), or 'retract' them.
        verify_checksums: Hash every input file to tell whether it changed, even when its
            size and modification time match the published row (storage whose times
            cannot be trusted). Off: only files whose time changed are hashed.
    """
    config = RunConfig.of(locals())  # the parameters, exactly: nothing else is bound yet
    started = dt.datetime.now(dt.UTC)
    layout = OutputLayout.of(config.output, new_run_id(started))
    timings = Timings()
    batches: list[Batch] = []
    with locked(config.output, layout.run_id):  # one run at a time per output location
        digest = code_digest()
        with timings.wall("inventory"):
            found = take_inventory(layout=layout, config=config, digest=digest)
        if found.nothing_changed and found.previous_run is not None:
            progress = Progress(1, f"{found.files} files, nothing new")
            rows = republish_tables(
                layout=layout,
                previous_run=found.previous_run,
                run_row=_run_row(config, layout.run_id, started, timings),
                keep_snapshots=config.keep_snapshots,
                code_digest=digest,
            )
        else:
            per_batch = files_per_batch(found.files, config.batch_size, worker_count(config.workers))
            batches = plan_batches(found.sizes, max_files=per_batch, max_bytes=config.batch_bytes)
            progress = Progress(len(batches) + 2, f"{found.files} files in {len(batches)} batches")
            with timings.wall("batches"):
                reports = _process_batches(batches, layout, config, found.previous_run, progress)
            timings.add_batches(reports)
            with timings.wall("deduplicate"):
                deduplicate_articles(layout=layout, params=config.dedup)
            progress.advance()
            rows = publish_tables(
                layout=layout,
                run_row=_run_row(config, layout.run_id, started, timings),
                keep_snapshots=config.keep_snapshots,
                code_digest=digest,
            )
        progress.advance()
    report_run(layout=layout, files=found.counts, counts=rows, timings=timings)
    return RunSummary(layout.run_id, config.output, found.files, len(batches), rows, found.counts.to_read)
