"""Reading before counting: keywords in context, and the words that keep a word company.

:func:`concordance` lists every occurrence of a word with the words left and right of it (KWIC:
keyword in context), as a table you can sort by the words just left or just right of the
keyword, so that patterns line up ("… de Russische invasie" / "… een mogelijke invasie").
A query can match a word, a stem (Snowball: "onderhandel" finds onderhandelingen and
onderhandelen), a lemma (simplemma) or a regular expression.

:func:`collocations` finds words that occur near each other more often than chance, with NLTK's
``BigramCollocationFinder`` in a window, after the kit's stopwords are removed (NLTK's
``Text.collocations()`` is English-only: it hard-codes English stopwords). For each pair, with
O = co-occurrence count, f_x and f_y the two words' counts, N the number of tokens and
E = f_x f_y / N:

- MI = log2(O / E) (NLTK's ``pmi``): how much more often than chance; high for rare pairs;
- t-score = (O − E) / √O (NLTK's ``student_t``): how sure we are the pair is not chance;
- log-likelihood (NLTK's ``likelihood_ratio``): G2 of the pair's 2 × 2 table (pair, first word
  without the second, second without the first, neither), the unsigned four-cell form. It is
  not the G2 of :func:`framelab.keyness`, which compares one word's count in two corpora with
  the two-cell signed form: for "buitenlandse zaken" in the course's articles the two give
  different numbers, and they answer different questions. Compare ``ll`` only with ``ll``;
- logDice = 14 + log2(2 O / (f_x + f_y)) (Rychlý 2008): 14 when the two words only ever occur
  together, and comparable across corpora of different sizes. 14 is the maximum with
  ``window=2``; in a wider window one word can fall into the other's window twice ("x y y"), so
  O can exceed f_x and logDice can rise a little above 14. NLTK has no logDice, so the kit
  computes it from the same counts.

In a window of w words, NLTK counts a pair once for each of the w − 1 positions it may take and
divides O by w − 1 in its measures; the ``count`` column shows the co-occurrences.

Pairs never span two articles. By default they may span two sentences, or the headline and the
first sentence, as the word pairs of :func:`framelab.ngrams` on a whole text do;
``within_sentences=True`` keeps each pair inside one sentence (:func:`framelab.split_sentences`).

>>> from framelab import load_corpus
>>> table = concordance(load_corpus(quiet=True), "Oekraïne", window=3)
>>> table.loc[0, ["article", "left", "keyword", "right"]].tolist()
['000', 'de grens met', 'Oekraïne', ', maar Rusland']
"""

from __future__ import annotations

import math
import re
import warnings
from collections import Counter
from typing import Any

import pandas as pd
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

from .cache import table_digest
from .errors import ArgumentError, NoHitsWarning, check_choice, check_type
from .notebook import current_cell
from .sentences import split_sentences
from .similar import no_hits_note
from .text import words
from .tokens import check_corpus_table, check_token_options, tokenize
from .wordlists import lemmas, stems, stopwords

__all__ = ["collocations", "concordance", "show_concordance"]

CONCORDANCE_COLUMNS = ("article", "language", "position", "left", "keyword", "right")


def _query_tokens(query: str, language: str) -> list[str]:
    """The tokens of ``query`` as the articles of ``language`` are cut ("Jan Loos" is two, and
    "NAVO-chef" one or two as the tokenizer of that language cuts it)."""
    return tokenize(query, language, punctuation=True, quotes=True) or [query]


def _matcher(query: str, match: str, language: str):  # type: ignore[no-untyped-def]
    """A function from an article's tokens to the positions where ``query`` starts, and how
    many tokens it spans: a query of several words ("Jan Loos", "buitenlandse zaken")
    matches where its tokens stand one after the other (each ignoring case; with
    ``match="stem"`` or ``"lemma"`` each by its stem or lemma). A regular expression matches one
    token."""
    if match == "regex":
        try:
            pattern = re.compile(query, re.IGNORECASE)
        except re.error as err:
            raise ArgumentError(f"query={query!r} is not a valid regular expression ({err}). "
                                "For a plain word, use match='word'.") from None
        return (lambda tokens: [i for i, t in enumerate(tokens) if pattern.fullmatch(t)]), 1
    wanted = [t.casefold() for t in _query_tokens(query, language)]
    if match == "word":
        return (lambda tokens: _sequences(list(map(str.casefold, tokens)), wanted)), len(wanted)
    normalise = stems if match == "stem" else lemmas
    target = normalise(wanted, language)
    known: dict[str, str] = {}  # each word's stem or lemma, worked out once for all articles

    def positions(tokens: list[str]) -> list[int]:
        folded = [t.casefold() for t in tokens]
        new = [t for t in dict.fromkeys(folded) if t not in known]
        known.update(zip(new, normalise(new, language), strict=True))
        return _sequences([known[t] for t in folded], target)

    return positions, len(wanted)


def _sequences(items: list[str], wanted: list[str]) -> list[int]:
    """Where the tokens ``wanted`` stand one after the other in ``items``.

    >>> _sequences(["zei", "jan", "loos", "en", "jan", "smit"], ["jan", "loos"])
    [1]
    >>> _sequences(["jan", "loos", "jan"], ["jan"])
    [0, 2]
    """
    starts = _positions(items, wanted[0])
    if len(wanted) == 1:
        return starts
    size = len(wanted)
    return [i for i in starts if items[i:i + size] == wanted]


def _positions(items: list[str], wanted: str) -> list[int]:
    """Where ``wanted`` is in ``items``: ``list.index`` scans in C, faster than a loop here."""
    found: list[int] = []
    at = -1
    try:
        while True:
            at = items.index(wanted, at + 1)
            found.append(at)
    except ValueError:
        return found


def concordance(corpus: pd.DataFrame, query: str, *, match: str = "word", window: int = 6,
                sort: str | None = None) -> pd.DataFrame:
    """Every occurrence of ``query`` with ``window`` tokens of context on each side.

    Args:
        corpus: The table from :func:`framelab.load_corpus`.
        query: A word, a word whose stem or lemma to match, or a regular expression. Several
            words ("Jan Loos", "buitenlandse zaken") match where they stand one after the
            other; the ``keyword`` column then holds them all.
        match: ``"word"`` (ignoring case), ``"stem"``, ``"lemma"`` (each word of the query by
            its stem or lemma) or ``"regex"`` (one token).
        window: How many tokens of context on each side (punctuation counts as a token).
        sort: ``None`` (article order), ``"left"`` (by the words just left of the keyword,
            nearest first) or ``"right"`` (by the words just right of it).

    Returns:
        Columns article, language, position (the keyword's token number in the article,
        punctuation included), left, keyword, right.

    >>> from framelab import load_corpus
    >>> kwic = concordance(load_corpus(quiet=True), "onderhandelen", match="stem", window=2)
    >>> kwic["keyword"].tolist()
    ['onderhandelingen', 'onderhandelen', 'onderhandelingen', 'onderhandelen']
    >>> names = concordance(load_corpus(quiet=True), "sergej lavrov", window=3)
    >>> names[["article", "left", "keyword", "right"]].values.tolist()
    [['003', 'russiske kollega ,', 'Sergej Lavrov', '. De to'], ['004', 'van Buitenlandse Zaken', 'Sergej Lavrov', 'vrijdag op een']]
    """
    corpus = check_corpus_table(corpus, ("id", "language", "text"))
    check_type("query", query, str, "a word in quotes, such as 'invasie'")
    check_choice("match", match, ["word", "stem", "lemma", "regex"])
    check_type("window", window, int, "a whole number of tokens, such as 5")
    if window < 1:
        raise ArgumentError(f"window={window} must be 1 or more tokens.")
    check_choice("sort", sort, [None, "left", "right"])
    if not query.strip():
        raise ArgumentError("query='' holds no word to look for. Give a word, such as "
                            "'invasie', or several, such as 'Jan Loos'.")
    rows = []
    # A word the text does not hold (ignoring case) is in none of its tokens: such a text is
    # skipped. (Exact: casefold works letter by letter, and a token is a piece of the text; of
    # several words, the longest stands for them, as the spaces between them may differ.)
    folded = max(query.casefold().split(), key=len)
    matchers: dict[str, Any] = {}  # one per language, made once
    in_text = 0  # texts that hold the query, where the tokens may not (inside a longer word)
    for article in corpus.itertuples(index=False):
        if match == "word" and folded not in article.text.casefold():
            continue
        in_text += 1
        tokens = tokenize(article.text, article.language, punctuation=True, quotes=True)
        if article.language not in matchers:
            matchers[article.language] = _matcher(query, match, article.language)
        find, size = matchers[article.language]
        for i in find(tokens):
            rows.append({"article": article.id, "language": article.language, "position": i,
                         "left": " ".join(tokens[max(0, i - window):i]),
                         "keyword": " ".join(tokens[i:i + size]),
                         "right": " ".join(tokens[i + size:i + size + window])})
    table = pd.DataFrame(rows, columns=list(CONCORDANCE_COLUMNS))
    if sort == "left":
        key = table["left"].map(lambda s: " ".join(reversed(s.casefold().split())))
        table = table.iloc[key.argsort(kind="stable")]
    elif sort == "right":
        table = table.iloc[table["right"].str.casefold().argsort(kind="stable")]
    table = table.reset_index(drop=True)
    # for show_concordance's message when nothing was found: what was looked for, and where,
    # and the words of the corpus it may be misspelt for ("Oekraïne" for "Oekraine")
    note = _no_hits_note(corpus, query) if table.empty and match == "word" else None
    table.attrs["searched"] = {"query": query, "articles": len(corpus), "match": match,
                               "note": note,
                               # the cell where the note was given as a warning (None: not
                               # in a notebook): show_concordance in the same cell is shorter
                               "noted_in": current_cell() if note else None,
                               "inside": _inside_words(corpus, query) if table.empty
                               and match == "word" and in_text else []}
    if note:
        warnings.warn(note, NoHitsWarning, stacklevel=2)
    return table


def _no_hits_note(corpus: pd.DataFrame, query: str) -> str | None:
    """The note for a word with no lines that the corpus writes in another spelling."""
    vocabulary = {w for text in corpus["text"] for w in words(text)}
    return no_hits_note(query, vocabulary, f"the {len(corpus)} article(s) given")


def _inside_words(corpus: pd.DataFrame, query: str) -> list[str]:
    """Up to three longer words of ``corpus``'s texts that hold ``query`` (ignoring case), for
    the message of a concordance that found no token: "Loos" is in "Loosdrecht".

    >>> _inside_words(pd.DataFrame({"text": ["In Loosdrecht en Loosduinen, niet in Loos."]}),
    ...               "loos")
    ['Loosdrecht', 'Loosduinen']
    """
    pattern = re.compile(r"\w*" + r"\s+".join(map(re.escape, query.split())) + r"\w*",
                         re.IGNORECASE)
    found: dict[str, None] = {}
    for text in corpus["text"]:
        for word in pattern.findall(text):
            if word.casefold() != query.casefold() and " ".join(word.split()).casefold() != \
                    " ".join(query.split()).casefold():
                found.setdefault(word, None)
        if len(found) >= 3:
            break
    return list(found)[:3]


#: show_concordance prints at most this many lines (a large corpus has thousands); the table
#: itself keeps them all.
MOST_LINES = 50


def show_concordance(table: pd.DataFrame, *, width: int = 40, most: int | None = MOST_LINES
                     ) -> None:
    """Print a concordance as aligned lines: left context, keyword, right context.

    At most ``most`` lines (``None``: all), then one line that says how many more the table
    has: a concordance of a large corpus would otherwise print thousands.

    >>> show_concordance(pd.DataFrame({"article": ["000"], "left": ["een mogelijke"],
    ...                                "keyword": ["invasie"], "right": [", iets waar"]}), width=15)
    000    een mogelijke  invasie  , iets waar
    """
    missing = [c for c in ("article", "left", "keyword", "right") if c not in table.columns]
    if missing:
        raise ArgumentError("table should come from framelab.concordance(); it lacks "
                            f"{', '.join(missing)}.")
    if table.empty:
        searched = table.attrs.get("searched")
        if isinstance(searched, dict) and searched.get("articles") == 0:
            print("No lines: the corpus table given to concordance() has no articles (a "
                  "selection of rows that kept none?).")
        elif isinstance(searched, dict) and searched.get("inside"):
            query, inside = searched["query"], ", ".join(map(repr, searched["inside"]))
            how = (f"use match='regex' with a pattern such as {query + '.*'!r}"
                   if len(query.split()) == 1 else "write the words as the text has them")
            print(f"No lines: {query!r} is in the text only inside longer words ({inside}), "
                  f"never as a word of its own. Search for one of those words, or {how}.")
        elif isinstance(searched, dict) and searched.get("note"):
            if searched.get("noted_in") is not None and searched["noted_in"] == current_cell():
                # concordance() in this very cell showed the note just above
                print(f"No lines for {searched['query']!r} (see the note above).")
            else:
                print(f"No lines: {searched['note']}")
        elif isinstance(searched, dict):
            query, articles = searched["query"], searched["articles"]
            match = str(searched.get("match", "word"))
            if match in ("stem", "lemma"):
                other = "lemma" if match == "stem" else "stem"
                print(f"No lines: no word in the {articles} article(s) given has the {match} "
                      f"of {query!r} (match={match!r}). Check its spelling, or try "
                      f"match={other!r} or match='regex'.")
            elif match == "regex":
                print(f"No lines: no token in the {articles} article(s) given matches the "
                      f"regular expression {query!r} (it must match a whole token, ignoring "
                      "case). Check the pattern, or try match='word'.")
            else:
                print(f"No lines: {query!r} does not occur in the {articles} article(s) "
                      "given. Check its spelling, or try match='stem' or match='regex'.")
        else:
            print("No lines: the word does not occur. Check its spelling, or try match='stem' "
                  "or match='regex'.")
        return
    size = max(len(k) for k in table["keyword"])
    shown = table if most is None else table.head(most)
    for row in shown.itertuples(index=False):
        left = row.left if len(row.left) <= width else "…" + _cut_left(row.left, width - 1)
        right = row.right if len(row.right) <= width else _cut_right(row.right, width - 1) + "…"
        print(f"{row.article}  {left.rjust(width)}  {row.keyword.center(size)}  {right}".rstrip())
    if len(shown) < len(table):
        print(f"... and {len(table) - len(shown):,} more lines (the table has all "
              f"{len(table):,}; show_concordance(table, most=None) prints them).")


def _cut_left(text: str, width: int) -> str:
    """The end of ``text`` in at most ``width`` characters, starting at a whole word."""
    tail = text[-width:]
    return tail if text[-width - 1:-width] in ("", " ") else tail.partition(" ")[2]


def _cut_right(text: str, width: int) -> str:
    """The start of ``text`` in at most ``width`` characters, ending at a whole word."""
    head = text[:width]
    return head if text[width:width + 1] in ("", " ") else head.rpartition(" ")[0]


def _log_dice(pair_count: int, first: int, second: int) -> float:
    return 14 + math.log2(2 * pair_count / (first + second))


def _finder(words: list[str | None], window: int) -> BigramCollocationFinder:
    """NLTK's ``BigramCollocationFinder.from_words(words, window_size=window)``, counted with
    ``Counter`` (a loop in C) instead of NLTK's loop in Python over every window: the same
    counts (``tests/test_kwic.py`` compares), several times faster on thousands of articles.
    ``None`` is a gap: it is no word and makes no pair.

    >>> finder = _finder(["navo", "rusland", None, "navo"], 2)
    >>> dict(finder.word_fd), dict(finder.ngram_fd)
    ({'navo': 2, 'rusland': 1}, {('navo', 'rusland'): 1})
    """
    return _new_finder(_pair_counts(words, window), window)


def _pair_counts(words: list[str | None], window: int
                 ) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """How often each word of ``words`` occurs, and each pair within ``window`` (see
    :func:`_finder`)."""
    pairs: Counter[tuple[str | None, str | None]] = Counter()
    for distance in range(1, window):
        pairs.update(zip(words, words[distance:], strict=False))
    for pair in [pair for pair in pairs if pair[0] is None or pair[1] is None]:
        del pairs[pair]
    return Counter(word for word in words if word is not None), pairs  # type: ignore[return-value]


def _new_finder(counts: tuple[Counter[str], Counter[tuple[str, str]]], window: int
                ) -> BigramCollocationFinder:
    """A finder with copies of ``counts`` (its filters delete pairs from its own copy)."""
    from nltk.probability import FreqDist

    return BigramCollocationFinder(FreqDist(counts[0]), FreqDist(counts[1]), window_size=window)


#: The counts of the last collocations() call, with what they were counted from: the next call
#: on the same texts with the same options (the lessons call it several times in a row, with
#: other measures, nodes or minimum counts) starts from them instead of tokenising again.
_LAST_COUNTS: list[tuple[tuple[Any, ...], tuple[Counter[str], Counter[tuple[str, str]]]]] = []


def _corpus_counts(corpus: pd.DataFrame, window: int, stopwords_removed: bool,
                   within_sentences: bool, token_options: dict[str, Any]
                   ) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """The word and pair counts of ``corpus`` as collocations() counts them (no pair spans two
    articles, or with ``within_sentences`` two sentences); the last ones again for the same
    language and text of every article and the same options."""
    key = (table_digest(corpus, ("language", "text")), window, stopwords_removed,
           within_sentences, tuple(sorted(token_options.items())))
    if _LAST_COUNTS and _LAST_COUNTS[0][0] == key:
        return _LAST_COUNTS[0][1]
    words: list[str | None] = []
    stops: dict[str, set[str]] = {}
    for article in corpus.itertuples(index=False):
        parts = (split_sentences(article.text, article.language) if within_sentences
                 else [article.text])
        if article.language not in stops:
            stops[article.language] = (set(stopwords(article.language)) if stopwords_removed
                                       else set())
        stop = stops[article.language]
        for part in parts:
            tokens = tokenize(part, article.language, **token_options)
            words.extend(t for t in tokens if t not in stop)
            words.extend([None] * (window - 1))  # a gap, so that no pair spans two of them
    counts = _pair_counts(words, window)
    _LAST_COUNTS[:] = [(key, counts)]
    return counts


def collocations(corpus: pd.DataFrame, *, node: str | None = None, window: int = 3,
                 min_count: int = 2, stopwords_removed: bool = True, top: int | None = 20,
                 sort_by: str = "logdice", within_sentences: bool = False,
                 **token_options: Any) -> pd.DataFrame:
    """Word pairs that occur within ``window`` tokens of each other, with four measures.

    Args:
        corpus: The table from :func:`framelab.load_corpus` (articles are never joined:
            no pair spans two articles).
        node: Keep only pairs with this word (lowercase), e.g. ``"navo"``.
        window: 2 = neighbours only; 3 = up to one word between; and so on.
        min_count: Keep pairs that co-occur at least this often.
        stopwords_removed: Remove each language's stopwords (:func:`framelab.stopwords`) first.
        top: Keep the first ``top`` pairs (``None`` keeps all).
        sort_by: ``"logdice"``, ``"mi"``, ``"t"``, ``"ll"`` or ``"count"``.
        within_sentences: Keep each pair inside one sentence (the headline counts as one), so
            the last word of a sentence and the first of the next are no pair.
        **token_options: Passed on to :func:`framelab.tokenize` (lowercase is always on;
            numbers are dropped unless you pass ``numbers="keep"``).

    Returns:
        Columns word_1, word_2, count, mi, t, ll, logdice; ties ordered by the words.

    >>> from framelab import load_corpus
    >>> table = collocations(load_corpus(quiet=True), min_count=3)
    >>> table[["word_1", "word_2", "count"]].head(2).values.tolist()
    [['buitenlandse', 'zaken', 3], ['eraan', 'toe', 3]]
    """
    corpus = check_corpus_table(corpus, ("id", "language", "text"))
    check_type("window", window, int, "a whole number of tokens, such as 3")
    if window < 2:
        raise ArgumentError(f"window={window}: a window must hold at least 2 tokens (a pair).")
    check_type("min_count", min_count, int, "a whole number, such as 2")
    check_choice("sort_by", sort_by, ["logdice", "mi", "t", "ll", "count"])
    check_token_options(token_options, function="collocations",
                        own=("node", "window", "min_count", "stopwords_removed", "top", "sort_by",
                             "within_sentences"))
    token_options = {"numbers": "drop", **token_options, "lowercase": True}
    check_type("within_sentences", within_sentences, bool, "True or False")
    finder = _new_finder(_corpus_counts(corpus, window, stopwords_removed, within_sentences,
                                        token_options), window)
    finder.apply_freq_filter(min_count)
    if node is not None:
        folded = node.casefold()
        finder.apply_ngram_filter(lambda w1, w2: folded not in (w1, w2))
    measures = BigramAssocMeasures()
    scores = {name: dict(finder.score_ngrams(fn)) for name, fn in
              (("mi", measures.pmi), ("t", measures.student_t), ("ll", measures.likelihood_ratio))}
    rows = []
    for (first, second), count in finder.ngram_fd.items():
        rows.append({"word_1": first, "word_2": second, "count": count,
                     "mi": scores["mi"][first, second], "t": scores["t"][first, second],
                     "ll": scores["ll"][first, second],
                     "logdice": _log_dice(count, finder.word_fd[first], finder.word_fd[second])})
    table = pd.DataFrame(rows, columns=["word_1", "word_2", "count", "mi", "t", "ll", "logdice"])
    # Numbers also when no pair is left (a small corpus, a high min_count): an empty table's
    # columns would else hold text, and .nlargest(1, "count") or a plot of it fails.
    table = table.astype({"count": "int64", "mi": "float64", "t": "float64", "ll": "float64",
                          "logdice": "float64"})
    table = table.sort_values([sort_by, "count", "word_1", "word_2"],
                              ascending=[False, False, True, True], kind="stable")
    table = table.reset_index(drop=True)
    return table if top is None else table.head(top)
