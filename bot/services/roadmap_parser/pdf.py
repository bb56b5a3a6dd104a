"""PDF roadmaps with a text layer: ruled tables read as tables (pdfplumber), the text around them as lines.

A PDF saved from Word keeps its table's ruling lines, and pdfplumber gives each cell's text with the cell's own
line breaks; those are the cell's visual wrapping, so lines are joined back unless a new list item begins. A row
cut by a page break arrives as two rows (the second with an empty first column) and is joined by the table
reader like any wrapped row; the header repeated on each page is recognised and skipped.

A table drawn without borders has no ruling lines to find. Its columns are then taken from the header's words
(where «№», «Наименование этапа», «Сроки», «Ответственные» begin) and every text line below is cut into cells
at those places; each wrapped line becomes a row with an empty first column, which the table reader joins back.

A scan has no text layer: the reader refuses it (``RoadmapScanned``) rather than returning an empty roadmap. It
runs inside the worker's limits like the rest of the parser: pages are capped, and pdfminer's own inflating of
streams is bounded by the child's address space.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

from bot.services.roadmap_parser.model import RoadmapEncrypted, RoadmapFileError, RoadmapScanned, RoadmapTooLarge
from bot.services.roadmap_parser.tables import header_columns
from bot.services.roadmap_parser.text import glue

MAX_PDF_PAGES = 60  # a roadmap is a few pages; a long PDF is some other document
MIN_TEXT_CHARS = 40  # fewer characters on every page together: a scan (at most a stamp or a page number)
_ITEM_START = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s|[-–—•●▪]\s)")


def read_pdf(path: Path) -> tuple[list[list[list[str]]], list[str]]:
    """The rows of every ruled table (page by page) and the text lines outside them. Raises RoadmapScanned for
    a PDF without a text layer, RoadmapEncrypted for a locked one, RoadmapTooLarge past ``MAX_PDF_PAGES``,
    RoadmapFileError for a damaged file."""
    try:
        import pdfplumber  # imported here: only PDF uploads pay for it
    except ImportError:  # pragma: no cover - a declared dependency
        raise RoadmapFileError("reading .pdf needs pdfplumber: pip install 'pdfplumber>=0.11,<0.12'") from None
    try:
        document = pdfplumber.open(str(path))
    except MemoryError:
        raise
    except Exception as exc:
        if _locked(exc):
            raise RoadmapEncrypted(f"{path}: the PDF is locked with a password") from None
        raise RoadmapFileError(f"{path}: not a readable PDF ({type(exc).__name__})") from None
    try:
        with document:
            return _read(document, path)
    except (MemoryError, RoadmapFileError):
        raise
    except Exception as exc:  # pdfminer on a damaged file: not a crash
        if _locked(exc):
            raise RoadmapEncrypted(f"{path}: the PDF is locked with a password") from None
        raise RoadmapFileError(f"{path}: damaged PDF ({type(exc).__name__})") from None


def _read(document: Any, path: Path) -> tuple[list[list[list[str]]], list[str]]:
    pages = document.pages
    if len(pages) > MAX_PDF_PAGES:
        raise RoadmapTooLarge(f"{path}: {len(pages)} pages (at most {MAX_PDF_PAGES})")
    tables: list[list[list[str]]] = []
    lines: list[str] = []
    characters = 0
    for page in pages:
        characters += sum(1 for char in page.chars if not str(char.get("text", "")).isspace())
        found = page.find_tables()
        outside = page
        for table in found:
            tables.append([[unwrap_cell(cell) for cell in row] for row in table.extract()])
            try:
                outside = outside.outside_bbox(table.bbox)
            except ValueError:  # a table reaching past the page: its text is in the table already
                continue
        lines += _text_lines(outside)
        page.flush_cache()  # pdfminer's layout objects of a page are not needed once it is read
    if characters < MIN_TEXT_CHARS:
        raise RoadmapScanned(f"{path}: the PDF has no text layer (a scan)")
    if not any(header_columns(row) for rows in tables for row in rows):
        borderless = _borderless(pages)
        if borderless is not None:
            return borderless
    return tables, lines


_Word = dict[str, Any]


def _word_lines(page: Any) -> list[list[_Word]]:
    """The page's words grouped into lines (by their top), each line left to right."""
    words = sorted(page.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False),
                   key=lambda w: (round(float(w["top"])), float(w["x0"])))
    lines: list[list[_Word]] = []
    for word in words:
        if lines and abs(float(word["top"]) - float(lines[-1][0]["top"])) <= 2.5:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: float(w["x0"])) for line in lines]


def _cells_by_gaps(line: list[_Word]) -> list[tuple[float, str]]:
    """A line cut where the space between two words is far wider than a space: (left edge, text) per piece."""
    height = sorted(float(w["bottom"]) - float(w["top"]) for w in line)[len(line) // 2]
    pieces: list[tuple[float, str]] = []
    last_end = 0.0
    for word in line:
        if pieces and float(word["x0"]) - last_end <= height:
            pieces[-1] = (pieces[-1][0], f"{pieces[-1][1]} {word['text']}")
        else:
            pieces.append((float(word["x0"]), str(word["text"])))
        last_end = float(word["x1"])
    return pieces


def _cells_by_columns(line: list[_Word], starts: list[float]) -> list[str]:
    cells = [""] * len(starts)
    for word in line:
        column = max([i for i, start in enumerate(starts) if float(word["x0"]) >= start - 3] or [0])
        cells[column] = f"{cells[column]} {word['text']}".strip()
    return cells


def _borderless(pages: Any) -> tuple[list[list[list[str]]], list[str]] | None:
    """A table without borders: columns from the header line's words, every line below cut into those columns.
    None when no page has a line that reads as a roadmap header."""
    starts: list[float] | None = None
    rows: list[list[str]] = []
    head: list[str] = []
    for page in pages:
        for line in _word_lines(page):
            pieces = _cells_by_gaps(line)
            labels = [text for _, text in pieces]
            if len(pieces) > 1 and header_columns(labels):
                starts = [x for x, _ in pieces]
                rows.append(labels)
                continue
            if starts is None:
                head.append(" ".join(labels))
                continue
            rows.append(_cells_by_columns(line, starts))
    if starts is None:
        return None
    return [rows], head


def _text_lines(page: Any) -> list[str]:
    """The page's text lines, with an empty line where the text leaves a gap (a new paragraph): the plain-text
    reader needs those to tell a stage heading from the lines of the stage above."""
    found = page.extract_text_lines(strip=True, return_chars=False)
    if not found:
        return []
    gaps = sorted(b["top"] - a["bottom"] for a, b in itertools.pairwise(found) if b["top"] > a["bottom"])
    usual = gaps[len(gaps) // 2] if gaps else 0.0
    heights = sorted(line["bottom"] - line["top"] for line in found)
    paragraph_gap = max(usual * 1.8, heights[len(heights) // 2] * 0.6)
    lines: list[str] = []
    for index, line in enumerate(found):
        if index and line["top"] - found[index - 1]["bottom"] > paragraph_gap:
            lines.append("")
        lines.append(str(line["text"]))
    lines.append("")
    return lines


def unwrap_cell(cell: str | None) -> str:
    """A cell's text with its visual line breaks joined back: one line per list item or sentence-ending line,
    words broken at a hyphen glued («нас-» / «тавничества»)."""
    if not cell:
        return ""
    out: list[str] = []
    for raw in cell.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if out and not _ITEM_START.match(line) and not (out[-1].endswith((".", ";", "!", "?")) and line[0].isupper()):
            out[-1] = glue(out[-1], line)
        else:
            out.append(line)
    return "\n".join(out)


def _locked(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if "password" in type(seen).__name__.lower() or "encrypt" in type(seen).__name__.lower():
            return True
        if any("password" in str(arg).lower() for arg in getattr(seen, "args", ())):
            return True
        if seen.args and isinstance(seen.args[0], BaseException):
            seen = seen.args[0]
        else:
            seen = seen.__cause__ or seen.__context__
    return False
