"""The data map classifies every column of the migrated schema, and only columns that exist."""

from __future__ import annotations

from pathlib import Path

from storage.data_map import DATA_MAP, Action, Kind, Table, erase_params, erase_statements
from storage.db import Database
from storage.migrate import migrate
from storage.models import Account


async def _schema(path: Path) -> dict[str, list[str]]:
    async with Database(path) as db:
        await migrate(db)
        tables = [r[0] for r in await db.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: [r[1] for r in await db.fetchall(f"PRAGMA table_info({t})")] for t in tables}


async def test_every_column_is_classified(tmp_path: Path) -> None:
    schema = await _schema(tmp_path / "bot.sqlite3")
    missing = [f"{t}.{c}" for t, cols in schema.items() for c in cols if c not in DATA_MAP.get(t, Table({})).columns]
    assert not missing, ("columns the data map (storage/data_map.py) does not classify — say what they are and "
                         f"what withdrawal does to them: {missing}")


async def test_the_map_names_only_what_exists(tmp_path: Path) -> None:
    schema = await _schema(tmp_path / "bot.sqlite3")
    stale = [f"{t}.{c}" for t, table in DATA_MAP.items() for c in table.columns if c not in schema.get(t, [])]
    assert not stale, f"the data map names columns the schema does not have: {stale}"


def test_personal_data_is_never_silently_kept() -> None:
    """A personal or written column either goes on withdrawal or says why it stays."""
    for name, table in DATA_MAP.items():
        for column, col in table.columns.items():
            assert isinstance(col.kind, Kind) and isinstance(col.withdrawal, Action)
            if col.kind is not Kind.NOT_PERSONAL and col.withdrawal is Action.KEEP:
                assert col.note, f"{name}.{column} is {col.kind} and kept: the map must say why"


async def test_the_erasure_derived_from_the_map_runs(tmp_path: Path) -> None:
    async with Database(tmp_path / "bot.sqlite3") as db:
        await migrate(db)
        async with db.transaction():
            for statement in erase_statements():
                await db.execute(statement.sql, erase_params(1, [Account.telegram(100)]))
        async with db.transaction():
            for statement in erase_statements():
                await db.execute(statement.sql, erase_params(1, ()))



def test_the_readme_data_section_names_every_table() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The data map"):readme.index("## For developers")]
    assert [t for t in DATA_MAP if f"`{t}`" not in section] == []


async def test_erased_values_are_overwritten_and_the_wal_emptied(tmp_path: Path) -> None:
    async with Database(tmp_path / "bot.sqlite3") as db:
        assert await db.fetchval("PRAGMA secure_delete") == 1
        async with db.transaction():
            await db.execute("CREATE TABLE t (x TEXT)")
            await db.execute("INSERT INTO t VALUES ('Секрет-Ф1')")
        async with db.transaction():
            await db.execute("DELETE FROM t")
        await db.checkpoint()
        assert (tmp_path / "bot.sqlite3-wal").stat().st_size == 0
        assert "Секрет-Ф1".encode() not in (tmp_path / "bot.sqlite3").read_bytes()
