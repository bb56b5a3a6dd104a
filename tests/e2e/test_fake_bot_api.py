"""The fake Bot API must be good enough for a real aiogram Bot and Dispatcher."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
from aiogram.filters import CommandStart
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from bot.sandbox.fake_api import Call, FakeBotAPI, UploadedFile

USER_ID = 777000111


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
    bot = Bot(token=f"{api.bot_id}:TEST-token", session=session)
    try:
        yield bot
    finally:
        await bot.session.close()


async def test_base_url_and_stop() -> None:
    api = FakeBotAPI()
    await api.start()
    assert api.base_url.startswith("http://127.0.0.1:")
    assert int(api.base_url.rsplit(":", 1)[1]) > 0
    await api.stop()
    with pytest.raises(RuntimeError):
        _ = api.base_url
    await api.stop()  # idempotent


async def test_get_me(api: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == api.bot_id
    assert me.username == "mentor_test_bot"
    assert me.is_bot
    assert api.calls == [Call("getMe", {}, result=api.me)]


async def test_send_message_with_inline_keyboard(api: FakeBotAPI, bot: Bot) -> None:
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Да", callback_data="yes:1")]],
    )
    first = await bot.send_message(USER_ID, "Привет!", reply_markup=markup)
    second = await bot.send_message(USER_ID, "42")

    assert isinstance(first, Message)
    assert first.text == "Привет!"
    assert first.chat.id == USER_ID
    assert first.chat.type == "private"
    assert first.from_user is not None and first.from_user.id == api.bot_id
    assert first.reply_markup is not None
    assert first.reply_markup.model_dump() == markup.model_dump()
    assert second.message_id == first.message_id + 1
    assert second.reply_markup is None

    call = await api.wait_for("sendMessage")
    assert call.params["chat_id"] == USER_ID
    assert call.params["text"] == "Привет!"
    assert call.params["reply_markup"] == {
        "inline_keyboard": [[{"text": "Да", "callback_data": "yes:1"}]],
    }
    # the second wait_for skips the call already returned
    call2 = await api.wait_for("SENDMESSAGE")
    assert call2.params["text"] == "42"  # text is never coerced to int
    assert api.sent_texts(USER_ID) == ["Привет!", "42"]
    assert api.sent_texts(USER_ID + 1) == []


async def test_complex_params_are_decoded(api: FakeBotAPI, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand(command="start", description="Начать")])
    call = await api.wait_for("setMyCommands")
    assert call.params["commands"] == [{"command": "start", "description": "Начать"}]
    commands = await bot.get_my_commands()
    assert [(c.command, c.description) for c in commands] == [("start", "Начать")]
    assert await bot.delete_webhook(drop_pending_updates=True) is True
    call = await api.wait_for("deleteWebhook")
    assert call.params["drop_pending_updates"] is True
    assert await bot.answer_callback_query("123", text="ok") is True
    call = await api.wait_for("answerCallbackQuery")
    assert call.params == {"callback_query_id": "123", "text": "ok"}
    assert await bot.send_chat_action(USER_ID, "typing") is True


async def test_edit_message(api: FakeBotAPI, bot: Bot) -> None:
    markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="A", callback_data="a")]])
    sent = await bot.send_message(USER_ID, "before", reply_markup=markup)
    edited = await bot.edit_message_text(text="after", chat_id=USER_ID, message_id=sent.message_id)
    assert isinstance(edited, Message)
    assert edited.message_id == sent.message_id
    assert edited.text == "after"
    again = await bot.edit_message_reply_markup(
        chat_id=USER_ID, message_id=sent.message_id, reply_markup=markup
    )
    assert isinstance(again, Message)
    assert again.text == "after"
    assert again.reply_markup is not None
    assert again.reply_markup.model_dump() == markup.model_dump()
    call = await api.wait_for("editMessageReplyMarkup")
    assert call.params["message_id"] == sent.message_id


async def test_get_updates_long_polling_and_offset(api: FakeBotAPI, bot: Bot) -> None:
    assert await bot.get_updates(timeout=0) == []
    assert api.long_polls == 0  # answered at once, never held open

    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_for("getUpdates", lambda c: c.params.get("timeout") == 5)
    await api.until(lambda: api.polls_waiting == 1)  # the server holds the request open
    assert not poll.done()  # really waiting for an update
    pushed = api.push_update(api.message_update(USER_ID, "/start payload"))
    updates = await poll
    assert api.long_polls_expired == 0  # the update answered the poll, not its timeout
    assert [u.update_id for u in updates] == [pushed["update_id"]]
    message = updates[0].message
    assert message is not None and message.text == "/start payload"
    assert message.entities is not None and message.entities[0].type == "bot_command"
    assert message.entities[0].length == len("/start")
    assert message.from_user is not None and message.from_user.language_code == "ru"

    # not confirmed yet -> delivered again
    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [pushed["update_id"]]

    second = api.push_update(api.callback_update(USER_ID, "yes:1", message_id=5, message_text="Вопрос"))
    third = api.push_update(api.contact_update(USER_ID, "+79990001122"))
    assert second["update_id"] == pushed["update_id"] + 1

    updates = await bot.get_updates(offset=pushed["update_id"] + 1, timeout=0, limit=1)
    assert [u.update_id for u in updates] == [second["update_id"]]
    callback = updates[0].callback_query
    assert isinstance(callback, CallbackQuery)
    assert callback.data == "yes:1"
    assert isinstance(callback.message, Message) and callback.message.text == "Вопрос"

    updates = await bot.get_updates(offset=third["update_id"], timeout=0)
    assert [u.update_id for u in updates] == [third["update_id"]]
    contact = updates[0].message.contact  # type: ignore[union-attr]
    assert contact is not None and contact.phone_number == "+79990001122"
    assert contact.user_id == USER_ID

    started = time.monotonic()
    assert await bot.get_updates(offset=third["update_id"] + 1, timeout=1) == []
    assert api.long_polls_expired == 1
    assert time.monotonic() - started >= 0.9  # a lower bound: a slow machine only makes it truer
    assert api.pending_updates == []


async def test_retry_after(api: FakeBotAPI, bot: Bot) -> None:
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7, times=2)
    for _ in range(2):
        with pytest.raises(TelegramRetryAfter) as exc_info:
            await bot.send_message(USER_ID, "hi")
        assert exc_info.value.retry_after == 7
    await bot.send_message(USER_ID, "hi")
    assert [c.error_code for c in api.calls_of("sendMessage")] == [429, 429, None]
    assert api.sent_texts(USER_ID) == ["hi"]


async def test_other_injected_error(api: FakeBotAPI, bot: Bot) -> None:
    api.fail_next("sendmessage", 400, "Bad Request: chat not found")
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(USER_ID, "hi")


async def test_validation_like_telegram(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(USER_ID, "x" * 4097)
    markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="A", callback_data="a" * 65)]])
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(USER_ID, "x", reply_markup=markup)


async def test_blocked_chat(api: FakeBotAPI, bot: Bot) -> None:
    api.blocked_chats.add(USER_ID)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(USER_ID, "hi")
    with pytest.raises(TelegramForbiddenError):
        await bot.send_document(USER_ID, BufferedInputFile(b"x", filename="a.csv"))
    await bot.send_message(USER_ID + 1, "other chat is fine")
    assert api.sent_texts(USER_ID) == []
    assert api.calls_of("sendMessage")[0].error_code == 403


async def test_send_document_records_bytes(api: FakeBotAPI, bot: Bot) -> None:
    payload = "ФИО;класс\nИванов;7А\n".encode()
    message = await bot.send_document(
        USER_ID, BufferedInputFile(payload, filename="report.csv"), caption="Отчёт"
    )
    assert message.document is not None
    assert message.document.file_name == "report.csv"
    assert message.document.file_id
    assert message.caption == "Отчёт"

    call = await api.wait_for("sendDocument")
    document = call.params["document"]
    assert isinstance(document, UploadedFile)
    assert document.filename == "report.csv"
    assert document.content == payload
    assert call.params["chat_id"] == USER_ID
    assert call.params["caption"] == "Отчёт"

    # re-sending by file_id works too
    again = await bot.send_document(USER_ID, message.document.file_id)
    assert again.document is not None and again.document.file_id == message.document.file_id


async def test_wait_for_timeout_lists_calls(api: FakeBotAPI, bot: Bot) -> None:
    await bot.get_me()
    with pytest.raises(AssertionError, match="getMe"):
        await api.wait_for("sendMessage", timeout=0.1)
    # a call recorded after wait_for started is picked up
    waiter = asyncio.create_task(api.wait_for("sendMessage", lambda c: c.params["text"] == "late"))
    await api.until(lambda: api.waiters == 1)  # it has looked at the calls so far and waits
    await bot.send_message(USER_ID, "early")
    await bot.send_message(USER_ID, "late")
    call = await waiter
    assert call.params["text"] == "late"
    assert (await api.wait_for("sendMessage")).params["text"] == "early"


async def test_dispatcher_polling_start(api: FakeBotAPI, bot: Bot) -> None:
    dp = Dispatcher()

    @dp.message(CommandStart())
    async def on_start(message: Message) -> None:
        name = message.from_user.first_name if message.from_user else "?"
        await message.answer(f"Здравствуйте, {name}!")

    polling = asyncio.create_task(
        dp.start_polling(bot, handle_signals=False, polling_timeout=1, close_bot_session=False)
    )
    try:
        await api.wait_for("getUpdates", timeout=5)
        update = api.push_update(api.message_update(USER_ID, "/start", first_name="Анна"))
        reply = await api.wait_for("sendMessage", lambda c: c.params["chat_id"] == USER_ID, timeout=5)
        assert reply.params["text"] == "Здравствуйте, Анна!"
        # aiogram confirms the update with the offset of its next getUpdates
        await api.wait_for("getUpdates", lambda c: c.params.get("offset") == update["update_id"] + 1)
        assert api.pending_updates == []
    finally:
        await asyncio.wait_for(dp.stop_polling(), 5)
        await asyncio.wait_for(polling, 5)
    assert api.sent_texts(USER_ID) == ["Здравствуйте, Анна!"]


async def test_json_body_get_query_and_unknown_methods(api: FakeBotAPI) -> None:
    async with aiohttp.ClientSession() as http:
        url = f"{api.base_url}/bot{api.token}"
        async with http.post(
            f"{url}/SendMessage",
            json={"chat_id": USER_ID, "text": "json", "reply_markup": {"inline_keyboard": []}},
        ) as resp:
            body = await resp.json()
        assert body["ok"] is True
        assert body["result"]["text"] == "json"
        async with http.get(f"{url}/getme") as resp:
            assert (await resp.json())["result"]["username"] == api.username
        async with http.get(f"{url}/deleteMessage", params={"chat_id": "-100123", "message_id": "5"}) as resp:
            assert await resp.json() == {"ok": True, "result": True}
    assert [c.method for c in api.calls] == ["sendMessage", "getMe", "deleteMessage"]
    assert api.calls[2].params == {"chat_id": -100123, "message_id": 5}


async def test_create_bot_helper(api: FakeBotAPI) -> None:
    bot = api.create_bot()
    try:
        assert bot.id == api.bot_id
        assert (await bot.get_me()).username == api.username
    finally:
        await bot.session.close()
