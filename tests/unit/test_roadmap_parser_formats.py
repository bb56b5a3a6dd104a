"""Roadmaps as PDF (made here with fpdf2: a ruled table over two pages, a row cut by the page break, the header
repeated, page numbers), a scan without a text layer, a locked PDF, .odt, and the old formats the bot refuses
with a reason it can explain (``RoadmapFileError.kind``), in-process and through the worker under its limits."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from bot.services.roadmap_parser import (
    FILE_ERROR_KINDS,
    SUPPORTED_SUFFIXES,
    RoadmapEncrypted,
    RoadmapFileError,
    RoadmapOldFormat,
    RoadmapScanned,
    RoadmapTooLarge,
    RoadmapUnsupportedType,
    move_to_school_year,
    parse_roadmap,
)
from bot.services.roadmap_parser.pdf import unwrap_cell

ROOT = Path(__file__).resolve().parents[2]
HEADER = ("№", "Наименование этапа", "Содержание деятельности", "Сроки", "Ответственные")
WIDTHS = (12, 45, 110, 45, 50)


def _pdf() -> Any:
    import matplotlib
    from fpdf import FPDF

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"  # DejaVu: Cyrillic, shipped with matplotlib
    pdf = FPDF(orientation="L")
    pdf.add_font("DejaVu", fname=str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", style="B", fname=str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_font("DejaVu", size=9)
    return pdf


def _table(pdf: Any, rows: list[tuple[str, ...]]) -> None:
    with pdf.table(col_widths=WIDTHS, line_height=5) as table:
        for cells in [HEADER, *rows]:
            row = table.row()
            for text in cells:
                row.cell(text)


def _page_number(pdf: Any, number: int) -> None:
    pdf.set_y(190)
    pdf.cell(0, 5, str(number), align="C")


def roadmap_pdf(path: Path) -> Path:
    """A kindergarten's roadmap saved from Word as PDF: title above a ruled table, two pages; stage 2's row is cut
    by the page break (its second half on page 2 under the repeated header, first column empty)."""
    pdf = _pdf()
    pdf.add_page()
    pdf.multi_cell(0, 6, "Дорожная карта внедрения целевой модели наставничества\nМБДОУ «Детский сад № 7»\n"
                         "на 2023-2024 учебный год", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _table(pdf, [
        ("1.", "Подготовка условий для реализации программы наставничества",
         "1.1. Издание приказа о внедрении целевой модели наставничества в дошкольной образовательной организации\n"
         "1.2. Назначение куратора\n1.3. Разработка Положения о наставничестве",
         "Сентябрь - ноябрь ежегодно", "Администрация ДОО"),
        ("2.", "Формирование банка наставляемых", "- анкетирование педагогов;", "Октябрь 2023", "Старший воспитатель"),
    ])
    _page_number(pdf, 1)
    pdf.add_page()
    _table(pdf, [
        ("", "", "- сбор согласий на обработку персональных данных", "", ""),
        ("3.", "Формирование банка наставников", "Анкетирование потенциальных наставников",
         "Ноябрь 2023", "Педагог-психолог, Рабочая группа"),
        ("4.", "Работа наставнических пар", "Встречи наставника и наставляемого", "Еженедельно", "Наставники"),
    ])
    _page_number(pdf, 2)
    pdf.output(str(path))
    return path


def scanned_pdf(path: Path) -> Path:
    """A scan: each page one picture of text, no text layer (a page number stamped in by the scanner's
    software at most)."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (800, 500), "white")
    draw = ImageDraw.Draw(picture)
    for line in range(10):
        draw.rectangle((40, 40 + line * 40, 760, 60 + line * 40), outline="black")
    pdf = _pdf()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=270)
    pdf.cell(0, 5, "1")
    pdf.output(str(path))
    return path


def test_pdf_tables_are_read_as_tables(tmp_path: Path) -> None:
    parsed = parse_roadmap(roadmap_pdf(tmp_path / "roadmap.pdf"), 2026)
    assert parsed.document_year is not None and (parsed.document_year.kind, parsed.document_year.start) == \
        ("school", 2023)
    result = parsed.to_json_dict()
    assert [(s["number"], s["title"]) for s in result["stages"]] == [
        (1, "Подготовка условий для реализации программы наставничества"),
        (2, "Формирование банка наставляемых"),
        (3, "Формирование банка наставников"),
        (4, "Работа наставнических пар"),
    ]
    first, second, third, fourth = result["stages"]
    assert first["activities"] == [
        "Издание приказа о внедрении целевой модели наставничества в дошкольной образовательной организации",
        "Назначение куратора", "Разработка Положения о наставничестве"]
    assert first["deadlines"] == [{"text": "Сентябрь - ноябрь ежегодно", "start": "2023-09-01", "end": "2023-11-30",
                                   "recurrence": "yearly"}]
    assert first["responsible"] == [{"text": "Администрация ДОО", "kind": "role"}]
    # the row cut by the page break goes on under the repeated header: one stage, both items
    assert second["activities"] == ["Анкетирование педагогов", "Сбор согласий на обработку персональных данных"]
    assert [r["text"] for r in third["responsible"]] == ["Педагог-психолог", "Рабочая группа"]
    assert fourth["deadlines"][0]["recurrence"] == "weekly"
    assert result["warnings"] == []  # the page numbers «1», «2» are no «text outside the table»
    moved = move_to_school_year(parsed, 2026).to_json_dict()["stages"][0]["deadlines"][0]
    assert (moved["start"], moved["end"], moved["recurrence"]) == ("2026-09-01", "2026-11-30", "yearly")


def test_a_cells_visual_line_breaks_are_joined_back() -> None:
    assert unwrap_cell("Подготовка условий для\nреализации программы нас-\nтавничества") == \
        "Подготовка условий для реализации программы наставничества"
    assert unwrap_cell("1. Издание приказа о\nвнедрении\n2. Назначение куратора") == \
        "1. Издание приказа о внедрении\n2. Назначение куратора"
    assert unwrap_cell("Педагог-\nпсихолог") == "Педагог-психолог"
    assert unwrap_cell(None) == ""


def test_a_pdf_without_tables_is_read_as_text(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.add_page()
    text = (ROOT / "tests" / "fixtures" / "roadmaps" / "roadmap-generic-pedagogical.txt").read_text(encoding="utf-8")
    for line in text.split("\n"):
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "generic.pdf"
    pdf.output(str(path))
    parsed = parse_roadmap(path, 2024)
    assert [s.number for s in parsed.stages] == [1, 2, 3, 4, 5, 6, 7]
    assert parsed.stages[1].activities == [
        "Сбор информации о профессиональных запросах педагогов",
        "Формирование банка данных наставляемых, обеспечение согласий на сбор и обработку персональных данных",
    ]


def test_a_scan_is_refused_with_its_own_kind(tmp_path: Path) -> None:
    with pytest.raises(RoadmapScanned) as refused:
        parse_roadmap(scanned_pdf(tmp_path / "scan.pdf"), 2024)
    assert refused.value.kind == "scanned_pdf"


def test_a_locked_pdf_is_refused_with_its_own_kind(tmp_path: Path) -> None:
    pdf = _pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.cell(0, 5, "Дорожная карта наставничества на 2024-2025 учебный год")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    with pytest.raises(RoadmapEncrypted):
        parse_roadmap(path, 2024)


def test_a_damaged_pdf_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(RoadmapFileError) as refused:
        parse_roadmap(path, 2024)
    assert type(refused.value) in (RoadmapFileError, RoadmapScanned)


def test_too_many_pages_is_too_large(tmp_path: Path) -> None:
    from bot.services.roadmap_parser import pdf as pdf_reader

    pdf = _pdf()
    for _ in range(4):
        pdf.add_page()
        pdf.cell(0, 5, "страница")
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    limit = pdf_reader.MAX_PDF_PAGES
    pdf_reader.MAX_PDF_PAGES = 3
    try:
        with pytest.raises(RoadmapTooLarge):
            parse_roadmap(path, 2024)
    finally:
        pdf_reader.MAX_PDF_PAGES = limit


# ---- .odt ---------------------------------------------------------------------------------------------------

_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
<office:body><office:text>
<text:p>Дорожная карта наставничества ГБПОУ «Колледж связи» на 2024/25 учебный год</text:p>
<table:table>
<table:table-row>{header}</table:table-row>
<table:table-row>
 <table:table-cell><text:p>1.</text:p></table:table-cell>
 <table:table-cell><text:p>Формирование базы наставников</text:p></table:table-cell>
 <table:table-cell><text:p>1. Анкетирование преподавателей</text:p><text:p>2. Отбор наставников<text:s/>из числа
   мастеров</text:p></table:table-cell>
 <table:table-cell><text:p>Сентябрь</text:p><text:p>Октябрь</text:p></table:table-cell>
 <table:table-cell><text:p>Зам. директора по УПР</text:p><text:p>Мастера п/о</text:p></table:table-cell>
</table:table-row>
<table:table-row>
 <table:table-cell table:number-columns-spanned="2"><text:p>2. Работа пар студент – студент</text:p></table:table-cell>
 <table:covered-table-cell/>
 <table:table-cell><text:p>Встречи наставников и наставляемых</text:p></table:table-cell>
 <table:table-cell><text:p>Ежемесячно</text:p></table:table-cell>
 <table:table-cell><text:p>Кураторы групп</text:p></table:table-cell>
</table:table-row>
</table:table>
</office:text></office:body></office:document-content>
"""


def odt(path: Path) -> Path:
    header = "".join(f"<table:table-cell><text:p>{label}</text:p></table:table-cell>" for label in HEADER)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", _ODT_CONTENT.format(header=header))
    return path


def test_odt_is_read(tmp_path: Path) -> None:
    parsed = parse_roadmap(odt(tmp_path / "roadmap.odt"), 2020)
    assert parsed.document_year is not None and parsed.document_year.start == 2024
    first = parsed.stages[0]
    assert (first.number, first.title) == (1, "Формирование базы наставников")
    # one line of «Сроки» and of «Ответственные» per activity: each activity gets its own
    assert [(i.title, [d.start.month for d in i.deadlines if d.start], [r.text for r in i.responsible])
            for i in first.items] == [
        ("Анкетирование преподавателей", [9], ["Заместитель директора по УПР"]),
        ("Отбор наставников из числа мастеров", [10], ["Мастер производственного обучения"]),
    ]
    assert [(s.number, s.title) for s in parsed.stages][1] == (2, "Работа пар студент – студент")
    assert [r.text for r in parsed.stages[1].responsible] == ["Кураторы групп"]


# ---- refused formats ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, content, error", [
    ("roadmap.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, RoadmapOldFormat),
    ("roadmap.rtf", b"{\\rtf1\\ansi \\u1044?}", RoadmapOldFormat),
    ("roadmap.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, RoadmapOldFormat),  # a .doc renamed
    ("roadmap.xlsx", b"PK\x03\x04", RoadmapUnsupportedType),
    ("roadmap.jpg", b"\xff\xd8\xff", RoadmapUnsupportedType),
])
def test_formats_refused_with_a_reason(tmp_path: Path, name: str, content: bytes, error: type[Exception]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error):
        parse_roadmap(path, 2024)


def test_a_docx_sent_as_doc_is_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=5)
    for column, (label, text) in enumerate(zip(HEADER, ("1.", "Подготовка", "Приказ", "Сентябрь", "Директор"),
                                               strict=True)):
        table.cell(0, column).text = label
        table.cell(1, column).text = text
    path = tmp_path / "roadmap.doc"
    document.save(str(path))
    assert [s.title for s in parse_roadmap(path, 2024).stages] == ["Подготовка"]


def test_every_kind_is_listed_and_pdf_odt_are_supported() -> None:
    assert FILE_ERROR_KINDS == ("unreadable", "too_large", "scanned_pdf", "encrypted_pdf", "old_format",
                                "unsupported_type")
    assert {".pdf", ".odt", ".docx"} <= set(SUPPORTED_SUFFIXES)


# ---- through the worker, under its limits ----------------------------------------------------------------------

def _worker(path: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "bot.services.roadmap_parser.worker", str(path), "2026", "--memory-mb", "512",
         "--cpu-seconds", "10"], cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"})
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_the_worker_reads_a_pdf_under_its_limits_and_names_refusals(tmp_path: Path) -> None:
    ok = _worker(roadmap_pdf(tmp_path / "roadmap.pdf"))
    assert ok["limits"]["as"] == 512 * 1024 * 1024
    assert [s["number"] for s in ok["ok"]["stages"]] == [1, 2, 3, 4]
    assert ok["ok"]["document_year"]["start"] == 2023
    assert _worker(scanned_pdf(tmp_path / "scan.pdf"))["error"] == "scanned_pdf"
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert _worker(doc)["error"] == "old_format"


def test_the_ocr_kindergarten_roadmap_as_a_pdf_reads_the_same(tmp_path: Path) -> None:
    """The OCR'd kindergarten roadmap laid out as a PDF: each line of the scan a row of a ruled table (wrapped
    cells as rows with an empty first column, «*» and «Фотография 6» in cells), the title and page numbers as
    text, a table per page."""
    source = ROOT / "tests" / "fixtures" / "roadmaps" / "roadmap-kindergarten-ocr.tsv"
    pdf = _pdf()
    pdf.add_page()
    table: list[tuple[str, ...]] = []

    def flush() -> None:
        if table:
            with pdf.table(col_widths=WIDTHS, line_height=5, first_row_as_headings=False) as grid:
                for cells in table:
                    row = grid.row()
                    for text in cells:
                        row.cell(text)
            table.clear()

    for line in source.read_text(encoding="utf-8").split("\n"):
        if "\t" in line:
            table.append(tuple((line.split("\t") + [""] * 5)[:5]))
        elif line.strip().isdigit():  # a page number: the page ends
            flush()
            pdf.cell(0, 5, line.strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
        elif line.strip():
            flush()
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    flush()
    path = tmp_path / "ocr.pdf"
    pdf.output(str(path))
    from_pdf = parse_roadmap(path, 2026)
    from_text = parse_roadmap(source, 2026)
    assert [(s.number, s.title, s.deadlines, s.responsible, [i.title for i in s.items]) for s in from_pdf.stages] == \
        [(s.number, s.title, s.deadlines, s.responsible, [i.title for i in s.items]) for s in from_text.stages]
    assert from_pdf.document_year == from_text.document_year


def test_a_table_without_borders_is_cut_into_columns_by_its_header(tmp_path: Path) -> None:
    """No ruling lines to find: the header's words give the columns, every line below is cut there, and the
    wrapped lines (first column empty) are joined back like a scan's — over a page break too."""
    pdf = _pdf()
    pdf.add_page()
    pdf.multi_cell(0, 6, "План мероприятий по наставничеству ГБПОУ «Колледж» на 2024/2025 учебный год",
                   new_x="LMARGIN", new_y="NEXT")

    def borderless(rows: list[tuple[str, ...]]) -> None:
        with pdf.table(col_widths=(12, 45, 95, 30, 50), line_height=5, borders_layout="NONE",
                       v_align="TOP") as grid:  # Word's default: text at the top of its cell
            for cells in [HEADER, *rows]:
                row = grid.row()
                for text in cells:
                    row.cell(text)

    borderless([
        ("1.", "Подготовка условий для реализации программы наставничества",
         "1. Издание приказа о внедрении целевой модели наставничества в колледже и филиалах ГБПОУ "
         "2. Назначение куратора", "Сентябрь - ноябрь ежегодно", "Заместитель директора по УПР"),
        ("2.", "Формирование банка наставляемых", "Анкетирование студентов первого курса",
         "Октябрь 2024", "Кураторы групп, педагог-психолог"),
    ])
    _page_number(pdf, 1)
    pdf.add_page()
    borderless([("3.", "Работа пар «студент – студент»", "Встречи наставников и наставляемых", "Ежемесячно",
                 "Мастера п/о")])
    path = tmp_path / "borderless.pdf"
    pdf.output(str(path))
    parsed = parse_roadmap(path, 2020)
    assert parsed.document_year is not None and parsed.document_year.start == 2024
    assert [(s.number, s.title) for s in parsed.stages] == [
        (1, "Подготовка условий для реализации программы наставничества"),
        (2, "Формирование банка наставляемых"),
        (3, "Работа пар «студент – студент»"),
    ]
    first, second, third = parsed.stages
    assert first.activities == [
        "Издание приказа о внедрении целевой модели наставничества в колледже и филиалах ГБПОУ",
        "Назначение куратора"]
    assert [(d.text, d.recurrence) for d in first.deadlines] == [("Сентябрь - ноябрь ежегодно", "yearly")]
    assert [r.text for r in first.responsible] == ["Заместитель директора по УПР"]
    assert [r.text for r in second.responsible] == ["Кураторы групп", "Педагог-психолог"]
    assert [r.text for r in third.responsible] == ["Мастер производственного обучения"]
