"""The sandbox a student's notebook runs in: bubblewrap on Linux, limits only elsewhere.

With bubblewrap (``bwrap``, Debian/Ubuntu package ``bubblewrap``) each student's notebook runs
in a sandbox of its own (see :func:`command`):

* it sees only what a kernel needs, read-only: the system folders (``/usr``, ``/etc`` ...),
  Python and the course environment, the ``framelab`` package and the course's corpus; and its
  scratch folder (the notebook, nothing else), the only place it can write besides an own small
  ``/tmp``. The repository (``solutions/``, the grader, the submissions, the grades folder),
  the home folder and the classmates' scratch folders are not there at all;
* own process, network, IPC and host-name namespaces: no network, no other process visible
  (not the grader's command line, not a classmate's), nothing left running when it ends, and it
  dies with the grader (``--die-with-parent``);
* environment variables set from scratch (nothing of the instructor's);
* limits per process (:data:`LIMITS`): memory (address space), file size, and, because the
  sandbox runs under a user id of its own when grading as root, the number of processes.

Without bubblewrap, util-linux's ``unshare`` builds the same sandbox (:func:`unshare`). Without
either (macOS, Windows, a Linux without user namespaces) the notebook runs as a plain child
process with the limits the platform offers, and the grader says once which protections are
missing (:func:`missing_protections`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows
    resource = None

MiB = 1024 * 1024
LIMITS = {
    "memory": 2048 * MiB,  # address space of each process
    "file_size": 64 * MiB,  # each file written
    "processes": 256,  # processes and threads of the sandbox's user id
    "tmp": 256 * MiB,  # the sandbox's own /tmp
    "disk": 512 * MiB,  # all files in the sandbox's folder (its home) together
    "memory_total": 4096 * MiB,  # resident memory of all the sandbox's processes together
}
OUTPUT_LIMIT = 500_000  # characters of output per cell in the feedback (a chart is ~100,000)
TOTAL_OUTPUT_LIMIT = 2_000_000  # characters of output of a whole notebook
FIRST_UID = 62000  # grading as root: sandbox number n runs as user id FIRST_UID + n
INSIDE_HOME = "/home/student"
INSIDE = Path("/grader")


def bwrap() -> str | None:
    """The bubblewrap program, if it is installed and works here (user namespaces allowed)."""
    if not sys.platform.startswith("linux"):
        return None
    program = shutil.which("bwrap") or (
        "/usr/bin/bwrap" if Path("/usr/bin/bwrap").is_file() else None)
    if not program:
        return None
    try:
        done = subprocess.run([program, *_system_binds(), "--unshare-pid", "--unshare-net",
                               *(() if os.geteuid() == 0 else ("--unshare-user",)),
                               "--die-with-parent", "--", "/usr/bin/true"],
                              capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return program if done.returncode == 0 else None


UNSHARE = "unshare:"  # the tool named so: util-linux's unshare, where bubblewrap is missing

# Run by unshare's shell in the new namespaces: the same view of the files as bubblewrap's,
# built with mount, then the runner in a chroot without capabilities.
UNSHARE_SCRIPT = r"""
set -e
root=$1; scratch=$2; helpers=$3; tmpsize=$4; chroot=$5; python=$6; shift 6
# the new network namespace's loopback is down: bring it up (the kernel talks to the runner on it)
"$python" -I -c '
import fcntl, socket, struct
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
flags = struct.unpack("16sH", fcntl.ioctl(s, 0x8913, struct.pack("16sH", b"lo", 0)))[1]
fcntl.ioctl(s, 0x8914, struct.pack("16sH", b"lo", flags | 1))
'
ro() { mkdir -p "$root$2"; mount --rbind "$1" "$root$2"; mount -o remount,bind,ro "$root$2"; }
mount -t tmpfs -o mode=755 tmpfs "$root"
# the sandbox's own /tmp first: a course (or its venv) under /tmp is bound on top of it below
mkdir -p "$root/tmp"
mount -t tmpfs -o "mode=1777,size=$tmpsize" tmpfs "$root/tmp"
ro /usr /usr
ro /etc /etc
for name in bin sbin lib lib32 lib64 libx32; do
    if [ -L "/$name" ]; then ln -s "$(readlink "/$name")" "$root/$name";
    elif [ -d "/$name" ]; then ro "/$name" "/$name"; fi
done
while [ "$1" != "--" ]; do ro "$1" "$1"; shift; done
shift
ro "$helpers" /grader
mkdir -p "$root/home/student" "$root/proc" "$root/dev"
mount --bind "$scratch" "$root/home/student"
mount -t proc proc "$root/proc"
mount -t tmpfs -o mode=755 tmpfs "$root/dev"
for node in null zero full random urandom; do
    touch "$root/dev/$node"; mount --bind "/dev/$node" "$root/dev/$node"
done
cd /
exec "$chroot" "$root" /bin/sh -c 'cd /home/student && exec "$@"' sh "$@"
"""


def unshare() -> str | None:
    """util-linux's unshare, if it can make the namespaces here (the fallback for bwrap)."""
    if not sys.platform.startswith("linux"):
        return None
    program = shutil.which("unshare") or (
        "/usr/bin/unshare" if Path("/usr/bin/unshare").is_file() else None)
    if not program or not (shutil.which("chroot") or Path("/usr/sbin/chroot").exists()):
        return None
    user = () if os.geteuid() == 0 else ("--map-root-user",)
    try:
        done = subprocess.run([program, *user, "--pid", "--fork", "--mount", "--net", "--ipc",
                               "--uts", "--", "/bin/sh", "-c", "mount -t tmpfs tmpfs /mnt"],
                              capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return UNSHARE + program if done.returncode == 0 else None


def find_tool() -> str | None:
    """The sandbox tool to use: bubblewrap, else unshare, else None (no sandbox).

    ``FRAMELAB_GRADING_SANDBOX`` set to ``unshare`` or ``none`` chooses the fallback (for the
    tests of those paths; never needed otherwise).
    """
    choice = os.environ.get("FRAMELAB_GRADING_SANDBOX", "")
    if choice == "none":
        return None
    if choice != "unshare":
        found = bwrap()
        if found:
            return found
    return unshare()


def missing_protections(tool: str | None) -> str:
    """What the grader says, once, when it grades without the sandbox."""
    if tool:
        return ""
    where = ("bubblewrap is not installed (sudo apt-get install bubblewrap) or cannot run here"
             if sys.platform.startswith("linux") else f"there is no sandbox on {sys.platform}")
    limits = ("memory and file-size limits per process" if resource is not None
              else "no limits but the time limit per cell")
    return (f"Warning: {where}. The students' code runs with your rights, as under nbgrader: "
            "it can read and change your files (solutions/ included), reach the network and "
            f"leave processes running. What still holds: {limits}, the time limit per cell, "
            "and the hidden tests run outside the students' notebooks, on their answers as "
            "plain data. Grade on Linux with bubblewrap for the rest (README, Safe to run).")


def _system_binds() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc"):
        path = Path(name)
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), name]
        elif path.is_dir():
            args += ["--ro-bind", name, name]
    return args


def _python_folders() -> list[Path]:
    """The folders Python and the course environment live in (outside /usr)."""
    folders = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix),
               Path(os.path.realpath(sys.executable)).parent.parent}
    return sorted(f.resolve() for f in folders
                  if not f.resolve().is_relative_to("/usr") and f.resolve() != Path("/"))


def kernel_paths() -> list[Path]:
    """What the kernel needs to see besides the system and Python: the framelab package and
    the course's corpus (an editable install's package lies in the repository's src/)."""
    import framelab
    from framelab.corpus import bundled_corpus_folder

    return [Path(framelab.__file__).resolve().parent, bundled_corpus_folder().resolve()]


def environment(inside: bool, helpers: Path, home: Path) -> dict[str, str]:
    """The variables the runner and the kernel get: set from scratch, none of the grader's."""
    venv_bin = str(Path(sys.executable).parent)
    helper = INSIDE if inside else helpers
    tmp = Path("/tmp") if inside else home / ".tmp"
    env = {
        "PATH": os.pathsep.join([venv_bin, "/usr/local/bin", "/usr/bin", "/bin"]),
        "HOME": str(tmp / "home"),
        "TMPDIR": str(tmp),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "IPYTHONDIR": str(tmp / "ipython"),
        "JUPYTER_RUNTIME_DIR": str(tmp / "jupyter"),
        "JUPYTER_PREFER_ENV_PATH": "1",
        "MPLCONFIGDIR": str(tmp / "matplotlib"),
        "FRAMELAB_MPL_CACHE": str(helper / "matplotlib"),
        "FRAMELAB_CACHE": "off",  # framelab.cache: nothing kept between submissions
        "NLTK_DATA": str(helper / "nltk_data"),
        "FRAMELAB_ONLY_NLTK_DATA": "1",
        "PYTHONPATH": str(helper / "site"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    if sys.platform == "win32":
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env["PATH"] = os.pathsep.join([venv_bin, os.environ.get("PATH", "")])
    return env


def set_limits() -> None:
    """In the child, before it runs the sandbox: the limits of :data:`LIMITS`."""
    if resource is None:
        return
    for name, value in ((getattr(resource, "RLIMIT_AS", None), LIMITS["memory"]),
                        (resource.RLIMIT_FSIZE, LIMITS["file_size"]),
                        (resource.RLIMIT_CORE, 0),
                        (getattr(resource, "RLIMIT_NPROC", None), LIMITS["processes"])):
        if name is None:
            continue
        if name == getattr(resource, "RLIMIT_NPROC", None) and os.geteuid() != 0:
            continue  # an ordinary user's limit counts all their processes, not the sandbox's
        try:
            resource.setrlimit(name, (value, value))
        except (ValueError, OSError):
            pass


def command(tool: str | None, scratch: Path, helpers: Path, slot: int) -> tuple[list[str], dict]:
    """The command that runs the runner (its job on standard input), and its environment.

    ``helpers`` holds the runner, the kernel's site folder, an empty nltk_data and matplotlib's
    font cache: nothing of the instructor's. ``slot`` numbers the sandboxes running at once.
    """
    if not tool:
        return ([sys.executable, str(helpers / "runner.py"), "-"],
                environment(False, helpers, scratch))
    if tool.startswith(UNSHARE):
        return _unshare_command(tool[len(UNSHARE):], scratch, helpers, slot)
    # The sandbox's own /tmp first: a course or venv under /tmp (a clone in /tmp/...) is bound
    # on top of it below, instead of being hidden by it.
    args = [tool, *_system_binds(),
            "--perms", "1777", "--size", str(LIMITS["tmp"]), "--tmpfs", "/tmp"]
    folders = [*_python_folders(), *kernel_paths()]
    made = set()
    for folder in [*folders, Path(INSIDE_HOME)]:
        # bwrap makes the folders above a mount point readable by root alone: open them
        for above in reversed(folder.parents[:-1]):
            if above not in made and not above.is_relative_to("/usr"):
                args += ["--perms", "0755", "--dir", str(above)]
                made.add(above)
    for folder in folders:
        args += ["--ro-bind", str(folder), str(folder)]
    args += ["--ro-bind", str(helpers), str(INSIDE),
             "--bind", str(scratch), INSIDE_HOME, "--chdir", INSIDE_HOME,
             "--proc", "/proc", "--dev", "/dev",
             # /dev/shm is memory: files there are in no process's RSS, so it is as small as /tmp
             "--perms", "1777", "--size", str(LIMITS["tmp"]), "--tmpfs", "/dev/shm",
             "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
             "--unshare-cgroup-try", "--hostname", "grading",
             "--die-with-parent", "--new-session"]
    python = [sys.executable, str(INSIDE / "runner.py"), "-"]
    if os.geteuid() == 0:
        uid = str(FIRST_UID + slot)
        args += ["--", "/usr/bin/setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
                 "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--", *python]
    else:
        args += ["--unshare-user", "--cap-drop", "ALL", "--", *python]
    return args, environment(True, helpers, scratch)


def _unshare_command(program: str, scratch: Path, helpers: Path,
                     slot: int) -> tuple[list[str], dict]:
    """The unshare fallback: namespaces and mounts by util-linux, see :data:`UNSHARE_SCRIPT`."""
    root = helpers.parent / "newroot"
    root.mkdir(exist_ok=True)
    python = [sys.executable, str(INSIDE / "runner.py"), "-"]
    drop = ["/usr/bin/setpriv", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all",
            "--no-new-privs"]
    if os.geteuid() == 0:
        uid = str(FIRST_UID + slot)
        drop[1:1] = [f"--reuid={uid}", f"--regid={uid}"]
        user = []
    else:
        user = ["--map-root-user"]
    args = [program, *user, "--pid", "--fork", "--kill-child", "--mount", "--net", "--ipc",
            "--uts", "--propagation", "private", "--", "/bin/sh", "-c", UNSHARE_SCRIPT, "sh",
            str(root), str(scratch), str(helpers), str(LIMITS["tmp"]),
            shutil.which("chroot") or "/usr/sbin/chroot", sys.executable,
            *[str(f) for f in [*_python_folders(), *kernel_paths()]], "--", *drop, "--", *python]
    return args, environment(True, helpers, scratch)


def die_with_parent() -> None:
    """In the child: the sandbox is killed when the grader's thread that started it ends."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass


def _child_setup() -> None:
    set_limits()
    if sys.platform.startswith("linux"):
        die_with_parent()


def hand_over(scratch: Path, slot: int, tool: str | None) -> None:
    """Let the sandbox's user id (grading as root) write in ``scratch``."""
    if tool and os.geteuid() == 0:
        uid = FIRST_UID + slot
        for path in [scratch, *scratch.rglob("*")]:
            os.chown(path, uid, uid, follow_symlinks=False)


def run(tool: str | None, scratch: Path, helpers: Path, slot: int, limit: float,
        log, job: str) -> tuple[int | None, str]:
    """Run the runner on ``job`` (JSON) in the sandbox: ``(exit code or None, why it failed)``."""
    args, env = command(tool, scratch, helpers, slot)
    hand_over(scratch, slot, tool)
    kwargs = {"preexec_fn": _child_setup, "start_new_session": True} if os.name == "posix" else {}
    process = subprocess.Popen(args, cwd=scratch, env=env, stdin=subprocess.PIPE,
                               stdout=log, stderr=subprocess.STDOUT, **kwargs)
    try:
        process.stdin.write(job.encode("utf-8"))
        process.stdin.close()
    except OSError:  # the sandbox did not start
        pass
    deadline = time.monotonic() + limit
    try:
        while True:
            try:
                code = process.wait(timeout=max(min(DISK_EVERY, deadline - time.monotonic()),
                                                0.01))
                break
            except subprocess.TimeoutExpired:
                if time.monotonic() >= deadline:
                    return None, (f"running the notebook took longer than {limit:.0f} seconds "
                                  "and was stopped")
                if folder_size(scratch) > LIMITS["disk"]:
                    return None, (f"the notebook wrote more than {LIMITS['disk'] // MiB} MB in "
                                  "its folder and was stopped")
                if memory_used(process) > LIMITS["memory_total"]:
                    return None, (f"the notebook's processes used more than "
                                  f"{LIMITS['memory_total'] // MiB} MB of memory together and "
                                  "were stopped")
    finally:
        kill_tree(process)
    return code, ""


DISK_EVERY = 1.0  # seconds between two looks at the size of a sandbox's folder


def memory_used(process: subprocess.Popen) -> int:
    """Bytes of memory (resident) of the sandbox's processes together: each has its own limit
    of address space, but a notebook can start several."""
    try:
        import psutil  # comes with ipykernel

        root = psutil.Process(process.pid)
        family = [root, *root.children(recursive=True)]
    except Exception:  # noqa: BLE001 - gone already, or no psutil: nothing to add up
        return 0
    total, seen = 0, set()
    for member in family:
        try:
            total += member.memory_info().rss
        except Exception:  # noqa: BLE001 - ended meanwhile
            continue
        total += held_in_memory(member.pid, seen)
    return total


def held_in_memory(pid: int, seen: set) -> int:
    """Bytes of memory-only files (os.memfd_create, /dev/shm) that process ``pid`` holds open:
    they count in no process's RSS until mapped, and no RLIMIT_AS stops them. Each file
    counts once (``seen``: device and inode) over the sandbox's processes."""
    total = 0
    folder = f"/proc/{pid}/fd"
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        path = f"{folder}/{name}"
        try:
            target = os.readlink(path)
            if not (target.startswith(("/memfd:", "/dev/shm/")) or " (deleted)" in target
                    and target.startswith("/tmp/")):
                continue
            info = os.stat(path)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            total += max(info.st_blocks * 512, 0)
    return total


def folder_size(folder: Path, most: int = 100_000) -> int:
    """Bytes in the files under ``folder`` (links not followed); more than ``most`` files
    count as too many (as if the folder were full)."""
    total, count, todo = 0, 0, [folder]
    while todo:
        try:
            with os.scandir(todo.pop()) as entries:
                for entry in entries:
                    count += 1
                    if count > most:
                        return LIMITS["disk"] + 1
                    if entry.is_dir(follow_symlinks=False):
                        todo.append(entry.path)
                    elif entry.is_file(follow_symlinks=False):
                        total += entry.stat(follow_symlinks=False).st_blocks * 512
        except OSError:
            continue
    return total


def kill_tree(process: subprocess.Popen) -> None:
    """Stop the sandbox and all it started (a PID namespace ends with its first process;
    without the sandbox, the process group and the children that psutil still finds)."""
    try:
        import psutil  # comes with ipykernel

        family = psutil.Process(process.pid).children(recursive=True)
    except Exception:  # noqa: BLE001 - gone already, or no psutil
        family = []
    if os.name == "posix":
        try:
            os.killpg(process.pid, 9)
        except (ProcessLookupError, PermissionError):
            pass
    for child in [*family]:
        try:
            child.kill()
        except Exception:  # noqa: BLE001 - gone already
            pass
    try:
        process.kill()
    except ProcessLookupError:
        pass
    process.wait()
