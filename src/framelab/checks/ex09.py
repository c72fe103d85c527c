"""The checks of exercise 09 · Building your own corpus.

The checks look at the answers only (not at the folder): a grader rebuilds the answers in a
fresh folder, where the student's renames and deletions did not happen.
"""

from __future__ import annotations

import re

from . import history
from .kinds import TABLE, TEXT
from .questions import Answer, Question, _digests, digest
from .rules import columns, mistake

REPORT = ["file", "status", "problem"]


def _files(table):
    return sorted(str(f) for f in table["file"])


RESTART = "restart the kernel and run all cells (Kernel → Restart Kernel and Run All Cells)"


def stale(names):
    """A rule: the answer is left from an earlier run, as the answer cell's last run failed.

    Q4 and Q5 delete and rename files, so their cells cannot simply run twice: a second run
    stops (FileNotFoundError) and the variables keep the values of the first. Outside Jupyter
    there is no record of the cells, and the rule says nothing.
    """
    def rule(value, variables):
        if not history.install():
            return None
        cell = history.last_assigning(history.runs(), names)
        if cell is None or not cell.error or cell.still_a_stub:
            return None
        if cell.error.startswith(("FileNotFoundError", "FileExistsError")):
            return (f"is left from an earlier run: your answer cell above stopped with an error "
                    f"({cell.error}), because an earlier run already deleted or renamed the file; "
                    f"{RESTART}")
        return (f"is left from an earlier run: your answer cell above stopped with an error: "
                f"{cell.error.rstrip('.')}; fix it and run it again (if a file is already "
                f"deleted or renamed, {RESTART})")
    return rule



def _without_ending(question_id: str, name: str):
    """A rule: the right file name but without ".txt" (compared through the salted hash, so the
    name itself is not in the kit)."""
    def rule(value: str, namespace) -> bool:
        wanted = _digests().get("09", {}).get(question_id, {}).get(name)
        return (not value.strip().endswith(".txt") and wanted is not None
                and digest("09", question_id, name, value.strip() + ".txt") == wanted)
    return mistake(rule, "is the file's name without its ending: write the file name with its "
                         "ending .txt, exactly as the report writes it")


Q4 = ["report_after"]
Q5 = ["new_name", "final_report"]

QUESTIONS = [
    Question(
        "q1",
        [Answer("skipped_file", TEXT, "the skipped file",
                "read the `status` column of the report: which file is \"skipped\"?",
                rules=[_without_ending("q1", "skipped_file"),
                       mistake(lambda v, ns: v.strip() != v,
                               "has spaces around it: copy the name exactly")])],
        approach="check the folder with framelab.check_corpus and read the report: the row "
                 "whose status is skipped names the file; copy its name with the ending .txt, "
                 "or take the one value of its file column out (lesson 01).",
        recipe=('report = framelab.check_corpus(folder)\n'
                'skipped_file = report.loc[report["status"] == "skipped", "file"].item()'),
    ),
    Question(
        "q2",
        [Answer("cp1252_file", TEXT, "the file read as cp1252",
                "read the report's notes: which one says the file is not UTF-8?",
                rules=[_without_ending("q2", "cp1252_file")])],
        approach="the report's problem column says which file is not UTF-8; or load the "
                 "folder as a corpus and read its encoding column. The file name is a text: "
                 "put it in quotes.",
        recipe=('mine = framelab.load_corpus(folder, quiet=True)\n'
                'cp1252_file = mine.loc[mine["encoding"] == "cp1252", "file"].item()'),
    ),
    Question(
        "q3",
        [Answer("date_002", TEXT, "the date the corpus table now has",
                "change the line of 002 in `rows`, save metadata.csv, load the folder again and "
                "read the date of that file.",
                rules=[mistake(lambda v, ns: v in ("2/25/2022", "25-02-2022", "25/2/2022"),
                               "is still the date as Excel writes it: write the date in "
                               "`rows` with the year first, save metadata.csv and load the "
                               "folder again"),
                       mistake(lambda v, ns: v == "unknown",
                               "is \"unknown\": the kit still cannot read the date; did you "
                               "save metadata.csv after changing `rows`, and load the folder "
                               "again?")])],
        approach="the third item of `rows` (position 2) is the line of 002 in metadata.csv: "
                 "write that line again with the date year first (YYYY-MM-DD); save metadata.csv "
                 "as the question shows; load the folder again and take the date of the row of "
                 "002_lavrov_invasion.txt.",
        recipe=('rows[2] = "002_lavrov_invasion.txt,nl,2022-02-25"\n'
                'save("metadata.csv", "\\n".join(rows) + "\\n")\n'
                'mine = framelab.load_corpus(folder, quiet=True)\n'
                'date_002 = mine.loc[mine["file"] == "002_lavrov_invasion.txt", "date"].item()'),
    ),
    Question(
        "q4",
        [Answer("report_after", TABLE, "the report after both fixes",
                "make both fixes, then check the folder again.",
                first=[stale(Q4)],
                key=lambda t: [f for f in _files(t) if not f.startswith("001")],  # Q5's file
                rules=[columns(REPORT),
                       mistake(lambda t, ns: "004_empty.txt" in _files(t),
                               "still lists 004_empty.txt: delete the empty file with "
                               "(folder / name).unlink()"),
                       mistake(lambda t, ns: any("cp1252" in str(p) for p in t["problem"]),
                               "still says that a file is not UTF-8: read it with "
                               "framelab.read_text_file and save its text again with save")])],
        approach="delete the empty file as lesson 09 shows (unlink); read the text of 002 "
                 "with framelab.read_text_file and save that text under the same name with "
                 "save, which writes UTF-8; then check the folder again. A second run stops, as "
                 "the file is already gone: then restart the kernel and run all cells.",
        recipe=('(folder / "004_empty.txt").unlink()\n'
                'save("002_lavrov_invasion.txt", '
                'framelab.read_text_file(folder / "002_lavrov_invasion.txt").text)\n'
                'report_after = framelab.check_corpus(folder)'),
    ),
    Question(
        "q5",
        [Answer("new_name", TEXT, "a good new name", "", hashed=False, first=[stale(Q5)],
                rules=[mistake(lambda v, ns: " " in v,
                               "has spaces: use _ or - between the words"),
                       mistake(lambda v, ns: not v.startswith("001_"),
                               "does not start with 001_: keep the number at the start"),
                       mistake(lambda v, ns: not v.endswith(".txt"), "does not end in .txt"),
                       mistake(lambda v, ns: not re.fullmatch(r"001_[a-z0-9_-]+\.txt", v),
                               "has other characters than lowercase letters, digits, _ and -")]),
         Answer("final_report", TABLE, "the final report", "", hashed=False,
                first=[stale(Q5)],
                rules=[columns(REPORT),
                       mistake(lambda t, ns: len(t) > 0,
                               "still has rows: read its `problem` column; the report is empty "
                               "once the file is renamed and has its row in metadata.csv")])],
        approach="rename the file as lesson 09 shows (rename, from the old path to the new "
                 "one in the same folder); add the line of the new name, its language and date "
                 "to the end of `rows`; save metadata.csv again as in Q3; then check the folder. "
                 "A second run stops, as the old file is gone: then restart the kernel and run "
                 "all cells.",
        recipe=('new_name = "001_kremlin_qatar.txt"\n'
                '(folder / "001 kremlin qatar.txt").rename(folder / new_name)\n'
                'rows.append(new_name + ",nl,2024-12")\n'
                'save("metadata.csv", "\\n".join(rows) + "\\n")\n'
                'final_report = framelab.check_corpus(folder)'),
    ),
]
