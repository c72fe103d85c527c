"""What the student's last run of an answer cell did, read from the running Jupyter kernel.

A check has to tell apart an answer that is still ``raise NotImplementedError()``, an answer
cell that stopped with an error, and an answer stored under another name. The kernel's own
record says which: every cell that runs is noted here (its source and whether it stopped with
an error) by an IPython ``post_run_cell`` hook, installed when :mod:`framelab.checks` is
imported. The most recent run of a cell that assigns the answer's variable is "the answer cell
above", also when the cells were run out of order; an answer typed into the check cell itself
counts too (the code above ``checks.check(``), and the cell that runs now is the latest run of
all: it got as far as the check. Outside Jupyter there is no record, and the
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

__all__ = ["Run", "install", "last_assigning", "runs", "running", "one_line_error"]

STUB = "raise NotImplementedError()"
_KEEP = 500  # cells remembered; a lesson-length session runs far fewer
_runs: list[Run] = []
_installed: list[Any] = []  # the shells the hook is registered in
_running: list[str] = []  # the source of the cell running now (pre_run_cell), if noted


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

    def answer_part(self) -> Run | None:
        """The run of the code above the check in a check cell (an answer typed into the check
        cell itself), or None if there is none: its error, unless the check's own (the answer
        ran; the check said ✗).

        >>> Run('n = len(x)\\nchecks.check("q1")', "AnswerError: ✗ ...").answer_part()
        Run(source='n = len(x)', error='', ran=True)
        >>> Run('checks.check("q1")\\nchecks.expect_equal(n, 1, hint="")').answer_part() is None
        True
        """
        lines = self.source.splitlines()
        cut = next((k for k, line in enumerate(lines) if "checks.check(" in line
                    or "checks.hint(" in line), len(lines))
        above = "\n".join(lines[:cut]).strip()
        if not above:
            return None
        own = self.error.startswith(("AnswerError", "NotAnsweredError", "CheckError"))
        return Run(above, "" if own else self.error, self.ran)


#: The end of a sentence in a kit's message: a full stop, a space and a capital (or a quote or
#: bracket), not "e.g. framelab.periods(...)"
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)\.\s+(?=[A-Z\"'(])")


def one_line_error(error: BaseException) -> str:
    """An error as one line a student can read: its kind and the first line of its message.

    >>> one_line_error(NameError("name 'corpsu' is not defined"))
    "NameError: name 'corpsu' is not defined"
    >>> one_line_error(ValueError("first line\\nsecond line"))
    'ValueError: first line'
    >>> one_line_error(ValueError("cut=1994 is not a date. Write the date as a text in quotes, "
    ...     "e.g. framelab.periods(corpus, '2022-02-24') (Python reads it as a subtraction). More "
    ...     "words follow here to make the message long enough to be cut."))
    "ValueError: cut=1994 is not a date. Write the date as a text in quotes, e.g. framelab.periods(corpus, '2022-02-24') (Python reads it as a subtraction)."
    """
    kind = type(error).__name__
    if isinstance(error, SyntaxError):  # not "(626878746.py, line 2)", a file the student never saw
        where = f" (line {error.lineno})" if error.lineno else ""
        return f"{kind}: {error.msg}{where}"
    lines = str(error).strip().splitlines()
    message = lines[0].strip() if lines else ""
    end = _SENTENCE_END.search(message, 40) if len(message) > 160 else None
    if end:  # a long kit message: its first sentence (not cut after "e.g.")
        message = message[: end.start() + 1]
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
        answer = run.answer_part() if run.is_check else run
        if answer is not None and any(answer.assigns(name) for name in names):
            return answer
    return None


def running() -> Run | None:
    """The cell that runs now, as a run that got this far without an error (a check called in
    it has been reached); None outside Jupyter or before the kit noted a cell."""
    return Run(_running[-1]) if _running else None


def _start(info: Any) -> None:
    _running[:] = [getattr(info, "raw_cell", None) or ""]


def _record(result: Any) -> None:
    _running.clear()
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
        shell.events.register("pre_run_cell", _start)
        shell.events.register("post_run_cell", _record)
        _installed.append(shell)
    return True
