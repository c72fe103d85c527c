"""Export files written by the tests themselves, in the structures of Nexis Uni (.docx) and the
classic LexisNexis text export, as LexisNexisTools' public samples show them; the articles are
Dutch and Danish texts written for the tests (no one's real export is copied)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION

NL_BODY = [
    "De Russische minister van Buitenlandse Zaken Sergej Lavrov zegt teleurgesteld te zijn na "
    "het overleg met zijn Britse collega in Moskou.",
    "Volgens Lavrov werden de veiligheidszorgen van Rusland aan de kant geschoven. De Britse "
    "minister vroeg Rusland de troepen bij de Oekraïense grens terug te trekken.",
    "Zij dreigde met sancties als Rusland Oekraïne binnenvalt. Het Kremlin noemde dat dreigen "
    "met een stok en zei dat er geen sprake is van een inval.",
]
DA_BODY = [
    "Det er nu op til Rusland at nedtrappe den konflikt, der er blevet bygget op ved den russiske "
    "grænse til Ukraine.",
    "Det er beskeden fra USA's udenrigsminister til sin russiske kollega. De to mødtes torsdag i "
    "Stockholm, hvor de talte i en halv time.",
    "Forud for mødet havde ministeren advaret Rusland om, at det vil få alvorlige omkostninger, "
    "hvis russerne invaderer Ukraine.",
]


@dataclass
class Doc:
    """One article of a test export; None leaves a line out."""

    headline: str
    outlet: str | None
    date: str | None
    body: list[str]
    byline: str | None = "ANP"
    section: str | None = "Buitenland"
    language: str | None = None
    load_date: str | None = "July 2, 2019"
    copyright: str | None = "Copyright 2019 De Testkrant B.V. Alle rechten voorbehouden"
    more: dict[str, str] = field(default_factory=dict)


def nexis_uni_docx(path: Path, docs: list[Doc], *, cover: bool = True) -> Path:
    """A Nexis Uni export: cover page, then per article its lines, Body, End of Document."""
    document = docx.Document()
    if cover:
        for line in ("Date and Time: maandag 1 juli 2019 10:31:00 CEST", "Job Number: 4711",
                     f"Documents ({len(docs)})"):
            document.add_paragraph(line)
        for n, doc in enumerate(docs, 1):
            document.add_paragraph(f"{n}. {doc.headline}")
            document.add_paragraph("Client/Matter: -None-")
            document.add_paragraph("Search Terms: Lavrov")
            document.add_paragraph("Search Type: Natural Language")
            cells = document.add_table(rows=1, cols=2).rows[0].cells
            cells[0].text, cells[1].text = "Content Type", "News"
    for n, doc in enumerate(docs):
        if cover or n:
            document.add_section(WD_SECTION.NEW_PAGE)
        document.add_paragraph(doc.headline)
        for line in (doc.outlet, doc.date, doc.copyright):
            if line is not None:
                document.add_paragraph(line)
        words = sum(len(p.split()) for p in doc.body)
        for label, value in (("Section", doc.section), ("Length", f"{words} words"),
                             ("Byline", doc.byline), *doc.more.items()):
            if value is not None:
                paragraph = document.add_paragraph()
                paragraph.add_run(f"{label}:").bold = True
                paragraph.add_run(f"\u00a0{value}")
        document.add_paragraph("Body")
        for text in doc.body:
            document.add_paragraph(text)
        document.add_paragraph("Classification")
        if doc.language:
            document.add_paragraph(f"Language:\u00a0{doc.language}")
        document.add_paragraph("Publication-Type:\u00a0Newspaper")
        document.add_paragraph("Subject:\u00a0DIPLOMACY (90%); SANCTIONS (71%)")
        if doc.load_date:
            document.add_paragraph(f"Load-Date:\u00a0{doc.load_date}")
        end = document.add_paragraph()
        end.add_run().add_break()
        end.add_run("End of Document")
    document.save(str(path))
    return path


def nexis_text(path: Path, docs: list[Doc], *, encoding: str = "utf-8", newline: str = "\n"
               ) -> Path:
    """A classic LexisNexis text export, the body wrapped at 70 characters."""
    import textwrap

    lines = ["", "", f"Download Request: Selected Items: 1-{len(docs)}",
             "Time Of Request: Monday, July 1, 2019  10:31:00", "", "Terms: Lavrov", "", ""]
    for n, doc in enumerate(docs, 1):
        lines += ["", f"{' ' * 31}{n} of {len(docs)} DOCUMENTS", "", "", ""]
        if doc.outlet:
            lines += [f"{' ' * 30}{doc.outlet}", ""]
        if doc.date:
            lines += [f"{' ' * 28}{doc.date}", *doc.more.get("edition", "").split("|"), ""]
        lines += [doc.headline, ""]
        if doc.byline:
            lines += [f"BYLINE: {doc.byline}", ""]
        if doc.section:
            lines += [f"SECTION: {doc.section}; Blz. 4", ""]
        lines += [f"LENGTH: {sum(len(p.split()) for p in doc.body)} woorden", "", ""]
        for text in doc.body:
            lines += [*textwrap.wrap(text, 70), ""]
        if doc.load_date:
            lines += [f"LOAD-DATE: {doc.load_date}", ""]
        if doc.language:
            lines += [f"LANGUAGE: {doc.language}", ""]
        lines += ["PUBLICATION-TYPE: Krant", "", ""]
        if doc.copyright:
            lines += [f"{' ' * 20}{doc.copyright}", f"{' ' * 30}All Rights Reserved", ""]
    path.write_bytes(newline.join(lines).encode(encoding))
    return path


def dutch_docs() -> list[Doc]:
    """Three Dutch articles: two outlets with the same agency copy, and a second story."""
    return [
        Doc("Lavrov teleurgesteld na overleg met Truss", "De Testkrant", "1 juli 2019 maandag",
            NL_BODY, language="DUTCH; NEDERLANDS"),
        Doc("Rusland: veiligheidszorgen aan de kant geschoven", "Het Proefblad",
            "1 juli 2019 maandag 14:05 CEST", NL_BODY[:2], section="Nieuws"),
        Doc("Kremlin ontkent plannen voor inval", "De Testkrant", "2 juli 2019 dinsdag",
            ["Het Kremlin heeft dinsdag opnieuw ontkend dat Rusland een inval in Oekraïne "
             "voorbereidt. Een woordvoerder sprak van hysterie in het Westen.",
             "De NAVO houdt vol dat er meer dan honderdduizend soldaten aan de grens staan."],
            byline="Redactie buitenland", language="DUTCH"),
    ]


def danish_doc() -> Doc:
    return Doc("USA: Nu er det op til Rusland", "Testavisen", "2. december 2021", DA_BODY,
               byline="Ritzau", section="Udland", load_date=None,
               copyright="Copyright 2021 Testavisen A/S")
