"""The run report: a markdown summary and the rejects, from the published tables."""

from __future__ import annotations

import polars as pl

from tasks.run.changes import FileCounts
from tasks.run.report import run_report


def test_the_report_counts_what_the_tables_hold() -> None:
    report = run_report(
        "20261123T000000Z-abc",
        files=FileCounts(seen=6, new=3, changed=1, unchanged=2, touched=1, deleted=2, retracted=1),
        counts={"articles": 3, "rejects": 1, "duplicates": 1, "quotes": 2, "events": 1, "entities": 2},
        articles=pl.DataFrame({"language": ["ar", "ar", "en"], "is_canonical": [True, False, True]}),
        entities=pl.DataFrame({"name": ["بوتين", "ترامب"], "type": ["PER", "PER"], "story_count": [1, 2]}),
        quotes=pl.DataFrame(
            {
                "speaker": ["ترامب", "الرئيس ترامب"],
                "speaker_entity_id": ["per:donald-trump"] * 2,
                "kind": ["direct"] * 2,
            }
        ),
        events=pl.DataFrame(
            {"event_type": ["summit", "summit"], "status": ["planned"] * 2, "story_event_id": ["s1", "s1"]}
        ),
        rejects=pl.DataFrame({"source_path": ["bad.txt"], "reason": ["binary"], "detail": ["NUL bytes"]}),
        event_mentions=pl.DataFrame({"modality": ["asserted", "asserted", "negated"]}),
    )
    md = report.markdown
    assert md.startswith("# news-etl run `20261123T000000Z-abc`")
    assert "| 6 | 3 | 1 | 2 | 1 | 1 | 1 |" in md  # seen, new, changed, skipped, kept, retracted, rejected
    assert "| 3 | 2 | 1 | 0 | 2 | 2 | 1 | 0 |" in md  # articles, stories, duplicates, ...
    assert md.index("| ar | 2 |") < md.index("| en | 1 |")
    assert md.index("| ترامب | PER | 2 |") < md.index("| بوتين | PER | 1 |")
    assert "| ترامب | per:donald-trump | 2 |" in md
    assert "| summit | planned | 2 | 1 |" in md  # two articles report one summit
    assert md.index("| asserted | 2 |") < md.index("| negated | 1 |")
    assert "| binary | 1 |" in md
    assert report.rejects == [{"source_path": "bad.txt", "reason": "binary", "detail": "NUL bytes"}]


def test_an_empty_run_reports_zeros_and_no_sections() -> None:
    empty = pl.DataFrame
    report = run_report(
        "r",
        FileCounts(seen=0),
        {},
        empty(
            {"language": [], "is_canonical": []}, schema={"language": pl.String, "is_canonical": pl.Boolean}
        ),
        empty({"name": [], "type": [], "story_count": []}),
        empty({"speaker": [], "speaker_entity_id": [], "kind": []}),
        empty({"event_type": [], "status": [], "story_event_id": []}),
        empty({"source_path": [], "reason": [], "detail": []}),
    )
    assert "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |" in report.markdown
    assert "##" not in report.markdown
    assert report.rejects == []
