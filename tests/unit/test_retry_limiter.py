"""Retries after a 429 go through the notifier's rate limiter: the pause holds every sender, the retry takes a slot."""

from __future__ import annotations

import pytest

from bot.sandbox.fake_api import FakeBotAPI
from bot.telegram import RateLimiter, RetryAfterMiddleware, make_bot


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


async def test_a_retry_after_flood_control_waits_for_the_limiter() -> None:
    fake = FakeTime()
    limiter = RateLimiter(per_second=10, per_chat_interval=1.0, clock=fake.clock, sleep=fake.sleep)

    async def no_direct_sleep(seconds: float) -> None:
        raise AssertionError("with a limiter the middleware must not sleep on its own")

    async with FakeBotAPI() as api:
        bot = make_bot(api.token, api.base_url, retry=RetryAfterMiddleware(sleep=no_direct_sleep, limiter=limiter))
        try:
            await limiter.wait(42)  # the notifier's slot for the first attempt
            api.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7, times=2)
            message = await bot.send_message(42, "Здравствуйте")
        finally:
            await bot.session.close()
    assert message.text == "Здравствуйте"
    assert [c.ok for c in api.calls_of("sendMessage")] == [False, False, True]
    assert fake.waits == [7, 7]  # each retry waited the pause, through the limiter's own clock
    # the retries took slots: another chat waits for the pace after the last retry, and the same chat a second more
    assert limiter._next_global == fake.now + limiter.interval
    assert limiter._next_chat[42] == fake.now + 1.0


async def test_flood_control_holds_every_sender() -> None:
    fake = FakeTime()
    limiter = RateLimiter(per_second=10, per_chat_interval=0, clock=fake.clock, sleep=fake.sleep)
    limiter.hold(5)
    await limiter.wait(7)
    assert fake.waits == [5]
    await limiter.wait(None)  # a request to no chat still keeps the overall pace
    assert fake.waits == [5, pytest.approx(limiter.interval)]


async def test_make_bot_wires_the_limiter_into_the_default_retry() -> None:
    fake = FakeTime()
    limiter = RateLimiter(per_second=10, clock=fake.clock, sleep=fake.sleep)
    async with FakeBotAPI() as api:
        bot = make_bot(api.token, api.base_url, limiter=limiter)
        try:
            api.fail_next("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3, times=1)
            await bot.send_message(5, "x")
        finally:
            await bot.session.close()
    assert fake.waits == [3]
    assert 5 in limiter._next_chat
