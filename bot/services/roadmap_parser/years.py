"""The year a roadmap is written for, read from its title, and moving every deadline to another school year.

A roadmap says which year it is for: «на 2023-2024 учебный год», «2023/24», «на 2024 – 2025 год» (a school
year), «на 2023 год» (a calendar year), «в 2023-2024 годах» (calendar years), «(сентябрь 2022 г. - май 2024 г.)»
(school years). ``detect_document_year`` finds that phrase in the lines above the table (the title, the approval
stamp), never in the table itself, where «Учитель года - 2023» is an activity, not the document's year.

Dates the document writes without a year are placed in the document's own year (``frame_for``); a calendar-year
roadmap keeps January–December in that calendar year. ``move_to_school_year`` then moves every deadline by whole
years, so months keep their place in the school year, and «ежегодно» / «еженедельно» stay what they are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.services.roadmap_parser.dates import YearFrame
from bot.services.roadmap_parser.model import Deadline, DocumentYear, ParsedRoadmap, Stage, Task, YearKind
from bot.services.roadmap_parser.text import clean_inline, fold
from bot.services.school_calendar import month_of

HEAD_LINES = 40  # lines above the table read for the year: a title and an approval stamp fit well inside
_HEAD_CHARS = 4000

_YEAR = r"(?:19|20)\d{2}"
_SPAN = re.compile(
    rf"(?<![\d.])(?P<a>{_YEAR})\s*(?:г\.?|гг\.?)?\s*(?P<sep>[-/])\s*(?P<b>(?:19|20)?\d{{2}})(?![\d.])"
    r"(?P<tail>\s*(?:(?:уч(?:ебн[а-я]*|\.)?\s*)?(?:год[а-я]*|гг?\.?|г\.?)(?![а-я]))?)"
)
_MONTH_SPAN = re.compile(
    rf"(?P<m1>[а-я]{{3,}})\s+(?P<a>{_YEAR})\s*(?:гг?\.?|года?)?\s*-\s*(?P<m2>[а-я]{{3,}})\s+(?P<b>{_YEAR})"
)
_CALENDAR = re.compile(rf"(?:^|\s)на\s+(?P<a>{_YEAR})\s*(?:(?:календарн[а-я]*\s+)?год[а-ю]?|гг?\.?)(?![а-я])")
_HEAD_END = re.compile(
    r"^\s*(?:№(?!\s*\d)|n°|no\b)|наименовани[ея]\s+(?:этап|мероприят)|содержание\s+деятельност|^\s*сроки?\b"
    r"|^\s*ответственн|^\s*(?:этап\s*)?\d{1,2}[.)]\s+\S|^\s*i{1,3}\.\s"
)


def head_lines(lines: list[str]) -> list[str]:
    """The lines above the table or the first stage: where a title says which year the roadmap is for."""
    head: list[str] = []
    size = 0
    for line in lines:
        text = clean_inline(line.replace("\t", " "))
        if not text:
            continue
        if _HEAD_END.search(fold(text)) or "\t" in line.strip() or len(head) >= HEAD_LINES or size > _HEAD_CHARS:
            break
        head.append(text)
        size += len(text)
    return head


def detect_document_year(lines: list[str]) -> DocumentYear | None:
    """The year the roadmap's title names, or None. ``lines``: the document's text lines (or the paragraphs
    above its table); only the head (``head_lines``) is read."""
    text = " ".join(head_lines(lines))
    folded = fold(text)
    found: list[tuple[int, DocumentYear]] = []
    for m in _SPAN.finditer(folded):
        if (span := _span_year(m, text)) is not None:
            found.append((m.start(), span))
    for m in _MONTH_SPAN.finditer(folded):
        first, last = month_of(m["m1"]), month_of(m["m2"])
        start, end = int(m["a"]), int(m["b"])
        if first is None or last is None or end < start:
            continue
        kind: YearKind = "school" if first >= 8 and end > start else "calendar"
        found.append((m.start(), DocumentYear(kind, start, end, text[m.start():m.end()].strip())))
    for m in _CALENDAR.finditer(folded):
        year = int(m["a"])
        found.append((m.start("a"), DocumentYear("calendar", year, year, text[m.start():m.end()].strip())))
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]


def _span_year(m: re.Match[str], text: str) -> DocumentYear | None:
    start = int(m["a"])
    end = int(m["b"])
    end = end + (start // 100) * 100 if end < 100 else end
    if end <= start or end - start > 6:
        return None
    tail = m["tail"].strip()
    written = text[m.start():m.end()].strip()
    if tail.startswith("уч") or (m["sep"] == "/" and end == start + 1):
        return DocumentYear("school", start, end, written)
    if tail.startswith(("годах", "годы", "годов")):
        return DocumentYear("calendar", start, end, written)
    if end == start + 1:  # «на 2024 – 2025 год», «2022-2023 гг.», «2023-2024»: a school year
        return DocumentYear("school", start, end, written)
    return DocumentYear("calendar", start, end, written)


def frame_for(document_year: DocumentYear | None, academic_year: int) -> YearFrame:
    """Where dates written without a year go: the document's own year when it names one, else ``academic_year``."""
    if document_year is None:
        return YearFrame(academic_year)
    return YearFrame(document_year.start, calendar=document_year.kind == "calendar")


def years_to_move(document_year: DocumentYear | None, school_year: int) -> int:
    """Whole years that take the document's deadlines into ``school_year``: a school-year roadmap moves from its
    first school year; a calendar-year roadmap stays when its year overlaps the school year (it begins in
    ``school_year``'s September or ends in its summer), and otherwise becomes the calendar year of that school
    year's January–May. 0 when the document names no year."""
    if document_year is None:
        return 0
    if document_year.kind == "school":
        return school_year - document_year.start
    if document_year.start in (school_year, school_year + 1):
        return 0
    return school_year + 1 - document_year.start


def move_deadline(deadline: Deadline, years: int) -> Deadline:
    """The deadline ``years`` later (earlier when negative): same months and days (29 February → 28), same
    recurrence, the text as written."""
    if not years:
        return deadline
    return replace(deadline, start=_move_day(deadline.start, years), end=_move_day(deadline.end, years))


def _move_day(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def shift_roadmap(roadmap: ParsedRoadmap, years: int) -> ParsedRoadmap:
    """A copy of ``roadmap`` with every deadline (of rows and of single activities) moved by ``years``."""

    def deadlines(items: list[Deadline]) -> list[Deadline]:
        return [move_deadline(d, years) for d in items]

    def task(t: Task) -> Task:
        return replace(t, deadlines=deadlines(t.deadlines),
                       items=[replace(i, deadlines=deadlines(i.deadlines)) for i in t.items],
                       activities=list(t.activities), responsible=list(t.responsible))

    stages = [Stage(s.number, s.title, [task(t) for t in s.tasks]) for s in roadmap.stages]
    return ParsedRoadmap(stages, list(roadmap.warnings), roadmap.document_year, roadmap.moved_years + years)


def move_to_school_year(roadmap: ParsedRoadmap, school_year: int) -> ParsedRoadmap:
    """``roadmap`` with every deadline moved from the document's own year into ``school_year`` (see
    ``years_to_move``); the same roadmap when it names no year or is already for that year. Moving twice is
    the same as moving once: the move counts from the document's year, not from where the deadlines are now."""
    years = years_to_move(roadmap.document_year, school_year) - roadmap.moved_years
    return shift_roadmap(roadmap, years) if years else roadmap


def document_fits(document_year: DocumentYear | None, school_year: int) -> bool:
    """True when the document is for ``school_year`` (or names no year): nothing to offer to move."""
    return years_to_move(document_year, school_year) == 0


