"""/achievements: achievements recorded by a mentor, a mentee or the coordinator; rewards; best practices — who sees
what, forged buttons, double taps, bad input, and withdrawal erasing what a person typed."""

from __future__ import annotations

import asyncio

from bot.callbacks import AchCb
from storage.db import Database
from tests.conftest import both_channels
from tests.flows import person_row, working_pairs
from tests.harness import Client, Harness

# the clock of the tests: 01.09.2026


async def _record(person: Client, *, who: str | None = None, kind: str = "Конкурс", result: str | None = "Призёр",
                  title: str = "Муниципальный конкурс «Педагогический дебют»", day: str = "25.08.2026",
                  file: bool = False, save: bool = True) -> None:
    await person.send("/achievements")
    await person.click("Записать достижение")
    if who is not None:
        await person.click(who)
    await person.click(kind)
    if result is not None:
        await person.click(result)
    await person.send(title)
    await person.send(day)
    if file:
        await person.send_document("diploma.pdf", b"%PDF-1.4 diploma")
    else:
        await person.click("Пропустить")
    assert "Проверьте запись" in person.text
    if save:
        await person.click("Сохранить")


@both_channels
async def test_a_mentor_records_a_mentees_olympiad_and_their_own_lesson_once(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, _history, other = await working_pairs(harness, db)
    await _record(mentor, who="Петров", kind="Олимпиада", result="Победитель",
                  title="ВсОШ по математике, школьный этап")
    assert "Достижение записано" in mentor.text
    await _record(mentor, who="Я", kind="Открытый урок", result=None, title="Открытый урок «Дроби», 5 «А»",
                  file=True, save=False)
    assert "Файл: приложен" in mentor.text
    await mentor.click("Сохранить")
    await mentor.click("Сохранить")  # a double tap of the same button
    assert "уже сохранена" in " ".join(mentor.alerts())
    rows = await db.fetchall("SELECT kind, result, title, achieved_on, file_id FROM achievements ORDER BY id")
    assert [(r["kind"], r["result"]) for r in rows] == [("olympiad", "winner"), ("open_lesson", None)]
    assert rows[1]["achieved_on"] == "2026-08-25" and rows[1]["file_id"]
    if harness.channel == "telegram":
        assert rows[1]["file_id"].startswith("doc")

    await mentee.send("/achievements")  # the mentee sees their own olympiad and their mentor's lesson
    assert "ВсОШ по математике" in mentee.text and "Дроби" in mentee.text
    await other.send("/achievements")  # another pair's mentee sees neither
    assert "ВсОШ" not in other.text and "Дроби" not in other.text and "пока нет" in other.text
    await coordinator.send("/achievements")
    assert "ВсОШ" in coordinator.text and "Дроби" in coordinator.text
    await mentee.click("📎 1")  # the mentor's lesson is the newest, with its file
    assert harness.requests[-1].__class__.__name__ == "SendDocument"


async def test_forged_buttons_are_refused(harness: Harness, db: Database) -> None:
    _coordinator, mentor, mentee, history, other = await working_pairs(harness, db)
    await _record(history, who="Зайцева", kind="Публикация", result=None, title="Статья в сборнике", file=True)
    other_mentee = await person_row(db, other.id)
    achievement_id = await db.fetchval("SELECT id FROM achievements")
    assert other_mentee is not None

    await mentor.send("/achievements")
    await mentor.click("Записать достижение")
    await mentor.press(AchCb(a="who", id=other_mentee["id"]).pack())  # another pair's mentee
    assert mentor.alerts() == ["Это действие вам недоступно."]
    await mentor.press(AchCb(a="who", id=2**62).pack())  # a made-up person
    assert mentor.alerts() == ["Это действие вам недоступно."]
    await mentee.press(AchCb(a="file", id=achievement_id).pack())  # another pair's file
    assert mentee.alerts() == ["Это действие вам недоступно."]
    assert not [m for m in harness.requests if type(m).__name__ == "SendDocument" and m.chat_id == mentee.id]
    await mentee.press(AchCb(a="rwadd").pack())  # only a coordinator rewards
    assert mentee.alerts() == ["Это действие вам недоступно."]
    await mentee.press("ac1:who:99999999999999999999999:x:0")  # beyond SQLite's integers: out of date
    assert await db.fetchval("SELECT count(*) FROM achievements") == 1
    assert await db.fetchval("SELECT count(*) FROM rewards") == 0


async def test_bad_input_is_answered_politely(harness: Harness, db: Database) -> None:
    _coordinator, _mentor, mentee, _history, _other = await working_pairs(harness, db)
    await mentee.send("/achievements")
    await mentee.click("Записать достижение")  # only themselves: straight to the kind
    assert "Что за достижение" in mentee.text
    await mentee.send("конкурс")
    assert "кнопкой" in mentee.text
    await mentee.click("Публикация")
    await mentee.send_sticker()
    assert "от 2 до 300 символов" in mentee.text
    await mentee.send("   ")
    assert "от 2 до 300 символов" in mentee.text
    await mentee.send("я" * 5000)
    assert "не больше 300" in mentee.text
    await mentee.send("Статья «Мой первый год»")
    await mentee.send("завтра")
    assert "Не понял дату" in mentee.text
    await mentee.send("15.12.2026")
    assert "ещё не наступила" in mentee.text
    await mentee.send("15.12.2010")
    assert "давняя" in mentee.text
    await mentee.send("вчера")
    await mentee.send_sticker()
    assert "документом или фото" in mentee.text
    await mentee.send_photo()
    assert "Проверьте запись" in mentee.text
    await mentee.click("Сохранить")
    row = await db.fetchone("SELECT title, achieved_on, file_kind FROM achievements")
    assert row is not None and tuple(row) == ("Статья «Мой первый год»", "2026-08-31", "photo")


async def test_the_coordinator_rewards_a_mentor_and_anyone_reads_the_best_practices(harness: Harness,
                                                                                    db: Database) -> None:
    coordinator, mentor, _mentee, history, other = await working_pairs(harness, db)
    await coordinator.send("/achievements")
    await coordinator.click("Поощрить наставника")
    await coordinator.send("Зайцева")  # a mentee, not a mentor: nobody to reward
    assert "Никого не нашёл" in coordinator.text
    await coordinator.send("Иванова")
    await coordinator.click("Иванова Мария")
    await coordinator.click("Наставник года")
    await coordinator.send("30.08.2026")
    await coordinator.send("приказ № 45-к")
    assert "Проверьте поощрение" in coordinator.text and "приказ № 45-к" in coordinator.text
    await coordinator.click("Сохранить")
    await coordinator.click("Сохранить")
    assert await db.fetchval("SELECT count(*) FROM rewards") == 1
    await mentor.send("/achievements")
    await mentor.click("Поощрения")
    assert "«Наставник года»" in mentor.text
    await history.send("/achievements")
    await history.click("Поощрения")
    assert "пока нет" in history.text  # another mentor's reward is not theirs

    await mentor.send("/achievements")
    await mentor.click("Поделиться практикой")
    await mentor.send("Взаимопосещение уроков")
    await mentor.send("коротко")  # under 10 characters
    assert "от 10 до 1500" in mentor.text
    await mentor.send("Посещаем уроки друг друга с листом наблюдения и разбираем их в тот же день.")
    await mentor.click("Пропустить")
    await mentor.click("Сохранить")
    assert "копилку" in mentor.text
    await other.send("/achievements")  # the копилка is the organisation's
    await other.click("Методическая копилка")
    assert "Взаимопосещение уроков" in other.text
    await other.click("1")
    assert "листом наблюдения" in other.text and "Иванова" not in other.text  # the author only for a coordinator
    await coordinator.send("/achievements")
    await coordinator.click("Методическая копилка")
    await coordinator.click("1")
    assert "Иванова Мария Петровна" in coordinator.text


@both_channels
async def test_withdrawal_erases_what_the_person_typed(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, _history, _other = await working_pairs(harness, db)
    await _record(mentor, who="Петров", kind="Олимпиада", result="Призёр", title="Олимпиада-Ю1 по математике",
                  file=True)
    await _record(mentee, kind="Публикация", result=None, title="Статья-Ю2 своя")
    await _record(mentor, who="Я", kind="категория", result=None, title="Категория-Ю3 первая")
    await mentor.send("/achievements")
    await mentor.click("Поделиться практикой")
    await mentor.send("Практика-Ю4")
    await mentor.send("Описание-Ю5 практики наставника, подробно")
    await mentor.click("Пропустить")
    await mentor.click("Сохранить")
    await coordinator.send("/achievements")
    await coordinator.click("Поощрить наставника")
    await coordinator.send("Иванова")
    await coordinator.click("Иванова Мария")
    await coordinator.click("Грамота")
    await coordinator.send("30.08.2026")
    await coordinator.send("Примечание-Ю6 приказ")
    await coordinator.click("Сохранить")

    await harness.dp["privacy"].withdraw(mentor.account)
    texts = ""
    for table in ("achievements", "rewards", "practices"):
        texts += " ".join(str(v) for r in await db.fetchall(f"SELECT * FROM {table}") for v in tuple(r))
    for typed in ("Олимпиада-Ю1", "Категория-Ю3", "Практика-Ю4", "Описание-Ю5", "Примечание-Ю6"):
        assert typed not in texts, typed
    assert "Статья-Ю2" in texts  # the mentee's own record stays
    row = await db.fetchone("SELECT title, file_id FROM achievements WHERE kind = 'olympiad'")
    assert row is not None and tuple(row) == ("", None)  # the mentee's olympiad stays, without the mentor's words

    await harness.dp["privacy"].withdraw(mentee.account)
    assert await db.fetchval("SELECT count(*) FROM achievements") == 0


async def test_two_taps_at_the_same_moment_record_once(harness: Harness, db: Database) -> None:
    coordinator, mentor, *_ = await working_pairs(harness, db)
    await _record(mentor, who="Я", kind="Публикация", result=None, title="Статья о наставничестве", save=False)
    await asyncio.gather(mentor.click("Сохранить"), mentor.click("Сохранить"))
    await coordinator.send("/achievements")
    await coordinator.click("Поделиться практикой")
    await coordinator.send("Практика куратора")
    await coordinator.send("Совместное планирование уроков наставником и молодым учителем.")
    await coordinator.click("Пропустить")
    await asyncio.gather(coordinator.click("Сохранить"), coordinator.click("Сохранить"))
    assert await db.fetchval("SELECT count(*) FROM achievements") == 1
    assert await db.fetchval("SELECT count(*) FROM practices") == 1


async def test_a_long_list_fits_one_message(harness: Harness, db: Database) -> None:
    coordinator, *_ = await working_pairs(harness, db)
    person = await person_row(db, coordinator.id)
    assert person is not None
    async with db.transaction():
        for n in range(40):
            await db.execute(
                "INSERT INTO achievements (org_id, person_id, kind, title, achieved_on, file_id, file_kind, created_by,"
                " created_at) VALUES (?, ?, 'publication', ?, '2026-08-01', 'f', 'document', ?, '2026-08-01')",
                (person["org_id"], person["id"], f"{n} " + "<Очень> длинное & название " * 10, person["id"]))
    await coordinator.send("/achievements")  # the recording session refuses texts over Telegram's limits
    assert "Достижения участников программы</b> (30)" in coordinator.text
    assert "&lt;Очень&gt;" in coordinator.text
