"""Command line: ``python -m bot [run|migrate|backup|restore|sandbox|healthcheck|roadmap]``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Settings, SettingsError, load_settings
from bot.logs import protect_logs, setup_logging
from bot.roadmap_cli import add_roadmap_parser, run_roadmap
from storage.backup import BackupError, InstanceLock
from storage.db import Database, DatabaseUnavailable, explain
from storage.models import Channel

if TYPE_CHECKING:  # aiogram is heavy to import; `--help` and `migrate` do not need it
    from aiogram import Bot, Dispatcher

    from bot.health import Health
    from bot.telegram import RateLimiter

logger = logging.getLogger("bot")


class StartupError(Exception):
    """The bot cannot start for a reason outside the settings (network, disk)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Mentorship programme bot (наставничество). Settings come from the environment and .env.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="run the bot: long polling, or a webhook server when WEBHOOK_URL is set (the default)")
    sub.add_parser("migrate", help="create or upgrade the database, then exit")
    backup = sub.add_parser("backup", help="copy the database into DIR (consistent while the bot runs)")
    backup.add_argument("directory", metavar="DIR", type=Path)
    backup.add_argument("--keep", type=int, metavar="N", help="then keep only the newest N backups in DIR")
    restore = sub.add_parser("restore", help="replace the database with a backup (refused while the bot runs)")
    restore.add_argument("file", metavar="FILE", type=Path)
    _sandbox_options(sub.add_parser("sandbox", help="try the bot without Telegram: a local Bot API and a web chat"))
    _sandbox_options(sub.add_parser(
        "start", help="what `make run` does: the bot when BOT_TOKEN is set, the sandbox (options below) when not"))
    sub.add_parser("healthcheck", help="ask the running bot's /healthz (exit 0 when healthy): for Docker")
    add_roadmap_parser(sub)
    return parser


def _sandbox_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any free one; default 8765)")
    parser.add_argument("--database", type=Path, default=Path("data/sandbox.sqlite3"),
                        help="the sandbox's own database (default data/sandbox.sqlite3; never DATABASE_PATH)")
    parser.add_argument("--fresh", action="store_true", help="start from an empty sandbox database")


__all__ = ["main", "protect_logs", "setup_logging"]

NO_TOKEN = ("BOT_TOKEN is not set: get one from @BotFather and put it into .env (see README); for MAX, set "
            "MAX_TOKEN (instead, or as well: one process then runs both). To try the bot without Telegram, run "
            "`python -m bot sandbox` (or `make run` without a token).")


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
    """Fail early and clearly when Telegram rejects the token or cannot be reached (a MAX bot asked MAX already,
    when it was opened)."""
    from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError

    where = settings.telegram_api_url or "https://api.telegram.org"
    try:
        me = await bot.me()  # the one getMe: aiogram keeps the answer for start_polling and on_startup
    except TelegramUnauthorizedError:
        raise SettingsError("Telegram rejected BOT_TOKEN (401 Unauthorized): check it in @BotFather.") from None
    except TelegramNetworkError as exc:
        raise StartupError(f"Cannot reach the Telegram Bot API at {where}: {exc.message}") from None
    logger.info("token accepted for bot id %s", me.id)


async def open_max(settings: Settings, limiter: RateLimiter, db: Database | None = None) -> Bot:
    """The bot in MAX (MAX_TOKEN): MAX is asked who it is at once, so a refused token is said in words. MAX's
    message ids are remembered in ``db``."""
    from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError

    from bot.channels import open_max_bot

    assert settings.max_token is not None
    try:
        return await open_max_bot(settings.max_token.get_secret_value(), settings.max_api_url, limiter=limiter,
                                  db=db)
    except TelegramUnauthorizedError:
        raise SettingsError("MAX rejected MAX_TOKEN (401): check it on business.max.ru, Чат-боты → "
                            "Интеграция.") from None
    except TelegramNetworkError as exc:
        where = settings.max_api_url or "the MAX Bot API"
        raise StartupError(f"Cannot reach {where}: {exc.message}") from None


async def open_bots(settings: Settings, limiters: dict[Channel, RateLimiter],
                    db: Database | None = None) -> dict[Channel, Bot]:
    """A bot per channel the settings name — Telegram (BOT_TOKEN), MAX (MAX_TOKEN), or both in one process —
    each with its own pace (the channels' limits are independent)."""
    from bot.telegram import make_bot

    bots: dict[Channel, Bot] = {}
    try:
        if settings.bot_token is not None:
            bot = make_bot(settings.bot_token.get_secret_value(), settings.telegram_api_url,
                           limiter=limiters[Channel.TELEGRAM])
            bots[Channel.TELEGRAM] = bot
            await check_token(bot, settings)
        if settings.max_token is not None:
            bots[Channel.MAX] = await open_max(settings, limiters[Channel.MAX], db)
    except BaseException:
        for bot in bots.values():
            await bot.session.close()
        raise
    return bots


async def run_command(settings: Settings) -> int:
    if settings.bot_token is None and settings.max_token is None:  # before the heavy imports: the answer comes at once
        raise SettingsError(NO_TOKEN)
    from storage.db import Database
    from storage.migrate import migrate

    async with Database(settings.database_path) as db:  # a file that cannot serve is reported first, in words
        # one bot per database: a second one would answer every update twice; `restore` waits for this lock too
        with InstanceLock(settings.database_path, "bot"):
            await migrate(db)  # a database that cannot serve is reported before the heavy imports
            from bot.app import UPDATES_IN_FLIGHT, build_dispatcher
            from bot.health import ApiHeartbeat, Health
            from bot.telegram import RateLimiter

            # per channel, one pace for notices and for retries after flood control
            limiters = {channel: RateLimiter() for channel in settings.channels}
            bots = await open_bots(settings, limiters, db)
            heartbeat = ApiHeartbeat()
            for bot in bots.values():
                bot.session.middleware(heartbeat)
            try:
                dp = build_dispatcher(settings, db, list(bots.values()), rate_limiter=limiters)
                scheduler = dp["scheduler"]
                health = Health(db, heartbeat, lambda: scheduler is not None and scheduler.running,
                                "webhook" if settings.webhook_url else "polling")
                gc.freeze()  # what the imports built lives as long as the bot: keep it out of every collection
                if settings.webhook_url:
                    await _serve_webhook(settings, dp, bots, health, UPDATES_IN_FLIGHT)
                    return 0
                await _poll(settings, dp, bots, health, UPDATES_IN_FLIGHT)
            finally:
                for bot in bots.values():
                    await bot.session.close()
    return 0


async def _poll(settings: Settings, dp: Dispatcher, bots: dict[Channel, Bot], health: Health,
                in_flight: int) -> None:
    """One dispatcher polls every bot (aiogram's polling takes several); startup and shutdown run once."""
    runner = None
    if settings.health_port is not None:
        from bot.webhook import serve_health

        runner = await serve_health(health, "127.0.0.1", settings.health_port)
    try:
        for bot in bots.values():
            # a webhook left from an earlier webhook run would make getUpdates fail: polling removes it first
            await bot.delete_webhook(drop_pending_updates=False)
        await dp.start_polling(*bots.values(), allowed_updates=dp.resolve_used_update_types(),
                               tasks_concurrency_limit=in_flight)
    finally:
        if runner is not None:
            await runner.cleanup()


async def _serve_webhook(settings: Settings, dp: Dispatcher, bots: dict[Channel, Bot], health: Health,
                         in_flight: int, stop: asyncio.Event | None = None) -> None:
    """Telegram by the webhook; MAX, when it runs too, polled beside it by the same dispatcher. The dispatcher's
    startup and shutdown belong to the webhook server (they run once): at a stop the MAX polling ends first, so
    nothing new arrives while the shutdown lets the updates in hand finish."""
    from bot.webhook import serve_webhook

    max_bot = bots.get(Channel.MAX)
    if max_bot is None:
        await serve_webhook(settings, dp, bots[Channel.TELEGRAM], health, max_connections=in_flight, stop=stop)
        return
    # aiogram's polling loop of one bot is ``Dispatcher._polling``, private: its public ``start_polling`` runs the
    # dispatcher's startup and shutdown as well (a second time beside the webhook server's, and it cannot be told
    # not to), and aiogram has no public call for the loop alone (``feed_update`` handles an update, it fetches
    # none). The webhook e2e test with both tokens (tests/e2e/test_webhook_both_e2e.py) guards this use.
    polling = asyncio.create_task(dp._polling(
        max_bot, allowed_updates=dp.resolve_used_update_types(), tasks_concurrency_limit=in_flight))

    async def stop_polling() -> None:
        polling.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await polling

    try:
        await serve_webhook(settings, dp, bots[Channel.TELEGRAM], health, max_connections=in_flight, stop=stop,
                            before_shutdown=stop_polling)
    finally:
        await stop_polling()  # also when the server failed to start


def backup_command(settings: Settings, directory: Path, keep: int | None) -> int:
    from storage.backup import backup

    result = backup(settings.database_path, directory, keep)
    print(f"Backed up {settings.database_path} to {result.path} ({result.size:,} bytes).")
    for old in result.removed:
        print(f"Removed the old backup {old}.")
    return 0


def restore_command(settings: Settings, file: Path) -> int:
    from storage.backup import restore
    from storage.migrate import load_migrations

    latest = max((m.version for m in load_migrations()), default=0)
    kept = restore(file, settings.database_path, latest)
    print(f"Restored {settings.database_path} from {file}.")
    if kept is not None:
        print(f"The database it replaced is kept as {kept} (delete it when you no longer need it).")
    print("Start the bot: migrations bring an older backup up to date at start.")
    return 0


def healthcheck_command(settings: Settings) -> int:
    import json
    import urllib.error
    import urllib.request

    port = settings.webhook_port if settings.webhook_url else settings.health_port
    if port is None:
        print("No health endpoint: set HEALTH_PORT (polling) or WEBHOOK_URL (webhook).", file=sys.stderr)
        return 1
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            body = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        print(exc.read().decode("utf-8", "replace"), file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"The bot does not answer on port {port}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(body))
    return 0 if body.get("status") == "ok" else 1


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "roadmap":  # works on files only: no settings, no token
        return run_roadmap(args)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    command = args.command or "run"
    if command == "healthcheck":
        return healthcheck_command(settings)
    setup_logging(settings.log_level, settings.log_format)
    try:
        if command == "migrate":
            return asyncio.run(migrate_command(settings))
        if command == "backup":
            return backup_command(settings, args.directory, args.keep)
        if command == "restore":
            return restore_command(settings, args.file)
        if command == "start" and settings.bot_token is None and settings.max_token is None:
            print("BOT_TOKEN is not set: starting the sandbox (python -m bot sandbox). "
                  "Put a token into .env to run the bot in Telegram.", flush=True)
            command = "sandbox"
        if command == "sandbox":
            from bot.sandbox.app import run_sandbox

            return asyncio.run(run_sandbox(settings, port=args.port, database=args.database, fresh=args.fresh))
        return asyncio.run(run_command(settings))
    except BackupError as exc:
        print(f"Cannot {command}: {exc}", file=sys.stderr)
        return 1
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
