"""Manual frame coding: the Semetko & Valkenburg questions as a sheet, and intercoder agreement.

Semetko & Valkenburg (2000, "Framing European Politics", Journal of Communication 50(2)) measure
five generic news frames — responsibility, human interest, conflict, morality and economic
consequences — with yes/no questions. A coder answers each question with 1 (yes) or 0 (no) for
each article; a frame's score is the mean of its answers. The question on visual information is
left out because the corpus is text only.

Two coders who code the same articles can check how far they agree. Raw agreement flatters
them, because two coders who answer at random agree half of the time; Cohen's kappa corrects for
that: κ = (p_o − p_e) / (1 − p_e), where p_o is the observed and p_e the expected agreement.
κ ≥ 0.7 is the usual threshold in teaching.

>>> a = [1, 1, 0, 1, 0, 0, 1, 1, 0, 1]
>>> b = [1, 0, 0, 1, 0, 1, 1, 1, 0, 1]
>>> round(cohen_kappa(a, b), 3)
0.583
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from io import StringIO
from pathlib import Path

import pandas as pd

from .errors import ArgumentError, ArgumentTypeError, a_type
from .reading import read_text_file

__all__ = [
    "agreement",
    "coding_questions",
    "coding_sheet",
    "cohen_kappa",
    "frame_scores_from_coding",
    "read_coding_sheet",
]

SHEET_COLUMNS = ("article", "frame", "item", "question", "answer", "note")


@lru_cache(maxsize=1)
def _questions() -> pd.DataFrame:
    with files("framelab").joinpath("data", "semetko_valkenburg.csv").open(encoding="utf-8") as f:
        return pd.read_csv(f, dtype={"frame": str, "item": int, "question": str})


def coding_questions() -> pd.DataFrame:
    """The 19 yes/no questions of Semetko & Valkenburg's five frames (text items only).

    >>> coding_questions().groupby("frame", sort=False).size().to_dict()
    {'responsibility': 5, 'human interest': 4, 'conflict': 4, 'morality': 3, 'economic consequences': 3}
    """
    return _questions().copy()


def coding_sheet(corpus: pd.DataFrame) -> pd.DataFrame:
    """An empty coding sheet: one row per article and question, with empty answer and note.

    Save it with ``sheet.to_csv("coding_ana.csv", index=False)``, fill in 1 or 0 in the
    ``answer`` column (a spreadsheet program is fine), and read it back with
    :func:`read_coding_sheet`.

    >>> from framelab import load_corpus
    >>> sheet = coding_sheet(load_corpus(quiet=True))
    >>> len(sheet), list(sheet.columns)
    (95, ['article', 'frame', 'item', 'question', 'answer', 'note'])
    """
    if not isinstance(corpus, pd.DataFrame) or "id" not in corpus.columns:
        raise ArgumentTypeError("corpus should be the table from framelab.load_corpus().")
    questions = _questions()
    rows = [{"article": article, **q, "answer": "", "note": ""}
            for article in corpus["id"] for q in questions.to_dict("records")]
    return pd.DataFrame(rows, columns=list(SHEET_COLUMNS))


def read_coding_sheet(path: str | Path) -> pd.DataFrame:
    """Read a filled-in coding sheet and check every answer is 1 or 0.

    A sheet saved by a spreadsheet program is read as well: separated by commas, semicolons
    (Excel with Dutch or Danish settings) or tabs, in UTF-8 or Windows-1252. Spreadsheets read
    the article ids 000, 001 ... as numbers and save them as 0, 1 ...: ids that are whole
    numbers shorter than three digits get their leading zeros back, as in the course's corpus.

    Raises:
        ArgumentError: Naming the file, the row and the article and question that need a 1 or 0.
    """
    p = Path(path)
    if not p.is_file():
        raise ArgumentError(f"path={str(p)!r}: there is no coding sheet there. Save one first "
                            "with framelab.coding_sheet(corpus).to_csv(path, index=False).")
    read = read_text_file(p)
    if not read.usable or read.text is None:
        raise ArgumentError(str(read.problem))
    header = read.text.split("\n", 1)[0]
    separator = max((",", ";", "\t"), key=header.count)
    sheet = pd.read_csv(StringIO(read.text), sep=separator, dtype=str, keep_default_na=False)
    missing = [c for c in ("article", "frame", "item", "answer") if c not in sheet.columns]
    if missing:
        raise ArgumentError(f"{p.name} lacks the column(s) {', '.join(missing)}; start from "
                            "framelab.coding_sheet(corpus).")
    bad = sheet[~sheet["answer"].str.strip().isin(["0", "1"])]
    if not bad.empty:
        first = bad.iloc[0]
        raise ArgumentError(
            f"{p.name} row {bad.index[0] + 2}: the answer for article {first['article']}, "
            f"{first['frame']} question {first['item']} is {first['answer']!r}; write 1 (yes) or "
            f"0 (no). {len(bad)} answer(s) in all need a 1 or 0.")
    sheet["article"] = sheet["article"].str.strip().map(
        lambda a: a.zfill(3) if a.isdigit() else a)
    sheet["answer"] = sheet["answer"].str.strip().astype(int)
    sheet["item"] = sheet["item"].astype(int)
    return sheet


def frame_scores_from_coding(sheet: pd.DataFrame) -> pd.DataFrame:
    """Frame scores per article: the mean of each frame's answers (0 = absent, 1 = fully present).

    >>> sheet = pd.DataFrame({"article": ["a"] * 3, "frame": ["conflict"] * 2 + ["morality"],
    ...                       "item": [1, 2, 1], "answer": [1, 0, 0]})
    >>> frame_scores_from_coding(sheet).to_dict("index")
    {'a': {'conflict': 0.5, 'morality': 0.0}}
    """
    table = sheet.pivot_table(index="article", columns="frame", values="answer", aggfunc="mean")
    table.columns.name = None
    return table


def cohen_kappa(first: Sequence[object], second: Sequence[object]) -> float:
    """Cohen's kappa of two coders' answers to the same questions, in the same order.

    Lists, tuples and pandas columns (``sheet["answer"]``) all work. Returns ``nan`` when both
    coders gave one and the same answer everywhere (kappa is then undefined: report the raw
    agreement instead). A missing answer (empty, NaN, None) is refused, not scored: fill it in,
    or leave that question out of both codings.

    >>> cohen_kappa([1, 0, 1, 0], [1, 0, 1, 0])
    1.0
    >>> import pandas as pd
    >>> round(cohen_kappa(pd.Series(["yes", "no", "yes"]), pd.Series(["yes", "no", "no"])), 3)
    0.4
    """
    answers = []
    for name, coding in (("first", first), ("second", second)):
        if isinstance(coding, (str, bytes)) or not hasattr(coding, "__len__"):
            raise ArgumentTypeError(f"The {name} coding should be a list or column of answers "
                                    f"(e.g. sheet['answer']), not {a_type(coding)}.")
        values = list(coding)
        missing = [i + 1 for i, value in enumerate(values) if _missing(value)]
        if missing:
            shown = ", ".join(map(str, missing[:5])) + (" ..." if len(missing) > 5 else "")
            raise ArgumentError(f"The {name} coding has no answer at position(s) {shown} (empty "
                                "or NaN); kappa would count 'no answer' as an answer. Fill in "
                                "those answers, or leave those questions out of both codings.")
        answers.append(values)
    first, second = answers
    if len(first) != len(second):
        raise ArgumentError(f"The two codings have {len(first)} and {len(second)} answers; "
                            "they must answer the same questions in the same order.")
    if not first:
        raise ArgumentError("The codings are empty; there is nothing to compare.")
    n = len(first)
    observed = sum(x == y for x, y in zip(first, second, strict=True)) / n
    count_a, count_b = Counter(first), Counter(second)
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    if expected == 1:
        return float("nan")
    return float((observed - expected) / (1 - expected))


def _missing(value: object) -> bool:
    """An empty answer: None, NaN (a blank cell read by pandas) or a blank string."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def agreement(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Compare two coders' sheets per frame: number of answers, raw agreement and kappa.

    Rows are matched on article, frame and item, so the sheets may be in any order.
    """
    keys = ["article", "frame", "item"]
    merged = first[keys + ["answer"]].merge(second[keys + ["answer"]], on=keys,
                                            suffixes=("_1", "_2"))
    if merged.empty:
        raise ArgumentError("The two sheets have no article and question in common.")
    rows = []
    for frame, part in merged.groupby("frame", sort=False):
        a, b = part["answer_1"].tolist(), part["answer_2"].tolist()
        rows.append({"frame": frame, "answers": len(part),
                     "agreement": sum(x == y for x, y in zip(a, b, strict=True)) / len(part),
                     "kappa": cohen_kappa(a, b)})
    a, b = merged["answer_1"].tolist(), merged["answer_2"].tolist()
    rows.append({"frame": "all frames", "answers": len(merged),
                 "agreement": sum(x == y for x, y in zip(a, b, strict=True)) / len(merged),
                 "kappa": cohen_kappa(a, b)})
    return pd.DataFrame(rows)
