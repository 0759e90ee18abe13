"""Read the SaudiNewsNet corpus in ../shared/data (never copied into this repo).

Each daily zip holds one JSON array of {source, url, date_extracted, title,
author, content}. `as_sample_layout` renders an article the way the sample files
are laid out, so the pipeline sees realistic input.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "saudinewsnet"
CORPUS_DIR = Path(os.environ.get("SAUDINEWSNET_DIR", DEFAULT_DIR))


def available() -> bool:
    return CORPUS_DIR.is_dir() and any(CORPUS_DIR.glob("*.zip"))


def articles(limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Articles in file order (days ascending, then as stored)."""
    count = 0
    for path in sorted(CORPUS_DIR.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for item in json.loads(archive.read(name)):
                    if limit is not None and count >= limit:
                        return
                    count += 1
                    yield item


def as_sample_layout(item: dict[str, Any]) -> str:
    """Headline line, body, then an 'المصدر:' line, like the sample files."""
    return f"{item.get('title') or ''}\n{item.get('content') or ''}\nالمصدر: {item['source']}\n"
