"""The committed lesson and solution notebooks were run top to bottom, so nbval really checks them.

nbval compares only cells that have been run: a cell saved without running it passes unchecked.
``python course.py execute`` runs the notebooks in the tests' kernel environment and saves them
without timing metadata; these tests say when that is needed.
"""

from pathlib import Path

import nbformat
import pytest

from tools.notebooks import KERNELSPEC, lesson_notebooks, solution_notebooks

ROOT = Path(__file__).resolve().parent.parent
RUN_THEM = "run `python course.py execute` and commit the notebooks"
NOTEBOOKS = lesson_notebooks(ROOT) + solution_notebooks(ROOT)


def skipped_by_nbval(cell) -> bool:
    first = cell.source.lstrip().splitlines()[:1]
    return "nbval-skip" in cell.metadata.get("tags", []) or first == ["# NBVAL_SKIP"]


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, id=p.relative_to(ROOT).as_posix()) for p in NOTEBOOKS]
    or [pytest.param(None, marks=pytest.mark.skip(reason="no lesson or solution notebooks yet"))],
)
def test_notebook_was_run_top_to_bottom_and_saved_cleanly(path):
    nb = nbformat.read(path, as_version=4)
    code = [
        (index, cell)
        for index, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and cell.source.strip() and not skipped_by_nbval(cell)
    ]
    never_run = [index for index, cell in code if cell.execution_count is None]
    assert not never_run, f"cells {never_run} were saved without being run: {RUN_THEM}"
    counts = [cell.execution_count for _index, cell in code]
    assert counts == sorted(set(counts)), f"cells were run out of order {counts}: {RUN_THEM}"
    timed = [index for index, cell in enumerate(nb.cells) if "execution" in cell.metadata]
    assert not timed, f"cells {timed} carry execution timing metadata: {RUN_THEM}"
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    assert kernel == KERNELSPEC["name"], f"kernel is {kernel!r}, not 'python3': {RUN_THEM}"
