"""Event-level gold (tests/gold/events_guideline.md): the sample articles and
SaudiNewsNet articles, annotated blind to the system.

    .venv/bin/python -m bench.events_gold --raw DIR   # rebuild the gold files from raw annotation

Raw annotation (one JSON file per annotator, article key -> {events, non_events},
mentions as trigger + context) is turned into offsets into the article body as
the pipeline parses it. The SaudiNewsNet corpus may not be copied into this
repository, so its gold keeps offsets, labels and a digest of each body (a parse
change then fails loudly instead of shifting every offset), not the text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import saudinewsnet
from tasks.parse.articles import parse_text
from tests.conftest import SEED_FILES

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_GOLD = ROOT / "tests" / "gold" / "events_samples.json"
SNN_GOLD = ROOT / "tests" / "gold" / "events_saudinewsnet.json"
ABOUT = (
    "Event-level gold, annotated blind to the system by reading each article "
    "(guideline: tests/gold/events_guideline.md). Mentions are offsets into the article "
    "body as the pipeline parses it: start, end of the trigger."
)


@dataclass(frozen=True)
class GoldArticle:
    key: str
    body: str
    published: dt.date | None
    source: str
    events: list[dict[str, Any]]
    non_events: list[dict[str, Any]]


def body_digest(body: str) -> str:
    return hashlib.blake2b(body.encode("utf-8"), digest_size=8).hexdigest()


def sample_articles() -> Iterator[tuple[str, str, dt.date | None, str]]:
    """(key, body, publication date, source) of the sample articles."""
    for path in SEED_FILES:
        for article in parse_text(path.read_text(encoding="utf-8")).articles:
            yield f"{path.name[:3]}.{article.position}", article.body, article.published_date, "seeds"


def saudinewsnet_articles(urls: set[str]) -> Iterator[tuple[str, str, dt.date | None, str]]:
    """(url, body, crawl date, outlet) of the SaudiNewsNet articles with these URLs."""
    for item in saudinewsnet.articles():
        if item["url"] not in urls:
            continue
        articles = parse_text(saudinewsnet.as_sample_layout(item)).articles
        if articles:
            published = dt.datetime.fromisoformat(item["date_extracted"]).date()
            yield item["url"], articles[0].body, published, item["source"]


def _offsets(body: str, trigger: str, context: str, where: str) -> tuple[int, int]:
    at = body.find(context)
    inside = context.find(trigger)
    if at < 0 or inside < 0:
        raise ValueError(f"{where}: context or trigger not found: {context!r} / {trigger!r}")
    return at + inside, at + inside + len(trigger)


def convert(raw: dict[str, Any], body: str, where: str, keep_text: bool) -> dict[str, Any]:
    """One article's raw annotation with offsets; text kept only when keep_text."""

    def mention(m: dict[str, Any]) -> dict[str, Any]:
        start, end = _offsets(body, m["trigger"], m["context"], where)
        extra = {"trigger": m["trigger"], "context": m["context"]} if keep_text else {}
        return {"start": start, "end": end, **extra}

    events = [
        {
            "type": e["type"],
            "status": e["status"],
            "date": e.get("date"),
            "place": e.get("place"),
            "participants": e.get("participants") or [],
            "mentions": [mention(m) for m in e["mentions"]],
        }
        for e in raw["events"]
    ]
    non_events = [mention(n) | {"modality": n["modality"]} for n in raw.get("non_events", [])]
    return {"events": events, "non_events": non_events}


def rebuild(raw_dir: Path) -> None:
    raw: dict[str, Any] = {}
    for path in sorted(raw_dir.glob("*.json")):
        raw |= json.loads(path.read_text(encoding="utf-8"))
    samples: dict[str, Any] = {"_about": ABOUT}
    for key, body, _, _ in sample_articles():
        samples[key] = convert(raw[key], body, key, keep_text=True)
    urls = {k for k in raw if k.startswith("http")}
    snn: dict[str, Any] = {"_about": ABOUT + " Body text is not stored (the corpus licence)."}
    for url, body, _, source in sorted(saudinewsnet_articles(urls)):
        snn[url] = {"source": source, "body_digest": body_digest(body)} | convert(
            raw[url], body, url, keep_text=False
        )
    missing = urls - set(snn)
    if missing:
        raise SystemExit(f"not in the corpus: {sorted(missing)}")
    for path, gold in ((SAMPLES_GOLD, samples), (SNN_GOLD, snn)):
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path}: {len(gold) - 1} articles")


def load(include_saudinewsnet: bool) -> list[GoldArticle]:
    """The gold articles: the samples, and the SaudiNewsNet ones when the corpus is there."""
    samples = json.loads(SAMPLES_GOLD.read_text(encoding="utf-8"))
    found = [
        GoldArticle(key, body, published, source, samples[key]["events"], samples[key]["non_events"])
        for key, body, published, source in sample_articles()
    ]
    if include_saudinewsnet:
        snn = json.loads(SNN_GOLD.read_text(encoding="utf-8"))
        urls = {k for k in snn if k != "_about"}
        for url, body, published, source in sorted(saudinewsnet_articles(urls)):
            gold = snn[url]
            if body_digest(body) != gold["body_digest"]:
                raise ValueError(f"{url}: the parsed body changed since annotation; re-annotate")
            found.append(GoldArticle(url, body, published, source, gold["events"], gold["non_events"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, required=True, help="folder of raw annotation JSON files")
    rebuild(parser.parse_args().raw)


if __name__ == "__main__":
    main()
