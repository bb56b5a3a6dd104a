from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.db import Database
from storage.models import Account, ConsentAction, ConsentEvent, ConsentKind, parse_ts


def _event(row: aiosqlite.Row) -> ConsentEvent:
    return ConsentEvent(
        id=row["id"],
        person_id=row["person_id"],
        invite_id=row["invite_id"],
        org_id=row["org_id"],
        kind=ConsentKind(row["kind"]),
        version=row["version"],
        locale=row["locale"],
        text_sha256=row["text_sha256"],
        action=ConsentAction(row["action"]),
        actor=Account.of(row["actor_channel"], row["actor_id"]),
        created_at=parse_ts(row["created_at"]),
        pair_id=row["pair_id"],
    )


class ConsentRepo:
    """The append-only consent log: ids, versions, hashes and timestamps, never names."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def log(
        self,
        *,
        org_id: int,
        kind: ConsentKind,
        version: str,
        locale: str,
        text_sha256: str,
        action: ConsentAction,
        now: datetime,
        person_id: int | None = None,
        invite_id: int | None = None,
        actor: Account | None = None,
        pair_id: int | None = None,
    ) -> int:
        return await self.db.execute(
            "INSERT INTO consent_events (person_id, invite_id, org_id, kind, version, locale, text_sha256, action,"
            " actor_channel, actor_id, created_at, pair_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (person_id, invite_id, org_id, kind.value, version, locale, text_sha256, action.value,
             actor.channel.value if actor else None, actor.external_id if actor else None,
             now.isoformat(), pair_id),
        )

    async def for_person(self, person_id: int) -> list[ConsentEvent]:
        rows = await self.db.fetchall(
            "SELECT * FROM consent_events WHERE person_id = ? ORDER BY id", (person_id,)
        )
        return [_event(r) for r in rows]

    async def forget_actor(self, person_id: int) -> None:
        """On withdrawal the log keeps ids and timestamps only: drop the account of who pressed."""
        await self.db.execute("UPDATE consent_events SET actor_channel = NULL, actor_id = NULL WHERE person_id = ?",
                              (person_id,))
