"""What the MAX transport has to remember between calls, behind one interface that can move into the database.

aiogram and the handlers speak Telegram's language: a message is an ``int`` in a chat, a file has a ``file_id``.
MAX names a message by a string (``mid``), a file by a download URL, and a person's dialog has a chat id of its own.
:class:`TransportMemory` keeps the pairs. :class:`DatabaseTransportMemory` keeps them in the bot's database (tables of
migration 0018, keyed by the bot, pruned after a term; ``storage/transport_memory.py``), so a keyboard-only edit of a
message sent before a restart still sends its text again; :class:`InMemoryTransportMemory` keeps them in this process
(tests of the transport alone).
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from storage.db import Database
from storage.transport_memory import DIALOG_DAYS, FILE_DAYS, MESSAGE_DAYS, TEXT_DAYS, TransportMemoryRepo


@dataclass(frozen=True, slots=True)
class SentText:
    """The text of a message and its format, as last sent or edited (MAX edits replace the whole body)."""

    text: str | None
    format: str | None


class TransportMemory(Protocol):
    async def message_number(self, mid: str) -> int:
        """aiogram's ``message_id`` for a MAX message id: the same number every time, a new one the first time."""

    async def message_mid(self, number: int) -> str | None:
        """The MAX message id behind an aiogram ``message_id`` (None: unknown, or an event without a message)."""

    async def event_number(self) -> int:
        """A ``message_id`` for an event that is no MAX message (``bot_started``): never maps back to a mid."""

    async def remember_text(self, mid: str, sent: SentText, user_id: int | None = None) -> None:
        """The bot's text of message ``mid`` in ``user_id``'s dialog, as sent or edited last."""

    async def sent_text(self, mid: str) -> SentText | None: ...

    async def remember_dialog(self, user_id: int, chat_id: int) -> None:
        """The dialog (chat) id of a user's conversation with the bot: chat actions go to the chat, not the user."""

    async def dialog(self, user_id: int) -> int | None: ...

    async def remember_file(self, file_id: str, url: str) -> None:
        """A file someone sent: aiogram's ``getFile`` gets its download URL back by ``file_id``."""

    async def file_url(self, file_id: str) -> str | None: ...


class _Bounded(OrderedDict[str | int, object]):
    """A map that forgets its oldest entries past ``limit`` (the process must not grow without end)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def put(self, key: str | int, value: object) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)


class InMemoryTransportMemory:
    """:class:`TransportMemory` in this process, each map bounded (``limit`` entries, the oldest forgotten)."""

    def __init__(self, limit: int = 200_000) -> None:
        self._numbers = itertools.count(1)
        self._by_mid = _Bounded(limit)
        self._by_number = _Bounded(limit)
        self._texts = _Bounded(limit)
        self._dialogs = _Bounded(limit)
        self._files = _Bounded(limit)

    async def message_number(self, mid: str) -> int:
        number = self._by_mid.get(mid)
        if isinstance(number, int):
            return number
        number = next(self._numbers)
        self._by_mid.put(mid, number)
        self._by_number.put(number, mid)
        return number

    async def message_mid(self, number: int) -> str | None:
        mid = self._by_number.get(number)
        return mid if isinstance(mid, str) else None

    async def event_number(self) -> int:
        return next(self._numbers)

    async def remember_text(self, mid: str, sent: SentText, user_id: int | None = None) -> None:
        self._texts.put(mid, sent)

    async def sent_text(self, mid: str) -> SentText | None:
        sent = self._texts.get(mid)
        return sent if isinstance(sent, SentText) else None

    async def remember_dialog(self, user_id: int, chat_id: int) -> None:
        self._dialogs.put(user_id, chat_id)

    async def dialog(self, user_id: int) -> int | None:
        chat_id = self._dialogs.get(user_id)
        return chat_id if isinstance(chat_id, int) else None

    async def remember_file(self, file_id: str, url: str) -> None:
        self._files.put(file_id, url)

    async def file_url(self, file_id: str) -> str | None:
        url = self._files.get(file_id)
        return url if isinstance(url, str) else None


def _utc_now() -> datetime:
    return datetime.now(UTC)


class DatabaseTransportMemory:
    """:class:`TransportMemory` in the database, for the bot ``bot_id``: survives restarts, shared by the process's
    sessions of the same bot. What was used last longer ago than its term is pruned (``storage/transport_memory.py``:
    the bot's texts after days, the message map after a month), at the first write and every ``prune_every``
    writes after it. A small cache in front keeps the reads of one update off the database."""

    def __init__(self, db: Database, bot_id: int, *, now: Callable[[], datetime] = _utc_now,
                 prune_every: int = 1000, cache: int = 10_000) -> None:
        self.db = db
        self.repo = TransportMemoryRepo(db, bot_id)
        self.now = now
        self.prune_every = prune_every
        self._writes = 0
        self._numbers = _Bounded(cache)  # mid → number
        self._mids = _Bounded(cache)  # number → mid
        self._dialogs = _Bounded(cache)  # user → chat, as last written

    def _stamp(self) -> str:
        return self.now().astimezone(UTC).isoformat(timespec="seconds")

    async def _wrote(self) -> None:
        self._writes += 1
        if self._writes % self.prune_every == 1 or self.prune_every == 1:
            await self.prune()

    async def prune(self) -> int:
        now = self.now().astimezone(UTC)

        def cutoff(days: int) -> str:
            return (now - timedelta(days=days)).isoformat(timespec="seconds")

        async with self.db.transaction():
            changed = await self.repo.prune({"messages": cutoff(MESSAGE_DAYS), "texts": cutoff(TEXT_DAYS),
                                             "dialogs": cutoff(DIALOG_DAYS), "files": cutoff(FILE_DAYS)})
        self._numbers.clear()
        self._mids.clear()
        self._dialogs.clear()
        return changed

    def _cache(self, mid: str, number: int) -> None:
        self._numbers.put(mid, number)
        self._mids.put(number, mid)

    async def message_number(self, mid: str) -> int:
        cached = self._numbers.get(mid)
        if isinstance(cached, int):
            return cached
        async with self.db.transaction():
            number = await self.repo.number_of(mid)
            if number is None:
                number = await self.repo.next_number()
                await self.repo.add_message(number, mid, self._stamp())
            else:
                await self.repo.touch_message(mid, self._stamp())
        self._cache(mid, number)
        await self._wrote()
        return number

    async def message_mid(self, number: int) -> str | None:
        cached = self._mids.get(number)
        if isinstance(cached, str):
            return cached
        mid = await self.repo.mid_of(number)
        if mid is not None:
            self._cache(mid, number)
        return mid

    async def event_number(self) -> int:
        async with self.db.transaction():
            return await self.repo.next_number()

    async def remember_text(self, mid: str, sent: SentText, user_id: int | None = None) -> None:
        await self.message_number(mid)  # the row the text belongs to
        async with self.db.transaction():
            await self.repo.set_text(mid, user_id, sent.text, sent.format, self._stamp())

    async def sent_text(self, mid: str) -> SentText | None:
        stored = await self.repo.text_of(mid)
        return SentText(stored.text, stored.format) if stored is not None else None

    async def remember_dialog(self, user_id: int, chat_id: int) -> None:
        if self._dialogs.get(user_id) == chat_id:
            return  # every update names the dialog: written once per process (and after a prune)
        async with self.db.transaction():
            await self.repo.set_dialog(user_id, chat_id, self._stamp())
        self._dialogs.put(user_id, chat_id)
        await self._wrote()

    async def dialog(self, user_id: int) -> int | None:
        cached = self._dialogs.get(user_id)
        return cached if isinstance(cached, int) else await self.repo.dialog_of(user_id)

    async def remember_file(self, file_id: str, url: str) -> None:
        async with self.db.transaction():
            await self.repo.set_file(file_id, url, self._stamp())
        await self._wrote()

    async def file_url(self, file_id: str) -> str | None:
        return await self.repo.url_of(file_id)
