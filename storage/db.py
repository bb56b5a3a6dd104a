"""One shared aiosqlite connection with serialised write transactions.

Writes go through ``async with db.transaction():`` only. The transaction is re-entrant within
one task (a service that calls another service joins the outer transaction), and a lock makes
concurrent handlers wait for each other instead of sharing one SQLite transaction. Reads outside a
transaction take the same lock, so they never see another task's uncommitted writes. Transactions
must never wait on the network (Telegram calls happen after commit).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

import aiosqlite

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


class Database:
    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._conn: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._owner: contextvars.ContextVar[bool] = contextvars.ContextVar(
            f"db_tx_{id(self)}", default=False
        )

    async def connect(self) -> Database:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves.
        self._conn = await aiosqlite.connect(self.path, isolation_level=None)
        self._conn.row_factory = aiosqlite.Row
        await self._conn.execute("PRAGMA journal_mode=WAL")
        await self._conn.execute("PRAGMA foreign_keys=ON")
        await self._conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        await self._conn.execute("PRAGMA synchronous=NORMAL")
        return self

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    async def __aenter__(self) -> Database:
        return await self.connect()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("Database is not connected")
        return self._conn

    @property
    def in_transaction(self) -> bool:
        return self._owner.get()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """Serialised write transaction (BEGIN IMMEDIATE … COMMIT), re-entrant per task."""
        if self._owner.get():
            yield
            return
        async with self._lock:
            token = self._owner.set(True)
            try:
                try:
                    await self.conn.execute("BEGIN IMMEDIATE")
                    yield
                except BaseException:
                    # also when the task was cancelled mid-way (the statement may still run on the worker
                    # thread): the ROLLBACK is queued after it, and «no transaction» is harmless
                    await asyncio.shield(self._rollback())
                    raise
                await self.conn.execute("COMMIT")
            finally:
                self._owner.reset(token)

    async def _rollback(self) -> None:
        with suppress(sqlite3.OperationalError):
            await self.conn.execute("ROLLBACK")

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Hold the connection without opening a transaction (schema migrations manage their own)."""
        async with self._lock:
            token = self._owner.set(True)
            try:
                yield
            finally:
                self._owner.reset(token)

    def _check_write(self) -> None:
        if not self._owner.get():
            raise RuntimeError("writes must run inside `async with db.transaction()`")

    async def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> int:
        """Run a write statement inside the current transaction; returns lastrowid."""
        self._check_write()
        cursor = await self.conn.execute(sql, params)
        rowid = cursor.lastrowid or 0
        await cursor.close()
        return rowid

    async def execute_rowcount(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> int:
        self._check_write()
        cursor = await self.conn.execute(sql, params)
        count = cursor.rowcount
        await cursor.close()
        return count

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._check_write()
        await self.conn.executemany(sql, rows)

    @asynccontextmanager
    async def _reading(self) -> AsyncIterator[None]:
        """Reads outside a transaction wait for the running one: nobody sees uncommitted writes."""
        if self._owner.get():
            yield
        else:
            async with self._lock:
                yield

    async def fetchone(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> aiosqlite.Row | None:
        async with self._reading(), self.conn.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def fetchall(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[aiosqlite.Row]:
        async with self._reading(), self.conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def fetchval(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]
