"""The Word documents of roadmap stage 5: the order fixing pairs/groups and the personalised programme."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.shared import Mm
from docx.table import Table

from bot.i18n import TextFn, Translator
from bot.services.documents import (
    DocPerson,
    OrderRow,
    ProgrammeGoal,
    ProgrammeTask,
    pairs_order_docx,
    programme_docx,
)

FORMS = ("teacher_teacher", "teacher_student", "student_student", "college_student_pupil", "employer_student",
         "leader_teacher")
ORG = 'МБОУ "СОШ № 5" & Co'

MENTOR = DocPerson("Иванова Мария Петровна", "учитель математики")
YOUNG = DocPerson("Смирнов Олег Игоревич", "учитель информатики")
OLDER = DocPerson("Кузнецова Анна Львовна", "учитель истории")
PUPIL_A = DocPerson("Соколов Артём", "7 «Б» класс")
PUPIL_B = DocPerson("Орлова Дарья")  # no class given

PAIR = OrderRow(MENTOR, (YOUNG,), "teacher_teacher", date(2026, 9, 1), date(2027, 5, 31))
GROUP = OrderRow(OLDER, (PUPIL_A, PUPIL_B), "teacher_student", date(2026, 9, 15), None)


@pytest.fixture
def ru(translator: Translator) -> TextFn:
    return translator.bind("ru")


@pytest.fixture
def en(translator: Translator) -> TextFn:
    return translator.bind("en")


def _open(data: bytes) -> DocxDocument:
    assert data[:2] == b"PK"  # a zip container
    return docx.Document(io.BytesIO(data))


def _paragraphs(doc: DocxDocument) -> list[str]:
    return [p.text for p in doc.paragraphs]


def _all_text(doc: DocxDocument) -> str:
    parts = _paragraphs(doc)
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _cells(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _task_tables(doc: DocxDocument, header: str) -> list[Table]:
    return [table for table in doc.tables if table.rows[0].cells[1].text == header]


# --- the order --------------------------------------------------------------------------------------------------

def test_order_in_russian_lists_every_pair_and_group(ru: TextFn) -> None:
    doc = _open(pairs_order_docx(ru, "МБОУ «СОШ № 5»", [PAIR, GROUP], on=date(2026, 8, 28),
                                 curator="Петрова Елена Викторовна"))
    paragraphs = _paragraphs(doc)
    assert paragraphs[0] == "МБОУ «СОШ № 5»"
    assert "ПРИКАЗ" in paragraphs
    assert "О закреплении наставнических пар/групп" in paragraphs
    assert "28.08.2026\t№ ____" in paragraphs
    assert "ПРИКАЗЫВАЮ:" in paragraphs
    text = "\n".join(paragraphs)
    assert "351.8" in text and "согласий" in text  # the mentors' written consent (ТК РФ)
    assert any(p.startswith("2. Наставникам") and "персонализированные программы" in p for p in paragraphs)
    assert any(p.startswith("3. Куратору") and "(Петрова Елена Викторовна)" in p for p in paragraphs)
    assert any(p.startswith("4. Контроль") for p in paragraphs)
    assert any(p.startswith("Руководитель ") for p in paragraphs)
    # each form in an appendix of its own, with the legal basis that fits it: labour law for the teachers' pair only
    assert "Приложение 1 к приказу от 28.08.2026 № ____" in paragraphs
    assert "Приложение 2 к приказу от 28.08.2026 № ____" in paragraphs
    assert any(p.startswith("1. Закрепить") and "приложениям 1–2" in p for p in paragraphs)
    assert "Форма наставничества: учитель – учитель" in paragraphs
    assert "Форма наставничества: учитель – ученик" in paragraphs
    bases = [p for p in paragraphs if p.startswith("Основание:")]
    assert len(bases) == 2 and "351.8" in bases[0] and "Р-145" in bases[1] and "351.8" not in bases[1]
    assert "В соответствии со статьёй 351.8" in text and "Р-145" in text

    teachers, pupils = doc.tables
    rows = _cells(teachers) + _cells(pupils)[1:]
    assert len(_cells(teachers)) == 1 + 1 and len(_cells(pupils)) == 1 + 1  # header + rows
    assert rows[0] == ["№ п/п", "Наставник (ФИО, должность)", "Наставляемый(-е) (ФИО, должность/класс)",
                       "Форма наставничества", "Срок (с — по)"]
    assert rows[1] == ["1.", "Иванова Мария Петровна, учитель математики",
                       "Смирнов Олег Игоревич, учитель информатики", "учитель – учитель", "01.09.2026 – 31.05.2027"]
    # a group is one row: its mentees one per line in the same cell
    assert rows[2] == ["1.", "Кузнецова Анна Львовна, учитель истории", "Соколов Артём, 7 «Б» класс\nОрлова Дарья",
                       "учитель – ученик", "с 15.09.2026"]
    assert teachers.rows[0]._tr.trPr is not None  # the header row repeats on every page


def test_pupil_and_outside_mentors_have_no_labour_law_and_do_not_sign_as_employees(ru: TextFn) -> None:
    pupil_pair = OrderRow(DocPerson("Волков Илья", "10 «А» класс"), (PUPIL_A,), "student_student",
                          date(2026, 9, 1), None)
    outside = OrderRow(DocPerson("Никитин Олег Сергеевич", "ООО «Техносфера», инженер"), (PUPIL_B,),
                       "employer_student", date(2026, 9, 1), None)
    doc = _open(pairs_order_docx(ru, "Школа", [outside, pupil_pair], curator="Петрова Елена Викторовна"))
    text = "\n".join(_paragraphs(doc))
    assert "351.8" not in text.replace("статья 351.8 Трудового кодекса РФ не применяется", "")
    assert "Р-145" in text and "соглашений о сотрудничестве с организациями-партнёрами" in text
    assert "Форма наставничества: ученик – ученик" in text and "Форма наставничества: работодатель – ученик" in text
    # pupils' pairs come first (the order of forms), the outside mentor's appendix next
    assert text.index("ученик – ученик") < text.index("работодатель – ученик")
    signing = text[text.index("С приказом ознакомлены:"):text.index("Приложение 1")]
    assert "Петрова Елена Викторовна" in signing
    assert "Волков Илья" not in signing and "Никитин Олег Сергеевич" not in signing


def test_order_names_employees_to_sign_but_not_pupils(ru: TextFn) -> None:
    doc = _open(pairs_order_docx(ru, "Школа", [PAIR, GROUP], curator="Петрова Елена Викторовна"))
    paragraphs = _paragraphs(doc)
    start = paragraphs.index("С приказом ознакомлены:")
    signing = "\n".join(paragraphs[start:paragraphs.index("Приложение 1 к приказу от __.__.____ № ____")])
    for name in ("Петрова Елена Викторовна", MENTOR.name, YOUNG.name, OLDER.name):
        assert f"/ {name} /" in signing
    assert PUPIL_A.name not in signing and PUPIL_B.name not in signing


def test_order_in_english(en: TextFn) -> None:
    doc = _open(pairs_order_docx(en, "School 5", [PAIR, GROUP], on=date(2026, 8, 28)))
    paragraphs = _paragraphs(doc)
    assert "ORDER" in paragraphs
    assert "On assigning mentoring pairs/groups" in paragraphs
    assert "28.08.2026\tNo. ____" in paragraphs
    assert any(p.startswith("3. The curator") and "(_______________)" in p for p in paragraphs)
    teachers, pupils = doc.tables
    rows = _cells(teachers) + _cells(pupils)[1:]
    assert len(rows) == 3
    assert rows[0][1] == "Mentor (full name, position)"
    assert rows[1][3] == "teacher – teacher"
    assert rows[2][2] == "Соколов Артём, 7 «Б» класс\nОрлова Дарья"
    assert rows[2][3:] == ["teacher – student", "from 15.09.2026"]
    text = _all_text(doc)
    for russian in ("ПРИКАЗ", "Наставник (", "учитель –", "Руководитель", "Приложение"):  # no Russian wording
        assert russian not in text


@pytest.mark.parametrize("locale", ["ru", "en"])
@pytest.mark.parametrize("form", FORMS)
def test_every_form_is_rendered_in_words(translator: Translator, locale: str, form: str) -> None:
    t = translator.bind(locale)
    row = OrderRow(MENTOR, (PUPIL_A,), form, date(2026, 9, 1), None)
    [table] = _open(pairs_order_docx(t, "Школа", [row])).tables
    words = table.rows[1].cells[3].text
    assert words and "_" not in words and words != form


def test_forms_differ_from_each_other(ru: TextFn, en: TextFn) -> None:
    for t in (ru, en):
        assert len({t("doc-form", form=form) for form in FORMS}) == len(FORMS)


def test_user_text_is_not_html_escaped(ru: TextFn) -> None:
    tricky = OrderRow(DocPerson('O\'Brien & "Sons" <x>', "учитель & <b>завуч</b>"), (PUPIL_A,), "student_student",
                      date(2026, 9, 1), None)
    doc = _open(pairs_order_docx(ru, ORG, [tricky], curator="Ким & Ко <куратор>"))
    text = _all_text(doc)
    assert doc.paragraphs[0].text == ORG
    assert 'O\'Brien & "Sons" <x>, учитель & <b>завуч</b>' in text
    assert "(Ким & Ко <куратор>)" in text
    for escaped in ("&amp;", "&lt;", "&gt;", "&quot;", "&#x27;"):
        assert escaped not in text


def test_order_without_pairs_is_still_a_document(ru: TextFn, en: TextFn) -> None:
    doc = _open(pairs_order_docx(ru, "Школа", []))
    paragraphs = _paragraphs(doc)
    assert doc.tables == []
    assert "Наставнические пары/группы пока не сформированы." in paragraphs
    assert "__.__.____\t№ ____" in paragraphs  # no date: a blank to fill in
    assert "С приказом ознакомлены:" not in paragraphs
    assert "No mentoring pairs/groups have been formed yet." in _paragraphs(_open(pairs_order_docx(en, "School", [])))


def test_order_page_and_font(ru: TextFn) -> None:
    doc = _open(pairs_order_docx(ru, "Школа", [PAIR]))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert section.page_width < section.page_height
    assert section.left_margin >= Mm(20) and section.right_margin >= Mm(10)
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert 12 <= normal.font.size.pt <= 14
    assert doc.core_properties.title == "О закреплении наставнических пар/групп"
    assert "python-docx" not in (doc.core_properties.author + doc.core_properties.comments)


# --- the personalised programme ---------------------------------------------------------------------------------

GOALS = (
    ProgrammeGoal("Адаптация в коллективе", (
        ProgrammeTask("Познакомиться с локальными актами школы", date(2026, 9, 20), date(2026, 9, 18)),
        ProgrammeTask("Посетить 3 урока наставника", date(2026, 10, 15), None),
    )),
    ProgrammeGoal('Методика "перевёрнутого класса" & проекты', ()),
)
LOOSE = (ProgrammeTask("Подготовить открытый урок", None, None),)


def test_programme_in_russian(ru: TextFn) -> None:
    doc = _open(programme_docx(ru, ORG, MENTOR, [YOUNG], "teacher_teacher", date(2026, 9, 1), date(2027, 5, 31),
                               GOALS, LOOSE))
    paragraphs = _paragraphs(doc)
    assert paragraphs[0] == ORG
    assert "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА" in paragraphs
    info = _cells(doc.tables[0])
    assert info == [
        ["Наставник", "Иванова Мария Петровна, учитель математики"],
        ["Наставляемый(-е)", "Смирнов Олег Игоревич, учитель информатики"],
        ["Форма наставничества", "учитель – учитель"],
        ["Срок реализации", "01.09.2026 – 31.05.2027"],
    ]
    assert "Цель 1. Адаптация в коллективе" in paragraphs
    assert 'Цель 2. Методика "перевёрнутого класса" & проекты' in paragraphs
    assert "Задачи пока не поставлены." in paragraphs  # goal 2 has none
    assert "Другие задачи" in paragraphs

    first, loose = _task_tables(doc, "Задача")
    assert _cells(first) == [
        ["№", "Задача", "Срок", "Отметка о выполнении"],
        ["1.1", "Познакомиться с локальными актами школы", "20.09.2026", "выполнено 18.09.2026"],
        ["1.2", "Посетить 3 урока наставника", "15.10.2026", ""],
    ]
    assert _cells(loose)[1:] == [["1", "Подготовить открытый урок", "", ""]]

    signatures = [p for p in paragraphs if "/ __.__.____" in p]
    assert [s.split(" ")[0] for s in signatures] == ["Наставник", "Наставляемый", "Куратор"]
    assert MENTOR.name in signatures[0] and YOUNG.name in signatures[1]
    assert "&amp;" not in _all_text(doc)


def test_programme_for_a_group_in_english(en: TextFn) -> None:
    doc = _open(programme_docx(en, "School 5", OLDER, [PUPIL_A, PUPIL_B], "teacher_student", date(2026, 9, 15), None,
                               GOALS))
    paragraphs = _paragraphs(doc)
    assert "PERSONALISED MENTORING PROGRAMME" in paragraphs
    info = _cells(doc.tables[0])
    assert info[1] == ["Mentee(s)", "Соколов Артём, 7 «Б» класс\nОрлова Дарья"]
    assert info[2:] == [["Form of mentoring", "teacher – student"], ["Term", "from 15.09.2026"]]
    assert "Goal 1. Адаптация в коллективе" in paragraphs
    [tasks] = _task_tables(doc, "Task")
    assert _cells(tasks)[1][2:] == ["20.09.2026", "done 18.09.2026"]
    assert "Other tasks" not in paragraphs
    signatures = [p for p in paragraphs if "/ __.__.____" in p]
    assert len(signatures) == 1 + 2 + 1  # mentor, each mentee, curator
    assert [s.split(" ")[0] for s in signatures] == ["Mentor", "Mentee", "Mentee", "Curator"]


def test_empty_programme_is_still_a_document(ru: TextFn) -> None:
    doc = _open(programme_docx(ru, "Школа", MENTOR, [], "student_student", date(2026, 9, 1), None, []))
    paragraphs = _paragraphs(doc)
    assert "Цели и задачи программы пока не определены." in paragraphs
    assert len(doc.tables) == 1  # only the information table
    assert _cells(doc.tables[0])[1] == ["Наставляемый(-е)", ""]
    assert not any(p.startswith("Цель ") for p in paragraphs)
