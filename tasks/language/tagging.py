"""Language of each paragraph and article: deterministic, bounded in cost, never a guess.

For each paragraph, in order:

1. Fewer than MIN_LETTERS letters (digits, a URL, "Share") -> "und": langdetect
   is confidently wrong on such text ("Share" -> Somali, 0.99999).
2. Arabic script, but for at most MAX_FOREIGN_SHARE of the letters in another
   script (an acronym such as "CDC", a name in Latin letters), and none of the
   letters Persian, Urdu, Pashto, Kurdish or Sindhi add to Arabic: "ar" by script,
   without langdetect, when Arabic morphology is dense (words with the article ال
   or the ending ة; probability 1.0), or, in Arabic script alone, when the text is
   shorter than SHORT_TEXT_LETTERS (probability 0.9): Persian or Urdu of that
   length almost always shows one of its own letters, while langdetect calls
   short Arabic phrases ("شارع مار مخايل") Persian.
3. Otherwise langdetect, seeded (DetectorFactory.seed), on at most max_chars
   characters, over the candidate profiles the caller names (all 55 by default);
   text in Arabic script alone is only compared with the Arabic-script profiles
   (ar, fa, ur) among them, which is how longer Persian typed with Arabic ي/ك is
   recognised, at a fraction of the cost. An answer below MIN_PROBABILITY is "und"
   rather than a guess.

An article is tagged from its paragraphs, weighted by their letters: its shares of
text per language, the largest as its language (probability = that language's
share times its paragraphs' mean probability), and a mixed flag when a second
language holds at least MIXED_MIN_SHARE.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import polars as pl
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

UND = "und"
MIN_LETTERS = 10
DEFAULT_MAX_CHARS = 600
SEED = 0
# Share of words with ال or ة that Arabic prose has and Persian or Urdu does not
# (measured in docs/BENCHMARKS.md: Arabic news paragraphs mostly 0.25-0.5).
MIN_ARABIC_MORPHOLOGY = 0.15
SHORT_TEXT_LETTERS = 40
# Letters in another script that Arabic prose carries (acronyms, names, URLs' words).
MAX_FOREIGN_SHARE = 0.1
# The langdetect profiles written in Arabic script.
ARABIC_SCRIPT_PROFILES = ("ar", "fa", "ur")
MIN_PROBABILITY = 0.5
MIXED_MIN_SHARE = 0.1
# Arabic-script letters absent from standard Arabic: Persian پ چ ژ گ ک ی ۀ, Urdu
# ٹ ڈ ڑ ں ے ۓ ہ ھ, Pashto ټ ډ ړ ږ ښ ڼ ۍ ې, Kurdish ڵ ڕ ۆ ێ ە ڤ, Sindhi and others.
OTHER_ARABIC_SCRIPT_LETTERS = frozenset("پچژگکیۀٹڈڑںےۓہھټډړږښڼۍېڵڕۆێەڤڭڠڃڄڇڊڏڍڌڙڦڱڳڻ")


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    probability: float
    method: str  # "script", "langdetect", "too_short" or "uncertain"


_ARABIC_BLOCKS = r"\x{0600}-\x{06FF}\x{0750}-\x{077F}\x{FB50}-\x{FDFF}\x{FE70}-\x{FEFF}"
# Rust regular expressions (Polars), run over a whole column at once. A letter is what
# Python's [^\W\d_] is: alphabetic, or numeric but not a decimal digit ("²", "½").
_LETTER = r"[\p{L}\p{Nl}\p{No}]"
_NON_ARABIC_LETTER = rf"[{_LETTER[1:-1]}--[{_ARABIC_BLOCKS}]]"
_OTHER_ARABIC_SCRIPT = "[" + "".join(sorted(OTHER_ARABIC_SCRIPT_LETTERS)) + "]"
_WORD = r"[\p{L}\p{N}_]+"  # Python's \w+: diacritics (marks) split words, as there
# a word with the article ال (after up to two proclitics), لل, or the ending ة
_ARABIC_MARKED_WORD = r"^(?:[وفبكل]{0,2}ال[\p{L}\p{N}_]{2,}|لل[\p{L}\p{N}_]{2,}|[\p{L}\p{N}_]+ة)$"
_NOT_PROSE = r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_]+"


def _script_evidence(texts: pl.Series) -> pl.DataFrame:
    """Per text, what the script rule reads: letters, letters outside the Arabic
    script, whether a Persian/Urdu/... letter occurs, and the share of words with
    Arabic morphology, all in prose (URLs, e-mail addresses and handles are not);
    and whether the whole text is in Arabic script (langdetect may then compare with
    ar/fa/ur only). One pass of Polars (Rust, every core) over the column instead
    of several regex scans per text.

    >>> _script_evidence(pl.Series(["وقال المتحدث باسم الكرملين", "see https://x.org"])).rows()
    [(23, 0, False, 0.5, True), (3, 3, False, 0.0, False)]
    """
    prose = texts.str.replace_all(_NOT_PROSE, " ")
    words = prose.str.extract_all(_WORD)
    frame = pl.DataFrame({"prose": prose, "words": words, "text": texts})
    return frame.select(
        letters=pl.col("prose").str.count_matches(_LETTER).cast(pl.Int64),
        foreign=pl.col("prose").str.count_matches(_NON_ARABIC_LETTER).cast(pl.Int64),
        other_script=pl.col("prose").str.contains(_OTHER_ARABIC_SCRIPT),
        morphology=pl.when(pl.col("words").list.len() > 0)
        .then(
            pl.col("words").list.eval(pl.element().str.contains(_ARABIC_MARKED_WORD)).list.sum()
            / pl.col("words").list.len()
        )
        .otherwise(0.0),
        arabic_script_only=~pl.col("text").str.contains(_NON_ARABIC_LETTER),
    )


def _script_guess(letters: int, foreign: int, other_script: bool, morphology: float) -> LanguageGuess | None:
    """The answer the characters alone give (see the module's step 2), or None when
    langdetect must decide."""
    if letters < MIN_LETTERS:
        return LanguageGuess(UND, 0.0, "too_short")
    if other_script:
        return None
    if foreign <= MAX_FOREIGN_SHARE * letters and morphology >= MIN_ARABIC_MORPHOLOGY:
        return LanguageGuess("ar", 1.0, "script")
    if not foreign and letters < SHORT_TEXT_LETTERS:
        return LanguageGuess("ar", 0.9, "script")
    return None


_ANY_LETTER = re.compile(r"[^\W\d_]")


def check_languages(candidates: Sequence[str] | None) -> None:
    """Fail early, with the list of valid codes, on a language langdetect does not know.

    >>> check_languages(["ar", "xx"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: no langdetect profile for ['xx']; available: af, ar, bg, ..., zh-cn, zh-tw
    """
    available = sorted(os.listdir(PROFILES_DIRECTORY))
    unknown = sorted(set(candidates or ()) - set(available))
    if unknown:
        raise ValueError(f"no langdetect profile for {unknown}; available: {', '.join(available)}")


@lru_cache(maxsize=8)
def _factory(candidates: tuple[str, ...]) -> DetectorFactory:
    """A langdetect factory holding only the candidate profiles (all when empty)."""
    check_languages(candidates)
    factory = DetectorFactory()
    names = candidates or tuple(sorted(os.listdir(PROFILES_DIRECTORY)))
    profiles = []
    for name in names:
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as fh:
            profiles.append(fh.read())
    factory.load_json_profile(profiles)
    factory.set_seed(SEED)
    return factory


class LanguageTagger:
    """Tags texts; build one per batch (profiles load once per process and set)."""

    def __init__(self, candidates: Sequence[str] | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.candidates = tuple(sorted(set(candidates or ())))
        self.max_chars = max_chars
        self.factory = _factory(self.candidates)
        arabic_script = tuple(
            c for c in ARABIC_SCRIPT_PROFILES if not self.candidates or c in self.candidates
        )
        # langdetect needs two profiles at least
        self.arabic_script_factory = _factory(arabic_script) if len(arabic_script) > 1 else self.factory

    def detect(self, text: str, *, use_script: bool = True) -> LanguageGuess:
        """Language of one text; ``use_script=False`` asks langdetect whenever the text
        has letters (the baseline bench/language_eval.py compares with)."""
        if not use_script:
            if len(_ANY_LETTER.findall(text)) < MIN_LETTERS:
                return LanguageGuess(UND, 0.0, "too_short")
            return self.langdetect(text)
        return self.detect_many(pl.Series([text], dtype=pl.String))[0]

    def detect_many(self, texts: pl.Series) -> list[LanguageGuess]:
        """detect() of each text, the script rule applied to all of them at once.

        >>> tagger = LanguageTagger()
        >>> [(g.language, g.method) for g in tagger.detect_many(pl.Series([
        ...     "2025 - https://example.com",
        ...     "وقال المتحدث باسم الكرملين إن موسكو مستعدة للحوار",
        ...     "وأشار باحثون من المراكز الأمريكية لمكافحة الأمراض “CDC” إلى أن الكبار",
        ...     "وزیر امور خارجه ایران با همتای چینی خود دیدار کرد",
        ...     "شارع مار مخايل",
        ... ]))]
        [('und', 'too_short'), ('ar', 'script'), ('ar', 'script'), ('fa', 'langdetect'), ('ar', 'script')]
        """
        evidence = _script_evidence(texts).iter_rows()
        guesses = []
        for text, (letters, foreign, other_script, morphology, arabic_script) in zip(
            texts.to_list(), evidence, strict=True
        ):
            guess = _script_guess(letters, foreign, other_script, morphology)
            guesses.append(guess if guess is not None else self.langdetect(text, arabic_script=arabic_script))
        return guesses

    def langdetect(self, text: str, *, arabic_script: bool = False) -> LanguageGuess:
        """langdetect's answer, with the Arabic-script profiles only when ``arabic_script``."""
        detector = (self.arabic_script_factory if arabic_script else self.factory).create()
        detector.set_max_text_length(self.max_chars)
        detector.append(text)
        try:
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError):  # "No features in text"
            return LanguageGuess(UND, 0.0, "too_short")
        if best.prob < MIN_PROBABILITY:
            return LanguageGuess(UND, round(float(best.prob), 6), "uncertain")
        return LanguageGuess(str(best.lang), round(float(best.prob), 6), "langdetect")


LANGUAGE_SHARE = pl.Struct({"language": pl.String, "share": pl.Float64})


def tag_paragraphs(paragraphs: pl.DataFrame, tagger: LanguageTagger) -> pl.DataFrame:
    """(article_id, position) with language, language_probability, language_method."""
    guesses = tagger.detect_many(paragraphs["text"])
    return paragraphs.select("article_id", "position").with_columns(
        language=pl.Series([g.language for g in guesses], dtype=pl.String),
        language_probability=pl.Series([g.probability for g in guesses], dtype=pl.Float64),
        language_method=pl.Series([g.method for g in guesses], dtype=pl.String),
    )


def tag_articles(paragraphs: pl.DataFrame, tagged: pl.DataFrame) -> pl.DataFrame:
    """Per article: language, language_probability, languages (shares), is_mixed.

    ``paragraphs`` has article_id, position, text; ``tagged`` is tag_paragraphs' output.
    An article with no paragraph in a known language is "und".
    """
    weighted = (
        paragraphs.select("article_id", "position", letters=pl.col("text").str.count_matches(r"\p{L}"))
        .join(tagged, on=["article_id", "position"], how="left")
        .filter(pl.col("language") != UND)
    )
    per_language = (
        weighted.group_by("article_id", "language")
        .agg(
            letters=pl.col("letters").sum(),
            probability=(pl.col("language_probability") * pl.col("letters")).sum() / pl.col("letters").sum(),
        )
        .with_columns(share=pl.col("letters") / pl.col("letters").sum().over("article_id"))
        .sort(["article_id", "share", "language"], descending=[False, True, False])
    )
    summary = per_language.group_by("article_id", maintain_order=True).agg(
        language=pl.col("language").first(),
        language_probability=(pl.col("share") * pl.col("probability")).first().round(6),
        languages=pl.struct(pl.col("language"), pl.col("share").round(6)),
        is_mixed=(pl.col("share").slice(1, 1).first().fill_null(0.0) >= MIXED_MIN_SHARE),
    )
    articles = paragraphs.select("article_id").unique(maintain_order=True)
    return articles.join(summary, on="article_id", how="left", maintain_order="left").with_columns(
        language=pl.col("language").fill_null(UND),
        language_probability=pl.col("language_probability").fill_null(0.0),
        languages=pl.col("languages").fill_null(pl.lit([], dtype=pl.List(LANGUAGE_SHARE))),
        is_mixed=pl.col("is_mixed").fill_null(False),
    )


def describe_languages(articles: pl.DataFrame) -> dict[str, Any]:
    """Counts of articles per language, for logs and run summaries."""
    return dict(articles.group_by("language").len().sort("len", descending=True).iter_rows())


def with_paragraph_languages(paragraphs: pl.DataFrame, tagged: pl.DataFrame) -> pl.DataFrame:
    """Paragraphs with their language columns (tag_paragraphs' output)."""
    return paragraphs.join(
        tagged, on=["article_id", "position"], how="left", validate="1:1", maintain_order="left"
    )


def with_article_languages(articles: pl.DataFrame, tagged: pl.DataFrame) -> pl.DataFrame:
    """Articles with their language columns (tag_articles' output)."""
    return articles.join(tagged, on="article_id", how="left", validate="1:1", maintain_order="left")
