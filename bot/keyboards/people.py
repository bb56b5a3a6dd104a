"""Buttons of the coordinator's /people."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import PeopleCb
from bot.i18n import TextFn
from bot.keyboards.common import add_pager
from bot.services.people import ALL, ROLE_KEYS
from bot.services.records import Person, Role

NAME_IN_BUTTON = 48  # characters of a name on a button (Telegram cuts long buttons anyway)


def home(t: TextFn, counts: dict[str, int], total: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for key in ROLE_KEYS:
        if counts.get(key):
            kb.button(text=t("people-btn-role", role=key, count=counts[key]), callback_data=PeopleCb(a="list", r=key))
    kb.button(text=t("people-btn-all", count=total), callback_data=PeopleCb(a="list", r=ALL))
    kb.button(text=t("people-btn-find"), callback_data=PeopleCb(a="find"))
    kb.adjust(1)
    return kb.as_markup()


def listing(t: TextFn, shown: Sequence[Person], first: int, role: str, page: int, pages: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for number, person in enumerate(shown, start=first):
        name = person.full_name or t("people-no-name")
        # button text is plain text: the name as typed, not escaped
        kb.button(text=f"{number}. {name[:NAME_IN_BUTTON]}", callback_data=PeopleCb(a="card", id=person.id, r=role,
                                                                                     p=page))
    kb.adjust(1)
    add_pager(kb, page, pages, lambda p: PeopleCb(a="list", r=role, p=p))
    kb.row(InlineKeyboardButton(text=t("people-btn-home"), callback_data=PeopleCb(a="home").pack()))
    return kb.as_markup()


def card(t: TextFn, person_id: int, role: str, page: int, *, can_end: bool) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("people-btn-roles"), callback_data=PeopleCb(a="roles", id=person_id, r=role, p=page))
    kb.button(text=t("people-btn-invite"), callback_data=PeopleCb(a="inv", id=person_id, r=role, p=page))
    if can_end:
        kb.button(text=t("people-btn-end"), callback_data=PeopleCb(a="end", id=person_id, r=role, p=page))
    kb.button(text=t("people-btn-list"), callback_data=PeopleCb(a="list", r=role, p=page))
    kb.adjust(1)
    return kb.as_markup()


def roles(t: TextFn, person: Person, addable: Sequence[Role], removable: Sequence[Role], role_keys: dict[Role, str],
          back_role: str, page: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for role in addable:
        kb.button(text=t("people-btn-add", role=role_keys[role]), callback_data=PeopleCb(a="add", id=person.id,
                                                                                          r=role.value))
    for role in removable:
        kb.button(text=t("people-btn-remove", role=role_keys[role]), callback_data=PeopleCb(a="rm", id=person.id,
                                                                                             r=role.value))
    kb.button(text=t("people-btn-card"), callback_data=PeopleCb(a="card", id=person.id, r=back_role, p=page))
    kb.adjust(1)
    return kb.as_markup()


def confirm(t: TextFn, text_key: str, data: PeopleCb, back: PeopleCb) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t(text_key), callback_data=data)
    kb.button(text=t("btn-cancel"), callback_data=back)
    kb.adjust(1)
    return kb.as_markup()


def back_to_list(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("people-btn-home"), callback_data=PeopleCb(a="home"))
    return kb.as_markup()
