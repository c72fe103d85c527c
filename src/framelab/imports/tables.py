"""Reading a table of articles (.csv, .tsv, .xlsx, .json, .jsonl): one article per row.

A scraper, a colleague or a database's spreadsheet export gives a table with a column of
article text and columns of metadata. The column names are matched to the kit's fields
(text/body/content, title/headline, date/published, outlet/source/media, url, language, and
their Dutch and Danish names), and the report says which column was taken for what; every
other column is kept as it is. pandas reads the tables (openpyxl for Excel).

>>> import pandas as pd
>>> match_columns(["Title", "Body", "published_at", "Source", "likes"])
{'text': 'Body', 'headline': 'Title', 'date': 'published_at', 'outlet': 'Source'}
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pandas as pd

from ..reading import decode_bytes
from .dates import parse_date_value
from .records import Article, ExportError, ExportRead, language_code

__all__ = ["FIELD_NAMES", "TABLE_SUFFIXES", "match_columns", "read_table"]

TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".json", ".jsonl")

#: For each field of the kit, the column names taken for it, best first.
FIELD_NAMES = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "article_text",
             "body_text", "maintext", "main_text", "story", "tekst", "brodtekst", "artikel",
             "indhold"),
    "headline": ("headline", "title", "heading", "kop", "titel", "overskrift", "rubrik"),
    "date": ("date", "published", "publication_date", "published_at", "publish_date",
             "date_published", "pubdate", "datetime", "datum", "dato", "publicatiedatum",
             "udgivet"),
    "outlet": ("outlet", "source", "media", "medium", "publication", "newspaper", "publisher",
               "source_name", "krant", "avis", "bron", "kilde", "medie"),
    "url": ("url", "link", "permalink", "href", "web_address"),
    "language": ("language", "lang", "language_code", "taal", "sprog"),
    "export_byline": ("byline", "author", "authors", "auteur", "forfatter", "journalist"),
    "export_section": ("section", "category", "rubriek", "sectie", "sektion"),
}
_WRITTEN = frozenset({"id", "file", "source_file", "position", "export_format",
                      "language_status", "date_status", "date_evidence", "duplicate_of",
                      "length", "edition"})


def _normal(name: object) -> str:
    text = str(name).strip().casefold().replace("ø", "o").replace("æ", "ae").replace("å", "aa")
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


def match_columns(columns: list[str]) -> dict[str, str]:
    """Which column of a table is taken for which field of the kit (only the fields found)."""
    by_normal: dict[str, str] = {}
    for column in columns:
        by_normal.setdefault(_normal(column), column)
    found: dict[str, str] = {}
    taken: set[str] = set()
    for fieldname, names in FIELD_NAMES.items():
        for name in names:
            column = by_normal.get(name)
            if column is not None and column not in taken:
                found[fieldname] = column
                taken.add(column)
                break
    return found


def _read(path: Path) -> pd.DataFrame:
    name, suffix = path.name, path.suffix.lower()
    data = path.read_bytes()
    if suffix == ".xlsx":
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise ExportError(f"{name} is protected with a password (or is an old .xls file "
                              "renamed). Open it in Excel, remove the password (File → Info → "
                              "Protect Workbook) and save it as .xlsx, then try again.")
        try:
            return pd.read_excel(io.BytesIO(data), dtype=object, engine="openpyxl")
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
            raise ExportError(f"{name} could not be read as an Excel workbook: it is cut off or "
                              f"damaged ({type(err).__name__}). Save it again from Excel as "
                              ".xlsx, or as .csv (UTF-8).") from None
    decoded = decode_bytes(data, name)
    if not decoded.usable:
        raise ExportError(decoded.problem or f"{name} could not be read as text.")
    text = decoded.text or ""
    if suffix in (".json", ".jsonl"):
        return _read_json(text, name, lines=suffix == ".jsonl")
    header = text.split("\n", 1)[0]
    sep = "\t" if suffix == ".tsv" or header.count("\t") > max(header.count(","),
                                                               header.count(";")) else (
        ";" if header.count(";") > header.count(",") else ",")
    try:
        return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise ExportError(f"{name} could not be read as a table ({err}). A value that contains "
                          f"a '{sep}' or a line break must be put in double quotes; save the "
                          "table again from Excel or Google Sheets as CSV (UTF-8).") from None


def _read_json(text: str, name: str, *, lines: bool) -> pd.DataFrame:
    try:
        if lines:
            records = []
            for number, line in enumerate(text.split("\n"), 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError as err:
                        raise ExportError(f"{name} line {number} is not a JSON object "
                                          f"({err.msg}). Each line of a .jsonl file must hold "
                                          "one article as {\"text\": ..., ...}.") from None
            data: object = records
        else:
            data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ExportError(f"{name} is not valid JSON ({err.msg}, line {err.lineno}). "
                          "Check that the file was saved completely.") from None
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        data = lists[0] if len(lists) == 1 else [data]
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise ExportError(f"{name} holds no list of articles: the kit reads JSON as a list of "
                          "objects, one per article, such as [{\"text\": \"...\", \"date\": "
                          "\"2022-02-24\"}, ...].")
    return pd.DataFrame(data, dtype=object)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def read_table(path: str | Path) -> ExportRead:
    """Read a table of articles; the first note says which column was taken for what.

    Raises:
        ExportError: When the file cannot be read or has no column of article text.
    """
    p = Path(path)
    table = _read(p)
    columns = [str(c) for c in table.columns]
    table.columns = columns
    found = match_columns(columns)
    if "text" not in found:
        shown = ", ".join(f"'{c}'" for c in columns[:12]) or "none"
        raise ExportError(
            f"{p.name} has no column with the article text, so no article could be read. The kit "
            "takes the text from a column named text, body, content or article (or tekst, "
            f"brødtekst); the columns found are {shown}. Rename the column that holds the "
            "articles' text to 'text' in the first row and save the table again.")
    taken = ", ".join(f"'{column}' as the {fieldname.replace('export_', '')}"
                      for fieldname, column in found.items())
    rest = [c for c in columns if c not in found.values()]
    result = ExportRead([], [f"{p.name}: one article per row; took {taken}"
                             + (f"; kept as they are: {', '.join(repr(c) for c in rest)}."
                                if rest else ".")])
    for number, row in enumerate(table.to_dict("records"), 2):
        article = _article(row, found, rest, p.name, number, result)
        if article is not None:
            result.articles.append(article)
    return result


def _article(row: dict[str, object], found: dict[str, str], rest: list[str], source: str,
             number: int, result: ExportRead) -> Article | None:
    value = {fieldname: _cell(row.get(column)) for fieldname, column in found.items()}
    body = value["text"]
    if not body:
        result.notes.append(f"{source} row {number}: the text is empty; the row was left out.")
        return None
    headline = value.get("headline", "")
    text = body if not headline or body.startswith(headline) else f"{headline}\n\n{body}"
    article = Article(text, source, f"row {number}", "table")
    if headline:
        article.headline = headline
    for fieldname in ("outlet", "url", "export_byline", "export_section"):
        if value.get(fieldname):
            setattr(article, fieldname, value[fieldname])
    if value.get("date"):
        raw = row.get(found["date"])
        stated = parse_date_value(raw)
        if stated is None:
            result.notes.append(f"{source} row {number}: the date {value['date']!r} could not be "
                                "read, so it is left 'unknown'. Write it as 2022-02-24.")
        else:
            article.date, article.date_status = stated.iso, "stated in the table"
            article.date_evidence = f"column '{found['date']}' of {source}: {value['date']}"
            article.stated_date = value["date"]
    if value.get("language"):
        code = language_code(value["language"])
        if code != "unknown":
            article.language = code
            article.language_status = f"stated in the table ({value['language']})"
    for column in rest:
        key = _normal(column) or "column"
        key = f"table_{key}" if key in _WRITTEN or key in FIELD_NAMES else key
        article.extra[key] = _cell(row.get(column))
    return article
