"""More kinds of page furniture on Dutch and Danish news pages, by general rules (issue 11).

Each kind has lines that go and, beside them, article lines of nearly the same shape that must
stay (when in doubt a line is kept and the log says why). Every line is made up, in the manner
of Dutch and Danish news pages; none is a page's words.
"""

from __future__ import annotations

import pytest
from made_up_pages import DA as _DA
from made_up_pages import DA2 as _DA2
from made_up_pages import DA_LONG as _DA_LONG
from made_up_pages import NL as _NL
from made_up_pages import NL2 as _NL2
from made_up_pages import NL_LONG as _NL_LONG
from made_up_pages import lines as _lines
from made_up_pages import rule_of as _rule_of

from framelab import clean_text


@pytest.mark.parametrize("language, intro, items", [
    ("nl", "De app kent drie soorten berichten:",
     ["Uitslagen van het onderzoek naar de zorg", "Columns", "Grafieken"]),
    ("da", "Sitet har tre slags artikler:", ["Resultater af de nye målinger", "Klummer", "Grafer"]),
])
def test_a_one_word_item_of_a_list_below_a_colon_is_no_label(language: str, intro: str,
                                                             items: list[str]) -> None:
    """A single word near the top is a section label, unless it is an item of a list that a line
    ending with a colon announces, with only short lines between: then it stays, with why."""
    body, body2 = (_NL, _NL2) if language == "nl" else (_DA, _DA2)
    page = ["Nieuwe app" if language == "nl" else "Ny app", body, intro, *items, body2]
    cleaned = clean_text("\n".join(page), language=language)
    assert _lines(cleaned) == page
    why = cleaned.kept.set_index("removed").loc[items[1], "reason"]
    assert "colon" in why and "list" in why
    # the same word as a label above the headline still goes
    label = clean_text("\n".join([items[1], page[0], body, body2]), language=language)
    assert _rule_of(label, items[1]) == f"label-line-{language}"
    # and after a paragraph the list has ended: a label above a block of other stories goes
    after = clean_text("\n".join([page[0], body, intro, items[0], body2, items[1],
                                  "1. En helt anden historie om noget andet"]), language=language)
    assert items[1] not in _lines(after)
