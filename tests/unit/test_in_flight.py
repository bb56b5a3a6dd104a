from __future__ import annotations

import asyncio
from typing import Any

from bot.middlewares import InFlightUpdates


async def test_drain_waits_for_running_updates() -> None:
    tracker = InFlightUpdates()
    release = asyncio.Event()
    finished: list[str] = []

    async def handler(event: Any, data: dict[str, Any]) -> None:
        await release.wait()
        finished.append("done")

    task = asyncio.create_task(tracker(handler, object(), {}))  # type: ignore[arg-type]
    await asyncio.sleep(0)
    assert tracker.running == 1
    drain = asyncio.create_task(tracker.drain(grace=5))
    await asyncio.sleep(0.01)
    assert not drain.done()  # still waiting for the update
    release.set()
    assert await drain is True
    await task
    assert finished == ["done"] and tracker.running == 0


async def test_drain_gives_up_after_timeout() -> None:
    tracker = InFlightUpdates()

    async def handler(event: Any, data: dict[str, Any]) -> None:
        await asyncio.sleep(10)

    task = asyncio.create_task(tracker(handler, object(), {}))  # type: ignore[arg-type]
    await asyncio.sleep(0)
    assert await tracker.drain(grace=0.05) is False
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert tracker.running == 0
    assert await tracker.drain(grace=0.05) is True
