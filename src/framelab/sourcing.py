"""Sourcing, or who speaks: direct quotations, their speakers and reporting verbs, in Dutch and Danish.

:func:`quotes` finds every direct quotation in each article — full quotes and fragments — in
every quotation style the corpus uses:

- Dutch: “…”, „…”, ‘…’ and the straight single quotes '…' of Flemish copy;
- Danish: "…", »…« and direct speech opened by a paragraph-initial dash
  ("- Jeg tror …, siger Blinken.").

Apostrophes are not quotes: "USA's", "Trump's", "'s avonds", "'t". Each quotation gets a
speaker, found by rules a student can follow (the ``attribution`` column says which one fired):

1. a reporting verb right after the quote: "…”, aldus Lavrov." / "…', voegde hij eraan toe.";
2. a reporting verb before the quote in the same sentence: "Maas zei dat de ‘ijzige relatie’ …";
3. the next sentence names the speaker: "… 'de wapens neerlegt'. Dat heeft … Lavrov … gezegd.";
4. a full quote with no attribution continues the previous speaker (a new paragraph of the same
   speech, as in 002 and 004);
5. otherwise the first actor named in the sentence ("Kremlin 'zal westerse sancties vergelden'").

"hij", "zij", "han", "hun" and roles such as "de woordvoerder" resolve to the last *person*
who was reported as speaking, directly or indirectly ("Lavrov sagde …, at …"). Names are
matched against an editable actor table (:func:`actors`), which also gives each actor a side
(Russia, Ukraine, West, Mediator, Media). The reporting verbs are a table too
(:func:`reporting_verbs`), with a stance: "zei" is neutral, "beweerde" and "echode" evaluate.

This is a rule-based finder, like the Gender Gap Tracker's English quote extractor; no Danish
extractor existed, and the Dutch rules are simpler than rsyntax's because they use no parser. It
is right for the five articles (the tests list every quotation) and a good first pass elsewhere:
always read the sentences it shows you.

The reporting verbs are Dutch and Danish. For an article in another language the finder has
no reporting verbs unless you pass your own table as ``verbs=`` with rows for that language;
without them it returns no quotations for it and says so with a
:class:`~framelab.errors.MissingResourceWarning`. With them, English and German work too: the
pronouns "he", "she" and "er" are known, "according to" and "laut" work like "volgens", and in
English the name may come before the verb after the quote ("…,” Lavrov said.").

>>> from framelab import load_corpus
>>> found = quotes(load_corpus(quiet=True))
>>> found.loc[found["article"] == "002", ["speaker", "verb", "attribution"]].head(3).values.tolist()
[['Sergei Lavrov', 'aldus', 'named after the quote'], ['Sergei Lavrov', '', 'continuation'], ['Sky News', 'Volgens', 'named before the quote']]
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import pandas as pd

from .errors import (
    ArgumentError,
    ArgumentTypeError,
    MissingResourceWarning,
    check_table,
    missing_resource_message,
    uncovered_articles,
)
from .text import word_count
from .tokens import check_corpus_table

__all__ = ["QUOTE_COLUMNS", "actors", "reporting_verbs", "find_quotes", "quotes", "who_speaks"]

QUOTE_COLUMNS = (
    "article", "language", "paragraph", "quote", "words", "kind", "marks", "speaker", "side",
    "verb", "verb_lemma", "stance", "attribution", "sentence",
)

# Opening mark -> closing mark(s), as one pattern each. A ’ or ' followed by a letter is an
# apostrophe inside the quote ("Trump’s"), not its end.
_SPANS = (
    ("“ ”", r"“([^“”\n]+)”"),
    ("„ ”", r"„([^„“”\n]+)[”“]"),
    ("« »", r"«([^«»\n]+)»"),
    ("» «", r"»([^«»\n]+)«"),
    ('" "', r'"([^"\n]+)"'),
    ("‘ ’", r"(?<!\w)‘((?:[^‘’\n]|’(?=\w))+)’(?!\w)"),
    # A straight ' opens a quote only before a non-space that is not the "'s avonds" / "'t" form,
    # and closes it only after a non-space and before a non-letter.
    ("' '", r"(?<![\w'])'(?![st]\s|\s)((?:[^'\n]|(?<=\w)'(?=\w))+?)(?<=\S)'(?!\w)"),
)
# Each pattern with its opening mark: a paragraph without that mark cannot match the pattern,
# so _spans skips it without running the pattern (most paragraphs have no quotation).
_SPAN_RE = [(marks, re.compile(pattern), marks[0]) for marks, pattern in _SPANS]
_DASH = re.compile(r"^[-–—]\s+")
_NOT_SPACE = re.compile(r"\S")
# A sentence ends at . ! or ? before a space, also when a closing quotation mark stands between.
_SENTENCE_END = re.compile(r"[.!?][\"”’'»«]?(?=\s|$)")
_PRONOUNS = {"nl": ("hij", "zij", "ze"), "da": ("han", "hun"), "en": ("he", "she"), "de": ("er",)}
_ROLES = {
    "nl": ("de woordvoerder", "de minister", "de bewindsman", "de president", "de premier"),
    "da": ("talsmanden", "ministeren", "udenrigsministeren", "præsidenten"),
}
_CATAPHORA = {"nl": re.compile(r"^Dat (?:heeft|hebben|zei|zegt|stelde|meldde|verklaarde)\b"),
              "da": re.compile(r"^Det (?:siger|sagde|oplyser|skriver)\b")}


@lru_cache(maxsize=1)
def _read(name: str) -> pd.DataFrame:
    with files("framelab").joinpath("data", name).open(encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype=str, keep_default_na=False)


def actors() -> pd.DataFrame:
    """The actor table: canonical name, the variants that name it, kind, side and role.

    Edit a copy and pass it to :func:`quotes` as ``actor_table=`` for another corpus.

    >>> actors().set_index("actor").loc["Sergei Lavrov", ["variants", "side"]].tolist()
    ['Sergei Lavrov|Sergej Lavrov|Lavrov', 'Russia']
    """
    return _read("actors.csv").copy()


def reporting_verbs(language: str | None = None) -> pd.DataFrame:
    """The reporting verbs the finder knows, per language: form, lemma and stance.

    >>> verbs = reporting_verbs("da")
    >>> verbs.loc[verbs["form"] == "siger", ["lemma", "stance"]].values.tolist()
    [['sige', 'neutral']]
    """
    table = _read("reporting_verbs.csv")
    if language is not None:
        table = table[table["language"] == language]
    return table.reset_index(drop=True).copy()


@dataclass(frozen=True)
class _Rules:
    language: str
    actor_re: re.Pattern[str]
    canonical: dict[str, str]
    side: dict[str, str]
    kind: dict[str, str]
    verb_re: re.Pattern[str]
    verbs: dict[str, tuple[str, str]]
    person_re: re.Pattern[str]
    clause_re: re.Pattern[str]


_ActorKey = tuple[tuple[object, object, object, object], ...]
_VerbKey = tuple[tuple[object, object, object, object], ...]


def _actor_key(actor_table: pd.DataFrame | None) -> _ActorKey | None:
    """A hashable copy of an actor table (actor, variants, side, kind per row); None: the kit's."""
    if actor_table is None:
        return None
    return tuple(zip(actor_table["actor"], actor_table["variants"], actor_table["side"],
                     actor_table["kind"], strict=True))


VERB_COLUMNS = ("language", "form", "lemma", "stance")


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

    Why: the actor, verb and pronoun patterns are long alternations after a look-behind, which
    ``re`` tries one alternative after another at every position of a text. The look-ahead
    rejects most positions with one character test; it cannot change a match, since every
    alternative starts with one of these characters (with IGNORECASE, the class and the
    alternative's first letter ignore case alike).
    """
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


def _build_rules(language: str, actor_rows: _ActorKey, verb_rows: _VerbKey) -> _Rules:
    canonical, side, kind = {}, {}, {}
    for actor, variants, actor_side, actor_kind in actor_rows:
        for variant in str(variants).split("|"):
            if variant.strip():
                canonical[variant.strip()] = actor
        side[actor], kind[actor] = actor_side, actor_kind
    names = sorted(canonical, key=len, reverse=True)
    actor_re = re.compile(r"(?<!\w)" + _first_char(names) + "(" + "|".join(map(re.escape, names))
                          + r")(?!\w)")
    verbs = {form: (lemma, stance) for form, lemma, stance, lang in verb_rows
             if lang == language}
    verb_forms = sorted(verbs, key=len, reverse=True)
    verb_re = re.compile(r"(?<!\w)" + _first_char(verb_forms) + "("
                         + "|".join(map(re.escape, verb_forms))
                         + r")(?!\w)", re.IGNORECASE) if verbs else re.compile(r"(?!)")
    people = list(_PRONOUNS.get(language, ())) + list(_ROLES.get(language, ()))
    person_re = re.compile(r"(?<!\w)" + _first_char(people) + "(" + "|".join(map(re.escape, people))
                           + r")(?!\w)", re.IGNORECASE) if people else re.compile(r"(?!)")
    forms = "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) or "(?!)"
    if language in ("nl", "da"):
        clause_re = re.compile(rf"(?:^|,)\s*(?:zo\s+|så\s+)?(?:(?:{forms})|wordt|werd)(?!\w)",
                               re.IGNORECASE)
    else:  # also the English order: "…,” Lavrov said." / "…,” the minister told reporters."
        clause_re = re.compile(rf"(?:^|,)\s*(?:[^\W\d_][\w.'’-]*\s+){{0,3}}?(?:{forms})(?!\w)",
                               re.IGNORECASE)
    return _Rules(language, actor_re, canonical, side, kind, verb_re, verbs, person_re, clause_re)


class _Speakers:
    """Resolves names, pronouns and roles to actors, remembering who spoke last."""

    def __init__(self, rules: _Rules) -> None:
        self.rules = rules
        self.last_person: str | None = None  # for hij/han and "de woordvoerder"
        self.last_quoted: str | None = None  # for a continued quotation

    def mentions(self, text: str, offset: int = 0) -> list[tuple[int, str, str]]:
        """(position, actor, how) for every actor, pronoun or role in ``text``."""
        found = [(m.start() + offset, self.rules.canonical[m.group(1)], "name")
                 for m in self.rules.actor_re.finditer(text)]
        found += [(m.start() + offset, m.group(1).lower(), "pronoun" if " " not in m.group(1)
                   else "role") for m in self.rules.person_re.finditer(text)]
        return sorted(found)

    def resolve(self, actor: str, how: str) -> str | None:
        return self.last_person if how in ("pronoun", "role") else actor

    def is_person(self, actor: str | None) -> bool:
        return actor is not None and self.rules.kind.get(actor) == "person"

    def spoke(self, actor: str | None, *, quoted: bool) -> None:
        if self.is_person(actor):
            self.last_person = actor
        if quoted and actor is not None:
            self.last_quoted = actor


def _mask(paragraph: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with every quotation's inside replaced by 'x', so that names and full
    stops inside quotes do not count for attribution or sentence ends."""
    if not spans:  # nothing to mask (most paragraphs): the same text, without the copy
        return paragraph
    if any(b[0] < a[1] for a, b in zip(spans, spans[1:], strict=False)):
        return _mask_by_char(paragraph, spans)
    # Spans in order and apart (as _spans gives them): mask each inside with one substitution,
    # faster than a Python loop over its characters; \S is exactly "not str.isspace()".
    parts, done = [], 0
    for start, end in spans:
        inside = paragraph[start + 1 : end - 1]
        # Keep a full stop just inside the closing mark: "… dreigingen.” Volgens …" ends there.
        kept = inside[-1] if inside and inside[-1] in ".!?" else ""
        parts += [paragraph[done : start + 1],
                  _NOT_SPACE.sub("x", inside[: len(inside) - len(kept)]), kept]
        done = max(end - 1, start + 1)
    parts.append(paragraph[done:])
    return "".join(parts)


def _mask_by_char(paragraph: str, spans: list[tuple[int, int]]) -> str:
    """:func:`_mask` one character at a time, for spans that overlap or are out of order."""
    chars = list(paragraph)
    for start, end in spans:
        for i in range(start + 1, end - 1):
            if not chars[i].isspace() and not (i == end - 2 and chars[i] in ".!?"):
                chars[i] = "x"
    return "".join(chars)


def _sentence_bounds(masked: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(masked, 0, start)]
    if masked[end - 2 : end - 1] in (".", "!", "?"):  # the quote ends its sentence
        return (before[-1] if before else 0), end
    after = _SENTENCE_END.search(masked, end)
    return (before[-1] if before else 0), (after.end() if after else len(masked))


def _spans(paragraph: str) -> list[tuple[int, int, str, str]]:
    """(start, end, marks, inside) of each quotation, without overlaps, in order."""
    found = []
    for marks, pattern, opening in _SPAN_RE:
        if opening not in paragraph:
            continue
        for m in pattern.finditer(paragraph):
            if re.search(r"[^\W\d_]", m.group(1)):  # a quote has at least one letter
                # A comma before the closing mark belongs to the reporting sentence.
                found.append((m.start(), m.end(), marks, m.group(1).strip().rstrip(",").strip()))
    found.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str, str]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _verb_speaker(window: str, offset: int, speakers: _Speakers, *, after_quote: bool
                  ) -> tuple[str, str, str] | None:
    """Find (speaker, verb, how) around a reporting verb in ``window`` (a masked text piece)."""
    rules = speakers.rules
    verbs = list(rules.verb_re.finditer(window))
    if not verbs:
        return None
    verb = verbs[0] if after_quote else verbs[-1]
    form = verb.group(1).lower()
    mentions = speakers.mentions(window, 0)
    if form in ("volgens", "ifølge", "according to", "laut"):
        near = [m for m in mentions if m[0] >= verb.end()]
        candidates = near[:1]
    elif form == "geciteerd":  # passive: "zo wordt hij geciteerd door Interfax"
        subject = re.search(r"\b(?:wordt|werd|is)\s", window)
        candidates = [m for m in mentions if subject and m[0] >= subject.end()][:1]
    else:
        following = [m for m in mentions if m[0] >= verb.end() and m[0] - verb.end() < 40]
        preceding = [m for m in mentions if m[0] < verb.start() and verb.start() - m[0] < 90]
        candidates = following[:1] + preceding[-1:] if after_quote else preceding[-1:] + following[:1]
    for _, actor, how in candidates:
        who = speakers.resolve(actor, how)
        if who is not None:
            return who, verb.group(1), how
    return None


def _missing_verbs(missing: dict[str, list[str]]) -> str:
    return missing_resource_message(
        missing, "reporting verbs", "no quotations were looked for in {them}",
        "Add rows with language {codes} (form, lemma, stance) to a copy of "
        "framelab.reporting_verbs() and pass it as verbs=your_table.")


def find_quotes(text: str, language: str, *, article: str = "",
                actor_table: pd.DataFrame | None = None,
                verbs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find the quotations of one text; see :func:`quotes` for the columns.

    >>> find_quotes("- Vi vil sikre os, at vi bliver hørt, siger Lavrov efter mødet.", "da")[
    ...     ["quote", "speaker", "verb", "marks"]].values.tolist()
    [['Vi vil sikre os, at vi bliver hørt', 'Sergei Lavrov', 'siger', '- (dash)']]
    >>> find_quotes("Det er beskeden fra USA's udenrigsminister.", "da").empty
    True
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(f"text should be a text (str), but it is {type(text).__name__}.")
    verb_key = _user_verb_key(verbs)
    if language not in _verb_languages(verb_key):
        warnings.warn(_missing_verbs({language: [article or "(the text)"]}),
                      MissingResourceWarning, stacklevel=2)
        return pd.DataFrame(columns=list(QUOTE_COLUMNS))
    rules = _cached_rules(language, _actor_key(actor_table), verb_key)
    rows = _quote_rows(text, language, article, rules)
    if not rows:
        return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS)).fillna("")


def _quote_rows(text: str, language: str, article: str, rules: _Rules
                ) -> list[dict[str, object]]:
    """The quotations of one text as rows (dicts with every column of :data:`QUOTE_COLUMNS`)."""
    speakers = _Speakers(rules)
    rows: list[dict[str, object]] = []
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    for number, paragraph in enumerate(paragraphs, start=1):
        base = {"article": article, "language": language, "paragraph": number}
        dash = _DASH.match(paragraph) if language == "da" else None
        if dash:
            rows.append({**base, **_dash_quote(paragraph[dash.end():], speakers, rules)})
            continue
        spans = _spans(paragraph)
        masked = _mask(paragraph, [(s, e) for s, e, _, _ in spans])
        cursor = 0
        for start, end, marks, inside in spans:
            s_start, s_end = _sentence_bounds(masked, start, end)
            # Indirect speech earlier in the paragraph updates who spoke last.
            _indirect(masked[cursor:s_start], speakers)
            cursor = max(cursor, s_start)
            row = _attribute(paragraph, masked, start, end, s_start, s_end, inside, speakers,
                             paragraphs[number:number + 1])
            rows.append({**base, "quote": inside, "marks": marks, **row})
        _indirect(masked[cursor:], speakers)
    for row in rows:
        row["words"] = word_count(row["quote"])
        speaker = row.get("speaker")
        row["side"] = rules.side.get(speaker, "unknown") if speaker else "unknown"
        row["verb_lemma"], row["stance"] = rules.verbs.get(str(row["verb"]).lower(), ("", ""))
    return rows


def _indirect(masked: str, speakers: _Speakers) -> None:
    """Note who is reported as speaking in sentences without quotes ("Lavrov sagde, at ...")."""
    # No verb in the whole text: none in any of its sentences either (they are cut at spaces,
    # which the verb pattern's look-arounds see like a text's edge), so nobody to note.
    if not speakers.rules.verb_re.search(masked):
        return
    for sentence in re.split(r"(?<=[.!?])\s+", masked):
        found = _verb_speaker(sentence, 0, speakers, after_quote=False)
        if found:
            speakers.spoke(found[0], quoted=False)


def _dash_quote(body: str, speakers: _Speakers, rules: _Rules) -> dict[str, object]:
    """A Danish paragraph of direct speech opened by a dash, with or without ", siger X"."""
    verbs = "|".join(map(re.escape, sorted(rules.verbs, key=len, reverse=True)))
    tail = re.search(rf",\s+((?:{verbs})\b[^,]*|nøjes (?:han|hun) med at sige)\s*[.!?]?$", body,
                     re.IGNORECASE)
    row: dict[str, object] = {"marks": "- (dash)", "kind": "full"}
    if tail:
        quote, attribution = body[: tail.start()].strip(), tail.group(1)
        found = _verb_speaker(attribution, 0, speakers, after_quote=True)
        if found is None:  # "nøjes han med at sige": the verb comes after the pronoun
            found = _verb_speaker(attribution, 0, speakers, after_quote=False)
        speaker, verb, how = found if found else (None, "", "unknown")
        row.update(quote=quote, speaker=speaker or "", verb=verb, sentence=body,
                   attribution=("named after the quote" if how == "name" else
                                f"{how} (after the quote)" if how != "unknown" else how))
    else:
        speaker = speakers.last_quoted
        row.update(quote=body.rstrip(), speaker=speaker or "", verb="", sentence=body,
                   attribution="continuation" if speaker else "unknown")
    speakers.spoke(row["speaker"] or None, quoted=True)
    return row


def _is_full(paragraph: str, masked: str, start: int, s_start: int, inside: str) -> bool:
    lead = masked[s_start:start].strip()
    return (not lead or lead.endswith(":")) and inside[:1].isupper()


def _attribute(paragraph: str, masked: str, start: int, end: int, s_start: int, s_end: int,
               inside: str, speakers: _Speakers, following: list[str]) -> dict[str, object]:
    full = _is_full(paragraph, masked, start, s_start, inside)
    found = None
    # An attribution after the quote starts a clause: "”, aldus Lavrov", "', voegde hij eraan
    # toe", "', zo werd de woordvoerder … geciteerd" — not "…, maar benadrukte dat …".
    after = masked[end:s_end]
    clause = speakers.rules.clause_re.search(after)
    if clause:
        found = _verb_speaker(after[clause.start():], end, speakers, after_quote=True)
    how_label = "named after the quote"
    if found is None:
        found = _verb_speaker(masked[s_start:start], s_start, speakers, after_quote=False)
        how_label = "named before the quote"
    if found is None:
        rest = masked[s_end:].strip() or (following[0] if following else "")
        cataphora = _CATAPHORA.get(speakers.rules.language)
        if cataphora and cataphora.match(rest):
            next_sentence = re.split(r"(?<=[.!?])\s+", rest)[0]
            named = [m for m in speakers.mentions(next_sentence) if m[2] == "name"]
            verb = speakers.rules.verb_re.search(next_sentence)
            if named:
                found, how_label = (named[0][1], verb.group(1) if verb else "", "name"), \
                    "named in the next sentence"
    if found is None and full and speakers.last_quoted:
        found, how_label = (speakers.last_quoted, "", "continuation"), "continuation"
    if found is None:
        named = [m for m in speakers.mentions(masked[s_start:s_end]) if m[2] == "name"]
        if named:
            found, how_label = (named[0][1], "", "name"), "first actor in the sentence"
    speaker, verb, how = found if found else ("", "", "unknown")
    if how in ("pronoun", "role"):
        how_label = f"{how} ({'after' if 'after' in how_label else 'before'} the quote)"
    elif how == "unknown":
        how_label = "unknown"
    speakers.spoke(speaker or None, quoted=True)
    return {"kind": "full" if full else "fragment", "speaker": speaker, "verb": verb,
            "attribution": how_label, "sentence": paragraph[s_start:s_end].strip()}


def _quotes(corpus: pd.DataFrame, actor_table: pd.DataFrame | None,
            verbs: pd.DataFrame | None) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """The quotations, and the articles (by language) with no reporting verbs."""
    check_corpus_table(corpus, ("id", "language", "text"))
    verb_key = _user_verb_key(verbs)
    covered = _verb_languages(verb_key)
    actor_key = _actor_key(actor_table)
    missing = uncovered_articles(corpus, covered)
    parts = []
    for row in corpus.itertuples(index=False):
        if row.language not in covered:
            continue
        found = _quote_rows(row.text, row.language, row.id,
                            _cached_rules(row.language, actor_key, verb_key))
        if found:
            parts.append(pd.DataFrame(found, columns=list(QUOTE_COLUMNS)).fillna(""))
    if not parts:
        return pd.DataFrame(columns=list(QUOTE_COLUMNS)), missing
    return pd.concat(parts, ignore_index=True), missing


def quotes(corpus: pd.DataFrame, *, actor_table: pd.DataFrame | None = None,
           verbs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find the direct quotations in every article of a corpus: one row per quotation.

    Args:
        corpus: The table from :func:`framelab.load_corpus` (columns id, language, text).
        actor_table: Your own actor table (default: :func:`actors`).
        verbs: Your own reporting-verb table (default: :func:`reporting_verbs`), e.g. a copy
            with rows for English or German added. An article in a language the table has no
            rows for gets no quotations, and a :class:`~framelab.errors.MissingResourceWarning`
            names it.

    Returns:
        A DataFrame with the columns article, language, paragraph, quote, words, kind
        ("full" or "fragment"), marks (the quotation style), speaker, side, verb (as written),
        verb_lemma, stance ("neutral" or "evaluative"), attribution (which rule found the
        speaker) and sentence (the sentence to read).

    >>> english = pd.DataFrame({"id": ["e1"], "language": ["en"],
    ...                         "text": ["“We will not go back,” Lavrov said."]})
    >>> verbs = pd.DataFrame([{"language": "en", "form": "said", "lemma": "say",
    ...                        "stance": "neutral"}])
    >>> quotes(english, verbs=verbs)[["quote", "speaker", "verb"]].values.tolist()
    [['We will not go back', 'Sergei Lavrov', 'said']]
    """
    found, missing = _quotes(corpus, actor_table, verbs)
    if missing:
        warnings.warn(_missing_verbs(missing), MissingResourceWarning, stacklevel=2)
    return found


def who_speaks(found: pd.DataFrame, *, by: str = "speaker") -> pd.DataFrame:
    """Count quotations and quoted words per article and speaker (or side).

    Args:
        found: The table from :func:`quotes`.
        by: "speaker" or "side".

    >>> from framelab import load_corpus
    >>> table = who_speaks(quotes(load_corpus(quiet=True)), by="side")
    >>> table[table["article"] == "003"][["side", "quotes"]].values.tolist()
    [['West', 6], ['Russia', 3]]
    """
    if by not in ("speaker", "side"):
        raise ArgumentError(f"by={by!r} is not one of the choices: 'speaker', 'side'.")
    check_table(found, ("article", by, "quote", "words", "kind"), name="found",
                source="framelab.quotes(corpus)")
    table = (found.groupby(["article", by], sort=False)
             .agg(quotes=("quote", "size"), words=("words", "sum"),
                  full=("kind", lambda k: int((k == "full").sum())))
             .reset_index())
    return table.sort_values(["article", "words", by], ascending=[True, False, True],
                             kind="stable").reset_index(drop=True)
