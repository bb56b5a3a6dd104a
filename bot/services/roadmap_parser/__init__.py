"""Read a school's roadmap («дорожная карта») into stages, activities, deadlines and responsible staff.

Pure Python: no aiogram, no database. The input is a ``.docx`` or ``.odt`` table, a PDF with a text layer
(its ruled tables), a tab-separated ``.txt``/``.tsv`` export, a markdown table, or plain text with numbered stage
headings. A document never makes the parser fail: what it does not understand is kept as text and reported in
``warnings``. A file that cannot be read raises a ``RoadmapFileError`` whose ``kind`` says why (a scan, an old
.doc, a locked PDF …) so the bot can say what to send instead.

Dates: the document's own year (``document_year``: «на 2023-2024 учебный год», «на 2023 год») places a month
written without a year; without one, the academic year ``Y`` passed in does (1 September ``Y`` – 31 August
``Y+1``: September–December → ``Y``, January–August → ``Y+1``). A phrase with a year keeps it. A calendar-year
roadmap keeps January–December. ``move_to_school_year`` moves every deadline into another school year. The
school year itself and the month names live in ``bot.services.school_calendar``.

The package, one module per part of a roadmap (each imports only the ones above it):

* ``text``        markup, spaces, folding of case and look-alike letters; the cell scanner
* ``model``       the dataclasses returned (``ParsedRoadmap``, ``Stage``, ``Task``, ``Deadline``, ``Responsible``)
* ``dates``       deadlines: ``parse_deadline``
* ``responsible`` responsible staff: ``parse_responsible``
* ``activities``  one content cell into activities (``split_activities``), each with its deadlines and staff
* ``checks``      warnings about stages once read
* ``plain``       roadmaps without a table (numbered headings)
* ``archive``     the zip check of a .docx / .odt before anything inflates it (declared sizes, entries, ratio)
* ``tables``      .docx, tab-separated and markdown tables; rows wrapped over lines and pages joined back
* ``years``       the document's own year (``detect_document_year``) and moving deadlines to another school year
* ``pdf``, ``odt`` PDF (pdfplumber) and OpenDocument readers
* ``corpus``      real roadmaps with what a person read in them, compared with what the parser reads
* ``worker``      ``python -m bot.services.roadmap_parser.worker``: one file parsed in a child process with limits
* this module     ``parse_roadmap`` (a file) and ``parse_text`` (text), and the public names of the others
"""

from __future__ import annotations

from pathlib import Path

from bot.services.roadmap_parser.activities import split_activities
from bot.services.roadmap_parser.archive import DEFAULT_ZIP_LIMITS, ZipLimits, check_zip
from bot.services.roadmap_parser.dates import YearFrame, parse_deadline
from bot.services.roadmap_parser.model import (
    Activity,
    Deadline,
    DocumentYear,
    ParsedRoadmap,
    ParseWarning,
    Recurrence,
    Responsible,
    ResponsibleKind,
    RoadmapEncrypted,
    RoadmapFileError,
    RoadmapOldFormat,
    RoadmapScanned,
    RoadmapTooLarge,
    RoadmapUnsupportedType,
    Stage,
    Task,
    YearKind,
)
from bot.services.roadmap_parser.plain import parse_plain_text
from bot.services.roadmap_parser.responsible import parse_responsible
from bot.services.roadmap_parser.tables import (
    MAX_DOCX_ROWS,
    MAX_SPAN,
    TableParser,
    cell_lines,
    header_columns,
    join_split_lines,
    parse_docx,
    read_docx,
    split_pipe_row,
)
from bot.services.roadmap_parser.text import check_year, decode
from bot.services.roadmap_parser.years import (
    detect_document_year,
    document_fits,
    frame_for,
    move_deadline,
    move_to_school_year,
    shift_roadmap,
    years_to_move,
)

__all__ = [
    "FILE_ERROR_KINDS",
    "MAX_DOCX_ROWS",
    "MAX_SPAN",
    "OLD_FORMAT_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "Activity",
    "Deadline",
    "DocumentYear",
    "ParseWarning",
    "ParsedRoadmap",
    "Recurrence",
    "Responsible",
    "ResponsibleKind",
    "RoadmapEncrypted",
    "RoadmapFileError",
    "RoadmapOldFormat",
    "RoadmapScanned",
    "RoadmapTooLarge",
    "RoadmapUnsupportedType",
    "Stage",
    "Task",
    "YearFrame",
    "YearKind",
    "ZipLimits",
    "check_zip",
    "detect_document_year",
    "document_fits",
    "frame_for",
    "move_deadline",
    "move_to_school_year",
    "parse_deadline",
    "parse_responsible",
    "parse_roadmap",
    "parse_text",
    "shift_roadmap",
    "split_activities",
    "years_to_move",
]

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".odt", ".txt", ".tsv", ".md")
OLD_FORMAT_SUFFIXES = (".doc", ".rtf", ".wps", ".dot", ".wpd", ".pages", ".docm", ".dotx", ".odm")
FILE_ERROR_KINDS = tuple(error.kind for error in (RoadmapFileError, RoadmapTooLarge, RoadmapScanned,
                                                  RoadmapEncrypted, RoadmapOldFormat, RoadmapUnsupportedType))
"""Every ``RoadmapFileError.kind``: the worker's ``{"error": kind}`` and the bot's answers (what to send instead)."""

_MAGIC_ZIP = b"PK\x03\x04"
_MAGIC_OLE = b"\xd0\xcf\x11\xe0"  # Word 97–2003 .doc (and .xls)
_MAGIC_RTF = b"{\\rtf"
_MAGIC_PDF = b"%PDF"


def parse_roadmap(path: Path, academic_year: int, zip_limits: ZipLimits = DEFAULT_ZIP_LIMITS) -> ParsedRoadmap:
    """Read a roadmap file as written: its deadlines in the document's own year (``document_year``), or in
    ``academic_year`` when it names none (``move_to_school_year`` moves them). Raises a RoadmapFileError whose
    ``kind`` says why the file cannot be read (RoadmapTooLarge when an archive declares far more content than a
    roadmap, RoadmapScanned for a PDF without text, RoadmapOldFormat for a .doc or .rtf …); never for its
    contents. Untrusted files: see ``worker``."""
    check_year(academic_year)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and suffix not in OLD_FORMAT_SUFFIXES:
        shown = suffix or "(no extension)"
        raise RoadmapUnsupportedType(f"{path}: unsupported file type {shown}; use .docx, .pdf, .odt, .txt or .md")
    if not path.is_file():
        raise RoadmapFileError(f"{path}: no such file")
    try:
        with path.open("rb") as file:
            magic = file.read(8)
    except OSError as exc:
        raise RoadmapFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if suffix in OLD_FORMAT_SUFFIXES or (suffix in (".docx", ".odt") and magic.startswith((_MAGIC_OLE, _MAGIC_RTF))):
        if not magic.startswith(_MAGIC_ZIP) or suffix in (".rtf", ".wps", ".pages"):
            raise RoadmapOldFormat(f"{path}: an old or foreign document format ({suffix}); save it as .docx")
        suffix = ".docx"  # a .docx under another name
    if suffix == ".docx":
        tables, paragraphs = read_docx(path, zip_limits)
        return parse_docx(tables, paragraphs, academic_year)
    if suffix == ".odt":
        from bot.services.roadmap_parser.odt import read_odt

        tables, paragraphs = read_odt(path, zip_limits)
        return parse_docx(tables, paragraphs, academic_year)
    if suffix == ".pdf":
        if not magic.startswith(_MAGIC_PDF):
            raise RoadmapFileError(f"{path}: not a PDF document")
        from bot.services.roadmap_parser.pdf import read_pdf

        tables, lines = read_pdf(path)
        return parse_pdf(tables, lines, academic_year)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RoadmapFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    return parse_text(decode(raw), academic_year)


def parse_pdf(tables: list[list[list[str]]], lines: list[str], academic_year: int) -> ParsedRoadmap:
    """A PDF's ruled tables when one has a roadmap header; else its text, read like a text file."""
    if any(header_columns(row) for rows in tables for row in rows):
        return parse_docx(tables, lines, academic_year)
    text_of_tables = ["\t".join(row) for rows in tables for row in rows]
    return parse_text("\n".join([*lines, *text_of_tables]), academic_year)


def parse_text(text: str, academic_year: int) -> ParsedRoadmap:
    """Parse a roadmap given as text: tab-separated rows, a markdown pipe table, or numbered stage headings."""
    check_year(academic_year)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    year = detect_document_year(lines)
    frame = frame_for(year, academic_year)
    pipe_rows = [split_pipe_row(line) for line in lines if line.lstrip().startswith("|")]
    if any(header_columns(cells) for cells in pipe_rows if cells is not None):
        rows = [split_pipe_row(line) if line.lstrip().startswith("|") else [line] for line in lines]
        parsed = TableParser(frame).parse([[r for r in rows if r is not None]])
    elif any(header_columns(cells) for cells in (line.split("\t") for line in lines) if len(cells) > 1):
        parsed = TableParser(frame).parse([join_split_lines(lines)])
    elif (one_per_line := cell_lines(lines)) is not None:
        parsed = TableParser(frame).parse([one_per_line])
    else:
        parsed = parse_plain_text(lines, academic_year)
    parsed.document_year = year
    return parsed
