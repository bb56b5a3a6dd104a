"""One-time codes that link a second messenger's account to a person, and the wrong codes typed (see 0017_accounts).
The accounts themselves are the person's: ``PersonRepo`` keeps them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.db import Database
from storage.models import Account, parse_ts


@dataclass(frozen=True)
class LinkCode:
    id: int
    person_id: int
    expires_at: datetime
    used_at: datetime | None


class LinkRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def issue(self, person_id: int, code_sha256: str, now: datetime, expires_at: datetime) -> bool:
        """A new code for the person (their earlier ones stop working; spent and expired codes of anyone go);
        False when another live code has the same hash (the caller draws again)."""
        await self.db.execute("DELETE FROM link_codes WHERE person_id = ? OR expires_at <= ?",
                              (person_id, now.isoformat()))
        return await self.db.execute_rowcount(
            "INSERT OR IGNORE INTO link_codes (person_id, code_sha256, created_at, expires_at) VALUES (?, ?, ?, ?)",
            (person_id, code_sha256, now.isoformat(), expires_at.isoformat())) > 0

    async def find(self, code_sha256: str) -> LinkCode | None:
        row = await self.db.fetchone(
            "SELECT id, person_id, expires_at, used_at FROM link_codes WHERE code_sha256 = ?", (code_sha256,))
        return None if row is None else LinkCode(row["id"], row["person_id"], parse_ts(row["expires_at"]),
                                                 parse_ts(row["used_at"]))

    async def use(self, code_id: int, now: datetime) -> bool:
        """Spend the code; False when it was spent already (a second tap at the same moment)."""
        return await self.db.execute_rowcount(
            "UPDATE link_codes SET used_at = ? WHERE id = ? AND used_at IS NULL", (now.isoformat(), code_id)) > 0

    async def failures(self, account: Account, since: datetime) -> int:
        return int(await self.db.fetchval(
            "SELECT COUNT(*) FROM link_failures WHERE channel = ? AND external_id = ? AND failed_at > ?",
            (account.channel.value, account.external_id, since.isoformat())))

    async def fail(self, account: Account, now: datetime, keep_since: datetime) -> None:
        """A wrong code from ``account`` (failures older than ``keep_since`` go: they count no more)."""
        await self.db.execute("DELETE FROM link_failures WHERE failed_at <= ?", (keep_since.isoformat(),))
        await self.db.execute("INSERT INTO link_failures (channel, external_id, failed_at) VALUES (?, ?, ?)",
                              (account.channel.value, account.external_id, now.isoformat()))
