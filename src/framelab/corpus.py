"""Loading a corpus: a folder of .txt files and an optional metadata.csv, into one table.

:func:`load_corpus` gives a pandas DataFrame with one row per article: its metadata, the raw
text as read from the file, and a cleaned text (see :mod:`framelab.cleaning`). With no
argument it loads the five articles that come with the course; with a folder it loads yours.

Texts from the wild are messy. Files that cannot be used (empty, binary, unreadable, an exact
copy of another file) are skipped and reported by name with what to do; files that were read
with a caveat (Windows-1252, UTF-16, CRLF line endings) are loaded and noted. A missing or
malformed metadata.csv is reported and the texts load anyway. Nothing on disk is changed.

>>> corpus = load_corpus(quiet=True)
>>> corpus[["id", "language", "date"]].to_string(index=False)
' id language       date\\n000       nl 2022-02-10\\n001       nl    2024-12\\n002       nl    2021-10\\n003       da    2021-12\\n004       nl 2022-02-25'
"""

from __future__ import annotations

import csv
import datetime
import difflib
import hashlib
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import pandas as pd

from .cache import cached, folder_state
from .cleaning import _as_rules, _clean, _Prepared, _prepared_rules
from .errors import ArgumentError, ArgumentTypeError, CorpusError, a_type, check_type, display_path
from .languages import LANGUAGE_NAMES, LANGUAGES, suggested_code, supported_languages_text
from .reading import (
    csv_separator,
    decode_bytes,
    file_problem,
    read_article_bytes,
    read_text_file,
    safe_name,
)
from .text import word_count

__all__ = [
    "METADATA_COLUMNS",
    "UNKNOWN",
    "bundled_corpus_folder",
    "check_corpus",
    "guess_language",
    "load_corpus",
    "read_metadata",
    "text_folder",
]

UNKNOWN = "unknown"

#: The columns of metadata.csv the kit knows. Only ``file`` is required; any other column
#: you add is kept as it is.
METADATA_COLUMNS = (
    "id",
    "file",
    "language",
    "outlet",
    "agency",
    "date",
    "date_status",
    "date_evidence",
    "headline",
    "summary_en",
    "notes",
)
#: Metadata that cleaning moves out of the text (see cleaning_rules()).
FROM_TEXT_COLUMNS = ("section", "byline", "dateline", "date_prefix")
REPORT_COLUMNS = ("file", "status", "problem")
#: A language is guessed from an article's first 50,000 characters (about 8,000 words): enough
#: function words for a clear guess, and quick for a file that holds a whole book.
GUESS_SAMPLE = 50_000
#: An "article" with more words than this is probably many articles in one file.
HUGE_ARTICLE_WORDS = 100_000

_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
#: A date written day first, as Dutch and Danish Excel saves it: 27-2-2022, 27.02.2022, 27/02/2022.
_DAY_FIRST = re.compile(r"(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})")
# A month and its year, as Excel writes a month-only date: 12-2024, 12.2024, 12/2024 (both the
# Dutch and Danish and the US order put the month first here: nothing to guess)
_MONTH_YEAR = re.compile(r"(\d{1,2})[-./](\d{4})")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
#: More rows than this with the same problem in metadata.csv: the first few, then one line.
SAME_PROBLEM_SHOWN = 3
SAME_PROBLEM_LIMIT = 5


def _real_day(year: int, month: int, day: int) -> bool:
    """Whether year-month-day is a day of the calendar (no 31 February)."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def read_date(date: str) -> tuple[str, str, str]:
    """A metadata date as the kit stores it: (date, how it was read, what to write instead).

    YYYY-MM-DD, YYYY-MM and YYYY are kept ("as is"); a day written first with a four-digit
    year (27-2-2022, 27.02.2022, 27/02/2022: how Dutch and Danish Excel save dates) is read as
    that day ("day first"), and a month before its year (12-2024) as that month. Anything else is 'unknown', with the kind of problem and a sentence
    saying what to write.

    >>> read_date("2022-02-27"), read_date("27-2-2022")[:2], read_date("27.02.2022")[0]
    (('2022-02-27', 'as is', ''), ('2022-02-27', 'day first'), '2022-02-27')
    >>> read_date("12-2024")[:2]  # a month-only date as Excel writes it
    ('2024-12', 'month and year')
    >>> read_date("2/27/2022")[:2], read_date("31-2-2022")[:2], read_date("27-2-22")[:2]
    (('unknown', 'us date'), ('unknown', 'no such day'), ('unknown', 'two-digit year'))
    """
    if not date or date == UNKNOWN or _DATE.fullmatch(date):
        return date, "as is", ""
    month_only = _MONTH_YEAR.fullmatch(date)
    if month_only and 1 <= int(month_only[1]) <= 12:
        return f"{month_only[2]}-{int(month_only[1]):02d}", "month and year", ""
    found = _DAY_FIRST.fullmatch(date)
    if not found:
        return UNKNOWN, "not a date", (f"is not written as YYYY-MM-DD, YYYY-MM or YYYY; it was "
                                       f"read as '{UNKNOWN}'. Write e.g. 2022-02-25.")
    day, month, year = int(found[1]), int(found[3]), found[4]
    if len(year) == 2:
        return UNKNOWN, "two-digit year", (
            f"has a two-digit year, so its century is not certain; it was read as '{UNKNOWN}'. "
            f"Write the year in full, best as YYYY-MM-DD (e.g. 20{year}-{month:02d}-{day:02d}).")
    if _real_day(int(year), month, day):
        return f"{year}-{month:02d}-{day:02d}", "day first", ""
    if _real_day(int(year), day, month):  # 2/27/2022: only month first makes it a day
        return UNKNOWN, "us date", (
            f"cannot be read day first (there is no month {month}); month first it would be "
            f"{month} {_MONTHS[day - 1]} {year}, as a US-English Excel writes dates. It was not "
            f"guessed and was read as '{UNKNOWN}'. Write it as {year}-{day:02d}-{month:02d} "
            "(YYYY-MM-DD). If the whole file came from a US-English Excel, write all its dates "
            "so: the kit reads 3/2/2022 day first, as 3 February.")
    return UNKNOWN, "no such day", (
        f"is not a day of the calendar (day {day} of month {month}, read day first); it was "
        f"read as '{UNKNOWN}'. Correct it, best written as YYYY-MM-DD, e.g. 2022-02-25.")


def _lines_text(lines: list[int], shown: int = 10) -> str:
    """Line numbers for a note: the first ``shown``, then "...".

    >>> _lines_text([2, 3, 4]), _lines_text(list(range(2, 20)), shown=3)
    ('2, 3, 4', '2, 3, 4, ...')
    """
    return ", ".join(map(str, lines[:shown])) + (", ..." if len(lines) > shown else "")


def _day_first_note(shown: str, read: list[tuple[int, str, str]], us: list[int]) -> str:
    """The one note for all the dates of metadata.csv that were read day first:
    (line, as written, as read) each; ``us`` are the lines of dates only month first reads."""
    _line, written, iso = read[0]
    lines = [line for line, *_ in read]
    start = (f"{shown}: {len(read)} date(s) were written day first (line(s) {_lines_text(lines)}) "
             f"and were read so: '{written}' as {iso}, as Dutch and Danish Excel write dates. ")
    # a date whose first number is over 12 (27-2-2022) can only be day first: the file's order
    only_day_first = [line for line, written, _ in read
                      if int(re.split(r"[-./]", written)[0]) > 12]
    if us and only_day_first:
        return start + (
            f"Line(s) {_lines_text(only_day_first)} can only be day first (27-2-2022), so the "
            f"file writes dates day first, but line(s) {_lines_text(us)} only month first "
            "(2/27/2022): check those lines and write them as YYYY-MM-DD.")
    if us:
        return start + (
            f"But line(s) {_lines_text(us)} have a date that only month first makes a day "
            "(2/27/2022), and every date read day first could be month first too (3-2-2022), "
            "so this file most likely came from a US-English Excel: then the dates read day "
            "first are wrong too. Write all its dates as YYYY-MM-DD.")
    return start + ("Nothing to do, unless the file came from a US-English Excel (month first, "
                    "2/27/2022): then those dates are wrong; write them as YYYY-MM-DD.")


def _summarise(notes: list[_Note], tagged: list[tuple[_Note, str, int]], shown: str) -> None:
    """Where more than :data:`SAME_PROBLEM_LIMIT` rows of metadata.csv have the same kind of
    problem, keep the first few notes and put one line in place of the rest: "... and N more
    rows with the same problem (lines a, b, c, ...)". ``tagged`` is (note, kind, line) for
    each row's note."""
    kinds: dict[str, list[tuple[_Note, int]]] = {}
    for note, kind, line in tagged:
        kinds.setdefault(kind, []).append((note, line))
    drop: set[int] = set()
    replace: dict[int, _Note] = {}
    for rows in kinds.values():
        if len(rows) <= SAME_PROBLEM_LIMIT:
            continue
        rest = rows[SAME_PROBLEM_SHOWN:]
        lines = [line for _, line in rest]
        first = rows[0][1]
        replace[id(rest[0][0])] = _Note(shown, "metadata", (
            f"{shown}: ... and {len(rest)} more rows with the same problem as line {first} "
            f"(lines {_lines_text(lines)})."))
        drop |= {id(note) for note, _ in rest[1:]}
    notes[:] = [replace.get(id(n), n) for n in notes if id(n) not in drop]


@dataclass(frozen=True)
class _Note:
    file: str
    status: str  # "skipped", "loaded with a note", "metadata"
    problem: str


@lru_cache(maxsize=1)
def bundled_corpus_folder() -> Path:
    """Return the folder of the course's own corpus (``raw/`` texts and ``metadata.csv``).

    In a source checkout that is the repository's ``corpus/`` folder; an installed wheel
    carries the same files inside the package.
    """
    inside = files("framelab").joinpath("_bundled_corpus")
    if inside.is_dir():
        return Path(str(inside))
    checkout = Path(__file__).resolve().parents[2] / "corpus"
    if (checkout / "raw").is_dir():
        return checkout
    raise CorpusError("The course's corpus was not found next to the framelab package. "
                      "Reinstall the kit (see the README), or pass your own folder: "
                      "load_corpus('path/to/folder').")


def _text_folder(folder: Path) -> tuple[Path, Path | None]:
    """Where the texts are, and where metadata.csv is (or None)."""
    texts = folder
    if not any(_is_txt(p) for p in folder.iterdir()) and (folder / "raw").is_dir():
        texts = folder / "raw"
    for place in (texts, folder, texts.parent if texts.name == "raw" else None):
        candidate = _metadata_in(place) if place is not None else None
        if candidate is not None:
            return texts, candidate
    return texts, None


def text_folder(folder: str | Path | None = None) -> Path:
    """Return the folder that holds a corpus's .txt files (``raw/`` for the course's articles).

    Args:
        folder: The corpus folder, as for :func:`load_corpus`; ``None`` for the course's articles.

    >>> text_folder().name
    'raw'
    """
    return _text_folder(_resolve(folder))[0]


def _metadata_in(folder: Path) -> Path | None:
    """``folder``'s metadata.csv, whatever its capitals (Metadata.CSV from Windows)."""
    exact = folder / "metadata.csv"
    if exact.is_file():
        return exact
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return None
    return next((p for p in entries if p.name.lower() == "metadata.csv" and p.is_file()), None)


def _is_txt(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == ".txt" and not path.name.startswith(".")


def guess_language(text: str) -> str:
    """Guess a text's language from its function words, or say 'unknown'.

    It counts the most frequent short words of each language (from the ``stop-words``
    package) and picks the language with clearly more of them. Dutch and Danish are told apart
    first, as the course's corpus needs; then the other languages of
    :data:`framelab.LANGUAGES` are tried with their words that are neither Dutch nor Danish
    (so a Dutch or Danish text keeps its guess). Norwegian is not guessed: its function words
    are Danish ones. A guess is a guess: write the language in metadata.csv.

    >>> guess_language("Het is volgens de minister niet nodig om troepen te sturen.")
    'nl'
    >>> guess_language("Det er nu op til Rusland at nedtrappe den konflikt.")
    'da'
    >>> guess_language("Lavrov said that Russia wants guarantees from the West before the talks.")
    'en'
    >>> guess_language("12345")
    'unknown'
    """
    check_type("text", text, str, "a text (a str)")
    # each word once, with how often it stands in the text: the scores are the same sums,
    # counted over the text's distinct words instead of over all its words, once per list
    tokens = Counter(_letter_words(text.casefold()))
    other = _best(tokens, _other_function_words(), minimum=3)
    if other not in (UNKNOWN, "nl/da"):
        return other
    return _best(tokens, _function_words(), minimum=3)


_LETTERS = re.compile(r"[^\W\d_]+")
# Marks that are no letters and that texts often hold, each put as a space where a text's
# words of letters are wanted (:func:`_letter_words`; tests/test_speed_paths.py checks them).
_NO_LETTERS = tuple(',.:;!?"()-–—/\'‘’“”„«»')


def _letter_words(text: str) -> list[str]:
    r"""The runs of letters of ``text``, as ``_LETTERS.findall(text)`` finds them, faster.

    A space in place of each mark of :data:`_NO_LETTERS` (none is a letter) leaves the runs as
    they are; most pieces between the spaces are then letters only (``str.isalpha``: each
    such character ``[^\W\d_]`` matches, a test checks every one), each piece one run; the
    pattern reads only the other pieces. ``tests/test_speed_paths.py`` compares with the pattern.

    >>> _letter_words("Het is 2021, zei ze: «nee»_x")
    ['Het', 'is', 'zei', 'ze', 'nee', 'x']
    """
    for mark in _NO_LETTERS:
        if mark in text:
            text = text.replace(mark, " ")
    words: list[str] = []
    add = words.append
    for piece in text.split():
        if piece.isalpha():
            add(piece)
        else:
            words += _LETTERS.findall(piece)
    return words


def _best(tokens: Counter[str], lists: dict[str, frozenset[str]], *, minimum: int) -> str:
    """The language with the most tokens in its list, if clearly ahead (1.5 times the next).

    ``tokens`` counts each word of the text: a list's score is how many of the text's words
    stand in it, the sum of the counts of the distinct words that do (``_best_plain`` counts
    word by word; tests/test_speed_paths.py compares).
    """
    scores = {lang: sum(map(tokens.__getitem__, words.intersection(tokens)))
              for lang, words in lists.items()}
    return _ahead(scores, minimum)


def _best_plain(tokens: list[str], lists: dict[str, frozenset[str]], *, minimum: int) -> str:
    """:func:`_best` word by word: each of the text's words looked up in each list."""
    scores = {lang: sum(token in words for token in tokens) for lang, words in lists.items()}
    return _ahead(scores, minimum)


def _ahead(scores: dict[str, int], minimum: int) -> str:
    """The language with the highest score, if clearly ahead (1.5 times the next)."""
    best = max(scores, key=lambda lang: scores[lang])
    others = max(score for lang, score in scores.items() if lang != best)
    return best if scores[best] >= minimum and scores[best] >= 1.5 * others else UNKNOWN


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    from stop_words import get_stop_words

    nl, da = set(get_stop_words("dutch")), set(get_stop_words("danish"))
    # Words both languages share ("en", "er", "op", "om", ...) say nothing about which it is.
    return {"nl": frozenset(nl - da), "da": frozenset(da - nl)}


@lru_cache(maxsize=1)
def _other_function_words() -> dict[str, frozenset[str]]:
    """The function words of the kit's other languages that are neither Dutch nor Danish; a
    Dutch or Danish text scores 0 on them except by chance, and then the Dutch and Danish
    lists decide (their score counts here as one list)."""
    from stop_words import get_stop_words

    nl_da = set(get_stop_words("dutch")) | set(get_stop_words("danish"))
    lists = {code: frozenset(set(get_stop_words(name)) - nl_da)
             for code, name in LANGUAGE_NAMES.items() if code not in ("nl", "da", "nb")}
    return {"nl/da": frozenset(nl_da), **lists}


def read_metadata(path: str | Path, *, files_present: list[str] | None = None,
                  files_skipped: dict[str, str] | None = None
                  ) -> tuple[pd.DataFrame, list[_Note]]:
    """Read a metadata.csv leniently: good rows are kept, every bad row is reported.

    It accepts a comma or semicolon separator (Excel in Dutch and Danish saves with
    semicolons), UTF-8 with or without BOM, and Windows-1252. ``files_present`` are the usable
    text files of the folder; ``files_skipped`` maps a file that is there but was skipped (an
    empty file, a binary one) to why, so that its row's note says so.

    Returns:
        The table (one row per file, all values as text) and a list of notes.
    """
    p = Path(path)
    shown = display_path(p)
    notes: list[_Note] = []
    result = read_text_file(p)
    empty = pd.DataFrame(columns=["file"])
    if not result.usable:
        return empty, [_Note(shown, "metadata", f"{result.problem} The texts are loaded without "
                             "metadata.")]
    # Excel saves CSV files with Windows line endings: normal for metadata, so not worth a note.
    notes += [_Note(shown, "metadata", note) for note in result.notes if "line endings" not in note]
    text = result.text or ""
    # Excel's "sep=;" first line names the separator; the column names come after it.
    delimiter, text, first_line = csv_separator(text)
    rows = _csv_rows(text, delimiter, first_line, shown, notes)
    header = [h.strip().lower().lstrip("\ufeff") for h in rows[0][1]] if rows else []
    if "file" not in header:
        return empty, notes + [_Note(shown, "metadata", (
            f"{shown} has no 'file' column in its first line, so its rows cannot be matched to "
            f"the texts; it was ignored. The first line should name the columns, e.g. "
            f"'file,language,date', with one row per .txt file."))]
    for column in dict.fromkeys(h for h in header if h and header.count(h) > 1):
        places = [str(i + 1) for i, h in enumerate(header) if h == column]
        notes.append(_Note(shown, "metadata", (
            f"{shown} has {len(places)} columns named '{column}' (columns "
            f"{', '.join(places)}); the first was used. Rename or delete the others.")))
    for column in dict.fromkeys(header):
        note = _column_typo(column, header, shown, first_line)
        if note:
            notes.append(_Note(shown, "metadata", note))
    # The first column of each name counts; a later one of the same name is left out.
    keep = [bool(h) and header.index(h) == i for i, h in enumerate(header)]
    while len(header) > 1 and not header[-1]:  # "file,language," : a trailing separator
        header, keep = header[:-1], keep[:-1]
    trailing: list[int] = []  # the line numbers of rows with a separator too many at the end
    filled = 0  # rows with any value
    records: list[dict[str, str]] = []
    seen: set[str] = set()
    present = {_nfc(name) for name in files_present or ()}
    ignored: dict[str, int] = {}  # file -> the line of its row that was ignored
    tagged: list[tuple[_Note, str, int]] = []  # each row's note, its kind and line
    day_first: list[tuple[int, str, str]] = []  # (line, as written, as read)

    def row_note(kind: str, number: int, problem: str) -> None:
        note = _Note(shown, "metadata", problem)
        notes.append(note)
        tagged.append((note, kind, number))

    for number, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        filled += 1
        if len(row) > len(header) and not row[-1].strip():  # "a.txt,nl," : a separator too many
            trailing.append(number)
        while len(row) > len(header) and not row[-1].strip():
            row = row[:-1]
        if len(row) != len(header):
            # "a.txt;nl;2022-02-25" in a comma file: one value, its fields split by another mark
            other = next((mark for mark in ";,\t" if mark != delimiter and len(row) == 1
                          and row[0].count(mark) == len(header) - 1), None)
            advice = (f"Its values are separated by '{other}' (\"{row[0][:40]}\"), the rest of "
                      f"the file by '{delimiter}': write '{delimiter}' between them, as in the "
                      "header." if other else
                      f"A value that contains a '{delimiter}' must be put in double quotes.")
            row_note("values", number, (
                f"{shown} line {number} has {len(row)} values but the header has {len(header)}; "
                f"the row was ignored. {advice}"))
            for cell in row:  # the file it was about, for that file's own note
                if _nfc(cell.strip()) in present:
                    ignored.setdefault(_nfc(cell.strip()), number)
            continue
        record = {key: value.strip()
                  for key, value, kept in zip(header, row, keep, strict=True) if kept}
        name = _nfc(record["file"])
        if not name:
            row_note("empty file", number, f"{shown} line {number} has an empty 'file' "
                     "value; the row was ignored.")
            continue
        if name in seen:
            row_note("twice", number, f"{shown} line {number} describes {name} a "
                     "second time; the first row was kept.")
            continue
        if files_present is not None and name not in present and name in (files_skipped or {}):
            why = (files_skipped or {})[name].rstrip(".")
            row_note("skipped", number, f"{shown} line {number} describes {name}, "
                     f"which is in the folder but was skipped: {why}. The row was "
                     f"ignored. Fix the file (see its own row of this report), or "
                     f"delete the line.")
            continue
        if files_present is not None and name not in present:
            close = difflib.get_close_matches(name, sorted(present), n=1, cutoff=0.8)
            hint = (f" Did you mean {close[0]} (in the folder)? Then correct the name in "
                    f"{shown}." if close else "")
            row_note("no file", number, f"{shown} line {number} describes {name}, but "
                     "there is no such usable text file in the folder; the row was "
                     "ignored. Check the file name (capitals and extension count)." + hint)
            continue
        date = record.get("date", "")
        read, how, advice = read_date(date)
        if advice:
            row_note(f"date: {how}", number, f"{shown} line {number}: date {date!r} {advice}")
            record["date"] = UNKNOWN
            record["date_status"] = UNKNOWN
        elif read != date:  # read day first (one note for them all) or as a month
            record["date"] = read
            if how == "day first":
                day_first.append((number, date, read))
        seen.add(name)
        records.append(record)
    if trailing and len(trailing) == filled:  # every row: how the file was saved
        notes.append(_Note(shown, "metadata", (
            f"{shown}: {len(trailing)} row(s) end with an extra '{delimiter}' (an empty value "
            "after the last column); it was ignored. Nothing to do, unless a value is missing "
            "there.")))
    elif trailing:  # some rows only: more likely a value with the separator in it, unquoted
        lines = ", ".join(map(str, trailing[:5])) + (", ..." if len(trailing) > 5 else "")
        notes.append(_Note(shown, "metadata", (
            f"{shown} line(s) {lines} have one value more than the header, the last one empty, "
            "unlike the other rows. Most likely a value there holds a "
            f"'{delimiter}' without double quotes (a headline with \"1{delimiter}3 milliarder\"), "
            "which cuts it in two and moves the values after it one column on. Put such a "
            f"value in double quotes (\"Danmark donerer 1{delimiter}3 milliarder\"); if the line "
            f"only ends with an extra '{delimiter}', delete that.")))
    if day_first:
        us = [line for _, kind, line in tagged if kind == "date: us date"]
        notes.append(_Note(shown, "metadata", _day_first_note(shown, day_first, us)))
    _summarise(notes, tagged, shown)
    columns = [h for h, kept in zip(header, keep, strict=True) if kept]
    table = pd.DataFrame(records, columns=columns or ["file"])
    table.attrs["ignored_rows"] = ignored
    return table, notes


def _column_typo(column: str, header: list[str], shown: str, line: int) -> str:
    """A note for a column of metadata.csv whose name is near one the kit knows but is not
    it ('langauge', 'datestatus'): the kit would keep it as a column of its own and read no
    language or date status from it, without a word. "" for a known column, one the file
    also has under the right name, or one near none.

    >>> print(_column_typo("langauge", ["file", "langauge"], "metadata.csv", 1))
    metadata.csv line 1: the column 'langauge' is not one the kit knows; did you mean 'language'? It is kept as a column of its own, and no article's language is read from it. Rename it 'language' in the first line of metadata.csv.
    >>> _column_typo("section", ["file", "section"], "metadata.csv", 1)
    ''
    """
    known = (*METADATA_COLUMNS, *FROM_TEXT_COLUMNS)
    if not column or column in known:
        return ""
    near = [c for c in difflib.get_close_matches(column.replace(" ", "_"), known, n=1,
                                                 cutoff=0.8) if c not in header]
    if not near:
        return ""
    what = {"language": "no article's language", "date": "no article's date",
            "date_status": "no article's date status", "id": "no article's id",
            "file": "no file name"}.get(near[0], f"no article's {near[0]}")
    return (f"{shown} line {line}: the column {column!r} is not one the kit knows; did you mean "
            f"{near[0]!r}? It is kept as a column of its own, and {what} is read from it. "
            f"Rename it {near[0]!r} in the first line of {shown}.")


def _csv_rows(text: str, delimiter: str, first_line: int, shown: str, notes: list[_Note]
              ) -> list[tuple[int, list[str]]]:
    """(line number, values) per row of a CSV text, with unclosed quotes found and undone.

    A quoted value may hold line breaks, so a row's line number is where it starts in the
    file. A double quote that is never closed swallows the rows after it into one value; such a
    row is reported and the lines it swallowed are read again as rows of their own.
    """
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    lines = text.split("\n")
    for row in reader:
        end = reader.line_num
        swallowed = end > start and any(
            "\n" in cell and any(delimiter in part for part in cell.split("\n")[1:])
            for cell in row)
        if swallowed and rows:
            notes.append(_Note(shown, "metadata", (
                f"{shown} line {start + first_line - 1} opens a double quote (\") that is not "
                f"closed on that line, so lines {start + first_line}-{end + first_line - 1} were "
                "read into one value. That line was ignored and the lines after it were read "
                "as rows. Close the quote (\"like this\") or delete it.")))
            again = "\n".join(lines[start:end])
            rows += [(start + line + first_line - 1, r)
                     for line, r in _csv_rows(again, delimiter, 1, shown, notes)]
        else:
            rows.append((start + first_line - 1, row))
        start = end + 1
    return rows


def _fingerprint(text: str, *, chunk: int = 1 << 20) -> tuple[str, int]:
    """A hash of ``text`` with its whitespace evened out (so copies are found however they are
    wrapped), and its number of words; a megabyte at a time, so a 50 MB file stays cheap.

    >>> _fingerprint("a  b\\nc")[0] == _fingerprint("a b c", chunk=2)[0], _fingerprint("a  b\\nc")[1]
    (True, 3)
    """
    digest = hashlib.blake2b(digest_size=16)
    words, start, first = 0, 0, True
    while start < len(text):
        end = min(len(text), start + chunk)
        while end < len(text) and not text[end].isspace():  # cut between two words
            end += 1
        part = text[start:end].split()
        if part:
            digest.update((("" if first else " ") + " ".join(part)).encode("utf-8", "surrogatepass"))
            words += len(part)
            first = False
        start = end
    return digest.hexdigest(), words


#: The corpus's own files beside its texts (metadata, the lessons' facts, the actor table of
#: framelab.course_facts): never articles, even where their extension is a table's.
CORPUS_FILES = frozenset({"metadata.csv", "course.toml", "actors.csv"})


def is_corpus_file(path: Path) -> bool:
    """True for one of :data:`CORPUS_FILES`, or the actor table a ``course.toml`` beside
    ``path`` (or in the folder above, for ``raw/``) names (``actors = "..."``): the corpus's
    own files, which neither load_corpus nor the export readers take for articles."""
    if path.name.lower() in CORPUS_FILES:
        return True
    if path.suffix.lower() == ".txt":  # an article's (and the check of every text stays cheap)
        return False
    import tomllib

    for config in (path.parent / "course.toml", path.parent.parent / "course.toml"):
        try:
            named = tomllib.loads(config.read_text(encoding="utf-8-sig")).get("actors")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        if isinstance(named, str) and named.strip():
            try:
                return (config.parent / named).resolve() == path.resolve()
            except OSError:
                return False
    return False


def _collect(folder: Path) -> tuple[list[tuple[Path, str, tuple[str, ...], str]], list[_Note]]:
    """Read every .txt file of ``folder``: (path, text, notes, encoding) per usable file.

    Each entry's kind and size are looked at first (:func:`framelab.reading.file_problem`):
    pipes, devices, folders named ``x.txt``, broken links and huge files are skipped with a
    note instead of being opened.
    """
    notes: list[_Note] = []
    usable: list[tuple[Path, str, tuple[str, ...], str]] = []
    first_of: dict[str, str] = {}
    lengths: list[tuple[str, int]] = []  # (file, words) of each usable file
    for path in sorted(folder.iterdir(), key=lambda p: (p.name.casefold(), p.name)):
        name = safe_name(path.name)
        if name != path.name:
            notes.append(_Note(name, "loaded with a note", (
                f"The name of {name} is not valid UTF-8 (a zip made on Windows and unpacked "
                "elsewhere can do that); it is shown with � in its place. Rename the file, "
                "e.g. without accents.")))
        is_txt = path.suffix.lower() == ".txt"
        if path.is_dir() and not path.is_symlink():
            if is_txt:
                notes.append(_Note(name, "skipped", file_problem(path, folder)[0] or ""))
            continue
        if name.startswith("."):
            if is_txt:
                notes.append(_Note(name, "skipped", f"{name} is a hidden file (macOS makes "
                                   "'._' copies on USB sticks); it was skipped."))
            continue
        if not is_txt:
            if not is_corpus_file(path):  # the corpus's own files are no articles
                notes.append(_Note(name, "skipped", f"{name} is not a .txt file; it was skipped. "
                                   "Save articles as plain text (.txt, UTF-8) to include them."))
            continue
        data, problem, file_notes = read_article_bytes(path, folder)
        notes += [_Note(name, "loaded with a note", note) for note in file_notes]
        if data is None:
            notes.append(_Note(name, "skipped", problem or ""))
            continue
        result = decode_bytes(data, name)
        if not result.usable:
            notes.append(_Note(name, "skipped", result.problem or ""))
            continue
        text = result.text or ""
        key, words = _fingerprint(text)
        if key in first_of:
            notes.append(_Note(name, "skipped", f"{name} is an exact copy of {first_of[key]}; "
                               "only the first was loaded. Delete one of the two."))
            continue
        first_of[key] = name
        notes += [_Note(name, "loaded with a note", note) for note in result.notes]
        if words > HUGE_ARTICLE_WORDS:
            notes.append(_Note(name, "loaded with a note", (
                f"{name} has {words:,} words, far more than one article (a long one has a few "
                "thousand): is it many articles in one file? Split it into one .txt file per "
                "article, or the counts will treat it as one text.")))
        usable.append((path, text, file_notes + result.notes, result.encoding or ""))
        lengths.append((name, words))
    _note_short(lengths, notes)
    return usable, notes


def _resolve(folder: str | Path | None) -> Path:
    if folder is None:
        return bundled_corpus_folder()
    if not isinstance(folder, (str, Path)):
        raise ArgumentTypeError(f"folder should be a folder path such as 'my_corpus', but it is "
                                f"{a_type(folder)}: {folder!r:.60}.")
    if not str(folder).strip():
        raise CorpusError(f"folder={folder!r} is empty. Pass the folder that holds your .txt "
                          "files, e.g. load_corpus('my_corpus'), or nothing for the course's "
                          "articles.")
    path = Path(folder).expanduser()
    if not path.exists():
        raise CorpusError(f"folder={str(folder)!r} does not exist (looked in {path.resolve()}). "
                          "Check the spelling, or give the full path to the folder.")
    if not path.is_dir():
        raise CorpusError(f"folder={str(folder)!r} is a file, not a folder. Pass the folder that "
                          "holds your .txt files.")
    return path


def _gather(root: Path, *, given: bool = True) -> tuple[
        Path, list[tuple[Path, str, tuple[str, ...], str]], list[_Note],
        dict[str, dict[str, str]], list[str], dict[str, int]]:
    """The texts of a folder and its metadata: what load_corpus and check_corpus share; last,
    the files whose metadata row was ignored (a value too many), with the row's line."""
    texts_folder, metadata_path = _text_folder(root)
    usable, notes = _collect(texts_folder)
    if not usable:
        found = "".join(f"\n  - {note.problem}" for note in notes)
        raise CorpusError(
            f"No usable .txt file was found in {safe_name(display_path(texts_folder))}. Put your "
            "articles there as plain text files (.txt, UTF-8), one article per file."
            + (f" What was found:{found}" if found else "")
        )
    names = [_nfc(path.name) for path, *_ in usable]
    if metadata_path is not None:
        skipped = {_nfc(n.file): _reason(n.problem) for n in notes if n.status == "skipped"}
        metadata, metadata_notes = read_metadata(metadata_path, files_present=names,
                                                 files_skipped=skipped)
        notes += metadata_notes
    else:
        metadata = pd.DataFrame(columns=["file"])
        if given:
            notes.append(_Note("metadata.csv", "metadata", "There is no metadata.csv; ids come "
                               "from the file names and languages are guessed. Add one to "
                               "record outlet, date and headline."))
    by_file = {_nfc(row["file"]): row for row in metadata.to_dict("records")}
    extra = [c for c in metadata.columns if c not in METADATA_COLUMNS and c not in FROM_TEXT_COLUMNS]
    ignored = dict(metadata.attrs.get("ignored_rows", {}))
    return texts_folder, usable, notes, by_file, extra, ignored


def _nfc(name: str) -> str:
    """A file name in one form: macOS writes 'ë' as 'e' plus an accent, a spreadsheet as 'ë'."""
    return unicodedata.normalize("NFC", name)


def _described(path: Path, raw: str, by_file: dict[str, dict[str, str]], notes: list[_Note]
               ) -> tuple[dict[str, object], dict[str, str]]:
    """An article's metadata row (id, language, ...) and its metadata.csv values; notes added."""
    name = safe_name(path.name)
    meta = {k: (v if v else UNKNOWN) for k, v in by_file.get(_nfc(path.name), {}).items()}
    row: dict[str, object] = {c: meta.get(c, UNKNOWN) for c in METADATA_COLUMNS}
    row["file"] = name
    row["language"] = str(row["language"]).strip().lower()  # "NL" means "nl"
    if row["id"] == UNKNOWN:
        row["id"] = safe_name(path.stem)
    if row["language"] == UNKNOWN:
        guessed = guess_language(raw[:GUESS_SAMPLE])
        row["language"] = guessed
        # metadata.csv has rows, but none for this file (a misspelt name in its 'file' column?)
        no_row = bool(by_file) and _nfc(path.name) not in by_file
        has_language_column = any("language" in r for r in by_file.values())
        notes.append(_Note(name, "loaded with a note", (
            f"{name}: no language in metadata.csv (it has no row for this file: is the name "
            f"misspelt there?); guessed '{guessed}' from its words." if no_row
            and guessed != UNKNOWN else
            f"{name}: no language in metadata.csv; guessed '{guessed}' from its words."
            if guessed != UNKNOWN else
            f"{name}: metadata.csv has no row for this file (is the name misspelt there?), and "
            "its language could not be guessed from its words; add a row for it with its "
            "language (nl, da, ...)." if no_row else
            f"{name}: its row in metadata.csv has no language and none could be guessed from its "
            "words; fill in its 'language' (nl, da, ...)." if has_language_column else
            f"{name}: no language in metadata.csv and none could be guessed; "
            "add a 'language' column (nl, da, ...) to metadata.csv.")))
    elif row["language"] not in LANGUAGES:
        notes.append(_Note(name, "loaded with a note", (
            f"{name}: language '{row['language']}' in metadata.csv. "
            f"{suggested_code(row['language'])}The kit's tokenizer, "
            "stopwords, stems and lemmas work for these languages only: "
            f"{supported_languages_text()}; counting, concordances, frames and quotes will "
            "refuse this article. Correct the language if it is wrong (a two-letter code such "
            "as 'en'), or keep the article for reading only (framelab.show_article).")))
    return row, meta


_NO_ROW = " (it has no row for this file: is the name misspelt there?)"


def _explain_ignored(notes: list[_Note], ignored: dict[str, int]) -> None:
    """A file whose metadata row was ignored (a value too many) has a row: its note says that
    row's line, not "is the name misspelt there?"."""
    for i, note in enumerate(notes):
        line = ignored.get(_nfc(note.file))
        if line is not None and _NO_ROW in note.problem:
            notes[i] = _Note(note.file, note.status, note.problem.replace(
                _NO_ROW, f" (its row, line {line}, was ignored: see the note of that line)"))


_GUESSED = re.compile(r"(?P<file>.+): no language in metadata\.csv; guessed '(?P<language>\w+)' "
                      r"from its words\.")


def _merge_guesses(notes: list[_Note], by_file: dict[str, dict[str, str]]) -> None:
    """One note, not one per file, where metadata.csv has no language column (or there is no
    metadata.csv) and the languages of several files were guessed: "nl for 8 files, da for 4".
    A file whose own row leaves its language empty keeps its own note."""
    if any("language" in row for row in by_file.values()):
        return
    guessed = [(i, _GUESSED.fullmatch(n.problem)) for i, n in enumerate(notes)
               if n.status == "loaded with a note"]
    guessed = [(i, found) for i, found in guessed if found]
    if len(guessed) < 2:
        return
    counts = Counter(found["language"] for _, found in guessed)
    named = len(guessed) <= 12  # a few files: their names too
    each = ", ".join(
        f"'{language}' for {count}" + (" (" + ", ".join(
            f["file"] for _, f in guessed if f["language"] == language) + ")" if named else "")
        for language, count in counts.most_common())
    merged = _Note("metadata.csv", "loaded with a note", (
        f"metadata.csv gives no language, so the language of {len(guessed)} files was guessed "
        f"from their words: {each}"
        + ("" if named else " (the corpus table's language column shows which)")
        + ". A guess is a guess: add a 'language' column (nl, da, ...) to metadata.csv to be sure."))
    first = guessed[0][0]
    drop = {i for i, _ in guessed}
    notes[:] = [merged if i == first else n for i, n in enumerate(notes)
                if i == first or i not in drop]


#: A file with fewer words than this, and under a quarter of the folder's middle length, gets a
#: note: a per-1,000-word score (frames, keyness) of so short a text moves a lot with one word,
#: and a page saved with only its headline and a photo credit is no article to compare.
SHORT_ARTICLE_WORDS = 50


def _note_short(lengths: list[tuple[str, int]], notes: list[_Note]) -> None:
    """Add a note for each (file, words) far shorter than the folder's other files."""
    if len(lengths) < 2:
        return
    middle = float(pd.Series([words for _, words in lengths]).median())
    for name, words in lengths:
        if words < SHORT_ARTICLE_WORDS and words < middle / 4:
            notes.append(_Note(name, "loaded with a note", (
                f"{name} has only {words} word(s) (half the files have over {middle:.0f}): too "
                "short to compare with the others, since a score per 1,000 words of so short a "
                "text moves a lot with one word. If it holds no whole article (only a headline, "
                "a caption or a teaser: was the page saved whole?), save the whole article or "
                "leave the file out of the folder.")))


def _note_duplicate_ids(ids: pd.Series, notes: list[_Note]) -> None:
    duplicated = ids[ids.duplicated()].unique().tolist()
    if duplicated:
        notes.append(_Note("metadata.csv", "metadata", f"The id(s) {', '.join(duplicated)} are "
                           "used for more than one file; give every article its own id."))


def load_corpus(
    folder: str | Path | None = None,
    *,
    clean: bool = True,
    rules: pd.DataFrame | str | Path | None = None,
    quiet: bool = False,
) -> pd.DataFrame:
    """Load a folder of .txt articles (and its metadata.csv) into a table, one row per article.

    Args:
        folder: A folder of .txt files, or a folder with a ``raw/`` folder of them. A
            ``metadata.csv`` beside the texts (or beside ``raw/``) adds metadata by file name.
            ``None`` loads the course's own five articles.
        clean: Fill the ``text`` column with the cleaned text (see :func:`framelab.clean_text`).
            With ``clean=False`` it holds the raw text.
        rules: Cleaning rules (default: :func:`framelab.cleaning_rules`).
        quiet: Do not print the report of skipped files and notes.

    Returns:
        A DataFrame with the metadata columns, the metadata that cleaning moved out of the
        text (section, byline, dateline, date_prefix), ``raw_text``, ``text``, ``encoding``,
        ``words_raw`` and ``words``. ``check_corpus(corpus)`` gives its report table.

    Raises:
        CorpusError: When the folder does not exist or holds no usable text at all.

    >>> corpus = load_corpus(quiet=True)
    >>> len(corpus), corpus.loc[3, "language"], corpus.loc[0, "byline"]
    (5, 'da', 'ANP')
    """
    check_type("clean", clean, bool, "True or False")
    check_type("quiet", quiet, bool, "True or False")
    if _is_export_source(folder):
        from .imports.folder import load_exports

        return load_exports(folder, clean=clean, rules=rules, quiet=quiet)
    root = _resolve(folder)
    table = None if rules is None else _as_rules(rules)
    given = folder is not None
    # run-course's kernels load the same folder once each: read back from its cache (see
    # framelab.cache; elsewhere only the course's own articles are). The kit's own rules are part of the kit,
    # which the cache knows, so they are read and checked only when the corpus is worked out.
    def key() -> tuple[object, ...]:
        if table is None:
            rules_key = "the kit's rules"
        else:
            rules_text = table.to_csv(index=False).encode("utf-8", "surrogatepass")
            rules_key = hashlib.blake2b(rules_text, digest_size=16).hexdigest()
        return (str(root.resolve()), folder_state(root, *[root / "raw"] * (root / "raw").is_dir()),
                clean, given, rules_key)

    corpus = cached("corpus", key, lambda: _load(root, _as_rules(None) if table is None else table,
                                                 clean=clean, given=given),
                    kits_own=folder is None)  # the course's own articles: in every lesson
    if table is not None:
        # for removal_log(corpus): the rules these texts were cleaned by (as text, which pandas
        # can compare when it joins tables; a table in attrs would make that fail)
        corpus.attrs["cleaning_rules"] = table.to_csv(index=False)
    if not quiet:
        _print_report(corpus, _report_table(corpus.attrs["report"]), _text_folder(root)[0])
    return corpus


def _is_export_source(folder: object) -> bool:
    """:func:`framelab.imports.is_export_source` (news-database exports and tables), which
    opens every .txt file of a folder to see if it is an export; in run-course's kernels read
    back from its cache while the folder's files stay the same (see :mod:`framelab.cache`)."""
    from .imports.dispatch import is_export_source

    if not isinstance(folder, (str, Path)) or not str(folder).strip():
        return is_export_source(folder)
    path = Path(folder).expanduser()
    if not path.is_dir():
        return is_export_source(folder)
    return cached("export-source", lambda: (str(path.resolve()), folder_state(
        path, *[path / "raw"] * (path / "raw").is_dir())), lambda: is_export_source(folder))


def _load(root: Path, table: pd.DataFrame, *, clean: bool, given: bool) -> pd.DataFrame:
    """The corpus table of the folder ``root`` (see :func:`load_corpus`), with its report of
    notes in ``attrs["report"]``."""
    _texts, usable, notes, by_file, extra, ignored = _gather(root, given=given)
    rows: list[dict[str, object]] = []
    prepared: dict[str, _Prepared] = {}  # the rules compiled once per language, not per article
    for path, raw, _, encoding in usable:
        row, meta = _described(path, raw, by_file, notes)
        language = str(row["language"])
        if language not in prepared:
            prepared[language] = _prepared_rules(table, language)
        # (what clean_text does, without its removal table, which load_corpus does not keep)
        text, _log, metadata = _clean(raw, prepared[language], str(row["id"]))
        for column in FROM_TEXT_COLUMNS:
            row[column] = metadata.get(column, UNKNOWN)
        if row["date"] == UNKNOWN and row["date_prefix"] != UNKNOWN:
            row["date"], row["date_status"] = row["date_prefix"], "prefix in the file"
            row["date_evidence"] = f"prefix ' date {row['date_prefix']}' before the text"
        row.update({c: meta.get(c, UNKNOWN) for c in extra})
        row["raw_text"] = raw
        row["text"] = text if clean else raw
        row["encoding"] = encoding
        row["words_raw"] = word_count(raw)
        row["words"] = word_count(str(row["text"]))
        rows.append(row)
    corpus = pd.DataFrame(rows)
    _note_duplicate_ids(corpus["id"], notes)
    _explain_ignored(notes, ignored)
    _merge_guesses(notes, by_file)
    # The notes, not a table, go into attrs: pandas compares the attrs of the tables it joins
    # (pd.concat, merge), and a table inside them makes that comparison fail.
    corpus.attrs["report"] = tuple(notes)
    return corpus


def _print_report(corpus: pd.DataFrame, report: pd.DataFrame, folder: Path) -> None:
    skipped = int((report["status"] == "skipped").sum())
    print(f"Loaded {len(corpus):,} article(s) from {display_path(folder)}"
          + (f"; skipped {skipped} file(s)." if skipped else "."))
    for note in report.itertuples(index=False):
        print(f"  - {note.problem}")


def _reason(problem: str) -> str:
    """A skipped file's problem in short, as "it ...", without the file's name or the advice.

    >>> _reason("002.txt is empty (0 bytes). Paste the article's text into it.")
    'it is empty (0 bytes)'
    """
    first = problem.split("; ")[0].split(". ")[0].rstrip(".")
    name, _, rest = first.partition(" ")
    return f"it {rest}" if rest and "." in name else first


def _report_table(notes: list[_Note] | tuple[_Note, ...]) -> pd.DataFrame:
    """The report as a table, grouped by file (in the order the files first appear), the notes
    of each file in the order they were made."""
    order = {file: i for i, file in reversed(list(enumerate(n.file for n in notes)))}
    ranked = sorted(range(len(notes)), key=lambda i: (order[notes[i].file], i))
    return pd.DataFrame([notes[i].__dict__ for i in ranked], columns=list(REPORT_COLUMNS))


def check_corpus(folder: str | Path | pd.DataFrame) -> pd.DataFrame:
    """Check a corpus folder before you use it: one row per problem or note, by file.

    An empty table means every file loaded cleanly. Pass a table from :func:`load_corpus`
    instead of a folder to see the report of that load again.

    >>> check_corpus(bundled_corpus_folder()).empty
    True
    >>> list(check_corpus(load_corpus(quiet=True)).columns)
    ['file', 'status', 'problem']
    """
    if isinstance(folder, pd.DataFrame):
        notes = folder.attrs.get("report")
        if not isinstance(notes, tuple):
            raise ArgumentError("This table has no loading report: it was not made by "
                                "load_corpus() (pandas drops the report when it joins tables). "
                                "Pass the folder instead, e.g. check_corpus('my_corpus').")
        return _report_table(notes)
    if _is_export_source(folder):
        from .imports.folder import load_exports

        try:  # an export is read whole: its articles are found only by reading it
            return _report_table(load_exports(folder, quiet=True).attrs["report"])
        except CorpusError as err:
            return pd.DataFrame([{"file": str(folder), "status": "unusable",
                                  "problem": str(err)}], columns=list(REPORT_COLUMNS))
    try:
        root = _resolve(folder)
        _, usable, notes, by_file, _, ignored = _gather(root, given=folder is not None)
    except CorpusError as err:
        return pd.DataFrame([{"file": str(folder), "status": "unusable", "problem": str(err)}],
                            columns=list(REPORT_COLUMNS))
    # The same notes as load_corpus gives, without cleaning or counting the texts.
    ids = [_described(path, raw, by_file, notes)[0]["id"] for path, raw, *_ in usable]
    _note_duplicate_ids(pd.Series(ids, dtype=object), notes)
    _explain_ignored(notes, ignored)
    _merge_guesses(notes, by_file)
    return _report_table(notes)
