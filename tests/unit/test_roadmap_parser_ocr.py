"""A kindergarten's roadmap that came through OCR (``roadmap-kindergarten-ocr.tsv``, written for these tests,
names invented): cells wrapped over lines with the first column empty, a header wrapped over two rows and
repeated after page breaks, page numbers, «*» and «Фотография 6», words broken at a hyphen, misread letters
(«0тбор», «3аведующий»), a deadline over three lines — 10 stages, not 23; and each activity its own item."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.services.roadmap_parser import Activity, Deadline, Responsible, parse_roadmap, parse_text

ROOT = Path(__file__).resolve().parents[2]
OCR = ROOT / "tests" / "fixtures" / "roadmaps" / "roadmap-kindergarten-ocr.tsv"
FIXTURES = ROOT / "tests" / "fixtures" / "roadmaps"


def role(text: str) -> Responsible:
    return Responsible(text, "role")


def test_ocr_kindergarten_roadmap_has_its_ten_stages() -> None:
    parsed = parse_roadmap(OCR, 2026)
    assert [(s.number, s.title) for s in parsed.stages] == [
        (1, "Подготовка условий для реализации Программы наставничества"),
        (2, "Формирование банка наставляемых"),
        (3, "Формирование банка наставников"),
        (4, "Отбор и обучение наставников"),
        (5, "Формирование наставнических пар"),
        (6, "Организация работы наставнических пар"),
        (7, "Мониторинг"),
        (8, "Завершение программы наставничества"),
        (9, "Информационная поддержка"),
        (10, "Поощрение наставников"),
    ]
    assert parsed.warnings == []  # nothing of the roadmap was lost; the signature line under it is no loss


def test_a_deadline_over_three_lines_is_one_deadline() -> None:
    first = parse_roadmap(OCR, 2026).stages[0]
    assert first.deadlines == [Deadline("Сентябрь - ноябрь ежегодно", date(2023, 9, 1), date(2023, 11, 30),
                                        "yearly")]
    assert first.responsible == [role("Администрация ДОО")]


def test_roles_of_several_words_stay_whole() -> None:
    staff = [[r.text for r in s.responsible] for s in parse_roadmap(OCR, 2026).stages]
    assert staff == [
        ["Администрация ДОО"], ["Старший воспитатель"], ["Рабочая группа"], ["Педагог-психолог"], ["Заведующий"],
        ["Наставник"], ["Старший воспитатель", "Педагог-психолог"], ["Администрация ДОО", "Старший воспитатель"],
        ["Старший воспитатель"], ["Заведующий"],
    ]
    assert all(r.understood for s in parse_roadmap(OCR, 2026).stages for r in s.responsible)


def test_broken_words_and_misread_letters_are_put_back() -> None:
    parsed = parse_roadmap(OCR, 2026)
    assert parsed.stages[0].activities[0] == "Издание приказа о внедрении целевой модели наставничества в ДОО"
    assert parsed.stages[6].activities == ["Анкетирование участников: удовлетворенность участием в программе"]
    assert parsed.stages[3].activities == ["Обучение наставников на курсах повышения квалификации"]


def test_each_activity_is_its_own_item_with_its_own_deadline() -> None:
    stages = parse_roadmap(OCR, 2026).stages
    assert [i.title for i in stages[0].items] == [
        "Издание приказа о внедрении целевой модели наставничества в ДОО", "Назначение куратора",
        "Разработка Положения о наставничестве"]
    assert all(i.deadlines == stages[0].deadlines and i.inherited for i in stages[0].items)  # given once: inherited
    meetings = stages[5].items
    assert [(i.title, [d.recurrence or d.start for d in i.deadlines]) for i in meetings] == [
        ("Организационная встреча наставника и наставляемого", [date(2024, 1, 1)]),
        ("Регулярные встречи наставника и наставляемого", ["weekly"]),
    ]
    final = stages[7].items  # the second row of stage 8 has its own deadline and staff
    assert [(i.title, [r.text for r in i.responsible]) for i in final] == [
        ("Итоговый педагогический совет", ["Администрация ДОО"]),
        ("Круглый стол «Лучшие практики наставничества»", ["Старший воспитатель"]),
    ]
    assert sum(len(s.items) for s in stages) == 15


def test_items_take_the_nth_deadline_or_line_of_their_row() -> None:
    lyceum = parse_roadmap(FIXTURES / "roadmap-lyceum2-2023.txt", 2023)
    contests = lyceum.stages[5].tasks[0].items  # five contests, five deadlines in one cell
    assert [(i.title[:30], i.deadlines[0].text) for i in contests] == [
        ("Региональный этап Всероссийско", "Февраль-июнь 2023"),
        ("Региональный конкурс методичес", "Апрель-июнь 2023"),
        ("Профессиональный конкурс класс", "Май-июнь 2023"),
        ("Конкурс профессионального маст", "Май-октябрь 2023"),
        ("Региональный этап Всероссийско", "Сентябрь-октябрь 2023"),
    ]
    assert not any(i.inherited for i in contests)
    vector = parse_roadmap(FIXTURES / "roadmap-vector-2024.txt", 2024)
    orders = vector.stages[0].tasks[1].items  # «Подготовка нормативной базы …»: 5 items, one deadline, two roles
    assert len(orders) == 5 and all(i.heading.startswith("Подготовка нормативной базы") for i in orders)
    assert all([r.text for r in i.responsible] == ["Директор", "Рабочая группа"] and i.inherited for i in orders)
    assert sum(len(s.items) for s in vector.stages) == 45


def test_items_in_json_keep_the_schema_and_add_fields_only() -> None:
    stage = parse_roadmap(OCR, 2026).to_json_dict()["stages"][5]
    assert set(stage) == {"number", "title", "activities", "deadlines", "responsible", "items"}
    assert stage["items"][1] == {
        "title": "Регулярные встречи наставника и наставляемого", "heading": "",
        "deadlines": [{"text": "Еженедельно", "start": "2023-09-01", "end": "2024-05-31", "recurrence": "weekly"}],
        "responsible": [{"text": "Наставник", "kind": "role"}],
    }


def test_dotted_sub_items_and_a_list_of_contents() -> None:
    text = ("№\tЭтап\tСодержание\tСроки\tОтветственные\n"
            "1.\tПодготовка\t1.1. Приказ о внедрении 1.2. Назначение куратора 1.3. Положение о наставничестве\t"
            "Сентябрь\tДиректор\n"
            "2.\tАкты\tРазработка распорядительных актов, включающие: - сроки внедрения; - ответственных\t"
            "Октябрь\tДиректор\n")
    stages = parse_text(text, 2024).stages
    assert stages[0].activities == ["Приказ о внедрении", "Назначение куратора", "Положение о наставничестве"]
    assert stages[1].activities == ["Разработка распорядительных актов, включающие: - сроки внедрения; - "
                                    "ответственных"]


def test_continuation_rows_do_not_swallow_rows_of_their_own() -> None:
    text = ("№\tЭтап\tСодержание\tСроки\tОтветственные\n"
            "1.\tПодготовка\tИздание приказа\tСентябрь 2024\tДиректор\n"
            "\t\tСовещание\tОктябрь 2024\tЗаместитель директора по УВР\n"
            "\t\tо внедрении наставничества\t\t\n"
            "\t\tанкетирование педагогов\tНоябрь 2024\tКуратор\n"
            "\t\tсбор согласий\tи декабрь\tСтарший воспитатель,\n"
            "\t\t\t\tПедагог-психолог\n")
    stage = parse_text(text, 2024).stages[0]
    assert [(t.activities, [d.text for d in t.deadlines], [r.text for r in t.responsible]) for t in stage.tasks] == [
        (["Издание приказа"], ["Сентябрь 2024"], ["Директор"]),
        (["Совещание о внедрении наставничества"], ["Октябрь 2024"], ["Заместитель директора по УВР"]),
        # a lower-case activity with a deadline of its own is a row of its own; «и декабрь» goes on with «Ноябрь»
        (["Анкетирование педагогов сбор согласий"], ["Ноябрь 2024", "декабрь"],
         ["Куратор", "Старший воспитатель", "Педагог-психолог"]),
    ]


def test_an_activity_built_by_hand_inherits_its_rows_deadlines() -> None:
    from bot.services.roadmap_parser import Task

    task = Task("Приказ", [], [Deadline("Май", date(2025, 5, 1), date(2025, 5, 31))], [role("Директор")])
    assert task.activity_items() == [Activity("Приказ", task.deadlines, task.responsible, "Приказ")]


def test_damaged_copies_of_every_fixture_never_raise() -> None:
    """Lines dropped, doubled, cells shifted, noise and broken words put in at random (seeded): the parser keeps
    going and still finds stages in what remains of a table."""
    import random

    from bot.services.roadmap_parser.text import decode

    rng = random.Random(17)
    noise = ["*", "Фотография 6", "- 3 -", "|", "нас-", "Сентябрь -", "\t\t\tежегодно\t", "\tдля реализации\t\t\t",
             "I.", "1.1", "№\tНаименование\tСроки", "на 2023 год"]
    for path in sorted(FIXTURES.rglob("*.t*")):
        lines = decode(path.read_bytes()).split("\n")
        for _ in range(8):
            damaged = list(lines)
            for _ in range(rng.randint(1, 6)):
                where = rng.randrange(len(damaged) + 1)
                action = rng.choice(("drop", "double", "shift", "noise"))
                if action == "drop" and damaged:
                    damaged.pop(min(where, len(damaged) - 1))
                elif action == "double" and damaged:
                    damaged.insert(where, damaged[min(where, len(damaged) - 1)])
                elif action == "shift" and damaged:
                    index = min(where, len(damaged) - 1)
                    damaged[index] = "\t" + damaged[index]
                else:
                    damaged.insert(where, rng.choice(noise))
            parsed = parse_text("\n".join(damaged), 2024)
            assert all(stage.title is not None for stage in parsed.stages)


@pytest.mark.parametrize("text, expected", [
    ("Заведующий МБДОУ № 18", ["Заведующий"]),
    ("Зам. заведующего по ВМР", ["Заместитель заведующего по ВМР"]),
    ("Ст. воспитатель, воспитатели", ["Старший воспитатель", "Воспитатели"]),
    ("Музыкальный руководитель; инструктор по физической культуре", ["Музыкальный руководитель",
                                                                     "Инструктор по физической культуре"]),
    ("Учитель-логопед, учитель-дефектолог, педагог-психолог", ["Учитель-логопед", "Учитель-дефектолог",
                                                               "Педагог-психолог"]),
    ("Администрация ДОУ", ["Администрация ДОУ"]),
    ("Заместитель директора по УПР, мастера п/о", ["Заместитель директора по УПР",
                                                   "Мастер производственного обучения"]),
    ("Преподаватели, кураторы групп, руководитель практики", ["Преподаватели", "Кураторы групп",
                                                               "Руководитель практики"]),
    ("Председатель ПЦК, заведующий отделением", ["Председатель ПЦК", "Заведующий отделением"]),
    ("Студенческий совет, социальные партнёры, работодатели", ["Студенческий совет", "Социальные партнёры"]),
])
def test_kindergarten_and_college_roles(text: str, expected: list[str]) -> None:
    from bot.services.roadmap_parser import parse_responsible

    found = parse_responsible(text)
    assert [r.text for r in found] == expected and all(r.understood and r.kind == "role" for r in found)


def test_a_stage_number_on_a_line_of_its_own_is_kept_and_a_page_number_dropped() -> None:
    text = ("№\tЭтап\tСодержание\tСроки\tОтветственные\n"
            "1.\tПодготовка\tПриказ\tСентябрь\tДиректор\n"
            "7\n"  # the page number, a line of its own
            "2\t\t\t\t\n"  # the scan put the number a line above its row
            "\tИтоги\tКонференция\tМай\tКуратор\n")
    stages = parse_text(text, 2024).stages
    assert [(s.number, s.title, s.activities) for s in stages] == [
        (1, "Подготовка", ["Приказ"]), (2, "Итоги", ["Конференция"])]
