"""Invite links per role: created, listed and revoked by coordinators; checked when someone opens one."""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta

from bot.clock import Clock
from bot.services.access import Actor, require_coordinator
from bot.services.errors import AccessDenied, DomainError, InvalidInput, InviteInvalid, NotFound
from bot.services.mentoring_forms import invitable
from storage.db import Database
from storage.models import Channel, Invite, InviteRole, Partner
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

# Roles a coordinator may invite (parent links are made by the bot for a student, not by hand).
INVITABLE_ROLES: tuple[InviteRole, ...] = (
    InviteRole.MENTOR_CANDIDATE,
    InviteRole.MENTOR_STUDENT,
    InviteRole.MENTOR_EXTERNAL,
    InviteRole.MENTEE_TEACHER,
    InviteRole.MENTEE_STUDENT,
    InviteRole.STAFF,
    InviteRole.COORDINATOR,
)
EXPIRY_CHOICES_DAYS: tuple[int, ...] = (1, 7, 14, 30)
USES_CHOICES: tuple[int, ...] = (1, 10, 30, 100)
MAX_USES = 1000
MAX_DAYS = 90
# mentors who may come from a partner organisation: an outside specialist always does, a student may (студент –
# ученик: a college student mentoring the school's pupils) or may be the organisation's own pupil
PARTNER_ROLES = frozenset({InviteRole.MENTOR_EXTERNAL, InviteRole.MENTOR_STUDENT})
TOKEN_BYTES = 16  # 128 bits: unguessable; 22 url-safe characters fit Telegram's 64-char start payload


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def deep_link(bot_username: str, token: str, channel: Channel = Channel.TELEGRAM) -> str:
    """The link that opens the bot with ``/start <token>``: Telegram's ``t.me``, or MAX's ``max.ru`` (its payload
    arrives as ``bot_started``)."""
    host = "max.ru" if channel is Channel.MAX else "t.me"
    return f"https://{host}/{bot_username}?start={token}"


class InviteService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock

    async def create(
        self, actor: Actor, role: InviteRole, days: int, max_uses: int, org_id: int | None = None
    ) -> Invite:
        invite, _ = await self.create_once(actor, role, days, max_uses, None, org_id)
        return invite

    async def token(self, actor: Actor) -> int:
        """The one-shot token the «uses» buttons carry: creating the invite uses it up."""
        require_coordinator(actor)
        async with self.db.transaction():
            return await self.repos.one_shot.issue("invite", actor.account, self.clock.now())

    async def roles(self, actor: Actor) -> tuple[InviteRole, ...]:
        """The roles this coordinator's kind of organisation invites (a kindergarten has no pupils)."""
        org = await self.repos.organisations.get(require_coordinator(actor))
        if org is None:
            raise NotFound()
        wanted = invitable(org.kind)
        return tuple(r for r in INVITABLE_ROLES if r.value in wanted)

    async def partners(self, actor: Actor) -> list[Partner]:
        return await self.repos.partners.of_org(require_coordinator(actor))

    async def create_once(
        self, actor: Actor, role: InviteRole, days: int, max_uses: int, token: int | None,
        org_id: int | None = None, partner_id: int | None = None,
    ) -> tuple[Invite, bool]:
        """The invite and whether it was made now. ``token`` (from ``token``) is used up in the transaction that
        creates the invite: the same button again — even at the same moment — gives the first tap's invite and
        False."""
        org_id = require_coordinator(actor, org_id)
        if role not in INVITABLE_ROLES:
            raise InvalidInput()
        if actor.active_person is None and role is not InviteRole.COORDINATOR:
            # a super-admin without a place in the organisation only appoints coordinators
            raise AccessDenied()
        if not 1 <= days <= MAX_DAYS or not 1 <= max_uses <= MAX_USES:
            raise InvalidInput()
        org = await self.repos.organisations.get(org_id)
        if org is None:
            raise NotFound()
        if role.value not in invitable(org.kind) and role is not InviteRole.COORDINATOR:
            raise InvalidInput("error-stale")
        if partner_id is not None:
            partner = await self.repos.partners.get(partner_id)
            if role not in PARTNER_ROLES or partner is None or partner.org_id != org_id or partner.removed_at:
                raise DomainError("error-stale")
        elif role is InviteRole.MENTOR_EXTERNAL:
            raise DomainError("error-stale")  # an outside specialist comes from a partner organisation
        now = self.clock.now()
        async with self.db.transaction():
            if token is not None:
                fresh, made = await self.repos.one_shot.use(token, "invite", actor.account, now)
                if not fresh:
                    existing = await self.repos.invites.get(made) if made is not None else None
                    if existing is None or existing.org_id != org_id:
                        raise DomainError("error-stale")
                    return existing, False
            invite_id = await self.repos.invites.create(
                org_id, new_token(), role, actor.account, now, now + timedelta(days=days), max_uses,
                partner_id=partner_id,
            )
            if token is not None:
                await self.repos.one_shot.made(token, invite_id)
        logger.info("invite %s (%s) created in org %s by %s", invite_id, role.value, org_id, actor.account)
        invite = await self.repos.invites.get(invite_id)
        assert invite is not None
        return invite, True

    async def list_active(self, actor: Actor) -> list[Invite]:
        org_id = require_coordinator(actor)
        return await self.repos.invites.list_active(org_id, self.clock.now())

    async def revoke(self, actor: Actor, invite_id: int) -> Invite:
        org_id = require_coordinator(actor)
        invite = await self.repos.invites.get(invite_id)
        if invite is None or invite.org_id != org_id or invite.role is InviteRole.PARENT:
            raise AccessDenied()
        async with self.db.transaction():
            await self.repos.invites.revoke(invite_id, self.clock.now())
        logger.info("invite %s revoked by %s", invite_id, actor.account)
        revoked = await self.repos.invites.get(invite_id)
        assert revoked is not None
        return revoked

    async def check(self, token: str) -> Invite:
        """The invite behind a deep-link token, or InviteInvalid saying why it cannot be used."""
        if not token or len(token) > 64:
            raise InviteInvalid("invite-error-unknown")
        invite = await self.repos.invites.by_token(token)
        if invite is None:
            raise InviteInvalid("invite-error-unknown")
        if invite.revoked_at is not None:
            raise InviteInvalid("invite-error-revoked")
        if invite.expires_at <= self.clock.now():
            raise InviteInvalid("invite-error-expired")
        if invite.uses >= invite.max_uses:
            raise InviteInvalid("invite-error-used-up")
        return invite
