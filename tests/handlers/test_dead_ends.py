"""Issue 18, «dead ends and missing confirmations», through the real Dispatcher: a disputed meeting reaches its
author and the coordinator settles it; meetings and programme items are named by what people see; every
destructive step asks once, naming what it destroys; every screen shows the state after the change."""

from __future__ import annotations

from bot.callbacks import ActionCb, MeetCb, PairCb
from storage.db import Database
from tests.flows import coordinator_link, create_org, log_meeting, make_coordinator, register_adult, working_pairs
from tests.handlers.test_roadmap import active_roadmap_with_grishenkova
from tests.harness import Client, Harness

SETTLE_BUTTONS = ["✅ Встреча была", "🗑 Удалить запись", "❓ Спросить пару"]


def said(client: Client) -> str:
    """What the last update showed: messages and the alerts of button presses."""
    return "\n".join([client.text, *client.alerts()])


async def test_a_dispute_tells_the_author_and_the_coordinator_confirms_it_once(harness: Harness,
                                                                              db: Database) -> None:
    coordinator, mentor, mentee, history, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "вчера 45 мин очно Анализ урока")
    await mentee.click("Не было")

    # the author learns it too, with the meeting named
    assert mentor.shown()[-1].text == (
        "⚠️ Петров Павел Андреевич отметил, что встречи 31.08.2026 («Анализ урока») не было. Куратор "
        "получил сообщение и разберётся. Если в записи ошибка, исправьте её в /meetings.")
    notice = coordinator.shown()[-1]
    assert "Пара № 1: Петров Павел Андреевич отметил, что встречи 31.08.2026 («Анализ урока») не было" in notice.text
    assert notice.button_texts() == SETTLE_BUTTONS

    # /activity lists the dispute with a button named by pair, date and topic; its card has the same three ways
    await coordinator.send("/activity")
    assert "Оспоренные записи:</b> 1" in coordinator.text
    assert coordinator.replies()[-1].button_texts() == ["⚠️ № 1: 31.08, Анализ урока"]
    await coordinator.click("№ 1: 31.08, Анализ урока")
    card = coordinator.replies()[-1]
    assert "Спор о встрече, пара № 1" in card.text and "31.08.2026, 45 мин — «Анализ урока»" in card.text
    assert "Автор записи: Иванова Мария Петровна" in card.text
    assert "Говорит, что встречи не было: Петров Павел Андреевич" in card.text
    assert card.button_texts() == SETTLE_BUTTONS

    # someone else cannot settle it: a coordinator of another organisation, the other pair's mentor, the pair itself
    admin = await create_org(harness, "Гимназия № 1")
    stranger = await register_adult(harness, 2100, await coordinator_link(admin), "Орлова Нина Петровна")
    for data in (ActionCb(command="mok", target_id=1), MeetCb(a="disp", id=1), MeetCb(a="sdelok", id=1)):
        await stranger.press(data.pack())
        assert "недоступно" in said(stranger)
    for outsider in (history, mentor, mentee):
        await outsider.press(ActionCb(command="mok", target_id=1).pack())
        assert "недоступно" in said(outsider)
    assert await db.fetchval("SELECT status FROM meetings") == "disputed"

    await coordinator.click("Встреча была")
    assert coordinator.text == ("Встреча пары № 1 от 31.08.2026 засчитана как состоявшаяся. "
                                "Участники получили сообщение.")
    assert await db.fetchval("SELECT status FROM meetings") == "confirmed"
    for person in (mentor, mentee):
        assert "Куратор засчитал встречу 31.08.2026 («Анализ урока») как состоявшуюся" in person.shown()[-1].text
    told = len(mentor.shown())

    # a double tap (or the old notice's button) changes nothing and tells nobody again
    await coordinator.click("Встреча была")
    assert "Этот спор уже решён" in said(coordinator)
    await coordinator.press(MeetCb(a="sdelok", id=1).pack())
    assert "Этот спор уже решён" in said(coordinator)
    assert await db.fetchval("SELECT status FROM meetings") == "confirmed"
    assert len(mentor.shown()) == told
    await coordinator.send("/activity")
    assert "Оспоренные записи:</b> 0" in coordinator.text and not coordinator.replies()[-1].button_texts()


async def test_the_coordinator_deletes_a_disputed_log_after_one_question(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, _, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "вчера 45 мин очно Анализ урока")
    await mentee.click("Не было")
    await coordinator.click("Удалить запись")
    assert coordinator.text == ("Удалить запись встречи пары № 1 от 31.08.2026 — «Анализ урока»? Участники "
                                "получат сообщение, вернуть запись будет нельзя.")
    assert await db.fetchval("SELECT status FROM meetings") == "disputed"  # only asked
    await coordinator.click("Да, удалить запись")
    assert "Запись встречи пары № 1 от 31.08.2026 удалена" in coordinator.text
    assert await db.fetchval("SELECT status FROM meetings") == "deleted"
    assert "Куратор удалил запись встречи 31.08.2026 («Анализ урока»)" in mentor.shown()[-1].text
    await coordinator.click("Да, удалить запись")  # twice: the log is gone
    assert "неактуальна" in said(coordinator) and await db.fetchval("SELECT status FROM meetings") == "deleted"
    await mentor.send("/meetings")  # one pair: its meetings at once
    assert "Анализ урока" not in mentor.text


async def test_the_coordinator_asks_the_pair_again(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, _, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "вчера 45 мин очно Анализ урока")
    await mentee.click("Не было")
    await coordinator.click("Спросить пару")
    assert coordinator.text == "Пара № 1 получила вопрос о встрече 31.08.2026 ещё раз. Участники получили сообщение."
    assert "попросил пару уточнить" in mentor.shown()[-1].text and "/meetings" in mentor.shown()[-1].text
    again = mentee.shown()[-1]
    assert again.text.startswith("❓ Куратор просит ещё раз проверить запись: организационная, 31.08.2026")
    assert again.button_texts() == ["✅ Да, была", "Не было"]
    assert await db.fetchval("SELECT status FROM meetings") == "logged"
    await coordinator.click("Спросить пару")
    assert "уже решён" in said(coordinator)
    await mentee.click("Да, была")
    assert await db.fetchval("SELECT status FROM meetings") == "confirmed"


async def test_a_dispute_in_english(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, _, _ = await working_pairs(harness, db)
    async with db.transaction():
        await db.execute("UPDATE persons SET locale = 'en' WHERE id IN (SELECT person_id FROM accounts WHERE "
                         "external_id IN (?, ?))", (mentor.id, coordinator.id))
    await log_meeting(mentee, "вчера 45 мин очно Анализ урока")
    await mentor.click("It did not")
    author = mentee.shown()[-1].text
    assert "отметила, что встречи 31.08.2026" in author  # the mentee reads Russian
    notice = coordinator.shown()[-1]
    assert "did not take place" in notice.text and notice.button_texts() == [
        "✅ It took place", "🗑 Delete the log", "❓ Ask the pair"]
    await coordinator.click("Delete the log")
    assert "Delete the log of pair no. 1's meeting of 31.08.2026 — “Анализ урока”?" in coordinator.text


async def test_a_meeting_before_the_pair_existed_is_refused_naming_the_first_day(harness: Harness,
                                                                                db: Database) -> None:
    _, mentor, _, _, _ = await working_pairs(harness, db)  # the pairs' term began on 25.08.2026
    await mentor.send("/meeting")
    await mentor.click("организационная")
    await mentor.click("Другая дата…")
    await mentor.send("20.08")
    assert mentor.text == "Пара работает с 25.08.2026, а встреча указана раньше. Запишите дату не раньше 25.08.2026."
    await mentor.send("25.08")
    assert "Сколько длилась встреча" in mentor.text
    await mentor.send("/meeting 24 августа 45 мин очно Знакомство")
    assert "не раньше 25.08.2026" in mentor.text
    assert await db.fetchval("SELECT COUNT(*) FROM meetings") == 0


async def test_a_pair_formed_today_cannot_take_yesterday(harness: Harness, db: Database) -> None:
    _, mentor, _, _, _ = await working_pairs(harness, db)
    async with db.transaction():
        await db.execute("UPDATE pairs SET starts_on = '2026-09-01'")
    await mentor.send("/meeting")
    await mentor.click("организационная")
    await mentor.click("Вчера")
    assert "не раньше 01.09.2026" in said(mentor)
    await mentor.click("Сегодня")  # the same question still works
    assert "Сколько длилась встреча" in mentor.text


async def test_every_programme_screen_shows_the_state_after_the_change(harness: Harness, db: Database) -> None:
    _, mentor, mentee, _, _ = await working_pairs(harness, db)
    await mentor.send("/mypair")
    assert "Программы пока нет" in mentor.text
    await mentor.click("Добавить цель")
    await mentor.send("Освоить формирующее оценивание")
    assert "Цель добавлена" in mentor.text and "Программы пока нет" not in mentor.text
    assert "🎯 <b>Освоить формирующее оценивание</b>" in mentor.text and "Добавьте задачи к цели" in mentor.text
    await mentor.send("/mypair")
    assert "Программы пока нет" not in mentor.text
    await mentor.click("Добавить задачу")
    await mentor.send("Посетить урок наставника")
    await mentor.click("Без срока")
    assert "выполнено 0 из 1" in mentor.text and "◻️ 1. Посетить урок наставника" in mentor.text

    # ✅ on the card: the card that follows shows it done; the same button reopens it
    await mentee.send("/mypair")
    open_button = dict(mentee.replies()[-1].inline)["◻️ 1"]
    await mentee.click("◻️ 1")
    assert "Отмечено: выполнено" in mentee.alerts()[-1]
    assert "выполнено 1 из 1" in mentee.text and "✅ 1. Посетить урок наставника" in mentee.text
    assert "✅ 1" in mentee.replies()[-1].button_texts()
    done_button = dict(mentee.replies()[-1].inline)["✅ 1"]
    await mentee.press(open_button)  # a double tap of «◻️ 1» does not undo it
    assert "✅ 1. Посетить урок наставника" in mentee.text
    await mentee.press(done_button)
    assert "Отметка снята" in mentee.alerts()[-1] and "◻️ 1. Посетить урок наставника" in mentee.text
    await mentee.press(done_button)  # twice: still open
    assert "◻️ 1. Посетить урок наставника" in mentee.text


async def test_goals_and_tasks_are_edited_and_deleted_after_one_question(harness: Harness, db: Database) -> None:
    _, mentor, mentee, _, _ = await working_pairs(harness, db)
    await mentor.send("/mypair")
    await mentor.click("Добавить цель")
    await mentor.send("Освоить оценивание")
    await mentor.click("Добавить задачу")
    await mentor.send("Посетить урок")
    await mentor.send("15.12")
    await mentor.click("Добавить задачу")
    await mentor.send("Разобрать урок")
    await mentor.click("Без срока")
    assert "Изменить программу" in " ".join(mentor.replies()[-1].button_texts())
    assert "Изменить программу" not in " ".join(  # only the mentor edits
        (await mentee.send("/mypair")) and mentee.replies()[-1].button_texts())

    await mentor.click("Изменить программу")
    assert mentor.replies()[-1].button_texts() == ["🎯 Освоить оценивание", "   ◻️ 1. Посетить урок",
                                                   "   ◻️ 2. Разобрать урок", "Открыть"]
    await mentor.click("1. Посетить урок")
    card = mentor.replies()[-1]
    assert card.text == "<b>Задача 1:</b> Посетить урок\nСрок: 15.12.2026\n◻️ Не выполнена"
    await mentor.click("Изменить текст")
    assert "Сейчас: «Посетить урок»" in mentor.text
    await mentor.send("Посетить два урока")
    assert "Текст изменён: «Посетить два урока»" in mentor.text
    assert "1. Посетить два урока (до 15.12.2026)" in mentor.text

    await mentor.click("Изменить программу")
    await mentor.click("1. Посетить два урока")
    await mentor.click("Изменить срок")
    await mentor.send("20.12")
    assert "Срок задачи «Посетить два урока»: 20.12.2026" in mentor.text and "(до 20.12.2026)" in mentor.text
    await mentor.click("Изменить программу")
    await mentor.click("1. Посетить два урока")
    await mentor.click("Изменить срок")
    await mentor.click("Без срока")
    assert "Срок задачи «Посетить два урока»: —" in mentor.text and "(до 20.12.2026)" not in mentor.text

    # a done task stays visible and can be reopened from its card
    await mentor.click("Изменить программу")
    await mentor.click("2. Разобрать урок")
    await mentor.click("Отметить выполненной")
    assert "✅ 2. Разобрать урок" in mentor.text
    await mentor.click("Изменить программу")
    await mentor.click("2. Разобрать урок")
    assert "✅ Выполнена" in mentor.text
    await mentor.click("Вернуть в работу")
    assert "◻️ 2. Разобрать урок" in mentor.text

    # deleting a task asks once, naming it; «Отмена» keeps it
    await mentor.click("Изменить программу")
    await mentor.click("2. Разобрать урок")
    await mentor.click("Удалить")
    assert mentor.text == "Удалить задачу «Разобрать урок»? Вернуть будет нельзя."
    await mentor.click("Отмена")
    assert await db.fetchval("SELECT COUNT(*) FROM programme_items") == 3
    await mentor.click("Удалить")
    await mentor.click("Да, удалить")
    assert "Задача «Разобрать урок» удалена" in mentor.text and "Разобрать урок" not in mentor.replies()[-1].text
    await mentor.press(PairCb(a="idelok", id=3).pack())  # twice
    assert "неактуальна" in said(mentor)

    # a goal: the question says its tasks go with it
    await mentor.click("Изменить программу")
    await mentor.click("Освоить оценивание")
    await mentor.click("Удалить")
    assert mentor.text == ("Удалить цель «Освоить оценивание» и задачи этой цели (всего: 1)? "
                           "Вернуть будет нельзя.")
    await mentor.click("Да, удалить")
    assert "Цель «Освоить оценивание» удалена" in mentor.text and "Программы пока нет" in mentor.text
    assert await db.fetchval("SELECT COUNT(*) FROM programme_items") == 0

    # a mentee cannot edit by a forged button
    await mentor.click("Добавить цель")
    await mentor.send("Новая цель")
    goal = await db.fetchval("SELECT id FROM programme_items")
    for data in (PairCb(a="ren", id=goal), PairCb(a="idelok", id=goal)):
        await mentee.press(data.pack())
        assert "недоступно" in said(mentee)
    assert await db.fetchval("SELECT title FROM programme_items") == "Новая цель"


async def test_deleting_the_draft_roadmap_asks_once(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/roadmap")
    await coordinator.click("Взять типовой шаблон")
    await coordinator.click("Удалить черновик")
    assert coordinator.text == ("Удалить черновик дорожной карты на 2026/2027 учебный год (этапов: 8, мероприятий: "
                                "18)? Вернуть его будет нельзя — документ придётся загрузить заново.")
    assert await db.fetchval("SELECT COUNT(*) FROM roadmaps") == 1
    await coordinator.click("Оставить")
    assert await db.fetchval("SELECT COUNT(*) FROM roadmaps") == 1
    await coordinator.send("/roadmap")
    await coordinator.click("Удалить черновик")
    await coordinator.click("Да, удалить черновик")
    assert "Черновик удалён" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM roadmaps") == 0


async def test_the_task_card_shows_its_new_state_after_done(harness: Harness, db: Database) -> None:
    _, grishenkova = await active_roadmap_with_grishenkova(harness)
    harness.clock.set(harness.clock.now().replace(month=11, day=2))  # the deadline (10.10) has passed
    await grishenkova.send("/tasks")
    await grishenkova.click("1")
    assert "Срок прошёл" in grishenkova.text
    await grishenkova.click("Выполнено")
    card = grishenkova.shown()[-1]
    assert "Статус: выполнено" in card.text and "Срок прошёл" not in card.text
    assert card.button_texts() == ["↩️ Вернуть в работу"]
    # reopened: the card says so again, with the deadline that has passed
    await grishenkova.click("Вернуть в работу")
    card = grishenkova.shown()[-1]
    assert "Статус: запланировано" in card.text and "Срок прошёл" in card.text
    assert "✅ Выполнено" in card.button_texts()
    # a done task stays visible on request, and its card reopens it
    await grishenkova.click("✅ Выполнено")
    await grishenkova.send("/tasks")
    assert "Анкетирование потенциальных наставников" not in grishenkova.text
    await grishenkova.click("Показать выполненные")
    assert "Анкетирование потенциальных наставников" in grishenkova.shown()[-1].text
    await grishenkova.click("1")
    assert "Статус: выполнено" in grishenkova.text and "↩️ Вернуть в работу" in grishenkova.replies()[-1].button_texts()


async def test_stopping_a_pair_names_the_pair(harness: Harness, db: Database) -> None:
    coordinator, _, _, _, _ = await working_pairs(harness, db)
    await coordinator.send("/pairs")
    await coordinator.click("№ 1")
    await coordinator.click("Прекратить пару")
    assert coordinator.text == ("Прекратить пару № 1 (Иванова Мария Петровна → Петров Павел Андреевич) сейчас? "
                                "Участники получат сообщение, наставляемые вернутся в базу.")
    assert await db.fetchval("SELECT status FROM pairs WHERE id = 1") == "active"  # only asked
