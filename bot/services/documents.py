"""Word documents for roadmap stage 5: the draft order fixing mentoring pairs/groups and a personalised programme.

Fixed wording comes from the ``doc-`` texts (``locales/*/pairs.ftl``; the year-end report's in ``reports.ftl``).
Names, positions, titles and the organisation are inserted here, never passed through the translator as plain
strings: it HTML-escapes them for Telegram, and a .docx is not HTML (the one name that goes through a text is
wrapped in ``Raw``). Dates are written as dd.mm.yyyy.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from bot.i18n import Raw, TextFn
from bot.services.mentoring_forms import BY_CODE, FORMS, TEACHER_FORMS
from storage.models import MentorKind, language_of

__all__ = [
    "Appendix",
    "ConsentPage",
    "DocPerson",
    "OrderRow",
    "ProgrammeGoal",
    "ProgrammeTask",
    "ReportSection",
    "Signature",
    "TextFn",
    "consent_docx",
    "pairs_order_docx",
    "programme_docx",
    "year_report_docx",
]

FONT = "Times New Roman"
BODY_PT = 14  # orders are usually set in 14 pt, tables in 12 pt
TABLE_PT = 12
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)  # A4 portrait
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = Mm(30), Mm(15), Mm(20), Mm(20)
TEXT_WIDTH_MM = 210 - 30 - 15
FIRST_LINE_INDENT = Mm(12.5)
BLANK_DATE = "__.__.____"
BLANK_NAME = "_______________"
BLANK_NUMBER = "____"
STAFF_FORMS = TEACHER_FORMS  # mentees are employees: they sign the order too
LANGS = {"ru": "ru-RU", "en": "en-GB"}

ORDER_WIDTHS_MM = (12, 45, 45, 33, 30)
INFO_WIDTHS_MM = (50, TEXT_WIDTH_MM - 50)
TASK_WIDTHS_MM = (14, 86, 27, 38)


@dataclass(frozen=True)
class DocPerson:
    name: str
    position: str | None = None  # position, or class/grade text for a student


@dataclass(frozen=True)
class OrderRow:
    mentor: DocPerson
    mentees: tuple[DocPerson, ...]  # one: a pair; several: a group (one row of the appendix)
    form: str  # teacher_teacher, teacher_student, student_student, college_student_pupil, employer_student, …
    starts_on: date
    ends_on: date | None


@dataclass(frozen=True)
class ProgrammeTask:
    title: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class ProgrammeGoal:
    title: str
    tasks: tuple[ProgrammeTask, ...]


def pairs_order_docx(t: TextFn, org_name: str, rows: Sequence[OrderRow], on: date | None = None,
                     curator: str | None = None, number: str | None = None) -> bytes:
    """The draft order «О закреплении наставнических пар/групп» with the pairs/groups in its appendix; ``number``
    and ``on``: the order's number and date when the coordinator has recorded them (blanks otherwise)."""
    doc = _new_document(t, t("doc-order-title"))
    _paragraph(doc, org_name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, t("doc-order-heading"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=12)
    number_blank = t("doc-order-number", number=Raw(number or BLANK_NUMBER))
    line = _paragraph(doc, f"{_date(on) if on else BLANK_DATE}\t{number_blank}")
    line.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
    _paragraph(doc, t("doc-order-title"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=12)
    # the pairs of each form in an appendix of their own (pupils' pairs apart from teachers'), each citing its basis;
    # the preamble cites every basis the appendices need: ТК РФ ст. 351.8 only for employees mentoring employees
    groups = _by_form(rows)
    bases = {BY_CODE[form].basis for form in groups if form in BY_CODE}
    _paragraph(doc, t("doc-order-preamble", labour=_yes("labour" in bases),
                      learners=_yes(bool(bases - {"labour"})), partners=_yes("partner" in bases)), justify=True)
    _paragraph(doc, t("doc-order-command"), bold=True, before=6, after=6)
    items = (
        t("doc-order-item-pairs", count=len(groups)),
        t("doc-order-item-programmes"),
        t("doc-order-item-curator", name=Raw(curator or BLANK_NAME)),
        t("doc-order-item-control"),
    )
    for item, text in enumerate(items, 1):
        _paragraph(doc, f"{item}. {text}", justify=True)
    _paragraph(doc, t("doc-order-signature"), before=36)

    acquainted = _acquainted(rows, curator)
    if acquainted:
        _paragraph(doc, t("doc-order-acquainted"), before=24, after=6)
        for name in acquainted:
            _paragraph(doc, f"{BLANK_NAME} / {name} / {BLANK_DATE}", after=6)

    if not rows:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _paragraph(doc, t("doc-order-appendix", date=on or Raw(BLANK_DATE), number=0), align=WD_ALIGN_PARAGRAPH.RIGHT,
                   size=TABLE_PT)
        _paragraph(doc, t("doc-order-appendix-title"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=12)
        _paragraph(doc, t("doc-order-no-pairs"), justify=True)
    headers = [t("doc-order-col-number"), t("doc-order-col-mentor"), t("doc-order-col-mentees"),
               t("doc-order-col-form"), t("doc-order-col-term")]
    for index, (form, in_form) in enumerate(groups.items(), 1):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        appendix = index if len(groups) > 1 else 0  # one appendix is «Приложение», several are numbered
        _paragraph(doc, t("doc-order-appendix", date=on or Raw(BLANK_DATE), number=appendix),
                   align=WD_ALIGN_PARAGRAPH.RIGHT, size=TABLE_PT)
        _paragraph(doc, t("doc-order-appendix-title"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
        _paragraph(doc, t("doc-order-appendix-form", form=form), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
        if form in BY_CODE:
            _paragraph(doc, t("doc-order-basis", basis=BY_CODE[form].basis), justify=True, size=TABLE_PT, after=12)
        body = [
            [[f"{n}."], [_person(row.mentor)], [_person(m) for m in row.mentees] or [""],
             [t("doc-form", form=row.form)], [_term(t, row.starts_on, row.ends_on)]]
            for n, row in enumerate(in_form, 1)
        ]
        _table(doc, headers, body, ORDER_WIDTHS_MM, centred=(0, 3, 4))
    return _save(doc)


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _by_form(rows: Sequence[OrderRow]) -> dict[str, list[OrderRow]]:
    """Rows grouped by form, in the order forms are listed (FORMS); a form the code does not know comes last."""
    groups: dict[str, list[OrderRow]] = {}
    for row in sorted(rows, key=lambda r: FORMS.index(r.form) if r.form in FORMS else len(FORMS)):
        groups.setdefault(row.form, []).append(row)
    return groups


def programme_docx(t: TextFn, org_name: str, mentor: DocPerson, mentees: Sequence[DocPerson], form: str,
                   starts_on: date, ends_on: date | None, goals: Sequence[ProgrammeGoal],
                   tasks_without_goal: Sequence[ProgrammeTask] = ()) -> bytes:
    """A pair's (or group's) personalised mentoring programme: who, form, term, goals with their tasks, signatures."""
    doc = _new_document(t, t("doc-programme-title"))
    _paragraph(doc, org_name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, t("doc-programme-title").upper(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=12)
    info = [
        [[t("doc-programme-mentor")], [_person(mentor)]],
        [[t("doc-programme-mentees")], [_person(m) for m in mentees] or [""]],
        [[t("doc-programme-form")], [t("doc-form", form=form)]],
        [[t("doc-programme-term")], [_term(t, starts_on, ends_on)]],
    ]
    table = _table(doc, None, info, INFO_WIDTHS_MM)
    for row in table.rows:
        for run in row.cells[0].paragraphs[0].runs:
            run.bold = True

    _paragraph(doc, t("doc-programme-goals"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=6)
    if not goals and not tasks_without_goal:
        _paragraph(doc, t("doc-programme-empty"), justify=True)
    for number, goal in enumerate(goals, 1):
        label = t("doc-programme-goal", number=number)
        _paragraph(doc, f"{label} {goal.title}", bold=True, before=12, after=6)
        if goal.tasks:
            _task_table(doc, t, goal.tasks, prefix=f"{number}.")
        else:
            _paragraph(doc, t("doc-programme-no-tasks"), justify=True)
    if tasks_without_goal:
        _paragraph(doc, t("doc-programme-other-tasks"), bold=True, before=12, after=6)
        _task_table(doc, t, tasks_without_goal, prefix="")

    _paragraph(doc, t("doc-programme-signatures"), bold=True, before=24, after=6)
    signatures = [(t("doc-programme-sign-mentor"), mentor.name)]
    signatures += [(t("doc-programme-sign-mentee"), m.name) for m in mentees] or [
        (t("doc-programme-sign-mentee"), BLANK_NAME)]
    signatures.append((t("doc-programme-sign-curator"), BLANK_NAME))
    for label, name in signatures:
        _paragraph(doc, f"{label} {BLANK_NAME} / {name} / {BLANK_DATE}", before=6, after=6)
    return _save(doc)


# --- pieces -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConsentPage:
    """One consent as the person accepted it in the bot: its heading, its text (Telegram HTML), the log's data."""

    heading: str
    text: str
    version: str
    given_at: str  # when it was given, in the organisation's time: dd.mm.yyyy hh:mm
    sha256: str


def consent_docx(t: TextFn, org_name: str, org_address: str, name: str, representative: str | None,
                 pages: Sequence[ConsentPage]) -> bytes:
    """A person's consents filled in for a signature on paper (the written form of 152-ФЗ ст. 9 ч. 4, or the
    mentor's consent of ТК РФ ст. 351.8): the operator, the person (and the parent who signs for a minor), each text
    in the version accepted, when it was given in the bot, and the signature line."""
    import html
    import re

    doc = _new_document(t, t("doc-consent-title"))
    signer = representative or name
    for number, page in enumerate(pages):
        if number:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _paragraph(doc, page.heading, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
        _paragraph(doc, t("doc-consent-operator", org=Raw(org_name), address=Raw(org_address)), after=6)
        _paragraph(doc, t("doc-consent-subject", name=Raw(name)), after=6)
        if representative:
            _paragraph(doc, t("doc-consent-representative", name=Raw(representative)), after=6)
        for part in page.text.split("\n"):
            plain = html.unescape(re.sub(r"</?[bi]>", "", part)).strip()
            if plain:
                _paragraph(doc, plain, justify=True, after=4, size=12)
        _paragraph(doc, t("doc-consent-given", date=page.given_at, version=page.version, sha=page.sha256[:16]),
                   before=12, size=TABLE_PT)
        _paragraph(doc, t("doc-consent-sign", name=Raw(signer)), before=24)
    return _save(doc)


def _date(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def _person(person: DocPerson) -> str:
    return f"{person.name}, {person.position}" if person.position else person.name


def _term(t: TextFn, starts_on: date, ends_on: date | None) -> str:
    return f"{_date(starts_on)} – {_date(ends_on)}" if ends_on else t("doc-term-open", date=starts_on)


def _acquainted(rows: Sequence[OrderRow], curator: str | None) -> list[str]:
    """Employees who sign that they have read the order: the curator, the teacher mentors, mentees of staff forms —
    never pupils or outside specialists (they are not the organisation's employees)."""
    names = [curator] if curator else []
    for row in rows:
        spec = BY_CODE.get(row.form)
        if spec is None or spec.mentor is MentorKind.TEACHER:
            names.append(row.mentor.name)
        if row.form in STAFF_FORMS:
            names.extend(m.name for m in row.mentees)
    return list(dict.fromkeys(names))


def _new_document(t: TextFn, title: str) -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM

    # The default template takes its fonts from the theme (Calibri): set Times New Roman for every script
    # in the document defaults, so table styles and Cyrillic text use it as well.
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = defaults.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), LANGS.get(language_of(getattr(t, "locale", "ru")), "ru-RU"))
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    properties = doc.core_properties
    properties.title = title
    properties.author = ""
    properties.comments = ""
    properties.keywords = ""
    properties.last_modified_by = ""
    return doc


def _paragraph(target: DocxDocument | _Cell, text: str = "", *, bold: bool = False,
               align: WD_ALIGN_PARAGRAPH | None = None, justify: bool = False, size: int | None = None,
               before: int = 0, after: int = 0) -> Paragraph:
    paragraph = target.add_paragraph()
    _fill(paragraph, text, bold=bold, size=size)
    fmt = paragraph.paragraph_format
    if justify:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.first_line_indent = FIRST_LINE_INDENT
    elif align is not None:
        paragraph.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    return paragraph


def _fill(paragraph: Paragraph, text: str, *, bold: bool = False, size: int | None = None) -> None:
    if not text:
        return
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)


def _table(doc: DocxDocument, headers: Sequence[str] | None, rows: Sequence[Sequence[Sequence[str]]],
           widths_mm: Sequence[float], centred: Sequence[int] = ()) -> Table:
    """A bordered table; every cell is a list of lines (one paragraph each), the header row repeats on new pages."""
    table = doc.add_table(rows=0, cols=len(widths_mm))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = [Mm(width).twips for width in widths_mm]
    if headers is not None:
        _add_row(table, [[header] for header in headers], widths, centred=range(len(widths)), bold=True,
                 header=True)
    for number, row in enumerate(rows):
        # a fixed layout takes the columns' widths from the grid: the first row says them too, for other readers
        _add_row(table, row, widths if number == 0 and headers is None else None, centred=centred)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    return table


def _sub(parent: Any, tag: str) -> Any:
    """A new last child ``tag`` («w:tr») of an element (made by python-docx's parser, so it reads back as its own)."""
    child = OxmlElement(tag)
    parent.append(child)
    return child


def _add_row(table: Table, row: Sequence[Sequence[str]], widths: Sequence[int] | None, *,
             centred: Iterable[int] = (), bold: bool = False, header: bool = False) -> None:
    """One row of a table, written as XML. python-docx's ``add_row`` and ``row.cells`` rebuild the grid of the whole
    table on every call (n² for n rows) and build each element through its object layer: the 3,000 pairs of a big
    school's appendix took 12 s that way. Each cell: its width (``widths``: in the first row only), a paragraph per
    line (centred where asked), one run in TABLE_PT (bold for headers); a line break or tab inside a line as Word
    writes them."""
    centre = set(centred)
    tr = _sub(table._tbl, "w:tr")
    if header:  # the header row repeats on every page
        _sub(_sub(tr, "w:trPr"), "w:tblHeader").set(qn("w:val"), "true")
    for index, lines in enumerate(row):
        tc = _sub(tr, "w:tc")
        if widths is not None:
            tc_width = _sub(_sub(tc, "w:tcPr"), "w:tcW")
            tc_width.set(qn("w:w"), str(widths[index]))
            tc_width.set(qn("w:type"), "dxa")
        for line in lines or [""]:
            p = _sub(tc, "w:p")
            if index in centre:
                _sub(_sub(p, "w:pPr"), "w:jc").set(qn("w:val"), "center")
            if not line:
                continue
            r = _sub(p, "w:r")
            properties = _sub(r, "w:rPr")
            if bold:
                _sub(properties, "w:b")
            _sub(properties, "w:sz").set(qn("w:val"), str(TABLE_PT * 2))
            for number, piece in enumerate(re.split(r"(\n|\t)", line)):
                if number % 2:
                    _sub(r, "w:br" if piece == "\n" else "w:tab")
                elif piece:
                    text = _sub(r, "w:t")
                    text.text = piece
                    if piece != piece.strip():
                        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _task_table(doc: DocxDocument, t: TextFn, tasks: Sequence[ProgrammeTask], prefix: str) -> None:
    headers = [t("doc-programme-col-number"), t("doc-programme-col-task"), t("doc-programme-col-due"),
               t("doc-programme-col-mark")]
    rows = [
        [[f"{prefix}{number}"], [task.title], [_date(task.due_on) if task.due_on else ""],
         [t("doc-task-done", date=task.done_on) if task.done_on else ""]]
        for number, task in enumerate(tasks, 1)
    ]
    _table(doc, headers, rows, TASK_WIDTHS_MM, centred=(0, 2, 3))


def _save(doc: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class DocTable:
    """A table with a header row; widths in millimetres, their sum the text width."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]
    centred: tuple[int, ...] = ()  # columns of figures and dates
    caption: str = ""  # a line above the table


@dataclass(frozen=True)
class ReportSection:
    """One part of the year-end report: a heading, figures as (label, value) rows, tables, an optional chart, and
    lines."""

    heading: str
    figures: tuple[tuple[str, str], ...] = ()
    chart: bytes | None = None
    lines: tuple[str, ...] = ()
    tables: tuple[DocTable, ...] = ()


@dataclass(frozen=True)
class Signature:
    """A line of the signature block: who signs (a position), and their name if known."""

    label: str
    name: str | None = None


@dataclass(frozen=True)
class Appendix:
    """A page after the report: a heading and one table (the list of pairs)."""

    heading: str
    table: DocTable


def year_report_docx(t: TextFn, org_name: str, on: date, sections: Sequence[ReportSection], *,
                     title: str | None = None, signatures: Sequence[Signature] = (),
                     appendices: Sequence[Appendix] = ()) -> bytes:
    """«Отчёт о реализации программы наставничества»: the organisation, the title (``title``: the one naming the
    school year), the date, then numbered sections with figures in two-column tables, tables, charts at text width
    and plain lines; the signature block; each appendix on a page of its own."""
    heading = title or t("doc-year-title")
    doc = _new_document(t, heading)
    _paragraph(doc, org_name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(doc, heading.upper(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=6)
    _paragraph(doc, t("doc-year-date", date=on), align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    for number, section in enumerate(sections, 1):
        _paragraph(doc, f"{number}. {section.heading}", bold=True, before=12, after=6)
        if section.figures:
            _table(doc, None, [[[label], [value]] for label, value in section.figures], INFO_WIDTHS_MM,
                   centred=(1,))
        for table in section.tables:
            if table.caption:
                _paragraph(doc, table.caption, before=6, after=3)
            _table(doc, table.headers, [[[cell] for cell in row] for row in table.rows], table.widths_mm,
                   centred=table.centred)
        if section.chart is not None:
            doc.add_paragraph().add_run().add_picture(io.BytesIO(section.chart), width=Mm(TEXT_WIDTH_MM))
        for line in section.lines:
            _paragraph(doc, line, justify=True)
    for number, signature in enumerate(signatures):
        _paragraph(doc, f"{signature.label} {BLANK_NAME} / {signature.name or BLANK_NAME} / {BLANK_DATE}",
                   before=36 if number == 0 else 12)
    for appendix in appendices:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _paragraph(doc, appendix.heading, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
        _table(doc, appendix.table.headers, [[[cell] for cell in row] for row in appendix.table.rows],
               appendix.table.widths_mm, centred=appendix.table.centred)
    return _save(doc)
