"""Keywords in context and collocations."""

import math
from collections import Counter

import pandas as pd
import pytest

import framelab
from framelab.errors import ArgumentError
from framelab.kwic import MOST_LINES, collocations, concordance, show_concordance


@pytest.fixture(scope="module")
def corpus():
    return framelab.load_corpus(quiet=True)


@pytest.mark.parametrize("query, match, expected", [
    # a word, ignoring case: both "NAVO" and "navo" would match
    ("invasie", "word", ["invasie", "invasie", "invasie"]),
    # a Snowball stem finds the noun and the verb
    ("onderhandelen", "stem", ["onderhandelingen", "onderhandelen", "onderhandelingen",
                               "onderhandelen"]),
    # a regular expression over whole tokens: Dutch "invasie" and "inval", Danish "invaderer"
    ("inva.*", "regex", ["invasie", "invasie", "inval", "invaderer", "invasie"]),
])
def test_concordance_matches(corpus, query, match, expected):
    assert concordance(corpus, query, match=match)["keyword"].tolist() == expected


def test_concordance_context_and_sorting(corpus):
    table = concordance(corpus, "invasie", window=3, sort="left")
    assert table["left"].tolist() == ["over een mogelijke", "op de Russische", "geprobeerd een Russische"]
    for row in table.itertuples():
        assert len(row.left.split()) <= 3 and len(row.right.split()) <= 3
    right = concordance(corpus, "Lavrov", sort="right")["right"].tolist()
    assert right == sorted(right, key=str.casefold)


def test_show_concordance_aligns_the_keyword(corpus, capsys):
    show_concordance(concordance(corpus, "invasie", window=4), width=30)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert len({line.index("invasie") for line in lines}) == 1


def test_concordance_errors(corpus):
    with pytest.raises(ArgumentError, match="not one of the choices"):
        concordance(corpus, "NAVO", match="fuzzy")
    with pytest.raises(ArgumentError, match="not a valid regular expression"):
        concordance(corpus, "(navo", match="regex")


def test_collocation_counts_and_logdice_by_hand(corpus):
    table = collocations(corpus, window=2, min_count=1, top=None).set_index(["word_1", "word_2"])
    # independent count of neighbouring pairs after stopword removal, per article
    pairs, words = Counter(), Counter()
    for row in corpus.itertuples():
        stop = set(framelab.stopwords(row.language))
        tokens = [t for t in framelab.tokenize(row.text, row.language, lowercase=True, numbers="drop")
                  if t not in stop]
        words.update(tokens)
        pairs.update(zip(tokens, tokens[1:], strict=False))
    assert table["count"].sum() == sum(pairs.values())
    o, fx, fy = pairs["buitenlandse", "zaken"], words["buitenlandse"], words["zaken"]
    row = table.loc[("buitenlandse", "zaken")]
    assert row["count"] == o
    assert row["logdice"] == pytest.approx(14 + math.log2(2 * o / (fx + fy)))
    n = sum(words.values())
    assert row["mi"] == pytest.approx(math.log2(o * n / (fx * fy)), abs=0.05)


def test_collocations_never_span_two_articles():
    table = pd.DataFrame({"id": ["a", "b"], "language": ["nl", "nl"],
                          "text": ["Rusland dreigt.", "Oekraïne onderhandelt."]})
    pairs = collocations(table, window=5, min_count=1, top=None)[["word_1", "word_2"]]
    assert pairs.values.tolist() == [["oekraïne", "onderhandelt"], ["rusland", "dreigt"]]


def test_collocations_node_filter(corpus):
    table = collocations(corpus, node="NAVO", min_count=1, window=4, top=None)
    assert ((table["word_1"] == "navo") | (table["word_2"] == "navo")).all()


def test_show_concordance_says_when_nothing_matches(corpus, capsys):
    show_concordance(concordance(corpus, "Brexit"))
    assert capsys.readouterr().out.startswith(
        f"No lines: 'Brexit' does not occur in the {len(corpus)} article(s) given. Check its "
        "spelling")
    # the articles given may be a selection (lesson 08: those that do not quote a speaker)
    show_concordance(concordance(corpus[corpus["id"] == "000"], "Blinken"))
    assert "'Blinken' does not occur in the 1 article(s) given" in capsys.readouterr().out
    show_concordance(concordance(corpus[corpus["id"] == "no such id"], "Blinken"))
    assert "has no articles" in capsys.readouterr().out
    # a table made by hand (no record of what was searched): the plain message
    show_concordance(pd.DataFrame(columns=["article", "left", "keyword", "right"]))
    assert capsys.readouterr().out.startswith("No lines: the word does not occur.")


@pytest.mark.parametrize("query", ["Oekraïne", "OEKRAÏNE", "navo", "strasse", "„", "-", "xyz"])
def test_word_concordance_equals_a_scan_of_every_token(corpus, query):
    """concordance() skips a text without the word and finds positions with list.index; the
    plain way looks at every token of every text."""
    texts = pd.concat([corpus, pd.DataFrame({
        "id": ["s1"], "language": ["de"], "text": ["Die Straße. In der STRASSE - „ja”."]})])
    expected = []
    for article in texts.itertuples(index=False):
        tokens = framelab.tokenize(article.text, article.language, punctuation=True, quotes=True)
        expected += [(article.id, i) for i, t in enumerate(tokens)
                     if t.casefold() == query.casefold()]
    table = concordance(texts, query, window=2)
    assert list(zip(table["article"], table["position"], strict=True)) == expected


def test_show_concordance_of_a_large_corpus_prints_a_page_and_says_how_many_more(capsys):
    table = pd.DataFrame({"article": [f"{i:05d}" for i in range(3000)], "left": ["de"] * 3000,
                          "keyword": ["navo"] * 3000, "right": ["zegt"] * 3000})
    show_concordance(table)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == MOST_LINES + 1
    assert lines[-1].startswith("... and 2,950 more lines (the table has all 3,000")
    show_concordance(table, most=None)
    assert len(capsys.readouterr().out.splitlines()) == 3000


@pytest.mark.parametrize("window", [2, 3, 5])  # neighbours; the default; a wide window
def test_pair_counts_are_nltks_from_words(corpus, window):
    # the fast path (Counter over shifted lists) against the plain path (NLTK's own loop), on
    # the course's articles with the gaps collocations() puts between them
    from nltk.collocations import BigramCollocationFinder

    from framelab.kwic import _finder

    words = []
    for article in corpus.itertuples(index=False):
        words += framelab.tokenize(article.text, article.language, lowercase=True)
        words += [None] * (window - 1)
    fast, plain = _finder(words, window), BigramCollocationFinder.from_words(words, window)
    assert dict(fast.word_fd) == dict(plain.word_fd) and fast.N == plain.N
    assert dict(fast.ngram_fd) == dict(plain.ngram_fd)
    assert fast.window_size == plain.window_size == window


def test_collocations_from_the_last_counts_are_those_counted_afresh(corpus):
    # collocations() starts from the counts of the call before when the texts and options are
    # the same (a lesson asks for other measures, nodes and minimum counts in a row); each
    # result is the one counted afresh, whatever came before (filters work on a copy)
    from framelab import kwic

    calls = [{"top": 10}, {"min_count": 1, "sort_by": "mi", "top": 5},
             {"min_count": 1, "sort_by": "t", "top": 5}, {"node": "navo", "top": None},
             {"window": 2, "top": None}, {"stopwords_removed": False, "sort_by": "count"},
             {"min_count": 1, "top": None}, {"within_sentences": True, "top": None},
             {"numbers": "keep", "top": None}, {"min_count": 1, "top": None}]
    remembered = [framelab.collocations(corpus, **options) for options in calls]
    for options, got in zip(calls, remembered, strict=True):
        kwic._LAST_COUNTS.clear()
        pd.testing.assert_frame_equal(got, framelab.collocations(corpus, **options))
    changed = corpus.copy()
    changed.loc[0, "text"] += "\n\nNavo en Rusland. Navo en Rusland. Navo en Rusland."
    framelab.collocations(corpus, min_count=1)
    after = framelab.collocations(changed, min_count=1)
    kwic._LAST_COUNTS.clear()
    pd.testing.assert_frame_equal(after, framelab.collocations(changed, min_count=1))
    assert not after.equals(framelab.collocations(corpus, min_count=1))


# ---------------------------------------------- a query of several words ("Jan Loos")


def _two(dutch: str, danish: str) -> pd.DataFrame:
    return pd.DataFrame({"id": ["nl1", "da1"], "language": ["nl", "da"], "text": [dutch, danish]})


def test_a_name_of_two_words_is_found_where_its_words_stand_together_in_both_languages():
    """concordance(corpus, "Jan Loos") found nothing and said the name did not occur, though
    count_words counted it: the query was looked up as one token. Now its tokens are matched
    one after the other, ignoring case, in Dutch and in Danish; the keyword column holds them."""
    texts = _two("„Het dier is niet gevaarlijk”, zegt boswachter Jan Loos. Jan en Loos zijn "
                 "broers; Jan Loosdrecht niet.",
                 "»Ulven er ikke farlig«, siger skovfoged Mette Holm. Mette og Holm er to; "
                 "Mette Holmberg ikke.")
    nl = concordance(texts, "jan LOOS", window=2)
    assert nl[["article", "left", "keyword", "right"]].values.tolist() == [
        ["nl1", "zegt boswachter", "Jan Loos", ". Jan"]]
    tokens = framelab.tokenize(texts.loc[0, "text"], "nl", punctuation=True, quotes=True)
    assert nl["position"].tolist() == [tokens.index("Jan")]  # where the name starts
    da = concordance(texts, "Mette Holm", window=2)
    assert da[["article", "left", "keyword", "right"]].values.tolist() == [
        ["da1", "siger skovfoged", "Mette Holm", ". Mette"]]
    # near-misses: the words apart ("Jan en Loos"), a longer second word ("Loosdrecht")
    assert concordance(texts, "Jan Loosdrecht")["keyword"].tolist() == ["Jan Loosdrecht"]
    assert concordance(texts, "Loos Jan").empty
    # the same counts as count_words
    assert framelab.count_words(texts.assign(raw_text=texts["text"]), ["Jan Loos"])[
        "Jan Loos"].sum() == 1


def test_a_phrase_by_stem_matches_each_word_by_its_stem():
    texts = _two("De Russische onderhandelaars onderhandelden lang met de Oekraïense.",
                 "De russiske forhandlere forhandlede længe.")
    assert concordance(texts, "russische onderhandelaar", match="stem")["keyword"].tolist() == [
        "Russische onderhandelaars"]
    assert concordance(texts, "russiske forhandler", match="stem")["keyword"].tolist() == [
        "russiske forhandlere"]
    assert concordance(texts, "russische onderhandelden", match="stem").empty  # not adjacent


def test_the_message_for_no_lines_does_not_say_a_word_is_absent_that_is_in_a_longer_one(capsys):
    texts = _two("Jan Loos woont in Loosdrecht.", "Mette Holm bor i Holmsland.")
    show_concordance(concordance(texts, "Loosdrecht"))
    assert capsys.readouterr().out.startswith("nl1")
    show_concordance(concordance(texts, "Holmsl"))
    assert capsys.readouterr().out == (
        "No lines: 'Holmsl' is in the text only inside longer words ('Holmsland'), never as a "
        "word of its own. Search for one of those words, or use match='regex' with a pattern "
        "such as 'Holmsl.*'.\n")
    show_concordance(concordance(texts, "Loos Jan"))
    assert "'Loos Jan' does not occur in the 2 article(s) given" in capsys.readouterr().out
    show_concordance(concordance(texts, "vognmænd", match="stem"))
    assert "no word in the 2 article(s) given has the stem of 'vognmænd'" in capsys.readouterr().out
    with pytest.raises(ArgumentError, match="holds no word"):
        concordance(texts, "  ")


def test_collocations_of_a_corpus_without_a_repeated_pair_is_an_empty_table_of_numbers():
    # two short articles of one's own: no pair occurs twice, so min_count=2 keeps none
    corpus = pd.DataFrame({"id": ["a", "b"], "language": ["nl", "nl"],
                           "text": ["De minister sprak gisteren.", "Een boer zag de wolf."]})
    table = framelab.collocations(corpus, top=None)
    assert table.empty
    assert {c: str(t) for c, t in table.dtypes.items()} == {
        "word_1": "object", "word_2": "object", "count": "int64", "mi": "float64",
        "t": "float64", "ll": "float64", "logdice": "float64"}
    assert table.nlargest(1, "count").empty  # lesson 05's cell works on it
