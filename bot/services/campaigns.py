"""Survey campaigns: a questionnaire sent to an audience with a deadline.

Invitations are rows. ``deliver`` sends what is queued through the notifier (which keeps Telegram's pace:
about 25 messages/s overall, 1/s per chat, and waits out HTTP 429 RetryAfter); each row is claimed before
sending and recorded after, so a restart mid-send sends nobody the invitation twice. A send that fails for a
passing reason (network, Telegram's 5xx, 429 beyond the pacing's waits) goes back to the queue and is tried again
after growing pauses (``retry_pause``) until the deadline; only a person who blocked the bot or whose chat is gone
(or a message Telegram refuses) is final, with the reason kept for the coordinator, who can send again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.services import anonymity
from bot.services.access import Actor, require_coordinator
from bot.services.errors import DomainError, InvalidInput, NotFound
from bot.services.matching import FORMS
from bot.services.mentoring_forms import MENTEE_SATISFACTION, MENTOR_SATISFACTION, satisfaction_of
from bot.services.ports import Action, Delivery, Notifier, retry_pause
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
REMIND_DAYS = 2  # non-respondents are reminded once, this many days before the deadline
# questionnaires with a version for each side of a pair: whichever of them a campaign sends, each person gets hers
SIDED = frozenset({*MENTOR_SATISFACTION.values(), *MENTEE_SATISFACTION.values()})


def version_for(questionnaire_id: str, person: Person, shipped: Collection[str]) -> str:
    """The version of a campaign's questionnaire meant for ``person``'s side: a satisfaction survey sent to «all
    working pairs» asks a mentor about his mentee and a mentee about her mentor (mentoring_forms.satisfaction_of),
    never a mentor «how the work with your mentor went». Anyone else (staff, coordinators) gets the one chosen."""
    if questionnaire_id in SIDED:
        version = None
        if person.has_role(Role.MENTOR_CANDIDATE):
            version = satisfaction_of(person, as_mentor=True)
        elif person.has_role(Role.MENTEE_TEACHER, Role.MENTEE_STUDENT):
            version = satisfaction_of(person, as_mentor=False)
        if version is not None and version in shipped:
            return version
    return questionnaire_id


@dataclass(frozen=True)
class Preview:
    """What a launch would send, for the review screen: the questionnaire, the audience and its size, each version
    of the questionnaire with how many get it, the deadline and anonymity."""

    questionnaire_id: str
    audience: str
    count: int
    versions: dict[str, int]
    deadline: date
    anonymous: bool


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
        """audience: a key of AUDIENCES, «pairs», «form:<form id>», or «list» with ``person_ids``. An anonymous
        campaign needs at least anonymity.THRESHOLD people in it besides its author and the coordinators."""
        campaign, _ = await self._create(actor, questionnaire_id, audience, deadline, anonymous, person_ids, None)
        return campaign

    async def launch_token(self, actor: Actor) -> int:
        """The one-shot token the launch buttons carry: the launch uses it up (a second tap launches nothing)."""
        require_coordinator(actor)
        async with self.db.transaction():
            return await self.repos.one_shot.issue("campaign", actor.account, self.clock.now())

    async def _create(self, actor: Actor, questionnaire_id: str, audience: str, deadline: date, anonymous: bool,
                      person_ids: list[int] | None, token: int | None) -> tuple[Campaign, bool]:
        """The campaign, and whether it was made now (False: ``token`` was used before — the campaign it made)."""
        org_id = require_coordinator(actor)
        if token is not None and (await self.repos.one_shot.used(token, "campaign", actor.account))[0]:
            # a repeated tap is answered before the checks below: what it would launch may have changed since
            # (the hand-picked list is forgotten once launched); a tap racing the first is caught by ``use`` below
            return await self._made_by(token, actor, org_id), False
        chosen = [p.id for p in await self._audience(actor, questionnaire_id, audience, deadline, anonymous,
                                                     person_ids)]
        author = actor.person.id if actor.person else None
        async with self.db.transaction():
            if token is not None:
                fresh, _ = await self.repos.one_shot.use(token, "campaign", actor.account, self.clock.now())
                if not fresh:
                    return await self._made_by(token, actor, org_id), False
            campaign_id = await self.repos.campaigns.create(org_id, questionnaire_id, audience, deadline, anonymous,
                                                            author, self.clock.now(), chosen)
            if token is not None:
                await self.repos.one_shot.made(token, campaign_id)
        logger.info("campaign %s (%s) for %s people in org %s", campaign_id, questionnaire_id, len(chosen), org_id)
        campaign = await self.repos.campaigns.get(campaign_id)
        assert campaign is not None
        return campaign, True

    async def _audience(self, actor: Actor, questionnaire_id: str, audience: str, deadline: date, anonymous: bool,
                        person_ids: list[int] | None) -> list[Person]:
        """The people a campaign would invite, after every check a launch makes."""
        org_id = require_coordinator(actor)
        if questionnaire_id not in self.titles:
            raise InvalidInput("campaign-error-questionnaire")
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        if deadline < local_today(self.clock.now(), org.timezone):
            raise InvalidInput("campaign-error-deadline")
        members = [p for p in await self.repos.persons.active_in_org(org_id) if p.account is not None]
        if audience == "list":
            wanted = set(person_ids or [])
            chosen = [p for p in members if p.id in wanted]
            if len(chosen) != len(wanted):
                raise InvalidInput("campaign-error-audience")
        elif audience in AUDIENCES:
            chosen = [p for p in members if p.has_role(*AUDIENCES[audience])]
        elif audience == "pairs" or audience.startswith("form:"):
            # mentors and mentees of the pairs and groups now working (of one form of mentorship, if given)
            form = audience.partition(":")[2] or None
            if form is not None and form not in FORMS:
                raise InvalidInput("campaign-error-audience")
            in_pairs: set[int] = set()
            for pair in await self.repos.pairs.for_org(org_id, ("active", "ending")):
                if form is None or pair.form == form:
                    in_pairs |= {pair.mentor_id, *pair.mentee_ids}
            chosen = [p for p in members if p.id in in_pairs]
        else:
            raise InvalidInput("campaign-error-audience")
        if not chosen:
            raise InvalidInput("campaign-error-empty")
        author = actor.person.id if actor.person else None
        if anonymous and not anonymity.audience_allowed(
                [p.id for p in chosen], author, (p.id for p in members if p.has_role(Role.COORDINATOR))):
            raise InvalidInput("campaign-error-anonymous-few", min=anonymity.THRESHOLD)
        return chosen

    async def _made_by(self, token: int, actor: Actor, org_id: int) -> Campaign:
        """The campaign a used token made (an unknown token, or another's: the button is stale)."""
        _, made = await self.repos.one_shot.used(token, "campaign", actor.account)
        existing = await self.repos.campaigns.get(made) if made is not None else None
        if existing is None or existing.org_id != org_id:
            raise DomainError("error-stale")
        return existing

    async def preview(self, actor: Actor, questionnaire_id: str, audience: str, days: int, anonymous: bool,
                      person_ids: list[int] | None = None) -> Preview:
        """What ``launch`` with these choices would send (the same checks, nothing written): the review screen."""
        if days not in DEADLINE_DAYS:
            raise DomainError("error-stale")
        deadline = await self._deadline(actor, days)
        chosen = await self._audience(actor, questionnaire_id, audience, deadline, anonymous, person_ids)
        versions: dict[str, int] = {}
        for person in chosen:
            version = version_for(questionnaire_id, person, self.titles)
            versions[version] = versions.get(version, 0) + 1
        return Preview(questionnaire_id, audience, len(chosen), versions, deadline, anonymous)

    async def _deadline(self, actor: Actor, days: int) -> date:
        org = await self.repos.organisations.get(require_coordinator(actor))
        assert org is not None
        return local_today(self.clock.now(), org.timezone) + timedelta(days=days)

    async def launch(self, actor: Actor, questionnaire_id: str, audience: str, days: int, anonymous: bool,
                     person_ids: list[int] | None = None, token: int | None = None) -> tuple[Campaign, int, bool]:
        """A campaign open for ``days`` from today in the organisation (see ``create``); returns it with the number
        of people invited and whether it was launched now. ``token`` (from ``launch_token``) is used up in the
        transaction that creates the campaign: the same button tapped again — even at the same moment — returns the
        campaign the first tap made, with False."""
        if days not in DEADLINE_DAYS:
            raise DomainError("error-stale")
        deadline = await self._deadline(actor, days)
        campaign, fresh = await self._create(actor, questionnaire_id, audience, deadline, anonymous, person_ids, token)
        return campaign, (await self.repos.campaigns.progress(campaign.id))["invited"], fresh

    async def recover(self) -> int:
        """At start: invitations left «sending» by a stopped process are not sent again."""
        async with self.db.transaction():
            return await self.repos.campaigns.abandon_unfinished()

    async def deliver(self, limit: int = 1000) -> DeliveryResult:
        """Send queued invitations (several chats at once; the notifier keeps the pace)."""
        counts = {"delivered": 0, "blocked": 0, "retried": 0, "failed": 0}
        async with self._delivering:
            batch = await self.repos.campaigns.queued(self.clock.now(), limit)
            people = await self.repos.persons.get_many({i.person_id for i in batch}) if batch else {}
            gate = asyncio.Semaphore(self.parallel)

            async def one(invitation: QueuedInvitation) -> None:
                async with gate:
                    counts[await self._send(invitation, people.get(invitation.person_id))] += 1

            async with asyncio.TaskGroup() as group:  # if one fails, the others stop too
                for invitation in batch:
                    group.create_task(one(invitation))
        result = DeliveryResult(**counts)
        if batch:
            logger.info("campaign invitations: %s", result)
        return result

    def _title(self, questionnaire_id: str, person: Person | None, locale: str) -> str:
        """The title of the version of the questionnaire meant for ``person``, in her language."""
        version = version_for(questionnaire_id, person, self.titles) if person is not None else questionnaire_id
        title = self.titles[version]
        return title.get(locale) or title["ru"]

    async def _send(self, inv: QueuedInvitation, person: Person | None = None) -> str:
        now = self.clock.now()
        closes = _closes(inv.deadline, inv.timezone)
        if inv.account is None or inv.blocked or now >= closes:
            status, failure = (("blocked", "blocked") if inv.blocked else ("failed", "gone")
                               if inv.account is None else ("failed", "expired"))
            async with self.db.transaction():
                await self.repos.campaigns.mark(inv.campaign_id, inv.person_id, status, now, failure)
            return status
        claimed = False

        async def claim() -> bool:  # at the moment of sending, after pacing: a crash leaves only in-flight ones
            nonlocal claimed
            async with self.db.transaction():
                claimed = await self.repos.campaigns.claim(inv.campaign_id, inv.person_id)
            return claimed

        outcome = await self.notifier.notify(inv.account, inv.text_locale, "campaign-invite",
                                             {"title": self._title(inv.questionnaire_id, person, inv.locale),
                                              "deadline": inv.deadline.strftime("%d.%m.%Y"),
                                              "anonymous": "yes" if inv.anonymous else "no", "you": _you(person)},
                                             actions=[Action("campaign-btn-open", "survey", inv.campaign_id)],
                                             claim=claim)
        if not claimed:
            return "failed"  # another sender had it
        now = self.clock.now()  # the pacing may have waited
        async with self.db.transaction():
            if outcome is Delivery.SENT:
                await self.repos.campaigns.mark(inv.campaign_id, inv.person_id, "delivered", now)
                return "delivered"
            if outcome is Delivery.BLOCKED:
                await self.repos.campaigns.mark(inv.campaign_id, inv.person_id, "blocked", now, "blocked")
                return "blocked"
            if outcome.final:
                await self.repos.campaigns.mark(inv.campaign_id, inv.person_id, "failed", now, outcome.value)
                return "failed"
            later = now + retry_pause(inv.attempts)  # a passing failure: nothing lost, try again after a pause
            if later < closes:
                await self.repos.campaigns.retry_later(inv.campaign_id, inv.person_id, later)
                return "retried"
            await self.repos.campaigns.mark(inv.campaign_id, inv.person_id, "failed", now, "expired")
            return "failed"

    async def remind_non_respondents(self, work_start: time, work_end: time) -> int:
        """Once, REMIND_DAYS before the deadline: a reminder to those who have not answered — in their language,
        only in working hours of the organisation's time zone. A passing failure is tried again after a pause for
        as long as the reminder makes sense (until they answer or the deadline passes)."""
        now = self.clock.now()
        sent = 0
        due = await self.repos.campaigns.to_remind(now, 1000)
        people = await self.repos.persons.get_many({person_id for _, person_id, *_ in due}) if due else {}
        for campaign, person_id, account, locale, failures in due:
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

            outcome = await self.notifier.notify(account, org.text_locale(locale), "campaign-reminder",
                                                 {"title": self._title(campaign.questionnaire_id,
                                                                       people.get(person_id), locale),
                                                  "deadline": campaign.deadline.strftime("%d.%m.%Y"),
                                                  "anonymous": "yes" if campaign.anonymous else "no",
                                                  "you": _you(people.get(person_id))},
                                                 actions=[Action("campaign-btn-open", "survey", campaign.id)],
                                                 claim=claim)
            if claimed and outcome is Delivery.RETRY:
                async with self.db.transaction():
                    await self.repos.campaigns.remind_later(campaign.id, person_id,
                                                            self.clock.now() + retry_pause(failures))
            sent += claimed and outcome is Delivery.SENT
        return sent

    async def resend_failed(self, actor: Actor, campaign_id: int) -> int:
        """The coordinator's «send again»: the invitations that finally failed go back to the queue (the people
        who blocked the bot are skipped again unless they have come back). Returns how many; a second tap finds
        none."""
        campaign = await self.get(actor, campaign_id)
        org = await self.repos.organisations.get(campaign.org_id)
        assert org is not None
        if self.clock.now() >= _closes(campaign.deadline, org.timezone):
            raise InvalidInput("campaign-error-closed")
        async with self.db.transaction():
            count = await self.repos.campaigns.requeue_failed(campaign.id)
        logger.info("campaign %s: %s invitation(s) queued again", campaign.id, count)
        return count

    async def candidates(self, actor: Actor) -> list[Person]:
        """Whom a coordinator can pick by hand: active participants of the organisation who can get messages."""
        org_id = require_coordinator(actor)
        return [p for p in await self.repos.persons.active_in_org(org_id) if p.account is not None]

    async def overview(self, actor: Actor) -> list[tuple[Campaign, dict[str, int]]]:
        """The latest campaigns with their progress (see ``CampaignRepo.progress``) and «resendable»: how many
        invitations finally failed while the campaign is still open (the coordinator may send them again)."""
        org_id = require_coordinator(actor)
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        now = self.clock.now()
        items = []
        for campaign in await self.repos.campaigns.for_org(org_id):
            progress = await self.repos.campaigns.progress(campaign.id)
            still_open = now < _closes(campaign.deadline, org.timezone)
            progress["resendable"] = progress["blocked"] + progress["gone"] + progress["failed"] if still_open else 0
            items.append((campaign, progress))
        return items

    async def results(self, actor: Actor, campaign_id: int, questionnaire: Questionnaire) -> CampaignResults:
        """The summary, as the anonymity rule (bot/services/anonymity.py) allows: an anonymous campaign's only after
        its deadline, from THRESHOLD answers by people other than its author and the coordinators."""
        campaign = await self.get(actor, campaign_id)
        answers = await self.repos.campaigns.answers_by_person(campaign.id)
        org = await self.repos.organisations.get(campaign.org_id)
        assert org is not None
        coordinators = [p.id for p in await self.repos.persons.coordinators_of(campaign.org_id)]
        shown, why = anonymity.release(campaign, local_today(self.clock.now(), org.timezone), answers, coordinators)
        return summarise(questionnaire, shown, campaign.anonymous, withheld=why, respondents=len(answers))

    async def results_by_version(self, actor: Actor, campaign_id: int,
                                 questionnaires: Mapping[str, Questionnaire]) -> list[CampaignResults]:
        """The summary of each version of the campaign's questionnaire that got answers (the one chosen first): the
        sides of a pair answer different questions, so each is summed up on its own, under the same anonymity
        rule."""
        campaign = await self.get(actor, campaign_id)
        org = await self.repos.organisations.get(campaign.org_id)
        assert org is not None
        coordinators = [p.id for p in await self.repos.persons.coordinators_of(campaign.org_id)]
        today = local_today(self.clock.now(), org.timezone)
        versions = await self.repos.campaigns.versions(campaign.id)
        ordered = [campaign.questionnaire_id, *(v for v in versions if v != campaign.questionnaire_id)]
        found = []
        for version in ordered:
            if version not in questionnaires:
                continue
            answers = await self.repos.campaigns.answers_by_person(campaign.id, version)
            shown, why = anonymity.release(campaign, today, answers, coordinators)
            found.append(summarise(questionnaires[version], shown, campaign.anonymous, withheld=why,
                                   respondents=len(answers)))
        return found

    async def get(self, actor: Actor, campaign_id: int) -> Campaign:
        org_id = require_coordinator(actor)
        campaign = await self.repos.campaigns.get(campaign_id)
        if campaign is None or campaign.org_id != org_id:
            raise NotFound()
        return campaign


def _you(person: Person | None) -> str:
    """How the texts address the person (their $you): «ты» to a pupil or student, «вы» to an adult."""
    return "ty" if person is not None and person.learner else "vy"


def _closes(deadline: date, timezone: str) -> datetime:
    """The end of the deadline day in the organisation's time zone: invitations make no sense after it."""
    return datetime.combine(deadline + timedelta(days=1), time(0), ZoneInfo(timezone))
