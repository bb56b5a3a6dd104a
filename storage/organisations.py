from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.db import Database
from storage.models import Organisation, OrgKind, parse_ts


def _org(row: aiosqlite.Row) -> Organisation:
    return Organisation(
        id=row["id"],
        name=row["name"],
        kind=OrgKind(row["kind"]),
        timezone=row["timezone"],
        address=row["address"],
        created_by=row["created_by"],
        created_at=parse_ts(row["created_at"]),
    )


class OrganisationRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(
        self, name: str, kind: OrgKind, timezone: str, address: str | None, created_by: int, now: datetime
    ) -> int:
        return await self.db.execute(
            "INSERT INTO organisations (name, kind, timezone, address, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (name, kind.value, timezone, address, created_by, now.isoformat()),
        )

    async def get(self, org_id: int) -> Organisation | None:
        row = await self.db.fetchone("SELECT * FROM organisations WHERE id = ?", (org_id,))
        return _org(row) if row else None

    async def list_all(self) -> list[Organisation]:
        return [_org(r) for r in await self.db.fetchall("SELECT * FROM organisations ORDER BY id")]

    async def update(self, org_id: int, *, name: str, kind: OrgKind, timezone: str, address: str | None) -> None:
        await self.db.execute(
            "UPDATE organisations SET name = ?, kind = ?, timezone = ?, address = ? WHERE id = ?",
            (name, kind.value, timezone, address, org_id))
