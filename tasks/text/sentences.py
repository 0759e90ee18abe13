"""Sentence spans and words of an article body, for dates, quotes and events.

A sentence ends at a newline or at . ! ? ؟ … followed by a space (or a closing
quote mark and a space), so that "2.5" and "U.S." inside a line do not split it.
Quote marks are not balanced here: a quoted passage of several sentences is
several sentences, and the quote finder works on paragraphs instead.

    >>> text = "قال لافروف: “نحن هنا”. وأضاف أن 2.5 مليون\\nسطر ثان؟ نعم"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['قال لافروف: “نحن هنا”.', 'وأضاف أن 2.5 مليون', 'سطر ثان؟', 'نعم']

The date, quote and event finders all read the words of the article's match
text; ``TextIndex`` finds them (and the sentences) once per article, with NumPy
rather than a regex match object per word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Protocol

import numpy as np
import numpy.typing as npt

from tasks.text.match_text import MatchText, match_text

# one character class first, so that the regex engine skips to the candidates in C
# (the same matches as r"[.!?؟…]+[\"”»’']*(?=\s|$)|\n", twice as fast)
_END = re.compile(r"[.!?؟…\n](?:(?<=\n)|[.!?؟…]*[\"”»’']*(?=\s|$))")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank sentence, in order; end excludes the newline."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.start() if text[m.start()] == "\n" else m.end()
        _add(spans, text[start:end], start)
        start = m.end()
    _add(spans, text[start:], start)
    return spans


def _add(spans: list[tuple[int, int]], segment: str, start: int) -> None:
    """The segment at start without the whitespace around it, if anything is left
    (str.strip and str.isspace agree on what whitespace is)."""
    core = segment.strip()
    if core:
        begin = start + len(segment) - len(segment.lstrip())
        spans.append((begin, begin + len(core)))


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


# What each code point is to the regex ``\w`` (taken from the regex engine itself, so
# that the words found here are exactly those ``re.findall(r"\w+")`` finds).
OTHER, SEPARATOR, LETTER, DIGIT = 0, 1, 2, 3  # DIGIT: \d or "_", a word character too
_MATCH_SEPARATORS = " ,.|"  # the only non-word characters a match text usually holds


def _char_kinds() -> npt.NDArray[np.uint8]:
    every = np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    kinds = np.zeros(0x110000, dtype=np.uint8)
    for m in re.finditer(r"\w+", every):
        kinds[m.start() : m.end()] = LETTER
    for m in re.finditer(r"[\d_]+", every):
        kinds[m.start() : m.end()] = DIGIT
    for c in _MATCH_SEPARATORS:
        kinds[ord(c)] = SEPARATOR
    return kinds


CHAR_KINDS = _char_kinds()
_WORD = re.compile(r"\w+")


class MatchWords:
    """The words (runs of ``\\w``) of a match text: ``keys[i] == text[starts[i]:ends[i]]``."""

    def __init__(self, text: str) -> None:
        self.kinds = CHAR_KINDS[np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)]
        word = np.zeros(len(self.kinds) + 2, dtype=bool)
        word[1:-1] = self.kinds >= LETTER
        edges = np.flatnonzero(word[1:] != word[:-1])
        self.start_array = edges[0::2]
        self.end_array = edges[1::2]
        self.starts: list[int] = self.start_array.tolist()
        self.ends: list[int] = self.end_array.tolist()
        if (self.kinds == OTHER).any():
            self.keys: list[str] = _WORD.findall(text)
        else:  # only spaces and , . | between words: str.split is several times faster
            self.keys = text.replace(",", " ").replace(".", " ").replace("|", " ").split()

    def __len__(self) -> int:
        return len(self.keys)


class TextIndex:
    """One article's match text, sentences and words, found once and shared by the
    date, quote and event finders."""

    def __init__(self, text: str, m_text: MatchText | None = None) -> None:
        self.text = text
        self.m_text = m_text if m_text is not None else match_text(text)
        self.sentences = Sentences(text)
        self.words = MatchWords(self.m_text.text)


class EntitySpanLike(Protocol):
    """What the quote and event finders read of an entity mention: any object with
    these fields (a mentions row as a tuple, an EntitySpan, a Participant)."""

    @property
    def entity_id(self) -> str: ...
    @property
    def entity_type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
