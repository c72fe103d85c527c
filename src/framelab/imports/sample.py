"""Writing exports in the structures of Nexis Uni and of the classic LexisNexis text export:
for the lesson's example, the tests and the benchmark, never instead of a real export.

The structure follows the public sample files of LexisNexisTools (R): a cover page, then per
article the headline, outlet, date line, copyright, ``Section:``, ``Length:``, ``Byline:``,
``Body``, the paragraphs, a ``Classification`` block and ``End of Document``.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> sample_export(folder / "nexis_uni_export.docx").name
'nexis_uni_export.docx'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Story", "sample_export", "write_nexis_text", "write_nexis_uni"]


@dataclass
class Story:
    """One article to write into an export. ``None`` leaves a line out."""

    headline: str
    outlet: str | None
    date_line: str | None
    paragraphs: Sequence[str]
    byline: str | None = None
    section: str | None = None
    language: str | None = None
    copyright: str | None = None
    load_date: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def length(self) -> str:
        return f"{sum(len(p.split()) for p in self.paragraphs)} words"


class _Writer:
    """Paragraphs appended before the document's last section mark: python-docx's own
    ``add_paragraph`` looks for that mark among all paragraphs each time, which makes a
    1,000-article export take minutes instead of seconds."""

    def __init__(self, document) -> None:
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph

        self.document, self._element, self._paragraph = document, OxmlElement, Paragraph
        self._end = document.element.body[-1]  # the w:sectPr of the last section

    def add_paragraph(self, text: str = ""):
        p = self._element("w:p")
        self._end.addprevious(p)
        paragraph = self._paragraph(p, self.document._body)
        if text:
            paragraph.add_run(text)
        return paragraph

    def add_section(self) -> None:
        """A section break (a new page), as Nexis Uni puts before each article."""
        from copy import deepcopy

        p = self.add_paragraph()
        p._p.get_or_add_pPr().append(deepcopy(self._end))

    def add_table(self, rows: int, cols: int):
        table = self.document.add_table(rows=rows, cols=cols)
        self._end.addprevious(table._tbl)
        return table


def write_nexis_uni(path: str | Path, stories: Iterable[Story], *, cover: bool = True) -> None:
    """Write ``stories`` as a Nexis Uni .docx export (``cover=False``: no cover page, as in a
    download of one article per file)."""
    import docx  # python-docx

    stories = list(stories)
    document = _Writer(docx.Document())
    if cover:
        document.add_paragraph("Date and Time: Monday, 1 July 2019 10:00:00 CEST")
        document.add_paragraph("Job Number: 1")
        document.add_paragraph(f"Documents ({len(stories)})")
        for number, story in enumerate(stories, 1):
            document.add_paragraph(f"{number}. {story.headline}")
            document.add_paragraph("Client/Matter: -None-")
            document.add_paragraph("Search Terms: Rusland")
            table = document.add_table(rows=1, cols=2)
            table.rows[0].cells[0].text = "Content Type"
            table.rows[0].cells[1].text = "News"
    for number, story in enumerate(stories):
        if cover or number:
            document.add_section()
        document.add_paragraph(story.headline)
        for line in (story.outlet, story.date_line, story.copyright):
            if line is not None:
                document.add_paragraph(line)
        for label, value in (("Section", story.section), ("Length", story.length()),
                             ("Byline", story.byline), *story.extra.items()):
            if value is not None:
                document.add_paragraph(f"{label}:\u00a0{value}")
        document.add_paragraph("Body")
        document.add_paragraph("")
        for paragraph in story.paragraphs:
            document.add_paragraph(paragraph)
        if story.language or story.load_date:
            document.add_paragraph("Classification")
            if story.language:
                document.add_paragraph(f"Language:\u00a0{story.language}")
            document.add_paragraph("Publication-Type:\u00a0Newspaper")
            if story.load_date:
                document.add_paragraph(f"Load-Date:\u00a0{story.load_date}")
        end = document.add_paragraph()
        end.add_run().add_break()
        end.add_run("End of Document")
    document.document.save(str(path))


def write_nexis_text(path: str | Path, stories: Iterable[Story], *, width: int = 76,
                     encoding: str = "utf-8") -> None:
    """Write ``stories`` as a classic LexisNexis text export (counter, outlet, date line,
    headline, BYLINE/SECTION/LENGTH, the body wrapped at ``width``, LOAD-DATE, LANGUAGE,
    copyright)."""
    import textwrap

    stories = list(stories)
    out = ["", f"Download Request: Selected Items: 1-{len(stories)}",
           "Time Of Request: Monday, July 1, 2019  10:00:00", "", "Terms: (Rusland)", "", ""]
    for number, story in enumerate(stories, 1):
        out += ["", f"{'':>31}{number} of {len(stories)} DOCUMENTS", "", ""]
        if story.outlet is not None:
            out += [f"{'':>34}{story.outlet}", ""]
        if story.date_line is not None:
            out += [f"{'':>28}{story.date_line}", ""]
        out += [story.headline, ""]
        for label, value in (("BYLINE", story.byline), ("SECTION", story.section),
                             ("LENGTH", story.length())):
            if value is not None:
                out += [f"{label}: {value}", ""]
        for paragraph in story.paragraphs:
            out += [*textwrap.wrap(paragraph, width), ""]
        if story.load_date:
            out += [f"LOAD-DATE: {story.load_date}", ""]
        if story.language:
            out += [f"LANGUAGE: {story.language}", ""]
        out += ["PUBLICATION-TYPE: Newspaper", ""]
        if story.copyright:
            out += ["", f"{'':>23}{story.copyright}", f"{'':>30}All Rights Reserved"]
    Path(path).write_text("\n".join(out) + "\n", encoding=encoding)


def sample_export(path: str | Path) -> Path:
    """Write a small Nexis Uni export made for lesson 09 from the course's own articles, and
    return its path.

    Three articles: the course's article 000 (ANP, stated 10 February 2022) as RD.nl printed
    it, the same agency copy under a second, made-up outlet with its own headline and without
    the last paragraph (a duplicate story), and article
    003 (Danish; the course knows only its month, December 2021, so the date line says only
    that). The outlets' copyright lines and the Nexis labels are in the export's structure;
    the made-up outlet is named as made up.
    """
    from ..corpus import load_corpus

    course = load_corpus(None, quiet=True).set_index("id")
    nl = course.loc["000", "text"].split("\n\n")
    da = course.loc["003", "text"].split("\n\n")
    stories = [
        Story(nl[0], "RD.nl (Reformatorisch Dagblad)", "10 februari 2022 donderdag 13:06 CET",
              nl[1:], byline="ANP", section="Buitenland", language="DUTCH; NEDERLANDS",
              copyright="Copyright 2022 Reformatorisch Dagblad", load_date="February 11, 2022"),
        Story("Lavrov teleurgesteld na gesprek met Truss",
              "Voorbeeldkrant (a made-up outlet for this lesson)",
              "10 februari 2022 donderdag", nl[1:-1], byline="ANP", section="Nieuws",
              copyright="Copyright 2022 Voorbeeldkrant"),
        Story(da[0], "Ritzau", "december 2021", da[1:9], byline="Ritzau/Reuters",
              section="Udland", language="DANISH; DANSK", copyright="Copyright 2021 Ritzau"),
    ]
    target = Path(path)
    write_nexis_uni(target, stories)
    return target
