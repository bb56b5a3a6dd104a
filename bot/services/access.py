"""Who is asking: every service call gets an Actor and checks role and organisation."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bot.services.errors import AccessDenied
from storage.models import Account, Person, PersonStatus, Role


@dataclass(frozen=True)
class Actor:
    account: Account
    is_admin: bool = False
    person: Person | None = None

    @property
    def active_person(self) -> Person | None:
        if self.person is not None and self.person.status is PersonStatus.ACTIVE:
            return self.person
        return None

    @property
    def org_id(self) -> int | None:
        return self.person.org_id if self.person else None

    def has_role(self, *roles: Role) -> bool:
        person = self.active_person
        return person is not None and person.has_role(*roles)


def is_admin(account: Account, admins: Collection[Account]) -> bool:
    """Super-admins are accounts (``Settings.admins``): the same number in the other messenger is someone else."""
    return account in admins


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise AccessDenied()


def require_coordinator(actor: Actor, org_id: int | None = None) -> int:
    """The actor coordinates ``org_id`` (their own when None); super-admins may act on any organisation."""
    if actor.is_admin and org_id is not None:
        return org_id
    person = actor.active_person
    if person is None or Role.COORDINATOR not in person.roles:
        raise AccessDenied()
    if org_id is not None and org_id != person.org_id:
        raise AccessDenied()
    return person.org_id
