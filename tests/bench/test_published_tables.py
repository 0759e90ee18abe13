"""The tables published from the 10,000-article benchmark corpus, pinned.

The corpus is rebuilt from SaudiNewsNet (outside the repo) by bench/corpus.py,
deterministically for its seed; this test runs the flow on it and compares every
table with the digests taken before the stage-package refactor (issue 15), as
tests/flows/test_news_etl.py does for the sample files. About a minute; skipped
without SaudiNewsNet.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import saudinewsnet
from bench.corpus import DEFAULT_OUT, write_corpus
from bench.digests import table_digests
from flows.news_etl import news_etl

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "published_tables.json"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not saudinewsnet.available(),
        reason=f"SaudiNewsNet not found at {saudinewsnet.CORPUS_DIR}; set SAUDINEWSNET_DIR to run",
    ),
    pytest.mark.usefixtures("prefect_harness"),
]


def test_the_benchmark_corpus_publishes_the_pinned_tables(tmp_path: Path) -> None:
    landing = write_corpus(10_000, DEFAULT_OUT) / "landing"
    news_etl(input=str(landing), output=str(tmp_path / "out"))
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert table_digests(tmp_path / "out") == golden["bench-10000"]
