"""Regular expressions built from word lists, shared by the cleaning rules and the quote finder.

Kept in a module of its own, with nothing but :mod:`re`, so that reading and cleaning a corpus
can use it without importing the quote finder (and NLTK with it).
"""

from __future__ import annotations

import re

__all__ = ["alternation"]


def alternation(words: list[str]) -> str:
    """One regular expression for ``words``, as a trie: "Beeld|Billede|Foto" ->
    "(?:B(?:eeld|illede)|Foto)".

    Why: ``re`` tries the alternatives of a plain alternation one after another at every
    position of a text; a trie tries only the few that share what was read. Where a word is
    the start of a longer one ("zei", "zeiden"), the longer is tried first (a greedy ``?``), as
    a plain alternation with the longer words first would.

    >>> alternation(["Beeld", "Billede", "Foto"])
    '(?:B(?:eeld|illede)|Foto)'
    >>> alternation(["zei", "zeiden", "zegt"])
    'ze(?:gt|i(?:den)?)'
    >>> re.fullmatch(alternation(["zei", "zeiden"]), "zeiden") is not None
    True
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: the longer words are tried first (greedy "?")
        return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
    return body
