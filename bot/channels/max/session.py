"""An aiogram session that speaks the MAX Bot API: the bot's aiogram calls become MAX calls, MAX's answers and
updates come back as aiogram objects, MAX's errors as aiogram's exceptions.

aiogram stays the bot's model: the Dispatcher, the handlers, the notifier and aiogram's own polling loop run
unchanged on a ``Bot`` whose session is :class:`MaxSession`. ``getUpdates`` is MAX long polling (``GET /updates``
with the marker of the previous answer: passing it commits what came before, as Telegram's offset does).

The methods the bot calls, and what each becomes (paths and fields from the MAX Bot API OpenAPI schema):

====================================  ===========================================================================
getMe                                 ``GET /me``
getUpdates                            ``GET /updates?marker=&timeout=&types=`` (the three types translated)
sendMessage                           ``POST /messages?user_id=`` (the private chat's id *is* the user id); a text
                                      over MAX's 4,000 characters goes as several messages
editMessageText, editMessageReplyMarkup  ``PUT /messages?message_id=<mid>`` (the whole body: text and keyboard)
deleteMessage                         ``DELETE /messages?message_id=<mid>``
answerCallbackQuery                   ``POST /answers?callback_id=`` (text → notification; MAX has no alert)
sendDocument, sendPhoto               ``POST /uploads?type=file|image``, the file to the upload URL, then a message
                                      with the token (retried while MAX says ``attachment.not.ready``); a file_id
                                      from MAX (a file someone sent) is its token: sent again by it, no upload
sendChatAction                        ``POST /chats/<dialog id>/actions`` (when the dialog is known; else nothing)
setMyCommands, getMyCommands,         one global list: ``PATCH /me/commands`` (``PATCH /me`` for an API without it),
deleteMyCommands                      ``GET /me``; per-chat and per-language menus have no MAX counterpart (no-ops)
getFile (+ download)                  the URL from the attachment, remembered by ``file_id``
deleteWebhook                         ``GET /subscriptions``, ``DELETE /subscriptions?url=`` for each (a webhook
                                      left subscribed would keep long polling empty)
====================================  ===========================================================================

Errors: 401 → ``TelegramUnauthorizedError``, 403 → ``TelegramForbiddenError``, 404 → «Bad Request: chat not found»
(sends) or «message to edit not found», other 4xx → ``TelegramBadRequest``, 5xx → ``TelegramServerError``, no
connection → ``TelegramNetworkError``. 429 carries no ``retry_after`` in MAX: the session raises
``TelegramRetryAfter`` with a backoff of its own (1, 2, 4 … 30 s, growing while MAX keeps refusing, reset by a
success), which ``RetryAfterMiddleware`` and the notifier's retries honour as they do for Telegram.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import InputFile

from bot.channels.max import outgoing
from bot.channels.max.client import MaxClient, MaxError, MaxNetworkError
from bot.channels.max.memory import InMemoryTransportMemory, SentText, TransportMemory
from bot.channels.max.updates import UPDATE_TYPES, translate

if TYPE_CHECKING:
    from aiogram import Bot

logger = logging.getLogger(__name__)

Json = dict[str, Any]
Files = dict[str, InputFile]
Handler = Callable[["Bot", Json, Files], Awaitable[Any]]

MAX_POLL_TIMEOUT = 30  # seconds: MAX answers a long poll within 30 s (limits in force since 11.05.2026)
THROTTLE_CAP = 30  # seconds: the longest pause after MAX's 429
# pauses before sending a message again while MAX still processes its uploaded file (attachment.not.ready)
NOT_READY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)
# the API answers that mean «this method is not here» (an older API has the commands in PATCH /me)
NOT_HERE = (404, 405)


class MaxSession(BaseSession):
    def __init__(self, client: MaxClient, memory: TransportMemory | None = None, *,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 not_ready_delays: tuple[float, ...] = NOT_READY_DELAYS) -> None:
        # file URLs are MAX's own download URLs: aiogram's download() asks file_url(token, path) → path
        super().__init__(api=TelegramAPIServer(base=client.api_url + "/{method}", file="{path}"))
        self.client = client
        self.memory: TransportMemory = memory or InMemoryTransportMemory()
        self.sleep = sleep
        self.not_ready_delays = not_ready_delays
        self._marker: int | None = None
        self._update_ids = itertools.count(1)
        self._me: Json | None = None
        self._throttled = 0  # 429s in a row
        self._handlers: dict[str, Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_text,
            "editMessageReplyMarkup": self._edit_markup,
            "deleteMessage": self._delete,
            "answerCallbackQuery": self._answer_callback,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._chat_action,
            "setMyCommands": self._set_commands,
            "getMyCommands": self._get_commands,
            "deleteMyCommands": self._delete_commands,
            "getFile": self._get_file,
            "deleteWebhook": self._unsubscribe,
        }

    # ------------------------------------------------------------------ aiogram's session interface

    async def close(self) -> None:
        await self.client.close()

    async def make_request(self, bot: Bot, method: TelegramMethod[TelegramType],
                           timeout: int | None = None) -> TelegramType:  # noqa: ASYNC109 (aiogram's signature)
        name = method.__api_method__
        handler = self._handlers.get(name)
        if handler is None:
            raise TelegramBadRequest(method, f"Bad Request: {name} is not available in MAX")
        files: Files = {}
        params: Json = {}
        for key, value in method.model_dump(warnings=False).items():
            prepared = self.prepare_value(value, bot=bot, files=cast(dict[str, Any], files), _dumps_json=False)
            if prepared is not None:
                params[key] = prepared
        try:
            result = await handler(bot, params, files)
        except outgoing.OutgoingError as exc:
            raise TelegramBadRequest(method, f"Bad Request: {exc}") from None
        except MaxError as exc:
            raise self.error(method, exc) from None
        except MaxNetworkError as exc:
            raise TelegramNetworkError(method, f"MAX: {exc}") from None
        self._throttled = 0
        response = Response[method.__returning__].model_validate(  # type: ignore[name-defined]
            {"ok": True, "result": result}, context={"bot": bot})
        return cast(TelegramType, response.result)

    async def stream_content(self, url: str, headers: dict[str, Any] | None = None,
                             timeout: int = 30,  # noqa: ASYNC109 (aiogram's signature; the client's timeout applies)
                             chunk_size: int = 65536, raise_for_status: bool = True) -> AsyncGenerator[bytes, None]:
        async for chunk in self.client.stream(url, chunk_size):
            yield chunk

    def error(self, method: TelegramMethod[Any], exc: MaxError) -> TelegramAPIError:
        """A MAX error as the aiogram exception the bot already handles for Telegram."""
        detail = f"{exc.code}: {exc.message}" if exc.code else exc.message
        name = method.__api_method__
        if exc.status == 401:
            return TelegramUnauthorizedError(method, f"Unauthorized: MAX rejected the token ({detail})")
        if exc.status == 403:
            return TelegramForbiddenError(method, f"Forbidden: bot was blocked by the user ({detail})")
        if exc.status == 429:
            self._throttled += 1
            pause = min(2 ** (self._throttled - 1), THROTTLE_CAP)
            return TelegramRetryAfter(method, f"Too Many Requests ({detail})", retry_after=pause)
        if exc.status == 404:
            what = {"editMessageText": "message to edit not found", "editMessageReplyMarkup": "message to edit not "
                    "found", "deleteMessage": "message to delete not found"}.get(name, "chat not found")
            return TelegramBadRequest(method, f"Bad Request: {what} ({detail})")
        if exc.status >= 500:
            return TelegramServerError(method, f"MAX server error {exc.status} ({detail})")
        return TelegramBadRequest(method, f"Bad Request: {detail}")

    # ------------------------------------------------------------------ helpers

    async def me(self) -> Json:
        if self._me is None:
            info = await self.client.request("GET", "/me")
            self._me = {"id": int(info["user_id"]), "is_bot": True,
                        "first_name": info.get("first_name") or info.get("name") or "MAX bot"}
            if info.get("username"):
                self._me["username"] = info["username"]
        return self._me

    async def _username(self) -> str | None:
        return cast(str | None, (await self.me()).get("username"))

    @staticmethod
    def _user_id(params: Json) -> int:
        chat_id = params.get("chat_id")
        if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit():
            chat_id = int(chat_id)
        if not isinstance(chat_id, int):
            raise outgoing.OutgoingError("chat not found (MAX sends to users by their numeric id)")
        return chat_id

    async def _mid(self, params: Json, missing: str) -> str:
        number = params.get("message_id")
        mid = await self.memory.message_mid(int(number)) if number is not None else None
        if mid is None:
            raise outgoing.OutgoingError(missing)
        return mid

    async def _reply_mid(self, params: Json) -> str | None:
        reply = params.get("reply_parameters") or {}
        number = reply.get("message_id") if isinstance(reply, dict) else None
        number = number if number is not None else params.get("reply_to_message_id")
        return await self.memory.message_mid(int(number)) if number is not None else None

    @staticmethod
    def _chat(user_id: int) -> Json:
        return {"id": user_id, "type": "private"}

    async def _message(self, user_id: int, answer: Json, body: Json, markup: Json | None) -> Json:
        """What MAX answered a send with, as Telegram's ``Message`` (mid remembered with its text)."""
        sent = answer.get("message") or {}
        sent_body = sent.get("body") or {}
        mid = sent_body.get("mid")
        if not mid:
            raise MaxError(500, "no.mid", "the answer to a sent message has no message id")
        await self.memory.remember_text(mid, SentText(body.get("text"), body.get("format")), user_id)
        message: Json = {
            "message_id": await self.memory.message_number(mid),
            "date": int(sent.get("timestamp") or time.time() * 1000) // 1000,
            "chat": self._chat(user_id),
            "from": await self.me(),
        }
        text = sent_body.get("text") if sent_body.get("text") is not None else body.get("text")
        if text:
            message["text"] = text
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    async def _post_message(self, user_id: int, body: Json, query: Json | None = None) -> Json:
        """``POST /messages`` to a user, sent again after a pause while MAX is still processing its attachment."""
        for delay in (*self.not_ready_delays, None):
            try:
                return await self.client.request("POST", "/messages", query={"user_id": user_id, **(query or {})},
                                                 body=body)
            except MaxError as exc:
                if exc.code != "attachment.not.ready" or delay is None:
                    raise
                await self.sleep(delay)
        raise AssertionError("unreachable")

    # ------------------------------------------------------------------ methods

    async def _unsubscribe(self, bot: Bot, params: Json, files: Files) -> bool:
        """Polling starts by removing a webhook, as with Telegram: MAX delivers by long polling only to a bot that
        is subscribed nowhere."""
        answer = await self.client.request("GET", "/subscriptions")
        for subscription in answer.get("subscriptions") or []:
            if subscription.get("url"):
                await self.client.request("DELETE", "/subscriptions", query={"url": subscription["url"]})
                logger.info("MAX webhook subscription removed: long polling from now on")
        return True

    async def _get_me(self, bot: Bot, params: Json, files: Files) -> Json:
        self._me = None  # getMe asks again (start-up; aiogram keeps the answer itself)
        return await self.me()

    async def _get_updates(self, bot: Bot, params: Json, files: Files) -> list[Json]:
        query: Json = {"timeout": max(0, min(int(params.get("timeout") or 0), MAX_POLL_TIMEOUT)),
                       "limit": max(1, min(int(params.get("limit") or 100), 100)),
                       "types": ",".join(UPDATE_TYPES)}
        if self._marker is not None:
            query["marker"] = self._marker  # commits every update of the previous answer
        answer = await self.client.request("GET", "/updates", query=query)
        if answer.get("marker") is not None:
            self._marker = int(answer["marker"])
        updates = []
        for update in answer.get("updates") or []:
            translated = await translate(update, self.memory)
            if translated is None:
                logger.debug("MAX update %s skipped", update.get("update_type"))
                continue
            translated["update_id"] = next(self._update_ids)
            updates.append(translated)
        return updates

    async def _send_message(self, bot: Bot, params: Json, files: Files) -> Json:
        """A text longer than MAX takes goes as several messages, the keyboard under the last; aiogram gets the
        last one back."""
        user_id = self._user_id(params)
        markup = params.get("reply_markup")
        username = await self._username()
        parts = outgoing.split_text(outgoing.max_links(str(params.get("text") or ""), username))
        query = {"disable_link_preview": True} if outgoing.link_preview_disabled(params) else None
        reply_to = await self._reply_mid(params)
        message: Json = {}
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            body = outgoing.message_body(part, params.get("parse_mode"), markup if last else None, username,
                                         notify=not params.get("disable_notification") and last,
                                         reply_to=reply_to if index == 0 else None)
            message = await self._message(user_id, await self._post_message(user_id, body, query), body,
                                          markup if last else None)
        return message

    async def _edit(self, params: Json, body: Json, markup: Json | None) -> Json | bool:
        if params.get("inline_message_id"):
            raise outgoing.OutgoingError("inline messages do not exist in MAX")
        user_id = self._user_id(params)
        mid = await self._mid(params, "message to edit not found")
        await self.client.request("PUT", "/messages", query={"message_id": mid}, body=body)
        if "text" in body:
            await self.memory.remember_text(mid, SentText(body["text"], body.get("format")), user_id)
        message: Json = {"message_id": params["message_id"], "date": int(time.time()), "edit_date": int(time.time()),
                         "chat": self._chat(user_id)}
        if body.get("text"):
            message["text"] = body["text"]
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    async def _edit_text(self, bot: Bot, params: Json, files: Files) -> Json | bool:
        markup = params.get("reply_markup")
        username = await self._username()
        text = outgoing.shorten(outgoing.max_links(str(params.get("text") or ""), username))
        # no keyboard given: Telegram removes it, and so does an empty attachment list in MAX
        body = outgoing.message_body(text, params.get("parse_mode"), markup, username)
        return await self._edit(params, body, markup)

    async def _edit_markup(self, bot: Bot, params: Json, files: Files) -> Json | bool:
        markup = params.get("reply_markup")
        body: Json = {"attachments": outgoing.keyboard(markup)}
        mid = await self._mid(params, "message to edit not found")
        sent = await self.memory.sent_text(mid)
        if sent is not None:  # MAX replaces the body: the text goes again as it was
            body["text"] = sent.text
            if sent.format:
                body["format"] = sent.format
        return await self._edit(params, body, markup)

    async def _delete(self, bot: Bot, params: Json, files: Files) -> bool:
        mid = await self._mid(params, "message to delete not found")
        await self.client.request("DELETE", "/messages", query={"message_id": mid})
        return True

    async def _answer_callback(self, bot: Bot, params: Json, files: Files) -> bool:
        text = params.get("text")
        # MAX shows a notification; an alert (show_alert) has no counterpart and becomes one too
        await self.client.request("POST", "/answers", query={"callback_id": params["callback_query_id"]},
                                  body={"notification": text} if text else {})
        return True

    async def _upload(self, bot: Bot, value: Any, files: Files, kind: str) -> tuple[Json, str]:
        if isinstance(value, str) and value and not value.startswith(("attach://", "http://", "https://")):
            # a file_id the bot got from MAX is the attachment's token: MAX sends the same file again by it (a file
            # someone attached earlier — an achievement's proof, an announcement's document)
            return {"type": kind, "payload": {"token": value}}, "file"
        if not (isinstance(value, str) and value.startswith("attach://")) or value[9:] not in files:
            raise outgoing.OutgoingError("MAX takes new files or its own file ids only (no URL)")
        source = files[value[9:]]
        content = b"".join([chunk async for chunk in source.read(bot)])
        filename = source.filename or ("image.png" if kind == "image" else "file")
        uploaded = await self.client.upload(kind, filename, content)
        if kind == "image" and uploaded.get("photos"):
            payload: Json = {"photos": uploaded["photos"]}
        elif uploaded.get("token"):
            payload = {"token": uploaded["token"]}
        else:
            raise MaxError(500, "upload.token", "the upload answered without a token")
        return {"type": kind, "payload": payload}, filename

    async def _send_file(self, bot: Bot, params: Json, files: Files, field: str, kind: str) -> Json:
        user_id = self._user_id(params)
        if outgoing.keyboard(params.get("reply_markup")):
            raise outgoing.OutgoingError("a file and a keyboard cannot go in one MAX message")
        attachment, filename = await self._upload(bot, params.get(field), files, kind)
        body = outgoing.message_body(params.get("caption"), params.get("parse_mode"), None, await self._username(),
                                     notify=not params.get("disable_notification"))
        body["attachments"] = [attachment]  # a file must be the message's only attachment
        message = await self._message(user_id, await self._post_message(user_id, body), body, None)
        token = str(attachment["payload"].get("token") or filename)
        file: Json = {"file_id": token, "file_unique_id": token[-32:] or "max"}
        if kind == "image":
            message["photo"] = [{**file, "width": 0, "height": 0}]
        else:
            message["document"] = {**file, "file_name": filename}
        if params.get("caption"):
            message["caption"] = message.pop("text", params["caption"])
        return message

    async def _send_document(self, bot: Bot, params: Json, files: Files) -> Json:
        return await self._send_file(bot, params, files, "document", "file")

    async def _send_photo(self, bot: Bot, params: Json, files: Files) -> Json:
        return await self._send_file(bot, params, files, "photo", "image")

    async def _chat_action(self, bot: Bot, params: Json, files: Files) -> bool:
        dialog = await self.memory.dialog(self._user_id(params))
        if dialog is None:
            return True  # «typing…» is cosmetic: without the dialog's id there is nothing to show it in
        try:
            await self.client.request("POST", f"/chats/{dialog}/actions",
                                      body={"action": outgoing.chat_action(params.get("action"))})
        except MaxError as exc:
            logger.debug("MAX chat action failed: %s", exc)
        return True

    @staticmethod
    def _global(params: Json) -> bool:
        """MAX has one command list for everyone: only Telegram's default scope without a language maps to it."""
        scope = params.get("scope") or {"type": "default"}
        return scope.get("type") == "default" and not params.get("language_code")

    async def _patch_commands(self, commands: list[Json]) -> None:
        try:
            await self.client.request("PATCH", "/me/commands", body={"commands": commands})
        except MaxError as exc:
            if exc.status not in NOT_HERE:
                raise
            await self.client.request("PATCH", "/me", body={"commands": commands})  # BotPatch.commands

    async def _set_commands(self, bot: Bot, params: Json, files: Files) -> bool:
        if self._global(params):
            await self._patch_commands(outgoing.commands(params.get("commands")))
        return True

    async def _delete_commands(self, bot: Bot, params: Json, files: Files) -> bool:
        if self._global(params):
            await self._patch_commands([])
        return True

    async def _get_commands(self, bot: Bot, params: Json, files: Files) -> list[Json]:
        if not self._global(params):
            return []
        info = await self.client.request("GET", "/me")
        return [{"command": c["name"], "description": c.get("description") or c["name"]}
                for c in info.get("commands") or [] if c.get("name")]

    async def _get_file(self, bot: Bot, params: Json, files: Files) -> Json:
        file_id = str(params.get("file_id") or "")
        url = await self.memory.file_url(file_id)
        if url is None:
            raise outgoing.OutgoingError("invalid file_id (MAX files are known from the message that brought them)")
        return {"file_id": file_id, "file_unique_id": file_id[-32:] or "max", "file_path": url}
