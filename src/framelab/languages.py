"""The languages the kit tokenises: one table of codes and names, and the check of a code.

Kept apart from :mod:`framelab.sentences` (which imports NLTK's Punkt) so that reading a corpus
and checking its languages need no NLTK: ``load_corpus`` and the first lessons do not pay for
importing it (nor, where scikit-learn is installed, for NLTK's import of scikit-learn).
:mod:`framelab.sentences` gives the same names, as before.

>>> LANGUAGES[:4], LANGUAGE_NAMES["da"]
(('nl', 'da', 'en', 'de'), 'danish')
"""

from __future__ import annotations

from .errors import ArgumentError, _short, check_type

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "check_language", "language_name",
           "supported_languages_text"]

#: The languages the kit tokenises, one table: the code the corpus's ``language`` column
#: writes (ISO 639-1, as simplemma takes it) -> the name NLTK's Snowball stemmer and the
#: ``stop-words`` package use. These are the languages all three libraries support (with a
#: Latin alphabet); the course's own corpus is Dutch and Danish.
LANGUAGE_NAMES = {
    "nl": "dutch",
    "da": "danish",
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "sv": "swedish",
    "nb": "norwegian",  # Norwegian Bokmål: simplemma's code is nb, not no
    "fi": "finnish",
}
#: The language codes the kit tokenises, as the corpus's ``language`` column writes them.
LANGUAGES = tuple(LANGUAGE_NAMES)


def language_name(language: str) -> str:
    """The English name of a language code, for messages: 'English' for 'en'.

    >>> language_name("de"), language_name("nb"), language_name("xx")
    ('German', 'Norwegian', "'xx'")
    """
    name = LANGUAGE_NAMES.get(language)
    return name.title() if name else repr(language)


#: Codes and names people write for a language the kit knows: 'dk' is Denmark's country code,
#: Danish is 'da'; Flemish is Dutch ('nl'). Used only to suggest the right code in a message;
#: codes that are another language's ISO 639-1 code ('uk' Ukrainian, 'be' Belarusian, 'se'
#: Northern Sami) are never "corrected".
_MISTAKEN = {
    "dk": "da", "dan": "da", "danish": "da", "dansk": "da", "da-dk": "da", "da_dk": "da",
    "nld": "nl", "dut": "nl", "dutch": "nl", "nederlands": "nl", "flemish": "nl", "vlaams": "nl",
    "nl-be": "nl", "nl_be": "nl", "nl-nl": "nl", "nl_nl": "nl",
    "eng": "en", "english": "en", "gb": "en", "en-gb": "en", "en-us": "en",
    "ger": "de", "deu": "de", "german": "de", "deutsch": "de", "swe": "sv",
    "swedish": "sv", "no": "nb", "nn": "nb", "nor": "nb", "norwegian": "nb", "fin": "fi",
    "finnish": "fi", "fra": "fr", "fre": "fr", "french": "fr", "spa": "es", "spanish": "es",
    "ita": "it", "italian": "it", "por": "pt", "portuguese": "pt",
}


def suggested_code(language: object) -> str:
    """A sentence that names the right code for a code people often write by mistake, or "".

    >>> suggested_code("dk")
    "Did you mean 'da' (Danish)? "
    >>> suggested_code("NL-BE"), suggested_code("xx")
    ("Did you mean 'nl' (Dutch)? ", '')
    """
    if not isinstance(language, str):
        return ""
    code = _MISTAKEN.get(language.strip().casefold())
    if code is None and language.strip().casefold() in LANGUAGE_NAMES:
        code = language.strip().casefold()  # 'NL', ' da'
    return f"Did you mean {code!r} ({language_name(code)})? " if code else ""


def supported_languages_text() -> str:
    """The supported languages in words, for messages: "Dutch ('nl'), Danish ('da'), ..."."""
    return ", ".join(f"{language_name(code)} ({code!r})" for code in LANGUAGES)


def check_language(language: object) -> str:
    """Return ``language`` if the kit can tokenise it (see :data:`LANGUAGES`); otherwise explain.

    >>> check_language("da")
    'da'
    >>> check_language("xx")
    Traceback (most recent call last):
    ...
    framelab.errors.ArgumentError: language='xx' is not one of the choices: 'nl', 'da', 'en',
    'de', 'fr', 'es', 'it', 'pt', 'sv', 'nb', 'fi'. The kit's sentence splitter, tokenizer,
    stopwords, stems and lemmas have rules for these languages only: Dutch ('nl'), Danish ('da'),
    English ('en'), German ('de'), French ('fr'), Spanish ('es'), Italian ('it'), Portuguese
    ('pt'), Swedish ('sv'), Norwegian ('nb'), Finnish ('fi'). Write the language as one of these
    two-letter codes (e.g. language='en', not 'english'); a text in another language cannot be
    tokenised by the kit.
    """
    check_type("language", language, str, "a language code such as 'nl', 'da', 'en' or 'de'")
    if language in LANGUAGE_NAMES:
        return language
    choices = ", ".join(map(repr, LANGUAGES))
    raise ArgumentError(
        f"language={_short(language)} is not one of the choices: {choices}. "
        f"{suggested_code(language)}The kit's sentence "
        "splitter, tokenizer, stopwords, stems and lemmas have rules for these languages only: "
        f"{supported_languages_text()}. Write the language as one of these two-letter codes "
        "(e.g. language='en', not 'english'); a text in another language cannot be tokenised by "
        "the kit.")
