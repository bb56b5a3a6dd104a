"""Banks, matching, pairs and groups through the real Dispatcher: what coordinators, mentors and mentees see."""

from __future__ import annotations

import hashlib
import io
from datetime import timedelta
from typing import Any

import docx

from bot.callbacks import ActionCb, PairCb
from bot.services.banks import BankService
from bot.services.pairs import PairService
from storage.db import Database
from tests.conftest import both_channels
from tests.flows import (
    actor_of,
    agree,
    approve_both,
    person_row,
    propose_from_suggestions,
    school,
    working_pairs,
)
from tests.harness import Client, Harness


async def consent_rows(db: Database) -> list[dict[str, Any]]:
    rows = await db.fetchall("SELECT * FROM consent_events WHERE kind IN ('mentoring', 'mentee_pair') ORDER BY id")
    return [dict(r) for r in rows]


@both_channels
async def test_coordinator_forms_a_pair_both_confirm_and_work_by_a_programme(harness: Harness, db: Database) -> None:
    coordinator, (mentor, _), (mentee,) = await school(harness, db)

    await coordinator.send("/mentors")
    assert "База наставников</b> — 2" in coordinator.text
    assert "Иванова Мария Петровна</b> — Математика" in coordinator.text
    assert "анкета заполнена, решение не принято" in coordinator.text
    await coordinator.click("1.")
    assert "Наставляемых: 0 из 2" in coordinator.text and "Хочу помогать" in coordinator.text
    await approve_both(coordinator)
    assert any("Вас утвердили наставником" in s.text for s in mentor.shown())

    # suggestions for the mentee: the maths mentor first, and why
    await coordinator.send("/mentees")
    assert "Петров Павел Андреевич</b> — педагог" in coordinator.text and "без пары" in coordinator.text
    await coordinator.click("Петров Павел")
    await coordinator.click("Подобрать наставника")
    text = coordinator.text
    assert text.index("Иванова Мария Петровна") < text.index("Орлов Игорь Николаевич")
    assert "Предмет: математика" in text
    assert "закрыты 2 из 2 — методика, работа с родителями" in text
    assert "Нет общего предмета" in text  # why the history teacher is lower
    await coordinator.click("Выбрать 1")
    assert "форму наставничества" in coordinator.text
    await coordinator.click("учитель – учитель")
    await coordinator.click("До конца учебного года")
    assert "31.05.2027" in coordinator.text and "Наставник: Иванова Мария Петровна" in coordinator.text
    await coordinator.click("Отправить предложение")
    assert "Предложение пары № 1 отправлено" in coordinator.text

    # the mentor: proposal → card → consent (ТК РФ ст. 351.8) → agree
    assert "Вам предложена наставническая пара" in mentor.shown()[-1].text
    await mentor.click("Открыть")
    assert "Наставническая пара № 1</b> — предложена" in mentor.text
    consent = mentor.replies()[-1].text
    assert "Согласие на выполнение обязанностей наставника" in consent and "351.8" in consent
    assert "Петров Павел Андреевич" in consent and "учитель – учитель" in consent
    await mentor.click("Согласен")
    assert "Ждём ответа остальных" in mentor.text
    assert any("Иванова Мария Петровна подтвердила участие" in s.text for s in coordinator.shown())
    await mentor.press(PairCb(a="yes", id=1).pack())  # the same button again changes nothing
    assert "неактуальна" in mentor.alerts()[-1]

    await mentee.click("Открыть")
    assert "Согласие на участие в наставнической паре" in mentee.replies()[-1].text
    await mentee.click("Согласен")
    assert "пара начала работу" in mentee.text
    assert "Наставническая пара утверждена" in mentor.shown()[-1].text
    assert any("Пара № 1 сформирована" in s.text for s in coordinator.shown())

    # both confirmations are separate, versioned consents tied to the pair, with the hash of the text shown
    rows = await consent_rows(db)
    # the current versions (02.12.2026); in MAX the mentee's names MAX, a version of its own
    assert [(r["kind"], r["action"], r["pair_id"], r["version"]) for r in rows] == [
        ("mentoring", "given", 1, "5"), ("mentee_pair", "given", 1, "5" if harness.channel == "telegram" else "6")]
    assert rows[0]["text_sha256"] == hashlib.sha256(consent.encode()).hexdigest()

    # the mentor drafts the programme; bad input first
    await mentor.send("/mypair")
    assert "Программы пока нет" in mentor.text and "выполнено" not in mentor.text
    write = [b for b in mentor.replies()[0].inline if b[0].startswith("💬 Написать")]
    if harness.channel == "telegram":
        assert write == [("💬 Написать: Петров Павел Андреевич", "tg://user?id=3100")]
    else:  # MAX has no link that opens a person's chat by their id (tg://user): the button is not shown
        assert write == []
    await mentor.click("Добавить цель")
    await mentor.send_sticker()
    assert "Напишите текст" in mentor.text
    await mentor.send("Освоить формирующее оценивание")
    assert "Цель добавлена" in mentor.text
    await mentor.click("Добавить задачу")
    await mentor.send("Посетить 3 урока наставника")
    await mentor.send("31.02.2026")
    assert "такой даты нет" in mentor.text.lower() or "дата" in mentor.text.lower()
    await mentor.send("15.10.2026")
    assert "Задача добавлена" in mentor.text
    assert "◻️ 1. Посетить 3 урока наставника (до 15.10.2026)" in mentor.text
    assert "Следующий шаг: «Посетить 3 урока наставника», срок 15.10.2026" in mentor.text
    await mentor.click("Добавить задачу")
    await mentor.send("Провести открытый урок")
    await mentor.click("Без срока")
    await mentor.click("Показать программу наставляемому")
    assert "составил (или обновил) вашу персонализированную программу" in mentee.shown()[-1].text

    # the mentee sees the programme, the mentor's contact, and ticks a task
    await mentee.send("/mypair")
    card = mentee.replies()[0]
    assert "Наставник: Иванова Мария Петровна (учитель математики)" in card.text
    write = [b for b in card.inline if b[0].startswith("💬 Написать")]
    assert write == ([("💬 Написать: Иванова Мария Петровна", "tg://user?id=3000")] if harness.channel == "telegram"
                     else [])
    await mentee.click("◻️ 1")
    assert "✅ 1. Посетить 3 урока наставника" in mentee.text

    # the coordinator follows progress and gets the order as .docx
    await coordinator.send("/pairs")
    assert "№ 1. Иванова Мария Петровна → Петров Павел Андреевич" in coordinator.text
    assert "задачи 1/2" in coordinator.text
    await coordinator.click("Приказ о закреплении")
    order = coordinator.documents()[-1]
    assert order.document.filename == "Приказ о закреплении наставнических пар.docx"  # type: ignore[union-attr]
    document = docx.Document(io.BytesIO(order.document.data))  # type: ignore[union-attr]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any("Иванова Мария Петровна" in c for c in cells) and any("Петров Павел Андреевич" in c for c in cells)

    await mentee.click("Программа (.docx)")
    programme = docx.Document(io.BytesIO(mentee.documents()[-1].document.data))  # type: ignore[union-attr]
    text = "\n".join(c.text for t in programme.tables for row in t.rows for c in row.cells)
    assert "Посетить 3 урока наставника" in text and "Провести открытый урок" in text


async def test_a_group_a_decline_and_the_unmatched_list(harness: Harness, db: Database) -> None:
    coordinator, (mentor, history), (first, second, third) = await school(harness, db, mentees=3)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел", group_with="Зайцева Ольга")
    assert "Предложение пары № 1 отправлено: 3 участника" in coordinator.text

    await mentor.click("Открыть")
    assert "Наставническая группа № 1" in mentor.text
    assert "Наставляемые: Петров Павел Андреевич (учитель математики), Зайцева Ольга Игоревна" in mentor.text
    await mentor.click("Согласен")
    await first.click("Открыть")
    await first.click("Согласен")
    await second.click("Открыть")
    await second.click("Отказаться")
    assert "Вы отказались" in second.text
    assert any("Зайцева Ольга Игоревна отказалась" in s.text for s in coordinator.shown())
    row = await db.fetchone("SELECT status FROM pairs WHERE id = 1")
    assert row["status"] == "active"  # the group goes on with those who agreed
    assert [r["action"] for r in await consent_rows(db)] == ["given", "given", "declined"]

    # the decline freed a place: the maths mentor takes the third mentee and is then full (a proposal holds it)
    await coordinator.send("/mentees")
    await coordinator.click("Кузнецов Денис")
    await coordinator.click("Подобрать наставника")
    assert "Иванова Мария Петровна</b> — 83 балла, свободно мест: 1 из 2" in coordinator.text
    await propose_from_suggestions(coordinator, "Кузнецов Денис")
    await coordinator.send("/mentees")
    await coordinator.click("Зайцева Ольга")
    assert "Предложенная пара не сложилась" in coordinator.text
    await coordinator.click("Подобрать наставника")
    assert "Иванова Мария" not in coordinator.text and "Орлов Игорь Николаевич" in coordinator.text

    # the history teacher declines: the mentee is back in the bank, the coordinator is told
    await coordinator.click("Выбрать 1")
    await coordinator.click("учитель – учитель")
    await coordinator.click("6 месяцев")
    await coordinator.click("Отправить предложение")
    await history.click("Открыть")
    await history.click("Отказаться")
    assert "не сложилась" in second.shown()[-1].text
    assert any("Пара № 3" in s.text and "не сложилась" in s.text for s in coordinator.shown())
    assert third.shown()[-1].text.startswith("🤝")  # the third mentee only has the proposal, nothing else

    await coordinator.send("/unmatched")
    assert "Наставляемые без пары</b> — 1" in coordinator.text
    assert "Зайцева Ольга Игоревна — ждёт с 01.09.2026; пара не сложилась" in coordinator.text
    assert "Петров Павел" not in coordinator.text and "Кузнецов" not in coordinator.text
    await coordinator.click("Зайцева Ольга")
    flag = next(data for text, data in coordinator.replies()[-1].inline if "Нужна поддержка психолога" in text)
    await coordinator.click("Нужна поддержка психолога")
    assert "нужна психологическая поддержка" in coordinator.text
    await coordinator.press(flag)  # a double tap sets the flag again instead of taking it off
    assert "нужна психологическая поддержка" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM mentee_support") == 1
    await coordinator.send("/unmatched")
    assert "🧡 поддержка" in coordinator.text


async def test_another_pair_cannot_see_or_touch_this_one(harness: Harness, db: Database) -> None:
    coordinator, (mentor, history), (mentee, outsider) = await school(harness, db, mentees=2)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел")
    await mentor.click("Открыть")
    await mentor.click("Согласен")
    await mentee.click("Открыть")
    await mentee.click("Согласен")
    await mentor.send("/mypair")
    await mentor.click("Добавить задачу")
    await mentor.send("Посетить урок")
    await mentor.click("Без срока")
    item = await db.fetchone("SELECT id FROM programme_items")
    before = await db.fetchall("SELECT * FROM programme_items")

    for data in (PairCb(a="open", id=1), PairCb(a="done", id=item["id"]), PairCb(a="yes", id=1),
                 PairCb(a="sigok", id=1), PairCb(a="endok", id=1), PairCb(a="doc", id=1),
                 PairCb(a="stopok", id=1), ActionCb(command="pair", target_id=1)):
        await outsider.press(data.pack())
        assert outsider.alerts() and "недоступно" in outsider.alerts()[-1], data
        assert not [s for s in outsider.replies() if "Иванова" in s.text], data
    # the other mentor cannot mark the task or close the pair either
    await history.press(PairCb(a="done", id=item["id"]).pack())
    assert "недоступно" in history.alerts()[-1]
    # a mentee cannot stop the pair as if they were the coordinator, nor add to the mentor's programme
    await mentee.press(PairCb(a="stopok", id=1).pack())
    assert "недоступно" in mentee.alerts()[-1]
    await mentee.press(PairCb(a="task", id=1).pack())
    assert "неактуальна" in mentee.alerts()[-1]
    await outsider.press("pr1:open:not-a-number:0")
    assert outsider.alerts()
    assert [dict(r) for r in await db.fetchall("SELECT * FROM programme_items")] == [dict(r) for r in before]
    assert (await db.fetchone("SELECT status FROM pairs WHERE id = 1"))["status"] == "active"
    assert await db.fetchval("SELECT COUNT(*) FROM pair_signals") == 0


async def test_signal_ending_early_and_completion(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, _, other = await working_pairs(harness, db)
    pairs = {r["mentor_id"]: r["id"] for r in await db.fetchall("SELECT id, mentor_id FROM pairs")}
    first = pairs[(await person_row(db, 3000))["id"]]

    # the order lists every pair, one row each
    await coordinator.send("/pairs")
    await coordinator.click("Приказ о закреплении")
    assert "пар в приложении — 2" in coordinator.text
    order = docx.Document(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
    rows = [[c.text for c in row.cells] for row in order.tables[-1].rows]
    assert len(rows) == 3
    assert "Иванова Мария Петровна" in rows[1][1] and "Петров Павел Андреевич" in rows[1][2]
    assert "Орлов Игорь Николаевич" in rows[2][1] and "Зайцева Ольга Игоревна" in rows[2][2]

    # «not working» reaches only the coordinator
    mentee_messages = len(mentee.shown())
    await mentor.send("/mypair")
    await mentor.click("Пара не складывается")
    await mentor.click("Да, сообщить куратору")
    assert "только куратору" in mentor.text
    assert any("сообщает, что пара не складывается" in s.text for s in coordinator.shown())
    assert len(mentee.shown()) == mentee_messages
    await coordinator.send("/pairs")
    assert "⚠️ 1" in coordinator.text

    # the mentee ends early: 3 full working days' notice (asked Tuesday 01.09.2026: Wed, Thu, Fri → from Sat 05.09)
    await mentee.send("/mypair")
    await mentee.click("Завершить досрочно")
    await mentee.click("Да, завершить досрочно")
    assert "наставничество для вас завершится 05.09.2026" in mentee.text
    assert "Пара завершится 05.09.2026" in mentor.shown()[-1].text
    assert any("просит завершить наставничество досрочно" in s.text for s in coordinator.shown())
    service: PairService = harness.dp["pairs"]
    assert await service.sweep() == 0  # not yet
    harness.clock.advance(timedelta(days=3))  # Friday: the third working day of notice
    assert await service.sweep() == 0
    harness.clock.advance(timedelta(days=1))
    assert await service.sweep() == 1
    assert await service.sweep() == 0  # never twice
    row = await db.fetchone("SELECT status, end_reason FROM pairs WHERE id = ?", (first,))
    assert (row["status"], row["end_reason"]) == ("ended", "notice")
    assert "Наставническая пара завершена" in mentee.shown()[-1].text
    await coordinator.send("/unmatched")
    assert "Петров Павел Андреевич" in coordinator.text and "пара не сложилась" in coordinator.text

    # the coordinator completes the other pair
    await coordinator.send("/pairs")
    await coordinator.click(f"№ {pairs[(await person_row(db, 3001))['id']]}")
    await coordinator.click("Завершить: программа выполнена")
    assert "Пара завершена как выполненная" in coordinator.text
    assert "программа выполнена" in other.shown()[-1].text
    await coordinator.send("/pairs")
    await coordinator.click("Завершённые пары")
    assert "выполнена" in coordinator.text and "прекращена" in coordinator.text


async def test_selection_reject_with_reason_and_bad_input(harness: Harness, db: Database) -> None:
    coordinator, (mentor, _), _ = await school(harness, db, mentees=0)
    await coordinator.send("/mentors")
    await coordinator.click("1.")
    await coordinator.click("Не отбирать")
    assert "Почему Иванова Мария Петровна не отобрана" in coordinator.text  # the patronymic says «she»
    await coordinator.send_photo()
    assert "причину текстом" in coordinator.text
    await coordinator.send("x" * 600)
    assert "до 500 символов" in coordinator.text
    await coordinator.send("В этом году нет мест в программе")
    assert "Решение сохранено" in coordinator.text
    assert "Причина: В этом году нет мест в программе" in mentor.shown()[-1].text
    await coordinator.send("/mentors")
    assert "не отобрана" in coordinator.text
    # a rejected candidate is never suggested; training needs approval first
    bank: BankService = harness.dp["banks"]
    actor = await actor_of(db, coordinator.id)
    entry = await bank.mentor(actor, (await person_row(db, 3000))["id"])
    assert not entry.eligible

    # the other candidate: approved, then trained today; the filters find them
    await coordinator.send("/mentors")
    await coordinator.click("Орлов Игорь")
    await coordinator.click("Утвердить наставником")
    await coordinator.click("Обучение пройдено")
    assert "Обучение наставников пройдено: 01.09.2026" in coordinator.text
    await coordinator.send("/mentors")
    for _ in range(3):  # все → без решения → утверждены → обучены
        await coordinator.click("Статус:")
    assert "Статус: обучены" in " ".join(coordinator.replies()[-1].button_texts())
    assert "Орлов Игорь" in coordinator.text and "Иванова Мария" not in coordinator.text
    await coordinator.click("Сбросить фильтры")
    await coordinator.click("Стаж:")  # до 3 лет: nobody
    assert "Нет кандидатов в наставники с такими условиями" in coordinator.text
    await coordinator.click("Стаж:")  # 3–10 лет: the history teacher (9 years)
    assert "Орлов Игорь" in coordinator.text and "Иванова Мария" not in coordinator.text
    # the subject filter is typed
    await coordinator.click("Сбросить фильтры")
    await coordinator.click("Предмет:")
    await coordinator.send("истории")
    assert "Орлов Игорь" in coordinator.text and "Иванова Мария" not in coordinator.text
    assert "База наставников</b> — 1" in coordinator.text


async def test_draft_survives_a_restart_and_stale_draft_buttons_are_refused(harness: Harness, db: Database) -> None:
    coordinator, _, _ = await school(harness, db)
    await approve_both(coordinator)
    await coordinator.send("/mentees")
    await coordinator.click("Петров Павел")
    await coordinator.click("Подобрать наставника")
    await coordinator.click("Выбрать 1")
    await coordinator.click("учитель – учитель")
    term = dict(coordinator.replies()[-1].inline)
    harness.restart()  # the draft lives in the FSM data in SQLite
    await coordinator.press(next(d for text, d in term.items() if "До конца учебного года" in text))
    send = dict(coordinator.replies()[-1].inline)["📨 Отправить предложение"]
    await coordinator.press(send)
    assert "Предложение пары № 1 отправлено" in coordinator.text
    await coordinator.press(send)  # the same button again: no second pair
    assert coordinator.alerts() and await db.fetchval("SELECT COUNT(*) FROM pairs") == 1


async def test_weekly_reminder_of_unmatched_mentees_once(harness: Harness, db: Database) -> None:
    coordinator, _, _ = await school(harness, db, mentees=2)
    bank: BankService = harness.dp["banks"]
    settings = harness.settings.reminder_settings
    harness.clock.advance(timedelta(days=20))  # Monday 21.09.2026, 10:00 in Moscow
    assert harness.clock.now().weekday() == 0
    assert await bank.remind_unmatched(settings.work_start, settings.work_end) == 1
    assert await bank.remind_unmatched(settings.work_start, settings.work_end) == 0
    assert "Наставляемые без пары: 2" in coordinator.shown()[-1].text
    harness.clock.advance(timedelta(days=1))  # Tuesday: nothing
    assert await bank.remind_unmatched(settings.work_start, settings.work_end) == 0


async def test_withdrawal_ends_the_pair_and_tells_the_other_side(harness: Harness, db: Database) -> None:
    coordinator, (mentor, _), (mentee,) = await school(harness, db)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator)
    await agree(mentor, mentee)
    await mentee.send("/privacy")
    await mentee.click("Отозвать согласие")
    await mentee.click("Да, отозвать")
    row = await db.fetchone("SELECT status, end_reason FROM pairs WHERE id = 1")
    assert (row["status"], row["end_reason"]) == ("ended", "withdrawn")
    assert "вышел из программы" in mentor.shown()[-1].text
    await mentor.send("/mypair")
    assert "пока нет наставнической пары" in mentor.text



async def launch_survey(coordinator: Client, *audience_clicks: str) -> str:
    await coordinator.send("/campaigns")
    await coordinator.click("Новый опрос")
    await coordinator.click("Удовлетворённость программой: наставляемый")
    for button in audience_clicks:
        await coordinator.click(button)
    await coordinator.click("14 дней")
    await coordinator.click("Нет, с именами")
    if "Проверьте опрос" in coordinator.text:  # the review screen, then the one confirmation
        await coordinator.click("Запустить")
    return coordinator.text


async def recipients(db: Database) -> list[set[int]]:
    """Who each survey the coordinator launched went to (the start questionnaires a pair sends by itself when it
    starts are left out: tests/handlers/test_growth.py)."""
    found: dict[int, set[int]] = {}
    for r in await db.fetchall("SELECT r.campaign_id, (SELECT external_id FROM accounts WHERE person_id = p.id) AS "
                               "tg_user_id FROM campaign_recipients r"
                               " JOIN campaigns c ON c.id = r.campaign_id"
                               " JOIN persons p ON p.id = r.person_id WHERE c.questionnaire_id NOT LIKE 'entry!_%'"
                               " ESCAPE '!' ORDER BY r.campaign_id"):
        found.setdefault(r["campaign_id"], set()).add(r["tg_user_id"])
    return [found[k] for k in sorted(found)]


async def test_survey_audiences_all_pairs_one_form_and_a_hand_picked_list(harness: Harness, db: Database) -> None:
    coordinator, (mentor, history), (first, _) = await school(harness, db, mentees=2)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел")
    await propose_from_suggestions(coordinator, "Зайцева Ольга", choose="Выбрать 2")
    await agree(mentor, first, history)  # the second pair is still waiting for Зайцева's answer

    assert "запущен: приглашения уходят 2 участникам" in await launch_survey(
        coordinator, "Участникам всех действующих пар")
    assert "запущен: приглашения уходят 2 участникам" in await launch_survey(
        coordinator, "Участникам пар одной формы", "учитель – учитель")
    await launch_survey(coordinator, "Участникам пар одной формы", "ученик – ученик")
    assert "В выбранной группе пока нет участников" in coordinator.alerts()[-1]

    # by hand: tick two people, untick one, tick another — three chosen
    await coordinator.send("/campaigns")
    await coordinator.click("Новый опрос")
    await coordinator.click("Удовлетворённость программой: наставляемый")
    await coordinator.click("Выбрать людей вручную")
    assert "Выбрано: 0" in coordinator.text
    await coordinator.click("⬜ Зайцева Ольга")
    await coordinator.click("⬜ Орлов Игорь")
    await coordinator.click("☑️ Зайцева Ольга")
    await coordinator.click("⬜ Иванова Мария")
    await coordinator.click("⬜ Смирнова Ольга")
    assert "Выбрано: 3" in coordinator.text
    await coordinator.click("Готово, выбрано: 3")
    await coordinator.click("14 дней")
    await coordinator.click("Нет, с именами")
    await coordinator.click("Запустить")
    assert "запущен: приглашения уходят 3 участникам" in coordinator.text
    # a forged tick for someone of another organisation is refused
    await coordinator.press("cp1:tog:0::0:0:999999:0")
    assert "неактуально" in coordinator.alerts()[-1]

    assert await recipients(db) == [{3000, 3100}, {3000, 3100}, {3001, 3000, 2000}]


async def test_a_mentee_leaves_only_the_group_and_a_withdrawal_settles_a_proposal(harness: Harness,
                                                                                  db: Database) -> None:
    coordinator, (mentor, _), (first, second, third) = await school(harness, db, mentees=3)
    async with db.transaction():  # this mentor takes three
        await db.execute("UPDATE answers SET value = '3' WHERE question_id = 'capacity' AND answer_set_id ="
                         " (SELECT s.id FROM answer_sets s JOIN persons p ON p.id = s.person_id"
                         " WHERE p.id = (SELECT person_id FROM accounts WHERE external_id = 3000))")
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел", group_with="Зайцева Ольга")  # sent below
    await mentor.click("Открыть")
    assert "Написать" not in " ".join(mentor.replies()[0].button_texts())  # no contacts before everyone agreed
    await coordinator.send("/pairs")
    await coordinator.click("№ 1")
    await coordinator.click("Прекратить пару")
    await coordinator.click("Да, прекратить")
    assert (await db.fetchone("SELECT status FROM pairs WHERE id = 1"))["status"] == "declined"

    # a group of three; the mentor, Петров and Кузнецов agree
    await coordinator.send("/mentees")
    await coordinator.click("Петров Павел")
    await coordinator.click("Подобрать наставника")
    await coordinator.click("Выбрать 1")
    await coordinator.click("учитель – учитель")
    await coordinator.click("До конца учебного года")
    for name in ("Зайцева Ольга", "Кузнецов Денис"):
        await coordinator.click("Добавить наставляемого")
        await coordinator.click(name)
    await coordinator.click("Отправить предложение")
    assert "Предложение пары № 2 отправлено: 4 участника" in coordinator.text
    await agree(mentor, first, third)
    # Зайцева withdraws consent before answering: everyone left has agreed, so the group starts
    await second.send("/privacy")
    await second.click("Отозвать согласие")
    await second.click("Да, отозвать")
    assert (await db.fetchone("SELECT status FROM pairs WHERE id = 2"))["status"] == "active"

    # in a group, a mentee asking to end early leaves only the group
    await first.send("/mypair")
    await first.click("Завершить досрочно")
    await first.click("Да, завершить досрочно")
    assert "для вас завершится 05.09.2026" in first.text
    assert "группа продолжит работу без него" in mentor.shown()[-1].text
    assert not any("попросил" in s.text for s in third.shown())  # the other mentee is not disturbed
    harness.clock.advance(timedelta(days=4))
    service: PairService = harness.dp["pairs"]
    assert await service.sweep() == 1
    pair = await service.repos.pairs.get(2)
    assert pair is not None and pair.status == "active"
    assert pair.mentee_ids == [(await person_row(db, 3102))["id"]]


async def test_a_half_typed_rejection_is_dropped_when_the_coordinator_moves_on(harness: Harness,
                                                                                db: Database) -> None:
    coordinator, (mentor, _), _ = await school(harness, db, mentees=0)
    await coordinator.send("/mentors")
    await coordinator.click("Иванова Мария")
    await coordinator.click("Не отбирать")
    await coordinator.send("/mentors")  # changed their mind
    await coordinator.send("хороший кандидат")
    assert await db.fetchval("SELECT COUNT(*) FROM mentor_selection") == 0
    assert not any("Причина" in s.text for s in mentor.shown())
