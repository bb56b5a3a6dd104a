"""Keyboards of the year-end report's preparation: the local acts, the conclusions, «make the report»."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import YearCb
from bot.i18n import TextFn
from bot.keyboards.common import one_button
from bot.services.year_report import ACT_KINDS


def preparation(t: TextFn, org_id: int, year: int, own: bool) -> InlineKeyboardMarkup:
    """The acts (the coordinator's own organisation only), the conclusions, «make the report»."""
    kb = InlineKeyboardBuilder()
    if own:
        for kind in ACT_KINDS:
            kb.button(text=t("yr-btn-act", kind=kind), callback_data=YearCb(a="act", o=org_id, y=year, v=kind))
    kb.button(text=t("yr-btn-conclusions"), callback_data=YearCb(a="conc", o=org_id, y=year))
    kb.button(text=t("yr-btn-make"), callback_data=YearCb(a="make", o=org_id, y=year))
    kb.adjust(1)
    return kb.as_markup()


def keep(t: TextFn, org_id: int, year: int) -> InlineKeyboardMarkup:
    return one_button(t("yr-btn-keep"), YearCb(a="keep", o=org_id, y=year))


def acts(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for kind in ACT_KINDS:
        kb.button(text=t("yr-btn-act", kind=kind), callback_data=YearCb(a="act", v=kind))
    kb.adjust(1)
    return kb.as_markup()
