"""A precomputed index of simplemma's Dutch and Danish dictionaries: lemmas in a new kernel
without reading the whole dictionary first.

simplemma keeps each language's dictionary as an lzma-compressed, front-coded stream of sorted
(word, lemma) records: each record stores only what its word does not share with the word
before it, so a record can only be read from a known place in the stream. With
``low_memory=True`` simplemma reads the whole stream once to note such places (one per 32
records) and then reads a few records per word looked up. That first reading is most of what
lemmas cost a lesson: Dutch 0.2 s, Danish 0.35 s of CPU in every new kernel.

The places depend only on simplemma's data file, so the kit ships them:
``data/lemma_index_nl.bin`` and ``data/lemma_index_da.bin`` are built from simplemma's
``data/nl.plzma`` and ``data/da.plzma`` by :func:`build` (``python -m tools.lemma_index``
writes them again). Each place is a record whose lemma is written out in full or as an edit of
its own word (not "the same lemma as the record before"), so reading can start there from that
record's word alone. A file says which data file it was built from (simplemma's version and the
file's SHA-256); for another data file, or a language without a file, the kit lets simplemma
index the stream itself, as before. tests/test_wordlists.py checks that the files hold the
places :func:`build` finds in the installed data and that reading from each place gives the
records a full reading gives, and that the lemmas are simplemma's own.

Nothing here is public: :func:`framelab.lemmas` uses it.
"""

from __future__ import annotations

import hashlib
import json
import sys
import zlib
from array import array
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

#: The languages the kit ships an index for (the course's languages).
LANGUAGES = ("nl", "da")

#: At least this many records between two places (simplemma's own block size).
BLOCK = 32

DATA = Path(__file__).resolve().parent / "data"


def index_path(language: str) -> Path:
    return DATA / f"lemma_index_{language}.bin"


def _source(language: str) -> tuple[Path, dict[str, str]]:
    """simplemma's data file for ``language`` and what identifies it (version and SHA-256)."""
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER

    path = DATA_FOLDER / f"{language}.plzma"
    return path, {"source": f"simplemma {simplemma.__version__} data/{language}.plzma",
                  "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def places(data: bytes) -> tuple[list[int], list[bytes]]:
    """Where reading can start in a decompressed front-coded stream: the offsets of the
    records chosen as places and their stored words (the plain, slow path: every record)."""
    from simplemma.strategies.dictionaries import frontcode

    _, _, pos = frontcode._read_header(data)
    offsets: list[int] = []
    firsts: list[bytes] = []
    since = BLOCK
    for start, key, _ in frontcode._iter_records(data, pos):
        if since >= BLOCK and (not offsets or data[_trim_at(data, start)] !=
                               frontcode._SAME_AS_PREV):
            offsets.append(start)
            firsts.append(key)
            since = 0
        since += 1
    return offsets, firsts


def _trim_at(data: bytes, start: int) -> int:
    """The offset of the trim byte of the record at ``start`` (after its word's bytes)."""
    from simplemma.strategies.dictionaries import frontcode

    _, pos = frontcode._read_varint(data, start)
    length, pos = frontcode._read_varint(data, pos)
    return pos + length


def build(language: str) -> bytes:
    """The index file of ``language``: a JSON line saying what it was built from, then the
    zlib-compressed offsets (uint32), word lengths (uint16) and words of the places."""
    from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed

    _, header = _source(language)
    offsets, firsts = places(_read_decompressed(language))
    numbers, lengths = array("I", offsets), array("H", map(len, firsts))
    if sys.byteorder == "big":
        numbers.byteswap()
        lengths.byteswap()
    header["places"] = str(len(offsets))
    body = numbers.tobytes() + lengths.tobytes() + b"".join(firsts)
    return json.dumps(header, sort_keys=True).encode() + b"\n" + zlib.compress(body, 9)


def read(content: bytes) -> tuple[dict[str, str], list[int], list[bytes]]:
    """The header, offsets and words of an index file's ``content`` (from :func:`build`)."""
    line, _, packed = content.partition(b"\n")
    header = json.loads(line)
    count = int(header["places"])
    body = zlib.decompress(packed)
    numbers, lengths = array("I"), array("H")
    numbers.frombytes(body[:4 * count])
    lengths.frombytes(body[4 * count:6 * count])
    if sys.byteorder == "big":
        numbers.byteswap()
        lengths.byteswap()
    firsts, at = [], 6 * count
    for length in lengths:
        firsts.append(body[at:at + length])
        at += length
    return header, numbers.tolist(), firsts


def _indexed_map(language: str) -> Mapping[str, str] | None:
    """simplemma's low-memory view of ``language``'s dictionary, with the shipped index; None
    without an index that was built from the installed data file."""
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    path = index_path(language)
    if language not in LANGUAGES or not path.is_file():
        return None
    header, offsets, firsts = read(path.read_bytes())
    if {k: header.get(k) for k in ("source", "sha256")} != _source(language)[1]:
        return None
    view = StreamMap.__new__(StreamMap)
    view._data = _read_decompressed(language)
    view._rev, view._count, view._pos = frontcode._read_header(view._data)
    # reading from a place needs its record's word only: its lemma is not "the same as before"
    view._firsts = firsts
    view._blocks = _Seeds(offsets, firsts)
    return view


class _Seeds:
    """Where StreamMap starts reading block ``i``: (offset, the word before, the lemma before).
    Made when asked for: a lookup needs one, and 36,000 tuples made at once cost 0.1 s.
    The block's own word stands for the word before (a record takes from the word before only
    the part it shares with it), and the lemma before is not needed (see :func:`places`)."""

    __slots__ = ("_firsts", "_offsets")

    def __init__(self, offsets: array[int] | list[int], firsts: list[bytes]) -> None:
        self._offsets, self._firsts = offsets, firsts

    def __getitem__(self, i: int) -> tuple[int, bytes, bytes]:
        return self._offsets[i], self._firsts[i], b""

    def __len__(self) -> int:
        return len(self._offsets)


@cache
def factory() -> Any:
    """A simplemma dictionary factory like its ``low_memory=True`` one, but with the shipped
    index where there is one for the installed data."""
    from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    class IndexedFactory(CachingDictionaryFactory):
        __slots__ = ()

        def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
            return _indexed_map(lang) or StreamMap(lang)

    return IndexedFactory()


@cache
def lemmatizer() -> Any:
    """simplemma's ``lemmatize(..., low_memory=True)`` lemmatizer, with :func:`factory`."""
    import simplemma
    from simplemma.strategies import DefaultStrategy

    return simplemma.Lemmatizer(
        lemmatization_strategy=DefaultStrategy(greedy=False, dictionary_factory=factory()))


def is_known(word: str, language: str) -> bool:
    """``simplemma.is_known(word, lang=language, low_memory=True)``, with :func:`factory`."""
    from simplemma.utils import normalize_token

    return _dictionary_lookup().get_lemma(normalize_token(word), language) is not None


@cache
def _dictionary_lookup() -> Any:
    from simplemma.strategies import DictionaryLookupStrategy

    return DictionaryLookupStrategy(factory())
