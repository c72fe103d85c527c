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

# Runs in the student's kernel at its start (an IPython start-up file, before any cell of the
# student's): defines one function, which the grader calls after each test cell with the
# question's variable names. Everything it uses is taken at the start and kept in the function
# (builtins, numpy's and pandas' accessors, the C JSON encoder, the output stream's write), so
# that a notebook that replaces json.dumps, print, sys.stdout, isinstance, str, a pandas
# accessor ... later does not change what is taken out.
TAKE = r'''
def _framelab_grader_make(_g):
    import math, sys
    from _json import encode_basestring_ascii, make_encoder

    try:
        import numpy as np
        import pandas as pd
    except ImportError:
        np = pd = None
    write, flush, join = sys.stdout.write, sys.stdout.flush, "".join
    # the kernel tells the stream which request its output answers; a notebook that replaced
    # sys.stdout keeps the kernel from telling this stream: tell it here
    try:
        get_parent, set_parent = get_ipython().kernel.get_parent, sys.stdout.set_parent
    except Exception:
        get_parent = set_parent = None
    type_, isinstance_, str_, int_, float_, repr_ = type, isinstance, str, int, float, repr
    list_, tuple_, dict_, set_, frozenset_, bool_ = list, tuple, dict, set, frozenset, bool
    str_str, int_int, float_float = str.__str__, int.__int__, float.__float__
    list_iter, tuple_iter, dict_items, isfinite = list.__iter__, tuple.__iter__, dict.items, math.isfinite
    Exception_, ValueError_, NameError_ = Exception, ValueError, NameError

    def unsupported(value):
        raise ValueError_("not plain data")

    encode = make_encoder(None, unsupported, encode_basestring_ascii, None, ":", ",",
                          False, False, True)
    if np is not None:
        generic, ndarray, to_list = np.generic, np.ndarray, np.ndarray.tolist
        item = np.generic.item
    def static(cls, name):  # the class's own descriptor, as it is now
        return next(k.__dict__[name] for k in cls.__mro__ if name in k.__dict__)

    if pd is not None:
        Frame, Series, Timestamp, NA = pd.DataFrame, pd.Series, pd.Timestamp, pd.NA
        values = static(pd.DataFrame, "values").fget
        dtypes = static(pd.DataFrame, "dtypes").fget
        frame_columns = static(pd.DataFrame, "columns").__get__
        frame_index = static(pd.DataFrame, "index").__get__
        series_index = static(pd.Series, "index").__get__
        index_tolist, series_tolist = pd.Index.tolist, pd.Series.tolist
        index_name = static(pd.Index, "name").fget
        series_name = static(pd.Series, "name").fget
        series_dtype = static(pd.Series, "dtype").fget
        iso = pd.Timestamp.isoformat

    def plain(value, limit, depth=0):
        limit[0] -= 1
        if limit[0] < 0 or depth > 30:
            raise ValueError_("too large")
        kind = type_(value)
        if value is None or kind is bool_ or kind is int_:
            return value
        if kind is float_:
            return value if isfinite(value) else {"__float__": repr_(value)}
        if isinstance_(value, str_):
            return str_str(value)
        if isinstance_(value, int_):
            return int_int(value)
        if isinstance_(value, float_):
            return plain(float_float(value), limit)
        if kind is list_:
            return [plain(v, limit, depth + 1) for v in list_iter(value)]
        if kind is tuple_:
            return {"__tuple__": [plain(v, limit, depth + 1) for v in tuple_iter(value)]}
        if kind in (set_, frozenset_):
            return {"__set__": [plain(v, limit, depth + 1) for v in set_.__iter__(value)]}
        if kind is dict_:
            return {"__dict__": [[plain(k, limit, depth + 1), plain(v, limit, depth + 1)]
                                 for k, v in dict_items(value)]}
        if np is not None and isinstance_(value, generic):
            return {"__numpy__": str_(value.dtype), "value": plain(item(value), limit, depth + 1)}
        if np is not None and kind is ndarray:
            return {"__array__": plain(to_list(value), limit, depth + 1), "dtype": str_(value.dtype)}
        if pd is not None and kind is Frame:
            rows = to_list(values(value))
            return {"__frame__": {
                "columns": [plain(c, limit, depth + 1) for c in index_tolist(frame_columns(value))],
                "data": [[plain(v, limit, depth + 1) for v in row] for row in rows],
                "index": [plain(i, limit, depth + 1) for i in index_tolist(frame_index(value))],
                "index_name": plain(index_name(frame_index(value)), limit, depth + 1),
                "dtypes": [str_(t) for t in series_tolist(dtypes(value))]}}
        if pd is not None and kind is Series:
            return {"__series__": {
                "data": [plain(v, limit, depth + 1) for v in series_tolist(value)],
                "index": [plain(i, limit, depth + 1) for i in index_tolist(series_index(value))],
                "index_name": plain(index_name(series_index(value)), limit, depth + 1),
                "name": plain(series_name(value), limit, depth + 1),
                "dtype": str_(series_dtype(value))}}
        if pd is not None and kind is Timestamp:
            return {"__timestamp__": iso(value)}
        if pd is not None and value is NA:
            return {"__float__": "nan"}
        if kind.__name__ in ("PosixPath", "WindowsPath", "Path"):
            return {"__path__": str_(value)}
        if kind.__name__ == "date" and kind.__module__ == "datetime":
            return {"__date__": value.isoformat()}
        return {"__unsupported__": kind.__module__ + "." + kind.__qualname__}

    def take(names):
        found = {}
        for name in names:
            if name not in _g:
                found[name] = {"__missing__": True}
                continue
            try:
                found[name] = plain(_g[name], [200_000])
            except Exception_ as error:
                found[name] = {"__unsupported__": "too large or broken (" + type_(error).__name__ + ")"}
        try:
            text = join(encode(found, 0))
        except Exception_ as error:
            text = join(encode({n: {"__unsupported__": "broken"} for n in names}, 0))
        if set_parent is not None:
            try:
                set_parent(get_parent("shell"))
            except Exception_:
                pass
        write(text + "\n")
        flush()

    return take


_framelab_grader_take = _framelab_grader_make(globals())
del _framelab_grader_make
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
