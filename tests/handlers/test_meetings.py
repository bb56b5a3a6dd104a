"""The meeting log through the real Dispatcher: taps, the quick form, answers, edits, access, nudges."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from bot.callbacks import ActionCb, MeetCb
from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.campaigns import CampaignService
from bot.services.errors import InvalidInput
from bot.services.meetings import MeetingService
from storage.db import Database
from tests.conftest import both_channels
from tests.flows import (
    FakeNotifier,
    actor_of,
    agree,
    approve_both,
    log_meeting,
    propose_from_suggestions,
    school,
    service_graph,
    working_pairs,
)
from tests.harness import Harness


@both_channels
async def test_the_full_tap_path_confirm_history_and_stats(harness: Harness, db: Database) -> None:
    _, mentor, mentee, _, _ = await working_pairs(harness, db)
    await mentor.send("/mypair")
    await mentor.click("Добавить задачу")
    await mentor.send("Посетить урок наставника")
    await mentor.click("Без срока")

    await mentor.send("/meeting")  # one pair: no question which
    assert "Какая это была встреча" in mentor.text
    assert mentor.replies()[-1].button_texts()[0] == "➡️ организационная"  # the expected one first
    await mentor.click("организационная")
    await mentor.click("Вчера")
    await mentor.click("45 мин")
    await mentor.click("Очно")
    await mentor.send_sticker()
    assert "текстом" in mentor.text
    await mentor.send("Знакомство, план работы")
    await mentor.send("Договорились о посещении уроков")
    await mentor.click("Посетить урок наставника")
    await mentor.click("Готово")
    text = mentor.text
    assert "Проверьте запись встречи" in text and "Дата: 31.08.2026" in text and "Длительность: 45 мин" in text
    assert "Тема: Знакомство, план работы" in text and "Задач программы: 1" in text
    await mentor.click("Сохранить")
    assert "Встреча записана (организационная)" in mentor.text
    notice = mentee.shown()[-1]
    assert "Иванова Мария Петровна записала встречу: организационная, 31.08.2026, 45 мин" in notice.text
    await mentee.click("Да, была")
    assert "подтверждена" in mentee.alerts()[-1]
    await mentee.click("Да, была")  # twice: nothing changes
    assert "неактуальна" in mentee.alerts()[-1]

    # the next one expected is the trial meeting; the history shows stats
    await mentor.send("/meeting")
    assert mentor.replies()[-1].button_texts()[0] == "➡️ пробная рабочая"
    await mentor.click("Отменить")
    await mentor.send("/meetings")  # one pair: its meetings at once
    assert "Встречи пары № 1</b>: 1, всего 0,8 ч; последняя — 31.08.2026 (1 день назад)" in mentor.text
    assert "организационная, 45 мин: Знакомство, план работы ✅" in mentor.text
    row = await db.fetchone("SELECT status FROM meetings")
    assert row["status"] == "confirmed"
    assert await db.fetchval("SELECT COUNT(*) FROM meeting_tasks") == 1


async def test_quick_form_phrasings_and_bad_ones(harness: Harness, db: Database) -> None:
    _, mentor, mentee, _, _ = await working_pairs(harness, db)
    await mentor.send("/meeting вчера 45 мин Анализ урока")
    assert "Как проходила встреча" in mentor.text  # only the format is missing
    await mentor.click("Онлайн")
    await mentor.click("Пропустить")
    assert "Тип: организационная" in mentor.text and "Тема: Анализ урока" in mentor.text
    await mentor.click("Сохранить")

    await mentor.send("/meeting сегодня 1,5 часа очно пробная Открытый урок")
    assert "Заметки и следующие шаги" in mentor.text  # nothing asked but notes
    await mentor.click("Пропустить")
    assert "Тип: пробная рабочая" in mentor.text and "Длительность: 90 мин" in mentor.text
    assert "Дата: 01.09.2026" in mentor.text
    await mentor.click("Сохранить")

    await mentor.send("/meeting 05.09 45 мин тема")  # a future date
    assert "ещё не наступила" in mentor.text
    await mentor.send("/meeting вчера 900 мин тема")
    assert "от 5 до 600 минут" in mentor.text
    await mentor.send("/meeting 31.02.2026 45 мин тема")
    assert "такой даты" in mentor.text.lower() or "дат" in mentor.text.lower()
    await mentor.send("/meeting 45 мин")  # no topic: the chat asks for the rest
    assert "Когда была встреча" in mentor.text
    await mentor.click("Другая дата")
    await mentor.send("завтра")
    assert "дат" in mentor.text.lower()
    await mentor.send("30.08.2026")
    await mentor.click("Очно")
    assert "Тема встречи?" in mentor.text
    await mentor.send("   ")
    assert "Напишите тему" in mentor.text
    await mentor.send("Работа с родителями")
    await mentor.send("Подготовить памятку")
    await mentor.click("Длительность")  # change one field from the summary
    await mentor.click("Другое")
    await mentor.send("сорок")
    assert "от 5 до 600" in mentor.text
    await mentor.send("50")
    assert "Длительность: 50 мин" in mentor.text and "Заметки: Подготовить памятку" in mentor.text
    await mentor.click("Сохранить")
    assert await db.fetchval("SELECT COUNT(*) FROM meetings") == 3
    # a mentee logs too; the mentor confirms
    await log_meeting(mentee, "вчера 30 мин онлайн Разбор домашнего задания")
    await mentor.click("Да, была")
    assert await db.fetchval("SELECT status FROM meetings WHERE logged_role = 'mentee'") == "confirmed"


async def test_dispute_edit_within_and_after_seven_days(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, _, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "вчера 45 мин очно Анализ урока")
    await mentee.click("Не было")
    assert "Автор записи и куратор получили сообщение" in mentee.alerts()[-1]
    assert "не было" in coordinator.shown()[-1].text
    # the author is told too, naming the meeting
    assert ("Петров Павел Андреевич отметил, что встречи 31.08.2026 («Анализ урока») не было"
            in mentor.shown()[-1].text)
    await coordinator.send("/activity")
    assert "Оспоренные записи:</b> 1" in coordinator.text and "Без организационной встречи:</b> 2" in coordinator.text

    # saving an edit with no change keeps the dispute
    await mentor.send("/meetings")  # one pair: its meetings at once
    await mentor.click("Изменить")
    await mentor.click("Сохранить")
    assert await db.fetchval("SELECT status FROM meetings") == "disputed"
    # a delete cannot make a dispute disappear
    await mentor.send("/meetings")  # one pair: its meetings at once
    await mentor.click("Удалить: 31.08, Анализ урока")
    assert "Удалить запись встречи 31.08.2026 — «Анализ урока»?" in mentor.text
    await mentor.click("Да, удалить")
    assert "удалить её нельзя" in mentor.text or "удалить её нельзя" in " ".join(mentor.alerts())
    # the mentor corrects the date within 7 days: the answer is asked again
    asked = sum("записала встречу" in s.text for s in mentee.shown())
    await mentor.send("/meetings")  # one pair: its meetings at once
    await mentor.click("Изменить")
    await mentor.click("Дата")
    await mentor.click("Сегодня")
    assert "Проверьте изменения" in mentor.text and "Дата: 01.09.2026" in mentor.text
    await mentor.click("Сохранить")
    row = await db.fetchone("SELECT held_on, status FROM meetings")
    assert (row["held_on"], row["status"]) == ("2026-09-01", "logged")
    assert sum("записала встречу" in s.text for s in mentee.shown()) == asked + 1
    assert await db.fetchval("SELECT COUNT(*) FROM meeting_answers") == 0

    # a second log, deleted the same day
    await log_meeting(mentor, "сегодня 30 мин онлайн Ошибочная запись")
    await mentor.send("/meetings")  # one pair: its meetings at once
    buttons = mentor.replies()[-1].button_texts()
    assert buttons == ["✏️ Изменить: 01.09, Ошибочная запись", "🗑 Удалить: 01.09, Ошибочная запись",
                       "✏️ Изменить: 01.09, Анализ урока", "🗑 Удалить: 01.09, Анализ урока"]
    assert not any(ch.isdigit() for b in buttons for ch in b.split(":")[0])  # no internal ids
    await mentor.click("Удалить: 01.09, Ошибочная запись")
    assert "Удалить запись встречи 01.09.2026 — «Ошибочная запись»? Её нельзя будет вернуть." in mentor.text
    await mentor.click("Да, удалить")
    assert "Запись встречи 01.09.2026 — «Ошибочная запись» удалена" in mentor.text
    # the history that follows is the one after the deletion
    assert "Встречи пары № 1</b>: 1," in mentor.text and "Ошибочная запись" not in mentor.replies()[-1].text
    await mentor.send("/meetings")  # one pair: its meetings at once
    assert "Ошибочная запись" not in mentor.text and "Встречи пары № 1</b>: 1," in mentor.text

    harness.clock.advance(timedelta(days=8))
    await mentor.send("/meetings")  # one pair: its meetings at once
    assert "Изменить" not in " ".join(mentor.replies()[-1].button_texts())
    await mentor.press(MeetCb(a="edit", id=1).pack())
    assert "в течение 7 дней" in mentor.alerts()[-1]
    await mentor.press(MeetCb(a="delok", id=1).pack())
    assert "в течение 7 дней" in mentor.alerts()[-1]
    assert await db.fetchval("SELECT status FROM meetings WHERE id = 1") == "logged"


async def test_a_mentor_of_another_pair_cannot_log_see_or_confirm(harness: Harness, db: Database) -> None:
    _, mentor, _, history, other = await working_pairs(harness, db)
    await log_meeting(mentor, "вчера 45 мин очно Анализ урока")
    for person in (history, other):
        for data in (ActionCb(command="mconf", target_id=1), ActionCb(command="mdisp", target_id=1),
                     MeetCb(a="hist", id=1), MeetCb(a="edit", id=1), MeetCb(a="delok", id=1),
                     ActionCb(command="mlog", target_id=1)):
            await person.press(data.pack())
            assert "недоступно" in person.alerts()[-1], data
    # the author cannot confirm their own log either
    await mentor.press(ActionCb(command="mconf", target_id=1).pack())
    assert "недоступно" in mentor.alerts()[-1]
    # the other pair's mentor logging into pair 1 through a forged draft
    await history.send("/meeting вчера 45 мин очно Тема")
    service: MeetingService = harness.dp["meetings"]
    assert await db.fetchval("SELECT status FROM meetings WHERE id = 1") == "logged"
    assert [m.pair_id for m in await service.repos.meetings.for_pair(2)] == []
    await history.click("Пропустить")
    await history.click("Сохранить")
    assert [m.pair_id for m in await service.repos.meetings.for_pair(2)] == [2]
    assert len(await service.repos.meetings.for_pair(1)) == 1


async def test_nudges_with_a_fake_clock(harness: Harness, db: Database) -> None:
    coordinator, mentor, _, history, _ = await working_pairs(harness, db)
    service: MeetingService = harness.dp["meetings"]
    hours = harness.settings.reminder_settings
    await log_meeting(mentor, "сегодня 45 мин очно Знакомство")
    await coordinator.send("/activity")
    assert "встреч в этом месяце: 1" in coordinator.text and "Без встреч:</b> 1" in coordinator.text
    assert "№ 2: Орлов Игорь Николаевич → Зайцева Ольга Игоревна" in coordinator.text
    harness.clock.advance(timedelta(days=13))
    assert await service.nudge(hours.work_start, hours.work_end) == 0
    harness.clock.advance(timedelta(days=1))  # 14 days: both mentors are nudged (pair 2 never met)
    assert await service.nudge(hours.work_start, hours.work_end) == 2
    assert await service.nudge(hours.work_start, hours.work_end) == 0  # never twice
    assert "нет записанных встреч уже 14 дней" in mentor.shown()[-1].text
    harness.clock.advance(timedelta(hours=12))  # 22:00 in Moscow: nothing at night
    harness.clock.advance(timedelta(days=14))
    assert await service.nudge(hours.work_start, hours.work_end) == 0
    harness.clock.advance(timedelta(hours=12))  # 10:00: 2N days — the coordinator is told of both
    assert await service.nudge(hours.work_start, hours.work_end) == 2
    assert "встреч не записано уже 29 дней" in coordinator.shown()[-1].text
    await coordinator.send("/activity")
    assert "Нет встреч 14 дней и дольше:</b> 1" in coordinator.text and "29 дней без встреч" in coordinator.text
    # a completed pair gets nothing, a new meeting starts a new quiet spell
    nudged_before = sum("нет записанных встреч" in s.text for s in history.shown())
    await coordinator.send("/pairs")
    await coordinator.click("№ 2")
    await coordinator.click("Завершить: программа выполнена")
    await log_meeting(mentor, "сегодня 45 мин очно Регулярная встреча")
    harness.clock.advance(timedelta(days=30))
    assert await service.nudge(hours.work_start, hours.work_end) == 2  # pair 1: mentor and coordinator
    assert sum("нет записанных встреч" in s.text for s in history.shown()) == nudged_before


async def test_a_final_meeting_offers_to_complete_the_pair_and_start_the_surveys(harness: Harness,
                                                                                 db: Database) -> None:
    coordinator, mentor, mentee, _, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "сегодня 60 мин очно итоговая Подведение итогов")
    assert "куратор получит предложение завершить пару" in mentor.text
    assert "провела итоговую встречу" in coordinator.shown()[-1].text
    started = await db.fetchval("SELECT MAX(id) FROM campaigns")  # each pair's start questionnaires
    await coordinator.click("Завершить и отправить анкеты")
    assert "Пара № 1 завершена" in coordinator.text
    assert await db.fetchval("SELECT status FROM pairs WHERE id = 1") == "completed"
    rows = await db.fetchall("SELECT c.questionnaire_id, (SELECT external_id FROM accounts WHERE person_id = p.id) "
                             "AS tg_user_id FROM campaigns c"
                             " JOIN campaign_recipients r ON r.campaign_id = c.id JOIN persons p ON p.id = r.person_id"
                             " WHERE c.id > ? ORDER BY c.id", (started,))
    # each side's satisfaction survey, and the end of before-and-after (the same items as at the start)
    assert [(r["questionnaire_id"], r["tg_user_id"]) for r in rows] == [
        ("satisfaction_mentor", mentor.id), ("exit_mentor", mentor.id), ("satisfaction_mentee", mentee.id),
        ("exit_mentee", mentee.id)]
    await coordinator.click("Завершить и отправить анкеты")  # again: nothing twice
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns WHERE id > ?", (started,)) == 4


async def test_each_mentee_of_a_group_answers_and_old_draft_buttons_do_nothing(harness: Harness,
                                                                              db: Database) -> None:
    coordinator, (mentor, _), (first, second) = await school(harness, db, mentees=2)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел", group_with="Зайцева Ольга")
    await agree(mentor, first, second)
    # the group was formed today: a meeting yesterday is before it existed, refused with the first allowed day
    await mentor.send("/meeting вчера 60 мин очно организационная Знакомство группы")
    assert mentor.text == "Пара работает с 01.09.2026, а встреча указана раньше. Запишите дату не раньше 01.09.2026."
    assert await db.fetchval("SELECT COUNT(*) FROM meetings") == 0
    await mentor.send("/meeting сегодня 60 мин очно организационная Знакомство группы")
    old_skip = dict(mentor.replies()[-1].inline)["Пропустить"]
    await mentor.click("Пропустить")
    await mentor.click("Сохранить")
    await first.click("Да, была")
    assert await db.fetchval("SELECT status FROM meetings") == "logged"  # the other mentee has not answered
    await second.click("Не было")
    assert await db.fetchval("SELECT status FROM meetings") == "disputed"
    assert "не было" in coordinator.shown()[-1].text

    # a button of the finished draft cannot touch a new one
    await mentor.send("/meeting")
    await mentor.press(old_skip)
    assert "неактуально" in mentor.alerts()[-1]
    data = (await db.fetchone("SELECT data FROM fsm_state WHERE user_id = ?", (mentor.id,)))["data"]
    assert '"notes_done": true' not in data


async def test_a_typed_date_reads_like_the_one_line_form(harness: Harness, db: Database) -> None:
    """«Другая дата…» takes what the quick form takes: a day without a year («28 августа», 30.08); a day still ahead
    is refused politely and the form stays where it was."""
    _, mentor, _, _, _ = await working_pairs(harness, db)  # today is 01.09.2026 in the school
    await mentor.send("/meeting")
    await mentor.click("организационная")
    await mentor.click("Другая дата…")
    await mentor.send("05.09")
    assert "ещё не наступила" in mentor.text
    await mentor.send("28 августа")
    assert "Сколько длилась встреча" in mentor.text
    await mentor.click("45 мин")
    await mentor.click("Очно")
    await mentor.send("Знакомство")
    await mentor.click("Пропустить")
    assert "Дата: 28.08.2026" in mentor.text
    await mentor.click("Дата")
    await mentor.click("Другая дата…")
    await mentor.send("30.08")
    assert "Дата: 30.08.2026" in mentor.text
    await mentor.click("Сохранить")
    assert await db.fetchval("SELECT held_on FROM meetings") == "2026-08-30"


async def test_two_coordinators_finishing_at_once_complete_the_pair_once(harness: Harness, db: Database) -> None:
    coordinator, mentor, _, _, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "сегодня 60 мин очно итоговая Подведение итогов")
    service: MeetingService = harness.dp["meetings"]
    actor = await actor_of(db, coordinator.id)
    started = await db.fetchval("SELECT MAX(id) FROM campaigns")
    results = await asyncio.gather(service.finish(actor, 1), service.finish(actor, 1), return_exceptions=True)
    assert sorted(type(r).__name__ for r in results) == ["DomainError", "tuple"]
    assert await db.fetchval("SELECT status FROM pairs WHERE id = 1") == "completed"
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns WHERE id > ?", (started,)) == 4
    assert await db.fetchval("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id > ?", (started,)) == 4


async def test_finishing_changes_nothing_when_a_survey_cannot_be_created(harness: Harness, db: Database,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    coordinator, mentor, _, _, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "сегодня 60 мин очно итоговая Подведение итогов")
    campaigns: CampaignService = harness.dp["campaigns"]
    create = campaigns.create

    async def mentee_survey_fails(actor: Actor, questionnaire_id: str, *args: Any, **kwargs: Any) -> Any:
        if questionnaire_id == "satisfaction_mentee":
            raise InvalidInput("campaign-error-questionnaire")
        return await create(actor, questionnaire_id, *args, **kwargs)

    monkeypatch.setattr(campaigns, "create", mentee_survey_fails)
    started = await db.fetchval("SELECT COUNT(*) FROM campaigns")  # the pairs' start questionnaires
    await coordinator.click("Завершить и отправить анкеты")
    assert "Такой анкеты нет" in coordinator.alerts()[-1]
    assert await db.fetchval("SELECT status FROM pairs WHERE id = 1") == "active"
    # the mentor's surveys were rolled back too
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns") == started


async def test_a_nudge_lost_in_an_outage_goes_out_when_telegram_is_back(harness: Harness, db: Database,
                                                                        translator: Translator) -> None:
    """A nudge that Telegram could not take for a passing reason is not counted as sent: the next sweep tries again."""
    await working_pairs(harness, db)
    notifier = FakeNotifier()
    service = service_graph(db, harness.clock, harness.settings, translator, notifier).meetings
    hours = harness.settings.reminder_settings
    harness.clock.advance(timedelta(days=14))
    notifier.down = True
    assert await service.nudge(hours.work_start, hours.work_end) == 0
    assert len(notifier.tries) == 2 and not notifier.sent
    notifier.down = False
    assert await service.nudge(hours.work_start, hours.work_end) == 2
    assert sorted(m["key"] for m in notifier.sent) == ["meeting-nudge-mentor"] * 2
    assert await service.nudge(hours.work_start, hours.work_end) == 0  # and never twice


async def test_meetings_asks_which_pair_only_when_there_is_a_choice(harness: Harness, db: Database) -> None:
    """A mentor of two pairs picks one (a screen that reads no more than the pairs' numbers); a mentee of one pair
    sees its meetings at once, and so does /meeting (no «which pair» before the form)."""
    from tests.flows import agree, approve_both, propose_from_suggestions, school

    coordinator, (maths, _), (petrov, zaitseva) = await school(harness, db, mentees=2)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел", choose="Иванова")
    await agree(maths, petrov)
    await propose_from_suggestions(coordinator, "Зайцева Ольга", choose="Иванова")
    await agree(maths, zaitseva)
    with harness.cost() as cost:
        await maths.send("/meetings")
    assert "Историю какой пары показать?" in maths.text
    assert maths.replies()[-1].button_texts() == ["📋 Встречи пары № 1", "📋 Встречи пары № 2"]
    assert cost.transactions == 0 and cost.calls <= 4, cost
    await maths.click("Встречи пары № 2")
    assert "Встречи пары № 2</b>" in maths.text
    await maths.send("/meeting")
    assert "Для какой пары записать встречу?" in maths.text

    await petrov.send("/meetings")
    assert "Историю какой пары" not in petrov.text and "Встречи пары № 1</b>: 0" in petrov.text
    await petrov.send("/meeting")
    assert "Для какой пары" not in petrov.text and "Какая это была встреча?" in petrov.text
    await petrov.send("/cancel")
    await petrov.send("/mypair")  # the card at once
    assert petrov.text.startswith("<b>Наставническая пара № 1</b>")
    await petrov.send("/survey")  # his one questionnaire, submitted: straight to it, no list
    assert "выберите, чтобы заполнить" not in petrov.text and "Изменить ответы" in " ".join(
        b for s in petrov.replies() for b in s.button_texts())
