from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import PrivacyCb
from bot.i18n import TextFn


def overview(t: TextFn, person_id: int = 0) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("privacy-btn-export"), callback_data=PrivacyCb(action="export", person_id=person_id))
    kb.button(text=t("privacy-btn-withdraw"), callback_data=PrivacyCb(action="withdraw", person_id=person_id))
    kb.adjust(1)
    return kb.as_markup()


def confirm_withdraw(t: TextFn, person_id: int = 0) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("privacy-btn-withdraw-confirm"), callback_data=PrivacyCb(action="confirm", person_id=person_id))
    kb.button(text=t("btn-cancel"), callback_data=PrivacyCb(action="cancel", person_id=person_id))
    kb.adjust(1)
    return kb.as_markup()
