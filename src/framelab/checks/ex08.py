"""The checks of exercise 08 · Who speaks."""

from __future__ import annotations

from .kinds import COLUMN, COUNT, LIST, NUMBER, TEXT
from .questions import Answer, Question
from .rules import (
    in_range,
    items_of,
    mistake,
    no_repeats,
    not_empty,
    not_zero,
    one_of,
    rounded,
    sorted_list,
)


def _share(column, times=100):
    def test(value, variables):
        import framelab
        by_side = framelab.who_speaks(variables["found"], by="side")
        part = by_side[by_side["article"] == "003"].set_index("side")[column]
        return abs(value - times * part["West"] / part.sum()) < 1e-6
    return test


def _sums(column):
    def test(value, variables):
        import framelab
        sums = framelab.who_speaks(variables["found"], by="side").groupby("side")[column].sum()
        return {str(k): int(v) for k, v in sums.items()} == {k: int(v) for k, v in value.items()}
    return test


def _west_share(variables):
    import framelab
    by_side = framelab.who_speaks(variables["found"], by="side")
    part = by_side[by_side["article"] == "003"].set_index("side")["words"]
    return 100 * part["West"] / part.sum()


def _counted_marks(value, variables):
    """value_counts() of the marks: one count, labelled with the marks."""
    import pandas as pd
    return (isinstance(value, pd.Series) and len(value) == 1
            and str(value.index[0]) in {str(m) for m in variables["found"]["marks"]})


QUESTIONS = [
    Question(
        "q1",
        [Answer("n_quotes_003", COUNT, "the number of quotations of 003",
                "count the rows of `found` that belong to article \"003\".",
                rules=[not_zero("article 003 has quotations; the `article` column writes its "
                                "id as a text, \"003\""),
                       mistake(lambda v, ns: v == len(ns["found"]),
                               "is the number of quotations of all the articles: count only "
                               "those of 003")])],
        approach="keep the rows of `found` whose article is 003 (a filter, lesson 01; the ids "
                 "are texts) and count those rows.",
        recipe='n_quotes_003 = len(found[found["article"] == "003"])',
    ),
    Question(
        "q2",
        [Answer("marks_004", TEXT, "the marks of article 004",
                "read the `marks` column of the rows of article 004 and copy the value.",
                first=[mistake(_counted_marks, "is a count (value_counts counts how often each "
                               "value occurs), where the marks themselves are asked: the marks "
                               "are the label of that count, not its value; store the marks as "
                               "a text in quotes, exactly as the table writes them")],
                rules=[one_of(lambda ns: sorted(set(ns["found"]["marks"])),
                              "a value of the `marks` column")])],
        approach="keep the rows of `found` of article 004 and look at their marks column: all "
                 "of 004's quotations have the same marks; take that one value (each value once, "
                 "then the only one) or copy it as a text.",
        recipe='marks_004 = found.loc[found["article"] == "004", "marks"].unique().item()',
    ),
    Question(
        "q3",
        [Answer("west_share_003", NUMBER, "the West's share of 003's quoted words",
                "divide the West's quoted words in 003 by all the quoted words in 003, times "
                "100.",
                rules=[not_zero("the West is quoted in 003"),
                       mistake(_share("words", 1),
                               "is a fraction between 0 and 1: multiply by 100 for a "
                               "percentage"),
                       mistake(_share("quotes"),
                               "uses the number of quotations: the question asks for quoted "
                               "words (the `words` column)"),
                       rounded(_west_share),
                       in_range(0, 100, "but a percentage is between 0 and 100")])],
        approach="who_speaks by side has one row per article and side; keep the rows of "
                 "article 003, then divide the words of the side West by the sum of the words "
                 "of all of 003's sides, times 100.",
        recipe=('by_side = framelab.who_speaks(found, by="side")\n'
                'part = by_side[by_side["article"] == "003"].set_index("side")["words"]\n'
                'west_share_003 = 100 * part["West"] / part.sum()'),
    ),
    Question(
        "q4",
        [Answer("evaluative_speakers", LIST, "the list of speakers asked",
                "keep the quotations whose stance is exactly \"evaluative\"; each name once, "
                "sorted.",
                rules=[not_empty("no quotation passed your filter: the `stance` column writes "
                                 "it \"evaluative\""),
                       items_of(lambda ns: sorted(set(ns["found"]["speaker"].dropna())),
                                "a name in the `speaker` column"),
                       no_repeats(), sorted_list()])],
        approach="keep the rows of `found` whose stance is evaluative, take their speaker "
                 "column, keep each name once and sort them into a list.",
        recipe=('evaluative_speakers = sorted(found.loc[found["stance"] == "evaluative", '
                '"speaker"].unique())'),
    ),
    Question(
        "q5",
        [Answer("words_per_side", COLUMN, "the quoted words per side",
                "add up the `words` of each side over all the articles.",
                key=lambda d: {str(k): int(v) for k, v in d.items()},
                rules=[mistake(_sums("quotes"),
                               "adds up the number of quotations (`quotes`): the question asks "
                               "for the quoted words (`words`)")])],
        approach="who_speaks by side has one row per article and side; group it by side and "
                 "add up the words column (groupby with a sum, lesson 01).",
        recipe=('words_per_side = framelab.who_speaks(found, by="side").groupby("side")'
                '["words"].sum()'),
    ),
]
