"""How well the parser recovers titles and paragraphs of real articles.

    .venv/bin/python -m bench.parse_quality [--limit N]

SaudiNewsNet articles are laid out like the sample files (headline, body,
source line); the parser must give back the headline as the title, every
content paragraph in the body, and the source. Paragraphs it drops are listed
by the kind it gave them, so a regression shows what it now removes.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass, field

from bench import saudinewsnet
from tasks.parse.articles import parse_text
from tasks.text.clean import clean_line, strip_invisibles


@dataclass
class ParseQuality:
    files: int = 0
    empty_sources: int = 0  # corpus items with neither title nor content
    articles: int = 0
    extra_articles: int = 0
    no_article: int = 0  # parsed to nothing, e.g. a title that is only a dateline
    titles: int = 0
    titles_recovered: int = 0
    paragraphs: int = 0
    paragraphs_recovered: int = 0
    sources_recovered: int = 0
    dropped_as: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def report(self) -> str:
        return "\n".join(
            [
                f"files {self.files:,} ({self.empty_sources} empty in the corpus), "
                f"articles {self.articles:,}, extra articles {self.extra_articles}, "
                f"files without article {self.no_article}",
                f"titles recovered {self.titles_recovered:,}/{self.titles:,} "
                f"({self.titles_recovered / max(self.titles, 1):.4%})",
                f"paragraphs recovered {self.paragraphs_recovered:,}/{self.paragraphs:,} "
                f"({self.paragraphs_recovered / max(self.paragraphs, 1):.4%})",
                f"sources recovered {self.sources_recovered:,}/{self.files - self.empty_sources:,}",
                f"dropped paragraphs by kind: {dict(self.dropped_as.most_common())}",
                f"parse time {self.seconds:.1f} s "
                f"({self.files / max(self.seconds, 1e-9):,.0f} files/s, one core)",
            ]
        )


def _clean(text: str) -> str:
    return clean_line(strip_invisibles(text))


def measure(limit: int | None = None) -> ParseQuality:
    q = ParseQuality()
    for item in saudinewsnet.articles(limit):
        title = _clean(item.get("title") or "")
        paragraphs = [c for p in (item.get("content") or "").split("\n") if (c := _clean(p))]
        q.files += 1
        if not title and not paragraphs:
            q.empty_sources += 1
            continue
        started = time.perf_counter()
        parsed = parse_text(saudinewsnet.as_sample_layout(item))
        q.seconds += time.perf_counter() - started
        if not parsed.articles:
            q.no_article += 1
            continue
        q.articles += len(parsed.articles)
        q.extra_articles += max(0, len(parsed.articles) - 1)
        main = parsed.articles[0]
        if title:
            q.titles += 1
            q.titles_recovered += main.title == title
        q.sources_recovered += main.source == item["source"]
        body = set(main.paragraphs)
        for paragraph in paragraphs:
            if paragraph == title:
                continue
            q.paragraphs += 1
            if paragraph in body:
                q.paragraphs_recovered += 1
            else:
                kinds = {r.kind.value for r in parsed.removed if r.text == paragraph}
                q.dropped_as[",".join(sorted(kinds)) or "altered"] += 1
    return q


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles to read (default: all)")
    args = parser.parse_args()
    if not saudinewsnet.available():
        raise SystemExit(f"SaudiNewsNet not found at {saudinewsnet.CORPUS_DIR} (set SAUDINEWSNET_DIR)")
    print(measure(args.limit).report())


if __name__ == "__main__":
    main()
