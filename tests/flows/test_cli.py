"""`news-etl run`: options generated from the flow's parameters, same flow underneath."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from flows.cli import build_parser, main
from flows.news_etl import news_etl


def test_help_documents_every_flow_parameter() -> None:
    run_help = build_parser()._subparsers._group_actions[0].choices["run"].format_help()  # type: ignore[union-attr]
    for name, prop in news_etl.parameters.properties.items():
        flag = "--" + name.replace("_", "-")
        assert flag in run_help, flag
        first_words = " ".join(prop["description"].split()[:3])
        assert first_words in " ".join(run_help.split()), name


def test_options_are_typed_and_checked() -> None:
    args = build_parser().parse_args(
        ["run", "--batch-size", "7", "--max-file-mb", "2.5", "--task-runner", "thread"]
    )
    assert (args.batch_size, args.max_file_mb, args.task_runner) == (7, 2.5, "thread")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "--task-runner", "gpu"])


def test_invalid_values_are_refused_before_prefect_starts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--batch-size", "0"]) == 2
    err = capsys.readouterr().err
    assert "invalid parameters" in err
    assert "batch_size: Input should be greater than or equal to 1" in err


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_cli_run_writes_the_tables(
    seed_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["run", "--input", str(seed_dir), "--output", str(out), "--workers", "1"]) == 0
    assert pl.read_parquet(out / "articles.parquet").height == 8
    assert "5 files ->" in capsys.readouterr().out
