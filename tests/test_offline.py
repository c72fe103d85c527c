"""The library and the lessons work with the network unavailable.

Students work in classrooms with bad Wi-Fi, and NLTK in particular likes to download things. A
socket guard (tools/netguard.py) refuses every connection that leaves the machine, before any packet
is sent, and records what was tried. It runs here in-process, and inside notebook kernels through a
``sitecustomize.py`` on ``PYTHONPATH`` (tools/kernelsite.py). NLTK_DATA is an empty folder and the
only place NLTK looks (set up by the top conftest.py).
"""

import io
import os
import re
import socket
import tokenize
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from tools import netguard
from tools.notebooks import error_outputs, lesson_notebooks, run

ROOT = Path(__file__).resolve().parent.parent
MARK = netguard.MARK


def attempts(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


@pytest.fixture()
def guarded(monkeypatch, tmp_path):
    """The guard on in this process for one test; yields the file that records attempts."""
    log = tmp_path / "attempts.log"
    netguard.install(record_to=str(log), setattr_=monkeypatch.setattr)
    yield log
    netguard._record_to = None


@pytest.fixture()
def guarded_kernel_env(kernel_env, tmp_path):
    """Kernel environment with the guard on; ``env["FRAMELAB_NETGUARD_LOG"]`` records attempts."""
    env = dict(kernel_env)
    env[netguard.ENV_LOG] = str(tmp_path / "kernel-attempts.log")
    return env


def assert_nltk_data_empty():
    folder = os.environ["NLTK_DATA"]
    assert os.path.isdir(folder) and not os.listdir(folder), f"NLTK_DATA {folder} is not empty"


# ------------------------------------------------------------------ the guard itself


def test_guard_refuses_the_outside_and_allows_loopback(guarded):
    assert netguard.installed()
    # Both are refused by the guard itself, before any lookup or packet (192.0.2.1 is TEST-NET-1).
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(OSError, match="blocked"):
        socket.getaddrinfo("example.invalid", 80)
    assert len(attempts(guarded)) == 2
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=5):
            pass
    assert len(attempts(guarded)) == 2


def test_guard_is_on_in_a_kernel(guarded_kernel_env, tmp_path):
    nb = new_notebook()
    nb.cells = [
        # The second cell runs only if this one shows that the guard is on.
        new_code_cell(f"import socket\nassert getattr(socket.socket.connect, {MARK!r}, False)"),
        new_code_cell(
            "import urllib.request\n"
            "try:\n"
            "    urllib.request.urlopen('http://example.invalid/', timeout=2)\n"
            "except OSError as error:\n"
            "    print('refused:', error)"
        ),
    ]
    run(nb, tmp_path / "probe.ipynb", env=guarded_kernel_env)
    assert "refused:" in nb.cells[1].outputs[0]["text"]
    tried = attempts(Path(guarded_kernel_env[netguard.ENV_LOG]))
    assert tried, "the guard did not record the attempt"
    assert all("example.invalid" in line for line in tried), tried  # nothing else was tried


# ------------------------------------------------------------------ the library, in-process


def test_nltk_looks_only_in_an_empty_folder():
    import nltk.data

    assert nltk.data.path == [os.environ["NLTK_DATA"]]
    assert_nltk_data_empty()


def test_library_works_offline(guarded):
    import framelab

    corpus = framelab.load_corpus()
    assert isinstance(corpus, pd.DataFrame)
    assert len(corpus) == 5
    framelab.setup_check()
    assert attempts(guarded) == []
    assert_nltk_data_empty()


# ------------------------------------------------------------------ the lessons, in kernels

PROBE = f"""\
import os, socket, sys
import nltk.data
print(repr(os.environ.get("NLTK_DATA")))
print(repr(nltk.data.path))
print(repr(sorted(os.listdir(os.environ["NLTK_DATA"]))))
print(repr(bool(getattr(socket.socket.connect, {MARK!r}, False))))
"""


def meant_to_raise(cell) -> bool:
    first = cell.source.lstrip().splitlines()[:1]
    return "raises-exception" in cell.metadata.get("tags", []) or (
        bool(first) and first[0].strip() == "# NBVAL_RAISES_EXCEPTION"
    )


LESSONS = lesson_notebooks(ROOT)


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, id=p.name) for p in LESSONS]
    or [pytest.param(None, marks=pytest.mark.skip(reason="no lesson notebooks yet"))],
)
def test_lesson_runs_offline(path, guarded_kernel_env):
    nb = nbformat.read(path, as_version=4)
    lesson_cells = len(nb.cells)
    nb.cells.append(new_code_cell(PROBE))
    run(nb, path, env=guarded_kernel_env, allow_errors=True)

    errors = [
        f"cell {index}: {ename}: {evalue}"
        for index, ename, evalue in error_outputs(nb)
        if index < lesson_cells and not meant_to_raise(nb.cells[index])
    ]
    assert not errors, f"{path.name} fails offline:\n" + "\n".join(errors)
    tried = attempts(Path(guarded_kernel_env[netguard.ENV_LOG]))
    assert not tried, f"{path.name} tried to reach the network:\n" + "\n".join(tried)

    probe = "".join(o.get("text", "") for o in nb.cells[-1].outputs).splitlines()
    nltk_data = guarded_kernel_env["NLTK_DATA"]
    assert probe == [repr(nltk_data), repr([nltk_data]), "[]", "True"], probe
    assert_nltk_data_empty()


# ------------------------------------------------------------------ no network code at all

NETWORK_CODE = re.compile(
    r"nltk\s*\.\s*download|urllib\s*\.\s*request|\brequests\s*\.|\bimport requests\b"
    r"|\bfrom urllib import request\b|\burlopen\b"
)


def code_only(source: str) -> str:
    """Python source without comments and string literals (prose may mention nltk.download)."""
    kept = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type not in (tokenize.COMMENT, tokenize.STRING) and token.string.strip():
                kept.append(token.string)
        return " ".join(kept)
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return source  # e.g. notebook magics: check the raw text


def code_sources(folder: Path):
    for path in sorted(folder.rglob("*")):
        if ".ipynb_checkpoints" in path.parts or "__pycache__" in path.parts:
            continue
        if path.suffix == ".py":
            yield path, path.read_text(encoding="utf-8")
        elif path.suffix == ".ipynb":
            nb = nbformat.read(path, as_version=4)
            for index, cell in enumerate(nb.cells):
                if cell.cell_type == "code":
                    yield path.with_name(f"{path.name}[cell {index}]"), cell.source


def test_no_code_reaches_for_the_network():
    found = []
    for folder in ("src", "notebooks", "solutions"):
        for where, source in code_sources(ROOT / folder):
            for match in NETWORK_CODE.finditer(code_only(source)):
                found.append(f"{where.relative_to(ROOT).as_posix()}: {match.group(0)}")
    assert not found, "Code that needs the internet (the kit must work offline):\n" + "\n".join(
        found
    )


def test_no_network_code_checker_sees_through_formatting():
    # The checker reads code, not prose: cases it must and must not report.
    assert NETWORK_CODE.search(code_only("import nltk\nnltk.download('punkt')\n"))
    assert NETWORK_CODE.search(code_only("from urllib.request import urlopen\n"))
    assert NETWORK_CODE.search(code_only("import requests\nrequests.get(url)\n"))
    assert not NETWORK_CODE.search(code_only("# no nltk.download needed\nx = 1\n"))
    assert not NETWORK_CODE.search(code_only('"""Never calls nltk.download()."""\n'))
