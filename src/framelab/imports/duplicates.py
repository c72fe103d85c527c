"""Finding duplicate stories: the same agency copy under several outlets, or the same article
in two exports.

Two texts are the same story when most of the five-word sequences of the shorter one also
occur in the other (80% by default): a copy with another headline, a shortened copy, or one
with a few words changed counts, a second story on the same event does not. Candidate pairs
come from an index of the sequences, so a corpus of thousands of articles is compared in
seconds, not every pair with every other.

>>> import pandas as pd
>>> story = "Rusland wil garanties dat de NAVO niet verder uitbreidt naar het oosten. " * 3
>>> corpus = pd.DataFrame({"id": ["a", "b", "c"], "text": [story, "Kop\\n\\n" + story,
...                        "Een heel ander verhaal over de boerenprotesten in Den Haag en Brussel."]})
>>> find_duplicates(corpus)[["group", "id", "kept"]].to_dict("records")
[{'group': 1, 'id': 'a', 'kept': True}, {'group': 1, 'id': 'b', 'kept': False}]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

import pandas as pd

from ..errors import check_choice, check_table, check_type

__all__ = ["KEEP", "drop_duplicates", "find_duplicates", "duplicate_groups"]

#: Which article of a group of duplicates is kept.
KEEP = ("first", "longest", "earliest")
SHINGLE = 5
_WORD = re.compile(r"\w+")


def _shingles(text: str) -> set[int]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {hash(tuple(words))} if words else set()
    return {hash(gram) for gram in zip(*(words[i:] for i in range(SHINGLE)), strict=False)}


def duplicate_groups(texts: list[str], *, threshold: float = 0.8) -> list[tuple[list[int], dict[int, float]]]:
    """Groups of texts that tell the same story, as positions; with each member's share of
    sequences in common with the group's first member (which has 1.0)."""
    sets = [_shingles(text) for text in texts]
    index: dict[int, list[int]] = defaultdict(list)
    for n, shingles in enumerate(sets):
        for shingle in shingles:
            index[shingle].append(n)
    limit = max(50, len(texts) // 10)  # a sequence in many texts is boilerplate, not a story
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if 1 < len(members) <= limit:
            shared.update(combinations(members, 2))
    parent = list(range(len(texts)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    similarity: dict[tuple[int, int], float] = {}
    for (a, b), count in shared.items():
        share = count / max(1, min(len(sets[a]), len(sets[b])))
        if share >= threshold:
            similarity[(a, b)] = share
            parent[root(b)] = root(a)
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(texts)):
        groups[root(n)].append(n)
    out = []
    for members in groups.values():
        if len(members) > 1:
            members.sort()
            first = members[0]
            share = {first: 1.0}
            for other in members[1:]:
                share[other] = similarity.get((first, other), similarity.get((other, first), 0.0))
                if not share[other]:  # joined through a third text: its own overlap with the first
                    common = len(sets[first] & sets[other])
                    share[other] = common / max(1, min(len(sets[first]), len(sets[other])))
            out.append((members, share))
    return sorted(out, key=lambda group: group[0][0])


def _kept(corpus: pd.DataFrame, members: list[int], keep: str) -> int:
    if keep == "longest":
        return max(members, key=lambda n: (len(str(corpus.iloc[n]["text"])), -n))
    if keep == "earliest" and "date" in corpus.columns:
        dated = [n for n in members if str(corpus.iloc[n]["date"]) not in ("unknown", "", "nan")]
        if dated:
            return min(dated, key=lambda n: (str(corpus.iloc[n]["date"]), n))
    return members[0]


def find_duplicates(corpus: pd.DataFrame, *, threshold: float = 0.8, keep: str = "first"
                    ) -> pd.DataFrame:
    """Find the duplicate stories of a corpus, one row per article that has a duplicate.

    Args:
        corpus: A table from :func:`framelab.load_corpus` (it needs ``id`` and ``text``).
        threshold: The share of five-word sequences that makes two texts one story (0.8).
        keep: Which one of each group :func:`drop_duplicates` would keep: ``"first"`` (in the
            corpus's order), ``"longest"`` or ``"earliest"`` (by date).

    Returns:
        A table with the columns group, id, outlet, date, headline, words, similarity (the
        share of sequences in common with the group's first article) and kept. Empty: no
        duplicates.

    >>> import framelab
    >>> find_duplicates(framelab.load_corpus(quiet=True)).empty  # five different stories
    True
    """
    check_table(corpus, ("id", "text"))
    check_type("threshold", threshold, (int, float), "a share between 0 and 1, such as 0.8")
    check_choice("keep", keep, KEEP)
    columns = ["group", "id", "outlet", "date", "headline", "words", "similarity", "kept"]
    rows = []
    groups = duplicate_groups([str(text) for text in corpus["text"]], threshold=threshold)
    for number, (members, share) in enumerate(groups, 1):
        kept = _kept(corpus, members, keep)
        for n in members:
            row = corpus.iloc[n]
            rows.append({"group": number, "id": row["id"],
                         "outlet": row.get("outlet", "unknown"), "date": row.get("date", "unknown"),
                         "headline": row.get("headline", "unknown"),
                         "words": len(_WORD.findall(str(row["text"]))),
                         "similarity": round(share[n], 2), "kept": n == kept})
    return pd.DataFrame(rows, columns=columns)


def drop_duplicates(corpus: pd.DataFrame, *, keep: str = "first", threshold: float = 0.8
                    ) -> pd.DataFrame:
    """Keep one article of each group of duplicate stories (see :func:`find_duplicates`).

    >>> import framelab
    >>> corpus = framelab.load_corpus(quiet=True)
    >>> len(drop_duplicates(corpus)) == len(corpus)  # the course's five articles are distinct
    True
    """
    found = find_duplicates(corpus, threshold=threshold, keep=keep)
    dropped = set(found.loc[~found["kept"], "id"]) if not found.empty else set()
    return corpus[~corpus["id"].isin(dropped)].reset_index(drop=True)
