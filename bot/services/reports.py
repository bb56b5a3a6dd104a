"""Reports for coordinators: the dashboard figures, each defined once here and computed from the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bot.clock import Clock
from bot.services import anonymity, indicators
from bot.services.access import Actor, require_admin, require_coordinator
from bot.services.banks import MENTEE_ROLES, BankService
from bot.services.errors import InvalidInput, NotFound
from bot.services.growth import ItemChange, changes
from bot.services.indicators import IndicatorValue
from bot.services.matching import DEFAULT_CAPACITY, int_answer
from bot.services.mentoring_forms import GROWTH_QUESTIONNAIRES
from bot.services.ports import RoadmapEvent, no_roadmap_event
from bot.services.questionnaire_model import Question, Questionnaire
from bot.services.questionnaires import MENTOR_BANK, ROLE_QUESTIONNAIRES
from bot.services.school_calendar import calendar_year_of, local_today, school_year_bounds, school_year_of
from storage.banks import MenteeCount, MentorCount
from storage.indicators import YearCounts
from storage.models import Organisation, RoadmapStatus
from storage.repositories import Repositories

YOUNG_TEACHER_YEARS = indicators.YOUNG_SPECIALIST_YEARS  # «молодой специалист»: teaching experience up to 3 years
QUIET_DAYS = 30  # a working pair with no meeting for this long is «without meetings»
YEARS_SHOWN = 4  # the year chooser offers the current school year and up to three before it
HELD = ("logged", "confirmed")  # a meeting counts unless the other side said it did not happen (or it was deleted)


@dataclass(frozen=True)
class Dashboard:
    org_id: int
    org_name: str
    on: date
    mentors_approved: int  # approved as mentors (trained ones included)
    mentors_trained: int  # approved and marked as having completed the training
    mentors_full: int  # approved mentors with no free place (proposals hold places)
    mentees_teachers: int
    mentees_students: int
    mentees_matched: int  # in a working pair (not only proposed)
    mentees_unmatched: int  # «без пары»: BankService.without_pair, the one definition every screen counts
    mentees_proposed: int  # a pair proposed, not yet confirmed
    mentees_no_questionnaire: int  # of those without a pair: the mentee questionnaire not submitted
    pairs_by_form: dict[str, int]  # working pairs and groups (active or ending early) per form of mentorship
    young_teachers: int  # mentee teachers with experience ≤ YOUNG_TEACHER_YEARS
    young_with_mentor: int  # … of them in a working pair
    meetings_this_month: int  # logged or confirmed (not disputed) meetings held this calendar month
    pairs_quiet: int  # working pairs with no such meeting in the last QUIET_DAYS days (or never)
    survey_invited: int  # recipients of open campaigns
    survey_completed: int  # … who submitted their answers
    # the share of mentors satisfied by the official items in the school year (bot/services/indicators.py:
    # «satisfaction_mentors»; anonymous campaigns' answers as bot/services/anonymity.py releases them); None when
    # there are no answers
    satisfied_mentors: float | None
    satisfied_mentees: float | None  # the same for mentees («satisfaction_mentees»)
    roadmap_done: int  # activities done or skipped in the active roadmap
    roadmap_total: int
    roadmap_overdue: int  # open activities past their deadline
    partners: int = 0  # partner organisations in the coordinator's list
    partners_providing: int = 0  # … that provide at least one active mentor (the target model's indicator)
    # the school year shown (2026: 01.09.2026–31.08.2027) and whether it is the current one; for a past year only
    # the year's figures are shown (indicators, pairs of the year, meetings, satisfaction), not today's banks
    year: int = 0
    current: bool = True
    meetings_year: int = 0  # held (not disputed, not deleted) in the school year
    indicators: tuple[IndicatorValue, ...] = ()  # bot/services/indicators.py, in its order


@dataclass(frozen=True)
class ScaleResult:
    """The mean of one 1–10 question of a satisfaction questionnaire, and how many answered it."""

    question: Question
    mean: float
    answered: int
    official: bool = True  # an item of the МР-42/02 questionnaires; False: ours (bot/services/indicators.py)


@dataclass(frozen=True)
class ActivityRow:
    stage: int
    title: str
    due_on: date | None
    deadline_text: str  # as the roadmap says it («в течение года»), for activities without a date
    status: str  # planned | in_progress | done | skipped
    overdue: bool


@dataclass(frozen=True)
class YearFacts:
    """What the year-end report says beyond the dashboard, over the school year ``dashboard.year``."""

    dashboard: Dashboard
    meetings: int  # held (not disputed, not deleted) in the school year
    meetings_by_kind: dict[str, int]
    mentors_scores: list[ScaleResult]
    mentees_scores: list[ScaleResult]
    roadmap: list[ActivityRow]
    growth: list[ItemChange] = field(default_factory=list)  # before and after, of the pairs that ended in the year


def _capacity(mentor: MentorCount) -> int:
    """As the mentor's profile reads it (bot.services.matching.mentor_profile)."""
    capacity = int_answer(mentor.capacity)
    return capacity if capacity is not None else DEFAULT_CAPACITY


def _experience(mentee: MenteeCount) -> int | None:
    """As a teacher mentee's profile reads it (bot.services.matching.mentee_profile)."""
    years = int_answer(mentee.experience_answer)
    return years if years is not None else mentee.experience_years


class ReportService:
    def __init__(self, repos: Repositories, clock: Clock, banks: BankService,
                 questionnaires: dict[str, Questionnaire] | None = None,
                 roadmap_event: RoadmapEvent = no_roadmap_event) -> None:
        self.roadmap_event = roadmap_event  # the coordinator's year-end report ticks the roadmap
        self.clock = clock
        self.repos = repos
        self.banks = banks
        self.questionnaires = questionnaires or {}

    async def dashboard(self, actor: Actor, org_id: int | None = None, year: int | None = None) -> Dashboard:
        """The coordinator's own organisation; a super-admin may name any. ``year``: a school year (None: the
        current one); a past year shows what was counted for it, a later one is refused."""
        org_id = require_coordinator(actor, org_id)
        org = await self._org(org_id)
        today = local_today(self.clock.now(), org.timezone)
        year, current = self._year(today, year)
        start, end = school_year_bounds(year)
        # counted in SQL: the banks are never built for the dashboard
        mentors = await self.repos.banks.mentor_counts(org_id, MENTOR_BANK)
        mentees = await self.repos.banks.mentee_counts(org_id, [r.value for r in MENTEE_ROLES],
                                                       [ROLE_QUESTIONNAIRES[r] for r in MENTEE_ROLES])
        unpaired = await self.banks.without_pair(org_id)
        working = await self.repos.pairs.working_by_form(org_id, today - timedelta(days=QUIET_DAYS))
        by_form = (await self.repos.indicators.pairs_by_form(org_id, start, end) if not current
                   else {form: n for form, n, _ in working})
        quiet = sum(q for _, _, q in working)
        young = [m for m in mentees if m.teacher and (years := _experience(m)) is not None
                 and years <= YOUNG_TEACHER_YEARS]  # groups of alike mentees: each counts m.n people
        this_month = await self.repos.meetings.count(org_id, HELD, today.replace(day=1), today)
        invited, completed = await self.repos.campaigns.completion(org_id)
        done = total = overdue = 0
        roadmap = await self.repos.roadmaps.latest(org_id, RoadmapStatus.ACTIVE)
        if roadmap is not None:
            activities = await self.repos.roadmaps.activities(roadmap.id)
            total = len(activities)
            done = sum(1 for a in activities if not a.status.is_open)
            overdue = sum(1 for a in activities if a.is_overdue(today))
        values = await self._indicators(org_id, year, today)
        shares = {v.indicator.code: v.share for v in values}
        return Dashboard(
            org_id=org.id, org_name=org.name, on=today,
            mentors_approved=sum(m.n for m in mentors), mentors_trained=sum(m.n for m in mentors if m.trained),
            mentors_full=sum(m.n for m in mentors if _capacity(m) - m.load <= 0),
            mentees_teachers=sum(m.n for m in mentees if m.teacher),
            mentees_students=sum(m.n for m in mentees if not m.teacher),
            mentees_matched=sum(m.n for m in mentees if m.state == "matched"),
            mentees_unmatched=len(unpaired), mentees_proposed=sum(m.n for m in mentees if m.state == "proposed"),
            mentees_no_questionnaire=sum(not w.questionnaire for w in unpaired),
            pairs_by_form=by_form, young_teachers=sum(m.n for m in young),
            young_with_mentor=sum(m.n for m in young if m.state == "matched"),
            meetings_this_month=this_month, pairs_quiet=quiet,
            survey_invited=invited, survey_completed=completed,
            satisfied_mentors=shares["satisfaction_mentors"], satisfied_mentees=shares["satisfaction_mentees"],
            roadmap_done=done, roadmap_total=total, roadmap_overdue=overdue,
            partners=len(await self.repos.partners.of_org(org_id)),
            partners_providing=len(await self.repos.partners.mentors(org_id)),
            year=year, current=current, meetings_year=await self.repos.meetings.count(org_id, HELD, start, end),
            indicators=tuple(values))

    @staticmethod
    def _year(today: date, year: int | None) -> tuple[int, bool]:
        """The school year asked for (None: today's) and whether it is today's; a later one is refused."""
        current = school_year_of(today)
        if year is None or year == current:
            return current, True
        if year > current or year < 2000:
            raise InvalidInput("report-error-year")
        return year, False

    async def years(self, actor: Actor, org_id: int | None = None) -> list[int]:
        """The school years the chooser offers, the current one last: from the organisation's first pair (or its
        creation) on, at most YEARS_SHOWN."""
        org_id = require_coordinator(actor, org_id)
        org = await self._org(org_id)
        current = school_year_of(local_today(self.clock.now(), org.timezone))
        first_pair = await self.repos.indicators.first_pair_start(org_id)
        starts = [org.created_at.date()] + ([first_pair] if first_pair else [])
        first = max(min(school_year_of(d) for d in starts), current - YEARS_SHOWN + 1)
        return list(range(first, current + 1))

    async def total_keys(self, actor: Actor) -> tuple[str, ...]:
        """The totals this coordinator's kind of organisation is asked for (a kindergarten: no pupils)."""
        return indicators.totals_for((await self._org(require_coordinator(actor))).kind)

    async def totals(self, actor: Actor, year: int | None = None) -> tuple[int, dict[str, int]]:
        """The school year (None: the current one) and the totals entered for it."""
        org_id = require_coordinator(actor)
        year, _ = self._year(await self._today(org_id), year)
        return year, await self.repos.indicators.totals(org_id, year)

    async def save_totals(self, actor: Actor, year: int, values: dict[str, int | None]) -> dict[str, int]:
        """The coordinator's totals of a school year, checked (a part never above its whole, with what is stored
        for the keys not given); returns them all."""
        org_id = require_coordinator(actor)
        year, _ = self._year(await self._today(org_id), year)
        unknown = set(values) - set(indicators.TOTALS)
        if unknown:
            raise InvalidInput()
        async with self.repos.indicators.transaction():
            merged: dict[str, int | None] = {**await self.repos.indicators.totals(org_id, year), **values}
            indicators.check_totals(merged)
            await self.repos.indicators.set_totals(org_id, year, values, self.clock.now())
        return {k: v for k, v in merged.items() if v is not None}

    async def year_indicators(self, actor: Actor, org_id: int | None = None, year: int | None = None
                              ) -> tuple[int, list[IndicatorValue]]:
        """The school year and its official indicators (bot/services/indicators.py)."""
        org_id = require_coordinator(actor, org_id)
        today = await self._today(org_id)
        year, _ = self._year(today, year)
        return year, await self._indicators(org_id, year, today)

    async def _indicators(self, org_id: int, year: int, today: date) -> list[IndicatorValue]:
        start, end = school_year_bounds(year)
        counted: YearCounts = await self.repos.indicators.year_counts(
            org_id, year, start, end, indicators.YOUNG_SPECIALIST_YEARS, ROLE_QUESTIONNAIRES[MENTEE_ROLES[0]])
        mentors = await self._satisfied_means(org_id, indicators.MENTOR_SURVEYS, start, end, today)
        mentees = await self._satisfied_means(org_id, indicators.MENTEE_SURVEYS, start, end, today)
        org = await self._org(org_id)
        return [value for value in indicators.compute(indicators.Counts(
            pupil_mentees=counted.pupil_mentees_10_19, pupil_mentees_unknown=counted.pupil_mentees_unknown_age,
            pupil_mentors=counted.pupil_mentors_15_19, pupil_mentors_unknown=counted.pupil_mentors_unknown_age,
            young_teachers=counted.teacher_mentees_under_35,
            young_teachers_unknown=counted.teacher_mentees_unknown_age,
            young_specialists=counted.young_specialist_mentees,
            young_specialists_unknown=counted.teacher_mentees_unknown_experience,
            teacher_mentors=counted.teacher_mentors, mentors=counted.mentors,
            mentors_trained=counted.mentors_trained, partners=counted.partners_providing,
            mentors_satisfied=indicators.satisfied(mentors), mentors_answered=len(mentors),
            mentees_satisfied=indicators.satisfied(mentees), mentees_answered=len(mentees),
        ), await self.repos.indicators.totals(org_id, year)) if indicators.applies(value.indicator, org.kind)]

    async def _satisfied_means(self, org_id: int, surveys: tuple[str, ...], start: date, end: date,
                               today: date) -> list[float]:
        """Each counted respondent's mean over the official items, as the anonymity rule releases them (an
        anonymous campaign whole or not at all)."""
        rows = await self.repos.indicators.respondent_means(org_id, surveys, indicators.OFFICIAL_ITEMS, start, end)
        return await self._released(org_id, today, [(c, p, mean) for c, p, mean in rows])

    async def _released(self, org_id: int, today: date, rows: list[tuple[int | None, int, Any]]) -> list[Any]:
        """Of (campaign id or None, whom to judge, value): the values the anonymity rule releases, in order."""
        campaigns = await self.repos.campaigns.by_ids(sorted({r[0] for r in rows if r[0] is not None}))
        coordinators = [p.id for p in await self.repos.persons.coordinators_of(org_id)] if campaigns else []
        per_campaign: dict[int | None, list[tuple[int, Any]]] = {}
        for campaign_id, person_id, value in rows:
            per_campaign.setdefault(campaign_id, []).append((person_id, value))
        out: list[Any] = []
        for campaign_id, answers in per_campaign.items():
            campaign = campaigns.get(campaign_id) if campaign_id is not None else None
            out += [a for _, a in answers] if campaign is None else \
                anonymity.release(campaign, today, answers, coordinators)[0]
        return out

    async def organisations(self, actor: Actor) -> list[Organisation]:
        """For the super-admin: every organisation, by name."""
        require_admin(actor)
        return sorted(await self.repos.organisations.list_all(), key=lambda o: (o.name.casefold(), o.id))

    async def every_dashboard(self, actor: Actor) -> list[Dashboard]:
        """The super-admin's comparison: every organisation's dashboard, by name."""
        return [await self.dashboard(actor, org.id) for org in await self.organisations(actor)]

    async def _today(self, org_id: int) -> date:
        """Today in the organisation's time zone."""
        return local_today(self.clock.now(), (await self._org(org_id)).timezone)

    async def _org(self, org_id: int) -> Organisation:
        org = await self.repos.organisations.get(org_id)
        if org is None:  # a made-up organisation id in a super-admin's button
            raise NotFound()
        return org

    async def meetings_per_month(self, actor: Actor, org_id: int | None = None, year: int | None = None
                                 ) -> list[tuple[date, int]]:
        """Meetings held (not disputed, not deleted) in each of the twelve months of school year ``year`` (None: the
        current one), September to August."""
        org_id = require_coordinator(actor, org_id)
        year, _ = self._year(await self._today(org_id), year)
        firsts = [date(calendar_year_of(m, year), m, 1) for m in (*range(9, 13), *range(1, 9))]
        counts = await self.repos.meetings.per_month(org_id, HELD, firsts[0])
        return [(first, counts.get(first.isoformat()[:7], 0)) for first in firsts]

    async def satisfaction(self, actor: Actor, org_id: int | None = None, year: int | None = None
                           ) -> tuple[dict[int, int], dict[int, int]]:
        """How many mentors and how many mentees gave each «overall» score (1–10) in the school year (None: the
        current one)."""
        org_id = require_coordinator(actor, org_id)
        today = await self._today(org_id)
        year, _ = self._year(today, year)
        return (await self._scores(org_id, indicators.MENTOR_SURVEYS, year, today),
                await self._scores(org_id, indicators.MENTEE_SURVEYS, year, today))

    async def roadmap_rows(self, actor: Actor, org_id: int | None = None
                           ) -> tuple[date, list[tuple[str, date, date, str]]]:
        """Today and the active roadmap's dated activities: (title, start, deadline, done | overdue | open)."""
        org_id = require_coordinator(actor, org_id)
        today = await self._today(org_id)
        roadmap = await self.repos.roadmaps.latest(org_id, RoadmapStatus.ACTIVE)
        rows: list[tuple[str, date, date, str]] = []
        for a in await self.repos.roadmaps.activities(roadmap.id) if roadmap else []:
            if a.due_on is None:
                continue
            state = "done" if not a.status.is_open else ("overdue" if a.is_overdue(today) else "open")
            rows.append((a.title, a.starts_on or a.due_on, a.due_on, state))
        return today, rows

    async def year(self, actor: Actor, org_id: int | None = None, year: int | None = None) -> YearFacts:
        """The figures of the year-end report for school year ``year`` (None: the current one): the dashboard's,
        the year's meetings in all and per type (counted as the chart counts them), the satisfaction items, every
        roadmap activity."""
        dashboard = await self.dashboard(actor, org_id, year)
        start, end = school_year_bounds(dashboard.year)
        mentors, mentees = await self.monitoring(actor, dashboard.org_id, dashboard.year)
        if org_id is None:
            await self.roadmap_event(dashboard.org_id, "report")
        growth = changes(await self.repos.growth.submitted(dashboard.org_id, GROWTH_QUESTIONNAIRES),
                         self.questionnaires, datetime.combine(start, time(), UTC),
                         datetime.combine(end + timedelta(days=1), time(), UTC))
        return YearFacts(
            dashboard, dashboard.meetings_year,
            await self.repos.indicators.meetings_by_kind(dashboard.org_id, HELD, start, end), mentors, mentees,
            await self.roadmap_table(actor, dashboard.org_id), [g for g in growth if g.people])

    async def monitoring(self, actor: Actor, org_id: int | None = None, year: int | None = None
                         ) -> tuple[list[ScaleResult], list[ScaleResult]]:
        """The satisfaction questionnaires, question by question: the mean of each 1–10 item for mentors and for
        mentees in the school year (every form's questionnaire of that side pooled by question; questions without
        answers to show are left out), each marked official or ours."""
        org_id = require_coordinator(actor, org_id)
        today = await self._today(org_id)
        year, _ = self._year(today, year)
        sides = []
        for surveys in (indicators.MENTOR_SURVEYS, indicators.MENTEE_SURVEYS):
            values = await self._scales(org_id, surveys, year, today)
            questions: dict[str, Question] = {}
            for questionnaire_id in surveys:
                questionnaire = self.questionnaires.get(questionnaire_id)
                for q in questionnaire.questions if questionnaire else ():
                    if q.type == "scale":
                        questions.setdefault(q.id, q)
            sides.append([ScaleResult(q, sum(values[q.id]) / len(values[q.id]), len(values[q.id]),
                                      indicators.is_official(q.id))
                          for q in questions.values() if values.get(q.id)])
        return sides[0], sides[1]

    async def roadmap_table(self, actor: Actor, org_id: int | None = None) -> list[ActivityRow]:
        """Every activity of the active roadmap with its stage, deadline, status and whether it is overdue."""
        org_id = require_coordinator(actor, org_id)
        today = await self._today(org_id)
        roadmap = await self.repos.roadmaps.latest(org_id, RoadmapStatus.ACTIVE)
        if roadmap is None:
            return []
        stages = {s.id: s.number for s in await self.repos.roadmaps.stages(roadmap.id)}
        return [ActivityRow(stages.get(a.stage_id, 0), a.title, a.due_on, a.deadline_text, a.status.value,
                            a.is_overdue(today)) for a in await self.repos.roadmaps.activities(roadmap.id)]

    async def _scales(self, org_id: int, surveys: tuple[str, ...], year: int, today: date,
                      question_id: str | None = None) -> dict[str, list[int]]:
        """Numeric answers per question in the school year. An anonymous campaign's answers count as the one rule
        (bot/services/anonymity.py) releases them — whole, once the campaign is closed and has THRESHOLD answers
        by people other than its author and the coordinators — so a figure moves by a whole campaign, never by one
        anonymous answer; it belongs to the school year of its deadline."""
        start, end = school_year_bounds(year)
        rows = await self.repos.indicators.pooled_answers(org_id, surveys, start, end, question_id)
        values: dict[str, list[int]] = {}
        for qid, value in await self._released(org_id, today, [(c, p, (q, v)) for c, p, q, v in rows]):
            if isinstance(value, int) and not isinstance(value, bool):
                values.setdefault(qid, []).append(value)
        return values

    async def _scores(self, org_id: int, surveys: tuple[str, ...], year: int, today: date) -> dict[int, int]:
        """How many gave each «overall» score."""
        counts: dict[int, int] = {}
        for value in (await self._scales(org_id, surveys, year, today, "overall")).get("overall", []):
            counts[value] = counts.get(value, 0) + 1
        return counts
