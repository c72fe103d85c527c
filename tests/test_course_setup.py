"""course.py on the machines and folders it meets: issue 13's install and start.

Real components in a temporary folder: a real (tiny) virtual environment with an editable
install's .pth file, moved and copied; an immutable file that cannot be deleted; a folder
deep enough for Windows' path limit; the root user; Python 2.7 and 3.6 where installed; a real
SIGINT (Ctrl+C).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import course

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(os.name == "nt", reason="a POSIX venv layout and signals")


def _tiny_course(folder: Path, where: str) -> Path:
    """A course folder with src/framelab (which says ``where`` it is) and a venv whose editable
    install points at it, as `pip install --editable .` leaves it. Returns the venv."""
    (folder / "src" / "framelab").mkdir(parents=True)
    (folder / "src" / "framelab" / "__init__.py").write_text(f"WHERE = {where!r}\n")
    venv = folder / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    [site] = venv.glob("lib/python*/site-packages")
    (site / "_editable_impl_framelab.pth").write_text(str(folder / "src") + "\n")
    info = site / "framelab-0.1.0.dist-info"
    info.mkdir()
    (info / "direct_url.json").write_text(json.dumps({"url": (folder).as_uri(),
                                                      "dir_info": {"editable": True}}))
    return venv


def _where(venv: Path) -> str:
    done = subprocess.run([str(course.venv_python(venv)), "-c",
                           "import framelab; print(framelab.WHERE)"],
                          capture_output=True, text=True, cwd=venv.parent.parent)
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


# ---------------------------------------------------------------- a moved or copied course


@posix_only
def test_a_copied_course_folders_venv_is_repaired_to_load_its_own_code(tmp_path: Path) -> None:
    old = tmp_path / "Downloads" / "framing-lab"
    _tiny_course(old, "old")
    new = tmp_path / "next-term"
    shutil.copytree(old, new, symlinks=True)
    (new / "src" / "framelab" / "__init__.py").write_text("WHERE = 'new'\n")
    venv = new / ".venv"
    assert _where(venv) == "old"  # the problem: the copy runs the other folder's code
    assert course.moved_from(venv, new) == old
    assert course.repair_moved_venv(venv, old, new)
    assert _where(venv) == "new"
    assert course.moved_from(venv, new) is None
    assert str(old) not in (venv / "bin" / "activate").read_text()


@posix_only
def test_a_moved_course_folders_venv_is_repaired_when_the_old_folder_is_gone(
    tmp_path: Path,
) -> None:
    old = tmp_path / "Downloads" / "framing-lab"
    _tiny_course(old, "moved")
    new = tmp_path / "Documents" / "framing-lab"
    new.parent.mkdir()
    shutil.move(str(old), str(new))
    venv = new / ".venv"
    assert "ModuleNotFoundError" in _where(venv) or _where(venv) != "moved"
    assert course.moved_from(venv, new) == old
    assert course.repair_moved_venv(venv, old, new)
    assert _where(venv) == "moved"


@posix_only
def test_course_py_says_so_and_repairs_a_copied_folder(tmp_path: Path) -> None:
    old = tmp_path / "framing-lab"
    _tiny_course(old, "old")
    for name in ("course.py", "pyproject.toml", "requirements/constraints.txt"):
        (old / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, old / name)
    shutil.copytree(ROOT / "tools", old / "tools",
                    ignore=shutil.ignore_patterns("__pycache__"))
    new = tmp_path / "framing-lab-copy"
    shutil.copytree(old, new, symlinks=True)
    # the stamp of a complete installation, as the first `python course.py lab` left it
    digest = course.hashlib.sha256()
    for path in (new / "pyproject.toml", new / "requirements" / "constraints.txt"):
        digest.update(path.name.encode())
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    (new / ".venv" / course.STAMP).write_text(json.dumps(
        {"fingerprint": digest.hexdigest(), "extras": ["lab", "test"]}))
    done = subprocess.run([sys.executable, str(new / "course.py"), "run-course", "--help"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "This course folder was moved or copied" in done.stdout
    assert str(old) in done.stdout and "Repaired" in done.stdout
    assert "run every lesson" in done.stdout.lower() or "FOLDER" in done.stdout
    again = subprocess.run([sys.executable, str(new / "course.py"), "run-course", "--help"],
                           capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert "moved or copied" not in again.stdout  # repaired once, for good


@posix_only
def test_an_environment_that_cannot_be_repaired_is_removed_for_a_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old"
    _tiny_course(old, "old")
    new = tmp_path / "new"
    shutil.copytree(old, new, symlinks=True)
    shutil.rmtree(new / "src")  # nothing to load here: a repair cannot work
    monkeypatch.setattr(course, "ROOT", new)
    monkeypatch.setattr(course, "VENV", new / ".venv")
    course.check_not_moved()
    out = capsys.readouterr().out
    assert "moved or copied" in out and "a new one is made" in out
    assert not (new / ".venv").exists()


# ---------------------------------------------------------------- making and removing .venv


def test_a_locked_file_in_the_old_environment_gives_a_message_not_a_traceback(
    tmp_path: Path,
) -> None:
    if not shutil.which("chattr"):
        pytest.skip("chattr is needed to lock a file")
    venv = tmp_path / ".venv"
    (venv / "Lib").mkdir(parents=True)
    locked = venv / "Lib" / "python311.dll"
    locked.write_bytes(b"in use")
    if subprocess.run(["chattr", "+i", str(locked)], capture_output=True).returncode != 0:
        pytest.skip("this file system cannot lock a file (chattr +i)")
    try:
        with pytest.raises(course.CourseError) as caught:
            course.create_venv(venv)
        message = str(caught.value)
        assert "Could not delete the old environment" in message
        assert "python311.dll" in message and "Close JupyterLab" in message
    finally:
        subprocess.run(["chattr", "-i", str(locked)])


@posix_only
def test_a_disk_without_symlinks_gets_a_venv_of_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(1, "Operation not permitted")  # what exFAT answers

    assert course.symlinks_work(tmp_path)  # this disk can
    assert "--copies" not in course.venv_command(tmp_path / "a")
    monkeypatch.setattr(os, "symlink", refuse)
    assert not course.symlinks_work(tmp_path)
    command = course.venv_command(tmp_path / "venv")
    assert command[-1] == "--copies"
    monkeypatch.undo()
    subprocess.run(command[:-1] + ["--without-pip", "--copies"], check=True)
    python = course.venv_python(tmp_path / "venv")
    assert python.is_file() and not python.is_symlink()
    assert course.python_works(python)


def test_a_course_folder_too_deep_for_windows_is_refused_before_pip(tmp_path: Path) -> None:
    deep = tmp_path
    while len(str(deep)) < 120:  # OneDrive, and "Extract All" doubling the folder
        deep = deep / "framing-lab-main"
    deep.mkdir(parents=True)
    problem = course.path_length_problem(deep / ".venv", windows=True, long_paths=False)
    assert problem is not None
    assert str(deep) in problem and "Move the course folder" in problem
    assert "260" in problem and "OneDrive" in problem
    assert course.path_length_problem(deep / ".venv", windows=True, long_paths=True) is None
    assert course.path_length_problem(deep / ".venv", windows=False) is None
    assert course.path_length_problem(tmp_path / ".venv", windows=True, long_paths=False) is None


def test_pip_is_not_started_in_a_folder_too_deep_for_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = []
    monkeypatch.setattr(course, "on_windows", lambda: True)
    monkeypatch.setattr(course, "windows_long_paths_enabled", lambda: False)
    monkeypatch.setattr(course.subprocess, "run", lambda *a, **k: started.append(a))
    deep = tmp_path / ("x" * 120)
    with pytest.raises(course.CourseError, match="too deep for Windows"):
        course.pip_install(deep / ".venv" / "Scripts" / "python.exe", ["lab"], None)
    assert not started


# ---------------------------------------------------------------- starting


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_lab_as_root_allows_root_and_says_why() -> None:
    command, notes = course.lab_command(Path("python"), [])
    assert "--allow-root" in command
    assert any("administrator (root)" in note and "--allow-root" in note for note in notes)
    command, notes = course.lab_command(Path("python"), ["--allow-root"])
    assert command.count("--allow-root") == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_jupyter_lab_itself_starts_as_root_with_that_option(tmp_path: Path) -> None:
    if not course.python_works(course.venv_python()):
        pytest.skip("no course environment")
    command, _ = course.lab_command(course.venv_python(), [
        "--no-browser", "--ServerApp.port=0", "--ServerApp.token=x"])
    env = {**course.child_env(), "JUPYTER_RUNTIME_DIR": str(tmp_path)}
    process = subprocess.Popen([str(part) for part in command], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, cwd=ROOT, env=env)
    lines = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "http://" in line:  # the line after "... is running at:"
                break
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
    text = "".join(lines)
    assert "Running as root is not recommended" not in text
    assert "http://" in text, text[-2000:]


@pytest.mark.parametrize("version", ["2.7", "3.6"])
def test_an_old_python_gets_the_friendly_message(version: str) -> None:
    pyenv = sorted((Path.home() / ".pyenv" / "versions").glob(f"{version}.*/bin/python"))
    candidates = [str(p) for p in pyenv] + [shutil.which(f"python{version}") or ""]
    found = next((c for c in candidates if c and subprocess.run(
        [c, "-c", "pass"], capture_output=True).returncode == 0), None)
    if found is None:
        pytest.skip(f"Python {version} is not installed here")
    done = subprocess.run([found, str(ROOT / "course.py"), "lab"], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    output = done.stdout + done.stderr
    assert done.returncode == 1
    assert f"needs Python 3.11 or newer, but this is Python {version}" in output
    assert "python3 course.py lab" in output
    assert "Traceback" not in output and "SyntaxError" not in output


@posix_only
def test_ctrl_c_prints_one_line(tmp_path: Path) -> None:
    script = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import course\n"
        "def slow(*args):\n"
        "    print('working', flush=True)\n"
        "    time.sleep(60)\n"
        "course.ensure_venv = slow\n"
        "sys.exit(course.main(['test']))\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    assert process.stdout.readline().strip() == "working"
    process.send_signal(signal.SIGINT)  # what Ctrl+C in a terminal sends
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert [line for line in out.splitlines() if line.strip()] == [
        "Stopped (Ctrl+C). Nothing is broken: run the same command again to go on."]


def test_course_py_test_runs_on_the_cores_unless_told_how_many() -> None:
    # `-n auto` (pytest-xdist; conftest.py caps it); `-n 0` is the way to run one after another
    assert course.pytest_args([]) == ["-n", "auto"]
    assert course.pytest_args(["-q", "-k", "cleaning"]) == ["-n", "auto", "-q", "-k", "cleaning"]
    for chosen in (["-n", "0"], ["-n0"], ["-n2"], ["--numprocesses=2"], ["-nauto"]):
        assert course.pytest_args(chosen) == chosen


@pytest.mark.parametrize("command", ["test", "lab", "run-course"])
def test_help_before_the_environment_exists_says_so_without_installing(
        command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(course, "VENV", tmp_path / ".venv")  # a fresh machine: no .venv yet

    def no_install(*_args: object) -> None:
        raise AssertionError("--help must not set up the environment")

    monkeypatch.setattr(course, "ensure_venv", no_install)
    assert course.main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert f"python course.py {command}:" in out and "not set up yet" in out
    assert not (tmp_path / ".venv").exists()


def test_help_with_the_environment_set_up_is_the_programs_own(monkeypatch) -> None:
    # this checkout's .venv is set up (the tests run in it): --help goes on to the program
    assert course.venv_ready()
