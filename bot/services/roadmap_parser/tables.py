"""Roadmap tables: .docx / .odt / PDF tables, tab-separated, markdown and one-cell-per-line rows, read column by
column into stages.

Real tables are rarely clean. A cell wrapped over lines or cut by a page break comes as extra rows whose first
column is empty: those go on with the row above, cell by cell (the stage title, the content, «Сентябрь -» /
«ноябрь» / «ежегодно», «Администрация» / «ДОО»), while an unnumbered row with an activity, deadline and staff of
its own stays an activity of its own. Header rows (also wrapped over two rows, also repeated on every page), the
row of column numbers, page numbers and a scan's noise («*», «Фотография 6») are skipped. Stages numbered «I.»,
«II.» take the rows numbered 1., 2. below them as their activities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.services.roadmap_parser.activities import assign_items, split_activities
from bot.services.roadmap_parser.archive import DEFAULT_ZIP_LIMITS, ZipLimits, check_zip
from bot.services.roadmap_parser.checks import numbering_warnings, stage_label, stage_values, stage_warnings
from bot.services.roadmap_parser.dates import (
    YearFrame,
    deadline_continues,
    deadline_open,
    parse_deadline,
    scan_deadlines,
)
from bot.services.roadmap_parser.model import ParsedRoadmap, ParseWarning, RoadmapFileError, Stage, Task
from bot.services.roadmap_parser.plain import parse_plain_text
from bot.services.roadmap_parser.responsible import parse_responsible, scan_responsible, staff_continues
from bot.services.roadmap_parser.text import (
    clean_cell,
    clean_inline,
    clean_title,
    fold,
    glue,
    html_to_blocks,
    is_noise,
    is_page_mark,
    starts_lower,
    unique,
)
from bot.services.roadmap_parser.years import detect_document_year, frame_for

MAX_DOCX_ROWS = 2000  # a roadmap is a few pages; anything far bigger is not one
MAX_SPAN = 20  # columns one cell may span (a roadmap table has about six)


def split_pipe_row(line: str) -> list[str] | None:
    """Cells of a markdown table row; None for the |---|---| separator row."""
    body = line.strip()
    if re.fullmatch(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?", body):
        return None
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.replace("\\|", "|").strip() for cell in re.split(r"(?<!\\)\|", body)]


_COLUMN_KINDS = (
    ("number", re.compile(r"^(?:№|n°|nn|n|no|#)\s*(?:п\s*/\s*п|пп)?\.?$|^п\s*/\s*п$")),
    ("deadline", re.compile(r"срок|^дат[аы]")),
    ("responsible", re.compile(r"ответствен|исполнител")),
    ("stage", re.compile(r"этап")),
    ("content", re.compile(r"содержани|деятельност|описани")),
    ("event", re.compile(r"мероприяти")),
)


def header_columns(cells: Sequence[str]) -> dict[str, int] | None:
    """The column of each known kind when ``cells`` is a header row, else None."""
    columns: dict[str, int] = {}
    named = 0
    for index, cell in enumerate(cells):
        label = fold(clean_inline(cell)).strip(" .:*")
        if not label:
            continue
        if len(label) > 60:
            return None
        named += 1
        for kind, pattern in _COLUMN_KINDS:
            if pattern.search(label) and kind not in columns:
                columns[kind] = index
                break
    has_text_column = bool({"stage", "event", "content"} & columns.keys())
    if has_text_column and len(columns) >= 2 and len(columns) * 2 >= named:
        return columns
    return None


def join_split_lines(lines: list[str]) -> list[list[str]]:
    """Tab-separated rows; a row whose cell was broken over two physical lines is joined back when the two
    pieces together have exactly the header's number of cells."""
    rows: list[list[str]] = []
    width = 0
    index = 0
    while index < len(lines):
        cells = lines[index].split("\t")
        index += 1
        header = header_columns(cells) if len(cells) > 1 else None
        if header:
            width = len(cells)
        while width and 1 <= len(cells) < width and any(c.strip() for c in cells) and index < len(lines):
            following = lines[index].split("\t")
            first = following[0].strip()
            if (not first or re.fullmatch(r"\d{1,2}[.)]?", first) or header_columns(following)
                    or len(cells) + len(following) - 1 != width):
                break
            cells = [*cells[:-1], f"{cells[-1].rstrip()} {following[0].lstrip()}", *following[1:]]
            index += 1
        rows.append(cells)
    return rows


def cell_lines(lines: list[str]) -> list[list[str]] | None:
    """A table exported one cell per line, each cell closed by « |» (a legal database's text view): the cells
    gathered back into rows of the header's width (the header ends where the first row number stands); None
    when the text is not written that way."""
    if sum(1 for line in lines if line.rstrip().endswith("|") and not line.lstrip().startswith("|")) < 4:
        return None
    rows: list[list[str]] = []
    header: list[str] = []
    width = 0
    cells: list[str] = []
    for line in lines:
        body = line.strip()
        if not body.endswith("|"):
            if width and cells and body:
                cells.append(body)  # a cell cut off where the text ends
            elif body and not width:
                rows.append([body])
            continue
        pieces = [piece.strip() for piece in body.split("|")[:-1]]
        if not width:
            if header and header_columns(header) and re.fullmatch(r"(?:\d{1,2}|[ivxIVX]{1,4})[.)]?", pieces[0]):
                width = len(header)
                rows.append(header)
            else:
                header.extend(pieces)
                continue
        cells.extend(pieces)
        if len(cells) >= width:
            rows.append(cells)
            cells = []
    if cells:
        rows.append(cells)
    return rows if width else None


def read_docx(path: Path, zip_limits: ZipLimits = DEFAULT_ZIP_LIMITS) -> tuple[list[list[list[str]]], list[str]]:
    """Rows of every table (merged cells de-duplicated: a repeat of the cell to the left or above is blank)
    and the body paragraphs, for documents without tables. The archive's declared sizes are checked first."""
    check_zip(path, zip_limits)
    try:
        import docx  # python-docx; imported here so text roadmaps do not need it
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise RoadmapFileError("reading .docx needs python-docx: pip install 'python-docx>=1.1,<2'") from None
    try:
        document = docx.Document(str(path))
    except MemoryError:
        raise  # past the child's memory limit: «too big», not «damaged»
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise RoadmapFileError(f"{path}: not a readable .docx document ({exc})") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors: a damaged file is not a crash
        raise RoadmapFileError(f"{path}: damaged .docx document ({type(exc).__name__})") from None
    try:
        return _docx_tables(document), [p.text for p in document.paragraphs[:MAX_DOCX_ROWS]]
    except MemoryError:
        raise
    except Exception as exc:  # odd XML (bad spans, merges): a damaged file, not a crash
        raise RoadmapFileError(f"{path}: damaged .docx table ({type(exc).__name__})") from None


def _docx_tables(document: Any) -> list[list[list[str]]]:
    """Rows of every table from the XML cells themselves: a horizontally merged cell (gridSpan) gives its text
    once and blanks for the rest, a vertically continued one (vMerge) is blank, so nothing is read twice.
    Spans are capped: a crafted file cannot make millions of cells."""
    from docx.table import _Cell

    tables: list[list[list[str]]] = []
    for table in document.tables[:50]:
        rows: list[list[str]] = []
        for tr in table._tbl.tr_lst[:MAX_DOCX_ROWS]:
            texts: list[str] = []
            for tc in tr.tc_lst[:MAX_SPAN * 4]:
                span = max(1, min(int(tc.grid_span or 1), MAX_SPAN))
                continued = tc.vMerge == "continue"
                texts.append("" if continued else _Cell(tc, table).text)
                texts.extend([""] * (span - 1))
            rows.append(texts)
        tables.append(rows)
    return tables



def parse_docx(tables: list[list[list[str]]], paragraphs: list[str], academic_year: int) -> ParsedRoadmap:
    """A document's tables (.docx, .odt, a PDF's ruled tables) and its paragraphs: the table with a roadmap
    header when there is one, else numbered headings in the text. The year comes from the paragraphs."""
    year = detect_document_year(paragraphs)
    if any(header_columns(row) for rows in tables for row in rows):
        parsed = TableParser(frame_for(year, academic_year)).parse(tables)
    else:
        text_of_tables = ["\t".join(row) for rows in tables for row in rows]
        parsed = parse_plain_text([*paragraphs, *text_of_tables], academic_year)
    parsed.document_year = year
    return parsed


@dataclass
class _Draft:
    """A task being read: raw cell texts, joined when a row continues the previous one."""

    heading: str
    content: str
    deadline: str
    responsible: str
    own_heading: bool


@dataclass
class _StageDraft:
    number: int
    title: str
    drafts: list[_Draft] = field(default_factory=list)
    numbered: bool = True  # the document gave the number (not counted on from the stage before)
    roman: bool = False  # «I.», «II.»: the rows numbered 1., 2. below are its activities, not stages


_ROMAN_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
                  "xi": 11, "xii": 12}
_STAGE_NUMBER = re.compile(r"^\s*(?:этап\s*)?(\d{1,2}|[ivx]{1,4})\s*[.)]?\s*(?:этап)?\s*$", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^\s*(?:этап\s*)?(\d{1,2})[.)]\s+(\S.*)$", re.IGNORECASE | re.DOTALL)
_LIST_START = re.compile(r"^\s*(?:<[^>]+>\s*)*\d{1,2}[.)]\s")
_OPENING_BLOCK = re.compile(r"^\s*(?:<(?:p|li|ul|ol)\b[^>]*>\s*)+", re.IGNORECASE)
_CLOSING_BLOCK = re.compile(r"(?:\s*</(?:p|li|ul|ol)>)*\s*$", re.IGNORECASE)


class TableParser:
    def __init__(self, academic_year: int | YearFrame) -> None:
        self.academic_year = academic_year
        self.columns: dict[str, int] = {}
        self.stages: list[_StageDraft] = []
        self.warnings: list[str] = []
        self.stray: list[str] = []

    def parse(self, tables: list[list[list[str]]]) -> ParsedRoadmap:
        seen_columns: set[str] = set()
        for rows in tables:
            after_header = False
            for cells in rows:
                header = header_columns(cells) if len(cells) > 1 else None
                if header:
                    # a header cell wrapped onto a second row («Наименование» / «этапа») adds its columns
                    self.columns = {**header, **self.columns} if after_header else header
                    seen_columns |= header.keys()
                    after_header = True
                elif self.columns:
                    after_header = after_header and not any(c.strip() for c in cells)
                    self._row([clean_cell(c) for c in cells])
        stages = [self._finish(stage) for stage in self.stages]
        warnings = self._table_warnings(stages, seen_columns)
        return ParsedRoadmap(stages, unique([*warnings, *self.warnings, *numbering_warnings(stages)]))

    # -- one row

    def _cell(self, cells: list[str], kind: str) -> str:
        index = self.columns.get(kind)
        return cells[index] if index is not None and index < len(cells) else ""

    def _row(self, cells: list[str]) -> None:
        number_at = self.columns.get("number")
        cells = [c if i == number_at or not is_noise(c) else "" for i, c in enumerate(cells)]
        if not any(cells):
            return
        filled = [i for i, c in enumerate(cells) if c]
        if len(filled) == 1 and (filled[0] != number_at or len(cells) == 1) and is_page_mark(cells[filled[0]]):
            return  # a page number or a stray mark of the scan (a lone «3» under «№» may be a stage number)
        if len(cells) == 1:
            self.stray.append(cells[0])
            return
        numbers = [c for c in cells if c]
        if len(numbers) >= 3 and all(re.fullmatch(r"\d{1,2}\.?", c) for c in numbers):
            return  # the «1 2 3 4 5» row under a header
        cells = self._realign(cells)
        number_cell, heading = self._cell(cells, "number"), self._cell(cells, "event")
        content, deadline = self._cell(cells, "content"), self._cell(cells, "deadline")
        responsible = self._cell(cells, "responsible")
        # without a «Наименование этапа» column each numbered row is a stage named by its event or content
        title_cell = self._cell(cells, "stage" if "stage" in self.columns else "event" if heading else "content")
        if heading and not content and _LIST_START.match(heading):
            heading, content = "", heading  # an activity item written in the «Мероприятия» column
        current = self.stages[-1] if self.stages else None
        number, title = self._stage_of(number_cell, title_cell, current)
        roman = bool(re.fullmatch(r"[ivx]{1,4}\s*[.)]?", stage_number_text(number_cell), re.IGNORECASE))
        if number is not None and not roman and current is not None and current.roman:
            number, title = None, ""  # «1.» under the section «I.»: an activity of it
            if not heading and "stage" not in self.columns:
                heading = title_cell
        if number is None and current is not None and self._title_goes_on(current, title):
            current.title = glue(current.title, title)  # «Подготовка условий» / «для реализации» / «Программы»
            title = ""
        if number is None and current is not None and self._continues(current, heading, content, deadline,
                                                                      responsible):
            self._continue_row(current, heading, content, deadline, responsible)
            return
        if number is not None:
            if current is not None and number == current.number and (not title or title == current.title):
                pass  # a merged cell repeated on the next row
            else:
                current = _StageDraft(number, title, roman=roman)
                self.stages.append(current)
                if roman and "stage" not in self.columns and not any((content, deadline, responsible)):
                    return  # a section heading row: its title is the stage, not an activity
        elif title and current is not None and title != current.title:
            if not any((heading, content, deadline, responsible)) and not current.drafts:
                current.title = f"{current.title} {title}".strip()  # the title went on over two rows
                return
            current = _StageDraft(current.number + 1, title, numbered=False)
            self.stages.append(current)
            self.warnings.append(ParseWarning("stage-no-number", f"Stage «{title}» has no number; numbered "
                                              f"{current.number}", title=title, number=current.number))
        elif title and current is None:
            current = _StageDraft(1, title)
            self.stages.append(current)
        if current is None:
            self.stray.append(" ".join(c for c in cells if c))
            return
        self._add_to_stage(current, heading, content, deadline, responsible)

    def _title_goes_on(self, stage: _StageDraft, title: str) -> bool:
        """A stage title wrapped over lines: text in the «Наименование этапа» column of an unnumbered row, in a
        table whose stages are numbered, is the title of the numbered stage above going on."""
        return bool(title) and title != stage.title and stage.numbered and "stage" in self.columns

    def _continues(self, stage: _StageDraft, heading: str, content: str, deadline: str, responsible: str) -> bool:
        """An unnumbered row that only goes on with the row above: a cell wrapped over lines or pages (the
        first column empty), as scans and PDF exports write it — not an activity of its own."""
        last = stage.drafts[-1] if stage.drafts else None
        if last is None or not any((heading, content, deadline, responsible)):
            return False
        if heading and starts_lower(heading):
            return True
        if content and _continues_text(last.content, content):
            # unless a deadline of its own stands beside it: «анкетирование педагогов» | «Октябрь» is a row
            return not (deadline and last.deadline and not deadline_continues(last.deadline, deadline))
        if content:  # a new item of its own: only a deadline left open above («Сентябрь -») takes it in
            if deadline:
                return bool(last.deadline and deadline_open(last.deadline))
            return bool(responsible and last.responsible and staff_continues(last.responsible, responsible))
        if deadline and last.deadline and deadline_continues(last.deadline, deadline):
            return True
        return bool(responsible and last.responsible and staff_continues(last.responsible, responsible))

    def _continue_row(self, stage: _StageDraft, heading: str, content: str, deadline: str, responsible: str) -> None:
        last = stage.drafts[-1]
        if heading:
            last.heading = glue(last.heading, heading)
            last.own_heading = True
        if content:
            last.content = _join_content(last.content, content)
        if deadline:
            last.deadline = glue(last.deadline, deadline)
        if responsible:
            last.responsible = glue(last.responsible, responsible)

    def _stage_of(self, number_cell: str, title_cell: str, current: _StageDraft | None) -> tuple[int | None, str]:
        title = clean_title(title_cell) if title_cell else ""
        if m := _STAGE_NUMBER.match(stage_number_text(number_cell)):
            return _number(m.group(1)), title
        if number_cell and (m := _LEADING_NUMBER.match(clean_inline(number_cell))) and not title:
            return int(m.group(1)), clean_title(m.group(2))
        if not number_cell and title_cell and (m := _LEADING_NUMBER.match(clean_inline(title_cell))):
            number = int(m.group(1))
            if current is None or number != current.number or clean_title(m.group(2)) != current.title:
                return number, clean_title(m.group(2))
        return None, title

    def _add_to_stage(self, stage: _StageDraft, heading: str, content: str, deadline: str, responsible: str) -> None:
        last = stage.drafts[-1] if stage.drafts else None
        if last is not None and not heading and not (deadline or responsible):
            if content:
                last.content = _join_content(last.content, content)
            return
        if last is not None and not heading and not content:
            last.deadline = f"{last.deadline} {deadline}".strip()
            last.responsible = f"{last.responsible} {responsible}".strip()
            return
        if not any((heading, content, deadline, responsible)):
            return
        own = bool(heading)
        if not heading and last is not None:
            heading = last.heading
        stage.drafts.append(_Draft(heading, content, deadline, responsible, own))

    def _realign(self, cells: list[str]) -> list[str]:
        """Put a row back in place when its cells slid sideways (an empty cell lost in the export): the cell
        that reads as a deadline, followed by one that reads as staff, moves under «Сроки»."""
        deadline_column = self.columns.get("deadline")
        if deadline_column is None:
            return cells
        responsible_column = self.columns.get("responsible")
        current = cells[deadline_column] if deadline_column < len(cells) else ""
        if current and _reads_as_deadline(current, self.academic_year):
            return cells
        for index, cell in enumerate(cells):
            if index == deadline_column or not cell or not _reads_as_deadline(cell, self.academic_year):
                continue
            shift = deadline_column - index
            if responsible_column is not None:
                staff_at = index + (responsible_column - deadline_column)
                staff = cells[staff_at] if 0 <= staff_at < len(cells) else ""
                if staff and not _reads_as_staff(staff):
                    continue
            if shift < 0 and any(cells[:-shift]):
                continue
            moved = [""] * shift + cells if shift > 0 else cells[-shift:]
            while len(moved) > len(cells) and not moved[-1]:
                moved.pop()
            return moved
        return cells

    # -- finishing

    def _finish(self, draft: _StageDraft) -> Stage:
        stage = Stage(draft.number, clean_title(draft.title))
        for item in draft.drafts:
            activities = split_activities(item.content)
            if not activities and item.own_heading:
                activities = split_activities(item.heading)
            heading = clean_title(item.heading) if item.heading else ""
            deadlines = scan_deadlines(clean_inline(item.deadline), self.academic_year)
            responsible = scan_responsible(clean_inline(item.responsible))
            deadline_lines = [scan_deadlines(clean_inline(line), self.academic_year)
                              for line in _lines(item.deadline)]
            staff_lines = [scan_responsible(clean_inline(line)) for line in _lines(item.responsible)]
            stage.tasks.append(Task(
                heading=heading,
                activities=activities,
                deadlines=deadlines,
                responsible=responsible,
                items=assign_items(activities or ([heading] if heading else []), heading, deadlines, responsible,
                                   deadline_lines, staff_lines),
            ))
        self.warnings.extend(stage_warnings(stage))
        return stage

    def _table_warnings(self, stages: list[Stage], columns: set[str]) -> list[str]:
        warnings: list[str] = []
        if not stages:
            warnings.append(ParseWarning("no-stages-table", "No stages found in the table: expected numbered rows "
                                         "under «Наименование этапа»"))
            return warnings
        if "deadline" not in columns:
            warnings.append(ParseWarning("no-deadline-column",
                                         "The table has no «Сроки» column: no deadlines were read"))
        if "responsible" not in columns:
            warnings.append(ParseWarning("no-responsible-column", "The table has no «Ответственные» column: no "
                                         "responsible staff were read"))
        for stage in stages:
            if "deadline" in columns and not stage.deadlines:
                warnings.append(ParseWarning("stage-no-deadline", f"{stage_label(stage)}: no deadline",
                                             **stage_values(stage)))
            if "responsible" in columns and not stage.responsible:
                warnings.append(ParseWarning("stage-no-responsible", f"{stage_label(stage)}: no responsible staff",
                                             **stage_values(stage)))
        warnings.extend(ParseWarning("outside-text", f"Text outside the table ignored: «{clean_inline(line)[:80]}»",
                                     text=clean_inline(line)[:80])
                        for line in self.stray if clean_inline(line) and self.stages and not _SIGNATURE.match(
                            fold(clean_inline(line))))
        return warnings


# below a table: who drew it up and how to reach them, signatures, stamps — nothing of the roadmap is lost
_SIGNATURE = re.compile(r"^(?:исполнител|составил|подготовил|тел[.:\s]|телефон|подпись|м\.\s?п\.|согласовано|утверждаю"
                        r"|принято|директор\s*_|заведующ[а-я]*\s*_|_{3,})")


def _lines(cell: str) -> list[str]:
    """The non-empty lines (paragraphs) of a cell."""
    return [line for line in (clean_inline(part) for part in html_to_blocks(cell).split("\n")) if line]


def stage_number_text(cell: str) -> str:
    """A number cell as the scan may have misread it: «l.» and «I.» are 1, «З.» is 3, «1О» is 10."""
    text = clean_inline(cell).strip(" *_|")
    misread = re.fullmatch(r"[\dlIОOЗз]{1,3}\s*[.)]?", text) and re.search(r"\d", text)
    if misread or re.fullmatch(r"[lЗз]\s*[.)]", text):
        text = text.translate(str.maketrans("lIОOЗз", "110033"))
    return text


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _ROMAN_NUMBERS[text.lower()]


def _continues_text(previous: str, continuation: str) -> bool:
    """A cell fragment that goes on with the text above: begins with a lower-case word (no list mark), or the
    text above ends with a word broken at a hyphen."""
    before = clean_inline(previous)
    if not before:
        return False
    return starts_lower(continuation) or (before.endswith("-") and before[-2:-1].isalpha())


def _join_content(previous: str, continuation: str) -> str:
    """Append a content cell continued on the next row. A sentence cut mid-way (no closing punctuation before,
    a lower-case word after) is glued back into one activity; otherwise the continuation starts a new block."""
    before = clean_inline(previous)
    after = clean_inline(continuation)
    # a line that goes on mid-sentence: a lower-case word, or an abbreviation («ДОО», «МБДОУ») or a quote
    goes_on = after[:1].islower() or after[:1] in "«\"(" or bool(re.match(r"[А-ЯЁA-Z]{2,}(?![а-яёa-z])", after))
    if before and after and before[-1] not in ".;:!?»)\"" and goes_on:
        previous = _CLOSING_BLOCK.sub("", previous)
        return glue(previous, _OPENING_BLOCK.sub("", continuation, count=1).lstrip())
    return f"{previous}\n{continuation}" if previous else continuation


def _reads_as_deadline(text: str, academic_year: int | YearFrame) -> bool:
    found = parse_deadline(text, academic_year)
    return bool(found) and all(d.understood for d in found)


def _reads_as_staff(text: str) -> bool:
    found = parse_responsible(text)
    return bool(found) and all(r.understood for r in found)
