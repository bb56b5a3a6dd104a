"""`python -m bot backup` / `restore`: consistent copies while the bot writes, rotation, and the lock that stops a
restore under a running bot."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from storage.backup import BackupError, BotIsRunning, InstanceLock, backup, backups, restore
from storage.db import Database
from storage.migrate import load_migrations, migrate
from tests.conftest import settings_env_names

LATEST = max(m.version for m in load_migrations())
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


async def make_db(path: Path, orgs: int = 1) -> None:
    async with Database(path) as db:
        await migrate(db)
        async with db.transaction():
            for n in range(orgs):
                await db.execute("INSERT INTO organisations (name, kind, timezone, created_by, created_at)"
                                 " VALUES (?, 'school', 'UTC', 1, 'now')", (f"org {n}",))


def count(path: Path, table: str = "organisations") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


async def test_a_backup_taken_mid_write_holds_what_was_committed_and_rotation_keeps_the_newest(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    await make_db(database, orgs=2)
    async with Database(database) as db:  # the running bot: a write transaction is open during the backup
        async with db.transaction():
            await db.execute("INSERT INTO organisations (name, kind, timezone, created_by, created_at)"
                             " VALUES ('uncommitted', 'school', 'UTC', 1, 'now')")
            first = backup(database, tmp_path / "backups", keep=2, now=NOW)
        assert count(first.path) == 2  # the open transaction is not in the copy; the committed rows are
        second = backup(database, tmp_path / "backups", keep=2, now=NOW + timedelta(days=1))
        assert count(second.path) == 3  # committed since, still in the WAL: the backup has it
    third = backup(database, tmp_path / "backups", keep=2, now=NOW + timedelta(days=2))
    assert third.removed == (first.path,)
    assert backups(tmp_path / "backups") == [second.path, third.path]
    assert not list((tmp_path / "backups").glob("*.part"))
    conn = sqlite3.connect(third.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    finally:
        conn.close()
    assert third.path.stat().st_mode & 0o077 == 0  # personal data: the owner only
    same_second = backup(database, tmp_path / "backups", now=NOW + timedelta(days=2))
    assert same_second.path != third.path and same_second.path.exists()


async def test_restore_replaces_the_database_and_keeps_the_old_one(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    await make_db(database, orgs=1)
    saved = backup(database, tmp_path / "backups", now=NOW).path
    async with Database(database) as db, db.transaction():  # after the backup: more rows, left in the WAL
        await db.execute("INSERT INTO organisations (name, kind, timezone, created_by, created_at)"
                         " VALUES ('later', 'school', 'UTC', 1, 'now')")
    kept = restore(saved, database, LATEST, now=NOW)
    assert count(database) == 1
    assert kept is not None and count(kept) == 2  # the replaced database, its WAL folded in
    assert not database.with_name(database.name + "-wal").exists()
    async with Database(database) as db:  # the bot starts on it: migrations have nothing to do
        assert await migrate(db) == []


async def test_restore_refuses_while_the_bot_holds_the_lock(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    await make_db(database)
    saved = backup(database, tmp_path / "backups", now=NOW).path
    with InstanceLock(database, "bot"), pytest.raises(BotIsRunning, match=r"in use \(bot pid \d+"):
        restore(saved, database, LATEST)
    with pytest.raises(BotIsRunning), InstanceLock(database, "bot"), InstanceLock(database, "bot"):
        pass  # a second bot on the same database does not start either
    assert restore(saved, database, LATEST) is not None  # released: the restore goes through


async def test_restore_refuses_what_is_not_a_good_backup(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    await make_db(database)
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    with pytest.raises(BackupError, match="not an SQLite database"):
        restore(text, database, LATEST)
    newer = backup(database, tmp_path / "backups", now=NOW).path
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(BackupError, match="newer version"):
        restore(newer, database, LATEST)
    with pytest.raises(BackupError, match="no backup"):
        restore(tmp_path / "missing.sqlite3", database, LATEST)
    assert count(database) == 1


async def test_the_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    for name in settings_env_names():
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env
    database = tmp_path / "data" / "bot.sqlite3"
    monkeypatch.setenv("DATABASE_PATH", str(database))
    await make_db(database, orgs=3)
    for _ in range(3):
        assert main(["backup", "backups", "--keep", "2"]) == 0
    made = backups(tmp_path / "backups")
    assert len(made) == 2
    out = capsys.readouterr().out
    assert "Backed up" in out and "Removed the old backup" in out
    with InstanceLock(database, "bot"):
        assert main(["restore", str(made[-1])]) == 1
    assert "Cannot restore: the database is in use (bot pid" in capsys.readouterr().err
    assert main(["restore", str(made[-1])]) == 0
    assert "Restored" in capsys.readouterr().out and count(database) == 3
    assert main(["backup", "backups", "--keep", "0"]) == 1
