"""Comparing folders the way the disk does: the guards of student-copy, reset and run-course.

On Windows and macOS disks, ``C:/Course`` and ``c:/course`` are the same folder, and a link
(or a mounted drive) can give one folder two names. Comparing the text of two paths misses
both, so a guard such as "the output must not be inside the course folder" could be walked
around with different capitals. :func:`same_folder` and :func:`is_inside` ask the disk where
they can (``os.path.samefile`` on the parts that exist) and otherwise compare the text, with
capitals ignored on Windows and macOS.

Standard library only, like ``course.py``, which runs these tools without the course
environment.

>>> from pathlib import Path
>>> is_inside(Path("/a/b/c"), Path("/a/b")), is_inside(Path("/a/bc"), Path("/a/b"))
(True, False)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def case_insensitive(platform: str | None = None) -> bool:
    """Whether the usual disks of this system ignore capitals in names (Windows, macOS).

    >>> case_insensitive("win32"), case_insensitive("darwin"), case_insensitive("linux")
    (True, True, False)
    """
    return (platform or sys.platform) in ("win32", "darwin", "cygwin")


def _key(path: Path, platform: str | None) -> str:
    text = os.path.normpath(str(path))
    return text.casefold() if case_insensitive(platform) else text


def same_folder(first: Path, second: Path, *, platform: str | None = None) -> bool:
    """Whether two paths name the same file or folder, as the disk sees it.

    >>> same_folder(Path("C:/Course"), Path("c:/course"), platform="win32")
    True
    >>> same_folder(Path("/srv/Course"), Path("/srv/course"), platform="linux")
    False
    """
    try:
        if os.path.exists(first) and os.path.exists(second):
            return os.path.samefile(first, second)
    except OSError:
        pass
    return _key(Path(first).absolute(), platform) == _key(Path(second).absolute(), platform)


def is_inside(path: Path, folder: Path, *, platform: str | None = None) -> bool:
    """Whether ``path`` is ``folder`` or inside it (a folder to be made counts too).

    >>> is_inside(Path("C:/Course/Notebooks/x"), Path("c:/course/notebooks"), platform="win32")
    True
    """
    path = Path(path).absolute()
    return any(same_folder(part, folder, platform=platform) for part in (path, *path.parents))
