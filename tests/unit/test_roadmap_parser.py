"""The roadmap parser on the three real seeds, a messy roadmap of our own, .docx and markdown versions, every
deadline phrase the issue lists, names and roles, and the ``python -m bot roadmap parse`` command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.services.roadmap_parser import (
    Deadline,
    RoadmapFileError,
    parse_deadline,
    parse_responsible,
    parse_roadmap,
    parse_text,
    split_activities,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "roadmaps"
VECTOR = FIXTURES / "roadmap-vector-2024.txt"
LYCEUM = FIXTURES / "roadmap-lyceum2-2023.txt"
GENERIC = FIXTURES / "roadmap-generic-pedagogical.txt"
MESSY = FIXTURES / "roadmap-messy.tsv"

ACADEMIC_2023 = ("2023-09-01", "2024-05-31")
CALENDAR_2023 = ("2023-01-01", "2023-12-31")  # «на 2023 год»: a calendar-year roadmap keeps January–December
ACADEMIC_2024 = ("2024-09-01", "2025-05-31")


def dl(text: str, start: str | None, end: str | None, recurrence: str | None = None) -> dict[str, Any]:
    return {"text": text, "start": start, "end": end, "recurrence": recurrence}


def role(text: str) -> dict[str, str]:
    return {"text": text, "kind": "role"}


def person(text: str) -> dict[str, str]:
    return {"text": text, "kind": "person"}


def core(result: dict[str, Any]) -> dict[str, Any]:
    """The JSON of ``roadmap parse`` as it was before activities had their own deadlines and documents their own
    year: stages without ``items``, no ``document_year`` / ``moved_years`` (tested on their own)."""
    return {"stages": [{k: v for k, v in s.items() if k != "items"} for s in result["stages"]],
            "warnings": result["warnings"]}


def summary(result: dict[str, Any]) -> list[tuple[int, str, list[Any], list[Any], int]]:
    """Each stage as (number, title, deadlines, responsible, number of activities)."""
    return [(s["number"], s["title"], s["deadlines"], s["responsible"], len(s["activities"])) for s in result["stages"]]


# ------------------------------------------------------------------------------------------------------ seeds


def test_vector_seed() -> None:
    result = parse_roadmap(VECTOR, 2024).to_json_dict()
    assert summary(result) == [
        (1, "Подготовка условий для запуска программы наставничества",
         [dl("Октябрь-ноябрь 2024 г.", "2024-10-01", "2024-11-30"),
          dl("Октябрь 2024 г", "2024-10-01", "2024-10-31"),
          dl("Ноябрь 2024 г.", "2024-11-01", "2024-11-30"),
          dl("Январь 2025 г.", "2025-01-01", "2025-01-31"),
          dl("Декабрь 2024 г", "2024-12-01", "2024-12-31")],
         [role("Рабочая группа"), role("Директор"), role("Координатор"), role("Куратор"),
          role("Учителя-предметники"), role("Классные руководители")],
         15),
        (2, "Формирование базы наставляемых",
         [dl("В течении учебного года", *ACADEMIC_2024), dl("В течении всего периода", *ACADEMIC_2024)],
         [role("Рабочая группа"), role("Учителя-предметники"), role("Классные руководители"), role("Координатор"),
          role("Куратор")],
         7),
        (3, "Формирование базы наставников",
         [dl("В течении учебного года", *ACADEMIC_2024)],
         [role("Рабочая группа")],
         5),
        (4, "Отбор и обучение наставников",
         [dl("Ноябрь-Декабрь 2024 г.", "2024-11-01", "2024-12-31"),
          dl("Октябрь-декабрь 2024 г.", "2024-10-01", "2024-12-31")],
         [role("Рабочая группа"), role("Координатор"), role("Куратор")],
         2),
        (5, "Формирование наставнических пар / групп",
         [dl("Октябрь 2025 г.", "2025-10-01", "2025-10-31"),
          dl("Январь-февраль 2025 г.", "2025-01-01", "2025-02-28"),
          dl("Апрель-май 2025 г.", "2025-04-01", "2025-05-31")],
         [role("Директор"), role("Рабочая группа"), role("Наставник"), role("Педагог-психолог")],
         3),
        (6, "Организация и осуществление работы наставнических пар / групп",
         [dl("В соответствии с персонализированными программами наставничества", None, None)],
         [role("Наставник")],
         5),
        (7, "Завершение наставничества",
         [dl("По окончании периода реализации программы", None, None), dl("По факту", None, None)],
         [role("Рабочая группа"), role("Директор"), role("Наставник")],
         8),
    ]
    assert result["warnings"] == []
    assert result["stages"][0]["activities"] == [
        "Изучение Распоряжения Министерства просвещения Российской Федерации № Р-145 от 25 декабря 2019 г. «Об "
        "утверждении методологии (целевой) модели наставничества обучающихся для организаций, осуществляющих "
        "образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам "
        "среднего профессионального образования, в том числе с применением лучших практик обмена опытом между "
        "обучающимися»",
        "Подготовка системных папок по проблеме наставничества",
        "Ознакомление с шаблонами документов для реализации целевой модели",
        "Издание приказа «Внедрение целевой модели наставничества»",
        "Разработка и утверждение Положения о наставничестве»",
        "Разработка и утверждение Целевой модели наставничества»",
        "Разработка и утверждение «дорожной карты» внедрения системы наставничества",
        "Назначение координатора и куратора внедрения Целевой модели наставничества (издание приказа)",
        "Проведение мониторинга по выявлению предварительных запросов от потенциальных наставляемых и о "
        "заинтересованных в наставничестве аудитории внутри школы",
        "Проведение административного совещания по вопросам реализации целевой модели наставничества. Выбор форм "
        "и программ наставничества",
        "Сформировать банк программ по выбранным формам наставничества (например, «Ученик – ученик», «Учитель – "
        "учитель», «Учитель – ученик» и тд)",
        "Проведение педагогического совета",
        "Проведение родительских собраний",
        "Проведение классных часов",
        "Информирование на сайте школы",
    ]
    # the continuation row (<p>4. …</p> <p>5. …</p> with empty first cells) belongs to the row above it
    assert result["stages"][1]["activities"][3:5] == [
        "Сбор дополнительной информации о запросах наставляемых педагогов из личных дел, анализа методической "
        "работы, рекомендаций аттестаций, анализа анкет профстандарта",
        "Проведение мероприятия по выявлению желающих быть в роли наставляемых",
    ]


def test_vector_rows_keep_their_own_deadline_and_staff() -> None:
    """Rows that slid one cell to the left in the export are put back: «Ноябрь 2024 г.» is a deadline and
    «Координатор Куратор» the staff of the activity written next to them, under the event above."""
    stage = parse_roadmap(VECTOR, 2024).stages[0]
    shifted = stage.tasks[3]
    assert shifted.heading == "Выбор форм и программ наставничества исходя из потребностей школы"
    assert shifted.activities == ["Проведение административного совещания по вопросам реализации целевой модели "
                                  "наставничества. Выбор форм и программ наставничества"]
    assert shifted.deadlines == [Deadline("Ноябрь 2024 г.", date(2024, 11, 1), date(2024, 11, 30))]
    assert [r.text for r in shifted.responsible] == ["Координатор", "Куратор"]
    assert [t.heading for t in stage.tasks] == [
        "Изучение и систематизация имеющихся материалов по проблеме наставничества",
        "Подготовка нормативной базы реализации целевой модели наставничества в МБОУ ОЦ «Вектор» ПГО",
        "Выбор форм и программ наставничества исходя из потребностей школы",
        "Выбор форм и программ наставничества исходя из потребностей школы",
        "Выбор форм и программ наставничества исходя из потребностей школы",
        "Информирование родителей, педагогов, обучающихся о возможностях и целях целевой модели наставничества",
    ]


def test_lyceum_seed() -> None:
    result = parse_roadmap(LYCEUM, 2023).to_json_dict()
    assert summary(result) == [
        (1, "Подготовка условий для реализации системы наставничества",
         [dl("Февраль 2023", "2023-02-01", "2023-02-28"), dl("Август-сентябрь 2023", "2023-08-01", "2023-09-30")],
         [], 4),
        (2, "Формирование банка наставляемых", [dl("Февраль 2023", "2023-02-01", "2023-02-28")], [], 2),
        (3, "Формирование банка наставников", [dl("Февраль 2023", "2023-02-01", "2023-02-28")], [], 2),
        (4, "Отбор и обучение", [dl("В течение всего года", *CALENDAR_2023)], [], 4),
        (5, "Организация и осуществление работы наставнических пар/групп",
         [dl("Февраль 2023", "2023-02-01", "2023-02-28"), dl("В течение всего года", *CALENDAR_2023)], [], 3),
        (6, "Участие в регулярных мероприятиях Года педагога и наставника",
         [dl("Февраль-июнь 2023", "2023-02-01", "2023-06-30"),
          dl("Апрель-июнь 2023", "2023-04-01", "2023-06-30"),
          dl("Май-июнь 2023", "2023-05-01", "2023-06-30"),
          dl("Май-октябрь 2023", "2023-05-01", "2023-10-31"),
          dl("Сентябрь-октябрь 2023", "2023-09-01", "2023-10-31"),
          dl("Октябрь 2023", "2023-10-01", "2023-10-31"),
          dl("Октябрь-ноябрь 2023", "2023-10-01", "2023-11-30"),
          dl("Ноябрь-декабрь 2023", "2023-11-01", "2023-12-31"),
          dl("Декабрь 2023", "2023-12-01", "2023-12-31")],
         [], 9),
        (7, "Мероприятия по формированию позитивного имиджа педагога и наставника на базе МАОУ Лицей №2",
         [dl("15.03.2023", "2023-03-15", "2023-03-15"),
          dl("Март-апрель 2023", "2023-03-01", "2023-04-30"),
          dl("Сентябрь 2023", "2023-09-01", "2023-09-30"),
          dl("Ноябрь 2023г", "2023-11-01", "2023-11-30"),
          dl("Еженедельно по средам 2023г", "2023-01-01", "2023-12-31", "weekly"),
          dl("В течение всего года", *CALENDAR_2023),
          dl("Октябрь 2023", "2023-10-01", "2023-10-31"),
          dl("25 сентября - 8 октября 2023", "2023-09-25", "2023-10-08")],
         [], 8),
        (8, "Завершение персонализированных программ наставничества",
         [dl("Апрель-май 2023", "2023-04-01", "2023-05-31")], [], 3),
        (7, "Информационная поддержка системы наставничества", [dl("В течение всего года", *CALENDAR_2023)], [], 1),
    ]
    assert result["warnings"] == [
        "The table has no «Ответственные» column: no responsible staff were read",
        "Stage 7 «Информационная поддержка системы наставничества» comes after stage 8 and repeats number 7: "
        "numbering out of order (kept as in the document)",
    ]
    # the cell cut by a page break (header row repeated in between) is glued back mid-sentence
    assert result["stages"][3]["activities"] == [
        "Анализ банка наставников и выбор подходящих для конкретной персонализированной программы наставничества "
        "педагога/группы педагогов",
        "Обучение наставников для работы с наставляемыми",
        "Подготовка методических материалов для сопровождения наставнической деятельности",
        "Проведение консультаций, организация обмена опытом среди наставников - «установочные сессии» наставников",
    ]
    assert result["stages"][0]["activities"] == [
        "Подготовка и принятие локальных нормативных правовых актов Лицея №2",
        "Приказ об утверждении Дорожной карты (плана мероприятий) по реализации Положения о системе наставничества "
        "педагогических работников в МАОУ Лицей №2",
        "Приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников на возложение на них "
        "дополнительных обязанностей, связанных с наставнической деятельностью",
        "Подготовка персонализированных программ наставничества",
    ]


def test_generic_seed_without_a_table() -> None:
    result = parse_roadmap(GENERIC, 2024).to_json_dict()
    assert summary(result) == [
        (1, "Подготовка условий для реализации системы наставничества", [], [], 4),
        (2, "Формирование банка наставляемых", [], [], 2),
        (3, "Формирование банка наставников", [], [], 2),
        (4, "Отбор и обучение", [], [], 4),
        (5, "Организация и осуществление работы наставнических пар/групп", [], [], 3),
        (6, "Завершение персонализированных программ наставничества", [], [], 3),
        (7, "Информационная поддержка системы наставничества", [], [], 1),
    ]
    assert result["warnings"] == [
        "No table found: stages were read from numbered headings; the document has no deadlines or responsible staff",
    ]
    # «4. Отбор и обучение 1. Анализ …»: heading and first activity on one line; items wrapped over lines
    assert result["stages"][3]["activities"] == [
        "Анализ банка наставников и выбор подходящих для конкрет ной персонализированной программы наставничества "
        "педагога/группы педагогов",
        "Обучение наставников для работы с наставляемыми",
        "Подготовка методических материалов для сопровождения наставнической деятельности",
        "Проведение консультаций, организация обмена опытом среди наставников - «установочные сессии» наставников",
    ]
    assert result["stages"][1]["activities"] == [
        "Сбор информации о профессиональных запросах педагогов",
        "Формирование банка данных наставляемых, обеспечение согласий на сбор и обработку персональных данных",
    ]


def test_messy_roadmap() -> None:
    result = parse_roadmap(MESSY, 2024).to_json_dict()
    assert summary(result) == [
        (1, "Подготовительный этап",
         [dl("Август-сентябрь 2024 г.", "2024-08-01", "2024-09-30"),
          dl("Сентябрь 2024 г. – октябрь 2024 г.", "2024-09-01", "2024-10-31")],
         [role("Директор"), person("Звягинцева О.П."), role("Заместитель директора по УВР"),
          person("Белозерова А.Р."), person("Кудрявцева Н.С.")],
         4),
        (2, "Формирование базы наставляемых",
         [dl("В течениии учебного года", *ACADEMIC_2024)],
         [role("Классные руководители"), role("Педагог-психолог")],
         2),
        (4, "Обучение наставников",
         [dl("Oктябрь 2024", "2024-10-01", "2024-10-31"), dl("Ноябрь2024г", "2024-11-01", "2024-11-30")],
         [role("Методист"), person("Павлова Е.В.")],
         1),
        (3, "Формирование базы наставников",
         [dl("Сентябь 2024 г.", "2024-09-01", "2024-09-30")],
         [role("Координатор"), role("Шеф-повар столовой")],
         2),
        (5, "Работа наставнических пар",
         [dl("Еженедельно по четвергам", *ACADEMIC_2024, "weekly"),
          dl("Конец II триместра", None, None),
          dl("Октябрь ежегодно", "2024-10-01", "2024-10-31", "yearly")],
         [role("Наставник"), role("Куратор"), role("Директор")],
         3),
        (6, "Завершение программы",
         [dl("15.05.2025", "2025-05-15", "2025-05-15"),
          dl("По мере необходимости", None, None),
          dl("Декабрь 2024", "2024-12-01", "2024-12-31"),
          dl("В течение всего года", *ACADEMIC_2024)],
         [role("Администрация"), role("Директор"), role("Социальный педагог"), role("Педагог-организатор")],
         3),
    ]
    assert result["stages"][1]["activities"] == [
        "Анкетирование педагогов и обучающихся",
        "Сбор согласий родителей на обработку персональных данных несовершеннолетних",
    ]
    assert result["stages"][3]["activities"] == ["Анкетирование педагогов", "Беседы с кандидатами"]
    assert result["warnings"] == [  # «Исполнитель: …, тел. …» under the table: a signature, nothing lost
        "Stage 3 «Формирование базы наставников»: responsible «Шеф-повар столовой» is not a known role or a name "
        "(«Фамилия И.О.»); kept as a role",
        "Stage 5 «Работа наставнических пар»: deadline not understood: «Конец II триместра»",
        "Stage 3 «Формирование базы наставников» comes after stage 4: numbering out of order (kept as in the "
        "document)",
    ]


def test_fixtures_hold_no_real_names() -> None:
    vector = VECTOR.read_text(encoding="utf-8")
    assert "Сидорова" not in vector and "Н. Полянская" in vector


# ------------------------------------------------------------------------------------------------------- docx

_BLOCK = re.compile(r"</?(?:p|li|ol|ul)\b[^>]*>")
_TAG = re.compile(r"<[^>]+>")


def _fill(cell: Any, text: str) -> None:
    """Write a cell the way Word stores it: one paragraph per HTML list item or paragraph, no markup."""
    pieces = [_TAG.sub("", p).strip() for p in _BLOCK.split(text)]
    pieces = [p for p in pieces if p] or [""]
    cell.text = pieces[0]
    for piece in pieces[1:]:
        cell.add_paragraph(piece)


def _docx_from_tsv(source: Path, target: Path) -> None:
    """A .docx made from a tab-separated roadmap: the lines before the table as paragraphs, the rest as one
    table whose «№» and «Наименование этапа» cells are merged down over the rows of their stage."""
    import docx

    lines = source.read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("№\t"))
    document = docx.Document()
    for line in lines[:first]:
        document.add_paragraph(line)
    rows = [line.split("\t") for line in lines[first:] if line.strip()]
    width = len(rows[0])
    table = document.add_table(rows=len(rows), cols=width)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells[:width]):
            _fill(table.cell(r, c), text)
    for column in (0, 1):
        r = 1
        while r < len(rows):
            end = r
            while end + 1 < len(rows) and not rows[end + 1][0] and not rows[end + 1][column]:
                end += 1
            if rows[r][0] and end > r:
                table.cell(r, column).merge(table.cell(end, column))
            r = end + 1
    document.save(str(target))


def test_docx_version_of_a_seed_parses_the_same(tmp_path: Path) -> None:
    target = tmp_path / "roadmap-vector-2024.docx"
    _docx_from_tsv(VECTOR, target)
    import docx

    merged = docx.Document(str(target)).tables[0].rows
    assert merged[2].cells[0]._tc is merged[1].cells[0]._tc  # the test really merged cells
    assert parse_roadmap(target, 2024).to_json_dict() == parse_roadmap(VECTOR, 2024).to_json_dict()


def test_docx_horizontal_merge_and_paragraph_documents(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("УТВЕРЖДАЮ")
    table = document.add_table(rows=3, cols=5)
    for row, texts in enumerate([
        ["№", "Наименование этапа", "Содержание деятельности", "Сроки", "Ответственные"],
        ["1.", "Подготовка", "Издание приказа", "Сентябрь", "Директор"],
        ["", "", "Совещание", "Октябрь 2024 г.", ""],
    ]):
        for column, text in enumerate(texts):
            table.cell(row, column).text = text
    table.cell(2, 3).merge(table.cell(2, 4))  # «Сроки» spans the empty «Ответственные» cell
    path = tmp_path / "merged.docx"
    document.save(str(path))
    result = core(parse_roadmap(path, 2024).to_json_dict())
    assert result == {"stages": [{
        "number": 1, "title": "Подготовка", "activities": ["Издание приказа", "Совещание"],
        "deadlines": [dl("Сентябрь", "2024-09-01", "2024-09-30"), dl("Октябрь 2024 г.", "2024-10-01", "2024-10-31")],
        "responsible": [role("Директор")],
    }], "warnings": []}

    text_only = docx.Document()
    for line in GENERIC.read_text(encoding="utf-8").split("\n"):
        text_only.add_paragraph(line)
    path = tmp_path / "generic.docx"
    text_only.save(str(path))
    assert parse_roadmap(path, 2024).to_json_dict() == parse_roadmap(GENERIC, 2024).to_json_dict()


# --------------------------------------------------------------------------------------------- markdown, other


def test_markdown_table(tmp_path: Path) -> None:
    path = tmp_path / "roadmap.md"
    path.write_text(
        "# Дорожная карта\n\nУТВЕРЖДАЮ\n\n"
        "| № | Этап | Мероприятия | Сроки | Ответственные |\n"
        "|---|------|-------------|:-----:|---------------|\n"
        "| 1. | Подготовка | 1. Приказ<br>2. Положение | Сентябрь 2024 г. | Директор |\n"
        "| | | Совещание | Октябрь ежегодно | Е.В. Павлова |\n"
        "| № | Этап | Мероприятия | Сроки | Ответственные |\n"
        "| 2. | Работа пар | Встречи \\| консультации | Еженедельно по средам | Наставник |\n",
        encoding="utf-8",
    )
    result = core(parse_roadmap(path, 2024).to_json_dict())
    assert result == {"stages": [
        {"number": 1, "title": "Подготовка", "activities": ["Приказ", "Положение", "Совещание"],
         "deadlines": [dl("Сентябрь 2024 г.", "2024-09-01", "2024-09-30"),
                       dl("Октябрь ежегодно", "2024-10-01", "2024-10-31", "yearly")],
         "responsible": [role("Директор"), person("Павлова Е.В.")]},
        {"number": 2, "title": "Работа пар", "activities": ["Встречи | консультации"],
         "deadlines": [dl("Еженедельно по средам", *ACADEMIC_2024, "weekly")],
         "responsible": [role("Наставник")]},
    ], "warnings": []}


def test_table_without_stage_column_makes_each_numbered_row_a_stage() -> None:
    text = "№\tМероприятие\tСрок\tОтветственный\n1\tПедсовет\tАвгуст\tДиректор\n2\tАнкетирование\tСентябрь\tКуратор\n"
    result = parse_text(text, 2024).to_json_dict()
    assert summary(result) == [
        (1, "Педсовет", [dl("Август", "2025-08-01", "2025-08-31")], [role("Директор")], 1),
        (2, "Анкетирование", [dl("Сентябрь", "2024-09-01", "2024-09-30")], [role("Куратор")], 1),
    ]


# ---------------------------------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize("text, year, expected", [
    ("Август-сентябрь 2023 г.", 2023, [("Август-сентябрь 2023 г.", "2023-08-01", "2023-09-30", None)]),
    ("Октябрь ежегодно", 2023, [("Октябрь ежегодно", "2023-10-01", "2023-10-31", "yearly")]),
    ("В течении учебного года", 2023, [("В течении учебного года", *ACADEMIC_2023, None)]),
    ("в течение учебного года", 2023, [("в течение учебного года", *ACADEMIC_2023, None)]),
    ("В течение всего года", 2023, [("В течение всего года", *ACADEMIC_2023, None)]),
    ("В течении всего периода", 2023, [("В течении всего периода", *ACADEMIC_2023, None)]),
    ("15.03.2023", 2022, [("15.03.2023", "2023-03-15", "2023-03-15", None)]),
    ("25 сентября - 8 октября 2023", 2023, [("25 сентября - 8 октября 2023", "2023-09-25", "2023-10-08", None)]),
    ("Сентябрь 2023 г. – март 2024 г.", 2023, [("Сентябрь 2023 г. – март 2024 г.", "2023-09-01", "2024-03-31", None)]),
    ("Еженедельно по средам", 2023, [("Еженедельно по средам", *ACADEMIC_2023, "weekly")]),
    ("По факту", 2023, [("По факту", None, None, None)]),
    ("В соответствии с персонализированными программами наставничества", 2024,
     [("В соответствии с персонализированными программами наставничества", None, None, None)]),
    ("По окончании периода реализации программы", 2024,
     [("По окончании периода реализации программы", None, None, None)]),
    ("Ноябрь 2023г", 2023, [("Ноябрь 2023г", "2023-11-01", "2023-11-30", None)]),
    ("Октябрь 2024 г", 2024, [("Октябрь 2024 г", "2024-10-01", "2024-10-31", None)]),
    ("Февраль-июнь 2023 Апрель-июнь 2023 Май-июнь 2023 Май-октябрь 2023 Сентябрь-октябрь 2023", 2022, [
        ("Февраль-июнь 2023", "2023-02-01", "2023-06-30", None),
        ("Апрель-июнь 2023", "2023-04-01", "2023-06-30", None),
        ("Май-июнь 2023", "2023-05-01", "2023-06-30", None),
        ("Май-октябрь 2023", "2023-05-01", "2023-10-31", None),
        ("Сентябрь-октябрь 2023", "2023-09-01", "2023-10-31", None),
    ]),
    ("Декабрь 2023 В течение всего года", 2023, [
        ("Декабрь 2023", "2023-12-01", "2023-12-31", None),
        ("В течение всего года", *ACADEMIC_2023, None),
    ]),
    # months without a year: September–December in the first calendar year, January–August in the second
    ("Сентябрь", 2024, [("Сентябрь", "2024-09-01", "2024-09-30", None)]),
    ("декабрь", 2024, [("декабрь", "2024-12-01", "2024-12-31", None)]),
    ("Февраль", 2024, [("Февраль", "2025-02-01", "2025-02-28", None)]),
    ("август", 2024, [("август", "2025-08-01", "2025-08-31", None)]),
    ("Сентябрь–май", 2024, [("Сентябрь–май", *ACADEMIC_2024, None)]),
    ("сентябрь—май", 2024, [("сентябрь—май", *ACADEMIC_2024, None)]),
    ("Август - сентябрь", 2024, [("Август - сентябрь", "2024-08-01", "2024-09-30", None)]),
    ("Сентябрь 2023 г.-Март 2024 г.", 2023, [("Сентябрь 2023 г.-Март 2024 г.", "2023-09-01", "2024-03-31", None)]),
    # case, «ё», typos, OCR noise
    ("ОКТЯБРЬ ЕЖЕГОДНО", 2023, [("ОКТЯБРЬ ЕЖЕГОДНО", "2023-10-01", "2023-10-31", "yearly")]),
    ("ежегодно в октябре", 2023, [("ежегодно в октябре", "2023-10-01", "2023-10-31", "yearly")]),
    ("В теченние года", 2023, [("В теченние года", *ACADEMIC_2023, None)]),
    ("в течёние учебного года", 2023, [("в течёние учебного года", *ACADEMIC_2023, None)]),
    ("Oктябрь 2024", 2024, [("Oктябрь 2024", "2024-10-01", "2024-10-31", None)]),  # Latin «O»
    ("0ктябрь 2024", 2024, [("0ктябрь 2024", "2024-10-01", "2024-10-31", None)]),  # zero for «О»
    ("Сентябь 2024", 2024, [("Сентябь 2024", "2024-09-01", "2024-09-30", None)]),
    ("Ноябрь2024", 2024, [("Ноябрь2024", "2024-11-01", "2024-11-30", None)]),
    ("Сентябрь 2023 г. ®", 2023, [("Сентябрь 2023 г.", "2023-09-01", "2023-09-30", None)]),
    ("Февраль 2024 г., март 2024 г.", 2023, [
        ("Февраль 2024 г.", "2024-02-01", "2024-02-29", None),
        ("март 2024 г.", "2024-03-01", "2024-03-31", None),
    ]),
    # other usual forms
    ("Еженедельно по средам 2023г", 2023, [("Еженедельно по средам 2023г", "2023-01-01", "2023-12-31", "weekly")]),
    ("каждую среду", 2023, [("каждую среду", *ACADEMIC_2023, "weekly")]),
    ("с 1 сентября по 30 ноября", 2023, [("с 1 сентября по 30 ноября", "2023-09-01", "2023-11-30", None)]),
    ("1-15 сентября 2024", 2024, [("1-15 сентября 2024", "2024-09-01", "2024-09-15", None)]),
    ("до 15 мая 2024", 2023, [("до 15 мая 2024", None, "2024-05-15", None)]),
    ("01.09.2023 - 31.05.2024", 2023, [("01.09.2023 - 31.05.2024", "2023-09-01", "2024-05-31", None)]),
    ("15.03.23", 2022, [("15.03.23", "2023-03-15", "2023-03-15", None)]),
    ("2 четверть", 2023, [("2 четверть", "2023-11-01", "2023-12-31", None)]),
    ("II полугодие", 2023, [("II полугодие", "2024-01-01", "2024-05-31", None)]),
    ("2023-2024 учебный год", 2023, [("2023-2024 учебный год", *ACADEMIC_2023, None)]),
    ("в течение октября", 2023, [("в течение октября", "2023-10-01", "2023-10-31", None)]),
    ("По мере необходимости", 2023, [("По мере необходимости", None, None, None)]),
])
def test_deadline_phrases(text: str, year: int, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    found = parse_deadline(text, year)
    assert [(d.text, d.start and d.start.isoformat(), d.end and d.end.isoformat(), d.recurrence) for d in found] \
        == expected
    assert all(d.understood for d in found)


@pytest.mark.parametrize("text", [
    "когда получится", "1 раз в месяц", "31.02.2023", "15.13.2023", "Май 2024 - март 2023", "Конец II триместра",
    "???", "ежегодно 31.02.2023",
])
def test_bad_deadline_phrases_are_kept_as_text(text: str) -> None:
    found = parse_deadline(text, 2023)
    assert found == [Deadline(text.strip(), understood=False)]


def test_partly_understood_cell_keeps_both_parts() -> None:
    assert parse_deadline("Сентябрь 2023 и потом как пойдёт", 2023) == [
        Deadline("Сентябрь 2023", date(2023, 9, 1), date(2023, 9, 30)),
        Deadline("потом как пойдёт", understood=False),
    ]
    assert parse_deadline("", 2023) == [] and parse_deadline("  г. ", 2023) == []


def test_bad_phrases_in_a_roadmap_become_warnings() -> None:
    text = ("№\tНаименование этапа\tСодержание деятельности\tСроки\tОтветственные\n"
            "1.\tПодготовка\tПриказ\tкогда получится\tДиректор\n"
            "2.\tОтбор\tАнкетирование\t31.02.2024\tЗавхоз\n"
            "3.\tИтоги\tКонференция\t\t\n")
    result = parse_text(text, 2024)
    assert [d.to_json_dict() for s in result.stages for d in s.deadlines] == [
        dl("когда получится", None, None), dl("31.02.2024", None, None),
    ]
    assert result.warnings == [
        "Stage 3 «Итоги»: no deadline",
        "Stage 3 «Итоги»: no responsible staff",
        "Stage 1 «Подготовка»: deadline not understood: «когда получится»",
        "Stage 2 «Отбор»: deadline not understood: «31.02.2024»",
        "Stage 2 «Отбор»: responsible «Завхоз» is not a known role or a name («Фамилия И.О.»); kept as a role",
    ]


@pytest.mark.parametrize("text", [
    "", "\t\t\t", "\n\n\n", "№\tНаименование этапа\tСроки", "1.\tПодготовка", "\x00\x01", "🙂 🙂",
    "№\tНаименование этапа\tСроки\n\t\t\n<p>\t</li>\t<ol", "1. " * 500, "Этап\tСроки\n" + "x\t" * 300,
    "№\tНаименование этапа\tСроки\n1.\t\t\n1.\t\t\n0.\tX\t2023-2021\n99.\tY\t.....\n",
])
def test_garbage_never_raises(text: str) -> None:
    result = parse_text(text, 2024)
    assert isinstance(result.to_json_dict()["warnings"], list)


def test_no_stages_is_a_warning() -> None:
    assert parse_text("Просто текст без этапов", 2024).warnings == [
        "No stages found: expected a table with a «Наименование этапа» column or numbered stage headings",
    ]


# -------------------------------------------------------------------------------------------------- responsible


@pytest.mark.parametrize("text, expected", [
    ("Директор Рабочая группа Учителя-предметники Классные руководители",
     [role("Директор"), role("Рабочая группа"), role("Учителя-предметники"), role("Классные руководители")]),
    ("Белозерова А.Р. Кудрявцева Н.С.", [person("Белозерова А.Р."), person("Кудрявцева Н.С.")]),
    ("Белозерова А. Р. Кудрявцева Н. С.", [person("Белозерова А.Р."), person("Кудрявцева Н.С.")]),
    ("А.Р. Белозерова, Н.С. Кудрявцева", [person("Белозерова А.Р."), person("Кудрявцева Н.С.")]),
    ("Звягинцева Ольга Петровна", [person("Звягинцева Ольга Петровна")]),
    ("Педагог - психолог", [role("Педагог-психолог")]),
    ("педагог-психолог", [role("Педагог-психолог")]),
    ("Координатор Куратор", [role("Координатор"), role("Куратор")]),
    ("наставник", [role("Наставник")]),
    ("Наставники", [role("Наставник")]),
    ("Заместитель директора по УВР Соколова Т.М.", [role("Заместитель директора по УВР"), person("Соколова Т.М.")]),
    ("Зам. директора по ВР", [role("Заместитель директора по ВР")]),
    ("Социальный педагог, методист и руководитель ШМО",
     [role("Социальный педагог"), role("Методист"), role("Руководитель ШМО")]),
    ("Администрация школы", [role("Администрация")]),
    ("Kуратор", [role("Куратор")]),  # Latin «K»
    ("Классный руководитель", [role("Классные руководители")]),
])
def test_responsible(text: str, expected: list[dict[str, str]]) -> None:
    found = parse_responsible(text)
    assert [r.to_json_dict() for r in found] == expected
    assert all(r.understood for r in found)


def test_unknown_responsible_is_kept_as_a_role() -> None:
    found = parse_responsible("Директор Шеф-повар столовой")
    assert [(r.text, r.kind, r.understood) for r in found] == [
        ("Директор", "role", True), ("Шеф-повар столовой", "role", False),
    ]


def test_kindergarten_and_college_roles_are_understood() -> None:
    """The roles of a ДОО's and a college's roadmaps (and of the built-in templates for them)."""
    found = parse_responsible("Заведующий, старший воспитатель, воспитатели; преподаватели, мастера п/о")
    assert [(r.text, r.kind, r.understood) for r in found] == [
        ("Заведующий", "role", True), ("Старший воспитатель", "role", True), ("Воспитатели", "role", True),
        ("Преподаватели", "role", True), ("Мастер производственного обучения", "role", True),
    ]


def test_every_built_in_template_parses_into_the_same_plan() -> None:
    from bot.services.roadmap import TEMPLATE_PATH, template_path
    from bot.services.roadmap_parser import parse_roadmap

    school = parse_roadmap(TEMPLATE_PATH, 2026)
    for kind in ("kindergarten", "college"):
        assert template_path(kind) != TEMPLATE_PATH
        parsed = parse_roadmap(template_path(kind), 2026)
        assert [len(s.tasks) for s in parsed.stages] == [len(s.tasks) for s in school.stages], kind
        assert not parsed.warnings, kind
    assert template_path("school") == template_path(None) == template_path("additional") == TEMPLATE_PATH


# --------------------------------------------------------------------------------------------------- activities


@pytest.mark.parametrize("text, expected", [
    ("<ol style=\"list-style-type: none\"> 1. Первое. 2. Второе «в кавычках» 3. Третье. ",
     ["Первое", "Второе «в кавычках»", "Третье"]),
    ("<p>1. Один.</p> <p>2. Два.</p>", ["Один", "Два"]),
    ("Вступление: — приказ о первом; — приказ о втором", ["Вступление", "Приказ о первом", "Приказ о втором"]),
    ("Подготовка в 2 этапа. Итоги 21 века и т.д.", ["Подготовка в 2 этапа. Итоги 21 века и т.д."]),
    ("1. Анализ <i>конкретной</i> программы 2. Обучение", ["Анализ конкретной программы", "Обучение"]),
    ("Встречи - «установочные сессии»", ["Встречи - «установочные сессии»"]),
    ("", []),
])
def test_split_activities(text: str, expected: list[str]) -> None:
    assert split_activities(text) == expected


# -------------------------------------------------------------------------------------------------------- files


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(RoadmapFileError, match="no such file"):
        parse_roadmap(tmp_path / "missing.txt", 2024)
    (tmp_path / "roadmap.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(RoadmapFileError, match=r"unsupported file type \.xlsx"):
        parse_roadmap(tmp_path / "roadmap.xlsx", 2024)
    (tmp_path / "roadmap.pdf").write_bytes(b"junk")
    with pytest.raises(RoadmapFileError, match=r"not a PDF"):
        parse_roadmap(tmp_path / "roadmap.pdf", 2024)
    (tmp_path / "broken.docx").write_bytes(b"not a zip at all")
    with pytest.raises(RoadmapFileError, match=r"broken\.docx"):
        parse_roadmap(tmp_path / "broken.docx", 2024)


def test_windows_1251_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "roadmap.tsv"
    path.write_bytes(VECTOR.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    assert len(parse_roadmap(path, 2024).stages) == 7


# ---------------------------------------------------------------------------------------------------------- CLI


def _env(**extra: str) -> dict[str, str]:
    """No bot token and a broken setting: the roadmap command must need neither."""
    env = {k: v for k, v in os.environ.items() if k.upper() not in {"BOT_TOKEN", "TIMEZONE", "DATABASE_PATH"}}
    env.update(PYTHONPATH=str(ROOT), TIMEZONE="Nowhere/Land", PYTHONIOENCODING="utf-8", **extra)
    return env


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "roadmap", "parse", *args], cwd=cwd, env=_env(),
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def test_cli_json_is_exactly_one_object(tmp_path: Path) -> None:
    result = _cli(str(LYCEUM), "--academic-year", "2023", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == parse_roadmap(LYCEUM, 2023).to_json_dict()
    assert "Информационная поддержка" in result.stdout  # ensure_ascii=False


def test_cli_summary(tmp_path: Path) -> None:
    result = _cli(str(MESSY), "--academic-year", "2024", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("roadmap-messy.tsv, academic year 2024–2025: 6 stage(s), 3 warning(s)")
    assert "Stage 1. Подготовительный этап" in result.stdout
    assert "  - Октябрь ежегодно: 01.10.2024–31.10.2024, every year" in result.stdout
    assert "  - Конец II триместра: NOT UNDERSTOOD" in result.stdout
    assert "Шеф-повар столовой (role, not recognised)" in result.stdout


@pytest.mark.parametrize("name, message", [
    ("missing.txt", "no such file"),
    ("roadmap.xls", "unsupported file type .xls"),
    ("roadmap.pdf", "not a PDF document"),
    ("roadmap.doc", "save it as .docx"),
    ("broken.docx", "not a readable .docx"),
])
def test_cli_unreadable_file_is_one_clear_message(tmp_path: Path, name: str, message: str) -> None:
    if name != "missing.txt":
        (tmp_path / name).write_bytes(b"junk")
    result = _cli(str(tmp_path / name), "--academic-year", "2024", "--json", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Cannot read the roadmap:") and message in result.stderr and name in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_cli_does_not_import_aiogram_or_need_settings(tmp_path: Path) -> None:
    code = ("import sys\nfrom bot.cli import main\n"
            f"rc = main(['roadmap', 'parse', {str(GENERIC)!r}, '--academic-year', '2024', '--json'])\n"
            "sys.stderr.write(repr(('aiogram' in sys.modules, rc)))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_env(), capture_output=True, text=True,
                            encoding="utf-8", timeout=60)
    assert result.stderr == "(False, 0)"
    assert json.loads(result.stdout)["stages"][0]["number"] == 1
