"""End to end in MAX: the real Dispatcher (``build_dispatcher``) and aiogram's real polling loop, in process, on a
MAX session, against the fake MAX Bot API over HTTP. The people are MAX users; what they see is what the fake
received, what they do are MAX updates (``bot_started`` with a deep-link payload, messages, button presses, the
contact button's vCard)."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot

from bot.app import build_dispatcher
from bot.channels import open_max_bot
from bot.clock import SystemClock
from bot.config import Settings
from bot.services.access import Actor
from bot.services.organisations import OrganisationService, OrgDraft
from storage.db import Database
from storage.migrate import migrate
from storage.models import Account, OrgKind
from storage.repositories import Repositories
from tests.conftest import settings_env_names
from tests.e2e.fake_max_api import FakeMaxAPI, Message

REPO_ROOT = Path(__file__).resolve().parents[2]
ADMIN_ID = 41_000_001  # MAX user ids
COORDINATOR_ID = 41_000_002
WAIT = 10.0


class MaxUser:
    def __init__(self, api: FakeMaxAPI, user_id: int) -> None:
        self.api = api
        self.id = user_id
        self._seen: set[str] = set()

    def _mark(self) -> None:
        self._seen = {m.mid for m in self.api.sent_to(self.id)}

    async def expect(self, *fragments: str) -> Message:
        """The next message the bot sends this person containing every fragment."""
        def found() -> Message | None:
            for message in self.api.sent_to(self.id):
                if message.mid not in self._seen and all(f in (message.text or "") for f in fragments):
                    return message
            return None

        try:
            return await self.api.wait_for(found, WAIT)  # type: ignore[no-any-return]
        except TimeoutError:
            texts = [m.text for m in self.api.sent_to(self.id)]
            raise AssertionError(f"no message with {fragments} to {self.id}; sent: {texts}") from None

    def start(self, payload: str | None = None) -> None:
        self._mark()
        self.api.bot_started(self.id, payload)

    def send(self, text: str) -> None:
        self._mark()
        self.api.message(self.id, text)

    def share_contact(self, phone: str) -> None:
        self._mark()
        self.api.contact(self.id, phone)

    def button(self, label: str, kind: str = "callback") -> tuple[Message, dict[str, Any]]:
        for message in reversed(self.api.sent_to(self.id)):
            for button in message.buttons():
                if label in button["text"] and button["type"] == kind:
                    return message, button
        raise AssertionError(f"no {kind} button {label!r} was shown to {self.id}")

    def click(self, label: str) -> None:
        message, button = self.button(label)
        self._mark()
        self.api.press(self.id, message, button["payload"])


@pytest.fixture
async def api() -> AsyncIterator[FakeMaxAPI]:
    async with FakeMaxAPI() as fake:
        yield fake


@pytest.fixture
async def running(api: FakeMaxAPI, tmp_path: Path) -> AsyncIterator[tuple[Bot, Path]]:
    """The bot polling MAX, with one organisation made before it starts."""
    db_path = tmp_path / "max.sqlite3"
    settings = Settings(_env_file=None, max_token=api.token, max_api_url=api.base_url,  # type: ignore[call-arg]
                        database_path=db_path, admin_ids=str(ADMIN_ID))
    async with Database(db_path) as db:
        await migrate(db)
        await OrganisationService(db, Repositories.on(db), SystemClock()).create(
            Actor(Account.telegram(ADMIN_ID), is_admin=True),
            OrgDraft("МБОУ «СОШ № 7»", OrgKind.SCHOOL, "Europe/Moscow", "170100, г. Тверь, ул. Школьная, д. 7"))
        assert settings.max_token is not None
        bot = await open_max_bot(settings.max_token.get_secret_value(), settings.max_api_url)
        dp = build_dispatcher(settings, db, bot, with_scheduler=False)
        polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
        try:
            await api.wait_for(lambda: api.calls_of("GET /updates"), WAIT)
            yield bot, db_path
        finally:
            await dp.stop_polling()
            await asyncio.wait_for(polling, WAIT)
            await bot.session.close()


async def test_a_coordinator_joins_by_a_max_deep_link(api: FakeMaxAPI, running: tuple[Bot, Path]) -> None:
    bot, db_path = running
    assert bot.id == api.bot_id  # the aiogram bot is the MAX bot (its id keys the FSM states)
    full_name, phone = "Смирнова Ольга Ивановна", "+7 900 123-45-67"

    # the super-admin takes a coordinator link in MAX: a MAX deep link, not a Telegram one
    admin = MaxUser(api, ADMIN_ID)
    admin.send("/orgs")
    await admin.expect("МБОУ «СОШ № 7»")
    admin.click("Ссылка для куратора")
    link = await admin.expect("https://max.ru/")
    assert link.format == "html" and "t.me/" not in (link.text or "")
    match = re.search(rf"https://max\.ru/{api.username}\?start=([A-Za-z0-9_-]+)", link.text or "")
    assert match, link.text
    token = match.group(1)

    # the coordinator opens it: MAX sends bot_started with the payload, the bot sees `/start <token>`
    coordinator = MaxUser(api, COORDINATOR_ID)
    coordinator.start(token)
    await coordinator.expect("Выберите язык")
    coordinator.click("Русский")
    await coordinator.expect("Согласие на обработку персональных данных")
    coordinator.click("✅ Согласен(на)")
    await coordinator.expect("Шаг 1 из 5", "фамилию, имя и отчество")
    coordinator.send(full_name)
    await coordinator.expect("Шаг 2 из 5", "должность")
    coordinator.send("учитель математики")
    await coordinator.expect("Шаг 3 из 5")
    coordinator.send("математика")
    await coordinator.expect("Шаг 4 из 5", "стаж")
    coordinator.send("3")
    phone_step = await coordinator.expect("Шаг 5 из 5", "телефон")
    # Telegram's «share contact» keyboard is MAX's contact button (and «skip» a button that sends its text)
    assert {b["type"] for b in phone_step.buttons()} == {"request_contact", "message"}
    coordinator.share_contact(phone)
    await coordinator.expect("Регистрация завершена")
    await coordinator.expect("Ваш профиль", full_name)

    # every button press was answered (POST /answers), every message went to the user id, never to a chat id
    presses = [c for c in api.calls if c.op == "POST /answers"]
    assert len(presses) == 3 and all(c.ok for c in presses)
    sends = api.calls_of("POST /messages")
    assert sends and all("user_id" in c.query and "chat_id" not in c.query for c in sends)
    assert all(c.ok for c in api.calls if c.op != "GET /updates"), [c for c in api.calls if not c.ok]
    # one global command list (per-person menus have no MAX counterpart)
    assert {"start", "help"} <= {c["name"] for c in api.commands}

    conn = sqlite3.connect(db_path)
    try:
        person = conn.execute("SELECT status, full_name, phone FROM persons WHERE id = (SELECT person_id FROM accounts"
                              " WHERE channel = 'max' AND external_id = ?)",
                              (COORDINATOR_ID,)).fetchall()
    finally:
        conn.close()
    assert person == [("active", full_name, "+79001234567")]


async def test_python_m_bot_runs_in_max_with_max_token(api: FakeMaxAPI, tmp_path: Path) -> None:
    """`python -m bot` with MAX_TOKEN (and no BOT_TOKEN) polls MAX, answers, and stops cleanly on Ctrl+C."""
    env = {key: value for key, value in os.environ.items() if key.upper() not in settings_env_names()}
    env.update(MAX_TOKEN=api.token, MAX_API_URL=api.base_url, DATABASE_PATH=str(tmp_path / "bot.sqlite3"),
               PYTHONPATH=str(REPO_ROOT), PYTHONUNBUFFERED="1", LOG_LEVEL="INFO")
    stderr_path = tmp_path / "bot.stderr.log"
    with stderr_path.open("wb") as stderr:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
                                                    stdin=asyncio.subprocess.DEVNULL,
                                                    stdout=asyncio.subprocess.DEVNULL, stderr=stderr)
        try:
            await api.wait_for(lambda: api.calls_of("GET /updates") or proc.returncode is not None, 60.0)
            assert proc.returncode is None, stderr_path.read_text()
            guest = MaxUser(api, 41_000_003)
            guest.start()  # the Start button, no payload
            await guest.expect("ссылку-приглашение")
            proc.send_signal(signal.SIGINT)
            assert await asyncio.wait_for(proc.wait(), 15.0) == 0
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    log = stderr_path.read_text(encoding="utf-8")
    assert "Traceback" not in log and api.token not in log, log
    assert f"bot @{api.username} ({api.bot_id}) started" in log
