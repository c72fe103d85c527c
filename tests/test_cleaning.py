"""Tests of framelab.cleaning: what the rules remove from each bundled article, and nothing else.

The tables of expected removals were written by reading the five articles in corpus/raw/:
what is web-page furniture (labels, bylines, menus, boxes, links, markers, repeated copies) and
what is the article (headlines, sub-headings, quotes, body).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from made_up_pages import DA as _DA
from made_up_pages import DA2 as _DA2
from made_up_pages import NL as _NL
from made_up_pages import NL2 as _NL2

from framelab import (
    ArgumentError,
    ArgumentTypeError,
    FramelabError,
    clean_text,
    cleaning_rules,
    load_corpus,
    read_rules,
    removal_log,
    word_count,
)
from framelab.cleaning import LOG_COLUMNS, RULE_COLUMNS

RAW = Path(__file__).resolve().parents[1] / "corpus" / "raw"
FILES = {path.name[:3]: path for path in sorted(RAW.glob("*.txt"))}
LANGUAGE = {"000": "nl", "001": "nl", "002": "nl", "003": "da", "004": "nl"}


def _raw(article: str) -> str:
    return FILES[article].read_text(encoding="utf-8")


def _raw_line(article: str, line: int) -> str:
    return _raw(article).split("\n")[line - 1]


def _clean(article: str, **options: object):
    return clean_text(_raw(article), language=LANGUAGE[article], article=article, **options)


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return load_corpus(quiet=True)


# --- What each article loses --------------------------------------------------------------------

_REMOVAL_CASES = [
    # (article, line, rule, removed text)
    # 000 (RD.nl, an ANP story): the section label above the headline
    ("000", 1, "section-label", "Buitenland"),
    # the agency byline and the dateline under the lead
    ("000", 7, "agency-byline", "ANP"),
    ("000", 8, "dateline", "10 February 2022 13:06"),
    # the newsletter box under the article: its title and its text
    ("000", 18, "newsletter-box", "RD.nl in uw mailbox?"),
    ("000", 20, "newsletter-box-text",
     "Ontvang onze wekelijkse nieuwsbrief om op de hoogte te blijven."),
    # the request to report typing errors
    ("000", 22, "error-report", "Hebt u een taalfout gezien? Mail naar redactie@rd.nl"),
    # the site menu, item by item
    ("000", 24, "site-menu", "Home"),
    ("000", 26, "site-menu", "Krant"),
    ("000", 28, "site-menu", "Media"),
    ("000", 30, "site-menu", "Puzzels"),
    ("000", 32, "site-menu", "Meer"),
    # 001: the headline printed a second time, now with curly quotes (the first copy stays)
    ("001", 3, "repeated-paragraph",
     "Rusland meldt dat ‘veel’ landen geïnteresseerd zijn in het organiseren van gesprekken over "
     "Oekraïne, maar nog geen concrete basis"),
    # a link to an unrelated story about an Icelandic volcano, mid-article (after "LEZEN" comes
    # a no-break space, then a space)
    ("001", 21, "read-also-link", "LEZEN\xa0 Lavastroom van IJslands vulkaan nadert woningen"),
    # the related-posts heading and the comment form under the article
    ("001", 37, "related-posts", "Vergelijkbare berichten"),
    ("001", 39, "comment-form", "Geef een reactie"),
    ("001", 41, "comment-form-text",
     "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *"),
    # 002: only the collector's date prefix before the first sentence
    ("002", 1, "date-prefix", "date 2021-10"),
    # 003 (Danish): the date prefix before the headline
    ("003", 1, "date-prefix", "date 2021-12"),
    # the advertisement marker between two quotes
    ("003", 11, "ad-marker", "Artiklen fortsætter under annoncen"),
    # the agency credit at the very end
    ("003", 45, "agency-credit", "/ritzau/Reuters"),
    # 004 (Flemish): the layout marker for a box
    ("004", 11, "read-on-marker", "Lees verder onder de kader"),
    # the promotion of the live blog
    ("004", 29, "liveblog-promo", "Volg onze updates over de oorlog in Oekraïne in onze liveblog"),
    # the whole body pasted again as one glued paragraph (see the test below for its text)
    ("004", 31, "repeated-body", _raw_line("004", 31)),
]

_ACTIONS = {
    "section-label": "line_to_metadata", "agency-byline": "line_to_metadata",
    "dateline": "line_to_metadata", "agency-credit": "line_to_metadata",
    "date-prefix": "prefix_to_metadata", "repeated-paragraph": "repeated_paragraph",
    "repeated-body": "repeated_block",
}


def _expected_log(article: str) -> list[tuple[int, str, str]]:
    return [(line, rule, removed) for art, line, rule, removed in _REMOVAL_CASES if art == article]


@pytest.mark.parametrize("article", sorted(FILES))
def test_exactly_the_expected_removals(article: str) -> None:
    log = _clean(article).removed
    assert list(log.columns) == list(LOG_COLUMNS)
    logged = list(zip(log["line"], log["rule"], log["removed"], strict=True))
    assert logged == _expected_log(article)


@pytest.mark.parametrize("article, line, rule, removed", _REMOVAL_CASES)
def test_each_removal_is_logged_fully(article: str, line: int, rule: str, removed: str) -> None:
    log = _clean(article).removed
    entry = log[log["line"] == line].iloc[0]
    assert entry["article"] == article
    assert entry["action"] == _ACTIONS.get(rule, "remove_line")
    assert entry["words"] == word_count(removed)
    assert entry["reason"] == cleaning_rules().set_index("rule").loc[rule, "reason"]
    # the removed text is the line as it stands in the file (a prefix: the start of the line)
    assert _raw_line(article, line).strip().startswith(removed)


def test_the_repeated_body_of_004_is_the_glued_second_copy() -> None:
    body = _raw_line("004", 31)
    assert body.startswith("'We zijn bereid om te onderhandelen, op gelijk welk moment")
    assert "binnengevallen.Daarnaast maakte hij" in body
    assert "Oekraïne.Lees verder onder de kaderLavrov stelde voorts" in body
    assert body.endswith(
        "Tass geciteerd.Volg onze updates over de oorlog in Oekraïne in onze liveblog")


_METADATA_CASES = [
    # (article, what moved from the text into metadata)
    # 000: section label, agency byline, dateline
    ("000", {"section": "Buitenland", "byline": "ANP", "dateline": "10 February 2022 13:06"}),
    # 001: nothing
    ("001", {}),
    # 002: the date prefix (the date alone, without "date")
    ("002", {"date_prefix": "2021-10"}),
    # 003: the date prefix and the agency credit as it is written
    ("003", {"date_prefix": "2021-12", "byline": "ritzau/Reuters"}),
    # 004: nothing
    ("004", {}),
]


@pytest.mark.parametrize("article, metadata", _METADATA_CASES)
def test_metadata_moved_out_of_the_text(article: str, metadata: dict[str, str]) -> None:
    cleaned = _clean(article)
    assert cleaned.metadata == metadata
    logged = cleaned.removed[cleaned.removed["field"] != ""]
    assert sorted(logged["field"]) == sorted(metadata)


@pytest.mark.parametrize("article, metadata", _METADATA_CASES)
def test_metadata_lands_in_the_corpus(corpus: pd.DataFrame, article: str,
                                      metadata: dict[str, str]) -> None:
    row = corpus.set_index("id").loc[article]
    for field in ("section", "byline", "dateline", "date_prefix"):
        assert row[field] == metadata.get(field, "unknown")


# --- ... and nothing else -----------------------------------------------------------------------


@pytest.mark.parametrize("article", sorted(FILES))
def test_nothing_else_is_removed(article: str) -> None:
    # The cleaned text's lines are the file's lines minus the removed ones, in order, unchanged
    # (the prefix goes from the first line, the rest of that line stays).
    lines = _raw(article).split("\n")
    for line, rule, removed in _expected_log(article):
        if rule == "date-prefix":
            lines[line - 1] = lines[line - 1].strip().removeprefix(removed).strip()
        else:
            lines[line - 1] = ""
    kept = [line.strip() for line in lines if line.strip()]
    cleaned = [line.strip() for line in _clean(article).text.split("\n") if line.strip()]
    assert cleaned == kept


_QUOTES = "'\"‘’“”„«»"


@pytest.mark.parametrize("article", sorted(FILES))
def test_all_quotes_of_the_article_stay(article: str) -> None:
    text, removed = _clean(article).text, " ".join(r for *_, r in _expected_log(article))
    for mark in _QUOTES:
        assert text.count(mark) == _raw(article).count(mark) - removed.count(mark), mark


_KEPT_CASES = [
    # (article, a line that must stay in the cleaned text)
    # the headline of 000, now the first line
    ("000", "Rusland teleurgesteld na overleg met Verenigd Koninkrijk"),
    # a paragraph starting with a menu word ("Meer") is not a menu item
    ("000", "Meerdere landen voeren deze maand op hoog niveau overleg over de crisis rond "
            "Oekraïne."),
    # the first copy of 001's headline, with its straight quotes
    ("001", "Rusland meldt dat 'veel' landen geïnteresseerd zijn in het organiseren van gesprekken "
            "over Oekraïne, maar nog geen concrete basis"),
    # the paragraph right after the "LEZEN" link
    ("001", "Dit markeerde een verschuiving ten opzichte van zijn eerdere standpunt"),
    # 002's first sentence, without its prefix
    ("002", "De Russische minister van Buitenlandse Zaken Sergei Lavrov, die de "
            "vergeldingsmaatregelen bekendmaakte"),
    # 002's sub-heading
    ("002", "Verslechterde verhoudingen"),
    # 002's quotes
    ("002", "“De NAVO is niet geïnteresseerd in welke vorm van dialoog dan ook”, aldus Lavrov."),
    ("002", "de ‘ijzige relatie’ tussen de NAVO en Moskou"),
    # 003's headline, without its prefix
    ("003", "USA: Nu er det op til Rusland at dæmpe Ukraine-krise"),
    # 003's quotes, marked by a dash, on both sides of the ad marker
    ("003", "- Jeg gjorde vores dybe bekymringer meget klare"),
    ("003", "- Nu er det op til Rusland at nedtrappe de nuværende spændinger"),
    ("003", "- Jeg tror, at det er sandsynligt, at præsidenterne vil tale direkte sammen"),
    # 004's three sub-headings
    ("004", "Regimewissel"),
    ("004", "Beschuldigd"),
    ("004", "Kremlin 'zal westerse sancties vergelden'"),
    # 004's last paragraph (before the promo and the repeated body)
    ("004", "zo werd de woordvoerder door het Russische staatspersbureau Tass geciteerd."),
]


@pytest.mark.parametrize("article, kept", _KEPT_CASES)
def test_article_text_stays(article: str, kept: str) -> None:
    assert kept in _clean(article).text


def test_the_first_line_is_the_headline_or_lead() -> None:
    assert _clean("000").text.startswith("Rusland teleurgesteld na overleg")
    assert _clean("002").text.startswith("De Russische minister van Buitenlandse Zaken")
    assert _clean("003").text.startswith("USA: Nu er det op til Rusland")


def test_the_first_copy_of_everything_repeated_stays() -> None:
    # 001: the headline's first copy is there once
    text = _clean("001").text
    assert text.count("landen geïnteresseerd zijn in het organiseren van gesprekken") == 1
    # 004: every sentence of the removed second copy is in the cleaned text, exactly once
    body = _raw_line("004", 31)
    for marker in ("Lees verder onder de kader",
                   "Volg onze updates over de oorlog in Oekraïne in onze liveblog"):
        body = body.replace(marker, ".")
    sentences = [part.strip(" '") for part in body.split(".") if part.strip(" '")]
    assert len(sentences) == 19
    text = _clean("004").text
    for sentence in sentences:
        assert sentence in text


# --- Word counts --------------------------------------------------------------------------------

_WORDS_REMOVED = [
    # (article, words removed): the numbers a lesson shows
    ("000", 37),  # label, byline, dateline, newsletter box, error line, menu
    ("001", 41),  # repeated headline, link, related posts, comment form
    ("002", 3),   # "date 2021-10" is three words: date, 2021, 10
    ("003", 9),   # prefix, ad marker, credit
    ("004", 385),  # marker, promo and the whole body again
]


@pytest.mark.parametrize("article, removed", _WORDS_REMOVED)
def test_words_removed_add_up(corpus: pd.DataFrame, article: str, removed: int) -> None:
    row = corpus.set_index("id").loc[article]
    log = removal_log(corpus)
    assert log.loc[log["article"] == article, "words"].sum() == removed
    assert row["words_raw"] - row["words"] == removed


_WORD_SUM_CASES = [
    # (text, language): removals of every kind add up to words_raw - words
    # a prefix glued to the first word, a label and a byline
    (" date 2022-02-25 Rusland zegt nee.\nBuitenland\nANP\nDe minister zei het.", "nl"),
    # a link and a marker in the middle
    ("Lavrov zei het.\nLEES OOK Iets anders\nLees verder na de advertentie\nEn meer.", "nl"),
    # a repeated paragraph with other quotes, and a menu under a long paragraph
    ("„Wij willen één oplossing”, zei hij.\n\n'Wij willen één oplossing', zei hij.\n"
     + "Een lange alinea over de NAVO en de troepen aan de grens met Oekraïne die volgens de "
       "minister niet nodig zijn.\nHome\nZoeken", "nl"),
]


@pytest.mark.parametrize("text, language", _WORD_SUM_CASES)
def test_words_removed_add_up_for_every_kind_of_removal(text: str, language: str) -> None:
    cleaned = clean_text(text, language=language)
    assert not cleaned.removed.empty
    assert cleaned.removed["words"].sum() == word_count(text) - word_count(cleaned.text)


# --- Rules as data: extend, switch off, read from a file ------------------------------------------


def _rule(**values: str) -> pd.DataFrame:
    row = {"rule": "my-rule", "action": "remove_line", "language": "*", "where": "anywhere",
           "pattern": "x", "field": "", "reason": "a test"}
    return pd.DataFrame([{**row, **values}])


def test_cleaning_rules_is_a_fresh_copy() -> None:
    rules = cleaning_rules()
    assert list(rules.columns) == list(RULE_COLUMNS)
    assert rules["rule"].is_unique
    rules.loc[0, "pattern"] = "changed"
    assert cleaning_rules().loc[0, "pattern"] != "changed"


def test_a_rule_can_be_added(corpus: pd.DataFrame) -> None:
    rules = pd.concat([cleaning_rules(), _rule(rule="sub-heading", language="nl",
                                               pattern="Regimewissel|Beschuldigd")],
                      ignore_index=True)
    cleaned = _clean("004", rules=rules)
    assert "Regimewissel" not in cleaned.text and "Beschuldigd" not in cleaned.text
    assert list(cleaned.removed["rule"]) == ["sub-heading", "read-on-marker", "sub-heading",
                                             "liveblog-promo", "repeated-body"]
    # the same rules through load_corpus and removal_log
    extended = load_corpus(quiet=True, rules=rules)
    assert "Regimewissel" not in extended.loc[4, "text"]
    assert extended.loc[4, "words"] == corpus.loc[4, "words"] - 2
    log = removal_log(corpus, rules=rules)
    assert list(log.loc[log["rule"] == "sub-heading", "article"]) == ["004", "004"]


def test_a_rule_can_be_switched_off() -> None:
    rules = cleaning_rules()
    # (the menu under the newsletter box is a block that teaser-list takes too: both off)
    without_menu = rules[~rules["rule"].isin(["site-menu", "teaser-list"])]
    cleaned = _clean("000", rules=without_menu)
    assert cleaned.text.endswith("Home\n\nKrant\n\nMedia\n\nPuzzels\n\nMeer")
    assert "site-menu" not in set(cleaned.removed["rule"])
    without_repeats = rules[~rules["action"].isin(["repeated_block", "repeated_paragraph"])]
    assert _raw_line("004", 31) in _clean("004", rules=without_repeats).text
    assert _raw_line("001", 3) in _clean("001", rules=without_repeats).text


def test_rules_for_another_language_are_skipped() -> None:
    # the Dutch newsletter rules do not apply to a text said to be Danish ...
    as_danish = clean_text(_raw("000"), language="da")
    assert "RD.nl in uw mailbox?" in as_danish.text
    # ... the rules for every language still do
    assert "Buitenland" not in as_danish.text.split("\n")
    # "*" applies every rule
    assert clean_text(_raw("000"), language="*").text == _clean("000").text


_WHERE_CASES = [
    # (text, kept): where a rule looks decides what it removes
    # a section label below the first five lines is text, not a label (here a sub-heading
    # between two paragraphs, which label-line keeps too)
    ("Kop\nLead\nAlinea 1\nAlinea 2\n" + "Een korte alinea over de NAVO in Europa.\n"
     "Buitenland\nEen tweede korte alinea over de NAVO en Rusland.", "Buitenland"),
    # a menu word before the last long paragraph is text, not a menu
    ("Home\n" + "Een lange alinea over de NAVO. " * 5, "Home"),
]


@pytest.mark.parametrize("text, kept", _WHERE_CASES)
def test_where_limits_a_rule(text: str, kept: str) -> None:
    assert kept in clean_text(text, language="nl").text.split("\n")


def test_a_prefix_rule_may_ignore_case() -> None:
    rules = pd.concat([cleaning_rules(), _rule(
        action="prefix_to_metadata", where="start", pattern=r"(?i)datum:\s*(\S+)", field="datum")])
    cleaned = clean_text("  DATUM: 2022-02-25   Lavrov zei het.", rules=rules)
    assert cleaned.text == "Lavrov zei het."
    assert cleaned.metadata == {"datum": "2022-02-25"}
    assert cleaned.removed["removed"].item() == "DATUM: 2022-02-25"


def test_an_optional_group_that_did_not_match_gives_the_whole_line() -> None:
    rules = pd.concat([cleaning_rules(), _rule(
        action="line_to_metadata", pattern=r"(?:Door (\w+))?Redactie", field="author")])
    assert clean_text("Redactie\nTekst.", rules=rules).metadata == {"author": "Redactie"}
    assert clean_text("Door AnaRedactie\nTekst.", rules=rules).metadata == {"author": "Ana"}


def test_the_same_field_twice_is_joined() -> None:
    cleaned = clean_text("ANP\nTekst van het bericht.\nAFP", language="nl")
    assert cleaned.metadata == {"byline": "ANP; AFP"}


_BROKEN_RULE_CASES = [
    # (the broken rule, words of the error)
    # an action that does not exist
    ({"action": "delete"}, ("Rule 'my-rule'", "action='delete' is not one of", "remove_line")),
    # a place that does not exist
    ({"where": "middle"}, ("Rule 'my-rule'", "where='middle' is not one of",
                           "start, end, anywhere")),
    # a pattern that is not a regular expression: the rule and the pattern are named
    ({"rule": "haakjes", "pattern": "(Lees ook"},
     ("Rule 'haakjes'", "'(Lees ook' is not a valid regular expression", "brackets")),
    # a metadata action without a field
    ({"action": "line_to_metadata", "field": ""},
     ("Rule 'my-rule'", "needs a field name", "'byline'")),
    # a line rule without a pattern
    ({"pattern": ""}, ("Rule 'my-rule'", "needs a pattern")),
    # a rule with no name
    ({"rule": "", "where": "overal"}, ("(a rule with no name)", "where='overal'")),
    # a pattern of megabytes (a student's attempt to stop the grader): refused before re compiles
    # it, without repeating it in the message; a long but ordinary pattern is a near-miss below
    ({"rule": "huge", "pattern": "(?:" + "(?:a)" * 600_000 + ")?"},
     ("Rule 'huge'", "3,000,005 characters long", "at most 20,000")),
]


def test_a_long_ordinary_pattern_is_accepted() -> None:
    # Dutch and Danish share-button lines, spelled out long: under the limit, so a rule
    rules = pd.concat([cleaning_rules(), _rule(pattern="^(?:" + "|".join(
        ["Deel dit artikel", "Del artiklen"] * 400) + ")$")], ignore_index=True)
    assert clean_text("Deel dit artikel\nDe minister zei het.", rules=rules).text.strip() == \
        "De minister zei het."
    assert clean_text("Del artiklen\nMinisteren sagde det.", rules=rules).text.strip() == \
        "Ministeren sagde det."


@pytest.mark.parametrize("broken, words", _BROKEN_RULE_CASES)
def test_broken_rules_give_clear_errors(broken: dict[str, str], words: tuple[str, ...]) -> None:
    rules = pd.concat([cleaning_rules(), _rule(**broken)], ignore_index=True)
    for call in (lambda: clean_text("tekst", rules=rules),
                 lambda: load_corpus(quiet=True, rules=rules)):
        with pytest.raises(ArgumentError) as info:
            call()
        assert isinstance(info.value, (FramelabError, ValueError))
        for word in words:
            assert word in str(info.value)
        assert "the rules table you passed" in str(info.value)


def test_a_rules_table_without_a_column() -> None:
    with pytest.raises(ArgumentError) as info:
        clean_text("tekst", rules=cleaning_rules().drop(columns=["reason", "where"]))
    assert "lack the column(s) where, reason" in str(info.value)
    assert "rule, action, language, where, pattern, field, reason" in str(info.value)


def test_rules_of_the_wrong_type() -> None:
    with pytest.raises(ArgumentTypeError, match="rules should be a table .* but it is a list"):
        clean_text("tekst", rules=[["x"]])  # type: ignore[arg-type]


_READ_RULES_CASES = [
    # (encoding of the CSV file)
    # as pandas writes it
    "utf-8",
    # as Excel writes UTF-8 CSV: with a byte-order mark
    "utf-8-sig",
]


@pytest.mark.parametrize("encoding", _READ_RULES_CASES)
def test_read_rules_from_a_csv_file(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "mijn_regels.csv"
    cleaning_rules().to_csv(path, index=False, encoding=encoding)
    pd.testing.assert_frame_equal(read_rules(path), cleaning_rules())
    # a path works wherever a table does
    assert clean_text(_raw("000"), language="nl", rules=path).text == _clean("000").text
    assert clean_text(_raw("000"), language="nl", rules=str(path)).text == _clean("000").text


def test_read_rules_names_the_file_of_a_broken_rule(tmp_path: Path) -> None:
    path = tmp_path / "mijn_regels.csv"
    pd.concat([cleaning_rules(), _rule(action="wissen")]).to_csv(path, index=False)
    with pytest.raises(ArgumentError, match=r"Rule 'my-rule' in mijn_regels.csv: action='wissen'"):
        read_rules(path)


def test_read_rules_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArgumentError) as info:
        read_rules(tmp_path / "geen_regels.csv")
    assert "geen_regels.csv" in str(info.value)
    assert "there is no rules file there" in str(info.value)
    assert "framelab.cleaning_rules()" in str(info.value)


# --- The removal log of a corpus ----------------------------------------------------------------


def test_removal_log_is_the_per_article_logs_together(corpus: pd.DataFrame) -> None:
    log = removal_log(corpus)
    parts = [clean_text(row.raw_text, language=row.language, article=row.id).removed
             for row in corpus.itertuples()]
    pd.testing.assert_frame_equal(log, pd.concat(parts, ignore_index=True))
    assert list(log.columns) == list(LOG_COLUMNS)
    assert len(log) == len(_REMOVAL_CASES)
    assert list(zip(log["article"], log["line"], log["rule"], log["removed"], strict=True)) == [
        (article, line, rule, removed) for article, line, rule, removed in _REMOVAL_CASES]


def test_removal_log_of_texts_with_nothing_to_remove(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Het is volgens de minister niet nodig, zei hij.")
    log = removal_log(load_corpus(tmp_path, quiet=True))
    assert log.empty
    assert list(log.columns) == list(LOG_COLUMNS)


_REMOVAL_LOG_ERROR_CASES = [
    # (what is passed, error class, words of the message)
    # a list instead of the corpus table
    (["000"], ArgumentTypeError, ("corpus should be the table from framelab.load_corpus()", "but it is a list")),
    # only some columns of the corpus
    (pd.DataFrame({"id": ["000"], "text": ["x"]}), ArgumentError,
     ("lacks the column(s) language, raw_text", "pass the whole table")),
]


@pytest.mark.parametrize("value, error, words", _REMOVAL_LOG_ERROR_CASES)
def test_removal_log_errors(value: object, error: type[Exception], words: tuple[str, ...]) -> None:
    with pytest.raises(error) as info:
        removal_log(value)  # type: ignore[arg-type]
    for word in words:
        assert word in str(info.value)


_CLEAN_TEXT_ERROR_CASES = [
    # (arguments, words of the message)
    # a number instead of a text
    ({"text": 5}, ("text should be a text (a str)", "an int: 5")),
    # no text at all
    ({"text": None}, ("text should be a text (a str)", "a NoneType")),
    # a language that is not a str
    ({"text": "x", "language": ["nl"]}, ("language should be a language code",)),
]


@pytest.mark.parametrize("arguments, words", _CLEAN_TEXT_ERROR_CASES)
def test_clean_text_argument_errors(arguments: dict[str, object], words: tuple[str, ...]) -> None:
    text = arguments.pop("text")
    with pytest.raises(ArgumentTypeError) as info:
        clean_text(text, **arguments)  # type: ignore[arg-type]
    for word in words:
        assert word in str(info.value)


# --- Determinism --------------------------------------------------------------------------------


@pytest.mark.parametrize("article", sorted(FILES))
def test_cleaning_is_deterministic(article: str) -> None:
    first, second = _clean(article), _clean(article)
    assert first.text == second.text
    assert first.metadata == second.metadata
    pd.testing.assert_frame_equal(first.removed, second.removed)


def test_loading_twice_gives_the_same_table(corpus: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(load_corpus(quiet=True), corpus)


def test_clean_text_of_an_empty_text() -> None:
    cleaned = clean_text("")
    assert (cleaned.text, cleaned.metadata, len(cleaned.removed)) == ("", {}, 0)


# --- Boilerplate of news pages by its shape (issue 11), and "when in doubt, keep it" --------------
# The examples are made up, in the manner of Dutch and Danish news pages; none is a page's words.


_SHAPE_REMOVED = [
    # (page, language, the line that goes, the rule)
    # a byline between the lead and the body
    (f"Ny plan for havnen\n{_DA}\nMette Krogh Hansen\n{_DA2}", "da", "Mette Krogh Hansen",
     "name-line"),
    # a photographer's credit under a photo credit line, with a particle in the name
    (f"Kabinet zoekt geld\nBeeld ANP\nPieter van den Berg\n{_NL}", "nl", "Pieter van den Berg",
     "name-line"),
    # two credits glued together by the page
    (f"Ny plan for havnen\nAnders Holm JensenLise Bech\n{_DA}", "da",
     "Anders Holm JensenLise Bech", "name-line"),
    # a place label above the headline, and a topic label
    (f"Aalborg\nNy plan for havnen\n{_DA}", "da", "Aalborg", "label-line"),
    (f"Stikstofcrisis\nBoeren protesteren opnieuw in Den Haag\n{_NL}", "nl", "Stikstofcrisis",
     "label-line"),
    # the name and the role under a portrait
    (f"Ny plan for havnen\n{_DA}\nLars Holm\nBorgmester i Aarhus (S)\n{_DA2}", "da",
     "Borgmester i Aarhus (S)", "portrait-role"),
    (f"Kabinet zoekt geld\n{_NL}\nEva de Vries\nMinister van Financiën (VVD)\n{_NL2}", "nl",
     "Minister van Financiën (VVD)", "portrait-role"),
    # a pull-quote box: words, then the speaker's name and party instead of a verb; the words
    # stand in the article too
    (f"{_NL}\nWe laten Oekraïne niet in de steek. Minister Hanke Bruins Slot (CDA)\n{_NL2}\n"
     "„We laten Oekraïne niet in de steek”, zei de minister.", "nl",
     "We laten Oekraïne niet in de steek. Minister Hanke Bruins Slot (CDA)",
     "pull-quote-attribution"),
    (f"{_DA}\nVi skal passe godt på hinanden. Statsminister Mette Frederiksen (S)\n{_DA2}\n"
     "- Vi skal passe godt på hinanden, sagde hun.", "da",
     "Vi skal passe godt på hinanden. Statsminister Mette Frederiksen (S)",
     "pull-quote-attribution"),
    # a photo's alt text above its credit
    (f"Ny plan for havnen\nen mand foran rådhuset\n(Foto: Ole Berg/Ritzau Scanpix)\n{_DA}", "da",
     "en mand foran rådhuset", "alt-text"),
    (f"Kabinet zoekt geld\neen man voor het stadhuis\nBeeld ANP\n{_NL}", "nl",
     "een man voor het stadhuis", "alt-text"),
    # what a subscription offers, written to the reader
    (f"{_DA}\nMed et abonnement kan du læse alle artikler.", "da",
     "Med et abonnement kan du læse alle artikler.", "paywall-listen"),
    (f"{_NL}\nMet een abonnement kun je alle artikelen lezen.", "nl",
     "Met een abonnement kun je alle artikelen lezen.", "paywall-listen"),
    # the notice that an opinion piece gives its writer's view
    (f"Debatindlæg er udtryk for skribentens egen holdning.\nSkolerne skal have mere\n{_DA}", "da",
     "Debatindlæg er udtryk for skribentens egen holdning.", "opinion-disclaimer-view"),
    (f"Dit opiniestuk geeft de mening weer van de auteur.\nDefensie verdient meer\n{_NL}", "nl",
     "Dit opiniestuk geeft de mening weer van de auteur.", "opinion-disclaimer-view"),
    # the headline again as the second item of a numbered list of programme items
    (f"Kabinet zoekt geld voor defensie\n{_NL}\n2. Kabinet zoekt geld voor defensie", "nl",
     "2. Kabinet zoekt geld voor defensie", "repeated-paragraph"),
]


@pytest.mark.parametrize("page, language, line, rule", _SHAPE_REMOVED)
def test_a_line_with_the_shape_of_boilerplate_goes(page: str, language: str, line: str,
                                                    rule: str) -> None:
    cleaned = clean_text(page, language=language)
    assert line not in cleaned.text.split("\n")
    # a shape rule has a row per language ("name-line-nl", "name-line-da")
    names = {rule, f"{rule}-{language}"}
    assert line in cleaned.removed.loc[cleaned.removed["rule"].isin(names), "removed"].tolist()
    # everything else of the page that is no boilerplate stays
    for article_line in (_DA, _DA2, _NL, _NL2):
        if article_line in page:
            assert article_line in cleaned.text.split("\n")


_SHAPE_KEPT = [
    # (page, language, the article's line that has the shape of boilerplate, words of the reason)
    # a place announced by a colon
    (f"Ny plan for havnen\n{_DA}\nHer kan du se, hvilken kommune det drejer sig om:\nOdsherred\n"
     "Odsherred har som den eneste kommune endnu ikke valgt en ny borgmester.", "da",
     "Odsherred", "ends with a colon"),
    # a name as a sub-heading, with a paragraph about the person under it
    (f"Kandidaten van de partijen\n{_NL}\nMark Rutte\nRutte was veertien jaar premier van "
     "Nederland en vertrekt nu naar de NAVO.", "nl", "Mark Rutte", "names 'Rutte'"),
    # a one-word sub-heading between two paragraphs
    (f"Kabinet zoekt geld\n{_NL}\nOnderhandelingen\n{_NL2}", "nl", "Onderhandelingen",
     "single word between paragraphs"),
    # the items of a list
    ("Aftalen er på plads\nDisse partier står bag aftalen:\nSocialdemokratiet\nVenstre\n"
     f"Moderaterne\n{_DA}", "da", "Venstre", "items of one list"),
    # a one-word headline above the lead
    (f"Schaamte\n{_NL}\n{_NL2}", "nl", "Schaamte", "may be the headline"),
    # the rest of a paragraph broken in two by the page
    (f"Ny plan for havnen\n{_DA}\nog det er ikke alt\n{_DA2}", "da", "og det er ikke alt",
     "broken in two"),
    # a name as a sub-heading that the article uses further on
    (f"Ny plan for havnen\n{_DA}\nJakob Ellemann-Jensen\n{_DA2}\nEllemann-Jensen vil ikke "
     "kommentere sagen.", "da", "Jakob Ellemann-Jensen", "names 'Jensen' further on"),
    # a pull-quote box whose words stand nowhere else on the page: it may be their only copy
    (f"{_NL}\nWe laten Oekraïne niet in de steek. Minister Hanke Bruins Slot (CDA)\n{_NL2}", "nl",
     "We laten Oekraïne niet in de steek. Minister Hanke Bruins Slot (CDA)", "only copy"),
    (f"{_DA}\nVi skal passe godt på hinanden. Statsminister Mette Frederiksen (S)\n{_DA2}", "da",
     "Vi skal passe godt på hinanden. Statsminister Mette Frederiksen (S)", "only copy"),
]


@pytest.mark.parametrize("page, language, line, why", _SHAPE_KEPT)
def test_a_line_of_the_article_with_the_shape_of_boilerplate_is_kept_and_logged(
        page: str, language: str, line: str, why: str) -> None:
    cleaned = clean_text(page, language=language, article="x")
    assert line in cleaned.text.split("\n")
    assert line not in cleaned.removed["removed"].tolist()
    row = cleaned.kept[cleaned.kept["removed"] == line]
    assert len(row) == 1
    assert row["action"].item() == "kept" and row["words"].item() == 0
    assert row["article"].item() == "x" and row["line"].item() == page.split("\n").index(line) + 1
    assert row["reason"].item().startswith("Kept: ") and why in row["reason"].item()
    assert list(cleaned.kept.columns) == list(LOG_COLUMNS)


@pytest.mark.parametrize("line, language", [
    # article lines near the shapes, which no shape rule matches at all
    ("Det siger Mette Frederiksen (S)", "da"),
    ("Kaj Christiansen afløser Egon Svendsen", "da"),
    ("Med et abonnement på avisen fulgte en gratis kalender, fortæller hun.", "da"),
    ("Fyldt detention", "da"),
    ("Wapen in de ambtswoning", "nl"),
    ("“Dat is absoluut onacceptabel”, zei minister Hoekstra (CDA).", "nl"),
])
def test_article_lines_near_the_shapes_stay_without_a_doubt(line: str, language: str) -> None:
    headline = "Ny plan for havnen" if language == "da" else "Kabinet zoekt geld"
    page = f"{headline}\n{line}\n{_DA if language == 'da' else _NL}"
    cleaned = clean_text(page, language=language)
    assert line in cleaned.text.split("\n")
    assert cleaned.removed.empty and cleaned.kept.empty


def test_a_line_kept_in_doubt_that_a_later_step_removes_is_not_logged_as_kept() -> None:
    # the second "Schaamte" is a single word at the page's end (kept in doubt by label-line-nl),
    # then removed as a repeated paragraph: it is logged once, as removed
    cleaned = clean_text(f"Schaamte\n{_NL}\nSchaamte", language="nl")
    assert cleaned.removed[["line", "rule"]].values.tolist() == [[3, "repeated-paragraph"]]
    assert cleaned.kept["line"].tolist() == [1]


def test_a_shape_rule_comes_after_every_other_line_rule() -> None:
    # your own rule for a one-word line wins over label-line, wherever it stands in the table
    rules = pd.concat([_rule(action="line_to_metadata", pattern="Redactie", field="author"),
                       cleaning_rules()])
    rules = pd.concat([rules[rules["rule"] != "my-rule"], rules[rules["rule"] == "my-rule"]])
    assert clean_text("Redactie\nTekst.", rules=rules).metadata == {"author": "Redactie"}


def test_removal_log_lists_the_kept_lines_only_when_asked(corpus: pd.DataFrame) -> None:
    removals = removal_log(corpus)
    both = removal_log(corpus, kept=True)
    assert (removals["action"] != "kept").all()  # counting rows counts removals
    kept = both[both["action"] == "kept"]
    # 004's sub-headings have the shape of a label, and are kept with why
    assert list(zip(kept["article"], kept["removed"], strict=True)) == [
        ("004", "Regimewissel"), ("004", "Beschuldigd")]
    assert kept["words"].sum() == 0 and kept["reason"].str.startswith("Kept: ").all()
    pd.testing.assert_frame_equal(both[both["action"] != "kept"].reset_index(drop=True), removals)
    assert both.groupby("article")["words"].sum().equals(removals.groupby("article")["words"].sum())
    with pytest.raises(ArgumentTypeError, match="kept"):
        removal_log(corpus, kept="yes")  # type: ignore[arg-type]


# --- Furniture of other sites' pages: paywalls, controls, dates, credits, teaser lists -----------
# (lines written for these tests, in the shapes news pages of Dutch and Danish sites use)

_PAYWALL_DA = ["Vil du læse videre?", "Få fuld adgang til Avisen og læs resten af artiklen",
               "For at læse denne artikel skal du have et abonnement", "Vælg mellem",
               "Avisen Digital", "Avisen E-avis", "Særtilbud: 3 måneder for kun 49 kr.",
               "Herefter 299 kr./md.",
               "Abonnementet fornyes automatisk og kan opsiges når som helst.",
               "Allerede abonnent? Log ind", "Log ind her"]
_PAYWALL_NL = ["Lees verder met De Krant", "Word abonnee",
               "Krijg onbeperkt toegang tot alle artikelen", "Probeer 3 maanden gratis",
               "€ 4,99 per maand", "Digitaal", "Digitaal + papier", "Al abonnee? Log in"]
_CONTROLS_NL = ["14 november 2022 13:10 Gewijzigd op 14 november 2022 14:02", "door Jan Janssen",
                "Leestijd 4 minuten", "Automatische update:", "Aan", "Uit",
                "De nieuwste eerst De oudste eerst"]
_CONTROLS_DA = ["Opdateret 3. maj 2023 kl. 10.12", "af Jens Hansen", "Læsetid 9 min.",
                "Denne liveblog opdateres ikke længere."]
_CREDITS = ["© ANP", "Beeld Robin van Lonkhuijsen / ANP", "|", "admin", "Del artikel",
            "Foto: Mads Nissen/iBureauet", "Jens Dresling/Ritzau Scanpix",
            "Vis flere opdateringer", "Gem artikel"]
_TEASERS_NL = ["Tom Pieters, professor internationale politiek", "Meer nieuws",
               "Boeren blokkeren snelwegen", "een man bij een trekker", "Sport", "Ajax wint van PSV"]
# the last paragraph of a page is long (100 characters or more): the page's "end" follows it
_DA_LONG = f"{_DA2} Det bekræfter formanden for udvalget over for avisen."
_NL_LONG = f"{_NL2} Dat bevestigt de voorzitter van de commissie aan de krant."
_TEASERS_DA = ["Dagens topnyheder", "Kendte", "Stjerne går fra sin mand",
               "en mand kigger på fotografen", "Mad og drikke", "Sådan laver du den perfekte kage"]


def _page(headline: str, body: str, top: list[str], middle: list[str], end: list[str],
          body2: str) -> str:
    return "\n".join([headline, *top, body, *middle, body2, *end])


@pytest.mark.parametrize("page, language, furniture", [
    (_page("Ny plan for havnen", _DA, [], [], _PAYWALL_DA, _DA2), "da", _PAYWALL_DA),
    (_page("Kabinet zoekt geld", _NL, [], [], _PAYWALL_NL, _NL2), "nl", _PAYWALL_NL),
    (_page("Kabinet zoekt geld", _NL, _CONTROLS_NL, _CREDITS[:5], _TEASERS_NL, _NL_LONG), "nl",
     _CONTROLS_NL + _CREDITS[:5] + _TEASERS_NL),
    (_page("Ny plan for havnen", _DA, _CONTROLS_DA, _CREDITS[5:], _TEASERS_DA, _DA_LONG), "da",
     _CONTROLS_DA + _CREDITS[5:] + _TEASERS_DA),
])
def test_the_furniture_of_news_pages_goes_and_the_article_stays(page: str, language: str,
                                                                 furniture: list[str]) -> None:
    cleaned = clean_text(page, language=language)
    headline = page.split("\n")[0]
    body = [_DA] if language == "da" else [_NL]
    body.append(next(b for b in (_DA2, _NL2, _DA_LONG, _NL_LONG) if page.endswith(b)
                     or f"\n{b}\n" in page))
    assert [line for line in cleaned.text.split("\n") if line] == [headline, *body]
    assert sorted(cleaned.removed["removed"]) == sorted(furniture)
    assert cleaned.kept.empty


@pytest.mark.parametrize("line, rule", [
    ("Vil du læse videre?", "paywall-offer"),
    ("Få fuld adgang til Avisen og læs resten af artiklen", "paywall-offer"),
    ("Særtilbud: 3 måneder for kun 49 kr.", "paywall-offer"),
    ("Krijg onbeperkt toegang tot alle artikelen", "paywall-offer"),
    ("Al abonnee? Log in", "paywall-offer"),
    ("Herefter 299 kr./md.", "paywall-price"),
    ("€ 4,99 per maand", "paywall-price"),
    ("Log ind her", "login-line"),
    ("Automatische update: Aan Uit", "page-control"),
    ("Leestijd 4 minuten", "page-furniture"),
    ("Vis flere opdateringer", "page-control"),
    ("14 november 2022 13:10 Gewijzigd op 14 november 2022 14:02", "page-date"),
    ("Bijgewerkt op 3 mei 2023 om 10:12", "page-date"),
    ("Opdateret 3. maj 2023 kl. 10.12", "page-date"),
    ("af Jens Hansen", "byline-any"),
    ("© Belga", "credit-line"),
    ("Jens Dresling/Ritzau Scanpix", "credit-line"),
    ("Andere bekeken ook", "teaser-heading-more"),
    ("Dagens topnyheder", "teaser-heading-more"),
    ("Digital: 99 kr./md.", "paywall-price"),
    ("Kun 1 kr. i 3 måneder", "paywall-price"),
    ("Abonnér nu", "paywall-offer"),
    ("Proefabonnement", "paywall-offer"),
    ("Del på Facebook", "page-control"),
    ("Kopiér link", "page-control"),
    ("5 min. læsning", "page-control"),
    ("Senest opdateret: 14. nov. 2022 kl. 13.10", "page-date"),
    ("Af Jens Hansen, journalist", "byline-any"),
    ("Jens Dresling / Ritzau Scanpix", "credit-line"),
    ("Du har læst 3 af 5 gratis artikler", "paywall-offer"),
    ("Denne artikel er kun for abonnenter", "paywall-offer"),
    ("Maak een gratis account aan om verder te lezen", "paywall-offer"),
    ("1 måned gratis", "paywall-offer"),
])
def test_each_kind_of_furniture_has_its_rule(line: str, rule: str) -> None:
    for language, body, body2 in (("da", _DA, _DA2), ("nl", _NL, _NL2)):
        cleaned = clean_text(f"Overskrift\n{body}\n{line}\n{body2}", language=language)
        assert cleaned.removed[["removed", "rule"]].values.tolist() == [[line, rule]]
        assert cleaned.text.split("\n") == ["Overskrift", body, "", body2]


@pytest.mark.parametrize("line, language", [
    # article sentences about subscriptions, prices, logging in, dates and authors
    ("Abonnementet koster 49 kr. om måneden, siger direktøren.", "da"),
    ("Prisen er nu 299 kr. pr. måned for et abonnement.", "da"),
    ("»Jeg kunne ikke log ind på min konto i tre dage,« siger hun.", "da"),
    ("Vil du læse videre i bogen, må du købe den, siger forfatteren.", "da"),
    ("Een abonnement kost voortaan 4,99 euro per maand, zegt de directeur.", "nl"),
    ("'Ik kon niet meer inloggen', zegt ze.", "nl"),
    ("„Probeer het drie maanden gratis”, adviseert de consumentenbond.", "nl"),
    ("Op 14 november 2022 stapte hij op.", "nl"),
    ("Door Jan Janssen werd het voorstel ingediend.", "nl"),
    ("Mette Frederiksen, statsminister, siger nej.", "da"),
    ("Del 2", "da"),
    # a sentence that starts with a number and a period of time is no price
    ("5 år senere blev han fyret.", "da"),
    ("3 maanden later trad het kabinet af.", "nl"),
    ("Mødet er for medlemmer af partiet.", "da"),
    ("Hij gebruikt een loep om te lezen.", "nl"),
    ("Han var premium-kunde i ti år.", "da"),
    # a sentence with a slash is no credit
    ("Prisen steg til 20 kr./kg.", "da"),
    # a sentence that starts like a teaser heading
    ("Nieuws uit Gaza bereikte ons pas laat.", "nl"),
])
def test_article_lines_near_the_furniture_stay(line: str, language: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text(f"Overskrift\n{body}\n{line}\n{body2}", language=language)
    assert line in cleaned.text.split("\n")
    assert cleaned.removed.empty


def test_a_short_line_goes_only_next_to_a_removed_line_of_its_block() -> None:
    # "Avisen Digital" is an item of the offer next to "Vælg mellem"; alone it stays
    offer = clean_text(f"Ny plan\n{_DA}\nVælg mellem\nAvisen Plus og papir", language="da")
    assert offer.removed[["rule", "removed"]].values.tolist() == [
        ["paywall-offer", "Vælg mellem"], ["paywall-block", "Avisen Plus og papir"]]
    alone = clean_text(f"Ny plan\n{_DA}\nAvisen Plus og papir\n{_DA2}", language="da")
    assert alone.removed.empty and "Avisen Plus og papir" in alone.text
    # a sentence next to the offer stays, and so does the headline above it
    near = clean_text(f"Kort nieuws\nWil je verder lezen?\n{_NL}", language="nl")
    assert [line for line in near.text.split("\n") if line] == ["Kort nieuws", _NL]
    assert near.removed["rule"].tolist() == ["paywall-offer"]
    # a teaser list only at the page's end: a short line in the article stays
    middle = clean_text(f"Ny plan\n{_DA}\nMest læste\nSkolerne i Aarhus\n{_DA2}", language="da")
    assert "Skolerne i Aarhus" in middle.text


def test_a_remove_near_rule_needs_the_rules_it_follows() -> None:
    with pytest.raises(ArgumentError, match="remove_near"):
        clean_text("Tekst.", rules=_rule(action="remove_near", pattern="x", field=""))
    rules = pd.concat([cleaning_rules(), _rule(action="remove_near", pattern="[^.]{1,40}",
                                               field="site-menu")])
    cleaned = clean_text(f"Kop\n{_NL_LONG}\nHome\nKopje", rules=rules, language="nl")
    assert cleaned.removed["rule"].tolist() == ["site-menu", "my-rule"]


def test_a_teaser_list_at_the_end_goes_next_to_a_photo_description() -> None:
    page = (f"Ny plan\n{_DA}\n{_DA_LONG}\nKendte\nStjerne går fra sin mand\n"
            "en kvinde på en scene\nSport\nFCK vinder igen")
    cleaned = clean_text(page, language="da")
    # (one-word lines in the page's first ten lines go by label-line-da first)
    assert cleaned.removed["removed"].tolist() == ["Kendte", "Stjerne går fra sin mand",
                                                   "en kvinde på en scene", "Sport",
                                                   "FCK vinder igen"]
    rules = dict(zip(cleaned.removed["removed"], cleaned.removed["rule"], strict=True))
    assert rules["Stjerne går fra sin mand"] == rules["FCK vinder igen"] == "teaser-list"
    assert cleaned.text.split("\n") == ["Ny plan", _DA, _DA_LONG]


def test_the_last_sentence_above_a_paywall_stays() -> None:
    page = f"Ny plan\n{_DA}\nDet skete i 2019.\nVil du læse videre?\nVælg mellem\nDigital\n99 kr./md."
    cleaned = clean_text(page, language="da")
    assert cleaned.text.split("\n") == ["Ny plan", _DA, "Det skete i 2019."]
    assert cleaned.removed["removed"].tolist() == ["Vil du læse videre?", "Vælg mellem", "Digital",
                                                   "99 kr./md."]


def test_removal_log_uses_the_rules_the_corpus_was_loaded_with(tmp_path):
    """A student who loads with rules of their own sees their rules in the log, as in the text."""
    import framelab

    rules = framelab.cleaning_rules()
    mine = pd.concat([rules, pd.DataFrame([{
        "rule": "my-rule", "action": "remove_line", "language": "nl", "where": "anywhere",
        "pattern": r"^Tip van de redactie$", "field": "", "reason": "the desk's tip"}])],
        ignore_index=True)
    (tmp_path / "a.txt").write_text("Kop van het stuk\n\nDe minister zei iets.\n\nTip van de redactie\n",
                                    encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,language\na.txt,nl\n", encoding="utf-8")
    corpus = framelab.load_corpus(tmp_path, rules=mine, quiet=True)
    assert "Tip van" not in corpus.loc[0, "text"]
    assert "my-rule" in set(framelab.removal_log(corpus)["rule"])
    assert "my-rule" in set(framelab.removal_log(corpus[corpus["id"] == "a"])["rule"])
    # rules given to removal_log win; a corpus loaded with the kit's rules logs those
    assert "my-rule" not in set(framelab.removal_log(corpus, rules=rules)["rule"])
    assert "my-rule" not in set(framelab.removal_log(framelab.load_corpus(tmp_path,
                                                                           quiet=True))["rule"])
