"""Grade a class's exercise notebooks: each in a sandbox, the hidden tests outside it.

``python course.py grade SUBMISSIONS`` runs ``python -m tools.grading SUBMISSIONS``. SUBMISSIONS
has one folder per student, as an LMS or JupyterHub exports them: ``<student>/*.ipynb``, or
nbgrader's own ``<student>/<exercise>/*.ipynb`` (any depth works). Written to ``grades/`` (or
``--out FOLDER``), all at the end:

* ``gradebook.csv``: student, exercise, question, points, max_points, status; one row per graded
  cell (the question is its nbgrader grade_id), in the order of the notebook. Status is
  passed, failed (with why: timed out ...), not answered, needs manual grading (written
  answers: points empty), graded by hand, or not graded: <reason> (points 0).
* ``totals.csv``: student, exercise, total, max_total, status; one row per student and exercise.
* ``problems.csv``: student, file, problem, what_to_do; files that could not be graded, and
  repairs the grader made to files it did grade.
* ``feedback/<student>/feedback.md`` (points, each question's result, the checks' hints, the
  written answers) and ``feedback/<student>/<exercise>/<notebook>.html`` (the notebook as it
  ran, each check followed by its result).
* ``grading-log.txt`` (the kernels' messages) and ``grading-data.json``, which
  ``grade --from-gradebook`` reads to recompute the totals and the feedback after the instructor
  filled in the points of written answers in gradebook.csv.

How (the modules of this package):

* :mod:`~tools.grading.notebooks`: the exercises in solutions/, released in memory with
  nbgrader's preprocessors; a notebook's exercise found by its fixed cells' text; cells that lost
  their nbgrader metadata (VS Code, Colab) matched again, deleted fixed cells put back.
* :mod:`~tools.grading.sandbox`: each notebook runs alone in a scratch folder, in a bubblewrap
  sandbox (no repository, no network, own process namespace, limits) where bubblewrap is
  installed, as a plain child process with limits elsewhere.
* :mod:`~tools.grading.runner`: inside the sandbox, runs the cells with a time limit, hidden
  tests removed, and takes the answer variables out as plain data (:mod:`~tools.grading.plaindata`)
  after each test cell. A cell that stops or freezes Python is replaced by an error and the
  notebook runs again, so that it costs only its own question.
* :mod:`~tools.grading.checker`: the test cells, hidden tests included, run in a fresh process
  of the grader's on the answers rebuilt from plain data, after the exercise's locked set-up
  cells; the student's code never runs there.
* :mod:`~tools.grading.marking`: the class's run, the results, the reports.
"""

from tools.grading.marking import (
                                 DEFAULT_OUT,
                                 DEFAULT_TIMEOUT,
                                 GRADEBOOK_COLUMNS,
                                 PROBLEMS_COLUMNS,
                                 TOTALS_COLUMNS,
                                 Result,
                                 check_folders,
                                 feedback_markdown,
                                 fmt,
                                 from_gradebook,
                                 grade,
                                 judge,
                                 main,
                                 read_gradebook,
)
from tools.grading.notebooks import (
                                 ROOT,
                                 SOURCE,
                                 Exercise,
                                 GradingError,
                                 Handin,
                                 Problem,
                                 Question,
                                 Report,
                                 assigned_names,
                                 collect,
                                 identify,
                                 load_exercises,
                                 normalize,
                                 read_notebook,
                                 release,
                                 repair,
                                 student_files,
)

__all__ = ["DEFAULT_OUT", "DEFAULT_TIMEOUT", "GRADEBOOK_COLUMNS", "PROBLEMS_COLUMNS", "ROOT",
           "SOURCE", "TOTALS_COLUMNS", "Exercise", "GradingError", "Handin", "Problem",
           "Question", "Report", "Result", "assigned_names", "check_folders", "collect",
           "feedback_markdown", "fmt", "from_gradebook", "grade", "identify", "judge",
           "load_exercises", "main", "normalize", "read_gradebook", "read_notebook", "release",
           "repair", "student_files"]
