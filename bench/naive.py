"""The naive baseline: the same job, one article at a time, in plain Python.

    .venv/bin/python -m bench.naive --input bench/corpus/10000/landing [--limit 2000]

What a first script would do: read each file, decode and parse it with the
pipeline's own functions, then for each article call langdetect on the whole
text, build a datasketch MinHash of its word pairs and query/insert it in a
datasketch MinHashLSH, and run the same entity, quote, event and date
functions; rows are collected in lists and written as Parquet at the end. One
process, no batching, no shared work between stages (each finder prepares its
own match text). The benchmark runs it beside the flow on the same files, in plain
Python: the extraction functions from their sources.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import polars as pl
from datasketch import MinHash, MinHashLSH
from langdetect import DetectorFactory, detect
from langdetect.lang_detect_exception import LangDetectException

from tasks.dates.expressions import find_dates
from tasks.entities.extract import extract_mentions
from tasks.events.events import Participant, find_events
from tasks.ids import article_id, sha256_hex
from tasks.parse.articles import parse_text
from tasks.parse.decode import Decoded, decode_bytes
from tasks.quotes.quotes import EntitySpan, find_quotes

NUM_PERM = 128
THRESHOLD = 0.4


@dataclass(frozen=True)
class NaiveResult:
    files: int
    articles: int
    seconds: float

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def _language(text: str) -> str:
    try:
        return str(detect(text))
    except LangDetectException:
        return "und"


def _minhash(body: str) -> MinHash:
    words = body.split()
    signature = MinHash(num_perm=NUM_PERM, seed=1)
    for pair in {f"{a} {b}" for a, b in itertools.pairwise(words)}:
        signature.update(pair.encode("utf-8"))
    return signature


def run_naive(files: list[Path], root: Path, out: Path) -> NaiveResult:
    """Process files one by one, article by article; write the tables to out."""
    DetectorFactory.seed = 0
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    tables: dict[str, list[dict[str, Any]]] = {
        "articles": [],
        "mentions": [],
        "quotes": [],
        "events": [],
        "dates": [],
    }
    for path in files:
        decoded = decode_bytes(path.read_bytes())
        if not isinstance(decoded, Decoded):
            continue
        source_path = path.relative_to(root).as_posix()
        for art in parse_text(decoded.text).articles:
            aid = article_id(source_path, art.position, sha256_hex(art.body))
            signature = _minhash(art.body)
            duplicate_of = next(iter(sorted(lsh.query(signature))), None)
            lsh.insert(aid, signature)
            tables["articles"].append(
                {
                    "article_id": aid,
                    "title": art.title,
                    "language": _language(art.body),
                    "duplicate_of": duplicate_of,
                }
            )
            mentions = extract_mentions(art.body)
            tables["mentions"] += [{"article_id": aid, **asdict(m)} for m in mentions]
            spans = [EntitySpan(m.entity_id, m.entity_type, m.start, m.end) for m in mentions]
            participants = [
                Participant(m.entity_id, m.entity_type, m.start, m.end, m.method) for m in mentions
            ]
            quotes = find_quotes(art.body, spans)
            tables["quotes"] += [
                {"article_id": aid, "text": q.text, "start": q.start, "speaker": q.speaker} for q in quotes
            ]
            dates = find_dates(art.body, art.published_date)
            tables["dates"] += [{"article_id": aid, "text": d.text, "start": d.start} for d in dates]
            tables["events"] += [
                {"article_id": aid, "event_type": e.event_type, "start": e.start}
                for e in find_events(art.body, participants, dates, art.published_date, quotes).events
            ]
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        pl.DataFrame(rows, infer_schema_length=None).write_parquet(out / f"{name}.parquet")
    return NaiveResult(len(files), len(tables["articles"]), time.perf_counter() - started)


def spread(landing: Path, limit: int) -> list[Path]:
    """``limit`` files spread evenly over the corpus, in path order."""
    files = sorted(landing.rglob("*.txt"))
    return files[:: max(1, len(files) // limit)][:limit]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=2000, help="files to process (default: %(default)s)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as out:
        result = run_naive(spread(args.input, args.limit), args.input, Path(out))
    json.dump(asdict(result) | {"articles_per_second": result.articles_per_second}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
