"""Errors the kit raises, with messages written for a student.

Every error the kit raises on purpose is a :class:`FramelabError`. Its message says
which argument or file is wrong, what was received, what is allowed, and what to do next.
Errors about arguments are also :class:`ValueError` or :class:`TypeError`, so code that
already catches those keeps working.

>>> try:
...     check_choice("language", "english", ["nl", "da"])
... except FramelabError as err:
...     print(err)
language='english' is not one of the choices: 'nl', 'da'. Use one of those, for example language='nl'.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "FramelabError",
    "ArgumentError",
    "ArgumentTypeError",
    "CorpusError",
    "check_choice",
    "check_table",
    "check_type",
]


class FramelabError(Exception):
    """Base class of every error the kit raises on purpose."""


class ArgumentError(FramelabError, ValueError):
    """A function got an argument value it cannot use."""


class ArgumentTypeError(FramelabError, TypeError):
    """A function got an argument of the wrong type."""


class CorpusError(FramelabError, ValueError):
    """A corpus folder or file cannot be used at all (a folder that does not exist, say)."""


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def check_choice(name: str, value: Any, allowed: Iterable[Any]) -> Any:
    """Return ``value`` if it is one of ``allowed``; otherwise raise :class:`ArgumentError`.

    >>> check_choice("kind", "line", ["line", "prefix"])
    'line'
    """
    options = list(allowed)
    if value in options:
        return value
    listed = ", ".join(repr(option) for option in options)
    raise ArgumentError(
        f"{name}={_short(value)} is not one of the choices: {listed}. "
        f"Use one of those, for example {name}={options[0]!r}."
    )


def check_type(name: str, value: Any, types: type | tuple[type, ...], what: str) -> Any:
    """Return ``value`` if it is an instance of ``types``; otherwise raise :class:`ArgumentTypeError`.

    ``what`` describes the allowed type in plain words ("a folder path", "a DataFrame").

    >>> check_type("top", 5, int, "a whole number")
    5
    >>> check_type("top", "5", int, "a whole number")
    Traceback (most recent call last):
    ...
    framelab.errors.ArgumentTypeError: top should be a whole number, but it is a str: '5'.
    """
    if isinstance(value, types) and not (isinstance(value, bool) and bool not in _as_tuple(types)):
        return value
    raise ArgumentTypeError(
        f"{name} should be {what}, but it is {a_type(value)}: {_short(value)}."
    )


def a_type(value: Any) -> str:
    """Name the type of ``value`` with its article, as a sentence needs it.

    >>> a_type("5"), a_type(5)
    ('a str', 'an int')
    """
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _as_tuple(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def display_path(path: str | Path) -> str:
    """Show a file's path the short way a student recognises: its folder and its name.

    >>> display_path("/home/ana/course/corpus/raw/000_x.txt")
    'raw/000_x.txt'
    """
    p = Path(path)
    return f"{p.parent.name}/{p.name}" if p.parent.name else p.name


def check_table(value: Any, columns: Iterable[str], *, name: str = "corpus",
                source: str = "framelab.load_corpus()") -> Any:
    """Return ``value`` if it is a pandas table with ``columns``; otherwise say what to pass.

    >>> import pandas as pd
    >>> check_table(pd.DataFrame({"id": ["000"]}), ["id", "text"])
    Traceback (most recent call last):
    ...
    framelab.errors.ArgumentError: corpus lacks the column(s) text; pass the whole table from framelab.load_corpus(), not a selection of its columns.
    """
    import pandas as pd

    if not isinstance(value, pd.DataFrame):
        raise ArgumentTypeError(f"{name} should be the table from {source}, but it is "
                                f"{a_type(value)}.")
    missing = [c for c in columns if c not in value.columns]
    if missing:
        raise ArgumentError(f"{name} lacks the column(s) {', '.join(missing)}; pass "
                            f"the whole table from {source}, not a selection of its columns.")
    return value
