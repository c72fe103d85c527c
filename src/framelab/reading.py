"""Reading one text file from the wild, whatever its encoding.

Texts that students and instructors collect arrive as UTF-8 (with or without a byte-order
mark), UTF-16 (Word's "Unicode text"), or Windows-1252 (older Windows programs), with Windows
line endings, and now and then as a PDF or Word file renamed to ``.txt``. :func:`read_text_file`
reads each of them without guessing silently: it returns the text together with notes on what
it did, or, when a file cannot be used, a problem that says what to do. It never changes the file.

Why not a detector package such as ``charset-normalizer``? For news text in Dutch and Danish only
four encodings occur in practice, and the rule below (BOM, then UTF-8, then Windows-1252) is
exact for them and easy to explain in a lesson; a statistical detector can mistake a short
Danish text for another language's code page.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "oud.txt").write_bytes("Zelenski zei: “ja”, één keer.".encode("cp1252"))
>>> result = read_text_file(folder / "oud.txt")
>>> result.text
'Zelenski zei: “ja”, één keer.'
>>> result.encoding
'cp1252'
>>> result.usable
True
"""

from __future__ import annotations

import errno
import html.parser
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .errors import display_path

__all__ = ["MAX_FILE_BYTES", "TextFile", "csv_separator", "decode_bytes", "file_problem",
           "read_article_bytes", "read_text_file", "safe_name"]

#: Files larger than this are not read: a long article is 100 KB, a whole book 1-2 MB, so a
#: file of 100 MB is something else (a database, a disk image, a link to /dev/zero).
MAX_FILE_BYTES = 100 * 1024 * 1024

# What the first bytes of common non-text files look like, so a problem can name the format.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a Word document or another zipped file (.docx, .odt, .zip)"),
    (b"\xd0\xcf\x11\xe0", "an old Word document (.doc)"),
    (b"{\\rtf", "a Rich Text document (.rtf)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
# Compressed files: the advice is to unpack them, not to save them again.
_COMPRESSED = (
    (b"\x1f\x8b", "gzip, .gz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip, .7z"),
    (b"BZh", "bzip2, .bz2"),
    (b"\xfd7zXZ\x00", "xz, .xz"),
)
_UNPACK = ("Unpack it first (double-click it, or run `gunzip` on it for a .gz file), and put the "
           "text file that comes out in the folder instead.")
# A web page saved as .txt: these near the start, or many tags.
_HTML_START = re.compile(r"\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)",
                         re.IGNORECASE)
_TAG = re.compile(r"</?(p|div|span|a|br|li|ul|td|tr|table|h[1-6]|img|script|style|meta|link)"
                  r"\b[^>]*>", re.IGNORECASE)

# The control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) other than
# line feed, tab and form feed; one regex scan instead of a category look-up per character.
_CONTROL = re.compile("[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")
# Letters of a text saved as UTF-8 and then read, and saved again, in another encoding: "Ã¸"
# or "Ã˜" for ø (Windows-1252, Latin-1), "â€™" for ’, "√∏" for ø (Mac Roman, a Mac's old
# default). Where a file is full of them the page was saved wrongly before the kit got it; the
# kit cannot tell for sure which encoding did it, so it says so rather than guess a repair.
# The bytes that no control character of _CONTROL holds in UTF-8 (each of U+0000-U+001F and
# U+007F is its own byte; U+0080-U+009F are 0xC2 and one byte 0x80-0x9F): see _no_control_bytes.
_NOT_CONTROL_BYTES = bytes(b for b in range(256)
                           if not (b <= 0x08 or b == 0x0B or 0x0D <= b <= 0x1F or b == 0x7F
                                   or b == 0xC2))
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def _no_control_bytes(data: bytes) -> bool:
    """Whether the text that ``data`` is in UTF-8 holds no character of ``_CONTROL``.

    Why: ``_CONTROL.findall`` reads the text one character at a time (a tenth of reading and
    decoding a file); deleting every byte that cannot be part of a control character is many
    times faster, and what is left is nothing for almost every article (or the lead bytes 0xC2
    of "«", "»" or a no-break space, then looked for with the byte after them). A True here is
    a count of 0, as ``_CONTROL.findall`` gives; ``tests/test_speed_paths_clean_s10.py``
    compares on every character.

    >>> _no_control_bytes("«Nej» – ø".encode()), _no_control_bytes("a\x85b".encode())
    (True, False)
    """
    rest = data.translate(None, _NOT_CONTROL_BYTES)
    return not rest or (not rest.strip(b"\xc2") and _C1_UTF8.search(data) is None)


_MOJIBAKE = re.compile(r"Ã[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc"
                       r"\u2013-\u203a\u20ac\u2122]|â€|√[^\s\d(]")
_MOJIBAKE_STARTS = ("Ã", "â", "√")  # the first character of each alternative of _MOJIBAKE
#: How many such letters make a note (one "√" may be a square root, one "Ã" a name).
MOJIBAKE_NOTE_AT = 3
_UNDEFINED_CP1252 = re.compile("[\udc80-\udcff]")

_SAVE_AS_TEXT = (
    "Open it in the program that made it and save it as plain text (UTF-8), "
    "or remove it from the folder."
)


@dataclass(frozen=True)
class TextFile:
    """The result of reading one file.

    Attributes:
        path: The file that was read.
        text: The decoded text with line endings as ``\\n``, or ``None`` if it cannot be used.
        encoding: The encoding the text was read with (``None`` when not usable).
        notes: What the reader did that a careful user should know (a cp1252 file, CRLF).
        problem: Why the file cannot be used and what to do, or ``None``.
    """

    path: Path
    text: str | None
    encoding: str | None
    notes: tuple[str, ...] = field(default=())
    problem: str | None = None

    @property
    def usable(self) -> bool:
        """True when the file gave a text to analyse."""
        return self.problem is None and self.text is not None


def _looks_like_utf16(data: bytes) -> str | None:
    """Return 'utf-16-le' or 'utf-16-be' for BOM-less UTF-16 text, else None."""
    if b"\x00" not in data:  # no zero byte in either half: no UTF-16 (fast to look for)
        return None
    return _utf16_by_zero_bytes(data)


def _utf16_by_zero_bytes(data: bytes) -> str | None:
    """:func:`_looks_like_utf16` from the share of zero bytes in each half (the plain path)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    # Latin-script text in UTF-16 has a zero byte in almost every second position.
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


class _HTMLText(html.parser.HTMLParser):
    """The visible text of a web page: no tags, no scripts or styles, blocks on their own line."""

    _SKIP = {"script", "style", "head", "title", "noscript", "template", "svg"}
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article",
              "section", "header", "footer", "blockquote", "table", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _html_text(text: str) -> str:
    """The text of an HTML page, paragraphs separated by an empty line.

    >>> _html_text("<html><head><title>x</title></head><body><p>Lavrov &amp; Blinken</p>"
    ...            "<script>var a;</script><p>zeiden niets.</p></body></html>")
    'Lavrov & Blinken\\n\\nzeiden niets.'
    """
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _looks_like_html(text: str) -> bool:
    if "<" not in text:  # both patterns start with "<": a fast look for it rules out a tag
        return False
    return bool(_HTML_START.match(text[:1000])) or len(_TAG.findall(text[:20000])) >= 10


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """Text that is UTF-8 but for a few stray bytes: (text, number of stray bytes), else None.

    Each stray byte is read as the Windows-1252 character it stands for (0x92 is ’), the way an
    editor that mixed the two encodings meant it; a byte that Windows-1252 does not use becomes
    U+FFFD (�). It is "mostly UTF-8" when the valid UTF-8 letters beyond ASCII outnumber the
    stray bytes: one Windows quote in a UTF-8 article does not make the whole file Windows-1252.

    >>> _mostly_utf8("één “keer” ".encode() + b"\\x92s avonds")
    ('één “keer” ’s avonds', 1)
    >>> _mostly_utf8("één keer".encode("cp1252")) is None
    True
    """
    text = data.decode("utf-8", errors="surrogateescape")
    stray = [m for m in re.finditer("[\udc80-\udcff]", text)]
    valid = sum(1 for ch in text if "\x80" <= ch and not "\udc80" <= ch <= "\udcff")
    if not stray or valid < len(stray):
        return None

    def repair(match: re.Match[str]) -> str:
        byte = bytes([ord(match.group()) - 0xDC00])
        try:
            return byte.decode("cp1252")
        except UnicodeDecodeError:
            return "\ufffd"

    return re.sub("[\udc80-\udcff]", repair, text), len(stray)


def decode_bytes(data: bytes, name: str = "the file") -> TextFile:
    """Decode the bytes of a text file; see :func:`read_text_file` for the rules.

    >>> decode_bytes("Ærø og Kyiv".encode("utf-8-sig"), "a.txt").encoding
    'utf-8-sig'
    >>> decode_bytes(b"%PDF-1.7 ...", "a.txt").problem.split(". ")[0]
    'a.txt is not plain text: it looks like a PDF document'
    """
    path = Path(name)
    shown = safe_name(display_path(path) if path.parent.name else path.name)
    if not data:
        return TextFile(path, None, None, (), f"{shown} is empty (0 bytes). "
                        "Paste the article's text into it, or remove it from the folder.")
    notes: list[str] = []
    encoding: str | None = None
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        for magic, kind in _MAGIC:
            if data.startswith(magic):
                return TextFile(path, None, None, (),
                                f"{shown} is not plain text: it looks like {kind}. {_SAVE_AS_TEXT}")
        for magic, kind in _COMPRESSED:
            if data.startswith(magic):
                return TextFile(path, None, None, (),
                                f"{shown} is not plain text: it is a compressed file ({kind}). "
                                + _UNPACK)
        encoding = _looks_like_utf16(data)
        if encoding:
            notes.append(f"{shown} is UTF-16 text without a byte-order mark; read as {encoding}.")
    if encoding is None and b"\x00" in data:
        zeros = data.count(b"\x00")
        if zeros > max(1, len(data) // 1000):
            return TextFile(path, None, None, (),
                            f"{shown} is not plain text: it contains binary data ({zeros} zero "
                            "bytes). " + _SAVE_AS_TEXT)
        # A few zero bytes in a text (a copy that went wrong) do not make it binary.
        data = data.replace(b"\x00", b"")
        notes.append(f"{shown} had {zeros} zero byte(s) (invisible characters left by a copy "
                     "or a download that went wrong); they were removed and the rest was read.")
    text: str | None = None
    plain_utf8 = False  # the text is the UTF-8 of ``data``, but line endings and a mark
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            if encoding != "utf-8-sig":
                return TextFile(path, None, None, (),
                                f"{shown} starts like {encoding} text but cannot be read as it. "
                                + _SAVE_AS_TEXT)
            encoding = None  # a UTF-8 mark before Windows-1252 bytes: read as the rest below
            data = data[3:]
            notes.append(f"{shown} starts with a UTF-8 mark, but its text is not all UTF-8.")
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
            plain_utf8 = True
        except UnicodeDecodeError:
            mostly = _mostly_utf8(data)
            if mostly is not None:
                text, stray = mostly
                encoding = "utf-8"
                notes.append(
                    f"{shown} is UTF-8 except for {stray} stray byte(s) from another encoding "
                    "(Windows-1252); they were read as the Windows characters they stand for "
                    "(such as ’), and any that stand for nothing are shown as �. Check those "
                    "places, and save the file as UTF-8."
                )
            else:
                text, encoding = _cp1252(data, shown, notes), "cp1252"
    text = text.lstrip("\ufeff")
    if "\r" in text:
        crlf, lone_cr = "\r\n" in text, "\r" in text.replace("\r\n", "")
        kind = ("mixed (CRLF and CR)" if crlf and lone_cr
                else "Windows (CRLF)" if crlf else "old Mac (CR)")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append(f"{shown} has {kind} line endings; they were read as plain line breaks.")
    if _looks_like_html(text):
        plain_utf8 = False
        text = _html_text(text)
        notes.append(f"{shown} is a web page (HTML) saved as .txt; its tags, scripts and styles "
                     "were removed and only its text was kept. Check that the text is the "
                     "article and not the site's menus, or copy the article's text into a plain "
                     "text file.")
    # read from UTF-8 bytes alone: the bytes can show at once that no character is a control
    control = 0 if plain_utf8 and _no_control_bytes(data) else len(_CONTROL.findall(text))
    if control > max(3, len(text) // 100):
        return TextFile(path, None, None, (),
                        f"{shown} is not plain text: it contains {control} control characters. "
                        + _SAVE_AS_TEXT)
    # Every garbled letter starts with one of these: `in` looks for them many times faster
    # than the pattern reads the text (tests/test_speed_paths.py compares).
    garbled = _MOJIBAKE.findall(text) if any(mark in text for mark in _MOJIBAKE_STARTS) else []
    if len(garbled) >= MOJIBAKE_NOTE_AT:
        shown_examples = ", ".join(dict.fromkeys(f"'{g}'" for g in garbled[:40]).keys())
        notes.append(f"{shown} has {len(garbled)} letter(s) that look garbled ({shown_examples}): "
                     "the text was saved in one encoding and read in another before it got here "
                     "('Ã¸' or '√∏' for 'ø'). Such words do not count as the words they were. "
                     "Save the page again from its source as UTF-8 (Notepad, TextEdit: Save As "
                     "→ UTF-8), or correct those letters.")
    normal = unicodedata.normalize("NFC", text)
    if normal != text:
        text = normal
        notes.append(f"{shown} wrote some accented letters as two characters (a letter plus an "
                     "accent, as macOS may do); they were joined (Unicode NFC) so 'ë' counts once.")
    if not text.strip():
        return TextFile(path, None, encoding, tuple(notes),
                        f"{shown} contains only spaces or empty lines. "
                        "Paste the article's text into it, or remove it from the folder.")
    return TextFile(path, text, encoding, tuple(notes), None)


def _cp1252(data: bytes, shown: str, notes: list[str]) -> str:
    """Read ``data`` as Windows-1252, noting it (and bytes that encoding does not use)."""
    # Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) have no letter in Windows-1252. Reading
    # the whole file as Latin-1 because of one of them would turn every curly quote into
    # a control character, so they alone are kept as control characters (as browsers do).
    text = data.decode("cp1252", errors="surrogateescape")
    text, undefined = _UNDEFINED_CP1252.subn(lambda m: chr(ord(m.group()) - 0xDC00), text)
    notes.append(
        f"{shown} is not UTF-8; it was read as cp1252 (Windows-1252 or Latin-1, "
        "the usual encodings of older Windows files). Check that accented letters "
        "(ë, é, ø, å) look right, and save the file as UTF-8 to be sure."
    )
    if undefined:
        notes.append(
            f"{shown} also has {undefined} byte(s) that Windows-1252 does not use (such "
            "as 0x81); they were kept as invisible control characters. The file may be "
            "damaged: check its text, and save it as UTF-8."
        )
    return text


def safe_name(name: str) -> str:
    """A file name that can be printed and drawn: bytes that are not UTF-8 become �.

    A zip made on Windows and unpacked on Linux can give names that are not UTF-8; Python
    keeps their bytes as "surrogates", which ``print`` and matplotlib cannot show.

    >>> safe_name("caf\\udce9.txt")
    'caf�.txt'
    >>> safe_name("café.txt")
    'café.txt'
    """
    if not any("\udc80" <= ch <= "\udcff" for ch in name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def file_problem(path: Path, folder: Path | None = None) -> tuple[str | None, tuple[str, ...]]:
    """Look at one folder entry before reading it: (why it is skipped or None, notes).

    Only a regular file of at most :data:`MAX_FILE_BYTES` is read. A pipe (FIFO), a device, a
    folder named ``x.txt``, a link that leads nowhere or in a circle, and a huge or mostly
    empty (sparse) file are skipped with a reason; a link to a file outside ``folder`` is read,
    with a note. Nothing is opened, so a pipe cannot make the kit wait forever.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "map.txt").mkdir()
    >>> print(file_problem(folder / "map.txt", folder)[0])
    map.txt is a folder, not a text file; it was skipped. Move the articles in it into the corpus folder itself, or rename it (a folder's name should not end in .txt).
    """
    name = safe_name(path.name)
    notes: list[str] = []
    try:
        link = path.is_symlink()
        info = path.stat()
    except OSError as err:
        if link and isinstance(err, FileNotFoundError):
            target = safe_name(os.readlink(path))
            return (f"{name} is a link (shortcut) to {target}, which does not exist (it was "
                    "moved or deleted); it was skipped. Delete the link, and copy the article "
                    "itself into the folder."), ()
        if err.errno == errno.ELOOP or "symbolic links" in str(err):
            return (f"{name} is a link (shortcut) that leads back to itself in a circle; it was "
                    "skipped. Delete the link, and copy the article itself into the folder."), ()
        reason = err.strerror or type(err).__name__
        return f"{name} could not be looked at ({reason}); it was skipped.", ()
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        return (f"{name} is a folder, not a text file; it was skipped. Move the articles in it "
                "into the corpus folder itself, or rename it (a folder's name should not end "
                "in .txt)."), ()
    if not stat.S_ISREG(mode):
        kind = ("a pipe (FIFO), which a program writes into while another reads"
                if stat.S_ISFIFO(mode) else
                "a device (such as /dev/zero), not a file" if stat.S_ISCHR(mode) or
                stat.S_ISBLK(mode) else "a socket, not a file" if stat.S_ISSOCK(mode)
                else "not an ordinary file")
        via = " (through a link)" if link else ""
        return (f"{name} is {kind}{via}; it was skipped, as reading it could go on forever. "
                "Put the article there as an ordinary text file."), ()
    size = info.st_size
    if size > MAX_FILE_BYTES:
        return (f"{name} is {size / 2**20:,.0f} MB, far more than any article (a whole book is "
                f"1-2 MB); it was skipped. If it holds many articles, split it into one .txt "
                "file per article."), ()
    blocks = getattr(info, "st_blocks", None)
    if blocks is not None and size > 1024 * 1024 and blocks * 512 < size // 8:
        return (f"{name} is a {size / 2**20:,.0f} MB file that is mostly empty space on the disk "
                "(a 'sparse' file, as a disk image or a download in progress can be); it was "
                "skipped. Put the article there as an ordinary text file."), ()
    if link and folder is not None:
        try:
            target = path.resolve()
            inside = folder.resolve() in target.parents
        except OSError:
            inside = True
        if not inside:
            notes.append(f"{name} is a link to a file outside the corpus folder "
                         f"({safe_name(str(target))}); that file was read. Copy it into the "
                         "folder if the corpus should hold it itself (a copy of the folder "
                         "would lose it).")
    return None, tuple(notes)


#: The bytes read first from a file (most articles are shorter): see _read_at_most.
FIRST_READ = 1 << 16


def _read_at_most(handle: BinaryIO, size: int) -> bytes:
    """``handle.read(size)``: the same bytes, without making room for ``size`` bytes first.

    Why: a buffered file's ``read(size)`` asks the system for memory for all ``size`` bytes and
    then gives back what the file did not fill; for the 100 MB limit of an article file that
    takes longer than reading a whole article (about 45 µs a file). The first
    :data:`FIRST_READ` bytes are read alone, and only a file that fills them is read on, up to
    ``size``: ``read(n)`` of a buffered file returns ``n`` bytes unless the file ends first, so
    the bytes are the same. ``tests/test_speed_paths_clean_s10.py`` compares.

    >>> import io
    >>> _read_at_most(io.BytesIO(b"x" * 70_000), 69_999) == b"x" * 69_999
    True
    """
    first = handle.read(min(size, FIRST_READ))
    if len(first) < FIRST_READ or size <= FIRST_READ:
        return first
    return first + handle.read(size - FIRST_READ)


def read_article_bytes(path: Path, folder: Path | None = None
                       ) -> tuple[bytes | None, str | None, tuple[str, ...]]:
    """The bytes of one article file after :func:`file_problem`: (bytes, problem, notes).

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = path.write_bytes(b"Lavrov zei niets.")
    >>> read_article_bytes(path)
    (b'Lavrov zei niets.', None, ())
    """
    problem, notes = file_problem(path, folder)
    if problem is not None:
        return None, problem, notes
    try:
        with open(path, "rb") as handle:
            data = _read_at_most(handle, MAX_FILE_BYTES + 1)
    except OSError as err:
        reason = err.strerror or type(err).__name__
        return None, (f"{safe_name(path.name)} could not be opened ({reason}). Check that it "
                      "is not open in another program, and that you may read it."), notes
    if len(data) > MAX_FILE_BYTES:
        return None, (f"{safe_name(path.name)} is more than {MAX_FILE_BYTES // 2**20} MB, far "
                      "more than any article; it was skipped."), notes
    return data, None, notes


def read_text_file(path: str | Path) -> TextFile:
    """Read a text file in UTF-8, UTF-16 or Windows-1252 without changing it.

    The rules, in order: an empty file is a problem; a byte-order mark decides (UTF-8 or
    UTF-16); a known binary format (PDF, Word, images) or zero bytes is a problem; UTF-16
    without a mark is recognised by its zero bytes; then UTF-8 is tried, and if it fails,
    Windows-1252 (with a note). Line endings become ``\\n``, letters are joined into Unicode
    NFC form, and a file of only whitespace is a problem.

    Args:
        path: The file to read.

    Returns:
        A :class:`TextFile`; check ``.usable`` and read ``.problem`` or ``.notes``.

    >>> import tempfile, pathlib
    >>> empty = pathlib.Path(tempfile.mkdtemp()) / "leeg.txt"
    >>> _ = empty.write_bytes(b"")
    >>> print(read_text_file(empty).problem.partition("/")[2])
    leeg.txt is empty (0 bytes). Paste the article's text into it, or remove it from the folder.
    """
    p = Path(path)
    if not p.exists() and not p.is_symlink():
        return TextFile(p, None, None, (),
                        f"{safe_name(display_path(p))} could not be opened (No such file or "
                        "directory). Check that it exists and that its name is spelled right.")
    data, problem, notes = read_article_bytes(p)
    if data is None:
        return TextFile(p, None, None, notes, problem)
    result = decode_bytes(data, str(p))
    return TextFile(result.path, result.text, result.encoding, notes + result.notes,
                    result.problem)


def csv_separator(text: str) -> tuple[str, str, int]:
    """The separator of a CSV text, the text without Excel's "sep=" line, and the number of its
    header line: Excel in Dutch and Danish saves with semicolons.

    >>> csv_separator("actor;variants;side\\nJan Loos;Loos;farmers\\n")[0]
    ';'
    >>> csv_separator("sep=;\\nfile;language\\n")
    (';', 'file;language\\n', 2)
    """
    header_line = text.split("\n", 1)[0]
    sep = re.fullmatch(r"\s*sep=(.)\s*", header_line.lstrip("\ufeff"), re.IGNORECASE)
    if sep:
        return sep.group(1), (text.split("\n", 1)[1] if "\n" in text else ""), 2
    return (";" if header_line.count(";") > header_line.count(",") else ","), text, 1
