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

from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .errors import ArgumentError, ArgumentTypeError

__all__ = ["OKABE_ITO", "STYLE", "language_colours", "timeline", "article_lengths", "cleaning_effect"]

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
    if not isinstance(corpus, pd.DataFrame):
        raise ArgumentTypeError(f"corpus should be the table from framelab.load_corpus(), but it "
                                f"is a {type(corpus).__name__}.")
    missing = [c for c in columns if c not in corpus.columns]
    if missing:
        raise ArgumentError(f"corpus lacks the column(s) {', '.join(missing)}; pass the whole "
                            "table from framelab.load_corpus().")
    return corpus


@contextmanager
def _canvas(ax: Axes | None) -> Iterator[Axes]:
    with plt.rc_context(STYLE):
        if ax is not None:
            yield ax
            return
        fig, new_ax = plt.subplots()
        yield new_ax
        fig.tight_layout()
        plt.show()


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
    known = corpus[corpus["date"] != "unknown"].copy()
    known["when"] = pd.to_datetime(known["date"], format="mixed")
    colours = language_colours(corpus["language"])
    with _canvas(ax) as axes:
        for i, row in enumerate(known.sort_values(["when", "id"]).itertuples(index=False)):
            inferred = row.date_status == "inferred"
            axes.plot(row.when, 0, marker="o", markersize=16, linestyle="none",
                      color=colours[row.language], markerfacecolor="white" if inferred else None,
                      markeredgewidth=3)
            above, far = i % 2 == 0, i % 4 >= 2
            offset = (20 + 26 * far) * (1 if above else -1)
            axes.annotate(f"{row.id} · {row.date}", (row.when, 0), xytext=(0, offset),
                          textcoords="offset points", ha="center",
                          va="bottom" if above else "top", fontsize=12)
        for day, label in (events or {}).items():
            when = pd.to_datetime(day)
            axes.axvline(when, color="grey", linestyle="--", linewidth=1.5, zorder=0)
            axes.annotate(label, (when, 0.75), xytext=(6, 0), textcoords="offset points",
                          fontsize=12, color="dimgrey")
        axes.axhline(0, color="grey", linewidth=1, zorder=0)
        axes.set_yticks([])
        axes.spines["left"].set_visible(False)
        axes.set_ylim(-0.8, 1)
        locator = mdates.AutoDateLocator()
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        axes.set_xlabel("Publication date (month-only dates drawn on the 1st)")
        axes.set_title("When the articles appeared")
        handles = [Line2D([], [], marker="o", linestyle="none", markersize=12, color=c,
                          label=lang) for lang, c in colours.items()]
        handles.append(Line2D([], [], marker="o", linestyle="none", markersize=12, color="grey",
                              markerfacecolor="white", label="date inferred"))
        axes.legend(handles=handles, loc="lower right", ncols=len(handles), frameon=False)
    return ax


def article_lengths(corpus: pd.DataFrame, *, ax: Axes | None = None) -> Axes | None:
    """Draw a bar per article with its length in words after cleaning, coloured by language."""
    _need(corpus, ("id", "words", "language"))
    colours = language_colours(corpus["language"])
    with _canvas(ax) as axes:
        axes.bar(corpus["id"], corpus["words"], color=[colours[x] for x in corpus["language"]])
        axes.set_xlabel("Article")
        axes.set_ylabel("Length (words)")
        axes.set_title("How long each article is, after cleaning")
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
    kinds = {"remove_line": "boilerplate", "repeated_paragraph": "repeated text",
             "repeated_block": "repeated text", "line_to_metadata": "moved to metadata",
             "prefix_to_metadata": "moved to metadata"}
    removed = (log.assign(kind=log["action"].map(kinds))
               .pivot_table(index="article", columns="kind", values="words", aggfunc="sum")
               .reindex(index=corpus["id"], columns=["moved to metadata", "boilerplate",
                                                    "repeated text"]).fillna(0))
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
        axes.set_title("What cleaning keeps and removes, per article")
        axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax
