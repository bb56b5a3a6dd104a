from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot import render
from bot.callbacks import OrgCb, OrgEditCb, OrgKindCb, OrgTzCb
from bot.i18n import Raw, TextFn
from bot.keyboards.common import add_pager
from bot.services.organisations import EDITABLE, RUSSIAN_TIMEZONES
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
    """The summary of /neworg: create, change any answer (o=0: the draft), cancel."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("org-btn-create"), callback_data=OrgCb(action="create"))
    for field in EDITABLE:
        kb.button(text=t("org-btn-edit", field=field), callback_data=OrgEditCb(a=field))
    kb.button(text=t("btn-cancel"), callback_data=OrgCb(action="cancel"))
    kb.adjust(1, 2, 2, 1)
    return kb.as_markup()


def edit(t: TextFn, org_id: int) -> InlineKeyboardMarkup:
    """The organisation's card (/org): change a field."""
    kb = InlineKeyboardBuilder()
    for field in EDITABLE:
        kb.button(text=t("org-btn-edit", field=field), callback_data=OrgEditCb(a=field, o=org_id))
    kb.adjust(2)
    return kb.as_markup()


def edit_kinds(t: TextFn, org_id: int, current: OrgKind) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for kind in OrgKind:
        if kind is not current:
            kb.button(text=t("org-kind", kind=kind.value), callback_data=OrgEditCb(a="k", o=org_id, v=kind.value))
    kb.adjust(1)
    return kb.as_markup()


def edit_timezones(t: TextFn, org_id: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for index, zone in enumerate(RUSSIAN_TIMEZONES):
        kb.button(text=render.tz_label(t, zone), callback_data=OrgEditCb(a="z", o=org_id, v=str(index)))
    kb.button(text=t("org-tz-other"), callback_data=OrgEditCb(a="z", o=org_id, v="-1"))
    kb.adjust(2)
    return kb.as_markup()


def coordinator_invite(t: TextFn, orgs: Sequence[Organisation], page: int = 0, pages: int = 1, *,
                       editable: bool = False) -> InlineKeyboardMarkup:
    """A coordinator's link per organisation (``editable``, the super-admin's /orgs: and «✏️» to change it)."""
    kb = InlineKeyboardBuilder()
    for org in orgs:
        # button text is plain text, not HTML: the name must not be escaped
        kb.button(text=t("org-btn-invite-coordinator", org=Raw(org.name[:40])),
                  callback_data=OrgCb(action="coord", org_id=org.id))
        if editable:
            kb.button(text=t("org-btn-open", org=Raw(org.name[:40])), callback_data=OrgEditCb(a="show", o=org.id))
    kb.adjust(1)
    add_pager(kb, page, pages, lambda p: OrgCb(action="page", page=p))
    return kb.as_markup()
