"""Grading a class: `python course.py grade` on made-up submissions of exercise 01.

The class is made from the released exercises/01-reading and the answers in solutions/, one student
per case, and graded once (nbgrader's autograder, a 5-second time limit per cell). The tests then
check the exact gradebook, the totals, the problems report, the feedback, and that neither the
submissions nor solutions/ changed. The fast tests at the end check the pieces without nbgrader.
"""

import copy
import csv
import doctest
import hashlib
import json
import time
from pathlib import Path

import nbformat
import pytest

import course
from tools import grading

ROOT = Path(__file__).resolve().parent.parent
EXERCISE = "01-reading"
RELEASED = ROOT / "exercises" / EXERCISE / "01-reading-exercises.ipynb"
SOLVED = ROOT / "solutions" / EXERCISE / "01-reading-exercises.ipynb"
OTHER = ROOT / "exercises" / "02-cleaning" / "02-cleaning-exercises.ipynb"
TIMEOUT = 5

QUESTIONS = ["q1-check", "q2-check", "q3-check", "q4-check", "q5-check", "q6-answer", "q7-answer"]
MAX_POINTS = ["1", "1", "2", "2", "2", "2", "2"]
OK1, OK2 = ("1", "passed"), ("2", "passed")
WRITTEN = ("", "needs manual grading")
ALL_RIGHT = [OK1, OK1, OK2, OK2, OK2, WRITTEN, WRITTEN]


def nothing(status):
    return [("0", status)] * len(QUESTIONS)


# student: the points and status of each question, in the notebook's order
EXPECTED = {
    # every answer right; the two written answers wait for the instructor
    "ana": ALL_RIGHT,
    # wrong n_danish, no language filter, one id short, q7 not written; its deleted test of q2
    # and its changed test of q4 are put back, so the right answers there still count
    "ben": [("0", "failed"), OK1, ("0", "failed"), OK2, ("0", "failed"), WRITTEN,
            ("0", "not answered")],
    # the released notebook, handed in unchanged
    "cas": nothing("not answered"),
    # an endless loop in q2's answer: cut after 5 s, only q2 is lost
    "dan": [OK1, ("0", f"failed: timed out after {TIMEOUT} s"), OK2, OK2, OK2, WRITTEN, WRITTEN],
    # the file breaks off halfway (broken JSON)
    "eva": nothing("not graded: the notebook could not be read"),
    # saved by an editor that drops all cell metadata and renumbers the cells
    "fay": ALL_RIGHT,
    # handed in exercise 02 for 01
    "gus": nothing("not graded: handed in exercise 02-cleaning instead"),
    # a PDF instead of the notebook
    "hal": nothing("not graded: no notebook handed in"),
    # an empty folder
    "ivy": nothing("not graded: nothing handed in"),
    # q3's answer kills Python (os._exit): the grader replaces that cell and grades the rest
    "kim": [OK1, OK1, ("0", "failed: the answer stopped Python (the kernel died)"), OK2, OK2,
            WRITTEN, WRITTEN],
}
EXPECTED_TOTALS = {
    "ana": ("8", "written answers to grade by hand: 4 points"),
    "ben": ("3", "written answers to grade by hand: 2 points"),
    "cas": ("0", "complete"),
    "dan": ("7", "written answers to grade by hand: 4 points"),
    "eva": ("0", "not graded: the notebook could not be read"),
    "fay": ("8", "written answers to grade by hand: 4 points"),
    "gus": ("0", "not graded: handed in exercise 02-cleaning instead"),
    "hal": ("0", "not graded: no notebook handed in"),
    "ivy": ("0", "not graded: nothing handed in"),
    "kim": ("6", "written answers to grade by hand: 4 points"),
}
# student, file, words its line in problems.csv must contain
EXPECTED_PROBLEMS = [
    ("", "export.csv", "outside the students' folders"),
    ("ben", "ben/01-reading/Exercise 1 (Ben).ipynb", "deleted cells put back"),
    ("ben", "ben/01-reading/Exercise 1 (Ben).ipynb", "changed fixed cells graded as released"),
    ("eva", "eva/01-reading-exercises.ipynb", "the file is damaged"),
    ("fay", "fay/Untitled.ipynb", "22 cells without nbgrader metadata"),
    ("gus", "gus/01-reading-exercises.ipynb", "a notebook of exercise 02-cleaning, not 01-reading"),
    ("hal", "hal/answers.pdf", "not a notebook (.pdf)"),
    ("ivy", "ivy/", "folder is empty"),
]


# ------------------------------------------------------------------ the class


def grade_id(cell):
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def right_answers() -> dict[str, str]:
    """The solutions' code without nbgrader's markers, and two written answers."""
    solved = nbformat.read(SOLVED, as_version=4)
    answers = {
        grade_id(cell): "\n".join(line for line in cell.source.splitlines()
                                  if not line.lstrip().startswith("### "))
        for cell in solved.cells
        if cell.metadata.get("nbgrader", {}).get("solution") and cell.cell_type == "code"
    }
    answers["q6-answer"] = "Kellogg was appointed 'vorige week'; I would check the outlet's archive."
    answers["q7-answer"] = "Can: 000 with 004. Cannot: Danish against Dutch media, one Danish article."
    return answers


def answered(**changes):
    nb = nbformat.read(RELEASED, as_version=4)
    answers = {**right_answers(), **{key.replace("_", "-"): value
                                     for key, value in changes.items()}}
    for cell in nb.cells:
        if grade_id(cell) in answers:
            cell.source = answers[grade_id(cell)]
    return nb


def make_class(folder: Path) -> None:
    def save(nb, path):
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, folder / path)

    save(answered(), "ana/01-reading-exercises.ipynb")
    ben = answered(q1_answer="n_danish = 2", q3_answer="dutch = corpus[['id', 'date', 'words']]",
                   q5_answer="inferred = ['001']", q7_answer="YOUR ANSWER HERE")
    ben.cells = [cell for cell in ben.cells if grade_id(cell) != "q2-check"]
    next(c for c in ben.cells if grade_id(c) == "q4-check").source = "print('all good')"
    save(ben, "ben/01-reading/Exercise 1 (Ben).ipynb")  # nbgrader's layout, a renamed file
    save(nbformat.read(RELEASED, as_version=4), "cas/01-reading-exercises.ipynb")
    save(answered(q2_answer="earliest = None\nwhile True:\n    pass"),
         "dan/01-reading-exercises.ipynb")
    text = nbformat.writes(answered())
    (folder / "eva").mkdir()
    (folder / "eva" / "01-reading-exercises.ipynb").write_text(text[: len(text) // 2],
                                                               encoding="utf-8")
    fay = answered()
    for number, cell in enumerate(fay.cells):
        cell.metadata = {}
        cell.id = f"vscode-{number}"
    save(fay, "fay/Untitled.ipynb")
    save(nbformat.read(OTHER, as_version=4), "gus/01-reading-exercises.ipynb")
    (folder / "hal").mkdir()
    (folder / "hal" / "answers.pdf").write_bytes(b"%PDF-1.4 not a notebook")
    (folder / "ivy").mkdir()
    save(answered(q3_answer="import os\nos._exit(1)"), "kim/01-reading-exercises.ipynb")
    (folder / "export.csv").write_text("student,grade\n", encoding="utf-8")


def hashes(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("grading")
    submissions, out = folder / "submissions", folder / "grades"
    make_class(submissions)
    before = hashes(submissions), hashes(ROOT / "solutions"), hashes(ROOT / "exercises")
    start = time.monotonic()
    report = grading.grade(submissions, out, exercise=EXERCISE, timeout=TIMEOUT,
                           say=lambda *args: None)
    seconds = time.monotonic() - start
    after = hashes(submissions), hashes(ROOT / "solutions"), hashes(ROOT / "exercises")
    return {"report": report, "out": out, "before": before, "after": after, "seconds": seconds}


# ------------------------------------------------------------------ the class, graded


def test_gradebook_is_exactly_as_expected(graded):
    rows = read_csv(graded["out"] / "gradebook.csv")
    assert rows[0] == grading.GRADEBOOK_COLUMNS
    expected = [[student, EXERCISE, question, points, top, status]
                for student, results in EXPECTED.items()
                for question, top, (points, status) in zip(QUESTIONS, MAX_POINTS, results,
                                                           strict=True)]
    assert rows[1:] == expected


def test_totals_are_exactly_as_expected(graded):
    rows = read_csv(graded["out"] / "totals.csv")
    assert rows[0] == grading.TOTALS_COLUMNS
    assert rows[1:] == [[student, EXERCISE, total, "12", status]
                        for student, (total, status) in EXPECTED_TOTALS.items()]


def test_problems_name_each_bad_file(graded):
    rows = read_csv(graded["out"] / "problems.csv")
    assert rows[0] == grading.PROBLEMS_COLUMNS
    assert all(what_to_do for *_row, what_to_do in rows[1:]), "every problem says what to do"
    found = [row[:3] for row in rows[1:]]
    assert [(student, file) for student, file, _ in found] == [
        (student, file) for student, file, _ in EXPECTED_PROBLEMS]
    for (student, file, problem), (_, _, words) in zip(found, EXPECTED_PROBLEMS, strict=True):
        assert words in problem, f"{student or 'SUBMISSIONS'}, {file}: {problem!r}"


def test_feedback_has_every_question_and_the_hints(graded):
    feedback = graded["out"] / "feedback"
    assert sorted(p.name for p in feedback.iterdir()) == sorted(EXPECTED)
    text = {student: (feedback / student / "feedback.md").read_text(encoding="utf-8")
            for student in EXPECTED}
    for title in ("Q1 · recall (1 point)", "Q7 · interpret (2 points)"):
        assert title in text["ana"]
    # the hints of the failed hidden tests, as framelab.checks words them
    assert "✗ `n_danish` = 2 is not the number of Danish articles yet" in text["ben"]
    assert "`dutch` still has the Danish article" in text["ben"]
    assert "is not answered yet" in text["cas"]
    assert f"ran longer than {TIMEOUT} seconds" in text["dan"]
    assert "stopped Python" in text["kim"]
    # written answers are shown for the instructor to grade
    assert "Kellogg was appointed 'vorige week'" in text["fay"]
    assert "to be graded by your instructor" in text["fay"]
    assert "could not be read" in text["eva"]
    # nbgrader's own HTML feedback for the students who were graded
    for student in ("ana", "ben", "cas", "dan", "fay", "kim"):
        assert (feedback / student / EXERCISE / "01-reading-exercises.html").is_file()


def test_submissions_and_solutions_are_unchanged(graded):
    submissions, solutions, exercises = graded["before"]
    assert graded["after"] == (submissions, solutions, exercises)
    assert len(submissions) == 10  # every made-up file was there to be compared


def test_grading_the_class_is_quick(graded):
    # 10 students, 6 of them run by nbgrader (kim twice): about 30 s on 2 cores.
    assert graded["seconds"] < 240, f"grading the class took {graded['seconds']:.0f} s"


# ------------------------------------------------------------------ the pieces, without nbgrader


def test_doctests_of_the_grading_module():
    assert doctest.testmod(grading).failed == 0


@pytest.mark.parametrize(
    "path, expected",
    [
        (RELEASED, "01-reading"),  # the released exercise
        (SOLVED, "01-reading"),  # the solutions (hidden tests in the test cells)
        (OTHER, "02-cleaning"),  # another exercise
        (ROOT / "notebooks" / "01-reading-the-corpus.ipynb", None),  # a lesson
    ],
)
def test_identify_by_the_fixed_cells(path, expected):
    exercise, _share = grading.identify(nbformat.read(path, as_version=4),
                                        grading.load_exercises())
    assert (exercise.name if exercise else None) == expected


def metadata_of(nb) -> list:
    return [(cell.cell_type, grade_id(cell)) for cell in nb.cells]


def test_repair_restores_stripped_metadata():
    released = nbformat.read(RELEASED, as_version=4)
    stripped = copy.deepcopy(released)
    for cell in stripped.cells:
        cell.metadata = {}
        cell.id = "x" + cell.id
    repaired, notes = grading.repair(stripped, released)
    assert metadata_of(repaired) == metadata_of(released)
    assert len(notes) == 1 and "22 cells without nbgrader metadata" in notes[0]


def test_repair_puts_back_deleted_cells_and_keeps_extra_ones():
    released = nbformat.read(RELEASED, as_version=4)
    nb = copy.deepcopy(released)
    q2 = [grade_id(c) for c in nb.cells].index("q2-check")
    extra = nbformat.v4.new_code_cell("helper = 1")
    nb.cells = nb.cells[:q2] + [extra] + nb.cells[q2 + 1:]  # the test replaced by own code
    repaired, notes = grading.repair(nb, released)
    ids = [grade_id(c) for c in repaired.cells]
    assert ids[q2: q2 + 2] == [None, "q2-check"]  # the extra cell stays, the test comes back
    assert [i for i in ids if i] == [i for i in map(grade_id, released.cells) if i]
    assert notes == ["deleted cells put back from the exercise: q2-check"]


def test_repair_of_a_colab_notebook_gives_a_valid_notebook():
    # Colab saves format 4.0: no cell ids, its own cell metadata; here the q2 test is deleted too.
    released = nbformat.read(RELEASED, as_version=4)
    colab = json.loads(nbformat.writes(released))
    colab["nbformat_minor"] = 0
    for cell in colab["cells"]:
        del cell["id"]
        cell["metadata"] = {"id": "colab"}
    del colab["cells"][[grade_id(c) for c in released.cells].index("q2-check")]
    nb = nbformat.reads(json.dumps(colab), as_version=4)
    repaired, _notes = grading.repair(nb, released)
    nbformat.validate(repaired)
    assert metadata_of(repaired) == metadata_of(released)
    assert len({cell.id for cell in repaired.cells}) == len(repaired.cells)


def test_repair_of_an_answer_typed_in_a_new_cell():
    released = nbformat.read(RELEASED, as_version=4)
    nb = copy.deepcopy(released)
    q1 = [grade_id(c) for c in nb.cells].index("q1-answer")
    nb.cells[q1] = nbformat.v4.new_code_cell("n_danish = 1")
    repaired, _notes = grading.repair(nb, released)
    assert grade_id(repaired.cells[q1]) == "q1-answer"
    assert repaired.cells[q1].source == "n_danish = 1"


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),  # a file of 0 bytes
        (b'{"cells": [', "damaged"),  # broken JSON
        (b'{"hello": "world"}', "not a Jupyter notebook"),  # JSON, but no notebook
        (b"\xff\xfe\x00binary", "not text"),  # binary
    ],
)
def test_read_notebook_says_what_is_wrong(tmp_path, content, words):
    path = tmp_path / "a.ipynb"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=words):
        grading.read_notebook(path)


def test_grading_never_writes_into_solutions_or_the_submissions(tmp_path):
    (tmp_path / "subs").mkdir()
    for out in (ROOT / "solutions" / "grades", tmp_path / "subs" / "grades", tmp_path):
        with pytest.raises(grading.GradingError):
            grading.grade(tmp_path / "subs", out, say=lambda *args: None)
    assert not (ROOT / "solutions" / "grades").exists()


def test_unknown_exercise_and_missing_folder_are_explained(tmp_path):
    (tmp_path / "subs").mkdir()
    with pytest.raises(grading.GradingError, match="there are: 01-reading"):
        grading.grade(tmp_path / "subs", tmp_path / "out", exercise="99-nothing",
                      say=lambda *a: None)
    with pytest.raises(grading.GradingError, match="There is no folder"):
        grading.grade(tmp_path / "missing", tmp_path / "out", say=lambda *a: None)


def test_course_py_has_the_grade_command():
    assert "grade" in course.COMMANDS and "grade" in course.PASS_THROUGH

