"""Every form of mentorship in the kind of organisation it belongs to (issue 15), through the Dispatcher: the right
invite, consent, registration steps, bank questionnaire, the forms offered when the pair is formed, the
confirmation texts and the order's wording."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import docx
import pytest

from storage.db import Database
from tests.conftest import ADMIN_ID
from tests.flows import (
    MENTEE_ANSWERS,
    MENTOR_ANSWERS,
    coordinator_link,
    invite,
    link_token,
    opens_invite,
    person_row,
    register_adult,
    submit,
)
from tests.harness import Client, Harness

PARTNER = "ООО «Техносфера»"
COLLEGE_PARTNER = "ГБПОУ «Тверской колледж им. Кайкова»"

STUDENT_MENTOR: dict[str, Any] = {
    "grade": "grade_10", "help_with": ["studies", "class_adaptation"], "subjects": "Математика",
    "interests": "шахматы, робототехника", "levels": ["basic"], "capacity": 2, "meeting_format": "in_person",
    "motivation": "Хочу помочь младшим",
}
COLLEGE_MENTOR = {**STUDENT_MENTOR, "grade": "college", "levels": ["basic", "vocational"]}
EXTERNAL_MENTOR: dict[str, Any] = {
    "profession": "Инженер-программист", "experience_field": 9, "offer": ["career", "projects_research"],
    "subjects": "Информатика, математика", "levels": ["basic", "secondary", "vocational"], "capacity": 3,
    "availability": "monthly", "meeting_format": "mixed", "motivation": "Показать профессию",
}
# the invite buttons as the organisation's coordinator reads them (a college's words: студент)
LEARNER_MENTOR = {"Колледж / техникум": "Наставник-студент"}
LEARNER_MENTEE = {"Колледж / техникум": "Наставляемый студент"}
PREFERRED = {"teacher_student": "teacher", "student_student": "senior_student",
             "college_student_pupil": "college_student", "employer_student": "employer"}


@dataclass(frozen=True)
class Case:
    org: str  # the kind button at /neworg
    form: str
    form_words: str  # the form as this organisation's coordinator reads it on the button
    mentor: str  # teacher | student | student_partner | external
    mentee: str  # teacher | learner
    mentee_grade: str = "grade_5_7"


CASES = [
    Case("Школа", "teacher_teacher", "учитель – учитель", "teacher", "teacher"),
    Case("Школа", "leader_teacher", "руководитель – учитель", "teacher", "teacher"),
    Case("Школа", "teacher_student", "учитель – ученик", "teacher", "learner"),
    Case("Школа", "student_student", "ученик – ученик", "student", "learner"),
    Case("Школа", "college_student_pupil", "студент – ученик", "student_partner", "learner"),
    Case("Школа", "employer_student", "работодатель – ученик", "external", "learner"),
    Case("Колледж / техникум", "student_student", "студент – студент", "student", "learner", "college"),
    Case("Колледж / техникум", "employer_student", "работодатель – студент", "external", "learner", "college"),
    Case("Детский сад", "teacher_teacher", "педагог – педагог", "teacher", "teacher"),
    Case("Дополнительное образование", "teacher_student", "педагог – обучающийся", "teacher", "learner"),
]


async def _organisation(h: Harness, db: Database, kind: str) -> Client:
    admin = h.user(ADMIN_ID)
    await admin.send("/neworg")
    await admin.send("Организация № 1")
    await admin.click(kind)
    await admin.click("Москва")
    await admin.send("г. Тверь, ул. Советская, д. 1")
    await admin.click("Создать")
    coordinator = await register_adult(h, 2000, await coordinator_link(admin), "Смирнова Ольга Ивановна")
    org_id = (await person_row(db, 2000) or {})["org_id"]
    async with db.transaction():  # the partners list has its own tests (test_partners.py)
        for name, kind_code in ((PARTNER, "employer"), (COLLEGE_PARTNER, "college")):
            await db.execute("INSERT INTO partners (org_id, name, kind, created_at) VALUES (?, ?, ?, ?)",
                             (org_id, name, kind_code, h.clock.now().isoformat()))
    return coordinator


async def _invite_via_partner(coordinator: Client, role_button: str, partner_button: str) -> str:
    await coordinator.send("/invite")
    await coordinator.click(role_button)
    assert "организации-партнёра" in coordinator.text  # which partner the mentors come from
    await coordinator.click(partner_button)
    await coordinator.click("7")
    await coordinator.click("30")
    return link_token(coordinator.text)


async def _learner(h: Harness, user_id: int, token: str, name: str, *, as_mentor: bool) -> Client:
    """An adult pupil or student (18 or over) joins by a learner's link: age, consent, a name — nothing else."""
    person = await opens_invite(h, user_id, token)
    assert "18" in person.text
    await person.click("18 или больше")
    consent = person.text
    assert "Согласие на обработку персональных данных" in consent and "351.8" not in consent
    await person.click("Согласен")
    await person.send(name)
    assert "Регистрация завершена" in person.text and name in person.text
    assert "стаж" not in person.text and "Должность" not in person.text  # a pupil has neither
    return person


async def _mentor(h: Harness, db: Database, coordinator: Client, case: Case) -> Client:
    if case.mentor == "teacher":
        mentor = await register_adult(h, 3000, await invite(coordinator, "Кандидат в наставники"),
                                      "Иванова Мария Петровна")
        await submit(db, 3000, "potential_mentor", {**MENTOR_ANSWERS, "forms": [case.form]}, h.clock.now())
        title = "Анкета потенциального наставника"
    elif case.mentor in ("student", "student_partner"):
        partner = "Наши обучающиеся" if case.mentor == "student" else COLLEGE_PARTNER
        token = await _invite_via_partner(coordinator, LEARNER_MENTOR.get(case.org, "Наставник-обучающийся"), partner)
        mentor = await _learner(h, 3000, token, "Волков Илья Андреевич", as_mentor=True)
        await submit(db, 3000, "mentor_student", COLLEGE_MENTOR if case.mentee_grade == "college" or
                     case.mentor == "student_partner" else STUDENT_MENTOR, h.clock.now())
        title = "Анкета наставника-обучающегося"
    else:
        token = await _invite_via_partner(coordinator, "Наставник от организации-партнёра", PARTNER)
        mentor = await opens_invite(h, 3000, token)
        consent = mentor.text
        assert "Согласие наставника от организации-партнёра" in consent
        assert "Я не работник Оператора" in consent and "351.8" in consent  # says it does NOT apply
        assert "педагогический стаж" not in consent and "выгорании" not in consent
        await mentor.click("Согласен")
        await mentor.send("Никитин Олег Сергеевич")
        assert "Где и кем вы работаете" in mentor.text
        await mentor.send("ООО «Техносфера», ведущий инженер")
        assert "профессия" in mentor.text.lower()
        await mentor.send("разработка программ")
        assert "стаж" not in mentor.text  # no teaching experience: the phone is next
        await mentor.send("Пропустить")
        await submit(db, 3000, "mentor_external", EXTERNAL_MENTOR, h.clock.now())
        title = "Анкета наставника от организации-партнёра"
    await mentor.send("/survey")
    assert f"«{title}" in mentor.text  # his own kind's questionnaire (the only one: straight in)
    row = await person_row(db, 3000)
    assert row is not None
    kind = {"teacher": None, "student": "student", "student_partner": "student", "external": "external"}[case.mentor]
    assert row["mentor_kind"] == kind and (row["partner_id"] is not None) == (case.mentor in (
        "student_partner", "external"))
    return mentor


async def _mentee(h: Harness, db: Database, coordinator: Client, case: Case) -> Client:
    if case.mentee == "teacher":
        mentee = await register_adult(h, 3100, await invite(coordinator, "Наставляемый педагог"),
                                      "Петров Павел Андреевич")
        await submit(db, 3100, "mentee_request_teacher", {**MENTEE_ANSWERS, "preferred_form": case.form},
                     h.clock.now())
        return mentee
    token = await invite(coordinator, LEARNER_MENTEE.get(case.org, "Наставляемый обучающийся"))
    mentee = await _learner(h, 3100, token, "Петров Павел Андреевич", as_mentor=False)
    await submit(db, 3100, "mentee_request_student", {
        "grade": case.mentee_grade, "help_with": ["studies", "career"], "subjects": "математика",
        "preferred_mentor": PREFERRED[case.form], "goals": "Подтянуть математику", "meeting_format": "in_person",
    }, h.clock.now())
    return mentee


ORG_IDS = {"Школа": "school", "Колледж / техникум": "college", "Детский сад": "kindergarten",
           "Дополнительное образование": "additional"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{ORG_IDS[c.org]}-{c.form}")
async def test_a_working_pair_of_each_form_in_its_kind_of_organisation(harness: Harness, db: Database,
                                                                       case: Case) -> None:
    coordinator = await _organisation(harness, db, case.org)
    mentor = await _mentor(harness, db, coordinator, case)
    mentee = await _mentee(harness, db, coordinator, case)

    await coordinator.send("/mentors")
    await coordinator.click("1.")
    await coordinator.click("Утвердить наставником")
    await coordinator.send("/mentees")
    await coordinator.click("Петров Павел")
    await coordinator.click("Подобрать наставника")
    assert "1." in coordinator.text  # the mentor is suggested for this mentee
    await coordinator.click("Выбрать 1")
    offered = coordinator.replies()[-1].button_texts()
    assert case.form_words in offered  # the form fits the organisation and both sides…
    if case.mentor != "teacher":
        assert all("учитель –" not in b for b in offered)  # …and a teacher form is never offered to a pupil mentor
    await coordinator.click(case.form_words)
    await coordinator.click("До конца учебного года")
    assert "Проверьте пару" in coordinator.text and "Особенности: традиционное" in coordinator.text
    if case.form == "teacher_teacher":
        await coordinator.click("Реверсивное")  # a variant: an attribute of the pair
        assert "Особенности: реверсивное" in coordinator.text
    await coordinator.click("Отправить предложение")

    await mentor.click("Открыть")
    consent = mentor.replies()[-1].text
    if case.form in ("teacher_teacher", "leader_teacher"):
        assert "статья 351.8 Трудового кодекса РФ" in consent and "другого работника" in consent
    else:
        assert "351.8" not in consent and "не являюсь работником" in consent
    await mentor.click("Согласен")
    await mentee.click("Открыть")
    await mentee.click("Согласен")
    pair = await db.fetchone("SELECT * FROM pairs")
    assert pair is not None and (pair["status"], pair["form"]) == ("active", case.form)
    assert pair["variants"] == ("reverse" if case.form == "teacher_teacher" else "")

    await coordinator.send("/pairs")
    await coordinator.click("Приказ о закреплении")
    order = docx.Document(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
    text = "\n".join(p.text for p in order.paragraphs)
    assert f"Форма наставничества: {case.form_words}" in text
    basis = next(p for p in text.splitlines() if p.startswith("Основание:"))
    if case.form in ("teacher_teacher", "leader_teacher"):
        assert "статья 351.8" in basis and "статьёй 351.8" in text
    else:
        assert "Р-145" in basis and "статьёй 351.8" not in text
        signing = text[text.index("С приказом ознакомлены:"):text.index("Приложение")]
        assert ("Волков" not in signing) and ("Никитин" not in signing)  # pupils and outside mentors: no


async def test_the_bank_filters_mentors_by_who_they_are_and_the_report_counts_partners(harness: Harness,
                                                                                       db: Database) -> None:
    coordinator = await _organisation(harness, db, "Школа")
    await _mentor(harness, db, coordinator, CASES[0])  # a teacher (3000)
    token = await _invite_via_partner(coordinator, "Наставник от организации-партнёра", PARTNER)
    outside = await opens_invite(harness, 3001, token)
    await outside.click("Согласен")
    for answer in ("Никитин Олег Сергеевич", "ООО «Техносфера», инженер", "разработка программ", "Пропустить"):
        await outside.send(answer)
    await coordinator.send("/mentors")
    assert "Иванова Мария Петровна" in coordinator.text and "Никитин Олег Сергеевич" in coordinator.text
    await coordinator.click("Кто: все")
    assert "Иванова Мария Петровна" in coordinator.text and "Никитин" not in coordinator.text  # teachers
    await coordinator.click("Кто: педагоги")  # → pupils and students: none here
    assert "Иванова" not in coordinator.text and "Никитин" not in coordinator.text
    await coordinator.click("Кто: обучающиеся")  # → partners' specialists
    assert "Никитин Олег Сергеевич" in coordinator.text and "от организации-партнёра" in coordinator.text
    assert "Иванова" not in coordinator.text

    await coordinator.send("/report")  # two partners listed, one of them provides a mentor
    assert "Организации-партнёры</b>, которые дают наставников: 1 (в списке /partners — 2)" in coordinator.text
