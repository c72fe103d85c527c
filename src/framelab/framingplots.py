"""Plots for the framing lessons: keyness, frame scores, naming choices and who speaks.

They follow the conventions of :mod:`framelab.plots` (and are available there too): without
``ax=`` a new figure is drawn and shown; with ``ax=`` the chart is drawn into that Axes and the
Axes is returned. Colours are Okabe–Ito; the heatmap uses the colour-blind-safe "cividis" map.
A table with nothing to draw (no frame hits, no quotations, no naming rows: for a corpus in a
language the kit has no resources for, say) gives an empty chart with a short message on it.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt
>>> from framelab import load_corpus
>>> from framelab.sourcing import quotes, who_speaks
>>> fig, ax = plt.subplots()
>>> ax = who_speaks_chart(who_speaks(quotes(load_corpus(quiet=True)), by="side"), ax=ax)
>>> ax.get_xlabel()
'Quoted words'
>>> plt.close(fig)
"""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from .errors import ArgumentError, check_table
from .plots import OKABE_ITO, STYLE, _canvas, empty_chart

__all__ = ["SIDE_COLOURS", "frame_heatmap", "keyness_bars", "naming_timeline", "who_speaks_chart"]

#: A fixed colour per side, so that Russia is the same colour in every chart.
SIDE_COLOURS = {"Russia": OKABE_ITO[5], "Ukraine": OKABE_ITO[4], "West": OKABE_ITO[1],
                "Mediator": OKABE_ITO[2], "Media": OKABE_ITO[6], "unknown": "#999999",
                "no speaker": "#CCCCCC"}


#: How the legend of :func:`who_speaks_chart` explains the two sides that are no side.
SIDE_LEGEND = {"unknown": "unknown: a speaker the actor table does not know",
               "no speaker": "no speaker: the text names none"}


def _table(value: object, columns: tuple[str, ...], source: str) -> pd.DataFrame:
    return check_table(value, columns, name="table", source=source)


def keyness_bars(table: pd.DataFrame, *, top: int = 10, target: str = "target",
                 reference: str = "reference", ax: Axes | None = None) -> Axes | None:
    """Bars of log ratio (the effect size) for the most distinctive words on each side.

    Each bar is labelled with G2, so that significance and size are read together; bars of
    words below p < .05 (G2 < 3.84) are drawn hatched.

    Args:
        table: From :func:`framelab.keyness` or :func:`framelab.keyness_table`.
        top: How many words for each side.
        target: Name of the target group for the legend, e.g. "after the invasion".
        reference: Name of the reference group.
    """
    _table(table, ("word", "g2", "log_ratio"), "framelab.keyness()")
    chosen = pd.concat([table[table["g2"] > 0].head(top),
                        table[table["g2"] < 0].sort_values("g2").head(top)])
    chosen = chosen.sort_values("log_ratio")
    if chosen.empty:
        with _canvas(ax) as axes:
            empty_chart(axes, "No distinctive words to show: the keyness table is empty.",
                        title=f"Distinctive words: {target} against {reference}")
        return ax
    # A bar needs about a third of an inch to stay readable at the back of a lecture hall.
    height = max(STYLE["figure.figsize"][1], 0.34 * len(chosen) + 1.6)
    with _canvas(ax, size=(STYLE["figure.figsize"][0], height)) as axes:
        colours = [OKABE_ITO[5] if g > 0 else OKABE_ITO[4] for g in chosen["g2"]]
        bars = axes.barh(chosen["word"], chosen["log_ratio"], color=colours)
        for bar, g2 in zip(bars, chosen["g2"], strict=True):
            if abs(g2) < 3.84:
                bar.set_hatch("//")
                bar.set_alpha(0.6)
            x = bar.get_width()
            axes.annotate(f"G2 {abs(g2):.1f}", (x, bar.get_y() + bar.get_height() / 2),
                          xytext=(5 if x >= 0 else -5, 0), textcoords="offset points",
                          ha="left" if x >= 0 else "right", va="center", fontsize=12)
        axes.axvline(0, color="grey", linewidth=1)
        axes.set_xlabel("Log ratio (1 = twice as frequent per 1,000 words)")
        axes.set_title(f"Distinctive words: {target} against {reference}")
        axes.legend(handles=[Patch(color=OKABE_ITO[5], label=f"more in {target}"),
                             Patch(color=OKABE_ITO[4], label=f"more in {reference}"),
                             Patch(facecolor="white", edgecolor="grey", hatch="//",
                                   label="p ≥ .05 (G2 < 3.84)")],
                    frameon=False, loc="lower right")
        margin = max(1.0, chosen["log_ratio"].abs().max() * 0.25) if len(chosen) else 1.0
        low, high = axes.get_xlim()
        axes.set_xlim(low - margin, high + margin)
    return ax


#: At most this many articles in a heatmap and a naming timeline; more would not be readable
#: (and would make a notebook of megabytes): the title says which ones are shown.
MOST_ROWS = 30
MOST_TIMELINE_ARTICLES = 5  # more columns collide in a figure a notebook shows whole


def _two_lines(label: str) -> str:
    """A long frame name on short lines: "security &\\ndefence", "economic\\nconsequences".

    >>> _two_lines("security and defence"), _two_lines("human interest"), _two_lines("conflict")
    ('security &\\ndefence', 'human\\ninterest', 'conflict')
    """
    label = label.replace(" and ", " & ", 1)
    return "\n".join(textwrap.wrap(label, width=11, break_long_words=False)) or label


def frame_heatmap(scores: pd.DataFrame, *, ax: Axes | None = None) -> Axes | None:
    """A heatmap of frame scores: articles in rows, frames in columns, hits per 1,000 words."""
    _table(scores, (), "framelab.frame_scores()")
    values = scores.to_numpy(dtype=float)
    title = "Frame vocabulary per article (a lead, not a finding)"
    if values.size == 0 or pd.isna(values).all():
        with _canvas(ax) as axes:
            empty_chart(axes, "No frame scores to show: no article was counted with the frame "
                        "lexicon (see the note of frame_scores).", title=title)
        return ax
    if len(scores) > MOST_ROWS:  # the articles with the most frame vocabulary, in their order
        total = pd.Series(pd.DataFrame(values).fillna(0).sum(axis=1).to_numpy(),
                          index=range(len(scores)))
        keep = sorted(total.sort_values(ascending=False, kind="stable").index[:MOST_ROWS])
        title += (f"\n{MOST_ROWS} of {len(scores):,} articles: those with the most frame "
                  "vocabulary")
        scores, values = scores.iloc[keep], values[keep]
    size = (min(16.0, max(10.0, 1.6 * len(scores.columns) + 4.0)),
            min(14.0, max(4.0, 0.42 * len(scores.index) + 2.6)))
    with _canvas(ax, size=size) as axes:
        image = axes.imshow(values, cmap="cividis", aspect="auto")
        axes.set_xticks(range(len(scores.columns)), [_two_lines(c) for c in scores.columns],
                        fontsize=12)
        axes.set_yticks(range(len(scores.index)), list(scores.index))
        threshold = pd.Series(values.ravel()).mean()  # NaN (an article not counted) left out
        for i, row in enumerate(values):
            for j, value in enumerate(row):
                if pd.isna(value):  # not counted: no colour, a dash
                    axes.text(j, i, "–", ha="center", va="center", fontsize=12, color="grey")
                    continue
                axes.text(j, i, f"{value:.0f}", ha="center", va="center", fontsize=12,
                          color="black" if value > threshold else "white")
        axes.figure.colorbar(image, ax=axes, label="Lexicon hits per 1,000 words")
        axes.set_ylabel("Article")
        axes.set_title(title)
        axes.spines[:].set_visible(False)
    return ax


def naming_timeline(table: pd.DataFrame, *, concepts: list[str] | None = None,
                    ax: Axes | None = None) -> Axes | None:
    """Which variant each article uses for each concept, along the articles' dates.

    Args:
        table: From :func:`framelab.naming`.
        concepts: The concepts to show (default: every concept with more than one variant).
    """
    _table(table, ("article", "date", "concept", "variant", "count"), "framelab.naming()")
    if table.empty:
        with _canvas(ax) as axes:
            empty_chart(axes, "No naming variants to show: the naming table is empty (see the "
                        "note of naming).", title="Naming choices over time")
        return ax
    if concepts is None:
        counts = table.groupby("concept")["variant"].nunique()
        concepts = [c for c in dict.fromkeys(table["concept"]) if counts[c] > 1]
    unknown = [c for c in concepts if c not in set(table["concept"])]
    if unknown:
        raise ArgumentError(f"concepts={unknown!r}: not in the table. Its concepts are: "
                            f"{', '.join(map(repr, dict.fromkeys(table['concept'])))} — a concept "
                            "such as 'Kyiv' groups its spellings ('Kiev', 'Kyiv').")
    shown = table[table["concept"].isin(concepts)]
    order = sorted(shown[["date", "article"]].drop_duplicates().itertuples(index=False))
    title = "Naming choices over time (count in brackets)"
    if len(order) > MOST_TIMELINE_ARTICLES:  # evenly spread over time, first and last included
        total = len(order)
        step = (total - 1) / (MOST_TIMELINE_ARTICLES - 1)
        order = [order[round(i * step)] for i in range(MOST_TIMELINE_ARTICLES)]
        shown = shown[shown["article"].isin({article for _, article in order})]
        title += f"\n{MOST_TIMELINE_ARTICLES} of {total:,} articles, evenly spread in time"
    x_of = {article: i for i, (_, article) in enumerate(order)}
    languages = dict(zip(table["article"], table["language"], strict=False)) \
        if "language" in table.columns else {}
    colours = {lang: OKABE_ITO[k] for k, lang in enumerate(sorted(set(languages.values())))}
    # A new figure: room for each article's labels beside its dots, but no wider than a
    # notebook shows without scaling it down (which made its labels the course's smallest text)
    size = (min(11.0, max(8.0, 1.8 * len(order) + 2.0)), max(4.0, 1.3 * len(concepts) + 2.0))
    with _canvas(ax, size=size) as axes:
        for y, concept in enumerate(concepts):
            rows = shown[shown["concept"] == concept]
            for article, part in rows.groupby("article", sort=False):
                part = part.sort_values(["count", "variant"], ascending=[False, True])
                label = "\n".join(f"{v} ({n})" for v, n in zip(part["variant"], part["count"],
                                                                strict=True))
                axes.scatter(x_of[article], y, s=90, zorder=3,
                             color=colours.get(languages.get(article), OKABE_ITO[1]))
                # under its dot, centred: each article's column is as wide as the labels get
                axes.annotate(label, (x_of[article], y), xytext=(0, -9), ha="center",
                              textcoords="offset points", va="top", fontsize=12)
        axes.set_yticks(range(len(concepts)), concepts)
        axes.set_xticks(range(len(order)), [f"{a}\n{d}" for d, a in order])
        axes.set_xlim(-0.6, len(order) - 0.4)
        axes.set_ylim(len(concepts) + 0.1, -0.5)  # room below the last row's labels
        axes.set_xlabel("Article and date (in order of time)", labelpad=10)
        axes.set_title(title)
        axes.grid(axis="y", color="#dddddd")
        if colours:
            axes.legend(handles=[Patch(color=c, label=lang) for lang, c in colours.items()],
                        frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1))
    return ax


def who_speaks_chart(table: pd.DataFrame, *, ax: Axes | None = None) -> Axes | None:
    """Horizontal stacked bars: quoted words per article, split by side (or speaker).

    Args:
        table: From :func:`framelab.who_speaks` (``by="side"`` or ``by="speaker"``).
    """
    _table(table, ("article", "words"), "framelab.who_speaks()")
    by = "side" if "side" in table.columns else "speaker"
    if table.empty:
        with _canvas(ax) as axes:
            empty_chart(axes, "No quotations to show: the table is empty (see the note of "
                        "quotes).", title=f"Who speaks: quoted words per {by}")
        return ax
    wide = table.pivot_table(index="article", columns=by, values="words", aggfunc="sum",
                             fill_value=0)
    wide = wide[wide.sum().sort_values(ascending=False).index]
    note = ""
    if len(wide) > MOST_ROWS:  # the articles with most quoted words, in the table's order
        top = set(wide.sum(axis=1).sort_values(ascending=False, kind="stable").index[:MOST_ROWS])
        note = f"\n{MOST_ROWS} of {len(wide):,} articles: those with most quoted words"
        wide = wide[wide.index.isin(top)]
    # a bar's label needs about a third of an inch: a taller chart for many articles
    with _canvas(ax, size=(10.0, min(14.0, max(4.8, 0.32 * len(wide) + 1.8)))) as axes:
        left = pd.Series(0.0, index=wide.index)
        for i, column in enumerate(wide.columns):
            colour = SIDE_COLOURS.get(column, OKABE_ITO[i % len(OKABE_ITO)]) if by == "side" \
                else OKABE_ITO[i % len(OKABE_ITO)]
            axes.barh(wide.index, wide[column], left=left, color=colour,
                      label=SIDE_LEGEND.get(column, column) if by == "side" else column)
            left += wide[column]
        axes.invert_yaxis()
        axes.set_xlabel("Quoted words")
        axes.set_ylabel("Article")
        axes.set_title(f"Who speaks: quoted words per {by}{note}")
        axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax
