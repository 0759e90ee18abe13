"""Every kind of bad or unusual input ends as text or as a clear rejection."""

from __future__ import annotations

import codecs
import gzip

import pytest

from tasks.parse.decode import Decoded, Rejection, decode_bytes
from tests.conftest import seed_text

ARTICLE = seed_text("004")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),  # with BOM
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("utf-32"), "utf-32"),
        (ARTICLE.replace("“", '"').replace("”", '"').encode("cp1256"), "cp1256"),
        ("English only, Café naïve".encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "utf32", "cp1256", "cp1252"],
)
def test_encodings_are_recognised_and_text_recovered(data: bytes, encoding: str) -> None:
    result = decode_bytes(data)
    assert isinstance(result, Decoded)
    assert result.encoding == encoding
    assert "البيت الأبيض" in result.text or "Café" in result.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n  ", "empty"),
        ("\n\u00a0\n".encode(), "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 50, "binary"),
        (gzip.compress(ARTICLE.encode()), "binary"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89" * 100, "undecodable"),
        (b"\xc3\x28\xa0\xa1" * 300, "undecodable"),  # classic invalid UTF-8; "أ( ،" in cp1256
        (codecs.BOM_UTF16_LE + b"\x00", "undecodable"),
    ],
    ids=[
        "zero-bytes",
        "whitespace",
        "nbsp-only",
        "png",
        "gzip",
        "all-bytes",
        "junk-high",
        "invalid-utf8",
        "bad-utf16",
    ],
)
def test_unusable_bytes_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    result = decode_bytes(data)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.detail


def test_utf8_with_a_stray_byte_is_utf8_with_one_replacement_not_mojibake() -> None:
    # read as cp1256, UTF-8 Arabic turns into Arabic-looking mojibake (ط£ظƒط³...)
    data = ARTICLE.encode("utf-8")
    broken = data[:300] + b"\xff" + data[300:]
    result = decode_bytes(broken)
    assert isinstance(result, Decoded)
    assert (result.encoding, result.replaced) == ("utf-8", 1)
    assert result.text.replace("\ufffd", "") == ARTICLE


def test_truncated_utf8_download_keeps_its_text() -> None:
    data = ARTICLE.encode("utf-8")
    lead = data.index(b"\xd8", len(data) // 2)
    cut = data[: lead + 1]  # through the middle of a two-byte letter
    result = decode_bytes(cut)
    assert isinstance(result, Decoded)
    assert result.encoding == "utf-8"
    assert result.replaced == 1


def test_mostly_invalid_utf8_is_not_passed_off_as_utf8() -> None:
    junk = bytes([0xD8, 0x41]) * 500  # lead bytes without continuations
    result = decode_bytes(junk)
    assert not (isinstance(result, Decoded) and result.encoding == "utf-8")


def test_heavily_damaged_utf8_is_still_utf8_not_mojibake() -> None:
    data = bytearray(ARTICLE.encode("utf-8"))
    for i in range(100, len(data), 50):  # about 2% of the bytes overwritten
        data[i] = 0xFF
    result = decode_bytes(bytes(data))
    assert isinstance(result, Decoded)
    assert result.encoding == "utf-8"
    assert result.replaced > 50
    assert "ظ„" not in result.text


def test_short_truncated_utf8_title_is_utf8() -> None:
    result = decode_bytes("عنوان قصير".encode()[:-1])
    assert isinstance(result, Decoded)
    assert (result.encoding, result.replaced) == ("utf-8", 1)


def test_utf8_with_a_cp1256_fragment_pasted_in_stays_utf8() -> None:
    data = ARTICLE[:400].encode("utf-8") + "سلام عليكم".encode("cp1256") + ARTICLE[400:800].encode()
    result = decode_bytes(data)
    assert isinstance(result, Decoded)
    assert result.encoding == "utf-8"


def test_utf8_bom_with_a_bad_byte_is_decoded_like_without_the_bom() -> None:
    data = ARTICLE.encode("utf-8")
    result = decode_bytes(codecs.BOM_UTF8 + data[:300] + b"\xff" + data[300:])
    assert isinstance(result, Decoded)
    assert (result.encoding, result.replaced) == ("utf-8-sig", 1)


def test_a_stray_nul_does_not_make_an_article_binary() -> None:
    data = ARTICLE.encode("utf-8")
    result = decode_bytes(data[:300] + b"\x00" + data[300:])
    assert isinstance(result, Decoded)
    assert result.encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["iso8859_6", "cp720"])
def test_other_arabic_code_pages(encoding: str) -> None:
    text = "أفاد موقع أكسيوس نقلا عن مسؤولين أميركيين أن البيت الأبيض أوقف العمل على عقد قمة ثانية"
    result = decode_bytes(text.encode(encoding))
    assert isinstance(result, Decoded)
    assert (result.encoding, result.text) == (encoding, text)


def test_western_text_is_not_read_through_an_arabic_code_page() -> None:
    text = "Le président a déclaré à la presse que la réunion était très productive."
    result = decode_bytes(text.encode("cp1252"))
    assert isinstance(result, Decoded)
    assert (result.encoding, result.text) == ("cp1252", text)
