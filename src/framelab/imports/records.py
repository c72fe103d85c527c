"""What every reader of an export gives back: articles with their metadata, and the lines of
the database that are not article text, each logged with the rule that took it out.

The rules are data, like the cleaning rules (:func:`framelab.cleaning_rules`): a table with the
same columns, from :func:`database_rules`. A reader names the rule for each line it takes out,
and the log has the columns of the removal log (:data:`framelab.cleaning.LOG_COLUMNS`).

>>> rules = database_rules()
>>> rules.loc[rules["rule"] == "export-length", "reason"].item()
'The length the database states (Length: ... words): kept as metadata (length), not article text.'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pandas as pd

from ..cleaning import LOG_COLUMNS
from ..errors import CorpusError
from ..text import word_count
from .labels import FIELD_RULES

__all__ = ["Article", "ExportError", "ExportRead", "database_rules", "language_code", "log_row",
           "store_field"]

UNKNOWN = "unknown"

# (rule, action, pattern, field, reason): how each kind of database line is taken out.
_RULES = (
    ("export-cover-page", "remove_line", "", "",
     "The export's cover page (date of the download, search terms, the list of documents): "
     "about the search, not an article."),
    ("export-document-count", "remove_line", r"\d+ of \d+ DOCUMENTS?", "",
     "The database's counter above each article (1 of 10 DOCUMENTS)."),
    ("export-outlet", "line_to_metadata", "", "outlet",
     "The outlet's name as the database prints it: kept as metadata (outlet), not article text."),
    ("export-date-line", "line_to_metadata", "", "date",
     "The database's date line: read into the date (as stated) and kept as its evidence."),
    ("export-edition", "line_to_metadata", "", "edition",
     "The edition the database names under the date line (Final Edition): kept as metadata."),
    ("export-copyright", "remove_line", r"(?i)(copyright|©).*|all rights reserved\.?", "",
     "The database's copyright notice for the article."),
    ("export-section", "line_to_metadata", r"(?i)section:\s*(.*)", "export_section",
     "The section the database states (Section: POLITICS): kept as metadata (export_section)."),
    ("export-length", "line_to_metadata", r"(?i)length:\s*(.*)", "length",
     "The length the database states (Length: ... words): kept as metadata (length), not "
     "article text."),
    ("export-byline", "line_to_metadata", r"(?i)(?:byline|author):\s*(.*)", "export_byline",
     "The byline the database states: kept as metadata (export_byline)."),
    ("export-body-label", "remove_line", r"Body|Text", "",
     "The label 'Body' between the database's metadata and the article's paragraphs."),
    ("export-language", "line_to_metadata", r"(?i)language:\s*(.*)", "language",
     "The language the database states (Language: DUTCH): read into the language column."),
    ("export-load-date", "remove_line", r"(?i)load-date:.*", "",
     "The day the article was loaded into the database (Load-Date), not its publication date."),
    ("export-url", "line_to_metadata", r"(?i)url:\s*(.*)", "url",
     "The article's web address as the database states it: kept as metadata (url)."),
    ("export-field", "remove_line", r"[A-Za-z][A-Za-z -]+:.*", "",
     "Another field of the database (Publication-Type, Subject, Graphic, Highlight, ...): "
     "the database's description of the article, not its text."),
    ("export-classification", "remove_line", r"Classification", "",
     "The database's classification block (subjects, persons, places with percentages)."),
    ("export-end-of-document", "remove_line", r"End of Document", "",
     "The database's end marker after each article."),
)
_REASONS = {rule: (action, fieldname, reason) for rule, action, _, fieldname, reason in _RULES}


def database_rules() -> pd.DataFrame:
    """Return the rules by which the kit takes the database's own lines out of an export.

    The table has the columns of :func:`framelab.cleaning_rules` (rule, action, language,
    where, pattern, field, reason). Where a line is known by its place in the export (the
    outlet is the line after the headline, the date line the one after that), the pattern is
    empty.
    """
    rows = [{"rule": r, "action": a, "language": "*", "where": "anywhere", "pattern": p,
             "field": f, "reason": why} for r, a, p, f, why in _RULES]
    return pd.DataFrame(rows, columns=["rule", "action", "language", "where", "pattern",
                                       "field", "reason"])


def log_row(article: str, line: int, rule: str, removed: str) -> dict[str, object]:
    """One row of the removal log for a database line (columns of ``LOG_COLUMNS``).

    >>> log_row("a1", 12, "export-body-label", "Body")["rule"]
    'export-body-label'
    """
    action, fieldname, reason = _REASONS[rule]
    row = {"article": article, "line": line, "rule": rule, "action": action,
           "field": fieldname, "removed": removed, "words": word_count(removed),
           "reason": reason}
    return {key: row[key] for key in LOG_COLUMNS}


class ExportError(CorpusError):
    """An export that cannot be read at all; the message names the file and what to do."""


@dataclass
class Article:
    """One article read from an export, with the metadata the export states.

    ``text`` is the article as a reader would copy it: the headline, an empty line, and the
    paragraphs separated by empty lines. Everything else the export prints is in the other
    fields or in ``removed`` (the database lines, as removal-log rows).
    """

    text: str
    source_file: str
    position: str
    export_format: str
    headline: str = UNKNOWN
    outlet: str = UNKNOWN
    date: str = UNKNOWN
    date_status: str = UNKNOWN
    date_evidence: str = UNKNOWN
    stated_date: str = UNKNOWN
    export_byline: str = UNKNOWN
    export_section: str = UNKNOWN
    length: str = UNKNOWN
    edition: str = UNKNOWN
    language: str = UNKNOWN
    language_status: str = UNKNOWN
    url: str = UNKNOWN
    extra: dict[str, str] = field(default_factory=dict)
    removed: list[dict[str, object]] = field(default_factory=list)

    def stable_id(self) -> str:
        """An id that stays the same when the same article is exported again: the date, then
        a hash of outlet, date line, headline and text (not of the file or the position).

        >>> Article("Kop\\n\\nTekst.", "x.docx", "article 1", "nexis-uni", date="2019-07-01",
        ...         outlet="NRC").stable_id()
        '2019-07-01_...'
        """
        key = "\x1f".join((self.outlet, self.stated_date, self.headline,
                           " ".join(self.text.split())))
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        return f"{self.date if self.date != UNKNOWN else 'nodate'}_{digest}"


@dataclass
class ExportRead:
    """What reading one export gave: its articles, notes for the report, and the database
    lines that belong to no article (the cover page), as removal-log rows."""

    articles: list[Article]
    notes: list[str] = field(default_factory=list)
    removed: list[dict[str, object]] = field(default_factory=list)


_NATIVE = {"nederlands": "nl", "dansk": "da", "deutsch": "de", "english": "en",
           "français": "fr", "francais": "fr", "svenska": "sv", "norsk": "nb", "suomi": "fi",
           "español": "es", "italiano": "it", "português": "pt", "néerlandais": "nl",
           "danois": "da", "niederländisch": "nl", "dänisch": "da", "engels": "en",
           "engelsk": "en", "nederlandsk": "nl", "deens": "da"}


def language_code(stated: str) -> str:
    """The kit's code for a language as an export names it ("DUTCH", "Dansk", "nl"), or
    ``unknown``.

    >>> language_code("DUTCH; NEDERLANDS"), language_code("Dansk"), language_code("Klingon")
    ('nl', 'da', 'unknown')
    """
    from ..languages import LANGUAGE_NAMES

    by_name = {name: code for code, name in LANGUAGE_NAMES.items()} | _NATIVE
    for part in stated.replace(",", ";").split(";"):
        word = part.strip().casefold()
        if word in LANGUAGE_NAMES:
            return word
        if word in by_name:
            return by_name[word]
        if word == "no":
            return "nb"
    return UNKNOWN


def store_field(article: Article, paragraph: tuple[int, str], found: tuple[str, str],
           removed: list[dict[str, object]]) -> None:
    """Put one labelled line of an export (Section:, Length:, Byline:, URL:, Language:) into
    ``article`` and log it as a database line: both Nexis formats label them alike."""
    (i, text), (label, value) = paragraph, found
    rule = FIELD_RULES.get(label, "export-field")
    if rule == "export-section":
        article.export_section = value
    elif rule == "export-length":
        article.length = value
    elif rule == "export-byline":
        article.export_byline = value
    elif rule == "export-url":
        article.url = value
    elif rule == "export-language":
        code = language_code(value)
        if code != "unknown":
            article.language, article.language_status = code, f"stated in the export ({value})"
    removed.append(log_row("", i + 1, rule, text))
