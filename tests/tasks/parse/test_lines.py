"""Single-line rules: markers, metadata labels and furniture, in their spelling variants."""

from __future__ import annotations

import pytest

from tasks.parse.lines import Kind, classify_line, is_headline_like, split_trailing_chrome


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("إقرأ أيضاً:", Kind.READ_ALSO),
        ("اقرأ أيضا", Kind.READ_ALSO),
        ("اقرأ ايضًا :", Kind.READ_ALSO),
        ("اقرأ أيضاً: ترامب يلتقي بوتين", Kind.RELATED_LINK),
        ("مقالات مشابهة", Kind.RELATED_HEADER),
        ("Related", Kind.RELATED_HEADER),
        ("More From Author", Kind.RELATED_HEADER),
        ("Author", Kind.AUTHOR_HEADER),
        ("بقلم: أحمد علي", Kind.AUTHOR_NAME),
        ("Leave a Reply", Kind.COMMENT_FORM),
        ("Your email address will not be published. Required fields are marked *", Kind.COMMENT_FORM),
        ("شارك", Kind.SITE_CHROME),
        ("انتقل إلى اختصارات الوصول شارك محادثة", Kind.SITE_CHROME),
        ("gettyimages 2248985695 jpg", Kind.IMAGE_CREDIT),
        ("الصورة: رويترز", Kind.IMAGE_CREDIT),
        ("* * *", Kind.SEPARATOR),
        ("«»»»»»", Kind.SEPARATOR),
        ("موسكو (وكالات)", Kind.DATELINE),
        ("القاهرة - رويترز", Kind.DATELINE),
        ("تاريخ النشر: 21st, October 2025 GMT", Kind.DATE_LINE),
        ("آخر تحديث: 22 أكتوبر 2025", Kind.DATE_LINE),
        ("المصدر: سكاي نيوز عربية", Kind.SOURCE_LINE),
        ("كلمات دلالية: روسيا أوكرانيا", Kind.KEYWORDS_LINE),
        ("الوسوم: روسيا، أوكرانيا", Kind.KEYWORDS_LINE),
    ],
)
def test_furniture_and_metadata_lines(line: str, kind: Kind) -> None:
    assert classify_line(line).kind is kind


@pytest.mark.parametrize(
    "line",
    [
        "وقال مسؤول في البيت الأبيض للموقع إنه لا توجد خطط للقاء.",
        "المصدر: مسؤول رفيع في الحكومة قال للصحفيين إن الاجتماع تأجل إلى أجل غير مسمى بسبب الخلافات",
        "موسكو تعلن استعدادها للحوار",  # a place opening a sentence is not a dateline
        "شارك في المحادثات وزير الخارجية الأمريكي ماركو روبيو.",  # "شارك" opening a sentence
        "2015",
    ],
)
def test_text_lines_are_not_furniture(line: str) -> None:
    assert classify_line(line).kind is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("مباحثات أميركية روسية تمهيداً لقمة ترامب وبوتين", True),
        ("مساعد بوتين: المحادثات انتهت دون تحقيق أي تقدم", True),
        ("هل يمنح ترامب ضمانات أمنية لأوكرانيا؟", True),
        ("ميسي يسدد يسار الحارس .. اذا ركلة الجزاء ضاعت !!", True),
        ('"نعتمد على أمريكا"', True),
        ("تم إلغاء القمة الثانية في بودابست.", False),
        ("وقال الرئيس:", False),
        ("كلمة " * 31, False),
    ],
)
def test_headline_shape(line: str, expected: bool) -> None:
    assert is_headline_like(line) is expected


def test_trailing_chrome_needs_text_before_it() -> None:
    assert split_trailing_chrome("أخبار ذات صلة") == ("أخبار ذات صلة", "")
