"""Split one file's text into articles: headline, metadata, body, embedded articles.

A scraped page is a main article, its footer (source, keywords), then site
furniture, and often an "إقرأ أيضاً" (read also) section holding whole further
articles. The parser walks the lines once with a small state machine; every
non-empty line ends up either in an article body or in the removed-lines list
with its kind, so nothing is silently lost. Line numbers index
``text.splitlines()``.

Sections opened by furniture end conservatively, because ending too late loses
content from the body: a related-links list ends at the first line that is not a
link (or not a bullet, in a bulleted list) or after a blank line; an author block
before the body is only a byline; a comment section is opened only by a form's
own heading ("Leave a Reply"), never by a lone "Email" or "التعليقات".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum, auto

from tasks.parse.keywords import split_keywords
from tasks.parse.lines import (
    Kind,
    LineInfo,
    classify_line,
    is_bullet,
    is_headline_like,
    is_link_like,
    split_related_run,
    split_trailing_chrome,
)
from tasks.parse.published_dates import parse_publication_date
from tasks.text.clean import text_lines
from tasks.text.normalize import normalize_arabic

PARAGRAPH_SEP = "\n\n"
MAX_GUESSED_TITLE_CHARS = 200
MIN_SENTENCE_CHARS = 20
MIN_REPEAT_CHARS = 40
MAX_AUTHOR_NAME_WORDS = 6
MAX_BIO_PARAGRAPHS = 3
MAX_KEYWORD_LINE_WORDS = 60
# Related-widget headers that scrapers glue to the titles that follow on one line.
_RELATED_RUN_PREFIXES = tuple(
    normalize_arabic(p) + " "
    for p in ("Related", "Related articles", "Related posts", "مقالات ذات صلة", "أخبار ذات صلة")
)
_RELATED_RUN_INITIALS = frozenset("Rrمأا")
_BULLET_CHARS = "•-*·▪◦– "
# a sentence ends at . ! ? … before a space, a closing quote or the end; ".." is not an end
_SENTENCE_END = re.compile(r"(?<!\.)[.!؟?…](?![.])(?=[\s\"'”»)]|$)")
# metadata whose label may stand alone, with its value on the next line
_VALUE_ON_NEXT_LINE = (Kind.DATE_LINE, Kind.SOURCE_LINE, Kind.KEYWORDS_LINE)


class _Mode(Enum):
    HEADER = auto()  # before the first body paragraph of the current article
    BODY = auto()
    RELATED = auto()  # inside a list of related links
    AUTHOR = auto()  # inside an author block (name, bio)
    COMMENTS = auto()  # inside a comment form


@dataclass(frozen=True)
class RemovedLine:
    """A line, or part of one, kept out of the bodies; article is a draft index."""

    line_no: int
    kind: Kind
    text: str
    article: int | None


@dataclass
class _Draft:
    embedded: bool
    line_start: int
    line_end: int
    title: str | None = None
    title_line: int | None = None
    published_date: dt.date | None = None
    source: str | None = None
    author: str | None = None
    dateline: str | None = None
    keywords_raw: str | None = None
    paragraphs: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ParsedArticle:
    """One article as it comes out of a file, before IDs are attached."""

    position: int
    is_embedded: bool
    title: str
    title_is_guess: bool
    published_date: dt.date | None
    source: str | None
    author: str | None
    dateline: str | None
    keywords: list[str]
    paragraphs: list[str]
    line_start: int
    line_end: int

    @property
    def body(self) -> str:
        return PARAGRAPH_SEP.join(self.paragraphs)


@dataclass(frozen=True)
class ParsedFile:
    articles: list[ParsedArticle]
    # article holds the position of the article the line belongs to, or None
    removed: list[RemovedLine]


@dataclass
class _Section:
    """Bookkeeping for the section opened by a furniture line."""

    links: int = 0
    bulleted: bool = False
    gap: bool = False  # a blank line since the last line of the section
    bio: int = 0


class _Parser:
    def __init__(self) -> None:
        self.drafts: list[_Draft] = [_Draft(embedded=False, line_start=0, line_end=0)]
        self.removed: list[RemovedLine] = []
        self.mode = _Mode.HEADER
        self.section = _Section()
        self.pending: Kind | None = None  # a label whose value is on the next line

    @property
    def draft(self) -> _Draft:
        return self.drafts[-1]

    def remove(self, no: int, kind: Kind, text: str) -> None:
        self.removed.append(RemovedLine(no, kind, text, len(self.drafts) - 1))
        self.draft.line_end = no + 1

    def keep(self, no: int, paragraph: str) -> None:
        self.draft.paragraphs.append((no, paragraph))
        self.draft.line_end = no + 1
        self.mode = _Mode.BODY

    def blank(self) -> None:
        self.section.gap = True

    def feed(self, no: int, line: str) -> None:
        if self.pending is not None and self._pending_value(no, line):
            return
        info = classify_line(line)
        if info.kind is Kind.READ_ALSO:
            self.drafts.append(_Draft(embedded=True, line_start=no, line_end=no + 1))
            self.remove(no, Kind.READ_ALSO, line)
            self.mode = _Mode.HEADER
            return
        if self.mode is _Mode.COMMENTS:
            self.remove(no, Kind.COMMENT_FORM, line)
            return
        if info.kind is not None:
            self._furniture(no, line, info)
        elif not self._in_section(no, line):
            self._text(no, line)
        self.section.gap = False

    def _pending_value(self, no: int, line: str) -> bool:
        """Take this line as the value of a label that stood alone on the previous line."""
        kind, self.pending = self.pending, None
        if kind is Kind.DATE_LINE and parse_publication_date(line) is not None:
            self._furniture(no, line, LineInfo(kind, line))
            return True
        words = len(line.split())
        if kind is Kind.SOURCE_LINE and words <= 12 and not line.endswith("."):
            self._furniture(no, line, LineInfo(kind, line))
            return True
        if kind is Kind.KEYWORDS_LINE and words <= MAX_KEYWORD_LINE_WORDS and not line.endswith("."):
            self._furniture(no, line, LineInfo(kind, line))
            return True
        return False

    def _furniture(self, no: int, line: str, info: LineInfo) -> None:
        kind, value, draft = info.kind, info.value, self.draft
        if kind is None:
            return
        if kind in _VALUE_ON_NEXT_LINE and not value:
            self.pending = kind
        elif kind is Kind.DATE_LINE and draft.published_date is None:
            draft.published_date = parse_publication_date(value)
        elif kind is Kind.SOURCE_LINE and draft.source is None:
            draft.source = value.rstrip(" .،,")
        elif kind is Kind.KEYWORDS_LINE and draft.keywords_raw is None:
            draft.keywords_raw = value
        elif kind is Kind.DATELINE and draft.dateline is None:
            draft.dateline = value
        elif kind is Kind.AUTHOR_NAME and draft.author is None:
            draft.author = value
        if info.opens:
            self.mode = {
                Kind.RELATED_HEADER: _Mode.RELATED,
                Kind.AUTHOR_HEADER: _Mode.AUTHOR,
                Kind.COMMENT_FORM: _Mode.COMMENTS,
            }[kind]
            self.section = _Section()
        self.remove(no, kind, line)

    def _in_section(self, no: int, line: str) -> bool:
        """Consume a text line that belongs to the open section; False ends the section."""
        section = self.section
        if self.mode is _Mode.RELATED:
            if section.links == 0:
                belongs = is_link_like(line)
                section.bulleted = is_bullet(line)
            elif section.bulleted:
                belongs = is_bullet(line)
            else:
                belongs = is_headline_like(line) and not section.gap
            if belongs:
                section.links += 1
                self.remove(no, Kind.RELATED_LINK, line)
                return True
        elif self.mode is _Mode.AUTHOR:
            words = line.lstrip(_BULLET_CHARS).split()
            if self.draft.author is None and is_link_like(line) and len(words) <= MAX_AUTHOR_NAME_WORDS:
                self.draft.author = " ".join(words)
                self.remove(no, Kind.AUTHOR_NAME, line)
                if not self.draft.paragraphs:  # a byline above the article: no bio follows
                    self.mode = _Mode.HEADER
                return True
            if self.draft.paragraphs and section.bio < MAX_BIO_PARAGRAPHS:
                section.bio += 1
                self.remove(no, Kind.AUTHOR_BIO, line)
                return True
        else:
            return False
        self.mode = _Mode.BODY if self.draft.paragraphs else _Mode.HEADER
        return False

    def _text(self, no: int, line: str) -> None:
        if line[:1] in _RELATED_RUN_INITIALS and normalize_arabic(line[:40]).startswith(
            _RELATED_RUN_PREFIXES
        ):
            links, content = split_related_run(line)
            self.remove(no, Kind.RELATED_LINK, links)
            if content:
                self.keep(no, content)
            return
        line, trailing = split_trailing_chrome(line)
        if trailing:
            self.remove(no, Kind.RELATED_HEADER, trailing)
        draft = self.draft
        if self.mode is _Mode.HEADER and draft.title is None and is_headline_like(line):
            draft.title, draft.title_line = line, no
            self.remove(no, Kind.HEADLINE, line)
            return
        self.keep(no, line)

    def finish(self) -> ParsedFile:
        removed = list(self.removed)
        for index, draft in enumerate(self.drafts):
            if draft.embedded and not any(not is_headline_like(p) for _, p in draft.paragraphs):
                # no sentence under the read-also marker: a list of link titles, not an article
                removed = [_relabel(r, index, Kind.HEADLINE, Kind.RELATED_LINK) for r in removed]
                removed += [RemovedLine(n, Kind.RELATED_LINK, p, index) for n, p in draft.paragraphs]
                draft.paragraphs = []
            elif not draft.embedded and not draft.paragraphs and draft.title_line is not None:
                # the main article's lone headline is its text
                draft.paragraphs.append((draft.title_line, draft.title or ""))
                removed = [r for r in removed if not (r.article == index and r.kind is Kind.HEADLINE)]
        kept = [i for i, d in enumerate(self.drafts) if d.paragraphs]
        positions = {draft_index: pos for pos, draft_index in enumerate(kept)}
        # lines of a dropped draft belong to the page's main article when there is one
        fallback = positions.get(0)
        articles = [_finish_draft(self.drafts[i], positions[i]) for i in kept]
        return ParsedFile(
            articles=articles,
            removed=sorted(
                (
                    RemovedLine(
                        r.line_no,
                        r.kind,
                        r.text,
                        positions.get(r.article, fallback) if r.article is not None else None,
                    )
                    for r in removed
                ),
                key=lambda r: r.line_no,
            ),
        )


def _relabel(r: RemovedLine, article: int, old: Kind, new: Kind) -> RemovedLine:
    if r.article == article and r.kind is old:
        return RemovedLine(r.line_no, new, r.text, r.article)
    return r


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence, at most MAX_GUESSED_TITLE_CHARS, cut at a word.

    >>> first_sentence("قال د. أحمد إن الاجتماع انتهى. ثم غادر.")
    'قال د. أحمد إن الاجتماع انتهى.'
    >>> first_sentence("التسكع في الشوارع .. سيناريو الشباب أيام العيد !! ثم نص.")
    'التسكع في الشوارع .. سيناريو الشباب أيام العيد !!'
    """
    for m in _SENTENCE_END.finditer(paragraph):
        if m.end() >= MIN_SENTENCE_CHARS:
            paragraph = paragraph[: m.end()]
            break
    if len(paragraph) <= MAX_GUESSED_TITLE_CHARS:
        return paragraph
    # a long sentence is cut at its last clause comma, else at a word boundary
    clause = max(
        paragraph.rfind("،", 0, MAX_GUESSED_TITLE_CHARS), paragraph.rfind(",", 0, MAX_GUESSED_TITLE_CHARS)
    )
    if clause >= MAX_GUESSED_TITLE_CHARS // 2:
        return paragraph[:clause].rstrip()
    cut = paragraph.rfind(" ", 0, MAX_GUESSED_TITLE_CHARS)
    return paragraph[: cut if cut > 0 else MAX_GUESSED_TITLE_CHARS]


def split_glued_repeats(paragraphs: list[str]) -> list[str]:
    """Split a paragraph that ends with an earlier paragraph into heading and repeat.

    Pages often show a lead, then repeat it in the body under a subheading, and the
    scraper glues the subheading to it: "النقد الغربي لدور الصينوتشغل الصين، ...".
    The earlier paragraph tells exactly where the seam is.

    >>> lead = "تشغل الصين موقفاً محايداً رسمياً إزاء الغزو الروسي لأوكرانيا."
    >>> split_glued_repeats([lead, "النقد الغربي لدور الصينو" + lead])[1:]
    ['النقد الغربي لدور الصين', 'وتشغل الصين موقفاً محايداً رسمياً إزاء الغزو الروسي لأوكرانيا.']
    """
    out: list[str] = []
    for paragraph in paragraphs:
        for earlier in out:
            long_enough = len(earlier) >= MIN_REPEAT_CHARS and len(paragraph) > len(earlier) + 1
            if long_enough and paragraph.endswith(earlier):
                seam = len(paragraph) - len(earlier)
                if paragraph[seam - 1] == "و":  # keep the conjunction with its clause
                    seam -= 1
                head = paragraph[:seam]
                # only a true glue seam (letters touching) is split; "X .. <repeat>" is prose
                if head.strip() and not head[-1].isspace():
                    out.extend([head.strip(), paragraph[seam:]])
                    break
        else:
            out.append(paragraph)
    return out


def _finish_draft(draft: _Draft, position: int) -> ParsedArticle:
    paragraphs = split_glued_repeats([p for _, p in draft.paragraphs])
    title_is_guess = draft.title is None
    # a guessed title stays in the body: it is the body's first sentence
    title = draft.title if draft.title is not None else first_sentence(paragraphs[0])
    evidence = " ".join([title, *paragraphs])
    return ParsedArticle(
        position=position,
        is_embedded=draft.embedded and position > 0,
        title=title,
        title_is_guess=title_is_guess,
        published_date=draft.published_date,
        source=draft.source,
        author=draft.author,
        dateline=draft.dateline,
        keywords=split_keywords(draft.keywords_raw or "", evidence),
        paragraphs=paragraphs,
        line_start=draft.line_start,
        line_end=draft.line_end,
    )


def parse_text(text: str) -> ParsedFile:
    """Parse a decoded file into its articles and the lines kept out of them."""
    parser = _Parser()
    for no, line in enumerate(text_lines(text)):
        if line:
            parser.feed(no, line)
        else:
            parser.blank()
    return parser.finish()
