"""Run the whole course on generated corpora of several sizes: seconds and MB per lesson.

Not a test (a corpus of 20,000 articles takes long): it checks by hand what
``python course.py run-course`` promises, that every lesson runs on 2 articles as on 20,000
and that the executed notebooks stay small. The articles are the course's sentences, mixed
(``tests/generated_corpus.py``, as the pipeline tests use).

    cd benchmarks && ../.venv/bin/python bench_run_course.py --sizes 2 600
    (on Windows: ..\\.venv\\Scripts\\python bench_run_course.py --sizes 2 600)
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from generated_corpus import write_generated_corpus  # noqa: E402 - tests/, for its corpus

LINE = re.compile(r"Running (\S+) on .*?\n.*?(ok|stopped[^(]*|could not run[^(]*)"
                  r"\((\d+\.\d) s, ([\d.]+) (MB|KB)\)", re.DOTALL)


def run(size: int, work: Path) -> list[tuple[str, str, float, float]]:
    """Run every lesson on ``size`` generated articles: (lesson, status, seconds, MB)."""
    folder = work / f"corpus-{size}"
    folder.mkdir()
    write_generated_corpus(folder, articles=size, seed=size)
    done = subprocess.run([sys.executable, "-m", "tools.runcourse", f"--cwd={work}",
                           folder.name, "--out", f"out-{size}"], cwd=ROOT, capture_output=True,
                          text=True)
    text = done.stdout.replace("\r", "\n")
    rows = []
    for lesson, status, seconds, amount, unit in LINE.findall(text):
        mb = float(amount) / (1000 if unit == "KB" else 1)
        rows.append((lesson, status.strip(), float(seconds), mb))
    if done.returncode not in (0, 1) or not rows:
        print(done.stdout[-3000:], done.stderr[-3000:])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 600, 20_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="framelab-run-course-") as tmp:
        for size in args.sizes:
            rows = run(size, Path(tmp))
            print(f"\n{size:,} articles:")
            print("| lesson | status | seconds | MB |\n|---|---|---|---|")
            for lesson, status, seconds, mb in rows:
                print(f"| {lesson} | {status} | {seconds:.1f} | {mb:.2f} |")


if __name__ == "__main__":
    main()
