"""The English and German corpus of other_corpus.py: loading, cleaning, and the notes for what
the kit has no resources for yet."""

import warnings

import pytest
from other_corpus import write_other_corpus

import framelab


@pytest.fixture(scope="module")
def windfarm(tmp_path_factory):
    return framelab.load_corpus(write_other_corpus(tmp_path_factory.mktemp("windfarm")), quiet=True)


def test_it_loads_with_its_metadata(windfarm):
    assert windfarm["language"].tolist() == ["en", "en", "en", "de", "de", "de"]
    assert windfarm.loc[5, "date"] == "unknown"


def test_english_and_german_boilerplate_is_cleaned_and_logged(windfarm):
    log = framelab.removal_log(windfarm)
    assert list(zip(log["article"], log["rule"], log["removed"], strict=True)) == [
        ("000", "byline-en", "By Clare Hughes"),
        ("000", "ad-marker-en", "Advertisement"),
        ("002", "related-posts-en", "Related articles"),
        ("002", "related-posts-en", "Read more: Why offshore wind is growing fast"),
        ("003", "byline-de", "Von Jens Albers"),
        ("003", "ad-marker-de", "Anzeige"),
    ]
    assert windfarm["byline"].tolist()[:4] == ["Clare Hughes", "unknown", "unknown", "Jens Albers"]


def test_counting_works_in_both_languages(windfarm):
    top = framelab.frequencies(windfarm, by="language", stopwords=True, top=1)
    assert top[["language", "token"]].values.tolist() == [["de", "windpark"], ["en", "wind"]]


@pytest.mark.parametrize(
    ("function", "words"),
    [
        (framelab.frame_scores, "no frame lexicon yet"),
        (framelab.quotes, "no reporting verbs yet"),
        (framelab.naming, "no naming variants yet"),
    ],
)
def test_no_resources_means_a_note_and_an_empty_result(windfarm, function, words):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = function(windfarm)
    notes = [str(w.message) for w in caught if issubclass(w.category, framelab.MissingResourceWarning)]
    assert len(notes) == 1 and words in notes[0]
    assert "Articles 000, 001, 002 are in English ('en') and articles 003, 004, 005 in German" in notes[0]
    if function is framelab.frame_scores:
        assert result.isna().all().all() and list(result.index) == list(windfarm["id"])
    else:
        assert result.empty
