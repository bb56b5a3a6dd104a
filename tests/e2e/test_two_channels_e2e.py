"""Both transports at once, in one process: what ``bot start`` runs with BOT_TOKEN and MAX_TOKEN (``open_bots``,
``build_dispatcher`` over both bots, aiogram's polling of both) against the fake Telegram Bot API and the fake MAX
Bot API over HTTP. A coordinator in Telegram invites a mentee who joins in MAX by the MAX deep link, pairs them with
a mentor in Telegram; the proposal reaches each in their own messenger and the mentee confirms it in MAX. Every
step waits for an event of the fakes, never for time."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_dispatcher
from bot.cli import open_bots
from bot.clock import SystemClock
from bot.config import Settings, load_settings
from bot.sandbox.fake_api import Call, FakeBotAPI
from bot.services.access import Actor
from bot.services.organisations import OrganisationService, OrgDraft
from bot.telegram import RateLimiter
from storage.banks import BankRepo
from storage.db import Database
from storage.migrate import migrate
from storage.models import Account, Channel, OrgKind, PersonStatus, Role
from storage.persons import PersonRepo
from storage.questionnaires import AnswerRepo
from storage.repositories import Repositories
from tests.e2e.fake_max_api import FakeMaxAPI
from tests.e2e.test_max_e2e import MaxUser

ADMIN_ID = 1000  # Telegram
COORDINATOR_ID = 2000  # Telegram
MENTOR_ID = 3000  # Telegram
MENTEE_ID = 3000  # MAX: the same number as the mentor, someone else
WAIT = 10.0


class TelegramUser:
    def __init__(self, api: FakeBotAPI, user_id: int) -> None:
        self.api = api
        self.id = user_id
        self._seen: set[int] = set()

    def _push(self, update: dict[str, Any]) -> None:
        self._seen = {id(call) for call in self.api.calls}
        self.api.push_update(update)

    def send(self, text: str) -> None:
        self._push(self.api.message_update(self.id, text))

    async def expect(self, *fragments: str, method: str = "sendMessage") -> Call:
        """The next new message (``editMessageText``: an edited one) to this user with every fragment."""
        def mine(call: Call) -> bool:
            text = call.params.get("text")
            return (id(call) not in self._seen and call.ok and call.params.get("chat_id") == self.id
                    and isinstance(text, str) and all(f in text for f in fragments))

        return await self.api.wait_for(method, mine, timeout=WAIT)

    def click(self, label: str) -> None:
        """Press the inline button with ``label`` on the latest message (sent or edited) that shows it."""
        for call in reversed(self.api.calls):
            markup = call.params.get("reply_markup")
            if (call.method not in ("sendMessage", "editMessageText") or call.params.get("chat_id") != self.id
                    or not call.ok or not isinstance(markup, dict)):
                continue
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if label in button.get("text", "") and "callback_data" in button:
                        message_id = call.params.get("message_id") or call.result["message_id"]
                        self._push(self.api.callback_update(self.id, button["callback_data"], message_id))
                        return
        raise AssertionError(f"no inline button {label!r} was shown to {self.id}")


async def seed(db: Database) -> None:
    """A school with a coordinator and an approved mentor, both in Telegram (registration has its own tests)."""
    now = datetime.now(UTC)
    org = await OrganisationService(db, Repositories.on(db), SystemClock()).create(
        Actor(Account.telegram(ADMIN_ID), is_admin=True),
        OrgDraft("МБОУ «Лицей № 2»", OrgKind.SCHOOL, "Europe/Moscow", "г. Тверь, ул. Лицейская, 2"))
    persons, answers = PersonRepo(db), AnswerRepo(db)
    async with db.transaction():
        ids = {}
        for tg, name, role in ((COORDINATOR_ID, "Смирнова Ольга Ивановна", Role.COORDINATOR),
                               (MENTOR_ID, "Иванова Мария Петровна", Role.MENTOR_CANDIDATE)):
            pid = await persons.create(org.id, Account.telegram(tg), "ru", PersonStatus.ACTIVE, False, now)
            await persons.update_fields(pid, now, full_name=name, position="учитель", subject="математика",
                                        experience_years=20)
            await persons.add_role(pid, role, None, now)
            ids[tg] = pid
        set_id = await answers.create("potential_mentor", 1, ids[MENTOR_ID], org.id, None, "experience_years", now)
        for key, value in {"experience_years": 20, "subjects": "Математика", "competencies": ["methodology"],
                           "forms": ["teacher_teacher"], "capacity": 2, "levels": ["basic"]}.items():
            await answers.save_answer(set_id, key, value, now)
        await answers.move(set_id, "submitted", None, now)
        await BankRepo(db).set_selection(ids[MENTOR_ID], "approved", None, None, ids[COORDINATOR_ID], now)


async def mentee_request(db: Database) -> None:
    """The MAX mentee's professional requests (the questionnaire has its own tests)."""
    now = datetime.now(UTC)
    person = await PersonRepo(db).by_account(Account(Channel.MAX, MENTEE_ID))
    assert person is not None
    answers = AnswerRepo(db)
    async with db.transaction():
        set_id = await answers.create("mentee_request_teacher", 1, person.id, person.org_id, None,
                                      "experience_years", now)
        for key, value in {"experience_years": 1, "difficulties": ["methodology"],
                           "preferred_form": "teacher_teacher"}.items():
            await answers.save_answer(set_id, key, value, now)
        await answers.move(set_id, "submitted", None, now)


@pytest.fixture
async def fakes() -> AsyncIterator[tuple[FakeBotAPI, FakeMaxAPI]]:
    async with FakeBotAPI() as telegram, FakeMaxAPI() as max_api:
        yield telegram, max_api


@pytest.fixture
async def running(fakes: tuple[FakeBotAPI, FakeMaxAPI], tmp_path: Path) -> AsyncIterator[Database]:
    telegram, max_api = fakes
    settings: Settings = load_settings(
        _env_file=None, bot_token=telegram.token, telegram_api_url=telegram.base_url, max_token=max_api.token,
        max_api_url=max_api.base_url, database_path=tmp_path / "both.sqlite3", admin_ids=str(ADMIN_ID))
    async with Database(settings.database_path) as db:
        await migrate(db)
        await seed(db)
        # what run_command does with both tokens: a bot per channel, each paced on its own, one dispatcher
        limiters = {channel: RateLimiter() for channel in settings.channels}
        bots = await open_bots(settings, limiters)
        assert set(bots) == {Channel.TELEGRAM, Channel.MAX}
        dp = build_dispatcher(settings, db, list(bots.values()), rate_limiter=limiters, with_scheduler=False)
        polling = asyncio.create_task(dp.start_polling(*bots.values(), handle_signals=False, polling_timeout=1))
        try:
            await telegram.wait_for("getUpdates", timeout=WAIT)
            await max_api.wait_for(lambda: max_api.calls_of("GET /updates"), WAIT)
            yield db
        finally:
            await dp.stop_polling()
            await asyncio.wait_for(polling, WAIT)
            for bot in bots.values():
                await bot.session.close()


async def test_a_telegram_coordinator_pairs_a_max_mentee(fakes: tuple[FakeBotAPI, FakeMaxAPI],
                                                         running: Database) -> None:
    telegram, max_api = fakes
    coordinator = TelegramUser(telegram, COORDINATOR_ID)
    mentor = TelegramUser(telegram, MENTOR_ID)
    mentee = MaxUser(max_api, MENTEE_ID)

    # the coordinator's invite names a link for each messenger
    coordinator.send("/invite")
    await coordinator.expect("Кого вы приглашаете")
    coordinator.click("Наставляемый педагог")
    await coordinator.expect("Сколько дней будет действовать", method="editMessageText")
    coordinator.click("7")
    await coordinator.expect("Сколько человек смогут", method="editMessageText")
    coordinator.click("30")
    made = await coordinator.expect("Ссылка готова", "MAX: https://max.ru/")
    match = re.search(rf"MAX: https://max\.ru/{max_api.username}\?start=([A-Za-z0-9_-]+)", made.params["text"])
    assert match and f"Telegram: https://t.me/{telegram.username}?start={match.group(1)}" in made.params["text"]

    # the mentee joins in MAX by the MAX deep link (MAX delivers bot_started with the payload)
    mentee.start(match.group(1))
    await mentee.expect("Выберите язык")
    mentee.click("Русский")
    await mentee.expect("Согласие на обработку персональных данных")
    mentee.click("Согласен")
    await mentee.expect("Шаг 1 из 5")
    mentee.send("Петров Павел Андреевич")
    await mentee.expect("Шаг 2 из 5")
    mentee.send("учитель математики")
    await mentee.expect("Шаг 3 из 5")
    mentee.send("математика")
    await mentee.expect("Шаг 4 из 5")
    mentee.send("1")
    await mentee.expect("Шаг 5 из 5")
    mentee.send("Пропустить")  # the keyboard's «skip» button sends its text
    await mentee.expect("Регистрация завершена")
    await coordinator.expect("Зарегистрировался новый участник", "Петров Павел Андреевич")  # told in Telegram
    await mentee_request(running)

    # the coordinator (Telegram) pairs the Telegram mentor with the MAX mentee
    coordinator.send("/mentees")
    await coordinator.expect("База наставляемых", "Петров Павел Андреевич")
    coordinator.click("Петров Павел")
    await coordinator.expect("наставляемый педагог")
    coordinator.click("Подобрать наставника")
    await coordinator.expect("Кого предложить в наставники", "Иванова Мария Петровна")
    coordinator.click("Выбрать 1")
    await coordinator.expect("форму наставничества")
    coordinator.click("учитель – учитель")
    await coordinator.expect("До какого числа")
    coordinator.click("До конца учебного года")
    await coordinator.expect("Проверьте пару")
    coordinator.click("Отправить предложение")
    await coordinator.expect("Предложение пары № 1 отправлено")

    # the proposal reaches each in their own messenger; each confirms there
    await mentor.expect("Вам предложена наставническая пара")
    mentor.click("Открыть")
    await mentor.expect("Согласие на выполнение обязанностей наставника")
    mentor.click("Согласен")
    await mentor.expect("Ждём ответа")
    await mentee.expect("Вам предложена наставническая пара")
    mentee.click("Открыть")
    await mentee.expect("Согласие на участие в наставнической паре")
    mentee.click("Согласен")
    await mentee.expect("пара начала работу")
    await mentor.expect("Наставническая пара утверждена")  # a notice, to the mentor in Telegram

    # nothing crossed over: the MAX user 3000 and the Telegram user 3000 are different people
    assert not [c for c in telegram.calls_of("sendMessage") if "Петров" in str(c.params.get("text"))
                and c.params.get("chat_id") == MENTEE_ID and "Согласие на участие" in str(c.params.get("text"))]
    assert all("user_id" in c.query for c in max_api.calls_of("POST /messages"))
    pair = await running.fetchone("SELECT status FROM pairs WHERE id = 1")
    assert pair is not None and pair["status"] == "active"
    # each confirmed the version of their own messenger: the mentor's consent names none (v4 in both), the mentee's
    # pair consent in MAX is its MAX version (v4; Telegram's is v3)
    given = await running.fetchall("SELECT kind, version, actor_channel FROM consent_events"
                                   " WHERE pair_id = 1 AND action = 'given' ORDER BY kind")
    assert [tuple(r) for r in given] == [("mentee_pair", "6", "max"), ("mentoring", "5", "telegram")]
