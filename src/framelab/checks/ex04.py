"""The checks of exercise 04 · Word frequencies."""

from __future__ import annotations

from .kinds import COUNT, TABLE, TEXT, TRUTH
from .questions import Answer, Question
from .rules import columns, lowercase, mistake, not_empty, not_zero, one_of


def _fl():
    import framelab
    return framelab


def _zeggen(**options):
    def test(value, variables):
        table = _fl().frequencies(variables["dutch"], **options)
        return value == int(table.loc[table["token"] == "zeggen", "count"].sum())
    return test


def _ttr(ascending):
    def test(value, variables):
        summary = _fl().lexical_summary(variables["dutch"])
        return value == summary.sort_values("type_token_ratio", ascending=ascending)["id"].iloc[0]
    return test


QUESTIONS = [
    Question(
        "q1",
        [Answer("geen_is_stopword", TRUTH, "the answer",
                "look the word up in the course's Dutch stopword list, written exactly as the "
                "list writes its words: in lowercase, \"geen\" (\"Geen\" with a capital is not "
                "on it).")],
        approach="framelab.stopwords gives the Dutch list; the word in lowercase, `in` that "
                 "list, gives True or False.",
        recipe='geen_is_stopword = "geen" in framelab.stopwords("nl")',
    ),
    Question(
        "q2",
        [Answer("top_002", TEXT, "the most frequent content word of 002",
                "count the words of article 002 only, with the stopwords removed.",
                rules=[lowercase("the frequency table"),
                       mistake(lambda v, ns: v in _fl().stopwords("nl"),
                               "is a stopword: the question asks for content words, with the "
                               "stopwords removed (stopwords=True)"),
                       mistake(lambda v, ns: v == _fl().frequencies(
                                   ns["corpus"], stopwords=True, top=1)["token"].iloc[0] and
                               v != _fl().frequencies(ns["corpus"][ns["corpus"]["id"] == "002"],
                                                      stopwords=True, top=1)["token"].iloc[0],
                               "is the most frequent word of the whole corpus: count only "
                               "article 002")])],
        approach="keep the row of article 002 only, count its words with framelab.frequencies "
                 "with the stopwords removed, and take the `token` of the first (most frequent) "
                 "row by its position.",
        recipe=('table = framelab.frequencies(corpus[corpus["id"] == "002"], stopwords=True, '
                'top=1)\ntop_002 = table["token"].iloc[0]'),
    ),
    Question(
        "q3",
        [Answer("oorlog", TABLE, "the table asked",
                "keep one row per Dutch article that has the word, with its per_1000.",
                key=lambda t: {"rows": sorted([str(i), round(float(p), 4)]
                                              for i, p in zip(t["id"], t["per_1000"], strict=True)),
                               "columns": sorted(str(c) for c in t.columns)},
                rules=[not_empty("no row has the token \"oorlog\"; count per article "
                                 "(by=\"id\") and compare the token column with \"oorlog\", in "
                                 "lowercase"),
                       columns(["id", "per_1000"])])],
        approach="framelab.frequencies with by= counts the words of each article separately; "
                 "keep the rows whose `token` is the word, then only the two columns asked.",
        recipe=('table = framelab.frequencies(dutch, by="id")\n'
                'oorlog = table[table["token"] == "oorlog"][["id", "per_1000"]]'),
    ),
    Question(
        "q4",
        [Answer("n_zeggen", COUNT, "the number of times the lemma \"zeggen\" occurs",
                "count lemmas (not tokens) in the Dutch articles, with the stopwords kept.",
                rules=[mistake(_zeggen(unit="lemma", stopwords=True),
                               "counts with the stopwords removed, and \"zei\" is a stopword: "
                               "keep them (leave stopwords= out)"),
                       mistake(_zeggen(),
                               "counts the word \"zeggen\" itself: count lemmas (unit=\"lemma\"), "
                               "so that zei and zegt count too"),
                       not_zero("the Dutch articles use forms of zeggen (zei, zegt ...)")])],
        approach="framelab.frequencies with unit= counts lemmas (keep the stopwords); take the "
                 "`count` of the row whose `token` is the lemma: a filter, then the one value "
                 "out of it.",
        recipe=('lemmas = framelab.frequencies(dutch, unit="lemma")\n'
                'n_zeggen = lemmas.loc[lemmas["token"] == "zeggen", "count"].item()'),
    ),
    Question(
        "q5",
        [Answer("highest_ttr", TEXT, "the Dutch article with the highest type/token ratio",
                "compare the type_token_ratio of the Dutch articles; the highest wins.",
                first=[mistake(lambda v, ns: isinstance(v, float) and 0 < v <= 1,
                               "is {value}, a ratio: the question asks for the id of the "
                               "article that has the highest one")],
                rules=[one_of(lambda ns: ns["dutch"]["id"], "the id of a Dutch article"),
                       mistake(_ttr(True),
                               "is the article with the lowest type/token ratio: sort highest "
                               "first (ascending=False)")])],
        approach="framelab.lexical_summary has a `type_token_ratio` column; sort by it, highest "
                 "first, and take the `id` of the first row by its position.",
        recipe=('summary = framelab.lexical_summary(dutch)\n'
                'highest_ttr = summary.sort_values("type_token_ratio", ascending=False)["id"]'
                '.iloc[0]'),
    ),
]
