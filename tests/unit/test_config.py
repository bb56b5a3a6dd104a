from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings
from tests.conftest import settings_env_names

ROOT = Path(__file__).resolve().parents[2]


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.upper() not in settings_env_names()}
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


@pytest.fixture(autouse=True)
def _no_settings_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """A WORK_HOURS or TIMEZONE in the environment pytest runs in must not change what these tests read."""
    for name in [name for name in os.environ if name.upper() in settings_env_names()]:
        monkeypatch.delenv(name)


def test_every_setting_is_in_the_readme() -> None:
    """README's table of environment variables names exactly the fields of Settings."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    header = readme.index("| Variable | Default | Meaning |")
    rows = []
    for line in readme[header + 2:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    documented = [re.fullmatch(r"\|\s*`([A-Z0-9_]+)`\s*\|.*", row) for row in rows]
    assert all(documented), [row for row, match in zip(rows, documented, strict=True) if not match]
    names = [match.group(1) for match in documented if match]
    assert len(names) == len(set(names)), "a variable is listed twice"
    assert sorted(settings_env_names() - set(names)) == [], "Settings fields missing from README's table"
    assert sorted(set(names) - settings_env_names()) == [], "README lists variables Settings does not read"


def test_settings_parse_admin_ids_and_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_IDS", "123, 456;789")
    monkeypatch.setenv("BOT_TOKEN", "123456:" + "A" * 35)
    settings = load_settings(_env_file=None)
    assert settings.admin_ids == frozenset({123, 456, 789})
    assert settings.default_locale == "ru" and settings.timezone == "Europe/Moscow"
    assert str(settings.database_path).startswith("data")
    assert "AAAA" not in repr(settings)  # the token is a secret
    assert settings.reminder_settings.days_before == (7, 1)
    assert str(settings.reminder_settings.work_start) == "09:00:00"
    assert settings.weights.subject == 25 and settings.unmatched_days == 14


def test_match_weights_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCH_WEIGHTS", "subject=40, experience=0")
    weights = load_settings(_env_file=None).weights
    assert (weights.subject, weights.experience, weights.requests) == (40, 0, 30)  # the rest keep their defaults


@pytest.mark.parametrize("name, value, fragment", [
    ("ADMIN_IDS", "abc", "ADMIN_IDS"),
    ("TIMEZONE", "Mars/Base", "TIMEZONE"),
    ("BOT_TOKEN", "not-a-token", "BOT_TOKEN"),
    ("DEFAULT_LOCALE", "de", "DEFAULT_LOCALE"),
    ("TELEGRAM_API_URL", "ftp://x", "TELEGRAM_API_URL"),
    ("WORK_HOURS", "20:00-09:00", "WORK_HOURS"),
    ("WORK_HOURS", "утром", "WORK_HOURS"),
    ("REMINDER_DAYS_BEFORE", "7,ноль", "REMINDER_DAYS_BEFORE"),
    ("REMINDER_DAYS_BEFORE", "0", "REMINDER_DAYS_BEFORE"),
    ("MATCH_WEIGHTS", "subject=много", "MATCH_WEIGHTS"),
    ("MATCH_WEIGHTS", "charisma=10", "MATCH_WEIGHTS"),
    ("UNMATCHED_DAYS", "0", "UNMATCHED_DAYS"),
])
def test_invalid_settings_are_named(monkeypatch: pytest.MonkeyPatch, name: str, value: str, fragment: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=fragment):
        load_settings(_env_file=None)


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, env=_clean_env(**env),
                          capture_output=True, text=True, timeout=60)


def test_help_lists_subcommands(tmp_path: Path) -> None:
    result = _run(["--help"], tmp_path)
    assert result.returncode == 0
    assert "run" in result.stdout and "migrate" in result.stdout


def test_missing_token_is_one_clear_message(tmp_path: Path) -> None:
    result = _run([], tmp_path, DATABASE_PATH=str(tmp_path / "db.sqlite3"))
    assert result.returncode != 0
    assert "BOT_TOKEN is not set" in result.stderr and "@BotFather" in result.stderr
    assert "python -m bot sandbox" in result.stderr  # the way to try it without a token
    assert "Traceback" not in result.stderr
    explicit = _run(["run"], tmp_path, DATABASE_PATH=str(tmp_path / "db.sqlite3"))
    assert explicit.returncode == 2 and explicit.stderr == result.stderr  # `run` stays strict: never the sandbox


def test_a_webhook_needs_a_secret_and_a_url(tmp_path: Path) -> None:
    result = _run(["migrate"], tmp_path, WEBHOOK_URL="https://bot.example.org/tg")
    assert result.returncode == 2 and "WEBHOOK_SECRET" in result.stderr
    weak = _run(["migrate"], tmp_path, WEBHOOK_URL="https://bot.example.org/tg", WEBHOOK_SECRET="short")
    assert weak.returncode == 2 and "WEBHOOK_SECRET" in weak.stderr
    settings = load_settings(_env_file=None, webhook_url="https://bot.example.org/tg/hook",
                             webhook_secret="s" * 32)
    assert settings.webhook_path == "/tg/hook"


def test_invalid_setting_is_one_clear_message(tmp_path: Path) -> None:
    result = _run(["migrate"], tmp_path, TIMEZONE="Nowhere/Land")
    assert result.returncode == 2
    assert "TIMEZONE" in result.stderr and "Traceback" not in result.stderr


def test_migrate_command_creates_then_is_a_no_op(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "bot.sqlite3"
    first = _run(["migrate"], tmp_path, DATABASE_PATH=str(db))
    assert first.returncode == 0, first.stderr
    from storage.migrate import load_migrations

    assert f"applied migrations {[m.version for m in load_migrations()]}" in first.stdout
    second = _run(["migrate"], tmp_path, DATABASE_PATH=str(db))
    assert second.returncode == 0 and "up to date" in second.stdout


async def test_rejected_token_is_a_clear_error(tmp_path: Path) -> None:
    from bot.cli import run_command
    from bot.sandbox.fake_api import FakeBotAPI

    async with FakeBotAPI() as api:
        api.fail_next("getMe", 401, "Unauthorized")
        settings = load_settings(_env_file=None, bot_token=api.token, telegram_api_url=api.base_url,
                                 database_path=tmp_path / "db.sqlite3")
        with pytest.raises(SettingsError, match="rejected BOT_TOKEN"):
            await run_command(settings)


async def test_unreachable_api_is_a_clear_error(tmp_path: Path) -> None:
    from bot.cli import StartupError, run_command

    settings = load_settings(_env_file=None, bot_token="123456:" + "A" * 35,
                             telegram_api_url="http://127.0.0.1:9", database_path=tmp_path / "db.sqlite3")
    with pytest.raises(StartupError, match=r"Cannot reach the Telegram Bot API at http://127\.0\.0\.1:9"):
        await run_command(settings)


def test_an_empty_token_is_no_token() -> None:
    """`BOT_TOKEN=` as copied from .env.example: not set, so `make run` starts the sandbox."""
    assert load_settings(_env_file=None, bot_token="").bot_token is None
    assert load_settings(_env_file=None, bot_token="  ").bot_token is None
    example = load_settings(_env_file=Path(__file__).resolve().parents[2] / ".env.example")
    assert example.bot_token is None and example.webhook_url is None and example.webhook_secret is None
