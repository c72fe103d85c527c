"""Framing Lab: read, clean and compare news articles in Dutch and Danish.

The functions a lesson uses are available straight from ``framelab``:

>>> import framelab
>>> corpus = framelab.load_corpus(quiet=True)
>>> corpus["language"].value_counts().to_dict()
{'nl': 4, 'da': 1}
"""

from . import checks, notebook, plots
from .cleaning import Cleaned, clean_text, cleaning_rules, read_rules, removal_log
from .corpus import (
    bundled_corpus_folder,
    check_corpus,
    guess_language,
    load_corpus,
    read_metadata,
)
from .errors import ArgumentError, ArgumentTypeError, CorpusError, FramelabError
from .frequencies import (
    count_tokens,
    frequencies,
    hapaxes,
    lexical_summary,
    ngrams,
    type_token_ratio,
)
from .reading import TextFile, read_text_file
from .sentences import abbreviations, split_sentences
from .setupcheck import setup_check
from .text import count_words, word_count, words
from .tokens import tokenize, tokenize_corpus, tokenizer
from .viewing import show_article
from .wordlists import lemmas, remove_stopwords, stem_lemma_table, stems, stopwords

__version__ = "0.1.0"

notebook.install()  # in Jupyter: the kit's own errors show as a message a student can act on

__all__ = [
    "ArgumentError",
    "ArgumentTypeError",
    "Cleaned",
    "CorpusError",
    "FramelabError",
    "TextFile",
    "__version__",
    "abbreviations",
    "bundled_corpus_folder",
    "check_corpus",
    "checks",
    "notebook",
    "plots",
    "clean_text",
    "count_tokens",
    "count_words",
    "cleaning_rules",
    "frequencies",
    "guess_language",
    "hapaxes",
    "lemmas",
    "lexical_summary",
    "load_corpus",
    "ngrams",
    "read_metadata",
    "read_rules",
    "read_text_file",
    "removal_log",
    "remove_stopwords",
    "setup_check",
    "show_article",
    "split_sentences",
    "stem_lemma_table",
    "stems",
    "stopwords",
    "tokenize",
    "tokenize_corpus",
    "tokenizer",
    "type_token_ratio",
    "word_count",
    "words",
]
