from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from storage.db import Database
from storage.migrate import migrate
from tests.harness import Harness

ADMIN_ID = 1000


def settings_env_names() -> frozenset[str]:
    """The environment variables the bot reads: one per ``Settings`` field (pydantic-settings, case-insensitive)."""
    prefix = Settings.model_config.get("env_prefix") or ""
    return frozenset((prefix + name).upper() for name in Settings.model_fields)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 9, 1, 7, 0, tzinfo=UTC))


@pytest.fixture(scope="session")
def translator() -> Translator:
    """Parsing every locale takes ~0.15 s and nothing changes a Translator: one serves the whole session."""
    return Translator(strict=True)


async def _migrate(path: Path) -> None:
    async with Database(path) as database:
        await migrate(database)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated once per session; each test gets a copy of the file (closed, so no WAL is left beside it).

    Migrated on a thread of its own: asyncio.run() here would reset the event loop pytest-asyncio set up.
    """
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, _migrate(path)).result()
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "test.sqlite3"


@pytest.fixture
async def db(db_path: Path, migrated_template: Path) -> AsyncIterator[Database]:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(migrated_template, db_path)
    async with Database(db_path) as database:
        assert await migrate(database) == []  # the copy is up to date: the bot's start-up finds nothing to do
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
def channel(request: pytest.FixtureRequest) -> str:
    """The messenger a flow test runs in: Telegram, unless the test is parametrised (``both_channels``).

    ``FLOWS_CHANNEL=max pytest tests/handlers`` runs every flow test in MAX, to explore what else MAX changes
    (tests that drive teremok's session directly — blocked chats, injected 429s, held calls — are Telegram's)."""
    return str(getattr(request, "param", os.environ.get("FLOWS_CHANNEL", "telegram")))


@pytest.fixture
async def max_harness(db: Database, settings: Settings, clock: FakeClock,
                      translator: Translator) -> AsyncIterator[Harness]:
    from bot.channels.max import DatabaseTransportMemory
    from tests.e2e.fake_max_api import FakeMaxAPI
    from tests.max_harness import MaxHarness

    async with FakeMaxAPI() as api:
        # the transport's memory in the database, as in production: a restart keeps the message ids
        # a MAX-only deployment: MAX_TOKEN instead of BOT_TOKEN (the consents name MAX: they follow the bot the person
        # writes to; Harness.with_max runs both in one process)
        in_max = settings.model_copy(update={"bot_token": None, "max_token": SecretStr(api.token),
                                             "max_api_url": api.base_url})
        harness = MaxHarness(db, in_max, clock, translator, api,
                             memory=lambda: DatabaseTransportMemory(db, api.bot_id, now=clock.now))
        try:
            yield harness
        finally:
            await harness.close()
        # MAX refused nothing the bot asked (a refusal would be logged and skipped by the bot, not fail the test)
        refused = [(call.op, call.query, call.answer) for call in api.calls if not call.ok]
        assert refused == harness.expected_refusals, refused


@pytest.fixture
def harness(request: pytest.FixtureRequest, channel: str, db: Database, settings: Settings, clock: FakeClock,
            translator: Translator) -> Harness:
    """The bot as a person meets it: in Telegram (teremok's recording session) or, for a test parametrised with
    ``both_channels``, in MAX (the real MAX session against the fake MAX Bot API, ``tests/max_harness.py``)."""
    if channel == "max":
        return request.getfixturevalue("max_harness")  # type: ignore[no-any-return]
    return Harness(db, settings, clock, translator)


# a flow test that runs in Telegram and in MAX: the same steps, the same assertions (where MAX differs by nature,
# the test asks ``harness.channel``)
both_channels = pytest.mark.parametrize("channel", ["telegram", "max"], indirect=True)
