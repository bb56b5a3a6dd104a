"""Health: does the database answer, does the scheduler run, when did a Bot API call last succeed.

``GET /healthz`` answers JSON, 200 when the database and the scheduler are fine, 503 otherwise (a load balancer or
Docker's HEALTHCHECK reads the status; a person reads the body). The last successful Bot API call is reported, not
judged: a quiet bot may make none for hours.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiohttp import web

from storage.db import Database

logger = logging.getLogger(__name__)

DB_CHECK_SECONDS = 2.0
HEALTH_PATH = "/healthz"


class ApiHeartbeat(BaseRequestMiddleware):
    """A request middleware of the bot's session: remembers when a Bot API call last succeeded."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.last_ok: float | None = None

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        response = await make_request(bot, method)
        self.last_ok = self.clock()
        return response


class Health:
    def __init__(self, db: Database, heartbeat: ApiHeartbeat, scheduler_running: Callable[[], bool],
                 mode: str, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.heartbeat = heartbeat
        self.scheduler_running = scheduler_running
        self.mode = mode
        self.clock = clock

    async def _database_answers(self) -> bool:
        try:
            async with asyncio.timeout(DB_CHECK_SECONDS):
                row = await self.db.fetchone("SELECT 1")
        except Exception:  # any failure is the answer «no»; the reason goes to the log
            logger.warning("health: the database did not answer", exc_info=True)
            return False
        return row is not None

    async def report(self) -> tuple[bool, dict[str, Any]]:
        database = await self._database_answers()
        scheduler = self.scheduler_running()
        last = self.heartbeat.last_ok
        body: dict[str, Any] = {
            "status": "ok" if database and scheduler else "fail",
            "mode": self.mode,
            "database": database,
            "scheduler": scheduler,
            "last_bot_api_ok": None if last is None else datetime.fromtimestamp(last, UTC).isoformat(
                timespec="seconds"),
            "seconds_since_bot_api_ok": None if last is None else round(self.clock() - last, 1),
        }
        return database and scheduler, body

    async def handle(self, request: web.Request) -> web.Response:
        ok, body = await self.report()
        return web.json_response(body, status=200 if ok else 503)

    def register(self, app: web.Application) -> None:
        app.router.add_get(HEALTH_PATH, self.handle)
