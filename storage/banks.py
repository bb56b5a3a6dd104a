"""The banks of mentors and mentees: the selection of mentor candidates (approved, trained, not selected), mentees
flagged for psychological support, and the weekly notices about mentees waiting for a pair."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storage.db import Database
from storage.models import parse_date


@dataclass(frozen=True)
class Selection:
    person_id: int
    status: str  # approved | rejected
    reason: str | None
    trained_on: date | None


class BankRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def selections(self, org_id: int) -> dict[int, Selection]:
        rows = await self.db.fetchall(
            "SELECT s.* FROM mentor_selection s JOIN persons p ON p.id = s.person_id WHERE p.org_id = ?", (org_id,))
        return {r["person_id"]: Selection(r["person_id"], r["status"], r["reason"], parse_date(r["trained_on"]))
                for r in rows}

    async def set_selection(self, person_id: int, status: str, reason: str | None, trained_on: date | None,
                            decided_by: int | None, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO mentor_selection (person_id, status, reason, trained_on, decided_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET status = excluded.status,"
            " reason = excluded.reason, trained_on = excluded.trained_on, decided_by = excluded.decided_by,"
            " updated_at = excluded.updated_at",
            (person_id, status, reason, trained_on.isoformat() if trained_on else None, decided_by, now.isoformat()))

    async def support_flags(self, org_id: int) -> set[int]:
        rows = await self.db.fetchall(
            "SELECT s.person_id FROM mentee_support s JOIN persons p ON p.id = s.person_id WHERE p.org_id = ?",
            (org_id,))
        return {r["person_id"] for r in rows}

    async def flag_support(self, person_id: int, by: int | None, now: datetime, on: bool) -> None:
        if on:
            await self.db.execute("INSERT OR IGNORE INTO mentee_support (person_id, flagged_by, flagged_at)"
                                  " VALUES (?, ?, ?)", (person_id, by, now.isoformat()))
        else:
            await self.db.execute("DELETE FROM mentee_support WHERE person_id = ?", (person_id,))

    async def claim_notice(self, org_id: int, kind: str, period: str, person_id: int, now: datetime) -> bool:
        return await self.db.execute_rowcount(
            "INSERT OR IGNORE INTO org_notices (org_id, kind, period, person_id, sent_at) VALUES (?, ?, ?, ?, ?)",
            (org_id, kind, period, person_id, now.isoformat())) > 0
