"""Test-suite setup for every file pytest collects: tests/, src/ (doctests), notebooks/ and
solutions/ (nbval).

It lives at the top of the repository because pytest applies a conftest's collection hooks only to
files below its own folder: in tests/conftest.py the nbval hook below would never see notebooks/.

* Kernels (nbval's and the tests') inherit, from the environment set here at import time: an
  empty ``NLTK_DATA`` folder that is also the only place NLTK looks (so no nltk_data installed on
  a machine can hide a dependency), no ``MPLBACKEND`` (kernels use their inline backend, as in
  JupyterLab), the kernel ``python3`` meaning this environment's Python (see
  tools/kernelsite.py), and ``FRAMELAB_CACHE=off``: no results kept in the user's cache folder
  (framelab.cache; tests/test_cache.py tries it in a folder of its own).
* nbval does not compare ``text/html`` (pandas changes its DataFrame markup between versions);
  ``text/plain`` is still compared.
* ``-n auto`` (pytest-xdist; ``python course.py test`` gives it) means one worker per core, at
  most :data:`MAX_WORKERS`, and none (the tests one after another) on a single core. Each test
  file and each notebook runs whole on one worker (``--dist=loadscope`` in pyproject.toml).
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tools.kernelsite import kernel_environ, only_nltk_data

ROOT = Path(__file__).resolve().parent

collect_ignore = ["nbgrader_config.py", "course.py", "tools"]

SESSION_DIR = Path(tempfile.mkdtemp(prefix="framelab-tests-"))
os.environ.pop("MPLBACKEND", None)
os.environ.update(kernel_environ(SESSION_DIR))
# framelab.cache: no results in the user's cache folder (the tests that try it set their own)
os.environ["FRAMELAB_CACHE"] = "off"
only_nltk_data(os.environ["NLTK_DATA"])  # the same, in this process

NBVAL_SKIP_COMPARE = ("text/html",)
# Each worker runs its own kernels (and the grading its own sandboxes): more than 4 workers would
# ask a student's laptop for more memory than it gains in time.
MAX_WORKERS = 4


def pytest_configure(config):
    # In this process (doctests, tests) plots go to files, never to a window. Importing
    # matplotlib here also builds its font cache before any kernel could warn about it on stderr.
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.font_manager  # noqa: F401
    except ImportError:
        pass
    # --nbval-sanitize-with is given relative to the repository in pyproject.toml.
    sanitize = getattr(config.option, "nbval_sanitize_with", None)
    if sanitize and not Path(sanitize).is_absolute() and not Path(sanitize).exists():
        if (ROOT / sanitize).exists():
            config.option.nbval_sanitize_with = str(ROOT / sanitize)


def pytest_report_header(config):
    return f"framelab kernels: NLTK_DATA={os.environ['NLTK_DATA']} (empty, the only NLTK path)"


def pytest_collectstart(collector):
    skip = getattr(collector, "skip_compare", None)
    if isinstance(skip, tuple):  # an nbval notebook (IPyNbFile)
        collector.skip_compare = skip + tuple(t for t in NBVAL_SKIP_COMPARE if t not in skip)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """How many workers ``-n auto`` starts: see the top of this file."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return int(os.environ["PYTEST_XDIST_AUTO_NUM_WORKERS"])
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # Windows, macOS
        cores = os.cpu_count() or 1
    return min(cores, MAX_WORKERS) if cores > 1 else 0


def pytest_unconfigure(config):
    shutil.rmtree(SESSION_DIR, ignore_errors=True)
