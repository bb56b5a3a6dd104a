"""Keyboards of /achievements: the lists, whom a record is for, the kinds, the results, «no file», «Save»."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import AchCb
from bot.i18n import TextFn
from bot.keyboards.common import one_button
from bot.services.achievements import (
    ACHIEVEMENT_KINDS,
    RESULTS,
    REWARD_KINDS,
    AchievementLine,
    PracticeLine,
)
from bot.services.records import Person

NAME_ON_BUTTON = 40


def menu(t: TextFn, shown: Sequence[AchievementLine], *, coordinator: bool, shares: bool) -> InlineKeyboardMarkup:
    """Under the list of achievements: a file button per record that has one, add, rewards, the копилка."""
    kb = InlineKeyboardBuilder()
    files = [(n, line) for n, line in enumerate(shown, 1) if line.achievement.file_id]
    for number, line in files:
        kb.button(text=t("ach-btn-file", number=number), callback_data=AchCb(a="file", id=line.achievement.id))
    kb.button(text=t("ach-btn-add"), callback_data=AchCb(a="add"))
    kb.button(text=t("ach-btn-rewards"), callback_data=AchCb(a="rw"))
    kb.button(text=t("ach-btn-practices"), callback_data=AchCb(a="pr"))
    if coordinator:
        kb.button(text=t("ach-btn-reward-add"), callback_data=AchCb(a="rwadd"))
    if shares:
        kb.button(text=t("ach-btn-practice-add"), callback_data=AchCb(a="pradd"))
    kb.adjust(*([5] * (len(files) // 5)), *([len(files) % 5] if len(files) % 5 else []), 1, 2, 1, 1)
    return kb.as_markup()


def people(t: TextFn, persons: Sequence[Person], action: str, me: int | None = None) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for person in persons:
        name = t("ach-btn-me") if person.id == me else (person.full_name or "—")[:NAME_ON_BUTTON]  # not HTML
        kb.button(text=name, callback_data=AchCb(a=action, id=person.id))
    kb.adjust(1)
    return kb.as_markup()


def kinds(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for kind in ACHIEVEMENT_KINDS:
        kb.button(text=t("ach-kind", kind=kind), callback_data=AchCb(a="kind", v=kind))
    kb.adjust(1)
    return kb.as_markup()


def results(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for result in RESULTS:
        kb.button(text=t("ach-result", result=result), callback_data=AchCb(a="res", v=result))
    kb.button(text=t("ach-btn-no-result"), callback_data=AchCb(a="res", v=""))
    kb.adjust(3, 1)
    return kb.as_markup()


def reward_kinds(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for kind in REWARD_KINDS:
        kb.button(text=t("ach-reward", kind=kind), callback_data=AchCb(a="rwkind", v=kind))
    kb.adjust(1)
    return kb.as_markup()


def skip(t: TextFn, action: str) -> InlineKeyboardMarkup:
    """«Without a file» / «without a note»."""
    return one_button(t("ach-btn-skip"), AchCb(a=action))


def save(t: TextFn, action: str, token: int) -> InlineKeyboardMarkup:
    return one_button(t("ach-btn-save"), AchCb(a=action, n=token))


def practices(t: TextFn, shown: Sequence[PracticeLine], shares: bool) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for number, line in enumerate(shown, 1):
        kb.button(text=str(number), callback_data=AchCb(a="prcard", id=line.practice.id))
    if shares:
        kb.button(text=t("ach-btn-practice-add"), callback_data=AchCb(a="pradd"))
    kb.adjust(*([5] * (len(shown) // 5)), *([len(shown) % 5] if len(shown) % 5 else []), 1)
    return kb.as_markup()


def practice_card(t: TextFn, line: PracticeLine) -> InlineKeyboardMarkup | None:
    kb = InlineKeyboardBuilder()
    if line.practice.file_id:
        kb.button(text=t("ach-btn-practice-file"), callback_data=AchCb(a="prfile", id=line.practice.id))
    kb.button(text=t("ach-btn-back"), callback_data=AchCb(a="pr"))
    kb.adjust(1)
    return kb.as_markup()
