"""The code follows the project's lint rules (configured in pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(ruff).exists() and not shutil.which("ruff"):
        pytest.fail("ruff is not installed; it comes with the 'test' extra (python course.py test).")
    paths = ["src", "tests", "tools", "course.py", "conftest.py", "nbgrader_config.py"]
    # A student copy has no nbgrader_config.py (python course.py student-copy leaves it out).
    paths = [p for p in paths if (ROOT / p).exists() or (ROOT / "solutions").is_dir()]
    result = subprocess.run([ruff, "check", *paths], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
