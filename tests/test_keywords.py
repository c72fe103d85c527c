"""Keyness statistics against hand-computed values (methods.md) and the corpus."""

import math
from collections import Counter

import numpy as np
import pandas as pd
import pytest

import framelab
from framelab.errors import ArgumentError
from framelab.keywords import (
    keyness,
    keyness_table,
    log_likelihood,
    log_ratio,
    p_value,
    percent_diff,
    periods,
)


@pytest.mark.parametrize("a, b, c, d, expected", [
    # methods.md's check value for the two-term form (UCREL wizard)
    (6, 1, 800, 3200, 14.018),
    # by hand: E1 = 1000*20/3000 = 6.667, E2 = 13.333; 2(10 ln 1.5 + 10 ln 0.75) = 2.356
    (10, 10, 1000, 2000, 2.356),
    # a zero term is dropped: 2 * 5 ln(5 / (5 * 800/4000)) = 16.094
    (5, 0, 800, 3200, 16.094),
    # relatively rarer in the target: negative; by hand 2(ln(1/1.4) + 6 ln(6/5.6)) = 0.155
    (1, 6, 800, 3200, -0.155),
    # the same relative frequency: 0
    (4, 16, 800, 3200, 0.0),
])
def test_log_likelihood_two_term(a, b, c, d, expected):
    assert log_likelihood(a, b, c, d) == pytest.approx(expected, abs=1e-3)


def test_log_likelihood_four_term_matches_antconc_check_value():
    # methods.md: AntConc 4's four-term form gives 14.051 for the same case
    assert log_likelihood(6, 1, 800, 3200, cells=4) == pytest.approx(14.051, abs=1e-3)


@pytest.mark.parametrize("a, b, c, d, expected", [
    (6, 1, 800, 3200, 4.585),  # methods.md check value: log2(24)
    (4, 4, 1000, 2000, 1.0),  # twice as frequent
    (4, 8, 1000, 1000, -1.0),  # half as frequent
    (3, 0, 1000, 1000, math.log2(3 / 0.5)),  # zero adjusted to 0.5
])
def test_log_ratio(a, b, c, d, expected):
    assert log_ratio(a, b, c, d) == pytest.approx(expected, abs=1e-3)


@pytest.mark.parametrize("g2, p", [(3.84, 0.05), (6.63, 0.01), (10.83, 0.001), (15.13, 0.0001)])
def test_critical_values(g2, p):
    assert p_value(g2) == pytest.approx(p, rel=0.02)


def test_percent_diff():
    assert percent_diff(4, 4, 1000, 2000) == pytest.approx(100.0)
    assert percent_diff(2, 0, 1000, 1000) == math.inf


@pytest.mark.parametrize("args", [(7, 1, 5, 100), (1, 1, 0, 100), (-1, 1, 10, 10)])
def test_impossible_counts_are_refused(args):
    with pytest.raises(ArgumentError):
        log_likelihood(*args)


def test_numpy_counts_from_a_pandas_sum_are_numbers_too():
    # exercise 06 Q3 takes c and d from dutch.groupby("period")["words"].sum(): numpy's int64
    sizes = pd.Series([991, 641], index=["after", "before"])
    assert log_likelihood(2, 11, sizes["after"], sizes["before"]) == pytest.approx(
        log_likelihood(2, 11, 991, 641))
    with pytest.raises(ArgumentError):
        log_likelihood(np.True_, 1, 10, 10)


def test_keyness_table_columns_and_order():
    table = keyness_table(Counter(oorlog=6, de=40), Counter(oorlog=1, de=160),
                          target_size=800, reference_size=3200, min_count=1)
    assert table["word"].tolist() == ["oorlog", "de"]
    row = table.iloc[0]
    assert row["g2"] == pytest.approx(14.018, abs=1e-3)
    assert row["log_ratio"] == pytest.approx(4.585, abs=1e-3)
    assert row["per_1000_target"] == pytest.approx(7.5)


def test_periods_keeps_month_dates_that_straddle_the_cut_unknown():
    corpus = framelab.load_corpus(quiet=True)
    assert periods(corpus, "2022-02-24").tolist() == ["before", "after", "before", "before", "after"]
    # 001 is dated 2024-12: a cut inside December 2024 cannot place it
    assert periods(corpus, "2024-12-15").tolist()[1] == "unknown"
    with pytest.raises(ArgumentError, match="is not written as YYYY-MM-DD"):
        periods(corpus, "after the invasion")


def test_corpus_keyness_counts_match_an_independent_count():
    corpus = framelab.load_corpus(quiet=True)
    corpus = corpus[corpus["language"] == "nl"].reset_index(drop=True)
    corpus["period"] = periods(corpus, "2022-02-24")
    table = keyness(corpus, by="period", target="after", min_count=1).set_index("word")
    counts = {True: Counter(), False: Counter()}
    for row in corpus.itertuples():
        counts[row.period == "after"].update(framelab.tokenize(row.text, "nl", lowercase=True))
    for word in ("oorlog", "navo", "lavrov", "truss"):
        assert table.loc[word, "count_target"] == counts[True][word]
        assert table.loc[word, "count_reference"] == counts[False][word]
        assert table.loc[word, "g2"] == pytest.approx(log_likelihood(
            counts[True][word], counts[False][word], sum(counts[True].values()),
            sum(counts[False].values())))


def test_keyness_errors_name_the_problem():
    corpus = framelab.load_corpus(quiet=True)
    with pytest.raises(ArgumentError, match="not a column"):
        keyness(corpus, by="period", target="after")
    corpus["period"] = periods(corpus, "2022-02-24")
    with pytest.raises(ArgumentError, match="No article has period = 'later'"):
        keyness(corpus, by="period", target="later")


def test_a_misspelt_by_column_gets_did_you_mean_and_a_cut_without_quotes_is_named():
    """by='Period' named a column that exists as 'period' and told the student to make it
    again; periods(corpus, 2021-12-15) without quotes (the number 1994) gave every article
    'after' without a word."""
    import pytest

    import framelab
    from framelab.errors import ArgumentError

    corpus = framelab.load_corpus(quiet=True)
    corpus["period"] = framelab.periods(corpus, "2022-02-24")
    with pytest.raises(ArgumentError, match=r"Did you mean by='period'\?"):
        framelab.keyness(corpus, by="Period", target="after")
    with pytest.raises(ArgumentError, match="Add it first"):  # near-miss: nothing like it
        framelab.keyness(corpus, by="sentiment", target="after")
    with pytest.raises(ArgumentError, match="cut=1994 is not a date in quotes"):
        framelab.periods(corpus, 2021 - 12 - 15)
