"""MAX_TOKEN and MAX_API_URL: MAX alone or beside Telegram, and a clear word when MAX refuses the token."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.cli import run_command
from bot.config import SettingsError, load_settings
from storage.models import Account, Channel
from tests.e2e.fake_max_api import FakeMaxAPI


def test_max_token_alone_selects_max() -> None:
    settings = load_settings(_env_file=None, max_token="a" * 40, max_api_url="http://127.0.0.1:9/")
    assert settings.bot_token is None and settings.max_token is not None
    assert settings.max_api_url == "http://127.0.0.1:9"
    assert load_settings(_env_file=None, max_token="").max_token is None  # `MAX_TOKEN=`: not set


def test_both_tokens_run_both_channels_and_admins_are_accounts() -> None:
    both = load_settings(_env_file=None, bot_token="123456:" + "A" * 35, max_token="a" * 40, admin_ids="7",
                         max_admin_ids="7, 8")
    assert both.channels == (Channel.TELEGRAM, Channel.MAX)
    assert both.admins == {Account(Channel.TELEGRAM, 7), Account(Channel.MAX, 7), Account(Channel.MAX, 8)}
    # Telegram by the webhook, MAX polled beside it
    assert load_settings(_env_file=None, bot_token="123456:" + "A" * 35, max_token="a" * 40,
                         webhook_url="https://bot.example.org/tg", webhook_secret="s" * 32).webhook_url
    # MAX alone: ADMIN_IDS are MAX ids (a deployment of the first step keeps working as it was)
    assert load_settings(_env_file=None, max_token="a" * 40, admin_ids="7").admins == {Account(Channel.MAX, 7)}


@pytest.mark.parametrize(("extra", "words"), [
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
