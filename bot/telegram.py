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
    """Honour HTTP 429: wait exactly ``retry_after`` seconds and try again (aiogram does not, in handlers).

    With a ``limiter`` (the notifier's), the flood-control pause holds every sender, and the retry takes a slot
    of the limiter like any other message: a retry never goes past the pacing."""

    def __init__(
        self, attempts: int = 3, max_wait: float = 60.0, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.attempts = attempts
        self.max_wait = max_wait
        self.sleep = sleep
        self.limiter = limiter

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
                if self.limiter is None:
                    await self.sleep(exc.retry_after)
                else:
                    self.limiter.hold(exc.retry_after)
                    chat_id = getattr(method, "chat_id", None)
                    await self.limiter.wait(chat_id if isinstance(chat_id, int) else None)
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

    def hold(self, seconds: float) -> None:
        """Flood control answered: nothing goes before ``seconds`` from now."""
        self._next_global = max(self._next_global, self.clock() + seconds)

    async def wait(self, chat_id: int | None) -> None:
        """None: a request to no particular chat (only the overall pace applies)."""
        async with self._lock:
            now = self.clock()
            at = max(now, self._next_global, self._next_chat.get(chat_id, 0.0) if chat_id is not None else 0.0)
            self._next_global = at + self.interval
            if chat_id is not None:
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
    limiter: RateLimiter | None = None,
    **kwargs: Any,
) -> Bot:
    """limiter: the notifier's; retries after a 429 then wait for it too."""
    if session is None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(api_url)) if api_url else AiohttpSession()
    session.middleware(retry or RetryAfterMiddleware(limiter=limiter))
    return Bot(token=token, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML), **kwargs)
