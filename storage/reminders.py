from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storage.db import Database
from storage.models import Account, ActivityStatus, ReminderKind, parse_date, parse_ts, text_locale
from storage.persons import PREFERRED_ACCOUNT


def ts(moment: datetime) -> str:
    """UTC instants are stored to the second, so they compare correctly as text."""
    return moment.isoformat(timespec="seconds")


@dataclass(frozen=True)
class DueReminder:
    """A pending reminder with what is needed to send it."""

    id: int
    org_id: int
    activity_id: int | None
    person_id: int
    kind: ReminderKind
    fire_on: date
    send_after: datetime
    planned_at: datetime
    attempts: int
    account: Account | None
    locale: str
    blocked: bool
    timezone: str
    activity_title: str | None
    activity_status: ActivityStatus | None
    due_on: date | None
    roadmap_active: bool
    season_end: date | None  # 31 August after the roadmap's school year: no chasing beyond it
    org_kind: str | None = None  # the organisation's kind: the words of the reminder (text_locale)

    @property
    def text_locale(self) -> str:
        return text_locale(self.locale, self.org_kind)


class ReminderRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(self, org_id: int, activity_id: int | None, person_id: int, kind: ReminderKind, fire_on: date,
                  send_after: datetime, now: datetime) -> None:
        await self.add_many([(org_id, activity_id, person_id, kind, fire_on, send_after)], now)

    async def add_many(self, rows: list[tuple[int, int | None, int, ReminderKind, date, datetime]],
                       now: datetime) -> None:
        """Plan reminders. Planning the same one again keeps one row: a cancelled one comes back to life,
        a sent one stays sent (so it is never sent twice)."""
        values = [(o, a, p, k.value, d.isoformat(), ts(t), ts(now)) for o, a, p, k, d, t in rows]
        digests = [v for v in values if v[1] is None]
        activities = [v for v in values if v[1] is not None]
        columns = "(org_id, activity_id, person_id, kind, fire_on, send_after, planned_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        if digests:
            await self.db.executemany(f"INSERT OR IGNORE INTO reminders {columns}", digests)
        if activities:
            await self.db.executemany(
                f"INSERT INTO reminders {columns}"
                " ON CONFLICT (activity_id, person_id, kind, fire_on) WHERE activity_id IS NOT NULL"
                " DO UPDATE SET status = 'pending', send_after = excluded.send_after, planned_at = excluded.planned_at,"
                " attempts = 0 WHERE reminders.status = 'cancelled'", activities)

    async def cancel_pending(self, activity_id: int) -> None:
        await self.db.execute(
            "UPDATE reminders SET status = 'cancelled' WHERE activity_id = ? AND status = 'pending'", (activity_id,)
        )

    async def due(self, now: datetime, limit: int) -> list[DueReminder]:
        rows = await self.db.fetchall(
            f"SELECT r.*, {PREFERRED_ACCOUNT} AS account, p.locale, p.blocked_at, o.timezone,"
            " a.title AS activity_title,"
            " a.status AS activity_status, a.due_on, m.status AS roadmap_status, m.academic_year, o.kind AS org_kind"
            " FROM reminders r JOIN persons p ON p.id = r.person_id JOIN organisations o ON o.id = r.org_id"
            " LEFT JOIN roadmap_activities a ON a.id = r.activity_id LEFT JOIN roadmaps m ON m.id = a.roadmap_id"
            " WHERE r.status = 'pending' AND r.send_after <= ? ORDER BY r.send_after, r.id LIMIT ?",
            (ts(now), limit),
        )
        return [
            DueReminder(
                id=r["id"], org_id=r["org_id"], activity_id=r["activity_id"], person_id=r["person_id"],
                kind=ReminderKind(r["kind"]), fire_on=date.fromisoformat(r["fire_on"]),
                send_after=parse_ts(r["send_after"]),
                planned_at=parse_ts(r["planned_at"]),
                attempts=r["attempts"],
                account=Account.parse(r["account"]) if r["account"] else None, locale=r["locale"],
                blocked=r["blocked_at"] is not None,
                timezone=r["timezone"], activity_title=r["activity_title"],
                activity_status=ActivityStatus(r["activity_status"]) if r["activity_status"] else None,
                due_on=parse_date(r["due_on"]), roadmap_active=r["roadmap_status"] == "active",
                season_end=date(r["academic_year"] + 1, 8, 31) if r["academic_year"] else None,
                org_kind=r["org_kind"],
            )
            for r in rows
        ]

    async def cancel_superseded(self, now: datetime) -> int:
        """After downtime several notices about one activity may be due for one person at once. Only the one
        true today goes out: «7 days left», «1 day left» and «today» give way to a later one of them or to
        «overdue»; of several overdue rounds (or escalations) only the latest is kept. A reminder waiting for
        another try after a passing failure (attempts > 0) gives way as soon as a later one is due."""
        return await self.db.execute_rowcount(
            "UPDATE reminders SET status = 'cancelled' WHERE status = 'pending'"
            " AND (send_after <= :now OR attempts > 0)"
            " AND activity_id IS NOT NULL AND EXISTS ("
            " SELECT 1 FROM reminders later WHERE later.activity_id = reminders.activity_id"
            " AND later.person_id = reminders.person_id AND later.status = 'pending' AND later.send_after <= :now"
            " AND later.fire_on > reminders.fire_on AND ("
            "  (reminders.kind IN ('opens', 'before', 'due') AND later.kind IN ('opens', 'before', 'due', 'overdue'))"
            "  OR (reminders.kind IN ('overdue', 'escalation') AND later.kind = reminders.kind)))",
            {"now": ts(now)},
        )

    async def claim(self, reminder_id: int, now: datetime) -> bool:
        """Take a pending reminder for sending; False if another sweep already took it."""
        changed = await self.db.execute_rowcount(
            "UPDATE reminders SET status = 'sending', claimed_at = ? WHERE id = ? AND status = 'pending'",
            (ts(now), reminder_id),
        )
        return changed == 1

    async def finish(self, reminder_id: int, status: str, now: datetime, late: bool = False) -> None:
        await self.db.execute(
            "UPDATE reminders SET status = ?, sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END, late = ?"
            " WHERE id = ?", (status, status, ts(now), int(late), reminder_id),
        )

    async def set_status(self, reminder_id: int, status: str) -> None:
        await self.db.execute("UPDATE reminders SET status = ? WHERE id = ?", (status, reminder_id))

    async def postpone(self, reminder_id: int, send_after: datetime) -> None:
        await self.db.execute("UPDATE reminders SET send_after = ? WHERE id = ? AND status = 'pending'",
                              (ts(send_after), reminder_id))

    async def retry_later(self, reminder_id: int, send_after: datetime) -> None:
        """A send that failed for a passing reason: back to pending, tried again later."""
        await self.db.execute(
            "UPDATE reminders SET status = 'pending', send_after = ?, attempts = attempts + 1 WHERE id = ?",
            (ts(send_after), reminder_id))

    async def cancel_pending_of(self, person_id: int) -> None:
        await self.db.execute("UPDATE reminders SET status = 'cancelled' WHERE person_id = ? AND status = 'pending'",
                              (person_id,))

    async def abandon_unfinished(self) -> int:
        """Reminders claimed by a process that stopped before recording the result: never resent."""
        return await self.db.execute_rowcount("UPDATE reminders SET status = 'uncertain' WHERE status = 'sending'")

    async def counts(self) -> dict[str, int]:
        rows = await self.db.fetchall("SELECT status, COUNT(*) AS n FROM reminders GROUP BY status")
        return {r["status"]: r["n"] for r in rows}
