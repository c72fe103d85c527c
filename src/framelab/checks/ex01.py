"""The checks of exercise 01 · Reading the corpus."""

from __future__ import annotations

from .kinds import COUNT, LIST, NUMBER, TABLE, TEXT
from .questions import Answer, Question
from .rules import columns, items_of, mistake, not_empty, not_zero, one_of, sorted_list

DUTCH, DANISH = "'nl'", "'da'"


def _ids(variables):
    return variables["corpus"]["id"]


def _near(column, language=None, how="mean"):
    """Whether an answer is the mean (or sum) of a column, for one language or for all."""
    def test(value, variables):
        corpus = variables["corpus"]
        rows = corpus if language is None else corpus[corpus["language"] == language]
        return abs(value - float(getattr(rows[column], how)())) < 1e-6
    return test


QUESTIONS = [
    Question(
        "q1",
        [Answer("n_danish", COUNT, "the number of Danish articles",
                "count only the rows whose language is Danish.",
                first=[mistake(lambda v, ns: hasattr(v, "index") and "da" in list(v.index)
                               and len(v) > 1,
                               "is the count of every language (value_counts gives one number "
                               "per language): take the number of the Danish ones out of it, "
                               "by its label \"da\"")],
                rules=[not_zero("the corpus has a Danish article: check how the language "
                                "column writes Danish (a two-letter code, lowercase)"),
                       mistake(lambda v, ns: v == len(ns["corpus"]),
                               "is the number of all the articles: count only the Danish ones"),
                       mistake(lambda v, ns: v == int((ns["corpus"]["language"] == "nl").sum()),
                               f"is the number of Dutch articles ({DUTCH}): Danish is {DANISH}")])],
        approach="filter the table: keep the rows whose `language` column equals the code of "
                 "Danish (lesson 01, \"Filtering rows\"); then count the rows of the smaller table "
                 "with len().",
        recipe='n_danish = len(corpus[corpus["language"] == "da"])',
    ),
    Question(
        "q2",
        [Answer("earliest", TEXT, "the id of the earliest article",
                "look at the date column: the earliest date is the one that comes first.",
                rules=[one_of(_ids, "an id of the corpus"),
                       mistake(lambda v, ns: v == ns["corpus"]["id"].iloc[0] and
                               ns["corpus"]["date"].iloc[0] != ns["corpus"]["date"].min(),
                               "is the article in row 0 of the table as it was loaded: after "
                               "sort_values(...), [0] and .loc[0] still find the row "
                               "*labelled* 0; .iloc[0] takes the first row of the sorted table"),
                       mistake(lambda v, ns: v == ns["corpus"].sort_values("date")["id"].iloc[-1],
                               "is the latest article, not the earliest: sort_values puts the "
                               "earliest date first (unless ascending=False)")])],
        approach="sort the table by its `date` column (sort_values): the earliest date comes "
                 "first. Then take the `id` of the first row by its position (iloc), not by its "
                 "label.",
        recipe='earliest = corpus.sort_values("date")["id"].iloc[0]',
    ),
    Question(
        "q3",
        [Answer("dutch", TABLE, "the table of Dutch articles asked",
                "keep exactly the rows of the Dutch articles.",
                key=lambda t: {"ids": sorted(str(i) for i in t["id"]),
                               "columns": sorted(str(c) for c in t.columns)},
                rules=[not_empty(f"your filter kept no rows; the language column writes Dutch "
                                 f"as {DUTCH}, in lowercase"),
                       columns(["id", "date", "words"]),
                       mistake(lambda t, ns: "da" in set(ns["corpus"].set_index("id").loc[
                                   [str(i) for i in t["id"]], "language"]),
                               "still has the Danish article: keep only the rows whose "
                               f"language is {DUTCH}")])],
        approach="first keep the Dutch rows (a filter on the `language` column), then select "
                 "just the three columns asked, by a list of their names (two pairs of brackets).",
        recipe='dutch = corpus[corpus["language"] == "nl"][["id", "date", "words"]]',
    ),
    Question(
        "q4",
        [Answer("mean_words_nl", NUMBER, "the average length of the Dutch articles",
                "take the mean of the words column over the Dutch rows only.",
                rules=[not_zero("every Dutch article has words"),
                       mistake(_near("words_raw", "nl"),
                               "is the average of words_raw, the length before cleaning: use "
                               "the column words (after cleaning)"),
                       mistake(_near("words"),
                               "is the average of all five articles: keep only the Dutch ones"),
                       mistake(_near("words", "nl", "sum"),
                               "is the total of the Dutch articles' words: .mean() gives the "
                               "average")])],
        approach="keep the Dutch rows, select their `words` column and take its mean.",
        recipe='mean_words_nl = corpus[corpus["language"] == "nl"]["words"].mean()',
    ),
    Question(
        "q5",
        [Answer("inferred", LIST, "the list of articles with an inferred date",
                "keep the rows whose date_status is exactly 'inferred'.",
                rules=[not_empty("your filter kept no rows; compare date_status with "
                                 "'inferred', spelt exactly as the table writes it"),
                       items_of(_ids, "an id of the corpus"),
                       sorted_list()])],
        approach="filter the rows on the `date_status` column, take the `id` column of what is "
                 "left and turn it into a sorted list.",
        recipe='inferred = sorted(corpus[corpus["date_status"] == "inferred"]["id"])',
    ),
]
