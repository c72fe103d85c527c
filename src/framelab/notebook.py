"""Showing the kit's own errors in a notebook as a message, not as a wall of traceback.

When ``framelab`` is imported inside Jupyter, an error that the kit raises on purpose (a
:class:`~framelab.errors.FramelabError`: a wrong argument, a folder that does not exist) is
shown as its message plus the line of *your* cell that caused it. The message already says what
to change; the kit's inner workings would only hide it. Every other error keeps Python's full
traceback, and the cell still counts as failed (for "Run All" and for grading). A
``NameError`` is shown the same short way, with a tip for a beginner's usual cause: a word that
should be a text in quotes (``hyphens=split``), or ``true`` where Python writes ``True``.

A :class:`~framelab.errors.MissingResourceWarning` (some articles were skipped because the kit
has no frame lexicon, reporting verbs or naming variants for their language) is shown as one
short line, "Note: ...", without the file path and line of the kit that Python's warnings show;
it is shown every time, also when a cell runs again.

A ``NameError`` (``name 'corpus' is not defined``) nearly always means that the cell that
makes the name has not run yet: its traceback ends with :data:`NAME_HINT`, which says to run
the cells from the top. ``python course.py`` gives the course's kernels the same hint before
``framelab`` is imported (``name 'framelab' is not defined``), in ``.venv/etc/ipython``.

``framelab.notebook.full_tracebacks()`` switches back to Python's usual display.
"""

from __future__ import annotations

import sys
import traceback
import warnings
from types import TracebackType
from typing import Any, TextIO

from .errors import FramelabError, MissingResourceWarning

__all__ = ["NAME_HINT", "install", "full_tracebacks", "short_traceback", "short_warning"]

_RED, _BOLD, _RESET = "\x1b[31m", "\x1b[1m", "\x1b[0m"

#: The line under a NameError's traceback (course.py's kernel configuration says the same).
NAME_HINT = ("Hint: a name is 'not defined' when the cell that makes it has not run yet. Run the "
             "cells from the top (Run → Run All Above Selected Cell), then this cell again.")


def short_traceback(etype: type[BaseException], value: BaseException,
                    tb: TracebackType | None) -> list[str]:
    """The lines to show for a kit error: the student's own line, then the message.

    >>> try:
    ...     raise FramelabError("folder='korpus' does not exist.")
    ... except FramelabError as err:
    ...     lines = short_traceback(type(err), err, err.__traceback__)
    >>> "FramelabError" in lines[-1] and "folder='korpus' does not exist." in lines[-1]
    True
    """
    frames = [f for f in traceback.extract_tb(tb) if "framelab" not in f.filename.replace("\\", "/")
              .split("/site-packages/")[-1].split("/src/")[-1].split("/")[0]]
    lines = []
    if frames and frames[-1].line:
        own = frames[-1]
        lines.append(f"In your code, line {own.lineno}: {own.line.strip()}")
    lines.append(f"{_RED}{_BOLD}{etype.__name__}{_RESET}{_RED}: {value}{_RESET}")
    return lines


def name_tip(value: BaseException, names: Any = ()) -> str:
    """A tip for a NameError: the text needs quotes, True needs a capital, or a similar name.

    >>> name_tip(NameError("name 'split' is not defined"))
    'Tip: if you meant the text split, put it in quotes: "split"'
    >>> name_tip(NameError("name 'true' is not defined"))
    'Tip: write True with a capital T, and no quotes'
    """
    from .checks.questions import _name_tip

    tip = _name_tip(f"NameError: {value}", names).strip()
    tip = tip.split("run the cells from the top; ")[-1]  # NAME_HINT follows and says that
    tip = tip if tip.startswith("(") else f"({tip}"
    return f"Tip: {tip[1:-1]}" if tip.endswith(")") else ""


def _handler(shell: Any, etype: type[BaseException], value: BaseException,
             tb: TracebackType | None, tb_offset: int | None = None) -> None:
    # IPython's run_code only calls the handler: it must show the error itself. Shown through
    # _showtraceback, it is an ordinary error output (the cell fails, "Run All" stops there).
    lines = short_traceback(etype, value, tb)
    if issubclass(etype, NameError) and not issubclass(etype, FramelabError):
        # Either a cell that makes the name has not run yet (NAME_HINT, always), or a text
        # without quotes ("split") or true without its capital: the tip, where one fits.
        tip = name_tip(value, getattr(shell, "user_ns", {}))
        lines += ([tip] if tip else []) + [f"{_BOLD}{NAME_HINT}{_RESET}"]
    shell._showtraceback(etype, value, lines)


def short_warning(message: Warning | str, category: type[Warning]) -> str | None:
    """The line to show for a kit warning ("Note: ..."); None for any other warning.

    >>> short_warning(MissingResourceWarning("Article 000 is in English ('en') ..."),
    ...               MissingResourceWarning)
    "Note: Article 000 is in English ('en') ..."
    >>> short_warning("x", DeprecationWarning) is None
    True
    """
    if issubclass(category, MissingResourceWarning):
        return f"Note: {message}"
    return None


_python_showwarning = warnings.showwarning


def _showwarning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                 file: TextIO | None = None, line: str | None = None) -> None:
    shown = short_warning(message, category)
    if shown is None:
        _python_showwarning(message, category, filename, lineno, file, line)
        return
    try:
        (file or sys.stderr).write(shown + "\n")
    except OSError:  # no place to write to: as Python's own showwarning does
        pass


def install() -> bool:
    """Use the short display for kit errors and notes in the running IPython/Jupyter; False
    outside it."""
    if "IPython" not in sys.modules:  # not running in IPython (which imports itself first)
        return False
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc((FramelabError, NameError), _handler)
    global _python_showwarning
    if warnings.showwarning is not _showwarning:
        _python_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    # Every call that skips articles says so, also when the cell runs a second time.
    warnings.filterwarnings("always", category=MissingResourceWarning)
    return True


def full_tracebacks() -> None:
    """Show the kit's errors with Python's full traceback again (for debugging the kit)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.set_custom_exc((), None)
    if warnings.showwarning is _showwarning:
        warnings.showwarning = _python_showwarning
