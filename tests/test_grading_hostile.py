"""Grading a hostile class: one submission of exercise 01 per attack a notebook can make.

Every student answers q1 right (1 point) and tries one attack; where the attack is meant to win
points, the answer it should turn into points is wrong ("999"). The class is graded once, in
the real sandbox (bubblewrap; the test skips where it is not installed), and the tests check:
the exact gradebook (the cheats get the point of their real answer only; the classmates lose
nothing), that no file outside the grader's output changed (submissions, solutions/, the grades
folder), and that no process started by a notebook survives. Each attack is bounded in time and
size (no fork bombs); an attack aimed at the grader itself looks only at its own ancestors, so
that a broken sandbox fails this test and nothing else on the machine.
"""

import csv
import hashlib
import os
import tempfile
import time
from pathlib import Path

import nbformat
import pytest

from tools.grading import grade, sandbox

ROOT = Path(__file__).resolve().parent.parent
RELEASED = ROOT / "exercises" / "01-reading" / "01-reading-exercises.ipynb"
RUBRIC = "Model answer and rubric"  # the start of q6's and q7's answers in solutions/
MARKER = "framelab-hostile-marker"
TIMEOUT = 8  # seconds a cell; 5 s was too tight for the setup cell on a loaded two-core machine

pytestmark = pytest.mark.skipif(not sandbox.bwrap() and not sandbox.unshare(),
                                reason="neither bubblewrap nor unshare can sandbox here")

FIND = '''
import os, pathlib
import framelab
def roots():
    found = {pathlib.Path.cwd(), *pathlib.Path.cwd().parents,
             *pathlib.Path(framelab.__file__).resolve().parents}
    for entry in pathlib.Path("/proc").iterdir():
        try:
            words = (entry / "cmdline").read_bytes().split(b"\\0")
        except OSError:
            continue
        for word in words:
            path = pathlib.Path(os.fsdecode(word).split("=", 1)[-1])
            if path.is_absolute():
                found |= {path, *path.parents}
    return [p for p in found if p != pathlib.Path("/")]
def search(pattern):
    hits = []
    for root in roots():
        try:
            hits += [p for p in root.glob(pattern)]
        except OSError:
            pass
    return hits
'''

ATTACKS = {
    # replace the check functions with functions that accept anything
    "patcher": ("from framelab import checks\n"
                "for name in dir(checks):\n"
                "    if name.startswith('expect_') or name in ('require_answer', 'check'):\n"
                "        setattr(checks, name, lambda *args, **kwargs: None)"),
    # an IPython input transformer that wraps every later cell in try/except
    "wrapper": ("def swallow(lines):\n"
                "    return ['try:\\n'] + ['    ' + line for line in lines] + "
                "['\\nexcept BaseException:\\n    pass\\n']\n"
                "get_ipython().input_transformers_post.append(swallow)"),
    # the model solution, from the course folder's copy or the package's checkout
    "copier": FIND + (
        "import json\n"
        "for path in search('solutions/01-reading/*.ipynb') + "
        "search('../../../source/01-reading/*.ipynb'):\n"
        "    for cell in json.loads(path.read_text())['cells']:\n"
        "        if 'BEGIN SOLUTION' in ''.join(cell['source']):\n"
        "            exec(''.join(cell['source']))\n"),
    # a classmate's answers, from the notebooks named on command lines
    "classmate": FIND + (
        "import json\n"
        "for path in search('*/01-reading-exercises.ipynb') + search('ana/*.ipynb'):\n"
        "    for cell in json.loads(path.read_text())['cells']:\n"
        "        if cell.get('metadata', {}).get('nbgrader', {}).get('solution'):\n"
        "            try:\n"
        "                exec(''.join(cell['source']))\n"
        "            except Exception:\n"
        "                pass\n"),
    # print the rubric of a written question, to have it handed back in the feedback
    "rubric": FIND + (
        "for path in search('solutions/01-reading/*.ipynb'):\n"
        "    print(path.read_text())\n"),
    # create a file in the instructor's solutions/
    "planter": FIND + (
        "for folder in [p for p in roots() if p.name in ('solutions', 'source', 'grades')]:\n"
        "    try:\n"
        "        (folder / 'planted.txt').write_text('planted')\n"
        "    except OSError:\n"
        "        pass\n"
        "for path in search('*/grades'):\n"
        "    try:\n"
        "        (path / 'planted.txt').write_text('planted')\n"
        "    except OSError:\n"
        "        pass\n"),
    # rewrite its own handed-in notebook in the submissions folder
    "rewriter": FIND + (
        "for path in search('*/rewriter/*.ipynb') + search('rewriter/*.ipynb'):\n"
        "    try:\n"
        "        path.write_text('rewritten')\n"
        "    except OSError:\n"
        "        pass\n"),
    # SIGKILL to the grade command (its own ancestors in the process list)
    "killer": ("import os, signal\n"
               "pid = os.getppid()\n"
               "while pid > 1:\n"
               "    cmdline = open(f'/proc/{pid}/cmdline', 'rb').read()\n"
               "    if b'pytest' in cmdline or b'tools.grading' in cmdline:\n"
               "        os.kill(pid, signal.SIGKILL)\n"
               "    pid = int(open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[1])"),
    # delete the classmates' work folders
    "deleter": ("import pathlib, shutil\n"
                "for folder in [pathlib.Path.cwd().parent, pathlib.Path('/tmp')]:\n"
                "    for path in folder.iterdir():\n"
                "        if path != pathlib.Path.cwd():\n"
                "            shutil.rmtree(path, ignore_errors=True)"),
    # a detached process that rewrites totals.csv after the run
    "daemon": FIND + (
        "import subprocess, sys\n"
        "targets = [str(p / 'totals.csv') for p in search('*/grades')]\n"
        "code = ('import sys, time\\n'\n"
        "        'time.sleep(2)\\n'\n"
        "        'for _ in range(20):\\n'\n"
        "        '    for t in sys.argv[2:]:\\n'\n"
        "        '        try: open(t, \"w\").write(\"daemon,01-reading,12,12,complete\\\\n\")\\n'\n"
        "        '        except OSError: pass\\n'\n"
        "        '    time.sleep(1)\\n')\n"
        f"subprocess.Popen([sys.executable, '-c', code, '{MARKER}', *targets],\n"
        "                 start_new_session=True, stdout=subprocess.DEVNULL,\n"
        "                 stderr=subprocess.DEVNULL)"),
    # 50 MB of printed output
    "flood": "for _ in range(50):\n    print('x' * 1_000_000)",
    # a 3 GB allocation
    "hog": "big = bytearray(3 * 1024 ** 3)\nbig[-1] = 1",
    # processes left running
    "lingerer": ("import subprocess, sys\n"
                 f"subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)', "
                 f"'{MARKER}'])\n"
                 f"subprocess.Popen(['sleep', '121', '{MARKER}'])"),
    # what the notebook sees: printed into its feedback
    "prober": ("import os, socket, pathlib, framelab\n"
               "try:\n"
               "    socket.create_connection(('1.1.1.1', 53), timeout=2)\n"
               "    net = 'reachable'\n"
               "except OSError:\n"
               "    net = 'unreachable'\n"
               "repo = pathlib.Path(framelab.__file__).resolve().parents[2]\n"
               "print('PROBE', 'pid', os.getpid() < 50, 'uid', os.getuid(), 'net', net,\n"
               "      'solutions', (repo / 'solutions').exists(),\n"
               "      'processes', len([p for p in os.listdir('/proc') if p.isdigit()]) < 20,\n"
               "      'env', sorted(k for k in os.environ if 'PYTEST' in k or 'FRAMELAB_HOSTILE' in k))"),
}
# the attacks whose target is an answer: that answer is wrong ("999") and must stay wrong
WRONG_Q2 = {"patcher", "wrapper", "copier", "classmate"}


def grade_id(cell):
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def hostile(name: str):
    nb = nbformat.read(RELEASED, as_version=4)
    ids = [grade_id(c) for c in nb.cells]
    nb.cells[ids.index("q1-answer")].source = 'n_danish = len(corpus[corpus["language"] == "da"])'
    if name in WRONG_Q2:
        nb.cells[ids.index("q2-answer")].source = 'earliest = "999"'
    if name == "rigged":
        nb.cells[ids.index("q2-answer")].source = (
            "class Always(str):\n    def __eq__(self, other):\n        return True\n"
            "    __hash__ = str.__hash__\n\nearliest = Always('999')")
    else:
        attack = nbformat.v4.new_code_cell(ATTACKS[name])
        nb.cells.insert(ids.index("setup") + 1, attack)
    return nb


STUDENTS = [*ATTACKS, "rigged"]
Q1_ONLY = [("1", "passed")] + [("0", "not answered")] * 6
EXPECTED = {name: list(Q1_ONLY) for name in STUDENTS}
for name in [*WRONG_Q2, "rigged"]:
    EXPECTED[name][1] = ("0", "failed")
EXPECTED["ana"] = [("1", "passed"), ("1", "passed"), ("2", "passed"), ("2", "passed"),
                   ("2", "passed"), ("", "needs manual grading"), ("", "needs manual grading")]


def right_notebook():
    from test_grading import answered  # the tests' folder is on sys.path (no __init__.py)

    return answered()


def hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def survivors() -> list:
    import psutil

    found = []
    for process in psutil.process_iter(["cmdline"]):
        try:
            if MARKER in " ".join(process.info["cmdline"] or []):
                found.append(process)
        except psutil.Error:
            pass
    return found


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    submissions, out = folder / "submissions", folder / "grades"
    for name in STUDENTS:
        (submissions / name).mkdir(parents=True)
        nbformat.write(hostile(name), submissions / name / "01-reading-exercises.ipynb")
    (submissions / "ana").mkdir()
    nbformat.write(right_notebook(), submissions / "ana" / "01-reading-exercises.ipynb")
    out.mkdir()  # an earlier run's grades folder, for the planter to find
    (out / "gradebook.csv").write_text("old\n", encoding="utf-8")
    before = hashes(submissions), hashes(ROOT / "solutions"), hashes(ROOT / "exercises")
    temp = folder / "temp"  # the grader's temporary folder, for this run alone
    temp.mkdir()
    tempfile.tempdir, old_temp = str(temp), tempfile.tempdir
    start = time.monotonic()
    try:
        report = grade(submissions, out, exercise="01-reading", timeout=TIMEOUT, jobs=2,
                       say=lambda *args: None)
    finally:
        tempfile.tempdir = old_temp
    seconds = time.monotonic() - start
    written = hashes(out)
    time.sleep(4)  # the daemon would write 2 s after it started, then each second
    return {"report": report, "out": out, "before": before, "seconds": seconds,
            "written": written, "temp": temp,
            "after": (hashes(submissions), hashes(ROOT / "solutions"), hashes(ROOT / "exercises"))}


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


def test_the_hostile_class_gets_the_points_of_its_real_answers_only(graded):
    rows = read_csv(graded["out"] / "gradebook.csv")
    got = {}
    for student, _exercise, _question, points, _top, status in rows:
        got.setdefault(student, []).append((points, status))
    assert got == EXPECTED
    totals = {row[0]: row[2] for row in read_csv(graded["out"] / "totals.csv")}
    assert totals == {name: ("8" if name == "ana" else "1") for name in EXPECTED}


def test_no_file_outside_the_grades_changed_and_the_grades_are_the_graders(graded):
    assert graded["after"] == graded["before"]
    assert hashes(graded["out"]) == graded["written"], "something wrote to the grades later"
    files = {path.split("/")[0] for path in graded["written"]}
    assert files == {"gradebook.csv", "totals.csv", "problems.csv", "feedback",
                     "grading-log.txt", "grading-data.json"}
    assert not any("planted" in path for path in graded["written"])
    assert list(graded["temp"].iterdir()) == [], "the grader's temporary folder is left behind"


def test_no_process_survives(graded):
    assert survivors() == []


def test_the_feedback_holds_no_rubric_and_no_flood(graded):
    feedback = graded["out"] / "feedback"
    for path in feedback.rglob("*"):
        if path.is_file():
            assert path.stat().st_size < 2_000_000, path
            assert RUBRIC not in path.read_text(encoding="utf-8"), path
    flood = (feedback / "flood" / "01-reading" / "01-reading-exercises.html").read_text()
    assert "The grader cut the output here" in flood
    hog = (feedback / "hog" / "01-reading" / "01-reading-exercises.html").read_text()
    assert "MemoryError" in hog


def test_the_sandbox_is_in_use(graded):
    html = (graded["out"] / "feedback" / "prober" / "01-reading"
            / "01-reading-exercises.html").read_text(encoding="utf-8")
    line = next(line for line in html.splitlines() if "PROBE pid" in line)  # the output
    assert "pid True" in line  # its own process namespace
    if os.geteuid() == 0:
        assert f"uid {sandbox.FIRST_UID}" in line or "uid 6200" in line  # not root
    assert "net unreachable" in line
    assert "solutions False" in line  # the repository is not there
    assert "processes True" in line
    assert "env []" in line  # nothing of the grader's environment


def test_the_hostile_class_is_graded_in_reasonable_time(graded):
    assert graded["seconds"] < 400, f"{graded['seconds']:.0f} s"


def test_a_grader_killed_with_sigkill_leaves_no_process_and_no_solutions(tmp_path):
    import signal
    import subprocess
    import sys

    import psutil

    from tools.grading import marking

    submissions, temp = tmp_path / "submissions", tmp_path / "temp"
    temp.mkdir()
    for name in ("ana", "ben"):
        (submissions / name).mkdir(parents=True)
        nbformat.write(right_notebook(), submissions / name / "01-reading-exercises.ipynb")
    grader = subprocess.Popen([sys.executable, "-m", "tools.grading", str(submissions),
                               "--out", str(tmp_path / "grades"), "--exercise", "01-reading"],
                              cwd=ROOT, env={**os.environ, "TMPDIR": str(temp)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    family = []
    def command(process: psutil.Process) -> str:
        """The process's command line; "" once it has ended (a zombie has none)."""
        try:
            return " ".join(process.cmdline())
        except psutil.Error:
            return ""

    def still_running(process: psutil.Process) -> bool:
        """Alive and not a zombie: a killed child that no one has reaped yet (its parent, the
        grader, is gone, and this machine's first process may not reap orphans) has ended."""
        try:
            return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
        except psutil.Error:
            return False

    while time.monotonic() < deadline and not any(
            ("bwrap" in command(p) or "unshare" in command(p))  # or the fallback sandbox
            for p in family if still_running(p)):
        time.sleep(0.2)
        try:
            family = psutil.Process(grader.pid).children(recursive=True)
        except psutil.Error:
            family = []
    assert family, "the grader started no sandbox"
    time.sleep(2)  # the kernels are running
    family = psutil.Process(grader.pid).children(recursive=True)
    grader.send_signal(signal.SIGKILL)
    grader.wait()
    deadline = time.monotonic() + 15
    alive = [p for p in family if still_running(p)]
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [p for p in alive if still_running(p)]
    assert alive == [], [command(p) for p in alive]
    assert not (tmp_path / "grades").exists()  # nothing written for anyone, nothing half
    left = [p for p in temp.rglob("*") if p.is_file()]
    assert left, "the scratch folders of the killed run are there to look at"
    for path in left:
        text = path.read_bytes()
        assert b"BEGIN HIDDEN TESTS" not in text and b"Model answer" not in text, path
        assert b"expect_equal(n_danish, 1" not in text, path  # a hidden test's code
    marking.clean_stale(temp, min_age=0)  # what the next run does (after some minutes)
    assert list(temp.iterdir()) == []


@pytest.mark.skipif(not sandbox.unshare(), reason="unshare cannot make namespaces here")
def test_the_unshare_fallback_isolates_like_bubblewrap(tmp_path, monkeypatch):
    # where bubblewrap is missing, util-linux's unshare builds the same sandbox
    monkeypatch.setenv("FRAMELAB_GRADING_SANDBOX", "unshare")
    assert sandbox.find_tool().startswith(sandbox.UNSHARE)
    (tmp_path / "subs" / "prober").mkdir(parents=True)
    nbformat.write(hostile("prober"), tmp_path / "subs" / "prober" / "01-reading-exercises.ipynb")
    said = []
    grade(tmp_path / "subs", tmp_path / "grades", exercise="01-reading", timeout=TIMEOUT,
          say=said.append)
    assert not [line for line in said if line.startswith("Warning")]
    html = (tmp_path / "grades" / "feedback" / "prober" / "01-reading"
            / "01-reading-exercises.html").read_text(encoding="utf-8")
    line = next(line for line in html.splitlines() if "PROBE pid" in line)
    for words in ("pid True", "net unreachable", "solutions False", "processes True", "env []"):
        assert words in line, line
    totals = read_csv(tmp_path / "grades" / "totals.csv")
    assert totals[0][:3] == ["prober", "01-reading", "1"]
