"""The benchmarks run on Windows too: no module that only macOS and Linux have."""

import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_scale_imports_and_measures_without_the_resource_module():
    # Windows has no `resource`: a Python without it, for real, in a fresh process
    script = ("import sys; sys.modules['resource'] = None\n"
              f"sys.path.insert(0, {str(ROOT / 'benchmarks')!r})\n"
              "import bench_scale\n"
              "print(bench_scale.peak_memory_mb())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    own, children = eval(done.stdout.strip().splitlines()[-1], {"nan": math.nan})
    assert math.isnan(children)  # not known without resource


def test_bench_scale_measures_with_resource_where_it_exists():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_scale
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    own, children = bench_scale.peak_memory_mb()
    if sys.platform != "win32":
        assert own > 10  # this test process uses more than 10 MB


def test_bench_run_course_reads_what_a_real_run_course_wrote(tmp_path):
    # run-course prints progress bars between its lines; the benchmark reads its summary file
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_run_course
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rows = bench_run_course.run(2, tmp_path, lessons=["00"])  # 2 articles, one lesson: quick
    assert [row[:2] for row in rows] == [("00-welcome.ipynb", "ok")]
    _lesson, _status, seconds, cpu, mb = rows[0]
    executed = tmp_path / "out-2" / "00-welcome.ipynb"
    assert mb == executed.stat().st_size / 1e6 > 0
    assert seconds > 0
    assert cpu is None if sys.platform == "win32" else 0 < cpu
    table = bench_run_course.table(rows)
    assert "| 00-welcome.ipynb | ok |" in table and "| all | 1 of 1 ok |" in table


def test_bench_scale_builds_a_corpus_folder_to_keep(tmp_path):
    # an instructor's way to a large corpus to try run-course on (--build): kept, not analysed
    command = [sys.executable, str(ROOT / "benchmarks" / "bench_scale.py"), "--sizes", "12",
               "--build", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    folder = tmp_path / "corpus-12"
    assert f"Built {folder}: 12 articles" in done.stdout
    assert len(list(folder.glob("*.txt"))) == 12 and (folder / "metadata.csv").is_file()
    import framelab
    assert len(framelab.load_corpus(folder, quiet=True)) == 12
    facts = framelab.course_facts(folder)
    assert (facts.event_date, facts.language) == ("2022-02-24", "nl")
    again = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert again.returncode == 2 and "exists already" in again.stderr
