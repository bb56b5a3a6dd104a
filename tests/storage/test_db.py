from __future__ import annotations

import asyncio

import pytest
from aiogram.fsm.storage.base import StorageKey

from bot.clock import SystemClock
from bot.fsm_storage import SQLiteStorage
from storage.db import Database
from storage.models import Account


async def test_writes_outside_a_transaction_are_refused(db: Database) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        await db.execute("INSERT INTO organisations (name, kind, timezone, created_by, created_at)"
                         " VALUES ('x', 'school', 'UTC', 1, 'now')")


async def test_transaction_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(ValueError):
        async with db.transaction():
            await db.execute("INSERT INTO organisations (name, kind, timezone, created_by, created_at)"
                             " VALUES ('x', 'school', 'UTC', 1, 'now')")
            raise ValueError("boom")
    assert await db.fetchval("SELECT COUNT(*) FROM organisations") == 0


async def test_concurrent_transactions_are_serialised(db: Database) -> None:
    """Two tasks doing read-modify-write never interleave inside one SQLite transaction."""
    async with db.transaction():
        await db.execute("INSERT INTO organisations (id, name, kind, timezone, created_by, created_at)"
                         " VALUES (1, 'x', 'school', 'UTC', 1, 'now')")
        await db.execute("INSERT INTO invites (org_id, token, role, created_by_id, created_at, expires_at, max_uses)"
                         " VALUES (1, 't', 'staff', 1, 'now', 'later', 1000)")

    async def bump() -> None:
        async with db.transaction():
            uses = await db.fetchval("SELECT uses FROM invites WHERE token = 't'")
            await asyncio.sleep(0)  # another task gets the loop here
            await db.execute("UPDATE invites SET uses = ? WHERE token = 't'", (uses + 1,))

    await asyncio.gather(*(bump() for _ in range(50)))
    assert await db.fetchval("SELECT uses FROM invites WHERE token = 't'") == 50


async def test_nested_transaction_joins_the_outer_one(db: Database) -> None:
    with pytest.raises(ValueError):
        async with db.transaction():
            await db.execute("INSERT INTO organisations (name, kind, timezone, created_by, created_at)"
                             " VALUES ('x', 'school', 'UTC', 1, 'now')")
            async with db.transaction():
                await db.execute("INSERT INTO organisations (name, kind, timezone, created_by, created_at)"
                                 " VALUES ('y', 'school', 'UTC', 1, 'now')")
            raise ValueError("outer fails")
    assert await db.fetchval("SELECT COUNT(*) FROM organisations") == 0


async def test_fsm_storage_survives_reconnect(db: Database) -> None:
    key = StorageKey(bot_id=1, chat_id=42, user_id=42)
    storage = SQLiteStorage(db, SystemClock())
    await storage.set_state(key, "Join:consent")
    await storage.set_data(key, {"token": "abc", "locale": "en"})
    await storage.update_data(key, {"version": "1"})
    await db.close()
    await db.connect()
    again = SQLiteStorage(db, SystemClock())
    assert await again.get_state(key) == "Join:consent"
    assert await again.get_data(key) == {"token": "abc", "locale": "en", "version": "1"}
    await again.set_state(key, None)
    assert await again.get_state(key) is None
    await again.set_data(key, {})
    assert await db.fetchval("SELECT COUNT(*) FROM fsm_state") == 0  # nothing left once cleared
    await again.set_data(key, {"locale": "en"})
    await again.forget_account(Account.telegram(42))
    assert await again.get_data(key) == {}


async def test_a_cancelled_task_leaves_no_transaction_open(db: Database) -> None:
    started = asyncio.Event()

    async def writer() -> None:
        async with db.transaction():
            await db.execute("INSERT INTO organisations (name, kind, timezone, created_by, created_at)"
                             " VALUES ('x', 'school', 'UTC', 1, 'now')")
            started.set()
            await asyncio.Event().wait()  # until cancelled

    task = asyncio.create_task(writer())
    await started.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    async with db.transaction():  # the connection is usable again
        await db.execute("INSERT INTO organisations (name, kind, timezone, created_by, created_at)"
                         " VALUES ('y', 'school', 'UTC', 1, 'now')")
    assert [r["name"] for r in await db.fetchall("SELECT name FROM organisations")] == ["y"]
