"""Quotation marks: where each direct quotation starts and ends, and where its sentence ends.

Every quotation style of Dutch and Danish news: “…”, „…”, ‘…’, the straight '…' of Flemish
copy, "…", »…« and «…». Apostrophes are not quotes: "USA's", "Trump’s", "zo'n", "regio's",
"'s avonds", "'t" and "'90" stay inside their words.

>>> [inside for _, _, _, inside in _spans("Blinken noemde het ‘Trump’s idee’ in de jaren '90.")]
['Trump’s idee']
>>> _spans("De regio's van de USA's zijn zo'n beetje leeg.")
[]

A quotation inside a quotation is found too, also in the same marks (“… geen “business as
usual” meer.”, "Het was niet "Angry birds"", zei hij) and in the single ’…’ that Danish puts
inside »…«. A quotation that runs over paragraphs opens each of them and closes only at the
end (Dutch and Danish both): a paragraph whose opening mark is not closed is one quotation to
its end when the next paragraph opens with the same mark, or closes it without opening one.
"""

from __future__ import annotations

import re
from typing import Any

# Opening mark -> closing mark(s), as one pattern each. A ’ or ' followed by a letter is an
# apostrophe inside the quote ("Trump’s"), not its end. Each pattern starts with its opening
# mark and looks behind it from there ("”(?<![^\s(]”)" = "(?<![^\s(])”"): ``re`` then finds the
# mark with a fast scan instead of trying the look-behind at every position of the paragraph.
_SPANS = (
    # “…” and, as some copy has it, “…“ (closed by an opening mark before a space or a comma)
    # (one quotation inside may use the same marks: “… geen “business as usual” meer.”)
    ("“ ”", r"“((?:[^“”\n]++|“[^“”\n]*+”)+)(?:”|(?<=\S)“(?=[\s,.;:!?]|$))"),
    # Danish ”…”: the closing mark opens too, after a space and before a letter (closed by “
    # before a non-letter in some copy: ”…“)
    ("” ”", r"”(?<![^\s(]”)(?=\w)([^“”\n]+)(?:”|“(?!\w))"),
    ("„ ”", r"„([^„“”\n]+)[”“]"),
    # a curly opening mark closed by a straight one, and the other way round: “…", „…", "…”
    ("“ \"", r'“([^“”"\n]+)"(?!\w)'),
    ("„ \"", r'„([^„“”"\n]+)"(?!\w)'),
    ('" ”', r'"(?<![^\s(:]")(?=\S)([^"“”\n]+)”'),
    # ‚…‘ (the low single mark, as German-style copy has it)
    ("‚ ‘", r"‚(?<!\w‚)([^‚‘’\n]+)[‘’](?!\w)"),
    # two commas for „ (as some Dutch copy types it): ,,Waarom nu?"
    (",, \"", r",,(?<!\w,,)(?=\S)([^\"“”„\n]+?)(?:[\"”“]|’’|'')"),
    ("« »", r"«([^«»\n]+)»"),
    ("» «", r"»([^«»\n]+)«"),
    # »…» as some Danish copy types it: the second » after a word, before a space or a stop
    ("» »", r"»(?<![^\s(:]»)(?=\S)([^«»\n]+?)(?<=\S)»(?=[\s,.;:!?]|$)"),
    # (straight double marks are paired by _straight_spans: the same mark opens and closes)
    ("‘ ’", r"‘(?<!\w‘)((?:[^‘’\n]++|’(?=\w))+)’(?!\w)"),
    # ‘…' : a curly opening mark closed by a straight one, as some copy has it
    ("‘ '", r"‘(?<!\w‘)((?:[^‘’'\n]++|'(?=\w))+)'(?!\w)"),
    # ‘…” and “…’: a single curly mark closed by a double one, or the other way round, as some
    # copy has it (typed so, or mixed up by a site's editor); no other curly mark inside
    ("‘ ”", r"‘(?<![^\s(:]‘)(?=\S)((?:[^‘’“”\n]++|’(?=\w))+)”(?!\w)"),
    ("“ ’", r"“(?<![^\s(:]“)(?=\S)((?:[^‘’“”\n]++|’(?=\w))+)’(?!\w)"),
    # A straight ' opens a quote only before a non-space that is not the "'s avonds" / "'t" /
    # "'90" form, and closes it only after a non-space and before a non-letter.
    # (It may open with the apostrophe of "'t" or "'s": "''t Zal wel gaan'".)
    ("' '", r"'(?<![\w']')(?![st]\s|\s|\d\d(?!\w))((?:'[stn](?=\s))?(?:[^'\n]++|(?<=\w)'(?=\w))+?)"
            r"(?<=\S)'(?!\w)"),
)
# (A run of ordinary characters is read at once, "[^…]++": the patterns find the same
# quotations as one character at a time, faster.)
# Each pattern with its opening mark (all of it: ",," for the two commas, not ","): a paragraph
# without that mark cannot match the pattern, so _spans skips it without running the pattern
# (most paragraphs have no quotation, and every paragraph has a comma).
_SPAN_RE = [(marks, re.compile(pattern), marks.split(" ")[0]) for marks, pattern in _SPANS]
_BY_MARKS = {marks: (pattern, opening) for marks, pattern, opening in _SPAN_RE}
_OPENINGS = tuple(dict.fromkeys(opening for _, _, opening in _SPAN_RE))  # (each mark once)
# Danish ’…’ (both marks the closing kind) inside a quotation: »… tænkte: ’Gud, hvor …’, og …«.
# Only inside one: in running text ’…’ is a title (’Grease’); not an apostrophe ("’90", "’s-").
_INNER = re.compile(r"’(?<![^\s(:]’)(?=[^\W\d_])(?![stn][\s-])((?:[^’\n]++|’(?=\w))+)’(?!\w)")
# A mark that opens a quotation which the paragraph does not close: before a capital letter, at
# the paragraph's start or after a space, a colon or a bracket; and the marks that close it.
_RUNS_ON = {"“": "”“", "„": "”“", "‘": "’'", "»": "«”", "«": "»", '"': '"'}
_CLOSES_ANY = re.compile(r"[”“’'«»\"]")
_OPENS_BEFORE_CAPITAL = re.compile(r"(?<![^\s(:])([“„‘»«\"])(?=[A-ZÀ-ÖØ-Þ])")
# A Danish speech dash opens a paragraph, before a space or, as some web copy lost it, right
# before a capital ("-Vi er klar"; not "-20 grader", "-agtig")
_DASH = re.compile(r"^[-–—](?:\s+|(?=[A-ZÀ-ÖØ-Þ]))")
_NOT_SPACE = re.compile(r"\S")


class _Masking(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table that turns every character but whitespace into "x" (what
    ``_NOT_SPACE.sub("x", …)`` does, many times faster): each code point is looked up once,
    then remembered (at most the characters the texts hold). \\S is exactly "not
    str.isspace()"; tests/test_sourcing.py compares the two on every character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = value = char if char.isspace() else "x"
        return value


_MASKING = _Masking()
_LETTER = re.compile(r"[^\W\d_]")
# A sentence ends at . ! or ? before a space, also when a closing quotation mark stands between;
# not at an initial before a name (one to three capital letters with dots, then a particle or
# a capitalised word).
_UPPER_LETTERS = "A-ZÀ-ÖØ-Þ"
# An initial before a name ("J. van den Bos", "A.J. de Vries", "J. Holm"): its dot ends no
# sentence; not after a preposition: "op X.", "på B.T." (a platform or a medium).
_PARTICLE_OR_CAPITAL = rf"(?:(?:van|de|der|den|ter|ten|von|af)\s|[{_UPPER_LETTERS}][^\W\d_])"
_LETTER_DOT = rf"[{_UPPER_LETTERS}]\."
_NOT_AFTER_PREPOSITION = r"(?<!\bop )(?<!\bvia )(?<!\bpå )(?<!\bin )(?<!\bi )(?<!\bbij )"
_AFTER_INITIALS = (rf"(?:(?<=(?<![\w.'’]){_NOT_AFTER_PREPOSITION}{_LETTER_DOT})"
                   rf"|(?<=(?<![\w'’]){_NOT_AFTER_PREPOSITION}{_LETTER_DOT}{_LETTER_DOT})"
                   rf"|(?<=(?<![\w'’]){_NOT_AFTER_PREPOSITION}{_LETTER_DOT}{_LETTER_DOT}{_LETTER_DOT}))")
# (The stop first, then the test for an initial after it, "(?<=\.)" for the dot just read:
# ``re`` then finds the stops with a fast scan instead of trying the look-ahead at every
# position; the same matches as "(?!\.{initials}…)[.!?]…", _PLAIN_SENTENCE_END, which
# tests/test_speed_paths.py compares with it.)
_SENTENCE_END = re.compile(rf"[.!?](?!(?<=\.){_AFTER_INITIALS}\s+{_PARTICLE_OR_CAPITAL})"
                           r"[\"”’'»«]?(?=\s|$)")
_PLAIN_SENTENCE_END = re.compile(rf"(?!\.{_AFTER_INITIALS}\s+{_PARTICLE_OR_CAPITAL})"
                                 r"[.!?][\"”’'»«]?(?=\s|$)")
#: The spaces between two sentences of a paragraph (not after an initial before a name).
SENTENCE_SPLIT = re.compile(rf"(?<=[.!?])(?!{_AFTER_INITIALS}\s+{_PARTICLE_OR_CAPITAL})\s+")
# After a quote that ends with ? or !, the sentence goes on when a lowercase word or a comma
# follows: „Waarom nu?” vroeg een verslaggever.
_GOES_ON = re.compile(r"\s*(?:,|[^\W\d_A-ZÀ-ÖØ-Þ])")
#: The marks that may open a quotation (a paragraph without any has none).
OPENING_MARKS = frozenset(opening for _, _, opening in _SPAN_RE) | {'"'}


def _mask(paragraph: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with every quotation's inside replaced by 'x', so that names and full
    stops inside quotes do not count for attribution or sentence ends."""
    if not spans:  # nothing to mask (most paragraphs): the same text, without the copy
        return paragraph
    if any(b[0] < a[1] for a, b in zip(spans, spans[1:], strict=False)):
        return _mask_by_char(paragraph, spans)
    # Spans in order and apart (as _spans gives them): mask each inside with one translation
    # (_MASKING), faster than a Python loop over its characters.
    parts, done = [], 0
    for start, end in spans:
        inside = paragraph[start + 1 : end - 1]
        # Keep a full stop just inside the closing mark: "… dreigingen.” Volgens …" ends there.
        kept = inside[-1] if inside and inside[-1] in ".!?" else ""
        parts += [paragraph[done : start + 1],
                  inside[: len(inside) - len(kept)].translate(_MASKING), kept]
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
    """Where the sentence around the quotation ``masked[start:end]`` starts and ends."""
    before = [m.end() for m in _SENTENCE_END.finditer(masked, 0, start)]
    first = before[-1] if before else 0
    stop = masked[end - 2 : end - 1]
    if stop == "." or (stop in ("!", "?") and not _GOES_ON.match(masked, end)):
        return first, end  # the quote ends its sentence
    after = _SENTENCE_END.search(masked, end)
    return first, (after.end() if after else len(masked))


def _spans(paragraph: str, following: str = "") -> list[tuple[int, int, str, str]]:
    """(start, end, marks, inside) of each quotation, in order; a quotation inside another
    comes after it. ``following`` is the next paragraph (a quotation may run on into it).

    A quotation that runs on has no closing mark here: its end is ``len(paragraph) + 1``, as if
    the mark stood just after the paragraph.
    """
    found = []
    marked = False  # an opening mark in the paragraph?
    present = [opening for opening in _OPENINGS if opening in paragraph]  # (each looked for once)
    for marks, pattern, opening in _SPAN_RE:
        if opening not in present:
            continue
        marked = True
        for m in pattern.finditer(paragraph):
            if _LETTER.search(m.group(1)):  # a quote has at least one letter
                # A comma before the closing mark belongs to the reporting sentence.
                found.append((m.start(), m.end(), marks, m.group(1).strip().rstrip(",").strip()))
    if '"' in paragraph:
        marked = True
        found += _straight_spans(paragraph)
    if not found:  # (most paragraphs)
        outer = _run_on(paragraph, following, found) if following and marked else None
        return [outer] if outer is not None else []
    found.sort(key=lambda s: (s[0], -s[1]))
    outer = _run_on(paragraph, following, found) if following else None
    if outer is not None:
        found.append(outer)
        found.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str, str]] = []
    top = (-1, -1, "", "")  # the last quotation that is inside no other
    for span in found:
        if span[0] >= top[1]:
            kept.append(span)
            top = span
        elif span[1] <= top[1] and span[0] > top[0] and (
                span[2] != top[2] or span[2] == '" "' or top is outer):
            kept.append(span)  # a quotation inside a quotation: "… een 'triestigaard' …"
    return _inner(paragraph, kept)


def _straight_spans(paragraph: str) -> list[tuple[int, int, str, str]]:
    """The quotations in straight double marks, paired as a reader pairs them: a mark before a
    word opens, a mark after a word or a stop closes the last one opened, so that one inside
    another is found too ("Het was niet "Angry birds", maar "Toy blast"", zei hij)."""
    spans, opened = [], []
    at = paragraph.find('"')
    while at >= 0:
        before = paragraph[at - 1] if at else " "
        after = paragraph[at + 1] if at + 1 < len(paragraph) else " "
        closes = not before.isspace() and before not in "([:"
        opens = not after.isspace() and after not in ",.;:!?)]"
        if opened and (closes or not opens):
            start = opened.pop()
            inside = paragraph[start + 1:at]
            if _LETTER.search(inside):
                spans.append((start, at + 1, '" "', inside.strip().rstrip(",").strip()))
        elif opens:
            opened.append(at)
        at = paragraph.find('"', at + 1)
    return spans


def _run_on(paragraph: str, following: str, found: list[tuple[int, int, str, str]]
            ) -> tuple[int, int, str, str] | None:
    """The quotation that opens in ``paragraph`` and is not closed there, as one quotation to
    the paragraph's end: when ``following`` opens with the same mark (the speech goes on) or
    closes the quotation without opening one. None when no mark is left open, when the text
    ends there (a quotation cut off: not one) or when the next paragraph is something else (a
    question of the interviewer: the answer was cut off)."""
    nxt = following.lstrip()
    if not nxt:
        return None
    # (quick tests first: the marks that the next paragraph opens with, or closes)
    if nxt[0] in _RUNS_ON:
        marks_left = (nxt[0],) if nxt[0] in paragraph else ()
    elif _CLOSES_ANY.search(nxt) is None:
        return None
    else:
        marks_left = tuple(mark for mark, closing in _RUNS_ON.items() if mark in paragraph
                           and any(c in nxt for c in closing))
    if not marks_left:
        return None
    match = None
    for candidate in _OPENS_BEFORE_CAPITAL.finditer(paragraph):
        at = candidate.start(1)
        if candidate.group(1) in marks_left \
                and not any(start <= at < end for start, end, _, _ in found):
            match = candidate
            break
    if match is None:
        return None
    start, mark = match.start(1), match.group(1)
    closing = _RUNS_ON[mark]
    if not nxt.startswith(mark) and not (
            not any(m in nxt for m in OPENING_MARKS if m not in closing)
            and re.search(f"[{closing}](?!\\w)", nxt)):
        return None
    marks = next(marks for marks, _, opening in _SPAN_RE if opening == mark) \
        if mark != '"' else '" "'
    return start, len(paragraph) + 1, marks, paragraph[start + 1:].strip().rstrip(",").strip()


# A reporting clause after a comma: ", fortæller …", ", zegt …" (the verb checked by the caller).
_COMMA_WORD = re.compile(r",\s+([^\W\d_]+)\b")
_NEXT_SENTENCE = re.compile(r"[.!?:]\s+\S")


def unclosed_at_start(paragraph: str, spans: list[tuple[int, int, str, str]],
                      verbs: Any) -> tuple[int, int, str, str] | None:
    """The quotation that opens a paragraph and is never closed, as the text has it when a
    closing mark was lost: it ends at the comma before the reporting clause that ends the
    paragraph (", fortæller han.", ", zegt de burgemeester."). None when a found quotation
    starts there, when the opening mark is not at the paragraph's start, or when no reporting
    verb (``verbs``, lowercase forms) after a comma starts the paragraph's last sentence (a
    paragraph cut off in the middle, "… zeiden we: er moet", is no quotation one can read).

    >>> unclosed_at_start('"Vi kører nu, og bilen er smadret, fortæller han.', [], {"fortæller"})
    (0, 34, '" "', 'Vi kører nu, og bilen er smadret')
    >>> unclosed_at_start('"Vi kører nu, og bilen er smadret.', [], {"fortæller"}) is None
    True
    >>> unclosed_at_start('‘Het kon, zeiden we: er moet nú wat', [], {"zeiden"}) is None
    True
    """
    mark = paragraph[:1]
    if mark not in _RUNS_ON or not paragraph[1:2].strip() or any(
            start <= 0 < end for start, end, _, _ in spans):
        return None
    comma = None
    for found in _COMMA_WORD.finditer(paragraph, 1):
        if found.group(1).lower() in verbs:
            comma = found.start()
    if comma is None or any(start < comma for start, _, _, _ in spans):
        return None  # no reporting clause, or a quotation of its own before it
    clause = paragraph[comma:].rstrip()
    if not clause.endswith((".", "!", "?")) or _NEXT_SENTENCE.search(clause):
        return None  # the clause does not end the paragraph: it may be cut off, or go on
    inside = paragraph[1:comma].strip()
    if not _LETTER.search(inside):
        return None
    marks = next(marks for marks, _, opening in _SPAN_RE if opening == mark) \
        if mark != '"' else '" "'
    return 0, comma + 1, marks, inside


def _inner(paragraph: str, spans: list[tuple[int, int, str, str]]
           ) -> list[tuple[int, int, str, str]]:
    """``spans`` with the quotations inside each quotation in the same marks (“… “x” …”) or in
    Danish ’…’, which the patterns, read over the whole paragraph, pass over."""
    added = []
    for start, end, marks, _ in spans:
        inside = paragraph[start + 1:min(end - 1, len(paragraph))]
        same = _BY_MARKS.get(marks)
        patterns = [same[0]] if same is not None and same[1] in inside else []
        if "’" in inside and marks != "‘ ’":
            patterns.append(_INNER)
        if not patterns:
            continue
        for pattern in patterns:
            for m in pattern.finditer(inside):
                quote = m.group(1).strip().rstrip(",").strip()
                if _LETTER.search(quote):
                    added.append((start + 1 + m.start(), start + 1 + m.end(),
                                  "’ ’" if pattern is _INNER else marks, quote))
    if not added:
        return spans
    known = {(s, e) for s, e, _, _ in spans}
    merged = spans + [span for span in added if (span[0], span[1]) not in known]
    merged.sort(key=lambda s: (s[0], -s[1]))
    return merged


# Words in quotation marks that name something rather than quote anyone (names_something).
# A title or a name: a capital, no sentence end, in the middle of a sentence ("op het congres
# ”De synode en Zeeland”", "i podcasten »Statsministeren spørger«"); not when a personal pronoun
# opens it (a sentence quoted in the middle of one: "… dat „Wij het niet wisten”").
_PRONOUN_STARTS = {
    "nl": frozenset({"ik", "wij", "we", "jij", "je", "u", "hij", "zij", "ze", "jullie", "er",
                     "dit", "dat", "daar", "hier", "mijn", "ons", "onze"}),
    "da": frozenset({"jeg", "vi", "du", "han", "hun", "i", "man", "der", "her", "min", "mit",
                     "mine", "vores", "jeres"}),
}
# ... nor after a conjunction that opens a clause of speech ("siger, at »…«")
_MEDIUM_PREPOSITIONS = frozenset({"in", "op", "via", "bij", "i", "på", "hos"})
_CLAUSE_WORDS = frozenset({"at", "dat", "fordi", "omdat", "hvis", "mens", "terwijl"})
# A term: after "so-called", or a word for a word or a name ("het woord ‘synode’", "begrebet
# "x"", "een term als ‘y’").
_SO_CALLED = frozenset({"zogenaamde", "zogenaamd", "zogeheten", "zogenoemde", "zogenoemd",
                        "såkaldte", "såkaldt", "såkaldet"})
_WORD_NOUNS = frozenset({"woord", "woorden", "term", "begrip", "uitdrukking", "naam", "etiket",
                         "label", "ord", "ordet", "begreb", "begrebet", "udtryk", "udtrykket",
                         "betegnelse", "betegnelsen", "navn", "navnet", "termen"})
# Irony, not a quotation: one word that is "just" or a possessive ("hvis man "bare" …", "de
# verdediging van ‘haar’ voorzitter"); not a word someone said ("Rusland meldt dat ‘veel’
# landen …": Russia's word).
_IRONY_WORDS = frozenset({"bare", "blot", "lige", "gewoon", "even", "eventjes", "haar", "zijn",
                          "hun", "mijn", "onze", "hans", "hendes", "deres", "vores", "sin",
                          "sit", "sine"})
# A writer who names a thing in their own words: "Ik noem Amsterdam 'het …'", "Jeg kalder det
# »…«" (not inside a quotation: then it is the speaker's).
_OWN_NAMING = re.compile(r"^\s*(?:ik|wij|we|jeg|vi)\s+(?:\S+\s+){0,2}?(?:noem|noemen|noemde|"
                         r"noemden|kalder|kaldte)\b", re.IGNORECASE)
_LEAD_WORDS = re.compile(r"[^\W\d_]+")
_NAME_NEXT = re.compile(r" [A-ZÀ-ÖØ-Þ][^\W\d_]")
_ENDS_SENTENCE = re.compile(r"[.!?…]\W*$")


def names_something(lead: str, inside: str, after: str, language: str, verbs: Any,
                    nested: bool) -> bool:
    """True if the words ``inside`` quotation marks name something rather than quote anyone:
    a title or a name, a term, a word of irony, part of a compound, the writer's own coinage.

    ``lead`` is the sentence up to the opening mark (earlier quotations masked), ``after``
    what follows the closing mark, ``verbs`` the reporting verb forms (lowercase) and
    ``nested`` whether the marks are inside a quotation.

    >>> names_something("Hij sprak op het congres ", "De synode en Zeeland", " van", "nl", {}, False)
    True
    >>> names_something("Ze noemde het ", "onaanvaardbaar", ".", "nl", {}, False)
    False
    >>> names_something("Hij riep ", "Weg met de koning", ".", "nl", {"riep"}, False)
    False
    """
    if after[:1] == "-" and after[1:2].isalpha():
        return True  # "een ‘nee’-stemmer", "»nej«-siden": part of a compound word
    stripped = lead.rstrip()
    if not stripped or stripped[-1] in ":-–—.!?":
        return False  # a quotation that opens its sentence, or after a colon or a dash
    words = _LEAD_WORDS.findall(lead, max(0, len(lead) - 60))  # (the last words only)
    first = _LEAD_WORDS.search(inside)
    if not words or first is None:
        return False
    last, opening = words[-1].lower(), first.group().lower()
    if last in _SO_CALLED or any(word.lower() in _WORD_NOUNS for word in words[-2:]):
        return True
    if first.start() == 0 and first.end() == len(inside) and last not in verbs \
            and opening in _IRONY_WORDS:
        return True  # one word of irony ("inside" has no spaces around it)
    if not nested and _OWN_NAMING.match(lead):
        return True
    pronoun = opening in _PRONOUN_STARTS.get(language, ())
    if words[-1][:1].isupper() and lead[-1:].isspace() and _NAME_NEXT.match(after) \
            and inside.count(" ") <= 2 and not pronoun and not _ENDS_SENTENCE.search(inside):
        return True  # a nickname between first name and surname: Jan 'de Tank' Jansen
    if not inside[:1].isupper() or _ENDS_SENTENCE.search(inside):
        return False
    if pronoun or last in _CLAUSE_WORDS or stripped[-1] in ",;":
        return False
    # A sentence with a reporting verb quotes, unless the marks name where it was said ("zegt
    # Jan Smit in "De wereld vandaag"", "sagde han i programmet »…«"): "noemde het ‘Trump’s
    # idee’", "Lavrov zei dat het Westen „Ruslands rode lijnen” negeerde" are quotations.
    return any(word.lower() in _MEDIUM_PREPOSITIONS for word in words[-3:]) or not any(
        word.lower() in verbs for word in _LEAD_WORDS.findall(lead))
