"""A first, simple way to cut a text into words and count them.

Lessons 01 and 02 need a word count before lesson 03 teaches tokenising properly. This module
uses NLTK's :class:`~nltk.tokenize.RegexpTokenizer` with one readable pattern: numbers such as
"100.000" and "$64,1" stay whole, words keep their inner hyphens and apostrophes
("NAVO-troepen", "USA's"), and punctuation is dropped. Lesson 03 shows what each of these
choices changes.

>>> words("De NAVO-troepen: 100.000 militairen, aldus Lavrov.")
['De', 'NAVO-troepen', '100.000', 'militairen', 'aldus', 'Lavrov']
>>> word_count("Det er beskeden fra USA's udenrigsminister.")
6
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from .errors import ArgumentError, check_choice, check_type

if TYPE_CHECKING:
    from nltk.tokenize import RegexpTokenizer

__all__ = ["WORD_PATTERN", "count_words", "words", "word_count"]

#: A word is a number ("100.000", "64,1", "2019") or a run of letters and digits that may hold
#: hyphens or apostrophes inside it ("de-escaleren", "USA's"). Anything else is not a word.
WORD_PATTERN = r"\d+(?:[.,]\d+)*|[^\W\d_]\w*(?:[-'’]\w+)*"


@lru_cache(maxsize=1)
def _tokenizer() -> RegexpTokenizer:
    # NLTK is imported here, for the few texts that need its engine (see below): reading and
    # cleaning a corpus (lessons 01 and 02) then need no NLTK, which takes 0.2 s to import, and
    # about 0.7 s more where scikit-learn is installed (NLTK's package imports it).
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(WORD_PATTERN)


# Why a second way: NLTK 3.10 runs a RegexpTokenizer's pattern (and Punkt's, see
# framelab.sentences) with the ``regex`` engine under a time limit, a guard against patterns that
# backtrack without end; for the kit's fixed patterns that guard costs several times the match
# itself. Python's ``re`` gives the same matches wherever the two engines put every character of
# the text in the same classes; they differ on a few characters (superscript digits, combining
# accents, join controls ...), and a text with one of those, or with characters outside the
# ranges checked here, goes to NLTK's engine.
_CLASSES = (r"\w", r"\d", r"\s", r"[^\W\d]", r"[^\W\d_]")
# The characters of most news text: Latin, Latin-1, Latin Extended, general punctuation, €.
_CHECKED = (*range(0x250), *range(0x2000, 0x20D0))


@lru_cache(maxsize=1)
def _engine_differences() -> re.Pattern[str]:
    """Finds a character that is not in :data:`_CHECKED` or that ``re`` and ``regex`` put in
    different classes of :data:`_CLASSES`."""
    import regex

    plain = [re.compile(c) for c in _CLASSES]
    guarded = [regex.compile(c) for c in _CLASSES]
    same = "".join(re.escape(chr(code)) for code in _CHECKED
                   if all(bool(a.match(chr(code))) == bool(b.match(chr(code)))
                          for a, b in zip(plain, guarded, strict=True)))
    return re.compile(f"[^{same}]")


def _same_in_both_engines(text: str) -> bool:
    """Whether ``re`` and NLTK's ``regex`` engine class every character of ``text`` alike."""
    return _engine_differences().search(text) is None


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern[str]:
    return re.compile(WORD_PATTERN)


def words(text: str) -> list[str]:
    """Return the words of ``text`` in order, as the simple word pattern finds them.

    >>> words("Rusland meldt dat ‘veel’ landen...")
    ['Rusland', 'meldt', 'dat', 'veel', 'landen']
    """
    check_type("text", text, str, "a text (a str)")
    if _same_in_both_engines(text):  # the same words, faster (see _engine_differences)
        return _word_re().findall(text)
    return _tokenizer().tokenize(text)


def word_count(text: str) -> int:
    """Return how many words ``text`` has (see :func:`words`).

    >>> word_count("")
    0
    """
    return len(words(text))


def count_words(
    corpus: pd.DataFrame,
    targets: list[str],
    *,
    column: str = "text",
    ignore_case: bool = True,
) -> pd.DataFrame:
    """Count how often each target word occurs in each article: one row per article.

    A target of several words ("De Croo", "von der Leyen") counts where those words stand one
    after the other.

    Args:
        corpus: The table from :func:`framelab.load_corpus`.
        targets: The words to count, e.g. ``["Lavrov", "Peskov"]`` or ``["De Croo"]``.
        column: Which text to count in: ``"text"`` (cleaned) or ``"raw_text"``.
        ignore_case: Count "NAVO" and "Navo" as the same word.

    >>> from framelab import load_corpus
    >>> corpus = load_corpus(quiet=True)
    >>> count_words(corpus, ["Lavrov", "Peskov"]).loc["004"].to_dict()
    {'Lavrov': 3, 'Peskov': 2}
    >>> count_words(corpus, ["Lavrov", "Peskov"], column="raw_text").loc["004"].to_dict()
    {'Lavrov': 4, 'Peskov': 4}
    >>> count_words(corpus, ["Sergej Lavrov", "Lavrov"]).loc["004"].to_dict()
    {'Sergej Lavrov': 1, 'Lavrov': 3}
    """
    check_type("targets", targets, list, "a list of words, such as ['Lavrov', 'Peskov']")
    for target in targets:
        check_type("each target", target, str, "a word in quotes, such as 'Lavrov'")
        if not words(target):
            raise ArgumentError(f"The target {target!r} holds no word to count. Give words, "
                                "such as ['Lavrov', 'Peskov'].")
    check_choice("column", column, ["text", "raw_text"])
    fold = str.casefold if ignore_case else str
    # Each target as its words: one word is looked up in the article's word counts; several
    # are counted where they stand one after the other (n-grams of that length).
    wanted = {t: tuple(fold(w) for w in words(t)) for t in targets}
    sizes = sorted({len(seq) for seq in wanted.values() if len(seq) > 1})
    table = {}
    vocabulary: set[str] = set()  # the words of the corpus, as written: for the note below
    for row in corpus.itertuples(index=False):
        written = words(getattr(row, column))
        vocabulary.update(written)
        folded = [fold(w) for w in written]
        counts: Counter[tuple[str, ...]] = Counter((w,) for w in folded)
        for n in sizes:
            counts.update(zip(*(folded[i:] for i in range(n)), strict=False))
        table[row.id] = {t: counts[wanted[t]] for t in targets}
    result = pd.DataFrame.from_dict(table, orient="index", columns=targets)
    result.index.name = "id"
    # (from the counts, not result[t]: a word asked for twice is two columns of that name)
    _note_no_hits([t for t in dict.fromkeys(targets) if not any(row[t] for row in table.values())],
                  vocabulary, len(result), ignore_case)
    return result


def _note_no_hits(targets: list[str], vocabulary: set[str], articles: int,
                  ignore_case: bool) -> None:
    """A note for each target word with no hits that the corpus has in another spelling
    ("Oekraine": the corpus writes "Oekraïne"); the counts stay as they are."""
    import warnings

    from .errors import NoHitsWarning
    from .similar import no_hits_note

    for target in targets:
        for word in words(target):
            note = no_hits_note(word, vocabulary, f"the {articles} article(s)",
                                ignore_case=ignore_case)
            if note:
                warnings.warn(note, NoHitsWarning, stacklevel=3)
