"""Make the students' version of the course: ``python course.py student-copy DEST [--zip]``.

The instructor's repository holds ``solutions/``: model answers, hidden tests and rubrics.
Students get a copy without them, in which everything else works (``python course.py lab``,
``test`` and ``reset``). The copy is written to DEST, a new (or empty) folder outside the course
folder; with ``--zip`` also to ``DEST.zip``, one folder inside, for an LMS.

What goes in: the course's files, as git tracks them (``git ls-files``, the files as they are
now). Without git (a course folder that is no git checkout) the folder is walked instead,
skipping what ``.gitignore`` lists and the folders of environments, caches, grades and
students' copies (:data:`ALWAYS_SKIPPED`). Then :data:`LEFT_OUT` is taken out: everything that
holds answers or hidden tests, or only serves grading (see the reasons there).

Before anything is written, every file is searched for nbgrader's solution and hidden-test
markers (:data:`MARKERS`): if one holds them, no copy is made. After writing, every copied file
is read back and compared with the course's.

In a student copy, the tests that need ``solutions/`` skip with the reason "this is a student
copy: solutions/ is not included"; the commands that need it (``exercises``, ``grade``,
``student-copy``) say that they are for instructors.

This module uses Python's standard library only, like ``course.py``, which runs it without the
course environment.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from tools.pathcheck import is_inside

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = "solutions"
EXERCISES = "exercises"

# What a student copy leaves out, and why. A name ending in "/" is a folder.
LEFT_OUT = {
    "solutions/": "model answers, hidden tests and rubrics",
    "docs/": "the teaching guide: run sheets, rubrics and model answers of the written questions",
    "tests/test_grading.py": "grades a made-up class with answers taken from solutions/",
    "tests/test_grading_hostile.py": "grades a made-up hostile class against solutions/",
    "benchmarks/bench_grading.py": "times grading a class: instructors only, needs solutions/",
    "tools/grading/": "the grader (`course.py grade`): instructors only, needs solutions/",
    "nbgrader_config.py": "nbgrader's settings for releasing and grading: instructors only",
    "tools/studentcopy.py": "this command: instructors only",
    "tests/test_student_copy.py": "the tests of this command, which need solutions/",
}

# Text that only solutions and hidden tests contain (nbgrader's markers, without the "### ").
MARKERS = (b"BEGIN SOLUTION", b"BEGIN HIDDEN TESTS")

# Never copied when the folder is walked without git, whatever .gitignore says: environments,
# caches, the grader's output and nbgrader's folders with students' work, students' own copies.
ALWAYS_SKIPPED = (
    ".git/", ".git", ".venv/",  # ".git": the file a git worktree has instead of the folder
    "venv/", "__pycache__/", "*.py[cod]", "*.egg-info/",
    ".pytest_cache/", ".ruff_cache/", ".mypy_cache/", ".ipynb_checkpoints/", "node_modules/",
    "/build/", "/dist/", "/grades/", "/submissions/", "/my-copies/", "/.lesson-originals/",
    "submitted/", "autograded/", "feedback/", "release/", "source_with_tests/", "outbound/",
    "inbound/", "gradebook.db", ".nbgrader.log", ".DS_Store", "Thumbs.db", ".vscode/", ".idea/",
)


# The README's parts for instructors lie between these two lines; the students' README has
# neither them nor links into docs/ (which the copy leaves out).
INSTRUCTORS_START = "<!-- instructors only -->"
INSTRUCTORS_END = "<!-- end instructors only -->"
_DOCS_LINK = re.compile(r"\[([^\]]*)\]\((?:\./)?docs/[^)]*\)")
README = "README.md"


def students_readme(text: str) -> str:
    r"""The README for students: no instructors' sections, no links into docs/.

    >>> print(students_readme("Run it.\n<!-- instructors only -->\nGrade it.\n"
    ...                        "<!-- end instructors only -->\nSee [`docs/x`](docs/x.md)."))
    Run it.
    See `docs/x`.
    """
    kept: list[str] = []
    inside = False
    for line in text.splitlines(keepends=True):
        if line.strip() == INSTRUCTORS_START:
            inside = True
        elif line.strip() == INSTRUCTORS_END:
            inside = False
        elif not inside:
            kept.append(line)
    return _DOCS_LINK.sub(r"\1", re.sub(r"\n{3,}", "\n\n", "".join(kept)))


def copied_bytes(relative: str, data: bytes) -> bytes:
    """What the copy holds for the course's file ``relative`` with ``data``: the same, except
    the README (see :func:`students_readme`)."""
    if relative == README:
        return students_readme(data.decode("utf-8")).encode("utf-8")
    return data


def executable(path: Path, data: bytes) -> bool:
    """Whether a file should be executable: its mode says so, or it is a script (``#!``).

    A checkout on Windows has no executable bits, so the script line decides there."""
    return bool(path.stat().st_mode & 0o111) or data.startswith(b"#!")


class StudentCopyError(Exception):
    """A reason not to make the copy, in plain words; nothing has been written."""


def is_student_copy(root: Path = ROOT) -> bool:
    """A course folder without ``solutions/`` is a student copy."""
    return not Path(root, SOLUTIONS).is_dir()


# ------------------------------------------------------------------ which files


def left_out_as(relative: str) -> str | None:
    """The entry of :data:`LEFT_OUT` that leaves out the file ``relative`` (a path inside the
    course folder, with "/"), or None if the file goes into the copy.

    >>> left_out_as("solutions/01-reading/01-reading-exercises.ipynb")
    'solutions/'
    >>> left_out_as("tests/test_grading.py")
    'tests/test_grading.py'
    >>> left_out_as("exercises/01-reading/01-reading-exercises.ipynb") is None
    True
    """
    for name in LEFT_OUT:
        if relative == name or (name.endswith("/") and relative.startswith(name)):
            return name
    return None


def _git(root: Path, *args: str) -> subprocess.CompletedProcess | None:
    git = shutil.which("git")
    if git is None:
        return None
    try:
        done = subprocess.run([git, *args], cwd=root, capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    return done if done.returncode == 0 else None


def _z_list(done: subprocess.CompletedProcess | None) -> list[str]:
    if done is None:
        return []
    return [name.decode("utf-8", "surrogateescape") for name in done.stdout.split(b"\0") if name]


def git_checkout(root: Path) -> bool:
    """Whether ``root`` is the top folder of a git checkout and git is installed."""
    done = _git(root, "rev-parse", "--show-toplevel")
    if done is None:
        return False
    top = done.stdout.decode("utf-8", "surrogateescape").strip()
    try:
        return Path(top).resolve() == Path(root).resolve()
    except OSError:
        return False


def git_files(root: Path) -> list[str]:
    """The files git tracks, relative, with "/"."""
    return _z_list(_git(root, "ls-files", "-z"))


def ignore_patterns(root: Path) -> list[str]:
    """:data:`ALWAYS_SKIPPED` and the patterns of the course's ``.gitignore``."""
    patterns = list(ALWAYS_SKIPPED)
    try:
        text = Path(root, ".gitignore").read_text(encoding="utf-8")
    except OSError:
        return patterns
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "!")):
            patterns.append(line)
    return patterns


def ignored(relative: str, is_dir: bool, patterns: list[str]) -> bool:
    """Whether ``relative`` matches one of ``patterns`` (the part of .gitignore's rules that the
    course uses: names, globs, a trailing "/" for folders, a "/" inside or in front to anchor).

    >>> ignored("src/framelab/__pycache__", True, ["__pycache__/"])
    True
    >>> ignored("notebooks/coding_sheet_ana.csv", False, ["notebooks/coding_sheet_*.csv"])
    True
    >>> ignored("notebooks/grades", True, ["/grades/"]), ignored("grades", True, ["/grades/"])
    (False, True)
    """
    name = relative.rsplit("/", 1)[-1]
    for pattern in patterns:
        if pattern.endswith("/"):
            if not is_dir:
                continue
            pattern = pattern.rstrip("/")
        if "/" in pattern:  # anchored at the course folder
            if fnmatch.fnmatchcase(relative, pattern.lstrip("/")):
                return True
        elif fnmatch.fnmatchcase(name, pattern):
            return True
    return False


def walked_files(root: Path) -> list[str]:
    """The files in ``root``, without what :func:`ignore_patterns` skips (for a folder
    without git)."""
    patterns = ignore_patterns(root)
    found = []
    for folder, dirs, files in os.walk(root):
        base = Path(folder).relative_to(root).as_posix()
        prefix = "" if base == "." else base + "/"
        dirs[:] = sorted(d for d in dirs if not ignored(prefix + d, True, patterns))
        found += [prefix + f for f in files if not ignored(prefix + f, False, patterns)]
    return sorted(found)


@dataclass
class Plan:
    """What a student copy of the course folder ``root`` holds, and what to tell about it."""

    root: Path
    files: list[str]  # relative paths with "/", sorted
    left_out: dict[str, list[str]] = field(default_factory=dict)  # LEFT_OUT entry: files
    notes: list[str] = field(default_factory=list)


def plan(root: Path = ROOT, use_git: bool | None = None) -> Plan:
    """Decide which files a student copy of ``root`` holds; check them for answers."""
    root = Path(root).resolve()
    if is_student_copy(root):
        raise StudentCopyError(
            f"{root} has no {SOLUTIONS}/ folder: it is a student copy already (or "
            f"{SOLUTIONS}/ is missing). Make student copies from the instructor's repository.")
    if use_git is None:
        use_git = git_checkout(root)
    notes = []
    if use_git:
        candidates = git_files(root)
        missing = [f for f in candidates if not (root / f).is_file()]
        candidates = [f for f in candidates if f not in missing]
        if missing:
            notes.append("Deleted but not committed, so not in the copy: " + _some(missing))
        changed = _z_list(_git(root, "diff", "HEAD", "--name-only", "-z"))
        changed = [f for f in changed if f in candidates and left_out_as(f) is None]
        if changed:
            notes.append("Changed since the last commit; the copy has them as they are now: "
                         + _some(changed))
        untracked = _z_list(_git(root, "ls-files", "--others", "--exclude-standard", "-z"))
        untracked = [f for f in untracked if left_out_as(f) is None]
        if untracked:
            notes.append("Not in the copy, because git does not track them (git add and commit "
                         "them if students need them): " + _some(untracked))
    else:
        candidates = walked_files(root)
    files, left_out = [], {}
    for relative in sorted(candidates):
        entry = left_out_as(relative)
        if entry is None:
            files.append(relative)
        else:
            left_out.setdefault(entry, []).append(relative)
    if not any(f.startswith(EXERCISES + "/") and f.endswith(".ipynb") for f in files):
        raise StudentCopyError(
            f"{EXERCISES}/ has no exercise notebooks, and students need them: run "
            "`python course.py exercises` first (and commit them).")
    with_markers = []
    for relative in files:
        data = (root / relative).read_bytes()
        found = [m.decode() for m in MARKERS if m in data]
        if found:
            with_markers.append(f"{relative} ({', '.join(found)})")
    if with_markers:
        raise StudentCopyError(
            "No copy was made: these files hold nbgrader's solution or hidden-test markers, so "
            "they may show students answers:\n  " + "\n  ".join(with_markers) + "\n"
            "Take the text out, or add the file to LEFT_OUT in tools/studentcopy.py.")
    return Plan(root, files, left_out, notes)


def _some(names: list[str], limit: int = 8) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


# ------------------------------------------------------------------ where to

def check_destination(dest: Path, root: Path = ROOT, make_zip: bool = False) -> Path:
    """The destination as an absolute path, or a :class:`StudentCopyError` that says why not."""
    dest = Path(dest).expanduser().resolve()
    root = Path(root).resolve()
    if is_inside(dest, root / SOLUTIONS):
        raise StudentCopyError(
            f"{dest} is inside {SOLUTIONS}/, the folder with the answers: a student copy "
            "must never go there. Choose a folder outside the course folder, for example "
            f"{root.parent / (root.name + '-students')}.")
    if is_inside(dest, root):
        raise StudentCopyError(
            f"{dest} is inside the course folder {root}: the copy would become part of the "
            "instructor's repository (and of its test run). Choose a folder outside it, for "
            f"example {root.parent / (root.name + '-students')}.")
    if is_inside(root, dest):
        raise StudentCopyError(f"{dest} holds the course folder itself: choose a new folder.")
    if dest.exists() and not dest.is_dir():
        raise StudentCopyError(f"{dest} is a file, not a folder: choose a new folder's name.")
    if dest.is_dir() and any(dest.iterdir()):
        raise StudentCopyError(
            f"{dest} already exists and is not empty. The student copy goes into a new (or "
            "empty) folder, so that nothing is overwritten or mixed in: choose another name, "
            "or delete that folder first.")
    if make_zip and zip_path(dest).exists():
        raise StudentCopyError(
            f"{zip_path(dest)} already exists: delete it first or choose another name, so that "
            "it is not overwritten.")
    return dest


def zip_path(dest: Path) -> Path:
    return dest.with_name(dest.name + ".zip")


# ------------------------------------------------------------------ writing


def write_copy(the_plan: Plan, dest: Path) -> None:
    """Copy the planned files into ``dest`` (new or empty) and compare each with its source.
    On any failure, ``dest`` is left as it was (removed if it was made here)."""
    made = not dest.exists()
    dest.mkdir(parents=True, exist_ok=True)
    try:
        for relative in the_plan.files:
            source, target = the_plan.root / relative, dest / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)  # with its permissions (.ci/run) and date
            expected = copied_bytes(relative, source.read_bytes())
            if relative == README:
                target.write_bytes(expected)
                shutil.copystat(source, target)
            if target.read_bytes() != expected:
                raise StudentCopyError(f"{target} is not identical to {source}. Is the disk full?")
    except BaseException:
        if made:
            shutil.rmtree(dest, ignore_errors=True)
        else:
            for child in dest.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise


def write_zip(folder: Path, files: list[str], target: Path) -> None:
    """Zip ``files`` of ``folder`` into ``target``, inside one folder named like ``folder``."""
    handle, temporary = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp",
                                         dir=target.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            for relative in files:
                path = folder / relative
                # strict_timestamps=False: a file dated before 1980 (a zip's earliest date,
                # as some downloads and copies from old disks are) is stored as 1 Jan 1980
                info = zipfile.ZipInfo.from_file(path, f"{folder.name}/{relative}",
                                                 strict_timestamps=False)
                info.compress_type = zipfile.ZIP_DEFLATED
                data = path.read_bytes()
                # Unix permissions, also when the zip is made on Windows, so that unzip on
                # macOS and Linux keeps .ci/run executable
                info.create_system = 3
                mode = 0o755 if executable(path, data) else 0o644
                info.external_attr = ((0o100000 | mode) << 16) | (info.external_attr & 0xFFFF)
                archive.writestr(info, data)
        with zipfile.ZipFile(temporary) as archive:
            if archive.testzip() is not None:
                raise StudentCopyError(f"{target} could not be written correctly.")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # a new file's usual permissions, not mkstemp's
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def make(dest: Path, root: Path = ROOT, make_zip: bool = False,
         use_git: bool | None = None) -> Plan:
    """Write a student copy of ``root`` to ``dest`` (and ``dest.zip``); return its plan."""
    dest = check_destination(dest, root, make_zip)
    the_plan = plan(root, use_git)
    made = not dest.exists()
    write_copy(the_plan, dest)
    if make_zip:
        try:
            write_zip(dest, the_plan.files, zip_path(dest))
        except BaseException:  # no half-made result: the folder goes too
            if made:
                shutil.rmtree(dest, ignore_errors=True)
            else:
                for child in dest.iterdir():
                    shutil.rmtree(child) if child.is_dir() else child.unlink()
            raise
    return the_plan


def _size(paths) -> str:
    total = sum(p.stat().st_size for p in paths)
    return f"{total / 1e6:.1f} MB"


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python course.py student-copy",
        description="Write the students' version of the course to a new folder: everything "
                    "but the answers (solutions/, the teaching guide, the grading tools).",
        epilog="Example: python course.py student-copy ../framing-lab-students --zip")
    parser.add_argument("dest", metavar="DEST",
                        help="a new (or empty) folder, outside the course folder")
    parser.add_argument("--zip", action="store_true",
                        help="also make DEST.zip (one folder inside), to upload to an LMS")
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a cp1252 console: "?" for what it cannot show
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in (
                "utf-8", "utf8"):
            stream.reconfigure(errors="replace")
    try:
        dest = check_destination(Path(args.dest), root, args.zip)
        the_plan = make(dest, root, args.zip)
    except StudentCopyError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"The student copy could not be written ({error.strerror}: {error.filename}); "
              "nothing was kept.", file=sys.stderr)
        return 1
    for note in the_plan.notes:
        print("Note: " + note)
    files = [dest / f for f in the_plan.files]
    print(f"Student copy written to {dest}: {len(files)} files, {_size(files)}.")
    if args.zip:
        print(f"And zipped for your LMS: {zip_path(dest)} ({_size([zip_path(dest)])}), "
              f"one folder {dest.name}/ inside.")
    print("Left out:")
    for entry in sorted(the_plan.left_out, key=list(LEFT_OUT).index):
        print(f"  {entry}: {LEFT_OUT[entry]}")
    print("Students unpack it and run `python course.py lab`; `python course.py test` works "
          "there too (the tests that need solutions/ skip).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
