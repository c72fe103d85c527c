"""Benchmark: the kit's counting functions against its tokenizer alone, NLTK, spaCy and a floor.

Run it from the repository's folder (it is not a test; pytest does not collect benchmarks/):

    .venv/bin/python benchmarks/bench_tokens.py
    .venv/bin/pip install spacy   # optional, for the spaCy row; the kit does not need spaCy

It builds a corpus of about one million tokens by repeating the five cleaned course articles
(four Dutch, one Danish) as separate documents, with a ``period`` column (before or after
24 February 2022), and times, in one process pinned to one CPU core where the system allows it,
on the same texts:

- **frequencies()**, **keyness()**, **concordance()**: the kit's public functions as a lesson
  calls them: ``frequencies(corpus)``, ``keyness(corpus, by="period", target="after")``,
  ``concordance(corpus, "Oekraïne")``, with the Dutch and Danish rules of each article's
  language (abbreviations kept whole, Dutch "'s", numbers such as "100.000" and "$64,1" as one
  token, compounds and "USA's" whole).
- **kit tokenizer alone**: ``framelab.tokenize(text, language, lowercase=True)`` per text,
  counted with ``collections.Counter``.
- **NLTK idiom**: ``FreqDist(nltk.word_tokenize(text.lower(), preserve_line=True))`` per text.
  Without ``preserve_line=True``, ``word_tokenize`` first calls ``sent_tokenize``, which needs
  the downloaded ``punkt_tab`` model; the kit and this benchmark never download. Per text is
  the idiom's fastest form, so the comparison does not flatter the kit.
- **spaCy blank tokenizer**: ``spacy.blank("nl")`` / ``spacy.blank("da")``'s tokenizer over the
  texts (``tokenizer.pipe``), each token's ``lower_`` counted with ``Counter``; skipped, with a
  note, where spaCy is not installed (it is not a dependency of the kit).
- **floor**: ``Counter(re.findall(r"\\w+", text.lower()))``: no language rules at all.

Timing: each row runs ``--runs`` times, the rows taking turns (row 1, row 2, ..., row 1, ...),
so that a machine that slows down for a while slows every row alike; each row's figure is the
median of its runs, in CPU seconds of this process (``time.process_time``: one thread, so the
time it ran on its one core; other programs on the machine count less than in wall time). The
corpus repeats five articles, so a tokenizer that remembers what it has cut (the kit's and
spaCy's both do) profits more than on a corpus of new text.

Each row's tokens per second is the corpus's size (the tokens ``frequencies()`` counts: words
and numbers) divided by its time, so rows that cut the same text into more pieces are not
favoured; the row's own number of tokens is printed beside it. "x kit" is the row's time divided
by ``frequencies()``'s: how many times longer it takes on the same texts.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout without installing

import nltk  # noqa: E402
import pandas as pd  # noqa: E402
from machine import describe_machine  # noqa: E402 - benchmarks/machine.py, beside this script
from nltk.probability import FreqDist  # noqa: E402

import framelab  # noqa: E402

TARGET_TOKENS_PER_SECOND = 2_000_000
TARGET_RATIO_TO_SPACY = 2.0
PUBLIC = ("frequencies()", "keyness()", "concordance()")

Work = Callable[[], int]  # runs once, returns the number of tokens it produced


def build_corpus(size: int) -> tuple[pd.DataFrame, int]:
    """The five cleaned articles repeated up to ``size`` tokens, and its exact size in tokens."""
    seeds = framelab.load_corpus(quiet=True)
    per_round = int(framelab.frequencies(seeds).attrs["totals"]["all"])
    rounds = -(-size // per_round)  # ceiling
    corpus = pd.concat([seeds] * rounds, ignore_index=True)
    corpus["id"] = [f"{number:06d}" for number in range(len(corpus))]
    corpus["period"] = framelab.periods(corpus, "2022-02-24")
    return corpus, per_round * rounds


def kit_functions(corpus: pd.DataFrame) -> dict[str, Work]:
    def frequencies() -> int:
        return int(framelab.frequencies(corpus).attrs["totals"]["all"])

    def keyness() -> int:
        table = framelab.keyness(corpus, by="period", target="after")
        return int(table["count_target"].sum() + table["count_reference"].sum())

    def concordance() -> int:
        return len(framelab.concordance(corpus, "Oekraïne"))  # (lines, not tokens)

    return {"frequencies()": frequencies, "keyness()": keyness, "concordance()": concordance}


def peers(documents: list[tuple[str, str]]) -> tuple[dict[str, Work], list[str]]:
    """The other rows, and notes on the rows that cannot run here."""
    def tokenizer_alone() -> int:
        counts: Counter[str] = Counter()
        for text, language in documents:
            counts.update(framelab.tokenize(text, language, lowercase=True))
        return counts.total()

    def nltk_idiom() -> int:
        counts = FreqDist()
        for text, _ in documents:
            counts.update(nltk.word_tokenize(text.lower(), preserve_line=True))
        return counts.N()

    word = re.compile(r"\w+")

    def floor() -> int:
        counts: Counter[str] = Counter()
        for text, _ in documents:
            counts.update(word.findall(text.lower()))
        return counts.total()

    rows: dict[str, Work] = {"kit tokenizer alone + Counter": tokenizer_alone}
    notes = []
    try:
        import spacy
    except ImportError:
        notes.append("spaCy row skipped: spaCy is not installed (pip install spacy to add it)")
    else:
        blank = {language: spacy.blank(language) for language in {lang for _, lang in documents}}
        by_language = {language: [text for text, lang in documents if lang == language]
                       for language in blank}

        def spacy_blank() -> int:
            counts: Counter[str] = Counter()
            for language, texts in by_language.items():
                for doc in blank[language].tokenizer.pipe(texts):
                    counts.update(token.lower_ for token in doc)
            return counts.total()

        rows[f"spaCy {spacy.__version__} blank tokenizer + Counter"] = spacy_blank
    rows["NLTK idiom: word_tokenize + FreqDist"] = nltk_idiom
    rows[r"floor: re.findall(\w+) + Counter"] = floor
    return rows, notes


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU core {core}"
    return "not pinned (this system cannot); the code runs in one thread"


def timed_in_turns(rows: dict[str, Work], runs: int) -> dict[str, tuple[float, int]]:
    """Each row's median CPU seconds over ``runs`` runs taken in turns, and its token count."""
    for work in rows.values():  # a first run each, not counted: caches, imports, lazy tables
        work()
    seconds: dict[str, list[float]] = {name: [] for name in rows}
    produced: dict[str, int] = {}
    for _ in range(runs):
        for name, work in rows.items():
            start = time.process_time()
            produced[name] = work()
            seconds[name].append(time.process_time() - start)
    return {name: (statistics.median(seconds[name]), produced[name]) for name in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=1_000_000, help="corpus size (kit tokens)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per row; median counts")
    args = parser.parse_args()

    pinned = pin_to_one_core()
    corpus, size = build_corpus(args.tokens)
    documents = list(zip(corpus["text"], corpus["language"], strict=True))
    megabytes = sum(len(text.encode("utf-8")) for text, _ in documents) / 1e6
    rows, notes = peers(documents)
    rows = {**kit_functions(corpus), **rows}
    versions = f"nltk {nltk.__version__}, pandas {pd.__version__}, framelab {framelab.__version__}"
    print(f"Machine: {describe_machine(versions)}")
    print(f"Process: {pinned}")
    print(f"Corpus:  {len(documents):,} documents (the 5 cleaned articles repeated), "
          f"{size:,} tokens (words and numbers), {megabytes:.1f} MB of UTF-8 text; median of "
          f"{args.runs} runs in turns, CPU seconds\n")

    results = timed_in_turns(rows, args.runs)
    kit_seconds = results["frequencies()"][0]
    print(f"{'':46}{'own count':>11}{'seconds':>9}{'M tokens/s':>12}{'x kit':>8}")
    for name, (seconds, produced) in results.items():
        unit = " lines" if name == "concordance()" else ""
        print(f"{name:46}{produced:>11,}{seconds:>9.3f}{size / seconds / 1e6:>12.2f}"
              f"{seconds / kit_seconds:>8.2f}{unit}")
    for note in notes:
        print(f"\nNote: {note}")

    print(f"\nTargets: each of {', '.join(PUBLIC)} >= {TARGET_TOKENS_PER_SECOND / 1e6:.0f} M "
          f"tokens/s and >= {TARGET_RATIO_TO_SPACY:.0f}x as fast as spaCy's blank tokenizer "
          "+ Counter")
    spacy_seconds = next((seconds for name, (seconds, _) in results.items()
                          if name.startswith("spaCy")), None)
    for name in PUBLIC:
        seconds = results[name][0]
        rate = size / seconds
        line = (f"  {name:15} {rate / 1e6:5.2f} M tokens/s: "
                f"{'met' if rate >= TARGET_TOKENS_PER_SECOND else 'NOT met'}")
        if spacy_seconds is not None:
            ratio = spacy_seconds / seconds
            line += (f"; {ratio:.1f}x spaCy: "
                     f"{'met' if ratio >= TARGET_RATIO_TO_SPACY else 'NOT met'}")
        print(line)


if __name__ == "__main__":
    main()
