"""Partner organisations that provide mentors (issue 15): listed, added and removed by the organisation's
coordinators; offered when a coordinator invites mentors from a partner."""

from __future__ import annotations

import builtins
import logging
from dataclasses import dataclass

from bot.clock import Clock
from bot.services import validation
from bot.services.access import Actor, require_coordinator
from bot.services.errors import AccessDenied, InvalidInput, NotFound
from storage.db import Database
from storage.models import Partner
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

# what the partners table allows (storage/migrations/0012_forms_of_mentorship.sql), in the order offered
PARTNER_KINDS: tuple[str, ...] = ("employer", "university", "college", "culture", "ngo", "other")
NAME_MIN, NAME_MAX = 2, 200
CONTACT_MIN, CONTACT_MAX = 2, 300


def partner_name(text: str | None) -> str:
    """The partner's name as typed: invisible characters dropped, spaces collapsed, 2–200 characters."""
    return validation.clean_text(text, max_len=NAME_MAX, min_len=NAME_MIN, key="partner-error-name")


def partner_kind(value: str) -> str:
    if value not in PARTNER_KINDS:
        raise InvalidInput("error-stale")
    return value


def partner_contact(text: str | None) -> str:
    """The contact person and how to reach them, as typed."""
    return validation.clean_text(text, max_len=CONTACT_MAX, min_len=CONTACT_MIN, key="partner-error-contact")


@dataclass(frozen=True)
class PartnerDraft:
    name: str
    kind: str
    contact: str | None


@dataclass(frozen=True)
class PartnerLine:
    """A partner and how many active mentors come from it."""

    partner: Partner
    mentors: int


class PartnerService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock

    async def list(self, actor: Actor) -> builtins.list[PartnerLine]:
        """The organisation's partners (by name), each with its active mentors: two queries."""
        org_id = require_coordinator(actor)
        partners = await self.repos.partners.of_org(org_id)
        counts = await self.repos.partners.mentors(org_id) if partners else {}
        return [PartnerLine(p, counts.get(p.id, 0)) for p in partners]

    async def choices(self, actor: Actor) -> builtins.list[Partner]:
        """The organisation's partners (by name): what an invite for mentors from a partner offers."""
        return await self.repos.partners.of_org(require_coordinator(actor))

    async def get(self, actor: Actor, partner_id: int) -> PartnerLine:
        """One partner of the actor's organisation (another organisation's: AccessDenied; removed: NotFound)."""
        org_id = require_coordinator(actor)
        partner = await self._own(org_id, partner_id)
        if partner.removed_at is not None:
            raise NotFound()
        counts = await self.repos.partners.mentors(org_id)
        return PartnerLine(partner, counts.get(partner.id, 0))

    async def add(self, actor: Actor, draft: PartnerDraft) -> tuple[Partner, bool]:
        """The partner and whether it was added now; a partner of the same name already listed (a double tap on
        the last step) is given back with False."""
        org_id = require_coordinator(actor)
        name = partner_name(draft.name)
        kind = partner_kind(draft.kind)
        contact = partner_contact(draft.contact) if draft.contact is not None else None
        async with self.db.transaction():
            partner_id = await self.repos.partners.add(org_id, name, kind, contact, self.clock.now())
            if partner_id is None:
                existing = await self.repos.partners.by_name(org_id, name)
        if partner_id is None:
            assert existing is not None
            return existing, False
        logger.info("partner %s added in org %s by %s", partner_id, org_id, actor.account)
        partner = await self.repos.partners.get(partner_id)
        assert partner is not None
        return partner, True

    async def remove(self, actor: Actor, partner_id: int) -> tuple[Partner, bool]:
        """Taken off the list (its contact erased; people and invites keep the link); False: it was already off."""
        org_id = require_coordinator(actor)
        await self._own(org_id, partner_id)
        async with self.db.transaction():
            removed = await self.repos.partners.remove(partner_id, self.clock.now())
        if removed:
            logger.info("partner %s removed in org %s by %s", partner_id, org_id, actor.account)
        partner = await self.repos.partners.get(partner_id)
        assert partner is not None
        return partner, removed

    async def _own(self, org_id: int, partner_id: int) -> Partner:
        partner = await self.repos.partners.get(partner_id) if partner_id else None
        if partner is None or partner.org_id != org_id:
            raise AccessDenied()
        return partner
