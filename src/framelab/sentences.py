"""Splitting text into sentences with NLTK's Punkt, offline (Dutch, Danish, English, German ...).

A full stop does not always end a sentence: "o.a.", "dhr." and "bl.a." are abbreviations,
"100.000" and "$64,1" are numbers, "1. november" is a Danish date. :func:`split_sentences`
uses NLTK's :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer` and gives it, instead of a
model downloaded as ``nltk_data``, three things the kit ships or knows:

- each language's **abbreviations** (:func:`abbreviations`), read from the package files
  ``data/abbreviations_<language>.txt`` (nl, da, en and de; one a line, lowercase, without
  the final dot, as ``PunktParameters.abbrev_types`` expects). After one of them Punkt does not
  end the sentence, unless a capitalised function word follows ("enz. Het ...": see below); one
  that ends a list or an amount ("osv.", "enz.", "100 kr.", "5 mln.") ends it before any
  capitalised word ("osv. Derfor ..."). A language without such a file (fr, es, ...) is split
  with no abbreviations;
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
november") does not end a sentence. German writes ordinal dates with a capital ("am 24.
Februar"): Punkt is told that a number before a German month name is not a sentence end.

The kit knows the languages of :data:`LANGUAGE_NAMES`, the ones that NLTK's Snowball stemmer,
the ``stop-words`` package and ``simplemma`` all support:

>>> split_sentences("Mr. Smith met the U.S. State Department on Feb. 24. They don't agree.", "en")
['Mr. Smith met the U.S. State Department on Feb. 24.', "They don't agree."]
>>> split_sentences("Am 24. Februar sagte Dr. Müller u.a. dies. Die Lage ist ernst.", "de")
['Am 24. Februar sagte Dr. Müller u.a. dies.', 'Die Lage ist ernst.']

>>> split_sentences("Volgens dhr. Jansen kost het o.a. $64,1 miljard. Dat is veel.", "nl")
['Volgens dhr. Jansen kost het o.a. $64,1 miljard.', 'Dat is veel.']
>>> split_sentences("- Vi vil sikre os, at vi bliver hørt. Men det vigtigste er vores sikkerhed, siger Lavrov.", "da")
['- Vi vil sikre os, at vi bliver hørt.', 'Men det vigtigste er vores sikkerhed, siger Lavrov.']

NLTK's own ``nltk.sent_tokenize(text, language="dutch")`` does the same job with a model it
must first download (``punkt_tab``); the kit needs no download.
"""

from __future__ import annotations

import atexit
import hashlib
import re
from functools import cache
from importlib.resources import files
from typing import Any

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
    _re_non_punct,
)

from .cache import cache_path, read, write
from .cache import folder as cache_folder
from .errors import check_type
from .languages import (  # the table of languages, here as before (framelab.tokens imports it)
    LANGUAGE_NAMES,
    LANGUAGES,
    check_language,
    language_name,
    supported_languages_text,  # noqa: F401
)
from .text import _same_in_both_engines

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "abbreviations", "check_language", "language_name",
           "split_sentences"]

# Particles that start surnames ("mr. De Vries", "dhr. Van Rompuy", "hr. af Rosenborg"): a
# capitalised one after an abbreviation does not start a new sentence.
_NAME_PARTICLES = frozenset({"de", "den", "der", "van", "ten", "ter", "af", "von"})
# More particles per language ("Dr. zu Guttenberg", "M. Le Pen", "Sr. Del Río").
_MORE_PARTICLES = {
    "de": frozenset({"zu", "vom"}),
    "fr": frozenset({"le", "la", "du", "des"}),
    "es": frozenset({"del", "la", "los"}),
    "it": frozenset({"di", "da", "del", "della"}),
    "pt": frozenset({"da", "das", "do", "dos"}),
}
# The English list of ``stop-words`` is long (1,333 words) and holds content words that start
# names after "U.S." or a title ("the U.S. State Department", "the U.S. Open", "Dr. Long"):
# after an abbreviation they do not start a new sentence.
_NOT_STARTERS = {
    "en": frozenset({"state", "states", "new", "general", "world", "first", "high", "great",
                     "home", "open", "member", "members", "group", "information", "big",
                     "little", "old", "young", "long", "right"}),
}
# German writes ordinal dates with a capital: "am 24. Februar" is one sentence.
_ORDINAL_FOLLOWERS = {
    "de": ("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "dezember", "jahrhundert"),
}

# Danish writes ordinals as a number and a full stop ("den 3. Limfjordsforbindelse", "en 2.
# plads"): after an article or a possessive, "3." is an ordinal, never a sentence end, whatever
# word follows. (A sentence cannot end with "... en 3.": the article needs its noun.)
_ORDINAL_DETERMINERS = {
    "da": frozenset({"en", "et", "den", "det", "de", "denne", "dette", "disse", "hver", "sin",
                     "sit", "sine", "hans", "hendes", "dens", "dets", "deres", "vores", "jeres",
                     "min", "mit", "mine", "din", "dit", "dine"}),
}
_ORDINAL_END = re.compile(r"(?<![\w.])([^\W\d_]+)\s+\d{1,4}\.\s*$")

_LOWER = "a-zß-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
# A sentence end glued to the next sentence: "binnengevallen.Daarnaast", "Oekraïne.'Uiteraard",
# also after a year ("i 2022.Det").
_GLUED = re.compile(rf"(?:(?<=[{_LOWER}]{{2}}[.!?])|(?<=(?<![\d.,])\d{{4}}[.!?]))"
                    rf"(?=['‘’“”„\"»«]?[{_UPPER}][{_LOWER}])")
# A straight ' that is a quotation mark, not an apostrophe between two letters ("USA's").
_QUOTE_MARK = re.compile(r"(?<![^\W_])'|'(?![^\W_])")
_WORD_BEFORE = re.compile(r"[^\W\d_][\w.]*$")
# Initials at the end of a piece: "J.F.", "H.C." (one capital and a dot, twice or more) or a
# single "J." after a space.
_INITIALS_END = re.compile(rf"(?:(?<![\w.])(?:[{_UPPER}]\.){{2,4}}|(?<=\s)[{_UPPER}]\.)$")
# A question or exclamation mark at the end of a piece, perhaps with closing quotation marks.
_QUESTION_END = re.compile(r"[?!][\"”’'»«]*$")
# A full stop at the end of a piece, perhaps with closing quotation marks (not an ellipsis).
_STOP_END = re.compile(r"(?<!\.\.)\.[\"”’'»«]*$")
# Marks that may close a quotation, and marks that may open one (straight marks do both).
_CLOSING_MARKS = "\"'”’»«"
_OPENING_MARKS = "\"'“„‘«»"
_NO_CUT_BEFORE = re.compile(r"[.?!][\"”’'»«]*\s*$")
_CAPITALS_STOP = re.compile(rf"(?<![\w.])([{_UPPER}]{{2,}})\.(?=\s+[{_UPPER}])")
# One capital and a stop before a capitalised word (Punkt reads it as an initial): a letter that
# ends a sentence when a frequent sentence starter follows ("medlem af S. Hun …", "plan B. Het
# …"); before a name it is an initial ("J. Hansen", "A. de Vries": particles are no starters).
_LETTER_STOP = re.compile(rf"(?<![\w.])[{_UPPER}]\.(?=\s+([{_UPPER}][{_LOWER}]*)\b)")
# An ellipsis before a capitalised word ends a sentence: "… stellen… En we zijn dankbaar", also
# glued to it after a word ("navn…Det").
_ELLIPSIS = re.compile(rf"(?:…|\.\.\.)[\"”’'»«]?(?=\s+[\"“„‘'»«]?[{_UPPER}])"
                       rf"|(?<=[{_LOWER}])(?:…|\.\.\.)(?=[{_UPPER}][{_LOWER}])")
# Abbreviations that end a list or an amount, and so may end a sentence ("osv.", "enz.",
# "100 kr.", "5 mln."): before a capitalised word, a new sentence starts.
_SENTENCE_END_ABBREVIATIONS = {
    "nl": frozenset({"enz", "etc", "e.a", "e.d", "e.v", "mln", "mld", "mrd"}),
    "da": frozenset({"osv", "etc", "m.m", "m.fl", "mv", "m.v", "o.l", "kr", "pct", "mio", "mia",
                     "mrd"}),
}
_ABBREVIATION_BEFORE_CAPITAL = re.compile(
    rf"(?<![\w.])([^\W\d_][\w.]*?)\.(?=\s+[{_UPPER}][{_LOWER}])")
# ... but not after a word a sentence cannot end with (a preposition, an article, a
# conjunction) before a word that is no frequent sentence starter: the writer pauses before the
# word the sentence is about ("een serie over... Amsterdam.", "en rejse til... Paris"). (A
# particle of a verb can end one, "Hij gaf het op... Toen": "Toen" starts a sentence.)
_NO_END_BEFORE_ELLIPSIS = {
    "nl": frozenset({"over", "van", "voor", "naar", "met", "bij", "tot", "tegen", "zonder",
                     "tussen", "onder", "boven", "rond", "via", "de", "een", "en", "maar"}),
    "da": frozenset({"over", "om", "til", "fra", "med", "ved", "mod", "uden", "mellem", "under",
                     "efter", "hos", "via", "en", "et", "og", "men", "eller"}),
}
# Abbreviations of a title, a saint or a part of a place's name, which stand only before a
# name: never the end of a sentence before a capital, even one that often starts sentences ("på
# Skt. Hans Torv", "dr. Van Dam", "på Kgs. Nytorv", "i Ndr. Omme"). Written in capitals they
# are something else: "til DR. Bagefter" (the broadcaster).
_TITLE_ABBREVIATIONS = {
    "nl": frozenset({"dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "prof", "ds", "st"}),
    "da": frozenset({"hr", "dr", "prof", "skt", "sct", "chr", "kgs", "ndr", "sdr", "ll"}),
}
_TITLE_BEFORE = re.compile(r"(?<![\w.])([^\W\d_]+)\.\s+$")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_FIRST_WORD = re.compile(r"[\"“„‘'»«]?([^\W\d_]+)")


@cache
def _abbreviation_set(language: str) -> frozenset[str]:
    """The abbreviations of the package file for ``language``, read once; none without a file."""
    source = files("framelab").joinpath("data", f"abbreviations_{language}.txt")
    if not source.is_file():
        return frozenset()
    text = source.read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


def abbreviations(language: str) -> list[str]:
    """Return the abbreviations the kit knows for ``language``, sorted, without their final dot.

    They come from the package files ``data/abbreviations_<language>.txt`` (nl, da, en, de),
    whose header says where they come from and which words were left out on purpose.
    :func:`split_sentences` does not end a sentence after them, and :func:`framelab.tokenize`
    keeps them as one token with their dot. A language without a file has none (an empty list).

    Args:
        language: A code of :data:`LANGUAGES`, e.g. ``"nl"`` (Dutch) or ``"en"`` (English).

    >>> "o.a" in abbreviations("nl"), "bl.a" in abbreviations("da")
    (True, True)
    >>> "e.g" in abbreviations("en"), "z.b" in abbreviations("de"), abbreviations("fi")
    (True, True, [])
    >>> abbreviations("da")[:4]
    ['adm', 'afd', 'ang', 'bl.a']
    """
    return sorted(_abbreviation_set(check_language(language)))


@cache
def _punkt_parameters(language: str) -> PunktParameters:
    """The language's abbreviations, sentence starters and ordinal dates, for Punkt."""
    from .wordlists import stopwords  # here, not at the top: wordlists imports this module

    params = PunktParameters()
    params.abbrev_types = set(_abbreviation_set(language))
    particles = _NAME_PARTICLES | _MORE_PARTICLES.get(language, frozenset())
    particles |= _NOT_STARTERS.get(language, frozenset())
    params.sent_starters = set(stopwords(language)) - particles
    params.collocations = {("##number##", word) for word in _ORDINAL_FOLLOWERS.get(language, ())}
    return params


@cache
def _punkt(language: str) -> PunktSentenceTokenizer:
    """Punkt with the language's abbreviations and sentence starters; no training, no download."""
    return PunktSentenceTokenizer(_punkt_parameters(language))


# Why a second Punkt: NLTK 3.10 compiles Punkt's regular expressions with the ``regex`` engine
# and runs every match under a time limit (a guard against patterns that backtrack without end),
# which makes Punkt's many small matches (several per word) its main cost. Punkt's own patterns
# are fixed and safe, so the fast Punkt runs the same patterns with Python's ``re``. The two
# engines agree on these patterns except where their Unicode classes differ (``\w``, ``\d``,
# ``\s``: superscript digits, join controls, ...); so the fast Punkt only gets lines whose
# characters the two engines class alike (framelab.text._same_in_both_engines), and the others
# go to NLTK's.


def _plain(pattern: Any) -> re.Pattern[str]:
    """NLTK's compiled pattern (``regex`` engine, time limit) compiled again by ``re``."""
    flags = pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE)
    return re.compile(pattern.pattern, flags)


class _FastPunktVars(PunktLanguageVars):
    """Punkt's language variables with its patterns compiled once by Python's ``re``."""

    re_boundary_realignment = _plain(PunktLanguageVars.re_boundary_realignment)

    def __init__(self) -> None:
        self._re_word_tokenizer = _plain(PunktLanguageVars._word_tokenizer_re(self))
        self._re_period_context = _plain(PunktLanguageVars.period_context_re(self))


class _FastPunktToken(PunktToken):
    """Punkt's token with its class patterns compiled by Python's ``re``."""

    __slots__ = ()
    _RE_ELLIPSIS = _plain(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _plain(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _plain(PunktToken._RE_INITIAL)
    _RE_ALPHA = _plain(PunktToken._RE_ALPHA)
    _NON_PUNCT = _plain(_re_non_punct)

    @property
    def is_non_punct(self):  # type: ignore[no-untyped-def]
        """True if the token is either a number or is alphabetic."""
        return self._NON_PUNCT.search(self.type)


@cache
def _fast_punkt(language: str) -> PunktSentenceTokenizer:
    """:func:`_punkt` with the patterns of :class:`_FastPunktVars` and :class:`_FastPunktToken`."""
    return PunktSentenceTokenizer(_punkt_parameters(language), lang_vars=_FastPunktVars(),
                                  token_cls=_FastPunktToken)


def _line_sentences(line: str, language: str) -> list[str]:
    """The sentences of one line: Punkt's cuts, plus cuts where web copy glued two sentences."""
    punkt = _fast_punkt(language) if _same_in_both_engines(line) else _punkt(language)
    cuts = {start for start, _ in punkt.span_tokenize(line)}
    cuts.update(m.start() for m in _GLUED.finditer(line)
                if _word_before(line, m.start()) not in _abbreviation_set(language))
    # "… Maar": a new sentence, except inside a quotation that goes on to its attribution
    # (“… stellen… En we zijn dankbaar …,” voegde hij eraan toe.)
    if "…" in line or "..." in line:
        cuts.update(m.end() for m in _ELLIPSIS.finditer(line)
                    if not _in_quotation(line, m.start())
                    and not _pause_before_word(line, m.start(), m.end(), language))
    # "medlem af S. Hun …": a single letter before a frequent sentence starter ends a sentence
    if ". " in line:
        starters = _punkt_parameters(language).sent_starters
        cuts.update(m.end() for m in _LETTER_STOP.finditer(line)
                    if m.group(1).lower() in starters)
    # "til DR. Bagefter": an abbreviation's letters in capitals are a name ("dr." is not "DR.")
    cuts.update(m.end() for m in _CAPITALS_STOP.finditer(line)
                if m.group(1).lower() in _abbreviation_set(language))
    # "æbler, pærer osv. Derfor …", "100 kr. Prisen …": an abbreviation that ends a list or an
    # amount, then a capitalised word: a new sentence (Punkt ends one there only before a
    # frequent sentence starter)
    enders = _SENTENCE_END_ABBREVIATIONS.get(language)
    if enders and "." in line:
        cuts.update(m.end() for m in _ABBREVIATION_BEFORE_CAPITAL.finditer(line)
                    if m.group(1).lower() in enders)
    # Not after initials ("J.F. Kennedy", "H.C. Andersen"), nor after a ? or ! that a lowercase
    # word or a comma continues („Waarom nu?” vroeg een verslaggever.; "- Hvorfor? spørger hun.")
    cuts = {cut for cut in cuts if not _may_continue(line, cut)
            or not _continues(line, cut, language)}
    titles = _TITLE_ABBREVIATIONS.get(language)
    if titles:  # "på Skt. Hans Torv": a title's abbreviation before a name
        cuts = {cut for cut in cuts if not _after_title(line, cut, titles)}
    determiners = _ORDINAL_DETERMINERS.get(language)
    if determiners:  # "en 3. Limfjordsforbindelse": an ordinal after an article
        cuts = {cut for cut in cuts if not _after_ordinal(line, cut, determiners)}
    # A cut right after a stop and before a quotation mark: does the mark close or open?
    cuts = {_cut(line, cut) if 0 < cut < len(line) and line[cut - 1] in ".!?" else cut
            for cut in cuts}
    bounds = sorted(cuts | {0, len(line)})
    pieces = (line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False))
    return [piece for piece in pieces if piece]


def _may_continue(line: str, cut: int) -> bool:
    """A quick test before :func:`_continues`: after the cut (and closing marks) a lowercase
    letter or a comma, or a capital after a capital and a stop ("J.F. Kennedy")."""
    if not 0 < cut < len(line):
        return False
    j = cut
    while j < len(line) and line[j] in " \"”’'»«":
        j += 1
    following = line[j:j + 1]
    if following.islower() or following in (",", ";"):
        return True
    if not following.isupper():
        return False
    k = cut
    while k > 0 and line[k - 1] in " \"”’'»«":
        k -= 1
    return k >= 2 and line[k - 1] == "." and line[k - 2].isupper()


def _after_title(line: str, cut: int, titles: frozenset[str]) -> bool:
    """True if the piece before ``cut`` ends with a title's abbreviation (not in capitals) and
    a capital follows: "på Skt.| Hans Torv", "Prof.| Hansen".

    >>> _after_title("Han bor på Skt. Hans Torv.", 16, _TITLE_ABBREVIATIONS["da"])
    True
    >>> _after_title("Det sagde han til DR. Bagefter gik han.", 22, _TITLE_ABBREVIATIONS["da"])
    False
    """
    if not 0 < cut < len(line) or not line[cut].isupper():
        return False
    found = _TITLE_BEFORE.search(line, max(0, cut - 12), cut)
    if found is None:
        return False
    word = found.group(1)
    return word.lower() in titles and not (len(word) > 1 and word.isupper())


def _pause_before_word(line: str, start: int, end: int, language: str) -> bool:
    """True if the ellipsis at ``line[start:end]`` is a pause inside a sentence: the word before
    it cannot end a sentence and the word after it is no frequent sentence starter.

    >>> _pause_before_word("Een serie over... Amsterdam.", 14, 17, "nl")
    True
    >>> _pause_before_word("Een serie over... Maar goed.", 14, 17, "nl")
    False
    """
    words = _NO_END_BEFORE_ELLIPSIS.get(language)
    before = _LAST_WORD.search(line, max(0, start - 30), start) if words else None
    if before is None or before.group(1).lower() not in words:
        return False
    after = _FIRST_WORD.match(line[end:].lstrip())
    return after is not None and \
        after.group(1).lower() not in _punkt_parameters(language).sent_starters


def _after_ordinal(line: str, cut: int, determiners: frozenset[str]) -> bool:
    """True if the piece before ``cut`` ends with an article and a number with a full stop
    ("for en 3.", "den 24."): a Danish ordinal, whatever follows it.

    >>> _after_ordinal("får vi en 3. Limfjordsforbindelse", 13, _ORDINAL_DETERMINERS["da"])
    True
    >>> _after_ordinal("Det skete i 2014. Siden", 18, _ORDINAL_DETERMINERS["da"])
    False
    """
    if not 0 < cut < len(line) or not line[cut - 1:cut].isspace() and line[cut - 1] != ".":
        return False
    found = _ORDINAL_END.search(line, max(0, cut - 30), cut)
    return bool(found) and found.group(1).lower() in determiners


def _in_quotation(line: str, position: int) -> bool:
    """True if a “ „ or » opened before ``position`` is not closed yet."""
    opened = line.count("“", 0, position) + line.count("„", 0, position)
    if opened > line.count("”", 0, position):
        return True
    return line.count("»", 0, position) > line.count("«", 0, position)


def _continues(line: str, cut: int, language: str) -> bool:
    """True if the sentence goes on at ``cut``: after initials before a capitalised word that
    is not a frequent sentence starter ("J.F. Kennedy", but "the U.S. The talks"), or after ?
    or ! (and a closing mark) before a lowercase word or a comma."""
    before = line[max(0, cut - 16):cut].rstrip()
    after = line[cut:cut + 40].lstrip()
    if not after:
        return False
    if _INITIALS_END.search(before) and after[:1].isupper():
        first = re.match(r"[^\W\d_]+", after)
        return not first or first.group().lower() not in _punkt_parameters(language).sent_starters
    if _QUESTION_END.search(before):  # the closing mark may come after the cut: ?|", wilde
        after = after.lstrip("\"”’'»«").lstrip()
        return after[:1].islower() or after[:1] in ",;"
    # A full stop before a lowercase word ends no sentence (Dutch and Danish sentences start
    # with a capital): the word before is an abbreviation the list lacks ("til nov. hvor",
    # "Am. fodbold", "B.T. og Berlingske"). Not across an opening mark or an apostrophe:
    # "'s-Hertogenbosch" and "'t Is" start sentences.
    return _STOP_END.search(before) is not None and after[:1].islower()


def _cut(line: str, stop: int) -> int:
    """Where to cut after the full stop at ``stop - 1``: before or after a quotation mark.

    "akkoorden.'Het" closes a quotation, "Oekraïne.'Uiteraard" opens one. ’ and ” close, ‘ and
    „ open; a straight ' or " (and “ » «) closes when an odd number of them came before it on
    the line. Two marks glued before a capital ("uitgaven.""Vaak", "ud.«»Det") are a quotation
    that closes and the next that opens: the cut goes between them.

    >>> line = 'de uitgaven.""Vaak'
    >>> line[:_cut(line, 12)], _cut("Ja.'Nee", 3)
    ('de uitgaven."', 3)
    """
    mark = line[stop]
    if mark.isalpha() or mark in "‘„":
        return stop
    if mark in _CLOSING_MARKS and line[stop + 1:stop + 2] in _OPENING_MARKS \
            and line[stop + 2:stop + 3].isupper():
        return stop + 1  # two marks glued: one closes, the other opens ("uitgaven.""Vaak")
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
        language: A code of :data:`LANGUAGES`, e.g. ``"nl"`` (Dutch), ``"da"`` (Danish),
            ``"en"`` (English) or ``"de"`` (German): which abbreviations to use.

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
    key = (language, text)
    found = _REMEMBERED.get(key)
    if found is None:
        on_disk = cache_folder() is not None
        found = _split_on_disk(text, language) if on_disk else None
        if found is None:
            found = tuple(_split(text, language))
            if on_disk:
                _keep_on_disk(text, language, found)
        _remember(key, found)
    return list(found)


def _split(text: str, language: str) -> list[str]:
    """The sentences of ``text`` (:func:`split_sentences` without remembering them)."""
    sentences: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        sentences += _line_sentences(line, language)
    return sentences


# Why remembered: a lesson splits the same articles again and again (bigram frequencies,
# frame_hits, frame_scores, tokenize_corpus ...), and splitting costs more than tokenising. The
# sentences of each (language, text) are kept in this process up to REMEMBER_CHARACTERS
# characters of text (then forgotten, all at once), and in run-course's kernels also in its
# cache folder (framelab.cache), for the next lessons: one file of (language, text digest) ->
# sentences for this kit, read when a kernel first splits and written when it ends.
# tests/test_sentences.py compares the remembered sentences with those split afresh.
REMEMBER_CHARACTERS = 50_000_000
_REMEMBERED: dict[tuple[str, str], tuple[str, ...]] = {}
_remembered_characters = 0
_ON_DISK: dict[tuple[str, bytes], tuple[str, ...]] = {}
_disk_state: dict[str, Any] = {"path": None, "changed": False}


def _remember(key: tuple[str, str], sentences: tuple[str, ...]) -> None:
    global _remembered_characters
    if _remembered_characters + len(key[1]) > REMEMBER_CHARACTERS:
        _REMEMBERED.clear()
        _remembered_characters = 0
    _REMEMBERED[key] = sentences
    _remembered_characters += len(key[1])


def _disk_key(text: str, language: str) -> tuple[str, bytes]:
    return language, hashlib.blake2b(text.encode("utf-8", "surrogatepass"),
                                     digest_size=16).digest()


def _disk_file() -> dict[tuple[str, bytes], tuple[str, ...]]:
    """The sentences in the cache folder's file (read once per folder and process)."""
    where = cache_folder()
    if where == _disk_state.get("where"):
        return _ON_DISK
    _disk_state["where"] = where
    path = cache_path("sentences", ("split_sentences",))
    if path != _disk_state["path"]:
        save_sentences()  # another cache folder: the last one gets what was found for it
        if path is not None and not _disk_state.get("at_exit"):
            atexit.register(save_sentences)
            _disk_state["at_exit"] = True
        _disk_state["path"], _disk_state["changed"] = path, False
        _ON_DISK.clear()
        found = read(path) if path is not None else None
        if isinstance(found, dict):
            _ON_DISK.update(found)
    return _ON_DISK


def _split_on_disk(text: str, language: str) -> tuple[str, ...] | None:
    return _disk_file().get(_disk_key(text, language))


def _keep_on_disk(text: str, language: str, sentences: tuple[str, ...]) -> None:
    kept = _disk_file()
    if len(kept) < REMEMBER_CHARACTERS // 1000:  # about as many articles
        kept[_disk_key(text, language)] = sentences
        _disk_state["changed"] = True


def save_sentences() -> None:
    """Write the sentences this process split into the cache folder (run-course calls it once
    it has worked out the folder's facts; each kernel when it ends)."""
    path = _disk_state["path"]
    if path is not None and _disk_state["changed"] and path.parent.is_dir():  # not deleted yet
        write(path, dict(_ON_DISK))
        _disk_state["changed"] = False
