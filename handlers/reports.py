"""/report (coordinator): the programme on one screen, every figure from ReportService."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message

from bot.callbacks import ReportCb
from bot.i18n import Raw, TextFn
from bot.keyboards import reports as kb
from bot.keyboards.common import page_of
from bot.services.access import Actor, require_admin, require_coordinator
from bot.services.charts import GANTT_ROWS, gantt_chart, meetings_chart, satisfaction_chart
from bot.services.errors import DomainError
from bot.services.exports import ExportService, summary_workbook
from bot.services.indicators import NUMBER, TOTALS, YOUNG_SPECIALIST_YEARS, IndicatorValue, check_totals, parse_total
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
from bot.services.school_calendar import school_year_label
from bot.states import TotalsForm
from handlers._util import NotCommand, drop_buttons, fit_lines, replace_page, say

if TYPE_CHECKING:  # python-docx is imported with the first document: the bot starts without it
    from bot.services import documents


def _share(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _percent(value: float | None) -> int:
    return -1 if value is None else round(100 * value)


def dashboard_text(t: TextFn, d: Dashboard) -> str:
    lines = [t("report-title", org=d.org_name, date=d.on),
             t("report-school-year", year=school_year_label(d.year), current=str(d.current)), ""]
    if d.current:
        lines += [
            t("report-mentors", approved=d.mentors_approved, trained=d.mentors_trained, full=d.mentors_full),
            t("report-mentees", teachers=d.mentees_teachers, students=d.mentees_students, matched=d.mentees_matched,
              unmatched=d.mentees_unmatched, proposed=d.mentees_proposed, no_form=d.mentees_no_questionnaire),
            t("report-partners", providing=d.partners_providing, total=d.partners)]
    lines += [t("report-pairs" if d.current else "report-pairs-year", count=sum(d.pairs_by_form.values()))]
    lines += [t("report-pairs-form", form=form_name(t, f), count=d.pairs_by_form[f]) for f in FORMS
              if f in d.pairs_by_form]
    if d.current:
        lines += [t("report-young", years=YOUNG_TEACHER_YEARS, part=d.young_with_mentor, whole=d.young_teachers,
                    share=_share(d.young_with_mentor, d.young_teachers)),
                  t("report-meetings", count=d.meetings_this_month, quiet=d.pairs_quiet, days=QUIET_DAYS)]
    lines += [t("report-meetings-year", count=d.meetings_year)]
    if d.current:
        lines += [t("report-surveys", completed=d.survey_completed, invited=d.survey_invited,
                    mentors_share=_percent(d.satisfied_mentors), mentees_share=_percent(d.satisfied_mentees)),
                  t("report-roadmap", done=d.roadmap_done, total=d.roadmap_total, overdue=d.roadmap_overdue)]
    lines += ["", *indicator_lines(t, d.indicators)]
    return fit_lines(lines)


def indicator_lines(t: TextFn, values: Sequence[IndicatorValue]) -> list[str]:
    """The official indicators of the year, one line each: the share with its part and whole, what total to enter
    when one is missing, how many people could not be counted for want of a birth year or experience."""
    lines = [t("report-ind-title")]
    for v in values:
        name = t("report-ind-name", code=v.indicator.code, years=YOUNG_SPECIALIST_YEARS)
        if v.indicator.kind == NUMBER:
            shown = t("report-ind-number", count=v.part)
        elif v.missing_total is not None:
            shown = t("report-ind-missing", part=v.part, total=t("report-total-name", key=v.missing_total))
        elif v.share is None and v.indicator.total is not None:  # a total entered as 0
            shown = t("report-ind-zero", part=v.part, total=t("report-total-name", key=v.indicator.total))
        elif v.share is None:
            shown = t("report-ind-none", kind=v.indicator.kind)
        else:
            shown = t("report-ind-share", part=v.part, whole=v.whole or 0, share=v.percent or 0)
        unknown = " " + t("report-ind-unknown", count=v.unknown, code=v.indicator.code) if v.unknown else ""
        lines.append(t("report-ind-line", name=name, value=Raw(shown + unknown)))
    if any(v.missing_total is not None for v in values):
        lines.append(t("report-ind-hint"))
    return lines


def item_text(t: TextFn, result: ScaleResult) -> str:
    """A satisfaction item as the report lists it: the items that are ours (not of the МР-42/02 questionnaires, which
    the headline uses) say so."""
    text = result.question.text.get(t.locale) or result.question.text["ru"]
    return text if result.official else f"{text} {t('report-item-ours')}"


def _one(value: float | None) -> str:
    """A mean as a Russian document writes it (7,5); «—» below the anonymity threshold."""
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def _signed(value: float | None) -> str:
    return "—" if value is None else ("+" if value > 0 else "") + _one(value)


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
            tuple((item_text(t, r), f"{r.mean:.1f}".replace(".", ","), str(r.answered)) for r in results),
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
    if facts.growth:  # before and after: the same items at the start of a pair and at its end
        monitoring.append(documents.DocTable(
            (t("doc-year-col-question"), t("doc-year-col-before"), t("doc-year-col-after"),
             t("doc-year-col-change"), t("doc-year-col-answered")),
            tuple((f"{t('doc-year-growth-side', side=g.side, kind=g.kind)}: {localized(g.question.text, t.locale)}",
                   _one(g.before), _one(g.after), _signed(g.change), str(g.people)) for g in facts.growth),
            (85, 20, 20, 20, 20), centred=(1, 2, 3, 4), caption=t("doc-year-growth-caption")))
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


async def draw_charts(t: TextFn, actor: Actor, reports: ReportService, org_id: int | None = None,
                      year: int | None = None) -> dict[str, bytes | None]:
    """Meetings per month of the school year, satisfaction of mentors vs mentees, the roadmap as a Gantt chart; None
    where there is nothing to draw. Drawn off the event loop."""
    months = await reports.meetings_per_month(actor, org_id, year)
    mentors, mentees = await reports.satisfaction(actor, org_id, year)
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


async def _dashboard(t: TextFn, actor: Actor, reports: ReportService, org_id: int = 0, year: int = 0
                     ) -> tuple[str, InlineKeyboardMarkup]:
    """A dashboard (``org_id`` 0: one's own; ``year`` 0: the current school year) with its buttons."""
    d = await reports.dashboard(actor, org_id or None, year or None)
    years = await reports.years(actor, d.org_id)
    return dashboard_text(t, d), kb.dashboard(t, org_id, admin=actor.is_admin and not org_id,
                                              year=0 if d.current else d.year, years=years)


def _totals_question(t: TextFn, year: int, step: int, stored: dict[str, int],
                     keys: list[str]) -> tuple[str, InlineKeyboardMarkup]:
    key = keys[step]
    text = t("report-totals-ask", step=step + 1, steps=len(keys), year=school_year_label(year),
             total=t("report-total-name", key=key), current=stored.get(key, -1))
    return text, kb.totals_step(t, year, key in stored)


def _keys(data: dict[str, Any]) -> list[str]:
    """The totals asked in this form (kept in the form: a kindergarten is not asked about pupils); a form begun
    before they were kept asks them all."""
    keys = data.get("keys") or list(TOTALS)
    if not all(key in TOTALS for key in keys):
        raise DomainError("error-stale")
    return list(keys)


async def _totals_next(state: FSMContext, t: TextFn, actor: Actor, reports: ReportService,
                       entered: dict[str, int | None]) -> tuple[str, InlineKeyboardMarkup | None]:
    """Stores the answer to the current question and asks the next one; after the last, saves the year's totals
    and shows them with the year's indicators."""
    data = await state.get_data()
    values = {**data["values"], **entered}
    step = int(data["step"]) + 1
    keys = _keys(data)
    if step < len(keys):
        await state.update_data(values=values, step=step)
        return _totals_question(t, int(data["year"]), step, data["stored"], keys)
    await state.clear()
    year = int(data["year"])
    saved = await reports.save_totals(actor, year, {k: v for k, v in values.items() if v is not None})
    _, values_now = await reports.year_indicators(actor, year=year)
    lines = [t("report-totals-saved", year=school_year_label(year)), ""]
    lines += [t("report-totals-line", total=t("report-total-name", key=key), value=saved[key])
              for key in keys if key in saved]
    lines += ["", *indicator_lines(t, values_now)]
    return fit_lines(lines), None


def create_router() -> Router:
    router = Router(name="reports")
    @router.message(Command("report"))
    async def report(message: Message, t: TextFn, actor: Actor, reports: ReportService) -> None:
        if actor.is_admin and not actor.has_role(Role.COORDINATOR):  # the super-admin: every organisation
            text, markup = await side_by_side(t, actor, reports)
            await message.answer(text, reply_markup=markup)
            return
        text, markup = await _dashboard(t, actor, reports)
        await message.answer(text, reply_markup=markup)

    @router.callback_query(ReportCb.filter(F.a == "dash"))
    async def choose_year(query: CallbackQuery, callback_data: ReportCb, t: TextFn, actor: Actor,
                          reports: ReportService) -> None:
        """The year chooser: the same dashboard for another school year, in place."""
        text, markup = await _dashboard(t, actor, reports, callback_data.o, callback_data.y)
        await query.answer()
        await replace_page(query, text, markup)

    # ---- the organisation's totals of a school year: one number at a time --------------------------------------

    @router.callback_query(ReportCb.filter(F.a == "tot"))
    async def start_totals(query: CallbackQuery, callback_data: ReportCb, state: FSMContext, t: TextFn,
                           actor: Actor, reports: ReportService) -> None:
        year, stored = await reports.totals(actor, callback_data.y or None)
        keys = list(await reports.total_keys(actor))
        await state.set_state(TotalsForm.value)
        await state.set_data({"year": year, "step": 0, "stored": stored, "values": {}, "keys": keys})
        await query.answer()
        text, markup = _totals_question(t, year, 0, stored, keys)
        await say(query, t("report-totals-intro", year=school_year_label(year)) + "\n\n" + text,
                  reply_markup=markup)

    @router.message(StateFilter(TotalsForm.value), NotCommand())
    async def got_total(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                        reports: ReportService) -> None:
        data = await state.get_data()
        key = _keys(data)[int(data["step"])]
        value = parse_total(message.text)  # not a whole number: a polite re-ask (the error router)
        check_totals({**data["stored"], **data["values"], key: value})  # a part above its whole: the same
        text, markup = await _totals_next(state, t, actor, reports, {key: value})
        await message.answer(text, reply_markup=markup)

    @router.callback_query(ReportCb.filter(F.a == "skip"), StateFilter(TotalsForm.value))
    async def skip_total(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor,
                         reports: ReportService) -> None:
        text, markup = await _totals_next(state, t, actor, reports, {})
        await query.answer()
        await drop_buttons(query)
        await say(query, text, reply_markup=markup)

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
        text, markup = await _dashboard(t, actor, reports, callback_data.o)
        await query.answer()
        await bot.send_message(query.from_user.id, text, reply_markup=markup)

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
        data = await exports.workbook(actor, t, callback_data.o or None, callback_data.y or None)
        await query.answer()
        await bot.send_document(query.from_user.id, BufferedInputFile(data, t("report-file-xlsx")),
                                caption=t("report-xlsx-caption"))

    @router.callback_query(ReportCb.filter(F.a == "charts"))
    async def charts(query: CallbackQuery, callback_data: ReportCb, t: TextFn, actor: Actor, bot: Bot,
                     reports: ReportService) -> None:
        """The charts of the chosen school year that have something to show, as photos."""
        require_coordinator(actor, callback_data.o or None)
        await bot.send_chat_action(query.from_user.id, ChatAction.UPLOAD_PHOTO)
        drawn = await draw_charts(t, actor, reports, callback_data.o or None, callback_data.y or None)
        await query.answer()
        for name, png in drawn.items():
            if png is not None:
                await bot.send_photo(query.from_user.id, BufferedInputFile(png, f"{name}.png"),
                                     caption=t("chart-caption", chart=name))

    return router
