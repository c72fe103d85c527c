"""Date lines of news-database exports, read as they are stated, in English, Dutch and Danish.

A news database prints the date of each article on a line of its own: Nexis Uni in English
("July 1, 2019 Monday 9:20 AM GMT"), in Dutch ("1 juli 2019 maandag") or in Danish
("1. juli 2019"). :func:`parse_date_line` turns such a line into an ISO date (``2019-07-01``)
and keeps the line as the evidence. It never invents: a line that states only a month gives
``2019-07``, and a line that is not a date line at all gives ``None``.

>>> parse_date_line("1. juli 2019").iso
'2019-07-01'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["StatedDate", "parse_date_line", "parse_date_value"]

_MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "oktober": 10,
    # Danish
    "marts": 3, "maj": 5,
    # abbreviations (with or without a full stop)
    "jan": 1, "feb": 2, "mar": 3, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"
)
_MONTH = r"(?P<month>[^\W\d_]{3,9})\.?"
# What may stand around the date on a date line: a weekday, "den" (Danish), a time, a zone.
_AROUND = re.compile(
    rf"(?i)\b(?:{_WEEKDAYS}|den|updated|bijgewerkt|opdateret)\b|"
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uur|u\.)?|"
    r"\b(?:gmt|utc|cet|cest|bst|est|edt|pst|pdt)\b|[+-]\d{2}:?\d{2}\b|[,;.()\s-]"
)
_FORMS = (
    # July 1, 2019 / Jul. 1 2019
    re.compile(rf"(?i)\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b"),
    # 1 juli 2019 / 1. juli 2019 / 1 jul. 2019
    re.compile(rf"(?i)\b(?P<day>\d{{1,2}})\.?\s+{_MONTH}\s+(?P<year>\d{{4}})\b"),
    # juli 2019 (a month only: kept as YYYY-MM)
    re.compile(rf"(?i)\b{_MONTH}\s+(?P<year>\d{{4}})\b"),
)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_DMY = re.compile(r"(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4})")


@dataclass(frozen=True)
class StatedDate:
    """A date as an export states it.

    Attributes:
        iso: ``YYYY-MM-DD``, or ``YYYY-MM`` when the line names only a month.
        stated: The line (or value) it was read from, as evidence.
    """

    iso: str
    stated: str


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:  # 31 February: not a date, so not read as one
        return None


def parse_date_line(line: str) -> StatedDate | None:
    """Read a database's date line, or return None if the line is not a date line.

    The whole line must be a date: the date itself, with at most a weekday, a time and a time
    zone around it. A headline that mentions a date ("Op 1 juli 2019 begint de top") is not a
    date line.

    Args:
        line: One line of an export.

    Returns:
        The date as stated, or ``None``.

    >>> parse_date_line("July 1, 2019 Monday 9:20 AM GMT")
    StatedDate(iso='2019-07-01', stated='July 1, 2019 Monday 9:20 AM GMT')
    >>> parse_date_line("1 juli 2019 maandag").iso
    '2019-07-01'
    >>> parse_date_line("mandag den 2. december 2021 06:00").iso
    '2021-12-02'
    >>> parse_date_line("december 2021").iso
    '2021-12'
    >>> parse_date_line("Op 1 juli 2019 begint de top") is None
    True
    """
    text = " ".join(line.replace("\u00a0", " ").split())
    if not text or len(text) > 80:
        return None
    for form in _FORMS:
        match = form.search(text)
        if not match:
            continue
        month = _MONTHS.get(match["month"].casefold())
        if month is None:
            continue
        rest = text[: match.start()] + " " + text[match.end():]
        if _AROUND.sub("", rest):
            return None  # more than a date on the line
        day = int(match["day"]) if "day" in match.groupdict() and match["day"] else None
        iso = _iso(int(match["year"]), month, day)
        return StatedDate(iso, text) if iso else None
    return None


def parse_date_value(value: object) -> StatedDate | None:
    """Read a date from a table cell: ISO (``2019-07-01``, with a time or not), ``01-07-2019``,
    a date line as :func:`parse_date_line` reads it, or a date that Excel stored.

    >>> parse_date_value("2022-02-24T09:30:00Z").iso
    '2022-02-24'
    >>> parse_date_value("24-02-2022").iso
    '2022-02-24'
    >>> parse_date_value("24 februari 2022").iso
    '2022-02-24'
    >>> parse_date_value("soon") is None
    True
    """
    if isinstance(value, (dt.date, dt.datetime)):
        return StatedDate(value.strftime("%Y-%m-%d"), str(value))
    text = str(value).strip()
    if not text or text.casefold() in ("nan", "nat", "none", "unknown"):
        return None
    for pattern in (_ISO, _DMY):
        match = pattern.fullmatch(text)
        if match:
            day = match["day"]
            iso = _iso(int(match["year"]), int(match["month"]), int(day) if day else None)
            return StatedDate(iso, text) if iso else None
    return parse_date_line(text)
