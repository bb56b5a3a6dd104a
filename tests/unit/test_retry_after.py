from __future__ import annotations

import pytest
from aiogram.exceptions import TelegramRetryAfter

from bot.sandbox.fake_api import FakeBotAPI
from bot.telegram import RetryAfterMiddleware, make_bot


async def test_retry_after_is_waited_exactly_then_retried() -> None:
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    async with FakeBotAPI() as api:
        bot = make_bot(api.token, api.base_url, retry=RetryAfterMiddleware(sleep=fake_sleep))
        try:
            api.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7, times=2)
            message = await bot.send_message(42, "Здравствуйте")
        finally:
            await bot.session.close()
    assert message.text == "Здравствуйте"
    assert waits == [7, 7]
    assert [c.ok for c in api.calls_of("sendMessage")] == [False, False, True]


async def test_retry_after_gives_up_after_the_last_attempt() -> None:
    async def fake_sleep(seconds: float) -> None:
        return None

    async with FakeBotAPI() as api:
        bot = make_bot(api.token, api.base_url, retry=RetryAfterMiddleware(sleep=fake_sleep))
        try:
            api.fail_next("sendMessage", 429, "Too Many Requests", retry_after=1, times=5)
            with pytest.raises(TelegramRetryAfter):
                await bot.send_message(42, "x")
        finally:
            await bot.session.close()
    assert len(api.calls_of("sendMessage")) == 3
