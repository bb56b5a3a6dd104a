"""The MAX transport's translation, without a server: MAX updates → aiogram updates, aiogram calls → MAX requests,
MAX errors → aiogram's exceptions (shapes from the MAX Bot API OpenAPI schema)."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)

from bot.channels.max import outgoing
from bot.channels.max.client import MaxError, MaxNetworkError
from bot.channels.max.memory import InMemoryTransportMemory, SentText
from bot.channels.max.session import MaxSession
from bot.channels.max.updates import translate, vcard_phone
from bot.notifier import classify
from bot.services.ports import Delivery
from bot.telegram import make_bot

USER, DIALOG, BOT_ID = 5_550_001, 7_770_001, 900_001

Json = dict[str, Any]


def max_user(user_id: int = USER, **extra: Any) -> Json:
    return {"user_id": user_id, "first_name": "Ольга", "last_name": "Смирнова", "username": None, "is_bot": False,
            "last_activity_time": 1775025580000, **extra}


def created(body: Json, chat_type: str = "dialog", sender: Json | None = None) -> Json:
    return {"update_type": "message_created", "timestamp": 1775025604499, "user_locale": "ru-RU",
            "message": {"sender": sender or max_user(), "timestamp": 1775025604000,
                        "recipient": {"chat_id": DIALOG, "chat_type": chat_type, "user_id": BOT_ID},
                        "body": {"mid": "mid.a1", "seq": 1, "text": None, "attachments": None, **body}}}


def validated(update: Json) -> Update:
    return Update.model_validate({"update_id": 1, **update})


# ---------------------------------------------------------------------------------------------- updates

async def test_bot_started_with_a_payload_is_start_with_the_deep_link_argument() -> None:
    memory = InMemoryTransportMemory()
    update = await translate({"update_type": "bot_started", "timestamp": 1775025604499, "chat_id": DIALOG,
                              "user": max_user(), "payload": "Abc_123-xyz", "user_locale": "ru"}, memory)
    assert update is not None
    message = validated(update).message
    assert message is not None and message.text == "/start Abc_123-xyz"
    # the private chat is the person: chat id = user id; the dialog's own id is remembered for chat actions
    assert message.chat.id == USER and message.from_user is not None and message.from_user.id == USER
    assert message.chat.type == "private" and message.from_user.language_code == "ru"
    assert await memory.dialog(USER) == DIALOG
    assert await memory.message_mid(message.message_id) is None  # no MAX message behind it


async def test_bot_started_without_a_payload_is_a_plain_start() -> None:
    update = await translate({"update_type": "bot_started", "timestamp": 1, "chat_id": DIALOG, "user": max_user()},
                             InMemoryTransportMemory())
    assert update is not None and update["message"]["text"] == "/start"


async def test_a_text_message_in_a_dialog_keeps_its_mid_behind_a_number() -> None:
    memory = InMemoryTransportMemory()
    update = await translate(created({"text": "учитель математики"}), memory)
    assert update is not None
    message = validated(update).message
    assert message is not None and message.text == "учитель математики"
    assert await memory.message_mid(message.message_id) == "mid.a1"
    assert await memory.message_number("mid.a1") == message.message_id  # the same number again


@pytest.mark.parametrize("update", [
    created({"text": "hi"}, chat_type="chat"),  # group chats and channels: the bot works in dialogs
    created({"text": "hi"}, sender={**max_user(BOT_ID), "is_bot": True}),  # the bot's own message
    {"update_type": "message_edited", "timestamp": 1, "message": {}},
    {"update_type": "bot_stopped", "timestamp": 1, "chat_id": DIALOG, "user": max_user()},
])
async def test_what_the_bot_does_not_use_is_skipped(update: Json) -> None:
    assert await translate(update, InMemoryTransportMemory()) is None


async def test_the_contact_button_brings_the_vcard_phone_and_whose_contact_it_is() -> None:
    vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ольга Смирнова\r\nTEL;TYPE=cell:79001234567\r\nEND:VCARD\r\n"
    update = await translate(created({"attachments": [
        {"type": "contact", "payload": {"vcf_info": vcf, "max_info": max_user()}}]}), InMemoryTransportMemory())
    assert update is not None
    message = validated(update).message
    assert message is not None and message.contact is not None
    assert message.contact.phone_number == "79001234567" and message.contact.user_id == USER
    assert message.contact.vcard == vcf


async def test_someone_elses_contact_names_its_owner_not_the_sender() -> None:
    vcf = "BEGIN:VCARD\r\nTEL:+7 900 000-00-00\r\nEND:VCARD"
    update = await translate(created({"attachments": [
        {"type": "contact", "payload": {"vcf_info": vcf, "max_info": max_user(12345)}}]}), InMemoryTransportMemory())
    assert update is not None and update["message"]["contact"]["user_id"] == 12345  # the handler refuses it


def test_vcard_phone_reads_folded_and_typed_lines() -> None:
    assert vcard_phone("BEGIN:VCARD\nTEL;TYPE=CELL;TYPE=pref:+7 900\r\n 123-45-67\nEND:VCARD") == "+7 900123-45-67"
    assert vcard_phone(None) == "" and vcard_phone("FN:x") == ""


async def test_a_file_becomes_a_document_whose_url_getfile_finds() -> None:
    memory = InMemoryTransportMemory()
    update = await translate(created({"attachments": [
        {"type": "file", "filename": "roadmap.docx", "size": 2048,
         "payload": {"url": "https://files.example/abc", "token": "tok123"}}]}), memory)
    assert update is not None
    document = validated(update).message.document  # type: ignore[union-attr]
    assert document is not None and document.file_name == "roadmap.docx" and document.file_size == 2048
    assert await memory.file_url(document.file_id) == "https://files.example/abc"


async def test_a_button_press_is_a_callback_query_on_the_bots_message() -> None:
    memory = InMemoryTransportMemory()
    keyboard = {"type": "inline_keyboard", "payload": {"buttons": [
        [{"type": "callback", "text": "Русский", "payload": "lang:ru"}],
        [{"type": "link", "text": "Сайт", "url": "https://example.org"}]]}}
    update = await translate({
        "update_type": "message_callback", "timestamp": 1775026702210, "user_locale": "en",
        "callback": {"timestamp": 1775026702210, "callback_id": "f9LHodD0", "payload": "lang:ru", "user": max_user()},
        "message": {"sender": {"user_id": BOT_ID, "first_name": "Bot", "username": "mentor_max_bot", "is_bot": True},
                    "recipient": {"chat_id": DIALOG, "chat_type": "dialog", "user_id": USER},
                    "timestamp": 1775026671403,
                    "body": {"mid": "mid.bot1", "seq": 2, "text": "Выберите язык", "attachments": [keyboard]}},
    }, memory)
    assert update is not None
    query = validated(update).callback_query
    assert query is not None and query.id == "f9LHodD0" and query.data == "lang:ru"
    assert query.from_user.id == USER and query.from_user.language_code == "en"
    assert query.message is not None and query.message.chat.id == USER
    assert await memory.message_mid(query.message.message_id) == "mid.bot1"
    markup = query.message.reply_markup  # type: ignore[union-attr]
    assert markup is not None and markup.inline_keyboard[0][0].callback_data == "lang:ru"
    assert markup.inline_keyboard[1][0].url == "https://example.org"


# ---------------------------------------------------------------------------------------------- outgoing

def dumped(markup: Any) -> Json:
    return markup.model_dump(exclude_none=True)  # type: ignore[no-any-return]


def test_an_inline_keyboard_becomes_callback_and_link_buttons() -> None:
    markup = InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text="✅ Согласен(на)", callback_data="c:1:y"),
         InlineKeyboardButton(text="Профиль", url="tg://user?id=5")],  # nothing MAX can open: dropped
        [InlineKeyboardButton(text="Сайт", url="https://example.org")]])
    assert outgoing.keyboard(dumped(markup)) == [{"type": "inline_keyboard", "payload": {"buttons": [
        [{"type": "callback", "text": "✅ Согласен(на)", "payload": "c:1:y"}],
        [{"type": "link", "text": "Сайт", "url": "https://example.org"}]]}}]


def test_the_share_contact_keyboard_becomes_the_max_contact_button() -> None:
    markup = ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text="📱 Отправить мой номер", request_contact=True)],
                                           [KeyboardButton(text="Пропустить")]], resize_keyboard=True)
    assert outgoing.keyboard(dumped(markup)) == [{"type": "inline_keyboard", "payload": {"buttons": [
        [{"type": "request_contact", "text": "📱 Отправить мой номер"}],
        [{"type": "message", "text": "Пропустить"}]]}}]
    assert outgoing.keyboard({"remove_keyboard": True}) == [] and outgoing.keyboard(None) == []


def test_a_payload_over_1024_bytes_is_refused_before_sending() -> None:
    near = "я" * 512  # 1024 bytes
    assert outgoing.keyboard({"inline_keyboard": [[{"text": "a", "callback_data": near}]]})
    with pytest.raises(outgoing.OutgoingError, match="1024 bytes"):
        outgoing.keyboard({"inline_keyboard": [[{"text": "a", "callback_data": near + "x"}]]})


def test_long_button_texts_are_shortened_to_128_characters() -> None:
    [attachment] = outgoing.keyboard({"inline_keyboard": [[{"text": "ы" * 300, "callback_data": "x"}]]})
    assert len(attachment["payload"]["buttons"][0][0]["text"]) == 128


def test_the_bots_own_telegram_deep_links_name_max() -> None:
    text = ('Ссылка: <a href="https://t.me/Mentor_Max_Bot?start=AbC">https://t.me/Mentor_Max_Bot?start=AbC</a> '
            "и https://t.me/other_bot?start=x")
    assert outgoing.max_links(text, "mentor_max_bot") == (
        'Ссылка: <a href="https://max.ru/mentor_max_bot?start=AbC">https://max.ru/mentor_max_bot?start=AbC</a> '
        "и https://t.me/other_bot?start=x")


def test_a_message_body_is_html_and_refuses_more_than_4000_characters() -> None:
    body = outgoing.message_body("<b>Ваш профиль</b>", "HTML", None, "bot", notify=False, reply_to="mid.1")
    assert body == {"text": "<b>Ваш профиль</b>", "attachments": [], "format": "html", "notify": False,
                    "link": {"type": "reply", "mid": "mid.1"}}
    assert outgoing.message_body("x" * 4000, None, None, None)["text"] == "x" * 4000
    with pytest.raises(outgoing.OutgoingError, match="too long"):
        outgoing.message_body("x" * 4001, None, None, None)


def test_commands_lose_the_slash_and_keep_a_description() -> None:
    assert outgoing.commands([{"command": "start", "description": "Начать"}, {"command": "/help", "description": ""}]) \
        == [{"name": "start", "description": "Начать"}, {"name": "help"}]


# ---------------------------------------------------------------------------------------------- the session

class StubClient:
    """Stands in for MaxClient: records requests, answers from a script (a value, or a MaxError to raise)."""

    api_url = "https://max.invalid"

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, Json, Json | None]] = []
        self.script: dict[tuple[str, str], list[Any]] = {}
        self.uploads: list[tuple[str, str, bytes]] = []

    def answer(self, http: str, path: str, *answers: Any) -> None:
        self.script.setdefault((http, path), []).extend(answers)

    async def request(self, http: str, path: str, *, query: Json | None = None, body: Json | None = None) -> Json:
        self.requests.append((http, path, dict(query or {}), body))
        queued = self.script.get((http, path))
        answer = queued.pop(0) if queued else None
        if isinstance(answer, Exception):
            raise answer
        if answer is not None:
            return answer  # type: ignore[no-any-return]
        if (http, path) == ("GET", "/me"):
            return {"user_id": BOT_ID, "first_name": "Наставничество", "username": "mentor_max_bot", "is_bot": True}
        if (http, path) == ("POST", "/messages"):
            mid = f"mid.s{len(self.requests)}"
            return {"message": {"timestamp": 1775026671403, "recipient": {"chat_id": DIALOG, "chat_type": "dialog"},
                                "body": {"mid": mid, "seq": 1, "text": (body or {}).get("text")}}}
        return {"success": True}

    async def upload(self, kind: str, filename: str, content: bytes) -> Json:
        self.uploads.append((kind, filename, content))
        return {"photos": {"a": {"token": "ph"}}} if kind == "image" else {"token": "ft"}

    async def close(self) -> None:
        pass


@pytest.fixture
def client() -> StubClient:
    return StubClient()


@pytest.fixture
async def max_bot(client: StubClient) -> Bot:
    async def no_sleep(seconds: float) -> None:
        pass

    session = MaxSession(client, sleep=no_sleep)  # type: ignore[arg-type]
    return make_bot(f"{BOT_ID}:max", session=session, retry=_no_retry())


def _no_retry() -> Any:
    from bot.telegram import RetryAfterMiddleware

    return RetryAfterMiddleware(attempts=1)


def sent(client: StubClient, http: str = "POST", path: str = "/messages") -> list[tuple[Json, Json | None]]:
    return [(q, b) for h, p, q, b in client.requests if (h, p) == (http, path)]


async def test_send_message_goes_to_the_user_id_in_html_with_the_keyboard(max_bot: Bot, client: StubClient) -> None:
    markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Да", callback_data="y")]])
    message = await max_bot.send_message(USER, "<b>Привет</b>", reply_markup=markup, disable_web_page_preview=True)
    [(query, body)] = sent(client)
    assert query == {"user_id": USER, "disable_link_preview": True}
    assert body == {"text": "<b>Привет</b>", "format": "html", "attachments": [
        {"type": "inline_keyboard", "payload": {"buttons": [[{"type": "callback", "text": "Да", "payload": "y"}]]}}]}
    assert message.chat.id == USER and message.text == "<b>Привет</b>"
    session: MaxSession = max_bot.session  # type: ignore[assignment]
    mid = await session.memory.message_mid(message.message_id)
    assert mid is not None and await session.memory.sent_text(mid) == SentText("<b>Привет</b>", "html")


async def test_edits_and_deletes_name_the_max_message_id(max_bot: Bot, client: StubClient) -> None:
    message = await max_bot.send_message(USER, "Шаг 1")
    mid = sent(client)[0][1] and f"mid.s{len(client.requests)}"
    markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Дальше", callback_data="n")]])
    await max_bot.edit_message_reply_markup(chat_id=USER, message_id=message.message_id, reply_markup=markup)
    await max_bot.edit_message_text("Шаг 2", chat_id=USER, message_id=message.message_id)
    await max_bot.delete_message(USER, message.message_id)
    puts = sent(client, "PUT")
    # a keyboard-only edit sends the text again (MAX replaces the body); a text edit without keyboard removes it
    assert puts[0] == ({"message_id": mid}, {"attachments": [{"type": "inline_keyboard", "payload": {
        "buttons": [[{"type": "callback", "text": "Дальше", "payload": "n"}]]}}], "text": "Шаг 1", "format": "html"})
    assert puts[1] == ({"message_id": mid}, {"text": "Шаг 2", "attachments": [], "format": "html"})
    assert sent(client, "DELETE") == [({"message_id": mid}, None)]
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await max_bot.edit_message_text("?", chat_id=USER, message_id=999)


async def test_a_callback_answer_is_a_notification_even_when_an_alert_was_asked(max_bot: Bot,
                                                                                client: StubClient) -> None:
    await max_bot.answer_callback_query("cb1", "Ссылка устарела", show_alert=True)
    await max_bot.answer_callback_query("cb2")
    assert sent(client, "POST", "/answers") == [({"callback_id": "cb1"}, {"notification": "Ссылка устарела"}),
                                                ({"callback_id": "cb2"}, {})]


async def test_documents_and_photos_are_uploaded_then_sent_by_token(max_bot: Bot, client: StubClient) -> None:
    message = await max_bot.send_document(USER, BufferedInputFile(b"PK\x03\x04", "order.docx"), caption="Приказ")
    await max_bot.send_photo(USER, BufferedInputFile(b"\x89PNG", "chart.png"))
    assert client.uploads == [("file", "order.docx", b"PK\x03\x04"), ("image", "chart.png", b"\x89PNG")]
    bodies = [b for _, b in sent(client)]
    assert bodies[0] == {"text": "Приказ", "format": "html", "attachments": [{"type": "file",
                                                                             "payload": {"token": "ft"}}]}
    assert bodies[1]["attachments"] == [{"type": "image", "payload": {"photos": {"a": {"token": "ph"}}}}]
    assert message.document is not None and message.document.file_name == "order.docx"
    assert message.caption == "Приказ"


async def test_a_file_still_processed_by_max_is_sent_again_after_a_pause(max_bot: Bot, client: StubClient) -> None:
    client.answer("POST", "/messages", MaxError(400, "attachment.not.ready"), MaxError(400, "attachment.not.ready"))
    await max_bot.send_document(USER, BufferedInputFile(b"x", "a.txt"))
    assert len(sent(client)) == 3


async def test_menus_per_chat_or_language_have_no_max_counterpart(max_bot: Bot, client: StubClient) -> None:
    commands = [BotCommand(command="start", description="Начать")]
    assert await max_bot.set_my_commands(commands, BotCommandScopeChat(chat_id=USER))
    assert await max_bot.set_my_commands(commands, language_code="en")
    assert await max_bot.get_my_commands(scope=BotCommandScopeChat(chat_id=USER)) == []
    assert await max_bot.delete_my_commands(BotCommandScopeChat(chat_id=USER))
    assert not [r for r in client.requests if r[0] == "PATCH"]
    # the one global list: PATCH /me/commands, or PATCH /me where the API has no /me/commands
    client.answer("PATCH", "/me/commands", MaxError(404, "not.found"))
    assert await max_bot.set_my_commands(commands)
    assert [r[1:] for r in client.requests if r[0] == "PATCH"] == [
        ("/me/commands", {}, {"commands": [{"name": "start", "description": "Начать"}]}),
        ("/me", {}, {"commands": [{"name": "start", "description": "Начать"}]})]
    client.answer("GET", "/me", {"user_id": BOT_ID, "first_name": "B", "commands": [{"name": "help"}]})
    assert [(c.command, c.description) for c in await max_bot.get_my_commands()] == [("help", "help")]


async def test_chat_actions_go_to_the_dialog_once_it_is_known(max_bot: Bot, client: StubClient) -> None:
    assert await max_bot.send_chat_action(USER, "upload_document")
    assert not sent(client, "POST", f"/chats/{DIALOG}/actions")  # no dialog known yet: nothing to show it in
    session: MaxSession = max_bot.session  # type: ignore[assignment]
    await session.memory.remember_dialog(USER, DIALOG)
    assert await max_bot.send_chat_action(USER, "upload_document")
    assert sent(client, "POST", f"/chats/{DIALOG}/actions") == [({}, {"action": "sending_file"})]


async def test_updates_are_long_polled_with_the_marker_of_the_previous_answer(max_bot: Bot,
                                                                             client: StubClient) -> None:
    started = {"update_type": "bot_started", "timestamp": 1, "chat_id": DIALOG, "user": max_user()}
    client.answer("GET", "/updates", {"updates": [started, {"update_type": "dialog_muted", "timestamp": 1}],
                                      "marker": 42}, {"updates": [started], "marker": 43})
    first = await max_bot.get_updates(timeout=10)
    second = await max_bot.get_updates(offset=first[-1].update_id + 1, timeout=10)
    queries = [q for q, _ in sent(client, "GET", "/updates")]
    assert "marker" not in queries[0] and queries[1]["marker"] == 42
    assert queries[0]["types"] == "message_created,message_callback,bot_started" and queries[0]["timeout"] == 10
    assert [u.update_id for u in first + second] == [1, 2]  # the skipped update takes no number


@pytest.mark.parametrize(("error", "raised", "delivery"), [
    (MaxError(403, "chat.denied", "bot is blocked"), TelegramForbiddenError, Delivery.BLOCKED),
    (MaxError(404, "chat.not.found", "dialog not found"), TelegramBadRequest, Delivery.GONE),
    (MaxError(400, "proto.payload", "bad"), TelegramBadRequest, Delivery.REJECTED),
    (MaxError(503, "service.unavailable"), TelegramServerError, Delivery.RETRY),
    (MaxError(401, "verify.token", "Invalid access_token"), TelegramUnauthorizedError, Delivery.RETRY),
    (MaxNetworkError("ClientConnectorError"), TelegramNetworkError, Delivery.RETRY),
])
async def test_max_errors_are_aiograms_and_the_notifier_reads_them_as_for_telegram(
        max_bot: Bot, client: StubClient, error: Exception, raised: type[Exception], delivery: Delivery) -> None:
    client.answer("POST", "/messages", error)
    with pytest.raises(raised) as info:
        await max_bot.send_message(USER, "Напоминание")
    assert classify(info.value) is delivery  # type: ignore[arg-type]


async def test_429_has_no_retry_after_in_max_so_the_session_backs_off(max_bot: Bot, client: StubClient) -> None:
    client.answer("POST", "/messages", *[MaxError(429, "too.many.requests")] * 7)
    pauses = []
    for _ in range(7):
        with pytest.raises(TelegramRetryAfter) as info:
            await max_bot.send_message(USER, "x")
        pauses.append(info.value.retry_after)
    assert pauses == [1, 2, 4, 8, 16, 30, 30]
    await max_bot.send_message(USER, "x")  # a success resets the backoff
    client.answer("POST", "/messages", MaxError(429, "too.many.requests"))
    with pytest.raises(TelegramRetryAfter) as info:
        await max_bot.send_message(USER, "x")
    assert info.value.retry_after == 1


async def test_methods_max_lacks_fail_as_bad_requests(max_bot: Bot, client: StubClient) -> None:
    with pytest.raises(TelegramBadRequest, match="not available in MAX"):
        await max_bot.send_location(USER, 56.85, 35.9)
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await max_bot.send_message("@channel", "x")
    with pytest.raises(TelegramBadRequest, match="own file ids only"):
        await max_bot.send_document(USER, "https://example.org/a.pdf")
    assert not client.requests


async def test_memory_forgets_its_oldest_entries_past_the_limit() -> None:
    memory = InMemoryTransportMemory(limit=2)
    numbers = [await memory.message_number(f"mid.{i}") for i in range(3)]
    assert await memory.message_mid(numbers[0]) is None and await memory.message_mid(numbers[2]) == "mid.2"


def test_a_text_longer_than_max_takes_is_split_between_lines() -> None:
    lines = [f"<b>{i:04d}</b> " + "ж" * 80 for i in range(100)]  # about 9,000 characters
    parts = outgoing.split_text("\n".join(lines))
    assert len(parts) == 3 and all(len(p) <= 4000 for p in parts)
    assert "\n".join(parts) == "\n".join(lines)  # nothing lost, every line whole (its tags with it)
    assert outgoing.split_text("short") == ["short"] and outgoing.split_text("") == [""]
    assert outgoing.split_text("x" * 9000) == ["x" * 4000, "x" * 4000, "x" * 1000]
    shortened = outgoing.shorten("\n".join(lines))
    assert len(shortened) <= 4000 and shortened.endswith("\n…") and shortened.startswith(lines[0])


async def test_a_long_screen_goes_as_several_messages_with_the_keyboard_under_the_last(max_bot: Bot,
                                                                                       client: StubClient) -> None:
    markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="›", callback_data="p:1")]])
    text = "\n".join(f"{i}. Иванова Мария Петровна — математика, 20 лет" for i in range(120))
    message = await max_bot.send_message(USER, text, reply_markup=markup)
    bodies = [b for _, b in sent(client)]
    assert len(bodies) == 2 and "\n".join(b["text"] for b in bodies) == text  # type: ignore[index]
    assert bodies[0]["attachments"] == [] and bodies[0]["notify"] is False  # type: ignore[index]
    assert bodies[1]["attachments"] and "notify" not in bodies[1]  # type: ignore[operator,index]
    assert message.reply_markup is not None  # aiogram gets the last part, the one with the keyboard
    await max_bot.edit_message_text(text, chat_id=USER, message_id=message.message_id)
    [(_, edited)] = sent(client, "PUT")
    assert edited is not None and len(edited["text"]) <= 4000 and edited["text"].endswith("…")
