"""Every lesson takes its corpus as a papermill parameter and runs on another corpus.

``python course.py run-course FOLDER`` runs each lesson with ``CORPUS=FOLDER`` into an output
folder. Here it runs on the English and German corpus of :mod:`other_corpus` (with and without
its course.toml): every lesson must run without an error, the lessons in notebooks/ must stay
as they are, and the outputs must be about that corpus, not the course's articles.
"""

import ast
import hashlib
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from other_corpus import write_other_corpus

import framelab
from tools import runcourse
from tools.notebooks import error_outputs, lesson_notebooks

ROOT = Path(__file__).resolve().parent.parent
# Words that only the course's own articles give: a lesson that shows them when it runs on the
# wind-farm corpus still has a fact of the course's articles written into its code.
COURSE_ONLY = ("Peskov", "Zelenski", "Kellogg", "Truss", "Blinken", "invasie", "c249c87eef07bc69")


def code_cells(path):
    return [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


@pytest.mark.parametrize("path", lesson_notebooks(), ids=lambda p: p.name)
def test_the_first_code_cell_is_the_corpus_parameter(path):
    cells = code_cells(path)
    tagged = [c for c in cells if "parameters" in c.metadata.get("tags", [])]
    assert tagged == [cells[0]], "one cell tagged 'parameters', the first code cell"
    lines = cells[0].source.splitlines()
    assert "CORPUS = None" in lines
    before = lines[:lines.index("CORPUS = None")]
    assert before and all(line.startswith("# ") for line in before), "a comment for the student"


@pytest.mark.parametrize("path", lesson_notebooks(), ids=lambda p: p.name)
def test_the_other_parameters_are_the_course_facts_run_course_fills(path):
    """Each value a lesson shows in its parameters cell ("navo", "003") is the fact run-course
    gives that name for the course's own articles, so the lesson reads as plain text and still
    runs on another corpus."""
    corpus = framelab.load_corpus(quiet=True)
    facts = framelab.course_facts(corpus=corpus)
    source = code_cells(path)[0].source
    defaults = {target.id: ast.literal_eval(node.value) for node in ast.parse(source).body
                for target in node.targets}
    assert list(defaults)[0] == "CORPUS"
    unknown = [name for name in defaults if name != "CORPUS" and name not in runcourse.FACT_PARAMETERS]
    assert unknown == [], f"run-course does not know how to fill {unknown}"
    given = runcourse.lesson_parameters(path, framelab.bundled_corpus_folder(), facts, corpus)
    assert {name: given[name] for name in defaults if name != "CORPUS"} == {
        name: value for name, value in defaults.items() if name != "CORPUS"}


@pytest.mark.parametrize("path", lesson_notebooks(), ids=lambda p: p.name)
def test_no_lesson_reads_the_course_folder_by_path(path):
    for cell in code_cells(path):
        assert "../corpus" not in cell.source, cell.source
        assert "load_corpus()" not in cell.source.replace("load_corpus(CORPUS", ""), cell.source


def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def run_course(*args, cwd):
    return subprocess.run([sys.executable, "-m", "tools.runcourse", f"--cwd={cwd}", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module", params=["with course.toml", "without course.toml"])
def other_run(request, tmp_path_factory):
    """The whole course run on the English/German corpus; (folder, out, process)."""
    work = tmp_path_factory.mktemp("run-course")
    folder = write_other_corpus(work / "windfarm", config=request.param == "with course.toml")
    before = digest(ROOT / "notebooks")
    process = run_course("windfarm", "--out", "executed", cwd=work)
    assert digest(ROOT / "notebooks") == before, "the lessons in notebooks/ were changed"
    return folder, work / "executed", process


def test_every_lesson_runs_on_an_english_and_german_corpus(other_run):
    folder, out, process = other_run
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    names = [p.name for p in lesson_notebooks()]
    assert sorted(p.name for p in out.glob("*.ipynb")) == names
    assert f"{len(names)} of {len(names)} lessons ran" in process.stdout
    for name in names:
        nb = nbformat.read(out / name, as_version=4)
        assert error_outputs(nb) == [], name
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(injected) == 1 and str(folder) in injected[0].source, name
        for parameter in set(runcourse.parameter_names(ROOT / "notebooks" / name)) - {"CORPUS"}:
            assert f"{parameter} = " in injected[0].source, (name, parameter)
    # the same in the summary file, for scripts (benchmarks/bench_run_course.py)
    summary = runcourse.read_summary(out)
    assert summary["folder"] == folder.resolve().as_posix()
    assert [entry["lesson"] for entry in summary["lessons"]] == names
    for entry in summary["lessons"]:
        assert entry["status"] == "ok" and entry["seconds"] > 0, entry
        assert entry["bytes"] == (out / entry["lesson"]).stat().st_size, entry


def test_run_course_fills_the_named_facts_from_the_other_corpus(other_run):
    folder, out, _process = other_run
    corpus = framelab.load_corpus(folder, quiet=True)
    facts = framelab.course_facts(folder, corpus=corpus)
    for name in ("01-reading-the-corpus.ipynb", "03-tokenising.ipynb", "04-word-frequencies.ipynb"):
        cells = nbformat.read(out / name, as_version=4).cells
        injected = next(c for c in cells if "injected-parameters" in c.metadata.get("tags", []))
        given = {target.id: ast.literal_eval(node.value)
                 for node in ast.parse(injected.source).body for target in node.targets}
        expected = runcourse.lesson_parameters(ROOT / "notebooks" / name, folder, facts, corpus)
        assert given == expected, name
    # the values are the other corpus's facts, not the course's defaults
    assert expected["NODE"] == facts.node != "navo"
    assert expected["LANGUAGE"] == facts.language != "nl"


def test_outputs_on_another_corpus_are_about_that_corpus(other_run):
    _folder, out, _process = other_run
    for path in sorted(out.glob("*.ipynb")):
        cells = nbformat.read(path, as_version=4).cells
        if path.name.startswith("09-"):
            # Lesson 09 builds its example folder from pieces of the course's articles, whatever
            # CORPUS is; only its last section ("Your own folder") is about CORPUS.
            start = next(i for i, c in enumerate(cells) if c.source.startswith("## Your own folder"))
            cells = cells[start:]
        shown = []
        for cell in cells:
            for output in cell.get("outputs", []):
                shown.append(output.get("text", ""))
                shown.append(output.get("data", {}).get("text/plain", ""))
        text = "\n".join(shown)
        assert [w for w in COURSE_ONLY if w in text] == [], path.name


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # the output folder may not be the lessons' own
        (["windfarm", "--out", str(ROOT / "notebooks")], "inside the course's own folders"),
        (["windfarm", "--out", str(ROOT / "notebooks" / "x")], "inside the course's own folders"),
        # nor a folder of someone else's files
        (["windfarm", "--out", "mine"], "already has files that this command did not write"),
        # nor inside the corpus, where its notebooks would be read as articles next time
        (["windfarm", "--out", "windfarm/out"], "inside the corpus folder"),
        # a corpus folder that is not there
        (["no-such-folder"], "does not exist"),
        # a lesson that is not there
        (["windfarm", "--lessons", "42"], "there is no lesson 42"),
    ],
)
def test_run_course_refuses_with_a_message(tmp_path, args, message):
    write_other_corpus(tmp_path / "windfarm")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("mine", encoding="utf-8")
    process = run_course(*args, cwd=tmp_path)
    assert process.returncode == 2
    assert message in process.stderr
    assert "Traceback" not in process.stderr
    assert (tmp_path / "mine" / "thesis.docx").read_text(encoding="utf-8") == "mine"


def test_a_second_run_may_replace_its_own_output(tmp_path):
    write_other_corpus(tmp_path / "windfarm")
    for _ in range(2):
        process = run_course("windfarm", "--lessons", "00", cwd=tmp_path)
        assert process.returncode == 0, process.stderr[-2000:]
    assert (tmp_path / "course-on-windfarm" / "00-welcome.ipynb").is_file()


def test_lessons_are_chosen_by_number():
    assert [p.name for p in runcourse.lesson_paths(["7b", "01"])] == [
        "07b-coding-frames.ipynb", "01-reading-the-corpus.ipynb"]


# ------------------------------------------------------------------ issue 13: a real corpus


def test_lessons_04_and_07_run_on_12_articles_with_progress_and_small_outputs(tmp_path):
    from generated_corpus import write_generated_corpus

    (tmp_path / "twelve").mkdir()
    write_generated_corpus(tmp_path / "twelve", articles=12, seed=13)
    process = run_course("twelve", "--out", "executed", "--lessons", "04", "07", cwd=tmp_path)
    # lesson 04 stopped here: "a chart with more than 7 bars per word cannot be read"
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    assert "2 of 2 lessons ran" in process.stdout
    assert "cell/s" in process.stdout or "s/cell" in process.stdout  # progress within a lesson
    for name in ("04-word-frequencies.ipynb", "07-frames.ipynb"):
        size = (tmp_path / "executed" / name).stat().st_size
        assert size < 3_000_000, f"{name} is {size / 1e6:.1f} MB"
        assert " MB)" in process.stdout or " KB)" in process.stdout  # sizes are reported
    nb = nbformat.read(tmp_path / "executed" / "04-word-frequencies.ipynb", as_version=4)
    titles = "".join(str(o.get("data", {})) for c in nb.cells if c.cell_type == "code"
                     for o in c.outputs)
    assert error_outputs(nb) == []
    assert "image/png" in titles
    # the kernels were stopped as Jupyter stops them, with an interrupt (whose note a kernel
    # writes or not, by timing): the log says so once,
    # without an alarming "ERROR | KeyboardInterrupt caught in kernel" per lesson
    log = (tmp_path / "executed" / "kernel-messages.log").read_text(encoding="utf-8")
    assert "ERROR" not in log and runcourse.STOPPED not in log.replace(runcourse.STOPPED_NOTE, "")


def test_the_kernel_log_leaves_out_the_shutdown_interrupts_and_keeps_the_rest(tmp_path):
    log = tmp_path / "kernel-messages.log"
    log.write_text("[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel\n"
                   "KeyboardInterrupt caught in kernel.\n"
                   "Traceback (most recent call last): a real problem\n", encoding="utf-8")
    runcourse.tidy_kernel_log(log)
    runcourse.tidy_kernel_log(log)  # twice: the note once
    assert log.read_text(encoding="utf-8").splitlines() == [
        runcourse.STOPPED_NOTE, "Traceback (most recent call last): a real problem"]
    quiet = tmp_path / "quiet.log"
    quiet.write_text("a note\n", encoding="utf-8")
    runcourse.tidy_kernel_log(quiet)
    assert quiet.read_text(encoding="utf-8") == "a note\n"


def test_run_course_prints_names_a_cp1252_console_lacks(monkeypatch):
    import io

    console = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")  # a Windows console's stdout
    monkeypatch.setattr(sys, "stdout", console)
    runcourse.printable_everywhere()
    print("Loaded 2 article(s) from Київ/raw")  # was: UnicodeEncodeError
    console.flush()
    assert console.buffer.getvalue().decode("cp1252") == "Loaded 2 article(s) from ????/raw\n"


def test_the_folder_after_lessons_is_the_folder_not_a_lesson(tmp_path, capsys):
    """`run-course --lessons 08 my_corpus` (options first, as an instructor types it): argparse
    would give the folder to --lessons and then say FOLDER is missing. The folder is read as the
    folder, so the message is about the lesson number (quick: nothing runs)."""
    folder = tmp_path / "mine"
    folder.mkdir()
    assert runcourse._main(["--lessons", "99", str(folder)], cwd=tmp_path) == 2
    assert "there is no lesson 99" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        runcourse._main(["--lessons", str(folder)], cwd=tmp_path)
    assert "needs one or more lesson numbers before the folder" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        runcourse._main([], cwd=tmp_path)
    assert "required: FOLDER" in capsys.readouterr().err


def test_a_partial_rerun_keeps_the_other_lessons_in_the_summary(tmp_path):
    """'--lessons 04' after a whole run: the summary still lists every lesson that is in the
    output folder (the rerun one with its new figures); another folder's run is dropped."""
    folder, out = tmp_path / "mine", tmp_path / "executed"
    folder.mkdir()
    out.mkdir()
    entries = [{"lesson": name, "status": "ok", "seconds": 1.0, "cpu_seconds": 1.0, "bytes": 1}
               for name in ("01-a.ipynb", "02-b.ipynb", "04-c.ipynb")]
    for entry in entries[:2] + entries[2:]:
        (out / entry["lesson"]).write_text("{}", encoding="utf-8")
    runcourse.write_summary(out, folder, 5, entries)
    kept = runcourse.earlier_entries(out, folder, {"04-c.ipynb"})
    assert [entry["lesson"] for entry in kept] == ["01-a.ipynb", "02-b.ipynb"]
    (out / "02-b.ipynb").unlink()  # a lesson no longer in the folder is not listed
    assert [e["lesson"] for e in runcourse.earlier_entries(out, folder, set())] == [
        "01-a.ipynb", "04-c.ipynb"]
    assert runcourse.earlier_entries(out, tmp_path / "other", set()) == []
    (out / runcourse.SUMMARY).write_text("not json", encoding="utf-8")
    assert runcourse.earlier_entries(out, folder, set()) == []


def _lesson_with(tmp_path: Path, *texts: str) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# 99 · A lesson")] + [
        nbformat.v4.new_markdown_cell(text) for text in texts] + [
        nbformat.v4.new_code_cell("CORPUS = None")]
    path = tmp_path / "99-lesson.ipynb"
    nbformat.write(notebook, path)
    return path


def test_text_written_for_the_course_articles_is_marked_on_another_folder(tmp_path):
    path = _lesson_with(tmp_path, "* **004** gives Russia 100% of its quoted words.",
                        "Moscow kept 100,000 troops and 1.000 tanks at the border.",
                        "A word count is a first look.")
    assert runcourse.mark_course_prose(path, tmp_path / "mine") == 1
    cells = nbformat.read(path, as_version=4).cells
    assert cells[0].source == "# 99 · A lesson"
    assert "Run on your folder" in cells[1].source and "mine" in cells[1].source
    assert cells[2].source.startswith("> *Written for the course's own articles (000, 001")
    assert cells[2].source.endswith("* **004** gives Russia 100% of its quoted words.")
    assert not cells[3].source.startswith(">") and not cells[4].source.startswith(">")


def test_a_folder_with_the_course_ids_gets_the_marks_too(tmp_path):
    """Lesson 09 advises files named 000_..., 001_...: a paragraph about the course's 004 is
    still about the course's 004, not about the folder's ("004 is the shortest article")."""
    path = _lesson_with(tmp_path, "004 names Peskov 4 times in the raw file.",
                        "004 is the shortest article.", "Peskov speaks for the Kremlin.")
    assert runcourse.mark_course_prose(path, tmp_path / "mine") == 2
    cells = nbformat.read(path, as_version=4).cells
    assert "Run on your folder" in cells[1].source
    assert cells[2].source.startswith("> *Written for the course's own articles")
    assert cells[3].source.startswith("> *Written for the course's own articles")
    assert not cells[4].source.startswith(">")


def test_a_text_cell_tagged_as_about_the_course_articles_is_marked(tmp_path):
    """A paragraph about the course's articles that names none ("every speaker is known")."""
    path = _lesson_with(tmp_path, "Every speaker of the course's articles is in the table.",
                        "A word count is a first look.")
    notebook = nbformat.read(path, as_version=4)
    notebook.cells[1].metadata["tags"] = [runcourse.COURSE_TAG]
    nbformat.write(notebook, path)
    assert runcourse.mark_course_prose(path, tmp_path / "mine") == 1
    cells = nbformat.read(path, as_version=4).cells
    assert cells[2].source.startswith("> *Written for the course's own articles")
    assert not cells[3].source.startswith(">")


def test_the_lessons_tag_text_about_the_course_articles_that_names_none():
    """The paragraphs readers found misleading on their own folder are tagged."""
    tagged = {(path.name, cell.get("id")) for path in lesson_notebooks()
              for cell in nbformat.read(path, as_version=4).cells
              if runcourse.COURSE_TAG in cell.metadata.get("tags", [])}
    assert {("02-cleaning.ipynb", "cell-006"), ("08-who-speaks.ipynb", "cell-035"),
            ("09-your-own-corpus.ipynb", "cell-i11-03"),
            # the course's figures and findings: "641 words before, 991 after", oorlog's G2
            ("06-keyness.ipynb", "cell-012"), ("06-keyness.ipynb", "cell-022"),
            ("03-tokenising.ipynb", "cell-038"), ("05-keywords-in-context.ipynb", "cell-039"),
            ("04-word-frequencies.ipynb", "cell-016"),
            # the stem and lemma lines, the strongest pairs, the worked pair (instructor reader)
            ("05-keywords-in-context.ipynb", "cell-021"), ("05-keywords-in-context.ipynb", "cell-024"),
            ("05-keywords-in-context.ipynb", "cell-031"),
            ("05-keywords-in-context.ipynb", "cell-036")} <= tagged


def _with_output(source: str, shown: str, cell_id: str):
    cell = nbformat.v4.new_code_cell(source)
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=shown)]
    cell["id"] = cell_id
    return cell


def _markdown(text: str, cell_id: str):
    cell = nbformat.v4.new_markdown_cell(text)
    cell["id"] = cell_id
    return cell


def test_a_paragraph_with_a_figure_of_the_course_s_outputs_is_marked_where_the_run_differs(
        tmp_path):
    """'Two against two: 641 words before, 991 after' stood unmarked under another folder's
    sizes: it names no article. A paragraph that states a figure the outputs around it show on
    the course's articles, and the run on the folder does not, is marked; one whose figures the
    run shows too (a measure's maximum) or that states none the outputs show is not."""
    lesson = nbformat.v4.new_notebook()
    lesson.cells = [_markdown("# 99 · A lesson", "title"),
                    _with_output("CORPUS = None", "", "params"),
                    _with_output("sizes()", "before 641\nafter 991\n", "sizes"),
                    _markdown("Two against two: 641 words before, 991 after.", "figures"),
                    _with_output("dice()", "max 14.0\n", "dice"),
                    _markdown("logDice is 14 at most (lesson 05, 45 minutes).", "same"),
                    _markdown("A word seen 1,000 times is frequent.", "none")]
    run = nbformat.v4.new_notebook()
    run.cells = [nbformat.from_dict(dict(c)) for c in lesson.cells]
    run.cells[2].outputs[0]["text"] = "before 120\nafter 98\n"
    lesson_path, run_path = tmp_path / "lesson.ipynb", tmp_path / "99-lesson.ipynb"
    nbformat.write(lesson, lesson_path)
    nbformat.write(run, run_path)
    assert runcourse.figures_of_the_course(lesson.cells, run.cells) == {"figures"}
    assert runcourse.mark_course_prose(run_path, tmp_path / "mine", lesson_path) == 1
    cells = {c.get("id"): c for c in nbformat.read(run_path, as_version=4).cells}
    assert cells["figures"].source.startswith("> *Written for the course's own articles")
    assert not cells["same"].source.startswith(">") and not cells["none"].source.startswith(">")
    # the same run with the course's figures: nothing to mark
    assert runcourse.figures_of_the_course(lesson.cells, lesson.cells) == set()


def test_run_course_marks_the_course_s_figures_also_where_the_folder_uses_the_course_ids(
        tmp_path):
    """A folder whose ids are 000-005 too: the ids are no reason to mark, the tags and figures
    are. Lesson 06's sizes and oorlog's G2 are the course's, and marked."""
    write_other_corpus(tmp_path / "windfarm")
    process = run_course("windfarm", "--lessons", "06", cwd=tmp_path)
    assert process.returncode == 0, process.stderr[-2000:]
    cells = {c.get("id"): c for c in nbformat.read(
        tmp_path / "course-on-windfarm" / "06-keyness.ipynb", as_version=4).cells}
    for cell_id in ("cell-012", "cell-022", "cell-028"):
        assert cells[cell_id].source.startswith("> *Written for the course's own articles"), \
            cells[cell_id].source[:200]
    assert not cells["cell-018"].source.startswith(">")  # how G2 is computed: for any folder


# ------------------------------------------------- an instructor's folder: one clear message


def test_an_article_id_in_course_toml_that_is_not_there_is_one_message(tmp_path):
    """A wrong id in course.toml stopped run-course with a traceback from tools/runcourse.py,
    the ids cut at eight and no nearest one; now: the file, the key, the nearest id, all ids
    of a small folder, what to do, and no traceback."""
    folder = write_other_corpus(tmp_path / "windfarm")
    (folder / "course.toml").write_text('article = "0003"\n', encoding="utf-8")
    process = run_course("windfarm", "--lessons", "00", cwd=tmp_path)
    assert process.returncode == 2
    assert "Traceback" not in process.stderr
    assert "course.toml: article = '0003' is not an article id" in process.stderr
    assert "the nearest is '003'" in process.stderr
    assert "000, 001, 002, 003, 004 and 005" in process.stderr
    assert "delete the line" in process.stderr
    assert not (tmp_path / "course-on-windfarm").exists()


def test_warnings_in_the_terminal_show_the_message_without_python_s_source_line(tmp_path):
    folder = write_other_corpus(tmp_path / "windfarm")
    (folder / "actors.csv").write_text("actor,variants,side\nTom Reilly,Reilly,fishermen\n"
                                       "Tom Reilly,Tom Reilly|Reilly,fishermen\n",
                                       encoding="utf-8")
    process = run_course("windfarm", "--lessons", "00", cwd=tmp_path)
    assert process.returncode == 0, process.stderr[-2000:]
    lines = [line for line in process.stderr.splitlines() if "Tom Reilly" in line]
    assert lines and lines[0].startswith("Note: ") and "lines 2 and 3" in lines[0]
    assert "Warning:" not in process.stderr and "warnings.warn" not in process.stderr
    assert ".py:" not in process.stderr  # no file and line number of the kit's code


def test_run_course_s_warning_display_is_its_own_and_is_given_back(capsys):
    import warnings

    before = warnings.showwarning
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = runcourse.show_warning
        warnings.warn("actors.csv: line 3 is odd", framelab.ActorTableWarning, stacklevel=1)
        warnings.warn("something else", UserWarning, stacklevel=1)
    assert capsys.readouterr().err.splitlines() == [
        "Note: actors.csv: line 3 is odd", "Warning (UserWarning): something else"]
    assert runcourse._main(["--lessons", "99", "x"]) == 2  # (nothing runs)
    assert runcourse.main(["--lessons", "99", "x"]) == 2
    assert warnings.showwarning is before


def test_lessons_08_and_09_use_the_folder_s_actor_table(tmp_path):
    """On an instructor's folder with its own actors.csv, lessons 08 and 09 listed those actors
    among the speakers 'the actor table did not know': 09 made the quotes with the kit's table,
    and both asked unknown_speakers with the kit's. Now both use the folder's table."""
    folder = tmp_path / "wolves"
    folder.mkdir()
    texts = {"000_nl.txt": ("nl", "Wolf bij Ede\n\n„Het dier is niet gevaarlijk”, zegt boswachter "
                                  "Jan Loos. „Wij slapen slecht”, zegt boer Kees Smit.\n\n„We "
                                  "kijken ernaar”, zei wethouder Piet Bakker.\n"),
             "001_da.txt": ("da", "Ulv i Jylland\n\n»Ulven er ikke farlig«, siger biolog Mette "
                                  "Holm.\n\n»Jeg har mistet fem får«, siger landmand Ole Bak.\n")}
    for name, (_language, text) in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,language,date\n" + "".join(f"{n},{lang},2023-0{i + 3}-01\n" for i, (n, (lang, _))
                                         in enumerate(texts.items())), encoding="utf-8")
    (folder / "actors.csv").write_text("actor,variants,side\nJan Loos,Jan Loos|Loos,nature\n"
                                       "Mette Holm,Mette Holm|Holm,science\n", encoding="utf-8")
    process = run_course("wolves", "--lessons", "08", "09", cwd=tmp_path)
    assert process.returncode == 0, process.stdout[-2000:] + process.stderr[-2000:]
    for lesson in ("08-who-speaks.ipynb", "09-your-own-corpus.ipynb"):
        cells = nbformat.read(tmp_path / "course-on-wolves" / lesson, as_version=4).cells
        listed = [c for c in cells if c.cell_type == "code" and "unknown_speakers(" in c.source
                  and "actor_table=" in c.source]
        assert listed, lesson
        shown = "".join(o.get("data", {}).get("text/plain", "") for c in listed
                        for o in c.outputs)
        assert "Kees Smit" in shown and "Ole Bak" in shown, (lesson, shown)
        assert "Jan Loos" not in shown and "Mette Holm" not in shown, (lesson, shown)


def test_lessons_05_and_06_run_on_two_short_articles_of_one_s_own(tmp_path):
    """A student's first folder: two short Dutch articles in which no word pair occurs twice
    (lesson 05's worked example stopped at `.iloc[0]` of an empty table)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "001_a.txt").write_text(
        'Het Kremlin zegt dat de NAVO niet moet uitbreiden. "We willen garanties," zei Lavrov '
        "gisteren.\n\nDe minister van Buitenlandse Zaken reageerde kort.\n", encoding="utf-8")
    (folder / "002_b.txt").write_text(
        'Oekraïne vraagt om steun. "Wij hebben wapens nodig," aldus Zelensky in Kyiv.\n\nDe EU '
        "overlegt volgende week.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "id,file,language,date\n001,001_a.txt,nl,2021-12-01\n002,002_b.txt,nl,2022-03-01\n",
        encoding="utf-8")
    process = run_course("tiny", "--lessons", "05", "06", cwd=tmp_path)
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    assert "2 of 2 lessons ran" in process.stdout


@pytest.mark.parametrize("value", [
    ["børnenes", "Ærø"],  # Danish letters as written, not "b\xf8rnenes"
    'a "quoted" word', "it's", "back\\slash\nand a new line",  # escapes that must stay
    "C:/Users/ståle/my corpus",
])
def test_the_parameters_cell_writes_letters_as_they_are_and_reads_back_the_same(value):
    from papermill.translators import papermill_translators

    runcourse._readable_parameters()
    written = papermill_translators.find_translator("python", "python").translate(value)
    assert "\\x" not in written and "\\u" not in written
    assert ast.literal_eval(written) == value


def test_a_parameter_named_with_the_course_s_value_names_the_run_s_value(tmp_path):
    """'The lesson's node word (`NODE`; *navo*)' on a folder whose node word is another."""
    path = tmp_path / "05-keywords-in-context.ipynb"
    nb = nbformat.v4.new_notebook(cells=[
        _markdown("# 05", "c0"),
        _markdown("The company the lesson's node word keeps (`NODE`; *navo*); (`LANGUAGE`; Dutch) "
                  "and (`TOPIC_WORDS[0]`; *rusland*).", "c1")])
    nbformat.write(nb, path)
    runcourse.mark_course_prose(path, tmp_path, lesson=tmp_path / "none.ipynb",
                                parameters={"NODE": "stikstof", "LANGUAGE": "da",
                                            "TOPIC_WORDS": ["boeren"]})
    text = nbformat.read(path, as_version=4).cells[-1].source
    assert text == ("The company the lesson's node word keeps (`NODE`; *stikstof*); (`LANGUAGE`; "
                    "Danish) and (`TOPIC_WORDS[0]`; *boeren*).")
