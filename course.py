#!/usr/bin/env python3
"""Framing Lab: one command for each thing you do with the course.

    python course.py lab         open the course in JupyterLab
    python course.py reset 03    start lesson 03 again (your version is kept in my-copies/)
    python course.py test        run all the tests (what CI runs)
    python course.py exercises   regenerate exercises/ from solutions/ (instructors)
    python course.py grade DIR   grade the exercise notebooks handed in, in DIR (instructors)
    python course.py execute     re-run notebooks so their saved outputs are fresh
    python course.py lock        re-pin the package versions in requirements/constraints.txt
    python course.py import-corpus EXPORT... --out FOLDER
                                 a corpus folder from news-database exports (Nexis Uni, tables)
    python course.py student-copy DEST [--zip]
                                 write the students' version of the course, without solutions/

The first command sets up a private Python environment in the folder .venv (this needs the
internet once, to download packages); after that the course works offline.

This file uses Python's standard library only, so it runs with any Python 3.11 or newer on
Windows, macOS and Linux.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MIN_PYTHON = (3, 11)
ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
STAMP = "framelab-install.json"
WELCOME = ROOT / "notebooks" / "00-welcome.ipynb"
LAB_EXTRAS = ("lab",)
TEST_EXTRAS = ("test", "instructor")
STUDENT_TEST_EXTRAS = ("test",)  # a student copy has nothing to release or grade: no nbgrader
ALL_EXTRAS = ("lab", "test", "instructor")
SOLUTIONS = ROOT / "solutions"


class CourseError(Exception):
    """A problem explained to the person at the keyboard; no traceback needed."""


def is_student_copy():
    """Students get the course without solutions/ (`python course.py student-copy`)."""
    return not SOLUTIONS.is_dir()


def extras_for_tests():
    return STUDENT_TEST_EXTRAS if is_student_copy() else TEST_EXTRAS


def instructors_only(command):
    if is_student_copy():
        raise CourseError(
            f"`python course.py {command}` is for instructors: it needs the folder solutions/ "
            "(model answers and hidden tests), which this student copy of the course does not "
            "include."
        )


def say(message=""):
    print(message, flush=True)


def check_python():
    if sys.version_info < MIN_PYTHON:
        need = ".".join(map(str, MIN_PYTHON))
        have = ".".join(map(str, sys.version_info[:3]))
        raise CourseError(
            f"Framing Lab needs Python {need} or newer, but this is Python {have} "
            f"({sys.executable}).\n"
            f"Install Python {need} or newer (from python.org), then run the same command "
            f"with that Python, for example `python{need} course.py lab` "
            f"(on Windows: `py -{need} course.py lab`)."
        )


# ---------------------------------------------------------------- the virtual environment


def venv_bin(venv=VENV):
    """The folder with the environment's programs: Scripts on Windows, bin elsewhere."""
    return venv / ("Scripts" if os.name == "nt" else "bin")


def venv_python(venv=VENV):
    return venv_bin(venv) / ("python.exe" if os.name == "nt" else "python")


def child_env(venv=VENV):
    """Environment for programs run from the course environment."""
    env = dict(os.environ)
    env["PATH"] = str(venv_bin(venv)) + os.pathsep + env.get("PATH", "")
    env["VIRTUAL_ENV"] = str(venv)
    env.pop("PYTHONHOME", None)
    # Jupyter's kernel "python3" is then the environment's Python, even if the user has another
    # kernel of that name installed for their own account.
    env["JUPYTER_PREFER_ENV_PATH"] = "1"
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    return env


def fingerprint():
    """A hash of what decides the installed packages: pyproject.toml and the constraints."""
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS):
        digest.update(path.name.encode())
        if path.is_file():
            digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()


def read_stamp(venv):
    try:
        return json.loads((venv / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def python_works(python):
    try:
        return (
            subprocess.run([str(python), "-c", "import sys"], capture_output=True).returncode == 0
        )
    except OSError:
        return False


def create_venv(venv):
    if venv.exists():
        say(f"The environment in {venv.name} does not work any more: making a new one.")
        shutil.rmtree(venv)
    say(f"Setting up the course's own Python environment in {venv.name} (first time only) ...")
    result = subprocess.run([sys.executable, "-m", "venv", str(venv)])
    if result.returncode != 0 or not venv_python(venv).exists():
        hint = ""
        if sys.platform.startswith("linux"):
            hint = (
                "\nOn Debian or Ubuntu, install the venv module first: "
                "`sudo apt install python3-venv`."
            )
        raise CourseError(
            f"Could not create a virtual environment in {venv} with {sys.executable}." + hint
        )


def pip_install(python, extras, constraints):
    target = ".[" + ",".join(sorted(extras)) + "]"
    command = [
        str(python),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--editable",
        target,
    ]
    if constraints is not None:
        command += ["--constraint", str(constraints)]
    result = subprocess.run(command, cwd=ROOT, env=child_env(Path(python).parent.parent))
    if result.returncode != 0:
        raise CourseError(
            "Installing the course's packages failed (pip's messages are above).\n"
            "The installation downloads packages from the Python Package Index: if pip could "
            "not find or download a package, check once that this computer is online (Wi-Fi), "
            "then run the same command again.\n"
            "After this first installation everything works offline."
        )


def save_lesson_originals():
    """Keep copies of the lesson notebooks as released, for `python course.py reset`.

    Runs before every command that uses the environment, so the first `python course.py lab`
    saves the lessons before a student can change them (see tools/reset.py)."""
    from tools import reset  # standard library only, like this file

    reset.save_originals(ROOT)


def ensure_venv(extras):
    """Create .venv if needed and install the course with ``extras``; return its Python."""
    save_lesson_originals()
    python = venv_python()
    if not python_works(python):
        create_venv(VENV)
    stamp = read_stamp(VENV)
    current = fingerprint()
    installed = set(stamp.get("extras", ())) if stamp.get("fingerprint") == current else set()
    wanted = set(extras)
    if wanted <= installed:
        return python
    if installed:
        say("Installing the packages this command needs on top (first time only) ...")
    elif stamp:
        say("The course's package list changed: updating the environment ...")
    else:
        say("Installing the course's packages (a few minutes the first time) ...")
    constraints = CONSTRAINTS if CONSTRAINTS.is_file() else None
    if constraints is None:
        say(f"Note: {CONSTRAINTS.relative_to(ROOT)} is missing, so versions are not pinned.")
    pip_install(python, wanted | installed, constraints)
    (VENV / STAMP).write_text(
        json.dumps({"fingerprint": current, "extras": sorted(wanted | installed)}, indent=1),
        encoding="utf-8",
    )
    say("The course environment is ready.")
    return python


def run_child(command, **kwargs):
    """Run a program, wait for it, and return its exit code, also across Ctrl+C."""
    process = subprocess.Popen([str(part) for part in command], **kwargs)
    while True:
        try:
            return process.wait()
        except KeyboardInterrupt:
            # The program got Ctrl+C too and decides itself how to stop: keep waiting for it.
            continue


# ---------------------------------------------------------------- the commands


def cmd_lab(args):
    python = ensure_venv(LAB_EXTRAS)
    command = [python, "-m", "jupyter", "lab", f"--ServerApp.root_dir={ROOT}", *args]
    if WELCOME.is_file():
        command.append(WELCOME)
    say("Opening the course in JupyterLab in your web browser.")
    say("Keep this window open while you work. To stop: save, then press Ctrl+C twice here.")
    return run_child(command, cwd=ROOT, env=child_env())


def cmd_test(args):
    python = ensure_venv(extras_for_tests())
    code = run_child([python, "-m", "pytest", *args], cwd=ROOT, env=child_env())
    if code == 5:
        say("pytest found no tests to run: that counts as a failure (check the paths given).")
        return 1
    return code


def cmd_reset(args):
    # No course environment needed: a reset works with any Python 3.11 or newer.
    from tools import reset

    return reset.main(args, root=ROOT)


def cmd_exercises(args):
    instructors_only("exercises")
    python = ensure_venv(TEST_EXTRAS)
    return run_child([python, "-m", "tools.exercises", *args], cwd=ROOT, env=child_env())


def cmd_grade(args):
    instructors_only("grade")
    python = ensure_venv(TEST_EXTRAS)
    # Folders given on the command line are relative to where the command was typed.
    command = [python, "-m", "tools.grading", f"--cwd={Path.cwd()}", *args]
    return run_child(command, cwd=ROOT, env=child_env())


def cmd_execute(args):
    python = ensure_venv(extras_for_tests())
    notebooks = [str(Path(a).resolve()) for a in args]
    return run_child([python, "-m", "tools.notebooks", *notebooks], cwd=ROOT, env=child_env())


def cmd_run_course(args):
    python = ensure_venv(LAB_EXTRAS)
    # Folders given on the command line are relative to where the command was typed.
    command = [python, "-m", "tools.runcourse", f"--cwd={Path.cwd()}", *args]
    return run_child(command, cwd=ROOT, env=child_env())


def cmd_import_corpus(args):
    python = ensure_venv(LAB_EXTRAS)
    # The exports and --out are relative to where the command was typed.
    return run_child([python, "-m", "framelab.imports", *args], cwd=Path.cwd(), env=child_env())


def cmd_student_copy(args):
    # Standard library only, like reset: no course environment needed.
    instructors_only("student-copy")
    from tools import studentcopy

    return studentcopy.main(args, root=ROOT)


LOCK_HEADER = """\
# Pinned versions of every package the course installs: the constraints for
# `pip install -e .[...] -c requirements/constraints.txt`, which `python course.py` uses.
#
# Made by `python course.py lock` (Python {python} on {platform}): a throwaway virtual
# environment, `pip install -e .[{extras}]` without constraints, then
# `pip freeze --exclude-editable` (framelab itself is left out).
#
# These are constraints, not requirements: they fix the version of a package *if* it gets
# installed and install nothing by themselves. Packages that only Windows or macOS need
# (pywinpty, appnope, ...) are not listed, and pip installs them unpinned there.
# Change the dependencies in pyproject.toml, then run `python course.py lock` again.
"""


def cmd_lock(args):
    with tempfile.TemporaryDirectory(prefix="framelab-lock-") as workdir:
        venv = Path(workdir) / "venv"
        say("Making a throwaway environment to find the newest fitting versions ...")
        create_venv(venv)
        pip_install(venv_python(venv), ALL_EXTRAS, constraints=None)
        frozen = subprocess.run(
            [
                str(venv_python(venv)),
                "-m",
                "pip",
                "freeze",
                "--exclude-editable",
                "--disable-pip-version-check",
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=child_env(venv),
        ).stdout
    pins = sorted(
        (
            line.strip()
            for line in frozen.splitlines()
            if line.strip()
            and not line.startswith(("#", "-e"))
            and line.split("==")[0].strip().lower() != "framelab"
        ),
        key=lambda pin: pin.split("==")[0].lower(),
    )
    header = LOCK_HEADER.format(
        python=".".join(map(str, sys.version_info[:3])),
        platform=sys.platform,
        extras=",".join(ALL_EXTRAS),
    )
    CONSTRAINTS.parent.mkdir(exist_ok=True)
    with open(CONSTRAINTS, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(header + "\n".join(pins) + "\n")
    say(f"Wrote {len(pins)} pinned versions to {CONSTRAINTS.relative_to(ROOT)}.")
    return 0


COMMANDS = {
    "lab": (cmd_lab, "open the course in JupyterLab (extra arguments go to jupyter lab)"),
    "test": (cmd_test, "run all the tests, as CI does (extra arguments go to pytest)"),
    "reset": (cmd_reset, "start a lesson again: keep your version in my-copies/, restore the "
                         "original (reset 03, reset --all)"),
    "exercises": (cmd_exercises, "regenerate exercises/ from solutions/ with nbgrader"),
    "grade": (cmd_grade, "grade handed-in exercise notebooks in a sandbox (see grade --help)"),
    "execute": (cmd_execute, "re-run lesson and solution notebooks in place (or NOTEBOOK ...)"),
    "run-course": (cmd_run_course, "run every lesson on another corpus FOLDER and save the "
                                   "executed notebooks in a new folder (see run-course --help)"),
    "import-corpus": (cmd_import_corpus, "write a corpus FOLDER from news-database exports "
                                         "(Nexis Uni .docx, LexisNexis .txt, .csv/.xlsx tables): "
                                         "import-corpus EXPORT... --out FOLDER"),
    "lock": (cmd_lock, "re-pin all package versions in requirements/constraints.txt"),
    "student-copy": (cmd_student_copy, "write the students' version of the course to a new "
                                       "folder DEST, without solutions/ (see student-copy "
                                       "--help)"),
}
PASS_THROUGH = {"lab", "test", "execute", "grade", "reset", "student-copy", "run-course",
                "import-corpus"}


def build_parser():
    parser = argparse.ArgumentParser(
        prog="python course.py",
        description="Framing Lab: one command for each thing you do with the course.",
        epilog="Students need `python course.py lab`, `python course.py test`, and "
               "`python course.py reset 03` to start lesson 03 again.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (_function, text) in COMMANDS.items():
        sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
    return parser


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    if argv and argv[0] in PASS_THROUGH:
        command, rest = argv[0], argv[1:]
    else:
        command, rest = parser.parse_args(argv).command, []
    try:
        check_python()
        return COMMANDS[command][0](rest)
    except CourseError as error:
        say()
        say(str(error))
        return 1


if __name__ == "__main__":
    sys.exit(main())
