"""Kinds of Dutch and Danish news writing that decide who speaks (issue 11, session 6).

Each kind is a general pattern of news copy, tested on sentences written for these tests (no
page's words or names), with near-misses that keep the speaker they had, or none: where a rule
cannot be sure, the quotation keeps no speaker rather than a wrong one.
"""

from __future__ import annotations

import pytest

from framelab.sourcing import find_quotes

# (text, language, [[speaker, attribution], ...])
KINDS = [
    # An organisation named in full, later by its common noun ("de raad", "Retten",
    # "kommunen"): the noun is that organisation, one speaker.
    ("Het plan is te duur, vindt de Landelijke Zorgraad. Dat is „geen goed idee”, stelt de raad "
     "in een brief.", "nl",
     [["Landelijke Zorgraad", "named after the quote"]]),
    ("Vestre Byret afsagde dom i går.\nByretten skriver, at han »handlede forsætligt«.\n"
     "Retten tilføjer, at straffen er »passende«.", "da",
     [["Vestre Byret", "named before the quote"], ["Vestre Byret", "named before the quote"]]),
    ("Aalborg Kommune har svaret. »Vi ser på sagen«, skriver kommunen.", "da",
     [["Aalborg Kommune", "named after the quote"]]),
    # ... not with two organisations of that noun before it (which one is unclear) ...
    ("Vestre Byret og Østre Landsret var uenige. Retten skriver, at han »handlede forsætligt«.",
     "da", [["Retten", "named before the quote"]]),
    # ... nor one named only after the quotation ...
    ("»Vi ser på sagen«, skriver kommunen.\nAalborg Kommune har ikke svaret mere.", "da",
     [["kommunen", "named after the quote"]]),
    # ... nor a surname that looks like a definite noun
    ("Peter Hans kom for sent. »Det er fint«, siger Hansen.", "da",
     [["Hansen", "named after the quote"]]),
]


@pytest.mark.parametrize("text, language, expected", KINDS)
def test_kinds_of_news_writing(text: str, language: str, expected: list[list[str]]) -> None:
    found = find_quotes(text, language)
    assert found[["speaker", "attribution"]].values.tolist() == expected
