from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import aiosqlite

from storage.db import Database
from storage.models import Account, parse_ts, text_locale
from storage.persons import PREFERRED_ACCOUNT
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
    created_by: int | None = None  # the author's person id (anonymous results never count the author's answers)


@dataclass(frozen=True)
class QueuedInvitation:
    campaign_id: int
    person_id: int
    attempts: int
    account: Account | None
    locale: str
    blocked: bool
    questionnaire_id: str
    deadline: date
    timezone: str  # the organisation's: the deadline is a local date
    org_kind: str | None = None  # the organisation's kind: the words of the invitation (text_locale)
    anonymous: bool = False  # the campaign's: the invitation says so

    @property
    def text_locale(self) -> str:
        return text_locale(self.locale, self.org_kind)


FAILURES = ("blocked", "gone", "rejected", "expired")  # why an invitation finally failed (the ``failure`` column)


# Whom the anonymity rule is to judge for an answer set: its person — unless the set was found at submission to
# count (``counted`` = 1) or is unlinked (withdrawn): then a stand-in no one has (minus the set's id), so that
# today's roles cannot take it out again. Sets found not to count (``counted`` = 0) are left out by the queries.
_JUDGED = "CASE WHEN s.counted = 1 OR s.person_id IS NULL THEN -s.id ELSE s.person_id END"


def _campaign(row: aiosqlite.Row) -> Campaign:
    return Campaign(row["id"], row["org_id"], row["questionnaire_id"], row["audience"],
                    date.fromisoformat(row["deadline"]), bool(row["anonymous"]), row["status"],
                    parse_ts(row["created_at"]), row["created_by"])


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
            f"SELECT r.campaign_id, r.person_id, r.attempts, {PREFERRED_ACCOUNT} AS account, p.locale, p.blocked_at,"
            " c.questionnaire_id, c.deadline, o.timezone, o.kind AS org_kind, c.anonymous FROM campaign_recipients r"
            " JOIN campaigns c ON c.id = r.campaign_id JOIN organisations o ON o.id = c.org_id"
            " JOIN persons p ON p.id = r.person_id WHERE r.status = 'queued' AND c.status = 'open'"
            " AND (r.not_before IS NULL OR r.not_before <= ?) ORDER BY r.campaign_id, r.person_id LIMIT ?",
            (ts(now), limit))
        return [QueuedInvitation(r["campaign_id"], r["person_id"], r["attempts"],
                                 Account.parse(r["account"]) if r["account"] else None, r["locale"],
                                 r["blocked_at"] is not None, r["questionnaire_id"], date.fromisoformat(r["deadline"]),
                                 r["timezone"], r["org_kind"], bool(r["anonymous"]))
                for r in rows]

    async def claim(self, campaign_id: int, person_id: int) -> bool:
        return await self.db.execute_rowcount(
            "UPDATE campaign_recipients SET status = 'sending' WHERE campaign_id = ? AND person_id = ?"
            " AND status = 'queued'", (campaign_id, person_id)) == 1

    async def mark(self, campaign_id: int, person_id: int, status: str, now: datetime,
                   failure: str | None = None) -> None:
        """The final state of an invitation: delivered, or blocked / failed with the reason (one of FAILURES)."""
        await self.db.execute(
            "UPDATE campaign_recipients SET status = ?, failure = ?, delivered_at = CASE WHEN ? = 'delivered' THEN ?"
            " ELSE delivered_at END WHERE campaign_id = ? AND person_id = ?",
            (status, failure, status, ts(now), campaign_id, person_id))

    async def requeue_failed(self, campaign_id: int) -> int:
        """The coordinator sends again to those the invitation finally failed for (not to undecided ones: they may
        have it). Only failed rows change, so a second tap finds nothing to do."""
        return await self.db.execute_rowcount(
            "UPDATE campaign_recipients SET status = 'queued', attempts = 0, not_before = NULL, failure = NULL"
            " WHERE campaign_id = ? AND status IN ('failed', 'blocked')", (campaign_id,))

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
        """invited / delivered / waiting (to be tried again after a passing failure) / blocked / gone (no such
        chat) / failed (for another reason) / started / completed."""
        row = await self.db.fetchone(
            "SELECT COUNT(*) AS invited, TOTAL(status = 'delivered') AS delivered,"
            " TOTAL(status = 'queued' AND attempts > 0) AS waiting, TOTAL(status = 'blocked') AS blocked,"
            " TOTAL(status = 'failed' AND failure = 'gone') AS gone,"
            " TOTAL(status = 'failed' AND failure IS NOT 'gone') AS failed,"
            " (SELECT COUNT(*) FROM answer_sets WHERE campaign_id = :c) AS started,"
            " (SELECT COUNT(*) FROM answer_sets WHERE campaign_id = :c AND status = 'submitted') AS completed"
            " FROM campaign_recipients WHERE campaign_id = :c", {"c": campaign_id})
        assert row is not None
        return {key: int(value) for key, value in dict(row).items()}  # TOTAL() answers floats

    async def answers_by_person(self, campaign_id: int, questionnaire_id: str | None = None
                                ) -> list[tuple[int, dict[str, Any]]]:
        """The submitted answers of a campaign (to one version of its questionnaire, if given: each side of a pair
        answers its own), one (whom to judge — see ``_JUDGED`` —, question id → value) per answer set: for the
        anonymity rule (bot/services/anonymity.py) to decide what may be shown."""
        rows = await self.db.fetchall(
            f"SELECT s.id, {_JUDGED} AS person_id, a.question_id, a.value FROM answer_sets s"
            " JOIN answers a ON a.answer_set_id = s.id WHERE s.campaign_id = ? AND s.status = 'submitted'"
            " AND COALESCE(s.counted, 1) = 1"  # not those found at submission not to count (see ``set_counted``)
            " AND (? IS NULL OR s.questionnaire_id = ?)"
            " ORDER BY s.id", (campaign_id, questionnaire_id, questionnaire_id))
        by_set: dict[int, tuple[int, dict[str, Any]]] = {}
        for r in rows:
            by_set.setdefault(r["id"], (r["person_id"], {}))[1][r["question_id"]] = json.loads(r["value"])
        return list(by_set.values())

    async def set_counted(self, set_id: int, counted: bool) -> None:
        """Whether an answer set submitted to an anonymous campaign counts in its results, decided at submission
        (bot/services/anonymity.py); the two methods above leave out the sets that do not (NULL: not decided)."""
        await self.db.execute("UPDATE answer_sets SET counted = ? WHERE id = ?", (int(counted), set_id))

    async def pooled_answers(self, org_id: int, questionnaire_id: str, since: date,
                             question_id: str | None = None) -> list[tuple[int | None, int, str, Any]]:
        """The organisation's submitted answers to a questionnaire (to one question or all) for pooled figures:
        (campaign id or None, whom to judge — see ``_JUDGED`` —, question id, value). Answers outside campaigns and
        to campaigns with
        names count from their submission on ``since`` or later; an anonymous campaign's answers all count when
        its deadline is on ``since`` or later, so that a campaign leaves the window whole, never one answer."""
        rows = await self.db.fetchall(
            f"SELECT s.campaign_id, {_JUDGED}, a.question_id, a.value FROM answer_sets s"
            " JOIN answers a ON a.answer_set_id = s.id LEFT JOIN campaigns c ON c.id = s.campaign_id"
            " WHERE s.org_id = ? AND s.questionnaire_id = ? AND s.status = 'submitted'"
            " AND (? IS NULL OR a.question_id = ?) AND COALESCE(s.counted, 1) = 1"
            " AND CASE WHEN COALESCE(c.anonymous, 0) = 1 THEN c.deadline >= ? ELSE s.submitted_at >= ? END"
            " ORDER BY s.id",
            (org_id, questionnaire_id, question_id, question_id, since.isoformat(), since.isoformat()))
        return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]

    async def by_ids(self, campaign_ids: list[int]) -> dict[int, Campaign]:
        marks = ", ".join("?" * len(campaign_ids))
        rows = await self.db.fetchall(f"SELECT * FROM campaigns WHERE id IN ({marks})", campaign_ids) \
            if campaign_ids else []
        return {r["id"]: _campaign(r) for r in rows}

    async def answer_rows(self, campaign_id: int, questionnaire_id: str | None = None) -> list[tuple[int, str, Any]]:
        """The submitted answers of a campaign (to one version of its questionnaire, if given) for the export:
        (person id, question id, value), by answer set. Equal answers share one decoded value (scores and options
        repeat): read, never change them."""
        rows = await self.db.fetchall(
            "SELECT COALESCE(s.person_id, -s.id), a.question_id, a.value FROM answer_sets s"
            " JOIN answers a ON a.answer_set_id = s.id WHERE s.campaign_id = ? AND s.status = 'submitted'"
            " AND (? IS NULL OR s.questionnaire_id = ?)"
            " ORDER BY s.id", (campaign_id, questionnaire_id, questionnaire_id))
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

    async def to_remind(self, now: datetime, limit: int) -> list[tuple[Campaign, int, Account, str, int]]:
        """Open campaigns' recipients who got the invitation, have not submitted and were not reminded yet (nor
        wait for another try): (campaign, person id, their account, locale, passing failures so far)."""
        rows = await self.db.fetchall(
            f"SELECT c.*, r.person_id, r.remind_attempts, {PREFERRED_ACCOUNT} AS account, p.locale"
            " FROM campaign_recipients r"
            " JOIN campaigns c ON c.id = r.campaign_id JOIN persons p ON p.id = r.person_id"
            " WHERE c.status = 'open' AND r.status = 'delivered' AND r.reminded_at IS NULL"
            " AND (r.remind_after IS NULL OR r.remind_after <= ?)"
            " AND EXISTS (SELECT 1 FROM accounts x WHERE x.person_id = p.id) AND p.blocked_at IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM answer_sets s"
            " WHERE s.campaign_id = c.id AND s.person_id = r.person_id AND s.status = 'submitted')"
            " ORDER BY c.id, r.person_id LIMIT ?", (ts(now), limit))
        return [(_campaign(r), r["person_id"], Account.parse(r["account"]), r["locale"], r["remind_attempts"])
                for r in rows]

    async def mark_reminded(self, campaign_id: int, person_id: int, now: datetime) -> bool:
        return await self.db.execute_rowcount(
            "UPDATE campaign_recipients SET reminded_at = ? WHERE campaign_id = ? AND person_id = ?"
            " AND reminded_at IS NULL", (ts(now), campaign_id, person_id)) == 1

    async def remind_later(self, campaign_id: int, person_id: int, after: datetime) -> None:
        """The reminder failed for a passing reason: not reminded after all, tried again from ``after``."""
        await self.db.execute(
            "UPDATE campaign_recipients SET reminded_at = NULL, remind_attempts = remind_attempts + 1,"
            " remind_after = ? WHERE campaign_id = ? AND person_id = ?", (ts(after), campaign_id, person_id))

    async def versions(self, campaign_id: int) -> list[str]:
        """The versions of the questionnaire a campaign's submitted answers are to (each side answers its own)."""
        rows = await self.db.fetchall(
            "SELECT DISTINCT questionnaire_id FROM answer_sets WHERE campaign_id = ? AND status = 'submitted'"
            " ORDER BY questionnaire_id", (campaign_id,))
        return [r[0] for r in rows]

    async def counts(self, campaign_id: int) -> dict[str, int]:
        rows = await self.db.fetchall(
            "SELECT status, COUNT(*) AS n FROM campaign_recipients WHERE campaign_id = ? GROUP BY status",
            (campaign_id,))
        return {r["status"]: r["n"] for r in rows}
