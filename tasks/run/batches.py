"""Cut a sorted file listing into batches bounded by file count and by bytes; what a
batch is given (BatchConfig) and what it reports (BatchReport). Light on purpose:
the flow process imports this, only the workers import the stages themselves
(tasks/run/stages.py)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

K = TypeVar("K")


@dataclass(frozen=True)
class Batch:
    """Rows [start, stop) of the run's inventory; numbered in inventory order."""

    number: int
    start: int
    stop: int

    @property
    def size(self) -> int:
        return self.stop - self.start


def plan_batches(sizes: list[int], *, max_files: int, max_bytes: int) -> list[Batch]:
    """Contiguous batches of at most max_files files and (unless one file is bigger) max_bytes.

    Contiguous slices of a sorted listing keep the published tables sorted when the
    batch parts are simply concatenated.

    >>> [(b.start, b.stop) for b in plan_batches([5, 5, 5, 5, 5], max_files=2, max_bytes=100)]
    [(0, 2), (2, 4), (4, 5)]
    >>> [(b.start, b.stop) for b in plan_batches([60, 60, 10, 200], max_files=10, max_bytes=100)]
    [(0, 1), (1, 3), (3, 4)]
    >>> plan_batches([], max_files=10, max_bytes=100)
    []
    """
    if max_files < 1 or max_bytes < 1:
        raise ValueError("batches need max_files >= 1 and max_bytes >= 1")
    batches: list[Batch] = []
    start = 0
    total = 0
    for i, size in enumerate(sizes):
        full = i - start >= max_files or (i > start and total + size > max_bytes)
        if full:
            batches.append(Batch(len(batches), start, i))
            start, total = i, 0
        total += size
    if start < len(sizes):
        batches.append(Batch(len(batches), start, len(sizes)))
    return batches


# Below this many files a batch is not worth splitting further: its fixed costs
# (a task run, a worker's start-up work, a few Parquet parts) would dominate.
MIN_BATCH_FILES = 50


def files_per_batch(files: int, batch_size: int, workers: int) -> int:
    """batch_size, or fewer files per batch when that gives every worker two
    batches: a small input still uses every core, and the last batches even out.

    >>> files_per_batch(100_000, 1000, 2), files_per_batch(1000, 1000, 2), files_per_batch(5, 1000, 2)
    (1000, 250, 50)
    """
    return max(1, min(batch_size, max(MIN_BATCH_FILES, -(-files // (2 * max(workers, 1))))))


@dataclass(frozen=True)
class BatchConfig:
    """What the batch stages need of the run's configuration."""

    max_file_bytes: int
    shingle_size: int
    num_perm: int
    languages: tuple[str, ...] | None
    language_max_chars: int


@dataclass
class BatchReport:
    """What one batch did: rows written per table, articles per language, the
    seconds each stage took (for the run's timings and the benchmark), and which
    build of the extraction modules ran them."""

    number: int
    files: int
    rows: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    extraction: str = ""  # extraction_build(): "compiled (N modules)" or "pure Python"

    def timed(self, stage: str) -> AbstractContextManager[None]:
        return timed(self.seconds, stage)

    def describe(self) -> str:
        """One log line: files in, articles out, and where the time went."""
        stages = ", ".join(f"{stage} {s:.2f} s" for stage, s in self.seconds.items())
        return (
            f"batch {self.number}: {self.files} files -> {self.rows.get('articles', 0)} articles "
            f"({self.rows.get('rejects', 0)} rejected) in {sum(self.seconds.values()):.2f} s: {stages}; "
            f"extraction {self.extraction}"
        )


def extraction_build() -> str:
    """Whether this process runs the extraction modules compiled (a wheel built by
    `make native`) or from their Python sources."""
    compiled = [
        name
        for name, module in list(sys.modules.items())
        if name.startswith("tasks.") and not str(getattr(module, "__file__", None) or ".py").endswith(".py")
    ]
    return f"compiled ({len(compiled)} modules)" if compiled else "pure Python"


@contextmanager
def timed(seconds: dict[K, float], key: K) -> Iterator[None]:
    """Time the block into ``seconds[key]``, also when it raises (wall seconds,
    rounded to the microsecond)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        seconds[key] = round(time.perf_counter() - started, 6)
