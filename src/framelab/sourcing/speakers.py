"""Speakers: who a reporting verb is about, read from the text itself.

A speaker is the subject of a reporting verb: the phrase right after it ("…”, zei Rutte",
"siger udenrigsminister Lars Løkke Rasmussen (M)", "volgens de NAVO-chef", "lyder det fra
Zelenskyj") or right before it ("Ollongren zei dat …", "Kallas mener, at …"). That phrase is one
of these, tried in this order (:func:`parse_subject`):

1. a pronoun: "hij", "zij", "han", "hun" — the person who spoke last;
2. an actor of the actor table: "het Kremlin", "de NAVO", "Moskou", "Lavrov";
3. a role, perhaps with adjectives, followed by a name (an *apposition*): "NAVO-chef Mark
   Rutte", "Kremlinwoordvoerder Dmitri Peskov", "de Finse president Alexander Stubb", "den
   danske udenrigsminister, Lars Løkke Rasmussen (M)"; a portfolio after the role is part of
   it ("wethouder Onderwijs Anna Visser", "minister for ældre Mette Lund"). The role is
   remembered for that person;
4. a role alone: "de NAVO-chef", "statsministeren", "de Fin" — the person the article gave that
   role to, else the person who spoke last; an organisation ("regeringen", "de politie") is a
   speaker itself;
5. a name: capitalised words with particles ("Ursula von der Leyen", "Hamad bin Jassim"),
   initials ("J.D. Vance"), hyphens ("Jean-Noël Barrot") and Danish party letters ("Mette
   Frederiksen (S)"), perhaps followed by ", de NAVO-chef," (an apposition too). Ordinary
   words written with a capital are no name (data/common_words.csv): a connective or adverb
   ("Daarnaast", "Desuden"), an adjective ("Europese", "Russiske"), an abstract or plural
   noun ("Financiën", "Sundhed") alone, a heading in capitals ("REACTIES"), a genitive
   ("Socialdemokratiets ledelse", "Europas ledere"); a noun before a name at the start of a
   sentence is an apposition ("Fractiegenoot Anna de Wit", "Angriberen Mikkel Holm").

A name the actor table does not know is kept as written; :class:`Speakers` gives one normal
form per person in an article ("Kallas" after "Kaja Kallas" is "Kaja Kallas").

>>> from framelab.sourcing.tables import _rules
>>> speakers = Speakers(_rules("nl"), "")
>>> speakers.subject_after("zei NAVO-chef Mark Rutte vrijdag.", 3).name
'Mark Rutte'
>>> speakers.subject_after("aldus de NAVO-chef.", 5).name
'Mark Rutte'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import chain, islice

from .people import (
    _ALSO,
    _CAPITAL_POSSESSIVES,
    _DIGIT,
    _NAME_RUN,
    _NATIONALITY,
    _ORGANISATION_GENITIVE,
    _UP,
    People,
    after_possessive,
    without_affiliation,
)
from .tables import _Rules

__all__ = ["Speakers", "Subject"]

# A token: initials ("J.F."), party letters ("(S)"), a word (with ' and - inside), a number, or
# one mark of punctuation.
_CLOSING_MARKS = frozenset("”’«»\"'›")
_TOKEN = re.compile(rf"(?:{_UP}\.){{1,3}}(?!\w)|\([A-ZÆØÅ0-9][\w-]{{0,5}}\)|[^\W\d_][\w'’-]*"
                    r"|\d+-[^\W\d_]+|\d[\d.,]*|[^\w\s]")
# _TOKEN after the spaces before it, as group 1: the same tokens at the same places (no token
# starts with, or holds, a space); ``re`` skips the spaces in one step instead of trying every
# alternative of _TOKEN on each (Speakers.subject_after; tests/test_speed_paths.py compares).
_TOKEN_AFTER_SPACES = re.compile(r"\s*+(" + _TOKEN.pattern + ")")
_BEFORE_CAPITAL = re.compile(rf"(?<![\w'’-])([^\W\d_][\w-]*),?\s(?={_UP})")
_CAPITAL_INSIDE = re.compile(rf"\s{_UP}")
# The capitals of _CAPITAL_INSIDE, the capital first: ``re`` then finds them with a fast scan
# for the class instead of trying "\s" at every position (each match starts one after the
# space _CAPITAL_INSIDE's starts at; tests/test_speed_paths.py compares them).
_CAPITAL_AFTER_SPACE = re.compile(rf"{_UP}(?<=\s.)")
_FIRST_WORD = re.compile(rf"{_UP}[\w'’-]*")
_INITIALS = re.compile(rf"(?:{_UP}\.)+")
_PARTY = re.compile(r"\([A-ZÆØÅ0-9][\w-]{0,5}\)")
_AGE = re.compile(r"\d+-[^\W\d_]+e")  # "34-jarige", "45-årige"
# "Han hedder Jens Hansen", "Hij heet Jan Smit": a person named (see introduce).
_NAMED = re.compile(r"(?:(?:Han|Hun|Hij|Zij|Ze)\s+(?:hedder|hed|heet|heette)|(?:Hans|Hendes|Zijn|"
                    r"Haar)\s+(?:navn|naam)\s+(?:er|var|is|was))\s+(?=[A-ZÆØÅ])")
# A possessive, a noun and a name between commas that open a sentence: "Hans kone, Karen
# Hansen, …", "Haar advocaat, Jan Smit, …" (see introduce).
_POSSESSIVE_APPOSITION = re.compile(r"([^\W\d_]+)\s+[^\W\d_]+,\s+")
_POSSESSIVES = {"nl": ("zijn", "haar", "hun"), "da": ("hans", "hendes", "deres"),
                "en": ("his", "her", "their"), "de": ("sein", "seine", "ihr", "ihre")}
# How a sentence _NAMED matches starts (a quick test before the pattern, in introduce).
_NAMED_STARTS = ("Han", "Hun", "Hij", "Zij", "Ze", "Hendes", "Haar")
# Pronouns of one gender and one person only (see _of_gender; not Dutch "zij"/"ze": also
# "they").
_GENDER = {"da": {"han": "m", "hun": "f"}, "nl": {"hij": "m"}}
# Endings of a verb in the past tense, not of a noun after a genitive (see _genitive).
_PAST_TENSE = {"nl": ("de", "te", "den", "ten"), "da": ("ede",)}
# The heads of a compound that describes a person by what they do, "politimanden", "de
# politieman", "talskvinden" (for described).
_DESCRIBING_HEADS = {"da": ("manden", "kvinden"), "nl": ("man", "vrouw")}
# Capitalised words in a row, one or more: an organisation's name ("Københavns Byret",
# "Wetenschappelijke Klimaatraad", "Klimaatraad"), for organisation_named.
_ORGANISATION_RUN = re.compile(rf"(?<![\w'’.-]){_UP}[\w'’]+(?:-{_UP}[\w'’]+)*"
                               rf"(?:\s{_UP}[\w'’]+(?:-{_UP}[\w'’]+)*)*(?![\w-])")

_PRONOUNS = {"nl": ("hij", "zij", "ze"), "da": ("han", "hun"), "en": ("he", "she"),
             "de": ("er", "sie")}
_DETERMINERS = {"nl": ("de", "het", "een"), "da": ("den", "det", "en", "et"),
                "en": ("the", "a", "an"), "de": ("der", "die", "das", "ein", "eine")}
_INDEFINITE = frozenset({"een", "en", "et", "a", "an", "ein", "eine"})
_PARTICLES = frozenset({"van", "de", "der", "den", "von", "bin", "ben", "al", "el", "ter",
                        "ten", "te", "da", "di", "du", "le", "la", "af", "zu", "dos", "del",
                        "ibn", "op", "'t", "in"})
# Words that join a role to what it is the role of: "minister van Buitenlandse Zaken",
# "generalsekretær i Nato", "chef for Forsvaret".
_ROLE_LINKS = frozenset({"van", "voor", "bij", "op", "aan", "for", "i", "af", "hos", "ved",
                         "på", "of", "der", "des"})
# Particles that start a name with a capital ("De Wever", "Von der Leyen"); not "In", "Op",
# "Da", which start a sentence as a preposition or conjunction.
# Particles that are prepositions too: in a name only before another particle ("Sophie in
# 't Veld", "Eva op den Brouw"); alone, what follows is where ("Jansen in De Telegraaf", "in
# NRC", "in Groningen"), not the name.
_PREPOSITION_PARTICLES = frozenset({"in", "op"})
_CAPITAL_PARTICLES = frozenset({"De", "Van", "Von", "Ter", "Ten", "Den", "Der", "Al", "El", "Le",
                                "La", "Du", "Di", "Bin", "Ibn", "Dos", "Del"})
# After these a name is the object of a preposition, not the subject of the verb after it.
_PREPOSITIONS = frozenset({"in", "met", "bij", "op", "aan", "naar", "uit", "over", "tegen", "door",
                           "voor", "van", "onder", "tussen", "i", "med", "på", "til", "fra", "om",
                           "hos", "ved", "efter", "mod", "for", "af", "under", "mellem"})
# Before the person an action is done to or with ("sprak met minister Eva Bos", "ringede til
# ministeren"): an object, not who a later "hij"/"han" is ("van", "fra" say whose: kept).
_OBJECT_PREPOSITIONS = frozenset({"met", "aan", "tegen", "naar", "over", "med", "til", "mod",
                                  "om", "overfor"})
_ACCORDING_TO = frozenset({"volgens", "ifølge"})
_NEUTER = frozenset({"het", "det"})
_OWNER_LINKS = frozenset({"van", "for", "fra"})  # "de advocaat van Jan de Vries": whose role  # neuter articles: never before a person's name
# Conjunctions after which the verb does not come second: "Maar", "Men", "En", "Og".
_COORDINATING = frozenset({"en", "maar", "of", "want", "og", "men", "eller", "for", "and", "but"})
_CONJUNCTIONS = frozenset({"at", "dat", "omdat", "fordi", "hvis", "nadat", "efter at"})
_FROM = frozenset({"fra", "van", "bij", "from"})
# Adverbs between a verb and its subject: "siger nu Løkke", "zei ook Rutte".
_ADVERBS = frozenset({"ook", "nu", "dan", "toen", "gisteren", "vandaag", "later", "eerder", "nog",
                      "wel", "echter", "daarop", "verder", "zelf", "dus", "også", "så", "da",
                      "senere", "tidligere", "selv", "dog", "videre", "derefter", "endvidere",
                      "altså", "igen", "desuden"})
# Before where a speaker is from: "Gade (V) fra Jammerbugt Kommune", "Jansen van D66".
_FROM_PLACE = frozenset({"fra", "van", "uit", "hos", "i", "bij", "for", "from"})
_MAX_NAME = 5  # tokens in a name
# Danish definite genitives of common nouns: "udvalgets", "kommunens", "borgernes"
# Words that open a clause: no part of a phrase after a role (_long_complement)
_CLAUSE_WORDS = frozenset({"at", "der", "som", "dat", "die", "om", "og", "en", "maar", "men",
                           "hvor", "waar", "da", "toen", "når", "als"})
_ORDINAL = re.compile(r"\d{1,2}\.")  # "1. viceborgmester"
_DEFINITE_GENITIVE = ("ens", "ets", "nes", "ernes", "enes")
_STOPS = frozenset(".!?;:")  # tokens no speaker phrase holds (see _subject_in)
# Particles between a first name and a surname ("Hans van Koningsbrugge"), for full_name.
_NAME_PARTICLES = frozenset({"van", "de", "der", "den", "von", "ter", "ten", "af"})
_LINK_SPAN = 4  # tokens after a role link ("van Buitenlandse Zaken")
# The per-word caches of the rules (is_name_word, function_word) hold at most this many words;
# then they start again (a corpus of 100,000 articles does not grow them without bound).
_WORD_CACHE_LIMIT = 200_000


@cache
def _not_names(language: str) -> frozenset[str]:
    """Capitalised words that start a sentence, not a name: the language's stopwords."""
    from ..wordlists import stopwords  # here: wordlists imports the sentence splitter
    try:
        words = set(stopwords(language))
    except Exception:  # a language without a stopword list: every capitalised word may be a name
        words = set()
    return frozenset(words - _PARTICLES)


# Pronominal adverbs: "daar"/"hier"/"waar"/"er" or "der"/"her"/"hvor" and a preposition
# ("Daarnaast", "Hierover", "Waarop", "Derfor", "Herefter", "Hvorfor"): never a name.
_PRONOMINAL = {
    "nl": re.compile(r"(?:daar|hier|waar|er)(?:aan|achter|bij|binnen|boven|buiten|door|heen|in|"
                     r"langs|mee|na|naast|om|omheen|onder|op|over|rond|tegen|toe|tussen|uit|van|"
                     r"vandaan|voor|zonder)"),
    "da": re.compile(r"(?:der|her|hvor)(?:af|efter|fra|for|hen|igennem|imod|med|mod|nede|næst|"
                     r"om|omkring|oppe|over|på|til|ud|udover|under|ved)"),
}


@dataclass(frozen=True)
class _CommonWords:
    """Capitalised ordinary words of a language, no name (data/common_words.csv): function
    words (connectives, adverbs, days), nouns for people that are no role ("Keeper",
    "Buurman", "Naboen": before a name an apposition), and the endings of adjectives ("Russiske", "Europese":
    never part of a name) and of abstract or plural nouns ("Financiën", "Sundhed",
    "Angriberen": not a name alone, and before a name a noun in apposition); portfolio words
    ("wethouder Onderwijs Anna Visser", "minister van Buitenlandse Zaken": part of the role)
    and social platforms ("op X", "på Facebook": where someone wrote, never who), and the nouns
    of organisations ("Jammerbugt Kommune", "Universiteit Utrecht": no person's name)."""

    function_words: frozenset[str]
    person_nouns: frozenset[str]
    adjective_endings: tuple[str, ...]
    noun_endings: tuple[str, ...]
    portfolio_words: frozenset[str] = frozenset()  # "Buitenlandse Zaken", "Onderwijs": a role's
    platforms: frozenset[str] = frozenset()  # "op X", "via Facebook": where, never who
    # "Jammerbugt Kommune", "Universiteit Utrecht": a name with one of these is no person's
    organisation_nouns: frozenset[str] = frozenset()


@cache
def _common_words(language: str) -> _CommonWords:
    from .tables import _read

    table = _read("common_words.csv")
    table = table[table["language"] == language]
    by_kind = {kind: [str(w).lower() for w in group["word"]]
               for kind, group in table.groupby("kind")}
    return _CommonWords(
        frozenset(by_kind.get("function word", ())),
        frozenset(by_kind.get("person noun", ())),
        tuple(w.lstrip("-") for w in by_kind.get("adjective ending", ())),
        tuple(w.lstrip("-") for w in by_kind.get("noun ending", ())),
        frozenset(by_kind.get("portfolio word", ())),
        frozenset(by_kind.get("platform", ())),
        frozenset(by_kind.get("organisation noun", ())))


_FIRSTS: dict[int, tuple[dict[str, str], frozenset[str]]] = {}


def _actor_firsts(canonical: dict[str, str]) -> frozenset[str]:
    """The first characters of the names the actor table writes (``rules.canonical``'s keys),
    worked out once per table: ``rules.actor_re`` matches only where one of them stands (it
    tries the names themselves). tests/test_speed_paths.py checks it."""
    found = _FIRSTS.get(id(canonical))
    if found is None or found[0] is not canonical:
        if len(_FIRSTS) > 64:
            _FIRSTS.clear()
        found = _FIRSTS[id(canonical)] = (canonical, frozenset(name[:1] for name in canonical))
    return found[1]


def _has_ending(word: str, endings: tuple[str, ...]) -> bool:
    """True if ``word`` ends with one of ``endings`` after a stem of at least three letters."""
    if not word.endswith(endings):  # one test in C for the many words that end with none
        return False
    return any(word.endswith(e) and len(word) >= len(e) + 3 for e in endings)


@dataclass(slots=True)
class Subject:
    """The speaker phrase next to a reporting verb, resolved.

    Attributes:
        name: The speaker: an actor's canonical name, a name as written, or "" (unresolved).
        how: "name", "pronoun", "role", "organisation" or "unnamed" ("een verslaggever").
        start, end: Where the phrase is in the text it was read from.
    """

    name: str
    how: str
    start: int
    end: int


class Speakers(People):
    """Resolves the speaker phrases of one article, remembering who spoke last and who has which
    role (:class:`~framelab.sourcing.people.People`; see the module's docstring)."""

    def __init__(self, rules: _Rules, text: str) -> None:
        super().__init__(rules)
        self.text = text
        language = rules.language
        self.pronouns = frozenset(_PRONOUNS.get(language, ()))
        self.determiners = frozenset(_DETERMINERS.get(language, ()))
        # the first characters of the actor table's names: actor_re matches no other (_parse)
        self._actor_firsts = _actor_firsts(rules.canonical)
        self.not_names = _not_names(language)
        self.common = _common_words(language)
        self._pronominal = _PRONOMINAL.get(language)
        self.announced: str | None = None  # "… kan det være bevidst:" before a quotation
        self._possessives = _POSSESSIVES.get(language, ())  # (for introduce)
        self._roles = rules.role_cache  # word -> (role, kind) or None, for all articles
        self._common_cache: dict[str, bool] = {}
        self._full_names: dict[str, str] = {}
        self._organisations: list[tuple[int, str]] | None = None  # see organisation_named
        self._genders: dict[str, str] = {}  # person -> "m"/"f", from "han"/"hun" (_of_gender)
        # (text, position) -> its first 14 tokens from there (subject_after; never changed)
        self._tokens_after: dict[tuple[str, int], list[tuple[str, int, int]]] = {}

    # --- words -------------------------------------------------------------------------------

    def role_of(self, word: str) -> tuple[str, str] | None:
        """(role, kind) if ``word`` is a role word ("udenrigsministeren" -> "udenrigsminister")."""
        if word in self._roles:
            return self._roles[word]
        self._roles[word] = found = self._find_role(word)
        return found

    def _find_role(self, word: str) -> tuple[str, str] | None:
        lowered = word.lower().rstrip("'’")
        for form in _forms(lowered, self.rules.language):
            for role in self.rules.person_roles:
                if form.endswith(role) and (form == role or len(form) - len(role) >= 2
                                            or form[-len(role) - 1] == "-"):
                    return form, "person"
            if form in self.rules.organisation_roles:
                return form, "organisation"
        return None

    def is_name_word(self, word: str, *, first: bool) -> bool:
        """A capitalised word that can be part of a name (not "Het", not a role word).

        The answer depends on the word and the rules only: it is found once per word (and
        ``first``) for every article (``rules.name_word_cache``; :meth:`_is_name_word` finds it).
        """
        cache = self.rules.name_word_cache
        found = cache.get((word, first))
        if found is None:
            if len(cache) >= _WORD_CACHE_LIMIT:
                cache.clear()
            found = cache[word, first] = self._is_name_word(word, first=first)
        return found

    def _is_name_word(self, word: str, *, first: bool) -> bool:
        """:meth:`is_name_word`, worked out."""
        if not word[:1].isupper() or _PARTY.fullmatch(word) or word.endswith("-"):
            return False  # (not "Midt-" in "Midt- og Vestsjællands Politi": half a compound)
        if _INITIALS.fullmatch(word):
            return True
        if not word[:1].isalpha() or (first and self.function_word(word)):
            return False
        if len(word) > 6 and word.isupper() and word not in self.rules.canonical:
            return False  # "REACTIES", "ØKONOMIEN": a subheading in capitals, not a name
        lowered = word.lower()
        if _has_ending(lowered, self.common.adjective_endings) and word not in self.rules.canonical:
            return False  # "Russiske", "Europese": an adjective
        if first and word.lower() in _PARTICLES and word not in _CAPITAL_PARTICLES:
            return False  # "In Den Haag, …", "Da Løkke kom": a preposition, a conjunction
        if "-" in word and any(part[:1].islower() for part in word.split("-")[1:]):
            return False  # "NAVO-landen", "Sønderjyske-profilen": a compound, not a name
        if self.rules.language == "nl" and len(word) > 4 and (
                word.endswith("sche") or word.endswith("se") and word[-3] not in "aeiouysé"):
            return False  # "Russische", "Palestijnse": an adjective of nationality (not "Jesse")
        return self.role_of(word) is None

    def function_word(self, word: str) -> bool:
        """A capitalised function word: a stopword, a connective or adverb ("Daarnaast",
        "Intussen", "Desuden"; data/common_words.csv) or a pronominal adverb ("Hierover").
        Found once per word for every article (``rules.function_word_cache``)."""
        cache = self.rules.function_word_cache
        found = cache.get(word)
        if found is None:
            if len(cache) >= _WORD_CACHE_LIMIT:
                cache.clear()
            found = cache[word] = self._function_word(word)
        return found

    def _function_word(self, word: str) -> bool:
        """:meth:`function_word`, worked out."""
        lowered = word.lower()
        return (lowered in self.not_names or lowered in self.common.function_words
                or (self._pronominal is not None and self._pronominal.fullmatch(lowered) is not None))

    def person_noun(self, word: str) -> bool:
        """A noun for a person that is no role (data/common_words.csv), or a compound of one:
        "læge", "overlæge", "huisarts", "buurvrouw"."""
        lowered = word.lower()
        nouns = self.common.person_nouns
        return lowered in nouns or any(lowered.endswith(noun) and len(lowered) - len(noun) >= 2
                                       for noun in nouns if len(noun) > 3)

    def portfolio_word(self, word: str) -> bool:
        """A capitalised word of a government portfolio ("Buitenlandse", "Zaken", "Onderwijs",
        "Financiën"; data/common_words.csv): part of a role, never a name."""
        return word[:1].isupper() and word.lower() in self.common.portfolio_words

    def platform(self, word: str) -> bool:
        """A social platform ("X", "Twitter", "Facebook"; data/common_words.csv): where someone
        wrote, never who."""
        return word[:1].isupper() and word.rstrip(".").lower() in self.common.platforms

    def common_word(self, word: str) -> bool:
        """A capitalised word that is an ordinary word of the language, not a name on its own:
        a function word, or a noun by its ending ("Financiën", "Sundhed", "Angriberen"), or a
        word the article also writes in lowercase. Names of the actor table and of people the
        article named in full ("Bos" after "Anna Bos") are names."""
        lowered = word.lower()
        if not (self.function_word(word) or lowered in self.common.person_nouns
                or _has_ending(lowered, self.common.noun_endings) or self._common(word)):
            return False
        return word not in self.rules.canonical and self.normal(word) == word

    def full_name(self, name: str) -> str:
        """The person's name in full where the article gives it: "Groot Wassink" after
        "Rutger Groot Wassink" (in any sentence, read or not), "Gade" after "Mogens Gade".
        Only one- and two-word names get a first name: the capitalised word right before the
        name in the text, if it can start a name (not "Minister", "Palestijnse", not another
        person of the article, not a portfolio: "wethouder Onderwijs Anna Visser"); a surname
        with a capital particle ("De Wever") stays; with two different fuller names
        the name stays as written.

        >>> from framelab.sourcing.tables import _rules
        >>> Speakers(_rules("nl"), "Wethouder Rutger Groot Wassink kwam.").full_name("Groot Wassink")
        'Rutger Groot Wassink'
        """
        if name in self.rules.canonical or not name[:1].isupper() or name.count(" ") > 1 \
                or name.split(" ", 1)[0] in _CAPITAL_PARTICLES:
            return name  # three words or more: a full name already; "De Wever" may follow
            # another name ("had Lachaert De Wever een ultimatum gesteld")
        found = self._full_names.get(name)
        if found is None:
            longer = set()
            text, at = self.text, self.text.find(name)
            while at > 0:
                after = text[at + len(name):at + len(name) + 2]
                if after[:1] == "s" and after[1:2].isspace():
                    after = " "  # a genitive: "Thomas Holms svar" for "Holm"
                if not (after[:1].isalnum() or after[:1] in "'’-") and text[at - 1] == " ":
                    # (not at the start of a line: "Smit.⏎Meliani" has no first name "Jan")
                    words = text[max(0, at - 60):at].split(" ")[:-1]
                    particles = []
                    while words and words[-1] in _NAME_PARTICLES:
                        particles.insert(0, words.pop())
                    first = words[-1] if words else ""
                    before = words[-2] if len(words) > 1 else ""
                    if before in _ROLE_LINKS and not particles and len(words) > 2 \
                            and (self.role_of(words[-3].lower()) is not None
                                 or self.person_noun(words[-3])):
                        first = ""  # "overlæge på Rigshospitalet Karen Holm": where the role
                        # is ("De ploeg bestaat uit Rutger Groot Wassink": a first name)
                    if before[:1].isupper() and before[-1:].isalpha() and not particles \
                            and not before.isupper() \
                            and self.role_of(before) is None and not self.function_word(before):
                        first = ""  # "Dansk Byggeri Karen Holm": the end of an organisation's
                        # name, not a first name (after "DI" it is: "DI Lars Sandahl Sørensen")
                    if first[:1].isupper() and first.isalpha() and len(words) > 0 \
                            and self.is_name_word(first, first=True) \
                            and not self.portfolio_word(first) and not self.platform(first) \
                            and not self.common_word(first) and first not in self.people \
                            and not self.person_noun(first) and not self._name_compound(first) \
                            and self.normal(first) == first \
                            and not _ORGANISATION_GENITIVE.search(first):
                        # not "Minister", "Palestijnse", "Mariagerfjords", "Lokalborger" (a
                        # noun for a person, an apposition), "Løvbjergkæden" (a name and a
                        # noun: a company), nor another person
                        longer.add(" ".join([first, *particles, name]))
                at = text.find(name, at + len(name))
            found = self._full_names[name] = longer.pop() if len(longer) == 1 else name
        return found

    def organisation_named(self, speaker: str, until: int | None = None) -> str:
        """The organisation's name as the article gives it, for a speaker that is its common
        noun: "de raad" after "de Wetenschappelijke Klimaatraad", "Byretten" or "retten" after
        "Københavns Byret", "kommunen" after "Odense Kommune". Only a noun of one word whose
        form without the Danish definite ending (or, in Dutch, the noun itself) ends the last
        word of one organisation's name of the article, a name of two capitalised words or a
        compound ("Klimaatraad"), in the text up to ``until`` (the end of the quotation's
        paragraph: a noun means an organisation named before it); with two such organisations,
        or none, the speaker stays.

        >>> from framelab.sourcing.tables import _rules
        >>> Speakers(_rules("da"), "Københavns Byret afsagde dom. Retten skriver …"
        ...          ).organisation_named("Retten")
        'Københavns Byret'
        """
        first, _, rest = speaker.partition(" ")
        word = rest if rest and first.lower() in self.determiners else speaker
        if " " in word or not word.isalpha() or word.isupper() or len(word) < 3 \
                or self.normal(word) != word:
            return speaker
        lowered = word.lower()
        role = self.role_of(word)
        if not (role is not None and role[1] == "organisation" or self.rules.language == "da"
                and (lowered.endswith(tuple(self.rules.organisation_roles))
                     or word[:1].islower() or self._common(word))):
            return speaker  # a noun of the role table ("raad", "retten"; in Danish also
            # "byretten", or one the article writes in lowercase): not a surname ("Hansen")
        forms = _forms(lowered, self.rules.language)
        if self.rules.language == "da":
            forms = forms[1:]  # without the definite ending: "rett", "ret"
            forms += tuple(f[:-1] for f in forms if len(f) > 3 and f[-1] == f[-2])
        forms = tuple(f for f in forms if len(f) >= 3)
        if self._organisations is None:  # the article's capitalised runs, read once
            self._organisations = []
            for match in _ORGANISATION_RUN.finditer(self.text):
                words = match.group().split()
                while len(words) > 1 and self.function_word(words[0]):
                    words = words[1:]  # "Ifølge Københavns Byret": the name after it
                self._organisations.append((match.end(), " ".join(words)))
        found = set()
        for end, name in self._organisations:
            if until is not None and end > until:
                break
            last = name.rsplit(" ", 1)[-1].lower()
            if last == lowered or " " not in name and len(last) < len(lowered) + 3:
                continue  # the noun itself ("Retten", "Raad" opening a sentence)
            if any(last == form or (last.endswith(form) and len(last) - len(form) >= 2)
                   for form in forms) and self.rules.kind.get(name) != "person":
                found.add(name)
        return found.pop() if len(found) == 1 else speaker

    def described(self, noun: str) -> str | None:
        """The person a compound of "man"/"woman" stands for: the last person the article gave
        a role with the same first part ("politimanden" or "de politieman" after
        "vicepolitiinspektør Jens Holm", "brandmanden" after "brandchef Ole Bak"), or None
        ("manden", "naboen": no first part to tell who; no role with it: someone not named).

        >>> from framelab.sourcing.tables import _rules
        >>> s = Speakers(_rules("da"), "")
        >>> s._person("Jens Holm").roles.add("vicepolitiinspektør")
        >>> s.described("politimanden"), s.described("manden"), s.described("brandmanden")
        ('Jens Holm', None, None)
        """
        lowered = noun.lower()
        heads = _DESCRIBING_HEADS.get(self.rules.language, ())
        head = next((h for h in heads if lowered.endswith(h)), None)
        if head is None or len(lowered) - len(head) < 4:
            return None
        stem = lowered[: len(lowered) - len(head)].rstrip("-")
        for person in reversed(list(self.people.values())):
            if not person.person or not person.roles:
                continue
            if any(stem in role for role in person.roles if self.role_of(role) is not None):
                return person.name
            return None  # the last person with a role has another one: not sure who
        return None

    def first_name_in(self, text: str) -> str | None:
        """The first name of two words or more in ``text`` that is a person's (not after a
        preposition or determiner), as a speaker phrase reads it ("Melkveehouder Wim Bonestroo" is "Wim Bonestroo"), or None."""
        for match in _NAME_RUN.finditer(text):
            if match.group().isupper() or _DIGIT.search(match.group()):
                continue
            before = text[max(0, match.start() - 20):match.start()].split()[-1:]
            if before and (before[0].lower() in _PREPOSITIONS
                           or before[0].lower() in self.determiners):
                continue  # "vanuit de Tweede Kamer", "med Jens Hansen": not who it is about
            subject = self.subject_after(text, match.start(), initial=True)
            if subject is not None and subject.how == "name" and " " in subject.name \
                    and self.is_person(subject.name) and not self._title(subject.name):
                return subject.name
        return None

    def _title(self, name: str) -> bool:
        """True if ``name`` opens with the Danish definite genitive of a word the article writes
        in lowercase ("Årets Fynbo", "Ugens Gæst", "Dagens Navn" beside "år", "uge", "dag"): a
        title or an award, no person's name (not "Hans Jensen", "Jens Holm")."""
        first = name.split()[0]
        if self.rules.language != "da" or not first.endswith(("ets", "ens")) or len(first) < 5:
            return False
        stem = first[:-3]
        return self._common(stem) or self._common(first[:-2])

    def inverted_subject(self, sentence: str) -> Subject | None:
        """The subject after the finite verb of a sentence that opens with an adverbial (Dutch
        and Danish put the verb second): "Voorlopig heeft Vladimir Poetin …", "Uit enthousiasme
        begon Hester van Buren …", "I går fortalte Mette Lund (S) …". Only a name of two words
        or more, or an actor of the table, right after a lowercase word that is no preposition,
        determiner or conjunction ("Daarna sprak hij met Jan Smit", "Og Jens Hansen …": none).
        """
        opening = _FIRST_WORD.match(sentence)  # (most sentences: no adverbial first)
        if opening is None or not (self.function_word(opening.group())
                                   or opening.group().lower() in _PREPOSITIONS):
            return None
        tokens = [(m.group(), m.start(), m.end()) for m in islice(_TOKEN.finditer(sentence), 7)]
        first = tokens[0][0].lower() if tokens else ""
        if len(tokens) < 3 or not tokens[0][0][:1].isupper() or first in _COORDINATING \
                or not (self.function_word(tokens[0][0]) or first in _PREPOSITIONS):
            return None  # ("Maar", "Men": no verb second after them)
        # one adverb and the verb; or a preposition's phrase (up to three words) and the verb
        for i in (2,) if first not in _PREPOSITIONS else (3, 4, 5):
            if i >= len(tokens):
                return None
            if any(not t[0].isalpha() or t[0] in _PREPOSITIONS for t in tokens[1:i]):
                return None  # "Daarom, zei hij, …": no verb before it
            named = first in _PREPOSITIONS and all(t[0][:1].isupper() for t in tokens[1:i - 1])
            if named and tokens[i - 1][0][:1].isupper():
                continue  # a place's name after the preposition goes on ("In Villa Politica")
            if not (all(t[0].islower() for t in tokens[1:i]) or named):
                return None  # "In Den Haag Jan Smit": no verb before the name (a place's
                # name in the phrase, "In Villa Politica zat Jan Smit", is no subject)
            before, word = tokens[i - 1][0], tokens[i][0]
            if before in self.determiners or before in _CONJUNCTIONS or before in _COORDINATING \
                    or not (word[:1].isupper() or word in self.determiners
                            or self.role_of(word) is not None):
                continue  # (a role may open the subject: "… står professor Ditlev Tamm")
            subject = self.subject_after(sentence, tokens[i][1])
            if subject is not None and subject.how == "name" and subject.start == tokens[i][1] \
                    and (" " in subject.name or subject.name in self.rules.kind):
                return subject
            return None
        return None

    # --- phrases -----------------------------------------------------------------------------

    def subject_after(self, text: str, position: int, *, initial: bool = False
                      ) -> Subject | None:
        """The speaker phrase that starts at ``position`` (right after a verb), resolved.

        "lyder det korte svar fra Hussein": a few words, then "fra"/"van"/"bij", then the
        speaker.
        """
        # (the tokens of a text from a place are cut once per article: the same place of the
        # same sentence is often read again, when a later "hij"/"han" needs it)
        key = (text, position)
        tokens = self._tokens_after.get(key)
        if tokens is None:
            tokens = self._tokens_after[key] = [
                (m[1], m.start(1), m.end(1))
                for m in islice(_TOKEN_AFTER_SPACES.finditer(text, position), 14)]
        found = self._parse(tokens, 0, text, initial=initial)
        if found is None and not initial and len(tokens) > 2 and self._noun(tokens[0][0]) \
                and self._name(tokens, 1, first=False) >= 3:
            # a noun the role table does not know, then a name: "zegt bewoonster Anja de
            # Vries", "siger nabo Jens Hansen"
            return self._parse(tokens, 1, text)
        if found is None and not initial and len(tokens) > 4 and tokens[1][0] in _ROLE_LINKS \
                and (self._noun(tokens[0][0]) or self.person_noun(tokens[0][0])):
            at = self._role_link(tokens, 1)  # "siger overlæge på Rigshospitalet Karen Holm"
            if at > 2 and self._name(tokens, at, first=False) >= at + 2:
                return self._parse(tokens, at, text)
        if found is None and not initial:
            for i, token in enumerate(tokens[:5]):
                if token[0] in _FROM and (token[0] != "bij" or text[:position].rstrip()
                                          .endswith(" het")):
                    # "klinkt het bij de bond"; not "zei gisteren bij de NOS": a medium
                    # the speaker spoke on
                    return self._parse(tokens, i + 1, text)
                if not token[0][:1].islower():
                    # "siger nu Løkke", "zei ook Rutte": after adverbs that are function words
                    if 0 < i <= 2 and all(t[0] in _ADVERBS for t in tokens[:i]):
                        return self._parse(tokens, i, text)
                    break
        return found

    def introduce(self, sentence: str) -> None:
        """Note a sentence without quotations: the people it introduces ("NAVO-chef Mark
        Rutte", "udenrigsminister, Lars Løkke Rasmussen (M)": a role for that person, now), and
        who it reports as speaking ("Lavrov sagde, at …") or has as its subject at the start:
        these are read only if a later "hij"/"han" or continued quotation needs them. The last
        of them is who "hij"/"han" is.

        A sentence with no capital after its first word and a function word first ("Hij zei
        dat …") cannot name anyone new: it is left out.
        """
        # (read once: the first one tells; each starts one after the space before it)
        capitals = _CAPITAL_AFTER_SPACE.finditer(sentence)
        first_capital = next(capitals, None)
        if first_capital is None:
            first_word = _FIRST_WORD.match(sentence)
            if first_word is None or (first_word.group().lower() in self.not_names
                                      and first_word.group().lower() not in _INDEFINITE
                                      and first_word.group().lower() not in _ALSO):
                return  # (kept: "Een woordvoerder zei …", someone "hij" may be next; "Ook
                # de burgemeester reageerde.", someone new)
        self.events.append(["text", sentence])
        # "Han hedder Jens Hansen …", "Zij heet Anna de Wit." (the patterns only where the
        # sentence starts as they need: most sentences do not)
        owned = _NAMED.match(sentence) if sentence.startswith(_NAMED_STARTS) else None
        if owned is None:
            possessives = self._possessives
            owned = _POSSESSIVE_APPOSITION.match(sentence) if sentence[:8].lower().startswith(
                possessives) else None
            if owned is not None and owned.group(1).lower() not in possessives:
                owned = None
        if owned is not None:
            # "Hans kone, Karen Hansen, er enig.", "Zijn vrouw, Anna de Wit, …": someone new
            subject = self.subject_after(sentence, owned.end())
            if subject is not None and subject.how == "name" and " " in subject.name \
                    and subject.start == owned.end():
                self.events.append(["person", subject.name])
        # (a role before a name? The text before each capital, back to the last space, is
        # looked up once for every article: most are no person's role, and the loop goes on)
        before = self.rules.role_before_cache
        known, rfind = before.get, sentence.rfind  # (looked up once: the loop runs per capital)
        pronoun_subject = None  # (worked out for the first role only: most sentences have none)
        for match in chain((first_capital,), capitals) if first_capital else ():
            end = match.start() - 1  # (the space before the capital)
            start = rfind(" ", 0, end) + 1
            chunk = sentence[start:end]
            at = known(chunk, -1)
            if at == -1:
                at = before[chunk] = self._role_before(chunk)
            if at is None:
                continue
            if pronoun_subject is None:
                pronoun_subject = sentence.split(" ", 1)[0].lower() in self.pronouns
            start += at
            previous = sentence[:start].rstrip().rsplit(" ", 1)[-1]
            subject = self.subject_after(sentence, start)  # (the role is hers, now)
            if previous in _OBJECT_PREPOSITIONS:
                continue  # "Jan Smit sprak met minister Eva Bos": an object, not who "hij" is
            if pronoun_subject:
                continue  # "Hij wijst op de wens van minister Eva Bos": the sentence is about
                # him (its subject); the person with the role is an object or a topic
            if subject is not None and subject.how == "name" and subject.start == start:
                self.events.append(["person", subject.name])
                if (previous[:1].isupper() or self.rules.language == "da") \
                        and previous.lower().endswith(_NATIONALITY) \
                        and self.role_of(previous) is None and subject.name in self.people:
                    # "de Russische president Vladimir Poetin": not "de Oekraïense president"
                    self.people[subject.name].roles.add(previous.lower())

    def _role_before(self, chunk: str) -> int | None:
        """Where a person's role word starts in ``chunk`` (the text before a capital, back to
        the last space: "minister", "NORDJYLLAND:Vagtchef" after a dateline's colon, a comma
        after it left out), or None if it holds no such word (:meth:`introduce`).

        >>> from framelab.sourcing.tables import _rules
        >>> speakers = Speakers(_rules("da"), "")
        >>> speakers._role_before("udenrigsminister,"), speakers._role_before("NORDJYLLAND:Vagtchef")
        (0, 12)
        >>> speakers._role_before("siger"), speakers._role_before("(minister")
        (None, None)
        """
        at = 0
        word = chunk.rstrip(",")
        if ":" in word:  # after a dateline's colon: "NORDJYLLAND:Vagtchef Karsten Højrup"
            at = word.rindex(":") + 1
            word = chunk[at:].rstrip(",")
        if not word[:1].isalpha():
            return None
        found = self.role_of(word)
        return at if found is not None and found[1] == "person" else None

    def subject_before(self, text: str, position: int) -> Subject | None:
        """The speaker phrase that ends right before ``position`` (a verb), resolved.

        At most two short words stand between ("Rutte heeft donderdag gezegd").
        """
        start = max(0, position - 160)
        # the last 16 tokens, or more for a name of initials (tuples made of those only, not
        # of every token of the window)
        # (read in place, between pos and endpos: the tokens of text[start:position], no copy)
        matches = list(_TOKEN.finditer(text, start, position))
        first = max(0, len(matches) - 16)
        while 0 < first and len(matches) - first < 20 and matches[first].group()[:1].isupper() \
                and _INITIALS.fullmatch(matches[first - 1].group()):
            first -= 1  # not "P. Jansen" of "A. P. Jansen, predikant …, sprak": the whole name
        tokens = [(m.group(), m.start(), m.end()) for m in matches[first:]]
        if len(tokens) > 2 and tokens[-1][0] == ",":
            # A phrase between commas before the verb: "Mogens Gade, Jammerbugt Kommune,
            # kommenterede", "Nicolai Mallet, der er forsvarer i sagen mod Inger Støjberg,
            # pointerede": the subject ends at the first comma; "med Natos generalsekretær,
            # Jens Stoltenberg, sagde den norske statsminister": none (the verb's subject
            # follows it).
            opening = next((k for k in range(len(tokens) - 2, -1, -1)
                            if tokens[k][0] in (",", ".", ";", ":", "!", "?")), None)
            if opening is not None and tokens[opening][0] == ",":
                found = self._subject_in(tokens, opening, text, start, exact=True)
                if found is not None and found.how != "role":  # "ordfører, Jens Rohde,": below
                    return found
                if self._governed(tokens, opening):
                    return None
        found = self._subject_in(tokens, len(tokens), text, start, exact=False)
        if found is not None:
            return found
        # A subordinate clause ends with its verb: "at han i et stort interview … erkendte",
        # "dat zij na lang beraad … bevestigde": the subject after the conjunction.
        for i in range(len(tokens) - 2, -1, -1):
            if tokens[i][0] in (".", ";", ":", "!", "?", ","):
                break
            if tokens[i][0] in _CONJUNCTIONS:
                found = self._parse(tokens, i + 1, text, commit=False)
                if found is not None and found[1] < len(tokens):
                    return self._parse(tokens, i + 1, text)
                break
        return None

    def _subject_in(self, tokens: list[tuple[str, int, int]], limit: int, text: str,
                    start: int, *, exact: bool) -> Subject | None:
        """The speaker phrase that ends right before ``tokens[limit]`` (``exact``) or at most
        three lowercase words before it, resolved; None if there is none."""
        # A phrase never holds ".", "!", "?", ";" or ":", and only lowercase words may stand
        # between it and the verb: a phrase that starts before the last of them cannot end
        # close enough (most windows reach into the sentence before; not parsed at all).
        first = limit
        while first > 0 and tokens[first - 1][0] not in _STOPS:
            first -= 1
        for i in range(first, limit):
            word = tokens[i][0]
            if not word[:1].isupper():
                lowered = word.lower()
                if lowered not in self.pronouns and lowered not in self.determiners \
                        and not self.role_of(word):
                    continue
            if i > 0 and tokens[i - 1][0].lower() in self.determiners:
                continue  # the parse from the determiner covers it
            before = tokens[i - 1][0] if i > 0 else ""
            sentence_start = i == 1 or i > 1 and _ends_sentence(tokens, i - 2)
            if sentence_start:
                before = before.lower()  # "In Den Haag, …", "I København, …": a preposition
            if before in _PREPOSITIONS or (before[:1].isupper() and "-" in before
                                           and before.rsplit("-", 1)[1][:1].islower()
                                           and self.role_of(before) is None):
                continue  # "med Berlingske", "DR-podcasten Genstart": an object, not a subject
            if self.role_of(word) and self._governed(tokens, i + 1):
                continue  # "med Natos afgående generalsekretær": an object too
            if i > 0 and tokens[i - 1][0].lower() in _ACCORDING_TO \
                    or i > 1 and tokens[i - 2][0].lower() in _ACCORDING_TO:
                # "Volgens persbureau Reuters noemde Jan Smit het …": the source of the
                # report; the verb's subject follows it
                continue
            if before[:1].isupper() and before.lower() not in self.not_names \
                    and tokens[i - 1][2] + 1 == tokens[i][1] and word[:1].isupper():
                continue  # "Jammerbugt Kommune": the parse from "Jammerbugt" covers it
            if before in _PARTICLES and i > 1 and tokens[i - 2][0][:1].isupper() \
                    and tokens[i - 2][0].lower() not in self.not_names and word[:1].isupper():
                continue  # "Oude Kerk" of "Stichting Studie der Oude Kerk": one name, read
                # from its start (or, after a preposition, not at all)
            initial = i == 0 and start == 0 or i > 0 and _ends_sentence(tokens, i - 1)
            window = tokens if limit == len(tokens) else tokens[:limit]
            found = self._parse(window, i, text, commit=False, initial=initial)
            if found is None:
                continue
            gap = tokens[found[1]:limit]
            if gap and initial and found[1] == i + 1 and tokens[i][0] not in self.rules.canonical \
                    and self.normal(tokens[i][0]) == tokens[i][0]:
                continue  # "Duidelijk met gemengde gevoelens vertelt hij": not a name
            if exact and gap:
                continue
            gap = gap[_affiliation(gap):]  # "Gade (V) fra Jammerbugt Kommune synes"
            if len(gap) <= 3 and all(t[0][:1].islower() and t[0].isalpha() for t in gap):
                return self._parse(window, i, text, initial=initial)
        return None

    def _governed(self, tokens: list[tuple[str, int, int]], end: int) -> bool:
        """True if the noun phrase that ends right before ``tokens[end]`` follows a
        preposition: "med Natos afgående generalsekretær", "bij de Russische president"."""
        k = end - 1
        while k > 0 and end - k < 6:
            word = tokens[k - 1][0]
            if word in _PREPOSITIONS or word.lower() in _PREPOSITIONS and (
                    k == 1 or tokens[k - 2][0] in ".!?:"):
                return True
            if word.lower() in self.determiners or self._modifier(word) or (
                    word[:1].isupper() and word.endswith(("s", "’s", "'s", "se", "sche", "ske"))):
                k -= 1
                continue
            return False
        return False

    def _parse(self, tokens: list[tuple[str, int, int]], i: int, text: str, *,
               commit: bool = True, initial: bool = False):  # type: ignore[no-untyped-def]
        """Parse a speaker phrase at ``tokens[i]``: a :class:`Subject` (``commit``: remember
        its role and resolve it), or (how, end token) without ``commit``; None if there is none.
        """
        if i >= len(tokens):
            return None
        word, start, _ = tokens[i]
        lowered = word.lower()
        if lowered in self.pronouns:
            if not commit:
                return "pronoun", i + 1
            last = self.last_person  # "" for someone the text does not name ("een medewerker")
            name = last if last is not None else self.last_named or ""
            if lowered in _GENDER.get(self.rules.language, {}):
                name = self._of_gender(name, _GENDER[self.rules.language][lowered])
            return Subject(name, "unnamed" if last == "" else "pronoun", start, tokens[i][2])
        # (the pattern only where a name of the actor table can start: most words are none)
        firsts = self._actor_firsts
        actor = self.rules.actor_re.match(text, start) if text[start:start + 1] in firsts \
            else None
        if actor is None and lowered in self.determiners and i + 1 < len(tokens) \
                and text[tokens[i + 1][1]:tokens[i + 1][1] + 1] in firsts:
            actor = self.rules.actor_re.match(text, tokens[i + 1][1])
        if actor is not None:
            j = _token_at(tokens, actor.end(), i)
            canonical = self.rules.canonical[actor.group(1)]
            # (party letters after an actor are part of the phrase, as after a name:
            # "Juliet Broersen (Volt):")
            j, role = self._apposition_after(tokens, self._party(tokens, j))
            if not commit:
                return "name", j
            # An actor of the table is one of the article's people too, as a name the table
            # does not know is: "Trine" or "Holm" later is that actor (normal), and who "hun"
            # is stays that actor (a known actor must not make the speaker jump to another).
            entry = self._person(canonical)
            if role:
                entry.roles.add(role)
            return Subject(canonical, "name", start, tokens[j - 1][2])
        j = i
        determiner = ""
        if (word in _CAPITAL_PARTICLES and i + 1 < len(tokens)
                and self.is_name_word(tokens[i + 1][0], first=False)):
            pass  # "De Wever", "Van Rompuy": the particle is part of the name
        elif lowered in self.determiners:
            determiner, j = lowered, i + 1
        owned = self._owned_role(tokens, j, text, commit=commit) if not determiner else None
        if owned is not None:  # "Jens Hansens advokat, Peter Lund": the lawyer
            return owned
        j = self._numbered_genitive(tokens, j)  # "TV 2's journalist": whose role
        # A role, perhaps after adjectives ("de Finse president", "den danske udenrigsminister").
        k, role, kind, adjectives = j, None, "", []
        while k < len(tokens) and k - j < 4:
            current = tokens[k][0]
            found_role = self.role_of(current) if current[:1].isalpha() else None
            if found_role:
                role, kind = found_role
                k += 1
                break
            if self._owner_genitive(tokens, k):
                k += 1  # "udvalgets formand", "skolens leder": whose role (no adjective)
                continue
            if self._modifier(current) or self._adjective(tokens, k) or (
                    k + 1 < len(tokens) and self._noun(current)
                    and self._portfolio(tokens, k + 2) > k + 2
                    and self.role_of(tokens[k + 1][0]) is not None):
                # (also "demissionair minister van Justitie": an adjective before a role
                # with a portfolio)
                adjectives.append(current.lower())
                k += 1
                continue
            break
        if role:
            end_role = k
            owner = self._owner(tokens, k) if kind == "person" else None
            if owner is not None:
                # "de advocaat van Jan de Vries", "advokaten for Jens Holm": someone's lawyer,
                # a person the text does not name (not Jan de Vries)
                return Subject("", "unnamed", start, tokens[owner - 1][2]) if commit \
                    else ("unnamed", owner)
            if k + 1 < len(tokens) and tokens[k][0] in ("og", "en", "and"):
                m = k + 1  # "rådmand og socialdemokratisk stemmesluger Nuuradiin Hussein"
                while m < len(tokens) and m - k <= 3 and tokens[m][0][:1].islower():
                    m += 1
                if m > k + 1 and self._name(tokens, m, first=False) > m:
                    k = m
            long = self._long_complement(tokens, k) if kind == "person" else None
            k = long if long is not None else self._role_link(tokens, self._portfolio(tokens, k))
            if kind == "person":
                k = self._complement(tokens, k)  # "minister på området, Jens Holm,"
            after_comma = k + 1 if k < len(tokens) and tokens[k][0] == "," else k
            name_end = self._name(tokens, after_comma, first=False)
            if kind == "person" and name_end > after_comma and (
                    not tokens[after_comma][0].isupper()
                    or _INITIALS.fullmatch(tokens[after_comma][0])):
                # (not "STATSMINISTEREN SIGER": a heading in capitals)
                name = self._name_text(tokens, after_comma, name_end)
                name_end = self._party(tokens, name_end)
                if k < len(tokens) and tokens[k][0] == "," and name_end < len(tokens) \
                        and tokens[name_end][0] == ",":
                    name_end += 1  # "den danske udenrigsminister, Lars Løkke Rasmussen (M),"
                if not commit:
                    return "name", name_end
                person = self._person(self.normal(name))
                person.roles.update({role, *adjectives})
                return Subject(person.name, "name", start, tokens[name_end - 1][2])
            if kind == "person" and after_comma > k:
                # "partiets leder, viceborgmester Jens Holm": a second role with the name
                second = self._second_role(tokens, after_comma, text, commit=commit)
                if second is not None:
                    return second
            if not commit:
                return "role", k
            phrase = text[start:tokens[k - 1][2]]
            if kind == "organisation":
                return Subject(_without_determiner(phrase, self.determiners), "organisation",
                               start, tokens[k - 1][2])
            if determiner in _INDEFINITE:  # "een woordvoerder": a person the text does not name
                return Subject("", "unnamed", start, tokens[end_role - 1][2])
            return Subject(self.resolve_role(role, adjectives) or "", "role", start,
                           tokens[k - 1][2])
        if determiner and len(adjectives) == 1 and _AGE.fullmatch(adjectives[0]) and (
                k >= len(tokens) or not tokens[k][0][:1].isalpha()
                or tokens[k][0] in _PREPOSITIONS):
            # "siger den 45-årige", "aldus de 45-jarige": the person the article gave that age
            found = self._of_age(adjectives[0].split("-", 1)[0])
            if not commit:
                return "role", k
            return Subject(found or "", "role" if found else "unnamed", start,
                           tokens[k - 1][2])
        if determiner and len(adjectives) == 1 and _AGE.fullmatch(adjectives[0]) \
                and k + 1 <= len(tokens) and (self._noun(tokens[k][0])
                                             or self.person_noun(tokens[k][0])) \
                and (k + 1 == len(tokens) or not tokens[k + 1][0][:1].isalpha()
                     or tokens[k + 1][0] in _PREPOSITIONS):
            # "siger den 54-årige landmand", "zegt de 54-jarige boer": the person the article
            # gave that age, or that noun before their name ("Landmand Ole Bak"), else no one
            found = self._of_age(adjectives[0].split("-", 1)[0]) \
                or self._described_by(tokens[k][0])
            if not commit:
                return "role", k + 1
            return Subject(found or "", "role" if found else "unnamed", start, tokens[k][2])
        if adjectives and (determiner or all(_AGE.fullmatch(a) for a in adjectives)) \
                and self._name(tokens, k, first=False) > k:
            j = k  # "de 34-jarige Jan Bakker", "den unge Anna Hansen", "32-årige Karen Holm"
        name_end = self._name(tokens, j, first=initial and not determiner)
        if name_end == j:
            return None
        if initial and name_end - j > 1 and not determiner and self.common_word(tokens[j][0]) \
                and tokens[j][0] not in _CAPITAL_PARTICLES:
            j += 1  # "Presentator Kefah Allush": a noun that starts the sentence, then the name
        elif name_end - j > 2 and self.person_noun(tokens[j][0]) \
                and tokens[j][0] not in self.rules.canonical:
            # "siger Lokalborger Anne-Sofie Hermansen", "zegt Schapenboer Jan Smit": a noun for
            # a person (or a compound of one) written with a capital before a full name is an
            # apposition, no part of the name (so the name is the actor table's)
            j += 1
        if all(self.portfolio_word(t[0]) or t[0] == "en" for t in tokens[j:name_end]) \
                or (name_end - j == 1 and self.platform(tokens[j][0])):
            return None  # "Financiën", "Buitenlandse Zaken", "Twitter": no one who speaks
        name = self._name_text(tokens, j, name_end)
        if name_end - j > 1 and name.isupper() and not any(
                _INITIALS.fullmatch(t[0]) for t in tokens[j:name_end]):
            return None  # "NIEUWE REGELS", "STATSMINISTEREN SIGER": a subheading in capitals
        if determiner and name_end - j == 1 and not name.isupper() and tokens[i][0] == "de" \
                and self.rules.language == "nl" and _lower_next(tokens, name_end):
            # "aldus de Fin": a nationality for a person named before
            if not commit:
                return "role", name_end
            return Subject(self.resolve_role(name.lower(), [name.lower()]) or "", "role",
                           start, tokens[name_end - 1][2])
        if initial and name_end - j == 1 and not determiner and self.common_word(name):
            return None  # "Kommissionen siger": a noun that starts the sentence, not a name
        if self._genitive(tokens, name_end - 1):
            return None  # "Socialdemokratiets ledelse", "Thomas Holms forslag": whose, not who
        end = self._party(tokens, name_end)
        end, role = self._apposition_after(tokens, end)
        if not commit:
            return "name", end
        normal = self.normal(name)
        # a neuter article before a capitalised noun is no person: "Het Westen", "het Witte
        # Huis", "Det Radikale Venstre" (a place, a building, a party)
        person = self._person(normal, person=not name.isupper() and determiner not in _NEUTER)
        if role:
            person.roles.add(role)
        return Subject(person.name, "name", start, tokens[end - 1][2])

    def _of_gender(self, name: str, gender: str) -> str:
        """The person "han" or "hun" is: ``name`` (the last person), unless an earlier "han"
        or "hun" was that person with the other gender ("…, siger hun. …, siger han."): then
        the most recent other person named in full before it whom no pronoun gave the other
        gender; "" if there is none. The pronoun's gender is remembered for its person."""
        if not name:
            return name
        known = self._genders.get(name)
        if known is not None and known != gender:
            name = next((other for other in self._recent_names() if other != name
                         and self._genders.get(other, gender) == gender), "")
        if name and self._horizon is None:  # (not while reading an earlier sentence)
            self._genders.setdefault(name, gender)
        return name

    def _recent_names(self):  # type: ignore[no-untyped-def]
        """The people of the last events, most recent first: speakers, people introduced, and
        the names of two words or more in the sentences (for :meth:`_of_gender`)."""
        end = len(self.events) if self._horizon is None else self._horizon
        for event in reversed(self.events[max(0, end - 8):end]):
            if event[0] in ("speaker", "person"):
                yield str(event[1])
            else:
                sentence = str(event[-1])
                for match in reversed(list(_NAME_RUN.finditer(sentence))):
                    if after_possessive(sentence, match.start()) \
                            or match.group().startswith(_CAPITAL_POSSESSIVES):
                        continue  # "i sin Toyota Landcruiser": a thing, no one "han" is
                    name = self.normal(without_affiliation(match.group()))
                    if " " in name and self.rules.kind.get(name, "person") == "person" \
                            and not self.function_word(name.split()[0]) \
                            and self.role_of(name.split()[0]) is None:
                        yield name

    def _of_age(self, age: str) -> str | None:
        """The person the article gives ``age``: "Jens Hansen (45)", "Anna de Wit, 45 jaar",
        "Jens Hansen er 45 år" (a name of two words or more at most 40 characters before the
        number, in its sentence); None if no one, or two people, have it."""
        found = set()
        for match in re.finditer(rf"(?<![\d.,]){age}(?![\d.,]\d)(?!\d)", self.text):
            window = self.text[max(0, match.start() - 40):match.start()]
            window = re.split(r"[.!?]\s", window)[-1]
            name = self.last_name_in(window)
            if name and " " in name:
                found.add(self.normal(name))
        return found.pop() if len(found) == 1 else None

    def _genitive(self, tokens: list[tuple[str, int, int]], j: int) -> bool:
        """True if the one capitalised word ``tokens[j]`` is a genitive before its noun
        ("Socialdemokratiets ledelse", "Europas ledere", "SF's ordfører"): never the speaker
        itself. A first name in -s ("Lars siger", "Klaus mener") is followed by a verb or a
        function word, a genitive by its noun."""
        word = tokens[j][0]
        if j + 1 >= len(tokens) or word in self.rules.canonical:
            return False
        after = tokens[j + 1][0]
        if word.endswith(("s'", "s’", "z'", "z’", "x'", "x’")):
            return after[:1].isalpha()  # "De Vries’ plan", "Jonas' forslag"
        if not word.endswith("s"):
            return False
        if _ORGANISATION_GENITIVE.search(word) or word.endswith(("'s", "’s")):
            return after[:1].isalpha()
        if j > 0 and (tokens[j - 1][0][:1].isupper() or tokens[j - 1][0] in _PARTICLES) \
                and tokens[j - 1][2] + 1 == tokens[j][1] \
                and after.endswith(_PAST_TENSE.get(self.rules.language, ())):
            return False  # "Anna de Vries belde", "Jens Claes ringede": a surname and a verb
        return (after[:1].islower() and after.isalpha() and len(after) > 3
                and after not in self.not_names and after not in self.common.function_words
                and after not in self.rules.verbs and after not in _ADVERBS)

    def _noun(self, word: str) -> bool:
        """A lowercase word that may be a noun: no function word, no adjective ending in -e."""
        return (word[:1].islower() and word.isalpha() and len(word) > 3
                and word not in self.not_names and word not in _ADVERBS
                and not self._modifier(word))

    def _modifier(self, word: str) -> bool:
        """A lowercase adjective before a role: "danske", "voormalige", "tidligere", "34-jarige"."""
        if "0" <= word[:1] <= "9":
            return _AGE.fullmatch(word) is not None
        return (word[:1].islower() and word.isalpha() and word not in self.not_names
                and word.endswith("e"))

    def _adjective(self, tokens: list[tuple[str, int, int]], k: int) -> bool:
        """A capitalised Dutch adjective of nationality before a noun: "Finse", "Russische"."""
        word = tokens[k][0]
        if k + 1 >= len(tokens) or not word[:1].isupper():
            return False
        if word.endswith(("s", "’s", "'s")) and self.role_of(tokens[k + 1][0]):
            return True  # a genitive: "Statsrevisorernes næstformand", "Ruttes woordvoerder"
        if k + 2 < len(tokens) and _ORGANISATION_GENITIVE.search(tokens[k + 1][0]) \
                and tokens[k + 1][0][:1].isupper() and self.role_of(tokens[k + 2][0]):
            return True  # the first word of an organisation's genitive: "Dansk Folkepartis
            # formand", "Radikale Venstres leder"
        return (self.rules.language == "nl" and word.endswith(("se", "sche"))
                and _lower_next(tokens, k + 1, role_ok=True))

    @staticmethod
    def _shared_head(tokens: list[tuple[str, int, int]], k: int) -> bool:
        """True for "og"/"en" between two genitives of places that share the noun after them:
        "ved Nordjyllands og Vestjyllands Politi", "van Noord- en Zuid-Hollands bestuur" (one
        organisation, in a role link)."""
        return (0 < k < len(tokens) - 1 and tokens[k][0] in ("og", "en", "&")
                and tokens[k - 1][0][:1].isupper() and tokens[k - 1][0].endswith(("s", "-"))
                and tokens[k + 1][0][:1].isupper())

    def _long_complement(self, tokens: list[tuple[str, int, int]], k: int) -> int | None:
        """After a role, what and where it is of, in phrases after prepositions with names in
        them, then the person's name between a comma and the end of the clause: "formand for
        bestyrelsen på Nord Skole i Vejle, Jens Holm.", "de voorzitter van de vereniging in
        Ermelo, Jan Smit,"; or, with lowercase words only, the name right after them: "de
        voorzitter van de vakbond Anna de Wit.". The comma before the name (or the name's first
        token), or None (no such phrase; a name that goes on into the sentence is no
        apposition)."""
        if k >= len(tokens) or tokens[k][0] not in _ROLE_LINKS and tokens[k][0] not in _PREPOSITIONS:
            return None
        m = k + 1
        while m < len(tokens) and m - k <= 10 and tokens[m][0] != ",":
            word = tokens[m][0]
            if word == "." and _abbreviation_stop(tokens, m, self.rules.language):
                m += 1  # "i Skt. Lukas Sogn", "in St. Jansdorp": a name's abbreviation
                continue
            if not word[:1].isalpha() or word.lower() in self.rules.verbs \
                    or word in _CLAUSE_WORDS or word.lower() in self.pronouns:
                return None  # (a clause or a stop, not a phrase of what the role is of)
            if word[:1].isupper() and m - k <= 4 and m > k + 1 and all(
                    t[0].islower() for t in tokens[k + 1:m]) and any(
                    t[0] not in self.determiners for t in tokens[k + 1:m]):
                # no comma: "voorzitter van de vakbond Anna de Wit." (lowercase words, then
                # the name that ends the clause)
                end = self._party(tokens, self._name(tokens, m, first=False))
                if end - m >= 2 and (end == len(tokens) or tokens[end][0] in (".", ":", ";")
                                     or tokens[end][0] in ("tegen", "til")
                                     or tokens[end][0] == "," and self._name(
                                         tokens, end + 1, first=False) == end + 1):
                    # (not a place before ", Name": "på Vestby Skole, Karen Lund")
                    if end - m >= 3 and self._name_compound(tokens[m][0]):
                        return m + 1  # "direktør for hele Løvbjergkæden Jesper Due": what
                        # the role is of (a name and a noun in one word), then the name
                    return m  # (or "… Anna de Wit tegen de krant": where she said it)
            m += 1
        if m == k + 1 or m >= len(tokens) or tokens[m][0] != ",":
            return None
        end = self._party(tokens, self._name(tokens, m + 1, first=False))
        if end - (m + 1) < 2 or end < len(tokens) and tokens[end][0] not in (",", ".", ":", ";"):
            return None
        return m  # (the comma: the name follows it)

    def _name_compound(self, word: str) -> bool:
        """True if ``word`` is a compound of a name the article writes alone and a common noun
        ("Løvbjergkæden" beside "Løvbjerg", "Albertwinkel" beside "Albert"): a company's or a
        place's word, no person's first name.

        >>> from framelab.sourcing.tables import _rules
        >>> s = Speakers(_rules("da"), "Løvbjerg åbner. Løvbjergkæden og Jesper Due.")
        >>> s._name_compound("Løvbjergkæden"), s._name_compound("Jesper")
        (True, False)
        """
        if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
            return False
        return any(_has_word(self.text, word[:cut]) for cut in range(3, len(word) - 2))

    def _numbered_genitive(self, tokens: list[tuple[str, int, int]], j: int) -> int:
        """After a name with a number in the genitive before a role ("TV 2's journalist",
        "NPO 1's presentator"): the role's token, as after "DR's journalist" (whose role, not
        who speaks); ``j`` for anything else."""
        if j + 4 < len(tokens) and tokens[j][0][:1].isupper() and tokens[j + 1][0].isdigit() \
                and tokens[j + 2][0] in ("'", "’") and tokens[j + 3][0] == "s" \
                and tokens[j + 3][1] == tokens[j + 2][2] and tokens[j + 4][0][:1].isalpha() \
                and self.role_of(tokens[j + 4][0]) is not None:
            return j + 4
        return j

    def _described_by(self, noun: str) -> str | None:
        """The person the article names in full right after ``noun`` ("Landmand Ole Bak",
        "boer Jan Smit") or gives it in an apposition after their name ("Ole Bak, der er
        fisker på båden", "Jan Smit, boer in Drenthe,"), if it names one person so; else None."""
        found = set()
        for match in re.finditer(rf"(?i)(?<!\w){re.escape(noun)}\s+(?=[A-ZÀ-ÖØ-ÞÆØÅ])", self.text):
            name = _NAME_RUN.match(self.text, match.end())
            if name is not None and " " in name.group():
                found.add(self.normal(without_affiliation(name.group())))
        after = re.compile(rf",\s+(?:(?:der|som|die)\s+(?:er|var|is|was|har været|heeft)\s+)?"
                           rf"(?:(?:en|et|een|de|het)\s+)?(?:[^\W\d_A-ZÀ-ÖØ-ÞÆØÅ]+e\s+){{0,2}}?"
                           rf"{re.escape(noun.lower())}(?!\w)")
        # (adjectives only between: "der er erfaren fisker"; not "de vrouw van boer")
        at = self.text.find(noun.lower())
        while at >= 0:  # (only where the noun stands: most articles have it once or never)
            comma = self.text.rfind(",", max(0, at - 60), at)
            if comma > 0:
                name = next((m for m in _NAME_RUN.finditer(self.text, max(0, comma - 60), comma)
                             if m.end() == comma), None)
                if name is not None and after.match(self.text, comma) is not None \
                        and after.match(self.text, comma).end() == at + len(noun):
                    found.add(self.normal(without_affiliation(name.group())))
            at = self.text.find(noun.lower(), at + 1)
        return found.pop() if len(found) == 1 else None

    def _second_role(self, tokens: list[tuple[str, int, int]], k: int, text: str, *,
                     commit: bool):  # type: ignore[no-untyped-def]
        """After a role and a comma, a second role with a person's name: "partiets leder,
        viceborgmester Jens Holm", "de fractievoorzitter, wethouder Jan Smit" (one person,
        two appositions; an ordinal may open it: "1. viceborgmester"). The parse of that
        phrase if it names a person (as :meth:`_parse`), else None."""
        if k < len(tokens) and _ORDINAL.fullmatch(tokens[k][0]):
            k += 1
        if k >= len(tokens) or not tokens[k][0][:1].isalpha() or tokens[k][0][:1].isupper() \
                and not self.role_of(tokens[k][0]):
            return None  # (a name right after the comma is the role's own parse)
        found = self._parse(tokens, k, text, commit=False)
        if found is None or found[0] != "name":
            return None
        return self._parse(tokens, k, text, commit=True) if commit else found

    def _owner_genitive(self, tokens: list[tuple[str, int, int]], k: int) -> bool:
        """True for a Danish common noun in the definite genitive right before a role:
        "udvalgets formand", "skolens leder", "partiernes ordførere" (what the role is of,
        written small: no name). Dutch writes "de voorzitter van de commissie" instead."""
        word = tokens[k][0]
        return (self.rules.language == "da" and k + 1 < len(tokens)
                and word.endswith(_DEFINITE_GENITIVE) and word.isalpha() and word.islower()
                and word not in self.not_names
                and tokens[k + 1][0][:1].isalpha() and self.role_of(tokens[k + 1][0]) is not None)

    def _role_link(self, tokens: list[tuple[str, int, int]], k: int) -> int:
        """After a role, what it is the role of: "van Buitenlandse Zaken", "i Nato", "van de
        NAVO", up to a comma or the name that follows ("minister van Defensie Ruben
        Brekelmans": the last two capitalised words are the name)."""
        if k >= len(tokens) or tokens[k][0] not in _ROLE_LINKS:
            return k
        m = k + 1
        if m < len(tokens) and tokens[m][0] in ("de", "het", "den", "det"):
            m += 1
        end = m
        while end < len(tokens) and end - m < _LINK_SPAN + 2 and (
                tokens[end][0][:1].isupper() and not _PARTY.fullmatch(tokens[end][0])
                or self._shared_head(tokens, end)):
            end += 1
        if end == m or self.platform(tokens[m][0]):
            return k  # ("de premier op X", "ministeren på Facebook": where, not what of)
        i = m
        while i < end:  # "Buitenlandse Zaken", "NAVO", "EU": part of what the role is of
            word = tokens[i][0]
            if word.isupper() and len(word) > 1:
                i += 1
            elif i + 3 < end and self._shared_head(tokens, i + 1):
                i += 4  # "Nordjyllands og Vestjyllands Politi": one organisation
            elif word.endswith(("se", "sche", "ske")) and i + 1 < end:
                i += 2
            else:
                break
        left = end - i
        # "for Odense Bys Museer Torben Grøngaard Jeppesen": a genitive and its noun end the
        # organisation, the name follows (two or three words)
        genitive = next((g for g in range(end - 4, m - 1, -1)
                         if tokens[g][0].endswith(("s", "’s", "'s")) and 2 <= end - g - 2 <= 3),
                        None)
        if left >= 3 and genitive is not None:
            i = max(i, genitive + 2)
        elif left >= 3:
            i = end - 2
            if end + 1 < len(tokens) and tokens[end][0] in _NAME_PARTICLES \
                    and tokens[end + 1][0][:1].isupper():
                i = end - 1  # "… Universiteit Utrecht Anna de Wit": the surname's particle
        elif left == 2 and i == m:
            i = m + 1
        elif left == 1 and i == m:
            i = end  # "de burgemeester van Tiel", "woordvoerder van Rutte": whose, not who
        return i
    def _owned_role(self, tokens: list[tuple[str, int, int]], j: int, text: str, *,
                    commit: bool):  # type: ignore[no-untyped-def]
        """A person's name in the genitive, then a role: "Jens Hansens advokat, Peter Lund,",
        "Anna de Wits woordvoerder": someone's lawyer or spokesperson, the person named after
        the comma, else someone the text does not name (not the owner). None: no such phrase
        (an organisation's genitive, "Dansk Folkepartis formand", is read as before)."""
        end = self._name(tokens, j, first=False)
        if end - j < 2 or end >= len(tokens):
            return None
        owner = tokens[end - 1][0]
        if not owner.endswith(("s", "'s", "’s")) or _ORGANISATION_GENITIVE.search(owner) \
                or any(t[0].isupper() for t in tokens[j:end]):
            return None
        found = self.role_of(tokens[end][0])
        if found is None or found[1] != "person":
            return None
        k = self._role_link(tokens, self._portfolio(tokens, end + 1))
        if k < len(tokens) and tokens[k][0] == ",":
            name_end = self._name(tokens, k + 1, first=False)
            if name_end - (k + 1) >= 2:
                name_end = self._party(tokens, name_end)
                if not commit:
                    return "name", name_end
                person = self._person(self.normal(self._name_text(tokens, k + 1, name_end)))
                person.roles.add(found[0])
                return Subject(person.name, "name", tokens[j][1], tokens[name_end - 1][2])
        if not commit:
            return "unnamed", k
        return Subject("", "unnamed", tokens[j][1], tokens[k - 1][2])

    def _complement(self, tokens: list[tuple[str, int, int]], k: int) -> int:
        """After a role, a short phrase of lowercase words after a preposition, then a name
        between commas: "den nye minister på området, Jens Holm,", "de woordvoerder van het
        ministerie, Jan Smit,": the comma before the name (``k`` if there is no such name)."""
        if k >= len(tokens) or tokens[k][0] not in _PREPOSITIONS:
            return k
        m = k + 1
        while m < len(tokens) and m - k <= 4 and tokens[m][0].isalpha() \
                and tokens[m][0].islower():
            m += 1
        if m == k + 1 or m + 1 >= len(tokens) or tokens[m][0] != ",":
            return k
        end = self._party(tokens, self._name(tokens, m + 1, first=False))
        if end - (m + 1) < 2 or end < len(tokens) and tokens[end][0] not in (",", ":", "."):
            return k  # a person's name of two words or more, closed by a comma or a colon
        return m

    def _owner(self, tokens: list[tuple[str, int, int]], k: int) -> int | None:
        """After a role, "van"/"for"/"fra" and the full name of a person whose the role is ("de
        advocaat van Jan de Vries", "advokaten for Jens Holm"): the token after that name, or
        None (no such name: "minister van Buitenlandse Zaken", "direktør for DI Lars Sandahl",
        "minister van Defensie Ruben Brekelmans", where the role link is what it is of)."""
        if k + 1 >= len(tokens) or tokens[k][0] not in _OWNER_LINKS:
            return None
        m = k + 1
        first = tokens[m][0]
        if not first[:1].isupper() or first.isupper() or first in self.rules.canonical \
                or self.portfolio_word(first) or self.common_word(first) \
                or self._role_link(tokens, k) not in (m, m + 1):
            return None
        end = self._name(tokens, m, first=False)
        if end - m < 2 or (end < len(tokens) and tokens[end][0][:1].isupper()) \
                or any(self.portfolio_word(t[0]) or t[0].isupper() for t in tokens[m:end]):
            return None
        return self._party(tokens, end)

    def _portfolio(self, tokens: list[tuple[str, int, int]], k: int) -> int:
        """After a role, its portfolio: "van Buitenlandse Zaken", "voor Klimaat en Energie",
        "Onderwijs" (capitalised portfolio words, Dutch) or, in Danish, "for ældre", "for
        fødevarer, landbrug og fiskeri" before a name; the token after it (``k`` if none).

        >>> from framelab.sourcing.tables import _rules
        >>> s = Speakers(_rules("nl"), "")
        >>> tokens = [(w, 0, 0) for w in "van Economische Zaken en Klimaat Piet Bos".split()]
        >>> s._portfolio(tokens, 0)
        5
        """
        if k >= len(tokens):
            return k
        m = k + 1 if tokens[k][0] in ("van", "voor") else k
        end = m
        while end < len(tokens) and self.portfolio_word(tokens[end][0]):
            end += 1
            if end + 1 < len(tokens) and tokens[end][0] in ("en", ",", "&") \
                    and self.portfolio_word(tokens[end + 1][0]):
                end += 1
        if end > m:
            return end
        if self.rules.language == "da" and tokens[k][0] == "for":
            end = k + 1  # lowercase in Danish: only with the name right after it
            while end < len(tokens) and end - k <= 6 and (
                    tokens[end][0] in ("og", ",") or tokens[end][0].isalpha()
                    and tokens[end][0].islower() and tokens[end][0] not in self.not_names):
                end += 1
            while end > k + 1 and tokens[end - 1][0] in ("og", ","):
                end -= 1
            name = end + 1 if end < len(tokens) and tokens[end][0] == "," else end
            if end > k + 1 and self._name(tokens, name, first=False) > name:
                return end  # (", Mette Lund (S)": the comma before the name is the role's)
        return k

    def _apposition_after(self, tokens: list[tuple[str, int, int]], j: int
                          ) -> tuple[int, str | None]:
        """", de NAVO-chef," after a name: (the token after it, the role) or (j, None)."""
        if j + 1 < len(tokens) and tokens[j][0] == ",":
            k = j + 1
            if tokens[k][0].lower() in self.determiners:
                k += 1
            while k < len(tokens) and k - j < 5:
                found = self.role_of(tokens[k][0]) if tokens[k][0][:1].isalpha() else None
                if found and found[1] == "person":
                    end = self._role_link(tokens, self._portfolio(tokens, k + 1))
                    if end < len(tokens) and tokens[end][0] == ",":
                        return end + 1, found[0]
                    return j, found[0]
                if not (tokens[k][0][:1].islower() or self._adjective(tokens, k)):
                    break
                k += 1
        return j, None

    def _name(self, tokens: list[tuple[str, int, int]], j: int, *, first: bool) -> int:
        """The end of a name that starts at ``tokens[j]`` (``j`` itself if there is none)."""
        if j >= len(tokens) or not self.is_name_word(tokens[j][0], first=first):
            if not (j + 1 < len(tokens) and tokens[j][0] in _CAPITAL_PARTICLES
                    and self.is_name_word(tokens[j + 1][0], first=False)):
                return j  # "De Wever", "Von der Leyen" start with a particle
        k = j + 1
        grouped = False  # (one group of particles per name: "Jan van Soest van de VVD" is
        # Jan van Soest, of the VVD)
        while k < len(tokens) and k - j < _MAX_NAME:
            word = tokens[k][0]
            if "0" <= word[-1:] <= "9":
                break  # "Volvo V90": a thing; a party ("D66") may only start a name
            if self.is_name_word(word, first=False) and tokens[k][1] == tokens[k - 1][2] + 1:
                k += 1
                continue
            m = k
            while m < len(tokens) and tokens[m][0] in _PARTICLES and m - k < 3:
                m += 1
            if m > k and m < len(tokens) and self.is_name_word(tokens[m][0], first=False) \
                    and not grouped \
                    and not (m == k + 1 and tokens[k][0] in _PREPOSITION_PARTICLES) \
                    and not "0" <= tokens[m][0][-1:] <= "9" \
                    and not (tokens[m][0].isupper() and len(tokens[m][0]) > 1) \
                    and not self.platform(tokens[m][0]):  # "Bos van D66": where she is from
                # (nor "Smit van de NOS", "To af TV 2": an organisation in capitals)
                # (not "De Vries op X", "Holm på Facebook": where she wrote it)
                k, grouped = m + 1, True
                continue
            break
        return k

    def _common(self, word: str) -> bool:
        """True if ``word`` is written in lowercase elsewhere in the article (a common noun)."""
        found = self._common_cache.get(word)
        if found is None:
            found = self._common_cache[word] = _has_word(self.text, word.lower())
        return found

    @staticmethod
    def _name_text(tokens: list[tuple[str, int, int]], j: int, k: int) -> str:
        return without_affiliation(" ".join(token[0] for token in tokens[j:k]).replace("’", "'"))

    @staticmethod
    def _party(tokens: list[tuple[str, int, int]], k: int) -> int:
        return k + 1 if k < len(tokens) and _PARTY.fullmatch(tokens[k][0]) else k


def _is_word_char(char: str) -> bool:
    """Whether ``char`` is a character ``\\w`` matches (``re``'s rule: alphanumeric or "_")."""
    return char.isalnum() or char == "_"


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` with no word character right before or after it:
    ``re.search(r"(?<!\\w)" + re.escape(word) + r"(?!\\w)", text)``, without compiling a
    pattern per word, and for a word of word characters the same as ``word in
    set(re.findall(r"\\w+", text))``, without reading every word of the text (most words a
    speaker's parse asks about stand early in it). tests/test_sourcing.py compares them.

    >>> _has_word("De oorlog, en oorlogen.", "oorlog"), _has_word("oorlogen", "oorlog")
    (True, False)
    """
    if not word:
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    size, at = len(word), text.find(word)
    while at >= 0:
        end = at + size
        if not (at and _is_word_char(text[at - 1])) \
                and not (end < len(text) and _is_word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _forms(word: str, language: str) -> tuple[str, ...]:
    """The word and, in Danish, its form without the definite ending ("ministeren")."""
    if language == "da":
        forms = [word]
        for ending in ("en", "n", "et"):
            if word.endswith(ending) and len(word) > len(ending) + 3:
                forms.append(word[: -len(ending)])
        return tuple(forms)
    return (word,)


def _affiliation(gap: list[tuple[str, int, int]]) -> int:
    """The length of "fra Jammerbugt Kommune", "van de VVD", "uit Gent" at the start of
    ``gap`` (a preposition of origin and capitalised words: where the speaker is from), or 0."""
    if not gap or gap[0][0] not in _FROM_PLACE:
        return 0
    k = 1
    if k < len(gap) and gap[k][0] in ("de", "het", "den", "det"):
        k += 1
    end = k
    while end < len(gap) and end - k < 4 and gap[end][0][:1].isupper():
        end += 1
        if gap[end - 1][0].endswith("-") and end + 1 < len(gap) \
                and gap[end][0] in ("og", "en", "of", "eller", "und") and gap[end + 1][0][:1].isalpha():
            end += 2  # a suspended compound: "fra Radio- og tv-nævnet", "van Midden- en Kleinbedrijf"
    return end if end > k else 0


def _abbreviation_stop(tokens: list[tuple[str, int, int]], k: int, language: str) -> bool:
    """True if the full stop ``tokens[k]`` ends an abbreviation inside a name: right after a
    capitalised abbreviation of the language (data/abbreviations_<language>.txt) and before
    a capitalised word ("Skt. Lukas Sogn", "St. Jansdorp"), not the end of a sentence.

    >>> _abbreviation_stop([("Skt", 0, 3), (".", 3, 4), ("Lukas", 5, 10)], 1, "da")
    True
    >>> _abbreviation_stop([("Holm", 0, 4), (".", 4, 5), ("Lukas", 6, 11)], 1, "da")
    False
    """
    from ..sentences import _abbreviation_set

    if k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1][0], tokens[k + 1][0]
    return (tokens[k - 1][2] == tokens[k][1] and before.lower() in _abbreviation_set(language)
            and before[:1].isupper() and after[:1].isupper()
            and after.isalpha() and after.lower() not in _ABBREVIATION_NOT_BEFORE)


# Words that start a sentence after a short word and a full stop ("… Ole. Han …"): no name
_ABBREVIATION_NOT_BEFORE = frozenset({"han", "hun", "hij", "zij", "ze", "de", "det", "den",
                                      "het", "een", "en", "et", "der", "er", "dat", "die"})


def _ends_sentence(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """True if ``tokens[k]`` ends a sentence: ".", "!", "?", ":" or a closing quotation mark
    after ".", "!" or "?" ("„…” Dat zei Jansen.", "»…« Sådan skriver Hansen": "Dat" and
    "Sådan" start the sentence, no name)."""
    word = tokens[k][0]
    return word in ".!?:" or (word in _CLOSING_MARKS and k > 0 and tokens[k - 1][0] in ".!?")


def _token_at(tokens: list[tuple[str, int, int]], end: int, i: int) -> int:
    """The index of the first token that starts at or after ``end``."""
    j = i
    while j < len(tokens) and tokens[j][1] < end:
        j += 1
    return j


def _lower_next(tokens: list[tuple[str, int, int]], k: int, *, role_ok: bool = False) -> bool:
    """True if nothing or a lowercase word (or a role) follows: "de Fin zei", "Finse president"."""
    if k >= len(tokens):
        return not role_ok
    word = tokens[k][0]
    return word[:1].islower() or (role_ok and "-" in word) or not word[:1].isalpha()


def _without_determiner(phrase: str, determiners: frozenset[str]) -> str:
    first, _, rest = phrase.partition(" ")
    return rest if first in determiners and rest else phrase
