"""Telegram-shaped method parameters → MAX request bodies (``NewMessageBody`` of the MAX Bot API schema).

Pure functions on the plain values aiogram's session prepares (``BaseSession.prepare_value``), so each rule is tested
without a server: keyboards become ``inline_keyboard`` attachments (callback payload ≤ 1024 bytes, button text ≤ 128
characters), Telegram's reply keyboard becomes inline ``request_contact`` / ``message`` buttons, HTML stays HTML
(``format: html``), and the bot's own ``https://t.me/<bot>?start=`` deep links name MAX (``https://max.ru/<bot>?start=``).
"""

from __future__ import annotations

import re
from typing import Any

MAX_TEXT_LENGTH = 4000  # NewMessageBody.text maxLength
MAX_PAYLOAD_BYTES = 1024  # CallbackButton.payload maxLength
MAX_BUTTON_TEXT = 128  # Button.text maxLength

Json = dict[str, Any]


class OutgoingError(ValueError):
    """A request MAX would refuse (the session raises it as Telegram's «Bad Request»)."""


def text_format(parse_mode: str | None) -> str | None:
    if parse_mode is None:
        return None
    return "html" if parse_mode.upper() == "HTML" else "markdown"


def max_links(text: str, bot_username: str | None) -> str:
    """The bot's own deep links, built for Telegram by the handlers, as MAX deep links (the same payload)."""
    if not bot_username:
        return text
    pattern = re.compile(rf"https://t\.me/{re.escape(bot_username)}\?start=", re.IGNORECASE)
    return pattern.sub(f"https://max.ru/{bot_username}?start=", text)


def _button_text(text: Any) -> str:
    value = str(text or "").strip() or "·"
    return value if len(value) <= MAX_BUTTON_TEXT else value[: MAX_BUTTON_TEXT - 1] + "…"


def _inline_button(button: Json) -> Json | None:
    text = _button_text(button.get("text"))
    if button.get("callback_data") is not None:
        payload = str(button["callback_data"])
        if len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
            raise OutgoingError(f"callback payload longer than {MAX_PAYLOAD_BYTES} bytes")
        return {"type": "callback", "text": text, "payload": payload}
    url = str(button.get("url") or "")
    if url.startswith(("https://", "http://")):
        return {"type": "link", "text": text, "url": url}
    return None  # tg:// links, inline queries, games, web apps: nothing MAX can open


def _reply_button(button: Json | str) -> Json:
    if isinstance(button, str):
        return {"type": "message", "text": _button_text(button)}
    text = _button_text(button.get("text"))
    if button.get("request_contact"):
        return {"type": "request_contact", "text": text}
    if button.get("request_location"):
        return {"type": "request_geo_location", "text": text}
    return {"type": "message", "text": text}  # pressing it sends its text as the person's message


def keyboard(markup: Json | None) -> list[Json]:
    """The attachments a Telegram ``reply_markup`` becomes: [] or one ``inline_keyboard``."""
    if not markup:
        return []
    rows: list[list[Json]] = []
    if "inline_keyboard" in markup:
        for row in markup["inline_keyboard"] or []:
            buttons = [b for b in (_inline_button(button) for button in row) if b is not None]
            if buttons:
                rows.append(buttons)
    elif "keyboard" in markup:
        # MAX has no keyboard under the input field for bots in dialogs; its inline keyboard has the same
        # buttons: «share contact» (request_contact) and buttons that send their text
        for row in markup["keyboard"] or []:
            if row:
                rows.append([_reply_button(button) for button in row])
    # remove_keyboard, force_reply: nothing to attach
    return [{"type": "inline_keyboard", "payload": {"buttons": rows}}] if rows else []


def split_text(text: str, limit: int = MAX_TEXT_LENGTH) -> list[str]:
    """A text longer than MAX takes (the bot fits its screens to Telegram's 4,096) as parts of at most ``limit``
    characters, cut between lines: the bot's HTML tags never span lines, so every part stays well-formed."""
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:  # one line longer than a message: cut it (rare: no screen has such a line)
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit and current:
            parts.append(current)
            candidate = line
        current = candidate
    if current or not parts:
        parts.append(current)
    return parts


def shorten(text: str, limit: int = MAX_TEXT_LENGTH) -> str:
    """An edited text that does not fit: its lines up to the limit and «…» (an edit cannot become two messages)."""
    if len(text) <= limit:
        return text
    return split_text(text, limit - 2)[0] + "\n…"


def message_body(text: str | None, parse_mode: str | None, markup: Json | None, bot_username: str | None,
                 *, notify: bool = True, reply_to: str | None = None) -> Json:
    """A ``NewMessageBody`` for a text message (send or edit); the text must fit (see :func:`split_text`)."""
    if text is not None:
        text = max_links(text, bot_username)
        if len(text) > MAX_TEXT_LENGTH:
            raise OutgoingError(f"message is too long (MAX takes {MAX_TEXT_LENGTH} characters)")
    body: Json = {"text": text, "attachments": keyboard(markup)}
    fmt = text_format(parse_mode)
    if fmt is not None and text is not None:
        body["format"] = fmt
    if not notify:
        body["notify"] = False
    if reply_to is not None:
        body["link"] = {"type": "reply", "mid": reply_to}
    return body


def link_preview_disabled(params: Json) -> bool:
    options = params.get("link_preview_options") or {}
    return bool(params.get("disable_web_page_preview") or (isinstance(options, dict) and options.get("is_disabled")))


CHAT_ACTIONS = {"typing": "typing_on", "upload_photo": "sending_photo", "upload_document": "sending_file",
                "upload_video": "sending_video", "upload_voice": "sending_audio", "record_voice": "sending_audio"}


def chat_action(action: str | None) -> str:
    return CHAT_ACTIONS.get(action or "", "typing_on")


def commands(items: list[Json] | None) -> list[Json]:
    """Telegram's ``BotCommand`` list as MAX's (``name`` without the slash, ``description``)."""
    result = []
    for item in items or []:
        command: Json = {"name": str(item["command"]).lstrip("/")}
        description = str(item.get("description") or "")[:128]
        if description:
            command["description"] = description
        result.append(command)
    return result
