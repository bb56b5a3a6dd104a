"""Keyboards of the partner organisations: the paged list, the kinds to choose from, the card, the removal question."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import PartnerCb
from bot.i18n import TextFn
from bot.keyboards.common import add_pager, one_button
from bot.services.partners import PARTNER_KINDS, PartnerLine

NAME_ON_BUTTON = 40  # characters of a partner's name on its button (Telegram shows about that much)


def listing(t: TextFn, shown: Sequence[PartnerLine], first_number: int, page: int, pages: int) -> InlineKeyboardMarkup:
    """A button per partner on this page (opens its card), paging, «add»."""
    kb = InlineKeyboardBuilder()
    for number, line in enumerate(shown, start=first_number):
        # a name is shown as typed: button texts are not HTML, so it is not escaped
        kb.button(text=f"{number}. {line.partner.name[:NAME_ON_BUTTON]}",
                  callback_data=PartnerCb(a="card", id=line.partner.id, p=page))
    kb.adjust(2)
    add_pager(kb, page, pages, lambda p: PartnerCb(a="page", p=p))
    kb.row(InlineKeyboardButton(text=t("partner-btn-add"), callback_data=PartnerCb(a="add").pack()))
    return kb.as_markup()


def add_only(t: TextFn) -> InlineKeyboardMarkup:
    return one_button(t("partner-btn-add"), PartnerCb(a="add"))


def kinds(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for kind in PARTNER_KINDS:
        kb.button(text=t("partner-btn-kind", kind=kind), callback_data=PartnerCb(a="kind", v=kind))
    kb.adjust(1)
    return kb.as_markup()


def skip_contact(t: TextFn) -> InlineKeyboardMarkup:
    return one_button(t("partner-btn-skip"), PartnerCb(a="skip"))


def card(t: TextFn, partner_id: int, page: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("partner-btn-remove"), callback_data=PartnerCb(a="rm", id=partner_id, p=page))
    kb.button(text=t("partner-btn-back"), callback_data=PartnerCb(a="page", p=page))
    kb.adjust(1)
    return kb.as_markup()


def confirm_remove(t: TextFn, partner_id: int, page: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("partner-btn-remove-yes"), callback_data=PartnerCb(a="rmok", id=partner_id, p=page))
    kb.button(text=t("partner-btn-remove-no"), callback_data=PartnerCb(a="card", id=partner_id, p=page))
    kb.adjust(1)
    return kb.as_markup()
