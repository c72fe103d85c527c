"""The checks of exercises 05-09 against the mistakes a first-year student made (reader 2).

Each mistake is typed into an answer cell as the student typed it and its check cell runs in a
real kernel, after the exercise's own setup cells; the one line it shows must name the mistake
and must not give the answer or the code away. The "Next step" of every question (the second
failure, and the first `checks.hint`) is a step in words: the code only comes from a second
`checks.hint`.
"""

import re
from pathlib import Path

import nbformat
import pytest

from tests.test_exercises import _shown as shown
from tools.notebooks import run

ROOT = Path(__file__).resolve().parent.parent
RESET = "from framelab.checks import questions as _q\n_q.reset()\n"  # each mistake a first failure
RESTART = "Kernel → Restart Kernel and Run All Cells"

# (question, the answer cell as the student wrote it, what the check must say, what it must not)
MISTAKES = {
    "05": [
        ("q1", 'n_lavrov = framelab.concordance(corpus, "Lavrov")',
         ["is a table, where one number is asked"], ["15 rows", "len("]),
        ("q5", "logdice_rt = round(14 + math.log2(6 / 27), 2)", ["do not round"], []),
        ("q5", "logdice_rt = 14 + math.log2(6 / 27)", ["✓"], []),
    ],
    "06": [
        ("q2", "critical_01 = framelab.keywords.CRITICAL_VALUES",
         ["the whole dictionary of critical values"], ["len()", "6.63"]),
    ],
    "07": [
        ("q1", 'top_frame_002 = scores.loc["002"]', ["is the row of article 002"],
         [".iloc", "security"]),
        ("q5", "kappa_morality = round(2 / 7, 2)", ["do not round"], []),
        ("q4", 'my_lexicon = lexicon.copy()\n'
               'my_lexicon[my_lexicon["concept"] == "sanctions"]["frame"] = "conflict"\n'
               'my_scores = framelab.frame_scores(corpus, lexicon=my_lexicon)',
         ["change them with .loc[rows, column] = value"], []),
        ("q4", 'my_lexicon = lexicon\n'
               'my_lexicon.loc[my_lexicon["concept"] == "sanctions", "frame"] = "conflict"\n'
               'my_scores = framelab.frame_scores(corpus, lexicon=my_lexicon)',
         ["is not a copy", ".copy()", RESTART], []),
        ("q4", 'lexicon = framelab.frame_lexicon()  # as after a restart\n'
               'my_lexicon = lexicon.copy()\n'
               'my_lexicon.loc[my_lexicon["concept"] == "sanctions", "frame"] = "conflict"\n'
               'my_scores = framelab.frame_scores(corpus, lexicon=my_lexicon)', ["✓"], []),
    ],
    "08": [
        ("q2", 'marks_004 = found.loc[found["article"] == "004", "marks"].value_counts()',
         ["is a count", "the label of that count"], [".item()"]),
        ("q3", 'by_side = framelab.who_speaks(found, by="side")\n'
               'part = by_side[by_side["article"] == "003"].set_index("side")["words"]\n'
               'west_share_003 = round(100 * part["West"] / part.sum(), 1)',
         ["do not round"], ["times 100"]),
    ],
    "09": [
        ("q1", 'skipped_file = "004_empty"', ["with its ending .txt"], ["status column"]),
        ("q2", 'cp1252_file = "002_lavrov_invasion"', ["with its ending .txt"], ["not UTF-8"]),
        ("q3", 'rows[2] = "002_lavrov_invasion.txt,nl,2022-02-25"\n'
               'save("metadata.csv", "\\n".join(rows) + "\\n")\n'
               'date_002 = "2022-02-25"', ["✓"], []),
        # Q4 and Q5 run once, then again without the template's `= None` line: the second run
        # stops as the file is gone, and the variables keep the first run's values.
        ("q4", '(folder / "004_empty.txt").unlink()\n'
               'save("002_lavrov_invasion.txt", '
               'framelab.read_text_file(folder / "002_lavrov_invasion.txt").text)\n'
               'report_after = framelab.check_corpus(folder)', ["✓"], []),
        ("q4", '(folder / "004_empty.txt").unlink()\n'
               'report_after = framelab.check_corpus(folder)',
         ["stopped with an error", "FileNotFoundError", RESTART], []),
        ("q5", 'new_name = "001_kremlin_qatar.txt"\n'
               '(folder / "001 kremlin qatar.txt").rename(folder / new_name)\n'
               'rows.append(new_name + ",nl,2024-12")\n'
               'save("metadata.csv", "\\n".join(rows) + "\\n")\n'
               'final_report = framelab.check_corpus(folder)', ["✓"], []),
        ("q5", 'new_name = "001_kremlin_qatar.txt"\n'
               '(folder / "001 kremlin qatar.txt").rename(folder / new_name)\n'
               'final_report = framelab.check_corpus(folder)',
         ["stopped with an error", RESTART], []),
    ],
}


def solution(exercise: str) -> Path:
    return next((ROOT / "solutions").glob(f"{exercise}-*/*.ipynb"))


def setup_cells(nb) -> list:
    """The locked code cells at the top, before the first question."""
    cells = []
    for cell in nb.cells[1:]:
        if cell.cell_type == "markdown" and cell.source.startswith("### Q"):
            break
        if cell.cell_type == "code":
            cells.append(nbformat.v4.new_code_cell(cell.source))
    return cells


@pytest.mark.skipif(not (ROOT / "solutions").is_dir(), reason="a student copy has no solutions/")
@pytest.mark.parametrize("exercise", sorted(MISTAKES))
def test_the_students_mistakes_get_a_fitting_line(exercise, kernel_env):
    path = solution(exercise)
    nb = nbformat.read(path, as_version=4)
    cells = setup_cells(nb)
    checked = []
    for qid, code, says, never in MISTAKES[exercise]:
        cells.append(nbformat.v4.new_code_cell(RESET + code))
        cells.append(nbformat.v4.new_code_cell(f'checks.check("{qid}")'))
        checked.append((len(cells) - 1, qid, code, says, never))
    trial = run(nbformat.v4.new_notebook(cells=cells), path, env=kernel_env, allow_errors=True)
    problems = []
    for index, qid, code, says, never in checked:
        kind, lines = shown(trial.cells[index])
        where = f"exercise {exercise} {qid}, {code.splitlines()[-1]!r}"
        if len(lines) != 1:
            problems.append(f"{where}: {len(lines)} lines: {lines}")
            continue
        line = lines[0]
        if (kind == "ok") != (says == ["✓"]):
            problems.append(f"{where}: expected {says}, got {kind}: {line}")
        problems += [f"{where}: {s!r} not in {line!r}" for s in says if s not in line]
        problems += [f"{where}: {s!r} is in {line!r}" for s in never if s in line]
    assert not problems, "\n".join(problems)


CODE = re.compile(r"\w\(|\[|\]|==|\w = |\.\w+\(|\.(copy|item|nunique|idxmax|iloc|loc)\b")


@pytest.mark.parametrize("exercise", sorted(MISTAKES))
def test_the_next_step_is_words_not_code(exercise):
    """The second failure's "Next step" (and the first hint) names the step; the code is the recipe."""
    from framelab.checks import questions

    problems = []
    for question in questions._questions(exercise).values():
        found = CODE.search(question.approach)
        if found:
            problems.append(f"{question.id}: {found.group(0)!r} in {question.approach!r}")
        if "nunique" in question.approach + question.recipe:
            problems.append(f"{question.id}: .nunique() is not taught")
    assert not problems, "\n".join(problems)


def test_a_rounded_number_is_told_not_to_round():
    from framelab.checks import ex05

    rule = ex05.rounded(lambda variables: 11.834717)
    assert rule(11.83, {}) == "is rounded: store the number as the kit computes it, do not round it"
    assert rule(12.0, {}) is not None  # rounded to a whole number
    assert rule(11.9, {}) is None  # another mistake, not rounding
    assert rule(11.834717, {}) is None


@pytest.mark.parametrize("exercise, question, says", [
    ("05", "q3", "`[ck]`"), ("05", "q4", "`sorted(set(a_list))`"), ("05", "q5", "do not round"),
    ("05", "q6", "*stelde voorts*, further stated"), ("07", "q4", "`new = table.copy()`"),
    ("07", "q5", "not rounded"), ("08", "q3", "not rounded"), ("09", "q4", RESTART),
    ("09", "q5", RESTART), ("09", "q6", '"donderdag" (Thursday)'), ("09", "q6", "(last week)"),
])
def test_the_question_shows_what_it_needs(exercise, question, says):
    """Constructs lesson 05 does not teach, how to copy a table, glosses: in the question."""
    if not (ROOT / "solutions").is_dir():
        pytest.skip("a student copy has no solutions/")
    nb = nbformat.read(solution(exercise), as_version=4)
    text = next(c.source for c in nb.cells
                if c.metadata.get("nbgrader", {}).get("grade_id") == f"{question}-text")
    assert says in text


@pytest.mark.skipif(not (ROOT / "solutions").is_dir(), reason="a student copy has no solutions/")
def test_an_answer_fixed_in_the_check_cell_itself_counts(kernel_env):
    """The answer cell stopped with a KeyError; the student types the fixed answer into the
    check cell, above checks.check: that cell runs now and got this far, so it is the latest
    run of the answer, not the old error. A check cell whose own answer stopped with an error
    still reports it to a later check."""
    path = next((ROOT / "solutions").glob("01-*/*.ipynb"))
    cells = setup_cells(nbformat.read(path, as_version=4))
    broken = 'n_danish = len(corpus[corpus["langauge"] == "da"])'
    fixed = 'n_danish = len(corpus[corpus["language"] == "da"])'
    sources = [broken, f'{fixed}\nchecks.check("q1")',  # fixed in the check cell: ✓
               broken, f'{broken}\nchecks.check("q1")', 'checks.check("q1")']  # still broken
    start = len(cells)
    cells += [nbformat.v4.new_code_cell(RESET + source) for source in sources]
    trial = run(nbformat.v4.new_notebook(cells=cells), path, env=kernel_env, allow_errors=True)
    kind, lines = shown(trial.cells[start + 1])
    assert kind == "ok" and lines == ["✓ `n_danish` looks right."]
    kind, lines = shown(trial.cells[start + 4])
    assert kind == "error" and "stopped with an error: KeyError" in lines[0]
