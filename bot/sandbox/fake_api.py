"""A local Bot API server: the tests' fake of Telegram, and the heart of the sandbox (``python -m bot sandbox``).

The server speaks the same HTTP protocol as ``api.telegram.org`` closely enough for a real
:class:`aiogram.Bot` (``AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))``) and aiogram's
real polling loop (:meth:`aiogram.Dispatcher.start_polling`) to work against it::

    async with FakeBotAPI() as api:
        bot = api.create_bot()
        api.push_update(api.message_update(42, "/start"))
        ...
        call = await api.wait_for("sendMessage", lambda c: c.params["chat_id"] == 42)

It keeps the files the bot sends (``sendDocument``, ``sendPhoto``) and the ones given to it with
:meth:`FakeBotAPI.add_file`, answers ``getFile`` and serves them at ``/file/bot<token>/<path>`` as Telegram does. After
``setWebhook`` it posts every pushed update to the webhook (with the secret token header) instead of queueing it for
``getUpdates``, as Telegram does. :meth:`FakeBotAPI.subscribe` tells a listener (the sandbox's web chat) of every
message the bot sends, edits or deletes, and of every callback answer (the toast or alert a user sees).

Every request is recorded in :attr:`FakeBotAPI.calls`; faults can be injected with
:meth:`FakeBotAPI.fail_next` and :attr:`FakeBotAPI.blocked_chats`. Tests order concurrent steps with events,
never with sleeps: :meth:`FakeBotAPI.hold` keeps matching requests waiting at the server until released, and
:meth:`FakeBotAPI.until` waits for the fake's own state (a ``getUpdates`` held open, a ``wait_for`` waiting).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import mimetypes
import re
import time
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from aiogram import Bot

__all__ = ["Call", "ChatEvent", "FakeBotAPI", "Hold", "UploadedFile"]

MAX_MESSAGE_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64
MAX_UPDATES_LIMIT = 100

# Canonical spelling of the methods the fake knows about; Telegram treats method names
# case-insensitively, so requests are matched on ``method.lower()``.
_KNOWN_METHODS = (
    "getMe",
    "getUpdates",
    "deleteWebhook",
    "setWebhook",
    "getWebhookInfo",
    "logOut",
    "close",
    "sendMessage",
    "sendDocument",
    "sendPhoto",
    "sendAudio",
    "sendVideo",
    "sendVoice",
    "sendAnimation",
    "sendSticker",
    "sendLocation",
    "sendContact",
    "sendPoll",
    "sendDice",
    "sendChatAction",
    "sendMediaGroup",
    "forwardMessage",
    "copyMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "editMessageCaption",
    "deleteMessage",
    "deleteMessages",
    "answerCallbackQuery",
    "setMyCommands",
    "deleteMyCommands",
    "getMyCommands",
    "setChatMenuButton",
    "getChatMenuButton",
    "setMyDescription",
    "setMyShortDescription",
    "setMyName",
    "pinChatMessage",
    "unpinChatMessage",
    "getChat",
    "getFile",
)
_CANONICAL = {name.lower(): name for name in _KNOWN_METHODS}

# Parameters that are always free text and must never be coerced to numbers / booleans / JSON.
_TEXT_KEYS = frozenset(
    {
        "text",
        "caption",
        "data",
        "description",
        "short_description",
        "name",
        "title",
        "question",
        "explanation",
        "url",
        "query",
        "custom_title",
        "first_name",
        "last_name",
        "phone_number",
        "vcard",
        "payload",
        "start_parameter",
        "callback_query_id",
        "inline_query_id",
        "shipping_query_id",
        "pre_checkout_query_id",
        "web_app_query_id",
        "file_id",
        "file_unique_id",
        "custom_emoji_id",
        "business_connection_id",
        "message_effect_id",
        "inline_message_id",
        "parse_mode",
        "action",
        "secret_token",
        "language_code",
        "emoji",
        "sticker",
    }
)
# Integer parameters that do not end with ``_id``.
_INT_KEYS = frozenset(
    {"offset", "limit", "timeout", "cache_time", "duration", "width", "height", "until_date", "max_connections"}
)
_FLOAT_KEYS = frozenset({"latitude", "longitude", "horizontal_accuracy"})
_INT_RE = re.compile(r"-?\d+")
_FLOAT_RE = re.compile(r"-?\d+(\.\d+)?")

# Methods that deliver something to a chat: they fail with 403 for chats in ``blocked_chats``.
_DELIVERY_METHODS = frozenset({"forwardmessage", "copymessage"})


@dataclass(slots=True)
class UploadedFile:
    """A file part of a multipart request (e.g. ``sendDocument``'s ``document``)."""

    filename: str
    content: bytes
    content_type: str | None = None


@dataclass
class Call:
    """One recorded Bot API request.

    ``params`` holds the decoded parameters (JSON values decoded, ids as ``int``, uploads as
    :class:`UploadedFile`). ``error_code`` is set when the fake answered with an error, ``result``
    holds the ``result`` returned on success.
    """

    method: str
    params: dict[str, Any]
    error_code: int | None = None
    result: Any = None
    _consumed: bool = field(default=False, init=False, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.error_code is None


@dataclass(frozen=True, slots=True)
class ChatEvent:
    """What a listener is told: ``kind`` is ``message`` (new), ``edit``, ``delete`` or ``alert`` (a callback answer
    with text; ``payload`` holds ``text`` and ``show_alert``)."""

    kind: str
    chat_id: int | str
    payload: dict[str, Any]


@dataclass
class Hold:
    """Requests of one method (matching ``predicate``) wait at the server until :meth:`release`."""

    method: str
    predicate: Callable[[Call], bool] | None = None
    held: list[Call] = field(default_factory=list)  # the requests that waited (or wait) here
    arrived: asyncio.Event = field(default_factory=asyncio.Event)  # set once a request waits here
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def release(self) -> None:
        self.released.set()

    def matches(self, call: Call) -> bool:
        return call.method.lower() == self.method.lower() and (self.predicate is None or self.predicate(call))


@dataclass
class _Fault:
    error_code: int
    description: str
    retry_after: int | None
    remaining: int


class _APIError(Exception):
    def __init__(self, error_code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = parameters


def _normalise_method(method: str) -> str:
    return _CANONICAL.get(method.lower(), method)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _coerce(key: str, value: Any) -> Any:
    """Turn a form-encoded string value into what the client meant to send."""
    if not isinstance(value, str) or key in _TEXT_KEYS:
        return value
    stripped = value.strip()
    if stripped[:1] in ("{", "["):
        try:
            return json.loads(stripped)
        except ValueError:
            return value
    if (key.endswith("_id") or key in _INT_KEYS) and _INT_RE.fullmatch(stripped):
        return int(stripped)
    if key in _FLOAT_KEYS and _FLOAT_RE.fullmatch(stripped):
        return float(stripped)
    if stripped in ("true", "false"):
        return stripped == "true"
    return value


def _resolve_attachments(value: Any, files: dict[str, UploadedFile], used: set[str]) -> Any:
    """Replace ``attach://<name>`` references with the uploaded file they point to."""
    if isinstance(value, str) and value.startswith("attach://"):
        name = value.removeprefix("attach://")
        if name in files:
            used.add(name)
            return files[name]
        return value
    if isinstance(value, dict):
        return {k: _resolve_attachments(v, files, used) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve_attachments(v, files, used) for v in value]
    return value


class FakeBotAPI:
    """Fake Telegram Bot API server bound to ``127.0.0.1`` on an ephemeral port."""

    def __init__(self, bot_id: int = 123456, username: str = "mentor_test_bot",
                 first_name: str = "Mentor Test Bot") -> None:
        self.bot_id = bot_id
        self.username = username
        self.first_name = first_name
        self.calls: list[Call] = []
        self.blocked_chats: set[int] = set()
        self.commands: list[dict[str, Any]] = []

        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Event()
        self._closing = asyncio.Event()
        self.polls_waiting = 0  # getUpdates requests held open right now for want of updates
        self.long_polls = 0  # getUpdates requests that were ever held open
        self.long_polls_expired = 0  # ... and answered because their timeout ran out, not because an update came
        self.waiters = 0  # wait_for calls waiting for a new call right now
        self._changed = asyncio.Event()  # replaced and set whenever one of these counters changes
        self._holds: list[Hold] = []
        self._faults: dict[str, deque[_Fault]] = {}
        self._message_ids: dict[int | str, itertools.count[int]] = {}
        self._messages: dict[tuple[int | str, int], dict[str, Any]] = {}
        self._users: dict[int, dict[str, Any]] = {}
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._callback_chats: dict[str, int] = {}  # callback query id → the chat of the user who pressed
        self.files: dict[str, UploadedFile] = {}  # file_id → content, for getFile and downloads
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.webhook_deliveries: list[tuple[int, int]] = []  # (update_id, HTTP status) of each webhook POST
        self._deliveries: set[asyncio.Task[None]] = set()
        self._listeners: list[Callable[[ChatEvent], None]] = []

        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # ------------------------------------------------------------------ lifecycle

    def add_routes(self, app: web.Application) -> None:
        """The Bot API's routes, on this server or on another aiohttp application (the sandbox serves both on one
        port); set :attr:`served_at` to that server's address."""
        app.router.add_route("GET", "/bot{token}/{method}", self._handle)
        app.router.add_route("POST", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._download)

    served_at: str | None = None  # base URL when the routes are served by someone else's application

    async def start(self, port: int = 0) -> None:
        if self._runner is not None:
            return
        self._closing.clear()
        app = web.Application(client_max_size=50 * 1024 * 1024)
        self.add_routes(app)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", port)
        await site.start()
        self._port = runner.addresses[0][1]
        self._runner = runner

    def release(self) -> None:
        """Answer the long-polling getUpdates requests and the holds at once (before a shutdown)."""
        self._closing.set()
        self._new_update.set()
        for hold in self._holds:
            hold.release()

    async def stop(self) -> None:
        if self._runner is None:
            return
        self.release()
        for task in list(self._deliveries):
            task.cancel()
        runner, self._runner = self._runner, None
        await runner.cleanup()
        self._port = None

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        if self.served_at is not None:
            return self.served_at
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def token(self) -> str:
        """A syntactically valid token whose id part matches ``bot_id``."""
        return f"{self.bot_id}:FAKE-TOKEN-for-tests"

    def create_bot(self, **bot_kwargs: Any) -> Bot:
        """Build a real :class:`aiogram.Bot` that talks to this server."""
        from aiogram import Bot
        from aiogram.client.session.aiohttp import AiohttpSession
        from aiogram.client.telegram import TelegramAPIServer

        session = AiohttpSession(api=TelegramAPIServer.from_base(self.base_url))
        return Bot(token=bot_kwargs.pop("token", self.token), session=session, **bot_kwargs)

    # ------------------------------------------------------------------ updates

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for ``getUpdates`` (``update_id`` assigned if missing) and wake pollers."""
        if "update_id" not in update:
            update["update_id"] = next(self._update_ids)
        else:
            # keep automatically assigned ids above explicitly given ones
            self._update_ids = itertools.count(max(update["update_id"] + 1, next(self._update_ids)))
        if self.webhook_url is not None:
            task = asyncio.create_task(self._post_webhook(update))
            self._deliveries.add(task)
            task.add_done_callback(self._deliveries.discard)
            return update
        self._updates.append(update)
        self._updates.sort(key=lambda u: u["update_id"])
        event, self._new_update = self._new_update, asyncio.Event()
        event.set()
        return update

    async def _post_webhook(self, update: dict[str, Any]) -> None:
        status = await self.post_webhook(update)
        self.webhook_deliveries.append((update["update_id"], status))
        self._notify_call()

    async def post_webhook(self, update: dict[str, Any], secret: str | None = None) -> int:
        """POST ``update`` to the webhook as Telegram does (``secret`` overrides the header: a forged request);
        returns the HTTP status (0: the bot could not be reached)."""
        import aiohttp

        if self.webhook_url is None:
            raise RuntimeError("no webhook is set")
        header = self.webhook_secret if secret is None else secret
        headers = {"X-Telegram-Bot-Api-Secret-Token": header} if header else {}
        try:
            async with aiohttp.ClientSession() as session, session.post(
                    self.webhook_url, json=update, headers=headers) as response:
                await response.read()
                return response.status
        except aiohttp.ClientError:
            return 0

    def subscribe(self, listener: Callable[[ChatEvent], None]) -> None:
        self._listeners.append(listener)

    def _tell(self, kind: str, chat_id: Any, payload: dict[str, Any]) -> None:
        for listener in self._listeners:
            listener(ChatEvent(kind, chat_id, payload))

    def add_file(self, content: bytes, filename: str, content_type: str | None = None) -> dict[str, Any]:
        """Keep a file a user sends (as Telegram keeps it) and return its ``document`` object for an update."""
        return self._file(UploadedFile(filename, content, content_type), "document")

    def document_update(self, user_id: int, document: dict[str, Any], *, caption: str | None = None,
                        first_name: str = "Test", language_code: str | None = "ru") -> dict[str, Any]:
        """The user sends a file (``document`` from :meth:`add_file`)."""
        user = self.user(user_id, first_name=first_name, language_code=language_code)
        message = self._user_message(user)
        message["document"] = document
        if caption:
            message["caption"] = caption
        return {"message": message}

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a ``getUpdates`` offset."""
        return list(self._updates)

    def user(
        self,
        user_id: int,
        *,
        first_name: str = "Test",
        language_code: str | None = "ru",
        username: str | None = None,
    ) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username is not None:
            user["username"] = username
        if language_code is not None:
            user["language_code"] = language_code
        self._users[user_id] = user
        return user

    def message_update(
        self,
        user_id: int,
        text: str,
        *,
        first_name: str = "Test",
        language_code: str | None = "ru",
        username: str | None = None,
    ) -> dict[str, Any]:
        """A private-chat text message from ``user_id`` (with a ``bot_command`` entity for ``/cmd``)."""
        user = self.user(user_id, first_name=first_name, language_code=language_code, username=username)
        message = self._user_message(user)
        message["text"] = text
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": _utf16_len(command)}]
        return {"message": message}

    def contact_update(
        self,
        user_id: int,
        phone: str,
        *,
        first_name: str = "Test",
        language_code: str | None = "ru",
    ) -> dict[str, Any]:
        """The user shares their own contact (as after a ``request_contact`` keyboard button)."""
        user = self.user(user_id, first_name=first_name, language_code=language_code)
        message = self._user_message(user)
        message["contact"] = {"phone_number": phone, "first_name": first_name, "user_id": user_id}
        return {"message": message}

    def callback_update(
        self,
        user_id: int,
        data: str,
        message_id: int = 1,
        message_text: str = "",
        *,
        first_name: str = "Test",
        language_code: str | None = "ru",
    ) -> dict[str, Any]:
        """A press on an inline button of the bot's message ``message_id`` in the user's private chat.

        If the bot sent that message through this fake, the attached message reflects what it sent
        (text, keyboard); ``message_text`` overrides the text.
        """
        user = self.user(user_id, first_name=first_name, language_code=language_code)
        stored = self._messages.get((user_id, message_id))
        if stored is not None:
            message = json.loads(json.dumps(stored))
        else:
            message = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": self._chat(user_id),
                "from": self.me,
            }
        if message_text:
            message["text"] = message_text
        callback_id = str(next(self._callback_ids))
        self._callback_chats[callback_id] = user_id
        return {
            "callback_query": {
                "id": callback_id,
                "from": user,
                "message": message,
                "chat_instance": f"ci-{user_id}",
                "data": data,
            }
        }

    # ------------------------------------------------------------------ inspection

    @property
    def me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.first_name,
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def calls_of(self, method: str) -> list[Call]:
        name = method.lower()
        return [c for c in self.calls if c.method.lower() == name]

    def sent_texts(self, chat_id: int | str) -> list[str]:
        """Texts of successful ``sendMessage`` calls to ``chat_id``, in order."""
        return [
            c.params.get("text", "")
            for c in self.calls
            if c.method == "sendMessage" and c.ok and c.params.get("chat_id") == chat_id
        ]

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 10,  # noqa: ASYNC109 - a deadline for the whole search, not an I/O timeout
    ) -> Call:
        """Return the first not-yet-returned call of ``method`` matching ``predicate``.

        Calls recorded before ``wait_for`` was called count too; a call returned once is never
        returned again by a later ``wait_for``.
        """
        name = method.lower()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for call in self.calls:
                if call._consumed or call.method.lower() != name:
                    continue
                if predicate is None or predicate(call):
                    call._consumed = True
                    return call
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(self._timeout_report(method, timeout))
            event = self._new_call
            self._count("waiters", +1)
            try:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), remaining)
            finally:
                self._count("waiters", -1)

    async def until(
        self,
        condition: Callable[[], bool],
        timeout: float = 10,  # noqa: ASYNC109 - a deadline for the whole wait, not an I/O timeout
    ) -> None:
        """Wait until ``condition()`` holds, re-checked whenever one of the counters (``polls_waiting``,
        ``long_polls``, ``long_polls_expired``, ``waiters``) changes.

        ``await api.until(lambda: api.polls_waiting == 1)``: a getUpdates is being held open right now.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not condition():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"condition not met within {timeout}s: polls_waiting={self.polls_waiting},"
                    f" long_polls={self.long_polls}, waiters={self.waiters}"
                )
            event = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _count(self, counter: str, delta: int) -> None:
        setattr(self, counter, getattr(self, counter) + delta)
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    def hold(self, method: str, predicate: Callable[[Call], bool] | None = None) -> Hold:
        """From now on, requests of ``method`` matching ``predicate`` wait at the server (recorded, not answered)
        until the returned hold is released; ``hold.arrived`` is set when the first one waits."""
        hold = Hold(method, predicate)
        self._holds.append(hold)
        return hold

    def _timeout_report(self, method: str, timeout: float) -> str:
        names: list[str] = []
        for name, group in itertools.groupby(c.method for c in self.calls):
            count = len(list(group))
            names.append(name if count == 1 else f"{name} x{count}")
        lines = [f"no matching {method!r} call within {timeout}s; recorded calls: {names}"]
        lines += [
            f"  {c.method}{' (consumed)' if c._consumed else ''}: {c.params}" for c in self.calls_of(method)
        ]
        return "\n".join(lines)

    # ------------------------------------------------------------------ fault injection

    def fail_next(
        self,
        method: str,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail with ``error_code`` (also the HTTP status)."""
        fault = _Fault(
            error_code=error_code, description=description, retry_after=retry_after, remaining=times
        )
        self._faults.setdefault(method.lower(), deque()).append(fault)

    def clear_faults(self) -> None:
        self._faults.clear()

    def _take_fault(self, method: str) -> _Fault | None:
        queue = self._faults.get(method.lower())
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining <= 0:
            queue.popleft()
        return fault

    # ------------------------------------------------------------------ HTTP

    def _notify_call(self) -> None:
        event, self._new_call = self._new_call, asyncio.Event()
        event.set()

    async def _handle(self, request: web.Request) -> web.Response:
        method = _normalise_method(request.match_info["method"])
        try:
            params = await self._parse_params(request)
        except ValueError as exc:
            return self._error_response(_APIError(400, f"Bad Request: {exc}"))
        call = Call(method=method, params=params)
        self.calls.append(call)
        self._notify_call()
        for hold in self._holds:
            if not hold.released.is_set() and hold.matches(call):
                hold.held.append(call)
                hold.arrived.set()
                await hold.released.wait()
        try:
            fault = self._take_fault(method)
            if fault is not None:
                parameters = None if fault.retry_after is None else {"retry_after": fault.retry_after}
                raise _APIError(fault.error_code, fault.description, parameters)
            result = await self._dispatch(method, params)
        except _APIError as exc:
            call.error_code = exc.error_code
            return self._error_response(exc)
        call.result = result
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _error_response(exc: _APIError) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": exc.error_code, "description": exc.description}
        if exc.parameters:
            body["parameters"] = exc.parameters
        return web.json_response(body, status=exc.error_code)

    async def _parse_params(self, request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.method == "POST" and request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if not isinstance(body, dict):
                    raise ValueError("JSON body must be an object")
                raw.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        files[key] = UploadedFile(
                            filename=value.filename,
                            content=value.file.read(),
                            content_type=value.content_type,
                        )
                    else:
                        raw[key] = value
        params = {key: _coerce(key, value) for key, value in raw.items()}
        used: set[str] = set()
        params = {key: _resolve_attachments(value, files, used) for key, value in params.items()}
        for key, uploaded in files.items():
            if key not in used:
                params[key] = uploaded
        return params

    # ------------------------------------------------------------------ method implementations

    async def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        name = method.lower()
        if name == "getme":
            return self.me
        if name == "getupdates":
            return await self._get_updates(params)
        if name in ("setmycommands", "deletemycommands", "getmycommands"):
            return self._my_commands(name, params)
        if name == "getwebhookinfo":
            return {"url": self.webhook_url or "", "has_custom_certificate": False,
                    "pending_update_count": len(self._updates)}
        if name == "setwebhook":
            url = params.get("url")
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                raise _APIError(400, "Bad Request: bad webhook: an HTTP URL must be provided for webhook")
            self.webhook_url, self.webhook_secret = url, params.get("secret_token")
            return True
        if name == "deletewebhook":
            self.webhook_url = self.webhook_secret = None
            return True
        if name == "getfile":
            return self._get_file(params)
        if name == "answercallbackquery":
            chat = self._callback_chats.pop(str(params.get("callback_query_id")), None)
            if chat is not None and params.get("text"):
                self._tell("alert", chat, {"text": params["text"], "show_alert": bool(params.get("show_alert"))})
            return True
        if name == "deletemessage":
            chat_id, message_id = params.get("chat_id"), params.get("message_id")
            if isinstance(chat_id, int | str) and isinstance(message_id, int):
                self._messages.pop((chat_id, message_id), None)
                self._tell("delete", chat_id, {"message_id": message_id})
            return True
        if name.startswith("send") or name in _DELIVERY_METHODS:
            chat_id = params.get("chat_id")
            if chat_id in self.blocked_chats:
                raise _APIError(403, "Forbidden: bot was blocked by the user")
            if name == "sendchataction":
                return True
            if name == "copymessage":
                return {"message_id": self._next_message_id(chat_id)}
            if name == "sendmediagroup":
                return [self._new_message(params, {}) for _ in params.get("media", [])]
            return self._send(name, params)
        if name in ("editmessagetext", "editmessagereplymarkup", "editmessagecaption"):
            return self._edit(name, params)
        return True

    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = params.get("file_id")
        stored = self.files.get(str(file_id))
        if stored is None:
            raise _APIError(400, "Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": f"unique-{file_id}", "file_size": len(stored.content),
                "file_path": f"files/{file_id}"}

    async def _download(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"]
        stored = self.files.get(path.removeprefix("files/"))
        if stored is None:
            raise web.HTTPNotFound()
        return web.Response(body=stored.content, content_type=stored.content_type or "application/octet-stream")

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url is not None:
            raise _APIError(409, "Conflict: can't use getUpdates method while webhook is active;"
                                 " use deleteWebhook to delete the webhook first")
        offset = params.get("offset")
        limit = params.get("limit") or MAX_UPDATES_LIMIT
        limit = max(1, min(MAX_UPDATES_LIMIT, int(limit)))
        timeout = max(0.0, float(params.get("timeout") or 0))
        if isinstance(offset, int):
            if offset < 0:
                self._updates = self._updates[offset:]
            else:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        waited = False
        try:
            while not self._updates and not self._closing.is_set():
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                if not waited:
                    waited = True
                    self._count("long_polls", +1)
                    self._count("polls_waiting", +1)
                event = self._new_update
                try:
                    await asyncio.wait_for(event.wait(), remaining)
                except TimeoutError:
                    self._count("long_polls_expired", +1)
                    break
        finally:
            if waited:
                self._count("polls_waiting", -1)
        return list(self._updates[:limit])

    def _my_commands(self, name: str, params: dict[str, Any]) -> Any:
        if name == "setmycommands":
            commands = params.get("commands")
            if not isinstance(commands, list):
                raise _APIError(400, "Bad Request: commands must be an array")
            self.commands = commands
            return True
        if name == "deletemycommands":
            self.commands = []
            return True
        return self.commands

    def _chat(self, chat_id: Any) -> dict[str, Any]:
        if isinstance(chat_id, int) and chat_id > 0:
            chat: dict[str, Any] = {"id": chat_id, "type": "private"}
            user = self._users.get(chat_id)
            if user is not None:
                chat["first_name"] = user["first_name"]
                if "username" in user:
                    chat["username"] = user["username"]
            return chat
        if isinstance(chat_id, int):
            kind = "supergroup" if str(chat_id).startswith("-100") else "group"
            return {"id": chat_id, "type": kind, "title": f"Chat {chat_id}"}
        # "@channelusername"
        return {
            "id": -1000000000000 - zlib.crc32(str(chat_id).encode()),
            "type": "channel",
            "title": str(chat_id),
        }

    def _next_message_id(self, chat_id: Any) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _user_message(self, user: dict[str, Any]) -> dict[str, Any]:
        chat_id = user["id"]
        return {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": user,
        }

    def _new_message(self, params: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _APIError(400, "Bad Request: chat not found")
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self.me,
            **content,
        }
        markup = self._inline_markup(params)
        if markup is not None:
            message["reply_markup"] = markup
        self._messages[(chat_id, message["message_id"])] = message
        self._tell("message", chat_id, {**message, "reply_keyboard": params.get("reply_markup")})
        return message

    @staticmethod
    def _inline_markup(params: dict[str, Any]) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            return None
        for row in markup["inline_keyboard"]:
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                    raise _APIError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    @staticmethod
    def _check_text(text: Any) -> str:
        if not isinstance(text, str) or not text.strip():
            raise _APIError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > MAX_MESSAGE_LENGTH:
            raise _APIError(400, "Bad Request: message is too long")
        return text

    def _file(self, value: Any, kind: str) -> dict[str, Any]:
        if isinstance(value, UploadedFile):
            n = next(self._file_ids)
            self.files[f"fake-{kind}-{n}"] = value
            info: dict[str, Any] = {
                "file_id": f"fake-{kind}-{n}",
                "file_unique_id": f"fake-unique-{kind}-{n}",
                "file_size": len(value.content),
            }
            if kind != "photo":
                info["file_name"] = value.filename
                mime = mimetypes.guess_type(value.filename)[0] or value.content_type
                if mime:
                    info["mime_type"] = mime
            return info
        if isinstance(value, str) and value:
            # an existing file_id or a URL
            return {
                "file_id": value,
                "file_unique_id": f"unique-{value[-16:]}",
                "file_name": value.rsplit("/")[-1],
            }
        raise _APIError(400, f"Bad Request: there is no {kind} in the request")

    def _send(self, name: str, params: dict[str, Any]) -> dict[str, Any]:
        content: dict[str, Any] = {}
        if name == "sendmessage":
            content["text"] = self._check_text(params.get("text"))
            if isinstance(params.get("entities"), list):
                content["entities"] = params["entities"]
        elif name == "senddocument":
            content["document"] = self._file(params.get("document"), "document")
        elif name == "sendphoto":
            photo = self._file(params.get("photo"), "photo")
            content["photo"] = [{**photo, "width": 800, "height": 600}]
        elif name == "sendcontact":
            content["contact"] = {
                "phone_number": params.get("phone_number", ""),
                "first_name": params.get("first_name", ""),
            }
        elif name == "sendlocation":
            content["location"] = {"latitude": params.get("latitude"), "longitude": params.get("longitude")}
        caption = params.get("caption")
        if name != "sendmessage" and isinstance(caption, str) and caption:
            content["caption"] = caption
        return self._new_message(params, content)

    def _edit(self, name: str, params: dict[str, Any]) -> Any:
        if params.get("inline_message_id"):
            return True
        chat_id = params.get("chat_id")
        message_id = params.get("message_id")
        if chat_id is None or not isinstance(message_id, int):
            raise _APIError(400, "Bad Request: message to edit not found")
        stored = self._messages.get((chat_id, message_id))
        message: dict[str, Any] = (
            dict(stored)
            if stored is not None
            else {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": self._chat(chat_id),
                "from": self.me,
            }
        )
        if name == "editmessagetext":
            message["text"] = self._check_text(params.get("text"))
            message.pop("entities", None)
            if isinstance(params.get("entities"), list):
                message["entities"] = params["entities"]
        elif name == "editmessagecaption":
            message["caption"] = params.get("caption", "")
        markup = self._inline_markup(params)
        if markup is not None:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        message["edit_date"] = int(time.time())
        self._messages[(chat_id, message_id)] = message
        self._tell("edit", chat_id, message)
        return message
