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
import select
import signal
import sys
import time

from tools.grading.plaindata import Missing, read_answers, rebuild

OUTPUT_CHARS = 20_000
TIMED_OUT = "timed out: the hidden tests ran past their time limit and were stopped"


class TestTimeout(BaseException):
    """A test ran past its time limit.

    A BaseException, like KeyboardInterrupt: the kit's ``except Exception`` (a rule pattern
    that the parser cannot read, a failed import ...) must not swallow it and run on.
    """


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


def student_limit(job: dict) -> int:
    """Seconds one student's child may take: each cell's own limit, and some to start."""
    setup = max(job["timeout"], 120)
    return 15 + sum(job["timeout"] + 5 if c["kind"] != "setup" else 0 if c.get("done")
                    else setup for c in job["cells"])


def _fork(job: dict, answers: dict, namespace: dict) -> tuple[int, int, float]:
    """Start :func:`grade_student` in a forked child: ``(pid, pipe to read, deadline)``."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its own copy of everything, so no state passes between students
        os.close(read)
        os.setpgid(0, 0)  # a group of its own: killed whole with anything it started
        try:
            data = json.dumps(grade_student(job, answers, namespace)).encode()
        except BaseException as error:  # noqa: BLE001
            data = json.dumps({"_failed": repr(error)}).encode()
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
        os._exit(0)
    with contextlib.suppress(OSError):  # the same in the parent, so that no kill comes early
        os.setpgid(pid, pid)
    os.close(write)
    return pid, read, time.monotonic() + student_limit(job)


def _kill_group(pid: int) -> None:
    for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        with contextlib.suppress(OSError):
            kill()


def _collect(pid: int, read: int, deadline: float) -> dict:
    """The child's results; a child past its deadline (a test that the alarm cannot stop, a
    regular expression that backtracks for ever inside re) is killed with its process group."""
    chunks, late = [], False
    with os.fdopen(read, "rb") as pipe:
        while True:
            # a child that finished while an earlier one was waited for may be writing still:
            # a second more to read it
            ready = select.select([pipe], [], [], max(deadline - time.monotonic(), 1.0))[0]
            if not ready:
                late = True
                break
            chunk = os.read(pipe.fileno(), 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    if late:
        _kill_group(pid)
    os.waitpid(pid, 0)
    _kill_group(pid)  # what the child started and left running
    if late:
        return {"_failed": TIMED_OUT}
    try:
        return json.loads(b"".join(chunks).decode() or "{}")
    except ValueError:
        return {"_failed": "the tests stopped"}


def grade_all(job: dict, jobs: int = 2, say=None) -> dict:
    """Every student's results; up to ``jobs`` children at a time where fork exists. ``say``
    gets each ``(student, results)`` as soon as it is known."""
    namespace, _errors = setup_first(job)
    for cell in job["cells"]:
        if cell["kind"] != "setup":
            break
        cell["done"] = True
    students = list(job["students"].items())
    results, running = {}, []

    def done(student: str, found: dict) -> None:
        results[student] = found
        if say:
            say(student, found)

    if not hasattr(os, "fork"):
        import copy

        for s, a in students:
            done(s, grade_student(job, a, copy.copy(namespace)))
        return results
    for student, answers in students:
        running.append((student, *_fork(job, answers, namespace)))
        if len(running) >= jobs:
            student_, pid, read, deadline = running.pop(0)
            done(student_, _collect(pid, read, deadline))
    for student_, pid, read, deadline in running:
        done(student_, _collect(pid, read, deadline))
    return results


def main() -> int:
    job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    import pandas  # noqa: F401

    import framelab  # noqa: F401 - imported once, before the children are forked

    _source("")  # IPython's transformers, imported before the fork too
    def say(student: str, found: dict) -> None:
        # one line per student as soon as it is graded: if the whole run is stopped, the
        # grader keeps the students graded so far
        sys.stdout.buffer.write(json.dumps({"student": student, "results": found}).encode()
                                + b"\n")
        sys.stdout.buffer.flush()

    grade_all(job, int(job.get("jobs", 2)), say)
    return 0


if __name__ == "__main__":
    sys.exit(main())
