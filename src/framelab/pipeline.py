"""The whole analysis of a large corpus folder, streamed in chunks over the machine's cores.

:func:`framelab.load_corpus` holds every text of a corpus in one table, which is right for a
lesson and wrong for 100,000 articles. :func:`analyse_folder` reads the same kind of folder (.txt
files and an optional ``metadata.csv``) a chunk of files at a time, in worker processes, and
keeps only small totals: per chunk, each worker reads and decodes, cleans, tokenises and counts,
finds the frame hits and the quotations, and sends back counts and one short row per article;
the parent adds them up. Memory stays bounded by the chunk size and the vocabulary, not by the
number of articles.

Every number is the one the kit's single-corpus functions give on the same folder:
``counts`` equals :func:`framelab.frequencies` by language, the frame columns equal
:func:`framelab.frame_scores`, ``sides`` and ``speakers`` sum :func:`framelab.who_speaks` over
the articles, and ``keyness`` equals :func:`framelab.keyness` by period within each language
(one block of rows per language, never Dutch and Danish pooled: lesson 06's language confound).

>>> from framelab import bundled_corpus_folder
>>> results = analyse_folder(bundled_corpus_folder(), workers=1, progress=False,
...                          event_date="2022-02-24")
>>> results.totals
{'da': 426, 'nl': 1632}
>>> results.articles[["id", "language", "period", "tokens", "quotes"]].to_string(index=False)
' id language period  tokens  quotes\\n000       nl before     327       2\\n001       nl  after     583       7\\n002       nl before     314       5\\n003       da before     426       9\\n004       nl  after     408      13'
>>> results.keyness[["language", "word", "count_target", "count_reference"]].head(2).values.tolist()
[['nl', 'oekraïense', 9, 0], ['nl', 'oorlog', 8, 0]]
>>> results.notes  # the one Danish article is before the date: nothing to compare it with
["Keyness: no rows for Danish ('da'): its articles are 1 before and 0 after 2022-02-24, and the keyness compares after with before within each language, never across languages."]

The same chunks can run on a Dask cluster instead of this machine's cores (``pip install
"framelab[scale]"``): pass its client, or any ``concurrent.futures.Executor``, as ``executor=``.
The analysis code and the numbers stay the same; only where the chunks run changes.

>>> from dask.distributed import Client  # doctest: +SKIP
>>> client = Client("tcp://scheduler-address:8786")  # doctest: +SKIP
>>> results = analyse_folder("my_corpus", executor=client, event_date="2022-02-24")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from .cleaning import _clean, _prepare
from .corpus import UNKNOWN, _resolve, _text_folder, guess_language, read_metadata
from .errors import ArgumentError, CorpusError, check_type
from .frames import (
    FRAMES,
    _bundled,
    _hits_at_once,
    _index,
    _lexicon_key,
    _sentence_hits,
    _validate,
)
from .keywords import _event_day, _period, keyness_table
from .languages import language_name
from .reading import decode_bytes, read_article_bytes
from .sentences import LANGUAGES, split_sentences
from .sourcing import _quote_rows, _rules, _verb_key
from .tokens import _lowered_tokens, _sentences_change_tokens, _tokenizer

__all__ = ["Results", "analyse_folder"]

#: The steps whose time :attr:`Results.timings` reports, in CPU seconds (summed over the workers).
STEPS = ("read+clean", "tokenise+count", "frames", "quotes", "merge+keyness")
# The steps are timed in CPU seconds of the thread that runs them, not on the clock: on a
# machine that other programs share, a worker that waits for a core would count that wait.
_cpu = time.thread_time
ARTICLE_COLUMNS = ("id", "file", "language", "date", "period", "tokens", "words")


@dataclass(repr=False)
class Results:
    """What :func:`analyse_folder` found, as small tables and counters.

    ``print(results)`` (or a notebook cell that ends with ``results``) gives a short summary;
    the numbers are in the attributes.

    Attributes:
        counts: Lowercased token counts per language (what ``frequencies(corpus,
            by="language")`` counts), as ``collections.Counter``.
        articles: One row per counted article: id, file, language, date, period, tokens
            (tokens as ``frequencies`` counts them), words (the frame scores' denominator), one
            column per frame (hits per 1,000 words, as :func:`framelab.frame_scores`: NaN for an
            article in a language the lexicon has no terms for), quotes and quoted_words.
        speakers: Quotations per speaker over the whole corpus: speaker, side, quotes, words
            (quoted words) and full (full quotes, not fragments); most quoted words first.
        sides: The same per side (Russia, Ukraine, West, ...).
        period_counts: Lowercased token counts per period, all languages together (with
            ``event_date``).
        period_sizes: Tokens per period, all languages together.
        keyness: Keyness of "after" against "before" *within each language* (with
            ``event_date``): the columns of :func:`framelab.keyness_table` with a
            ``language`` column first, one block of rows per language, each block equal to
            ``keyness(corpus[corpus["language"] == language], by="period", target="after",
            reference="before")``. Languages are never pooled: a mix of Dutch and Danish
            articles that changes between the periods would make the other language's
            function words "key" (the language confound of lesson 06). A language with
            articles in one period only has no rows (:attr:`notes` says so); None when no
            language has articles in both periods, or without ``event_date``.
        notes: Files skipped or articles not counted, and why; and each language that has no
            rows in ``keyness``, and why.
        timings: CPU seconds per step (:data:`STEPS`, summed over the workers) and "wall"
            (the whole run, on the clock).
        period_counts_by_language: language -> period -> lowercased token counts: what the
            keyness compares (``keyness_table`` of two of them, with other ``min_count``).
        period_sizes_by_language: language -> period -> tokens.
    """

    counts: dict[str, Counter[str]]
    articles: pd.DataFrame
    speakers: pd.DataFrame
    sides: pd.DataFrame
    period_counts: dict[str, Counter[str]] = field(default_factory=dict)
    period_sizes: dict[str, int] = field(default_factory=dict)
    keyness: pd.DataFrame | None = None
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    period_counts_by_language: dict[str, dict[str, Counter[str]]] = field(default_factory=dict)
    period_sizes_by_language: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def totals(self) -> dict[str, int]:
        """Tokens per language (the ``attrs["totals"]`` of ``frequencies(by="language")``)."""
        return {language: sum(counts.values()) for language, counts in sorted(self.counts.items())}

    def __repr__(self) -> str:
        """A few lines: what was counted and where to look, not every count.

        >>> from collections import Counter
        >>> table = pd.DataFrame({"language": ["nl", "nl", "da"]})
        >>> print(Results(counts={"nl": Counter(de=5), "da": Counter(og=2)}, articles=table,
        ...               speakers=pd.DataFrame(), sides=pd.DataFrame(), notes=["x.txt ..."]))
        Results of framelab.analyse_folder: 3 articles, 7 tokens
          per language: da 1 article, 2 tokens; nl 2 articles, 5 tokens
        Look at:
          results.articles   one row per article: tokens, frame scores, quotes
          results.sides      quotations per side; results.speakers: per speaker
          results.counts     token counts per language; results.totals: tokens per language
          results.notes      1 note: what was left out, and why
          results.timings    seconds per step
        """
        articles = self.articles
        per_language = (articles["language"].value_counts().to_dict()
                        if "language" in articles.columns else {})
        totals = self.totals
        parts = [f"{language} {_plural(per_language.get(language, 0), 'article')}, "
                 f"{_plural(totals.get(language, 0), 'token')}"
                 for language in sorted(set(per_language) | set(totals))]
        lines = [f"Results of framelab.analyse_folder: {_plural(len(articles), 'article')}, "
                 f"{_plural(sum(totals.values()), 'token')}",
                 "  per language: " + "; ".join(parts)]
        if "period" in articles.columns:
            periods = articles["period"].value_counts()
            lines.append("  per period: " + ", ".join(
                f"{period} {_plural(int(periods[period]), 'article')}"
                for period in sorted(periods.index)))
        look = [("articles", "one row per article: tokens, frame scores, quotes"),
                ("sides", "quotations per side; results.speakers: per speaker")]
        if self.keyness is not None:
            keyed = self.keyness.groupby("language", sort=True).size()
            look.append(("keyness", "after against before, per language (" + ", ".join(
                f"{language} {_plural(int(n), 'word')}" for language, n in keyed.items()) + ")"))
        look += [("counts", "token counts per language; results.totals: tokens per language"),
                 ("notes", f"{_plural(len(self.notes), 'note')}: what was left out, and why"
                  if self.notes else "none: nothing was left out"),
                 ("timings", "seconds per step")]
        lines.append("Look at:")
        lines += [f"  results.{name:<10} {what}" for name, what in look]
        return "\n".join(lines)


def _plural(n: int, word: str) -> str:
    """``2 articles``, ``1 article``, ``2,058 tokens``."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


class _Progress:
    """One progress line on stderr, rewritten in place with a carriage return.

    The kit has no progress-bar dependency (tqdm is not one of its packages) and a progress
    line does not justify adding one, so this prints its own. It shows nothing for a step that
    ends within ``delay`` seconds, and nothing at all when disabled (tests, notebooks that must
    give the same output on every run). Once ``settle`` updates (chunks) are done, it adds the
    time left, at the pace so far:
    ``Analysing articles: 5,250/10,000 (52%), 14 s, about 13 s left``.
    """

    def __init__(self, label: str, total: int, *, enabled: bool, delay: float = 2.0,
                 stream: TextIO | None = None, settle: int = 3) -> None:
        self.label, self.total, self.enabled, self.delay = label, total, enabled, delay
        self.stream = stream or sys.stderr
        self.start, self.last = time.perf_counter(), float("-inf")
        self.shown, self.shown_done = False, -1
        self.settle, self.updates = settle, 0
        # the longest line written, so that a shorter one (the estimate gone at the end)
        # covers all of it
        self.width = 0

    def update(self, done: int, *, now: float | None = None) -> None:
        if not self.enabled:
            return
        self.updates += 1
        now = time.perf_counter() if now is None else now
        if now - self.start < self.delay or (now - self.last < 0.2 and done < self.total):
            return
        self.last, self.shown, self.shown_done = now, True, done
        line = self.line(done, now - self.start)
        self.width = max(self.width, len(line))
        self.stream.write(f"\r{line:<{self.width}}")
        self.stream.flush()

    def line(self, done: int, elapsed: float) -> str:
        """The text of the line after ``elapsed`` seconds with ``done`` of the total done.

        >>> bar = _Progress("Analysing articles", 10_000, enabled=True)
        >>> bar.updates = 21
        >>> bar.line(5_250, 14.2)
        'Analysing articles: 5,250/10,000 (52%), 14 s, about 13 s left'
        >>> bar.line(9_900, 27.0)
        'Analysing articles: 9,900/10,000 (99%), 27 s, almost done'
        >>> bar.line(10_000, 27.0)
        'Analysing articles: 10,000/10,000 (100%), 27 s'
        """
        share = done / self.total if self.total else 1.0
        text = f"{self.label}: {done:,}/{self.total:,} ({share:.0%}), {_duration(elapsed)}"
        if self.updates >= self.settle and 0 < done < self.total:
            left = elapsed * (self.total - done) / done
            text += f", about {_duration(left)} left" if left >= 0.5 else ", almost done"
        return text

    def close(self) -> None:
        if self.shown:
            if self.shown_done != self.total:  # (not the last line again, where it is shown)
                self.update(self.total)
            self.stream.write("\n")
            self.stream.flush()


def _duration(seconds: float) -> str:
    """Seconds up to 99, then minutes, then hours and minutes.

    >>> _duration(13.4), _duration(150), _duration(7_500)
    ('13 s', '2.5 min', '2 h 5 min')
    """
    if seconds < 99.5:
        return f"{seconds:.0f} s"
    if seconds < 3_570:
        minutes = seconds / 60
        return f"{minutes:.1f} min" if minutes < 9.95 else f"{minutes:.0f} min"
    hours, minutes = divmod(round(seconds / 60), 60)
    return f"{hours} h {minutes} min"


def _txt_names(folder: Path) -> list[str]:
    """The .txt files of ``folder``, in load_corpus's order (case ignored, then exact)."""
    # Every entry named .txt, also a pipe, a link or a folder of that name: reading it
    # (read_article_bytes) says why it is skipped, instead of leaving it out without a word.
    with os.scandir(folder) as entries:
        names = [e.name for e in entries if not e.name.startswith(".")
                 and e.name.lower().endswith(".txt")]
    return sorted(names, key=lambda name: (name.casefold(), name))


@dataclass
class _Totals:
    """What a chunk of articles adds up to. A worker fills one per chunk; the parent adds them."""

    times: dict[str, float]
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    # per (language, period): the keyness compares the periods within each language
    period_counts: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    period_sizes: Counter[tuple[str, str]] = field(default_factory=Counter)
    speakers: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    # Frame hits per article; None for an article whose language the lexicon has no terms for
    frame_rows: list[dict[str, int] | None] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    keys: list[bytes] = field(default_factory=list)
    # (language, "frames" or "quotes") -> articles for which that language has no resource
    skipped: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, other: _Totals, *, sign: int = 1) -> None:
        """Add ``other``'s counts (``sign=-1``: take them out again; rows stay as they are)."""
        for language, counter in other.counts.items():
            _add(self.counts.setdefault(language, Counter()), counter, sign)
        for group, counter in other.period_counts.items():
            _add(self.period_counts.setdefault(group, Counter()), counter, sign)
        for group, n in other.period_sizes.items():
            self.period_sizes[group] += sign * n
        for what, n in other.skipped.items():
            self.skipped[what] += sign * n
        for who, values in other.speakers.items():
            entry = self.speakers.setdefault(who, [0, 0, 0])
            for i, value in enumerate(values):
                entry[i] += sign * value
        if sign > 0:
            for step, seconds in other.times.items():
                self.times[step] = self.times.get(step, 0.0) + seconds
            self.notes.extend(other.notes)
            self.rows.extend(other.rows)
            self.frame_rows.extend(other.frame_rows)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _read_files(folder: str, names: list[str]) -> dict[str, bytes | str]:
    """The bytes of each file, or why it could not be opened (to send them to the workers)."""
    found: dict[str, bytes | str] = {}
    base = Path(folder)
    for name in names:
        data, problem, _ = read_article_bytes(base / name, base)
        found[name] = data if data is not None else problem or ""
    return found


#: The period of each (date, event date) seen in this process: a date's period is worked out
#: with pandas (about 25 µs a date), and the chunks of one folder share most of their dates.
_PERIODS: dict[tuple[str, pd.Timestamp], str] = {}


def _single_spaced(text: str) -> str:
    """``" ".join(text.split())``: the text with each run of whitespace one space, without
    spaces at its ends (what tells two copies of an article apart), faster.

    Most texts hold no whitespace but spaces and line breaks: every other character that
    ``str.split`` splits at is not printable (a test checks every character), so once the line
    breaks are spaces such a text is printable, and halving its runs of spaces until no two
    stand in a row gives the same text as splitting and joining it, without a list of its
    words. ``tests/test_speed_paths.py`` compares.

    >>> _single_spaced(" Ny plan\\n\\nKommunen   vil\\tbruge ")
    'Ny plan Kommunen vil bruge'
    """
    spaced = text.replace("\n", " ")
    if not spaced.isprintable():  # a tab, a no-break space ...: the plain way
        return " ".join(text.split())
    while "  " in spaced:
        spaced = spaced.replace("  ", " ")
    return spaced.strip(" ")


def _period_of(date: str, day: pd.Timestamp) -> str:
    """keywords._period(date, day), or "unknown" for a date it cannot read; remembered."""
    key = (date, day)
    period = _PERIODS.get(key)
    if period is None:
        try:
            period = _period(date, day)
        except ValueError:
            period = UNKNOWN
        if len(_PERIODS) > 100_000:  # bounded: a folder with very many distinct dates
            _PERIODS.clear()
        _PERIODS[key] = period
    return period


def _analyse_chunk(task: tuple[Any, ...]) -> _Totals:
    """Analyse the files of one chunk (in a worker): small totals and one row per article.

    ``task`` is (folder, names, metadata, lexicon key, event date, contents): contents maps each
    name to its bytes (or why it could not be opened) when the parent sent them, else None and
    the worker reads the files from ``folder``.
    """
    folder, names, metadata, lexicon_key, event_date, contents = task
    day = _event_day(event_date, "event_date", _EVENT_EXAMPLE) if event_date else None
    part = _Totals(times=dict.fromkeys(STEPS[:-1], 0.0))
    times, counts, speakers, notes = part.times, part.counts, part.speakers, part.notes
    has_frames = {language for _, _, language, _ in lexicon_key}
    has_verbs = {language for *_, language in _verb_key()}
    seen: set[bytes] = set()
    periods: dict[str, str] = {}
    # Looked up once per chunk, not per article: each lookup hashes a whole table (lexicon,
    # verbs) to find it in its cache.
    indexes = {language: _index(lexicon_key, language) for language in has_frames}
    quote_rules: dict[str, Any] = {}
    cleaning_rules: dict[str, Any] = {}
    # Tokens per (language, period), counted once per article; added to the counts per
    # language and per period at the end of the chunk (the same sums, half the counting).
    grouped: dict[tuple[str, str], Counter[str]] = {}
    # (name, id, language, date, cleaned text, key) of each article to count
    cleaned: list[tuple[str, str, str, str, str, bytes]] = []
    base = Path(folder)  # made once, not twice per article
    for name in names:
        t0 = _cpu()
        if contents is None:
            found, problem, _ = read_article_bytes(base / name, base)
            data = found if found is not None else problem or ""
        else:
            data = contents[name]
        if isinstance(data, str):  # why it was not read (a pipe, a broken link, ...)
            notes.append(data)
            continue
        decoded = decode_bytes(data, name)
        if not decoded.usable:
            notes.append(decoded.problem or f"{name} could not be read; it was skipped.")
            continue
        raw = decoded.text or ""
        key = hashlib.blake2b(_single_spaced(raw).encode(), digest_size=16).digest()
        if key in seen:
            notes.append(f"{name} is an exact copy of an earlier file; only the first was counted.")
            continue
        seen.add(key)
        meta = metadata.get(name, {})
        article = meta.get("id", UNKNOWN)
        article = Path(name).stem if article == UNKNOWN else article
        language = meta.get("language", UNKNOWN)
        if language == UNKNOWN:
            language = guess_language(raw)
        prepared = cleaning_rules.get(language)
        if prepared is None:
            prepared = cleaning_rules[language] = _prepare(None, language)
        text, _, moved = _clean(raw, prepared, article)
        date = meta.get("date", UNKNOWN)
        if date == UNKNOWN:
            date = moved.get("date_prefix", UNKNOWN)
        times["read+clean"] += _cpu() - t0
        if language not in LANGUAGES:
            notes.append(f"{name}: language '{language}' has no rules in the kit (only "
                         f"{', '.join(map(repr, LANGUAGES))}); the article was not counted.")
            continue
        cleaned.append((name, article, language, date, text, key))
    # Each step runs over the whole chunk before the next one starts (read and clean every
    # article, then count them, then find their quotations), not article by article: a step's
    # code and tables stay in the processor's caches, and each step costs about a quarter less.
    # The results are the same, and so is the order in which they are added up.
    counted: list[tuple[str, int, int, dict[str, int] | None]] = []
    for _, _, language, date, text, _ in cleaned:
        t1 = _cpu()
        period = periods.get(date)
        if period is None:  # many articles share a date: work out each date's period once
            period = _period_of(date, day) if day is not None else UNKNOWN
            periods[date] = period
        index = indexes.get(language)
        if index is None:
            part.skipped[language, "frames"] += 1
        # tokenize(text, language) with its default options, without checking them per call
        tokenizer = _tokenizer(language, False, "keep", "keep", False)
        cut = tokenizer.tokenize
        by_language = counts.setdefault(language, Counter())
        hits: dict[str, int] = {}
        frame_time = 0.0
        # The whole text at once where splitting it into sentences cannot change its tokens
        # (as frequencies() does, see framelab.tokens._sentences_change_tokens); sentences are
        # split only where that could, or where the frames need them (see _whole_text).
        whole_text = _whole_text(text, language, tokenizer, index, hits)
        if whole_text is not None:
            all_lowered, size, frame_time = whole_text
            whole = all_lowered
        else:
            sentences = split_sentences(text, language)
            all_lowered = []
            size = 0
            for sentence in sentences:
                words = cut(sentence)
                # = tokenize(sentence, language, lowercase=True). Not always [w.lower() for w
                # in words]: the tokenizer is case-sensitive in places (Dutch "'s avonds" but
                # not "'S avonds"); _lowered_tokens knows where.
                lowered = _lowered_tokens(tokenizer, sentence, words)
                all_lowered += lowered
                size += len(words)
                if index is not None:
                    f0 = _cpu()
                    for _, entry in _sentence_hits(words, index):
                        hits[entry.frame] = hits.get(entry.frame, 0) + 1
                    frame_time += _cpu() - f0
            # frame_scores and keyness() cut the whole text, not sentence by sentence: here
            # (where sentences could change the tokens) that need not give the sentences'
            # tokens in a row, also where every boundary falls on whitespace (a Danish ordinal
            # "TV 2." before a lowercase word looks across the space), so cut it again.
            size = len(cut(text))
            whole = cut(text.lower())
            if whole == all_lowered:
                whole = all_lowered
        tokens = len(all_lowered)
        if day is None:
            by_language.update(all_lowered)
        elif whole is all_lowered:
            grouped.setdefault((language, period), Counter()).update(all_lowered)
        else:
            by_language.update(all_lowered)
            part.period_counts.setdefault((language, period), Counter()).update(whole)
        if day is not None:
            part.period_sizes[language, period] += len(whole)
        times["tokenise+count"] += _cpu() - t1 - frame_time
        times["frames"] += frame_time
        counted.append((period, tokens, size, hits if index is not None else None))
    for (name, article, language, date, text, key), (period, tokens, size, hits) in zip(
            cleaned, counted, strict=True):
        t2 = _cpu()
        quoted = quoted_words = 0
        if language not in has_verbs:
            part.skipped[language, "quotes"] += 1
        rules = quote_rules.get(language)
        if rules is None and language in has_verbs:
            rules = quote_rules[language] = _rules(language)
        for row in (_quote_rows(text, language, article, rules)
                    if language in has_verbs else ()):
            entry = speakers.setdefault((str(row["speaker"]), str(row["side"])), [0, 0, 0])
            entry[0] += 1
            entry[1] += int(row["words"])  # type: ignore[call-overload]
            entry[2] += row["kind"] == "full"
            quoted += 1
            quoted_words += int(row["words"])  # type: ignore[call-overload]
        times["quotes"] += _cpu() - t2
        part.keys.append(key)
        part.rows.append((article, name, language, date, period, tokens, size, quoted,
                          quoted_words))
        part.frame_rows.append(hits)
    for (language, period), counter in grouped.items():
        _add(counts.setdefault(language, Counter()), counter, 1)
        _add(part.period_counts.setdefault((language, period), Counter()), counter, 1)
    return part


def _whole_text(text: str, language: str, tokenizer: Any, index: Any, hits: dict[str, int]
                ) -> tuple[list[str], int, float] | None:
    """The lowercased tokens, their number and the frames' time, from the whole text at once;
    the frames' hits are added to ``hits``. None (nothing added) where sentences are needed:
    where they could change the tokens, or where a term of several words matched across a
    mark that may end a sentence (framelab.frames._hits_at_once)."""
    if _sentences_change_tokens(text, language, lowercase=True):
        return None
    words = tokenizer.tokenize(text)
    frame_time = 0.0
    if index is not None:
        f0 = _cpu()
        found = _hits_at_once(text, words, index, language)
        frame_time = _cpu() - f0
        if found is None:
            return None
        for _, entry in found:
            hits[entry.frame] = hits.get(entry.frame, 0) + 1
    return _lowered_tokens(tokenizer, text, words), len(words), frame_time


def _add(target: Counter[str], counter: Counter[str], sign: int) -> None:
    if sign > 0:
        target.update(counter)
    else:
        target.subtract(counter)


_INSTALL_DASK = ('pip install "framelab[scale]"' + " (or: pip install \"dask[distributed]\"), then "
                 "restart the kernel")


def _dask_executor(stack: ExitStack, workers: int | None) -> tuple[Executor, int]:
    """executor="dask": the Dask client already running in this session, or else a local
    cluster of ``workers`` processes (on 127.0.0.1 only, no dashboard), closed by ``stack``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ArgumentError("executor='dask' needs Dask's distributed package, which is not "
                            f"installed here. Install it with {_INSTALL_DASK}; or leave out "
                            "executor= to use this computer's cores.") from None
    try:
        client = Client.current()
    except ValueError:  # no client yet: start a cluster on this machine
        cluster = stack.enter_context(LocalCluster(
            n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None))
        client = stack.enter_context(Client(cluster))
    return _client_executor(client)


def _client_executor(client: Any) -> tuple[Executor, int]:
    """A Dask client's executor (tasks not hashed: pure=False) and its number of threads."""
    slots = sum(client.nthreads().values())
    return client.get_executor(pure=False), max(1, slots)


def _is_dask_client(executor: object) -> bool:
    kind = type(executor)
    return kind.__module__.startswith("distributed") and hasattr(executor, "get_executor")


def _frame_order(key: tuple[tuple[str, str, str, str], ...]) -> list[str]:
    frames = {frame for frame, *_ in key}
    return [f for f in FRAMES if f in frames] + sorted(frames - set(FRAMES))


#: How a right event date is written, for the messages about a wrong one.
_EVENT_EXAMPLE = "framelab.analyse_folder(folder, event_date='2022-02-24')"


def analyse_folder(
    folder: str | Path | None = None,
    *,
    workers: int | None = None,
    chunk_size: int = 250,
    progress: bool = True,
    event_date: str | None = None,
    lexicon: pd.DataFrame | None = None,
    executor: Executor | Any | str | None = None,
    send_texts: bool | None = None,
) -> Results:
    """Analyse every article of a corpus folder, streamed in chunks over worker processes.

    The chunks run on this computer's cores, or on a Dask cluster (``executor=``): the same
    function analyses each chunk and the same merge adds the chunks up, so the numbers are the
    same wherever the chunks run.

    Args:
        folder: A folder of .txt files (or with a ``raw/`` folder of them) and an optional
            ``metadata.csv``, as for :func:`framelab.load_corpus`; ``None``: the course's corpus.
        workers: Worker processes, from 1 (default ``None``: ``os.cpu_count()``; with a Dask
            client: its number of worker threads); 1 runs in this process.
        chunk_size: Files per chunk, from 1; at most ``2 * workers`` chunks are in flight at a
            time, which bounds memory.
        progress: Show a progress line (on stderr) when the run takes more than two seconds,
            with an estimate of the time left once a few chunks are done.
        event_date: A date such as ``"2022-02-24"``: label each article before/after it
            (:func:`framelab.periods`) and compute the keyness of after against before within
            each language (``results.keyness``, with a ``language`` column; as
            :func:`framelab.keyness` on each language's articles alone, so that Dutch and
            Danish are never pooled).
        lexicon: A frame lexicon (default: :func:`framelab.frame_lexicon`).
        executor: Where the chunks run. ``None``: this computer's cores (``workers``). A Dask
            ``Client`` (``dask.distributed.Client(...)``), or any ``concurrent.futures.Executor``
            such as ``client.get_executor()``: on its workers, which need framelab installed
            (the same version). ``"dask"``: on the Dask client already running in this session,
            or else on a local Dask cluster of ``workers`` processes, started and closed here.
            Dask is optional: ``pip install "framelab[scale]"``.
        send_texts: ``True``: this process reads each chunk's files and sends their bytes with
            the chunk, so the workers need not see ``folder`` (workers on other machines).
            ``False``: each worker opens the files itself, which is faster but needs ``folder``
            at the same path on every worker (this computer, or a shared file system).
            Default: ``True`` when you pass a client or an executor, else ``False``.

    Returns:
        A :class:`Results`: ``print(results)`` summarises it in a few lines; the tables are
        its attributes (``results.articles``, ``results.sides``, ``results.keyness``, ...).

    Raises:
        CorpusError: When the folder does not exist or holds no usable text.
        ArgumentError: When ``workers`` or ``chunk_size`` is less than 1, or ``executor`` is
            not one of the above, or is ``"dask"`` without Dask installed.
    """
    check_type("progress", progress, bool, "True or False")
    if event_date is not None:  # a clear error before any work, not one per worker
        event_date = _event_day(event_date, "event_date", _EVENT_EXAMPLE).strftime("%Y-%m-%d")
    if workers is not None:
        check_type("workers", workers, int, "a whole number of processes, such as 2")
        if workers < 1:
            raise ArgumentError(
                f"workers={workers} cannot run anything: give a number of processes from 1 "
                "(workers=1 runs in this process, workers=2 uses two cores), or leave it out "
                "(workers=None, the default: one process per core).")
    check_type("chunk_size", chunk_size, int, "a whole number of files, such as 250")
    if chunk_size < 1:
        raise ArgumentError(f"chunk_size={chunk_size} is not a number of files: give a number "
                            "from 1, such as chunk_size=250 (the default).")
    if send_texts is not None:
        check_type("send_texts", send_texts, bool, "True, False or None")
    if not (executor is None or executor == "dask" or isinstance(executor, Executor)
            or _is_dask_client(executor)):
        raise ArgumentError(
            f"executor={executor!r:.80} is not something that can run the chunks. Pass None "
            "(this computer's cores), a Dask client (dask.distributed.Client(...)), a "
            "concurrent.futures.Executor such as client.get_executor(), or the text 'dask'.")
    with ExitStack() as stack:
        pool: Executor | None = None
        if executor == "dask":
            pool, slots = _dask_executor(stack, workers)
            send_texts = False if send_texts is None else send_texts  # the same machine
        elif _is_dask_client(executor):
            pool, slots = _client_executor(executor)
        elif isinstance(executor, Executor):
            pool, slots = executor, getattr(executor, "_max_workers", None) or os.cpu_count() or 1
        if pool is not None:
            workers = slots if workers is None else workers
            send_texts = True if send_texts is None else send_texts
        return _analyse(folder, workers=max(1, workers or os.cpu_count() or 1),
                        chunk_size=chunk_size, progress=progress,
                        event_date=event_date, lexicon=lexicon, pool=pool,
                        send_texts=bool(send_texts))


def _analyse(folder: str | Path | None, *, workers: int, chunk_size: int, progress: bool,
             event_date: str | None, lexicon: pd.DataFrame | None, pool: Executor | None,
             send_texts: bool) -> Results:
    """:func:`analyse_folder` once its arguments are checked and its executor is chosen
    (``pool``; None: a process pool of ``workers``, or this process when ``workers`` is 1)."""
    started = time.perf_counter()
    root = _resolve(folder)
    texts_folder, metadata_path = _text_folder(root)
    names = _txt_names(texts_folder)
    notes: list[str] = []
    metadata: dict[str, dict[str, str]] = {}
    if metadata_path is not None:
        table, metadata_notes = read_metadata(metadata_path)
        notes += [note.problem for note in metadata_notes]
        present = set(names)
        for record in table.to_dict("records"):
            if record["file"] in present:
                metadata[record["file"]] = {k: str(record.get(k) or UNKNOWN).strip()
                                            for k in ("id", "language", "date") if k in record}
                if "language" in metadata[record["file"]]:
                    metadata[record["file"]]["language"] = metadata[record["file"]][
                        "language"].lower()
    key = _lexicon_key(_bundled() if lexicon is None else
                       _validate(lexicon, "the lexicon you passed"))
    # Small folders get smaller chunks, so that every worker has work.
    size = max(1, min(chunk_size, -(-len(names) // (workers * 4))))
    tasks = ((str(texts_folder), chunk, {n: metadata[n] for n in chunk if n in metadata},
              key, event_date, _read_files(str(texts_folder), chunk) if send_texts else None)
             for chunk in _chunks(names, size))

    total = _Totals(times=dict.fromkeys(STEPS, 0.0), notes=notes)
    rows, frame_rows, timings = total.rows, total.frame_rows, total.times
    seen: set[bytes] = set()
    bar = _Progress("Analysing articles", len(names), enabled=progress)
    done = 0

    def merge(part: _Totals, *, sign: int = 1) -> None:
        m0 = _cpu()
        total.add(part, sign=sign)
        timings["merge+keyness"] += _cpu() - m0

    def take(part: _Totals, chunk_names: list[str]) -> None:
        nonlocal done
        # A file that repeats a file of an earlier chunk: take its counts out again.
        repeats = [i for i, k in enumerate(part.keys) if k in seen]
        seen.update(part.keys)
        merge(part)
        for i in reversed(repeats):
            article_row = rows.pop(len(rows) - len(part.rows) + i)
            frame_rows.pop(len(frame_rows) - len(part.frame_rows) + i)
            single = _analyse_chunk((str(texts_folder), [article_row[1]],
                                     {article_row[1]: metadata.get(article_row[1], {})},
                                     key, event_date, None))
            merge(single, sign=-1)
            notes.append(f"{article_row[1]} is an exact copy of an earlier file; only the first "
                         "was counted.")
        done += len(chunk_names)
        bar.update(done)

    if pool is None and workers == 1:
        for task in tasks:
            take(_analyse_chunk(task), task[1])
    else:
        with ExitStack() as stack:
            if pool is None:
                pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers))
            pending: deque[tuple[Future[_Totals], list[str]]] = deque()
            try:
                for task in tasks:
                    pending.append((pool.submit(_analyse_chunk, task), task[1]))
                    if len(pending) >= 2 * workers:  # bounded: results merge in file order
                        future, chunk_names = pending.popleft()
                        take(future.result(), chunk_names)
                while pending:
                    future, chunk_names = pending.popleft()
                    take(future.result(), chunk_names)
            finally:  # an error (or Ctrl+C): leave no chunk running on someone's cluster
                for future, _ in pending:
                    future.cancel()
    bar.close()
    for (language, what), n in sorted(total.skipped.items()):
        if n > 0:
            notes.append(f"{n:,} article(s) in language '{language}': the kit has no "
                         + ("frame lexicon terms for it, so their frame scores are NaN "
                            "(nothing was counted)."
                            if what == "frames" else
                            "reporting verbs for it, so their quotations were not looked for."))
    if not rows:
        raise CorpusError(f"No usable .txt file was found in {texts_folder}. Put your articles "
                          "there as plain text files (.txt, UTF-8), one article per file.")

    m0 = _cpu()
    counts = {language: +counter for language, counter in sorted(total.counts.items())}
    by_language = _by_language(total.period_counts, total.period_sizes)
    period_counts, period_sizes = _pooled(by_language)
    speakers = total.speakers
    articles = pd.DataFrame([row[:7] for row in rows], columns=list(ARTICLE_COLUMNS))
    frames = _frame_order(key)
    hits = pd.DataFrame([row or {} for row in frame_rows], columns=frames).fillna(0).astype("int64")
    # The same operations as frame_scores, so that the rounded scores are the same; NaN (not 0)
    # for an article whose language the lexicon has no terms for, as frame_scores: nothing was
    # counted.
    scores = hits.div(articles["words"], axis=0) * 1000
    scores.loc[[row is None for row in frame_rows]] = float("nan")
    scores = scores.round(2)
    articles = pd.concat([articles, scores], axis=1)
    articles["quotes"] = [row[7] for row in rows]
    articles["quoted_words"] = [row[8] for row in rows]
    if event_date is None:
        articles = articles.drop(columns="period")
    speaker_table = pd.DataFrame([(s, side, *v) for (s, side), v in speakers.items() if v[0]],
                                 columns=["speaker", "side", "quotes", "words", "full"])
    speaker_table = speaker_table.sort_values(["words", "speaker"], ascending=[False, True],
                                              kind="stable").reset_index(drop=True)
    side_table = (speaker_table.groupby("side", sort=False)[["quotes", "words", "full"]].sum()
                  .reset_index().sort_values(["words", "side"], ascending=[False, True],
                                             kind="stable").reset_index(drop=True))
    table = None
    if event_date is not None:
        table = _keyness_by_language(by_language)
        notes.extend(_keyness_notes(articles, event_date))
    timings["merge+keyness"] += _cpu() - m0
    timings["wall"] = time.perf_counter() - started
    return Results(counts=counts, articles=articles, speakers=speaker_table, sides=side_table,
                   period_counts=period_counts, period_sizes=period_sizes, keyness=table,
                   notes=notes, timings=timings,
                   period_counts_by_language={language: counters for language, (counters, _)
                                              in by_language.items()},
                   period_sizes_by_language={language: sizes for language, (_, sizes)
                                             in by_language.items()})


_Grouped = dict[str, tuple[dict[str, Counter[str]], dict[str, int]]]


def _by_language(period_counts: dict[tuple[str, str], Counter[str]],
                 period_sizes: Counter[tuple[str, str]]) -> _Grouped:
    """language -> (token counts per period, tokens per period), languages and periods sorted.

    >>> _by_language({("nl", "after"): Counter(a=2)}, Counter({("nl", "after"): 2}))
    {'nl': ({'after': Counter({'a': 2})}, {'after': 2})}
    """
    grouped: _Grouped = {}
    for language, period in sorted(set(period_counts) | set(period_sizes)):
        counters, sizes = grouped.setdefault(language, ({}, {}))
        counters[period] = +period_counts.get((language, period), Counter())
        sizes[period] = period_sizes.get((language, period), 0)
    return grouped


def _pooled(grouped: _Grouped) -> tuple[dict[str, Counter[str]], dict[str, int]]:
    """The counts and sizes per period over all languages together."""
    counts: dict[str, Counter[str]] = {}
    sizes: dict[str, int] = {}
    for counters, language_sizes in grouped.values():
        for period, counter in counters.items():
            counts.setdefault(period, Counter()).update(counter)
        for period, n in language_sizes.items():
            sizes[period] = sizes.get(period, 0) + n
    return dict(sorted(counts.items())), dict(sorted(sizes.items()))


def _keyness_by_language(grouped: _Grouped) -> pd.DataFrame | None:
    """``keyness_table`` of "after" against "before" within each language that has tokens
    in both, one table with a ``language`` column first (languages in order, then as
    keyness_table sorts); None when no language has both."""
    tables = []
    for language, (counters, sizes) in grouped.items():
        if sizes.get("after") and sizes.get("before"):
            table = keyness_table(counters["after"], counters["before"], min_count=3,
                                  target_size=sizes["after"], reference_size=sizes["before"])
            table.insert(0, "language", language)
            tables.append(table)
    if not tables:
        return None
    return pd.concat(tables, ignore_index=True)


def _keyness_notes(articles: pd.DataFrame, event_date: str) -> list[str]:
    """Why a language has no rows in the keyness table: its articles are in one period only."""
    notes = []
    for language, group in articles.groupby("language", sort=True):
        after = int((group["period"] == "after").sum())
        before = int((group["period"] == "before").sum())
        if after and before:
            continue
        notes.append(f"Keyness: no rows for {language_name(str(language))} ('{language}'): "
                     f"its articles are {before:,} before and {after:,} after {event_date}, and "
                     "the keyness compares after with before within each language, never "
                     "across languages.")
    return notes
