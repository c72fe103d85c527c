"""The building blocks of the checks: compare one answer with what is expected.

The hidden tests of the exercises (which students do not see) call these functions with the
right values. A failed check raises an :class:`AnswerError` (an ``AssertionError``, so nbgrader
counts it as a failed test) whose message says which answer, what was expected in words, what
was found, and a hint. An answer that is still missing raises :class:`NotAnsweredError`. A passed
check prints a line with ✓. In Jupyter a failed check shows as that one line, without a
traceback (:meth:`CheckError._render_traceback_`).

>>> n_articles = 5
>>> expect_type(n_articles, int, "n_articles")
✓ n_articles is a whole number.
>>> expect_equal(n_articles, 4, "n_articles", hint="Count the rows with len(corpus).")
Traceback (most recent call last):
...
framelab.checks.AnswerError: ✗ n_articles should be 4, but it is 5. Hint: Count the rows with len(corpus).
>>> require_answer(None, "n_articles")
Traceback (most recent call last):
...
framelab.checks.NotAnsweredError: ✗ n_articles is not answered yet. Write your code in its cell (replace the line `raise NotImplementedError()`), run that cell, then run this check again.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from ..errors import a_type

__all__ = [
    "AnswerError",
    "CheckError",
    "NotAnsweredError",
    "expect_columns",
    "expect_equal",
    "expect_in",
    "expect_type",
    "require_answer",
]

_KINDS = {
    int: "a whole number",
    float: "a number",
    str: "a text (str)",
    list: "a list",
    dict: "a dictionary",
    bool: "True or False",
    pd.DataFrame: "a table (pandas DataFrame)",
    pd.Series: "a column (pandas Series)",
}


class CheckError(AssertionError):
    """A check that did not pass. Jupyter shows it as its one-line message, not a traceback.

    It stays an error (an ``AssertionError``): the cell counts as failed for nbgrader, and
    "Run All" stops there.

    >>> CheckError("✗ n is 5.")._render_traceback_() == ["\x1b[31m✗ n is 5.\x1b[0m"]
    True
    """

    def _render_traceback_(self) -> list[str]:
        # IPython shows exactly these lines for an exception that has this method.
        return [f"\x1b[31m{self}\x1b[0m"]


class AnswerError(CheckError):
    """An answer is there but not right yet; the message has a hint."""


class NotAnsweredError(CheckError):
    """An answer has not been written yet (its variable is still ``None`` or ``...``)."""


for _error in (CheckError, AnswerError, NotAnsweredError):
    _error.__module__ = "framelab.checks"  # shown as framelab.checks.AnswerError


def plain(value: Any) -> Any:
    """A numpy number as the Python number it is (np.float64(408.0) -> 408.0).

    >>> plain(np.float64(408.0)), plain(np.int64(4)), plain("2")
    (408.0, 4, '2')
    """
    if isinstance(value, np.generic):
        return value.item()
    return value


def _show(value: Any, limit: int = 60) -> str:
    if isinstance(value, (list, tuple)):  # (np.int64(4), '2') as (4, '2')
        value = type(value)(plain(v) for v in value)
    if isinstance(value, np.generic):  # show np.int64(5) from a pandas sum as 5
        value = value.item()
    if isinstance(value, pd.DataFrame):
        return f"a table with {len(value)} rows and the columns {list(value.columns)}"
    if isinstance(value, pd.Series):
        return f"a column with {len(value)} values"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _fail(name: str, should: str, value: Any, hint: str) -> None:
    message = f"✗ {name} should be {should}, but it is {_show(value)}."
    raise AnswerError(message + (f" Hint: {hint}" if hint else ""))


def require_answer(value: Any, name: str) -> None:
    """Raise :class:`NotAnsweredError` when ``value`` is still ``None`` or ``...``."""
    if value is None or value is Ellipsis:
        raise NotAnsweredError(
            f"✗ {name} is not answered yet. Write your code in its cell (replace the line "
            "`raise NotImplementedError()`), run that cell, then run this check again."
        )


def expect_type(value: Any, kind: type | tuple[type, ...], name: str, *, hint: str = "") -> None:
    """Check that an answer is of the right kind (a number, a text, a table ...).

    >>> expect_type("Lavrov", str, "speaker")
    ✓ speaker is a text (str).
    """
    require_answer(value, name)
    kinds = kind if isinstance(kind, tuple) else (kind,)
    words = " or ".join(_KINDS.get(k, k.__name__) for k in kinds)
    if not any(_is_kind(value, k) for k in kinds):
        _fail(name, words, value, hint or f"It is {a_type(value)} now.")
    print(f"✓ {name} is {words}.")


def _is_bool(value: Any) -> bool:
    return isinstance(value, (bool, np.bool_))


def _is_kind(value: Any, kind: type) -> bool:
    """isinstance, the way a student means it: True is not a number, but numpy's 5 is."""
    if kind is bool:
        return _is_bool(value)
    if _is_bool(value):
        return False
    if kind is int:
        return isinstance(value, numbers.Integral)
    if kind is float:  # "a number": 5 is one, and so is 5.0
        return isinstance(value, numbers.Real)
    return isinstance(value, kind)


def _same(value: Any, expected: Any, tolerance: float) -> bool:
    """Whether an answer equals the expected value, without ever raising."""
    if _is_bool(value) != _is_bool(expected):  # True is not the answer 1
        return False
    if isinstance(value, numbers.Real) and isinstance(expected, numbers.Real):
        if isinstance(value, numbers.Integral) and isinstance(expected, numbers.Integral):
            return int(value) == int(expected)
        return math.isclose(value, expected, rel_tol=tolerance, abs_tol=tolerance)
    if isinstance(value, float) or isinstance(expected, float):
        return False  # a number against something that is not one
    pandas = (pd.Series, pd.DataFrame)
    if isinstance(value, pandas) or isinstance(expected, pandas):
        if isinstance(value, pd.Series) and isinstance(expected, (list, tuple)):
            return _same(value.tolist(), list(expected), tolerance)
        if type(value) is not type(expected):
            return False
        compare = (pd.testing.assert_series_equal if isinstance(value, pd.Series)
                   else pd.testing.assert_frame_equal)
        try:
            compare(value, expected, check_dtype=False, check_names=False,
                    rtol=tolerance, atol=tolerance)
        except AssertionError:
            return False
        return True
    if isinstance(value, (list, tuple)) and isinstance(expected, (list, tuple)):
        return len(value) == len(expected) and all(
            _same(v, e, tolerance) for v, e in zip(value, expected, strict=True))
    try:
        if isinstance(value, np.ndarray) or isinstance(expected, np.ndarray):
            return bool(np.array_equal(value, expected))
        return bool(value == expected)
    except (TypeError, ValueError):  # values that cannot be compared are not equal
        return False


def expect_equal(value: Any, expected: Any, name: str, *, hint: str = "",
                 tolerance: float = 1e-6) -> None:
    """Check that an answer equals the expected value (numbers within ``tolerance``).

    >>> expect_equal(0.1 + 0.2, 0.3, "ratio")
    ✓ ratio is right.
    """
    require_answer(value, name)
    if not _same(value, expected, tolerance):
        _fail(name, _show(expected), value, hint)
    print(f"✓ {name} is right.")


def expect_in(value: Any, options: Iterable[Any], name: str, *, hint: str = "") -> None:
    """Check that an answer is one of the allowed options.

    >>> expect_in("nl", ["nl", "da"], "language")
    ✓ language is one of the allowed answers.
    """
    require_answer(value, name)
    choices = list(options)
    if not any(_same(value, choice, 0.0) for choice in choices):
        _fail(name, "one of " + ", ".join(repr(c) for c in choices), value, hint)
    print(f"✓ {name} is one of the allowed answers.")


def expect_columns(table: Any, columns: Iterable[str], name: str, *, hint: str = "") -> None:
    """Check that an answer is a table that has (at least) these columns.

    >>> expect_columns(pd.DataFrame({"id": [1], "words": [3]}), ["id", "words"], "summary")
    ✓ summary is a table with the columns id, words.
    """
    require_answer(table, name)
    wanted = list(columns)
    if not isinstance(table, pd.DataFrame):
        _fail(name, "a table (pandas DataFrame)", table, hint)
    missing = [c for c in wanted if c not in table.columns]
    if missing:
        _fail(name, f"a table with the column(s) {', '.join(wanted)}", table,
              hint or f"It lacks {', '.join(missing)}.")
    print(f"✓ {name} is a table with the columns {', '.join(wanted)}.")
