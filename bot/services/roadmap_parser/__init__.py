"""Read a school's roadmap («дорожная карта») into stages, activities, deadlines and responsible staff.

Pure Python: no aiogram, no database. The input is a ``.docx`` table, a tab-separated ``.txt``/``.tsv`` export,
a markdown table, or plain text with numbered stage headings. A document never makes the parser fail: what it
does not understand is kept as text and reported in ``warnings``.

Dates follow the academic year ``Y`` (1 September ``Y`` – 31 August ``Y+1``): a month written without a year is
placed in that span (September–December → ``Y``, January–August → ``Y+1``); a phrase with a year keeps it.
The school year itself and the month names live in ``bot.services.school_calendar``.

The package, one module per part of a roadmap (each imports only the ones above it):

* ``text``        markup, spaces, folding of case and look-alike letters; the cell scanner
* ``model``       the dataclasses returned (``ParsedRoadmap``, ``Stage``, ``Task``, ``Deadline``, ``Responsible``)
* ``dates``       deadlines: ``parse_deadline``
* ``responsible`` responsible staff: ``parse_responsible``
* ``activities``  one content cell into activities: ``split_activities``
* ``checks``      warnings about stages once read
* ``plain``       roadmaps without a table (numbered headings)
* ``archive``     the zip check of a .docx before anything inflates it (declared sizes, entries, ratio)
* ``tables``      .docx, tab-separated and markdown tables
* ``worker``      ``python -m bot.services.roadmap_parser.worker``: one file parsed in a child process with limits
* this module     ``parse_roadmap`` (a file) and ``parse_text`` (text), and the public names of the others
"""

from __future__ import annotations

from pathlib import Path

from bot.services.roadmap_parser.activities import split_activities
from bot.services.roadmap_parser.archive import DEFAULT_ZIP_LIMITS, ZipLimits, check_zip
from bot.services.roadmap_parser.dates import parse_deadline
from bot.services.roadmap_parser.model import (
    Deadline,
    ParsedRoadmap,
    ParseWarning,
    Recurrence,
    Responsible,
    ResponsibleKind,
    RoadmapFileError,
    RoadmapTooLarge,
    Stage,
    Task,
)
from bot.services.roadmap_parser.plain import parse_plain_text
from bot.services.roadmap_parser.responsible import parse_responsible
from bot.services.roadmap_parser.tables import (
    MAX_DOCX_ROWS,
    MAX_SPAN,
    TableParser,
    header_columns,
    join_split_lines,
    parse_docx,
    read_docx,
    split_pipe_row,
)
from bot.services.roadmap_parser.text import check_year, decode

__all__ = [
    "MAX_DOCX_ROWS",
    "MAX_SPAN",
    "SUPPORTED_SUFFIXES",
    "Deadline",
    "ParseWarning",
    "ParsedRoadmap",
    "Recurrence",
    "Responsible",
    "ResponsibleKind",
    "RoadmapFileError",
    "RoadmapTooLarge",
    "Stage",
    "Task",
    "ZipLimits",
    "check_zip",
    "parse_deadline",
    "parse_responsible",
    "parse_roadmap",
    "parse_text",
    "split_activities",
]

SUPPORTED_SUFFIXES = (".docx", ".txt", ".tsv", ".md")


def parse_roadmap(path: Path, academic_year: int, zip_limits: ZipLimits = DEFAULT_ZIP_LIMITS) -> ParsedRoadmap:
    """Read a roadmap file. Raises RoadmapFileError when the file cannot be read (RoadmapTooLarge when a .docx
    declares far more content than a roadmap); never for its contents. Untrusted files: see ``worker``."""
    check_year(academic_year)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(no extension)"
        raise RoadmapFileError(f"{path}: unsupported file type {shown}; use .docx, .txt, .tsv or .md")
    if not path.is_file():
        raise RoadmapFileError(f"{path}: no such file")
    if suffix == ".docx":
        tables, paragraphs = read_docx(path, zip_limits)
        return parse_docx(tables, paragraphs, academic_year)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RoadmapFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    return parse_text(decode(raw), academic_year)


def parse_text(text: str, academic_year: int) -> ParsedRoadmap:
    """Parse a roadmap given as text: tab-separated rows, a markdown pipe table, or numbered stage headings."""
    check_year(academic_year)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pipe_rows = [split_pipe_row(line) for line in lines if line.lstrip().startswith("|")]
    if any(header_columns(cells) for cells in pipe_rows if cells is not None):
        rows = [split_pipe_row(line) if line.lstrip().startswith("|") else [line] for line in lines]
        return TableParser(academic_year).parse([[r for r in rows if r is not None]])
    tab_lines = [line.split("\t") for line in lines]
    if any(header_columns(cells) for cells in tab_lines if len(cells) > 1):
        return TableParser(academic_year).parse([join_split_lines(lines)])
    return parse_plain_text(lines, academic_year)
