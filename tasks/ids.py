"""Stable, content-derived identifiers: the same input gives the same IDs in every run."""

from __future__ import annotations

import hashlib

_SEP = "\x1f"  # unit separator: cannot occur in a path or a hex digest


def stable_id(kind: str, *parts: str) -> str:
    """16 hex chars of BLAKE2b over a kind tag and the parts that identify a row.

    The kind keeps IDs of different tables apart even when their parts coincide.

    >>> stable_id("file", "a/b.txt", "00")
    '1dd50494742a18dc'
    """
    data = _SEP.join((kind, *parts)).encode("utf-8")
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def sha256_hex(data: bytes | str) -> str:
    """SHA-256 hex digest of bytes, or of a string as UTF-8.

    >>> sha256_hex("سلام")[:16]
    'bda1fa4834533661'
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def file_id(source_path: str, sha256: str | None) -> str:
    """ID of one version of one file: its path plus its content hash."""
    return stable_id("file", source_path, sha256 or "")


def article_id(source_path: str, position: int, content_hash: str) -> str:
    """ID of an article: where it sits and what it says, not when it was processed."""
    return stable_id("article", source_path, str(position), content_hash)
