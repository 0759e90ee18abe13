"""Input and output as s3:// URLs, against moto's S3 server on a free loopback port
(s3fs is the fsspec filesystem): the same tables as on a local disk."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from bench.digests import COMPARED, stable
from flows.news_etl import news_etl
from scripts.ui import free_port
from tests.conftest import SEED_FILES
from tests.flows.test_news_etl import _read, _run

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

BUCKET = "news"


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """An S3 endpoint with the sample files under s3://news/landing/; the settings go
    through the environment, as worker processes would get them."""
    import fsspec
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    settings = {"endpoint_url": f"http://127.0.0.1:{port}", "key": "test", "secret": "test"}
    for name, value in settings.items():
        monkeypatch.setenv(f"FSSPEC_S3_{name.upper()}", value)
    monkeypatch.setitem(fsspec.config.conf, "s3", settings)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    fs = fsspec.filesystem("s3", skip_instance_cache=True, **settings)
    fs.mkdir(BUCKET)
    for path in SEED_FILES:
        fs.pipe(f"{BUCKET}/landing/{path.name}", path.read_bytes())
    try:
        yield fs
    finally:
        server.stop()


def _s3_table(fs: Any, out: str, table: str) -> pl.DataFrame:
    run_id = fs.cat(f"{out}/CURRENT").decode().strip()
    return pl.read_parquet(io.BytesIO(fs.cat(f"{out}/snapshots/{run_id}/{table}.parquet")))


def test_s3_input_and_output_give_the_tables_of_a_local_run(s3: Any, seed_dir: Path, tmp_path: Path) -> None:
    _run(seed_dir, tmp_path / "local", workers=1)
    out = f"{BUCKET}/tables"
    summary = news_etl(input=f"s3://{BUCKET}/landing", output=f"s3://{out}", batch_size=2, workers=1)
    assert summary.files_read == 5
    for table in COMPARED:
        left, right = _read(tmp_path / "local", table), _s3_table(s3, out, table)
        # the run and the storage's clock differ; every other value is the same
        assert stable(left).equals(stable(right)), table
    assert _s3_table(s3, out, "files")["modified_at"].is_not_null().all()  # S3's LastModified
    assert not s3.exists(f"{out}/.lock")
    assert not s3.exists(f"{out}/.staging/{summary.run_id}")
    # a second run finds nothing new: the snapshot is copied, and the history grows
    again = news_etl(input=f"s3://{BUCKET}/landing", output=f"s3://{out}", workers=1)
    assert again.files_read == 0
    assert _s3_table(s3, out, "runs")["run_id"].to_list() == [summary.run_id, again.run_id]
    assert _s3_table(s3, out, "articles").height == 8
