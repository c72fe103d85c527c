"""The kit's languages beyond Dutch and Danish: English and German first, and the others that
NLTK's Snowball stemmer, the ``stop-words`` package and simplemma all support."""

from __future__ import annotations

import pytest
import simplemma
from nltk.stem.snowball import SnowballStemmer
from stop_words import get_stop_words

import framelab
from framelab import abbreviations, lemmas, split_sentences, stems, stopwords, tokenize
from framelab.errors import ArgumentError
from framelab.sentences import LANGUAGE_NAMES, LANGUAGES

# --- the table of languages ---------------------------------------------------------------------


def test_one_table_of_languages_with_dutch_and_danish_first() -> None:
    assert LANGUAGES[:4] == ("nl", "da", "en", "de")
    assert framelab.LANGUAGES == LANGUAGES == tuple(LANGUAGE_NAMES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_is_supported_by_all_three_libraries(code: str) -> None:
    name = LANGUAGE_NAMES[code]
    assert name in SnowballStemmer.languages
    assert get_stop_words(name)
    assert simplemma.lemmatize("test", lang=code)
    # and the kit's functions work for it
    assert stopwords(code) and stems(["test"], code) and lemmas(["test"], code)
    assert tokenize("Ein Test.", code) == ["Ein", "Test"]
    assert split_sentences("One. Two.", code) == ["One.", "Two."]


@pytest.mark.parametrize("language", ["xx", "tlh", "english", "EN", ""])
def test_an_unsupported_language_is_refused_with_what_to_do(language: str) -> None:
    with pytest.raises(ArgumentError) as info:
        tokenize("Hello.", language)
    message = str(info.value)
    assert message.startswith(f"language={language!r} is not one of the choices: 'nl', 'da', "
                              "'en', 'de', 'fr', 'es', 'it', 'pt', 'sv', 'nb', 'fi'.")
    assert "English ('en'), German ('de')" in message
    assert "Write the language as one of these two-letter codes" in message


# --- sentences ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    # English titles, the AP's short months and "U.S." do not end a sentence
    ("en", "Mr. Blinken met Dr. Jones on Feb. 24 in the U.S. capital. Nothing changed.",
     ["Mr. Blinken met Dr. Jones on Feb. 24 in the U.S. capital.", "Nothing changed."]),
    # "State" after "U.S." is a name, not a sentence start (the English stopword list holds it)
    ("en", "The U.S. State Department said so. It was clear.",
     ["The U.S. State Department said so.", "It was clear."]),
    # a capitalised function word after an abbreviation does start a sentence
    ("en", "He spoke to the U.S. The talks failed.", ["He spoke to the U.S.", "The talks failed."]),
    # e.g. and i.e. stay inside their sentence
    ("en", "Some, e.g. France, agreed. Others, i.e. most, did not.",
     ["Some, e.g. France, agreed.", "Others, i.e. most, did not."]),
    # English quotation closes the sentence after its mark
    ("en", "“We will not go back,” Lavrov said. NATO did not react.",
     ["“We will not go back,” Lavrov said.", "NATO did not react."]),
    # German: an ordinal date with a capitalised month is one sentence
    ("de", "Am 24. Februar marschierten Truppen ein. Die Lage ist ernst.",
     ["Am 24. Februar marschierten Truppen ein.", "Die Lage ist ernst."]),
    # German abbreviations: z.B., Dr., u.a.
    ("de", "Dr. Müller sprach u.a. über z.B. Gas. Das ist neu.",
     ["Dr. Müller sprach u.a. über z.B. Gas.", "Das ist neu."]),
    # "usw." before a capitalised function word still ends the sentence
    ("de", "Panzer, Raketen usw. Die Liste ist lang.", ["Panzer, Raketen usw.", "Die Liste ist lang."]),
    # German quotation marks „…“ and »…«
    ("de", "„Wir wollen keinen Krieg“, sagte Scholz. »Nein«, sagte er.",
     ["„Wir wollen keinen Krieg“, sagte Scholz.", "»Nein«, sagte er."]),
    # "Dr. zu Guttenberg": a name particle after a title
    ("de", "Dr. zu Guttenberg kam. Er ging.", ["Dr. zu Guttenberg kam.", "Er ging."]),
    # a language without an abbreviations file works with none
    ("fi", "Venäjä hyökkäsi Ukrainaan. Sota alkoi.", ["Venäjä hyökkäsi Ukrainaan.", "Sota alkoi."]),
])
def test_sentences(language: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


@pytest.mark.parametrize("language", ["en", "de"])
def test_abbreviation_files_are_written_as_punkt_expects(language: str) -> None:
    listed = abbreviations(language)
    assert 20 < len(listed) < 100
    assert listed == sorted(set(listed))
    assert all(a == a.lower() and not a.endswith(".") and " " not in a for a in listed)


def test_a_language_without_an_abbreviations_file_has_none() -> None:
    assert abbreviations("fr") == [] and abbreviations("sv") == []


# --- tokens ---------------------------------------------------------------------------------------

Q = {"quotes": True}


@pytest.mark.parametrize(("language", "text", "options", "expected"), [
    # English contractions and possessives are one word ...
    ("en", "They don't accept Russia's plan", {},
     ["They", "don't", "accept", "Russia's", "plan"]),
    # ... also with a typographic apostrophe
    ("en", "They don’t accept Russia’s plan", {}, ["They", "don’t", "accept", "Russia’s", "plan"]),
    # ... and two with apostrophes="split"
    ("en", "Russia's plan", {"apostrophes": "split"}, ["Russia", "'s", "plan"]),
    # Dutch clitics are Dutch only: an English 's after a space is a quotation mark, not a word
    ("en", "'s avonds", {}, ["s", "avonds"]),
    # English quotation marks “…” and "…" are tokens with quotes=True
    ("en", "“We will,” he said. \"No\"", Q, ["“", "We", "will", "”", "he", "said", '"', "No", '"']),
    # straight single quotes around words are quotes, the apostrophe inside is not
    ("en", "'Russia's red lines'", Q, ["'", "Russia's", "red", "lines", "'"]),
    # English abbreviations keep their dot
    ("en", "Mr. Smith of the U.S. (e.g. NATO)", {"punctuation": True},
     ["Mr.", "Smith", "of", "the", "U.S.", "(", "e.g.", "NATO", ")"]),
    # German nouns keep their capitals; compounds with hyphens stay whole
    ("de", "Die Bundesregierung liefert Leopard-2-Panzer an die Ukraine", {},
     ["Die", "Bundesregierung", "liefert", "Leopard-2-Panzer", "an", "die", "Ukraine"]),
    # German quotation marks „…“, ‚…‘ and »…« are tokens with quotes=True
    ("de", "„Wir wollen keinen Krieg“, sagte er. »Nein«, ‚so‘", Q,
     ["„", "Wir", "wollen", "keinen", "Krieg", "“", "sagte", "er", "»", "Nein", "«", "‚", "so",
      "‘"]),
    # German umlauts and ß are letters; abbreviations keep their dot
    ("de", "Außenministerin Baerbock äußerte sich z.B. zur Größe", {},
     ["Außenministerin", "Baerbock", "äußerte", "sich", "z.B.", "zur", "Größe"]),
    # German numbers with thousands dots and decimal commas, and an ordinal date
    ("de", "am 24. Februar 100.000 Soldaten, 3,5 Mrd. Euro", {"numbers": "mask"},
     ["am", "<num>", "Februar", "<num>", "Soldaten", "<num>", "Mrd", "Euro"]),
])
def test_tokens(language: str, text: str, options: dict[str, object], expected: list[str]
                ) -> None:
    assert tokenize(text, language, **options) == expected


# --- stopwords, stems, lemmas ---------------------------------------------------------------------

@pytest.mark.parametrize(("language", "word", "is_stopword"), [
    # (language, word, in the list?)
    ("en", "the", True),
    ("en", "russia", False),
    ("en", "said", True),  # the English list of stop-words is long: "said" is in it
    ("de", "und", True),
    ("de", "nicht", True),
    ("de", "krieg", False),
])
def test_stopwords(language: str, word: str, is_stopword: bool) -> None:
    assert (word in stopwords(language)) is is_stopword


def test_stopword_list_sizes() -> None:
    assert len(stopwords("en")) == 1333 and len(stopwords("de")) == 263


@pytest.mark.parametrize(("language", "word", "stem", "lemma"), [
    # (language, word, Snowball stem, simplemma lemma)
    ("en", "troops", "troop", "troop"),
    ("en", "said", "said", "say"),
    ("en", "negotiations", "negoti", "negotiation"),
    ("de", "Truppen", "trupp", "Truppe"),
    ("de", "sagte", "sagt", "sagen"),
    ("de", "Verhandlungen", "verhandl", "Verhandlung"),
    ("de", "russischen", "russisch", "russisch"),
])
def test_stems_and_lemmas(language: str, word: str, stem: str, lemma: str) -> None:
    assert stems([word], language) == [stem]
    assert lemmas([word], language) == [lemma]


# --- a corpus in English and German: everything runs, what has no resources says so -------------

import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import matplotlib  # noqa: E402
import pandas as pd  # noqa: E402

from framelab import MissingResourceWarning  # noqa: E402
from framelab.frames import HIT_COLUMNS  # noqa: E402
from framelab.names import NAMING_COLUMNS  # noqa: E402
from framelab.sourcing import QUOTE_COLUMNS  # noqa: E402

matplotlib.use("Agg")

_TEXTS = {
    "000_en.txt": "World\nRussia warns NATO\n“We will not go back,” Lavrov said on Feb. 24. "
                  "Mr. Blinken met officials in Kyiv and Moscow. The talks failed.\nHome\n",
    "001_de.txt": "Russland droht der NATO\n„Wir wollen keinen Krieg“, sagte Putin am 24. "
                  "Februar in Kiew. Die Verhandlungen u.a. über Truppen scheiterten.\n",
    "002_en.txt": "Troops gather at the border. “It is a special operation,” Putin said. "
                  "The U.S. State Department did not react. Diplomats in Kyiv said so.\n",
}


@pytest.fixture(scope="module")
def english_german(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder: Path = tmp_path_factory.mktemp("en_de")
    for name, text in _TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "id,file,language,date\n000,000_en.txt,en,2022-02-24\n001,001_de.txt,de,2022-02-25\n"
        "002,002_en.txt,en,2022-01-10\n", encoding="utf-8")
    return framelab.load_corpus(folder, quiet=True)


def test_an_english_and_german_corpus_loads_without_notes(english_german: pd.DataFrame) -> None:
    assert english_german["language"].tolist() == ["en", "de", "en"]
    assert framelab.check_corpus(english_german).empty
    # generic cleaning rules ("*") apply to every language (a site menu) ...
    assert "Home" not in english_german.loc[0, "text"]
    # ... the Dutch and Danish ones do not; the section labels the kit knows are Dutch and
    # Danish words, so "World" stays in the text
    assert framelab.removal_log(english_german)["rule"].tolist() == ["site-menu"]
    assert english_german.loc[0, "text"].startswith("World\n")


def test_counting_works_for_english_and_german(english_german: pd.DataFrame) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no notes: these functions have all they need
        tokens = framelab.tokenize_corpus(english_german)
        freq = framelab.frequencies(english_german, by="language", stopwords=True)
        framelab.concordance(english_german, "Kyiv")
    assert set(tokens["language"]) == {"en", "de"}
    assert "Feb." in tokens["token"].tolist() and "u.a." in tokens["token"].tolist()
    assert "the" not in set(freq["token"]) and "und" not in set(freq["token"])


def _one_warning(record: list[warnings.WarningMessage]) -> str:
    kit = [w for w in record if issubclass(w.category, MissingResourceWarning)]
    assert len(kit) == 1, [str(w.message) for w in kit]
    return str(kit[0].message)


def test_frame_hits_skip_english_and_german_with_one_note(english_german: pd.DataFrame) -> None:
    with pytest.warns(MissingResourceWarning) as record:
        hits = framelab.frame_hits(english_german)
    assert list(hits.columns) == list(HIT_COLUMNS) and hits.empty
    assert _one_warning(record) == (
        "Articles 000, 002 are in English ('en') and article 001 in German ('de'), for which the "
        "kit has no frame lexicon yet: they have no frame hits. Add rows with language 'en' or "
        "'de' to a copy of framelab.frame_lexicon() and pass it as lexicon=your_table.")
    assert record[0].filename == __file__  # the note points at the caller, not the kit


def test_frame_scores_are_nan_not_zero(english_german: pd.DataFrame) -> None:
    with pytest.warns(MissingResourceWarning, match="their frame scores are NaN") as record:
        scores = framelab.frame_scores(english_german)
    _one_warning(record)
    assert list(scores.index) == ["000", "001", "002"]
    assert list(scores.columns) == list(framelab.frames.FRAMES)
    assert scores.isna().all().all()


def test_a_lexicon_with_english_rows_counts_english(english_german: pd.DataFrame) -> None:
    extra = pd.DataFrame([
        {"frame": "conflict", "concept": "war", "language": "en", "term": "troop*"},
        {"frame": "diplomacy", "concept": "talks", "language": "en", "term": "talks"},
    ])
    lexicon = pd.concat([framelab.frame_lexicon(), extra], ignore_index=True)
    with pytest.warns(MissingResourceWarning) as record:
        hits = framelab.frame_hits(english_german, lexicon=lexicon)
        scores = framelab.frame_scores(english_german, lexicon=lexicon)
    assert [str(w.message).split(",")[0] for w in record] == [
        "Article 001 is in German ('de')"] * 2
    assert hits[["article", "word"]].values.tolist() == [["000", "talks"], ["002", "Troops"]]
    assert scores.loc["000", "diplomacy"] > 0 and scores.loc["000", "conflict"] == 0
    assert scores.loc["001"].isna().all()


def test_dutch_and_danish_results_do_not_change_in_a_mixed_corpus(
        english_german: pd.DataFrame) -> None:
    course = framelab.load_corpus(quiet=True)
    other = english_german.assign(id=["e0", "e1", "e2"])
    mixed = pd.concat([course, other], ignore_index=True)
    with pytest.warns(MissingResourceWarning):
        pd.testing.assert_frame_equal(framelab.frame_hits(mixed), framelab.frame_hits(course))
    with pytest.warns(MissingResourceWarning):
        pd.testing.assert_frame_equal(framelab.quotes(mixed), framelab.quotes(course))
    found = framelab.quotes(mixed, verbs=_en_de_verbs())
    pd.testing.assert_frame_equal(found[found["article"].isin(course["id"])],
                                  framelab.quotes(course))
    with pytest.warns(MissingResourceWarning):
        scores = framelab.frame_scores(mixed)
    pd.testing.assert_frame_equal(scores.loc[list(course["id"])], framelab.frame_scores(course))


# A first English and German reporting-verb table, as a user passes it with verbs=.
_EN_DE_VERBS = pd.DataFrame(
    [("en", form, lemma, stance) for form, lemma, stance in (
        ("said", "say", "neutral"), ("says", "say", "neutral"), ("told", "tell", "neutral"),
        ("added", "add", "neutral"), ("according to", "according to", "neutral"),
        ("claimed", "claim", "evaluative"), ("insisted", "insist", "evaluative"),
        ("warned", "warn", "evaluative"))]
    + [("de", form, lemma, stance) for form, lemma, stance in (
        ("sagte", "sagen", "neutral"), ("sagt", "sagen", "neutral"),
        ("erklärte", "erklären", "neutral"), ("laut", "laut", "neutral"),
        ("betonte", "betonen", "evaluative"), ("warnte", "warnen", "evaluative"))],
    columns=["language", "form", "lemma", "stance"])


def _en_de_verbs() -> pd.DataFrame:
    return pd.concat([framelab.reporting_verbs(), _EN_DE_VERBS], ignore_index=True)


def test_quotes_skip_english_and_german_without_their_verbs(english_german: pd.DataFrame
                                                            ) -> None:
    with pytest.warns(MissingResourceWarning) as record:
        found = framelab.quotes(english_german)
    assert list(found.columns) == list(QUOTE_COLUMNS) and found.empty
    assert _one_warning(record) == (
        "Articles 000, 002 are in English ('en') and article 001 in German ('de'), for which the "
        "kit has no reporting verbs yet: no quotations were looked for in them. Add rows with "
        "language 'en' or 'de' (form, lemma, stance) to a copy of framelab.reporting_verbs() and "
        "pass it as verbs=your_table.")


def test_english_and_german_quotes_with_a_verb_table(english_german: pd.DataFrame) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = framelab.quotes(english_german, verbs=_en_de_verbs())
    assert found[["article", "quote", "speaker", "verb", "attribution"]].values.tolist() == [
        ["000", "We will not go back", "Sergei Lavrov", "said", "named after the quote"],
        ["001", "Wir wollen keinen Krieg", "Vladimir Putin", "sagte", "named after the quote"],
        ["002", "It is a special operation", "Vladimir Putin", "said", "named after the quote"],
    ]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # (language, text, [quote, kind, speaker, verb, stance, attribution])
    # English order: the name before the verb after the quote
    ("en", "“We will not go back,” Lavrov said. NATO did not react.",
     [["We will not go back", "full", "Sergei Lavrov", "said", "neutral",
       "named after the quote"]]),
    # "he" is the last person reported as speaking
    ("en", "Blinken said talks were possible. “We are ready,” he told reporters.",
     [["We are ready", "full", "Antony Blinken", "told", "neutral", "pronoun (after the quote)"]]),
    # "according to" works like "volgens": the name after it
    ("en", "According to Blinken, Russia is “not serious” about the talks.",
     [["not serious", "fragment", "Antony Blinken", "According to", "neutral",
       "named before the quote"]]),
    # straight double quotes, an evaluative verb
    ("en", '"There will be no war," Putin insisted on Thursday.',
     [["There will be no war", "full", "Vladimir Putin", "insisted", "evaluative",
       "named after the quote"]]),
    # the apostrophe of "Russia's" does not end a quote
    ("en", "Lavrov said the West had ignored “Russia's red lines”.",
     [["Russia's red lines", "fragment", "Sergei Lavrov", "said", "neutral",
       "named before the quote"]]),
    # German „…“ with the verb before the name
    ("de", "„Wir wollen keinen Krieg“, sagte Putin am Donnerstag.",
     [["Wir wollen keinen Krieg", "full", "Vladimir Putin", "sagte", "neutral",
       "named after the quote"]]),
    # German »…« after "laut"
    ("de", "Laut Blinken ist Russland »nicht ernsthaft« an Gesprächen interessiert.",
     [["nicht ernsthaft", "fragment", "Antony Blinken", "Laut", "neutral",
       "named before the quote"]]),
    # German "er" and an evaluative verb
    ("de", "Putin sagte, Russland sei bereit. „Wir wollen Garantien“, betonte er.",
     [["Wir wollen Garantien", "full", "Vladimir Putin", "betonte", "evaluative",
       "pronoun (after the quote)"]]),
])
def test_english_and_german_quote_rules(language: str, text: str, expected: list[list[str]]
                                        ) -> None:
    found = framelab.sourcing.find_quotes(text, language, verbs=_en_de_verbs())
    columns = ["quote", "kind", "speaker", "verb", "stance", "attribution"]
    assert found[columns].values.tolist() == expected


_FRENCH = pd.DataFrame({
    "id": ["f1", "f2"], "language": ["fr", "fr"], "date": ["2022-02-24", "2022-03-01"],
    "text": ["« Nous ne voulons pas la guerre », a dit Poutine. Les troupes sont là.",
             "« C'est inacceptable », a déclaré Blinken à Kyiv."]})


def test_quotes_skip_languages_without_reporting_verbs() -> None:
    with pytest.warns(MissingResourceWarning) as record:
        found = framelab.quotes(_FRENCH)
    assert list(found.columns) == list(QUOTE_COLUMNS) and found.empty
    assert _one_warning(record) == (
        "Articles f1, f2 are in French ('fr'), for which the kit has no reporting verbs yet: no "
        "quotations were looked for in them. Add rows with language 'fr' (form, lemma, stance) "
        "to a copy of framelab.reporting_verbs() and pass it as verbs=your_table.")
    assert framelab.who_speaks(found).empty


def test_a_verb_table_with_french_rows_finds_french_quotes() -> None:
    extra = pd.DataFrame([
        {"language": "fr", "form": "a dit", "lemma": "dire", "stance": "neutral"},
        {"language": "fr", "form": "a déclaré", "lemma": "déclarer", "stance": "neutral"},
    ])
    verbs = pd.concat([framelab.reporting_verbs(), extra], ignore_index=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = framelab.quotes(_FRENCH, verbs=verbs)
    assert found[["article", "quote", "speaker", "side", "verb"]].values.tolist() == [
        # "Poutine" is not in actors(): the name as written, side unknown (issue 11)
        ["f1", "Nous ne voulons pas la guerre", "Poutine", "unknown", "a dit"],
        ["f2", "C'est inacceptable", "Antony Blinken", "West", "a déclaré"],
    ]


def test_find_quotes_names_the_text_it_skips() -> None:
    with pytest.warns(MissingResourceWarning, match=r"^Article x is in French \('fr'\)"):
        assert framelab.sourcing.find_quotes("« Non », a dit Macron.", "fr", article="x").empty


def test_naming_skips_languages_without_variants(english_german: pd.DataFrame) -> None:
    with pytest.warns(MissingResourceWarning) as record:
        table = framelab.naming(english_german)
    assert list(table.columns) == list(NAMING_COLUMNS) and table.empty
    assert _one_warning(record).endswith(
        "for which the kit has no naming variants yet: they have no rows in this table. Add rows "
        "with language 'en' or 'de' (concept, variant) to a copy of framelab.naming_variants() "
        "and pass it as variants=your_table.")
    extra = pd.DataFrame([{"concept": "Kyiv", "variant": v, "language": "en", "note": ""}
                          for v in ("Kyiv", "Kiev")])
    variants = pd.concat([framelab.naming_variants(), extra], ignore_index=True)
    with pytest.warns(MissingResourceWarning, match="German"):
        table = framelab.naming(english_german, variants=variants)
    assert table[["article", "variant", "count"]].values.tolist() == [["000", "Kyiv", 1],
                                                                      ["002", "Kyiv", 1]]


@pytest.mark.parametrize("draw", [
    # every framing plot draws an empty chart with a message when there is nothing to draw
    lambda corpus: framelab.plots.frame_heatmap(framelab.frame_scores(corpus)),
    lambda corpus: framelab.plots.who_speaks_chart(framelab.who_speaks(framelab.quotes(_FRENCH))),
    lambda corpus: framelab.plots.who_speaks_chart(
        framelab.who_speaks(framelab.quotes(_FRENCH), by="side")),
    lambda corpus: framelab.plots.naming_timeline(framelab.naming(corpus)),
    lambda corpus: framelab.plots.keyness_bars(framelab.keyness(
        corpus, by="language", target="en", min_count=50)),
])
def test_plots_of_empty_tables_show_a_message(english_german: pd.DataFrame, draw) -> None:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MissingResourceWarning)
        table_ax = _draw_into(draw, english_german, ax)
    assert table_ax.texts and table_ax.texts[0].get_text().startswith("No ")
    plt.close(fig)


def _draw_into(draw, corpus: pd.DataFrame, ax):
    """Call a plot lambda with ax= by wrapping the plot function it calls."""
    import matplotlib.pyplot as plt

    original = plt.subplots
    plt.subplots = lambda *a, **k: (ax.figure, ax)  # the plot draws into our Axes
    show = plt.show
    plt.show = lambda *a, **k: None
    try:
        draw(corpus)
    finally:
        plt.subplots, plt.show = original, show
    return ax


def test_a_country_code_or_a_name_for_a_language_gets_the_right_code_suggested():
    """'dk' is Denmark, not Danish: the message says which code was meant (an instructor's typo)."""
    import pandas as pd

    from framelab.languages import check_language

    with pytest.raises(ArgumentError, match=r"Did you mean 'da' \(Danish\)\?"):
        check_language("dk")
    table = pd.DataFrame({"id": ["a1"], "language": ["Dutch"], "text": ["Hallo."]})
    with pytest.raises(ArgumentError, match=r"Did you mean 'nl' \(Dutch\)\?"):
        framelab.frequencies(table)
    with pytest.raises(ArgumentError) as error:
        check_language("xx")
    assert "Did you mean" not in str(error.value)
