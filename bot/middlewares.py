"""The one outer middleware: who is asking (participant, roles, admin) and in which language."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject, User

from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.profile import ProfileService
from storage.db import Database
from storage.persons import PersonRepo

logger = logging.getLogger(__name__)


class ContextMiddleware(BaseMiddleware):
    def __init__(self, db: Database, translator: Translator, profiles: ProfileService,
                 admin_ids: frozenset[int]) -> None:
        self.persons = PersonRepo(db)
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
            person = await self.persons.by_tg(user.id)
            if person is not None:
                locale = person.locale
                if person.blocked_at is not None:
                    # they write to us again, so they unblocked the bot
                    await self.profiles.mark_unblocked(user.id)
                    person = await self.persons.by_tg(user.id)
            else:
                state: FSMContext | None = data.get("state")
                chosen = (await state.get_data()).get("locale") if state is not None else None
                locale = self.translator.normalise(chosen or user.language_code)
            actor = Actor(tg_user_id=user.id, is_admin=user.id in self.admin_ids, person=person)
        data["actor"] = actor
        data["locale"] = locale
        data["t"] = self.translator.bind(locale)
        return await handler(event, data)
