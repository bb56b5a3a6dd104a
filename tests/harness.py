"""Drive the real Dispatcher with a recording bot session, as a Telegram user would.

``Harness`` wires ``build_dispatcher`` exactly as production does, over a real SQLite database, with
teremok's recording session (it rejects bad HTML, over-long texts and >64-byte callback data the way
Telegram does). ``Client`` is one Telegram user: ``send("/start")``, ``click("Согласен")``, and
assertions on what that user saw.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import EditMessageText, GetMyCommands, SendDocument, SendMessage, SetMyCommands, TelegramMethod
from aiogram.types import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeDefault,
    CallbackQuery,
    Chat,
    Contact,
    Document,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    PhotoSize,
    ReplyKeyboardMarkup,
    Sticker,
    Update,
    User,
)
from teremok.session import MockedSession

from bot.app import build_dispatcher
from bot.channels import mark
from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.telegram import RateLimiter, RetryAfterMiddleware, make_bot
from storage.db import Database
from storage.models import Account, Channel

TOKEN = "123456:TEST-token-for-the-recording-session"
MAX_TOKEN = "654321:max"  # the MAX bot as aiogram sees it (bot.channels.max makes its token «<id>:max»)
BOT_USERNAME = "test_bot"  # what teremok's getMe answers

_update_ids = itertools.count(1)
_message_ids = itertools.count(1000)


@dataclass
class Shown:
    """One message the bot showed (sent or edited) in a chat."""

    text: str
    inline: list[tuple[str, str]] = field(default_factory=list)  # (button text, callback data)
    reply_buttons: list[str] = field(default_factory=list)
    method: TelegramMethod[Any] | None = None

    def button_texts(self) -> list[str]:
        return [text for text, _ in self.inline]


def _shown(method: TelegramMethod[Any]) -> Shown | None:
    if isinstance(method, SendMessage | EditMessageText):
        markup = method.reply_markup
        inline: list[tuple[str, str]] = []
        reply: list[str] = []
        if isinstance(markup, InlineKeyboardMarkup):
            inline = [(b.text, b.callback_data or b.url or "") for row in markup.inline_keyboard for b in row]
        elif isinstance(markup, ReplyKeyboardMarkup):
            reply = [b.text for row in markup.keyboard for b in row]
        return Shown(method.text, inline, reply, method)
    if isinstance(method, SendDocument):
        return Shown(method.caption or "", method=method)
    return None


def _menu_key(scope: BotCommandScope | None, language_code: str | None) -> tuple[str, str | None]:
    return (scope or BotCommandScopeDefault()).model_dump_json(), language_code


def _chat_of(method: TelegramMethod[Any]) -> Any:
    return getattr(method, "chat_id", None)


@dataclass
class Cost:
    """What one update cost the database (``Harness.cost``)."""

    calls: int = 0  # statements (fetch*/execute*)
    transactions: int = 0  # write transactions
    statements: list[str] = field(default_factory=list, repr=False)

    def __str__(self) -> str:
        lines = "\n".join(" ".join(sql.split())[:140] for sql in self.statements)
        return f"{self.calls} statements, {self.transactions} write transactions:\n{lines}"


def _recording(method: Callable[..., Awaitable[Any]], statements: list[str]) -> Callable[..., Awaitable[Any]]:
    async def recorded(sql: str, *args: Any) -> Any:
        statements.append(sql)
        return await method(sql, *args)
    return recorded


class RecordingSession(MockedSession):
    """teremok's recording session, plus users who blocked the bot (403 for any message to them)."""

    def __init__(self) -> None:
        super().__init__()
        self.blocked_chats: set[int] = set()
        self.unreachable_chats: set[int] = set()  # network errors for messages to these chats
        self.gate: asyncio.Event | None = None  # while it is not set, every call waits for it (see hold())
        self.held = asyncio.Event()  # set once a call waits at the gate
        self.outcomes: list[tuple[TelegramMethod[Any], bool]] = []  # every attempt and whether it went through
        self.menus: dict[tuple[str, str | None], list[BotCommand]] = {}  # what Telegram shows per scope and language

    async def make_request(self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None) -> Any:  # noqa: ASYNC109
        if self.gate is not None and not self.gate.is_set():
            self.held.set()
            await self.gate.wait()
        if isinstance(method, GetMyCommands):  # Telegram answers what was set for that scope and language
            self.requests.append(method)
            return self.menus.get(_menu_key(method.scope, method.language_code), [])
        try:
            if getattr(method, "chat_id", None) in self.unreachable_chats:
                self.requests.append(method)
                raise TelegramNetworkError(method=method, message="Server disconnected")
            if getattr(method, "chat_id", None) in self.blocked_chats:
                self.requests.append(method)
                self.check_response(bot=bot, method=method, status_code=403, content=json.dumps(
                    {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}))
            result = await super().make_request(bot, method, timeout)
        except Exception:
            self.outcomes.append((method, False))
            raise
        self.outcomes.append((method, True))
        if isinstance(method, SetMyCommands):
            self.menus[_menu_key(method.scope, method.language_code)] = list(method.commands)
        return result

    def hold(self) -> asyncio.Event:
        """From now on every call waits until the returned event is set; ``held`` is set when one waits."""
        self.gate = asyncio.Event()
        self.held = asyncio.Event()
        return self.gate

    def delivered(self) -> list[TelegramMethod[Any]]:
        """Calls that Telegram accepted (a call retried after 429 counts once)."""
        return [m for m, ok in self.outcomes if ok]


class Harness:
    channel = "telegram"

    def __init__(self, db: Database, settings: Settings, clock: FakeClock, translator: Translator) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.translator = translator
        self.flood_waits: list[float] = []  # each retry_after the bot honoured after a 429, in seconds
        self.session: RecordingSession
        self.bot: Bot
        self.dp: Dispatcher
        self.channels: tuple[Channel, ...] = (Channel.TELEGRAM,)
        self.sessions: dict[Channel, RecordingSession] = {}
        self.bots: dict[Channel, Bot] = {}
        self.restart()

    def restart(self) -> None:
        """A fresh bot and Dispatcher over the same database: what a process restart leaves behind."""
        for channel in self.channels:
            self.sessions[channel] = RecordingSession()
            self.bots[channel] = make_bot(TOKEN if channel is Channel.TELEGRAM else MAX_TOKEN,
                                          session=self.sessions[channel],
                                          retry=RetryAfterMiddleware(sleep=self._flood_wait))
            mark(self.bots[channel], channel)
        self.session, self.bot = self.sessions[self.channels[0]], self.bots[self.channels[0]]
        # no pacing in tests: the limiter has its own test
        self.dp = build_dispatcher(self.settings, self.db, list(self.bots.values()), clock=self.clock,
                                   translator=self.translator,
                                   rate_limiter=RateLimiter(per_second=1e9, per_chat_interval=0))

    def with_max(self) -> Harness:
        """The same deployment running MAX beside Telegram: one Dispatcher, a recording bot per channel (a MAX
        bot here is an aiogram Bot marked as MAX's, as ``bot.channels.open_max_bot`` marks the real one)."""
        self.channels = (Channel.TELEGRAM, Channel.MAX)
        self.restart()
        return self

    async def _flood_wait(self, seconds: float) -> None:
        """Telegram's retry_after, without the wall-clock wait (the middleware's own test checks the waiting)."""
        self.flood_waits.append(seconds)
        await asyncio.sleep(0)  # a real wait lets other tasks run; nothing relies on the order this gives

    @property
    def requests(self) -> list[TelegramMethod[Any]]:
        return self.session.requests

    def user(self, user_id: int, first_name: str = "Тест", language_code: str | None = "ru",
             channel: Channel | None = None) -> Client:
        """A user of ``channel`` (MAX: after ``with_max``; by default the harness's first channel); the same number
        in two channels is two people."""
        return Client(self, User(id=user_id, is_bot=False, first_name=first_name, language_code=language_code),
                      channel or self.channels[0])

    async def feed(self, update: Update, channel: Channel = Channel.TELEGRAM) -> list[TelegramMethod[Any]]:
        session = self.sessions[channel]
        start = len(session.requests)
        await self.dp.feed_update(self.bots[channel], update)
        return session.requests[start:]

    @contextmanager
    def cost(self) -> Iterator[Cost]:
        """Database statements and write transactions of what runs inside: ``with h.cost() as c: await …``.

        ``c.statements`` keeps the SQL in order, for the message of a failed bound."""
        cost = Cost()
        calls, transactions = self.db.calls, self.db.transactions
        names = ("fetchone", "fetchall", "execute", "execute_rowcount", "executemany")
        for name in names:
            setattr(self.db, name, _recording(getattr(self.db, name), cost.statements))
        try:
            yield cost
        finally:
            for name in names:
                delattr(self.db, name)
            cost.calls = self.db.calls - calls
            cost.transactions = self.db.transactions - transactions

    def shown_to(self, chat_id: int, channel: Channel = Channel.TELEGRAM) -> list[Shown]:
        return [s for m in self.sessions[channel].requests if _chat_of(m) == chat_id and (s := _shown(m)) is not None]


class Client:
    def __init__(self, harness: Harness, user: User, channel: Channel = Channel.TELEGRAM) -> None:
        self.h = harness
        self.user = user
        self.channel = channel
        self.last: list[TelegramMethod[Any]] = []

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def account(self) -> Account:
        """This user's account in the messenger they write from."""
        return Account(self.channel, self.user.id)

    def _message(self, **fields: Any) -> Message:
        return Message(
            message_id=next(_message_ids),
            date=datetime.now(UTC),
            chat=Chat(id=self.user.id, type="private"),
            from_user=self.user,
            **fields,
        )

    async def _feed(self, **update: Any) -> list[TelegramMethod[Any]]:
        self.last = await self.h.feed(Update(update_id=next(_update_ids), **update), self.channel)
        return self.last

    async def send(self, text: str) -> list[TelegramMethod[Any]]:
        entities = None
        if text.startswith("/"):
            command = text.split()[0]
            entities = [MessageEntity(type="bot_command", offset=0, length=len(command))]
        return await self._feed(message=self._message(text=text, entities=entities))

    async def send_sticker(self) -> list[TelegramMethod[Any]]:
        sticker = Sticker(file_id="st1", file_unique_id="st1u", type="regular", width=512, height=512,
                          is_animated=False, is_video=False)
        return await self._feed(message=self._message(sticker=sticker))

    async def send_photo(self) -> list[TelegramMethod[Any]]:
        photo = [PhotoSize(file_id="ph1", file_unique_id="ph1u", width=90, height=90)]
        return await self._feed(message=self._message(photo=photo))

    async def send_document(self, file_name: str, data: bytes) -> list[TelegramMethod[Any]]:
        file_id = f"doc{next(_message_ids)}"
        self.h.sessions[self.channel].files[file_id] = (f"documents/{file_id}", data)
        document = Document(file_id=file_id, file_unique_id=file_id + "u", file_name=file_name, file_size=len(data))
        return await self._feed(message=self._message(document=document))

    async def send_contact(self, phone: str, user_id: int | None = None) -> list[TelegramMethod[Any]]:
        contact = Contact(phone_number=phone, first_name=self.user.first_name,
                          user_id=self.user.id if user_id is None else user_id)
        return await self._feed(message=self._message(contact=contact))

    async def press(self, data: str, text: str = "") -> list[TelegramMethod[Any]]:
        """Press a button with raw callback data (forged or stale buttons included)."""
        message = Message(
            message_id=next(_message_ids), date=datetime.now(UTC), chat=Chat(id=self.user.id, type="private"),
            from_user=User(id=123456, is_bot=True, first_name="Bot"), text=text or "…",
        )
        query = CallbackQuery(id=str(next(_update_ids)), from_user=self.user, chat_instance="ci",
                              message=message, data=data)
        return await self._feed(callback_query=query)

    async def click(self, button: str) -> list[TelegramMethod[Any]]:
        """Press the inline button whose text contains ``button``, on the latest message that has it."""
        for shown in reversed(self.shown()):
            for text, data in shown.inline:
                if button in text:
                    message = Message(
                        message_id=next(_message_ids), date=datetime.now(UTC),
                        chat=Chat(id=self.user.id, type="private"),
                        from_user=User(id=123456, is_bot=True, first_name="Bot"), text=shown.text,
                        reply_markup=shown.method.reply_markup if shown.method else None,  # type: ignore[union-attr]
                    )
                    query = CallbackQuery(id=str(next(_update_ids)), from_user=self.user, chat_instance="ci",
                                          message=message, data=data)
                    return await self._feed(callback_query=query)
        raise AssertionError(f"no button {button!r}; buttons: {[s.button_texts() for s in self.shown()[-3:]]}")

    # ---- what the user saw ----------------------------------------------------------------------

    def shown(self) -> list[Shown]:
        return self.h.shown_to(self.user.id, self.channel)

    def replies(self) -> list[Shown]:
        """Messages shown in answer to the last update."""
        return [s for m in self.last if _chat_of(m) == self.user.id and (s := _shown(m)) is not None]

    @property
    def text(self) -> str:
        """All texts shown in answer to the last update, joined."""
        return "\n".join(s.text for s in self.replies())

    def alerts(self) -> list[str]:
        return [m.text or "" for m in self.last if type(m).__name__ == "AnswerCallbackQuery"]

    def documents(self) -> list[SendDocument]:
        return [m for m in self.h.sessions[self.channel].requests
                if isinstance(m, SendDocument) and m.chat_id == self.user.id]
