"""The shortcuts of analyse_folder's engine give what the plain path gives (issue 14).

Each shortcut rules out work that cannot change a result; each test here runs the plain path
(the shortcut switched off, or the unoptimised function) on the course's articles, the real
pages of tests/realpages and a generated folder, and compares. Quick on purpose: a few hundred
articles at most.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import framelab
from framelab.sourcing import finder, marks

REAL_PAGES = Path(__file__).resolve().parent / "realpages"

#: Texts that try the edges of the shortcuts: quotation marks and their look-alikes at the start
#: and end of a paragraph, two commas for „, dashes inside Danish paragraphs, no comma at all.
TRICKY = [
    ",,Waarom nu?\" vroeg hij. a,,b ,, c ,,d''",
    "”Det er slut”, siger han. (”Nej” sagde hun) x”y” ”",
    "‘Trump’s idee’ en a‘b’ ‘ ’",
    "'s avonds zei hij 'Nooit' en 'geen' 'USA's' x'y'",
    "Han kom i Erhvervsrådet. - Virksomhederne er klar, siger Kaj Christiansen",
    "Han kom i Erhvervsrådet: – Det er vigtigt",
    "- Vi kommer igen\n\nsiger han",
    "Geen komma en geen aanhalingsteken hier",
    "“Zo” „gaat” «het» »niet« \"meer\"",
]


@cache
def _texts() -> tuple[tuple[str, str], ...]:
    """(text, language) of the course's articles (raw and cleaned), the real pages (raw and
    cleaned) and :data:`TRICKY` (in both languages)."""
    corpus = framelab.load_corpus(quiet=True)
    pages = framelab.load_corpus(REAL_PAGES, quiet=True)
    found = []
    for table in (corpus, pages):
        for row in table.itertuples(index=False):
            found += [(row.raw_text, row.language), (row.text, row.language)]
    found += [(text, language) for text in TRICKY for language in ("nl", "da")]
    return tuple(found)


def test_each_quotation_pattern_starts_with_its_opening_mark() -> None:
    """_spans skips a pattern when the paragraph lacks its opening mark (",," for the two
    commas): every match of every pattern starts with that mark."""
    for text, _ in _texts():
        for paragraph in text.split("\n"):
            for _, pattern, opening in marks._SPAN_RE:
                for match in pattern.finditer(paragraph):
                    assert match.group().startswith(opening), (opening, match.group())


def test_articles_ruled_out_as_quoteless_have_no_quotations(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """_quote_rows returns nothing at once for a text _has_quotes rules out; read in full,
    such a text gives no quotation either."""
    ruled_out = [(text, language) for text, language in _texts()
                 if not finder._has_quotes(text, language)]
    assert ruled_out  # the tricky texts without marks, at least
    monkeypatch.setattr(finder, "_has_quotes", lambda text, language: True)
    for text, language in ruled_out:
        assert finder._quote_rows(text, language, "", framelab.sourcing._rules(language)) == []
