"""Tests of framelab.reading: one file from the wild, whatever its encoding.

Every case writes its bytes to a file in ``tmp_path``, reads it with :func:`read_text_file`
and checks the text, the encoding, the notes and the problem, and that the file's bytes are
the same afterwards. The same bytes also go through :func:`decode_bytes` directly.
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from pathlib import Path

import pytest

from framelab.reading import TextFile, decode_bytes, read_text_file

# Two short paragraphs with everything that goes wrong between encodings: curly quotes,
# Dutch ë/é and Danish ø/æ/å. Every character exists in Windows-1252.
NL = "Zelenski zei: “ja”, één keer. Lavrov was teleurgesteld over de NAVO-troepen."
DA = "Blinken siger: ‘Nu er det op til Rusland’, på mødet om Ærø og Kyiv – før jul."
TEXT = NL + "\n\n" + DA


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_unchanged(path: Path) -> TextFile:
    """Read a file and check that reading left its bytes exactly as they were."""
    before = _digest(path)
    result = read_text_file(path)
    assert _digest(path) == before
    return result


_READABLE_CASES = [
    # (file name, bytes, expected text, expected encoding, number of notes, words in the notes)
    # plain UTF-8: read as it is, nothing to note
    ("utf8.txt", TEXT.encode("utf-8"), TEXT, "utf-8", 0, ()),
    # UTF-8 with a byte-order mark (Notepad): the mark is not part of the text
    ("bom.txt", TEXT.encode("utf-8-sig"), TEXT, "utf-8-sig", 0, ()),
    # UTF-16 little-endian with its mark (Word's "Unicode text" on Windows)
    ("utf16le.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, "utf-16", 0, ()),
    # UTF-16 big-endian with its mark
    ("utf16be.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, "utf-16", 0, ()),
    # UTF-16 little-endian without a mark: recognised by its zero bytes, and noted
    ("utf16le-kaal.txt", TEXT.encode("utf-16-le"), TEXT, "utf-16-le", 1,
     ("utf16le-kaal.txt", "UTF-16", "without a byte-order mark", "utf-16-le")),
    # UTF-16 big-endian without a mark
    ("utf16be-kaal.txt", TEXT.encode("utf-16-be"), TEXT, "utf-16-be", 1,
     ("utf16be-kaal.txt", "UTF-16", "without a byte-order mark", "utf-16-be")),
    # Windows-1252 (an old Windows editor): curly quotes, ë and ø come out right, with a note
    # that names the file and says to check the accents and save as UTF-8
    ("oud.txt", TEXT.encode("cp1252"), TEXT, "cp1252", 1,
     ("oud.txt", "is not UTF-8", "cp1252", "(ë, é, ø, å) look right", "save the file as UTF-8")),
    # Latin-1 bytes that Windows-1252 leaves undefined (0x81, 0x8D): the rest is still read as
    # Windows-1252 (the curly quotes survive), those two bytes stay control characters, and a
    # second note says the file may be damaged
    ("kapot.txt", "Café “Ærø” ".encode("cp1252") + b"\x81 en \x8d.", "Café “Ærø” \x81 en \x8d.",
     "cp1252", 2, ("kapot.txt", "is not UTF-8", "2 byte(s) that Windows-1252 does not use",
                   "may be damaged")),
    # Windows line endings: read as plain line breaks, with a note
    ("crlf.txt", TEXT.replace("\n", "\r\n").encode("utf-8"), TEXT, "utf-8", 1,
     ("crlf.txt", "Windows (CRLF) line endings", "plain line breaks")),
    # lone CRs (old Mac): line breaks too, and the note says which kind they were
    ("mac.txt", TEXT.replace("\n", "\r").encode("utf-8"), TEXT, "utf-8", 1,
     ("mac.txt", "old Mac (CR) line endings")),
    # both kinds in one file (pasted together from two sources)
    ("gemengd.txt", (NL + "\r\n\r" + DA).encode("utf-8"), TEXT, "utf-8", 1,
     ("gemengd.txt", "mixed (CRLF and CR)")),
    # decomposed letters (macOS: "e" + combining diaeresis) are joined into one (NFC), noted
    ("nfd.txt", unicodedata.normalize("NFD", TEXT).encode("utf-8"), TEXT, "utf-8", 1,
     ("nfd.txt", "two characters", "NFC")),
    # Windows-1252 with Windows line endings: both notes
    ("oud-crlf.txt", TEXT.replace("\n", "\r\n").encode("cp1252"), TEXT, "cp1252", 2,
     ("oud-crlf.txt", "cp1252", "Windows (CRLF)")),
    # UTF-16 with its mark and Windows line endings (Word on Windows)
    ("word.txt", TEXT.replace("\n", "\r\n").encode("utf-16"), TEXT, "utf-16", 1,
     ("word.txt", "Windows (CRLF)")),
    # a text of one letter is short, but it is text
    ("kort.txt", b"a", "a", "utf-8", 0, ()),
    # leading and trailing spaces and blank lines are kept: reading does not clean
    ("ruimte.txt", b"\n  Tekst.  \n\n", "\n  Tekst.  \n\n", "utf-8", 0, ()),
    # tabs and form feeds are ordinary whitespace, not a sign of a binary file
    ("tabs.txt", b"kolom\tkolom\n\x0cpagina 2", "kolom\tkolom\n\x0cpagina 2", "utf-8", 0, ()),
]


@pytest.mark.parametrize("name, data, text, encoding, n_notes, words", _READABLE_CASES)
def test_read_text_file_reads_text_in_any_encoding(
    tmp_path: Path, name: str, data: bytes, text: str, encoding: str, n_notes: int,
    words: tuple[str, ...],
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = _read_unchanged(path)
    assert result.usable
    assert result.problem is None
    assert result.text == text
    assert result.encoding == encoding
    assert result.path == path
    assert len(result.notes) == n_notes, result.notes
    for word in words:
        assert word in " ".join(result.notes)


@pytest.mark.parametrize("name, data, text, encoding, n_notes, words", _READABLE_CASES)
def test_decode_bytes_agrees_with_read_text_file(
    name: str, data: bytes, text: str, encoding: str, n_notes: int, words: tuple[str, ...]
) -> None:
    result = decode_bytes(data, name)
    assert (result.text, result.encoding, len(result.notes)) == (text, encoding, n_notes)
    # a bare file name is shown as it is
    assert all(note.startswith(name) for note in result.notes)


_SAVE_AS_TEXT = ("save it as plain text (UTF-8)", "or remove it from the folder")
_PASTE = ("Paste the article's text into it", "or remove it from the folder")

_PROBLEM_CASES = [
    # (file name, bytes, words the problem must contain)
    # an empty file (a download that failed)
    ("leeg.txt", b"", ("leeg.txt", "is empty (0 bytes)", *_PASTE)),
    # only spaces, tabs and empty lines
    ("spaties.txt", b"  \n\t\n   \n", ("spaties.txt", "only spaces or empty lines", *_PASTE)),
    # only Windows line breaks
    ("enters.txt", b"\r\n\r\n \r\n", ("enters.txt", "only spaces or empty lines", *_PASTE)),
    # only a byte-order mark
    ("bom-leeg.txt", codecs.BOM_UTF8, ("bom-leeg.txt", "only spaces or empty lines")),
    # only a UTF-16 byte-order mark and a space
    ("bom16-leeg.txt", " ".encode("utf-16"), ("bom16-leeg.txt", "only spaces or empty lines")),
    # binary data with zero bytes (no text format)
    ("binair.txt", b"\x00\x13\x37\x00\xfa\xde" * 40,
     ("binair.txt", "is not plain text", *_SAVE_AS_TEXT)),
    # a few zero bytes in otherwise readable text
    ("nul.txt", b"Lavrov zei\x00 dat\x00 het\x00 niet\x00 kan\x00.", ("nul.txt", "zero bytes")),
    # control characters but no zero byte
    ("stuur.txt", bytes(range(1, 9)) * 20, ("stuur.txt", "control characters", *_SAVE_AS_TEXT)),
    # a PDF renamed to .txt: the problem names the format and says what to do
    ("pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>",
     ("pdf.txt", "is not plain text", "a PDF document", *_SAVE_AS_TEXT)),
    # a Word .docx renamed to .txt (a zip archive)
    ("docx.txt", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml",
     ("docx.txt", "a Word document", ".docx", *_SAVE_AS_TEXT)),
    # an old Word .doc
    ("doc.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40,
     ("doc.txt", "an old Word document (.doc)", *_SAVE_AS_TEXT)),
    # a Rich Text file
    ("rtf.txt", b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Lavrov zei}",
     ("rtf.txt", "a Rich Text document (.rtf)", *_SAVE_AS_TEXT)),
    # a PNG screenshot
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
     ("png.txt", "a PNG image", *_SAVE_AS_TEXT)),
    # a JPEG photo
    ("jpeg.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", ("jpeg.txt", "a JPEG image")),
    # a GIF
    ("gif.txt", b"GIF89a\x01\x00\x01\x00\x80\x00\x00", ("gif.txt", "a GIF image")),
    # a UTF-16 mark followed by an odd number of bytes: not readable as UTF-16
    ("half16.txt", codecs.BOM_UTF16_LE + b"L\x00a\x00v",
     ("half16.txt", "starts like utf-16 text but cannot be read", *_SAVE_AS_TEXT)),
]


@pytest.mark.parametrize("name, data, words", _PROBLEM_CASES)
def test_read_text_file_reports_unusable_files(
    tmp_path: Path, name: str, data: bytes, words: tuple[str, ...]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = _read_unchanged(path)
    assert not result.usable
    assert result.text is None
    assert result.problem is not None
    for word in words:
        assert word in result.problem
    # the problem names the file the way a student sees it: its folder and its name
    assert result.problem.startswith(f"{tmp_path.name}/{name} ")


@pytest.mark.parametrize("name, data, words", _PROBLEM_CASES)
def test_decode_bytes_reports_the_same_problems(
    name: str, data: bytes, words: tuple[str, ...]
) -> None:
    result = decode_bytes(data, name)
    assert not result.usable
    assert result.problem is not None and result.problem.startswith(f"{name} ")
    for word in words:
        assert word in result.problem


_NOT_OPENABLE_CASES = [
    # (what is passed, words the problem must contain)
    # a file that does not exist: a problem, not an exception
    ("weg.txt", ("weg.txt", "could not be opened", "Check that it exists")),
    # a file in a folder that does not exist
    ("geen-map/artikel.txt", ("geen-map/artikel.txt", "could not be opened")),
    # a folder instead of a file: said so, with what to do
    ("een-map", ("een-map", "is a folder, not a text file", "Move the articles")),
]


@pytest.mark.parametrize("relative, words", _NOT_OPENABLE_CASES)
def test_read_text_file_reports_files_it_cannot_open(
    tmp_path: Path, relative: str, words: tuple[str, ...]
) -> None:
    (tmp_path / "een-map").mkdir()
    result = read_text_file(tmp_path / relative)
    assert not result.usable
    assert result.text is None and result.encoding is None
    for word in words:
        assert word in (result.problem or "")


_FILE_NAME_CASES = [
    # (file name)
    # spaces and brackets, as a browser names a second download
    "artikel over NAVO (1).txt",
    # accented capitals and Danish letters
    "Één artikel – Ærø.txt",
    # capital extension (Windows)
    "ARTIKEL.TXT",
    # a name in decomposed form (as macOS writes names)
    unicodedata.normalize("NFD", "geïnteresseerd.txt"),
    # no extension at all
    "artikel",
]


@pytest.mark.parametrize("name", _FILE_NAME_CASES)
def test_read_text_file_reads_odd_file_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(TEXT.encode("cp1252"))
    result = _read_unchanged(path)
    assert result.usable
    assert result.text == TEXT
    # the note names the file, odd name and all
    assert name in result.notes[0]


def test_read_text_file_accepts_a_str_path(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = read_text_file(str(path))
    assert result.path == path
    assert result.text == TEXT


def test_decode_bytes_names_the_file_by_default() -> None:
    assert (decode_bytes(b"").problem or "").startswith("the file is empty")


def test_text_file_is_read_only() -> None:
    result = decode_bytes(b"tekst", "a.txt")
    with pytest.raises(AttributeError):
        result.text = "iets anders"  # type: ignore[misc]
