"""Plots for the lessons: titled, labelled with units, colour-blind safe, readable on a projector.

Each function draws one chart from a corpus table. Without ``ax=`` it makes a new figure and
shows it; with ``ax=`` (a matplotlib Axes) it draws into that Axes and returns it, so you can
change the title, combine charts or save the figure yourself.

The colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which
people with the common forms of colour blindness can tell apart.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt
>>> from framelab import load_corpus
>>> fig, ax = plt.subplots()
>>> ax = article_lengths(load_corpus(quiet=True), ax=ax)
>>> ax.get_ylabel()
'Length (words)'
>>> plt.close(fig)
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import ticker
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .errors import ArgumentError, ArgumentTypeError, check_table
from .keywords import _event_day

__all__ = [
    "OKABE_ITO",
    "STYLE",
    "language_colours",
    "timeline",
    "article_lengths",
    "cleaning_effect",
    "frequency_bars",
    "compare_articles",
    "zipf",
    "dispersion",
    "SERIES_COLOURS",
    "empty_chart",
]

#: The Okabe–Ito colour-blind-safe palette, in its usual order (black left out).
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
#: Large type and thick lines for a projector at the back of a lecture hall.
STYLE = {
    "figure.figsize": (10, 4.8),
    "figure.dpi": 100,
    "font.size": 14,
    "axes.titlesize": 17,
    "axes.labelsize": 15,
    "xtick.labelsize": 13,
    "ytick.labelsize": 13,
    "legend.fontsize": 13,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def language_colours(languages: list[str] | pd.Series) -> dict[str, str]:
    """Give each language a fixed colour (in sorted order, so it never changes between runs).

    >>> language_colours(["nl", "da", "nl"])
    {'da': '#E69F00', 'nl': '#56B4E9'}
    """
    return {lang: OKABE_ITO[i % len(OKABE_ITO)] for i, lang in enumerate(sorted(set(languages)))}


def _need(corpus: object, columns: tuple[str, ...]) -> pd.DataFrame:
    return check_table(corpus, columns)


def empty_chart(axes: Axes, message: str, *, title: str | None = None) -> Axes:
    """Write ``message`` in the middle of an empty chart, instead of drawing nothing or failing.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> fig, ax = plt.subplots()
    >>> empty_chart(ax, "Nothing to show.").texts[0].get_text()
    'Nothing to show.'
    >>> plt.close(fig)
    """
    axes.set_xticks([])
    axes.set_yticks([])
    axes.spines[:].set_visible(False)
    axes.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=14,
              color="#555555", transform=axes.transAxes)
    if title:
        axes.set_title(title)
    return axes


@contextmanager
def _canvas(ax: Axes | None, *, size: tuple[float, float] | None = None) -> Iterator[Axes]:
    """Draw into ``ax``, or into a new figure (of ``size`` inches, default STYLE's) shown after."""
    with plt.rc_context(STYLE):
        if ax is not None:
            yield ax
            return
        fig, new_ax = plt.subplots(figsize=size)
        yield new_ax
        with warnings.catch_warnings():
            # Where long labels leave tight_layout no room it only warns and keeps the layout;
            # the notebook's picture is cut to what was drawn (bbox_inches="tight") all the
            # same, so the warning would only puzzle a student.
            warnings.filterwarnings("ignore", "Tight layout not applied", UserWarning)
            fig.tight_layout()
        plt.show()


#: A chart with a bar, a dot or a label per article shows at most this many articles (more can
#: neither be read nor drawn quickly); its title says which ones.
MOST_ARTICLES = 30


def _at_most(table: pd.DataFrame, score: pd.Series | None, what: str
             ) -> tuple[pd.DataFrame, str]:
    """The first :data:`MOST_ARTICLES` rows by ``score`` (highest first; ``None``: evenly
    spread, first and last kept), in the table's order, and the note for the title."""
    if len(table) <= MOST_ARTICLES:
        return table, ""
    if score is None:
        step = (len(table) - 1) / (MOST_ARTICLES - 1)
        keep = sorted({round(i * step) for i in range(MOST_ARTICLES)})
    else:
        keep = sorted(pd.Series(score.to_numpy(), index=range(len(table)))
                      .sort_values(ascending=False, kind="stable").index[:MOST_ARTICLES])
    return table.iloc[keep], f"\n{len(keep)} of {len(table):,} articles: {what}"


def timeline(
    corpus: pd.DataFrame, *, events: dict[str, str] | None = None, ax: Axes | None = None
) -> Axes | None:
    """Draw the articles on a time axis; hollow markers for dates that are inferred.

    A date known only to the month is drawn on the first of that month. Labels alternate
    above and below the line, at two heights, so that articles close in time stay readable.

    Args:
        corpus: The table from :func:`framelab.load_corpus`.
        events: Dates to mark with a dashed line, e.g. ``{"2022-02-24": "Russian invasion"}``.
        ax: Draw into this Axes instead of a new figure.
    """
    _need(corpus, ("id", "date", "language", "date_status"))
    if events is not None and not isinstance(events, dict):
        raise ArgumentTypeError("events should be a dictionary of dates and labels, such as "
                                "{'2022-02-24': 'Russian invasion'}.")
    for day in events or {}:  # "02/03/2022" is not guessed (pandas would read 3 February)
        _event_day(day, f"the date {day!r:.30} in events", "framelab.plots.timeline(corpus, "
                  "events={'2022-02-24': 'Russian invasion'})")
    known = corpus[corpus["date"] != "unknown"].copy()
    known["when"] = pd.to_datetime(known["date"], format="mixed")
    known, note = _at_most(known.sort_values(["when", "id"]), None, "evenly spread in time")
    colours = language_colours(corpus["language"])
    if len(known) > MOST_TIMELINE_LABELS:
        return _timeline_rows(known, colours, events, note, ax)
    with _canvas(ax) as axes:
        for i, row in enumerate(known.itertuples(index=False)):
            inferred = row.date_status == "inferred"
            axes.plot(row.when, 0, marker="o", markersize=16, linestyle="none",
                      color=colours[row.language], markerfacecolor="white" if inferred else None,
                      markeredgewidth=3)
            above, far = i % 2 == 0, i % 4 >= 2
            offset = (20 + 26 * far) * (1 if above else -1)
            axes.annotate(f"{row.id} · {row.date}", (row.when, 0), xytext=(0, offset),
                          textcoords="offset points", ha="center",
                          va="bottom" if above else "top", fontsize=12, zorder=3,
                          # on white, so that an event's dashed line does not cross the text
                          bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
        for day, label in (events or {}).items():
            when = pd.to_datetime(day)
            axes.axvline(when, color="grey", linestyle="--", linewidth=1.5, zorder=0)
            axes.annotate(label, (when, 0.75), xytext=(6, 0), textcoords="offset points",
                          fontsize=12, color="dimgrey")
        axes.axhline(0, color="grey", linewidth=1, zorder=0)
        axes.set_yticks([])
        axes.spines["left"].set_visible(False)
        axes.set_ylim(-0.8, 1)
        _date_axis(axes, note)
        axes.legend(handles=_language_handles(colours, 12), loc="lower right",
                    ncols=len(colours) + 1, frameon=False)
    return ax


def _date_axis(axes: Axes, note: str) -> None:
    """The timeline's axis of dates (concise labels) and its title, with ``note`` after it."""
    locator = mdates.AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes.set_xlabel("Publication date (month-only dates drawn on the 1st)")
    axes.set_title("When the articles appeared" + note)


def _language_handles(colours: dict[str, str], size: float) -> list[Line2D]:
    """The timeline's legend: a filled dot per language, a hollow one for an inferred date."""
    handles = [Line2D([], [], marker="o", linestyle="none", markersize=size, color=c,
                      label=lang) for lang, c in colours.items()]
    handles.append(Line2D([], [], marker="o", linestyle="none", markersize=size, color="grey",
                          markerfacecolor="white", label="date inferred"))
    return handles


#: Up to this many articles, :func:`timeline` labels each on the time line itself; more labels
#: would overlap there (long file names, dates close together), so it draws a row per article.
MOST_TIMELINE_LABELS = 8


def _timeline_rows(known: pd.DataFrame, colours: dict[str, str], events: dict[str, str] | None,
                   note: str, ax: Axes | None) -> Axes | None:
    """The timeline of many articles: one row per article (its name on the left), in date order."""
    height = max(STYLE["figure.figsize"][1], 0.34 * len(known) + 1.8)
    with _canvas(ax, size=(STYLE["figure.figsize"][0], height)) as axes:
        for i, row in enumerate(known.itertuples(index=False)):
            axes.plot(row.when, i, marker="o", markersize=9, linestyle="none",
                      color=colours[row.language], markeredgewidth=2,
                      markerfacecolor="white" if row.date_status == "inferred" else None)
        axes.set_yticks(range(len(known)), [f"{r.id} · {r.date}" for r in
                                            known.itertuples(index=False)])
        axes.set_ylim(len(known) - 0.5, -0.5)  # the earliest at the top
        for day, label in (events or {}).items():
            when = pd.to_datetime(day)
            axes.axvline(when, color="grey", linestyle="--", linewidth=1.5, zorder=0)
            axes.annotate(label, (when, -0.5), xytext=(6, -4), textcoords="offset points",
                          va="top", fontsize=12, color="dimgrey")
        _date_axis(axes, note)
        axes.grid(axis="y", color="#EEEEEE")
        axes.legend(handles=_language_handles(colours, 9), loc="upper left",
                    bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


def article_lengths(corpus: pd.DataFrame, *, ax: Axes | None = None) -> Axes | None:
    """Draw a bar per article with its length in words after cleaning, coloured by language."""
    _need(corpus, ("id", "words", "language"))
    colours = language_colours(corpus["language"])
    corpus, note = _at_most(corpus, corpus["words"], "the longest")
    with _canvas(ax) as axes:
        axes.bar(corpus["id"], corpus["words"], color=[colours[x] for x in corpus["language"]])
        axes.set_xlabel("Article")
        axes.set_ylabel("Length (words)")
        axes.set_title("How long each article is, after cleaning" + note)
        if note:
            axes.tick_params(axis="x", labelrotation=90)
        axes.legend(handles=[Patch(color=c, label=lang) for lang, c in colours.items()],
                    frameon=False)
    return ax


def cleaning_effect(corpus: pd.DataFrame, log: pd.DataFrame, *, ax: Axes | None = None
                    ) -> Axes | None:
    """Draw each article's words kept and removed by cleaning, split by what was removed.

    Args:
        corpus: The corpus table (columns id and words).
        log: The removal log from :func:`framelab.removal_log`.
        ax: Draw into this Axes instead of a new figure.
    """
    _need(corpus, ("id", "words"))
    _need(log, ("article", "action", "words"))
    from .cleaning import ACTION_KINDS

    removed = (log.assign(kind=log["action"].map(ACTION_KINDS))
               .pivot_table(index="article", columns="kind", values="words", aggfunc="sum")
               .reindex(index=corpus["id"], columns=["moved to metadata", "boilerplate",
                                                    "repeated text"]).fillna(0))
    corpus, note = _at_most(corpus, pd.Series(removed.sum(axis=1).to_numpy()),
                            "those with most words removed")
    removed = removed.loc[list(corpus["id"])]
    with _canvas(ax) as axes:
        bottom = corpus["words"].to_numpy(dtype=float)
        axes.bar(corpus["id"], bottom, color=OKABE_ITO[4], label="kept (article text)")
        for colour, kind in zip((OKABE_ITO[2], OKABE_ITO[0], OKABE_ITO[5]), removed.columns,
                                strict=True):
            values = removed[kind].to_numpy()
            axes.bar(corpus["id"], values, bottom=bottom, color=colour, label=f"removed: {kind}")
            bottom = bottom + values
        axes.set_xlabel("Article")
        axes.set_ylabel("Words")
        axes.set_title("What cleaning keeps and removes, per article" + note)
        if note:
            axes.tick_params(axis="x", labelrotation=90)
        axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax


# ------------------------------------------------------------------ word frequencies (lesson 03)

_TABLE_COLUMNS = ("token", "ngram", "count", "per_1000", "rank")
#: Okabe–Ito again, reordered for series that sit side by side: the strongest colours first,
#: yellow (hard to see on white through a projector) last.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442")


def _label_column(table: pd.DataFrame) -> str:
    _need_table(table)
    return "token" if "token" in table.columns else "ngram"


def _need_table(table: object) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame) or "count" not in table.columns or not (
            "token" in table.columns or "ngram" in table.columns):
        raise ArgumentTypeError("The first argument should be a table from "
                                "framelab.frequencies(corpus, ...), with the columns token (or "
                                "ngram), count, per_1000 and rank.")
    return table


def _group_column(table: pd.DataFrame) -> str | None:
    others = [c for c in table.columns if c not in _TABLE_COLUMNS]
    return others[0] if others else None


def _measure(per_1000: bool) -> tuple[str, str]:
    return ("per_1000", "Frequency (per 1,000 words)") if per_1000 else ("count",
                                                                          "Frequency (count)")


def frequency_bars(freq_table: pd.DataFrame, *, title: str | None = None, per_1000: bool = True,
                   ax: Axes | None = None) -> Axes | None:
    """Draw the rows of a frequency table as horizontal bars, the most frequent at the top.

    Args:
        freq_table: A table from :func:`framelab.frequencies`, for one group (use ``top=`` to
            keep it short: 10 to 25 rows read well on a projector).
        title: The chart's title (default: "Most frequent words").
        per_1000: Draw the frequency per 1,000 words (``False``: the raw count).
        ax: Draw into this Axes instead of a new figure.

    >>> import matplotlib.pyplot as plt
    >>> from framelab import frequencies, load_corpus
    >>> fig, ax = plt.subplots()
    >>> ax = frequency_bars(frequencies(load_corpus(quiet=True), top=10, stopwords=True), ax=ax)
    >>> ax.get_xlabel(), ax.get_title()
    ('Frequency (per 1,000 words)', 'Most frequent words')
    >>> plt.close(fig)
    """
    label = _label_column(freq_table)
    group = _group_column(freq_table)
    if group is not None and freq_table[group].nunique() > 1:
        first = freq_table[group].iloc[0]
        raise ArgumentError(
            f"freq_table has counts for several values of {group!r}. Draw one of them, e.g. "
            f"frequency_bars(table[table[{group!r}] == {first!r}]), or compare them with "
            "compare_articles(table, words).")
    column, axis_label = _measure(per_1000)
    rows = freq_table.iloc[::-1]  # barh draws from the bottom up
    with _canvas(ax) as axes:
        bars = axes.barh(rows[label].astype(str), rows[column], color=OKABE_ITO[4])
        axes.bar_label(bars, fmt="%.1f" if per_1000 else "%d", padding=3, fontsize=11)
        axes.set_xlabel(axis_label)
        axes.set_ylabel("Word" if label == "token" else "Word sequence (n-gram)")
        default = "Most frequent words" if label == "token" else "Most frequent word sequences"
        if group is not None and len(freq_table):
            default += f" ({group} {freq_table[group].iloc[0]})"
        axes.set_title(title or default)
        axes.margins(x=0.12)
    return ax


def _match(word: str, available: set[str]) -> str:
    """The spelling of ``word`` in the table: as given, else lowercase (tables are lowercased)."""
    return word if word in available or word.lower() not in available else word.lower()


def compare_articles(freq_table_by_id: pd.DataFrame, words: list[str], *, ax: Axes | None = None
                     ) -> Axes | None:
    """Draw grouped bars: how often each word occurs per 1,000 words, one bar per article.

    With more articles (or groups) than colours, the seven that use the words most are drawn,
    and the title says so.

    Args:
        freq_table_by_id: A table from ``framelab.frequencies(corpus, by="id")`` (or
            ``by="language"``, or any ``by=``: one bar per group). Do not cut it with ``top=``:
            a word missing from an article's top rows would look like a zero.
        words: The words to compare, e.g. ``["navo", "nato", "rusland"]``. Capitals are
            ignored when the table is lowercase.
        ax: Draw into this Axes instead of a new figure.

    >>> import matplotlib.pyplot as plt
    >>> from framelab import frequencies, load_corpus
    >>> table = frequencies(load_corpus(quiet=True), by="id")
    >>> fig, ax = plt.subplots()
    >>> ax = compare_articles(table, ["Rusland", "Oekraïne", "NAVO", "Lavrov"], ax=ax)
    >>> ax.get_ylabel(), len(ax.patches)
    ('Frequency (per 1,000 words)', 20)
    >>> plt.close(fig)
    """
    label = _label_column(freq_table_by_id)
    group = _group_column(freq_table_by_id)
    if group is None:
        raise ArgumentError("freq_table_by_id has one count per word, not one per article. "
                            "Make it with framelab.frequencies(corpus, by='id').")
    if isinstance(words, str) or not words:
        raise ArgumentTypeError("words should be a list of words, such as ['navo', 'rusland'].")
    groups = list(dict.fromkeys(freq_table_by_id[group]))
    available = set(freq_table_by_id[label])
    shown = [_match(word, available) for word in words]
    note = ""
    if len(groups) > len(SERIES_COLOURS):
        # More bars per word than colours cannot be read: the groups that use the words most
        # (per 1,000 words, all words together), in the table's order, and a note in the title.
        use = (freq_table_by_id[freq_table_by_id[label].isin(shown)]
               .groupby(group, sort=False)["per_1000"].sum())
        ranked = use.reindex(groups).fillna(0.0).sort_values(ascending=False, kind="stable")
        top = set(ranked.index[:len(SERIES_COLOURS)])
        note = (f"\n{len(SERIES_COLOURS)} of {len(groups):,}: those that use these words most "
                "(a chart of more bars per word cannot be read)")
        groups = [g for g in groups if g in top]
    cut = freq_table_by_id.attrs.get("cut", {})
    if cut.get("top") is not None or cut.get("min_count", 1) > 1:
        raise ArgumentError("freq_table_by_id was cut with top= or min_count=, so a word "
                            "missing from an article would be drawn as 0 although it may occur. "
                            "Make the table without them: frequencies(corpus, by='id').")
    values = (freq_table_by_id.pivot_table(index=label, columns=group, values="per_1000",
                                           aggfunc="sum")
              .reindex(index=shown, columns=groups).fillna(0.0))
    width = 0.8 / len(groups)
    with _canvas(ax) as axes:
        for i, name in enumerate(groups):
            positions = [x - 0.4 + width * (i + 0.5) for x in range(len(shown))]
            axes.bar(positions, values[name], width=width, color=SERIES_COLOURS[i],
                     label=str(name))
        axes.set_xticks(range(len(shown)), shown)
        axes.set_xlabel("Word")
        axes.set_ylabel("Frequency (per 1,000 words)")
        per = "per article" if group == "id" else f"per {group}"
        axes.set_title(f"How often each word occurs, {per}{note}")
        axes.legend(title="Article" if group == "id" else group, frameon=False,
                    loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax


def _plain_number(value: float, position: int | None = None) -> str:
    """A tick label of a log axis as a plain number: 0.1, 1, 10, 1,000."""
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


def zipf(corpus_or_tokens: pd.DataFrame | list[str], *, ax: Axes | None = None) -> Axes | None:
    """Draw Zipf's law: each word's frequency against its rank, both on a log scale.

    On a log-log plot, Zipf's law (frequency proportional to 1 / rank) is a straight line of
    slope -1; the dashed line shows it, starting at the most frequent word. A corpus is drawn
    per language (lowercased tokens, as :func:`framelab.frequencies` counts them).

    Args:
        corpus_or_tokens: The table from :func:`framelab.load_corpus`, or a list of tokens.
        ax: Draw into this Axes instead of a new figure.

    >>> import matplotlib.pyplot as plt
    >>> from framelab import load_corpus
    >>> fig, ax = plt.subplots()
    >>> ax = zipf(load_corpus(quiet=True), ax=ax)
    >>> ax.get_xscale(), ax.get_yscale(), ax.get_xlabel()
    ('log', 'log', 'Rank (1 = most frequent word, log scale)')
    >>> [ax.yaxis.get_major_formatter()(n, 0) for n in (0.1, 1, 10, 1000)]
    ['0.1', '1', '10', '1,000']
    >>> plt.close(fig)
    """
    from .frequencies import count_tokens  # here: frequencies imports much of the kit
    from .tokens import tokenize

    if isinstance(corpus_or_tokens, pd.DataFrame):
        corpus = _need(corpus_or_tokens, ("language", "text"))
        series = {}
        for language in sorted(set(corpus["language"])):
            texts = corpus.loc[corpus["language"] == language, "text"]
            series[language] = [t for text in texts for t in tokenize(text, language,
                                                                      lowercase=True)]
        colours = language_colours(list(series))
    elif isinstance(corpus_or_tokens, list) and corpus_or_tokens:
        series, colours = {"tokens": corpus_or_tokens}, {"tokens": OKABE_ITO[4]}
    else:
        raise ArgumentTypeError("zipf() needs the corpus table from framelab.load_corpus() or a "
                                "non-empty list of tokens, such as framelab.tokenize(text, 'nl').")
    with _canvas(ax) as axes:
        for name, tokens in series.items():
            counts = sorted(count_tokens(tokens).values(), reverse=True)
            ranks = range(1, len(counts) + 1)
            axes.plot(ranks, counts, marker="o", markersize=3, linewidth=2,
                      color=colours[name], label=f"{name} ({len(tokens):,} tokens)")
            axes.plot(ranks, [counts[0] / r for r in ranks], linestyle="--", linewidth=1.5,
                      color=colours[name], alpha=0.7)
        axes.plot([], [], linestyle="--", color="grey", label="Zipf: frequency ∝ 1 / rank")
        axes.set_xscale("log")
        axes.set_yscale("log")
        for axis in (axes.xaxis, axes.yaxis):
            # Plain numbers (1, 10, 100, 1,000) instead of matplotlib's powers of ten, which
            # are typeset as maths: easier to read, and the first chart of a lesson draws in a
            # third of the time (typesetting maths loads a parser of its own).
            axis.set_major_formatter(ticker.FuncFormatter(_plain_number))
            # no minor ticks (2, 3, ... 9 between the powers of ten): unlabelled, they only
            # cost the first chart of a lesson about 0.1 s to place
            axis.set_minor_locator(ticker.NullLocator())
        axes.set_xlabel("Rank (1 = most frequent word, log scale)")
        axes.set_ylabel("Frequency (count, log scale)")
        axes.set_title("Zipf's law: a few words are very frequent, most are rare")
        axes.legend(frameon=False)
    return ax


#: dispersion() draws at most this many articles, one row each.
MOST_DISPERSION_ROWS = 30


def dispersion(corpus: pd.DataFrame, words: list[str], *, ax: Axes | None = None) -> Axes | None:
    """Draw where in each article the words occur: one row per article, a tick per occurrence.

    The x axis is the relative position of the word in its article (0 = the first word,
    1 = the last), so articles of different length line up. Words are matched ignoring capitals,
    as whole tokens: "navo" finds "NAVO" but not "NAVO-troepen".

    NLTK has ``nltk.draw.dispersion_plot``, but it draws one text, one row per word, with
    positions in tokens; comparing articles needs one row per article and positions relative to
    each article's length, so the kit draws its own.

    Args:
        corpus: The table from :func:`framelab.load_corpus`.
        words: Up to seven words, e.g. ``["Lavrov", "Peskov", "Blinken"]``; a name of several
            words (``"De Croo"``) is found where its words stand one after the other.
        ax: Draw into this Axes instead of a new figure.

    >>> import matplotlib.pyplot as plt
    >>> from framelab import load_corpus
    >>> fig, ax = plt.subplots()
    >>> ax = dispersion(load_corpus(quiet=True), ["Lavrov", "Rusland", "Oekraïne"], ax=ax)
    >>> ax.get_xlabel()
    'Position in the article (0 = start, 1 = end)'
    >>> plt.close(fig)
    """
    from .tokens import _article_tokens, check_corpus_table

    _need(corpus, ("id", "language", "text"))
    if isinstance(words, str) or not words:
        raise ArgumentTypeError("words should be a list of words, such as ['Lavrov', 'Peskov'].")
    if len(words) > len(SERIES_COLOURS):
        raise ArgumentError(f"dispersion() shows up to {len(SERIES_COLOURS)} words (one colour-blind-"
                            f"safe colour each); you gave {len(words)}. Draw them in two charts.")
    empty = [w for w in words if not str(w).split()]
    if empty:
        raise ArgumentError(f"dispersion() draws words; {empty[0]!r} holds none. Give words, "
                            "such as ['Lavrov', 'Peskov'].")
    check_corpus_table(corpus, ("id", "language", "text"))  # (languages the tokenizer has)
    articles = list(corpus["id"])
    languages = list(corpus["language"])
    wanted = [str(word).lower() for word in words]
    # Each article's tokens as tokenize_corpus(corpus, lowercase=True) numbers them, keeping
    # only the words to draw (a table of every token of thousands of articles is slow). A name
    # of several words ("De Croo") is found where its tokens stand one after the other, at the
    # position of its first token.
    phrases: dict[tuple[str, str], tuple[str, ...]] = {}
    lengths: dict[object, int] = {}  # tokens per article
    rows: list[tuple[object, int, str]] = []
    looked_for = {w for w in wanted if len(w.split()) == 1}
    for article in corpus.itertuples(index=False):
        tokens = _article_tokens(article.text, article.language, lowercase=True)
        lengths[article.id] = lengths.get(article.id, 0) + len(tokens)
        rows += [(article.id, i, t) for i, t in enumerate(tokens) if t in looked_for]
        for word in wanted:
            if word in looked_for:
                continue
            key = (word, article.language)
            if key not in phrases:
                phrases[key] = tuple(_article_tokens(word, article.language, lowercase=True))
            seq, n = phrases[key], len(phrases[key])
            rows += [(article.id, i, word) for i, t in enumerate(tokens)
                     if t == seq[0] and tuple(tokens[i:i + n]) == seq]
    found = pd.DataFrame(rows, columns=["id", "position", "token"])
    title = "Where the words occur in each article"
    if len(articles) > MOST_DISPERSION_ROWS:  # the articles where the words occur most
        per_article = found.groupby("id", sort=False).size()
        ranked = per_article.reindex(articles).fillna(0).sort_values(ascending=False,
                                                                     kind="stable")
        keep = set(ranked.index[:MOST_DISPERSION_ROWS])
        title += (f"\n{MOST_DISPERSION_ROWS} of {len(articles):,} articles: those where the "
                  "words occur most")
        chosen = [(a, lang) for a, lang in zip(articles, languages, strict=True) if a in keep]
        articles, languages = [a for a, _ in chosen], [lang for _, lang in chosen]
    row_of = {article: row for row, article in enumerate(articles)}
    offsets = [0.0] if len(words) == 1 else [
        -0.3 + 0.6 * i / (len(words) - 1) for i in range(len(words))]
    # A row needs about a third of an inch for its label (30 rows in the default height ran
    # into each other)
    height = max(STYLE["figure.figsize"][1], 0.34 * len(articles) + 1.8)
    with _canvas(ax, size=(STYLE["figure.figsize"][0], height)) as axes:
        for i, word in enumerate(words):
            hits = found[(found["token"] == wanted[i]) & found["id"].isin(row_of)]
            length = hits["id"].map(lengths).to_numpy()
            xs = list(hits["position"].to_numpy() / (length - 1).clip(min=1))
            ys = [row_of[article] + offsets[i] for article in hits["id"]]
            # in the articles' order, as before: row by row
            order = sorted(range(len(xs)), key=lambda k: ys[k])
            xs, ys = [xs[k] for k in order], [ys[k] for k in order]
            axes.plot(xs, ys, linestyle="none", marker="|", markersize=18,
                      markeredgewidth=2.5, color=SERIES_COLOURS[i], label=f"{word} ({len(xs)}×)")
        axes.set_yticks(range(len(articles)),
                        [f"{a} ({lang})" for a, lang in zip(articles, languages, strict=True)])
        axes.set_ylim(len(articles) - 0.5, -0.5)  # the first article at the top
        axes.set_xlim(-0.02, 1.02)
        axes.set_xlabel("Position in the article (0 = start, 1 = end)")
        axes.set_ylabel("Article")
        axes.set_title(title)
        axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax


# The framing lessons' charts live in their own module, which imports the helpers above. They are
# available here too, looked up when first used (PEP 562): an import at this point would make a
# circle, and ``import framelab.framingplots`` on its own would fail.
_FRAMING_CHARTS = ("SIDE_COLOURS", "frame_heatmap", "keyness_bars", "naming_timeline",
                   "who_speaks_chart")
__all__ += list(_FRAMING_CHARTS)


def __getattr__(name: str) -> object:
    if name in _FRAMING_CHARTS:
        from . import framingplots

        return getattr(framingplots, name)
    raise AttributeError(f"module 'framelab.plots' has no attribute {name!r}")
