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
