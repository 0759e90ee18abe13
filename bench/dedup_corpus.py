"""Deduplicate the real SaudiNewsNet corpus and show near pairs to read.

    .venv/bin/python -m bench.dedup_corpus [--threshold T] [--shingle-size N] [--sample 20]

Reports how many exact, near and contained duplicates the stage finds among the
17,641 articles (parsed like the sample files), the largest clusters, the most
repeated boilerplate paragraphs, and a random sample of near and contained pairs
(titles and openings) for a human to judge.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

import polars as pl

from bench import saudinewsnet
from tasks.dedup.clusters import DedupParams, DedupResult, dedup_articles
from tasks.parse.articles import parse_text


def corpus_articles() -> pl.DataFrame:
    rows = []
    for i, item in enumerate(saudinewsnet.articles()):
        for art in parse_text(saudinewsnet.as_sample_layout(item)).articles:
            rows.append(
                {
                    "article_id": f"snn{i}.{art.position}",
                    "title": art.title,
                    "source": item["source"],
                    "day": item["date_extracted"][:10],
                    "body": art.body,
                    # the crawl day stands in for the publication date (the corpus has none)
                    "published_date": dt.date.fromisoformat(item["date_extracted"][:10]),
                    "char_count": len(art.body),
                }
            )
    return pl.DataFrame(rows, schema_overrides={"published_date": pl.Date, "char_count": pl.Int32})


def describe(articles: pl.DataFrame, result: DedupResult, sample: int, seed: int = 3) -> str:
    dups = result.duplicates
    lines = [
        f"articles {articles.height:,}; clusters {result.assignments['cluster_id'].n_unique():,}; "
        f"duplicates {dups.height:,}",
        "by method: " + str(dict(dups.group_by("method").len().sort("method").iter_rows())),
        "direct links: " + str(dups["direct"].sum()),
        "largest clusters: "
        + str(
            result.assignments.group_by("cluster_id")
            .len()
            .sort("len", descending=True)["len"]
            .head(8)
            .to_list()
        ),
        f"boilerplate paragraphs (>= 5 stories): {result.paragraph_stories['is_boilerplate'].sum()}",
    ]
    info = articles.select("article_id", "title", "source", "day", "body")
    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    for method in ("near", "contained"):
        rows = dups.filter(pl.col("method") == method).to_dicts()
        lines.append(f"--- {min(sample, len(rows))} random {method} pairs of {len(rows)}")
        for row in rng.sample(rows, min(sample, len(rows))):
            a = info.filter(pl.col("article_id") == row["article_id"]).row(0, named=True)
            b = info.filter(pl.col("article_id") == row["duplicate_of"]).row(0, named=True)
            lines.append(
                f"J={row['similarity']:.2f} C={row['containment']:.2f} direct={row['direct']}\n"
                f"  A [{a['source']} {a['day']}] {a['title'][:90]} | {a['body'][:140]!r}\n"
                f"  B [{b['source']} {b['day']}] {b['title'][:90]} | {b['body'][:140]!r}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=DedupParams.threshold)
    parser.add_argument("--shingle-size", type=int, default=DedupParams.shingle_size)
    parser.add_argument("--sample", type=int, default=20)
    args = parser.parse_args()
    if not saudinewsnet.available():
        raise SystemExit(f"SaudiNewsNet not found at {saudinewsnet.CORPUS_DIR} (set SAUDINEWSNET_DIR)")
    articles = corpus_articles()
    params = DedupParams(threshold=args.threshold, shingle_size=args.shingle_size)
    started = time.perf_counter()
    result = dedup_articles(articles, params)
    print(
        f"params: {params}; dedup of {articles.height:,} articles took {time.perf_counter() - started:.1f} s"
    )
    print(describe(articles, result, args.sample))


if __name__ == "__main__":
    main()
