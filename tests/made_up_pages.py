"""Made-up paragraphs of Dutch and Danish news, and small helpers, for the cleaning tests.

Every line is invented in the manner of Dutch and Danish news pages; none is a page's words.
"""

from __future__ import annotations

from typing import Any

DA = "Kommunen vil bruge flere penge på skolerne, siger borgmesteren efter mødet i byrådet i går."
DA2 = "Forslaget skal nu behandles i udvalget, og en afgørelse ventes først efter sommerferien."
NL = "Het kabinet wil meer geld uitgeven aan defensie, zei de premier na afloop van het overleg."
NL2 = "De Tweede Kamer debatteert volgende week over de plannen, en de oppositie is kritisch."
# paragraphs of 100 or more characters: what stands after the last of them is the page's end
DA_LONG = ("Byrådet i Aalborg har vedtaget budgettet for næste år med et bredt flertal, og "
           "skolerne får flere lærere, oplyser kommunen.")
NL_LONG = ("De gemeenteraad van Utrecht heeft de begroting voor volgend jaar aangenomen met een "
           "ruime meerderheid, meldt de gemeente.")


def body(language: str) -> tuple[str, str]:
    """Two paragraphs of an article in ``language`` ("da" or "nl")."""
    return (DA, DA2) if language == "da" else (NL, NL2)


def lines(cleaned: Any) -> list[str]:
    """The non-empty lines of a :class:`framelab.Cleaned` text."""
    return [line for line in cleaned.text.split("\n") if line]


def rule_of(cleaned: Any, line: str) -> str:
    """The rule that removed ``line`` (exactly once) from a :class:`framelab.Cleaned`."""
    rows = cleaned.removed[cleaned.removed["removed"] == line]
    assert len(rows) == 1, (line, cleaned.removed[["rule", "removed"]].values.tolist())
    return str(rows["rule"].item())
