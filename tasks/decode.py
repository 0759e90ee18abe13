"""Bytes to text: which encoding a scraped file uses, or why it is not text at all.

Order matters: byte-order marks first, then UTF-16 without a mark, then strict
UTF-8 (most files), then UTF-8 with a few bad bytes replaced, then the legacy
Arabic Windows code page cp1256, Western cp1252, and other Arabic code pages.
Each guess must also look like text of that kind.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
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
_SAMPLE = 64 * 1024
# Above this share of control characters a decoded file is binary, not text.
MAX_CONTROL_SHARE = 0.01
# A UTF-16 or cp1256 guess must give at least this share of plausible characters.
MIN_PLAUSIBLE_SHARE = 0.9
# Letters among non-space characters of a legacy-encoded guess (prose is about 0.85).
MIN_LETTER_SHARE = 0.5
# A file that is UTF-8 but for this share of bad bytes (a truncated download, one
# stray byte) is decoded as UTF-8 with replacements rather than rejected or misread.
MAX_UTF8_ERROR_SHARE = 0.01
# Legacy Arabic code pages besides cp1256 that the general detector may choose from.
ARABIC_LEGACY = ["iso8859_6", "cp720", "cp864", "mac_arabic"]


def _is_plausible_char(ch: str) -> bool:
    """Letters, digits, marks, spaces and punctuation of any script: what text is made of."""
    cat = unicodedata.category(ch)
    return cat[0] in "LMNPZS" or ch in _ALLOWED_CONTROLS


def _plausible_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return sum(map(_is_plausible_char, sample)) / len(sample)


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    return bad / len(sample)


def _arabic_share_of_non_ascii(text: str) -> float:
    """Share of non-ASCII letters that are Arabic-script: what cp1256 text looks like."""
    letters = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F and ch.isalpha()]
    if not letters:
        return 0.0
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    return arabic / len(letters)


def _looks_like_prose(text: str) -> bool:
    """Letters make up most of what is not space: true of prose, false of byte junk."""
    sample = [ch for ch in text[:_SAMPLE] if not ch.isspace()]
    return bool(sample) and sum(ch.isalpha() for ch in sample) / len(sample) >= MIN_LETTER_SHARE


def _latin_share_of_non_ascii(text: str) -> float:
    """Share of non-ASCII characters that are Latin letters or common typography."""
    chars = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F]
    if not chars:
        return 0.0
    latin = sum(1 for ch in chars if ch <= "\u024f" or "\u2010" <= ch <= "\u20ac")
    return latin / len(chars)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Decode BOM-less UTF-16 when one byte lane is mostly NUL or the result is clean text."""
    if len(data) < 2 or len(data) % 2:
        return None
    head = data[:_SAMPLE]
    even_nul = head[0::2].count(0) / (len(head) / 2)
    odd_nul = head[1::2].count(0) / (len(head) / 2)
    # ASCII-heavy UTF-16 shows NULs in one lane; Arabic-only UTF-16 shows 0x06 there.
    lanes = [("utf-16-le", odd_nul, even_nul), ("utf-16-be", even_nul, odd_nul)]
    for encoding, high_lane, low_lane in lanes:
        arabic_lane = (head[1::2] if encoding == "utf-16-le" else head[0::2]).count(6)
        looks_utf16 = (high_lane > 0.2 and low_lane < 0.05) or arabic_lane > len(head) / 4
        if not looks_utf16:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_share(text) >= MIN_PLAUSIBLE_SHARE:
            return text, encoding
    return None


def _check_text(text: str, encoding: str, replaced: int = 0) -> Decoded | Rejection:
    if "\x00" in text or _control_share(text) > MAX_CONTROL_SHARE:
        return Rejection("binary", f"decodes as {encoding} but holds control characters: not text")
    if not text.strip():
        return Rejection("empty", "the file holds only whitespace")
    return Decoded(text, encoding, replaced)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few bad bytes: the text with U+FFFD for them, and how many there were."""
    text = data.decode("utf-8", errors="replace")
    clean = data.decode("utf-8", errors="ignore")
    replaced = text.count("\ufffd") - clean.count("\ufffd")
    # real multi-byte characters must outnumber the damage: a lone é in cp1252 is not UTF-8
    valid_multibyte = len(clean.encode("utf-8")) - len(clean)
    if 0 < replaced <= max(1, MAX_UTF8_ERROR_SHARE * len(text)) and valid_multibyte >= 20 * replaced:
        return text, replaced
    return None


def _bom(data: bytes) -> Decoded | Rejection | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
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


def _nul(data: bytes) -> Rejection | None:
    if b"\x00" in data:
        return Rejection("binary", "contains NUL bytes and is not UTF-16: not a text file")
    return None


def _lossy_utf8(data: bytes) -> Decoded | Rejection | None:
    lossy = _mostly_utf8(data)
    return _check_text(lossy[0], "utf-8", lossy[1]) if lossy is not None else None


def _single_byte(data: bytes, encoding: str, share: Callable[[str], float]) -> Decoded | None:
    """A legacy code page fits when every byte maps, the script fits, and it reads as prose."""
    text = data.decode(encoding, errors="replace")
    if "\ufffd" not in text and share(text) >= MIN_PLAUSIBLE_SHARE and _looks_like_prose(text):
        result = _check_text(text, encoding)
        return result if isinstance(result, Decoded) else None
    return None


def _cp1256(data: bytes) -> Decoded | Rejection | None:
    if (decoded := _single_byte(data, "cp1256", _arabic_share_of_non_ascii)) is not None:
        return decoded
    if _control_share(data.decode("cp1256", errors="replace")) > MAX_CONTROL_SHARE:
        return Rejection("binary", "holds control bytes and is no known text encoding: not text")
    return None


def _cp1252(data: bytes) -> Decoded | Rejection | None:
    return _single_byte(data, "cp1252", _latin_share_of_non_ascii)


def _other_arabic_code_page(data: bytes) -> Decoded | Rejection | None:
    # restricted: an unrestricted detector also "finds" EBCDIC in junk bytes
    best = from_bytes(data[: 4 * _SAMPLE], cp_isolation=ARABIC_LEGACY).best()
    if best is None or not best.encoding:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _arabic_share_of_non_ascii(text) >= MIN_PLAUSIBLE_SHARE and _looks_like_prose(text):
        return _check_text(text, best.encoding)
    return None


_ATTEMPTS = (_bom, _utf16, _utf8, _nul, _lossy_utf8, _cp1256, _cp1252, _other_arabic_code_page)


def decode_bytes(data: bytes) -> Decoded | Rejection:
    """Decode a file's bytes, or say why they are not usable text.

    Each attempt, in order, either decides (text or rejection) or passes.

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
        "not UTF-8 (nor UTF-8 with a few bad bytes), UTF-16, cp1256, cp1252 or another Arabic code page",
    )
