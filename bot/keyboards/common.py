from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import LangCb


def languages() -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    # Each language is named in itself, so the buttons need no translation.
    kb.button(text="🇷🇺 Русский", callback_data=LangCb(code="ru"))
    kb.button(text="🇬🇧 English", callback_data=LangCb(code="en"))
    return kb.as_markup()
