from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from storage.db import Database
from storage.models import parse_ts
from storage.reminders import ts


@dataclass(frozen=True)
class Campaign:
    id: int
    org_id: int
    questionnaire_id: str
    audience: str
    deadline: date
    anonymous: bool
    status: str
    created_at: datetime


@dataclass(frozen=True)
class QueuedInvitation:
    campaign_id: int
    person_id: int
    attempts: int
    tg_user_id: int | None
    locale: str
    blocked: bool
    questionnaire_id: str
    deadline: date


def _campaign(row: aiosqlite.Row) -> Campaign:
    return Campaign(row["id"], row["org_id"], row["questionnaire_id"], row["audience"],
                    date.fromisoformat(row["deadline"]), bool(row["anonymous"]), row["status"],
                    parse_ts(row["created_at"]))  # type: ignore[arg-type]


class CampaignRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(self, org_id: int, questionnaire_id: str, audience: str, deadline: date, anonymous: bool,
                     created_by: int | None, now: datetime, person_ids: list[int]) -> int:
        campaign_id = await self.db.execute(
            "INSERT INTO campaigns (org_id, questionnaire_id, audience, deadline, anonymous, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (org_id, questionnaire_id, audience, deadline.isoformat(), int(anonymous), created_by, now.isoformat()))
        await self.db.executemany(
            "INSERT OR IGNORE INTO campaign_recipients (campaign_id, person_id) VALUES (?, ?)",
            [(campaign_id, pid) for pid in person_ids])
        return campaign_id

    async def get(self, campaign_id: int) -> Campaign | None:
        row = await self.db.fetchone("SELECT * FROM campaigns WHERE id = ?", (campaign_id,))
        return _campaign(row) if row else None

    async def queued(self, now: datetime, limit: int) -> list[QueuedInvitation]:
        rows = await self.db.fetchall(
            "SELECT r.campaign_id, r.person_id, r.attempts, p.tg_user_id, p.locale, p.blocked_at,"
            " c.questionnaire_id, c.deadline FROM campaign_recipients r JOIN campaigns c ON c.id = r.campaign_id"
            " JOIN persons p ON p.id = r.person_id WHERE r.status = 'queued' AND c.status = 'open'"
            " AND (r.not_before IS NULL OR r.not_before <= ?) ORDER BY r.campaign_id, r.person_id LIMIT ?",
            (ts(now), limit))
        return [QueuedInvitation(r["campaign_id"], r["person_id"], r["attempts"], r["tg_user_id"], r["locale"],
                                 r["blocked_at"] is not None, r["questionnaire_id"], date.fromisoformat(r["deadline"]))
                for r in rows]

    async def claim(self, campaign_id: int, person_id: int) -> bool:
        return await self.db.execute_rowcount(
            "UPDATE campaign_recipients SET status = 'sending' WHERE campaign_id = ? AND person_id = ?"
            " AND status = 'queued'", (campaign_id, person_id)) == 1

    async def mark(self, campaign_id: int, person_id: int, status: str, now: datetime) -> None:
        await self.db.execute(
            "UPDATE campaign_recipients SET status = ?, delivered_at = CASE WHEN ? = 'delivered' THEN ?"
            " ELSE delivered_at END WHERE campaign_id = ? AND person_id = ?",
            (status, status, ts(now), campaign_id, person_id))

    async def retry_later(self, campaign_id: int, person_id: int, not_before: datetime) -> None:
        await self.db.execute(
            "UPDATE campaign_recipients SET status = 'queued', attempts = attempts + 1, not_before = ?"
            " WHERE campaign_id = ? AND person_id = ?", (ts(not_before), campaign_id, person_id))

    async def abandon_unfinished(self) -> int:
        return await self.db.execute_rowcount(
            "UPDATE campaign_recipients SET status = 'uncertain' WHERE status = 'sending'")

    async def counts(self, campaign_id: int) -> dict[str, int]:
        rows = await self.db.fetchall(
            "SELECT status, COUNT(*) AS n FROM campaign_recipients WHERE campaign_id = ? GROUP BY status",
            (campaign_id,))
        return {r["status"]: r["n"] for r in rows}
