"""`python course.py reset LESSON`: a student's version is kept byte for byte, then the original
lesson comes back; nothing is ever overwritten or lost.

Every test works on a temporary course folder (notebooks/ with copies of real lessons); the real
notebooks are never touched.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import course
from tools import reset
from tools.notebooks import lesson_notebooks

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 22, 15, 30)
REAL = {p.name: p for p in lesson_notebooks(ROOT)}


def tiny_notebook(title: str) -> bytes:
    """A small notebook as ``python course.py execute`` saves one (no Python version)."""
    nb = {
        "cells": [
            {"cell_type": "markdown", "id": "a1", "metadata": {}, "source": [f"# {title}"]},
            {"cell_type": "code", "execution_count": 1, "id": "a2", "metadata": {},
             "outputs": [], "source": ["1 + 1"]},
        ],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                    "language": "python"},
                     "language_info": {"name": "python"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    return (json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


def as_saved_by_jupyterlab(data: bytes, note: str = "My own note") -> bytes:
    """The notebook after a student added a note and JupyterLab saved it."""
    nb = json.loads(data)
    nb["cells"].insert(1, {"cell_type": "markdown", "id": "mine", "metadata": {},
                           "source": [note]})
    nb["metadata"].setdefault("language_info", {})["version"] = "3.11.7"
    return (json.dumps(nb, indent=1, ensure_ascii=False) + "\n").encode()


@pytest.fixture()
def course_dir(tmp_path) -> Path:
    """A course folder: real lessons 00 and 03 (if they exist), and two tiny lessons 07, 07b."""
    root = tmp_path / "course"
    (root / "notebooks").mkdir(parents=True)
    for name in ("00-welcome.ipynb", "03-tokenising.ipynb"):
        if name in REAL:
            shutil.copyfile(REAL[name], root / "notebooks" / name)
        else:
            (root / "notebooks" / name).write_bytes(tiny_notebook(name))
    (root / "notebooks" / "07-frames.ipynb").write_bytes(tiny_notebook("07 · Frames"))
    (root / "notebooks" / "07b-coding-frames.ipynb").write_bytes(tiny_notebook("07b · Coding"))
    return root


def lesson(root: Path, name: str = "03-tokenising.ipynb") -> Path:
    return root / "notebooks" / name


# ------------------------------------------------------------------ what counts as released


@pytest.mark.parametrize("path", [pytest.param(p, id=p.name) for p in REAL.values()]
                         or [pytest.param(None, marks=pytest.mark.skip(reason="no lessons yet"))])
def test_every_lesson_looks_as_released_so_the_set_up_saves_it(path):
    assert reset.looks_as_released(path.read_bytes()), (
        f"{path.name} looks as if JupyterLab saved it (Python version in language_info, or "
        "timing metadata): the course set-up would not keep it as an original for "
        "`python course.py reset`. Run `python course.py execute` on it and commit it.")


@pytest.mark.parametrize(("change", "released"), [
    (lambda nb: nb, True),  # as course.py execute saves it
    (lambda nb: nb["metadata"]["language_info"].update(version="3.12.1"), False),  # JupyterLab
    (lambda nb: nb["cells"][1]["metadata"].update(execution={}), False),  # "record timing"
    (lambda nb: nb["cells"][1].update(execution_count=None), True),  # a cell never run
    (lambda nb: nb["cells"].append(dict(nb["cells"][1], execution_count=1)), False),  # order
])
def test_looks_as_released(change, released):
    nb = json.loads(tiny_notebook("x"))
    change(nb)
    assert reset.looks_as_released(json.dumps(nb).encode()) is released


@pytest.mark.parametrize("data", [b"", b"{", b"[]", b'{"cells": 5}', b"\xff\xfe"])
def test_what_is_no_notebook_is_not_released(data):
    assert reset.looks_as_released(data) is False


# ------------------------------------------------------------------ saving the originals


def test_set_up_saves_every_lesson_as_released(course_dir):
    saved = reset.save_originals(course_dir)
    assert sorted(saved) == sorted(p.name for p in reset.lessons(course_dir))
    for path in reset.lessons(course_dir):
        assert (course_dir / ".lesson-originals" / path.name).read_bytes() == path.read_bytes()
    assert reset.save_originals(course_dir) == []  # nothing new the second time


def test_a_changed_lesson_is_not_saved_and_does_not_replace_the_saved_original(course_dir):
    original = lesson(course_dir).read_bytes()
    lesson(course_dir).write_bytes(as_saved_by_jupyterlab(original))
    assert "03-tokenising.ipynb" not in reset.save_originals(course_dir)
    assert not (course_dir / ".lesson-originals" / "03-tokenising.ipynb").exists()

    lesson(course_dir).write_bytes(original)
    reset.save_originals(course_dir)
    lesson(course_dir).write_bytes(as_saved_by_jupyterlab(original))
    reset.save_originals(course_dir)
    assert (course_dir / ".lesson-originals" / "03-tokenising.ipynb").read_bytes() == original


def test_a_new_version_of_a_lesson_replaces_the_saved_original(course_dir):
    reset.save_originals(course_dir)
    newer = tiny_notebook("03 · Tokenising, second edition")
    lesson(course_dir).write_bytes(newer)
    assert reset.save_originals(course_dir) == ["03-tokenising.ipynb"]
    assert reset.find_original("03-tokenising.ipynb", course_dir).data == newer


def test_a_folder_that_cannot_be_written_to_has_no_originals_but_no_error(course_dir,
                                                                          monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reset, "_replace_file", refuse)
    assert reset.save_originals(course_dir) == []


# ------------------------------------------------------------------ resetting


def test_reset_keeps_the_students_version_byte_for_byte_and_restores_the_original(course_dir):
    reset.save_originals(course_dir)
    original = lesson(course_dir).read_bytes()
    mine = as_saved_by_jupyterlab(original, "Tokens are choices! — ø, ë, “quotes”")
    lesson(course_dir).write_bytes(mine)

    outcome = reset.reset(lesson(course_dir), course_dir, now=NOW)

    assert outcome.changed
    assert outcome.copy == course_dir / "my-copies" / "03-tokenising (my notes 2026-11-22 1530).ipynb"
    assert outcome.copy.read_bytes() == mine
    assert lesson(course_dir).read_bytes() == original
    assert sorted(p.name for p in (course_dir / "my-copies").iterdir()) == [outcome.copy.name]
    text = reset.describe(outcome, course_dir)
    assert "my-copies/03-tokenising (my notes 2026-11-22 1530).ipynb" in text
    assert "notebooks/03-tokenising.ipynb is the original again" in text


def test_copies_are_never_overwritten(course_dir):
    reset.save_originals(course_dir)
    original = lesson(course_dir).read_bytes()
    versions = [as_saved_by_jupyterlab(original, f"note {n}") for n in range(3)]
    copies = []
    for version in versions:  # three resets in the same minute
        lesson(course_dir).write_bytes(version)
        copies.append(reset.reset(lesson(course_dir), course_dir, now=NOW).copy)
    assert [c.name for c in copies] == [
        "03-tokenising (my notes 2026-11-22 1530).ipynb",
        "03-tokenising (my notes 2026-11-22 1530, 2).ipynb",
        "03-tokenising (my notes 2026-11-22 1530, 3).ipynb",
    ]
    assert [c.read_bytes() for c in copies] == versions


def test_an_unchanged_lesson_is_left_alone_and_no_copy_is_made(course_dir):
    reset.save_originals(course_dir)
    before = lesson(course_dir).read_bytes()
    outcome = reset.reset(lesson(course_dir), course_dir, now=NOW)
    assert not outcome.changed and outcome.copy is None
    assert lesson(course_dir).read_bytes() == before
    assert not (course_dir / "my-copies").exists()
    assert "the original already" in reset.describe(outcome, course_dir)


def test_line_endings_alone_do_not_count_as_a_change(course_dir):
    reset.save_originals(course_dir)
    original = lesson(course_dir).read_bytes()
    lesson(course_dir).write_bytes(original.replace(b"\n", b"\r\n"))  # a Windows checkout
    assert not reset.reset(lesson(course_dir), course_dir, now=NOW).changed


def test_a_deleted_lesson_comes_back(course_dir):
    reset.save_originals(course_dir)
    original = lesson(course_dir).read_bytes()
    lesson(course_dir).unlink()
    outcome = reset.reset(reset.find_lesson("03", course_dir), course_dir, now=NOW)
    assert outcome.changed and outcome.copy is None
    assert lesson(course_dir).read_bytes() == original


def test_without_an_original_nothing_changes(course_dir):
    mine = as_saved_by_jupyterlab(lesson(course_dir).read_bytes())
    lesson(course_dir).write_bytes(mine)  # never saved: changed before the first set-up
    with pytest.raises(reset.NoOriginal, match="cannot be found.*Nothing was changed"):
        reset.reset(lesson(course_dir), course_dir, now=NOW)
    assert lesson(course_dir).read_bytes() == mine
    assert not (course_dir / "my-copies").exists()


def test_a_damaged_saved_original_is_not_used(course_dir):
    reset.save_originals(course_dir)
    saved = course_dir / ".lesson-originals" / "03-tokenising.ipynb"
    saved.write_bytes(saved.read_bytes()[:100])  # cut off
    lesson(course_dir).write_bytes(as_saved_by_jupyterlab(lesson(course_dir).read_bytes()))
    with pytest.raises(reset.NoOriginal):
        reset.reset(lesson(course_dir), course_dir, now=NOW)


def test_if_the_notebook_is_saved_during_the_reset_it_is_not_restored(course_dir, monkeypatch):
    reset.save_originals(course_dir)
    lesson(course_dir).write_bytes(as_saved_by_jupyterlab(lesson(course_dir).read_bytes()))
    later = as_saved_by_jupyterlab(lesson(course_dir).read_bytes(), "typed during the reset")
    keep_copy = reset.keep_copy

    def autosave_while_copying(*args, **kwargs):
        copy = keep_copy(*args, **kwargs)
        lesson(course_dir).write_bytes(later)  # JupyterLab's autosave
        return copy

    monkeypatch.setattr(reset, "keep_copy", autosave_while_copying)
    with pytest.raises(reset.ResetError, match="changed while it was being copied"):
        reset.reset(lesson(course_dir), course_dir, now=NOW)
    assert lesson(course_dir).read_bytes() == later


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_lessons_permissions_stay(course_dir):
    reset.save_originals(course_dir)
    lesson(course_dir).write_bytes(as_saved_by_jupyterlab(lesson(course_dir).read_bytes()))
    lesson(course_dir).chmod(0o644)
    reset.reset(lesson(course_dir), course_dir, now=NOW)
    assert lesson(course_dir).stat().st_mode & 0o777 == 0o644


# ------------------------------------------------------------------ git as the other source


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                    "-c", "commit.gpgsign=false", *args], cwd=root, check=True,
                   capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_without_a_saved_original_git_has_it(course_dir):
    git(course_dir, "init", "-q")
    git(course_dir, "add", "notebooks")
    git(course_dir, "commit", "-q", "-m", "lessons")
    original = lesson(course_dir).read_bytes()
    lesson(course_dir).write_bytes(as_saved_by_jupyterlab(original))  # no set-up ever ran
    outcome = reset.reset(lesson(course_dir), course_dir, now=NOW)
    assert outcome.source.startswith("git")
    assert lesson(course_dir).read_bytes() == original


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_saved_original_wins_over_a_students_own_commit(course_dir):
    original = lesson(course_dir).read_bytes()
    reset.save_originals(course_dir)
    lesson(course_dir).write_bytes(as_saved_by_jupyterlab(original))
    git(course_dir, "init", "-q")
    git(course_dir, "add", "notebooks")
    git(course_dir, "commit", "-q", "-m", "my notes")
    reset.reset(lesson(course_dir), course_dir, now=NOW)
    assert lesson(course_dir).read_bytes() == original


# ------------------------------------------------------------------ naming the lesson


@pytest.mark.parametrize(("spec", "name"), [
    ("03", "03-tokenising.ipynb"),
    ("3", "03-tokenising.ipynb"),  # the zero is added
    ("03-tokenising", "03-tokenising.ipynb"),
    ("03-tokenising.ipynb", "03-tokenising.ipynb"),
    ("tokenising", "03-tokenising.ipynb"),  # the name without its number
    ("notebooks/03-tokenising.ipynb", "03-tokenising.ipynb"),  # a path from the course folder
    ("07", "07-frames.ipynb"),  # not 07b
    ("07b", "07b-coding-frames.ipynb"),
    ("'00'", "00-welcome.ipynb"),  # quotes typed around it
])
def test_find_lesson(course_dir, spec, name):
    assert reset.find_lesson(spec, course_dir, cwd=course_dir) == course_dir / "notebooks" / name


def test_find_lesson_by_absolute_path_and_from_another_folder(course_dir):
    assert reset.find_lesson(str(lesson(course_dir)), course_dir) == lesson(course_dir)
    inside = course_dir / "notebooks"
    assert reset.find_lesson("./03-tokenising.ipynb", course_dir, cwd=inside) == lesson(course_dir)


@pytest.mark.parametrize(("spec", "message"), [
    ("09", "There is no lesson '09'.*The lessons are: 00-welcome, 03-tokenising"),
    ("frames-07", "There is no lesson"),
    ("my-copies/03-tokenising (my notes 2026-11-22 1530).ipynb",
     "one of your own copies.*python course.py reset 03"),
    ("corpus/raw/x.ipynb", "not a lesson notebook in notebooks/"),
])
def test_find_lesson_says_what_is_wrong(course_dir, spec, message):
    with pytest.raises(reset.ResetError, match=message):
        reset.find_lesson(spec, course_dir, cwd=course_dir)


# ------------------------------------------------------------------ the command


def test_without_a_lesson_the_command_lists_them(course_dir, capsys):
    assert reset.main([], root=course_dir) == 0
    lesson(course_dir).write_bytes(as_saved_by_jupyterlab(lesson(course_dir).read_bytes()))
    reset.main([], root=course_dir)
    out = capsys.readouterr().out
    assert "python course.py reset 03" in out
    assert "03-tokenising" in out and "changed by you" in out
    assert "00-welcome" in out and "as the original" in out


def test_reset_all_resets_only_what_changed(course_dir, capsys):
    reset.main([], root=course_dir)  # the set-up
    capsys.readouterr()
    changed = {}
    for name in ("00-welcome.ipynb", "07b-coding-frames.ipynb"):
        changed[name] = as_saved_by_jupyterlab(lesson(course_dir, name).read_bytes())
        lesson(course_dir, name).write_bytes(changed[name])
    assert reset.main(["--all"], root=course_dir) == 0
    copies = sorted((course_dir / "my-copies").iterdir())
    assert [c.name.split(" (")[0] for c in copies] == ["00-welcome", "07b-coding-frames"]
    assert [c.read_bytes() for c in copies] == list(changed.values())
    out = capsys.readouterr().out
    assert "03-tokenising" not in out
    assert "File > Reload Notebook from Disk" in out
    assert reset.main(["--all"], root=course_dir) == 0
    assert "Every lesson is the original already" in capsys.readouterr().out


def test_the_command_fails_in_plain_words(course_dir, capsys):
    assert reset.main(["42"], root=course_dir) == 2
    assert "There is no lesson '42'" in capsys.readouterr().err


def test_course_py_reset_works_without_the_course_environment(course_dir):
    """A student's zip download: course.py and tools/ only, no .venv, no git."""
    shutil.copyfile(ROOT / "course.py", course_dir / "course.py")
    (course_dir / "tools").mkdir()
    for name in ("__init__.py", "reset.py", "pathcheck.py"):  # reset and what it imports
        shutil.copyfile(ROOT / "tools" / name, course_dir / "tools" / name)
    reset.save_originals(course_dir)  # what the first `python course.py lab` does
    original = lesson(course_dir).read_bytes()
    mine = as_saved_by_jupyterlab(original)
    lesson(course_dir).write_bytes(mine)

    done = subprocess.run([sys.executable, "course.py", "reset", "03"], cwd=course_dir,
                          capture_output=True, text=True, encoding="utf-8")

    assert done.returncode == 0, done.stderr
    assert "is kept as:\n    my-copies/03-tokenising (my notes " in done.stdout
    assert "notebooks/03-tokenising.ipynb is the original again" in done.stdout
    assert lesson(course_dir).read_bytes() == original
    [copy] = (course_dir / "my-copies").iterdir()
    assert copy.read_bytes() == mine
    assert not (course_dir / ".venv").exists()


def test_course_py_saves_the_originals_before_setting_up(course_dir, monkeypatch):
    monkeypatch.setattr(course, "ROOT", course_dir)
    course.save_lesson_originals()
    assert (course_dir / ".lesson-originals" / "03-tokenising.ipynb").is_file()
    assert "reset" in course.COMMANDS and "reset" in course.PASS_THROUGH


# ------------------------------------------------------------------ issue 13: lessons in the wild


def test_a_read_only_lesson_is_reset_and_writable_again(course_dir, capsys):
    reset.save_originals(course_dir)
    original = lesson(course_dir).read_bytes()
    lesson(course_dir).write_bytes(as_saved_by_jupyterlab(original))
    lesson(course_dir).chmod(0o444)  # read-only, as a copy from a read-only share is
    assert reset.main(["03"], root=course_dir) == 0
    assert lesson(course_dir).read_bytes() == original
    assert lesson(course_dir).stat().st_mode & 0o200, "the reset lesson cannot be saved"


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_a_path_to_a_lesson_with_other_capitals_is_the_lesson(course_dir, monkeypatch, platform):
    monkeypatch.setattr(sys, "platform", platform)
    given = str(course_dir / "NOTEBOOKS" / "03-tokenising.ipynb")
    assert reset.find_lesson(given, root=course_dir) == course_dir / "notebooks" / lesson(
        course_dir).name


def test_a_path_through_a_link_to_the_lessons_is_the_lesson(course_dir, tmp_path):
    (tmp_path / "alias").symlink_to(course_dir / "notebooks", target_is_directory=True)
    given = str(tmp_path / "alias" / "03-tokenising.ipynb")
    assert reset.find_lesson(given, root=course_dir).name == "03-tokenising.ipynb"
