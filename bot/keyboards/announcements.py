"""Keyboards of announcements (the history, the steps of a new one, its preview) and of the programme info."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import AnnCb
from bot.i18n import TextFn
from bot.keyboards.common import add_pager
from bot.services.announcements import AUDIENCES, PairChoice
from bot.services.matching import FORMS, form_name

PAIRS_PAGE = 8


def history(t: TextFn, page: int, pages: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("announce-btn-new"), callback_data=AnnCb(a="new"))
    add_pager(kb, page, pages, lambda p: AnnCb(a="hist", p=p))
    return kb.as_markup()


def no_file(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("announce-btn-no-file"), callback_data=AnnCb(a="nofile"))
    kb.button(text=t("btn-cancel"), callback_data=AnnCb(a="stop"))
    kb.adjust(1)
    return kb.as_markup()


def cancel(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("btn-cancel"), callback_data=AnnCb(a="stop"))
    return kb.as_markup()


def audiences(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for audience in AUDIENCES:
        kb.button(text=t("announce-audience", audience=audience), callback_data=AnnCb(a="aud", v=audience))
    kb.button(text=t("announce-audience", audience="pair"), callback_data=AnnCb(a="pairs"))
    kb.button(text=t("announce-audience", audience="form"), callback_data=AnnCb(a="forms"))
    kb.button(text=t("btn-cancel"), callback_data=AnnCb(a="stop"))
    kb.adjust(1)
    return kb.as_markup()


def pairs(t: TextFn, shown: Sequence[PairChoice], page: int, pages: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for choice in shown:
        names = f"{choice.mentor} → {', '.join(choice.mentees) or '—'}"
        kb.button(text=t("announce-btn-pair", id=choice.pair_id, names=names[:50]),
                  callback_data=AnnCb(a="aud", v=f"p{choice.pair_id}"))
    kb.adjust(1)
    add_pager(kb, page, pages, lambda p: AnnCb(a="pairs", p=p, v="pg"))
    kb.row()
    kb.button(text=t("announce-btn-back"), callback_data=AnnCb(a="auds"))
    return kb.as_markup()


def forms(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for index, form in enumerate(FORMS):
        kb.button(text=form_name(t, form), callback_data=AnnCb(a="aud", v=f"f{index}"))
    kb.button(text=t("announce-btn-back"), callback_data=AnnCb(a="auds"))
    kb.adjust(1)
    return kb.as_markup()


def preview(t: TextFn, token: int, count: int) -> InlineKeyboardMarkup:
    """The one confirmation (its token makes a second tap send nothing twice), and the ways back."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("announce-btn-send", count=count), callback_data=AnnCb(a="ok", id=token))
    kb.button(text=t("announce-btn-audience"), callback_data=AnnCb(a="auds"))
    kb.button(text=t("announce-btn-edit"), callback_data=AnnCb(a="edit"))
    kb.button(text=t("btn-cancel"), callback_data=AnnCb(a="stop"))
    kb.adjust(1)
    return kb.as_markup()


def info(t: TextFn, has_file: bool) -> InlineKeyboardMarkup:
    """The coordinator's buttons under /info."""
    kb = InlineKeyboardBuilder()
    for field in ("body", "contacts", "file"):
        kb.button(text=t("info-btn-set", field=field), callback_data=AnnCb(a="iset", v=field))
    if has_file:
        kb.button(text=t("info-btn-clear", field="file"), callback_data=AnnCb(a="iclr", v="file"))
    kb.adjust(1)
    return kb.as_markup()


def info_input(t: TextFn, field: str) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    if field != "file":
        kb.button(text=t("info-btn-clear", field=field), callback_data=AnnCb(a="iclr", v=field))
    kb.button(text=t("btn-cancel"), callback_data=AnnCb(a="stop"))
    kb.adjust(1)
    return kb.as_markup()
