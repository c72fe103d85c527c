"""Words of the corpus that look like a word with no hits: the same without accents or
capitals, or nearly the same.

A word that occurs nowhere is mostly a spelling the corpus does not use: "Oekraine" for
"Oekraïne" (a letter with an accent is another letter to the computer), "Navo" where only
"NAVO" is written, or a typing slip. :func:`no_hits_note` says which words of the corpus it
might be; :func:`framelab.count_words` and :func:`framelab.concordance` show it as a note
(a :class:`~framelab.errors.NoHitsWarning`), without changing what they return.

>>> similar_words("Oekraine", ["Oekraïne", "Rusland", "oekraïners"])
['Oekraïne']
>>> similar_words("Rusland", ["Rusland"])
[]
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

__all__ = ["fold", "no_hits_note", "similar_words"]


#: Letters that NFKD does not split into a letter and an accent, as a student without them on
#: the keyboard types them (Danish æ and ø: "Aero" for "Ærø").
_PLAIN = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d"})


def fold(word: str) -> str:
    """``word`` without accents and capitals (NFKD, its combining marks left out; æ as ae).

    >>> fold("Oekraïne"), fold("Ærø"), fold("Ålborg")
    ('oekraine', 'aero', 'alborg')
    """
    parts = unicodedata.normalize("NFKD", word.casefold().translate(_PLAIN))
    return "".join(c for c in parts if not unicodedata.combining(c))


def similar_words(word: str, vocabulary: Iterable[str], most: int = 3, *,
                  ignore_case: bool = True) -> list[str]:
    """The words of ``vocabulary`` that equal ``word`` without accents and capitals, else the
    nearest ones (difflib, after folding); none if ``word`` itself is there (ignoring case,
    unless ``ignore_case=False``)."""
    known = sorted(set(vocabulary))
    same_word = (lambda w: w.casefold() == word.casefold()) if ignore_case else word.__eq__
    if any(same_word(w) for w in known):
        return []
    same = [w for w in known if fold(w) == fold(word)]
    if same:
        return same[:most]
    by_fold: dict[str, list[str]] = {}
    for w in known:
        by_fold.setdefault(fold(w), []).append(w)
    near = difflib.get_close_matches(fold(word), list(by_fold), n=most, cutoff=0.8)
    return [w for f in near for w in by_fold[f]][:most]


def no_hits_note(word: str, vocabulary: Iterable[str], where: str, *,
                 ignore_case: bool = True) -> str | None:
    """The note for a ``word`` with no hits in ``where`` ("the corpus"), if the corpus has words
    like it; None if it has none.

    >>> no_hits_note("Oekraine", ["Oekraïne"], "the 5 articles")
    "'Oekraine' does not occur in the 5 articles, but 'Oekraïne' does: did you mean it? (To the computer, ï is another letter than i.)"
    >>> no_hits_note("Oekraine", ["Rusland"], "the 5 articles") is None
    True
    """
    found = similar_words(word, vocabulary, ignore_case=ignore_case)
    if not found:
        return None
    shown = " or ".join(repr(w) for w in found)
    one = len(found) == 1
    note = (f"{word!r} does not occur in {where}, but {shown} {'does' if one else 'do'}: did "
            f"you mean {'it' if one else 'one of them'}?")
    accents = [c for c in found[0] if fold(c) != c.casefold()]
    if fold(found[0]) == fold(word) and accents:
        note += f" (To the computer, {accents[0]} is another letter than {fold(accents[0])}.)"
    return note
