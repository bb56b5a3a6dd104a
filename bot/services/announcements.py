"""Announcements: a coordinator's message (text, optionally a file) to an audience, and the programme's pinned info.

The coordinator writes a draft (kept in the chat's form data), sees the preview with the number of people it will
reach, and confirms once: the confirmation carries the draft's token, used up by the transaction that queues the
announcement, so a double tap queues nothing twice. Recipients are rows, sent by ``deliver`` (the scheduler's job)
through the notifier like survey invitations (bot/services/campaigns.py): the notifier keeps Telegram's pace and
waits out RetryAfter; a row is claimed before sending and recorded after, so a restart sends nobody the announcement
twice; a passing failure is tried again after growing pauses for ``EXPIRES``; a person who blocked the bot is marked
(by the notifier) and counted. Each person reads it wrapped in their own language; the coordinator's text is shown as
typed. A file goes by its Telegram file_id under a button of the announcement (sent on a tap, not in the paced
bulk).

Programme info (the положение as a file, the coordinator's contacts, a short text) is one row per organisation that
every participant — and a participant's parent — opens with /info.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.i18n import Raw
from bot.services.access import Actor, require_coordinator
from bot.services.errors import DomainError, InvalidInput, NotFound
from bot.services.matching import FORMS
from bot.services.ports import Action, Delivery, Notifier, retry_pause
from storage.announcements import (
    Announcement,
    AnnouncementRepo,
    ProgrammeInfo,
    QueuedAnnouncement,
    Recipient,
)
from storage.db import Database
from storage.models import Account, Person, Role
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

AUDIENCES: dict[str, tuple[Role, ...]] = {
    "all": (),  # every active participant
    "mentors": (Role.MENTOR_CANDIDATE,),
    "mentees": (Role.MENTEE_TEACHER, Role.MENTEE_STUDENT),
    "staff": (Role.STAFF,),
    "parents": (),  # the parents who consented for a minor participant
}
TEXT_LIMIT = 3800  # UTF-16 units of the coordinator's text: Telegram's 4096 less room for the wrapper around it
INFO_LIMITS = {"body": 1500, "contacts": 500}  # /info shows both in one message
EXPIRES = timedelta(days=3)  # an announcement that could not reach someone for this long is given up
HISTORY_PAGE = 5
WORKING = ("active", "ending")  # the pairs whose members «a pair» and «a form» reach
_TAG = re.compile(r"<[^>]+>")


def utf16_units(text: str) -> int:
    """A text's length as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Draft:
    """What the coordinator is about to send. ``file``: (Telegram file_id, document | photo, file name)."""

    body: str
    audience: str
    file: tuple[str, str, str | None] | None = None


@dataclass(frozen=True)
class PairChoice:
    pair_id: int
    mentor: str
    mentees: list[str]
    form: str


@dataclass(frozen=True)
class DeliveryResult:
    delivered: int = 0
    blocked: int = 0
    retried: int = 0
    failed: int = 0


@dataclass(frozen=True)
class InfoView:
    org_name: str
    info: ProgrammeInfo | None
    can_edit: bool  # a coordinator of the organisation


class AnnouncementService:
    def __init__(self, db: Database, repos: Repositories, store: AnnouncementRepo, clock: Clock,
                 notifier: Notifier, parallel: int = 30) -> None:
        self.db = db
        self.repos = repos
        self.store = store  # this feature's repository (storage/announcements.py)
        self.clock = clock
        self.notifier = notifier
        self.parallel = parallel
        self._delivering = asyncio.Lock()
        self._recovered = False

    # ---- the draft --------------------------------------------------------------------------------------------

    def check_body(self, actor: Actor, plain: str | None, limit: int = TEXT_LIMIT) -> None:
        """The text a coordinator typed (``plain``: as Telegram counts it, without markup): not empty, not too
        long. Anything that is not text (a sticker, a voice message) arrives as None."""
        require_coordinator(actor)
        if plain is None:
            raise InvalidInput("announce-error-not-text")
        if not plain.strip():
            raise InvalidInput("announce-error-empty")
        if (length := utf16_units(plain)) > limit:
            raise InvalidInput("announce-error-too-long", limit=limit, length=length)

    def new_token(self, actor: Actor) -> int:
        """The token a draft's confirmation button carries (see the module's docstring)."""
        require_coordinator(actor)
        return secrets.randbits(62) + 1

    async def recipients(self, actor: Actor, audience: str) -> list[Recipient]:
        """Who an audience reaches now: active participants of the organisation who can get messages (not the
        author: they see the preview), or their parents; one message per account."""
        org_id = require_coordinator(actor)
        author = actor.person.id if actor.person else None
        members = [p for p in await self.repos.persons.active_in_org(org_id) if p.id != author]
        if audience == "parents":
            seen: set[Account] = {actor.account}
            found = []
            for p in members:
                if p.is_minor and p.guardian is not None and p.guardian not in seen:
                    seen.add(p.guardian)
                    found.append(Recipient(p.id, as_parent=True))
            return found
        if audience in AUDIENCES:
            roles = AUDIENCES[audience]
            chosen = [p for p in members if not roles or p.has_role(*roles)]
        elif audience.startswith(("pair:", "form:")):
            kind, _, value = audience.partition(":")
            if kind == "form" and value not in FORMS:
                raise DomainError("error-stale")
            wanted: set[int] = set()
            for pair in await self.repos.pairs.for_org(org_id, WORKING):
                if (kind == "pair" and str(pair.id) == value) or (kind == "form" and pair.form == value):
                    wanted |= {pair.mentor_id, *pair.mentee_ids}
            if kind == "pair" and not wanted:
                raise DomainError("error-stale")  # not a working pair of this organisation (any more)
            chosen = [p for p in members if p.id in wanted]
        else:
            raise DomainError("error-stale")
        return [Recipient(p.id) for p in chosen if p.account is not None]

    async def preview(self, actor: Actor, audience: str) -> tuple[int, str]:
        """How many people an audience reaches now, and the organisation's name (the wrapper names it)."""
        count = len(await self.recipients(actor, audience))
        org = await self.repos.organisations.get(require_coordinator(actor))
        assert org is not None
        return count, org.name

    async def pairs(self, actor: Actor) -> list[PairChoice]:
        """The working pairs and groups, for «the members of one pair»."""
        org_id = require_coordinator(actor)
        pairs = await self.repos.pairs.for_org(org_id, WORKING)
        people = await self.repos.persons.get_many(i for p in pairs for i in (p.mentor_id, *p.mentee_ids))
        return [PairChoice(p.id, _name(people.get(p.mentor_id)), [_name(people.get(i)) for i in p.mentee_ids],
                           p.form) for p in pairs]

    async def confirm(self, actor: Actor, token: int, draft: Draft | None) -> tuple[Announcement, int, bool]:
        """Queue the draft: the announcement, how many it goes to, and whether it was queued now (False: this
        token queued it before — a double tap — and nothing more is sent)."""
        org_id = require_coordinator(actor)
        if (made := await self._made(token, org_id)) is not None:
            return made, (await self.store.progress(made.id))["recipients"], False
        if draft is None:
            raise DomainError("error-stale")  # the draft is gone (cancelled, or sent with another button)
        self.check_body(actor, plain_text(draft.body))
        recipients = await self.recipients(actor, draft.audience)
        if not recipients:
            raise InvalidInput("announce-error-nobody")
        async with self.db.transaction():
            if (made := await self._made(token, org_id)) is not None:  # a tap racing the first one
                return made, (await self.store.progress(made.id))["recipients"], False
            announcement_id = await self.store.create(
                org_id, draft.audience, draft.body, draft.file, token, actor.person.id if actor.person else None,
                self.clock.now(), recipients)
        logger.info("announcement %s for %s recipients in org %s", announcement_id, len(recipients), org_id)
        announcement = await self.store.get(announcement_id)
        assert announcement is not None
        return announcement, len(recipients), True

    async def _made(self, token: int, org_id: int) -> Announcement | None:
        made = await self.store.by_token(token)
        if made is not None and made.org_id != org_id:
            raise DomainError("error-stale")
        return made

    # ---- delivery ---------------------------------------------------------------------------------------------

    async def recover(self) -> int:
        """At start: recipients left «sending» by a stopped process are not sent again."""
        async with self.db.transaction():
            return await self.store.abandon_unfinished()

    async def deliver(self, limit: int = 1000) -> DeliveryResult:
        """Send queued announcements (several chats at once; the notifier keeps the pace). The first run of a
        process first settles what a stopped one left in flight."""
        counts = {"delivered": 0, "blocked": 0, "retried": 0, "failed": 0}
        async with self._delivering:
            if not self._recovered:
                await self.recover()
                self._recovered = True
            batch = await self.store.queued(self.clock.now(), limit)
            gate = asyncio.Semaphore(self.parallel)

            async def one(item: QueuedAnnouncement) -> None:
                async with gate:
                    counts[await self._send(item)] += 1

            async with asyncio.TaskGroup() as group:
                for item in batch:
                    group.create_task(one(item))
        result = DeliveryResult(**counts)
        if batch:
            logger.info("announcements: %s", result)
        return result

    async def _send(self, item: QueuedAnnouncement) -> str:
        a = item.announcement
        now = self.clock.now()
        key = (a.id, item.person_id, item.as_parent)
        final: tuple[str, str] | None = None
        if item.blocked:
            final = ("blocked", "blocked")  # until they come back (the notifier marked them)
        elif item.account is None:
            final = ("failed", "gone")  # withdrew meanwhile
        elif not a.body:
            final = ("failed", "erased")  # its author withdrew: what they typed is gone
        elif now >= a.created_at + EXPIRES:
            final = ("failed", "expired")
        if final is not None or item.account is None:
            status, failure = final or ("failed", "gone")
            async with self.db.transaction():
                await self.store.mark(*key, status, now, failure)
            return status
        claimed = False

        async def claim() -> bool:
            nonlocal claimed
            async with self.db.transaction():
                claimed = await self.store.claim(*key)
            return claimed

        actions = [Action("announce-btn-file", "annfile", a.id)] if a.file_id else []
        outcome = await self.notifier.notify(
            item.account, item.locale, "announce-message",
            {"org": item.org_name, "text": Raw(a.body), "parent": "yes" if item.as_parent else "no"},
            actions=actions, claim=claim)
        if not claimed:
            return "failed"  # another sender had it
        now = self.clock.now()
        async with self.db.transaction():
            if outcome is Delivery.SENT:
                await self.store.mark(*key, "delivered", now)
                return "delivered"
            if outcome is Delivery.BLOCKED:
                await self.store.mark(*key, "blocked", now, "blocked")
                return "blocked"
            if outcome.final:
                await self.store.mark(*key, "failed", now, outcome.value)
                return "failed"
            later = now + retry_pause(item.attempts)
            if later < a.created_at + EXPIRES:
                await self.store.retry_later(*key, later)
                return "retried"
            await self.store.mark(*key, "failed", now, "expired")
            return "failed"

    # ---- what the coordinator and the recipients see -------------------------------------------------------

    async def history(self, actor: Actor, page: int) -> tuple[list[tuple[Announcement, dict[str, int]]], int, int]:
        """A page of the organisation's announcements (newest first) with their counts; the page shown and the
        number of pages."""
        org_id = require_coordinator(actor)
        page = max(page, 0)
        items, total = await self.store.page(org_id, page * HISTORY_PAGE, HISTORY_PAGE)
        pages = max(1, -(-total // HISTORY_PAGE))
        if page >= pages:
            page = pages - 1
            items, total = await self.store.page(org_id, page * HISTORY_PAGE, HISTORY_PAGE)
        return items, page, pages

    async def file_for(self, actor: Actor, announcement_id: int) -> Announcement:
        """The announcement whose file the asker opens: they got it (or their child's parent did), or they
        coordinate its organisation."""
        announcement = await self.store.get(announcement_id)
        if announcement is None or not announcement.file_id:
            raise NotFound()
        person = actor.active_person
        if person is not None and person.org_id == announcement.org_id and Role.COORDINATOR in person.roles:
            return announcement
        children = [c.id for c in await self.repos.persons.by_guardian(actor.account)]
        if not await self.store.is_recipient(announcement.id, [person.id] if person else [], children):
            raise NotFound()
        return announcement

    async def info(self, actor: Actor) -> InfoView:
        """The programme information of the asker's organisation (a parent's: their child's)."""
        person = actor.active_person
        org_id = person.org_id if person is not None else None
        if org_id is None:
            children = await self.repos.persons.by_guardian(actor.account)
            if not children:
                raise InvalidInput("info-error-guest")
            org_id = children[0].org_id
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        can_edit = person is not None and Role.COORDINATOR in person.roles
        return InfoView(org.name, await self.store.info(org_id), can_edit)

    async def set_info(self, actor: Actor, field: str, value: str | tuple[str, str | None] | None,
                       plain: str | None = None) -> None:
        """Set one field of the programme information (None clears it); a text is checked like an announcement's
        (``plain``: its length as Telegram counts it)."""
        org_id = require_coordinator(actor)
        if field in INFO_LIMITS and value is not None:
            self.check_body(actor, plain, INFO_LIMITS[field])
        async with self.db.transaction():
            await self.store.set_info(org_id, field, value, actor.person.id if actor.person else None,
                                      self.clock.now())
        logger.info("programme info %s of org %s %s", field, org_id, "cleared" if value is None else "set")


def _name(person: Person | None) -> str:
    return (person.full_name if person else None) or "—"


def plain_text(html_text: str) -> str:
    """The text Telegram shows for a stored HTML body (tags dropped, entities read)."""
    return html.unescape(_TAG.sub("", html_text))
