"""Serve the news-etl deployment: one command that registers it and runs what it is
asked to, on its schedule or from the Prefect UI's Run button.

    python -m flows.serve [--name daily] [--cron "0 3 * * *"] [--input DIR] [--output DIR]

Talks to the server PREFECT_API_URL names (`make ui` starts a local one; point it
at a remote server the same way). Stopping it (Ctrl-C, SIGTERM) pauses the
schedule; `prefect.yaml` is the alternative for a work pool and workers.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

DEFAULT_CRON = "0 3 * * *"  # daily at 03:00 UTC
DEPLOYMENT = "daily"


def deployment_parameters(input_url: str, output_url: str) -> dict[str, Any]:
    """Defaults the UI's run form starts from; every other parameter keeps the flow's."""
    return {"input": input_url, "output": output_url}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m flows.serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--name", default=DEPLOYMENT, help="deployment name (default: %(default)s)")
    parser.add_argument(
        "--cron", default=os.environ.get("NEWS_ETL_CRON", DEFAULT_CRON), help="schedule, cron syntax, UTC"
    )
    parser.add_argument("--no-schedule", action="store_true", help="runs only when triggered")
    parser.add_argument("--input", default=os.environ.get("NEWS_ETL_INPUT", os.path.abspath("seeds")))
    parser.add_argument("--output", default=os.environ.get("NEWS_ETL_OUTPUT", os.path.abspath("output")))
    args = parser.parse_args(argv)

    from flows.cli import quiet_prefect

    quiet_prefect()
    from flows.news_etl import news_etl

    news_etl.serve(
        name=args.name,
        cron=None if args.no_schedule else args.cron,
        parameters=deployment_parameters(args.input, args.output),
        description="Scraped Arabic news text files in, Parquet tables out.",
        tags=["news-etl"],
    )


if __name__ == "__main__":  # serve() outside this guard crashes every run (docs/stack-notes.md)
    main()
