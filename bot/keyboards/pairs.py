"""Keyboards of pairs: the pair card (contacts, tasks to tick, the programme, «not working», ending), the proposal
to confirm, «are you sure», the due date step of a task, and the coordinator's list of pairs."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import PairCb
from bot.i18n import TextFn
from bot.keyboards.common import one_button
from bot.services.pairs import MAX_ITEMS, PairView, ProgrammeItem
from bot.services.records import Channel

MAX_TASK_BUTTONS = MAX_ITEMS  # every task can be ticked
OVERVIEW_SHOWN = 40


def card(t: TextFn, view: PairView, contacts: bool = True,
         channel: Channel = Channel.TELEGRAM) -> InlineKeyboardMarkup:
    """``contacts``: the other side's profile buttons (off when Telegram refuses them for privacy settings);
    ``channel``: where the card is shown (a Telegram profile link works in Telegram only)."""
    p, kb = view.pair, InlineKeyboardBuilder()
    working = p.status in ("active", "ending")
    sizes: list[int] = []
    if view.role != "coordinator" and working and contacts:  # contacts only once everyone has agreed
        for person in [view.mentor] if view.role == "mentee" else view.mentees:
            # a profile link exists for a Telegram account only (MAX has no link to a user's profile)
            telegram = next((a for a in person.accounts if a.channel is Channel.TELEGRAM), None)
            if telegram is not None and channel is Channel.TELEGRAM:
                kb.button(text=t("pair-btn-contact", name=(person.full_name or "—")[:30]),
                          url=f"tg://user?id={telegram.external_id}")
                sizes.append(1)
    if working and view.role != "coordinator":
        tasks = view.tasks[:MAX_TASK_BUTTONS]
        for number, item in enumerate(tasks, start=1):
            kb.button(text=f"{'✅' if item.done_on else '◻️'} {number}",
                      callback_data=PairCb(a="done", id=item.id, v=2 if item.done_on else 1))
        sizes += [5] * (len(tasks) // 5) + ([len(tasks) % 5] if len(tasks) % 5 else [])
    buttons: list[tuple[str, PairCb]] = []
    if working and view.role == "mentor":
        buttons += [(t("programme-btn-goal"), PairCb(a="goal", id=p.id)),
                    (t("programme-btn-task"), PairCb(a="task", id=p.id))]
        if view.items:
            buttons.append((t("programme-btn-edit"), PairCb(a="items", id=p.id)))
        buttons.append((t("programme-btn-share"), PairCb(a="share", id=p.id)))
    if working or p.status in ("ended", "completed"):
        buttons.append((t("programme-btn-doc"), PairCb(a="doc", id=p.id)))
    if view.role != "coordinator" and p.is_open:
        buttons.append((t("pair-btn-signal"), PairCb(a="sig", id=p.id)))
    if view.role != "coordinator" and p.status == "active":
        buttons.append((t("pair-btn-end"), PairCb(a="end", id=p.id)))
    if view.role == "coordinator" and working:
        buttons.append((t("pair-btn-complete"), PairCb(a="fin", id=p.id)))
    if view.role == "coordinator" and p.is_open:
        buttons.append((t("pair-btn-stop"), PairCb(a="stop", id=p.id)))
    if view.role == "coordinator":
        buttons.append((t("pair-btn-print"), PairCb(a="print", id=p.id)))
    for text, data in buttons:
        kb.button(text=text, callback_data=data)
    sizes += [1] * len(buttons)
    if sizes:
        kb.adjust(*sizes)
    return kb.as_markup()


def proposal(t: TextFn, pair_id: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("pair-btn-confirm"), callback_data=PairCb(a="yes", id=pair_id))
    kb.button(text=t("pair-btn-decline"), callback_data=PairCb(a="no", id=pair_id))
    kb.adjust(1)
    return kb.as_markup()


def parent_proposal(t: TextFn, pair_id: int, child_id: int) -> InlineKeyboardMarkup:
    """A minor's parent confirms or declines the child's place in the pair (v: the child)."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("pair-btn-confirm"), callback_data=PairCb(a="gyes", id=pair_id, v=child_id))
    kb.button(text=t("pair-btn-decline"), callback_data=PairCb(a="gno", id=pair_id, v=child_id))
    kb.adjust(1)
    return kb.as_markup()


def sure(t: TextFn, what: str, pair_id: int) -> InlineKeyboardMarkup:
    """Confirm «not working» (sig), ending early (end) or stopping the pair (stop)."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("pair-btn-sure", what=what), callback_data=PairCb(a=f"{what}ok", id=pair_id))
    kb.button(text=t("pair-btn-cancel"), callback_data=PairCb(a="open", id=pair_id))
    kb.adjust(1)
    return kb.as_markup()


def no_due(t: TextFn, pair_id: int, item_id: int = 0) -> InlineKeyboardMarkup:
    """«No due date» for a new task of the pair, or (``item_id``) as the new due date of that task."""
    if item_id:
        return one_button(t("programme-btn-no-date"), PairCb(a="nodate", id=item_id, v=1))
    return one_button(t("programme-btn-no-date"), PairCb(a="nodate", id=pair_id))


def task_numbers(view: PairView) -> dict[int, int]:
    """The number each task has on the card (1, 2, … in the order shown)."""
    return {item.id: number for number, item in enumerate(view.tasks, start=1)}


def programme_items(t: TextFn, view: PairView) -> InlineKeyboardMarkup:
    """The mentor's programme to edit: a button per goal and task, named as on the card."""
    kb = InlineKeyboardBuilder()
    numbers = task_numbers(view)
    for item in view.items:
        if item.kind == "goal":
            text = f"🎯 {item.title[:50]}"
        else:
            mark = "✅" if item.done_on else "◻️"
            text = f"{'   ' if item.goal_id else ''}{mark} {numbers[item.id]}. {item.title[:45]}"
        kb.button(text=text, callback_data=PairCb(a="item", id=item.id))
    kb.button(text=t("pair-btn-open"), callback_data=PairCb(a="open", id=view.pair.id))
    kb.adjust(1)
    return kb.as_markup()


def programme_item(t: TextFn, item: ProgrammeItem) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("programme-btn-rename"), callback_data=PairCb(a="ren", id=item.id))
    if item.kind == "task":
        kb.button(text=t("programme-btn-redate"), callback_data=PairCb(a="due", id=item.id))
        kb.button(text=t("programme-toggle", done="no" if item.done_on else "yes"),
                  callback_data=PairCb(a="done", id=item.id, v=2 if item.done_on else 1))
    kb.button(text=t("programme-btn-delete"), callback_data=PairCb(a="idel", id=item.id))
    kb.button(text=t("programme-btn-back"), callback_data=PairCb(a="items", id=item.pair_id))
    kb.adjust(1)
    return kb.as_markup()


def confirm_item_delete(t: TextFn, item: ProgrammeItem) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("programme-btn-delete-sure"), callback_data=PairCb(a="idelok", id=item.id))
    kb.button(text=t("pair-btn-cancel"), callback_data=PairCb(a="item", id=item.id))
    kb.adjust(1)
    return kb.as_markup()


def overview(t: TextFn, pair_ids: Sequence[int], closed: bool) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for pair_id in pair_ids[:OVERVIEW_SHOWN]:
        kb.button(text=f"№ {pair_id}", callback_data=PairCb(a="open", id=pair_id))
    kb.adjust(5)
    kb.row()
    kb.button(text=t("pairs-btn-order"), callback_data=PairCb(a="order"))
    kb.button(text=t("pairs-btn-other", closed="no" if closed else "yes"),
              callback_data=PairCb(a="list" if closed else "closed"))
    return kb.as_markup()
