"""analyse_folder gives the same numbers as the single-corpus functions, on two folders."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from generated_corpus import write_generated_corpus

import framelab
from framelab import analyse_folder
from framelab.errors import CorpusError

CUT = "2022-02-24"


def _expected(folder: Path | None) -> dict[str, object]:
    corpus = framelab.load_corpus(folder, quiet=True)
    corpus["period"] = framelab.periods(corpus, CUT)
    return {"corpus": corpus, "freq": framelab.frequencies(corpus, by="language"),
            "scores": framelab.frame_scores(corpus),
            "quotes": framelab.quotes(corpus)}


def _check_same(results: framelab.pipeline.Results, expected: dict[str, object]) -> None:
    corpus: pd.DataFrame = expected["corpus"]  # type: ignore[assignment]
    freq: pd.DataFrame = expected["freq"]  # type: ignore[assignment]
    # Counts per language, and totals, as frequencies(by="language").
    for language, group in freq.groupby("language"):
        assert results.counts[language] == Counter(dict(zip(group["token"], group["count"],
                                                            strict=True)))
    assert results.totals == freq.attrs["totals"]
    articles = results.articles.set_index("id")
    assert articles.index.tolist() == corpus["id"].tolist()
    assert articles["language"].tolist() == corpus["language"].tolist()
    assert articles["date"].tolist() == corpus["date"].tolist()
    assert articles["period"].tolist() == corpus["period"].tolist()
    # Frame scores per 1,000 words, as frame_scores (which has only the frames with hits).
    scores: pd.DataFrame = expected["scores"]  # type: ignore[assignment]
    mine = articles[list(scores.columns)]
    mine.index.name = "article"
    pd.testing.assert_frame_equal(mine, scores, check_dtype=False)
    assert (articles[[c for c in framelab.frames.FRAMES if c not in scores.columns]] == 0).all().all()
    # Quotes: per article, per side and per speaker, as who_speaks(quotes(...)).
    found: pd.DataFrame = expected["quotes"]  # type: ignore[assignment]
    per_article = found.groupby("article").agg(quotes=("quote", "size"), words=("words", "sum"))
    per_article = per_article.reindex(corpus["id"], fill_value=0)
    assert articles["quotes"].tolist() == per_article["quotes"].tolist()
    assert articles["quoted_words"].tolist() == per_article["words"].tolist()
    for by, table in (("side", results.sides), ("speaker", results.speakers)):
        who = framelab.who_speaks(found, by=by).groupby(by)[["quotes", "words", "full"]].sum()
        got = table.groupby(by)[["quotes", "words", "full"]].sum()
        pd.testing.assert_frame_equal(got.sort_index(), who.sort_index(), check_dtype=False)
    # Keyness of after against before within each language, as keyness(by="period") on that
    # language's articles alone; a language without articles in both periods has no rows.
    compared = []
    for language, articles_of in corpus.groupby("language", sort=True):
        if not {"after", "before"} <= set(articles_of["period"]):
            assert any("Keyness: no rows for" in note and f"('{language}')" in note
                       for note in results.notes)
            continue
        compared.append(language)
        keyness = framelab.keyness(articles_of, by="period", target="after", reference="before")
        mine = results.keyness[results.keyness["language"] == language]
        pd.testing.assert_frame_equal(mine.drop(columns="language").reset_index(drop=True),
                                      keyness)
    if compared:
        assert results.keyness["language"].unique().tolist() == compared
    else:
        assert results.keyness is None
    # The period counts stay those of all languages together.
    assert results.period_sizes == {
        period: sum(sizes.get(period, 0) for sizes in results.period_sizes_by_language.values())
        for period in results.period_sizes}


def test_the_bundled_corpus_gives_the_numbers_of_the_single_corpus_functions() -> None:
    results = analyse_folder(framelab.bundled_corpus_folder(), workers=2, progress=False,
                             event_date=CUT)
    _check_same(results, _expected(None))
    # the one Danish article is before the date: no Danish keyness, and a note that says why
    assert results.notes == ["Keyness: no rows for Danish ('da'): its articles are 1 before and "
                             "0 after 2022-02-24, and the keyness compares after with before "
                             "within each language, never across languages."]
    assert set(results.timings) == {*framelab.pipeline.STEPS, "wall"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 articles of sentences from the course's articles, Dutch and Danish, dated, with a
    few duplicates, an empty file and a file without metadata (its language is guessed)."""
    return write_generated_corpus(
        tmp_path_factory.mktemp("generated"), articles=300, seed=7, date_prefix_every=50,
        copies=(("a0007b.txt", "a0007.txt"), ("a0299b.txt", "a0002.txt")))


def test_a_generated_folder_gives_the_numbers_of_the_single_corpus_functions(
        generated: Path) -> None:
    results = analyse_folder(generated, workers=2, chunk_size=40, progress=False, event_date=CUT)
    _check_same(results, _expected(generated))
    assert len(results.articles) == 300
    assert any("a0007b.txt is an exact copy" in note for note in results.notes)
    assert any("a0299b.txt is an exact copy" in note for note in results.notes)
    assert any("empty.txt" in note for note in results.notes)


def test_one_worker_and_no_date_give_the_same_counts(generated: Path) -> None:
    results = analyse_folder(generated, workers=1, chunk_size=1000, progress=False)
    assert results.keyness is None and "period" not in results.articles.columns
    freq = framelab.frequencies(framelab.load_corpus(generated, quiet=True), by="language")
    assert results.totals == freq.attrs["totals"]


def test_the_progress_line_shows_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    line = framelab.pipeline._Progress("Step", 10, enabled=True, delay=0)
    line.update(5)
    line.close()
    assert capsys.readouterr().err.startswith("\rStep: 5/10 (50%)")
    silent = framelab.pipeline._Progress("Step", 10, enabled=False, delay=0)
    silent.update(5)
    silent.close()
    assert capsys.readouterr().err == ""


def test_a_folder_without_usable_texts_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CorpusError, match="No usable .txt file"):
        analyse_folder(tmp_path, workers=1, progress=False)


@pytest.mark.parametrize("language", ["nl", "da"])
def test_sentence_tokens_in_a_row_are_the_whole_texts_tokens_when_boundaries_are_spaces(
        language: str) -> None:
    """The shortcut analyse_folder takes: no need to cut the whole text again."""
    texts = [*framelab.load_corpus(quiet=True)["text"], *framelab.load_corpus(quiet=True)["raw_text"],
             "Hij zei o.a. dat. 's Avonds kwam hij. 't Is 100.000 euro, $64,1 mrd. ΟΔΟΣ. İstanbul.",
             "- Vi vil, siger han bl.a. Det er 1. november. Ja!Nej? Nej.\n\nSlut m.v. Ok",
             "binnengevallen.Daarnaast zei hij 'Oekraïne.'Uiteraard. Dat is zo.”Volgens hem"]
    for text in texts:
        sentences = framelab.split_sentences(text, language)
        if " ".join(sentences).split() != text.split():
            continue
        for lowercase in (False, True):
            whole = framelab.tokenize(text, language, lowercase=lowercase)
            in_a_row = [t for s in sentences
                        for t in framelab.tokenize(s, language, lowercase=lowercase)]
            assert whole == in_a_row


def test_framelab_imports_and_analyses_without_dask() -> None:
    """Dask is optional: framelab neither imports it nor needs it without executor=."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['dask'] = sys.modules['distributed'] = None\n"
            "import framelab\n"
            "r = framelab.analyse_folder(framelab.bundled_corpus_folder(), workers=1, "
            "progress=False)\n"
            "print(r.totals)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "{'da': 426, 'nl': 1632}"


def test_an_article_without_a_frame_lexicon_gets_nan_scores_as_in_frame_scores(
        tmp_path: Path) -> None:
    """English and German have no frame lexicon: NaN in every frame column, not 0, as
    frame_scores gives; the Dutch article beside them is scored."""
    from other_corpus import write_other_corpus

    folder = write_other_corpus(tmp_path / "other")
    dutch = framelab.load_corpus(quiet=True)["text"].iloc[0]
    (folder / "900_dutch.txt").write_text(dutch, encoding="utf-8")  # no metadata: guessed
    results = analyse_folder(folder, workers=1, progress=False)
    with pytest.warns(framelab.MissingResourceWarning):
        scores = framelab.frame_scores(framelab.load_corpus(folder, quiet=True))
    articles = results.articles.set_index("id")
    mine = articles[list(scores.columns)]
    mine.index.name = "article"
    pd.testing.assert_frame_equal(mine, scores, check_dtype=False)
    frames = articles[list(framelab.frames.FRAMES)]
    english_german = articles["language"].isin(["en", "de"])
    assert english_german.sum() == 6 and frames[english_german].isna().all().all()
    assert frames[~english_german].notna().all().all()
    assert any("frame scores are NaN" in note for note in results.notes)


def test_whole_texts_give_the_numbers_of_sentence_by_sentence_where_terms_meet_sentence_ends(
        tmp_path: Path) -> None:
    """The pipeline tokenises a text at once unless its sentences could change the tokens or a
    term of several words ("internationaal recht") may run across a sentence end; the numbers
    are those of frame_scores and frequencies (sentence by sentence)."""
    texts = ["Het gaat om internationaal recht en om goede wil. Zo zei hij het.",
             "Dat is internationaal. Recht is recht, zei hij. Goede? Wil hij dat?",
             "Het is internationaal\nrecht. Goede… wil. Goede wil!",
             "Het leger was binnengevallen.Daarnaast ging het om internationaal recht.",
             "Volgens dhr. Jansen o.a. gaat het om internationaal recht.",
             "- Det er folkeretten, siger han. Den 3. maj kom de. Se dr.dk for mere."]
    lines = ["file,language,date"]
    for number, text in enumerate(texts):
        (tmp_path / f"t{number}.txt").write_text(text, encoding="utf-8")
        date = "2022-03-01" if number % 2 else "2021-12-01"
        lines.append(f"t{number}.txt,{'da' if text.startswith('-') else 'nl'},{date}")
    (tmp_path / "metadata.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = analyse_folder(tmp_path, workers=1, progress=False, event_date=CUT)
    _check_same(results, _expected(tmp_path))
