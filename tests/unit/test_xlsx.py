"""The .xlsx writer: every part well-formed, read back by openpyxl with the values, types and layout written."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from xml.etree import ElementTree

import openpyxl
import pytest

from bot.services.xlsx import MAX_TEXT, MAX_WIDTH, Table, column_letter, workbook


def _read(tables: list[Table]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook(tables)))


def test_values_keep_their_types_and_the_layout_is_a_table() -> None:
    rows = [["Иванова Мария", 18, 1.5, date(2026, 9, 1), datetime(2026, 9, 1, 14, 30), None],
            ["Петров", 0, -2.25, date(2027, 5, 31), None, "да"]]
    book = _read([Table("Наставники", ["ФИО", "Стаж", "Часы", "Начало", "Записано", "Поддержка"], rows)])
    sheet = book["Наставники"]
    assert list(sheet.iter_rows(values_only=True)) == [
        ("ФИО", "Стаж", "Часы", "Начало", "Записано", "Поддержка"),
        ("Иванова Мария", 18, 1.5, datetime(2026, 9, 1), datetime(2026, 9, 1, 14, 30), None),
        ("Петров", 0, -2.25, datetime(2027, 5, 31), None, "да")]
    assert sheet["D2"].number_format == "DD.MM.YYYY" and sheet["E2"].number_format == "DD.MM.YYYY HH:MM"
    assert sheet["D2"].is_date and sheet["B2"].data_type == "n"
    assert all(cell.font.bold for cell in sheet[1]) and not sheet["A2"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F3"
    assert sheet.column_dimensions["A"].width == len("Иванова Мария") + 2
    assert sheet.column_dimensions["D"].width == 12  # a date: 10 characters


def test_texts_that_xml_would_choke_on() -> None:
    nasty = ['Знакомство & план <урок> "Ромашка" \'О\'', "строка\nвторая", "  пробелы  ", "кон\x00тр\x07ол\x1f",
             "x" * (MAX_TEXT + 500), "=1+1", "ￊ"]
    sheet = _read([Table("Тексты", ["Текст"], [[text] for text in nasty])])["Тексты"]
    got = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert got[:4] == ['Знакомство & план <урок> "Ромашка" \'О\'', "строка\nвторая", "  пробелы  ", "контрол"]
    assert got[4] == "x" * MAX_TEXT  # Excel's limit per cell
    assert got[5] == "=1+1" and sheet["A7"].data_type == "s"  # text, never a formula
    assert sheet.column_dimensions["A"].width == MAX_WIDTH


def test_texts_excel_itself_would_change_or_refuse() -> None:
    texts = ["половина\ud800суррогата", "_x0041_ это не буква A", "😀" * 20_000]
    sheet = _read([Table("Тексты \udc00", ["Текст"], [[text] for text in texts])]).worksheets[0]
    got = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert got[0] == "половинасуррогата"  # a lone surrogate is not XML: dropped, not a crash
    assert sheet.title == "Тексты"
    assert got[1] == "_x0041_ это не буква A"
    raw = zipfile.ZipFile(io.BytesIO(workbook([Table("a", ["h"], [[texts[1]]])]))).read("xl/sharedStrings.xml")
    assert b"_x005F_x0041_" in raw  # escaped, or Excel would show «A это не буква A»
    assert got[2] == "😀" * 16_383  # 32,767 UTF-16 units, Excel's limit, not 32,767 characters


def test_odd_values_are_shown_as_text_not_lost() -> None:
    rows = [[True], [float("nan")], [date(1899, 1, 1)], [""], [7], [10**400], [12345678901234567]]
    sheet = _read([Table("Разное", ["Значение"], rows)])["Разное"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "True", "nan", "1899-01-01", None, 7, str(10**400)[:32767], "12345678901234567"]  # no digit lost


def test_sheet_names_follow_excels_rules() -> None:
    tables = [Table(title, ["a"], []) for title in ("Анкеты: итоги [2026/27]", "'Пары'", "анкеты_ итоги _2026_27_",
                                                    "Очень длинное название листа, больше тридцати одного знака", "",
                                                    "а" * 30 + "'б", "History")]
    book = _read(tables)
    assert book.sheetnames == ["Анкеты_ итоги _2026_27_", "Пары", "анкеты_ итоги _2026_27_ (2)",
                               "Очень длинное название листа, б", "Sheet5", "а" * 30, "History_"]
    assert all(len(name) <= 31 for name in book.sheetnames)
    assert book["Пары"].auto_filter.ref == "A1:A1"  # a header-only sheet still has its filter


def test_every_part_is_well_formed_and_declared() -> None:
    data = workbook([Table("Встречи", ["№", "Тема"], [[n, f"Тема {n % 7}"] for n in range(5000)]),
                     Table("Пары", ["№"], [[1]])])
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    for name in archive.namelist():
        ElementTree.fromstring(archive.read(name))  # raises on malformed XML
    types = archive.read("[Content_Types].xml").decode()
    for part in ("/xl/workbook.xml", "/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml", "/xl/styles.xml",
                 "/xl/sharedStrings.xml"):
        assert f'PartName="{part}"' in types
    strings = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
    assert len(strings) == 2 + 7  # «№», «Тема» and the seven topics, each once for both sheets
    names = archive.read("xl/workbook.xml").decode()
    assert "'Встречи'!$A$1:$B$5001" in names and "'Пары'!$A$1:$A$2" in names  # Excel's hidden filter ranges
    assert openpyxl.load_workbook(io.BytesIO(data))["Встречи"].max_row == 5001


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]


def test_a_workbook_without_sheets_is_refused() -> None:
    with pytest.raises(ValueError):
        workbook([])


def test_too_many_rows_for_one_sheet_is_refused() -> None:
    class Huge(list):  # pretends to hold Excel's maximum without allocating it
        def __len__(self) -> int:
            return 1_048_576

    with pytest.raises(ValueError):
        workbook([Table("Много", ["a"], Huge())])
