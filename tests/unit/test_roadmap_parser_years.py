"""The year a roadmap is written for (school or calendar), dates placed in it, and every deadline moved to the
school year being planned: months keep their place, «ежегодно» stays yearly, a calendar-year roadmap keeps its
January–December span; ``roadmap parse --academic-year`` places deadlines in that school year."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.services.roadmap_parser import (
    Deadline,
    DocumentYear,
    ParsedRoadmap,
    YearFrame,
    detect_document_year,
    document_fits,
    move_deadline,
    move_to_school_year,
    parse_deadline,
    parse_roadmap,
    parse_text,
    years_to_move,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "roadmaps"


@pytest.mark.parametrize("title, expected", [
    ("Дорожная карта на 2023-2024 учебный год", ("school", 2023, 2024)),
    ("План мероприятий на 2023/24 уч. год", ("school", 2023, 2024)),
    ("Дорожная карта (план мероприятий) 2023/2024", ("school", 2023, 2024)),
    ("«Дорожная карта» реализации целевой модели наставничества на 2024 – 2025 год", ("school", 2024, 2025)),
    ("План работы наставников на 2025-2026 гг.", ("school", 2025, 2026)),
    ("Дорожная карта по реализации Положения … на 2023 год", ("calendar", 2023, 2023)),
    ("План мероприятий на 2024 г.", ("calendar", 2024, 2024)),
    ("Дорожная карта реализации модели в 2023-2024 годах", ("calendar", 2023, 2024)),
    ("Дорожная карта на 2021 - 2024 годы", ("calendar", 2021, 2024)),
    ("План мероприятий (сентябрь 2022 г. - май 2024 г.)", ("school", 2022, 2024)),
    ("План внедрения на 2020 – 2024 учебный год", ("school", 2020, 2024)),
])
def test_the_year_in_a_title(title: str, expected: tuple[str, int, int]) -> None:
    found = detect_document_year(["УТВЕРЖДАЮ", "Директор школы ____ Н. Полянская", title])
    assert found is not None and (found.kind, found.start, found.end) == expected


def test_an_organisations_number_wrapped_to_a_line_start_is_not_the_tables_number_column() -> None:
    """«№4 «Малыш» г.п. Терек» (a kindergarten's name cut by the stamp's line) is not the «№» header of the table:
    the title below it still gives the year."""
    lines = ["УТВЕРЖДЕНА", "Директором МКДОУ Детский сад", "№4 «Малыш» г.п. Терек", "Приказ от «12» сентября № 56-ОД",
             "ПРОГРАММА НАСТАВНИЧЕСТВА", "на 2024-2025 учебный год"]
    found = detect_document_year(lines)
    assert found is not None and (found.kind, found.start, found.end) == ("school", 2024, 2025)
    assert detect_document_year(["Дорожная карта", "№ п/п\tЭтап", "на 2024-2025 учебный год"]) is None


@pytest.mark.parametrize("lines", [
    ["Дорожная карта наставничества", "Приказ № 12-од от 29.08.2024", "Протокол от «31» 08. 2020 г."],
    ["2023 год — Год педагога и наставника, объявленный в 2023 году"],
    ["Дорожная карта", "№\tЭтап\tСроки", "1.\tКонкурс «Учитель года - 2023»\tна 2023 год"],  # the table is not read
])
def test_no_year_where_the_title_names_none(lines: list[str]) -> None:
    assert detect_document_year(lines) is None


def test_seeds_and_their_years() -> None:
    years = {name: parse_roadmap(FIXTURES / name, 2026).document_year for name in (
        "roadmap-vector-2024.txt", "roadmap-lyceum2-2023.txt", "roadmap-messy.tsv",
        "roadmap-generic-pedagogical.txt", "roadmap-kindergarten-ocr.tsv")}
    assert {name: (y.kind, y.start) if y else None for name, y in years.items()} == {
        "roadmap-vector-2024.txt": ("school", 2024), "roadmap-lyceum2-2023.txt": ("calendar", 2023),
        "roadmap-messy.tsv": ("school", 2024), "roadmap-generic-pedagogical.txt": None,
        "roadmap-kindergarten-ocr.tsv": ("school", 2023)}


def test_dates_without_a_year_go_to_the_documents_year() -> None:
    text = ("Дорожная карта на 2023-2024 учебный год\n"
            "№\tЭтап\tСодержание\tСроки\n1.\tПодготовка\tПриказ\tОктябрь\n2.\tИтоги\tКонференция\tМай\n")
    parsed = parse_text(text, 2026)  # the year being planned does not move what the document says
    assert [(d.start, d.end) for s in parsed.stages for d in s.deadlines] == [
        (date(2023, 10, 1), date(2023, 10, 31)), (date(2024, 5, 1), date(2024, 5, 31))]


def test_a_calendar_year_roadmap_keeps_january_to_december() -> None:
    frame = YearFrame(2023, calendar=True)
    assert [(d.start, d.end) for d in parse_deadline("Февраль; Сентябрь - декабрь; В течение года", frame)] == [
        (date(2023, 2, 1), date(2023, 2, 28)), (date(2023, 9, 1), date(2023, 12, 31)),
        (date(2023, 1, 1), date(2023, 12, 31))]
    assert [(d.start, d.end) for d in parse_deadline("III четверть", frame)] == [(date(2023, 1, 1),
                                                                                   date(2023, 3, 31))]
    weekly = parse_deadline("Еженедельно", frame)[0]
    assert (weekly.start, weekly.end, weekly.recurrence) == (date(2023, 1, 1), date(2023, 12, 31), "weekly")
    # the school year, as before, when the document names none
    assert [(d.start, d.end) for d in parse_deadline("Февраль; В течение года", 2023)] == [
        (date(2024, 2, 1), date(2024, 2, 29)), (date(2023, 9, 1), date(2024, 5, 31))]


def test_years_to_move() -> None:
    school = DocumentYear("school", 2023, 2024, "2023-2024 учебный год")
    calendar = DocumentYear("calendar", 2023, 2023, "на 2023 год")
    assert years_to_move(school, 2026) == 3
    assert years_to_move(school, 2023) == 0 and document_fits(school, 2023)
    assert years_to_move(calendar, 2023) == 0  # September–December 2023 are in school year 2023
    assert years_to_move(calendar, 2022) == 0  # January–May 2023 are in school year 2022
    assert years_to_move(calendar, 2026) == 4  # → calendar 2027, the January–May of school year 2026
    assert years_to_move(None, 2026) == 0 and document_fits(None, 2026)


def test_moving_keeps_months_recurrence_and_text() -> None:
    yearly = Deadline("Сентябрь - ноябрь ежегодно", date(2023, 9, 1), date(2023, 11, 30), "yearly")
    assert move_deadline(yearly, 3) == Deadline("Сентябрь - ноябрь ежегодно", date(2026, 9, 1), date(2026, 11, 30),
                                                "yearly")
    leap = Deadline("29.02.2024", date(2024, 2, 29), date(2024, 2, 29))
    assert move_deadline(leap, 1).start == date(2025, 2, 28)
    event = Deadline("По факту")
    assert move_deadline(event, 3) == event


def test_move_to_school_year_moves_every_deadline_once() -> None:
    parsed = parse_roadmap(FIXTURES / "roadmap-kindergarten-ocr.tsv", 2026)
    assert parsed.document_year is not None and parsed.document_year.start == 2023
    moved = move_to_school_year(parsed, 2026)
    assert moved.moved_years == 3 and parsed.moved_years == 0  # the parsed roadmap is left as it was
    before = [(d.start, d.end, d.recurrence) for s in parsed.stages for d in s.deadlines]
    after = [(d.start, d.end, d.recurrence) for s in moved.stages for d in s.deadlines]
    assert after == [(a and a.replace(year=a.year + 3), b and b.replace(year=b.year + 3), r) for a, b, r in before]
    assert after[0] == (date(2026, 9, 1), date(2026, 11, 30), "yearly")  # «Сентябрь - / ноябрь / ежегодно»
    # single activities move too, and moving again (or back) counts from the document's year
    assert next(d.start for s in moved.stages for i in s.items for d in i.deadlines) == date(2026, 9, 1)
    assert move_to_school_year(moved, 2026) is moved
    back = move_to_school_year(moved, 2023)
    assert back.moved_years == 0 and [d.start for s in back.stages for d in s.deadlines] == \
        [d.start for s in parsed.stages for d in s.deadlines]
    # it survives the trip from the worker
    again = ParsedRoadmap.from_plain(json.loads(json.dumps(moved.to_plain())))
    assert again == moved


def test_a_calendar_roadmap_moved_keeps_its_span() -> None:
    parsed = parse_roadmap(FIXTURES / "roadmap-lyceum2-2023.txt", 2026)
    moved = move_to_school_year(parsed, 2026)
    spans = [(d.start, d.end) for s in moved.stages for d in s.deadlines if d.start]
    assert min(start for start, _ in spans) == date(2027, 1, 1)
    assert max(end for _, end in spans) == date(2027, 12, 31)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "roadmap", "parse", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=60, env={"PATH": "/usr/bin:/bin", "PYTHONPATH":
                                                                        str(ROOT), "PYTHONIOENCODING": "utf-8"})


def test_cli_json_places_deadlines_in_the_academic_year_and_names_the_documents_year() -> None:
    result = _cli(str(FIXTURES / "roadmap-vector-2024.txt"), "--academic-year", "2026", "--json")
    data = json.loads(result.stdout)
    assert data["document_year"] == {"kind": "school", "start": 2024, "end": 2025, "text": "2024 – 2025 год"}
    assert data["moved_years"] == 2
    assert data["stages"][0]["deadlines"][0] == {"text": "Октябрь-ноябрь 2024 г.", "start": "2026-10-01",
                                                 "end": "2026-11-30", "recurrence": None}
    assert set(data["stages"][0]) == {"number", "title", "activities", "deadlines", "responsible", "items"}
    as_written = json.loads(_cli(str(FIXTURES / "roadmap-vector-2024.txt"), "--academic-year", "2026", "--json",
                                 "--as-written").stdout)
    assert as_written["moved_years"] == 0 and as_written["stages"][0]["deadlines"][0]["start"] == "2024-10-01"


def test_cli_summary_says_which_year_the_document_is_for() -> None:
    result = _cli(str(FIXTURES / "roadmap-lyceum2-2023.txt"), "--academic-year", "2026")
    assert "Written for the calendar year 2023 («на 2023 год»); deadlines moved by +4 year(s)" in result.stdout
