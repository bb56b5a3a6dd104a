"""aiogram's FSM storage over the ``fsm_state`` rows of ``storage/fsm.py``: half-filled forms survive restarts.

The adapter belongs to the wiring layer (it implements an aiogram interface); the SQL stays in the repository.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey

from bot.clock import Clock
from storage.db import Database
from storage.fsm import FsmKey, FsmRepo


def _key(key: StorageKey) -> FsmKey:
    return FsmKey(
        bot_id=key.bot_id,
        chat_id=key.chat_id,
        user_id=key.user_id,
        thread_id=key.thread_id or 0,
        business=key.business_connection_id or "",
        destiny=key.destiny,
    )


class SQLiteStorage(BaseStorage):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.rows = FsmRepo(db)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        async with self.db.transaction():
            await self.rows.set_state(_key(key), value, self.clock.now())

    async def get_state(self, key: StorageKey) -> str | None:
        return await self.rows.state(_key(key))

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        async with self.db.transaction():
            await self.rows.set_data(_key(key), data, self.clock.now())

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return await self.rows.data(_key(key))

    async def forget_user(self, user_id: int) -> None:
        """Drop every FSM record of a Telegram user (used when their personal data is deleted)."""
        async with self.db.transaction():
            await self.rows.forget_user(user_id)

    async def close(self) -> None:
        """The connection belongs to the application, which closes it."""
