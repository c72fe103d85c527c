"""The checks of exercise 02 · Cleaning web text."""

from __future__ import annotations

from .kinds import COUNT, NUMBER, TABLE, TEXT
from .questions import Answer, Question
from .rules import columns, in_range, mistake, not_zero, one_of

SAMPLE = ("Lavrov zei dat de veiligheidszorgen van Rusland aan de kant werden gezet tijdens het "
          "overleg met zijn Britse ambtsgenoot in Moskou.\nDeel dit artikel")
RULE_COLUMNS = ["rule", "action", "language", "where", "pattern", "field", "reason"]


def _row(variables, article="004"):
    corpus = variables["corpus"]
    return corpus[corpus["id"] == article].iloc[0]


def _pct(test):
    def near(value, variables):
        row = _row(variables)
        return abs(value - test(row["words_raw"], row["words"])) < 1e-6
    return near


def _exact(variables):
    row = _row(variables)
    return 100 * (row["words_raw"] - row["words"]) / row["words_raw"]


def _raw_count(variables):
    import framelab
    table = framelab.count_words(variables["corpus"], ["Peskov"], column="raw_text")
    return table


def _my_rules(values, variables):
    """The new rules table, used on the sample text."""
    import framelab
    my_rules, rules = values["my_rules"], variables["rules"]
    lost = [r for r in rules["rule"] if r not in set(my_rules["rule"])]
    if lost:
        return (f"`my_rules` lacks the course's rule{'s' if len(lost) > 1 else ''} "
                f"{', '.join(lost[:3])}{' ...' if len(lost) > 3 else ''}: keep all the course's "
                "rules and add one row at the end")
    if len(my_rules) <= len(rules):
        return ("`my_rules` has " + str(len(my_rules)) + " rules, the course's table "
                + str(len(rules)) + ": keep all the course's rules and add one row at the end")
    # The new rule alone: the course's rules may remove the share line by themselves (a general
    # page-furniture rule does), so a broken new rule would pass on the whole table.
    added = my_rules[~my_rules["rule"].isin(set(rules["rule"]))]
    if added.empty:
        return ("`my_rules` has no rule of a new name: give your rule its own name in the "
                "column rule")
    cleaned = framelab.clean_text(SAMPLE, language="nl", rules=added)
    if "Deel dit artikel" in cleaned.text:
        return ("cleaned with `my_rules`, the sample text still ends with 'Deel dit artikel': "
                "check your new rule's action, language and pattern")
    if not cleaned.text.startswith("Lavrov zei"):
        return ("cleaned with `my_rules`, the sample text loses more than the share line: "
                "your rule's pattern matches too much")
    if len(my_rules) > len(rules) + 1:
        return f"`my_rules` adds {len(my_rules) - len(rules)} rules; one is enough"
    return None


QUESTIONS = [
    Question(
        "q1",
        [Answer("n_removed_000", COUNT, "the number of removals for article 000",
                "count the rows of the log that belong to article \"000\"; each row is one "
                "removal.",
                rules=[not_zero("the removal log lists removals for article 000; check how "
                                "the log's `article` column writes the id (a text, \"000\")"),
                       mistake(lambda v, ns: v == len(ns["log"]),
                               "is the number of removals of the whole corpus: count only "
                               "those of article 000"),
                       mistake(lambda v, ns: v == int(ns["log"].loc[ns["log"]["article"] == "000",
                                                                  "words"].sum()),
                               "is the number of words removed: the question asks how many "
                               "removals (rows of the log) there are")])],
        approach="filter `log` on its `article` column (the ids are texts, with their zeros), "
                 "then count the rows that are left.",
        recipe='n_removed_000 = len(log[log["article"] == "000"])',
    ),
    Question(
        "q2",
        [Answer("biggest_rule", TEXT, "the rule that removed the most words",
                "compare the words each rule removed, added up over the whole log.",
                rules=[one_of(lambda ns: ns["rules"]["rule"], "the name of a rule of the course"),
                       mistake(lambda v, ns: v == ns["log"]["rule"].value_counts().index[0],
                               "is the rule with the most removals (rows): the question asks "
                               "which removed the most words")])],
        approach="group the log by its `rule` column and add up the `words` of each group (as "
                 "lesson 01, Counting and averaging, takes a mean per group, but with a sum); then "
                 "find the rule whose total is the biggest.",
        recipe='biggest_rule = log.groupby("rule")["words"].sum().idxmax()',
    ),
    Question(
        "q3",
        [Answer("pct_removed_004", NUMBER, "the percentage of 004's raw words that cleaning "
                "removes",
                "take the raw words minus the cleaned words, divided by the raw words, times "
                "100, for the row of article 004.",
                rules=[not_zero("cleaning removes words from 004"),
                       mistake(lambda v, ns: any(round(_exact(ns), d) == v for d in range(3))
                               and abs(v - _exact(ns)) > 1e-9,
                               "is rounded: store the number as Python computes it, do not "
                               "round it"),
                       mistake(_pct(lambda raw, clean: (raw - clean) / raw),
                               "is a fraction between 0 and 1: multiply by 100 for a "
                               "percentage"),
                       mistake(_pct(lambda raw, clean: 100 * (raw - clean) / clean),
                               "divides by the words after cleaning: a share of the raw words "
                               "divides by words_raw"),
                       mistake(_pct(lambda raw, clean: 100 * clean / raw),
                               "is the percentage of words that cleaning keeps, not the one it "
                               "removes"),
                       in_range(0, 100, "but a percentage of the raw words is between 0 and "
                                "100")])],
        approach="take the row of article 004, its `words_raw` and `words` as two numbers, "
                 "and compute the words removed as a percentage of the raw words.",
        recipe=('row = corpus[corpus["id"] == "004"].iloc[0]\n'
                'pct_removed_004 = 100 * (row["words_raw"] - row["words"]) / row["words_raw"]'),
    ),
    Question(
        "q4",
        [Answer("peskov_raw", COUNT, "how often the raw text of 004 names Peskov",
                "count in the raw text (column=\"raw_text\") and read the row of article 004.",
                rules=[not_zero("the raw text of 004 names Peskov"),
                       mistake(lambda v, ns: v == ns["peskov_clean"],
                               "is the same number as `peskov_clean`: count the raw one in the "
                               "raw text, column=\"raw_text\", which still has the repeated "
                               "body"),
                       mistake(lambda v, ns: v == int(_raw_count(ns)["Peskov"].sum()),
                               "counts Peskov in all the articles: read only the row of "
                               "article 004")]),
         Answer("peskov_clean", COUNT, "how often the cleaned text of 004 names Peskov",
                "count in the cleaned text (without column=...) and read the row of article "
                "004.",
                rules=[not_zero("the cleaned text of 004 names Peskov")])],
        approach="framelab.count_words counts in the cleaned text, and with its column= option "
                 "in the raw text; each gives a table with one row per article: take the number "
                 "in the row of 004 and the column of Peskov, by their labels.",
        recipe=('peskov_raw = framelab.count_words(corpus, ["Peskov"], column="raw_text")'
                '.loc["004", "Peskov"]\n'
                'peskov_clean = framelab.count_words(corpus, ["Peskov"]).loc["004", "Peskov"]'),
    ),
    Question(
        "q5",
        [Answer("my_rules", TABLE, "the rules table asked",
                "keep all the course's rules and add one that removes the share line.",
                rules=[columns(RULE_COLUMNS, more=True)], hashed=False)],
        approach="write the new rule as a dictionary with the same seven keys as the columns of "
                 "`rules` (it removes a line at the end of Dutch texts), make it a one-row table "
                 "and put that under the course's rules (lesson 02 adds a rule the same way).",
        recipe=('share = {"rule": "share-button", "action": "remove_line", "language": "nl",\n'
                '         "where": "end", "pattern": "Deel dit artikel", "field": "",\n'
                '         "reason": "A share button of the website."}\n'
                'my_rules = pd.concat([rules, pd.DataFrame([share])], ignore_index=True)'),
        after=[_my_rules],
    ),
]
