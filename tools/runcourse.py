"""``python course.py run-course FOLDER``: every lesson, run on another corpus folder.

Each lesson notebook starts with one papermill ``parameters`` cell: ``CORPUS = None`` (the
course's own articles), and in the early lessons the facts the lesson shows as plain values, so
that a student reads ``NODE = "navo"`` rather than ``facts.node``::

    CORPUS = None
    NODE = "navo"        # NATO in Dutch: the word this lesson follows
    EXAMPLE = "003"      # the article this lesson reads closely

This command runs each lesson with papermill, with ``CORPUS`` set to FOLDER and each other
parameter set to the corpus's fact of that name (:data:`FACT_PARAMETERS`, from
:func:`framelab.course_facts`: the folder's ``course.toml``, or worked out from its articles),
and writes the executed notebooks to an output folder (default: ``course-on-<FOLDER's name>`` in
the folder where you typed the command). The lessons in ``notebooks/`` are never changed, and the output folder
is never the course's own folder. A lesson that stops with an error is still written (papermill
marks the cell), the next lessons still run, and the summary at the end names each one. The
output folder also gets ``run-course-summary.json``: each lesson's status, seconds (wall and CPU)
and notebook size, for scripts such as ``benchmarks/bench_run_course.py``.

    python course.py run-course my_corpus
    python course.py run-course my_corpus --out next-term --lessons 03 05
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.pathcheck import is_inside, same_folder

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
MARKER = ".framelab-run-course"  # written into an output folder, so a re-run may replace it
SUMMARY = "run-course-summary.json"  # each lesson's status, seconds and size, for scripts
PROTECTED = ("notebooks", "solutions", "exercises", "corpus", "src", "tests", "tools")


#: The parameters a lesson may have beside ``CORPUS``, and how each is worked out from the
#: corpus's facts (and its table, for the language of an article). The default in a lesson's
#: parameters cell is the value for the course's own articles.
FACT_PARAMETERS: dict[str, Callable[[Any, Any], Any]] = {
    "LANGUAGE": lambda facts, corpus: facts.language,
    "EVENT_DATE": lambda facts, corpus: facts.event_date,
    "EVENT_LABEL": lambda facts, corpus: facts.event_label,
    "ARTICLE": lambda facts, corpus: facts.article,
    "EXAMPLE": lambda facts, corpus: facts.example("show"),
    "TOKENS_ARTICLE": lambda facts, corpus: facts.example("tokens"),
    "TOKENS_LANGUAGE": lambda facts, corpus: language_of(corpus, facts.example("tokens")),
    "OTHER_ARTICLE": lambda facts, corpus: facts.example("other_language"),
    "OTHER_LANGUAGE": lambda facts, corpus: language_of(corpus, facts.example("other_language")),
    "NAMES": lambda facts, corpus: list(facts.names),
    "NODE": lambda facts, corpus: facts.node,
    "TOPIC_WORDS": lambda facts, corpus: list(facts.topic_words),
    "WORDS": lambda facts, corpus: list(facts.words),
    "STEM_WORD": lambda facts, corpus: facts.stem_word,
    "SPEAKER": lambda facts, corpus: facts.speaker,
    "FRAMES_EXAMPLE": lambda facts, corpus: facts.example("frames"),
    "NAMING_CONCEPTS": lambda facts, corpus: list(facts.naming_concepts),
    "ACTORS": lambda facts, corpus: facts.actors or None,
}


class RunCourseError(Exception):
    """A problem explained in one message; no traceback needed."""


def language_of(corpus, article: str) -> str:
    """The language code of one article of a corpus table."""
    return str(corpus.loc[corpus["id"] == article, "language"].iloc[0])


def parameter_names(path: Path) -> list[str]:
    """The names a lesson's ``parameters`` cell sets, in order (``CORPUS`` first)."""
    import nbformat

    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            tree = ast.parse(cell.source)
            return [target.id for node in tree.body if isinstance(node, ast.Assign)
                    for target in node.targets if isinstance(target, ast.Name)]
    return []


def lesson_parameters(path: Path, folder: Path, facts, corpus) -> dict[str, Any]:
    """What run-course gives one lesson: ``CORPUS`` and each fact its parameters cell names.

    A name that is neither ``CORPUS`` nor in :data:`FACT_PARAMETERS` keeps the lesson's value.
    """
    parameters: dict[str, Any] = {"CORPUS": folder.resolve().as_posix()}  # C:/Users/..., also on Windows
    for name in parameter_names(path):
        if name in FACT_PARAMETERS:
            parameters[name] = FACT_PARAMETERS[name](facts, corpus)
    return parameters


def lesson_paths(selected: list[str] | None = None) -> list[Path]:
    """The lesson notebooks, or those whose names start with the numbers in ``selected``."""
    lessons = sorted(NOTEBOOKS.glob("*.ipynb"))
    if not selected:
        return lessons
    chosen = []
    for number in selected:
        match = re.fullmatch(r"(\d+)([a-z]*)", number.strip().lower())
        wanted = f"{int(match[1]):02d}{match[2]}" if match else number
        found = [p for p in lessons if p.name.split("-")[0] == wanted]
        if not found:
            names = ", ".join(p.name.split("-")[0] for p in lessons)
            raise RunCourseError(f"--lessons {number}: there is no lesson {number}. The lessons "
                                 f"are {names}.")
        chosen += [p for p in found if p not in chosen]
    return chosen


def check_folders(folder: Path, out: Path) -> None:
    """Refuse an output folder that is the course's own, or holds someone else's files."""
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "does not exist"
        raise RunCourseError(f"FOLDER {folder} {what}. Give the folder that holds your .txt "
                             "files (and metadata.csv).")
    root = ROOT.resolve()
    if same_folder(out, root) or any(is_inside(out, root / name) for name in PROTECTED):
        raise RunCourseError(f"--out {out} is inside the course's own folders; the lessons "
                             "there must stay as they are. Choose a folder outside them, e.g. "
                             "--out course-on-my-corpus.")
    if is_inside(out, folder):
        raise RunCourseError(f"--out {out} is inside the corpus folder {folder}; the kit would "
                             "read the notebooks as articles next time. Choose another folder.")
    if out.exists():
        if not out.is_dir():
            raise RunCourseError(f"--out {out} is a file. Choose a folder name.")
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise RunCourseError(f"--out {out} already has files that this command did not "
                                 "write. Choose a new folder name, so nothing is overwritten.")


@contextlib.contextmanager
def messages_to(path: Path):
    """Send what the kernels print on stderr (start-up notes, not the lessons' output) to a file."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(path, "a", encoding="utf-8") as log:
            os.dup2(log.fileno(), 2)
            yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        tidy_kernel_log(path)


#: What ipykernel prints when a kernel is stopped: jupyter_client interrupts every kernel before
#: it shuts it down (``KernelManager.shutdown_kernel``), also after a lesson that ran well.
STOPPED = "KeyboardInterrupt caught in kernel"
#: The line that takes the place of those in kernel-messages.log.
STOPPED_NOTE = ("(Each lesson's kernel was stopped at the end of its lesson; Jupyter does that "
                "with an interrupt, which the kernel notes as '" + STOPPED + "'. Those lines "
                "are left out here: they are no error.)")


@contextlib.contextmanager
def session_named(path: Path):
    """JPY_SESSION_NAME (which Jupyter sets for a notebook's kernel) is ``path`` meanwhile."""
    before = os.environ.get("JPY_SESSION_NAME")
    os.environ["JPY_SESSION_NAME"] = str(path.resolve())
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("JPY_SESSION_NAME", None)
        else:
            os.environ["JPY_SESSION_NAME"] = before


def tidy_kernel_log(path: Path) -> None:
    """Leave the kernels' shutdown notes (:data:`STOPPED`) out of ``path``, with one line that
    says why instead, so that the log holds only what may need a look."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return
    # (as "[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel", with or without a stop)
    kept = [line for line in lines if not line.rstrip().rstrip(".").endswith(STOPPED)
            and line != STOPPED_NOTE]
    if len(kept) == len(lines) and STOPPED_NOTE not in lines:
        return
    try:
        path.write_text("\n".join([STOPPED_NOTE, *kept]) + "\n", encoding="utf-8")
    except OSError:
        pass


@contextlib.contextmanager
def shared_cache():
    """Let the lessons' kernels share what they work out from the corpus folder (the loaded
    corpus, its facts: :mod:`framelab.cache`) through a temporary folder, deleted at the end."""
    import shutil
    import tempfile

    from framelab.cache import ENV

    saved = os.environ.get(ENV)
    where = tempfile.mkdtemp(prefix="framelab-run-course-cache-")
    os.environ[ENV] = where
    try:
        yield Path(where)
    finally:
        if saved is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = saved
        shutil.rmtree(where, ignore_errors=True)


def cpu_seconds() -> float | None:
    """CPU seconds (user + system) used so far by this process and its finished children (the
    kernels papermill started and stopped); None where the ``resource`` module is missing
    (Windows), so a summary there has no CPU figure rather than a wrong one."""
    try:
        import resource
    except ImportError:
        return None
    return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def write_summary(out: Path, folder: Path, articles: int, results: list[dict[str, Any]]) -> Path:
    """Write :data:`SUMMARY` into ``out``: the corpus and one entry per lesson run so far
    (``lesson``, ``status``, ``seconds``, ``cpu_seconds``, ``bytes``). It is rewritten after each
    lesson, so a run stopped half-way still says which lessons finished."""
    path = out / SUMMARY
    summary = {"folder": folder.resolve().as_posix(), "articles": articles, "lessons": results}
    path.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read_summary(out: Path) -> dict[str, Any]:
    """The summary a run-course run wrote into ``out`` (see :func:`write_summary`)."""
    return json.loads((out / SUMMARY).read_text(encoding="utf-8"))


def earlier_entries(out: Path, folder: Path, rerun: set[str]) -> list[dict[str, Any]]:
    """The entries of the summary already in ``out`` for lessons not in ``rerun``, if that
    summary is of ``folder`` and readable; else none."""
    try:
        earlier = read_summary(out)
        if earlier.get("folder") != folder.resolve().as_posix():
            return []
        return [entry for entry in earlier.get("lessons", [])
                if isinstance(entry, dict) and entry.get("lesson") not in rerun
                and (out / str(entry.get("lesson"))).is_file()]
    except (OSError, ValueError, AttributeError):
        return []


def _readable_parameters() -> None:
    """Let papermill write the lessons' parameters as Python writes them ("børnenes"), not with
    its escapes for other languages ("b\\xf8rnenes"): a student reads that cell."""
    from papermill.translators import PythonTranslator, papermill_translators

    class ReadableTranslator(PythonTranslator):
        @classmethod
        def translate_escaped_str(cls, str_val: Any) -> str:
            # a JSON string is a Python literal too, with the same escapes for a line break, a
            # quote and a backslash
            return (json.dumps(str_val, ensure_ascii=False) if isinstance(str_val, str)
                    else super().translate_escaped_str(str_val))

    papermill_translators.register("python", ReadableTranslator)


def run_lessons(folder: Path, out: Path, lessons: list[Path], *, timeout: int,
                log=print, facts=None, corpus=None) -> list[tuple[str, str, float]]:
    """Run ``lessons`` with ``CORPUS=folder`` (and the facts of ``folder`` as their other
    parameters) into ``out``; return (lesson, status, seconds). Each lesson's figures also go to
    :data:`SUMMARY` in ``out``."""
    import papermill

    import framelab

    _readable_parameters()
    if corpus is None:
        corpus = framelab.load_corpus(folder, quiet=True)
    if facts is None:
        facts = framelab.course_facts(folder, corpus=corpus)

    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text(f"Written by python course.py run-course {folder}\n",
                              encoding="utf-8")
    work = out / "files-written-by-the-lessons"
    work.mkdir(exist_ok=True)
    # An earlier run's figures: kept for the lessons this run leaves alone when it ran on the
    # same folder ("--lessons 04" again after a whole run), else dropped.
    summary: list[dict[str, Any]] = earlier_entries(out, folder, {p.name for p in lessons})
    (out / SUMMARY).unlink(missing_ok=True)
    results = []
    for path in lessons:
        target = out / path.name
        log(f"Running {path.name} on {folder} ...")
        start, cpu_start = time.perf_counter(), cpu_seconds()
        parameters: dict[str, Any] = {}
        try:
            # the kernel knows which notebook it runs (framelab's NameError tips: "made in a
            # cell of this notebook", not "in lesson 05" in lesson 05 itself), as in JupyterLab
            with messages_to(out / "kernel-messages.log"), session_named(target):
                parameters = lesson_parameters(path, folder, facts, corpus)
                papermill.execute_notebook(
                    str(path), str(target),
                    parameters=parameters,
                    kernel_name="python3",
                    cwd=str(work),
                    # progress within a lesson, cell by cell (stdout: stderr goes to the log)
                    progress_bar={"file": sys.stdout, "desc": f"  {path.stem}", "ascii": True,
                                  "mininterval": 2.0, "ncols": 78, "leave": False},
                    request_save_on_cell_execute=False,
                    execution_timeout=timeout,
                )
            status = "ok"
        except papermill.PapermillExecutionError as error:
            status = (f"stopped at cell {error.exec_count}: {error.ename}: "
                      f"{str(error.evalue).splitlines()[0] if error.evalue else ''}")
        except Exception as error:  # a kernel that died or a cell that ran out of time
            status = f"could not run: {type(error).__name__}: {str(error).splitlines()[0][:200]}"
        if target.exists():
            mark_course_prose(target, folder, parameters=parameters)
        seconds = time.perf_counter() - start
        results.append((path.name, status, seconds))
        size = target.stat().st_size if target.exists() else 0
        summary.append({"lesson": path.name, "status": status, "seconds": round(seconds, 2),
                        "cpu_seconds": None if cpu_start is None else
                        round(cpu_seconds() - cpu_start, 2), "bytes": size})
        summary.sort(key=lambda entry: entry["lesson"])  # in the course's order
        write_summary(out, folder, len(corpus), summary)
        shown = f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.0f} KB"
        log(f"  {status} ({seconds:.1f} s, {shown})")
    return results


#: The first cell run-course adds to every lesson it runs on another folder (after the title).
BANNER = (
    "> **Run on your folder** `{folder}` by `python course.py run-course`. The code cells ran on "
    "your articles; the explanations between them were written for the course's own five "
    "articles. A paragraph marked *Written for the course's own articles* describes those, not "
    "yours: read your own outputs above it.")
#: The tag of a lesson's text cell about the course's own articles that names none of them
#: ("every speaker of the course's articles is in the table"): run-course marks it too.
COURSE_TAG = "course-articles"
#: What run-course puts in front of a paragraph about the course's own articles.
COURSE_PROSE_NOTE = ("> *Written for the course's own articles ({ids}), not for yours: check "
                     "what it says against your outputs.*\n\n")


def course_article_ids() -> list[str]:
    """The ids of the course's own articles, from ``corpus/metadata.csv`` (000, 001, ...)."""
    import csv

    with open(ROOT / "corpus" / "metadata.csv", encoding="utf-8", newline="") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


#: A figure a paragraph states: a number with a thousands separator or a decimal ("2,058",
#: "7.98"), or of two digits or more ("641 words before"); not part of a word or a date.
FIGURE = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:[,.]\d{3})+|\d+[.,]\d+|\d{2,})(?![\w-])")
#: What a paragraph says that is no figure of the articles: code and links (`NODE = "navo"`,
#: [06 · Keyness](...)), lesson and exercise numbers, a lesson's minutes.
NOT_FIGURES = re.compile(r"```.*?```|`[^`]*`|\[[^\]]*\]\([^)]*\)|(?i:\b(?:lessons?|exercises?|"
                         r"steps?)\s+\d+\w*(?:\s*(?:,|and|or|–|-)\s*\d+\w*)*)|\d+\s*min(?:utes)?\b",
                         re.DOTALL)
#: The code cells around a paragraph whose outputs it may describe: this many before, and after.
AROUND = (4, 2)


def stated_figures(text: str) -> set[str]:
    """The figures a paragraph states, thousands separators left out ("2,058" is "2058").

    >>> sorted(stated_figures("Two against two: 641 words before, 1,091 after (`top=30`, "
    ...                       "lesson 06, 45 minutes); p < .05 with G2 = 3.84."))
    ['1091', '3.84', '641']
    """
    return {_plain(n) for n in FIGURE.findall(NOT_FIGURES.sub(" ", text))}


def _plain(number: str) -> str:
    return number.replace(",", "").replace(".", "") if re.fullmatch(
        r"\d{1,3}(?:[,.]\d{3})+", number) else number


def _output_figures(cells: list[Any]) -> set[str]:
    """The figures in the outputs (text, tables as text) of ``cells``."""
    shown = []
    for cell in cells:
        for output in cell.get("outputs", []):
            shown.append(str(output.get("text", "")))
            shown.append(str(output.get("data", {}).get("text/plain", "")))
    return {_plain(n) for n in FIGURE.findall("\n".join(shown))}


def figures_of_the_course(lesson: list[Any], run: list[Any]) -> set[str]:
    """The ids of the text cells of ``lesson`` (the lesson as run on the course's articles)
    that state a figure its outputs around them show ("641 words before": 641 in the table
    above) and the same outputs of ``run`` (the lesson run on another folder) do not: their
    figures are the course's, not the folder's. A figure the run shows too (the maximum of a
    measure, the size of a list of the kit's) is no reason to mark them."""
    by_id = {cell.get("id"): cell for cell in run}
    marked = set()
    for i, cell in enumerate(lesson):
        if cell.cell_type != "markdown":
            continue
        figures = stated_figures(cell.source)
        if not figures:
            continue
        around = [c for c in lesson[max(0, i - AROUND[0]):i + 1 + AROUND[1]]
                  if c.cell_type == "code"]
        course = figures & _output_figures(around)
        if course - _output_figures([by_id[c.get("id")] for c in around
                                     if c.get("id") in by_id]):
            marked.add(cell.get("id"))
    return marked


#: A lesson's text names a parameter with its value for the course's articles in brackets:
#: "(`SPEAKER`; Lavrov)", "(`TOPIC_WORDS[0]`; *rusland*)", "(`LANGUAGE`; Dutch)"
_PARAMETER_MENTION = re.compile(r"\(`(?P<name>[A-Z][A-Z0-9_]*)(?:\[(?P<index>\d+)\])?`; "
                                r"(?P<star>\*?)(?P<value>[^()*`]+)(?P=star)\)")


def fill_parameter_mentions(text: str, parameters: dict[str, Any]) -> str:
    """``text`` with each "(`NAME`; value)" naming the value the run gave NAME, not the course's.

    >>> fill_parameter_mentions("the node word (`NODE`; *navo*) and (`LANGUAGE`; Dutch)",
    ...                         {"NODE": "stikstof", "LANGUAGE": "da"})
    'the node word (`NODE`; *stikstof*) and (`LANGUAGE`; Danish)'
    >>> fill_parameter_mentions("(`TOPIC_WORDS[0]`; *rusland*), (`OTHER`; x)",
    ...                         {"TOPIC_WORDS": ["boeren", "stikstof"]})
    '(`TOPIC_WORDS[0]`; *boeren*), (`OTHER`; x)'
    """
    from framelab.languages import LANGUAGE_NAMES

    def filled(found: re.Match[str]) -> str:
        value: Any = parameters.get(found["name"])
        if found["index"] is not None:
            index = int(found["index"])
            value = value[index] if isinstance(value, (list, tuple)) and index < len(value) \
                else None
        if not isinstance(value, str) or not value:
            return found[0]
        if found["name"].endswith("LANGUAGE") and value in LANGUAGE_NAMES:
            value = LANGUAGE_NAMES[value].capitalize()
        return f"(`{found['name']}{'' if found['index'] is None else f'[{found[2]}]'}`; " \
               f"{found['star']}{value}{found['star']})"

    return _PARAMETER_MENTION.sub(filled, text)


def mark_course_prose(path: Path, folder: Path, lesson: Path | None = None, *,
                      parameters: dict[str, Any] | None = None) -> int:
    """Mark, in the executed lesson at ``path``, the text written for the course's articles.

    The lessons' explanations discuss the course's five articles by their ids ("004 gives Russia
    100%") and their figures ("641 words before, 991 after"); under the outputs of another
    folder they would read as if about that folder. So the lesson gets :data:`BANNER` after its
    first cell, and each text cell gets :data:`COURSE_PROSE_NOTE` in front that names a course
    article id, is tagged :data:`COURSE_TAG`, or states a figure of the course's outputs that
    the run on the folder did not give (:func:`figures_of_the_course`, against ``lesson``, the
    lesson as it is in ``notebooks/``, by default the one of the same name). An id is a
    reason also where the folder's own files are named 000, 001, ... as lesson 09 advises:
    the paragraph was written about the course's article of that id, not about the folder's.
    Returns how many text cells were marked.
    """
    import nbformat

    course_ids = course_article_ids()
    notebook = nbformat.read(path, as_version=4)
    lesson = NOTEBOOKS / path.name if lesson is None else lesson
    figures = (figures_of_the_course(nbformat.read(lesson, as_version=4).cells,
                                     notebook.cells) if lesson.is_file() else set())
    marked = 0
    ids = "|".join(map(re.escape, course_ids))
    names = re.compile(rf"(?<![\w.,-])(?:{ids})(?![\w-])")  # not the 000 of 100,000
    note = COURSE_PROSE_NOTE.format(ids=", ".join(course_ids))
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        if parameters:
            cell.source = fill_parameter_mentions(cell.source, parameters)
        if (COURSE_TAG in cell.metadata.get("tags", ()) or cell.get("id") in figures
                or names.search(cell.source)):
            cell.source = note + cell.source
            marked += 1
    banner = nbformat.v4.new_markdown_cell(BANNER.format(folder=folder.as_posix()))
    banner.metadata["tags"] = ["run-course-banner"]
    notebook.cells.insert(1 if notebook.cells else 0, banner)
    nbformat.write(notebook, path)
    return marked


def printable_everywhere() -> None:
    """Print names the console's code page lacks (a cp1252 Windows console, output piped to a
    file) as "?" instead of stopping with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in (
                "utf-8", "utf8"):
            stream.reconfigure(errors="replace")


def show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                 file: Any = None, line: str | None = None) -> None:
    """Print a warning in the terminal as its message alone: the kit's as "Note: ..." (as in
    the lessons), any other as "Warning: ..."; not Python's file, line number and source line
    of the code that warned, which say nothing to the instructor who reads them."""
    from framelab.notebook import short_warning

    shown = short_warning(message, category) or f"Warning ({category.__name__}): {message}"
    try:
        (file or sys.stderr).write(shown + "\n")
    except OSError:  # no place to write to: as Python's own showwarning does
        pass


def main(argv: list[str] | None = None, *, cwd: Path | None = None) -> int:
    import warnings

    # papermill imports nbformat, and so jsonschema with its optional IRI checker rfc3987_syntax,
    # which compiles 38 grammars at import (2 s of CPU); no notebook schema uses IRI formats.
    sys.modules.setdefault("rfc3987_syntax", None)
    printable_everywhere()
    saved = warnings.showwarning
    warnings.showwarning = show_warning  # (in this process: the kernels show theirs as notes)
    try:
        return _main(argv, cwd=cwd)
    except KeyboardInterrupt:
        print("\nStopped (Ctrl+C). The lessons that finished are in the output folder; run the "
              "command again to run them all.")
        return 130
    finally:
        warnings.showwarning = saved


def _main(argv: list[str] | None = None, *, cwd: Path | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python course.py run-course",
        description="Run every lesson on another corpus folder and save the executed notebooks "
                    "in an output folder (the lessons in notebooks/ are not changed).",
    )
    parser.add_argument("folder", metavar="FOLDER", nargs="?",
                        help="your corpus: a folder of .txt files, with metadata.csv and "
                             "course.toml if you have them")
    parser.add_argument("--out", metavar="OUT",
                        help="where the executed lessons go (default: course-on-FOLDERNAME)")
    parser.add_argument("--lessons", nargs="+", metavar="NN",
                        help="only these lessons, e.g. --lessons 01 03 07b")
    parser.add_argument("--timeout", type=int, default=600, metavar="SECONDS",
                        help="stop a cell that runs longer than this (default 600)")
    parser.add_argument("--cwd", help=argparse.SUPPRESS)  # where the command was typed
    args = parser.parse_args(argv)
    if args.folder is None and args.lessons and not re.fullmatch(r"\d+[a-z]?", args.lessons[-1]):
        # "--lessons 08 my_corpus": argparse gives the folder to --lessons (it takes one or more
        # values); a lesson is a number such as 08 or 07b, so the last value is the folder
        args.folder = args.lessons.pop()
        if not args.lessons:
            parser.error(f"--lessons needs one or more lesson numbers before the folder, e.g. "
                         f"--lessons 03 05 {args.folder}")
    if args.folder is None:
        parser.error("the following arguments are required: FOLDER (your corpus folder, e.g. "
                     "python course.py run-course my_corpus --lessons 03 05)")
    here = cwd or Path(args.cwd or Path.cwd())
    folder = Path(args.folder).expanduser()
    folder = folder if folder.is_absolute() else here / folder
    out = Path(args.out).expanduser() if args.out else Path(f"course-on-{folder.resolve().name}")
    out = out if out.is_absolute() else here / out
    with shared_cache():
        try:
            lessons = lesson_paths(args.lessons)
            check_folders(folder, out)
            import framelab

            # (status lines on stderr: on thousands of articles reading and the facts take a
            # while, and a silent terminal looks stuck)
            print(f"Reading the articles in {folder} ...", file=sys.stderr, flush=True)
            try:
                corpus = framelab.load_corpus(folder)
            except framelab.FramelabError as error:
                raise RunCourseError(str(error)) from None
            if corpus.empty:
                raise RunCourseError(f"No article in {folder} could be read (see the report "
                                     "above), so there is nothing to run the lessons on.")
        except RunCourseError as error:
            print(error, file=sys.stderr)
            return 2
        print(f"Working out the course's facts from {len(corpus):,} article(s) (names, speakers, "
              "key words; a minute or more on thousands of articles) ...", file=sys.stderr,
              flush=True)
        try:
            facts = framelab.course_facts(folder)  # (from the folder: the lessons read it back)
        except framelab.FramelabError as error:  # course.toml or actors.csv: one message
            print(error, file=sys.stderr)
            return 2
        from framelab.sentences import save_sentences

        save_sentences()  # the sentences of the articles too (their facts needed them)
        print(facts.table().to_string(index=False))
        from framelab.facts import NO_DATES, NO_DATES_NOTE

        if facts.sources.get("event_date") == NO_DATES:
            print(NO_DATES_NOTE)
        print()
        results = run_lessons(folder, out, lessons, timeout=args.timeout, facts=facts,
                              corpus=corpus)
    failed = [r for r in results if r[1] != "ok"]
    print()
    print(f"{len(results) - len(failed)} of {len(results)} lessons ran on {folder}; the executed "
          f"notebooks are in {out}.")
    for name, status, _seconds in failed:
        print(f"  {name}: {status} (open {out / name} to see where)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
