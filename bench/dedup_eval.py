"""Precision and recall of duplicate pairs on labelled near-duplicates of real articles.

    .venv/bin/python -m bench.dedup_eval [--originals 1500] [--threshold 0.5] [--shingle-size 3]

Originals are the sample articles and SaudiNewsNet articles (at least 80 words,
3 paragraphs). Articles that are already copies of each other in the corpus (same
normalised body, or character 5-gram Jaccard >= 0.6, a measure the detector does
not use) are reduced to one, so that every pair of originals is a true negative.
Each of the first half of the originals gets two mutants, each made of 2-4 edits:
whitespace and punctuation changes, ي/ى and أ/ا swaps, diacritics, paragraphs
reordered, dropped or appended (from another article, at most a quarter of the
article's length), boilerplate lines added, a share (5-15%) of words replaced; a
mutant is dated 0-2 days after its original. Hard negatives are pairs of different
originals from the same day that share the most rare words: different stories on
the same topic, like sample files 000 and 004.

Pairs are counted within predicted clusters against the gold clusters (an original
and its mutants).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import polars as pl

from bench import saudinewsnet
from tasks.dedup.clusters import DedupParams, dedup_articles
from tasks.parse.articles import PARAGRAPH_SEP, parse_text
from tasks.text.normalize import normalize_arabic
from tests.conftest import SEED_FILES

BOILERPLATE_LINES = [
    "تابعونا على تويتر وفيسبوك للمزيد من الأخبار العاجلة",
    "جميع الحقوق محفوظة لصحيفة الخبر اليومي",
    "للاشتراك في خدمة الأخبار العاجلة أرسل رسالة نصية",
    "اقرأ المزيد من الأخبار على موقعنا الإلكتروني",
]
DIACRITICS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652"]


@dataclass
class Original:
    key: str
    day: str
    paragraphs: list[str]


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def load_originals(limit: int, rng: random.Random) -> list[Original]:
    originals = []
    for path in SEED_FILES:
        for art in parse_text(path.read_text(encoding="utf-8")).articles:
            originals.append(Original(f"seed:{path.name[:3]}:{art.position}", "2025-10-21", art.paragraphs))
    for i, item in enumerate(saudinewsnet.articles()):
        parsed = parse_text(saudinewsnet.as_sample_layout(item))
        if parsed.articles:
            paras = parsed.articles[0].paragraphs
            if _words(paras) >= 80 and len(paras) >= 3:
                originals.append(Original(f"snn:{i}", item["date_extracted"][:10], paras))
    rng.shuffle(originals)
    seeds = [o for o in originals if o.key.startswith("seed:")]
    return seeds + [o for o in originals if not o.key.startswith("seed:")][: limit - len(seeds)]


def _char_grams(text: str, n: int = 5) -> set[str]:
    key = normalize_arabic(text)
    return {key[i : i + n] for i in range(max(1, len(key) - n + 1))}


def drop_corpus_duplicates(originals: list[Original]) -> tuple[list[Original], int]:
    """Keep one of each group of originals that are copies of each other in the corpus:
    character 5-gram Jaccard >= 0.6 or containment of the smaller >= 0.5 (a wire piece
    inside a longer roundup, one story rewritten by two outlets)."""
    grams = [_char_grams(" ".join(o.paragraphs)) for o in originals]
    index: dict[str, list[int]] = defaultdict(list)
    kept: list[int] = []
    for i, g in enumerate(grams):
        counts: Counter[int] = Counter()
        for gram in sorted(g)[:: max(1, len(g) // 200)]:  # a sample of grams finds candidates
            counts.update(index[gram])
        duplicate = any(
            len(g & grams[j]) / len(g | grams[j]) >= 0.6
            or len(g & grams[j]) / min(len(g), len(grams[j])) >= 0.5
            for j, c in counts.most_common(5)
            if c >= 10
        )
        if not duplicate:
            kept.append(i)
            for gram in g:
                index[gram].append(i)
    return [originals[i] for i in kept], len(originals) - len(kept)


# -- mutations ----------------------------------------------------------------------


def _whitespace_punct(paras: list[str], rng: random.Random) -> list[str]:
    out = []
    for paragraph in paras:
        edited = paragraph.replace("،", rng.choice(["،", ",", " ،", ""]))
        edited = edited.replace(".", rng.choice([".", " .", "..", "!"]))
        out.append(edited.replace(" ", rng.choice([" ", "  ", " \u00a0"]), rng.randint(0, 5)))
    return out


def _letter_swaps(paras: list[str], rng: random.Random) -> list[str]:
    def swap(word: str) -> str:
        if word.endswith("ي") and rng.random() < 0.5:
            word = word[:-1] + "ى"
        if word[:1] in "أإ" and rng.random() < 0.5:
            word = "ا" + word[1:]
        elif word[:1] == "ا" and rng.random() < 0.2:
            word = "أ" + word[1:]
        return word

    return [" ".join(swap(w) for w in p.split()) for p in paras]


def _diacritics(paras: list[str], rng: random.Random) -> list[str]:
    return [
        "".join(
            c + (rng.choice(DIACRITICS) if "\u0621" <= c <= "\u064a" and rng.random() < 0.15 else "")
            for c in p
        )
        for p in paras
    ]


def _reorder(paras: list[str], rng: random.Random) -> list[str]:
    out = list(paras)
    rng.shuffle(out)
    return out


def _drop(paras: list[str], rng: random.Random) -> list[str]:
    if len(paras) < 3:
        return paras
    out = list(paras)
    del out[rng.randrange(len(out))]
    return out


def _boilerplate(paras: list[str], rng: random.Random) -> list[str]:
    extra = rng.sample(BOILERPLATE_LINES, rng.randint(1, 2))
    return paras + extra if rng.random() < 0.7 else extra + paras


def _replace_words(paras: list[str], rng: random.Random, vocabulary: list[str]) -> list[str]:
    share = rng.uniform(0.05, 0.15)
    return [" ".join(rng.choice(vocabulary) if rng.random() < share else w for w in p.split()) for p in paras]


MUTATIONS = [
    "whitespace_punct",
    "letter_swaps",
    "diacritics",
    "reorder",
    "drop",
    "append",
    "boilerplate",
    "replace_words",
]


def mutate(
    paras: list[str], rng: random.Random, donor: list[str], vocabulary: list[str]
) -> tuple[list[str], list[str]]:
    ops = rng.sample(MUTATIONS, rng.randint(2, 4))
    for op in ops:
        if op == "append":  # a paragraph from another article, small beside this one
            size = sum(len(p) for p in paras)
            fitting = [d for d in donor if len(d) <= 0.25 * size]
            if fitting:
                paras = [*paras, rng.choice(fitting)]
        elif op == "replace_words":
            paras = _replace_words(paras, rng, vocabulary)
        else:
            paras = globals()[f"_{op}"](paras, rng)
    return paras, ops


# -- evaluation -----------------------------------------------------------------------


@dataclass
class Scores:
    pairs_gold: int = 0
    pairs_predicted: int = 0
    pairs_correct: int = 0
    hard_negatives: int = 0
    hard_negatives_merged: int = 0
    dropped_corpus_copies: int = 0
    documents: int = 0
    seconds: float = 0.0
    recall_by_op: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.pairs_correct / max(self.pairs_predicted, 1)

    @property
    def recall(self) -> float:
        return self.pairs_correct / max(self.pairs_gold, 1)

    def report(self) -> str:
        ops = ", ".join(f"{op} {hit}/{n}" for op, (hit, n) in sorted(self.recall_by_op.items()))
        return "\n".join(
            [
                f"documents {self.documents:,} "
                f"(corpus copies dropped from the originals: {self.dropped_corpus_copies})",
                f"precision {self.precision:.4f} "
                f"({self.pairs_correct:,}/{self.pairs_predicted:,} predicted pairs)",
                f"recall    {self.recall:.4f} ({self.pairs_correct:,}/{self.pairs_gold:,} gold pairs)",
                f"hard negatives merged: {self.hard_negatives_merged}/{self.hard_negatives}",
                f"original-mutant pairs found, by edit: {ops}",
                f"dedup time {self.seconds:.2f} s",
            ]
        )


def hard_negative_pairs(originals: list[Original], per_day: int = 40) -> list[tuple[int, int]]:
    """Pairs of different originals of one day sharing the most rare words."""
    doc_freq: Counter[str] = Counter()
    words = [set(normalize_arabic(" ".join(o.paragraphs)).split()) for o in originals]
    for w in words:
        doc_freq.update(w)
    rare = [{t for t in w if 2 <= doc_freq[t] <= 20 and len(t) > 3} for w in words]
    by_day: dict[str, list[int]] = defaultdict(list)
    for i, o in enumerate(originals):
        by_day[o.day].append(i)
    pairs = []
    for members in by_day.values():
        scored = sorted(
            ((len(rare[i] & rare[j]), i, j) for i, j in itertools.combinations(members[:300], 2)),
            reverse=True,
        )
        pairs += [(i, j) for score, i, j in scored[:per_day] if score >= 3]
    if all(o.key != "seed:000:0" for o in originals[:1]):
        seeds = {o.key: i for i, o in enumerate(originals)}
        if "seed:000:0" in seeds and "seed:004:0" in seeds:
            pairs.append((seeds["seed:000:0"], seeds["seed:004:0"]))
    return pairs


def evaluate(n_originals: int, params: DedupParams, seed: int = 7) -> Scores:
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    originals, dropped = drop_corpus_duplicates(load_originals(n_originals, rng))
    vocabulary = [w for o in originals[:200] for p in o.paragraphs for w in p.split()]
    days = [dt.date.fromisoformat(o.day) for o in originals]
    docs: list[tuple[int, str, list[str], dt.date]] = [
        (i, f"o{i}", o.paragraphs, days[i]) for i, o in enumerate(originals)
    ]
    ops_of: dict[str, list[str]] = {}
    for i, o in enumerate(originals[: len(originals) // 2]):
        for k in range(2):
            donor = originals[rng.randrange(len(originals))].paragraphs
            paras, ops = mutate(o.paragraphs, rng, donor, vocabulary)
            docs.append((i, f"m{i}.{k}", paras, days[i] + dt.timedelta(days=rng.randint(0, 2))))
            ops_of[f"m{i}.{k}"] = ops
    articles = pl.DataFrame(
        {
            "article_id": [d[1] for d in docs],
            "body": [PARAGRAPH_SEP.join(d[2]) for d in docs],
            "published_date": [d[3] for d in docs],
            "char_count": [len(PARAGRAPH_SEP.join(d[2])) for d in docs],
        },
        schema_overrides={"published_date": pl.Date, "char_count": pl.Int32},
    )
    started = time.perf_counter()
    result = dedup_articles(articles, params)
    scores = Scores(documents=len(docs), dropped_corpus_copies=dropped, seconds=time.perf_counter() - started)

    gold = {d[1]: d[0] for d in docs}
    cluster = dict(result.assignments.select("article_id", "cluster_id").iter_rows())
    predicted_groups: dict[str, list[str]] = defaultdict(list)
    for article, c in cluster.items():
        predicted_groups[c].append(article)
    gold_groups: dict[int, list[str]] = defaultdict(list)
    for article, g in gold.items():
        gold_groups[g].append(article)
    scores.pairs_gold = sum(len(m) * (len(m) - 1) // 2 for m in gold_groups.values())
    for members in predicted_groups.values():
        for a, b in itertools.combinations(members, 2):
            scores.pairs_predicted += 1
            scores.pairs_correct += gold[a] == gold[b]
    by_op: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for mutant, ops in ops_of.items():
        found = cluster[mutant] == cluster[f"o{gold[mutant]}"]
        for op in ops:
            by_op[op][0] += found
            by_op[op][1] += 1
    scores.recall_by_op = {op: (hit, n) for op, (hit, n) in by_op.items()}
    negatives = hard_negative_pairs(originals)
    scores.hard_negatives = len(negatives)
    scores.hard_negatives_merged = sum(cluster[f"o{i}"] == cluster[f"o{j}"] for i, j in negatives)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--originals", type=int, default=1500)
    parser.add_argument("--threshold", type=float, default=DedupParams.threshold)
    parser.add_argument("--shingle-size", type=int, default=DedupParams.shingle_size)
    parser.add_argument("--num-perm", type=int, default=DedupParams.num_perm)
    parser.add_argument("--containment", type=float, default=DedupParams.containment)
    args = parser.parse_args()
    if not saudinewsnet.available():
        raise SystemExit(f"SaudiNewsNet not found at {saudinewsnet.CORPUS_DIR} (set SAUDINEWSNET_DIR)")
    params = DedupParams(
        threshold=args.threshold,
        shingle_size=args.shingle_size,
        num_perm=args.num_perm,
        containment=args.containment,
    )
    print(f"params: {params}")
    print(evaluate(args.originals, params).report())


if __name__ == "__main__":
    main()
