"""Pinned fingerprints: an accidental change to how IDs are derived fails here."""

from __future__ import annotations

from tasks.ids import article_id, file_id, sha256_hex, stable_id


def test_ids_are_pinned() -> None:
    assert stable_id("file", "a/b.txt", "00") == "1dd50494742a18dc"
    assert file_id("001.txt", "c" * 64) == "5347796eec3dfe55"
    assert article_id("001.txt", 1, sha256_hex("بوتين")) == "9e2548b355dde4f6"
    assert sha256_hex("بوتين") == "4d9e4cb8034b11143c1bf860331b52abd483caf7b9b137937a1da9a4c4508bd5"


def test_kinds_and_parts_separate_ids() -> None:
    assert stable_id("file", "x") != stable_id("article", "x")
    assert stable_id("file", "ab", "c") != stable_id("file", "a", "bc")
