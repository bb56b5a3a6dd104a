"""The MAX transport over HTTP, with the real client (``maxapi``'s connection) against the fake MAX Bot API."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramForbiddenError, TelegramRetryAfter, TelegramUnauthorizedError
from aiogram.methods import SendMessage
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels.max import open_bot
from bot.channels.max.updates import translate
from bot.telegram import RetryAfterMiddleware
from storage.db import Database
from tests.e2e.fake_max_api import FakeMaxAPI

USER = 52_000_001


@pytest.fixture
async def api() -> AsyncIterator[FakeMaxAPI]:
    async with FakeMaxAPI() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeMaxAPI) -> AsyncIterator[Bot]:
    bot = await open_bot(api.token, api.base_url, retries=0)
    try:
        yield bot
    finally:
        await bot.session.close()


async def test_a_wrong_token_is_refused_at_start(api: FakeMaxAPI) -> None:
    with pytest.raises(TelegramUnauthorizedError):
        await open_bot("not-the-token-of-this-bot", api.base_url, retries=0)
    # the token travels in the Authorization header only, never in the query
    assert api.calls and all("access_token" not in call.query for call in api.calls)


async def test_messages_go_to_the_user_not_to_a_chat_with_the_users_id(api: FakeMaxAPI, bot: Bot) -> None:
    api.message(USER, "привет")  # the person wrote first: MAX knows the dialog
    message = await bot.send_message(USER, "<b>Здравствуйте</b>")
    [sent] = api.sent_to(USER)
    assert (sent.text, sent.format) == ("<b>Здравствуйте</b>", "html")
    assert message.chat.id == USER and api.calls_of("POST /messages")[0].query == {"user_id": str(USER)}


async def test_files_go_up_without_the_token_and_come_down_by_their_url(api: FakeMaxAPI, bot: Bot) -> None:
    api.message(USER, "привет")
    await bot.send_document(USER, BufferedInputFile(b"%PDF-1.4 order", "order.pdf"), caption="Приказ")
    [sent] = api.sent_to(USER)
    token = sent.attachments[0]["payload"]["token"]
    assert api.files[token] == ("order.pdf", b"%PDF-1.4 order") and sent.text == "Приказ"
    assert all(call.ok for call in api.calls), [c for c in api.calls if not c.ok]  # no token at the upload host

    # a file the person sends: aiogram's getFile + download, from the attachment's URL
    update = api.file(USER, "roadmap.docx", b"PK\x03\x04 roadmap")
    translated = await translate(update, bot.session.memory)  # type: ignore[attr-defined]
    assert translated is not None
    document = translated["message"]["document"]
    buffer = io.BytesIO()
    await bot.download(document["file_id"], destination=buffer)
    assert buffer.getvalue() == b"PK\x03\x04 roadmap"


async def test_a_blocked_bot_and_flood_control_are_aiograms_errors(api: FakeMaxAPI, bot: Bot) -> None:
    api.message(USER, "привет")
    api.blocked_users.add(USER)
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(USER, "Напоминание")
    api.blocked_users.clear()

    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    retrying = RetryAfterMiddleware(attempts=3, sleep=sleep)
    api.fail_next("POST /messages", 429, "too.many.requests", times=2)
    await retrying(bot.session.make_request, bot, SendMessage(chat_id=USER, text="x"))
    assert slept == [1, 2]  # MAX's 429 has no retry_after: the session's own backoff
    api.fail_next("POST /messages", 429, "too.many.requests")
    with pytest.raises(TelegramRetryAfter):
        await bot.session.make_request(bot, SendMessage(chat_id=USER, text="x"))


async def test_polling_removes_a_webhook_left_subscribed(api: FakeMaxAPI, bot: Bot) -> None:
    api.subscriptions.append({"url": "https://old.example/max", "time": 1, "update_types": None, "version": None})
    assert await bot.delete_webhook()
    assert api.subscriptions == [] and api.calls_of("DELETE /subscriptions")[0].query == {
        "url": "https://old.example/max"}
    assert await bot.get_updates(timeout=0) == []


async def test_a_keyboard_edit_after_a_restart_sends_the_text_again(api: FakeMaxAPI, db: Database) -> None:
    """MAX replaces a message's whole body on an edit: the session sends the text it sent before, which the
    database keeps across a restart (a new session, the same database)."""
    api.message(USER, "привет")
    keyboard = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Да", callback_data="y")]])
    before = await open_bot(api.token, api.base_url, retries=0, db=db)
    try:
        sent = await before.send_message(USER, "<b>Встреча</b> записана", reply_markup=keyboard)
    finally:
        await before.session.close()

    after = await open_bot(api.token, api.base_url, retries=0, db=db)  # the process restarted
    try:
        await after.edit_message_reply_markup(chat_id=USER, message_id=sent.message_id, reply_markup=None)
    finally:
        await after.session.close()
    [message] = api.sent_to(USER)
    edit = api.calls_of("PUT /messages")[-1]
    assert edit.ok and edit.query == {"message_id": message.mid}
    assert (edit.body["text"], edit.body["format"], edit.body["attachments"]) == ("<b>Встреча</b> записана", "html", [])
    assert (message.text, message.buttons()) == ("<b>Встреча</b> записана", [])
