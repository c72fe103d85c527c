"""A cache on disk for what the kit works out from a corpus folder, while run-course runs
(and for the course's own corpus, in every lesson).

``python course.py run-course FOLDER`` runs every lesson in a kernel of its own, and each
lesson loads the same folder again: on 2,000 articles that is three seconds of reading and
cleaning a dozen times over. While it runs, run-course sets the environment variable
:data:`ENV` to a folder of its own; :func:`framelab.load_corpus` and
:func:`framelab.course_facts` then keep their results there (as pickle files) and the next
lesson reads them back; :func:`framelab.quotes` (also inside :func:`framelab.naming`) keeps its
quotations there by the corpus table's ids, languages and texts, and
:func:`framelab.split_sentences` the sentences of each text. Without the variable (a student's
notebook, a script, the tests) only one thing is cached: the course's own five articles,
``load_corpus()`` (0.3 s of reading the cleaning rules in every lesson's first cell), in the
user's cache folder (:func:`user_folder`: ``~/.cache/framelab`` on Linux, the newest
:data:`KEEP_OWN` results). ``FRAMELAB_CACHE=off`` turns that off too: nothing is cached and
nothing is written.

A result is found again only for the same folder with the same files (name, size and time of
last change of every file in it), the same arguments and the same kit (every file of the
package, by size and time of last change): change an article, the metadata, course.toml or the
kit and it is worked out afresh. A file is written whole or not at all (kernels running side by
side never read half a file). run-course deletes its cache folder when it ends.

>>> import os, tempfile
>>> calls = []
>>> def work_out():
...     calls.append(1)
...     return {"articles": 5}
>>> with tempfile.TemporaryDirectory() as where:
...     os.environ[ENV] = where
...     try:
...         first, second = cached("example", ("a",), work_out), cached("example", ("a",), work_out)
...     finally:
...         del os.environ[ENV]
>>> first == second == {"articles": 5}, len(calls)
(True, 1)
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["ENV", "cached", "folder", "folder_state", "table_digest", "user_folder"]

#: The environment variable that names the cache folder (set by run-course for its kernels);
#: ``off`` (or 0, no, false) caches nothing at all.
ENV = "FRAMELAB_CACHE"
OFF = ("off", "0", "no", "false")
#: How many results of each kind the user's cache folder keeps (the newest).
KEEP_OWN = 8


def user_folder() -> Path:
    """The user's cache folder for the kit: ``%LOCALAPPDATA%\\framelab\\Cache`` on Windows,
    ``~/Library/Caches/framelab`` on macOS, ``$XDG_CACHE_HOME/framelab`` (``~/.cache/framelab``)
    elsewhere."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local",
                    "framelab", "Cache")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "framelab"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "framelab"


def folder(*, kits_own: bool = False) -> Path | None:
    """The cache folder: the one :data:`ENV` names; without it, for ``kits_own`` results (the
    course's own corpus) :func:`user_folder`; None when there is none or ENV says ``off``."""
    where = os.environ.get(ENV)
    if where is not None and where.strip().lower() in OFF:
        return None
    if where:
        return Path(where)
    if not kits_own:
        return None
    try:
        return user_folder()
    except (RuntimeError, KeyError, OSError):  # no home folder (a bare environment)
        return None

T = TypeVar("T")


def folder_state(*folders: Path) -> tuple[tuple[str, ...], ...]:
    """What the cache key knows of ``folders``: each entry's name, kind, size and time of
    last change (links followed), sorted; a file changed, added or removed changes it."""
    state = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            state.append((str(folder), "unreadable"))
            continue
        for entry in entries:
            try:
                info = entry.stat()
                state.append((str(folder), entry.name, "dir" if entry.is_dir() else "file",
                              str(info.st_size), str(info.st_mtime_ns)))
            except OSError:
                state.append((str(folder), entry.name, "unreadable"))
    return tuple(sorted(state))


def table_digest(table: Any, columns: tuple[str, ...]) -> str:
    """A fingerprint of the values of ``columns`` in ``table`` (a pandas DataFrame), row by row:
    the key of a result worked out from a corpus table rather than from a folder (quotes).

    >>> import pandas as pd
    >>> a = pd.DataFrame({"id": ["000"], "text": ["Rusland."]})
    >>> table_digest(a, ("id", "text")) == table_digest(a.copy(), ("id", "text"))
    True
    >>> table_digest(a, ("id", "text")) == table_digest(a.assign(text="Oekraïne."), ("id", "text"))
    False
    """
    digest = hashlib.blake2b(digest_size=16)
    for column in columns:
        digest.update(f"\x02{column}\x03".encode())
        for value in table[column]:
            digest.update(str(value).encode("utf-8", "surrogatepass") + b"\x00")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _kit_state() -> tuple[str, ...]:
    """The kit's own files (its code and data), so that another version never reads a result
    of this one."""
    package = Path(__file__).resolve().parent
    return tuple(f"{p.relative_to(package)}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
                 for p in sorted(package.rglob("*")) if p.is_file() and p.suffix != ".pyc")


def cached(kind: str, key: tuple[Any, ...] | Callable[[], tuple[Any, ...]],
           work_out: Callable[[], T], *, kits_own: bool = False) -> T:
    """``work_out()``, or its result from the cache folder (:func:`folder`).

    Args:
        kind: What is cached ("corpus", "facts"): the start of the file's name.
        key: Everything the result depends on, as values whose ``repr`` tells them apart
            (paths, :func:`folder_state`, arguments); or a function that gives them, called
            only when there is a cache folder.
        work_out: Makes the result when the cache has none; it must be picklable.
        kits_own: A result of the kit's own files alone (the course's corpus): kept in the
            user's cache folder too when :data:`ENV` is not set.
    """
    path = cache_path(kind, key, kits_own=kits_own)
    if path is None:
        return work_out()
    found = read(path)
    if found is not _MISSING:
        return found  # type: ignore[return-value]
    value = work_out()
    write(path, value)
    if not os.environ.get(ENV):
        _keep_newest(path.parent, kind)
    return value


def _keep_newest(where: Path, kind: str) -> None:
    """Delete all but the :data:`KEEP_OWN` newest results of ``kind`` in the user's folder."""
    try:
        found = sorted(where.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime_ns)
        for old in found[:-KEEP_OWN]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another kernel deleted it first


_MISSING = object()


def cache_path(kind: str, key: tuple[Any, ...] | Callable[[], tuple[Any, ...]], *,
               kits_own: bool = False) -> Path | None:
    """Where the cache folder (:func:`folder`) keeps the result of ``kind`` for ``key`` (and
    this kit); None without a cache folder (``key`` is then not called)."""
    where = folder(kits_own=kits_own)
    if where is None:
        return None
    if callable(key):
        key = key()
    digest = hashlib.blake2b(repr((key, _kit_state())).encode("utf-8", "surrogatepass"),
                             digest_size=16).hexdigest()
    return Path(where) / f"{kind}-{digest}.pickle"


def read(path: Path) -> Any:
    """The value kept at ``path``; :data:`_MISSING` for no file, or one that cannot be read."""
    try:
        with path.open("rb") as file:
            return pickle.load(file)
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # unreadable or from another version: work it out again
    return _MISSING


def write(path: Path, value: Any) -> None:
    """Keep ``value`` at ``path``, whole or not at all (another kernel never reads half a file)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        with part.open("wb") as file:
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)
    except OSError:
        pass  # a full disk or a read-only folder: the result is still returned
