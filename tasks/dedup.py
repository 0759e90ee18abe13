"""Deduplication over the whole corpus: exact copies, near-duplicates, contained copies.

Works on fingerprints (small), not on bodies:

1. exact: articles whose normalised bodies are identical share a text_key; one
   representative per key takes part in the rest.
2. candidates: MinHash LSH buckets (bands x rows chosen for the threshold) and
   articles sharing a normalised paragraph (containment, which Jaccard-based LSH
   misses when a short text sits inside a long one). A bucket of up to 10
   articles gives all its pairs, a larger one k-1 star and k-2 chain pairs, never
   k^2/2: nothing is quadratic.
3. verification: near = true Jaccard of the word-shingle sets (computed from the
   candidates' bodies only) >= threshold; contained = the share of an article's
   content paragraphs (8+ words, not repeated across many articles) found in the
   other >= the containment threshold. Paragraph-level, as in "an article whose
   paragraphs are mostly contained in another": templated texts (daily weather or
   market reports) share phrases, not paragraphs, and do not chain together.
4. clusters: exact and near edges make story cores. A core contained in others
   joins the one containing it best, unless that container best-contains two or
   more disjoint stories: then it is a roundup (a digest of briefs) and none of
   them join it. Transitive links are kept within a floor: a member must have at
   least 3/4 of the threshold as similarity with its cluster's centre (or be in a
   containment with it), which stops chains of templated texts. One canonical per
   cluster: earliest published, else the longest.
5. paragraphs: a paragraph found in articles of at least boilerplate_min_stories
   different clusters (different stories) is boilerplate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import polars as pl

from tasks.fingerprints import (
    U64,
    fingerprint_articles,
    jaccard,
    normalized_bodies,
    shingle_hashes,
)
from tasks.paragraphs import split_paragraphs

# Buckets up to this size give all their pairs (at most 45); larger ones a star and a
# chain, so that a bucket of thousands never gives millions of pairs.
ALL_PAIRS_UP_TO = 10
# Paragraphs shorter than this (in words) are too generic to show containment.
MIN_PARAGRAPH_WORDS = 8
# A paragraph in more distinct texts than this is boilerplate-like: it neither makes
# candidates nor counts towards containment.
MAX_PARAGRAPH_SHARERS = 20
# Below this many shingles a text is too short for a similarity to mean much; below
# this many content words, too short for a containment to mean much.
MIN_SHINGLES = 10
MIN_CONTENT_WORDS = 30
# A cluster member must have at least this share of the threshold as Jaccard similarity
# with its cluster's centre (or contain / be contained in it): transitive links may
# bridge the gap up to the threshold, not all the way down to unrelated texts.
CHAIN_FLOOR = 0.75
# A duplicate with at most this share of its canonical's content words, and contained
# in it, is reported as "contained" (a shortened copy) even when it is also near.
SHORTER_SHARE = 0.8

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


def band_keys(signatures: npt.NDArray[np.uint32], bands: int, rows: int) -> U64:
    """(n, bands) bucket keys: each band's rows mixed into one 64-bit value."""
    sig = signatures[:, : bands * rows].astype(np.uint64).reshape(len(signatures), bands, rows)
    keys = np.zeros((len(signatures), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):
            keys = (keys * np.uint64(0x100000001B3)) ^ sig[:, :, r]
    return keys


@lru_cache(maxsize=ALL_PAIRS_UP_TO + 1)
def _all_pairs(size: int) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    i, j = np.triu_indices(size, k=1)
    return i, j


def _group_pairs(groups: pl.Series) -> npt.NDArray[np.int64]:
    """Every pair within a small group; star plus chain pairs (linear) within a large one."""
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
    if not left:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.stack([np.concatenate(left), np.concatenate(right)], axis=1)
    return np.asarray(pairs[pairs[:, 0] != pairs[:, 1]], dtype=np.int64)


def _groups(keys: pl.DataFrame, key_cols: list[str], max_size: int | None = None) -> pl.Series:
    grouped = keys.group_by(key_cols).agg(pl.col("row")).filter(pl.col("row").list.len() > 1)
    if max_size is not None:
        grouped = grouped.filter(pl.col("row").list.len() <= max_size)
    return grouped["row"]


def _representatives(fingerprints: pl.DataFrame) -> pl.DataFrame:
    """One row per text_key (the first), with its position in fingerprints as 'row'."""
    fp = fingerprints.with_row_index("row").with_columns(pl.col("row").cast(pl.Int64))
    return fp.filter(pl.col("row") == pl.col("row").min().over("text_key"))


def _content_paragraph_rows(reps: pl.DataFrame) -> pl.DataFrame:
    """(row, key, words) for content paragraphs: long enough, and not in too many texts."""
    exploded = (
        reps.select("row", key=pl.col("paragraph_hashes"), words=pl.col("paragraph_words"))
        .explode(["key", "words"])
        .filter(pl.col("words") >= MIN_PARAGRAPH_WORDS)
        .unique(["row", "key"])
    )
    return exploded.filter(pl.len().over("key") <= MAX_PARAGRAPH_SHARERS)


def candidate_pairs(fingerprints: pl.DataFrame, params: DedupParams) -> pl.DataFrame:
    """Rows (left < right, positions in fingerprints) worth verifying.

    Only exact-duplicate representatives take part: copies follow their
    representative through the exact edges.
    """
    reps = _representatives(fingerprints)
    lsh_rows = reps.filter(pl.col("shingle_count") >= MIN_SHINGLES)
    bands, rows = lsh_shape(params.threshold, params.num_perm)
    pieces = []
    if lsh_rows.height > 1:
        sig = np.asarray(lsh_rows["minhash"].to_numpy(), dtype=np.uint32).reshape(lsh_rows.height, -1)
        frame = pl.DataFrame(
            {
                "row": np.repeat(lsh_rows["row"].to_numpy(), bands),
                "band": np.tile(np.arange(bands, dtype=np.int32), lsh_rows.height),
                "key": band_keys(sig, bands, rows).reshape(-1),
            }
        )
        pieces.append(_group_pairs(_groups(frame, ["band", "key"])))
    paragraphs = _content_paragraph_rows(reps).select("row", "key")
    pieces.append(_group_pairs(_groups(paragraphs, ["key"], MAX_PARAGRAPH_SHARERS)))
    pairs = np.sort(np.concatenate(pieces), axis=1)
    return (
        pl.DataFrame(
            {"left": pairs[:, 0], "right": pairs[:, 1]}, schema={"left": pl.Int64, "right": pl.Int64}
        )
        .unique()
        .sort("left", "right")
    )


def rows_needing_shingles(pairs: pl.DataFrame) -> list[int]:
    """The fingerprint rows whose shingle sets resolve_clusters needs."""
    return sorted(set(pairs["left"].to_list()) | set(pairs["right"].to_list()))


def shingle_sets(bodies: list[str], rows: list[int], shingle_size: int) -> dict[int, U64]:
    """Unique shingle hashes of raw bodies, keyed by their fingerprint rows (same order)."""
    sets = shingle_hashes(normalized_bodies(pl.Series(bodies, dtype=pl.String)), shingle_size)
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


def _attach_contained(
    cores: _UnionFind, contained: list[tuple[int, int, float]], content: dict[int, Content], n: int
) -> npt.NDArray[np.int64]:
    """Cluster roots once contained story cores have joined their best container.

    A core joins only the container that contains it best (then the larger one).
    A container that best-contains several disjoint cores (sharing no paragraph)
    is a roundup of different stories, and none of them joins it.
    """
    best: dict[int, tuple[float, int, int, int]] = {}  # core -> (cont, size, -container, small row)
    for small, large, cont in contained:
        core, container = cores.find(small), cores.find(large)
        if core != container:
            choice = (cont, sum(content[large].values()), -container, small)
            if core not in best or choice > best[core]:
                best[core] = choice
    by_container: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for core, (_, _, neg_container, small) in best.items():
        by_container[-neg_container].append((core, small))
    clusters = _UnionFind(n)
    for row in range(n):
        clusters.union(row, cores.find(row))
    for container, members in sorted(by_container.items()):
        if _one_story(members, content):
            for core, _ in members:
                clusters.union(core, container)
    return np.fromiter((clusters.find(i) for i in range(n)), dtype=np.int64, count=n)


def _split_chains(
    components: npt.NDArray[np.int64], priority: list[int], related: Callable[[int, int], bool]
) -> npt.NDArray[np.int64]:
    """Split each component into clusters whose members relate to its centre.

    Transitive closure chains templated texts (daily weather reports, congratulation
    telegrams) into clusters of unrelated stories. Within a component, the member
    first in canonical order is a centre; members related to it (see resolve_clusters)
    stay, the rest form clusters around the next centre, and so on.
    """
    roots = components.copy()
    members: dict[int, list[int]] = defaultdict(list)
    for row in priority:  # canonical order within each component
        members[int(components[row])].append(row)
    for group in members.values():
        remaining = group
        while len(remaining) > 1:
            center, rest = remaining[0], remaining[1:]
            roots[center] = center
            kept = [r for r in rest if related(r, center)]
            for r in kept:
                roots[r] = center
            remaining = [r for r in rest if r not in set(kept)]
        for r in remaining:
            roots[r] = r
    return roots


def _one_story(members: list[tuple[int, int]], content: dict[int, Content]) -> bool:
    """Whether the contained cores are linked by shared paragraphs into one story."""
    if len(members) == 1:
        return True
    links = _UnionFind(len(members))
    owner: dict[int, int] = {}
    for i, (_, small) in enumerate(members):
        for key in content[small]:
            links.union(owner.setdefault(key, i), i)
    return len({links.find(i) for i in range(len(members))}) == 1


def _content(reps: pl.DataFrame, rows: list[int]) -> dict[int, Content]:
    wanted = _content_paragraph_rows(reps).filter(pl.col("row").is_in(rows))
    content: dict[int, Content] = {row: {} for row in rows}
    for row, key, words in wanted.iter_rows():
        content[row][key] = words
    return content


def resolve_clusters(
    fingerprints: pl.DataFrame,
    pairs: pl.DataFrame,
    shingles: dict[int, U64],
    params: DedupParams,
) -> DedupResult:
    """Verify candidate pairs, form clusters, pick canonicals, describe each duplicate.

    ``shingles`` maps a fingerprint row to its unique shingle hashes; it must cover
    every row in ``pairs``.
    """
    n = fingerprints.height
    text_keys = fingerprints["text_key"].to_list()
    counts = fingerprints["shingle_count"].to_list()
    reps = _representatives(fingerprints)
    representative = dict(zip(reps["text_key"].to_list(), reps["row"].to_list(), strict=True))
    rep_of = [representative[k] for k in text_keys]
    content = _content(reps, rows_needing_shingles(pairs))

    days = [d.toordinal() if d is not None else None for d in fingerprints["published_date"].to_list()]

    def far_apart(a: int, b: int) -> bool:
        da, db = days[a], days[b]
        return (
            bool(params.max_days_apart)
            and da is not None
            and db is not None
            and abs(da - db) > params.max_days_apart
        )

    cores = _UnionFind(n)
    for row, rep in enumerate(rep_of):  # exact copies join their representative, whatever the dates
        cores.union(rep, row)
    contained: list[tuple[int, int, float]] = []  # (contained row, container row, containment)
    for left, right in pairs.iter_rows():
        if far_apart(left, right):
            continue
        small, large = sorted((left, right), key=lambda r: sum(content[r].values()))
        small_words, large_words = sum(content[small].values()), sum(content[large].values())
        cont = (
            paragraph_containment(content[small], content[large]) if small_words >= MIN_CONTENT_WORDS else 0.0
        )
        inside = cont >= params.containment
        # a text inside a clearly longer one is contained, however similar the two
        if inside and small_words <= SHORTER_SHARE * large_words:
            contained.append((small, large, cont))
        elif jaccard(shingles[left], shingles[right]) >= params.threshold:
            cores.union(left, right)
        elif inside:
            contained.append((small, large, cont))
    ranked = fingerprints.select("article_id", "published_date", "char_count").with_columns(
        row=pl.int_range(n, dtype=pl.Int64)
    )
    components = _attach_contained(cores, contained, content, n)
    priority = ranked.sort(
        ["published_date", "char_count", "article_id"], descending=[False, True, False], nulls_last=True
    )["row"].to_list()

    def related(row: int, center: int) -> bool:
        a, b = rep_of[row], rep_of[center]
        if a == b:
            return True
        if far_apart(row, center):
            return False
        if jaccard(shingles[a], shingles[b]) >= params.threshold * CHAIN_FLOOR:
            return True
        small, large = sorted((a, b), key=lambda r: sum(content[r].values()))
        return paragraph_containment(content[small], content[large]) >= params.containment

    roots = _split_chains(components, priority, related)
    ranked = ranked.with_columns(root=pl.Series(roots))
    canonical = (
        ranked.sort(
            ["root", "published_date", "char_count", "article_id"],
            descending=[False, False, True, False],
            nulls_last=True,
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
    duplicates = _describe(members, text_keys, rep_of, shingles, content, counts, params)
    return DedupResult(assignments, duplicates, _paragraph_stories(fingerprints, roots, params))


def _describe(
    members: pl.DataFrame,
    text_keys: list[str],
    rep_of: list[int],
    shingles: dict[int, U64],
    content: dict[int, Content],
    counts: list[int],
    params: DedupParams,
) -> pl.DataFrame:
    """One row per non-canonical article: how it relates to its cluster's canonical."""
    rows = []
    for row, canon, article_id, cluster_id in members.select(
        "row", "canonical_row", "article_id", "cluster_id"
    ).iter_rows():
        if text_keys[row] == text_keys[canon]:
            rows.append((article_id, cluster_id, "exact", 1.0, 1.0, True))
            continue
        a, b = rep_of[row], rep_of[canon]
        sim = jaccard(shingles[a], shingles[b])
        words_a, words_b = sum(content[a].values()), sum(content[b].values())
        small, large = (a, b) if words_a <= words_b else (b, a)
        cont = paragraph_containment(content[small], content[large])
        shorter = min(words_a, words_b) <= SHORTER_SHARE * max(words_a, words_b)
        is_contained = cont >= params.containment and min(words_a, words_b) >= MIN_CONTENT_WORDS
        if is_contained and (shorter or sim < params.threshold):
            method, direct = "contained", True
        elif sim >= params.threshold and min(counts[a], counts[b]) >= 1:
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


def _paragraph_stories(
    fingerprints: pl.DataFrame, roots: npt.NDArray[np.int64], params: DedupParams
) -> pl.DataFrame:
    """Paragraphs seen in more than one cluster, with how many; boilerplate past the bar."""
    return (
        fingerprints.select("paragraph_hashes")
        .with_columns(cluster=pl.Series(roots))
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
    pairs = candidate_pairs(fingerprints, params)
    rows = rows_needing_shingles(pairs)
    shingles = shingle_sets(articles["body"].gather(rows).to_list(), rows, params.shingle_size)
    return resolve_clusters(fingerprints, pairs, shingles, params)


def with_clusters(articles: pl.DataFrame, assignments: pl.DataFrame) -> pl.DataFrame:
    """Articles with their cluster_id, is_canonical and cluster_size."""
    return articles.join(assignments, on="article_id", how="left", validate="1:1", maintain_order="left")


def with_paragraph_stories(paragraphs: pl.DataFrame, stories: pl.DataFrame) -> pl.DataFrame:
    """Paragraphs with story_count and is_boilerplate (1 and False for unrepeated ones)."""
    return paragraphs.join(stories, on="paragraph_hash", how="left", maintain_order="left").with_columns(
        story_count=pl.col("story_count").fill_null(1),
        is_boilerplate=pl.col("is_boilerplate").fill_null(False),
    )
