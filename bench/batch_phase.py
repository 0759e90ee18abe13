"""The batch phase alone: every batch of a corpus through run_batch, in one process.

    .venv-native/bin/python bench/batch_phase.py bench/corpus/10000/landing   (compiled wheel)
    .venv/bin/python bench/batch_phase.py bench/corpus/10000/landing          (sources)

Run as a script, not with -m: the stages then come from the interpreter's
environment (the compiled wheel in .venv-native), not from the project folder.

No Prefect, no worker pool, no deduplication or publish: the per-batch work only,
batch after batch, as the flow plans it for two workers. It prints the wall and
CPU seconds of the whole phase and the seconds of each stage, as JSON. Two
versions compared on the same machine are best run at the same time, each pinned
to its own core (``taskset -c 0`` / ``taskset -c 1``, then swapped), so that the
machine's drift affects both alike (BENCHMARKS.md, issue 15).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from tasks.run.batches import files_per_batch, plan_batches
from tasks.run.config import RunConfig
from tasks.run.inventory import take_inventory
from tasks.run.stages import run_batch
from tasks.store.layout import OutputLayout

WORKERS = 2  # the batch size the flow would choose on this machine's two cores


def measure(landing: Path) -> dict[str, object]:
    """Wall and CPU seconds of the batch phase, and each stage's seconds summed."""
    with tempfile.TemporaryDirectory() as out:
        config = RunConfig(input=str(landing), output=out)
        layout = OutputLayout.of(out, "batch-phase")
        inventory = take_inventory(layout, config, digest="-")
        per_batch = files_per_batch(inventory.files, config.batch_size, WORKERS)
        batches = plan_batches(inventory.sizes, max_files=per_batch, max_bytes=config.batch_bytes)
        wall, cpu = time.perf_counter(), time.process_time()
        stages: dict[str, float] = {}
        build = ""
        for batch in batches:
            report = run_batch(layout, batch, config.batch)
            build = report.extraction
            for stage, seconds in report.seconds.items():
                stages[stage] = stages.get(stage, 0.0) + seconds
        return {
            "build": build,
            "batches": len(batches),
            "wall": round(time.perf_counter() - wall, 2),
            "cpu": round(time.process_time() - cpu, 2),
            "stages": {stage: round(seconds, 2) for stage, seconds in stages.items()},
        }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("landing", type=Path, help="a corpus's landing folder (bench/corpus/<n>/landing)")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.landing)))


if __name__ == "__main__":
    main()
