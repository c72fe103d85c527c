"""Reading the classic LexisNexis text export (.txt): "1 of 10 DOCUMENTS" above each article.

The older LexisNexis (nexis.com, LexisNexis Academic) saved a search as one text file: a cover
page (the request, the search terms), then per article the counter ``1 of 10 DOCUMENTS``, the
outlet, the date line, the headline, ``BYLINE:``, ``SECTION:``, ``LENGTH:``, the body (lines
wrapped at about 80 characters, paragraphs separated by an empty line), ``LOAD-DATE:``,
``LANGUAGE:``, ``PUBLICATION-TYPE:`` and the copyright. The structure follows the public sample
of LexisNexisTools (R). Wrapped lines are joined again into paragraphs.

>>> text = "\\n".join(["   1 of 1 DOCUMENT", "", "   NRC", "", "   1 juli 2019 maandag", "",
...                   "Kop", "", "LENGTH: 3 words", "", "Een korte alinea.", "",
...                   "LANGUAGE: DUTCH", ""])
>>> article = parse_nexis_text(text, "nexis.txt").articles[0]
>>> article.outlet, article.date, article.language, article.text
('NRC', '2019-07-01', 'nl', 'Kop\\n\\nEen korte alinea.')
"""

from __future__ import annotations

import re
from pathlib import Path

from ..reading import decode_bytes
from .dates import parse_date_line
from .labels import FIELD_RULES, TRAILER_LABELS, is_copyright, label_of
from .records import Article, ExportError, ExportRead, log_row, store_field

__all__ = ["FORMAT", "is_nexis_text", "parse_nexis_text", "read_nexis_text"]

FORMAT = "LexisNexis text export (.txt)"
_COUNTER = re.compile(r"(?im)^\s*(?:\d+ of \d+ DOCUMENTS?|Dokument \d+ von \d+|Document \d+ de \d+)\s*$")


def is_nexis_text(start: str) -> bool:
    """True when the start of a text file holds the export's document counter.

    >>> is_nexis_text("\\n   1 of 10 DOCUMENTS\\n"), is_nexis_text("Kop\\n\\nTekst")
    (True, False)
    """
    return _COUNTER.search(start) is not None


def read_nexis_text(path: str | Path) -> ExportRead:
    """Read a classic LexisNexis text export; see the module's docstring."""
    p = Path(path)
    result = decode_bytes(p.read_bytes(), p.name)
    if not result.usable:
        raise ExportError(result.problem or f"{p.name} could not be read as text.")
    read = parse_nexis_text(result.text or "", p.name)
    read.notes += [note for note in result.notes if "line endings" not in note]
    return read


def _paragraphs(lines: list[str], a: int, b: int) -> list[tuple[int, str]]:
    """The paragraphs of lines a..b: (first line's index, the lines joined by spaces)."""
    out: list[tuple[int, str]] = []
    start, parts = None, []
    for i in range(a, b):
        text = " ".join(lines[i].replace("\u00a0", " ").split())
        if text:
            if start is None:
                start = i
            parts.append(text)
        elif start is not None:
            out.append((start, " ".join(parts)))
            start, parts = None, []
    if start is not None:
        out.append((start, " ".join(parts)))
    return out


def parse_nexis_text(text: str, source: str) -> ExportRead:
    """Split a classic LexisNexis text export into articles."""
    lines = text.split("\n")
    counters = [i for i, line in enumerate(lines) if _COUNTER.match(line)]
    if not counters:
        raise ExportError(f"{source} has no line such as '1 of 10 DOCUMENTS', so it is not a "
                          "LexisNexis text export.")
    result = ExportRead([])
    result.removed += [log_row("", i, "export-cover-page", p)
                       for i, p in ((i + 1, p) for i, p in _paragraphs(lines, 0, counters[0]))]
    for number, a in enumerate(counters, 1):
        b = counters[number] if number < len(counters) else len(lines)
        result.articles.append(_article(lines, a, b, source, number, len(counters), result))
    return result


def _article(lines: list[str], a: int, b: int, source: str, number: int, count: int,
             result: ExportRead) -> Article:
    removed = [log_row("", a + 1, "export-document-count", lines[a].strip())]
    article = Article("", source, f"article {number} of {count} (line {a + 1})", FORMAT)
    paragraphs = _paragraphs(lines, a + 1, b)
    k = 0
    # The outlet and the date line: the first paragraphs, each on a line of its own.
    date_at = next((j for j, (i, _) in enumerate(paragraphs[:4]) if parse_date_line(lines[i])),
                   None)
    if date_at is not None:
        for j in range(date_at):
            i, p = paragraphs[j]
            if j == date_at - 1 and article.outlet == "unknown":
                article.outlet = p
                removed.append(log_row("", i + 1, "export-outlet", p))
            else:
                removed.append(log_row("", i + 1, "export-field", p))
        i, p = paragraphs[date_at]
        stated = parse_date_line(lines[i])
        article.date, article.date_status = stated.iso, "stated in the export"
        article.date_evidence = f'date line "{stated.stated}" in {source}'
        article.stated_date = stated.stated
        removed.append(log_row("", i + 1, "export-date-line", stated.stated))
        edition = p[len(stated.stated):].strip()
        if edition:  # the lines right under the date line ("Edition 1; Scotland")
            article.edition = edition
            removed.append(log_row("", i + 2, "export-edition", edition))
        k = date_at + 1
    elif paragraphs:
        i, p = paragraphs[0]
        article.outlet = p
        removed.append(log_row("", i + 1, "export-outlet", p))
        k = 1
    # Copyright or edition lines between the date line and the headline.
    while k < len(paragraphs) and is_copyright(paragraphs[k][1]):
        removed.append(log_row("", paragraphs[k][0] + 1, "export-copyright", paragraphs[k][1]))
        k += 1
    if k < len(paragraphs) and label_of(paragraphs[k][1]) is None:
        article.headline = paragraphs[k][1]
        k += 1
    if date_at is None:
        result.notes.append(
            f"{source}, {article.position}: the article '{article.headline[:50]}' has no date "
            "line under its outlet, so its date is left 'unknown' (the kit does not invent "
            "one). Look the date up in the database and write it into metadata.csv.")
    # The labelled fields above the body (BYLINE, SECTION, LENGTH, DATELINE, ...).
    while k < len(paragraphs):
        found = label_of(paragraphs[k][1])
        if found is None or found[0] in TRAILER_LABELS - set(FIELD_RULES):
            break
        store_field(article, paragraphs[k], found, removed)
        k += 1
    # The block after the body, read from the end: copyright and trailer fields.
    end = len(paragraphs)
    while end > k:
        i, p = paragraphs[end - 1]
        found = label_of(p)
        if is_copyright(p):
            removed.append(log_row("", i + 1, "export-copyright", p))
        elif found is not None and found[0] in TRAILER_LABELS:
            store_field(article, paragraphs[end - 1], found, removed)
        else:
            break
        end -= 1
    article.text = "\n\n".join(p for p in [article.headline, *(p for _, p in paragraphs[k:end])]
                               if p != "unknown")
    article.removed = sorted(removed, key=lambda row: int(row["line"]))
    return article
