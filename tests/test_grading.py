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
import importlib
import json
import shutil
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
TIMEOUT = 8  # seconds a cell; 5 s was too tight for the setup cell on a loaded two-core machine

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
    # q3's answer freezes its kernel (SIGSTOP): replaced like kim's, only q3 is lost
    "lea": [OK1, OK1, ("0", "failed: the answer ran past the time limit and could not be "
                            "interrupted"), OK2, OK2, WRITTEN, WRITTEN],
    # q2's answer asks for input(), which nobody can type during grading
    "max": [OK1, ("0", "failed"), OK2, OK2, OK2, WRITTEN, WRITTEN],
    # saved in the old notebook format 3
    "nia": ALL_RIGHT,
    # a Python script (File > Save as .py) renamed .ipynb
    "oli": nothing("not graded: a script was handed in, not the notebook"),
    # two notebooks of exercise 01: the one named as released is graded
    "pam": ALL_RIGHT,
    # a folder name with spaces, an apostrophe, brackets and an accent
    "Quinn O'Brien (ä)": ALL_RIGHT,
    # handed in exercises 01 and 02: graded for 01, and no line about 02 (--exercise 01)
    "rex": ALL_RIGHT,
    # q2's variable is set right, then the loop never ends: the answer timed out, no point
    "sam": [OK1, ("0", f"failed: timed out after {TIMEOUT} s"), OK2, OK2, OK2, WRITTEN, WRITTEN],
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
    "lea": ("6", "written answers to grade by hand: 4 points"),
    "max": ("7", "written answers to grade by hand: 4 points"),
    "nia": ("8", "written answers to grade by hand: 4 points"),
    "oli": ("0", "not graded: a script was handed in, not the notebook"),
    "pam": ("8", "written answers to grade by hand: 4 points"),
    "Quinn O'Brien (ä)": ("8", "written answers to grade by hand: 4 points"),
    "rex": ("8", "written answers to grade by hand: 4 points"),
    "sam": ("7", "written answers to grade by hand: 4 points"),
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
    ("oli", "oli/01-reading-exercises.ipynb", "a Python script renamed .ipynb"),
    ("pam", "pam/copy.ipynb", "a second notebook of exercise 01-reading"),
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
    save(answered(q3_answer="import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)"),
         "lea/01-reading-exercises.ipynb")
    save(answered(q2_answer='earliest = input("Which id? ")'), "max/01-reading-exercises.ipynb")
    (folder / "nia").mkdir()
    (folder / "nia" / "01-reading-exercises.ipynb").write_text(
        nbformat.writes(nbformat.convert(answered(), 3), version=3), encoding="utf-8")
    (folder / "oli").mkdir()
    (folder / "oli" / "01-reading-exercises.ipynb").write_text(
        "import framelab\n\ncorpus = framelab.load_corpus()\nn_danish = 1\n", encoding="utf-8")
    save(answered(), "pam/01-reading-exercises.ipynb")
    save(nbformat.read(RELEASED, as_version=4), "pam/copy.ipynb")
    save(answered(), "Quinn O'Brien (ä)/Exercise 1.ipynb")
    save(answered(), "rex/01-reading-exercises.ipynb")
    save(nbformat.read(OTHER, as_version=4), "rex/02-cleaning-exercises.ipynb")
    save(answered(q2_answer='earliest = "002"\nwhile True:\n    pass'),
         "sam/01-reading-exercises.ipynb")
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
    # feedback for students speaks no nbgrader: the repair notes in plain words
    for student, words in text.items():
        assert "nbgrader" not in words and "checksum" not in words, student
    assert "saved by an editor that drops the exercise's cell markers" in text["fay"]
    assert "Cells you had deleted were put back as handed out: q2-check." in text["ben"]
    # the HTML feedback: the notebook as it ran, each check followed by its result
    for student in ("ana", "ben", "cas", "dan", "fay", "kim", "lea", "nia", "sam"):
        assert (feedback / student / EXERCISE / "01-reading-exercises.html").is_file()


def test_points_for_written_answers_from_the_gradebook(graded, tmp_path):
    # the instructor fills in points (Excel in Dutch: semicolons, decimal commas), then
    # `grade --from-gradebook` recomputes the totals and the feedback
    out = tmp_path / "grades"
    shutil.copytree(graded["out"], out)
    rows = read_csv(out / "gradebook.csv")
    for row in rows[1:]:
        if row[0] == "ana" and row[2] == "q6-answer":
            row[3] = "2"
        if row[0] == "ana" and row[2] == "q7-answer":
            row[3] = "1,5"
    (out / "gradebook.csv").write_text("\n".join(";".join(row) for row in rows) + "\n",
                                       encoding="cp1252", errors="replace")
    grading.from_gradebook(out, say=lambda *args: None)
    totals = {row[0]: row[2:] for row in read_csv(out / "totals.csv")[1:]}
    assert totals["ana"] == ["11.5", "12", "complete"]
    assert totals["ben"] == list(EXPECTED_TOTALS["ben"][:1]) + ["12", EXPECTED_TOTALS["ben"][1]]
    feedback = (out / "feedback" / "ana" / "feedback.md").read_text(encoding="utf-8")
    assert "11.5 of 12 points" in feedback and "graded by your instructor" in feedback
    assert "still to be graded" not in feedback
    book = {(row[0], row[2]): row[3:] for row in read_csv(out / "gradebook.csv")[1:]}
    assert book["ana", "q7-answer"] == ["1.5", "2", "graded by hand"]
    # points a question cannot have are refused, and nothing is written
    (out / "gradebook.csv").write_text("student,exercise,question,points,max_points,status\n"
                                       "ana,01-reading,q6-answer,5,2,\n", encoding="utf-8")
    with pytest.raises(grading.GradingError, match="5 points, but the question has 2"):
        grading.from_gradebook(out, say=lambda *args: None)
    assert {row[0]: row[2:] for row in read_csv(out / "totals.csv")[1:]}["ana"][0] == "11.5"


def test_submissions_and_solutions_are_unchanged(graded):
    submissions, solutions, exercises = graded["before"]
    assert graded["after"] == (submissions, solutions, exercises)
    assert len(submissions) == 20  # every made-up file was there to be compared


def test_grading_the_class_is_quick(graded):
    # 10 students, 6 of them run by nbgrader (kim twice): about 30 s on 2 cores.
    assert graded["seconds"] < 240, f"grading the class took {graded['seconds']:.0f} s"


# ------------------------------------------------------------------ the pieces, without nbgrader


@pytest.mark.parametrize("module", ["notebooks", "marking", "plaindata", "sandbox", "runner",
                                    "checker"])
def test_doctests_of_the_grading_modules(module):
    assert doctest.testmod(importlib.import_module(f"tools.grading.{module}")).failed == 0


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



def test_grading_without_the_sandbox_says_once_what_is_missing(monkeypatch, tmp_path):
    # where neither bubblewrap nor unshare can sandbox (macOS, Windows), grading runs the
    # notebook as a plain child process with the platform's limits, and says once which
    # protections are missing (chosen here as the tests of that path do, see sandbox.find_tool)
    monkeypatch.setenv("FRAMELAB_GRADING_SANDBOX", "none")
    (tmp_path / "subs" / "ana").mkdir(parents=True)
    nbformat.write(answered(), tmp_path / "subs" / "ana" / "01-reading-exercises.ipynb")
    said = []
    grading.grade(tmp_path / "subs", tmp_path / "grades", exercise=EXERCISE, timeout=TIMEOUT,
                  say=said.append)
    warnings = [line for line in said if line.startswith("Warning:")]
    assert len(warnings) == 1
    assert "runs with your rights" in warnings[0] and "bubblewrap" in warnings[0]
    totals = read_csv(tmp_path / "grades" / "totals.csv")
    assert totals[1][:3] == ["ana", EXERCISE, "8"]
