"""The kind of an answer (a whole number, a text, a table ...) and the usual mistakes of kind.

:func:`kind_problem` says in plain words what is wrong with the *kind* of an answer, the first
thing a check looks at: a number in quotes, a table where one value is asked, an empty table, a
function without its brackets. It returns ``None`` when the kind is right.

>>> kind_problem("2", COUNT)
"is the text '2', a number in quotes: store the number itself, without the quotes"
>>> kind_problem(2, COUNT) is None
True
"""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np
import pandas as pd

from .expect import plain

__all__ = [
    "COLUMN", "COUNT", "KINDS", "LIST", "NUMBER", "TABLE", "TEXT", "TRUTH",
    "as_kind", "kind_problem", "show",
]

COUNT, NUMBER, TEXT, TRUTH, LIST, TABLE, COLUMN = (
    "count", "number", "text", "truth", "list", "table", "column")

KINDS = {
    COUNT: "a whole number",
    NUMBER: "a number",
    TEXT: "a text (a string in quotes)",
    TRUTH: "True or False",
    LIST: "a list",
    TABLE: "a table",
    COLUMN: "a pandas Series (one column with labels)",
}


def show(value: Any, limit: int = 50) -> str:
    """An answer as a student would write it: 408.0, not np.float64(408.0); tables described.

    >>> show(np.float64(408.0)), show((np.int64(4), "2")), show(pd.DataFrame({"id": ["000"]}))
    ('408.0', "(4, '2')", "a table with 1 row and the columns ['id']")
    """
    value = plain(value)
    if isinstance(value, pd.DataFrame):
        rows = "1 row" if len(value) == 1 else f"{len(value)} rows"
        if len(value.columns) > 5:
            return f"a table with {rows} and {len(value.columns)} columns"
        return f"a table with {rows} and the columns {[str(c) for c in value.columns]}"
    if isinstance(value, pd.Series):
        what = "a row" if is_row(value) else "a column"
        return f"{what} with {len(value)} value{'' if len(value) == 1 else 's'}"
    if isinstance(value, (list, tuple)):
        value = type(value)(plain(v) for v in value)
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


_NAMES = {list: "a list", tuple: "a tuple", dict: "a dictionary", set: "a set",
          pd.Series: "a pandas Series (a column)", pd.DataFrame: "a table",
          np.ndarray: "a numpy array", str: "a text", type(None): "None"}


def is_row(value: Any) -> bool:
    """Whether a Series is a row of a table (``table.iloc[0]``: labelled by the table's column
    names, its values of several kinds, texts and numbers), not a column.

    >>> table = pd.DataFrame({"id": ["000", "001"], "words": [300, 400]})
    >>> is_row(table.iloc[0]), is_row(table["words"]), is_row(table["id"])
    (True, False, False)
    """
    if not isinstance(value, pd.Series) or value.dtype != object or len(value) < 2:
        return False
    kinds = {"number" if _is_number(v) else type(v).__name__ for v in value
             if v is not None and not (isinstance(v, float) and math.isnan(v))}
    return len(kinds) > 1 and all(isinstance(label, str) for label in value.index)


def a_type(value: Any) -> str:
    """The kind of ``value`` in words.

    >>> a_type([1]), a_type(pd.Series([1])), a_type(object())
    ('a list', 'a pandas Series (a column)', 'an object')
    """
    for kind, words in _NAMES.items():
        if isinstance(value, kind):
            return words
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _is_bool(value: Any) -> bool:
    return isinstance(value, (bool, np.bool_))


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not _is_bool(value)


def _looks_like_number(text: str) -> bool:
    try:
        float(text.strip().replace(",", "."))
    except ValueError:
        return False
    return True


def _common(value: Any, wanted: str) -> str | None:
    """Mistakes of kind that look the same whatever is asked."""
    if callable(value) and not isinstance(value, (pd.DataFrame, pd.Series, type)):
        return (f"is a function, not its result, where {wanted} is asked: did you leave out "
                "the brackets () of the call?")
    return None


def _one_value(value: Any, wanted: str) -> str | None:
    """A table, column or list where one value (a number, a text, True/False) is asked."""
    if isinstance(value, pd.DataFrame):
        if value.empty:
            return (f"is an empty table, where {wanted} is asked: your filter kept no rows; "
                    "compare with a value exactly as the table writes it (capitals, quotes)")
        adds = ("; table[column].sum() adds up a column of numbers"
                if "number" in wanted and any(pd.api.types.is_numeric_dtype(t)
                                               for t in value.dtypes) else "")
        return (f"is {show(value)}, where {wanted} is asked: read the question again for which "
                "one value it asks, and take it out of the table (table.loc[row, column] takes "
                f"it by labels, table[column].iloc[0] from the first row{adds}; len(table) "
                "counts the rows)")
    if isinstance(value, pd.Series):
        if value.empty:
            return (f"is an empty column, where {wanted} is asked: your filter kept no rows; "
                    "compare with a value exactly as the table writes it (capitals, quotes)")
        if len(value) == 1:
            return (f"is a column with one value ({show(value.iloc[0])}), where {wanted} is "
                    "asked: take the value out of the column with .item()")
        label = value.index[0]
        label = label.item() if hasattr(label, "item") else label  # 2, not np.int64(2)
        if is_row(value):
            return (f"is {show(value)} (a whole row of the table, one value per column), where "
                    f"{wanted} is asked: take the one value asked out of it by its column name, "
                    f"such as row[{label!r}]")
        adds = ", .sum() adds them all up" if pd.api.types.is_numeric_dtype(value) else ""
        labels = [lab.item() if hasattr(lab, "item") else lab for lab in value.index[:6]]
        shown = ", ".join(map(repr, labels)) + (", ..." if len(value) > 6 else "")
        more = (f": take the one value the question asks for out of it by its label (its labels "
                f"are {shown}): column[{label!r}] takes the value labelled {label!r}"
                if not isinstance(value.index, pd.RangeIndex)
                else ": the question asks for one value; .iloc[n] takes the value at position n "
                     f"(from 0){adds}")
        return f"is {show(value)}, where {wanted} is asked{more}"
    if isinstance(value, (list, tuple, set, dict)):
        if len(value) == 1 and not isinstance(value, dict):
            return (f"is a list with one item, {show(list(value))}, where {wanted} is asked: "
                    "store the item itself")
        more = " (len() counts the items of a list)" if "number" in wanted else ""
        return f"is {a_type(value)} with {len(value)} items, where {wanted} is asked{more}"
    return None


def kind_problem(value: Any, kind: str) -> str | None:
    """What is wrong with the kind of ``value`` for an answer of ``kind``; None if nothing.

    >>> kind_problem(pd.Series([4]), COUNT)
    'is a column with one value (4), where a whole number is asked: take the value out of the column with .item()'
    >>> kind_problem(2.5, COUNT)
    'is 2.5, a number with decimals, where a whole number (a count) is asked'
    >>> kind_problem("True", TRUTH)
    "is the text 'True' in quotes, where True or False is asked: write True or False without quotes"
    """
    wanted = KINDS[kind]
    value = plain(value)
    common = _common(value, wanted)
    if common:
        return common
    if kind in (COUNT, NUMBER):
        if _is_bool(value):
            return f"is {value}, where a number is asked"
        if isinstance(value, str):
            if _looks_like_number(value):
                return (f"is the text {value!r}, a number in quotes: store the number itself, "
                        "without the quotes")
            return f"is the text {show(value)}, where {wanted} is asked"
        if _is_number(value):
            if kind == COUNT and not float(value).is_integer():
                return f"is {show(value)}, a number with decimals, where a whole number (a count) is asked"
            if isinstance(value, float) and math.isnan(value):
                return "is nan (not a number): the value you took out of the table was missing"
            return None
        return _one_value(value, wanted) or f"is {a_type(value)}, where {wanted} is asked"
    if kind == TEXT:
        if isinstance(value, str):
            return None
        if _is_number(value) or _is_bool(value):
            return (f"is the number {show(value)}, where a text is asked: write the name or "
                    "id in quotes, exactly as the table writes it")
        return _one_value(value, wanted) or f"is {a_type(value)}, where {wanted} is asked"
    if kind == TRUTH:
        if _is_bool(value):
            return None
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return (f"is the text {value!r} in quotes, where True or False is asked: write True "
                    "or False without quotes")
        if _is_number(value):
            return f"is the number {show(value)}, where True or False is asked"
        if isinstance(value, str):
            return (f"is the text {show(value)}, where True or False is asked: write True or "
                    "False without quotes, or a comparison that gives one, such as \"x\" in a_list")
        return _one_value(value, wanted) or f"is {a_type(value)}, where {wanted} is asked"
    if kind == LIST:
        if isinstance(value, (list, tuple)):
            return None
        if isinstance(value, (pd.Series, np.ndarray)):
            return (f"is {a_type(value)} ({len(value)} values), where a list is asked: turn it "
                    "into a list with list(...) or sorted(...)")
        if isinstance(value, set):
            return "is a set, where a list is asked: sorted(...) turns it into a sorted list"
        if isinstance(value, str):
            return (f"is the text {show(value)}, where a list is asked: a list is written "
                    "[\"a\", \"b\"], with each item in quotes")
        if isinstance(value, pd.DataFrame):
            return (f"is {show(value)}, where a list is asked: take one column and wrap it in "
                    "list(...) or sorted(...)")
        return f"is {a_type(value)}, where a list is asked"
    if kind == TABLE:
        if isinstance(value, pd.DataFrame):
            return None
        if isinstance(value, pd.Series):
            return ("is one column (a pandas Series), where a table is asked: select columns with "
                    "a list of names, table[[\"a\", \"b\"]] (two pairs of brackets)")
        return f"is {show(value) if _is_number(value) else a_type(value)}, where a table is asked"
    if kind == COLUMN:
        if isinstance(value, (pd.Series, dict)):
            return None
        if isinstance(value, pd.DataFrame):
            return (f"is {show(value)}, where one column with labels (a pandas Series) is asked: "
                    "select one column, table[\"name\"]")
        return f"is {a_type(value)}, where {wanted} is asked"
    raise ValueError(f"unknown kind {kind!r}")


def as_kind(value: Any, kind: str) -> Any:
    """The answer as plain data of its kind (called once :func:`kind_problem` found nothing).

    >>> as_kind(np.int64(4), COUNT), as_kind(4.0, COUNT), as_kind((1, 2), LIST)
    (4, 4, [1, 2])
    """
    value = plain(value)
    if kind == COUNT:
        return int(value)
    if kind == NUMBER:
        return float(value)
    if kind == TRUTH:
        return bool(value)
    if kind == LIST:
        return [plain(v) for v in value]
    if kind == COLUMN and isinstance(value, pd.Series):
        return {str(k): plain(v) for k, v in value.items()}
    if kind == COLUMN:
        return {str(k): plain(v) for k, v in value.items()}
    return value
