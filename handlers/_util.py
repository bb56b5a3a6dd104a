"""Small helpers shared by handlers (aiogram-side only)."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Filter
from aiogram.types import CallbackQuery, InaccessibleMessage, InlineKeyboardMarkup, Message, TelegramObject


class NotCommand(Filter):
    """Plain input, not a /command (commands keep working in the middle of a form)."""

    async def __call__(self, event: TelegramObject) -> bool:
        return not (isinstance(event, Message) and event.text and event.text.startswith("/"))


def callback_message(query: CallbackQuery) -> Message | None:
    """The message under a pressed button, if Telegram still lets us touch it."""
    message = query.message
    if message is None or isinstance(message, InaccessibleMessage):
        return None
    return message


def reply_target(event: Message | CallbackQuery) -> tuple[Bot, int]:
    """The bot and the private chat to answer an update in (aiogram binds the bot to every update it feeds)."""
    if event.bot is None:
        raise RuntimeError("the update is not bound to a bot")
    return event.bot, event.from_user.id if isinstance(event, CallbackQuery) else event.chat.id


async def say(query: CallbackQuery, text: str, **kwargs: Any) -> Message:
    """Answer a button press in the user's private chat (works even when the old message is gone)."""
    bot, chat = reply_target(query)
    return await bot.send_message(chat, text, **kwargs)


async def replace_page(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None, **kwargs: Any) -> None:
    """Show another page of a paged list in place of the pressed message."""
    if (message := callback_message(query)) is not None:
        with suppress(TelegramBadRequest):  # "message is not modified" when the same page is pressed
            await message.edit_text(text, reply_markup=markup, **kwargs)


async def drop_buttons(query: CallbackQuery) -> None:
    """Remove the keyboard of a message whose question has been answered (ignore if it is gone)."""
    message = callback_message(query)
    if message is not None and message.reply_markup is not None:
        with suppress(TelegramBadRequest):  # cosmetic; the message may be too old to edit
            await message.edit_reply_markup(reply_markup=None)


def fit_lines(lines: list[str], limit: int = 3900) -> str:
    """Join lines into one message under Telegram's 4096 characters, dropping whole lines (never cutting inside
    an HTML tag or entity) and ending with «…» when something was left out."""
    kept: list[str] = []
    size = 0
    for line in lines:
        if size + len(line) + 1 > limit:
            kept.append("…")
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept)
