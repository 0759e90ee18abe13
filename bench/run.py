"""The benchmark: the flow end to end on corpora of N articles, beside a naive baseline.

    make bench                                  # 1,000, 10,000 and 100,000 articles
    .venv/bin/python -m bench.run --sizes 1000 10000 [--batch-size 1000] [--naive 2000]

For each size: builds the corpus once (bench/corpus.py, kept in bench/corpus/),
runs `news-etl run` on it as a user would, against one local Prefect server for
the whole benchmark (started here on a free loopback port, as a deployment's runs
are), and measures

- end to end: wall time of the command, articles per second;
- per step, from the run's timings (runs table): inventory, the batches, dedup in
  wall seconds, and each per-batch stage as worker seconds summed over batches,
  with articles per second per worker; publish from its Prefect task run;
- peak memory: the sum of the RSS of the command's whole process tree (flow and
  worker processes), sampled every 0.1 s; the Prefect server is reported apart;
- output size: the published snapshot on disk;
- an incremental run with nothing new over the same files: wall time, and the
  flow run's own duration.

The flow runs from the environment of the given ``news-etl`` command: `make bench`
gives the compiled wheel's (.venv-native, scripts/build_hook.py), the default is
the sources' (.venv). The 10,000-article corpus's tables are checked against the
digests pinned in tests/golden/published_tables.json, so a faster build that
changed a row would show.

Then the naive baseline (bench/naive.py) on a spread of files of the largest
corpus of at most 10,000 articles, for the speed ratio: in plain Python, in its
own process. Results: a markdown table on stdout and bench/results/bench-<time>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import psutil

from bench.corpus import DEFAULT_OUT as CORPUS_DIR
from bench.corpus import write_corpus
from bench.digests import table_digests
from bench.naive import NaiveResult
from scripts.ui import free_port, server_env, start_server, stop, wait_until_healthy

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
NEWS_ETL = ROOT / ".venv" / "bin" / "news-etl"
GOLDEN = ROOT / "tests" / "golden" / "published_tables.json"
PINNED_SIZE = 10_000  # the corpus whose tables tests/golden pins
SAMPLE_SECONDS = 0.1
MB = 1024 * 1024


def _role(process: psutil.Process, root: psutil.Process) -> str:
    """What a process of the tree is, for the peak's breakdown."""
    if process.pid == root.pid:
        return "flow"
    try:
        cmdline = " ".join(process.cmdline())
    except psutil.Error:
        return "other"
    if "spawn_main" in cmdline or "multiprocessing" in cmdline:
        return "worker" if "resource_tracker" not in cmdline else "other"
    return "other"


class PeakRss:
    """Peak of the summed RSS of a process and all its descendants, sampled in a thread,
    with what each kind of process held at that moment."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak = 0
        self.at_peak: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                tree = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            total = 0
            roles: dict[str, float] = {}
            for process in tree:
                try:
                    rss = process.memory_info().rss
                except psutil.NoSuchProcess:
                    continue
                total += rss
                role = _role(process, self.root)
                roles[role] = roles.get(role, 0.0) + rss / MB
            if total > self.peak:
                self.peak, self.at_peak = total, {k: round(v) for k, v in sorted(roles.items())}
            self._stop.wait(SAMPLE_SECONDS)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


@dataclass
class Measured:
    articles: int
    files: int
    seconds: float
    peak_rss_mb: float
    server_rss_mb: float
    output_mb: float
    stages: dict[str, dict[str, float | str]] = field(default_factory=dict)
    peak_by_process: dict[str, float] = field(default_factory=dict)  # MB per kind at the peak
    noop_seconds: float = 0.0
    noop_flow_seconds: float = 0.0
    tables: str = ""  # for the pinned corpus: whether its tables are the pinned ones

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _run(
    news_etl: Path, env: dict[str, str], args: list[str], server: psutil.Process, cwd: Path
) -> tuple[float, int, int, dict[str, float]]:
    """Wall seconds, peak RSS of the command's tree, peak RSS of the server, and the
    tree's RSS by kind of process at its peak."""
    started = time.perf_counter()
    # run outside the project folder, so that only the command's environment supplies the code
    process = subprocess.Popen([str(news_etl), "run", *args], env=env, cwd=cwd)  # noqa: S603 - our CLI
    tree, server_peak = PeakRss(process.pid), PeakRss(server.pid)
    code = process.wait()
    seconds = time.perf_counter() - started
    peak, server_rss = tree.stop(), server_peak.stop()
    if code != 0:
        raise RuntimeError(f"news-etl run {' '.join(args)} exited with {code}")
    return seconds, peak, server_rss, tree.at_peak


def _task_runs(api_url: str, flow_run_id: str) -> tuple[dict[str, float], float]:
    """Wall seconds per task name (the one-per-run tasks: publish, report) and the
    flow run's own duration, from the Prefect API."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(flow_run_id)  # type: ignore[arg-type]
        runs: list[Any] = []
        while page := client.read_task_runs(  # the API gives at most 200 at a time
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run.id])), limit=200, offset=len(runs)
        ):
            runs += page
    seconds = {run.name.rsplit("-", 1)[0]: run.total_run_time.total_seconds() for run in runs}
    return seconds, flow_run.total_run_time.total_seconds()


def _timings(out: Path) -> dict[str, dict[str, float | str]]:
    """The last run's timings from the runs table: step -> scope, seconds."""
    row = pl.read_parquet(out / "runs.parquet")["timings"][-1].to_list()
    return {t["step"]: {"scope": t["scope"], "seconds": t["seconds"]} for t in row}


def _current_rows(out: Path) -> tuple[str, int, int]:
    runs = pl.read_parquet(out / "runs.parquet")
    counts = {r["table"]: r["rows"] for r in runs["row_counts"][-1]}
    return str(runs["flow_run_id"][-1]), counts["articles"], counts["files"]


def _pinned(out: Path, n: int) -> str:
    """Whether the tables of the pinned corpus are the pinned ones ("" for other sizes)."""
    if n != PINNED_SIZE:
        return ""
    pinned = json.loads(GOLDEN.read_text(encoding="utf-8"))["bench-10000"]
    found = table_digests(out)
    differ = [name for name, digest in pinned.items() if found.get(name) != digest]
    return f"differ: {', '.join(differ)}" if differ else "as pinned"


def measure(
    n: int, news_etl: Path, env: dict[str, str], server: psutil.Process, work: Path, extra: list[str]
) -> Measured:
    landing = write_corpus(n, CORPUS_DIR) / "landing"
    out = work / f"out-{n}"
    shutil.rmtree(out, ignore_errors=True)
    args = ["--input", str(landing), "--output", str(out), *extra]
    seconds, peak, server_rss, at_peak = _run(news_etl, env, args, server, work)
    flow_run_id, articles, files = _current_rows(out)
    stages = _timings(out)
    task_seconds, _ = _task_runs(env["PREFECT_API_URL"], flow_run_id)
    stages["publish"] = {"scope": "wall", "seconds": task_seconds["publish"]}
    output = _du(out / "snapshots" / (out / "CURRENT").read_text(encoding="utf-8").strip())
    result = Measured(articles, files, seconds, peak / MB, server_rss / MB, output / MB, stages, at_peak)
    result.tables = _pinned(out, n)
    result.noop_seconds, _, _, _ = _run(news_etl, env, args, server, work)
    noop_run, _, _ = _current_rows(out)
    _, result.noop_flow_seconds = _task_runs(env["PREFECT_API_URL"], noop_run)
    return result


@contextmanager
def prefect_server(home: Path) -> Iterator[tuple[dict[str, str], psutil.Process]]:
    port = free_port()
    env = server_env(home, port)
    server = start_server(env, port)
    try:
        wait_until_healthy(env["PREFECT_API_URL"], server, 180)
        yield env, psutil.Process(server.pid)
    finally:
        stop(server)


def run_naive(landing: Path, limit: int) -> NaiveResult:
    """The naive baseline in its own process, on the extraction functions' sources."""
    command = [sys.executable, "-m", "bench.naive", "--input", str(landing), "--limit", str(limit)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode:
        raise RuntimeError(f"the naive baseline failed:\n{done.stderr[-3000:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return NaiveResult(found["files"], found["articles"], found["seconds"])


def extraction_of(news_etl: Path) -> str:
    """Which build of the extraction modules the command's environment holds."""
    probe = (
        "from tasks.run.batches import extraction_build; import tasks.run.stages; print(extraction_build())"
    )
    python = news_etl.parent / "python"
    done = subprocess.run(  # noqa: S603 - the command's own interpreter, a fixed program
        [str(python), "-c", probe], cwd=RESULTS, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def report(results: dict[int, Measured], naive: NaiveResult, extraction: str) -> str:
    naive_rate = naive.articles_per_second
    lines = [
        f"Flow extraction modules: {extraction}.",
        "",
        "| articles | files | end to end | articles/s | x naive | "
        "peak RSS (flow + workers) | Prefect server RSS | output | nothing new: wall (flow) | tables |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for n, m in results.items():
        rate = m.articles_per_second
        cells = [
            f"{m.articles:,} ({n:,} asked)",
            f"{m.files:,}",
            f"{m.seconds:.1f} s",
            f"{rate:,.0f}",
            f"{rate / naive_rate:.1f}",
            f"{m.peak_rss_mb:,.0f} MB ({', '.join(f'{k} {v:,.0f}' for k, v in m.peak_by_process.items())})",
            f"{m.server_rss_mb:,.0f} MB",
            f"{m.output_mb:,.1f} MB",
            f"{m.noop_seconds:.1f} s ({m.noop_flow_seconds:.1f} s)",
            m.tables or "-",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Naive baseline, one process, plain Python, {naive.articles:,} articles: "
        f"{naive_rate:,.1f} articles/s.",
        "",
    ]
    first = next(iter(results.values())).stages
    lines += [
        "Per step: wall seconds, or for a per-batch stage its worker seconds summed over batches "
        "(articles/s per worker in brackets).",
        "",
        "| step | " + " | ".join(f"{n:,}" for n in results) + " |",
        "|---|" + "---|" * len(results),
    ]
    for stage in first:
        cells = []
        for m in results.values():
            s = m.stages.get(stage)
            if s is None:
                cells.append("-")
                continue
            seconds = float(s["seconds"])
            per_worker = f" ({m.articles / seconds:,.0f}/s)" if s["scope"] == "batches" and seconds else ""
            cells.append(f"{seconds:.1f} s{per_worker}")
        lines.append(f"| {stage} ({first[stage]['scope']}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--naive", type=int, default=2000, help="files for the naive baseline")
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument(
        "--news-etl",
        type=Path,
        default=NEWS_ETL,
        help="the command to run the flow with (default: the sources')",
    )
    args = parser.parse_args(argv)
    extra = []
    if args.batch_size:
        extra += ["--batch-size", str(args.batch_size)]
    if args.workers is not None:
        extra += ["--workers", str(args.workers)]
    RESULTS.mkdir(parents=True, exist_ok=True)
    news_etl = args.news_etl.resolve()
    extraction = extraction_of(news_etl)  # what the flow's workers load too: the same environment
    results: dict[int, Measured] = {}
    with (
        tempfile.TemporaryDirectory(dir=RESULTS) as tmp,
        prefect_server(Path(tmp) / "prefect") as (env, server),
    ):
        for n in args.sizes:
            results[n] = measure(n, news_etl, env, server, Path(tmp), extra)
            print(f"{n}: {json.dumps(asdict(results[n]))}", file=sys.stderr, flush=True)
        naive_size = max([n for n in args.sizes if n <= 10_000] or [min(args.sizes)])
        naive_landing = write_corpus(naive_size, CORPUS_DIR) / "landing"
        naive = run_naive(naive_landing, args.naive)
    table = report(results, naive, extraction)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    payload = {
        "date": stamp,
        "cores": os.cpu_count(),
        "extraction": extraction,
        "command": " ".join(["bench.run", *(argv or sys.argv[1:])]),
        "results": {
            n: asdict(m) | {"articles_per_second": m.articles_per_second} for n, m in results.items()
        },
        "naive": asdict(naive) | {"articles_per_second": naive.articles_per_second},
    }
    (RESULTS / f"bench-{stamp}.json").write_text(json.dumps(payload, indent=1, default=str), encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
