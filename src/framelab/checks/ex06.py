"""The checks of exercise 06 · Keyness."""

from __future__ import annotations

from .kinds import LIST, NUMBER, TABLE, TEXT
from .questions import Answer, Question
from .rules import columns, mistake, no_repeats, not_empty, one_of, sorted_list


def _abcd(variables):
    key, dutch = variables["key"], variables["dutch"]
    sizes = dutch.groupby("period")["words"].sum()
    row = key[key["word"] == "navo"].iloc[0]
    return (int(row["count_target"]), int(row["count_reference"]),
            int(sizes["after"]), int(sizes["before"]))


def _flipped(measure):
    def test(value, variables):
        from framelab import keywords
        a, b, c, d = _abcd(variables)
        right = getattr(keywords, measure)(a, b, c, d)
        return abs(value + right) < 1e-6 and abs(right) > 1e-9
    return test


def _significant(test):
    def found(value, variables):
        key = variables["key"]
        return value == sorted(key.loc[test(key["g2"]), "word"])
    return found


QUESTIONS = [
    Question(
        "q1",
        [Answer("label_003", TEXT, "the label of article 003 with that cut-off",
                "call framelab.periods with the new cut-off and read the label of article 003.",
                rules=[one_of(lambda ns: ["before", "after", "unknown"],
                              "a label that framelab.periods gives (before, after, unknown)"),
                       mistake(lambda v, ns: v == "before" and v == ns["corpus"].loc[
                                   ns["corpus"]["id"] == "003", "period"].item(),
                               "is 003's label with the invasion as the cut-off: use the "
                               "cut-off \"2021-12-15\"")])],
        approach="framelab.periods with the date 2021-12-15 gives one label per article, in "
                 "the order of the corpus; article 003 is the fourth, at position 3. Then ask"
                 " yourself why.",
        recipe='label_003 = framelab.periods(corpus, "2021-12-15").tolist()[3]',
    ),
    Question(
        "q2",
        [Answer("critical_01", NUMBER, "the critical value for p < .01",
                "look up the critical value for p < .01 (not .05 or .001).",
                rules=[mistake(lambda v, ns: abs(v - 3.84) < 1e-9, "is the value for p < .05"),
                       mistake(lambda v, ns: abs(v - 10.83) < 1e-9, "is the value for p < .001"),
                       mistake(lambda v, ns: abs(v - 0.01) < 1e-9,
                               "is the p value itself: the question asks for the G2 a word must "
                               "reach")])],
        approach="framelab.keywords.CRITICAL_VALUES is a dictionary from p to the critical "
                 "value; look up the key 0.01 in it.",
        recipe='critical_01 = framelab.keywords.CRITICAL_VALUES[0.01]',
    ),
    Question(
        "q3",
        [Answer("g2_navo", NUMBER, "the G2 of navo",
                "check the four numbers: a and c belong to the target (after), b and d to the "
                "reference (before).",
                rules=[mistake(_flipped("log_likelihood"),
                               "has the wrong sign: target and reference are swapped; a and c "
                               "are the counts of 'after', b and d those of 'before'")]),
         Answer("lr_navo", NUMBER, "the log ratio of navo",
                "use the same a, b, c and d as for G2.",
                rules=[mistake(_flipped("log_ratio"),
                               "has the wrong sign: target and reference are swapped")])],
        approach="in `key`, the row of the word \"navo\" gives a (count_target) and b "
                 "(count_reference); the words of the Dutch articles added up per period give"
                 " c (after) and d (before); then give a, b, c and d to log_likelihood and to"
                 " log_ratio.",
        recipe=('sizes = dutch.groupby("period")["words"].sum()\n'
                'row = key[key["word"] == "navo"].iloc[0]\n'
                'a, b = row["count_target"], row["count_reference"]\n'
                'c, d = sizes["after"], sizes["before"]\n'
                'g2_navo = log_likelihood(a, b, c, d)\nlr_navo = log_ratio(a, b, c, d)'),
    ),
    Question(
        "q4",
        [Answer("key_before", TABLE, "the keyness table with 'before' as the target",
                "use the Dutch articles, 'before' as the target, and the stopwords left out.",
                key=lambda t: {"n": len(t), "first": str(t["word"].iloc[0]),
                               "g2": round(float(t["g2"].iloc[0]), 4)},
                rules=[not_empty("keyness found no words: check by=\"period\" and the target "
                                 "\"before\""),
                       columns(["word", "g2", "log_ratio"], more=True),
                       mistake(lambda t, ns: str(t["word"].iloc[0]) == str(ns["key"]["word"].iloc[0]),
                               "starts with the same word as `key`, whose target is 'after': "
                               "make 'before' the target"),
                       mistake(lambda t, ns: bool({"de", "het", "een"} & set(t["word"])),
                               "has stopwords in it (de, het, een): leave them out with "
                               "stopwords=True")])],
        approach="framelab.keyness of the Dutch articles by period, with the stopwords "
                 "removed, as for `key` in the setup cell, but with the other period as the "
                 "target.",
        recipe='key_before = framelab.keyness(dutch, by="period", target="before", stopwords=True)',
    ),
    Question(
        "q5",
        [Answer("sig_01", LIST, "the list of words significant at p < .01",
                "compare the size of G2, whatever its sign, with the critical value of p < .01.",
                rules=[not_empty("no word passed your filter: compare G2 with 6.63"),
                       no_repeats(), sorted_list(),
                       mistake(_significant(lambda g2: g2 >= 6.63),
                               "has only the words key for 'after': words more frequent before "
                               "have a negative G2, so compare its size, .abs()"),
                       mistake(_significant(lambda g2: g2.abs() >= 3.84),
                               "uses the critical value of p < .05 (3.84)")])],
        approach="the size of G2 whatever its sign is its absolute value (abs); keep the rows"
                 " of `key` where it is at least 6.63, take their `word` column and sort the "
                 "words.",
        recipe='sig_01 = sorted(key.loc[key["g2"].abs() >= 6.63, "word"])',
    ),
]
