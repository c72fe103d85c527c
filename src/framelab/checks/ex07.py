"""The checks of exercise 07 · Frames."""

from __future__ import annotations

from .kinds import COUNT, NUMBER, TABLE, TEXT
from .questions import Answer, Question
from .rules import columns, in_range, mistake, not_zero, one_of


def _by_article(table):
    from . import by_article
    return by_article(table)


def _scores_key(table):
    s = _by_article(table)
    return {"004 conflict": round(float(s.loc["004", "conflict"]), 2),
            "004 economic": round(float(s.loc["004", "economic consequences"]), 2),
            "001 economic": round(float(s.loc["001", "economic consequences"]), 2)}


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
                               "the label of the highest score (.idxmax() gives it)")],
                rules=[one_of(lambda ns: ns["scores"].columns, "a frame, a column of `scores`"),
                       mistake(lambda v, ns: v == ns["scores"].loc["002"].idxmin(),
                               "is the weakest frame of 002: the question asks for the "
                               "strongest")])],
        approach="take the row of article 002 out of `scores` by its label: one score per "
                 "frame; then find the label (the frame) of its highest value (idxmax).",
        recipe='top_frame_002 = scores.loc["002"].idxmax()',
    ),
    Question(
        "q2",
        [Answer("capital_004", TEXT, "the spelling that 004 uses",
                "look in `names` at the rows of article 004 whose concept is Kyiv.",
                rules=[one_of(lambda ns: sorted(set(ns["names"]["variant"])),
                              "a spelling in the `variant` column of `names`")])],
        approach="keep the rows of `names` of article 004 and the concept Kyiv (two "
                 "conditions joined with &, each in brackets), then take the one `variant` "
                 "out of what is left.",
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
                               "stand in (.nunique())")])],
        approach="keep the rows of `hits` of article 004 and the frame conflict, then count "
                 "the different values of their `sentence_number` column (nunique).",
        recipe=('conflict_004 = hits[(hits["article"] == "004") & (hits["frame"] == "conflict")]\n'
                'n_conflict_sentences_004 = conflict_004["sentence_number"].nunique()'),
    ),
    Question(
        "q4",
        [Answer("my_lexicon", TABLE, "the lexicon asked",
                "change the frame of the rows of the concept \"sanctions\" only.",
                key=lambda t: {"rows": len(t), "sanctions": sorted(
                    set(t.loc[t["concept"] == "sanctions", "frame"]))},
                rules=[columns(["frame", "concept", "language", "term"], more=True),
                       mistake(lambda t, ns: len(t) != len(ns["lexicon"]),
                               "has another number of rows than `lexicon`: change the frame of "
                               "rows, do not add or remove any"),
                       mistake(lambda t, ns: set(t.loc[t["concept"] == "sanctions", "frame"])
                               != {"conflict"},
                               "still has terms of the concept \"sanctions\" in another frame "
                               "than \"conflict\"")]),
         Answer("my_scores", TABLE, "the scores with your lexicon",
                "compute the scores with lexicon=my_lexicon.",
                key=_scores_key,
                rules=[columns(["conflict", "economic consequences"], more=True),
                       mistake(_same_scores,
                               "has the same scores as `scores`: compute them with "
                               "lexicon=my_lexicon")])],
        approach="make a copy of the lexicon, change the frame of its rows whose `concept` is"
                 " sanctions to conflict (a filter and a column, by labels), then compute "
                 "framelab.frame_scores with your lexicon.",
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
                       in_range(-1, 1, "but kappa is between -1 and 1")])],
        approach="framelab.agreement of the two coders gives one row per frame; take the one "
                 "`kappa` of the row of the frame morality.",
        recipe=('table = framelab.agreement(coder_a, coder_b)\n'
                'kappa_morality = table.loc[table["frame"] == "morality", "kappa"].item()'),
    ),
]


def _agreement(variables):
    import framelab
    table = framelab.agreement(variables["coder_a"], variables["coder_b"])
    return table[table["frame"] == "morality"].iloc[0]
