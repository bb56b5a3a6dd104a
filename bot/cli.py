"""Command line: ``python -m bot [run|migrate|roadmap]``."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sqlite3
import sys
from typing import TYPE_CHECKING

from bot.config import Settings, SettingsError, load_settings
from bot.roadmap_cli import add_roadmap_parser, run_roadmap
from storage.db import DatabaseUnavailable, explain

if TYPE_CHECKING:  # aiogram is heavy to import; `--help` and `migrate` do not need it
    from aiogram import Bot

logger = logging.getLogger("bot")


class StartupError(Exception):
    """The bot cannot start for a reason outside the settings (network, disk)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Mentorship programme bot (наставничество). Settings come from the environment and .env.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="run the bot with long polling (the default)")
    sub.add_parser("migrate", help="create or upgrade the database, then exit")
    add_roadmap_parser(sub)
    return parser


def protect_logs() -> None:
    """Libraries whose DEBUG output carries personal data: aiosqlite logs every SQL parameter."""
    logging.getLogger("aiosqlite").setLevel(logging.INFO)


def setup_logging(level: str) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    protect_logs()


async def migrate_command(settings: Settings) -> int:
    from storage.db import Database
    from storage.migrate import current_version, migrate

    async with Database(settings.database_path) as db:
        applied = await migrate(db)
        version = await current_version(db)
    if applied:
        print(f"Database {settings.database_path}: applied migrations {applied}, now at version {version}.")
    else:
        print(f"Database {settings.database_path} is up to date (version {version}).")
    return 0


async def check_token(bot: Bot, settings: Settings) -> None:
    """Fail early and clearly when Telegram rejects the token or cannot be reached."""
    from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError

    where = settings.telegram_api_url or "https://api.telegram.org"
    try:
        me = await bot.me()  # the one getMe: aiogram keeps the answer for start_polling and on_startup
    except TelegramUnauthorizedError:
        raise SettingsError("Telegram rejected BOT_TOKEN (401 Unauthorized): check it in @BotFather.") from None
    except TelegramNetworkError as exc:
        raise StartupError(f"Cannot reach the Telegram Bot API at {where}: {exc.message}") from None
    logger.info("token accepted for bot id %s", me.id)


async def run_command(settings: Settings) -> int:
    if settings.bot_token is None:  # before the heavy imports: the answer comes at once
        raise SettingsError("BOT_TOKEN is not set: get one from @BotFather and put it into .env (see README).")
    from storage.db import Database
    from storage.migrate import migrate

    async with Database(settings.database_path) as db:
        await migrate(db)  # a database that cannot serve is reported before the heavy imports
        from bot.app import UPDATES_IN_FLIGHT, build_dispatcher
        from bot.telegram import RateLimiter, make_bot

        limiter = RateLimiter()  # one pace for notices and for retries after flood control
        bot = make_bot(settings.bot_token.get_secret_value(), settings.telegram_api_url, limiter=limiter)
        try:
            await check_token(bot, settings)
            dp = build_dispatcher(settings, db, bot, rate_limiter=limiter)
            gc.freeze()  # what the imports built lives as long as the bot: keep it out of every garbage collection
            await dp.start_polling(bot, allowed_updates=dp.resolve_used_update_types(),
                                   tasks_concurrency_limit=UPDATES_IN_FLIGHT)
        finally:
            await bot.session.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "roadmap":  # works on files only: no settings, no token
        return run_roadmap(args)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    setup_logging(settings.log_level)
    command = args.command or "run"
    try:
        if command == "migrate":
            return asyncio.run(migrate_command(settings))
        return asyncio.run(run_command(settings))
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    except (StartupError, DatabaseUnavailable) as exc:
        print(exc, file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # found while migrating or starting: damaged, read-only, disk full …
        print(DatabaseUnavailable(str(settings.database_path), explain(exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    except OSError as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 1
