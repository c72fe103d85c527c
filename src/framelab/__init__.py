"""Framing Lab: read, clean and compare news articles in Dutch and Danish (and other languages).

The functions a lesson uses are available straight from ``framelab``:

>>> import framelab
>>> corpus = framelab.load_corpus(quiet=True)
>>> corpus["language"].value_counts().to_dict()
{'nl': 4, 'da': 1}
"""

import gc
import sys
from importlib import import_module
from types import ModuleType
from typing import Any

from . import notebook
from .errors import (
    ActorTableWarning,
    ArgumentError,
    ArgumentTypeError,
    CorpusError,
    FramelabError,
    MissingResourceWarning,
    NoHitsWarning,
)

__version__ = "0.1.0"

# Why lazily: pandas, NLTK and matplotlib take most of a second to import (NLTK also imports
# scikit-learn where it is installed), and not every lesson, kernel or script needs all of them.
# Each public name below is imported from its module the first time it is used (PEP 562), so
# ``import framelab`` stays quick and ``framelab.plots`` costs matplotlib only when it is used.
_PUBLIC: dict[str, tuple[str, ...]] = {
    "checks": ("checks",),  # the module itself
    "plots": ("plots",),
    "cache": ("cache",),  # run-course's cache folder (framelab.cache.ENV)
    "cleaning": ("Cleaned", "clean_text", "cleaning_rules", "read_rules", "removal_log"),
    "coding": ("agreement", "coding_questions", "coding_sheet", "cohen_kappa",
               "frame_scores_from_coding", "read_coding_sheet"),
    "corpus": ("bundled_corpus_folder", "check_corpus", "guess_language", "load_corpus",
               "read_metadata", "text_folder"),
    "facts": ("CourseFacts", "course_facts"),
    "frames": ("frame_hits", "frame_lexicon", "frame_scores", "read_lexicon"),
    "frequencies": ("count_tokens", "frequencies", "hapaxes", "lexical_summary", "ngrams",
                    "type_token_ratio"),
    # News-database exports and tables: Nexis Uni, LexisNexis text, .csv/.xlsx/.json.
    "imports": ("imports", "drop_duplicates", "export_log", "find_duplicates", "import_corpus"),
    "keywords": ("keyness", "keyness_table", "periods"),
    "kwic": ("collocations", "concordance", "show_concordance"),
    "names": ("naming", "naming_variants"),
    "pipeline": ("Results", "analyse_folder"),  # Results: what analyse_folder returns
    "reading": ("TextFile", "read_text_file"),
    "languages": ("LANGUAGES",),
    "sentences": ("abbreviations", "split_sentences"),
    "setupcheck": ("setup_check",),
    "sourcing": ("actors", "quotes", "reporting_verbs", "roles", "unattributed",
                 "unknown_speakers", "who_speaks"),
    "text": ("count_words", "word_count", "words"),
    "tokens": ("tokenize", "tokenize_corpus", "tokenizer"),
    "viewing": ("show_article",),
    "wordlists": ("lemmas", "remove_stopwords", "stem_lemma_table", "stems", "stopwords"),
}
_MODULE_OF = {name: module for module, names in _PUBLIC.items() for name in names}


def _did_you_mean(name: str) -> str:
    """". Did you mean framelab.who_speaks?" for a misspelt public name; "" for none near.

    >>> _did_you_mean("who_speak")
    '. Did you mean framelab.who_speaks?'
    >>> _did_you_mean("__wrapped__")
    ''
    """
    if name.startswith("_"):  # Python and tools ask for such names; no tip for them
        return ""
    from difflib import get_close_matches

    near = get_close_matches(name, list(_MODULE_OF), n=1, cutoff=0.75)
    return f". Did you mean framelab.{near[0]}?" if near else ""


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None and not name.startswith("_") and _is_module(name):
        # one of the kit's own modules, not a public name (framelab.keywords.CRITICAL_VALUES,
        # as a tip names it): as after `import framelab.keywords`
        loaded = _import(name)
        globals()[name] = loaded
        return loaded
    if module is None:
        raise AttributeError(f"module 'framelab' has no attribute {name!r}" + _did_you_mean(name))
    loaded = _import(module)
    value = loaded if name == module else getattr(loaded, name)
    globals()[name] = value
    return value


def _is_module(name: str) -> bool:
    """Whether ``name`` is a module or subpackage of framelab (without importing it)."""
    from importlib.util import find_spec

    try:
        return find_spec(f"{__name__}.{name}") is not None
    except (ImportError, ValueError):
        return False


def _import(module: str) -> ModuleType:
    """Import the kit's ``module`` with Python's garbage collector paused: importing pandas,
    NLTK and matplotlib makes hundreds of thousands of objects, none of them garbage, and the
    collector would look through them all again and again (0.1 s of a lesson's first cells).
    It runs again as before once the import is done."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return import_module(f"{__name__}.{module}")
    finally:
        if paused:
            gc.enable()


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(ModuleType):
    """The package's own type, for one name: ``framelab.frequencies`` is the function, although
    a module of that name exists. Importing a submodule sets the package's attribute of its
    name to the module; this keeps the function there."""

    @property
    def frequencies(self) -> Any:
        return import_module(f"{__name__}.frequencies").frequencies

    @frequencies.setter
    def frequencies(self, value: Any) -> None:
        pass  # the import system setting the submodule (import framelab.frequencies)


sys.modules[__name__].__class__ = _Package

notebook.install()  # in Jupyter: the kit's own errors show as a message a student can act on

__all__ = [
    "__version__",
    "ActorTableWarning",
    "ArgumentError",
    "ArgumentTypeError",
    "Cleaned",
    "LANGUAGES",
    "CourseFacts",
    "CorpusError",
    "FramelabError",
    "MissingResourceWarning",
    "NoHitsWarning",
    "Results",
    "TextFile",
    "abbreviations",
    "actors",
    "agreement",
    "analyse_folder",
    "bundled_corpus_folder",
    "check_corpus",
    "checks",
    "clean_text",
    "cleaning_rules",
    "coding_questions",
    "coding_sheet",
    "cohen_kappa",
    "collocations",
    "concordance",
    "count_tokens",
    "count_words",
    "course_facts",
    "frame_hits",
    "frame_lexicon",
    "frame_scores",
    "frame_scores_from_coding",
    "frequencies",
    "guess_language",
    "hapaxes",
    "keyness",
    "keyness_table",
    "lemmas",
    "lexical_summary",
    "load_corpus",
    "naming",
    "naming_variants",
    "ngrams",
    "notebook",
    "periods",
    "plots",
    "quotes",
    "read_coding_sheet",
    "read_lexicon",
    "read_metadata",
    "read_rules",
    "read_text_file",
    "removal_log",
    "remove_stopwords",
    "reporting_verbs",
    "roles",
    "setup_check",
    "show_article",
    "show_concordance",
    "split_sentences",
    "stem_lemma_table",
    "stems",
    "stopwords",
    "text_folder",
    "tokenize",
    "tokenize_corpus",
    "tokenizer",
    "type_token_ratio",
    "unattributed",
    "unknown_speakers",
    "who_speaks",
    "word_count",
    "words",
    # news-database exports and tables
    "drop_duplicates",
    "export_log",
    "find_duplicates",
    "import_corpus",
    "imports",
]
