"""The year-end report a school files: before it is made the coordinator checks the local acts (/acts: the number and
date of the положение, the order on the programme, the order on the pairs) and writes the conclusions and tasks for
next year (last year's are offered to keep); then «📄 Сформировать отчёт» makes the .docx.

/report's «📄 Годовой отчёт» button (ReportCb «year») is answered here: this router is included before the reports
router, so the button opens the preparation instead of making the document at once."""

from __future__ import annotations

import asyncio
import dataclasses
import html
import re
from datetime import date
from typing import TYPE_CHECKING

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from bot.callbacks import ReportCb, YearCb
from bot.i18n import TextFn
from bot.keyboards import year_report as kb
from bot.services.access import Actor, require_coordinator
from bot.services.achievements import AchievementLine
from bot.services.indicators import NUMBER, YOUNG_SPECIALIST_YEARS, IndicatorValue
from bot.services.matching import FORMS, form_name
from bot.services.privacy import shown_name
from bot.services.reports import Dashboard, ReportService
from bot.services.school_calendar import school_year_bounds
from bot.services.year_report import (
    ACT_KINDS,
    SWOT_PARTS,
    LocalAct,
    Preparation,
    ReportPair,
    YearReport,
    YearReportService,
    act_kind,
    conclusions_text,
)
from bot.states import YearForm
from handlers._util import NotCommand, drop_buttons, fit_lines, fit_text, reply_target

if TYPE_CHECKING:  # python-docx is imported with the first document: the bot starts without it
    from bot.services import documents

PREVIEW = 400  # characters of the conclusions shown on the preparation screen
MESSAGE_LIMIT = 4096


def _act(t: TextFn, kind: str, act: LocalAct | None) -> str:
    if act is None:
        return t("yr-act-missing", kind=kind)
    return t("yr-act", kind=kind, number=act.number, date=act.signed_on)


def _year_label(year: int) -> str:
    return f"{year}/{year + 1}"


def preparation_text(t: TextFn, prepared: Preparation) -> str:
    lines = [t("yr-prep-title", year=_year_label(prepared.school_year)), "", t("yr-acts-title")]
    lines += [_act(t, kind, prepared.acts.get(kind)) for kind in ACT_KINDS]
    lines.append("")
    if prepared.confirmed and prepared.conclusions is not None:
        lines += [t("yr-conclusions-title"), fit_text(prepared.conclusions.conclusions, PREVIEW),
                  t("yr-tasks-title"), fit_text(prepared.conclusions.tasks, PREVIEW)]
    else:
        lines.append(t("yr-conclusions-missing"))
    lines += ["", t("yr-prep-hint")]
    return fit_lines(lines)


async def _ask_conclusions(state: FSMContext, t: TextFn, bot: Bot, chat: int, prepared: Preparation,
                           org_id: int) -> None:
    await state.set_state(YearForm.conclusions)
    await state.set_data({"o": org_id, "y": prepared.school_year})
    previous = prepared.conclusions
    if previous is not None and previous.school_year != prepared.school_year:
        text = t("yr-ask-conclusions-previous", year=_year_label(previous.school_year),
                 conclusions=fit_text(previous.conclusions, 1500), tasks=fit_text(previous.tasks, 1500))
        await bot.send_message(chat, fit_text(text, MESSAGE_LIMIT), reply_markup=kb.keep(t, org_id,
                                                                                        prepared.school_year))
        return
    if previous is not None:  # rewriting this year's: show what is there to copy from
        text = t("yr-ask-conclusions-again", conclusions=fit_text(previous.conclusions, 1500))
        await bot.send_message(chat, fit_text(text, MESSAGE_LIMIT))
        return
    await bot.send_message(chat, t("yr-ask-conclusions", year=_year_label(prepared.school_year)))


async def _show(t: TextFn, bot: Bot, chat: int, prepared: Preparation, org_id: int, own: bool) -> None:
    await bot.send_message(chat, preparation_text(t, prepared),
                           reply_markup=kb.preparation(t, org_id, prepared.school_year, own))


def create_router() -> Router:
    router = Router(name="year_report")

    @router.callback_query(ReportCb.filter(F.a == "year"))
    async def from_report(query: CallbackQuery, callback_data: ReportCb, state: FSMContext, t: TextFn,
                          actor: Actor, year_reports: YearReportService) -> None:
        """/report's «Годовой отчёт»: the conclusions are asked first when this year has none, then the preparation."""
        prepared = await year_reports.preparation(actor, callback_data.o or None, callback_data.y)
        await query.answer()
        bot, chat = reply_target(query)
        if not prepared.confirmed:
            await _ask_conclusions(state, t, bot, chat, prepared, callback_data.o)
            return
        await _show(t, bot, chat, prepared, callback_data.o, own=not callback_data.o)

    @router.message(Command("acts"))
    async def acts(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                   year_reports: YearReportService) -> None:
        recorded = await year_reports.acts(actor)
        await state.clear()
        await message.answer("\n".join([t("yr-acts-title"), *(_act(t, k, recorded.get(k)) for k in ACT_KINDS), "",
                                        t("yr-acts-hint")]), reply_markup=kb.acts(t))

    @router.callback_query(YearCb.filter(F.a == "prep"))
    async def preparation(query: CallbackQuery, callback_data: YearCb, t: TextFn, actor: Actor,
                          year_reports: YearReportService) -> None:
        prepared = await year_reports.preparation(actor, callback_data.o or None, callback_data.y)
        await query.answer()
        await _show(t, *reply_target(query), prepared, callback_data.o, own=not callback_data.o)

    # ---- a local act: one line «№ 45-од от 28.08.2026» ----------------------------------------------------------

    @router.callback_query(YearCb.filter(F.a == "act"))
    async def ask_act(query: CallbackQuery, callback_data: YearCb, state: FSMContext, t: TextFn,
                      actor: Actor) -> None:
        require_coordinator(actor)
        kind = act_kind(callback_data.v)
        await state.set_state(YearForm.act)
        await state.set_data({"kind": kind, "y": callback_data.y})
        await query.answer()
        bot, chat = reply_target(query)
        await bot.send_message(chat, t("yr-ask-act", kind=kind))

    @router.message(StateFilter(YearForm.act), NotCommand())
    async def got_act(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                      year_reports: YearReportService) -> None:
        data = await state.get_data()
        act = await year_reports.set_act(actor, data["kind"], message.text)  # a sticker or a bad line: re-asked
        await state.clear()
        await message.answer(t("yr-act-saved", kind=act.kind, number=act.number, date=act.signed_on))
        prepared = await year_reports.preparation(actor, None, data.get("y", 0))
        await _show(t, *reply_target(message), prepared, 0, own=True)

    # ---- conclusions and tasks for next year --------------------------------------------------------------------

    @router.callback_query(YearCb.filter(F.a == "conc"))
    async def write_conclusions(query: CallbackQuery, callback_data: YearCb, state: FSMContext, t: TextFn,
                                actor: Actor, year_reports: YearReportService) -> None:
        prepared = await year_reports.preparation(actor, callback_data.o or None, callback_data.y)
        await query.answer()
        bot, chat = reply_target(query)
        await _ask_conclusions(state, t, bot, chat, prepared, callback_data.o)

    @router.callback_query(YearCb.filter(F.a == "keep"))
    async def keep(query: CallbackQuery, callback_data: YearCb, state: FSMContext, t: TextFn, actor: Actor,
                   year_reports: YearReportService) -> None:
        await year_reports.keep_conclusions(actor, callback_data.y, callback_data.o or None)
        await state.clear()
        await query.answer(t("yr-kept"))
        await drop_buttons(query)
        prepared = await year_reports.preparation(actor, callback_data.o or None, callback_data.y)
        await _show(t, *reply_target(query), prepared, callback_data.o, own=not callback_data.o)

    @router.message(StateFilter(YearForm.conclusions), NotCommand())
    async def got_conclusions(message: Message, state: FSMContext, t: TextFn, actor: Actor) -> None:
        data = await state.get_data()
        require_coordinator(actor, data.get("o") or None)
        await state.update_data(conclusions=conclusions_text(message.text))  # a sticker, empty, huge: re-asked
        await state.set_state(YearForm.tasks)
        await message.answer(t("yr-ask-tasks"))

    @router.message(StateFilter(YearForm.tasks), NotCommand())
    async def got_tasks(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                        year_reports: YearReportService) -> None:
        data = await state.get_data()
        org_id = data.get("o") or 0
        await year_reports.set_conclusions(actor, data["y"], data["conclusions"], message.text, org_id or None)
        await state.clear()
        await message.answer(t("yr-conclusions-saved"))
        prepared = await year_reports.preparation(actor, org_id or None, data["y"])
        await _show(t, *reply_target(message), prepared, org_id, own=not org_id)

    # ---- the document -------------------------------------------------------------------------------------------

    @router.callback_query(YearCb.filter(F.a == "make"))
    async def make(query: CallbackQuery, callback_data: YearCb, state: FSMContext, t: TextFn, actor: Actor,
                   bot: Bot, reports: ReportService, year_reports: YearReportService) -> None:
        prepared = await year_reports.preparation(actor, callback_data.o or None, callback_data.y)
        if not prepared.confirmed:  # asked before the report is made
            await query.answer()
            await _ask_conclusions(state, t, bot, query.from_user.id, prepared, callback_data.o)
            return
        await bot.send_chat_action(query.from_user.id, ChatAction.UPLOAD_DOCUMENT)  # a big school takes seconds
        data = await year_report_document(t, actor, reports, year_reports, callback_data.o or None,
                                          prepared.school_year)
        await query.answer()
        name = t("report-file-year", year=prepared.school_year, next=prepared.school_year + 1)
        await bot.send_document(query.from_user.id, BufferedInputFile(data, name),
                                caption=t("yr-caption", year=_year_label(prepared.school_year)))

    return router


# ---- the document's sections -----------------------------------------------------------------------------------

async def year_report_document(t: TextFn, actor: Actor, reports: ReportService, year_reports: YearReportService,
                               org_id: int | None, year: int) -> bytes:
    """«Отчёт о реализации программы (системы) наставничества за 20XX/20XX учебный год»: the dashboard's sections
    (handlers/reports.py: participants, pairs, meetings, monitoring, roadmap, open issues) framed by this report's
    own — general information (period, local acts, curator), indicators, SWOT, outcomes, conclusions — the signature
    block and the list of pairs in an appendix."""
    from bot.services import documents
    from handlers.reports import draw_charts, year_sections

    mine = await year_reports.facts(actor, org_id, year)  # year 0: the current school year
    facts = await reports.year(actor, org_id, mine.school_year)
    charts = await draw_charts(t, actor, reports, facts.dashboard.org_id)
    sections = list(year_sections(t, facts, charts))
    pairs_heading = t("doc-year-pairs")
    at = next((n for n, s in enumerate(sections) if s.heading == pairs_heading), len(sections) - 1)
    if at < len(sections) and sections[at].heading == pairs_heading:
        sections[at] = dataclasses.replace(sections[at], tables=(*sections[at].tables, _forms_table(t, mine)),
                                           lines=(*sections[at].lines, t("doc-report-pairs-appendix",
                                                                        count=len(mine.pairs))))
    sections.insert(at + 1, indicators_section(t, facts.dashboard))
    sections = [general_section(t, mine), *sections, swot_section(t, mine), outcomes_section(t, mine),
                conclusions_section(t, mine)]
    curator = mine.curators[0].full_name if mine.curators else None
    signatures = (documents.Signature(t("doc-report-sign-curator"), curator),
                  documents.Signature(t("doc-report-sign-head")))
    return await asyncio.to_thread(
        documents.year_report_docx, t, mine.org.name, mine.on, sections,
        title=t("doc-report-title-of", first=str(mine.school_year), second=str(mine.school_year + 1)),
        signatures=signatures, appendices=(pairs_appendix(t, mine),))


def _date(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def general_section(t: TextFn, r: YearReport) -> documents.ReportSection:
    """The period, the local acts (as recorded; «не записано» otherwise), the curator."""
    from bot.services import documents

    first, last = school_year_bounds(r.school_year)

    def act(kind: str) -> str:
        found = r.acts.get(kind)
        return f"№ {found.number}, {_date(found.signed_on)}" if found else t("doc-report-act-missing")

    curators = ", ".join(shown_name(t, p) for p in r.curators) or t("doc-report-act-missing")
    return documents.ReportSection(t("doc-report-general"), (
        (t("doc-report-period"), f"{_date(first)} – {_date(last)}"),
        *((t("doc-report-act", kind=kind), act(kind)) for kind in ACT_KINDS),
        (t("doc-report-curator"), curators)))


def _forms_table(t: TextFn, r: YearReport) -> documents.DocTable:
    from bot.services import documents

    counts: dict[str, list[int]] = {}
    for pair in r.pairs:
        row = counts.setdefault(pair.form, [0, 0, 0])
        row[0] += 1
        row[1] += 1 + len(pair.mentees)
        row[2] += pair.status in ("active", "ending")
    return documents.DocTable(
        (t("doc-report-col-form"), t("doc-report-col-pairs"), t("doc-report-col-people"), t("doc-report-col-working")),
        tuple((form_name(t, f), str(counts[f][0]), str(counts[f][1]), str(counts[f][2]))
              for f in [*FORMS, *sorted(set(counts) - set(FORMS))] if f in counts),
        (75, 30, 30, 30), centred=(1, 2, 3), caption=t("doc-report-forms-caption"))


def indicators_section(t: TextFn, d: Dashboard) -> documents.ReportSection:
    """The indicators table: the official indicators of the school year against the organisation's totals
    (bot/services/indicators.py, as the dashboard shows them — a missing total is named, never a made-up share)."""
    from bot.services import documents

    def share(part: int, whole: int) -> str:
        return f"{part} / {whole} ({round(100 * part / whole)} %)" if whole else f"{part} / —"

    def percent(value: float | None) -> str:
        return "—" if value is None else f"{round(100 * value)} %"

    if d.indicators:
        rows = [(_plain(t("report-ind-name", code=v.indicator.code, years=YOUNG_SPECIALIST_YEARS)),
                 _plain(_indicator_value(t, v))) for v in d.indicators]
    else:  # a dashboard without the official indicators: what it counts itself
        rows = [
            (t("doc-report-ind", i="young"), share(d.young_with_mentor, d.young_teachers)),
            (t("doc-report-ind", i="trained"), share(d.mentors_trained, d.mentors_approved)),
            (t("doc-report-ind", i="partners"), str(d.partners_providing)),
            (t("doc-report-ind", i="satisfied_mentors"), percent(d.satisfied_mentors)),
            (t("doc-report-ind", i="satisfied_mentees"), percent(d.satisfied_mentees)),
        ]
    return documents.ReportSection(t("doc-report-indicators"), tables=(documents.DocTable(
        (t("doc-report-col-indicator"), t("doc-report-col-value")), tuple(rows), (115, 50), centred=(1,)),))


def _indicator_value(t: TextFn, v: IndicatorValue) -> str:
    """As the dashboard shows an indicator's value (handlers/reports.py, indicator_lines)."""
    if v.indicator.kind == NUMBER:
        shown = t("report-ind-number", count=v.part)
    elif v.missing_total is not None:
        shown = t("report-ind-missing", part=v.part, total=t("report-total-name", key=v.missing_total))
    elif v.share is None:
        shown = t("report-ind-none", kind=v.indicator.kind)
    else:
        shown = t("report-ind-share", part=v.part, whole=v.whole or 0, share=v.percent or 0)
    return shown + (" " + t("report-ind-unknown", count=v.unknown, code=v.indicator.code) if v.unknown else "")


def _plain(text: str) -> str:
    """A Telegram text in a .docx: no tags, no entities."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def swot_section(t: TextFn, r: YearReport) -> documents.ReportSection:
    """Strengths, weaknesses, opportunities, threats and proposals from the programme-quality answers released by
    the anonymity rule; how many answers, and how many anonymous surveys were left out."""
    from bot.services import documents

    swot = r.swot
    lines = [t("doc-report-swot-count", count=swot.answers)]
    if swot.hidden:
        lines.append(t("doc-report-swot-hidden", count=swot.hidden))
    if not swot.answers:
        lines.append(t("doc-report-swot-none"))
        return documents.ReportSection(t("doc-report-swot"), lines=tuple(lines))
    table = documents.DocTable(
        (t("doc-report-col-swot-part"), t("doc-report-col-swot-answers")),
        tuple((t("doc-report-swot-part", part=part), "\n".join(f"• {a}" for a in swot.parts.get(part, ())) or "—")
              for part in SWOT_PARTS), (45, 120))
    return documents.ReportSection(t("doc-report-swot"), lines=tuple(lines), tables=(table,))


def outcomes_section(t: TextFn, r: YearReport) -> documents.ReportSection:
    """The school year's achievements, rewards and best practices, each as a table (or «нет»)."""
    from bot.services import documents

    tables = []
    lines = []
    if r.achievements:
        tables.append(documents.DocTable(
            (t("doc-report-col-date"), t("doc-report-col-participant"), t("doc-report-col-achievement")),
            tuple((_date(line.achievement.achieved_on), shown_name(t, line.person), _achievement(t, line))
                  for line in r.achievements), (25, 50, 90), centred=(0,), caption=t("doc-report-achievements")))
    else:
        lines.append(t("doc-report-achievements-none"))
    if r.rewards:
        tables.append(documents.DocTable(
            (t("doc-report-col-date"), t("doc-report-col-mentor"), t("doc-report-col-reward")),
            tuple((_date(line.reward.given_on), shown_name(t, line.person),
                   t("ach-reward", kind=line.reward.kind) + (f", {line.reward.note}" if line.reward.note else ""))
                  for line in r.rewards), (25, 50, 90), centred=(0,), caption=t("doc-report-rewards")))
    else:
        lines.append(t("doc-report-rewards-none"))
    if r.practices:
        tables.append(documents.DocTable(
            (t("doc-report-col-practice"), t("doc-report-col-author")),
            tuple((f"{line.practice.title}\n{line.practice.description}", shown_name(t, line.author))
                  for line in r.practices), (115, 50), caption=t("doc-report-practices")))
    else:
        lines.append(t("doc-report-practices-none"))
    return documents.ReportSection(t("doc-report-outcomes"), lines=tuple(lines), tables=tuple(tables))


def _achievement(t: TextFn, line: AchievementLine) -> str:
    a = line.achievement
    kind = t("ach-kind", kind=a.kind)
    result = f" ({t('ach-result', result=a.result)})" if a.result else ""
    return f"{kind}{result}: {a.title}"


def conclusions_section(t: TextFn, r: YearReport) -> documents.ReportSection:
    from bot.services import documents

    if r.conclusions is None:
        return documents.ReportSection(t("doc-report-conclusions"), lines=(t("doc-report-conclusions-none"),))
    return documents.ReportSection(t("doc-report-conclusions"), tables=(documents.DocTable(
        (t("doc-report-col-conclusions"), t("doc-report-col-tasks")),
        ((r.conclusions.conclusions, r.conclusions.tasks),), (82, 83)),))


def pairs_appendix(t: TextFn, r: YearReport) -> documents.Appendix:
    """The list of the school year's pairs and groups: mentor, mentees, form, term, status."""
    from bot.services import documents

    def term(p: ReportPair) -> str:
        return f"{_date(p.starts_on)} – {_date(p.ends_on) if p.ends_on else '…'}"

    rows = tuple((f"{n}.", shown_name(t, p.mentor), "\n".join(shown_name(t, m) for m in p.mentees) or "—",
                  form_name(t, p.form), term(p), t("doc-report-pair-status", status=p.status))
                 for n, p in enumerate(r.pairs, 1))
    table = documents.DocTable(
        (t("doc-order-col-number"), t("doc-order-col-mentor"), t("doc-order-col-mentees"), t("doc-order-col-form"),
         t("doc-order-col-term"), t("doc-year-col-status")), rows or (("—", "—", "—", "—", "—", "—"),),
        (10, 38, 38, 29, 28, 22), centred=(0, 4))
    return documents.Appendix(t("doc-report-appendix-pairs", year=_year_label(r.school_year)), table)
