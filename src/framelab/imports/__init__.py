"""Bringing articles from where students get them: news-database exports and tables.

What the kit reads:

- **Nexis Uni** (.docx): one file with many articles (a cover page, then per article the
  headline, outlet, date line, ``Section:``, ``Length:``, ``Byline:``, ``Body``, the
  paragraphs, ``End of Document``), and one article per file (:mod:`.nexis_uni`);
- the **classic LexisNexis text export** (.txt, "1 of 10 DOCUMENTS") (:mod:`.nexis_text`);
- **tables** (.csv, .tsv, .xlsx, .json, .jsonl) with one article per row (:mod:`.tables`);
- a folder that mixes these with .txt articles and a metadata.csv.

Not yet: Factiva (RTF, HTML, PDF) and Infomedia (PDF) exports; they get a message that says
what to do instead. Every article keeps what the export states (headline, outlet, the date
as stated, byline, section, length, language, file and position); the database's own lines are
logged with their rule (:func:`database_rules`, :func:`export_log`), and duplicate stories are
found (:func:`find_duplicates`) and can be dropped (:func:`drop_duplicates`).

``framelab.load_corpus(export)`` loads an export straight away, the articles in the export's
order; :func:`import_corpus` (or
``python course.py import-corpus EXPORT... --out FOLDER``) writes a corpus folder the lessons
read like any other.

>>> import tempfile, pathlib, framelab
>>> export = sample_export(pathlib.Path(tempfile.mkdtemp()) / "nexis.docx")
>>> news = framelab.load_corpus(export, quiet=True)
>>> news.sort_values("outlet")[["outlet", "date", "language"]].to_dict("records")
... # doctest: +NORMALIZE_WHITESPACE
[{'outlet': 'RD.nl (Reformatorisch Dagblad)', 'date': '2022-02-10', 'language': 'nl'},
 {'outlet': 'Ritzau', 'date': '2021-12', 'language': 'da'},
 {'outlet': 'Voorbeeldkrant (a made-up outlet for this lesson)', 'date': '2022-02-10', 'language': 'nl'}]
"""

from .dates import StatedDate, parse_date_line, parse_date_value
from .dispatch import NOT_YET, export_format, is_export_source, read_sources
from .duplicates import drop_duplicates, find_duplicates
from .folder import EXPORT_COLUMNS, export_log, import_corpus, load_exports
from .nexis_text import read_nexis_text
from .nexis_uni import read_nexis_uni
from .records import Article, ExportError, database_rules
from .sample import Story, sample_export, write_nexis_text, write_nexis_uni
from .tables import match_columns, read_table

__all__ = [
    "EXPORT_COLUMNS",
    "NOT_YET",
    "Article",
    "ExportError",
    "StatedDate",
    "Story",
    "database_rules",
    "drop_duplicates",
    "export_format",
    "export_log",
    "find_duplicates",
    "import_corpus",
    "is_export_source",
    "load_exports",
    "match_columns",
    "parse_date_line",
    "parse_date_value",
    "read_nexis_text",
    "read_nexis_uni",
    "read_sources",
    "read_table",
    "sample_export",
    "write_nexis_text",
    "write_nexis_uni",
]
