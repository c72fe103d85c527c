"""The hidden tests, run by the grader on the students' answers as plain data.

``python -m tools.grading.checker`` reads one exercise notebook's job from standard input (the
instructor's locked cells and test cells, and per student the answers that the sandbox took out
of the student's kernel, see :mod:`tools.grading.plaindata`) and writes the results to standard
output as JSON. Nothing of it is written to disk. For each student a fresh child process
(forked after the imports, where the platform can) runs the exercise's locked set-up cells as
released (``corpus = framelab.load_corpus(quiet=True)`` ...) and, at the place of each test
cell, that cell's whole code, hidden tests included, with the question's answer variables
rebuilt from plain data. The student's code never runs here: replaced check functions, input
transformers, objects with a rigged ``==`` or changed builtins stayed in the student's kernel.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sys

from tools.grading.plaindata import Missing, read_answers, rebuild

OUTPUT_CHARS = 20_000


class TestTimeout(Exception):
    """A test ran past its time limit."""


def _source(text: str) -> str:
    """A cell's code as IPython would run it (magics and ``!`` lines turned into Python)."""
    try:
        from IPython.core.inputtransformer2 import TransformerManager

        return TransformerManager().transform_cell(text)
    except Exception:  # noqa: BLE001 - plain Python then
        return text


def _run(code: str, namespace: dict, timeout: int) -> tuple[str, list | None]:
    """Run ``code`` in ``namespace``: what it printed, and its error as [name, message]."""
    printed = io.StringIO()
    alarm = hasattr(signal, "SIGALRM")

    def stop(*_args):
        raise TestTimeout(f"the test ran longer than {timeout} seconds")

    if alarm:
        signal.signal(signal.SIGALRM, stop)
        signal.alarm(timeout)
    error = None
    try:
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
            exec(compile(_source(code), "<test>", "exec"), namespace)  # noqa: S102
    except BaseException as failure:  # noqa: BLE001 - every failure is the test's result
        error = [type(failure).__name__, str(failure)]
    finally:
        if alarm:
            signal.alarm(0)
    return printed.getvalue()[:OUTPUT_CHARS], error


def setup_first(job: dict) -> tuple[dict, list]:
    """Run the set-up cells before the first test cell (the same for every student)."""
    namespace: dict = {"__name__": "__main__"}
    errors, cells = [], list(job["cells"])
    while cells and cells[0]["kind"] == "setup":
        _out, error = _run(cells.pop(0)["source"], namespace, max(job["timeout"], 120))
        if error:
            errors.append(error)
    return namespace, errors


def grade_student(job: dict, answers: dict, namespace: dict) -> dict:
    """Run the remaining set-up and the test cells in order for one student, in
    ``namespace`` (made by :func:`setup_first`): per test cell, the result."""
    results = {}
    for cell in job["cells"]:
        if cell["kind"] == "setup":
            if cell.get("done"):
                continue
            _out, error = _run(cell["source"], namespace, max(job["timeout"], 120))
            if error:
                results.setdefault("_setup", []).append(error)
            continue
        here = dict(namespace)
        try:
            taken = read_answers(answers.get(cell["grade_id"], ""))
        except (ValueError, RecursionError):
            taken = {}
        # the question's answer variables; other names the student's answer cells made (a
        # misspelt one, for the check's hint) only where they hide nothing of the set-up's
        extra = [n for n in taken if n not in cell["names"] and n not in namespace
                 and n.isidentifier() and not n.startswith("_")]
        for name in [*cell["names"], *extra]:
            try:
                value = rebuild(taken[name]) if name in taken else Missing()
            except Exception:  # noqa: BLE001 - plain data that makes no value: no answer
                value = Missing()
            if isinstance(value, Missing):
                here.pop(name, None)
            else:
                here[name] = value
        printed, error = _run(cell["source"], here, job["timeout"])
        results[cell["grade_id"]] = {"passed": error is None, "printed": printed,
                                     "error": error}
    return results


def _fork(job: dict, answers: dict, namespace: dict) -> tuple[int, int]:
    """Start :func:`grade_student` in a forked child: ``(pid, pipe to read)``."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its own copy of everything, so no state passes between students
        os.close(read)
        try:
            data = json.dumps(grade_student(job, answers, namespace)).encode()
        except BaseException as error:  # noqa: BLE001
            data = json.dumps({"_failed": repr(error)}).encode()
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
        os._exit(0)
    os.close(write)
    return pid, read


def _collect(pid: int, read: int) -> dict:
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    try:
        return json.loads(data.decode() or "{}")
    except ValueError:
        return {"_failed": "the tests stopped"}


def grade_all(job: dict, jobs: int = 2) -> dict:
    """Every student's results; up to ``jobs`` children at a time where fork exists."""
    namespace, _errors = setup_first(job)
    for cell in job["cells"]:
        if cell["kind"] != "setup":
            break
        cell["done"] = True
    students = list(job["students"].items())
    if not hasattr(os, "fork"):
        import copy

        return {s: grade_student(job, a, copy.copy(namespace)) for s, a in students}
    results, running = {}, []
    for student, answers in students:
        running.append((student, *_fork(job, answers, namespace)))
        if len(running) >= jobs:
            student_, pid, read = running.pop(0)
            results[student_] = _collect(pid, read)
    for student_, pid, read in running:
        results[student_] = _collect(pid, read)
    return results


def main() -> int:
    job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    import pandas  # noqa: F401

    import framelab  # noqa: F401 - imported once, before the children are forked

    _source("")  # IPython's transformers, imported before the fork too
    results = grade_all(job, int(job.get("jobs", 2)))
    sys.stdout.buffer.write(json.dumps(results).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
