from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ActionCb, RoadmapCb
from bot.i18n import Raw, TextFn
from bot.keyboards.common import add_pager
from bot.services.records import Activity, Person, Roadmap
from bot.services.roadmap import LabelLink, StageProgress, Suggestion


def start(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("roadmap-btn-template"), callback_data=RoadmapCb(action="template"))
    return kb.as_markup()


def draft(t: TextFn, roadmap: Roadmap) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("roadmap-btn-labels"), callback_data=RoadmapCb(action="labels", roadmap_id=roadmap.id))
    kb.button(text=t("roadmap-btn-dates"), callback_data=RoadmapCb(action="dates", roadmap_id=roadmap.id))
    kb.button(text=t("roadmap-btn-activate"), callback_data=RoadmapCb(action="activate", roadmap_id=roadmap.id))
    kb.button(text=t("roadmap-btn-discard"), callback_data=RoadmapCb(action="discard", roadmap_id=roadmap.id))
    kb.adjust(2, 1, 1)
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


def stages(t: TextFn, roadmap: Roadmap, items: Sequence[StageProgress], coordinator: bool) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for progress in items:
        kb.button(text=t("roadmap-btn-stage", number=progress.stage.number),
                  callback_data=RoadmapCb(action="stage", roadmap_id=roadmap.id, item=progress.stage.id))
    kb.adjust(4)
    if coordinator:
        kb.row()
        kb.button(text=t("roadmap-btn-labels"), callback_data=RoadmapCb(action="labels", roadmap_id=roadmap.id))
        kb.button(text=t("roadmap-btn-dates"), callback_data=RoadmapCb(action="dates", roadmap_id=roadmap.id))
    return kb.as_markup()


def tasks(items: Sequence[Activity]) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for number, activity in enumerate(items, start=1):
        kb.button(text=str(number), callback_data=ActionCb(command="card", target_id=activity.id))
    kb.adjust(6)
    return kb.as_markup()


def task(t: TextFn, activity: Activity) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    if activity.status.is_open:
        kb.button(text=t("reminder-btn-done"), callback_data=ActionCb(command="done", target_id=activity.id))
        kb.button(text=t("reminder-btn-progress"), callback_data=ActionCb(command="progress", target_id=activity.id))
        kb.button(text=t("reminder-btn-postpone"), callback_data=ActionCb(command="postpone", target_id=activity.id))
        kb.button(text=t("roadmap-btn-skip"), callback_data=ActionCb(command="skip", target_id=activity.id))
        kb.adjust(2)
    return kb.as_markup()
