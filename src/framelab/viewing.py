"""Reading an article on screen: its metadata first, then its text in lines that fit.

>>> from framelab import load_corpus
>>> show_article(load_corpus(quiet=True), "003", width=70, limit=2)
003 · da · 2021-12 (prefix in the file) · outlet: unknown · agency: Ritzau/Reuters
Headline: USA: Nu er det op til Rusland at dæmpe Ukraine-krise
In English: US secretary of state Antony Blinken tells Sergei Lavrov,
at a meeting in Stockholm, that it is now up to Russia to de-escalate
at the Ukrainian border, and warns of "severe costs" if Russia
invades. Lavrov says Russia wants binding guarantees that NATO will
not admit Ukraine. A possible Putin–Biden summit is discussed.
----------------------------------------------------------------------
USA: Nu er det op til Rusland at dæmpe Ukraine-krise
<BLANKLINE>
Det er nu op til Rusland at nedtrappe den konflikt, der er blevet
bygget op ved den russiske grænse til Ukraine.
[... 19 more paragraph(s): show_article(corpus, '003', limit=None) shows all]
"""

from __future__ import annotations

import textwrap

import pandas as pd

from .errors import ArgumentError, check_type

__all__ = ["show_article"]


def show_article(
    corpus: pd.DataFrame,
    article: str,
    *,
    raw: bool = False,
    width: int = 88,
    limit: int | None = None,
) -> None:
    """Print one article: a metadata line, its English summary, then its paragraphs.

    Args:
        corpus: The table from :func:`framelab.load_corpus`.
        article: The article's id, e.g. ``"003"``.
        raw: Show the raw text as read from the file instead of the cleaned text.
        width: Wrap lines at this many characters (smaller for a projector).
        limit: Show only the first ``limit`` paragraphs.
    """
    check_type("article", article, str, "an article id in quotes, such as '003'")
    check_type("width", width, int, "a whole number of characters, such as 80")
    matches = corpus[corpus["id"] == article]
    if matches.empty:
        raise ArgumentError(f"article={article!r} is not in the corpus. The ids are: "
                            f"{', '.join(map(repr, corpus['id']))}.")
    row = matches.iloc[0]
    print(f"{row['id']} · {row['language']} · {row['date']} ({row['date_status']}) · "
          f"outlet: {row['outlet']} · agency: {row['agency']}")
    print(f"Headline: {row['headline']}")
    print(textwrap.fill(f"In English: {row['summary_en']}", width=width))
    print("-" * width)
    paragraphs = [p for p in str(row["raw_text" if raw else "text"]).split("\n") if p.strip()]
    shown = paragraphs if limit is None else paragraphs[:limit]
    print("\n\n".join(textwrap.fill(p, width=width) for p in shown))
    if len(shown) < len(paragraphs):
        print(f"[... {len(paragraphs) - len(shown)} more paragraph(s): "
              f"show_article(corpus, {article!r}, limit=None) shows all]")
