"""Answers as plain data: taken out of a student's kernel as JSON, rebuilt for the hidden tests.

In the student's kernel, :data:`TAKE` (source code, run by the grader after each test cell)
prints the question's answer variables as JSON: numbers, strings, booleans, None, lists, dicts,
and tagged objects for what the exercises ask for (tables, Series, numpy numbers, sets, tuples,
dates, paths). Only these types are written, by their exact type: a ``str`` subclass with a
rigged ``==`` is written as the plain string it holds, any other object as
``{"__unsupported__": "<type>"}``. The grader reads the JSON (never pickle) with size and depth
limits and rebuilds the values with :func:`rebuild`, in a process of its own.

>>> rebuild(json.loads('{"__tuple__": [1, {"__float__": "nan"}, "a"]}'))
(1, nan, 'a')
>>> rebuild({"__frame__": {"columns": ["id"], "data": [["003"]], "index": [0],
...                        "dtypes": ["object"]}})
    id
0  003
"""

from __future__ import annotations

import json
import math

MAX_ANSWER_CHARS = 4_000_000  # one question's answers, as JSON
MAX_DEPTH = 40

# Runs in the student's kernel (whatever it has done to itself): defines one function, which
# the grader calls with the question's variable names and deletes again.
TAKE = r'''
def _framelab_grader_take(names, _g=globals()):
    import json as _json, math as _math, sys as _sys
    _np = _sys.modules.get("numpy")
    _pd = _sys.modules.get("pandas")
    _limit = [200_000]

    def plain(value, depth=0):
        _limit[0] -= 1
        if _limit[0] < 0 or depth > 30:
            raise ValueError("too large")
        kind = type(value)
        if value is None or kind is bool or kind is int:
            return value
        if kind is float:
            return value if _math.isfinite(value) else {"__float__": repr(value)}
        if isinstance(value, str):
            return str.__str__(value)
        if isinstance(value, int):
            return int.__int__(value)
        if isinstance(value, float):
            return plain(float.__float__(value))
        if kind is list:
            return [plain(v, depth + 1) for v in list.__iter__(value)]
        if kind is tuple:
            return {"__tuple__": [plain(v, depth + 1) for v in tuple.__iter__(value)]}
        if kind in (set, frozenset):
            return {"__set__": [plain(v, depth + 1) for v in value]}
        if kind is dict:
            return {"__dict__": [[plain(k, depth + 1), plain(v, depth + 1)]
                                 for k, v in dict.items(value)]}
        if _np is not None and isinstance(value, _np.generic):
            item = value.item()
            return {"__numpy__": str(value.dtype), "value": plain(item, depth + 1)}
        if _np is not None and kind is _np.ndarray:
            return {"__array__": plain(value.tolist(), depth + 1), "dtype": str(value.dtype)}
        if _pd is not None and kind is _pd.DataFrame:
            return {"__frame__": {
                "columns": [plain(c, depth + 1) for c in value.columns.tolist()],
                "data": [[plain(v, depth + 1) for v in row] for row in value.values.tolist()],
                "index": [plain(i, depth + 1) for i in value.index.tolist()],
                "index_name": plain(value.index.name, depth + 1),
                "dtypes": [str(t) for t in value.dtypes]}}
        if _pd is not None and kind is _pd.Series:
            return {"__series__": {
                "data": [plain(v, depth + 1) for v in value.tolist()],
                "index": [plain(i, depth + 1) for i in value.index.tolist()],
                "index_name": plain(value.index.name, depth + 1),
                "name": plain(value.name, depth + 1), "dtype": str(value.dtype)}}
        if _pd is not None and kind is _pd.Timestamp:
            return {"__timestamp__": value.isoformat()}
        if _pd is not None and value is _pd.NA:
            return {"__float__": "nan"}
        if kind.__name__ in ("PosixPath", "WindowsPath", "Path"):
            return {"__path__": str(value)}
        if kind.__name__ == "date" and kind.__module__ == "datetime":
            return {"__date__": value.isoformat()}
        return {"__unsupported__": kind.__module__ + "." + kind.__qualname__}

    found = {}
    for name in names:
        if name not in _g:
            found[name] = {"__missing__": True}
            continue
        _limit[0] = 200_000
        try:
            found[name] = plain(_g[name])
        except Exception as error:
            found[name] = {"__unsupported__": "too large or broken (" + type(error).__name__ + ")"}
    print(_json.dumps(found, allow_nan=True))
'''

DTYPES = {"int64", "int32", "float64", "float32", "bool", "object", "str", "string",
          "datetime64[ns]", "datetime64[us]", "datetime64[ms]", "datetime64[s]", "category",
          "Int64", "Float64", "boolean"}
NUMPY = {"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16",
         "float32", "float64", "bool", "str"}


class Missing:
    """An answer variable the student's notebook did not define."""


class Unsupported:
    """An answer the grader could not take out of the notebook as plain data."""

    def __init__(self, kind: str):
        self.kind = kind

    def __repr__(self) -> str:
        return f"<a {self.kind}, which the grader cannot take out of the notebook>"


def read_answers(text: str) -> dict:
    """The JSON printed by :data:`TAKE`, checked: a dict of names to plain data."""
    if len(text) > MAX_ANSWER_CHARS:
        raise ValueError("the answers are too large")
    data = json.loads(text or "{}")
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ValueError("the answers are no table of names")
    _depth(data, 0)
    return data


def _depth(value, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ValueError("the answers are nested too deep")
    if isinstance(value, dict):
        for v in value.values():
            _depth(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            _depth(v, depth + 1)


def rebuild(value):
    """A value from plain data: the object the student's variable held (see :data:`TAKE`)."""
    if isinstance(value, list):
        return [rebuild(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "__float__" in value:
        text = str(value["__float__"])
        return float(text) if text in ("nan", "inf", "-inf") else math.nan
    if "__tuple__" in value:
        return tuple(rebuild(v) for v in value["__tuple__"])
    if "__set__" in value:
        items = [rebuild(v) for v in value["__set__"]]
        return set(items) if all(_hashable(i) for i in items) else items
    if "__dict__" in value:
        return {_key(rebuild(k)): rebuild(v) for k, v in value["__dict__"]}
    if "__missing__" in value:
        return Missing()
    if "__numpy__" in value:
        import numpy as np

        kind = str(value["__numpy__"])
        item = rebuild(value.get("value"))
        return np.dtype(kind).type(item) if kind in NUMPY else item
    if "__array__" in value:
        import numpy as np

        kind = str(value.get("dtype"))
        return np.array(rebuild(value["__array__"]), dtype=kind if kind in NUMPY else None)
    if "__frame__" in value:
        import pandas as pd

        frame = value["__frame__"]
        columns = [_key(rebuild(c)) for c in frame["columns"]]
        table = pd.DataFrame([rebuild(row) for row in frame["data"]], columns=columns,
                             index=_index(frame))
        table = table.reindex(columns=columns) if not len(table) else table
        for column, kind in zip(columns, frame.get("dtypes", []), strict=False):
            if kind in DTYPES and str(table[column].dtype) != kind:
                try:
                    table[column] = table[column].astype(kind)
                except (TypeError, ValueError):
                    pass
        return table
    if "__series__" in value:
        import pandas as pd

        series = value["__series__"]
        kind = series.get("dtype")
        result = pd.Series(rebuild(series["data"]), index=_index(series),
                           name=_key(rebuild(series.get("name"))), dtype="object")
        if kind in DTYPES:
            try:
                result = result.astype(kind)
            except (TypeError, ValueError):
                pass
        return result
    if "__timestamp__" in value:
        import pandas as pd

        return pd.Timestamp(str(value["__timestamp__"]))
    if "__date__" in value:
        import datetime

        return datetime.date.fromisoformat(str(value["__date__"]))
    if "__path__" in value:
        from pathlib import Path

        return Path(str(value["__path__"]))
    return Unsupported(str(value.get("__unsupported__", "object")))


def _hashable(value) -> bool:
    try:
        hash(value)
        return True
    except TypeError:
        return False


def _key(value):
    return value if _hashable(value) else repr(value)


def _index(part: dict):
    import pandas as pd

    index = pd.Index([_key(rebuild(i)) for i in part.get("index", [])],
                     name=_key(rebuild(part.get("index_name"))))
    return index if len(index) else None
