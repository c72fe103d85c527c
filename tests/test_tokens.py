"""Tests of framelab.tokens: the tokenizer's choices, case by case, on the course's sentences.

Each case gives a piece of an article (or, where the corpus has no example, a realistic
sentence in its style), the options, and the tokens expected.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from nltk.tokenize import RegexpTokenizer

from framelab import load_corpus, split_sentences, tokenize, tokenize_corpus, tokenizer
from framelab.errors import ArgumentError, ArgumentTypeError

CORPUS = load_corpus(quiet=True)
P = {"punctuation": True}
Q = {"quotes": True}
PQ = {"punctuation": True, "quotes": True}

_CASES: list[tuple[str, str, dict[str, Any], list[str]]] = [
    # (language, text, options, expected tokens)
    # --- numbers -------------------------------------------------------------------------------
    # 000: the Dutch thousands separator keeps "100.000" whole
    ("nl", "niet nodig om 100.000 militairen aan de grens", {},
     ["niet", "nodig", "om", "100.000", "militairen", "aan", "de", "grens"]),
    # 001: currency sign and decimal comma belong to the number
    ("nl", "meer dan $64,1 miljard aan militaire hulp", {},
     ["meer", "dan", "$64,1", "miljard", "aan", "militaire", "hulp"]),
    # 001: a whole amount in dollars
    ("nl", "ter waarde van $725 miljoen aan Kyiv", {},
     ["ter", "waarde", "van", "$725", "miljoen", "aan", "Kyiv"]),
    # 001: "20 procent" is a number and a word
    ("nl", "ongeveer 20 procent van het Oekraïense grondgebied", {},
     ["ongeveer", "20", "procent", "van", "het", "Oekraïense", "grondgebied"]),
    # 003: Danish writes thousands with a dot too
    ("da", "opstillet over 90.000 soldater tæt ved grænsen", {},
     ["opstillet", "over", "90.000", "soldater", "tæt", "ved", "grænsen"]),
    # numbers="mask": every number counts as one word, "<num>"
    ("nl", "sinds 2022 meer dan $64,1 miljard, 20 procent", {"numbers": "mask"},
     ["sinds", "<num>", "meer", "dan", "<num>", "miljard", "<num>", "procent"]),
    # numbers="drop": numbers are left out
    ("da", "over 90.000 soldater og 100.000 russiske", {"numbers": "drop"},
     ["over", "soldater", "og", "russiske"]),
    # a year that ends a sentence: the full stop is punctuation, not part of the number
    ("nl", "gekozen bij verkiezingen in 2019. Het Kremlin", P,
     ["gekozen", "bij", "verkiezingen", "in", "2019", ".", "Het", "Kremlin"]),
    # words with digits are words, not numbers, so masking leaves them
    ("nl", "een F-16 voor de 20-jarige 1e minister", {"numbers": "mask"},
     ["een", "F-16", "voor", "de", "20-jarige", "1e", "minister"]),
    # --- hyphens -------------------------------------------------------------------------------
    # 000: compounds with a hyphen are one token by default
    ("nl", "het vertrek van NAVO-troepen uit Oost-Europa", {},
     ["het", "vertrek", "van", "NAVO-troepen", "uit", "Oost-Europa"]),
    # 000: "Oekraïne-crisis" and "de-escaleren" (a verb with a prefix)
    ("nl", "over de Oekraïne-crisis; Rusland moet de-escaleren", {},
     ["over", "de", "Oekraïne-crisis", "Rusland", "moet", "de-escaleren"]),
    # 001: "co-auteur" used as a verb in the article
    ("nl", "Eerder dit jaar co-auteur Kellogg een strategiepaper", {},
     ["Eerder", "dit", "jaar", "co-auteur", "Kellogg", "een", "strategiepaper"]),
    # 003: a Danish compound with a name
    ("da", "at dæmpe Ukraine-krise", {}, ["at", "dæmpe", "Ukraine-krise"]),
    # hyphens="split": the parts are counted as words of their own
    ("nl", "van NAVO-troepen uit Oost-Europa", {"hyphens": "split"},
     ["van", "NAVO", "troepen", "uit", "Oost", "Europa"]),
    # hyphens="split" with punctuation: the hyphen becomes a token
    ("nl", "moet de-escaleren", {"hyphens": "split", "punctuation": True},
     ["moet", "de", "-", "escaleren"]),
    # --- apostrophes -----------------------------------------------------------------------------
    # 003: the apostrophe of "USA's" is inside the word
    ("da", "Det er beskeden fra USA's udenrigsminister", {},
     ["Det", "er", "beskeden", "fra", "USA's", "udenrigsminister"]),
    # apostrophes="split": "USA" and "'s"
    ("da", "mellem Putin og USA's præsident", {"apostrophes": "split"},
     ["mellem", "Putin", "og", "USA", "'s", "præsident"]),
    # Dutch "'s avonds": "'s" is a word (des), not a quotation mark, even with quotes on
    ("nl", "Het overleg ging 's avonds door", PQ,
     ["Het", "overleg", "ging", "'s", "avonds", "door"]),
    # Dutch "'t" and "zo'n"
    ("nl", "'t Is zo'n 20 procent", {}, ["'t", "Is", "zo'n", "20", "procent"]),
    # a typographic apostrophe works the same
    ("nl", "de eisen van de USA’s regering", {}, ["de", "eisen", "van", "de", "USA’s", "regering"]),
    # in Danish "'s" is not a word of its own: the mark opens a quotation
    ("da", "han sagde 's ikke", Q, ["han", "sagde", "'", "s", "ikke"]),
    # a known limit: a genitive apostrophe after s ("Truss' standpunt") is read as a quote mark
    ("nl", "Truss' standpunt", Q, ["Truss", "'", "standpunt"]),
    # --- quotation marks -----------------------------------------------------------------------
    # 004: after "Kremlin" the ' opens a quotation: no letter on its left, so not an apostrophe
    ("nl", "Kremlin 'zal westerse sancties vergelden'", {},
     ["Kremlin", "zal", "westerse", "sancties", "vergelden"]),
    # ... and with quotes=True both marks are tokens
    ("nl", "Kremlin 'zal westerse sancties vergelden'", Q,
     ["Kremlin", "'", "zal", "westerse", "sancties", "vergelden", "'"]),
    # 004: a straight quote before a full stop: quote and stop are separate tokens
    ("nl", "dat Oekraïne 'de wapens neerlegt'.", PQ,
     ["dat", "Oekraïne", "'", "de", "wapens", "neerlegt", "'", "."]),
    # 004: punctuation without quotes keeps the full stop, drops the quotation marks
    ("nl", "dat Oekraïne 'de wapens neerlegt'.", P,
     ["dat", "Oekraïne", "de", "wapens", "neerlegt", "."]),
    # 000: Dutch low-high quotes „…”
    ("nl", "een „zeer dreigende houding”.", PQ,
     ["een", "„", "zeer", "dreigende", "houding", "”", "."]),
    # 001: curly double quotes “…”
    ("nl", "Qatar en “veel” andere landen", Q, ["Qatar", "en", "“", "veel", "”", "andere", "landen"]),
    # 002: curly single quotes ‘…’: the closing ’ is a quote, not an apostrophe
    ("nl", "de ‘ijzige relatie’ tussen", Q, ["de", "‘", "ijzige", "relatie", "’", "tussen"]),
    # 003: straight double quotes, then a comma
    ("da", 'vil få "alvorlige omkostninger", hvis', PQ,
     ["vil", "få", '"', "alvorlige", "omkostninger", '"', ",", "hvis"]),
    # Danish guillemets »…« (realistic: Danish papers use them)
    ("da", "Blinken kaldte mødet »ligefremt«.", PQ,
     ["Blinken", "kaldte", "mødet", "»", "ligefremt", "«", "."]),
    # quotation marks are never glued to words, even without spaces
    ("nl", "zei:„Nee”,en", {}, ["zei", "Nee", "en"]),
    # --- the Danish speech dash ----------------------------------------------------------------
    # 003: a paragraph-initial dash opens direct speech: a quote token with quotes=True
    ("da", "- Jeg tror, at det er sandsynligt, siger Blinken.", Q,
     ["-", "Jeg", "tror", "at", "det", "er", "sandsynligt", "siger", "Blinken"]),
    # ... a punctuation token with punctuation=True only
    ("da", "- Jeg tror, siger Blinken.", P, ["-", "Jeg", "tror", ",", "siger", "Blinken", "."]),
    # ... and nothing by default
    ("da", "- Jeg tror, siger Blinken.", {}, ["Jeg", "tror", "siger", "Blinken"]),
    # a dash in the middle of a sentence is not speech
    ("da", "Rusland - og Ukraine - mødes", Q, ["Rusland", "og", "Ukraine", "mødes"]),
    # a line-initial dash in Dutch is a list bullet, not speech
    ("nl", "- Lees ook dit", Q, ["Lees", "ook", "dit"]),
    # --- abbreviations, sentence ends, case ------------------------------------------------------
    # realistic Dutch abbreviations stay one token with their dot; "Mr." with a capital too
    ("nl", "Volgens dhr. Jansen en Mr. De Vries gaat het o.a. om bijv. sancties", {},
     ["Volgens", "dhr.", "Jansen", "en", "Mr.", "De", "Vries", "gaat", "het", "o.a.", "om",
      "bijv.", "sancties"]),
    # realistic Danish abbreviations
    ("da", "Rusland har bl.a. soldater, f.eks. ved grænsen, dvs. mange", P,
     ["Rusland", "har", "bl.a.", "soldater", ",", "f.eks.", "ved", "grænsen", ",", "dvs.",
      "mange"]),
    # an abbreviation that ends a sentence keeps its dot, with no extra full stop (as Treebank)
    ("nl", "tanks, vliegtuigen enz.", P, ["tanks", ",", "vliegtuigen", "enz."]),
    # a word that is not an abbreviation loses its full stop
    ("nl", "Rusland ziet dat niet zitten.", P, ["Rusland", "ziet", "dat", "niet", "zitten", "."]),
    # 004 raw text: the full stop glued between two sentences is not part of either word
    ("nl", "binnengevallen.Daarnaast maakte hij", {}, ["binnengevallen", "Daarnaast", "maakte", "hij"]),
    ("nl", "binnengevallen.Daarnaast maakte hij", P,
     ["binnengevallen", ".", "Daarnaast", "maakte", "hij"]),
    # 001: the ellipsis is one punctuation token
    ("nl", "beschikbaar te stellen… En we", P, ["beschikbaar", "te", "stellen", "…", "En", "we"]),
    # lowercase=True: "De" and "de" become one word; capitals in compounds too
    ("nl", "De NAVO-troepen en de Russen", {"lowercase": True},
     ["de", "navo-troepen", "en", "de", "russen"]),
    # Danish letters æ, ø, å are letters
    ("da", "På mødet drøftede de to udenrigsministre", {"lowercase": True},
     ["på", "mødet", "drøftede", "de", "to", "udenrigsministre"]),
    # everything at once
    ("nl", "'s Avonds: NAVO-troepen, $64,1 miljard en USA's „nee”.",
     {"lowercase": True, "punctuation": True, "numbers": "mask", "hyphens": "split",
      "apostrophes": "split", "quotes": True},
     ["'s", "avonds", ":", "navo", "-", "troepen", ",", "<num>", "miljard", "en", "usa", "'s",
      "„", "nee", "”", "."]),
]


@pytest.mark.parametrize(("language", "text", "options", "expected"), _CASES)
def test_tokenize(language: str, text: str, options: dict[str, Any], expected: list[str]) -> None:
    assert tokenize(text, language, **options) == expected


_OPTION_SETS = [
    {},
    {"lowercase": True},
    PQ,
    {"lowercase": True, "punctuation": True, "numbers": "drop", "hyphens": "split",
     "apostrophes": "split", "quotes": True},
    {"numbers": "mask", "quotes": True},
]


@pytest.mark.parametrize("options", _OPTION_SETS)
@pytest.mark.parametrize("column", ["text", "raw_text"])
def test_sentence_by_sentence_gives_the_same_tokens_as_the_whole_text(
        options: dict[str, Any], column: str) -> None:
    table = tokenize_corpus(CORPUS, column=column, **options)
    for row in CORPUS.itertuples(index=False):
        text = getattr(row, column)
        assert table.loc[table["id"] == row.id, "token"].tolist() == tokenize(
            text, row.language, **options), row.id


def test_no_token_holds_a_space_or_is_empty() -> None:
    for options in _OPTION_SETS:
        for row in CORPUS.itertuples(index=False):
            tokens = tokenize(row.raw_text, row.language, **options)
            assert all(t and not any(c.isspace() for c in t) for t in tokens)


def test_word_tokens_are_the_kit_word_count() -> None:
    # load_corpus's "words" column counts with framelab.words(); the tokenizer agrees on the
    # course's cleaned texts (it differs only on abbreviations and Dutch "'s", not in them)
    for row in CORPUS.itertuples(index=False):
        assert len(tokenize(row.text, row.language)) == row.words, row.id


# --- tokenize_corpus ----------------------------------------------------------------------------

def test_tokenize_corpus_table() -> None:
    table = tokenize_corpus(CORPUS, lowercase=True)
    assert list(table.columns) == ["id", "language", "sentence", "position", "token"]
    for row in CORPUS.itertuples(index=False):
        mine = table[table["id"] == row.id]
        assert (mine["language"] == row.language).all()
        # positions count the article's tokens from 0, without gaps
        assert mine["position"].tolist() == list(range(len(mine)))
        # sentences are numbered from 0 in order; sentences without tokens leave no rows
        numbers = mine["sentence"].tolist()
        assert numbers == sorted(numbers) and numbers[0] == 0
        assert numbers[-1] == len(split_sentences(row.text, row.language)) - 1


def test_tokenize_corpus_sentences_match_split_sentences() -> None:
    table = tokenize_corpus(CORPUS)
    row = CORPUS.set_index("id").loc["003"]
    sentences = split_sentences(row["text"], "da")
    mine = table[table["id"] == "003"]
    for number, sentence in enumerate(sentences):
        assert mine.loc[mine["sentence"] == number, "token"].tolist() == tokenize(sentence, "da")


@pytest.mark.parametrize(("options", "error", "message"), [
    # a typo in an option name: the message lists the options
    ({"numbrs": "drop"}, ArgumentError, r"numbrs= is not an option.*lowercase, punctuation"),
    # a wrong value
    ({"numbers": "masked"}, ArgumentError, r"numbers='masked' is not one of the choices"),
    ({"column": "body"}, ArgumentError, r"column='body' is not one of the choices"),
])
def test_tokenize_corpus_explains_wrong_options(options: dict[str, Any], error: type,
                                                message: str) -> None:
    with pytest.raises(error, match=message):
        tokenize_corpus(CORPUS, **options)


def test_tokenize_corpus_names_an_article_in_another_language() -> None:
    corpus = pd.DataFrame({"id": ["x1"], "language": ["unknown"], "text": ["Hello there."]})
    with pytest.raises(ArgumentError, match=r"Article x1 has language='unknown'"):
        tokenize_corpus(corpus)


_KLINGON = pd.concat([CORPUS.iloc[[0]], CORPUS.iloc[[3]].assign(
    id="tlh1", language="tlh", text="nuqneH. Qapla'!")],
    ignore_index=True)


@pytest.mark.parametrize("function", [
    # every function that reads the words of a corpus names the article it has no rules for,
    # instead of failing deep inside with language='tlh' and no article
    "tokenize_corpus", "frequencies", "lexical_summary", "frame_hits", "frame_scores", "naming",
    "quotes",
])
def test_corpus_functions_name_an_article_in_a_language_without_rules(function: str) -> None:
    import framelab

    with pytest.raises(ArgumentError) as info:
        getattr(framelab, function)(_KLINGON)
    assert str(info.value).startswith("Article tlh1 has language='tlh'. The kit's tokenizer")
    assert 'corpus[corpus["language"].isin(framelab.LANGUAGES)]' in str(info.value)


def test_tokenize_corpus_needs_a_table() -> None:
    with pytest.raises(ArgumentTypeError, match="corpus should be the table"):
        tokenize_corpus("corpus/raw")  # type: ignore[arg-type]


# --- tokenizer and errors -----------------------------------------------------------------------

def test_tokenizer_is_an_nltk_regexp_tokenizer_built_once() -> None:
    nl = tokenizer("nl")
    assert isinstance(nl, RegexpTokenizer)
    assert tokenizer("nl") is nl  # cached: one compiled pattern per language and options
    assert tokenizer("da") is not nl and tokenizer("nl", punctuation=True) is not nl
    assert nl.tokenize("Het gaat om NAVO-troepen.") == tokenize("Het gaat om NAVO-troepen.", "nl")
    assert list(nl.span_tokenize("de NAVO")) == [(0, 2), (3, 7)]
    assert "NAVO" not in repr(nl) and "pattern=" in repr(nl)


@pytest.mark.parametrize(("call", "error", "message"), [
    # the language must be one the kit knows
    (lambda: tokenize("tekst", "xx"), ArgumentError, r"language='xx' is not one of the choices"),
    # booleans are booleans
    (lambda: tokenize("tekst", "nl", lowercase="yes"), ArgumentTypeError,
     r"lowercase should be True or False"),
    (lambda: tokenize("tekst", "nl", quotes=1), ArgumentTypeError, r"quotes should be True or False"),
    # the choices are named
    (lambda: tokenize("tekst", "nl", hyphens="join"), ArgumentError,
     r"hyphens='join' is not one of the choices: 'keep', 'split'"),
    (lambda: tokenize("tekst", "nl", apostrophes="drop"), ArgumentError,
     r"apostrophes='drop' is not one of the choices"),
    # a list of sentences is not a text
    (lambda: tokenize(["Een zin."], "nl"), ArgumentTypeError, r"text should be a text"),
])
def test_tokenize_explains_wrong_arguments(call: Any, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        call()


def test_lowercasing_keeps_every_characters_classes_where_it_keeps_the_length() -> None:
    """Why _lowered_tokens may lower the tokens instead of cutting the lowered text: every
    character that lowercases to one other character keeps the classes the patterns use."""
    import re
    import sys

    from framelab.tokens import QUOTES

    classes = [re.compile(p) for p in (r"\w", r"\d", r"\s", r"[^\W\d_]", r"[^\W_]")]
    literals = set(".-'’$€£%" + QUOTES)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if lower == char or len(lower) != 1:
            continue
        assert [bool(c.match(char)) for c in classes] == [bool(c.match(lower)) for c in classes]
        assert char not in literals and lower not in literals


def test_lowered_tokens_are_the_tokens_of_the_lowered_text() -> None:
    from framelab.tokens import _lowered_tokens, _tokenizer

    texts = [*CORPUS["text"], *CORPUS["raw_text"],
             "'s Avonds 'S AVONDS ’t Is. ΟΔΟΣ.Β ΑΣ'Β İSTANBUL ẞ ǅ Ⅻ Ⓐ e\u0301 ½ m²",
             "DHR. JANSEN O.A. Z.B. BL.A. 100.000 $64,1 NAVO-TROEPEN USA'S zo'n „Ja”"]
    for language in ("nl", "da", "en", "de", "fi"):
        cut = _tokenizer(language, False, "keep", "keep", False)
        for text in texts:
            for piece in [text, text.upper(), *split_sentences(text, language)]:
                assert (_lowered_tokens(cut, piece, cut.tokenize(piece))
                        == cut.tokenize(piece.lower())), piece


def test_lowered_by_chunk_are_the_tokens_of_the_lowered_text(monkeypatch) -> None:
    """_KitTokenizer.lowered cuts each chunk lowercased (remembered per chunk, the chunks of
    the text just cut reused): the tokens of the lowered text, also for a text not cut just
    before, for ordinals, capital sigmas and dotted capitals, and with the memory full."""
    from itertools import product

    from framelab import tokens

    texts = [*CORPUS["text"], *CORPUS["raw_text"], *_EDGES,
             "den 3. Maj kom ΟΔΟΣ.Β ΑΣ'Β İSTANBUL ẞ ǅ - Jeg  tror\n\nDET. 'S AVONDS"]
    for limit in (tokens._CACHED_CHUNKS, 40):
        monkeypatch.setattr(tokens, "_CACHED_CHUNKS", limit)
        for language in ("nl", "da", "de"):
            for options in product([False, True], ["keep", "split"], ["keep", "split"],
                                   [False, True]):
                cut = tokens._tokenizer.__wrapped__(language, *options)  # a fresh one
                for text in texts:
                    expected = cut._compiled.findall(text.lower())
                    assert cut.lowered(text) == expected, (options, text)
                    cut.tokenize(text)
                    assert cut.lowered(text) == expected, (options, text)
                    assert cut.lowered(text.upper()) == cut._compiled.findall(
                        text.upper().lower()), (options, text)
                assert len(cut._lowered) <= limit and len(cut._chunks) <= limit


def test_words_with_re_are_nltks_words() -> None:
    """framelab.words runs its pattern with ``re`` where both engines class every character
    alike (see framelab.text._engine_differences); the words are NLTK's RegexpTokenizer's."""
    from framelab.text import _same_in_both_engines, _tokenizer, words

    texts = [*CORPUS["text"], *CORPUS["raw_text"], "NAVO-troepen USA's zo'n 100.000 $64,1 _x_ a_b",
             "„Ja”, zei hij. »Nej«, siger hun. ‘Nee’ - Vi tror. 'Uiteraard'. 2022-02-24 1e"]
    pieces = [piece for text in texts for piece in text.split("\n") if piece]
    assert all(map(_same_in_both_engines, pieces))
    for piece in pieces:
        assert words(piece) == _tokenizer().tokenize(piece)
    for odd in ("m² ½", "e\u0301te\u0301", "a\u200db", "ΑΣ"):  # they go to NLTK's engine
        assert not _same_in_both_engines(odd)
        assert words(odd) == _tokenizer().tokenize(odd)


# --- chunk by chunk (framelab.tokens._KitTokenizer) -----------------------------------------------

# Texts where a rule could look past a space or a line break: speech dashes after ". ", after
# other marks and at a line's end, abbreviations and clitics at a chunk's edge, every kind of
# space and line break, glued sentences, Greek sigma, and characters the engines class apart.
_EDGES = [
    "- Jeg tror det.  - Nej. - Ja, siger han.\n- Godt -\n  - Hvad? \u2028- Nu.\r- Så.”- Ok",
    "Hij zei: 'Het is goed' ('s avonds) en dhr. Jansen o.a. bl.a.\tz.B. e.g. U.S. Mr. enz.",
    "binnengevallen.Daarnaast akkoorden.'Het Oekraïne.’s avonds zei.’t 100.000 $64,1 20% 1e",
    "NAVO-troepen - de-escaleren USA's zo'n ’s-Hertogenbosch F-16 x_y ² e\u0301 \u200d ½",
    "ΟΔΟΣ.Β ΑΣ 'Β İSTANBUL ẞ\xa0a\u3000b\x1cc\x1dd\x1ee\x85f\u2029g\x0bh\x0ci ... …  ?! «x» ‹y›",
]


def _random_texts(count: int, seed: int) -> list[str]:
    import random

    pieces = ["o.a.", "dhr.", "bl.a.", "U.S.", "z.B.", "'s", "’t", "'", "’", "„", "”", "“", '"',
              "-", "–", "—", ".", "..", "!", "?", ",", ")", "100.000", "$64,1", "1.", "3.", "maj",
              "1e", "Σ", "www.dr.dk/a.(b)", "nos.nl", "https://x.nl/y", "DR.", "J.F.", "…",
              "A", "a", "Het", "Jeg", "de", "NAVO-troepen", "USA's", "_", "²", " ", "  ", "\n",
              "\t", "\u2028", "\xa0", "«", "»"]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n"])
                    for _ in range(rng.randint(1, 30))) for _ in range(count)]


def test_str_split_and_the_patterns_agree_on_what_a_space_is() -> None:
    """Why a text may be cut chunk by chunk: ``str.split()`` and ``\\s`` split at the same
    characters, and no token holds one of them."""
    import re
    import sys

    space = re.compile(r"\s")
    assert all(bool(space.match(chr(c))) == chr(c).isspace() for c in range(sys.maxunicode + 1))


@pytest.mark.parametrize("language", ["nl", "da", "en", "de", "fi"])
def test_chunk_by_chunk_gives_the_tokens_of_the_whole_pattern(language: str) -> None:
    """The fast path (cut each different chunk once, then look the chunks up) against the
    plain path (the pattern over the whole text), for every option."""
    from itertools import product

    from framelab.tokens import _tokenizer

    texts = [*CORPUS["text"], *CORPUS["raw_text"], *_EDGES, *_random_texts(150, seed=14)]
    texts += [text.lower() for text in texts]
    for options in product([False, True], ["keep", "split"], ["keep", "split"], [False, True]):
        cut = _tokenizer(language, *options)
        for text in texts:
            assert cut.tokenize(text) == cut._compiled.findall(text), (options, text)
            assert cut.tokenize(text) == cut._compiled.findall(text)  # remembered: the same


def test_a_full_chunk_memory_cuts_the_whole_text(monkeypatch) -> None:
    from framelab import tokens

    monkeypatch.setattr(tokens, "_CACHED_CHUNKS", 40)
    cut = tokens._KitTokenizer(tokens._pattern("nl", True, "keep", "keep", True))
    for text in [*CORPUS["text"], *_EDGES]:
        assert cut.tokenize(text) == cut._compiled.findall(text)
        assert len(cut._chunks) <= 40


@pytest.mark.parametrize("text, language, expected", [
    # a web address is one token
    ("Zie www.nos.nl voor meer.", "nl", ["Zie", "www.nos.nl", "voor", "meer"]),
    ("Læs https://www.dr.dk/nyheder/a-1. Og WWW.DR.DK.", "da",
     ["Læs", "https://www.dr.dk/nyheder/a-1", "Og", "WWW.DR.DK"]),
    # a Danish ordinal keeps its full stop; "DR." in capitals is no abbreviation
    ("den 3. maj til DR.", "da", ["den", "3.", "maj", "til", "DR"]),
    ("Dr. Hansen", "da", ["Dr.", "Hansen"]),
])
def test_urls_and_ordinals(text: str, language: str, expected: list[str]) -> None:
    assert tokenize(text, language) == expected


@pytest.mark.parametrize("options", [{}, {"lowercase": True}, {"punctuation": True, "quotes": True}])
def test_article_tokens_at_once_are_tokenize_corpus_sentence_by_sentence(options):
    # the fast path (the whole text at once where that is the same) against tokenize_corpus,
    # on the course's articles and on texts where the sentences change the tokens
    from framelab.tokens import _article_tokens

    corpus = load_corpus(quiet=True)
    odd = pd.DataFrame({"id": ["x", "y"], "language": ["nl", "da"],
                        "text": ["daags nadat het leger was binnengevallen.Daarnaast zei hij",
                                 "Det skete den 3. maj. - Vi går, siger han. Se www.dr.dk nu."]})
    for table in (corpus, odd):
        expected = tokenize_corpus(table, **options).groupby("id", sort=False)["token"]
        for row in table.itertuples():
            assert _article_tokens(row.text, row.language, **options) == list(
                expected.get_group(row.id)), row.id


def test_options_checked_once_give_the_tokens_of_options_checked_each_time() -> None:
    # tokenize() remembers the tokenizer of options it has checked (tokens._CHECKED); the same
    # tokens as with nothing remembered, for every combination, and wrong values still raise
    import itertools

    from framelab import tokens

    text = "Het gaat om NAVO-troepen, 20 procent en USA's „eisen” uit Oost-Europa."
    grid = itertools.product(["nl", "da", "en"], [False, True], [False, True],
                             ["keep", "drop", "mask"], ["keep", "split"], ["keep", "split"],
                             [False, True])
    for language, lowercase, punctuation, numbers, hyphens, apostrophes, quotes in grid:
        options = {"lowercase": lowercase, "punctuation": punctuation, "numbers": numbers,
                   "hyphens": hyphens, "apostrophes": apostrophes, "quotes": quotes}
        tokens._CHECKED.clear()
        checked = tokenize(text, language, **options)
        assert tokenize(text, language, **options) == checked
    assert tokens._CHECKED
    tokenize(text, "nl")
    for wrong in ({"lowercase": 1}, {"punctuation": "yes"}, {"numbers": "DROP"},
                  {"hyphens": ["keep"]}, {"quotes": None}):
        with pytest.raises((ArgumentError, ArgumentTypeError)):
            tokenize(text, "nl", **wrong)
    with pytest.raises((ArgumentError, ArgumentTypeError)):
        tokenize(b"bytes", "nl")
    with pytest.raises(ArgumentError):
        tokenize(text, "xx")
