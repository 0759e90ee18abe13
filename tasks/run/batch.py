"""One batch through the per-batch stages: parse, fingerprint, language, entities,
quotes-events.

Each stage reads the parts the ones before it wrote in the run's staging area,
calls its pure transform, and writes its own parts; rows of files carried over
from the published version (incremental runs) are copied instead of computed.
``run_batch`` runs them in order and times each one. Prefect-free: the flow's
one task per batch (flows/prefect_tasks.py) calls it, and so can a notebook.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property

import polars as pl

import schemas
import tasks
from schemas.articles import LANGUAGE_COLUMNS as ARTICLE_LANGUAGE_COLUMNS
from schemas.articles import PARSED_ARTICLES
from schemas.paragraphs import LANGUAGE_COLUMNS as PARAGRAPH_LANGUAGE_COLUMNS
from schemas.paragraphs import SPLIT_PARAGRAPHS
from tasks.dedup.fingerprints import body_shingles, fingerprint_articles, shingle_frame
from tasks.enrich import extract_quotes_events
from tasks.entities.extract import default_extractor, extract_entities
from tasks.language.tagging import LanguageTagger, describe_languages, tag_articles, tag_paragraphs
from tasks.parse.ingest import ingest_files
from tasks.parse.paragraphs import split_paragraphs
from tasks.run.batches import Batch, BatchParams, BatchReport
from tasks.store.io import (
    Location,
    read_raw_files,
    read_row_ranges,
    read_table,
    read_where,
    write_frame,
    write_table,
)
from tasks.store.layout import FINGERPRINTS, OutputLayout
from tasks.store.row_index import merged_ranges


def _in_article_order(frames: list[pl.DataFrame | None], articles: pl.DataFrame) -> pl.DataFrame:
    """Carried-over and fresh rows of a batch, in the order of its articles (each
    article's rows come from one side, in their own order)."""
    present = [f for f in frames if f is not None]
    merged = pl.concat(present, how="vertical") if len(present) > 1 else present[0]
    order = articles.select("article_id").with_row_index("_order")
    return (
        merged.join(order, on="article_id", how="left", maintain_order="left")
        .sort("_order", maintain_order=True)
        .drop("_order")
    )


@dataclass(frozen=True)
class BatchFiles:
    """A batch's inventory split into the files to read and those carried over."""

    layout: OutputLayout
    batch: Batch
    previous_run: str | None
    inventory: pl.DataFrame
    reused_paths: list[str]

    @classmethod
    def of(cls, layout: OutputLayout, batch: Batch, previous_run: str | None) -> BatchFiles:
        inventory = read_row_ranges(layout.inventory, [(batch.start, batch.stop)])
        reused = inventory.filter(pl.col("reuse"))["source_path"].to_list()
        return cls(layout, batch, previous_run, inventory, reused)

    def fresh(self) -> pl.DataFrame:
        return self.inventory.filter(~pl.col("reuse")).drop("reuse")

    def fresh_articles(self, articles: pl.DataFrame) -> pl.DataFrame:
        """The articles (or any rows with source_path) of the files read this run."""
        paths = pl.Series(self.reused_paths, dtype=pl.String)
        return articles.filter(~pl.col("source_path").is_in(paths.implode()))

    @cached_property
    def articles(self) -> pl.DataFrame:
        """The batch's articles part, read once for the stages after parse."""
        return read_table(self.part(schemas.ARTICLES))

    @cached_property
    def _published(self) -> tuple[OutputLayout, pl.DataFrame] | None:
        """The published version's layout and its row index entries for the carried-over
        files (every table's), read once for all the stages."""
        if self.previous_run is None or not self.reused_paths:
            return None
        before = OutputLayout(self.layout.output, self.previous_run)
        index = read_where(before.row_index, "source_path", self.reused_paths, ["table", "first_row", "rows"])
        return before, index

    def carried(self, name: str, columns: list[str]) -> pl.DataFrame | None:
        """The published rows of ``name`` (a table, or the fingerprints) that belong to
        the carried-over files, found through the row index: only the row groups that
        hold them are read."""
        if self._published is None:
            return None
        before, index = self._published
        runs = index.filter(pl.col("table") == name).select("first_row", "rows").rows()
        return read_row_ranges(before.indexed(name), merged_ranges(runs), columns)

    def part(self, spec: schemas.TableSpec) -> Location:
        return self.layout.part(spec, self.batch.number)


def parse(files: BatchFiles, max_file_bytes: int) -> dict[str, int]:
    """Read, decode and parse the batch's files into its files, articles, boilerplate
    and rejects parts; the rows of files carried over are copied instead."""
    raw = read_raw_files(files.fresh(), max_file_bytes=max_file_bytes)
    result = ingest_files(raw, run_id=files.layout.run_id)
    counts = {}
    for frame, spec in [
        (result.files, schemas.FILES),
        (result.articles, PARSED_ARTICLES),
        (result.boilerplate, schemas.BOILERPLATE),
        (result.rejects, schemas.REJECTS),
    ]:
        names = spec.schema.names
        carried = files.carried(spec.name, names)
        if carried is not None and spec is schemas.FILES:  # a touched file: its time as listed now
            listed = files.inventory.select("source_path", "size_bytes", "modified_at")
            carried = carried.drop("size_bytes", "modified_at").join(listed, on="source_path", how="left")
        rows = frame if carried is None else pl.concat([carried.select(names), frame.select(names)])
        counts[spec.name] = write_table(
            rows.sort(list(spec.sort_by)), spec, files.part(spec), run_id=files.layout.run_id
        )
    return counts


def fingerprint(files: BatchFiles, shingle_size: int, num_perm: int) -> int:
    """Split the batch's articles into paragraphs and fingerprint them for dedup; the
    carried-over articles' paragraphs and fingerprints are copied from the published
    version (the fingerprints from its _state). The shingle sets of the fresh
    articles are kept for dedup too (carried ones are shingled again if needed)."""
    layout = files.layout
    articles = files.articles
    fresh = files.fresh_articles(articles)
    fresh_paragraphs = split_paragraphs(fresh)
    carried_paragraphs = files.carried(schemas.PARAGRAPHS.name, SPLIT_PARAGRAPHS.schema.names)
    paragraphs = _in_article_order([carried_paragraphs, fresh_paragraphs], articles)
    count = write_table(paragraphs, SPLIT_PARAGRAPHS, files.part(schemas.PARAGRAPHS), run_id=layout.run_id)
    shingles = body_shingles(fresh, shingle_size)
    write_frame(shingle_frame(fresh["article_id"], shingles), layout.shingles_part(files.batch.number))
    computed = fingerprint_articles(
        fresh, fresh_paragraphs, shingle_size=shingle_size, num_perm=num_perm, shingles=shingles
    )
    carried = files.carried(FINGERPRINTS, computed.columns)
    write_frame(_in_article_order([carried, computed], articles), layout.fingerprint_part(files.batch.number))
    return count


def tag_languages(files: BatchFiles, languages: list[str] | None, max_chars: int) -> dict[str, int]:
    """Language of every paragraph of the batch, and of its articles from their paragraphs."""
    layout, number = files.layout, files.batch.number
    paragraphs = read_table(files.part(schemas.PARAGRAPHS))
    batch_articles = files.articles.select("article_id", "source_path")
    fresh_ids = files.fresh_articles(batch_articles)["article_id"]
    fresh = paragraphs.filter(pl.col("article_id").is_in(fresh_ids.implode()))
    tagged_fresh = tag_paragraphs(fresh, LanguageTagger(languages, max_chars))
    paragraph_columns = ["article_id", "position", *PARAGRAPH_LANGUAGE_COLUMNS]
    article_columns = ["article_id", *ARTICLE_LANGUAGE_COLUMNS]
    tagged = _in_article_order(
        [files.carried(schemas.PARAGRAPHS.name, paragraph_columns), tagged_fresh], batch_articles
    )
    articles = _in_article_order(
        [files.carried(schemas.ARTICLES.name, article_columns), tag_articles(fresh, tagged_fresh)],
        batch_articles,
    )
    # an article without paragraphs (none: bodies are never empty) would still need a row
    write_frame(tagged, layout.extension("languages", schemas.PARAGRAPHS, number))
    write_frame(articles, layout.extension("languages", schemas.ARTICLES, number))
    return describe_languages(articles)


def find_entities(files: BatchFiles) -> int:
    """People, organizations and places in the batch's articles: its mentions part."""
    articles = files.articles
    names = schemas.MENTIONS.schema.names
    mentions = _in_article_order(
        [
            files.carried(schemas.MENTIONS.name, names),
            extract_entities(files.fresh_articles(articles), default_extractor()),
        ],
        articles,
    )
    return write_table(mentions, schemas.MENTIONS, files.part(schemas.MENTIONS), run_id=files.layout.run_id)


def find_quotes_events(files: BatchFiles) -> dict[str, int]:
    """Quotes, events and date expressions of the batch's articles, from its mentions part."""
    articles = files.articles
    fresh = files.fresh_articles(articles)
    mentions = read_table(
        files.part(schemas.MENTIONS), ["article_id", "entity_id", "entity_type", "start", "end", "method"]
    )
    found = extract_quotes_events(fresh, mentions)
    counts = {}
    for frame, spec in [
        (found.quotes, schemas.QUOTES),
        (found.events, schemas.EVENTS),
        (found.dates, schemas.DATES),
    ]:
        rows = _in_article_order([files.carried(spec.name, spec.schema.names), frame], articles)
        counts[spec.name] = write_table(rows, spec, files.part(spec), run_id=files.layout.run_id)
    return counts


def run_batch(
    output_url: str,
    run_id: str,
    batch: Batch,
    params: BatchParams,
    previous_run: str | None = None,
    log: logging.Logger | logging.LoggerAdapter[logging.Logger] | None = None,
) -> BatchReport:
    """Every per-batch stage on one batch, in order, each timed."""
    files = BatchFiles.of(OutputLayout.of(output_url, run_id), batch, previous_run)
    report = BatchReport(batch.number, batch.size, extraction=tasks.NATIVE.label)
    with report.timed("parse"):
        report.rows |= parse(files, params.max_file_bytes)
    with report.timed("fingerprint"):
        report.rows["paragraphs"] = fingerprint(files, params.shingle_size, params.num_perm)
    with report.timed("language"):
        report.languages = tag_languages(files, params.languages, params.language_max_chars)
    with report.timed("entities"):
        report.rows["mentions"] = find_entities(files)
    with report.timed("quotes-events"):
        report.rows |= find_quotes_events(files)
    if log is not None:
        log.info(
            "batch %d: %d files -> %d articles (%d rejected) in %.2f s: %s; extraction %s",
            batch.number,
            batch.size,
            report.rows.get("articles", 0),
            report.rows.get("rejects", 0),
            sum(report.seconds.values()),
            ", ".join(f"{stage} {s:.2f} s" for stage, s in report.seconds.items()),
            report.extraction,
        )
    return report
