"""Organisations: created by super-admins."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.clock import Clock
from bot.services import validation
from bot.services.access import Actor, require_admin, require_coordinator
from bot.services.errors import DomainError, InvalidInput, NotFound
from bot.services.mentoring_forms import forms_for_org, invitable, role_key
from bot.services.reminders import ReminderService
from storage.db import Database
from storage.models import Organisation, OrgKind
from storage.pairs import OPEN
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

# The short list offered as buttons: Russia's zones west to east (the locale key names the city).
RUSSIAN_TIMEZONES: tuple[str, ...] = (
    "Europe/Kaliningrad",
    "Europe/Moscow",
    "Europe/Samara",
    "Asia/Yekaterinburg",
    "Asia/Omsk",
    "Asia/Novosibirsk",
    "Asia/Krasnoyarsk",
    "Asia/Irkutsk",
    "Asia/Yakutsk",
    "Asia/Vladivostok",
    "Asia/Magadan",
    "Asia/Kamchatka",
)


def parse_timezone(text: str | None) -> str:
    value = (text or "").strip()
    if not value or len(value) > 64 or " " in value:
        raise InvalidInput("org-error-timezone")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("org-error-timezone") from None
    return value


EDITABLE = ("name", "kind", "timezone", "address")


@dataclass(frozen=True)
class Stranded:
    """What a change of kind would leave without a place: people by role key, open pairs by form."""

    roles: dict[str, int]
    forms: dict[str, int]
    invites: dict[str, int]  # links still open for roles it has not: whoever opened one would be stranded

    def __bool__(self) -> bool:
        return bool(self.roles or self.forms or self.invites)


@dataclass(frozen=True)
class OrgDraft:
    name: str
    kind: OrgKind
    timezone: str
    address: str | None


class OrganisationService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock,
                 reminders: ReminderService | None = None) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock
        self.reminders = reminders  # a new time zone re-plans the roadmap's reminders

    async def create(self, actor: Actor, draft: OrgDraft) -> Organisation:
        require_admin(actor)
        name = validation.org_name(draft.name)
        timezone = parse_timezone(draft.timezone)
        # the operator's address is part of every consent text (152-ФЗ ст. 9 ч. 4)
        address = validation.org_address(draft.address)
        async with self.db.transaction():
            # a super-admin is a Telegram account (ADMIN_IDS): its Telegram id is kept as the creator
            org_id = await self.repos.organisations.create(name, draft.kind, timezone, address,
                                                           actor.account.external_id,
                                                           self.clock.now())
        logger.info("organisation %s created by admin %s", org_id, actor.account)
        return await self.get(org_id)

    async def get(self, org_id: int) -> Organisation:
        org = await self.repos.organisations.get(org_id)
        if org is None:
            raise NotFound()
        return org

    async def list_all(self, actor: Actor) -> list[Organisation]:
        require_admin(actor)
        return await self.repos.organisations.list_all()

    async def own(self, actor: Actor, org_id: int | None = None) -> Organisation:
        """The organisation the actor may edit: a coordinator's own; a super-admin's any (``org_id``)."""
        return await self.get(require_coordinator(actor, org_id))

    async def stranded(self, org: Organisation, kind: OrgKind) -> Stranded:
        """Who would have no place in the organisation if it were of ``kind``: people in roles the kind has not (a
        kindergarten has no pupils, no outside mentors), open pairs of forms it has not."""
        offered, forms = set(invitable(kind)), set(forms_for_org(kind))
        roles: dict[str, int] = {}
        for person in await self.repos.persons.of_org(org.id):
            for key in {role_key(person, r) for r in person.roles} - offered:
                roles[key] = roles.get(key, 0) + 1
        pairs: dict[str, int] = {}
        for pair in await self.repos.pairs.for_org(org.id, OPEN):
            if pair.form not in forms:
                pairs[pair.form] = pairs.get(pair.form, 0) + 1
        invites: dict[str, int] = {}
        for invite in await self.repos.invites.list_active(org.id, self.clock.now()):
            if invite.role.value not in offered and invite.role.value != "parent":
                invites[invite.role.value] = invites.get(invite.role.value, 0) + 1
        return Stranded(roles, pairs, invites)

    async def edit(self, actor: Actor, org_id: int, field: str, value: str) -> Organisation:
        """One field changed, validated as at creation; a kind that would strand people is refused (DomainError
        with what is in the way: ``stranded``)."""
        org = await self.own(actor, org_id)
        if field not in EDITABLE:
            raise InvalidInput("error-stale")
        name, kind, timezone, address = org.name, org.kind, org.timezone, org.address
        if field == "name":
            name = validation.org_name(value)
        elif field == "timezone":
            timezone = parse_timezone(value)
        elif field == "address":
            address = validation.org_address(value)
        else:
            try:
                kind = OrgKind(value)
            except ValueError:
                raise InvalidInput("error-stale") from None
            if kind is not org.kind and await self.stranded(org, kind):
                raise DomainError("org-error-kind-strands")
        async with self.db.transaction():
            await self.repos.organisations.update(org.id, name=name, kind=kind, timezone=timezone, address=address)
            roadmap = await self.repos.roadmaps.latest_active_for(org.id) if timezone != org.timezone else None
            if roadmap is not None and self.reminders is not None:  # reminders come in the new zone's working hours
                for activity in await self.repos.roadmaps.activities(roadmap.id):
                    await self.reminders.plan_activity(activity, org.id, timezone)
        logger.info("organisation %s: %s changed by %s", org.id, field, actor.account)
        return await self.get(org.id)
