"""Grade a class's exercise notebooks with nbgrader's autograder.

``python course.py grade SUBMISSIONS`` runs ``python -m tools.grading SUBMISSIONS``. SUBMISSIONS
has one folder per student, as an LMS or JupyterHub exports them: ``<student>/*.ipynb``, or
nbgrader's own ``<student>/<exercise>/*.ipynb`` (any depth works). Written to ``grades/`` (or
``--out FOLDER``):

* ``gradebook.csv``: student, exercise, question, points, max_points, status; one row per graded
  cell (the question is its nbgrader grade_id), in the order of the notebook. Status is
  passed, partly passed, failed (with why: timed out ...), not answered, needs manual grading
  (written answers: points empty), or not graded: <reason> (points 0).
* ``totals.csv``: student, exercise, total, max_total, status; one row per student and exercise.
* ``problems.csv``: student, file, problem, what_to_do; files that could not be graded, and
  repairs the grader made to files it did grade.
* ``feedback/<student>/feedback.md`` (points, each question's result, the checks' hints, the
  written answers) and nbgrader's HTML feedback ``feedback/<student>/<exercise>/<notebook>.html``.
* ``grading-log.txt``: nbgrader's messages.

How. The submitted files are only read. The grader works in a temporary nbgrader course folder
(``source/`` = a copy of ``solutions/``, released with ``nbgrader generate_assignment``) that is
deleted at the end. A notebook's exercise is found by the text of its fixed cells, not by its
file name. Cells that lost their nbgrader metadata (VS Code, Colab and other editors drop it;
nbgrader would then grade nothing and give 0 without a word) get it back from the released
notebook, matched by text, cell id or place; deleted fixed cells are put back. Then each student
is graded in a child process of their own: ``nbgrader autograde`` (which restores the test cells,
hidden tests included, and runs every cell with a time limit) and ``generate_feedback``. A cell
that kills Python, or runs past the limit and cannot be interrupted, is replaced by an error and
the notebook is graded again, so that it costs only its own question. If grading a student still
fails, that student gets 0 and a line in problems.csv; the class's run goes on.
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat.v4.nbbase import random_cell_id

from tools.exercises import assignments
from tools.kernelsite import kernel_environ

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "solutions"
DEFAULT_OUT = ROOT / "grades"
DEFAULT_TIMEOUT = 30  # seconds per cell, nbgrader's default
MATCH_THRESHOLD = 0.5  # the share of an exercise's fixed cells that a notebook must contain
MAX_RETRIES = 3  # cells that stop the kernel, replaced one at a time, per exercise
GRADEBOOK_COLUMNS = ["student", "exercise", "question", "points", "max_points", "status"]
TOTALS_COLUMNS = ["student", "exercise", "total", "max_total", "status"]
PROBLEMS_COLUMNS = ["student", "file", "problem", "what_to_do"]
IGNORED = {"__MACOSX", ".ipynb_checkpoints", "__pycache__"}
WHY = {
    "crash": "stopped Python (the kernel died)",
    "stuck": "ran past the time limit and could not be interrupted",
}
REPLACED = "# The grader replaced this cell: when it ran, it {why}.\n"
REPLACEMENT = REPLACED + 'raise RuntimeError("Not run by the grader: this cell {why}.")\n'
# In the grading kernels exit() and quit() raise an error instead of ending Python a moment
# after the cell (which nbclient notices only cells later).
NO_EXIT = '''\
def exit(*args, **kwargs):
    raise RuntimeError("exit() and quit() would stop Python: the grader does not run them.")


quit = exit
'''
HIDDEN_TESTS = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?^[ \t]*### END HIDDEN TESTS[^\n]*\n?",
                          re.MULTILINE | re.DOTALL)
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
WHAT_TO_DO = {
    "loose": "Put each student's files in a folder of their own (SUBMISSIONS/<student>/).",
    "empty": "Check the export, or ask the student for the notebook.",
    "other file": "Ask the student for the .ipynb file (in Jupyter: File > Download); "
                  "other files are not graded.",
    "damaged": "Ask the student to open the notebook in Jupyter and hand it in again; if it "
               "does not open, the upload probably broke off.",
    "unknown": "Check that it is the exercise you set: a lesson notebook, or a notebook from "
               "elsewhere, cannot be graded.",
    "second": "If that is the one to grade, remove the other from the student's folder and "
              "grade again.",
    "note": "Nothing; look at the student's grades if in doubt.",
    "failed": "Look at the notebook by hand; nbgrader's messages are in grading-log.txt.",
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


@dataclass
class Exercise:
    """One notebook of an assignment in solutions/ (most assignments have one)."""

    name: str  # the assignment, e.g. "01-reading"
    notebook: str  # the notebook's file name without .ipynb
    fixed: list[tuple[str, str]] = field(repr=False)  # (cell type, text as released)
    questions: list[Question] = field(repr=False)
    code_cells: int = 0


def _title(cells, index: int) -> str:
    """The first heading of the nearest markdown cell above ``index`` that has one."""
    for cell in reversed(cells[:index]):
        found = HEADING.search(cell.source) if cell.cell_type == "markdown" else None
        if found:
            return found.group(1)
    return ""


def load_exercises(root: Path = ROOT) -> list[Exercise]:
    """Every notebook of every assignment in solutions/, with its fixed cells and questions."""
    found = []
    for name in assignments(root):
        for path in sorted(Path(root, SOURCE, name).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            fixed, questions = [], []
            for index, cell in enumerate(nb.cells):
                meta = nbgrader_meta(cell)
                if is_fixed(meta):
                    fixed.append((cell.cell_type, normalize(HIDDEN_TESTS.sub("", cell.source))))
                if meta.get("grade") and meta.get("grade_id"):
                    questions.append(Question(meta["grade_id"], float(meta.get("points", 0)),
                                              _title(nb.cells, index) or meta["grade_id"],
                                              cell.cell_type == "markdown"))
            code = sum(cell.cell_type == "code" for cell in nb.cells)
            found.append(Exercise(name, path.stem, fixed, questions, code))
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
    length, back = [1] * len(pairs), [-1] * len(pairs)
    for i, (_, r) in enumerate(pairs):
        for j in range(i):
            if pairs[j][1] < r and length[j] + 1 > length[i]:
                length[i], back[i] = length[j] + 1, j
    chain, i = [], max(range(len(pairs)), key=lambda k: (length[k], -k), default=-1)
    while i != -1:
        chain.append(pairs[i])
        i = back[i]
    return chain[::-1]


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

    pairs, how = [], {}
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
            used = {r for _, r in pairs}
            r, how[s] = next(((r, k) for r, k in candidates if r not in used), candidates[0])
            pairs.append((s, r))
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


def student_files(folder: Path) -> list[Path]:
    """The files in a student's folder, at any depth, without hidden files and checkpoints."""
    found = []
    for path in sorted(folder.iterdir()):
        if not _ignored(path):
            found += student_files(path) if path.is_dir() and not path.is_symlink() else [path]
    return found


def read_notebook(path: Path):
    """Read a handed-in notebook; raise ValueError that says in words what is wrong."""
    if path.is_symlink() or not path.is_file():
        raise ValueError("a link or a special file, not a notebook file")
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("the file is empty")
    try:
        text = data.decode("utf-8-sig")
        json.loads(text)
    except UnicodeDecodeError as error:
        raise ValueError("the file is not text, so not a notebook") from error
    except json.JSONDecodeError as error:
        raise ValueError(f"the file is damaged: its JSON is cut off or broken at line "
                         f"{error.lineno}, column {error.colno} ({error.msg})") from error
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
        files, found = student_files(folder), []
        if not files:
            problems.append(Problem(student, student + "/", "the student's folder is empty",
                                    WHAT_TO_DO["empty"], "nothing handed in"))
        for path in files:
            shown = path.relative_to(submissions).as_posix()
            if path.suffix.lower() != ".ipynb":
                problems.append(Problem(
                    student, shown, f"not a notebook ({path.suffix or 'no extension'}): "
                    "not graded", WHAT_TO_DO["other file"], "no notebook handed in"))
                continue
            try:
                nb = read_notebook(path)
            except ValueError as error:
                problems.append(Problem(student, shown, f"{error}: not graded",
                                        WHAT_TO_DO["damaged"], "the notebook could not be read"))
                continue
            exercise, share = identify(nb, exercises)
            if exercise is None:
                problems.append(Problem(
                    student, shown, f"a notebook of no exercise in solutions/ (at most {share:.0%}"
                    " of an exercise's fixed cells are in it): not graded", WHAT_TO_DO["unknown"],
                    "the notebook is of no exercise"))
            elif only and exercise.name != only:
                problems.append(Problem(
                    student, shown, f"a notebook of exercise {exercise.name}, not {only}: "
                    "not graded", f"If it is the wrong file, ask the student for the {only} "
                    f"notebook. To grade {exercise.name}: --exercise {exercise.name}.",
                    f"handed in exercise {exercise.name} instead"))
            else:
                found.append(Handin(student, path, shown, exercise, nb))
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


# ------------------------------------------------------------------ nbgrader, in child processes


def safe_id(name: str) -> str:
    """A student id that nbgrader can use in paths and patterns.

    >>> safe_id("Ana de Vries (1234)")
    'Ana_de_Vries_1234'
    """
    return re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_") or "student"


def child_environ(workdir: Path) -> dict[str, str]:
    """Environment for nbgrader and its kernels: the kit's kernel set-up (see
    tools/kernelsite.py), this Python's programs first (nbgrader runs alembic), no exit()."""
    env = kernel_environ(workdir)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["PYTHONWARNINGS"] = "ignore"  # SQLAlchemy's warnings about nbgrader's code
    startup = workdir / "ipython" / "profile_default" / "startup"
    startup.mkdir(parents=True, exist_ok=True)
    (startup / "00-grading.py").write_text(NO_EXIT, encoding="utf-8")
    env["IPYTHONDIR"] = str(workdir / "ipython")  # also keeps the user's own profile out
    return env


def prepare_course(course: Path, names: list[str], env: dict[str, str], root: Path = ROOT):
    """An nbgrader course folder: ``source/`` copied from solutions/, released, a gradebook."""
    for name in names:
        shutil.copytree(Path(root, SOURCE, name), course / "source" / name,
                        ignore=shutil.ignore_patterns(".*", "__pycache__"))
        done = subprocess.run(
            [sys.executable, "-m", "nbgrader", "generate_assignment", name, "--force",
             f"--CourseDirectory.root={course}"],
            cwd=course, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise GradingError(
                f"nbgrader could not release {name} from solutions/{name}/ (exit code "
                f"{done.returncode}); `python course.py exercises` shows the same problem:\n"
                f"{done.stdout}{done.stderr}")


def _cell_to_replace(nb, index: int) -> int | None:
    """The cell to replace when cell ``index`` stopped the kernel: that one if it is the
    student's, else (a test that hangs on a strange answer) the answer cell above it."""
    def replaceable(cell) -> bool:
        return cell.cell_type == "code" and not cell.source.startswith(REPLACED[:30])

    if replaceable(nb.cells[index]) and not is_fixed(nbgrader_meta(nb.cells[index])):
        return index
    for before in range(index - 1, -1, -1):
        if nbgrader_meta(nb.cells[before]).get("solution") and replaceable(nb.cells[before]):
            return before
    return None


def worker_main(course: Path) -> int:
    """Autograde the one student of ``course`` and make the feedback; write result.json.

    Runs as ``python -m tools.grading --worker COURSE``, in a process of its own that the parent
    can stop, with the kernels it started, whatever a notebook does.
    """
    from nbgrader.api import Gradebook
    from nbgrader.converters import Autograde, GenerateFeedback
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.preprocessors import Execute
    from nbgrader.utils import capture_log
    from traitlets.config import Config

    job = json.loads((course / "job.json").read_text(encoding="utf-8"))
    student, running = job["student"], {}

    class RecordingExecute(Execute):
        """nbgrader's Execute, remembering which cell runs (to find one that stops Python)."""

        def preprocess_cell(self, cell, resources, index):
            running["cell"] = (resources.get("unique_key"), index)
            result = super().preprocess_cell(cell, resources, index)
            running["cell"] = None
            return result

    config = Config()
    config.CourseDirectory.root = str(course)
    config.Execute.timeout = job["timeout"]
    config.Autograde.autograde_preprocessors = [
        RecordingExecute if pp is Execute else pp
        for pp in Autograde.class_traits()["autograde_preprocessors"].default()]
    config.HTMLExporter.template_name = "feedback"
    coursedir = CourseDirectory(config=config, student_id=student)
    result = {}
    for exercise in job["exercises"]:
        coursedir.assignment_id = exercise
        replaced, outcome = [], {}
        for _attempt in range(MAX_RETRIES + 1):
            running["cell"] = None
            app = Autograde(coursedir=coursedir, config=config)
            app.force = True
            outcome = capture_log(app)
            if outcome["success"] or not running["cell"]:
                break
            notebook, index = running["cell"]
            log = outcome.get("log", "") + outcome.get("error", "")
            why = "crash" if "DeadKernelError" in log or "Kernel died" in log else "stuck"
            path = course / "submitted" / student / exercise / f"{notebook}.ipynb"
            nb = nbformat.read(path, as_version=4)
            index = _cell_to_replace(nb, index)
            if index is None:
                break
            nb.cells[index].source = REPLACEMENT.format(why=WHY[why])
            nbformat.write(nb, path)
            replaced.append({"notebook": notebook, "why": why,
                             "grade_id": nbgrader_meta(nb.cells[index]).get("grade_id", "")})
        entry = {"graded": outcome["success"], "replaced": replaced, "grades": [],
                 "comments": [], "log": outcome.get("log", "") + outcome.get("error", "")}
        if outcome["success"]:
            capture_log(GenerateFeedback(coursedir=coursedir, config=config))
            with Gradebook(coursedir.db_url) as gradebook:
                for notebook in gradebook.find_submission(exercise, student).notebooks:
                    entry["grades"] += [{"notebook": notebook.name, "grade_id": g.name,
                                         "auto_score": g.auto_score, "score": g.score,
                                         "needs_manual_grade": g.needs_manual_grade}
                                        for g in notebook.grades]
                    entry["comments"] += [{"notebook": notebook.name, "grade_id": c.name,
                                           "auto_comment": c.auto_comment}
                                          for c in notebook.comments]
        result[exercise] = entry
    (course / "result.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


def _kill_tree(pid: int) -> None:
    """Stop a process and all it started (kernels run in process groups of their own)."""
    import psutil  # comes with ipykernel

    try:
        parent = psutil.Process(pid)
        family = parent.children(recursive=True) + [parent]
    except psutil.NoSuchProcess:
        return
    for process in family:
        try:
            process.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(family, timeout=10)


def run_worker(course: Path, env: dict[str, str], limit: float) -> tuple[dict | None, str]:
    """Grade the student in ``course`` in a child process: ``(result, why it failed)``."""
    with open(course / "worker.log", "w", encoding="utf-8") as log:
        process = subprocess.Popen([sys.executable, "-m", "tools.grading", "--worker", course],
                                   cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            code = process.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            _kill_tree(process.pid)
            process.wait()
            return None, f"grading took longer than {limit:.0f} seconds and was stopped"
    if code != 0 or not (course / "result.json").is_file():
        return None, f"nbgrader stopped with an error (exit code {code})"
    return json.loads((course / "result.json").read_text(encoding="utf-8")), ""


# ------------------------------------------------------------------ from grades to results


def fmt(number: float | None) -> str:
    """Points as a person writes them.

    >>> fmt(2.0), fmt(1.5), fmt(None)
    ('2', '1.5', '')
    """
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else f"{number:.2f}".rstrip("0")


def _errors(cell) -> list[tuple[str, str]]:
    return [(o.get("ename", ""), ANSI.sub("", o.get("evalue", "")))
            for o in cell.get("outputs", []) if o.get("output_type") == "error"]


@dataclass
class Result:
    """One question of one student: its gradebook row and what the feedback says."""

    question: Question
    points: float | None
    status: str
    hint: str = ""
    answer: str = ""  # a written answer's text


def judge(question: Question, grade: dict | None, cell, answers: list, comments: dict,
          replaced: dict, timeout: int) -> Result:
    """The status and hint of one graded cell, from nbgrader's grade and the graded notebook.

    ``answers`` are the answer cells the test cell checks (those since the previous test cell).
    """
    if grade is None or cell is None:
        return Result(question, 0.0, "not graded: the cell is missing")
    if question.written:
        text = cell.source.strip()
        if comments.get(question.grade_id) == "No response.":
            return Result(question, 0.0, "not answered", answer=text)
        if grade["auto_score"] is None or grade["needs_manual_grade"]:
            return Result(question, None, "needs manual grading", answer=text)
        return Result(question, float(grade["score"]), "graded", answer=text)
    if grade["auto_score"] is None:
        return Result(question, None, "needs manual grading")
    points = float(grade["auto_score"])
    if points >= question.points:
        return Result(question, points, "passed")
    for answer in answers:
        why = replaced.get(nbgrader_meta(answer).get("grade_id"))
        if why:
            return Result(question, points, f"failed: the answer {WHY[why]}",
                          f"Your answer cell {WHY[why]}, so the grader could not run it.")
    own, before = _errors(cell), [e for a in answers for e in _errors(a)]
    if any(name == "CellTimeoutError" for name, _ in own + before):
        return Result(question, points, f"failed: timed out after {timeout} s",
                      f"The cell ran longer than {timeout} seconds and was stopped. "
                      "Is there a loop that never ends?")
    wrong = [(n, v) for n, v in before if n not in ("NotImplementedError", "KeyboardInterrupt")]
    if wrong:
        return Result(question, points, "failed",
                      f"Your answer cell stopped with an error: {wrong[0][0]}: {wrong[0][1]}")
    hint = ""
    if own:
        name, value = own[-1]
        hint = value if name in ("AnswerError", "NotAnsweredError") else f"{name}: {value}"
    if (any(n == "NotAnsweredError" for n, _ in own) or before
            or (answers and all(comments.get(nbgrader_meta(a).get("grade_id")) == "No response."
                                for a in answers))):
        return Result(question, points, "not answered", hint)
    return Result(question, points, "partly passed" if points > 0 else "failed", hint)


def results_for(exercise: Exercise, entry: dict, graded, timeout: int) -> list[Result]:
    """Each question's result for one notebook: nbgrader's grades in ``entry`` (from the
    worker) and the outputs in ``graded``, the autograded notebook."""
    def mine(items: list[dict]) -> list[dict]:
        return [item for item in items if item["notebook"] == exercise.notebook]

    grades = {g["grade_id"]: g for g in mine(entry["grades"])}
    comments = {c["grade_id"]: c["auto_comment"] for c in mine(entry["comments"])}
    replaced = {r["grade_id"]: r["why"] for r in mine(entry["replaced"])}
    cells, answers, since = {}, {}, []
    for cell in graded.cells:
        meta = nbgrader_meta(cell)
        if meta.get("solution") and not meta.get("grade"):
            since.append(cell)
        elif meta.get("grade"):
            cells[meta["grade_id"]], answers[meta["grade_id"]], since = cell, since, []
    return [judge(q, grades.get(q.grade_id), cells.get(q.grade_id), answers.get(q.grade_id, []),
                  comments, replaced, timeout) for q in exercise.questions]


def add_student(report: Report, student: str, scope: list[str], exercises: list[Exercise],
                handins: list[Handin], run: tuple | None, timeout: int) -> None:
    """Add a student's rows, totals and feedback details for each exercise to ``report``."""
    course, result, failure = run or (None, None, "")
    for name in scope:
        notebooks = [e for e in exercises if e.name == name]
        handed = {h.exercise.notebook: h for h in handins if h.exercise.name == name}
        entry = (result or {}).get(name)
        reasons = [p.reason for p in report.problems if p.student == student and p.reason]
        if handins or not reasons:  # what the problems are about, if nothing was graded
            reason = "not handed in" + (" (see problems.csv)" if reasons else "")
        else:
            reason = "; ".join(dict.fromkeys(reasons))
        if handed and not (entry and entry["graded"]):
            reason = "grading failed"
            for h in handed.values():
                why = failure or "nbgrader could not run the notebook"
                report.problems.append(Problem(student, h.shown, f"{why}: not graded",
                                               WHAT_TO_DO["failed"], reason))
        if handed and entry and entry["graded"]:
            results = []
            for e in notebooks:
                if e.notebook not in handed:
                    results.append((e, "", [Result(q, 0.0, "not graded: notebook not handed in")
                                            for q in e.questions]))
                    continue
                path = course / "autograded" / safe_id(student) / name / f"{e.notebook}.ipynb"
                graded = nbformat.read(path, as_version=4)
                results.append((e, handed[e.notebook].shown,
                                results_for(e, entry, graded, timeout)))
            report.details[student, name] = results
        else:
            results = [(e, "", [Result(q, 0.0, f"not graded: {reason}") for q in e.questions])
                       for e in notebooks]
            report.details[student, name] = reason
        total = top = pending = 0.0
        for e, _shown, found in results:
            for r in found:
                question = r.question.grade_id
                if len(notebooks) > 1:
                    question = f"{e.notebook}/{question}"
                report.rows.append(Row(student, name, question, r.points, r.question.points,
                                       r.status))
                total += r.points or 0.0
                top += r.question.points
                pending += r.question.points if r.status == "needs manual grading" else 0.0
        if isinstance(report.details[student, name], str):
            status = f"not graded: {reason}"
        elif pending:
            status = f"written answers to grade by hand: {fmt(pending)} points"
        else:
            status = "complete"
        report.totals.append(Total(student, name, total, top, status))


# ------------------------------------------------------------------ the reports


def _write_csv(path: Path, columns: list[str], rows: list[list[str]]) -> None:
    # UTF-8 with a byte-order mark, so that Excel shows names with accents right.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


def _quote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.strip().splitlines())


FOR_STUDENTS = {"needs manual grading": "to be graded by your instructor"}


def feedback_markdown(student: str, report: Report) -> str:
    """A student's feedback: per exercise the points, each question's result and the hints."""
    lines = [f"# Feedback for {student}", ""]
    mine = [p for p in report.problems if p.student == student]
    for total in (t for t in report.totals if t.student == student):
        lines += [f"## Exercise {total.exercise}: {fmt(total.total)} of {fmt(total.max_total)} "
                  "points", ""]
        detail = report.details[student, total.exercise]
        if isinstance(detail, str):
            lines += [f"Not graded: {detail}.", ""]
            lines += [f"- `{p.file}`: {p.problem}." for p in mine if p.reason] + [""]
            continue
        if total.status.startswith("written answers"):
            lines += ["Your written answers are still to be graded by your instructor.", ""]
        for _exercise, shown, results in detail:
            lines += [f"Graded notebook: `{shown}`", ""] if shown else []
            lines += ["| Question | Points | Result |", "|---|---|---|"]
            for r in results:
                title = r.question.title.replace("|", "\\|")
                lines.append(f"| {title} | {fmt(r.points) or '?'} of {fmt(r.question.points)} "
                             f"| {FOR_STUDENTS.get(r.status, r.status)} |")
            lines.append("")
            for r in results:
                status = FOR_STUDENTS.get(r.status, r.status)
                if r.question.written and r.status != "not answered":
                    lines += [f"**{r.question.title}**: {status}. Your answer:", "",
                              _quote(r.answer) or "> (empty)", ""]
                elif r.hint:
                    lines += [f"**{r.question.title}**: {status}.", "", _quote(r.hint), ""]
        notes = [p.problem.removeprefix("graded; ") for p in mine if not p.reason]
        notes = [f"- {note[0].upper()}{note[1:]}." for note in notes]
        lines += ["Notes from the grader:", "", *notes, ""] if notes else []
    return "\n".join(lines).rstrip() + "\n"


def write_report(report: Report, out: Path, runs: dict, log: str) -> None:
    """Write the CSV files, the feedback folders and the log into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    if (out / "feedback").is_dir():
        shutil.rmtree(out / "feedback")  # an earlier run's, perhaps of other students
    _write_csv(out / "gradebook.csv", GRADEBOOK_COLUMNS,
               [[r.student, r.exercise, r.question, fmt(r.points), fmt(r.max_points), r.status]
                for r in report.rows])
    _write_csv(out / "totals.csv", TOTALS_COLUMNS,
               [[t.student, t.exercise, fmt(t.total), fmt(t.max_total), t.status]
                for t in report.totals])
    _write_csv(out / "problems.csv", PROBLEMS_COLUMNS,
               [[p.student, p.file, p.problem, p.what_to_do] for p in report.problems])
    for student in dict.fromkeys(t.student for t in report.totals):
        folder = out / "feedback" / student
        folder.mkdir(parents=True)
        (folder / "feedback.md").write_text(feedback_markdown(student, report), encoding="utf-8")
        course = (runs.get(student) or (None,))[0]
        if course and (course / "feedback" / safe_id(student)).is_dir():
            shutil.copytree(course / "feedback" / safe_id(student), folder, dirs_exist_ok=True)
    (out / "grading-log.txt").write_text(log, encoding="utf-8")


# ------------------------------------------------------------------ grading a class


def check_folders(submissions: Path, out: Path, root: Path = ROOT) -> None:
    if not submissions.is_dir():
        raise GradingError(f"There is no folder {submissions}. Give the folder that has one "
                           "folder per student in it.")
    for keep in (Path(root, SOURCE), Path(root, "exercises")):
        if out.is_relative_to(keep.resolve()):
            raise GradingError(f"--out {out} is inside {keep.name}/, which grading never "
                               "writes to: choose another folder (the default is grades/).")
    if out.is_relative_to(submissions) or submissions.is_relative_to(out):
        raise GradingError(f"--out {out} and the submissions {submissions} overlap: grading "
                           "writes nothing near the submissions. Choose another --out folder.")


def grade(submissions: Path, out: Path = DEFAULT_OUT, *, exercise: str | None = None,
          timeout: int = DEFAULT_TIMEOUT, jobs: int | None = None, root: Path = ROOT,
          say=print) -> Report:
    """Grade the notebooks in ``submissions`` (a folder per student); write to ``out``."""
    submissions, out = Path(submissions).resolve(), Path(out).resolve()
    check_folders(submissions, out, root)
    exercises = load_exercises(root)
    names = sorted({e.name for e in exercises})
    if not names:
        raise GradingError("solutions/ has no exercises, so there is nothing to grade against.")
    if exercise is not None and exercise not in names:
        raise GradingError(f"--exercise {exercise} is not an exercise in solutions/; there are: "
                           f"{', '.join(names)}.")
    students, handins, problems = collect(submissions, exercises, exercise)
    scope = [exercise] if exercise else sorted({h.exercise.name for h in handins})
    say(f"Grading the notebooks of {len(students)} student{'s' * (len(students) != 1)} in "
        f"{submissions}: exercise "
        f"{', '.join(scope) or '(none found)'}, time limit {timeout} s per cell.")
    if len(scope) > 1:
        say("(Each student gets rows for each of these exercises; --exercise NAME grades one "
            "and reports notebooks of the others.)")
    report, runs, logs = Report(problems=problems), {}, []
    with tempfile.TemporaryDirectory(prefix="framelab-grading-") as work:
        work = Path(work)
        env = child_environ(work / "kernel")
        needed = sorted({h.exercise.name for h in handins})
        if needed:
            prepare_course(work / "course", needed, env, root)
        jobs_to_run = {}
        for number, student in enumerate(students):
            mine = [h for h in handins if h.student == student]
            if not mine:
                continue
            course = work / "students" / f"{number:04d}"
            shutil.copytree(work / "course", course)
            for h in mine:
                released = nbformat.read(work / "course" / "release" / h.exercise.name
                                         / f"{h.exercise.notebook}.ipynb", as_version=4)
                repaired, notes = repair(h.nb, released)
                target = course / "submitted" / safe_id(student) / h.exercise.name
                target.mkdir(parents=True, exist_ok=True)
                nbformat.write(repaired, target / f"{h.exercise.notebook}.ipynb")
                problems += [Problem(student, h.shown, f"graded; {note}", WHAT_TO_DO["note"])
                             for note in notes]
            names_here = sorted({h.exercise.name for h in mine})
            (course / "job.json").write_text(json.dumps(
                {"student": safe_id(student), "exercises": names_here, "timeout": timeout}))
            cells = sum(e.code_cells for e in exercises if e.name in names_here)
            jobs_to_run[student] = (course, 120 + (1 + MAX_RETRIES) * cells * (timeout + 5))

        workers = jobs or min(4, os.cpu_count() or 1)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {student: pool.submit(run_worker, course, env, limit)
                       for student, (course, limit) in jobs_to_run.items()}
            for student in students:
                run = None
                if student in futures:
                    course = jobs_to_run[student][0]
                    run = (course, *futures[student].result())
                    runs[student] = run
                    log = course / "worker.log"
                    logs.append(f"===== {student}\n" + log.read_text(errors="replace")
                                + "".join(e["log"] for e in (run[1] or {}).values()))
                add_student(report, student, scope, exercises,
                            [h for h in handins if h.student == student], run, timeout)
                for t in report.totals[-len(scope):] if scope else []:
                    say(f"  {student}, {t.exercise}: {fmt(t.total)} of {fmt(t.max_total)} points"
                        + ("" if t.status == "complete" else f"; {t.status}"))
        report.problems.sort(key=lambda p: (p.student.casefold(), p.student, p.file))
        write_report(report, out, runs, "\n".join(logs))
    lines = len(report.problems)
    say(f"Written to {out}: gradebook.csv, totals.csv, problems.csv ({lines} "
        f"line{'s' * (lines != 1)}) and feedback/<student>/.")
    if any(r.status == "needs manual grading" for r in report.rows):
        say("Written answers need your grading: fill in their points in gradebook.csv (status "
            "'needs manual grading'); the answers are in each feedback/<student>/feedback.md.")
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python course.py grade",
        description="Grade handed-in exercise notebooks (a folder per student) with nbgrader's "
                    "autograder; write a gradebook, totals, problems and feedback per student.",
        epilog="The handed-in files and solutions/ are only read, never changed.")
    parser.add_argument("submissions", metavar="SUBMISSIONS", nargs="?",
                        help="the folder with one folder per student")
    parser.add_argument("--exercise", metavar="NAME",
                        help="grade this exercise only, e.g. 01-reading, and report notebooks "
                             "of others (default: every exercise handed in)")
    parser.add_argument("--out", metavar="FOLDER",
                        help="where the grades go (default: grades/ in the course folder)")
    parser.add_argument("--timeout", metavar="SECONDS", type=int, default=DEFAULT_TIMEOUT,
                        help=f"time limit per cell (default: {DEFAULT_TIMEOUT})")
    parser.add_argument("--jobs", metavar="N", type=int,
                        help="students graded at once (default: processors, at most 4)")
    parser.add_argument("--cwd", help=argparse.SUPPRESS)
    parser.add_argument("--worker", metavar="COURSE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main(Path(args.worker))
    if not args.submissions:
        parser.error("give the SUBMISSIONS folder, e.g. python course.py grade submissions/")
    if args.timeout < 1 or (args.jobs is not None and args.jobs < 1):
        parser.error("--timeout and --jobs take a whole number of 1 or more")
    here = Path(args.cwd or os.getcwd())
    try:
        grade(here / args.submissions, here / args.out if args.out else DEFAULT_OUT,
              exercise=args.exercise, timeout=args.timeout, jobs=args.jobs)
    except GradingError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
