"""Checks for exercise answers that tell a student what is wrong and what to try.

In an exercise notebook, the setup cell says which exercise it is and each locked check cell
has one line:

    checks.exercise("01")          # in the setup cell
    checks.check("q3")             # in the check cell under the answer to Q3
    checks.hint("q3")              # typed by a student who wants a hint (asked again: the code)

A check prints one line: ✓, or ✗ with a hint that fits the mistake (see
:mod:`framelab.checks.questions`). The hidden tests use :func:`expect_equal` and the other
``expect_`` functions of :mod:`framelab.checks.expect` with the right values, on plain data
(numbers, texts, lists, tables): :func:`as_dict` and :func:`by_article` read an answer the same
way whether it is a pandas object or the plain data a grader rebuilt from it.

>>> as_dict(pd.Series({"West": 115}))
{'West': 115}
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from . import history
from .expect import (
    AnswerError,
    CheckError,
    NotAnsweredError,
    expect_columns,
    expect_equal,
    expect_in,
    expect_type,
    plain,
    require_answer,
)
from .questions import answer_names, check, exercise, hint

__all__ = [
    "AnswerError",
    "CheckError",
    "NotAnsweredError",
    "answer_names",
    "as_dict",
    "by_article",
    "check",
    "exercise",
    "expect_columns",
    "expect_equal",
    "expect_in",
    "expect_type",
    "hint",
    "require_answer",
]


def as_dict(value: Any) -> dict[str, Any]:
    """A Series or a dict (label -> value) as a dict with plain values.

    >>> as_dict({"Russia": 299})
    {'Russia': 299}
    """
    return {str(k): plain(v) for k, v in dict(value).items()}


def by_article(table: pd.DataFrame) -> pd.DataFrame:
    """A table with one row per article, indexed by article id, whether the ids are its index
    or its column ``article`` (a table rebuilt from plain data may have lost its index).

    >>> float(by_article(pd.DataFrame({"article": ["004"], "conflict": [29.41]})).loc["004", "conflict"])
    29.41
    """
    if "article" in table.columns:
        table = table.set_index("article")
    table = table.copy()
    table.index = [str(i) for i in table.index]
    return table


history.install()
