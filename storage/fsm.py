"""aiogram FSM storage in the application's SQLite database: half-filled forms survive restarts."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey

from bot.clock import Clock
from storage.db import Database


def _key(key: StorageKey) -> tuple[int, int, int, int, str, str]:
    return (
        key.bot_id,
        key.chat_id,
        key.user_id,
        key.thread_id or 0,
        key.business_connection_id or "",
        key.destiny,
    )


_UPSERT = """
INSERT INTO fsm_state (bot_id, chat_id, user_id, thread_id, business, destiny, state, data, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (bot_id, chat_id, user_id, thread_id, business, destiny) DO UPDATE SET {column} = excluded.{column},
    updated_at = excluded.updated_at
"""


_WHERE = "bot_id=? AND chat_id=? AND user_id=? AND thread_id=? AND business=? AND destiny=?"


class SQLiteStorage(BaseStorage):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def _drop_if_empty(self, key: StorageKey) -> None:
        # a cleared state leaves no row behind (no Telegram id kept for nothing)
        await self.db.execute(f"DELETE FROM fsm_state WHERE {_WHERE} AND state IS NULL AND data = '{{}}'", _key(key))

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        now = self.clock.now().isoformat()
        async with self.db.transaction():
            await self.db.execute(_UPSERT.format(column="state"), (*_key(key), value, "{}", now))
            await self._drop_if_empty(key)

    async def get_state(self, key: StorageKey) -> str | None:
        return await self.db.fetchval(f"SELECT state FROM fsm_state WHERE {_WHERE}", _key(key))

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        payload = json.dumps(dict(data), ensure_ascii=False)
        now = self.clock.now().isoformat()
        async with self.db.transaction():
            await self.db.execute(_UPSERT.format(column="data"), (*_key(key), None, payload, now))
            await self._drop_if_empty(key)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        raw = await self.db.fetchval(f"SELECT data FROM fsm_state WHERE {_WHERE}", _key(key))
        return json.loads(raw) if raw else {}

    async def forget_user(self, user_id: int) -> None:
        """Drop every FSM record of a Telegram user (used when their personal data is deleted)."""
        async with self.db.transaction():
            await self.db.execute("DELETE FROM fsm_state WHERE user_id = ?", (user_id,))

    async def close(self) -> None:
        """The connection belongs to the application, which closes it."""
