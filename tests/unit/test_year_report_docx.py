"""The year-end report's document pieces: the title naming the school year, the signature block, the appendix on a
page of its own, the order filled with its number; and reading a local act's number and date as people type it."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from docx.enum.text import WD_BREAK

from bot.i18n import TextFn, Translator
from bot.services.documents import (
    Appendix,
    DocPerson,
    DocTable,
    OrderRow,
    ReportSection,
    Signature,
    pairs_order_docx,
    year_report_docx,
)
from bot.services.errors import InvalidInput
from bot.services.year_report import parse_act

TODAY = date(2026, 9, 1)


@pytest.fixture
def ru(translator: Translator) -> TextFn:
    return translator.bind("ru")


@pytest.fixture
def en(translator: Translator) -> TextFn:
    return translator.bind("en")


def test_title_signatures_and_an_appendix_on_its_own_page(ru: TextFn) -> None:
    table = DocTable(("№", "Наставник"), (("1.", "Иванова <Мария> & Co"),), (15, 150))
    data = year_report_docx(ru, "Школа № 5", TODAY, [ReportSection("Общие сведения", (("Период", "2026/27"),))],
                            title=ru("doc-report-title-of", first="2026", second="2027"),
                            signatures=(Signature("Куратор", "Смирнова О. И."), Signature("Директор")),
                            appendices=(Appendix("Приложение. Пары", table),))
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[1] == "ОТЧЁТ О РЕАЛИЗАЦИИ ПРОГРАММЫ (СИСТЕМЫ) НАСТАВНИЧЕСТВА ЗА 2026/2027 УЧЕБНЫЙ ГОД"
    assert document.core_properties.title.endswith("за 2026/2027 учебный год")
    assert "1. Общие сведения" in paragraphs
    assert "Куратор _______________ / Смирнова О. И. / __.__.____" in paragraphs
    assert "Директор _______________ / _______________ / __.__.____" in paragraphs
    at = paragraphs.index("Приложение. Пары")
    breaks = [p for p in document.paragraphs[:at] for r in p.runs
              for b in r._r.findall(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}br")
              if b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type") == WD_BREAK.PAGE
              or b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type") == "page"]
    assert breaks, "the appendix starts a new page"
    assert document.tables[-1].rows[1].cells[1].text == "Иванова <Мария> & Co"  # as typed: a .docx is not HTML


def test_a_report_without_the_new_pieces_is_as_before(en: TextFn) -> None:
    data = year_report_docx(en, "School 5", TODAY, [ReportSection("Participants", lines=("none",))])
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert paragraphs[1] == en("doc-year-title").upper() and "_______________" not in " ".join(paragraphs)


def test_the_order_carries_its_recorded_number_and_date(ru: TextFn, en: TextFn) -> None:
    row = OrderRow(DocPerson("Иванова Мария Петровна"), (DocPerson("Петров Павел"),), "teacher_teacher",
                   date(2026, 9, 1), None)
    filled = [p.text for p in docx.Document(io.BytesIO(pairs_order_docx(
        ru, "Школа", [row], on=date(2026, 8, 31), number="45-од"))).paragraphs]
    assert "31.08.2026\t№ 45-од" in filled
    blank = [p.text for p in docx.Document(io.BytesIO(pairs_order_docx(ru, "Школа", [row]))).paragraphs]
    assert "__.__.____\t№ ____" in blank
    english = [p.text for p in docx.Document(io.BytesIO(pairs_order_docx(en, "School", [row], number="7"))).paragraphs]
    assert "__.__.____\tNo. 7" in english


@pytest.mark.parametrize(("typed", "number", "signed_on"), [
    ("№ 45-од от 28.08.2026", "45-од", date(2026, 8, 28)),
    ("45 от 28.08.2026", "45", date(2026, 8, 28)),
    ("№12 28.08.26", "12", date(2026, 8, 28)),
    ("13-од 29 августа 2026 г.", "13-од", date(2026, 8, 29)),
    ("No. 7 of 1 September 2025", "7", date(2025, 9, 1)),
    ("№ 1/2-п от 01.09.2026 года", "1/2-п", date(2026, 9, 1)),
])
def test_an_acts_number_and_date_are_read_as_typed(typed: str, number: str, signed_on: date) -> None:
    assert parse_act(typed, TODAY) == (number, signed_on)


@pytest.mark.parametrize("typed", [None, "", "просто текст", "№ 45", "28.08.2026", "№ 45 от 31.02.2026",
                                   "№ 45 от 28.08.2027", "№ " + "1" * 60 + " от 28.08.2026", "я" * 5000])
def test_a_bad_act_line_is_refused(typed: str | None) -> None:
    with pytest.raises(InvalidInput):
        parse_act(typed, TODAY)
