"""How long grading a class of 30 takes: `python benchmarks/bench_grading.py [--jobs 2]`.

The class: 30 copies of exercise 01 answered as in the tests (tests/test_grading.py's right
answers), graded with `python course.py grade`'s code in the sandbox where bubblewrap is
installed. Prints the seconds. The README's number (about 150 s on two cores, 2 students at a
time, before the sandbox) is the one to stay under; on a shared machine numbers are rough.
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_grading import answered  # noqa: E402

from tools.grading import grade, sandbox  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        submissions = Path(folder, "submissions")
        for number in range(args.students):
            (submissions / f"student{number:02d}").mkdir(parents=True)
            nbformat.write(answered(), submissions / f"student{number:02d}" / "01-reading.ipynb")
        start = time.monotonic()
        grade(submissions, Path(folder, "grades"), exercise="01-reading", jobs=args.jobs,
              say=lambda *a: None)
        seconds = time.monotonic() - start
    print(f"{args.students} students, {args.jobs} at a time, "
          f"{sandbox.find_tool() or 'no sandbox'}: {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
