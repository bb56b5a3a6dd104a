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
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

import aiosqlite

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseUnavailable(Exception):
    """The database file cannot be used: a directory, not SQLite, damaged, truncated, read-only. The message is one
    line for the operator."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"Cannot use the database {path}: {reason}")


READ_ONLY = ("it is read-only: the bot must be able to write the file and its directory "
             "(SQLite keeps -wal and -shm files beside it)")


def explain(exc: sqlite3.Error | OSError) -> str:
    """SQLite's and the system's errors in words an operator can act on."""
    text = str(exc)
    lowered = text.lower()
    if "not a database" in lowered:
        return "the file is not an SQLite database (damaged, or another file); restore it from a backup"
    if "malformed" in lowered or "corrupt" in lowered:
        return "the database is damaged (malformed); restore it from a backup"
    if "readonly" in lowered or "read-only" in lowered or isinstance(exc, PermissionError):
        return READ_ONLY
    if "locked" in lowered:
        return "another process keeps it locked (is the bot already running?)"
    if "unable to open" in lowered:
        return ("it cannot be opened: check that the path is a file and that the bot may create and write files "
                "in its directory")
    return text or type(exc).__name__


def check_file(path: Path) -> str | None:
    """Why ``path`` cannot be an SQLite database, judged from the file itself (cheap: the 100-byte header and the
    size), or None. A missing or empty file is fine: SQLite creates the database."""
    if path.is_dir():
        return "it is a directory, not a database file"
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the directories that do not exist yet are created in the first one that does
    if not folder.is_dir():
        return f"{folder} is a file, not a directory"
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.R_OK | os.W_OK)):
        return READ_ONLY
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            header = file.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return explain(exc)
    if size == 0:
        return None
    if not header.startswith(SQLITE_MAGIC[:size]):
        return "the file is not an SQLite database (damaged, or another file); restore it from a backup"
    if len(header) < 100:
        return "the file is truncated (shorter than its header); restore it from a backup"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_count_valid = header[24:28] == header[92:96]  # SQLite trusts the page count only then
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        return None  # a checkpoint the WAL will finish may be under way: SQLite itself judges this file
    if page_size < 512 or size % page_size or (header_count_valid and pages and size < pages * page_size):
        return "the file is truncated (shorter than its header says); restore it from a backup"
    return None


class Database:
    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._conn: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._owner: contextvars.ContextVar[bool] = contextvars.ContextVar(
            f"db_tx_{id(self)}", default=False
        )
        # how many statements and write transactions ran (tests count the cost of one update; cheap to keep)
        self.calls = 0
        self.transactions = 0

    async def connect(self) -> Database:
        """Open the database; a file that cannot serve raises DatabaseUnavailable (and leaves no thread behind)."""
        if self.path != ":memory:":
            problem = check_file(Path(self.path))
            if problem is not None:
                raise DatabaseUnavailable(self.path, problem)
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(self.path, explain(exc)) from None
        opening = aiosqlite.connect(self.path, isolation_level=None)  # no autocommit: we issue BEGIN/COMMIT
        try:
            self._conn = await opening
        except sqlite3.Error as exc:
            # aiosqlite stops its worker thread without waiting: wait for it here, while the event loop still runs
            worker = getattr(opening, "_thread", None)
            if worker is not None:
                await asyncio.to_thread(worker.join, 5)
            raise DatabaseUnavailable(self.path, explain(exc)) from None
        try:
            await self._configure()
        except BaseException as exc:
            # aiosqlite's worker thread is not a daemon: an unclosed connection keeps the process alive for ever
            with suppress(Exception):
                await self.close()
            if isinstance(exc, sqlite3.Error):
                raise DatabaseUnavailable(self.path, explain(exc)) from None
            raise
        return self

    async def _configure(self) -> None:
        assert self._conn is not None
        self._conn.row_factory = aiosqlite.Row
        await self._conn.execute("PRAGMA journal_mode=WAL")
        await self._conn.execute("PRAGMA foreign_keys=ON")
        await self._conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        await self._conn.execute("PRAGMA synchronous=NORMAL")
        await self._conn.execute("PRAGMA secure_delete=ON")  # erased values are overwritten, not left in free pages
        async with self._conn.execute("SELECT COUNT(*) FROM sqlite_master") as cursor:  # a damaged schema fails here
            await cursor.fetchone()

    async def checkpoint(self) -> None:
        """Copy the WAL into the database file and truncate it (after an erasure: no old values linger in -wal)."""
        async with self.exclusive(), self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cursor:
            busy = await cursor.fetchone()
        if busy is not None and busy[0]:
            logger.warning("WAL checkpoint could not finish (another reader); the next one will")

    async def vacuum(self) -> None:
        """Rewrite the file: pages freed before ``secure_delete`` was on may still hold erased values."""
        async with self.exclusive():
            await self.conn.execute("VACUUM")

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close()  # stops aiosqlite's worker thread even when closing fails

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
            self.transactions += 1
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
        self.calls += 1
        cursor = await self.conn.execute(sql, params)
        rowid = cursor.lastrowid or 0
        await cursor.close()
        return rowid

    async def execute_rowcount(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> int:
        self._check_write()
        self.calls += 1
        cursor = await self.conn.execute(sql, params)
        count = cursor.rowcount
        await cursor.close()
        return count

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._check_write()
        self.calls += 1
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
        """The first row (for queries of one row: by id, or with LIMIT 1)."""
        rows = await self._rows(sql, params)
        return rows[0] if rows else None

    async def fetchall(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[aiosqlite.Row]:
        return await self._rows(sql, params)

    async def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> list[aiosqlite.Row]:
        # one hand-off to the database thread (execute, fetch and close there), not three
        self.calls += 1
        async with self._reading():
            return list(await self.conn.execute_fetchall(sql, params))

    async def fetchval(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]
