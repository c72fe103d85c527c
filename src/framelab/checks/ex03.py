"""The checks of exercise 03 · Tokenising."""

from __future__ import annotations

from .kinds import COUNT, LIST
from .questions import Answer, Question
from .rules import mistake, not_empty, not_zero

SENTENCE = "Het gaat om het vertrek van NAVO-troepen uit Oost-Europa en 100.000 militairen."
SUBHEADING = "Kremlin 'zal westerse sancties vergelden'"


def _tokens_total(**options):
    def test(value, variables):
        import framelab
        return value == int(framelab.lexical_summary(variables["corpus"], **options)["tokens"].sum())
    return test


def _tokenize(*args, **options):
    import framelab
    return framelab.tokenize(*args, **options)


def _language_of_split(source):
    """The answer cell splits the Danish text with the rules of another language ("nl")."""
    import re
    for code in re.findall(r"split_sentences\([^)]*?[\"'](\w+)[\"']", source):
        if code.lower() != "da":
            return (f"comes from split_sentences with the rules of {code!r}: the article is "
                    "Danish, so give the language code of Danish (the count may match by "
                    "chance, the sentences do not)")
    return None


def _sentences(language):
    def test(value, variables):
        import framelab
        return value == len(framelab.split_sentences(variables["danish_text"], language))
    return test


QUESTIONS = [
    Question(
        "q1",
        [Answer("n_sentences_da", COUNT, "the number of sentences of the Danish article",
                "split the Danish text into sentences with the Danish rules and count them.",
                rules=[not_zero("the Danish article has sentences"),
                       mistake(lambda v, ns: v == len(ns["danish_text"]),
                               "is the number of characters of the text: count the sentences, "
                               "the items of the list that split_sentences gives"),
                       mistake(_sentences("nl"),
                               "is what the Dutch rules find: give the language of the "
                               "article, Danish (\"da\")")],
                code=[_language_of_split])],
        approach="framelab.split_sentences gives a list of sentences; give it danish_text and "
                 "the language code of Danish, then count the items of the list.",
        recipe='n_sentences_da = len(framelab.split_sentences(danish_text, "da"))',
    ),
    Question(
        "q2",
        [Answer("tokens_default", LIST, "the tokens of the sentence with the default options",
                "use only the text and the language, with no options.",
                key=lambda v: [str(t) for t in v],
                rules=[not_empty("tokenize found no tokens; give it the sentence and \"nl\""),
                       mistake(lambda v, ns: v == SENTENCE.split(),
                               "is the sentence cut at its spaces (.split()), so the full stop "
                               "sticks to the last word: use framelab.tokenize, which lesson 03 "
                               "introduces"),
                       mistake(lambda v, ns: all(t == t.lower() for t in v),
                               "is all in lowercase: the default options keep the capitals"),
                       mistake(lambda v, ns: "navo" in [t.lower() for t in v],
                               "splits the hyphenated words: by default NAVO-troepen stays "
                               "one token"),
                       mistake(lambda v, ns: "." in v,
                               "keeps the full stop as a token: by default punctuation is "
                               "left out")])],
        approach="call framelab.tokenize with two things only, the sentence and the language "
                 "code of Dutch, and no options.",
        recipe='tokens_default = framelab.tokenize(sentence, "nl")',
    ),
    Question(
        "q3",
        [Answer("tokens_navo", LIST, "a list of tokens with \"navo\" in it",
                "choose the options so that the list has the token \"navo\".",
                key=lambda v: "navo" in v,
                rules=[mistake(lambda v, ns: "NAVO" in v,
                               "has \"NAVO\" in capitals: one option writes every token in "
                               "lowercase"),
                       mistake(lambda v, ns: "navo-troepen" in v or "NAVO-troepen" in v,
                               "keeps NAVO-troepen as one token: one option splits hyphenated "
                               "words")]),
         Answer("n_navo", COUNT, "the number of times \"navo\" is in `tokens_navo`",
                "count how often the token \"navo\" is in `tokens_navo`.",
                rules=[not_zero("the sentence mentions NATO (in NAVO-troepen)")])],
        approach="framelab.tokenize has an option for capitals and one for hyphenated words; "
                 "look at their choices in lesson 03 or in the help of framelab.tokenize. "
                 "Then count how often the one token is in the list (a list's count method).",
        recipe=('tokens_navo = framelab.tokenize(sentence, "nl", lowercase=True, hyphens="split")\n'
                'n_navo = tokens_navo.count("navo")'),
        after=[lambda v, ns: ("`n_navo` is not the number of times \"navo\" is in `tokens_navo`"
                              if v["n_navo"] != v["tokens_navo"].count("navo") else None)],
    ),
    Question(
        "q4",
        [Answer("n_tokens_punct", COUNT, "the number of tokens with punctuation and quotation "
                "marks kept",
                "add up the tokens of every article, with both kinds of marks kept.",
                first=[mistake(lambda v, ns: hasattr(v, "index") and not hasattr(v, "columns")
                               and len(v) == len(ns["corpus"]) and len(v) > 1,
                               "is the number of tokens of each article (one per row): the "
                               "question asks for the total of all the articles, so add them up "
                               "(.sum())")],
                rules=[not_zero("the corpus has tokens"),
                       mistake(_tokens_total(),
                               "is the number of tokens with the default options: keep "
                               "punctuation and quotation marks too"),
                       mistake(_tokens_total(punctuation=True),
                               "keeps punctuation but not the quotation marks"),
                       mistake(_tokens_total(quotes=True),
                               "keeps the quotation marks but not the other punctuation")])],
        approach="framelab.lexical_summary has an option for punctuation and one for "
                 "quotation marks; it gives one row per article: add up its `tokens` column.",
        recipe=('n_tokens_punct = framelab.lexical_summary(corpus, punctuation=True, '
                'quotes=True)["tokens"].sum()'),
    ),
    Question(
        "q5",
        [Answer("n_quote_marks", COUNT, "the number of quotation-mark tokens of the sub-heading",
                "tokenise the sub-heading with quotation marks kept and count the tokens that "
                "are the mark '.",
                first=[mistake(lambda v, ns: isinstance(v, list) and len(v) > 1,
                               "is the list of the tokens: count only the tokens that are the "
                               "mark ' (a list's count method counts one item; len() would "
                               "count all the tokens)")],
                rules=[not_zero("the sub-heading has quotation marks, and quotes=True keeps "
                                "them as tokens: count the straight mark ', exactly as the "
                                "sub-heading writes it (not ’ or \")"),
                       mistake(lambda v, ns: v == len(_tokenize(SUBHEADING, "nl", quotes=True)),
                               "is the number of all the tokens: count only those that are "
                               "the quotation mark \"'\"")])],
        approach="tokenise the sub-heading with the option that keeps quotation marks as tokens; "
                 "then count the tokens that are the straight mark ' with the list's count "
                 "method.",
        recipe='n_quote_marks = framelab.tokenize(subheading, "nl", quotes=True).count("\'")',
    ),
]
