from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage.db import Database
from storage.migrate import MIGRATIONS_DIR, current_version, load_migrations, migrate


async def test_fresh_database_gets_every_migration(tmp_path: Path) -> None:
    async with Database(tmp_path / "new" / "bot.sqlite3") as db:
        applied = await migrate(db)
        assert applied == [m.version for m in load_migrations()]
        assert await current_version(db) == len(applied)
        tables = {r[0] for r in await db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"organisations", "persons", "person_roles", "invites", "consent_events", "fsm_state"} <= tables
        assert await db.fetchval("PRAGMA journal_mode") == "wal"
        assert await db.fetchval("PRAGMA foreign_keys") == 1
        assert await db.fetchval("PRAGMA busy_timeout") == 5000


async def test_second_migrate_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    async with Database(path) as db:
        await migrate(db)
    schema_before = sqlite3.connect(path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    async with Database(path) as db:
        assert await migrate(db) == []
    schema_after = sqlite3.connect(path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert schema_before == schema_after


async def test_failed_migration_leaves_no_trace(tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "0001_ok.sql").write_text("CREATE TABLE a (id INTEGER PRIMARY KEY);")
    (migrations / "0002_broken.sql").write_text("CREATE TABLE b (id INTEGER PRIMARY KEY);\nTHIS IS NOT SQL;")
    async with Database(tmp_path / "bot.sqlite3") as db:
        with pytest.raises(sqlite3.OperationalError):
            await migrate(db, migrations)
        assert await current_version(db) == 1
        tables = {r[0] for r in await db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"a"}


async def test_database_newer_than_code_is_refused(tmp_path: Path) -> None:
    async with Database(tmp_path / "bot.sqlite3") as db:
        await db.conn.execute("PRAGMA user_version = 99")
        with pytest.raises(RuntimeError, match="newer"):
            await migrate(db)


def test_migration_files_are_numbered_without_gaps(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_c.sql").write_text("SELECT 1;")
    with pytest.raises(ValueError, match="without gaps"):
        load_migrations(tmp_path)


async def test_pairs_migration_keeps_the_consent_log(tmp_path: Path) -> None:
    """0005 rebuilds consent_events (new kinds, pair_id): a database of the previous version keeps every event."""
    shipped = MIGRATIONS_DIR
    older = tmp_path / "migrations"
    older.mkdir()
    for path in sorted(shipped.glob("000[1-4]_*.sql")):
        (older / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    async with Database(tmp_path / "bot.sqlite3") as db:
        assert await migrate(db, older) == [1, 2, 3, 4]
        async with db.transaction():
            await db.execute("INSERT INTO organisations (id, name, kind, timezone, created_by, created_at)"
                             " VALUES (1, 'Школа', 'school', 'Europe/Moscow', 1, '2026-09-01T00:00:00+00:00')")
            await db.execute("INSERT INTO consent_events (org_id, kind, version, locale, text_sha256, action,"
                             " actor_tg_id, created_at) VALUES (1, 'pd', '1', 'ru', 'abc', 'declined', 7,"
                             " '2026-09-01T00:00:00+00:00')")
        assert await migrate(db) == [m.version for m in load_migrations()][4:]  # 5, 6 and every later one
        row = await db.fetchone("SELECT * FROM consent_events")
        assert (row["kind"], row["action"], row["actor_channel"], row["actor_id"], row["pair_id"]) == (
            "pd", "declined", "telegram", 7, None)
        async with db.transaction():
            await db.execute("INSERT INTO consent_events (org_id, kind, version, locale, text_sha256, action,"
                             " created_at, pair_id) VALUES (1, 'mentoring', '1', 'ru', 'x', 'given', 'now', 3)")
        with pytest.raises(sqlite3.IntegrityError):
            async with db.transaction():
                await db.execute("INSERT INTO consent_events (org_id, kind, version, locale, text_sha256, action,"
                                 " created_at) VALUES (1, 'nonsense', '1', 'ru', 'x', 'given', 'now')")
