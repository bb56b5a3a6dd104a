"""How long single operations hold the event loop at school scale.

    python bench/stalls.py [--scales 1,2,4]

For each scale, seeds bench/export.py's school (×1 = 10,000 people, 3,000 pairs, 50,000 meetings and a year of
surveys) into a fresh SQLite database, then runs each operation once while a watchdog coroutine sleeps 10 ms in a
loop and records how late it wakes: the worst lateness is the longest time the operation held the loop (nothing else
— no update, no job — could run meanwhile). Repeatable operations run three times and the median is kept; the «idle»
row is the noise floor (a busy machine delays the watchdog by itself). Prints a table of worst stall and total wall
time per operation per scale.
Goal: every worst stall under 100 ms at ×4.

Operations: a matching suggestion for one unmatched mentee; a bank page of mentors (form filter) and of mentees
(status filter); the dashboard; the Excel export; the Monday unmatched-mentee job (first run: something to send;
second run: every coordinator already told); the meeting-nudge sweep (first: nudges to send; then the sweep that
runs every minute with nothing new).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.export import BENCH_SETTINGS, SilentNotifier, build
from bot.clock import FakeClock
from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.banks import BankFilter
from bot.services.graph import build_services
from storage.db import Database
from storage.migrate import migrate
from storage.models import Account
from storage.persons import PersonRepo

MONDAY = datetime(2027, 5, 31, 9, 0, tzinfo=UTC)  # 12:00 in Moscow: working hours; bank mentees wait > 14 days
TICK = 0.010
REPEAT = 3  # runs of each repeatable operation: the median worst stall is reported (the machine may be busy)


class Watchdog:
    """Sleeps TICK in a loop; ``worst`` is the latest it woke since the last reset."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            started = time.perf_counter()
            await asyncio.sleep(TICK)
            self.worst = max(self.worst, time.perf_counter() - started - TICK)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task


async def one_scale(scale: int) -> dict[str, tuple[float, float]]:
    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        async with Database(Path(tmp) / "stalls.sqlite3") as db:
            await migrate(db)
            started = time.perf_counter()
            coordinator_id = await build(db, 10_000 * scale, 3_000 * scale, 50_000 * scale)
            clock = FakeClock(MONDAY)
            services = build_services(db, clock, SilentNotifier(), BENCH_SETTINGS, Translator())
            actor = Actor(Account.telegram(100_000 + coordinator_id), person=await PersonRepo(db).get(coordinator_id))
            draft = await services.roadmaps.import_template(actor, 2026)
            await services.roadmaps.activate(actor, draft.id)
            print(f"×{scale}: built in {time.perf_counter() - started:.1f} s", flush=True)
            mentee_id = int(await db.fetchval(
                "SELECT r.person_id FROM person_roles r WHERE r.role = 'mentee_teacher' AND r.person_id NOT IN"
                " (SELECT mentee_id FROM pair_members) ORDER BY r.person_id DESC LIMIT 1"))
            t = Translator().bind("ru")
            hours = BENCH_SETTINGS.reminder_settings
            banks, work_start, work_end = services.banks, hours.work_start, hours.work_end
            operations: list[tuple[str, Callable[[], Awaitable[Any]], int]] = [
                ("idle (the noise floor)", lambda: asyncio.sleep(0.3), REPEAT),
                ("suggestion (one mentee)", lambda: banks.suggestions(actor, mentee_id), REPEAT),
                ("bank page: mentors, form", lambda: banks.mentors(actor, BankFilter(form="teacher_teacher")), REPEAT),
                ("bank page: mentees, unmatched", lambda: banks.mentees(actor, BankFilter(status="unmatched")),
                 REPEAT),
                ("dashboard", lambda: services.reports.dashboard(actor), REPEAT),
                ("excel export", lambda: services.exports.workbook(actor, t), 1),
                ("remind_unmatched: to send", lambda: banks.remind_unmatched(work_start, work_end), 1),
                ("remind_unmatched: all told", lambda: banks.remind_unmatched(work_start, work_end), REPEAT),
                ("nudge: first sweep", lambda: services.meetings.nudge(work_start, work_end), 1),
                ("nudge: every minute", lambda: services.meetings.nudge(work_start, work_end), REPEAT),
            ]
            gc.freeze()  # as `python -m bot run` does once started: the seeded school is not garbage-collected
            dog = Watchdog()
            dog.start()
            for name, work, times in operations:
                stalls, took = [], []
                for _ in range(times):
                    await asyncio.sleep(0.05)
                    dog.worst = 0.0
                    began = time.perf_counter()
                    await work()
                    took.append(time.perf_counter() - began)
                    await asyncio.sleep(TICK * 2)  # let the watchdog see the last stretch
                    stalls.append(dog.worst)
                results[name] = (statistics.median(stalls), statistics.median(took))
                print(f"  {name:<30} worst stall {results[name][0] * 1000:7.0f} ms   total"
                      f" {results[name][1] * 1000:7.0f} ms   (median of {times}; stalls"
                      f" {', '.join(f'{x * 1000:.0f}' for x in stalls)} ms)", flush=True)
            await dog.stop()
    return results


def main(scales: list[int]) -> None:
    table = {scale: asyncio.run(one_scale(scale)) for scale in scales}
    names = list(next(iter(table.values())))
    head = "".join(f" | ×{s} stall / total" for s in scales)
    print(f"\n| operation{' ' * 21}{head} |")
    print(f"|{'-' * 31}" + "|-------------------" * len(scales) + "|")
    for name in names:
        cells = "".join(f" | {table[s][name][0] * 1000:6.0f} / {table[s][name][1] * 1000:6.0f} ms" for s in scales)
        print(f"| {name:<30}{cells} |")
    print("goal: every worst stall under 100 ms at ×4")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,2,4", help="comma-separated multiples of the export bench's school")
    options = parser.parse_args()
    main([int(s) for s in options.scales.split(",")])
