"""The exercises students get: generated from solutions/, up to date, and failing only as meant.

A released exercise may fail only where the student has not answered yet: nbgrader's stubs raise
``NotImplementedError`` and the kit's checks raise ``framelab.checks.NotAnsweredError``. Any other
error (a NameError because a later cell needs an earlier answer, a TypeError ...) would confront a
student with a confusing failure before they have done anything, so it fails here.

Students get the course without solutions/ (``python course.py student-copy``): there the exercises
still run, and the tests that need solutions/ skip with :data:`STUDENT_COPY` as the reason.
"""

import re
from pathlib import Path

import nbformat
import pytest

from tools import exercises as generator
from tools.notebooks import error_outputs, exercise_notebooks, run, solution_notebooks

ROOT = Path(__file__).resolve().parent.parent
EXERCISES_DIR = ROOT / generator.RELEASE
INTENDED_ERRORS = {"NotImplementedError", "NotAnsweredError"}
TIERS = ("recall", "apply", "interpret")
OUT_OF_DATE = "exercises/ is out of date: run `python course.py exercises`"
STUDENT_COPY = "this is a student copy: solutions/ is not included"
# nbgrader's markers, spelled in two pieces: students get this file, and a student copy must hold
# no marker text anywhere (tools/studentcopy.py checks every file for it).
BEGIN_SOLUTION = "### BEGIN " + "SOLUTION"
BEGIN_HIDDEN_TESTS = "### BEGIN " + "HIDDEN TESTS"


def is_student_copy() -> bool:
    return not (ROOT / generator.SOURCE).is_dir()


def shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def notebook_params(paths: list[Path], what: str) -> list:
    """One parameter per notebook, or a single skipped one that says why there are none."""
    if paths:
        return [pytest.param(p, id=shown(p)) for p in paths]
    reason = STUDENT_COPY if what.startswith("solution") and is_student_copy() else f"no {what} yet"
    return [pytest.param(None, id="none", marks=pytest.mark.skip(reason=reason))]


# ------------------------------------------------------------------ running the exercises


def test_there_are_exercises_when_there_are_solutions():
    if is_student_copy():
        assert exercise_notebooks(ROOT), "this student copy has no exercises/ notebooks"
        return
    if not generator.assignments(ROOT):
        pytest.skip("solutions/ has no assignments yet, so there are no exercises either")
    assert exercise_notebooks(ROOT), f"exercises/ has no notebooks. {OUT_OF_DATE}"


@pytest.mark.parametrize("path", notebook_params(exercise_notebooks(ROOT), "exercise notebooks"))
def test_unanswered_exercise_fails_only_where_students_answer(path, kernel_env):
    nb = nbformat.read(path, as_version=4)
    run(nb, path, env=kernel_env, allow_errors=True)
    unexpected = [
        f"{shown(path)}, cell {index}: {ename}: {evalue}"
        for index, ename, evalue in error_outputs(nb)
        if ename not in INTENDED_ERRORS
    ]
    assert not unexpected, (
        "An unanswered exercise may only raise NotImplementedError or NotAnsweredError, "
        "but got:\n" + "\n".join(unexpected)
    )


# ------------------------------------------------------------------ exercises/ is current


def essence(path: Path) -> list[tuple]:
    """What must match between a committed and a freshly generated exercise notebook."""
    nb = nbformat.read(path, as_version=4)
    return [
        (cell.cell_type, cell.source, cell.metadata.get("nbgrader"), len(cell.get("outputs", [])))
        for cell in nb.cells
    ]


def released_files(folder: Path) -> dict[str, Path]:
    """Files in the assignment folders of a release folder, by their relative path."""
    found = {}
    for assignment in sorted(p for p in folder.iterdir() if p.is_dir()):
        if assignment.name.startswith("."):
            continue
        for path in assignment.rglob("*"):
            parts = path.relative_to(folder).parts
            if path.is_file() and not {".ipynb_checkpoints", "__pycache__"} & set(parts):
                found[path.relative_to(folder).as_posix()] = path
    return found


def test_exercises_are_up_to_date(tmp_path):
    if is_student_copy():
        pytest.skip(STUDENT_COPY)
    if not generator.assignments(ROOT):
        pytest.skip("solutions/ has no assignments yet")
    fresh_dir = tmp_path / "exercises"
    generator.generate(ROOT, release_dir=fresh_dir)  # what `python course.py exercises` runs
    fresh = released_files(fresh_dir)
    committed = released_files(EXERCISES_DIR) if EXERCISES_DIR.is_dir() else {}
    problems = [f"missing: exercises/{name}" for name in sorted(fresh.keys() - committed.keys())]
    problems += [f"not generated: exercises/{n}" for n in sorted(committed.keys() - fresh.keys())]
    for name in sorted(fresh.keys() & committed.keys()):
        if name.endswith(".ipynb"):
            same = essence(fresh[name]) == essence(committed[name])
        else:
            same = fresh[name].read_bytes() == committed[name].read_bytes()
        if not same:
            problems.append(f"differs: exercises/{name}")
    assert not problems, OUT_OF_DATE + "\n" + "\n".join(problems)


# ------------------------------------------------------------------ the solutions' grading


@pytest.mark.parametrize("path", notebook_params(solution_notebooks(ROOT), "solution notebooks"))
def test_solution_cells_carry_grading_metadata(path):
    nb = nbformat.read(path, as_version=4)
    problems, points, grade_ids = [], [], []
    for index, cell in enumerate(nb.cells):
        meta = cell.metadata.get("nbgrader")
        where = f"cell {index}"
        if BEGIN_SOLUTION in cell.source and not (meta and meta.get("solution")):
            problems.append(f"{where} has {BEGIN_SOLUTION} but no nbgrader solution: true")
        if BEGIN_HIDDEN_TESTS in cell.source and not (meta and meta.get("grade")):
            problems.append(f"{where} has {BEGIN_HIDDEN_TESTS} but no nbgrader grade: true")
        if not meta:
            continue
        if meta.get("schema_version") != 3:
            problems.append(f"{where}: nbgrader schema_version is {meta.get('schema_version')!r}")
        if meta.get("solution") or meta.get("grade") or meta.get("locked"):
            if not meta.get("grade_id"):
                problems.append(f"{where}: nbgrader cell without a grade_id")
            grade_ids.append(meta.get("grade_id"))
        if meta.get("grade"):
            value = meta.get("points")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                problems.append(f"{where}: graded cell has points {value!r} (needs a number > 0)")
            else:
                points.append(value)
    doubles = sorted({g for g in grade_ids if g and grade_ids.count(g) > 1})
    if doubles:
        problems.append(f"grade_id used more than once: {', '.join(doubles)}")
    if sum(points) <= 0:
        problems.append("no graded cell with points: the notebook is worth 0 points")
    assert not problems, f"{shown(path)}:\n" + "\n".join(problems)


HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S", re.MULTILINE)
TIER = re.compile(r"\b(" + "|".join(TIERS) + r")\b", re.IGNORECASE)


@pytest.mark.parametrize("path", notebook_params(solution_notebooks(ROOT), "solution notebooks"))
def test_each_question_names_its_tier(path):
    """Every answer cell's question (its markdown from the heading on) names its tier."""
    nb = nbformat.read(path, as_version=4)
    problems, questions = [], 0
    for index, cell in enumerate(nb.cells):
        if not (cell.metadata.get("nbgrader") or {}).get("solution"):
            continue
        questions += 1
        question: list[str] = []
        for before in reversed(nb.cells[:index]):
            if before.cell_type != "markdown":
                continue
            question.insert(0, before.source)
            if HEADING.search(before.source):
                break
        text = "\n".join(question)
        if not HEADING.search(text):
            problems.append(f"answer cell {index} has no question heading above it")
        elif not TIER.search(text):
            title = [line.strip() for line in text.splitlines() if HEADING.match(line)][-1]
            problems.append(
                f"the question of answer cell {index} ({title!r}) names no tier "
                f"({', '.join(TIERS)})"
            )
    assert questions, f"{shown(path)} has no answer cells (nbgrader solution: true)"
    assert not problems, f"{shown(path)}:\n" + "\n".join(problems)


# ------------------------------------------------------------------ every check outcome, in a kernel

# What a student's answer cell can look like, for each question of each exercise, run in a real
# kernel with the solution notebook's own cells around it: the check cell must say the right
# thing in one line. The right answer is the solution's; the other answers are made from it.
HELPERS = '''
import pandas as _pd

_saved = {}


def _wrong_kind(value):
    """The answer as a kind a beginner might store instead (a number in quotes ...)."""
    if isinstance(value, (bool, int, float)) or type(value).__module__ == "numpy":
        return str(value)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, _pd.DataFrame):
        return value[value.columns[0]]
    return _pd.DataFrame({"value": list(dict(value).values())})


def _wrong_value(value):
    """Another value of the same kind."""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return not value
    if isinstance(value, (int, float)) or type(value).__module__ == "numpy":
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return [str(v) + "x" for v in value]
    if isinstance(value, _pd.DataFrame):
        return value.iloc[1:] if len(value) > 1 else _pd.concat([value, value])
    return {k: v + 1 for k, v in dict(value).items()}
'''
KIND_WORDS = {  # what the hint says about a wrong kind
    "count": "a number in quotes", "number": "a number in quotes", "truth": "in quotes",
    "text": "a list with one item", "list": "where a list is asked",
    "table": "where a table is asked", "column": "where one column with labels",
}
# Mistakes the first-time student made (issue 10 and its review), as they typed them, and what
# the check must say. An empty text: the answer is right (the question asks for no order).
MISTAKES = {
    ("01", "q1"): [('n_danish = len(corpus[corpus["language"] == "dk"])', "is 0, but"),
                   ('n_danish = corpus["language"].value_counts()', 'by its label "da"'),
                   ("n_danish = 1\nok = true", "write True with a capital T")],
    ("01", "q2"): [('earliest = corpus.sort_values("date").loc[0, "id"]', "row 0"),
                   ('earliest = corpus.sort_values("date")["id"][0]', "row 0"),
                   ("earliest = 002", 'an id such as 002 is a text: write it in quotes, "002"')],
    ("01", "q3"): [('dutch = corpus[corpus["language"] == "nl"]', "20 columns"),
                   ('dutch = corpus[["id", "date", "words"]]', "Danish article"),
                   ('dutch = corpus[corpus["language"] == "nl"][["words", "date", "id"]]', "")],
    ("02", "q1"): [('n_removed_000 = len(log[log["article"] == 0])', "is 0, but")],
    ("02", "q2"): [("biggest_rule = 3", "write the name or id in quotes, exactly")],
    ("02", "q3"): [("pct_removed_004 = round(pct_removed_004, 1)", "do not round it")],
    ("02", "q4"): [('peskov_raw = framelab.count_words(corpus, ["Peskov"]).loc["004", "Peskov"]',
                    "the same number")],
    ("03", "q1"): [('n_sentences_da = len(framelab.split_sentences(danish_text, "nl"))',
                    "give the language code of Danish")],
    ("03", "q2"): [("tokens_default = sentence.split()", "use framelab.tokenize")],
    ("03", "q3"): [('tokens_navo = framelab.tokenize(sentence, "nl", hyphens="split")',
                    "in capitals"),
                   ('tokens_navo = framelab.tokenize(sentence, "nl", lowercase=True, hyphens=split)',
                    "if you meant the text split, put it in quotes")],
    ("03", "q4"): [('n_tokens_punct = framelab.lexical_summary(corpus, punctuation=True, '
                    'quotes=True)["tokens"]', "add them up")],
    ("03", "q5"): [("n_quote_marks = framelab.tokenize(subheading, 'nl').count(\"'\")",
                    "is 0, but"),
                   ("n_quote_marks = framelab.tokenize(subheading, 'nl', quotes=True)",
                    "is the list of the tokens"),
                   ("n_quote_marks = framelab.tokenize(subheading, 'nl', quotes=True).count('’')",
                    "count the straight mark ', exactly as the sub-heading writes it (not ’")],
    ("04", "q1"): [('geen_is_stopword = "Geen" in framelab.stopwords("nl")', "in lowercase")],
    ("04", "q2"): [('top_002 = "NAVO"', "capitals")],
    ("04", "q3"): [('oorlog = framelab.frequencies(dutch, by="id").query("token == \'oorlog\'")',
                    "where only the columns id and per_1000 are asked"),
                   ('t = framelab.frequencies(dutch, by="id")\noorlog = t[t["token"] == "oorlog"]',
                    "where only the columns id and per_1000 are asked")],
    ("04", "q4"): [('t = framelab.frequencies(dutch)\n'
                    'n_zeggen = t.loc[t["token"] == "zeggen", "count"].sum()', "count lemmas")],
    ("04", "q5"): [('highest_ttr = framelab.lexical_summary(dutch).sort_values('
                    '"type_token_ratio")["id"].iloc[0]', "lowest")],
    ("06", "q5"): [('sig_01 = sorted(key.loc[key["g2"] >= 6.63, "word"])', "negative G2")],
    ("07", "q3"): [("n_conflict_sentences_004 = 8", "number of hits")],
    ("09", "q3"): [('date_002 = "2/25/2022"', "as Excel writes it")],
}


# A wrong value where _wrong_value's would still be right (Q4 of 09 judges two of the report's rows).
WRONG = {
    ("09", "q4"): 'report_after = _pd.concat([report_after, _pd.DataFrame([{"file": "004_empty.txt", '
                  '"status": "skipped", "problem": "the file is empty"}])])',
}


def _typo(name: str) -> str:
    """n_danish -> n_danihs: the last two different letters swapped, as a quick typist does."""
    for i in range(len(name) - 2, -1, -1):
        a, b = name[i], name[i + 1]
        if a.isalpha() and b.isalpha() and a != b:
            return name[:i] + b + a + name[i + 2:]
    raise ValueError(name)


def _question_plan(nb):
    """The notebook's cells, with each answer cell and its check cell tried in every way.

    Returns the cells to run and, for each tried check cell, (its index, question, outcome,
    what its one line must say).
    """
    from framelab.checks import questions

    cells = [nbformat.v4.new_code_cell(nb.cells[1].source), nbformat.v4.new_code_cell(HELPERS)]
    expect = []
    exercise = re.search(r'checks\.exercise\("(\d+)"\)', nb.cells[1].source).group(1)

    def add(source, check, outcome, says):
        cells.append(nbformat.v4.new_code_cell(source))
        cells.append(nbformat.v4.new_code_cell(check))
        expect.append((len(cells) - 1, qid, outcome, says))

    for cell in nb.cells[2:]:
        meta = cell.metadata.get("nbgrader") or {}
        if cell.cell_type != "code" or meta.get("grade"):
            continue
        if not meta.get("solution"):
            cells.append(nbformat.v4.new_code_cell(cell.source))  # a locked cell of a question
            continue
        qid = meta["grade_id"].split("-")[0]
        _, question = questions.question(qid, exercise)
        answers = question.answers
        names = [a.name for a in answers]
        first = answers[0]
        template = cell.source.split(BEGIN_SOLUTION)[0]
        check = f'checks.check("{qid}")'
        restore = "\n".join(f"{n} = _saved[{n!r}]" for n in names)
        # the model answer runs once; the other answers are made from its values
        cells.append(nbformat.v4.new_code_cell(
            cell.source + "\n" + "\n".join(f"_saved[{n!r}] = {n}" for n in names)))
        add(template + "raise NotImplementedError()", check, "not answered",
            f"`{first.name}` is not answered yet")
        add(template + 'framelab.tokenize("tekst", "dk")\n' + restore, check, "broken cell",
            "your answer cell above stopped with an error: ArgumentError: language='dk'")
        add(template + restore.replace(f"{first.name} =", f"{_typo(first.name)} =", 1), check,
            "misspelt name", f"did you store the answer under another name ({_typo(first.name)})?")
        add(f"del {first.name}\n" + restore.replace(f"{first.name} =", f"{_typo(first.name)} =", 1),
            check, "misspelt name, template line deleted",
            f"there is no variable `{first.name}` yet; did you store the answer under another "
            f"name ({_typo(first.name)})?")
        add(template + restore + "\n" + f"{first.name} = (", check, "syntax error after a right run",
            "your answer cell above stopped with an error: SyntaxError")
        wrong = template + restore + "\n" + WRONG.get(
            (exercise, qid), f"{first.name} = _wrong_value({first.name})")
        add(wrong, check, "wrong value", "✗")
        cells.append(nbformat.v4.new_code_cell(check))
        expect.append((len(cells) - 1, qid, "wrong value again", "Next step: " + question.approach))
        cells.append(nbformat.v4.new_code_cell(f'checks.hint("{qid}")'))
        expect.append((len(cells) - 1, qid, "hint", question.approach))
        cells.append(nbformat.v4.new_code_cell(f'checks.hint("{qid}")'))
        expect.append((len(cells) - 1, qid, "hint again", question.recipe))
        add(template + restore + f"\n{first.name} = _wrong_kind({first.name})", check,
            "wrong kind", KIND_WORDS[first.kind])
        for code, says in MISTAKES.get((exercise, qid), []):
            add(template + restore + "\n" + code, check, f"mistake {code!r}", says or "✓")
        add(template + restore, check, "right", "✓")
    return exercise, cells, expect


def _shown(cell) -> tuple[str, list[str]]:
    """What a cell showed: 'error' or 'ok', and its lines (a check's error: its own lines)."""
    lines, kind = [], "ok"
    for output in cell.outputs:
        if output.output_type == "error":
            kind = "error"
            lines += [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in output.traceback]
        elif output.output_type == "stream" and output.name == "stdout":
            lines += [line for line in output.text.splitlines() if line.strip()]
    return kind, lines


@pytest.mark.parametrize("path", notebook_params(solution_notebooks(ROOT), "solution notebooks"))
def test_every_check_outcome_and_hint_tier(path, kernel_env):
    nb = nbformat.read(path, as_version=4)
    exercise, cells, expect = _question_plan(nb)
    trial = nbformat.v4.new_notebook(cells=cells)
    run(trial, path, env=kernel_env, allow_errors=True)
    problems = []
    recipes = {}
    for index, qid, outcome, says in expect:
        kind, lines = _shown(trial.cells[index])
        where = f"exercise {exercise} {qid}, {outcome}"
        if outcome.startswith("hint"):
            text = "\n".join(lines)
            if says not in text:
                problems.append(f"{where}: {says!r} not in {text!r}")
            continue
        if len(lines) != 1:
            problems.append(f"{where}: the check showed {len(lines)} lines: {lines}")
            continue
        line = lines[0]
        right = says == "✓"
        if right != (kind == "ok") or says not in line:
            problems.append(f"{where}: expected {says!r}, got {kind}: {line}")
        if outcome == "not answered" and trial.cells[index].outputs[0].ename != "NotAnsweredError":
            problems.append(f"{where}: not a NotAnsweredError")
        if outcome == "wrong value" and "Next step" in line:
            problems.append(f"{where}: the first failure already gives the next step: {line}")
        recipes.setdefault(qid, []).append(line)
    from framelab.checks import questions

    for qid, lines in recipes.items():
        recipe = questions.question(qid, exercise)[1].recipe.splitlines()[-1]
        shown = [line for line in lines if recipe in line]
        if shown:
            problems.append(f"exercise {exercise} {qid}: a check showed the recipe: {shown[0]}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", notebook_params(exercise_notebooks(ROOT), "exercise notebooks"))
def test_locked_check_cells_show_no_recipe(path):
    """A student sees `checks.check("q3")`, not the hint that gives the answer away."""
    from framelab.checks import questions

    nb = nbformat.read(path, as_version=4)
    exercise = re.search(r'checks\.exercise\("(\d+)"\)', nb.cells[1].source).group(1)
    problems = []
    for index, cell in enumerate(nb.cells):
        meta = cell.metadata.get("nbgrader") or {}
        if meta.get("grade") and cell.cell_type == "code":
            qid = meta["grade_id"].split("-")[0]
            if cell.source.strip() != f'checks.check("{qid}")':
                problems.append(f"cell {index}: {cell.source!r}")
    for question in questions._questions(exercise).values():
        names = [a.name for a in question.answers]
        for line in question.recipe.splitlines():
            if not any(line.startswith(f"{n} =") for n in names):
                continue  # a step that the question itself may show, such as save(...)
            for index, cell in enumerate(nb.cells):
                if line.strip() in cell.source:
                    problems.append(f"cell {index} shows the recipe of {question.id}: {line}")
    assert not problems, f"{shown(path)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", notebook_params(solution_notebooks(ROOT), "solution notebooks"))
def test_the_stored_hashes_match_the_model_answers(path):
    """digests.json is made from the solutions (`python -m tools.checkdigests`)."""
    import json

    from tools import checkdigests

    stored = json.loads(checkdigests.DIGESTS.read_text(encoding="utf-8"))
    ex = checkdigests.exercise_id(path)
    assert stored.get(ex) == checkdigests.digests_of(path), (
        f"src/framelab/checks/digests.json is out of date for exercise {ex}: run "
        "`python -m tools.checkdigests`")
