"""The checks of exercise 05 · Keywords in context and collocations."""

from __future__ import annotations

import math

from .kinds import COUNT, LIST, NUMBER, TABLE, TEXT
from .questions import Answer, Question
from .rules import (
    columns,
    in_range,
    lowercase,
    mistake,
    no_repeats,
    not_empty,
    not_zero,
    one_of,
    rounded,
    sorted_list,
)

SANCTIONS = {"sancties", "sanktioner"}


def _fl():
    import framelab
    return framelab


def _company(table_name):
    def test(value, variables):
        pairs = _fl().collocations(variables[table_name], node="lavrov", top=None)
        words = sorted((set(pairs["word_1"]) | set(pairs["word_2"])) - {"lavrov"})
        return value == words
    return test


def _o_f(variables):
    f = _fl().frequencies(variables["corpus"], stopwords=True, numbers="drop")
    f = f.set_index("token")["count"]
    pairs = _fl().collocations(variables["corpus"], node="troepen", top=None)
    row = pairs[(pairs["word_1"] == "russische") & (pairs["word_2"] == "troepen")]
    return int(row["count"].iloc[0]), int(f["russische"]), int(f["troepen"])


def _logdice(formula):
    def test(value, variables):
        o, fx, fy = _o_f(variables)
        return abs(value - formula(o, fx, fy)) < 1e-6
    return test


def _is_table(value, variables):
    import pandas as pd
    return isinstance(value, pd.DataFrame) and not value.empty


def _keywords(table):
    return {str(k).casefold() for k in table["keyword"]}


QUESTIONS = [
    Question(
        "q1",
        [Answer("n_lavrov", COUNT, "the number of times Lavrov is named",
                "count the lines of a concordance of \"Lavrov\" in the whole corpus.",
                first=[mistake(_is_table, "is a table, where one number is asked: the question "
                               "asks how often, one number")],
                rules=[not_zero("the corpus names Lavrov"),
                       mistake(lambda v, ns: v == len(_fl().concordance(ns["dutch"], "Lavrov")),
                               "counts the Dutch articles only: search the whole corpus "
                               "(all five articles)")])],
        approach="make a concordance of \"Lavrov\" of the whole corpus: it has one row for each "
                 "time he is named, so the answer is its number of rows (lesson 01 shows how to "
                 "count the rows of a table).",
        recipe='n_lavrov = len(framelab.concordance(corpus, "Lavrov"))',
    ),
    Question(
        "q2",
        [Answer("match_option", TEXT, "the option that finds both words",
                "try the options and look at the keyword column: which finds both words?",
                rules=[one_of(lambda ns: ["word", "stem", "lemma", "regex"],
                              "one of the four match= options (word, stem, lemma, regex)")])],
        approach="make a concordance of \"onderhandelen\" with each of the four match options "
                 "in turn and read the keyword column of each: which one finds both words?",
        recipe='match_option = "stem"',
    ),
    Question(
        "q3",
        [Answer("sanctions", TABLE, "the concordance asked",
                "find exactly the Dutch and the Danish word, sorted by the right context.",
                key=lambda t: {"keywords": sorted(str(k).casefold() for k in t["keyword"]),
                               "sorted": [str(r).casefold() for r in t["right"]] ==
                               sorted(str(r).casefold() for r in t["right"])},
                rules=[not_empty("your query found nothing; with match=\"regex\" the query is "
                                 "a regular expression (lesson 05)"),
                       columns(["article", "keyword", "right"], more=True),
                       mistake(lambda t, ns: _keywords(t) == {"sancties"},
                               "finds only the Dutch word: one regular expression can allow "
                               "\"c\" or \"k\" in one place"),
                       mistake(lambda t, ns: _keywords(t) == {"sanktioner"},
                               "finds only the Danish word: one regular expression can allow "
                               "\"c\" or \"k\" in one place"),
                       mistake(lambda t, ns: bool(_keywords(t) - SANCTIONS),
                               "also finds other words than the two for sanctions: read the "
                               "keyword column and make the pattern stricter"),
                       mistake(lambda t, ns: [str(r).casefold() for r in t["right"]] !=
                               sorted(str(r).casefold() for r in t["right"]),
                               "is not sorted by the right context (sort=...)")])],
        approach="one concordance of the whole corpus with the regular-expression match and "
                 "sorted by the right context; in the pattern, the letters in square brackets "
                 "allow either one (c or k) and dot-star any ending, as the question shows.",
        recipe='sanctions = framelab.concordance(corpus, "san[ck]ti.*", match="regex", sort="right")',
    ),
    Question(
        "q4",
        [Answer("lavrov_company", LIST, "the words that keep lavrov company in the Dutch "
                "articles",
                "take the other word of each pair of the Dutch articles' collocations.",
                rules=[not_empty("collocations found no pairs: use node=\"lavrov\" in "
                                 "lowercase on the Dutch articles"),
                       mistake(lambda v, ns: "lavrov" in v,
                               "still has \"lavrov\" itself: leave the node out"),
                       lowercase("the collocations table"),
                       no_repeats(), sorted_list(),
                       mistake(_company("corpus"),
                               "uses all five articles: the question asks about the Dutch "
                               "ones (dutch)")])],
        approach="compute the collocations of the node lavrov on the Dutch articles; each pair "
                 "has its words in the columns word_1 and word_2. Put the words of both columns "
                 "in one list, leave out lavrov itself, and keep each word once, sorted (the "
                 "question shows how).",
        recipe=('pairs = framelab.collocations(dutch, node="lavrov", top=None)\n'
                'words = list(pairs["word_1"]) + list(pairs["word_2"])\n'
                'lavrov_company = sorted(set(w for w in words if w != "lavrov"))'),
    ),
    Question(
        "q5",
        [Answer("logdice_rt", NUMBER, "the logDice of russische troepen",
                "check O, f_x and f_y against the two tables, and the formula.",
                rules=[mistake(_logdice(lambda o, fx, fy: 2 * o / (fx + fy)),
                               "is 2 O / (f_x + f_y) only: logDice is 14 + log2 of that"),
                       mistake(_logdice(lambda o, fx, fy: 14 + math.log10(2 * o / (fx + fy))),
                               "uses the logarithm to base 10: logDice uses log2 (math.log2)"),
                       mistake(_logdice(lambda o, fx, fy: 14 + math.log(2 * o / (fx + fy))),
                               "uses the natural logarithm: logDice uses log2 (math.log2)"),
                       mistake(_logdice(lambda o, fx, fy: 14 + math.log2(o / (fx + fy))),
                               "forgets the 2 in 2 O"),
                       rounded(lambda ns: 14 + math.log2(2 * _o_f(ns)[0] / sum(_o_f(ns)[1:]))),
                       in_range(-1e9, 15, "but logDice is 14 when the two words only ever "
                                "occur together, and only a wide window lifts it a little above "
                                "14: check O, f_x and f_y")])],
        approach="O is the count of the pair (russische, troepen) in the collocations of the "
                 "node troepen; f_x and f_y are the counts of the two words in the frequencies "
                 "table (stopwords and numbers left out, as the question says); then the formula "
                 "of the question, with the logarithm to base 2 of the math module.",
        recipe=('f = framelab.frequencies(corpus, stopwords=True, numbers="drop")'
                '.set_index("token")["count"]\n'
                'pairs = framelab.collocations(corpus, node="troepen", top=None)\n'
                'O = pairs.loc[(pairs["word_1"] == "russische") & (pairs["word_2"] == "troepen"),'
                ' "count"].item()\n'
                'logdice_rt = 14 + math.log2(2 * O / (f["russische"] + f["troepen"]))'),
    ),
]
