"""A participant's own settings: language, reachability, and their profile (name, position, subject, experience,
phone) changed one field at a time, validated as at registration."""

from __future__ import annotations

import logging

from bot.clock import Clock
from bot.services import validation
from bot.services.errors import DomainError, NotFound
from storage.db import Database
from storage.models import Account, MentorKind, Person, PersonStatus, Role
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

# the profile's fields in the order the profile shows them
PROFILE_EDITS: tuple[str, ...] = ("full_name", "position", "subject", "experience_years", "phone")


def editable_fields(person: Person) -> tuple[str, ...]:
    """What this person may change: what registration asked them (a pupil: the name; an outside specialist: no
    teaching experience; a minor's name is the parent's consent's, so it is not changed here)."""
    if person.status is not PersonStatus.ACTIVE:
        return ()
    if person.learner:
        return () if person.is_minor else ("full_name",)
    if person.has_role(Role.MENTOR_CANDIDATE) and person.mentor_kind is MentorKind.EXTERNAL:
        return ("full_name", "position", "subject", "phone")
    return PROFILE_EDITS


class ProfileService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock

    async def by_account(self, account: Account) -> Person | None:
        return await self.repos.persons.by_account(account)

    async def set_locale(self, account: Account, locale: str) -> Person | None:
        """Store the language of a registered person; None when this user has no record yet."""
        person = await self.repos.persons.by_account(account)
        if person is None:
            return None
        async with self.db.transaction():
            await self.repos.persons.update_fields(person.id, self.clock.now(), locale=locale)
        return await self.repos.persons.get(person.id)

    async def seen(self, account: Account) -> None:
        """The person wrote from ``account``, not the one their notices go to: notices follow them there."""
        async with self.db.transaction():
            await self.repos.persons.account_seen(account, self.clock.now())

    async def mark_blocked(self, account: Account) -> None:
        """``account`` blocked the bot (or its chat is gone): remember it so nobody retries it forever; once every
        account of the person has, the person is blocked."""
        async with self.db.transaction():
            await self.repos.persons.block_account(account, self.clock.now())

    async def mark_unblocked(self, account: Account) -> None:
        """``account`` wrote again: it (and so its person) is reachable again."""
        async with self.db.transaction():
            await self.repos.persons.unblock_account(account, self.clock.now())

    async def reachable_accounts(self, account: Account) -> list[Account]:
        """The accounts of ``account``'s person that did not block the bot, the one used last first."""
        return await self.repos.persons.reachable_accounts(account)

    async def _editable(self, account: Account, field: str) -> Person:
        person = await self.repos.persons.by_account(account)
        if person is None or person.status is not PersonStatus.ACTIVE:
            raise NotFound()
        if field not in editable_fields(person):
            raise DomainError("error-stale")
        return person

    async def can_edit(self, account: Account, field: str) -> Person:
        """The person, when they may change ``field`` (before asking for the new value)."""
        return await self._editable(account, field)

    async def edit(self, account: Account, field: str, text: str | None) -> Person:
        """A typed new value, validated as at registration (InvalidInput says what is expected)."""
        person = await self._editable(account, field)
        value: object
        if field == "full_name":
            value = validation.full_name(text)
        elif field == "position":
            value = validation.short_field(text, "reg-error-position")
        elif field == "subject":
            value = validation.short_field(text, "reg-error-subject")
        elif field == "experience_years":
            value = validation.experience_years(text)
        else:
            raise DomainError("profile-error-phone-button")  # a phone comes by the share-contact button only
        return await self._store(person, field, value)

    async def edit_phone(self, account: Account, phone: str | None, contact_user_id: int | None = None) -> Person:
        """The phone from Telegram's share-contact button (only one's own), or None: removed."""
        person = await self._editable(account, "phone")
        if phone is not None and contact_user_id != account.external_id:
            raise DomainError("reg-error-phone-not-own")
        return await self._store(person, "phone", validation.phone(phone) if phone is not None else None)

    async def _store(self, person: Person, field: str, value: object) -> Person:
        async with self.db.transaction():
            await self.repos.persons.update_fields(person.id, self.clock.now(), **{field: value})
        logger.info("person %s changed their %s", person.id, field)
        changed = await self.repos.persons.get(person.id)
        assert changed is not None
        return changed
