"""A pupil is spoken to with «ты», an adult with «вы»: the questionnaire screens a pupil sees."""

from __future__ import annotations

from storage.db import Database
from tests.flows import make_coordinator, parent_opens, register_student
from tests.harness import Harness


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
