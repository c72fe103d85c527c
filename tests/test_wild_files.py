"""Files and folders from the wild: what load_corpus, check_corpus and analyse_folder meet.

Each case makes the real thing in ``tmp_path``: a FIFO (os.mkfifo), symlinks to /dev/zero,
outside the folder, to nothing and in a circle, a sparse file, a folder named ``x.txt``, a gzip
file, an HTML page, a file name that is not UTF-8. Reading must never hang or run out of
memory, and every skipped file is named with what to do.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import threading
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import framelab
import framelab.corpus
from framelab.reading import MAX_FILE_BYTES, decode_bytes, read_text_file

NL = ("Het is volgens de minister niet nodig om troepen te sturen. Zelenski zei: “ja”, één "
      "keer, en Lavrov was teleurgesteld over de NAVO-troepen in Oekraïne. ")
posix_only = pytest.mark.skipif(os.name == "nt", reason="FIFOs and /dev/zero are POSIX things")


def _within(seconds: float, function: Callable[[], Any]) -> Any:
    """Run ``function`` in a thread; fail (instead of hanging the suite) if it takes too long."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = function()
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            box["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: it hangs"
    if "error" in box:
        raise box["error"]
    return box["value"]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "goed.txt").write_text(NL * 3, encoding="utf-8")
    return folder


def _problem(report: pd.DataFrame, name: str) -> str:
    rows = report[report["file"] == name]
    assert len(rows), f"{name} is not in the report:\n{report.to_string()}"
    return " ".join(rows["problem"])


# ---------------------------------------------------------------- one file's bytes

def test_one_stray_windows_byte_in_utf8_is_repaired_not_the_whole_file() -> None:
    # UTF-8 with curly quotes and accents, and one Windows-1252 apostrophe (0x92)
    data = NL.encode("utf-8") + b"Het is \x92s avonds koud."
    result = decode_bytes(data, "gemengd.txt")
    assert result.usable, result.problem  # was: "not plain text" (the quotes became controls)
    assert result.encoding == "utf-8"
    assert result.text == NL + "Het is ’s avonds koud."
    assert "één" in result.text and "“ja”" in result.text  # the accents are not garbled
    assert any("1 stray byte(s)" in note and "gemengd.txt" in note for note in result.notes)


def test_a_stray_byte_windows_does_not_use_is_marked() -> None:
    result = decode_bytes(NL.encode("utf-8") + b"kapot \x81 hier", "b.txt")
    assert result.encoding == "utf-8" and "kapot \ufffd hier" in (result.text or "")


def test_a_utf8_mark_before_windows_bytes_reads_as_windows_1252() -> None:
    result = decode_bytes(b"\xef\xbb\xbf" + "Café “Ærø”, één".encode("cp1252"), "bom.txt")
    assert result.usable, result.problem  # was: "starts like utf-8-sig text but cannot be read"
    assert result.text == "Café “Ærø”, één"
    assert result.encoding == "cp1252"


def test_a_gzip_file_is_called_compressed_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_bytes(gzip.compress((NL * 20).encode()))
    problem = read_text_file(path).problem or ""
    assert "compressed file (gzip" in problem and "Unpack it first" in problem


def test_an_html_page_saved_as_txt_loses_its_tags(tmp_path: Path) -> None:
    page = ("<!DOCTYPE html><html><head><title>Nieuws</title><style>p {color: red}</style>"
            "</head><body><h1>Lavrov in Genève</h1><p>Zelenski zei &ldquo;ja&rdquo;.</p>"
            "<script>track();</script><p>Het overleg ging door.</p></body></html>")
    path = tmp_path / "pagina.txt"
    path.write_text(page, encoding="utf-8")
    result = read_text_file(path)
    assert result.text == "Lavrov in Genève\n\nZelenski zei “ja”.\n\nHet overleg ging door."
    assert any("web page (HTML)" in note and "pagina.txt" in note for note in result.notes)


def test_a_few_zero_bytes_are_removed_not_the_whole_article() -> None:
    data = (NL * 20).encode("utf-8").replace(b"troepen", b"troe\x00pen", 3)
    result = decode_bytes(data, "nul.txt")
    assert result.usable, result.problem  # was: "contains binary data (zero bytes)"
    assert result.text == unicodedata.normalize("NFC", NL * 20)
    assert any("3 zero byte(s)" in note for note in result.notes)


# ---------------------------------------------------------------- kinds of folder entries

@posix_only
def test_a_fifo_is_skipped_without_waiting_for_it(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "pijp.txt")
    corpus = _within(30, lambda: framelab.load_corpus(folder, quiet=True))
    assert list(corpus["file"]) == ["goed.txt"]
    assert "pipe (FIFO)" in _problem(framelab.check_corpus(corpus), "pijp.txt")
    report = _within(30, lambda: framelab.check_corpus(folder))
    assert "pipe (FIFO)" in _problem(report, "pijp.txt")
    results = _within(60, lambda: framelab.analyse_folder(folder, workers=1, progress=False))
    assert any("pijp.txt" in note and "pipe (FIFO)" in note for note in results.notes)


@posix_only
def test_a_link_to_dev_zero_is_a_device_not_a_memory_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "nul.txt").symlink_to("/dev/zero")
    report = _within(30, lambda: framelab.check_corpus(folder))
    assert "a device" in _problem(report, "nul.txt")
    results = _within(60, lambda: framelab.analyse_folder(folder, workers=1, progress=False))
    assert any("nul.txt" in note and "device" in note for note in results.notes)


def test_a_huge_sparse_file_is_skipped_before_it_is_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with open(folder / "enorm.txt", "wb") as handle:  # 4 GB on paper, nothing on the disk
        handle.truncate(4 * 1024**3)
    with open(folder / "gat.txt", "wb") as handle:  # below the limit, but mostly holes
        handle.truncate(MAX_FILE_BYTES // 2)
    report = _within(30, lambda: framelab.check_corpus(folder))
    assert "4,096 MB, far more than any article" in _problem(report, "enorm.txt")
    if os.stat(folder / "gat.txt").st_blocks * 512 < MAX_FILE_BYTES // 16:
        assert "sparse" in _problem(report, "gat.txt")
    assert list(framelab.load_corpus(folder, quiet=True)["file"]) == ["goed.txt"]


def test_links_outside_dangling_and_in_a_circle(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    elsewhere = tmp_path / "elders.txt"
    elsewhere.write_text("Blinken zei dat de NAVO de deur openhoudt voor Oekraïne. " * 3,
                         encoding="utf-8")
    try:
        (folder / "buiten.txt").symlink_to(elsewhere)
    except OSError:
        pytest.skip("this file system or user cannot make symlinks")
    (folder / "weg.txt").symlink_to(tmp_path / "verdwenen.txt")
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    corpus = framelab.load_corpus(folder, quiet=True)
    assert sorted(corpus["file"]) == ["buiten.txt", "goed.txt"]
    report = framelab.check_corpus(folder)
    assert "outside the corpus folder" in _problem(report, "buiten.txt")
    assert "does not exist" in _problem(report, "weg.txt")
    assert "another program" not in _problem(report, "weg.txt")  # the old, wrong advice
    assert "in a circle" in _problem(report, "a.txt")
    assert "in a circle" in _problem(report, "b.txt")


def test_a_folder_named_like_a_text_file_is_reported(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "artikel.txt").mkdir()
    (folder / "artikel.txt" / "binnen.txt").write_text(NL, encoding="utf-8")
    report = framelab.check_corpus(folder)
    assert "is a folder, not a text file" in _problem(report, "artikel.txt")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                    reason="these file systems refuse names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_shown_and_plotted(tmp_path: Path) -> None:
    import matplotlib.pyplot as plt

    folder = _folder(tmp_path)
    (Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt"))).write_text(NL * 2 + " Kyiv.",
                                                                    encoding="utf-8")
    out = io.StringIO()
    corpus = framelab.load_corpus(folder)  # prints the report: no UnicodeEncodeError
    assert "caf\ufffd.txt" in list(corpus["file"])
    assert "caf\ufffd" in list(corpus["id"])
    report = framelab.check_corpus(folder)
    assert "not valid UTF-8" in _problem(report, "caf\ufffd.txt")
    print(report.to_string(), file=out)
    out.getvalue().encode("utf-8")  # printable everywhere
    table = framelab.frequencies(corpus, by="id", stopwords=True)
    fig, ax = plt.subplots()
    framelab.plots.compare_articles(table, ["troepen"], ax=ax)
    fig.canvas.draw()  # matplotlib draws the id
    plt.close(fig)


# ---------------------------------------------------------------- check_corpus is quick

def test_check_corpus_does_not_clean_and_warns_about_an_enormous_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    (folder / "alles.txt").write_text(NL * 12_000, encoding="utf-8")  # 300,000 words, 2 MB

    def no_cleaning(*args: object, **kwargs: object) -> None:
        raise AssertionError("check_corpus cleaned a text: it loads the corpus")

    monkeypatch.setattr(framelab.corpus, "_clean", no_cleaning)  # what load_corpus cleans with
    start = time.perf_counter()
    report = framelab.check_corpus(folder)
    assert time.perf_counter() - start < 10
    problem = _problem(report, "alles.txt")
    assert "300,000 words, far more than one article" in problem and "Split it" in problem
    monkeypatch.undo()
    # load_corpus gives the same report
    loaded = framelab.check_corpus(framelab.load_corpus(folder, quiet=True))
    pd.testing.assert_frame_equal(loaded, report)


# ---------------------------------------------------------------- metadata.csv

def _with_metadata(tmp_path: Path, content: bytes, name: str = "metadata.csv",
                   files: tuple[str, ...] = ("a.txt", "b.txt", "c.txt")) -> Path:
    folder = tmp_path / "m"
    folder.mkdir()
    for file in files:
        (folder / file).write_text(f"{NL} Over {file}.", encoding="utf-8")
    (folder / name).write_bytes(content)
    return folder


def _loaded(folder: Path) -> tuple[pd.DataFrame, str]:
    corpus = framelab.load_corpus(folder, quiet=True)
    report = framelab.check_corpus(corpus)
    return corpus.set_index("file"), " | ".join(report["problem"])


def test_two_columns_of_the_same_name_are_reported_and_the_first_counts(tmp_path: Path) -> None:
    folder = _with_metadata(tmp_path, b"file,date,language,date\n"
                                      b"a.txt,2022-02-10,nl,2030-01-01\nb.txt,2021,nl,\n")
    corpus, notes = _loaded(folder)
    assert corpus.loc["a.txt", "date"] == "2022-02-10"  # was: the last one, silently
    assert "2 columns named 'date' (columns 2, 4); the first was used" in notes


def test_an_unclosed_quote_does_not_swallow_the_next_rows(tmp_path: Path) -> None:
    folder = _with_metadata(tmp_path, b'file,language,headline\na.txt,nl,"Lavrov zegt nee\n'
                                      b"b.txt,da,Blinken\nc.txt,nl,Zelenski\n")
    corpus, notes = _loaded(folder)
    assert corpus.loc["b.txt", "language"] == "da"
    assert corpus.loc["c.txt", "headline"] == "Zelenski"
    assert "line 2 opens a double quote" in notes and "Close the quote" in notes


def test_rows_with_a_trailing_comma_are_read(tmp_path: Path) -> None:
    folder = _with_metadata(tmp_path, b"file,language,date\na.txt,nl,2022-02-10,\n"
                                      b"b.txt,da,2021,\nc.txt,nl,2020\n")
    corpus, notes = _loaded(folder)
    assert list(corpus["date"]) == ["2022-02-10", "2021", "2020"]  # was: two rows ignored
    # some rows only: an extra ',' or an unquoted ',' in a value; both are named
    assert "line(s) 2, 3 have one value more than the header" in notes
    assert "if the line only ends with an extra ',', delete that" in notes
    assert "must be put in double quotes" not in notes  # the old, wrong advice
    # every row: how the file was saved, nothing to do
    (tmp_path / "all").mkdir()
    folder = _with_metadata(tmp_path / "all", b"file,language,date\na.txt,nl,2022-02-10,\n"
                                              b"b.txt,da,2021,\nc.txt,nl,2020,\n")
    corpus, notes = _loaded(folder)
    assert list(corpus["date"]) == ["2022-02-10", "2021", "2020"]
    assert "3 row(s) end with an extra ','" in notes and "Nothing to do" in notes


def test_a_headline_with_an_unquoted_comma_is_named_not_called_nothing_to_do(
        tmp_path: Path) -> None:
    """"1,3 milliarder" unquoted cuts the headline in two and moves the rest one column on."""
    folder = _with_metadata(tmp_path, b"file,language,headline,notes\n"
                                      b"a.txt,da,Danmark donerer 1,3 milliarder,\n"
                                      b"b.txt,da,Regeringen vil bruge flere penge,\n"
                                      b"c.txt,nl,Kabinet valt,een notitie\n")
    _, notes = _loaded(folder)
    assert "line(s) 2 have one value more than the header" in notes
    assert "holds a ',' without double quotes" in notes and "Nothing to do" not in notes


def test_excels_sep_line_and_capital_name(tmp_path: Path) -> None:
    folder = _with_metadata(tmp_path, b"sep=;\r\nfile;language;outlet\r\na.txt;da;Politiken\r\n",
                            name="Metadata.CSV")
    corpus, notes = _loaded(folder)
    assert corpus.loc["a.txt", "outlet"] == "Politiken"
    assert corpus.loc["a.txt", "language"] == "da"
    assert "no metadata.csv" not in notes and "no 'file' column" not in notes


def test_macos_nfd_file_names_match_nfc_names_in_the_sheet(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "geïnteresseerd.txt")
    folder = _with_metadata(tmp_path, "file,language,outlet\ngeïnteresseerd.txt,nl,Trouw\n"
                            .encode(), files=(nfd,))
    if not any(p.name == nfd for p in folder.iterdir()):
        pytest.skip("this file system normalises names itself")
    corpus, notes = _loaded(folder)
    assert list(corpus["outlet"]) == ["Trouw"]
    assert "no such usable text file" not in notes


def test_a_bom_before_windows_1252_bytes_in_metadata(tmp_path: Path) -> None:
    folder = _with_metadata(tmp_path, b"\xef\xbb\xbf" + "file,language,outlet\na.txt,da,Ærø "
                            "Avis\n".encode("cp1252"))
    corpus, notes = _loaded(folder)
    assert corpus.loc["a.txt", "outlet"] == "Ærø Avis"
    assert "loaded without metadata" not in notes
