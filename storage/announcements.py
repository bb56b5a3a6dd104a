"""Announcements and their recipients, and the programme's pinned information (see 0016_announcements.sql)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.db import Database
from storage.models import Account, parse_ts, text_locale
from storage.persons import PREFERRED_ACCOUNT
from storage.reminders import ts


@dataclass(frozen=True)
class Announcement:
    id: int
    org_id: int
    audience: str  # all | mentors | mentees | staff | parents | pair:<id> | form:<form>
    body: str  # Telegram HTML; '' once its author withdrew (what they typed is erased)
    file_id: str | None
    file_kind: str | None  # document | photo
    file_name: str | None
    created_by: int | None
    created_at: datetime


@dataclass(frozen=True)
class Recipient:
    """Who gets an announcement: a participant, or (``as_parent``) the parent of one."""

    person_id: int
    as_parent: bool = False


@dataclass(frozen=True)
class QueuedAnnouncement:
    announcement: Announcement
    person_id: int
    as_parent: bool
    attempts: int
    account: Account | None  # the participant's, or their parent's
    locale: str  # the participant's text locale (a parent reads in the child's language, as other notices)
    blocked: bool
    org_name: str


@dataclass(frozen=True)
class ProgrammeInfo:
    org_id: int
    body: str | None
    contacts: str | None
    file_id: str | None
    file_name: str | None
    updated_at: datetime

    @property
    def empty(self) -> bool:
        return not (self.body or self.contacts or self.file_id)


def _announcement(row: aiosqlite.Row) -> Announcement:
    return Announcement(row["id"], row["org_id"], row["audience"], row["body"], row["file_id"], row["file_kind"],
                        row["file_name"], row["created_by"], parse_ts(row["created_at"]))


_COLUMNS = "a.id, a.org_id, a.audience, a.body, a.file_id, a.file_kind, a.file_name, a.created_by, a.created_at"
INFO_FIELDS = ("body", "contacts", "file")


class AnnouncementRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def by_token(self, token: int) -> Announcement | None:
        row = await self.db.fetchone(f"SELECT {_COLUMNS} FROM announcements a WHERE a.token = ?", (token,))
        return _announcement(row) if row else None

    async def create(self, org_id: int, audience: str, body: str, file: tuple[str, str, str | None] | None,
                     token: int, created_by: int | None, now: datetime, recipients: list[Recipient]) -> int:
        """``file``: (file_id, kind, name). The recipients are queued in the same transaction."""
        file_id, kind, name = file or (None, None, None)
        announcement_id = await self.db.execute(
            "INSERT INTO announcements (org_id, audience, body, file_id, file_kind, file_name, token, created_by,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (org_id, audience, body, file_id, kind, name, token, created_by, ts(now)))
        await self.db.executemany(
            "INSERT OR IGNORE INTO announcement_recipients (announcement_id, person_id, as_parent) VALUES (?, ?, ?)",
            [(announcement_id, r.person_id, int(r.as_parent)) for r in recipients])
        return announcement_id

    async def get(self, announcement_id: int) -> Announcement | None:
        row = await self.db.fetchone(f"SELECT {_COLUMNS} FROM announcements a WHERE a.id = ?", (announcement_id,))
        return _announcement(row) if row else None

    async def queued(self, now: datetime, limit: int) -> list[QueuedAnnouncement]:
        rows = await self.db.fetchall(
            f"SELECT {_COLUMNS}, r.person_id, r.as_parent, r.attempts, p.locale, o.kind AS org_kind,"
            " o.name AS org_name, CASE WHEN r.as_parent = 1 THEN p.guardian_channel || ':' || p.guardian_id"
            f" ELSE {PREFERRED_ACCOUNT} END AS account,"
            " CASE WHEN r.as_parent = 1 THEN NULL ELSE p.blocked_at END AS blocked_at"
            " FROM announcement_recipients r JOIN announcements a ON a.id = r.announcement_id"
            " JOIN organisations o ON o.id = a.org_id JOIN persons p ON p.id = r.person_id"
            " WHERE r.status = 'queued' AND (r.not_before IS NULL OR r.not_before <= ?)"
            " ORDER BY r.announcement_id, r.person_id, r.as_parent LIMIT ?", (ts(now), limit))
        return [QueuedAnnouncement(_announcement(r), r["person_id"], bool(r["as_parent"]), r["attempts"],
                                   Account.parse(r["account"]) if r["account"] else None,
                                   text_locale(r["locale"], r["org_kind"]), r["blocked_at"] is not None,
                                   r["org_name"]) for r in rows]

    async def claim(self, announcement_id: int, person_id: int, as_parent: bool) -> bool:
        return await self.db.execute_rowcount(
            "UPDATE announcement_recipients SET status = 'sending' WHERE announcement_id = ? AND person_id = ?"
            " AND as_parent = ? AND status = 'queued'", (announcement_id, person_id, int(as_parent))) == 1

    async def mark(self, announcement_id: int, person_id: int, as_parent: bool, status: str, now: datetime,
                   failure: str | None = None) -> None:
        await self.db.execute(
            "UPDATE announcement_recipients SET status = ?, failure = ?,"
            " delivered_at = CASE WHEN ? = 'delivered' THEN ? ELSE delivered_at END"
            " WHERE announcement_id = ? AND person_id = ? AND as_parent = ?",
            (status, failure, status, ts(now), announcement_id, person_id, int(as_parent)))

    async def retry_later(self, announcement_id: int, person_id: int, as_parent: bool, not_before: datetime) -> None:
        await self.db.execute(
            "UPDATE announcement_recipients SET status = 'queued', attempts = attempts + 1, not_before = ?"
            " WHERE announcement_id = ? AND person_id = ? AND as_parent = ?",
            (ts(not_before), announcement_id, person_id, int(as_parent)))

    async def abandon_unfinished(self) -> int:
        """At start: rows a stopped process left «sending» may have gone out; they are not sent again."""
        return await self.db.execute_rowcount(
            "UPDATE announcement_recipients SET status = 'uncertain' WHERE status = 'sending'")

    async def page(self, org_id: int, offset: int, limit: int) -> tuple[list[tuple[Announcement, dict[str, int]]], int]:
        """The organisation's announcements, newest first, with their progress (recipients, delivered, waiting,
        blocked, failed, uncertain), and how many there are in all — one query for the page, one for the count."""
        rows = await self.db.fetchall(
            f"SELECT {_COLUMNS}, COUNT(r.person_id) AS recipients, TOTAL(r.status = 'delivered') AS delivered,"
            " TOTAL(r.status IN ('queued', 'sending')) AS waiting, TOTAL(r.status = 'blocked') AS blocked,"
            " TOTAL(r.status = 'failed') AS failed, TOTAL(r.status = 'uncertain') AS uncertain"
            " FROM announcements a LEFT JOIN announcement_recipients r ON r.announcement_id = a.id"
            " WHERE a.org_id = ? GROUP BY a.id ORDER BY a.id DESC LIMIT ? OFFSET ?", (org_id, limit, offset))
        total = await self.db.fetchval("SELECT COUNT(*) FROM announcements WHERE org_id = ?", (org_id,))
        counts = ("recipients", "delivered", "waiting", "blocked", "failed", "uncertain")
        return [(_announcement(r), {k: int(r[k]) for k in counts}) for r in rows], int(total)

    async def progress(self, announcement_id: int) -> dict[str, int]:
        row = await self.db.fetchone(
            "SELECT COUNT(*) AS recipients, TOTAL(status = 'delivered') AS delivered,"
            " TOTAL(status IN ('queued', 'sending')) AS waiting, TOTAL(status = 'blocked') AS blocked,"
            " TOTAL(status = 'failed') AS failed, TOTAL(status = 'uncertain') AS uncertain"
            " FROM announcement_recipients WHERE announcement_id = ?", (announcement_id,))
        assert row is not None
        return {key: int(value) for key, value in dict(row).items()}

    async def is_recipient(self, announcement_id: int, person_ids: list[int], parent_of: list[int]) -> bool:
        """Whether one of ``person_ids`` got it, or it went to the parent of one of ``parent_of``."""
        marks_p = ", ".join("?" * len(person_ids)) or "NULL"
        marks_c = ", ".join("?" * len(parent_of)) or "NULL"
        return bool(await self.db.fetchval(
            f"SELECT EXISTS (SELECT 1 FROM announcement_recipients WHERE announcement_id = ? AND ("
            f"(as_parent = 0 AND person_id IN ({marks_p})) OR (as_parent = 1 AND person_id IN ({marks_c}))))",
            (announcement_id, *person_ids, *parent_of)))

    # ---- the programme's pinned information -------------------------------------------------------------------

    async def info(self, org_id: int) -> ProgrammeInfo | None:
        row = await self.db.fetchone("SELECT * FROM programme_info WHERE org_id = ?", (org_id,))
        if row is None:
            return None
        return ProgrammeInfo(row["org_id"], row["body"], row["contacts"], row["file_id"], row["file_name"],
                             parse_ts(row["updated_at"]))

    async def set_info(self, org_id: int, field: str, value: str | tuple[str, str | None] | None,
                       person_id: int | None, now: datetime) -> None:
        """One field of the information (``INFO_FIELDS``; «file» takes (file_id, name)); None clears it."""
        if field not in INFO_FIELDS:
            raise ValueError(field)
        file_values = tuple(value) if isinstance(value, tuple) else (None, None)
        values: tuple[object, ...] = file_values if field == "file" else (value,)
        columns = (*(("file_id", "file_name") if field == "file" else (field,)), f"{field}_by")
        sets = ", ".join(f"{c} = excluded.{c}" for c in columns)
        await self.db.execute(
            f"INSERT INTO programme_info (org_id, {', '.join(columns)}, updated_at)"
            f" VALUES (?, {', '.join('?' * len(columns))}, ?)"
            f" ON CONFLICT (org_id) DO UPDATE SET {sets}, updated_at = excluded.updated_at",
            (org_id, *values, person_id if value is not None else None, ts(now)))
