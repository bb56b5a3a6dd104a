"""``python -m bot sandbox``: the real bot against a local Bot API server, and a web chat to play its users.

One aiohttp server on 127.0.0.1 serves both the Bot API (``/bot<token>/<method>``, ``/file/bot<token>/…``) and the
web chat (``/``), and ``/healthz``. The bot is the production one — ``build_dispatcher`` with its database,
scheduler and services, long polling over HTTP — with three differences: the token is the local server's, the
database is the sandbox's own file (never ``DATABASE_PATH``), and the sandbox's first person is the super-admin.
Nothing leaves the machine.

The sandbox sits beside the layers (like ``bench/``): to give a new person a role it writes an invite straight
into the newest organisation, where a person would need a coordinator's link.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from aiohttp import web
from pydantic import SecretStr

from bot.app import UPDATES_IN_FLIGHT, build_dispatcher
from bot.clock import SystemClock
from bot.config import Settings
from bot.health import ApiHeartbeat, Health
from bot.i18n import Translator
from bot.sandbox.chat import ADMIN_ID, Sandbox
from bot.sandbox.demo import create_demo
from bot.sandbox.fake_api import FakeBotAPI
from bot.sandbox.web import MAX_UPLOAD, WebChat
from bot.services.invites import new_token
from bot.telegram import RateLimiter, make_bot
from storage.backup import InstanceLock
from storage.db import Database
from storage.invites import InviteRepo
from storage.migrate import migrate
from storage.models import Account, InviteRole

logger = logging.getLogger(__name__)

BOT_ID = 700000001
BOT_USERNAME = "sandbox_mentor_bot"


def _remove(database: Path) -> None:
    for path in (database, *(database.with_name(database.name + s) for s in ("-wal", "-shm")),
                 people_file(database)):
        path.unlink(missing_ok=True)


def people_file(database: Path) -> Path:
    return database.with_name(database.stem + ".people.json")


async def run_sandbox(settings: Settings, *, port: int, database: Path, fresh: bool = False,
                      ready: Callable[[str], None] | None = None, stop: asyncio.Event | None = None) -> int:
    """Serve until Ctrl+C (or ``stop``); ``ready(address)`` is called once the page and the bot are up."""
    # a visitor reads the address and the bot's warnings, not every scheduler run and update
    for name in ("apscheduler", "aiogram.event"):
        if logging.getLogger(name).getEffectiveLevel() < logging.WARNING:
            logging.getLogger(name).setLevel(logging.WARNING)
    with InstanceLock(database, "sandbox"):
        if fresh:
            _remove(database)
        async with Database(database) as db:
            await migrate(db)
            await _serve(settings, db, database, port, ready, stop)
    return 0


async def _serve(settings: Settings, db: Database, database: Path, port: int,
                 ready: Callable[[str], None] | None, stop: asyncio.Event | None) -> None:
    api = FakeBotAPI(bot_id=BOT_ID, username=BOT_USERNAME, first_name="Наставничество (песочница)")
    sandbox = Sandbox(api, people_file(database))
    clock = SystemClock()
    translator = Translator(default=settings.default_locale)
    app = web.Application(client_max_size=MAX_UPLOAD + 1024 * 1024)
    api.add_routes(app)
    services_box: dict[str, object] = {}
    health_box: list[Health] = []

    async def make_invite(role: str) -> str | None:
        org_id = await db.fetchval("SELECT MAX(id) FROM organisations")
        if org_id is None:
            return None
        token, now = new_token(), clock.now()
        async with db.transaction():
            await InviteRepo(db).create(org_id, token, InviteRole(role),
                             Account.telegram(ADMIN_ID), now, now + timedelta(days=7), 1)
        return token

    async def make_demo(lang: str) -> int:
        from bot.services.graph import Services

        services = services_box["services"]
        assert isinstance(services, Services)
        people = await create_demo(services, db, clock, ADMIN_ID,
                                   lambda name, role: sandbox.add_person(name, role, lang).id, lang)
        return people[0].tg_user_id

    async def load_roles() -> dict[int, list[str]]:
        roles: dict[int, list[str]] = {}
        # the sandbox's chat is Telegram's (its fake Bot API)
        for row in await db.fetchall("SELECT a.external_id, r.role FROM accounts a JOIN person_roles r"
                                     " ON r.person_id = a.person_id WHERE a.channel = 'telegram' ORDER BY r.role"):
            roles.setdefault(int(row[0]), []).append(str(row[1]))
        return roles

    address = {"base": ""}
    WebChat(sandbox, translator, make_invite, make_demo, lambda: address["base"], load_roles).register(app)

    async def healthz(request: web.Request) -> web.Response:
        if not health_box:
            return web.json_response({"status": "starting"}, status=503)
        return await health_box[0].handle(request)

    app.router.add_get("/healthz", healthz)
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", port).start()
        base = f"http://127.0.0.1:{runner.addresses[0][1]}"
        api.served_at = address["base"] = base
        # no Telegram here: no flood limits to respect, so notices are not paced
        limiter = RateLimiter(per_second=1000.0, per_chat_interval=0.0)
        bot = make_bot(api.token, base, limiter=limiter)
        heartbeat = ApiHeartbeat()
        bot.session.middleware(heartbeat)
        sandbox_settings = settings.model_copy(update={
            "bot_token": SecretStr(api.token), "telegram_api_url": base, "database_path": database,
            "admin_ids": frozenset({ADMIN_ID}), "webhook_url": None})
        dp = build_dispatcher(sandbox_settings, db, bot, clock=clock, translator=translator, rate_limiter=limiter)
        services_box["services"] = dp["services"]
        scheduler = dp["scheduler"]
        health_box.append(Health(db, heartbeat, lambda: scheduler is not None and scheduler.running, "sandbox"))

        async def announce() -> None:
            await api.until(lambda: api.polls_waiting > 0 or bool(api.calls_of("getUpdates")), timeout=60)
            print(f"Песочница: {base}/ — ничего не уходит в Telegram. "
                  f"Sandbox: {base}/ — nothing goes to Telegram. Ctrl+C stops it.", flush=True)
            if ready is not None:
                ready(base)

        async def stopper() -> None:
            if stop is not None:
                await stop.wait()
                await dp.stop_polling()

        tasks = [asyncio.create_task(announce()), asyncio.create_task(stopper())]
        try:
            await dp.start_polling(bot, allowed_updates=dp.resolve_used_update_types(),
                                   tasks_concurrency_limit=UPDATES_IN_FLIGHT, handle_signals=stop is None)
        finally:
            for task in tasks:
                task.cancel()
            api.release()
            await bot.session.close()
    finally:
        await runner.cleanup()
