"""The potential mentor's questionnaire through the real Dispatcher: a teacher between lessons."""

from __future__ import annotations

from storage.db import Database
from tests.conftest import both_channels
from tests.flows import invite, make_coordinator, person_row, register_adult
from tests.harness import Harness


@both_channels
async def test_potential_mentor_fills_in_the_questionnaire(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    mentor = await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"))
    # registered: the bot offers the questionnaire that puts a mentor into the bank, one tap away
    offered = mentor.replies()[-1]
    assert "Следующий шаг — «Анкета потенциального наставника»" in offered.text
    assert offered.button_texts() == ["Заполнить анкету"]
    await mentor.click("Заполнить анкету")
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
    # capacity 1–5: buttons (typing a number works too)
    assert mentor.replies()[-1].button_texts()[:5] == ["1", "2", "3", "4", "5"]
    await mentor.click("2")
    await mentor.click("Раз в неделю")

    harness.restart()  # the lesson bell: the bot restarts meanwhile; the questionnaire waits
    mentor = harness.user(3000)
    await mentor.send("/survey")  # one questionnaire: no list to choose from, straight in
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
    await mentor.send("3")  # typed: as good as the button
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
    assert "Запрос наставляемого педагога" in mentee.text and "Анкета потенциального" not in mentee.text


async def test_changing_submitted_answers_keeps_them_until_the_changes_are_submitted(harness: Harness,
                                                                                     db: Database) -> None:
    """«Изменить ответы» opens a draft of changes: the submitted answers and their date hold (the bank reads them)
    while the person looks, changes and leaves; «Оставить как было» drops the changes; submitting them replaces
    the answers and dates the submission anew."""
    from datetime import timedelta

    from tests.flows import MENTEE_ANSWERS, submit

    coordinator = await make_coordinator(harness)
    mentee = await register_adult(harness, 3100, await invite(coordinator, "Наставляемый педагог"),
                                  "Кузнецов Павел Андреевич")
    await submit(db, 3100, "mentee_request_teacher", MENTEE_ANSWERS, harness.clock.now())
    submitted = await db.fetchone("SELECT * FROM answer_sets WHERE questionnaire_id = 'mentee_request_teacher'")

    async def stored() -> tuple[str, str, str]:
        row = await db.fetchone("SELECT s.status, s.submitted_at, a.value FROM answer_sets s JOIN answers a"
                                " ON a.answer_set_id = s.id AND a.question_id = 'experience_years' WHERE s.id = ?",
                                (submitted["id"],))
        return row["status"], row["submitted_at"], row["value"]

    before = await stored()
    assert before[0] == "submitted"
    harness.clock.set(harness.clock.now() + timedelta(days=2))
    await mentee.send("/survey")
    if "Запрос наставляемого педагога" in mentee.replies()[-1].button_texts():
        await mentee.click("Запрос наставляемого педагога")
    assert "отправлена" in mentee.text
    await mentee.click("Изменить ответы")
    review = mentee.text
    assert "Проверьте ответы" in review and "остаются в силе, пока вы не отправите изменённые" in review
    assert "Оставить как было" in " ".join(mentee.replies()[-1].button_texts())
    await mentee.click("✏️ 1")
    await mentee.send("3")
    assert "Проверьте ответы" in mentee.text
    assert await stored() == before  # changed, not submitted: the submitted answers and their date hold

    harness.restart()  # leaving: nothing is lost, the changes wait
    mentee = harness.user(3100)
    await mentee.send("/survey")
    if "Запрос наставляемого педагога" in mentee.replies()[-1].button_texts():
        await mentee.click("Запрос наставляемого педагога")
    assert "Проверьте ответы" in mentee.text and "\n   <i>3</i>" in mentee.text
    await mentee.click("Оставить как было")
    assert "отправлена" in mentee.text
    assert await stored() == before
    assert await db.fetchval("SELECT COUNT(*) FROM answer_sets") == 1  # the draft is gone

    await mentee.click("Изменить ответы")
    assert "\n   <i>1</i>" in mentee.text  # the draft starts from the submitted answers
    await mentee.click("✏️ 1")
    await mentee.send("4")
    await mentee.click("Отправить анкету")
    assert "отправлена" in mentee.text
    status, when, value = await stored()
    assert status == "submitted" and value == "4" and when > before[1]
    assert await db.fetchval("SELECT COUNT(*) FROM answer_sets") == 1
