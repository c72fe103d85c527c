"""Tests of framelab.errors: the error classes and the messages a student reads."""

from __future__ import annotations

from typing import Any

import pytest

from framelab.errors import (
    ArgumentError,
    ArgumentTypeError,
    CorpusError,
    FramelabError,
    a_type,
    check_choice,
    check_type,
    display_path,
)

_CLASSES = [
    # (error class, the built-in kinds it also is)
    # a bad value is a ValueError too
    (ArgumentError, (ValueError,)),
    # a bad type is a TypeError too
    (ArgumentTypeError, (TypeError,)),
    # an unusable corpus folder is a ValueError too
    (CorpusError, (ValueError,)),
]


@pytest.mark.parametrize("error, builtins", _CLASSES)
def test_error_classes(error: type[Exception], builtins: tuple[type[Exception], ...]) -> None:
    assert issubclass(error, FramelabError)
    for builtin in builtins:
        assert issubclass(error, builtin)


_CHOICE_PASSES = [
    # (value, allowed)
    ("nl", ["nl", "da"]),
    # any iterable of choices
    ("line", ("line", "prefix")),
    (3, range(5)),
]


@pytest.mark.parametrize("value, allowed", _CHOICE_PASSES)
def test_check_choice_returns_the_value(value: Any, allowed: Any) -> None:
    assert check_choice("name", value, allowed) == value


_CHOICE_FAILURES = [
    # (name, value, allowed, message)
    # a language that is not offered: the choices and an example
    ("language", "english", ["nl", "da"],
     "language='english' is not one of the choices: 'nl', 'da'. "
     "Use one of those, for example language='nl'."),
    # capitals count
    ("column", "Text", ["text", "raw_text"],
     "column='Text' is not one of the choices: 'text', 'raw_text'. "
     "Use one of those, for example column='text'."),
    # a number among texts
    ("where", 1, ["start", "end", "anywhere"],
     "where=1 is not one of the choices: 'start', 'end', 'anywhere'. "
     "Use one of those, for example where='start'."),
    # a long value is cut short
    ("language", "x" * 100, ["nl"],
     f"language='{'x' * 56}... is not one of the choices: 'nl'. "
     "Use one of those, for example language='nl'."),
]


@pytest.mark.parametrize("name, value, allowed, message", _CHOICE_FAILURES)
def test_check_choice_messages(name: str, value: Any, allowed: list[Any], message: str) -> None:
    with pytest.raises(ArgumentError) as info:
        check_choice(name, value, allowed)
    assert str(info.value) == message


_TYPE_PASSES = [
    # (value, types)
    (5, int),
    ("5", (int, str)),
    # True is accepted when bool is asked for ...
    (True, bool),
    (False, (bool, int)),
]


@pytest.mark.parametrize("value, types", _TYPE_PASSES)
def test_check_type_returns_the_value(value: Any, types: type | tuple[type, ...]) -> None:
    assert check_type("name", value, types, "something") is value


_TYPE_FAILURES = [
    # (name, value, types, what, message)
    # a text where a number is wanted
    ("top", "5", int, "a whole number", "top should be a whole number, but it is a str: '5'."),
    # ... but True is not a number, although Python counts it as one
    ("top", True, int, "a whole number", "top should be a whole number, but it is a bool: True."),
    # "an int", not "a int"
    ("clean", 1, bool, "True or False", "clean should be True or False, but it is an int: 1."),
    # None
    ("folder", None, str, "a folder path", "folder should be a folder path, but it is a "
                                           "NoneType: None."),
    # a long value is cut short
    ("text", ["word"] * 30, str, "a text (a str)",
     f"text should be a text (a str), but it is a list: {str(['word'] * 30)[:57]}...."),
]


@pytest.mark.parametrize("name, value, types, what, message", _TYPE_FAILURES)
def test_check_type_messages(
    name: str, value: Any, types: type | tuple[type, ...], what: str, message: str
) -> None:
    with pytest.raises(ArgumentTypeError) as info:
        check_type(name, value, types, what)
    assert str(info.value) == message


_ARTICLE_CASES = [
    # (value, its type with an article)
    ("5", "a str"),
    (5, "an int"),
    (5.0, "a float"),
    ([], "a list"),
    (..., "an ellipsis"),
    (None, "a NoneType"),
]


@pytest.mark.parametrize("value, named", _ARTICLE_CASES)
def test_a_type(value: Any, named: str) -> None:
    assert a_type(value) == named


_PATH_CASES = [
    # (path, how it is shown)
    # a long path: its folder and its name
    ("/home/ana/course/corpus/raw/000_x.txt", "raw/000_x.txt"),
    # a name alone
    ("000_x.txt", "000_x.txt"),
    # a name in the current folder
    ("./a.txt", "a.txt"),
]


@pytest.mark.parametrize("path, shown", _PATH_CASES)
def test_display_path(path: str, shown: str) -> None:
    assert display_path(path) == shown
