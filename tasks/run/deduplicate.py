"""Deduplication over the whole run: every article's fingerprint (small) from the batch
parts, and the shingle sets of the candidate pairs only (tasks/dedup/clusters.py
does the clustering). Writes the duplicates, the cluster of each article and the
paragraphs seen in several stories to the staging area, for publish to join in."""

from __future__ import annotations

import polars as pl

import schemas
from schemas.conform import polars_schema
from tasks.dedup.clusters import (
    DedupParams,
    candidate_pairs,
    frequent_paragraphs,
    resolve_clusters,
    rows_needing_shingles,
    rows_with_paragraphs,
    shingle_sets,
)
from tasks.dedup.fingerprints import U64, shingles_of
from tasks.store.io import read_matching, read_table, write_working
from tasks.store.layout import OutputLayout


def _fingerprints(layout: OutputLayout, params: DedupParams) -> pl.DataFrame:
    parts = layout.parts(schemas.FINGERPRINTS)
    if parts:
        return pl.concat([read_table(p) for p in parts])
    return pl.DataFrame(schema=polars_schema(schemas.FINGERPRINTS))  # no batch ran: an empty input


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
    for part in layout.parts(schemas.SHINGLES):
        found = read_matching([part], ["article_id", "shingles"], "article_id", kept)
        found_rows = [needed[a] for a in found["article_id"].to_list()]
        shingles |= dict(zip(found_rows, shingles_of(found), strict=True))
    rest = {aid for aid, row in needed.items() if row not in shingles}
    for part in layout.parts(schemas.ARTICLES) if rest else []:
        found = read_matching([part], ["article_id", "body"], "article_id", rest)
        found_rows = [needed[a] for a in found["article_id"].to_list()]
        shingles |= shingle_sets(found["body"].to_list(), found_rows, params.shingle_size, frequent)
    return shingles


def deduplicate(layout: OutputLayout, params: DedupParams) -> dict[str, int]:
    """Cluster the run's articles; returns counts for the log (articles, candidate pairs,
    clusters, boilerplate paragraphs, and duplicates per method)."""
    fingerprints = _fingerprints(layout, params)
    frequent = frequent_paragraphs(fingerprints, params)
    pairs = candidate_pairs(fingerprints, params, frequent)
    shingles = _candidate_shingles(layout, fingerprints, rows_needing_shingles(pairs), params, frequent)
    result = resolve_clusters(fingerprints, pairs, shingles, params, frequent)
    for frame, spec in [
        (result.duplicates, schemas.DUPLICATES),
        (result.assignments, schemas.CLUSTERS),
        (result.paragraph_stories, schemas.PARAGRAPH_STORIES),
    ]:
        write_working(frame, spec, layout.working(spec), run_id=layout.run_id)
    methods = dict(result.duplicates.group_by("method").len().iter_rows())
    return {
        "articles": fingerprints.height,
        "candidates": pairs.height,
        "clusters": result.assignments["cluster_id"].n_unique(),
        "boilerplate paragraphs": int(result.paragraph_stories["is_boilerplate"].sum()),
    } | methods
