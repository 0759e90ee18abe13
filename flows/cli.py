"""`news-etl run`: the flow from a shell, with one option per flow parameter.

The options are generated from the flow's own parameter schema (the one the
Prefect UI renders as a form), so the CLI, the UI and the docs never disagree.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

# Prefect reads these at import: quiet, offline, and patient with a first-time
# database migration (a fresh PREFECT_HOME has taken over the 20 s default).
_PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
}

_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float}


def _option(parser: argparse.ArgumentParser, name: str, prop: dict[str, Any]) -> None:
    flag = "--" + name.replace("_", "-")
    default = prop.get("default")
    help_text = " ".join(prop.get("description", "").split())
    help_text += f" (default: {default!r})" if default is not None else ""
    kwargs: dict[str, Any] = {"dest": name, "default": default, "help": help_text}
    if "enum" in prop:
        kwargs["choices"] = prop["enum"]
    elif prop.get("type") == "boolean":
        kwargs["action"] = argparse.BooleanOptionalAction
    elif prop.get("type") == "array":
        kwargs["nargs"] = "*"
    else:
        kwargs["type"] = _TYPES.get(prop.get("type", "string"), str)
    parser.add_argument(flag, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    from flows.news_etl import news_etl

    parser = argparse.ArgumentParser(
        prog="news-etl",
        description="Batch ETL from scraped Arabic news text files to Parquet tables.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run",
        help="run the news-etl flow once (no Prefect server needed)",
        description=(news_etl.description or "").split("\n\n")[0],
    )
    for name, prop in news_etl.parameters.properties.items():
        _option(run, name, prop)
    return parser


def quiet_prefect() -> None:
    """Offline and quiet Prefect settings, unless the environment says otherwise."""
    for key, value in _PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


def main(argv: Sequence[str] | None = None) -> int:
    quiet_prefect()
    args = build_parser().parse_args(argv)
    from prefect.exceptions import ParameterTypeError

    from flows.news_etl import news_etl

    params = {k: v for k, v in vars(args).items() if k != "command"}
    flow_logger = logging.getLogger("prefect.flows")  # it would also log pydantic's raw dump
    try:
        flow_logger.disabled = True
        news_etl.validate_parameters(params)  # before any server starts: plain errors, fast
    except ParameterTypeError as exc:
        print(f"news-etl run: {exc}".splitlines()[0], file=sys.stderr)
        for line in str(exc).splitlines()[1:]:
            if line.strip().startswith("- "):
                print(f"  {line.strip()}", file=sys.stderr)
        return 2
    finally:
        flow_logger.disabled = False
    summary = news_etl(**params)
    rows = ", ".join(f"{table} {n}" for table, n in summary.rows.items())
    print(f"run {summary.run_id}: {summary.files} files -> {summary.output} ({rows})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
