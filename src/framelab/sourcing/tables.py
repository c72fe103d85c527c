"""The tables the quotation finder reads: actors, reporting verbs and roles, compiled once.

All three are package data a student can read and edit (a copy, passed back as an argument):

- :func:`actors`: canonical name, the variants that name it, kind, side and role;
- :func:`reporting_verbs`: per language, the verb forms that report speech, with lemma and
  stance ("zei" is neutral, "beweerde" evaluates);
- :func:`roles`: per language, the words that name a role ("minister", "woordvoerder",
  "talsmand") or an organisation that speaks ("regeringen", "het ministerie").

>>> roles("da").query("role == 'talsmand'")["kind"].item()
'person'
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import pandas as pd

from ..errors import ActorTableWarning, CorpusError, check_table, check_type, display_path
from ..patterns import alternation

__all__ = ["VERB_COLUMNS", "actors", "reporting_verbs", "roles"]

VERB_COLUMNS = ("language", "form", "lemma", "stance")

# Words that say "according to": the speaker follows them ("volgens Rutte", "ifølge Løkke").
PREPOSITIONS = frozenset({"volgens", "ifølge", "according to", "laut", "aldus"})
# Verbs with "it" as their subject: with no "fra X" after them, the speaker is who spoke last
# ("…', klonk het terwijl …", "»…«, lyder det.").
IMPERSONAL = frozenset({"klinkt het", "klonk het", "luidt het", "luidde het", "lyder det",
                        "lød det", "lyder det fra", "lød det fra"})


@lru_cache(maxsize=8)
def _read(name: str) -> pd.DataFrame:
    with files("framelab").joinpath("data", name).open(encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype=str, keep_default_na=False)


ACTOR_COLUMNS = ("actor", "variants", "kind", "side", "role")


def actors(extra: str | Path | None = None, *, corpus: str | Path | None = None
           ) -> pd.DataFrame:
    """The actor table: canonical name, the variants that name it, kind, side and role.

    Edit a copy and pass it to :func:`framelab.quotes` as ``actor_table=`` for another corpus;
    :func:`framelab.unknown_speakers` gives rows in the same columns to paste into it.

    Args:
        extra: A CSV file of your own actors (columns actor, variants, side; kind and role
            may be left out or empty), e.g. the ``actors.csv`` beside a corpus's
            ``metadata.csv``: its rows are added to the kit's, and a row whose actor the kit
            has replaces the kit's row. ``None``: the kit's table alone (or the one of
            ``corpus``).
        corpus: A corpus folder (the ``CORPUS`` of a lesson; ``None``: the course's own),
            whose own actor table is used when ``extra`` is ``None``: the file ``actors`` of
            its course.toml names, else the ``actors.csv`` beside its ``metadata.csv``, as
            :func:`framelab.course_facts` finds it. A folder without one: the kit's table.

    >>> actors().set_index("actor").loc["Sergei Lavrov", ["variants", "side"]].tolist()
    ['Sergei Lavrov|Sergej Lavrov|Lavrov', 'Russia']
    >>> len(actors(corpus=None)) == len(actors())  # the course's folder has no actors.csv
    True
    """
    table = _read("actors.csv").copy()
    if extra is None and corpus is not None:
        from ..facts import corpus_actor_file

        extra = corpus_actor_file(corpus) or None
    if extra is None:
        return table
    mine = read_actor_file(extra, fill=False)
    kit = table.set_index("actor")
    for column in ("variants", "kind", "role", "side"):  # an empty cell keeps the kit's value
        from_kit = mine["actor"].map(kit[column]).fillna("")
        mine[column] = mine[column].where(mine[column] != "", from_kit)
    mine = _filled(mine)
    table = table[~table["actor"].isin(set(mine["actor"]))]
    return pd.concat([table, mine], ignore_index=True)


def read_actor_file(path: str | Path, *, fill: bool = True) -> pd.DataFrame:
    """Read an actor table saved as CSV (see :func:`actors`), with every problem named.

    ``variants`` may be left out (the actor's name is then its only variant); an empty
    ``kind`` is "person" for a name written like a person's and "organisation" for capitals.
    With ``fill=False`` empty cells stay empty (:func:`actors` fills them from its own row).
    """
    check_type("extra", path, (str, Path), "the path of a CSV file, such as 'actors.csv'")
    where = Path(path)
    shown = display_path(where)
    if not where.is_file():
        raise CorpusError(f"The actor table {shown} was not found (or is not a file). Check "
                          "the name and the folder; the file is a CSV with the columns actor, "
                          "variants and side, like framelab.actors().")
    from io import StringIO

    from ..reading import csv_separator, read_text_file

    # as metadata.csv: UTF-8 or Windows-1252 (Excel's plain "CSV"), commas or semicolons (Excel
    # in Dutch and Danish), with or without Excel's "sep=;" line
    result = read_text_file(where)
    if not result.usable:
        why = ("it is empty" if where.stat().st_size == 0
               else (result.problem or "").split(". ")[0].removeprefix(where.name).strip())
        raise CorpusError(f"{shown} could not be read as a CSV table ({why}). Each line should "
                          "be one actor: actor,variants,kind,side,role; save it from the "
                          "spreadsheet as CSV UTF-8.")
    separator, text, _ = csv_separator((result.text or "").lstrip("\ufeff"))
    try:
        table = pd.read_csv(StringIO(text), dtype=str, keep_default_na=False, sep=separator)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise CorpusError(f"{shown} could not be read as a CSV table ({error}). Each line "
                          "should be one actor: actor,variants,kind,side,role.") from None
    table.columns = [str(c).strip().lower() for c in table.columns]
    missing = [c for c in ("actor", "side") if c not in table.columns]
    if missing:
        near = _near_column(missing[0], list(table.columns))
        hint = (f" Did you mean {near!r} (column {list(table.columns).index(near) + 1})? Then "
                f"rename it {missing[0]!r} in line 1." if near else "")
        raise CorpusError(f"{shown}, line 1: there is no column {missing[0]!r}.{hint} Its "
                          f"columns are {', '.join(map(repr, table.columns))}; an actor table "
                          "needs actor, variants and side (kind and role may be empty).")
    for note in column_notes(list(table.columns), shown):
        warnings.warn(note, ActorTableWarning, stacklevel=3)
    for column in ACTOR_COLUMNS:
        if column not in table.columns:
            table[column] = ""
        table[column] = table[column].astype(str).str.strip()
    empty = [i + 2 for i, actor in enumerate(table["actor"]) if not actor]
    if empty:
        raise CorpusError(f"{shown}, line {empty[0]}: the actor is empty. Write the name, or "
                          "delete the line.")
    for note in actor_table_notes(table, shown):
        warnings.warn(note, ActorTableWarning, stacklevel=3)
    table = table[list(ACTOR_COLUMNS)].drop_duplicates("actor", keep="last")
    return (_filled(table) if fill else table).reset_index(drop=True)


def _near_column(name: str, columns: list[str]) -> str | None:
    """The column of ``columns`` whose name is nearest ``name`` ('sides' for 'side'), if any."""
    from difflib import get_close_matches

    near = get_close_matches(name, [c for c in columns if c not in ACTOR_COLUMNS], n=1,
                             cutoff=0.7)
    return near[0] if near else None


def column_notes(columns: list[str], shown: str) -> list[str]:
    """A note for each column of an actor table (read from ``shown``) whose name is near one
    the kit reads but is not it: its values would be left out without a word ('variant' for
    'variants': every actor would be found by its full name alone).

    >>> for note in column_notes(["actor", "variant", "side", "remarks"], "actors.csv"):
    ...     print(note)
    actors.csv, line 1: the column 'variant' is not one the kit reads; did you mean 'variants'? Its values are left out now (each actor is found by its name in the column actor alone). Rename it 'variants' in line 1.
    """
    notes = []
    for column in columns:
        if column in ACTOR_COLUMNS:
            continue
        from difflib import get_close_matches

        near = [c for c in get_close_matches(column, ACTOR_COLUMNS, n=1, cutoff=0.7)
                if c not in columns]
        if near:
            lost = {"variants": "each actor is found by its name in the column actor alone",
                    "side": "every actor's side is 'unknown'",
                    "kind": "each actor's kind is guessed from its name",
                    "role": "no actor has a role"}.get(near[0], "")
            notes.append(f"{shown}, line 1: the column {column!r} is not one the kit reads; did "
                         f"you mean {near[0]!r}? Its values are left out now ({lost}). "
                         f"Rename it {near[0]!r} in line 1.")
    return notes


def actor_table_notes(table: pd.DataFrame, shown: str) -> list[str]:
    """What to look at in an actor table read from ``shown`` (a CSV file, line 2 the first
    row): an actor on two lines, a variant that names two actors, rows without a side of an
    actor the kit does not know. None of them stops the kit; each gets a note.

    >>> rows = pd.DataFrame({"actor": ["Kaja Kallas", "Siim Kallas", "Kaja Kallas"],
    ...                      "variants": ["Kaja Kallas|Kallas", "Siim Kallas|Kallas", ""],
    ...                      "side": ["EU", "", "EU"]})
    >>> for note in actor_table_notes(rows, "actors.csv"):
    ...     print(note)
    actors.csv: Kaja Kallas is on lines 2 and 4; only the last of them counts. Keep one line per actor.
    actors.csv: the variant 'Kallas' names 2 actors (Kaja Kallas, line 2; Siim Kallas, line 3); a quotation by 'Kallas' can go to only one of them. Give each variant to one actor, and write the other's name in full.
    actors.csv: Siim Kallas (line 3) has no side; quotations by them count under the side 'unknown' until you write one in the column side.
    """
    notes = []
    lines: dict[str, list[int]] = {}
    for i, actor in enumerate(table["actor"]):
        lines.setdefault(str(actor), []).append(i + 2)
    for actor, where in lines.items():
        if len(where) > 1:
            notes.append(f"{shown}: {actor} is on lines {_and(where)}; only the last of them "
                         "counts. Keep one line per actor.")
    owners: dict[str, dict[str, int]] = {}
    variants = table["variants"] if "variants" in table else [""] * len(table)
    for i, (actor, cell) in enumerate(zip(table["actor"], variants, strict=True)):
        for variant in {v.strip() for v in str(cell or actor).split("|") if v.strip()}:
            owners.setdefault(variant, {}).setdefault(str(actor), i + 2)
    for variant, actors_of in owners.items():
        if len(actors_of) > 1:
            named = "; ".join(f"{a}, line {n}" for a, n in actors_of.items())
            notes.append(f"{shown}: the variant {variant!r} names {len(actors_of)} actors "
                         f"({named}); a quotation by {variant!r} can go to only one of them. "
                         "Give each variant to one actor, and write the other's name in full.")
    known = set(_read("actors.csv")["actor"])
    sides = {str(actor): side for actor, side in zip(table["actor"], table["side"], strict=True)}
    blank = [a for a, side in sides.items() if not str(side).strip() and a not in known]
    if blank:
        shown_blank = ", ".join(f"{a} (line {lines[a][-1]})" for a in blank[:5]) \
            + (f" and {len(blank) - 5} more" if len(blank) > 5 else "")
        notes.append(f"{shown}: {shown_blank} {'has' if len(blank) == 1 else 'have'} no side; "
                     f"quotations by {'them' if len(blank) == 1 else 'these actors'} count under "
                     "the side 'unknown' until you write one in the column side.")
    return notes


def _and(numbers: list[int]) -> str:
    """ "2 and 4", "2, 4 and 7"."""
    shown = [str(n) for n in numbers]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _filled(table: pd.DataFrame) -> pd.DataFrame:
    """Empty variants become the actor's name, an empty kind a guess (:func:`_guessed_kind`)."""
    table = table.copy()
    table["variants"] = [variants or actor for actor, variants in
                         zip(table["actor"], table["variants"], strict=True)]
    table["kind"] = [kind or _guessed_kind(actor) for actor, kind in
                     zip(table["actor"], table["kind"], strict=True)]
    # (as the speakers the actor table does not know: framelab.unknown_speakers)
    table["side"] = [side or "unknown" for side in table["side"]]
    return table


def reporting_verbs(language: str | None = None) -> pd.DataFrame:
    """The reporting verbs the finder knows, per language: form, lemma and stance.

    A form may be several words ("lyder det fra", "spreekt van").

    >>> verbs = reporting_verbs("da")
    >>> verbs.loc[verbs["form"] == "siger", ["lemma", "stance"]].values.tolist()
    [['sige', 'neutral']]
    """
    table = _read("reporting_verbs.csv")
    if language is not None:
        table = table[table["language"] == language]
    return table.reset_index(drop=True).copy()


def roles(language: str | None = None) -> pd.DataFrame:
    """The role words the finder knows, per language: role, kind (person or organisation) and
    same_as (a role it means too: "de bewindsvrouw" is the minister named before).

    Kind "speech" is a noun of speech after a name's genitive: "Peskovs eerste reactie
    was dat …", "Løkkes svar er »…«" (the speaker is the name).

    A role names a person in an apposition ("NAVO-chef Mark Rutte", "udenrigsminister Lars
    Løkke Rasmussen"), so that a later "de NAVO-chef" or "udenrigsministeren" is that person.
    A role matches the end of a compound ("Kremlinwoordvoerder" ends with "woordvoerder") and,
    in Danish, its definite form ("ministeren", "talsmanden"). An organisation role
    ("regeringen", "de politie") speaks itself.

    >>> sorted(roles("nl").query("kind == 'person'")["role"])[:3]
    ['aanklager', 'aanvoerder', 'adviseur']
    """
    table = _read("roles.csv")
    if language is not None:
        table = table[table["language"] == language]
    return table.reset_index(drop=True).copy()


_ActorKey = tuple[tuple[object, object, object, object], ...]
_VerbKey = tuple[tuple[object, object, object, object], ...]


def _actor_key(actor_table: pd.DataFrame | None) -> _ActorKey | None:
    """A hashable copy of an actor table (actor, variants, side, kind per row); None: the kit's."""
    if actor_table is None:
        return None
    check_table(actor_table, ("actor", "variants", "side", "kind"), name="actor_table",
                source="framelab.actors() (a copy with your rows added)")
    table = actor_table.fillna("").astype(str)
    kinds = [kind.strip() or _guessed_kind(actor) for actor, kind in
             zip(table["actor"], table["kind"], strict=True)]
    return tuple(zip(table["actor"], table["variants"], table["side"], kinds, strict=True))


def _guessed_kind(actor: str) -> str:
    """The kind of an actor row whose ``kind`` was left empty: "person" for a name written
    like one ("Rutte", "Mark Rutte"), "organisation" for letters in capitals ("VG", "NAVO").

    A row without its kind used to count as no person, so that a role ("de premier") or a
    continuation could not go to it: filling in only ``side`` made speakers worse.

    >>> _guessed_kind("Rutte"), _guessed_kind("Alexander De Croo"), _guessed_kind("VG")
    ('person', 'person', 'organisation')
    """
    letters = [c for c in actor if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "organisation"
    return "person"


@lru_cache(maxsize=1)
def _verb_key() -> _VerbKey:
    table = _read("reporting_verbs.csv")
    return tuple(zip(table["form"], table["lemma"], table["stance"], table["language"],
                     strict=True))


def _user_verb_key(verb_table: pd.DataFrame | None) -> _VerbKey:
    """A hashable copy of a reporting-verb table (None: the kit's), checked for its columns."""
    if verb_table is None:
        return _verb_key()
    check_table(verb_table, VERB_COLUMNS, name="verbs",
                source="framelab.reporting_verbs() (a copy with your rows added)")
    table = verb_table.fillna("").astype(str)
    return tuple(zip(table["form"].str.strip(), table["lemma"].str.strip(),
                     table["stance"].str.strip(), table["language"].str.strip().str.lower(),
                     strict=True))


def _verb_languages(verbs_key: _VerbKey) -> frozenset[str]:
    return frozenset(str(language) for _, _, _, language in verbs_key)


@dataclass(frozen=True)
class _Rules:
    """Everything the finder needs for one language and one pair of tables, compiled."""

    language: str
    actor_re: re.Pattern[str]
    canonical: dict[str, str]
    side: dict[str, str]
    kind: dict[str, str]
    verb_re: re.Pattern[str]
    verbs: dict[str, tuple[str, str]]
    clause_re: re.Pattern[str]
    person_roles: tuple[str, ...]
    organisation_roles: tuple[str, ...]
    same_as: dict[str, str]
    # Verbs in two parts with the subject between: "…”, liet de minister weten." ("liet …
    # weten" in the table); group 1 is the first part, the subject follows it.
    split_re: re.Pattern[str] = re.compile(r"(?!)")
    # A name's genitive before a noun of speech: "Peskovs eerste reactie", "Løkkes svar"
    # (roles.csv, kind "speech"); group 1 is the name without its -s.
    speech_re: re.Pattern[str] = re.compile(r"(?!)")
    # The first parts of split_re's verbs, as written and capitalised ("liet", "Liet"): a
    # quick test (case-sensitive) before that pattern (finder._split_before)
    split_first_re: re.Pattern[str] = re.compile(r"(?!)")
    # Which words are role words, found once per word for every article (see Speakers.role_of)
    role_cache: dict[str, tuple[str, str] | None] = field(default_factory=dict, compare=False)
    # The answers of Speakers.is_name_word and Speakers.function_word, which depend on the
    # word and these rules only (not on the article), found once per word for every article
    name_word_cache: dict[tuple[str, bool], bool] = field(default_factory=dict, compare=False)
    function_word_cache: dict[str, bool] = field(default_factory=dict, compare=False)
    # The text between the last space and a capital -> where a person's role word starts in
    # it, or None (Speakers.introduce), found once per text for every article
    role_before_cache: dict[str, int | None] = field(default_factory=dict, compare=False)
    # actor -> the variants that name it (canonical read backwards), made on first use
    variants_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def variants_of(self, actor: str) -> tuple[str, ...]:
        """The ways the actor table writes ``actor`` ("Richard" for Richard den Blanken)."""
        if not self.variants_cache and self.canonical:
            for variant, name in self.canonical.items():
                self.variants_cache.setdefault(name, ())
                self.variants_cache[name] += (variant,)
        return self.variants_cache.get(actor, ())


@lru_cache(maxsize=32)
def _cached_rules(language: str, actors_key: _ActorKey | None, verbs_key: _VerbKey) -> _Rules:
    """The compiled rules for a language and actor table, built once (tables as their rows)."""
    actor_rows = _actor_key(_read("actors.csv")) if actors_key is None else actors_key
    return _build_rules(language, actor_rows, verbs_key)


def _rules(language: str, actor_table: pd.DataFrame | None = None,
           verb_table: pd.DataFrame | None = None) -> _Rules:
    """The rules for ``language``, an actor table (default: :func:`actors`) and a reporting-verb
    table (default: :func:`reporting_verbs`), cached."""
    return _cached_rules(language, _actor_key(actor_table), _user_verb_key(verb_table))


def _first_char(words: list[str]) -> str:
    """A look-ahead for the first characters of ``words``: ``(?=[…])``, or "" if one is empty.

    Why: the actor and verb patterns are long alternations after a look-behind, which ``re``
    tries one alternative after another at every position of a text. The look-ahead rejects
    most positions with one character test; it cannot change a match, since every alternative
    starts with one of these characters (with IGNORECASE, the class and the alternative's first
    letter ignore case alike).
    """
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


def _word_boundary(words: list[str]) -> str:
    r"""What starts a pattern for ``words`` where no word character may stand before them:
    ``\b`` if every word starts with a word character (then, before one, ``\b`` is
    ``(?<!\w)``: the same matches), else ``(?<!\w)``.

    Why: ``re`` tries the pattern at every position of a text, and ``\b`` is one test there
    where a look-behind is several (the verb pattern, run on every sentence, is twice as fast).
    tests/test_speed_paths.py compares the two.

    >>> _word_boundary(["zei", "aldus"]), _word_boundary(["-siger"])
    ('\\b', '(?<!\\w)')
    """
    if words and all(re.match(r"\w", word[:1]) for word in words):
        return r"\b"
    return r"(?<!\w)"


def _word_start(words: list[str]) -> str:
    r"""``(?<!\w)`` and :func:`~framelab.patterns.alternation` of ``words``, with the look-behind
    after each first character: "(?:l(?<!\w[\s\S])(?:aat|iet)|w(?<!\w[\s\S])ees)" for "laat",
    "liet", "wees", which matches where "(?<!\w)(?:laat|liet|wees)" does.

    Why: ``re`` tries a pattern that opens with a look-behind at every position of a text; one
    that opens with a few literal characters it finds with a fast scan (for words with few
    first letters: split_first_re's). tests/test_speed_paths.py compares the two.

    >>> _word_start(["laat", "liet", "wees"])
    '(?:l(?<!\\w[\\s\\S])(?:aat|iet)|w(?<!\\w[\\s\\S])ees)'
    """
    if not all(words):  # (an empty word has no first character: the plain pattern)
        return r"(?<!\w)(?:" + alternation(words) + ")"
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(re.escape(first) + r"(?<!\w[\s\S])" + alternation(rests)
                            for first, rests in sorted(by_first.items())) + ")"


def _build_rules(language: str, actor_rows: _ActorKey, verb_rows: _VerbKey) -> _Rules:
    canonical, side, kind = {}, {}, {}
    for actor, variants, actor_side, actor_kind in actor_rows:
        for variant in str(variants).split("|"):
            if variant.strip():
                canonical[variant.strip()] = str(actor)
        side[str(actor)], kind[str(actor)] = str(actor_side), str(actor_kind)
    names = list(canonical)
    # Not inside a hyphenated word: "NAVO-chef" names a person, not NATO.
    actor_re = re.compile(r"(?<![\w-])" + _first_char(names) + "(" + alternation(names)
                          + r")(?![\w-])") if names else re.compile(r"(?!)")
    verbs = {str(form).lower(): (str(lemma), str(stance)) for form, lemma, stance, lang
             in verb_rows if lang == language and str(form).strip()}
    # "liet … weten": the two parts of a verb with its subject between them
    split = [form.split(" … ") for form in verbs if " … " in form]
    split_re = re.compile(r"(?<!\w)(?:" + "|".join(
        rf"({re.escape(first)})\s+(?:[^\s.,;:!?]+\s+){{1,6}}?{re.escape(last)}(?!\w)"
        for first, last in split) + ")", re.IGNORECASE) if split else re.compile(r"(?!)")
    verb_forms = [form for form in verbs if " … " not in form]
    # Each form as written and with a capital ("Volgens", "Ifølge"), without IGNORECASE: ``re``
    # then scans for the first characters quickly (a case-blind alternation is several times
    # slower, and the finder runs it on every sentence).
    cased = sorted({f for form in verb_forms for f in (form, form[:1].upper() + form[1:])})
    verb_re = re.compile(_word_boundary(cased) + _first_char(cased) + "(" + alternation(cased)
                         + r")(?!\w)") if verbs else re.compile(r"(?!)")
    forms = alternation(verb_forms) or "(?!)"
    if language in ("nl", "da"):
        # ", zei Rutte", ", zo werd hij geciteerd", ", som han siger", ", zoals hij zei",
        # ", zoals de voorzitter op het congres zei" (up to six words before the verb); a
        # resumptive pronoun before the verb: ", dat zei Jansen", ", det sagde Hansen",
        # ", sådan siger hun" (the subject after the verb speaks)
        clause_re = re.compile(rf"(?:^|,)\s*(?:(?:zo|dat|dit|så|det|sådan)\s+"
                               rf"|(?:som|zoals)\s+(?:[^\s,.;:!?]+\s+){{1,6}}?)?"
                               rf"(?:(?:{forms})|wordt|werd)(?!\w)", re.IGNORECASE)
    else:  # also the English order: "…,” Lavrov said." / "…,” the minister told reporters."
        clause_re = re.compile(rf"(?:^|,)\s*(?:[^\W\d_][\w.'’-]*\s+){{0,3}}?(?:{forms})(?!\w)",
                               re.IGNORECASE)
    table = _read("roles.csv")
    table = table[table["language"] == language]
    person = tuple(sorted(table.loc[table["kind"] == "person", "role"].str.lower()))
    organisation = tuple(sorted(table.loc[table["kind"] == "organisation", "role"].str.lower()))
    same_as = {str(role).lower(): str(other).lower() for role, other
               in zip(table["role"], table.get("same_as", [""] * len(table)), strict=True)
               if str(other).strip()}
    speech = sorted(table.loc[table["kind"] == "speech", "role"].str.lower())
    speech_re = re.compile(r"(?<![\w-])([A-ZÀ-ÖØ-ÞÆØÅ][\w-]*?)(?:['’]s|s)\s+(?:[^\W\d_]+e\s+)?(?:"
                           + "|".join(map(re.escape, speech)) + r")(?!\w)"
                           ) if speech else re.compile(r"(?!)")
    firsts = sorted({case for first, _ in split
                     for case in (first, first[:1].upper() + first[1:])})
    split_first_re = re.compile(_word_start(firsts) + r"\s") if firsts else re.compile(r"(?!)")
    return _Rules(language, actor_re, canonical, side, kind, verb_re, verbs, clause_re,
                  person, organisation, same_as, split_re, speech_re, split_first_re)
