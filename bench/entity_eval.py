"""Entity extraction scores: the sample articles against tests/gold/entities.json, and
the ANERcorp training split (real newswire annotated by others), and speed.

    .venv/bin/python -m bench.entity_eval [--anercorp-sentences N]

Samples: entity level per article. A predicted entity (nationality evidence left
out) is right when one of its surfaces (or its gazetteer name) equals, after normalisation, a surface of a
gold entity of the same type (PER, ORG, or PLACE for GPE/LOC/FAC); "lenient" also
accepts a surface that contains the gold one or is contained in it.

ANERcorp: each sentence's tokens are joined by spaces, ten sentences a text; a mention is
widened to whole tokens (ANERcorp tokens keep their proclitics: [[وبوتين]]) and
must match a gold entity's tokens and type exactly (PER->PERS, ORG, GPE/LOC/FAC
->LOC; a nationality adjective, ANERcorp's most frequent MISC, -> MISC). Other
MISC (events, prizes, religions) is never predicted, and counts only in "all".
The gazetteer is not built from this corpus; it is only measured on it.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import polars as pl

from bench import saudinewsnet
from tasks.entities.extract import EntityExtractor, Mention, extract_entities
from tasks.parse.articles import parse_text
from tasks.text.match_text import key_of
from tests.conftest import SEED_FILES

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "entities.json"
# CLEANANERCorp's training split, kept outside the repository (ANERCORP_DIR says where)
ANERCORP_DIR = Path(os.environ.get("ANERCORP_DIR", ROOT.parent / "shared" / "data" / "anercorp"))
ANERCORP = ANERCORP_DIR / "cleananercorp_TRAIN.txt"
COARSE = {"PER": "PER", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
CHUNK = 10  # ANERcorp sentences per text: the corpus is in article order
ANER_TYPE = {"PER": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.tp + self.fn, 1)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        scores = f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
        return f"{label:8} {scores}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


@dataclass
class SampleScores:
    strict: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in ("PER", "ORG", "PLACE")})
    lenient: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in ("PER", "ORG", "PLACE")})
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def total(self, kind: str) -> Counts:
        table = self.strict if kind == "strict" else self.lenient
        return Counts(*(sum(getattr(c, a) for c in table.values()) for a in ("tp", "fp", "fn")))


def _contains(a: str, b: str) -> bool:
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _predicted_entities(extractor: EntityExtractor, body: str) -> dict[str, tuple[str, set[str]]]:
    """entity_id -> (coarse type, normalised surfaces), nationality evidence left out."""
    predicted: dict[str, tuple[str, set[str]]] = {}
    for m in extractor.mentions(body):
        if m.method == "nationality":
            continue
        _, surfaces = predicted.setdefault(m.entity_id, (COARSE[m.entity_type], set()))
        surfaces.add(key_of(m.surface))
        if m.method == "gazetteer":  # "للبيت الأبيض" leaves "بيت الأبيض": the name stands
            surfaces.add(key_of(m.name))
    return predicted


def _score_type(
    golds: list[set[str]], predicted: list[set[str]], lenient: bool
) -> tuple[Counts, list[int], list[set[str]]]:
    """Counts for one type of one article, the gold entities missed, the extras."""
    counts, found, extras = Counts(), [False] * len(golds), []
    for surfaces in predicted:
        hit = False
        for g, variants in enumerate(golds):
            if surfaces & variants or (lenient and any(_contains(s, v) for s in surfaces for v in variants)):
                found[g] = hit = True
        counts.tp += hit
        counts.fp += not hit
        if not hit:
            extras.append(surfaces)
    counts.fn = found.count(False)
    return counts, [g for g, ok in enumerate(found) if not ok], extras


def score_samples(extractor: EntityExtractor) -> SampleScores:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    scores = SampleScores()
    for path in SEED_FILES:
        for article in parse_text(path.read_text(encoding="utf-8")).articles:
            key = f"{path.name[:3]}.{article.position}"
            predicted = _predicted_entities(extractor, article.body)
            for coarse in ("PER", "ORG", "PLACE"):
                golds = [{key_of(s) for s in entity} for entity in gold[key].get(coarse, [])]
                mine = [surfaces for kind, surfaces in predicted.values() if kind == coarse]
                for lenient, table in ((False, scores.strict), (True, scores.lenient)):
                    counts, missed, extras = _score_type(golds, mine, lenient)
                    for attr in ("tp", "fp", "fn"):
                        setattr(table[coarse], attr, getattr(table[coarse], attr) + getattr(counts, attr))
                    if not lenient:
                        scores.misses += [f"{key} {coarse} {sorted(golds[g])}" for g in missed]
                        scores.extras += [f"{key} {coarse} {sorted(s)}" for s in extras]
    return scores


def anercorp_sentences(limit: int | None = None) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in ANERCORP.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            sentences[-1].append((parts[0], parts[1]))
        elif not parts and sentences[-1]:
            if limit is not None and len(sentences) >= limit:
                break
            sentences.append([])
    return [s for s in sentences if s]


def _gold_spans(sentence: list[tuple[str, str]]) -> set[tuple[int, int, str]]:
    spans, start, kind = set(), -1, ""
    for i, (_, tag) in enumerate([*sentence, ("", "O")]):
        if tag.startswith("I-") and start >= 0 and tag[2:] == kind:
            continue
        if start >= 0:
            spans.add((start, i, kind))
            start = -1
        if tag.startswith(("B-", "I-")):
            start, kind = i, tag[2:]
    return spans


def _predicted_spans(sentence: list[tuple[str, str]], mentions: list[Mention]) -> set[tuple[int, int, str]]:
    starts, pos = [], 0
    for token, _ in sentence:
        starts.append(pos)
        pos += len(token) + 1
    spans = set()
    for m in mentions:
        first = max(i for i, s in enumerate(starts) if s <= m.start)
        last = max(i for i, s in enumerate(starts) if s < m.end)
        spans.add((first, last + 1, "MISC" if m.method == "nationality" else ANER_TYPE[m.entity_type]))
    return spans


def score_anercorp(
    extractor: EntityExtractor, limit: int | None = None
) -> tuple[dict[str, Counts], float, int]:
    """Tagged CHUNK sentences at a time, one per line, as an article would be (so that
    a surname resolves to the full name of a sentence before); scored per sentence."""
    counts = {t: Counts() for t in ("PERS", "ORG", "LOC", "MISC")}
    sentences = anercorp_sentences(limit)
    started = time.perf_counter()
    for c in range(0, len(sentences), CHUNK):
        chunk = sentences[c : c + CHUNK]
        lines = [" ".join(t for t, _ in sentence) for sentence in chunk]
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        per_line: list[list[Mention]] = [[] for _ in chunk]
        for m in extractor.mentions("\n".join(lines)):
            k = bisect.bisect_right(offsets, m.start) - 1
            per_line[k].append(replace(m, start=m.start - offsets[k], end=m.end - offsets[k]))
        for sentence, mentions in zip(chunk, per_line, strict=True):
            gold = _gold_spans(sentence)
            predicted = _predicted_spans(sentence, mentions)
            for span in predicted:
                counts[span[2]].tp += span in gold
                counts[span[2]].fp += span not in gold
            for span in gold - predicted:
                counts[span[2]].fn += 1
    return counts, time.perf_counter() - started, sum(len(s) for s in sentences)


def corpus_speed(extractor: EntityExtractor, limit: int | None) -> tuple[pl.DataFrame, pl.DataFrame, float]:
    """The SaudiNewsNet articles (parsed like the pipeline does), their mentions, and
    the seconds extraction took on one core."""
    bodies = [
        art.body
        for item in saudinewsnet.articles(limit)
        for art in parse_text(saudinewsnet.as_sample_layout(item)).articles
    ]
    frame = pl.DataFrame({"article_id": [str(i) for i in range(len(bodies))], "body": bodies})
    started = time.perf_counter()
    mentions = extract_entities(frame, extractor)
    return frame, mentions, time.perf_counter() - started


def _in_context(row: dict[str, Any]) -> str:
    body, start, end = row["body"], row["start"], row["end"]
    return f"{body[max(0, start - 50) : start]}[[{body[start:end]}]]{body[end : end + 50]}".replace("\n", " ")


def audit_sample(mentions: pl.DataFrame, bodies: pl.DataFrame, n: int, seed: int = 11) -> list[str]:
    """Random mentions with their context, one line each, for judging precision by hand."""
    sample = mentions.sample(min(n, mentions.height), seed=seed).join(bodies, on="article_id")
    return [
        "\t".join([r["method"], r["entity_type"], r["entity_id"], r["surface"], _in_context(r)])
        for r in sample.iter_rows(named=True)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--anercorp-sentences", type=int, default=None)
    parser.add_argument(
        "--corpus", type=int, default=0, metavar="N", help="time N SaudiNewsNet articles (-1: all)"
    )
    parser.add_argument(
        "--audit", metavar="FILE", help="with --corpus: write random mentions in context to FILE"
    )
    parser.add_argument("--seed", type=int, default=11, help="random seed of the --audit sample")
    args = parser.parse_args()
    started = time.perf_counter()
    extractor = EntityExtractor()
    print(f"extractor built in {time.perf_counter() - started:.2f} s")
    samples = score_samples(extractor)
    print("sample articles (entity level, strict / lenient):")
    for coarse in ("PER", "ORG", "PLACE"):
        print(
            "  "
            + samples.strict[coarse].line(coarse)
            + "   lenient F1 "
            + f"{samples.lenient[coarse].f1:.3f}"
        )
    print(
        "  " + samples.total("strict").line("all") + "   lenient F1 " + f"{samples.total('lenient').f1:.3f}"
    )
    print("  missed:", *samples.misses, sep="\n    ")
    print("  extra:", *samples.extras, sep="\n    ")
    if not ANERCORP.exists():
        print(f"ANERcorp not found at {ANERCORP}: set ANERCORP_DIR to score it")
    else:
        counts, seconds, tokens = score_anercorp(extractor, args.anercorp_sentences)
        print(f"ANERcorp training split ({tokens:,} tokens, {seconds:.1f} s):")
        for kind in ("PERS", "ORG", "LOC", "MISC"):
            print("  " + counts[kind].line(kind))
        known = Counts(
            *(sum(getattr(counts[k], a) for k in ("PERS", "ORG", "LOC")) for a in ("tp", "fp", "fn"))
        )
        everything = Counts(*(sum(getattr(c, a) for c in counts.values()) for a in ("tp", "fp", "fn")))
        print("  " + known.line("PER+ORG+LOC"))
        print("  " + everything.line("all"))
    if args.corpus and saudinewsnet.available():
        articles, mentions, seconds = corpus_speed(extractor, None if args.corpus < 0 else args.corpus)
        chars = articles["body"].str.len_chars().sum()
        print(
            f"SaudiNewsNet: {articles.height:,} articles, {chars:,} characters "
            f"in {seconds:.1f} s on one core: "
            f"{articles.height / seconds:,.0f} articles/s, {mentions.height / seconds:,.0f} mentions/s "
            f"({mentions.height:,} mentions)"
        )
        print("  by method:", dict(mentions.group_by("method").len().sort("method").iter_rows()))
        if args.audit:
            Path(args.audit).write_text(
                "\n".join(audit_sample(mentions, articles, 400, args.seed)) + "\n", encoding="utf-8"
            )
            print(f"  400 random mentions with context written to {args.audit}")


if __name__ == "__main__":
    main()
