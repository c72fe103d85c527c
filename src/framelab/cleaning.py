"""Cleaning web copy into article text, by rules a student can read, extend and switch off.

A news article saved from a website carries more than the article: a section label, a
byline and dateline, newsletter boxes, menus, "read also" links, advertisement markers, and
sometimes a second copy of the headline or of the whole body. The rules that remove them are
data, not hidden code: a table (``data/cleaning_rules.csv``) with, per rule, what it does,
which language it applies to, where in the text it looks, the pattern it matches and why.

Every rule works on whole lines (paragraphs), except ``prefix_to_metadata``, which removes a
match from the start of the text. The actions:

- ``prefix_to_metadata``: a prefix of the text becomes metadata (the " date 2021-10" prefixes).
  With ``where`` ``head`` the prefix of the first of the first ten lines that starts so: the
  place before the first sentence ("VIBORG:", "AMSTERDAM -"), the dateline of the story.
- ``line_to_metadata``: a whole line becomes metadata (section label, byline, dateline).
- ``remove_line``: a whole line is removed (boilerplate).
- ``repeated_paragraph``: a line equal to an earlier one (ignoring quote style and spacing).
  A short line (four words or fewer) between two paragraphs of the article stays, and the log
  says why: it may be printed again on purpose (a source under each quotation, "(Ritzau)").
- ``repeated_block``: a line whose five-word sequences mostly (80%) appear earlier already.
- ``repeated_removed``: a line equal to a line above it that a rule removed or moved to metadata
  (a live blog's author printed over every entry, a teaser printed twice): what the first copy
  is, the others are too. A line a ``remove_by_shape`` rule kept in doubt stays, and so does
  a line between two paragraphs of the article (it may be a sub-heading): kept, with why.
- ``caption_copy``: a line that is the text of a photo caption printed again without its credit:
  the pattern finds the credit ("Foto: …") in a line another rule removed, and a line equal to
  what stands before that credit goes ("Manden i Volvoen." next to "Manden i Volvoen. Foto: TV
  2").
- ``remove_by_shape``: a line that has the *shape* of boilerplate (a name on its own line, a
  one-word label, a role under a portrait) is removed, unless the lines around it show that it
  may belong to the article. Then it is kept, and the log says why (see below). These rules
  are tried after every other line rule, wherever they stand in the table.
  With ``field`` ``elsewhere`` the line goes only when its words (the pattern's first group,
  or the whole line) stand elsewhere on the page too: half or more of their five-word sequences
  appear in its other lines. A pull-quote box repeats a sentence of the article; where the page
  holds no other copy (the excerpt stops before it, or the box is the only place it is printed)
  the line may be the only copy of the article's words, so it is kept, and the log says why.
  With ``field`` ``nearby`` the same, but the words must stand in the two non-empty lines
  before or after it (a pull-quote beside the paragraph it repeats), not anywhere on the page
  (where a copy of the whole body pasted below may hold them); the doubts below do not apply,
  since removing a copy of its neighbours loses none of the article's words.
  With ``field`` ``kicker`` the rule applies only when the next line starts with the line and a
  colon: a rubric above the headline that the headline repeats as its kicker ("Dagens overblik"
  above "Dagens overblik: Ny plan …"); the headline stays whole.
- ``remove_near``: a line that matches the pattern goes only when the line next to it (before
  or after) was removed by a rule whose name starts with one of the names in ``field``
  (separated by ``|``), or by this rule: a block of a box, such as the short lines of a
  paywall's offer ("Vælg mellem", a list of titles, a price) around "Vil du læse videre?", or
  the items of a list of other stories under its heading. A line alone stays, and so does the
  first line the other rules kept (it may be the headline); a line another rule removed is
  skipped, so a block goes on across a credit or a photo's description.

- ``remove_run``: a run of ``field`` (a number, 2 or more) or more lines in a row that each match
  the pattern, with no other kept line between them (a line another rule removed is skipped):
  a block of teasers of other stories (headlines without a full stop), a TV listing (times and
  titles), a list of match results. One such line alone stays. A field such as
  ``3|teaser-heading|teaser-age`` counts the lines removed by rules whose names start so, in
  the run or next to it, as lines of the run too (a heading and two items are a list; a heading
  and one line may be a heading the page left and a sub-heading of the article). Lines that a
  group ``(?P<label>…)`` of the pattern matches (a topic label above each teaser, "Aalborg")
  count only in a run with two lines or more that are no label: labels alone are no block.
  The run starts after the article's first paragraph (what stands above it is the headline
  and its furniture), and a run right after a line that ends with a colon, a fact box's
  heading ("Fakta", "In het kort") or a line kept in doubt as a sub-heading may be a list of
  the article: kept, with why. A fact box's heading is never a line of a run.

- ``remove_rest``: another story that the page printed after this one. A line that matches the
  pattern (a numbered headline, "1. Kritik af ny plan"), right below a line removed by a rule
  named in ``field`` (a section label), with three or more paragraphs of the article above it,
  and every kept line after it go. When a line below it is numbered too ("2. …"), the lines may
  be a numbered list of the article: kept, with why.

A ``remove_near`` rule whose ``field`` names a ``remove_run`` rule (the tip under a TV
listing) goes after the runs, so that it sees the lines they removed.

``where`` limits a rule to the ``start`` (the first five non-empty lines), the ``head`` (the
first ten), the ``end`` (the lines after the last paragraph of 100 or more characters) or
``anywhere``. ``repeated_paragraph`` may have a pattern: a prefix it ignores when comparing (a
list number, "2. "). Any other pattern is a Python regular expression that must match the
*whole* line; ``(?i)`` at its start ignores case.

Cleaning never changes a file: it returns a new text and a log of every removal.

When in doubt, a line is kept, and the log says why. A ``remove_by_shape`` rule keeps a line
that matches its pattern when

- the line before it ends with a colon ("… hvilken kommune, der er tale om:", then "Dragør");
- the line before it was kept in doubt too (items of a list), or an earlier line of the same
  rule was (the article has such lines, e.g. names as sub-headings);
- a line above it ends with a colon and only short lines stand between (the items of a list it
  announces: "… drie soorten artikelen:", "Uitslagen", "Blogs");
- the next line is a paragraph that names the line's last word (a name as a sub-heading);
- it is the first line of the page and a paragraph follows (it may be the headline);
- it stands between two paragraphs of the article (or a paragraph and the page's end) and is one
  word ("Regimewissel": a sub-heading), starts with a small letter (the rest of a paragraph
  broken in two), or ends with a name the article uses further on.

A paragraph is a line of 100 or more characters, or a sentence of six or more words. The kept
lines are in ``Cleaned.kept`` and, with ``removal_log(corpus, kept=True)``, in the log: rows with
action ``kept``, the line in ``removed``, 0 words, and why in ``reason``. Without ``kept=True``
every row of the log is a removal.

A paywall, with a short line of its offer that only its neighbours show to be furniture:

>>> offer = "\\n".join(["Ny plan", "Kommunen vil bruge flere penge på skolerne, siger borgmesteren.",
...                     "Vil du læse videre?", "Digital + papir", "Allerede abonnent? Log ind"])
>>> clean_text(offer, language="da").removed[["rule", "removed"]].values.tolist()
... # doctest: +NORMALIZE_WHITESPACE
[['paywall-offer', 'Vil du læse videre?'], ['paywall-block', 'Digital + papir'],
 ['paywall-offer', 'Allerede abonnent? Log ind']]

A pattern may start with a lookahead such as ``(?=.*ookie)``: a piece the line must contain,
tested first because that is fast; it changes only the speed.

>>> body = "Lavrov zei dat de veiligheidszorgen van Rusland aan de kant werden gezet. " * 2
>>> result = clean_text("Buitenland\\n" + body + "\\nHome\\nMeer", language="nl")
>>> result.text == body.strip()
True
>>> result.metadata
{'section': 'Buitenland'}
>>> result.removed[["line", "rule", "removed"]].to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
[{'line': 1, 'rule': 'section-label', 'removed': 'Buitenland'},
 {'line': 3, 'rule': 'site-menu', 'removed': 'Home'},
 {'line': 4, 'rule': 'site-menu', 'removed': 'Meer'}]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import ArgumentError, ArgumentTypeError, a_type, check_table, check_type
from .patterns import alternation
from .text import word_count

__all__ = [
    "ACTIONS",
    "PLACES",
    "LOG_COLUMNS",
    "Cleaned",
    "cleaning_rules",
    "read_rules",
    "clean_text",
    "removal_log",
]

ACTIONS = (
    "prefix_to_metadata",
    "line_to_metadata",
    "remove_line",
    "repeated_paragraph",
    "repeated_block",
    "repeated_removed",
    "caption_copy",
    "remove_by_shape",
    "remove_near",
    "remove_run",
    "remove_rest",
)
#: What each action does to a line, as the chart of lesson 02 (plots.cleaning_effect) groups
#: the removals: every action in ACTIONS has one (tests/test_cleaning.py checks).
ACTION_KINDS = {
    "prefix_to_metadata": "moved to metadata",
    "line_to_metadata": "moved to metadata",
    "remove_line": "boilerplate",
    "remove_by_shape": "boilerplate",
    "remove_near": "boilerplate",
    "remove_run": "boilerplate",
    "remove_rest": "boilerplate",
    "repeated_paragraph": "repeated text",
    "repeated_block": "repeated text",
    "repeated_removed": "repeated text",
    "caption_copy": "repeated text",
}
PLACES = ("start", "end", "anywhere", "head")
RULE_COLUMNS = ("rule", "action", "language", "where", "pattern", "field", "reason")
LOG_COLUMNS = ("article", "line", "rule", "action", "field", "removed", "words", "reason")

START_LINES = 5  # "start" = the first five non-empty lines
HEAD_LINES = 10  # "head" = the first ten non-empty lines (headline, lead, byline, photo, date)
LONG_LINE = 100  # "end" = the lines after the last line of at least this many characters
SHINGLE = 5  # repeated_block compares five-word sequences ...
OVERLAP = 0.8  # ... and removes a line when 80% of them appeared earlier
MIN_BLOCK_WORDS = 12  # shorter lines are left to repeated_paragraph
MIN_UNLABELLED = 2  # remove_run: a run with labels needs two lines or more that are no label
SHORT_REPEAT = 4  # a repeated line of at most this many words between paragraphs stays
ELSEWHERE = 0.5  # remove_by_shape "elsewhere": half of a line's five-word sequences on other lines
NEARBY = 2  # remove_by_shape "nearby": ... on the two non-empty lines before it or after it

MAX_PATTERN = 20_000  # characters of a rule's pattern (the longest bundled one has about 4,800)
_QUOTE_MARKS = "\"'‘’‚‛“”„‟«»‹›"  # what _normalise turns into '"'
_QUOTES = re.compile(f"[{re.escape(_QUOTE_MARKS)}]")
_WORD = re.compile(r"\w+")
# Marks that are no word characters and that lines often hold, each put as a space where the
# words of a line are wanted (:func:`_normal_words`; tests/test_speed_paths.py checks them).
_SPACED = tuple(',.:;!?"()-–—/…$%€&+*#|[]')


@dataclass(frozen=True)
class Cleaned:
    """The result of cleaning one text.

    Attributes:
        text: The cleaned text.
        removed: The removal log, one row per removed piece (columns :data:`LOG_COLUMNS`).
        metadata: What moved from the text into metadata, such as ``{"byline": "ANP"}``.
        kept: The lines a ``remove_by_shape`` rule nearly removed and kept, with why (the
            same columns; action ``kept``, the line in ``removed``, ``words`` 0).
    """

    text: str
    removed: pd.DataFrame
    metadata: dict[str, str] = field(default_factory=dict)
    kept: pd.DataFrame = field(default_factory=lambda: _no_rows().copy())


@lru_cache(maxsize=1)
def _no_rows() -> pd.DataFrame:
    """An empty log (the columns of :data:`LOG_COLUMNS`), to copy."""
    return pd.DataFrame(columns=list(LOG_COLUMNS))


@lru_cache(maxsize=1)
def _bundled_rules() -> pd.DataFrame:
    source = files("framelab").joinpath("data", "cleaning_rules.csv")
    with source.open(encoding="utf-8") as handle:
        return _validate(pd.read_csv(handle, dtype=str, keep_default_na=False), "cleaning_rules.csv")


def cleaning_rules() -> pd.DataFrame:
    """Return the kit's cleaning rules as a table you can read, filter or extend.

    The table is a copy: change it and pass it to :func:`clean_text` or
    :func:`framelab.load_corpus` as ``rules=``.

    >>> rules = cleaning_rules()
    >>> list(rules.columns)
    ['rule', 'action', 'language', 'where', 'pattern', 'field', 'reason']
    >>> rules.loc[rules["rule"] == "ad-marker", "pattern"].item()
    'Artiklen fortsætter (?:under|efter) (?:annoncen|reklamen)'
    """
    return _bundled_rules().copy()


def read_rules(path: str | Path) -> pd.DataFrame:
    """Read cleaning rules from your own CSV file (same columns as :func:`cleaning_rules`).

    Raises:
        ArgumentError: When the file is missing, has the wrong columns, or a rule is broken;
            the message names the rule and what to fix.
    """
    p = Path(path)
    if not p.is_file():
        raise ArgumentError(f"path={str(p)!r}: there is no rules file there. "
                            "Check the name, or start from framelab.cleaning_rules().")
    table = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return _validate(table, p.name)


def _validate(table: pd.DataFrame, source: str) -> pd.DataFrame:
    """Check a rules table and return it with its columns in order; raise a clear error if not."""
    table = table.fillna("")
    missing = [c for c in RULE_COLUMNS if c not in table.columns]
    if missing:
        raise ArgumentError(
            f"The cleaning rules in {source} lack the column(s) {', '.join(missing)}. "
            f"A rules table needs the columns {', '.join(RULE_COLUMNS)}."
        )
    table = table.loc[:, list(RULE_COLUMNS)].astype(str).reset_index(drop=True)
    for row in table.itertuples(index=False):
        name = row.rule or "(a rule with no name)"
        if row.action not in ACTIONS:
            raise ArgumentError(f"Rule {name!r} in {source}: action={row.action!r} is not one of "
                                f"{', '.join(ACTIONS)}.")
        if row.where not in PLACES:
            raise ArgumentError(f"Rule {name!r} in {source}: where={row.where!r} is not one of "
                                f"{', '.join(PLACES)}.")
        if row.action == "remove_near" and not row.field:
            raise ArgumentError(f"Rule {name!r} in {source}: action 'remove_near' needs a field: "
                                "the names (or the starts of names) of the rules whose removed "
                                "lines it removes the lines next to, e.g. 'paywall|login-line'.")
        if row.action == "remove_by_shape" and row.field not in ("", "elsewhere", "nearby",
                                                                  "kicker"):
            raise ArgumentError(f"Rule {name!r} in {source}: action 'remove_by_shape' takes the "
                                f"field '', 'elsewhere' (remove the line only when its words "
                                f"stand elsewhere on the page too), 'nearby' (only when they "
                                f"stand in the two lines before or after it) or 'kicker' (only "
                                f"when the next line starts with it and a colon), not "
                                f"{row.field!r}.")
        count = row.field.split("|")[0]
        if row.action == "remove_run" and not (count.isdigit() and int(count) >= 2):
            raise ArgumentError(f"Rule {name!r} in {source}: action 'remove_run' needs a field: "
                                f"the number of lines in a row (2 or more) that make a run, "
                                f"e.g. '3', or '3|teaser-heading' to count the lines those "
                                f"rules removed in the run too; not {row.field!r}.")
        if row.action == "remove_rest" and not row.field:
            raise ArgumentError(f"Rule {name!r} in {source}: action 'remove_rest' needs a field: "
                                "the names (or the starts of names) of the rules whose removed "
                                "line must stand right above the line that starts the rest, "
                                "e.g. 'label-line|section-label'.")
        if row.action.endswith("_to_metadata") and not row.field:
            raise ArgumentError(f"Rule {name!r} in {source}: action {row.action!r} needs a field "
                                "name (the metadata column the text moves to), e.g. 'byline'.")
        needs_pattern = row.action in ("prefix_to_metadata", "line_to_metadata", "remove_line",
                                       "caption_copy", "remove_by_shape", "remove_near",
                                       "remove_run", "remove_rest")
        if needs_pattern and not row.pattern:
            raise ArgumentError(f"Rule {name!r} in {source}: action {row.action!r} needs a pattern.")
        if row.pattern and len(row.pattern) > MAX_PATTERN:
            # re takes seconds to compile a pattern of megabytes, and one that long is no rule
            # for a kind of line but a list of texts (or an attempt to stop the grader)
            raise ArgumentError(
                f"Rule {name!r} in {source}: its pattern is {len(row.pattern):,} characters long; "
                f"a pattern may have at most {MAX_PATTERN:,}. Write a shorter pattern for the kind "
                "of line, or split it into several rules.")
        if row.pattern:
            try:
                re.compile(row.pattern)
            except re.error as err:
                raise ArgumentError(
                    f"Rule {name!r} in {source}: the pattern {row.pattern!r} is not a valid regular "
                    f"expression ({err}). Check its brackets and escape a literal '.' or '?' as "
                    "'\\.' or '\\?'."
                ) from None
    return table


def _as_rules(rules: pd.DataFrame | str | Path | None) -> pd.DataFrame:
    if rules is None:
        return _bundled_rules()
    if isinstance(rules, (str, Path)):
        return read_rules(rules)
    if isinstance(rules, pd.DataFrame):
        return _validate(rules, "the rules table you passed")
    raise ArgumentTypeError(
        f"rules should be a table from framelab.cleaning_rules(), a path to a rules CSV, or None, "
        f"but it is {a_type(rules)}."
    )


def _value(match: re.Match[str], whole: str) -> str:
    """The metadata value of a match: its first group, or the whole text if that is empty."""
    group = match.group(1) if match.groups() else None
    return (group or whole).strip()


def _normalise(line: str) -> str:
    return " ".join(_QUOTES.sub('"', line).casefold().split())


def _caption_key(text: str) -> str:
    """A caption compared loosely: case, spaces and the final stop ignored."""
    return " ".join(text.casefold().split()).rstrip(" .!?(")


def _shingles(line: str) -> set[tuple[str, ...]]:
    """The line's SHINGLE-word sequences (casefolded), as a set of tuples."""
    return _normal_shingles(line.casefold())


def _normal_words(line: str) -> tuple[str, list[str]]:
    """:func:`_normalise` of ``line`` and the words of that (``_WORD.findall``), in one go: the
    repeats step needs both of every kept line.

    Faster than the plain way, with the same result: each quotation mark the line holds is
    replaced with ``str.replace`` (most lines hold few kinds, and ``in`` finds them fast), and
    the words come from the pieces between the spaces, which the normal form joins anyway: no
    space is a word character, so the words of the line are those of its pieces, and a piece
    of letters and digits only (``str.isalnum``, what ``\\w`` matches but "_") is one word.
    ``tests/test_speed_paths.py`` compares with the plain way.

    >>> _normal_words("„Het  kan niet”, zei ze.")
    ('"het kan niet", zei ze.', ['het', 'kan', 'niet', 'zei', 'ze'])
    """
    for mark in _QUOTE_MARKS[1:]:  # '"' itself stays
        if mark in line:
            line = line.replace(mark, '"')
    norm = line.casefold()
    # A line of printable characters (every space but " " is not) without two spaces in a row
    # and without a space at either end is its own normal form: split and join only the others.
    if not norm.isprintable() or "  " in norm or norm[:1] == " " or norm[-1:] == " ":
        norm = " ".join(norm.split())
    # The marks of _SPACED are no word characters: a space in their place leaves the words as
    # they are, and most lines hold no other character that is no letter or digit, so that
    # their pieces are their words (one isalnum for the whole line instead of one per piece).
    spaced = norm
    for mark in _SPACED:
        if mark in spaced:
            spaced = spaced.replace(mark, " ")
    parts = spaced.split()
    if "".join(parts).isalnum():
        return norm, parts
    words: list[str] = []
    add, find = words.append, _WORD.findall
    for part in parts:
        if part.isalnum():
            add(part)
        else:
            words += find(part)
    return norm, words


def _word_shingles(words: list[str]) -> set[tuple[str, ...]]:
    """The SHINGLE-word sequences of a line's words (:func:`_normal_words`), as a set."""
    if SHINGLE == 5:  # the shifted lists written out: faster than making them in a loop
        return set(zip(words, words[1:], words[2:], words[3:], words[4:], strict=False))
    # zip of the shifted lists: the same tuples as words[i : i + SHINGLE] for every i, faster
    return set(zip(*(words[i:] for i in range(SHINGLE)), strict=False))


def _normal_shingles(norm: str) -> set[tuple[str, ...]]:
    """:func:`_shingles` of a line from its :func:`_normalise` form (one casefold per line, not
    two): the same words, since _normalise only turns quotation marks into '"' and runs of
    whitespace into one space, none of them word characters (a test checks every character).

    >>> line = "„Het  kan niet”, zei ze. ‘Nooit’ en NOOIT"
    >>> _normal_shingles(_normalise(line)) == _shingles(line)
    True
    """
    tokens = _WORD.findall(norm)
    # zip of the shifted lists: the same tuples as tokens[i : i + SHINGLE] for every i, faster
    return set(zip(*(tokens[i:] for i in range(SHINGLE)), strict=False))


def clean_text(
    text: str,
    *,
    language: str = "*",
    rules: pd.DataFrame | str | Path | None = None,
    article: str = "",
) -> Cleaned:
    """Clean one article's text with the cleaning rules and log every removal.

    Args:
        text: The raw text.
        language: The text's language code ("nl", "da"); rules for other languages are
            skipped. "*" applies every rule.
        rules: The rules table (default: :func:`cleaning_rules`), or a path to a rules CSV.
        article: The article's id, written into the log.

    Returns:
        A :class:`Cleaned` with the text, the removal log and the extracted metadata.

    >>> cleaned = clean_text(" date 2021-12 USA: Nu er det op til Rusland", language="da")
    >>> cleaned.text, cleaned.metadata
    ('USA: Nu er det op til Rusland', {'date_prefix': '2021-12'})
    """
    check_type("text", text, str, "a text (a str)")
    check_type("language", language, str, "a language code such as 'nl' or 'da'")
    cleaned, log, metadata = _clean(text, _prepared_rules(rules, language), article)
    kept = [row for row in log if row["action"] == "kept"]
    if kept:
        log = [row for row in log if row["action"] != "kept"]
    removed = pd.DataFrame(log, columns=list(LOG_COLUMNS))
    # an empty table is made once and copied: making one costs more than cleaning a text
    return Cleaned(cleaned, removed, metadata,
                   pd.DataFrame(kept, columns=list(LOG_COLUMNS)) if kept else _no_rows().copy())


@dataclass(frozen=True)
class _Rule:
    """One rule of a rules table, with its pattern compiled once."""

    rule: str
    action: str
    where: str
    field: str
    reason: str
    compiled: re.Pattern[str] | None
    # The longest text the pattern can match (None: no limit): a longer line cannot match it
    # whole, so it is not tried (most lines of an article are longer than any boilerplate).
    longest: int | None = None
    # Texts of which every match holds one (None: not known), as one pattern (see _needed): a
    # line without any of them cannot match, so the rule's own pattern is not tried on it.
    needs: re.Pattern[str] | None = None
    # The characters a match can start with, as a pattern of one character (None: any, or not
    # known; see _first_chars): a line that starts with another character cannot match.
    first: re.Pattern[str] | None = None
    # The texts of ``needs`` (None: none), for the one search of several rules' texts at once
    # (see :meth:`_Prepared.line_tries`).
    texts: tuple[str, ...] | None = None


@dataclass(frozen=True)
class _Prepared:
    """The rules for one language, split by step and compiled: what :func:`_clean` needs."""

    prefix: tuple[_Rule, ...]
    lines: tuple[_Rule, ...]
    repeats: dict[str, _Rule]
    captions: tuple[_Rule, ...] = ()
    near: tuple[_Rule, ...] = ()
    runs: tuple[_Rule, ...] = ()
    rests: tuple[_Rule, ...] = ()
    # The line rules that can match a line, by where it stands and how long it is, made when
    # first needed (see :meth:`candidates`).
    _candidates: dict[tuple[bool, bool, bool, int], tuple[_Rule, ...]] = field(
        default_factory=dict, compare=False, repr=False)
    _tries: dict[tuple[bool, bool, bool, int, str], tuple[tuple[Any, Any, _Rule], ...]] = field(
        default_factory=dict, compare=False, repr=False)
    _line_tries: dict[tuple[bool, bool, bool, int, str],
                      tuple[Any, tuple[Any, ...], tuple[Any, ...]]] = field(
        default_factory=dict, compare=False, repr=False)

    def candidates(self, start: bool, head: bool, end: bool, size: int) -> tuple[_Rule, ...]:
        """The rules of :attr:`lines`, in their order, that apply to a line in the ``start``,
        the ``head`` and the ``end`` (or not) of ``size`` characters: ``where`` fits, and
        the rule's longest match (``longest``) is not shorter than the line. The same rules
        the loop of :func:`_clean` would try, skipping the others, worked out once per kind
        of line instead of once per line and rule."""
        cuts = self._cuts
        bucket = bisect_left(cuts, size)  # lines up to cuts[bucket] characters
        key = (start, head, end, bucket)
        found = self._candidates.get(key)
        if found is None:
            limit = cuts[bucket] if bucket < len(cuts) else None
            found = self._candidates[key] = tuple(
                rule for rule in self.lines if rule.compiled is not None
                and (rule.where == "anywhere" or (rule.where == "start" and start)
                     or (rule.where == "head" and head) or (rule.where == "end" and end))
                and (rule.longest is None or (limit is not None and rule.longest >= limit)))
        return found

    def tries(self, start: bool, head: bool, end: bool, size: int, char: str
              ) -> tuple[tuple[Any, Any, _Rule], ...]:
        """:meth:`candidates` that can match a line starting with ``char`` (see
        :attr:`_Rule.first`), as (its ``needs.search`` or None, its pattern's ``fullmatch``,
        the rule): worked out once per kind of line and first character, not once per line
        and rule (the loop over the lines tries a dozen rules or more on each)."""
        key = (start, head, end, bisect_left(self._cuts, size), char)
        found = self._tries.get(key)
        if found is None:
            if len(self._tries) > 20_000:  # bounded: texts with very many first characters
                self._tries.clear()
            found = self._tries[key] = tuple(
                (rule.needs.search if rule.needs is not None else None,
                 rule.compiled.fullmatch, rule)  # type: ignore[union-attr]
                for rule in self.candidates(start, head, end, size)
                if rule.first is None or rule.first.fullmatch(char))
        return found

    def line_tries(self, start: bool, head: bool, end: bool, size: int, char: str
                   ) -> tuple[Any, tuple[tuple[Any, Any, _Rule], ...],
                              tuple[tuple[Any, Any, _Rule], ...]]:
        """(``search``, :meth:`tries`, the tries without the rules ``search`` rules out).

        ``search`` (or None) looks for the needed texts (:attr:`_Rule.texts`) of several of the
        tries at once: those whose texts start with two or more characters (a long list,
        "Beeld", "Foto", ..., that ``re`` reads slowly); a rule that needs one text, or texts
        that all start alike, is looked for fast by ``re`` on its own. A line in which
        ``search`` finds nothing holds none of those rules' texts: none of them can match it,
        so they are skipped, and the others are tried in the same order, as :meth:`tries`
        would (``tests/test_speed_paths.py`` compares)."""
        key = (start, head, end, bisect_left(self._cuts, size), char)
        found = self._line_tries.get(key)
        if found is None:
            if len(self._line_tries) > 20_000:  # bounded, as tries
                self._line_tries.clear()
            tries = self.tries(start, head, end, size, char)
            slow = [rule for _, _, rule in tries
                    if rule.texts and len({text[0] for text in rule.texts}) > 1]
            search = None
            # Only for long lines (the bucket's lines are all longer than LONG_LINE): few rules
            # apply to them, so the searches are few and quick to make, and a long line is
            # where reading it once instead of several times saves time.
            bucket = key[3]
            if len(slow) > 1 and bucket > 0 and self._cuts[bucket - 1] >= LONG_LINE:
                # one search for every first character: that of all such rules of these
                # lines (the search that finds none of their texts finds none of the texts of
                # those among the tries)
                slow = [rule for rule in self.candidates(start, head, end, size)
                        if rule.texts and len({text[0] for text in rule.texts}) > 1]
                search = _any_text(tuple(sorted({text for rule in slow
                                                 for text in rule.texts or ()})))
            skipped = {id(rule) for rule in slow} if search is not None else set()
            others = tuple(entry for entry in tries if id(entry[2]) not in skipped)
            found = self._line_tries[key] = (search, tries, others)
        return found

    @cached_property
    def run_names(self) -> tuple[str, ...]:
        """The names of the ``remove_run`` rules."""
        return tuple(rule.rule for rule in self.runs)

    @cached_property
    def near_order(self) -> tuple[tuple[_Rule, ...], tuple[_Rule, ...]]:
        """The ``remove_near`` rules that go before the runs, and those that go after them
        (their ``field`` names a ``remove_run`` rule: they see the lines the runs removed)."""
        after = tuple(rule for rule in self.near if any(
            name.startswith(part) for part in rule.field.split("|") if part
            for name in self.run_names))
        return tuple(rule for rule in self.near if rule not in after), after

    @cached_property
    def run_longest(self) -> float:
        """The longest line a ``remove_run`` rule can match (infinity: no limit)."""
        sizes = [rule.longest for rule in self.runs]
        return float("inf") if None in sizes else max(sizes, default=0)  # type: ignore[type-var]

    @cached_property
    def _cuts(self) -> list[int]:
        """The rules' longest matches, sorted and each once: the sizes where the candidates
        change."""
        return sorted({rule.longest for rule in self.lines if rule.longest is not None})


@lru_cache(maxsize=64)
def _any_text(texts: tuple[str, ...]) -> Any:
    """The ``search`` of a pattern that finds any of ``texts`` (as a trie), made once."""
    return re.compile(alternation(list(texts))).search


def _rules_key(table: pd.DataFrame) -> tuple[tuple[str, ...], tuple[tuple[object, ...], ...]]:
    """A hashable copy of a rules table (its columns and rows), to cache its compiled form."""
    return tuple(map(str, table.columns)), tuple(table.itertuples(index=False, name=None))


@lru_cache(maxsize=64)
def _prepare(key: tuple[tuple[str, ...], tuple[tuple[object, ...], ...]] | None, language: str
             ) -> _Prepared:
    """Validate (once) and compile the rules of ``key`` (None: the kit's rules) for ``language``."""
    if key is None:
        table = _bundled_rules()
    else:
        columns, rows = key
        table = _validate(pd.DataFrame(list(rows), columns=list(columns)),
                          "the rules table you passed")
    if language != "*":  # "*" applies every rule; a language code, its own and the "*" rules
        table = table[(table["language"] == "*") | (table["language"] == language)]
    texts = [_needed_texts(r.pattern) for r in table.itertuples(index=False)]
    # (the needs of _needed, from the texts worked out once)
    rules = [_Rule(r.rule, r.action, r.where, r.field, r.reason,
                   re.compile(r.pattern) if r.pattern else None, _longest(r.pattern),
                   re.compile(alternation(found)) if found else None, _first_chars(r.pattern),
                   tuple(found) if found else None)
             for r, found in zip(table.itertuples(index=False), texts, strict=True)]
    _parsed.cache_clear()  # the trees are big (a worker's memory) and no longer needed
    repeats = {r.action: r for r in rules
               if r.action in ("repeated_paragraph", "repeated_block", "repeated_removed")}
    return _Prepared(tuple(r for r in rules if r.action == "prefix_to_metadata"),
                     # the shape rules last, whatever their place in the table: a rule that
                     # says what a line is (yours too) comes first
                     tuple(r for r in rules if r.action in ("line_to_metadata", "remove_line"))
                     + tuple(r for r in rules if r.action == "remove_by_shape"),
                     repeats, tuple(r for r in rules if r.action == "caption_copy"),
                     tuple(r for r in rules if r.action == "remove_near"),
                     tuple(r for r in rules if r.action == "remove_run"),
                     tuple(r for r in rules if r.action == "remove_rest"))


def _parser():  # type: ignore[no-untyped-def]
    try:
        import re._parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser  # type: ignore[no-redef]
    return parser


@lru_cache(maxsize=1024)
def _parsed(pattern: str) -> Any:
    """The parse tree of ``pattern`` (re's parser), made once per pattern while a rules table
    is prepared (:func:`_prepare` empties the cache): :func:`_longest`, :func:`_first_chars`
    and :func:`_needed_texts` only read it (parsing is most of the time preparing takes)."""
    return _parser().parse(pattern)


def _tree(pattern: str) -> Any | None:
    """The parse tree of ``pattern`` (:func:`_parsed`), or None for no pattern or one that re
    compiles but its parser does not read."""
    if not pattern:
        return None
    try:
        return _parsed(pattern)
    except Exception:  # pragma: no cover - a pattern re compiles but the parser does not
        return None


def _longest(pattern: str) -> int | None:
    """The most characters ``pattern`` can match, or None if it has no limit.

    >>> _longest("Lees ook"), _longest("Lees ook.*"), _longest("(?=.{0,300}$).*")
    (8, None, 301)
    """
    tree = _tree(pattern)
    if tree is None:
        return None
    parser = _parser()
    width = tree.getwidth()[1]
    # A look-ahead at the start that reaches the end, "(?=.{0,300}$)", limits the match too
    # (one more character for the line break before which "$" also matches).
    items = list(tree)
    if items and items[0][0] is parser.ASSERT and items[0][1][0] == 1:
        body = items[0][1][1]
        if len(body) and body[-1][0] is parser.AT and body[-1][1] in (parser.AT_END,
                                                                      parser.AT_END_STRING):
            width = min(width, body.getwidth()[1] + 1)
    return None if width >= parser.MAXREPEAT else int(width)


def _first_chars(pattern: str) -> re.Pattern[str] | None:
    r"""A pattern of one character that matches each character a match of ``pattern`` can
    start with; None where that may be any character or is not known.

    Why: most rules start with a word or a few ("Lees ook", "Volg onze"), and most lines of an
    article start with another letter; which rules can match a line that starts with "H" is
    worked out once (:meth:`_Prepared.tries`), instead of trying each rule on every line. The
    characters are read from the rule's own pattern (its parse tree: what its first item can
    match, and the next one's while the items before may match nothing; a look-ahead's first
    characters too), with the pattern's flags, so ``(?i)`` is the same here as in the rule.
    ``tests/test_speed_paths.py`` compares the cleaning with and without them.

    >>> _first_chars("(?:Lees|Volg) ook.*").pattern
    '(?:\\U0000004c|\\U00000056)'
    >>> _first_chars("(?i)x?[a-c]").fullmatch("B") is not None, _first_chars(".{0,9}x")
    (True, None)
    """
    tree = _tree(pattern)
    if tree is None:
        return None
    parser = _parser()
    found = _firsts(list(tree), parser)
    if found is None or not found[0]:
        return None
    return re.compile("(?:" + "|".join(dict.fromkeys(found[0])) + ")",
                      tree.state.flags & (re.IGNORECASE | re.ASCII))


_CLASS_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D",
                     "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S",
                     "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _firsts(items: list, parser) -> tuple[list[str], bool] | None:  # type: ignore[no-untyped-def]
    """(patterns of one character that a match of the items can start with, whether the items
    may match nothing), or None when not known (any character, a back-reference, a flag)."""
    c = parser
    pieces: list[str] = []
    for op, value in items:
        if op in (c.AT, c.ASSERT_NOT):  # zero width: the next item decides
            continue
        if op is c.ASSERT:  # a look-ahead that must match here starts with the same character
            direction, body = value
            found = _firsts(list(body), parser) if direction == 1 else None
            if found is not None and not found[1]:
                return pieces + found[0], False
            continue
        if op is c.LITERAL:
            return pieces + [f"\\U{value:08x}"], False
        if op is c.NOT_LITERAL:
            return pieces + [f"[^\\U{value:08x}]"], False
        if op is c.IN:
            members = []
            for kind, av in value:
                if kind is c.NEGATE and not members:
                    members.append("^")
                elif kind is c.LITERAL:
                    members.append(f"\\U{av:08x}")
                elif kind is c.RANGE:
                    members.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
                elif kind is c.CATEGORY and str(av) in _CLASS_CATEGORIES:
                    members.append(_CLASS_CATEGORIES[str(av)])
                else:
                    return None
            return pieces + ["[" + "".join(members) + "]"], False
        if op is c.SUBPATTERN or op is getattr(c, "ATOMIC_GROUP", None):
            if op is c.SUBPATTERN:
                _, add_flags, del_flags, body = value
                if add_flags or del_flags:  # (?i:...): not the pattern's flags
                    return None
            else:
                body = value
            found = _firsts(list(body), parser)
            if found is None:
                return None
            pieces += found[0]
            if not found[1]:
                return pieces, False
            continue
        if op is c.BRANCH:
            branches = [_firsts(list(branch), parser) for branch in value[1]]
            if any(found is None for found in branches):
                return None
            for found in branches:
                pieces += found[0]  # type: ignore[index]
            if not any(found[1] for found in branches):  # type: ignore[index]
                return pieces, False
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _, body = value
            found = _firsts(list(body), parser)
            if found is None:
                return None
            pieces += found[0]
            if low > 0 and not found[1]:
                return pieces, False
            continue
        return None  # any character, a back-reference ...: not known
    return pieces, True


_MAX_TEXTS = 64  # at most this many texts in a set of needed texts
_LONG_REPEAT = 16  # a repeat of more than this many characters at the start is slow to fail


def _slow_start(items: list, parser) -> bool:  # type: ignore[no-untyped-def]
    """Whether a pattern may read far into a line before it fails: it starts with a look-ahead
    or a long repeat (``.{0,300}?``), not with a word or a short class."""
    c = parser
    for op, value in items:
        if op is c.AT:
            continue
        if op in (c.ASSERT, c.ASSERT_NOT):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, body = value
            if high > _LONG_REPEAT or _slow_start(list(body), parser):
                return True
            if low == 0:
                continue  # it may match nothing: what follows starts the match too
            return False
        if op is c.SUBPATTERN:
            return _slow_start(list(value[3]), parser)
        if op is getattr(c, "ATOMIC_GROUP", None):
            return _slow_start(list(value), parser)
        if op is c.BRANCH:
            return any(_slow_start(list(branch), parser) for branch in value[1])
        return False  # one character: a literal, a class, any character
    return False


def _needed(pattern: str) -> re.Pattern[str] | None:
    r"""A pattern that finds, in any text ``pattern`` matches, one of the texts every match of
    ``pattern`` holds; None where ``pattern`` needs no such text (``.*``).

    Why: most lines of an article are no boilerplate, and most rules need a word that such a
    line lacks ("Foto", "cookie"); looking for those words is many times faster than trying a
    rule that starts with ``.{0,300}?`` or a look-ahead at every position. (A rule that starts
    with a word, "Lees ook", fails at the first letters of a line: it needs none.) The texts are read from the rule's
    own pattern (its parse tree: literals, alternatives, repeats of at least one, look-aheads),
    so they follow the rule when it changes. ``tests/test_speed_paths.py`` compares the cleaning with and without them.

    >>> _needed(r".{0,300}?\s?Fold (?:sammen|ud)").pattern
    'Fold\\ (?:sammen|ud)'
    >>> _needed(r"(?=.{0,300}?\b[Cc]ookies?\b).*").pattern, _needed(".*") is None
    ('(?:Cookie|cookie)', True)
    >>> _needed("Lees ook.*") is None  # it fails at the first letters of most lines anyway
    True
    """
    texts = _needed_texts(pattern)
    if texts is None:
        return None
    # The texts as a trie ("Beeld|Billede" -> "B(?:eeld|illede)"): ``re`` tries only the texts
    # that share what it read, not each one in turn. No text is the start of another, so it
    # finds what their plain alternation finds (tests/test_speed_paths.py compares).
    return re.compile(alternation(texts))


def _needed_texts(pattern: str) -> list[str] | None:
    """The texts of :func:`_needed`, sorted (None: none needed); none holds another one."""
    tree = _tree(pattern)
    if tree is None:
        return None
    parser = _parser()
    if not _slow_start(list(tree), parser):
        return None  # it fails at the first characters of most lines already: faster than a search
    if tree.state.flags & re.IGNORECASE:
        return None  # re looks for texts ignoring case slowly: slower than the rule itself
    texts = _sequence(list(tree), parser)[1]
    if not texts:
        return None
    # A text that holds another one of the set adds nothing: "cookie" finds "cookies" too.
    return sorted(t for t in texts if not any(u != t and u in t for u in texts))


def _best(choices: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling set of needed texts: the longest shortest text, then the fewest texts."""
    usable = [c for c in choices if c and "" not in c and len(c) <= _MAX_TEXTS]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c))) if usable else None


def _sequence(items: list, parser  # type: ignore[no-untyped-def]
              ) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, needed) of a sequence of parse items: ``exact`` the texts it matches, all of
    them (None: not known, or too many), ``needed`` texts one of which every match holds."""
    run: frozenset[str] | None = frozenset({""})  # the exact texts of the items so far
    whole = True  # every item so far was exact
    choices: list[frozenset[str]] = []
    for op, value in items:
        exact, needed = _item(op, value, parser)
        if needed:
            choices.append(needed)
        if exact is not None and run is not None and len(run) * len(exact) <= _MAX_TEXTS:
            run = frozenset(a + b for a in run for b in exact)
            continue
        whole = False
        if run is not None:
            choices.append(run)
        run = exact
    if run is not None:
        choices.append(run)
    return (run if whole else None), _best(choices)


def _item(op, value, parser  # type: ignore[no-untyped-def]
          ) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, needed) of one parse item (see :func:`_sequence`)."""
    c = parser  # the opcodes: parser.LITERAL, ...
    if op is c.LITERAL:
        return frozenset({chr(value)}), frozenset({chr(value)})
    if op in (c.AT, c.ASSERT_NOT):  # zero width, nothing needed
        return frozenset({""}), None
    if op is c.ASSERT:  # a look-ahead or look-behind: what it needs is in the text too
        return frozenset({""}), _sequence(list(value[1]), parser)[1]
    if op is c.SUBPATTERN:
        _, add_flags, _, body = value
        if add_flags & re.IGNORECASE:  # (?i:...): its letters in any case
            return None, None
        return _sequence(list(body), parser)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(value), parser)
    if op is c.BRANCH:
        parts = [_sequence(list(branch), parser) for branch in value[1]]
        exact = None
        if all(e is not None for e, _ in parts):
            union = frozenset().union(*(e for e, _ in parts))  # type: ignore[misc]
            exact = union if len(union) <= _MAX_TEXTS else None
        needed = [_best([n for n in (e, d) if n is not None]) for e, d in parts]
        if any(n is None for n in needed):
            return exact, None
        return exact, _best([frozenset().union(*needed)])  # type: ignore[misc]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, body = value
        exact, needed = _sequence(list(body), parser)
        if low == 0:
            return (exact | {""} if high == 1 and exact is not None else None), None
        needed = _best([n for n in (exact, needed) if n is not None])
        return (exact if low == high == 1 else None), needed
    if op is c.IN and all(kind is c.LITERAL for kind, _ in value) and len(value) <= _MAX_TEXTS:
        chars = frozenset(chr(code) for _, code in value)
        return chars, chars
    return None, None  # any character, a class, a back-reference ...: not known


def _prepared_rules(rules: pd.DataFrame | str | Path | None, language: str) -> _Prepared:
    """The compiled rules for ``language``; a table's compiled form is cached by its content."""
    if rules is None or rules is _bundled_rules():  # load_corpus passes the kit's table itself
        return _prepare(None, language)
    if isinstance(rules, pd.DataFrame):
        missing = [c for c in RULE_COLUMNS if c not in rules.columns]
        if missing:  # the same message as for a file, before the table is turned into a key
            _validate(rules, "the rules table you passed")
        return _prepare(_rules_key(rules), language)
    return _prepare(_rules_key(_as_rules(rules)), language)


def _clean(text: str, prepared: _Prepared, article: str = ""
           ) -> tuple[str, list[dict[str, object]], dict[str, str]]:
    """Clean ``text``: (cleaned text, the removal log as rows sorted by line, metadata)."""
    lines = text.split("\n")
    raw = lines[:]  # the page as it came, for the "elsewhere" shape rules
    filled = [i for i, line in enumerate(lines) if line.strip()]
    start = set(filled[:START_LINES])
    head = set(filled[:HEAD_LINES])
    long_lines = [i for i in filled if len(lines[i].strip()) >= LONG_LINE]
    end_from = long_lines[-1] + 1 if long_lines else len(lines)
    log: list[dict[str, object]] = []
    metadata: dict[str, str] = {}

    def record(i: int, rule: _Rule, removed: str, value: str = "") -> None:
        field_name = rule.field if value else ""
        if field_name:
            metadata[field_name] = (
                f"{metadata[field_name]}; {value}" if field_name in metadata else value
            )
        log.append({"article": article, "line": i + 1, "rule": rule.rule, "action": rule.action,
                    "field": field_name, "removed": removed, "words": word_count(removed),
                    "reason": rule.reason})

    def applies(rule: _Rule, i: int) -> bool:
        return rule.where == "anywhere" or (rule.where == "start" and i in start) or (
            rule.where == "end" and i >= end_from) or (rule.where == "head" and i in head)

    # 1. Prefixes at the start of the text (a rule for the "head": at the start of the first
    # of the first ten lines that starts so, such as the place before the first sentence).
    for rule in prepared.prefix:
        for i in filled[:HEAD_LINES] if rule.where == "head" else filled[:1]:
            line = lines[i]
            # The pattern is matched on its own (not inside a bigger pattern), so that a flag
            # such as (?i) at its start keeps working; the spaces around the match go with it.
            begin = len(line) - len(line.lstrip())
            match = rule.compiled.match(line, begin) if rule.compiled else None
            if match and match.end() > begin and applies(rule, i):
                end = len(line) - len(line[match.end() :].lstrip())
                removed = line[begin:end].strip()
                record(i, rule, removed, _value(match, removed))
                lines[i] = line[end:]
                break

    # 2. Whole lines, first matching rule wins; a remove_by_shape rule may keep its line.
    kept: list[int] = []
    removed: list[tuple[int, str]] = []
    previous = ""  # the last line kept so far ...
    listed = False  # ... and whether it was kept in doubt
    announced = False  # a kept line ended with a colon, and only short lines were kept since
    guarded: set[str] = set()  # the rules that kept a line in doubt so far
    for k, i in enumerate(filled):
        stripped = lines[i].strip()
        if not stripped:
            lines[i] = ""
            continue
        doubt: tuple[_Rule, str] | None = None
        some, tries, others = prepared.line_tries(i in start, i in head, i >= end_from,
                                                  len(stripped), stripped[0])
        if some is not None and some(stripped) is None:
            tries = others  # the line holds no text of the rules skipped: none can match it
        for search, fullmatch, rule in tries:
            if search is not None and search(stripped) is None:
                continue
            match = fullmatch(stripped)
            if match is None:
                continue
            if rule.field == "kicker" and rule.action == "remove_by_shape" \
                    and not _kicker_of(stripped, raw[filled[k + 1]] if k + 1 < len(filled) else ""):
                continue  # not the start of the next line: the rule does not apply
            if rule.action == "remove_by_shape":
                rest = "\n".join(lines[j] for j in filled[k + 1 :])
                ahead = "" if previous or " " in stripped else next(
                    (lines[j].strip() for j in filled[k + 1 : k + 8]
                     if not _furniture(prepared, lines[j].strip(), j in start, j in head,
                                       j >= end_from)), "")
                if rule.field == "nearby":  # a copy of the lines on either side, or kept:
                    # removing a copy loses none of the article's words (no shape doubts)
                    why = _only_copy(_value(match, stripped),
                                     [raw[j] for j in filled[max(k - NEARBY, 0) : k]
                                      + filled[k + 1 : k + 1 + NEARBY]]) if previous else (
                        "no line of the article stands above it, so it may be the headline")
                else:
                    why = _doubt(stripped, previous, rest, listed, rule.rule in guarded, ahead,
                                 announced)
                if not why and rule.field == "elsewhere":
                    why = _only_copy(_value(match, stripped), raw[:i] + raw[i + 1 :])
                if why:
                    doubt = doubt or (rule, why)
                    continue
            if rule.action == "line_to_metadata":
                record(i, rule, stripped, _value(match, stripped))
            else:
                record(i, rule, stripped)
                removed.append((i, stripped))
            lines[i] = ""
            break
        else:
            kept.append(i)
            announced = stripped.endswith(":") or (announced and not _paragraph(stripped))
            previous = stripped
            listed = doubt is not None  # kept in doubt: the next line may be of its list
            if listed:
                guarded.add(doubt[0].rule)
            if doubt is not None:
                log.append({"article": article, "line": i + 1, "rule": doubt[0].rule,
                            "action": "kept", "field": "", "removed": stripped, "words": 0,
                            "reason": f"Kept: {doubt[1]}. The rule: {doubt[0].reason}"})

    # 2b. A caption printed again without its credit: the text before the credit of a removed
    # line ("Manden i Volvoen." and "Manden i Volvoen. Foto: TV 2"), per caption_copy rule.
    for rule in prepared.captions:
        texts = set()
        for _, line in removed:
            found = rule.compiled.search(line) if rule.compiled else None
            if found and found.start() > 0:
                texts.add(_caption_key(line[: found.start()]))
        texts.discard("")
        if not texts:
            continue
        for i in list(kept):
            stripped = lines[i].strip()
            if applies(rule, i) and _caption_key(stripped) in texts:
                record(i, rule, stripped)
                lines[i] = ""
                kept.remove(i)

    # 2c. The lines of a block next to a removed line of it (a paywall's offer, a teaser list):
    # forwards, then backwards, so that a run of them goes whichever end the anchor stands at.
    # A rule whose block is a run (a TV listing's tip next to the listing) goes after the runs.
    def near(rules: tuple[_Rule, ...]) -> None:
        by_line = {entry["line"] - 1: str(entry["rule"]) for entry in log
                   if entry["action"] != "kept"}
        for rule in rules:
            starts = tuple(part for part in rule.field.split("|") if part) + (rule.rule,)
            block = {i for i, name in by_line.items() if name.startswith(starts)}
            if not block or rule.compiled is None:
                continue
            top = kept[0] if kept else None  # the first line kept may be the headline: it stays
            for order in (filled, filled[::-1]):
                last = None  # the line before this one in the order
                for i in order:
                    if lines[i].strip() and last in block and i in kept and i != top:
                        stripped = lines[i].strip()
                        if applies(rule, i) and rule.compiled.fullmatch(stripped):
                            record(i, rule, stripped)
                            removed.append((i, stripped))
                            lines[i] = ""
                            kept.remove(i)
                            block.add(i)
                    if i in block or lines[i].strip():  # a line another rule removed is
                        last = i  # skipped (a credit, an alt text inside the block)
            # the lines it removed are its own; a line of another rule keeps that rule's name
            by_line.update({i: rule.rule for i in block if i not in by_line})

    run_names = prepared.run_names
    before_runs, after_runs = prepared.near_order
    if before_runs:
        near(before_runs)

    logged = len(log)  # the log's rows before the runs
    # 2d. Runs of lines of one shape (teasers, a TV listing, results), after the first paragraph.
    # (A run needs two short lines at least: most pages of long paragraphs skip the step.)
    if prepared.runs and len(filled) - len(long_lines) >= 2 and (
            prepared.run_longest < LONG_LINE
            or sum(len(lines[i].strip()) <= prepared.run_longest for i in kept) >= 2):
        first = next((i for i in kept if _paragraph(lines[i].strip())), None)
        doubted_runs: set[int] = set()
        doubted = {entry["line"] - 1 for entry in log if entry["action"] == "kept"}
        for rule in prepared.runs if first is not None else ():
            need, *anchors = rule.field.split("|")
            names = tuple(anchors)
            by_rule = {entry["line"] - 1: str(entry["rule"]) for entry in log
                       if entry["action"] != "kept"} if names else {}
            run: list[int] = []
            marks = 0  # lines of the run's block that another rule removed (a teaser heading)
            labels = 0  # lines of the run that its pattern's group "label" matched
            before, before_at = lines[first].strip(), first  # the kept line above the run
            for i in filled[filled.index(first) + 1 :] + [-1]:
                stripped = lines[i].strip() if i >= 0 else ""
                if i >= 0 and not stripped:  # removed by another rule: skipped, or its mark
                    marks += bool(names) and by_rule.get(i, "").startswith(names or ("",))
                    continue
                found = rule.compiled.fullmatch(stripped) if i >= 0 and (
                    rule.longest is None or len(stripped) <= rule.longest) \
                    and applies(rule, i) and rule.compiled is not None \
                    and (rule.needs is None or rule.needs.search(stripped)) else None
                if found and not _LIST_HEADING.fullmatch(stripped):  # a fact box's heading: no
                    run.append(i)
                    labels += found.groupdict().get("label") is not None
                    continue
                # labels count only beside two lines or more that are no label
                if run and len(run) + marks >= int(need) and (
                        not labels or len(run) - labels >= MIN_UNLABELLED):
                    why = _list_above(before, before_at in doubted_runs or before_at in doubted)
                    in_doubt = bool(why)
                    for j in run:
                        if in_doubt and j not in doubted_runs:  # once, if two rules keep it
                            doubted_runs.add(j)
                            log.append({"article": article, "line": j + 1, "rule": rule.rule,
                                        "action": "kept", "field": "",
                                        "removed": lines[j].strip(), "words": 0,
                                        "reason": f"Kept: {why}. The rule: {rule.reason}"})
                        elif not in_doubt:
                            record(j, rule, lines[j].strip())
                            removed.append((j, lines[j].strip()))
                            lines[j] = ""
                    if not in_doubt:
                        kept = [k for k in kept if lines[k].strip()]
                run, marks, labels = [], 0, 0
                before, before_at = stripped, i

    if after_runs and any(entry["rule"] in run_names for entry in log[logged:]):
        near(after_runs)  # only where a run removed lines: the rules' anchors

    # 2e. The rest of the page after the start of another story (remove_rest).
    for rule in prepared.rests:
        _remove_rest(rule, lines, filled, log, applies, record, article)
        kept = [k for k in kept if lines[k].strip()]

    # 3. Repeated paragraphs and blocks, comparing each kept line with the kept lines before it.
    repeat_rules = prepared.repeats
    paragraphs = repeat_rules.get("repeated_paragraph")
    blocks = repeat_rules.get("repeated_block")
    copies = repeat_rules.get("repeated_removed")
    seen: set[str] = set()
    earlier: set[tuple[str, ...]] = set()  # the five-word sequences of the lines kept so far
    kept_sets: list[set[tuple[str, ...]]] = []  # ... line by line
    numbered = paragraphs.compiled if paragraphs is not None else None
    # the lines removed so far (not a prefix), in page order, for repeated_removed
    gone_lines = sorted((entry["line"] - 1, str(entry["removed"])) for entry in log
                        if entry["action"] not in ("kept", "prefix_to_metadata")) if copies else []
    doubted = {entry["line"] - 1 for entry in log if entry["action"] == "kept"} if gone_lines \
        else set()
    gone: set[str] = set()
    next_gone = 0
    for i in kept:
        stripped = lines[i].strip()
        whole, words = _normal_words(stripped)  # the normal form and its words, once
        norm = whole
        while next_gone < len(gone_lines) and gone_lines[next_gone][0] < i:
            gone.add(_normalise(gone_lines[next_gone][1]))
            next_gone += 1
        if numbered is not None:  # "2. Westerse luxeproducten …" is the headline again
            found = numbered.match(norm)
            if found:
                norm = norm[found.end() :]
        rule = None
        if paragraphs is not None and norm in seen:
            # a short line between two paragraphs, printed again on purpose (a source under
            # each quotation, a recurring sub-heading), is no headline printed twice
            between = _between_paragraphs(lines, filled, i) \
                if len(_WORD.findall(stripped)) <= SHORT_REPEAT else ""
            if not between:
                rule = paragraphs
            else:
                log.append({"article": article, "line": i + 1, "rule": paragraphs.rule,
                            "action": "kept", "field": "", "removed": stripped, "words": 0,
                            "reason": "Kept: it is a short line between two paragraphs of the "
                                      "article, so it may be printed again on purpose (a source "
                                      "under each quotation, a recurring sub-heading). The rule: "
                                      f"{paragraphs.reason}"})
        elif copies is not None and gone and i not in doubted and whole in gone \
                and applies(copies, i):
            between = _between_paragraphs(lines, filled, i)
            if not between:
                rule = copies
            else:  # a sub-heading of the article may equal a label above it ("Aalborg")
                log.append({"article": article, "line": i + 1, "rule": copies.rule,
                            "action": "kept", "field": "", "removed": stripped, "words": 0,
                            "reason": f"Kept: {between}. The rule: {copies.reason}"})
        merged = False
        if rule is None and blocks is not None:
            # The line's sequences go into ``earlier`` first: how many were new there tells how
            # many were in it already (one pass over them instead of two). Then the overlap:
            # it is cheaper than counting the words and rarely true.
            shingles = _word_shingles(words)  # of the whole line, list number included
            before = len(earlier)
            earlier |= shingles
            merged = True
            if len(shingles) - (len(earlier) - before) >= OVERLAP * len(shingles) \
                    and len(_WORD.findall(stripped)) >= MIN_BLOCK_WORDS:
                rule = blocks
        if rule is not None and applies(rule, i):
            record(i, rule, stripped)
            lines[i] = ""
            if merged:  # the removed line's sequences out again: those of the kept lines
                earlier = set().union(*kept_sets)
            continue
        seen.add(norm)
        if not merged:
            shingles = _word_shingles(words)
            earlier |= shingles
        kept_sets.append(shingles)

    cleaned = "\n".join([line.rstrip() for line in lines])
    if "\n\n\n" in cleaned:  # most pages have none: the pattern is not run on them
        cleaned = _BLANK_LINES.sub("\n\n", cleaned)
    cleaned = cleaned.strip()
    if any(entry["action"] == "kept" for entry in log):  # a kept line a later step removed
        gone = {entry["line"] for entry in log if entry["action"] != "kept"}
        log = [entry for entry in log if entry["action"] != "kept" or entry["line"] not in gone]
    return cleaned, sorted(log, key=lambda entry: entry["line"]), metadata


_BLANK_LINES = re.compile(r"\n{3,}")
_NUMBERED = re.compile(r"\d{1,2}\.\s")
MIN_BODY = 3  # remove_rest: the paragraphs of the article kept above the line, at least


def _remove_rest(rule: _Rule, lines: list[str], filled: list[int], log: list[dict[str, object]],
                 applies, record, article: str) -> None:  # type: ignore[no-untyped-def]
    """A ``remove_rest`` rule: a kept line that matches the pattern, right below a line that a
    rule of ``field`` removed (a section label), with at least :data:`MIN_BODY` paragraphs of the
    article kept above it, starts another story that the page printed after this one (its
    numbered headline "1. …" and its text): that line and every kept line after it go.

    When a kept line below it is numbered too ("2. …"), the lines may be a numbered list of the
    article: they stay, and the log says why.
    """
    if rule.compiled is None:
        return
    anchors = tuple(part for part in rule.field.split("|") if part)
    marks = sorted(int(entry["line"]) - 1 for entry in log  # lines an anchor rule removed
                   if entry["action"] != "kept" and str(entry["rule"]).startswith(anchors))
    if not marks:
        return
    where = {i: k for k, i in enumerate(filled)}
    for mark in marks:
        k = where.get(mark, -1) + 1  # the line right below the removed one
        if not 0 < k < len(filled):
            continue
        i = filled[k]
        stripped = lines[i].strip()
        if not stripped or not applies(rule, i) or not rule.compiled.fullmatch(stripped):
            continue
        if sum(_paragraph(lines[j].strip()) for j in filled[:k]) < MIN_BODY:
            continue  # near the top: no article above it yet
        rest = [j for j in filled[k:] if lines[j].strip()]
        if any(_NUMBERED.match(lines[j].strip()) for j in rest[1:]):
            log.append({"article": article, "line": i + 1, "rule": rule.rule, "action": "kept",
                        "field": "", "removed": stripped, "words": 0,
                        "reason": "Kept: a line below it is numbered too, so the lines may be a "
                                  f"numbered list of the article. The rule: {rule.reason}"})
            return
        for j in rest:
            record(j, rule, lines[j].strip())
            lines[j] = ""
        return


_SENTENCE_END = tuple(".!?:;…»«”“\"'’)")
_LEAD_END = tuple(".!?…»«”\"'’")  # a lead ends like a sentence; a headline seldom does


def _paragraph(line: str) -> bool:
    """Whether ``line`` reads as a paragraph of the article: long, or a sentence of 6+ words."""
    return len(line) >= LONG_LINE or (line.endswith(_SENTENCE_END) and len(line.split()) >= 6)


def _furniture(prepared: _Prepared, line: str, start: bool, head: bool, end: bool) -> bool:
    """Whether a line rule that says what a line is (``remove_line``, ``line_to_metadata``)
    matches ``line``: furniture (a byline, a credit, a date) that the page's reader skips."""
    for rule in prepared.candidates(start, head, end, len(line)):
        if rule.action in ("remove_line", "line_to_metadata") and (
                rule.needs is None or rule.needs.search(line)) \
                and rule.compiled.fullmatch(line):  # type: ignore[union-attr]
            return True
    return False


def _doubt(line: str, previous: str, rest: str, listed: bool = False, again: bool = False,
           ahead: str = "", announced: bool = False) -> str:
    """Why a line a remove_by_shape rule matched may belong to the article ("" if no doubt).

    ``previous`` is the last line kept so far ("" at the top of the page), ``rest`` the page
    after the line, ``listed`` whether ``previous`` was kept in doubt too, ``again`` whether an
    earlier line of this rule was kept in doubt (the article has such lines: sub-headings),
    ``ahead`` the next line below it that no line rule removes (a byline, a credit and a date
    skipped), worked out for a single word at the top of the page only, ``announced`` whether
    a line kept above ``previous`` ends with a colon and only short lines (no paragraph) were kept
    since: the items of a list it announces ("… drie soorten artikelen:", then "Uitslagen",
    "Blogs", "Trends"), of which a one-word item is no label.

    A single word at the top, with the lead below it (a paragraph, or a line that ends like a
    sentence) once the furniture is skipped, is the headline ("Oorlog", then "Door …", then
    the lead); a label stands above a headline instead:

    >>> _doubt("Oorlog", "", "Door Jan Smit\\nRusland valt aan.", ahead="Rusland valt aan.")[:40]
    'no line of the article stands above it a'
    >>> _doubt("Indland", "", "Ny plan for havnen\\nKommunen vil ...", ahead="Ny plan for havnen")
    ''

    >>> _doubt("Dragør", "Her kan du se, hvilken kommune, der er tale om:", "Dragør er en af ...")
    'the line before it ends with a colon, so it may be what that line announces'
    >>> _doubt("Christian Mejdahl", "Jeg vil gerne have styrket debatten.", "Formand for Folketinget (V)")
    ''
    """
    following = next((part.strip() for part in rest.split("\n") if part.strip()), "")
    if previous.endswith(":"):
        return "the line before it ends with a colon, so it may be what that line announces"
    if listed:
        return "the line before it was kept in doubt too, so the two may be items of one list"
    if again:
        return ("an earlier line of this shape was kept as part of the article, so this one may "
                "be another (a sub-heading, an item)")
    if announced:
        return ("a line above it ends with a colon and only short lines stand between, so it may "
                "be an item of the list that line announces")
    words = _WORD.findall(line)
    last = words[-1] if words else ""
    if len(last) > 2 and _paragraph(following) \
            and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", following):
        return f"the next paragraph names {last!r} too, so it may be a sub-heading of the article"
    after = not following or _paragraph(following)  # a paragraph (or nothing) comes next
    if not previous and following and _paragraph(following):
        return ("no line of the article stands above it and a paragraph follows, so it may be "
                "the headline")
    if not previous and len(words) == 1 and ahead and (
            _paragraph(ahead) or ahead.endswith(_LEAD_END)):
        return ("no line of the article stands above it and, below the page's furniture, the "
                "lead follows, so it may be a one-word headline")
    if not (_paragraph(previous) and after):
        return ""
    if len(words) == 1:
        return ("a single word between paragraphs of the article reads as a sub-heading, or as "
                "the first word of a paragraph the page cut off")
    if line[0].islower():
        return ("a line in small letters between paragraphs of the article may be the rest of a "
                "paragraph broken in two")
    if last[:1].isupper() and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", rest):
        return (f"it stands between paragraphs of the article, and the article names {last!r} "
                "further on, so it may be a sub-heading about them")
    return ""


_LIST_HEADING = re.compile(r"(?i)(?:fakta|faktaboks|feiten|factbox|kort fortalt|in het kort|"
                           r"baggrund|achtergrond|tidslinje|tijdlijn)\b.{0,40}")


def _list_above(line: str, doubted: bool) -> str:
    """Why a run of short lines below ``line`` may be a list of the article ("" if not): the
    line announces it (a colon), is a fact box's heading ("Fakta", "In het kort"), or was kept
    in doubt as a sub-heading of the article.

    >>> _list_above("Planen har tre dele:", False)[:30]
    'the line before the run ends w'
    >>> _list_above("Fakta", False)[:30], _list_above("Seneste nyt fra byen", False)
    ('the line before the run is the', '')
    """
    if line.endswith(":"):
        return ("the line before the run ends with a colon, so the lines may be what it "
                "announces (a list of the article)")
    if _LIST_HEADING.fullmatch(line):
        return "the line before the run is the heading of a fact box, so the lines may be its items"
    if doubted:
        return ("the line before the run was kept as a sub-heading of the article, so the lines "
                "may be its list")
    return ""


def _kicker_of(line: str, following: str) -> bool:
    """Whether ``following`` starts with ``line`` and a colon (case ignored).

    >>> _kicker_of("Dagens overblik", "Dagens overblik: Ny plan for skolerne")
    True
    >>> _kicker_of("Dagens overblik", "Dagens overblik er kort i dag.")
    False
    """
    head, colon, rest = following.strip().partition(":")
    return bool(colon and rest.strip()) and " ".join(head.casefold().split()) == " ".join(
        line.casefold().split())


def _between_paragraphs(lines: list[str], filled: list[int], i: int) -> str:
    """Why line ``i`` may be a sub-heading of the article: the kept lines next to it (the
    removed ones are "" in ``lines``) are both paragraphs ("" if not)."""
    k = filled.index(i)
    before = lines[filled[k - 1]].strip() if k > 0 else ""
    after = lines[filled[k + 1]].strip() if k + 1 < len(filled) else ""
    if before and after and _paragraph(before) and _paragraph(after):
        return ("it stands between two paragraphs of the article, so it may be a sub-heading "
                "that happens to equal the removed line")
    return ""


def _only_copy(words: str, others: list[str]) -> str:
    """Why ``words`` may be the only copy of the article's words ("" if the page's ``others``
    lines hold half or more of their five-word sequences).

    >>> _only_copy("Wij zijn er klaar voor, zei hij.", ["Zij vroeg het."])
    'its words stand nowhere else on the page, so it may be the only copy of a line of the article'
    >>> _only_copy("Wij zijn er klaar voor.", ["„Wij zijn er klaar voor”, zei de minister."])
    ''
    """
    own = _shingles(words)
    if own:
        elsewhere: set[tuple[str, ...]] = set()
        for line in others:
            elsewhere |= _shingles(line)
        if len(own & elsewhere) >= ELSEWHERE * len(own):
            return ""
    return "its words stand nowhere else on the page, so it may be the only copy of a line of the article"


def removal_log(
    corpus: pd.DataFrame, *, rules: pd.DataFrame | str | Path | None = None, kept: bool = False
) -> pd.DataFrame:
    """Return what cleaning removes from every article of a corpus, one row per removal.

    Args:
        corpus: A corpus from :func:`framelab.load_corpus` (it needs the columns
            ``id``, ``language`` and ``raw_text``).
        rules: The rules to apply (default: the rules the corpus was loaded with,
            ``load_corpus(folder, rules=...)``, else the kit's rules), so that the log tells
            what made the corpus's ``text``.
        kept: Also list the lines a rule nearly removed and kept, with why: rows with action
            ``kept``, the kept line in ``removed`` and 0 ``words`` (nothing was removed). Without
            it (the default) every row is a removal, so counting rows counts removals.

    Returns:
        A DataFrame with the columns article, line, rule, action, field, removed, words, reason.

    >>> import framelab
    >>> log = removal_log(framelab.load_corpus(quiet=True))
    >>> log.groupby("article")["words"].sum().to_dict()
    {'000': 37, '001': 41, '002': 3, '003': 9, '004': 385}
    >>> both = removal_log(framelab.load_corpus(quiet=True), kept=True)
    >>> both.loc[both["action"] == "kept", ["article", "line", "removed"]].values.tolist()
    [['004', 5, 'Regimewissel'], ['004', 13, 'Beschuldigd']]
    """
    check_table(corpus, ("id", "language", "raw_text"))
    check_type("kept", kept, bool, "True or False")
    own = corpus.attrs.get("cleaning_rules") if rules is None else None
    if isinstance(own, str):  # load_corpus(folder, rules=...): the rules its texts were cleaned by
        import io

        table = _validate(pd.read_csv(io.StringIO(own), dtype=str, keep_default_na=False),
                          "the rules the corpus was loaded with")
    else:
        table = _as_rules(rules)
    prepared: dict[str, _Prepared] = {}  # compiled once per language, not per article
    rows: list[dict[str, object]] = []
    for row in corpus.itertuples(index=False):
        check_type("text", row.raw_text, str, "a text (a str)")
        check_type("language", row.language, str, "a language code such as 'nl' or 'da'")
        if row.language not in prepared:
            prepared[row.language] = _prepared_rules(table, row.language)
        log = _clean(row.raw_text, prepared[row.language], row.id)[1]  # sorted by line
        rows += log if kept else [entry for entry in log if entry["action"] != "kept"]
    parts = [pd.DataFrame(rows, columns=list(LOG_COLUMNS))] if rows else []  # one table, fast
    exported = corpus.attrs.get("export_log")  # load_corpus(export): the database's own lines
    if exported:  # (cover page, Length:, Body, End of Document ...), taken out before cleaning
        parts.insert(0, pd.DataFrame(list(exported), columns=list(LOG_COLUMNS)))
    if not parts:
        return pd.DataFrame(columns=list(LOG_COLUMNS))
    return pd.concat(parts, ignore_index=True)
