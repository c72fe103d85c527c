"""Framing Lab: read, clean and compare news articles in Dutch and Danish (and other languages).

The functions a lesson uses are available straight from ``framelab``:

>>> import framelab
>>> corpus = framelab.load_corpus(quiet=True)
>>> corpus["language"].value_counts().to_dict()
{'nl': 4, 'da': 1}
"""

from . import checks, notebook, plots
from .cleaning import Cleaned, clean_text, cleaning_rules, read_rules, removal_log
from .coding import (
    agreement,
    coding_questions,
    coding_sheet,
    cohen_kappa,
    frame_scores_from_coding,
    read_coding_sheet,
)
from .corpus import (
    bundled_corpus_folder,
    check_corpus,
    guess_language,
    load_corpus,
    read_metadata,
    text_folder,
)
from .errors import (
    ArgumentError,
    ArgumentTypeError,
    CorpusError,
    FramelabError,
    MissingResourceWarning,
)
from .facts import CourseFacts, course_facts
from .frames import frame_hits, frame_lexicon, frame_scores, read_lexicon
from .frequencies import (
    count_tokens,
    frequencies,
    hapaxes,
    lexical_summary,
    ngrams,
    type_token_ratio,
)
from .keywords import keyness, keyness_table, periods
from .kwic import collocations, concordance, show_concordance
from .names import naming, naming_variants
from .pipeline import analyse_folder
from .reading import TextFile, read_text_file
from .sentences import LANGUAGES, abbreviations, split_sentences
from .setupcheck import setup_check
from .sourcing import actors, quotes, reporting_verbs, who_speaks
from .text import count_words, word_count, words
from .tokens import tokenize, tokenize_corpus, tokenizer
from .viewing import show_article
from .wordlists import lemmas, remove_stopwords, stem_lemma_table, stems, stopwords

__version__ = "0.1.0"

notebook.install()  # in Jupyter: the kit's own errors show as a message a student can act on

__all__ = [
    "__version__",
    "ArgumentError",
    "ArgumentTypeError",
    "Cleaned",
    "LANGUAGES",
    "CourseFacts",
    "CorpusError",
    "FramelabError",
    "MissingResourceWarning",
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
    "who_speaks",
    "word_count",
    "words",
]
