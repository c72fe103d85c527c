"""Mixed folders, the corpus folder written from exports (import-corpus), and duplicate
stories."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import framelab
from framelab.errors import CorpusError
from framelab.imports import find_duplicates, import_corpus
from tests.export_files import (
    DA_BODY,
    NL_BODY,
    danish_doc,
    dutch_docs,
    nexis_text,
    nexis_uni_docx,
)

ROOT = Path(__file__).resolve().parents[1]


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """A student's folder: a Nexis Uni export, a LexisNexis text export, a table, two .txt
    articles with a metadata.csv, and a photo."""
    folder = tmp_path / "mijn_corpus"
    folder.mkdir()
    nexis_uni_docx(folder / "nexis_1-3.docx", dutch_docs())
    nexis_text(folder / "lexis.txt", [danish_doc()])
    pd.DataFrame([{"text": "Een stuk over de NAVO-top in Vilnius, waar Oekraïne geen datum "
                   "voor het lidmaatschap kreeg. De leiders spraken van een onomkeerbaar pad.",
                   "title": "NAVO-top", "date": "2023-07-12", "source": "Scraper"}]
                 ).to_csv(folder / "scrape.csv", index=False)
    (folder / "001_eigen.txt").write_text("Eigen artikel\n\n" + NL_BODY[2], encoding="utf-8")
    (folder / "002_eigen.txt").write_text("Egen artikel\n\n" + DA_BODY[2], encoding="utf-8")
    (folder / "metadata.csv").write_text("id,file,language,outlet,date\n"
                                         "001,001_eigen.txt,nl,NOS,2022-02-11\n",
                                         encoding="utf-8")
    (folder / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    return folder


def test_a_mixed_folder_loads_every_kind_and_changes_nothing(mixed: Path) -> None:
    before = _digest(mixed)
    corpus = framelab.load_corpus(mixed, quiet=True)
    assert _digest(mixed) == before
    assert sorted(corpus["source_file"].replace("unknown", "")) == sorted([
        "", "", "lexis.txt", "nexis_1-3.docx", "nexis_1-3.docx", "nexis_1-3.docx", "scrape.csv"])
    own = corpus.set_index("file").loc["001_eigen.txt"]
    assert (own["id"], own["outlet"], own["date"]) == ("001", "NOS", "2022-02-11")
    assert corpus.set_index("file").loc["002_eigen.txt", "language"] == "da"
    report = framelab.check_corpus(mixed)
    notes = dict(zip(report["file"], report["problem"], strict=False))
    assert "not a .txt file" in notes["foto.jpg"]
    assert "took 'text' as the text, 'title' as the headline" in " ".join(report["problem"])
    assert report.loc[report["file"] == "002_eigen.txt", "problem"].str.contains(
        "no language in metadata.csv").all()


def test_the_imported_folder_loads_as_the_export_does(mixed: Path, tmp_path: Path) -> None:
    before = _digest(mixed)
    out = import_corpus(mixed, tmp_path / "uit", quiet=True)
    assert _digest(mixed) == before
    assert (out / "metadata.csv").is_file() and (out / "raw").is_dir()
    direct = framelab.load_corpus(mixed, quiet=True)
    folder = framelab.load_corpus(out, quiet=True)
    columns = ["id", "file", "language", "outlet", "date", "headline", "raw_text", "text",
               "export_byline", "length", "source_file", "position"]
    pd.testing.assert_frame_equal(direct[columns], folder[columns])
    # the imported folder is an ordinary corpus folder: the photo stayed behind, and the
    # language of the .txt file without a row in metadata.csv is guessed as before
    assert not (out / "raw" / "foto.jpg").exists()
    assert set(framelab.check_corpus(out)["file"]) == {"002_eigen.txt"}
    log = framelab.export_log(out)
    assert set(log["article"]) - set(folder["id"]) == {"(cover page of nexis_1-3.docx)",
                                                       "(cover page of lexis.txt)"}


def test_lessons_pipeline_reads_the_imported_folder(tmp_path: Path) -> None:
    out = import_corpus(nexis_uni_docx(tmp_path / "n.docx", dutch_docs()), tmp_path / "c",
                        quiet=True)
    results = framelab.analyse_folder(out, workers=1, progress=False)
    corpus = framelab.load_corpus(out, quiet=True)
    assert results.articles["id"].tolist() == corpus["id"].tolist()
    assert results.articles["date"].tolist() == ["2019-07-01", "2019-07-01", "2019-07-02"]
    facts = framelab.course_facts(out)
    assert facts.language == "nl"


def test_duplicate_stories_are_reported_and_one_can_be_kept(tmp_path: Path) -> None:
    docs = dutch_docs()  # 1 and 2: the same agency copy under two outlets, 2 shortened
    export = nexis_uni_docx(tmp_path / "n.docx", docs)
    again = nexis_uni_docx(tmp_path / "opnieuw.docx", docs[:1])  # 1 once more, word for word
    folder = tmp_path / "beide"
    folder.mkdir()
    export.rename(folder / export.name)
    again.rename(folder / again.name)
    corpus = framelab.load_corpus(folder, quiet=True)
    # the exact copy is written once, with where else it stood; the shortened copy is kept
    assert len(corpus) == 3
    first = corpus[corpus["headline"] == docs[0].headline].iloc[0]
    assert first["also_in"] == "De Testkrant (opnieuw.docx, article 1 of 1)"
    report = framelab.check_corpus(folder)
    duplicate = report.loc[report["status"] == "duplicate", "problem"].item()
    assert "The same story, 3 times" in duplicate and "--keep-one" in duplicate
    found = find_duplicates(corpus)
    assert found["group"].nunique() == 1 and len(found) == 2
    assert found["kept"].tolist() == [True, False]
    longest = framelab.drop_duplicates(corpus, keep="longest")
    assert docs[1].headline not in set(longest["headline"]) and len(longest) == 2
    for keep, kept in (("first", docs[0].headline), ("longest", docs[0].headline)):
        out = import_corpus(folder, tmp_path / f"een-{keep}", keep_one=keep, quiet=True)
        one = framelab.load_corpus(out, quiet=True)
        assert len(one) == 2 and kept in set(one["headline"])
        table = pd.read_csv(out / "import" / "duplicates.csv", dtype=str)
        assert table["kept"].tolist().count("True") == 1


def test_the_earliest_copy_can_be_kept(tmp_path: Path) -> None:
    docs = dutch_docs()[:2]
    docs[0].date = "2 juli 2019 dinsdag"  # the full copy a day later than the shortened one
    out = import_corpus(nexis_uni_docx(tmp_path / "n.docx", docs), tmp_path / "c",
                        keep_one="earliest", quiet=True)
    assert framelab.load_corpus(out, quiet=True)["outlet"].tolist() == ["Het Proefblad"]


def test_import_corpus_refuses_to_write_over_a_folder(tmp_path: Path) -> None:
    export = nexis_uni_docx(tmp_path / "n.docx", dutch_docs())
    (tmp_path / "vol").mkdir()
    (tmp_path / "vol" / "iets.txt").write_text("van mij", encoding="utf-8")
    with pytest.raises(CorpusError, match="already exists and is not an empty folder"):
        import_corpus(export, tmp_path / "vol")
    assert (tmp_path / "vol" / "iets.txt").read_text(encoding="utf-8") == "van mij"
    with pytest.raises(CorpusError, match="geen.docx does not exist"):
        import_corpus(tmp_path / "geen.docx", tmp_path / "nieuw")


def _command(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "framelab.imports", *args], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8")


def test_the_import_corpus_command(tmp_path: Path) -> None:
    nexis_uni_docx(tmp_path / "a.docx", dutch_docs())
    nexis_uni_docx(tmp_path / "b.docx", [danish_doc()], cover=False)
    done = _command("a.docx", "b.docx", "--out", "corpus", "--keep-one", "first", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Wrote 3 article(s)" in done.stdout and "run-course corpus" in done.stdout
    assert len(framelab.load_corpus(tmp_path / "corpus", quiet=True)) == 3
    again = _command("a.docx", "--out", "corpus", cwd=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"PK\x03\x04")
    bad = _command("kapot.docx", "--out", "x", cwd=tmp_path)
    assert bad.returncode == 1 and "kapot.docx" in bad.stderr and "cut off" in bad.stderr
    assert not (tmp_path / "x").exists()


def test_course_py_has_the_command() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import course
    finally:
        sys.path.remove(str(ROOT))
    assert "import-corpus" in course.COMMANDS and "import-corpus" in course.PASS_THROUGH
    assert "import-corpus EXPORT... --out FOLDER" in (course.__doc__ or "")


def test_removal_log_of_an_export_lists_the_database_lines_like_any_rule(tmp_path: Path) -> None:
    """The database's own lines (Body, Length:, End of Document ...) are in removal_log too."""
    from framelab.imports import sample_export

    export = sample_export(tmp_path / "nexis.docx")
    corpus = framelab.load_corpus(export, quiet=True)
    log = framelab.removal_log(corpus)
    database = framelab.export_log(corpus)
    assert not database.empty
    assert log.head(len(database)).reset_index(drop=True).equals(database)
    assert set(database["rule"]) <= set(log["rule"])


def test_check_corpus_of_an_export_reports_the_columns_and_problems(tmp_path: Path) -> None:
    from framelab.imports import sample_export

    export = sample_export(tmp_path / "nexis.docx")
    report = framelab.check_corpus(export)
    assert list(report.columns) == ["file", "status", "problem"]
    broken = tmp_path / "broken.docx"
    broken.write_bytes(export.read_bytes()[:300])
    bad = framelab.check_corpus(broken)
    assert "broken.docx" in " ".join(bad["problem"])
