"""Reports for coordinators: the dashboard figures, each defined once here and computed from the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.clock import Clock
from bot.services import anonymity
from bot.services.access import Actor, require_admin, require_coordinator
from bot.services.banks import MENTEE_ROLES, BankService
from bot.services.errors import NotFound
from bot.services.matching import DEFAULT_CAPACITY, int_answer
from bot.services.ports import RoadmapEvent, no_roadmap_event
from bot.services.questionnaire_model import Question, Questionnaire
from bot.services.questionnaires import MENTOR_BANK, ROLE_QUESTIONNAIRES
from bot.services.school_calendar import local_today
from bot.services.survey_results import SATISFIED_FROM
from storage.banks import MenteeCount, MentorCount
from storage.models import Organisation, RoadmapStatus
from storage.repositories import Repositories

YOUNG_TEACHER_YEARS = 3  # «молодой специалист»: teaching experience up to 3 years
QUIET_DAYS = 30  # a working pair with no meeting for this long is «without meetings»
MONITORING_DAYS = 365  # satisfaction figures count the answers of the last twelve months
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
    mentees_unmatched: int  # in no pair and no proposal
    pairs_by_form: dict[str, int]  # working pairs and groups (active or ending early) per form of mentorship
    young_teachers: int  # mentee teachers with experience ≤ YOUNG_TEACHER_YEARS
    young_with_mentor: int  # … of them in a working pair
    meetings_this_month: int  # logged or confirmed (not disputed) meetings held this calendar month
    pairs_quiet: int  # working pairs with no such meeting in the last QUIET_DAYS days (or never)
    survey_invited: int  # recipients of open campaigns
    survey_completed: int  # … who submitted their answers
    # share of «overall» answers ≥ SATISFIED_FROM in satisfaction_mentor of the last MONITORING_DAYS (anonymous
    # campaigns' answers as bot/services/anonymity.py releases them); None when there are none
    satisfied_mentors: float | None
    satisfied_mentees: float | None  # the same in satisfaction_mentee
    roadmap_done: int  # activities done or skipped in the active roadmap
    roadmap_total: int
    roadmap_overdue: int  # open activities past their deadline
    partners: int = 0  # partner organisations in the coordinator's list
    partners_providing: int = 0  # … that provide at least one active mentor (the target model's indicator)


@dataclass(frozen=True)
class ScaleResult:
    """The mean of one 1–10 question of a satisfaction questionnaire, and how many answered it."""

    question: Question
    mean: float
    answered: int


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
    """What the year-end report says beyond the dashboard, over the last twelve months."""

    dashboard: Dashboard
    meetings: int  # held (not disputed, not deleted) in the last 12 months
    meetings_by_kind: dict[str, int]
    mentors_scores: list[ScaleResult]
    mentees_scores: list[ScaleResult]
    roadmap: list[ActivityRow]


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

    async def dashboard(self, actor: Actor, org_id: int | None = None) -> Dashboard:
        """The coordinator's own organisation; a super-admin may name any."""
        org_id = require_coordinator(actor, org_id)
        org = await self._org(org_id)
        today = local_today(self.clock.now(), org.timezone)
        # counted in SQL: the banks are never built for the dashboard
        mentors = await self.repos.banks.mentor_counts(org_id, MENTOR_BANK)
        mentees = await self.repos.banks.mentee_counts(org_id, [r.value for r in MENTEE_ROLES],
                                                       [ROLE_QUESTIONNAIRES[r] for r in MENTEE_ROLES])
        working = await self.repos.pairs.working_by_form(org_id, today - timedelta(days=QUIET_DAYS))
        by_form = {form: n for form, n, _ in working}
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
        return Dashboard(
            org_id=org.id, org_name=org.name, on=today,
            mentors_approved=sum(m.n for m in mentors), mentors_trained=sum(m.n for m in mentors if m.trained),
            mentors_full=sum(m.n for m in mentors if _capacity(m) - m.load <= 0),
            mentees_teachers=sum(m.n for m in mentees if m.teacher),
            mentees_students=sum(m.n for m in mentees if not m.teacher),
            mentees_matched=sum(m.n for m in mentees if m.state == "matched"),
            mentees_unmatched=sum(m.n for m in mentees if m.state is None),
            pairs_by_form=by_form, young_teachers=sum(m.n for m in young),
            young_with_mentor=sum(m.n for m in young if m.state == "matched"),
            meetings_this_month=this_month, pairs_quiet=quiet,
            survey_invited=invited, survey_completed=completed,
            satisfied_mentors=_satisfied(await self._scores(org_id, "satisfaction_mentor", today)),
            satisfied_mentees=_satisfied(await self._scores(org_id, "satisfaction_mentee", today)),
            roadmap_done=done, roadmap_total=total, roadmap_overdue=overdue,
            partners=len(await self.repos.partners.of_org(org_id)),
            partners_providing=len(await self.repos.partners.mentors(org_id)))

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

    async def meetings_per_month(self, actor: Actor, months: int = 12, org_id: int | None = None
                                 ) -> list[tuple[date, int]]:
        """Meetings held (not disputed, not deleted) per calendar month, the last ``months`` months up to now."""
        org_id = require_coordinator(actor, org_id)
        today = await self._today(org_id)
        firsts = []
        year, month = today.year, today.month
        for _ in range(months):
            firsts.append(date(year, month, 1))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        firsts.reverse()
        counts = await self.repos.meetings.per_month(org_id, HELD, firsts[0])
        return [(first, counts.get(first.isoformat()[:7], 0)) for first in firsts]

    async def satisfaction(self, actor: Actor, org_id: int | None = None) -> tuple[dict[int, int], dict[int, int]]:
        """How many mentors and how many mentees gave each «overall» score (1–10), as the dashboard counts them."""
        org_id = require_coordinator(actor, org_id)
        today = await self._today(org_id)
        return (await self._scores(org_id, "satisfaction_mentor", today),
                await self._scores(org_id, "satisfaction_mentee", today))

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

    async def year(self, actor: Actor, org_id: int | None = None) -> YearFacts:
        """The figures of the year-end report: the dashboard's, the meetings of the last 12 months in all and per
        type (counted as the chart counts them), the satisfaction items, every roadmap activity."""
        dashboard = await self.dashboard(actor, org_id)
        if org_id is None:
            await self.roadmap_event(dashboard.org_id, "report")
        months = await self.meetings_per_month(actor, 12, dashboard.org_id)
        mentors, mentees = await self.monitoring(actor, dashboard.org_id)
        return YearFacts(
            dashboard, sum(n for _, n in months),
            await self.repos.meetings.count_by_kind(dashboard.org_id, HELD, months[0][0]), mentors, mentees,
            await self.roadmap_table(actor, dashboard.org_id))

    async def monitoring(self, actor: Actor, org_id: int | None = None
                         ) -> tuple[list[ScaleResult], list[ScaleResult]]:
        """The satisfaction questionnaires, question by question: the mean of each 1–10 item for mentors and for
        mentees over the last MONITORING_DAYS (questions without answers to show are left out)."""
        org_id = require_coordinator(actor, org_id)
        today = await self._today(org_id)
        sides = []
        for questionnaire_id in ("satisfaction_mentor", "satisfaction_mentee"):
            questionnaire = self.questionnaires.get(questionnaire_id)
            values = await self._scales(org_id, questionnaire_id, today)
            sides.append([ScaleResult(q, sum(values[q.id]) / len(values[q.id]), len(values[q.id]))
                          for q in (questionnaire.questions if questionnaire else ()) if q.type == "scale"
                          and values.get(q.id)])
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

    async def _scales(self, org_id: int, questionnaire_id: str, today: date,
                      question_id: str | None = None) -> dict[str, list[int]]:
        """Numeric answers per question over the last MONITORING_DAYS. An anonymous campaign's answers count as the
        one rule (bot/services/anonymity.py) releases them — whole, once the campaign is closed and has THRESHOLD
        answers by people other than its author and the coordinators — so a figure moves by a whole campaign,
        never by one anonymous answer. It stays in the window until MONITORING_DAYS after its deadline."""
        since = today - timedelta(days=MONITORING_DAYS)
        rows = await self.repos.campaigns.pooled_answers(org_id, questionnaire_id, since, question_id)
        campaigns = await self.repos.campaigns.by_ids(sorted({r[0] for r in rows if r[0] is not None}))
        coordinators = [p.id for p in await self.repos.persons.coordinators_of(org_id)]
        per_campaign: dict[int | None, list[tuple[int, tuple[str, Any]]]] = {}
        for campaign_id, person_id, qid, value in rows:
            per_campaign.setdefault(campaign_id, []).append((person_id, (qid, value)))
        values: dict[str, list[int]] = {}
        for campaign_id, answers in per_campaign.items():
            campaign = campaigns.get(campaign_id) if campaign_id is not None else None
            released = [a for _, a in answers] if campaign is None else \
                anonymity.release(campaign, today, answers, coordinators)[0]
            for qid, value in released:
                if isinstance(value, int) and not isinstance(value, bool):
                    values.setdefault(qid, []).append(value)
        return values

    async def _scores(self, org_id: int, questionnaire_id: str, today: date) -> dict[int, int]:
        """How many gave each «overall» score."""
        counts: dict[int, int] = {}
        for value in (await self._scales(org_id, questionnaire_id, today, "overall")).get("overall", []):
            counts[value] = counts.get(value, 0) + 1
        return counts


def _satisfied(counts: dict[int, int]) -> float | None:
    total = sum(counts.values())
    return sum(n for score, n in counts.items() if score >= SATISFIED_FROM) / total if total else None
