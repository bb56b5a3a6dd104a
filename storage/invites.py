from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.db import Database
from storage.models import Account, Invite, InviteRole, parse_ts


def _invite(row: aiosqlite.Row) -> Invite:
    return Invite(
        id=row["id"],
        org_id=row["org_id"],
        token=row["token"],
        role=InviteRole(row["role"]),
        for_person_id=row["for_person_id"],
        created_by=Account.of(row["created_by_channel"], row["created_by_id"]),
        created_at=parse_ts(row["created_at"]),
        expires_at=parse_ts(row["expires_at"]),
        max_uses=row["max_uses"],
        uses=row["uses"],
        revoked_at=parse_ts(row["revoked_at"]),
        partner_id=row["partner_id"],
    )


class InviteRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(
        self,
        org_id: int,
        token: str,
        role: InviteRole,
        created_by: Account,
        now: datetime,
        expires_at: datetime,
        max_uses: int,
        for_person_id: int | None = None,
        partner_id: int | None = None,
    ) -> int:
        return await self.db.execute(
            "INSERT INTO invites (org_id, token, role, for_person_id, created_by_channel, created_by_id, created_at,"
            " expires_at, max_uses, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (org_id, token, role.value, for_person_id, created_by.channel.value, created_by.external_id,
             now.isoformat(), expires_at.isoformat(),
             max_uses, partner_id),
        )

    async def get(self, invite_id: int) -> Invite | None:
        row = await self.db.fetchone("SELECT * FROM invites WHERE id = ?", (invite_id,))
        return _invite(row) if row else None

    async def by_token(self, token: str) -> Invite | None:
        row = await self.db.fetchone("SELECT * FROM invites WHERE token = ?", (token,))
        return _invite(row) if row else None

    async def list_active(self, org_id: int, now: datetime) -> list[Invite]:
        rows = await self.db.fetchall(
            "SELECT * FROM invites WHERE org_id = ? AND role != 'parent' AND revoked_at IS NULL"
            " AND expires_at > ? AND uses < max_uses ORDER BY id DESC",
            (org_id, now.isoformat()),
        )
        return [_invite(r) for r in rows]

    async def parent_links(self, person_id: int) -> list[Invite]:
        rows = await self.db.fetchall(
            "SELECT * FROM invites WHERE for_person_id = ? ORDER BY id DESC", (person_id,)
        )
        return [_invite(r) for r in rows]

    async def use(self, invite_id: int) -> bool:
        """Count one use if any is left; False when the invite is used up (checked in the same statement)."""
        changed = await self.db.execute_rowcount(
            "UPDATE invites SET uses = uses + 1 WHERE id = ? AND uses < max_uses AND revoked_at IS NULL",
            (invite_id,),
        )
        return changed == 1

    async def revoke(self, invite_id: int, now: datetime) -> None:
        await self.db.execute(
            "UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (now.isoformat(), invite_id)
        )

    async def forget_creator(self, account: Account) -> None:
        """The creator's personal data is erased: their Telegram id goes from the invites they made."""
        await self.db.execute("UPDATE invites SET created_by_channel = NULL, created_by_id = NULL"
                              " WHERE created_by_channel = ? AND created_by_id = ?",
                              (account.channel.value, account.external_id))

    async def revoke_parent_links(self, person_id: int, now: datetime) -> None:
        await self.db.execute(
            "UPDATE invites SET revoked_at = ? WHERE for_person_id = ? AND revoked_at IS NULL",
            (now.isoformat(), person_id),
        )
