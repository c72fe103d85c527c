"""The environment that notebook kernels run in, for the tests and for ``course.py execute``.

Standard library only. A kernel gets:

* ``NLTK_DATA`` pointing at an empty folder, and ``nltk.data.path`` cut down to that folder alone
  (NLTK otherwise also searches ``~/nltk_data``, ``/usr/share/nltk_data`` ...), so that no data
  installed on one machine can hide a dependency: the kit must need no nltk_data at all;
* a ``sitecustomize.py`` on ``PYTHONPATH`` that does the cut above, and that turns on the
  network guard of :mod:`tools.netguard` when ``FRAMELAB_NETGUARD_LOG`` names a file;
* no ``MPLBACKEND`` (the kernel then uses its inline backend, as in JupyterLab).
"""

import importlib.abc
import os
import shutil
import sys
from pathlib import Path

ENV_ONLY_NLTK_DATA = "FRAMELAB_ONLY_NLTK_DATA"

_SITECUSTOMIZE = '''\
"""Written by tools/kernelsite.py for the Framing Lab tests: see that file."""
import _framelab_kernelsite

_framelab_kernelsite.activate_from_env()
'''


class _NltkDataPathFinder(importlib.abc.MetaPathFinder):
    """When ``nltk.data`` is imported, leave only ``folder`` in ``nltk.data.path``."""

    def __init__(self, folder):
        self.folder = folder

    def find_spec(self, fullname, path, target=None):
        if fullname != "nltk.data":
            return None
        for finder in sys.meta_path:
            if _is_ours(finder) or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        loader, folder = spec.loader, self.folder
        original_exec = loader.exec_module

        def exec_module(module):
            original_exec(module)
            module.path[:] = [folder]

        loader.exec_module = exec_module
        return spec


def only_nltk_data(folder):
    """Make NLTK look for data in ``folder`` alone, in this process (now or when imported)."""
    folder = str(folder)
    module = sys.modules.get("nltk.data")
    if module is not None:
        module.path[:] = [folder]
    ours = [f for f in sys.meta_path if _is_ours(f)]
    for finder in ours:
        finder.folder = folder
    if not ours:
        sys.meta_path.insert(0, _NltkDataPathFinder(folder))


def _is_ours(finder):
    """Whether ``finder`` is a :class:`_NltkDataPathFinder`, of this module or of its copy in a
    site folder (a test process started by the tests' process, such as a pytest-xdist worker,
    gets that copy through ``sitecustomize`` before it imports this module)."""
    return type(finder).__name__ == _NltkDataPathFinder.__name__


def activate_from_env():
    """What the kernel's ``sitecustomize`` runs at start-up."""
    folder = os.environ.get("NLTK_DATA")
    if folder and os.environ.get(ENV_ONLY_NLTK_DATA) == "1":
        only_nltk_data(folder.split(os.pathsep)[0])
    if os.environ.get("FRAMELAB_NETGUARD_LOG"):
        import _framelab_netguard

        _framelab_netguard.install()


def write_site_dir(folder):
    """Write ``sitecustomize.py`` and its two helpers into ``folder``; return the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    here = Path(__file__).resolve().parent
    shutil.copyfile(here / "kernelsite.py", folder / "_framelab_kernelsite.py")
    shutil.copyfile(here / "netguard.py", folder / "_framelab_netguard.py")
    (folder / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    return folder


def kernel_environ(workdir, base=None):
    """Return environment variables for kernels, with the helper folders made in ``workdir``.

    ``workdir/nltk_data`` is the empty NLTK folder, ``workdir/site`` holds ``sitecustomize.py``.
    """
    workdir = Path(workdir)
    nltk_data = workdir / "nltk_data"
    nltk_data.mkdir(parents=True, exist_ok=True)
    site = write_site_dir(workdir / "site")
    env = dict(os.environ if base is None else base)
    env["NLTK_DATA"] = str(nltk_data)
    env[ENV_ONLY_NLTK_DATA] = "1"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), env.get("PYTHONPATH")) if p)
    env.pop("MPLBACKEND", None)  # ipykernel then picks its inline backend, as in JupyterLab
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # quiets a debugger note on kernel start
    env["JUPYTER_PREFER_ENV_PATH"] = "1"  # the kernel "python3" is this environment's Python
    return env
