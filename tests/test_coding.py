"""The Semetko & Valkenburg coding sheet and Cohen's kappa."""

import math

import pandas as pd
import pytest

import framelab
from framelab.coding import (
    agreement,
    coding_questions,
    coding_sheet,
    cohen_kappa,
    frame_scores_from_coding,
    read_coding_sheet,
)
from framelab.errors import ArgumentError


@pytest.mark.parametrize("first, second, expected", [
    # perfect agreement
    ([1, 0, 1, 0], [1, 0, 1, 0], 1.0),
    # by hand: p_o = .8, p_e = .6*.6 + .4*.4 = .52, kappa = .28/.48
    ([1, 1, 0, 1, 0, 0, 1, 1, 0, 1], [1, 0, 0, 1, 0, 1, 1, 1, 0, 1], 0.5833),
    # exactly opposite answers
    ([1, 0, 1, 0], [0, 1, 0, 1], -1.0),
    # agreement no better than chance
    ([1, 1, 0, 0], [1, 0, 1, 0], 0.0),
])
def test_cohen_kappa(first, second, expected):
    assert cohen_kappa(first, second) == pytest.approx(expected, abs=1e-4)


def test_kappa_is_undefined_when_both_coders_never_vary():
    assert math.isnan(cohen_kappa([1, 1, 1], [1, 1, 1]))
    with pytest.raises(ArgumentError, match="same questions"):
        cohen_kappa([1, 0], [1])


def test_sheet_round_trip_and_scores(tmp_path):
    corpus = framelab.load_corpus(quiet=True)
    sheet = coding_sheet(corpus)
    assert len(sheet) == 5 * len(coding_questions()) == 95
    sheet["answer"] = [1 if frame == "conflict" else 0 for frame in sheet["frame"]]
    path = tmp_path / "coding_ana.csv"
    sheet.to_csv(path, index=False)
    back = read_coding_sheet(path)
    scores = frame_scores_from_coding(back)
    assert scores["conflict"].tolist() == [1.0] * 5
    assert scores["morality"].tolist() == [0.0] * 5
    other = back.sample(frac=1, random_state=1)  # another order: rows are matched by key
    table = agreement(back, other).set_index("frame")
    assert table.loc["all frames", "agreement"] == 1.0


def test_a_missing_answer_is_named(tmp_path):
    sheet = coding_sheet(framelab.load_corpus(quiet=True))
    sheet["answer"] = "1"
    sheet.loc[3, "answer"] = "yes"
    path = tmp_path / "coding.csv"
    sheet.to_csv(path, index=False)
    with pytest.raises(ArgumentError, match=r"row 5: the answer for article 000, responsibility "
                                            r"question 4 is 'yes'; write 1 \(yes\) or 0 \(no\)"):
        read_coding_sheet(path)


def test_empty_comparison_is_refused():
    a = pd.DataFrame({"article": ["x"], "frame": ["conflict"], "item": [1], "answer": [1]})
    b = a.assign(article="y")
    with pytest.raises(ArgumentError, match="nothing|no article"):
        agreement(a, b)


@pytest.mark.parametrize("separator, encoding", [
    # Excel with Dutch or Danish settings: semicolons, Windows-1252
    (";", "cp1252"),
    # a tab-separated export
    ("\t", "utf-8"),
    # Google Sheets and LibreOffice defaults: commas, UTF-8 with a byte-order mark
    (",", "utf-8-sig"),
])
def test_a_sheet_saved_by_a_spreadsheet_is_read(tmp_path, separator, encoding):
    corpus = framelab.load_corpus(quiet=True)
    sheet = coding_sheet(corpus)
    sheet["answer"] = 1
    sheet["note"] = "Zelenski: “één” oorlog"
    # spreadsheets save the ids 000, 001 ... as the numbers 0, 1 ...
    sheet["article"] = sheet["article"].astype(int)
    path = tmp_path / "coding.csv"
    sheet.to_csv(path, index=False, sep=separator, encoding=encoding)
    back = read_coding_sheet(path)
    assert sorted(set(back["article"])) == list(corpus["id"])
    assert back["answer"].tolist() == [1] * 95
    assert back.loc[0, "note"] == "Zelenski: “één” oorlog"
