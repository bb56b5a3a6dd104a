from __future__ import annotations

import asyncio
import itertools

from bot.telegram import RateLimiter


class VirtualTime:
    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


async def test_overall_rate_is_kept() -> None:
    vt = VirtualTime()
    limiter = RateLimiter(per_second=25, per_chat_interval=1.0, clock=vt.clock, sleep=vt.sleep)
    moments = []
    for chat in range(100):
        await limiter.wait(chat)
        moments.append(vt.now)
    assert abs(moments[-1] - 99 / 25) < 1e-9  # 100 messages in 3.96 s: 25 per second, not more
    assert all(b - a >= 1 / 25 - 1e-9 for a, b in itertools.pairwise(moments))


async def test_one_message_per_second_per_chat() -> None:
    vt = VirtualTime()
    limiter = RateLimiter(per_second=25, per_chat_interval=1.0, clock=vt.clock, sleep=vt.sleep)
    moments = []
    for _ in range(3):
        await limiter.wait(42)
        moments.append(vt.now)
    assert moments == [0.0, 1.0, 2.0]


async def test_concurrent_callers_share_the_budget() -> None:
    vt = VirtualTime()
    limiter = RateLimiter(per_second=10, per_chat_interval=1.0, clock=vt.clock, sleep=vt.sleep)
    await asyncio.gather(*(limiter.wait(chat) for chat in range(20)))
    assert limiter._next_global >= 2.0 - 1e-9  # 20 slots at 10/s were handed out
