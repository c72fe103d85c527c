"""Naming choices: Kiev or Kyiv, Zelenski or Zelenskyy, invasie or operatie — who uses which.

Names are framing choices. "Kiev" follows the Russian spelling, "Kyiv" the Ukrainian one (the
#KyivNotKiev campaign began on 2 October 2018; each newsroom makes its own choice, and when an
outlet changed its spelling is a question for its archive or style guide). "Operatie" is the Kremlin's word for the invasion; an outlet that uses
it in its own voice adopts that frame, one that quotes it reports it. So :func:`naming` counts
each variant twice: in the outlet's own sentences and inside quotations.

The variants are an editable table (``data/naming_variants.csv``): concept, variant, language,
note. Variants match whole words with their capitals ("NAVO" is not "Navo"), also as the part of
a hyphenated word ("NAVO-troepen" counts as NAVO).

The table has Dutch and Danish variants. An article in another language gets no rows, and a
:class:`~framelab.errors.MissingResourceWarning` says so; add rows with its language to a copy
of :func:`naming_variants` and pass it as ``variants=``.

>>> from framelab import load_corpus
>>> table = naming(load_corpus(quiet=True))
>>> table[table["concept"] == "Kyiv"][["article", "variant", "count"]].values.tolist()
[['001', 'Kyiv', 2], ['004', 'Kiev', 2]]
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from importlib.resources import files

import pandas as pd

from .errors import (
    MissingResourceWarning,
    check_table,
    missing_resource_message,
    uncovered_articles,
)
from .sourcing import _quotes
from .tokens import check_corpus_table, tokenize

__all__ = ["naming", "naming_variants"]

NAMING_COLUMNS = ("article", "date", "language", "concept", "variant", "count", "in_quotes",
                  "own_voice")


@lru_cache(maxsize=1)
def _bundled() -> pd.DataFrame:
    with files("framelab").joinpath("data", "naming_variants.csv").open(encoding="utf-8") as f:
        return pd.read_csv(f, dtype=str, keep_default_na=False)


def naming_variants(language: str | None = None) -> pd.DataFrame:
    """The naming variants the kit looks for (a copy you may edit).

    >>> naming_variants("nl").query("concept == 'Putin'")["variant"].tolist()
    ['Poetin', 'Putin']
    """
    table = _bundled()
    if language is not None:
        table = table[table["language"] == language]
    return table.reset_index(drop=True).copy()


def _count(tokens: list[str], concepts_of: dict[str, tuple[str, ...]]
           ) -> dict[tuple[str, str], int]:
    """Count variants per (concept, variant); a hyphenated word counts through its parts.

    ``concepts_of`` gives each variant's concepts (:func:`_concepts_of`). Per concept a token
    counts once: as a whole where it is one of the concept's variants, else through its first
    part that is ("NAVO-troepen" counts as NAVO).

    >>> _count(["NAVO", "NAVO-troepen", "Navo"], _concepts_of({"NATO": ["NAVO"]}))
    {('NATO', 'NAVO'): 2}
    """
    counts: dict[tuple[str, str], int] = {}
    for token in tokens:
        whole = concepts_of.get(token, ())
        for concept in whole:
            counts[concept, token] = counts.get((concept, token), 0) + 1
        if "-" not in token:
            continue
        done = set(whole)
        for part in token.split("-"):
            for concept in concepts_of.get(part, ()):
                if concept not in done:
                    counts[concept, part] = counts.get((concept, part), 0) + 1
                    done.add(concept)
    return counts


def _concepts_of(variants: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each variant's concepts, in the table's order (a variant may name two concepts)."""
    concepts_of: dict[str, list[str]] = {}
    for concept, names in variants.items():
        for name in dict.fromkeys(names):
            concepts_of.setdefault(name, []).append(concept)
    return {name: tuple(concepts) for name, concepts in concepts_of.items()}


def naming(corpus: pd.DataFrame, *, variants: pd.DataFrame | None = None) -> pd.DataFrame:
    """Count each naming variant per article, in the outlet's own voice and inside quotes.

    Args:
        corpus: The table from :func:`framelab.load_corpus`.
        variants: Your own variants table (default: :func:`naming_variants`), e.g. a copy with
            rows for English or German added.

    Returns:
        One row per article and variant found: article, date, language, concept, variant,
        count, in_quotes, own_voice (= count - in_quotes); in corpus order.
    """
    check_corpus_table(corpus, ("id", "language", "text", "date"))
    if variants is None:
        table = _bundled()
    else:
        table = check_table(variants, ("concept", "variant", "language"), name="variants",
                            source="framelab.naming_variants() (a copy with your rows added)")
    covered = set(table["language"])
    missing = uncovered_articles(corpus, covered)
    if missing:
        warnings.warn(missing_resource_message(
            missing, "naming variants", "{they} {have} no rows in this table",
            "Add rows with language {codes} (concept, variant) to a copy of "
            "framelab.naming_variants() and pass it as variants=your_table."),
            MissingResourceWarning, stacklevel=2)
    quoted, _ = _quotes(corpus, None, None)
    # Each article's quotes and each language's variants, looked up once: on 20,000 articles,
    # selecting them again for every article took longer than a lesson's cell may run.
    quotes_of: dict[object, list[str]] = {}
    for article_id, quote in zip(quoted["article"], quoted["quote"], strict=True):
        quotes_of.setdefault(article_id, []).append(quote)
    per_language: dict[str, tuple[dict[tuple[str, str], int], dict[str, tuple[str, ...]]]] = {}
    rows = []
    for article in corpus.itertuples(index=False):
        if article.language not in covered:
            continue
        if article.language not in per_language:
            lang = table[table["language"] == article.language]
            concepts: dict[str, list[str]] = {}
            for row in lang.itertuples(index=False):
                concepts.setdefault(row.concept, []).append(row.variant)
            places = {(c, v): i for i, (c, v) in enumerate(zip(lang["concept"], lang["variant"],
                                                               strict=True))}
            per_language[article.language] = (places, _concepts_of(concepts))
        order, by_concept = per_language[article.language]
        total = _count(tokenize(article.text, article.language), by_concept)
        inside: dict[tuple[str, str], int] = {}
        for quote in quotes_of.get(article.id, ()):
            for key, n in _count(tokenize(quote, article.language), by_concept).items():
                inside[key] = inside.get(key, 0) + n
        for (concept, variant), n in sorted(total.items(), key=lambda kv: order.get(kv[0], 0)):
            q = inside.get((concept, variant), 0)
            rows.append({"article": article.id, "date": article.date,
                         "language": article.language, "concept": concept, "variant": variant,
                         "count": n, "in_quotes": q, "own_voice": n - q})
    return pd.DataFrame(rows, columns=list(NAMING_COLUMNS))
