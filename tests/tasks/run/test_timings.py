"""A run's timings: wall steps of the flow and per-batch stages summed over batches."""

from __future__ import annotations

import time

import pytest

from tasks.run.batches import BatchReport
from tasks.run.timings import Timings


def test_steps_keep_their_order_and_stages_sum_over_batches() -> None:
    timings = Timings()
    with timings.wall("inventory"):
        time.sleep(0.01)
    timings.add_batches(
        [
            BatchReport(0, 10, seconds={"parse": 1.0, "entities": 2.0}),
            BatchReport(1, 10, seconds={"parse": 0.5, "entities": 1.5}),
        ]
    )
    rows = timings.rows()
    assert [(r["step"], r["scope"]) for r in rows] == [
        ("inventory", "wall"),
        ("parse", "batches"),
        ("entities", "batches"),
    ]
    assert rows[0]["seconds"] >= 0.01
    assert [r["seconds"] for r in rows[1:]] == [1.5, 3.5]
    table = "\n".join(timings.markdown(articles=700))
    assert "| entities | summed over batches | 3.50 | 200 per worker |" in table


def test_a_step_that_fails_is_still_timed() -> None:
    timings = Timings()
    with pytest.raises(RuntimeError, match="boom"), timings.wall("deduplicate"):
        raise RuntimeError("boom")
    assert [r["step"] for r in timings.rows()] == ["deduplicate"]


def test_the_summary_says_which_build_ran_the_batches() -> None:
    timings = Timings()
    reasons = ["compiled (20 modules)", "compiled (20 modules)", "pure Python"]
    timings.add_batches(
        [BatchReport(i, 1, seconds={"parse": 0.1}, extraction=r) for i, r in enumerate(reasons)]
    )
    table = "\n".join(timings.markdown(articles=3))
    assert "Extraction modules: compiled (20 modules) in 2 batches, pure Python in 1 batches." in table
