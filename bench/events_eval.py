"""Event-level scores against the blind gold (bench/events_gold.py).

    .venv/bin/python -m bench.events_eval [--saudinewsnet] [--show]

The system runs as the pipeline does (entities, then tasks.enrich.extract_quotes_events
on the parsed articles). A system mention and a gold mention are aligned when their
triggers overlap, or when the gold trigger lies in the system mention's sentence
and their types are compatible (a statement's trigger is often the other
reporting word of the same sentence). A system event and a gold event match when
they have aligned mentions and compatible types (statement with statement; a
summit, meeting, call or visit with any of these; other types with their own),
one to one, most aligned mentions first.

- event precision / recall: matched events over system / gold events;
- type: exact type on matched pairs; status and date (the gold's convention: day
  YYYY-MM-DD, week or month YYYY-MM, year YYYY, unanchored --MM-DD, which a system
  date of that month and day matches; both null is right);
- B-cubed over the aligned mentions: gold events against system events;
- non-events: gold non-event mentions the system made an event of.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from bench import events_gold, saudinewsnet
from bench.quotes_events_eval import Rate
from tasks.enrich import extract_quotes_events
from tasks.entities.extract import default_extractor, extract_entities

CONSULT = frozenset({"summit", "meeting", "phone_call", "visit"})


def compatible(a: str, b: str) -> bool:
    return a == b or (a in CONSULT and b in CONSULT)


@dataclass
class _SysEvent:
    event_id: str
    event_type: str
    status: str
    date: str | None
    mentions: list[tuple[int, int, int, int, str]]  # trigger start, end, sentence start, end, type


@dataclass
class EventScores:
    system: int = 0
    gold: int = 0
    matched: int = 0
    type: Rate = field(default_factory=Rate)
    status: Rate = field(default_factory=Rate)
    date: Rate = field(default_factory=Rate)
    b3_precision: list[float] = field(default_factory=list)
    b3_recall: list[float] = field(default_factory=list)
    non_events_made: Counter[str] = field(default_factory=Counter)
    non_events: Counter[str] = field(default_factory=Counter)
    by_type: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / max(self.system, 1)

    @property
    def recall(self) -> float:
        return self.matched / max(self.gold, 1)

    @property
    def b_cubed(self) -> tuple[float, float]:
        p = sum(self.b3_precision) / max(len(self.b3_precision), 1)
        r = sum(self.b3_recall) / max(len(self.b3_recall), 1)
        return p, r

    def lines(self, name: str) -> list[str]:
        f1 = 2 * self.precision * self.recall / max(self.precision + self.recall, 1e-9)
        bp, br = self.b_cubed
        made = sum(self.non_events_made.values())
        lines = [
            f"{name}: events P {self.precision:.3f} R {self.recall:.3f} F1 {f1:.3f} "
            f"({self.matched} matched, {self.system} system, {self.gold} gold)",
            f"  type {self.type}; status {self.status}; date {self.date}",
            f"  mention clustering B-cubed P {bp:.3f} R {br:.3f} over {len(self.b3_precision)} mentions",
            f"  gold non-events made into events: {made}/{sum(self.non_events.values())} "
            + ", ".join(f"{k} {self.non_events_made[k]}/{n}" for k, n in sorted(self.non_events.items())),
        ]
        for t, c in sorted(self.by_type.items()):
            lines.append(f"  {t:<13} tp {c['tp']:>3} fp {c['fp']:>3} fn {c['fn']:>3}")
        return lines


def _gold_date(date: Any, precision: Any) -> str | None:
    if date is None:
        return None
    text = str(date.isoformat())
    if precision == "year":
        return text[:4]
    return text[:7] if precision in ("month", "week") else text


def _same_date(gold: str | None, system: str | None) -> bool:
    """Equal in the gold's convention; a gold "--MM-DD" (no year given, no publication
    date) is also right for a system date of that month and day (a year inferred)."""
    if gold is not None and system is not None and gold.startswith("--"):
        return system.endswith(gold[1:])
    return gold == system


def _system_events(events: pl.DataFrame, mentions: pl.DataFrame) -> list[_SysEvent]:
    found = []
    by_event: dict[str, list[tuple[int, int, int, int, str]]] = defaultdict(list)
    for m in mentions.filter(pl.col("event_id").is_not_null()).iter_rows(named=True):
        by_event[m["event_id"]].append(
            (m["trigger_start"], m["trigger_end"], m["start"], m["end"], m["event_type"])
        )
    for e in events.iter_rows(named=True):
        own = by_event.get(e["event_id"]) or [
            (e["trigger_start"], e["trigger_end"], e["start"], e["end"], e["event_type"])
        ]
        date = _gold_date(e["event_date"], e["date_precision"])
        found.append(_SysEvent(e["event_id"], e["event_type"], e["status"], date, own))
    return found


def _aligned(gold: tuple[int, int], gold_type: str, m: tuple[int, int, int, int, str]) -> int:
    """2: the triggers overlap; 1: the gold trigger is in the mention's sentence."""
    if gold[0] < m[1] and m[0] < gold[1]:
        return 2
    if m[2] <= gold[0] < m[3] and compatible(gold_type, m[4]):
        return 1
    return 0


def _score_article(
    article: events_gold.GoldArticle,
    events: pl.DataFrame,
    mentions: pl.DataFrame,
    scores: EventScores,
) -> None:
    system = _system_events(events, mentions)
    gold = article.events
    scores.system += len(system)
    scores.gold += len(gold)
    matched = _match_events(gold, system)
    _score_rest(article, gold, system, matched, scores)
    _b_cubed(gold, system, scores)
    _non_events(article, system, scores)


def _match_events(gold: list[dict[str, Any]], system: list[_SysEvent]) -> dict[int, int]:
    """Gold event -> system event, one to one, most aligned mentions first."""
    weights = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if not compatible(g["type"], s.event_type):
                continue
            w = sum(
                max((_aligned((gm["start"], gm["end"]), g["type"], sm) for sm in s.mentions), default=0)
                for gm in g["mentions"]
            )
            if w:
                weights.append((w, -gi, -si, gi, si))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, _, _, gi, si in sorted(weights, reverse=True):
        if gi in matched or si in used:
            continue
        matched[gi] = si
        used.add(si)
    return matched


def _score_rest(
    article: events_gold.GoldArticle,
    gold: list[dict[str, Any]],
    system: list[_SysEvent],
    matched: dict[int, int],
    scores: EventScores,
) -> None:
    """Counts, attributes of matched pairs, and notes on misses and extras."""
    used = set(matched.values())
    scores.matched += len(matched)
    for gi, g in enumerate(gold):
        if gi not in matched:
            scores.by_type[g["type"]]["fn"] += 1
            where = g["mentions"][0]["start"]
            scores.notes.append(
                f"missed {article.key[-40:]} {g['type']}: {article.body[where : where + 50]!r}"
            )
            continue
        s = system[matched[gi]]
        scores.by_type[g["type"]]["tp"] += 1
        scores.type.add(s.event_type == g["type"])
        scores.status.add(s.status == g["status"])
        date_right = _same_date(g["date"], s.date)
        scores.date.add(date_right)
        if s.status != g["status"] or not date_right:
            where = g["mentions"][0]["start"]
            scores.notes.append(
                f"attr {article.key[-40:]} {g['type']}: status {g['status']}/{s.status} date "
                f"{g['date']}/{s.date}: {article.body[where : where + 40]!r}"
            )
    for si, s in enumerate(system):
        if si not in used:
            scores.by_type[s.event_type]["fp"] += 1
            at = s.mentions[0][0]
            scores.notes.append(
                f"extra {article.key[-40:]} {s.event_type}: {article.body[max(0, at - 20) : at + 40]!r}"
            )


def _non_events(article: events_gold.GoldArticle, system: list[_SysEvent], scores: EventScores) -> None:
    """Gold non-event mentions (negated, hypothetical ...) the system made an event of."""
    eventful = [m for s in system for m in s.mentions]
    for n in article.non_events:
        scores.non_events[n["modality"]] += 1
        if any(n["start"] < m[1] and m[0] < n["end"] for m in eventful):
            scores.non_events_made[n["modality"]] += 1
            scores.notes.append(
                f"non-event made {n['modality']}: {article.body[max(0, n['start'] - 30) : n['end'] + 20]!r}"
            )


def _b_cubed(gold: list[dict[str, Any]], system: list[_SysEvent], scores: EventScores) -> None:
    """B-cubed over gold mentions aligned (by overlapping triggers) to system mentions."""
    pairs: list[tuple[int, int]] = []  # (gold event, system event) per aligned mention
    for gi, g in enumerate(gold):
        for gm in g["mentions"]:
            for si, s in enumerate(system):
                if any(gm["start"] < sm[1] and sm[0] < gm["end"] for sm in s.mentions):
                    pairs.append((gi, si))
                    break
    for g_at, s_at in pairs:
        same_s = [p for p in pairs if p[1] == s_at]
        same_g = [p for p in pairs if p[0] == g_at]
        scores.b3_precision.append(sum(p[0] == g_at for p in same_s) / len(same_s))
        scores.b3_recall.append(sum(p[1] == s_at for p in same_g) / len(same_g))


def score(articles: list[events_gold.GoldArticle]) -> dict[str, EventScores]:
    """Scores per source (seeds, and saudinewsnet when given), and over all."""
    frame = pl.DataFrame(
        {
            "article_id": [a.key for a in articles],
            "body": [a.body for a in articles],
            "published_date": [a.published for a in articles],
        },
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    mentions = extract_entities(frame, default_extractor())
    found = extract_quotes_events(frame, mentions)
    out: dict[str, EventScores] = defaultdict(EventScores)
    for a in articles:
        group = "samples" if a.source == "seeds" else "saudinewsnet"
        events = found.events.filter(pl.col("article_id") == a.key)
        event_mentions = found.event_mentions.filter(pl.col("article_id") == a.key)
        for name in (group, "all"):
            _score_article(a, events, event_mentions, out[name])
    return dict(out)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--saudinewsnet", action="store_true", help="also the SaudiNewsNet gold")
    parser.add_argument("--show", action="store_true", help="list misses, extras and wrong attributes")
    args = parser.parse_args()
    with_snn = args.saudinewsnet and saudinewsnet.available()
    results = score(events_gold.load(with_snn))
    for name, s in results.items():
        print("\n".join(s.lines(name)))
        if args.show and name != "all":
            print("\n".join(s.notes))


if __name__ == "__main__":
    main()
