"""`python course.py student-copy DEST --zip`: the course without the answers, for students.

One copy of this repository is made (a second one for the walk without git); the tests check what
it holds and what it leaves out, and that bad destinations are refused with nothing written.
Whether the tests pass inside a student copy is checked by hand: run `python course.py test` in
one (the tests that need solutions/ skip there).
"""

import doctest
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import course
from tools import studentcopy

ROOT = Path(__file__).resolve().parent.parent
MARKERS = (b"BEGIN HIDDEN TESTS", b"BEGIN SOLUTION")
HAS_GIT = studentcopy.git_checkout(ROOT)


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def digest(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in files_in(folder).items()}


def course_files(subfolder: str) -> dict[str, bytes]:
    """The course's own files in ``subfolder``: what git tracks, or all files without git."""
    if HAS_GIT:
        names = subprocess.run(["git", "ls-files", "-z", subfolder], cwd=ROOT, check=True,
                               capture_output=True).stdout.decode().split("\0")
        return {n: (ROOT / n).read_bytes() for n in names if n and (ROOT / n).is_file()}
    return {f"{subfolder}/{n}": data for n, data in files_in(ROOT / subfolder).items()
            if ".ipynb_checkpoints" not in n and "__pycache__" not in n}


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    dest = tmp_path_factory.mktemp("students") / "framing-lab"
    code = course.main(["student-copy", str(dest), "--zip"])
    assert code == 0
    return dest


# ------------------------------------------------------------------ what the copy holds


def test_no_solutions_and_nothing_left_out_is_copied(copy):
    assert not (copy / "solutions").exists()
    for name in studentcopy.LEFT_OUT:
        assert not (copy / name).exists(), f"{name} is in the student copy"


def test_no_file_holds_solutions_or_hidden_tests(copy):
    found = [f"{name}: {marker.decode()}" for name, data in files_in(copy).items()
             for marker in MARKERS if marker in data]
    assert not found, "The student copy shows answers:\n" + "\n".join(found)


@pytest.mark.parametrize("folder", ["exercises", "notebooks", "corpus"])
def test_course_folders_are_byte_identical(copy, folder):
    copied = {f"{folder}/{n}": data for n, data in files_in(copy / folder).items()}
    expected = course_files(folder)
    assert expected, f"the course has no files in {folder}/"
    assert sorted(copied) == sorted(expected)
    assert [n for n in expected if copied[n] != expected[n]] == []


def test_what_students_need_is_there(copy):
    for name in ("README.md", "course.py", "pyproject.toml", "requirements/constraints.txt",
                 "conftest.py", "tools/reset.py", "tools/exercises.py", "tests/test_exercises.py",
                 "src/framelab/__init__.py"):
        assert (copy / name).is_file(), f"{name} is missing from the student copy"
        expected = studentcopy.copied_bytes(name, (ROOT / name).read_bytes())  # README
        assert (copy / name).read_bytes() == expected, name
    assert any((copy / "exercises").rglob("*.ipynb"))
    assert not [p for p in copy.rglob("*") if p.name in {".git", ".venv", "__pycache__",
                                                         "grades", "my-copies",
                                                         ".lesson-originals"}]


def test_the_zip_holds_the_copy_in_one_folder(copy):
    archive = copy.with_name(copy.name + ".zip")
    with zipfile.ZipFile(archive) as zipped:
        assert zipped.testzip() is None
        names = zipped.namelist()
        assert sorted(names) == sorted(f"framing-lab/{n}" for n in files_in(copy))
        assert all(zipped.read(f"framing-lab/{n}") == data for n, data in files_in(copy).items())
        run = zipped.getinfo("framing-lab/.ci/run")
        assert (run.external_attr >> 16) & stat.S_IXUSR, ".ci/run lost its executable bit"


def test_without_git_the_folder_walk_gives_the_same_files(copy, tmp_path):
    walked = studentcopy.plan(ROOT, use_git=False).files
    copied = sorted(files_in(copy))
    if HAS_GIT:  # files git does not track yet (work in progress) are walked too
        untracked = subprocess.run(["git", "ls-files", "--others", "--exclude-standard", "-z"],
                                   cwd=ROOT, check=True, capture_output=True).stdout
        walked = [n for n in walked if n not in untracked.decode().split("\0")]
    assert walked == copied
    assert not [n for n in studentcopy.walked_files(ROOT)
                if n.split("/")[0] in {".git", ".venv", "grades", "my-copies",
                                       ".lesson-originals"} or "__pycache__" in n]


def test_a_file_with_markers_stops_the_copy(tmp_path):
    course_dir = tmp_path / "course"
    for name in ("README.md", "exercises/01/ex.ipynb", "solutions/01/ex.ipynb"):
        (course_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (course_dir / name).write_text("{}", encoding="utf-8")
    (course_dir / "notes.md").write_text("### BEGIN " + "HIDDEN TESTS\nassert x == 1\n",
                                         encoding="utf-8")
    with pytest.raises(studentcopy.StudentCopyError, match=r"notes\.md \(BEGIN HIDDEN TESTS\)"):
        studentcopy.make(tmp_path / "out", course_dir, use_git=False)
    assert not (tmp_path / "out").exists()
    (course_dir / "notes.md").unlink()
    studentcopy.make(tmp_path / "out", course_dir, use_git=False)
    assert sorted(files_in(tmp_path / "out")) == ["README.md", "exercises/01/ex.ipynb"]


# ------------------------------------------------------------------ refusals


def refused(capsys, *args) -> str:
    before = digest(ROOT / "solutions")
    assert course.main(["student-copy", *map(str, args)]) == 1
    assert digest(ROOT / "solutions") == before
    return " ".join(capsys.readouterr().err.split())


def test_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    (tmp_path / "mine.txt").write_text("keep me", encoding="utf-8")
    assert "already exists and is not empty" in refused(capsys, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]


def test_accepts_an_empty_folder(tmp_path):
    studentcopy.make(tmp_path, ROOT)
    assert (tmp_path / "course.py").is_file() and not (tmp_path / "solutions").exists()


def test_refuses_a_file(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert "is a file, not a folder" in refused(capsys, tmp_path / "a.txt")


def test_refuses_solutions_and_the_course_folder(capsys):
    inside = ROOT / "solutions" / "students-copy"
    assert "inside solutions/" in refused(capsys, inside)
    assert not inside.exists()
    for dest in (ROOT / "students-copy", ROOT / "notebooks" / "students"):
        assert "inside the course folder" in refused(capsys, dest)
        assert not dest.exists()


def test_refuses_to_overwrite_a_zip(tmp_path, capsys):
    (tmp_path / "out.zip").write_bytes(b"an older upload")
    assert "out.zip already exists" in refused(capsys, tmp_path / "out", "--zip")
    assert not (tmp_path / "out").exists()
    assert (tmp_path / "out.zip").read_bytes() == b"an older upload"


def test_a_student_copy_makes_no_student_copies(copy, tmp_path):
    with pytest.raises(studentcopy.StudentCopyError, match="student copy already"):
        studentcopy.make(tmp_path / "again", copy)
    assert not (tmp_path / "again").exists()


def test_course_py_has_the_command():
    assert "student-copy" in course.COMMANDS and "student-copy" in course.PASS_THROUGH
    assert not course.is_student_copy()
    assert course.extras_for_tests() == course.TEST_EXTRAS  # every test runs here


def test_doctests_of_the_student_copy_module():
    assert doctest.testmod(studentcopy).failed == 0



# ------------------------------------------------------------------ issue 13: copies in the wild


def test_the_students_readme_has_no_instructors_sections_or_docs_links(copy):
    readme = (copy / "README.md").read_text(encoding="utf-8")
    course_readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Exercises and grading (instructors)" in course_readme
    assert "## Exercises and grading (instructors)" not in readme
    assert "### Grading a class" not in readme
    assert "](docs/" not in readme and "instructors only" not in readme
    assert "python course.py lab" in readme and "## Start a lesson again" in readme
    with zipfile.ZipFile(copy.with_name(copy.name + ".zip")) as zipped:
        assert zipped.read("framing-lab/README.md") == readme.encode("utf-8")
    # the README's Python examples, which tests/test_readme.py runs, are all still there
    fence = re.compile(r"^```python[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
    assert fence.findall(readme) == fence.findall(course_readme)


def test_a_file_dated_before_1980_is_zipped_and_nothing_is_half_made(tmp_path):
    course_copy = tmp_path / "course"
    shutil.copytree(ROOT, course_copy, ignore=shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", "*.pyc", ".pytest_cache", "my-copies"))
    old = course_copy / "corpus" / "metadata.csv"
    os.utime(old, (315_000_000 - 10**8, 315_000_000 - 10**8))  # in 1976
    (course_copy / ".ci" / "run").chmod(0o644)  # as a checkout on Windows has it
    dest = tmp_path / "students"
    assert studentcopy.make(dest, course_copy, make_zip=True, use_git=False)
    with zipfile.ZipFile(tmp_path / "students.zip") as zipped:
        info = zipped.getinfo("students/corpus/metadata.csv")
        assert info.date_time[0] == 1980
        run = zipped.getinfo("students/.ci/run")
        assert run.create_system == 3 and (run.external_attr >> 16) & 0o777 == 0o755
        readme = zipped.getinfo("students/README.md")
        assert (readme.external_attr >> 16) & 0o777 == 0o644


def test_a_failed_zip_leaves_no_half_made_copy(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(studentcopy, "write_zip", broken)
    dest = tmp_path / "students"
    with pytest.raises(OSError):
        studentcopy.make(dest, ROOT, make_zip=True)
    assert not dest.exists()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_destination_guard_ignores_capitals_where_the_disk_does(tmp_path, monkeypatch,
                                                                      platform):
    monkeypatch.setattr(sys, "platform", platform)
    inside = Path(str(ROOT).swapcase()) / "students"
    with pytest.raises(studentcopy.StudentCopyError, match="inside the course folder"):
        studentcopy.check_destination(inside, ROOT)


def test_the_destination_guard_follows_a_link_to_the_course(tmp_path):
    link = tmp_path / "alias"
    link.symlink_to(ROOT, target_is_directory=True)
    with pytest.raises(studentcopy.StudentCopyError, match="inside the course folder"):
        studentcopy.check_destination(link / "students", ROOT)


def test_student_copy_prints_on_a_cp1252_console(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}  # a Windows console, or a redirect
    done = subprocess.run([sys.executable, str(ROOT / "course.py"), "student-copy",
                           str(tmp_path / "Київ-students")], capture_output=True, env=env,
                          cwd=tmp_path, timeout=300)
    out = done.stdout.decode("cp1252")
    assert done.returncode == 0, done.stderr.decode("cp1252")[-2000:]
    assert "Student copy written to" in out and "????-students" in out
