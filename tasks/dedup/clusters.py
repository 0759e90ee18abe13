"""Deduplication over the whole corpus: exact copies, near-duplicates, contained copies.

Works on fingerprints (about 700 bytes an article), not on bodies:

1. units: articles with the same exact key (the same normalised paragraphs, in
   order; see fingerprints.text_key) form one unit, represented by its smallest
   article_id and dated by the range of its members' dates. Everything below works
   on units, so identical texts always end in the same cluster, whatever the input
   order. Texts under 10 shingles are never exact copies.
2. frequent paragraphs: a paragraph in more than MAX_PARAGRAPH_SHARERS units whose
   dates spread over more than twice dedup_max_days (or that are undated) is page
   furniture, not syndication: it makes no candidates and is left out of every
   similarity, so a shared footer cannot make short stories look alike.
3. candidates: MinHash LSH, one band at a time (bands x rows chosen for the
   threshold), and units sharing a content paragraph (for containment, which
   Jaccard misses when a short text sits inside a long one). A bucket gives all
   its pairs up to ALL_PAIRS_UP_TO members and a star plus a chain beyond, in
   article_id order: linear, and independent of the input order. Before the
   bodies are read, a candidate is dropped unless the paragraphs it shares could
   make a containment or its MinHash estimate is within reach of the threshold
   (at 100,000 bench articles: 338,061 candidates -> 44,344, same clusters).
4. verification on true values: near = Jaccard of the word-shingle sets (from the
   candidates' bodies, frequent paragraphs removed) >= threshold; contained = the
   share of the shorter unit's content words (paragraphs of 8+ words, not
   frequent) whose paragraph is in the other >= the containment threshold.
5. clusters: near links make story cores, transitively. A pair where the shorter
   text's paragraphs sit inside a clearly longer one is containment, not nearness;
   a contained core joins the core containing it best, unless that container
   best-contains two or more disjoint stories (a roundup of briefs: none join).
   Chains are cut: a unit stays in a cluster only if it keeps 3/4 of the threshold
   as Jaccard with its cluster's centre, or is in a containment with it; and near
   or contained links need the two date ranges within dedup_max_days (templated
   daily reports are similar text but different stories). One canonical per
   cluster: earliest published, else the longest, else the smallest article_id.
6. paragraphs: a paragraph found in units of at least boilerplate_min_stories
   different clusters (different stories) is boilerplate.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import polars as pl

from tasks.dedup.fingerprints import (
    MIN_SHINGLES,
    U64,
    fingerprint_articles,
    jaccard,
    normalized_bodies,
    shingle_hashes,
)
from tasks.parse.paragraphs import split_paragraphs, without_paragraphs

# Paragraphs shorter than this (in words) are too generic to show containment.
MIN_PARAGRAPH_WORDS = 8
# Paragraphs in more units than this are furniture when their dates are spread out.
MAX_PARAGRAPH_SHARERS = 20
# Below this many content words, a containment means little.
MIN_CONTENT_WORDS = 30
# Buckets up to this size give all their pairs (at most 1,225); larger ones a star and
# a chain, so that a bucket of thousands never gives millions of pairs.
ALL_PAIRS_UP_TO = 50
# A duplicate with at most this share of its canonical's content words, and contained
# in it, is reported as "contained" (a shortened copy) even when it is also near.
SHORTER_SHARE = 0.8
# A cluster member keeps at least this share of the threshold as Jaccard similarity
# with its cluster's centre (or is in a containment with it).
CHAIN_FLOOR = 0.75

Content = dict[int, int]  # content paragraph hash -> its word count


@dataclass(frozen=True)
class DedupParams:
    threshold: float = 0.4
    shingle_size: int = 2
    num_perm: int = 128
    containment: float = 0.8
    boilerplate_min_stories: int = 5
    # copies of a story appear within days of each other; recurring templated reports
    # (weather, markets, telegrams) days apart are different stories. 0: no limit.
    max_days_apart: int = 3


@dataclass(frozen=True)
class DedupResult:
    assignments: pl.DataFrame  # article_id, cluster_id, is_canonical, cluster_size
    duplicates: pl.DataFrame  # article_id, duplicate_of, method, similarity, containment, direct
    paragraph_stories: pl.DataFrame  # paragraph_hash, story_count, is_boilerplate


# -- units and frequent paragraphs ---------------------------------------------------


@dataclass(frozen=True)
class Units:
    """Exact-copy groups. ``rep[row]`` is the representative row of row's unit."""

    rep: list[int]
    first_day: dict[int, int | None]  # per representative: earliest date (ordinal)
    last_day: dict[int, int | None]
    rank: list[int]  # article_id order of each row: ties are broken by it


def exact_units(fingerprints: pl.DataFrame) -> Units:
    n = fingerprints.height
    frame = fingerprints.select("article_id", "text_key", "published_date").with_columns(
        row=pl.int_range(n, dtype=pl.Int64), rank=pl.col("article_id").rank("ordinal").cast(pl.Int64) - 1
    )
    by_key = frame.group_by("text_key").agg(
        rep=pl.col("row").sort_by("rank").first(),
        first=pl.col("published_date").min(),
        last=pl.col("published_date").max(),
    )
    rep = frame.join(by_key, on="text_key", how="left").sort("row")["rep"].to_list()
    first: dict[int, int | None] = {}
    last: dict[int, int | None] = {}
    for r, d0, d1 in by_key.select("rep", "first", "last").iter_rows():
        first[r] = d0.toordinal() if d0 is not None else None
        last[r] = d1.toordinal() if d1 is not None else None
    return Units(rep=rep, first_day=first, last_day=last, rank=frame["rank"].to_list())


def _reps(fingerprints: pl.DataFrame, units: Units) -> pl.DataFrame:
    """The representative rows, with their row number and article_id rank."""
    return fingerprints.with_columns(
        row=pl.int_range(fingerprints.height, dtype=pl.Int64),
        rank=pl.Series(units.rank, dtype=pl.Int64),
        rep=pl.Series(units.rep, dtype=pl.Int64),
    ).filter(pl.col("row") == pl.col("rep"))


def frequent_paragraphs(fingerprints: pl.DataFrame, params: DedupParams) -> frozenset[int]:
    """Paragraph hashes that are page furniture: in many units, spread over time."""
    reps = _reps(fingerprints, exact_units(fingerprints)).select("paragraph_hashes", "published_date")
    per_paragraph = (
        reps.explode("paragraph_hashes")
        .drop_nulls("paragraph_hashes")
        .group_by("paragraph_hashes")
        .agg(
            units=pl.len(),
            undated=pl.col("published_date").null_count(),
            spread=(pl.col("published_date").max() - pl.col("published_date").min()).dt.total_days(),
        )
        .filter(pl.col("units") > MAX_PARAGRAPH_SHARERS)
    )
    if params.max_days_apart:
        spread_out = (pl.col("undated") > 0) | (pl.col("spread") > 2 * params.max_days_apart)
        per_paragraph = per_paragraph.filter(spread_out)
    return frozenset(per_paragraph["paragraph_hashes"].to_list())


# -- candidates ----------------------------------------------------------------------


def lsh_shape(threshold: float, num_perm: int, fn_weight: float = 0.8) -> tuple[int, int]:
    """Bands and rows (bands * rows <= num_perm) minimising weighted missed and spurious
    candidates around the threshold; misses weigh more, since candidates are verified.

    >>> lsh_shape(0.4, 128), lsh_shape(0.5, 128)
    ((32, 3), (31, 4))
    """
    grid = np.linspace(0.0, 1.0, 201)
    best: tuple[float, int, int] = (np.inf, 1, 1)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            hit = 1.0 - (1.0 - grid**rows) ** bands
            fp = np.trapezoid(np.where(grid < threshold, hit, 0.0), grid)
            fn = np.trapezoid(np.where(grid >= threshold, 1.0 - hit, 0.0), grid)
            cost = (1.0 - fn_weight) * fp + fn_weight * fn
            if cost < best[0]:
                best = (float(cost), bands, rows)
    return best[1], best[2]


def _band_key(signatures: npt.NDArray[np.uint32], band: int, rows: int) -> U64:
    """One band's bucket key per signature: the band's rows mixed into one 64-bit value."""
    key = np.zeros(len(signatures), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(band * rows, (band + 1) * rows):
            key = (key * np.uint64(0x100000001B3)) ^ signatures[:, r].astype(np.uint64)
    return key


@lru_cache(maxsize=ALL_PAIRS_UP_TO + 1)
def _all_pairs(size: int) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    i, j = np.triu_indices(size, k=1)
    return i, j


def _group_pairs(groups: pl.Series) -> npt.NDArray[np.int64]:
    """Every pair within a small group; star plus chain pairs (linear) within a large one.

    Groups hold ranks (article_id order), so the pairs do not depend on row order.
    """
    sizes = groups.list.len()
    twos = groups.filter(sizes == 2)  # most buckets: one pair each, taken in one step
    left: list[npt.NDArray[np.int64]] = [twos.list.get(0).to_numpy().astype(np.int64)]
    right: list[npt.NDArray[np.int64]] = [twos.list.get(1).to_numpy().astype(np.int64)]
    for members in groups.filter(sizes > 2).to_list():
        m = np.asarray(sorted(members), dtype=np.int64)
        if len(m) <= ALL_PAIRS_UP_TO:
            i, j = _all_pairs(len(m))
            left.append(m[i])
            right.append(m[j])
        else:
            left += [np.full(len(m) - 1, m[0]), m[1:-1]]
            right += [m[1:], m[2:]]
    pairs = np.stack([np.concatenate(left), np.concatenate(right)], axis=1)
    return np.asarray(pairs[pairs[:, 0] != pairs[:, 1]], dtype=np.int64)


def _groups(keys: pl.DataFrame, key_cols: list[str], max_size: int | None = None) -> pl.Series:
    grouped = keys.group_by(key_cols).agg(pl.col("rank")).filter(pl.col("rank").list.len() > 1)
    if max_size is not None:
        grouped = grouped.filter(pl.col("rank").list.len() <= max_size)
    return grouped["rank"]


def _content_rows(reps: pl.DataFrame, frequent: frozenset[int]) -> pl.DataFrame:
    """(row, rank, key, words) of content paragraphs: long enough and not furniture."""
    return (
        reps.select("row", "rank", key=pl.col("paragraph_hashes"), words=pl.col("paragraph_words"))
        .explode(["key", "words"])
        .filter(pl.col("words") >= MIN_PARAGRAPH_WORDS)
        .filter(~pl.col("key").is_in(pl.Series(sorted(frequent), dtype=pl.Int64).implode()))
        .unique(["row", "key"])
    )


def candidate_pairs(
    fingerprints: pl.DataFrame, params: DedupParams, frequent: frozenset[int] = frozenset()
) -> pl.DataFrame:
    """Representative rows (left < right) worth verifying; copies follow their unit."""
    units = exact_units(fingerprints)
    reps = _reps(fingerprints, units)
    row_of_rank = dict(zip(reps["rank"].to_list(), reps["row"].to_list(), strict=True))
    lsh = reps.filter(pl.col("shingle_count") >= MIN_SHINGLES)
    bands, rows = lsh_shape(params.threshold, params.num_perm)
    pieces = []
    signatures = np.zeros((0, params.num_perm), dtype=np.uint32)
    if lsh.height:
        signatures = np.asarray(lsh["minhash"].explode().to_numpy(), dtype=np.uint32).reshape(lsh.height, -1)
    if lsh.height > 1:
        for band in range(bands):  # one band at a time: memory stays one column of keys
            frame = pl.DataFrame({"rank": lsh["rank"], "key": _band_key(signatures, band, rows)})
            pieces.append(_group_pairs(_groups(frame, ["key"])))
    content = _content_rows(reps, frequent).select("rank", "key", "words")
    pieces.append(_group_pairs(_groups(content, ["key"], MAX_PARAGRAPH_SHARERS)))
    signature_of = dict(zip(lsh["rank"].to_list(), range(lsh.height), strict=True))
    ranked = _plausible(np.concatenate(pieces), content, signatures, signature_of, params)
    as_rows = np.vectorize(row_of_rank.__getitem__, otypes=[np.int64])(ranked) if len(ranked) else ranked
    as_rows = np.sort(as_rows.reshape(-1, 2), axis=1)
    return (
        pl.DataFrame(
            {"left": as_rows[:, 0], "right": as_rows[:, 1]}, schema={"left": pl.Int64, "right": pl.Int64}
        )
        .unique()
        .sort("left", "right")
    )


# A candidate whose MinHash estimate of Jaccard is below this share of the threshold
# is not near (at 0.4 with 128 permutations: 4.6 standard errors below it).
MINHASH_FLOOR = 0.5


def _plausible(
    candidates: npt.NDArray[np.int64],
    content: pl.DataFrame,
    signatures: npt.NDArray[np.uint32],
    signature_of: dict[int, int],
    params: DedupParams,
) -> npt.NDArray[np.int64]:
    """The candidate pairs (ranks) that can still be duplicates, each once (a < b).

    Candidates are cheap to find and dear to verify (verification needs both
    bodies), and most are not duplicates: LSH tuned for recall proposes pairs well
    below the threshold, and sharing one paragraph (a quoted statement, a reused
    sentence) is common and grows with the corpus. A pair is kept when the
    paragraphs the two share hold enough of either's content words for containment
    (paragraph_containment can only reach it then), or when their MinHash
    signatures put Jaccard within reach of the threshold.
    """
    pairs = np.sort(candidates.reshape(-1, 2), axis=1)
    frame = pl.DataFrame({"a": pairs[:, 0], "b": pairs[:, 1]}, schema={"a": pl.Int64, "b": pl.Int64})
    frame = frame.unique()
    if frame.is_empty():
        return np.empty((0, 2), dtype=np.int64)
    totals = content.group_by("rank").agg(total=pl.col("words").sum())
    left = content.rename({"rank": "a", "words": "a_words"})
    right = content.rename({"rank": "b", "words": "b_words"})
    shared = (
        frame.join(left, on="a")
        .join(right, on=["b", "key"])
        .group_by("a", "b")
        .agg(a_shared=pl.col("a_words").sum(), b_shared=pl.col("b_words").sum())
    )
    overlap = (
        frame.join(shared, on=["a", "b"], how="left")
        .fill_null(0)
        .join(totals.rename({"rank": "a", "total": "a_total"}), on="a", how="left")
        .join(totals.rename({"rank": "b", "total": "b_total"}), on="b", how="left")
        .sort("a", "b")
    )
    a, b = overlap["a"].to_numpy(), overlap["b"].to_numpy()
    # a unit without content paragraphs (total null) contains nothing and is in nothing
    contained = (
        (overlap["a_shared"] >= params.containment * overlap["a_total"])
        | (overlap["b_shared"] >= params.containment * overlap["b_total"])
    ).fill_null(False)
    ia = np.array([signature_of.get(r, -1) for r in a.tolist()], dtype=np.int64)
    ib = np.array([signature_of.get(r, -1) for r in b.tolist()], dtype=np.int64)
    signed = (ia >= 0) & (ib >= 0)
    estimate = np.ones(len(a))  # a text too short for a signature: verify it
    if signed.any():
        estimate[signed] = (signatures[ia[signed]] == signatures[ib[signed]]).mean(axis=1)
    keep = contained.to_numpy() | (estimate >= MINHASH_FLOOR * params.threshold)
    return np.stack([a[keep], b[keep]], axis=1).astype(np.int64)


def rows_needing_shingles(pairs: pl.DataFrame) -> list[int]:
    """The fingerprint rows whose shingle sets resolve_clusters needs."""
    return sorted(set(pairs["left"].to_list()) | set(pairs["right"].to_list()))


def rows_with_paragraphs(
    fingerprints: pl.DataFrame, rows: list[int], paragraphs: frozenset[int]
) -> list[int]:
    """Those of ``rows`` whose article has one of ``paragraphs`` (hashes)."""
    if not paragraphs or not rows:
        return []
    wanted = pl.Series(sorted(paragraphs), dtype=pl.Int64).implode()
    has = fingerprints.select(has=pl.col("paragraph_hashes").list.eval(pl.element().is_in(wanted)).list.any())
    flags = has["has"].gather(rows).to_list()
    return [row for row, flag in zip(rows, flags, strict=True) if flag]


def shingle_sets(
    bodies: list[str], rows: list[int], shingle_size: int, frequent: frozenset[int] = frozenset()
) -> dict[int, U64]:
    """Unique shingle hashes of raw bodies, frequent paragraphs removed, keyed by row."""
    texts = without_paragraphs(bodies, frequent)
    sets = shingle_hashes(normalized_bodies(pl.Series(texts, dtype=pl.String)), shingle_size)
    return {row: sets.of(i) for i, row in enumerate(rows)}


# -- verification and clusters ---------------------------------------------------------


def paragraph_containment(small: Content, large: Content) -> float:
    """Share of small's content words whose paragraph is also in large.

    >>> paragraph_containment({1: 10, 2: 30}, {2: 30, 3: 5})
    0.75
    """
    total = sum(small.values())
    return sum(w for h, w in small.items() if h in large) / total if total else 0.0


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Verifier:
    """The measures between units, with the date rule; all keyed by representative rows."""

    units: Units
    shingles: dict[int, U64]
    content: dict[int, Content]
    params: DedupParams

    def words(self, rep: int) -> int:
        return sum(self.content[rep].values())

    def far_apart(self, a: int, b: int) -> bool:
        days = self.params.max_days_apart
        a0, a1, b0, b1 = (
            self.units.first_day[a],
            self.units.last_day[a],
            self.units.first_day[b],
            self.units.last_day[b],
        )
        if not days or a0 is None or b0 is None or a1 is None or b1 is None:
            return False
        return max(b0 - a1, a0 - b1, 0) > days

    def jaccard(self, a: int, b: int) -> float:
        return jaccard(self.shingles[a], self.shingles[b])

    def containment(self, a: int, b: int) -> tuple[float, int, int]:
        """(containment of the shorter in the longer, shorter rep, longer rep)."""
        small, large = sorted((a, b), key=lambda r: (self.words(r), self.units.rank[r]))
        if self.words(small) < MIN_CONTENT_WORDS:
            return 0.0, small, large
        return paragraph_containment(self.content[small], self.content[large]), small, large

    def related(self, member: int, center: int) -> bool:
        """Close enough to the centre to stay in its cluster (the chain floor)."""
        if member == center:
            return True
        if self.far_apart(member, center):
            return False
        if self.jaccard(member, center) >= self.params.threshold * CHAIN_FLOOR:
            return True
        return self.containment(member, center)[0] >= self.params.containment


def _attach_contained(
    cores: _UnionFind, contained: list[tuple[int, int, float]], check: _Verifier
) -> dict[int, int]:
    """Component of each core once contained cores joined their best container.

    A container that best-contains several disjoint cores (sharing no content
    paragraph) is a roundup of different stories, and none of them joins it.
    """
    best: dict[int, tuple[float, int, int, int, int]] = {}  # core -> (cont, words, -rank, container, small)
    for small, large, cont in contained:
        core, container = cores.find(small), cores.find(large)
        if core != container:
            choice = (cont, check.words(large), -check.units.rank[large], container, small)
            if core not in best or choice[:3] > best[core][:3]:
                best[core] = choice
    by_container: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for core, (_, _, _, container, small) in best.items():
        by_container[container].append((core, small))
    joined: dict[int, int] = {}
    for container, members in by_container.items():
        if _one_story([small for _, small in members], check.content):
            for core, _ in members:
                joined[core] = container
    return joined


def _one_story(smalls: list[int], content: dict[int, Content]) -> bool:
    """Whether the contained texts are linked by shared paragraphs into one story."""
    if len(smalls) == 1:
        return True
    links = _UnionFind(len(smalls))
    owner: dict[int, int] = {}
    for i, small in enumerate(smalls):
        for key in content[small]:
            links.union(owner.setdefault(key, i), i)
    return len({links.find(i) for i in range(len(smalls))}) == 1


def _split_chains(
    components: dict[int, list[int]], priority: dict[int, int], check: _Verifier
) -> dict[int, int]:
    """Cluster centre of each unit: within a component, the first unit in canonical
    order is a centre and keeps the units related to it; the rest repeat the process.

    Only units within the date window of a centre are compared with it (dated units
    are scanned through a sorted index), so long chains of daily reports cost about
    linear time rather than quadratic.
    """
    centre: dict[int, int] = {}
    window = check.params.max_days_apart
    for members in components.values():
        if len(members) == 1:
            centre[members[0]] = members[0]
            continue
        ordered = sorted(members, key=priority.__getitem__)
        first, last = check.units.first_day, check.units.last_day
        dated: list[tuple[int, int]] = sorted(
            (d0, m) for m in members if (d0 := first[m]) is not None and last[m] is not None
        )
        undated = [m for m in ordered if first[m] is None or last[m] is None]
        days = [d for d, _ in dated]
        widest = max(((last[m] or d) - d for d, m in dated), default=0)
        assigned: set[int] = set()
        for c in ordered:
            if c in assigned:
                continue
            assigned.add(c)
            centre[c] = c
            c0, c1 = check.units.first_day[c], check.units.last_day[c]
            if window and c0 is not None and c1 is not None:
                lo = bisect.bisect_left(days, c0 - window - widest)
                hi = bisect.bisect_right(days, c1 + window)
                candidates = [m for _, m in dated[lo:hi]] + undated
            else:
                candidates = ordered
            for m in candidates:
                if m not in assigned and check.related(m, c):
                    assigned.add(m)
                    centre[m] = c
    return centre


def _content(reps: pl.DataFrame, rows: list[int], frequent: frozenset[int]) -> dict[int, Content]:
    wanted = _content_rows(reps, frequent).filter(
        pl.col("row").is_in(pl.Series(rows, dtype=pl.Int64).implode())
    )
    content: dict[int, Content] = {row: {} for row in rows}
    for row, key, words in wanted.select("row", "key", "words").iter_rows():
        content[row][key] = words
    return content


def resolve_clusters(
    fingerprints: pl.DataFrame,
    pairs: pl.DataFrame,
    shingles: dict[int, U64],
    params: DedupParams,
    frequent: frozenset[int] = frozenset(),
) -> DedupResult:
    """Verify candidate pairs, form clusters, pick canonicals, describe each duplicate.

    ``shingles`` maps representative rows to their shingle hashes (frequent
    paragraphs removed); it must cover every row in ``pairs``.
    """
    n = fingerprints.height
    units = exact_units(fingerprints)
    reps = _reps(fingerprints, units)
    needed = rows_needing_shingles(pairs)
    check = _Verifier(units, shingles, _content(reps, needed, frequent), params)

    cores = _UnionFind(n)
    contained: list[tuple[int, int, float]] = []  # (contained rep, container rep, containment)
    for left, right in pairs.iter_rows():
        if check.far_apart(left, right):
            continue
        cont, small, large = check.containment(left, right)
        inside = cont >= params.containment
        # a text inside a clearly longer one is contained, however similar the two
        if inside and check.words(small) <= SHORTER_SHARE * check.words(large):
            contained.append((small, large, cont))
        elif check.jaccard(left, right) >= params.threshold:
            cores.union(left, right)
        elif inside:
            contained.append((small, large, cont))
    joined = _attach_contained(cores, contained, check)

    components: dict[int, list[int]] = defaultdict(list)
    component_of = _UnionFind(n)
    for rep in needed:
        component_of.union(rep, cores.find(rep))
    for core, container in joined.items():
        component_of.union(core, container)
    for rep in needed:
        components[component_of.find(rep)].append(rep)

    ranked = fingerprints.select("article_id", "published_date", "char_count").with_columns(
        row=pl.int_range(n, dtype=pl.Int64), rep=pl.Series(units.rep, dtype=pl.Int64)
    )
    order = ranked.sort(
        ["published_date", "char_count", "article_id"], descending=[False, True, False], nulls_last=True
    )
    priority: dict[int, int] = {}
    for position, rep in enumerate(order["rep"].to_list()):
        priority.setdefault(rep, position)  # a unit ranks as its best member
    centre = _split_chains(components, priority, check)
    root = [centre.get(rep, rep) for rep in units.rep]

    ranked = ranked.with_columns(root=pl.Series(root, dtype=pl.Int64))
    canonical = (
        ranked.sort(
            ["published_date", "char_count", "article_id"], descending=[False, True, False], nulls_last=True
        )
        .group_by("root", maintain_order=True)
        .agg(
            cluster_id=pl.col("article_id").first(),
            canonical_row=pl.col("row").first(),
            cluster_size=pl.len(),
        )
    )
    assigned = ranked.join(canonical, on="root", how="left")
    assignments = assigned.select(
        "article_id",
        "cluster_id",
        is_canonical=pl.col("article_id") == pl.col("cluster_id"),
        cluster_size=pl.col("cluster_size").cast(pl.Int32),
    )
    members = assigned.filter(pl.col("article_id") != pl.col("cluster_id"))
    duplicates = _describe(members, units, check, params)
    return DedupResult(assignments, duplicates, _paragraph_stories(fingerprints, root, params))


def _describe(members: pl.DataFrame, units: Units, check: _Verifier, params: DedupParams) -> pl.DataFrame:
    """One row per non-canonical article: how it relates to its cluster's canonical."""
    rows = []
    for row, canon, article_id, cluster_id in members.select(
        "row", "canonical_row", "article_id", "cluster_id"
    ).iter_rows():
        a, b = units.rep[row], units.rep[canon]
        if a == b:
            rows.append((article_id, cluster_id, "exact", 1.0, 1.0, True))
            continue
        sim = check.jaccard(a, b)
        cont, small, large = check.containment(a, b)
        is_contained = cont >= params.containment
        if is_contained and (
            check.words(small) <= SHORTER_SHARE * check.words(large) or sim < params.threshold
        ):
            method, direct = "contained", True
        elif sim >= params.threshold:
            method, direct = "near", True
        else:  # joined through other members of its cluster
            method, direct = ("contained" if cont > sim else "near"), False
        rows.append((article_id, cluster_id, method, sim, cont, direct))
    return pl.DataFrame(
        rows,
        schema={
            "article_id": pl.String,
            "duplicate_of": pl.String,
            "method": pl.String,
            "similarity": pl.Float64,
            "containment": pl.Float64,
            "direct": pl.Boolean,
        },
        orient="row",
    ).sort("duplicate_of", "article_id")


def _paragraph_stories(fingerprints: pl.DataFrame, roots: list[int], params: DedupParams) -> pl.DataFrame:
    """Paragraphs seen in more than one cluster, with how many; boilerplate past the bar."""
    return (
        fingerprints.select("paragraph_hashes")
        .with_columns(cluster=pl.Series(roots, dtype=pl.Int64))
        .explode("paragraph_hashes")
        .drop_nulls("paragraph_hashes")
        .unique()
        .group_by("paragraph_hashes")
        .agg(story_count=pl.len().cast(pl.Int32))
        .rename({"paragraph_hashes": "paragraph_hash"})
        .filter(pl.col("story_count") > 1)
        .with_columns(is_boilerplate=pl.col("story_count") >= params.boilerplate_min_stories)
        .sort("paragraph_hash")
    )


def dedup_articles(articles: pl.DataFrame, params: DedupParams | None = None) -> DedupResult:
    """Deduplicate an in-memory frame of articles (article_id, body, published_date,
    char_count): the whole stage in one call, for notebooks and tests.

    The pipeline runs the same steps over batches, reading only candidates' bodies.
    """
    params = params or DedupParams()
    fingerprints = fingerprint_articles(
        articles, split_paragraphs(articles), shingle_size=params.shingle_size, num_perm=params.num_perm
    )
    frequent = frequent_paragraphs(fingerprints, params)
    pairs = candidate_pairs(fingerprints, params, frequent)
    rows = rows_needing_shingles(pairs)
    bodies = articles["body"].gather(rows).to_list()
    shingles = shingle_sets(bodies, rows, params.shingle_size, frequent)
    return resolve_clusters(fingerprints, pairs, shingles, params, frequent)


def with_clusters(articles: pl.DataFrame, assignments: pl.DataFrame) -> pl.DataFrame:
    """Articles with their cluster_id, is_canonical and cluster_size."""
    return articles.join(assignments, on="article_id", how="left", validate="1:1", maintain_order="left")


def with_paragraph_stories(paragraphs: pl.DataFrame, stories: pl.DataFrame) -> pl.DataFrame:
    """Paragraphs with story_count and is_boilerplate (1 and False for unrepeated ones)."""
    return paragraphs.join(stories, on="paragraph_hash", how="left", maintain_order="left").with_columns(
        story_count=pl.col("story_count").fill_null(1),
        is_boilerplate=pl.col("is_boilerplate").fill_null(False),
    )
