"""The run's inventory: which input files it holds, which it reads, which it carries
over from the published version, and whether anything changed at all.

Rows are carried over only from a snapshot made by the same code (its digest) and
the same row-shaping parameters (RunConfig's ``rebuild`` fields); a change of a
``recluster`` field keeps the rows but runs deduplication again.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

import schemas
from tasks.run.changes import PREVIOUS_COLUMNS, FileCounts, files_to_hash, plan_changes
from tasks.run.config import OnChange, RunConfig
from tasks.store.io import hash_files, list_inputs, read_table, write_working
from tasks.store.layout import OutputLayout
from tasks.store.snapshots import current_run, read_manifest

# Row groups of the inventory: each batch reads its own slice.
INVENTORY_ROW_GROUP = 1024


class NoInputFilesError(FileNotFoundError):
    """The input location holds no matching file: publishing would empty every table."""


@dataclass(frozen=True)
class Reuse:
    """The snapshot rows can be carried over from, if any, and why (not)."""

    run_id: str | None
    why: str
    same_clusters: bool = False  # deduplication would cluster the same rows the same way


@dataclass(frozen=True)
class Inventory:
    """What the flow needs to know of the inventory (the rows stay in the staging area)."""

    files: int  # in the inventory: listed now, plus deleted files kept
    sizes: list[int]
    counts: FileCounts
    reuse: Reuse

    @property
    def previous_run(self) -> str | None:
        """The snapshot unchanged files are carried over from."""
        return self.reuse.run_id

    @property
    def nothing_changed(self) -> bool:
        """Nothing to read, retract or re-cluster: the previous tables are published
        again as they are."""
        c = self.counts
        return (
            self.reuse.run_id is not None
            and self.reuse.same_clusters
            and c.to_read == 0
            and c.touched == 0
            and c.retracted == 0
        )

    def describe(self, input_url: str, deleted_files: str) -> str:
        c = self.counts
        return (
            f"found {c.seen} input files in {input_url}: {c.new} new, {c.changed} changed, "
            f"{c.unchanged} unchanged ({c.touched} of them hashed: touched), {c.deleted} gone "
            f"({deleted_files if c.deleted else '-'}); {self.reuse.why}"
        )


def reusable_run(layout: OutputLayout, config: RunConfig, digest: str) -> Reuse:
    """The current snapshot's run if its rows can be carried over, and why (not)."""
    if config.full_refresh:
        return Reuse(None, "full refresh")
    run_id = current_run(layout.output)
    if run_id is None:
        return Reuse(None, "no published version")
    manifest = read_manifest(layout.output, run_id)
    if "code_digest" not in manifest or not layout.of_run(run_id).state(schemas.ROW_INDEX).exists():
        return Reuse(None, f"snapshot {run_id} predates incremental runs")
    before = manifest.get("parameters", {})
    changed = config.changed(before, OnChange.REBUILD)
    if changed:
        return Reuse(None, f"parameters changed since {run_id}: {', '.join(changed)}")
    if manifest["code_digest"] != digest:
        return Reuse(None, f"code changed since {run_id} ({manifest['code_digest']} -> {digest})")
    same = not config.changed(before, OnChange.RECLUSTER)
    return Reuse(run_id, f"carrying unchanged files over from {run_id}", same_clusters=same)


def _input_hashes(listing: pl.DataFrame, paths: list[str]) -> dict[str, str | None]:
    urls = listing.filter(pl.col("source_path").is_in(pl.Series(paths, dtype=pl.String).implode()))
    found = urls.select("source_path", "url").rows()
    return dict(zip([p for p, _ in found], hash_files([u for _, u in found]), strict=True))


def take_inventory(layout: OutputLayout, config: RunConfig, digest: str) -> Inventory:
    """List the input files, decide which to read and which to carry over from the
    published version (hashing those whose listing alone cannot tell), and keep that
    plan in the run's staging area for the batches."""
    listing = list_inputs(config.input, config.pattern)
    if listing.is_empty() and not config.allow_empty:
        # most often a mount that is missing or a wrong pattern, not a wish to empty the tables
        raise NoInputFilesError(
            f"no file matching {config.pattern!r} in {config.input}; nothing published "
            "(pass allow_empty=True to publish empty tables)"
        )
    reuse = reusable_run(layout, config, digest)
    previous = None
    if reuse.run_id is not None:
        previous = read_table(layout.of_run(reuse.run_id).table(schemas.FILES), PREVIOUS_COLUMNS)
    suspects = files_to_hash(listing, previous, verify_checksums=config.verify_checksums)
    plan = plan_changes(listing, previous, config.deleted_files, _input_hashes(listing, suspects))
    write_working(
        plan.inventory,
        schemas.INVENTORY,
        layout.working(schemas.INVENTORY),
        run_id=layout.run_id,
        row_group_rows=INVENTORY_ROW_GROUP,
    )
    sizes = plan.inventory["size_bytes"].to_list()
    return Inventory(files=plan.inventory.height, sizes=sizes, counts=plan.counts, reuse=reuse)
