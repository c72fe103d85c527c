"""metadata.csv as Dutch and Danish Excel save it: semicolons, Windows-1252, dates written day
first (27-2-2022, 27.02.2022); repeated problems summarised; no invented event_date.

Every file is made in a temporary folder, as Excel would save it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import framelab
from framelab import check_corpus, load_corpus, read_metadata
from framelab.corpus import UNKNOWN, read_date
from framelab.facts import NO_DATES, NO_DATES_NOTE, read_config

NL = ("Het kabinet zegt dat de minister niet naar de grens gaat, en dat het overleg met de "
      "partners in Brussel doorgaat.")
DA = "Det er nu op til Rusland at nedtrappe den konflikt, der er bygget op ved grænsen."


def _folder(root: Path, rows: list[str], *, encoding: str = "cp1252",
            header: str = "file;language;outlet;date") -> Path:
    """A folder of one .txt file per row and a metadata.csv saved as Excel does (CRLF)."""
    for row in rows:
        name, language = row.split(";")[:2]
        text = NL if language == "nl" else DA
        (root / name).write_text(f"{text} ({name})", encoding="utf-8")  # no two alike
    text = "\r\n".join([header, *rows]) + "\r\n"
    (root / "metadata.csv").write_bytes(text.encode(encoding))
    return root


@pytest.mark.parametrize("written, read", [
    ("27-2-2022", "2022-02-27"), ("27-02-2022", "2022-02-27"), ("27.02.2022", "2022-02-27"),
    ("7.2.2022", "2022-02-07"), ("27/02/2022", "2022-02-27"), ("1-12-2021", "2021-12-01"),
    ("29-2-2024", "2024-02-29"),
    ("2022-02-27", "2022-02-27"), ("2022-02", "2022-02"), ("2022", "2022"),
])
def test_day_first_dates_are_read_as_that_day(written: str, read: str) -> None:
    assert read_date(written)[0] == read


@pytest.mark.parametrize("written, kind, words", [
    ("31-2-2022", "no such day", ["not a day of the calendar", "YYYY-MM-DD"]),
    ("29-2-2023", "no such day", ["not a day of the calendar"]),
    ("2/27/2022", "us date", ["US-English Excel", "2022-02-27", "not", "guessed"]),
    ("27-2-22", "two-digit year", ["two-digit year", "century", "2022-02-27"]),
    ("2022-13", "not a date", ["is not written as YYYY-MM-DD, YYYY-MM or YYYY"]),
    ("27 feb 2022", "not a date", ["Write e.g. 2022-02-25"]),
    ("27-2-2022 14:30", "not a date", ["is not written as"]),
])
def test_dates_that_are_not_guessed(written: str, kind: str, words: list[str]) -> None:
    date, how, advice = read_date(written)
    assert (date, how) == (UNKNOWN, kind)
    for word in words:
        assert word in advice


def test_an_excel_file_with_day_first_dates_through_load_corpus(tmp_path: Path) -> None:
    rows = [f"{i:03d}.txt;nl;NOS;{d}-2-2022" for i, d in enumerate(range(1, 21), start=1)]
    rows += ["021.txt;da;DR;27.02.2022", "022.txt;da;Politiken;Tørsdag"]  # é/ø in cp1252
    folder = _folder(tmp_path, rows)
    corpus = load_corpus(folder, quiet=True)
    dates = dict(zip(corpus["file"], corpus["date"], strict=True))
    assert dates["001.txt"] == "2022-02-01" and dates["020.txt"] == "2022-02-20"
    assert dates["021.txt"] == "2022-02-27" and dates["022.txt"] == UNKNOWN
    problems = list(check_corpus(corpus)["problem"])
    day_first = [p for p in problems if "day first" in p]
    assert len(day_first) == 1  # one note for the 21 rows, not one per row
    assert "21 date(s) were written day first (line(s) 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ...)" \
        in day_first[0]
    assert "'1-2-2022' as 2022-02-01" in day_first[0] and "US-English Excel" in day_first[0]
    assert any("line 23: date 'Tørsdag' is not written as" in p for p in problems)


def test_load_corpus_prints_one_note_for_day_first_dates(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture) -> None:
    folder = _folder(tmp_path, [f"{i:02d}.txt;nl;NOS;{i}-2-2022" for i in range(1, 9)])
    load_corpus(folder)
    out = capsys.readouterr().out
    assert out.count("day first") == 1 and "line 2:" not in out


def test_repeated_date_problems_are_summarised(tmp_path: Path,
                                               capsys: pytest.CaptureFixture) -> None:
    rows = [f"{i:02d}.txt;nl;NOS;{i}/2/22" for i in range(1, 13)]  # 12 two-digit years
    folder = _folder(tmp_path, rows)
    corpus = load_corpus(folder)
    out = capsys.readouterr().out
    problems = list(check_corpus(corpus)["problem"])
    assert [p for p in problems if "two-digit year" in p] == [
        f"{tmp_path.name}/metadata.csv line {n}: date '{n - 1}/2/22' has a two-digit year, so "
        f"its century is not certain; it was read as 'unknown'. Write the year in full, best "
        f"as YYYY-MM-DD (e.g. 2022-02-{n - 1:02d})." for n in (2, 3, 4)]
    assert (f"{tmp_path.name}/metadata.csv: ... and 9 more rows with the same problem as line 2 "
            "(lines 5, 6, 7, 8, 9, 10, 11, 12, 13).") in problems
    assert out.count("two-digit year") == 3 and out.count("9 more rows") == 1
    assert set(corpus["date"]) == {UNKNOWN}


def test_five_rows_with_a_problem_are_each_shown(tmp_path: Path) -> None:
    folder = _folder(tmp_path, [f"{i:02d}.txt;nl;NOS;31-2-2022" for i in range(1, 6)])
    problems = list(check_corpus(folder)["problem"])
    assert sum("not a day of the calendar" in p for p in problems) == 5
    assert not any("more rows" in p for p in problems)


def test_different_problems_are_summarised_each_on_their_own(tmp_path: Path) -> None:
    text = "file;language;date\r\n" + "".join(
        f"missing{i}.txt;nl;2/27/2022\r\n" for i in range(8)) + "".join(
        f"a{i}.txt;nl;2/27/2022\r\n" for i in range(7))
    (tmp_path / "metadata.csv").write_bytes(text.encode("cp1252"))
    present = [f"a{i}.txt" for i in range(7)]
    table, notes = read_metadata(tmp_path / "metadata.csv", files_present=present)
    problems = [n.problem for n in notes]
    assert sum("no such usable text file" in p for p in problems) == 3
    assert sum("US-English Excel" in p for p in problems) == 3
    shown = f"{tmp_path.name}/metadata.csv"
    assert f"{shown}: ... and 5 more rows with the same problem as line 2 (lines 5, 6, 7, 8, " \
        "9)." in problems
    assert f"{shown}: ... and 4 more rows with the same problem as line 10 (lines 13, 14, 15, " \
        "16)." in problems
    assert set(table["date"]) == {UNKNOWN}


def test_two_thousand_rows_give_a_few_lines(tmp_path: Path) -> None:
    text = "file;language;date\r\n" + "".join(
        f"{i:04d}.txt;nl;{'27-2-2022' if i % 2 else '31-2-2022'}\r\n" for i in range(2000))
    (tmp_path / "metadata.csv").write_bytes(text.encode("cp1252"))
    table, notes = read_metadata(tmp_path / "metadata.csv",
                                 files_present=[f"{i:04d}.txt" for i in range(2000)])
    assert len(notes) == 5  # 3 rows, "... and 997 more", the day-first note
    assert "... and 997 more rows with the same problem as line 2 (lines 8, 10, 12, 14, 16, " \
        "18, 20, 22, 24, 26, ...)." in notes[3].problem
    assert "1000 date(s) were written day first" in notes[4].problem
    assert (table["date"] == "2022-02-27").sum() == 1000


def test_a_utf8_comma_file_with_iso_dates_has_no_notes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,language,date\na.txt,nl,2022-02-27\n")
    assert check_corpus(tmp_path).empty


@pytest.fixture()
def undated(tmp_path: Path) -> Path:
    """A folder whose metadata.csv has no dates (and whose texts have no date prefix)."""
    return _folder(tmp_path, [f"{i}.txt;{'nl' if i < 4 else 'da'};NOS" for i in range(6)],
                   header="file;language;outlet")


def test_no_dates_give_the_course_default_with_an_honest_note(undated: Path) -> None:
    corpus = load_corpus(undated, quiet=True)
    assert set(corpus["date"]) == {UNKNOWN}
    facts = framelab.course_facts(undated, corpus=corpus)
    default = read_config(framelab.facts.bundled_config())["event_date"]
    assert facts.event_date == default != "2000-01-01"
    assert facts.event_label == "no dates"
    table = facts.table().set_index("fact")
    assert table.loc["event_date", "from"] == NO_DATES
    assert "no article has a date" in NO_DATES and "metadata.csv (YYYY-MM-DD)" in NO_DATES
    assert "middle" not in table.loc["event_date", "from"]


def test_dated_articles_still_give_the_middle_date(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.txt;nl;NOS;1-2-2022", "b.txt;nl;NOS;3.2.2022",
                                "c.txt;nl;NOS;2022-02-05"])
    facts = framelab.course_facts(folder, corpus=load_corpus(folder, quiet=True))
    assert facts.event_date == "2022-02-03"
    assert facts.table().set_index("fact").loc["event_date", "from"] == (
        "the middle of the articles' dates")


def test_run_course_says_that_no_article_has_a_date(undated: Path, tmp_path_factory,
                                                    monkeypatch, capsys) -> None:
    from tools import runcourse

    monkeypatch.setattr(runcourse, "run_lessons", lambda *args, **kwargs: [])  # nothing runs
    out = tmp_path_factory.mktemp("out") / "lessons"
    assert runcourse._main(["--lessons", "06", "--out", str(out), str(undated)],
                           cwd=undated.parent) == 0
    printed = capsys.readouterr().out
    assert NO_DATES in printed and NO_DATES_NOTE in printed
    assert "2000-01-01" not in printed and "the middle of the articles' dates" not in printed


def test_run_course_says_nothing_of_dates_when_articles_have_them(tmp_path: Path,
                                                                   tmp_path_factory, monkeypatch,
                                                                   capsys) -> None:
    from tools import runcourse

    folder = _folder(tmp_path, [f"{i}.txt;nl;NOS;{i + 1}-2-2022" for i in range(4)])
    monkeypatch.setattr(runcourse, "run_lessons", lambda *args, **kwargs: [])
    out = tmp_path_factory.mktemp("out") / "lessons"
    assert runcourse._main(["--lessons", "06", "--out", str(out), str(folder)],
                           cwd=tmp_path) == 0
    printed = capsys.readouterr().out
    assert "4 date(s) were written day first" in printed and NO_DATES_NOTE not in printed
    assert "2022-02-03" in printed  # the middle date, as event_date


def test_a_us_date_makes_the_day_first_note_say_so(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.txt;nl;NOS;2/3/2022", "b.txt;nl;NOS;2/27/2022",
                                "c.txt;nl;NOS;3/1/2022"])
    corpus = load_corpus(folder, quiet=True)
    assert list(corpus["date"]) == ["2022-03-02", UNKNOWN, "2022-01-03"]
    problems = list(check_corpus(corpus)["problem"])
    note = next(p for p in problems if "day first (line(s)" in p)
    assert "2 date(s) were written day first (line(s) 2, 4)" in note
    assert "But line(s) 3 have a date that only month first makes a day" in note
    assert "most likely came from a US-English Excel" in note and "Nothing to do" not in note
    assert any("line 3: date '2/27/2022' cannot be read day first" in p for p in problems)


def test_a_month_before_its_year_is_that_month(tmp_path):
    """Excel writes a month-only date as 12-2024 (Dutch, Danish and US order alike: the month
    first, nothing to guess): it is read as 2024-12, without a note; 13-2024 is no month."""
    import framelab
    from framelab.corpus import read_date
    assert read_date("12-2024")[:2] == ("2024-12", "month and year")
    assert read_date("3.2022")[0] == "2022-03" and read_date("03/2022")[0] == "2022-03"
    assert read_date("13-2024")[0] == "unknown"
    course = framelab.load_corpus(quiet=True)
    for i, text in enumerate(course["raw_text"][:2]):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file;language;date\na0.txt;nl;12-2024\n"
                                           "a1.txt;nl;13-2024\n", encoding="cp1252")
    corpus = framelab.load_corpus(tmp_path, quiet=True)
    assert corpus.set_index("file").loc["a0.txt", "date"] == "2024-12"
    assert corpus.set_index("file").loc["a1.txt", "date"] == "unknown"
    problems = " ".join(framelab.check_corpus(tmp_path)["problem"])
    assert "'13-2024'" in problems and "'12-2024'" not in problems


def test_a_row_with_another_separator_is_told_so(tmp_path):
    """One row typed with semicolons in a comma file: the note says so, not 'put a value with a
    comma in double quotes' (an outside instructor found that hint wrong here)."""
    import framelab
    course = framelab.load_corpus(quiet=True)
    for i, text in enumerate(course["raw_text"][:2]):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,language,date\na0.txt,nl,2022-02-10\n"
                                           "a1.txt;nl;2024-12\n", encoding="utf-8")
    problems = " ".join(framelab.check_corpus(tmp_path)["problem"])
    assert "line 3 has 1 values but the header has 3" in problems
    assert "separated by ';' (\"a1.txt;nl;2024-12\"), the rest of the file by ','" in problems
    assert "double quotes" not in problems


def test_a_us_date_in_a_day_first_file_is_a_line_to_check_not_a_us_file(tmp_path: Path) -> None:
    """27-2-2022 can only be day first: one 2/27/2022 among such dates is a line to check, not a
    sign that every date of the file is month first (a second instructor reader: the note told
    them their right dates were wrong)."""
    folder = _folder(tmp_path, ["a.txt;nl;NOS;27-2-2022", "b.txt;nl;NOS;2/27/2022",
                                "c.txt;nl;NOS;3-1-2022"])
    corpus = load_corpus(folder, quiet=True)
    assert list(corpus["date"]) == ["2022-02-27", UNKNOWN, "2022-01-03"]
    note = next(p for p in check_corpus(corpus)["problem"] if "day first (line(s)" in p)
    assert "Line(s) 2 can only be day first (27-2-2022)" in note
    assert "line(s) 3 only month first (2/27/2022): check those lines" in note
    assert "US-English" not in note
