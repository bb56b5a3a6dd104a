"""/report (coordinator): the programme on one screen, every figure from ReportService."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message

from bot.callbacks import ReportCb
from bot.i18n import TextFn
from bot.keyboards import reports as kb
from bot.keyboards.common import page_of
from bot.services.access import Actor, require_admin, require_coordinator
from bot.services.charts import GANTT_ROWS, gantt_chart, meetings_chart, satisfaction_chart
from bot.services.exports import ExportService, summary_workbook
from bot.services.matching import FORMS, form_name
from bot.services.meeting_parser import KINDS
from bot.services.questionnaire_model import localized
from bot.services.records import Role
from bot.services.reports import (
    QUIET_DAYS,
    YOUNG_TEACHER_YEARS,
    ActivityRow,
    Dashboard,
    ReportService,
    ScaleResult,
    YearFacts,
)
from bot.services.school_calendar import school_year_of
from handlers._util import fit_lines, replace_page

if TYPE_CHECKING:  # python-docx is imported with the first document: the bot starts without it
    from bot.services import documents


def _share(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _percent(value: float | None) -> int:
    return -1 if value is None else round(100 * value)


def dashboard_text(t: TextFn, d: Dashboard) -> str:
    lines = [t("report-title", org=d.org_name, date=d.on), "",
             t("report-mentors", approved=d.mentors_approved, trained=d.mentors_trained, full=d.mentors_full),
             t("report-mentees", teachers=d.mentees_teachers, students=d.mentees_students, matched=d.mentees_matched,
               unmatched=d.mentees_unmatched),
             t("report-partners", providing=d.partners_providing, total=d.partners),
             t("report-pairs", count=sum(d.pairs_by_form.values()))]
    lines += [t("report-pairs-form", form=form_name(t, f), count=d.pairs_by_form[f]) for f in FORMS
              if f in d.pairs_by_form]
    lines += [t("report-young", years=YOUNG_TEACHER_YEARS, part=d.young_with_mentor, whole=d.young_teachers,
                share=_share(d.young_with_mentor, d.young_teachers)),
              t("report-meetings", count=d.meetings_this_month, quiet=d.pairs_quiet, days=QUIET_DAYS),
              t("report-surveys", completed=d.survey_completed, invited=d.survey_invited,
                mentors_share=_percent(d.satisfied_mentors), mentees_share=_percent(d.satisfied_mentees)),
              t("report-roadmap", done=d.roadmap_done, total=d.roadmap_total, overdue=d.roadmap_overdue)]
    return fit_lines(lines)


def year_sections(t: TextFn, facts: YearFacts, charts: dict[str, bytes | None]) -> list[documents.ReportSection]:
    """The year-end report's sections from the dashboard's figures (the same definitions as on screen) and the
    year's facts."""
    from bot.services import documents

    d = facts.dashboard

    def fig(key: str, value: object) -> tuple[str, str]:
        return t("doc-year-fig", f=key, years=YOUNG_TEACHER_YEARS, days=QUIET_DAYS), str(value)

    def share(value: float | None) -> str:
        return "—" if value is None else f"{round(100 * value)} %"

    def scores(caption: str, results: list[ScaleResult]) -> documents.DocTable:
        return documents.DocTable(
            (t("doc-year-col-question"), t("doc-year-col-mean"), t("doc-year-col-answered")),
            tuple((localized(r.question.text, t.locale),
                   f"{r.mean:.1f}".replace(".", ","), str(r.answered)) for r in results),
            (115, 27, 23), centred=(1, 2), caption=caption)

    def deadline(row: ActivityRow) -> str:
        return row.due_on.strftime("%d.%m.%Y") if row.due_on else row.deadline_text

    def status(row: ActivityRow) -> str:
        shown = t("xlsx-activity-status", status=row.status)
        return f"{shown}, {t('doc-year-overdue')}" if row.overdue else shown

    issues = [t("doc-year-issue-unmatched", count=d.mentees_unmatched)] if d.mentees_unmatched else []
    issues += [t("doc-year-issue-quiet", count=d.pairs_quiet, days=QUIET_DAYS)] if d.pairs_quiet else []
    issues += [t("doc-year-issue-overdue", count=d.roadmap_overdue)] if d.roadmap_overdue else []
    monitoring = [scores(t("doc-year-scores-mentors"), facts.mentors_scores)] if facts.mentors_scores else []
    monitoring += [scores(t("doc-year-scores-mentees"), facts.mentees_scores)] if facts.mentees_scores else []
    kinds = documents.DocTable(
        (t("doc-year-col-kind"), t("doc-year-col-meetings")),
        tuple((t("meeting-kind", kind=k), str(n)) for k in KINDS if (n := facts.meetings_by_kind.get(k))),
        (115, 50), centred=(1,))
    roadmap = documents.DocTable(
        (t("doc-year-col-stage"), t("doc-year-col-activity"), t("doc-year-col-due"), t("doc-year-col-status")),
        tuple((str(r.stage), r.title, deadline(r), status(r)) for r in facts.roadmap), (14, 91, 25, 35),
        centred=(0, 2))
    return [
        documents.ReportSection(t("doc-year-participants"), (
            fig("mentors", d.mentors_approved), fig("trained", d.mentors_trained), fig("teachers", d.mentees_teachers),
            fig("students", d.mentees_students), fig("matched", d.mentees_matched),
            fig("unmatched", d.mentees_unmatched),
            fig("young", f"{d.young_with_mentor} / {d.young_teachers}"))),
        documents.ReportSection(t("doc-year-pairs"), (
            fig("pairs", sum(d.pairs_by_form.values())),
            *((form_name(t, f), str(d.pairs_by_form[f])) for f in FORMS if f in d.pairs_by_form))),
        documents.ReportSection(t("doc-year-meetings"), (
            fig("meetings_year", facts.meetings), fig("meetings_month", d.meetings_this_month),
            fig("quiet", d.pairs_quiet)), charts["meetings"], tables=(kinds,) if kinds.rows else ()),
        documents.ReportSection(t("doc-year-monitoring"), (
            fig("surveys", f"{d.survey_completed} / {d.survey_invited}"),
            fig("satisfied_mentors", share(d.satisfied_mentors)),
            fig("satisfied_mentees", share(d.satisfied_mentees))), charts["satisfaction"], tables=tuple(monitoring)),
        documents.ReportSection(t("doc-year-roadmap"), (
            fig("roadmap_done", f"{d.roadmap_done} / {d.roadmap_total}"), fig("roadmap_overdue", d.roadmap_overdue)),
            charts["roadmap"], tables=(roadmap,) if roadmap.rows else ()),
        documents.ReportSection(t("doc-year-issues"), lines=tuple(issues or [t("doc-year-issue-none")])),
    ]


async def side_by_side(t: TextFn, actor: Actor, reports: ReportService, page: int = 0
                       ) -> tuple[str, InlineKeyboardMarkup | None]:
    """The super-admin's view: the main figures of every organisation, one block each, a page at a time."""
    orgs = await reports.organisations(actor)
    if not orgs:
        return t("report-all-title") + "\n\n" + t("report-all-none"), None
    shown, page, pages = page_of(orgs, page)
    lines = [t("report-all-title")]
    for org in shown:
        d = await reports.dashboard(actor, org.id)
        lines += ["", t("report-all-org", org=d.org_name, mentors=d.mentors_approved,
                        mentees=d.mentees_teachers + d.mentees_students, matched=d.mentees_matched,
                        pairs=sum(d.pairs_by_form.values()), meetings=d.meetings_this_month, quiet=d.pairs_quiet,
                        done=d.roadmap_done, total=d.roadmap_total, overdue=d.roadmap_overdue, days=QUIET_DAYS)]
    return fit_lines(lines), kb.organisations(t, shown, page, pages)


async def draw_charts(t: TextFn, actor: Actor, reports: ReportService, org_id: int | None = None
                      ) -> dict[str, bytes | None]:
    """Meetings per month, satisfaction of mentors vs mentees, the roadmap as a Gantt chart; None where there is
    nothing to draw. Drawn off the event loop."""
    months = await reports.meetings_per_month(actor, org_id=org_id)
    mentors, mentees = await reports.satisfaction(actor, org_id)
    today, rows = await reports.roadmap_rows(actor, org_id)
    return {
        "meetings": await asyncio.to_thread(meetings_chart, [(m.strftime("%m.%Y"), n) for m, n in months],
                                            t("chart-meetings-title"), t("chart-meetings-axis")),
        "satisfaction": await asyncio.to_thread(
            satisfaction_chart, mentors, mentees, t("chart-satisfaction-title"),
            (t("chart-satisfaction-mentors"), t("chart-satisfaction-mentees")),
            t("chart-satisfaction-axis")) if mentors or mentees else None,
        "roadmap": await asyncio.to_thread(
            gantt_chart, rows, today, t("chart-roadmap-title"), t("chart-roadmap-today"),
            (t("chart-roadmap-done"), t("chart-roadmap-overdue"), t("chart-roadmap-open")),
            t("chart-roadmap-more", shown=GANTT_ROWS, total=len(rows))) if rows else None,
    }


async def year_report_docx(t: TextFn, actor: Actor, reports: ReportService, org_id: int | None = None) -> bytes:
    """The year-end .docx with its three charts."""
    from bot.services import documents

    facts = await reports.year(actor, org_id)
    charts = await draw_charts(t, actor, reports, facts.dashboard.org_id)
    return await asyncio.to_thread(documents.year_report_docx, t, facts.dashboard.org_name, facts.dashboard.on,
                                   year_sections(t, facts, charts))


def create_router() -> Router:
    router = Router(name="reports")
    @router.message(Command("report"))
    async def report(message: Message, t: TextFn, actor: Actor, reports: ReportService) -> None:
        if actor.is_admin and not actor.has_role(Role.COORDINATOR):  # the super-admin: every organisation
            text, markup = await side_by_side(t, actor, reports)
            await message.answer(text, reply_markup=markup)
            return
        await message.answer(dashboard_text(t, await reports.dashboard(actor)),
                             reply_markup=kb.dashboard(t, admin=actor.is_admin))

    @router.callback_query(ReportCb.filter(F.a == "all"))
    async def all_organisations(query: CallbackQuery, callback_data: ReportCb, t: TextFn, actor: Actor,
                                reports: ReportService) -> None:
        text, markup = await side_by_side(t, actor, reports, callback_data.p)
        await query.answer()
        await replace_page(query, text, markup)

    @router.callback_query(ReportCb.filter(F.a == "org"))
    async def one_organisation(query: CallbackQuery, callback_data: ReportCb, t: TextFn, actor: Actor,
                               bot: Bot, reports: ReportService) -> None:
        """The super-admin opens one organisation: its dashboard with the same downloads as its coordinator's."""
        require_admin(actor)
        d = await reports.dashboard(actor, callback_data.o)
        await query.answer()
        await bot.send_message(query.from_user.id, dashboard_text(t, d), reply_markup=kb.dashboard(t, d.org_id))

    @router.callback_query(ReportCb.filter(F.a == "sum"))
    async def summary(query: CallbackQuery, t: TextFn, actor: Actor, bot: Bot, reports: ReportService) -> None:
        """The super-admin's comparison table: one row per organisation."""
        require_admin(actor)
        await bot.send_chat_action(query.from_user.id, ChatAction.UPLOAD_DOCUMENT)  # a big school takes seconds
        data = await summary_workbook(t, await reports.every_dashboard(actor))
        await query.answer()
        await bot.send_document(query.from_user.id, BufferedInputFile(data, t("report-file-summary")),
                                caption=t("report-summary-caption"))

    @router.callback_query(ReportCb.filter(F.a == "xlsx"))
    async def excel(query: CallbackQuery, callback_data: ReportCb, t: TextFn, actor: Actor, bot: Bot,
                    exports: ExportService) -> None:
        require_coordinator(actor, callback_data.o or None)  # before anything is shown
        await bot.send_chat_action(query.from_user.id, ChatAction.UPLOAD_DOCUMENT)  # a big school takes seconds
        data = await exports.workbook(actor, t, callback_data.o or None)
        await query.answer()
        await bot.send_document(query.from_user.id, BufferedInputFile(data, t("report-file-xlsx")),
                                caption=t("report-xlsx-caption"))

    @router.callback_query(ReportCb.filter(F.a == "year"))
    async def year_report(query: CallbackQuery, callback_data: ReportCb, t: TextFn, actor: Actor, bot: Bot,
                          reports: ReportService) -> None:
        """The year-end report (.docx): participants, pairs, meetings, monitoring, roadmap, open issues."""
        require_coordinator(actor, callback_data.o or None)
        await bot.send_chat_action(query.from_user.id, ChatAction.UPLOAD_DOCUMENT)  # a big school takes seconds
        data = await year_report_docx(t, actor, reports, callback_data.o or None)
        await query.answer()
        year = school_year_of(reports.clock.now().date())  # the file is named after the school year
        name = t("report-file-year", year=year, next=year + 1)
        await bot.send_document(query.from_user.id, BufferedInputFile(data, name),
                                caption=t("report-year-caption"))

    @router.callback_query(ReportCb.filter(F.a == "charts"))
    async def charts(query: CallbackQuery, callback_data: ReportCb, t: TextFn, actor: Actor, bot: Bot,
                     reports: ReportService) -> None:
        """The charts that have something to show, as photos."""
        require_coordinator(actor, callback_data.o or None)
        await bot.send_chat_action(query.from_user.id, ChatAction.UPLOAD_PHOTO)
        drawn = await draw_charts(t, actor, reports, callback_data.o or None)
        await query.answer()
        for name, png in drawn.items():
            if png is not None:
                await bot.send_photo(query.from_user.id, BufferedInputFile(png, f"{name}.png"),
                                     caption=t("chart-caption", chart=name))

    return router
