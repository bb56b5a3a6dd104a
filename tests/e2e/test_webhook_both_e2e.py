"""Webhook mode with both tokens, in one process: Telegram posts its updates to the webhook while MAX is polled
beside it by the same dispatcher (``bot.cli._serve_webhook``, what ``bot start`` runs with BOT_TOKEN, MAX_TOKEN and
WEBHOOK_URL), against the fake Telegram Bot API and the fake MAX Bot API over HTTP. A Telegram user's webhook update
and a MAX user's polled update are both answered; the dispatcher's startup and shutdown run once each; a stop ends the
MAX polling and the server cleanly. Every step waits for an event of the fakes, never for time."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.app import build_dispatcher
from bot.cli import _serve_webhook, open_bots
from bot.config import load_settings
from bot.health import ApiHeartbeat, Health
from bot.sandbox.fake_api import FakeBotAPI
from bot.telegram import RateLimiter
from storage.db import Database
from storage.migrate import migrate
from storage.models import Channel
from tests.e2e.fake_max_api import FakeMaxAPI
from tests.e2e.test_max_e2e import MaxUser
from tests.e2e.test_polling_e2e import free_port
from tests.e2e.test_two_channels_e2e import WAIT, TelegramUser

SECRET = "webhook-secret-for-the-e2e-test-0123456789"
TELEGRAM_USER = 4242
MAX_USER = 4242  # the same number in MAX: someone else


async def test_a_webhook_update_and_a_polled_max_update_are_answered_by_one_process(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    port = free_port()
    async with FakeBotAPI() as telegram, FakeMaxAPI() as max_api:
        settings = load_settings(
            _env_file=None, bot_token=telegram.token, telegram_api_url=telegram.base_url, max_token=max_api.token,
            max_api_url=max_api.base_url, database_path=tmp_path / "both.sqlite3",
            webhook_url=f"http://127.0.0.1:{port}/telegram/webhook", webhook_secret=SECRET,
            webhook_host="127.0.0.1", webhook_port=port)
        async with Database(settings.database_path) as db:
            await migrate(db)
            limiters = {channel: RateLimiter() for channel in settings.channels}
            bots = await open_bots(settings, limiters)
            assert set(bots) == {Channel.TELEGRAM, Channel.MAX}
            try:
                dp = build_dispatcher(settings, db, list(bots.values()), rate_limiter=limiters, with_scheduler=False)
                runs = {"startup": 0, "shutdown": 0}

                async def started() -> None:
                    runs["startup"] += 1

                async def stopped() -> None:
                    runs["shutdown"] += 1

                dp.startup.register(started)
                dp.shutdown.register(stopped)
                health = Health(db, ApiHeartbeat(), lambda: True, "webhook")
                stop = asyncio.Event()
                server = asyncio.create_task(_serve_webhook(settings, dp, bots, health, 8, stop=stop))

                await telegram.wait_for("setWebhook", lambda c: c.ok, timeout=WAIT)
                await max_api.wait_for(lambda: max_api.calls_of("GET /updates"), WAIT)
                assert not telegram.calls_of("getUpdates")  # Telegram is not polled: its updates come by the webhook

                in_telegram, in_max = TelegramUser(telegram, TELEGRAM_USER), MaxUser(max_api, MAX_USER)
                in_max.send("/help")  # polled
                # posted to the webhook as Telegram does; the answer to the POST comes once the update is handled
                update = telegram.message_update(TELEGRAM_USER, "/help")
                update["update_id"] = 1
                assert await telegram.post_webhook(update) == 200
                await in_telegram.expect("Бот программы наставничества", "Вы ещё не зарегистрированы")
                await in_max.expect("Бот программы наставничества", "Вы ещё не зарегистрированы")
                assert runs == {"startup": 1, "shutdown": 0}

                stop.set()
                await asyncio.wait_for(server, WAIT)
                assert runs == {"startup": 1, "shutdown": 1}  # once each, by the webhook server
                polls = len(max_api.calls_of("GET /updates"))
            finally:
                stop.set()
                await asyncio.wait_for(server, WAIT)
                for bot in bots.values():
                    await bot.session.close()
    # MAX was no longer polled once the server stopped (the sessions closed after that found no poll in flight)
    assert len(max_api.calls_of("GET /updates")) == polls
    assert any("Polling stopped for bot @" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], [r.getMessage() for r in caplog.records
                                                                            if r.levelno >= logging.WARNING]
