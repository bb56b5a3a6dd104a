from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from aiogram.methods import SetMyCommands
from aiogram.types import Chat, ChatMemberBanned, ChatMemberMember, ChatMemberUpdated, Update, User

from bot import menu
from bot.cli import protect_logs
from storage.db import Database
from tests.flows import invite, make_coordinator, person_row, register_adult, up_to_phone_step
from tests.harness import Harness


async def test_unexpected_error_is_logged_with_ids_and_answered_politely(
    harness: Harness, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await register_adult(harness, 3000, token, "Петрова Анна Сергеевна")

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database exploded at /secret/path")

    harness.dp["privacy"].overview = broken
    with caplog.at_level(logging.ERROR):
        await teacher.send("/privacy")
    assert "Что-то пошло не так" in teacher.text
    assert "exploded" not in teacher.text and "secret" not in teacher.text
    record = next(r for r in caplog.records if "failed" in r.getMessage())
    assert "user 3000" in record.getMessage() and "update " in record.getMessage()
    assert "Петрова" not in caplog.text


async def test_logs_never_carry_names_or_phones(harness: Harness, db: Database,
                                                caplog: pytest.LogCaptureFixture) -> None:
    previous = logging.getLogger("aiosqlite").level
    protect_logs()  # what `python -m bot` does, even at LOG_LEVEL=DEBUG
    try:
        await _register_with_debug_logs(harness, caplog)
    finally:
        logging.getLogger("aiosqlite").setLevel(previous)
    for secret in ("Петрова", "Смирнова", "79001234567", "учитель математики"):
        assert secret not in caplog.text


async def _register_with_debug_logs(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        coordinator = await make_coordinator(harness)
        token = await invite(coordinator, "Наставляемый педагог")
        await register_adult(harness, 3000, token, "Петрова Анна Сергеевна", phone="+79001234567")
    assert any(r.name.startswith("bot.") for r in caplog.records), "the flow should log its steps"


async def test_blocking_and_unblocking_the_bot_is_tracked(harness: Harness, db: Database) -> None:
    await make_coordinator(harness)
    bot_user = User(id=123456, is_bot=True, first_name="Bot")
    user = User(id=2000, is_bot=False, first_name="Ольга")

    def update(update_id: int, member: ChatMemberBanned | ChatMemberMember, old: ChatMemberMember
               | ChatMemberBanned) -> Update:
        return Update(update_id=update_id, my_chat_member=ChatMemberUpdated(
            chat=Chat(id=2000, type="private"), from_user=user, date=datetime.now(UTC),
            old_chat_member=old, new_chat_member=member))

    banned = ChatMemberBanned(user=bot_user, until_date=datetime.fromtimestamp(0, UTC))
    member = ChatMemberMember(user=bot_user)
    await harness.feed(update(900001, banned, member))
    assert (await person_row(db, 2000))["blocked_at"] is not None
    await harness.feed(update(900002, member, banned))
    assert (await person_row(db, 2000))["blocked_at"] is None


async def test_default_menus_per_language(harness: Harness) -> None:
    await menu.set_default_menus(harness.bot, harness.translator)
    calls = [m for m in harness.requests if isinstance(m, SetMyCommands)]
    by_language = {c.language_code: [(b.command, b.description) for b in c.commands] for c in calls}
    assert by_language["ru"][0] == ("start", "Начало и мой профиль")
    assert by_language["en"][0] == ("start", "Start and my profile")
    assert by_language[None] == by_language["ru"]  # Telegram's fallback is the default locale
    assert [c for c, _ in by_language["en"]] == ["start", "help", "language", "privacy"]


async def test_shutdown_lets_the_update_in_progress_finish(harness: Harness, db: Database) -> None:
    """SIGINT arrives while the last registration step is being answered: nothing is cut off."""
    import asyncio

    from bot.middlewares import InFlightUpdates

    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await up_to_phone_step(harness, 3000, token)
    gate = harness.session.hold()  # Telegram stops answering for a while
    last_step = asyncio.create_task(teacher.send("Пропустить"))
    await harness.session.held.wait()  # the last step is sending its answer
    assert not last_step.done()
    shutdown = asyncio.create_task(harness.dp.emit_shutdown(bot=harness.bot, **harness.dp.workflow_data))
    in_flight = next(m for m in harness.dp.update.outer_middleware if isinstance(m, InFlightUpdates))
    await in_flight.draining.wait()  # shutdown is waiting for the update ...
    gate.set()  # ... when Telegram answers again
    await shutdown
    assert last_step.done()  # shutdown waited for it
    assert "Регистрация завершена" in teacher.text and "Ваш профиль" in teacher.text
    assert any(isinstance(m, SetMyCommands) for m in teacher.last)


async def test_group_chats_get_nothing_and_the_bot_leaves(harness: Harness, db: Database) -> None:
    from aiogram.methods import LeaveChat
    from aiogram.types import Message

    coordinator = await make_coordinator(harness)
    group = Chat(id=-100500, type="supergroup", title="Учительская")
    sent = await harness.feed(Update(update_id=900100, message=Message(
        message_id=1, date=datetime.now(UTC), chat=group, from_user=coordinator.user, text="/invites",
        entities=[{"type": "bot_command", "offset": 0, "length": 8}])))
    assert sent == []  # no invite links, no profile in a group
    bot_user = User(id=123456, is_bot=True, first_name="Bot")
    sent = await harness.feed(Update(update_id=900101, my_chat_member=ChatMemberUpdated(
        chat=group, from_user=coordinator.user, date=datetime.now(UTC),
        old_chat_member=ChatMemberBanned(user=bot_user, until_date=datetime.fromtimestamp(0, UTC)),
        new_chat_member=ChatMemberMember(user=bot_user))))
    assert [type(m) for m in sent] == [LeaveChat]
