"""aiogram's FSM storage over the ``fsm_state`` rows of ``storage/fsm.py``: half-filled forms survive restarts.

The adapter belongs to the wiring layer (it implements an aiogram interface); the SQL stays in the repository.

One read per update: aiogram reads the state (``FSMContextMiddleware``) and handlers read the data separately. While
an update holds its user's lock (``UpdateIsolation``, aiogram's events isolation), the storage keeps that key's row
— state and data, read together once — and writes through it; a write that changes nothing is not made (clearing an
empty form costs nothing). Outside an update (jobs, erasure) every call goes to the database as before.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from aiogram.fsm.storage.memory import SimpleEventIsolation

from bot.clock import Clock
from storage.db import Database
from storage.fsm import FsmKey, FsmRepo, dump
from storage.models import Account, Channel

Row = tuple[str | None, str]  # the state and the data as JSON text


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
    def __init__(self, db: Database, clock: Clock, channels: Mapping[int, Channel] | None = None) -> None:
        """``channels``: the channel of each bot by its id (a bot not named is Telegram's): a row records it, so
        that a person's forms are found by their account (the same user id in two channels is two people)."""
        self.db = db
        self.clock = clock
        self.channels = dict(channels or {})
        self.rows = FsmRepo(db)
        self._scopes: dict[FsmKey, int] = {}  # keys whose update runs now (under their user's lock)
        self._known: dict[FsmKey, Row] = {}  # their rows, as last read or written

    @asynccontextmanager
    async def remembering(self, key: StorageKey) -> AsyncGenerator[None, None]:
        """Within: the row of ``key`` is read once and kept (the caller holds the key's lock)."""
        fsm_key = _key(key)
        self._scopes[fsm_key] = self._scopes.get(fsm_key, 0) + 1
        try:
            yield
        finally:
            self._scopes[fsm_key] -= 1
            if not self._scopes[fsm_key]:
                del self._scopes[fsm_key]
                self._known.pop(fsm_key, None)

    async def _row(self, key: FsmKey) -> Row:
        known = self._known.get(key)
        if known is not None:
            return known
        row = await self.rows.row(key)
        if key in self._scopes:
            self._known[key] = row
        return row

    def _remember(self, key: FsmKey, row: Row, joined: bool) -> None:
        if key not in self._scopes:
            return
        if joined:  # the caller's transaction may still roll back: read again next time
            self._known.pop(key, None)
        else:
            self._known[key] = row

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        fsm_key = _key(key)
        known = self._known.get(fsm_key)
        if known is not None and known[0] == value:
            return
        joined = self.db.in_transaction
        try:
            async with self.db.transaction():
                await self.rows.set_state(fsm_key, value, self.clock.now(), self._channel(fsm_key))
        except BaseException:
            self._known.pop(fsm_key, None)
            raise
        if known is not None:
            self._remember(fsm_key, (value, known[1]), joined)

    async def get_state(self, key: StorageKey) -> str | None:
        return (await self._row(_key(key)))[0]

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        fsm_key = _key(key)
        payload = dump(data)
        known = self._known.get(fsm_key)
        if known is not None and known[1] == payload:
            return
        joined = self.db.in_transaction
        try:
            async with self.db.transaction():
                await self.rows.set_payload(fsm_key, payload, self.clock.now(), self._channel(fsm_key))
        except BaseException:
            self._known.pop(fsm_key, None)
            raise
        if known is not None:
            self._remember(fsm_key, (known[0], payload), joined)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        raw = (await self._row(_key(key)))[1]
        data: dict[str, Any] = json.loads(raw) if raw else {}
        return data

    def _channel(self, key: FsmKey) -> Channel:
        return self.channels.get(key.bot_id, Channel.TELEGRAM)

    async def forget_account(self, account: Account) -> None:
        """Drop every FSM record of an account (used when their personal data is deleted)."""
        for key in [k for k in self._known if self._channel(k) is account.channel
                    and account.external_id in (k.user_id, k.chat_id)]:
            del self._known[key]
        async with self.db.transaction():
            await self.rows.forget_account(account)

    async def close(self) -> None:
        """The connection belongs to the application, which closes it."""


class UpdateIsolation(SimpleEventIsolation):
    """aiogram's one-update-at-a-time per user (a double tap cannot create two organisations), and while an update
    holds its user's lock the storage keeps that user's form row for it (one read per update)."""

    def __init__(self, storage: SQLiteStorage) -> None:
        super().__init__()
        self.storage = storage

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        async with super().lock(key), self.storage.remembering(key):
            yield
