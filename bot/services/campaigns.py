"""Survey campaigns: a questionnaire sent to an audience with a deadline.

Invitations are rows. ``deliver`` sends what is queued through the notifier (which keeps Telegram's pace:
about 25 messages/s overall, 1/s per chat, and waits out HTTP 429 RetryAfter); each row is claimed before
sending and recorded after, so a restart mid-send sends nobody the invitation twice; a person who blocked the
bot is marked and not retried.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.services.access import Actor, require_coordinator
from bot.services.errors import DomainError, InvalidInput, NotFound
from bot.services.matching import FORMS
from bot.services.ports import Action, Notifier
from bot.services.questionnaire_model import Questionnaire
from bot.services.school_calendar import local_today
from bot.services.survey_results import CampaignResults, summarise
from storage.campaigns import Campaign, QueuedInvitation
from storage.db import Database
from storage.models import Person, Role
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

AUDIENCES: dict[str, tuple[Role, ...]] = {
    "mentors": (Role.MENTOR_CANDIDATE,),
    "mentees": (Role.MENTEE_TEACHER, Role.MENTEE_STUDENT),
    "staff": (Role.STAFF,),
    "coordinators": (Role.COORDINATOR,),
}
DEADLINE_DAYS = (7, 14, 30)  # the answering periods a coordinator chooses from
MAX_ATTEMPTS = 3
REMIND_DAYS = 2  # non-respondents are reminded once, this many days before the deadline
RETRY_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class DeliveryResult:
    delivered: int = 0
    blocked: int = 0
    retried: int = 0
    failed: int = 0


class CampaignService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock, notifier: Notifier,
                 titles: dict[str, dict[str, str]], parallel: int = 30) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock
        self.notifier = notifier
        self.titles = titles  # questionnaire id → {"ru": …, "en": …}
        self.parallel = parallel
        self._delivering = asyncio.Lock()

    async def create(self, actor: Actor, questionnaire_id: str, audience: str, deadline: date, anonymous: bool,
                     person_ids: list[int] | None = None) -> Campaign:
        """audience: a key of AUDIENCES, «pairs», «form:<form id>», or «list» with ``person_ids``."""
        org_id = require_coordinator(actor)
        if questionnaire_id not in self.titles:
            raise InvalidInput("campaign-error-questionnaire")
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        if deadline < local_today(self.clock.now(), org.timezone):
            raise InvalidInput("campaign-error-deadline")
        members = [p for p in await self.repos.persons.active_in_org(org_id) if p.tg_user_id is not None]
        if audience == "list":
            wanted = set(person_ids or [])
            chosen = [p.id for p in members if p.id in wanted]
            if len(chosen) != len(wanted):
                raise InvalidInput("campaign-error-audience")
        elif audience in AUDIENCES:
            chosen = [p.id for p in members if p.has_role(*AUDIENCES[audience])]
        elif audience == "pairs" or audience.startswith("form:"):
            # mentors and mentees of the pairs and groups now working (of one form of mentorship, if given)
            form = audience.partition(":")[2] or None
            if form is not None and form not in FORMS:
                raise InvalidInput("campaign-error-audience")
            in_pairs: set[int] = set()
            for pair in await self.repos.pairs.for_org(org_id, ("active", "ending")):
                if form is None or pair.form == form:
                    in_pairs |= {pair.mentor_id, *pair.mentee_ids}
            chosen = [p.id for p in members if p.id in in_pairs]
        else:
            raise InvalidInput("campaign-error-audience")
        if not chosen:
            raise InvalidInput("campaign-error-empty")
        async with self.db.transaction():
            campaign_id = await self.repos.campaigns.create(org_id, questionnaire_id, audience, deadline, anonymous,
                                                 actor.person.id if actor.person else None, self.clock.now(), chosen)
        logger.info("campaign %s (%s) for %s people in org %s", campaign_id, questionnaire_id, len(chosen), org_id)
        campaign = await self.repos.campaigns.get(campaign_id)
        assert campaign is not None
        return campaign

    async def launch(self, actor: Actor, questionnaire_id: str, audience: str, days: int, anonymous: bool,
                     person_ids: list[int] | None = None) -> tuple[Campaign, int]:
        """A campaign open for ``days`` from today in the organisation (see ``create``); returns it with the number
        of people invited."""
        if days not in DEADLINE_DAYS:
            raise DomainError("error-stale")
        org = await self.repos.organisations.get(require_coordinator(actor))
        assert org is not None
        deadline = local_today(self.clock.now(), org.timezone) + timedelta(days=days)
        campaign = await self.create(actor, questionnaire_id, audience, deadline, anonymous, person_ids)
        return campaign, (await self.repos.campaigns.progress(campaign.id))["invited"]

    async def recover(self) -> int:
        """At start: invitations left «sending» by a stopped process are not sent again."""
        async with self.db.transaction():
            return await self.repos.campaigns.abandon_unfinished()

    async def deliver(self, limit: int = 1000) -> DeliveryResult:
        """Send queued invitations (several chats at once; the notifier keeps the pace)."""
        counts = {"delivered": 0, "blocked": 0, "retried": 0, "failed": 0}
        async with self._delivering:
            batch = await self.repos.campaigns.queued(self.clock.now(), limit)
            gate = asyncio.Semaphore(self.parallel)

            async def one(invitation: QueuedInvitation) -> None:
                async with gate:
                    counts[await self._send(invitation)] += 1

            async with asyncio.TaskGroup() as group:  # if one fails, the others stop too
                for invitation in batch:
                    group.create_task(one(invitation))
        result = DeliveryResult(**counts)
        if batch:
            logger.info("campaign invitations: %s", result)
        return result

    async def _send(self, inv: QueuedInvitation) -> str:
        now = self.clock.now()
        if inv.tg_user_id is None or inv.blocked:
            async with self.db.transaction():
                await self.repos.campaigns.mark(inv.campaign_id, inv.person_id,
                                                "blocked" if inv.blocked else "failed", now)
            return "blocked" if inv.blocked else "failed"
        claimed = False

        async def claim() -> bool:  # at the moment of sending, after pacing: a crash leaves only in-flight ones
            nonlocal claimed
            async with self.db.transaction():
                claimed = await self.repos.campaigns.claim(inv.campaign_id, inv.person_id)
            return claimed

        title = self.titles[inv.questionnaire_id]
        delivered = await self.notifier.notify(inv.tg_user_id, inv.locale, "campaign-invite",
                                               {"title": title.get(inv.locale) or title["ru"],
                                                "deadline": inv.deadline.strftime("%d.%m.%Y")},
                                               actions=[Action("campaign-btn-open", "survey", inv.campaign_id)],
                                               claim=claim)
        if not claimed:
            return "failed"  # another sender had it
        async with self.db.transaction():
            if delivered:
                await self.repos.campaigns.mark(inv.campaign_id, inv.person_id, "delivered", now)
                return "delivered"
            person = await self.repos.persons.get(inv.person_id)
            if person is None or person.blocked_at is not None:
                await self.repos.campaigns.mark(inv.campaign_id, inv.person_id, "blocked", now)
                return "blocked"
            if inv.attempts + 1 < MAX_ATTEMPTS:
                await self.repos.campaigns.retry_later(inv.campaign_id, inv.person_id, now + RETRY_AFTER)
                return "retried"
            await self.repos.campaigns.mark(inv.campaign_id, inv.person_id, "failed", now)
            return "failed"

    async def remind_non_respondents(self, work_start: time, work_end: time) -> int:
        """Once, REMIND_DAYS before the deadline: a reminder to those who have not answered — in their language,
        only in working hours of the organisation's time zone."""
        now = self.clock.now()
        sent = 0
        for campaign, person_id, tg_user_id, locale in await self.repos.campaigns.to_remind(1000):
            org = await self.repos.organisations.get(campaign.org_id)
            assert org is not None
            local = now.astimezone(ZoneInfo(org.timezone))
            if not (work_start <= local.time() < work_end):
                continue  # not at night: the next run in the morning sends it
            if (campaign.deadline - local.date()).days > REMIND_DAYS or local.date() > campaign.deadline:
                continue
            claimed = False

            async def claim(campaign_id: int = campaign.id, pid: int = person_id) -> bool:
                nonlocal claimed
                async with self.db.transaction():
                    claimed = await self.repos.campaigns.mark_reminded(campaign_id, pid, self.clock.now())
                return claimed

            title = self.titles[campaign.questionnaire_id]
            await self.notifier.notify(tg_user_id, locale, "campaign-reminder",
                                       {"title": title.get(locale) or title["ru"],
                                        "deadline": campaign.deadline.strftime("%d.%m.%Y")},
                                       actions=[Action("campaign-btn-open", "survey", campaign.id)], claim=claim)
            sent += claimed
        return sent

    async def candidates(self, actor: Actor) -> list[Person]:
        """Whom a coordinator can pick by hand: active participants of the organisation who can get messages."""
        org_id = require_coordinator(actor)
        return [p for p in await self.repos.persons.active_in_org(org_id) if p.tg_user_id is not None]

    async def overview(self, actor: Actor) -> list[tuple[Campaign, dict[str, int]]]:
        org_id = require_coordinator(actor)
        return [(c, await self.repos.campaigns.progress(c.id)) for c in await self.repos.campaigns.for_org(org_id)]

    async def results(self, actor: Actor, campaign_id: int, questionnaire: Questionnaire) -> CampaignResults:
        campaign = await self.get(actor, campaign_id)
        return summarise(questionnaire, await self.repos.campaigns.submitted_answers(campaign.id), campaign.anonymous)

    async def get(self, actor: Actor, campaign_id: int) -> Campaign:
        org_id = require_coordinator(actor)
        campaign = await self.repos.campaigns.get(campaign_id)
        if campaign is None or campaign.org_id != org_id:
            raise NotFound()
        return campaign
