"""Frame lexicons: counting the words of a frame, and tracing every hit to its sentence.

A frame, in Entman's (1993) words, selects some aspects of a perceived reality and makes them
salient in a text, to promote a problem definition, a causal interpretation, a moral evaluation
and/or a treatment recommendation. A *dictionary* approach counts words that signal a frame.
It is fast and repeatable, and it is crude: "oorlog" in a quote from Lavrov is not the outlet's
choice, and "geen oorlog" counts as "oorlog". So a lexicon count is a lead to check by reading:
:func:`frame_hits` gives the sentence of every hit.

The lexicon is an editable table per language (``data/frame_lexicon_nl.csv`` and
``data/frame_lexicon_da.csv``), Dutch and Danish
mapped to shared English concept labels ("war", "troops", "talks"), for the five generic frames
of Semetko & Valkenburg (2000) — responsibility, human interest, conflict, morality, economic
consequences — plus security and defence and diplomacy, which dominate diplomacy news (Boydstun
et al. 2014). A term is a word ("oorlog"), a word start with ``*`` ("dreig*" for dreigende,
dreigingen, dreigementen), or words in sequence ("goede wil"). Matching ignores case.

The kit has a lexicon for Dutch and Danish only. An article in another language (English 'en',
German 'de', ...) gets no frame hits and a frame score of NaN, with a
:class:`~framelab.errors.MissingResourceWarning` that says so; add rows with that language to
a copy of :func:`frame_lexicon` and pass it as ``lexicon=`` to count its frames.

>>> from framelab import load_corpus
>>> scores = frame_scores(load_corpus(quiet=True))
>>> scores.loc["003"].sort_values(ascending=False).index[0]
'diplomacy'
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from itertools import compress, islice
from pathlib import Path

import pandas as pd

from .errors import (
    ArgumentError,
    MissingResourceWarning,
    missing_resource_message,
    uncovered_articles,
)
from .sentences import split_sentences
from .tokens import _sentences_change_tokens, _tokenizer, check_corpus_table, tokenize

__all__ = ["FRAMES", "frame_hits", "frame_lexicon", "frame_scores", "read_lexicon"]

FRAMES = ("conflict", "responsibility", "human interest", "morality", "economic consequences",
          "security and defence", "diplomacy")
LEXICON_COLUMNS = ("frame", "concept", "language", "term", "note")
HIT_COLUMNS = ("article", "language", "frame", "concept", "term", "word", "sentence_number",
               "sentence")


#: The languages with a bundled lexicon, one CSV file each (data/frame_lexicon_<language>.csv).
LEXICON_LANGUAGES = ("nl", "da")


@lru_cache(maxsize=1)
def _bundled() -> pd.DataFrame:
    parts = []
    for language in LEXICON_LANGUAGES:
        name = f"frame_lexicon_{language}.csv"
        with files("framelab").joinpath("data", name).open(encoding="utf-8") as f:
            parts.append(_validate(pd.read_csv(f, dtype=str, keep_default_na=False), name))
    return pd.concat(parts, ignore_index=True)


def _validate(table: pd.DataFrame, source: str) -> pd.DataFrame:
    missing = [c for c in ("frame", "concept", "language", "term") if c not in table.columns]
    if missing:
        raise ArgumentError(f"The frame lexicon {source} lacks the column(s) "
                            f"{', '.join(missing)}; it needs frame, concept, language and term.")
    table = table.fillna("").astype(str)
    table["language"] = table["language"].str.strip().str.lower()  # "NL" means "nl"
    if "note" not in table.columns:
        table["note"] = ""
    empty = table[table["term"].str.strip() == ""]
    if not empty.empty:
        raise ArgumentError(f"The frame lexicon {source} has an empty term in row "
                            f"{empty.index[0] + 2}; give every row a word.")
    return table.loc[:, list(LEXICON_COLUMNS)].reset_index(drop=True)


def frame_lexicon(language: str | None = None) -> pd.DataFrame:
    """The kit's frame lexicon (a copy you may edit), for one language or all.

    >>> lexicon = frame_lexicon("da")
    >>> lexicon[lexicon["concept"] == "war"]["term"].tolist()
    ['krig']
    """
    table = _bundled()
    if language is not None:
        table = table[table["language"] == language]
    return table.reset_index(drop=True).copy()


def read_lexicon(path: str | Path) -> pd.DataFrame:
    """Read your own frame lexicon from a CSV file with the columns of :func:`frame_lexicon`."""
    p = Path(path)
    if not p.is_file():
        raise ArgumentError(f"path={str(p)!r}: there is no lexicon file there. Start from "
                            "framelab.frame_lexicon().to_csv(path, index=False).")
    return _validate(pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8-sig"),
                     p.name)


_SEEN_LIMIT = 1_000_000  # tokens remembered per language and lexicon (bounded memory)
_LexiconKey = tuple[tuple[str, str, str, str], ...]


def _lexicon_key(table: pd.DataFrame) -> _LexiconKey:
    """A hashable copy of a (validated) lexicon: (frame, concept, language, term) per row."""
    return tuple(zip(table["frame"], table["concept"], table["language"], table["term"],
                     strict=True))


@dataclass(frozen=True)
class _Term:
    """One lexicon row, ready to match: per word of the term (stem, is it a word start?)."""

    order: int  # the row's place in the lexicon: the first matching term of a frame wins
    frame: str
    concept: str
    term: str
    words: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class _Index:
    """A language's terms by their first word: exact words in a dict, word starts by length."""

    exact: dict[str, tuple[_Term, ...]]
    starts: dict[int, dict[str, tuple[_Term, ...]]]  # length of the stem -> stem -> terms
    # token -> the terms whose first word it matches: most tokens recur, so look up once each
    seen: dict[str, tuple[_Term, ...]] = field(default_factory=dict, compare=False)
    # the same by the token as written ("NAVO", "Navo"), not casefolded (see _sentence_hits)
    written: dict[str, tuple[_Term, ...]] = field(default_factory=dict, compare=False)

    def first_word(self, token: str) -> tuple[_Term, ...]:
        """The terms whose first word matches ``token``, in lexicon order."""
        found = self.seen.get(token)
        if found is None:
            candidates = list(self.exact.get(token, ()))
            for length, by_stem in self.starts.items():
                if length > len(token):
                    break
                candidates += by_stem.get(token[:length], ())
            found = tuple(sorted(candidates, key=lambda entry: entry.order))
            if len(self.seen) < _SEEN_LIMIT:
                self.seen[token] = found
        return found


@lru_cache(maxsize=32)
def _index(key: _LexiconKey, language: str) -> _Index:
    """Index the terms of ``language``, once per lexicon (the same matches as a fullmatch of
    ``re.escape(stem) + r"\\S*"`` per word: tokens hold no spaces, so a word start is a
    ``startswith`` and a plain word an equality)."""
    exact: dict[str, list[_Term]] = {}
    starts: dict[int, dict[str, list[_Term]]] = {}
    for order, (frame, concept, lang, term) in enumerate(key):
        if lang != language:
            continue
        words = tuple((word.rstrip("*"), word.endswith("*")) for word in term.casefold().split())
        if not words:
            continue
        entry = _Term(order, frame, concept, term, words)
        stem, is_start = words[0]
        if is_start:
            starts.setdefault(len(stem), {}).setdefault(stem, []).append(entry)
        else:
            exact.setdefault(stem, []).append(entry)
    return _Index({w: tuple(t) for w, t in exact.items()},
                  {n: {w: tuple(t) for w, t in by.items()} for n, by in sorted(starts.items())})


def _sentence_hits(tokens: list[str], index: _Index) -> list[tuple[int, _Term]]:
    """(position, term) of every hit in one sentence's tokens, compared casefolded: per position
    and frame, the first term of the lexicon that matches there, ordered by position and frame.

    The tokens come as written: each different token is casefolded and looked up once (most
    recur), and a term's later words are casefolded only where its first word matched. Every
    token's terms are looked up at once (in C: a map over the tokens) and only the positions
    where a term starts are visited: most tokens start none, and a loop over them all in
    Python cost more than the rest (``tests/test_speed_paths.py`` compares with the lexicon's
    own definition).
    """
    found: list[tuple[int, _Term]] = []
    size = len(tokens)
    written, first_word = index.written, index.first_word
    try:
        terms = list(map(written.__getitem__, tokens))
    except KeyError:  # tokens not seen before: each looked up once
        for token in set(tokens).difference(written):
            candidates = first_word(token.casefold())
            if len(written) < _SEEN_LIMIT:
                written[token] = candidates
        terms = [written[token] if token in written else first_word(token.casefold())
                 for token in tokens]
    for i in compress(range(size), terms):
        candidates = terms[i]
        if len(candidates) == 1 and len(candidates[0].words) == 1:  # most: one word, one term
            found.append((i, candidates[0]))
            continue
        best: dict[str, _Term] = {}
        for entry in candidates:
            words = entry.words
            if i + len(words) > size:
                continue
            if len(words) == 1 or all((tokens[i + k].casefold().startswith(stem) if is_start
                                       else tokens[i + k].casefold() == stem)
                                      for k, (stem, is_start) in enumerate(words) if k):
                if entry.frame not in best or entry.order < best[entry.frame].order:
                    best[entry.frame] = entry
        found += [(i, best[frame]) for frame in sorted(best)]
    return found


# What may end a sentence (framelab.split_sentences): a stop, ? ! …, or a line break.
_SENTENCE_MARK = re.compile("[.?!…\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _hits_at_once(text: str, words: list[str], index: _Index, language: str
                  ) -> list[tuple[int, _Term]] | None:
    """The hits of a whole text, given its tokens ``words`` (``tokenize(text, language)``), as
    :func:`_sentence_hits` finds them sentence by sentence; None where only the sentences can
    tell: a term of several words with a mark between its words that may end a sentence.

    Why: splitting sentences costs more than the rest of counting. The caller checks first that
    the sentences cannot change the tokens (framelab.tokens._sentences_change_tokens). The
    first word of a term is a letter, so a sentence that starts inside a term needs such a mark
    between the term's first word and its last word's start.
    """
    found = _sentence_hits(words, index)
    longer = [(i, len(entry.words)) for i, entry in found if len(entry.words) > 1]
    if longer:
        pattern = _tokenizer(language, False, "keep", "keep", False)._compiled
        starts = _token_starts(text, words, max(i + n - 1 for i, n in longer), pattern)
        if any(_SENTENCE_MARK.search(text, starts[i], starts[i + n - 1]) for i, n in longer):
            return None
    return found


def _token_starts(text: str, words: list[str], last: int, pattern: re.Pattern[str]
                  ) -> list[int]:
    """Where each of ``words[:last + 1]`` starts in ``text`` (``words`` are the matches of the
    tokenizer's ``pattern`` in ``text``): ``[m.start() for m in pattern.finditer(text)]``.

    Why: that runs the pattern at every character; this looks each token up with ``str.find``
    after the one before and runs the pattern once, where it is found. That is the token's
    start: the pattern matches the token there, and the next match cannot start before the
    first place the token's text occurs. Where the pattern does not match there (never seen),
    the pattern's own scan decides.
    """
    starts: list[int] = []
    position = 0
    for word in islice(words, last + 1):
        start = text.find(word, position)
        match = pattern.match(text, start) if start >= 0 else None
        if match is None or match.end() != start + len(word):
            return [m.start() for m in islice(pattern.finditer(text), last + 1)]
        starts.append(start)
        position = match.end()
    return starts


def _counts(corpus: pd.DataFrame, key: _LexiconKey, covered: set[str]
            ) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Hits per article and frame, and each article's tokens; the text at once where that gives
    the sentences' hits (see :func:`_hits_at_once`; ``tests/test_frames.py`` compares)."""
    counts: dict[str, dict[str, int]] = {}
    sizes: dict[str, int] = {}
    for article in corpus.itertuples(index=False):
        text, language = article.text, article.language
        words = tokenize(text, language)
        sizes[article.id] = len(words)
        if language not in covered:
            continue
        index = _index(key, language)
        found = (None if _sentences_change_tokens(text, language)
                 else _hits_at_once(text, words, index, language))
        if found is None:
            found = [hit for sentence in split_sentences(text, language)
                     for hit in _sentence_hits(tokenize(sentence, language), index)]
        into = counts.setdefault(article.id, {})
        for _, entry in found:
            into[entry.frame] = into.get(entry.frame, 0) + 1
    return counts, sizes


def _hits(corpus: pd.DataFrame, lexicon: pd.DataFrame | None
          ) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """The hits, and the articles (by language) the lexicon has no terms for."""
    _need(corpus)
    key = _lexicon_key(_bundled() if lexicon is None else
                       _validate(lexicon, "the lexicon you passed"))
    covered = {language for _, _, language, _ in key}
    missing = uncovered_articles(corpus, covered)
    rows = []
    for article in corpus.itertuples(index=False):
        if article.language not in covered:
            continue
        index = _index(key, article.language)
        for number, sentence in enumerate(split_sentences(article.text, article.language), 1):
            words = tokenize(sentence, article.language)
            for i, entry in _sentence_hits(words, index):
                rows.append({"article": article.id, "language": article.language,
                             "frame": entry.frame, "concept": entry.concept,
                             "term": entry.term, "word": " ".join(words[i:i + len(entry.words)]),
                             "sentence_number": number, "sentence": sentence,
                             "_position": i})
    hits = pd.DataFrame(rows, columns=[*HIT_COLUMNS, "_position"])
    hits = hits.sort_values(["article", "sentence_number", "_position", "frame"], kind="stable")
    return hits.drop(columns="_position").reset_index(drop=True), missing


def _missing_lexicon(missing: dict[str, list[str]], effect: str) -> str:
    return missing_resource_message(
        missing, "frame lexicon", effect,
        "Add rows with language {codes} to a copy of framelab.frame_lexicon() and pass it as "
        "lexicon=your_table.")


def frame_hits(corpus: pd.DataFrame, *, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every lexicon hit in every article, with the sentence it stands in.

    A word counts once per frame, even when two terms of that frame match it. An article in a
    language the lexicon has no terms for has no hits; a
    :class:`~framelab.errors.MissingResourceWarning` names it.

    Returns:
        Columns article, language, frame, concept, term, word (as written), sentence_number
        (1 = the article's first sentence) and sentence.

    >>> from framelab import load_corpus
    >>> hits = frame_hits(load_corpus(quiet=True))
    >>> hits[(hits["article"] == "000") & (hits["concept"] == "invasion")]["word"].tolist()
    ['invasie', 'invasie', 'inval']
    """
    hits, missing = _hits(corpus, lexicon)
    if missing:
        warnings.warn(_missing_lexicon(missing, "{they} {have} no frame hits"),
                      MissingResourceWarning, stacklevel=2)
    return hits


def frame_scores(corpus: pd.DataFrame, *, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """Frame hits per 1,000 words, one row per article and one column per frame of the
    lexicon (0 for a frame no article has a hit of).

    The denominator is the article's number of word tokens (:func:`framelab.tokenize`, no
    punctuation), so articles of different lengths can be compared. An article in a language
    the lexicon has no terms for gets NaN in every column, not 0: nothing was counted (a
    :class:`~framelab.errors.MissingResourceWarning` names it).

    >>> import pandas as pd
    >>> english = pd.DataFrame({"id": ["e1"], "language": ["en"], "text": ["War. Talks."]})
    >>> lexicon = pd.DataFrame([{"frame": "conflict", "concept": "war", "language": "en",
    ...                          "term": "war"}])
    >>> frame_scores(english, lexicon=lexicon)
             conflict
    article
    e1          500.0
    """
    _need(corpus)
    key = _lexicon_key(_bundled() if lexicon is None else
                       _validate(lexicon, "the lexicon you passed"))
    covered = {language for _, _, language, _ in key}
    missing = uncovered_articles(corpus, covered)
    if missing:
        warnings.warn(_missing_lexicon(missing, "{their} frame scores are NaN (nothing was counted)"),
                      MissingResourceWarning, stacklevel=2)
    skipped = {article for ids in missing.values() for article in ids}
    found, all_sizes = _counts(corpus, key, covered)
    sizes = {article: size for article, size in all_sizes.items() if str(article) not in skipped}
    # (what hits.groupby(["article", "frame"]).size().unstack(fill_value=0) gives on frame_hits)
    counts = pd.DataFrame.from_dict(
        {article: by_frame for article, by_frame in found.items() if by_frame}, orient="index")
    counts = counts.reindex(columns=sorted(counts.columns)).fillna(0).astype("int64")
    # Every frame of the lexicon is a column, also one with no hit in any article (0 there):
    # code written for one corpus (scores["morality"]) runs on another.
    named = set(counts.columns) | {frame for frame, *_ in key}
    frames = [f for f in FRAMES if f in named] + sorted(named - set(FRAMES))
    counts = counts.reindex(index=list(corpus["id"]), columns=frames, fill_value=0)
    scores = counts.div(pd.Series(sizes, dtype=float), axis=0) * 1000
    if skipped:
        scores.loc[[str(i) in skipped for i in scores.index]] = float("nan")
    scores.index.name, scores.columns.name = "article", None
    return scores.round(2)


def _need(corpus: object) -> None:
    check_corpus_table(corpus, ("id", "language", "text"))
