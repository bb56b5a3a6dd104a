from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import LangCb

T = TypeVar("T")

PAGE_SIZE = 10


def page_of(items: Sequence[T], page: int, size: int = PAGE_SIZE) -> tuple[Sequence[T], int, int]:
    """The items on ``page`` (clamped into range), the page shown and the number of pages."""
    pages = max(1, -(-len(items) // size))
    page = min(max(page, 0), pages - 1)
    return items[page * size:(page + 1) * size], page, pages


def add_pager(kb: InlineKeyboardBuilder, page: int, pages: int, make: Callable[[int], CallbackData]) -> None:
    """A row « ‹ 2/5 › » under a paged list; nothing when everything fits on one page."""
    if pages <= 1:
        return
    row = []
    if page > 0:
        row.append(InlineKeyboardButton(text="‹", callback_data=make(page - 1).pack()))
    row.append(InlineKeyboardButton(text=f"{page + 1}/{pages}", callback_data=make(page).pack()))
    if page < pages - 1:
        row.append(InlineKeyboardButton(text="›", callback_data=make(page + 1).pack()))
    kb.row(*row)



def one_button(text: str, data: CallbackData) -> InlineKeyboardMarkup:
    """A keyboard of a single button (a confirmation, «no due date», «history»)."""
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text=text, callback_data=data.pack())]])


def languages() -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    # Each language is named in itself, so the buttons need no translation.
    kb.button(text="🇷🇺 Русский", callback_data=LangCb(code="ru"))
    kb.button(text="🇬🇧 English", callback_data=LangCb(code="en"))
    return kb.as_markup()
