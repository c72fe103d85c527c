"""Stopwords, stems and lemmas (Dutch, Danish, English, German ...): word lists you can inspect.

- **Stopwords** are the frequent function words ("de", "het", "en"; "og", "det", "at") that
  fill the top of every frequency list. They come from the ``stop-words`` package on the Python
  package index (BSD-3 licence; 106 Dutch and 94 Danish words, close to the Snowball lists), so
  nothing is downloaded while the kit runs. The lists differ in size per language: the English
  one is long (1,333 words, with "said", "world" and "million" in it), the German one has 263;
  look at a list before you count without it. :func:`stopwords` returns a list you can read, and
  its ``extra=`` and ``remove=`` options make your own list: you decide what counts as noise.
  NLTK's ``nltk.corpus.stopwords`` would need a download; the kit does not use it.
- **Stems** cut words down to a common form by rules: NLTK's Snowball stemmers ('dutch',
  'danish', 'english', 'german', ...: the names of :data:`framelab.sentences.LANGUAGE_NAMES`). Fast and crude: "Oekraïense" becomes "oekraien", not a word.
  (``ignore_stopwords=True`` would need downloaded data, so the kit does not use it.)
- **Lemmas** are dictionary forms, looked up in the word lists of ``simplemma`` (MIT licence):
  "Oekraïners" becomes "Oekraïner", "zei" becomes "zeggen".

:func:`stem_lemma_table` shows both side by side:

>>> stem_lemma_table(["Oekraïne", "Oekraïense", "Oekraïners", "zei"], "nl")
         word      stem      lemma
0    Oekraïne   oekrain   Oekraïne
1  Oekraïense  oekraien  Oekraïens
2  Oekraïners  oekrainer  Oekraïner
3         zei       zei     zeggen

The same for the other languages of :data:`framelab.sentences.LANGUAGES`:

>>> stem_lemma_table(["Truppen", "sagte", "Verhandlungen"], "de")
            word     stem        lemma
0        Truppen    trupp       Truppe
1          sagte     sagt        sagen
2  Verhandlungen  verhandl  Verhandlung
>>> lemmas(["troops", "said", "Russia's"], "en"), stems(["troops", "negotiations"], "en")
(['troop', 'say', 'Russia'], ['troop', 'negoti'])
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, partial
from typing import TYPE_CHECKING

import pandas as pd
from stop_words import get_stop_words

from . import lemmaindex
from .errors import ArgumentError, ArgumentTypeError, a_type
from .languages import LANGUAGE_NAMES, check_language

if TYPE_CHECKING:
    from nltk.stem.snowball import SnowballStemmer

# simplemma and NLTK's Snowball stemmer are imported when first used: stopword lists need
# neither (simplemma takes 0.06 s to import, NLTK 0.2 s).

__all__ = ["lemmas", "remove_stopwords", "stem_lemma_table", "stems", "stopwords"]


@cache
def _package_stopwords(language: str) -> frozenset[str]:
    return frozenset(word.lower() for word in get_stop_words(LANGUAGE_NAMES[language]))


def _word_list(name: str, words: Iterable[str]) -> list[str]:
    """Check that ``words`` is a list of words (not one str, which would be a list of letters)."""
    if isinstance(words, str) or not isinstance(words, Iterable):
        raise ArgumentTypeError(
            f"{name} should be a list of words, such as {name}=['zei', 'aldus'], but it is "
            f"{a_type(words)}: {words!r:.60}. Put a single word in a list: {name}=[{words!r:.30}]."
        )
    listed = list(words)
    for word in listed:
        if not isinstance(word, str) or not word.strip():
            raise ArgumentTypeError(f"{name} should hold words (non-empty str), but it holds "
                                    f"{a_type(word)}: {word!r:.60}.")
    return [word.strip().lower() for word in listed]


def stopwords(language: str, *, extra: Iterable[str] = (), remove: Iterable[str] = ()) -> list[str]:
    """Return the stopword list of ``language``, sorted, lowercase, with your changes.

    Args:
        language: A code of :data:`framelab.sentences.LANGUAGES`, e.g. ``"nl"`` (Dutch),
            ``"da"`` (Danish), ``"en"`` (English) or ``"de"`` (German).
        extra: Words to add, e.g. the reporting verbs ``["zei", "aldus"]``.
        remove: Words to take out, e.g. ``["niet", "geen"]`` to keep negation in your counts.
            Each must be in the list: removing a word that is not there raises an error.

    Returns:
        A new list: changing it changes nothing in the kit.

    >>> len(stopwords("nl")), len(stopwords("da")), len(stopwords("de"))
    (106, 94, 263)
    >>> stopwords("nl")[:6]
    ['aan', 'af', 'al', 'alles', 'als', 'altijd']
    >>> "aldus" in stopwords("nl", extra=["aldus"]), "niet" in stopwords("nl", remove=["niet"])
    (True, False)
    """
    words = set(_package_stopwords(check_language(language)))
    removed = _word_list("remove", remove)
    missing = [word for word in removed if word not in words]
    if missing:
        raise ArgumentError(
            f"remove={missing!r:.60}: {', '.join(map(repr, missing))} is not in the "
            f"{LANGUAGE_NAMES[language].title()} stopword list, so it cannot be removed. "
            f"See the list with stopwords({language!r}), and remove only words that are in it."
        )
    words.update(_word_list("extra", extra))
    words.difference_update(removed)
    return sorted(words)


def remove_stopwords(tokens: Iterable[str], language: str, *, extra: Iterable[str] = (),
                     remove: Iterable[str] = ()) -> list[str]:
    """Return ``tokens`` without the stopwords of ``language``, ignoring case; order is kept.

    ``extra`` and ``remove`` change the list as in :func:`stopwords`.

    >>> remove_stopwords(["De", "NAVO", "is", "niet", "geïnteresseerd"], "nl")
    ['NAVO', 'geïnteresseerd']
    >>> remove_stopwords(["De", "NAVO", "is", "niet", "geïnteresseerd"], "nl", remove=["niet"])
    ['NAVO', 'niet', 'geïnteresseerd']
    """
    listed = _token_list(tokens)
    drop = frozenset(stopwords(language, extra=extra, remove=remove))
    return [token for token in listed if token.lower() not in drop]


def _token_list(tokens: Iterable[str], name: str = "tokens") -> list[str]:
    """``tokens`` as a list; a text or one word is an error that says what to give instead.

    >>> _token_list("Oekraïne")
    Traceback (most recent call last):
    ...
    framelab.errors.ArgumentTypeError: tokens should be a list of tokens, but it is one word in quotes: 'Oekraïne'. Put it in a list: ['Oekraïne'].
    """
    if isinstance(tokens, str) and tokens.strip() and len(tokens.split()) == 1:
        raise ArgumentTypeError(
            f"{name} should be a list of tokens, but it is one word in quotes: {tokens!r}. Put "
            f"it in a list: [{tokens.strip()!r}].")
    if isinstance(tokens, str) or not isinstance(tokens, Iterable):
        raise ArgumentTypeError(
            f"{name} should be a list of tokens, such as framelab.tokenize(text, 'nl'), but it "
            f"is {a_type(tokens)}: {tokens!r:.60}. Tokenise a text first."
        )
    return list(tokens)


@cache
def _stemmer(language: str) -> SnowballStemmer:
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer(LANGUAGE_NAMES[language], ignore_stopwords=False)


def stems(tokens: Iterable[str], language: str) -> list[str]:
    """Return the Snowball stem of each token (lowercase), with NLTK's stemmer for ``language``.

    >>> stems(["troepen", "Oekraïense", "NAVO-troepen"], "nl")
    ['troep', 'oekraien', 'navo-troep']
    >>> stems(["soldater", "russiske", "sagde"], "da")
    ['soldat', 'russisk', 'sagd']
    >>> stems(["Soldaten", "russischen", "sagte"], "de")
    ['soldat', 'russisch', 'sagt']
    """
    listed = _token_list(tokens)
    stem = _stemmer(check_language(language)).stem
    cache: dict[str, str] = {}
    return [cache[t] if t in cache else cache.setdefault(t, stem(t)) for t in listed]


# Why two ways to read simplemma's dictionaries: simplemma keeps each language's dictionary as an
# lzma-compressed, front-coded stream. By default it decodes the whole stream into a dict the
# first time a language is used, which every new kernel pays (Dutch 0.3 s, Danish 1.0 s of CPU:
# most of a lesson's two seconds). With ``low_memory=True`` it reads the stream once to index it
# (0.2 s and 0.3 s) and decodes a few records per lookup: about 14 µs per word instead of 3. The
# lemmas are the same (the same data and rules; tests/test_wordlists.py compares the two), so the
# kit takes the quick start for a lesson's few thousand words and the full dictionary from
# LOW_MEMORY_LIMIT different words on, and keeps to the full one once a language has loaded it.
# For Dutch and Danish the quick start reads the index the kit ships (framelab.lemmaindex:
# 0.04 s instead of 0.2 s and 0.35 s) when it was built from the installed simplemma's data.
LOW_MEMORY_LIMIT = 20_000
_FULL_DICTIONARY: set[str] = set()  # languages whose full dictionary simplemma has loaded


def _low_memory(language: str, different_words: int) -> bool:
    """Whether to look ``different_words`` words of ``language`` up in simplemma's index."""
    if language in _FULL_DICTIONARY:
        return False
    if different_words >= LOW_MEMORY_LIMIT:
        _FULL_DICTIONARY.add(language)
        return False
    return True


def _is_known(word: str, language: str) -> bool:
    """Whether simplemma's dictionary of ``language`` holds ``word`` (``simplemma.is_known``).

    Raises ValueError for a language simplemma has no dictionary for.

    >>> _is_known("verenigde", "nl"), _is_known("Lavrov", "nl")
    (True, False)
    """
    import simplemma

    if _low_memory(language, 1):
        return lemmaindex.is_known(word, language)
    return simplemma.is_known(word, lang=language)


def lemmas(tokens: Iterable[str], language: str) -> list[str]:
    """Return the lemma (dictionary form) of each token, looked up by ``simplemma``.

    A word simplemma does not know comes back as it is. Capitals are kept where the
    dictionary has them ("Oekraïner").

    >>> lemmas(["troepen", "Oekraïners", "zei"], "nl")
    ['troep', 'Oekraïner', 'zeggen']
    >>> lemmas(["soldater", "sagde", "mødet"], "da")
    ['soldat', 'sige', 'møde']
    >>> lemmas(["soldiers", "said", "talks"], "en")
    ['soldier', 'say', 'talk']
    """
    import simplemma

    listed = _token_list(tokens)
    lang = check_language(language)
    if _low_memory(lang, len(set(listed))):
        lemmatize = partial(lemmaindex.lemmatizer().lemmatize, lang=lang)
    else:
        lemmatize = partial(simplemma.lemmatize, lang=lang)
    cache: dict[str, str] = {}
    return [cache[t] if t in cache else cache.setdefault(t, lemmatize(t)) for t in listed]


def stem_lemma_table(words: Iterable[str], language: str) -> pd.DataFrame:
    """Return a table with each word, its Snowball stem and its simplemma lemma, side by side.

    >>> stem_lemma_table(["Ukraine", "Ukraines", "ukrainske"], "da")
          word    stem     lemma
    0    Ukraine  ukrain   Ukraine
    1   Ukraines  ukrain   Ukraine
    2  ukrainske  ukrainsk  ukrainsk

    One word in quotes is a list of one word: ``stem_lemma_table("Oekraïne", "nl")``.
    """
    one_word = isinstance(words, str) and len(words.split()) == 1
    listed = [words.strip()] if one_word else _token_list(words, "words")  # type: ignore[union-attr]
    return pd.DataFrame({"word": listed, "stem": stems(listed, language),
                         "lemma": lemmas(listed, language)})
