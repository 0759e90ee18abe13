"""One batch through the per-batch stages: parse, fingerprint, language, entities,
quotes-events.

The stages hand frames to each other in memory. Each part is written once, as soon
as its rows are final: files, boilerplate and rejects after parsing, the articles
and paragraphs once their language is known, and so on; the index of where each
file's rows are in the parts is written last. Rows of files carried over from the
published version (incremental runs) are copied instead of computed, and merged
with the fresh ones in article order. Prefect-free: flows/prefect_tasks.py runs
``run_batch`` as one task per batch, and a notebook can call it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import polars as pl

import schemas
from schemas.spec import TableSpec
from tasks.dedup.fingerprints import body_shingles, fingerprint_articles, shingle_frame
from tasks.enrich import extract_quotes_events
from tasks.entities.extract import default_extractor, extract_entities
from tasks.language.tagging import (
    LanguageTagger,
    describe_languages,
    tag_articles,
    tag_paragraphs,
    with_article_languages,
    with_paragraph_languages,
)
from tasks.parse.ingest import ingest_files
from tasks.parse.paragraphs import split_paragraphs
from tasks.run.batches import Batch, BatchConfig, BatchReport, extraction_build
from tasks.store.io import read_raw_files, read_row_ranges, read_where, write_working
from tasks.store.layout import OutputLayout
from tasks.store.row_index import file_runs, merged_ranges
from tasks.text.match_text import MatchText, match_text

# The stages, in the order run_batch runs them on a batch.
STAGES = ("parse", "fingerprint", "language", "entities", "quotes-events")


@dataclass(frozen=True)
class BatchFiles:
    """A batch's slice of the inventory: the files to read, and those whose rows are
    carried over from the published version."""

    layout: OutputLayout
    previous_run: str | None
    inventory: pl.DataFrame
    reused_paths: list[str]

    @classmethod
    def of(cls, layout: OutputLayout, batch: Batch, previous_run: str | None) -> BatchFiles:
        inventory = read_row_ranges(layout.working(schemas.INVENTORY), [(batch.start, batch.stop)])
        reused = inventory.filter(pl.col("reuse"))["source_path"].to_list()
        return cls(layout, previous_run, inventory, reused)

    def fresh(self) -> pl.DataFrame:
        """The inventory rows of the files read this run."""
        return self.inventory.filter(~pl.col("reuse")).drop("reuse")

    @cached_property
    def _published(self) -> tuple[OutputLayout, pl.DataFrame] | None:
        """The published version's layout and its row index entries for the carried-over
        files (every table's), read once for all the stages."""
        if self.previous_run is None or not self.reused_paths:
            return None
        before = self.layout.of_run(self.previous_run)
        index = read_where(
            before.state(schemas.ROW_INDEX), "source_path", self.reused_paths, ["table", "first_row", "rows"]
        )
        return before, index

    def carried(self, spec: TableSpec, columns: list[str]) -> pl.DataFrame | None:
        """The published rows of ``spec`` (a table, or the fingerprints) that belong to
        the carried-over files, found through the row index: only the row groups that
        hold them are read."""
        if self._published is None:
            return None
        before, index = self._published
        runs = index.filter(pl.col("table") == spec.name).select("first_row", "rows").rows()
        return read_row_ranges(before.indexed(spec), merged_ranges(runs), columns)


class BatchParts:
    """Writes a batch's parts, each once, and records where each file's rows are in
    them (the batch's row index, which publishing offsets into the tables')."""

    def __init__(self, layout: OutputLayout, number: int) -> None:
        self.layout = layout
        self.number = number
        self.rows: dict[str, int] = {}  # per published table
        self._index: list[pl.DataFrame] = []
        self._sources = pl.DataFrame(schema={"article_id": pl.String, "source_path": pl.String})

    def know_articles(self, articles: pl.DataFrame) -> None:
        """The batch's articles (article_id, source_path): the file of each row of the
        parts keyed by article."""
        self._sources = articles.select("article_id", "source_path")

    def write(self, spec: TableSpec, frame: pl.DataFrame, *, indexed: bool = True) -> int:
        """Write ``frame`` as this batch's part of ``spec`` (a per-file table, the
        fingerprints or the shingles), checked against its schema."""
        target_spec = spec.part if spec.per_file else spec
        rows = write_working(
            frame, target_spec, self.layout.part(spec, self.number), run_id=self.layout.run_id
        )
        if indexed:
            runs = file_runs(self._source_paths(frame))
            self._index.append(runs.select(pl.lit(spec.name).alias("table"), pl.all()))
        if spec.name in schemas.TABLES:
            self.rows[spec.name] = rows
        return rows

    def _source_paths(self, frame: pl.DataFrame) -> pl.Series:
        if "source_path" in frame.columns:
            return frame["source_path"]
        keys = frame.select("article_id").join(
            self._sources, on="article_id", how="left", maintain_order="left"
        )
        return keys["source_path"]

    def write_index(self) -> None:
        index = pl.concat(self._index)  # never empty: parse indexes its three parts, rows or not
        write_working(
            index,
            schemas.ROW_INDEX,
            self.layout.part(schemas.ROW_INDEX, self.number),
            run_id=self.layout.run_id,
        )


def _in_article_order(frames: list[pl.DataFrame | None], articles: pl.DataFrame) -> pl.DataFrame:
    """Carried-over and fresh rows of a batch, in the order of its articles (each
    article's rows come from one side, in their own order)."""
    present = [f for f in frames if f is not None]
    if len(present) == 1:  # nothing carried over: the fresh rows are in article order already
        return present[0]
    merged = pl.concat(present, how="vertical")
    order = articles.select("article_id").with_row_index("_order")
    return (
        merged.join(order, on="article_id", how="left", maintain_order="left")
        .sort("_order", maintain_order=True)
        .drop("_order")
    )


@dataclass(frozen=True)
class Articles:
    """The batch's articles as parsing leaves them: those of the files read now (parsed
    columns), and the carried-over ones (every column of the part), both in order."""

    fresh: pl.DataFrame
    carried: pl.DataFrame | None
    order: pl.DataFrame  # article_id, source_path of every article of the batch, in order


def parse(files: BatchFiles, parts: BatchParts, max_file_bytes: int) -> Articles:
    """Read, decode and parse the batch's files: its files, boilerplate and rejects
    parts, and its articles for the stages after; carried-over files' rows are copied."""
    parsed = ingest_files(
        read_raw_files(files.fresh(), max_file_bytes=max_file_bytes), run_id=parts.layout.run_id
    )
    for frame, spec in [
        (parsed.files, schemas.FILES),
        (parsed.boilerplate, schemas.BOILERPLATE),
        (parsed.rejects, schemas.REJECTS),
    ]:
        names = spec.schema.names
        carried = files.carried(spec, names)
        if carried is not None and spec is schemas.FILES:  # a touched file: its time as listed now
            listed = files.inventory.select("source_path", "size_bytes", "modified_at")
            carried = carried.drop("size_bytes", "modified_at").join(listed, on="source_path", how="left")
        rows = frame if carried is None else pl.concat([carried.select(names), frame.select(names)])
        parts.write(spec, rows.sort(list(spec.sort_by)))
    fresh = parsed.articles.sort(list(schemas.ARTICLES.sort_by))
    carried_articles = files.carried(schemas.ARTICLES, schemas.ARTICLES.part.schema.names)
    keys = list(dict.fromkeys(["article_id", "source_path", *schemas.ARTICLES.sort_by]))
    every = (
        fresh.select(keys)
        if carried_articles is None
        else pl.concat([carried_articles.select(keys), fresh.select(keys)])
    )
    order = every.sort(list(schemas.ARTICLES.sort_by)).select("article_id", "source_path")
    parts.know_articles(order)
    return Articles(fresh, carried_articles, order)


def fingerprint(
    files: BatchFiles, parts: BatchParts, articles: Articles, shingle_size: int, num_perm: int
) -> pl.DataFrame:
    """Split the fresh articles into paragraphs (returned, for language tagging) and
    fingerprint them for dedup; the carried-over articles' fingerprints are copied from
    the published version's state. The shingle sets of the fresh articles are kept
    for dedup too (carried ones are shingled again if needed)."""
    paragraphs = split_paragraphs(articles.fresh)
    shingles = body_shingles(articles.fresh, shingle_size)
    parts.write(schemas.SHINGLES, shingle_frame(articles.fresh["article_id"], shingles), indexed=False)
    computed = fingerprint_articles(
        articles.fresh, paragraphs, shingle_size=shingle_size, num_perm=num_perm, shingles=shingles
    )
    carried = files.carried(schemas.FINGERPRINTS, computed.columns)
    parts.write(schemas.FINGERPRINTS, _in_article_order([carried, computed], articles.order))
    return paragraphs


def tag_languages(
    files: BatchFiles,
    parts: BatchParts,
    articles: Articles,
    paragraphs: pl.DataFrame,
    languages: tuple[str, ...] | None,
    max_chars: int,
) -> dict[str, int]:
    """Language of every fresh paragraph, and of the fresh articles from their
    paragraphs: the articles and paragraphs parts, complete but for dedup's columns."""
    tagged = tag_paragraphs(paragraphs, LanguageTagger(languages, max_chars))
    carried_paragraphs = files.carried(schemas.PARAGRAPHS, schemas.PARAGRAPHS.part.schema.names)
    parts.write(
        schemas.PARAGRAPHS,
        _in_article_order([carried_paragraphs, with_paragraph_languages(paragraphs, tagged)], articles.order),
    )
    # an article without paragraphs (none: bodies are never empty) would have no language
    fresh = with_article_languages(articles.fresh, tag_articles(paragraphs, tagged))
    names = schemas.ARTICLES.part.schema.names
    carried = articles.carried.select(names) if articles.carried is not None else None
    every = _in_article_order([carried, fresh.select(names)], articles.order)
    parts.write(schemas.ARTICLES, every)
    return describe_languages(every)


def find_entities(
    files: BatchFiles, parts: BatchParts, articles: Articles
) -> tuple[pl.DataFrame, list[MatchText]]:
    """People, organizations and places in the fresh articles: the batch's mentions
    part. Returns the mentions and each body's match text, which quotes and events
    read too (made once per article)."""
    texts = [match_text(body) for body in articles.fresh["body"].to_list()]
    mentions = extract_entities(articles.fresh, default_extractor(), texts)
    carried = files.carried(schemas.MENTIONS, schemas.MENTIONS.schema.names)
    parts.write(schemas.MENTIONS, _in_article_order([carried, mentions], articles.order))
    return mentions, texts


def find_quotes_events(
    files: BatchFiles, parts: BatchParts, articles: Articles, mentions: pl.DataFrame, texts: list[MatchText]
) -> None:
    """Quotes, events, event mentions and date expressions of the fresh articles, from
    their mentions."""
    found = extract_quotes_events(articles.fresh, mentions, texts)
    for frame, spec in [
        (found.quotes, schemas.QUOTES),
        (found.events, schemas.EVENTS),
        (found.event_mentions, schemas.EVENT_MENTIONS),
        (found.dates, schemas.DATES),
    ]:
        carried = files.carried(spec, spec.part.schema.names)
        parts.write(spec, _in_article_order([carried, frame], articles.order))


def run_batch(
    layout: OutputLayout, batch: Batch, config: BatchConfig, previous_run: str | None = None
) -> BatchReport:
    """Every per-batch stage on one batch, in order, each timed."""
    files = BatchFiles.of(layout, batch, previous_run)
    parts = BatchParts(layout, batch.number)
    report = BatchReport(batch.number, batch.size)
    with report.timed("parse"):
        articles = parse(files, parts, config.max_file_bytes)
    with report.timed("fingerprint"):
        paragraphs = fingerprint(files, parts, articles, config.shingle_size, config.num_perm)
    with report.timed("language"):
        report.languages = tag_languages(
            files, parts, articles, paragraphs, config.languages, config.language_max_chars
        )
    del paragraphs  # in the parts now; the stages after need the bodies, not these
    with report.timed("entities"):
        mentions, texts = find_entities(files, parts, articles)
    with report.timed("quotes-events"):
        find_quotes_events(files, parts, articles, mentions, texts)
    parts.write_index()
    report.rows = parts.rows
    report.extraction = extraction_build()
    return report
