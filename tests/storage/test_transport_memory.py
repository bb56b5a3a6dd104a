"""The MAX transport's memory in the database (migration 0018): numbers that stay, a term, and the erasure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.channels.max import DatabaseTransportMemory
from bot.channels.max.memory import SentText
from bot.clock import FakeClock
from storage.data_map import erase_params, erase_statements
from storage.db import Database
from storage.models import Account, Channel, OrgKind, PersonStatus
from storage.organisations import OrganisationRepo
from storage.persons import PersonRepo

BOT = 900_001


async def test_numbers_stay_across_instances_and_are_never_given_twice(db: Database) -> None:
    first = DatabaseTransportMemory(db, BOT)
    number = await first.message_number("mid.a")
    event = await first.event_number()
    again = DatabaseTransportMemory(db, BOT)  # a restart: a new process on the same database
    assert await again.message_number("mid.a") == number and await again.message_mid(number) == "mid.a"
    assert await again.message_mid(event) is None  # an event is no message
    assert await again.message_number("mid.b") not in (number, event)
    other_bot = DatabaseTransportMemory(db, BOT + 1)  # keyed by the bot
    assert await other_bot.message_mid(number) is None


async def test_the_term_blanks_texts_then_forgets_ids(db: Database) -> None:
    clock = FakeClock(datetime(2026, 9, 1, 7, 0, tzinfo=UTC))
    memory = DatabaseTransportMemory(db, BOT, now=clock.now)
    number = await memory.message_number("mid.old")
    await memory.remember_text("mid.old", SentText("<b>Иванова Мария</b>", "html"), 42)
    await memory.remember_dialog(42, 7_000_000_042)
    await memory.remember_file("f1", "https://files.example/f1")
    assert await memory.sent_text("mid.old") == SentText("<b>Иванова Мария</b>", "html")

    clock.advance(timedelta(days=8))
    await memory.prune()
    assert await memory.sent_text("mid.old") is None  # the text (it names people) goes after 7 days
    assert await memory.message_mid(number) == "mid.old"  # a button under it still maps
    assert await memory.file_url("f1") is None and await memory.dialog(42) == 7_000_000_042

    clock.advance(timedelta(days=30))
    await memory.prune()
    assert await memory.message_mid(number) is None
    assert await memory.message_number("mid.new") > number  # numbers are not reused after pruning


async def test_the_erasure_covers_the_persons_dialog_and_texts_naming_them(db: Database) -> None:
    now = datetime(2026, 9, 1, 7, 0, tzinfo=UTC)
    async with db.transaction():
        org = await OrganisationRepo(db).create("Школа", OrgKind.SCHOOL, "Europe/Moscow", None, 1, now)
        # the pupil and the parent are in MAX; someone in Telegram has the pupil's number (another person)
        pupil = await PersonRepo(db).create(org, Account(Channel.MAX, 501), "ru", PersonStatus.ACTIVE, True, now)
        await PersonRepo(db).set_guardian(pupil, Account(Channel.MAX, 502), now)
        await PersonRepo(db).update_fields(pupil, now, full_name="Соколов Артём",
                                           guardian_name="Соколова Ирина Викторовна")
        namesake = await PersonRepo(db).create(org, Account.telegram(600), "ru", PersonStatus.ACTIVE, False, now)
    memory = DatabaseTransportMemory(db, BOT)
    texts = {"mid.pupil": (501, "Привет, Артём"), "mid.parent": (502, "Согласие родителя"),
             "mid.coord": (600, "Новый участник: <b>Соколов Артём</b>"),
             "mid.coord2": (600, "Родитель: Соколова Ирина Викторовна"), "mid.other": (600, "Петров Павел")}
    for mid, (user, text) in texts.items():
        await memory.remember_text(mid, SentText(text, "html"), user)
    await memory.remember_dialog(501, 7_000_000_501)
    await memory.remember_dialog(600, 7_000_000_600)

    async with db.transaction():
        for statement in erase_statements():
            await db.execute(statement.sql, erase_params(pupil, [Account(Channel.MAX, 501)]))
    rows = {r["mid"]: (r["user_id"], r["text"]) for r in await db.fetchall("SELECT * FROM max_messages")}
    # the pupil's messages are gone; the parent's (their own dialog) and a coordinator's screens naming either lose
    # their text
    assert rows == {"mid.parent": (502, None), "mid.coord": (600, None), "mid.coord2": (600, None),
                    "mid.other": (600, "Петров Павел")}
    assert [r["user_id"] for r in await db.fetchall("SELECT user_id FROM max_dialogs")] == [600]

    # a Telegram account's number is not a MAX user id: erasing the person in Telegram with the number 600 leaves
    # MAX user 600's dialog and messages (the texts naming nobody) alone
    async with db.transaction():
        for statement in erase_statements():
            await db.execute(statement.sql, erase_params(namesake, [Account.telegram(600)]))
    assert [r["user_id"] for r in await db.fetchall("SELECT user_id FROM max_dialogs")] == [600]
    assert (await db.fetchone("SELECT text FROM max_messages WHERE mid = 'mid.other'"))["text"] == "Петров Павел"
