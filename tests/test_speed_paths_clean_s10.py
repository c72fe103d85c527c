"""The read+clean shortcuts of session 10 give what the plain path gives (issue 14).

Each test runs the plain path (the shortcut switched off, or the code it replaces) on the
course's articles, the real pages of tests/realpages*, made-up tricky texts in Dutch and Danish
and, where a shortcut reads characters or bytes, on every character; and compares.
"""

from __future__ import annotations

import io
import sys
from functools import cache
from pathlib import Path

import pytest

import framelab
from framelab import cleaning, reading

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

#: Made-up texts at the edges of the shortcuts: control characters, "«»" and a no-break space
#: (0xC2 in UTF-8), a "<" that is no tag, zero bytes, repeated lines and blocks, list numbers.
TRICKY = [
    "«Nej», siger han.\u00a0Det er slut.\n\nMen – «måske» – i morgen.",
    "Lavrov zei: 3 < 4 en 5 > 2.\nGeen <tag> hier, of toch: <p>een</p>.",
    "Een regel\x85 met NEL en\x9f C1-tekens.\n\x07Bel\n\x1b[0m",
    "Ærø og Kyiv\r\nmed Windows-regels\r\n",
    "1. Kritik af ny plan\n\n1. Kritik af ny plan\n\nKritik af ny plan",
    ("Het kabinet wil de regels voor de boeren in het hele land nog dit jaar aanpassen, "
     "zegt de minister.\n\nOok de provincies willen meedoen.\n\nHet kabinet wil de regels "
     "voor de boeren in het hele land nog dit jaar aanpassen, zegt de minister na afloop."),
    "Regeringen vil ændre reglerne for landmændene i hele landet i år, siger ministeren. " * 3,
    "„Het  kan niet”, zei ze.\n‘Het kan niet’, zei ze.\nHET KAN NIET, ZEI ZE",
]


@cache
def _files() -> tuple[Path, ...]:
    """The course's raw articles and every real page of tests/realpages*."""
    found = sorted((REPO / "corpus" / "raw").glob("*.txt"))
    for folder in sorted(TESTS.glob("realpages*")):
        found += sorted(folder.glob("*.txt"))
    assert len(found) > 200
    return tuple(found)


@cache
def _payloads() -> tuple[bytes, ...]:
    """The bytes of :func:`_files`, of :data:`TRICKY` in several encodings, and of each
    text's first 300 characters with a control character, a zero byte or a "<" put in."""
    found = [path.read_bytes() for path in _files()]
    for text in TRICKY:
        found += [text.encode("utf-8"), text.encode("utf-8-sig"), text.encode("utf-16"),
                  text.encode("utf-16-le"), text.encode("cp1252", errors="replace")]
    for data in found[:60]:
        text = data.decode("utf-8", errors="replace")[:300]
        found += [(text + "\x01" + text).encode(), (text + "\x85" * 9).encode(),
                  (text + "\x00").encode(),
                  ("<" + text).encode(), ("<html>" + text).encode()]
    return tuple(found)


def test_reading_at_most_gives_what_one_read_gives(tmp_path: Path) -> None:
    """_read_at_most reads the same bytes as handle.read(size), for files shorter than, as
    long as and longer than the first read, with a limit below, at and above it."""
    first = reading.FIRST_READ
    lengths = [0, 1, 100, first - 1, first, first + 1, 2 * first, 3 * first + 7]
    for length in lengths:
        data = bytes(range(256)) * (length // 256 + 1)
        data = data[:length]
        path = tmp_path / f"{length}.txt"
        path.write_bytes(data)
        for size in sorted({1, 10, first - 1, first, first + 1, 2 * first, length,
                            length + 1, reading.MAX_FILE_BYTES + 1} - {0}):
            with open(path, "rb") as plain, open(path, "rb") as fast:
                assert reading._read_at_most(fast, size) == plain.read(size), (length, size)
            assert reading._read_at_most(io.BytesIO(data), size) == data[:size]


def test_article_bytes_are_the_files_bytes() -> None:
    """read_article_bytes gives each file's bytes, as reading it whole does."""
    for path in _files():
        data, problem, _ = reading.read_article_bytes(path, path.parent)
        assert problem is None and data == path.read_bytes(), path


def test_control_bytes_shortcut_holds_on_every_character() -> None:
    """_no_control_bytes says "no control character" only for a text without one: on every
    character alone, between letters, and after "«" (its lead byte 0xC2)."""
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    said_none = 0
    for char in chars:
        for text in (char, f"a{char}b", f"«{char}»", f"\u00a0{char}"):
            if reading._no_control_bytes(text.encode("utf-8")):
                said_none += 1
                assert not reading._CONTROL.search(text), hex(ord(char))
            else:  # it says so wrongly only where a 0xC2 lead byte stands next to 0x80-0x9F
                assert reading._CONTROL.search(text) or "\xc2" in text.encode().decode(
                    "latin-1"), hex(ord(char))
    assert said_none > len(chars)  # most characters are no control character
    runs = ["".join(chars[k:k + 97]) for k in range(0, len(chars), 97)]
    for run in runs:
        if reading._no_control_bytes(run.encode()):
            assert not reading._CONTROL.search(run)


def test_decoded_files_are_the_plain_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """decode_bytes with the shortcuts (control characters from the bytes, no UTF-16 without a
    zero byte, no HTML without a "<") gives what it gives with each of them off."""
    payloads = _payloads()
    fast = [reading.decode_bytes(data, "a.txt") for data in payloads]
    html = reading._looks_like_html
    utf16 = reading._looks_like_utf16

    def plain_html(text: str) -> bool:  # the patterns only, as before the shortcut
        return bool(reading._HTML_START.match(text[:1000])) or len(
            reading._TAG.findall(text[:20000])) >= 10

    for data in payloads:
        text = data.decode("utf-8", errors="replace")
        assert html(text) == plain_html(text)
        assert utf16(data) == reading._utf16_by_zero_bytes(data)
    monkeypatch.setattr(reading, "_no_control_bytes", lambda data: False)
    monkeypatch.setattr(reading, "_looks_like_html", plain_html)
    monkeypatch.setattr(reading, "_looks_like_utf16", reading._utf16_by_zero_bytes)
    plain = [reading.decode_bytes(data, "a.txt") for data in payloads]
    assert fast == plain
    assert sum(result.problem is not None for result in plain) >= 5  # control characters
    assert sum("web page" in " ".join(result.notes) for result in plain) >= 5


def test_cleaned_files_are_the_same_through_the_whole_read() -> None:
    """analyse_folder on the real pages cleans what clean_text cleans of the plain read."""
    pages = framelab.load_corpus(TESTS / "realpages", quiet=True)
    for row in pages.itertuples(index=False):
        path = TESTS / "realpages" / f"{row.id}.txt"
        if not path.exists():
            continue
        raw = reading.decode_bytes(path.read_bytes(), path.name).text
        assert raw == row.raw_text
        assert cleaning.clean_text(raw, language=row.language).text == row.text
