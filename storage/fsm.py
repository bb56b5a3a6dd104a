"""Rows of the ``fsm_state`` table: half-filled forms kept in the application's database, so they survive restarts.

Plain SQL over ``Database``; aiogram's storage interface is adapted to it in ``bot/fsm_storage.py``.
Like every repository, nothing here opens a transaction: the caller's transaction holds the writes together.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import astuple, dataclass
from datetime import datetime
from typing import Any

from storage.db import Database
from storage.models import Account, Channel


@dataclass(frozen=True)
class FsmKey:
    """Whose form it is, in the columns of ``fsm_state`` (no forum thread: 0; no business connection: "")."""

    bot_id: int
    chat_id: int
    user_id: int
    thread_id: int = 0
    business: str = ""
    destiny: str = "default"


_UPSERT = """
INSERT INTO fsm_state (bot_id, chat_id, user_id, thread_id, business, destiny, state, data, updated_at, channel)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (bot_id, chat_id, user_id, thread_id, business, destiny) DO UPDATE SET {column} = excluded.{column},
    updated_at = excluded.updated_at
"""

_WHERE = "bot_id=? AND chat_id=? AND user_id=? AND thread_id=? AND business=? AND destiny=?"


def dump(data: Mapping[str, Any]) -> str:
    """The data as stored in the ``data`` column."""
    return json.dumps(dict(data), ensure_ascii=False)


class FsmRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def state(self, key: FsmKey) -> str | None:
        return await self.db.fetchval(f"SELECT state FROM fsm_state WHERE {_WHERE}", astuple(key))

    async def row(self, key: FsmKey) -> tuple[str | None, str]:
        """The state and the data (JSON text, ``{}`` when none) in one read; (None, "{}") when there is no row."""
        found = await self.db.fetchone(f"SELECT state, data FROM fsm_state WHERE {_WHERE}", astuple(key))
        return (None, "{}") if found is None else (found["state"], found["data"] or "{}")

    async def data(self, key: FsmKey) -> dict[str, Any]:
        raw = await self.db.fetchval(f"SELECT data FROM fsm_state WHERE {_WHERE}", astuple(key))
        return json.loads(raw) if raw else {}

    async def set_state(self, key: FsmKey, state: str | None, now: datetime,
                        channel: Channel = Channel.TELEGRAM) -> None:
        await self.db.execute(_UPSERT.format(column="state"),
                              (*astuple(key), state, "{}", now.isoformat(), channel.value))
        await self._drop_if_empty(key)

    async def set_data(self, key: FsmKey, data: Mapping[str, Any], now: datetime,
                       channel: Channel = Channel.TELEGRAM) -> None:
        await self.set_payload(key, dump(data), now, channel)

    async def set_payload(self, key: FsmKey, payload: str, now: datetime,
                          channel: Channel = Channel.TELEGRAM) -> None:
        """``set_data`` with the data already in JSON (see ``dump``)."""
        await self.db.execute(_UPSERT.format(column="data"),
                              (*astuple(key), None, payload, now.isoformat(), channel.value))
        await self._drop_if_empty(key)

    async def forget_account(self, account: Account) -> None:
        """Every row of one account, in any chat of its channel."""
        await self.db.execute("DELETE FROM fsm_state WHERE channel = ? AND (user_id = ? OR chat_id = ?)",
                              (account.channel.value, account.external_id, account.external_id))

    async def _drop_if_empty(self, key: FsmKey) -> None:
        # a cleared state leaves no row behind (no Telegram id kept for nothing)
        await self.db.execute(f"DELETE FROM fsm_state WHERE {_WHERE} AND state IS NULL AND data = '{{}}'",
                              astuple(key))
