"""Which notebook of the course makes a name: for the tip under a ``NameError``.

A name that is "not defined" is rarely a text without quotes when a notebook of the course makes
it: ``CORPUS`` and the other CAPITAL names are set in the *parameters* cell at the top of each
lesson, and a lesson's variables (``by_article``) are not there in an exercise that never makes
them. :func:`made_where` reads the code cells of the notebook that is running (where the kernel
can tell) and of the course's lessons (``notebooks/NN-*.ipynb``) and says which makes the name.

>>> cells = ['# Leave CORPUS = None\\nCORPUS = None\\nNODE = "navo"  # a word', 'x = 1']
>>> assigning_line(cells, "NODE")
'NODE = "navo"'
>>> assigning_line(cells, "navo") is None
True
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["Made", "assigning_line", "made_where", "tip_for"]

_LESSON = re.compile(r"(\d\d[a-z]?)-.*\.ipynb$")


@dataclass(frozen=True)
class Made:
    """Where a name is made: ``where`` is "parameters" (this notebook's parameters cell),
    "here" (another cell of this notebook) or "lesson" (lesson ``lesson``, ``line``)."""

    where: str
    line: str = ""
    lesson: str = ""
    parameter: bool = False  # in the lesson's parameters cell
    unsure: bool = False  # the kernel may run that very lesson (its folder, no notebook name)


def assigning_line(cells: Sequence[str], name: str) -> str | None:
    """The first line of ``cells`` (code) that makes ``name``, without its comment; or None."""
    n = re.escape(name)
    pattern = re.compile(
        rf"^\s*(?:(?:[\w.]+\s*,\s*)*{n}\s*(?:,\s*[\w.]+\s*)*(?:\+|-)?=(?!=)"
        rf"|def {n}\s*\(|for\s.*\b{n}\b.*\sin\s|import\s.*\bas {n}\b|from\s.*\simport\s.*\b{n}\b"
        rf"|with\s.*\sas {n}\b)")
    for cell in cells:
        for line in cell.splitlines():
            if pattern.match(line):
                return line.split("  #")[0].strip()
    return None


@lru_cache(maxsize=64)
def _cells(path: str, stamp: float) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The code cells of a notebook file, and those of its parameters cell."""
    try:
        with open(path, encoding="utf-8") as file:
            nb = json.load(file)
    except (OSError, ValueError):
        return (), ()
    code = [c for c in nb.get("cells", []) if c.get("cell_type") == "code"]

    def text(cell: Mapping[str, Any]) -> str:
        source = cell.get("source", "")
        return "".join(source) if isinstance(source, list) else str(source)

    params = [text(c) for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    return tuple(text(c) for c in code), tuple(params)


def _read(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    try:
        return _cells(str(path), path.stat().st_mtime)
    except OSError:
        return (), ()


def _current(namespace: Mapping[str, Any]) -> Path | None:
    """The notebook the kernel runs: as Jupyter names it (JupyterLab: its path from the folder
    the server started in; ``run-course``: the notebook it writes), else the one .ipynb of the
    folder. A notebook named as a lesson (``05-...-Copy1.ipynb``, run-course's copy of lesson
    05) that cannot be read counts as that lesson."""
    named = os.environ.get("JPY_SESSION_NAME") or namespace.get("__session__")
    if isinstance(named, str) and named.endswith(".ipynb"):
        given = Path(named)
        tried = [given] if given.is_absolute() else [
            given, *(folder / given for folder in list(Path.cwd().parents)[:4]),
            Path.cwd() / given.name]
        for path in tried:
            if path.is_file():
                return path
        same = _same_lesson(given.name)
        if same is not None:
            return same
    try:
        here = sorted(Path.cwd().glob("*.ipynb"))
    except OSError:
        return None
    return here[0] if len(here) == 1 else None


def _number(path: Path) -> str | None:
    """The lesson number in a notebook's name ("05" for 05-keywords-in-context-Copy1.ipynb)."""
    found = _LESSON.match(path.name)
    return found.group(1) if found else None


def _same_lesson(name: str) -> Path | None:
    """The course's lesson with the number of the notebook ``name``, or None."""
    number = _number(Path(name))
    return next((p for p in _lessons() if number and _number(p) == number), None)


def _lessons() -> list[Path]:
    """The course's lesson notebooks: notebooks/ in or above the working folder, or beside the
    kit's checkout."""
    places = [Path.cwd(), *list(Path.cwd().parents)[:3], Path(__file__).resolve().parents[2]]
    for place in places:
        for folder in (place, place / "notebooks"):
            if folder.name == "notebooks" and folder.is_dir():
                found = sorted(p for p in folder.glob("*.ipynb") if _LESSON.match(p.name))
                if found:
                    return found
    return []


def made_where(name: str, namespace: Mapping[str, Any] | None = None) -> Made | None:
    """Which notebook makes ``name``: this one's parameters cell, another of its cells, a
    lesson; None where none does (or the kit cannot tell)."""
    current = _current(namespace or {})
    if current is not None:
        cells, params = _read(current)
        if assigning_line(params, name):
            return Made("parameters", assigning_line(params, name) or "")
        if assigning_line(cells, name):
            return Made("here", assigning_line(cells, name) or "")
    found: list[Made] = []
    lessons = _lessons()
    unsure = current is None and any(p.parent.resolve() == Path.cwd().resolve() for p in lessons)
    for lesson in lessons:
        if current is not None and (lesson.resolve() == current.resolve()
                                    or _number(lesson) == _number(current) is not None):
            continue  # this very lesson (or a copy of it, which may be older)
        cells, params = _read(lesson)
        line = assigning_line(cells, name)
        if line:
            number = _LESSON.match(lesson.name).group(1)  # type: ignore[union-attr]
            found.append(Made("lesson", line, number, bool(assigning_line(params, name)),
                              unsure))
    if len(found) > 1 and all(made.parameter for made in found):  # CORPUS: every lesson's
        return Made("lesson", found[0].line, "", True, unsure)
    return found[0] if found else None


def tip_for(name: str, namespace: Mapping[str, Any] | None = None, *,
            short: bool = False) -> str | None:
    """The tip (in round brackets) for a name a notebook of the course makes; None if none does.
    ``short``: without the lesson's line.

    >>> tip_for("a_name_no_notebook_makes_at_all") is None
    True
    """
    made = made_where(name, namespace)
    if made is None:
        return None
    if made.where == "parameters":
        return (f"({name} is set in the parameters cell at the top of this notebook: run that "
                "cell first, then the cells below it)")
    if made.where == "here":
        return f"({name} is made by a cell of this notebook that has not run yet)"
    line = made.line if len(made.line) <= 90 and not short else ""
    if made.unsure:  # in the lessons' folder, the notebook not known: it may be that lesson
        if made.parameter:
            where = f"of lesson {made.lesson}" if made.lesson else "at the top of each lesson"
            said = f"is set in the parameters cell {where}: in the lesson, run that cell first"
        else:
            said = f"is made in lesson {made.lesson}: there, run its cells from the top"
        return (f"({name} {said}; in another notebook, make it in a cell above"
                + (f": {line}" if line else "") + ")")
    if made.parameter:
        where = f"of lesson {made.lesson}" if made.lesson else "at the top of each lesson"
        return (f"({name} is set in the parameters cell {where}, not in this "
                "notebook: set it here first, in a cell above" + (f": {line}" if line else "")
                + ")")
    return (f"({name} is made in lesson {made.lesson}, not in this notebook: make it here first, "
            "in a cell above" + (f"; lesson {made.lesson} does it with {line}" if line else "")
            + ")")
