"""People, organizations and places in article text, linked to stable entity IDs.

    >>> from tasks.entities.extract import extract_mentions
    >>> for m in extract_mentions("التقى لافروف بنظيره روبيو في موسكو"):
    ...     print(m.surface, m.entity_id, m.method, m.start, m.end)
    لافروف per:sergey-lavrov gazetteer 6 12
    روبيو per:marco-rubio gazetteer 20 25
    موسكو gpe:moscow gazetteer 29 34

Three sources, in order of precedence (a span is claimed once):

1. the gazetteer (tasks/entities/gazetteer/*.tsv), matched on normalised text with
   proclitics checked (tasks/entities/match.py): method "gazetteer";
2. discovery of names it lacks, from titles, appositions and head nouns
   (tasks/entities/discovery.py): method "discovered", with a stable ID from the
   normalised name ("per:~" + hash), the same in every article and run;
3. within the article, a later surname alone resolves to the person introduced
   earlier with the full name ("سيرغي لافروف" ... "لافروف"): method "coref".

Nationality adjectives (الروسي، الأوكرانية) are mentions of their country with
method "nationality": evidence, not entities of their own. Every mention carries
offsets into the original text: ``text[start:end] == surface``.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import polars as pl

from schemas.conform import frame_of_tuples
from schemas.mentions import MENTIONS
from tasks.entities.cues import NAME_PARTICLES, NOT_SURNAMES
from tasks.entities.discovery import (
    DISCOVERY_CONFIDENCE,
    FREE,
    NATIONALITY,
    TAKEN,
    Discoverer,
    Found,
    GivenNames,
    Tokens,
    tokens,
    with_proclitics,
)
from tasks.entities.gazetteer import Gazetteer, load
from tasks.entities.match import NAME, NOT_NAME, GazetteerMatcher, Hit
from tasks.entities.match import NATIONALITY as NATIONALITY_HIT
from tasks.text.match_text import MatchText, key_of, match_text

GAZETTEER_CONFIDENCE = 0.95  # a spelling of two or more words
SINGLE_WORD_CONFIDENCE = 0.85  # one word: more often something else
NATIONALITY_CONFIDENCE = 0.6
COREF_CONFIDENCE = 0.85
COREF_MIN_SOURCE = 0.7  # discovered names below this (title shape, apposition) lend no surname


@dataclass(frozen=True)
class Mention:
    entity_id: str
    entity_type: str
    name: str  # the entity's name: the gazetteer's, or the surface that discovered it
    surface: str
    start: int
    end: int
    method: str  # gazetteer, nationality, discovered or coref
    confidence: float


def discovered_id(entity_type: str, name_key: str) -> str:
    """Stable ID of a discovered entity from its type and normalised name.

    >>> discovered_id("PER", "ريتشارد بورتس")
    'per:~1e3678eb4159'
    """
    return f"{entity_type.lower()}:~" + hashlib.blake2b(name_key.encode(), digest_size=6).hexdigest()


class EntityExtractor:
    """Build once (the automaton takes a moment), then call on any number of texts."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load()
        self.matcher = GazetteerMatcher(self.gazetteer)
        self.given_names = GivenNames(self.gazetteer.given_names)

    def mentions(self, text: str, mt: MatchText | None = None) -> list[Mention]:
        """The mentions in ``text``; ``mt`` is its match_text(), when already made."""
        mt = mt if mt is not None else match_text(text)
        hits = self.matcher.hits(mt)
        toks = tokens(mt)
        found = Discoverer(toks, self._kinds(toks, hits), self.given_names).run()
        discovered = [self._from_found(mt, toks, f) for f in found]
        spans = [(toks.start[f.first], toks.end[f.last]) for f in found]
        # a known name inside a discovered one belongs to it: "جامعة القاهرة" is one
        # organization, and "الروسية" in "وكالة سبوتنيك الروسية" no separate mention
        mentions = [
            self._from_hit(mt, h)
            for h in hits
            if h.kind != NOT_NAME and not any(s <= h.start and h.end <= e for s, e in spans)
        ]
        mentions += discovered
        mentions.sort(key=lambda m: m.start)
        mentions += _coreferences(mt, toks, mentions, self.given_names)
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def _kinds(self, toks: Tokens, hits: list[Hit]) -> list[str]:
        """What each token already is: FREE, NATIONALITY, or the type of the name it is in.

        Per hit, not per token: a hit ends at a word's end, so each token overlaps at
        most one, and the tokens a hit overlaps are a run found by bisection."""
        kinds = [FREE] * len(toks)
        for hit in hits:
            if hit.kind == NAME:
                kind = self.gazetteer.entries[hit.entity_id].type
            else:  # an adjective is evidence; a phrase that names nothing is off-limits
                kind = NATIONALITY if hit.kind == NATIONALITY_HIT else TAKEN
            first = bisect_right(toks.end, hit.start)  # the first token ending after its start
            last = bisect_left(toks.start, hit.end, lo=first)  # the first starting at or after its end
            kinds[first:last] = [kind] * (last - first)
        return kinds

    def _from_hit(self, mt: MatchText, hit: Hit) -> Mention:
        entry = self.gazetteer.entries[hit.entity_id]
        start, end = mt.span(hit.start, hit.end)
        if hit.kind == NAME:
            words = mt.text.count(" ", hit.start, hit.end) + 1
            confidence = GAZETTEER_CONFIDENCE if words > 1 else SINGLE_WORD_CONFIDENCE
            method = "gazetteer"
        else:
            confidence, method = NATIONALITY_CONFIDENCE, "nationality"
        return Mention(
            entry.id, entry.type, entry.name_ar, mt.original[start:end], start, end, method, confidence
        )

    def _from_found(self, mt: MatchText, toks: Tokens, found: Found) -> Mention:
        start, end = mt.span(toks.start[found.first] + found.skip, toks.end[found.last])
        key = " ".join(toks.text[found.first : found.last + 1])[found.skip :]
        surface = mt.original[start:end]
        return Mention(
            discovered_id(found.type, key),
            found.type,
            surface,
            surface,
            start,
            end,
            "discovered",
            DISCOVERY_CONFIDENCE[found.rule],
        )


def _coreferences(
    mt: MatchText, toks: Tokens, mentions: list[Mention], given_names: GivenNames
) -> list[Mention]:
    """Later surnames alone, resolved to the person named in full earlier in the text.

    The surname is the last word of a full mention as written ("بشار الأسد" ->
    الأسد), unless it follows بن/آل/أبو (a father's or family name is shared by
    too many: "سلمان بن عبد العزيز" gives no "العزيز") or is itself a first name
    among the commonest first names or an everyday word ("جاسم محمد" gives no
    "محمد"; "محمود عباس" does give "عباس"). A surname two people share stays
    unresolved."""
    first_seen: dict[str, int] = {}
    by_surname: dict[str, set[str]] = {}
    names: dict[str, Mention] = {}
    for m in mentions:  # in text order
        if m.entity_type != "PER":
            continue
        words = key_of(m.surface).split()
        if len(words) < 2 or words[-2] in NAME_PARTICLES:
            continue
        if m.method == "discovered" and (
            m.confidence < COREF_MIN_SOURCE
            or words[-1].endswith("ا")
            or (words[-1].startswith("ال") and not words[-1].endswith("ي"))
        ):
            continue  # a weak name, or one that may end on an adverb (كثيرا) or a noun (السباق)
        surname = words[-1]
        given = given_names.get(surname, proclitic=False)
        if len(surname) < 3 or surname in NOT_SURNAMES or (given is not None and given[0]):
            continue
        first_seen.setdefault(m.entity_id, m.end)
        by_surname.setdefault(surname, set()).add(m.entity_id)
        names.setdefault(m.entity_id, m)
    unique = {surname: next(iter(ids)) for surname, ids in by_surname.items() if len(ids) == 1}
    if not unique:
        return []
    lookup = with_proclitics(unique)
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for i in compress(range(len(toks)), map(lookup.__contains__, toks.text)):  # the few that may be
        found = lookup[toks.text[i]]
        entity = unique[found[0]]
        start, end = mt.span(toks.start[i] + found[1], toks.end[i])
        if start < first_seen[entity] or any(s < end and start < e for s, e in covered):
            continue
        source = names[entity]
        out.append(
            Mention(entity, "PER", source.name, mt.original[start:end], start, end, "coref", COREF_CONFIDENCE)
        )
    return out


@lru_cache(maxsize=1)
def default_extractor() -> EntityExtractor:
    return EntityExtractor()


def extract_mentions(text: str) -> list[Mention]:
    """Entity mentions in a text, with the default gazetteer: for notebooks and scripts."""
    return default_extractor().mentions(text)


def extract_entities(
    articles: pl.DataFrame, extractor: EntityExtractor, texts: Sequence[MatchText | None] | None = None
) -> pl.DataFrame:
    """Mentions of every article (article_id, body): the rows of the mentions table,
    in article order, then by offset. ``texts``: each body's match_text(), when the
    caller has made them (quotes and events read the same)."""
    prepared = texts if texts is not None else [None] * articles.height
    rows = [
        (aid, m.entity_id, m.entity_type, m.surface, m.start, m.end, m.method, m.confidence)
        for (aid, body), mt in zip(articles.select("article_id", "body").iter_rows(), prepared, strict=True)
        for m in extractor.mentions(body, mt)
    ]
    return frame_of_tuples(rows, MENTIONS)
