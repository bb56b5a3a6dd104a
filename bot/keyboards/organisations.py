from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot import render
from bot.callbacks import OrgCb, OrgKindCb, OrgTzCb
from bot.i18n import Raw, TextFn
from bot.keyboards.common import add_pager
from bot.services.organisations import RUSSIAN_TIMEZONES
from bot.services.records import Organisation, OrgKind


def kinds(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for kind in OrgKind:
        kb.button(text=t("org-kind", kind=kind.value), callback_data=OrgKindCb(kind=kind.value))
    kb.adjust(1)
    return kb.as_markup()


def timezones(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for index, zone in enumerate(RUSSIAN_TIMEZONES):
        kb.button(text=render.tz_label(t, zone), callback_data=OrgTzCb(index=index))
    kb.button(text=t("org-tz-other"), callback_data=OrgTzCb(index=-1))
    kb.adjust(2)
    return kb.as_markup()


def confirm(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("org-btn-create"), callback_data=OrgCb(action="create"))
    kb.button(text=t("btn-cancel"), callback_data=OrgCb(action="cancel"))
    return kb.as_markup()


def coordinator_invite(t: TextFn, orgs: Sequence[Organisation], page: int = 0, pages: int = 1) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for org in orgs:
        # button text is plain text, not HTML: the name must not be escaped
        kb.button(text=t("org-btn-invite-coordinator", org=Raw(org.name[:40])),
                  callback_data=OrgCb(action="coord", org_id=org.id))
    kb.adjust(1)
    add_pager(kb, page, pages, lambda p: OrgCb(action="page", page=p))
    return kb.as_markup()
