"""The flow tests' harness on MAX: the same ``Client`` API, with MAX underneath.

``MaxHarness`` wires ``build_dispatcher`` as production does, on an aiogram ``Bot`` whose session is the real
:class:`~bot.channels.max.session.MaxSession` talking HTTP to the fake MAX Bot API (``tests/e2e/fake_max_api.py``,
built from the official schema) on 127.0.0.1. A person's action is a MAX update pushed to the fake (``bot_started``
for a deep link, ``message_created`` with text, a vCard or a file, ``message_callback`` for a button); the harness
takes it with the session's ``getUpdates`` (MAX long polling, translated by ``bot/channels/max/updates.py``) and
feeds it to the Dispatcher. What the person sees (``text``, ``shown``, ``alerts``, ``documents``) is read from what
the fake MAX API received, not from the aiogram calls; ``requests`` still lists the aiogram calls the bot made.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiogram.methods import GetUpdates, SendDocument, TelegramMethod
from aiogram.types import BufferedInputFile, User

from bot.app import build_dispatcher
from bot.channels import mark
from bot.channels.max import MaxClient, MaxSession, TransportMemory
from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.telegram import RateLimiter, RetryAfterMiddleware, make_bot
from storage.db import Database
from storage.models import Channel
from tests.e2e.fake_max_api import Call, FakeMaxAPI, Message
from tests.harness import Client, Harness, Shown

Json = dict[str, Any]
# kinds of MAX buttons that stand for Telegram's reply keyboard (they send a message or a contact)
REPLY_KINDS = ("message", "request_contact", "request_geo_location")


class RecordingMaxSession(MaxSession):
    """The real MAX session, keeping the aiogram calls the bot made (the harness's own polling left out)."""

    def __init__(self, client: MaxClient, memory: TransportMemory | None = None) -> None:
        super().__init__(client, memory, sleep=_no_wait, not_ready_delays=(0.0,) * 5)
        self.requests: list[TelegramMethod[Any]] = []
        self.outcomes: list[tuple[TelegramMethod[Any], bool]] = []

    async def make_request(self, bot: Any, method: TelegramMethod[Any], timeout: int | None = None) -> Any:  # noqa: ASYNC109
        if isinstance(method, GetUpdates):
            return await super().make_request(bot, method, timeout)
        self.requests.append(method)
        try:
            result = await super().make_request(bot, method, timeout)
        except Exception:
            self.outcomes.append((method, False))
            raise
        self.outcomes.append((method, True))
        return result

    def delivered(self) -> list[TelegramMethod[Any]]:
        return [m for m, ok in self.outcomes if ok]


async def _no_wait(seconds: float) -> None:
    await asyncio.sleep(0)


@dataclass
class MaxShown(Shown):
    mid: str = ""
    kinds: tuple[str, ...] = ()  # the MAX type of each inline button (callback, link)


def _buttons(attachments: list[Json] | None) -> list[Json]:
    return [button for attachment in attachments or [] if attachment.get("type") == "inline_keyboard"
            for row in (attachment.get("payload") or {}).get("buttons") or [] for button in row]


def _shown(mid: str, text: str | None, attachments: list[Json] | None) -> MaxShown | None:
    kinds = [a.get("type") for a in attachments or []]
    if "image" in kinds:
        return None  # as in Telegram's harness: a photo is not a shown text
    inline, reply, types = [], [], []
    for button in _buttons(attachments):
        if button.get("type") in REPLY_KINDS:
            reply.append(button["text"])
        else:
            inline.append((button["text"], button.get("payload") or button.get("url") or ""))
            types.append(button.get("type", ""))
    return MaxShown(text or "", inline, reply, None, mid, tuple(types))


class MaxHarness(Harness):
    channel = "max"

    def __init__(self, db: Database, settings: Settings, clock: FakeClock, translator: Translator,
                 api: FakeMaxAPI, memory: Callable[[], TransportMemory | None] = lambda: None) -> None:
        self.api = api
        self.memory_factory = memory
        self.max_sessions: list[RecordingMaxSession] = []  # one per process (restart), all closed at the end
        self.expected_refusals: list[Any] = []  # calls a test expects MAX to refuse (checked at the end)
        self._polling = asyncio.Lock()
        super().__init__(db, settings, clock, translator)

    def restart(self) -> None:
        """A new process: a new MAX session (and what its transport memory keeps) over the same database."""
        self.session = RecordingMaxSession(MaxClient(self.api.token, self.api.base_url, retries=0),  # type: ignore[assignment]
                                           self.memory_factory())
        self.max_sessions.append(self.session)  # type: ignore[arg-type]
        self.bot = mark(make_bot(f"{self.api.bot_id}:max", session=self.session,
                                 retry=RetryAfterMiddleware(sleep=self._flood_wait)), Channel.MAX)
        self.channels = (Channel.MAX,)
        self.sessions = {Channel.MAX: self.session}
        self.bots = {Channel.MAX: self.bot}
        self.dp = build_dispatcher(self.settings, self.db, self.bot, clock=self.clock, translator=self.translator,
                                   rate_limiter=RateLimiter(per_second=1e9, per_chat_interval=0))

    async def close(self) -> None:
        for session in self.max_sessions:
            await session.close()

    def user(self, user_id: int, first_name: str = "Тест", language_code: str | None = "ru",
             channel: Channel | None = None) -> MaxUser:
        """A MAX user (this harness runs MAX alone)."""
        assert channel in (None, Channel.MAX)
        self.api.add_user(user_id, first_name)
        return MaxUser(self, User(id=user_id, is_bot=False, first_name=first_name, language_code=language_code))

    async def pull(self) -> None:
        """Take what MAX has for the bot (long polling without waiting) and feed it, until nothing is left: the
        last, empty poll commits the updates fed (its marker)."""
        while True:
            async with self._polling:  # one poll at a time (as in the bot): two at once would get the same updates
                updates = await self.bot(GetUpdates(timeout=0))
            if not updates:
                return
            # handled at once, as aiogram's polling does (two taps of one button race as they would in MAX)
            await asyncio.gather(*(self.dp.feed_update(self.bot, update) for update in updates))

    def _user_of(self, call: Call) -> int | None:
        if call.op == "POST /messages":
            return int(call.query["user_id"]) if "user_id" in call.query else None
        message = self.api.messages.get(call.query.get("message_id", ""))
        return message.user_id if message is not None else None

    def shown_in(self, calls: list[Call], chat_id: int) -> list[Shown]:
        """What ``chat_id`` saw in ``calls``: each message sent to them and each edit of one, in order."""
        result: list[Shown] = []
        for call in calls:
            if not call.ok or call.op not in ("POST /messages", "PUT /messages") or self._user_of(call) != chat_id:
                continue
            body = call.body or {}
            if call.op == "POST /messages":
                mid = call.answer["message"]["body"]["mid"]
                shown = _shown(mid, body.get("text"), body.get("attachments"))
            else:
                mid = call.query["message_id"]
                message = self.api.messages[mid]
                text = body.get("text", message.text)
                shown = _shown(mid, text, body.get("attachments"))
            if shown is not None:
                result.append(shown)
        return result

    def shown_to(self, chat_id: int, channel: Channel = Channel.MAX) -> list[Shown]:
        return self.shown_in(self.api.calls, chat_id)


class MaxUser(Client):
    """One MAX user: the same actions and views as the Telegram ``Client``, as MAX updates and MAX messages."""

    h: MaxHarness

    def __init__(self, harness: MaxHarness, user: User) -> None:
        super().__init__(harness, user, Channel.MAX)
        self.calls: list[Call] = []  # what the fake received while the last update was handled

    @property
    def locale(self) -> str | None:
        return self.user.language_code

    async def _act(self, push: Callable[[], Any]) -> list[TelegramMethod[Any]]:
        requests, calls = len(self.h.session.requests), len(self.h.api.calls)
        push()
        await self.h.pull()
        self.last = self.h.session.requests[requests:]
        self.calls = self.h.api.calls[calls:]
        return self.last

    async def send(self, text: str) -> list[TelegramMethod[Any]]:
        command, _, payload = text.partition(" ")
        if command == "/start" and payload.strip():
            # /start <payload> is how the Telegram tests open a deep link; in MAX opening one is bot_started
            return await self._act(lambda: self.h.api.bot_started(self.id, payload.strip(), self.locale))
        return await self._act(lambda: self.h.api.message(self.id, text, locale=self.locale))

    async def send_sticker(self) -> list[TelegramMethod[Any]]:
        sticker = {"type": "sticker", "payload": {"url": "https://i.oneme.ru/s/1", "code": "st1"},
                   "width": 512, "height": 512}
        return await self._act(lambda: self.h.api.message(self.id, None, [sticker], self.locale))

    async def send_photo(self) -> list[TelegramMethod[Any]]:
        photo = {"type": "image", "payload": {"photo_id": 1, "token": "ph1", "url": "https://i.oneme.ru/i/1"}}
        return await self._act(lambda: self.h.api.message(self.id, None, [photo], self.locale))

    async def send_document(self, file_name: str, data: bytes) -> list[TelegramMethod[Any]]:
        return await self._act(lambda: self.h.api.file(self.id, file_name, data, self.locale))

    async def send_contact(self, phone: str, user_id: int | None = None) -> list[TelegramMethod[Any]]:
        """The MAX contact button: a vCard and the account it belongs to (the sender's own, unless ``user_id``)."""
        return await self._act(lambda: self.h.api.contact(self.id, phone, owner=user_id, locale=self.locale))

    def _pressed_on(self) -> Message:
        sent = self.h.api.sent_to(self.id)
        return sent[-1] if sent else Message("mid.none", self.id, "…", None, [], 0)

    async def press(self, data: str, text: str = "") -> list[TelegramMethod[Any]]:
        """A callback with raw payload (forged or stale buttons included), on the latest message the person has."""
        message = self._pressed_on()
        return await self._act(lambda: self.h.api.press(self.id, message, data, self.locale))

    async def click(self, button: str) -> list[TelegramMethod[Any]]:
        for shown in reversed(self.shown()):
            assert isinstance(shown, MaxShown)
            for (text, payload), kind in zip(shown.inline, shown.kinds, strict=True):
                if button in text and kind == "callback":
                    message = self.h.api.messages[shown.mid]
                    return await self._act(lambda m=message, p=payload: self.h.api.press(self.id, m, p, self.locale))
        raise AssertionError(f"no button {button!r}; buttons: {[s.button_texts() for s in self.shown()[-3:]]}")

    # ---- what the user saw ----------------------------------------------------------------------

    def replies(self) -> list[Shown]:
        return self.h.shown_in(self.calls, self.id)

    def alerts(self) -> list[str]:
        return [str((call.body or {}).get("notification") or "") for call in self.calls
                if call.op == "POST /answers" and call.ok]

    def documents(self) -> list[SendDocument]:
        """The files sent to this person, as the aiogram call that would have carried them (name, bytes, caption)."""
        result = []
        for message in self.h.api.sent_to(self.id):
            for attachment in message.attachments:
                token = (attachment.get("payload") or {}).get("token")
                if attachment.get("type") == "file" and token in self.h.api.files:
                    name, data = self.h.api.files[token]
                    result.append(SendDocument(chat_id=self.id, document=BufferedInputFile(data, name),
                                               caption=message.text))
        return result
