"""Run notebooks with nbclient: ``python course.py execute`` and the tests use this module.

``python -m tools.notebooks [NOTEBOOK ...]`` re-executes the lesson notebooks
(``notebooks/*.ipynb``) and the solution notebooks (``solutions/**/*.ipynb``), or the ones named,
in place, so that the outputs committed for strict nbval are fresh. Each notebook runs in a new
kernel (this environment's Python) with its own folder as working directory, and in the same
kernel environment as the tests (see :mod:`tools.kernelsite`). Outputs are kept deterministic:
no execution timing metadata, one kernelspec for all notebooks.
"""

import argparse
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from tools.kernelsite import kernel_environ

ROOT = Path(__file__).resolve().parent.parent
CELL_TIMEOUT = 300  # seconds per cell
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def lesson_notebooks(root=ROOT):
    """The lesson notebooks, ``notebooks/*.ipynb``, sorted."""
    return sorted(Path(root, "notebooks").glob("*.ipynb"))


def solution_notebooks(root=ROOT):
    """The solution notebooks, ``solutions/**/*.ipynb`` (no checkpoints), sorted."""
    return sorted(
        p for p in Path(root, "solutions").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )


def exercise_notebooks(root=ROOT):
    """The released exercise notebooks, ``exercises/**/*.ipynb`` (no checkpoints), sorted."""
    return sorted(
        p for p in Path(root, "exercises").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )


def normalize(nb):
    """Make a notebook's metadata the same on every machine and run. Returns ``nb``."""
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    info = nb.metadata.get("language_info")
    if info is not None:
        info.pop("version", None)  # the Python patch level of whoever ran it last
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.metadata.pop("ExecuteTime", None)
    return nb


def run(nb, path, *, env, allow_errors=False, timeout=CELL_TIMEOUT):
    """Execute notebook ``nb`` (read from ``path``) in a new kernel; return it with outputs.

    The kernel's working directory is the notebook's folder and its environment ``env``.
    """
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        allow_errors=allow_errors,
        record_timing=False,
        resources={"metadata": {"path": str(Path(path).resolve().parent)}},
    )
    client.execute(env=env)
    return nb


def error_outputs(nb):
    """``(cell_index, ename, evalue)`` for every error output in the notebook."""
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append((index, output.get("ename", "?"), output.get("evalue", "")))
    return found


def execute_in_place(paths, root=ROOT):
    """Re-execute ``paths`` in place. Returns the number of notebooks that failed."""
    failed = 0
    with tempfile.TemporaryDirectory(prefix="framelab-execute-") as workdir:
        env = kernel_environ(workdir)
        for path in paths:
            path = Path(path).resolve()
            try:
                shown = path.relative_to(Path(root).resolve())
            except ValueError:
                shown = path
            print(f"Running {shown} ...", flush=True)
            nb = nbformat.read(path, as_version=4)
            try:
                run(nb, path, env=env)
            except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
                failed += 1
                print(f"  FAILED, left unchanged: {error}", file=sys.stderr)
                continue
            normalize(nb)
            nbformat.validate(nb)
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                nbformat.write(nb, handle)
    return failed


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python course.py execute",
        description="Re-run notebooks in place so their saved outputs are fresh.",
    )
    parser.add_argument(
        "notebooks",
        nargs="*",
        metavar="NOTEBOOK",
        help="notebooks to run (default: notebooks/*.ipynb and solutions/**/*.ipynb)",
    )
    args = parser.parse_args(argv)
    paths = [Path(p) for p in args.notebooks] or lesson_notebooks() + solution_notebooks()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print("No such notebook: " + ", ".join(missing), file=sys.stderr)
        return 2
    if not paths:
        print("There are no notebooks to run yet (notebooks/ and solutions/ are empty).")
        return 0
    failed = execute_in_place(paths)
    if failed:
        print(f"{failed} of {len(paths)} notebooks failed: see the errors above.", file=sys.stderr)
        return 1
    print(f"Ran {len(paths)} notebooks; their outputs are saved.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
