"""From exports to a corpus folder (.txt files and metadata.csv), and to a corpus table.

:func:`import_corpus` writes the folder that ``python course.py import-corpus`` makes: the
articles as ``raw/<id>.txt`` (the headline, an empty line, the paragraphs), a
``metadata.csv`` with everything the export states, and an ``import/`` folder with the log of
the database lines that were taken out and the duplicate stories found. Lessons,
``run-course`` and :func:`framelab.analyse_folder` read that folder like any other. The exports
themselves are only read, never changed.

:func:`load_exports` is what :func:`framelab.load_corpus` does with an export: it writes the
same folder into a temporary place and loads it, so a table loaded from an export and one
loaded from its imported folder are the same.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from ..cleaning import LOG_COLUMNS
from ..errors import CorpusError, check_choice, display_path
from .dispatch import Sources, read_sources
from .duplicates import KEEP, duplicate_groups
from .records import UNKNOWN, Article

__all__ = ["EXPORT_COLUMNS", "export_log", "import_corpus", "load_exports"]

#: The columns metadata.csv gets from an export, after the kit's own (framelab.corpus).
EXPORT_COLUMNS = ("language_status", "export_byline", "export_section", "length", "edition",
                  "url", "source_file", "position", "export_format", "duplicate_of", "also_in")
_KIT = ("id", "file", "language", "outlet", "agency", "date", "date_status", "date_evidence",
        "headline", "summary_en", "notes")
LOG_FILE = Path("import") / "removal-log.csv"
DUPLICATES_FILE = Path("import") / "duplicates.csv"


def _sources(paths: object) -> list[str | Path]:
    if isinstance(paths, (str, Path)):
        return [paths]
    if isinstance(paths, (list, tuple)) and paths and all(isinstance(p, (str, Path)) for p in paths):
        return list(paths)
    raise CorpusError(f"Give an export (a path such as 'nexis.docx') or a list of them, not "
                      f"{paths!r:.60}.")


def _prepare(sources: Sources, keep: str | None) -> tuple[list[Article], list[dict[str, object]],
                                                          pd.DataFrame]:
    """Give every article its id and language; find the duplicates and drop them if asked."""
    from ..corpus import guess_language

    used: dict[str, int] = {}
    for article in sources.articles:
        base = article.stable_id()
        used[base] = used.get(base, 0) + 1
        article_id = base if used[base] == 1 else f"{base}-{used[base]}"
        article.extra["id"] = article_id
        if article.language == UNKNOWN:
            guessed = guess_language(article.text)
            article.language = guessed
            article.language_status = ("guessed from the words (the export does not say)"
                                       if guessed != UNKNOWN else UNKNOWN)
    everything = sources.articles
    groups = duplicate_groups([a.text.split("\n\n", 1)[-1] for a in everything])
    rows, dropped = [], set()
    for number, (members, share) in enumerate(groups, 1):
        # An exact copy (the same headline and text) is written once, whatever keep says: the
        # kit loads only one of two identical .txt files.
        by_text: dict[str, list[int]] = {}
        for n in members:
            by_text.setdefault(" ".join(everything[n].text.split()), []).append(n)
        keepers = [_choose(everything, same, keep or "first") for same in by_text.values()]
        if keep is not None:
            keepers = [_choose(everything, keepers, keep)]
        for same in by_text.values():
            kept = next(n for n in same if n in keepers) if any(n in keepers for n in same) \
                else None
            for n in same:
                if n not in keepers:
                    dropped.add(n)
                    target = kept if kept is not None else keepers[0]
                    everything[n].extra["duplicate_of"] = everything[target].extra["id"]
        for n in members:
            article = everything[n]
            rows.append({"group": number, "id": article.extra["id"], "outlet": article.outlet,
                         "date": article.date, "headline": article.headline,
                         "source_file": article.source_file, "position": article.position,
                         "similarity": round(share[n], 2), "kept": n not in dropped})
        for n in keepers:
            also = [f"{everything[m].outlet} ({everything[m].source_file}, "
                    f"{everything[m].position.split(' (')[0]})" for m in members
                    if m in dropped and everything[m].extra.get("duplicate_of")
                    == everything[n].extra["id"]]
            if also:
                everything[n].extra["also_in"] = "; ".join(also)
    duplicates = pd.DataFrame(rows, columns=["group", "id", "outlet", "date", "headline",
                                             "source_file", "position", "similarity", "kept"])
    articles = [a for n, a in enumerate(sources.articles) if n not in dropped]
    log = list(sources.removed)
    for article in articles:
        log += [dict(row, article=article.extra["id"]) for row in article.removed]
    return articles, log, duplicates


def _choose(articles: list[Article], members: list[int], keep: str) -> int:
    """The one of ``members`` to keep: the first, the longest or the earliest dated."""
    if keep == "longest":
        return max(members, key=lambda n: (len(articles[n].text), -n))
    if keep == "earliest":
        dated = [n for n in members if articles[n].date != UNKNOWN]
        if dated:
            return min(dated, key=lambda n: (articles[n].date, n))
    return min(members)


def _metadata_rows(articles: list[Article]) -> list[dict[str, str]]:
    rows = []
    width = max(4, len(str(len(articles))))
    for number, article in enumerate(articles, 1):
        row = {column: UNKNOWN for column in (*_KIT, *EXPORT_COLUMNS)}
        row.update({key: getattr(article, key) for key in (
            "language", "outlet", "date", "date_status", "date_evidence", "headline",
            "language_status", "export_byline", "export_section", "length", "edition", "url",
            "source_file", "position", "export_format")})
        row.update(article.extra)
        # The number keeps the export's order in a file browser and in load_corpus; the id
        # stays the same when the article is exported again.
        row["file"] = f"{number:0{width}d}_{article.extra['id']}.txt"
        rows.append(row)
    return rows


def _write(sources: Sources, out: Path, keep: str | None, *, link_others: bool
           ) -> tuple[list[tuple[str, str, str]], pd.DataFrame, pd.DataFrame]:
    """Write the corpus folder ``out``; return the notes, the log and the duplicates."""
    from ..corpus import read_metadata

    articles, log, duplicates = _prepare(sources, keep)
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    notes = list(sources.notes)
    rows = _metadata_rows(articles)
    for row, article in zip(rows, articles, strict=True):
        (raw / row["file"]).write_text(article.text, encoding="utf-8", newline="\n")
    # The .txt files of a folder that also holds exports go along as they are.
    names = [p.name for p in sources.other_files if p.suffix.lower() == ".txt"]
    for path in sources.other_files:
        target = raw / path.name
        if target.exists():
            continue
        if not link_others and path.suffix.lower() != ".txt":  # a new folder gets articles only
            if path.name.lower() != "course.toml":
                notes.append((path.name, "skipped", f"{path.name} is not a .txt file; it was "
                              "skipped. Save articles as plain text (.txt, UTF-8) to include "
                              "them."))
            continue
        if link_others:
            try:
                os.link(path, target)
                continue
            except OSError:
                pass
        if path.is_file():
            shutil.copyfile(path, target)
        elif path.suffix.lower() == ".txt":
            notes.append((path.name, "skipped", f"{path.name} is not a regular file (a pipe or a "
                          "device?); it was skipped."))
    table = pd.DataFrame(rows)
    if names and not sources.metadata:  # as load_corpus says it for a folder of .txt files
        notes.append(("metadata.csv", "metadata", "There is no metadata.csv; ids come from the "
                      "file names and languages are guessed. Add one to record outlet, date and "
                      "headline of the .txt files."))
    for metadata in sources.metadata:
        theirs, their_notes = read_metadata(metadata, files_present=names)
        notes += [(n.file, n.status, n.problem) for n in their_notes]
        table = pd.concat([theirs, table], ignore_index=True)
    table = table.fillna("")
    first = [c for c in (*_KIT, *EXPORT_COLUMNS) if c in table.columns]
    table = table[first + [c for c in table.columns if c not in first]]
    table.to_csv(out / "metadata.csv", index=False, encoding="utf-8", lineterminator="\n")
    log_table = pd.DataFrame(log, columns=list(LOG_COLUMNS))
    (out / LOG_FILE).parent.mkdir(exist_ok=True)
    log_table.to_csv(out / LOG_FILE, index=False, encoding="utf-8", lineterminator="\n")
    duplicates.to_csv(out / DUPLICATES_FILE, index=False, encoding="utf-8", lineterminator="\n")
    for group in sorted(set(duplicates["group"])):
        members = duplicates[duplicates["group"] == group]
        listed = "; ".join(f"{m.id} ({m.outlet}, {m.source_file} {m.position.split(' (')[0]})"
                           for m in members.itertuples())
        share = int(100 * members["similarity"].min())
        kept = members.loc[members["kept"], "id"].tolist()
        left = members.loc[~members["kept"], "id"].tolist()
        if keep is not None:
            what = f"Kept {kept[0]} (--keep-one {keep}); left out {', '.join(left)}"
        else:
            what = ("All are kept" if not left else f"Kept {', '.join(kept)}; left out "
                    f"{', '.join(left)} (the same text word for word: written once)")
            if len(kept) > 1:
                what += (". To keep one, use framelab.drop_duplicates(corpus), or "
                         "`python course.py import-corpus ... --keep-one first`")
        notes.append((str(members.iloc[0]["source_file"]), "duplicate",
                      f"The same story, {len(members)} times (of the shorter text, at least "
                      f"{share}% also stands in the other): {listed}. {what}."))
    return notes, log_table, duplicates


def import_corpus(exports: str | Path | list[str | Path], out: str | Path, *,
                  keep_one: str | None = None, quiet: bool = False) -> Path:
    """Write a corpus folder from news-database exports, tables or folders of them.

    Args:
        exports: An export (.docx from Nexis Uni, a LexisNexis .txt export, a .csv / .xlsx /
            .json / .jsonl table), a folder of them (with .txt articles too), or a list.
        out: A new folder (it must not exist yet, or be empty).
        keep_one: Keep one article of each duplicate story: ``"first"``, ``"longest"`` or
            ``"earliest"``; ``None`` keeps them all (and reports them).
        quiet: Do not print the report.

    Returns:
        The folder written, for :func:`framelab.load_corpus` and the lessons' ``CORPUS``.

    >>> import tempfile, pathlib, framelab
    >>> from framelab.imports import sample_export
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> folder = import_corpus(sample_export(tmp / "nexis.docx"), tmp / "mijn_corpus",
    ...                        keep_one="first", quiet=True)
    >>> len(framelab.load_corpus(folder, quiet=True))
    2
    """
    if keep_one is not None:
        check_choice("keep_one", keep_one, KEEP)
    target = Path(out).expanduser()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise CorpusError(f"{target} already exists and is not an empty folder. Choose a new "
                          "folder for the corpus (the kit does not write over files).")
    sources = read_sources(_sources(exports))
    if not sources.articles:
        found = "".join(f"\n  - {problem}" for _, status, problem in sources.notes
                        if status == "skipped")
        raise CorpusError("No article could be read from " + ", ".join(
            display_path(p) for p in _sources(exports)) + "." + (
            f" What was found:{found}" if found else ""))
    notes, _, _ = _write(sources, target, keep_one, link_others=False)
    if not quiet:
        count = len(list((target / "raw").glob("*.txt")))
        print(f"Wrote {count} article(s) to {target} (raw/ and metadata.csv; what was taken out "
              f"is in {LOG_FILE.as_posix()}, the duplicates in {DUPLICATES_FILE.as_posix()}).")
        for _, _, problem in notes:
            print(f"  - {problem}")
    return target


def load_exports(source: str | Path, *, clean: bool = True, rules: object = None,
                 quiet: bool = False) -> pd.DataFrame:
    """Load an export, or a folder with exports in it, as :func:`framelab.load_corpus` does.

    The corpus has the columns of load_corpus and those of :data:`EXPORT_COLUMNS`;
    ``export_log(corpus)`` gives the database lines that were taken out.
    """
    from ..corpus import _Note, _print_report, _report_table, load_corpus

    sources = read_sources([source])
    if not sources.articles and not any(p.suffix.lower() == ".txt" for p in sources.other_files):
        found = "".join(f"\n  - {problem}" for _, status, problem in sources.notes
                        if status == "skipped")
        found += "".join(f"\n  - {p.name} is not a .txt file; it was skipped. Save articles as "
                         "plain text (.txt, UTF-8) to include them." for p in sources.other_files
                         if p.name.lower() != "course.toml" and not p.name.startswith("."))
        raise CorpusError(
            f"No usable .txt file or news-database export was found in {display_path(source)}. "
            "Put your articles there as plain text files (.txt, UTF-8), one article per file, "
            "or a Nexis Uni export (.docx), a LexisNexis text export or a table (.csv, .xlsx)."
            + (f" What was found:{found}" if found else ""))
    with tempfile.TemporaryDirectory(prefix="framelab-import-") as workdir:
        notes, log, _ = _write(sources, Path(workdir) / "corpus", None, link_others=True)
        corpus = load_corpus(Path(workdir) / "corpus", clean=clean, rules=rules, quiet=True)
    ours = tuple(_Note(file, status, problem) for file, status, problem in notes)
    corpus.attrs["report"] = ours + tuple(corpus.attrs.get("report", ()))
    corpus.attrs["export_log"] = tuple(tuple(row) for row in log.itertuples(index=False))
    if not quiet:
        _print_report(corpus, _report_table(corpus.attrs["report"]), Path(source))
    return corpus


def export_log(corpus_or_folder: pd.DataFrame | str | Path) -> pd.DataFrame:
    """The database lines taken out of an export, as a removal log (the columns of
    :func:`framelab.removal_log`): the cover page, copyright, Length, Body, End of Document,
    Load-Date, each with its rule and reason.

    Pass the table from ``load_corpus(export)``, or a folder written by :func:`import_corpus`.

    >>> import tempfile, pathlib, framelab
    >>> from framelab.imports import sample_export
    >>> export = sample_export(pathlib.Path(tempfile.mkdtemp()) / "nexis.docx")
    >>> log = export_log(framelab.load_corpus(export, quiet=True))
    >>> log.loc[log["rule"] == "export-body-label", "removed"].tolist()
    ['Body', 'Body', 'Body']
    """
    if isinstance(corpus_or_folder, pd.DataFrame):
        rows = corpus_or_folder.attrs.get("export_log")
        if rows is None:
            raise CorpusError("This table was not loaded from a news-database export (or pandas "
                              "dropped the log when it joined tables): pass the export, or the "
                              "folder that import_corpus wrote.")
        return pd.DataFrame(list(rows), columns=list(LOG_COLUMNS))
    folder = Path(corpus_or_folder)
    if (folder / LOG_FILE).is_file():
        return pd.read_csv(folder / LOG_FILE, dtype=str, keep_default_na=False).astype(
            {"line": int, "words": int})
    return export_log(load_exports(folder, quiet=True))
