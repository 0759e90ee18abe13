"""The whole flow under Prefect's test harness, on the sample files and on bad input."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
import pytest
from polars.testing import assert_frame_equal

from bench.digests import assert_same_tables, table_digests
from flows.news_etl import news_etl
from flows.version import code_digest
from schemas import TABLES
from tasks.run.inventory import NoInputFilesError
from tasks.store.io import InputNotFoundError
from tests.conftest import seed_text

GOLDEN = Path(__file__).resolve().parents[1] / "golden"

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def _read(out: Path, table: str) -> pl.DataFrame:
    return pl.read_parquet(out / f"{table}.parquet")


def _run(input_dir: Path, out: Path, **params: object) -> object:
    return news_etl(input=str(input_dir), output=str(out), **params)  # type: ignore[arg-type]


def test_sample_files_become_clean_article_tables(seed_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = _run(seed_dir, out)
    rows = dict(summary.rows)  # type: ignore[attr-defined]
    # tests/gold holds 120 quotes, 131 events and 47 date expressions for these files
    floors = {
        "mentions": 500,
        "entities": 80,
        "quotes": 100,
        "events": 80,
        "event_mentions": 200,
        "dates": 35,
    }
    assert all(rows.pop(table) > floor for table, floor in floors.items()), rows
    assert rows == {
        "files": 5,
        "articles": 8,
        "paragraphs": 141,
        "duplicates": 0,
        "boilerplate": 38,
        "rejects": 0,
        "runs": 1,
    }

    # every table is where analysts look for it, with exactly its declared schema
    run_id = summary.run_id  # type: ignore[attr-defined]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["CURRENT", "current", "snapshots", *(s.file_name for s in TABLES.values())]
    )
    assert (out / "CURRENT").read_text(encoding="utf-8").strip() == run_id
    assert (out / "current").resolve() == (out / "snapshots" / run_id).resolve()
    for spec in TABLES.values():
        assert (out / spec.file_name).resolve() == (out / "snapshots" / run_id / spec.file_name).resolve()
        assert pq.read_schema(out / spec.file_name).equals(spec.schema, check_metadata=False)

    articles = _read(out, "articles")
    assert articles.height == 8
    assert articles.select(pl.col("source_path").str.slice(0, 3), "position").rows() == [
        ("000", 0), ("001", 0), ("001", 1), ("002", 0), ("002", 1), ("003", 0), ("004", 0), ("004", 1),
    ]  # fmt: skip
    dated = articles.filter(pl.col("published_date").is_not_null())
    assert dated["source_path"].str.slice(0, 3).to_list() == ["001", "004"]
    assert set(dated["published_date"]) == {dt.date(2025, 10, 21)}
    assert articles.filter(pl.col("source").is_not_null()).select("source").to_series().to_list() == [
        "صحيفة الاتحاد",
        "بوابة الوفد",
        "سكاي نيوز عربية",
    ]
    with_keywords = articles.filter(pl.col("keywords").list.len() > 0)
    assert with_keywords["source_path"].str.slice(0, 3).to_list() == ["001", "002", "004"]
    assert "الولايات المتحدة" in with_keywords["keywords"][0].to_list()
    assert articles["title_is_guess"].to_list() == [
        True,
        False,
        False,
        True,
        False,
        False,
        False,
        False,
    ]

    # embedded articles are their own rows, linked to the article they were embedded in
    mains = articles.filter(pl.col("position") == 0).select("file_id", main_id="article_id")
    embedded = articles.filter(pl.col("position") > 0).join(mains, on="file_id")
    assert embedded.height == 3
    assert (embedded["parent_article_id"] == embedded["main_id"]).all()
    assert embedded["title"].to_list() == [
        "ألمانيا تحث الصين على استخدام نفوذها مع روسيا لإنهاء الحرب في أوكرانيا",
        "سيناريوهات قمة ترامب - بوتين تفتح باب التكهنات حول مستقبل الحرب فى أوكرانيا",
        "لقاء متوتر في البيت الأبيض.. ماذا طلب ترامب من زيلينسكي",
    ]

    # boilerplate is gone from the bodies, content paragraphs stay
    bodies = "\n".join(articles["body"])
    for furniture in [
        "إقرأ أيضاً",
        "المصدر:",
        "كلمات دلالية",
        "تاريخ النشر",
        "مقالات مشابهة",
        "gettyimages",
        "award-winning news reporter",
        "Leave a Reply",
        "انتقل إلى اختصارات الوصول",
        "Related",
        "أخبار ذات صلة",
    ]:
        assert furniture not in bodies, furniture
    for content in [
        "وقال لافروف: “أعتقد أن المسؤولين الأمريكيين لاحظوا",  # 000
        "ومصفاة نفط في منطقة سامارا.",  # 001, before its glued footer
        "وشهدت العلاقات بين ألمانيا والصين",  # 001, after a glued related widget
        "مد البساط الأحمر",  # 002 subheading
        "وقال أوشاكوف: “تبدو بعض المقترحات الأميركية مقبولة",  # 003
        'وقال "نحن نريد هذا. بوتين لا يريده".',  # 004 embedded, last line
    ]:
        assert content in bodies, content
    assert (articles["char_count"] == articles["body"].str.len_chars()).all()
    assert (articles["paragraph_count"] == articles["body"].str.split("\n\n").list.len()).all()

    # every sample article and paragraph is Arabic, mostly decided by the script
    assert set(articles["language"]) == {"ar"}
    assert not articles["is_mixed"].any()
    paragraphs = _read(out, "paragraphs")
    assert set(paragraphs["language"]) == {"ar"}
    assert paragraphs.filter(pl.col("language_method") == "script").height > 0.9 * paragraphs.height

    files = _read(out, "files")
    assert files["status"].to_list() == ["parsed"] * 5
    assert files["article_count"].to_list() == [1, 2, 2, 1, 2]
    assert files["text"][1] == seed_text("001")  # the raw text stays available

    runs = _read(out, "runs")
    assert runs.height == 1
    assert runs["flow_run_id"][0] is not None
    assert not (out / ".staging").exists()
    manifest = json.loads((out / "current" / "_manifest.json").read_text(encoding="utf-8"))
    # the seal, and what the next run compares with before carrying rows over
    assert (manifest["run_id"], manifest["rows"]) == (run_id, summary.rows)  # type: ignore[attr-defined]
    assert (manifest["code_digest"], manifest["parameters"]["language_max_chars"]) == (code_digest(), 600)


def test_sample_files_publish_the_pinned_tables(seed_dir: Path, tmp_path: Path) -> None:
    """Every row as the pipeline published it before its stages became packages (issue 15)."""
    _run(seed_dir, tmp_path / "out", batch_size=2)
    golden = json.loads((GOLDEN / "published_tables.json").read_text(encoding="utf-8"))
    assert table_digests(tmp_path / "out") == golden["seeds"]


def _write_bad_inputs(folder: Path) -> None:
    folder.mkdir()
    article = seed_text("004")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "invalid_utf8.txt").write_bytes(b"\xc3\x28\xa0\xa1" * 300)
    (folder / "utf8_one_bad_byte.txt").write_bytes(article.encode()[:300] + b"\xff" + article.encode()[300:])
    (folder / "utf16.txt").write_bytes(article.encode("utf-16"))
    (folder / "utf16le_no_bom.txt").write_bytes(article.encode("utf-16-le"))
    (folder / "cp1256.txt").write_bytes(article.replace("“", '"').replace("”", '"').encode("cp1256"))
    (folder / "utf8_bom.txt").write_bytes(codecs.BOM_UTF8 + article.encode())
    (folder / "boilerplate_only.txt").write_text("إقرأ أيضاً:\nشارك\nLeave a Reply\n", encoding="utf-8")
    unit = seed_text("002").encode()
    (folder / "huge.txt").write_bytes((unit * (50 * 1024 * 1024 // len(unit) + 1))[: 50 * 1024 * 1024])


def test_bad_input_ends_in_rejects_or_articles_never_a_crash(tmp_path: Path) -> None:
    _write_bad_inputs(tmp_path / "in")
    out = tmp_path / "out"
    _run(tmp_path / "in", out)

    files = _read(out, "files")
    assert files.height == 10
    rejects = dict(_read(out, "rejects").select("source_path", "reason").rows())
    assert rejects == {
        "binary.txt": "binary",
        "boilerplate_only.txt": "no_content",
        "empty.txt": "empty",
        "huge.txt": "too_large",
        "invalid_utf8.txt": "undecodable",
    }
    encodings = dict(files.filter(pl.col("status") == "parsed").select("source_path", "encoding").rows())
    assert encodings == {
        "cp1256.txt": "cp1256",
        "utf16.txt": "utf-16",
        "utf16le_no_bom.txt": "utf-16-le",
        "utf8_bom.txt": "utf-8-sig",
        "utf8_one_bad_byte.txt": "utf-8",
    }
    assert files.filter(pl.col("source_path") == "utf8_one_bad_byte.txt")["decode_errors"].item() == 1
    articles = _read(out, "articles")
    # every decodable copy of sample 004 gives its two articles with the same title
    assert articles.group_by("position").agg(pl.col("title").n_unique()).sort("position").rows() == [
        (0, 1),
        (1, 1),
    ]
    assert articles.height == 10


def test_a_50_mb_file_parses_when_the_limit_allows_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    unit = seed_text("002").encode()
    (folder / "huge.txt").write_bytes(unit * (50 * 1024 * 1024 // len(unit)))
    out = tmp_path / "out"
    _run(folder, out, max_file_mb=64)
    files = _read(out, "files")
    assert files["status"].to_list() == ["parsed"]
    assert files["article_count"].item() > 2000  # each repeat's read-also section is an article


def test_two_runs_give_identical_tables_inline_or_in_parallel(seed_dir: Path, tmp_path: Path) -> None:
    (seed_dir / "bad.txt").write_bytes(b"")
    _run(seed_dir, tmp_path / "a")
    _run(seed_dir, tmp_path / "b", workers=1)
    _run(seed_dir, tmp_path / "c", batch_size=2, workers=2, task_runner="process")
    _run(seed_dir, tmp_path / "d", batch_size=1, workers=2, task_runner="thread")
    for other in "bcd":
        assert_same_tables(tmp_path / "a", tmp_path / other)


def _artifacts(out: Path) -> dict[str | None, Any]:
    """The artifacts of the run that published ``out``, by key."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    flow_run_id = _read(out, "runs")["flow_run_id"][0]
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return {a.key: a for a in artifacts}


def _summary(out: Path) -> str:
    return str(_artifacts(out)["news-etl-summary"].data)


def test_reruns_publish_new_snapshots_and_keep_the_history(seed_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(seed_dir, out).run_id  # type: ignore[attr-defined]
    next(seed_dir.glob("000_*")).unlink()
    second = _run(seed_dir, out, deleted_files="retract").run_id  # type: ignore[attr-defined]
    assert _read(out, "files").height == 4
    runs = _read(out, "runs")
    assert runs["run_id"].to_list() == [first, second]
    counts = {r["table"]: r["rows"] for r in runs["row_counts"][1]}
    assert counts["files"] == 4
    # the previous version stays readable until it is pruned
    assert pl.read_parquet(out / "snapshots" / first / "files.parquet").height == 5
    third = _run(seed_dir, out, keep_snapshots=2).run_id  # type: ignore[attr-defined]
    assert sorted(p.name for p in (out / "snapshots").iterdir()) == [second, third]


def test_a_run_that_dies_before_publishing_leaves_the_current_tables(
    seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    good = _run(seed_dir, out).run_id  # type: ignore[attr-defined]
    import tasks.run.publish

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(tasks.run.publish, "make_current", crash)
    (seed_dir / "new.txt").write_text("عنوان\nنص جديد كامل للخبر.", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk full"):
        _run(seed_dir, out, workers=1)
    assert (out / "CURRENT").read_text(encoding="utf-8").strip() == good
    assert _read(out, "files").height == 5
    assert _read(out, "runs")["run_id"].to_list() == [good]
    # the dead run's lock was released: the next run goes ahead
    assert not (out / ".lock").exists()


def test_a_second_run_on_a_locked_output_stops_before_writing(seed_dir: Path, tmp_path: Path) -> None:
    from tasks.store.io import Location
    from tasks.store.lock import OutputLockedError, acquire, release

    out = tmp_path / "out"
    holder = acquire(Location.of(str(out)), "run-elsewhere")
    with pytest.raises(OutputLockedError, match="run-elsewhere"):
        _run(seed_dir, out)
    assert sorted(p.name for p in out.iterdir()) == [".lock"]
    release(Location.of(str(out)), holder)


def test_a_run_started_while_another_writes_the_output_is_refused(
    seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor

    import flows.news_etl
    from tasks.store.lock import OutputLockedError

    inside, refused = threading.Event(), threading.Event()

    def digest_after_the_second_run_tried() -> str:  # called by the first run, holding the lock
        inside.set()
        assert refused.wait(120)
        return "0123456789abcdef"

    monkeypatch.setattr(flows.news_etl, "code_digest", digest_after_the_second_run_tried)
    out = tmp_path / "out"
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(_run, seed_dir, out, workers=1)
        assert inside.wait(120)
        with pytest.raises(OutputLockedError, match="is being written by run"):
            _run(seed_dir, out, workers=1)
        refused.set()
        first.result()
    assert _read(out, "runs").height == 1
    assert _read(out, "articles").height == 8
    assert not (out / ".lock").exists()


def test_each_run_posts_a_summary_the_rejects_and_its_progress(seed_dir: Path, tmp_path: Path) -> None:
    (seed_dir / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    _run(seed_dir, out, batch_size=2)
    by_key = _artifacts(out)
    summary = str(by_key["news-etl-summary"].data)
    assert "| 6 | 6 | 0 | 0 | 0 | 0 | 1 |" in summary  # seen, new, changed, skipped, gone x2, rejected
    assert "per:vladimir-putin" in summary or "بوتين" in summary
    assert by_key["news-etl-rejects"].type == "table"
    assert "bad.txt" in str(by_key["news-etl-rejects"].data)
    assert by_key["news-etl-progress"].type == "progress"
    assert float(by_key["news-etl-progress"].data) == 100.0  # type: ignore[arg-type]
    # where the time went: in the summary, and kept in the runs table
    assert "## Timings" in summary
    assert "| quotes-events | summed over batches |" in summary
    assert "Extraction modules: pure Python in 3 batches." in summary  # the tests run the sources
    timings = _read(out, "runs")["timings"][0].to_list()
    steps = [(t["step"], t["scope"]) for t in timings]
    assert steps == [
        ("inventory", "wall"),
        ("batches", "wall"),  # then how the batches' worker time splits by stage
        ("parse", "batches"),
        ("fingerprint", "batches"),
        ("language", "batches"),
        ("entities", "batches"),
        ("quotes-events", "batches"),
        ("deduplicate", "wall"),
    ]
    assert all(t["seconds"] > 0 for t in timings)


def test_an_empty_input_does_not_empty_the_tables(seed_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(seed_dir, out)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NoInputFilesError, match="nothing published"):
        _run(empty, out)
    assert _read(out, "articles").height == 8
    _run(empty, out, allow_empty=True)  # the files are gone, and kept (deleted_files="keep")
    assert _read(out, "articles").height == 8
    _run(empty, out, allow_empty=True, deleted_files="retract")
    assert _read(out, "articles").height == 0


def test_duplicates_are_clustered_and_paragraph_offsets_hold(seed_dir: Path, tmp_path: Path) -> None:
    (seed_dir / "copy_of_004.txt").write_bytes(next(seed_dir.glob("004_*")).read_bytes())
    lines = seed_text("002").split("\n")
    shortened = "\n".join(lines[:34] + lines[84:])  # the first half of the body, same footer
    (seed_dir / "short_002.txt").write_text(shortened, encoding="utf-8")
    out = tmp_path / "out"
    _run(seed_dir, out)

    articles = _read(out, "articles")
    by_path = {(r["source_path"][:6], r["position"]): r for r in articles.iter_rows(named=True)}
    original, copy = by_path[("004_66", 0)], by_path[("copy_o", 0)]
    assert copy["cluster_id"] == original["cluster_id"]
    assert original["cluster_size"] == 2
    assert original["is_canonical"] != copy["is_canonical"]
    assert by_path[("short_", 0)]["cluster_id"] == by_path[("002_34", 0)]["article_id"]
    assert articles.filter(pl.col("is_canonical")).height == 8  # the sample stories, once each

    duplicates = _read(out, "duplicates")
    # 004's two articles copied exactly; 002 shortened, with its read-also article intact
    assert duplicates.select("method").to_series().sort().to_list() == [
        "contained",
        "exact",
        "exact",
        "exact",
    ]
    assert duplicates.join(articles, on="article_id")["is_canonical"].not_().all()

    paragraphs = _read(out, "paragraphs")
    bodies = dict(articles.select("article_id", "body").iter_rows())
    assert all(
        bodies[a][s:e] == t
        for a, s, e, t in paragraphs.select("article_id", "start", "end", "text").iter_rows()
    )
    assert (
        paragraphs.group_by("article_id")
        .len()
        .join(articles, on="article_id")
        .select((pl.col("len") == pl.col("paragraph_count")).all())
        .item()
    )
    # the exact copy's paragraphs are in one story, not two: nothing here is boilerplate
    assert not paragraphs["is_boilerplate"].any()

    # every article has its mentions, copies included, and the offsets hold
    mentions = _read(out, "mentions")
    assert set(mentions["article_id"]) == set(articles["article_id"])
    assert all(
        bodies[a][s:e] == t
        for a, s, e, t in mentions.select("article_id", "start", "end", "surface").iter_rows()
    )
    entities = _read(out, "entities")
    assert entities["mention_count"].sum() == mentions.height
    assert set(entities["entity_id"]) == set(mentions["entity_id"])
    putin = entities.filter(pl.col("entity_id") == "per:vladimir-putin").row(0, named=True)
    # 7 of the 8 sample stories name Putin; the copies add articles, not stories
    assert (putin["story_count"], putin["article_count"]) == (7, 11)

    # quotes, events and dates: copies included, every offset holds, IDs link up
    quotes, events, dates = _read(out, "quotes"), _read(out, "events"), _read(out, "dates")
    for table in (quotes, events, dates):
        assert set(table["article_id"]) <= set(articles["article_id"])
    assert set(quotes["article_id"]) == set(articles["article_id"])
    assert all(
        bodies[a][s:e] == t for a, s, e, t in quotes.select("article_id", "start", "end", "text").iter_rows()
    )
    assert all(
        bodies[a][s:e] == t
        for a, s, e, t in quotes.drop_nulls("speaker")
        .select("article_id", "speaker_start", "speaker_end", "speaker")
        .iter_rows()
    )
    assert all(
        bodies[a][s:e] == t
        for a, s, e, t in events.select("article_id", "start", "end", "evidence").iter_rows()
    )
    assert all(
        bodies[a][s:e] == t
        for a, s, e, t in events.select("article_id", "trigger_start", "trigger_end", "trigger").iter_rows()
    )
    assert all(
        bodies[a][s:e] == t
        for a, s, e, t in events.drop_nulls("date_text")
        .select("article_id", "date_start", "date_end", "date_text")
        .iter_rows()
    )
    assert all(
        bodies[a][s:e] == t for a, s, e, t in dates.select("article_id", "start", "end", "text").iter_rows()
    )
    known = set(entities["entity_id"])
    assert set(quotes["speaker_entity_id"].drop_nulls()) <= known
    assert set(events["location_entity_id"].drop_nulls()) <= known
    assert set(events["participants"].explode().drop_nulls()) <= known
    # an exact copy says the same things: its quotes match the original's, offsets and all
    copy_quotes = quotes.filter(pl.col("article_id") == copy["article_id"]).drop("quote_id", "article_id")
    original_quotes = quotes.filter(pl.col("article_id") == original["article_id"]).drop(
        "quote_id", "article_id"
    )
    assert copy_quotes.height > 0
    assert_frame_equal(copy_quotes, original_quotes)

    _check_events(out, bodies, quotes, (original["article_id"], copy["article_id"]))


def _check_events(out: Path, bodies: dict[str, str], quotes: pl.DataFrame, copied: tuple[str, str]) -> None:
    """Event mentions' offsets hold, each names an event of its article or none, an
    event's mention_count is its mentions, a statement's quotes exist, and the copy's
    events are the original's stories."""
    events, event_mentions = _read(out, "events"), _read(out, "event_mentions")
    assert all(
        bodies[a][s:e] == t
        for a, s, e, t in event_mentions.select(
            "article_id", "trigger_start", "trigger_end", "trigger"
        ).iter_rows()
    )
    named = event_mentions.drop_nulls("event_id").group_by("event_id").len()
    counts = events.select("event_id", "mention_count").join(named, on="event_id", how="left")
    assert counts.select((pl.col("len").fill_null(0) == pl.col("mention_count")).all()).item()
    assert set(event_mentions["modality"]) >= {"asserted", "reported", "negated"}
    not_asserted = event_mentions.filter(pl.col("modality").is_in(["negated", "hypothetical", "desired"]))
    assert not_asserted["event_id"].null_count() == not_asserted.height
    assert set(events["quote_ids"].explode().drop_nulls()) <= set(quotes["quote_id"])
    # the same events in the copy and the original: one story each, across the two articles
    story = dict(events.select("event_id", "story_event_id").iter_rows())
    original, copy = (events.filter(pl.col("article_id") == a)["event_id"].to_list() for a in copied)
    assert original
    assert [story[e] for e in original] == [story[e] for e in copy]


def test_missing_input_stops_the_run_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="not found"):
        _run(tmp_path / "nope", tmp_path / "out")
    assert not any((tmp_path / "out").glob("*.parquet"))
