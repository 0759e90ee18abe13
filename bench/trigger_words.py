"""What each event trigger matches in a corpus: every distinct word the trigger
lexicon takes, by trigger, with counts, for reviewing the lexicon by hand.

    .venv/bin/python -m bench.trigger_words [--out FILE]   # the SaudiNewsNet corpus

A trigger must be a whole word after its proclitics, never the inside of another
word ("وزارة" is not و + "زاره"); this lists the words it does take, so a wrong
sense shows up as a frequent word under the trigger.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from bench import saudinewsnet
from tasks.events.lexicon import trigger_hits_in_word, trigger_lexicon
from tasks.text.match_text import match_text

_WORD = re.compile(r"\w+")


def trigger_words(texts: Iterable[str]) -> dict[str, Counter[str]]:
    """stem of the trigger -> Counter of the corpus words (match text) it takes."""
    lexicon = trigger_lexicon()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(
            w for w in _WORD.findall(match_text(text).text) if lexicon.words is None or w in lexicon.words
        )
    found: dict[str, Counter[str]] = {}
    for word, n in counts.items():
        m = lexicon.pattern.fullmatch(word)
        if m is not None and trigger_hits_in_word(word):
            found.setdefault(m["stem"], Counter())[word] += n
    return found


def corpus_texts() -> Iterable[str]:
    for item in saudinewsnet.articles():
        yield f"{item.get('title') or ''}\n{item.get('content') or ''}"


def listing(found: dict[str, Counter[str]], top: int = 30) -> list[str]:
    lines = []
    for stem, words in sorted(found.items(), key=lambda kv: -sum(kv[1].values())):
        shown = " ".join(f"{w}:{n}" for w, n in words.most_common(top))
        lines.append(f"{stem}\t{sum(words.values())}\t{shown}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, help="write the listing here (default: print it)")
    args = parser.parse_args()
    if not saudinewsnet.available():
        raise SystemExit(f"SaudiNewsNet not found at {saudinewsnet.CORPUS_DIR} (set SAUDINEWSNET_DIR)")
    lines = listing(trigger_words(corpus_texts()))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
