"""Grading a class with the attacks of the second outside test (session 9, December 2026).

Each test makes the hostile file for real in tmp_path (a deeply nested JSON, a folder nested
1,100 deep, a sparse file of 40 GB, a notebook with 60,000 cells ...), grades it with
:func:`tools.grading.grade` or its parts, and checks that the file costs its own student only.
"""

import csv
import os
import re
from itertools import pairwise
from pathlib import Path

import nbformat

from tools.grading import grade
from tools.grading import notebooks as nbs

ROOT = Path(__file__).resolve().parent.parent
RELEASED = ROOT / "exercises" / "01-reading" / "01-reading-exercises.ipynb"


def rows(path: Path) -> list[dict]:
    return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))


def remove_deep(top: Path) -> None:
    """Remove a folder nested too deep for shutil.rmtree (it recurses), bottom up."""
    chain = []
    fd = os.open(top, os.O_RDONLY)
    while "d" in os.listdir(fd):
        chain.append(fd)
        fd = os.open("d", os.O_RDONLY, dir_fd=fd)
    os.close(fd)
    for parent in reversed(chain):
        inner = os.open("d", os.O_RDONLY, dir_fd=parent)
        for name in os.listdir(inner):
            if name != "d":
                os.unlink(name, dir_fd=inner)
        os.close(inner)
        os.rmdir("d", dir_fd=parent)
        os.close(parent)


def crash_class(folder: Path) -> Path:
    """Three students whose files stopped the whole grading run before."""
    (folder / "deepjson").mkdir(parents=True)
    depth = 50_000
    (folder / "deepjson" / "ex.ipynb").write_text(
        '{"cells": [], "metadata": {"x": ' + "[" * depth + "]" * depth + "}}", encoding="utf-8")
    deep = folder / "deepdir"
    deep.mkdir()
    fd = os.open(deep, os.O_RDONLY)
    for _ in range(1_100):  # one level at a time: the whole path would be too long for open()
        os.mkdir("d", dir_fd=fd)
        inner = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    os.close(fd)
    (folder / "deepdir" / "ok.txt").write_text("notes", encoding="utf-8")
    (folder / "sparse").mkdir()
    with open(folder / "sparse" / "big.ipynb", "wb") as handle:
        handle.truncate(40 * 1024**3)  # 40 GB, no disk used
    return folder


def test_files_that_stopped_the_whole_run_cost_their_own_student_only(tmp_path):
    submissions = crash_class(tmp_path / "class")
    out = tmp_path / "grades"
    try:
        grade(submissions, out, exercise="01-reading", say=lambda *_: None)
    finally:
        remove_deep(submissions / "deepdir")
    problems = rows(out / "problems.csv")
    mine = {}
    for p in problems:
        mine[p["student"]] = mine.get(p["student"], "") + p["problem"] + "\n"
    assert "nested more than 200 levels deep" in mine["deepjson"]
    assert "folders nested more than 20 deep" in mine["deepdir"]
    assert "larger than the 50 MB a notebook may have" in mine["sparse"]
    totals = {t["student"]: t for t in rows(out / "totals.csv")}
    assert set(totals) == {"deepjson", "deepdir", "sparse"}
    assert all(t["total"] == "0" and t["status"].startswith("not graded") for t in totals.values())


def test_a_walk_of_a_deep_folder_needs_no_recursion_and_stops_at_the_limit(tmp_path):
    here = tmp_path / "ana"
    here.mkdir()
    (here / "top.ipynb").write_text("{}", encoding="utf-8")
    fd = os.open(here, os.O_RDONLY)
    for level in range(1, 1_101):
        os.mkdir("d", dir_fd=fd)
        inner = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
        if level == 5:
            os.close(os.open("five.ipynb", os.O_CREAT | os.O_WRONLY, dir_fd=fd))
    os.close(fd)
    too_deep = []
    try:
        found = nbs.student_files(here, too_deep)
    finally:
        remove_deep(here)
    assert [p.name for p in found] == ["five.ipynb", "top.ipynb"]
    assert len(too_deep) == 1 and len(too_deep[0].relative_to(here).parts) == nbs.MAX_FOLDER_DEPTH + 1


def test_a_notebook_with_thousands_of_copied_cells_is_refused_quickly(tmp_path):
    nb = nbformat.read(RELEASED, as_version=4)
    locked = next(c for c in nb.cells if nbs.nbgrader_meta(c).get("locked"))
    nb.cells += [nbformat.from_dict(dict(locked, id=f"c{i}")) for i in range(6_000)]
    (tmp_path / "class" / "evil").mkdir(parents=True)
    nbformat.write(nb, tmp_path / "class" / "evil" / "ex.ipynb", version=4)
    exercises = nbs.load_exercises(ROOT)
    _students, handins, problems = nbs.collect(tmp_path / "class", exercises, "01-reading")
    assert not handins
    assert "more than the 5,000 the grader reads" in problems[0].problem


def test_a_notebook_of_many_cells_under_the_absolute_limit_is_refused_by_the_relative_one(
        tmp_path):
    nb = nbformat.read(RELEASED, as_version=4)
    size = len(nb.cells)
    nb.cells += [nbformat.v4.new_code_cell("x = 1") for _ in range(10 * max(10, size))]
    (tmp_path / "class" / "evil").mkdir(parents=True)
    nbformat.write(nb, tmp_path / "class" / "evil" / "ex.ipynb", version=4)
    _students, handins, problems = nbs.collect(tmp_path / "class", nbs.load_exercises(ROOT),
                                               "01-reading")
    assert not handins
    assert f"more than 10 times the {size} of exercise 01-reading" in problems[0].problem


def test_the_linear_repair_chain_is_as_long_as_the_plain_one():
    import random

    def plain(pairs):
        length = [1] * len(pairs)
        for i, (_, r) in enumerate(pairs):
            for j in range(i):
                if pairs[j][1] < r:
                    length[i] = max(length[i], length[j] + 1)
        return max(length, default=0)

    rng = random.Random(7)
    for _ in range(300):
        pairs = [(s, rng.randrange(12)) for s in range(rng.randrange(15))]
        chain = nbs._increasing(pairs)
        assert len(chain) == plain(pairs)
        assert all(a[0] < b[0] and a[1] < b[1] for a, b in pairwise(chain))
        assert all(p in pairs for p in chain)


LOADERS = re.compile(r"unpkg|cdnjs|require\.js|jsdelivr", re.IGNORECASE)


def active_parts(page: str) -> list[str]:
    """What in an HTML page could run: script elements, on...= handlers, links and sources
    that are javascript:, vbscript: or data: (an image's data stays), and script loaders."""
    from html.parser import HTMLParser

    found = [m.group() for m in LOADERS.finditer(page)]

    class Look(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("script", "iframe", "object", "embed", "base"):
                found.append(f"<{tag}>")
            for name, value in attrs:
                plain = re.sub(r"[\x00-\x20]", "", value or "").lower()
                if name.startswith("on"):
                    found.append(f"{tag} {name}={value}")
                elif plain.startswith(("javascript:", "vbscript:")) or (
                        plain.startswith("data:") and not (
                            name == "src" and plain.startswith("data:image/png"))):
                    found.append(f"{tag} {name}={value[:40]}")

    Look().feed(page)
    return found


def test_the_feedback_page_of_a_hostile_notebook_runs_and_loads_nothing(tmp_path):
    from tools.grading import marking

    exercise = next(e for e in nbs.load_exercises(ROOT) if e.name == "01-reading")
    nb = nbformat.read(RELEASED, as_version=4)
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {
        "state": {}, "version_major": 2, "version_minor": 0}}
    answer = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code"
                  and nbs.nbgrader_meta(c).get("solution"))
    nb.cells[answer].outputs = [
        nbformat.v4.new_output("display_data", data={"image/png": "AAAA", "text/plain": "chart"},
                               metadata={"image/png": {"width": '1 onerror=alert("img")',
                                                       "height": 40}}),
        nbformat.v4.new_output("stream", name="stdout", text="Graded: 1 of 1 points (passed).\n")]
    nb.cells.insert(answer + 1, nbformat.v4.new_markdown_cell(
        "See [my sources](javascript:alert('link')), [b](JaVa\tScRiPt:alert(2)), "
        "[c](data:text/html;base64,PHNjcmlwdD4=) and [d](vbscript:msgbox(1))."))
    nb.cells.insert(answer + 2, nbformat.v4.new_raw_cell("<img src=x onerror=alert('raw')>"))
    path = tmp_path / "ana" / "ex.ipynb"
    path.parent.mkdir()
    nbformat.write(nb, path)
    nb = nbformat.read(path, as_version=4)  # the real file, as the grader reads it
    result = {"cells": [{"outputs": c.get("outputs", [])} if c.cell_type == "code" else None
                        for c in nb.cells]}
    results = marking.results_for(exercise, nb, {**result, "answers": {}}, {}, 30)
    page = marking.feedback_html(nb, result, results)
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert not active_parts(page), active_parts(page)[:5]
    assert "Content-Security-Policy" in page and 'width="40"' not in page
    assert 'height="40"' in page  # a number as the size stays
    # the grader's verdict is a framed block that the student's output cannot make; the
    # student's printed "Graded: ..." stays plain output
    assert page.count('class="framelab-grader-verdict"') == sum(not q.written
                                                              for q in exercise.questions)
    assert "Graded: 1 of 1 points (passed)." in page


def test_feedback_md_shows_file_names_with_backticks_and_html_as_typed(tmp_path):
    from tools.grading import marking

    name = "q`<img src=x onerror=alert(7)>`.ipynb"
    report = marking.Report(problems=[nbs.Problem("ana", f"ana/{name}", "the file is damaged",
                                                  "", "the notebook could not be read")])
    report.details["ana", "01-reading"] = "the notebook could not be read"
    report.maxima["01-reading"] = 1.0
    marking.add_totals(report)
    text = marking.feedback_markdown("ana", report)
    line = next(line for line in text.splitlines() if "onerror" in line)
    assert line.startswith("- `` ana/q`<img src=x onerror=alert(7)>`.ipynb ``:")


def graded_folder(folder: Path, students: list[str]) -> Path:
    """A grades folder as a grading run writes it, for students with one question each."""
    from tools.grading import marking

    question = nbs.Question("q1", 2.0, "Q1", True)
    report = marking.Report()
    report.maxima["01-reading"] = 2.0
    for student in students:
        report.details[student, "01-reading"] = [(
            "01-reading-exercises", f"{student}/ex.ipynb",
            [marking.Result(question, None, "needs manual grading", answer="x")])]
    marking.add_totals(report)
    folder.mkdir()
    marking.write_files(report, folder, {}, "")
    return folder


def test_folders_that_looked_alike_in_the_csv_get_their_own_points(tmp_path):
    from tools.grading import from_gradebook

    folder = graded_folder(tmp_path / "grades", ["=7*6", "'=7*6"])
    text = (folder / "gradebook.csv").read_text(encoding="utf-8-sig")
    assert "\n'=7*6," in text and "\n''=7*6," in text
    lines = [line.replace("needs manual grading", "x") for line in text.splitlines()]
    lines = [line.replace(",,2,x", ",2,2,x") if line.startswith("'=") else
             line.replace(",,2,x", ",1,2,x") for line in lines]
    (folder / "gradebook.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = []
    from_gradebook(folder, say=said.append)
    totals = {t["student"]: t["total"] for t in rows(folder / "totals.csv")}
    assert totals == {"'=7*6": "2", "''=7*6": "1"}
    assert "matched no" not in " ".join(said)


def test_a_gradebook_whose_quotes_a_spreadsheet_dropped_is_still_read(tmp_path):
    from tools.grading import from_gradebook

    folder = graded_folder(tmp_path / "grades", ["=7*6", "'=7*6", "ana"])
    lines = (folder / "gradebook.csv").read_text(encoding="utf-8-sig").splitlines()
    points = {"'=7*6": "2", "''=7*6": "1", "ana": "1.5"}
    saved = [lines[0]]
    for line in lines[1:]:
        name = line.split(",")[0]
        fields = line.split(",")
        fields[0], fields[3] = name.removeprefix("'"), points[name]  # as Excel saves it again
        saved.append(";".join(fields))
    saved.append(";".join(["bob", "01-reading", "q1", "2", "2", "x"]))
    (folder / "gradebook.csv").write_text("\n".join(saved).replace(",", ";") + "\n",
                                          encoding="cp1252")
    said = []
    from_gradebook(folder, say=said.append)
    totals = {t["student"]: t["total"] for t in rows(folder / "totals.csv")}
    assert totals == {"'=7*6": "2", "''=7*6": "1", "ana": "1.5"}
    assert "1 row of gradebook.csv matched no student's question" in said[-1]
    assert "bob, q1" in said[-1]


def test_a_name_with_a_semicolon_is_one_quoted_field(tmp_path):
    folder = graded_folder(tmp_path / "grades", ["ann;=1+2;=HYPERLINK(A1)", "tab\there"])
    text = (folder / "totals.csv").read_text(encoding="utf-8-sig")
    assert '\n"ann;=1+2;=HYPERLINK(A1)",' in text and "\ntab\\u0009here," in text
    for line in text.splitlines()[1:]:  # read as Dutch Excel does: ; separates, "..." quotes
        cells = next(csv.reader([line], delimiter=";"))
        assert not any(cell[:1] in "=+-@" and cell for cell in cells), cells


def test_memory_held_in_memfd_files_counts_for_the_sandbox(tmp_path):
    import subprocess
    import sys

    from tools.grading import sandbox

    code = ("import os, sys, time\nfds = []\nfor i in range(3):\n"
            "    fd = os.memfd_create('x'); os.write(fd, b'x' * (40 * 2**20)); fds.append(fd)\n"
            "print('held', flush=True)\ntime.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    try:
        assert child.stdout.readline() == b"held\n"
        assert sandbox.memory_used(child) >= 120 * 2**20  # RSS alone is a few MB
    finally:
        child.kill()
        child.wait()


def test_sleeping_in_added_cells_runs_out_of_time_and_a_replaced_take_gets_nothing(tmp_path):
    import pytest

    from tools.grading import sandbox

    if not sandbox.bwrap() and not sandbox.unshare():
        pytest.skip("neither bubblewrap nor unshare can sandbox here")
    nb = nbformat.read(RELEASED, as_version=4)
    ids = [nbs.nbgrader_meta(c).get("grade_id") for c in nb.cells]
    nb.cells[ids.index("q1-answer")].source = 'n_danish = len(corpus[corpus["language"] == "da"])'
    where = ids.index("q1-check") + 1
    nb.cells[where:where] = [nbformat.v4.new_code_cell("import time\ntime.sleep(1.8)")
                             for _ in range(30)]  # 30 cells of 1.8 s: 54 s; the budget is 14 s
    (tmp_path / "class" / "zed").mkdir(parents=True)
    nbformat.write(nb, tmp_path / "class" / "zed" / "ex.ipynb")
    # and a classmate who replaces the grader's function that takes the answers out, by the
    # name it had before (the outside tester's cell, word for word)
    cheat = nbformat.read(RELEASED, as_version=4)
    cheat.cells[ids.index("q5-answer") - len(ids)].source = (
        "def _fake(names):\n    print('{\"inferred\": [\"001\", \"004\"]}')\n"
        "_framelab_grader_take = _fake\ninferred = ['999']\n")
    (tmp_path / "class" / "cat").mkdir()
    nbformat.write(cheat, tmp_path / "class" / "cat" / "ex.ipynb")
    out = tmp_path / "grades"
    grade(tmp_path / "class", out, exercise="01-reading", timeout=2, jobs=2, say=lambda *_: None)
    table = rows(out / "gradebook.csv")
    assert [(r["points"], r["status"]) for r in table if r["student"] == "cat"
            and r["question"] == "q5-check"] == [("0", "failed")]
    status = {r["question"]: (r["points"], r["status"]) for r in table if r["student"] == "zed"}
    assert status["q1-check"] == ("1", "passed")
    assert status["q2-check"] == ("0", "not run: the notebook's time ran out")
    text = (out / "feedback" / "zed" / "feedback.md").read_text(encoding="utf-8")
    assert "had run 14 seconds together, all the time they may take" in text
