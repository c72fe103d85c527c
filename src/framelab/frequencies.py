"""Word frequencies: counts, per 1,000 words, per article or group, n-grams, TTR and hapaxes.

:func:`frequencies` counts the tokens of a corpus with NLTK's ``FreqDist`` (one per group in a
``ConditionalFreqDist`` when you give ``by=``) and returns a pandas table. The rules, so that
every number in the table can be checked by hand:

- **Tokens** come from :func:`framelab.tokenize`, sentence by sentence
  (:func:`framelab.split_sentences`), lowercased unless ``lowercase=False``; every other
  tokenizer option (``punctuation=True``, ``numbers="drop"``...) can be passed too. (For single
  tokens a text is tokenised at once wherever that gives the same tokens: it is faster.)
- **per_1000** is ``count / total * 1000``, where ``total`` is the number of tokens of the group
  as the tokenizer options give them, *before* stopwords are removed and before ``min_count``
  and ``top`` cut the table. With the default options these are the words and numbers of the
  group's articles (punctuation too with ``punctuation=True``). So per_1000 means "per 1,000
  words of running text" whether or not stopwords are removed, and stays comparable between
  tables. n-grams use the same total. ``table.attrs["totals"]`` holds the totals.
- **Ties** are ordered alphabetically, so the table is the same on every run and machine:
  count from high to low, then the token with capitals ignored (``str.casefold``), then the
  exact spelling, capitals first ("NAVO", "Navo", "navo", "oekraïne"). Letters compare by their
  Unicode number, so accented letters and Danish æ, ø, å come after z.
  **rank** is the row's place in that order within its group (1, 2, 3, ... with no gaps; tied
  counts get consecutive ranks), which is what a Zipf plot needs.
- **n-grams** (``n=2``: "de navo") are formed within a sentence, never across a sentence
  boundary. With ``stopwords=True`` an n-gram that contains a stopword is left out.

>>> from framelab import load_corpus
>>> corpus = load_corpus(quiet=True)
>>> frequencies(corpus, top=3)
  token  count   per_1000  rank
0    de    144  69.970845     1
1   van     58  28.182702     2
2   het     45  21.865889     3
>>> frequencies(corpus, by="language", top=2, stopwords=True)
  language    token  count   per_1000  rank
0       da   rusland     14  32.863850     1
1       da   blinken      8  18.779343     2
2       nl   rusland     23  14.093137     1
3       nl  oekraïne     22  13.480392     2
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Hashable, Iterable
from typing import Any

import pandas as pd
from nltk.probability import ConditionalFreqDist, FreqDist
from nltk.util import ngrams as nltk_ngrams

from .errors import ArgumentError, ArgumentTypeError, a_type, check_choice, check_type
from .sentences import split_sentences
from .tokens import (
    _sentences_change_tokens,
    check_corpus_table,
    check_token_options,
    tokenize,
)
from .wordlists import _token_list, lemmas, stems
from .wordlists import stopwords as stopword_list

__all__ = [
    "count_tokens",
    "frequencies",
    "hapaxes",
    "lexical_summary",
    "ngrams",
    "type_token_ratio",
]

UNITS = ("token", "stem", "lemma")


def count_tokens(tokens: Iterable[Hashable]) -> FreqDist:
    """Count tokens into an NLTK ``FreqDist``: the same result as ``FreqDist(tokens)``, faster.

    ``FreqDist(tokens)`` adds the tokens one at a time in Python; counting them first with
    ``collections.Counter`` (whose loop is written in C) and then filling the FreqDist from the
    counts is several times faster on a long text.

    >>> counts = count_tokens(["de", "navo", "de"])
    >>> counts.most_common(1), counts.N()
    ([('de', 2)], 3)
    """
    return FreqDist(Counter(tokens))


def _stopword_sets(stopwords: Any, languages: Iterable[str]) -> dict[str, frozenset[str]]:
    if isinstance(stopwords, bool):
        return {lang: frozenset(stopword_list(lang) if stopwords else ()) for lang in languages}
    if isinstance(stopwords, str) or not isinstance(stopwords, Collection):
        raise ArgumentTypeError(
            f"stopwords should be True (remove the language's stopwords), False (keep every "
            f"word) or a list of words to remove, but it is {a_type(stopwords)}: "
            f"{stopwords!r:.60}. For your own list use stopwords=framelab.stopwords('nl', "
            f"extra=['zei'])."
        )
    own = frozenset(str(word).lower() for word in stopwords)
    return {lang: own for lang in languages}


def _check_count(name: str, value: Any, allow_none: bool = False) -> None:
    if allow_none and value is None:
        return
    check_type(name, value, int, "a whole number" + (" or None" if allow_none else ""))
    if value < 1:
        raise ArgumentError(f"{name}={value} is too small: it should be 1 or more.")


def _group_values(corpus: pd.DataFrame, by: str | None) -> list[Any]:
    if by is None:
        return [None] * len(corpus)
    check_type("by", by, str, "the name of a corpus column, such as 'id' or 'language'")
    if by not in corpus.columns:
        raise ArgumentError(
            f"by={by!r} is not a column of the corpus. Use one of its columns, such as 'id' "
            f"or 'language', or add your own first, e.g. corpus['period'] = ...")
    values = corpus[by].tolist()
    for article, value in zip(corpus["id"], values, strict=True):
        if pd.isna(value):
            raise ArgumentError(f"Article {article} has no value in the column {by!r}. Fill it "
                                f"in (or leave the article out) before counting by {by!r}.")
    return values


def _sorted_groups(values: list[Any]) -> list[Any]:
    unique = list(dict.fromkeys(values))
    try:
        return sorted(unique)
    except TypeError:  # values of mixed types: keep the order of the corpus
        return unique


def _tie_order(item: tuple[str, int]) -> tuple[int, str, str]:
    return (-item[1], item[0].casefold(), item[0])


#: With ``lowercase`` the tokens come from the lowercased text, and lowercasing a lowercased
#: text changes nothing (tests/test_speed_paths.py checks every character): the stopword test
#: needs no ``token.lower()`` then (0.1 s of each call on 2,000 articles). False: the plain path.
_SKIP_LOWER = True


def frequencies(
    corpus: pd.DataFrame,
    *,
    by: str | None = None,
    top: int | None = None,
    stopwords: bool | Collection[str] = False,
    lowercase: bool = True,
    unit: str = "token",
    n: int = 1,
    min_count: int = 1,
    **token_options: Any,
) -> pd.DataFrame:
    """Count the tokens (or stems, lemmas, n-grams) of a corpus, overall or per group.

    Args:
        corpus: The table from :func:`framelab.load_corpus` (columns id, language, text).
        by: Count per value of this column: ``"id"`` (per article), ``"language"``, or a
            column you added, such as ``"period"``. ``None`` counts all articles together.
        top: Keep only the first ``top`` rows of each group (ties ordered alphabetically).
        stopwords: ``True`` leaves out each article's language's stopwords
            (:func:`framelab.stopwords`); a list of words leaves out those words instead.
        lowercase: Count "De" and "de" as one token.
        unit: ``"token"``, ``"stem"`` (Snowball) or ``"lemma"`` (simplemma) per token.
        n: 1 for single tokens, 2 for bigrams ("de navo"), 3 for trigrams, ...
        min_count: Leave out what occurs fewer times than this in its group.
        **token_options: Options of :func:`framelab.tokenize`, e.g. ``numbers="drop"``.

    Returns:
        A table with the column named by ``by`` (if given), ``token`` (``ngram`` when
        ``n > 1``, the words joined by spaces), ``count``, ``per_1000`` and ``rank``; sorted
        by group, then by rank. ``attrs["totals"]`` holds each group's total tokens.

    >>> from framelab import load_corpus
    >>> corpus = load_corpus(quiet=True)
    >>> frequencies(corpus, by="id", top=1, stopwords=True).to_string(index=False)
    ' id      token  count  per_1000  rank\\n000    rusland      8 24.464832     1\\n001   oekraïne     13 22.298456     1\\n002       navo      9 28.662420     1\\n003    rusland     14 32.863850     1\\n004 oekraïense      5 12.254902     1'
    >>> frequencies(corpus, n=2, stopwords=True, top=2)
                    ngram  count  per_1000  rank
    0  buitenlandse zaken      3  1.457726     1
    1           eraan toe      3  1.457726     2
    """
    check_corpus_table(corpus, ("id", "language", "text"))
    groups = _group_values(corpus, by)
    _check_count("top", top, allow_none=True)
    _check_count("n", n)
    _check_count("min_count", min_count)
    check_type("lowercase", lowercase, bool, "True or False")
    check_choice("unit", unit, UNITS)
    check_token_options(token_options)
    languages = corpus["language"].tolist()
    stop = _stopword_sets(stopwords, set(languages))
    options = {"lowercase": lowercase and unit == "token", **token_options}
    found: dict[Any, Counter[str]] = {group: Counter() for group in groups}
    totals: Counter[Any] = Counter()
    for group, language, text in zip(groups, languages, corpus["text"], strict=True):
        for piece in _pieces(text, language, n, options):
            tokens = tokenize(piece, language, **options)
            totals[group] += len(tokens)
            units = _units(tokens, language, unit, lowercase)
            if n == 1:
                dropped = stop[language]
                if not dropped:
                    found[group].update(units)
                elif options["lowercase"] and _SKIP_LOWER:  # the units are the tokens, lowercase
                    found[group].update([u for u in units if u not in dropped])
                else:
                    found[group].update([u for u, token in zip(units, tokens, strict=True)
                                         if token.lower() not in dropped])
            else:
                dropped_at = [token.lower() in stop[language] for token in tokens]
                found[group].update(
                    " ".join(u for u, _ in gram)
                    for gram in nltk_ngrams(list(zip(units, dropped_at, strict=True)), n)
                    if not any(drop for _, drop in gram))
    counts = ConditionalFreqDist()
    for group, group_counts in found.items():
        counts[group].update(group_counts)  # into an empty FreqDist: one dict update
    return _table(counts, totals, _sorted_groups(groups), by, "token" if n == 1 else "ngram",
                  top, min_count)


def _pieces(text: str, language: str, n: int, options: dict[str, Any]) -> list[str]:
    """What to tokenise: the sentences, or for single tokens the whole text where that gives the
    same tokens (:func:`framelab.tokens._sentences_change_tokens`; splitting costs more than
    tokenising)."""
    if n == 1 and not _sentences_change_tokens(
            text, language, lowercase=options["lowercase"],
            punctuation=options.get("punctuation", False), quotes=options.get("quotes", False)):
        return [text]
    return split_sentences(text, language)


def _units(tokens: list[str], language: str, unit: str, lowercase: bool) -> list[str]:
    if unit == "stem":
        return stems(tokens, language)
    if unit == "lemma":
        found = lemmas(tokens, language)
        return [lemma.lower() for lemma in found] if lowercase else found
    return tokens


def _table(counts: ConditionalFreqDist, totals: Counter[Any], groups: list[Any],
           by: str | None, label: str, top: int | None, min_count: int) -> pd.DataFrame:
    rows: list[tuple[Any, str, int, float, int]] = []
    for group in groups:
        ordered = sorted(counts[group].items(), key=_tie_order)
        for rank, (item, count) in enumerate(ordered, start=1):
            if count < min_count or (top is not None and rank > top):
                break
            rows.append((group, item, count, count / totals[group] * 1000, rank))
    table = pd.DataFrame(rows, columns=["group", label, "count", "per_1000", "rank"])
    table = table.drop(columns="group") if by is None else table.rename(columns={"group": by})
    table.attrs["totals"] = {("all" if by is None else group): totals[group] for group in groups}
    table.attrs["cut"] = {"top": top, "min_count": min_count}  # plots.compare_articles checks it
    return table


def type_token_ratio(tokens: Iterable[str]) -> float:
    """Return the number of different tokens (types) divided by the number of tokens.

    A longer text repeats more words, so its ratio is lower: compare texts of similar length
    only (or the first 300 tokens of each).

    >>> type_token_ratio(["de", "navo", "en", "de", "vs"])
    0.8
    """
    listed = _token_list(tokens)
    if not listed:
        raise ArgumentError("tokens is empty, so it has no type/token ratio. Pass the tokens "
                            "of a text, e.g. framelab.tokenize(text, 'nl').")
    return len(set(listed)) / len(listed)


def hapaxes(tokens: Iterable[str]) -> list[str]:
    """Return the tokens that occur exactly once (hapax legomena), in alphabetical order.

    >>> hapaxes(["de", "NAVO", "en", "de", "VS"])
    ['en', 'NAVO', 'VS']
    """
    listed = _token_list(tokens)
    return sorted(count_tokens(listed).hapaxes(), key=lambda t: (t.casefold(), t))


def ngrams(tokens: Iterable[str], n: int) -> list[tuple[str, ...]]:
    """Return the sequences of ``n`` tokens in a row (NLTK's ``nltk.util.ngrams``).

    >>> ngrams(["de", "Russische", "troepen", "weg"], 2)
    [('de', 'Russische'), ('Russische', 'troepen'), ('troepen', 'weg')]
    """
    listed = _token_list(tokens)
    _check_count("n", n)
    return list(nltk_ngrams(listed, n))


def lexical_summary(corpus: pd.DataFrame, *, lowercase: bool = True, **token_options: Any
                    ) -> pd.DataFrame:
    """Return per article: how many tokens, types, the type/token ratio and the hapaxes.

    Args:
        corpus: The table from :func:`framelab.load_corpus`.
        lowercase: Count "De" and "de" as one type.
        **token_options: Options of :func:`framelab.tokenize`, e.g. ``numbers="drop"``.

    >>> from framelab import load_corpus
    >>> lexical_summary(load_corpus(quiet=True))
        id language  tokens  types  type_token_ratio  hapaxes
    0  000       nl     327    176          0.538226      123
    1  001       nl     583    285          0.488851      206
    2  002       nl     314    166          0.528662      117
    3  003       da     426    217          0.509390      156
    4  004       nl     408    207          0.507353      143
    """
    check_corpus_table(corpus, ("id", "language", "text"))
    check_token_options(token_options)
    rows = []
    for article, language, text in zip(corpus["id"], corpus["language"], corpus["text"],
                                       strict=True):
        counts = count_tokens(tokenize(text, language, lowercase=lowercase, **token_options))
        total = counts.N()
        rows.append((article, language, total, counts.B(),
                     counts.B() / total if total else float("nan"), len(counts.hapaxes())))
    return pd.DataFrame(rows, columns=["id", "language", "tokens", "types",
                                       "type_token_ratio", "hapaxes"])
