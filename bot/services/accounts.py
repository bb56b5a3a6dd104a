"""A person's accounts in the messengers: linking a second one by a one-time code, and unlinking.

A registered person asks for a code in one messenger (``/link``) and sends it to the bot from the other one
(``/link <code>``, or the deep link ``/start link-<code>``): that account is attached to the same person, and their
notices follow it (the account used last gets them). A code has 6 digits, lives 15 minutes, works once and is kept
only as a hash; an account that typed 5 wrong codes within 15 minutes is refused until they age out.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.services.access import Actor
from bot.services.errors import DomainError
from storage.db import Database
from storage.models import Account, Channel, Person, PersonStatus
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

CODE_DIGITS = 6
CODE_LIFETIME = timedelta(minutes=15)
MAX_FAILURES = 5  # wrong codes from one account within FAILURE_WINDOW: the next is refused without looking
FAILURE_WINDOW = timedelta(minutes=15)
START_PREFIX = "link-"  # a deep link's payload: /start link-<code>


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def normalise_code(text: str | None) -> str:
    """What a person typed («123 456», «link-123456») as the code's digits."""
    value = (text or "").strip()
    value = value.removeprefix(START_PREFIX)
    return "".join(ch for ch in value if not ch.isspace() and ch != "-")


@dataclass(frozen=True)
class IssuedCode:
    code: str
    expires_at: datetime


@dataclass(frozen=True)
class Linked:
    person: Person
    account: Account
    already: bool  # the account was theirs before (a second tap, or the same code sent again)


class AccountService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock

    @staticmethod
    def _registered(actor: Actor) -> Person:
        person = actor.active_person
        if person is None:
            raise DomainError("account-error-not-registered")
        return person

    async def issue(self, actor: Actor) -> IssuedCode:
        """A fresh code for the asker (an earlier one stops working)."""
        person = self._registered(actor)
        now = self.clock.now()
        expires = now + CODE_LIFETIME
        async with self.db.transaction():
            while True:
                code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
                if await self.repos.links.issue(person.id, code_hash(code), now, expires):
                    break
        logger.info("person %s: a linking code issued from %s", person.id, actor.account.channel.value)
        return IssuedCode(code, expires)

    async def redeem(self, account: Account, typed: str | None) -> Linked:
        """Attach ``account`` to the person whose code this is. Idempotent: the same account sending the same code
        again is told it is linked already."""
        code = normalise_code(typed)
        now = self.clock.now()
        error: DomainError | None = None
        linked: Linked | None = None
        async with self.db.transaction():  # one at a time: a double tap finds the first one's result
            if await self.repos.links.failures(account, now - FAILURE_WINDOW) >= MAX_FAILURES:
                error = DomainError("account-error-locked")
            else:
                found = await self.repos.links.find(code_hash(code)) if code.isdigit() else None
                owner = await self.repos.persons.by_account(account)
                target = await self.repos.persons.get(found.person_id) if found is not None else None
                if found is not None and owner is not None and target is not None and owner.id == target.id:
                    linked = Linked(owner, account, already=True)
                elif (found is None or target is None or found.used_at is not None or found.expires_at <= now
                      or target.status is not PersonStatus.ACTIVE):
                    await self.repos.links.fail(account, now, now - FAILURE_WINDOW)
                    left = MAX_FAILURES - await self.repos.links.failures(account, now - FAILURE_WINDOW)
                    error = DomainError("account-error-wrong-code", left=max(left, 0))
                elif owner is not None:
                    error = DomainError("account-error-taken")  # someone else's account (or theirs elsewhere)
                elif any(a.channel is account.channel for a in target.accounts):
                    error = DomainError("account-error-same-channel", app=account.channel.value)
                elif not await self.repos.links.use(found.id, now):
                    error = DomainError("error-stale")
                else:
                    await self.repos.persons.add_account(target.id, account, now)
                    person = await self.repos.persons.get(target.id)
                    assert person is not None
                    linked = Linked(person, account, already=False)
        if error is not None:
            logger.info("linking refused for %s: %s", account, error.key)
            raise error
        assert linked is not None
        if not linked.already:
            logger.info("person %s: account in %s linked", linked.person.id, account.channel.value)
        return linked

    async def unlink(self, actor: Actor, channel: Channel) -> Person:
        """Detach the asker's account in another messenger (the one they write from stays: at least one does)."""
        person = self._registered(actor)
        if channel is actor.account.channel:
            raise DomainError("account-error-unlink-own")
        gone = next((a for a in person.accounts if a.channel is channel), None)
        async with self.db.transaction():
            if gone is not None:
                await self.repos.persons.remove_account(person.id, gone)
        if gone is not None:
            logger.info("person %s: account in %s unlinked", person.id, channel.value)
        fresh = await self.repos.persons.get(person.id)
        assert fresh is not None
        return fresh
