"""A word with no hits gets a note with the corpus's words like it; the results are unchanged."""

import warnings

import pandas as pd
import pytest

import framelab
from framelab.errors import NoHitsWarning

# invented articles, one Dutch and one Danish
CORPUS = pd.DataFrame({
    "id": ["nl1", "da1"], "language": ["nl", "da"],
    "text": ["De NAVO steunt Oekraïne, zei de minister.",
             "Ministeren besøgte Ærø og talte om Ukraine."]})


def _notes(call) -> tuple[object, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()
    return result, [str(w.message) for w in caught if w.category is NoHitsWarning]


@pytest.mark.parametrize(("word", "meant"), [("Oekraine", "Oekraïne"),  # Dutch: an accent
                                              ("Aero", "Ærø"),  # Danish: æ and ø fold too
                                              ("ministr", "minister")])  # a slip: difflib
def test_count_words_notes_the_spelling_the_corpus_uses(word, meant) -> None:
    counts, notes = _notes(lambda: framelab.count_words(CORPUS, [word, "NAVO"]))
    assert counts[word].tolist() == [0, 0] and counts["NAVO"].tolist() == [1, 0]  # unchanged
    assert len(notes) == 1 and f"but {meant!r} " in notes[0] and "did you mean" in notes[0]


def test_no_note_where_nothing_is_alike_or_the_word_is_there() -> None:
    for words in (["Rusland"], ["navo"], ["oekraïne"]):  # near misses: no note
        _, notes = _notes(lambda words=words: framelab.count_words(CORPUS, words))
        assert notes == []
    _, notes = _notes(lambda: framelab.count_words(CORPUS, ["navo"], ignore_case=False))
    assert notes and "'NAVO'" in notes[0]  # with capitals counted: NAVO is the spelling


def test_concordance_says_which_spelling_the_corpus_uses(capsys) -> None:
    table, notes = _notes(lambda: framelab.concordance(CORPUS, "Oekraine"))
    assert table.empty and len(notes) == 1
    assert "(To the computer, ï is another letter than i.)" in notes[0]
    framelab.show_concordance(table)
    assert "'Oekraïne' does: did you mean it?" in capsys.readouterr().out
    table, notes = _notes(lambda: framelab.concordance(CORPUS, "Rusland"))
    assert table.empty and notes == []
    framelab.show_concordance(table)
    assert "Check its spelling" in capsys.readouterr().out


def test_the_note_shows_as_one_short_line() -> None:
    from framelab.notebook import short_warning

    assert short_warning(NoHitsWarning("'x' ..."), NoHitsWarning) == "Note: 'x' ..."


def test_count_words_with_a_word_asked_for_twice_gives_both_columns_and_no_error():
    """Lesson 06 asks for the key table's first 8 and last 4 words: on a small corpus they
    overlap, and the no-hits check must not stop with "truth value of a Series"."""
    import warnings

    import pandas as pd

    import framelab

    corpus = pd.DataFrame({"id": ["a1"], "language": ["nl"], "text": ["De wolf en de wolf."]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        counts = framelab.count_words(corpus, ["wolf", "wolf", "schaap"])
    assert list(counts.columns) == ["wolf", "wolf", "schaap"]
    assert counts.iloc[0].tolist() == [2, 2, 0]


def test_show_concordance_in_the_cell_of_the_note_does_not_print_it_again() -> None:
    import nbformat
    from nbclient import NotebookClient

    cells = ["import framelab\ncorpus = framelab.load_corpus(quiet=True)",
             'table = framelab.concordance(corpus, "Oekraine")\nframelab.show_concordance(table)',
             "framelab.show_concordance(table)"]  # a later cell: the note in full
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(nb, kernel_name="python3", timeout=120).execute()
    same = "".join(o.get("text", "") for o in nb.cells[1].outputs)
    later = "".join(o.get("text", "") for o in nb.cells[2].outputs)
    assert same.count("Oekraïne") == 1 and "No lines for 'Oekraine' (see the note above)." in same
    assert later.startswith("No lines: ") and "Oekraïne" in later
