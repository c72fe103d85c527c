"""The quotation finder: every direct quotation of an article, with its speaker and the rule
that found it. Words in quotation marks that name something are no quotation: a title ("op het
congres ”De synode en Zeeland”"), a term ("det såkaldte »advisory board«"), irony ("hvis man
"bare" …") or the writer's own coinage ("Ik noem Amsterdam 'het …'"; :func:`.marks.names_something`).

The rules, tried in this order for each quotation (the ``attribution`` column names the one
that fired):

1. *named after the quote*: a reporting verb starts the clause after it: "…”, zei Rutte tegen
   verslaggevers." / "»…«, siger Mette Frederiksen (S)." / „Waarom nu?” vroeg een verslaggever.;
2. *named before the quote*: a reporting verb before it in the same sentence: "Maas zei dat de
   ‘ijzige relatie’ …", "Volgens de NAVO-chef is het “…”", "Kallas noemt het »…«";
3. *named before a colon*: "Ollongren: “…”", "Løkke om tiden uden for politik: »…«", or a
   paragraph that ends with a colon before the quote ("Ifølge næstformand Klaus Frandsen (R) kan
   det være bevidst:");
4. *named in the next sentence*: "… 'de wapens neerlegt'. Dat heeft … Lavrov … gezegd.",
   "- … \\n Sådan lyder det fra udenrigsminister Lars Løkke Rasmussen (M).";
5. *continuation*: a full quote with no attribution continues the last speaker (a new paragraph
   of the same speech);
6. *subject of the sentence*: a fragment in a sentence whose subject is a pronoun or a name
   ("Ze wil ‘de stad in’"); where that subject is an actor of the table, *first actor in the
   sentence*, as for a known actor the sentence names ("Kremlin 'zal …'").

Two rules look ahead, for a quotation with no speaker yet: one that opens the article before anyone
is named gets the first speaker named after it (*named later*: "'…', zei hij." as the lead; not
when a paragraph between names another person in full, a caption's or a box's), and a
full quote followed in its paragraph by a quote with a named speaker gets that speaker (*named
after the next quote*: "“A.” “B”, besloot Lachaert.").

Rules for the layout and language of real news pages come with them: an *interview* in
question-and-answer layout gives each answer to the interviewee ("interview (answer)"); a
paragraph of speech whose speaker is named only after the next paragraph's quote is theirs
("- A. ⏎ - B, sagde borgmesteren."); a quote after a sentence whose subject is someone new is
theirs ("subject of the sentence before": "De raad feliciteerde haar. „Maar …”"); a question
that opens a paragraph is the person the next sentence is about ("“Mag ik beginnen?” Meteen
begon Anna de Wit …"); a heading that puts the quote before its subject ("»Dybt rystet«
minister indfører …"), a verb the table lacks right after a quote ("’, sombert Jan Smit."), a
cleft sentence ("Det er borgmester Jens Holm, der … fastslår") and a person named right
before a colon name the speaker too.

Where the text is unclear, the rules give no speaker rather than a wrong one: a name after a
preposition ("Han har talt med Jens Holm", "… cel tegen Jan de Vries:") or the object after a
noun subject ("Kritikerne kalder Peter Jensen …", "De krant vroeg Jan de Vries:") is not who
speaks; a quote in a relative clause is the person before ", der"/", som"/", die"
("kritikken fra Mette Hansen, der kalder planen »…«"); a role of someone ("de advocaat van Jan
de Vries") and a document after "volgens"/"ifølge" ("ifølge en rapport fra …") name no one; a
noun after "het"/"det" ("Het Westen") is no person a role can mean; an answer is never the
asker's; a sentence before a quote with two parties ("De gemeente heeft Jan de Vries om uitleg
gevraagd.") gives no one, and a continuation stops at a sentence that names someone new.

In rules 1-4 and 6 the speaker is the phrase next to the verb (:mod:`framelab.sourcing.speakers`): a
name as written, an actor of the table, a pronoun or role resolved to the person it stands for
("pronoun (after the quote)", "role (before the quote)"). Where the text names nobody ("een
verslaggever": attribution "nobody named"; a pronoun with no one before it), the speaker stays
empty.
"""

from __future__ import annotations

import re
import warnings
from collections import deque
from collections.abc import Iterator
from typing import Any

import pandas as pd

from ..cache import cached, table_digest
from ..errors import (
    ArgumentError,
    ArgumentTypeError,
    MissingResourceWarning,
    check_table,
    missing_resource_message,
    uncovered_articles,
)
from ..text import word_count
from ..tokens import check_corpus_table
from .marks import (
    _DASH,
    _SENTENCE_END,
    OPENING_MARKS,
    SENTENCE_SPLIT,
    _mask,
    _sentence_bounds,
    _spans,
    names_something,
    unclosed_at_start,
)
from .people import _NAME_RUN, _UP, affiliation_starts
from .speakers import _ADVERBS, _CONJUNCTIONS, _PREPOSITIONS, Speakers, Subject
from .tables import (
    IMPERSONAL,
    PREPOSITIONS,
    _actor_key,
    _cached_rules,
    _guessed_kind,
    _Rules,
    _user_verb_key,
    _verb_languages,
)

#: The side of a quotation whose speaker the text does not name (a speaker the actor table does
#: not know has side "unknown").
NO_SPEAKER = "no speaker"

__all__ = ["NO_SPEAKER", "QUOTE_COLUMNS", "find_quotes", "quotes", "unattributed", "unknown_speakers",
           "who_speaks"]

QUOTE_COLUMNS = (
    "article", "language", "paragraph", "quote", "words", "kind", "marks", "speaker", "side",
    "verb", "verb_lemma", "stance", "attribution", "sentence",
)
# The next sentence names the speaker: "Dat zei Rutte.", "Det siger Løkke.", "Sådan lyder det
# fra …"; the second word is a reporting verb or an auxiliary ("Dat heeft … gezegd").
_CATAPHORA = {"nl": re.compile(r"^(?:Dat|Dit|Zo|Aldus)\s+(?:(heeft|hebben|had|hadden)\s|(?=\w))"),
              "da": re.compile(r"^(?:Det|Dette|Sådan|Så)\s+(?:(har|havde)\s|(?=\w))")}
# Sentences for the speakers: not after an initial ("J. van den Bos", SENTENCE_SPLIT) nor
# between two initials ("A. P. Jansen": one name, not the sentence "A.").
_SPLIT_RE = re.compile(rf"(?<=[.!?])(?!(?<=(?<![\w'’.]){_UP}\.)\s+{_UP}\.)(?:{SENTENCE_SPLIT.pattern})")


def _split_needs(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""A quick scan that finds something in every text ``pattern`` splits: "[.!?]\s" when
    the pattern looks behind for one of . ! ? first and then matches whitespace only (its
    other parts are look-aheads and look-behinds: they match nothing); None for a pattern of
    another shape (then it always runs).

    >>> _split_needs(_SPLIT_RE).pattern, _split_needs(re.compile(r"\s+")) is None
    ('[.!?]\\s', True)
    """
    try:
        import re._parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser  # type: ignore[no-redef]
    items = list(parser.parse(pattern.pattern))
    first = items[0] if items else None
    if first is None or first[0] is not parser.ASSERT or first[1][0] != -1 \
            or list(first[1][1]) != list(parser.parse("[.!?]")):
        return None  # not "(?<=[.!?])" first

    def zero_width_then_spaces(items: list) -> bool:  # type: ignore[type-arg]
        *before, last = items
        if not all(op in (parser.ASSERT, parser.ASSERT_NOT) for op, _ in before):
            return False
        op, value = last
        if op is parser.SUBPATTERN:
            return zero_width_then_spaces(list(value[3]))
        return op is parser.MAX_REPEAT and value[0] >= 1 \
            and list(value[2]) == list(parser.parse(r"\s"))

    return re.compile(r"[.!?]\s") if zero_width_then_spaces(items) else None


# A split of _SPLIT_RE needs ".", "!" or "?" right before whitespace: a text without one is
# one sentence, told by a fast scan instead of the look-behind at every position (most pieces
# between quotations are one sentence). Read from the pattern itself (_split_needs).
_SPLIT_NEEDS = _split_needs(_SPLIT_RE)


class _Splitter:
    """``_SPLIT_RE``'s ``split`` and ``finditer``, with the same results, faster: the pattern is
    tried only where :data:`_SPLIT_NEEDS` finds ".", "!" or "?" before whitespace (a match of
    the pattern starts right after one), not at every position of the text. Why: ``re`` tries a
    pattern that opens with a look-behind at every position, and the finder splits every piece
    of text it reads. Other methods are the pattern's own; tests/test_speed_paths.py compares
    the two."""

    def __init__(self, pattern: re.Pattern[str], needs: re.Pattern[str] | None) -> None:
        self.plain = pattern
        self.needs = needs
        self.pattern = pattern.pattern

    def __getattr__(self, name: str) -> Any:
        return getattr(self.plain, name)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text[pos:endpos]``, as ``Pattern.finditer``."""
        end = len(text) if endpos is None else max(0, min(endpos, len(text)))
        pos = max(0, pos)
        if self.needs is None:
            yield from self.plain.finditer(text, pos, end)
            return
        done = pos
        if pos > 0:  # (a match at pos itself, after a stop before it)
            match = self.plain.match(text, pos, end)
            if match is not None:
                yield match
                done = match.end()
        plain = self.plain.match
        for stop in self.needs.finditer(text, pos, end):
            at = stop.start() + 1
            if at >= done:
                match = plain(text, at, end)
                if match is not None:
                    yield match
                    done = match.end()

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        """``text`` split at the pattern's matches, as ``Pattern.split``."""
        if self.needs is None or maxsplit < 0:
            return self.plain.split(text, maxsplit)
        pieces, done = [], 0
        for match in self.finditer(text):
            pieces.append(text[done:match.start()])
            done = match.end()
            if len(pieces) == maxsplit:
                break
        pieces.append(text[done:])
        return pieces


#: Sentences for the speakers (_SPLIT_RE, split faster).
_SPLIT = _Splitter(_SPLIT_RE, _SPLIT_NEEDS)


def _sentences(text: str) -> list[str]:
    """``_SPLIT.split(text)``: the sentences of a paragraph (or a piece of one)."""
    if _SPLIT_NEEDS is not None and _SPLIT_NEEDS.search(text) is None:
        return [text]
    return _SPLIT.split(text)


# Danish copy that lost its paragraph breaks: "… i Erhvervsrådet. - Virksomhedernes opbakning
# er vigtig …, tilkendegiver Kaj Christiansen": the dash after a sentence starts direct speech.
_INNER_DASH = re.compile(r" (?<=[.!?:] )(?=[-–—] [A-ZÆØÅ])")  # (hyphen, en or em dash)
# (the space first, then the stop before it: ``re`` scans for the space quickly; the same
# matches as "(?<=[.!?:]) (?=…)", which tests/test_speed_paths.py compares with it)
_LEAD_STOP = re.compile(r"[,?!]\s*$")
# A person's name (perhaps with party letters) right before the colon that ends a lead.
_NAME_BEFORE_COLON = re.compile(r"(?<![\w'’.-])[A-ZÀ-ÖØ-ÞÆØÅ][\w'’-]+(?:\s+(?:(?:van|de|der|den|von|"
                                r"af|ter|ten)\s+)*[A-ZÀ-ÖØ-ÞÆØÅ][\w'’-]+)+(?:\s*\([^()]{1,12}\))?"
                                r"\s*:\s*$")
# Before a name that is an object or a topic, not who speaks after a colon (not "bij", "van",
# "fra": "Eén vraag bleef hangen bij Juliet Broersen (Volt):", "Et spørgsmål kom fra …:")
_OBJECT_LINKS = frozenset({"tegen", "aan", "naar", "over", "om", "met", "voor", "til", "mod",
                           "med", "for"})
_LOWER_START = re.compile(r"\s*(?:,|[^\W\d_A-ZÀ-ÞÆØÅ])")  # a lowercase word or a comma next
# A cleft sentence puts the speaker first: "Det er X, der …", "Het is X die …" (_verb_speaker).
_CLEFT = {"nl": re.compile(r"\s*(?:Het|Dat) (?:is|was) "),
          "da": re.compile(r"\s*(?:Det|Dét) (?:er|var) ")}
# A relative clause after a comma: ", der kalder …", ", som siger …", ", die het … noemt"
_RELATIVE_MARK = {"nl": re.compile(r",\s+die\s"), "da": re.compile(r",\s+(?:der|som)\s")}
_RELATIVE_WORDS = {"nl": (" die ",), "da": (" der ", " som ")}
_NO_MATCH = re.compile(r"(?!)")
# The capitalised name that ends a text (perhaps with party letters): "… fra Mette Hansen (S)"
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-ZÀ-ÖØ-ÞÆØÅ][\w'’-]*(?:\s+(?:(?:van|de|der|den|von|af|ter|"
                          r"ten)\s+)*[A-ZÀ-ÖØ-ÞÆØÅ][\w'’-]+)*(?:\s*\([^()]{1,12}\))?\s*$")
# After "volgens"/"ifølge": a determiner, a lowercase noun, then a preposition (_document)
_DOCUMENT = re.compile(r"\s+(?:(?:een|de|het|en|et|den|det)\s+)?(?:[^\W\d_A-ZÀ-ÞÆØÅ]+\s+)?"
                       r"([^\W\d_A-ZÀ-ÞÆØÅ][^\W\d_]+)\s+(van|fra|uit|bij|hos)\s")
_RELATIVE = {"nl": re.compile(r",?\s+(?:die|dat)\s"), "da": re.compile(r",?\s+(?:der|som)\s")}
# A masked quotation that opens a sentence, up to its closing mark: "“xxx xx?” " (_indirect)
_OPENERS = frozenset("“„\"'‘«»”")
# (after the opening mark; the masked inside is "x" and spaces, skipped without the regex)
_QUOTE_END = re.compile(r"[^“”„\"'’‘«»]*[.!?]?[”\"'’«»“]\s+(?=\w)")
# A clause after a quote that is one lowercase word, then a speaker phrase (_unlisted_verb),
# and the endings of a finite verb ("sombert", "grinnikte"; "sukker", "smilede").
_UNLISTED_VERB = re.compile(r",\s*([^\W\d_A-ZÀ-ÞÆØÅ][^\W\d_]{2,})\s+")
# After the subject of a verb after a quote: its object, one to five lowercase words that end
# the clause ("… haar raadsleden aan.", with a Dutch verb's particle last; "… sine kolleger.")
_OBJECT = re.compile(r"\s+(?:[^\W\d_A-ZÀ-ÞÆØÅ][\w-]*\s+){0,4}[^\W\d_A-ZÀ-ÞÆØÅ][\w-]*\s*[.,;!?]")
_FINITE = {"nl": ("t", "de", "te", "den", "ten"), "da": ("r", "de", "te")}
# (not a verb: adverbs, conjunctions, prepositions that end the same way)
_NOT_VERBS = frozenset({"net", "niet", "nooit", "eerst", "meest", "zelfs", "echter", "altijd",
                        "eller", "heller", "uit", "want", "sikkert", "straks"}
                       ) | _ADVERBS | _PREPOSITIONS | _CONJUNCTIONS
_WORD = re.compile(r"\w+")
_CLAUSE_START = re.compile(r"\s*,?\s*")
_INFINITIVE = (" te ", " at ")
_THAT = re.compile(r"(?<!\w)(?:dat|at)(?!\w)")
# After a verb: a determiner and one to three lowercase words, then the end of the clause
# ("zei de groenteboer.", "aldus een buurtbewoner,", "siger naboen til …").
_NOUN_PHRASE = re.compile(r"\s+(?:(de|het|een|den|det|en|et)\s+)?((?:[^\W_A-ZÀ-ÞÆØÅ][\w-]*\s*?){1,3})"
                          r"(?=\s*(?:[.,;:!?]|$|\s(?:in|uit|van|op|tegen|tot|i|fra|til|på|med|for)\s))")


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
    >>> find_quotes("„Het kan niet”, zei NAVO-chef Mark Rutte. „Nooit”, aldus de NAVO-chef.",
    ...             "nl")[["speaker", "side", "attribution"]].values.tolist()
    [['Mark Rutte', 'unknown', 'named after the quote'], ['Mark Rutte', 'unknown', 'role (after the quote)']]
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
    return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS)).fillna("")


# A capitalised word and a full stop that end a text, then the next capitalised word
_STOP_BEFORE_CAPITAL = re.compile(r"(?<![\w.])([^\W\d_]+)\.$")
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-ÖØ-ÞÆØÅ][^\W\d_]")


def _stop_before(masked: str, s_end: int) -> re.Match[str] | None:
    r"""``_STOP_BEFORE_CAPITAL.search(masked, 0, s_end)``, the same match, without trying the
    pattern at every position of the paragraph. The pattern ends at ``s_end`` (one word of
    letters, then a full stop): its one possible match starts where the run of letters
    before that stop does (a letter is what ``[^\W\d_]`` takes: ``str.isalnum`` and not
    ``str.isdecimal``), and is tried there only. tests/test_speed_paths.py compares them.

    >>> _stop_before("zei hij in Skt. Lukas", 15).group(1), _stop_before("Skt", 3)
    ('Skt', None)
    """
    end = min(s_end, len(masked))
    last = masked[end - 1:end] if end > 0 else ""
    if last == "\n":  # ("$" matches before a newline at the end too)
        return _STOP_BEFORE_CAPITAL.search(masked, 0, s_end)
    if last != ".":
        return None  # (no full stop last: the pattern needs one there)
    start = end - 1
    while start > 0:
        char = masked[start - 1]
        if not char.isalnum() or char.isdecimal():
            break
        start -= 1
    if start == end - 1:
        return None  # (no letter right before the stop)
    return _STOP_BEFORE_CAPITAL.match(masked, start, s_end)


_ABBREVIATIONS: dict[str, frozenset[str]] = {}


def _abbreviations(language: str) -> frozenset[str]:
    """``sentences._abbreviation_set(language)``, kept here once read (imported on first use:
    an import statement in :func:`_past_abbreviations`, which runs for every quotation, costs
    more than the rest of it)."""
    found = _ABBREVIATIONS.get(language)
    if found is None:
        from ..sentences import _abbreviation_set

        found = _ABBREVIATIONS[language] = _abbreviation_set(language)
    return found


def _past_abbreviations(masked: str, s_end: int, language: str) -> int:
    """The end of the sentence that ``masked[:s_end]`` ends, past the full stops of
    capitalised abbreviations of the language before a name ("i Skt. Lukas Sogn", "in St.
    Jansdorp": data/abbreviations_<language>.txt), which end no sentence.

    >>> _past_abbreviations("siger formanden i Skt. Lukas Sogn, Karen Lund. Hun …", 22, "da")
    46
    """
    known = _abbreviations(language)
    for _ in range(3):
        word = _stop_before(masked, s_end)
        if word is None or not word.group(1)[:1].isupper() \
                or word.group(1).lower() not in known or not _CAPITAL_NEXT.match(masked, s_end):
            break
        after = _SENTENCE_END.search(masked, s_end)
        s_end = after.end() if after else len(masked)
    return s_end


def _has_quotes(text: str, language: str) -> bool:
    """Can ``text`` hold a quotation at all (an opening mark, or a Danish speech dash at the
    start of a paragraph or after a sentence inside one, as :func:`_quote_rows` reads them)?"""
    if any(mark in text for mark in OPENING_MARKS):
        return True
    return language == "da" and (any(_DASH.match(p.strip()) for p in text.split("\n"))
                                 or _INNER_DASH.search(text) is not None)


def _quote_rows(text: str, language: str, article: str, rules: _Rules
                ) -> list[dict[str, object]]:
    """The quotations of one text as rows (dicts with every column of :data:`QUOTE_COLUMNS`)."""
    if not _has_quotes(text, language):
        return []
    speakers = Speakers(rules, text)
    speakers.verb_speaker = lambda sentence: (_verb_speaker(sentence, speakers, after_quote=False)
                                              or _comes_from(sentence, speakers))
    rows: list[dict[str, object]] = []
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    pieces = [(number, piece) for number, paragraph in enumerate(paragraphs, start=1)
              for piece in (_INNER_DASH.split(paragraph) if language == "da" else [paragraph])]
    announced_role = None  # a role before a colon, no one's yet: (role, adjectives)
    for index, (number, paragraph) in enumerate(pieces):
        base = {"article": article, "language": language, "paragraph": number}
        following = [piece for _, piece in pieces[index + 1:index + 2]]
        dash = _DASH.match(paragraph) if language == "da" else None
        announced, speakers.announced = speakers.announced, None
        role, announced_role = announced_role, None
        if dash:
            row = _dash_quote(paragraph[dash.end():], speakers, following, announced)
            if role and not row["speaker"] and not row.get("_role"):
                row["_role"] = role  # "Direktør glæder sig: - …": the director named later
            rows.append({**base, **row, "_opens": True, "_alone": True})
            if paragraph.endswith(":"):  # "…, siger rådmanden og fortsætter:"
                speakers.announced = str(row["speaker"]) or None
            continue
        spans = _spans(paragraph, following[0] if following else "")
        if paragraph[:1] in OPENING_MARKS:  # a closing mark lost: "…, fortæller han."
            lost = unclosed_at_start(paragraph, spans, rules.verbs)
            if lost is not None:
                spans = [lost, *spans]
        if not spans:
            _indirect(paragraph, speakers)
            if paragraph.endswith(":"):  # "Ifølge næstformand Klaus Frandsen er det bevidst:"
                last = _SPLIT.split(paragraph)[-1]
                found = _verb_speaker(last, speakers, after_quote=False)
                # no verb ("…, Jon Lauritzen, trak … op:"): the last name of two words or more
                # (a verb whose subject phrase names no one, "Hun fortæller om mødet med
                # Lars Løkke Rasmussen:", is no one named: not a name after it)
                speakers.announced = (found[0] if found is not None
                                      else _colon_subject(last, speakers)
                                      or speakers.last_name_in(last, subjects=True)) or None
                if not speakers.announced:  # "Direktør blæst bagover af salget:": a role
                    speakers.unresolved_role = None  # no one has yet; who is named later
                    subject = speakers.subject_after(last, 0, initial=True)
                    if subject is not None and subject.how == "role" and not subject.name:
                        announced_role = speakers.unresolved_role
            continue
        masked = _mask(paragraph, [(s, e) for s, e, _, _ in spans])
        cursor = outer_end = 0
        paragraph_speaker = ""
        outer_start = 0
        for start, end, marks, inside in spans:
            s_start, s_end = _sentence_bounds(masked, start, end)
            if s_end > end:  # "…«, siger formanden i Skt. Lukas Sogn, …": one sentence
                s_end = _past_abbreviations(masked, s_end, language)
            if start < outer_end:  # inside another quotation: its sentence ends there too
                s_start, s_end = max(s_start, outer_start + 1), min(s_end, outer_end - 1)
            # Indirect speech earlier in the paragraph updates who spoke last.
            _indirect(masked[cursor:s_start], speakers)
            cursor = max(cursor, s_start)
            # A quotation inside a quotation quotes someone else: not the paragraph's speaker.
            nested = start < outer_end
            row = _attribute(paragraph, masked, start, end, s_start, s_end, inside, speakers,
                             following, announced if start == 0 else None,
                             "" if nested else paragraph_speaker)
            if start == 0 and role and not row["speaker"] and not row.get("_role"):
                row["_role"] = role
            if nested and not row["speaker"] and paragraph_speaker \
                    and _FIRST_PERSON_LEAD.search(_SPLIT.split(paragraph[outer_start + 1:start])[-1]):
                # "»… jeg tænkte: ’Gud, …’ …«", "„… en toen zei ik: ‘Nee.’ …”": the speaker's own
                # words or thoughts, quoted inside their quotation
                row["speaker"], row["attribution"] = paragraph_speaker, "continuation in the paragraph"
            opens = start == 0  # (the paragraph is stripped: nothing but the quote before)
            # A title, a term, irony (marks.names_something): no quotation. Its row is read as
            # a quotation's (who spoke last) and left out at the end.
            lead = (paragraph if nested else masked)[s_start:start]  # (inside one: unmasked)
            row["_name"] = names_something(lead, inside, paragraph[end:end + 3], language,
                                           rules.verbs, nested)
            rows.append({**base, "quote": inside, "marks": marks, **row, "_opens": opens,
                         "_alone": opens and len(spans) == 1
                         and not paragraph[end:].strip(" .,;")})
            if not nested:
                paragraph_speaker, outer_start, outer_end = str(row["speaker"]), start, end
        _indirect(masked[cursor:], speakers)
    _interview(rows, paragraphs, speakers)
    _speech_named_after(rows, paragraphs)
    # A role no one had when it was read ("…”, merkt de professor op." as the lead): the person
    # the article gives that role later ("stelt professor Reynaert vast").
    filled = None
    for row in rows:
        pending = row.pop("_role", None)
        if pending and not row["speaker"]:
            holder = speakers.role_holder(*pending)  # type: ignore[misc]
            if holder:
                row["speaker"], row["attribution"] = holder, "role (named later)"
                filled = row
                continue
        if filled is not None and row["paragraph"] == filled["paragraph"] \
                and row["attribution"] == "unknown" and row["kind"] == "full":
            row["speaker"], row["attribution"] = filled["speaker"], "continuation"
            continue  # the next quotation of the same speech
        filled = None
    # A heading that is a quotation and nothing else ("‘EU moet meer doen aan veiligheid’", no
    # full stop): it announces the next paragraph, whose first quotation's speaker it has.
    for row, after in zip(rows, rows[1:], strict=False):
        if after["paragraph"] == row["paragraph"] + 1 and after["speaker"] \
                and _is_heading(row) and row["attribution"] in ("unknown", "continuation"):
            row["speaker"], row["attribution"] = after["speaker"], "heading (named after it)"
    # A full quote with no speaker, followed in its paragraph by a quote named after it ("“A.”
    # “B”, besloot Lachaert."): both are the same speaker's.
    for row, after in zip(rows[::-1][1:], rows[::-1], strict=False):
        if (row["attribution"] == "unknown" and row["kind"] == "full" and after["speaker"]
                and after["paragraph"] == row["paragraph"]
                and after["attribution"] == "named after the quote"):
            row["speaker"], row["attribution"] = after["speaker"], "named after the next quote"
    # The quotations an article opens with, before anyone is named ("'…', zei hij." as the lead,
    # a quote in the headline): the first speaker the article names after them.
    first = next((i for i, row in enumerate(rows) if str(row["attribution"]).startswith("named")
                  and row["attribution"] != "named after the next quote"), None)
    if first is not None:
        unnamed = -2  # the paragraph of the last quotation by someone the text does not name
        for row in rows[:first]:
            if row["attribution"] == "nobody named":
                unnamed = int(row["paragraph"])  # type: ignore[call-overload]
                continue
            if int(row["paragraph"]) - unnamed <= 1:  # type: ignore[call-overload]
                # "‘…’, zegt een woordvoerder van NS. ‘We verwachten …’": the unnamed
                # speaker goes on (no one named), not the first person named later
                continue
            # a whole quotation only: a fragment in a sentence about someone is not a lead
            if not row["speaker"] and row["attribution"] == "unknown" and row["kind"] == "full":
                # not when its paragraph names a person before it ("Het was een zwaar jaar
                # voor Jan Smit. „…”"): that person's, not someone's named further on
                paragraph = paragraphs[int(row["paragraph"]) - 1]
                at = paragraph.find(str(row["quote"]))
                before = speakers.last_name_in(paragraph[:at]) if at > 0 else None
                if before and speakers.rules.kind.get(before, "person") == "person":
                    row["speaker"], row["attribution"] = before, "continuation"
                elif not _someone_between(
                        paragraphs[int(row["paragraph"]):int(rows[first]["paragraph"]) - 1],
                        str(rows[first]["speaker"]), speakers):
                    row["speaker"], row["attribution"] = rows[first]["speaker"], "named later"
    rows = [row for row in rows if not row.pop("_name", False)]
    if any(row["speaker"] and " " not in str(row["speaker"])
           and row["speaker"] not in rules.side for row in rows):
        speakers.read_all()  # a surname alone: the whole name may be in a sentence not read yet
    for row in rows:
        row.pop("_opens", None)
        row.pop("_alone", None)
        row["words"] = word_count(row["quote"])
        speaker = speakers.normal(str(row["speaker"])) if row["speaker"] else ""
        if speaker and speaker not in rules.side:  # "Groot Wassink": the article's full name
            paragraph = paragraphs[int(row["paragraph"]) - 1]
            until = text.find(paragraph) + len(paragraph)
            # ("de raad", "Retten": the organisation named before, "Københavns Byret")
            speaker = speakers.organisation_named(speakers.full_name(speaker), until)
        row["speaker"] = speaker
        # "unknown": a speaker the actor table does not know; "no speaker": the text names none
        row["side"] = rules.side.get(speaker, "unknown") if speaker else NO_SPEAKER
        row["verb_lemma"], row["stance"] = rules.verbs.get(str(row["verb"]).lower(), ("", ""))
    return rows


#: Demonstratives that stand for a person just mentioned, as the subject of a reporting verb.
_DEMONSTRATIVES = {"nl": ("die", "deze"), "da": ("denne", "vedkommende")}


# Two words before a colon that ends the text: "Die zei:", "zei die:"; two words that start a
# clause after a quote: "’, zei die."; a noun or a name after a name (_demonstrative)
_BEFORE_COLON = re.compile(r"(?:^|[\s,])(\w+)\s+(\w+)\s*:\s*$")
_VERB_THEN_WORD = re.compile(r"\s*,?\s*(\w+)\s+(\w+)\s*(?:[.,;!?]|$)")
_NOUN_AFTER = re.compile(r"(?<!\w)(?:de|het|een|den|det|en|et)\s|\s[A-ZÀ-ÖØ-ÞÆØÅ]")


def _demonstrative(lead: str, after: str, before: str, speakers: Speakers
                   ) -> tuple[str, str, str, str] | None:
    """(speaker, verb, how, side) for a demonstrative subject of a reporting verb: "’, zei
    die.", "Toen ik Jan Smit belde, zei die: ‘…’", "Die zei: ‘…’" (Dutch), "»…«, sagde
    denne." (Danish). It is the person named last before it, in the same sentence (or, for
    "Die zei:" opening a sentence, the one before), with no other noun after that name ("Jan
    Smit sprak met de buurman. Die zei: …" is the neighbour's): else no one named. None: no
    such demonstrative."""
    words = _DEMONSTRATIVES.get(speakers.rules.language, ())
    if not words:
        return None
    verbs = speakers.rules.verbs
    side = "before"
    # (only a lead that ends with a colon can match: the search is not run on the others)
    mine = _BEFORE_COLON.search(lead) if lead.rstrip().endswith(":") else None
    if mine is not None and mine.group(1).lower() in words and mine.start(1) == len(lead) - \
            len(lead.lstrip()) and mine.group(2).lower() in verbs:
        verb, context = mine.group(2), before  # "Die zei: ‘…’": the sentence before
    elif mine is not None and mine.group(2).lower() in words and mine.group(1).lower() in verbs:
        verb, context = mine.group(1), before + " " + lead[:mine.start(1)]
    else:
        mine = _VERB_THEN_WORD.match(after)
        if mine is None or mine.group(2).lower() not in words \
                or mine.group(1).lower() not in verbs:
            return None
        verb, context, side = mine.group(1), before + " " + lead, "after"
    sentences = _SPLIT.split(context.strip())
    sentence = sentences[-1] if sentences else ""
    name = None
    for match in _NAME_RUN.finditer(sentence):
        rest = sentence[match.end():]
        found = speakers.last_name_in(match.group())
        if found and not _NOUN_AFTER.search(rest):
            name = found
    if name and speakers.rules.kind.get(name, "person") != "person":
        name = None
    return (name, verb, "pronoun", side) if name else ("", verb, "unnamed", side)


def _someone_between(between: list[str], speaker: str, speakers: Speakers) -> bool:
    """True if a paragraph of ``between`` (the ones between a lead quotation and the first
    speaker the article names) names another person in full: a caption's or a box's person
    ("Anna Holm er 21 år og …"), whose words the lead may be as well as the speaker's."""
    for paragraph in between:
        name = speakers.first_name_in(paragraph)
        if name and speakers.normal(name) != speakers.normal(speaker) \
                and speakers.rules.kind.get(name, "person") == "person":
            return True
    return False


def _colon_subject(line: str, speakers: Speakers) -> str | None:
    """The person a line before a colon opens with, as its subject, when it has no reporting
    verb: "Jens Holm er direktør på Aarhus Skole, hvor de også mærker det:", "Forfatteren Jens
    Holm om sin kollega Peter Lund:", "Anna de Wit over haar buurman Jan Smit:". A name after a
    preposition or in a relative clause later in the line is a place or a topic, not who speaks.
    Only a person's name of two words or more followed by a lowercase word; else None."""
    subject = speakers.subject_after(line, 0, initial=True)
    if subject is None or subject.how != "name" or " " not in subject.name \
            or not speakers.is_person(subject.name) or subject.name in speakers.rules.kind \
            and speakers.rules.kind[subject.name] != "person":
        return None
    rest = line[subject.end:].split(None, 1)
    return subject.name if rest and rest[0][:1].islower() and rest[0][:1].isalpha() else None


def _no_quotation(paragraph: str, language: str) -> bool:
    """True if ``paragraph`` holds no quotation (no marks, no Danish speech dash)."""
    return not _spans(paragraph) and not (language == "da" and _DASH.match(paragraph))


def _interview(rows: list[dict[str, object]], paragraphs: list[str], speakers: Speakers) -> None:
    """Interviews in question-and-answer layout: the answer is the interviewee's.

    A paragraph that opens with a quotation, with no speaker of its own (attribution "unknown"
    or "continuation"), is an answer when the paragraph before it is a question without
    quotation marks ("Waarom ging u naar het huis van de minister?", "Hvorfor sagde du ja?")
    or when the quotation before it was a question by the speaker it would continue ("‘…?’,
    wil de krant weten." then "‘Nee. …’": not the interviewer's). Its speaker is the
    interviewee: the last speaker before who is not the one who asked, else the first person
    the article names in full (the lead, a caption). An answer that runs on into the next
    paragraph keeps that speaker.
    """
    if not rows:
        return
    language = str(rows[0]["language"])
    answer: dict[str, object] | None = None
    for index, row in enumerate(rows):
        number = int(row["paragraph"])  # type: ignore[call-overload]
        open_answer = (row["_opens"] and row["kind"] == "full"
                       and row["attribution"] in ("unknown", "continuation"))
        if not open_answer:
            if answer is not None and row["paragraph"] != answer["paragraph"]:
                answer = None
            continue
        before = paragraphs[number - 2] if number > 1 else ""
        asker = None
        if before and before.rstrip().endswith("?") and _no_quotation(before, language):
            asker = ""  # the interviewer, not named
        elif index and _is_question(rows[index - 1], speakers) \
                and rows[index - 1]["paragraph"] == number - 1 \
                and rows[index - 1]["speaker"] and row["speaker"] == rows[index - 1]["speaker"]:
            asker = str(rows[index - 1]["speaker"])
        if asker is None:
            if answer is not None and int(answer["paragraph"]) == number - 1 \
                    and row["attribution"] == "unknown":  # type: ignore[call-overload]
                row["speaker"], row["attribution"] = answer["speaker"], "interview (answer)"
                answer = row
            else:
                answer = None
            continue
        asked = number - 1 if asker else number  # (the question's paragraph: the asker's)
        earlier = next((str(r["speaker"]) for r in rows[index - 1::-1] if index
                        and r["speaker"] and r["speaker"] != asker and r["paragraph"] < asked
                        and str(r["attribution"]) != "interview (answer)"
                        and not _is_question(r, speakers)), None)
        # (introduced before the first quotation or in its paragraph: a name in a later
        # question, "Og du fandt din hustru (Karen Lund) …?", is someone asked about)
        interviewee = earlier or _first_person(paragraphs[:int(rows[0]["paragraph"])], speakers)
        if asker and interviewee == asker:
            interviewee = None  # (the first person named is the one who asks)
        if interviewee:
            row["speaker"], row["attribution"] = interviewee, "interview (answer)"
            answer = row
        elif asker and row["speaker"] == asker:
            # "- Hvorfor? spørger Politiken. ⏎ - Det ved jeg ikke.": an answer is not the
            # asker's; with no one else to give it to, no one's
            row["speaker"], row["attribution"] = "", "unknown"


#: The lemmas of reporting verbs of asking: their quotation is a question, with or without
#: its "?" ("- Hvad er du bange for, ville journalisten vide.", "‘Hoe lang nog’, vroeg hij.")
_ASKING = frozenset({"vragen", "willen weten", "spørge", "ville vide"})


def _is_question(row: dict[str, object], speakers: Speakers) -> bool:
    """True if the quotation of ``row`` is a question: it ends with "?", or it is a whole
    quotation and its reporting verb is one of asking (:data:`_ASKING`)."""
    if str(row["quote"]).rstrip().endswith("?"):
        return True
    verb = str(row["verb"]).lower()  # (a fragment is the asker's words in a sentence)
    return bool(verb) and row["kind"] == "full" \
        and speakers.rules.verbs.get(verb, ("", ""))[0] in _ASKING


def _first_person(paragraphs: list[str], speakers: Speakers) -> str | None:
    """The first person the article names in full (two words or more), in the first three
    paragraphs: who an interview is with ("Melkveehouder Wim Bonestroo bezocht …")."""
    for paragraph in paragraphs[:3]:
        found = speakers.first_name_in(paragraph)
        if found:
            return found
    return None


def _speech_named_after(rows: list[dict[str, object]], paragraphs: list[str]) -> None:
    """A paragraph that is one quotation and nothing else, after a paragraph without
    quotations, with the next paragraph a quotation whose speaker is named after it ("- A. ⏎
    - B, sagde borgmesteren.", "„A.” ⏎ „B”, zei Jansen."): one speech, whose speaker is named
    at its end; not the speaker of an earlier quotation it would continue."""
    if not rows:
        return
    language = str(rows[0]["language"])
    for row, after in zip(rows, rows[1:], strict=False):
        number = int(row["paragraph"])  # type: ignore[call-overload]
        if (row["_alone"] and row["kind"] == "full" and row["attribution"] == "continuation"
                and number > 1 and after["paragraph"] == number + 1 and after["_opens"]
                and after["speaker"]
                and after["attribution"] in ("named after the quote", "role (after the quote)")
                and not str(row["quote"]).rstrip().endswith("?")
                and _no_quotation(paragraphs[number - 2], language)):
            row["speaker"], row["attribution"] = after["speaker"], "named after the next quote"


def _speech_noun(lead: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """(speaker, "", "name") for the last "Peskovs reactie", "Løkkes svar" before a quote."""
    matches = list(speakers.rules.speech_re.finditer(lead))
    found = matches[-1] if matches else None
    if found is None or found.group(1).lower() in speakers.not_names or \
            lead[found.start(1):found.end(1) + 1].lower() in speakers.not_names:
        return None  # "Hans svar", "Ons antwoord": a possessive, not a name
    name = found.group(1)
    return speakers.normal(speakers.rules.canonical.get(name, name)), "", "name"


def _split_verb(text: str, position: int, speakers: Speakers) -> tuple[str, str, str] | None:
    """(speaker, verb, how) for a verb in two parts at ``position`` with the subject between
    them ("liet de minister weten", "lod han forstå"; "liet … weten" in the verb table)."""
    match = speakers.rules.split_re.match(text, position)
    if match is None:
        return None
    first = next(group for group in match.groups() if group)
    subject_start = match.start() + len(first)
    subject = (speakers.subject_after(text, subject_start)
               or _common_noun(text, subject_start, speakers))
    if subject is None:
        return None
    written = match.group().lower()
    form = next((form for form in speakers.rules.verbs if " … " in form
                 and form.split(" … ")[0] == first.lower()
                 and written.endswith(form.split(" … ")[1])), first)
    return subject.name, form, subject.how


def _lead_subject(lead: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """(name, "", "name") for a person named in full (or an actor of the table) that opens
    ``lead`` (the sentence before a quotation) as its subject: a lowercase word or ", role,"
    follows ("Mohammed Mohandis, Kamerlid voor GL, heeft …:", "Jens Hansen mener:"), or None."""
    offset = len(lead) - len(lead.lstrip())
    subject = speakers.subject_after(lead, offset, initial=True)
    if subject is None or subject.how != "name" or subject.start != offset or not (
            " " in subject.name or subject.name in speakers.rules.kind) \
            or not speakers.is_person(subject.name) or not _LOWER_START.match(lead, subject.end):
        return None
    return subject.name, "", "name"


def _last_sentence(masked: str, end: int) -> str:
    """The last sentence of ``masked[:end]``, as ``_SPLIT.split(masked[:end].strip())[-1]``
    gives it (``masked`` starts with no space), without splitting the whole paragraph: the
    last sentence break is looked for in the 400 characters before ``end`` first."""
    stop = end
    while stop and masked[stop - 1].isspace():
        stop -= 1
    last = None
    for window in (max(0, stop - 400), 0):
        last = next(_last_of(_SPLIT.finditer(masked, window, stop)), None)
        if last is not None or window == 0:
            break  # (a break found in the window is the last one; else look from the start)
    return masked[last.end():stop] if last is not None else masked[:stop]


def _last_of(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The last of ``matches`` (none if there are none), as an iterator."""
    return iter(deque(matches, maxlen=1))


def _subject_before(sentence: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """(speaker, "", how) for the subject of ``sentence`` (the one before a quotation in its
    paragraph), if it holds no quotation and opens with its subject and a verb: a
    person named in full, a role ("De burgemeester richt zich tot de ouders."), an
    organisation ("De raad feliciteerde …") or a pronoun; else None."""
    if not sentence or any(mark in sentence for mark in OPENING_MARKS):
        return None
    subject = speakers.subject_after(sentence, 0, initial=True)
    if subject is None or not subject.name or subject.start != 0 \
            or not _LOWER_START.match(sentence, subject.end):
        return None
    if subject.how == "name" and not (" " in subject.name or subject.name in speakers.rules.kind):
        return None  # one unknown capitalised word: an adverb, perhaps
    return subject.name, "", subject.how


def _subject_next(rest: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """(name, "", "name") for the subject of the sentence that starts ``rest`` (after a
    quotation): a person named in full at its start ("Hester van Buren begon …") or after
    its verb ("Met die vraag richt de burgemeester Ahmed Aboutaleb zich …"), or None."""
    sentence = _SPLIT.split(rest.lstrip(" ,;"), maxsplit=1)[0]
    if not sentence[:1].isupper():
        return None
    subject = speakers.subject_after(sentence, 0, initial=True)
    if subject is None or subject.how != "name":
        subject = speakers.inverted_subject(sentence)
    if subject is None or subject.how != "name" or " " not in subject.name \
            or not speakers.is_person(subject.name):
        return None
    return subject.name, "", "name"


def _heading_subject(after: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """(speaker, "", how) for a heading that puts the quote before its subject and verb
    ("»Dybt rystet« sundhedsminister indfører ny plan", "‘Geen spijt’ Jan Smit stapt op"):
    a role (resolved now or later) or a person named in full, then a lowercase word; else
    None ("‘Nee’ is het antwoord", "»Ja« Kommunen siger": no subject phrase there)."""
    begin = len(after) - len(after.lstrip())
    subject = speakers.subject_after(after, begin, initial=True)
    if subject is None or subject.start != begin or subject.how not in ("name", "role") \
            or not _LOWER_START.match(after, subject.end) or after[subject.end:].lstrip()[:1] == ",":
        return None
    if subject.how == "name" and not (" " in subject.name or subject.name in speakers.rules.kind):
        return None
    return subject.name, "", subject.how


def _unlisted_verb(after: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """(speaker, verb, how) for a clause right after a quote that is one finite verb the verb
    table does not have and a speaker phrase that ends the clause: "’, sombert Van den Bos.",
    "», sukker borgmesteren.", "”, grijnst hij,"; not "”, terwijl Jansen …", "», under
    Løkkes ledelse." (a conjunction, a preposition; a phrase that goes on)."""
    match = _UNLISTED_VERB.match(after)
    if match is None:
        return None
    word = match.group(1)
    if not word.endswith(_FINITE.get(speakers.rules.language, ())) or speakers.function_word(word) \
            or word in _NOT_VERBS or speakers.role_of(word):
        return None
    subject = speakers.subject_after(after, match.end())
    if subject is None:  # "’, grapt een ander.", "», griner naboen.": someone not named
        noun = _common_noun(after, match.end(1), speakers)
        if noun is not None and noun.how == "unnamed" \
                and after[noun.end:].strip()[:1] in ("", ",", ".", ";", "!", "?"):
            return "", word, "unnamed"
    if subject is None or not subject.name or subject.start != match.end():
        return None
    if after[subject.end:].strip()[:1] not in ("", ",", ".", ";", "!", "?") and not (
            subject.how == "name" and " " in subject.name and _OBJECT.match(after, subject.end)):
        # the phrase goes on: no speaker phrase that ends the clause (but a person named in
        # full right after the verb is its subject, with a short object after it that ends
        # the clause: "’, spoorde burgemeester Anna de Wit de raad aan.", "», formanede
        # borgmester Karen Lund sine kolleger.")
        return None
    return subject.name, word, subject.how


# After a quote, a copula and a noun phrase that ends the clause or goes on with a preposition:
# "„…”, is de inzet van de demonstratie.", "’, is het doel.", "»…«, er budskabet fra mødet."
# (_names_the_words)
_COPULA_NOUN = {
    "nl": re.compile(r"\s*,?\s*(?:is|was|zijn|waren|blijft|bleef)\s+(?:de|het|een)\s+"
                     r"((?:[^\W\d_A-ZÀ-ÞÆØÅ][\w-]*\s+){0,2}?[^\W\d_A-ZÀ-ÞÆØÅ][\w-]*)"
                     r"(?=\s+(?:van|voor|bij|achter|op|in)\s|\s*[.,;:!?]|\s*$)"),
    "da": re.compile(r"\s*,?\s*(?:er|var|bliver|blev)\s+(?:(?:den|det|de|en|et)\s+)?"
                     r"((?:[^\W\d_A-ZÀ-ÞÆØÅ][\w-]*\s+){0,2}?[^\W\d_A-ZÀ-ÞÆØÅ][\w-]*)"
                     r"(?=\s+(?:fra|for|bag|i|på|til|med)\s|\s*[.,;:!?]|\s*$)")}


def _names_the_words(after: str, speakers: Speakers) -> bool:
    """True if the clause right after a quote is a copula and a noun phrase: it says what
    the quoted words are ("„…”, is de inzet van de demonstratie", "»…«, er målet for
    foreningen", "’, is de kop."), and no one says them; not a pronoun or a role after the
    copula ("”, is hij van mening", "», er ministeren enig i": who speaks is named), nor a
    Danish noun without its definite ending ("», er vigtigt": an adjective)."""
    if after[:1] != ",":
        return False
    pattern = _COPULA_NOUN.get(speakers.rules.language)
    match = pattern.match(after) if pattern is not None else None
    if match is None:
        return False
    words = match.group(1).split()
    if any(word in speakers.pronouns or word in speakers.not_names
           or speakers.role_of(word) is not None for word in words):
        return False
    determiner = after[:match.start(1)].split()[-1]
    return speakers.rules.language != "da" or determiner in speakers.determiners \
        or words[-1].endswith(("et", "en", "ne"))


def _is_heading(row: dict[str, object]) -> bool:
    """A paragraph that is one quotation without a sentence end (or one clause that trails
    off in an ellipsis): a heading."""
    quote, sentence = str(row["quote"]), str(row["sentence"])
    # (a clause that trails off, "‘Prijzen omlaag, maar...’", ends no sentence either)
    trails = quote.endswith(("...", "…")) and not re.search(r"[.!?]\s", quote)
    return (row["kind"] == "full" and row["marks"] != "- (dash)"
            and len(sentence) - len(quote) <= 4 and sentence[1:-1].strip() == quote
            and (quote[-1:] not in ".!?…:" or trails))


def _verb_speaker(window: str, speakers: Speakers, *, after_quote: bool
                  ) -> tuple[str, str, str] | None:
    """(speaker, verb, how) for a reporting verb in ``window`` (a masked text piece) and the
    speaker phrase next to it; the speaker is "" where the phrase names nobody ("een
    verslaggever"). None: no verb with a speaker phrase."""
    rules = speakers.rules
    # An infinitive after "te"/"at" reports nothing: "Rusland heeft niets te zeggen".
    verbs = [verb for verb in rules.verb_re.finditer(window)
             if not window.endswith(_INFINITIVE, 0, verb.start())]
    if not verbs:
        return None if after_quote else _split_before(window, speakers)
    cleft = _CLEFT.get(rules.language)
    opening = cleft.match(window) if cleft is not None and not after_quote else None
    if opening is not None:
        # "Det er den russiske premierminister Dmitrij Medvedev, der … fastslår", "Het is de
        # minister die zegt …": the person the sentence puts first speaks
        subject = speakers.subject_after(window, opening.end())
        relative = _RELATIVE.get(rules.language)
        clause = relative.match(window, subject.end) if subject is not None and subject.name \
            and subject.how in ("name", "role") and relative is not None else None
        verb = next((v for v in verbs if clause is not None and v.start() >= clause.end()
                     and v.group(1).lower() not in PREPOSITIONS), None)
        if verb is not None and not any(c in window[clause.end():verb.start()] for c in ",.;:"):
            # (the verb in the relative clause: not "Det er Holm, der har ansvaret, siger Lund")
            return subject.name, verb.group(1), subject.how
    if not after_quote:
        relative = _relative_speaker(window, verbs, speakers)
        if relative is not None:
            return relative
    unresolved = None
    for verb in (verbs if after_quote else verbs[::-1])[:3]:
        form = verb.group(1).lower()
        if form in PREPOSITIONS:  # "volgens de minister", "aldus een ingewijde"
            if not after_quote and _reported_by_name(window, verbs, verb, speakers):
                continue  # "siger Jens Hansen ifølge TV Syd": the medium reports, Hansen speaks
            subject = (_document(window, verb.end(), speakers)
                       or speakers.subject_after(window, verb.end())
                       or _common_noun(window, verb.end(), speakers))
        elif form == "geciteerd":  # passive: "zo wordt hij geciteerd door Interfax"
            auxiliary = re.search(r"\b(?:wordt|werd|is)\s", window)
            subject = speakers.subject_after(window, auxiliary.end()) if auxiliary else None
        elif after_quote:
            subject = (speakers.subject_after(window, verb.end())
                       or speakers.subject_before(window, verb.start())
                       or _common_noun(window, verb.end(), speakers))
        else:
            subject = speakers.subject_before(window, verb.start())
            if subject is None or (" " not in subject.name and subject.start == 0
                                   and subject.how == "name"
                                   and subject.name not in rules.side):
                if _noun_subject(window[:verb.start()], speakers):
                    # "Kritikerne kalder Peter Jensen …", "De krant vroeg Jan de Vries:": the
                    # noun is the subject, someone the text does not name (the name after the
                    # verb is its object)
                    subject = Subject("", "unnamed", 0, verb.start())
                else:
                    # "Derfor håber … Johan Absalonsen": after the verb if the word before it
                    # is one unknown word at the start (an adverb, perhaps)
                    subject = speakers.subject_after(window, verb.end()) or subject
        if subject is not None and subject.how == "pronoun" and not after_quote:
            # "De Russische president zei dat hij het “…” vindt": a pronoun in the clause of
            # an earlier reporting verb is that verb's subject.
            main = _main_clause_speaker(window, verbs, verb, speakers)
            if main is not None:
                return main
            if not subject.name:  # "al zei hij dat …" with no one before: another verb
                unresolved = unresolved or (subject.name, verb.group(1), subject.how)
                continue
        if subject is not None:
            return subject.name, verb.group(1), subject.how
        if form in IMPERSONAL and after_quote:
            return speakers.last_person or "", verb.group(1), "pronoun"
    if unresolved is None and not after_quote:
        return _split_before(window, speakers)
    return unresolved


def _split_before(window: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """(speaker, verb, how) for a verb in two parts before the quote, its subject before it
    ("Stoltenberg wijst er ook op dat …", "Hansen peger også på, at …", "De minister liet
    weten dat …"; forms with " … " in the verb table), or None."""
    if speakers.rules.split_first_re.search(window) is None:
        return None  # (a quick test first: the pattern ignores case, and is slower)
    match = next(_last_of(speakers.rules.split_re.finditer(window)), None)
    if match is None:
        return None
    subject = speakers.subject_before(window, match.start())
    if subject is None or not subject.name and subject.how != "unnamed":
        return None
    first = next(group for group in match.groups() if group)
    written = match.group().lower()
    form = next((form for form in speakers.rules.verbs if " … " in form
                 and form.split(" … ")[0] == first.lower()
                 and written.endswith(form.split(" … ")[1])), first)
    return subject.name, form, subject.how


def _relative_speaker(window: str, verbs: list[re.Match[str]], speakers: Speakers
                      ) -> tuple[str, str, str] | None:
    """(speaker, verb, how) where the quote is in a relative clause after a name, or None.

    "… kritikken fra Mette Hansen, der kalder planen »…«", "… kritiek van Anna de Wit, die het
    plan „…” noemt": the person before ", der"/", som"/", die" speaks, not the main clause's
    subject. The clause runs from the relative pronoun to its reporting verb with no comma
    between (Danish), or, with no reporting verb after it, to the quote (Dutch puts the verb
    last). A relative clause closed before the verb ("Jens Holm, der er advokat, siger …")
    is no such case. With no name right before the comma: ("", verb, "unknown"), no one.
    """
    if not any(mark in window for mark in _RELATIVE_WORDS.get(speakers.rules.language, ())):
        return None  # (a substring test first)
    marker = next(_last_of(_RELATIVE_MARK.get(speakers.rules.language, _NO_MATCH)
                           .finditer(window)), None)
    if marker is None:
        return None
    verb = next((v for v in verbs if v.start() >= marker.end()
                 and v.group(1).lower() not in PREPOSITIONS), None)
    between = window[marker.end():verb.start() if verb is not None else len(window)]
    if any(stop in between for stop in ",;:") or (
            verb is None and speakers.rules.language != "nl") or (
            verb is not None and any(word.lower() in speakers.pronouns or word[:1].isupper()
                                     for word in between.split())):
        return None  # (", som han siger,": the relative clause has a subject of its own)
    form = verb.group(1) if verb is not None else ""
    named = _NAME_BEFORE.search(window, 0, marker.start())
    subject = speakers.subject_after(window, named.start()) if named else None
    if subject is None or not subject.name or subject.how not in ("name", "organisation") \
            or window[subject.end:marker.start()].strip():
        if window[:marker.start()].rstrip()[-1:].isalpha() and not any(
                stop in window[:marker.start()] for stop in ",;:"):
            # "Lars Holm forstår ikke kritikken fra sine kolleger, der kalder …": the relative
            # clause's speaker is no one named, not the main clause's subject
            return "", form, "unknown"
        return None
    return subject.name, form, subject.how


def _open_relative(lead: str, speakers: Speakers) -> bool:
    """True if ``lead`` (a sentence up to a quote) ends in a relative clause after a comma
    (", die het plan", ", der kalder planen"): the quote is not the sentence subject's."""
    marker = next(_last_of(_RELATIVE_MARK.get(speakers.rules.language, _NO_MATCH)
                           .finditer(lead)), None)
    return marker is not None and not any(stop in lead[marker.end():] for stop in ",;:")


def _document(window: str, position: int, speakers: Speakers) -> Subject | None:
    """"volgens een rapport van X", "ifølge et notat fra Y": a document or a thing (a noun that
    is no role, then "van"/"fra") is the source after "volgens"/"ifølge", no one who speaks
    (how "unnamed"); None for anything else ("volgens de minister", "ifølge Lars Holm")."""
    match = _DOCUMENT.match(window, position)
    if match is None:
        return None
    noun = match.group(1)
    if speakers.role_of(noun) is not None or noun in speakers.pronouns \
            or noun in speakers.common.person_nouns:
        return None  # "volgens een woordvoerder van …": the role's own parse
    return Subject("", "unnamed", match.start(1), match.end(1))


def _noun_subject(before: str, speakers: Speakers) -> bool:
    """True if ``before`` (a sentence up to its verb) is a common noun alone, perhaps after a
    determiner: the verb's subject, not an adverbial before an inverted subject ("Kritikerne
    kalder …", "De critici noemen …", "Politici noemen …"; not "Derfor håber …", "Dinsdag zei …")."""
    words = before.split()
    if len(words) == 2 and words[0].lower() in speakers.determiners:
        return words[1][:1].islower() and not speakers.function_word(words[1])
    return len(words) == 1 and speakers.common_word(words[0]) \
        and not speakers.function_word(words[0])


def _reported_by_name(window: str, verbs: list[re.Match[str]], verb: re.Match[str],
                      speakers: Speakers) -> bool:
    """True if ``verb`` ("ifølge", "volgens") follows right after the named subject of an
    earlier reporting verb: "siger Jens Hansen ifølge TV Syd", "zei Jansen volgens de NOS",
    "siger træneren ifølge Ritzau"
    (the medium is the report's source, not the speaker)."""
    for earlier in verbs:
        if earlier.start() >= verb.start():
            return False
        if earlier.group(1).lower() in PREPOSITIONS:
            continue
        subject = speakers.subject_after(window, earlier.end())
        if subject is not None and (subject.name and subject.how == "name"
                                    or subject.how in ("role", "unnamed")) \
                and not window[subject.end:verb.start()].strip(" ,"):
            # (also a role, named before or not: "siger den belgiske træner ifølge Ritzau")
            return True
    return False


#: "een ander", "en anden", "een derde": someone else the text does not name
_ANOTHER = frozenset({"ander", "andere", "derde", "anden", "andet", "tredje"})


def _common_noun(window: str, position: int, speakers: Speakers) -> Subject | None:
    """A noun that is no role and no name after a verb: "…”, zei de groenteboer", "aldus
    een buurtbewoner", "siger naboen": a person the text does not name (how "unnamed")."""
    match = _NOUN_PHRASE.match(window, position)
    if match is None:
        return None
    words = match.group(2).split()
    if match.group(1) in ("een", "en", "et") and words[0] in _ANOTHER:
        # "grapt een ander", "siger en anden": someone else, not named
        return Subject("", "unnamed", match.start(2), match.end(2))
    if match.group(1) is None and (speakers.rules.language != "da" or len(words) > 1
                                   or not words[0].endswith(("en", "et", "ne"))
                                   or not words[0].isalpha()):
        return None  # without a determiner only a Danish noun with its definite ending
    if any(word in speakers.not_names or speakers.role_of(word) for word in words):
        return None
    described = speakers.described(words[-1])  # "politimanden" after "politiinspektør Jens Holm"
    if not described and match.group(1) in ("de", "het", "den", "det"):
        # "vertelt de dierenverzorger" after "Dierenverzorger Rob Saris", "siger den
        # frustrerede fisker" after "fisker Ole Bak": the one person the article named right
        # after that noun (with two such people, or none: no one named)
        described = speakers._described_by(words[-1])
    if described:
        return Subject(described, "role", match.start(2), match.end(2))
    return Subject("", "unnamed", match.start(2), match.end(2))


def _main_clause_speaker(window: str, verbs: list[re.Match[str]], verb: re.Match[str],
                         speakers: Speakers) -> tuple[str, str, str] | None:
    """The named subject of a reporting verb before ``verb`` whose "dat"/"at" clause
    ``verb`` is in ("X zei dat hij …"), or None."""
    for earlier in verbs:
        if earlier.start() >= verb.start():
            break
        if not _THAT.search(window, earlier.end(), verb.start()):
            continue
        subject = (speakers.subject_before(window, earlier.start())
                   or speakers.subject_after(window, earlier.end()))
        if subject is not None and subject.name and subject.how != "pronoun" \
                and subject.end <= verb.start():
            return subject.name, earlier.group(1), subject.how
    return None


def _indirect(masked: str, speakers: Speakers) -> None:
    """Note who is introduced ("NAVO-chef Mark Rutte …") and who is reported as speaking
    ("Lavrov sagde, at ...") in sentences without quotes: who "hij" or "han" is next."""
    if not masked or masked.isspace():
        return
    for sentence in _sentences(masked.strip()):
        if sentence[:1] in _OPENERS or sentence[:2] == ",,":
            # "“xxx?” Uit enthousiasme begon Hester van Buren …" (no split after "?”"): the
            # sentence after the quotation
            inside = 2 if sentence[:2] == ",," else 1
            inside = len(sentence) - len(sentence[inside:].lstrip("x "))
            opening = _QUOTE_END.match(sentence, inside)
            sentence = sentence[opening.end():] if opening else sentence
        if sentence:
            speakers.introduce(sentence)


#: "Ordene kommer fra …", "Kritikken kommer fra …", "De kritiek komt van …": words come from
#: someone (a noun for what is said, the verb "come", "fra"/"van", the speaker).
_SAID = {"da": ("ordene|kritikken|meldingen|budskabet|opfordringen|beskeden|svaret|udmeldingen|"
                "advarslen|reaktionen|kommentaren|opråbet|udtalelsen|vurderingen|citatet|"
                "appellen|påstanden|anklagen|kravet|ønsket|forslaget|idéen|ideen|opfordringerne|"
                "kritikpunkterne|anklagerne|kravene|udtalelserne|meldingerne|svarene"),
         "nl": ("woorden|kritiek|oproep|boodschap|reactie|waarschuwing|uitspraak|uitspraken|"
                "opmerking|opmerkingen|klacht|klachten|verwijten|verwijt|beschuldiging|"
                "beschuldigingen|eis|eisen|wens|voorstel|idee|antwoord|citaat|woorden")}
_COMES_FROM = {
    "da": re.compile(rf"^(?i:{_SAID['da']})\s+(?:kommer|kom)\s+(?:\w+\s+)?fra\s+"),
    "nl": re.compile(rf"^(?:De|Het|Die|Deze)\s+(?:\w+\s+)?(?i:{_SAID['nl']})\s+(?:komt|kwam|"
                     r"komen|kwamen)\s+(?:\w+\s+)?van\s+")}


def _comes_from(sentence: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """(speaker, "", how) for a sentence that says whose words they are: "Ordene kommer fra
    Jens Hansen, der er træner.", "Kritikken kommer fra …", "De kritiek komt van Anna de Wit."
    The speaker is a person named in full, an actor or a role after "fra"/"van"; else None
    ("Pengene kommer fra Region Syddanmark": money, not words)."""
    pattern = _COMES_FROM.get(speakers.rules.language)
    match = pattern.match(sentence) if pattern is not None else None
    if match is None:
        return None
    subject = speakers.subject_after(sentence, match.end())
    if subject is None or not subject.name or subject.start != match.end() \
            or subject.how == "name" and not (" " in subject.name
                                              or subject.name in speakers.rules.kind) \
            or subject.how == "organisation" or not speakers.is_person(subject.name) \
            and subject.name not in speakers.rules.kind:
        return None
    return subject.name, "", subject.how


#: "ook", "også", "eveneens", "ligeledes": someone else said or thinks it too
_ALSO_WORD = re.compile(r"(?<!\w)(?:ook|også|eveneens|evenzeer|ligeledes|heller)(?!\w)",
                        re.IGNORECASE)


#: The predicate "agree": "is het (daar)mee eens", "zijn het met haar eens", "er enig (i)",
#: "erklærer sig enige": the subject agrees with what someone said (not who said it)
_AGREE = {"nl": re.compile(r"(?<!\w)het\s(?:[^\W\d_]+\s){0,4}?eens(?!\w)"),
          "da": re.compile(r"(?<!\w)(?:er|var|blev|sig)\s(?:[^\W\d_]+\s){0,3}?(?<!den\s)"
                           r"(?<!det\s)(?<!de\s)enige?(?!\w)")}  # (not "den enige": the only one)


def _agrees(sentence: str, language: str) -> bool:
    """True if ``sentence`` says its subject agrees ("Jan Smit is het daarmee eens.", "Det
    er Jens Holm enig i."): an agreement sentence names who agrees, not who spoke.

    >>> _agrees("Jan Smit is het daarmee eens.", "nl"), _agrees("Det er Jens Holm enig i.", "da")
    (True, True)
    >>> _agrees("Dat zei Jan Smit eens.", "nl"), _agrees("Han er den enige.", "da")
    (False, False)
    """
    pattern = _AGREE.get(language)
    return pattern is not None and pattern.search(sentence) is not None


def _next_sentence(rest: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """"Dat zei Rutte." / "Sådan lyder det fra …" / "Ordene kommer fra …": the speaker the
    next sentence names."""
    cataphora = _CATAPHORA.get(speakers.rules.language)
    match = cataphora.match(rest) if cataphora else None
    sentence = _SPLIT.split(rest, maxsplit=1)[0]
    if match is None:
        return _comes_from(sentence, speakers)

    if _ALSO_WORD.search(sentence) or _agrees(sentence, speakers.rules.language):
        # "„…” Dat vindt ook Jan Smit.", "»…« Det mener også Jens Holm.": someone who agrees
        # with the words, not who said them (they were someone else's first)
        return None
    verb = speakers.rules.verb_re.match(sentence, match.end())
    if match.group(1):  # "Dat heeft de minister … gezegd": the subject follows the auxiliary
        subject = speakers.subject_after(sentence, match.end())
        verb = speakers.rules.verb_re.search(sentence, match.end())
    elif verb is not None:
        subject = speakers.subject_after(sentence, verb.end())
    else:
        return None
    if subject is None or not subject.name:
        return None
    return subject.name, verb.group(1) if verb else "", subject.how


# Words that open a relative or subordinate clause: a verb after them in a Danish speech
# paragraph is no attribution (", hvor han vil sige …"), which opens with its verb.
_CLAUSE_OPENERS = frozenset({"der", "som", "hvor", "når", "da", "fordi", "mens", "hvis", "at",
                             "selvom", "inden", "før", "efter", "hvad", "hvem", "hvorfor"})


def _dash_quote(body: str, speakers: Speakers, following: list[str], announced: str | None
                ) -> dict[str, object]:
    """A Danish paragraph of direct speech opened by a dash, with or without ", siger X"."""
    row: dict[str, object] = {"marks": "- (dash)", "kind": "full", "sentence": body}
    speakers.unresolved_role = None
    found = None
    verbs = list(speakers.rules.verb_re.finditer(body))
    for verb in reversed(verbs):
        # The attribution is a clause after a comma, ? or !: ", siger han", "? spørger hun",
        # ", nøjes han med at sige" (at most four words before the verb).
        before = body[: verb.start()]
        clause = max(before.rfind(","), before.rfind("?"), before.rfind("!"))
        if clause < 0 or len(before[clause + 1:].split()) > 4:
            continue
        opener = before[clause + 1:].split()[:1]
        if opener and opener[0].lower() in _CLAUSE_OPENERS:
            continue  # ", siger Jens Holm, der har inviteret ham, hvor han vil sige": a clause
            # of the narrative after the attribution, not one (it opens with its verb)
        if any(clause < other.start() < verb.start() for other in verbs):
            continue  # ", siger hun og smiler": the clause's first verb ("siger")
        subject = ((speakers.subject_after(body, verb.end())
                    or _common_noun(body, verb.end(), speakers))
                   if not before[clause + 1:].strip() else
                   speakers.subject_before(body, verb.start()))
        if subject is None:
            continue
        quote = body[: clause + (1 if body[clause] in "?!" else 0)].strip()
        found = quote, subject.name, verb.group(1), subject.how
        break
    clause = max(body.rfind(","), body.rfind("?"), body.rfind("!"))
    if found is None and clause > 0:  # "- …, lod han forstå."
        split = _split_verb(body, _CLAUSE_START.match(body, clause + 1).end(), speakers)
        if split is not None:
            found = (body[: clause + (1 if body[clause] in "?!" else 0)].strip(), *split)
    sentences = _SPLIT.split(body.strip()) if found is None else []
    named_after = _next_sentence(sentences[-1], speakers) if len(sentences) > 1 else None
    if found:
        quote, speaker, verb_form, how = found
        row.update(quote=quote, speaker=speaker, verb=verb_form,
                   attribution=_label(how, "after", speaker),
                   _role=speakers.unresolved_role if how == "role" and not speaker else None)
    elif named_after is not None:
        # "- Vi er klar. Det siger træner Jens Hansen.": the paragraph's last sentence names
        # the speaker of the ones before it (not part of the quotation)
        quote = body.strip()[: len(body.strip()) - len(sentences[-1])].rstrip()
        row.update(quote=quote, speaker=named_after[0], verb=named_after[1],
                   attribution="named in the next sentence")
    else:
        row.update(quote=body.rstrip(), speaker="", verb="", attribution="unknown")
        named = _next_sentence(following[0], speakers) if following else None
        if announced:
            row.update(speaker=announced, attribution="named before a colon")
        elif named:
            row.update(speaker=named[0], verb=named[1], attribution="named in the next sentence")
        elif body.rstrip().endswith("?"):  # a question: the interviewer's, not the speaker's
            pass
        elif speakers.last_speaker or (speakers.last_person and not speakers.quoted_before):
            # (no last speaker after someone was quoted: the text has moved on to someone
            # new, "Kommunen har bedt Peter Jensen om en forklaring.": no one's)
            row.update(speaker=speakers.last_speaker or speakers.last_person,
                       attribution="continuation")
    speakers.spoke(str(row["speaker"]) or None, quoted=True)
    return row


def _label(how: str, side: str, speaker: str) -> str:
    if not speaker:
        return "nobody named" if how == "unnamed" else "unknown"
    if how in ("pronoun", "role"):
        return f"{how} ({side} the quote)"
    return f"named {side} the quote"


def _is_full(masked: str, start: int, s_start: int, inside: str) -> bool:
    lead = masked[s_start:start]
    if "(" in lead:  # (a stage direction has one: most leads need no pattern)
        lead = _STAGE_DIRECTION.sub("", lead)
    lead = lead.strip()
    return (not lead or lead.endswith(":")) and inside[:1].isupper()


# "(lacht)", "(puft)", "(griner)": a stage direction of an interview before an answer.
_STAGE_DIRECTION = re.compile(r"^\s*\((?:[^\W\d_]+\s?){1,3}\)\s*$")
# A first-person subject and a verb before a colon, inside a quotation ("… og jeg tænkte:",
# "… toen zei ik:", "… sagde vi:"): the quotation inside it is the speaker's own.
_FIRST_PERSON_LEAD = re.compile(r"(?i)(?<!\w)(?:jeg|vi|ik|wij|we)(?!\w)[^:;]{0,60}:\s*$")


def _opening(masked: str, s_start: int, speakers: Speakers) -> int:
    """Where the first word of the sentence at ``s_start`` starts, after a determiner."""
    match = _WORD.search(masked, s_start)
    if match is None:
        return s_start
    if match.group().lower() in speakers.determiners:
        after = _WORD.search(masked, match.end())
        return after.start() if after else match.start()
    return match.start()


# After a role before a colon: nothing, or a short phrase after a preposition ("på nattevagt")
_ROLE_COMPLEMENT = re.compile(r"(?:\s+(?:på|i|ved|hos|fra|in|op|bij|van|uit)"
                              r"(?:\s+[^\W\d_A-ZÀ-ÞÆØÅ][\w-]*){1,3})?\s*:\s*")
# A heading's topic before a dash or a bar, then who speaks: "Budget - Venstre: »…«"
_TOPIC_DASH = re.compile(r"\s[-–—|]\s")


def _after_topic(lead: str, speakers: Speakers) -> tuple[str, str, str] | None:
    """(speaker, "", how) for a heading that names its topic, a dash and then the speaker
    before the colon ("Budget - Venstre: ‘…’", "Begroting – VVD: ‘…’"): the phrase after the
    last dash, if it is the whole of what stands before the colon; else None. One word no one
    had before ("Radikale") is a party or an organisation more often than a person: no one a
    later "hun" or "han" can be."""
    tail = _TOPIC_DASH.split(lead)[-1]
    word = tail.strip()[:-1].strip()
    if word[:1].isupper() and word.isalpha() and word not in speakers.rules.kind \
            and speakers.normal(word) == word and word not in speakers.people \
            and not speakers.function_word(word):
        return word, "", "organisation"
    subject = speakers.subject_after(tail, len(tail) - len(tail.lstrip()), initial=True)
    if subject is None or not subject.name or tail[subject.end:].strip() != ":":
        return None
    return subject.name, "", subject.how


def _newcomer(before: str, speakers: Speakers) -> str | None:
    """The one person named in full in ``before`` (a paragraph up to a whole quotation that
    opens a sentence) who has not spoken, where the paragraph names no one else and not the
    last speaker: the new source a paragraph introduces before their words ("Onder hen Wouter
    Bos, wethouder in Ermelo. Zijn dorp kreeg de taken. ‘…’", "Blandt dem er Karen Lund,
    formand for foreningen. Hun har … »…«"). A name after a preposition or a determiner ("de
    zaak van Jan Smit", "mødet med Jens Holm") is an object or a topic, not who speaks; None
    if there is no such person, or two."""
    last = speakers.last_speaker
    if last and last.split()[-1] in before:
        return None  # the last speaker is still in the paragraph: a continuation, if anyone
    found = None
    for match in _NAME_RUN.finditer(before):
        name = match.group()
        if " " not in name or name.isupper() or _DIGIT_RE.search(name):
            continue
        word = before[:match.start()].rstrip().rsplit(" ", 1)[-1].lower()
        if match.start() and (word in PREPOSITIONS or word in _OBJECT_WORDS
                              or word in speakers.determiners):
            if speakers.is_person(speakers.normal(name)):
                return None  # someone else, as an object: unclear whose the words are
            continue
        clause = _SPLIT.split(before[:match.start()])[-1]
        if _THAT.search(clause) or _RELATIVE_MARK.get(speakers.rules.language, _NO_MATCH) \
                .search(clause):
            return None  # "… hamert erop dat de Russische president Jan Smit …": a clause
            # about someone, in a sentence about someone else
        person = speakers.subject_after(before, match.start(), initial=True)
        if person is None or person.how != "name" or " " not in person.name \
                or not speakers.is_person(person.name):
            continue
        name = speakers.normal(person.name)
        if found is not None and name != found or speakers.has_spoken(name):
            return None
        found = name
    return found


#: Words before a name that make it an object or a topic (with the prepositions of the table)
_OBJECT_WORDS = frozenset({"van", "met", "aan", "tegen", "naar", "over", "om", "voor", "bij",
                           "door", "med", "til", "mod", "fra", "for", "af", "hos", "på"})
_DIGIT_RE = re.compile(r"\d")


def _attribute(paragraph: str, masked: str, start: int, end: int, s_start: int, s_end: int,
               inside: str, speakers: Speakers, following: list[str], announced: str | None,
               paragraph_speaker: str = "") -> dict[str, object]:
    speakers.unresolved_role = None
    full = _is_full(masked, start, s_start, inside)
    label = ""
    found = None
    # An attribution after the quote starts a clause: "”, aldus Lavrov", "', voegde hij eraan
    # toe", "', zo werd de woordvoerder … geciteerd" — not "…, maar benadrukte dat …".
    after = masked[end:s_end]
    clause = speakers.rules.clause_re.search(after)
    if clause:
        found = _verb_speaker(after[clause.start():], speakers, after_quote=True)
        label = "after"
    else:  # "…”, liet de minister weten.": a verb in two parts, the subject between them
        found, label = _split_verb(after, _CLAUSE_START.match(after).end(), speakers), "after"
    if found is None and after[:1] == ",":  # "’, sombert Van den Bos.": a verb not in the table
        found = _unlisted_verb(after, speakers)
    if found is None and _names_the_words(after, speakers):
        # "„Weg met X”, is de inzet van de demonstratie.", "»…«, er budskabet fra mødet.": the
        # clause says what the words are (an aim, a slogan), not who says them: no one's
        found, label = ("", "", "unknown"), "after"
    lead = masked[s_start:start]
    if found is None and s_start == 0 and not lead.strip() and after[:1].isspace():
        # a heading: "»Dybt rystet« minister indfører ny plan", "‘Geen spijt’ Jan Smit
        # stapt op": the speaker phrase right after the quote, then a verb
        found = _heading_subject(after, speakers)
    if found is not None and found[2] == "pronoun" and lead.strip():
        # "Mohammed Mohandis, Kamerlid, heeft …: "…", legt hij uit.": the pronoun is the
        # subject the sentence opens with
        found = _lead_subject(lead, speakers) or found
    if found is None or found[2] in ("pronoun", "unknown") and not found[0]:
        # "’, zei die.", "zei die: ‘…’": a demonstrative for someone just mentioned
        pointed = _demonstrative(lead, after, masked[:s_start], speakers)
        if pointed is not None:
            found, label = pointed[:3], pointed[3]
    if found is None:
        found = _verb_speaker(lead, speakers, after_quote=False)
        label = "before"
    if found is None:  # "Peskovs eerste reactie was dat er ‘…’": the genitive's name
        found = _speech_noun(lead, speakers)
    if found is None and lead.rstrip().endswith(":"):
        subject = speakers.subject_after(lead, len(lead) - len(lead.lstrip()), initial=True)
        # One unknown word is a name only right before the colon ("Ollongren: “…”"), not in
        # "Geamuseerde blik: ‘…’".
        if subject is not None and subject.name and (
                " " in subject.name or subject.name in speakers.rules.kind
                or lead[subject.end:].strip() == ":"):
            found, label = (subject.name, "", subject.how), "colon"
        elif subject is not None and subject.how == "role" and not subject.name \
                and subject.start == len(lead) - len(lead.lstrip()) \
                and _ROLE_COMPLEMENT.fullmatch(lead, subject.end):
            # "Sygeplejerske på nattevagt: »…«": a role no one has yet, before a colon: the
            # person the article gives it later (role (named later))
            found, label = ("", "", "role"), "colon"
    if found is None and lead.rstrip().endswith(":"):
        # "Eén vraag bleef hangen bij Juliet Broersen (Volt): “…”": a person named in full
        # right before the colon
        named = _NAME_BEFORE_COLON.search(lead)
        if named is not None and lead[:named.start()].rstrip().rsplit(" ", 1)[-1].lower() \
                in _OBJECT_LINKS:
            named = None  # "… drie jaar cel tegen Jan de Vries: „…”", "De vraag aan …:"
        subject = speakers.subject_after(lead, named.start()) if named else None
        if subject is not None and subject.how == "name" and " " in subject.name \
                and speakers.is_person(subject.name) and not lead[subject.end:].strip(" :"):
            found, label = (subject.name, "", "name"), "colon"
    if found is None and lead.rstrip().endswith(":") and _TOPIC_DASH.search(lead):
        found = _after_topic(lead, speakers)  # "Budget - Venstre: ‘…’"
        label = "colon"
    if found is None:
        rest = masked[s_end:].strip() or (following[0] if following else "")
        found = _next_sentence(rest, speakers)
        label = "next"
    if found is None and full and announced:
        found, label = (announced, "", "name"), "colon"
    if found is None and full and not lead.strip() and s_start == 0 \
            and (inside.rstrip().endswith("?") or not speakers.quoted_before):
        # "“Mag ik beginnen?” Uit enthousiasme begon Hester van Buren …": a question that opens
        # a paragraph, and the next sentence's subject is a person named in full: theirs; so is
        # a statement before anyone was quoted ("‘…’ De theoloog Jan Smit stelt dat …": a lead
        # that opens with the words of the person it is about)
        found = _subject_next(masked[end:], speakers)
        label = "next"
        following_sentence = _SPLIT.split(masked[end:].lstrip(" ,;"), maxsplit=1)[0]
        if found is not None and not inside.rstrip().endswith("?") and (
                _ALSO_WORD.search(following_sentence)
                or _agrees(following_sentence, speakers.rules.language)):
            found = None  # "„Nee.” Piet de Vries zei dat ook.", "„Nee.” Jan Smit is het
            # daarmee eens.": someone else said it first; they agree
    question = full and not lead.strip() and not after.strip(" .") and inside.rstrip().endswith("?")
    if found is None and full and not lead.strip() and s_start > 0:
        # "De raad feliciteerde de burgemeester. ,,Maar zal hem missen!”": the subject of the
        # sentence right before, in the same paragraph, speaks
        before = _last_sentence(masked, s_start)
        found = _subject_before(before, speakers)
        label = "subject before"
        other = speakers.last_name_in(before, subjects=True) if found is not None else None
        if other is not None and other != found[0] and not speakers.has_spoken(other) \
                and speakers.rules.kind.get(other, "person") == "person":
            # "De gemeente heeft Jan de Vries om uitleg gevraagd. „We …”": two parties, and
            # which one speaks is unclear: no one (not the subject, not the last speaker)
            found = ("", "", "unknown")
        if found is not None and not question and found[0] == speakers.last_speaker:
            found = None  # the one who spoke last: a continuation, as below
    if found is None and full and not lead.strip() and s_start > 0 and not question \
            and speakers.quoted_before:
        # "Onder hen Wouter Bos, wethouder in Ermelo. Zijn dorp kreeg … ‘…’": the paragraph
        # introduces one new person in full before the quote, and no one else (not the
        # last speaker's words any more)
        newcomer = _newcomer(masked[:s_start], speakers)
        if newcomer is not None:
            found, label = (newcomer, "", "name"), "introduced"
    if found is None and full and speakers.last_speaker and not question:
        # (a paragraph that is only a question, "„Waarom nu?”", is an interviewer's: no one's)
        found, label = (speakers.last_speaker, "", "continuation"), "continuation"
    elif found is None and full and not lead.strip():
        # No one quoted yet, and the paragraph has just introduced someone ("Het was een
        # tafereel dat D66-raadslid Lars Roodenburg niet kon laten schieten. „…”"): them.
        person = speakers.last_person
        # (named in the paragraph by the last word of the name, or as the actor table writes
        # them: "zegt Richard" for Richard den Blanken)
        if person and any(name in masked[:s_start] for name in (
                person.split()[-1], *speakers.rules.variants_of(person))):
            found, label = (person, "", "continuation"), "continuation"
    if found is None and full and not lead.strip() and s_start > 0 and not question:
        newcomer = _newcomer(masked[:s_start], speakers)  # (as above, before anyone spoke)
        if newcomer is not None:
            found, label = (newcomer, "", "name"), "introduced"
    if found is None:  # "Ze wil ‘de stad in’": the subject at the start of the sentence
        subject = speakers.subject_after(masked[:s_end], s_start + len(lead) - len(lead.lstrip()),
                                         initial=True) if lead.strip() else None
        if subject is not None and _open_relative(lead, speakers):
            subject = None  # "Jan Smit begrijpt de kritiek van collega's, die het „…” noemen"
        if subject is not None and subject.name and subject.end <= start and (
                subject.how == "pronoun" or " " in subject.name
                or subject.name in speakers.rules.kind
                or " " in speakers.full_name(subject.name)  # "Meliani" after "Touria Meliani"
                or speakers.has_spoken(subject.name)):  # "Rutte geeft ‘één fout’ toe"
            # a known actor there is the first actor the sentence names, as rule 7 would say
            label = "first" if subject.name in speakers.rules.side else "subject"
            found = (subject.name, "", subject.how)
    if found is None and not full and paragraph_speaker:
        # A fragment with no verb in a paragraph of quotations by one speaker: theirs
        # ("“…”, zegt Kaag. Het pakket is een “belangrijk pressiemiddel”.").
        found, label = (paragraph_speaker, "", "continuation"), "paragraph"
    if found is None:
        # A known actor that opens the sentence is its subject ("Kremlin 'zal …'"); one
        # further on is not the speaker ("… waar hij een ‘vredesmissie’ naar Oekraïne stuurt").
        named = speakers.rules.actor_re.match(masked, _opening(masked, s_start, speakers))
        if named:
            found = (speakers.rules.canonical[named.group(1)], "", "name")
            label = "first"
    speaker, verb, how = found if found else ("", "", "unknown")
    if not speaker:
        attribution = "nobody named" if how == "unnamed" else "unknown"
    elif label in ("after", "before"):
        attribution = _label(how, label, speaker)
    else:
        attribution = {"colon": "named before a colon", "next": "named in the next sentence",
                       "subject": "subject of the sentence",
                       "subject before": "subject of the sentence before",
                       "continuation": "continuation",
                       "paragraph": "continuation in the paragraph",
                       "first": "first actor in the sentence",
                       "introduced": "introduced in the paragraph"}[label]
    speakers.spoke(speaker or None, quoted=True)
    return {"kind": "full" if full else "fragment", "speaker": speaker, "verb": verb,
            "attribution": attribution, "sentence": paragraph[s_start:s_end].strip(),
            "_role": speakers.unresolved_role if how == "role" and not speaker else None}


def _quotes(corpus: pd.DataFrame, actor_table: pd.DataFrame | None,
            verbs: pd.DataFrame | None) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """The quotations, and the articles (by language) with no reporting verbs."""
    check_corpus_table(corpus, ("id", "language", "text"))
    verb_key = _user_verb_key(verbs)
    actor_key = _actor_key(actor_table)
    # run-course's lessons 07, 08 and 09 find the quotations of the same corpus: read them back
    # from its cache (framelab.cache; nothing is cached elsewhere)
    return cached("quotes", lambda: (table_digest(corpus, ("id", "language", "text")),
                                     actor_key, verb_key),
                  lambda: _find_all(corpus, actor_key, verb_key))


def _find_all(corpus: pd.DataFrame, actor_key: Any, verb_key: Any
              ) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """What :func:`_quotes` returns, found article by article."""
    covered = _verb_languages(verb_key)
    missing = uncovered_articles(corpus, covered)
    rows: list[dict[str, object]] = []
    for row in corpus.itertuples(index=False):
        if row.language not in covered:
            continue
        rows += _quote_rows(row.text, row.language, row.id,
                            _cached_rules(row.language, actor_key, verb_key))
    if not rows:
        return pd.DataFrame(columns=list(QUOTE_COLUMNS)), missing
    # One table for all articles: a table per article took longer than finding the quotes.
    return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS)).fillna(""), missing


def quotes(corpus: pd.DataFrame, *, actor_table: pd.DataFrame | None = None,
           verbs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find the direct quotations in every article of a corpus: one row per quotation.

    Args:
        corpus: The table from :func:`framelab.load_corpus` (columns id, language, text).
        actor_table: Your own actor table (default: :func:`framelab.actors`).
        verbs: Your own reporting-verb table (default: :func:`framelab.reporting_verbs`), e.g.
            a copy with rows for English or German added. An article in a language the table
            has no rows for gets no quotations, and a
            :class:`~framelab.errors.MissingResourceWarning` names it.

    Returns:
        A DataFrame with the columns article, language, paragraph, quote, words, kind
        ("full" or "fragment"), marks (the quotation style), speaker (the actor table's name,
        or the name as the text writes it; "" where the text names nobody), side ("unknown"
        for a speaker the actor table does not know, "no speaker" where the text names none),
        verb (as written), verb_lemma, stance
        ("neutral" or "evaluative"), attribution (which rule found the speaker) and sentence
        (the sentence to read).

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


def unknown_speakers(found: pd.DataFrame, *, actor_table: pd.DataFrame | None = None
                     ) -> pd.DataFrame:
    """The speakers the actor table does not know, most quoted first, as rows for your own
    actor table: actor, variants, kind, side (empty: yours to fill in), role, and quotes (how
    many quotations) and articles (in how many articles).

    Fill in ``side`` (and correct ``kind``), drop the two count columns and add the rows to a
    copy of :func:`framelab.actors`: ``pd.concat([framelab.actors(), rows])``.

    Args:
        found: The table from :func:`quotes`.
        actor_table: The actor table ``found`` was made with (default: the kit's).

    >>> text = "„Het kan niet”, zei NAVO-chef Mark Rutte. „Nooit”, aldus Rutte."
    >>> table = unknown_speakers(find_quotes(text, "nl"))
    >>> table[["actor", "variants", "side", "quotes"]].values.tolist()
    [['Mark Rutte', 'Mark Rutte|Rutte', '', 2]]
    >>> two = pd.concat([find_quotes("„Ja”, zei Femke Halsema.", "nl"),
    ...                  find_quotes("„Nee”, zei Halsema.", "nl", article="b")])
    >>> unknown_speakers(two)[["actor", "quotes", "articles"]].values.tolist()
    [['Femke Halsema', 2, 2]]
    """
    check_table(found, ("article", "speaker", "side"), name="found",
                source="framelab.quotes(corpus)")
    known = set((actor_table if actor_table is not None else _known())["actor"])
    named = found[(found["speaker"] != "") & ~found["speaker"].isin(known)]
    columns = ["actor", "variants", "kind", "side", "role", "quotes", "articles"]
    if named.empty:
        return pd.DataFrame(columns=columns)
    # One row per person across articles too: "Halsema" in one article is the "Femke Halsema"
    # of another when she is the only unknown speaker with that surname (else left apart).
    # Words the quotations and sentences write in lowercase ("wolf", "dorp"): a surname that is
    # one of them is an ordinary word, no variant to suggest (it would name the actor wherever
    # the word stands at the start of a sentence or in an organisation's name)
    ordinary = _lowercase_words(found)
    fuller: dict[str, set[str]] = {}
    for name in dict.fromkeys(named["speaker"]):
        for variant in _variants(name, ordinary).split("|")[1:]:
            fuller.setdefault(variant, set()).add(name)
    same = {short: next(iter(full)) for short, full in fuller.items()
            if len(full) == 1 and short in set(named["speaker"])}
    if same:
        named = named.assign(speaker=named["speaker"].map(lambda name: same.get(name, name)))
    table = (named.groupby("speaker", sort=False)
             .agg(quotes=("quote", "size"), articles=("article", "nunique"))
             .reset_index().rename(columns={"speaker": "actor"}))
    table["variants"] = [_variants(name, ordinary) for name in table["actor"]]
    # a name written like a person's is a person (check it); capitals ("VG") an organisation
    table["kind"] = [_guessed_kind(name) for name in table["actor"]]
    table["side"] = ""
    table["role"] = ""
    table = table.sort_values(["quotes", "actor"], ascending=[False, True], kind="stable")
    return table[columns].reset_index(drop=True)


def _known() -> pd.DataFrame:
    from .tables import actors

    return actors()


def _lowercase_words(found: pd.DataFrame) -> frozenset[str]:
    """The words the quotations and sentences of ``found`` write in lowercase."""
    words: set[str] = set()
    for column in ("quote", "sentence"):
        if column in found.columns:
            for text in found[column].astype(str):
                words.update(w for w in _WORD.findall(text) if w.islower())
    return frozenset(words)


def _variants(name: str, ordinary: frozenset[str] = frozenset()) -> str:
    """The name and its surname: "Mark Rutte|Rutte"; party letters left out. A surname keeps
    its particles, written small and, as at the start of a sentence, capitalised. No surname
    for a name that is no person's (capitals, an organisation's noun: "Welkom Wolf Fonds"), nor
    one that is an ordinary word (in ``ordinary``, words the texts write in lowercase: "Wolf"
    beside "de wolf"): it would name the actor wherever that word is capitalised.

    >>> _variants("Anna Wolf", frozenset({"wolf"})), _variants("Anna Wolf")
    ('Anna Wolf', 'Anna Wolf|Wolf')
    >>> _variants("Welkom Wolf", frozenset({"welkom"})), _variants("Jan Loos van Welkom Wolf")
    ('Welkom Wolf', 'Jan Loos van Welkom Wolf')

    >>> _variants("Mark Rutte (VVD)"), _variants("Alexander De Croo")
    ('Mark Rutte|Rutte', 'Alexander De Croo|De Croo')
    >>> _variants("Ursula von der Leyen")
    'Ursula von der Leyen|von der Leyen|Von der Leyen'
    """
    from .speakers import _PARTICLES

    plain = re.sub(r"\s*\([^)]*\)$", "", name)
    words = plain.split()
    variants = [plain]
    if len(words) > 1 and words[-1][:1].isupper() \
            and not any(word.lower() in ordinary for word in words if word[:1].isupper()) \
            and affiliation_starts(words) is None \
            and _guessed_kind(plain) == "person" and not _organisation_name(words):
        start = len(words) - 1
        while start > 1 and words[start - 1].lower() in _PARTICLES:
            start -= 1
        surname = " ".join(words[start:])
        variants.append(surname)
        capitalised = surname[:1].upper() + surname[1:]
        if capitalised != surname:
            variants.append(capitalised)
    return "|".join(variants)


def _organisation_name(words: list[str]) -> bool:
    """True if one of ``words`` is a noun of organisations (data/common_words.csv: "Fonds",
    "Kommune", "Universiteit", "Stichting"), in Dutch or Danish: no person's name."""
    from .speakers import _common_words

    nouns = _common_words("nl").organisation_nouns | _common_words("da").organisation_nouns
    return any(word.lower() in nouns for word in words)


def unattributed(found: pd.DataFrame) -> pd.DataFrame:
    """The quotations without a speaker, to read: article, paragraph, quote and sentence.

    >>> unattributed(find_quotes("„Dit is een citaat zonder spreker.”", "nl"))[
    ...     ["quote"]].values.tolist()
    [['Dit is een citaat zonder spreker.']]
    """
    check_table(found, ("article", "paragraph", "quote", "speaker", "sentence"), name="found",
                source="framelab.quotes(corpus)")
    rows = found[found["speaker"] == ""]
    return rows[["article", "paragraph", "quote", "sentence"]].reset_index(drop=True)
