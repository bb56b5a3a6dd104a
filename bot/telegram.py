"""Bot construction: session, default parse mode, RetryAfter handling."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

logger = logging.getLogger(__name__)


class RetryAfterMiddleware(BaseRequestMiddleware):
    """Honour HTTP 429: wait exactly ``retry_after`` seconds and try again (aiogram does not, in handlers)."""

    def __init__(
        self, attempts: int = 3, max_wait: float = 60.0, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    ) -> None:
        self.attempts = attempts
        self.max_wait = max_wait
        self.sleep = sleep

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        for attempt in range(1, self.attempts + 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if attempt == self.attempts or exc.retry_after > self.max_wait:
                    raise
                logger.warning("%s: flood control, retry in %s s", type(method).__name__, exc.retry_after)
                await self.sleep(exc.retry_after)
        raise AssertionError("unreachable")


class RateLimiter:
    """Telegram's limits for messages the bot starts itself: about 30/s overall and 1/s per chat.

    ``wait(chat_id)`` returns when a message to that chat may go. Defaults stay a little under the limits.
    """

    def __init__(self, per_second: float = 25.0, per_chat_interval: float = 1.0,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.interval = 1.0 / per_second
        self.per_chat_interval = per_chat_interval
        self.clock = clock
        self.sleep = sleep
        self._next_global = 0.0
        self._next_chat: dict[int, float] = {}
        self._lock = asyncio.Lock()

    async def wait(self, chat_id: int) -> None:
        async with self._lock:
            now = self.clock()
            at = max(now, self._next_global, self._next_chat.get(chat_id, 0.0))
            self._next_global = at + self.interval
            self._next_chat[chat_id] = at + self.per_chat_interval
            if len(self._next_chat) > 10_000:  # forget chats whose slot has passed
                self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}
        if at > now:
            await self.sleep(at - now)


def make_bot(
    token: str,
    api_url: str | None = None,
    session: BaseSession | None = None,
    retry: RetryAfterMiddleware | None = None,
    **kwargs: Any,
) -> Bot:
    if session is None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(api_url)) if api_url else AiohttpSession()
    session.middleware(retry or RetryAfterMiddleware())
    return Bot(token=token, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML), **kwargs)
