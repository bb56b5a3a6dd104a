"""The sandbox's people and their chats with the bot, kept from what the local Bot API server sees.

Each person is a Telegram user the visitor plays: what they type, press, share or upload becomes an update queued at
the local Bot API server, exactly as Telegram would queue it; what the bot sends, edits, deletes or answers to a
button press (:class:`ChatEvent`) goes into that person's timeline. People are kept in a small JSON file beside the
sandbox's database, so the next start knows who is who (the timelines start empty again).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from bot.sandbox.fake_api import ChatEvent, FakeBotAPI

logger = logging.getLogger(__name__)

ADMIN_ID = 1  # the sandbox's super-admin (ADMIN_IDS of the bot it runs)
FIRST_USER_ID = 1001
ROLES = ("coordinator", "mentor_candidate", "mentee_teacher", "mentee_student", "staff", "none")
MAX_TIMELINE = 300  # entries kept per chat


@dataclass(slots=True)
class SandboxPerson:
    id: int
    name: str
    role: str  # a ROLES value, or "admin"
    locale: str


@dataclass(slots=True)
class Entry:
    """One line of a chat as the visitor sees it."""

    seq: int
    side: str  # "bot", "user", "alert", "toast"
    html: str  # safe HTML
    message_id: int | None = None
    buttons: list[list[dict[str, str]]] = field(default_factory=list)
    document: dict[str, str] | None = None  # file_id, name
    photo: str | None = None  # file_id
    edited: bool = False
    deleted: bool = False


_ALLOWED = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "blockquote", "tg-spoiler",
            "a", "span"}


class _TelegramHtml(HTMLParser):
    """Telegram's HTML subset (as the bot sends it) made safe for the page: other tags are shown as text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED:
            return
        if tag == "a":
            href = dict(attrs).get("href") or ""
            safe = href if href.startswith(("https://", "http://", "tg://")) else "#"
            self.out.append(f'<a href="{escape(safe)}" target="_blank" rel="noopener">')
        elif tag == "tg-spoiler":
            self.out.append('<span class="spoiler">')
        else:
            self.out.append(f"<{'span' if tag == 'span' else tag}>")
        self.open.append("span" if tag == "tg-spoiler" else tag)

    def handle_endtag(self, tag: str) -> None:
        tag = "span" if tag == "tg-spoiler" else tag
        if tag in self.open:
            while self.open:
                last = self.open.pop()
                self.out.append(f"</{last}>")
                if last == tag:
                    break

    def handle_data(self, data: str) -> None:
        self.out.append(escape(data, quote=False))

    def result(self) -> str:
        return "".join(self.out) + "".join(f"</{t}>" for t in reversed(self.open))


def telegram_html(text: str, parse_mode: str | None = "HTML") -> str:
    if parse_mode != "HTML":
        return escape(text, quote=False)
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    return parser.result()


def _buttons(markup: Any) -> list[list[dict[str, str]]]:
    rows: list[list[dict[str, str]]] = []
    if isinstance(markup, dict):
        for row in markup.get("inline_keyboard", []):
            rows.append([{k: str(v) for k, v in b.items() if k in ("text", "callback_data", "url")} for b in row])
    return rows


class Sandbox:
    """People, their timelines and reply keyboards; ``version`` grows with every change (the page waits on it)."""

    def __init__(self, api: FakeBotAPI, people_file: Path | None = None) -> None:
        self.api = api
        self.people_file = people_file
        self.people: dict[int, SandboxPerson] = {}
        self.timelines: dict[int, list[Entry]] = {}
        self.keyboards: dict[int, list[list[dict[str, Any]]]] = {}  # the reply keyboard each chat shows now
        self.version = 0
        self._seq = itertools.count(1)
        self._changed = asyncio.Event()
        self._load()
        if ADMIN_ID not in self.people:
            self.people[ADMIN_ID] = SandboxPerson(ADMIN_ID, "", "admin", "ru")
        api.subscribe(self._on_event)

    # ---- people ---------------------------------------------------------------------------------

    def _load(self) -> None:
        if self.people_file is None or not self.people_file.exists():
            return
        try:
            for item in json.loads(self.people_file.read_text(encoding="utf-8")):
                person = SandboxPerson(**item)
                self.people[person.id] = person
        except (ValueError, TypeError):
            logger.warning("sandbox: %s is not readable, starting with no people", self.people_file)

    def _save(self) -> None:
        if self.people_file is None:
            return
        self.people_file.parent.mkdir(parents=True, exist_ok=True)
        partial = self.people_file.with_name(self.people_file.name + ".part")
        partial.write_text(json.dumps([asdict(p) for p in self.people.values()], ensure_ascii=False),
                           encoding="utf-8")
        os.replace(partial, self.people_file)

    def next_user_id(self) -> int:
        return max([FIRST_USER_ID - 1, *self.people]) + 1

    def add_person(self, name: str, role: str, locale: str, user_id: int | None = None) -> SandboxPerson:
        person = SandboxPerson(user_id or self.next_user_id(), name.strip()[:80] or f"#{len(self.people)}", role,
                               locale)
        self.people[person.id] = person
        self._save()
        self._touch()
        return person

    # ---- what a person does -------------------------------------------------------------------------

    def _user(self, user_id: int) -> dict[str, Any]:
        person = self.people[user_id]
        first = person.name.split()[1] if len(person.name.split()) > 1 else (person.name or "Admin")
        return {"first_name": first, "language_code": person.locale}

    def _mine(self, user_id: int, html: str) -> None:
        self._append(user_id, Entry(next(self._seq), "user", html))

    def send_text(self, user_id: int, text: str) -> dict[str, Any]:
        text = text.strip()[:4096]
        self._mine(user_id, escape(text, quote=False))
        keyboard = self.keyboards.get(user_id)
        if keyboard and any(b.get("text") == text and b.get("one_time") for row in keyboard for b in row):
            self.keyboards.pop(user_id, None)
        return self.api.push_update(self.api.message_update(user_id, text, **self._user(user_id)))

    def press(self, user_id: int, message_id: int, data: str) -> dict[str, Any]:
        return self.api.push_update(self.api.callback_update(user_id, data, message_id, **self._user(user_id)))

    def share_contact(self, user_id: int) -> dict[str, Any]:
        phone = f"+7900{user_id % 10_000_000:07d}"
        self._mine(user_id, "📱 " + escape(phone))
        user = self._user(user_id)
        return self.api.push_update(self.api.contact_update(user_id, phone, first_name=user["first_name"],
                                                            language_code=user["language_code"]))

    def upload(self, user_id: int, filename: str, content: bytes, content_type: str | None) -> dict[str, Any]:
        document = self.api.add_file(content, filename, content_type)
        self._append(user_id, Entry(next(self._seq), "user", "", document={
            "file_id": document["file_id"], "name": filename}))
        return self.api.push_update(self.api.document_update(user_id, document, **self._user(user_id)))

    # ---- what the bot does --------------------------------------------------------------------------

    def _on_event(self, event: ChatEvent) -> None:
        chat = event.chat_id
        if not isinstance(chat, int) or chat not in self.people:
            return
        payload = event.payload
        if event.kind == "message":
            self._bot_message(chat, payload)
        elif event.kind == "edit":
            for entry in self.timelines.get(chat, []):
                if entry.side == "bot" and entry.message_id == payload.get("message_id"):
                    if "text" in payload:
                        entry.html = telegram_html(payload["text"])
                    elif "caption" in payload:
                        entry.html = telegram_html(payload["caption"])
                    entry.buttons = _buttons(payload.get("reply_markup"))
                    entry.edited = True
            self._touch()
        elif event.kind == "delete":
            for entry in self.timelines.get(chat, []):
                if entry.side == "bot" and entry.message_id == payload.get("message_id"):
                    entry.deleted = True
            self._touch()
        elif event.kind == "alert":
            side = "alert" if payload.get("show_alert") else "toast"
            self._append(chat, Entry(next(self._seq), side, escape(str(payload.get("text", "")), quote=False)))

    def _bot_message(self, chat: int, message: dict[str, Any]) -> None:
        text = message.get("text") or message.get("caption") or ""
        entry = Entry(next(self._seq), "bot", telegram_html(text), message_id=message.get("message_id"),
                      buttons=_buttons(message.get("reply_markup")))
        document = message.get("document")
        if isinstance(document, dict):
            entry.document = {"file_id": str(document["file_id"]), "name": str(document.get("file_name", "file"))}
        photo = message.get("photo")
        if isinstance(photo, list) and photo:
            entry.photo = str(photo[-1]["file_id"])
        keyboard = message.get("reply_keyboard")
        if isinstance(keyboard, dict):
            if keyboard.get("remove_keyboard"):
                self.keyboards.pop(chat, None)
            elif "keyboard" in keyboard:
                one_time = bool(keyboard.get("one_time_keyboard"))
                self.keyboards[chat] = [
                    [{"text": b if isinstance(b, str) else b.get("text", ""),
                      "contact": isinstance(b, dict) and bool(b.get("request_contact")), "one_time": one_time}
                     for b in row] for row in keyboard["keyboard"]]
        self._append(chat, entry)

    # ---- the page's view --------------------------------------------------------------------------------

    def _append(self, chat: int, entry: Entry) -> None:
        timeline = self.timelines.setdefault(chat, [])
        timeline.append(entry)
        del timeline[:-MAX_TIMELINE]
        self._touch()

    def _touch(self) -> None:
        self.version += 1
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    async def changed_since(self, version: int, timeout: float) -> None:  # noqa: ASYNC109 - a long poll's wait
        """Return when ``version`` is out of date, or after ``timeout`` seconds."""
        if self.version != version:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)

    def unread(self, user_id: int) -> dict[int, int]:
        """How many bot messages each other person has (the people list shows who got something)."""
        return {pid: sum(1 for e in t if e.side == "bot") for pid, t in self.timelines.items() if pid != user_id}
