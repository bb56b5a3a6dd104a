"""MAX updates → Telegram-shaped updates that aiogram's Dispatcher (and so every handler) understands.

Shapes follow the MAX Bot API OpenAPI schema (``Update``, ``MessageCreatedUpdate``, ``MessageCallbackUpdate``,
``BotStartedUpdate``, ``Message``, ``ContactAttachmentPayload``). What the bot cannot use (group chats, channels,
edits, removals, its own messages) becomes ``None`` and is skipped.

Identity: in a MAX dialog the chat id is not the user id. The handlers treat a private chat's id as the person
(``message.chat.id``), so the private chat of a translated update carries the **user id**, and the session sends to
users with ``?user_id=``; the dialog's own chat id is remembered for the few calls that need it (chat actions).
"""

from __future__ import annotations

import hashlib
from typing import Any

from bot.channels.max.memory import TransportMemory

# the update types the transport translates (GET /updates?types=...)
UPDATE_TYPES = ("message_created", "message_callback", "bot_started")

Json = dict[str, Any]


def user(max_user: Json, locale: str | None = None) -> Json:
    """A MAX ``User`` as a Telegram ``User``."""
    result: Json = {
        "id": int(max_user["user_id"]),
        "is_bot": bool(max_user.get("is_bot", False)),
        # the schema requires first_name; old accounts carry only `name`
        "first_name": max_user.get("first_name") or max_user.get("name") or "",
    }
    if max_user.get("last_name"):
        result["last_name"] = max_user["last_name"]
    if max_user.get("username"):
        result["username"] = max_user["username"]
    if locale:
        result["language_code"] = locale.split("-")[0].lower()
    return result


def private_chat(tg_user: Json) -> Json:
    """The person's private chat, keyed by the user id (see the module's note on identity)."""
    chat: Json = {"id": tg_user["id"], "type": "private", "first_name": tg_user["first_name"]}
    for key in ("last_name", "username"):
        if key in tg_user:
            chat[key] = tg_user[key]
    return chat


def seconds(timestamp_ms: Any) -> int:
    """MAX times are Unix milliseconds."""
    return int(timestamp_ms or 0) // 1000


def vcard_phone(vcf: str | None) -> str:
    """The first TEL of a vCard (``TEL;TYPE=cell:+79001234567``), or ""."""
    for line in (vcf or "").replace("\r\n ", "").splitlines():
        name, sep, value = line.partition(":")
        if sep and name.split(";")[0].strip().upper() == "TEL" and value.strip():
            return value.strip()
    return ""


def vcard_name(vcf: str | None) -> str:
    for line in (vcf or "").splitlines():
        name, sep, value = line.partition(":")
        if sep and name.split(";")[0].strip().upper() == "FN":
            return value.strip()
    return ""


def inline_markup(attachments: list[Json] | None) -> Json | None:
    """The inline keyboard of a MAX message as Telegram's ``InlineKeyboardMarkup`` (callback and link buttons)."""
    for attachment in attachments or []:
        if attachment.get("type") != "inline_keyboard":
            continue
        rows = []
        for row in (attachment.get("payload") or {}).get("buttons") or []:
            buttons = []
            for button in row:
                if button.get("type") == "callback":
                    buttons.append({"text": button.get("text", ""), "callback_data": button.get("payload", "")})
                elif button.get("type") == "link":
                    buttons.append({"text": button.get("text", ""), "url": button.get("url", "")})
            if buttons:
                rows.append(buttons)
        return {"inline_keyboard": rows} if rows else None
    return None


async def _attachments(message: Json, attachments: list[Json], memory: TransportMemory) -> None:
    """Contacts, files and images of an incoming message, in Telegram's fields."""
    for attachment in attachments:
        kind = attachment.get("type")
        payload = attachment.get("payload") or {}
        if kind == "contact" and "contact" not in message:
            info = payload.get("max_info") or {}
            vcf = payload.get("vcf_info")
            contact: Json = {"phone_number": vcard_phone(vcf),
                             "first_name": info.get("first_name") or vcard_name(vcf) or ""}
            if info.get("last_name"):
                contact["last_name"] = info["last_name"]
            if info.get("user_id") is not None:
                # whose contact it is: the registration compares it with the sender, as in Telegram
                contact["user_id"] = int(info["user_id"])
            if vcf:
                contact["vcard"] = vcf
            message["contact"] = contact
        elif kind == "file" and "document" not in message and payload.get("url"):
            file_id = await _file_id(payload, memory)
            document: Json = {"file_id": file_id, "file_unique_id": _unique(file_id)}
            if attachment.get("filename"):
                document["file_name"] = attachment["filename"]
            if attachment.get("size") is not None:
                document["file_size"] = int(attachment["size"])
            message["document"] = document
        elif kind == "image" and "photo" not in message and payload.get("url"):
            file_id = await _file_id(payload, memory)
            message["photo"] = [{"file_id": file_id, "file_unique_id": _unique(file_id), "width": 0, "height": 0}]


async def _file_id(payload: Json, memory: TransportMemory) -> str:
    url = str(payload["url"])
    file_id = str(payload.get("token") or ("u" + hashlib.sha256(url.encode()).hexdigest()[:32]))
    await memory.remember_file(file_id, url)
    return file_id


def _unique(file_id: str) -> str:
    return hashlib.sha256(file_id.encode()).hexdigest()[:16]


async def incoming_message(max_message: Json, locale: str | None, memory: TransportMemory) -> Json | None:
    """A person's message in a dialog with the bot; None for anything else."""
    recipient = max_message.get("recipient") or {}
    sender = max_message.get("sender")
    if recipient.get("chat_type") != "dialog" or not sender or sender.get("is_bot"):
        return None
    body = max_message.get("body") or {}
    tg_user = user(sender, locale)
    if recipient.get("chat_id") is not None:
        await memory.remember_dialog(tg_user["id"], int(recipient["chat_id"]))
    message: Json = {
        "message_id": await memory.message_number(body["mid"]) if body.get("mid") else await memory.event_number(),
        "date": seconds(max_message.get("timestamp")),
        "chat": private_chat(tg_user),
        "from": tg_user,
    }
    if body.get("text"):
        message["text"] = body["text"]
    await _attachments(message, body.get("attachments") or [], memory)
    return message


async def bot_message(max_message: Json, to_user: Json, memory: TransportMemory) -> Json | None:
    """The bot's own message a button was pressed on, in the pressing person's private chat."""
    body = max_message.get("body") or {}
    if not body.get("mid"):
        return None
    sender = max_message.get("sender") or {}
    message: Json = {
        "message_id": await memory.message_number(body["mid"]),
        "date": seconds(max_message.get("timestamp")),
        "chat": private_chat(to_user),
    }
    if sender.get("user_id") is not None:
        message["from"] = user({**sender, "is_bot": True})
    if body.get("text"):
        message["text"] = body["text"]
    markup = inline_markup(body.get("attachments"))
    if markup is not None:
        message["reply_markup"] = markup
    return message


async def translate(update: Json, memory: TransportMemory) -> Json | None:
    """One MAX update as a Telegram update without ``update_id`` (the session numbers them); None: skipped."""
    kind = update.get("update_type")
    locale = update.get("user_locale")
    if kind == "message_created":
        message = await incoming_message(update.get("message") or {}, locale, memory)
        return {"message": message} if message is not None else None
    if kind == "message_callback":
        callback = update.get("callback") or {}
        if not callback.get("user") or not callback.get("callback_id"):
            return None
        max_message = update.get("message") or {}
        if (max_message.get("recipient") or {}).get("chat_type", "dialog") != "dialog":
            return None
        tg_user = user(callback["user"], locale)
        query: Json = {
            "id": callback["callback_id"],
            "from": tg_user,
            "chat_instance": f"max:{tg_user['id']}",
            "data": callback.get("payload") or "",
        }
        message = await bot_message(max_message, tg_user, memory) if max_message else None
        if message is not None:
            query["message"] = message
        chat_id = (max_message.get("recipient") or {}).get("chat_id")
        if chat_id is not None:
            await memory.remember_dialog(tg_user["id"], int(chat_id))
        return {"callback_query": query}
    if kind == "bot_started":
        max_user = update.get("user")
        if not max_user:
            return None
        tg_user = user(max_user, locale)
        if update.get("chat_id") is not None:
            await memory.remember_dialog(tg_user["id"], int(update["chat_id"]))
        payload = (update.get("payload") or "").strip()
        # a deep link https://max.ru/<bot>?start=<payload> (or the Start button): Telegram's `/start <payload>`
        return {"message": {
            "message_id": await memory.event_number(),
            "date": seconds(update.get("timestamp")),
            "chat": private_chat(tg_user),
            "from": tg_user,
            "text": f"/start {payload}" if payload else "/start",
        }}
    return None
