"""The exercises students get: generated from solutions/, up to date, and failing only as meant.

A released exercise may fail only where the student has not answered yet: nbgrader's stubs raise
``NotImplementedError`` and the kit's checks raise ``framelab.checks.NotAnsweredError``. Any other
error (a NameError because a later cell needs an earlier answer, a TypeError ...) would confront a
student with a confusing failure before they have done anything, so it fails here.

Students get the course without solutions/ (``python course.py student-copy``): there the exercises
still run, and the tests that need solutions/ skip with :data:`STUDENT_COPY` as the reason.
"""

import re
from pathlib import Path

import nbformat
import pytest

from tools import exercises as generator
from tools.notebooks import error_outputs, exercise_notebooks, run, solution_notebooks

ROOT = Path(__file__).resolve().parent.parent
EXERCISES_DIR = ROOT / generator.RELEASE
INTENDED_ERRORS = {"NotImplementedError", "NotAnsweredError"}
TIERS = ("recall", "apply", "interpret")
OUT_OF_DATE = "exercises/ is out of date: run `python course.py exercises`"
STUDENT_COPY = "this is a student copy: solutions/ is not included"
# nbgrader's markers, spelled in two pieces: students get this file, and a student copy must hold
# no marker text anywhere (tools/studentcopy.py checks every file for it).
BEGIN_SOLUTION = "### BEGIN " + "SOLUTION"
BEGIN_HIDDEN_TESTS = "### BEGIN " + "HIDDEN TESTS"


def is_student_copy() -> bool:
    return not (ROOT / generator.SOURCE).is_dir()


def shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def notebook_params(paths: list[Path], what: str) -> list:
    """One parameter per notebook, or a single skipped one that says why there are none."""
    if paths:
        return [pytest.param(p, id=shown(p)) for p in paths]
    reason = STUDENT_COPY if what.startswith("solution") and is_student_copy() else f"no {what} yet"
    return [pytest.param(None, id="none", marks=pytest.mark.skip(reason=reason))]


# ------------------------------------------------------------------ running the exercises


def test_there_are_exercises_when_there_are_solutions():
    if is_student_copy():
        assert exercise_notebooks(ROOT), "this student copy has no exercises/ notebooks"
        return
    if not generator.assignments(ROOT):
        pytest.skip("solutions/ has no assignments yet, so there are no exercises either")
    assert exercise_notebooks(ROOT), f"exercises/ has no notebooks. {OUT_OF_DATE}"


@pytest.mark.parametrize("path", notebook_params(exercise_notebooks(ROOT), "exercise notebooks"))
def test_unanswered_exercise_fails_only_where_students_answer(path, kernel_env):
    nb = nbformat.read(path, as_version=4)
    run(nb, path, env=kernel_env, allow_errors=True)
    unexpected = [
        f"{shown(path)}, cell {index}: {ename}: {evalue}"
        for index, ename, evalue in error_outputs(nb)
        if ename not in INTENDED_ERRORS
    ]
    assert not unexpected, (
        "An unanswered exercise may only raise NotImplementedError or NotAnsweredError, "
        "but got:\n" + "\n".join(unexpected)
    )


# ------------------------------------------------------------------ exercises/ is current


def essence(path: Path) -> list[tuple]:
    """What must match between a committed and a freshly generated exercise notebook."""
    nb = nbformat.read(path, as_version=4)
    return [
        (cell.cell_type, cell.source, cell.metadata.get("nbgrader"), len(cell.get("outputs", [])))
        for cell in nb.cells
    ]


def released_files(folder: Path) -> dict[str, Path]:
    """Files in the assignment folders of a release folder, by their relative path."""
    found = {}
    for assignment in sorted(p for p in folder.iterdir() if p.is_dir()):
        if assignment.name.startswith("."):
            continue
        for path in assignment.rglob("*"):
            parts = path.relative_to(folder).parts
            if path.is_file() and not {".ipynb_checkpoints", "__pycache__"} & set(parts):
                found[path.relative_to(folder).as_posix()] = path
    return found


def test_exercises_are_up_to_date(tmp_path):
    if is_student_copy():
        pytest.skip(STUDENT_COPY)
    if not generator.assignments(ROOT):
        pytest.skip("solutions/ has no assignments yet")
    fresh_dir = tmp_path / "exercises"
    generator.generate(ROOT, release_dir=fresh_dir)  # what `python course.py exercises` runs
    fresh = released_files(fresh_dir)
    committed = released_files(EXERCISES_DIR) if EXERCISES_DIR.is_dir() else {}
    problems = [f"missing: exercises/{name}" for name in sorted(fresh.keys() - committed.keys())]
    problems += [f"not generated: exercises/{n}" for n in sorted(committed.keys() - fresh.keys())]
    for name in sorted(fresh.keys() & committed.keys()):
        if name.endswith(".ipynb"):
            same = essence(fresh[name]) == essence(committed[name])
        else:
            same = fresh[name].read_bytes() == committed[name].read_bytes()
        if not same:
            problems.append(f"differs: exercises/{name}")
    assert not problems, OUT_OF_DATE + "\n" + "\n".join(problems)


# ------------------------------------------------------------------ the solutions' grading


@pytest.mark.parametrize("path", notebook_params(solution_notebooks(ROOT), "solution notebooks"))
def test_solution_cells_carry_grading_metadata(path):
    nb = nbformat.read(path, as_version=4)
    problems, points, grade_ids = [], [], []
    for index, cell in enumerate(nb.cells):
        meta = cell.metadata.get("nbgrader")
        where = f"cell {index}"
        if BEGIN_SOLUTION in cell.source and not (meta and meta.get("solution")):
            problems.append(f"{where} has {BEGIN_SOLUTION} but no nbgrader solution: true")
        if BEGIN_HIDDEN_TESTS in cell.source and not (meta and meta.get("grade")):
            problems.append(f"{where} has {BEGIN_HIDDEN_TESTS} but no nbgrader grade: true")
        if not meta:
            continue
        if meta.get("schema_version") != 3:
            problems.append(f"{where}: nbgrader schema_version is {meta.get('schema_version')!r}")
        if meta.get("solution") or meta.get("grade") or meta.get("locked"):
            if not meta.get("grade_id"):
                problems.append(f"{where}: nbgrader cell without a grade_id")
            grade_ids.append(meta.get("grade_id"))
        if meta.get("grade"):
            value = meta.get("points")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                problems.append(f"{where}: graded cell has points {value!r} (needs a number > 0)")
            else:
                points.append(value)
    doubles = sorted({g for g in grade_ids if g and grade_ids.count(g) > 1})
    if doubles:
        problems.append(f"grade_id used more than once: {', '.join(doubles)}")
    if sum(points) <= 0:
        problems.append("no graded cell with points: the notebook is worth 0 points")
    assert not problems, f"{shown(path)}:\n" + "\n".join(problems)


HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S", re.MULTILINE)
TIER = re.compile(r"\b(" + "|".join(TIERS) + r")\b", re.IGNORECASE)


@pytest.mark.parametrize("path", notebook_params(solution_notebooks(ROOT), "solution notebooks"))
def test_each_question_names_its_tier(path):
    """Every answer cell's question (its markdown from the heading on) names its tier."""
    nb = nbformat.read(path, as_version=4)
    problems, questions = [], 0
    for index, cell in enumerate(nb.cells):
        if not (cell.metadata.get("nbgrader") or {}).get("solution"):
            continue
        questions += 1
        question: list[str] = []
        for before in reversed(nb.cells[:index]):
            if before.cell_type != "markdown":
                continue
            question.insert(0, before.source)
            if HEADING.search(before.source):
                break
        text = "\n".join(question)
        if not HEADING.search(text):
            problems.append(f"answer cell {index} has no question heading above it")
        elif not TIER.search(text):
            title = [line.strip() for line in text.splitlines() if HEADING.match(line)][-1]
            problems.append(
                f"the question of answer cell {index} ({title!r}) names no tier "
                f"({', '.join(TIERS)})"
            )
    assert questions, f"{shown(path)} has no answer cells (nbgrader solution: true)"
    assert not problems, f"{shown(path)}:\n" + "\n".join(problems)
