"""Accuracy and speed of language tagging.

    .venv/bin/python -m bench.language_eval [--articles 3000]

Accuracy: the sample files (paragraphs: Arabic; the author bio: English), the
labelled paragraphs in tests/fixtures/languages (en, fr, fa, ur: Persian and Urdu
share the Arabic script and must not come out as Arabic), and SaudiNewsNet
paragraphs written in the Arabic script (expected Arabic).

Speed, one core, on SaudiNewsNet articles: "before" runs langdetect on every
paragraph and on every whole article with all 55 profiles and no length cap (the
straightforward use of the library); "after" is the stage as built: script first,
langdetect capped at 600 characters, articles derived from their paragraphs.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import polars as pl

from bench import saudinewsnet
from tasks.language.tagging import LanguageTagger, tag_articles, tag_paragraphs
from tasks.parse.articles import parse_text
from tasks.parse.lines import Kind
from tests.conftest import SEED_FILES

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "languages"


def _share(counter: Counter[str], key: str) -> str:
    total = sum(counter.values())
    return f"{counter[key]}/{total} ({counter[key] / max(total, 1):.2%})"


def accuracy(tagger: LanguageTagger, n_articles: int) -> list[str]:
    lines = []
    sample_paragraphs = Counter[str]()
    bios = Counter[str]()
    for path in SEED_FILES:
        parsed = parse_text(path.read_text(encoding="utf-8"))
        for art in parsed.articles:
            sample_paragraphs.update(tagger.detect(p).language for p in art.paragraphs)
        bios.update(tagger.detect(r.text).language for r in parsed.removed if r.kind is Kind.AUTHOR_BIO)
    lines.append(
        f"sample files: Arabic paragraphs tagged ar {_share(sample_paragraphs, 'ar')}, "
        f"{dict(sample_paragraphs)}"
    )
    lines.append(f"sample files: English bio paragraphs tagged en {_share(bios, 'en')}")
    for language in ("en", "fr", "fa", "ur"):
        texts = (FIXTURES / f"{language}.txt").read_text(encoding="utf-8").splitlines()
        tags = Counter(tagger.detect(t).language for t in texts)
        lines.append(f"labelled {language}: {_share(tags, language)}; tagged ar: {tags['ar']}; {dict(tags)}")
    arabic = Counter[str]()
    for item in saudinewsnet.articles(n_articles):
        for art in parse_text(saudinewsnet.as_sample_layout(item)).articles:
            for p in art.paragraphs:
                letters = [c for c in p if c.isalpha()]
                if letters and sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters) >= 0.9:
                    arabic[tagger.detect(p).language] += 1
    lines.append(
        f"SaudiNewsNet Arabic-script paragraphs ({n_articles:,} articles): tagged ar {_share(arabic, 'ar')}, "
        f"und {arabic['und']}, other {sum(v for k, v in arabic.items() if k not in ('ar', 'und'))} "
        f"{ {k: v for k, v in arabic.items() if k not in ('ar', 'und')} }"
    )
    return lines


def speed(tagger: LanguageTagger, n_articles: int) -> list[str]:
    articles = []
    for i, item in enumerate(saudinewsnet.articles(n_articles)):
        for art in parse_text(saudinewsnet.as_sample_layout(item)).articles:
            articles.append((f"a{i}.{art.position}", art.paragraphs))
    paragraphs = pl.DataFrame(
        [(aid, pos, text) for aid, paras in articles for pos, text in enumerate(paras)],
        schema={"article_id": pl.String, "position": pl.Int32, "text": pl.String},
        orient="row",
    )
    unbounded = LanguageTagger(max_chars=10_000)  # langdetect's own default cap
    started = time.perf_counter()
    for text in paragraphs["text"].to_list():
        unbounded.detect(text, use_script=False)
    for _, paras in articles:
        unbounded.detect("\n\n".join(paras), use_script=False)
    before = time.perf_counter() - started
    started = time.perf_counter()
    tag_articles(paragraphs, tag_paragraphs(paragraphs, tagger))
    after = time.perf_counter() - started
    n_par, n_art = paragraphs.height, len(articles)
    return [
        f"{n_art:,} articles, {n_par:,} paragraphs, one core",
        f"before (langdetect on every paragraph and article, 55 profiles): {before:.1f} s = "
        f"{n_par / before:,.0f} paragraphs/s, {n_art / before:,.0f} articles/s",
        f"after (script first, 600-char cap, articles from paragraphs): {after:.1f} s = "
        f"{n_par / after:,.0f} paragraphs/s, {n_art / after:,.0f} articles/s; x{before / after:.1f}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    if not saudinewsnet.available():
        raise SystemExit(f"SaudiNewsNet not found at {saudinewsnet.CORPUS_DIR} (set SAUDINEWSNET_DIR)")
    tagger = LanguageTagger()
    print("\n".join(accuracy(tagger, args.articles)))
    print("\n".join(speed(tagger, args.articles)))


if __name__ == "__main__":
    main()
