"""Benchmark: tokenising and counting, the kit against NLTK's usual idiom, in tokens per second.

Run it from the repository's folder (it is not a test; pytest does not collect benchmarks/):

    .venv/bin/python benchmarks/bench_tokens.py

It builds a corpus of about one million tokens by repeating the five cleaned course articles
(four Dutch, one Danish) as separate documents, then times, best of three runs
(``time.perf_counter``), in one process pinned to one CPU core where the system allows it:

- **kit**: ``framelab.tokenize(text, language, lowercase=True)``, the Dutch or Danish rules of
  each document's language (abbreviations kept whole, Dutch "'s", numbers such as "100.000" and
  "$64,1" as one token, compounds and "USA's" whole), counted into an NLTK ``FreqDist``
  (through ``collections.Counter``, as ``framelab.count_tokens`` does). Words and numbers only:
  the options ``frequencies()`` uses by default.
- **kit, all marks**: the same with ``punctuation=True, quotes=True`` (every mark a token, and
  the Danish speech dash), which gives a token list closer to the idiom's.
- **idiom**: ``FreqDist(nltk.word_tokenize(text.lower(), preserve_line=True))`` per document.
  ``word_tokenize`` without ``preserve_line=True`` first calls ``sent_tokenize``, which needs
  the downloaded ``punkt_tab`` model; the kit and this benchmark never download. The idiom runs
  **per text**, not per sentence: splitting sentences would need either that model or the kit's
  own splitter, and per text is the idiom's fastest form, so the comparison does not flatter
  the kit. (Per text, only the last full stop of a text comes off its word: "gezet." stays one
  token; a reason the kit splits sentences itself.)

Each side's tokens per second is its own number of tokens divided by its time. The two sides
cut the same text into different numbers of tokens (the idiom keeps punctuation), so the
script also prints the ratio of the times on the same text.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout without installing

import nltk  # noqa: E402
from machine import describe_machine  # noqa: E402 - benchmarks/machine.py, beside this script
from nltk.probability import FreqDist  # noqa: E402

import framelab  # noqa: E402

TARGET_TOKENS_PER_SECOND = 2_000_000
TARGET_RATIO = 5.0


def build_documents(size: int) -> list[tuple[str, str]]:
    """Repeat the five cleaned articles, as (text, language) documents, up to ``size`` tokens."""
    corpus = framelab.load_corpus(quiet=True)
    seeds = list(zip(corpus["text"], corpus["language"], strict=True))
    per_round = sum(len(framelab.tokenize(text, lang)) for text, lang in seeds)
    rounds = -(-size // per_round)  # ceiling
    return seeds * rounds


def kit(documents: list[tuple[str, str]], **options: bool) -> tuple[int, FreqDist]:
    counts: Counter[str] = Counter()
    total = 0
    for text, language in documents:
        tokens = framelab.tokenize(text, language, lowercase=True, **options)
        total += len(tokens)
        counts.update(tokens)
    return total, FreqDist(counts)


def idiom(documents: list[tuple[str, str]]) -> tuple[int, FreqDist]:
    counts = FreqDist()
    total = 0
    for text, _ in documents:
        tokens = nltk.word_tokenize(text.lower(), preserve_line=True)
        total += len(tokens)
        counts.update(tokens)
    return total, counts


def best_of(runs: int, work: Callable[[], tuple[int, FreqDist]]) -> tuple[float, int, int]:
    """The shortest of ``runs`` timings, with the number of tokens and of types counted."""
    best = float("inf")
    tokens = types = 0
    for _ in range(runs):
        start = time.perf_counter()
        tokens, counts = work()
        best = min(best, time.perf_counter() - start)
        types = counts.B()
        assert counts.N() == tokens, "the FreqDist must hold every token"
    return best, tokens, types


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU core {core}"
    return "not pinned (this system cannot); the code runs in one thread"


def machine() -> str:
    return describe_machine(f"nltk {nltk.__version__}, framelab {framelab.__version__}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=1_000_000, help="corpus size (kit tokens)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per side; best counts")
    args = parser.parse_args()

    pinned = pin_to_one_core()
    documents = build_documents(args.tokens)
    megabytes = sum(len(text.encode("utf-8")) for text, _ in documents) / 1e6
    print(f"Machine: {machine()}")
    print(f"Process: {pinned}")
    print(f"Corpus:  {len(documents):,} documents (the 5 cleaned articles repeated), "
          f"{megabytes:.1f} MB of UTF-8 text; best of {args.runs} runs\n")

    sides = {
        "kit (words and numbers)": lambda: kit(documents),
        "kit, all marks": lambda: kit(documents, punctuation=True, quotes=True),
        "idiom: word_tokenize + FreqDist": lambda: idiom(documents),
    }
    results = {name: best_of(args.runs, work) for name, work in sides.items()}
    print(f"{'':34}{'tokens':>11}{'types':>8}{'seconds':>9}{'tokens/s':>13}")
    for name, (seconds, tokens, types) in results.items():
        print(f"{name:34}{tokens:>11,}{types:>8,}{seconds:>9.3f}{tokens / seconds:>13,.0f}")

    idiom_seconds, idiom_tokens, _ = results["idiom: word_tokenize + FreqDist"]
    idiom_rate = idiom_tokens / idiom_seconds
    print()
    for name in ("kit (words and numbers)", "kit, all marks"):
        seconds, tokens, _ = results[name]
        rate = tokens / seconds
        print(f"{name}: {rate / idiom_rate:.1f}x the idiom's tokens/s, "
              f"{idiom_seconds / seconds:.1f}x faster on the same text")
    seconds, tokens, _ = results["kit (words and numbers)"]
    rate = tokens / seconds
    met_speed = rate >= TARGET_TOKENS_PER_SECOND
    met_ratio = rate / idiom_rate >= TARGET_RATIO
    print(f"\nTargets (kit, words and numbers): >= {TARGET_TOKENS_PER_SECOND:,} tokens/s: "
          f"{'met' if met_speed else 'NOT met'}; >= {TARGET_RATIO:.0f}x the idiom's tokens/s: "
          f"{'met' if met_ratio else 'NOT met'}")


if __name__ == "__main__":
    main()
