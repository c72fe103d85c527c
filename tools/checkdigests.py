"""Make ``src/framelab/checks/digests.json``: the salted hashes of the exercises' right answers.

``python -m tools.checkdigests`` runs each solution notebook's code (its setup cells and model
answers, not its check cells) in this process, takes the answer of each question that
``framelab.checks`` knows (``framelab/checks/exNN.py``), and stores the hash of what must be
right. Run it after changing a model answer or a question's ``key``; ``tests/test_exercises.py``
fails when the file is out of date (a solution's own check then fails).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
DIGESTS = ROOT / "src" / "framelab" / "checks" / "digests.json"


def is_check(cell) -> bool:
    return bool((cell.metadata.get("nbgrader") or {}).get("grade")) and cell.cell_type == "code"


def exercise_id(path: Path) -> str:
    """"01" for solutions/01-reading/01-reading-exercises.ipynb."""
    return Path(path).parent.name.split("-")[0]


def run_cells(sources, namespace=None, cwd=None):
    """Run cell sources in ``namespace`` (a new one by default), quietly; return it."""
    namespace = {"__name__": "__main__"} if namespace is None else namespace
    here = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        with contextlib.redirect_stdout(io.StringIO()):
            for source in sources:
                exec(compile(source, "<cell>", "exec"), namespace)
    finally:
        os.chdir(here)
    return namespace


def solution_namespace(path: Path) -> dict:
    """The variables after running a solution notebook's setup and answer cells."""
    nb = nbformat.read(path, as_version=4)
    sources = [c.source for c in nb.cells if c.cell_type == "code" and not is_check(c)]
    return run_cells(sources, cwd=Path(path).parent)


def digests_of(path: Path) -> dict:
    from framelab.checks import questions as q

    ex = exercise_id(path)
    namespace = solution_namespace(path)
    found = {}
    for question in q._questions(ex).values():
        for answer in question.answers:
            if not answer.hashed:
                continue
            value = q.as_kind(namespace[answer.name], answer.kind)
            found.setdefault(question.id, {})[answer.name] = q.digest(
                ex, question.id, answer.name, q.key_of(answer, value))
    return found


def compute(root=ROOT) -> dict:
    from tools.notebooks import solution_notebooks

    return {exercise_id(p): digests_of(p) for p in solution_notebooks(root)}


def main(argv=None) -> int:
    table = compute()
    DIGESTS.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{DIGESTS.relative_to(ROOT)}: the hashes of {sum(len(v) for v in table.values())} "
          "questions' answers.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
