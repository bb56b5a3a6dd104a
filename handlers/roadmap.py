"""/roadmap: import (file or template), link responsible staff, dates, activate, progress; /tasks; reminder buttons."""

from __future__ import annotations

import html
import logging
import tempfile
from contextlib import suppress
from datetime import date
from pathlib import Path

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.callbacks import ActionCb, RoadmapCb
from bot.filters import HasRole
from bot.i18n import Raw, TextFn
from bot.keyboards import roadmap as kb
from bot.keyboards.common import PAGE_SIZE, page_of
from bot.services.access import Actor, require_coordinator
from bot.services.errors import DomainError, InvalidInput
from bot.services.records import Activity, ActivityStatus, Roadmap, RoadmapStatus, Role
from bot.services.roadmap import MAX_FILE_BYTES, RoadmapService, RoadmapView
from bot.states import RoadmapEdit
from handlers._routing import Has
from handlers._util import NotCommand, callback_message, fit_lines, say

logger = logging.getLogger(__name__)


def clip(text: str, limit: int = 150) -> str:
    """Shortened and HTML-escaped: titles come from uploaded documents."""
    return html.escape(text if len(text) <= limit else text[: limit - 1] + "…", quote=False)


def fit(lines: list[str], t: TextFn) -> str:
    """Join lines within Telegram's limit (the one splitter), ending with «…и ещё, см. по этапам»."""
    return fit_lines(lines, more=t("roadmap-more"))


def when(activity: Activity) -> Raw:
    """The activity's dates as shown (already HTML-safe)."""
    if activity.due_on is None:
        return Raw(clip(activity.deadline_text, 80) or "—")
    if activity.starts_on and activity.starts_on < activity.due_on:
        return Raw(f"{activity.starts_on:%d.%m.%Y}–{activity.due_on:%d.%m.%Y}")
    return Raw(f"{activity.due_on:%d.%m.%Y}")


def status_mark(activity: Activity, view_today: date) -> str:
    if activity.is_overdue(view_today):
        return "⚠️"
    return {ActivityStatus.DONE: "✅", ActivityStatus.SKIPPED: "⏭", ActivityStatus.IN_PROGRESS: "⏳"}.get(
        activity.status, "▫️")


async def preview(t: TextFn, actor: Actor, roadmaps: RoadmapService,
                  roadmap: Roadmap) -> tuple[str, InlineKeyboardMarkup]:
    links = await roadmaps.labels(actor, roadmap.id)
    view = await roadmaps.view(actor, roadmap.id)
    source = t("roadmap-source-template") if roadmap.source == "template" else roadmap.source
    lines = [t("roadmap-draft-title", year=roadmap.academic_year, next=roadmap.academic_year + 1, source=source),
             t("roadmap-draft-counts", stages=len(view.stages), activities=view.total),
             t("roadmap-draft-links", linked=sum(1 for link in links if link.persons), total=len(links))]
    undated = sum(1 for s in view.stages for a in s.activities if a.due_on is None)
    if undated:
        lines.append(t("roadmap-draft-undated", count=undated))
    past = sum(1 for s in view.stages for a in s.activities if a.due_on is not None and a.due_on < view.today)
    if past:
        lines.append(t("roadmap-draft-past", count=past))
    if roadmap.warnings:
        lines += ["", t("roadmap-draft-warnings", count=len(roadmap.warnings))]
        lines += [f"• {warning_text(t, w)}" for w in roadmap.warnings[:8]]
    lines += ["", t("roadmap-draft-next")]
    return fit(lines, t), kb.draft(t, roadmap)


def warning_text(t: TextFn, warning: dict) -> str:
    """A parser warning in the reader's language; its English text when there is no translation."""
    key = f"roadmap-warn-{warning.get('code')}"
    if warning.get("code") and t.has(key):
        values = {k: Raw(clip(v, 120)) if isinstance(v, str) else v for k, v in warning.get("values", {}).items()}
        return t(key, **values)
    return clip(warning.get("text", ""), 200)


def progress_text(t: TextFn, view: RoadmapView) -> str:
    lines = [t("roadmap-active-title", year=view.roadmap.academic_year, next=view.roadmap.academic_year + 1),
             t("roadmap-active-counts", done=view.done, total=view.total, overdue=view.overdue), ""]
    for stage in view.stages:
        lines.append(t("roadmap-stage-line", number=stage.stage.number, title=Raw(clip(stage.stage.title, 90)),
                       done=stage.done, total=len(stage.activities), overdue=stage.overdue))
    return fit(lines, t)


def stage_text(t: TextFn, view: RoadmapView, stage_id: int) -> str:
    stage = next((s for s in view.stages if s.stage.id == stage_id), None)
    if stage is None:
        raise DomainError("error-stale")
    lines = [t("roadmap-stage-title", number=stage.stage.number, title=Raw(clip(stage.stage.title, 300))), ""]
    for activity in stage.activities:
        who = ", ".join(activity.labels) or "—"
        lines.append(f"{status_mark(activity, view.today)} {clip(activity.title)}")
        lines.append(t("roadmap-activity-meta", when=when(activity), who=who,
                       status=t("activity-status", status=activity.status.value)))
        if activity.skip_reason:
            lines.append(t("roadmap-activity-skipped", reason=activity.skip_reason))
    return fit(lines, t)


def task_text(t: TextFn, activity: Activity, today: date) -> str:
    overdue = activity.is_overdue(today)
    lines = [f"<b>{clip(activity.title, 400)}</b>",
             t("task-when", when=when(activity)),
             t("task-status", status=t("activity-status", status=activity.status.value))]
    if overdue:
        lines.append(t("task-overdue"))
    return "\n".join(lines)


def create_router() -> Router:
    router = Router(name="roadmap")

    # ---- /roadmap -----------------------------------------------------------------------------------

    @router.message(Command("roadmap"))
    async def show(message: Message, t: TextFn, actor: Actor, roadmaps: RoadmapService) -> None:
        is_coordinator = actor.has_role(Role.COORDINATOR)
        if is_coordinator and (draft := await roadmaps.draft(actor)) is not None:
            text, markup = await preview(t, actor, roadmaps, draft)
            await message.answer(text, reply_markup=markup)
            return
        active = await roadmaps.active(actor)
        if active is None:
            if is_coordinator:
                year = await roadmaps.current_year(actor)
                await message.answer(t("roadmap-none-coordinator", year=year, next=year + 1), reply_markup=kb.start(t))
            else:
                await message.answer(t("roadmap-none"))
            return
        view = await roadmaps.view(actor, active.id)
        hint = "\n\n" + t("roadmap-upload-hint") if is_coordinator else "\n\n" + t("roadmap-tasks-hint")
        await message.answer(progress_text(t, view) + hint,
                             reply_markup=kb.stages(t, active, view.stages, is_coordinator))

    @router.message(Has("document"), HasRole(Role.COORDINATOR))
    async def upload(message: Message, t: TextFn, actor: Actor, bot: Bot, roadmaps: RoadmapService) -> None:
        require_coordinator(actor)
        document = message.document
        assert document is not None
        name = (document.file_name or "roadmap").strip()
        if document.file_size and document.file_size > MAX_FILE_BYTES:
            raise InvalidInput("roadmap-error-size")
        suffix = Path(name).suffix.lower()
        year = await roadmaps.current_year(actor)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"roadmap{suffix if suffix.isascii() else ''}"
            await bot.download(document.file_id, destination=path)
            roadmap = await roadmaps.import_file(actor, path, name, year)
        text, markup = await preview(t, actor, roadmaps, roadmap)
        await message.answer(text, reply_markup=markup)

    @router.callback_query(RoadmapCb.filter(F.action == "template"))
    async def template(query: CallbackQuery, t: TextFn, actor: Actor, roadmaps: RoadmapService) -> None:
        roadmap = await roadmaps.import_template(actor, await roadmaps.current_year(actor))
        await query.answer()
        text, markup = await preview(t, actor, roadmaps, roadmap)
        await say(query, text, reply_markup=markup)

    @router.callback_query(RoadmapCb.filter(F.action == "preview"))
    async def back_to_preview(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                              roadmaps: RoadmapService) -> None:
        roadmap = await roadmaps.own(actor, callback_data.roadmap_id)
        await query.answer()
        if roadmap.status is RoadmapStatus.DRAFT:
            text, markup = await preview(t, actor, roadmaps, roadmap)
        else:
            view = await roadmaps.view(actor, roadmap.id)
            text, markup = progress_text(t, view), kb.stages(t, roadmap, view.stages, True)
        await edit(query, text, markup)

    # ---- linking responsible staff ----------------------------------------------------------------

    @router.callback_query(RoadmapCb.filter(F.action == "labels"))
    async def labels(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                     roadmaps: RoadmapService) -> None:
        roadmap = await roadmaps.own(actor, callback_data.roadmap_id)
        links = await roadmaps.labels(actor, roadmap.id)
        shown, page, pages = page_of(links, callback_data.item)
        await query.answer()
        await edit(query, t("roadmap-labels-title"), kb.labels(t, roadmap, shown, page, pages))

    async def show_label(query: CallbackQuery, t: TextFn, actor: Actor, roadmaps: RoadmapService, roadmap_id: int,
                         index: int, show_all: bool, page: int = 0) -> None:
        roadmap = await roadmaps.own(actor, roadmap_id)
        link = await roadmaps.label_at(actor, roadmap_id, index)
        if show_all:
            options: list = list(await roadmaps.staff(roadmap.org_id))
            shown, page, pages = page_of(options, page)
        else:
            shown, pages = await roadmaps.suggestions(actor, roadmap_id, index), 1
        linked = ", ".join(p.full_name or "—" for p in link.persons) or t("roadmap-label-nobody")
        key = "roadmap-label-options" if shown else "roadmap-label-no-suggestions"
        text = t("roadmap-label-title", label=link.label, count=link.activities, linked=linked) + "\n\n" + t(key)
        if any(not getattr(s, "exact", True) for s in shown):
            text += "\n" + t("roadmap-label-close-match")
        await edit(query, text, kb.people(t, roadmap, link, shown, page, pages, show_all))

    @router.callback_query(RoadmapCb.filter(F.action.in_({"label", "all"})))
    async def label(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                    roadmaps: RoadmapService) -> None:
        await query.answer()
        await show_label(query, t, actor, roadmaps, callback_data.roadmap_id, callback_data.item,
                         callback_data.action == "all", callback_data.person_id)

    @router.callback_query(RoadmapCb.filter(F.action == "toggle"))
    async def toggle(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                     roadmaps: RoadmapService) -> None:
        link = await roadmaps.label_at(actor, callback_data.roadmap_id, callback_data.item)
        current = [p.id for p in link.persons]
        chosen = ([p for p in current if p != callback_data.person_id] if callback_data.person_id in current
                  else [*current, callback_data.person_id])
        await roadmaps.link(actor, callback_data.roadmap_id, callback_data.item, chosen)
        await query.answer(t("roadmap-linked") if callback_data.person_id in chosen else t("roadmap-unlinked"))
        await show_label(query, t, actor, roadmaps, callback_data.roadmap_id, callback_data.item, False)

    # ---- dates ------------------------------------------------------------------------------------

    @router.callback_query(RoadmapCb.filter(F.action == "dates"))
    async def dates(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                    roadmaps: RoadmapService) -> None:
        roadmap = await roadmaps.own(actor, callback_data.roadmap_id)
        view = await roadmaps.view(actor, roadmap.id)
        everything = [a for s in view.stages for a in s.activities]
        shown, page, pages = page_of(everything, callback_data.item)
        first = page * PAGE_SIZE + 1
        lines = [t("roadmap-dates-title")] + [
            f"{n}. {clip(a.title, 90)} — <i>{when(a)}</i>" for n, a in enumerate(shown, start=first)]
        await query.answer()
        await edit(query, fit(lines, t), kb.activities(t, roadmap, shown, first, page, pages))

    @router.callback_query(RoadmapCb.filter(F.action == "date"))
    async def ask_date(query: CallbackQuery, callback_data: RoadmapCb, state: FSMContext, t: TextFn, actor: Actor,
                       roadmaps: RoadmapService) -> None:
        activity = await roadmaps.activity_for_coordinator(actor, callback_data.item)
        await state.set_state(RoadmapEdit.date)
        await state.set_data({"activity_id": activity.id})
        await query.answer()
        await say(query, t("roadmap-ask-date", title=Raw(clip(activity.title, 300)), when=when(activity),
                           example=await roadmaps.example_date(actor)))

    @router.message(StateFilter(RoadmapEdit.date), NotCommand())
    async def got_date(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                       roadmaps: RoadmapService) -> None:
        activity_id = (await state.get_data()).get("activity_id", 0)
        activity = await roadmaps.set_dates(actor, activity_id, message.text)
        await state.clear()
        await message.answer(t("roadmap-date-set", title=Raw(clip(activity.title, 200)), when=when(activity)))

    # ---- activation -------------------------------------------------------------------------------

    @router.callback_query(RoadmapCb.filter(F.action == "activate"))
    async def activate(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                       roadmaps: RoadmapService) -> None:
        roadmap, overdue = await roadmaps.activate(actor, callback_data.roadmap_id)
        await query.answer()
        view = await roadmaps.view(actor, roadmap.id)
        await edit(query, t("roadmap-activated", overdue=overdue) + "\n\n" + progress_text(t, view),
                   kb.stages(t, roadmap, view.stages, True))

    @router.callback_query(RoadmapCb.filter(F.action == "discard"))
    async def discard(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                      roadmaps: RoadmapService) -> None:
        await roadmaps.discard(actor, callback_data.roadmap_id)
        await query.answer()
        await edit(query, t("roadmap-discarded"), None)

    @router.callback_query(RoadmapCb.filter(F.action == "stage"))
    async def stage(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                    roadmaps: RoadmapService) -> None:
        view = await roadmaps.view(actor, callback_data.roadmap_id)
        await query.answer()
        await say(query, stage_text(t, view, callback_data.item))

    # ---- my tasks and the buttons under reminders ---------------------------------------------------

    @router.message(Command("tasks"))
    async def my_tasks(message: Message, t: TextFn, actor: Actor, roadmaps: RoadmapService) -> None:
        activities, today = await roadmaps.my_tasks(actor)
        open_ones = [a for a in activities if a.status.is_open][:30]
        if not open_ones:
            await message.answer(t("tasks-none"))
            return
        lines = [t("tasks-title")] + [
            f"{n}. {status_mark(a, today)} {clip(a.title, 100)} — <i>{when(a)}</i>"
            for n, a in enumerate(open_ones, start=1)] + ["", t("tasks-hint")]
        await message.answer(fit(lines, t), reply_markup=kb.tasks(open_ones))

    @router.callback_query(ActionCb.filter(F.command == "card"))
    async def card(query: CallbackQuery, callback_data: ActionCb, t: TextFn, actor: Actor,
                   roadmaps: RoadmapService) -> None:
        activity, today = await roadmaps.task(actor, callback_data.target_id)
        await query.answer()
        await say(query, task_text(t, activity, today), reply_markup=kb.task(t, activity))

    @router.callback_query(ActionCb.filter(F.command.in_({"done", "progress"})))
    async def set_status(query: CallbackQuery, callback_data: ActionCb, t: TextFn, actor: Actor,
                         roadmaps: RoadmapService) -> None:
        status = ActivityStatus.DONE if callback_data.command == "done" else ActivityStatus.IN_PROGRESS
        activity = await roadmaps.set_status(actor, callback_data.target_id, status)
        await query.answer(t("task-status-saved", status=t("activity-status", status=activity.status.value)))
        if (message := callback_message(query)) is not None:
            with suppress(TelegramBadRequest):
                await message.edit_reply_markup(reply_markup=kb.task(t, activity) if activity.status.is_open
                                                else None)

    @router.callback_query(ActionCb.filter(F.command.in_({"postpone", "skip"})))
    async def ask_postpone(query: CallbackQuery, callback_data: ActionCb, state: FSMContext, t: TextFn,
                           actor: Actor, roadmaps: RoadmapService) -> None:
        activity, _ = await roadmaps.task(actor, callback_data.target_id)
        if not activity.status.is_open:
            raise DomainError("error-stale")
        postpone = callback_data.command == "postpone"
        await state.set_state(RoadmapEdit.postpone if postpone else RoadmapEdit.skip_reason)
        await state.set_data({"activity_id": activity.id})
        await query.answer()
        await say(query, t("task-ask-postpone" if postpone else "task-ask-skip",
                           title=Raw(clip(activity.title, 300)), example=await roadmaps.example_date(actor)))

    @router.message(StateFilter(RoadmapEdit.postpone, RoadmapEdit.skip_reason), NotCommand())
    async def got_postpone(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                           roadmaps: RoadmapService) -> None:
        activity_id = (await state.get_data()).get("activity_id", 0)
        postpone = await state.get_state() == RoadmapEdit.postpone.state
        if postpone:
            activity = await roadmaps.postpone(actor, activity_id, message.text)
        else:
            activity = await roadmaps.set_status(actor, activity_id, ActivityStatus.SKIPPED, message.text)
        await state.clear()
        key = "task-postponed" if postpone else "task-skipped"
        await message.answer(t(key, title=Raw(clip(activity.title, 200)), when=when(activity)))

    return router


async def edit(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Replace the message under the button; send a new one when it cannot be edited."""
    message = callback_message(query)
    if message is not None:
        try:
            await message.edit_text(text, reply_markup=markup)
            return
        except TelegramBadRequest as exc:
            if "not modified" in exc.message:
                return
    await say(query, text, reply_markup=markup)
