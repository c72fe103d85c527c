"""The checks of exercise 07 · Frames."""

from __future__ import annotations

from .kinds import COUNT, NUMBER, TABLE, TEXT
from .questions import Answer, Question
from .rules import columns, in_range, mistake, not_zero, one_of, rounded


def _by_article(table):
    from . import by_article
    return by_article(table)


def _scores_key(table):
    s = _by_article(table)
    return {"004 conflict": round(float(s.loc["004", "conflict"]), 2),
            "004 economic": round(float(s.loc["004", "economic consequences"]), 2),
            "001 economic": round(float(s.loc["001", "economic consequences"]), 2)}


def _a_row(value, variables):
    import pandas as pd
    return isinstance(value, pd.Series) and len(value) > 1


def _not_a_copy(value, variables):
    """`my_lexicon = lexicon` (the same table under two names), or `lexicon` changed in place."""
    import framelab
    lexicon = variables["lexicon"]
    return value is lexicon or not lexicon.reset_index(drop=True).equals(
        framelab.frame_lexicon().reset_index(drop=True))


def _same_scores(table, variables):
    return _scores_key(table) == _scores_key(variables["scores"])


QUESTIONS = [
    Question(
        "q1",
        [Answer("top_frame_002", TEXT, "the strongest frame of 002",
                "read the row of article 002 in `scores` and take the frame with the highest "
                "score.",
                first=[mistake(lambda v, ns: isinstance(v, float | int) and not isinstance(v, bool),
                               "is {value}, a score: the question asks for the frame's name, "
                               "the label of the highest score (.idxmax() gives it)"),
                       mistake(_a_row, "is the row of article 002, one score for each frame, "
                               "where one frame's name is asked: take the label (the frame) of "
                               "its highest score, not a value (.idxmax() gives it)")],
                rules=[one_of(lambda ns: ns["scores"].columns, "a frame, a column of `scores`"),
                       mistake(lambda v, ns: v == ns["scores"].loc["002"].idxmin(),
                               "is the weakest frame of 002: the question asks for the "
                               "strongest")])],
        approach="take the row of article 002 out of `scores` by its label (one score per "
                 "frame), then the label of its highest value (lesson 01: the label of the "
                 "largest value).",
        recipe='top_frame_002 = scores.loc["002"].idxmax()',
    ),
    Question(
        "q2",
        [Answer("capital_004", TEXT, "the spelling that 004 uses",
                "look in `names` at the rows of article 004 whose concept is Kyiv.",
                rules=[one_of(lambda ns: sorted(set(ns["names"]["variant"])),
                              "a spelling in the `variant` column of `names`")])],
        approach="keep the rows of `names` of article 004 whose concept is Kyiv (two "
                 "conditions together, lesson 01), then take the one value of their variant "
                 "column out (lesson 01: one value out of a table).",
        recipe=('capital_004 = names[(names["article"] == "004") & (names["concept"] == "Kyiv")]'
                '["variant"].item()'),
    ),
    Question(
        "q3",
        [Answer("n_conflict_sentences_004", COUNT, "the number of sentences",
                "count the different sentences of 004's conflict hits, not the hits.",
                rules=[not_zero("article 004 has conflict hits"),
                       mistake(lambda v, ns: v == int(((ns["hits"]["article"] == "004") &
                                                       (ns["hits"]["frame"] == "conflict")).sum()),
                               "is the number of hits: count the different sentences they "
                               "stand in, each sentence number once")])],
        approach="keep the rows of `hits` of article 004 and the frame conflict, then count "
                 "how many different values their sentence_number column has: value_counts "
                 "(lesson 01) gives one row per different value, and you can count its rows.",
        recipe=('conflict_004 = hits[(hits["article"] == "004") & (hits["frame"] == "conflict")]\n'
                'n_conflict_sentences_004 = len(conflict_004["sentence_number"].value_counts())'),
    ),
    Question(
        "q4",
        [Answer("my_lexicon", TABLE, "the lexicon asked",
                "change the frame of the rows of the concept \"sanctions\" only.",
                first=[mistake(_not_a_copy, "is not a copy: `my_lexicon = lexicon` gives the same "
                               "table a second name, so your change also changed `lexicon`. "
                               "Make a copy with lexicon.copy() (as the question shows), then "
                               "restart the kernel and run all cells (Kernel → Restart Kernel "
                               "and Run All Cells) to get the original `lexicon` back")],
                key=lambda t: {"rows": len(t), "sanctions": sorted(
                    set(t.loc[t["concept"] == "sanctions", "frame"]))},
                rules=[columns(["frame", "concept", "language", "term"], more=True),
                       mistake(lambda t, ns: len(t) != len(ns["lexicon"]),
                               "has another number of rows than `lexicon`: change the frame of "
                               "rows, do not add or remove any"),
                       mistake(lambda t, ns: set(t.loc[t["concept"] == "sanctions", "frame"])
                               != {"conflict"},
                               "still has terms of the concept \"sanctions\" in another frame "
                               "than \"conflict\": change them with .loc[rows, column] = value, "
                               "as the question's example shows (two pairs of brackets one "
                               "after the other change nothing)")]),
         Answer("my_scores", TABLE, "the scores with your lexicon",
                "compute the scores with lexicon=my_lexicon.",
                key=_scores_key,
                rules=[columns(["conflict", "economic consequences"], more=True),
                       mistake(_same_scores,
                               "has the same scores as `scores`: compute them with "
                               "lexicon=my_lexicon")])],
        approach="make a copy of the lexicon, change the frame of the rows of the concept "
                 "sanctions in the copy (one value of several rows, as the question's example "
                 "shows), then compute the frame scores of the corpus with the copy as the "
                 "lexicon.",
        recipe=('my_lexicon = lexicon.copy()\n'
                'my_lexicon.loc[my_lexicon["concept"] == "sanctions", "frame"] = "conflict"\n'
                'my_scores = framelab.frame_scores(corpus, lexicon=my_lexicon)'),
    ),
    Question(
        "q5",
        [Answer("kappa_morality", NUMBER, "Cohen's kappa for morality",
                "take the kappa (not the agreement) of the row of the morality frame.",
                rules=[mistake(lambda v, ns: _agreement(ns)["agreement"] == v,
                               "is the share of agreement: the question asks for kappa"),
                       rounded(lambda ns: _agreement(ns)["kappa"]),
                       in_range(-1, 1, "but kappa is between -1 and 1")])],
        approach="framelab.agreement of the two codings gives one row per frame; keep the row "
                 "of the frame morality and take the one value of its kappa column out (lesson "
                 "01: one value out of a table).",
        recipe=('table = framelab.agreement(coder_a, coder_b)\n'
                'kappa_morality = table.loc[table["frame"] == "morality", "kappa"].item()'),
    ),
]


def _agreement(variables):
    import framelab
    table = framelab.agreement(variables["coder_a"], variables["coder_b"])
    return table[table["frame"] == "morality"].iloc[0]
