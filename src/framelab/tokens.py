"""Tokenising news text (Dutch, Danish, English, German ...): every choice an option you can see.

A token is one unit you count: a word, a number, and if you ask for them, a punctuation
mark or a quotation mark. :func:`tokenize` cuts a text into tokens with NLTK's
:class:`~nltk.tokenize.RegexpTokenizer` and one regular expression per language and set of
options (:func:`tokenizer` gives you that tokenizer, so you can look at its pattern). The
choices, each shown on the course's articles:

- ``lowercase=False``: keep capitals ("NAVO", "Rusland"). ``True`` counts "De" and "de" as
  one word.
- ``punctuation=False``: drop punctuation. ``True`` keeps each mark as a token (",", ".",
  ":", "…", "-").
- ``numbers="keep"``: a number is one token, with its separators, currency sign and percent
  sign: "100.000", "90.000", "$64,1", "$725", "2022", "20" (of "20 procent"). ``"drop"``
  leaves numbers out; ``"mask"`` writes each as ``"<num>"``, so that all numbers count as one
  word. A word with digits ("F-16", "20-jarige", "1e") is a word, not a number.
- ``hyphens="keep"``: a hyphenated compound is one token ("NAVO-troepen", "Oekraïne-crisis",
  "de-escaleren", "co-auteur", "Oost-Europa"). ``"split"`` makes it two ("NAVO", "troepen").
- ``apostrophes="keep"``: an apostrophe between letters belongs to the word ("USA's",
  "zo'n"), and in Dutch "'s", "'t", "'n", "'k" and "'m" are words of their own ("'s avonds").
  ``"split"`` cuts before the apostrophe: "USA", "'s".
- ``quotes=False``: drop quotation marks. ``True`` keeps each as a token: „ “ ” ‘ ’ ' " » «
  ‹ › ‚ (German „…“, ‚…‘ and »…«, English “…” and "…" included) and, in Danish, the dash that opens direct speech at the start of a paragraph
  ("- Jeg tror ..."). A quotation mark is never glued to a word: in "Kremlin 'zal westerse
  sancties vergelden'" the ' are quotation marks, not apostrophes, because no letter stands on
  both sides of them. ``punctuation`` and ``quotes`` are independent: ``punctuation=True``
  alone keeps commas and full stops but not quotation marks.

Abbreviations (:func:`framelab.abbreviations`) stay one token with their dot ("o.a.", "dhr.",
"bl.a."), and a full stop glued between two sentences ("binnengevallen.Daarnaast") is not part
of either word.

>>> text = "Volgens Truss zijn „100.000 militairen” aan de grens niet nodig; ze moeten de-escaleren."
>>> tokenize(text, "nl")
['Volgens', 'Truss', 'zijn', '100.000', 'militairen', 'aan', 'de', 'grens', 'niet', 'nodig', 'ze', 'moeten', 'de-escaleren']
>>> tokenize(text, "nl", lowercase=True, numbers="mask", hyphens="split", quotes=True)[:7]
['volgens', 'truss', 'zijn', '„', '<num>', 'militairen', '”']
>>> tokenize("- Det er beskeden fra USA's udenrigsminister.", "da", punctuation=True, quotes=True)
['-', 'Det', 'er', 'beskeden', 'fra', "USA's", 'udenrigsminister', '.']

The same rules work for the other languages of :data:`framelab.sentences.LANGUAGES`. German
nouns keep their capital; an English contraction or possessive is one word ("don't",
"Russia's"), two with ``apostrophes="split"``:

>>> tokenize("„Wir wollen keinen Krieg“, sagte Bundeskanzler Scholz z.B. in Kiew.", "de", quotes=True)
['„', 'Wir', 'wollen', 'keinen', 'Krieg', '“', 'sagte', 'Bundeskanzler', 'Scholz', 'z.B.', 'in', 'Kiew']
>>> tokenize("They don't accept Russia's “red lines”, Mr. Blinken said.", "en", quotes=True)
['They', "don't", 'accept', "Russia's", '“', 'red', 'lines', '”', 'Mr.', 'Blinken', 'said']

**How NLTK's own functions relate.** ``nltk.word_tokenize(text)`` first splits the text into
sentences with ``sent_tokenize``, and both need the Punkt model ``punkt_tab``, a download.
With ``preserve_line=True`` it skips that step and needs nothing, but it knows no Dutch or
Danish: it splits "USA's" as English ("USA", "'s") and only the last full stop of the text
comes off its word (split the sentences first with :func:`framelab.split_sentences`):

>>> import nltk
>>> nltk.word_tokenize("De VS gaf $64,1 miljard. Dat is veel.", preserve_line=True)
['De', 'VS', 'gaf', '$', '64,1', 'miljard.', 'Dat', 'is', 'veel', '.']
>>> nltk.sent_tokenize("Dat is veel.", language="dutch")  # doctest: +SKIP
Traceback (most recent call last):
LookupError: Resource punkt_tab not found. ...
"""

from __future__ import annotations

import difflib
import re
from functools import cache
from itertools import chain
from typing import Any

import pandas as pd
from nltk.tokenize import RegexpTokenizer

from .errors import ArgumentError, check_choice, check_table, check_type
from .languages import suggested_code
from .sentences import (
    _GLUED,
    LANGUAGES,
    _abbreviation_set,
    check_language,
    split_sentences,
    supported_languages_text,
)

__all__ = ["NUMBER_MASK", "QUOTES", "TOKEN_OPTIONS", "tokenize", "tokenize_corpus", "tokenizer"]

#: What ``numbers="mask"`` writes instead of a number.
NUMBER_MASK = "<num>"
#: The quotation marks of news text (typographic, low-9, guillemets, straight).
QUOTES = "„“”‘’‚'\"»«‹›"
#: The options of :func:`tokenize` and their defaults (frequencies() lowercases by default).
TOKEN_OPTIONS = {"lowercase": False, "punctuation": False, "numbers": "keep", "hyphens": "keep",
                 "apostrophes": "keep", "quotes": False}

_LETTER = r"[^\W\d_]"  # a letter of any alphabet (\w without digits and "_")
_ALNUM = r"[^\W_]"  # a letter or a digit
_NUMBER_START = frozenset("0123456789$€£")
_NUMBER = re.compile(r"[$€£]?\d+(?:[.,]\d+)*%?(?:-\d+)*\.?")
# A web address is one token: www.nos.nl, https://www.dr.dk/nyheder/...
_URL = (r"(?i:https?://|www\.)[^\s<>\"“”‘’'«»]*[^\s<>\"“”‘’'«».,;:!?)]")
# Languages that write an ordinal as a number with a full stop: "den 3. maj", "am 24. Februar".
_ORDINAL_LANGUAGES = frozenset({"da", "de", "nb", "fi"})
# The ordinal's rule looks past the space: "3." is one token before a lowercase word.
_ORDINAL = r"\d{1,3}\.(?=\s+[a-zæøåäöü])"
# The chunks of a text with ordinals: "3. maj" stays one chunk (see _KitTokenizer).
_ORDINAL_CHUNK = re.compile(r"\S+(?:(?<=\d\.)\s+(?=[a-zæøåäöü])\S+)*")
_ORDINAL_SPACE = re.compile(r"\d\.\s")
_CLITICS = "stnkm"  # Dutch 's (des), 't (het), 'n (een), 'k (ik), 'm (hem)
_SPEECH_DASH = r"(?:^|(?<=[.!?] ))[-–—](?= )"  # Danish: "- Jeg tror ..., siger Blinken."


# How many different chunks (runs of text between spaces) a tokenizer remembers; about 30 MB.
_CACHED_CHUNKS = 100_000


class _KitTokenizer(RegexpTokenizer):
    """NLTK's RegexpTokenizer, with the kit's own pattern compiled by Python's ``re``.

    NLTK 3.10 compiles a caller's pattern with the ``regex`` engine under a time limit, a guard
    against patterns that backtrack without end. The kit's patterns are fixed and backtrack
    little (every repeat is followed by a different character class), so it compiles them with
    ``re``, which is several times faster; the tokens are the same.

    Why chunks: no token holds a space, and (with ``by_chunk``) no rule looks across one, so the
    tokens of a text are the tokens of its chunks (``text.split()``) one after the other. News
    text repeats its chunks ("de", "van", "NAVO,"), so each different chunk is cut once and
    remembered; the tokens of a text are then looked up, in C, faster than the pattern itself
    runs. Two rules look across a space: the ordinal ("den 3. maj": a chunk "3." before a
    lowercase word is kept together with that word, see :data:`_ORDINAL_CHUNK`) and the Danish
    speech dash ("… hørt. - Men"), which turns ``by_chunk`` off (:func:`_looks_across_spaces`
    finds any other). ``tests/test_tokens.py`` compares both ways on every option.
    """

    def __init__(self, pattern: str, *, by_chunk: bool = True) -> None:
        super().__init__(pattern)
        self._compiled = re.compile(pattern, re.MULTILINE)
        self._by_chunk = by_chunk
        self._ordinals = _ORDINAL in pattern
        self._chunks: dict[str, tuple[str, ...]] = {}
        # chunk -> its only token, or "" for a chunk without tokens ("-"); a chunk of two
        # tokens or more is not in it (see _from_chunks)
        self._single: dict[str, str] = {}
        # the same two for the tokens of each chunk lowercased (see lowered)
        self._lowered: dict[str, tuple[str, ...]] = {}
        self._lowered_single: dict[str, str] = {}
        # the last text split into chunks, and its chunks (one tuple: read as one, threads too)
        self._last_split: tuple[str, list[str]] = ("", [])

    def tokenize(self, text: str) -> list[str]:
        if self._by_chunk:
            if self._ordinals and _ORDINAL_SPACE.search(text):
                chunks = _ORDINAL_CHUNK.findall(text)
            else:
                chunks = text.split()
                self._last_split = (text, chunks)  # for lowered(text) next
            found = self._from_chunks(chunks, self._chunks, self._single, self._cut_chunk)
            if found is not None:
                return found
        return self._compiled.findall(text)

    def _cut_chunk(self, chunk: str) -> tuple[str, ...]:
        found = self._compiled.findall(chunk)
        # A chunk that is one token keeps one string, not two equal ones.
        return (chunk,) if found == [chunk] else tuple(found)

    @staticmethod
    def _from_chunks(chunks: list[str], known: dict[str, tuple[str, ...]],
                     single: dict[str, str], cut: Any) -> list[str] | None:
        """The tokens of ``chunks`` one after the other, from the tokens ``known`` per chunk
        (``cut`` cuts the chunks not seen before); None where the memory is full.

        Why ``single``: nearly every chunk is one token ("de", "NAVO,"), or none ("-"); where
        every chunk of a text is, its tokens are a plain map over the chunks (the empty ones
        left out), which is twice as fast as joining tuples."""
        try:
            return list(filter(None, map(single.__getitem__, chunks)))
        except KeyError:  # a chunk of two tokens, or one not seen before
            pass
        try:
            return list(chain.from_iterable(map(known.__getitem__, chunks)))
        except KeyError:  # a chunk not seen before
            pass
        missing = set(chunks).difference(known)
        if len(known) + len(missing) > _CACHED_CHUNKS:
            return None
        for chunk in missing:
            found = known[chunk] = cut(chunk)
            if len(found) <= 1:
                single[chunk] = found[0] if found else ""
        return list(chain.from_iterable(map(known.__getitem__, chunks)))

    def lowered(self, text: str) -> list[str]:
        """``self.tokenize(text.lower())``, chunk by chunk from ``text``'s own chunks.

        Why: the pipeline needs a text's tokens as written and lowercased. Lowercasing maps
        each chunk of a text to the lowercased chunk (no character lowercases to a space or
        from one, and a capital sigma looks no further than its chunk: a space is not
        "case-ignorable"), so the lowercased tokens are those of each chunk lowercased,
        remembered per chunk as the tokens are: no copy of the text lowercased, no second
        split (where ``tokenize(text)`` came just before), and no token lowercased one by one.
        Where the chunks are not plain ``split()``
        (an ordinal, "3. maj", or no chunks at all), the lowered text is cut. ``tests/
        test_tokens.py`` compares with cutting the lowered text.
        """
        if self._by_chunk and not (self._ordinals and _ORDINAL_SPACE.search(text)):
            last, chunks = self._last_split  # tokenize(text) has just split it, as a rule
            found = self._from_chunks(chunks if last is text else text.split(),
                                      self._lowered, self._lowered_single,
                                      lambda chunk: tuple(self.tokenize(chunk.lower())))
            if found is not None:
                return found
        return self.tokenize(text.lower())

    def span_tokenize(self, text: str):  # type: ignore[override]
        for match in self._compiled.finditer(text):
            yield match.span()


def _abbreviation_lookbehind(language: str) -> str:
    """One fixed-width look-behind per length: "was the word just matched an abbreviation?"."""
    by_length: dict[int, list[str]] = {}
    for abbreviation in sorted(_abbreviation_set(language)):
        by_length.setdefault(len(abbreviation) + 1, []).append(re.escape(abbreviation + "."))
    return "|".join(rf"(?<=\b(?i:{'|'.join(words)}))"
                    for _, words in sorted(by_length.items(), reverse=True))


def _pattern(language: str, punctuation: bool, hyphens: str, apostrophes: str, quotes: bool
             ) -> str:
    inner = ("-" if hyphens == "keep" else "") + ("'’" if apostrophes == "keep" else "")
    compound = rf"(?:[{inner}]{_ALNUM}+)*" if inner else ""
    hyphen_tail = rf"(?:-{_ALNUM}+)*" if hyphens == "keep" else ""
    # A word, and if it ends with a full stop that makes it an abbreviation, the stop(s) too.
    # The look-ahead (?=\.) makes the abbreviation test cost nothing after other words.
    lookbehind = _abbreviation_lookbehind(language)  # "" for a language without abbreviations
    # Not in capitals: "DR." is the broadcaster at the end of a sentence, "dr." an abbreviation.
    abbreviation = (rf"(?:(?=\.)(?:\.{_LETTER}{{1,4}})*(?<![A-ZÆØÅ][A-ZÆØÅ])\.(?:{lookbehind})"
                    rf"(?!{_ALNUM}))?" if lookbehind else "")
    branches = [_URL]
    if language in _ORDINAL_LANGUAGES:  # "3." before a lowercase word is an ordinal
        branches.append(_ORDINAL)
    branches += [
        rf"{_LETTER}{_ALNUM}*{compound}{abbreviation}",
        rf"\d+(?:[.,]\d+)*(?:%|{_LETTER}+)?{hyphen_tail}",
        r"[$€£]\d+(?:[.,]\d+)*%?",
    ]
    if language == "nl":  # 's avonds, 't is, 'n paar, 's-Hertogenbosch
        branches.append(rf"['’][{_CLITICS}](?!{_ALNUM}){hyphen_tail}")
    if apostrophes == "split":  # the part after the apostrophe: USA | 's
        branches.append(rf"['’](?<={_ALNUM}['’]){_ALNUM}+")
    if quotes:
        if language == "da":
            branches.append(_SPEECH_DASH)
        branches.append(f"[{re.escape(QUOTES)}]")
    if punctuation:
        branches.append(rf"\.{{2,}}|[^\w\s{re.escape(QUOTES)}]")
    return "|".join(branches)


@cache
def _tokenizer(language: str, punctuation: bool, hyphens: str, apostrophes: str, quotes: bool
               ) -> _KitTokenizer:
    pattern = _pattern(language, punctuation, hyphens, apostrophes, quotes)
    # The speech dash needs the space after it, so it cannot be found chunk by chunk; with
    # punctuation=True a dash is a token anyway, speech or not.
    speech = quotes and language == "da" and not punctuation
    return _KitTokenizer(pattern, by_chunk=not speech and not _looks_across_spaces(pattern))


def _looks_across_spaces(pattern: str) -> bool:
    """Whether a rule of ``pattern`` may look at a space (``\\s`` or " "), other than the
    ordinal's and the speech dash's, which the tokenizer knows; a class that leaves spaces out
    (``[^\\s...]``) does not count. A new rule that does turns the chunks off, to be safe.

    >>> _looks_across_spaces(_pattern("da", False, "keep", "keep", False))
    False
    >>> _looks_across_spaces(r"\\w+(?=\\s+x)")
    True
    """
    rest = pattern.replace(_ORDINAL, "").replace(_SPEECH_DASH, "")
    rest = re.sub(r"\[\^(?:\\.|[^\]\\])*\]", "", rest)  # classes that leave out what they name
    return r"\s" in rest or " " in rest


# Where lowercasing can change a text's tokens, not just their case: the Dutch clitics after an
# apostrophe are matched case-sensitively ("'s avonds" but not "'S avonds"), and "Σ" lowercases by
# its context (ς at a word's end). See _lowered_tokens.
_CASE_SENSITIVE = ("'", "’", "Σ")
# ... and three rules that look at capitals: "DR." (capitals) is no abbreviation, a Danish
# ordinal "3." comes before a lowercase word.
_CASE_TRIGGER = re.compile(r"[A-ZÆØÅ]{2}\.|\d\.\s")


def _lowered_tokens(cut: _KitTokenizer, text: str, tokens: list[str]) -> list[str]:
    """``cut.tokenize(text.lower())``, given ``tokens = cut.tokenize(text)``, mostly without
    cutting again.

    Why: the pipeline needs both the tokens as written and lowercased, for every sentence; one
    cut instead of two saves time. It is the same when lowercasing maps each character to one
    character (the text keeps its length) of the same classes (``tests/test_tokens.py`` checks
    every character that lowercasing changes) and the text has none of :data:`_CASE_SENSITIVE`:
    then the pattern matches the same spans in both texts. Otherwise the lowered text is cut.
    """
    if cut._by_chunk:  # by chunk: faster still (see _KitTokenizer.lowered)
        return cut.lowered(text)
    lowered = text.lower()
    if len(lowered) != len(text) or any(char in text for char in _CASE_SENSITIVE) \
            or _CASE_TRIGGER.search(text):
        return cut.tokenize(lowered)
    return [token.lower() for token in tokens]


# Where a sentence can start inside a chunk (see _sentences_change_tokens): two sentences glued
# ("binnengevallen.Daarnaast"), or a cut after a quotation mark right before a Dutch clitic.
# (It starts with the stop, which the engine can look for fast: the text is searched in full.)
_CUT_IN_CHUNK = re.compile(rf"[.!?](?:{_GLUED.pattern}|['’][{_CLITICS}](?!{_ALNUM}))")
_DASH_AND_SPACE = re.compile(r"[-–—] ")
# A web address may hold a stop before a mark, where Punkt may cut; an ordinal's rule looks past
# the space after it ("3. maj"), where a sentence may end.
# (= "://|www\." ignoring case, as _URL starts; the first character first, for speed)
_URL_HINT = re.compile(r"[:wW](?:(?<=:)//|(?<=[wW])(?i:ww\.))")
_ORDINAL_AND_WORD = re.compile(r"\d\.\s+[a-zæøåäöü]")


def _sentences_change_tokens(text: str, language: str, *, lowercase: bool = False,
                             punctuation: bool = False, quotes: bool = False) -> bool:
    """Whether tokenising ``text`` sentence by sentence could give other tokens than at once.

    Why: counting words (``frequencies(n=1)``) needs the tokens, not the sentences, and
    splitting sentences costs more than tokenising. Sentences nearly always start after a
    space, and no token holds a space, so cutting there changes nothing. This says ``True``
    (split first, to be sure) wherever a cut may change something: a sentence that may start
    inside a chunk (:data:`_CUT_IN_CHUNK`), a Greek capital sigma (it lowercases by what
    follows it, perhaps across a cut) and, for the Danish speech dash, any dash before a space
    (it is a token only at the start of a sentence or after ". "), a web address, and in a
    language with ordinals ("den 3. maj") a number with a stop before a lowercase word.
    ``tests/test_frequencies.py`` compares both ways.

    >>> _sentences_change_tokens("Hij zei het. Daarna ging hij.", "nl")
    False
    >>> _sentences_change_tokens("daags nadat het leger was binnengevallen.Daarnaast", "nl")
    True
    """
    return (_CUT_IN_CHUNK.search(text) is not None
            or (lowercase and "Σ" in text)
            or _URL_HINT.search(text) is not None
            or (language in _ORDINAL_LANGUAGES  # (the rule sees the text as tokenised)
                and _ORDINAL_AND_WORD.search(text.lower() if lowercase else text) is not None)
            or (quotes and not punctuation and language == "da"
                and _DASH_AND_SPACE.search(text) is not None))


def _check_options(punctuation: Any, hyphens: Any, apostrophes: Any, quotes: Any) -> None:
    check_type("punctuation", punctuation, bool, "True or False")
    check_type("quotes", quotes, bool, "True or False")
    check_choice("hyphens", hyphens, ["keep", "split"])
    check_choice("apostrophes", apostrophes, ["keep", "split"])


def tokenizer(language: str, *, punctuation: bool = False, hyphens: str = "keep",
              apostrophes: str = "keep", quotes: bool = False) -> RegexpTokenizer:
    """Return the NLTK ``RegexpTokenizer`` that :func:`tokenize` uses for these options.

    Its ``tokenize`` method gives the tokens before ``lowercase`` and ``numbers`` are applied;
    ``repr()`` shows its regular expression.

    >>> nl = tokenizer("nl")
    >>> type(nl).__mro__[1].__name__
    'RegexpTokenizer'
    >>> nl.tokenize("Het gaat om NAVO-troepen uit Oost-Europa.")
    ['Het', 'gaat', 'om', 'NAVO-troepen', 'uit', 'Oost-Europa']
    """
    language = check_language(language)
    _check_options(punctuation, hyphens, apostrophes, quotes)
    return _tokenizer(language, punctuation, hyphens, apostrophes, quotes)


#: The tokenizers of the options tokenize() has checked, by (language, punctuation, hyphens,
#: apostrophes, quotes, numbers) as given: a kit function that tokenises sentence by sentence
#: calls tokenize() tens of thousands of times with the same options, and checking them each
#: time cost a third of it. Only plain values (str, bool) are looked up here; anything else is
#: checked as before. tests/test_tokens.py compares with the checked path.
_CHECKED: dict[tuple[Any, ...], _KitTokenizer] = {}


def tokenize(
    text: str,
    language: str,
    *,
    lowercase: bool = False,
    punctuation: bool = False,
    numbers: str = "keep",
    hyphens: str = "keep",
    apostrophes: str = "keep",
    quotes: bool = False,
) -> list[str]:
    """Cut ``text`` into tokens by the rules of ``language``; each choice is an option.

    Args:
        text: The text, e.g. one article's ``text`` from :func:`framelab.load_corpus`.
        language: A code of :data:`framelab.sentences.LANGUAGES` such as ``"nl"`` (Dutch),
            ``"da"`` (Danish), ``"en"`` (English) or ``"de"`` (German): which abbreviations to
            keep whole, whether "'s avonds" is Dutch, whether a paragraph-initial dash marks
            speech (Danish).
        lowercase: Write every token in lowercase ("De" and "de" become one word).
        punctuation: Keep punctuation marks as tokens.
        numbers: ``"keep"`` numbers, ``"drop"`` them, or ``"mask"`` each as ``"<num>"``.
        hyphens: ``"keep"`` hyphenated compounds whole or ``"split"`` them at the hyphen.
        apostrophes: ``"keep"`` "USA's" whole or ``"split"`` it into "USA" and "'s".
        quotes: Keep quotation marks (and the Danish speech dash) as tokens.

    Returns:
        The tokens, in the order of the text.

    >>> tokenize("Rusland heeft Qatar en “veel” andere landen bedankt", "nl", quotes=True)
    ['Rusland', 'heeft', 'Qatar', 'en', '“', 'veel', '”', 'andere', 'landen', 'bedankt']
    >>> tokenize("ongeveer 20 procent, $64,1 miljard", "nl", numbers="mask")
    ['ongeveer', '<num>', 'procent', '<num>', 'miljard']
    >>> tokenize("Det er beskeden fra USA's udenrigsminister", "da", apostrophes="split")
    ['Det', 'er', 'beskeden', 'fra', 'USA', "'s", 'udenrigsminister']
    """
    key = (language, punctuation, hyphens, apostrophes, quotes, numbers)
    plain_types = (type(text) is str and type(lowercase) is bool and type(language) is str
                   and type(punctuation) is bool and type(hyphens) is str
                   and type(apostrophes) is str and type(quotes) is bool and type(numbers) is str)
    cut = _CHECKED.get(key) if plain_types else None
    if cut is None:
        check_type("text", text, str, "a text (a str)")
        check_type("lowercase", lowercase, bool, "True or False")
        check_choice("numbers", numbers, ["keep", "drop", "mask"])
        cut = tokenizer(language, punctuation=punctuation, hyphens=hyphens,
                        apostrophes=apostrophes, quotes=quotes)
        if plain_types:
            _CHECKED[key] = cut
    tokens = cut.tokenize(text.lower() if lowercase else text)
    if numbers == "keep":
        return tokens
    # A number is a token that starts with a digit or currency sign and is all number (not "1e").
    start, number = _NUMBER_START, _NUMBER.fullmatch
    if numbers == "drop":
        return [token for token in tokens if not (token[0] in start and number(token))]
    return [NUMBER_MASK if token[0] in start and number(token) else token for token in tokens]


def check_token_options(options: dict[str, Any], *, function: str = "",
                        own: tuple[str, ...] = ()) -> dict[str, Any]:
    """Raise a clear error for an option :func:`tokenize` does not have (a typo, say).

    ``function`` and ``own`` name the kit's function that passes its other options on to the
    tokenizer and that function's own options, so that the message speaks of the function the
    student called and suggests the nearest option of either (``stopword=`` → ``stopwords=``).
    Without them, the caller's name and arguments are read from its frame.

    >>> def frequencies(corpus, *, stopwords=False, **token_options):
    ...     return check_token_options(token_options)
    >>> frequencies(None, stopword=True)
    Traceback (most recent call last):
    ...
    framelab.errors.ArgumentError: stopword= is not an option of frequencies(). Did you mean stopwords=? Its options: stopwords, and the tokenizer's (see help(framelab.tokenize)): lowercase, punctuation, numbers, hyphens, apostrophes, quotes.
    """
    unknown = [name for name in options if name not in TOKEN_OPTIONS]
    if not unknown:
        return options
    if not function:
        import sys

        caller = sys._getframe(1).f_code  # the kit's function that got the options
        function = caller.co_name
        count = caller.co_argcount + caller.co_kwonlyargcount
        own = tuple(name for name in caller.co_varnames[:count] if name != "corpus")
    if function == "tokenize":
        where, listed = "the tokenizer", ", ".join(TOKEN_OPTIONS)
    else:
        where = f"{function}()"
        listed = ((", ".join(own) + ", and the tokenizer's (see help(framelab.tokenize)): ")
                  if own else "the tokenizer's (see help(framelab.tokenize)): ") \
            + ", ".join(name for name in TOKEN_OPTIONS if name not in own)
    near = difflib.get_close_matches(unknown[0], [*own, *TOKEN_OPTIONS], n=1, cutoff=0.6)
    raise ArgumentError(f"{unknown[0]}= is not an option of {where}."
                        + (f" Did you mean {near[0]}=?" if near else "")
                        + f" Its options: {listed}.")


def check_corpus_table(corpus: Any, columns: tuple[str, ...]) -> pd.DataFrame:
    """Check that ``corpus`` is a table with ``columns`` and languages the kit can tokenise.

    >>> table = pd.DataFrame({"id": ["x1"], "language": ["xx"], "text": ["Hello."]})
    >>> check_corpus_table(table, ("id", "language", "text"))
    Traceback (most recent call last):
    ...
    framelab.errors.ArgumentError: Article x1 has language='xx'. The kit's tokenizer, stopwords,
    stems and lemmas work for these languages only: Dutch ('nl'), Danish ('da'), English ('en'),
    German ('de'), French ('fr'), Spanish ('es'), Italian ('it'), Portuguese ('pt'), Swedish
    ('sv'), Norwegian ('nb'), Finnish ('fi'). If the language is wrong, correct it in
    metadata.csv (a two-letter code such as 'en'); otherwise leave the article out:
    corpus[corpus["language"].isin(framelab.LANGUAGES)].
    """
    check_table(corpus, columns)
    if "language" not in corpus.columns or corpus["language"].isin(LANGUAGES).all():
        return corpus  # (the loop below, only to name the first article that is not)
    for row in corpus.itertuples(index=False):
        if getattr(row, "language", "nl") not in LANGUAGES:
            raise ArgumentError(
                f"Article {row.id} has language={row.language!r}. "
                f"{suggested_code(row.language)}The kit's tokenizer, "
                "stopwords, stems and lemmas work for these languages only: "
                f"{supported_languages_text()}. If the language is wrong, correct it in "
                "metadata.csv (a two-letter code such as 'en'); otherwise leave the article out: "
                'corpus[corpus["language"].isin(framelab.LANGUAGES)].')
    return corpus


def _article_tokens(text: str, language: str, **options: Any) -> list[str]:
    """The tokens of one article as :func:`tokenize_corpus` gives them (sentence by sentence,
    joined), tokenised at once where the sentences cannot change them
    (:func:`_sentences_change_tokens`): splitting sentences costs more than tokenising.

    >>> _article_tokens("Hij zei het. Daarna ging hij.", "nl", lowercase=True)
    ['hij', 'zei', 'het', 'daarna', 'ging', 'hij']
    """
    if not _sentences_change_tokens(text, language, lowercase=options.get("lowercase", False),
                                    punctuation=options.get("punctuation", False),
                                    quotes=options.get("quotes", False)):
        return tokenize(text, language, **options)
    return [token for sentence in split_sentences(text, language)
            for token in tokenize(sentence, language, **options)]


def tokenize_corpus(corpus: pd.DataFrame, *, column: str = "text", **options: Any
                    ) -> pd.DataFrame:
    """Tokenise every article of a corpus, sentence by sentence, into one long table.

    Args:
        corpus: The table from :func:`framelab.load_corpus` (columns id, language and text).
        column: Which text to tokenise: ``"text"`` (cleaned) or ``"raw_text"``.
        **options: The options of :func:`tokenize` (``lowercase=True``, ``numbers="drop"``...).

    Returns:
        One row per token: ``id``, ``language``, ``sentence`` (the sentence's number in its
        article, from 0, by :func:`framelab.split_sentences`), ``position`` (the token's number
        in its article, from 0) and ``token``.

    >>> from framelab import load_corpus
    >>> tokens = tokenize_corpus(load_corpus(quiet=True))
    >>> tokens.head(3)
        id language  sentence  position        token
    0  000       nl         0         0      Rusland
    1  000       nl         0         1  teleurgesteld
    2  000       nl         0         2           na
    >>> tokens.groupby("id").size().to_dict()
    {'000': 327, '001': 583, '002': 314, '003': 426, '004': 408}
    """
    check_choice("column", column, ["text", "raw_text"])
    check_token_options(options)
    check_corpus_table(corpus, ("id", "language", column))
    ids: list[str] = []
    languages: list[str] = []
    sentence_numbers: list[int] = []
    positions: list[int] = []
    tokens: list[str] = []
    for row in corpus.itertuples(index=False):
        text, language = getattr(row, column), row.language
        position = 0
        for number, sentence in enumerate(split_sentences(text, language)):
            found = tokenize(sentence, language, **options)
            ids += [row.id] * len(found)
            languages += [language] * len(found)
            sentence_numbers += [number] * len(found)
            positions += range(position, position + len(found))
            tokens += found
            position += len(found)
    return pd.DataFrame({"id": ids, "language": languages, "sentence": sentence_numbers,
                         "position": positions, "token": tokens})
