"""The Excel workbook a school keeps as «персонифицированный учёт»: mentors, mentees, pairs, meetings, survey
answers (anonymous campaigns without names) and the roadmap — bold frozen headers, filters, widths, real dates.
Written by bot/services/xlsx.py (a second for 50,000 meetings); the tests read the file back with openpyxl."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from bot.clock import Clock
from bot.services import anonymity, xlsx
from bot.services.access import Actor, require_coordinator
from bot.services.banks import BankService
from bot.services.errors import NotFound
from bot.services.grammar import UNKNOWN
from bot.services.indicators import NUMBER, IndicatorValue
from bot.services.matching import FORMS, form_name
from bot.services.questionnaire_model import Questionnaire
from bot.services.reports import HELD, QUIET_DAYS, YOUNG_TEACHER_YEARS, Dashboard, ReportService
from bot.services.school_calendar import local_today, school_year_bounds, school_year_label
from storage.models import Person, RoadmapStatus, language_of
from storage.repositories import Repositories

TextFn = Callable[..., str]
EXPORTED_PAIRS = ("proposed", "active", "ending", "ended", "completed")  # every pair but declined proposals


class ExportService:
    def __init__(self, repos: Repositories, banks: BankService,
                 questionnaires: dict[str, Questionnaire], clock: Clock) -> None:
        self.repos = repos
        self.clock = clock
        self.banks = banks
        self.questionnaires = questionnaires
        self.reports = ReportService(repos, clock, banks, questionnaires)  # the indicators, defined once there

    async def workbook(self, actor: Actor, t: TextFn, org_id: int | None = None, year: int | None = None) -> bytes:
        """The coordinator's organisation (a super-admin may name any) as .xlsx bytes, for school year ``year``
        (None: the current one): its indicators with their definitions, the mentors and mentees as they are now,
        the pairs that worked in the year (a pair spanning two years is in both), the meetings held in it, the
        answers to the campaigns whose deadline falls in it, the roadmap. Each sheet is built by a method of its
        own, so what it loaded is freed before the next sheet loads its part."""
        org_id = require_coordinator(actor, org_id)
        org = await self.repos.organisations.get(org_id)
        if org is None:  # a made-up organisation id in a super-admin's button
            raise NotFound()
        year, values = await self.reports.year_indicators(actor, org_id, year)
        bounds = school_year_bounds(year)
        tables = [_indicator_table(t, year, values)]
        everyone = await self.repos.persons.active_in_org(org_id)
        names = {p.id: p.full_name or "—" for p in everyone}
        tables += [await self._mentors(org_id, t, everyone), await self._mentees(org_id, t, everyone, org.timezone)]
        del everyone
        tables += await self._pairs_and_meetings(org_id, t, names, bounds)
        tables.append(xlsx.Table(t("xlsx-sheet-answers"), _headers(t, (
            "campaign", "questionnaire", "respondent", "question", "answer")),
            await self._answers(org_id, t, names, bounds)))
        tables.append(await self._roadmap(org_id, t))
        return await asyncio.to_thread(xlsx.workbook, tables)  # a second of CPU for a big school: off the event loop

    async def _mentors(self, org_id: int, t: TextFn, everyone: list[Person]) -> xlsx.Table:
        # a column of statuses reads alike for everyone: the wording that needs no grammatical gender
        status = _Labels(t, "bank-status", "status", gender=UNKNOWN)
        form = _Labels(t, "mentorship-form", "form")
        return xlsx.Table(t("xlsx-sheet-mentors"), _headers(t, (
            "name", "position", "subject", "experience", "status", "trained", "load", "capacity", "forms")), [
            [m.person.full_name, m.person.position, m.profile.subjects, m.profile.experience_years,
             status[m.status], m.selection.trained_on if m.selection else None, m.profile.load,
             m.profile.capacity, ", ".join(form[f] for f in sorted(m.profile.forms))]
            for m in await self.banks.mentor_entries(org_id, everyone)])

    async def _mentees(self, org_id: int, t: TextFn, everyone: list[Person], timezone: str) -> xlsx.Table:
        kind, state, yes = _Labels(t, "xlsx-kind", "kind"), _Labels(t, "bank-state", "state"), t("xlsx-yes")
        return xlsx.Table(t("xlsx-sheet-mentees"), _headers(t, (
            "name", "kind", "position", "subject", "experience", "state", "since", "support")), [
            [m.person.full_name, kind[m.profile.kind], m.person.position, m.profile.subjects,
             m.profile.experience_years, state[m.shown_state], local_today(m.waiting_since, timezone),
             yes if m.support else None]
            for m in await self.banks.mentee_entries(org_id, everyone)])

    async def _pairs_and_meetings(self, org_id: int, t: TextFn, names: dict[int, str],
                                  bounds: tuple[date, date]) -> list[xlsx.Table]:
        """The pairs of the school year ``bounds`` (with how many meetings took place in it) and their meetings
        held in it."""
        start, end = bounds
        pairs = [p for p in await self.repos.pairs.for_org(org_id, EXPORTED_PAIRS)
                 if p.starts_on <= end and (p.closed_at is None or local_day(p.closed_at) >= start)]
        progress = await self.repos.pairs.progress([p.id for p in pairs])
        meetings = [m for m in await self.repos.meetings.table(org_id) if start <= m[1] <= end]
        held: dict[int, int] = {}
        for meeting in meetings:
            if meeting[7] in HELD:
                held[meeting[0]] = held.get(meeting[0], 0) + 1
        exported = {p.id for p in pairs}
        form, pair_status = _Labels(t, "mentorship-form", "form"), _Labels(t, "xlsx-pair-status", "status")
        kind, fmt, role = (_Labels(t, "meeting-kind", "kind"), _Labels(t, "xlsx-format", "format"),
                           _Labels(t, "xlsx-logged-by", "role"))
        status = _Labels(t, "xlsx-meeting-status", "status")
        gone = t("privacy-withdrawn-participant")  # only active people are named; the others withdrew their consent
        return [
            xlsx.Table(t("xlsx-sheet-pairs"), _headers(t, (
                "pair", "mentor", "mentees", "form", "pair_status", "starts", "ends", "tasks_done", "tasks",
                "meetings")), [
                [p.id, names.get(p.mentor_id, gone), ", ".join(names.get(m.mentee_id, gone) for m in p.members
                                                              if m.answer != "declined" or m.mentee_id not in names),
                 form[p.form], pair_status[p.status], p.starts_on, p.ends_on,
                 *progress.get(p.id, (0, 0)), held.get(p.id, 0)] for p in pairs]),
            xlsx.Table(t("xlsx-sheet-meetings"), _headers(t, (
                "pair", "date", "meeting_kind", "minutes", "format", "topic", "logged_by", "meeting_status")), [
                [m[0], m[1], kind[m[2]], m[3], fmt[m[4]], m[5] or gone, role[m[6]], status[m[7]]]
                for m in meetings if m[0] in exported]),
        ]

    async def _roadmap(self, org_id: int, t: TextFn) -> xlsx.Table:
        rows: list[list[Any]] = []
        status = _Labels(t, "xlsx-activity-status", "status")
        roadmap = await self.repos.roadmaps.latest(org_id, RoadmapStatus.ACTIVE)
        if roadmap is not None:
            stages = {s.id: s for s in await self.repos.roadmaps.stages(roadmap.id)}
            for a in await self.repos.roadmaps.activities(roadmap.id):
                stage = stages[a.stage_id]
                rows.append([stage.number, stage.title, a.title, a.starts_on, a.due_on,
                             status[a.status.value], ", ".join(a.labels)])
        return xlsx.Table(t("xlsx-sheet-roadmap"), _headers(t, (
            "stage", "stage_title", "activity", "starts", "due", "activity_status", "responsible")), rows)

    async def _answers(self, org_id: int, t: TextFn, names: dict[int, str],
                       bounds: tuple[date, date]) -> list[list[Any]]:
        """One row per answer; anonymous campaigns: no respondent, rows ordered by question (not by person), and
        only the answers the anonymity rule releases (bot/services/anonymity.py: after the deadline, from
        THRESHOLD answers by people other than the author and the coordinators) — as on the results screen."""
        locale = language_of(getattr(t, "locale", "ru"))
        rows: list[list[Any]] = []
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        today = local_today(self.clock.now(), org.timezone)
        coordinators = [p.id for p in await self.repos.persons.coordinators_of(org_id)]
        versions = []  # (campaign, version of its questionnaire): each side of a pair answers its own
        for campaign in sorted(await self.repos.campaigns.for_org(org_id, limit=1000), key=lambda c: c.id):
            if not bounds[0] <= campaign.deadline <= bounds[1]:  # a campaign belongs to the year of its deadline
                continue
            answered = await self.repos.campaigns.versions(campaign.id)
            versions += [(campaign, v) for v in dict.fromkeys([campaign.questionnaire_id, *answered])]
        for campaign, version in versions:
            questionnaire = self.questionnaires.get(version)
            if questionnaire is None:
                continue
            title = questionnaire.title.get(locale) or questionnaire.title["ru"]
            questions = {q.id: (number, q, q.text.get(locale) or q.text["ru"])
                         for number, q in enumerate(questionnaire.questions)}
            found = []
            cells: dict[tuple[str, Any], Any] = {}  # scores and options repeat: each shown once
            if campaign.anonymous:  # whole answer sets, as the one rule releases them
                released, _ = anonymity.release(
                    campaign, today, await self.repos.campaigns.answers_by_person(campaign.id, version), coordinators)
                answer_rows: list[tuple[int | None, str, Any]] = [
                    (None, question_id, value) for answers in released for question_id, value in answers.items()]
            else:
                answer_rows = list(await self.repos.campaigns.answer_rows(campaign.id, version))
            for person_id, question_id, value in answer_rows:
                if question_id not in questions or value is None:
                    continue
                number, question, text = questions[question_id]
                if isinstance(value, str | int | float):  # bools included
                    cell = cells.get((question_id, value))
                    if cell is None:
                        cell = cells[question_id, value] = _value(t, question, value)
                else:
                    cell = _value(t, question, value)
                who = None if campaign.anonymous or person_id is None else names.get(person_id, "—")
                found.append((number, [campaign.id, title, who, text, cell]))
            if campaign.anonymous:
                found.sort(key=lambda pair: (pair[0], str(pair[1][4])))
            rows += [row for _, row in found]
        return rows


def local_day(moment: datetime) -> date:
    """The day of a stored moment (UTC), as the year filter reads it (storage/indicators.py: substr of the ISO)."""
    return moment.date()


def _indicator_table(t: TextFn, year: int, values: list[IndicatorValue]) -> xlsx.Table:
    """The «Показатели» sheet: each official indicator of the school year with its definition and source, what was
    counted, the denominator, the share, and what is missing."""
    rows: list[list[Any]] = []
    for v in values:
        code = v.indicator.code
        note = []
        if v.missing_total is not None:
            note.append(t("xlsx-ind-missing", total=t("report-total-name", key=v.missing_total)))
        if v.unknown:
            note.append(t("report-ind-unknown", count=v.unknown, code=code))
        rows.append([school_year_label(year), t("report-ind-name", code=code, years=YOUNG_TEACHER_YEARS),
                     t("xlsx-ind-def", code=code, years=YOUNG_TEACHER_YEARS),
                     t("xlsx-ind-source", source=v.indicator.source), v.part,
                     None if v.indicator.kind == NUMBER else v.whole, v.percent, "; ".join(note) or None])
    return xlsx.Table(t("xlsx-sheet-indicators"), _headers(t, (
        "school_year", "indicator", "definition", "source", "counted", "denominator", "percent", "note")), rows)


class _Labels(dict[Any, str]):
    """A column's texts, value → t(key, arg=value), each asked of the translator once: the same few labels fill
    tens of thousands of rows."""

    def __init__(self, t: TextFn, key: str, arg: str, **fixed: object) -> None:
        super().__init__()
        self.t, self.key, self.arg, self.fixed = t, key, arg, fixed

    def __missing__(self, value: Any) -> str:
        text = self[value] = self.t(self.key, **{**self.fixed, self.arg: value})
        return text


def _value(t: TextFn, question: Any, value: Any) -> Any:
    """An answer as a cell: option texts in the reader's language, numbers as numbers, dates as dates."""
    locale = language_of(getattr(t, "locale", "ru"))
    if question.type == "single":
        option = question.option(str(value))
        return (option.text.get(locale) or option.text["ru"]) if option else str(value)
    if question.type == "multi":
        return ", ".join(o.text.get(locale) or o.text["ru"] for o in question.options if o.id in value)
    if question.type == "yesno":
        return t("q-btn-yes") if value else t("q-btn-no")
    if question.type == "date":
        return date.fromisoformat(str(value))
    return value


SUMMARY_COLUMNS = (
    "org", "on", "mentors_approved", "mentors_trained", "mentors_full", "mentees_teachers", "mentees_students",
    "mentees_matched", "mentees_unmatched", "pairs_total")
SUMMARY_TAIL = (
    "young", "young_with_mentor", "meetings_month", "pairs_quiet", "survey_invited", "survey_completed",
    "satisfied_mentors", "satisfied_mentees", "roadmap_done", "roadmap_total", "roadmap_overdue")


async def summary_workbook(t: TextFn, dashboards: list[Dashboard]) -> bytes:
    """The super-admin's comparison: one row per organisation, the dashboard's figures in columns (pairs per form of
    mentorship among them; shares in per cent), then the school year and each official indicator (a share in per
    cent, empty where the organisation has not entered the total; the partners as a number)."""
    def percent(value: float | None) -> int | None:
        return None if value is None else round(100 * value)

    def indicator(v: IndicatorValue) -> int | None:
        return v.part if v.indicator.kind == NUMBER else v.percent

    codes = [v.indicator.code for v in dashboards[0].indicators] if dashboards else []
    headers = [*_headers(t, SUMMARY_COLUMNS), *(form_name(t, f) for f in FORMS), *_headers(t, SUMMARY_TAIL),
               *_headers(t, ("school_year",)),
               *(t("report-ind-name", code=c, years=YOUNG_TEACHER_YEARS) for c in codes)]
    rows = [[d.org_name, d.on, d.mentors_approved, d.mentors_trained, d.mentors_full, d.mentees_teachers,
             d.mentees_students, d.mentees_matched, d.mentees_unmatched, sum(d.pairs_by_form.values()),
             *(d.pairs_by_form.get(f, 0) for f in FORMS), d.young_teachers, d.young_with_mentor,
             d.meetings_this_month, d.pairs_quiet, d.survey_invited, d.survey_completed,
             percent(d.satisfied_mentors), percent(d.satisfied_mentees), d.roadmap_done, d.roadmap_total,
             d.roadmap_overdue, school_year_label(d.year), *(indicator(v) for v in d.indicators)] for d in dashboards]
    return await asyncio.to_thread(xlsx.workbook, [xlsx.Table(t("xlsx-sheet-orgs"), headers, rows)])


# Health-like data (the psychological-support flag; answers that may name burnout): named in the consent (v2),
# shown to coordinators only, and marked in the workbook's header so whoever receives the file knows.
SENSITIVE_COLUMNS = frozenset({"support", "answer"})


def _headers(t: TextFn, columns: tuple[str, ...]) -> list[str]:
    return [t("xlsx-col", c=c, years=YOUNG_TEACHER_YEARS, days=QUIET_DAYS)
            + (" " + t("xlsx-col-sensitive", c=c) if c in SENSITIVE_COLUMNS else "") for c in columns]
