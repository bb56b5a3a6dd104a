from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from storage.db import Database
from storage.migrate import migrate
from tests.harness import Harness

ADMIN_ID = 1000


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 9, 1, 7, 0, tzinfo=UTC))


@pytest.fixture
def translator() -> Translator:
    return Translator(strict=True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "test.sqlite3"


@pytest.fixture
async def db(db_path: Path) -> AsyncIterator[Database]:
    async with Database(db_path) as database:
        await migrate(database)
        yield database


@pytest.fixture
def settings(db_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token="123456:TEST-token-for-the-recording-session",
        database_path=db_path,
        admin_ids=str(ADMIN_ID),
    )


@pytest.fixture
def harness(db: Database, settings: Settings, clock: FakeClock, translator: Translator) -> Harness:
    return Harness(db, settings, clock, translator)
