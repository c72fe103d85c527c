"""Smoke tests of the word-frequency plots: titles, labels with units, ax=.

The top conftest.py makes matplotlib draw with the Agg backend (to memory, no window).

The earlier plots (timeline, lengths, cleaning) are tested by their doctests and the lessons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.axes import Axes

import framelab
import framelab.framingplots
from framelab import frequencies, load_corpus, tokenize, tokenize_corpus
from framelab.errors import ArgumentError, ArgumentTypeError
from framelab.plots import SERIES_COLOURS, compare_articles, dispersion, frequency_bars, zipf

CORPUS = load_corpus(quiet=True)
BY_ID = frequencies(CORPUS, by="id")
TOP = frequencies(CORPUS, top=10, stopwords=True)


@pytest.fixture()
def ax() -> Iterator[Axes]:
    fig, axes = plt.subplots()
    yield axes
    plt.close(fig)


_PLOTS: list[tuple[str, Callable[..., Any], str, str, str]] = [
    # (name, call, title, x label, y label)
    ("frequency_bars", lambda ax: frequency_bars(TOP, ax=ax),
     "Most frequent words", "Frequency (per 1,000 words)", "Word"),
    ("frequency_bars counts", lambda ax: frequency_bars(TOP, per_1000=False, title="Top 10",
                                                        ax=ax),
     "Top 10", "Frequency (count)", "Word"),
    ("frequency_bars n-grams", lambda ax: frequency_bars(frequencies(CORPUS, n=2, top=5), ax=ax),
     "Most frequent word sequences", "Frequency (per 1,000 words)", "Word sequence (n-gram)"),
    ("compare_articles", lambda ax: compare_articles(BY_ID, ["Rusland", "NAVO"], ax=ax),
     "How often each word occurs, per article", "Word", "Frequency (per 1,000 words)"),
    ("zipf corpus", lambda ax: zipf(CORPUS, ax=ax),
     "Zipf's law: a few words are very frequent, most are rare",
     "Rank (1 = most frequent word, log scale)", "Frequency (count, log scale)"),
    ("zipf tokens", lambda ax: zipf(tokenize(CORPUS["text"][0], "nl"), ax=ax),
     "Zipf's law: a few words are very frequent, most are rare",
     "Rank (1 = most frequent word, log scale)", "Frequency (count, log scale)"),
    ("dispersion", lambda ax: dispersion(CORPUS, ["Lavrov", "Peskov"], ax=ax),
     "Where the words occur in each article", "Position in the article (0 = start, 1 = end)",
     "Article"),
]


@pytest.mark.parametrize(("name", "call", "title", "xlabel", "ylabel"), _PLOTS,
                         ids=[p[0] for p in _PLOTS])
def test_plot_draws_into_the_given_axes_with_title_and_labels(
        ax: Axes, name: str, call: Callable[..., Any], title: str, xlabel: str, ylabel: str
) -> None:
    assert call(ax) is ax
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == (title, xlabel, ylabel)


@pytest.mark.parametrize(("name", "call"), [(p[0], p[1]) for p in _PLOTS[:1] + _PLOTS[3:]],
                         ids=[p[0] for p in _PLOTS[:1] + _PLOTS[3:]])
def test_plot_without_ax_makes_and_shows_a_figure(name: str, call: Callable[..., Any]) -> None:
    before = len(plt.get_fignums())
    assert call(None) is None
    assert len(plt.get_fignums()) == before + 1
    plt.close("all")


def test_frequency_bars_draws_one_bar_per_row_largest_on_top(ax: Axes) -> None:
    frequency_bars(TOP, ax=ax)
    widths = [bar.get_width() for bar in ax.patches]
    assert widths == pytest.approx(TOP["per_1000"].tolist()[::-1])
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == TOP["token"].iloc[0]


def test_compare_articles_bars_are_the_per_1000_values(ax: Axes) -> None:
    compare_articles(BY_ID, ["rusland", "navo"], ax=ax)
    heights = [bar.get_height() for bar in ax.patches]
    expected = []
    for article in ["000", "001", "002", "003", "004"]:
        for word in ["rusland", "navo"]:
            row = BY_ID[(BY_ID["id"] == article) & (BY_ID["token"] == word)]
            expected.append(float(row["per_1000"].iloc[0]) if len(row) else 0.0)
    assert heights == pytest.approx(expected)  # article by article, a bar per word
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["000", "001", "002", "003",
                                                                  "004"]
    assert ax.patches[0].get_facecolor()[:3] == pytest.approx(
        matplotlib.colors.to_rgb(SERIES_COLOURS[0]))


def test_dispersion_ticks_are_relative_positions(ax: Axes) -> None:
    dispersion(CORPUS, ["NAVO"], ax=ax)
    (line,) = ax.get_lines()
    xs, ys = line.get_xdata(), line.get_ydata()
    tokens = tokenize_corpus(CORPUS, lowercase=True)
    assert len(xs) == int((tokens["token"] == "navo").sum())  # one tick per occurrence
    assert all(0 <= x <= 1 for x in xs)
    # 002 (the third row) has the most
    assert list(ys).count(2.0) == int(((tokens["id"] == "002") & (tokens["token"] == "navo")).sum())
    assert [t.get_text() for t in ax.get_yticklabels()][3] == "003 (da)"


def test_dispersion_finds_names_of_several_words(ax: Axes) -> None:
    """'Sergej Lavrov' (two words) gets a tick where both stand one after the other, at the
    first one's place; 'Lavrov' alone also where the first name is missing."""
    dispersion(CORPUS, ["Sergej Lavrov", "Lavrov"], ax=ax)
    both, alone = ax.get_lines()
    tokens = tokenize_corpus(CORPUS, lowercase=True)
    pairs = sum(1 for a, b, same in zip(tokens["token"], tokens["token"][1:],
                                         tokens["id"].eq(tokens["id"].shift(-1)), strict=False)
                if same and (a, b) == ("sergej", "lavrov"))
    assert len(both.get_xdata()) == pairs > 0
    assert len(alone.get_xdata()) == int((tokens["token"] == "lavrov").sum()) > pairs


@pytest.mark.parametrize(("call", "error", "message"), [
    # a table with several articles cannot be one bar chart
    (lambda: frequency_bars(frequencies(CORPUS, by="id", top=3)), ArgumentError,
     r"several values of 'id'.*compare_articles"),
    # the corpus instead of a frequency table
    (lambda: frequency_bars(CORPUS), ArgumentTypeError, r"framelab.frequencies"),
    # compare_articles needs one count per article
    (lambda: compare_articles(frequencies(CORPUS), ["navo"]), ArgumentError, r"by='id'"),
    # a table cut with top= would draw missing words as 0
    (lambda: compare_articles(frequencies(CORPUS, by="id", top=5), ["navo"]), ArgumentError,
     r"cut with top="),
    (lambda: compare_articles(BY_ID, "navo"), ArgumentTypeError, r"words should be a list"),
    (lambda: dispersion(CORPUS, [f"w{i}" for i in range(8)]), ArgumentError, r"up to 7 words"),
    (lambda: dispersion(CORPUS, ["  "]), ArgumentError, r"holds none"),
    (lambda: zipf([]), ArgumentTypeError, r"non-empty list of tokens"),
])
def test_plots_explain_wrong_arguments(call: Callable[[], Any], error: type, message: str
                                       ) -> None:
    with pytest.raises(error, match=message):
        call()
    plt.close("all")


# ------------------------------------------------------------------ issue 13: readable at any size


def _boxes(fig, artists):
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return [a.get_window_extent(renderer) for a in artists if a.get_text()]


def test_frame_heatmap_labels_do_not_collide():
    from framelab import frame_scores

    scores = frame_scores(load_corpus(quiet=True))
    framelab.plots.frame_heatmap(scores)
    fig = plt.gcf()
    boxes = _boxes(fig, fig.axes[0].get_xticklabels())
    assert len(boxes) == len(scores.columns)
    for left, right in zip(boxes, boxes[1:], strict=False):
        assert left.x1 < right.x0, "two frame names overlap"
    plt.close(fig)


def test_frame_heatmap_of_many_articles_shows_the_top_with_a_note():
    from framelab import frame_scores

    one = frame_scores(load_corpus(quiet=True))
    many = pd.concat([one] * 100, ignore_index=True)  # 500 articles
    many.iloc[7] = 99.0
    fig, ax = plt.subplots()
    framelab.plots.frame_heatmap(many, ax=ax)
    assert len(ax.get_yticks()) == framelab.framingplots.MOST_ROWS
    assert "30 of 500 articles" in ax.get_title()
    assert 7 in [int(t.get_text()) for t in ax.get_yticklabels()]  # the one with most hits
    plt.close(fig)


def test_naming_timeline_labels_are_readable_and_off_the_axes():
    table = framelab.naming(load_corpus(quiet=True))
    framelab.plots.naming_timeline(table)
    fig = plt.gcf()
    ax = fig.axes[0]
    width, _ = fig.get_size_inches()
    assert width * fig.dpi <= 1100  # shown at its size in JupyterLab, not scaled down
    labels = [t for t in ax.texts if t.get_text()]
    assert labels and min(t.get_fontsize() for t in labels) >= 12
    inside = ax.get_window_extent(fig.canvas.get_renderer())
    boxes = _boxes(fig, labels)
    for box in boxes:
        assert box.y0 > inside.y0 and box.y1 < inside.y1, "a label touches the axis"
    for i, box in enumerate(boxes):
        assert not any(box.overlaps(other) for other in boxes[i + 1:]), "two labels overlap"
    plt.close(fig)


def test_naming_timeline_of_many_articles_spreads_a_few_over_time():
    one = framelab.naming(load_corpus(quiet=True))
    many = pd.concat([one.assign(article=one["article"] + f"-{i}") for i in range(40)],
                     ignore_index=True)  # 200 articles
    fig, ax = plt.subplots()
    framelab.plots.naming_timeline(many, ax=ax)
    assert len(ax.get_xticks()) == framelab.framingplots.MOST_TIMELINE_ARTICLES
    assert "5 of 200 articles" in ax.get_title()
    plt.close(fig)
    # in its own figure (as a lesson draws it), the labels of five columns do not collide (ten,
    # in a figure no wider than the notebook, ran into each other on 20,000 articles)
    framelab.plots.naming_timeline(many)
    fig = plt.gcf()
    ax = fig.axes[0]
    for artists in ([t for t in ax.texts], ax.get_xticklabels()):
        boxes = _boxes(fig, artists)
        for i, box in enumerate(boxes):
            assert not any(box.overlaps(other) for other in boxes[i + 1:]), "two labels overlap"
    plt.close(fig)


def test_compare_articles_of_many_articles_draws_the_top_seven_with_a_note(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from generated_corpus import write_generated_corpus

    corpus = load_corpus(write_generated_corpus(tmp_path, articles=40, seed=5), quiet=True)
    table = frequencies(corpus, by="id")  # was refused: "more than 7 bars per word"
    fig, ax = plt.subplots()
    compare_articles(table, ["rusland", "navo"], ax=ax)
    shown = [t.get_text() for t in ax.get_legend().get_texts()]
    assert len(shown) == len(SERIES_COLOURS)
    assert f"{len(SERIES_COLOURS)} of {corpus['id'].nunique()}" in ax.get_title()
    per_id = (table[table["token"].isin(["rusland", "navo"])].groupby("id")["per_1000"].sum()
              .sort_values(ascending=False))
    assert per_id.index[0] in shown  # the article that uses them most is there
    plt.close(fig)


def test_dispersion_of_many_articles_is_quick_and_shows_thirty(tmp_path):
    import sys
    import time

    sys.path.insert(0, str(Path(__file__).parent))
    from generated_corpus import write_generated_corpus

    corpus = load_corpus(write_generated_corpus(tmp_path, articles=400, seed=9), quiet=True)
    fig, ax = plt.subplots()
    start = time.perf_counter()
    dispersion(corpus, ["Lavrov", "Peskov", "Rusland"], ax=ax)
    assert time.perf_counter() - start < 30  # was minutes: every article scanned every token
    assert len(ax.get_yticks()) == 30 and "30 of 400 articles" in ax.get_title()
    plt.close(fig)
    # in its own figure (as lesson 04 draws it) the 30 article labels do not run into each other
    dispersion(corpus, ["Lavrov", "Peskov", "Rusland"])
    fig = plt.gcf()
    boxes = _boxes(fig, fig.axes[0].get_yticklabels())
    assert len(boxes) == 30
    for i, box in enumerate(boxes):
        assert not any(box.overlaps(other) for other in boxes[i + 1:]), "two labels overlap"
    plt.close(fig)


def test_charts_with_an_article_each_show_thirty_of_many(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from generated_corpus import write_generated_corpus

    corpus = load_corpus(write_generated_corpus(tmp_path, articles=120, seed=4), quiet=True)
    charts = {
        "timeline": lambda ax: framelab.plots.timeline(corpus, ax=ax),
        "lengths": lambda ax: framelab.plots.article_lengths(corpus, ax=ax),
        "cleaning": lambda ax: framelab.plots.cleaning_effect(corpus, framelab.removal_log(corpus),
                                                              ax=ax),
        "who speaks": lambda ax: framelab.plots.who_speaks_chart(framelab.who_speaks(framelab.quotes(corpus)),
                                                                 ax=ax),
    }
    for name, draw in charts.items():
        fig, ax = plt.subplots()
        draw(ax)
        assert "30 of " in ax.get_title(), name
        shown = len(ax.texts) if name == "timeline" else len(ax.get_xticks() if name != "who speaks"
                                                             else ax.get_yticks())
        assert shown <= 31, (name, shown)  # 30, and the timeline's event label at most
        plt.close(fig)


def _many_articles(n: int) -> pd.DataFrame:
    rows = [{"id": f"da_outlet_a_long_file_name_{i:02d}", "date": f"2022-03-{1 + i % 28:02d}",
             "language": "da" if i % 2 else "nl",
             "date_status": "inferred" if i % 3 == 0 else "stated in the text"}
            for i in range(n)]
    return pd.DataFrame(rows)


def test_a_timeline_of_many_articles_draws_a_row_per_article(ax):
    """Long file names close in time overlap on one line: more than a few get a row each."""
    table = _many_articles(12)
    framelab.plots.timeline(table, events={"2022-03-10": "an event"}, ax=ax)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 12 and labels[0] == "da_outlet_a_long_file_name_00 · 2022-03-01"
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # the earliest at the top
    # few articles: labelled on the line itself, as in lesson 01
    fig, few = plt.subplots()
    framelab.plots.timeline(_many_articles(5), ax=few)
    assert few.get_yticks().size == 0 and len(few.texts) == 5
    plt.close(fig)


def test_who_speaks_legend_explains_unknown_and_no_speaker(ax):
    table = pd.DataFrame({"article": ["a", "a", "b"], "side": ["unknown", "no speaker", "West"],
                          "words": [10, 5, 7]})
    framelab.framingplots.who_speaks_chart(table, ax=ax)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "unknown: a speaker the actor table does not know" in labels
    assert "no speaker: the text names none" in labels and "West" in labels


def test_the_cleaning_chart_counts_every_kind_of_removal(ax):
    """Every action of the rules has a kind in the chart, so no removed word is left out."""
    from framelab.cleaning import ACTION_KINDS, ACTIONS

    assert set(ACTION_KINDS) == set(ACTIONS)
    corpus = pd.DataFrame({"id": ["a"], "words": [100]})
    log = pd.DataFrame({"article": ["a"] * 4, "action": ["remove_run", "remove_by_shape",
                                                        "remove_near", "caption_copy"],
                        "words": [30, 5, 4, 6]})
    framelab.plots.cleaning_effect(corpus, log, ax=ax)
    heights = {bar.get_label(): [p.get_height() for p in bar.patches] for bar in ax.containers}
    assert heights["removed: boilerplate"] == [39] and heights["removed: repeated text"] == [6]
