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

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import display_path

__all__ = ["TextFile", "read_text_file", "decode_bytes"]

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

# The control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) other than
# line feed, tab and form feed; one regex scan instead of a category look-up per character.
_CONTROL = re.compile("[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")
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


def decode_bytes(data: bytes, name: str = "the file") -> TextFile:
    """Decode the bytes of a text file; see :func:`read_text_file` for the rules.

    >>> decode_bytes("Ærø og Kyiv".encode("utf-8-sig"), "a.txt").encoding
    'utf-8-sig'
    >>> decode_bytes(b"%PDF-1.7 ...", "a.txt").problem.split(". ")[0]
    'a.txt is not plain text: it looks like a PDF document'
    """
    path = Path(name)
    shown = display_path(path) if path.parent.name else path.name
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
        encoding = _looks_like_utf16(data)
        if encoding:
            notes.append(f"{shown} is UTF-16 text without a byte-order mark; read as {encoding}.")
    if encoding is None and b"\x00" in data:
        return TextFile(path, None, None, (),
                        f"{shown} is not plain text: it contains binary data (zero bytes). "
                        + _SAVE_AS_TEXT)
    text: str | None = None
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return TextFile(path, None, None, (),
                            f"{shown} starts like {encoding} text but cannot be read as it. "
                            + _SAVE_AS_TEXT)
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) have no letter in Windows-1252. Reading
            # the whole file as Latin-1 because of one of them would turn every curly quote into
            # a control character, so they alone are kept as control characters (as browsers do).
            text = data.decode("cp1252", errors="surrogateescape")
            text, undefined = _UNDEFINED_CP1252.subn(lambda m: chr(ord(m.group()) - 0xDC00), text)
            encoding = "cp1252"
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
    text = text.lstrip("\ufeff")
    if "\r" in text:
        crlf, lone_cr = "\r\n" in text, "\r" in text.replace("\r\n", "")
        kind = ("mixed (CRLF and CR)" if crlf and lone_cr
                else "Windows (CRLF)" if crlf else "old Mac (CR)")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append(f"{shown} has {kind} line endings; they were read as plain line breaks.")
    control = len(_CONTROL.findall(text))
    if control > max(3, len(text) // 100):
        return TextFile(path, None, None, (),
                        f"{shown} is not plain text: it contains {control} control characters. "
                        + _SAVE_AS_TEXT)
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
    try:
        data = p.read_bytes()
    except OSError as err:
        reason = err.strerror or type(err).__name__
        return TextFile(p, None, None, (),
                        f"{display_path(p)} could not be opened ({reason}). "
                        "Check that it exists and is not open in another program.")
    return decode_bytes(data, str(p))
