"""Benchmark: how long each lesson takes to run top to bottom, as "Restart Kernel and Run All".

Run it from the repository's folder (it is not a test; pytest does not collect benchmarks/):

    .venv/bin/python benchmarks/bench_lessons.py                 all lessons, notebooks/*.ipynb
    .venv/bin/python benchmarks/bench_lessons.py notebooks/04-word-frequencies.ipynb --runs 5

Each lesson notebook runs in a **fresh kernel** with nbclient, in memory (the file is not
changed), with the notebook's own folder as working directory and the same kernel environment as
the tests and ``python course.py execute`` (``tools/kernelsite.py``: an empty ``NLTK_DATA``, the
inline plot backend): what a student gets with **Kernel → Restart Kernel and Run All Cells**.
Per lesson it prints the seconds to start the kernel, to run the cells, and both together, the
median of ``--runs`` runs (default 3), and the slowest cell. Before the timed runs, one untimed
run of the first notebook warms up the disk cache, Python's compiled files and matplotlib's font
cache, which a student's laptop pays for only once after installing.

The target is a few seconds per lesson, at most ``TARGET_SECONDS`` (10 s) on a student laptop; a
lesson over it is marked, with its slowest cells, so its author can see why.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tools/ (the kernel environment of the tests)

import nbformat  # noqa: E402
from machine import describe_machine  # noqa: E402 - benchmarks/machine.py, beside this script
from nbclient import NotebookClient  # noqa: E402

from tools.kernelsite import kernel_environ  # noqa: E402
from tools.notebooks import lesson_notebooks  # noqa: E402

TARGET_SECONDS = 10.0
CELL_TIMEOUT = 300


@dataclass
class Run:
    """One run of one notebook: the kernel's start and each code cell, in seconds."""

    kernel: float
    cells: dict[int, float] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return self.kernel + sum(self.cells.values())


def run_once(path: Path, env: dict[str, str]) -> Run:
    """Run the notebook at ``path`` top to bottom in a new kernel; time the start and each cell."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                            record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    with client.setup_kernel(env=env):
        client.wait_for_reply(client.kc.kernel_info())  # the kernel answers: it is ready
        run = Run(kernel=time.perf_counter() - start)
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            begin = time.perf_counter()
            client.execute_cell(cell, index, execution_count=len(run.cells) + 1)
            run.cells[index] = time.perf_counter() - begin
    return run


def first_line(path: Path, index: int) -> str:
    source = nbformat.read(path, as_version=4).cells[index].source
    lines = [line for line in source.splitlines() if line.strip() and not line.startswith("#")]
    text = lines[0].strip() if lines else source.strip()
    return text if len(text) <= 60 else text[:57] + "..."


def machine() -> str:
    return describe_machine()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, metavar="NOTEBOOK",
                        help="lesson notebooks to time (default: notebooks/*.ipynb)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per lesson; the median "
                        "counts (default: 3)")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.notebooks] or lesson_notebooks(ROOT)
    missing = [str(p) for p in paths if not p.is_file()]
    if missing or not paths:
        print("No such notebook: " + (", ".join(missing) or "notebooks/*.ipynb"), file=sys.stderr)
        return 2

    print(f"Machine: {machine()}")
    print(f"Each lesson in a fresh kernel, median of {args.runs} run(s); seconds.\n")
    with tempfile.TemporaryDirectory(prefix="framelab-bench-") as workdir:
        env = kernel_environ(workdir)
        run_once(paths[0], env)  # warm-up, not timed
        print(f"{'lesson':34}{'kernel':>8}{'cells':>8}{'total':>8}   slowest cell")
        totals, slow = [], []
        for path in paths:
            runs = [run_once(path, env) for _ in range(args.runs)]
            kernel = statistics.median(r.kernel for r in runs)
            cells = {i: statistics.median(r.cells[i] for r in runs) for i in runs[0].cells}
            total = kernel + sum(cells.values())
            totals.append(total)
            worst = max(cells, key=cells.get) if cells else None
            where = (f"cell {worst}: {cells[worst]:.2f} s  {first_line(path, worst)}"
                     if worst is not None else "-")
            mark = "  > target" if total > TARGET_SECONDS else ""
            print(f"{path.stem:34}{kernel:>8.2f}{sum(cells.values()):>8.2f}{total:>8.2f}   "
                  f"{where}{mark}", flush=True)
            if total > TARGET_SECONDS:
                slow.append((path, cells))
        print(f"{'all lessons':34}{'':>8}{'':>8}{sum(totals):>8.2f}")
    if slow:
        print(f"\nOver {TARGET_SECONDS:.0f} s:")
        for path, cells in slow:
            top = sorted(cells, key=cells.get, reverse=True)[:3]
            print(f"  {path.name}: " + "; ".join(
                f"cell {i} {cells[i]:.2f} s ({first_line(path, i)})" for i in top))
    else:
        print(f"\nEvery lesson runs top to bottom in under {TARGET_SECONDS:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
