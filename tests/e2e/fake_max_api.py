"""A fake MAX Bot API server on 127.0.0.1, built from the official OpenAPI schema of the MAX Bot API.

Read from ``schema.yaml`` of the official Go client (github.com/max-messenger/max-bot-api-client-go, OpenAPI
``info.version`` 0.0.30, commit e36cb51); where the official TypeScript client (max-bot-api-client-ts, Aug 2026) is
newer than that schema — the host ``platform-api2.max.ru``, the token only in the ``Authorization`` header,
``PATCH /me/commands`` — the transport follows the newer client (the fake serves both command paths).

What it serves (paths, parameters and bodies as the schema has them; the token in the ``Authorization`` header):

- ``GET /me`` (``BotInfo``), ``PATCH /me`` (``BotPatch``) and ``PATCH /me/commands`` (the current API's commands);
- ``GET /updates?marker=&timeout=&limit=&types=`` — long polling; passing a marker commits the updates before it;
- ``POST /messages?user_id=|chat_id=`` (``NewMessageBody`` → ``SendMessageResult``), ``PUT /messages?message_id=``,
  ``DELETE /messages?message_id=`` (``SimpleQueryResult``);
- ``POST /answers?callback_id=`` (``CallbackAnswer``); ``GET /subscriptions``, ``DELETE /subscriptions?url=``
  (while a webhook is subscribed, ``GET /updates`` answers 405 here);
- ``POST /uploads?type=`` (``UploadEndpoint``), the upload URL itself (multipart ``data``), and a download URL for
  each file; ``POST /chats/{chatId}/actions``.

It checks what MAX checks and a careless transport would get wrong: text ≤ 4000 characters, ``format`` html or
markdown, button text 1–128 characters, callback payload ≤ 1024 bytes, known button types, a file as a message's only
attachment with a token from an upload, **a dialog's chat id differs from its user's id** (``chat_id=<user id>`` is
404), errors as ``{"code", "message"}``, 429 without any retry-after. Users in :attr:`blocked_users` get 403.

Every request is recorded in :attr:`calls`; :meth:`fail_next` injects errors.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiohttp import web

Json = dict[str, Any]

MAX_TEXT = 4000
MAX_PAYLOAD = 1024
BUTTON_TYPES = {"callback", "link", "request_geo_location", "request_contact", "chat", "message", "open_app",
                "clipboard"}
DIALOG_OFFSET = 7_000_000_000  # a user's dialog chat id: never equal to the user id


@dataclass
class Call:
    """One request: ``op`` like ``"POST /messages"``, the query, the JSON body, the HTTP status and the answer."""

    op: str
    query: dict[str, str]
    body: Any
    status: int = 200
    answer: Any = None

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class Message:
    mid: str
    user_id: int
    text: str | None
    format: str | None
    attachments: list[Json]
    timestamp: int
    history: list[Json] = field(default_factory=list)  # earlier bodies (edits)
    deleted: bool = False

    def buttons(self) -> list[Json]:
        return [button for attachment in self.attachments if attachment.get("type") == "inline_keyboard"
                for row in attachment["payload"]["buttons"] for button in row]


class _Error(Exception):
    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class FakeMaxAPI:
    def __init__(self, token: str = "max-test-token-0123456789", bot_id: int = 900_001,
                 username: str = "mentor_max_bot", first_name: str = "Наставничество") -> None:
        self.token = token
        self.bot_id = bot_id
        self.username = username
        self.first_name = first_name
        self.calls: list[Call] = []
        self.messages: dict[str, Message] = {}
        self.answers: list[Json] = []
        self.commands: list[Json] = []
        self.blocked_users: set[int] = set()
        self.subscriptions: list[Json] = []  # webhooks (``Subscription``): long polling answers nothing while any
        self.files: dict[str, tuple[str, bytes]] = {}  # token → (file name, content)
        self.users: dict[int, Json] = {}
        self._updates: list[tuple[int, Json]] = []  # (sequence number, update): not committed yet
        self._seq = itertools.count(1)
        self._committed = 0  # every update up to this number is committed
        self._mids = itertools.count(1)
        self._callbacks = itertools.count(1)
        self._uploads: dict[str, str] = {}  # upload id → type
        self._faults: dict[str, deque[tuple[int, str]]] = {}
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> FakeMaxAPI:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        self._closing = True  # long polls held open answer now
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        assert self._port is not None, "FakeMaxAPI is not started"
        return f"http://127.0.0.1:{self._port}"

    def _notify(self) -> None:
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    # ------------------------------------------------------------------ what users do

    def _user(self, user_id: int, first_name: str = "Пользователь") -> Json:
        return self.users.setdefault(user_id, {"user_id": user_id, "first_name": first_name, "last_name": None,
                                               "username": None, "is_bot": False,
                                               "last_activity_time": int(time.time() * 1000), "name": first_name})

    def add_user(self, user_id: int, first_name: str) -> Json:
        """A MAX user who is there (``first_name`` as the profile has it); sends to unknown users are 404."""
        return self._user(user_id, first_name)

    def push(self, update: Json) -> Json:
        self._updates.append((next(self._seq), update))
        self._notify()
        return update

    @staticmethod
    def dialog_of(user_id: int) -> int:
        return DIALOG_OFFSET + user_id

    def _incoming(self, user_id: int, text: str | None, attachments: list[Json] | None = None) -> Json:
        return {"sender": self._user(user_id),
                "recipient": {"chat_id": self.dialog_of(user_id), "chat_type": "dialog", "user_id": self.bot_id},
                "timestamp": int(time.time() * 1000),
                "body": {"mid": f"mid.user{next(self._mids):016x}", "seq": next(self._mids), "text": text,
                         "attachments": attachments}}

    def bot_started(self, user_id: int, payload: str | None = None, locale: str | None = "ru") -> Json:
        """The person opened ``https://max.ru/<bot>?start=<payload>`` (or pressed Start)."""
        update: Json = {"update_type": "bot_started", "timestamp": int(time.time() * 1000),
                        "chat_id": self.dialog_of(user_id), "user": self._user(user_id)}
        if locale:
            update["user_locale"] = locale
        if payload is not None:
            update["payload"] = payload
        return self.push(update)

    def message(self, user_id: int, text: str | None, attachments: list[Json] | None = None,
                locale: str | None = "ru") -> Json:
        update: Json = {"update_type": "message_created", "timestamp": int(time.time() * 1000),
                        "message": self._incoming(user_id, text, attachments)}
        if locale:
            update["user_locale"] = locale
        return self.push(update)

    def contact(self, user_id: int, phone: str, owner: int | None = None, locale: str | None = "ru") -> Json:
        """The MAX contact button: a vCard and the MAX user it belongs to (the sender, unless ``owner``)."""
        owner = user_id if owner is None else owner
        info = self._user(owner)
        vcf = f"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=cell:{phone}\r\nFN:{info['first_name']}\r\nEND:VCARD\r\n"
        attachment = {"type": "contact", "payload": {"vcf_info": vcf, "max_info": info}}
        return self.message(user_id, None, [attachment], locale)

    def file(self, user_id: int, name: str, content: bytes, locale: str | None = "ru") -> Json:
        token = secrets.token_urlsafe(12)
        self.files[token] = (name, content)
        attachment = {"type": "file", "filename": name, "size": len(content),
                      "payload": {"url": f"{self.base_url}/download/{token}", "token": token}}
        return self.message(user_id, None, [attachment], locale)

    def press(self, user_id: int, message: Message, payload: str, locale: str | None = "ru") -> Json:
        """The person pressed a callback button with ``payload`` on the bot's ``message``."""
        bot = {"user_id": self.bot_id, "first_name": self.first_name, "username": self.username, "is_bot": True,
               "last_activity_time": int(time.time() * 1000), "name": self.first_name}
        return self.push({
            "update_type": "message_callback", "timestamp": int(time.time() * 1000),
            **({"user_locale": locale} if locale else {}),
            "callback": {"timestamp": int(time.time() * 1000), "callback_id": f"cb{next(self._callbacks):08d}",
                         "payload": payload, "user": self._user(user_id)},
            "message": {"sender": bot, "timestamp": message.timestamp,
                        "recipient": {"chat_id": self.dialog_of(user_id), "chat_type": "dialog",
                                      "user_id": user_id},
                        "body": {"mid": message.mid, "seq": 1, "text": message.text,
                                 "attachments": message.attachments}},
        })

    # ------------------------------------------------------------------ what tests look at

    def fail_next(self, op: str, status: int, code: str, times: int = 1) -> None:
        """The next ``times`` requests of ``op`` (e.g. ``"POST /messages"``) answer ``status`` with ``code``."""
        self._faults.setdefault(op, deque()).extend([(status, code)] * times)

    def calls_of(self, op: str) -> list[Call]:
        return [call for call in self.calls if call.op == op]

    def sent_to(self, user_id: int) -> list[Message]:
        return [m for m in self.messages.values() if m.user_id == user_id]

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:  # noqa: ASYNC109
        """Wait until ``predicate()`` is truthy (checked after every request); returns its value."""
        async with asyncio.timeout(timeout):
            while True:
                changed = self._changed
                value = predicate()
                if value:
                    return value
                await changed.wait()

    @property
    def pending(self) -> list[Json]:
        return [update for _, update in self._updates]

    # ------------------------------------------------------------------ the server

    async def _handle(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        op = f"{request.method} {self._route(path)}"
        body: Any = None
        if request.content_type == "application/json" and request.can_read_body:
            body = await request.json()
        call = Call(op, dict(request.query), body)
        self.calls.append(call)
        self._notify()  # a waiting test sees the request at once (a long poll answers only later)
        try:
            if not path.startswith(("/upload/", "/download/")):
                if request.headers.get("Authorization") != self.token or "access_token" in request.query:
                    raise _Error(401, "verify.token", "Invalid access_token")
                faults = self._faults.get(op)
                if faults:
                    status, code = faults.popleft()
                    raise _Error(status, code, "injected")
            call.answer = await self._answer(request, path, call)
        except _Error as exc:
            call.status = exc.status
            call.answer = {"code": exc.code, "message": exc.message}
        finally:
            self._notify()
        if isinstance(call.answer, bytes):
            return web.Response(body=call.answer, content_type="application/octet-stream")
        return web.json_response(call.answer, status=call.status,
                                 dumps=lambda value: json.dumps(value, ensure_ascii=False))

    @staticmethod
    def _route(path: str) -> str:
        parts = path.split("/")
        if len(parts) == 4 and parts[1] == "chats" and parts[3] == "actions":
            return "/chats/{chatId}/actions"
        if parts[1] in ("upload", "download"):
            return f"/{parts[1]}"
        return path

    async def _answer(self, request: web.Request, path: str, call: Call) -> Any:
        route = (request.method, self._route(path))
        if route == ("GET", "/me"):
            return {"user_id": self.bot_id, "first_name": self.first_name, "username": self.username,
                    "is_bot": True, "last_activity_time": int(time.time() * 1000), "name": self.first_name,
                    "commands": self.commands or None}
        if route in (("PATCH", "/me"), ("PATCH", "/me/commands")):
            commands = (call.body or {}).get("commands")
            if commands is not None:
                if len(commands) > 32 or any(not 1 <= len(c.get("name", "")) <= 64 for c in commands):
                    raise _Error(400, "proto.payload", "commands: 1-64 characters each, at most 32")
                self.commands = commands
            return await self._answer_me()
        if route == ("GET", "/updates"):
            if self.subscriptions:
                raise _Error(405, "method.not.allowed", "the bot is subscribed to a webhook")
            return await self._poll(call.query)
        if route == ("GET", "/subscriptions"):
            return {"subscriptions": self.subscriptions}
        if route == ("DELETE", "/subscriptions"):
            self.subscriptions = [s for s in self.subscriptions if s["url"] != call.query.get("url")]
            return {"success": True}
        if route == ("POST", "/messages"):
            return self._send(call)
        if route == ("PUT", "/messages"):
            message = self._message(call.query)
            self._check_body(call.body, editing=True)
            message.history.append({"text": message.text, "attachments": message.attachments})
            if "text" in call.body:
                message.text, message.format = call.body.get("text"), call.body.get("format")
            if call.body.get("attachments") is not None:
                message.attachments = call.body["attachments"]
            return {"success": True}
        if route == ("DELETE", "/messages"):
            self._message(call.query).deleted = True
            return {"success": True}
        if route == ("POST", "/answers"):
            if not call.query.get("callback_id", "").strip():
                raise _Error(400, "proto.payload", "callback_id is required")
            self.answers.append({"callback_id": call.query["callback_id"], **(call.body or {})})
            return {"success": True}
        if route == ("POST", "/uploads"):
            kind = call.query.get("type")
            if kind not in ("image", "video", "audio", "file"):
                raise _Error(400, "proto.payload", "type: image, video, audio or file")
            upload_id = secrets.token_hex(6)
            self._uploads[upload_id] = kind
            return {"url": f"{self.base_url}/upload/{upload_id}"}
        if route == ("POST", "/upload"):
            return await self._receive_upload(request, path.split("/")[2])
        if route == ("GET", "/download"):
            token = path.split("/")[2]
            if token not in self.files:
                raise _Error(404, "not.found", "no such file")
            return self.files[token][1]
        if route == ("POST", "/chats/{chatId}/actions"):
            chat_id = int(path.split("/")[2])
            if chat_id - DIALOG_OFFSET not in self.users:
                raise _Error(404, "chat.not.found", "chat not found")
            return {"success": True}
        raise _Error(404, "not.found", f"{request.method} {path}: no such method")

    async def _answer_me(self) -> Json:
        return {"user_id": self.bot_id, "first_name": self.first_name, "username": self.username, "is_bot": True,
                "last_activity_time": int(time.time() * 1000), "commands": self.commands or None}

    async def _poll(self, query: dict[str, str]) -> Json:
        if "marker" in query:
            self._committed = max(self._committed, int(query["marker"]) - 1)
            self._updates = [(seq, u) for seq, u in self._updates if seq > self._committed]
        timeout = min(int(query.get("timeout", "30")), 90)
        limit = min(int(query.get("limit", "100")), 1000)
        types = set(query["types"].split(",")) if query.get("types") else None
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            ready = [(seq, u) for seq, u in self._updates if types is None or u["update_type"] in types][:limit]
            remaining = deadline - asyncio.get_running_loop().time()
            if ready or remaining <= 0 or self._closing:
                break
            changed = self._changed
            try:
                async with asyncio.timeout(remaining):
                    await changed.wait()
            except TimeoutError:
                pass
        marker = ready[-1][0] + 1 if ready else self._committed + 1
        return {"updates": [u for _, u in ready], "marker": marker}

    def _message(self, query: dict[str, str]) -> Message:
        mid = query.get("message_id", "")
        message = self.messages.get(mid)
        if message is None or message.deleted:
            raise _Error(404, "not.found", f"message {mid} not found")
        return message

    def _check_body(self, body: Any, *, editing: bool = False) -> None:
        if not isinstance(body, dict):
            raise _Error(400, "proto.payload", "a JSON NewMessageBody is required")
        text = body.get("text")
        if text is not None and len(text) > MAX_TEXT:
            raise _Error(400, "proto.payload", f"text: at most {MAX_TEXT} characters")
        if body.get("format") not in (None, "html", "markdown"):
            raise _Error(400, "proto.payload", "format: html or markdown")
        attachments = body.get("attachments") or []
        if not editing and not text and not attachments:
            raise _Error(400, "proto.payload", "text or attachments are required")
        kinds = [a.get("type") for a in attachments]
        if any(kind in ("file", "audio", "contact", "sticker") for kind in kinds) and len(kinds) > 1:
            raise _Error(400, "proto.payload", "a file must be the only attachment")
        for attachment in attachments:
            if attachment.get("type") in ("file", "image"):
                payload = attachment.get("payload") or {}
                tokens = [payload.get("token")] + [p.get("token") for p in (payload.get("photos") or {}).values()]
                if not any(token in self.files for token in tokens if token):
                    raise _Error(400, "attachment.not.ready", "")
            if attachment.get("type") != "inline_keyboard":
                continue
            rows = (attachment.get("payload") or {}).get("buttons") or []
            if not rows:
                raise _Error(400, "proto.payload", "buttons: at least one row")
            for row in rows:
                for button in row:
                    if button.get("type") not in BUTTON_TYPES:
                        raise _Error(400, "proto.payload", f"unknown button type {button.get('type')!r}")
                    if not 1 <= len(button.get("text", "")) <= 128:
                        raise _Error(400, "proto.payload", "button text: 1-128 characters")
                    if button["type"] == "callback" and len(button.get("payload", "").encode()) > MAX_PAYLOAD:
                        raise _Error(400, "proto.payload", f"payload: at most {MAX_PAYLOAD} bytes")
                    if button["type"] == "link" and not button.get("url", "").startswith(("https://", "http://")):
                        raise _Error(400, "proto.payload", "link: an http(s) URL")

    def _send(self, call: Call) -> Json:
        query = call.query
        if "user_id" in query:
            user_id = int(query["user_id"])
            if user_id not in self.users:
                raise _Error(404, "chat.not.found", "dialog not found")
        elif "chat_id" in query:
            chat_id = int(query["chat_id"])
            if chat_id - DIALOG_OFFSET not in self.users:  # a user id is no chat id
                raise _Error(404, "chat.not.found", "chat not found")
            user_id = chat_id - DIALOG_OFFSET
        else:
            raise _Error(400, "proto.payload", "user_id or chat_id is required")
        if user_id in self.blocked_users:
            raise _Error(403, "chat.denied", "bot is blocked by the user")
        self._check_body(call.body)
        body = call.body
        mid = f"mid.{next(self._mids):032x}"
        message = Message(mid, user_id, body.get("text"), body.get("format"), body.get("attachments") or [],
                          int(time.time() * 1000))
        self.messages[mid] = message
        return {"message": {
            "sender": {"user_id": self.bot_id, "first_name": self.first_name, "username": self.username,
                       "is_bot": True, "last_activity_time": message.timestamp},
            "recipient": {"chat_id": self.dialog_of(user_id), "chat_type": "dialog", "user_id": user_id},
            "timestamp": message.timestamp,
            "body": {"mid": mid, "seq": next(self._mids), "text": message.text,
                     "attachments": message.attachments or None},
        }}

    async def _receive_upload(self, request: web.Request, upload_id: str) -> Json:
        kind = self._uploads.pop(upload_id, None)
        if kind is None:
            raise _Error(404, "not.found", "no such upload")
        if request.headers.get("Authorization"):
            raise _Error(400, "upload.token-leak", "the bot's token has no business at the upload server")
        form = await request.post()
        data = form.get("data")
        if not isinstance(data, web.FileField):
            raise _Error(400, "upload.failed", "multipart field `data` with a file is required")
        token = secrets.token_urlsafe(16)
        self.files[token] = (data.filename, data.file.read())
        if kind == "image":
            return {"photos": {secrets.token_hex(4): {"token": token}}}
        return {"token": token}
