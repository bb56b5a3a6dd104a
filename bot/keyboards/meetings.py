"""Keyboards of the meeting log: choosing the pair, each step of the form, the summary, history and deletion."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ActionCb, MeetCb
from bot.i18n import TextFn
from bot.keyboards.common import one_button
from bot.services.meeting_parser import FORMATS, KINDS
from bot.services.meetings import DURATIONS, FIELDS, History, Meeting, MeetingForm, Step, settle_actions
from bot.services.pairs import PairView


def pairs(views: Sequence[PairView]) -> InlineKeyboardMarkup:
    """Which pair the meeting was of (a person in several pairs); each named by the other side."""
    kb = InlineKeyboardBuilder()
    for view in views:
        names = ", ".join(m.full_name or "—" for m in view.mentees) if view.role == "mentor" else \
            view.mentor.full_name or "—"
        kb.button(text=f"№ {view.pair.id}: {names[:50]}", callback_data=MeetCb(a="pair", id=view.pair.id))
    kb.adjust(1)
    return kb.as_markup()


def step(t: TextFn, form: MeetingForm, current: Step | None) -> InlineKeyboardMarkup:
    """The buttons of the step ``current`` (None: the summary with «change», «save» and «cancel»)."""
    kb = InlineKeyboardBuilder()
    n = form.n
    if current == "kind":
        for kind in sorted(KINDS, key=lambda k: (k != form.expected, KINDS.index(k))):
            kb.button(text=t("meeting-kind-button", kind=kind, expected="yes" if kind == form.expected else "no"),
                      callback_data=MeetCb(n=n, a="kind", v=kind))
        kb.adjust(1)
    elif current == "held_on":
        kb.button(text=t("meeting-day", day="today"), callback_data=MeetCb(n=n, a="day", v="0"))
        kb.button(text=t("meeting-day", day="yesterday"), callback_data=MeetCb(n=n, a="day", v="1"))
        kb.button(text=t("meeting-day", day="other"), callback_data=MeetCb(n=n, a="other", v="date"))
        kb.adjust(3)
    elif current == "minutes":
        for minutes in DURATIONS:
            kb.button(text=t("meeting-minutes", minutes=minutes), callback_data=MeetCb(n=n, a="min", v=str(minutes)))
        kb.button(text=t("meeting-minutes-other"), callback_data=MeetCb(n=n, a="other", v="min"))
        kb.adjust(5)
    elif current == "format":
        for fmt in FORMATS:
            kb.button(text=t("meeting-format", format=fmt), callback_data=MeetCb(n=n, a="fmt", v=fmt))
    elif current == "notes":
        kb.button(text=t("meeting-btn-skip"), callback_data=MeetCb(n=n, a="skip"))
    elif current == "tasks":
        chosen = set(form.tasks)
        for item_id, title in form.open_tasks:
            kb.button(text=f"{'☑️' if item_id in chosen else '⬜'} {title[:50]}",
                      callback_data=MeetCb(n=n, a="task", id=item_id))
        kb.button(text=t("meeting-btn-tasks-done"), callback_data=MeetCb(n=n, a="tasks"))
        kb.adjust(1)
    elif current is None:
        for field in FIELDS:
            kb.button(text=t("meeting-change", field=field), callback_data=MeetCb(n=n, a="change", v=field))
        kb.button(text=t("meeting-btn-save"), callback_data=MeetCb(n=n, a="save"))
        kb.button(text=t("meeting-btn-cancel"), callback_data=MeetCb(n=n, a="cancel"))
        kb.adjust(3, 3, 1, 1)
        return kb.as_markup()
    kb.row()
    kb.button(text=t("meeting-btn-cancel"), callback_data=MeetCb(n=n, a="cancel"))
    return kb.as_markup()


def saved(t: TextFn, pair_id: int) -> InlineKeyboardMarkup:
    return one_button(t("meeting-btn-history"), MeetCb(a="hist", id=pair_id))


def short(text: str, limit: int = 24) -> str:
    """A topic on a button: what the person wrote, cut to fit."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def history(t: TextFn, history: History, shown: Sequence[Meeting]) -> InlineKeyboardMarkup:
    """«Edit» and «Delete» for each shown meeting the person may still change, named by its date and topic."""
    kb = InlineKeyboardBuilder()
    for meeting in shown:
        if meeting.id in history.editable:
            named = {"date": meeting.held_on.strftime("%d.%m"), "topic": short(meeting.topic)}
            kb.button(text=t("meeting-btn-edit", **named), callback_data=MeetCb(a="edit", id=meeting.id))
            kb.button(text=t("meeting-btn-delete", **named), callback_data=MeetCb(a="del", id=meeting.id))
    kb.adjust(1)
    return kb.as_markup()


def histories(t: TextFn, pair_ids: Sequence[int]) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for pair_id in pair_ids:
        kb.button(text=t("meeting-btn-history-of", id=pair_id), callback_data=MeetCb(a="hist", id=pair_id))
    kb.adjust(1)
    return kb.as_markup()


def confirm_delete(t: TextFn, meeting_id: int) -> InlineKeyboardMarkup:
    return one_button(t("meeting-btn-delete-sure"), MeetCb(a="delok", id=meeting_id))


def disputes(t: TextFn, disputed: Sequence[tuple[PairView, Meeting]]) -> InlineKeyboardMarkup:
    """/activity: one button per disputed log, opening the card with the ways to settle it."""
    kb = InlineKeyboardBuilder()
    for view, meeting in disputed:
        kb.button(text=t("activity-btn-dispute", id=view.pair.id, date=meeting.held_on.strftime("%d.%m"),
                         topic=short(meeting.topic)), callback_data=MeetCb(a="disp", id=meeting.id))
    kb.adjust(1)
    return kb.as_markup()


def settle(t: TextFn, meeting_id: int) -> InlineKeyboardMarkup:
    """The coordinator's ways to settle a dispute (the same as under the notice)."""
    kb = InlineKeyboardBuilder()
    for action in settle_actions(meeting_id):
        kb.button(text=t(action.label_key), callback_data=ActionCb(command=action.command, target_id=meeting_id))
    kb.adjust(1)
    return kb.as_markup()


def confirm_settle_delete(t: TextFn, meeting_id: int) -> InlineKeyboardMarkup:
    return one_button(t("meeting-btn-settle-delete-sure"), MeetCb(a="sdelok", id=meeting_id))
