"""The numbers people really pass: pandas columns, NumPy integers, NaN, zeros.

Each case failed before: a Series for cohen_kappa, NumPy integers for log_likelihood and
keyness_table, 0/0 in percent_diff, the type of log_likelihood(0, 0, ...), keyness's stopwords
per language, and collocations across the headline.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pandas as pd
import pytest

import framelab
import framelab.kwic
from framelab import cohen_kappa, keyness
from framelab.errors import ArgumentError
from framelab.keywords import keyness_table, log_likelihood, percent_diff


def test_cohen_kappa_takes_two_sheet_columns() -> None:
    sheet_a = pd.DataFrame({"answer": ["yes", "no", "yes", "no", "yes"]})
    sheet_b = pd.DataFrame({"answer": ["yes", "no", "no", "no", "yes"]})
    as_lists = cohen_kappa(sheet_a["answer"].tolist(), sheet_b["answer"].tolist())
    assert cohen_kappa(sheet_a["answer"], sheet_b["answer"]) == pytest.approx(as_lists)
    assert as_lists == pytest.approx((0.8 - 0.48) / (1 - 0.48))
    assert type(cohen_kappa(sheet_a["answer"], sheet_b["answer"])) is float


@pytest.mark.parametrize("missing", [float("nan"), None, "", np.nan])
def test_cohen_kappa_refuses_missing_answers_with_their_position(missing: object) -> None:
    with pytest.raises(ArgumentError, match=r"second coding has no answer at position\(s\) 2"):
        cohen_kappa(pd.Series(["yes", "no", "yes"]), pd.Series(["yes", missing, "yes"]))


def test_cohen_kappa_refuses_a_string() -> None:
    with pytest.raises(TypeError, match="list or column of answers"):
        cohen_kappa("yes", "no")


@pytest.mark.parametrize("kind", [np.int64, np.int32, np.uint16, np.float64])
def test_log_likelihood_takes_numpy_numbers(kind: type) -> None:
    value = log_likelihood(kind(6), kind(1), kind(800), kind(3200))
    assert value == pytest.approx(log_likelihood(6, 1, 800, 3200))
    assert type(value) is float


def test_keyness_table_takes_counts_from_a_pandas_column() -> None:
    counts = pd.DataFrame({"word": ["oorlog", "de"], "target": [6, 40], "reference": [1, 160]})
    target = dict(zip(counts["word"], counts["target"].to_numpy(), strict=True))  # np.int64
    reference = dict(zip(counts["word"], counts["reference"].to_numpy(), strict=True))
    assert isinstance(target["oorlog"], np.integer)
    table = keyness_table(target, reference, target_size=np.int64(800),
                          reference_size=np.int64(3200), min_count=1)
    assert table.loc[0, "g2"] == pytest.approx(14.018, abs=1e-3)


@pytest.mark.parametrize("value, words", [
    # NaN: named as such
    (float("nan"), "not float NaN"),
    # True is no count
    (True, "not bool"),
    # a string
    ("6", "not str"),
])
def test_log_likelihood_names_what_it_got(value: object, words: str) -> None:
    with pytest.raises(ArgumentError, match=f"a={value!r}.*{words}"):
        log_likelihood(value, 1, 800, 3200)  # type: ignore[arg-type]


def test_percent_diff_of_a_word_in_neither_corpus_is_nan() -> None:
    assert math.isnan(percent_diff(0, 0, 1000, 2000))
    assert percent_diff(1, 0, 1000, 2000) == math.inf


def test_log_likelihood_of_zero_counts_is_a_float() -> None:
    value = log_likelihood(0, 0, 1000, 2000)
    assert value == 0.0 and type(value) is float
    assert type(log_likelihood(0, 0, 1000, 2000, cells=4)) is float


def test_keyness_removes_each_articles_own_stopwords() -> None:
    # Dutch "kan" and Danish "alle" are stopwords only in their own language: a Danish
    # article keeps "kan", a Dutch one keeps "alle"
    corpus = pd.DataFrame({
        "id": ["d1", "n1"], "language": ["da", "nl"],
        "text": ["Hun kan kan kan, alle sagde han.", "Zij wil alle alle alle kan zien."],
        "group": ["a", "b"],
    })
    assert "kan" in framelab.stopwords("nl") and "kan" not in framelab.stopwords("da")
    assert "alle" in framelab.stopwords("da") and "alle" not in framelab.stopwords("nl")
    table = keyness(corpus, by="group", target="a", min_count=1, stopwords=True).set_index("word")
    assert table.loc["kan", "count_target"] == 3  # the Danish article keeps "kan"
    assert table.loc["alle", "count_reference"] == 3  # the Dutch article keeps "alle"
    assert table.loc["kan", "count_reference"] == 0  # a stopword in the Dutch article
    assert table.loc["alle", "count_target"] == 0  # a stopword in the Danish article
    frequencies = framelab.frequencies(corpus, by="id", stopwords=True)
    kept = frequencies.groupby("id")["token"].apply(set)
    assert "kan" in kept["d1"] and "alle" in kept["n1"]  # as frequencies() does


def test_collocations_document_their_log_likelihood_and_can_stay_in_a_sentence() -> None:
    doc = framelab.kwic.__doc__ or ""
    assert "as G2 in keyness" not in doc and "not the G2 of" in doc
    # a headline, then two sentences
    corpus = pd.DataFrame({"id": ["x"], "language": ["nl"],
                           "text": ["Overleg over navo\n\nRusland wil praten. Blinken zegt nee."]})

    def pairs(**options: object) -> set[tuple[str, str]]:
        table = framelab.collocations(corpus, min_count=1, top=None, window=2, **options)
        return set(zip(table["word_1"], table["word_2"], strict=True))

    assert {("navo", "rusland"), ("praten", "blinken")} <= pairs()  # documented default
    inside = pairs(within_sentences=True)
    assert ("navo", "rusland") not in inside and ("praten", "blinken") not in inside
    assert ("rusland", "praten") in inside  # "wil" is a stopword
    # the ll column is unsigned (four-cell), unlike keyness's signed G2
    assert (framelab.collocations(framelab.load_corpus(quiet=True), top=None)["ll"] >= 0).all()


def test_collocations_within_sentences_checks_its_option() -> None:
    with pytest.raises(TypeError, match="within_sentences"):
        framelab.collocations(framelab.load_corpus(quiet=True), within_sentences="yes")


def test_keyness_table_counter_of_numpy_counts() -> None:
    table = keyness_table(Counter({"a": np.int64(3)}), Counter({"a": np.int64(1), "b": 5}),
                          min_count=1)
    assert set(table["word"]) == {"a", "b"}
