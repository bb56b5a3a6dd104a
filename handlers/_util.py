"""Small helpers shared by handlers (aiogram-side only)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import suppress
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Filter
from aiogram.types import CallbackQuery, InaccessibleMessage, InlineKeyboardMarkup, Message, TelegramObject

from bot.i18n import Raw, TextFn
from bot.services.invites import deep_link
from bot.services.records import Channel


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


async def start_links(t: TextFn, bots: Mapping[Channel, Bot], payload: str) -> Raw:
    """The deep link of ``payload`` (an invite's token) for each messenger the deployment runs: the link alone with one
    channel, each labelled with its app («Telegram: …», «MAX: …») on a line of its own with several."""
    links = [(channel, deep_link((await bot.me()).username or "", payload, channel)) for channel, bot in bots.items()]
    if len(links) == 1:
        return Raw(links[0][1])
    return Raw("\n".join(t("invite-link-in-app", app=channel.value, link=Raw(link)) for channel, link in links))


def links_app(bots: Mapping[Channel, Bot]) -> str:
    """The ``channel`` a text around ``start_links`` names («он откроет её в { app-name }»): the one messenger, or
    ``any`` («Telegram или MAX») when there is a link for each."""
    return "any" if len(bots) > 1 else next(iter(bots), Channel.TELEGRAM).value


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


TEXT_LIMIT = 4096  # sendMessage / editMessageText
ALERT_LIMIT = 200  # answerCallbackQuery
_HTML_TOKEN = re.compile(r"<[^>]*>|&#?\w+;|[^<&]+|[<&]")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9-]+)")


def utf16_len(text: str) -> int:
    """A text's length the way Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def fit_lines(lines: list[str], limit: int = TEXT_LIMIT, more: str = "…", sep: str = "\n") -> str:
    """The one splitter for long messages: join lines into one message within ``limit`` UTF-16 units (what
    Telegram counts; tags are counted too, so it is on the safe side), dropping whole lines and ending with
    ``more`` when something was left out. A single line longer than the limit is cut by ``fit_html``, never
    inside a tag or an entity, with its open tags closed."""
    kept: list[str] = []
    size = 0
    room = limit - utf16_len(more) - utf16_len(sep)
    for index, line in enumerate(lines):
        length = utf16_len(line) + (utf16_len(sep) if kept else 0)
        if size + length > (limit if index == len(lines) - 1 else room):
            if not kept:
                return fit_html(line, limit)
            kept.append(more)
            break
        kept.append(line)
        size += length
    return sep.join(kept)


def split_lines(lines: list[str], limit: int = TEXT_LIMIT, sep: str = "\n") -> list[str]:
    """Lines grouped into as few messages as needed, each within ``limit`` UTF-16 units, nothing left out (for
    what a person must be able to read whole: their pair's programme). A single over-long line is cut by
    ``fit_html``."""
    parts: list[list[str]] = [[]]
    size = 0
    for line in lines:
        line = fit_html(line, limit)
        length = utf16_len(line) + (utf16_len(sep) if parts[-1] else 0)
        if parts[-1] and size + length > limit:
            parts.append([])
            length = utf16_len(line)
            size = 0
        parts[-1].append(line)
        size += length
    return [sep.join(part) for part in parts if part]


def fit_html(text: str, limit: int, more: str = "…") -> str:
    """``text`` (Telegram HTML) within ``limit`` UTF-16 units: cut between tags and entities, ending with
    ``more`` and closing the tags left open."""
    if utf16_len(text) <= limit:
        return text
    out: list[str] = []
    open_tags: list[str] = []
    size = 0
    for token in _HTML_TOKEN.findall(text):
        closing = "".join(f"</{name}>" for name in reversed(open_tags))
        budget = limit - size - utf16_len(more) - utf16_len(closing)
        if token.startswith("<") and token.endswith(">") and (name := _TAG_NAME.match(token)):
            tag = name.group(1).lower()
            extra = 0 if token.startswith("</") else utf16_len(f"</{tag}>")
            if utf16_len(token) + extra > budget:
                break
            if token.startswith("</"):
                if tag in open_tags:
                    del open_tags[len(open_tags) - 1 - open_tags[::-1].index(tag)]
            elif not token.endswith("/>"):
                open_tags.append(tag)
        elif token.startswith("&") and len(token) > 1:
            if utf16_len(token) > budget:
                break
        elif utf16_len(token) > budget:
            out.append(_fit_plain_units(token, budget))
            break
        out.append(token)
        size += utf16_len(token)
    return "".join(out) + more + "".join(f"</{name}>" for name in reversed(open_tags))


def fit_text(text: str, limit: int, more: str = "…") -> str:
    """Plain text (an alert, a caption without markup) within ``limit`` UTF-16 units."""
    if utf16_len(text) <= limit:
        return text
    return _fit_plain_units(text, limit - utf16_len(more)) + more


def _fit_plain_units(text: str, units: int) -> str:
    """The longest start of ``text`` within ``units`` UTF-16 units (never half of a surrogate pair)."""
    out: list[str] = []
    size = 0
    for char in text:
        size += 2 if ord(char) > 0xFFFF else 1
        if size > units:
            break
        out.append(char)
    return "".join(out)
