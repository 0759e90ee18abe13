"""scripts/gazetteer_places.py: the committed place and nationality files are what the
generator makes of the hand-written sources (tasks/entities/gazetteer/sources/) and CLDR."""

from __future__ import annotations

from pathlib import Path

from scripts.gazetteer_places import OUT_DIR, build_nationalities, build_places, write
from tasks.entities.gazetteer import NATIONALITY_FILE


def test_the_committed_place_files_are_generated_from_the_sources(tmp_path: Path) -> None:
    places, owner, log = build_places()
    forms, _ = build_nationalities(places, owner)
    write(places, forms, tmp_path)
    for name in ("places.tsv", NATIONALITY_FILE):
        assert (tmp_path / name).read_bytes() == (OUT_DIR / name).read_bytes(), (
            f"{name} is stale: run scripts/gazetteer_places.py"
        )
    assert len(places) > 1500
    assert any("dropped CLDR" in line for line in log)  # clashes are reported, not silently kept
