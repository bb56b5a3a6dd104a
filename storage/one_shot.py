"""One-shot tokens: a creating button's token is used up in the transaction that creates (see 0010_one_shot.sql)."""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.db import Database
from storage.models import Account

KEEP = timedelta(days=2)  # a user's older tokens go when they are issued a new one (a button that old is stale)


class OneShotRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def issue(self, kind: str, account: Account, now: datetime) -> int:
        await self.db.execute("DELETE FROM one_shot WHERE channel = ? AND external_id = ? AND created_at < ?",
                              (account.channel.value, account.external_id, (now - KEEP).isoformat()))
        return await self.db.execute(
            "INSERT INTO one_shot (kind, channel, external_id, created_at) VALUES (?, ?, ?, ?)",
            (kind, account.channel.value, account.external_id, now.isoformat()))

    async def use(self, token: int, kind: str, account: Account, now: datetime) -> tuple[bool, int | None]:
        """(True, None): the token was unused and is now used; (False, what it made): it was used before (the id
        is None if the token is unknown or not this user's)."""
        if await self.db.execute_rowcount(
                "UPDATE one_shot SET used_at = ? WHERE id = ? AND kind = ? AND channel = ? AND external_id = ?"
                " AND used_at IS NULL",
                (now.isoformat(), token, kind, account.channel.value, account.external_id)) == 1:
            return True, None
        made = await self.db.fetchval(
            "SELECT result_id FROM one_shot WHERE id = ? AND kind = ? AND channel = ? AND external_id = ?",
            (token, kind, account.channel.value, account.external_id))
        return False, made

    async def used(self, token: int, kind: str, account: Account) -> tuple[bool, int | None]:
        """Whether the token is used already, and what it made (nothing is changed: ``use`` decides)."""
        row = await self.db.fetchone(
            "SELECT used_at, result_id FROM one_shot WHERE id = ? AND kind = ? AND channel = ? AND external_id = ?",
            (token, kind, account.channel.value, account.external_id))
        return (row is not None and row["used_at"] is not None), (row["result_id"] if row else None)

    async def made(self, token: int, result_id: int) -> None:
        await self.db.execute("UPDATE one_shot SET result_id = ? WHERE id = ?", (result_id, token))
