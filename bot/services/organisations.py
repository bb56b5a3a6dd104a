"""Organisations: created by super-admins."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.clock import Clock
from bot.services import validation
from bot.services.access import Actor, require_admin
from bot.services.errors import InvalidInput, NotFound
from storage.db import Database
from storage.models import Organisation, OrgKind
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


@dataclass(frozen=True)
class OrgDraft:
    name: str
    kind: OrgKind
    timezone: str
    address: str | None


class OrganisationService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock

    async def create(self, actor: Actor, draft: OrgDraft) -> Organisation:
        require_admin(actor)
        name = validation.org_name(draft.name)
        timezone = parse_timezone(draft.timezone)
        # the operator's address is part of every consent text (152-ФЗ ст. 9 ч. 4)
        address = validation.org_address(draft.address)
        async with self.db.transaction():
            org_id = await self.repos.organisations.create(name, draft.kind, timezone, address, actor.tg_user_id,
                                                           self.clock.now())
        logger.info("organisation %s created by admin %s", org_id, actor.tg_user_id)
        return await self.get(org_id)

    async def get(self, org_id: int) -> Organisation:
        org = await self.repos.organisations.get(org_id)
        if org is None:
            raise NotFound()
        return org

    async def list_all(self, actor: Actor) -> list[Organisation]:
        require_admin(actor)
        return await self.repos.organisations.list_all()
