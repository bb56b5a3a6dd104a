"""Meetings of pairs, their links to programme tasks, and the nudges sent when a pair goes quiet."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from storage.db import Database
from storage.models import parse_ts


@dataclass(frozen=True)
class Meeting:
    id: int
    pair_id: int
    kind: str
    held_on: date
    minutes: int
    format: str
    topic: str
    notes: str | None
    logged_by: int | None
    logged_role: str  # mentor | mentee
    status: str  # logged | confirmed | disputed | deleted
    created_at: datetime


def _meeting(row: aiosqlite.Row) -> Meeting:
    return Meeting(row["id"], row["pair_id"], row["kind"], date.fromisoformat(row["held_on"]), row["minutes"],
                   row["format"], row["topic"], row["notes"], row["logged_by"], row["logged_role"], row["status"],
                   parse_ts(row["created_at"]))


@dataclass(frozen=True)
class QuietPair:
    """A working pair that may be due a nudge (see MeetingRepo.quiet_pairs)."""

    pair_id: int
    org_id: int
    mentor_id: int
    started: datetime  # activated, else created
    held: date | None  # the last meeting held
    logged: datetime | None  # when the last meeting log was written
    claimed: dict[str, str | None]  # nudge kind → the latest quiet spell (ISO date) it was claimed for


class MeetingRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(self, pair_id: int, kind: str, held_on: date, minutes: int, fmt: str, topic: str,
                     notes: str | None, logged_by: int, logged_role: str, task_ids: list[int], now: datetime) -> int:
        meeting_id = await self.db.execute(
            "INSERT INTO meetings (pair_id, kind, held_on, minutes, format, topic, notes, logged_by, logged_role,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pair_id, kind, held_on.isoformat(), minutes, fmt, topic, notes, logged_by, logged_role,
             now.isoformat(), now.isoformat()))
        await self.db.executemany("INSERT OR IGNORE INTO meeting_tasks (meeting_id, item_id) VALUES (?, ?)",
                                  [(meeting_id, i) for i in task_ids])
        return meeting_id

    async def get(self, meeting_id: int) -> Meeting | None:
        row = await self.db.fetchone("SELECT * FROM meetings WHERE id = ? AND status != 'deleted'", (meeting_id,))
        return _meeting(row) if row else None

    async def for_pair(self, pair_id: int) -> list[Meeting]:
        rows = await self.db.fetchall(
            "SELECT * FROM meetings WHERE pair_id = ? AND status != 'deleted' ORDER BY held_on, id", (pair_id,))
        return [_meeting(r) for r in rows]

    async def table(self, org_id: int) -> list[tuple[int, date, str, int, str, str, str, str]]:
        """Every meeting of the organisation's pairs for the export, in one query, as plain rows: pair, date, kind,
        minutes, format, topic, who logged it (mentor | mentee), status — by pair, then date."""
        rows = await self.db.fetchall(
            "SELECT m.pair_id, m.held_on, m.kind, m.minutes, m.format, m.topic, m.logged_role, m.status"
            " FROM meetings m JOIN pairs p ON p.id = m.pair_id WHERE p.org_id = ? AND m.status != 'deleted'"
            " ORDER BY m.pair_id, m.held_on, m.id", (org_id,))
        return [(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]

    async def count(self, org_id: int, statuses: tuple[str, ...], since: date, until: date) -> int:
        """Meetings of the organisation's pairs in these statuses held from ``since`` to ``until`` inclusive."""
        marks = ", ".join("?" * len(statuses))
        return int(await self.db.fetchval(
            f"SELECT COUNT(*) FROM meetings m JOIN pairs p ON p.id = m.pair_id WHERE p.org_id = ?"
            f" AND m.status IN ({marks}) AND m.held_on >= ? AND m.held_on <= ?",
            (org_id, *statuses, since.isoformat(), until.isoformat())))

    async def per_month(self, org_id: int, statuses: tuple[str, ...], since: date) -> dict[str, int]:
        """{"2026-10": n}: meetings in these statuses held from ``since`` on, per calendar month."""
        marks = ", ".join("?" * len(statuses))
        rows = await self.db.fetchall(
            f"SELECT substr(m.held_on, 1, 7) AS ym, COUNT(*) AS n FROM meetings m JOIN pairs p ON p.id = m.pair_id"
            f" WHERE p.org_id = ? AND m.status IN ({marks}) AND m.held_on >= ? GROUP BY ym",
            (org_id, *statuses, since.isoformat()))
        return {r["ym"]: r["n"] for r in rows}

    async def count_by_kind(self, org_id: int, statuses: tuple[str, ...], since: date) -> dict[str, int]:
        """{"organisational": n, …}: meetings in these statuses held from ``since`` on, per type."""
        marks = ", ".join("?" * len(statuses))
        rows = await self.db.fetchall(
            f"SELECT m.kind, COUNT(*) AS n FROM meetings m JOIN pairs p ON p.id = m.pair_id WHERE p.org_id = ?"
            f" AND m.status IN ({marks}) AND m.held_on >= ? GROUP BY m.kind", (org_id, *statuses, since.isoformat()))
        return {r["kind"]: r["n"] for r in rows}

    async def update(self, meeting_id: int, now: datetime, **fields: object) -> None:
        allowed = {"kind", "held_on", "minutes", "format", "topic", "notes", "status"}
        assert set(fields) <= allowed, fields
        values = [v.isoformat() if isinstance(v, date) else v for v in fields.values()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        await self.db.execute(f"UPDATE meetings SET {assignments}, updated_at = ? WHERE id = ?",
                              (*values, now.isoformat(), meeting_id))

    async def answer(self, meeting_id: int, person_id: int, answer: str, now: datetime) -> bool:
        """Record one person's answer (once); False if they have answered already."""
        return await self.db.execute_rowcount(
            "INSERT OR IGNORE INTO meeting_answers (meeting_id, person_id, answer, answered_at) VALUES (?, ?, ?, ?)",
            (meeting_id, person_id, answer, now.isoformat())) > 0

    async def answers(self, meeting_id: int) -> dict[int, str]:
        rows = await self.db.fetchall("SELECT person_id, answer FROM meeting_answers WHERE meeting_id = ?",
                                      (meeting_id,))
        return {r["person_id"]: r["answer"] for r in rows}

    async def clear_answers(self, meeting_id: int) -> None:
        await self.db.execute("DELETE FROM meeting_answers WHERE meeting_id = ?", (meeting_id,))

    async def last_held(self, pair_ids: list[int]) -> dict[int, tuple[date, datetime]]:
        """Per pair: the date of the latest meeting held and when the latest log was written."""
        if not pair_ids:
            return {}
        marks = ", ".join("?" * len(pair_ids))
        rows = await self.db.fetchall(
            f"SELECT pair_id, MAX(held_on) AS last, MAX(created_at) AS logged FROM meetings"
            f" WHERE status IN ('logged', 'confirmed') AND pair_id IN ({marks}) GROUP BY pair_id", pair_ids)
        return {r["pair_id"]: (date.fromisoformat(r["last"]), datetime.fromisoformat(r["logged"])) for r in rows}

    async def quiet_pairs(self, cutoffs: dict[int, date]) -> list[QuietPair]:
        """Working pairs (active or ending early) of the organisations in ``cutoffs`` with no meeting held after
        their organisation's cutoff day, by organisation and id, in one query: with the last meeting held, the last
        log written, and the latest quiet spell each kind of nudge was claimed for."""
        if not cutoffs:
            return []
        rows = await self.db.fetchall(
            "SELECT p.id, p.org_id, p.mentor_id, COALESCE(p.activated_at, p.created_at) AS started,"
            " (SELECT MAX(m.held_on) FROM meetings m WHERE m.pair_id = p.id"
            "  AND m.status IN ('logged', 'confirmed')) AS held,"
            " (SELECT MAX(m.created_at) FROM meetings m WHERE m.pair_id = p.id"
            "  AND m.status IN ('logged', 'confirmed')) AS logged,"
            " (SELECT MAX(n.since) FROM meeting_nudges n WHERE n.pair_id = p.id AND n.kind = 'mentor') AS mentor_since,"
            " (SELECT MAX(n.since) FROM meeting_nudges n WHERE n.pair_id = p.id AND n.kind = 'coordinator')"
            "  AS coordinator_since"
            " FROM json_each(?) o JOIN pairs p ON p.org_id = CAST(o.key AS INTEGER)"
            " AND p.status IN ('active', 'ending')"
            " WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.pair_id = p.id AND m.status IN ('logged', 'confirmed')"
            "  AND m.held_on > o.value) ORDER BY p.org_id, p.id",
            (json.dumps({str(org_id): on.isoformat() for org_id, on in cutoffs.items()}),))
        return [QuietPair(r["id"], r["org_id"], r["mentor_id"], datetime.fromisoformat(r["started"]),
                          date.fromisoformat(r["held"]) if r["held"] else None,
                          datetime.fromisoformat(r["logged"]) if r["logged"] else None,
                          {"mentor": r["mentor_since"], "coordinator": r["coordinator_since"]}) for r in rows]

    async def claim_nudge(self, pair_id: int, kind: str, since: date, now: datetime) -> bool:
        return await self.db.execute_rowcount(
            "INSERT OR IGNORE INTO meeting_nudges (pair_id, kind, since, sent_at) VALUES (?, ?, ?, ?)",
            (pair_id, kind, since.isoformat(), now.isoformat())) > 0

    async def release_nudge(self, pair_id: int, kind: str, since: date) -> None:
        """A claimed nudge that could not go out for now (Telegram unreachable): the next sweep tries again."""
        await self.db.execute("DELETE FROM meeting_nudges WHERE pair_id = ? AND kind = ? AND since = ?",
                              (pair_id, kind, since.isoformat()))
