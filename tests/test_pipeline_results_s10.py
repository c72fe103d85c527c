"""analyse_folder's results as an instructor meets them (session 10): keyness within each
language, a short ``print(results)``, ``framelab.Results`` by name, workers/chunk_size checked,
and a progress line that says how long is left."""

from __future__ import annotations

import pydoc
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from generated_corpus import write_generated_corpus

import framelab
from framelab import analyse_folder
from framelab.errors import ArgumentError
from framelab.pipeline import Results, _Progress

CUT = "2022-02-24"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """240 articles, Dutch and Danish, whose mix of languages changes with the period: the
    Dutch ones before and after the date in turn, the Danish ones after it but for two."""
    folder = write_generated_corpus(tmp_path_factory.mktemp("mixed"), articles=240, seed=3,
                                    max_sentences=20)
    lines = ["file,language,date"]
    for i in range(240):
        language = "da" if i % 4 == 0 else "nl"
        before = i % 2 if language == "nl" else i in (0, 4)
        lines.append(f"a{i:04d}.txt,{language},{'2021-12-01' if before else '2022-03-01'}")
    (folder / "metadata.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").unlink()
    return folder


@pytest.fixture(scope="module")
def mixed_results(mixed: Path) -> Results:
    return analyse_folder(mixed, workers=2, chunk_size=25, progress=False, event_date=CUT)


@pytest.fixture(scope="module")
def mixed_corpus(mixed: Path) -> pd.DataFrame:
    corpus = framelab.load_corpus(mixed, quiet=True)
    corpus["period"] = framelab.periods(corpus, CUT)
    return corpus


# --- 1. keyness within each language -------------------------------------------------------


def test_keyness_is_that_of_each_language_alone(mixed_results: Results,
                                                mixed_corpus: pd.DataFrame) -> None:
    table = mixed_results.keyness
    assert table is not None
    assert table.columns[0] == "language"
    assert list(table.columns[1:]) == list(framelab.keyness_table({}, {}, target_size=1,
                                                                  reference_size=1).columns)
    assert table["language"].unique().tolist() == ["da", "nl"]
    for language in ("da", "nl"):
        alone = mixed_corpus[mixed_corpus["language"] == language]
        expected = framelab.keyness(alone, by="period", target="after", reference="before")
        mine = table[table["language"] == language].drop(columns="language")
        pd.testing.assert_frame_equal(mine.reset_index(drop=True), expected)
    assert not any(note.startswith("Keyness") for note in mixed_results.notes)


def test_the_language_mix_no_longer_makes_danish_function_words_key(
        mixed_results: Results, mixed_corpus: pd.DataFrame) -> None:
    """The instructor's finding: pooled, Danish function words top the table because most
    Danish articles are after the date; within each language they are Danish rows only."""
    pooled = framelab.keyness(mixed_corpus, by="period", target="after", reference="before")
    danish = {"og", "at", "til"}
    assert danish & set(pooled["word"].head(10))  # the confound, as the folder is built
    table = mixed_results.keyness
    assert table is not None
    assert set(table.loc[table["word"].isin(danish), "language"]) == {"da"}
    dutch = table[table["language"] == "nl"]
    assert not danish & set(dutch["word"].head(10))


def test_period_counts_and_sizes_still_count_all_languages_together(
        mixed_results: Results, mixed_corpus: pd.DataFrame) -> None:
    expected: dict[str, Counter[str]] = {}
    by_language: dict[str, dict[str, Counter[str]]] = {}
    for row in mixed_corpus.itertuples(index=False):
        tokens = framelab.tokenize(row.text, row.language, lowercase=True)
        expected.setdefault(row.period, Counter()).update(tokens)
        by_language.setdefault(row.language, {}).setdefault(row.period, Counter()).update(tokens)
    assert mixed_results.period_counts == expected
    assert mixed_results.period_sizes == {p: sum(c.values()) for p, c in expected.items()}
    assert mixed_results.period_counts_by_language == by_language
    assert mixed_results.period_sizes_by_language == {
        language: {p: sum(c.values()) for p, c in periods.items()}
        for language, periods in by_language.items()}


def test_a_language_in_one_period_only_gets_a_note_and_no_rows(tmp_path: Path) -> None:
    results = analyse_folder(framelab.bundled_corpus_folder(), workers=1, progress=False,
                             event_date=CUT)
    assert results.keyness is not None
    assert set(results.keyness["language"]) == {"nl"}
    assert results.notes == ["Keyness: no rows for Danish ('da'): its articles are 1 before and "
                             "0 after 2022-02-24, and the keyness compares after with before "
                             "within each language, never across languages."]
    # a folder where no language has articles in both periods: no table, a note per language
    one = framelab.load_corpus(quiet=True)
    for row in one.itertuples(index=False):
        (tmp_path / f"{row.id}.txt").write_text(row.text, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,language,date\n" + "".join(f"{row.id}.txt,{row.language},2021-01-01\n"
                                         for row in one.itertuples(index=False)),
        encoding="utf-8")
    results = analyse_folder(tmp_path, workers=1, progress=False, event_date=CUT)
    assert results.keyness is None
    assert [note[:32] for note in results.notes] == ["Keyness: no rows for Danish ('da"] + [
        "Keyness: no rows for Dutch ('nl'"]
    assert "results.keyness" not in repr(results)


def test_without_an_event_date_there_is_no_keyness_and_no_note() -> None:
    results = analyse_folder(framelab.bundled_corpus_folder(), workers=1, progress=False)
    assert results.keyness is None and results.notes == []
    assert results.period_counts == {} and results.period_counts_by_language == {}


# --- 2. a short print(results) -------------------------------------------------------------


def test_printing_results_is_a_short_summary(mixed_results: Results) -> None:
    text = repr(mixed_results)
    assert str(mixed_results) == text
    lines = text.splitlines()
    assert len(lines) <= 12 and max(map(len, lines)) <= 90, text
    assert lines[0] == (f"Results of framelab.analyse_folder: {len(mixed_results.articles)} "
                        f"articles, {sum(mixed_results.totals.values()):,} tokens")
    da, nl = mixed_results.totals["da"], mixed_results.totals["nl"]
    assert lines[1] == f"  per language: da 60 articles, {da:,} tokens; nl 180 articles, {nl:,} tokens"
    assert lines[2] == "  per period: after 118 articles, before 122 articles"
    assert lines[3] == "Look at:"
    keyed = mixed_results.keyness["language"].value_counts()  # type: ignore[index]
    assert lines[6] == ("  results.keyness    after against before, per language "
                        f"(da {keyed['da']} words, nl {keyed['nl']} words)")
    assert "  results.notes      none: nothing was left out" in lines
    for name in ("articles", "sides", "speakers", "keyness", "counts", "totals", "timings"):
        assert f"results.{name}" in text
    assert "Counter(" not in text and "DataFrame" not in text


def test_the_summary_counts_the_notes_and_leaves_out_what_is_not_there() -> None:
    results = analyse_folder(framelab.bundled_corpus_folder(), workers=1, progress=False,
                             event_date=CUT)
    assert "  results.notes      1 note: what was left out, and why" in repr(results).splitlines()
    plain = repr(analyse_folder(framelab.bundled_corpus_folder(), workers=1, progress=False))
    assert "per period" not in plain and "keyness" not in plain
    assert len(plain) < 600, plain


# --- 3. framelab.Results -------------------------------------------------------------------


def test_results_is_a_public_name_with_help() -> None:
    assert framelab.Results is Results
    assert "Results" in framelab.__all__ and "Results" in dir(framelab)
    page = pydoc.render_doc(framelab.Results, renderer=pydoc.plaintext)
    assert "within each language" in page and "period_counts_by_language" in page


def test_importing_framelab_does_not_import_the_pipeline() -> None:
    import subprocess
    import sys

    code = ("import sys, framelab\nprint('framelab.pipeline' in sys.modules)\n"
            "framelab.Results\nprint('framelab.pipeline' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True"]


# --- 4. workers and chunk_size -------------------------------------------------------------


@pytest.mark.parametrize(("options", "named"), [
    ({"workers": 0}, "workers=0"), ({"workers": -1}, "workers=-1"),
    ({"chunk_size": 0}, "chunk_size=0"), ({"chunk_size": -5}, "chunk_size=-5"),
    ({"workers": 0, "executor": "dask"}, "workers=0"),
])
def test_workers_and_chunk_size_below_one_are_refused_before_any_work(
        tmp_path: Path, options: dict[str, object], named: str) -> None:
    # a folder that does not exist: the argument is checked first
    with pytest.raises(ArgumentError) as error:
        analyse_folder(tmp_path / "missing", progress=False, **options)  # type: ignore[arg-type]
    message = str(error.value)
    assert message.startswith(named)
    if named.startswith("workers"):
        assert "from 1" in message and "workers=None" in message
    else:
        assert "from 1" in message and "chunk_size=250" in message


def test_workers_one_and_chunk_size_one_are_fine() -> None:
    results = analyse_folder(framelab.bundled_corpus_folder(), workers=1, chunk_size=1,
                             progress=False)
    assert results.totals == {"da": 426, "nl": 1632}


# --- 5. the progress line's estimate -------------------------------------------------------


class _Stream:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_the_progress_line_adds_the_time_left_once_a_few_chunks_are_done() -> None:
    stream = _Stream()
    bar = _Progress("Analysing articles", 10_000, enabled=True, delay=0, stream=stream)  # type: ignore[arg-type]
    start = bar.start
    bar.update(250, now=start + 1)  # one chunk: too early to guess
    assert stream.text == "\rAnalysing articles: 250/10,000 (2%), 1 s"
    bar.update(500, now=start + 2)
    bar.update(5_250, now=start + 14.2)
    last = stream.text.split("\r")[-1]
    assert last == "Analysing articles: 5,250/10,000 (52%), 14 s, about 13 s left"
    bar.update(6_000, now=start + 300)
    assert stream.text.split("\r")[-1].startswith(
        "Analysing articles: 6,000/10,000 (60%), 5.0 min, about 3.3 min left")
    bar.update(9_999, now=start + 500)
    assert stream.text.split("\r")[-1].startswith(
        "Analysing articles: 9,999/10,000 (100%), 8.3 min, almost done")
    bar.close()
    end = stream.text.split("\r")[-1]
    assert end.startswith("Analysing articles: 10,000/10,000 (100%), ") and "left" not in end
    assert end.endswith("\n") and len(end) - 1 >= len(last)  # covers the longer line before


def test_analyse_folder_shows_the_estimate_on_stderr_and_nothing_with_progress_false(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class Quick(_Progress):
        def __init__(self, *args: object, **options: object) -> None:
            super().__init__(*args, **{**options, "delay": 0, "settle": 1})  # type: ignore[arg-type]

    monkeypatch.setattr(framelab.pipeline, "_Progress", Quick)
    analyse_folder(framelab.bundled_corpus_folder(), workers=1, chunk_size=1, event_date=CUT)
    out, err = capsys.readouterr()
    assert out == ""
    assert re.search(r"Analysing articles: 1/5 \(20%\), \d+ s, "
                     r"(about \d+ s left|almost done)", err), err
    assert err.endswith("\n") and "5/5 (100%)" in err
    analyse_folder(framelab.bundled_corpus_folder(), workers=1, chunk_size=1, progress=False)
    assert capsys.readouterr() == ("", "")


def test_a_notebook_cell_that_ends_with_results_shows_the_summary(mixed_results: Results) -> None:
    formatters = pytest.importorskip("IPython.core.formatters")
    shown, _ = formatters.DisplayFormatter().format(mixed_results)
    assert shown == {"text/plain": repr(mixed_results)}
