"""The MAX messenger as a channel of the same bot (alone, or beside Telegram in one process).

:func:`open_bot` returns an aiogram ``Bot`` whose session (:class:`~bot.channels.max.session.MaxSession`) talks to
the MAX Bot API; ``build_dispatcher`` and aiogram's polling loop run on it unchanged. Only ``bot.channels`` imports
this package (a layer contract in pyproject.toml): the rest of the bot knows aiogram, not MAX.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.channels.max.client import DEFAULT_API_URL, MaxClient, MaxError, MaxNetworkError
from bot.channels.max.memory import DatabaseTransportMemory, InMemoryTransportMemory, TransportMemory
from bot.channels.max.session import MaxSession

if TYPE_CHECKING:
    from aiogram import Bot

    from bot.telegram import RateLimiter
    from storage.db import Database

__all__ = ["DEFAULT_API_URL", "DatabaseTransportMemory", "InMemoryTransportMemory", "MaxClient", "MaxSession",
           "TransportMemory", "open_bot"]


async def open_bot(token: str, api_url: str | None = None, *, limiter: RateLimiter | None = None,
                   memory: TransportMemory | None = None, db: Database | None = None, retries: int = 3,
                   backoff_factor: float = 1.0) -> Bot:
    """An aiogram ``Bot`` on MAX. Asks MAX who the bot is first (``GET /me``): its user id is the aiogram bot id,
    which keys the FSM states, as a Telegram token's id does. With ``db`` (and no ``memory``) the transport
    remembers message ids, dialogs and files in the database (:class:`DatabaseTransportMemory`, keyed by that id).
    Raises aiogram's ``TelegramUnauthorizedError`` for a token MAX refuses and ``TelegramNetworkError`` when MAX
    cannot be reached."""
    from aiogram.exceptions import TelegramNetworkError
    from aiogram.methods import GetMe

    from bot.telegram import make_bot

    session = MaxSession(MaxClient(token, api_url, retries=retries, backoff_factor=backoff_factor), memory)
    try:
        me = await session.me()
    except MaxError as exc:
        await session.close()
        raise session.error(GetMe(), exc) from None
    except MaxNetworkError as exc:
        await session.close()
        raise TelegramNetworkError(GetMe(), f"MAX: {exc}") from None
    except BaseException:
        await session.close()
        raise
    if memory is None and db is not None:
        session.memory = DatabaseTransportMemory(db, int(me["id"]))
    # aiogram wants a Telegram-shaped token («<id>:<secret>»); the MAX token itself stays in the client
    return make_bot(f"{me['id']}:max", session=session, limiter=limiter)
