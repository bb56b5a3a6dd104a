"""Start-up against the fake Bot API: one getMe, the menus set only when they changed, polling with a cap on the
updates handled at once (a burst waits in Telegram's queue, not in memory)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot, Dispatcher

from bot.app import UPDATES_IN_FLIGHT
from bot.cli import run_command
from bot.config import load_settings
from bot.sandbox.fake_api import FakeBotAPI


async def test_start_up_asks_getme_once_and_caps_the_updates_in_flight(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    polled: list[dict[str, Any]] = []

    async def start_polling(self: Dispatcher, bot: Bot, **kwargs: Any) -> None:
        """What aiogram's polling does before its first getUpdates: the bot's name, then the start-up handlers."""
        polled.append(kwargs)
        await bot.me()
        await self.emit_startup(bot=bot, **self.workflow_data)
        await self.emit_shutdown(bot=bot, **self.workflow_data)

    monkeypatch.setattr(Dispatcher, "start_polling", start_polling)
    async with FakeBotAPI() as api:
        settings = load_settings(_env_file=None, bot_token=api.token, telegram_api_url=api.base_url,
                                 database_path=tmp_path / "db.sqlite3", admin_ids="1000")
        assert await run_command(settings) == 0
        assert await run_command(settings) == 0  # a restart
        assert len(api.calls_of("getMe")) == 2  # one per start
    assert [p["tasks_concurrency_limit"] for p in polled] == [UPDATES_IN_FLIGHT, UPDATES_IN_FLIGHT]
    assert 0 < UPDATES_IN_FLIGHT <= 64
