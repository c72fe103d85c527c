"""Tests of framelab.frequencies, checked against independent counts.

Every count the kit makes with NLTK's FreqDist / ConditionalFreqDist is compared with a plain
``collections.Counter`` over the same tokens (from ``tokenize_corpus``), per article and per
group; a few counts are also checked against a regular expression on the text itself.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pandas as pd
import pytest
from nltk.probability import FreqDist

from framelab import (
    count_tokens,
    frequencies,
    hapaxes,
    lemmas,
    lexical_summary,
    load_corpus,
    ngrams,
    split_sentences,
    stems,
    stopwords,
    tokenize,
    tokenize_corpus,
    type_token_ratio,
)
from framelab.errors import ArgumentError, ArgumentTypeError

CORPUS = load_corpus(quiet=True)
TOKENS = tokenize_corpus(CORPUS, lowercase=True)
# A derived column, as a lesson would add it: before or after the invasion of 24 February 2022
CORPUS_P = CORPUS.assign(period=["before invasion", "after invasion", "before invasion",
                                 "before invasion", "after invasion"])
STOP = {lang: set(stopwords(lang)) for lang in ("nl", "da")}


def as_counts(table: pd.DataFrame, group: str | None = None, value: Any = None,
              label: str = "token") -> dict[str, int]:
    rows = table if group is None else table[table[group] == value]
    return dict(zip(rows[label], rows["count"], strict=True))


# --- counts against collections.Counter ---------------------------------------------------------

def test_whole_corpus_counts_equal_a_counter() -> None:
    table = frequencies(CORPUS)
    assert as_counts(table) == Counter(TOKENS["token"])
    assert table.attrs["totals"] == {"all": len(TOKENS)}


@pytest.mark.parametrize("article", ["000", "001", "002", "003", "004"])
def test_counts_per_article_equal_a_counter(article: str) -> None:
    table = frequencies(CORPUS, by="id")
    expected = Counter(TOKENS.loc[TOKENS["id"] == article, "token"])
    assert as_counts(table, "id", article) == expected
    assert table.attrs["totals"][article] == sum(expected.values())


@pytest.mark.parametrize(("by", "value", "articles"), [
    # (by, group, the articles in it)
    ("language", "nl", ["000", "001", "002", "004"]),
    ("language", "da", ["003"]),
    ("period", "before invasion", ["000", "002", "003"]),  # a column the user added
    ("period", "after invasion", ["001", "004"]),
])
def test_counts_per_group_equal_a_counter(by: str, value: str, articles: list[str]) -> None:
    table = frequencies(CORPUS_P, by=by)
    expected = Counter(TOKENS.loc[TOKENS["id"].isin(articles), "token"])
    assert as_counts(table, by, value) == expected
    assert table.attrs["totals"][value] == sum(expected.values())


@pytest.mark.parametrize(("article", "pattern", "token", "count"), [
    # (article, a regular expression on the text, the lowercased token, count): independent of
    # the tokenizer; whole words only, not inside hyphenated compounds ("NAVO-troepen")
    ("002", r"(?<![\w-])NAVO(?![\w-])", "navo", 9),  # and once more in "NAVO-kantoor"
    ("003", r"(?<![\w-])Rusland(?![\w-])", "rusland", 14),
    ("001", r"(?<![\w-])Oekraïne(?![\w-])", "oekraïne", 13),
    ("004", r"(?<![\w-])Lavrov(?![\w-])", "lavrov", 3),
    ("000", r"(?<![\w-])[Dd]e(?![\w-])", "de", 25),
])
def test_counts_equal_a_count_on_the_text(article: str, pattern: str, token: str, count: int
                                          ) -> None:
    text = CORPUS.set_index("id").loc[article, "text"]
    assert len(re.findall(pattern, text)) == count
    table = frequencies(CORPUS, by="id")
    assert as_counts(table, "id", article)[token] == count


# --- per 1,000 words ----------------------------------------------------------------------------

def test_per_1000_is_count_over_the_group_total_times_1000() -> None:
    table = frequencies(CORPUS, by="language")
    for row in table.itertuples(index=False):
        total = int((TOKENS["language"] == row.language).sum())
        assert row.per_1000 == pytest.approx(row.count / total * 1000)
    # each group's per_1000 adds up to 1,000 when nothing is left out
    assert table.groupby("language")["per_1000"].sum().tolist() == pytest.approx([1000, 1000])


def test_the_denominator_is_counted_before_stopwords_are_removed() -> None:
    everything = frequencies(CORPUS, by="id")
    without = frequencies(CORPUS, by="id", stopwords=True)
    assert without.attrs["totals"] == everything.attrs["totals"]
    merged = without.merge(everything, on=["id", "token"], suffixes=("", "_all"))
    assert len(merged) == len(without)
    assert (merged["count"] == merged["count_all"]).all()
    assert merged["per_1000"].tolist() == pytest.approx(merged["per_1000_all"].tolist())
    # "rusland" in 003: 14 of the article's 426 words
    row = without[(without["id"] == "003") & (without["token"] == "rusland")].iloc[0]
    assert (row["count"], row["per_1000"]) == (14, pytest.approx(14 / 426 * 1000))


def test_punctuation_counts_in_the_denominator_when_kept() -> None:
    table = frequencies(CORPUS, punctuation=True)
    tokens = tokenize_corpus(CORPUS, lowercase=True, punctuation=True)
    assert table.attrs["totals"] == {"all": len(tokens)}
    assert as_counts(table)["."] == (tokens["token"] == ".").sum()


# --- stopwords, units, options ------------------------------------------------------------------

def test_stopwords_true_leaves_out_each_language_s_stopwords() -> None:
    table = frequencies(CORPUS, by="language", stopwords=True)
    for language in ("nl", "da"):
        mine = as_counts(table, "language", language)
        expected = Counter(t for t in TOKENS.loc[TOKENS["language"] == language, "token"]
                           if t not in STOP[language])
        assert mine == expected


def test_stopwords_can_be_your_own_list() -> None:
    table = frequencies(CORPUS, stopwords=stopwords("nl", extra=["aldus"]) + stopwords("da"))
    assert "aldus" not in set(table["token"]) and "de" not in set(table["token"])
    assert "rusland" in set(table["token"])


@pytest.mark.parametrize(("unit", "mapping"), [
    # Snowball stems are lowercase anyway
    ("stem", lambda tokens, lang: stems(tokens, lang)),
    # lemmas are looked up with their capitals, then lowercased
    ("lemma", lambda tokens, lang: [x.lower() for x in lemmas(tokens, lang)]),
])
def test_units_count_stems_and_lemmas(unit: str, mapping: Any) -> None:
    table = frequencies(CORPUS, by="id", unit=unit)
    cased = tokenize_corpus(CORPUS)
    for row in CORPUS.itertuples(index=False):
        tokens = cased.loc[cased["id"] == row.id, "token"].tolist()
        assert as_counts(table, "id", row.id) == Counter(mapping(tokens, row.language))


def test_token_options_reach_the_tokenizer() -> None:
    table = frequencies(CORPUS, numbers="mask")
    assert as_counts(table)["<num>"] == sum(
        tokenize(t, lang, numbers="mask").count("<num>")
        for t, lang in zip(CORPUS["text"], CORPUS["language"], strict=True))
    assert "100.000" not in set(table["token"])
    assert "navo-troepen" in set(frequencies(CORPUS)["token"])
    assert "navo-troepen" not in set(frequencies(CORPUS, hyphens="split")["token"])


def test_lowercase_false_keeps_capitals() -> None:
    table = frequencies(CORPUS, lowercase=False)
    counts = as_counts(table)
    assert counts["De"] > 0 and counts["de"] > 0
    assert counts == Counter(tokenize_corpus(CORPUS)["token"])


# --- order, ties, rank, top, min_count ----------------------------------------------------------

def toy(text: str, language: str = "nl") -> pd.DataFrame:
    return pd.DataFrame({"id": ["t1"], "language": [language], "text": [text]})


def test_ties_are_ordered_by_casefold_then_spelling() -> None:
    # every word once: count cannot decide, so "a" words before "b" words, "A" before "a";
    # letters are compared by their Unicode number, so "Ä" (and Danish æ, ø, å) come after "z"
    table = frequencies(toy("b B a A c Ä"), lowercase=False)
    assert table["token"].tolist() == ["A", "a", "B", "b", "c", "Ä"]
    assert table["rank"].tolist() == [1, 2, 3, 4, 5, 6]


def test_count_first_then_alphabet() -> None:
    table = frequencies(toy("zee zee appel appel appel boom boom"))
    assert table[["token", "count", "rank"]].values.tolist() == [
        ["appel", 3, 1], ["boom", 2, 2], ["zee", 2, 3]]


def test_the_order_does_not_depend_on_the_order_of_the_articles() -> None:
    shuffled = CORPUS.sample(frac=1, random_state=3).reset_index(drop=True)
    pd.testing.assert_frame_equal(frequencies(shuffled), frequencies(CORPUS))
    pd.testing.assert_frame_equal(frequencies(shuffled, by="id"), frequencies(CORPUS, by="id"))


def test_rows_are_sorted_and_ranked_within_each_group() -> None:
    table = frequencies(CORPUS, by="id")
    assert table["id"].tolist() == sorted(table["id"])
    for _, rows in table.groupby("id"):
        keys = [(-c, t.casefold(), t) for t, c in zip(rows["token"], rows["count"], strict=True)]
        assert keys == sorted(keys)
        assert rows["rank"].tolist() == list(range(1, len(rows) + 1))


def test_top_keeps_the_first_rows_of_each_group() -> None:
    full = frequencies(CORPUS, by="id", stopwords=True)
    top = frequencies(CORPUS, by="id", stopwords=True, top=5)
    assert top.groupby("id").size().tolist() == [5] * 5
    expected = full[full["rank"] <= 5].reset_index(drop=True)
    pd.testing.assert_frame_equal(top, expected, check_like=False)


def test_min_count_leaves_out_rare_tokens() -> None:
    table = frequencies(CORPUS, by="language", min_count=3)
    assert table["count"].min() == 3
    full = frequencies(CORPUS, by="language")
    assert len(table) == int((full["count"] >= 3).sum())


# --- n-grams ------------------------------------------------------------------------------------

def within_sentences(tokens: pd.DataFrame, n: int) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _, sentence in tokens.groupby(["id", "sentence"]):
        words = sentence["token"].tolist()
        counts.update(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))
    return counts


@pytest.mark.parametrize("n", [2, 3])
def test_ngrams_are_counted_within_sentences(n: int) -> None:
    table = frequencies(CORPUS, n=n)
    assert list(table.columns) == ["ngram", "count", "per_1000", "rank"]
    assert as_counts(table, label="ngram") == within_sentences(TOKENS, n)
    # the denominator stays the number of words
    assert table.attrs["totals"] == {"all": len(TOKENS)}


def test_no_ngram_crosses_a_sentence_boundary() -> None:
    # 000 ends a sentence with "gezet." and starts the next with "Het"
    bigrams = set(frequencies(CORPUS, by="id", n=2)["ngram"])
    assert "gezet het" not in bigrams
    assert "werden gezet" in bigrams


def test_ngrams_with_a_stopword_are_left_out() -> None:
    table = frequencies(CORPUS, by="language", n=2, stopwords=True)
    for row in table.itertuples(index=False):
        assert not set(row.ngram.split()) & STOP[row.language], row.ngram
    assert "buitenlandse zaken" in set(table["ngram"])


# --- TTR, hapaxes, ngrams(), lexical_summary, count_tokens --------------------------------------

@pytest.mark.parametrize(("tokens", "ratio", "once"), [
    # (tokens, type/token ratio, hapaxes): small cases to do by hand
    (["de", "navo", "en", "de", "vs"], 0.8, ["en", "navo", "vs"]),
    (["rusland", "rusland"], 0.5, []),
    (["NAVO", "navo"], 1.0, ["NAVO", "navo"]),  # case matters: lowercase first if it should not
    (["Oekraïne"], 1.0, ["Oekraïne"]),
])
def test_type_token_ratio_and_hapaxes(tokens: list[str], ratio: float, once: list[str]) -> None:
    assert type_token_ratio(tokens) == pytest.approx(ratio)
    assert hapaxes(tokens) == once


def test_type_token_ratio_of_nothing_is_explained() -> None:
    with pytest.raises(ArgumentError, match="tokens is empty"):
        type_token_ratio([])


@pytest.mark.parametrize(("tokens", "n", "expected"), [
    (["de", "Russische", "troepen"], 2, [("de", "Russische"), ("Russische", "troepen")]),
    (["de", "Russische", "troepen"], 3, [("de", "Russische", "troepen")]),
    (["de", "Russische", "troepen"], 4, []),  # fewer tokens than n
    (["navo"], 1, [("navo",)]),
])
def test_ngrams(tokens: list[str], n: int, expected: list[tuple[str, ...]]) -> None:
    assert ngrams(tokens, n) == expected


def test_lexical_summary_equals_counts_by_hand() -> None:
    summary = lexical_summary(CORPUS)
    assert list(summary.columns) == ["id", "language", "tokens", "types", "type_token_ratio",
                                     "hapaxes"]
    for row in summary.itertuples(index=False):
        tokens = TOKENS.loc[TOKENS["id"] == row.id, "token"].tolist()
        counts = Counter(tokens)
        assert row.tokens == len(tokens)
        assert row.types == len(counts)
        assert row.type_token_ratio == pytest.approx(len(counts) / len(tokens))
        assert row.hapaxes == sum(1 for c in counts.values() if c == 1)


def test_count_tokens_is_a_freqdist_equal_to_the_idiom() -> None:
    tokens = TOKENS["token"].tolist()
    counts = count_tokens(tokens)
    assert isinstance(counts, FreqDist)
    assert counts == FreqDist(tokens) and counts.N() == len(tokens)


# --- errors -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("options", "error", "message"), [
    # a column that is not there: the message says how to add one
    ({"by": "period"}, ArgumentError, r"by='period' is not a column.*corpus\['period'\]"),
    ({"top": 0}, ArgumentError, r"top=0 is too small"),
    ({"n": "2"}, ArgumentTypeError, r"n should be a whole number"),
    ({"unit": "word"}, ArgumentError, r"unit='word' is not one of the choices: 'token', 'stem'"),
    # a language code instead of True or a list
    ({"stopwords": "nl"}, ArgumentTypeError, r"stopwords should be True.*framelab.stopwords"),
    # a typo in a tokenizer option
    ({"numbrs": "drop"}, ArgumentError, r"numbrs= is not an option of frequencies\(\)\. Did you mean numbers=\?"),
])
def test_frequencies_explains_wrong_arguments(options: dict[str, Any], error: type,
                                              message: str) -> None:
    with pytest.raises(error, match=message):
        frequencies(CORPUS, **options)


def test_a_missing_group_value_is_named() -> None:
    corpus = CORPUS.assign(period=[None, "a", "a", "b", "b"])
    with pytest.raises(ArgumentError, match=r"Article 000 has no value in the column 'period'"):
        frequencies(corpus, by="period")


# --- offline ------------------------------------------------------------------------------------

def test_the_whole_word_pipeline_works_offline(monkeypatch, tmp_path) -> None:
    # the network guard of tests/test_offline.py: every connection leaving the machine is refused
    # and recorded; NLTK_DATA is an empty folder (top conftest.py)
    import os

    from tools import netguard

    log = tmp_path / "attempts.log"
    netguard.install(record_to=str(log), setattr_=monkeypatch.setattr)
    try:
        corpus = load_corpus(quiet=True)
        table = frequencies(corpus, by="language", unit="lemma", n=2, stopwords=True,
                            punctuation=True, quotes=True)
        assert len(table) > 0 and len(frequencies(corpus, unit="stem")) > 0
        assert lexical_summary(corpus)["tokens"].sum() == len(TOKENS)
    finally:
        netguard._record_to = None
    assert not log.exists() or log.read_text(encoding="utf-8") == ""
    assert os.listdir(os.environ["NLTK_DATA"]) == []


# --- single tokens from the whole text (frequencies' fast path) ---------------------------------

# Texts where a sentence may start inside a chunk or a rule may see a sentence's edge: glued
# sentences, a quotation mark between a stop and a Dutch clitic, Greek sigma, Danish dashes.
HARD = pd.DataFrame({
    "id": ["h0", "h1", "h2", "h3", "h4", "h5"],
    "language": ["nl", "nl", "da", "da", "nl", "en"],
    "text": ["daags nadat het leger was binnengevallen.Daarnaast maakte hij. Klaar.",
             "Hij zei het.’s Avonds ging hij. Hij zei.'t Is laat. Dhr. Jansen o.a. ook.",
             "Han sagde det.” - Nej, siger han. - Ja.\n  - Godt. Han kom. -\nSlut -",
             "- Vi vil sikre os. Men det vigtigste er vores sikkerhed, siger Lavrov.",
             "ΟΔΟΣ.'Β is Grieks. De NAVO zei: „Nee.” (Ook.) Het was 100.000 keer.",
             "They don't agree.\u2028- Mr. Smith said so.\rThe U.S. did."],
})


@pytest.mark.parametrize("options", [{}, {"lowercase": False}, {"punctuation": True},
                                     {"quotes": True}, {"punctuation": True, "quotes": True},
                                     {"apostrophes": "split", "quotes": True}])
def test_single_token_counts_equal_the_sentence_by_sentence_tokens(options: dict[str, Any]
                                                                   ) -> None:
    """frequencies(n=1) tokenises a text at once where splitting it into sentences first gives
    the same tokens; the counts are those of tokenize_corpus (sentence by sentence)."""
    token_options = {"lowercase": True, **options}
    for corpus in (CORPUS, HARD):
        table = frequencies(corpus, by="id", **options)
        expected = tokenize_corpus(corpus, **token_options)
        for article in corpus["id"]:
            assert as_counts(table, "id", article) == Counter(
                expected.loc[expected["id"] == article, "token"]), (options, article)
        assert table.attrs["totals"] == expected.groupby("id").size().to_dict()


def test_the_whole_text_is_tokenised_only_where_sentences_cannot_change_the_tokens() -> None:
    import random

    from framelab.tokens import _sentences_change_tokens

    assert [_sentences_change_tokens(text, language) for text, language in
            zip(HARD["text"], HARD["language"], strict=True)] == [
        True, True, False, False, False, False]
    assert _sentences_change_tokens(HARD.loc[4, "text"], "nl", lowercase=True) is True
    assert _sentences_change_tokens("ΟΔΟΣ. Β", "nl", lowercase=True) is True
    assert _sentences_change_tokens("Nej. - Ja.", "da", quotes=True) is True
    assert _sentences_change_tokens("Nej. - Ja.", "da", quotes=True, punctuation=True) is False
    pieces = ["o.a.", "dhr.", "bl.a.", "U.S.", "enz.", "'s", "’t", "'", "’", "„", "”", '"', "-",
              "–", ".", "..", "!", "?", ",", "100.000", "1.", "3.", "maj", "Σ", "ΟΔΟΣ", "nos.nl",
              "www.dr.dk/a.(b)", "DR.", "J.F.", "Kennedy", "…", "...", "A", "a", "Het",
              "Daarnaast", "gevallen", "zei", "Jeg", " ", " ", "  ", "\n", "\u2028", "«", ")"]
    rng = random.Random(11)
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n"])
                     for _ in range(rng.randint(1, 30))) for _ in range(400)]
    for text in texts:
        language = rng.choice(["nl", "da", "en", "de"])
        for options in ({"lowercase": True}, {"quotes": True}, {"punctuation": True},
                        {"apostrophes": "split", "quotes": True, "lowercase": True}):
            if _sentences_change_tokens(text, language, **{k: v for k, v in options.items()
                                                           if k != "apostrophes"}):
                continue
            assert tokenize(text, language, **options) == [
                token for sentence in split_sentences(text, language)
                for token in tokenize(sentence, language, **options)], (text, options)
