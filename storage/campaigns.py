from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

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
                    parse_ts(row["created_at"]))


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

    async def for_org(self, org_id: int, limit: int = 10) -> list[Campaign]:
        rows = await self.db.fetchall("SELECT * FROM campaigns WHERE org_id = ? ORDER BY id DESC LIMIT ?",
                                      (org_id, limit))
        return [_campaign(r) for r in rows]

    async def progress(self, campaign_id: int) -> dict[str, int]:
        """invited / delivered / started / completed."""
        row = await self.db.fetchone(
            "SELECT (SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = :c) AS invited,"
            " (SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = :c AND status = 'delivered') AS delivered,"
            " (SELECT COUNT(*) FROM answer_sets WHERE campaign_id = :c) AS started,"
            " (SELECT COUNT(*) FROM answer_sets WHERE campaign_id = :c AND status = 'submitted') AS completed",
            {"c": campaign_id})
        assert row is not None
        return dict(row)

    async def submitted_answers(self, campaign_id: int) -> list[dict[str, object]]:
        """The submitted answers of a campaign, one dict per respondent — with no names or ids."""
        rows = await self.db.fetchall(
            "SELECT s.id, a.question_id, a.value FROM answer_sets s JOIN answers a ON a.answer_set_id = s.id"
            " WHERE s.campaign_id = ? AND s.status = 'submitted' ORDER BY s.id", (campaign_id,))
        by_set: dict[int, dict[str, object]] = {}
        for r in rows:
            by_set.setdefault(r["id"], {})[r["question_id"]] = json.loads(r["value"])
        return list(by_set.values())

    async def answer_rows(self, campaign_id: int) -> list[tuple[int, str, Any]]:
        """The submitted answers of a campaign for the export: (person id, question id, value), by answer set.
        Equal answers share one decoded value (scores and options repeat): read, never change them."""
        rows = await self.db.fetchall(
            "SELECT s.person_id, a.question_id, a.value FROM answer_sets s JOIN answers a ON a.answer_set_id = s.id"
            " WHERE s.campaign_id = ? AND s.status = 'submitted' ORDER BY s.id", (campaign_id,))
        decoded: dict[str, Any] = {}
        found = []
        for person_id, question_id, raw in rows:
            if raw not in decoded:
                decoded[raw] = json.loads(raw)
            found.append((person_id, question_id, decoded[raw]))
        return found

    async def completion(self, org_id: int) -> tuple[int, int]:
        """Recipients of the organisation's open campaigns, and how many of them submitted."""
        row = await self.db.fetchone(
            "SELECT COUNT(*) AS invited, SUM(CASE WHEN s.status = 'submitted' THEN 1 ELSE 0 END) AS completed"
            " FROM campaigns c JOIN campaign_recipients r ON r.campaign_id = c.id"
            " LEFT JOIN answer_sets s ON s.campaign_id = c.id AND s.person_id = r.person_id"
            " WHERE c.org_id = ? AND c.status = 'open'", (org_id,))
        assert row is not None
        return int(row["invited"] or 0), int(row["completed"] or 0)

    async def to_remind(self, limit: int) -> list[tuple[Campaign, int, int, str]]:
        """Open campaigns' recipients who got the invitation, have not submitted and were not reminded yet:
        (campaign, person id, Telegram id, locale)."""
        rows = await self.db.fetchall(
            "SELECT c.*, r.person_id, p.tg_user_id, p.locale FROM campaign_recipients r"
            " JOIN campaigns c ON c.id = r.campaign_id JOIN persons p ON p.id = r.person_id"
            " WHERE c.status = 'open' AND r.status = 'delivered' AND r.reminded_at IS NULL"
            " AND p.tg_user_id IS NOT NULL AND p.blocked_at IS NULL AND NOT EXISTS (SELECT 1 FROM answer_sets s"
            " WHERE s.campaign_id = c.id AND s.person_id = r.person_id AND s.status = 'submitted')"
            " ORDER BY c.id, r.person_id LIMIT ?", (limit,))
        return [(_campaign(r), r["person_id"], r["tg_user_id"], r["locale"]) for r in rows]

    async def mark_reminded(self, campaign_id: int, person_id: int, now: datetime) -> bool:
        return await self.db.execute_rowcount(
            "UPDATE campaign_recipients SET reminded_at = ? WHERE campaign_id = ? AND person_id = ?"
            " AND reminded_at IS NULL", (ts(now), campaign_id, person_id)) == 1

    async def counts(self, campaign_id: int) -> dict[str, int]:
        rows = await self.db.fetchall(
            "SELECT status, COUNT(*) AS n FROM campaign_recipients WHERE campaign_id = ? GROUP BY status",
            (campaign_id,))
        return {r["status"]: r["n"] for r in rows}
