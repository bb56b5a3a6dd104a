"""A pupil is spoken to with «ты», an adult with «вы»: in every text a pupil receives (the text locale carries the
register, see bot/i18n.py), and the adults of the same pair keep «вы»."""

from __future__ import annotations

import re

from storage.db import Database
from tests.conftest import both_channels
from tests.flows import (
    MENTOR_ANSWERS,
    agree,
    invite,
    make_coordinator,
    opens_invite,
    parent_opens,
    propose_from_suggestions,
    register_adult,
    register_student,
    submit,
)
from tests.harness import Client, Harness


async def test_a_pupil_fills_in_the_questionnaire_addressed_with_ty(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    student, parent_token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, parent_token)
    await parent.click("Согласен")
    await student.send("/survey")  # the only questionnaire: straight in
    await student.click(student.replies()[-1].button_texts()[0])  # the grade
    await student.click(student.replies()[-1].button_texts()[0])  # what to help with: the first
    await student.click("Готово")
    assert "Напиши ответ сообщением" in student.text and "Напишите" not in student.text
    harness.restart()
    student = harness.user(student.id)
    await student.send("/survey")
    assert "Продолжаем с того же места" in "\n".join(s.text for s in student.replies()[-2:])


def test_a_survey_reminder_to_a_pupil_says_ty() -> None:
    from bot.i18n import Translator

    args = {"title": "Анкета", "deadline": "15.09.2026", "anonymous": "no"}
    translator = Translator(strict=True)
    assert "Начатую анкету можно продолжить" in translator.get("campaign-reminder", "ru", {**args, "you": "ty"})
    assert "Если уже начали — продолжите" in translator.get("campaign-reminder", "ru", {**args, "you": "vy"})


# «вы» and its forms, and the polite imperative («Нажмите», «Откройте», «Проверьте»), addressed to the reader
FORMAL = re.compile(r"(?<![\w-])(?:[Вв]ы|[Вв]ас|[Вв]ам|[Вв]ами|[Вв]аш\w*|\w+(?:ите|йте|ьте)(?:сь)?)(?![\w-])")


def formal_words(texts: list[str]) -> list[tuple[str, str]]:
    return [(m.group(0), text) for text in texts for m in FORMAL.finditer(text)]


def seen(harness: Harness, person: Client, start: int = 0) -> list[str]:
    """Every text and button the person was shown from their ``start``-th message on."""
    return [part for s in harness.shown_to(person.id)[start:] for part in (s.text, *s.button_texts(),
                                                                          *s.reply_buttons)]


async def pupil_in_a_pair(harness: Harness, db: Database) -> tuple[Client, Client, Client, int]:
    """A teacher mentor and an adult pupil (18+, answers for himself) in a working «учитель – ученик» pair; the
    number of messages the pupil had seen when his registration ended."""
    coordinator = await make_coordinator(harness)
    mentor = await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"),
                                  "Иванова Мария Петровна")
    await submit(db, 3000, "potential_mentor", {**MENTOR_ANSWERS, "forms": ["teacher_student"]}, harness.clock.now())
    pupil = await opens_invite(harness, 3100, await invite(coordinator, "Наставляемый обучающийся"))
    await pupil.click("18 или больше")
    await pupil.click("Согласен")
    await pupil.send("Соколов Артём")
    assert "Регистрация завершена" in pupil.text
    registered = len(pupil.shown())
    await submit(db, 3100, "mentee_request_student", {
        "grade": "grade_10", "help_with": ["studies"], "subjects": "математика", "preferred_mentor": "teacher",
        "goals": "Подтянуть математику", "meeting_format": "in_person"}, harness.clock.now())
    await coordinator.send("/mentors")
    await coordinator.click("1.")
    await coordinator.click("Утвердить наставником")
    await propose_from_suggestions(coordinator, "Соколов Артём", form="учитель – ученик")
    await agree(mentor, pupil)
    return coordinator, mentor, pupil, registered


@both_channels
async def test_everything_a_pupil_receives_says_ty_and_an_adult_keeps_vy(harness: Harness, db: Database) -> None:
    _, mentor, pupil, registered = await pupil_in_a_pair(harness, db)
    await pupil.send("/mypair")
    await mentor.send("/mypair")
    await mentor.click("Программа")
    await mentor.click("Добавить задачу")
    await mentor.send("Решить 10 задач на проценты")
    await mentor.click("Без срока")
    await mentor.click("Показать программу наставляемому")
    await pupil.click("Открыть")
    for person, line in ((mentor, "сегодня 45 мин очно Разбор контрольной"), (pupil, "сегодня 30 мин онлайн Проценты")):
        await person.send(f"/meeting {line}")
        await person.click("Пропустить")
        await person.click("Готово")
        await person.click("Сохранить")
        if person is mentor:
            await pupil.click("Да, была")
    await pupil.send("/meeting")  # the form step by step: a date typed wrong
    await pupil.click("регулярная")
    await pupil.click(pupil.replies()[-1].button_texts()[-2])  # another date
    await pupil.send("тридцатое февраля")
    await pupil.send("/meetings")
    await pupil.send("/help")
    await pupil.send("/start")
    await pupil.send("/info")
    await pupil.send("/survey")
    await pupil.send("что-то непонятное")
    await pupil.send("/privacy")
    await pupil.click("Отозвать согласие")
    await pupil.send("/language")
    await pupil.send("/mypair")
    await pupil.click("Пара не складывается")
    await pupil.click("Да")
    found = formal_words(seen(harness, pupil, registered))
    assert found == [], "\n".join(sorted({f"{w}: {t[:120]!r}" for w, t in found}))

    # the adult mentor of the same pair is still addressed with «вы»
    await mentor.send("/help")
    adult = "\n".join(seen(harness, mentor))
    for words in ("Вам предложена наставническая пара. Посмотрите", "/start — ваш профиль"):
        assert words in adult


@both_channels
async def test_a_minor_pupil_reads_ty_and_the_parent_who_confirms_for_him_vy(harness: Harness, db: Database) -> None:
    """The parent reads the child's notices in «вы» (his own register, not the child's)."""
    coordinator = await make_coordinator(harness)
    await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"), "Иванова Мария Петровна")
    await submit(db, 3000, "potential_mentor", {**MENTOR_ANSWERS, "forms": ["teacher_student"]}, harness.clock.now())
    student, parent_token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, parent_token)
    await parent.click("Согласен")
    registered = len(student.shown())
    await submit(db, 4000, "mentee_request_student", {
        "grade": "grade_8", "help_with": ["studies"], "subjects": "математика", "preferred_mentor": "teacher",
        "goals": "Подтянуть математику", "meeting_format": "in_person"}, harness.clock.now())
    await coordinator.send("/mentors")
    await coordinator.click("1.")
    await coordinator.click("Утвердить наставником")
    await propose_from_suggestions(coordinator, "Соколов Артём", form="учитель – ученик")
    parent_start = len(parent.shown())
    await parent.click("Открыть предложение")
    await parent.click("Согласен")
    await student.send("/mypair")
    await student.send("/help")
    assert "Тебе предложили наставника" in "\n".join(seen(harness, student, registered))
    found = formal_words(seen(harness, student, registered))
    assert found == [], "\n".join(sorted({f"{w}: {t[:120]!r}" for w, t in found}))
    told = "\n".join(seen(harness, parent, parent_start - 1))
    assert "Откройте предложение, чтобы подтвердить участие ребёнка" in told  # the parent: «вы»
