"""Plain tables as an .xlsx workbook, fast: one sheet per table with a bold, frozen header row, a filter over the
columns, widths from the content, numbers as numbers and dates as real date cells.

Why not XlsxWriter: it spends 5–8 µs of Python per cell; the export of a big school (10,000 people and 50,000
meetings: 560,000 cells, 800,000 with a year's survey answers) took 7 s with it, and the goal is under 5. These
sheets need nothing but values and four cell styles, a small, fixed part of the Office Open XML format
(ECMA-376), written here in one pass at about 1 µs per cell. Strings are shared (the same labels repeat on every
row). The tests read the files back with openpyxl; LibreOffice opens them too.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

MAX_ROWS = 1_048_576  # Excel's rows per sheet, the header included
MAX_TEXT = 32_767  # Excel's characters per cell
MAX_WIDTH = 60  # column width cap, in characters
CHUNK_ROWS = 2_000  # rows encoded and compressed at a time

_EXCEL_EPOCH = date(1899, 12, 30).toordinal()  # serial 0; right for every date from 01.03.1900 on
_FIRST_SERIAL_DATE = date(1900, 3, 1)
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not in XML 1.0
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")  # Excel reads «_x0041_» in a text as «A»: keep it literal
_MAX_INT = 10**15  # Excel keeps 15 significant digits; longer integers are shown as text
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_STYLE_BOLD, _STYLE_DATE, _STYLE_DATETIME = 1, 2, 3
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


@dataclass(frozen=True)
class Table:
    """A sheet: its tab name, the column headers and the rows (str, int, float, date, datetime or None cells)."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]


def workbook(tables: Sequence[Table]) -> bytes:
    """The workbook as the bytes of an .xlsx file (at least one table)."""
    if not tables:
        raise ValueError("a workbook needs at least one sheet")
    out = io.BytesIO()
    strings: dict[str, int] = {}
    names = _sheet_names([t.title for t in tables])
    # the fastest deflate: a fifth of the time of the default level for a file a third bigger (3.7 MB, not 2.8)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        extents = [_sheet(archive, f"xl/worksheets/sheet{number}.xml", table, strings, selected=number == 1)
                   for number, table in enumerate(tables, start=1)]
        archive.writestr("xl/sharedStrings.xml", _shared_strings(strings))
        archive.writestr("xl/workbook.xml", _workbook_xml(names, extents))
        archive.writestr("xl/styles.xml", _STYLES)
        archive.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(tables)))
        archive.writestr("_rels/.rels", _HEAD + f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" Type="'
                         f'{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("[Content_Types].xml", _content_types(len(tables)))
    return out.getvalue()


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet(archive: zipfile.ZipFile, path: str, table: Table, strings: dict[str, int], selected: bool) -> str:
    """Writes one worksheet; returns its used range («A1:H50001») for the filter."""
    if len(table.rows) + 1 > MAX_ROWS:
        raise ValueError(f"{len(table.rows)} rows do not fit in one sheet")
    columns = max([len(table.headers), *map(len, table.rows)]) or 1
    letters = [column_letter(c) for c in range(columns)]
    cells = [f'<c r="{letter}' for letter in letters]
    widths = [0] * columns
    lines = [_row(1, cells, table.headers, strings, widths, header=True)]
    lines += [_row(n, cells, row, strings, widths) for n, row in enumerate(table.rows, start=2)]
    extent = f"A1:{letters[-1]}{len(table.rows) + 1}"
    cols = "".join(f'<col min="{c + 1}" max="{c + 1}" width="{min(MAX_WIDTH, w + 2)}" customWidth="1"/>'
                   for c, w in enumerate(widths))
    view = 'tabSelected="1" workbookViewId="0"' if selected else 'workbookViewId="0"'
    with archive.open(path, "w") as stream:
        stream.write((
            f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><dimension ref="{extent}"/><sheetViews>'
            f'<sheetView {view}><pane ySplit="1" '
            f'topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
            f'sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
            f"<sheetData>").encode())
        for start in range(0, len(lines), CHUNK_ROWS):
            stream.write("".join(lines[start:start + CHUNK_ROWS]).encode())
        stream.write(f'</sheetData><autoFilter ref="{extent}"/><pageMargins left="0.7" right="0.7" top="0.75" '
                     f'bottom="0.75" header="0.3" footer="0.3"/></worksheet>'.encode())
    return extent


def _row(number: int, cells: list[str], values: Sequence[object], strings: dict[str, int], widths: list[int],
         header: bool = False) -> str:
    """One row's XML; ``cells`` holds each column's «<c r="B» so that only the row number is added per cell."""
    out = [f'<row r="{number}">']
    append = out.append
    for column, value in enumerate(values):
        if value is None or value == "":
            continue
        if isinstance(value, str):
            index = strings.setdefault(value, len(strings))
            append(f'{cells[column]}{number}" s="{_STYLE_BOLD}" t="s"><v>{index}</v></c>' if header
                   else f'{cells[column]}{number}" t="s"><v>{index}</v></c>')
            size = len(value)
        elif ((isinstance(value, int) and not isinstance(value, bool) and -_MAX_INT < value < _MAX_INT)
              or (isinstance(value, float) and math.isfinite(value))):
            shown = repr(value)
            append(f'{cells[column]}{number}"><v>{shown}</v></c>')
            size = len(shown)
        elif isinstance(value, datetime) and value.date() >= _FIRST_SERIAL_DATE:
            serial = value.toordinal() - _EXCEL_EPOCH + (value.hour * 3600 + value.minute * 60 + value.second) / 86400
            append(f'{cells[column]}{number}" s="{_STYLE_DATETIME}"><v>{serial!r}</v></c>')
            size = 16
        elif isinstance(value, date) and not isinstance(value, datetime) and value >= _FIRST_SERIAL_DATE:
            append(f'{cells[column]}{number}" s="{_STYLE_DATE}"><v>{value.toordinal() - _EXCEL_EPOCH}</v></c>')
            size = 10
        else:  # anything else (a bool, an old date, infinity) is shown as its text
            shown = str(value)
            append(f'{cells[column]}{number}" t="s"><v>{strings.setdefault(shown, len(strings))}</v></c>')
            size = len(shown)
        if size > widths[column]:
            widths[column] = size
    append("</row>")
    return "".join(out)


def _clean(text: str) -> str:
    text = _ESCAPE_LIKE.sub(r"_x005F_\1", _ILLEGAL_XML.sub("", text))
    if len(text) > MAX_TEXT // 2 and len(text.encode("utf-16-le")) // 2 > MAX_TEXT:  # Excel counts UTF-16 units
        text = text.encode("utf-16-le")[:2 * MAX_TEXT].decode("utf-16-le", errors="ignore")
    return escape(text)


def _shared_strings(strings: dict[str, int]) -> str:
    items = "".join(f'<si><t xml:space="preserve">{_clean(s)}</t></si>' for s in strings)  # dicts keep the order
    return f'{_HEAD}<sst xmlns="{_MAIN}" uniqueCount="{len(strings)}">{items}</sst>'


def _sheet_names(titles: list[str]) -> list[str]:
    """Excel's rules: 1–31 characters, none of []:*?/\\, no apostrophe at either end, unique ignoring case, not
    the reserved «History»."""
    names: list[str] = []
    for number, title in enumerate(titles, start=1):
        base = _SHEET_NAME_BAD.sub("_", _ILLEGAL_XML.sub("", title))[:31].strip().strip("'") or f"Sheet{number}"
        if base.casefold() == "history":
            base += "_"
        name, copy = base, 1
        while name.casefold() in {n.casefold() for n in names}:
            copy += 1
            stem = base[:31 - len(str(copy)) - 3].rstrip().rstrip("'")
            name = f"{stem} ({copy})"
        names.append(name)
    return names


def _workbook_xml(names: list[str], extents: list[str]) -> str:
    sheets = "".join(f'<sheet name="{escape(n, {chr(34): "&quot;"})}" sheetId="{i}" r:id="rId{i}"/>'
                     for i, n in enumerate(names, start=1))
    filters = "".join(  # Excel keeps each sheet's filter range in a hidden name
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"{escape(_quoted(name))}!{_absolute(extent)}</definedName>"
        for i, (name, extent) in enumerate(zip(names, extents, strict=True)))
    return (f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets><definedNames>{filters}</definedNames></workbook>")


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _absolute(extent: str) -> str:
    return ":".join("$" + re.sub(r"(\d+)", r"$\1", part) for part in extent.split(":"))


def _workbook_rels(sheets: int) -> str:
    parts = [f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
             for i in range(1, sheets + 1)]
    parts.append(f'<Relationship Id="rId{sheets + 1}" Type="{_REL}/styles" Target="styles.xml"/>')
    parts.append(f'<Relationship Id="rId{sheets + 2}" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>')
    return f'{_HEAD}<Relationships xmlns="{_PKG_REL}">{"".join(parts)}</Relationships>'


def _content_types(sheets: int) -> str:
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_TYPE}.worksheet+xml"/>'
                        for i in range(1, sheets + 1))
    return (f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>{overrides}'
            f'<Override PartName="/xl/styles.xml" ContentType="{_TYPE}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPE}.sharedStrings+xml"/></Types>')


_STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/>'
    '<numFmt numFmtId="165" formatCode="DD.MM.YYYY HH:MM"/></numFmts><fonts count="2">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)
