"""MAX_TOKEN and MAX_API_URL: one channel per deployment in this step, and a clear word when MAX refuses the token."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.cli import run_command
from bot.config import SettingsError, load_settings
from tests.e2e.fake_max_api import FakeMaxAPI


def test_max_token_alone_selects_max() -> None:
    settings = load_settings(_env_file=None, max_token="a" * 40, max_api_url="http://127.0.0.1:9/")
    assert settings.bot_token is None and settings.max_token is not None
    assert settings.max_api_url == "http://127.0.0.1:9"
    assert load_settings(_env_file=None, max_token="").max_token is None  # `MAX_TOKEN=`: not set


@pytest.mark.parametrize(("extra", "words"), [
    ({"bot_token": "123456:" + "A" * 35}, "one channel per deployment"),
    ({"webhook_url": "https://bot.example.org/tg", "webhook_secret": "s" * 32}, "polls for now"),
    ({"max_token": "with space in it 0123456789"}, "MAX bot token"),
    ({"max_api_url": "platform-api2.max.ru"}, "http(s) URL"),
])
def test_what_this_step_does_not_run_is_refused_in_words(extra: dict[str, str], words: str) -> None:
    with pytest.raises(SettingsError, match=words.replace("(", r"\(").replace(")", r"\)")):
        load_settings(_env_file=None, **{"max_token": "b" * 40, **extra})


@pytest.fixture
async def api() -> AsyncIterator[FakeMaxAPI]:
    async with FakeMaxAPI() as fake:
        yield fake


async def test_a_token_max_refuses_stops_the_start_with_a_settings_error(api: FakeMaxAPI, tmp_path: Path) -> None:
    settings = load_settings(_env_file=None, max_token="not-the-token-of-this-bot", max_api_url=api.base_url,
                             database_path=tmp_path / "db.sqlite3")
    with pytest.raises(SettingsError, match="MAX rejected MAX_TOKEN"):
        await run_command(settings)
