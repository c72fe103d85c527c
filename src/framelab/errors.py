"""Errors the kit raises, with messages written for a student.

Every error the kit raises on purpose is a :class:`FramelabError`. Its message says
which argument or file is wrong, what was received, what is allowed, and what to do next.
Errors about arguments are also :class:`ValueError` or :class:`TypeError`, so code that
already catches those keeps working.

Where the kit can go on with less, it does not raise but warns with a
:class:`MissingResourceWarning`: an article in a language for which the kit has no frame lexicon,
reporting verbs or naming variants yet gets no hits, and the message says which articles, why,
and what to do (see :func:`missing_resource_message`).

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
    "MissingResourceWarning",
    "ActorTableWarning",
    "NoHitsWarning",
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


class MissingResourceWarning(UserWarning):
    """Some articles could not be analysed because the kit lacks a resource for their language.

    The function still returns its table (with no rows, or NaN, for those articles); the
    message names the articles and the language and says how to add the resource.
    """


class ActorTableWarning(UserWarning):
    """An actor table the kit can use, with rows to look at: an actor on two lines, a variant
    that names two actors, an actor without a side (see ``framelab.sourcing.tables``).
    """


class NoHitsWarning(UserWarning):
    """A word that was looked for has no hits, but the corpus has words like it ("Oekraïne" for
    "Oekraine"): the function's result is unchanged, the note names those words."""


def _id_list(ids: list[str], limit: int = 6) -> str:
    shown = ", ".join(map(str, ids[:limit]))
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def uncovered_articles(corpus: Any, covered: Iterable[str]) -> dict[str, list[str]]:
    """The ids of the articles whose language is not in ``covered``, by language, in corpus order.

    >>> import pandas as pd
    >>> uncovered_articles(pd.DataFrame({"id": ["000", "001", "002"],
    ...                                  "language": ["en", "nl", "en"]}), {"nl", "da"})
    {'en': ['000', '002']}
    """
    covered = set(covered)
    missing: dict[str, list[str]] = {}
    for article, language in zip(corpus["id"], corpus["language"], strict=True):
        if language not in covered:
            missing.setdefault(language, []).append(str(article))
    return missing


def missing_resource_message(missing: dict[str, list[str]], resource: str, effect: str,
                             fix: str) -> str:
    """The message of a :class:`MissingResourceWarning`: which articles, why, and what to do.

    Args:
        missing: Language code -> the ids of the articles in that language.
        resource: What the kit lacks, e.g. "frame lexicon".
        effect: What that means for those articles, e.g. "{they} {have} no frame hits";
            ``{they}``, ``{them}``, ``{have}`` and ``{their}`` agree with the number of articles.
        fix: What to do; ``{codes}`` in it becomes the language codes ("'en' or 'de'").

    >>> print(missing_resource_message({"en": ["000", "002"], "de": ["005"]}, "frame lexicon",
    ...       "{they} {have} no frame hits", "Add rows with language {codes} to a lexicon."))
    Articles 000, 002 are in English ('en') and article 005 in German ('de'), for which the kit has no frame lexicon yet: they have no frame hits. Add rows with language 'en' or 'de' to a lexicon.
    >>> print(missing_resource_message({"en": ["000"]}, "frame lexicon",
    ...       "{they} {have} no frame hits", "Add rows with language {codes} to a lexicon."))
    Article 000 is in English ('en'), for which the kit has no frame lexicon yet: it has no frame hits. Add rows with language 'en' to a lexicon.
    >>> print(missing_resource_message({"dk": ["a"]}, "reporting verbs", "{they} {have} no quotes",
    ...       "Add rows with language {codes}."))
    Article a is in language 'dk', for which the kit has no reporting verbs yet: it has no quotes. Did you mean 'da' (Danish)? Add rows with language 'dk'.
    """
    from .languages import language_name, suggested_code  # here: languages imports this module

    parts = []
    for number, (code, ids) in enumerate(missing.items()):
        noun = "Article" if len(ids) == 1 else "Articles"
        verb = ("is" if len(ids) == 1 else "are") if number == 0 else ""
        noun = noun if number == 0 else noun.lower()
        name = language_name(code)
        where = f"in {name} ({code!r})" if not name.startswith("'") else f"in language {name}"
        parts.append(" ".join(filter(None, (noun, _id_list(ids), verb, where))))
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    codes = " or ".join(repr(code) for code in missing)
    one = sum(len(ids) for ids in missing.values()) == 1
    effect = effect.format(they="it" if one else "they", have="has" if one else "have",
                           their="its" if one else "their", them="it" if one else "them")
    # "dk": "Did you mean 'da'?"; a right code ("en") suggests only itself, so nothing
    typo = "".join(hint for code in missing if (hint := suggested_code(code))
                   and not hint.startswith(f"Did you mean {code!r}"))
    return (f"{listed}, for which the kit has no {resource} yet: {effect}. "
            f"{typo}{fix.format(codes=codes)}")


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
