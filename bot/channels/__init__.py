"""Messenger channels beside Telegram.

The rest of the bot speaks aiogram; a channel adapter makes another messenger look like the Telegram Bot API to
it. Code outside ``bot.channels`` reaches a channel only through this module, never its package (layer contract
``channel-adapters-behind-one-door`` in pyproject.toml), so a channel's library stays out of the bot's imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from storage.models import Channel

if TYPE_CHECKING:
    from aiogram import Bot

    from bot.telegram import RateLimiter
    from storage.db import Database

MAX_SESSION_MODULE = f"{__name__}.max.session"

# the attribute a bot carries its channel in (set where it is made; a test can mark its own). On the object itself:
# aiogram's Bot compares and hashes by token, so a table keyed by bots would mix up two bots with one token
_CHANNEL = "mentorship_channel"


def mark(bot: Bot, channel: Channel) -> Bot:
    """Say which channel ``bot`` runs in (bots made by ``open_max_bot`` are marked already)."""
    setattr(bot, _CHANNEL, channel)
    return bot


# the attribute a bot carries the channels of its deployment in (set by ``build_dispatcher``)
_DEPLOYMENT = "mentorship_deployment"


def mark_deployment(bots: Mapping[Channel, Bot]) -> None:
    """Tell each bot which channels the deployment runs (``links_messengers``)."""
    for bot in bots.values():
        setattr(bot, _DEPLOYMENT, frozenset(bots))


def links_messengers(bot: Bot) -> bool:
    """The deployment of ``bot`` runs more than one messenger: linking a second account (/link) means something."""
    return len(getattr(bot, _DEPLOYMENT, ())) > 1


def channel_of(bot: Bot) -> Channel:
    """The channel a bot runs in: as marked, else MAX for a bot on the MAX adapter's session (or a subclass of it),
    else Telegram — told without importing the MAX package. ``Channel`` is a string enum: ``channel_of(bot) == "max"``
    holds for a MAX bot."""
    found = getattr(bot, _CHANNEL, None)
    if isinstance(found, Channel):
        return found
    if any(cls.__module__ == MAX_SESSION_MODULE for cls in type(bot.session).__mro__):
        return Channel.MAX
    return Channel.TELEGRAM


async def open_max_bot(token: str, api_url: str | None = None, *, limiter: RateLimiter | None = None,
                       db: Database | None = None) -> Bot:
    """An aiogram ``Bot`` that runs in MAX (see ``bot.channels.max``); the MAX library is imported only here. With
    ``db`` the transport's memory (message ids, dialogs, files) lives in the database and survives restarts."""
    from bot.channels.max import open_bot

    return mark(await open_bot(token, api_url, limiter=limiter, db=db), Channel.MAX)
