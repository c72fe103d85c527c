"""Nexis Uni (.docx) and classic LexisNexis text exports, written here in Dutch and Danish in the
structures of LexisNexisTools' public samples (tests/export_files.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import framelab
from framelab.cleaning import LOG_COLUMNS
from framelab.errors import CorpusError
from framelab.imports import export_log, parse_date_line, read_nexis_text, read_nexis_uni
from tests.export_files import NL_BODY, Doc, danish_doc, dutch_docs, nexis_text, nexis_uni_docx

DATE_LINES = [
    # (date line, ISO date or None): as the exports print them
    ("July 1, 2019 Monday 9:20 AM GMT", "2019-07-01"),  # Nexis Uni, English
    ("January 11, 2010 Monday", "2010-01-11"),  # classic export
    ("1 juli 2019 maandag", "2019-07-01"),  # Dutch
    ("maandag 1 juli 2019 14:05 CEST", "2019-07-01"),  # Dutch, weekday first, time
    ("1. juli 2019", "2019-07-01"),  # Danish
    ("mandag den 2. december 2021", "2021-12-02"),  # Danish with weekday and "den"
    ("24 mrt. 2022", "2022-03-24"),  # Dutch abbreviation
    ("december 2021", "2021-12"),  # a month only: kept as a month, no day invented
    ("31 februari 2022", None),  # no such day
    ("Op 1 juli 2019 begint de top", None),  # a headline with a date in it
    ("Length: 355 words", None),
    ("", None),
]


@pytest.mark.parametrize("line, iso", DATE_LINES)
def test_date_lines_are_read_as_stated(line: str, iso: str | None) -> None:
    stated = parse_date_line(line)
    assert (stated.iso if stated else None) == iso
    if stated:
        assert stated.stated == line


@pytest.fixture()
def dutch_export(tmp_path: Path) -> Path:
    return nexis_uni_docx(tmp_path / "nexis_lavrov_1-3.docx", dutch_docs())


def test_a_dutch_nexis_uni_export_gives_each_article_with_its_metadata(dutch_export: Path) -> None:
    corpus = framelab.load_corpus(dutch_export, quiet=True)
    assert len(corpus) == 3
    first = corpus[corpus["headline"] == "Lavrov teleurgesteld na overleg met Truss"].iloc[0]
    assert first["outlet"] == "De Testkrant"
    assert first["date"] == "2019-07-01"
    assert first["date_status"] == "stated in the export"
    assert '"1 juli 2019 maandag"' in first["date_evidence"]
    assert first["export_byline"] == "ANP"
    assert first["export_section"] == "Buitenland"
    assert first["length"] == f"{sum(len(p.split()) for p in NL_BODY)} words"
    assert first["language"] == "nl"
    assert first["language_status"] == "stated in the export (DUTCH; NEDERLANDS)"
    assert first["source_file"] == "nexis_lavrov_1-3.docx"
    assert first["position"].startswith("article 1 of 3")
    assert first["export_format"] == "Nexis Uni (.docx)"
    # the text is the headline and the paragraphs, nothing of the database
    assert first["raw_text"] == "\n\n".join(["Lavrov teleurgesteld na overleg met Truss", *NL_BODY])
    second = corpus[corpus["outlet"] == "Het Proefblad"].iloc[0]
    assert second["language"] == "nl"
    assert second["language_status"].startswith("guessed from the words")
    assert second["date"] == "2019-07-01"


def test_the_database_lines_are_logged_like_cleaning_rules(dutch_export: Path) -> None:
    corpus = framelab.load_corpus(dutch_export, quiet=True)
    log = export_log(corpus)
    assert list(log.columns) == list(LOG_COLUMNS)
    rules = set(log["rule"])
    assert {"export-cover-page", "export-outlet", "export-date-line", "export-copyright",
            "export-section", "export-length", "export-byline", "export-body-label",
            "export-language", "export-load-date", "export-classification",
            "export-end-of-document"} <= rules
    assert set(log["rule"]) <= set(framelab.imports.database_rules()["rule"])
    assert log["reason"].str.len().min() > 20  # every line says why it went
    cover = log[log["rule"] == "export-cover-page"]
    assert "Search Terms: Lavrov" in set(cover["removed"])
    assert set(cover["article"]) == {"(cover page of nexis_lavrov_1-3.docx)"}
    for row in log[log["article"].isin(corpus["id"])].itertuples():
        text = corpus.loc[corpus["id"] == row.article, "raw_text"].item()
        assert row.removed not in text.split("\n\n")


def test_ids_are_stable_across_exports_and_positions(tmp_path: Path) -> None:
    docs = dutch_docs()
    one = framelab.load_corpus(nexis_uni_docx(tmp_path / "a.docx", docs), quiet=True)
    other = framelab.load_corpus(nexis_uni_docx(tmp_path / "b.docx", docs[::-1], cover=False),
                                 quiet=True)
    assert sorted(one["id"]) == sorted(other["id"])
    assert one.set_index("id")["position"].to_dict() != other.set_index("id")["position"].to_dict()


def test_a_danish_one_article_file_without_cover_page(tmp_path: Path) -> None:
    path = nexis_uni_docx(tmp_path / "artikel.docx", [danish_doc()], cover=False)
    read = read_nexis_uni(path)
    assert len(read.articles) == 1 and not read.removed
    corpus = framelab.load_corpus(path, quiet=True)
    row = corpus.iloc[0]
    assert (row["outlet"], row["date"], row["language"]) == ("Testavisen", "2021-12-02", "da")
    assert row["language_status"] == "guessed from the words (the export does not say)"
    assert row["raw_text"].startswith("USA: Nu er det op til Rusland\n\nDet er nu op til")
    assert "Copyright" not in row["raw_text"] and "End of Document" not in row["raw_text"]


def test_an_article_without_a_date_line_is_kept_with_an_unknown_date(tmp_path: Path) -> None:
    docs = dutch_docs()
    docs[2].date = None
    path = nexis_uni_docx(tmp_path / "zonder_datum.docx", docs)
    corpus = framelab.load_corpus(path, quiet=True)
    row = corpus[corpus["headline"] == "Kremlin ontkent plannen voor inval"].iloc[0]
    assert row["date"] == "unknown" and row["outlet"] == "De Testkrant"
    report = framelab.check_corpus(path)
    note = " ".join(report["problem"])
    assert "zonder_datum.docx, article 3 of 3" in note
    assert "no date line" in note and "does not invent" in note


def _truncated(tmp: Path) -> Path:
    whole = nexis_uni_docx(tmp / "heel.docx", dutch_docs())
    cut = tmp / "afgebroken.docx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    return cut


def _password(tmp: Path) -> Path:
    # Word's own encryption (what File → Protect Document → Encrypt with Password writes), made
    # with msoffcrypto-tool from a real export.
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = nexis_uni_docx(tmp / "open.docx", dutch_docs())
    path = tmp / "beveiligd.docx"
    with plain.open("rb") as source, path.open("wb") as target:
        OOXMLFile(source).encrypt("geheim", target)
    return path


def _essay(tmp: Path) -> Path:
    document = __import__("docx").Document()
    document.add_heading("Mijn essay over framing", 1)
    document.add_paragraph("Framing is het selecteren van aspecten van de werkelijkheid.")
    path = tmp / "essay.docx"
    document.save(str(path))
    return path


def _no_text_column(tmp: Path) -> Path:
    path = tmp / "links.csv"
    path.write_text("kop,datum,url\nLavrov teleurgesteld,2022-02-10,https://example.org/1\n",
                    encoding="utf-8")
    return path


def _factiva(tmp: Path) -> Path:
    path = tmp / "Factiva-20220301.rtf"
    path.write_text("{\\rtf1\\ansi Dow Jones Factiva ... }", encoding="ascii")
    return path


BAD_EXPORTS = [
    # (make the file, words the message must hold)
    (_truncated, ("afgebroken.docx", "cut off or damaged", "Download the export again")),
    (_password, ("beveiligd.docx", "password", "Encrypt with Password")),
    (_essay, ("essay.docx", "not a Nexis Uni export", "no line 'Body'", "plain text")),
    (_no_text_column, ("links.csv", "no column with the article text", "'kop', 'datum', 'url'",
                       "Rename the column")),
    (_factiva, ("Factiva-20220301.rtf", "Rich Text", "not this format yet")),
]


@pytest.mark.parametrize("make, words", BAD_EXPORTS)
def test_a_bad_export_gets_a_message_naming_the_file(tmp_path: Path, make, words) -> None:
    path = make(tmp_path)
    with pytest.raises(CorpusError) as info:
        framelab.load_corpus(path, quiet=True)
    for word in words:
        assert word in str(info.value)
    report = framelab.check_corpus(path)
    assert report.loc[0, "status"] == "unusable" and words[0] in report.loc[0, "problem"]


@pytest.mark.parametrize("make, words", BAD_EXPORTS[:4])
def test_a_bad_export_in_a_folder_is_skipped_and_reported(tmp_path: Path, make, words) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    bad = make(tmp_path)
    bad.rename(folder / bad.name)
    nexis_uni_docx(folder / "goed.docx", dutch_docs())
    corpus = framelab.load_corpus(folder, quiet=True)
    assert len(corpus) == 3
    report = framelab.check_corpus(folder)
    row = report[report["file"] == bad.name]
    assert list(row["status"]) == ["skipped"]
    assert words[1] in row["problem"].item()


def test_the_classic_text_export_in_dutch(tmp_path: Path) -> None:
    docs = dutch_docs()
    docs[0].more["edition"] = "Editie 1;|Landelijk"
    path = nexis_text(tmp_path / "LexisNexis_lavrov.TXT", docs, encoding="cp1252",
                      newline="\r\n")
    assert framelab.imports.export_format(path) == "LexisNexis text export (.txt)"
    read = read_nexis_text(path)
    assert [a.outlet for a in read.articles] == ["De Testkrant", "Het Proefblad", "De Testkrant"]
    first = read.articles[0]
    assert (first.date, first.edition, first.export_byline) == ("2019-07-01",
                                                                "Editie 1; Landelijk", "ANP")
    assert first.export_section == "Buitenland; Blz. 4"
    assert first.language == "nl"
    # wrapped lines are paragraphs again
    assert first.text == "\n\n".join(["Lavrov teleurgesteld na overleg met Truss", *NL_BODY])
    rules = {row["rule"] for row in first.removed}
    assert {"export-document-count", "export-load-date", "export-copyright",
            "export-length"} <= rules
    assert any("cp1252" in note or "Windows-1252" in note for note in read.notes)
    corpus = framelab.load_corpus(path, quiet=True)
    assert len(corpus) == 3 and set(corpus["source_file"]) == {"LexisNexis_lavrov.TXT"}


def test_the_sample_docx_structure_of_lexisnexistools_is_read(tmp_path: Path) -> None:
    """The structure of LexisNexisTools' sample.DOCX: text runs split across a label and its
    value, a horizontal line drawn in the 'Body' paragraph, 'End of Document' after a break."""
    document = __import__("docx").Document()
    for line in ("Lorem ipsum", "The Guardian(London)", "July 1, 2019 Monday 9:20 AM GMT"):
        document.add_paragraph(line)
    label = document.add_paragraph()
    for part in ("Length:", " ", "355", " words"):
        label.add_run(part)
    document.add_paragraph("Body")
    document.add_paragraph("Dolor sit amet, consectetur adipiscing elit.")
    end = document.add_paragraph()
    end.add_run().add_break()
    end.add_run("End of Document")
    path = tmp_path / "uni.docx"
    document.save(str(path))
    article = read_nexis_uni(path).articles[0]
    assert (article.headline, article.outlet, article.date, article.length) == (
        "Lorem ipsum", "The Guardian(London)", "2019-07-01", "355 words")
    assert article.text == "Lorem ipsum\n\nDolor sit amet, consectetur adipiscing elit."


def test_loading_never_changes_the_export(dutch_export: Path) -> None:
    before = dutch_export.read_bytes()
    framelab.load_corpus(dutch_export, quiet=True)
    framelab.check_corpus(dutch_export)
    assert dutch_export.read_bytes() == before
    assert zipfile.is_zipfile(dutch_export)


def test_doc_without_outlet_line_reports_missing_date(tmp_path: Path) -> None:
    doc = Doc("Alleen een kop", None, None, ["Een korte tekst over de NAVO en Rusland."])
    path = nexis_uni_docx(tmp_path / "kaal.docx", [doc], cover=False)
    article = read_nexis_uni(path).articles[0]
    assert article.headline == "Alleen een kop"
    assert article.date == "unknown"
