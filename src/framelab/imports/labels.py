"""The labelled lines that Nexis prints around an article ("Length: 355 words", "LOAD-DATE:"),
shared by the readers of the Nexis Uni .docx and the classic LexisNexis text export.

>>> label_of("Length:\\u00a0355 words")
('length', '355 words')
>>> label_of("Lorem ipsum: dolor sit amet, consectetur") is None
True
"""

from __future__ import annotations

import re

__all__ = ["FIELD_RULES", "TRAILER_LABELS", "label_of", "is_copyright"]

_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z-]*(?: [A-Za-z-]+){0,2}):[\s\u00a0]*(?P<value>.*)$")

#: Labels that may stand above the body, and the rule that takes each out.
FIELD_RULES = {
    "section": "export-section", "sectie": "export-section", "rubriek": "export-section",
    "sektion": "export-section", "rubrik": "export-section",
    "length": "export-length", "lengte": "export-length", "længde": "export-length",
    "byline": "export-byline", "author": "export-byline", "auteur": "export-byline",
    "forfatter": "export-byline",
    "language": "export-language", "taal": "export-language", "sprog": "export-language",
    "load-date": "export-load-date", "url": "export-url",
    "highlight": "export-field", "dateline": "export-field", "edition": "export-field",
    "graphic": "export-field", "type": "export-field", "version": "export-field",
}
#: Labels of the block after the body (Nexis Uni's classification block and the classic
#: export's trailer).
TRAILER_LABELS = frozenset({
    "load-date", "language", "publication-type", "journal code", "journal-code", "subject",
    "organization", "person", "geographic", "industry", "company", "ticker", "graphic",
    "notes", "url", "document-type", "correction-date", "type", "taal", "sprog",
    "publication type", "document type", "load date", "country", "city", "state",
})


def label_of(line: str) -> tuple[str, str] | None:
    """The label (lowercase) and value of a database line, if it is one the kit knows."""
    match = _LABEL.match(line.strip())
    if not match:
        return None
    label = match["label"].casefold()
    if label in FIELD_RULES or label in TRAILER_LABELS:
        return label, match["value"].strip()
    return None


def is_copyright(line: str) -> bool:
    """True for the database's copyright lines.

    >>> is_copyright("Copyright 2019 The Guardian"), is_copyright("All Rights Reserved")
    (True, True)
    """
    text = line.strip().casefold()
    return text.startswith(("copyright", "©", "(c) ")) or text.rstrip(".") == "all rights reserved"
