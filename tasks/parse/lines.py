"""What a single line of a scraped page is: metadata, site furniture, or text.

Rules are matched on normalize_arabic() keys, so "إقرأ أيضاً:", "اقرأ ايضا" and
"اقرا أيضًا" are one marker. The line's role in context (headline, body, link in a
related list) is decided by the parser; here each line is looked at alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from tasks.text.normalize import normalize_arabic


class Kind(StrEnum):
    """Why a line is not body text; the values are what the boilerplate table stores."""

    HEADLINE = "headline"
    DATE_LINE = "date_line"
    SOURCE_LINE = "source_line"
    KEYWORDS_LINE = "keywords_line"
    DATELINE = "dateline"
    READ_ALSO = "read_also"
    RELATED_HEADER = "related_header"
    RELATED_LINK = "related_link"
    AUTHOR_HEADER = "author_header"
    AUTHOR_NAME = "author_name"
    AUTHOR_BIO = "author_bio"
    COMMENT_FORM = "comment_form"
    SITE_CHROME = "site_chrome"
    IMAGE_CREDIT = "image_credit"
    SEPARATOR = "separator"


def _keys(*phrases: str) -> frozenset[str]:
    return frozenset(normalize_arabic(p) for p in phrases)


READ_ALSO_MARKERS = _keys(
    "إقرأ أيضاً", "اقرأ أيضا", "اقرأ كذلك", "إقرأ المزيد", "شاهد أيضاً", "Read also", "See also"
)
RELATED_HEADERS = _keys(
    "مقالات مشابهة",
    "مقالات ذات صلة",
    "أخبار ذات صلة",
    "أخبار متعلقة",
    "مواضيع ذات صلة",
    "مواضيع مشابهة",
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "آخر الأخبار",
    "Related",
    "Related articles",
    "Related posts",
    "Related news",
    "Read more",
    "You may also like",
    "More From Author",
    "More stories",
)
AUTHOR_HEADERS = _keys("Author", "About the author", "عن الكاتب", "عن الكاتبة", "الكاتب", "الكاتبة")
# A comment form's own heading: what follows it is the form or readers' comments.
COMMENT_SECTION = _keys(
    "Leave a Reply", "Leave a comment", "اترك تعليقاً", "اترك رداً", "أضف تعليق", "أضف تعليقك"
)
# Single form labels: removed where they stand, but too common as share buttons or
# menu entries ("Email", "التعليقات") to mean that the rest of the page is a form.
COMMENT_FIELDS = _keys(
    "Cancel reply",
    "Post Comment",
    "Comment",
    "Comments",
    "Name",
    "Email",
    "Website",
    "التعليقات",
    "تعليقات",
    "إلغاء الرد",
)
COMMENT_FORM_PREFIXES = _keys(
    "Your email address will not be published",
    "Required fields are marked",
    "Save my name, email, and website",
    "لن يتم نشر عنوان بريدك الإلكتروني",
    "الحقول الإلزامية مشار إليها",
    "يجب أن تكون مسجل الدخول",
)
# Share buttons, navigation and accessibility links: a line made only of these phrases.
CHROME_PHRASES = _keys(
    "انتقل إلى اختصارات الوصول",
    "تخطى إلى المحتوى",
    "شارك",
    "شارك محادثة",
    "محادثة",
    "مشاركة",
    "شارك الخبر",
    "طباعة",
    "تويتر",
    "فيسبوك",
    "واتساب",
    "تلغرام",
    "تابعونا على",
    "الرئيسية",
    "إعلان",
    "Share",
    "Tweet",
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Telegram",
    "LinkedIn",
    "Email",
    "Print",
    "Skip to content",
    "Advertisement",
    "Home",
)
# Footers glued to the end of a content paragraph by the scraper ("... سامارا. أخبار ذات صلة").
TRAILING_CHROME = ("أخبار ذات صلة", "مقالات ذات صلة", "اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً")

_DATE_LABELS = _keys(
    "تاريخ النشر",
    "نشر في",
    "نشر بتاريخ",
    "بتاريخ",
    "آخر تحديث",
    "تاريخ التحديث",
    "Published",
    "Published on",
    "Date",
    "Last updated",
    "Updated",
)
_SOURCE_LABELS = _keys("المصدر", "مصدر الخبر", "Source")
_KEYWORD_LABELS = _keys(
    "كلمات دلالية",
    "كلمات مفتاحية",
    "الكلمات المفتاحية",
    "الكلمات الدلالية",
    "الوسوم",
    "وسوم",
    "Tags",
    "Keywords",
)
_BYLINE_LABELS = _keys("بقلم", "كتب", "كتبت", "By")
_LABELLED = re.compile(r"^(?P<label>[^:：]{2,30}?)\s*[:：]\s*(?P<value>.*)$")
# A short line naming an image file or a photo agency: "gettyimages 2248985695 jpg".
_IMAGE_CREDIT = re.compile(
    r"(?i)(\b(jpe?g|png|gif|webp)\b|getty\s?images|shutterstock|\bafp photo\b|©|"
    r"^(صورة|الصورة|مصدر الصورة|photo|image|credit)\s*[:：(])"
)
# "موسكو (وكالات)", "القاهرة - رويترز": a place and an agency, nothing else.
_DATELINE = re.compile(r"^[^\s()]+(?: [^\s()]+){0,2} ?(?:\([^()]{2,30}\)|[-–—] ?\S+(?: \S+)?)$")
_DATELINE_AGENCIES = _keys(
    "وكالات",
    "رويترز",
    "أ ف ب",
    "ا ف ب",
    "فرانس برس",
    "أ ب",
    "د ب أ",
    "واس",
    "قنا",
    "وام",
    "الأناضول",
    "سبوتنيك",
    "تاس",
    "شينخوا",
    "خاص",
    "الاتحاد",
)
MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 30
MAX_LABEL_VALUE_WORDS = 12
# No marker, header, form or share-button line is longer than this.
MAX_FURNITURE_WORDS = 30


@dataclass(frozen=True)
class LineInfo:
    """A classified line: its kind (None for text), the value after its label, and
    whether it opens a section (related list, author block, comment form)."""

    kind: Kind | None
    value: str = ""
    opens: bool = False


# Longest first; phrases of one length cannot both match, so ties need no order.
_CHROME_BY_LENGTH = sorted(CHROME_PHRASES, key=len, reverse=True)


def _strip_chrome_phrases(key: str) -> str:
    """What remains of a normalised line once known chrome phrases are cut from its start."""
    changed = True
    while key and changed:
        changed = False
        for phrase in _CHROME_BY_LENGTH:
            if key == phrase or key.startswith(phrase + " "):
                key = key[len(phrase) :].lstrip()
                changed = True
                break
    return key


def _labelled(line: str) -> LineInfo | None:
    m = _LABELLED.match(line)
    if not m:
        return None
    label, value = normalize_arabic(m["label"]), m["value"].strip()
    # a label with no value takes it from the next line (see the parser)
    if label in _DATE_LABELS:
        return LineInfo(Kind.DATE_LINE, value)
    if label in _SOURCE_LABELS and len(value.split()) <= MAX_LABEL_VALUE_WORDS:
        return LineInfo(Kind.SOURCE_LINE, value)
    if label in _KEYWORD_LABELS:
        return LineInfo(Kind.KEYWORDS_LINE, value)
    if label in READ_ALSO_MARKERS:
        # "اقرأ أيضاً: <title>" on one line is a single link, not an embedded article
        return LineInfo(Kind.READ_ALSO if not value else Kind.RELATED_LINK, value)
    if label in _BYLINE_LABELS and value and len(value.split()) <= 6:
        return LineInfo(Kind.AUTHOR_NAME, value)
    return None


def classify_line(line: str) -> LineInfo:
    """Classify one cleaned, non-empty line on its own.

    >>> classify_line("تاريخ النشر: 21st, October 2025 GMT")
    LineInfo(kind=<Kind.DATE_LINE: 'date_line'>, value='21st, October 2025 GMT', opens=False)
    >>> classify_line("إقرأ أيضاً:").kind
    <Kind.READ_ALSO: 'read_also'>
    >>> classify_line("كلمات دلالية:")
    LineInfo(kind=<Kind.KEYWORDS_LINE: 'keywords_line'>, value='', opens=False)
    >>> classify_line("انتقل إلى اختصارات الوصول شارك محادثة").kind
    <Kind.SITE_CHROME: 'site_chrome'>
    >>> classify_line("gettyimages 2248985695 jpg").kind
    <Kind.IMAGE_CREDIT: 'image_credit'>
    >>> classify_line("موسكو (وكالات)").kind
    <Kind.DATELINE: 'dateline'>
    >>> classify_line("وقال لافروف: “نحن متمسكون تمامًا بهذه الصيغة”.").kind is None
    True
    """
    if info := _labelled(line):
        return info
    words = line.split()
    if len(words) > MAX_FURNITURE_WORDS:  # body text: skip the normalisation below
        return LineInfo(None)
    key = normalize_arabic(line)
    if key in READ_ALSO_MARKERS:
        return LineInfo(Kind.READ_ALSO)
    if key in RELATED_HEADERS:
        return LineInfo(Kind.RELATED_HEADER, opens=True)
    if key in AUTHOR_HEADERS:
        return LineInfo(Kind.AUTHOR_HEADER, opens=True)
    if key in COMMENT_SECTION or any(key.startswith(p) for p in COMMENT_FORM_PREFIXES):
        return LineInfo(Kind.COMMENT_FORM, opens=True)
    if key in COMMENT_FIELDS:
        return LineInfo(Kind.COMMENT_FORM)
    if not key:  # no letter or digit at all: "* * *", "«»»»»", "."
        return LineInfo(Kind.SEPARATOR)
    if len(words) <= 12 and _IMAGE_CREDIT.search(line):
        return LineInfo(Kind.IMAGE_CREDIT)
    if not _strip_chrome_phrases(key):
        return LineInfo(Kind.SITE_CHROME)
    if len(words) <= 5 and _DATELINE.match(line) and _names_agency(key):
        return LineInfo(Kind.DATELINE, line)
    return LineInfo(None)


def _names_agency(key: str) -> bool:
    return any(f" {agency} " in f" {key} " for agency in _DATELINE_AGENCIES)


def is_headline_like(line: str) -> bool:
    """Short, and not ending like a sentence: how headlines and subheadings look.

    A single full stop ends a sentence; "!", "؟" and a trailing ".." or "…" are
    headline style in the Arabic press.

    >>> is_headline_like("مباحثات أميركية روسية تمهيداً لقمة ترامب وبوتين")
    True
    >>> is_headline_like("السعودية وروسيا ومستقبل المنطقة.. والعالم!")
    True
    >>> is_headline_like("قبل أن تتجاوز عنق الزجاجة.. لا تدخلها أصلاً..")
    True
    >>> is_headline_like("تم إلغاء القمة الثانية في بودابست.")
    False
    """
    stripped = line.rstrip(" \"'”»)")
    if not stripped or len(line) > MAX_HEADLINE_CHARS or len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    if stripped.endswith("."):
        return stripped.endswith("..")
    return stripped[-1] not in ":؛,،"


BULLETS = ("•", "-", "*", "·", "▪", "◦", "–")


def is_bullet(line: str) -> bool:
    return line.startswith(BULLETS)


def is_link_like(line: str) -> bool:
    """A related-list entry: a bullet, or a short line that is not a sentence."""
    return is_bullet(line) or is_headline_like(line)


def split_trailing_chrome(line: str) -> tuple[str, str]:
    """Cut a footer phrase the scraper glued to the end of a paragraph.

    >>> split_trailing_chrome("ومصفاة نفط في منطقة سامارا. أخبار ذات صلة")
    ('ومصفاة نفط في منطقة سامارا.', 'أخبار ذات صلة')
    """
    for phrase in TRAILING_CHROME:
        if line.endswith(" " + phrase) and len(line) > len(phrase) + 1:
            return line[: -len(phrase)].rstrip(), phrase
    return line, ""


_GLUE = re.compile(r"[ةى](?=[\u0621-\u064a])")


def split_related_run(line: str) -> tuple[str, str]:
    """Split "Related <titles glued together><content paragraph>" into its two parts.

    Scrapers flatten a related-links widget into one line, often glued to the next
    paragraph. A word-final letter (ة, ى) directly followed by another letter marks
    where two texts were glued; the last such seam that leaves a full sentence after
    it is where the content starts. Returns (links, content); content may be empty.

    >>> line = "Related عنوان أول توتر في العلاقات الثنائيةوشهدت العلاقات بين البلدين"
    >>> links, content = split_related_run(line + " توتراً في السنوات الأخيرة بسبب الخلافات.")
    >>> links
    'Related عنوان أول توتر في العلاقات الثنائية'
    >>> content
    'وشهدت العلاقات بين البلدين توتراً في السنوات الأخيرة بسبب الخلافات.'
    """
    seams = [m.end() for m in _GLUE.finditer(line)]
    for seam in reversed(seams):
        tail = line[seam:].strip()
        if len(tail.split()) >= 6 and tail.rstrip(" \"'”»)")[-1:] in ".!…":
            return line[:seam].strip(), tail
    return line, ""
