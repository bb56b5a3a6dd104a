"""Backups and restores of the one SQLite file, and the lock that tells whether a bot is using it.

``backup`` uses SQLite's online backup API (``sqlite3.Connection.backup``): it copies a consistent snapshot even
while the bot writes (WAL mode: the copy reads one transaction's view), into a temporary file that is renamed when
complete and checked, so a half-written backup never looks like a good one.

A running bot holds an exclusive ``flock`` on ``<database>.lock`` (:class:`InstanceLock`) for as long as the process
lives; the kernel drops it when the process ends, however it ends, so there is no stale pid file to clean up.
``restore`` takes the same lock without waiting: while a bot runs it refuses, and while it restores no bot can start.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from storage.db import SQLITE_MAGIC

BACKUP_PREFIX = "mentorship-"
BACKUP_SUFFIX = ".sqlite3"
_BACKUP_NAME = re.compile(r"^mentorship-\d{8}-\d{6}(-\d+)?\.sqlite3$")


class BackupError(Exception):
    """A backup or restore cannot be done; the message is one line for the operator."""


class BotIsRunning(BackupError):
    """Another process (a running bot, or a restore) holds the database's instance lock."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """An exclusive, non-blocking ``flock`` on ``<database>.lock``; the file also names the holder's pid."""

    def __init__(self, database: Path, purpose: str = "bot") -> None:
        self.path = lock_path(database)
        self.purpose = purpose
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 200).decode("ascii", "replace").strip() or "another process"
            os.close(fd)
            raise BotIsRunning(f"the database is in use ({holder}, lock {self.path})") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{self.purpose} pid {os.getpid()}".encode("ascii"))
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            os.close(fd)  # closing the descriptor drops the flock

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size: int
    removed: tuple[Path, ...]


def _check_copy(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
    finally:
        conn.close()
    if result is None or result[0] != "ok":
        raise BackupError(f"the copy {path} failed SQLite's check: {result[0] if result else 'no answer'}")


def backups(directory: Path) -> list[Path]:
    """This bot's backups in ``directory``, oldest first (the names sort by time)."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if _BACKUP_NAME.match(p.name) and p.is_file())


def backup(database: Path, directory: Path, keep: int | None = None, now: datetime | None = None) -> BackupResult:
    """Copy ``database`` into ``directory/mentorship-YYYYMMDD-HHMMSS.sqlite3``; keep only the newest ``keep``."""
    if keep is not None and keep < 1:
        raise BackupError("--keep must be at least 1")
    if not database.is_file():
        raise BackupError(f"there is no database at {database}")
    directory.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = directory / f"{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}"
    n = 1
    while target.exists():  # two backups in one second
        target = directory / f"{BACKUP_PREFIX}{stamp}-{n}{BACKUP_SUFFIX}"
        n += 1
    partial = target.with_name(target.name + ".part")
    source = sqlite3.connect(database, timeout=30)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)  # pages=-1: one step, one consistent snapshot
            copy.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            copy.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"cannot back up {database}: {exc}") from None
    finally:
        source.close()
    try:
        _check_copy(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.chmod(partial, 0o600)  # personal data: readable by the bot's user only
    os.replace(partial, target)
    removed: list[Path] = []
    if keep is not None:
        for old in backups(directory)[:-keep]:
            old.unlink()
            removed.append(old)
    return BackupResult(target, target.stat().st_size, tuple(removed))


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("PRAGMA user_version").fetchone()
    finally:
        conn.close()
    return int(row[0]) if row else 0


def restore(backup_file: Path, database: Path, latest_version: int, now: datetime | None = None) -> Path | None:
    """Replace ``database`` with ``backup_file`` while no bot runs; returns where the replaced database was kept.

    The backup is checked first (an SQLite file, passes ``quick_check``, not from a newer version of the bot); the
    current database is kept beside it as ``<name>.before-restore-YYYYMMDD-HHMMSS`` and its ``-wal``/``-shm`` are
    removed, so SQLite cannot replay an old journal over the restored file. A backup from an older version is fine:
    the migrations run at the next start.
    """
    if not backup_file.is_file():
        raise BackupError(f"there is no backup at {backup_file}")
    with backup_file.open("rb") as file:
        if file.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise BackupError(f"{backup_file} is not an SQLite database")
    try:
        _check_copy(backup_file)
        version = _user_version(backup_file)
    except sqlite3.Error as exc:
        raise BackupError(f"{backup_file} cannot be read: {exc}") from None
    if version > latest_version:
        raise BackupError(f"{backup_file} comes from a newer version of the bot (schema {version} > {latest_version})")
    with InstanceLock(database, "restore"):
        database.parent.mkdir(parents=True, exist_ok=True)
        partial = database.with_name(database.name + ".restoring")
        source = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        kept: Path | None = None
        if database.exists():
            # the WAL belongs to the old file: fold it in before keeping it, then drop it
            with contextlib.closing(sqlite3.connect(database)) as old:
                old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
            kept = database.with_name(f"{database.name}.before-restore-{stamp}")
            os.replace(database, kept)
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.chmod(partial, 0o600)
        os.replace(partial, database)
    return kept
