"""Shaping the roadmap in chat: a messy document taken to an active roadmap without deleting it; every edit checks who
asks and what it names; edits after activation re-plan the reminders, each still sent once; statuses and reopening;
/tasks with the done ones; the long draft paged within Telegram's limits."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.callbacks import ActionCb, ShapeCb
from storage.db import Database
from tests.conftest import both_channels
from tests.flows import coordinator_link, create_org, invite, make_coordinator, register_adult
from tests.handlers.test_roadmap import active_roadmap_with_grishenkova, staff
from tests.harness import Client, Harness

# A 2023/24 roadmap as it comes out of a scan: a title with its own year above the table, a stage title, a deadline
# and a responsible role wrapped over two rows, a fragment of a stage's name numbered as a stage of its own, and
# every deadline in 2023/24.
MESSY = """Дорожная карта реализации программы наставничества на 2023-2024 учебный год

| № | Наименование этапа | Мероприятия | Сроки | Ответственные |
|---|---|---|---|---|
| 1. | Подготовка условий | Приказ о внедрении наставничества | Сентябрь - | Директор |
| | для запуска программы | | ноябрь 2023 | |
| | | Положение о наставничестве | Октябрь 2023 | Рабочая группа |
| 2. | Формирование банка наставников | Анкетирование потенциальных наставников | Ноябрь 2023 | Гришенкова А.Н. |
| 3. | Программы наставничества | Закрепление наставнических пар приказом | Декабрь 2023 | Администрация |
| | | | | ДОО |
| 4. | Завершение программы | Мониторинг удовлетворённости наставников | Май 2024 | Координатор |
"""


KINDERGARTEN = Path(__file__).resolve().parents[1] / "fixtures" / "roadmaps" / "roadmap-kindergarten-ocr.tsv"


def stage_id_of(client: Client, number: int) -> str:
    """The callback data of the «Этап N» button on the latest screen that has it."""
    for shown in reversed(client.shown()):
        for text, data in shown.inline:
            if text == f"Этап {number}":
                return data
    raise AssertionError(f"no «Этап {number}» button")


async def open_stage(client: Client, number: int) -> None:
    await client.send("/roadmap")
    await client.press(stage_id_of(client, number))


async def test_a_messy_document_becomes_an_active_roadmap(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    grishenkova = await staff(harness, coordinator, 3001, "Гришенкова Анна Николаевна")
    await coordinator.send_document("карта 2023.md", MESSY.encode())
    draft = coordinator.text
    # the draft shows stages and their activities, and says the document is for another year
    assert "Черновик дорожной карты на 2026/2027 учебный год" in draft
    assert "<b>Этап 2. Формирование банка наставников</b>" in draft
    assert "2.1. Анкетирование потенциальных наставников — <i>01.11.2023–30.11.2023</i>; Гришенкова А.Н." in draft
    assert "Документ составлен на 2023/2024 учебный год" in draft
    # the wrapped rows are read back into their own (the parser's part, seen here as the coordinator sees it)
    assert "<b>Этап 1. Подготовка условий для запуска программы</b>" in draft
    assert "1.1. Приказ о внедрении наставничества — <i>01.09.2023–30.11.2023</i>; Директор" in draft
    assert "Закрепление наставнических пар приказом — <i>01.12.2023–31.12.2023</i>; Администрация ДОО" in draft
    assert "📆 Перенести все сроки на 2026/2027" in coordinator.replies()[-1].button_texts()
    roadmap_id = await db.fetchval("SELECT id FROM roadmaps")

    # one tap moves every deadline; a second tap (an old button) changes nothing
    await coordinator.click("Перенести все сроки")
    assert coordinator.alerts() == ["Сроки перенесены: 5."]
    assert "Документ составлен" not in coordinator.text and "01.11.2026–30.11.2026" in coordinator.text
    await coordinator.press(ShapeCb(a="year", id=roadmap_id).pack())
    assert coordinator.alerts() == ["Сроки уже перенесены на этот учебный год."]
    dues = [r[0] for r in await db.fetchall("SELECT due_on FROM roadmap_activities ORDER BY id")]
    assert dues == ["2026-11-30", "2026-10-31", "2026-11-30", "2026-12-31", "2027-05-31"]

    # the fragment «Программы наставничества» is a stage of its own: merged into stage 2 (asked once, naming both)
    await open_stage(coordinator, 3)
    assert "Этап 3. Программы наставничества" in coordinator.text
    await coordinator.click("Объединить с другим этапом")
    await coordinator.click("2. Формирование банка наставников")
    assert ("Объединить этап 3 «Программы наставничества» с этапом 2 «Формирование банка наставников»?"
            " Мероприятия этапа 3 (1)" in coordinator.text)
    await coordinator.click("Да, объединить")
    assert coordinator.alerts() == ["Этапы объединены: теперь это этап 2."]
    assert "2. ▫️ Закрепление наставнических пар приказом" in coordinator.text
    stages = [tuple(r) for r in await db.fetchall("SELECT number, title FROM roadmap_stages ORDER BY position")]
    assert stages == [(1, "Подготовка условий для запуска программы"), (2, "Формирование банка наставников"),
                      (3, "Завершение программы")]
    await coordinator.click("Да, объединить")  # the same button again: the stage is gone, nothing changes
    assert "Этого этапа уже нет" in coordinator.alerts()[0]

    # stage 2 renamed: it holds the pairs now
    await coordinator.click("Название этапа")
    await coordinator.send("Банк наставников и наставнические пары")
    assert "Этап 2 теперь называется «Банк наставников и наставнические пары»" in coordinator.text

    # the pairs activity belongs to a stage of its own: moved back out, to stage 3
    await coordinator.click("2")
    assert "<b>Закрепление наставнических пар приказом</b>" in coordinator.text
    await coordinator.click("В другой этап")
    await coordinator.click("3. Завершение программы")
    assert coordinator.alerts() == ["Перенесено в этап 3."]
    assert "Этап 3. Завершение программы" in coordinator.text

    # an activity renamed, its responsible changed, one added, one deleted
    await open_stage(coordinator, 1)
    await coordinator.click("2")
    await coordinator.click("Название")
    await coordinator.send("Положение о системе наставничества педагогических работников")
    assert "Название изменено" in coordinator.text
    await coordinator.click("Ответственные")
    await coordinator.send("Гришенкова А.Н., заместитель директора по УВР")
    assert "Ответственные за «Положение о системе наставничества педагогических работников»" in coordinator.text
    await coordinator.click("К этапу")
    await coordinator.click("Добавить мероприятие")
    await coordinator.send("Информирование педагогов о программе")
    assert "Мероприятие «Информирование педагогов о программе» добавлено в этап 1" in coordinator.text
    await coordinator.click("3")
    await coordinator.click("Удалить")
    assert "Удалить мероприятие «Информирование педагогов о программе» (этап 1)?" in coordinator.text
    await coordinator.click("Да, удалить")
    assert coordinator.alerts() == ["Мероприятие удалено."]
    await coordinator.click("Да, удалить")  # a double tap finds it gone
    assert "Этого мероприятия уже нет" in coordinator.alerts()[0]

    # link Гришенкова, activate: the draft was never deleted
    await coordinator.send("/roadmap")
    await coordinator.click("Ответственные")
    await coordinator.click("Гришенкова А.Н.")
    await coordinator.click("Гришенкова Анна Николаевна")
    await coordinator.send("/roadmap")
    await coordinator.click("Активировать")
    assert "активирована" in coordinator.text and "Выполнено 0 из 5" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM roadmaps") == 1
    await grishenkova.send("/tasks")
    assert "Положение о системе наставничества педагогических работников" in grishenkova.text

    # after activation: the coordinator marks an activity done from its screen
    await coordinator.click("Этап 2")
    await coordinator.click("1")
    await coordinator.click("Выполнено")
    assert coordinator.alerts() == ["Отмечено: выполнено"]
    assert "Статус: выполнено" in coordinator.text and "↩️ Вернуть в работу" in coordinator.replies()[-1].button_texts()
    row = await db.fetchone("SELECT title, status FROM roadmap_activities WHERE stage_id = (SELECT id FROM"
                            " roadmap_stages WHERE number = 2)")
    assert tuple(row) == ("Анкетирование потенциальных наставников", "done")
    pending = await db.fetchval("SELECT COUNT(*) FROM reminders r JOIN roadmap_activities a ON a.id = r.activity_id"
                                " WHERE a.status = 'done' AND r.status = 'pending'")
    assert pending == 0


async def test_only_the_coordinator_of_the_organisation_edits(harness: Harness, db: Database) -> None:
    coordinator, grishenkova = await active_roadmap_with_grishenkova(harness)
    activity_id = await db.fetchval("SELECT MIN(id) FROM roadmap_activities")
    stage_id = await db.fetchval("SELECT MIN(id) FROM roadmap_stages")
    roadmap_id = await db.fetchval("SELECT id FROM roadmaps")
    before = [tuple(r) for r in await db.fetchall("SELECT * FROM roadmap_activities ORDER BY id")]
    stages_before = [tuple(r) for r in await db.fetchall("SELECT * FROM roadmap_stages ORDER BY id")]
    admin = await create_org(harness, "Гимназия № 1")
    other = await register_adult(harness, 2100, await coordinator_link(admin), "Орлова Нина Петровна")
    forged = [ShapeCb(a="ac", id=activity_id), ShapeCb(a="st", id=stage_id), ShapeCb(a="delok", id=activity_id),
              ShapeCb(a="mgok", id=stage_id, v=stage_id + 1), ShapeCb(a="mvto", id=activity_id, v=stage_id + 1),
              ShapeCb(a="ra", id=activity_id), ShapeCb(a="rs", id=stage_id), ShapeCb(a="year", id=roadmap_id),
              ShapeCb(a="set", id=activity_id, v=1), ShapeCb(a="map", id=roadmap_id)]
    for person in (other, grishenkova):  # another organisation's coordinator; a staff member of this one
        for data in forged:
            await person.press(data.pack())
            assert "недоступно" in person.alerts()[0], (person.id, data)
    # made-up and huge ids: a polite «out of date», nothing touched
    await coordinator.press(ShapeCb(a="delok", id=999_999).pack())
    assert "Этого мероприятия уже нет" in coordinator.alerts()[0]
    await coordinator.press("rs1:delok:99999999999999999999999")
    assert "неактуально" in coordinator.alerts()[0]
    await coordinator.press(ShapeCb(a="mvto", id=activity_id, v=999_999).pack())
    assert "Этого этапа уже нет" in coordinator.alerts()[0]
    # bad input in the middle of an edit: a polite answer, the edit waits
    await coordinator.press(ShapeCb(a="ra", id=activity_id).pack())
    await coordinator.send_sticker()
    assert "Напишите название текстом" in coordinator.text
    await coordinator.send_photo()
    assert "Напишите название текстом" in coordinator.text
    await coordinator.send(" ")
    assert "Напишите название текстом" in coordinator.text
    await coordinator.send("Очень длинное название " * 40)
    assert "слишком длинн" in coordinator.text.lower() or "не длиннее" in coordinator.text.lower()
    await coordinator.press(ShapeCb(a="who", id=activity_id).pack())
    await coordinator.send("!!!")
    assert "Напишите ответственных" in coordinator.text
    assert [tuple(r) for r in await db.fetchall("SELECT * FROM roadmap_activities ORDER BY id")] == before
    assert [tuple(r) for r in await db.fetchall("SELECT * FROM roadmap_stages ORDER BY id")] == stages_before
    # the stranger's own draft is theirs only: this coordinator cannot open it either
    await other.send("/roadmap")
    await other.click("Взять типовой шаблон")
    other_stage = await db.fetchval("SELECT MAX(id) FROM roadmap_stages")
    await coordinator.press(ShapeCb(a="st", id=other_stage).pack())
    assert "недоступно" in coordinator.alerts()[0]
    await coordinator.press(ShapeCb(a="mvto", id=activity_id, v=other_stage).pack())
    assert "недоступно" in coordinator.alerts()[0]


async def test_edits_after_activation_replan_reminders_each_sent_once(harness: Harness, db: Database) -> None:
    coordinator, grishenkova = await active_roadmap_with_grishenkova(harness)
    sweep = harness.dp["reminders"].sweep
    activity_id = await db.fetchval("SELECT id FROM roadmap_activities WHERE title LIKE 'Анкетирование%'")

    async def sent(kind: str) -> list[str]:
        rows = await db.fetchall("SELECT fire_on FROM reminders WHERE activity_id = ? AND kind = ? AND status = 'sent'"
                                 " ORDER BY fire_on", (activity_id, kind))
        return [r[0] for r in rows]

    # 7 days before 10.10.2026, 09:00 in Moscow
    harness.clock.set(harness.clock.now().replace(month=10, day=3, hour=6, minute=0))
    await sweep()
    assert await sent("before") == ["2026-10-03"]
    # the coordinator types the same deadline again, and renames the activity: nothing is sent twice
    await coordinator.press(ShapeCb(a="dt", id=activity_id).pack())
    await coordinator.send("10.10.2026")
    assert "Срок изменён" in coordinator.text
    await coordinator.press(ShapeCb(a="ra", id=activity_id).pack())
    await coordinator.send("Анкетирование наставников")
    harness.clock.advance(timedelta(hours=2))
    await sweep()
    assert await sent("before") == ["2026-10-03"]
    # the deadline moves to 20.10: new reminders, 7 and 1 days before the new date and on the day
    await coordinator.press(ShapeCb(a="dt", id=activity_id).pack())
    await coordinator.send("20.10.2026")
    planned = await db.fetchall("SELECT kind, fire_on FROM reminders WHERE activity_id = ? AND status = 'pending'"
                                " ORDER BY fire_on", (activity_id,))
    assert [tuple(r) for r in planned][:3] == [("before", "2026-10-13"), ("before", "2026-10-19"),
                                               ("due", "2026-10-20")]
    harness.clock.set(harness.clock.now().replace(day=13, hour=6))
    await sweep()
    await sweep()
    assert await sent("before") == ["2026-10-03", "2026-10-13"]
    texts = [s.text for s in grishenkova.shown() if "Осталось 7 дней" in s.text]
    assert len(texts) == 2 and "Анкетирование наставников" in texts[-1]
    # the responsible changed after activation: reminders go to the coordinator (nobody linked) from now on
    await coordinator.press(ShapeCb(a="who", id=activity_id).pack())
    await coordinator.send("Заместитель директора по УВР")
    owners = await db.fetchall("SELECT DISTINCT (SELECT external_id FROM accounts WHERE person_id = p.id) AS "
                               "tg_user_id FROM reminders r JOIN persons p ON p.id = r.person_id"
                               " WHERE r.activity_id = ? AND r.status = 'pending'", (activity_id,))
    assert [r[0] for r in owners] == [coordinator.id]


async def test_statuses_reopen_and_tasks_with_done_ones(harness: Harness, db: Database) -> None:
    coordinator, grishenkova = await active_roadmap_with_grishenkova(harness)
    mine = await db.fetchval("SELECT id FROM roadmap_activities WHERE title LIKE 'Анкетирование%'")
    await grishenkova.send("/tasks")
    assert "Показать выполненные" not in grishenkova.replies()[-1].button_texts()
    await grishenkova.click("1")
    await grishenkova.click("Выполнено")
    await grishenkova.send("/tasks")
    assert "Открытых задач" in grishenkova.text
    await grishenkova.click("Показать выполненные")
    assert "✅ Анкетирование потенциальных наставников" in grishenkova.text
    await grishenkova.click("1")
    await grishenkova.click("Вернуть в работу")  # she marked it, she may reopen it
    assert grishenkova.alerts() == ["Отмечено: запланировано"]
    assert await db.fetchval("SELECT status FROM roadmap_activities WHERE id = ?", (mine,)) == "planned"
    assert await db.fetchval("SELECT COUNT(*) FROM reminders WHERE activity_id = ? AND status = 'pending'",
                             (mine,)) > 0
    await grishenkova.click("Вернуть в работу")  # a double tap: nothing more
    assert grishenkova.alerts() == ["Отмечено: запланировано"]
    # the coordinator marks another activity in progress, then skipped with a reason, then reopens it
    other = await db.fetchval("SELECT id FROM roadmap_activities WHERE title LIKE 'Приказ%'")
    await coordinator.press(ShapeCb(a="ac", id=other).pack())
    await coordinator.click("В работе")
    assert coordinator.alerts() == ["Отмечено: в работе"]
    await coordinator.click("Пропустить")
    await coordinator.send("Приказ издаёт управление образования")
    assert "пропущенное" in coordinator.text
    # someone who did not mark it cannot reopen it
    await grishenkova.press(ActionCb(command="reopen", target_id=other).pack())
    assert "недоступно" in grishenkova.alerts()[0]
    mentee = await register_adult(harness, 3300, await invite(coordinator, "Наставляемый педагог"))
    await mentee.press(ActionCb(command="reopen", target_id=mine).pack())
    assert "недоступно" in mentee.alerts()[0]
    await coordinator.press(ShapeCb(a="ac", id=other).pack())
    await coordinator.click("Вернуть в работу")
    assert await db.fetchval("SELECT status FROM roadmap_activities WHERE id = ?", (other,)) == "planned"


async def test_a_long_draft_is_paged_within_telegram_limits(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    rows = ["| № | Наименование этапа | Мероприятия | Сроки | Ответственные |", "|---|---|---|---|---|"]
    for stage in range(1, 13):
        rows.append(f"| {stage}. | Этап работы номер {stage} с длинным названием | "
                    f"Мероприятие {stage}-1 " + "с очень подробным описанием того, что надо сделать " * 3
                    + "| Октябрь | Директор |")
        for n in range(2, 9):
            rows.append(f"| | | Мероприятие {stage}-{n} " + "и ещё одно подробное описание работы " * 3
                        + "| Ноябрь | Рабочая группа |")
    await coordinator.send_document("большая карта.md", "\n".join(rows).encode())
    first = coordinator.replies()[-1]
    assert "Этапов: 12, мероприятий: 96" in first.text
    assert "(страница 1 из " in first.text
    pages = int(first.text.split("(страница 1 из ")[1].split(")")[0])
    assert pages > 1
    seen = first.text
    for _ in range(pages - 1):
        await coordinator.click("›")
        seen += coordinator.text
    # every activity of every stage was on some page (the recording session refuses a text over 4096 units)
    for stage in range(1, 13):
        for n in range(1, 9):
            assert f"{stage}.{n}. Мероприятие {stage}-{n} " in seen
    assert "(продолжение)" in seen or pages >= 12
    # a stage of 8 activities on its own screen, the activity buttons numbered
    await coordinator.click("Этап 12")
    assert [b for b in coordinator.replies()[-1].button_texts()][:8] == [str(n) for n in range(1, 9)]


OFFER = "📌"


def offers(client: Client) -> list[str]:
    return [s.text for s in client.shown() if s.text.startswith(OFFER)]


async def test_the_bots_own_events_offer_the_matching_activity_once(harness: Harness, db: Database) -> None:
    from bot.services.access import Actor
    from tests.flows import agree, approve_both, propose_from_suggestions, school

    coordinator, (mentor, _), (mentee, _) = await school(harness, db, mentees=2)
    await coordinator.send("/roadmap")
    await coordinator.click("Взять типовой шаблон")
    await coordinator.click("Этап 7")  # the year-end report is not in the template: the coordinator adds it
    await coordinator.click("Добавить мероприятие")
    await coordinator.send("Годовой отчёт о реализации программы наставничества")
    await coordinator.send("/roadmap")
    await coordinator.click("Активировать")

    # the bank of mentors is formed once every candidate has a decision: offered after the second approval only
    await approve_both(coordinator)
    assert offers(coordinator) == [
        "📌 Банк наставников сформирован: решение принято по каждому кандидату. В дорожной карте есть мероприятие"
        " «Формирование банка наставников» — отметить его выполненным?"]
    await coordinator.click("Отметить выполненным")
    assert coordinator.alerts() == ["Отмечено: выполнено"]
    await coordinator.click("Отметить выполненным")  # a double tap
    assert coordinator.alerts() == ["Отмечено: выполнено"]
    assert await db.fetchval("SELECT status FROM roadmap_activities WHERE title = 'Формирование банка наставников'"
                             ) == "done"

    # pairs fixed by an order: offered when the order is printed, once however often it is printed
    await propose_from_suggestions(coordinator, "Петров Павел")
    await agree(mentor, mentee)
    for _ in range(2):
        await coordinator.send("/pairs")
        await coordinator.click("Приказ о закреплении")
    order_offers = [o for o in offers(coordinator) if "Пары закреплены приказом" in o]
    assert len(order_offers) == 1 and "«Издание приказа о закреплении наставнических пар / групп" in order_offers[0]
    # … and not marked silently
    assert await db.fetchval("SELECT status FROM roadmap_activities WHERE title LIKE 'Издание приказа о закреп%'"
                             ) == "planned"

    # a monitoring survey whose deadline has passed: offered by the scheduler's job, once
    org_id = await db.fetchval("SELECT org_id FROM roadmaps")
    async with db.transaction():
        await db.execute("INSERT INTO campaigns (org_id, questionnaire_id, audience, deadline, anonymous, created_at)"
                         " VALUES (?, 'satisfaction_mentor', 'mentors', '2026-09-05', 0, '2026-09-01T07:00:00')",
                         (org_id,))
        await db.execute("INSERT INTO campaigns (org_id, questionnaire_id, audience, deadline, anonymous, created_at)"
                         " VALUES (?, 'potential_mentor', 'mentors', '2026-09-05', 0, '2026-09-01T07:00:00')",
                         (org_id,))
    roadmaps = harness.dp["roadmaps"]
    assert await roadmaps.offer_closed_campaigns() == 0  # 1 September: still open
    harness.clock.advance(timedelta(days=6))
    assert await roadmaps.offer_closed_campaigns() == 1
    assert await roadmaps.offer_closed_campaigns() == 0
    monitoring = [o for o in offers(coordinator) if "Мониторинговое анкетирование" in o]
    assert len(monitoring) == 1 and "«Мониторинг удовлетворённости наставников и наставляемых" in monitoring[0]

    # the year-end report
    person = await roadmaps.repos.persons.get(await db.fetchval("SELECT id FROM persons WHERE id = (SELECT "
                                                                "person_id FROM accounts WHERE external_id = ?)",
                                                                (coordinator.id,)))
    actor = Actor(coordinator.account, person=person)
    await harness.dp["reports"].year(actor)
    await harness.dp["reports"].year(actor)
    report = [o for o in offers(coordinator) if "Годовой отчёт сформирован" in o]
    assert report == ["📌 Годовой отчёт сформирован. В дорожной карте есть мероприятие «Годовой отчёт о реализации"
                      " программы наставничества» — отметить его выполненным?"]
    await coordinator.click("Отметить выполненным")
    assert await db.fetchval("SELECT status FROM roadmap_activities WHERE title LIKE 'Годовой отчёт%'") == "done"
    assert await db.fetchval("SELECT COUNT(*) FROM roadmap_offers") == 4


ITEMS = """| № | Наименование этапа | Мероприятия | Сроки | Ответственные |
|---|---|---|---|---|
| 1. | Нормативная база | 1. Приказ о внедрении наставничества 2. Положение о наставничестве \
3. Дорожная карта | Октябрь | Гришенкова А.Н. |
| 2. | Пары | Закрепление пар | Когда-нибудь потом | Кто-то неизвестный |
"""


async def test_each_activity_of_a_row_is_its_own_task(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    grishenkova = await staff(harness, coordinator, 3001, "Гришенкова Анна Николаевна")
    await coordinator.send_document("карта.md", ITEMS.encode())
    draft = coordinator.text
    assert "Этапов: 2, мероприятий: 4" in draft
    for n, title in enumerate(["Приказ о внедрении наставничества", "Положение о наставничестве", "Дорожная карта"],
                              start=1):  # each inherits the row's deadline and responsible, under its stage
        assert f"1.{n}. {title} — <i>01.10.2026–31.10.2026</i>; Гришенкова А.Н." in draft
    # every warning, in full, on its own paged screen
    await coordinator.press(ShapeCb(a="warn", id=await db.fetchval("SELECT id FROM roadmaps")).pack())
    assert "Что бот не понял в документе" in coordinator.text and "«Когда-нибудь потом»" in coordinator.text
    await coordinator.click("Назад")
    assert "Черновик дорожной карты" in coordinator.text
    await coordinator.click("Ответственные")
    await coordinator.click("Гришенкова А.Н.")
    await coordinator.click("Гришенкова Анна Николаевна")
    await coordinator.send("/roadmap")
    await coordinator.click("Активировать")
    await grishenkova.send("/tasks")
    assert grishenkova.text.count("31.10.2026") == 3
    assert "<b>Этап 1. Нормативная база</b>\n1. ▫️ Приказ о внедрении наставничества" in grishenkova.text
    await grishenkova.click("2")
    assert "Этап 1. Нормативная база" in grishenkova.text  # the card names the stage
    await grishenkova.click("Выполнено")
    statuses = [r[0] for r in await db.fetchall("SELECT status FROM roadmap_activities ORDER BY id")]
    assert statuses == ["planned", "done", "planned", "planned"]
    # the dates screen groups them under their stages too
    await coordinator.send("/roadmap")
    await coordinator.click("Сроки")
    assert "<b>Этап 1. Нормативная база</b>\n1. Приказ о внедрении наставничества" in coordinator.text
    assert "<b>Этап 2. Пары</b>\n4. Закрепление пар" in coordinator.text


async def test_a_half_typed_edit_survives_a_restart(harness: Harness, db: Database) -> None:
    coordinator, _ = await active_roadmap_with_grishenkova(harness)
    activity_id = await db.fetchval("SELECT id FROM roadmap_activities WHERE title LIKE 'Анкетирование%'")
    await coordinator.press(ShapeCb(a="ra", id=activity_id).pack())
    assert "Напишите новое название" in coordinator.text
    harness.restart()  # the edit waits in the database, not in memory
    await coordinator.send("Анкетирование наставников школы")
    assert "Название изменено: «Анкетирование наставников школы»" in coordinator.text
    assert coordinator.replies()[-1].button_texts()[:2] == ["✏️ Название", "📅 Срок"]
    assert await db.fetchval("SELECT title FROM roadmap_activities WHERE id = ?", (activity_id,)) == (
        "Анкетирование наставников школы")
    assert await db.fetchval("SELECT state FROM fsm_state WHERE user_id = ?", (coordinator.id,)) is None


async def test_the_year_moved_after_activation_replans_the_reminders(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send_document("карта 2023.md", MESSY.encode())
    await coordinator.click("Активировать")  # activated with the document's 2023/24 deadlines, all overdue
    assert "Уже просрочено: 5" in coordinator.text and "Документ составлен на 2023/2024" in coordinator.text
    overdue = await db.fetchval("SELECT COUNT(*) FROM reminders WHERE kind = 'overdue' AND status = 'pending'")
    assert overdue > 0
    await coordinator.click("Перенести все сроки")
    assert coordinator.alerts() == ["Сроки перенесены: 5."]
    assert "Документ составлен" not in coordinator.text and "просрочено: 0" in coordinator.text
    # the rounds for the old, overdue deadlines are cancelled; the first overdue round now follows the new deadline
    assert await db.fetchval("SELECT MIN(fire_on) FROM reminders WHERE kind = 'overdue' AND status = 'pending'"
                             ) == "2026-11-01"
    planned = await db.fetchall("SELECT DISTINCT fire_on FROM reminders WHERE status = 'pending' AND kind = 'due'"
                                " ORDER BY fire_on")
    assert [r[0] for r in planned] == ["2026-10-31", "2026-11-30", "2026-12-31", "2027-05-31"]
    await coordinator.click("Перенести все сроки")  # the same button again
    assert coordinator.alerts() == ["Сроки уже перенесены на этот учебный год."]


async def test_an_edit_of_what_is_gone_meanwhile_ends_politely(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/roadmap")
    await coordinator.click("Взять типовой шаблон")
    activity_id = await db.fetchval("SELECT MIN(id) FROM roadmap_activities")
    await coordinator.press(ShapeCb(a="ra", id=activity_id).pack())
    await coordinator.press(ShapeCb(a="delok", id=activity_id).pack())  # deleted meanwhile (an older screen)
    assert coordinator.alerts() == ["Мероприятие удалено."]
    await coordinator.send("Новое название")
    assert "Этого мероприятия уже нет" in coordinator.text
    assert await db.fetchval("SELECT state FROM fsm_state WHERE user_id = ?", (coordinator.id,)) is None
    await coordinator.send("Новое название")  # not asked for again
    assert "Этого мероприятия уже нет" not in coordinator.text


@both_channels
async def test_two_taps_at_once_move_the_deadlines_once(harness: Harness, db: Database) -> None:
    import asyncio

    from aiogram.methods import AnswerCallbackQuery

    coordinator = await make_coordinator(harness)
    await coordinator.send_document("карта 2023.md", MESSY.encode())
    roadmap_id = await db.fetchval("SELECT id FROM roadmaps")
    before = len(harness.requests)
    await asyncio.gather(*(coordinator.press(ShapeCb(a="year", id=roadmap_id).pack()) for _ in range(2)))
    answers = sorted(m.text or "" for m in harness.requests[before:] if isinstance(m, AnswerCallbackQuery))
    assert answers == ["Сроки перенесены: 5.", "Сроки уже перенесены на этот учебный год."]
    assert await db.fetchval("SELECT MIN(due_on) FROM roadmap_activities") == "2026-10-31"


async def test_the_ocr_kindergarten_roadmap_of_the_issue_is_activated_as_it_is(harness: Harness, db: Database) -> None:
    """The roadmap that came through OCR as 23 «stages» with every deadline in 2023/24: ten stages on the draft, the
    year said, one tap, activated — nothing deleted, nothing typed."""
    data = KINDERGARTEN.read_bytes()
    coordinator = await make_coordinator(harness)
    await coordinator.send_document("дорожная карта ДОО.tsv", data)
    assert "Этапов: 10, мероприятий: 15" in coordinator.text
    assert "Документ составлен на 2023/2024 учебный год" in coordinator.text
    assert "Этап 10. Поощрение наставников" in coordinator.text
    await coordinator.click("Перенести все сроки")
    past = await db.fetchval("SELECT COUNT(*) FROM roadmap_activities WHERE due_on < '2026-09-01'")
    assert past == 0
    await coordinator.click("Активировать")
    assert "активирована" in coordinator.text and "Выполнено 0 из 15, просрочено: 0" in coordinator.text


async def test_the_shaping_screens_speak_english_too(harness: Harness, db: Database) -> None:
    admin = await create_org(harness)
    token = await coordinator_link(admin)
    coordinator = await register_adult(harness, 2000, token, "Smirnova Olga", language="English")
    await coordinator.send("/roadmap")
    await coordinator.click("template")
    assert "Stages and activities" in coordinator.text and "<b>Stage 1." in coordinator.text
    await coordinator.click("Stage 7")
    await coordinator.click("1")
    assert coordinator.replies()[-1].button_texts() == ["✏️ Title", "📅 Deadline", "👤 Responsible",
                                                       "↪️ To another stage", "🗑 Delete", "‹ To the stage"]
    await coordinator.click("Delete")
    assert coordinator.text.startswith("Delete the activity “")


async def test_moving_merging_and_deleting_after_activation(harness: Harness, db: Database) -> None:
    coordinator, grishenkova = await active_roadmap_with_grishenkova(harness)
    reminders = await db.fetchval("SELECT COUNT(*) FROM reminders WHERE activity_id IS NOT NULL")
    await open_stage(coordinator, 2)  # the order of November: deleted, its reminders with it
    await coordinator.click("1")
    await coordinator.click("Удалить")
    await coordinator.click("Да, удалить")
    assert await db.fetchval("SELECT COUNT(*) FROM reminders WHERE activity_id IS NOT NULL") < reminders
    planned = await db.fetchall("SELECT kind, fire_on FROM reminders WHERE status = 'pending' AND person_id ="
                                " (SELECT id FROM persons WHERE id = (SELECT person_id FROM accounts WHERE "
                                "external_id = ?)) ORDER BY id", (grishenkova.id,))
    await open_stage(coordinator, 1)  # Гришенкова's activity moves to stage 3; her reminders stay as they were
    await coordinator.click("1")
    await coordinator.click("В другой этап")
    await coordinator.click("3. Встречи")
    await open_stage(coordinator, 4)  # «Итоги» merged into «Встречи»
    await coordinator.click("Объединить с другим этапом")
    await coordinator.click("3. Встречи")
    await coordinator.click("Да, объединить")
    await coordinator.send("/roadmap")
    assert "Выполнено 0 из 3" in coordinator.text
    assert "1. Банк наставников — 0/0" in coordinator.text and "3. Встречи — 0/3" in coordinator.text
    again = await db.fetchall("SELECT kind, fire_on FROM reminders WHERE status = 'pending' AND person_id ="
                              " (SELECT id FROM persons WHERE id = (SELECT person_id FROM accounts WHERE "
                              "external_id = ?)) ORDER BY id", (grishenkova.id,))
    assert [tuple(r) for r in again] == [tuple(r) for r in planned]
    await grishenkova.send("/tasks")
    assert "<b>Этап 3. Встречи</b>\n1. ▫️ Анкетирование потенциальных наставников" in grishenkova.text
