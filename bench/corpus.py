"""A benchmark corpus of N articles as text files, laid out like the sample files.

    .venv/bin/python -m bench.corpus --articles 10000 [--out bench/corpus] [--seed 0]

SaudiNewsNet holds 17,641 real articles, and the benchmark needs up to 100,000
that are not copies of each other, so each article is rebuilt from real
sentences: it takes the title, source, date and paragraph shape (sentences per
paragraph) of a real article and fills each paragraph with real sentences drawn
at random from the whole corpus. The text is real Arabic news prose, sentence by
sentence, so parsing, language, entity, quote and date work per character is
what real input costs; two rebuilt articles share almost no word pairs, so they
are different stories to the deduplicator.

On top of the originals, a known share of the N articles are duplicates:

- exact copies of an original in a file of their own (another outlet's page);
- near copies: a sentence dropped, a few words replaced, a line appended;
- read-also copies: an original embedded whole under "إقرأ أيضاً:" in another
  file, as the news sites do.

Every file carries the sample files' furniture: a date line, sometimes a
dateline, a source line, a keywords line, a related-links line and the share
buttons line. `truth.parquet` records each article's original and kind, so the
benchmark can check what dedup found. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from bench import saudinewsnet

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT / "corpus"
# Shares of the N articles (the rest are originals), as in scraped landing folders:
# wire copy republished, lightly edited republications, and read-also embeds.
EXACT_SHARE = 0.08
NEAR_SHARE = 0.07
READ_ALSO_SHARE = 0.10
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DATELINES = ["الرياض (واس)", "جدة (الوطن)", "القاهرة (وكالات)", "دبي (رويترز)", "عمّان (أ ف ب)"]
_FURNITURE = "انتقل إلى اختصارات الوصول شارك محادثة"


@dataclass(frozen=True)
class Template:
    title: str
    source: str
    date: dt.date
    shape: tuple[tuple[int, ...], ...]  # per paragraph, the length class of each sentence


def _sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 4]


def _length_class(sentence: str) -> int:
    """Sentences are swapped for real ones of about the same length (classes 25%
    apart), so rebuilt articles have the lengths of the articles they imitate."""
    return int(math.log(len(sentence)) / math.log(1.25))


def load_sources() -> tuple[list[Template], dict[int, list[str]]]:
    """Article shapes, and the real sentences by length class, from SaudiNewsNet."""
    templates: list[Template] = []
    pool: dict[int, list[str]] = {}
    for item in saudinewsnet.articles():
        paragraphs = [p for p in (item.get("content") or "").split("\n") if p.strip()]
        shape = []
        for paragraph in paragraphs:
            found = _sentences(paragraph)
            for sentence in found:
                pool.setdefault(_length_class(sentence), []).append(sentence)
            if found:
                shape.append(tuple(_length_class(sentence) for sentence in found))
        title = " ".join((item.get("title") or "").split())
        if shape and title:
            day = dt.date.fromisoformat(item["date_extracted"][:10])
            templates.append(Template(title, item["source"], day, tuple(shape)))
    return templates, pool


def _english_date(day: dt.date) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    return f"{day.day}{suffix}, {_MONTHS[day.month - 1]} {day.year} GMT"


@dataclass
class Article:
    article: int  # index among the N articles
    original: int  # the original it is (a copy of)
    kind: str  # original, exact, near, read_also
    title: str
    date: dt.date
    source: str
    paragraphs: list[str]


def _near_copy(original: Article, rng: random.Random, index: int, words: list[str]) -> Article:
    """2-4 small edits: a sentence dropped, words replaced, a line appended."""
    paragraphs = [p.split(" ") for p in original.paragraphs]
    for _ in range(rng.randint(2, 4)):
        edit = rng.choice(("replace", "replace", "drop", "append"))
        p = rng.randrange(len(paragraphs))
        if edit == "replace" and len(paragraphs[p]) > 3:
            paragraphs[p][rng.randrange(len(paragraphs[p]))] = rng.choice(words)
        elif edit == "drop" and len(paragraphs) > 2:
            paragraphs.pop(p)
        else:
            paragraphs.append(["وتابعت", "المصادر", "أن", *rng.sample(words, 6)])
    return Article(
        index,
        original.original,
        "near",
        original.title,
        original.date + dt.timedelta(days=rng.randint(0, 2)),
        rng.choice(("sabq", "okaz", "alriyadh", "alwatan")),
        [" ".join(p) for p in paragraphs],
    )


def build_articles(n: int, templates: list[Template], pool: dict[int, list[str]], seed: int) -> list[Article]:
    """The N articles: originals rebuilt from real sentences, then their copies."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    exact, near, read_also = (round(n * share) for share in (EXACT_SHARE, NEAR_SHARE, READ_ALSO_SHARE))
    originals = max(1, n - exact - near - read_also)
    articles = []
    for i in range(originals):
        t = templates[i % len(templates)]
        day = t.date + dt.timedelta(days=37 * (i // len(templates)))  # later rounds, later dates
        paragraphs = [" ".join(rng.choice(pool[c]) for c in classes) for classes in t.shape]
        articles.append(Article(i, i, "original", t.title, day, t.source, paragraphs))
    sentences = [s for classes in sorted(pool) for s in pool[classes][:50]]
    words = [w for s in sentences for w in s.split() if len(w) > 3]
    for kind, count in (("exact", exact), ("near", near), ("read_also", read_also)):
        for _ in range(count):
            source = articles[rng.randrange(originals)]
            index = len(articles)
            if kind == "near":
                articles.append(_near_copy(source, rng, index, words))
            else:
                copy = Article(index, source.original, kind, source.title, source.date, source.source, [])
                copy.paragraphs = list(source.paragraphs)
                articles.append(copy)
    return articles[:n]


def render(main: Article, embedded: Article | None, rng: random.Random) -> str:
    """One page: headline, date line, maybe a dateline, body, source, keywords, maybe a
    read-also article, related links and share buttons."""
    lines = [main.title, f"تاريخ النشر: {_english_date(main.date)}"]
    if rng.random() < 0.3:
        lines.append(rng.choice(_DATELINES))
    lines += main.paragraphs
    lines.append(f"المصدر: {main.source}")
    keywords = [w for w in main.title.split() if len(w) > 3][:5]
    if keywords:
        lines.append("كلمات دلالية: " + " ".join(keywords))
    if embedded is not None:
        lines += ["إقرأ أيضاً:", embedded.title, *embedded.paragraphs]
    if rng.random() < 0.5:
        lines.append("Related " + " ".join(rng.sample(main.title.split(), min(4, len(main.title.split())))))
    lines.append(_FURNITURE)
    return "\n".join(lines) + "\n"


def write_corpus(n: int, out: Path, seed: int = 0) -> Path:
    """bench/corpus/<n>/landing/<date>/<file>.txt and truth.parquet; reused when present."""
    target = out / str(n)
    done = target / "manifest.json"
    if done.exists():
        return target
    templates, pool = load_sources()
    articles = build_articles(n, templates, pool, seed)
    rng = random.Random(seed + 1)  # noqa: S311 - reproducible layout choices
    embeds = [a for a in articles if a.kind == "read_also"]
    pages = [a for a in articles if a.kind != "read_also"]
    hosts = rng.sample(range(len(pages)), min(len(embeds), len(pages)))
    embedded_in = dict(zip(hosts, embeds, strict=False))
    truth: list[dict[str, Any]] = []
    landing = target / "landing"
    for page_no, page in enumerate(pages):
        folder = landing / page.date.isoformat()
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{page_no:07d}_{page.source}.txt"
        embedded = embedded_in.get(page_no)
        (folder / name).write_text(render(page, embedded, rng), encoding="utf-8")
        path = f"{page.date.isoformat()}/{name}"
        for position, article in enumerate([page] if embedded is None else [page, embedded]):
            truth.append(
                {
                    "source_path": path,
                    "position": position,
                    "original": article.original,
                    "kind": article.kind,
                }
            )
    pl.DataFrame(truth).write_parquet(target / "truth.parquet")
    kinds = pl.DataFrame(truth)["kind"].value_counts().sort("kind").rows()
    done.write_text(
        json.dumps(
            {"articles": len(truth), "files": len(pages), "seed": seed, "kinds": dict(kinds)}, indent=1
        ),
        encoding="utf-8",
    )
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    target = write_corpus(args.articles, args.out, args.seed)
    print((target / "manifest.json").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
