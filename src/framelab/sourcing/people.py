"""People: who is who in one article, for the speakers' pronouns, roles and continuations.

:class:`People` remembers, in the order of the text, who was introduced ("NAVO-chef Mark
Rutte"), quoted, or reported as speaking, and which role each person has. "hij", "han", "de
NAVO-chef" and a continued quotation are resolved against it. Sentences without quotations are
kept as they are and read only when such a word needs them, backwards from the quotation (most
are never read: the finder stays fast on long articles).

One normal form per person: "Kallas" after "Kaja Kallas" is "Kaja Kallas" (:meth:`People.normal`).

>>> from framelab.sourcing.tables import _rules
>>> people = People(_rules("nl"))
>>> people.spoke(people._person("Kaja Kallas").name, quoted=True)
>>> people.normal("Kallas"), people.normal("Lavrov"), people.last_speaker
('Kaja Kallas', 'Sergei Lavrov', 'Kaja Kallas')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .tables import _Rules

__all__ = ["People"]

_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_UP = f"[{re.escape(_UPPER)}]"
# Two or more capitalised words in a row, perhaps with particles: a name ("Johan Absalonsen").
# (The capital first, then the look-behind for what may not stand before it: ``re`` then
# finds the capitals with a fast scan instead of trying the look-behind at every position;
# the same matches as "(?<![\w'’.-]){_UP}" and the rest, which tests/test_speed_paths.py
# compares with it.)
_NAME_RUN_REST = (rf"[\w'’]+(?:-{_UP}[\w'’]+)*"
                  rf"(?:\s(?:(?:van|de|der|den|von|bin|al|af|ter|ten)\s)*{_UP}[\w'’]+"
                  rf"(?:-{_UP}[\w'’]+)*)+(?![\w-])")
_NAME_RUN = re.compile(rf"{_UP}(?<![\w'’.-].){_NAME_RUN_REST}")
_DIGIT = re.compile(r"\d")
# "Ook de burgemeester …", "Også borgmesteren …": a sentence about someone new
_ALSO = frozenset({"ook", "også"})
_LOWER_WORD = re.compile(r"\s[^\W\d_A-ZÀ-ÞÆØÅ]")  # a word in lowercase: a verb may follow a subject
# Prepositions before a name that is an object or a topic, not who a pronoun or a colon means
# ("Han har talt med Jens Holm", "kritiek van Anna de Wit", "i et brev til Mette Lund"), and
# articles before a name that is no person's ("aan de Open Vld", "det Radikale Venstre").
_GOVERNING = frozenset({"de", "het", "den", "det", "met", "aan", "tegen", "naar", "over", "van", "voor", "bij", "door", "om",
                        "med", "til", "mod", "fra", "for", "af", "hos", "overfor", "efter"})
_OPENING_PREPOSITIONS = _GOVERNING | {"in", "i", "op", "på", "uit", "under", "ifølge", "volgens"}
# Prepositions of place before a name: a place, a building or a programme, not a second
# person ("In Villa Politica zat Jan Smit"; "met Jan Smit" is someone, see _two_named_before)
_PLACE_PREPOSITIONS = frozenset({"in", "i", "op", "på", "uit", "under"})
_LAST_WORD = re.compile(r"(\w+)\W*$")
# Possessives: a capitalised name right after one is a thing someone has, not a person ("i sin
# Toyota Landcruiser", "in zijn Volkswagen Golf", "haar Nikon Z6"): a relative or colleague
# comes with a noun first ("zijn vrouw Anna de Wit", "sin kone Karen Hansen"). No pronoun or
# colon means it. (Capitalised "Hans" is a first name too: only "hans" counts.)
_POSSESSIVE_WORDS = frozenset({"zijn", "haar", "hun", "mijn", "onze", "ons", "jouw", "uw",
                               "sin", "sit", "sine", "hans", "hendes", "deres", "min", "mit",
                               "mine", "vores", "din", "dit", "dine"})

_CAPITAL_POSSESSIVES = tuple(word.capitalize() + " " for word in _POSSESSIVE_WORDS - {"hans"})


def after_possessive(text: str, start: int) -> bool:
    """True if the word right before ``text[start]`` is a possessive ("sin", "zijn"; at the
    start of a sentence "Zijn", "Hendes", not the first name "Hans").

    >>> after_possessive("Han kører i sin Toyota Landcruiser.", 16)
    True
    >>> after_possessive("Han kører med Jens Holm.", 14), after_possessive("Hans Holm kom.", 5)
    (False, False)
    """
    before = _LAST_WORD.search(text, max(0, start - 12), start)
    if before is None or before.end() < start - 1 or text[before.end():start].strip():
        return False
    word = before.group(1)
    return word in _POSSESSIVE_WORDS or (word != "Hans" and word.lower() in _POSSESSIVE_WORDS
                                         and word[:1].isupper())
# Conjunctions that open a subordinate clause before the main clause ("Mens …, er …").
_SUBORDINATORS = frozenset({"mens", "selvom", "skønt", "når", "hvis", "fordi", "efter",
                            "terwijl", "hoewel", "als", "toen", "nadat", "omdat", "zodra"})


@dataclass
class _Person:
    name: str
    roles: set[str] = field(default_factory=set)
    person: bool = True


class People:
    """What one article has said so far about who speaks (see the module's docstring).

    :class:`framelab.sourcing.speakers.Speakers` adds the reading of speaker phrases; the
    methods here use its ``subject_after``, ``role_of`` and ``not_names``.
    """

    rules: _Rules
    not_names: frozenset[str]

    def __init__(self, rules: _Rules) -> None:
        self.rules = rules
        self.people: dict[str, _Person] = {}  # name -> person, in order of last mention
        # What happened so far, in order, read backwards when "hij" or a continued quotation
        # needs it: ["text", sentence] (not read yet: read on demand, most never are),
        # ["person", name] (introduced), ["speaker", name, quoted], ["read", speaker, person, the subject's name,
        # sentence].
        self.events: list[list[object]] = []
        self._horizon: int | None = None  # while reading an event: only what came before it
        self._others: dict[str, str | None] = {}  # sentence -> someone new it names (_someone_else)
        self.verb_speaker: Callable[[str], tuple[str, str, str] | None] | None = None
        self.unresolved_role: tuple[str, list[str]] | None = None  # see resolve_role

    def role_of(self, word: str) -> tuple[str, str] | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def function_word(self, word: str) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def subject_after(self, text: str, position: int, *, initial: bool = False
                      ):  # type: ignore[no-untyped-def]  # pragma: no cover - overridden
        raise NotImplementedError

    def inverted_subject(self, sentence: str):  # type: ignore[no-untyped-def]  # pragma: no cover
        raise NotImplementedError

    @property
    def last_named(self) -> str | None:
        """The last name of two words or more in a sentence without quotations (for a "han"
        with no one speaking before it)."""
        for event in reversed(self.events):
            if event[0] in ("text", "read"):
                found = self.last_name_in(str(event[-1]), subjects=True)
                if found:
                    return found
        return None

    def last_name_in(self, sentence: str, *, subjects: bool = False) -> str | None:
        """The last name of two words or more in ``sentence`` (not a role), in its normal form.

        ``subjects``: only a name that may be who a later pronoun or a colon means: not one
        after a preposition ("Han har talt med Jens Holm", "kritiek van Anna de Wit"), and
        none in a sentence whose subject is a pronoun ("Hun fortæller om mødet med Lars Løkke
        Rasmussen:": she is someone named before it).
        """
        if subjects:
            first = sentence.lstrip().split(" ", 1)[0].lower()
            if first in getattr(self, "pronouns", ()):
                return None
        for match in reversed(list(_NAME_RUN.finditer(sentence))):
            if subjects:
                before = _LAST_WORD.search(sentence, 0, match.start())
                if before is not None and before.group(1) in _GOVERNING:
                    continue
            words = match.group().split()
            if after_possessive(sentence, match.start()) \
                    or match.group().startswith(_CAPITAL_POSSESSIVES):
                continue  # "i sin Toyota Landcruiser", "Zijn Volkswagen Golf": a thing
                # someone has, no one a pronoun means
            if subjects and words[0].lower() in _OPENING_PREPOSITIONS:
                words = words[1:]  # "In Kyiv vielen …", "I Aarhus siger …": a place
                if len(words) < 2:
                    continue
            if match.group().isupper():
                continue  # "NIEUWE REGELS", "OM ØKONOMIEN": a subheading in capitals
            if self.function_word(words[0]) and len(words) > 2:
                words = words[1:]  # "Intussen Jan Smit"
            if len(words) > 2 and (self.role_of(words[0]) is not None
                                   or getattr(self, "person_noun", lambda word: False)(words[0])):
                words = words[1:]  # "Huisarts Anna de Vries", "Minister Jan Smit": the name
            if not self.function_word(words[0]) and not self.role_of(words[-1]) \
                    and not _DIGIT.search(match.group()):  # "Volvo V90", "Boeing 737": things
                return self.normal(without_affiliation(" ".join(words)))
        return None

    def _read(self, index: int) -> list[object]:
        """Read the sentence of ``events[index]`` (once), with only what came before it known."""
        event = self.events[index]
        if event[0] != "text":
            return event
        horizon, self._horizon = self._horizon, index
        try:
            speaker = person = named = None
            sentence = str(event[1])
            main = self._main_after_clause(sentence)  # "Mens X …, er Y skeptisk": Y
            found = self.verb_speaker(sentence) if self.verb_speaker is not None \
                and main is None else None
            also = sentence.split(" ", 1)[0].lower() in _ALSO
            if main is not None and main.how == "pronoun":
                pass  # "Mens Jens Hansen taler, lytter hun.": no one new (she was before)
            elif found is not None and found[2] == "role" and also:
                # "Ook de burgemeester reageerde.": someone new, the person the article gave
                # that role or no one named (not the last person)
                named = person = self._role_in(sentence)
                speaker = named or None
            elif found is not None:  # reported speech: its speaker, if a person
                if found[0] and self.is_person(found[0]):
                    speaker = found[0]
                elif not found[0] and found[2] == "unnamed":
                    person = ""  # "Een woordvoerder zei …": "hij" is no one named
            else:
                subject = main or self.subject_after(sentence, 0, initial=True)
                if subject is None:  # "Ook Anna de Wit reageerde", "Også Mette Lund …"
                    first = sentence.split(" ", 1)[0]
                    if first[:1].isupper() and self.function_word(first) and not (
                            first != "Hans" and first.lower() in _POSSESSIVE_WORDS) and not (
                            first.lower() in _OPENING_PREPOSITIONS
                            and sentence[len(first) + 1:len(first) + 2].isupper()):
                        # (not "Hos Radikale er der glæde", "Bij de VVD is men blij": the
                        # name after a preposition is no subject)
                        subject = self.subject_after(sentence, len(first) + 1)
                inverted = False
                if subject is None:  # "Voorlopig heeft Vladimir Poetin …": after the verb
                    subject = self.inverted_subject(sentence)
                    inverted = subject is not None
                if subject is not None and subject.how == "role" and also \
                        and _LOWER_WORD.search(sentence, subject.end):
                    # "Ook de burgemeester reageerde.", "Også borgmesteren er glad.": someone
                    # new, the person the article gave that role or no one named (not the
                    # last speaker)
                    named = person = self._role_in(sentence[subject.start:subject.end])
                    subject = None
                if subject is not None and subject.how == "name" \
                        and (inverted or _LOWER_WORD.search(sentence, subject.end)):
                    named = subject.name  # the subject of a sentence (not a byline's name;
                    # after its verb, "På den anden side står professor Ditlev Tamm.", the
                    # verb came first)
                # One unknown capitalised word may be an adverb ("Daarnaast maakte hij …").
                if subject is not None and subject.how == "name" and self.is_person(subject.name) \
                        and (" " in subject.name or subject.name in self.rules.kind):
                    person = subject.name
                elif subject is not None and subject.how == "role" and subject.name \
                        and _LOWER_WORD.match(sentence, subject.end):
                    person = subject.name  # "De premier begint zijn reactie …": that person
                elif subject is not None and subject.how == "unnamed":
                    person = ""  # "Een medewerker van de ambassade …": "hij" is no one named
        finally:
            self._horizon = horizon
        self.events[index] = event = ["read", speaker, person, named, sentence]
        return event

    def _main_after_clause(self, sentence: str):  # type: ignore[no-untyped-def]
        """The subject of the main clause after an opening subordinate clause: "Mens Jens
        Hansen er positiv, er Karen Holm skeptisk.", "Terwijl Jan Smit lacht, kijkt Anna de Wit
        bezorgd." (the verb comes first after the comma, then the subject): a person named in
        full there, or None."""
        first = sentence.split(" ", 1)[0].lower()
        if first not in _SUBORDINATORS or ", " not in sentence:
            return None
        comma = sentence.index(", ")
        rest = sentence[comma + 2:]
        verb = rest.split(" ", 1)[0]
        if not verb.isalpha() or not verb.islower() or verb in _GOVERNING:
            return None
        at = comma + 3 + len(verb)
        if sentence[at:].split(" ", 1)[0].strip(".,;:!?").lower() in getattr(self, "pronouns", ()):
            return self.subject_after(sentence, at)  # "…, lytter hun.": a pronoun
        subject = self.subject_after(sentence, at)
        if subject is None or subject.how != "name" or " " not in subject.name \
                or subject.start != at:
            return None
        return subject

    def _last(self, *, person: bool) -> str | None:
        """The last person (``person``) or the last speaker, reading events backwards."""
        index = len(self.events) if self._horizon is None else self._horizon
        subject_seen = False  # a sentence with a named subject was passed (for a continuation)
        while index > 0:
            index -= 1
            event = self._read(index)
            kind = event[0]
            if kind == "speaker":
                name = str(event[1])
                if not person or self.is_person(name):
                    return name
            elif kind == "person" and person:
                return str(event[1])
            elif kind == "read":
                if event[1]:
                    return str(event[1])
                if person and event[2] is not None:
                    return str(event[2])  # "" for a person the text does not name
                if not person and event[2] == "" and not subject_seen:
                    # "Ook de burgemeester reageerde.", "Een woordvoerder ziet dat anders.":
                    # someone not named is the last one the text is about
                    return None
                if not person and event[3] and not subject_seen and (
                        " " in str(event[3]) or str(event[3]) in self.rules.canonical
                        or self.normal(str(event[3])) != event[3]
                        or any(e[0] == "speaker" and e[1] == event[3]
                               for e in self.events[:index])):
                    # (one capitalised word no one has is no new person: "Protesten varede
                    # …", a credit "Foto: …" after a lead about someone; "Rutte" is)
                    subject_seen = True
                    # a new person named in full as the subject of the last such sentence
                    # ("Ook Anna de Wit reageerde op het plan."): a continued quotation is theirs
                    if event[2] and " " in str(event[2]):
                        return str(event[2])
                if not person and not subject_seen and event[2] is None \
                        and self._someone_else(str(event[4])):
                    # "Kommunen har bedt Hans Jensen om en forklaring.", "De gemeente vroeg
                    # Jan de Vries om uitleg.": someone new is named (not as the subject, and
                    # not by a pronoun for the last speaker): whose the next quotation is, is
                    # unclear (no one's, not the last speaker's)
                    return None
        return None

    def _someone_else(self, sentence: str) -> bool:
        """True if ``sentence`` names a person in full who has not spoken (not after a
        preposition), and its subject is no pronoun, role or name ("Han kritiserer Lars Løkke
        Rasmussen", "De minister belde Jan Smit": about the subject, who may go on speaking)."""
        if sentence in self._others:
            name = self._others[sentence]
        else:
            name = self._someone_named(sentence)
            self._others[sentence] = name
        return name is not None and not self.has_spoken(name)

    def _someone_named(self, sentence: str) -> str | None:
        """The person :meth:`_someone_else` looks for in ``sentence``, whether or not they
        spoke (read once per sentence), or None."""
        name = self.last_name_in(sentence, subjects=True)  # (None after a pronoun subject)
        common = getattr(self, "common", None)
        if name is None or self.rules.kind.get(name, "person") != "person" \
                or name in self.rules.canonical or common is not None and any(
                    word.lower() in common.organisation_nouns for word in name.split()):
            return None  # "Jammerbugt Kommune", "Universiteit Utrecht": no person
        subject = self.subject_after(sentence, 0, initial=True)
        if subject is not None and (subject.how in ("pronoun", "role")
                                    or subject.how == "name" and subject.name):
            return None  # "De Oekraïense president hamert erop dat … Poetin …": about them
        return name

    def _role_in(self, phrase: str) -> str:
        """The person the article gave the role in ``phrase`` ("de burgemeester"), or ""."""
        for word in phrase.split():
            found = self.role_of(word)
            if found is not None:
                return self.role_holder(found[0], []) or ""
        return ""

    @property
    def last_person(self) -> str | None:
        """Who "hij", "han" or an unresolved role is: the last person named as speaking,
        introduced or quoted."""
        return self._last(person=True)

    @property
    def last_speaker(self) -> str | None:
        """Who a continued quotation is by: the last quoted speaker or reported person."""
        return self._last(person=False)

    def read_all(self) -> None:
        """Read every sentence not read yet (for the names in them)."""
        for index in range(len(self.events)):
            self._read(index)


    def _person(self, name: str, *, person: bool = True) -> _Person:
        entry = self.people.pop(name, None) or _Person(name, person=person)
        entry.person = entry.person or person or self.rules.kind.get(name) == "person"
        if name in self.rules.kind:
            entry.person = self.rules.kind[name] == "person"
        self.people[name] = entry  # most recent last
        return entry

    def normal(self, name: str) -> str:
        """One form per person: "Kallas" after "Kaja Kallas" is "Kaja Kallas"."""
        if name in self.rules.canonical:
            return self.rules.canonical[name]
        words = name.split()
        # Each rule below needs the last word in the known name (the people whose name does not
        # hold it are passed over at once, as the rules would pass them), most recent first.
        people = [known for known in reversed(self.people) if words[-1] in known] \
            if words else []
        for known in people:
            if known != name and _contains(known.split(), words):
                return known
        if len(words) > 1:  # "Mogens Gade" after "Mogens Christen Gade": a middle name left out
            for known in people:
                parts = known.split()
                if len(parts) > len(words) and parts[0] == words[0] and parts[-1] == words[-1] \
                        and _in_order(words, parts):
                    return known
        for known in people:  # "Jakob Ellemann" for "Jakob Ellemann-Jensen"
            if _short_for_double(known.split(), words):
                return known
        return name

    def resolve_role(self, role: str, adjectives: list[str]) -> str | None:
        """The person given ``role`` (or a role with the same last part), else the last person.

        With no one to resolve it to, the role is kept in ``unresolved_role``: a person the
        article gives that role later is who it means ("…”, merkt de professor op." as the
        lead, then "stelt professor Reynaert vast"; :meth:`role_holder`).
        """
        found = self.role_holder(role, adjectives)
        if found is None:
            last = self.last_person
            entry = self.people.get(last) if last else None
            # not someone the article gave another role ("de hoogleraar" is not the minister),
            # nor one of two people the sentence before names ("Peter Hansen mødtes med Jens
            # Holm."): then the role is a guess between them, and no one is better than a guess
            if (entry is None or not any(self.role_of(r) for r in entry.roles)) \
                    and not self._two_named_before():
                found = last
        if found is None:
            self.unresolved_role = (role, adjectives)
        return found

    def _two_named_before(self) -> bool:
        """True if the last sentence read names two or more different people in full."""
        for event in reversed(self.events[:self._horizon]):
            if event[0] in ("text", "read"):
                sentence = str(event[-1])
                # (not a name after a preposition: "In Villa Politica zat Jan Smit …" names
                # a place or a programme, and one person)
                names = {self.normal(m.group()) for m in _NAME_RUN.finditer(sentence)
                         if " " in m.group() and not m.group().isupper()
                         and not after_possessive(sentence, m.start())  # "in zijn Volkswagen Golf"
                         and not m.group().startswith(_CAPITAL_POSSESSIVES)
                         and sentence[:m.start()].rstrip().rsplit(" ", 1)[-1].lower()
                         not in _PLACE_PREPOSITIONS
                         and m.group().split(" ", 1)[0].lower() not in _PLACE_PREPOSITIONS
                         and self.rules.kind.get(self.normal(m.group()), "person") == "person"
                         and self.role_of(m.group().split()[0]) is None}
                return len(names) >= 2
        return False

    def role_holder(self, role: str, adjectives: list[str]) -> str | None:
        """The person given ``role`` (or a role with the same last part), or None."""
        people = [p for p in reversed(self.people.values()) if p.person]
        written = role
        # "bewindsvrouw" means "minister"; the longest that fits ("vicepremier", not "premier")
        for name, same in _longest_first(self.rules.same_as):
            if role.endswith(name):
                role = role[: len(role) - len(name)] + same
                break
        stems = [a[:max(3, min(5, len(a) - 1))] for a in adjectives if a[:1].isalpha()]
        if stems:  # "de Oekraïense president": not the one the article called "de Russische"
            people = [p for p in people if not self._other_adjectives(p, stems)]
        for person in people:
            if role in person.roles or written in person.roles:
                return person.name
        # A compound names the same role by its last part ("de chef" for "NAVO-chef"), but a
        # deputy is not the one they stand in for ("vicepremier", "næstformand").
        for person in people:
            if any(_same_head(r, written) for r in person.roles):
                return person.name
        for person in people:
            if any(r.startswith(stem) for r in person.roles for stem in stems):
                return person.name
        return None

    def _other_adjectives(self, person: _Person, stems: list[str]) -> bool:
        """True if ``person`` was given adjectives of nationality ("russische", "danske")
        and none of them is one of ``stems``: another person than "de Oekraïense …"."""
        given = [r for r in person.roles if r.endswith(_NATIONALITY) and self.role_of(r) is None]
        return bool(given) and not any(r.startswith(stem) for r in given for stem in stems)

    @property
    def quoted_before(self) -> bool:
        """True if someone was quoted before, in this article."""
        return any(event[0] == "speaker" and event[2] for event in self.events)

    def has_spoken(self, name: str) -> bool:
        """True if ``name`` was quoted or reported as speaking before, in this article."""
        return any(event[0] == "speaker" and event[1] == name for event in self.events)

    def is_person(self, name: str | None) -> bool:
        if not name:
            return False
        if name in self.rules.kind:
            return self.rules.kind[name] == "person"
        entry = self.people.get(name)
        return entry is not None and entry.person

    def spoke(self, name: str | None, *, quoted: bool) -> None:
        """Note a speaker (of a quotation, or ``quoted=False``: of reported speech)."""
        if name and (quoted or self.is_person(name)):
            self.events.append(["speaker", name, quoted])



# Endings of adjectives of nationality: "Russische", "Oekraïense", "danske", "franske".
_NATIONALITY = ("se", "sche", "ske", "sk")

# Role prefixes of a deputy or a former holder: a "vicepremier" is not the "premier".
_DEPUTY = ("vice", "oud", "ex", "næst", "plaatsvervangend", "waarnemend", "fungerende",
           "konstitueret", "under")


def _same_head(one: str, other: str) -> bool:
    """True if one role word ends with the other ("navo-chef", "chef"), not for a deputy.

    >>> _same_head("navo-chef", "chef"), _same_head("vicepremier", "premier")
    (True, False)
    """
    if len(one) <= 3 or len(other) <= 3:
        return False
    short, long_ = sorted((one, other), key=len)
    if not long_.endswith(short):
        return False
    prefix = long_[: len(long_) - len(short)].rstrip("-")
    return not prefix.endswith(_DEPUTY)


# Genitive endings of organisations and places, never of a first name: "Dansk Folkepartis",
# "Socialdemokratiets", "Moderaternes", "Læsø Kommunes", "Danmarks", "Mariagerfjords".
_ORGANISATION_GENITIVE = re.compile(
    r"(?:partis|tiets|ernes|ets|venstres|listens|tives|kommunes|regions|lands|marks|fjords|"
    r"borgs|byes|bys|havns|rups|købings|steds|['’]s)$", re.IGNORECASE)


_SORTED: dict[int, list[tuple[str, str]]] = {}


def _longest_first(same_as: dict[str, str]) -> list[tuple[str, str]]:
    """The same_as table, longest role first (sorted once per table)."""
    found = _SORTED.get(id(same_as))
    if found is None:
        found = _SORTED[id(same_as)] = sorted(same_as.items(), key=lambda item: -len(item[0]))
    return found


# Particles that open an affiliation after a full name ("Jan Loos van Welkom Wolf", "Sybren
# Stelpstra van de ChristenUnie"), as they open a surname after a first name ("Jaap van de Heg")
_AFFILIATION_PARTICLES = frozenset({"van", "de", "der", "den", "het", "von", "af"})
_CAMEL = re.compile(r"[a-zà-þæøå][A-ZÀ-ÞÆØÅ]")  # "ChristenUnie", "GroenLinks": a party's name


def affiliation_starts(words: list[str]) -> int | None:
    """Where an affiliation glued to a full name starts in ``words`` (a name as written), or
    None: particles after two capitalised words or more (the name is complete), then either two
    capitalised words or more ("Jan Loos van Welkom Wolf": an organisation's name; a surname
    after particles is one word, "Jan Peter van der Berg") or a word with a capital inside
    ("Sybren Stelpstra van de ChristenUnie": a party). After one word the particles start the
    surname ("Jaap van de Heg", "Hester van Buren").

    >>> affiliation_starts("Jan Loos van Welkom Wolf".split()), affiliation_starts("Jaap van de Heg".split())
    (2, None)
    >>> affiliation_starts("Sybren Stelpstra van de ChristenUnie".split())
    2
    >>> affiliation_starts("Jan Peter van der Berg".split())
    """
    at = next((i for i, word in enumerate(words) if word in _AFFILIATION_PARTICLES), None)
    if at is None or at < 2 or not all(w[:1].isupper() for w in words[:at]):
        return None
    m = at
    while m < len(words) and words[m] in _AFFILIATION_PARTICLES:
        m += 1
    rest = words[m:]
    if not rest or not rest[0][:1].isupper():
        return None
    capitals = 0
    while capitals < len(rest) and rest[capitals][:1].isupper():
        capitals += 1
    if capitals >= 2 or _CAMEL.search(rest[0]) or rest[0].isupper() and len(rest[0]) > 1:
        return at
    return None


def without_affiliation(name: str) -> str:
    """The name without the genitive of where the person is from, before it: "Dansk Folkepartis
    Morten Messerschmidt" -> "Morten Messerschmidt", "SF's Pia Olsen Dyhr" -> "Pia Olsen Dyhr".
    Only genitive endings of organisations and places count: a first name or surname may end
    in -s ("Anders Fogh Rasmussen", "Karin Bos van …").

    >>> without_affiliation("Mariagerfjords Mogens Jespersen"), without_affiliation("Jens Otto Krag")
    ('Mogens Jespersen', 'Jens Otto Krag')
    """
    words = name.split()
    glued = affiliation_starts(words) if len(words) > 3 else None
    if glued is not None:  # "Jan Loos van Welkom Wolf": the person, not where they are from
        words = words[:glued]
        name = " ".join(words)
    if "s " not in name:  # every genitive ends in -s before the name (most names: none)
        return name
    for g in range(len(words) - 3, -1, -1):
        if _ORGANISATION_GENITIVE.search(words[g]):
            return " ".join(words[g + 1:])
    return name


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return 0 < n < len(longer) and any(longer[i:i + n] == shorter
                                       for i in range(len(longer) - n + 1))


def _short_for_double(longer: list[str], shorter: list[str]) -> bool:
    """True if ``shorter`` writes the first part of a double surname of ``longer`` only, with
    the same first name if it has one.

    >>> _short_for_double(["Jakob", "Ellemann-Jensen"], ["Jakob", "Ellemann"])
    True
    >>> _short_for_double(["Jakob", "Ellemann-Jensen"], ["Ellemann"])
    True
    >>> _short_for_double(["Jakob", "Ellemann-Jensen"], ["Karen", "Ellemann"])
    False
    """
    if not shorter or len(shorter) > len(longer):
        return False
    at = next((i for i, part in enumerate(longer) if part.startswith(shorter[-1] + "-")), None)
    if at is None:
        return False
    return len(shorter) == 1 or (shorter[0] == longer[0] and _in_order(shorter[:-1], longer[:at]))


def _in_order(shorter: list[str], longer: list[str]) -> bool:
    """True if the words of ``shorter`` occur in ``longer`` in the same order.

    >>> _in_order(["Mogens", "Gade"], ["Mogens", "Christen", "Gade"])
    True
    """
    rest = iter(longer)
    return all(word in rest for word in shorter)
