from __future__ import annotations

from collections.abc import Callable, Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ActionCb, RoadmapCb, ShapeCb
from bot.i18n import Raw, TextFn
from bot.keyboards.common import add_pager
from bot.services.records import Activity, Person, Roadmap, RoadmapStage
from bot.services.roadmap import LabelLink, StageProgress, Suggestion


def start(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("roadmap-btn-template"), callback_data=RoadmapCb(action="template"))
    return kb.as_markup()


def labels(t: TextFn, roadmap: Roadmap, links: Sequence[LabelLink], page: int, pages: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for link in links:
        mark = "✅" if link.persons else "❔"
        kb.button(text=Raw(f"{mark} {link.label[:50]}"),
                  callback_data=RoadmapCb(action="label", roadmap_id=roadmap.id, item=link.index))
    kb.adjust(1)
    add_pager(kb, page, pages, lambda p: RoadmapCb(action="labels", roadmap_id=roadmap.id, item=p))
    kb.row()
    kb.button(text=t("roadmap-btn-back"), callback_data=RoadmapCb(action="preview", roadmap_id=roadmap.id))
    return kb.as_markup()


def people(t: TextFn, roadmap: Roadmap, link: LabelLink, options: Sequence[Suggestion | Person], page: int,
           pages: int, show_all: bool) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    linked = {p.id for p in link.persons}
    for option in options:
        person = option.person if isinstance(option, Suggestion) else option
        close = isinstance(option, Suggestion) and not option.exact
        mark = "✅ " if person.id in linked else ("≈ " if close else "")
        kb.button(text=Raw(f"{mark}{(person.full_name or '—')[:40]}"),
                  callback_data=RoadmapCb(action="toggle", roadmap_id=roadmap.id, item=link.index,
                                          person_id=person.id))
    kb.adjust(1)
    if show_all:
        add_pager(kb, page, pages, lambda p: RoadmapCb(action="all", roadmap_id=roadmap.id, item=link.index,
                                                       person_id=p))
    else:
        kb.row()
        kb.button(text=t("roadmap-btn-all-staff"),
                  callback_data=RoadmapCb(action="all", roadmap_id=roadmap.id, item=link.index))
    kb.row()
    kb.button(text=t("roadmap-btn-back"), callback_data=RoadmapCb(action="labels", roadmap_id=roadmap.id))
    return kb.as_markup()


def activities(t: TextFn, roadmap: Roadmap, items: Sequence[Activity], first: int, page: int,
               pages: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for number, activity in enumerate(items, start=first):
        kb.button(text=str(number), callback_data=RoadmapCb(action="date", roadmap_id=roadmap.id, item=activity.id))
    kb.adjust(5)
    add_pager(kb, page, pages, lambda p: RoadmapCb(action="dates", roadmap_id=roadmap.id, item=p))
    kb.row()
    kb.button(text=t("roadmap-btn-back"), callback_data=RoadmapCb(action="preview", roadmap_id=roadmap.id))
    return kb.as_markup()


def stages(t: TextFn, roadmap: Roadmap, items: Sequence[StageProgress], coordinator: bool,
           year_to: int | None = None) -> InlineKeyboardMarkup:
    """Under the active roadmap's progress: a button per stage (the coordinator's open the stage to shape it)."""
    kb = InlineKeyboardBuilder()
    for progress in items:
        kb.button(text=t("roadmap-btn-stage", number=progress.stage.number),
                  callback_data=ShapeCb(a="st", id=progress.stage.id) if coordinator
                  else RoadmapCb(action="stage", roadmap_id=roadmap.id, item=progress.stage.id))
    kb.adjust(4)
    if coordinator and year_to is not None:
        kb.row()
        kb.button(text=t("roadmap-btn-year", year=year_to, next=year_to + 1),
                  callback_data=ShapeCb(a="year", id=roadmap.id))
    if coordinator:
        kb.row()
        kb.button(text=t("roadmap-btn-labels"), callback_data=RoadmapCb(action="labels", roadmap_id=roadmap.id))
        kb.button(text=t("roadmap-btn-dates"), callback_data=RoadmapCb(action="dates", roadmap_id=roadmap.id))
    return kb.as_markup()


def task(t: TextFn, activity: Activity, can_reopen: bool = False) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    if can_reopen and not activity.status.is_open:
        kb.button(text=t("roadmap-btn-reopen"), callback_data=ActionCb(command="reopen", target_id=activity.id))
    if activity.status.is_open:
        kb.button(text=t("reminder-btn-done"), callback_data=ActionCb(command="done", target_id=activity.id))
        kb.button(text=t("reminder-btn-progress"), callback_data=ActionCb(command="progress", target_id=activity.id))
        kb.button(text=t("reminder-btn-postpone"), callback_data=ActionCb(command="postpone", target_id=activity.id))
        kb.button(text=t("roadmap-btn-skip"), callback_data=ActionCb(command="skip", target_id=activity.id))
        kb.adjust(2)
    return kb.as_markup()


def confirm_discard(t: TextFn, roadmap_id: int) -> InlineKeyboardMarkup:
    """«Delete the draft?»: yes, or keep it."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("roadmap-btn-discard-sure"), callback_data=RoadmapCb(action="discardok", roadmap_id=roadmap_id))
    kb.button(text=t("roadmap-btn-keep"), callback_data=ShapeCb(a="map", id=roadmap_id))
    kb.adjust(1)
    return kb.as_markup()


# ---- shaping the roadmap (the coordinator's screens) -----------------------------------------------------------


def _button_title(text: str, limit: int = 40) -> Raw:
    return Raw(text if len(text) <= limit else text[: limit - 1] + "…")


def structure(t: TextFn, roadmap: Roadmap, shown: Sequence[StageProgress], page: int, pages: int, *,
              draft_buttons: bool, year_to: int | None, warnings: bool) -> InlineKeyboardMarkup:
    """Under the draft (or the coordinator's map): a stage button for every stage on this page, the pager, the year
    offer, and the draft's own buttons."""
    kb = InlineKeyboardBuilder()
    for progress in shown:
        kb.button(text=t("roadmap-btn-stage", number=progress.stage.number),
                  callback_data=ShapeCb(a="st", id=progress.stage.id))
    kb.adjust(4)
    add_pager(kb, page, pages, lambda p: ShapeCb(a="map", id=roadmap.id, v=p))
    if year_to is not None:
        kb.row()
        kb.button(text=t("roadmap-btn-year", year=year_to, next=year_to + 1),
                  callback_data=ShapeCb(a="year", id=roadmap.id))
    if warnings:
        kb.row()
        kb.button(text=t("roadmap-btn-warnings"), callback_data=ShapeCb(a="warn", id=roadmap.id))
    kb.row()
    kb.button(text=t("roadmap-btn-labels"), callback_data=RoadmapCb(action="labels", roadmap_id=roadmap.id))
    kb.button(text=t("roadmap-btn-dates"), callback_data=RoadmapCb(action="dates", roadmap_id=roadmap.id))
    if draft_buttons:
        kb.row()
        kb.button(text=t("roadmap-btn-activate"), callback_data=RoadmapCb(action="activate", roadmap_id=roadmap.id))
        kb.row()
        kb.button(text=t("roadmap-btn-discard"), callback_data=RoadmapCb(action="discard", roadmap_id=roadmap.id))
    return kb.as_markup()


def stage_screen(t: TextFn, stage: RoadmapStage, items: Sequence[Activity], first: int, page: int,
                 pages: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for number, activity in enumerate(items, start=first):
        kb.button(text=str(number), callback_data=ShapeCb(a="ac", id=activity.id))
    kb.adjust(5)
    add_pager(kb, page, pages, lambda p: ShapeCb(a="st", id=stage.id, v=p))
    kb.row()
    kb.button(text=t("roadmap-btn-rename-stage"), callback_data=ShapeCb(a="rs", id=stage.id))
    kb.button(text=t("roadmap-btn-add"), callback_data=ShapeCb(a="add", id=stage.id))
    kb.row()
    kb.button(text=t("roadmap-btn-merge"), callback_data=ShapeCb(a="mg", id=stage.id))
    kb.row()
    kb.button(text=t("roadmap-btn-to-map"), callback_data=ShapeCb(a="map", id=stage.roadmap_id))
    return kb.as_markup()


def activity_screen(t: TextFn, activity: Activity, active: bool, can_reopen: bool) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("roadmap-btn-rename"), callback_data=ShapeCb(a="ra", id=activity.id))
    kb.button(text=t("roadmap-btn-date"), callback_data=ShapeCb(a="dt", id=activity.id))
    kb.button(text=t("roadmap-btn-who"), callback_data=ShapeCb(a="who", id=activity.id))
    kb.button(text=t("roadmap-btn-move"), callback_data=ShapeCb(a="mv", id=activity.id))
    kb.adjust(2)
    if active and activity.status.is_open:
        kb.row()
        kb.button(text=t("reminder-btn-done"), callback_data=ShapeCb(a="set", id=activity.id, v=1))
        kb.button(text=t("reminder-btn-progress"), callback_data=ShapeCb(a="set", id=activity.id, v=2))
        kb.button(text=t("roadmap-btn-skip"), callback_data=ShapeCb(a="set", id=activity.id, v=3))
    elif active and can_reopen:
        kb.row()
        kb.button(text=t("roadmap-btn-reopen"), callback_data=ShapeCb(a="set", id=activity.id, v=0))
    kb.row()
    kb.button(text=t("roadmap-btn-delete"), callback_data=ShapeCb(a="del", id=activity.id))
    kb.row()
    kb.button(text=t("roadmap-btn-to-stage"), callback_data=ShapeCb(a="st", id=activity.stage_id))
    return kb.as_markup()


def pick_stage(t: TextFn, action: str, subject_id: int, stages: Sequence[RoadmapStage], page: int, pages: int,
               back: ShapeCb) -> InlineKeyboardMarkup:
    """A paged list of stages: where to move an activity (mvto), which stage to merge with (mgq)."""
    kb = InlineKeyboardBuilder()
    for stage in stages:
        kb.button(text=Raw(f"{stage.number}. {_button_title(stage.title)}"),
                  callback_data=ShapeCb(a=action, id=subject_id, v=stage.id))
    kb.adjust(1)
    add_pager(kb, page, pages, lambda p: ShapeCb(a="mv" if action == "mvto" else "mg", id=subject_id, v=p))
    kb.row()
    kb.button(text=t("roadmap-btn-back"), callback_data=back)
    return kb.as_markup()


def confirm(t: TextFn, yes_key: str, yes: ShapeCb, back: ShapeCb) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t(yes_key), callback_data=yes)
    kb.button(text=t("roadmap-btn-cancel"), callback_data=back)
    kb.adjust(1)
    return kb.as_markup()


def back_to(t: TextFn, key: str, data: ShapeCb) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t(key), callback_data=data)
    return kb.as_markup()


def pager_back(t: TextFn, page: int, pages: int, make: Callable[[int], ShapeCb], back: RoadmapCb | ShapeCb
               ) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    add_pager(kb, page, pages, make)
    kb.row()
    kb.button(text=t("roadmap-btn-back"), callback_data=back)
    return kb.as_markup()


def task_list(t: TextFn, items: Sequence[Activity], with_done: bool, any_done: bool) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for number, activity in enumerate(items, start=1):
        kb.button(text=str(number), callback_data=ActionCb(command="card", target_id=activity.id))
    kb.adjust(6)
    if any_done or with_done:
        kb.row()
        kb.button(text=t("tasks-btn-hide-done" if with_done else "tasks-btn-show-done"),
                  callback_data=ShapeCb(a="tasks", v=0 if with_done else 1))
    return kb.as_markup()
