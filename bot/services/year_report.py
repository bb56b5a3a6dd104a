"""The report a school files (issue 16): «Отчёт о реализации программы (системы) наставничества за 20XX/20XX учебный
год» — what it needs beyond the dashboard's figures: the organisation's local acts (the положение, the order on the
programme, the order on the pairs), the curator, the pairs of the school year, the SWOT from the programme-quality
answers (under the one anonymity rule), the year's achievements, rewards and best practices, and the coordinator's
conclusions and tasks for next year (kept: next year's form starts from them).

The figures themselves (participants, indicators, meetings, satisfaction, the roadmap) come from ReportService.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.clock import Clock
from bot.services import anonymity, validation
from bot.services.access import Actor, require_coordinator
from bot.services.achievements import AchievementLine, PracticeLine, RewardLine
from bot.services.errors import InvalidInput, NotFound
from bot.services.school_calendar import check_past_day, local_today, read_past_day, school_year_bounds, school_year_of
from storage.db import Database
from storage.models import Organisation, Person
from storage.repositories import Repositories
from storage.year_report import Conclusions, LocalAct

__all__ = [
    "ACT_KINDS",
    "SWOT_PARTS",
    "Conclusions",
    "LocalAct",
    "Preparation",
    "ReportPair",
    "Swot",
    "YearReport",
    "YearReportService",
]

ACT_KINDS: tuple[str, ...] = ("regulation", "programme_order", "pairs_order")
ACT_NUMBER_MAX = 40
ACT_MAX_AGE_DAYS = 30 * 366
CONCLUSIONS_MAX = 3000  # fits one Telegram message with its heading
QUALITY = "programme_quality"  # the curator's questionnaire: SWOT and ratings (questionnaires/programme_quality.json)
SWOT_PARTS: tuple[str, ...] = ("strengths", "weaknesses", "opportunities", "threats", "recommendations")
WORKED = ("active", "ending", "ended", "completed")  # a pair that worked (not only proposed, not declined)

# «№ 45-од от 28.08.2026», «45 28.08.2026», «No. 12 of 1 September 2026»
_ACT = re.compile(r"^(?:№|No\.?|Nr\.?|N)?\s*(?P<number>\S.*?)\s*(?:\s(?:от|of|from|dated))?\s+(?P<date>"
                  r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s*(?:г|года)\.?)?|\d{1,2}\s+\S+\s+\d{4}(?:\s*(?:г|года)\.?)?)$",
                  re.IGNORECASE)


def act_kind(value: str) -> str:
    if value not in ACT_KINDS:
        raise InvalidInput("error-stale")
    return value


def parse_act(text: str | None, today: date) -> tuple[str, date]:
    """An act's number and date typed on one line («№ 45-од от 28.08.2026»); the date not in the future."""
    value = validation.clean_text(text, max_len=ACT_NUMBER_MAX + 40, min_len=3, key="yr-error-act")
    match = _ACT.match(value)
    if not match:
        raise InvalidInput("yr-error-act")
    number = match["number"].strip()
    if not number or len(number) > ACT_NUMBER_MAX:
        raise InvalidInput("yr-error-act")
    signed_on = read_past_day(re.sub(r"\s*(?:г|года)\.?$", "", match["date"]), today)
    if signed_on is None:
        raise InvalidInput("yr-error-act")
    check_past_day(signed_on, today, ACT_MAX_AGE_DAYS)
    return number, signed_on


def conclusions_text(text: str | None) -> str:
    return validation.clean_text(text, max_len=CONCLUSIONS_MAX, min_len=3, key="yr-error-text")


@dataclass(frozen=True)
class ReportPair:
    mentor: Person
    mentees: list[Person]
    form: str
    starts_on: date
    ends_on: date | None
    status: str


@dataclass(frozen=True)
class Swot:
    """The text answers of the programme-quality questionnaire, part by part (what the anonymity rule releases)."""

    parts: dict[str, list[str]] = field(default_factory=dict)
    answers: int = 0  # questionnaires counted
    hidden: int = 0  # anonymous campaigns left out (open, or fewer than THRESHOLD answers)


@dataclass(frozen=True)
class Preparation:
    """What the coordinator checks before the report is made."""

    school_year: int
    acts: dict[str, LocalAct]
    conclusions: Conclusions | None  # this year's, or the latest earlier ones (prefilled)

    @property
    def confirmed(self) -> bool:
        """The conclusions were written (or kept) for this school year."""
        return self.conclusions is not None and self.conclusions.school_year == self.school_year


@dataclass(frozen=True)
class YearReport:
    org: Organisation
    school_year: int
    first: date
    last: date
    on: date
    acts: dict[str, LocalAct]
    curators: list[Person]
    pairs: list[ReportPair]
    swot: Swot
    achievements: list[AchievementLine]
    rewards: list[RewardLine]
    practices: list[PracticeLine]
    conclusions: Conclusions | None


class YearReportService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock

    async def _org(self, org_id: int) -> Organisation:
        org = await self.repos.organisations.get(org_id)
        if org is None:
            raise NotFound()
        return org

    async def today(self, actor: Actor, org_id: int | None = None) -> date:
        org = await self._org(require_coordinator(actor, org_id))
        return local_today(self.clock.now(), org.timezone)

    async def school_year(self, actor: Actor, org_id: int | None = None, year: int = 0) -> int:
        """``year`` (the year its September falls in), or the current school year when 0."""
        return year or school_year_of(await self.today(actor, org_id))

    # ---- local acts ---------------------------------------------------------------------------------------------

    async def acts(self, actor: Actor, org_id: int | None = None) -> dict[str, LocalAct]:
        return await self.repos.year_reports.acts(require_coordinator(actor, org_id))

    async def set_act(self, actor: Actor, kind: str, text: str | None) -> LocalAct:
        org_id = require_coordinator(actor)
        kind = act_kind(kind)
        number, signed_on = parse_act(text, await self.today(actor))
        async with self.db.transaction():
            await self.repos.year_reports.set_act(org_id, kind, number, signed_on, _pid(actor), self.clock.now())
        return LocalAct(kind, number, signed_on)

    async def pairs_order(self, actor: Actor) -> LocalAct | None:
        """The order on the pairs, when its number is recorded (the draft order the bot makes is filled with it)."""
        return (await self.acts(actor)).get("pairs_order")

    # ---- conclusions --------------------------------------------------------------------------------------------

    async def preparation(self, actor: Actor, org_id: int | None = None, year: int = 0) -> Preparation:
        org_id = require_coordinator(actor, org_id)
        school_year = await self.school_year(actor, org_id, year)
        return Preparation(school_year, await self.repos.year_reports.acts(org_id),
                           await self.repos.year_reports.conclusions(org_id, school_year))

    async def set_conclusions(self, actor: Actor, year: int, conclusions: str | None, tasks: str | None,
                              org_id: int | None = None) -> Conclusions:
        org_id = require_coordinator(actor, org_id)
        school_year = await self.school_year(actor, org_id, year)
        done, planned = conclusions_text(conclusions), conclusions_text(tasks)
        async with self.db.transaction():
            await self.repos.year_reports.set_conclusions(org_id, school_year, done, planned, _pid(actor),
                                                          self.clock.now())
        return Conclusions(school_year, done, planned)

    async def keep_conclusions(self, actor: Actor, year: int, org_id: int | None = None) -> Conclusions:
        """The latest earlier conclusions and tasks taken for this year as they are."""
        prepared = await self.preparation(actor, org_id, year)
        if prepared.conclusions is None:
            raise InvalidInput("error-stale")
        previous = prepared.conclusions
        return await self.set_conclusions(actor, prepared.school_year, previous.conclusions, previous.tasks, org_id)

    # ---- the report's facts -------------------------------------------------------------------------------------

    async def facts(self, actor: Actor, org_id: int | None = None, year: int = 0) -> YearReport:
        org_id = require_coordinator(actor, org_id)
        org = await self._org(org_id)
        today = local_today(self.clock.now(), org.timezone)
        school_year = year or school_year_of(today)
        first, last = school_year_bounds(school_year)
        conclusions = await self.repos.year_reports.conclusions(org_id, school_year)
        return YearReport(
            org=org, school_year=school_year, first=first, last=last, on=today,
            acts=await self.repos.year_reports.acts(org_id),
            curators=await self.repos.persons.coordinators_of(org_id),
            pairs=await self._pairs(org_id, first, last),
            swot=await self._swot(org_id, first, last, today),
            achievements=await self._achievements(org_id, first, last),
            rewards=await self._rewards(org_id, first, last),
            practices=await self._practices(org_id, first, last),
            conclusions=conclusions if conclusions and conclusions.school_year == school_year else None)

    async def _pairs(self, org_id: int, first: date, last: date) -> list[ReportPair]:
        """Pairs that worked during the school year: started by its end, and open or closed after its start."""
        pairs = [p for p in await self.repos.pairs.for_org(org_id, WORKED) if p.starts_on <= last
                 and (p.status in ("active", "ending") or (_closed_on(p) or p.starts_on) >= first)]
        people = await self.repos.persons.get_many({p.mentor_id for p in pairs}
                                                   | {m for p in pairs for m in p.mentee_ids})
        return [ReportPair(people[p.mentor_id], [people[m] for m in p.mentee_ids if m in people], p.form,
                           p.starts_on, p.ends_on if p.status in ("active", "ending") else _closed_on(p), p.status)
                for p in pairs if p.mentor_id in people]

    async def _swot(self, org_id: int, first: date, last: date, today: date) -> Swot:
        """The programme-quality text answers of the school year (an anonymous survey belongs to the year of its
        deadline, as in the dashboard), each campaign's as the anonymity rule releases them (an anonymous one whole
        once closed with THRESHOLD counted answers, otherwise left out)."""
        rows = await self.repos.indicators.pooled_answers(org_id, (QUALITY,), first, last)
        campaigns = await self.repos.campaigns.by_ids(sorted({r[0] for r in rows if r[0] is not None}))
        coordinators = [p.id for p in await self.repos.persons.coordinators_of(org_id)]
        per_campaign: dict[int | None, list[tuple[int, tuple[int, str, Any]]]] = {}
        for campaign_id, person_id, qid, value in rows:
            per_campaign.setdefault(campaign_id, []).append((person_id, (person_id, qid, value)))
        parts: dict[str, list[str]] = {part: [] for part in SWOT_PARTS}
        sets: set[tuple[int | None, int]] = set()
        hidden = 0
        for campaign_id, answers in per_campaign.items():
            campaign = campaigns.get(campaign_id) if campaign_id is not None else None
            released = [a for _, a in answers] if campaign is None else \
                anonymity.release(campaign, today, answers, coordinators)[0]
            if campaign is not None and not released:
                hidden += 1
            for person_id, qid, value in released:
                sets.add((campaign_id, person_id))
                if qid in parts and isinstance(value, str) and value.strip():
                    parts[qid].append(value.strip())
        return Swot(parts, len(sets), hidden)

    async def _achievements(self, org_id: int, first: date, last: date) -> list[AchievementLine]:
        found = await self.repos.achievements.between(org_id, first, last)
        people = await self.repos.persons.get_many({a.person_id for a in found})
        return [AchievementLine(a, people[a.person_id]) for a in found if a.person_id in people]

    async def _rewards(self, org_id: int, first: date, last: date) -> list[RewardLine]:
        found = await self.repos.achievements.rewards_between(org_id, first, last)
        people = await self.repos.persons.get_many({r.person_id for r in found})
        return [RewardLine(r, people[r.person_id]) for r in found if r.person_id in people]

    async def _practices(self, org_id: int, first: date, last: date) -> list[PracticeLine]:
        found = await self.repos.achievements.practices_between(org_id, first, last)
        people = await self.repos.persons.get_many({p.author_id for p in found})
        return [PracticeLine(p, people[p.author_id]) for p in found if p.author_id in people]


def _pid(actor: Actor) -> int | None:
    return actor.person.id if actor.person is not None else None


def _closed_on(pair: Any) -> date | None:
    return pair.closed_at.date() if pair.closed_at is not None else pair.end_on or pair.ends_on
