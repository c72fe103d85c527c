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
Windows, macOS and Linux. It is written so that older Pythons can read it up to the check of the
version (no f-strings, no `*list` unpacking): `python` on macOS 12 is Python 2.7, and it should
say what to install rather than show a SyntaxError.
"""

# ruff: noqa: UP010, UP032, E402 - Python 2 and 3.6 must read this file up to the version check
from __future__ import print_function

import sys

MIN_PYTHON = (3, 11)


def _too_old_message(version=None, executable=None):
    have = ".".join(str(part) for part in (version or sys.version_info)[:3])
    need = ".".join(str(part) for part in MIN_PYTHON)
    return (
        "Framing Lab needs Python {need} or newer, but this is Python {have} ({exe}).\n"
        "Install Python {need} or newer (from python.org), then run the same command with that "
        "Python, for example `python3 course.py lab` or `python{need} course.py lab` (on "
        "Windows: `py -{need} course.py lab`). On a Mac, `python` can be an old Python 2 that "
        "macOS keeps for itself: type `python3` instead."
    ).format(need=need, have=have, exe=executable or sys.executable)


if sys.version_info < MIN_PYTHON and __name__ == "__main__":
    sys.stderr.write("\n" + _too_old_message() + "\n")
    sys.exit(1)

import argparse  # after the version check, which Python 2 must reach
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

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
            "`python course.py " + command + "` is for instructors: it needs the folder "
            "solutions/ (model answers and hidden tests), which this student copy of the course "
            "does not include."
        )


def say(message=""):
    print(message, flush=True)


def check_python():
    if sys.version_info < MIN_PYTHON:
        raise CourseError(_too_old_message())


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


def remove_venv(venv):
    """Delete an environment folder, or say in one message why it cannot be deleted."""
    failed = []

    def note(_function, path, _error):
        failed.append(path)

    shutil.rmtree(venv, onerror=note)
    if venv.exists():
        where = failed[0] if failed else venv
        raise CourseError(
            "Could not delete the old environment {venv}: {where} is in use or locked. Close "
            "JupyterLab and every other window that uses the course (a notebook's kernel keeps "
            "files open; on Windows also a terminal inside .venv), or restart the computer; then "
            "run the same command again. You can also delete the folder {name} yourself."
            .format(venv=venv, where=where, name=venv.name)
        )


def symlinks_work(folder):
    """Whether ``folder``'s file system can hold symbolic links (exFAT sticks, some network
    shares cannot; a venv there needs copies of Python instead)."""
    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / ".framelab-symlink-probe"
    try:
        if probe.is_symlink() or probe.exists():
            probe.unlink()
        os.symlink(sys.executable, str(probe))
    except (OSError, NotImplementedError, AttributeError):
        return False
    try:
        probe.unlink()
    except OSError:
        pass
    return True


def venv_command(venv):
    """The command that makes the environment: with copies of Python where links fail."""
    command = [sys.executable, "-m", "venv", str(venv)]
    if os.name != "nt" and not symlinks_work(venv.parent):
        command.append("--copies")
    return command


def create_venv(venv):
    if venv.exists() or venv.is_symlink():
        say("The environment in {} does not work any more: making a new one.".format(venv.name))
        remove_venv(venv)
    say("Setting up the course's own Python environment in {} (first time only) ..."
        .format(venv.name))
    command = venv_command(venv)
    if "--copies" in command:
        say("This disk cannot hold links (an exFAT stick or a network share?): the environment "
            "gets copies of Python instead.")
    result = subprocess.run(command)
    if (result.returncode != 0 or not venv_python(venv).exists()) and "--copies" not in command:
        # links that the probe allowed but venv could not make: try once with copies
        if venv.exists():
            remove_venv(venv)
        result = subprocess.run(command + ["--copies"])
    if result.returncode != 0 or not venv_python(venv).exists():
        hint = ""
        if sys.platform.startswith("linux"):
            hint = (
                "\nOn Debian or Ubuntu, install the venv module first: "
                "`sudo apt install python3-venv`."
            )
        raise CourseError(
            "Could not create a virtual environment in {} with {}.".format(venv, sys.executable)
            + hint
        )


# ---------------------------------------------------------------- a course folder that moved


def editable_source(venv):
    """The folder the environment's editable install of framelab points at (its src/), or None.

    ``pip install --editable .`` writes that folder's full path into a .pth file in
    site-packages; a course folder that is moved or copied keeps the old path there."""
    pattern = ("Lib/site-packages/*framelab*.pth" if os.name == "nt"
               else "lib/python*/site-packages/*framelab*.pth")
    for pth in sorted(venv.glob(pattern)):
        try:
            lines = pth.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            line = line.strip()
            if line and not line.startswith(("#", "import ")):
                return Path(line)
    return None


def same_place(first, second):
    """Whether two paths name the same folder, as the disk sees it (capitals, links)."""
    try:
        if first.exists() and second.exists():
            return os.path.samefile(str(first), str(second))
    except OSError:
        pass
    return os.path.normcase(os.path.normpath(str(first))) == os.path.normcase(
        os.path.normpath(str(second)))


def moved_from(venv=None, root=None):
    """The course folder this environment was made in, if that is not ``root``; else None."""
    venv = VENV if venv is None else venv
    root = ROOT if root is None else root
    source = editable_source(venv)
    if source is None or same_place(source, root / "src"):
        return None
    return source.parent


def repair_moved_venv(venv, old_root, new_root):
    """Point a moved or copied environment at ``new_root``: its editable install, its scripts'
    first lines and its activate scripts. Return True if framelab then loads from here."""
    old, new = str(old_root), str(new_root)
    pairs = []
    for before, after in ((old, new), (json.dumps(old)[1:-1], json.dumps(new)[1:-1])):
        # the old path as a whole path part only: "framing-lab" is also the start of
        # "framing-lab-copy", which must not become "framing-lab-copy-copy"
        pattern = re.compile(re.escape(before.encode("utf-8")) + b"(?![^/\\\\\"'\\s:;])")
        if (pattern, after.encode("utf-8")) not in pairs:
            pairs.append((pattern, after.encode("utf-8")))
    site = ("Lib/site-packages" if os.name == "nt" else "lib/python*/site-packages")
    candidates = list(venv.glob(site + "/*.pth"))
    candidates += list(venv.glob(site + "/*framelab*.dist-info/*"))
    candidates += [venv / "pyvenv.cfg"] + [p for p in venv_bin(venv).iterdir() if p.is_file()]
    for path in candidates:
        try:
            if path.is_symlink() or path.stat().st_size > 2000000:
                continue
            data = path.read_bytes()
        except OSError:
            continue
        changed = data
        for pattern, after in pairs:
            changed = pattern.sub(after.replace(b"\\", b"\\\\"), changed)
        if changed != data:
            try:
                path.write_bytes(changed)
            except OSError:
                return False
    return loads_framelab_from(venv, new_root)


def loads_framelab_from(venv, root):
    """Whether the environment's Python imports framelab from ``root``/src."""
    probe = "import os, framelab; print(os.path.dirname(os.path.abspath(framelab.__file__)))"
    try:
        done = subprocess.run([str(venv_python(venv)), "-c", probe], capture_output=True,
                              text=True, cwd=str(venv.parent.parent), timeout=120)
    except (OSError, subprocess.SubprocessError):
        return False
    if done.returncode != 0 or not done.stdout.strip():
        return False
    return same_place(Path(done.stdout.strip().splitlines()[-1]), root / "src" / "framelab")


def check_not_moved():
    """Repair, or else rebuild, an environment made in another folder (a moved or copied
    course folder); say what happens."""
    old = moved_from()
    if old is None:
        return
    gone = "" if old.exists() else ", which no longer exists"
    say("This course folder was moved or copied: its environment {} was made in {}{}, and "
        "would load the course's code from there.".format(VENV.name, old, gone))
    if python_works(venv_python()) and repair_moved_venv(VENV, old, ROOT):
        say("Repaired: the environment now uses this folder ({}).".format(ROOT))
        return
    say("It could not be repaired, so a new one is made (this needs the internet once).")
    remove_venv(VENV)


# Windows allows 260 characters for a file's whole path unless long paths are turned on, and the
# course's packages put files up to about 160 characters deep inside .venv (JupyterLab's).
WINDOWS_MAX_PATH = 260
DEEPEST_IN_VENV = 160


def windows_long_paths_enabled():
    try:
        import winreg
    except ImportError:
        return False
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,
                             r"SYSTEM\CurrentControlSet\Control\FileSystem")
        value, _kind = winreg.QueryValueEx(key, "LongPathsEnabled")
        return bool(value)
    except OSError:
        return False


def on_windows():
    return os.name == "nt"


def path_length_problem(venv=None, windows=None, long_paths=None):
    """Why installing into ``venv`` would fail on Windows for its path's length, or None."""
    venv = VENV if venv is None else venv
    windows = on_windows() if windows is None else windows
    if not windows:
        return None
    if long_paths is None:
        long_paths = windows_long_paths_enabled()
    length = len(str(venv)) + 1 + DEEPEST_IN_VENV
    if long_paths or length < WINDOWS_MAX_PATH:
        return None
    room = WINDOWS_MAX_PATH - DEEPEST_IN_VENV - len("\\.venv") - 1
    return (
        "The course folder is too deep for Windows: its path is {n} characters long\n"
        "    {root}\n"
        "and the packages to install put files up to {deep} characters deep inside .venv, past "
        "Windows' limit of {max} characters for a path (pip would then fail with advice about "
        "the internet that does not help).\n"
        "Move the course folder to a place with a shorter path, of at most {room} characters, "
        "for example C:\\Users\\<you>\\framing-lab: not inside OneDrive, and not a folder "
        "inside a folder of the same name (as 'Extract All' makes). Then run the same command "
        "there. (Or turn on Windows' long paths, if you may: search for 'LongPathsEnabled'.)"
    ).format(n=len(str(venv.parent)), root=venv.parent, deep=DEEPEST_IN_VENV,
             max=WINDOWS_MAX_PATH, room=room)


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
    problem = path_length_problem(Path(python).parent.parent)
    if problem:
        raise CourseError(problem)
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


# The course's kernels read this file (IPython's configuration inside the environment): a
# NameError gets a hint under its traceback, also before `import framelab` has run. The same
# hint as framelab.notebook.NAME_HINT, which takes over once framelab is imported.
KERNEL_CONFIG = r'''# Written by course.py (Framing Lab): a hint under a NameError, for cells run out of order.
c = get_config()  # noqa: F821
c.InteractiveShellApp.exec_lines = ["""
def _framelab_name_hint():
    hint = ("Hint: a name is 'not defined' when the cell that makes it has not run yet. Run "
            "the cells from the top (Run \u2192 Run All Above Selected Cell), then this cell "
            "again.")

    def handler(shell, etype, value, tb, tb_offset=None):
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        shell._showtraceback(etype, value, list(lines) + ["\x1b[1m" + hint + "\x1b[0m"])

    get_ipython().set_custom_exc((NameError,), handler)


_framelab_name_hint()
del _framelab_name_hint
"""]
'''


def write_kernel_config(venv=None):
    """Write :data:`KERNEL_CONFIG` into the environment (only when it changed)."""
    venv = VENV if venv is None else venv
    target = venv / "etc" / "ipython" / "ipython_kernel_config.py"
    try:
        if target.is_file() and target.read_text(encoding="utf-8") == KERNEL_CONFIG:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(KERNEL_CONFIG, encoding="utf-8")
    except OSError:
        pass  # a hint, not a reason to stop


def ensure_venv(extras):
    """Create .venv if needed and install the course with ``extras``; return its Python."""
    save_lesson_originals()
    check_not_moved()
    python = venv_python()
    if not python_works(python):
        create_venv(VENV)
    stamp = read_stamp(VENV)
    current = fingerprint()
    installed = set(stamp.get("extras", ())) if stamp.get("fingerprint") == current else set()
    wanted = set(extras)
    if wanted <= installed:
        write_kernel_config()
        return python
    if installed:
        say("Installing the packages this command needs on top (first time only) ...")
    elif stamp:
        say("The course's package list changed: updating the environment ...")
    else:
        say("Installing the course's packages (a few minutes the first time) ...")
    constraints = CONSTRAINTS if CONSTRAINTS.is_file() else None
    if constraints is None:
        say("Note: {} is missing, so versions are not pinned.".format(
            CONSTRAINTS.relative_to(ROOT)))
    pip_install(python, wanted | installed, constraints)
    (VENV / STAMP).write_text(
        json.dumps({"fingerprint": current, "extras": sorted(wanted | installed)}, indent=1),
        encoding="utf-8",
    )
    write_kernel_config()
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


def running_as_root():
    """Whether this is the administrator account (root): Docker, many JupyterHub and Binder
    set-ups."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def lab_command(python, args):
    """The command that opens JupyterLab, and what to say about it."""
    command = [python, "-m", "jupyter", "lab", "--ServerApp.root_dir={}".format(ROOT)] + list(args)
    notes = []
    if running_as_root() and "--allow-root" not in args:
        command.append("--allow-root")
        notes.append("You are the administrator (root), as in Docker and many JupyterHub or "
                     "Binder set-ups: JupyterLab is started with --allow-root, which it needs "
                     "there.")
    if WELCOME.is_file():
        command.append(WELCOME)
    return command, notes


def cmd_lab(args):
    python = ensure_venv(LAB_EXTRAS)
    command, notes = lab_command(python, args)
    for note in notes:
        say(note)
    say("Opening the course in JupyterLab in your web browser.")
    say("Keep this window open while you work. To stop: save, then press Ctrl+C twice here.")
    return run_child(command, cwd=ROOT, env=child_env())


def pytest_args(args):
    """pytest's arguments for `python course.py test ARGS`: the tests run on the computer's
    cores (pytest-xdist's `-n auto`, see conftest.py) unless ARGS choose themselves: `-n 0` runs
    them one after another, `-n 2` on two workers."""
    args = list(args)
    chosen = any(a == "-n" or a.startswith("-n") and a[2:3].isdigit() or a.startswith("-nauto")
                 or a.startswith("--numprocesses") for a in args)
    return args if chosen else ["-n", "auto"] + args


def cmd_test(args):
    python = ensure_venv(extras_for_tests())
    code = run_child([python, "-m", "pytest"] + pytest_args(args), cwd=ROOT, env=child_env())
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
    return run_child([python, "-m", "tools.exercises"] + list(args), cwd=ROOT, env=child_env())


def cmd_grade(args):
    instructors_only("grade")
    python = ensure_venv(TEST_EXTRAS)
    # Folders given on the command line are relative to where the command was typed.
    command = [python, "-m", "tools.grading", "--cwd={}".format(Path.cwd())] + list(args)
    return run_child(command, cwd=ROOT, env=child_env())


def cmd_execute(args):
    python = ensure_venv(extras_for_tests())
    notebooks = [str(Path(a).resolve()) for a in args]
    return run_child([python, "-m", "tools.notebooks"] + notebooks, cwd=ROOT, env=child_env())


def cmd_run_course(args):
    python = ensure_venv(LAB_EXTRAS)
    # Folders given on the command line are relative to where the command was typed.
    command = [python, "-m", "tools.runcourse", "--cwd={}".format(Path.cwd())] + list(args)
    return run_child(command, cwd=ROOT, env=child_env())


def cmd_import_corpus(args):
    python = ensure_venv(LAB_EXTRAS)
    # The exports and --out are relative to where the command was typed.
    return run_child([python, "-m", "framelab.imports"] + list(args), cwd=Path.cwd(),
                     env=child_env())


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
    say("Wrote {} pinned versions to {}.".format(len(pins), CONSTRAINTS.relative_to(ROOT)))
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

#: The pass-through commands that need the course's environment (.venv) to run.
NEEDS_VENV = {"lab", "test", "execute", "grade", "run-course", "import-corpus"}


def venv_ready():
    """Whether .venv exists, works and holds the course's current package list."""
    return (python_works(venv_python())
            and read_stamp(VENV).get("fingerprint") == fingerprint())


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
    try:
        check_python()  # before the parser: Python 3.6's argparse cannot build it
        parser = build_parser()
        if argv and argv[0] in PASS_THROUGH:
            command, rest = argv[0], argv[1:]
            if rest in (["--help"], ["-h"]) and command in NEEDS_VENV and not venv_ready():
                # the options come from the course's own programs (pytest, jupyter lab ...):
                # do not install for minutes just to print them
                say("python course.py {}: {}.".format(command, COMMANDS[command][1]))
                say("Its options come with the course's environment, which is not set up yet: "
                    "the first `python course.py {}` sets it up (a few minutes), and after that "
                    "`python course.py {} --help` lists every option.".format(command, command))
                return 0
        else:
            command, rest = parser.parse_args(argv).command, []
        return COMMANDS[command][0](rest)
    except CourseError as error:
        say()
        say(str(error))
        return 1
    except KeyboardInterrupt:
        # Ctrl+C: one line, not Python's traceback of where this file happened to be
        say()
        say("Stopped (Ctrl+C). Nothing is broken: run the same command again to go on.")
        return 130


if __name__ == "__main__":
    sys.exit(main())
