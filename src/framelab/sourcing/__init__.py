"""Sourcing, or who speaks: direct quotations, their speakers and reporting verbs, in Dutch and
Danish news.

:func:`quotes` finds every direct quotation in each article — full quotes and fragments — in
every quotation style of Dutch, Flemish and Danish copy (:mod:`.marks`): “…”, „…”, ‘…’, '…',
"…", »…« and direct speech opened by a paragraph-initial dash ("- Jeg tror …, siger Blinken.").
Apostrophes are not quotes: "USA's", "zo'n", "regio's", "'s avonds", "'90".

Each quotation gets a speaker read from the text itself (:mod:`.speakers`), by rules a student
can follow; the ``attribution`` column says which one fired (:mod:`.finder`):

- a name next to a reporting verb, in either order ("…”, zei Rutte", "Kallas noemt het »…«"),
  after a colon ("Ollongren: “…”"), after "volgens", "ifølge", "lyder det fra";
- a role or pronoun for a person introduced before: "NAVO-chef Mark Rutte … aldus de
  NAVO-chef", "udenrigsminister Lars Løkke Rasmussen (M) … siger han";
- the next sentence ("Dat zei Rutte."), the previous speaker for a continued quotation, or a
  known actor the sentence names.

A name the actor table (:func:`actors`, with sides such as Russia, Ukraine, West) does not know
is kept as written, with side "unknown": :func:`unknown_speakers` lists those, as rows to paste
into your own actor table, and :func:`unattributed` lists the quotations with no speaker at all.
The reporting verbs (:func:`reporting_verbs`) have a stance: "zei" is neutral, "beweerde"
evaluates.

This is a rule-based finder, like the Gender Gap Tracker's English quote extractor; it uses no
parser. It is right for the five course articles (the tests list every quotation) and a good
first pass elsewhere: always read the sentences it shows you.

The reporting verbs are Dutch and Danish. For an article in another language the finder has
no reporting verbs unless you pass your own table as ``verbs=`` with rows for that language;
without them it returns no quotations for it and says so with a
:class:`~framelab.errors.MissingResourceWarning`. With them, English and German work too: the
pronouns "he", "she" and "er" are known, "according to" and "laut" work like "volgens", and in
English the name may come before the verb after the quote ("…,” Lavrov said.").

>>> from framelab import load_corpus
>>> found = quotes(load_corpus(quiet=True))
>>> found.loc[found["article"] == "002", ["speaker", "verb", "attribution"]].head(3).values.tolist()
[['Sergei Lavrov', 'aldus', 'named after the quote'], ['Sergei Lavrov', '', 'continuation'], ['Sky News', 'Volgens', 'named before the quote']]
"""

# The internal names other modules and the tests use (the pipeline's fast path, names.py).
from .finder import QUOTE_COLUMNS, find_quotes, quotes, unattributed, unknown_speakers, who_speaks
from .finder import _quote_rows as _quote_rows
from .finder import _quotes as _quotes
from .marks import _mask as _mask
from .marks import _mask_by_char as _mask_by_char
from .marks import _spans as _spans
from .speakers import Speakers
from .tables import VERB_COLUMNS, actors, reporting_verbs, roles
from .tables import _rules as _rules
from .tables import _verb_key as _verb_key

__all__ = ["QUOTE_COLUMNS", "VERB_COLUMNS", "Speakers", "actors", "find_quotes", "quotes",
           "reporting_verbs", "roles", "unattributed", "unknown_speakers", "who_speaks"]
