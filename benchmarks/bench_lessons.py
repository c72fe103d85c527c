"""Benchmark: how long each lesson takes to run top to bottom, as "Restart Kernel and Run All".

Run it from the repository's folder (it is not a test; pytest does not collect benchmarks/):

    .venv/bin/python benchmarks/bench_lessons.py                 lessons and solutions
    .venv/bin/python benchmarks/bench_lessons.py notebooks/04-word-frequencies.ipynb --runs 5
    .venv/bin/python benchmarks/bench_lessons.py notebooks/05-keywords-in-context.ipynb --cells

Each notebook (by default the lessons, ``notebooks/*.ipynb``, and the solutions,
``solutions/**/*.ipynb``) runs in a **fresh kernel** with nbclient, in memory (the file is not
changed), with the notebook's own folder as working directory and the same kernel environment as
the tests and ``python course.py execute`` (``tools/kernelsite.py``: an empty ``NLTK_DATA``, the
inline plot backend): what a student gets with **Kernel → Restart Kernel and Run All Cells**.

Per notebook it prints, as the median of ``--runs`` runs (default 3):

- **kernel**: from starting the kernel to its first answer (ipykernel, IPython, ZeroMQ);
- **cells**: running every code cell, one after the other;
- **total**: both, what the student waits for;

each as wall-clock seconds and as **CPU seconds of the kernel process** (user + system, its
children included, read with psutil). On a machine shared with other work the wall time also
counts the waits for a core; the CPU time does not, and on an idle laptop the wall time is close
to it. The target, ``TARGET_SECONDS`` (2 s) for the whole Restart & Run All, is judged on the
CPU time; a notebook over it is marked, with its slowest cells, so its author can see why.
``--cells`` prints every cell's wall and CPU time too. The load average (``os.getloadavg``) is printed
before and after.

Before the timed runs, one untimed run of the first notebook warms up the disk cache, Python's
compiled files and matplotlib's font cache, which a student's laptop pays for only once after
installing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tools/ (the kernel environment of the tests)

import nbformat  # noqa: E402
import psutil  # noqa: E402 - installed with IPython
from machine import describe_machine  # noqa: E402 - benchmarks/machine.py, beside this script
from nbclient import NotebookClient  # noqa: E402

from tools.kernelsite import kernel_environ  # noqa: E402
from tools.notebooks import lesson_notebooks, solution_notebooks  # noqa: E402

TARGET_SECONDS = 2.0
CELL_TIMEOUT = 300


@dataclass
class Run:
    """One run of one notebook, in seconds: the kernel's start and each code cell (wall), and
    the kernel process's CPU time at its start and over all the cells."""

    kernel: float
    kernel_cpu: float
    cells: dict[int, float] = field(default_factory=dict)
    cells_cpu: float = 0.0
    cell_cpu: dict[int, float] = field(default_factory=dict)

    @property
    def cells_wall(self) -> float:
        return sum(self.cells.values())


def cpu_seconds(process: psutil.Process) -> float:
    """User + system CPU time of ``process`` and of its children that have ended."""
    times = process.cpu_times()
    return times.user + times.system + times.children_user + times.children_system


def run_once(path: Path, env: dict[str, str]) -> Run:
    """Run the notebook at ``path`` top to bottom in a new kernel; time the start and each cell."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                            record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    # The kernel's own stderr (a note that it talks over TCP) would break up the table.
    with client.setup_kernel(env=env, stderr=subprocess.DEVNULL):
        client.wait_for_reply(client.kc.kernel_info())  # the kernel answers: it is ready
        wall = time.perf_counter() - start
        kernel = psutil.Process(client.km.provisioner.pid)
        run = Run(kernel=wall, kernel_cpu=cpu_seconds(kernel))
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            begin, cpu = time.perf_counter(), cpu_seconds(kernel)
            client.execute_cell(cell, index, execution_count=len(run.cells) + 1)
            run.cells[index] = time.perf_counter() - begin
            run.cell_cpu[index] = cpu_seconds(kernel) - cpu
        run.cells_cpu = cpu_seconds(kernel) - run.kernel_cpu
    return run


def first_line(path: Path, index: int) -> str:
    source = nbformat.read(path, as_version=4).cells[index].source
    lines = [line for line in source.splitlines() if line.strip() and not line.startswith("#")]
    text = lines[0].strip() if lines else source.strip()
    return text if len(text) <= 60 else text[:57] + "..."


def load() -> str:
    if not hasattr(os, "getloadavg"):
        return "load average not known (Windows)"
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} ({os.cpu_count()} CPUs)"


def name_of(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT).with_suffix(""))
    except ValueError:
        return path.stem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, metavar="NOTEBOOK",
                        help="notebooks to time (default: notebooks/*.ipynb and "
                        "solutions/**/*.ipynb)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per notebook; the "
                        "median counts (default: 3)")
    parser.add_argument("--cells", action="store_true", help="print every cell's time too")
    args = parser.parse_args(argv)
    paths = ([p.resolve() for p in args.notebooks]
             or lesson_notebooks(ROOT) + solution_notebooks(ROOT))
    missing = [str(p) for p in paths if not p.is_file()]
    if missing or not paths:
        print("No such notebook: " + (", ".join(missing) or "notebooks/*.ipynb"), file=sys.stderr)
        return 2

    print(f"Machine: {describe_machine()}")
    print(f"Before: {load()}")
    print(f"Each notebook in a fresh kernel, median of {args.runs} run(s); seconds, wall-clock "
          f"and CPU of the kernel process. Target: Restart & Run All <= {TARGET_SECONDS:.0f} s "
          "(CPU).\n")
    width = max(len(name_of(p)) for p in paths) + 2
    with tempfile.TemporaryDirectory(prefix="framelab-bench-") as workdir:
        env = kernel_environ(workdir)
        run_once(paths[0], env)  # warm-up, not timed
        print(f"{'':{width}}{'kernel':>14}{'cells':>14}{'total':>14}")
        print(f"{'notebook':{width}}" + f"{'wall':>7}{'CPU':>7}" * 3 + "   slowest cell (wall)")
        sums = [0.0] * 6
        slow = []
        for path in paths:
            runs = [run_once(path, env) for _ in range(args.runs)]
            cells = {i: statistics.median(r.cells[i] for r in runs) for i in runs[0].cells}
            cell_cpu = {i: statistics.median(r.cell_cpu[i] for r in runs) for i in runs[0].cells}
            row = [statistics.median(r.kernel for r in runs),
                   statistics.median(r.kernel_cpu for r in runs),
                   statistics.median(r.cells_wall for r in runs),
                   statistics.median(r.cells_cpu for r in runs),
                   statistics.median(r.kernel + r.cells_wall for r in runs),
                   statistics.median(r.kernel_cpu + r.cells_cpu for r in runs)]
            sums = [a + b for a, b in zip(sums, row, strict=True)]
            worst = max(cells, key=cells.get) if cells else None
            where = (f"cell {worst}: {cells[worst]:.2f} s  {first_line(path, worst)}"
                     if worst is not None else "-")
            over = row[5] > TARGET_SECONDS
            print(f"{name_of(path):{width}}" + "".join(f"{x:>7.2f}" for x in row)
                  + f"   {where}" + ("  > target" if over else ""), flush=True)
            if args.cells:
                for i, seconds in cells.items():
                    print(f"{'':{width}}  cell {i:>3} {seconds:6.3f} s, CPU {cell_cpu[i]:6.3f} s"
                          f"  {first_line(path, i)}")
            if over:
                slow.append((path, cells))
        print(f"{'all':{width}}" + "".join(f"{x:>7.2f}" for x in sums))
    print(f"\nAfter: {load()}")
    if slow:
        print(f"\nOver {TARGET_SECONDS:.0f} s (CPU):")
        for path, cells in slow:
            top = sorted(cells, key=cells.get, reverse=True)[:3]
            print(f"  {name_of(path)}: " + "; ".join(
                f"cell {i} {cells[i]:.2f} s ({first_line(path, i)})" for i in top))
    else:
        print(f"\nEvery notebook runs top to bottom in under {TARGET_SECONDS:.0f} s of CPU time.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
