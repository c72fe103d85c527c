"""Start a lesson again: ``python course.py reset 03`` keeps your copy and restores the original.

A student's lesson notebook fills up with their own notes, changed cells and outputs. Resetting
it does two things, in this order, and stops at the first problem:

1. **Keep the student's version.** The notebook is copied, byte for byte, to
   ``my-copies/<lesson> (my notes <date> <time>).ipynb`` in the course folder, e.g.
   ``my-copies/03-tokenising (my notes 2026-11-22 1530).ipynb``. An existing file is never
   overwritten (a second copy in the same minute gets ", 2"). The copy is read back and compared
   with the notebook before anything else happens. ``my-copies/`` lies next to ``notebooks/``, at
   the same depth, so that paths in the cells such as ``../corpus/raw/...`` still work there.
2. **Restore the original** lesson notebook, through a temporary file that replaces the notebook
   in one step, read back and compared again.

Where the originals come from (the first that has the lesson):

* ``.lesson-originals/``, a hidden folder in the course folder: copies of the lesson notebooks
  as released, saved by :func:`save_originals`, which every ``python course.py`` command that uses
  the course environment runs (``lab``, ``test`` ...) before it does anything else. The first
  ``python course.py lab`` opens the lessons, so they are still untouched then: this works for a
  student who downloaded the course as a zip, without git. A notebook is saved only if it *looks
  as released* (:func:`looks_as_released`): saved by ``python course.py execute``, never by
  JupyterLab, which writes the kernel's Python version into every notebook it saves. A saved
  copy is replaced only by a notebook that looks as released too (a new version of the lesson).
* ``git``, if it is installed and the course folder is a git checkout: the lesson as committed
  (``git show HEAD:notebooks/...``).

This module uses Python's standard library only: ``course.py`` imports it and runs it with the
student's own Python, so that a reset works even before the course environment exists.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tools.pathcheck import is_inside, same_folder

ROOT = Path(__file__).resolve().parent.parent
LESSONS = "notebooks"
COPIES = "my-copies"
ORIGINALS = ".lesson-originals"
MANIFEST = "manifest.json"
ORIGINALS_README = """\
Copies of the lesson notebooks as they were released, kept by `python course.py` so that
`python course.py reset LESSON` can restore a lesson. Do not edit or delete these files.
"""


class ResetError(Exception):
    """A reason not to reset, in plain words; nothing has been changed."""


class NoOriginal(ResetError):
    """Neither a saved copy nor git has the lesson's original."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def same_text(a: bytes, b: bytes) -> bool:
    """Whether two notebook files hold the same text, whatever their line endings."""
    return a.replace(b"\r\n", b"\n") == b.replace(b"\r\n", b"\n")


def looks_as_released(data: bytes) -> bool:
    """Whether a notebook file looks as ``python course.py execute`` saved it, untouched since.

    JupyterLab writes the kernel's ``language_info`` with the Python ``version`` into every
    notebook it saves, and "record timing" adds ``execution`` metadata to cells; the kit's
    ``course.py execute`` removes both. Code cells that ran have increasing numbers.

    >>> looks_as_released(b'{"cells": [], "metadata": {"language_info": {"name": "python"}}}')
    True
    >>> looks_as_released(b'{"cells": [], "metadata": {"language_info": {"version": "3.12.1"}}}')
    False
    >>> looks_as_released(b"not a notebook")
    False
    """
    try:
        nb = json.loads(data.decode("utf-8-sig"))
        cells, metadata = nb["cells"], nb.get("metadata", {})
        if "version" in (metadata.get("language_info") or {}):
            return False
        counts = []
        for cell in cells:
            if {"execution", "ExecuteTime"} & set(cell.get("metadata", {})):
                return False
            if cell.get("cell_type") == "code" and cell.get("execution_count") is not None:
                counts.append(cell["execution_count"])
        return counts == sorted(set(counts))
    except (ValueError, KeyError, TypeError, AttributeError):
        return False


# ------------------------------------------------------------------ the lessons


def lessons(root: Path = ROOT) -> list[Path]:
    """The lesson notebooks, ``notebooks/*.ipynb``, sorted."""
    return sorted(Path(root, LESSONS).glob("*.ipynb"))


def _known_names(root: Path) -> list[str]:
    """Lesson file names: those in notebooks/ and those with a saved original (a lesson file
    that was deleted can be restored too)."""
    names = {p.name for p in lessons(root)}
    names |= set(read_manifest(root))
    return sorted(names)


def find_lesson(spec: str, root: Path = ROOT, cwd: Path | None = None) -> Path:
    """The lesson notebook that ``spec`` names: ``3``, ``03``, ``07b``, ``03-tokenising``,
    ``03-tokenising.ipynb`` or a path to the file."""
    root = Path(root).resolve()
    names = _known_names(root)
    text = spec.strip().strip("\"'")
    listed = ", ".join(n.removesuffix(".ipynb") for n in names) or "(none)"
    if "/" in text or "\\" in text:  # a path, relative to where the command was typed
        as_path = Path(cwd or Path.cwd(), text).resolve()
        if not same_folder(as_path.parent, root / LESSONS):
            if is_inside(as_path, root / COPIES):
                number = re.match(r"\d+[a-z]?", as_path.name)
                raise ResetError(f"{text} is one of your own copies, not a lesson: there is "
                                 "nothing to reset. Give the lesson, e.g. "
                                 f"`python course.py reset {number[0] if number else '03'}`.")
            raise ResetError(f"{text} is not a lesson notebook in {LESSONS}/. "
                             f"The lessons are: {listed}.")
        if as_path.name in names:
            return root / LESSONS / as_path.name
        raise ResetError(f"There is no lesson {as_path.name}. The lessons are: {listed}.")
    name = Path(text).name.removesuffix(".ipynb")
    if re.fullmatch(r"\d[a-z]?", name):  # "3" means "03"
        name = "0" + name
    if re.fullmatch(r"\d{2,}[a-z]?", name):  # a number: "03", "07b"
        found = [n for n in names if n.startswith(name + "-")]
    else:
        found = [n for n in names if name in (n.removesuffix(".ipynb"),  # 03-tokenising
                                              n.removesuffix(".ipynb").partition("-")[2])]
    if len(found) == 1:
        return root / LESSONS / found[0]
    raise ResetError(f"There is no lesson {spec!r}. Give its number (e.g. 03) or its name. "
                     f"The lessons are: {listed}.")


# ------------------------------------------------------------------ the originals


def read_manifest(root: Path = ROOT) -> dict[str, dict]:
    try:
        data = json.loads(Path(root, ORIGINALS, MANIFEST).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_manifest(root: Path, manifest: dict) -> None:
    folder = Path(root, ORIGINALS)
    _replace_file(folder / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode())


def save_originals(root: Path = ROOT) -> list[str]:
    """Save a copy of each lesson notebook that looks as released and is not saved yet (or is
    a new version of a saved one). Returns the names saved. Never raises: a course folder that
    cannot be written to (a shared, read-only one) just has no saved originals."""
    saved = []
    try:
        manifest = read_manifest(root)
        folder = Path(root, ORIGINALS)
        for path in lessons(root):
            data = path.read_bytes()
            entry = manifest.get(path.name)
            if entry and entry.get("sha256") == sha256(data):
                continue
            if not looks_as_released(data):
                continue
            folder.mkdir(exist_ok=True)
            if not (folder / "README.txt").exists():
                (folder / "README.txt").write_text(ORIGINALS_README, encoding="utf-8")
            _replace_file(folder / path.name, data)
            manifest[path.name] = {
                "sha256": sha256(data),
                "saved": _dt.datetime.now().isoformat(timespec="seconds"),
            }
            saved.append(path.name)
        if saved:
            _write_manifest(root, manifest)
    except OSError:
        pass
    return saved


@dataclass
class Original:
    data: bytes
    source: str  # in words, for the messages


def saved_original(name: str, root: Path = ROOT) -> Original | None:
    entry = read_manifest(root).get(name)
    try:
        data = Path(root, ORIGINALS, name).read_bytes()
    except OSError:
        return None
    if not entry or entry.get("sha256") != sha256(data):
        return None  # damaged or changed: not to be trusted
    return Original(data, f"the copy saved when the course was set up, in {ORIGINALS}/")


def git_original(name: str, root: Path = ROOT) -> Original | None:
    git = shutil.which("git")
    if git is None or not Path(root, ".git").exists():
        return None
    try:
        done = subprocess.run([git, "show", f"HEAD:{LESSONS}/{name}"], cwd=root,
                              capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 or not done.stdout:
        return None
    return Original(done.stdout, "git: the lesson as committed")


def find_original(name: str, root: Path = ROOT) -> Original:
    found = saved_original(name, root) or git_original(name, root)
    if found is None:
        raise NoOriginal(
            f"The original of {name} cannot be found: it was not saved when the course was set "
            f"up, and this folder is no git checkout. Nothing was changed.\n"
            f"To get it back: download the course again (the same version), and copy "
            f"{LESSONS}/{name} from there into {LESSONS}/ here, after saving your own version "
            f"under another name (in JupyterLab: File > Save Notebook As...).")
    return found


# ------------------------------------------------------------------ copying safely


def _replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so that ``path`` is never half
    written; read it back and compare."""
    try:
        # keep the file's permissions, but writable by its owner: a lesson made read-only
        # (a download, a copy from a CD or a read-only share) must be editable after a reset,
        # and Windows refuses to replace a read-only file ("Access is denied")
        mode = (path.stat().st_mode & 0o777) | stat.S_IWUSR
        os.chmod(path, mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask  # a new file's usual permissions (mkstemp's are 0o600)
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if path.read_bytes() != data:
        raise OSError(f"{path} does not hold what was written")


def copy_name(lesson: Path, when: _dt.datetime) -> str:
    """The copy's file name, without a number.

    >>> copy_name(Path("03-tokenising.ipynb"), _dt.datetime(2026, 11, 22, 15, 30))
    '03-tokenising (my notes 2026-11-22 1530).ipynb'
    """
    return f"{lesson.stem} (my notes {when:%Y-%m-%d %H%M}).ipynb"


def keep_copy(lesson: Path, data: bytes, copies: Path, when: _dt.datetime) -> Path:
    """Write ``data`` (the lesson as the student left it) to a new file in ``copies``; never
    overwrite one. Return the new file, checked to hold exactly ``data``."""
    copies.mkdir(parents=True, exist_ok=True)
    base = copy_name(lesson, when).removesuffix(").ipynb")
    for number in range(1, 1000):
        target = copies / (f"{base}).ipynb" if number == 1 else f"{base}, {number}).ipynb")
        try:
            with open(target, "xb") as out:  # "x": fails if the file exists
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except FileExistsError:
            continue
        if target.read_bytes() != data:
            raise ResetError(f"The copy {target} is not identical to your notebook, so the "
                             "lesson was not reset. Is the disk full?")
        try:
            shutil.copystat(lesson, target)  # keep the notebook's date
        except OSError:
            pass
        return target
    raise ResetError(f"{copies} already has a thousand copies of {lesson.name} from this "
                     "minute: wait a minute and try again.")


# ------------------------------------------------------------------ resetting


@dataclass
class Outcome:
    lesson: Path
    copy: Path | None  # the student's version, kept; None if there was nothing to keep
    source: str
    changed: bool  # False: the lesson was the original already


def reset(lesson: Path, root: Path = ROOT, *, now: _dt.datetime | None = None) -> Outcome:
    """Keep the student's version of ``lesson`` in my-copies/, then restore the original."""
    root = Path(root)
    save_originals(root)  # a new version of a lesson, or a first set-up without course.py
    original = find_original(lesson.name, root)
    current = lesson.read_bytes() if lesson.exists() else None
    if current is not None and same_text(current, original.data):
        return Outcome(lesson, None, original.source, changed=False)
    copy = None
    if current is not None:
        copy = keep_copy(lesson, current, root / COPIES, now or _dt.datetime.now())
        if lesson.read_bytes() != current:  # saved again (autosave) while we copied
            raise ResetError(f"{lesson.name} changed while it was being copied (JupyterLab "
                             f"saved it?). Your copy {copy.name} is kept; the lesson was not "
                             "reset. Close the notebook in JupyterLab and try again.")
    lesson.parent.mkdir(parents=True, exist_ok=True)
    _replace_file(lesson, original.data)
    return Outcome(lesson, copy, original.source, changed=True)


def describe(outcome: Outcome, root: Path = ROOT) -> str:
    lesson = outcome.lesson.relative_to(root).as_posix()
    if not outcome.changed:
        return f"{lesson} is the original already: nothing to reset, no copy made."
    lines = []
    if outcome.copy is not None:
        lines.append(f"Your version of {outcome.lesson.name}, with your notes and outputs, is "
                     f"kept as:\n    {outcome.copy.relative_to(root).as_posix()}")
    lines.append(f"{lesson} is the original again; it comes from {outcome.source}.")
    return "\n".join(lines)


AFTER = ("If the lesson is open in JupyterLab: File > Reload Notebook from Disk. If JupyterLab "
         "says \"File Changed\", click Revert (Overwrite would put your old version back).")


def status_lines(root: Path = ROOT) -> list[str]:
    """One line per lesson: changed, as the original, or no original found."""
    lines = []
    for name in _known_names(root):
        path = Path(root, LESSONS, name)
        try:
            original = find_original(name, root)
        except ResetError:
            state = "no original found (see README, Start a lesson again)"
        else:
            if not path.exists():
                state = "missing: reset restores it"
            elif same_text(path.read_bytes(), original.data):
                state = "as the original"
            else:
                state = "changed by you"
        lines.append(f"  {name.removesuffix('.ipynb'):32} {state}")
    return lines


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python course.py reset",
        description="Start a lesson again: your version of the lesson notebook is kept as a "
                    f"new file in {COPIES}/ (notes, changes and outputs), then the original "
                    "lesson is put back.",
        epilog="Examples: python course.py reset 03 · python course.py reset "
               "notebooks/03-tokenising.ipynb · python course.py reset --all")
    parser.add_argument("lessons", nargs="*", metavar="LESSON",
                        help="the lesson's number (03), name or file")
    parser.add_argument("--all", action="store_true", help="every lesson you changed")
    args = parser.parse_args(argv)
    root = Path(root)
    save_originals(root)
    if not args.lessons and not args.all:
        print("Which lesson? For example: python course.py reset 03\nThe lessons:")
        print("\n".join(status_lines(root)))
        return 0
    try:
        if args.all:
            targets = [Path(root, LESSONS, name) for name in _known_names(root)]
        else:
            targets = list(dict.fromkeys(find_lesson(spec, root) for spec in args.lessons))
    except ResetError as error:
        print(error, file=sys.stderr)
        return 2
    failed = changed = 0
    unknown = []  # --all: lessons without an original, left as they are
    for lesson in targets:
        try:
            outcome = reset(lesson, root)
        except NoOriginal as error:
            if not args.all:
                failed += 1
                print(f"{lesson.name}: not reset. {error}", file=sys.stderr)
            unknown.append(lesson.name)
            continue
        except (ResetError, OSError) as error:
            failed += 1
            why = f"{error.strerror}: {error.filename}" if isinstance(error, OSError) else error
            print(f"{lesson.name}: not reset. {why}", file=sys.stderr)
            continue
        changed += outcome.changed
        if outcome.changed or not args.all:
            print(describe(outcome, root))
    if args.all and unknown:
        print(f"Left as they are, because their originals cannot be found: {', '.join(unknown)}."
              " (Not saved when the course was set up, and this folder is no git checkout.)")
    if args.all and not changed and not failed:
        print("Nothing else to reset: every other lesson is the original already."
              if unknown else "Every lesson is the original already: nothing to reset.")
    if changed:
        print(AFTER)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
