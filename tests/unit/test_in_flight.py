from __future__ import annotations

import asyncio
from typing import Any

from bot.middlewares import InFlightUpdates


async def test_drain_waits_for_running_updates() -> None:
    tracker = InFlightUpdates()
    entered = asyncio.Event()
    release = asyncio.Event()
    finished: list[str] = []

    async def handler(event: Any, data: dict[str, Any]) -> None:
        entered.set()
        await release.wait()
        finished.append("done")

    task = asyncio.create_task(tracker(handler, object(), {}))  # type: ignore[arg-type]
    await entered.wait()
    assert tracker.running == 1
    drain = asyncio.create_task(tracker.drain(grace=5))
    await tracker.draining.wait()
    assert not drain.done()  # still waiting for the update
    release.set()
    assert await drain is True
    await task
    assert finished == ["done"] and tracker.running == 0


async def test_drain_gives_up_after_timeout() -> None:
    tracker = InFlightUpdates()
    entered = asyncio.Event()

    async def handler(event: Any, data: dict[str, Any]) -> None:
        entered.set()
        await asyncio.Event().wait()  # never finishes by itself

    task = asyncio.create_task(tracker(handler, object(), {}))  # type: ignore[arg-type]
    await entered.wait()
    assert await tracker.drain(grace=0.05) is False  # the update never ends: the grace runs out whatever the load
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert tracker.running == 0
    assert await tracker.drain(grace=0.05) is True


async def test_what_still_runs_after_the_grace_is_cancelled_before_shutdown_goes_on() -> None:
    """Cancelled (its transaction rolls back) rather than left to fail against the closed session and database."""
    tracker = InFlightUpdates()
    entered = asyncio.Event()
    unwound: list[str] = []

    async def handler(event: Any, data: dict[str, Any]) -> None:
        entered.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            unwound.append("rolled back")
            raise

    task = asyncio.create_task(tracker(handler, object(), {}))  # type: ignore[arg-type]
    await entered.wait()
    assert await tracker.drain(grace=0.01) is False
    assert task.cancelled() and unwound == ["rolled back"]  # done before drain returned
    assert tracker.running == 0


class _Dispatcher:
    """What drain() reads of aiogram's Dispatcher: the tasks its polling started, one per update received."""

    def __init__(self) -> None:
        self._handle_update_tasks: set[asyncio.Task[Any]] = set()


async def test_drain_waits_for_updates_received_but_not_yet_in_the_middleware() -> None:
    """aiogram starts a task per polled update; before it reaches this middleware it may wait for the user's lock."""
    tracker = InFlightUpdates()
    dispatcher = _Dispatcher()
    users_lock = asyncio.Lock()
    await users_lock.acquire()  # an earlier update of the same user holds it
    waiting = asyncio.Event()
    handled: list[str] = []

    async def handler(event: Any, data: dict[str, Any]) -> None:
        handled.append("second")

    async def polled_update() -> None:
        waiting.set()
        async with users_lock:  # aiogram's outer middlewares, before ours
            await tracker(handler, object(), {})  # type: ignore[arg-type]

    task = asyncio.create_task(polled_update())
    dispatcher._handle_update_tasks.add(task)
    task.add_done_callback(dispatcher._handle_update_tasks.discard)
    await waiting.wait()
    assert tracker.running == 0  # not counted by the middleware yet
    drain = asyncio.create_task(tracker.drain(grace=5, dispatcher=dispatcher))  # type: ignore[arg-type]
    await tracker.draining.wait()
    assert not drain.done()
    users_lock.release()
    assert await drain is True
    assert task.done() and handled == ["second"]
