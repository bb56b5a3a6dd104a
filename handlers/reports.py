"""/report (coordinator): the programme on one screen, every figure from ReportService."""

from __future__ import annotations

import asyncio

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ReportCb
from bot.i18n import TextFn
from bot.services.access import Actor
from bot.services.charts import gantt_chart, meetings_chart, satisfaction_chart
from bot.services.exports import ExportService
from bot.services.matching import FORMS, form_name
from bot.services.reports import QUIET_DAYS, YOUNG_TEACHER_YEARS, Dashboard, ReportService
from handlers._util import fit_lines


def _share(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _percent(value: float | None) -> int:
    return -1 if value is None else round(100 * value)


def dashboard_text(t: TextFn, d: Dashboard) -> str:
    lines = [t("report-title", org=d.org_name, date=d.on), "",
             t("report-mentors", approved=d.mentors_approved, trained=d.mentors_trained, full=d.mentors_full),
             t("report-mentees", teachers=d.mentees_teachers, students=d.mentees_students, matched=d.mentees_matched,
               unmatched=d.mentees_unmatched),
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


def create_router() -> Router:
    router = Router(name="reports")

    @router.message(Command("report"))
    async def report(message: Message, t: TextFn, actor: Actor, reports: ReportService) -> None:
        kb = InlineKeyboardBuilder()
        kb.button(text=t("report-btn-charts"), callback_data=ReportCb(a="charts"))
        kb.button(text=t("report-btn-xlsx"), callback_data=ReportCb(a="xlsx"))
        kb.adjust(1)
        await message.answer(dashboard_text(t, await reports.dashboard(actor)), reply_markup=kb.as_markup())

    @router.callback_query(ReportCb.filter(F.a == "xlsx"))
    async def excel(query: CallbackQuery, t: TextFn, actor: Actor, bot: Bot, exports: ExportService) -> None:
        data = await exports.workbook(actor, t)
        await query.answer()
        await bot.send_document(query.from_user.id, BufferedInputFile(data, "mentorship.xlsx"),
                                caption=t("report-xlsx-caption"))

    @router.callback_query(ReportCb.filter(F.a == "charts"))
    async def charts(query: CallbackQuery, t: TextFn, actor: Actor, bot: Bot, reports: ReportService) -> None:
        """Meetings per month, satisfaction of mentors vs mentees, the roadmap as a Gantt chart (drawn off the
        event loop; the ones with nothing to show are skipped)."""
        months = await reports.meetings_per_month(actor)
        mentors, mentees = await reports.satisfaction(actor)
        today, rows = await reports.roadmap_rows(actor)
        await query.answer()
        pictures = [(await asyncio.to_thread(meetings_chart, [(m.strftime("%m.%Y"), n) for m, n in months],
                                             t("chart-meetings-title"), t("chart-meetings-axis")), "meetings")]
        if mentors or mentees:
            pictures.append((await asyncio.to_thread(
                satisfaction_chart, mentors, mentees, t("chart-satisfaction-title"),
                (t("chart-satisfaction-mentors"), t("chart-satisfaction-mentees")), t("chart-satisfaction-axis")),
                "satisfaction"))
        if rows:
            pictures.append((await asyncio.to_thread(gantt_chart, rows, today, t("chart-roadmap-title"),
                                                     t("chart-roadmap-today")), "roadmap"))
        for png, name in pictures:
            await bot.send_photo(query.from_user.id, BufferedInputFile(png, f"{name}.png"),
                                 caption=t("chart-caption", chart=name))

    return router
