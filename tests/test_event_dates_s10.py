"""An event date is read as YYYY-MM-DD only; any other way of writing it gets a message that
names the argument and gives the YYYY-MM-DD of each day it could be (outside instructor: an
event_date of "02/03/2022" was read by pandas as 3 February, silently; "24 februari 2022" and
"2022-02-30" gave pandas' own traceback)."""

from __future__ import annotations

import datetime

import matplotlib
import pandas as pd
import pytest

import framelab
from framelab.errors import ArgumentError
from framelab.keywords import _event_day

matplotlib.use("Agg")

EXAMPLE = "framelab.periods(corpus, '2022-02-24')"


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-02-24", "2022-02-24"), (" 2022-2-4 ", "2022-02-04"),
    (datetime.date(2022, 2, 24), "2022-02-24"), (datetime.datetime(2022, 2, 24, 13, 5), "2022-02-24"),
    (pd.Timestamp("2022-02-24"), "2022-02-24"),
])
def test_a_day_is_read(value: object, expected: str) -> None:
    assert _event_day(value, "cut", EXAMPLE) == pd.Timestamp(expected)


@pytest.mark.parametrize(("value", "shown"), [
    ("02/03/2022", ["could be 2 March 2022 or 3 February 2022", "'2022-03-02' for 2 March 2022",
                    "'2022-02-03' for 3 February 2022"]),
    ("24/02/2022", ["write '2022-02-24' (24 February 2022)"]),
    ("24-02-2022", ["write '2022-02-24' (24 February 2022)"]),
    ("24.2.2022", ["write '2022-02-24' (24 February 2022)"]),
    ("2022/02/24", ["write '2022-02-24' (24 February 2022)"]),
    ("3/3/2022", ["write '2022-03-03' (3 March 2022)"]),
    ("2022-02-30", ["is not a day of the calendar", "no day 30"]),
    ("31/02/2022", ["is not written as YYYY-MM-DD (year-month-day, in digits)"]),
    ("24 februari 2022", ["is not written as YYYY-MM-DD (year-month-day, in digits)"]),
    ("2022", ["it is a year", "needs a day"]),
    ("2022-02", ["it is a month", "needs a day"]),
    (2021 - 12 - 15, ["cut=1994 is not a date in quotes", "subtraction"]),
    (None, ["cut=None is not a date in quotes"]),
    (pd.NaT, ["empty date"]),
])
def test_another_way_of_writing_gets_a_message_naming_the_argument(value: object,
                                                                    shown: list[str]) -> None:
    with pytest.raises(ArgumentError) as error:
        _event_day(value, "cut", EXAMPLE)
    message = str(error.value)
    assert message.startswith("cut") and EXAMPLE in message
    for part in shown:
        assert part in message


def test_periods_reads_only_yyyy_mm_dd() -> None:
    corpus = framelab.load_corpus(quiet=True)
    expected = framelab.periods(corpus, "2022-02-24").tolist()
    assert framelab.periods(corpus, datetime.date(2022, 2, 24)).tolist() == expected
    with pytest.raises(ArgumentError, match=r"cut='02/03/2022' .* could be 2 March 2022"):
        framelab.periods(corpus, "02/03/2022")


def test_analyse_folder_refuses_a_date_it_would_have_to_guess_before_any_work() -> None:
    for wrong, part in (("02/03/2022", "could be 2 March 2022 or 3 February 2022"),
                        ("24 februari 2022", "year-month-day"), ("2022-02-30", "no day 30")):
        with pytest.raises(ArgumentError, match=part) as error:
            framelab.analyse_folder(event_date=wrong, workers=1, progress=False)
        assert str(error.value).startswith(f"event_date={wrong!r}")
    by_text = framelab.analyse_folder(event_date="2022-02-24", workers=1, progress=False)
    by_date = framelab.analyse_folder(event_date=datetime.date(2022, 2, 24), workers=1,
                                      progress=False)
    pd.testing.assert_frame_equal(by_text.articles, by_date.articles)


def test_timeline_events_are_days_written_yyyy_mm_dd() -> None:
    corpus = framelab.load_corpus(quiet=True)
    framelab.plots.timeline(corpus, events={"2022-02-24": "invasion"})
    with pytest.raises(ArgumentError, match=r"the date .02/03/2022. in events is not written as YYYY-MM-DD, and it could be"):
        framelab.plots.timeline(corpus, events={"02/03/2022": "invasion"})
    matplotlib.pyplot.close("all")
