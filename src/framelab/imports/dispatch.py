"""Which reader reads which file, and what a folder holds: exports, tables, .txt files.

:func:`export_format` names the format of one file (or ``None`` for a plain .txt article or a
file the kit does not read); :func:`is_export_source` tells :func:`framelab.load_corpus`
whether a path is an export or a folder with exports in it; :func:`read_sources` reads them.

>>> export_format("metadata.csv") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import nexis_text, nexis_uni, tables
from .records import Article, ExportError

__all__ = ["NOT_YET", "READERS", "Sources", "export_format", "is_export_source", "read_sources"]

#: The formats the kit reads, by the reader's name.
READERS = {
    nexis_uni.FORMAT: nexis_uni.read_nexis_uni,
    nexis_text.FORMAT: nexis_text.read_nexis_text,
    "table": tables.read_table,
}
#: Formats the kit does not read yet, by file extension, and what to do instead.
NOT_YET = {
    ".rtf": "a Rich Text file, as Factiva exports articles",
    ".pdf": "a PDF, as Factiva and Infomedia export articles",
    ".html": "a web page, as Factiva exports articles",
    ".htm": "a web page, as Factiva exports articles",
    ".doc": "an old Word document (.doc)",
    ".xls": "an old Excel workbook (.xls)",
    ".odt": "an OpenDocument text",
}
_NOT_YET_ADVICE = (
    "The kit reads Nexis Uni exports (.docx), the classic LexisNexis text export (.txt) and "
    "tables (.csv, .xlsx, .json, .jsonl), but not this format yet. Export again in one of "
    "those, save the table as .xlsx, or save each article as plain text (.txt, UTF-8).")
_PEEK = 8192
def _peek(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return handle.read(_PEEK).decode("utf-8", "replace").replace("\x00", "")
    except OSError:
        return ""


def export_format(path: str | Path) -> str | None:
    """The export format of a file the kit reads, by its extension (and, for .txt, its first
    lines), or ``None``.

    >>> export_format("nexis.docx"), export_format("artikelen.xlsx")
    ('Nexis Uni (.docx)', 'table')
    """
    p = Path(path)
    suffix = p.suffix.lower()
    from ..corpus import is_corpus_file  # (corpus imports this module when first used)

    if p.name.startswith(".") or is_corpus_file(p):
        return None
    if suffix == ".docx":
        return nexis_uni.FORMAT
    if suffix in tables.TABLE_SUFFIXES:
        return "table"
    if suffix == ".txt" and p.is_file() and nexis_text.is_nexis_text(_peek(p)):
        return nexis_text.FORMAT
    return None


def _texts_folder(folder: Path) -> Path:
    """The folder whose files are the corpus, as load_corpus chooses it (``raw/`` when the
    folder itself holds no .txt file)."""
    entries = [p for p in folder.iterdir() if not p.name.startswith(".")]
    if not any(p.is_file() and p.suffix.lower() == ".txt" for p in entries) and \
            not any(export_format(p) for p in entries if p.is_file()) and (folder / "raw").is_dir():
        return folder / "raw"
    return folder


def is_export_source(path: object) -> bool:
    """True for an export file, or a folder that holds at least one export or table.

    >>> is_export_source(None), is_export_source("a/folder/that/is/not/there")
    (False, False)
    """
    if not isinstance(path, (str, Path)) or not str(path).strip():
        return False
    p = Path(path).expanduser()
    try:
        if p.is_file():
            return export_format(p) is not None or p.suffix.lower() in NOT_YET
        if p.is_dir():
            return any(p2.is_file() and export_format(p2) for p2 in _texts_folder(p).iterdir())
    except OSError:
        return False
    return False


@dataclass
class Sources:
    """What the paths given held: the articles read from exports, the other files of the
    folders (for load_corpus to read as it reads any folder), the folders' metadata.csv, notes
    and the database lines outside articles (cover pages)."""

    articles: list[Article] = field(default_factory=list)
    other_files: list[Path] = field(default_factory=list)
    metadata: list[Path] = field(default_factory=list)
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # (file, status, problem)
    removed: list[dict[str, object]] = field(default_factory=list)
    formats: dict[str, str] = field(default_factory=dict)  # file name -> format


def _read_one(path: Path, sources: Sources, *, alone: bool) -> None:
    """Read one export into ``sources``; a broken one raises when it is all there is."""
    name = path.name
    fmt = export_format(path)
    try:
        if fmt is None:
            what = NOT_YET.get(path.suffix.lower(), "not a file the kit reads")
            raise ExportError(f"{name} is {what}. {_NOT_YET_ADVICE}")
        read = READERS[fmt](path)
    except ExportError as err:
        if alone:
            raise
        sources.notes.append((name, "skipped", str(err)))
        return
    except OSError as err:
        if alone:
            raise ExportError(f"{name} could not be opened ({err.strerror or type(err).__name__}). "
                              "Check that it is not open in another program.") from None
        sources.notes.append((name, "skipped", f"{name} could not be opened "
                              f"({err.strerror or type(err).__name__})."))
        return
    if not read.articles:
        problem = f"{name} holds no article the kit could read; it was skipped."
        if alone:
            raise ExportError(problem + " Check that it is the export you meant.")
        sources.notes.append((name, "skipped", problem))
        return
    sources.formats[name] = "table (.xlsx, .csv, .json)" if fmt == "table" else fmt
    sources.articles += read.articles
    sources.removed += [dict(row, article=f"(cover page of {name})") for row in read.removed]
    covered = sum(1 for row in read.removed if row["rule"] == "export-cover-page")
    summary = (f"{name}: {len(read.articles)} article(s) read as {sources.formats[name]}"
               + (f"; its cover page ({covered} lines) is not article text" if covered else "")
               + ".")
    sources.notes.append((name, "export", summary))
    sources.notes += [(name, "loaded with a note", note) for note in read.notes]


def read_sources(paths: list[str | Path]) -> Sources:
    """Read every export given, and every export in every folder given.

    A single export that cannot be read raises :class:`ExportError`; inside a folder, a broken
    export is skipped and reported, like a broken .txt file.
    """
    sources = Sources()
    for given in paths:
        p = Path(given).expanduser()
        if p.is_dir():
            folder = _texts_folder(p)
            for entry in sorted(folder.iterdir(), key=lambda q: (q.name.casefold(), q.name)):
                if entry.name.lower() == "metadata.csv" and entry.is_file():
                    sources.metadata.append(entry)
                elif entry.is_file() and export_format(entry):
                    _read_one(entry, sources, alone=False)
                elif not entry.is_dir():
                    sources.other_files.append(entry)
            if folder != p and (p / "metadata.csv").is_file() and not sources.metadata:
                sources.metadata.append(p / "metadata.csv")
        elif p.exists():
            _read_one(p, sources, alone=True)
        else:
            raise ExportError(f"{given} does not exist (looked in {p.resolve()}). Check the "
                              "spelling, or give the full path to the export.")
    return sources
