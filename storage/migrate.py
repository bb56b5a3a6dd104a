"""Forward-only numbered migrations (``migrations/NNNN_name.sql``) above ``PRAGMA user_version``."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from storage.db import Database

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
FOREIGN_KEYS_OFF = "-- migrate: foreign_keys=off"
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def foreign_keys_off(self) -> bool:
        """A migration that rebuilds a table others refer to (to change a CHECK, say) starts with the line
        ``-- migrate: foreign_keys=off``: SQLite's documented way (ALTER TABLE, «other kinds of table schema
        changes») — foreign keys off outside the transaction, ``foreign_key_check`` before the commit."""
        return self.sql.lstrip().startswith(FOREIGN_KEYS_OFF)


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    migrations: list[Migration] = []
    for path in sorted(directory.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise ValueError(f"bad migration file name: {path.name}")
        migrations.append(Migration(int(match.group(1)), path.stem, path.read_text(encoding="utf-8")))
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migrations must be numbered 1..N without gaps, got {versions}")
    return migrations


async def current_version(db: Database) -> int:
    return int(await db.fetchval("PRAGMA user_version"))


async def migrate(db: Database, directory: Path = MIGRATIONS_DIR) -> list[int]:
    """Apply pending migrations, each atomically with its user_version bump. Returns applied versions."""
    migrations = load_migrations(directory)
    applied: list[int] = []
    async with db.exclusive():  # no transaction of the app may interleave with a schema change
        version = await current_version(db)
        latest = migrations[-1].version if migrations else 0
        if version > latest:
            raise RuntimeError(f"database is at version {version}, newer than this code ({latest})")
        for migration in migrations:
            if migration.version <= version:
                continue
            try:
                if migration.foreign_keys_off:
                    await _rebuild(db, migration)
                else:
                    await db.conn.executescript(
                        f"BEGIN IMMEDIATE;\n{migration.sql}\n;\nPRAGMA user_version = {migration.version};\nCOMMIT;"
                    )
            except Exception:
                if db.conn.in_transaction:
                    await db.conn.execute("ROLLBACK")
                raise
            finally:
                if migration.foreign_keys_off:
                    await db.conn.execute("PRAGMA foreign_keys = ON")
            logger.info("applied migration %s", migration.name)
            applied.append(migration.version)
    return applied


async def _rebuild(db: Database, migration: Migration) -> None:
    """Apply a table-rebuilding migration with foreign keys off; any dangling reference aborts it."""
    await db.conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: we are outside one
    await db.conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}\n;")
    broken = await db.conn.execute_fetchall("PRAGMA foreign_key_check")
    if broken:
        raise RuntimeError(f"migration {migration.name} leaves {len(list(broken))} broken foreign key(s)")
    await db.conn.execute(f"PRAGMA user_version = {migration.version}")
    await db.conn.execute("COMMIT")
