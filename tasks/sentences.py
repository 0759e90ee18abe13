"""Sentence spans of an article body, for quotes and events (offsets into the body).

A sentence ends at a newline or at . ! ? ؟ … followed by a space (or a closing
quote mark and a space), so that "2.5" and "U.S." inside a line do not split it.
Quote marks are not balanced here: a quoted passage of several sentences is
several sentences, and the quote finder works on paragraphs instead.

    >>> text = "قال لافروف: “نحن هنا”. وأضاف أن 2.5 مليون\\nسطر ثان؟ نعم"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['قال لافروف: “نحن هنا”.', 'وأضاف أن 2.5 مليون', 'سطر ثان؟', 'نعم']
"""

from __future__ import annotations

import re
from bisect import bisect_right

_END = re.compile(r"[.!?؟…]+[\"”»’']*(?=\s|$)|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank sentence, in order; end excludes the newline."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.start() if m.group() == "\n" else m.end()
        _add(spans, text, start, end)
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


class Sentences:
    """Sentence lookup by offset over one text."""

    def __init__(self, text: str) -> None:
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def index_at(self, offset: int) -> int:
        """Index of the sentence that holds offset (or the one before a gap)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def at(self, offset: int) -> tuple[int, int]:
        return self.spans[self.index_at(offset)] if self.spans else (0, 0)
