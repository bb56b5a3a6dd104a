"""Shutdown with aiogram's real polling loop, in process, against the fake Bot API over HTTP.

What shutdown does with updates (bot/middlewares.py ``InFlightUpdates``): every update polling has fetched is
handled to the end before the bot session and the database close, also one that has not reached our middleware
yet; an update that arrives once shutdown has begun is not fetched, so Telegram keeps it for the next start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import pytest

from bot.app import build_dispatcher
from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.middlewares import InFlightUpdates
from bot.sandbox.fake_api import FakeBotAPI
from storage.db import Database

USER_ID = 5000


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


async def test_shutdown_handles_every_update_fetched_even_one_not_yet_in_the_middleware(
    api: FakeBotAPI, db: Database, settings: Settings, clock: FakeClock, translator: Translator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot = api.create_bot()
    dp = build_dispatcher(settings, db, bot, clock=clock, translator=translator, with_scheduler=False)
    in_flight = next(m for m in dp.update.outer_middleware if isinstance(m, InFlightUpdates))
    closing: list[list[str]] = []  # what the person had been sent when shutdown was done and the session closed

    async def shutdown_done() -> None:  # runs after the application's own shutdown handler
        closing.append(api.sent_texts(USER_ID))

    dp.shutdown.register(shutdown_done)
    answer = api.hold("sendMessage", lambda c: c.params.get("chat_id") == USER_ID)
    # two quick messages of one person: fetched together, aiogram starts a task for each
    first = api.push_update(api.message_update(USER_ID, "/start"))
    second = api.push_update(api.message_update(USER_ID, "/help"))
    polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False))
    try:
        await answer.arrived.wait()  # the first is being answered; Telegram is slow to reply
        # the second waits for the person's lock in aiogram's own middlewares, before ours
        assert in_flight.running == 1
        # both are confirmed to Telegram by the next getUpdates: refusing the second now would lose it
        await api.wait_for("getUpdates", lambda c: c.params.get("offset") == second["update_id"] + 1)

        with caplog.at_level(logging.INFO, logger="aiogram"):
            stopping = asyncio.create_task(dp.stop_polling())  # SIGINT
            await in_flight.draining.wait()  # polling has stopped; shutdown waits for the updates
            late = api.push_update(api.message_update(USER_ID, "/privacy"))
            assert not stopping.done()
            answer.release()
            await stopping
            await polling
    finally:
        if not polling.done():
            polling.cancel()
            await asyncio.gather(polling, return_exceptions=True)

    texts = api.sent_texts(USER_ID)
    assert len(texts) == 2, texts
    assert closing == [texts]  # both sent before shutdown was over (a later send would quietly reopen the session)
    assert "Чтобы присоединиться, откройте ссылку-приглашение" in texts[0]  # /start
    assert "Вы ещё не зарегистрированы" in texts[1]  # /help
    handled = [r.getMessage() for r in caplog.records if "is handled" in r.getMessage()]
    assert [m.split()[1] for m in handled] == [f"id={first['update_id']}", f"id={second['update_id']}"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    assert api.pending_updates == [late]  # never fetched: Telegram delivers it to the next run
