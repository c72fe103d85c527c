"""Run the whole course on generated corpora of several sizes: seconds and MB per lesson.

Not a test (a corpus of 20,000 articles takes long): it checks by hand what
``python course.py run-course`` promises, that every lesson runs on 2 articles as on 20,000
and that the executed notebooks stay small. The articles are the course's sentences, mixed
(``tests/generated_corpus.py``, as the pipeline tests use).

    cd benchmarks && ../.venv/bin/python bench_run_course.py --sizes 2 2000
    cd benchmarks && nice -n 10 ../.venv/bin/python bench_run_course.py --sizes 20000 --keep out
    (on Windows: ..\\.venv\\Scripts\\python bench_run_course.py --sizes 2 600)

The figures come from the ``run-course-summary.json`` that run-course writes into its output
folder (not from the text it prints, which has progress bars in it): per lesson its status, the
wall seconds, the CPU seconds of run-course and the lesson's kernel (user + system; not on
Windows) and the executed notebook's size. The machine's load (``os.getloadavg``) is printed
with each table, since wall times mean little on a busy machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from generated_corpus import write_generated_corpus  # noqa: E402 - tests/, for its corpus

from tools.runcourse import read_summary  # noqa: E402 - the course's tools/

Row = tuple[str, str, float, float | None, float]


def rows_of(out: Path) -> list[Row]:
    """(lesson, status, wall seconds, CPU seconds or None, MB) per lesson of a run-course run
    whose output folder is ``out``."""
    return [(entry["lesson"], entry["status"], float(entry["seconds"]), entry["cpu_seconds"],
             entry["bytes"] / 1e6) for entry in read_summary(out)["lessons"]]


def run(size: int, work: Path, *, lessons: list[str] | None = None) -> list[Row]:
    """Run the lessons (all, or ``lessons``) on ``size`` generated articles in ``work``."""
    folder = work / f"corpus-{size}"
    folder.mkdir()
    write_generated_corpus(folder, articles=size, seed=size)
    out = work / f"out-{size}"
    command = [sys.executable, "-m", "tools.runcourse", f"--cwd={work}", folder.name,
               "--out", out.name]
    if lessons:
        command += ["--lessons", *lessons]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1) or not (out / "run-course-summary.json").exists():
        print(done.stdout[-3000:], done.stderr[-3000:])
        return []
    return rows_of(out)


def table(rows: list[Row]) -> str:
    """A Markdown table of ``rows``, with a line of totals."""
    lines = ["| lesson | status | wall s | CPU s | MB |", "|---|---|---:|---:|---:|"]
    for lesson, status, seconds, cpu, mb in rows:
        cpu_text = "" if cpu is None else f"{cpu:.1f}"
        lines.append(f"| {lesson} | {status} | {seconds:.1f} | {cpu_text} | {mb:.2f} |")
    cpus = [cpu for *_, cpu, _mb in rows if cpu is not None]
    lines.append(f"| all | {sum(r[1] == 'ok' for r in rows)} of {len(rows)} ok | "
                 f"{sum(r[2] for r in rows):.1f} | {sum(cpus):.1f} | "
                 f"{sum(r[4] for r in rows):.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 600, 20_000])
    parser.add_argument("--lessons", nargs="+", metavar="NN", help="only these lessons")
    parser.add_argument("--keep", metavar="FOLDER",
                        help="copy the executed notebooks to FOLDER/out-SIZE to read them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="framelab-run-course-") as tmp:
        for size in args.sizes:
            rows = run(size, Path(tmp), lessons=args.lessons)
            load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
            print(f"\n{size:,} articles (load average {load}, {os.cpu_count()} cores):")
            print(table(rows), flush=True)
            if args.keep:
                shutil.copytree(Path(tmp) / f"out-{size}", Path(args.keep) / f"out-{size}",
                                dirs_exist_ok=True)


if __name__ == "__main__":
    main()
