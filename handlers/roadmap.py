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

from bot.callbacks import ActionCb, RoadmapCb, ShapeCb
from bot.filters import HasRole
from bot.i18n import Raw, TextFn
from bot.keyboards import roadmap as kb
from bot.keyboards.common import PAGE_SIZE, page_of
from bot.services.access import Actor, require_coordinator
from bot.services.errors import DomainError, InvalidInput
from bot.services.records import Activity, ActivityStatus, Roadmap, RoadmapStage, RoadmapStatus, Role
from bot.services.roadmap import MAX_FILE_BYTES, RoadmapService, RoadmapView, StageProgress
from bot.states import RoadmapEdit
from handlers._routing import Has
from handlers._util import TEXT_LIMIT, NotCommand, callback_message, fit_html, fit_lines, say, split_lines, utf16_len

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


WARNINGS_SHOWN = 3  # on the draft itself; every one, in full, behind «⚠️ Все замечания»
MAP_PAGE_UNITS = 1500  # at least this much of a draft's page is stages and activities (the rest is the summary)
WARNINGS_PAGE_UNITS = 3500


def who_of(t: TextFn, activity: Activity) -> str:
    return clip(", ".join(activity.labels), 200) or t("roadmap-who-nobody")


def map_pages(t: TextFn, view: RoadmapView, limit: int = MAP_PAGE_UNITS) -> list[tuple[list[str], list[StageProgress]]]:
    """Stages with their activities (each activity its own line, numbered «stage.n»), grouped into pages that fit
    a message: a stage cut by a page break is named again, «(продолжение)», on the next page."""
    pages: list[tuple[list[str], list[StageProgress]]] = [([], [])]
    size = 0
    for progress in view.stages:
        header = t("roadmap-map-stage", number=progress.stage.number, title=Raw(clip(progress.stage.title, 200)))
        lines = [header] + [
            status_mark(a, view.today) + " " + t("roadmap-map-activity", number=f"{progress.stage.number}.{n}",
                                                 title=Raw(clip(a.title, 160)), when=when(a), who=Raw(who_of(t, a)))
            for n, a in enumerate(progress.activities, start=1)]
        if not progress.activities:
            lines.append(t("roadmap-map-empty"))
        for index, line in enumerate(lines):
            cost = utf16_len(line) + 1
            if size + cost > limit and pages[-1][0]:
                pages.append(([], []))
                size = 0
                if index > 0:
                    again = header + " " + t("roadmap-map-continued")
                    pages[-1][0].append(again)
                    size += utf16_len(again) + 1
            pages[-1][0].append(line)
            size += cost
            if progress not in pages[-1][1]:
                pages[-1][1].append(progress)
    return pages


async def preview(t: TextFn, actor: Actor, roadmaps: RoadmapService, roadmap: Roadmap,
                  page: int = 0) -> tuple[str, InlineKeyboardMarkup]:
    """The draft: what the bot understood in numbers, the year check, the first warnings, then the stages and their
    activities (paged), with buttons to open each stage and shape it."""
    links = await roadmaps.labels(actor, roadmap.id)
    view = await roadmaps.view(actor, roadmap.id)
    source = t("roadmap-source-template") if roadmap.source == "template" else roadmap.source
    lines = [t("roadmap-draft-title", year=roadmap.academic_year, next=roadmap.academic_year + 1, source=source),
             t("roadmap-draft-counts", stages=len(view.stages), activities=view.total),
             t("roadmap-draft-links", linked=sum(1 for link in links if link.persons), total=len(links))]
    note = year_line(t, roadmaps, roadmap)
    if note is not None:
        lines.append(note)
    undated = sum(1 for s in view.stages for a in s.activities if a.due_on is None)
    if undated:
        lines.append(t("roadmap-draft-undated", count=undated))
    past = sum(1 for s in view.stages for a in s.activities if a.due_on is not None and a.due_on < view.today)
    if past and note is None:
        lines.append(t("roadmap-draft-past", count=past))
    if roadmap.warnings:
        lines += ["", t("roadmap-draft-warnings", count=len(roadmap.warnings))]
        lines += [f"• {clip_html(warning_text(t, w))}" for w in roadmap.warnings[:WARNINGS_SHOWN]]
    closing = ["", t("roadmap-draft-next")]
    # the stages and activities get what the summary leaves of a message, so no activity is ever cut off a page
    room = TEXT_LIMIT - utf16_len("\n".join(lines + closing)) - 200
    pages = map_pages(t, view, max(MAP_PAGE_UNITS, room))
    page = min(max(page, 0), len(pages) - 1)
    body, shown = pages[page]
    lines += ["", t("roadmap-map-title", page=page + 1, pages=len(pages)), *body, *closing]
    return fit(lines, t), kb.structure(t, roadmap, shown, page, len(pages), draft_buttons=True,
                                       year_to=roadmap.academic_year if note else None,
                                       warnings=len(roadmap.warnings) > WARNINGS_SHOWN)


def clip_html(text: str, limit: int = 300) -> str:
    """An already HTML-safe text cut to a length, never inside a tag or an entity."""
    return fit_html(text, limit)


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


def year_line(t: TextFn, roadmaps: RoadmapService, roadmap: Roadmap) -> str | None:
    """The draft's (or the active roadmap's) note that the document is for another year; None when it is not."""
    mismatch = roadmaps.year_mismatch(roadmap)
    if mismatch is None:
        return None
    return t("roadmap-draft-year", kind=mismatch.kind, year=mismatch.start, next=mismatch.start + 1,
             target=roadmap.academic_year, target_next=roadmap.academic_year + 1)


def coordinator_progress(t: TextFn, roadmaps: RoadmapService, view: RoadmapView,
                         before: str = "", after: str = "") -> tuple[str, InlineKeyboardMarkup]:
    """The active roadmap as its coordinator sees it: progress per stage (each stage opens to be shaped), and the
    offer to move every deadline while the document's year is still not the planned one."""
    note = year_line(t, roadmaps, view.roadmap)
    text = before + progress_text(t, view) + (f"\n\n{note}" if note else "") + after
    return text, kb.stages(t, view.roadmap, view.stages, True,
                           year_to=view.roadmap.academic_year if note else None)


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


def task_text(t: TextFn, activity: Activity, today: date, stage: RoadmapStage | None = None) -> str:
    overdue = activity.is_overdue(today)
    lines = [f"<b>{clip(activity.title, 400)}</b>"]
    if stage is not None:
        lines.append(t("roadmap-activity-stage", number=stage.number, title=Raw(clip(stage.title, 200))))
    lines += [t("task-when", when=when(activity)),
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
        if is_coordinator:
            text, markup = coordinator_progress(t, roadmaps, view, after="\n\n" + t("roadmap-upload-hint"))
        else:
            text = progress_text(t, view) + "\n\n" + t("roadmap-tasks-hint")
            markup = kb.stages(t, active, view.stages, False)
        await message.answer(text, reply_markup=markup)

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
            text, markup = coordinator_progress(t, roadmaps, await roadmaps.view(actor, roadmap.id))
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
        stage_of = {s.stage.id: s.stage for s in view.stages}
        shown, page, pages = page_of(everything, callback_data.item)
        first = page * PAGE_SIZE + 1
        lines = [t("roadmap-dates-title")]
        for n, a in enumerate(shown, start=first):  # grouped under their stages
            if n == first or shown[n - first - 1].stage_id != a.stage_id:
                lines.append(t("roadmap-map-stage", number=stage_of[a.stage_id].number,
                               title=Raw(clip(stage_of[a.stage_id].title, 90))))
            lines.append(f"{n}. {clip(a.title, 90)} — <i>{when(a)}</i>")
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
        await message.answer(t("roadmap-date-set", title=Raw(clip(activity.title, 200)), when=when(activity)),
                             reply_markup=kb.back_to(t, "roadmap-btn-to-activity", ShapeCb(a="ac", id=activity.id)))

    # ---- activation -------------------------------------------------------------------------------

    @router.callback_query(RoadmapCb.filter(F.action == "activate"))
    async def activate(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                       roadmaps: RoadmapService) -> None:
        roadmap, overdue = await roadmaps.activate(actor, callback_data.roadmap_id)
        await query.answer()
        text, markup = coordinator_progress(t, roadmaps, await roadmaps.view(actor, roadmap.id),
                                            before=t("roadmap-activated", overdue=overdue) + "\n\n")
        await edit(query, text, markup)

    @router.callback_query(RoadmapCb.filter(F.action == "discard"))
    async def ask_discard(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                          roadmaps: RoadmapService) -> None:
        """Deleting the draft asks once, naming what goes: its year, stages and activities."""
        view = await roadmaps.view(actor, callback_data.roadmap_id)
        if view.roadmap.status is not RoadmapStatus.DRAFT:
            raise DomainError("error-stale")
        await query.answer()
        await say(query, t("roadmap-ask-discard", year=view.roadmap.academic_year,
                           next=view.roadmap.academic_year + 1, stages=len(view.stages), activities=view.total),
                  reply_markup=kb.confirm_discard(t, view.roadmap.id))

    @router.callback_query(RoadmapCb.filter(F.action == "discardok"))
    async def discard(query: CallbackQuery, callback_data: RoadmapCb, t: TextFn, actor: Actor,
                      roadmaps: RoadmapService) -> None:
        await roadmaps.discard(actor, callback_data.roadmap_id)
        await query.answer()
        await edit(query, t("roadmap-discarded"), None)

    add_shaping(router)

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
        text, markup = tasks_screen(t, activities, await roadmaps.active_stages(actor), today, with_done=False)
        await message.answer(text, reply_markup=markup if markup.inline_keyboard else None)

    @router.callback_query(ActionCb.filter(F.command == "card"))
    async def card(query: CallbackQuery, callback_data: ActionCb, t: TextFn, actor: Actor,
                   roadmaps: RoadmapService) -> None:
        activity, today = await roadmaps.task(actor, callback_data.target_id)
        await query.answer()
        await say(query, task_text(t, activity, today, await roadmaps.stage_of(activity)),
                  reply_markup=kb.task(t, activity, await roadmaps.may_reopen(actor, activity)))

    @router.callback_query(ActionCb.filter(F.command.in_({"done", "progress", "reopen"})))
    async def set_status(query: CallbackQuery, callback_data: ActionCb, t: TextFn, actor: Actor,
                         roadmaps: RoadmapService) -> None:
        if callback_data.command == "reopen":
            activity = await roadmaps.reopen(actor, callback_data.target_id)
        else:
            status = ActivityStatus.DONE if callback_data.command == "done" else ActivityStatus.IN_PROGRESS
            activity = await roadmaps.set_status(actor, callback_data.target_id, status)
        await query.answer(t("task-status-saved", status=t("activity-status", status=activity.status.value)))
        if (message := callback_message(query)) is not None:
            # the card shows the task as it is now: its status, and no «the deadline has passed» once done
            activity, today = await roadmaps.task(actor, activity.id)
            markup = kb.task(t, activity) if activity.status.is_open else kb.task(
                t, activity, await roadmaps.may_reopen(actor, activity))
            with suppress(TelegramBadRequest):
                await message.edit_text(task_text(t, activity, today, await roadmaps.stage_of(activity)),
                                        reply_markup=markup)

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


# ---- shaping the roadmap in chat: the coordinator's screens ------------------------------------------------------


def stage_screen(t: TextFn, view: RoadmapView, stage_id: int, page: int) -> tuple[str, InlineKeyboardMarkup]:
    progress = next((s for s in view.stages if s.stage.id == stage_id), None)
    if progress is None:
        raise DomainError("roadmap-error-stage-gone")
    shown, page, pages = page_of(progress.activities, page)
    first = page * PAGE_SIZE + 1
    lines = [t("roadmap-stage-title", number=progress.stage.number, title=Raw(clip(progress.stage.title, 300))), ""]
    for number, activity in enumerate(shown, start=first):  # 10 a page, each within ~350 units: the page fits
        lines.append(f"{number}. {status_mark(activity, view.today)} {clip(activity.title, 150)}")
        lines.append(t("roadmap-activity-meta", when=when(activity), who=Raw(clip(who_of(t, activity), 100)),
                       status=t("activity-status", status=activity.status.value)))
    if not progress.activities:
        lines.append(t("roadmap-map-empty"))
    lines += ["", t("roadmap-stage-hint")]
    return fit(lines, t), kb.stage_screen(t, progress.stage, shown, first, page, pages)


async def activity_screen(t: TextFn, actor: Actor, roadmaps: RoadmapService,
                          activity_id: int) -> tuple[str, InlineKeyboardMarkup]:
    activity, roadmap = await roadmaps.edited_activity(actor, activity_id)
    stage, _ = await roadmaps.stage_for_coordinator(actor, activity.stage_id)
    lines = [f"<b>{clip(activity.title, 600)}</b>",
             t("roadmap-activity-stage", number=stage.number, title=Raw(clip(stage.title, 200))),
             t("task-when", when=when(activity)),
             t("roadmap-activity-who", who=Raw(who_of(t, activity))),
             t("task-status", status=t("activity-status", status=activity.status.value))]
    if activity.skip_reason:
        lines.append(t("roadmap-activity-skipped", reason=activity.skip_reason))
    active = roadmap.status is RoadmapStatus.ACTIVE
    return fit(lines, t), kb.activity_screen(t, activity, active, await roadmaps.may_reopen(actor, activity))


def tasks_screen(t: TextFn, activities: list[Activity], stages: list[RoadmapStage], today: date, with_done: bool
                 ) -> tuple[str, InlineKeyboardMarkup]:
    """One's tasks grouped under their stages (in the roadmap's order), by deadline within a stage."""
    order = {stage.id: index for index, stage in enumerate(stages)}
    wanted = [a for a in activities if with_done or a.status.is_open]
    shown = sorted(wanted, key=lambda a: order.get(a.stage_id, len(order)))[:TASKS_SHOWN]  # stable: by deadline
    any_done = any(not a.status.is_open for a in activities)
    if not shown:
        return t("tasks-none"), kb.task_list(t, [], with_done, any_done)
    by_id = {stage.id: stage for stage in stages}
    lines = [t("tasks-title-all" if with_done else "tasks-title")]
    for n, a in enumerate(shown, start=1):
        if (n == 1 or shown[n - 2].stage_id != a.stage_id) and (stage := by_id.get(a.stage_id)) is not None:
            lines.append(t("roadmap-map-stage", number=stage.number, title=Raw(clip(stage.title, 100))))
        lines.append(f"{n}. {status_mark(a, today)} {clip(a.title, 100)} — <i>{when(a)}</i>")
    lines += ["", t("tasks-hint")]
    return fit(lines, t), kb.task_list(t, shown, with_done, any_done)


TASKS_SHOWN = 30
TYPED = {"rs": RoadmapEdit.stage_title, "ra": RoadmapEdit.activity_title, "add": RoadmapEdit.new_activity,
         "who": RoadmapEdit.responsible, "dt": RoadmapEdit.date}
STATUS_BUTTONS = {1: ActivityStatus.DONE, 2: ActivityStatus.IN_PROGRESS}


def add_shaping(router: Router) -> None:
    """The coordinator's edits of a draft or an active roadmap: every button checks who asks and what it names."""

    async def show_map(query: CallbackQuery, t: TextFn, actor: Actor, roadmaps: RoadmapService, roadmap_id: int,
                       page: int = 0) -> None:
        roadmap = await roadmaps.own(actor, roadmap_id)
        if roadmap.status is RoadmapStatus.DRAFT:
            text, markup = await preview(t, actor, roadmaps, roadmap, page)
        elif roadmap.status is RoadmapStatus.ACTIVE:
            text, markup = coordinator_progress(t, roadmaps, await roadmaps.view(actor, roadmap.id))
        else:
            raise DomainError("error-stale")
        await edit(query, text, markup)

    async def show_stage(query: CallbackQuery, t: TextFn, actor: Actor, roadmaps: RoadmapService, stage_id: int,
                         page: int = 0, fresh: bool = False) -> None:
        stage, roadmap = await roadmaps.stage_for_coordinator(actor, stage_id)
        text, markup = stage_screen(t, await roadmaps.view(actor, roadmap.id), stage.id, page)
        if fresh:
            await say(query, text, reply_markup=markup)
        else:
            await edit(query, text, markup)

    @router.callback_query(ShapeCb.filter(F.a == "map"))
    async def shape_map(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                        roadmaps: RoadmapService) -> None:
        await show_map(query, t, actor, roadmaps, callback_data.id, callback_data.v)
        await query.answer()

    @router.callback_query(ShapeCb.filter(F.a == "st"))
    async def shape_stage(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                          roadmaps: RoadmapService) -> None:
        await show_stage(query, t, actor, roadmaps, callback_data.id, callback_data.v)
        await query.answer()

    @router.callback_query(ShapeCb.filter(F.a == "ac"))
    async def shape_activity(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                             roadmaps: RoadmapService) -> None:
        text, markup = await activity_screen(t, actor, roadmaps, callback_data.id)
        await query.answer()
        await edit(query, text, markup)

    # ---- typed edits: the half-filled edit lives in the FSM (in the database) --------------------------------

    @router.callback_query(ShapeCb.filter(F.a.in_(set(TYPED))))
    async def ask_typed(query: CallbackQuery, callback_data: ShapeCb, state: FSMContext, t: TextFn, actor: Actor,
                        roadmaps: RoadmapService) -> None:
        action = callback_data.a
        if action in ("rs", "add"):
            stage, _ = await roadmaps.stage_for_coordinator(actor, callback_data.id)
            data = {"stage_id": stage.id}
            prompt = t("roadmap-ask-stage-title" if action == "rs" else "roadmap-ask-new-activity",
                       number=stage.number, title=Raw(clip(stage.title, 300)))
        else:
            activity, _ = await roadmaps.edited_activity(actor, callback_data.id)
            data = {"activity_id": activity.id}
            title = Raw(clip(activity.title, 300))
            if action == "ra":
                prompt = t("roadmap-ask-activity-title", title=title)
            elif action == "who":
                prompt = t("roadmap-ask-who", title=title, who=Raw(who_of(t, activity)))
            else:
                prompt = t("roadmap-ask-date", title=title, when=when(activity),
                           example=await roadmaps.example_date(actor))
        await state.set_state(TYPED[action])
        await state.set_data(data)
        await query.answer()
        await say(query, prompt)

    @router.message(StateFilter(RoadmapEdit.stage_title, RoadmapEdit.new_activity), NotCommand())
    async def got_stage_text(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                             roadmaps: RoadmapService) -> None:
        stage_id = int((await state.get_data()).get("stage_id", 0))
        if await state.get_state() == RoadmapEdit.stage_title.state:
            stage = await roadmaps.rename_stage(actor, stage_id, message.text)
            done = t("roadmap-stage-renamed", number=stage.number, title=Raw(clip(stage.title, 300)))
        else:
            activity = await roadmaps.add_activity(actor, stage_id, message.text)
            stage, _ = await roadmaps.stage_for_coordinator(actor, activity.stage_id)
            done = t("roadmap-activity-added", title=Raw(clip(activity.title, 300)), number=stage.number)
        await state.clear()
        view = await roadmaps.view(actor, stage.roadmap_id)
        text, markup = stage_screen(t, view, stage.id, 0)
        await message.answer(fit([done, "", text], t), reply_markup=markup)

    @router.message(StateFilter(RoadmapEdit.activity_title, RoadmapEdit.responsible), NotCommand())
    async def got_activity_text(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                                roadmaps: RoadmapService) -> None:
        activity_id = int((await state.get_data()).get("activity_id", 0))
        if await state.get_state() == RoadmapEdit.activity_title.state:
            activity = await roadmaps.rename_activity(actor, activity_id, message.text)
            done = t("roadmap-activity-renamed", title=Raw(clip(activity.title, 300)))
        else:
            activity = await roadmaps.set_responsible(actor, activity_id, message.text)
            done = t("roadmap-who-set", title=Raw(clip(activity.title, 300)), who=Raw(who_of(t, activity)))
        await state.clear()
        text, markup = await activity_screen(t, actor, roadmaps, activity.id)
        await message.answer(fit([done, "", text], t), reply_markup=markup)

    # ---- moving, merging, deleting ---------------------------------------------------------------------

    @router.callback_query(ShapeCb.filter(F.a.in_({"mv", "mg"})))
    async def pick_stage(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                         roadmaps: RoadmapService) -> None:
        if callback_data.a == "mv":
            activity, roadmap = await roadmaps.edited_activity(actor, callback_data.id)
            current, back = activity.stage_id, ShapeCb(a="ac", id=activity.id)
            text = t("roadmap-move-title", title=Raw(clip(activity.title, 300)))
        else:
            stage, roadmap = await roadmaps.stage_for_coordinator(actor, callback_data.id)
            current, back = stage.id, ShapeCb(a="st", id=stage.id)
            text = t("roadmap-merge-title", number=stage.number, title=Raw(clip(stage.title, 300)))
        view = await roadmaps.view(actor, roadmap.id)
        others = [s.stage for s in view.stages if s.stage.id != current]
        if not others:
            raise InvalidInput("roadmap-error-one-stage")
        shown, page, pages = page_of(others, callback_data.v)
        await query.answer()
        await edit(query, text, kb.pick_stage(t, "mvto" if callback_data.a == "mv" else "mgq", callback_data.id,
                                              shown, page, pages, back))

    @router.callback_query(ShapeCb.filter(F.a == "mvto"))
    async def move(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                   roadmaps: RoadmapService) -> None:
        activity = await roadmaps.move_activity(actor, callback_data.id, callback_data.v)
        stage, _ = await roadmaps.stage_for_coordinator(actor, activity.stage_id)
        await query.answer(t("roadmap-moved", number=stage.number))
        text, markup = await activity_screen(t, actor, roadmaps, activity.id)
        await edit(query, text, markup)

    @router.callback_query(ShapeCb.filter(F.a == "mgq"))
    async def ask_merge(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                        roadmaps: RoadmapService) -> None:
        source, roadmap = await roadmaps.stage_for_coordinator(actor, callback_data.id)
        target, _ = await roadmaps.stage_for_coordinator(actor, callback_data.v)
        if target.roadmap_id != roadmap.id or target.id == source.id:
            raise DomainError("error-stale")
        view = await roadmaps.view(actor, roadmap.id)
        count = next((len(s.activities) for s in view.stages if s.stage.id == source.id), 0)
        text = t("roadmap-merge-ask", number=source.number, title=Raw(clip(source.title, 300)), count=count,
                 target=target.number, target_title=Raw(clip(target.title, 300)))
        await query.answer()
        await edit(query, text, kb.confirm(t, "roadmap-btn-merge-yes", ShapeCb(a="mgok", id=source.id, v=target.id),
                                           ShapeCb(a="st", id=source.id)))

    @router.callback_query(ShapeCb.filter(F.a == "mgok"))
    async def merge(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                    roadmaps: RoadmapService) -> None:
        merged = await roadmaps.merge_stages(actor, callback_data.id, callback_data.v)
        await query.answer(t("roadmap-merged", number=merged.number))
        await show_stage(query, t, actor, roadmaps, merged.id)

    @router.callback_query(ShapeCb.filter(F.a == "del"))
    async def ask_delete(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                         roadmaps: RoadmapService) -> None:
        activity, _ = await roadmaps.edited_activity(actor, callback_data.id)
        stage, _ = await roadmaps.stage_for_coordinator(actor, activity.stage_id)
        text = t("roadmap-delete-ask", title=Raw(clip(activity.title, 600)), number=stage.number)
        await query.answer()
        await edit(query, text, kb.confirm(t, "roadmap-btn-delete-yes", ShapeCb(a="delok", id=activity.id),
                                           ShapeCb(a="ac", id=activity.id)))

    @router.callback_query(ShapeCb.filter(F.a == "delok"))
    async def delete(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                     roadmaps: RoadmapService) -> None:
        activity = await roadmaps.delete_activity(actor, callback_data.id)
        await query.answer(t("roadmap-deleted"))
        await show_stage(query, t, actor, roadmaps, activity.stage_id)

    # ---- statuses from the coordinator's activity screen -----------------------------------------------

    @router.callback_query(ShapeCb.filter(F.a == "set"))
    async def shape_status(query: CallbackQuery, callback_data: ShapeCb, state: FSMContext, t: TextFn, actor: Actor,
                           roadmaps: RoadmapService) -> None:
        activity, _ = await roadmaps.edited_activity(actor, callback_data.id)
        if callback_data.v == 3:  # skipping needs a reason: typed next, as under a reminder
            if not activity.status.is_open:
                raise DomainError("error-stale")
            await state.set_state(RoadmapEdit.skip_reason)
            await state.set_data({"activity_id": activity.id})
            await query.answer()
            await say(query, t("task-ask-skip", title=Raw(clip(activity.title, 300))))
            return
        if callback_data.v == 0:
            activity = await roadmaps.reopen(actor, activity.id)
        elif callback_data.v in STATUS_BUTTONS:
            activity = await roadmaps.set_status(actor, activity.id, STATUS_BUTTONS[callback_data.v])
        else:
            raise DomainError("error-stale")
        await query.answer(t("task-status-saved", status=t("activity-status", status=activity.status.value)))
        text, markup = await activity_screen(t, actor, roadmaps, activity.id)
        await edit(query, text, markup)

    # ---- the document's own year, the warnings -------------------------------------------------------

    @router.callback_query(ShapeCb.filter(F.a == "year"))
    async def shift_year(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                         roadmaps: RoadmapService) -> None:
        moved = await roadmaps.shift_year(actor, callback_data.id)
        await query.answer(t("roadmap-year-moved", count=moved) if moved else t("roadmap-year-already"))
        await show_map(query, t, actor, roadmaps, callback_data.id)

    @router.callback_query(ShapeCb.filter(F.a == "warn"))
    async def warnings(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                       roadmaps: RoadmapService) -> None:
        roadmap = await roadmaps.own(actor, callback_data.id)
        lines = [f"{n}. {warning_text(t, w)}" for n, w in enumerate(roadmap.warnings, start=1)]
        pages = split_lines(lines, WARNINGS_PAGE_UNITS) or [t("roadmap-warnings-none")]
        page = min(callback_data.v, len(pages) - 1)
        text = t("roadmap-warnings-title", count=len(roadmap.warnings)) + "\n\n" + pages[page]
        await query.answer()
        await edit(query, text, kb.pager_back(t, page, len(pages), lambda p: ShapeCb(a="warn", id=roadmap.id, v=p),
                                              ShapeCb(a="map", id=roadmap.id)))

    # ---- /tasks with or without the done ones -------------------------------------------------------

    @router.callback_query(ShapeCb.filter(F.a == "tasks"))
    async def tasks_toggle(query: CallbackQuery, callback_data: ShapeCb, t: TextFn, actor: Actor,
                           roadmaps: RoadmapService) -> None:
        activities, today = await roadmaps.my_tasks(actor)
        text, markup = tasks_screen(t, activities, await roadmaps.active_stages(actor), today, callback_data.v == 1)
        await query.answer()
        await edit(query, text, markup)

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
