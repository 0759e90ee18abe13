"""Sentence spans: where quotes and events look for their words."""

from __future__ import annotations

from tasks.text.sentences import Sentences, sentence_spans


def test_sentences_end_at_stops_and_newlines_not_inside_numbers() -> None:
    text = "قال لافروف: “نحن هنا”. وأضاف أن 2.5 مليون\nسطر ثان؟ نعم!  "
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "قال لافروف: “نحن هنا”.",
        "وأضاف أن 2.5 مليون",
        "سطر ثان؟",
        "نعم!",
    ]


def test_lookup_by_offset() -> None:
    text = "جملة أولى. جملة ثانية."
    sentences = Sentences(text)
    assert sentences.at(0) == (0, 10)
    assert text[slice(*sentences.at(15))] == "جملة ثانية."
    assert Sentences("").at(0) == (0, 0)
