"""Tests of framelab.wordlists: stopword lists a student can change, stems and lemmas."""

from __future__ import annotations

import re
from typing import Any

import pytest
from stop_words import get_stop_words

from framelab import lemmas, remove_stopwords, stem_lemma_table, stems, stopwords
from framelab.errors import ArgumentError, ArgumentTypeError


@pytest.mark.parametrize(("language", "package_name", "size"), [
    # the stop-words package (BSD-3): 106 Dutch and 94 Danish words
    ("nl", "dutch", 106),
    ("da", "danish", 94),
])
def test_stopwords_come_from_the_stop_words_package(language: str, package_name: str,
                                                    size: int) -> None:
    listed = stopwords(language)
    assert listed == sorted(set(get_stop_words(package_name)))
    assert len(listed) == size
    assert all(word == word.lower() for word in listed)


@pytest.mark.parametrize(("language", "word", "is_stopword"), [
    # (language, word, in the list?): what a student will look up
    ("nl", "de", True),
    ("nl", "het", True),
    ("nl", "niet", True),  # negation is a stopword: remove=["niet"] keeps it in the counts
    ("nl", "zei", True),  # a reporting verb is in the Dutch list...
    ("nl", "aldus", False),  # ... but "aldus" is not
    ("nl", "navo", False),
    ("da", "og", True),
    ("da", "ikke", True),
    ("da", "siger", False),  # the Danish reporting verb is not
    ("da", "rusland", False),
])
def test_stopword_membership(language: str, word: str, is_stopword: bool) -> None:
    assert (word in stopwords(language)) is is_stopword


def test_extra_and_remove_make_a_new_list() -> None:
    mine = stopwords("nl", extra=["aldus", "Volgens"], remove=["niet", "geen"])
    assert "aldus" in mine and "volgens" in mine  # added, lowercased
    assert "niet" not in mine and "geen" not in mine
    assert mine == sorted(mine)
    assert len(mine) == 106 + 2 - 2
    mine.append("changed")  # a copy: the kit's list is unchanged
    assert "changed" not in stopwords("nl") and "niet" in stopwords("nl")


@pytest.mark.parametrize(("options", "error", "message"), [
    # a single word instead of a list would be read letter by letter: explained instead
    ({"extra": "aldus"}, ArgumentTypeError, r"extra should be a list of words.*\['aldus'\]"),
    ({"remove": "niet"}, ArgumentTypeError, r"remove should be a list of words"),
    # a word that is not a stopword cannot be removed: the message says where to look
    ({"remove": ["navo"]}, ArgumentError, r"'navo' is not in the Dutch stopword list.*stopwords\('nl'\)"),
    ({"extra": [""]}, ArgumentTypeError, r"extra should hold words"),
])
def test_stopwords_explain_wrong_changes(options: dict[str, Any], error: type, message: str
                                         ) -> None:
    with pytest.raises(error, match=message):
        stopwords("nl", **options)


def test_stopwords_need_a_known_language() -> None:
    with pytest.raises(ArgumentError, match=r"language='dutch' is not one of the choices"):
        stopwords("dutch")


@pytest.mark.parametrize(("language", "tokens", "options", "expected"), [
    # 002: case does not matter; the order of the other tokens is kept
    ("nl", ["De", "NAVO", "is", "niet", "geïnteresseerd"], {}, ["NAVO", "geïnteresseerd"]),
    # remove=["niet"] keeps negation
    ("nl", ["De", "NAVO", "is", "niet", "geïnteresseerd"], {"remove": ["niet"]},
     ["NAVO", "niet", "geïnteresseerd"]),
    # extra= drops the reporting phrase as well
    ("nl", ["aldus", "Lavrov"], {"extra": ["aldus"]}, ["Lavrov"]),
    # 003 in Danish
    ("da", ["Det", "er", "nu", "op", "til", "Rusland"], {}, ["Rusland"]),
])
def test_remove_stopwords(language: str, tokens: list[str], options: dict[str, Any],
                          expected: list[str]) -> None:
    assert remove_stopwords(tokens, language, **options) == expected


def test_remove_stopwords_needs_tokens_not_a_text() -> None:
    with pytest.raises(ArgumentTypeError, match="tokens should be a list of tokens"):
        remove_stopwords("De NAVO is niet geïnteresseerd", "nl")


@pytest.mark.parametrize(("language", "word", "stem", "lemma"), [
    # (language, word, Snowball stem, simplemma lemma): the course's naming variants
    ("nl", "Oekraïne", "oekrain", "Oekraïne"),
    ("nl", "Oekraïense", "oekraien", "Oekraïens"),  # the stem is not a word; the lemma is
    ("nl", "Oekraïners", "oekrainer", "Oekraïner"),
    ("nl", "troepen", "troep", "troep"),
    ("nl", "zei", "zei", "zeggen"),  # an irregular past tense: only the lemma finds the verb
    ("nl", "onderhandelingen", "onderhandel", "onderhandeling"),
    ("nl", "NAVO-troepen", "navo-troep", "navo-troep"),
    ("da", "Ukraines", "ukrain", "Ukraine"),
    ("da", "ukrainske", "ukrainsk", "ukrainsk"),
    ("da", "soldater", "soldat", "soldat"),
    ("da", "sagde", "sagd", "sige"),  # past tense of "sige" (to say)
    ("da", "udenrigsministre", "udenrigsministr", "udenrigsminister"),
])
def test_stems_and_lemmas(language: str, word: str, stem: str, lemma: str) -> None:
    assert stems([word], language) == [stem]
    assert lemmas([word], language) == [lemma]


def test_stem_lemma_table_side_by_side() -> None:
    table = stem_lemma_table(["Oekraïne", "Oekraïense", "Oekraïners"], "nl")
    assert list(table.columns) == ["word", "stem", "lemma"]
    assert table.to_dict("records") == [
        {"word": "Oekraïne", "stem": "oekrain", "lemma": "Oekraïne"},
        {"word": "Oekraïense", "stem": "oekraien", "lemma": "Oekraïens"},
        {"word": "Oekraïners", "stem": "oekrainer", "lemma": "Oekraïner"},
    ]


def test_stems_and_lemmas_keep_length_and_order() -> None:
    tokens = ["de", "troepen", "de", "troepen", "100.000", ","]
    assert len(stems(tokens, "nl")) == len(lemmas(tokens, "nl")) == len(tokens)
    assert stems(tokens, "nl")[4:] == ["100.000", ","]  # not words: unchanged


def _recording_lemmatize(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record, for each word the kit looks up, whether it took the quick start (simplemma's
    index of its dictionary: True) or simplemma's full dictionary (False)."""
    import simplemma

    from framelab import lemmaindex, wordlists

    chosen: list[bool] = []
    real, quick = simplemma.lemmatize, lemmaindex.lemmatizer()

    def lemmatize(token: str, lang: str, low_memory: bool = False) -> str:
        chosen.append(low_memory)
        return real(token, lang=lang, low_memory=low_memory)

    class Recording:
        def lemmatize(self, token: str, lang: str) -> str:
            chosen.append(True)
            return quick.lemmatize(token, lang)

    monkeypatch.setattr(simplemma, "lemmatize", lemmatize)
    monkeypatch.setattr(wordlists.lemmaindex, "lemmatizer", Recording)
    return chosen


def test_the_quick_dictionary_start_gives_simplemmas_lemmas(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    # A lesson's few thousand words are looked up in simplemma's index of its dictionary
    # (low_memory=True: no full decoding in each new kernel; for Dutch and Danish the index the
    # kit ships, framelab.lemmaindex); the plain path is simplemma's default, the whole
    # dictionary decoded. Same lemmas for every word of the course's articles.
    import simplemma

    from framelab import load_corpus, tokenize, wordlists

    plain = simplemma.lemmatize
    monkeypatch.setattr(wordlists, "_FULL_DICTIONARY", set())
    chosen = _recording_lemmatize(monkeypatch)
    corpus = load_corpus(quiet=True)
    for language in ("nl", "da"):
        texts = corpus.loc[corpus["language"] == language, "text"]
        words = sorted({token for text in texts for token in tokenize(text, language)})
        chosen.clear()
        quick = lemmas(words, language)
        assert len(chosen) == len(words) and all(chosen), "a lesson's words take the quick start"
        assert quick == [plain(word, lang=language) for word in words]
        for word in words[:200]:
            assert wordlists._is_known(word, language) == simplemma.is_known(word, lang=language)
    assert wordlists._FULL_DICTIONARY == set()


def test_many_words_load_the_full_dictionary_and_keep_to_it(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    from framelab import wordlists

    monkeypatch.setattr(wordlists, "_FULL_DICTIONARY", set())
    monkeypatch.setattr(wordlists, "LOW_MEMORY_LIMIT", 3)
    chosen = _recording_lemmatize(monkeypatch)
    assert lemmas(["troepen", "zei", "troepen"], "nl") == ["troep", "zeggen", "troep"]
    assert chosen == [True, True]  # two different words: the index
    assert lemmas(["troepen", "zei", "soldaten", "Oekraïners"], "nl")[-1] == "Oekraïner"
    assert chosen[2:] == [False] * 4  # from the limit on: the full dictionary ...
    assert lemmas(["zei"], "nl") == ["zeggen"]
    assert chosen[-1] is False  # ... and once loaded, it is used for a single word too
    assert lemmas(["sagde"], "da") == ["sige"] and chosen[-1] is True  # per language
    assert wordlists._FULL_DICTIONARY == {"nl"}


@pytest.mark.parametrize("language", ["nl", "da"])
def test_the_shipped_lemma_index_is_built_from_the_installed_simplemma(language: str) -> None:
    # framelab.lemmaindex: the places where reading simplemma's dictionary can start, found by
    # reading every record of the installed data file (the plain path). If this fails after a
    # new simplemma, write the files again: python -m tools.lemma_index
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed

    from framelab import lemmaindex

    header, offsets, firsts = lemmaindex.read(lemmaindex.index_path(language).read_bytes())
    assert {k: header[k] for k in ("source", "sha256")} == lemmaindex._source(language)[1], \
        "the index is not of the installed simplemma: run python -m tools.lemma_index"
    data = _read_decompressed(language)
    assert (offsets, firsts) == lemmaindex.places(data)
    # reading from each place (its record's word, no lemma before it) gives the records a full
    # reading gives there, so every lookup after it does too
    _, count, pos = frontcode._read_header(data)
    records = {start: (key, value) for start, key, value in frontcode._iter_records(data, pos)}
    assert len(records) == count and offsets[0] == pos and len(offsets) > count // 40
    for offset, first in zip(offsets, firsts, strict=True):
        start, key, value = next(frontcode._iter_records(data, offset, first, b""))
        assert (key, value) == records[offset] and key == first
    view = lemmaindex._indexed_map(language)
    assert view is not None and len(view) == count
    for key, value in list(records.values())[::997]:
        assert view[key.decode()] == value.decode()


def test_a_lemma_index_of_other_data_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from framelab import lemmaindex

    monkeypatch.setattr(lemmaindex, "_source", lambda language: (None, {"sha256": "other"}))
    assert lemmaindex._indexed_map("nl") is None
    assert lemmaindex._indexed_map("de") is None  # no index shipped: simplemma indexes it


@pytest.mark.parametrize(("word", "language"), [("Oekraïne", "nl"), ("Ukraines", "da")])
def test_one_word_in_quotes_is_a_list_of_one_word_or_says_so(word, language) -> None:
    import framelab
    from framelab.errors import ArgumentTypeError

    table = framelab.stem_lemma_table(word, language)
    assert table["word"].tolist() == [word] and len(table) == 1
    with pytest.raises(ArgumentTypeError, match=re.escape(f"Put it in a list: [{word!r}].")):
        framelab.stems(word, language)
    # near miss: a whole text is still to be tokenised first
    with pytest.raises(ArgumentTypeError, match="Tokenise a text first"):
        framelab.stem_lemma_table(f"De {word} zei", language)
