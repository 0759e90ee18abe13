"""Quote and date scores on the sample articles against tests/gold/{quotes,dates}.json
(written by reading the articles, blind to the extractor), and speed per stage of
quotes, events and dates (event-level scores: bench/events_eval.py).

    .venv/bin/python -m bench.quotes_events_eval [--show]

Quotes: a predicted quote matches a gold one in the same article when their
character spans overlap by at least half of the longer one (kind not required;
"kind" counts matches of the same kind). On matched pairs: the speaker is
right when the normalised texts are equal ("strict") or one contains the other
("lenient"), and the speaker entity when the predicted entity is named in the
gold speaker entity's text (both null also counts).
Dates: a predicted expression matches a gold one that it overlaps; on matched
pairs, the value must be equal (weeks compare their Monday).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from bench import saudinewsnet
from bench.entity_eval import Counts
from tasks.dates.expressions import DateExpression, find_dates
from tasks.entities.extract import default_extractor, extract_entities
from tasks.events.events import Participant, find_events
from tasks.parse.articles import parse_text
from tasks.quotes.quotes import EntitySpan, find_quotes
from tasks.text.match_text import key_of, match_text
from tasks.text.sentences import TextIndex
from tests.conftest import SEED_FILES

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"


@dataclass
class Sample:
    key: str
    body: str
    published: Any
    mentions: list[Participant]

    def surfaces(self, entity_id: str | None) -> set[str]:
        return {key_of(self.body[m.start : m.end]) for m in self.mentions if m.entity_id == entity_id}


def samples() -> list[Sample]:
    out = []
    extractor = default_extractor()
    for path in SEED_FILES:
        for article in parse_text(path.read_text(encoding="utf-8")).articles:
            body = article.body
            frame = pl.DataFrame({"article_id": ["a"], "body": [body]})
            mentions = [
                Participant(r["entity_id"], r["entity_type"], r["start"], r["end"], r["method"])
                for r in extract_entities(frame, extractor).iter_rows(named=True)
            ]
            out.append(Sample(f"{path.name[:3]}.{article.position}", body, article.published_date, mentions))
    return out


def _occurrences(body: str, needle: str) -> list[int]:
    found, at = [], body.find(needle)
    while at >= 0:
        found.append(at)
        at = body.find(needle, at + 1)
    return found


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / max(a[1] - a[0], b[1] - b[0], 1) if inter > 0 else 0.0


def _contains(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


@dataclass
class Rate:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def __str__(self) -> str:
        return f"{self.right}/{self.total} = {self.right / max(self.total, 1):.3f}"

    @property
    def value(self) -> float:
        return self.right / max(self.total, 1)


@dataclass
class Scores:
    quotes: Counts = field(default_factory=Counts)
    quotes_by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    quote_kind: Rate = field(default_factory=Rate)
    speaker_strict: Rate = field(default_factory=Rate)
    speaker_lenient: Rate = field(default_factory=Rate)
    speaker_entity: Rate = field(default_factory=Rate)
    dates: Counts = field(default_factory=Counts)
    date_value: Rate = field(default_factory=Rate)
    notes: list[str] = field(default_factory=list)


def _match(gold: list[tuple[int, int]], predicted: list[tuple[int, int]], threshold: float) -> dict[int, int]:
    """Greedy one-to-one matching by overlap: gold index -> predicted index."""
    pairs = sorted(
        ((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for score, gi, pi in pairs:
        if score < threshold or gi in matched or pi in used:
            continue
        matched[gi] = pi
        used.add(pi)
    return matched


def _locate(body: str, texts: list[str]) -> list[tuple[int, int]]:
    """Spans of gold strings, longest first: each takes its first place not inside a
    span already taken ("الجمعة" is not the one inside "يوم الجمعة")."""
    spans: dict[int, tuple[int, int]] = {}
    taken: list[tuple[int, int]] = []
    for i in sorted(range(len(texts)), key=lambda i: -len(texts[i])):
        places = _occurrences(body, texts[i])
        free = [p for p in places if not any(s <= p < e or s < p + len(texts[i]) <= e for s, e in taken)]
        at = (free or places or [-1])[0]
        spans[i] = (at, at + len(texts[i]))
        taken.append(spans[i])
    return [spans[i] for i in range(len(texts))]


def _score_quotes(s: Sample, gold: list[dict[str, Any]], scores: Scores) -> None:
    predicted = find_quotes(
        s.body, [EntitySpan(m.entity_id, m.entity_type, m.start, m.end) for m in s.mentions]
    )
    spans = _locate(s.body, [g["text"] for g in gold])
    matched = _match(spans, [(q.start, q.end) for q in predicted], 0.5)
    scores.quotes.tp += len(matched)
    scores.quotes.fn += len(gold) - len(matched)
    scores.quotes.fp += len(predicted) - len(matched)
    for kind in ("direct", "indirect"):
        g_kind = [i for i, g in enumerate(gold) if g["kind"] == kind]
        p_kind = [i for i, q in enumerate(predicted) if q.kind == kind]
        ok = sum(1 for gi in g_kind if gi in matched and predicted[matched[gi]].kind == kind)
        scores.quotes_by_kind[kind].tp += ok
        scores.quotes_by_kind[kind].fn += len(g_kind) - ok
        scores.quotes_by_kind[kind].fp += len(p_kind) - ok
    for gi, g in enumerate(gold):
        if gi not in matched:
            scores.notes.append(f"quote missed {s.key} {g['kind']}: {g['text'][:60]}")
            continue
        q = predicted[matched[gi]]
        scores.quote_kind.add(q.kind == g["kind"])
        gold_speaker = key_of(g["speaker"] or "")
        mine = key_of(q.speaker or "")
        scores.speaker_strict.add(gold_speaker == mine)
        scores.speaker_lenient.add(gold_speaker == mine or _contains(gold_speaker, mine))
        entity = g.get("speaker_entity")
        if entity is None:
            scores.speaker_entity.add(q.speaker_entity_id is None)
        else:
            scores.speaker_entity.add(
                any(_contains(key_of(entity), x) for x in s.surfaces(q.speaker_entity_id))
            )
        if gold_speaker != mine and not _contains(gold_speaker, mine):
            scores.notes.append(
                f"speaker {s.key}: gold {g['speaker']!r} mine {q.speaker!r}: {g['text'][:40]}"
            )
    for pi, q in enumerate(predicted):
        if pi not in matched.values():
            scores.notes.append(f"quote extra {s.key} {q.kind}: {q.text[:60]}")


def _date_value(d: DateExpression | None) -> str | None:
    """The value in the gold's terms: weeks by their Monday; a month with no year is null."""
    if d is None:
        return None
    if d.precision == "week":
        return str(d.date) if d.date else None
    if d.precision == "month" and d.value and d.value.startswith("--"):
        return None
    return d.value


def _score_dates(s: Sample, gold: list[dict[str, Any]], predicted: Any, scores: Scores) -> None:
    spans = _locate(s.body, [g["expression"] for g in gold])
    matched = _match(spans, [(d.start, d.end) for d in predicted], 0.01)
    scores.dates.tp += len(matched)
    scores.dates.fn += len(gold) - len(matched)
    scores.dates.fp += len(predicted) - len(matched)
    for gi, g in enumerate(gold):
        if gi not in matched:
            scores.notes.append(f"date missed {s.key}: {g['expression']}")
            continue
        mine = _date_value(predicted[matched[gi]])
        scores.date_value.add(mine == g["value"])
        if mine != g["value"]:
            scores.notes.append(f"date value {s.key} {g['expression']}: gold {g['value']} mine {mine}")
    for pi, d in enumerate(predicted):
        if pi not in matched.values():
            scores.notes.append(f"date extra {s.key}: {d.text}")


def score_samples() -> Scores:
    gold = {
        name: json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))
        for name in ("quotes", "dates")
    }
    scores = Scores()
    for s in samples():
        dates = find_dates(s.body, s.published)
        _score_quotes(s, gold["quotes"][s.key], scores)
        _score_dates(s, gold["dates"][s.key], dates, scores)
    return scores


def report(scores: Scores) -> list[str]:
    lines = ["quotes (span overlap >= 0.5):", "  " + scores.quotes.line("all")]
    lines += ["  " + c.line(k) for k, c in sorted(scores.quotes_by_kind.items())]
    lines += [
        f"  kind {scores.quote_kind}; speaker strict {scores.speaker_strict}, lenient "
        f"{scores.speaker_lenient}; speaker entity {scores.speaker_entity}",
        "dates (overlap):",
        "  " + scores.dates.line("all"),
        f"  value {scores.date_value}",
    ]
    return lines


def speed(repeat: int = 20) -> dict[str, float]:
    """Seconds per article for each stage over the sample articles (one core)."""
    data = samples()
    timings: dict[str, float] = {}
    start = time.perf_counter()
    for _ in range(repeat):
        for s in data:
            find_dates(s.body, s.published)
    timings["dates"] = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(repeat):
        for s in data:
            find_quotes(s.body, [EntitySpan(m.entity_id, m.entity_type, m.start, m.end) for m in s.mentions])
    timings["quotes"] = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(repeat):
        for s in data:
            spans = [EntitySpan(m.entity_id, m.entity_type, m.start, m.end) for m in s.mentions]
            quotes = find_quotes(s.body, spans)
            find_events(s.body, s.mentions, find_dates(s.body, s.published), s.published, quotes)
    timings["quotes+events+dates"] = time.perf_counter() - start
    chars = sum(len(s.body) for s in data) * repeat
    return {k: len(data) * repeat / v for k, v in timings.items()} | {"chars": chars}


@dataclass
class CorpusRun:
    articles: int
    chars: int
    seconds: dict[str, float]
    quotes: pl.DataFrame
    events: pl.DataFrame
    dates: pl.DataFrame
    bodies: pl.DataFrame


def corpus_run(limit: int | None) -> CorpusRun:
    """Quotes, events and dates of SaudiNewsNet articles (another house style), parsed
    as the pipeline does, with each stage timed on one core. The crawl date
    (date_extracted) stands in for the publication date the corpus does not give."""
    rows = [
        (str(i), art.body, dt.datetime.fromisoformat(item["date_extracted"]).date(), item["source"])
        for i, item in enumerate(saudinewsnet.articles(limit))
        for art in parse_text(saudinewsnet.as_sample_layout(item)).articles[:1]
    ]
    bodies = pl.DataFrame(rows, schema=["article_id", "body", "published_date", "source"], orient="row")
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    mentions = extract_entities(bodies, default_extractor())
    seconds["entities"] = time.perf_counter() - started
    by_article: dict[str, list[Participant]] = defaultdict(list)
    for r in mentions.iter_rows(named=True):
        by_article[r["article_id"]].append(
            Participant(r["entity_id"], r["entity_type"], r["start"], r["end"], r["method"])
        )
    quotes, events, dates = [], [], []
    timer = dict.fromkeys(("match_text", "dates", "quotes", "events"), 0.0)
    for aid, body, published, source in bodies.iter_rows():
        t0 = time.perf_counter()
        m_text = match_text(body)
        t1 = time.perf_counter()
        found = find_dates(body, published, m_text)
        t2 = time.perf_counter()
        spans = [EntitySpan(m.entity_id, m.entity_type, m.start, m.end) for m in by_article[aid]]
        qs = find_quotes(body, spans, m_text)
        t3 = time.perf_counter()
        es = find_events(body, by_article[aid], found, published, qs, TextIndex(body, m_text)).events
        t4 = time.perf_counter()
        for name, a, b in (("match_text", t0, t1), ("dates", t1, t2), ("quotes", t2, t3), ("events", t3, t4)):
            timer[name] += b - a
        dates += [
            (aid, source, d.start, d.end, d.text, d.kind, d.calendar, d.precision, d.anchor, d.value)
            for d in found
        ]
        quotes += [
            (aid, source, q.kind, q.start, q.end, q.speaker, q.speaker_entity_id, q.attribution, q.cue)
            for q in qs
        ]
        events += [
            (
                aid,
                source,
                e.event_type,
                e.status,
                e.trigger_start,
                e.trigger_end,
                e.start,
                e.end,
                bool(e.participants),
                e.location_entity_id is not None,
                e.date is not None,
            )
            for e in es
        ]
    seconds |= timer
    return CorpusRun(
        articles=bodies.height,
        chars=int(bodies["body"].str.len_chars().sum()),
        seconds=seconds,
        quotes=pl.DataFrame(
            quotes,
            schema=[
                "article_id",
                "source",
                "kind",
                "start",
                "end",
                "speaker",
                "speaker_entity_id",
                "attribution",
                "cue",
            ],
            orient="row",
        ),
        events=pl.DataFrame(
            events,
            schema=[
                "article_id",
                "source",
                "event_type",
                "status",
                "trigger_start",
                "trigger_end",
                "start",
                "end",
                "has_participants",
                "has_location",
                "has_date",
            ],
            orient="row",
        ),
        dates=pl.DataFrame(
            dates,
            schema=[
                "article_id",
                "source",
                "start",
                "end",
                "text",
                "kind",
                "calendar",
                "precision",
                "anchor",
                "value",
            ],
            orient="row",
        ),
        bodies=bodies,
    )


def _share(frame: pl.DataFrame, column: str) -> str:
    counts = frame[column].value_counts(sort=True)
    return ", ".join(f"{v} {n / max(frame.height, 1):.1%}" for v, n in counts.iter_rows())


def _mean(series: pl.Series) -> float:
    value = series.cast(pl.Float64).mean()
    return float(value) if isinstance(value, (int, float)) else 0.0


def corpus_report(run: CorpusRun) -> list[str]:
    per_k = 1000 / max(run.articles, 1)
    q, e, d = run.quotes, run.events, run.dates
    return [
        f"SaudiNewsNet: {run.articles:,} articles, {run.chars:,} characters",
        f"quotes: {q.height:,} ({q.height * per_k:.0f} per 1k articles); kind: {_share(q, 'kind')}",
        f"  attribution: {_share(q, 'attribution')}",
        f"  with a speaker {_mean(q['speaker'].is_not_null()):.1%}, linked to an entity "
        f"{_mean(q['speaker_entity_id'].is_not_null()):.1%}",
        f"events: {e.height:,} ({e.height * per_k:.0f} per 1k); type: {_share(e, 'event_type')}",
        f"  status: {_share(e, 'status')}; with participants {_mean(e['has_participants']):.1%}, "
        f"location {_mean(e['has_location']):.1%}, date {_mean(e['has_date']):.1%}",
        f"dates: {d.height:,} ({d.height * per_k:.0f} per 1k); kind: {_share(d, 'kind')}",
        f"  calendar: {_share(d, 'calendar')}; precision: {_share(d, 'precision')}",
        f"  anchor: {_share(d, 'anchor')}",
        "speed (articles/s, one core): "
        + ", ".join(f"{k} {run.articles / max(v, 1e-9):,.0f}" for k, v in run.seconds.items()),
    ]


def _context(body: str, start: int, end: int, width: int = 60) -> str:
    return f"{body[max(0, start - width) : start]}[[{body[start:end]}]]{body[end : end + width]}".replace(
        "\n", " / "
    )


def audit_lines(run: CorpusRun, n: int, seed: int) -> list[str]:
    """Random quotes and dates in context, one per line, for judging by hand."""
    bodies = dict(zip(run.bodies["article_id"].to_list(), run.bodies["body"].to_list(), strict=True))
    lines = ["# quotes: kind, speaker, attribution, quote in context"]
    for r in run.quotes.sample(min(n, run.quotes.height), seed=seed).iter_rows(named=True):
        body = bodies[r["article_id"]]
        lines.append(
            f"Q\t{r['kind']}\t{r['speaker']}\t{r['attribution']}\t{_context(body, r['start'], r['end'], 120)}"
        )
    lines.append("# dates: value, precision, anchor, expression in context")
    for r in run.dates.sample(min(n, run.dates.height), seed=seed).iter_rows(named=True):
        body = bodies[r["article_id"]]
        lines.append(
            f"D\t{r['value']}\t{r['precision']}\t{r['anchor']}\t{_context(body, r['start'], r['end'])}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", action="store_true", help="list every miss, extra and wrong attribute")
    parser.add_argument(
        "--corpus", type=int, default=0, metavar="N", help="also run N SaudiNewsNet articles (-1: all)"
    )
    parser.add_argument(
        "--audit", metavar="FILE", help="with --corpus: write random quotes and dates in context"
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed of the --audit sample")
    args = parser.parse_args()
    scores = score_samples()
    print("\n".join(report(scores)))
    if args.show:
        print("\n".join(scores.notes))
    rates = speed()
    print(
        "speed (articles/s, one core): "
        + ", ".join(f"{k} {v:,.0f}" for k, v in rates.items() if k != "chars")
    )
    if args.corpus and saudinewsnet.available():
        run = corpus_run(None if args.corpus < 0 else args.corpus)
        print("\n".join(corpus_report(run)))
        if args.audit:
            Path(args.audit).write_text("\n".join(audit_lines(run, 100, args.seed)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
