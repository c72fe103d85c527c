"""The shortcuts of analyse_folder's engine give what the plain path gives (issue 14).

Each shortcut rules out work that cannot change a result; each test here runs the plain path
(the shortcut switched off, or the unoptimised function) on the course's articles, the real
pages of tests/realpages and a generated folder, and compares. Quick on purpose: a few hundred
articles at most.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from itertools import islice
from pathlib import Path

import pytest

import framelab
from framelab import cleaning, frames, tokens
from framelab.sourcing import finder, marks

REAL_PAGES = Path(__file__).resolve().parent / "realpages"

#: Texts that try the edges of the shortcuts: quotation marks and their look-alikes at the start
#: and end of a paragraph, two commas for „, dashes inside Danish paragraphs, no comma at all.
TRICKY = [
    ",,Waarom nu?\" vroeg hij. a,,b ,, c ,,d''",
    "”Det er slut”, siger han. (”Nej” sagde hun) x”y” ”",
    "‘Trump’s idee’ en a‘b’ ‘ ’",
    "'s avonds zei hij 'Nooit' en 'geen' 'USA's' x'y'",
    "Han kom i Erhvervsrådet. - Virksomhederne er klar, siger Kaj Christiansen",
    "Han kom i Erhvervsrådet: – Det er vigtigt",
    "- Vi kommer igen\n\nsiger han",
    "Geen komma en geen aanhalingsteken hier",
    "“Zo” „gaat” «het» »niet« \"meer\"",
]


@cache
def _texts() -> tuple[tuple[str, str], ...]:
    """(text, language) of the course's articles (raw and cleaned), the real pages (raw and
    cleaned) and :data:`TRICKY` (in both languages)."""
    corpus = framelab.load_corpus(quiet=True)
    pages = framelab.load_corpus(REAL_PAGES, quiet=True)
    found = []
    for table in (corpus, pages):
        for row in table.itertuples(index=False):
            found += [(row.raw_text, row.language), (row.text, row.language)]
    found += [(text, language) for text in TRICKY for language in ("nl", "da")]
    return tuple(found)


def test_each_quotation_pattern_starts_with_its_opening_mark() -> None:
    """_spans skips a pattern when the paragraph lacks its opening mark (",," for the two
    commas): every match of every pattern starts with that mark."""
    for text, _ in _texts():
        for paragraph in text.split("\n"):
            for _, pattern, opening in marks._SPAN_RE:
                for match in pattern.finditer(paragraph):
                    assert match.group().startswith(opening), (opening, match.group())


def test_articles_ruled_out_as_quoteless_have_no_quotations(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """_quote_rows returns nothing at once for a text _has_quotes rules out; read in full,
    such a text gives no quotation either."""
    ruled_out = [(text, language) for text, language in _texts()
                 if not finder._has_quotes(text, language)]
    assert ruled_out  # the tricky texts without marks, at least
    monkeypatch.setattr(finder, "_has_quotes", lambda text, language: True)
    for text, language in ruled_out:
        assert finder._quote_rows(text, language, "", framelab.sourcing._rules(language)) == []


def _plain(prepared: cleaning._Prepared) -> cleaning._Prepared:
    """The same rules with every shortcut off: each rule's pattern is tried on every line."""
    def plain(rule: cleaning._Rule) -> cleaning._Rule:
        return dataclasses.replace(rule, longest=None, needs=None, first=None)

    return cleaning._Prepared(tuple(map(plain, prepared.prefix)), tuple(map(plain, prepared.lines)),
                              {k: plain(r) for k, r in prepared.repeats.items()},
                              tuple(map(plain, prepared.captions)), tuple(map(plain, prepared.near)))


@pytest.mark.parametrize("language", ["nl", "da", "*"])
def test_cleaning_gives_what_every_rule_on_every_line_gives(language: str) -> None:
    prepared = cleaning._prepare(None, language)
    plain = _plain(prepared)
    assert any(rule.needs is not None for rule in prepared.lines)
    for text, _ in _texts():
        assert cleaning._clean(text, prepared, "a") == cleaning._clean(text, plain, "a")


def test_every_line_a_rule_matches_holds_a_text_the_rule_needs() -> None:
    """Also for the lines an earlier rule removes first (the test above cannot see those)."""
    lines = {line.strip() for text, _ in _texts() for line in text.split("\n") if line.strip()}
    matched = 0
    for rule in cleaning._prepare(None, "*").lines:
        for line in lines:
            if rule.compiled is not None and rule.compiled.fullmatch(line):
                matched += 1
                assert rule.longest is None or len(line) <= rule.longest, (rule.rule, line)
                assert rule.needs is None or rule.needs.search(line), (rule.rule, line)
                assert rule.first is None or rule.first.fullmatch(line[0]), (rule.rule, line)
    assert matched > 50


def test_needed_trie_finds_what_the_plain_alternation_finds() -> None:
    """A rule's ``needs`` (its texts as a trie) finds, on every line, the same text at the same
    place as the plain alternation of its texts."""
    lines = {line.strip() for text, _ in _texts() for line in text.split("\n") if line.strip()}
    rules = [r for r in cleaning._prepare(None, "*").lines if r.needs is not None]
    assert rules
    for rule in rules:
        texts = cleaning._needed_texts(rule.compiled.pattern)
        plain = re.compile("|".join(map(re.escape, texts)))
        for line in lines | {"".join(texts), " ".join(texts)}:
            found, expected = rule.needs.search(line), plain.search(line)
            assert (found and found.span()) == (expected and expected.span()), (rule.rule, line)
            assert [m.span() for m in rule.needs.finditer(line)] == \
                [m.span() for m in plain.finditer(line)], (rule.rule, line)


# A rule of your own: (pattern, lines it matches whole). What _needed reads from each pattern
# must be in each of those lines, and lines without it must not match.
OWN_RULES = [
    (r".{0,50}Foto: \w+", ["Manden. Foto: Ritzau", "Foto: AP"]),
    (r".{0,50}?(?:Beeld|Foto's?|Billede) ?:.*", ["x Foto's: ANP", "Beeld:", "a Billede : b"]),
    (r"(?=.*\b(?:cookie|privacy)\b).{0,99}", ["Wij gebruiken cookie", "privacy eerst"]),
    (r".*(?:[Ll]ees|[Ll]æs) (?:ook|også)(?: dit)?:?.*", ["Lees ook: x", "y læs også dit"]),
    (r".{0,20}(ab)+c\1.*", ["ababcab x", "zabcab"]),
    (r".{0,20}(?i:foto).*", ["FoTo x", "een foto"]),
    (r"(?=.{0,30}$).*?(?:\d{1,2} (?:uur|timer?) (?:geleden|siden))",
     ["1 uur geleden", "Nu: 12 timer siden"]),
    (r"(?>a{0,9})[xy]z+|.{0,40}ww?", ["aaxzz", "qqw", "aaww"]),
    (r".{0,40}\bAd(?:vertentie|vertisement)?\b", ["Ad", "dit is een Advertentie"]),
    (r"(?i)(?:lees|læs) (?:ook|også).*", ["LEES OOK x", "Læs også", "lÆs OGSÅ"]),
    (r"(?:(?:Af|Door) )?\(?[A-ZÆØÅ]\w+\)?", ["(Ritzau)", "Af Ritzau", "ANP", "Door ANP"]),
    (r"[^.!?\d]{1,20}|\d{1,2}:\d{2}|(?=[a-z]).{0,30}", ["Menu", "12:30", "ook zo."]),
    (r"(?i)(?>\s?x)?ſtop.*|[\W_]+", ["STOP", "ſtop", "xſtop", "— …", "_"]),
]


@pytest.mark.parametrize(("pattern", "lines"), OWN_RULES)
def test_needed_texts_of_a_rule_of_your_own(pattern: str, lines: list[str]) -> None:
    compiled, needs = re.compile(pattern), cleaning._needed(pattern)
    longest = cleaning._longest(pattern)
    for line in lines:
        assert compiled.fullmatch(line), line
        assert needs is None or needs.search(line), (needs, line)
        assert longest is None or len(line) <= longest
        first = cleaning._first_chars(pattern)
        assert first is None or first.fullmatch(line[0]), (pattern, line)
    if needs is not None:  # a line without the texts it needs does not match
        for line in lines:
            stripped = needs.sub("", line)
            assert not needs.search(stripped) and not compiled.fullmatch(stripped)


@pytest.mark.parametrize("language", ["nl", "da"])
def test_token_starts_are_where_the_pattern_finds_the_tokens(language: str) -> None:
    tokenizer = tokens._tokenizer(language, False, "keep", "keep", False)
    for text, _ in _texts():
        words = tokenizer.tokenize(text)
        if words != tokenizer._compiled.findall(text) or not words:
            continue
        expected = [m.start() for m in tokenizer._compiled.finditer(text)]
        assert frames._token_starts(text, words, len(words) - 1, tokenizer._compiled) == expected
        assert frames._token_starts(text, words, 2, tokenizer._compiled) == expected[:3]


def _reference_hits(words: list[str], key: frames._LexiconKey, language: str
                    ) -> list[tuple[int, str]]:
    """The frame hits of one sentence as the lexicon defines them: per position and frame, the
    first term whose words fullmatch ``stem`` (or ``stem\\S*`` for "stem*") casefolded."""
    folded = [w.casefold() for w in words]
    terms = [(frame, term.casefold().split()) for frame, _, lang, term in key if lang == language]
    found = []
    for i in range(len(folded)):
        best: dict[str, str] = {}
        for frame, parts in terms:
            if frame in best or not parts or i + len(parts) > len(folded):
                continue
            if all(re.fullmatch(re.escape(p.rstrip("*")) + (r"\S*" if p.endswith("*") else ""),
                                folded[i + k]) for k, p in enumerate(parts)):
                best[frame] = " ".join(parts)
        found += [(i, best[frame]) for frame in sorted(best)]
    return found


def test_frame_hits_of_tokens_as_written_are_the_lexicons_hits() -> None:
    """_sentence_hits casefolds each different token once; the lexicon's own definition,
    word by word, finds the same hits (on the course's articles and a few real pages)."""
    key = frames._lexicon_key(frames._bundled())
    corpus = framelab.load_corpus(quiet=True)
    pages = framelab.load_corpus(REAL_PAGES, quiet=True).head(6)
    texts = [*zip(corpus["text"], corpus["language"], strict=True),
             *zip(pages["text"], pages["language"], strict=True),
             ("NAVO-Troepen en DE OORLOG in Oekraïne; Internationaal Recht.", "nl")]
    hits = 0
    for text, language in texts:
        index = frames._index(key, language)
        for sentence in framelab.split_sentences(text, language):
            words = framelab.tokenize(sentence, language)
            found = [(i, entry.term.casefold()) for i, entry in frames._sentence_hits(words, index)]
            assert found == _reference_hits(words, key, language), sentence
            hits += len(found)
    assert hits > 20


def test_frame_hits_are_the_same_when_the_index_remembers_no_token(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """_sentence_hits looks every token's terms up at once in the tokens it remembers; where it
    remembers none (its memory full), each token is looked up on its own: the same hits."""
    key = frames._lexicon_key(frames._bundled())
    texts = [(text, language) for text, language in _texts() if language in ("nl", "da")]
    expected = [[(i, e.term) for i, e in frames._sentence_hits(
        framelab.tokenize(text, language), frames._index(key, language))] for text, language in texts]
    monkeypatch.setattr(frames, "_SEEN_LIMIT", 0)
    fresh = {language: dataclasses.replace(frames._index(key, language), seen={}, written={})
             for language in ("nl", "da")}
    found = [[(i, e.term) for i, e in frames._sentence_hits(framelab.tokenize(text, language),
                                                             fresh[language])]
             for text, language in texts]
    assert found == expected
    assert not fresh["nl"].written and sum(map(len, found)) > 100


def test_analyse_folder_on_the_real_pages_gives_the_single_corpus_functions_numbers() -> None:
    """The pipeline's own shortcuts (one count per article for its language and period, the
    rules looked up once per chunk, tokens at once) on 73 real pages, boilerplate included:
    per article the tokens, frame scores, quotations and quoted words, and the speakers, of
    frequencies, frame_scores and quotes (tests/test_pipeline.py does the course's articles and
    a generated folder)."""
    from test_pipeline import _check_same, _expected

    results = framelab.analyse_folder(REAL_PAGES, workers=1, chunk_size=20, progress=False,
                                      event_date="2022-02-24")
    _check_same(results, _expected(REAL_PAGES))
    assert len(results.articles) == len(framelab.load_corpus(REAL_PAGES, quiet=True))


def test_remembered_periods_are_the_periods_of_keywords():
    """pipeline._period_of remembers each date's period: the same as keywords._period, and
    "unknown" where that cannot read the date, asked once or twice, against two event days."""
    import pandas as pd

    from framelab import keywords, pipeline

    dates = ["2022-02-24", "2022-02-23", "2022-02", "2022-03", "2021", "2022", "2023",
             "unknown", "24-02-2022x", "not a date"]
    for day in (pd.Timestamp("2022-02-24"), pd.Timestamp("2022-01-01")):
        for date in dates + dates:
            try:
                plain = keywords._period(date, day)
            except ValueError:
                plain = "unknown"
            assert pipeline._period_of(date, day) == plain, (date, day)


def test_shingles_from_the_normalised_line_are_the_lines_shingles() -> None:
    """_clean takes a line's five-word sequences from its _normalise form (one casefold per
    line): the same as _shingles of the line, on every line of the texts; and no quotation mark
    that _normalise replaces has a word character once casefolded (so, character by
    character, the words cannot differ)."""
    import sys

    for char in map(chr, range(sys.maxunicode + 1)):
        if cleaning._QUOTES.fullmatch(char):
            assert not cleaning._WORD.search(char.casefold()), hex(ord(char))
    lines = 0
    for text, _ in _texts():
        for line in text.split("\n"):
            stripped = line.strip()
            assert cleaning._normal_shingles(cleaning._normalise(stripped)) == \
                cleaning._shingles(stripped), stripped
            lines += 1
    assert lines > 1000


def test_normal_words_are_the_normal_form_and_its_words() -> None:
    """_normal_words (quotation marks replaced one by one, words from the pieces between the
    spaces) gives _normalise of the line and the words _WORD finds in that, on every line of
    the texts and on every character (alone, in runs, between spaces, next to a quotation
    mark); and no space is a word character, and str.isalnum is \\w but "_"."""
    import sys

    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    for char in chars:
        assert not (char.isspace() and cleaning._WORD.match(char)), hex(ord(char))
        assert char.isalnum() == bool(cleaning._WORD.fullmatch(char)) or char == "_"

    def plain(line: str) -> tuple[str, list[str]]:
        norm = cleaning._normalise(line)
        return norm, cleaning._WORD.findall(norm)

    lines = [line.strip() for text, _ in _texts() for line in text.split("\n")]
    runs = ["".join(chars[k:k + 64]) for k in range(0, len(chars), 64)]
    lines += runs + [" ".join(run) for run in runs] + [f"„{run}” a_b «x»" for run in runs]
    for line in lines:
        assert cleaning._normal_words(line) == plain(line), line
    assert cleaning._QUOTES.pattern == f"[{re.escape(cleaning._QUOTE_MARKS)}]"
    assert cleaning._QUOTE_MARKS[0] == '"'



def test_normal_words_shortcuts_hold_on_every_character() -> None:
    """_normal_words puts a space for each mark of _SPACED (none is a word character) and
    keeps a casefolded line of printable characters, without two spaces in a row or a space
    at an end, as its normal form: every character that str.split splits at but " " is not
    printable, so such a line is what splitting and joining it gives."""
    import sys

    for mark in cleaning._SPACED:
        assert len(mark) == 1 and not cleaning._WORD.search(mark), mark
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if len(f"a{char}b".split()) > 1 and char != " ":
            assert not char.isprintable(), hex(code)
    for text, _ in _texts():
        for line in text.split("\n"):
            stripped = line.strip()
            norm = cleaning._normal_words(stripped)[0]
            assert norm == " ".join(stripped.translate(
                {ord(m): '"' for m in cleaning._QUOTE_MARKS}).casefold().split()), stripped


def test_written_out_shingles_are_the_shifted_lists_shingles() -> None:
    """_word_shingles with SHINGLE 5 written out gives what the loop over the shifted lists
    gives, on the words of every line of the texts (short lines too)."""
    assert cleaning.SHINGLE == 5
    lines = 0
    for text, _ in _texts():
        for line in text.split("\n"):
            words = cleaning._normal_words(line.strip())[1]
            for some in (words, words[:4], words[:5], words[:6]):
                assert cleaning._word_shingles(some) == set(
                    zip(*(some[i:] for i in range(5)), strict=False))
            lines += 1
    assert lines > 1000


def _no_unions(prepared: cleaning._Prepared) -> cleaning._Prepared:
    """The same rules without the one search of several rules' texts (no rule has texts)."""
    def plain(rule: cleaning._Rule) -> cleaning._Rule:
        return dataclasses.replace(rule, texts=None)

    return dataclasses.replace(prepared, lines=tuple(map(plain, prepared.lines)),
                               _candidates={}, _tries={}, _line_tries={})


@pytest.mark.parametrize("language", ["nl", "da", "*"])
def test_one_search_of_several_rules_texts_gives_what_each_rules_search_gives(
        language: str) -> None:
    """_clean skips the rules of several texts (line_tries) on a line where the search of all
    their texts at once finds none: the same cleaning as trying each rule's own search, on the
    texts and on lines that hold a text of one of them; and the rules skipped are those the
    search is made of, each of which needs one of its texts."""
    prepared = cleaning._prepare(None, language)
    plain = _no_unions(prepared)
    for rule in prepared.lines:  # the needs made from the texts are those of _needed
        found = cleaning._needed(rule.compiled.pattern) if rule.compiled else None
        assert (rule.needs and rule.needs.pattern) == (found and found.pattern), rule.rule
        assert rule.texts == (tuple(cleaning._needed_texts(rule.compiled.pattern) or ()) or None)
    texts = [text for text, _ in _texts()]
    extra = [f"{word} Kommunen vil bruge flere penge på skolerne, siger borgmesteren i dag."
             for rule in prepared.lines for word in rule.texts or ()]
    texts += ["\n".join(extra[k:k + 8]) for k in range(0, len(extra), 8)]
    unions = 0
    for text in texts:
        assert cleaning._clean(text, prepared, "a") == cleaning._clean(text, plain, "a")
    for key, (search, tries, others) in prepared._line_tries.items():
        assert tries == prepared._tries[key]
        if search is not None:
            unions += 1
            skipped = [rule for _, _, rule in tries if all(rule is not r for *_, r in others)]
            assert len(skipped) > 1
            for rule in skipped:
                for word in rule.texts or ():
                    assert search(word) is not None and rule.needs.search(word), (rule.rule, word)
    assert unions > 0


def test_near_rules_before_and_after_the_runs_are_the_plain_split() -> None:
    """_Prepared.near_order (worked out once per rules table) is the split that _clean made on
    every call: the remove_near rules whose field names a remove_run rule go after the runs."""
    for language in ("nl", "da", "*"):
        prepared = cleaning._prepare(None, language)
        names = tuple(rule.rule for rule in prepared.runs)
        after = tuple(rule for rule in prepared.near if any(
            name.startswith(part) for part in rule.field.split("|") if part for name in names))
        assert prepared.near_order == (
            tuple(rule for rule in prepared.near if rule not in after), after)
        assert prepared.run_names == names


def test_letter_words_are_the_patterns_runs_of_letters() -> None:
    """guess_language takes a text's words from _letter_words (marks put as spaces, pieces of
    letters only as they are): the runs of _LETTERS, on every text (casefolded too) and on
    every character (alone, in runs, between spaces); whatever str.isalpha takes [^\\W\\d_]
    matches, and no mark of _NO_LETTERS is a letter."""
    import sys

    from framelab import corpus

    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    for char in chars:
        if char.isalpha():  # a letter (the pattern also takes "²", read by it)
            assert corpus._LETTERS.fullmatch(char), hex(ord(char))
    for mark in corpus._NO_LETTERS:
        assert len(mark) == 1 and not corpus._LETTERS.search(mark), mark
    runs = ["".join(chars[k:k + 64]) for k in range(0, len(chars), 64)]
    texts = [text for text, _ in _texts()] + runs + [" ".join(run) for run in runs]
    for text in texts + [text.casefold() for text in texts]:
        assert corpus._letter_words(text) == corpus._LETTERS.findall(text), text[:80]


def test_language_scores_over_distinct_words_are_the_word_by_word_scores() -> None:
    """_best (a Counter of the text's words, each list's score summed over the distinct words
    it holds) picks what _best_plain (each word looked up in each list) picks, and
    guess_language gives what the plain path gives, on the texts and on mixtures of them."""
    from framelab import corpus

    texts = [text for text, _ in _texts()]
    texts += [a[:300] + " " + b[:300] for a, b in zip(texts, texts[1:], strict=False)]
    texts += ["", "12345", "de de de en en", "og og og the the the"]
    guesses = set()
    for text in texts:
        tokens = corpus._LETTERS.findall(text.casefold())
        for lists in (corpus._function_words(), corpus._other_function_words()):
            for minimum in (1, 3):
                assert corpus._best(corpus.Counter(tokens), lists, minimum=minimum) == \
                    corpus._best_plain(tokens, lists, minimum=minimum), text[:80]
        other = corpus._best_plain(tokens, corpus._other_function_words(), minimum=3)
        plain = other if other not in (corpus.UNKNOWN, "nl/da") else corpus._best_plain(
            tokens, corpus._function_words(), minimum=3)
        assert corpus.guess_language(text) == plain, text[:80]
        guesses.add(plain)
    assert {"nl", "da", corpus.UNKNOWN} <= guesses


def test_single_spaced_text_is_the_split_and_joined_text() -> None:
    """analyse_folder's key of an article (to find exact copies) is made from _single_spaced
    (line breaks as spaces, runs of spaces halved): what splitting and joining the text gives,
    on every text, on runs of spaces, and on every character (alone and between words)."""
    import sys

    from framelab.pipeline import _single_spaced

    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    texts = [text for text, _ in _texts()] + [" " * n + "a" + " " * n + "b\n" * n
                                               for n in range(8)]
    texts += [f"a{char}b {char} \n{char}" for char in chars]
    for text in texts:
        assert _single_spaced(text) == " ".join(text.split()), text[:80]


def test_rules_read_from_one_parse_tree_are_read_from_fresh_ones(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """_longest, _first_chars and _needed_texts read one cached parse tree per pattern
    (_parsed): what they give, in either order, is what they give on a fresh tree each."""
    def read(pattern: str) -> tuple[object, ...]:
        first = cleaning._first_chars(pattern)
        return (cleaning._longest(pattern), first and first.pattern,
                cleaning._needed_texts(pattern))

    patterns = [p for p in cleaning.cleaning_rules()["pattern"] if p]
    patterns += ["(?i)x?[a-c]", "(?=.{0,300}?\\b[Cc]ookies?\\b).*", "Lees ook.*", ".{0,9}x"]
    cleaning._parsed.cache_clear()
    cached = [read(pattern) for pattern in patterns]
    again = [read(pattern) for pattern in reversed(patterns)][::-1]  # trees already read
    monkeypatch.setattr(cleaning, "_parsed", lambda pattern: cleaning._parser().parse(pattern))
    assert cached == again == [read(pattern) for pattern in patterns]
    assert len(patterns) > 100

def test_garbled_letters_are_looked_for_only_where_they_can_start() -> None:
    """decode_bytes looks for garbled letters ("Ã¸") only in a text that holds a character
    that starts one (_MOJIBAKE_STARTS): every alternative of the pattern starts with one of
    them, and the pattern finds them in the texts and in garbled copies of them."""
    from framelab import reading

    parser = cleaning._parser()
    starts = set()
    for branch in parser.parse(reading._MOJIBAKE.pattern)[0][1][1]:
        op, value = branch[0]
        assert op is parser.LITERAL
        starts.add(chr(value))
    assert starts == set(reading._MOJIBAKE_STARTS)
    texts = [text for text, _ in _texts()]
    texts += [text.encode("utf-8").decode("cp1252", errors="replace") for text in texts[:20]]
    garbled = 0
    for text in texts:
        found = reading._MOJIBAKE.findall(text)
        garbled += bool(found)
        if not any(mark in text for mark in reading._MOJIBAKE_STARTS):
            assert found == []
    assert garbled >= 10


def test_the_kits_imports_leave_the_garbage_collector_as_they_found_it() -> None:
    """framelab's lazy names are imported with the garbage collector paused (fewer passes over
    the new modules' objects); afterwards it runs as before, or stays off if it was off."""
    import gc

    import framelab

    assert framelab._import("languages").__name__ == "framelab.languages"
    assert gc.isenabled()
    gc.disable()
    try:
        framelab._import("errors")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ModuleNotFoundError):
        framelab._import("no_such_module")
    assert gc.isenabled()


def test_lowercased_text_stays_as_it_is_when_lowercased_again() -> None:
    """frequencies() tests a lowercased token against the stopwords without lowering it again
    (frequencies._SKIP_LOWER): every character's lowercase form is lowercase already (Python's
    only context rule, the final sigma, maps the capital Σ alone); and the counts are those of
    the plain path."""
    import importlib
    import sys

    import pandas as pd

    module = importlib.import_module("framelab.frequencies")  # framelab.frequencies: the function
    for char in map(chr, range(sys.maxunicode + 1)):
        lowered = char.lower()
        assert lowered.lower() == lowered, hex(ord(char))
    greek = "ΟΔΟΣ ΟΔΟΣ.".lower()  # a final sigma at the end of each word
    assert greek.lower() == greek and greek.count("ς") == 2
    corpus = framelab.load_corpus(quiet=True)
    pages = framelab.load_corpus(REAL_PAGES, quiet=True)
    calls = [{"stopwords": True}, {"by": "id", "stopwords": True, "numbers": "mask"},
             {"by": "language", "stopwords": ["rusland", "de", "og", "oekraïne"]},
             {"stopwords": True, "punctuation": True, "quotes": True, "top": 50}]
    for table in (corpus, pages):
        fast = [module.frequencies(table, **options) for options in calls]
        module._SKIP_LOWER = False
        try:
            plain = [module.frequencies(table, **options) for options in calls]
        finally:
            module._SKIP_LOWER = True
        for a, b in zip(fast, plain, strict=True):
            pd.testing.assert_frame_equal(a, b)
            assert a.attrs == b.attrs


# --- The quotation finder's patterns and shortcuts (issue 14: the quotes step) -----------------


def _pieces() -> list[str]:
    """Paragraphs of :func:`_texts` and a few pieces that try the patterns' edges."""
    found = [p for text, _ in _texts() for p in text.split("\n") if p.strip()]
    return found + ["A. P. Jansen zei. Ja. Nee!  Zo? J. van den Bos.", ".", ". x", "x. ",
                    "Hij kwam. - Vi er klar, siger han", "a! \u00a0b? c.\tD", "op X. Dat"]


def test_sentence_end_pattern_finds_what_the_plain_pattern_finds() -> None:
    """marks._SENTENCE_END (the stop first, a fast scan) and the plain pattern (the look-ahead
    first) find the same sentence ends, from any position."""
    for piece in _pieces():
        for pos in range(0, len(piece), 5):
            assert [m.span() for m in marks._SENTENCE_END.finditer(piece, pos)] == \
                [m.span() for m in marks._PLAIN_SENTENCE_END.finditer(piece, pos)], piece
            found, plain = marks._SENTENCE_END.search(piece, pos), \
                marks._PLAIN_SENTENCE_END.search(piece, pos)
            assert (found and found.span()) == (plain and plain.span())


def test_sentence_splitter_splits_as_the_pattern_does() -> None:
    """finder._SPLIT tries its pattern only after a stop before whitespace: the same splits and
    matches as the pattern itself (finder._SPLIT_RE), with and without maxsplit, pos and
    endpos."""
    assert finder._SPLIT_NEEDS is not None
    for piece in _pieces():
        for maxsplit in (0, 1, 2):
            assert finder._SPLIT.split(piece, maxsplit=maxsplit) == \
                finder._SPLIT_RE.split(piece, maxsplit=maxsplit), piece
        for pos in range(0, len(piece) + 1, 3):
            for endpos in (None, pos + 10, len(piece) - 1):
                plain = finder._SPLIT_RE.finditer(piece, pos) if endpos is None else \
                    finder._SPLIT_RE.finditer(piece, pos, endpos)
                assert [m.span() for m in finder._SPLIT.finditer(piece, pos, endpos)] == \
                    [m.span() for m in plain], (piece, pos, endpos)


def test_inner_dash_pattern_splits_as_the_look_behind_first_does() -> None:
    plain = re.compile(r"(?<=[.!?:]) (?=[-–—] [A-ZÆØÅ])")
    for piece in _pieces():
        assert finder._INNER_DASH.split(piece) == plain.split(piece), piece
        assert (finder._INNER_DASH.search(piece) is None) == (plain.search(piece) is None)


@pytest.mark.parametrize("language", ["nl", "da"])
def test_split_verb_scan_finds_what_the_look_behind_first_finds(language: str) -> None:
    """rules.split_first_re (tables._word_start: the look-behind after each first letter)
    finds what "(?<!\\w)(?:…)\\s" finds, at the same places."""
    from framelab.patterns import alternation

    rules = framelab.sourcing._rules(language)
    firsts = sorted({case for form in rules.verbs if " … " in form
                     for first in [form.split(" … ")[0]]
                     for case in (first, first[:1].upper() + first[1:])})
    plain = re.compile(r"(?<!\w)(?:" + alternation(firsts) + r")\s")
    texts = _pieces() + [" ".join(firsts), "x".join(firsts), "\n".join(firsts) + " "]
    for piece in texts:
        assert [m.span() for m in rules.split_first_re.finditer(piece)] == \
            [m.span() for m in plain.finditer(piece)], piece


def test_introduce_tries_its_patterns_wherever_they_could_match() -> None:
    """Speakers.introduce runs _NAMED and _POSSESSIVE_APPOSITION only on sentences that start as
    those need; every sentence either matches (with the right possessive) starts so."""
    from framelab.sourcing import speakers

    for piece in _pieces() + ["Han hedder Jens Hansen.", "Hendes navn er Anna.",
                              "Zijn vrouw, Anna de Wit, kwam.", "HANS kone, Karen Holm, kom."]:
        for sentence in finder._sentences(piece) + [piece]:
            if speakers._NAMED.match(sentence):
                assert sentence.startswith(speakers._NAMED_STARTS), sentence
            owned = speakers._POSSESSIVE_APPOSITION.match(sentence)
            for possessives in speakers._POSSESSIVES.values():
                if owned and owned.group(1).lower() in possessives:
                    assert sentence[:8].lower().startswith(possessives), sentence


def test_demonstrative_colon_pattern_needs_a_text_that_ends_with_a_colon() -> None:
    """_demonstrative searches "Die zei:" only in a lead that ends with a colon: the pattern
    matches no other text."""
    texts = _pieces() + ["Die zei:", "zei die:  ", "zei die:\n", "a, b c :\t\n"]
    for piece in texts:
        for end in range(len(piece) + 1):
            if finder._BEFORE_COLON.search(piece[:end]):
                assert piece[:end].rstrip().endswith(":"), piece[:end]


def _plain_normal(people: framelab.sourcing.people.People, name: str) -> str:
    """People.normal as it was written before its shortcut: every known name tried."""
    from framelab.sourcing.people import _contains, _in_order, _short_for_double

    if name in people.rules.canonical:
        return people.rules.canonical[name]
    words = name.split()
    for known in reversed(people.people):
        if known != name and _contains(known.split(), words):
            return known
    if len(words) > 1:
        for known in reversed(people.people):
            parts = known.split()
            if len(parts) > len(words) and parts[0] == words[0] and parts[-1] == words[-1] \
                    and _in_order(words, parts):
                return known
    for known in reversed(people.people):
        if _short_for_double(known.split(), words):
            return known
    return name


def test_normal_names_and_actor_starts_are_the_plain_paths(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """People.normal tries only the known names that hold the name's last word: on every call
    while the quotations of the texts are found (and on a few names of its own), the same as
    trying them all; and the actor pattern matches only where _parse tries it (a first
    character of the actor table's names)."""
    from framelab.sourcing import people, speakers

    fast = people.People.normal
    calls = 0

    def both(self: people.People, name: str) -> str:
        nonlocal calls
        calls += 1
        found = fast(self, name)
        assert found == _plain_normal(self, name), name
        for other in ("", " ", "Ellemann", "Jakob Ellemann", "Gade", "Mogens Gade", "de Vries"):
            assert fast(self, other) == _plain_normal(self, other), other
        return found

    monkeypatch.setattr(people.People, "normal", both)
    for text, language in _texts():
        rules = framelab.sourcing._rules(language)
        finder._quote_rows(text, language, "a", rules)
        firsts = speakers._actor_firsts(rules.canonical)
        for match in rules.actor_re.finditer(text):
            assert text[match.start():match.start() + 1] in firsts
    assert calls > 100


def _plain_roles_before(speakers: framelab.sourcing.Speakers, sentence: str) -> list[int]:
    """Where Speakers.introduce found a person's role before a capital, as it was written
    before its shortcut: each word cut and looked up on every call."""
    from framelab.sourcing.speakers import _CAPITAL_INSIDE

    found = []
    for match in _CAPITAL_INSIDE.finditer(sentence):
        end = match.start()
        start = sentence.rfind(" ", 0, end) + 1
        word = sentence[start:end].rstrip(",")
        if ":" in word:
            start += word.rindex(":") + 1
            word = sentence[start:end].rstrip(",")
        if not word[:1].isalpha():
            continue
        role = speakers._find_role(word)
        if role is not None and role[1] == "person":
            found.append(start)
    return found


@pytest.mark.parametrize("language", ["nl", "da"])
def test_roles_before_capitals_are_the_plain_paths(language: str) -> None:
    """introduce looks up the text before each capital once for every article (the rules'
    role_before_cache): on every sentence of the texts, and on edge cases of its own (a
    dateline's colon, commas, brackets, no space before), the same role words at the same
    places as cutting each word and finding its role anew."""
    from framelab.sourcing.speakers import _CAPITAL_INSIDE

    rules = framelab.sourcing._rules(language)
    speakers = framelab.sourcing.Speakers(rules, "")
    edges = ["NORDJYLLAND:Vagtchef Karsten Højrup", "minister, Jan Smit", "minister,, Jan",
             "(minister Jan)", "x:y:formand Jens", ":minister Jan", "minister:, Jan",
             "  minister  Jan Smit", "udenrigsministeren Lars Løkke", "Het is ook NAVO-chef Mark"]
    sentences = edges + [sentence for text, lang in _texts() if lang == language
                         for paragraph in text.split("\n")
                         for sentence in finder._sentences(paragraph.strip())]
    roles = 0
    for found in ({}, rules.role_before_cache):  # each text new, then as the articles left it
        for sentence in sentences:
            fast = []
            for match in _CAPITAL_INSIDE.finditer(sentence):
                start = sentence.rfind(" ", 0, match.start()) + 1
                chunk = sentence[start:match.start()]
                at = found.get(chunk, -1)
                if at == -1:
                    at = found[chunk] = speakers._role_before(chunk)
                if at is not None:
                    fast.append(start + at)
            plain = _plain_roles_before(speakers, sentence)
            assert fast == plain, sentence
            roles += len(plain)
    assert roles > 20


def test_tokens_after_spaces_and_remembered_are_the_plain_tokens(monkeypatch: pytest.MonkeyPatch
                                                                  ) -> None:
    """subject_after cuts a text's tokens from a place with _TOKEN_AFTER_SPACES (the spaces
    skipped in one step) and remembers them for the article: on every call while the
    quotations of the texts are found (and on texts of its own: runs of spaces, tabs, an
    underscore no token takes, a text that ends in spaces), the same tokens at the same places
    as _TOKEN from there."""
    from framelab.sourcing import speakers

    def plain(text: str, position: int) -> list[tuple[str, int, int]]:
        return [(m.group(), m.start(), m.end())
                for m in islice(speakers._TOKEN.finditer(text, position), 14)]

    def fast(text: str, position: int) -> list[tuple[str, int, int]]:
        return [(m[1], m.start(1), m.end(1))
                for m in islice(speakers._TOKEN_AFTER_SPACES.finditer(text, position), 14)]

    own = ["  zei  \t hij _ _x  (V)  A.B. Jansen ,  ", "\n\n", "", "_ \u00a0 Rutte", "a  _  b"]
    for text in own:
        for position in range(len(text) + 1):
            assert fast(text, position) == plain(text, position), (text, position)
    subject_after = speakers.Speakers.subject_after
    calls = 0

    def both(self: speakers.Speakers, text: str, position: int, *, initial: bool = False):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        assert fast(text, position) == plain(text, position), (text, position)
        found = subject_after(self, text, position, initial=initial)
        assert self._tokens_after[text, position] == plain(text, position), (text, position)
        return found

    monkeypatch.setattr(speakers.Speakers, "subject_after", both)
    for text, language in _texts():
        finder._quote_rows(text, language, "a", framelab.sourcing._rules(language))
    assert calls > 100


def test_stop_before_a_capital_is_the_plain_search() -> None:
    """finder._stop_before tries its pattern only where the word before a full stop starts: the
    same match as searching the whole paragraph up to there (_STOP_BEFORE_CAPITAL), at every
    stop of the texts, every few characters, and on edge cases of its own (a newline last, an
    end past the text, digits, other numerals and an underscore before the word, a dot)."""
    long = "x" * 60
    own = [f"zei {long}. Dat", f"{long}.", f"a_{long}. B", f"9{long}. B", "in Skt.\nLukas",
           "Skt.\n", ".", "a.", " Skt. ", "zei hij i Skt. Lukas Sogn.", "U.S. Dat", "3a. B",
           "²ab. B", "(Skt. Lukas", "-Skt. B", "'Skt. B", "x_y. B", "Årh. B", "١٢ab. B"]
    checked = 0
    for piece in _pieces() + own:
        for end in range(len(piece) + 3):
            if not (piece[end - 1:end] in (".", "\n") or end % 11 == 0 or end > len(piece)):
                continue
            plain = finder._STOP_BEFORE_CAPITAL.search(piece, 0, end)
            found = finder._stop_before(piece, end)
            assert (found and (found.span(), found.group(1))) == \
                (plain and (plain.span(), plain.group(1))), (piece, end)
            checked += plain is not None
    assert checked > 100


@pytest.mark.parametrize("language", ["nl", "da"])
def test_verb_pattern_with_a_word_boundary_is_the_look_behind_pattern(language: str) -> None:
    """rules.verb_re opens with \\b (tables._word_boundary: every verb form starts with a word
    character): the same verbs at the same places as the pattern that opens with (?<!\\w), on
    every paragraph of the texts (from several positions) and on edge cases of its own."""
    from framelab.sourcing import tables

    rules = framelab.sourcing._rules(language)
    assert rules.verb_re.pattern.startswith("\\b")
    plain = re.compile("(?<!\\w)" + rules.verb_re.pattern[len("\\b"):])
    forms = sorted(rules.verbs)[:40]
    own = [" ".join(forms), "_".join(forms), "-".join(forms), "x".join(forms),
           "\u00a0".join(forms) + "\u00a0", "1" + "2".join(forms)]
    for piece in _pieces() + own:
        for pos in (0, 1, 7):
            for endpos in (len(piece), len(piece) - 3):
                assert [(m.span(), m.group(1)) for m in rules.verb_re.finditer(piece, pos, endpos)] \
                    == [(m.span(), m.group(1)) for m in plain.finditer(piece, pos, endpos)], piece
        for pos in range(0, len(piece), 9):
            found, expected = rules.verb_re.match(piece, pos), plain.match(piece, pos)
            assert (found and found.span()) == (expected and expected.span()), (piece, pos)
    assert tables._word_boundary(["-siger", "zei"]) == "(?<!\\w)"
    assert tables._word_boundary([]) == "(?<!\\w)"


def test_capitals_after_a_space_are_the_capitals_inside() -> None:
    """Speakers.introduce finds the capitals after whitespace with _CAPITAL_AFTER_SPACE (the
    capital first, then a look-behind for the space): one match for each of _CAPITAL_INSIDE's
    (whitespace, then the capital), one character later, on every paragraph and sentence of
    the texts and on edge cases (tabs, newlines, no-break spaces, runs of capitals and spaces,
    a capital first)."""
    from framelab.sourcing import speakers

    own = ["A B  C\tD\nE\u00a0F", " Å", "\nÆ", "AB CD", "x\n\nY", "  ", "Ø", "a Ɏ b ɏ"]
    checked = 0
    for piece in _pieces() + own:
        for sentence in finder._sentences(piece.strip()) + [piece]:
            inside = [m.start() + 1 for m in speakers._CAPITAL_INSIDE.finditer(sentence)]
            assert [m.start() for m in speakers._CAPITAL_AFTER_SPACE.finditer(sentence)] \
                == inside, sentence
            checked += len(inside)
    assert checked > 100


def test_name_runs_with_the_capital_first_are_the_plain_name_runs() -> None:
    """people._NAME_RUN reads the capital first and then looks behind it: the same names at
    the same places as the pattern that looks behind first, found anywhere (finditer, also
    between pos and endpos) and matched at a place, on every paragraph of the texts and on
    edge cases (a name after a hyphen, a dot, an apostrophe, a letter, at the start)."""
    from framelab.sourcing import people

    plain = re.compile(rf"(?<![\w'’.-]){people._UP}" + people._NAME_RUN_REST)
    own = ["Jan Smit", "x-Jan Smit", ".Jan Smit", "’Jan Smit", "aJan Smit", "Jan\nSmit",
           "Jan van der Smit-Bos zei", "1Jan Smit", " Ø Åse", "Ursula von der Leyen."]
    found = 0
    for piece in _pieces() + own:
        spans = [m.span() for m in plain.finditer(piece)]
        assert [m.span() for m in people._NAME_RUN.finditer(piece)] == spans, piece
        found += len(spans)
        for pos in range(0, len(piece), 7):
            assert [m.span() for m in people._NAME_RUN.finditer(piece, pos, pos + 60)] == \
                [m.span() for m in plain.finditer(piece, pos, pos + 60)], (piece, pos)
            one, other = people._NAME_RUN.match(piece, pos), plain.match(piece, pos)
            assert (one and one.span()) == (other and other.span()), (piece, pos)
    assert found > 100
