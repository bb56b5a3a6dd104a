"""Filters that read the per-update context set by bot/middlewares.py."""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.types import TelegramObject

from bot.services.access import Actor
from bot.services.records import PersonStatus, Role


class HasRole(Filter):
    """The sender is an active participant holding one of the roles."""

    def __init__(self, *roles: Role) -> None:
        self.roles = roles

    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and actor.has_role(*self.roles)


class IsRegistering(Filter):
    """The sender gave consent and is filling in the profile."""

    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return (
            actor is not None
            and actor.person is not None
            and actor.person.status is PersonStatus.REGISTERING
        )
