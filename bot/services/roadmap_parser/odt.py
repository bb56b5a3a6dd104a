"""OpenDocument text (.odt, LibreOffice's own format): tables and paragraphs from ``content.xml``.

An .odt is a zip like a .docx: the archive is checked from its central directory first (``archive.check_zip``),
so ``content.xml`` is bounded before it is inflated; it is then read with the standard library's XML parser
(expat refuses entity-expansion bombs). Merged cells are read once: a covered cell (what a spanned one covers) is blank;
repeats are capped like the .docx reader's spans.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from bot.services.roadmap_parser.archive import DEFAULT_ZIP_LIMITS, ZipLimits, check_zip
from bot.services.roadmap_parser.model import RoadmapFileError

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
MAX_ROWS = 2000
_SPACES = re.compile(r"\s+")
MAX_SPAN = 20


def read_odt(path: Path, zip_limits: ZipLimits = DEFAULT_ZIP_LIMITS) -> tuple[list[list[list[str]]], list[str]]:
    """Rows of every table and the body paragraphs (those above the first table first)."""
    check_zip(path, zip_limits)
    try:
        with zipfile.ZipFile(path) as archive:
            content = archive.read("content.xml")
        root = ElementTree.fromstring(content)
    except MemoryError:
        raise
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError, ValueError) as exc:
        raise RoadmapFileError(f"{path}: not a readable .odt document ({type(exc).__name__})") from None
    body = root.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise RoadmapFileError(f"{path}: not an .odt text document")
    tables: list[list[list[str]]] = []
    paragraphs: list[str] = []

    def walk(node: ElementTree.Element) -> None:
        for child in node:
            if len(paragraphs) > MAX_ROWS:
                return
            if child.tag == f"{{{_TABLE}}}table":
                if len(tables) < 50:
                    tables.append(_rows(child))
            elif child.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"):
                paragraphs.append(_text(child))
            else:
                walk(child)  # lists, sections

    walk(body)
    return tables, paragraphs


def _rows(table: ElementTree.Element) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.iter(f"{{{_TABLE}}}table-row"):
        repeat = min(int(row.get(f"{{{_TABLE}}}number-rows-repeated", "1") or 1), 5)
        cells: list[str] = []
        for cell in row:
            if cell.tag == f"{{{_TABLE}}}covered-table-cell":
                cells.append("")
                continue
            if cell.tag != f"{{{_TABLE}}}table-cell":
                continue
            repeated = max(1, min(int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1") or 1), MAX_SPAN))
            text = "\n".join(_text(p) for p in cell.iter() if p.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"))
            cells.extend([text] * repeated)  # a spanned cell is followed by covered cells: those are the blanks
            if len(cells) > MAX_SPAN * 4:
                break
        rows.extend([cells] * repeat)
        if len(rows) >= MAX_ROWS:
            break
    return rows


def _text(element: ElementTree.Element) -> str:
    """A paragraph's text: spans, links and <text:s/> spaces, <text:tab/> as a space, <text:line-break/>."""
    parts: list[str] = []

    def walk(node: ElementTree.Element) -> None:
        if node.text:
            parts.append(_SPACES.sub(" ", node.text))  # in ODF, white space in text is one space
        for child in node:
            if child.tag == f"{{{_TEXT}}}s":
                parts.append(" " * min(int(child.get(f"{{{_TEXT}}}c", "1") or 1), 10))
            elif child.tag == f"{{{_TEXT}}}tab":
                parts.append(" ")
            elif child.tag == f"{{{_TEXT}}}line-break":
                parts.append("\n")
            else:
                walk(child)
            if child.tail:
                parts.append(_SPACES.sub(" ", child.tail))

    walk(element)
    return "".join(parts)
