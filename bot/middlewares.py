"""The one outer middleware: who is asking (participant, roles, admin) and in which language."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject, User

from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.profile import ProfileService

logger = logging.getLogger(__name__)


class InFlightUpdates(BaseMiddleware):
    """Counts updates being handled, so shutdown can let them finish before the session closes.

    aiogram handles each polled update in its own task and does not wait for them on SIGINT/SIGTERM;
    without this a registration finishing at that moment would lose its last messages.
    """

    def __init__(self) -> None:
        self.running = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        self.running += 1
        self._idle.clear()
        try:
            return await handler(event, data)
        finally:
            self.running -= 1
            if self.running == 0:
                self._idle.set()

    async def drain(self, grace: float) -> bool:
        """Wait until no update is being handled; False if some were still running after ``grace`` seconds."""
        try:
            await asyncio.wait_for(self._idle.wait(), grace)
        except TimeoutError:
            logger.warning("shutdown: %s update(s) still running after %s s", self.running, grace)
            return False
        return True


class ContextMiddleware(BaseMiddleware):
    def __init__(self, translator: Translator, profiles: ProfileService, admin_ids: frozenset[int]) -> None:
        self.translator = translator
        self.profiles = profiles
        self.admin_ids = admin_ids

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        locale = self.translator.default
        actor = None
        if user is not None and not user.is_bot:
            person = await self.profiles.by_tg(user.id)
            if person is not None:
                locale = person.locale
                if person.blocked_at is not None:
                    # they write to us again, so they unblocked the bot
                    await self.profiles.mark_unblocked(user.id)
                    person = await self.profiles.by_tg(user.id)
            else:
                state: FSMContext | None = data.get("state")
                chosen = (await state.get_data()).get("locale") if state is not None else None
                locale = self.translator.normalise(chosen or user.language_code)
            actor = Actor(tg_user_id=user.id, is_admin=user.id in self.admin_ids, person=person)
        data["actor"] = actor
        data["locale"] = locale
        data["t"] = self.translator.bind(locale)
        return await handler(event, data)
