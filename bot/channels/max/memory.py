"""What the MAX transport has to remember between calls, behind one interface that can move into the database.

aiogram and the handlers speak Telegram's language: a message is an ``int`` in a chat, a file has a ``file_id``.
MAX names a message by a string (``mid``), a file by a download URL, and a person's dialog has a chat id of its own.
:class:`TransportMemory` keeps the pairs; :class:`InMemoryTransportMemory` keeps them in this process (first step:
after a restart, buttons on old messages still work — their payload carries everything — but a keyboard-only edit of a
message sent before the restart resends no text, see ``MaxSession``). A database implementation (a table per map,
keyed by the bot) replaces it without touching the session.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol


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

    async def remember_text(self, mid: str, sent: SentText) -> None: ...

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

    async def remember_text(self, mid: str, sent: SentText) -> None:
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
