"""A participant's own settings: language, reachability."""

from __future__ import annotations

from bot.clock import Clock
from storage.db import Database
from storage.models import Person
from storage.repositories import Repositories


class ProfileService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock

    async def by_tg(self, tg_user_id: int) -> Person | None:
        return await self.repos.persons.by_tg(tg_user_id)

    async def set_locale(self, tg_user_id: int, locale: str) -> Person | None:
        """Store the language of a registered person; None when this user has no record yet."""
        person = await self.repos.persons.by_tg(tg_user_id)
        if person is None:
            return None
        async with self.db.transaction():
            await self.repos.persons.update_fields(person.id, self.clock.now(), locale=locale)
        return await self.repos.persons.get(person.id)

    async def mark_blocked(self, tg_user_id: int) -> None:
        """The user blocked the bot: remember it so nobody retries them forever."""
        person = await self.repos.persons.by_tg(tg_user_id)
        if person is not None and person.blocked_at is None:
            now = self.clock.now()
            async with self.db.transaction():
                await self.repos.persons.update_fields(person.id, now, blocked_at=now.isoformat())

    async def mark_unblocked(self, tg_user_id: int) -> None:
        person = await self.repos.persons.by_tg(tg_user_id)
        if person is not None and person.blocked_at is not None:
            async with self.db.transaction():
                await self.repos.persons.update_fields(person.id, self.clock.now(), blocked_at=None)
