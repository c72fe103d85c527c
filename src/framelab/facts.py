"""The facts about a corpus that the lessons use: read from ``course.toml``, or worked out.

A lesson shows an article, follows a few words and names, and splits the articles into
"before" and "after" an event. For the course's own articles those choices are written in
``corpus/course.toml`` (the invasion of Ukraine on 24 February 2022, Lavrov, "invasie", ...).
Teaching with another corpus, put a ``course.toml`` beside its ``metadata.csv`` with your own
choices; leave a fact out (or the whole file) and :func:`course_facts` works it out from the
articles and says so in :meth:`CourseFacts.table`.

>>> facts = course_facts()
>>> facts.event_date, facts.event_label
('2022-02-24', 'Russian invasion of Ukraine')
>>> facts.example("show"), facts.speaker, facts.language
('003', 'Lavrov', 'nl')

The file is TOML (Python reads it with :mod:`tomllib`, no package needed). All keys are optional::

    title = "My corpus"
    event_date = "2020-03-11"
    event_label = "WHO declares a pandemic"
    article = "000"
    words = ["lockdown", "virus"]
    topic_words = ["vaccin", "ziekenhuis"]
    stem_word = "besmetten"
    names = ["Rutte", "De Jonge"]
    speaker = "Rutte"
    node = "virus"
    naming_concepts = []
    actors = "actors.csv"   # your actor table (see framelab.actors), beside this file

    [examples]        # an article for one step of one lesson, by the name the lesson uses
    show = "003"
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .cache import cached, folder_state
from .corpus import SHORT_ARTICLE_WORDS, _resolve, _text_folder, load_corpus
from .errors import ArgumentTypeError, CorpusError, a_type, display_path

__all__ = ["CONFIG_NAME", "CourseFacts", "course_facts"]

#: The name of the configuration file, beside ``metadata.csv``.
CONFIG_NAME = "course.toml"
FROM_FILE = "course.toml"
#: Where event_date came from when no article of the corpus has a date.
NO_DATES = "the course's default: no article has a date; add dates to metadata.csv (YYYY-MM-DD)"
#: What run-course says under the facts table when no article has a date.
NO_DATES_NOTE = ("Note: no article has a date, so event_date is the course's default and the "
                 "before/after lessons (06 keyness) cannot split your corpus (no article is before "
                 "or after it). Add dates to metadata.csv (YYYY-MM-DD, or day first as "
                 "27-2-2022).")

_KEYS: dict[str, str] = {
    "title": "text",
    "language": "text",
    "event_date": "text",
    "event_label": "text",
    "article": "text",
    "words": "list",
    "topic_words": "list",
    "stem_word": "text",
    "names": "list",
    "speaker": "text",
    "node": "text",
    "naming_concepts": "list",
    "actors": "text",
    "examples": "table",
}
#: The name of an actor table beside ``metadata.csv`` that the lessons use without being told.
ACTORS_NAME = "actors.csv"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class CourseFacts:
    """What the lessons need to know about a corpus, and where each fact came from.

    Attributes:
        folder: The corpus folder.
        texts: The folder that holds its .txt files (``folder`` or ``folder/raw``).
        title: A name for the corpus.
        language: The language most articles are in; lessons that look at one language use it.
        event_date: The day (YYYY-MM-DD) that splits the articles into "before" and "after".
        event_label: What happened that day, for plots.
        article: The article id a lesson shows when it does not name a step (see :meth:`example`).
        words: Words to follow in context (lower case, as the tokenizer gives them): in the
            course's articles, the words for the war ("invasie", "oorlog", ...).
        topic_words: Words to compare between articles (lower case).
        stem_word: A word whose forms vary, to show matching by stem and lemma.
        names: People (or places) to follow, spelled as in the texts.
        speaker: One person whose quotes and mentions a lesson follows.
        node: A word whose neighbours (collocations) a lesson looks at.
        naming_concepts: The naming concepts a lesson plots (empty: all).
        examples: Article ids for named steps of the lessons, e.g. ``{"show": "003"}``.
        sources: For each fact, "course.toml" or how it was worked out.
        actors: The corpus's own actor table (a CSV file: ``actors = "..."`` in course.toml,
            else an ``actors.csv`` beside ``metadata.csv``), whose rows the lessons add to the
            kit's with ``framelab.actors(facts.actors)``; "" for the kit's table alone.
    """

    folder: Path
    texts: Path
    title: str
    language: str
    event_date: str
    event_label: str
    article: str
    words: tuple[str, ...]
    topic_words: tuple[str, ...]
    stem_word: str
    names: tuple[str, ...]
    speaker: str
    node: str
    naming_concepts: tuple[str, ...]
    examples: Mapping[str, str] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)
    actors: str = ""

    def example(self, step: str) -> str:
        """The article id for one step of a lesson: ``examples[step]``, else :attr:`article`.

        >>> course_facts().example("no such step")
        '000'
        """
        return self.examples.get(step, self.article)

    @property
    def bundled(self) -> bool:
        """True for the course's own articles (the lessons' text describes those)."""
        from .corpus import bundled_corpus_folder

        return self.folder.resolve() == bundled_corpus_folder().resolve()

    def table(self) -> pd.DataFrame:
        """The facts as a table: fact, value, and where it came from.

        >>> course_facts().table().loc[1].tolist()
        ['language', 'nl', 'course.toml']
        """
        names = ["title", "language", "event_date", "event_label", "article", "words",
                 "topic_words", "stem_word", "names", "speaker", "node", "naming_concepts",
                 "actors"]
        rows = []
        for name in names:
            value = getattr(self, name)
            shown = ", ".join(value) if isinstance(value, tuple) else value
            if name == "actors" and value:  # the file, as seen from the corpus folder
                try:
                    shown = Path(value).relative_to(self.folder.resolve()).as_posix()
                except ValueError:
                    shown = display_path(value)
            empty = "(the kit's)" if name == "actors" else "(all)"
            rows.append({"fact": name, "value": shown or empty,
                         "from": self.sources.get(name, "")})
        for step, article in sorted(self.examples.items()):
            rows.append({"fact": f"examples.{step}", "value": article,
                         "from": self.sources.get(f"examples.{step}", FROM_FILE)})
        return pd.DataFrame(rows)


def _config_path(folder: Path) -> Path | None:
    texts, metadata = _text_folder(folder)
    for candidate in (metadata.parent if metadata else None, folder, texts):
        if candidate is not None and (candidate / CONFIG_NAME).is_file():
            return candidate / CONFIG_NAME
    return None


def read_config(path: str | Path) -> dict[str, Any]:
    """Read and check a ``course.toml``; every problem is named with the file and the key.

    >>> read_config(bundled_config())["event_date"]
    '2022-02-24'
    """
    path = Path(path)
    shown = display_path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise CorpusError(f"{shown} is not saved as UTF-8 text. Open it in a text editor and "
                          "save it again as UTF-8.") from None
    except tomllib.TOMLDecodeError as error:
        raise CorpusError(f"{shown} could not be read as TOML ({error}). Each line should look "
                          'like  key = "text"  or  words = ["one", "two"].') from None
    for key, value in data.items():
        kind = _KEYS.get(key)
        if kind is None:
            near = difflib.get_close_matches(str(key), list(_KEYS), n=1, cutoff=0.6)
            hint = f" Did you mean {near[0]!r}?" if near else ""
            raise CorpusError(f"{shown}: {key!r} is not a fact the lessons use.{hint} The keys "
                              f"are: {', '.join(_KEYS)}. Correct the spelling, or remove the "
                              "line.")
        if kind == "text" and not (isinstance(value, str) and value.strip()):
            raise CorpusError(f'{shown}: {key} should be a text in quotes, like {key} = "...", '
                              f"but it is {a_type(value)}: {value!r:.60}.")
        if kind == "list" and not (isinstance(value, list)
                                   and all(isinstance(v, str) and v.strip() for v in value)):
            raise CorpusError(f'{shown}: {key} should be a list of texts, like {key} = ["one", '
                              f'"two"], but it is {value!r:.60}.')
        if kind == "table" and not (isinstance(value, dict)
                                    and all(isinstance(v, str) for v in value.values())):
            raise CorpusError(f"{shown}: [{key}] should be a table of article ids, like "
                              f'[{key}] then show = "003" on the next line.')
    if "event_date" in data:
        date = data["event_date"]
        try:
            ok = bool(_DAY.fullmatch(date)) and pd.Timestamp(date) is not None
        except ValueError:
            ok = False
        if not ok:
            raise CorpusError(f'{shown}: event_date = "{date}" is not a day; write it as '
                              'YYYY-MM-DD, e.g. event_date = "2022-02-24".')
    return data


def bundled_config() -> Path:
    """The ``course.toml`` of the course's own articles."""
    from .corpus import bundled_corpus_folder

    return bundled_corpus_folder() / CONFIG_NAME


def course_facts(folder: str | Path | None = None, *, corpus: pd.DataFrame | None = None
                 ) -> CourseFacts:
    """Return the facts the lessons use about a corpus folder (default: the course's own).

    Facts come from the folder's ``course.toml`` (beside ``metadata.csv``); those it does not
    give are worked out from the articles, and :meth:`CourseFacts.table` says which.

    Args:
        folder: The corpus folder, as for :func:`framelab.load_corpus`; ``None`` for the
            course's articles.
        corpus: The table :func:`framelab.load_corpus` made of that folder, if you have it
            (saves loading it again).

    >>> facts = course_facts()
    >>> facts.words[:2], facts.names[:2]
    (('invasie', 'inval'), ('Lavrov', 'Peskov'))
    """
    where = _resolve(folder)
    if corpus is not None and not isinstance(corpus, pd.DataFrame):
        raise ArgumentTypeError(f"corpus should be the table from framelab.load_corpus(), but "
                                f"it is {a_type(corpus)}.")
    if corpus is None:  # the folder's facts: run-course's kernels read them from its cache
        return cached("facts", lambda: (str(where.resolve()), folder_state(
            where, *[where / "raw"] * (where / "raw").is_dir())),
            lambda: _work_out(where, None))
    return _work_out(where, corpus)


def _work_out(where: Path, corpus: pd.DataFrame | None) -> CourseFacts:
    """The facts of the folder ``where`` (see :func:`course_facts`)."""
    config_path = _config_path(where)
    config = read_config(config_path) if config_path else {}
    if corpus is None:
        corpus = load_corpus(where, quiet=True)
    if corpus.empty:
        raise CorpusError(f"The folder {display_path(where)} has no articles the kit could "
                          "read, so there are no facts to work out. Check it with "
                          "framelab.check_corpus(folder).")
    ids = set(corpus["id"])
    shown = display_path(config_path) if config_path else ""
    for key in ("article", *(f"examples.{k}" for k in config.get("examples", {}))):
        value = (config.get("examples", {}).get(key.split(".", 1)[1])
                 if key.startswith("examples.") else config.get(key))
        if value is not None and value not in ids:
            raise CorpusError(f"{shown}: {key} = {value!r} is not an article id of this corpus"
                              f"{_nearest_id(str(value), ids)} Write one of its ids there "
                              "(the column id of metadata.csv, or the start of a file name), "
                              "or delete the line to let the kit choose.")

    sources: dict[str, str] = {key: FROM_FILE for key in config}
    values: dict[str, Any] = {}

    def fact(key: str, how: str, work_out: Any) -> Any:
        if key in config:
            return config[key]
        sources[key] = how
        return work_out()

    values["title"] = fact("title", "the folder's name", lambda: where.resolve().name)
    values["language"] = fact("language", "the language most articles are in",
                              lambda: _main_language(corpus))
    in_language = corpus[corpus["language"] == values["language"]]
    middle = _middle_date(corpus)
    values["event_date"] = fact("event_date", "the middle of the articles' dates" if middle
                                else NO_DATES, lambda: middle or _course_event_date())
    values["event_label"] = fact("event_label", "no event named",
                                 lambda: "middle of the corpus" if middle else "no dates")
    values["article"] = fact("article", "the first article in that language (not a far "
                             "shorter one)", lambda: _example_article(in_language if
                                                                      len(in_language) else corpus))
    top_words: list[list[str]] = []  # counted once for words and topic_words

    def content_words() -> list[str]:
        if not top_words:
            top_words.append(_top_words(in_language))
        return top_words[0]

    values["words"] = tuple(fact("words", "the most frequent content words in that language",
                                 content_words))
    values["topic_words"] = tuple(fact("topic_words", "the most frequent content words in that "
                                       "language", content_words))
    values["stem_word"] = fact("stem_word", "the first of words",
                               lambda: values["words"][0] if values["words"] else "")
    values["names"] = tuple(fact("names", "the most frequent first name + surname pairs in that "
                                 "language",
                                 lambda: _top_names(in_language)))
    values["speaker"] = fact("speaker", "the most quoted speaker in that language, else the "
                             "first of names",
                             lambda: _top_speaker(in_language) or (values["names"] or ("",))[0])
    values["node"] = fact("node", "the first of words",
                          lambda: values["words"][0] if values["words"] else "")
    values["naming_concepts"] = tuple(fact("naming_concepts", "all concepts", lambda: ()))
    values["actors"] = _actor_file(where, config, config_path, sources)
    examples = dict(config.get("examples", {}))
    if "other_language" not in examples:
        others = sorted(corpus.loc[corpus["language"] != values["language"], "id"])
        examples["other_language"] = others[0] if others else values["article"]
        sources["examples.other_language"] = "the first article in another language"
    return CourseFacts(folder=where, texts=_text_folder(where)[0], examples=examples,
                       sources=sources, **values)


def _nearest_id(value: str, ids: set[str]) -> str:
    """The end of the message for an id that is not one of ``ids``: the nearest id, and the ids
    (all of them up to 12, else the first and last few and how many there are).

    >>> print(_nearest_id("a3", {"a1", "a2"}))
    ; the nearest is 'a2'. Its ids are a1 and a2.
    >>> print(_nearest_id("zz", {f"{i:03d}" for i in range(40)}))
    . Its 40 ids are 000, 001, 002, 003, 004, 005 ... 035, 036, 037, 038, 039.
    """
    ordered = sorted(ids)
    near = difflib.get_close_matches(value, ordered, n=1, cutoff=0.5)
    nearest = f"; the nearest is {near[0]!r}." if near else "."
    if len(ordered) <= 12:
        listed = (", ".join(ordered[:-1]) + " and " if len(ordered) > 1 else "") + ordered[-1]
        return f"{nearest} Its ids are {listed}."
    listed = ", ".join(ordered[:6]) + " ... " + ", ".join(ordered[-5:])
    return f"{nearest} Its {len(ordered)} ids are {listed}."


def corpus_actor_file(folder: str | Path | None = None) -> str:
    """The path of a corpus folder's own actor table, as :func:`course_facts` finds it (the
    ``actors`` of its course.toml, else an ``actors.csv`` beside its ``metadata.csv``); "" for
    a folder without one. Quick: only course.toml is read, not the articles.

    >>> corpus_actor_file()  # the course's own articles: the kit's table alone
    ''
    """
    where = _resolve(folder)
    config_path = _config_path(where)
    config = read_config(config_path) if config_path else {}
    return _actor_file(where, config, config_path, {}, check=False)


def _actor_file(where: Path, config: dict[str, Any], config_path: Path | None,
                sources: dict[str, str], *, check: bool = True) -> str:
    """The corpus's actor table: ``actors`` of course.toml (beside it), else an actors.csv
    beside metadata.csv or in the folder; "" for none. The file is read and checked here, so
    that a problem is named before a lesson runs."""
    from .sourcing.tables import read_actor_file

    if "actors" in config:
        assert config_path is not None
        path = config_path.parent / config["actors"]
        if not path.is_file():
            raise CorpusError(f'{display_path(config_path)}: actors = "{config["actors"]}" '
                              f"names no file: {display_path(path)} was not found. Put the "
                              "actor table there, or correct the name (it is read beside "
                              "course.toml).")
    else:
        texts, metadata = _text_folder(where)
        candidates = [c / ACTORS_NAME for c in (metadata.parent if metadata else None, where)
                      if c is not None]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            sources["actors"] = "the kit's actor table (no actors.csv in the folder)"
            return ""
        sources["actors"] = f"{ACTORS_NAME} beside metadata.csv"
    if check:
        read_actor_file(path)  # a problem is named now, with the file
    return path.resolve().as_posix()


def _example_article(corpus: pd.DataFrame) -> str:
    """The id of the first article (by id) that is not far shorter than the others (the files
    ``load_corpus`` notes as too short: a teaser or a caption), else the first article.

    >>> table = pd.DataFrame({"id": ["001", "002"], "text": ["Kort.", "Een gewoon artikel " * 40]})
    >>> _example_article(table)
    '002'
    """
    rows = sorted(zip(corpus["id"].astype(str), corpus["text"].astype(str), strict=True))
    sizes = [len(text.split()) for _, text in rows]
    middle = float(pd.Series(sizes).median()) if sizes else 0.0
    for (article, _), size in zip(rows, sizes, strict=True):
        if not (size < SHORT_ARTICLE_WORDS and size < middle / 4):
            return article
    return rows[0][0]


def _main_language(corpus: pd.DataFrame) -> str:
    """The most frequent language; a tie goes to the first code in the alphabet."""
    counts = corpus["language"].astype(str).value_counts()
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]


def _middle_date(corpus: pd.DataFrame) -> str:
    """The middle date of the dated articles, as a day (a month or year gets its first day);
    "" when no article has a date (no day is made up)."""
    dated = sorted(d for d in corpus.get("date", pd.Series(dtype=str)) if d and d != "unknown")
    if not dated:
        return ""
    middle = dated[len(dated) // 2]
    return {0: f"{middle}-01-01", 1: f"{middle}-01"}.get(middle.count("-"), middle)


def _course_event_date() -> str:
    """The event_date of the course's own course.toml (the lessons' default)."""
    return str(read_config(bundled_config())["event_date"])


def _top_words(corpus: pd.DataFrame, n: int = 4) -> list[str]:
    """The most frequent content words (no stopwords, no numbers, at least three letters)."""
    from .frequencies import frequencies
    from .sentences import LANGUAGES

    corpus = corpus[corpus["language"].isin(LANGUAGES)]
    if corpus.empty:
        return []
    table = frequencies(corpus, stopwords=True, numbers="drop")
    words = [w for w in table["token"] if len(w) >= 3 and w.isalpha()]
    return words[:n]


def _top_speaker(corpus: pd.DataFrame) -> str:
    """The speaker with the most quotations, where the kit can find quotations."""
    import warnings

    from .sourcing import quotes

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = quotes(corpus)
    except Exception:  # a language without quotation rules: fall back to the names
        return ""
    speakers = found["speaker"].dropna() if "speaker" in found else pd.Series(dtype=str)
    speakers = speakers[speakers.astype(str).str.strip() != ""]
    if speakers.empty:
        return ""
    counts = speakers.value_counts()
    best = str(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0])
    return best.split()[-1]  # "Sergei Lavrov" → "Lavrov", as the articles mostly write


def _top_names(corpus: pd.DataFrame, n: int = 4) -> list[str]:
    """Surnames: the second of two capitalised words inside a sentence ("Sergej Lavrov"), most
    frequent first; if there are none, capitalised words that do not start a sentence.

    A simple stand-in for named-entity recognition, which needs models the kit does not ship.
    German capitalises every noun, so the pairs come first ("Jens Hartmann", not "Windpark").
    A place or a body is two capitalised words too: "Verenigde Staten", "Verenigd Koninkrijk",
    "Europese Unie". Its first word is an adjective (a dictionary word ending in -e or -d, as
    simplemma knows it) and its second never stands alone, while a surname usually does
    ("Lavrov zei"); such pairs are not names. Nor is a pair whose second word never stands
    alone and is an ordinary word the texts also write in lowercase: "Jammerbugt Kommune"
    (with "kommune" elsewhere), "Rode Kruis", "Europese Commissie".
    """
    from .sentences import LANGUAGES, split_sentences
    from .tokens import tokenize
    from .wordlists import _is_known, stopwords

    pairs: Counter[str] = Counter()
    single: Counter[str] = Counter()
    alone: Counter[str] = Counter()  # a capitalised word between two words that are not
    lowercase: set[str] = set()  # the words the texts also write in lowercase ("kommune")
    firsts: dict[str, set[tuple[str, str]]] = {}  # surname: the (word, language) before it
    for row in corpus.itertuples():
        if row.language not in LANGUAGES:
            continue
        stop = set(stopwords(row.language))

        def capitalised(token: str, stop: set[str] = stop) -> bool:
            return (len(token) > 1 and token[0].isupper() and token.isalpha()
                    and token.casefold() not in stop)

        for sentence in split_sentences(row.text, row.language):
            tokens = tokenize(sentence, row.language, lowercase=False)
            # The first word has a capital anyway: it only counts as the first of a pair
            # ("Jammerbugt Kommune har …", "Mette Frederiksen siger …"), never alone.
            run: list[str] = tokens[:1] if tokens and capitalised(tokens[0]) else []
            for token in [*tokens[1:], ""]:
                if token.islower():
                    lowercase.add(token)
                if capitalised(token):
                    run.append(token)
                    if len(token) > 2:
                        single[token] += 1
                    continue
                if len(run) >= 2 and len(run[-1]) > 2:  # "Sergej Lavrov", "Anna Vogel"
                    pairs[run[-1]] += 1
                    firsts.setdefault(run[-1], set()).add((run[-2], row.language))
                elif len(run) == 1 and run[0] is not tokens[0]:
                    alone[run[0]] += 1
                run = []

    def adjective(word: str, language: str) -> bool:
        try:
            return word.endswith(("e", "d")) and _is_known(word, language)
        except ValueError:  # a language simplemma has no dictionary for
            return False

    def place(word: str) -> bool:  # "Staten" of "Verenigde Staten"
        return not alone[word] and (all(adjective(first.lower(), language)
                                        for first, language in firsts[word])
                                    or word.lower() in lowercase)

    pairs = Counter({word: count for word, count in pairs.items() if not place(word)})
    counts = pairs or single
    return [word for word, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
