"""Bytes to text: which encoding a scraped file uses, or why it is not text at all.

Order matters: byte-order marks first, then UTF-16 without a mark, then strict
UTF-8 (most files), then a binary check, then damaged UTF-8 (bad bytes replaced
and counted), then the legacy Arabic code pages (cp1256, ISO-8859-6, CP720),
then Western cp1252. Each guess must also look like text of that kind.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    # bytes that were invalid in that encoding and became U+FFFD
    replaced: int = 0


@dataclass(frozen=True)
class Rejection:
    reason: str
    detail: str


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Category Cc is exactly U+0000-001F and U+007F-009F (a Unicode stability guarantee):
# these are its members outside _ALLOWED_CONTROLS, matched in C instead of a
# unicodedata.category() call per character (15x faster on a 64 KiB sample).
_BAD_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SAMPLE = 64 * 1024
# Above this share of control characters a decoded file is binary, not text.
MAX_CONTROL_SHARE = 0.01
# Above this share of NUL bytes a file that is not UTF-16 is binary.
MAX_NUL_SHARE = 0.01
# A UTF-16 guess must give at least this share of plausible characters, and a
# legacy guess this share of its non-ASCII letters in the expected script.
MIN_PLAUSIBLE_SHARE = 0.9
# Letters among non-space characters of a legacy guess (prose is about 0.85).
MIN_LETTER_SHARE = 0.5
# Damaged UTF-8 (a truncated download, stray bytes, a cp1256 fragment pasted in) is
# still UTF-8 when at least this share of its non-ASCII bytes form valid sequences;
# read as cp1256 instead it would be Arabic-looking mojibake ("ط³ظ„ط§ظ…").
MIN_VALID_UTF8_SHARE = 0.5
# Arabic-letter words that also hold Latin letters: rare in Arabic text, the rule
# in Western text read through an Arabic code page.
MAX_MIXED_SCRIPT_SHARE = 0.2
# The Arabic code pages the detector chooses between (charset-normalizer tells these
# apart on 200 bytes; unrestricted, it also "finds" EBCDIC in junk bytes).
ARABIC_CODE_PAGES = ["cp1256", "iso8859_6", "cp720"]


# -- what decoded text looks like ---------------------------------------------------


def _is_plausible_char(ch: str) -> bool:
    """Letters, digits, marks, spaces and punctuation of any script: what text is made of."""
    return unicodedata.category(ch)[0] in "LMNPZS" or ch in _ALLOWED_CONTROLS


def _plausible_share(text: str) -> float:
    sample = text[:_SAMPLE]
    return sum(map(_is_plausible_char, sample)) / len(sample) if sample else 0.0


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return len(_BAD_CONTROL.findall(sample)) / len(sample)


def _script_share(text: str, in_script: str) -> float:
    """Share of non-ASCII letters that belong to a script ('arabic' or 'latin')."""
    letters = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F and ch.isalpha()]
    if not letters:
        return 0.0
    if in_script == "arabic":
        hits = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    else:
        hits = sum(1 for ch in letters if ch <= "\u024f")
    return hits / len(letters)


def _looks_like_prose(text: str) -> bool:
    """Letters make up most of what is not space: true of prose, false of byte junk."""
    sample = [ch for ch in text[:_SAMPLE] if not ch.isspace()]
    return bool(sample) and sum(ch.isalpha() for ch in sample) / len(sample) >= MIN_LETTER_SHARE


def _mixed_script_share(text: str) -> float:
    """Share of words with Arabic letters that also contain Latin letters."""
    words = [w for w in text[:_SAMPLE].split() if any("\u0600" <= c <= "\u06ff" for c in w)]
    if not words:
        return 0.0
    return sum(1 for w in words if any(c.isascii() and c.isalpha() for c in w)) / len(words)


def _check_text(text: str, encoding: str, replaced: int = 0) -> Decoded | Rejection:
    if _control_share(text) > MAX_CONTROL_SHARE:
        return Rejection("binary", f"decodes as {encoding} but holds control characters: not text")
    if not text.strip():
        return Rejection("empty", "the file holds only whitespace")
    return Decoded(text, encoding, replaced)


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with some bad bytes: the text with U+FFFD for them, and how many there were."""
    text = data.decode("utf-8", errors="replace")
    clean = data.decode("utf-8", errors="ignore")
    replaced = text.count("\ufffd") - clean.count("\ufffd")
    non_ascii_bytes = sum(1 for b in data if b >= 0x80)
    valid_multibyte_bytes = len(clean.encode("utf-8")) - sum(1 for ch in clean if ch < "\x80")
    if replaced and valid_multibyte_bytes >= MIN_VALID_UTF8_SHARE * non_ascii_bytes:
        return text, replaced
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Decode BOM-less UTF-16 when one byte lane is mostly NUL or the result is clean text."""
    if len(data) < 2 or len(data) % 2:
        return None
    head = data[:_SAMPLE]
    lanes = {"utf-16-le": (head[1::2], head[0::2]), "utf-16-be": (head[0::2], head[1::2])}
    for encoding, (high, low) in lanes.items():
        # ASCII-heavy UTF-16 shows NULs in the high lane; Arabic-only UTF-16 shows 0x06 there
        nul_lane = high.count(0) > 0.2 * len(high) and low.count(0) < 0.05 * len(low)
        if not (nul_lane or high.count(6) > len(high) / 2):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_share(text) >= MIN_PLAUSIBLE_SHARE:
            return text, encoding
    return None


# -- the attempts, in order: each decides (text or rejection) or passes (None) -------


def _bom(data: bytes) -> Decoded | Rejection | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                if encoding == "utf-8-sig" and (damaged := _damaged_utf8(data[len(bom) :])):
                    return _check_text(damaged[0], encoding, damaged[1])
                return Rejection("undecodable", f"starts with a {encoding} byte-order mark but {exc}")
    return None


def _utf16(data: bytes) -> Decoded | Rejection | None:
    # NUL is valid UTF-8, so BOM-less UTF-16 (NUL or 0x06 byte lanes) goes before UTF-8
    decoded = _utf16_without_bom(data)
    return _check_text(*decoded) if decoded is not None else None


def _utf8(data: bytes) -> Decoded | Rejection | None:
    try:
        return _check_text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return None


def _binary(data: bytes) -> Rejection | None:
    head = data[:_SAMPLE]
    if head.count(0) > MAX_NUL_SHARE * len(head):
        return Rejection("binary", "holds NUL bytes and is not UTF-16: not a text file")
    controls = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f\v\x1b")
    if controls > MAX_CONTROL_SHARE * len(head):
        return Rejection("binary", "holds control bytes and is no known text encoding: not text")
    return None


def _lossy_utf8(data: bytes) -> Decoded | Rejection | None:
    damaged = _damaged_utf8(data)
    return _check_text(damaged[0], "utf-8", damaged[1]) if damaged is not None else None


def _arabic_code_page(data: bytes) -> Decoded | Rejection | None:
    best = from_bytes(data[: 4 * _SAMPLE], cp_isolation=ARABIC_CODE_PAGES).best()
    encoding = best.encoding if best is not None and best.encoding else "cp1256"
    text = data.decode(encoding, errors="replace")
    if (
        "\ufffd" not in text
        and _script_share(text, "arabic") >= MIN_PLAUSIBLE_SHARE
        and _mixed_script_share(text) <= MAX_MIXED_SCRIPT_SHARE
        and _looks_like_prose(text)
    ):
        return _check_text(text, encoding)
    return None


def _cp1252(data: bytes) -> Decoded | Rejection | None:
    text = data.decode("cp1252", errors="replace")
    if (
        "\ufffd" not in text
        and _script_share(text, "latin") >= MIN_PLAUSIBLE_SHARE
        and _looks_like_prose(text)
    ):
        return _check_text(text, "cp1252")
    return None


_ATTEMPTS = (_bom, _utf16, _utf8, _binary, _lossy_utf8, _arabic_code_page, _cp1252)


def decode_bytes(data: bytes) -> Decoded | Rejection:
    """Decode a file's bytes, or say why they are not usable text.

    >>> decode_bytes("سلام".encode("utf-8"))
    Decoded(text='سلام', encoding='utf-8', replaced=0)
    >>> decode_bytes("سلام عليكم".encode("cp1256"))
    Decoded(text='سلام عليكم', encoding='cp1256', replaced=0)
    >>> decode_bytes("سلام".encode("utf-16"))
    Decoded(text='سلام', encoding='utf-16', replaced=0)
    >>> decode_bytes("Café".encode("cp1252"))
    Decoded(text='Café', encoding='cp1252', replaced=0)
    >>> decode_bytes("abc".encode("utf-16-le"))
    Decoded(text='abc', encoding='utf-16-le', replaced=0)
    >>> decode_bytes(b"").reason
    'empty'
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR").reason
    'binary'
    """
    if not data:
        return Rejection("empty", "the file is empty (0 bytes)")
    for attempt in _ATTEMPTS:
        if (result := attempt(data)) is not None:
            return result
    return Rejection(
        "undecodable",
        "not UTF-8 (even damaged), UTF-16, an Arabic code page (cp1256, ISO-8859-6, CP720) or cp1252",
    )
