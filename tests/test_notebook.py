"""In Jupyter, the kit's own errors show as a short message with the student's line."""

import os

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

import framelab
from framelab.notebook import short_traceback


def _run(*sources: str) -> list[dict]:
    cells = [nbformat.v4.new_code_cell(source) for source in sources]
    nb = nbformat.v4.new_notebook(cells=cells)
    NotebookClient(nb, allow_errors=True, kernel_name="python3", timeout=120).execute()
    return [output for cell in nb.cells for output in cell.outputs if output.output_type == "error"]


@pytest.fixture(scope="module")
def errors() -> list[dict]:
    return _run(
        "import framelab\ncorpus = framelab.load_corpus(quiet=True)",
        "x = 1\nframelab.show_article(corpus, 3)",  # a kit error: short
        "1 / 0",  # not a kit error: Python's full traceback
        'tokens = framelab.tokenize("NAVO-troepen", "nl", hyphens=split)',  # a text without quotes
        "ok = true",
    )


def test_kit_error_is_short_and_names_the_students_line(errors):
    kit = errors[0]
    assert kit.ename == "ArgumentTypeError"
    assert len(kit.traceback) == 2
    assert kit.traceback[0] == "In your code, line 2: framelab.show_article(corpus, 3)"
    assert "an article id in quotes" in kit.traceback[1]


def test_other_errors_keep_the_full_traceback(errors):
    other = errors[1]
    assert other.ename == "ZeroDivisionError"
    assert len(other.traceback) > 2


def test_a_name_error_says_to_put_a_text_in_quotes(errors):
    unquoted, lowercase_true = errors[2], errors[3]
    assert unquoted.ename == lowercase_true.ename == "NameError"
    # the student's line, the error, the tip (in bold: the one that fits), then the hint every
    # NameError gets in plain text (a cell that makes the name may not have run yet)
    bold = "\x1b[1m{}\x1b[0m"
    assert unquoted.traceback[-2] == bold.format(
        'Tip: if you meant the text split, put it in quotes: "split"')
    assert lowercase_true.traceback[-2] == bold.format(
        "Tip: write True with a capital T, and no quotes")
    assert unquoted.traceback[-1] == framelab.notebook.NAME_HINT
    assert len(unquoted.traceback) == 4
    assert all(framelab.notebook.NAME_HINT in e.traceback[-1] for e in (unquoted, lowercase_true))


def test_outside_jupyter_nothing_is_installed():
    assert framelab.notebook.install() is False


def test_short_traceback_skips_the_kits_own_frames():
    def students_cell():
        framelab.load_corpus("this folder does not exist")

    try:
        students_cell()
    except framelab.CorpusError as err:
        lines = short_traceback(type(err), err, err.__traceback__)
    assert lines[0].startswith("In your code, line ")
    assert 'framelab.load_corpus("this folder does not exist")' in lines[0]
    assert "does not exist" in lines[1]


def _streams(*sources: str) -> list[list[dict]]:
    cells = [nbformat.v4.new_code_cell(source) for source in sources]
    nb = nbformat.v4.new_notebook(cells=cells)
    NotebookClient(nb, allow_errors=True, kernel_name="python3", timeout=120).execute()
    return [[o for o in cell.outputs if o.output_type == "stream"] for cell in nb.cells]


def test_a_missing_resource_is_one_short_note_every_time():
    setup = ("import framelab, pandas as pd\n"
             "english = pd.DataFrame({'id': ['e1'], 'language': ['en'], 'text': ['War. Talks.']})")
    outputs = _streams(setup, "hits = framelab.frame_hits(english)",
                       "hits = framelab.frame_hits(english)")
    for cell in outputs[1:]:  # the same line again: the note is shown again
        assert len(cell) == 1 and cell[0].name == "stderr"
        assert cell[0].text == (
            "Note: Article e1 is in English ('en'), for which the kit has no frame lexicon yet: "
            "it has no frame hits. Add rows with language 'en' to a copy of "
            "framelab.frame_lexicon() and pass it as lexicon=your_table.\n")


def _traceback_text(error: dict) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(error.traceback))


def test_a_name_error_before_import_framelab_says_to_run_the_cells_from_the_top():
    import course

    course.write_kernel_config()  # what every `python course.py` command does
    [error] = _run("corpus = framelab.load_corpus(quiet=True)")
    assert error.ename == "NameError"
    text = _traceback_text(error)
    assert "name 'framelab' is not defined" in text
    assert text.rstrip().endswith("Run the cells from the top (Run → Run All Above Selected "
                                  "Cell), then this cell again.")


def test_a_name_error_after_import_framelab_gets_the_same_hint():
    from framelab.notebook import NAME_HINT

    [error] = _run("import framelab", "framelab.show_article(corpus, '000')")
    assert error.ename == "NameError"
    text = _traceback_text(error)
    assert "name 'corpus' is not defined" in text and text.rstrip().endswith(NAME_HINT)
    assert len(error.traceback) > 2  # the usual traceback, then the hint


# ------------------------------------------------------------------ tables: text left-aligned

LEFT = '<td style="text-align: left;">'


def test_a_table_in_jupyter_shows_its_text_left_and_its_numbers_right():
    # a real kernel: what JupyterLab receives (its style sheet right-aligns every cell)
    cells = [nbformat.v4.new_code_cell(source) for source in (
        "import framelab\nimport pandas as pd\n"
        "pd.DataFrame({'article': ['000'], 'hits': [3], 'sentence': ['Rusland moet praten.']})",
        "framelab.notebook.full_tracebacks()\n"
        "pd.DataFrame({'article': ['000'], 'hits': [3], 'sentence': ['Rusland moet praten.']})")]
    nb = nbformat.v4.new_notebook(cells=cells)
    NotebookClient(nb, kernel_name="python3", timeout=120).execute()
    shown, plain = (cell.outputs[0]["data"] for cell in nb.cells)
    assert f"{LEFT}Rusland moet praten.</td>" in shown["text/html"]
    assert f"{LEFT}000</td>" in shown["text/html"] and "<td>3</td>" in shown["text/html"]
    assert shown["text/plain"] == plain["text/plain"]  # the text form is pandas' own
    assert "text-align: left" not in plain["text/html"]  # switched off again


@pytest.mark.parametrize(
    ("table", "left", "right"),
    [
        # a concordance: the left context stays right-aligned, so the keywords line up
        (pd.DataFrame({"left": ["de grote"], "keyword": ["navo"], "right": ["zei dat"]}),
         ["navo", "zei dat"], ["de grote"]),
        # an index of two levels (cells with rowspan) and a column index name
        (pd.DataFrame({"a": ["x", "x"], "b": [1, 2], "c": ["een zin", "twee"]}).set_index(["a", "b"]),
         ["een zin", "twee"], []),
        # numbers, floats and booleans only: pandas' table unchanged
        (pd.DataFrame({"n": [1], "f": [0.5], "ok": [True]}), [], ["1", "0.5", "True"]),
    ],
)
def test_left_aligned_html(table, left, right):
    from framelab.notebook import left_aligned_html

    html = left_aligned_html(table)
    for text in left:
        assert f"{LEFT}{text}</td>" in html
    for text in right:
        assert f"<td>{text}</td>" in html
    if not left:
        assert html == table._repr_html_()


def test_left_aligned_html_of_a_table_too_wide_to_show_whole():
    from framelab.notebook import left_aligned_html

    wide = pd.DataFrame({f"c{i}": ([f"tekst {i}"] if i % 2 else [i]) for i in range(30)})
    with pd.option_context("display.max_columns", 6):
        html = left_aligned_html(wide)
    row = html.split("<tbody>")[1].split("</tr>")[0]
    # shown: c0 c1 c2 ... c27 c28 c29; the text columns are the odd ones
    assert row.count(LEFT) == 3 and f"{LEFT}tekst 1</td>" in row and f"{LEFT}tekst 29</td>" in row
    assert "<td>0</td>" in row and "<td>...</td>" in row and "<td>28</td>" in row


def test_a_key_error_names_the_tables_columns_and_a_call_of_a_missing_function() -> None:
    """A misspelt column is the student's line, the error and the columns with the nearest one,
    not pandas' own 40 lines first; a function no cell has made yet ("save(...)" copied without
    its def) is no text to quote."""
    key, call, near = _run(
        "import framelab\nimport pandas as pd\n"
        "found = pd.DataFrame({'article': ['003'], 'speaker': ['Lavrov']})",
        "found['artcle']",
        "text = 'tekst'\nsave_text('a.txt', text)",
        "speakers = 1\nspeaker + 1",
    )
    assert key.ename == "KeyError" and len(key.traceback) == 4
    assert key.traceback[0] == "In your code, line 1: found['artcle']"
    assert "KeyError" in key.traceback[1] and "'artcle'" in key.traceback[1]
    assert key.traceback[2].endswith("Tip: the table has no column 'artcle'. Did you mean "
                                     "'article'? Its columns: article, speaker.\x1b[0m")
    assert "framelab.full_tracebacks()" in key.traceback[3]
    assert call.ename == "NameError"
    assert call.traceback[-2].startswith(
        "\x1b[1mTip: save_text is a function that a cell above makes")
    assert near.traceback[-2] == "\x1b[1mTip: did you mean `speakers`?\x1b[0m"


def test_a_type_error_of_a_call_names_the_option_that_does_not_exist_or_is_missing() -> None:
    """load_corpus(rule=...) is Python's own TypeError, raised before the kit runs: it keeps
    Python's traceback and ends with the function's options and the nearest one; an option
    the kit passes on to the tokenizer is the kit's own message; other TypeErrors are as ever."""
    wrong, missing, passed_on, other = _run(
        "import framelab",
        "framelab.load_corpus(None, rule=None)",
        "framelab.tokenize('Hij zei het.')",
        "framelab.frequencies(framelab.load_corpus(quiet=True), stopword=True)",
        "len(5)",
    )
    assert wrong.ename == "TypeError" and len(wrong.traceback) > 1
    assert wrong.traceback[-1] == (
        "\x1b[1mTip: load_corpus() has no option rule=. Did you mean rules=? Its options: folder, "
        "clean, rules, quiet (see help(framelab.load_corpus)).\x1b[0m")
    assert missing.traceback[-1].startswith(
        "\x1b[1mTip: tokenize() needs its language as well: tokenize(text, language), e.g. "
        "language='nl'")
    assert passed_on.ename == "ArgumentError"
    assert "stopword= is not an option of frequencies(). Did you mean stopwords=?" in \
        passed_on.evalue
    assert other.ename == "TypeError" and "Tip" not in other.traceback[-1]


def _plain(error: dict) -> list[str]:
    import re

    return [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in error.traceback]


def test_pandas_errors_of_a_beginners_filter_are_short_with_a_tip() -> None:
    """Conditions without brackets (& and |), and/or and if on a column, a column compared with
    a list, .item() of several values, NLTK data to download: the student's line, the error in
    one line and the tip; any other ValueError keeps Python's traceback."""
    setup = ("import framelab, nltk\nimport pandas as pd\n"
             "corpus = pd.DataFrame({'language': ['nl', 'da', 'nl'], 'words': [500, 300, 700],"
             " 'share': [0.5, 0.2, 0.1]})")
    errors = _run(
        setup,
        'corpus[corpus["language"] == "da" & corpus["words"] > 400]',
        "big = corpus[corpus.share > 0.3 | corpus.share < 0.15]",
        'corpus[(corpus["language"] == "da") and (corpus["words"] > 400)]',
        'if corpus["words"] > 400:\n    print("long")',
        'corpus[corpus["language"] == ["nl"]]',
        'corpus[corpus["language"] == "nl"]["words"].item()',
        'nltk.word_tokenize("Hij zei het.")',
        'int("tien")',
        "tokens = [1, 2] & 3",
    )
    rand, ror, word_and, asked, listed, several, nltk_data, other, other_type = map(_plain, errors)
    assert rand[0] == 'In your code, line 1: corpus[corpus["language"] == "da" & corpus["words"] > 400]'
    assert rand[1].startswith("TypeError: Cannot perform 'rand_'") and len(rand) == 4
    assert rand[2] == ('Tip: put each condition in round brackets: (corpus["language"] == "da") & '
                       '(corpus["words"] > 400)')
    assert ror[2] == "Tip: put each condition in round brackets: (corpus.share > 0.3) | (corpus.share < 0.15)"
    assert word_and[1].startswith("ValueError: The truth value of a Series is ambiguous")
    assert word_and[2] == ('Tip: between conditions on columns, write & (for and) or | (for or), '
                           'with each condition in round brackets: (corpus["language"] == "da") & '
                           '(corpus["words"] > 400)')
    assert asked[2].startswith('Tip: corpus["words"] > 400 is one True or False for each row')
    assert 'corpus[corpus["words"] > 400]' in asked[2] and ".item()" in asked[2]
    assert listed[1] == "ValueError: ('Lengths must match to compare', (3,), (1,))"
    assert listed[2].startswith('Tip: compare a column with one value, a text in quotes: '
                                'corpus["language"] == "nl", not with a list ["nl"]')
    assert ".isin(" in listed[2]
    assert "holds 2 values, not one" in several[2] and ".iloc[0]" in several[2]
    assert nltk_data[1] == "LookupError: Resource 'punkt_tab' not found."
    assert "do not run NLTK's downloader" in nltk_data[2]
    assert "nltk.word_tokenize(text, preserve_line=True)" in nltk_data[2]
    assert 'framelab.tokenize(text, "nl")' in nltk_data[2]
    # near misses: Python's own traceback, no tip
    for unchanged in (other, other_type):
        assert len(unchanged) > 2 and not any("Tip" in line for line in unchanged)


def test_a_name_error_of_a_name_a_notebook_makes_says_where_not_to_quote_it(tmp_path) -> None:
    """CORPUS, a lesson's variable or a module's function is no text without quotes: the tip
    says where the name is made (this notebook's parameters cell, a lesson) or which module
    has it; a plain word no notebook makes still gets the quotes."""
    from framelab.checks.questions import _name_tip

    lesson_param, lesson_var, in_module, text = (
        _name_tip(f"NameError: name '{name}' is not defined", {"math": __import__("math")}, line)
        for name, line in [("CORPUS", "corpus = framelab.load_corpus(CORPUS)"),
                           ("by_article", 'by_article.loc["000"]'),
                           ("log2", "x = log2(8)"), ("Oekraine", "concordance(corpus, Oekraine)")])
    assert lesson_param == (" (CORPUS is set in the parameters cell at the top of each lesson, "
                            "not in this notebook: set it here first, in a cell above: "
                            "CORPUS = None)")
    assert lesson_var.startswith(" (by_article is made in lesson 04, not in this notebook: make "
                                 "it here first") and "quotes" not in lesson_var
    assert in_module == " (did you mean math.log2?)"
    assert 'put it in quotes: "Oekraine"' in text
    # in a kernel, in the folder of a notebook whose parameters cell sets CORPUS
    params = nbformat.v4.new_code_cell("CORPUS = None", metadata={"tags": ["parameters"]})
    nbformat.write(nbformat.v4.new_notebook(cells=[params]), tmp_path / "lesson.ipynb")
    cells = [nbformat.v4.new_code_cell(source) for source in (
        "import framelab, math", "corpus = framelab.load_corpus(CORPUS)", "log2(8)")]
    nb = nbformat.v4.new_notebook(cells=cells)
    NotebookClient(nb, allow_errors=True, kernel_name="python3", timeout=120,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    here, module = (_plain(o)[-2] for cell in nb.cells[1:] for o in cell.outputs
                    if o.output_type == "error")
    assert here == ("Tip: CORPUS is set in the parameters cell at the top of this notebook: run "
                    "that cell first, then the cells below it")
    assert module == "Tip: did you mean math.log2?"


def test_a_key_error_of_several_columns_names_the_missing_ones_and_the_nearest() -> None:
    """pandas says "['word'] not in index" (or "None of [Index([...])] ..."): the tip names the
    missing columns and the nearest of each, not the whole message as one column."""
    from framelab.notebook import key_tip

    table = pd.DataFrame({"id": ["000"], "date": ["2022-02-24"], "words": [300],
                          "language": ["nl"]})

    def tip(columns: list[str]) -> str:
        try:
            table[columns]
        except KeyError as err:
            return key_tip(err, err.__traceback__, "table[[...]]")
        return ""

    assert tip(["id", "date", "word"]) == ('Tip: the table has no column "word". Did you mean '
                                          '"words"? Its columns: id, date, words, language.')
    assert tip(["lang", "word"]).startswith('Tip: the table has no columns "lang", "word". Did '
                                            'you mean "language" for "lang", "words" for "word"?')
    assert tip(["id", "xyz"]) == 'Tip: the table has no column "xyz". Its columns: id, date, words, language.'
    assert tip(["id", "words"]) == ""  # all there: no error


def test_in_the_lessons_folder_the_name_tip_allows_for_that_very_lesson(monkeypatch) -> None:
    """Jupyter did not name the notebook and the kernel runs in notebooks/: it may be the
    lesson that makes the name, or another notebook there; the tip says what to do in each."""
    from pathlib import Path

    from framelab.wheremade import tip_for

    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    monkeypatch.chdir(Path(__file__).resolve().parent.parent / "notebooks")
    assert tip_for("CORPUS") == ("(CORPUS is set in the parameters cell at the top of each "
                                 "lesson: in the lesson, run that cell first; in another notebook, "
                                 "make it in a cell above: CORPUS = None)")
    assert tip_for("by_article").startswith("(by_article is made in lesson 04: there, run its "
                                            "cells from the top; in another notebook")
    assert tip_for("no_notebook_makes_this_name") is None  # near miss


def test_an_error_inside_the_kit_s_own_code_gets_no_beginner_s_tip() -> None:
    """A ValueError raised in a framelab module (a kit bug: count_words on a word asked for
    twice once stopped with "truth value of a Series") is not the student's filter: no tip
    that blames their line; an error of their own line still gets it."""
    import sys

    import framelab.notebook
    import framelab.text

    def traceback_of(filename: str):
        try:
            exec(compile("raise ValueError('The truth value of a Series is ambiguous.')",
                         filename, "exec"))
        except ValueError:
            return sys.exc_info()[2]

    assert framelab.notebook._through_kit(traceback_of(framelab.text.__file__))
    assert not framelab.notebook._through_kit(traceback_of("<ipython-input-1>"))
    assert not framelab.notebook._through_kit(traceback_of(framelab.notebook.__file__))


# ------------------------------------------------------------------ SyntaxErrors: a tip


@pytest.mark.parametrize(("cells", "ename", "tip"), [
    # an id written as a number
    (("import framelab\ncorpus = framelab.load_corpus(quiet=True)", "corpus.loc[002]"),
     "SyntaxError", 'put it in quotes, "002" (as in corpus.loc["002"])'),
    # a file name without quotes
    (("import framelab", "name = 002_lavrov_invasion.txt"), "SyntaxError",
     'put it in quotes, "002_lavrov_invasion.txt"'),
    # curly quotes copied from a PDF
    (("import framelab", "x = \u201cRusland\u201d"), "SyntaxError",
     "type \" (or ') on your keyboard"),
    # a bracket never closed
    (("import framelab", "x = framelab.tokenize('Rusland', 'nl'"), "SyntaxError",
     "is opened but never closed. Add the missing )"),
    (("import framelab", "x = framelab.tokenize('Rusland', 'nl'\ny = 1"), "SyntaxError",
     "is opened but never closed: add the missing )"),
    # a line indented for no reason
    (("import framelab", "x = 1\n  y = 2"), "IndentationError", "Delete the spaces at its start"),
])
def test_a_syntax_error_of_a_beginner_gets_a_tip(cells, ename, tip) -> None:
    [error] = _run(*cells)
    assert error.ename == ename
    text = _traceback_text(error)
    assert tip in text and "Tip:" in text.splitlines()[-1]


def test_a_syntax_error_python_explains_itself_keeps_python_s_message() -> None:
    [error] = _run("import framelab", 'print("a" "b" 3)')
    text = _traceback_text(error)
    assert "Perhaps you forgot a comma?" in text and "Tip:" not in text


# ------------------------------------------------- second student tester: tips that misled


def test_a_plain_word_where_a_text_goes_gets_the_quotes_not_a_name_made_of_it() -> None:
    """concordance(corpus, Lavrov) where n_lavrov exists: a name that only adds a part with _
    is no "did you mean"; a plain word as an argument, a side of == or an item of a list is
    told to go in quotes first. Near misses: a typing slip of a variable is still named."""
    from framelab.checks.questions import _name_tip

    def tip(name: str, names: dict, line: str) -> str:
        return _name_tip(f"NameError: name '{name}' is not defined", names, line)

    lavrov = tip("Lavrov", {"n_lavrov": 3}, "framelab.concordance(corpus, Lavrov)")
    assert lavrov == ' (if `Lavrov` is made by a cell above, run the cells from the top; if you ' \
        'meant the text Lavrov, put it in quotes: "Lavrov")'
    for line in ("tokens.count(navo)", "words == navo", "[navo, 'rusland']"):
        said = tip("navo", {"n_navo": 1, "navo_hits": 2}, line)
        assert 'put it in quotes: "navo"' in said and "n_navo" not in said and "hits" not in said
    # a near name that is a real slip: in a text's place, the quotes first, then the name
    slip = tip("navi", {"navo_hits": 1, "navo": 2}, "tokens.count(navi)")
    assert slip == ' (if you meant the text navi, put it in quotes: "navi"; or did you mean `navo`?)'
    # not in a text's place: the near name, as before
    assert tip("speaker", {"speakers": 1}, "speaker + 1") == " (did you mean `speakers`?)"
    assert tip("corpsu", {"corpus": 1}, "corpsu.head()") == " (did you mean `corpus`?)"


def test_a_name_a_cell_of_this_notebook_makes_comes_before_a_near_name(tmp_path,
                                                                        monkeypatch) -> None:
    from framelab.checks.questions import _name_tip

    cells = [nbformat.v4.new_code_cell(s) for s in ("sentence = 'Hij zei het.'",
                                                    "sentences = framelab.sentences(corpus)")]
    path = tmp_path / "lesson.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    monkeypatch.setenv("JPY_SESSION_NAME", str(path))
    monkeypatch.chdir(tmp_path)
    said = _name_tip("NameError: name 'sentences' is not defined", {"sentence": "x"},
                     "sentences.head()")
    assert said == " (sentences is made by a cell of this notebook that has not run yet)"
    # near miss: a name no cell here makes keeps the near name
    assert _name_tip("NameError: name 'sentencs' is not defined", {"sentence": "x"},
                     "sentencs.head()") == " (did you mean `sentence`?)"


def test_a_text_the_kit_takes_gets_the_quotes_before_the_lesson_that_makes_the_name() -> None:
    """nl is made in lesson 09, but unquoted in an exercise it is nearly always the language
    code: the quotes first. A lesson's own variable (by_article) keeps the lesson first."""
    from framelab.checks.questions import _kit_texts, _name_tip

    said = _name_tip("NameError: name 'nl' is not defined", {}, "framelab.tokenize(text, nl)")
    assert said.startswith(' (if you meant the text nl, put it in quotes: "nl"; or, nl is made '
                           "in lesson 09, not in this notebook")
    assert {"nl", "da", "before", "after", "word", "stem", "lemma"} <= _kit_texts()
    assert not {"navo", "corpus", "by_article"} & _kit_texts()
    lesson = _name_tip("NameError: name 'by_article' is not defined", {}, "x = by_article")
    assert lesson.startswith(" (by_article is made in lesson 04")


def test_a_constant_of_a_kit_module_is_named_with_its_module() -> None:
    from framelab.checks.questions import _name_tip

    assert _name_tip("NameError: name 'CRITICAL_VALUES' is not defined", {},
                     "CRITICAL_VALUES[0.01]") == " (did you mean framelab.keywords.CRITICAL_VALUES?)"
    assert _name_tip("NameError: name 'SHORT_WORDS' is not defined", {}, "SHORT_WORDS[0]") == (
        " (`SHORT_WORDS` is not made by any cell that ran: make it in a cell above, or run the "
        "cells from the top)")  # near miss: no module of the kit has it


def test_a_copy_of_a_lesson_or_run_course_s_output_counts_as_that_lesson(tmp_path,
                                                                         monkeypatch) -> None:
    """JupyterLab names the notebook by its path from the folder the server started in; a copy
    (05-...-Copy1.ipynb) is its lesson; run-course's output (JPY_SESSION_NAME is the notebook it
    writes) too, also when the file cannot be read yet."""
    import shutil
    from pathlib import Path

    from framelab.wheremade import tip_for

    lessons = Path(__file__).resolve().parent.parent / "notebooks"
    folder = tmp_path / "course" / "notebooks"
    folder.mkdir(parents=True)
    shutil.copy(lessons / "05-keywords-in-context.ipynb",
                folder / "05-keywords-in-context-Copy1.ipynb")
    shutil.copy(lessons / "04-word-frequencies.ipynb", folder / "04-word-frequencies.ipynb")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("JPY_SESSION_NAME", "course/notebooks/05-keywords-in-context-Copy1.ipynb")
    here = "(apart is made by a cell of this notebook that has not run yet)"
    assert tip_for("apart") == here
    assert tip_for("by_article").startswith("(by_article is made in lesson 04, not in this")
    # run-course: the output notebook, not written yet, in a folder of its own
    out = tmp_path / "run"
    out.mkdir()
    monkeypatch.chdir(out)
    monkeypatch.setenv("JPY_SESSION_NAME", str(out / "05-keywords-in-context.ipynb"))
    assert tip_for("apart") == here
    monkeypatch.setenv("JPY_SESSION_NAME", str(out / "06-keyness.ipynb"))  # near miss
    assert tip_for("apart").startswith("(apart is made in lesson 05, not in this notebook")


def test_run_course_names_the_notebook_for_the_kernel(monkeypatch) -> None:
    from pathlib import Path

    from tools.runcourse import session_named

    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    with session_named(Path("out/05-keywords-in-context.ipynb")):
        assert os.environ["JPY_SESSION_NAME"].endswith("out/05-keywords-in-context.ipynb")
    assert "JPY_SESSION_NAME" not in os.environ


def test_placeholders_type_errors_and_key_errors_a_tester_met() -> None:
    """raise NotImplementedError() left under an answer; a one-value column in math.log2; a
    TextFile written as a text; .loc[rows, "Date"]; a dictionary's missing key. Near misses
    keep Python's traceback without a tip."""
    setup = ("import framelab, math\nimport pandas as pd\n"
             "mine = pd.DataFrame({'date': ['2022-02-24'], 'n': [3]})\n"
             "fx = mine['n']\n"
             "from framelab.keywords import CRITICAL_VALUES\n"
             "def save(name, data):\n    import pathlib, tempfile\n"
             "    pathlib.Path(tempfile.mkdtemp(), name).write_text(data)")
    errors = [_plain(e) for e in _run(
        setup,
        "answer = 3\nraise NotImplementedError()",
        "math.log2(2 * 3 / (fx + fx))",
        "save('a.txt', framelab.read_text_file('README.md'))",
        "mine.loc[mine['n'] > 1, 'Date']",
        "CRITICAL_VALUES[0.1]",
        "del CRITICAL_VALUES\nCRITICAL_VALUES[0.01]",
        "framelab.keywords.CRITICAL_VALUES[0.01]",  # as the tip says: it works
        # near misses
        "raise NotImplementedError('not yet')",
        "math.log2('a')",
        "save('a.txt', 3)",
    )]
    placeholder, series, textfile, loc, key, constant, *others = errors
    assert placeholder[0] == "In your code, line 2: raise NotImplementedError()"
    assert placeholder[-1] == ("Tip: delete the line raise NotImplementedError() under your "
                               "answer: it only marks where the answer goes.")
    assert "must be real number, not Series" in "\n".join(series)
    assert series[-1].startswith("Tip: a column or table (a pandas Series) is not one number")
    assert ".item()" in series[-1] and ".iloc[0]" in series[-1]
    assert textfile[-1] == ("Tip: read_text_file() gives a TextFile, not a text: use its .text "
                            "(e.g. framelab.read_text_file(path).text).")
    assert loc[2] == ("Tip: the table has no column 'Date' (in .loc[rows, column] the second key "
                      "is a column). Did you mean 'date'? Its columns: date, n.")
    assert key[-1] == "Tip: CRITICAL_VALUES has no key 0.1; its keys: 0.05, 0.01, 0.001, 0.0001."
    assert constant[-2] == "Tip: did you mean framelab.keywords.CRITICAL_VALUES?"
    assert len(others) == 3
    # in a fresh kernel, the name the tip gives works
    [fresh] = _run("import framelab", "CRITICAL_VALUES[0.01]",
                   "framelab.keywords.CRITICAL_VALUES[0.01]")
    assert _plain(fresh)[-2] == "Tip: did you mean framelab.keywords.CRITICAL_VALUES?"
    for other in others:
        assert len(other) > 2 and not any("Tip" in line for line in other)


def test_a_check_names_the_error_above_a_leftover_raise_line_not_the_raise_line() -> None:
    # the answer line fails (a misspelt column); the raise line under it never ran
    errors = _run(
        "import framelab\nfrom framelab import checks\ncorpus = framelab.load_corpus(quiet=True)",
        'n_danish = (corpus["langauge"] == "da").sum()\nraise NotImplementedError()',
        'checks.check("q1", exercise_id="01")')
    text = _traceback_text(errors[-1])
    assert "stopped with an error: KeyError" in text and "not answered yet" not in text


def test_a_misspelt_method_gets_did_you_mean_and_a_misspelt_kit_name_no_kit_code() -> None:
    method, kit, other = _run(
        "import framelab\ncorpus = framelab.load_corpus(quiet=True)",
        'corpus["language"].value_count()',  # pandas: value_counts
        "framelab.who_speak(corpus)",  # the kit: who_speaks
        "import math\nmath.tau.real.nothing_like_this")  # no near name: Python's traceback
    text = _traceback_text(method)
    assert "did you mean .value_counts?" in text and "generic.py" not in text
    text = _traceback_text(kit)
    assert "Did you mean framelab.who_speaks?" in text and "__init__.py" not in text
    assert "Tip:" not in _traceback_text(other) and len(other.traceback) > 2
