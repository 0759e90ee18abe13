"""What a run did, for people: a markdown summary and the rejects as rows.

Built from the published tables (a few columns each), so the report shows what
analysts will find, not what the run meant to write. The flow posts it as
Prefect artifacts on the run; nothing here knows about Prefect.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

import schemas
from schemas.spec import TableSpec
from tasks.run.changes import FileCounts
from tasks.run.timings import Timings
from tasks.store.io import read_table
from tasks.store.layout import OutputLayout

TOP = 10


@dataclass(frozen=True)
class RunReport:
    markdown: str
    rejects: list[dict[str, Any]]


def _table(header: list[str], rows: list[tuple[Any, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in rows]
    return lines


def _counts(frame: pl.DataFrame, *keys: str) -> list[tuple[Any, ...]]:
    """Rows per value of keys, most first (ties by the first key, for stable output)."""
    return frame.group_by(*keys).len().sort(["len", keys[0]], descending=[True, False]).rows()


def run_report(
    run_id: str,
    files: FileCounts,
    counts: dict[str, int],
    articles: pl.DataFrame,
    entities: pl.DataFrame,
    quotes: pl.DataFrame,
    events: pl.DataFrame,
    rejects: pl.DataFrame,
    timings: Timings | None = None,
    event_mentions: pl.DataFrame | None = None,
) -> RunReport:
    """The report of one run.

    articles: language, is_canonical; entities: name, type, story_count;
    quotes: speaker, speaker_entity_id, kind; events: event_type, status,
    story_event_id; rejects: source_path, reason, detail; event_mentions: modality.
    The files counts compare the input with the version published before; every
    other count is of the tables as now published. ``timings`` (when given) adds where the run's time went.
    """
    stories = int(articles["is_canonical"].sum()) if articles.height else 0
    lines = [
        f"# news-etl run `{run_id}`",
        "",
        *_table(
            [
                "files seen",
                "new",
                "changed",
                "skipped (unchanged)",
                "gone: kept",
                "gone: retracted",
                "rejected",
            ],
            [
                (
                    files.seen,
                    files.new,
                    files.changed,
                    files.unchanged,
                    files.deleted - files.retracted,
                    files.retracted,
                    counts.get("rejects", 0),
                )
            ],
        ),
        "",
        *_table(
            ["articles", "stories", "duplicates", "mentions", "entities", "quotes", "events", "dates"],
            [
                (
                    counts.get("articles", 0),
                    stories,
                    counts.get("duplicates", 0),
                    counts.get("mentions", 0),
                    counts.get("entities", 0),
                    counts.get("quotes", 0),
                    counts.get("events", 0),
                    counts.get("dates", 0),
                )
            ],
        ),
    ]
    if articles.height:
        lines += [
            "",
            "## Languages (articles)",
            "",
            *_table(["language", "articles"], _counts(articles, "language")),
        ]
    if entities.height:
        top = entities.sort(["story_count", "name"], descending=[True, False]).head(TOP)
        rows = top.select("name", "type", "story_count").rows()
        lines += ["", "## Top entities (stories)", "", *_table(["entity", "type", "stories"], rows)]
    if quotes.height:
        speakers = (
            quotes.drop_nulls("speaker_entity_id")
            .group_by("speaker_entity_id")
            .agg(pl.len().alias("quotes"), pl.col("speaker").first())
            .sort(["quotes", "speaker_entity_id"], descending=[True, False])
            .head(TOP)
        )
        rows = speakers.select("speaker", "speaker_entity_id", "quotes").rows()
        lines += ["", "## Most quoted", "", *_table(["speaker", "entity", "quotes"], rows)]
    if events.height:
        kinds = (
            events.group_by("event_type", "status")
            .agg(pl.len().alias("events"), pl.col("story_event_id").n_unique().alias("stories"))
            .sort(["events", "event_type", "status"], descending=[True, False, False])
            .rows()
        )
        lines += [
            "",
            "## Events",
            "",
            "One row per event an article reports; stories count the same event in several articles once.",
            "",
            *_table(["type", "status", "events", "stories"], kinds),
        ]
    if event_mentions is not None and event_mentions.height:
        modality = _counts(event_mentions, "modality")
        lines += ["", "## Event mentions by modality", "", *_table(["modality", "mentions"], modality)]
    if rejects.height:
        lines += ["", "## Rejected files", "", *_table(["reason", "files"], _counts(rejects, "reason"))]
    if timings is not None and timings.seconds:
        lines += ["", "## Timings", "", *timings.markdown(counts.get("articles", 0))]
    return RunReport(
        markdown="\n".join(lines) + "\n",
        rejects=rejects.select("source_path", "reason", "detail").to_dicts(),
    )


def report_of(layout: OutputLayout, files: FileCounts, counts: dict[str, int], timings: Timings) -> RunReport:
    """The report of the run ``layout`` published, read from its tables."""

    def table(spec: TableSpec, columns: list[str]) -> pl.DataFrame:
        return read_table(layout.table(spec), columns)

    return run_report(
        layout.run_id,
        files,
        counts,
        table(schemas.ARTICLES, ["language", "is_canonical"]),
        table(schemas.ENTITIES, ["name", "type", "story_count"]),
        table(schemas.QUOTES, ["speaker", "speaker_entity_id", "kind"]),
        table(schemas.EVENTS, ["event_type", "status", "story_event_id"]),
        table(schemas.REJECTS, ["source_path", "reason", "detail"]),
        timings,
        table(schemas.EVENT_MENTIONS, ["modality"]),
    )
