"""Generate the student exercises from the solutions with nbgrader.

``python -m tools.exercises`` (what ``python course.py exercises`` runs) writes
``exercises/NAME/`` from every assignment folder ``solutions/NAME/``, with
``nbgrader generate_assignment NAME --force --no-db`` and the course's ``nbgrader_config.py``:
solution code becomes ``raise NotImplementedError()``, hidden tests and outputs are removed,
graded cells are locked and get checksums. No gradebook database is used or written.

The output is deterministic: nbgrader keeps each cell's id, and the checksums depend only on
the cells. :func:`generate` can write to another folder, which is how the tests check that the
committed ``exercises/`` are up to date.
"""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "solutions"
RELEASE = "exercises"


def assignments(root=ROOT):
    """Names of the assignment folders in ``solutions/`` that hold notebooks, sorted."""
    source = Path(root, SOURCE)
    if not source.is_dir():
        return []
    return sorted(
        d.name
        for d in source.iterdir()
        if d.is_dir() and not d.name.startswith(".") and any(d.glob("*.ipynb"))
    )


def loose_notebooks(root=ROOT):
    """Notebooks lying directly in ``solutions/``: nbgrader ignores them (they need a folder)."""
    return sorted(Path(root, SOURCE).glob("*.ipynb"))


def _bin_dir():
    return Path(sys.executable).parent


def generate(root=ROOT, release_dir=None, names=None, quiet=True):
    """Write ``release_dir/NAME/`` for each assignment; return the names generated.

    ``release_dir`` defaults to ``root/exercises``. nbgrader runs in ``root``, so it reads the
    course's ``nbgrader_config.py`` there.
    """
    root = Path(root).resolve()
    release_dir = Path(release_dir).resolve() if release_dir else root / RELEASE
    names = assignments(root) if names is None else list(names)
    env = dict(os.environ)
    # nbgrader calls other programs (alembic) by name: this environment's first.
    env["PATH"] = str(_bin_dir()) + os.pathsep + env.get("PATH", "")
    for name in names:
        command = [
            sys.executable,
            "-m",
            "nbgrader",
            "generate_assignment",
            name,
            "--force",
            "--no-db",
            f"--CourseDirectory.root={root}",
            f"--CourseDirectory.release_directory={release_dir}",
        ]
        if quiet:
            command.append("--quiet")
        result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(
                f"nbgrader could not generate the exercises for {name!r} "
                f"(exit code {result.returncode}):\n{result.stdout}{result.stderr}"
            )
    return names


def remove_stale(root=ROOT, keep=()):
    """Remove folders in ``exercises/`` whose assignment is gone from ``solutions/``."""
    removed = []
    release = Path(root, RELEASE)
    if release.is_dir():
        for d in sorted(release.iterdir()):
            if d.is_dir() and not d.name.startswith(".") and d.name not in keep:
                shutil.rmtree(d)
                removed.append(d.name)
    return removed


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python course.py exercises",
        description="Regenerate exercises/ from solutions/ with nbgrader.",
    )
    parser.parse_args(argv)
    for loose in loose_notebooks():
        print(
            f"Note: {loose.relative_to(ROOT)} is not in an assignment folder "
            "(solutions/NAME/), so it gets no exercise.",
            file=sys.stderr,
        )
    names = assignments()
    if not names:
        print("solutions/ has no assignment folders with notebooks yet: nothing to generate.")
        return 0
    try:
        generate(names=names)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    for name in remove_stale(keep=names):
        print(f"Removed exercises/{name}/: solutions/{name}/ no longer exists.")
    for name in names:
        print(f"exercises/{name}/ is generated from solutions/{name}/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
