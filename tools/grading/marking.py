"""Grading a class: run each notebook in its sandbox, the hidden tests outside, then the reports.

See the package's docstring (:mod:`tools.grading`) for what is written and what is guaranteed.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import csv
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import nbformat

from tools.grading import checker, plaindata, sandbox
from tools.grading.notebooks import (
    ROOT,
    SOURCE,
    WHAT_TO_DO,
    Exercise,
    GradingError,
    Handin,
    Problem,
    Question,
    Report,
    Row,
    Total,
    assigned_names,
    collect,
    is_fixed,
    load_exercises,
    nbgrader_meta,
    normalize,
    repair,
)
from tools.grading.runner import MAX_RETRIES, WHY
from tools.kernelsite import kernel_environ, write_site_dir

DEFAULT_OUT = ROOT / "grades"
DEFAULT_TIMEOUT = 30  # seconds per cell, nbgrader's default
SETUP_TIMEOUT = 120  # seconds for each of the exercise's locked set-up cells
GRADEBOOK_COLUMNS = ["student", "exercise", "question", "points", "max_points", "status"]
TOTALS_COLUMNS = ["student", "exercise", "total", "max_total", "status"]
PROBLEMS_COLUMNS = ["student", "file", "problem", "what_to_do"]
RESULT_LIMIT = 40 * 1024 * 1024  # bytes of a sandbox's result.json that the grader reads
TEMP_PREFIX = "framelab-grading-"
DATA_FILE = "grading-data.json"  # what `grade --from-gradebook` needs to write the feedback again


# ------------------------------------------------------------------ running the notebooks


def fmt(number: float | None) -> str:
    """Points as a person writes them.

    >>> fmt(2.0), fmt(1.5), fmt(None)
    ('2', '1.5', '')
    """
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else f"{number:.2f}".rstrip("0")


def prepared(h: Handin) -> tuple[object, list[str]]:
    """The notebook that runs in the sandbox: repaired, each fixed cell as released (the
    visible checks, no hidden tests), and the notes about the repairs."""
    nb, notes = repair(h.nb, h.exercise.released)
    released = {nbgrader_meta(c).get("grade_id"): c for c in h.exercise.released.cells}
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if is_fixed(meta) and meta.get("grade_id") in released:
            cell.source = released[meta["grade_id"]].source
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return nb, notes


def clean_stale(temp: Path | None = None, min_age: float = 300) -> None:
    """Remove the scratch folders of earlier runs that were killed: their grader process (its
    id in ``grader.pid``) is gone. Another run's folder, still in use, stays; so does one made in
    the last minutes, and one without ``grader.pid`` (an older grader's) for a day."""
    temp = Path(temp or tempfile.gettempdir())
    for folder in temp.glob(TEMP_PREFIX + "*"):
        try:
            age = time.time() - folder.stat().st_mtime
            if age < min_age:
                continue
            pid_file = folder / "grader.pid"
            if not pid_file.exists():
                if age > 24 * 3600:
                    shutil.rmtree(folder, ignore_errors=True)
                continue
            os.kill(int(pid_file.read_text(encoding="utf-8")), 0)
        except (ProcessLookupError, ValueError):
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def prepare_helpers(folder: Path) -> Path:
    """The read-only folder every sandbox sees as /grader: the runner, the kernel's site folder
    (see tools/kernelsite.py), an empty nltk_data and matplotlib's font cache."""
    folder.mkdir(parents=True)
    shutil.copyfile(Path(__file__).with_name("runner.py"), folder / "runner.py")
    write_site_dir(folder / "site")
    (folder / "nltk_data").mkdir()
    (folder / "matplotlib").mkdir()
    subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"],
                   env={**kernel_environ(folder / ".env"), "MPLCONFIGDIR": str(folder / "matplotlib")},
                   capture_output=True, check=False)
    shutil.rmtree(folder / ".env", ignore_errors=True)
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return folder


def _probe_cells(nb, exercise: Exercise) -> list[dict]:
    """Where to take the answers out (after each test cell) and which variables: the
    question's (and earlier questions') answer variables, and the names the student's own
    answer cells assign (a misspelt ``n_dansih``, for the check's hint)."""
    by_id = {q.grade_id: q for q in exercise.questions if not q.written}
    probes, own = [], []
    for index, cell in enumerate(nb.cells):
        meta = nbgrader_meta(cell)
        if cell.cell_type != "code":
            continue
        if meta.get("solution") and not meta.get("grade"):
            own += [n for n in assigned_names(cell.source) if n not in own]
        elif meta.get("grade") and meta.get("grade_id") in by_id:
            names = by_id[meta["grade_id"]].names
            probes.append({"grade_id": meta["grade_id"], "cell": index,
                           "names": names + [n for n in own if n not in names][:50]})
    return probes


def budget(exercise: Exercise, timeout: int) -> int:
    """Seconds that a notebook's own cells (answers and cells the student added; not the
    exercise's set-up and test cells) may run together: the time limit of one cell for each
    answer cell of the exercise and two more, at least six. Cells a student adds do not make it longer; the
    cells after it ran out are not run (their questions: not answered)."""
    answers = sum(1 for c in exercise.released.cells if c.cell_type == "code"
                  and nbgrader_meta(c).get("solution") and not nbgrader_meta(c).get("grade"))
    return timeout * max(6, answers + 2)


def run_notebook(nb, exercise: Exercise, scratch: Path, helpers: Path, tool, slots: queue.Queue,
                 timeout: int) -> tuple[dict | None, str, str]:
    """Run ``nb`` in a sandbox of its own: ``(result, why it failed, log)``."""
    scratch.mkdir(parents=True)
    nbformat.write(nb, scratch / "notebook.ipynb")
    job = {"notebook": "notebook.ipynb", "result": "result.json", "timeout": timeout,
           "output_limit": sandbox.OUTPUT_LIMIT,
           "total_output_limit": sandbox.TOTAL_OUTPUT_LIMIT, "answer_limit": plaindata.MAX_ANSWER_CHARS,
           "questions": _probe_cells(nb, exercise), "plain": plaindata.TAKE,
           "fixed_cells": [i for i, c in enumerate(nb.cells) if c.cell_type == "code"
                           and is_fixed(meta := nbgrader_meta(c)) and not meta.get("grade")],
           "setup_timeout": SETUP_TIMEOUT, "budget": budget(exercise, timeout)}

    limit = 90 + (1 + MAX_RETRIES) * (exercise.code_cells * (timeout + 5) + SETUP_TIMEOUT)
    slot = slots.get()
    try:
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
            code, why = sandbox.run(tool, scratch, helpers, slot, limit, log, json.dumps(job))
            log.seek(0)
            text = log.read(200_000)
    finally:
        slots.put(slot)
    path = scratch / "result.json"
    result = None
    try:
        if path.is_file() and not path.is_symlink() and path.stat().st_size <= RESULT_LIMIT:
            result = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        result = None
    shutil.rmtree(scratch, ignore_errors=True)
    if not isinstance(result, dict) or "failed" in result or not isinstance(
            result.get("cells"), list) or len(result["cells"]) != len(nb.cells):
        why = why or (result or {}).get("failed") if isinstance(result, dict) else why
        return None, why or f"the notebook could not be run (exit code {code})", text
    return result, "", text


def run_tests(exercise: Exercise, answers: dict[str, dict], timeout: int, env: dict,
              work: Path, jobs: int = 2) -> dict:
    """The hidden tests for every student of one exercise notebook, in a fresh process of the
    grader's (see :mod:`tools.grading.checker`); the job goes through a pipe, not to disk."""
    if not answers:
        return {}
    by_id = {q.grade_id: q for q in exercise.questions}
    job = {"timeout": timeout, "students": answers, "jobs": jobs,
           "cells": [{"kind": kind, "grade_id": gid, "source": source,
                      "names": by_id[gid].names if gid in by_id else []}
                     for gid, kind, source in exercise.instructor_cells]}
    extra = {"preexec_fn": sandbox.die_with_parent} if sys.platform.startswith("linux") else {}
    if os.name == "posix":
        extra["start_new_session"] = True  # a process group of its own, killed whole below
    limit = 120 + len(answers) * len(job["cells"]) * (timeout + 5)
    process = subprocess.Popen([sys.executable, "-m", "tools.grading.checker"], cwd=work,
                               env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, **extra)
    missing = "the hidden tests stopped without a result"
    try:
        out, _err = process.communicate(json.dumps(job).encode("utf-8"), timeout=limit)
    except subprocess.TimeoutExpired:
        missing = checker.TIMED_OUT
        # the checker's own limit per student should have stopped it: kill it and all it
        # started, keep the students graded so far, the others are not graded (timed out)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.killpg(process.pid, 9)
        process.kill()
        out, _err = process.communicate()
    finally:
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.killpg(process.pid, 9)
    results = {}
    for line in out.decode("utf-8", errors="replace").splitlines():
        try:
            item = json.loads(line)
            results[str(item["student"])] = item["results"]
        except (ValueError, KeyError, TypeError):
            continue
    for student in answers:
        results.setdefault(student, {"_failed": missing})
    return results


# ------------------------------------------------------------------ from runs to results


@dataclass
class Result:
    """One question of one student: its gradebook row and what the feedback says."""

    question: Question
    points: float | None
    status: str
    hint: str = ""
    answer: str = ""  # a written answer's text


def _errors(outputs: list) -> list[tuple[str, str]]:
    import re

    ansi = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
    return [(str(o.get("ename", "")), ansi.sub("", str(o.get("evalue", ""))))
            for o in outputs if isinstance(o, dict) and o.get("output_type") == "error"]


def judge(question: Question, index: int, nb, result: dict, tested: dict | None,
          released: dict, timeout: int) -> Result:
    """The result of one question from the sandbox's run and the hidden tests' result."""
    cell = nb.cells[index]
    if question.written:
        text = cell.source.strip()
        original = released.get(question.grade_id)
        if not text or (original is not None and normalize(text) == normalize(original)):
            return Result(question, 0.0, "not answered", answer=text)
        return Result(question, None, "needs manual grading", answer=text)
    answers = []
    for before in range(index - 1, -1, -1):
        meta = nbgrader_meta(nb.cells[before])
        if meta.get("grade") and nb.cells[before].cell_type == "code":
            break
        if meta.get("solution") and nb.cells[before].cell_type == "code":
            answers.append(before)
    replaced = {r.get("cell"): r.get("why") for r in result.get("replaced", [])
                if isinstance(r, dict)}
    for a in answers:
        if replaced.get(a) in WHY:
            why = WHY[replaced[a]]
            return Result(question, 0.0, f"failed: the answer {why}",
                          f"Your answer cell {why}, so the grader could not run it.")
    if set(result.get("skipped", [])) & {*answers, index}:
        return Result(question, 0.0, "not run: the notebook's time ran out",
                      "The grader did not run this answer: your notebook's cells before it had "
                      f"run {result.get('budget')} seconds together, all the time they may take. "
                      "Is there a cell that waits or sleeps?")
    timed_out = set(result.get("timed_out", []))
    if timed_out & {*answers, index}:
        return Result(question, 0.0, f"failed: timed out after {timeout} s",
                      f"The cell ran longer than {timeout} seconds and was stopped. "
                      "Is there a loop that never ends?")
    if not isinstance(tested, dict):
        return Result(question, 0.0, "failed", "The grader could not run the tests.")
    if tested.get("passed"):
        return Result(question, question.points, "passed")
    before = [e for a in answers for e in _errors(result["cells"][a]["outputs"])]
    wrong = [(n, v) for n, v in before if n not in ("NotImplementedError", "KeyboardInterrupt")]
    if wrong:
        return Result(question, 0.0, "failed",
                      f"Your answer cell stopped with an error: {wrong[0][0]}: {wrong[0][1]}")
    name, value = (tested.get("error") or ["", ""])[:2]
    hint = value if name in ("AnswerError", "NotAnsweredError") else f"{name}: {value}"
    unchanged = answers and all(normalize(nb.cells[a].source) == normalize(released.get(
        nbgrader_meta(nb.cells[a]).get("grade_id"), "\0")) for a in answers)
    if name == "NotAnsweredError" or before or unchanged:
        return Result(question, 0.0, "not answered", hint)
    return Result(question, 0.0, "failed", hint)


def results_for(exercise: Exercise, nb, result: dict, tested: dict, timeout: int) -> list[Result]:
    """Each question's result for one notebook."""
    released = {nbgrader_meta(c).get("grade_id"): c.source for c in exercise.released.cells}
    where = {nbgrader_meta(c).get("grade_id"): i for i, c in enumerate(nb.cells)
             if nbgrader_meta(c).get("grade")}
    found = []
    for q in exercise.questions:
        if q.grade_id not in where:
            found.append(Result(q, 0.0, "not graded: the cell is missing"))
            continue
        found.append(judge(q, where[q.grade_id], nb, result, (tested or {}).get(q.grade_id),
                           released, timeout))
    return found


def add_totals(report: Report) -> None:
    """The totals of ``report`` from its details (again, after written answers are graded)."""
    report.totals, report.rows = [], []
    for (student, name), detail in report.details.items():
        results = [] if isinstance(detail, str) else detail
        several = len(results) > 1
        total = top = pending = 0.0
        for e, _shown, found in results:
            for r in found:
                question = f"{e}/{r.question.grade_id}" if several else r.question.grade_id
                report.rows.append(Row(student, name, question, r.points, r.question.points,
                                       r.status))
                total += r.points or 0.0
                top += r.question.points
                pending += r.question.points if r.status == "needs manual grading" else 0.0
        if isinstance(detail, str):
            top = report.maxima.get(name, 0.0)
            for q_id, points in report.questions.get(name, []):
                report.rows.append(Row(student, name, q_id, 0.0, points, f"not graded: {detail}"))
            status = f"not graded: {detail}"
        elif pending:
            status = f"written answers to grade by hand: {fmt(pending)} points"
        else:
            status = "complete"
        report.totals.append(Total(student, name, total, top, status))


# ------------------------------------------------------------------ the reports


# Characters that change how the text around them is shown: the bidirectional controls (a file
# named "ex\u202egpj.ipynb" shows as "exbpynb.jpg") and the other invisible formatting and
# control characters. Names show them as \u202e.
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def shown_name(text: str) -> str:
    r"""A student's folder or file name as the reports show it: invisible and direction-changing
    characters written out.

    >>> print(shown_name("ex\u202egpj.ipynb"), shown_name("Zoë"))
    ex\u202egpj.ipynb Zoë
    """
    return _HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def csv_text(text: str) -> str:
    """A text from a student (a name, a file name, a problem about it) as a cell of the CSV
    files: a leading = + - @ tab or carriage return gets a ``'`` before it, so that Excel and
    LibreOffice show it as text and never run it as a formula (OWASP's advice on CSV
    injection); names are as :func:`shown_name` shows them.

    A text that starts with ``'`` itself gets one more, so that the escaping can be undone
    and two folders ``=7*6`` and ``'=7*6`` never share a row's name.

    >>> print(csv_text('=HYPERLINK("http://x")'), csv_text("-1"), csv_text("ana"))
    '=HYPERLINK("http://x") '-1 ana
    >>> print(csv_text("=7*6"), csv_text("'=7*6"))
    '=7*6 ''=7*6
    """
    text = shown_name(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r", "'") else text


def csv_field(text: str) -> str:
    """A field of a CSV line: in double quotes if it has a comma, a semicolon (the separator of
    Excel in Dutch, Danish, German ...), a tab, a quote or a line break, so that no reading of
    the file splits it (a folder ``ann;=1+2`` would give a cell ``=1+2``, a formula).

    >>> print(csv_field("ann;=1+2"), csv_field("ana"), csv_field('a "b" c'))
    "ann;=1+2" ana "a ""b"" c"
    """
    if any(char in text for char in ',;\t"\r\n') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def _write_csv(path: Path, columns: list[str], rows: list[list[str]]) -> None:
    # UTF-8 with a byte-order mark, so that Excel shows names with accents right.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        for row in [columns, *rows]:
            handle.write(",".join(csv_field(str(field)) for field in row) + "\n")


def _quote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in _inert(text).strip().splitlines())


def _inert(text: str) -> str:
    """Text for feedback.md with no HTML a Markdown viewer would run (``<script>``,
    ``<img onerror=...>``): ``<`` and ``&`` outside `code` written as entities.

    >>> _inert("<script>x</script> & `a < b`")
    '&lt;script>x&lt;/script> &amp; `a < b`'
    """
    import re

    parts = re.split(r"(`[^`\n]*`)", text)
    return "".join(part if part.startswith("`") and part.endswith("`") and len(part) > 1
                   else part.replace("&", "&amp;").replace("<", "&lt;") for part in parts)


def _code(text: str) -> str:
    """A file name as a Markdown code span, whatever backticks it has: nothing in it renders
    (an ``<img onerror=...>`` in a file name is shown as typed).

    >>> print(_code("a`b<img src=x onerror=alert(1)>.ipynb"))
    `` a`b<img src=x onerror=alert(1)>.ipynb ``
    """
    text = text.replace("\n", " ")
    fence = "`" * (1 + max((len(m) for m in re.findall(r"`+", text)), default=0))
    return f"{fence} {text} {fence}" if "`" in text or text[:1] == " " else f"{fence}{text}{fence}"


def _verbatim(text: str) -> str:
    """A student's written answer for feedback.md, shown as typed: in a fenced block longer
    than any run of backticks in it, so that no Markdown or HTML in it is rendered (a fake
    "graded: 2 of 2 points" in bold, a script).

    >>> print(_verbatim("**2 of 2** <b>"))
    ```text
    **2 of 2** <b>
    ```
    """
    import re

    fence = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", text)), default=0))
    return f"{fence}text\n{text.strip()}\n{fence}"


FOR_STUDENTS = {"needs manual grading": "to be graded by your instructor",
                "graded by hand": "graded by your instructor"}


def for_student(note: str) -> str:
    """A repair note as a student reads it: no nbgrader words.

    >>> for_student("deleted cells put back from the exercise: q2-check")
    'Cells you had deleted were put back as handed out: q2-check.'
    """
    if "without nbgrader metadata" in note:
        return ("Your notebook was saved by an editor that drops the exercise's cell markers "
                "(VS Code and Colab do); your cells were matched to the questions by their "
                "text and place.")
    if note.startswith("deleted cells put back from the exercise: "):
        return "Cells you had deleted were put back as handed out: " + note.split(": ", 1)[1] + "."
    if note.startswith("changed fixed cells graded as released: "):
        return ("Cells that should not be changed were graded as handed out: "
                + note.split(": ", 1)[1] + ".")
    return note[0].upper() + note[1:] + "."


def feedback_markdown(student: str, report: Report) -> str:
    """A student's feedback: per exercise the points, each question's result and the hints."""
    lines = [f"# Feedback for {_inert(shown_name(student))}", ""]
    mine = [p for p in report.problems if p.student == student]
    for total in (t for t in report.totals if t.student == student):
        lines += [f"## Exercise {total.exercise}: {fmt(total.total)} of {fmt(total.max_total)} "
                  "points", ""]
        detail = report.details[student, total.exercise]
        if isinstance(detail, str):
            lines += [f"Not graded: {detail}.", ""]
            lines += [f"- {_code(shown_name(p.file))}: {_inert(p.problem)}." for p in mine
                      if p.reason] + [""]
            continue
        if total.status.startswith("written answers"):
            lines += ["Your written answers are still to be graded by your instructor.", ""]
        for _exercise, shown, results in detail:
            lines += [f"Graded notebook: {_code(shown_name(shown))}", ""] if shown else []
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
                              _verbatim(r.answer) if r.answer.strip() else "> (empty)", ""]
                elif r.hint:
                    lines += [f"**{r.question.title}**: {status}.", "", _quote(r.hint), ""]
        notes = [for_student(p.problem.removeprefix("graded; ")) for p in mine
                 if not p.reason and p.exercise == total.exercise]
        lines += ["Notes from the grader:", "", *[f"- {_inert(n)}" for n in notes],
                  ""] if notes else []
    return "\n".join(lines).rstrip() + "\n"


_EXPORTER = None
# what of a cell's rich outputs the feedback shows: plain text and pictures as data. HTML,
# JavaScript, SVG, Markdown (raw HTML in it) and widgets could run a student's script in the
# page, which could rewrite the grades it shows: their text/plain form is shown instead.
SHOWN_DATA = ("text/plain", "image/png", "image/jpeg", "image/gif")
LEFT_OUT = "[The grader's feedback shows no HTML or JavaScript output.]"


def passive(output: dict) -> dict:
    """An output as the feedback shows it: only the kinds of :data:`SHOWN_DATA`.

    >>> passive({"output_type": "display_data", "metadata": {},
    ...          "data": {"text/html": "<script>x</script>", "text/plain": "<HTML>"}})["data"]
    {'text/plain': '<HTML>'}
    """
    if output.get("output_type") not in ("display_data", "execute_result"):
        return output
    data = {k: v for k, v in (output.get("data") or {}).items() if k in SHOWN_DATA}
    if not data:
        data = {"text/plain": LEFT_OUT}
    # of the metadata only an image's width and height as numbers: nbconvert writes them into
    # the <img> tag unquoted, so a width '1 onerror=alert(1)' would run a script
    metadata = {}
    for kind, value in (output.get("metadata") or {}).items():
        if kind in data and kind.startswith("image/") and isinstance(value, dict):
            size = {k: v for k, v in value.items() if k in ("width", "height")
                    and isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v < 1e5}
            if size:
                metadata[kind] = size
    return {**output, "data": data, "metadata": metadata}


# link targets that run code or carry a page of their own when clicked
_ACTIVE_URL = re.compile(r"^(?:javascript|vbscript|data|file):", re.IGNORECASE)
_URL_ATTRIBUTE = re.compile(r"""(\s(?:href|xlink:href|src|action|formaction|poster|srcset)\s*=\s*)"""
                            r"""("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.IGNORECASE | re.DOTALL)
# what a feedback page may load: nothing but its own inline styles and images written into it
CSP = ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
       "img-src data:; style-src 'unsafe-inline'; font-src data:\">")


def inert_html(page: str) -> str:
    """A feedback page that runs nothing: no <script> elements (nbconvert's template adds
    MathJax, require.js and widget loaders from CDNs), no link or source that is
    ``javascript:``, ``vbscript:``, ``data:`` or ``file:`` (an image's ``src`` as data
    stays), and a Content-Security-Policy that forbids scripts all the same.

    >>> print(inert_html('<a href="java&#x09;script:alert(1)">x</a><script>y</script>'))
    <a href="#">x</a>
    """
    import html as html_module

    def url(match: re.Match) -> str:
        value = match.group(2).strip("\"'")
        plain = re.sub(r"[\x00-\x20]", "", html_module.unescape(value))
        image = match.group(1).strip().lower().startswith("src") and plain.lower().startswith(
            "data:image/") and not plain.lower().startswith("data:image/svg")
        if _ACTIVE_URL.match(plain) and not image:
            return f'{match.group(1)}"#"'
        return match.group(0)

    page = _SCRIPT.sub("", page)
    page = _URL_ATTRIBUTE.sub(url, page)
    return re.sub(r"<head>", "<head>" + CSP, page, count=1, flags=re.IGNORECASE)


VERDICT = ('<div class="framelab-grader-verdict" style="border: 3px solid #0b5394; '
           'background: #e8f0fb; padding: 0.6em 1em; margin: 0.4em 0 1em 0; '
           'font-family: sans-serif;"><strong>&#9998; The grader: {verdict}</strong>{hint}'
           '<br><small>Only this framed box is the grader\'s; text in the cells\' output was '
           'printed by the notebook.</small></div>')


def verdict_cell(text: str, hint: str):
    """The grader's verdict on a question, as a cell of the feedback page: raw HTML that no
    student's cell or output can make (their HTML is shown as text, their raw cells as
    text)."""
    import html as html_module

    more = f"<br>{html_module.escape(hint)}" if hint else ""
    cell = nbformat.v4.new_raw_cell(VERDICT.format(verdict=html_module.escape(text), hint=more))
    cell.metadata["raw_mimetype"] = "text/html"
    return cell


def feedback_html(nb, result: dict, results: list[Result]) -> str:
    """The notebook as it ran, each test cell followed by its result, as HTML."""
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    by_id = {r.question.grade_id: r for r in results}
    verdicts = {}
    for cell, ran in zip(nb.cells, result["cells"], strict=True):
        if cell.cell_type == "markdown":
            # no HTML of the student's (a written answer with <script>, <img onerror=...>):
            # Markdown renders as text what is written as &lt; (the exercises' own Markdown
            # has no HTML)
            cell.source = _inert(cell.source)
        elif cell.cell_type == "raw":
            # nbconvert puts a raw cell into the page as it is (one without a type too): the
            # student's are shown as text
            cell.cell_type, cell.source = "markdown", _verbatim(cell.source)
            cell.metadata.pop("format", None)
            cell.metadata.pop("raw_mimetype", None)
            cell.pop("attachments", None)
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in (ran or {}).get("outputs", [])[:200]:
            try:
                node = nbformat.from_dict(passive(output))
                nbformat.validator.validate(
                    nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(outputs=[node])]))
                outputs.append(node)
            except Exception:  # noqa: BLE001 - an output the grader does not show
                continue
        text = json.dumps(outputs)
        if len(text) > sandbox.OUTPUT_LIMIT * 2:
            outputs = [nbformat.v4.new_output("stream", name="stderr",
                                              text="[The grader left out this cell's output: "
                                                   "it was too large.]\n")]
        r = by_id.get(nbgrader_meta(cell).get("grade_id"))
        if r is not None and not r.question.written:
            verdicts[id(cell)] = verdict_cell(
                f"{fmt(r.points)} of {fmt(r.question.points)} points ({r.status}).", r.hint)
        cell.outputs = outputs
    nb.cells = [c for cell in nb.cells for c in [cell, verdicts.get(id(cell))] if c is not None]
    # widget state makes the page load the widgets' JavaScript from unpkg.com
    nb.metadata.pop("widgets", None)
    global _EXPORTER
    _EXPORTER = _EXPORTER or HTMLExporter(template_name="lab")
    body, _resources = _EXPORTER.from_notebook_node(nb)
    return inert_html(body)


def write_report(report: Report, out: Path, htmls: dict, log: str) -> None:
    """Write the grades into ``out``: first into a private folder next to it, then moved in
    whole, so that ``out`` holds only what this run wrote (and nothing until the end)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=".grades-", dir=out.parent))
    try:
        write_files(report, new, htmls, log)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=".grades-old-", dir=out.parent))
            os.replace(out, old / "grades")
            os.replace(new, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(new, out)
    finally:
        shutil.rmtree(new, ignore_errors=True)


def write_files(report: Report, folder: Path, htmls: dict, log: str | None) -> None:
    """The CSV files, the feedback folders, the log and the data for --from-gradebook."""
    _write_csv(folder / "gradebook.csv", GRADEBOOK_COLUMNS,
               [[csv_text(r.student), r.exercise, r.question, fmt(r.points), fmt(r.max_points),
                 csv_text(r.status)] for r in report.rows])
    _write_csv(folder / "totals.csv", TOTALS_COLUMNS,
               [[csv_text(t.student), t.exercise, fmt(t.total), fmt(t.max_total),
                 csv_text(t.status)] for t in report.totals])
    _write_csv(folder / "problems.csv", PROBLEMS_COLUMNS,
               [[csv_text(p.student), csv_text(p.file), csv_text(p.problem), p.what_to_do]
                for p in report.problems])
    for student in dict.fromkeys(t.student for t in report.totals):
        mine = folder / "feedback" / student
        mine.mkdir(parents=True, exist_ok=True)
        (mine / "feedback.md").write_text(feedback_markdown(student, report), encoding="utf-8")
    for (student, exercise, notebook), html in htmls.items():
        (folder / "feedback" / student / exercise).mkdir(parents=True, exist_ok=True)
        (folder / "feedback" / student / exercise / f"{notebook}.html").write_text(
            html, encoding="utf-8")
    if log is not None:
        (folder / "grading-log.txt").write_text(log, encoding="utf-8")
    (folder / DATA_FILE).write_text(json.dumps(dump(report), ensure_ascii=False, indent=0),
                                    encoding="utf-8")


def dump(report: Report) -> dict:
    return {"problems": [asdict(p) for p in report.problems],
            "maxima": report.maxima, "questions": report.questions,
            "details": [{"student": s, "exercise": e,
                         "detail": d if isinstance(d, str) else
                         [[n, shown, [asdict(r) for r in rs]] for n, shown, rs in d]}
                        for (s, e), d in report.details.items()]}


def load(data: dict) -> Report:
    report = Report(problems=[Problem(**p) for p in data["problems"]])
    report.maxima, report.questions = data["maxima"], data["questions"]
    for item in data["details"]:
        detail = item["detail"]
        if not isinstance(detail, str):
            detail = [(n, shown, [Result(**{**r, "question": Question(**r["question"])})
                                  for r in rs]) for n, shown, rs in detail]
        report.details[item["student"], item["exercise"]] = detail
    return report


# ------------------------------------------------------------------ written answers


def _number(text: str) -> float | None:
    """Points as typed in a spreadsheet: '1', '1.5', '1,5' (a decimal comma), or empty.

    >>> _number("1,5"), _number(" 2 "), _number("")
    (1.5, 2.0, None)
    """
    text = text.strip().replace(",", ".")
    return float(text) if text else None


def read_gradebook(path: Path) -> list[dict]:
    """gradebook.csv as the instructor saved it: UTF-8 (with or without a byte-order mark) or
    the Windows code page, commas or semicolons (Excel in many languages)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return list(csv.DictReader(text.splitlines(), delimiter=delimiter))


def from_gradebook(folder: Path, say=print) -> Report:
    """Recompute totals.csv and each student's feedback.md from ``folder/gradebook.csv``,
    where the instructor filled in (or changed) points: ``grade --from-gradebook FOLDER``."""
    folder = Path(folder)
    if not (folder / DATA_FILE).is_file() or not (folder / "gradebook.csv").is_file():
        raise GradingError(f"{folder} has no gradebook.csv and {DATA_FILE} from a grading run: "
                           "give the folder that `python course.py grade` wrote (grades/).")
    report = load(json.loads((folder / DATA_FILE).read_text(encoding="utf-8")))
    read = read_gradebook(folder / "gradebook.csv")
    # A spreadsheet that saved the file again may have dropped the ' before the names it
    # escaped (see csv_text): then no name starts with = + - @, and every name lost its one '.
    dropped = any((r.get("student") or "")[:1] in ("=", "+", "-", "@") for r in read)

    def written(student: str) -> str:
        return shown_name(student) if dropped else csv_text(student)

    names = {}
    for student, _name in report.details:
        names.setdefault(written(student), set()).add(student)
    clash = sorted(k for k, v in names.items() if len(v) > 1)
    if clash:
        raise GradingError("gradebook.csv cannot tell these students apart (their names lost "
                           "the ' in front when the spreadsheet saved it): " + ", ".join(clash)
                           + ". Put the ' back in front of their names and run this again.")
    filled = {(r.get("student", ""), r.get("exercise", ""), r.get("question", "")): r
              for r in read}
    used: set = set()
    changed, errors = 0, []
    for (student, name), detail in report.details.items():
        if isinstance(detail, str):
            continue
        for notebook, _shown, results in detail:
            for r in results:
                key = f"{notebook}/{r.question.grade_id}" if len(detail) > 1 else r.question.grade_id
                row = filled.get((written(student), name, key))
                if row is None:
                    continue
                used.add((written(student), name, key))
                try:
                    points = _number(row.get("points") or "")
                except ValueError:
                    errors.append(f"{student}, {key}: {row.get('points')!r} is not a number")
                    continue
                if points is None or points == r.points:
                    continue
                if not 0 <= points <= r.question.points:
                    errors.append(f"{student}, {key}: {fmt(points)} points, but the question has "
                                  f"{fmt(r.question.points)}")
                    continue
                r.points = points
                r.status = "graded by hand" if r.question.written else f"{r.status}; points changed by hand"
                changed += 1
    if errors:
        raise GradingError("gradebook.csv has points the grader cannot use:\n  "
                           + "\n  ".join(errors))
    add_totals(report)
    write_files(report, folder, {}, None)
    say(f"Took {changed} point{'s' * (changed != 1)} from {folder / 'gradebook.csv'}; wrote "
        "totals.csv, gradebook.csv and feedback/<student>/feedback.md again.")
    unmatched = [key for key in filled if key not in used and any(key)]
    if unmatched:
        say(f"{len(unmatched)} row{'s' * (len(unmatched) != 1)} of gradebook.csv matched no "
            "student's question, and their points were not taken: " + "; ".join(
                f"{s or '(no name)'}, {q}" for s, _e, q in unmatched[:10])
            + (" ..." if len(unmatched) > 10 else ""))
    return report


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
    if out.is_dir() and any(out.iterdir()) and not (out / "gradebook.csv").exists():
        raise GradingError(f"--out {out} is a folder with other files in it: grading replaces "
                           "the whole folder. Choose a new or an earlier grades folder.")


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
        f"{submissions}: exercise {', '.join(scope) or '(none found)'}, time limit {timeout} s "
        "per cell.")
    if len(scope) > 1:
        say("(Each student gets rows for each of these exercises; --exercise NAME grades one "
            "and leaves the others out.)")
    tool = sandbox.find_tool()
    if not tool:
        say(sandbox.missing_protections(tool))
    clean_stale()
    report = Report(problems=problems)
    for e in exercises:
        report.maxima[e.name] = report.maxima.get(e.name, 0.0) + sum(q.points for q in e.questions)
        several = sum(x.name == e.name for x in exercises) > 1
        report.questions.setdefault(e.name, []).extend(
            (f"{e.notebook}/{q.grade_id}" if several else q.grade_id, q.points)
            for q in e.questions)
    workers = jobs or min(4, os.cpu_count() or 1)
    htmls, logs = {}, []
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX) as work:
        work = Path(work)
        (work / "grader.pid").write_text(str(os.getpid()), encoding="utf-8")
        helpers = prepare_helpers(work / "helpers")
        runs, slots = {}, queue.Queue()
        for slot in range(workers):
            slots.put(slot)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            done = {}
            for number, h in enumerate(handins):
                try:
                    nb, notes = prepared(h)
                except Exception as error:  # noqa: BLE001 - that student only
                    done[number] = (h, None, None, f"the grader could not read its cells ({error})")
                    continue
                problems += [Problem(h.student, h.shown, f"graded; {note}", WHAT_TO_DO["note"],
                                     exercise=h.exercise.name) for note in notes]
                runs[number] = (h, nb, pool.submit(run_notebook, nb, h.exercise,
                                                   work / f"s{number:04d}", helpers, tool,
                                                   slots, timeout))
            for count, (number, (h, nb, future)) in enumerate(runs.items(), start=1):
                try:
                    result, why, log = future.result()
                except Exception as error:  # noqa: BLE001 - that student only
                    result, why, log = None, ("the grader could not run the notebook "
                                              f"({type(error).__name__})"), str(error)[:2000]
                done[number] = (h, nb, result, why)
                logs.append(f"===== {h.shown}\n{log}")
                say(f"  ran {count} of {len(runs)}: {h.shown}")
        tested, env = {}, kernel_environ(work / "checker")
        env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], str(ROOT)])
        for e in exercises:
            answers = {str(n): r["answers"] for n, (h, _nb, r, _w) in done.items()
                       if h.exercise is e and r and isinstance(r.get("answers"), dict)}
            tested.update({(e.name, e.notebook, k): v
                           for k, v in run_tests(e, answers, timeout, env, work, workers).items()})
        for n, (h, nb, result, _why) in list(done.items()):
            failure = tested.get((h.exercise.name, h.exercise.notebook, str(n)), {})
            if result and isinstance(failure, dict) and failure.get("_failed"):
                done[n] = (h, nb, None, str(failure["_failed"]))  # that student only
        for student in students:
            mine = {n: d for n, d in done.items() if d[0].student == student}
            reasons = [p.reason for p in report.problems if p.student == student and p.reason]
            for name in scope:
                notebooks = [e for e in exercises if e.name == name]
                graded = {d[0].exercise.notebook: (n, d) for n, d in mine.items()
                          if d[0].exercise.name == name}
                failed = [d for _n, d in graded.values() if d[2] is None]
                for h, _nb, _r, why in failed:
                    late = why.startswith("timed out")
                    report.problems.append(Problem(
                        student, h.shown, f"{why}: not graded",
                        WHAT_TO_DO["timed out" if late else "failed"],
                        "timed out" if late else "grading failed", exercise=name))
                if not graded or failed:
                    if failed:
                        reason = ("timed out" if all(d[3].startswith("timed out") for d in failed)
                                  else "grading failed")
                    elif mine or not reasons:
                        reason = "not handed in" + (" (see problems.csv)" if reasons else "")
                    else:
                        reason = "; ".join(dict.fromkeys(reasons))
                    report.details[student, name] = reason
                    continue
                detail = []
                for e in notebooks:
                    if e.notebook not in graded:
                        detail.append((e.notebook, "", [Result(
                            q, 0.0, "not graded: notebook not handed in") for q in e.questions]))
                        continue
                    n, (h, nb, result, _why) = graded[e.notebook]
                    results = results_for(e, nb, result, tested.get((e.name, e.notebook, str(n))),
                                          timeout)
                    try:
                        htmls[student, name, e.notebook] = feedback_html(nb, result, results)
                    except Exception as error:  # noqa: BLE001 - that student's feedback only
                        report.problems.append(Problem(
                            student, h.shown, "graded; the grader could not write the "
                            f"notebook's feedback page ({type(error).__name__}: "
                            f"{str(error)[:200]})", WHAT_TO_DO["feedback"], exercise=name))
                    detail.append((e.notebook, h.shown, results))
                report.details[student, name] = detail
        add_totals(report)
        for t in report.totals:
            say(f"  {t.student}, {t.exercise}: {fmt(t.total)} of {fmt(t.max_total)} points"
                + ("" if t.status == "complete" else f"; {t.status}"))
        report.problems.sort(key=lambda p: (p.student.casefold(), p.student, p.file))
    write_report(report, out, htmls, "\n".join(logs))
    lines = len(report.problems)
    say(f"Written to {out}: gradebook.csv, totals.csv, problems.csv ({lines} "
        f"line{'s' * (lines != 1)}) and feedback/<student>/.")
    if any(r.status == "needs manual grading" for r in report.rows):
        say("Written answers need your grading: fill in their points in gradebook.csv (status "
            "'needs manual grading'; the answers are in each feedback/<student>/feedback.md), "
            f"then run: python course.py grade --from-gradebook {out}")
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python course.py grade",
        description="Grade handed-in exercise notebooks (a folder per student): each runs in a "
                    "sandbox, the hidden tests run outside it; writes a gradebook, totals, "
                    "problems and feedback per student.",
        epilog="The handed-in files and solutions/ are only read, never changed.")
    parser.add_argument("submissions", metavar="SUBMISSIONS", nargs="?",
                        help="the folder with one folder per student")
    parser.add_argument("--exercise", metavar="NAME",
                        help="grade this exercise only, e.g. 01-reading (default: every "
                             "exercise handed in)")
    parser.add_argument("--out", metavar="FOLDER",
                        help="where the grades go (default: grades/ in the course folder)")
    parser.add_argument("--timeout", metavar="SECONDS", type=int, default=DEFAULT_TIMEOUT,
                        help=f"time limit per cell (default: {DEFAULT_TIMEOUT})")
    parser.add_argument("--jobs", metavar="N", type=int,
                        help="students graded at once (default: processors, at most 4)")
    parser.add_argument("--from-gradebook", metavar="FOLDER", nargs="?", const="",
                        help="after filling in points in FOLDER/gradebook.csv (default grades/): "
                             "recompute totals.csv and the feedback; runs no notebook")
    parser.add_argument("--cwd", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # names and paths on any console (Windows cp1252)
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    here = Path(args.cwd or os.getcwd())
    if args.timeout < 1 or (args.jobs is not None and args.jobs < 1):
        parser.error("--timeout and --jobs take a whole number of 1 or more")
    try:
        if args.from_gradebook is not None:
            from_gradebook(here / args.from_gradebook if args.from_gradebook else DEFAULT_OUT)
            return 0
        if not args.submissions:
            parser.error("give the SUBMISSIONS folder, e.g. python course.py grade submissions/")
        started = time.monotonic()
        grade(here / args.submissions, here / args.out if args.out else DEFAULT_OUT,
              exercise=args.exercise, timeout=args.timeout, jobs=args.jobs)
        print(f"({time.monotonic() - started:.0f} s)")
    except GradingError as error:
        print(error, file=sys.stderr)
        return 2
    return 0
