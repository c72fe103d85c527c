"""Tables of articles (.csv, .tsv, .xlsx, .json, .jsonl): column matching, the report of which
column was taken for what, and what a row that cannot be used gets."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

import framelab
from framelab.errors import CorpusError
from framelab.imports import match_columns, read_table
from tests.export_files import DA_BODY, NL_BODY

ROWS = [
    {"kop": "Lavrov teleurgesteld", "tekst": "\n\n".join(NL_BODY), "datum": "10-02-2022",
     "bron": "De Testkrant", "taal": "nl", "likes": "12"},
    {"kop": "Nu er det op til Rusland", "tekst": "\n\n".join(DA_BODY),
     "datum": "2. december 2021", "bron": "Testavisen", "taal": "", "likes": "3"},
]

COLUMN_CASES = [
    # (columns of a table, what is taken for what)
    (["text", "title", "date", "outlet"],
     {"text": "text", "headline": "title", "date": "date", "outlet": "outlet"}),
    # a scraper's names
    (["Body", "Headline", "published_at", "Source", "URL"],
     {"text": "Body", "headline": "Headline", "date": "published_at", "outlet": "Source",
      "url": "URL"}),
    # Dutch names
    (["tekst", "kop", "datum", "krant", "taal"],
     {"text": "tekst", "headline": "kop", "date": "datum", "outlet": "krant",
      "language": "taal"}),
    # Danish names, with æ/ø as Excel keeps them
    (["Brødtekst", "Overskrift", "Dato", "Medie", "Sprog", "Forfatter"],
     {"text": "Brødtekst", "headline": "Overskrift", "date": "Dato", "outlet": "Medie",
      "language": "Sprog", "export_byline": "Forfatter"}),
    # two candidates for the text: the better name wins, the other is kept as a column
    (["content", "text"], {"text": "text"}),
    # no text column at all
    (["kop", "url"], {"headline": "kop", "url": "url"}),
]


@pytest.mark.parametrize("columns, expected", COLUMN_CASES)
def test_columns_are_matched_to_the_kits_fields(columns: list[str], expected: dict) -> None:
    assert match_columns(columns) == expected


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    suffix = path.suffix
    table = pd.DataFrame(rows)
    if suffix == ".csv":  # as Excel in Dutch saves it: semicolons, a BOM
        table.to_csv(path, sep=";", index=False, encoding="utf-8-sig")
    elif suffix == ".tsv":
        table.to_csv(path, sep="\t", index=False)
    elif suffix == ".xlsx":
        table.to_excel(path, index=False, engine="openpyxl")
    elif suffix == ".json":
        path.write_text(json.dumps({"articles": rows}, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                        encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".xlsx", ".json", ".jsonl"])
def test_a_table_gives_one_article_per_row(tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path / f"artikelen{suffix}", ROWS)
    read = read_table(path)
    assert read.notes[0] == (f"artikelen{suffix}: one article per row; took 'tekst' as the text, "
                             "'kop' as the headline, 'datum' as the date, 'bron' as the outlet, "
                             "'taal' as the language; kept as they are: 'likes'.")
    corpus = framelab.load_corpus(path, quiet=True)
    assert len(corpus) == 2
    nl = corpus[corpus["outlet"] == "De Testkrant"].iloc[0]
    assert (nl["date"], nl["language"], nl["headline"]) == ("2022-02-10", "nl",
                                                            "Lavrov teleurgesteld")
    assert nl["date_status"] == "stated in the table"
    assert nl["raw_text"] == "Lavrov teleurgesteld\n\n" + "\n\n".join(NL_BODY)
    assert nl["position"] == "row 2" and nl["likes"] == "12"
    da = corpus[corpus["outlet"] == "Testavisen"].iloc[0]
    assert (da["date"], da["language"]) == ("2021-12-02", "da")
    assert da["language_status"].startswith("guessed")


def test_excel_dates_are_read_from_the_cells(tmp_path: Path) -> None:
    rows = [dict(ROWS[0], datum=dt.datetime(2022, 2, 10, 13, 6))]
    article = read_table(_write(tmp_path / "excel.xlsx", rows)).articles[0]
    assert article.date == "2022-02-10"


def test_rows_that_cannot_be_used_are_named(tmp_path: Path) -> None:
    rows = [ROWS[0], dict(ROWS[1], tekst=""), dict(ROWS[1], datum="gisteren")]
    read = read_table(_write(tmp_path / "half.csv", rows))
    assert len(read.articles) == 2
    assert "half.csv row 3: the text is empty; the row was left out." in read.notes
    assert any("half.csv row 4: the date 'gisteren' could not be read" in n for n in read.notes)
    assert read.articles[1].date == "unknown"


BROKEN_TABLES = [
    # (file name, content, words of the message)
    ("geen_tekst.csv", "kop;datum\nLavrov;2022-02-10\n", ("geen_tekst.csv", "no column with the "
                                                          "article text", "'kop', 'datum'")),
    ("kapot.json", '[{"text": "Lavrov zei', ("kapot.json", "not valid JSON",
                                             "saved completely")),
    ("regels.jsonl", '{"text": "Een"}\nniet json\n', ("regels.jsonl line 2", "not a JSON object")),
    ("lijst.json", '"alleen tekst"', ("lijst.json", "no list of articles")),
    ("kapot.xlsx", "PK\x03\x04 niet af", ("kapot.xlsx", "cut off or damaged")),
]


@pytest.mark.parametrize("name, content, words", BROKEN_TABLES)
def test_a_broken_table_gets_a_message(tmp_path: Path, name: str, content: str, words) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        framelab.load_corpus(path, quiet=True)
    for word in words:
        assert word in str(info.value)
