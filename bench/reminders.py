"""Benchmark of the reminder sweep: 1,000 organisations × 60 activities × 5 staff.

    python bench/reminders.py [--orgs 1000] [--activities 60] [--staff 5]

Builds a fresh SQLite database in a temporary folder (organisations in several time zones, an active
roadmap each, every activity linked to one of 5 staff members), plans the reminders with the real
ReminderService, then prints:
  * the time of a sweep when nothing is due (goal: under 50 ms),
  * the time of one sweep over a due set, and how many reminders it sent / deferred to working hours.
Messages go to a counting notifier (no network): this measures the bot's own work.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.services.graph import build_services
from bot.services.ports import Delivery
from storage.db import Database
from storage.migrate import migrate
from storage.models import Account

ZONES = ("Europe/Kaliningrad", "Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok")


class CountingNotifier:
    def __init__(self) -> None:
        self.sent = 0

    async def notify(self, account: Account, locale: str, key: str, args: Any = None, *, actions: Any = (),
                     claim: Any = None) -> Delivery:
        if claim is not None and not await claim():
            return Delivery.SKIPPED
        self.sent += 1
        return Delivery.SENT


async def build(db: Database, orgs: int, activities: int, staff: int, start: date) -> None:
    now = datetime(2026, 9, 1, tzinfo=UTC).isoformat()
    async with db.transaction():
        org_rows, person_rows, role_rows, roadmap_rows = [], [], [], []
        stage_rows, activity_rows, label_rows, link_rows = [], [], [], []
        person_id = activity_id = 0
        for o in range(1, orgs + 1):
            org_rows.append((o, f"Школа {o}", "school", ZONES[o % len(ZONES)], "адрес", 1, now))
            people = []
            for s in range(staff + 1):  # one coordinator + staff
                person_id += 1
                people.append(person_id)
                person_rows.append((person_id, o, 10_000_000 + person_id, "ru", "active", f"Сотрудник {person_id}",
                                    now, now))
                role_rows.append((person_id, "coordinator" if s == 0 else "staff", now))
            roadmap_rows.append((o, o, 2026, "active", "bench", now, now))
            stage_rows.append((o, o, 1, "Этап", 0))
            for a in range(activities):
                activity_id += 1
                due = start + timedelta(days=(a * 5) % 270)
                activity_rows.append((activity_id, o, o, a, f"Мероприятие {a}", due.isoformat(), due.isoformat()))
                label = f"Ответственный {a % staff}"
                label_rows.append((activity_id, label, "role"))
            for s in range(staff):
                link_rows.append((o, f"Ответственный {s}", people[s + 1]))
        await db.executemany("INSERT INTO organisations (id, name, kind, timezone, address, created_by, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)", org_rows)
        await db.executemany("INSERT INTO persons (id, org_id, locale, status, full_name, created_at,"
                             " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", [(p[0], p[1], *p[3:]) for p in person_rows])
        await db.executemany("INSERT INTO accounts (person_id, channel, external_id, created_at, last_seen_at)"
                             " VALUES (?, 'telegram', ?, ?, ?)", [(p[0], p[2], p[-2], p[-1]) for p in person_rows])
        await db.executemany("INSERT INTO person_roles (person_id, role, granted_at) VALUES (?, ?, ?)", role_rows)
        await db.executemany("INSERT INTO roadmaps (id, org_id, academic_year, status, source, created_at,"
                             " activated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", roadmap_rows)
        await db.executemany("INSERT INTO roadmap_stages (id, roadmap_id, number, title, position)"
                             " VALUES (?, ?, ?, ?, ?)", stage_rows)
        await db.executemany("INSERT INTO roadmap_activities (id, roadmap_id, stage_id, position, title, starts_on,"
                             " due_on) VALUES (?, ?, ?, ?, ?, ?, ?)", activity_rows)
        await db.executemany("INSERT INTO activity_labels (activity_id, label, kind) VALUES (?, ?, ?)", label_rows)
        await db.executemany("INSERT INTO roadmap_links (roadmap_id, label, person_id) VALUES (?, ?, ?)", link_rows)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orgs", type=int, default=1000)
    parser.add_argument("--activities", type=int, default=60)
    parser.add_argument("--staff", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        async with Database(Path(tmp) / "bench.sqlite3") as db:
            await migrate(db)
            clock = FakeClock(datetime(2026, 9, 1, 0, 0, tzinfo=UTC))
            t0 = time.perf_counter()
            await build(db, args.orgs, args.activities, args.staff, date(2026, 9, 15))
            built = time.perf_counter() - t0
            notifier = CountingNotifier()
            service = build_services(db, clock, notifier, Settings(_env_file=None), Translator()).reminders
            t0 = time.perf_counter()
            planned = 0
            for roadmap_id in range(1, args.orgs + 1):
                planned += await service.plan_roadmap(roadmap_id)
            planning = time.perf_counter() - t0
            rows = await db.fetchval("SELECT COUNT(*) FROM reminders")

            # nothing due: 1 September 00:00 UTC, before every reminder
            idle = []
            for _ in range(20):
                t0 = time.perf_counter()
                result = await service.sweep()
                idle.append((time.perf_counter() - t0) * 1000)
                assert result.sent == 0

            # a due set: 15 September, 06:30 UTC (working hours in most zones, evening in Vladivostok)
            clock.set(datetime(2026, 9, 15, 6, 30, tzinfo=UTC))
            due_now = await db.fetchval("SELECT COUNT(*) FROM reminders WHERE status = 'pending' AND send_after <= ?",
                                        (clock.now().isoformat(timespec="seconds"),))
            t0 = time.perf_counter()
            result = await service.sweep()
            busy = time.perf_counter() - t0

    print(f"dataset: {args.orgs} organisations × {args.activities} activities × {args.staff} staff "
          f"({args.orgs * args.activities} activities), built in {built:.1f} s")
    print(f"planning: {planned} reminders planned ({rows} rows) in {planning:.1f} s")
    print(f"sweep, nothing due: median {statistics.median(idle):.2f} ms, max {max(idle):.2f} ms (goal < 50 ms)")
    print(f"sweep over the due set: {due_now} due → {result.sent} sent, {result.deferred} deferred to working "
          f"hours, {result.cancelled} cancelled as superseded, in {busy:.2f} s "
          f"({result.sent / busy if busy else 0:.0f} reminders/s without network)")


if __name__ == "__main__":
    asyncio.run(main())
