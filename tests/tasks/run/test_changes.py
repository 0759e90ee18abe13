"""Which files a run reads: the listing compared with the published files table."""

from __future__ import annotations

import datetime as dt

import polars as pl

from tasks.run.changes import FileCounts, files_to_hash, plan_changes

T0 = dt.datetime(2025, 10, 21, 8, 0, tzinfo=dt.UTC)
T1 = dt.datetime(2025, 10, 22, 8, 0, tzinfo=dt.UTC)


def _listing(*rows: tuple[str, int, dt.datetime | None]) -> pl.DataFrame:
    return pl.DataFrame(
        [{"source_path": p, "url": f"/in/{p}", "size_bytes": n, "modified_at": t} for p, n, t in rows],
        schema={
            "source_path": pl.String,
            "url": pl.String,
            "size_bytes": pl.Int64,
            "modified_at": pl.Datetime("us", "UTC"),
        },
    )


PREVIOUS = pl.DataFrame(
    {
        "source_path": ["same.txt", "touched.txt", "grown.txt", "edited.txt", "gone.txt", "unread.txt"],
        "size_bytes": [10, 10, 10, 10, 10, 10],
        "modified_at": [T0] * 6,
        "sha256": ["s1", "s2", "s3", "s4", "s5", None],  # unread.txt was unreadable: no hash
    },
    schema_overrides={"modified_at": pl.Datetime("us", "UTC")},
)

LISTING = _listing(
    ("same.txt", 10, T0),
    ("touched.txt", 10, T1),
    ("grown.txt", 11, T1),
    ("edited.txt", 10, T1),
    ("unread.txt", 10, T1),
    ("new.txt", 5, T1),
)


def test_only_files_with_the_same_size_and_another_time_are_hashed() -> None:
    assert files_to_hash(LISTING, PREVIOUS, verify_checksums=False) == ["touched.txt", "edited.txt"]
    verified = files_to_hash(LISTING, PREVIOUS, verify_checksums=True)
    assert verified == ["same.txt", "touched.txt", "edited.txt"]
    assert files_to_hash(LISTING, None, verify_checksums=True) == []


def test_the_hash_decides_for_hashed_files_and_the_listing_for_the_others() -> None:
    plan = plan_changes(LISTING, PREVIOUS, "keep", {"touched.txt": "s2", "edited.txt": "other"})
    reuse = dict(plan.inventory.select("source_path", "reuse").rows())
    assert reuse == {
        "edited.txt": False,
        "gone.txt": True,  # kept
        "grown.txt": False,
        "new.txt": False,
        "same.txt": True,
        "touched.txt": True,
        "unread.txt": False,
    }
    assert plan.counts == FileCounts(seen=6, new=1, changed=3, unchanged=2, touched=1, deleted=1, retracted=0)
    assert plan.counts.to_read == 4
    # a touched file keeps its new time in the inventory; a kept one its published row
    times = dict(plan.inventory.select("source_path", "modified_at").rows())
    assert times["touched.txt"] == T1
    assert times["gone.txt"] == T0
    assert plan.inventory.filter(pl.col("source_path") == "gone.txt")["url"].item() is None
    assert plan.inventory["source_path"].is_sorted()


def test_a_verified_hash_overrides_a_matching_listing() -> None:
    plan = plan_changes(LISTING, PREVIOUS, "retract", {"same.txt": "changed-in-place", "touched.txt": "s2"})
    reuse = dict(plan.inventory.select("source_path", "reuse").rows())
    assert reuse["same.txt"] is False
    assert "gone.txt" not in reuse
    assert plan.counts.retracted == 1
    assert plan.counts.unchanged == 1


def test_a_file_that_cannot_be_hashed_is_read_again() -> None:
    plan = plan_changes(LISTING, PREVIOUS, "keep", {"touched.txt": None})
    reuse = dict(plan.inventory.select("source_path", "reuse").rows())
    assert reuse["touched.txt"] is False


def test_without_a_published_version_everything_is_new() -> None:
    plan = plan_changes(LISTING, None, "retract")
    assert plan.counts == FileCounts(seen=6, new=6)
    assert not plan.inventory["reuse"].any()
