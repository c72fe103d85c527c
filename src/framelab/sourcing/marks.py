"""Quotation marks: where each direct quotation starts and ends, and where its sentence ends.

Every quotation style of Dutch and Danish news: “…”, „…”, ‘…’, the straight '…' of Flemish
copy, "…", »…« and «…». Apostrophes are not quotes: "USA's", "Trump’s", "zo'n", "regio's",
"'s avonds", "'t" and "'90" stay inside their words.

>>> [inside for _, _, _, inside in _spans("Blinken noemde het ‘Trump’s idee’ in de jaren '90.")]
['Trump’s idee']
>>> _spans("De regio's van de USA's zijn zo'n beetje leeg.")
[]
"""

from __future__ import annotations

import re

# Opening mark -> closing mark(s), as one pattern each. A ’ or ' followed by a letter is an
# apostrophe inside the quote ("Trump’s"), not its end. Each pattern starts with its opening
# mark and looks behind it from there ("”(?<![^\s(]”)" = "(?<![^\s(])”"): ``re`` then finds the
# mark with a fast scan instead of trying the look-behind at every position of the paragraph.
_SPANS = (
    # “…” and, as some copy has it, “…“ (closed by an opening mark before a space or a comma)
    # (one quotation inside may use the same marks: “… geen “business as usual” meer.”)
    ("“ ”", r"“((?:[^“”\n]++|“[^“”\n]*+”)+)(?:”|(?<=\S)“(?=[\s,.;:!?]|$))"),
    # Danish ”…”: the closing mark opens too, after a space and before a letter
    ("” ”", r"”(?<![^\s(]”)(?=\w)([^“”\n]+)”"),
    ("„ ”", r"„([^„“”\n]+)[”“]"),
    # two commas for „ (as some Dutch copy types it): ,,Waarom nu?"
    (",, \"", r",,(?<!\w,,)(?=\S)([^\"“”„\n]+?)(?:[\"”“]|’’|'')"),
    ("« »", r"«([^«»\n]+)»"),
    ("» «", r"»([^«»\n]+)«"),
    ('" "', r'"([^"\n]+)"'),
    ("‘ ’", r"‘(?<!\w‘)((?:[^‘’\n]++|’(?=\w))+)’(?!\w)"),
    # A straight ' opens a quote only before a non-space that is not the "'s avonds" / "'t" /
    # "'90" form, and closes it only after a non-space and before a non-letter.
    ("' '", r"'(?<![\w']')(?![st]\s|\s|\d\d(?!\w))((?:[^'\n]++|(?<=\w)'(?=\w))+?)(?<=\S)'(?!\w)"),
)
# (A run of ordinary characters is read at once, "[^…]++": the patterns find the same
# quotations as one character at a time, faster.)
# Each pattern with its opening mark (all of it: ",," for the two commas, not ","): a paragraph
# without that mark cannot match the pattern, so _spans skips it without running the pattern
# (most paragraphs have no quotation, and every paragraph has a comma).
_SPAN_RE = [(marks, re.compile(pattern), marks.split(" ")[0]) for marks, pattern in _SPANS]
_DASH = re.compile(r"^[-–—]\s+")
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
_SENTENCE_END = re.compile(rf"(?!\.{_AFTER_INITIALS}\s+{_PARTICLE_OR_CAPITAL})"
                           r"[.!?][\"”’'»«]?(?=\s|$)")
#: The spaces between two sentences of a paragraph (not after an initial before a name).
SENTENCE_SPLIT = re.compile(rf"(?<=[.!?])(?!{_AFTER_INITIALS}\s+{_PARTICLE_OR_CAPITAL})\s+")
# After a quote that ends with ? or !, the sentence goes on when a lowercase word or a comma
# follows: „Waarom nu?” vroeg een verslaggever.
_GOES_ON = re.compile(r"\s*(?:,|[^\W\d_A-ZÀ-ÖØ-Þ])")
#: The marks that may open a quotation (a paragraph without any has none).
OPENING_MARKS = frozenset(opening for _, _, opening in _SPAN_RE)


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


def _spans(paragraph: str) -> list[tuple[int, int, str, str]]:
    """(start, end, marks, inside) of each quotation, without overlaps, in order."""
    found = []
    for marks, pattern, opening in _SPAN_RE:
        if opening not in paragraph:
            continue
        for m in pattern.finditer(paragraph):
            if _LETTER.search(m.group(1)):  # a quote has at least one letter
                # A comma before the closing mark belongs to the reporting sentence.
                found.append((m.start(), m.end(), marks, m.group(1).strip().rstrip(",").strip()))
    found.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str, str]] = []
    outer_end = -1
    for span in found:
        if span[0] >= outer_end:
            kept.append(span)
            outer_end = span[1]
        elif span[1] <= outer_end and span[2] != kept[-1][2] and span[0] > kept[-1][0]:
            kept.append(span)  # a quotation inside a quotation: "… een 'triestigaard' …"
    return kept
