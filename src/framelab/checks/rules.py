"""Rules that spot plainly wrong answers, for the questions of the exercises.

Each function makes a rule: ``rule(answer, variables)`` returns the rest of a sentence that
starts with the answer's name ("is 0, but ..."), or ``None`` when it has nothing to say. The
answer is plain data of its kind; ``variables`` are the notebook's (the setup cell's ``corpus``
...). A rule that needs a variable the notebook does not have says nothing.

>>> not_zero("the removal log lists removals for article 000")(0, {})
'is 0, but the removal log lists removals for article 000'
>>> columns(["id", "date", "words"])(pd.DataFrame({c: [] for c in "abcd"}), {})
"has the columns ['a', 'b', 'c', 'd'], where the columns id, date and words are asked; it lacks id, date, words"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from .kinds import show

__all__ = [
    "rounded",
    "columns", "in_range", "items_of", "lowercase", "mistake", "no_repeats", "not_empty", "not_zero",
    "one_of", "sorted_list",
]

Rule = Callable[[Any, Mapping[str, Any]], "str | None"]


def _and(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def not_zero(fact: str) -> Rule:
    """0 (or an empty list) where there is something to count."""
    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        if isinstance(value, (int, float)) and value == 0:
            return f"is 0, but {fact}"
        return None
    return rule


def in_range(low: float, high: float, advice: str) -> Rule:
    """A number outside the range a right answer can have (a percentage above 100 ...)."""
    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        if not low <= value <= high:
            return f"is {show(value)}, {advice}"
        return None
    return rule


def mistake(test: Callable[[Any, Mapping[str, Any]], bool], advice: str) -> Rule:
    """A known wrong answer (``test`` says whether it is this one) and the hint for it."""
    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        try:
            found = test(value, variables)
        except (KeyError, LookupError, TypeError, ValueError, AttributeError):
            return None
        return advice.format(value=show(value)) if found else None
    return rule


def one_of(options: Callable[[Mapping[str, Any]], Iterable[Any]], what: str) -> Rule:
    """A text that must be one of some options (the ids of the corpus, the rule names ...).

    Says what is near: the same in other capitals, with spaces around it, an id without its
    zeros.
    """
    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        try:
            choices = [str(o) for o in options(variables)]
        except (KeyError, LookupError, TypeError, ValueError, AttributeError):
            return None
        if value in choices:
            return None
        text = str(value)
        for choice in choices:
            if text.strip() == choice:
                return f"is {show(value)}, with spaces around it: {what} has none"
            if text.casefold() == choice.casefold():
                return (f"is {show(value)}, in other capitals than {what}: capitals count, "
                        "so write it with exactly the same capitals")
            if text.isdigit() and choice.isdigit() and int(text) == int(choice):
                return (f"is {show(value)}: {what} has leading zeros, as in \"003\"; "
                        "write it in quotes with all three digits")
        return f"is {show(value)}, which is not {what}"
    return rule


def items_of(options: Callable[[Mapping[str, Any]], Iterable[Any]], what: str) -> Rule:
    """A list whose items must each be one of some options (ids of the corpus ...)."""
    single = one_of(options, what)

    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        for item in value:
            said = single(item, variables)
            if said:
                return f"has an item that {said}"
        return None
    return rule


def lowercase(where: str) -> Rule:
    """A word with capitals where the kit's tables write words in lowercase."""
    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        words = value if isinstance(value, list) else [value]
        if any(isinstance(w, str) and w != w.lower() for w in words):
            return f"has capitals, but {where} writes its words in lowercase"
        return None
    return rule


def sorted_list() -> Rule:
    """A list that the question asks for sorted."""
    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        try:
            if list(value) != sorted(value):
                return "is not sorted: the question asks for a sorted list (sorted(...) sorts one)"
        except TypeError:
            return None
        return None
    return rule


def no_repeats() -> Rule:
    """A list that should name each item once."""
    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        doubles = sorted({str(v) for v in value if list(value).count(v) > 1})
        if doubles:
            return f"names {_and(doubles)} more than once; each should appear once"
        return None
    return rule


def not_empty(advice: str) -> Rule:
    """An empty table or list where there is something to find."""
    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        if len(value) == 0:
            kind = "table" if isinstance(value, pd.DataFrame) else "list"
            return f"is an empty {kind}: {advice}"
        return None
    return rule


def columns(wanted: Sequence[str], *, more: bool = False) -> Rule:
    """A table that must have these columns (and no others, unless ``more``); order is free."""
    def rule(value: Any, variables: Mapping[str, Any]) -> str | None:
        have = [str(c) for c in value.columns]
        missing = [c for c in wanted if c not in have]
        extra = [c for c in have if c not in wanted]
        asked = f"the column{'s' if len(wanted) > 1 else ''} {_and(wanted)}"
        if missing:
            return (f"has the columns {have}, where {asked} {'are' if len(wanted) > 1 else 'is'} "
                    f"asked; it lacks {', '.join(missing)}")
        if extra and not more:
            return (f"has {len(have)} columns, where only {asked} "
                    f"{'are' if len(wanted) > 1 else 'is'} asked: select just those")
        return None
    return rule


def rounded(right: Callable[[Mapping[str, Any]], float]) -> Rule:
    """A rule: the answer is the right number rounded (to 0-4 decimals), where it is not asked.

    >>> rounded(lambda ns: 11.8347)(11.83, {})
    'is rounded: store the number as the kit computes it, do not round it'
    >>> rounded(lambda ns: 11.8347)(11.9, {}) is None
    True
    """
    def rule(value, variables):
        exact = float(right(variables))
        if abs(value - exact) > 1e-9 and any(abs(value - round(exact, n)) < 1e-9 for n in range(5)):
            return "is rounded: store the number as the kit computes it, do not round it"
        return None
    return rule
