"""A set-up check for the first lesson: is everything the course needs installed and offline?

:func:`setup_check` tries each thing the course uses — the Python version, the packages, the
corpus, NLTK's tokenizers and Snowball stemmers without any downloaded ``nltk_data``, the
lemmatiser, the stopword lists and a plot — while the network is switched off inside Python.
It prints one line per check in plain words, with what to do when one fails.

>>> results = run_setup_checks()
>>> all(ok for _, ok, _ in results)
True
"""

from __future__ import annotations

import contextlib
import io
import socket
import sys
from collections.abc import Callable, Iterator
from importlib import metadata

__all__ = ["run_setup_checks", "setup_check", "network_blocked"]

MIN_PYTHON = (3, 11)
PACKAGES = ("pandas", "matplotlib", "nltk", "simplemma", "stop-words")


class NetworkBlocked(OSError):
    """Raised by the blocked socket functions inside :func:`network_blocked`."""


@contextlib.contextmanager
def network_blocked() -> Iterator[None]:
    """Switch off network connections inside this Python process for a while.

    >>> with network_blocked():
    ...     try:
    ...         socket.create_connection(("example.org", 80), timeout=1)
    ...     except OSError as err:
    ...         print(type(err).__name__)
    NetworkBlocked
    """

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkBlocked("the set-up check switched the network off to prove the course "
                             "works offline")

    saved = (socket.socket.connect, socket.create_connection, socket.getaddrinfo)
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.socket.connect, socket.create_connection, socket.getaddrinfo = saved  # type: ignore[method-assign,assignment]


def _python() -> str:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] < MIN_PYTHON:
        raise RuntimeError(f"Python {version} is too old: the course needs "
                           f"{MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer. Install a newer Python "
                           "from python.org and run the README's command again.")
    return f"Python {version}"


def _packages() -> str:
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            raise RuntimeError(f"the package {name} is missing. Run the README's command "
                               "'python course.py lab' again (it installs what is missing).") from None
    return ", ".join(found)


def _corpus() -> str:
    from .corpus import load_corpus

    corpus = load_corpus(quiet=True)
    return f"{len(corpus)} articles, {int(corpus['words'].sum()):,} words after cleaning"


def _nltk() -> str:
    from nltk.stem.snowball import SnowballStemmer

    from .sentences import split_sentences
    from .tokens import tokenize

    sentences = split_sentences("Dhr. Lavrov zei het o.a. tegen Truss. Zij was het oneens.", "nl")
    tokens = tokenize("De VS gaf $64,1 miljard aan NAVO-troepen.", "nl")
    stems = SnowballStemmer("dutch").stem("onderhandelingen"), SnowballStemmer("danish").stem("soldater")
    return (f"sentences, tokens and Snowball stems without nltk_data ({len(sentences)} sentences, "
            f"{tokens[3]!r}, {stems[0]!r}, {stems[1]!r})")


def _lemmas() -> str:
    from .wordlists import lemmas

    return f"simplemma: {lemmas(['zei'], 'nl')[0]!r} ← 'zei', " \
           f"{lemmas(['soldater'], 'da')[0]!r} ← 'soldater'"


def _stopwords() -> str:
    from stop_words import get_stop_words

    return f"{len(get_stop_words('dutch'))} Dutch and {len(get_stop_words('danish'))} Danish stopwords"


def _plot() -> str:
    import matplotlib
    from matplotlib.figure import Figure

    figure = Figure()
    figure.add_subplot().bar(["nl", "da"], [4, 1])
    figure.savefig(io.BytesIO(), format="png")
    return f"matplotlib {matplotlib.__version__} draws figures"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("Python", _python),
    ("Packages", _packages),
    ("Corpus", _corpus),
    ("NLTK offline", _nltk),
    ("Lemmas", _lemmas),
    ("Stopwords", _stopwords),
    ("Plots", _plot),
)


def run_setup_checks() -> list[tuple[str, bool, str]]:
    """Run every check with the network switched off; return (check, ok, detail) per check."""
    results = []
    with network_blocked():
        for name, check in CHECKS:
            try:
                results.append((name, True, check()))
            except Exception as err:  # noqa: BLE001 - every failure becomes a plain-words line
                results.append((name, False, f"{type(err).__name__}: {err}"))
    return results


def setup_check() -> None:
    """Print whether everything the course needs is installed and works offline."""
    results = run_setup_checks()
    for name, ok, detail in results:
        print(f"{'✓' if ok else '✗'} {name}: {detail}")
    if all(ok for _, ok, _ in results):
        print("All set: everything the course needs is installed and works without the internet.")
    else:
        print("Something is missing (see the ✗ lines). Close JupyterLab, run "
              "'python course.py lab' again, and ask your instructor if the ✗ stays.")
