"""Tests of framelab.corpus: the bundled corpus, a messy folder, metadata.csv and bad arguments.

Nothing on disk may change: the bundled texts must stay byte-identical to the seeds, and every
folder built here is hashed before and after loading.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

import framelab
from framelab import (
    ArgumentTypeError,
    CorpusError,
    FramelabError,
    bundled_corpus_folder,
    check_corpus,
    guess_language,
    load_corpus,
    read_metadata,
    text_folder,
    word_count,
)
from framelab.corpus import FROM_TEXT_COLUMNS, METADATA_COLUMNS, REPORT_COLUMNS, UNKNOWN

ROOT = Path(__file__).resolve().parents[1]
# The seeds the corpus was copied from stand beside the repository in the course's workspace
# (../shared/seeds); corpus/SHA256SUMS records their hashes for every other machine.
SEEDS = ROOT.parent / "shared" / "seeds"
RAW = ROOT / "corpus" / "raw"


def _folder_digest(folder: Path) -> dict[str, str]:
    """The relative path and SHA-256 of every file under ``folder`` (hidden ones too)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- The bundled corpus ------------------------------------------------------------------------

_BUNDLED_CASES = [
    # (row, id, language, date, date_status)
    # RD.nl: the dateline under the byline gives the day
    (0, "000", "nl", "2022-02-10", "stated in the text"),
    # no date in the text; inferred from the events it reports
    (1, "001", "nl", "2024-12", "inferred"),
    # the " date 2021-10" prefix the collector put before the text
    (2, "002", "nl", "2021-10", "prefix in the file"),
    # the only Danish article, with a prefix too
    (3, "003", "da", "2021-12", "prefix in the file"),
    # Flemish copy: "vrijdag", the day after the invasion
    (4, "004", "nl", "2022-02-25", "inferred"),
]


@pytest.fixture(scope="module")
def bundled() -> pd.DataFrame:
    return load_corpus(quiet=True)


@pytest.mark.parametrize("row, id_, language, date, date_status", _BUNDLED_CASES)
def test_bundled_corpus_rows(
    bundled: pd.DataFrame, row: int, id_: str, language: str, date: str, date_status: str
) -> None:
    article = bundled.loc[row]
    assert (article["id"], article["language"], article["date"], article["date_status"]) == (
        id_, language, date, date_status)
    assert article["file"].startswith(f"{id_}_")
    assert article["encoding"] == "utf-8"


def test_bundled_corpus_shape_and_columns(bundled: pd.DataFrame) -> None:
    assert list(bundled.index) == [0, 1, 2, 3, 4]
    assert list(bundled["id"]) == ["000", "001", "002", "003", "004"]
    assert list(bundled["file"]) == sorted(p.name for p in RAW.glob("*.txt"))
    assert list(bundled.columns) == [*METADATA_COLUMNS, *FROM_TEXT_COLUMNS, "raw_text", "text",
                                     "encoding", "words_raw", "words"]
    assert check_corpus(bundled).empty
    assert list(check_corpus(bundled).columns) == list(REPORT_COLUMNS)


def test_bundled_corpus_has_no_missing_values(bundled: pd.DataFrame) -> None:
    assert not bundled.isna().any().any()
    text_columns = bundled.drop(columns=["words_raw", "words"])
    for column in text_columns:
        for value in text_columns[column]:
            assert isinstance(value, str), column
            assert value.strip(), column
            assert value.lower() not in ("nan", "none", "null"), column


_UNKNOWN_CASES = [
    # (row, column): values metadata.csv gives as "unknown" stay "unknown"
    # the outlet of the translated wire story is not known
    (1, "outlet"),
    # neither is its agency
    (1, "agency"),
    # 002 starts in the middle of the story: no headline
    (2, "headline"),
    # 004 has no headline either
    (4, "headline"),
    # only 000 has a section label, only 000 and 003 a byline
    (1, "section"),
    (4, "byline"),
    # only 002 and 003 have a date prefix
    (0, "date_prefix"),
]


@pytest.mark.parametrize("row, column", _UNKNOWN_CASES)
def test_bundled_corpus_unknown_stays_unknown(bundled: pd.DataFrame, row: int, column: str) -> None:
    assert bundled.loc[row, column] == UNKNOWN


def test_bundled_raw_text_is_the_files_text_exactly(bundled: pd.DataFrame) -> None:
    for article in bundled.itertuples():
        assert article.raw_text == (RAW / article.file).read_bytes().decode("utf-8")


def test_bundled_cleaned_text_is_shorter_and_word_counts_match(bundled: pd.DataFrame) -> None:
    for article in bundled.itertuples():
        assert len(article.text) < len(article.raw_text)
        assert article.words_raw == word_count(article.raw_text)
        assert article.words == word_count(article.text)
        assert 0 < article.words < article.words_raw


def _recorded_digest() -> dict[str, str]:
    lines = (ROOT / "corpus" / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split() for line in lines if line.strip())}


# Only in the kit's own workspace, where the seeds are: elsewhere (a clone, a student's copy)
# there is no such test, rather than a skip message about a folder the user never had. The
# next test checks the bundled files against the recorded hashes everywhere.
if SEEDS.is_dir():
    def test_the_seeds_match_the_recorded_hashes() -> None:
        assert _folder_digest(SEEDS) == _recorded_digest()


def test_bundled_files_are_byte_identical_to_the_seeds_and_stay_so() -> None:
    seeds, before = _recorded_digest(), _folder_digest(RAW)
    assert before == seeds
    assert len(before) == 5
    load_corpus(quiet=True)
    load_corpus(RAW, quiet=True, clean=False)
    check_corpus(bundled_corpus_folder())
    assert _folder_digest(RAW) == seeds


def test_bundled_corpus_folder_is_the_repository_corpus() -> None:
    assert bundled_corpus_folder() == ROOT / "corpus"
    assert check_corpus(bundled_corpus_folder()).empty


def test_text_folder_is_where_the_txt_files_are(tmp_path: Path) -> None:
    # the course's layout: texts in raw/, metadata.csv beside that folder
    assert text_folder() == text_folder(bundled_corpus_folder()) == ROOT / "corpus" / "raw"
    # a flat folder: the texts and metadata.csv side by side
    (tmp_path / "000_a.txt").write_text("Een tekst.", encoding="utf-8")
    assert text_folder(tmp_path) == tmp_path
    # a folder that is not there gets the kit's message, as load_corpus does
    with pytest.raises(CorpusError, match="does not exist"):
        text_folder(tmp_path / "missing")


def test_corpora_can_be_joined_and_selections_keep_their_report(bundled: pd.DataFrame) -> None:
    # pandas compares the attrs of the tables it joins: a report stored there as a table made
    # pd.concat and merge fail ("The truth value of a DataFrame is ambiguous")
    dutch, danish = bundled[bundled["language"] == "nl"], bundled[bundled["language"] == "da"]
    assert len(pd.concat([dutch, danish])) == 5
    assert len(bundled.merge(bundled[["id", "date"]], on="id")) == 5
    assert len(pd.concat([bundled, load_corpus(RAW, quiet=True, clean=False)])) == 10
    assert check_corpus(dutch).empty


def test_check_corpus_of_a_table_without_a_report_says_what_to_pass() -> None:
    with pytest.raises(FramelabError, match="has no loading report.*check_corpus"):
        check_corpus(pd.DataFrame({"id": ["000"]}))


_SAME_CORPUS_CASES = [
    # (folder): every way to name the course's corpus loads the same table
    # the folder with raw/ and metadata.csv
    ROOT / "corpus",
    # raw/ itself: metadata.csv one level up is still found
    ROOT / "corpus" / "raw",
    # as a str
    str(ROOT / "corpus" / "raw"),
]


@pytest.mark.parametrize("folder", _SAME_CORPUS_CASES)
def test_every_way_to_name_the_bundled_corpus_gives_the_same_table(
    bundled: pd.DataFrame, folder: str | Path
) -> None:
    corpus = load_corpus(folder, quiet=True)
    pd.testing.assert_frame_equal(corpus, bundled)
    assert check_corpus(corpus).empty


def test_clean_false_keeps_the_raw_text(bundled: pd.DataFrame) -> None:
    raw = load_corpus(quiet=True, clean=False)
    assert list(raw["text"]) == list(raw["raw_text"]) == list(bundled["raw_text"])
    assert list(raw["words"]) == list(raw["words_raw"])


def test_loading_prints_a_short_report(capsys: pytest.CaptureFixture[str]) -> None:
    load_corpus()
    assert capsys.readouterr().out == "Loaded 5 article(s) from corpus/raw.\n"


# --- A messy folder: every wild case at once ----------------------------------------------------

NL_1 = "Het is volgens de minister niet nodig om troepen naar de grens te sturen, zei hij."
NL_2 = "“Wij willen één oplossing”, aldus Lavrov. Hij was teleurgesteld over het gesprek."
NL_3 = "De NAVO heeft volgens de woordvoerder nog niet gereageerd op het besluit van Moskou."
NL_4 = "Dit is een artikel over de NAVO en de troepen die volgens hem niet nodig zijn."
DA_1 = "Det er nu op til Rusland at nedtrappe den konflikt, der er bygget op ved grænsen."
DA_2 = "Blinken siger, at han ikke vil komme nærmere ind på, hvad det præcis kan være."
GOOD = (RAW / "000_c249c87eef07bc69.txt").read_bytes()

_LOADED = "loaded"
_SKIPPED = "skipped"
_IGNORED = "ignored"

_MESSY_CASES = [
    # (file name, bytes, what happens, expected raw text / words of the report)
    # a good UTF-8 article (the bundled 000)
    ("goed.txt", GOOD, _LOADED, GOOD.decode("utf-8")),
    # the same bytes again: only the first (by name) is loaded, the copy is named with its twin
    ("kopie.txt", GOOD, _SKIPPED, ("kopie.txt", "exact copy of goed.txt", "Delete one")),
    # Windows-1252 with curly quotes and ë: loaded right
    ("oud.txt", NL_2.encode("cp1252"), _LOADED, NL_2),
    # UTF-16 with a byte-order mark (Word's "Unicode text")
    ("word.txt", DA_1.encode("utf-16"), _LOADED, DA_1),
    # UTF-16 without a byte-order mark
    ("word-kaal.txt", DA_2.encode("utf-16-le"), _LOADED, DA_2),
    # Windows line endings: loaded with plain line breaks
    ("crlf.txt", f"{NL_1}\r\n\r\n{NL_3}\r\n".encode(), _LOADED, f"{NL_1}\n\n{NL_3}\n"),
    # an empty file
    ("leeg.txt", b"", _SKIPPED, ("leeg.txt", "is empty (0 bytes)", "Paste the article's text")),
    # only spaces and empty lines
    ("spaties.txt", b" \n\n\t \n", _SKIPPED, ("spaties.txt", "only spaces or empty lines")),
    # binary data named .txt
    ("binair.txt", b"\x00\x01\x02\xff\xfe\x00" * 50, _SKIPPED,
     ("binair.txt", "is not plain text", "save it as plain text (UTF-8)")),
    # a PDF renamed to .txt
    ("bericht.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", _SKIPPED,
     ("bericht.txt", "a PDF document", "save it as plain text (UTF-8)")),
    # macOS's '._' shadow copy of goed.txt on a USB stick
    ("._goed.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X", _SKIPPED,
     ("._goed.txt", "hidden file", "skipped")),
    # a Word document: not a .txt file
    ("artikel.docx", b"PK\x03\x04\x14\x00\x06\x00", _SKIPPED,
     ("artikel.docx", "not a .txt file", "Save articles as plain text (.txt, UTF-8)")),
    # spaces and accents in the name
    ("Één artikel (2).txt", NL_4.encode("utf-8"), _LOADED, NL_4),
    # a capital extension
    ("NOTITIE.TXT", NL_3.encode("utf-8"), _LOADED, NL_3),
    # macOS folder settings: hidden and not .txt, so ignored without a word
    (".DS_Store", b"\x00\x00\x00\x01Bud1", _IGNORED, ()),
    # a sub-folder with a text in it: not part of this corpus
    ("oud/ander.txt", NL_1.encode("utf-8"), _IGNORED, ()),
]

_MESSY_NOTES = [
    # (file, words of the note): readable files with a caveat are loaded *and* noted
    ("oud.txt", ("oud.txt", "not UTF-8", "cp1252")),
    ("word-kaal.txt", ("word-kaal.txt", "UTF-16", "without a byte-order mark")),
    ("crlf.txt", ("crlf.txt", "Windows (CRLF)")),
    # there is no metadata.csv: languages are guessed, and that is said once, with the files
    ("metadata.csv", ("There is no metadata.csv", "languages are guessed")),
    ("metadata.csv", ("was guessed from their words", "goed.txt", "word.txt", "'da' for 2")),
]


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pd.DataFrame, dict[str, str]]:
    folder = tmp_path_factory.mktemp("rommelig")
    for name, data, *_ in _MESSY_CASES:
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
    before = _folder_digest(folder)
    corpus = load_corpus(folder, quiet=True)
    check_corpus(folder)
    assert _folder_digest(folder) == before, "loading a corpus changed a file"
    return folder, corpus, before


@pytest.mark.parametrize("name, data, outcome, expected", _MESSY_CASES)
def test_messy_folder_file_by_file(
    messy: tuple[Path, pd.DataFrame, dict[str, str]], name: str, data: bytes, outcome: str,
    expected: str | tuple[str, ...],
) -> None:
    _, corpus, _ = messy
    report = check_corpus(corpus)
    if outcome == _LOADED:
        row = corpus[corpus["file"] == name]
        assert len(row) == 1
        assert row["raw_text"].item() == expected
        assert row["id"].item() == Path(name).stem
        assert name not in set(report.loc[report["status"] == "skipped", "file"])
    elif outcome == _SKIPPED:
        assert name not in set(corpus["file"])
        problems = report.loc[report["file"] == name]
        assert list(problems["status"]) == ["skipped"]
        for word in expected:
            assert word in problems["problem"].item()
    else:
        assert Path(name).name not in set(corpus["file"]) | set(report["file"])


@pytest.mark.parametrize("name, words", _MESSY_NOTES)
def test_messy_folder_notes(
    messy: tuple[Path, pd.DataFrame, dict[str, str]], name: str, words: tuple[str, ...]
) -> None:
    _, corpus, _ = messy
    report = check_corpus(corpus)
    notes = " ".join(report.loc[report["file"] == name, "problem"])
    for word in words:
        assert word in notes


def test_messy_folder_overall(messy: tuple[Path, pd.DataFrame, dict[str, str]]) -> None:
    folder, corpus, before = messy
    loaded = [name for name, _, outcome, _ in _MESSY_CASES if outcome == _LOADED]
    # sorted by name, ignoring case, as a file browser shows them
    assert list(corpus["file"]) == sorted(loaded, key=str.casefold)
    assert list(corpus["file"]) == ["crlf.txt", "goed.txt", "NOTITIE.TXT", "oud.txt",
                                    "word-kaal.txt", "word.txt", "Één artikel (2).txt"]
    assert list(corpus["encoding"]) == ["utf-8", "utf-8", "utf-8", "cp1252", "utf-16-le",
                                        "utf-16", "utf-8"]
    assert list(corpus["language"]) == ["nl", "nl", "nl", "nl", "da", "da", "nl"]
    assert not corpus.isna().any().any()
    report = check_corpus(corpus)
    assert list(report.columns) == list(REPORT_COLUMNS)
    assert set(report["status"]) == {"skipped", "loaded with a note", "metadata"}
    pd.testing.assert_frame_equal(check_corpus(folder), report)
    assert _folder_digest(folder) == before


def test_messy_folder_report_is_printed(
    messy: tuple[Path, pd.DataFrame, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, corpus, _ = messy
    load_corpus(folder)
    out = capsys.readouterr().out.splitlines()
    skipped = sum(outcome == _SKIPPED for _, _, outcome, _ in _MESSY_CASES)
    assert out[0] == f"Loaded {len(corpus)} article(s) from {folder.parent.name}/{folder.name}; " \
                     f"skipped {skipped} file(s)."
    assert out[1:] == [f"  - {problem}" for problem in check_corpus(corpus)["problem"]]


# --- metadata.csv ------------------------------------------------------------------------------

TEXTS = {"a.txt": f"{NL_1}\n\n{NL_2}", "b.txt": f"{DA_1}\n\n{DA_2}"}

_METADATA_CASES = [
    # (metadata.csv bytes or None, expected values per file, words the report must contain)
    # no metadata.csv: ids from the file names, languages guessed, the rest unknown
    (None,
     {"a.txt": {"id": "a", "language": "nl", "outlet": UNKNOWN, "date": UNKNOWN},
      "b.txt": {"id": "b", "language": "da", "date_status": UNKNOWN}},
     ["There is no metadata.csv", "the language of 2 files was guessed from their words: "
      "'nl' for 1 (a.txt), 'da' for 1 (b.txt)"]),
    # a plain comma-separated file, nothing to report
    (b"id,file,language,outlet,date\nA1,a.txt,nl,NOS,2022-02-25\nB1,b.txt,da,DR,2021\n",
     {"a.txt": {"id": "A1", "outlet": "NOS", "date": "2022-02-25"},
      "b.txt": {"id": "B1", "language": "da", "outlet": "DR", "date": "2021"}},
     []),
    # semicolons, as Excel saves CSV with Dutch or Danish settings
    (b"file;language;outlet;date\na.txt;nl;NOS, Hilversum;2022-02\nb.txt;da;DR;2021-12\n",
     {"a.txt": {"language": "nl", "outlet": "NOS, Hilversum", "date": "2022-02"},
      "b.txt": {"outlet": "DR"}},
     []),
    # Windows-1252 (Excel on an old Windows): read right, with a note
    ("file,language,outlet\na.txt,nl,Trouw “één”\nb.txt,da,Ærø Avis\n".encode("cp1252"),
     {"a.txt": {"outlet": "Trouw “één”"}, "b.txt": {"outlet": "Ærø Avis"}},
     ["metadata.csv is not UTF-8", "cp1252"]),
    # a byte-order mark before the first column name ("file" is still found)
    ("file,language,outlet\na.txt,nl,Trouw\nb.txt,da,Politiken\n".encode("utf-8-sig"),
     {"a.txt": {"outlet": "Trouw"}, "b.txt": {"outlet": "Politiken"}},
     []),
    # all of Excel at once: BOM, semicolons, Windows line endings, capitals in the header;
    # CRLF is normal for a CSV from Excel, so it gets no note
    ("File ; Language ;Outlet\r\na.txt;nl;Trouw\r\nb.txt;da;Ærø\r\n".encode("utf-8-sig"),
     {"a.txt": {"language": "nl", "outlet": "Trouw"}, "b.txt": {"outlet": "Ærø"}},
     []),
    # no 'file' column: the file is ignored as a whole, the texts load with guessed languages
    (b"name,language\na.txt,da\n",
     {"a.txt": {"language": "nl"}, "b.txt": {"language": "da"}},
     ["has no 'file' column in its first line", "ignored", "'file,language,date'"]),
    # a row with too many values: reported with its line number, the other rows kept
    (b"file,language,outlet\na.txt,nl,NOS, Hilversum\nb.txt,da,DR\n",
     {"a.txt": {"language": "nl", "outlet": UNKNOWN}, "b.txt": {"outlet": "DR"}},
     ["line 2 has 4 values but the header has 3", "the row was ignored",
      "must be put in double quotes"]),
    # a row with too few values
    (b"file,language,outlet\na.txt,nl\nb.txt,da,DR\n",
     {"a.txt": {"outlet": UNKNOWN}, "b.txt": {"outlet": "DR"}},
     ["line 2 has 2 values but the header has 3"]),
    # a row for a file that is not in the folder
    (b"file,language\na.txt,nl\nc.txt,nl\nb.txt,da\n",
     {"a.txt": {"language": "nl"}, "b.txt": {"language": "da"}},
     ["line 3 describes c.txt, but there is no such usable text file",
      "capitals and extension count"]),
    # a misspelt file name: the file in the folder is suggested, and its own note says why it
    # has no language
    (b"file,language\na.txt,nl\nbb.txt,da\n",
     {"a.txt": {"language": "nl"}, "b.txt": {"language": "da"}},
     ["line 3 describes bb.txt, but there is no such usable text file",
      "Did you mean b.txt (in the folder)?",
      "b.txt: no language in metadata.csv (it has no row for this file: is the name misspelt"]),
    # a file name with the wrong capitals does not match
    (b"file,language,outlet\nA.TXT,nl,NOS\nb.txt,da,DR\n",
     {"a.txt": {"outlet": UNKNOWN}, "b.txt": {"outlet": "DR"}},
     ["line 2 describes A.TXT, but there is no such usable text file"]),
    # a file described twice: the first row wins
    (b"file,language,outlet\na.txt,nl,NOS\nb.txt,da,DR\na.txt,da,RTL\n",
     {"a.txt": {"language": "nl", "outlet": "NOS"}},
     ["line 4 describes a.txt a second time; the first row was kept"]),
    # a date written the Dutch way: read day first, with one note (session 10: was 'unknown')
    (b"file,language,date\na.txt,nl,25/02/2022\nb.txt,da,2021-12-09\n",
     {"a.txt": {"date": "2022-02-25"}, "b.txt": {"date": "2021-12-09"}},
     ["1 date(s) were written day first (line(s) 2)", "'25/02/2022' as 2022-02-25",
      "US-English Excel"]),
    # a date that is no date at all: read as unknown, and reported
    (b"file,language,date\na.txt,nl,25 feb 2022\nb.txt,da,2021-12-09\n",
     {"a.txt": {"date": UNKNOWN}, "b.txt": {"date": "2021-12-09"}},
     ["line 2: date '25 feb 2022' is not written as YYYY-MM-DD", "read as 'unknown'",
      "2022-02-25"]),
    # a month that does not exist
    (b"file,language,date\na.txt,nl,2022-13\nb.txt,da,2021\n",
     {"a.txt": {"date": UNKNOWN}, "b.txt": {"date": "2021"}},
     ["date '2022-13' is not written as YYYY-MM-DD"]),
    # empty values become "unknown", never "" or "nan"; an empty language is guessed
    (b"file,language,outlet,date,headline\na.txt,nl,,,\nb.txt,,,,\n",
     {"a.txt": {"outlet": UNKNOWN, "date": UNKNOWN, "headline": UNKNOWN},
      "b.txt": {"language": "da", "outlet": UNKNOWN}},
     ["b.txt: no language in metadata.csv; guessed 'da'"]),
    # an empty line in the middle is skipped without a word
    (b"file,language,outlet\na.txt,nl,NOS\n\nb.txt,da,DR\n",
     {"a.txt": {"outlet": "NOS"}, "b.txt": {"outlet": "DR"}},
     []),
    # columns the kit does not know are kept, empty ones as "unknown"
    (b"file,language,topic,Coder\na.txt,nl,oorlog,ana\nb.txt,da,,bo\n",
     {"a.txt": {"topic": "oorlog", "coder": "ana"}, "b.txt": {"topic": UNKNOWN, "coder": "bo"}},
     []),
    # a typo in a column's name: named with the file and line, the nearest name, what to do
    (b"file,langauge,datestatus,date\na.txt,nl,stated,2024-01-05\nb.txt,da,inferred,2024\n",
     {"a.txt": {"langauge": "nl", "language": "nl"}, "b.txt": {"datestatus": "inferred"}},
     ["metadata.csv line 1: the column 'langauge' is not one the kit knows; did you mean "
      "'language'?", "no article's language is read from it. Rename it 'language'",
      "the column 'datestatus' is not one the kit knows; did you mean 'date_status'?"]),
    # a column near a known one that the file also has is no typo ('dates' beside 'date')
    (b"file,language,date,dates\na.txt,nl,2024,x\nb.txt,da,2023,y\n",
     {"a.txt": {"dates": "x"}},
     []),
    # a quoted value with a line break: later rows are reported with their true line number
    (b'file,language,notes\na.txt,nl,"twee\nregels"\nb.txt,da,x,y\n',
     {"a.txt": {"notes": "twee\nregels"}, "b.txt": {"notes": UNKNOWN}},
     ["line 4 has 4 values but the header has 3"]),
    # an empty metadata.csv: reported, the texts load anyway
    (b"",
     {"a.txt": {"language": "nl"}, "b.txt": {"language": "da"}},
     ["metadata.csv is empty", "The texts are loaded without metadata"]),
    # a language the kit has no rules for (Klingon): loaded, and the note says what will refuse it
    (b"file,language\na.txt,nl\nb.txt,tlh\n",
     {"a.txt": {"language": "nl"}, "b.txt": {"language": "tlh"}},
     ["b.txt: language 'tlh' in metadata.csv", "work for these languages only: Dutch ('nl'), "
      "Danish ('da'), English ('en'), German ('de')", "framelab.show_article"]),
    # English is a language the kit tokenises: loaded without a note
    (b"file,language\na.txt,nl\nb.txt,en\n",
     {"a.txt": {"language": "nl"}, "b.txt": {"language": "en"}},
     []),
    # two files with the same id
    (b"id,file,language\nX,a.txt,nl\nX,b.txt,da\n",
     {"a.txt": {"id": "X"}, "b.txt": {"id": "X"}},
     ["The id(s) X are used for more than one file"]),
]


def _corpus_folder(root: Path, metadata: bytes | None) -> Path:
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    if metadata is not None:
        (root / "metadata.csv").write_bytes(metadata)
    return root


@pytest.mark.parametrize("metadata, expected, words", _METADATA_CASES)
def test_metadata_csv(
    tmp_path: Path, metadata: bytes | None, expected: dict[str, dict[str, str]], words: list[str]
) -> None:
    folder = _corpus_folder(tmp_path, metadata)
    before = _folder_digest(folder)
    corpus = load_corpus(folder, quiet=True)
    assert _folder_digest(folder) == before
    assert list(corpus["file"]) == ["a.txt", "b.txt"]
    assert list(corpus["raw_text"]) == list(TEXTS.values())
    assert not corpus.isna().any().any()
    assert "" not in corpus.drop(columns=["words", "words_raw"]).to_numpy()
    by_file = corpus.set_index("file")
    for name, values in expected.items():
        for column, value in values.items():
            assert by_file.loc[name, column] == value, (name, column)
    report = check_corpus(corpus)
    problems = " ".join(report["problem"])
    for word in words:
        assert word in problems
    if metadata is not None and not words:
        assert report.empty, list(report["problem"])


def test_metadata_notes_name_the_metadata_file(tmp_path: Path) -> None:
    folder = _corpus_folder(tmp_path, b"file,language,date\na.txt,nl,gisteren\nb.txt,da,2021\n")
    report = check_corpus(load_corpus(folder, quiet=True))
    assert list(report["file"]) == [f"{tmp_path.name}/metadata.csv"]
    assert list(report["status"]) == ["metadata"]
    assert report["problem"].item().startswith(f"{tmp_path.name}/metadata.csv line 2: date")


def test_date_prefix_fills_an_unknown_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f" date 2021-10 {NL_1}", encoding="utf-8")
    article = load_corpus(tmp_path, quiet=True).loc[0]
    assert (article["date"], article["date_status"], article["date_prefix"]) == (
        "2021-10", "prefix in the file", "2021-10")
    assert article["text"] == NL_1


def test_a_date_in_metadata_wins_over_the_prefix(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f" date 2021-10 {NL_1}", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,date,date_status\na.txt,2021-10-04,checked\n")
    article = load_corpus(tmp_path, quiet=True).loc[0]
    assert (article["date"], article["date_status"], article["date_prefix"]) == (
        "2021-10-04", "checked", "2021-10")


_READ_METADATA_CASES = [
    # (metadata.csv text, files present, expected rows, number of notes)
    # every row kept when the files present are not given
    ("file,language\nx.txt,nl\ny.txt,da\n", None, [["x.txt", "nl"], ["y.txt", "da"]], 0),
    # a row for a file not present is left out
    ("file,language\nx.txt,nl\ny.txt,da\n", ["x.txt"], [["x.txt", "nl"]], 1),
    # an empty file value is reported
    ("file,language\n,nl\ny.txt,da\n", None, [["y.txt", "da"]], 1),
    # values and column names lose their surrounding spaces
    (" File , Language \n x.txt , nl \n", None, [["x.txt", "nl"]], 0),
]


@pytest.mark.parametrize("text, present, rows, n_notes", _READ_METADATA_CASES)
def test_read_metadata(
    tmp_path: Path, text: str, present: list[str] | None, rows: list[list[str]], n_notes: int
) -> None:
    path = tmp_path / "metadata.csv"
    path.write_text(text, encoding="utf-8")
    table, notes = read_metadata(path, files_present=present)
    assert list(table.columns) == ["file", "language"]
    assert table.to_numpy().tolist() == rows
    assert len(notes) == n_notes
    assert all(note.status == "metadata" for note in notes)


def test_read_metadata_of_a_missing_file_is_a_note_not_an_error(tmp_path: Path) -> None:
    table, notes = read_metadata(tmp_path / "metadata.csv")
    assert list(table.columns) == ["file"] and table.empty
    assert "could not be opened" in notes[0].problem
    assert "loaded without metadata" in notes[0].problem


# --- Where the texts and metadata.csv are -------------------------------------------------------

_LAYOUT_CASES = [
    # (where the texts go, where metadata.csv goes, the folder passed)
    # texts and metadata.csv side by side
    ("", "", ""),
    # texts in raw/, metadata.csv beside raw/ (the course's own layout), the outer folder passed
    ("raw", "", ""),
    # the same layout, raw/ passed: metadata.csv one level up is found
    ("raw", "", "raw"),
    # metadata.csv inside raw/ with the texts
    ("raw", "raw", ""),
]


@pytest.mark.parametrize("texts, metadata, passed", _LAYOUT_CASES)
def test_folder_layouts(tmp_path: Path, texts: str, metadata: str, passed: str) -> None:
    (tmp_path / texts).mkdir(exist_ok=True)
    _corpus_folder(tmp_path / texts, None)
    (tmp_path / metadata / "metadata.csv").write_text("file,outlet\na.txt,NOS\nb.txt,DR\n")
    corpus = load_corpus(tmp_path / passed, quiet=True)
    assert list(corpus["outlet"]) == ["NOS", "DR"]


def test_a_hidden_txt_does_not_hide_the_raw_folder(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    _corpus_folder(tmp_path / "raw", None)
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07")
    assert list(load_corpus(tmp_path, quiet=True)["file"]) == ["a.txt", "b.txt"]


# --- Bad arguments -----------------------------------------------------------------------------


def _folder_with_only(tmp_path: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


_FOLDER_ERROR_CASES = [
    # (how to build the folder argument, error class, words of the message)
    # a folder that does not exist: named, with what to do
    (lambda tmp: tmp / "mijn_corpus", CorpusError,
     ("folder=", "mijn_corpus", "does not exist", "Check the spelling")),
    # a folder given as a str that does not exist
    (lambda tmp: "geen_map_hier", CorpusError, ("folder='geen_map_hier' does not exist",)),
    # a file instead of a folder
    (lambda tmp: _folder_with_only(tmp, {"a.txt": b"tekst"}) / "a.txt", CorpusError,
     ("a.txt", "is a file, not a folder", "Pass the folder that holds your .txt files")),
    # an empty str (an unfilled variable) would otherwise load the current folder
    (lambda tmp: "", CorpusError, ("folder='' is empty",)),
    # a number
    (lambda tmp: 5, ArgumentTypeError, ("folder should be a folder path", "an int: 5")),
    # a list of files
    (lambda tmp: ["a.txt"], ArgumentTypeError, ("folder should be a folder path", "a list")),
    # an empty folder
    (lambda tmp: tmp, CorpusError, ("No usable .txt file was found in",
                                    "Put your articles there as plain text files")),
    # a folder with no .txt file at all: what was found is listed
    (lambda tmp: _folder_with_only(tmp, {"artikel.docx": b"PK\x03\x04", "foto.jpg": b"\xff"}),
     CorpusError, ("No usable .txt file", "What was found", "artikel.docx is not a .txt file",
                   "foto.jpg is not a .txt file")),
    # only unusable .txt files: each problem is listed
    (lambda tmp: _folder_with_only(tmp, {"leeg.txt": b"", "pdf.txt": b"%PDF-1.5"}),
     CorpusError, ("No usable .txt file", "leeg.txt is empty", "pdf.txt is not plain text")),
]


@pytest.mark.parametrize("make, error, words", _FOLDER_ERROR_CASES)
def test_bad_folder_arguments(
    tmp_path: Path, make, error: type[Exception], words: tuple[str, ...]
) -> None:
    folder = make(tmp_path)
    with pytest.raises(error) as info:
        load_corpus(folder, quiet=True)
    assert isinstance(info.value, FramelabError)
    for word in words:
        assert word in str(info.value)


def test_check_corpus_turns_a_corpus_error_into_a_report_row(tmp_path: Path) -> None:
    report = check_corpus(tmp_path / "nergens")
    assert list(report.columns) == list(REPORT_COLUMNS)
    assert report.loc[0, "status"] == "unusable"
    assert "does not exist" in report.loc[0, "problem"]


_OPTION_ERROR_CASES = [
    # (keyword arguments, error class, words of the message)
    # clean must be True or False, not a word
    ({"clean": "yes"}, ArgumentTypeError, ("clean should be True or False", "a str: 'yes'")),
    # quiet as 1
    ({"quiet": 1}, ArgumentTypeError, ("quiet should be True or False", "an int: 1")),
    # rules as a number
    ({"rules": 5}, ArgumentTypeError, ("rules should be a table", "an int")),
    # rules as a path to a file that is not there
    ({"rules": "mijn_regels.csv"}, FramelabError, ("mijn_regels.csv", "no rules file there")),
]


@pytest.mark.parametrize("options, error, words", _OPTION_ERROR_CASES)
def test_bad_options(options: dict[str, object], error: type[Exception], words: tuple[str, ...]
                     ) -> None:
    with pytest.raises(error) as info:
        load_corpus(**options)  # type: ignore[arg-type]
    assert isinstance(info.value, FramelabError)
    for word in words:
        assert word in str(info.value)


def test_errors_are_also_the_builtin_kinds() -> None:
    # code that already catches ValueError or TypeError keeps working
    with pytest.raises(ValueError):
        load_corpus("geen_map_hier")
    with pytest.raises(TypeError):
        load_corpus(5)  # type: ignore[arg-type]


# --- guess_language ----------------------------------------------------------------------------

_LANGUAGE_CASES = [
    # (text, expected language)
    # Dutch function words
    ("Het is volgens de minister niet nodig om troepen te sturen.", "nl"),
    # Danish function words
    ("Det er nu op til Rusland at nedtrappe den konflikt.", "da"),
    # the bundled articles, raw
    ((RAW / "000_c249c87eef07bc69.txt").read_text(encoding="utf-8"), "nl"),
    ((RAW / "003_c536edf10c5b8bff.txt").read_text(encoding="utf-8"), "da"),
    # numbers only
    ("12345 678", UNKNOWN),
    # nothing
    ("", UNKNOWN),
    # names only
    ("Lavrov Blinken NAVO Nato", UNKNOWN),
    # English is one of the kit's other languages
    ("The minister said that the troops will not leave the border.", "en"),
    # French too
    ("Le gouvernement ne veut pas envoyer des armes en Ukraine, a dit le ministre.", "fr"),
    # as much Dutch as Danish: no guess
    ("het niet ikke jeg", UNKNOWN),
    # too few function words to be sure
    ("De minister.", UNKNOWN),
]


@pytest.mark.parametrize("text, language", _LANGUAGE_CASES)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_guess_language_needs_a_text() -> None:
    with pytest.raises(ArgumentTypeError, match="text should be a text"):
        guess_language(None)  # type: ignore[arg-type]


def test_count_words_counts_names_of_several_words() -> None:
    """A name of several words ("De Croo") is counted where its words follow each other, not
    as 0; case is ignored unless asked."""
    import pandas as pd

    from framelab import count_words
    from framelab.errors import ArgumentError

    corpus = pd.DataFrame({"id": ["a", "b"], "text": [
        "Premier De Croo zei het. Daarna sprak de croo-fan. De Croo ging. Croo bleef.",
        "Statsminister Mette Frederiksen (S) sagde nej. Frederiksen gik."]})
    table = count_words(corpus, ["De Croo", "Croo", "Mette Frederiksen"])
    assert table.loc["a"].to_dict() == {"De Croo": 2, "Croo": 3, "Mette Frederiksen": 0}
    assert table.loc["b", "Mette Frederiksen"] == 1
    assert count_words(corpus, ["de croo"], ignore_case=False).loc["a", "de croo"] == 0
    with pytest.raises(ArgumentError, match="holds no word"):
        count_words(corpus, [" "])


def test_an_article_far_shorter_than_the_others_gets_a_note(tmp_path: Path) -> None:
    """A page saved with only its headline and a photo credit is no article to compare."""
    long_nl = " ".join([NL_1, NL_2] * 6)
    for number, name in enumerate(("a.txt", "b.txt", "c.txt")):  # no two alike
        (tmp_path / name).write_text(f"{long_nl} {number}", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Minister opent nieuwe brug\n\nFoto: Jan Jansen/ANP\n",
                                    encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,language\na.txt,nl\nb.txt,nl\nc.txt,nl\nd.txt,nl\n", encoding="utf-8")
    for report in (check_corpus(tmp_path), check_corpus(load_corpus(tmp_path, quiet=True))):
        assert list(report["file"]) == ["d.txt"], list(report["problem"])
        problem = report["problem"].iloc[0]
        assert problem.startswith("d.txt has only 7 word(s) (half the files have over 169)")
        assert "was the page saved whole?" in problem and "leave the file out" in problem
    # texts all alike short (the tests' own small folders) get no note
    (tmp_path / "d.txt").write_text(f"{NL_1} 3", encoding="utf-8")
    for number, name in enumerate(("a.txt", "b.txt", "c.txt")):
        (tmp_path / name).write_text(f"{NL_1} {number}", encoding="utf-8")
    assert check_corpus(tmp_path).empty, list(check_corpus(tmp_path)["problem"])


def test_a_file_without_a_row_whose_language_cannot_be_guessed_is_told_to_add_a_row(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{NL_1}\n\n{NL_2}", encoding="utf-8")
    (tmp_path / "b.txt").write_text("12345 67890\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,language\na.txt,nl\n", encoding="utf-8")
    problems = " ".join(check_corpus(tmp_path)["problem"])
    assert "b.txt: metadata.csv has no row for this file (is the name misspelt there?)" in problems
    assert "add a row for it with its language" in problems
    assert "add a 'language' column" not in problems
    (tmp_path / "metadata.csv").write_text("file,language\na.txt,nl\nb.txt,\n", encoding="utf-8")
    problems = " ".join(check_corpus(tmp_path)["problem"])
    assert "b.txt: its row in metadata.csv has no language" in problems


@pytest.mark.parametrize("name, config", [("actors.csv", None), ("mine.csv", 'actors = "mine.csv"\n')])
def test_the_corpus_actor_table_is_no_article_and_gets_no_note(tmp_path: Path, name: str,
                                                               config: str | None) -> None:
    """An actors.csv beside the texts (or the table course.toml names) is the corpus's own
    file, as metadata.csv is: not read as a table of articles, not reported as skipped."""
    for file, text in TEXTS.items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    (tmp_path / name).write_text("actor,side,kind,variants\nAnna Holm,Denmark,person,Holm\n",
                                 encoding="utf-8")
    if config:
        (tmp_path / "course.toml").write_text(config, encoding="utf-8")
    report = check_corpus(tmp_path)
    assert not any(name in problem for problem in report["problem"]), list(report["problem"])
    assert list(load_corpus(tmp_path, quiet=True)["file"]) == ["a.txt", "b.txt"]
    assert framelab.course_facts(tmp_path).actors.endswith(name)


def test_a_metadata_row_of_a_skipped_file_says_it_was_skipped_and_the_report_is_by_file(tmp_path):
    (tmp_path / "001_a.txt").write_text("Hallo wereld. De NAVO sprak gisteren.\n", encoding="utf-8")
    (tmp_path / "002_leeg.txt").write_bytes(b"")  # empty: skipped
    (tmp_path / "metadata.csv").write_text(
        "id,file,langauge\n001,001_a.txt,nl\n002,002_leeg.txt,nl\n003,003_gone.txt,nl\n",
        encoding="utf-8")
    report = framelab.check_corpus(tmp_path)
    problems = list(report["problem"])
    skipped = next(p for p in problems if "002_leeg.txt, which" in p)
    assert "was skipped: it is empty (0 bytes)" in skipped and "no such usable" not in skipped
    # a name that is not in the folder keeps its own message
    assert any("003_gone.txt, but there is no such usable text file" in p for p in problems)
    # each file's rows together, in the order the files first appear
    files = list(report["file"])
    assert files == sorted(files, key=files.index)


def test_languages_guessed_for_a_folder_without_a_language_column_are_one_note(tmp_path):
    texts = {"a.txt": "De minister van Buitenlandse Zaken zei dat het kabinet de steun voortzet.",
             "b.txt": "De boeren protesteren in Den Haag tegen het stikstofbeleid van het kabinet.",
             "c.txt": "Regeringen vil sende flere penge til landbruget, siger ministeren i dag, "
                      "og det er en god nyhed for de danske landmænd, mener formanden."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet\na.txt,NOS\nb.txt,NOS\nc.txt,DR\n",
                                           encoding="utf-8")
    problems = list(framelab.check_corpus(tmp_path)["problem"])
    assert not any("guessed" in p and p.startswith(("a.txt", "b.txt", "c.txt")) for p in problems)
    [merged] = [p for p in problems if "was guessed" in p]
    assert "the language of 3 files was guessed" in merged
    assert "'nl' for 2 (a.txt, b.txt), 'da' for 1 (c.txt)" in merged


def test_a_file_whose_own_row_leaves_the_language_empty_keeps_its_own_note(tmp_path):
    for name, who in (("a.txt", "minister"), ("b.txt", "premier")):
        (tmp_path / name).write_text(f"De {who} zei dat het kabinet de steun voortzet.\n",
                                     encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,language\na.txt,nl\nb.txt,\n", encoding="utf-8")
    problems = list(framelab.check_corpus(tmp_path)["problem"])
    assert any(p.startswith("b.txt: no language in metadata.csv; guessed 'nl'") for p in problems)


def test_a_file_whose_metadata_row_was_ignored_is_told_which_line_not_a_misspelling(tmp_path):
    # an unquoted ";" in a Danish Excel file: the row has a value too many and is ignored
    (tmp_path / "001_a.txt").write_text("De minister zei dat het kabinet de steun voortzet.\n",
                                        encoding="utf-8")
    (tmp_path / "002_b.txt").write_text("De boeren protesteren in Den Haag tegen het kabinet.\n",
                                        encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file;language;headline\n001_a.txt;nl;Steun\n002_b.txt;nl;Boeren; kabinet\n",
        encoding="utf-8")
    problems = list(framelab.check_corpus(tmp_path)["problem"])
    [note] = [p for p in problems if p.startswith("002_b.txt")]
    assert "(its row, line 3, was ignored: see the note of that line)" in note
    assert "misspelt" not in note
    assert any("line 3 has 4 values but the header has 3" in p for p in problems)
