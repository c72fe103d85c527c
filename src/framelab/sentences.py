"""Splitting Dutch and Danish text into sentences with NLTK's Punkt, offline.

A full stop does not always end a sentence: "o.a.", "dhr." and "bl.a." are abbreviations,
"100.000" and "$64,1" are numbers, "1. november" is a Danish date. :func:`split_sentences`
uses NLTK's :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer` and gives it, instead of a
model downloaded as ``nltk_data``, three things the kit ships or knows:

- each language's **abbreviations** (:func:`abbreviations`), read from the package files
  ``data/abbreviations_nl.txt`` and ``data/abbreviations_da.txt`` (one a line, lowercase, without
  the final dot, as ``PunktParameters.abbrev_types`` expects). After one of them Punkt does not
  end the sentence, unless a capitalised function word follows ("enz. Het ...": see below);
- frequent **sentence starters**: the language's stopwords (``stop-words`` package) minus the
  particles of surnames ("De Vries", "Van Rompuy", "af", ...), so that "mr. De Vries" stays one
  sentence but "enz. Het" is a break;
- **line breaks**: a new line (a new paragraph, a headline, a sub-heading) always ends a
  sentence, and a sentence never runs over a line break.

Two more rules come from the course's corpus:

- Danish marks direct speech with a dash at the start of a paragraph
  ("- Jeg tror ..., siger Blinken."). The dash stays at the start of its sentence.
- When web copy loses its paragraph breaks, sentences get glued: "binnengevallen.Daarnaast"
  (article 004, raw text). A full stop, "?" or "!" right after two lowercase letters and right
  before a capital and a lowercase letter (perhaps with a quotation mark between) ends the
  sentence there, unless the word before the dot is an abbreviation.

Punkt also handles numbers: "100.000", "$64,1 miljard" and "in 2019. Het" come out right
without any rule of ours, and a number with a full stop before a lowercase word ("den 1.
november") does not end a sentence.

>>> split_sentences("Volgens dhr. Jansen kost het o.a. $64,1 miljard. Dat is veel.", "nl")
['Volgens dhr. Jansen kost het o.a. $64,1 miljard.', 'Dat is veel.']
>>> split_sentences("- Vi vil sikre os, at vi bliver hørt. Men det vigtigste er vores sikkerhed, siger Lavrov.", "da")
['- Vi vil sikre os, at vi bliver hørt.', 'Men det vigtigste er vores sikkerhed, siger Lavrov.']

NLTK's own ``nltk.sent_tokenize(text, language="dutch")`` does the same job with a model it
must first download (``punkt_tab``); the kit needs no download.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .errors import ArgumentError, _short, check_type

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "abbreviations", "split_sentences"]

#: The languages the kit tokenises, as the corpus's ``language`` column writes them.
LANGUAGES = ("nl", "da")
#: The language names NLTK's Snowball stemmer and the ``stop-words`` package use.
LANGUAGE_NAMES = {"nl": "dutch", "da": "danish"}

# Particles that start surnames ("mr. De Vries", "dhr. Van Rompuy", "hr. af Rosenborg"): a
# capitalised one after an abbreviation does not start a new sentence.
_NAME_PARTICLES = frozenset({"de", "den", "der", "van", "ten", "ter", "af", "von"})

_LOWER = "a-zß-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
# A sentence end glued to the next sentence: "binnengevallen.Daarnaast", "Oekraïne.'Uiteraard".
_GLUED = re.compile(rf"(?<=[{_LOWER}]{{2}}[.!?])(?=['‘’“”„\"»«]?[{_UPPER}][{_LOWER}])")
# A straight ' that is a quotation mark, not an apostrophe between two letters ("USA's").
_QUOTE_MARK = re.compile(r"(?<![^\W_])'|'(?![^\W_])")
_WORD_BEFORE = re.compile(r"[^\W\d_][\w.]*$")


def check_language(language: object) -> str:
    """Return ``language`` if the kit can tokenise it ('nl' or 'da'); otherwise explain.

    >>> check_language("da")
    'da'
    >>> check_language("en")
    Traceback (most recent call last):
    ...
    framelab.errors.ArgumentError: language='en' is not one of the choices: 'nl', 'da'. The kit's
    sentence splitter, tokenizer, stopwords, stems and lemmas have rules for Dutch (language='nl')
    and Danish (language='da') only; they cannot be used for a text in another language.
    """
    check_type("language", language, str, "a language code, 'nl' or 'da'")
    if language in LANGUAGES:
        return language
    raise ArgumentError(
        f"language={_short(language)} is not one of the choices: 'nl', 'da'. The kit's sentence "
        "splitter, tokenizer, stopwords, stems and lemmas have rules for Dutch (language='nl') "
        "and Danish (language='da') only; they cannot be used for a text in another language.")


@cache
def _abbreviation_set(language: str) -> frozenset[str]:
    """The abbreviations of the package file for ``language``, read once."""
    text = files("framelab").joinpath("data", f"abbreviations_{language}.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


def abbreviations(language: str) -> list[str]:
    """Return the abbreviations the kit knows for ``language``, sorted, without their final dot.

    They come from the package files ``data/abbreviations_nl.txt`` and
    ``data/abbreviations_da.txt``, whose header says where they come from and which words were
    left out on purpose. :func:`split_sentences` does not end a sentence after them, and
    :func:`framelab.tokenize` keeps them as one token with their dot.

    Args:
        language: ``"nl"`` (Dutch) or ``"da"`` (Danish).

    >>> "o.a" in abbreviations("nl"), "bl.a" in abbreviations("da")
    (True, True)
    >>> abbreviations("da")[:4]
    ['ang', 'bl.a', 'ca', 'cand']
    """
    return sorted(_abbreviation_set(check_language(language)))


@cache
def _punkt(language: str) -> PunktSentenceTokenizer:
    """Punkt with the language's abbreviations and sentence starters; no training, no download."""
    from .wordlists import stopwords  # here, not at the top: wordlists imports this module

    params = PunktParameters()
    params.abbrev_types = set(_abbreviation_set(language))
    params.sent_starters = set(stopwords(language)) - _NAME_PARTICLES
    return PunktSentenceTokenizer(params)


def _line_sentences(line: str, language: str) -> list[str]:
    """The sentences of one line: Punkt's cuts, plus cuts where web copy glued two sentences."""
    cuts = {start for start, _ in _punkt(language).span_tokenize(line)}
    cuts.update(m.start() for m in _GLUED.finditer(line)
                if _word_before(line, m.start()) not in _abbreviation_set(language))
    # A cut right after a stop and before a quotation mark: does the mark close or open?
    cuts = {_cut(line, cut) if 0 < cut < len(line) and line[cut - 1] in ".!?" else cut
            for cut in cuts}
    bounds = sorted(cuts | {0, len(line)})
    pieces = (line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False))
    return [piece for piece in pieces if piece]


def _cut(line: str, stop: int) -> int:
    """Where to cut after the full stop at ``stop - 1``: before or after a quotation mark.

    "akkoorden.'Het" closes a quotation, "Oekraïne.'Uiteraard" opens one. ’ and ” close, ‘ and
    „ open; a straight ' or " (and “ » «) closes when an odd number of them came before it on
    the line.
    """
    mark = line[stop]
    if mark.isalpha() or mark in "‘„":
        return stop
    if mark in "’”":
        return stop + 1
    before = _QUOTE_MARK.findall(line, 0, stop) if mark == "'" else line[:stop]
    return stop + 1 if before.count(mark) % 2 else stop


def _word_before(line: str, end: int) -> str:
    found = _WORD_BEFORE.search(line, max(0, end - 30), end - 1)
    return found.group().lower() if found else ""


def split_sentences(text: str, language: str) -> list[str]:
    """Split ``text`` into sentences, Punkt-style, with the language's abbreviations.

    Every line break ends a sentence (headlines and sub-headings are sentences of their own);
    empty lines are skipped. Each sentence is returned without the spaces around it.

    Args:
        text: A text, e.g. one article's ``text`` from :func:`framelab.load_corpus`.
        language: ``"nl"`` (Dutch) or ``"da"`` (Danish): which abbreviations to use.

    Returns:
        The sentences, in order.

    >>> split_sentences("Rusland teleurgesteld\\n\\nLavrov zegt het. Truss niet.", "nl")
    ['Rusland teleurgesteld', 'Lavrov zegt het.', 'Truss niet.']
    >>> split_sentences("Han sagde bl.a., at 90.000 soldater er for mange. Det er klart.", "da")
    ['Han sagde bl.a., at 90.000 soldater er for mange.', 'Det er klart.']
    >>> split_sentences("daags nadat het leger Oekraïne was binnengevallen.Daarnaast maakte hij", "nl")
    ['daags nadat het leger Oekraïne was binnengevallen.', 'Daarnaast maakte hij']
    """
    check_type("text", text, str, "a text (a str)")
    check_language(language)
    sentences: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        sentences += _line_sentences(line, language)
    return sentences
