"""Frame lexicons: hits traced to their sentences, scores per 1,000 words, naming variants."""

from contextlib import nullcontext

import pandas as pd
import pytest

import framelab
from framelab.errors import ArgumentError
from framelab.frames import FRAMES, frame_hits, frame_lexicon, frame_scores
from framelab.names import naming, naming_variants


@pytest.fixture(scope="module")
def corpus():
    return framelab.load_corpus(quiet=True)


def test_both_languages_cover_every_frame():
    lexicon = frame_lexicon()
    for language in ("nl", "da"):
        assert set(lexicon[lexicon["language"] == language]["frame"]) == set(FRAMES)


def test_every_hit_is_in_its_sentence_and_the_sentence_in_the_article(corpus):
    hits = frame_hits(corpus)
    texts = corpus.set_index("id")["text"]
    for hit in hits.itertuples():
        assert hit.word in hit.sentence
        assert hit.sentence in texts[hit.article]
        sentence = framelab.split_sentences(texts[hit.article], hit.language)[hit.sentence_number - 1]
        assert sentence == hit.sentence


@pytest.mark.parametrize("article, frame, words", [
    # 000: the three names for the feared invasion
    ("000", "conflict", {"invasie", "inval", "dreigende", "dreigementen"}),
    # 003 (Danish): meetings and talks
    ("003", "diplomacy", {"mødet", "topmøde", "dialog", "diskussioner"}),
    # 004: Lavrov's moral vocabulary
    ("004", "morality", {"genocidale", "denazificering", "democratisch"}),
])
def test_expected_hits(corpus, article, frame, words):
    hits = frame_hits(corpus)
    found = set(hits[(hits["article"] == article) & (hits["frame"] == frame)]["word"])
    assert words <= found


def test_fred_does_not_match_fredag():
    table = pd.DataFrame({"id": ["x"], "language": ["da"],
                          "text": ["De mødtes fredag for at tale om fred."]})
    assert frame_hits(table)["word"].tolist() == ["mødtes", "fred"]


def test_scores_are_hits_per_1000_words(corpus):
    scores = frame_scores(corpus)
    hits = frame_hits(corpus)
    for row in corpus.itertuples():
        size = len(framelab.tokenize(row.text, row.language))
        n = len(hits[(hits["article"] == row.id) & (hits["frame"] == "conflict")])
        assert scores.loc[row.id, "conflict"] == pytest.approx(round(1000 * n / size, 2))


def test_an_edited_lexicon_is_used(corpus):
    lexicon = pd.concat([frame_lexicon(), pd.DataFrame([{
        "frame": "conflict", "concept": "anger", "language": "nl", "term": "teleurgesteld",
        "note": ""}])], ignore_index=True)
    hits = frame_hits(corpus, lexicon=lexicon)
    assert "teleurgesteld" in set(hits["word"])
    with pytest.raises(ArgumentError, match="lacks the column"):
        frame_hits(corpus, lexicon=pd.DataFrame({"term": ["x"]}))


def test_naming_variants_own_voice_and_quotes(corpus):
    table = naming(corpus).set_index(["article", "variant"])
    assert table.loc[("004", "Kiev"), "count"] == 2
    assert table.loc[("001", "Kyiv"), "count"] == 2
    # 004 uses "operatie" once in its own voice and once inside Lavrov's quote
    assert table.loc[("004", "operatie"), ["own_voice", "in_quotes"]].tolist() == [1, 1]
    # "NAVO-troepen" counts as NAVO
    assert table.loc[("000", "NAVO"), "count"] == 3
    # Danish copy writes "Nato"
    assert ("003", "Nato") in table.index and ("003", "NAVO") not in table.index
    assert set(naming_variants()["language"]) == {"nl", "da"}


def test_conflict_is_not_counted_as_a_name_for_the_invasion(corpus):
    # 003's "konflikt" is the stand-off at the border (December 2021), 004's "conflict" Lavrov's
    # conflict of the Minsk agreements: a concept of their own, not the invasion
    table = naming(corpus).set_index(["article", "variant"])
    assert table.loc[("003", "konflikt"), "concept"] == "the conflict"
    assert table.loc[("004", "conflict"), "concept"] == "the conflict"
    invasion = naming(corpus).query("concept == 'the invasion'")
    assert not {"konflikt", "conflict"} & set(invasion["variant"])


def test_lexicon_language_codes_ignore_capitals(corpus):
    lexicon = pd.DataFrame([{"frame": "conflict", "concept": "war", "language": "NL",
                             "term": "oorlog", "note": ""}])
    # a Dutch-only lexicon: the Danish article is named in a note, and has no hits
    with pytest.warns(framelab.MissingResourceWarning, match=r"^Article 003 is in Danish"):
        assert set(frame_hits(corpus, lexicon=lexicon)["word"]) == {"oorlog"}


def test_naming_timeline_names_unknown_concepts(corpus):
    import matplotlib
    matplotlib.use("Agg")
    with pytest.raises(ArgumentError, match="concepts=\\['Kiev'\\]: not in the table"):
        framelab.plots.naming_timeline(naming(corpus), concepts=["Kiev"])


HARD = pd.DataFrame({
    "id": ["h0", "h1", "h2", "h3", "h4", "h5"],
    "language": ["nl", "nl", "nl", "nl", "da", "en"],
    "text": ["Het gaat om internationaal recht en om goede wil bij de invasie.",
             "Dat is internationaal. Recht is recht, zei hij. Goede? Wil hij oorlog?",
             "Het is internationaal\nrecht. Goede… wil. Goede wil!",
             "Het leger was binnengevallen.Daarnaast ging het om internationaal recht.",
             "- Det er krig, siger han. Den 3. maj kom de. Se dr.dk om invasionen.",
             "War and talks."],
})


@pytest.mark.parametrize("which", ["course", "hard", "none"])
def test_scores_count_the_hits_of_frame_hits(corpus, which):
    """frame_scores counts each text at once where that gives the sentences' hits; the plain
    way counts the rows of frame_hits, sentence by sentence."""
    texts = {"course": corpus, "hard": HARD,
             "none": HARD.assign(text="Niets te zien.", language="nl")}[which]
    with pytest.warns(framelab.errors.MissingResourceWarning) if which == "hard" else nullcontext():
        scores = frame_scores(texts)
    with pytest.warns(framelab.errors.MissingResourceWarning) if which == "hard" else nullcontext():
        hits = frame_hits(texts)
    sizes = {row.id: len(framelab.tokenize(row.text, row.language))
             for row in texts.itertuples(index=False)}
    for row in texts.itertuples(index=False):
        for frame in scores.columns:
            count = ((hits["article"] == row.id) & (hits["frame"] == frame)).sum()
            expected = round(count / sizes[row.id] * 1000, 2)
            if row.language == "en":
                assert pd.isna(scores.loc[row.id, frame])
            else:
                assert scores.loc[row.id, frame] == expected, (row.id, frame)
    assert list(scores.columns) == [f for f in FRAMES if f in scores.columns]


def test_a_frame_no_article_has_a_hit_of_is_a_column_of_zeros() -> None:
    """Lesson 07 looks up scores["morality"]; on a corpus without a word of that frame (an
    instructor's corpus about wolves) the column is there, with 0, instead of a KeyError."""
    wolves = pd.DataFrame({"id": ["w1", "w2"], "language": ["nl", "da"], "text": [
        "De wolf werd gezien bij een boerderij. De boer is boos.",
        "Ulven blev set ved en gård. Landmanden er vred."]})
    scores = framelab.frame_scores(wolves)
    lexicon = framelab.frame_lexicon()
    assert set(scores.columns) == set(lexicon["frame"])
    assert (scores["morality"] == 0).all()
    assert list(scores.index) == ["w1", "w2"]
