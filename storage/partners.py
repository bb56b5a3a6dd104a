"""Partner organisations that provide mentors (issue 15)."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.db import Database
from storage.models import Partner, parse_ts


def _partner(row: aiosqlite.Row) -> Partner:
    return Partner(id=row["id"], org_id=row["org_id"], name=row["name"], kind=row["kind"], contact=row["contact"],
                   created_at=parse_ts(row["created_at"]), removed_at=parse_ts(row["removed_at"]))


class PartnerRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(self, org_id: int, name: str, kind: str, contact: str | None, now: datetime) -> int | None:
        """The new partner's id; None when the organisation already has a partner of that name (a double tap)."""
        if await self.by_name(org_id, name) is not None:  # the caller's transaction holds the write lock
            return None
        return await self.db.execute(
            "INSERT INTO partners (org_id, name, kind, contact, created_at) VALUES (?, ?, ?, ?, ?)",
            (org_id, name, kind, contact, now.isoformat()))

    async def get(self, partner_id: int) -> Partner | None:
        row = await self.db.fetchone("SELECT * FROM partners WHERE id = ?", (partner_id,))
        return _partner(row) if row else None

    async def by_name(self, org_id: int, name: str) -> Partner | None:
        row = await self.db.fetchone(
            "SELECT * FROM partners WHERE org_id = ? AND name = ? AND removed_at IS NULL", (org_id, name))
        return _partner(row) if row else None

    async def of_org(self, org_id: int) -> list[Partner]:
        rows = await self.db.fetchall(
            "SELECT * FROM partners WHERE org_id = ? AND removed_at IS NULL ORDER BY name, id", (org_id,))
        return [_partner(r) for r in rows]

    async def mentors(self, org_id: int) -> dict[int, int]:
        """Active mentors per partner: partner id → how many."""
        rows = await self.db.fetchall(
            "SELECT partner_id, count(*) AS n FROM persons WHERE org_id = ? AND partner_id IS NOT NULL"
            " AND status = 'active' GROUP BY partner_id", (org_id,))
        return {r["partner_id"]: r["n"] for r in rows}

    async def remove(self, partner_id: int, now: datetime) -> bool:
        """Removed from the list (kept for the people and invites that name it); its contact is erased."""
        changed = await self.db.execute_rowcount(
            "UPDATE partners SET removed_at = ?, contact = NULL WHERE id = ? AND removed_at IS NULL",
            (now.isoformat(), partner_id))
        return changed == 1
