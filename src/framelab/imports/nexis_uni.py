"""Reading a Nexis Uni export (.docx): many articles in one file, or one article per file.

Nexis Uni writes, after an optional cover page (the date of the download, the search, the list
of documents), for each article: the headline, the outlet, the date line, a copyright line,
``Section:``, ``Length:``, ``Byline:``, the label ``Body``, the paragraphs, sometimes a
``Classification`` block (``Language:``, ``Subject:``, ``Load-Date:``), and ``End of
Document``. The .docx is opened with python-docx; the structure follows the public sample
files of LexisNexisTools (R). The database's lines are taken out by the rules of
:func:`framelab.imports.database_rules` and logged.

>>> import tempfile, pathlib
>>> from framelab.imports.sample import Story, write_nexis_uni
>>> path = pathlib.Path(tempfile.mkdtemp()) / "export.docx"
>>> write_nexis_uni(path, [Story("Kop", "NRC", "1 juli 2019 maandag", ["Een alinea."])])
>>> read_nexis_uni(path).articles[0].date
'2019-07-01'
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .dates import parse_date_line
from .labels import TRAILER_LABELS, is_copyright, label_of
from .records import Article, ExportError, ExportRead, log_row, store_field

__all__ = ["FORMAT", "read_nexis_uni", "docx_lines", "parse_nexis_uni"]

FORMAT = "Nexis Uni (.docx)"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_END = re.compile(r"(?i)^(?:.*\s)?end of document$")
_BODY = frozenset({"body", "text"})


def _open(path: Path):
    """Open the .docx with python-docx, or raise an ExportError that says what is wrong."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    name = path.name
    head = path.read_bytes()[:8]
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ExportError(
                f"{name} is protected with a password, so the kit cannot open it. Open it in "
                "Word with the password, choose File → Info → Protect Document → Encrypt with "
                "Password, delete the password, save, and try again (or download the export "
                "again without a password).")
        raise ExportError(f"{name} is an old Word document (.doc) with a .docx name. Open it in "
                          "Word and save it as a Word document (.docx), or download the export "
                          "again as .docx.")
    if not head.startswith(b"PK"):
        raise ExportError(f"{name} is not a Word .docx file inside (it does not start like one). "
                          "Download the export again as Word (.docx).")
    try:
        return docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, EOFError, OSError) as err:
        raise ExportError(
            f"{name} is not a .txt file and not a readable news-database export: the Word file "
            f"is cut off or damaged ({type(err).__name__}), for example by a download that "
            "stopped early. Download the export again; it was skipped. "
            "Save articles as plain text (.txt, UTF-8) to include them one by one.") from None
    except Exception as err:  # lxml's XMLSyntaxError and the like: a damaged document.xml
        raise ExportError(
            f"{name} could not be read as a Word document ({type(err).__name__}: {err}). "
            "Download the export again; it was skipped.") from None


def docx_lines(path: str | Path) -> list[tuple[str, bool]]:
    """The non-empty lines of a .docx in order, each with ``True`` if a page or section break
    came before it. A table row is one line, its cells separated by tabs."""
    document = _open(Path(path))
    lines: list[tuple[str, bool]] = []
    broken = False
    for child in document.element.body.iterchildren():
        if child.tag == _W + "p":
            parts: list[str] = []
            for node in child.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
                if node.tag == _W + "t":
                    parts.append(node.text or "")
                elif node.tag == _W + "tab":
                    parts.append("\t")
                else:
                    broken = broken or node.get(_W + "type") == "page"
                    parts.append("\n")
            for piece in "".join(parts).split("\n"):
                if piece.strip():
                    lines.append((" ".join(piece.replace("\u00a0", " ").split()), broken))
                    broken = False
            if child.find(f"{_W}pPr/{_W}sectPr") is not None:
                broken = True
        elif child.tag == _W + "tbl":
            for row in child.iter(_W + "tr"):
                cells = ["".join(t.text or "" for t in cell.iter(_W + "t")).strip()
                         for cell in row.iter(_W + "tc")]
                line = "\t".join(cell for cell in cells if cell)
                if line:
                    lines.append((line, broken))
                    broken = False
    return lines


def read_nexis_uni(path: str | Path) -> ExportRead:
    """Read a Nexis Uni .docx export into articles.

    Raises:
        ExportError: When the file cannot be opened (cut off, password-protected) or is a
            Word document that is not a Nexis Uni export.
    """
    p = Path(path)
    return parse_nexis_uni(docx_lines(p), p.name)


def parse_nexis_uni(lines: list[tuple[str, bool]], source: str) -> ExportRead:
    """Split the lines of a Nexis Uni export into articles (see the module's docstring)."""
    texts = [text for text, _ in lines]
    if not any(text.casefold() in _BODY for text in texts):
        raise ExportError(
            f"{source} is a Word document but not a Nexis Uni export: it has no line 'Body' "
            "between an article's metadata and its text (and no 'End of Document'). If it is an "
            "article you saved yourself, save it as plain text (.txt, UTF-8) instead; if it is an "
            "export, download it again from Nexis Uni as Word (.docx), with the option of one "
            "file for all documents or one per document.")
    ends = [i for i, text in enumerate(texts) if _END.match(text)]
    bounds, start = [], 0
    for end in ends:
        bounds.append((start, end))
        start = end + 1
    if start < len(texts):
        bounds.append((start, len(texts)))  # the last article without 'End of Document'
    result = ExportRead([])
    count = sum(1 for a, b in bounds if any(t.casefold() in _BODY for t in texts[a:b]))
    number = 0
    for first, (a, b) in enumerate(bounds):
        body = next((i for i in range(a, b) if texts[i].casefold() in _BODY), None)
        if body is None:
            rule = "export-cover-page" if first == 0 else "export-field"
            result.removed += [log_row("", i + 1, rule, texts[i]) for i in range(a, min(b + 1, len(texts)))]
            continue
        number += 1
        article = _article(lines, texts, a, body, b, source, number, count, cover=first == 0,
                           result=result)
        result.articles.append(article)
    return result


def _article(lines: list[tuple[str, bool]], texts: list[str], a: int, body: int, b: int,
             source: str, number: int, count: int, *, cover: bool, result: ExportRead
             ) -> Article:
    removed: list[dict[str, object]] = []
    dates = [i for i in range(a, body) if label_of(texts[i]) is None and parse_date_line(texts[i])]
    if dates:
        d = dates[-1]
        head = max(a, d - 2)
    else:
        d = None
        breaks = [i for i in range(a, body) if lines[i][1]]
        head = breaks[-1] if breaks else a
    # What stands before the headline: the cover page (first article) or stray lines.
    for i in range(a, head):
        row = log_row("", i + 1, "export-cover-page" if cover else "export-field", texts[i])
        (result.removed if cover else removed).append(row)
    article = Article("", source, f"article {number} of {count} (paragraph {head + 1})", FORMAT)
    article.headline = texts[head]
    outlet_at = d - 1 if d is not None and d - 1 > head else (head + 1 if d is None else None)
    if outlet_at is not None and outlet_at < body and label_of(texts[outlet_at]) is None \
            and not is_copyright(texts[outlet_at]):
        article.outlet = texts[outlet_at]
        removed.append(log_row("", outlet_at + 1, "export-outlet", texts[outlet_at]))
    else:
        outlet_at = head
    if d is not None:
        stated = parse_date_line(texts[d])
        article.date, article.date_status = stated.iso, "stated in the export"
        article.date_evidence = f'date line "{stated.stated}" in {source}'
        article.stated_date = stated.stated
        removed.append(log_row("", d + 1, "export-date-line", texts[d]))
    else:
        result.notes.append(
            f"{source}, {article.position}: the article '{_short(article.headline)}' has no date "
            "line under its headline and outlet, so its date is left 'unknown' (the kit does not "
            "invent one). Look the date up in the database and write it into metadata.csv.")
    for i in range(max(outlet_at, d if d is not None else outlet_at) + 1, body):
        _meta_line(article, texts[i], i, removed)
    removed.append(log_row("", body + 1, "export-body-label", texts[body]))
    paragraphs = list(range(body + 1, b))
    trailer = _trailer_start(texts, paragraphs)
    for i in paragraphs[trailer:]:
        _meta_line(article, texts[i], i, removed, trailer=True)
    if b < len(texts):
        removed.append(log_row("", b + 1, "export-end-of-document", texts[b]))
    kept = [texts[i] for i in paragraphs[:trailer]]
    article.text = "\n\n".join([article.headline, *kept])
    article.removed = sorted(removed, key=lambda row: int(row["line"]))
    return article


def _trailer_start(texts: list[str], paragraphs: list[int]) -> int:
    """Where the block after the body starts, as an index into ``paragraphs``."""
    marks = [k for k, i in enumerate(paragraphs) if texts[i].casefold() == "classification"]
    end = marks[-1] if marks else len(paragraphs)
    while end > 0:
        found = label_of(texts[paragraphs[end - 1]])
        if found is None or found[0] not in TRAILER_LABELS:
            break
        end -= 1
    return end


def _meta_line(article: Article, text: str, i: int, removed: list[dict[str, object]], *,
               trailer: bool = False) -> None:
    """Read one database line into the article's metadata and log it."""
    found = label_of(text)
    if found is None:
        if is_copyright(text):
            rule = "export-copyright"
        elif text.casefold() == "classification":
            rule = "export-classification"
        elif trailer:
            rule = "export-field"
        else:
            rule = "export-edition"
            article.edition = text if article.edition == "unknown" else f"{article.edition}; {text}"
        removed.append(log_row("", i + 1, rule, text))
        return
    store_field(article, (i, text), found, removed)


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
