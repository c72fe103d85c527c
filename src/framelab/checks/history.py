"""What the student's last run of an answer cell did, read from the running Jupyter kernel.

A check has to tell apart an answer that is still ``raise NotImplementedError()``, an answer
cell that stopped with an error, and an answer stored under another name. The kernel's own
record says which: every cell that runs is noted here (its source and whether it stopped with
an error) by an IPython ``post_run_cell`` hook, installed when :mod:`framelab.checks` is
imported. The most recent run of a cell that assigns the answer's variable is "the answer cell
above", also when the cells were run out of order. Outside Jupyter there is no record, and the
checks look at the answer's value alone.

>>> runs = [Run("n_danish = None\\nraise NotImplementedError()", "NotImplementedError")]
>>> last_assigning(runs, ["n_danish"]).still_a_stub
True
>>> last_assigning(runs, ["n_dutch"]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Run", "install", "last_assigning", "runs", "one_line_error"]

STUB = "raise NotImplementedError()"
_KEEP = 500  # cells remembered; a lesson-length session runs far fewer
_runs: list[Run] = []
_installed: list[Any] = []  # the shells the hook is registered in


@dataclass(frozen=True)
class Run:
    """One run of a cell: its source, and the one-line error it stopped with ("" if none)."""

    source: str
    error: str = ""
    ran: bool = True  # False: the cell did not even compile (a SyntaxError), so nothing in it ran

    @property
    def still_a_stub(self) -> bool:
        """Whether the cell still holds nbgrader's ``raise NotImplementedError()`` line."""
        return any(line.strip() == STUB for line in self.source.splitlines())

    def assigns(self, name: str) -> bool:
        """Whether the cell stores something in ``name`` (``name = ...``, ``a, name = ...``).

        >>> Run("n_danish = len(x)").assigns("n_danish"), Run("n_danish == 1").assigns("n_danish")
        (True, False)
        """
        pattern = rf"(?m)^[^#\n]*\b{re.escape(name)}\b[^=\n#]*(?<![<>!=])=(?!=)"
        return re.search(pattern, self.source) is not None

    @property
    def is_check(self) -> bool:
        return "checks.check(" in self.source or "checks.hint(" in self.source


def one_line_error(error: BaseException) -> str:
    """An error as one line a student can read: its kind and the first line of its message.

    >>> one_line_error(NameError("name 'corpsu' is not defined"))
    "NameError: name 'corpsu' is not defined"
    >>> one_line_error(ValueError("first line\\nsecond line"))
    'ValueError: first line'
    """
    kind = type(error).__name__
    if isinstance(error, SyntaxError):  # not "(626878746.py, line 2)", a file the student never saw
        where = f" (line {error.lineno})" if error.lineno else ""
        return f"{kind}: {error.msg}{where}"
    lines = str(error).strip().splitlines()
    message = lines[0].strip() if lines else ""
    if len(message) > 160 and ". " in message[40:]:  # a long kit message: its first sentence
        message = message[: message.index(". ", 40) + 1]
    return f"{kind}: {message}" if message else kind


def runs() -> list[Run]:
    """The cells run in this kernel since framelab was imported, oldest first."""
    return list(_runs)


def last_assigning(history: Sequence[Run], names: Iterable[str]) -> Run | None:
    """The most recent run of a cell (not a check cell) that stores one of ``names``.

    A cell that stopped with an error counts too, a SyntaxError included: its value (if any)
    is then one from an earlier run, not from the code the student sees.

    >>> old, new = Run("x = 1"), Run("x = 002", "SyntaxError: leading zeros", ran=False)
    >>> last_assigning([old, new], ["x"]).error
    'SyntaxError: leading zeros'
    """
    names = list(names)
    for run in reversed(history):
        if not run.is_check and any(run.assigns(name) for name in names):
            return run
    return None


def _record(result: Any) -> None:
    info = getattr(result, "info", None)
    source = getattr(info, "raw_cell", None)
    if source is None:
        return
    error = result.error_before_exec or result.error_in_exec
    _runs.append(Run(source, one_line_error(error) if error is not None else "",
                     ran=result.error_before_exec is None))
    del _runs[:-_KEEP]


def install() -> bool:
    """Start noting the cells that run in this IPython/Jupyter kernel; False outside one."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None:
        return False
    if shell not in _installed:
        shell.events.register("post_run_cell", _record)
        _installed.append(shell)
    return True
