"""Where a run's time went: its own steps in wall seconds, and each per-batch stage
in worker seconds summed over the batches (the busy time of that stage across
all workers). Kept in the runs table and shown in the run's summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from tasks.run.batches import BatchReport, timed

WALL = "wall"  # measured around a step of the flow
BATCHES = "batches"  # summed over the batch task runs: worker time


@dataclass
class Timings:
    """Timings of one run, in the order the steps ran.

    >>> t = Timings()
    >>> t.add_batches([BatchReport(0, 5, seconds={"parse": 0.5}), BatchReport(1, 5, seconds={"parse": 0.25})])
    >>> t.rows()
    [{'step': 'parse', 'scope': 'batches', 'seconds': 0.75}]
    """

    seconds: dict[tuple[str, str], float] = field(default_factory=dict)
    extraction: Counter[str] = field(default_factory=Counter)  # batches per build that ran them

    def wall(self, step: str) -> AbstractContextManager[None]:
        return timed(self.seconds, (step, WALL))

    def add_batches(self, reports: Iterable[BatchReport]) -> None:
        """Sum each stage's seconds over the batches (stages in the order they ran)."""
        for report in reports:
            if report.extraction:
                self.extraction[report.extraction] += 1
            for stage, seconds in report.seconds.items():
                key = (stage, BATCHES)
                self.seconds[key] = self.seconds.get(key, 0.0) + seconds

    def rows(self) -> list[dict[str, Any]]:
        """Rows of the runs table's timings column."""
        return [
            {"step": step, "scope": scope, "seconds": round(seconds, 3)}
            for (step, scope), seconds in self.seconds.items()
        ]

    def markdown(self, articles: int) -> list[str]:
        """A table of the timings, with articles per second for the batch stages
        (per worker: articles over the stage's summed seconds)."""
        if not self.seconds:
            return []
        lines = ["| step | measured as | seconds | articles/s |", "|---|---|---|---|"]
        for (step, scope), seconds in self.seconds.items():
            rate = f"{articles / seconds:,.0f} per worker" if scope == BATCHES and seconds > 0 else ""
            what = "summed over batches" if scope == BATCHES else "wall"
            lines.append(f"| {step} | {what} | {seconds:.2f} | {rate} |")
        if self.extraction:
            builds = ", ".join(f"{build} in {n} batches" for build, n in sorted(self.extraction.items()))
            lines += ["", f"Extraction modules: {builds}."]
        return lines
