"""The README's commands are the ones that exist, and CI runs the README's test command."""

import re
from pathlib import Path

import pytest

import course

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
STUDENT_COMMANDS = ("python course.py lab", "python course.py test")


def readme_text() -> str:
    assert README.is_file(), "README.md is missing"
    return README.read_text(encoding="utf-8")


def test_readme_gives_the_two_student_commands():
    text = readme_text()
    for command in STUDENT_COMMANDS:
        assert command in text, f"README.md does not mention `{command}`"


def test_readme_mentions_only_commands_that_exist():
    mentioned = set(re.findall(r"\bcourse\.py\s+([a-z][\w-]*)", readme_text()))
    unknown = sorted(mentioned - set(course.COMMANDS))
    assert not unknown, f"README.md mentions course.py commands that do not exist: {unknown}"


def test_ci_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in script.splitlines() if not line.lstrip().startswith("#")]
    assert "python3 course.py test" in lines, ".ci/run must run `python3 course.py test`"


# ------------------------------------------------------------------ the README's Python examples

FENCE = re.compile(r"^```python[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_python_blocks(text: str) -> list[str]:
    """The ```python blocks of a Markdown text, in order.

    >>> readme_python_blocks("Intro\\n```python\\nx = 1\\n```\\n```bash\\nls\\n```\\n")
    ['x = 1\\n']
    """
    return FENCE.findall(text)


def run_python_blocks(blocks: list[str], namespace: dict | None = None) -> dict:
    """Run the blocks one after the other in one namespace (later ones may use earlier names)."""
    namespace = {"__name__": "__readme__"} if namespace is None else namespace
    for number, block in enumerate(blocks, start=1):
        exec(compile(block, f"README.md python block {number}", "exec"), namespace)
    return namespace


def test_readme_python_examples_run(monkeypatch, tmp_path):
    blocks = readme_python_blocks(readme_text()) if README.is_file() else []
    if not blocks:
        pytest.skip("README.md has no ```python examples yet")
    monkeypatch.chdir(tmp_path)  # the examples must not depend on the current folder
    run_python_blocks(blocks)
