"""The checks of exercise 09 · Building your own corpus.

The checks look at the answers only (not at the folder): a grader rebuilds the answers in a
fresh folder, where the student's renames and deletions did not happen.
"""

from __future__ import annotations

import re

from .kinds import TABLE, TEXT
from .questions import Answer, Question
from .rules import columns, mistake

REPORT = ["file", "status", "problem"]


def _files(table):
    return sorted(str(f) for f in table["file"])


QUESTIONS = [
    Question(
        "q1",
        [Answer("skipped_file", TEXT, "the skipped file",
                "read the `status` column of the report: which file is \"skipped\"?",
                rules=[mistake(lambda v, ns: v.strip() != v,
                               "has spaces around it: copy the name exactly")])],
        approach="framelab.check_corpus of the folder gives a report; keep its row whose "
                 "`status` is skipped and take the one `file` out of it.",
        recipe=('report = framelab.check_corpus(folder)\n'
                'skipped_file = report.loc[report["status"] == "skipped", "file"].item()'),
    ),
    Question(
        "q2",
        [Answer("cp1252_file", TEXT, "the file read as cp1252",
                "read the report's notes: which one says the file is not UTF-8?")],
        approach="the report's `problem` column says which file is not UTF-8; or load the "
                 "folder with framelab.load_corpus and read its `encoding` column.",
        recipe=('mine = framelab.load_corpus(folder, quiet=True)\n'
                'cp1252_file = mine.loc[mine["encoding"] == "cp1252", "file"].item()'),
    ),
    Question(
        "q3",
        [Answer("date_002", TEXT, "the date the corpus table now has",
                "change the line of 002 in `rows`, save metadata.csv, load the folder again and "
                "read the date of that file.",
                rules=[mistake(lambda v, ns: v == "25-02-2022",
                               "is still the date as Excel writes it: write the date in "
                               "`rows` with the year first, save metadata.csv and load the "
                               "folder again"),
                       mistake(lambda v, ns: v == "unknown",
                               "is \"unknown\": the kit still cannot read the date; did you "
                               "save metadata.csv after changing `rows`, and load the folder "
                               "again?")])],
        approach="the line of 002 in metadata.csv (the third of rows) needs the date as "
                 "YYYY-MM-DD; save the lines again as metadata.csv, load the folder with "
                 "framelab.load_corpus and take the `date` of the row of "
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
                key=lambda t: [f for f in _files(t) if not f.startswith("001")],  # Q5's file
                rules=[columns(REPORT),
                       mistake(lambda t, ns: "004_empty.txt" in _files(t),
                               "still lists 004_empty.txt: delete the empty file with "
                               "(folder / name).unlink()"),
                       mistake(lambda t, ns: any("cp1252" in str(p) for p in t["problem"]),
                               "still says that a file is not UTF-8: read it with "
                               "framelab.read_text_file and save its text again with save")])],
        approach="delete the empty file (a path's unlink), read the text of 002 with "
                 "framelab.read_text_file and write it again with save, which writes UTF-8; "
                 "then check the folder again with framelab.check_corpus.",
        recipe=('(folder / "004_empty.txt").unlink()\n'
                'save("002_lavrov_invasion.txt", '
                'framelab.read_text_file(folder / "002_lavrov_invasion.txt").text)\n'
                'report_after = framelab.check_corpus(folder)'),
    ),
    Question(
        "q5",
        [Answer("new_name", TEXT, "a good new name", "", hashed=False,
                rules=[mistake(lambda v, ns: " " in v,
                               "has spaces: use _ or - between the words"),
                       mistake(lambda v, ns: not v.startswith("001_"),
                               "does not start with 001_: keep the number at the start"),
                       mistake(lambda v, ns: not v.endswith(".txt"), "does not end in .txt"),
                       mistake(lambda v, ns: not re.fullmatch(r"001_[a-z0-9_-]+\.txt", v),
                               "has other characters than lowercase letters, digits, _ and -")]),
         Answer("final_report", TABLE, "the final report", "", hashed=False,
                rules=[columns(REPORT),
                       mistake(lambda t, ns: len(t) > 0,
                               "still has rows: read its `problem` column; the report is empty "
                               "once the file is renamed and has its row in metadata.csv")])],
        approach="rename the file (a path's rename), add its line, with the language nl and "
                 "the date 2024-12, to the rows of metadata.csv, save that file again as in "
                 "Q3, then check the folder again with framelab.check_corpus.",
        recipe=('new_name = "001_kremlin_qatar.txt"\n'
                '(folder / "001 kremlin qatar.txt").rename(folder / new_name)\n'
                'rows.append(new_name + ",nl,2024-12")\n'
                'save("metadata.csv", "\\n".join(rows) + "\\n")\n'
                'final_report = framelab.check_corpus(folder)'),
    ),
]
