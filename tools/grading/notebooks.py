"""Exercises, handed-in notebooks and their repair: what the grader knows before it runs one.

A notebook's exercise is found by the text of its fixed cells, not by its file name
(:func:`identify`). Cells that lost their nbgrader metadata (VS Code, Colab and other editors drop
it) get it back from the released notebook, matched by text, cell id or place; deleted fixed
cells are put back (:func:`repair`). The released notebook is made in memory with nbgrader's own
preprocessors (:func:`release`), so that no copy of the solutions is written anywhere.
"""

from __future__ import annotations

import ast
import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat.v4.nbbase import random_cell_id

from tools.exercises import assignments

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "solutions"
MATCH_THRESHOLD = 0.5  # the share of an exercise's fixed cells that a notebook must contain
IGNORED = {"__MACOSX", ".ipynb_checkpoints", "__pycache__"}
MAX_NOTEBOOK_BYTES = 50 * 1024 * 1024  # a handed-in notebook larger than this is not read
MAX_FOLDER_DEPTH = 20  # folders inside a student's folder deeper than this are not looked in
MAX_JSON_DEPTH = 200  # JSON nested deeper than this (a notebook's is about 10) is not read
MAX_CELLS = 5000  # cells of a handed-in notebook read at most (the exercises have under 100)
CELLS_PER_EXERCISE_CELL = 10  # a notebook with more than 10 times its exercise's cells: not graded
HIDDEN_TESTS = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?^[ \t]*### END HIDDEN TESTS[^\n]*\n?",
                          re.MULTILINE | re.DOTALL)
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
WHAT_TO_DO = {
    "loose": "Put each student's files in a folder of their own (SUBMISSIONS/<student>/).",
    "empty": "Check the export, or ask the student for the notebook.",
    "other file": "Ask the student for the .ipynb file (in Jupyter: File > Download); "
                  "other files are not graded.",
    "damaged": "Ask the student to open the notebook in Jupyter and hand it in again; if it "
               "does not open, the upload probably broke off.",
    "unknown": "Check that it is the exercise you set: a lesson notebook, or a notebook from "
               "elsewhere, cannot be graded.",
    "script": "Ask the student for the .ipynb notebook itself (in Jupyter: File > Download); "
              "a script exported from it has no answers to grade.",
    "second": "If that is the one to grade, remove the other from the student's folder and "
              "grade again.",
    "note": "Nothing; look at the student's grades if in doubt.",
    "failed": "Look at the notebook by hand; nbgrader's messages are in grading-log.txt.",
    "timed out": "Look at the student's answers by hand (a loop or a regular expression that "
                 "never ends?); the rest of the class was graded. If the machine was busy, "
                 "grade this student again alone (a folder with just them) with a longer "
                 "--timeout.",
    "feedback": "The grades stand; write to the student yourself, or grade again after "
                "reporting the problem with the notebook to the course's maintainers.",
}


class GradingError(Exception):
    """A problem with the command as given: a missing folder, an unknown exercise."""


@dataclass
class Problem:
    """A line of problems.csv. ``reason`` (short) says why a student was not graded; notes,
    about notebooks that were graded all the same, have none."""

    student: str
    file: str
    problem: str
    what_to_do: str
    reason: str = ""
    exercise: str = ""  # for notes: the exercise of the notebook they are about


@dataclass
class Row:
    student: str
    exercise: str
    question: str
    points: float | None
    max_points: float
    status: str


@dataclass
class Total:
    student: str
    exercise: str
    total: float
    max_total: float
    status: str


@dataclass
class Report:
    """What a grading run found; ``details`` holds the feedback per (student, exercise)."""

    rows: list[Row] = field(default_factory=list)
    totals: list[Total] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    details: dict = field(default_factory=dict, repr=False)
    maxima: dict = field(default_factory=dict, repr=False)  # exercise -> its points
    questions: dict = field(default_factory=dict, repr=False)  # exercise -> [(question, points)]


# ------------------------------------------------------------------ the exercises


def normalize(source: str) -> str:
    """A cell's text, compared without line-ending and trailing-space differences.

    >>> normalize("x = 1  \\r\\n\\r\\n")
    'x = 1'
    """
    lines = [line.rstrip() for line in source.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def nbgrader_meta(cell) -> dict:
    meta = cell.get("metadata", {}).get("nbgrader")
    return meta if isinstance(meta, dict) else {}


def is_fixed(meta: dict) -> bool:
    """A cell students should not change: locked, or a test cell that is no answer."""
    return bool(meta.get("grade_id")) and not meta.get("solution") and bool(
        meta.get("locked") or meta.get("grade"))


@dataclass
class Question:
    """A graded cell: a test cell, or a written answer graded by hand."""

    grade_id: str
    points: float
    title: str  # the heading above it, e.g. "Q1 · recall (1 point)"
    written: bool
    names: list[str] = field(default_factory=list)  # the answer variables, up to this question


@dataclass
class Exercise:
    """One notebook of an assignment in solutions/ (most assignments have one)."""

    name: str  # the assignment, e.g. "01-reading"
    notebook: str  # the notebook's file name without .ipynb
    fixed: list[tuple[str, str]] = field(repr=False)  # (cell type, text as released)
    questions: list[Question] = field(repr=False)
    code_cells: int = 0
    released: object = field(default=None, repr=False)  # the student's version, in memory
    # the instructor's locked code cells and test cells, hidden tests included, in order:
    # (grade_id, "setup" or "test", source); never written to disk
    instructor_cells: list[tuple[str, str, str]] = field(default_factory=list, repr=False)


def _title(cells, index: int) -> str:
    """The first heading of the nearest markdown cell above ``index`` that has one."""
    for cell in reversed(cells[:index]):
        found = HEADING.search(cell.source) if cell.cell_type == "markdown" else None
        if found:
            return found.group(1)
    return ""


def assigned_names(source: str) -> list[str]:
    """The names an answer cell assigns at its top level, in order: its answer variables.

    >>> assigned_names("table = f(x)\\nn_navo: int = 3\\nn_navo += 1\\nprint(n_navo)")
    ['table', 'n_navo']
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    names = []
    for node in tree.body:
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign)) else [])
        for target in targets:
            for leaf in ast.walk(target):
                if isinstance(leaf, ast.Name) and leaf.id not in names:
                    names.append(leaf.id)
    return names


def release(nb):
    """The student's version of a solutions notebook, made in memory by nbgrader's own
    preprocessors (as ``nbgrader generate_assignment`` does): no solutions, no hidden tests."""
    from nbgrader.preprocessors import (
        ClearHiddenTests,
        ClearMarkScheme,
        ClearOutput,
        ClearSolutions,
        LockCells,
    )

    nb, resources = copy.deepcopy(nb), {}
    for step in (ClearSolutions, ClearHiddenTests, ClearMarkScheme, ClearOutput, LockCells):
        nb, resources = step().preprocess(nb, resources)
    return nb


def load_exercises(root: Path = ROOT) -> list[Exercise]:
    """Every notebook of every assignment in solutions/, with its fixed cells and questions."""
    found = []
    for name in assignments(root):
        for path in sorted(Path(root, SOURCE, name).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            fixed, questions, cells, names = [], [], [], []
            for index, cell in enumerate(nb.cells):
                meta = nbgrader_meta(cell)
                if is_fixed(meta):
                    fixed.append((cell.cell_type, normalize(HIDDEN_TESTS.sub("", cell.source))))
                if cell.cell_type == "code" and meta.get("solution") and not meta.get("grade"):
                    names += [n for n in assigned_names(cell.source) if n not in names]
                elif cell.cell_type == "code" and meta.get("grade"):
                    cells.append((meta.get("grade_id", ""), "test", cell.source))
                elif cell.cell_type == "code" and is_fixed(meta) or (
                        cell.cell_type == "code" and meta.get("locked")):
                    cells.append((meta.get("grade_id", ""), "setup", cell.source))
                if meta.get("grade") and meta.get("grade_id"):
                    questions.append(Question(meta["grade_id"], float(meta.get("points", 0)),
                                              _title(nb.cells, index) or meta["grade_id"],
                                              cell.cell_type == "markdown", list(names)))
            code = sum(cell.cell_type == "code" for cell in nb.cells)
            found.append(Exercise(name, path.stem, fixed, questions, code, release(nb), cells))
    return found


def identify(nb, exercises: list[Exercise]) -> tuple[Exercise | None, float]:
    """The exercise notebook that ``nb`` is a copy of, and the share of its fixed cells found.

    Students rename files and editors drop metadata, but question texts and test cells stay:
    the best match wins if at least half of its fixed cells are in ``nb``.
    """
    texts = {(cell.cell_type, normalize(cell.source)) for cell in nb.cells}
    best, best_share = None, 0.0
    for exercise in exercises:
        share = sum(c in texts for c in exercise.fixed) / max(1, len(exercise.fixed))
        if share > best_share:
            best, best_share = exercise, share
    return (best if best_share >= MATCH_THRESHOLD else None), best_share


# ------------------------------------------------------------------ repairing a notebook


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of ``(submitted, released)`` index pairs in which both increase.

    >>> _increasing([(0, 0), (1, 5), (2, 1), (3, 2)])
    [(0, 0), (2, 1), (3, 2)]
    """
    # patience sorting: tails[k] is the index of the pair with the smallest released index
    # that ends a chain of length k + 1; O(n log n), where the plain way is quadratic (60,000
    # copies of a locked cell took minutes)
    tails: list[int] = []
    back = [-1] * len(pairs)
    for i, (_, r) in enumerate(pairs):
        k = _bisect(tails, pairs, r)
        back[i] = tails[k - 1] if k else -1
        if k == len(tails):
            tails.append(i)
        else:
            tails[k] = i
    chain, i = [], tails[-1] if tails else -1
    while i != -1:
        chain.append(pairs[i])
        i = back[i]
    return chain[::-1]


def _bisect(tails: list[int], pairs: list[tuple[int, int]], r: int) -> int:
    """The first place in ``tails`` whose pair's released index is ``r`` or more."""
    low, high = 0, len(tails)
    while low < high:
        middle = (low + high) // 2
        if pairs[tails[middle]][1] < r:
            low = middle + 1
        else:
            high = middle
    return low


def repair(nb, released) -> tuple[object, list[str]]:
    """A copy of ``nb`` whose answer and fixed cells carry nbgrader metadata; notes in words.

    A cell is matched to a cell of ``released`` by its nbgrader grade_id, else (fixed cells) by
    its text, else by its cell id, else (answer cells) as the first cell of the right type in the
    gap where the answer belongs. Missing fixed cells are put back from ``released``, and so are
    deleted answer cells (unanswered). Cells that match nothing, a student's extra cells, stay in
    place without nbgrader metadata.
    """
    nb = copy.deepcopy(nb)
    rcells = released.cells
    rmeta = [nbgrader_meta(c) for c in rcells]
    by_grade_id = {m["grade_id"]: r for r, m in enumerate(rmeta) if m.get("grade_id")}
    by_text: dict[tuple[str, str], list[int]] = {}
    for r, cell in enumerate(rcells):
        if is_fixed(rmeta[r]):
            by_text.setdefault((cell.cell_type, normalize(cell.source)), []).append(r)
    by_cell_id = {c.get("id"): r for r, c in enumerate(rcells) if rmeta[r].get("grade_id")}

    pairs, how, used = [], {}, set()
    for s, cell in enumerate(nb.cells):
        candidates = []
        if nbgrader_meta(cell).get("grade_id") in by_grade_id:
            candidates.append((by_grade_id[nbgrader_meta(cell)["grade_id"]], "metadata"))
        candidates += [(r, "text") for r in by_text.get((cell.cell_type, normalize(cell.source)),
                                                        [])]
        r = by_cell_id.get(cell.get("id"))
        if r is not None and rcells[r].cell_type == cell.cell_type:
            candidates.append((r, "id"))
        if candidates:
            r, how[s] = next(((r, k) for r, k in candidates if r not in used), candidates[0])
            pairs.append((s, r))
            used.add(r)
    matched = dict(_increasing(pairs))  # submitted index -> released index

    for r, meta in enumerate(rmeta):  # an unmatched answer: the first free cell in its gap
        if meta.get("solution") and r not in matched.values():
            start = max((s for s, rr in matched.items() if rr < r), default=-1) + 1
            stop = min((s for s, rr in matched.items() if rr > r), default=len(nb.cells))
            for s in range(start, stop):
                if s not in matched and nb.cells[s].cell_type == rcells[r].cell_type:
                    matched[s], how[s] = r, "place"
                    break

    taken = set(matched.values())
    cells, waiting, restored, changed, remade = [], [], [], [], 0
    done = 0  # released cells before this one are placed

    def put_back(upto: int) -> None:
        for r in range(done, upto):
            if r not in taken and rmeta[r].get("grade_id"):
                cells.append(copy.deepcopy(rcells[r]))
                restored.append(rmeta[r]["grade_id"])

    for s, cell in enumerate(nb.cells):
        if s not in matched:
            cell.metadata.pop("nbgrader", None)  # an extra, doubled or foreign cell
            waiting.append(cell)
            continue
        r = matched[s]
        cells.extend(waiting)
        waiting = []
        put_back(r)
        done = r + 1
        if how[s] != "metadata":
            cell.metadata["nbgrader"] = copy.deepcopy(rmeta[r])
            remade += 1
        if (is_fixed(rmeta[r]) and rcells[r].cell_type == "code"
                and normalize(cell.source) != normalize(rcells[r].source)):
            changed.append(rmeta[r]["grade_id"])
        cells.append(cell)
    cells.extend(waiting)
    put_back(len(rcells))
    nb.cells = cells
    # Cells put back have ids, which notebooks before format 4.5 (Colab's) may not have.
    nb.nbformat, nb.nbformat_minor = 4, max(5, nb.get("nbformat_minor", 0))
    seen = set()
    for cell in nb.cells:
        if not cell.get("id") or cell.id in seen:
            cell.id = random_cell_id()
        seen.add(cell.id)

    notes = []
    if remade:
        notes.append(f"{remade} cell{'s' if remade > 1 else ''} without nbgrader metadata "
                     "(editors such as VS Code and Colab drop it, and so does deleting a cell "
                     "and typing it again) matched to the exercise by text and place")
    if restored:
        notes.append("deleted cells put back from the exercise: " + ", ".join(restored))
    if changed:
        notes.append("changed fixed cells graded as released: " + ", ".join(changed))
    return nb, notes


# ------------------------------------------------------------------ the submissions


def _ignored(path: Path) -> bool:
    return path.name.startswith(".") or path.name in IGNORED


def student_files(folder: Path, too_deep: list | None = None) -> list[Path]:
    """The files in a student's folder, up to :data:`MAX_FOLDER_DEPTH` folders deep, without
    hidden files and checkpoints; the folders deeper than that go into ``too_deep`` (their
    files are not looked at). A walk with a list of folders to do, not recursion: a folder
    nested 1,000 deep cannot stop the grader."""
    found, todo = [], [(folder, 0)]
    while todo:
        here, depth = todo.pop()
        try:
            entries = sorted(here.iterdir())
        except OSError:
            continue
        below = []
        for path in entries:
            if _ignored(path):
                continue
            if path.is_dir() and not path.is_symlink():
                if depth + 1 > MAX_FOLDER_DEPTH:
                    if too_deep is not None:
                        too_deep.append(path)
                else:
                    below.append((path, depth + 1))
            else:
                found.append(path)
        todo += reversed(below)
    return sorted(found)


def _json_depth(text: str) -> int:
    """How deep the brackets of a JSON text nest (brackets in strings do not count).

    >>> _json_depth('{"a": [1, [2, "]]]"]]}')
    3
    """
    strings = re.compile(r'"(?:[^"\\]|\\.)*"')
    depth = most = 0
    for char in re.sub(r"[^\[\]{}]", "", strings.sub("", text)):
        depth += 1 if char in "[{" else -1
        most = max(most, depth)
    return most


def _looks_like_python(text: str) -> bool:
    """Whether ``text`` is Python code (a .py file renamed .ipynb), not a notebook.

    >>> _looks_like_python("import framelab\\nn = 1\\n"), _looks_like_python('{"cells": [')
    (True, False)
    """
    import ast

    if text.lstrip().startswith(("{", "[")):
        return False
    try:
        ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    return True


def read_notebook(path: Path, notes: list | None = None):
    """Read a handed-in notebook; raise ValueError that says in words what is wrong. Cell
    attachments and metadata that nbformat cannot even read (a number for them) are left out,
    with a note in ``notes``."""
    if path.is_symlink() or not path.is_file():
        raise ValueError("a link or a special file, not a notebook file")
    size = path.stat().st_size
    if size > MAX_NOTEBOOK_BYTES:
        raise ValueError(f"the file is {size / 2**20:,.0f} MB, larger than the "
                         f"{MAX_NOTEBOOK_BYTES // 2**20} MB a notebook may have, so it was not "
                         "read")
    with open(path, "rb") as handle:  # the file may have grown since
        data = handle.read(MAX_NOTEBOOK_BYTES + 1)
    if len(data) > MAX_NOTEBOOK_BYTES:
        raise ValueError(f"the file is larger than the {MAX_NOTEBOOK_BYTES // 2**20} MB a "
                         "notebook may have, so it was not read")
    if not data.strip():
        raise ValueError("the file is empty")
    try:
        text = data.decode("utf-8-sig")
        if _json_depth(text) > MAX_JSON_DEPTH:
            raise ValueError(f"the file's JSON is nested more than {MAX_JSON_DEPTH} levels deep "
                             "(a notebook's is about 10), so it was not read")
        json.loads(text)
    except RecursionError as error:
        raise ValueError("the file's JSON is nested too deeply to read") from error
    except UnicodeDecodeError as error:
        raise ValueError("the file is not text, so not a notebook") from error
    except json.JSONDecodeError as error:
        if _looks_like_python(text):
            raise ValueError("a Python script renamed .ipynb, not a notebook") from error
        raise ValueError(f"the file is damaged: its JSON is cut off or broken at line "
                         f"{error.lineno}, column {error.colno} ({error.msg})") from error
    data = json.loads(text)
    if isinstance(data, dict) and isinstance(data.get("cells"), list) and len(
            data["cells"]) > MAX_CELLS:
        raise ValueError(f"the notebook has {len(data['cells']):,} cells, more than the "
                         f"{MAX_CELLS:,} the grader reads (the exercises have under 100), so "
                         "it was not graded")
    dropped = []
    for number, cell in enumerate(data.get("cells", []) if isinstance(data, dict) else [], 1):
        if not isinstance(cell, dict):
            continue
        if "metadata" in cell and not isinstance(cell["metadata"], dict):
            cell["metadata"] = {}
            dropped.append(f"cell {number} metadata")
        files = cell.get("attachments")
        if "attachments" in cell and not (isinstance(files, dict) and all(
                isinstance(v, dict) for v in files.values())):
            del cell["attachments"]
            dropped.append(f"cell {number} attachments")
    if dropped:
        text = json.dumps(data)
        if notes is not None:
            notes.append("fields of the notebook that Jupyter cannot read were left out: "
                         + ", ".join(dropped[:10]) + (" ..." if len(dropped) > 10 else ""))
    try:
        nb = nbformat.reads(text, as_version=4)
        for cell in nb.cells:
            cell.setdefault("metadata", nbformat.NotebookNode())
            if cell.cell_type not in ("code", "markdown", "raw"):
                raise ValueError(cell.cell_type)
            if not isinstance(cell.source, str):
                raise ValueError(cell.source)
    except Exception as error:  # nbformat raises many kinds for JSON that is no notebook
        raise ValueError("the file is JSON but not a Jupyter notebook") from error
    return nb


def fix_metadata(nb) -> list[str]:
    """Leave out the metadata fields whose types Jupyter's notebook format forbids (a title
    that is a number, tags that are no list ...), which would stop nbconvert when it writes the
    feedback; notes in words of what was left out. The cells' sources and the nbgrader
    metadata the grader needs are kept where they are valid.
    """
    from nbformat.validator import get_validator

    validator = get_validator(version=4, version_minor=nb.get("nbformat_minor", 5),
                              name="jsonschema")

    def valid(cells: list, metadata: dict) -> bool:
        node = {**nb, "metadata": metadata, "cells": cells}
        return next(iter(validator.iter_errors(node)), None) is None

    dropped = []
    if not isinstance(nb.get("metadata"), dict):
        nb["metadata"], _ = nbformat.NotebookNode(), dropped.append("metadata")
    for key in list(nb.metadata):
        if not valid([], {key: nb.metadata[key]}):
            del nb.metadata[key]
            dropped.append(f"metadata.{key}")
    for number, cell in enumerate(nb.cells, start=1):
        if not isinstance(cell.get("metadata"), dict):
            cell["metadata"], _ = nbformat.NotebookNode(), dropped.append(f"cell {number} metadata")
        bare = {k: v for k, v in cell.items() if k not in ("metadata", "attachments")}
        if cell.get("cell_type") == "code":
            bare["outputs"] = []  # the grader runs the cell again: its outputs do not count
        if valid([{**bare, "metadata": cell.metadata, **(
                {"attachments": cell["attachments"]} if "attachments" in cell else {})}], {}):
            continue
        for key in list(cell.metadata):
            if not valid([{**bare, "metadata": {key: cell.metadata[key]}}], {}):
                del cell.metadata[key]
                dropped.append(f"cell {number} metadata.{key}")
        if "attachments" in cell and not valid([{**bare, "metadata": {},
                                                 "attachments": cell["attachments"]}], {}):
            del cell["attachments"]
            dropped.append(f"cell {number} attachments")
    if not dropped:
        return []
    return ["fields of the notebook's metadata that Jupyter cannot read were left out: "
            + ", ".join(dropped[:10]) + (" ..." if len(dropped) > 10 else "")]


@dataclass
class Handin:
    """A notebook of an exercise that a student handed in."""

    student: str
    path: Path
    shown: str  # the path relative to SUBMISSIONS, for the reports
    exercise: Exercise
    nb: object = field(repr=False)


def collect(submissions: Path, exercises: list[Exercise], only: str | None):
    """Sort the files in SUBMISSIONS into notebooks to grade and problems.

    Returns ``(students, handins, problems)``: the student folders' names, the notebooks to
    grade (at most one per student and exercise notebook) and the problems found.
    """
    students, handins, problems = [], [], []
    for folder in sorted(submissions.iterdir(), key=lambda p: (p.name.casefold(), p.name)):
        if _ignored(folder):
            continue
        if not folder.is_dir() or folder.is_symlink():
            problems.append(Problem("", folder.name, "a file outside the students' folders: "
                                    "not graded", WHAT_TO_DO["loose"]))
            continue
        student = folder.name
        students.append(student)
        too_deep: list[Path] = []
        try:
            files = student_files(folder, too_deep)
        except Exception as error:  # noqa: BLE001 - that student only
            files = []
            problems.append(Problem(student, student + "/", "the grader could not list the "
                                    f"student's folder ({type(error).__name__}): not graded",
                                    WHAT_TO_DO["damaged"], "the notebook could not be read"))
        found, others = [], []
        for path in too_deep[:5]:
            problems.append(Problem(
                student, path.relative_to(submissions).as_posix()[:300] + "/",
                f"folders nested more than {MAX_FOLDER_DEPTH} deep in the student's folder: "
                "the files in them were not looked at", WHAT_TO_DO["damaged"],
                "the notebook could not be read"))
        if not files and not too_deep:
            problems.append(Problem(student, student + "/", "the student's folder is empty",
                                    WHAT_TO_DO["empty"], "nothing handed in"))
        for path in files:
            shown = path.relative_to(submissions).as_posix()
            if path.suffix.lower() != ".ipynb":
                problems.append(Problem(
                    student, shown, f"not a notebook ({path.suffix or 'no extension'}): "
                    "not graded", WHAT_TO_DO["other file"], "no notebook handed in"))
                continue
            fixed = []
            try:
                nb = read_notebook(path, fixed)
                exercise, share = identify(nb, exercises)
                if exercise is not None and len(nb.cells) > CELLS_PER_EXERCISE_CELL * max(
                        10, len(exercise.released.cells)):
                    raise ValueError(
                        f"the notebook has {len(nb.cells):,} cells, more than "
                        f"{CELLS_PER_EXERCISE_CELL} times the {len(exercise.released.cells)} "
                        f"of exercise {exercise.name}, so it was not graded")
            except Exception as error:  # noqa: BLE001 - any file: that student's problem only
                if not isinstance(error, ValueError):
                    error = f"the grader could not read the file ({type(error).__name__})"
                script = "Python script" in str(error)
                problems.append(Problem(
                    student, shown, f"{error}: not graded",
                    WHAT_TO_DO["script" if script else "damaged"],
                    "a script was handed in, not the notebook" if script
                    else "the notebook could not be read"))
                continue
            try:
                fixed += fix_metadata(nb)
            except Exception:  # noqa: BLE001 - a cell nbformat cannot check: graded as it is
                pass
            if exercise is None:
                problems.append(Problem(
                    student, shown, f"a notebook of no exercise in solutions/ (at most {share:.0%}"
                    " of an exercise's fixed cells are in it): not graded", WHAT_TO_DO["unknown"],
                    "the notebook is of no exercise"))
            elif only and exercise.name != only:
                others.append(Problem(
                    student, shown, f"a notebook of exercise {exercise.name}, not {only}: "
                    "not graded", f"If it is the wrong file, ask the student for the {only} "
                    f"notebook. To grade {exercise.name}: --exercise {exercise.name}.",
                    f"handed in exercise {exercise.name} instead"))
            else:
                found.append(Handin(student, path, shown, exercise, nb))
                problems += [Problem(student, shown, f"graded; {note}", WHAT_TO_DO["note"],
                                     exercise=exercise.name) for note in fixed]
        if not found:  # a student who handed in several exercises is not told about the others
            problems += others
        # One notebook per exercise notebook: the one named as released, else the newest.
        chosen: dict[tuple[str, str], Handin] = {}
        for h in sorted(found, key=lambda h: (h.path.stem != h.exercise.notebook,
                                              -h.path.stat().st_mtime, h.shown)):
            key = (h.exercise.name, h.exercise.notebook)
            if key in chosen:
                problems.append(Problem(student, h.shown, f"a second notebook of exercise {key[0]}"
                                        f": not graded (graded {chosen[key].shown})",
                                        WHAT_TO_DO["second"]))
            else:
                chosen[key] = h
        handins += [chosen[key] for key in sorted(chosen)]
    return students, handins, problems


