"""End to end: the real ``python -m bot`` process, long polling over HTTP against the fake Bot API.

Nothing is driven in-process here: the bot is a subprocess configured only through its environment,
the "users" are updates queued in :class:`FakeBotAPI`, and every assertion is about what the bot
sent over HTTP, what it left in the SQLite database and what it wrote to its log.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import re
import signal
import socket
import sqlite3
import sys
from collections.abc import AsyncIterator, Awaitable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any, TypeVar

import aiohttp
import openpyxl
import pytest

from bot.clock import SystemClock
from bot.sandbox.fake_api import Call, FakeBotAPI
from bot.services.access import Actor
from bot.services.invites import new_token
from bot.services.organisations import OrganisationService, OrgDraft
from storage.banks import BankRepo
from storage.db import Database
from storage.invites import InviteRepo
from storage.migrate import migrate
from storage.models import Account, InviteRole, OrgKind, PersonStatus, Role
from storage.persons import PersonRepo
from storage.questionnaires import AnswerRepo
from storage.repositories import Repositories
from tests.conftest import settings_env_names
from tests.flows import BY_TG

REPO_ROOT = Path(__file__).resolve().parents[2]
ADMIN_ID = 1000
COORDINATOR_ID = 2000
TEACHER_ID = 3000
WAIT = 10.0  # seconds for any single reply of the bot
# Seconds from spawning the process to its first getUpdates: importing aiogram alone takes several seconds
# on a small CI machine, more under load. A crash is reported at once, so a generous limit costs nothing.
STARTUP_WAIT = 60.0
EXIT_WAIT = 15.0  # seconds for a graceful stop after SIGINT

# Settings the bot reads from the environment, one per field of bot.config.Settings (pydantic-settings matches
# names case-insensitively): none of them may leak in from the environment pytest runs in.
SETTINGS_VARS = settings_env_names()

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class BotProcess:
    """``python -m bot`` in a subprocess, pointed at the fake API; logs go to a file per run."""

    def __init__(self, api: FakeBotAPI, workdir: Path) -> None:
        self.api = api
        self.workdir = workdir
        self.db_path = workdir / "data" / "bot.sqlite3"
        self.runs = 0
        self.health_port: int | None = None  # HEALTH_PORT: /healthz on 127.0.0.1 while polling
        self.proc: asyncio.subprocess.Process | None = None
        self._stderr_path: Path | None = None
        self._files: list[IO[bytes]] = []

    def env(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if key.upper() not in SETTINGS_VARS}
        env.update(
            BOT_TOKEN=self.api.token,
            TELEGRAM_API_URL=self.api.base_url,
            DATABASE_PATH=str(self.db_path),
            ADMIN_IDS=str(ADMIN_ID),
            LOG_LEVEL="INFO",
            PYTHONPATH=str(REPO_ROOT),
            PYTHONUNBUFFERED="1",
        )
        if self.health_port is not None:
            env["HEALTH_PORT"] = str(self.health_port)
        return env

    async def start(self) -> None:
        assert self.proc is None or self.proc.returncode is not None, "the bot is already running"
        self.runs += 1
        self._stderr_path = self.workdir / f"bot-{self.runs}.stderr.log"
        stdout = (self.workdir / f"bot-{self.runs}.stdout.log").open("wb")
        stderr = self._stderr_path.open("wb")
        self._files += [stdout, stderr]
        earlier = {id(call) for call in self.api.calls}
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=self.workdir,  # no repository .env is read
            env=self.env(),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
        )
        # Polling has started (and aiogram's SIGINT handler is installed) once getUpdates arrives.
        await self.guard(self.api.wait_for("getUpdates", lambda c: id(c) not in earlier, timeout=STARTUP_WAIT))

    def stderr(self) -> str:
        if self._stderr_path is None or not self._stderr_path.exists():
            return ""
        return self._stderr_path.read_text(encoding="utf-8", errors="replace")

    async def guard(self, awaitable: Awaitable[T]) -> T:
        """Await ``awaitable``, failing at once (with the bot's log) if the bot process dies first."""
        assert self.proc is not None
        task = asyncio.ensure_future(awaitable)
        exited = asyncio.ensure_future(self.proc.wait())
        try:
            await asyncio.wait({task, exited}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            exited.cancel()
        if task.done():
            return task.result()
        task.cancel()
        raise AssertionError(f"the bot exited with code {self.proc.returncode}; stderr:\n{self.stderr()}")

    async def handled(self, update: dict[str, Any]) -> None:
        """Wait until aiogram logged that ``update``'s handler has finished (nothing of it is still running)."""
        await self.logged(f"Update id={update['update_id']} is handled")

    async def logged(self, line: str) -> None:
        """Wait until the bot's log has ``line`` (re-read every 50 ms: the log is a file the bot writes)."""
        for _ in range(int(WAIT / 0.05)):
            if line in self.stderr():
                return
            await self.guard(asyncio.sleep(0.05))
        raise AssertionError(f"{line!r} not logged within {WAIT}s; stderr:\n{self.stderr()}")

    async def stop(self) -> int:
        """SIGINT, as Ctrl+C would; returns the exit code."""
        assert self.proc is not None and self.proc.returncode is None, "the bot is not running"
        self.proc.send_signal(signal.SIGINT)
        try:
            code = await asyncio.wait_for(self.proc.wait(), EXIT_WAIT)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise AssertionError(f"no exit within {EXIT_WAIT}s after SIGINT; stderr:\n{self.stderr()}") from None
        self._close_files()
        return code

    async def kill(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()
        self._close_files()

    def _close_files(self) -> None:
        for file in self._files:
            file.close()
        self._files.clear()


class User:
    """One Telegram user talking to the bot through the fake API."""

    def __init__(self, api: FakeBotAPI, bot: BotProcess, user_id: int) -> None:
        self.api = api
        self.bot = bot
        self.id = user_id
        self._seen: set[int] = set()

    def _mark(self) -> None:
        """Replies to what is sent next must be calls recorded after this point."""
        self._seen = {id(call) for call in self.api.calls}

    def _is_new_reply(self, call: Call, *fragments: str) -> bool:
        text = call.params.get("text")
        return (
            id(call) not in self._seen
            and call.ok
            and call.params.get("chat_id") == self.id
            and isinstance(text, str)
            and all(fragment in text for fragment in fragments)
        )

    async def expect(self, *fragments: str) -> Call:
        """The next new message to this user containing every fragment."""
        return await self.bot.guard(
            self.api.wait_for("sendMessage", lambda c: self._is_new_reply(c, *fragments), timeout=WAIT)
        )

    def _push(self, update: dict[str, Any]) -> dict[str, Any]:
        self._mark()
        return self.api.push_update(update)

    def send(self, text: str) -> dict[str, Any]:
        return self._push(self.api.message_update(self.id, text))

    def share_contact(self, phone: str) -> dict[str, Any]:
        return self._push(self.api.contact_update(self.id, phone))

    def click(self, label: str) -> dict[str, Any]:
        """Press the inline button whose text contains ``label`` on the latest message that shows it."""
        for call in reversed(self.api.calls_of("sendMessage")):
            if call.params.get("chat_id") != self.id or not call.ok:
                continue
            markup = call.params.get("reply_markup")
            if not isinstance(markup, dict):
                continue
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if label in button.get("text", "") and "callback_data" in button:
                        return self._push(
                            self.api.callback_update(self.id, button["callback_data"], call.result["message_id"])
                        )
        raise AssertionError(f"no inline button {label!r} was shown to {self.id}")

    async def menu(self) -> Call:
        """The next setMyCommands for this user's chat only (scope ``chat``)."""
        scope = {"type": "chat", "chat_id": self.id}
        return await self.bot.guard(
            self.api.wait_for("setMyCommands", lambda c: c.ok and c.params.get("scope") == scope, timeout=WAIT)
        )

    async def confirmed(self, update: dict[str, Any]) -> None:
        """Wait until the bot confirmed ``update`` (a getUpdates offset past it), so a restart won't replay it."""
        await self.bot.guard(
            self.api.wait_for(
                "getUpdates",
                lambda c: isinstance(c.params.get("offset"), int) and c.params["offset"] > update["update_id"],
                timeout=WAIT,
            )
        )


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bot_process(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[BotProcess]:
    process = BotProcess(api, tmp_path)
    try:
        yield process
    finally:
        await process.kill()


def invite_token(api: FakeBotAPI, text: str) -> str:
    username = api.calls_of("getMe")[0].result["username"]
    match = re.search(rf"https://t\.me/{re.escape(username)}\?start=([A-Za-z0-9_-]+)", text)
    assert match, f"no deep link in {text!r}"
    return match.group(1)


def query(db_path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db_path)
    try:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def assert_clean_log(stderr: str, *secrets: str) -> None:
    assert "Traceback" not in stderr, stderr
    for secret in secrets:
        assert secret not in stderr, f"{secret!r} leaked into the log:\n{stderr}"


def assert_no_apologies(api: FakeBotAPI, *chat_ids: int) -> None:
    """No error replies (internal error, stale button) reached anyone along the way."""
    for chat_id in chat_ids:
        for text in api.sent_texts(chat_id):
            assert "Что-то пошло не так" not in text and "устарела" not in text, (chat_id, text)


async def adult_consents(user: User, token: str) -> None:
    user.send(f"/start {token}")
    await user.expect("Выберите язык")
    user.click("Русский")
    await user.expect("Согласие на обработку персональных данных")
    user.click("✅ Согласен(на)")
    await user.expect("Шаг 1 из 5", "фамилию, имя и отчество")


async def test_coordinator_registers_through_the_running_bot(api: FakeBotAPI, bot_process: BotProcess) -> None:
    full_name, phone = "Смирнова Ольга Ивановна", "+7 900 123-45-67"
    bot_process.health_port = free_port()
    await bot_process.start()

    # 1. The super-admin creates an organisation and takes a coordinator link.
    admin = User(api, bot_process, ADMIN_ID)
    admin.send("/neworg")
    await admin.expect("Название организации")
    admin.send("МБОУ «СОШ № 5»")
    await admin.expect("Тип организации")
    admin.click("Школа")
    await admin.expect("Часовой пояс")
    admin.click("Москва (МСК)")
    await admin.expect("Юридический адрес организации")
    admin.send("170100, г. Тверь, ул. Школьная, д. 1")
    await admin.expect("Проверьте", "МБОУ «СОШ № 5»", "г. Тверь")
    admin.click("✅ Создать")
    await admin.expect("Организация создана")
    admin.click("Ссылка для куратора")
    link = await admin.expect("Ссылка для куратора", "https://t.me/")
    token = invite_token(api, link.params["text"])

    # 2. The coordinator opens the link, agrees and fills in the profile.
    coordinator = User(api, bot_process, COORDINATOR_ID)
    await adult_consents(coordinator, token)
    coordinator.send(full_name)
    await coordinator.expect("Шаг 2 из 5", "должность")
    coordinator.send("учитель математики")
    await coordinator.expect("Шаг 3 из 5")
    coordinator.send("математика")
    await coordinator.expect("Шаг 4 из 5", "стаж")
    coordinator.send("3")
    await coordinator.expect("Шаг 5 из 5", "телефон")
    contact = coordinator.share_contact(phone)
    await coordinator.expect("Регистрация завершена")

    # 3. The coordinator's own menu.
    await coordinator.expect("Ваш профиль", full_name)
    menu = await coordinator.menu()
    names = [command["command"] for command in menu.params["commands"]]
    assert {"invite", "invites", "privacy"} <= set(names), names

    # 4. Polling with HEALTH_PORT: /healthz answers; the bot removed any webhook before its first getUpdates.
    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{bot_process.health_port}/healthz") as r:
        health = await r.json()
    assert r.status == 200 and health["mode"] == "polling" and health["database"] and health["scheduler"]
    names = [call.method for call in api.calls]
    assert names.index("deleteWebhook") < names.index("getUpdates")

    # 5. Ctrl+C: aiogram stops polling and the process exits cleanly.
    await bot_process.handled(contact)
    assert await bot_process.stop() == 0
    assert_clean_log(bot_process.stderr(), full_name, phone, "79001234567", "9001234567")
    assert_no_apologies(api, ADMIN_ID, COORDINATOR_ID)

    person = query(bot_process.db_path, f"SELECT * FROM persons WHERE id = {BY_TG}", (COORDINATOR_ID,))
    assert len(person) == 1
    assert person[0]["status"] == "active" and person[0]["full_name"] == full_name
    assert person[0]["phone"] == "+79001234567"
    roles = query(bot_process.db_path, "SELECT role FROM person_roles WHERE person_id = ?", (person[0]["id"],))
    assert [r["role"] for r in roles] == ["coordinator"]
    consents = query(
        bot_process.db_path,
        "SELECT kind, action, actor_id FROM consent_events WHERE person_id = ?",
        (person[0]["id"],),
    )
    assert [tuple(c) for c in consents] == [("pd", "given", COORDINATOR_ID)]


async def seed_teacher_invite(db_path: Path) -> str:
    """An organisation and a mentee-teacher invite, written before the bot ever starts."""
    token = new_token()
    now = datetime.now(UTC)
    async with Database(db_path) as db:
        await migrate(db)
        admin = Actor(Account.telegram(ADMIN_ID), is_admin=True)
        org = await OrganisationService(db, Repositories.on(db), SystemClock()).create(
            admin, OrgDraft("МБОУ «Лицей № 2»", OrgKind.SCHOOL, "Europe/Moscow", "г. Тверь, ул. Лицейская, 2")
        )
        async with db.transaction():
            await InviteRepo(db).create(
                org.id, token, InviteRole.MENTEE_TEACHER, Account.telegram(ADMIN_ID), now, now + timedelta(days=7), 10
            )
    return token


async def test_registration_survives_a_restart(api: FakeBotAPI, bot_process: BotProcess) -> None:
    full_name = "Кузнецов Пётр Андреевич"
    token = await seed_teacher_invite(bot_process.db_path)
    await bot_process.start()

    teacher = User(api, bot_process, TEACHER_ID)
    await adult_consents(teacher, token)
    name_update = teacher.send(full_name)
    await teacher.expect("Шаг 2 из 5", "должность")
    await bot_process.handled(name_update)
    await teacher.confirmed(name_update)
    assert await bot_process.stop() == 0
    first_log = bot_process.stderr()

    await bot_process.start()
    teacher.send("учитель истории")
    await teacher.expect("Шаг 3 из 5")
    teacher.send("история")
    await teacher.expect("Шаг 4 из 5")
    teacher.send("5")
    await teacher.expect("Шаг 5 из 5")
    skip = teacher.send("Пропустить")
    done = await teacher.expect("Регистрация завершена")
    assert done.params["reply_markup"] == {"remove_keyboard": True}
    await teacher.expect("Ваш профиль", full_name)
    menu = await teacher.menu()
    assert "invite" not in [command["command"] for command in menu.params["commands"]]
    await bot_process.handled(skip)
    assert await bot_process.stop() == 0

    second_log = bot_process.stderr()
    assert f"Update id={name_update['update_id']} " not in second_log, "the restarted bot replayed an update"
    for log in (first_log, second_log):
        assert_clean_log(log, full_name)
    assert_no_apologies(api, TEACHER_ID)
    person = query(bot_process.db_path, f"SELECT * FROM persons WHERE id = {BY_TG}", (TEACHER_ID,))
    assert len(person) == 1
    assert person[0]["status"] == "active" and person[0]["full_name"] == full_name
    assert (person[0]["position"], person[0]["subject"], person[0]["experience_years"], person[0]["phone"]) == (
        "учитель истории",
        "история",
        5,
        None,
    )
    roles = query(bot_process.db_path, "SELECT role FROM person_roles WHERE person_id = ?", (person[0]["id"],))
    assert [r["role"] for r in roles] == ["mentee_teacher"]
    consents = query(bot_process.db_path, "SELECT action FROM consent_events WHERE person_id = ?", (person[0]["id"],))
    assert [c["action"] for c in consents] == ["given"]


MENTOR_ID, MENTEE_ID = 3100, 3200


async def seed_school_with_candidates(db_path: Path) -> None:
    """A coordinator, an approved mentor with a questionnaire and a mentee with a request, before the bot starts
    (registration and questionnaires have their own end-to-end and flow tests)."""
    now = datetime.now(UTC)
    async with Database(db_path) as db:
        await migrate(db)
        admin = Actor(Account.telegram(ADMIN_ID), is_admin=True)
        org = await OrganisationService(db, Repositories.on(db), SystemClock()).create(
            admin, OrgDraft("МБОУ «Лицей № 2»", OrgKind.SCHOOL, "Europe/Moscow", "г. Тверь, ул. Лицейская, 2"))
        persons = PersonRepo(db)
        answers = AnswerRepo(db)
        async with db.transaction():
            ids = {}
            for tg, name, role, subject in ((COORDINATOR_ID, "Смирнова Ольга Ивановна", Role.COORDINATOR, "физика"),
                                            (MENTOR_ID, "Иванова Мария Петровна", Role.MENTOR_CANDIDATE,
                                             "математика"),
                                            (MENTEE_ID, "Петров Павел Андреевич", Role.MENTEE_TEACHER,
                                             "математика")):
                pid = await persons.create(org.id, Account.telegram(tg), "ru", PersonStatus.ACTIVE, False, now)
                await persons.update_fields(pid, now, full_name=name, position="учитель", subject=subject,
                                            experience_years=10)
                await persons.add_role(pid, role, None, now)
                ids[tg] = pid
            for tg, questionnaire, given in (
                    (MENTOR_ID, "potential_mentor", {"experience_years": 20, "subjects": "Математика",
                                                     "competencies": ["methodology"], "forms": ["teacher_teacher"],
                                                     "capacity": 2, "levels": ["basic"]}),
                    (MENTEE_ID, "mentee_request_teacher", {"experience_years": 1, "difficulties": ["methodology"],
                                                           "preferred_form": "teacher_teacher"})):
                set_id = await answers.create(questionnaire, 1, ids[tg], org.id, None, "experience_years", now)
                for key, value in given.items():
                    await answers.save_answer(set_id, key, value, now)
                await answers.move(set_id, "submitted", None, now)
            await BankRepo(db).set_selection(ids[MENTOR_ID], "approved", None, None, ids[COORDINATOR_ID], now)


async def test_a_pair_is_formed_and_logs_a_meeting_through_the_running_bot(api: FakeBotAPI,
                                                                          bot_process: BotProcess) -> None:
    await seed_school_with_candidates(bot_process.db_path)
    await bot_process.start()
    coordinator = User(api, bot_process, COORDINATOR_ID)
    mentor = User(api, bot_process, MENTOR_ID)
    mentee = User(api, bot_process, MENTEE_ID)

    # the coordinator picks the suggested mentor and sends the proposal
    coordinator.send("/mentees")
    await coordinator.expect("База наставляемых", "Петров Павел Андреевич")
    coordinator.click("Петров Павел")
    await coordinator.expect("наставляемый педагог")
    coordinator.click("Подобрать наставника")
    await coordinator.expect("Кого предложить в наставники", "Иванова Мария Петровна", "Предмет: математика")
    coordinator.click("Выбрать 1")
    await coordinator.expect("форму наставничества")
    coordinator.click("учитель – учитель")
    await coordinator.expect("До какого числа")
    coordinator.click("До конца учебного года")
    await coordinator.expect("Проверьте пару")
    coordinator.click("Отправить предложение")
    await coordinator.expect("Предложение пары № 1 отправлено")

    # both agree (separate consents), the pair starts
    await mentor.expect("Вам предложена наставническая пара")
    mentor.click("Открыть")
    await mentor.expect("Согласие на выполнение обязанностей наставника", "351.8")
    mentor.click("Согласен")
    await mentor.expect("Ждём ответа")
    await mentee.expect("Вам предложена наставническая пара")
    mentee.click("Открыть")
    await mentee.expect("Согласие на участие в наставнической паре")
    mentee.click("Согласен")
    await mentee.expect("пара начала работу")

    # the mentor logs a meeting in one line; the mentee confirms it
    mentor.send("/meeting сегодня 45 мин очно организационная Знакомство и план")
    await mentor.expect("Заметки и следующие шаги")
    mentor.click("Пропустить")
    await mentor.expect("Проверьте запись встречи", "Тема: Знакомство и план")
    mentor.click("Сохранить")
    await mentor.expect("Встреча записана")
    await mentee.expect("записала встречу", "Знакомство и план")
    confirm = mentee.click("Да, была")
    await bot_process.handled(confirm)

    # the coordinator downloads the order
    coordinator.send("/pairs")
    await coordinator.expect("№ 1. Иванова Мария Петровна → Петров Павел Андреевич")
    order = coordinator.click("Приказ о закреплении")
    await bot_process.guard(api.wait_for("sendDocument", lambda c: c.ok and c.params.get("chat_id") == COORDINATOR_ID,
                                         timeout=WAIT))
    await bot_process.handled(order)

    # the coordinator's report: the dashboard, then the Excel workbook as uploaded to Telegram
    coordinator.send("/report")
    await coordinator.expect("Программа наставничества", "Пары и группы:</b> 1", "в этом месяце")
    excel = coordinator.click("Выгрузить в Excel")
    upload = await bot_process.guard(api.wait_for(
        "sendDocument", lambda c: c.ok and c.params.get("chat_id") == COORDINATOR_ID
        and c.params["document"].filename == "Учёт наставничества.xlsx", timeout=WAIT))
    await bot_process.handled(excel)
    book = openpyxl.load_workbook(io.BytesIO(upload.params["document"].content))
    meetings = list(book["Встречи"].iter_rows(values_only=True))
    assert meetings[1][2:] == ("организационная", 45, "очно", "Знакомство и план", "наставник", "подтверждена")
    assert [r[1] for r in book["Пары"].iter_rows(min_row=2, values_only=True)] == ["Иванова Мария Петровна"]
    assert await bot_process.stop() == 0
    assert_clean_log(bot_process.stderr(), "Иванова", "Петров", "Знакомство")
    assert_no_apologies(api, COORDINATOR_ID, MENTOR_ID, MENTEE_ID)
    assert [tuple(r) for r in query(bot_process.db_path, "SELECT status FROM meetings")] == [("confirmed",)]
    assert [r["kind"] for r in query(bot_process.db_path, "SELECT kind FROM consent_events WHERE pair_id = 1"
                                     " ORDER BY id")] == ["mentoring", "mentee_pair"]


PUPIL_MENTOR_ID, PUPIL_MENTEE_ID, MENTOR_PARENT_ID, MENTEE_PARENT_ID = 5100, 5200, 5110, 5210


async def seed_school_for_pupils(db_path: Path) -> tuple[str, str]:
    """A school with a coordinator and two invite links: a pupil mentor's and a pupil mentee's."""
    now = datetime.now(UTC)
    tokens = (new_token(), new_token())
    async with Database(db_path) as db:
        await migrate(db)
        admin = Actor(Account.telegram(ADMIN_ID), is_admin=True)
        org = await OrganisationService(db, Repositories.on(db), SystemClock()).create(
            admin, OrgDraft("МБОУ «СОШ № 7»", OrgKind.SCHOOL, "Europe/Moscow", "г. Тверь, ул. Школьная, 7"))
        async with db.transaction():
            pid = await PersonRepo(db).create(org.id, Account.telegram(COORDINATOR_ID), "ru", PersonStatus.ACTIVE,
                                              False, now)
            await PersonRepo(db).update_fields(pid, now, full_name="Смирнова Ольга Ивановна", position="завуч",
                                               subject="физика", experience_years=20)
            await PersonRepo(db).add_role(pid, Role.COORDINATOR, None, now)
            for token, role in zip(tokens, (InviteRole.MENTOR_STUDENT, InviteRole.MENTEE_STUDENT), strict=True):
                await InviteRepo(db).create(org.id, token, role, Account.telegram(COORDINATOR_ID), now,
                                            now + timedelta(days=7), 30)
    return tokens


async def pupil_with_parent(api: FakeBotAPI, bot: BotProcess, pupil_id: int, parent_id: int, token: str,
                            name: str, parent_name: str, as_mentor: bool) -> tuple[User, User]:
    """A minor opens the link, gives a name and forwards the parent link; the parent states who they are and
    consents. Returns the pupil and the parent."""
    pupil, parent = User(api, bot, pupil_id), User(api, bot, parent_id)
    pupil.send(f"/start {token}")
    await pupil.expect("Выберите язык")
    pupil.click("Русский")
    await pupil.expect("18")
    pupil.click("меньше 18")
    screen = await pupil.expect("нужно согласие родителя")
    assert ("наставником" in screen.params["text"]) == as_mentor  # the screen says which side the pupil is on
    pupil.click("Понятно")
    await pupil.expect("фамилию, имя и отчество")
    pupil.send(name)
    link = await pupil.expect("https://t.me/")
    parent_token = invite_token(api, link.params["text"])
    parent.send(f"/start {parent_token}")
    await parent.expect("Выберите язык")
    parent.click("Русский")
    await parent.expect("фамилию, имя и отчество")
    parent.send(parent_name)
    await parent.expect("Кем вы приходитесь ребёнку")
    parent.click("Мать")
    consent = await parent.expect("Согласие родителя", name)
    assert ("базу наставников" in consent.params["text"]) == as_mentor
    parent.click("Согласен")
    await pupil.expect("родитель")  # the child is told the parent agreed
    return pupil, parent


async def answer_everything(user: User, first: Call) -> None:
    """Answer a questionnaire to the end by its buttons (a middle mark, «Да», skipping optional texts), submit."""
    shown = first
    for _ in range(40):
        text = shown.params["text"]
        if "Проверьте ответы" in text or "Проверь ответы" in text:  # a pupil is spoken to with «ты»
            user.click("Отправить анкету")
            await user.expect("Спасибо! Анкета")
            return
        labels = [b["text"] for row in (shown.params.get("reply_markup") or {}).get("inline_keyboard", [])
                  for b in row]
        if "8" in labels:
            user.click("8")
        elif "Да" in labels:
            user.click("Да")
        elif any("Пропустить" in label for label in labels):
            user.click("Пропустить")
        else:
            raise AssertionError(f"an unexpected question: {text!r} {labels}")
        shown = await user.expect()
    raise AssertionError("the questionnaire never ended")


async def test_a_pupil_mentors_a_younger_pupil_with_both_parents_consent(api: FakeBotAPI,
                                                                       bot_process: BotProcess) -> None:
    """Issue 15: a 15-year-old pupil mentor (a parent's consent) mentors a 12-year-old whose parent confirms the
    pair; a meeting is logged; the pair ends with the pupils' satisfaction surveys."""
    mentor_token, mentee_token = await seed_school_for_pupils(bot_process.db_path)
    await bot_process.start()
    coordinator = User(api, bot_process, COORDINATOR_ID)
    mentor, mentor_parent = await pupil_with_parent(api, bot_process, PUPIL_MENTOR_ID, MENTOR_PARENT_ID,
                                                    mentor_token, "Волков Илья Андреевич",
                                                    "Волкова Анна Сергеевна", as_mentor=True)
    mentee, mentee_parent = await pupil_with_parent(api, bot_process, PUPIL_MENTEE_ID, MENTEE_PARENT_ID,
                                                    mentee_token, "Петров Павел Андреевич",
                                                    "Петрова Елена Викторовна", as_mentor=False)
    # the pupils' questionnaires (the questionnaire engine has its own end-to-end and flow tests)
    conn = sqlite3.connect(bot_process.db_path)
    try:
        now = datetime.now(UTC).isoformat()
        for tg, questionnaire, answers in (
                (PUPIL_MENTOR_ID, "mentor_student", {"grade": "grade_9", "help_with": ["studies"],
                                                     "subjects": "Математика", "interests": "шахматы",
                                                     "levels": ["basic"], "capacity": 1}),
                (PUPIL_MENTEE_ID, "mentee_request_student", {"grade": "grade_5_7", "help_with": ["studies"],
                                                             "subjects": "математика",
                                                             "preferred_mentor": "senior_student"})):
            person_id, org_id = conn.execute(f"SELECT id, org_id FROM persons WHERE id = {BY_TG}",
                                             (tg,)).fetchone()
            cur = conn.execute("INSERT INTO answer_sets (questionnaire_id, version, person_id, org_id, status,"
                               " current_question, started_at, updated_at, submitted_at) VALUES"
                               " (?, 1, ?, ?, 'submitted', NULL, ?, ?, ?)",
                               (questionnaire, person_id, org_id, now, now, now))
            for key, value in answers.items():
                conn.execute("INSERT INTO answers (answer_set_id, question_id, value, answered_at) VALUES (?, ?, ?, ?)",
                             (cur.lastrowid, key, json.dumps(value, ensure_ascii=False), now))
        conn.commit()
    finally:
        conn.close()

    coordinator.send("/mentors")
    await coordinator.expect("База наставников", "Волков Илья Андреевич")
    coordinator.click("1.")
    await coordinator.expect("наставник-обучающийся")
    coordinator.click("Утвердить наставником")
    await coordinator.expect("утверждён наставником")
    await mentor.expect("Тебя утвердили наставником")
    coordinator.send("/mentees")
    await coordinator.expect("База наставляемых", "Петров Павел Андреевич")
    coordinator.click("Петров Павел")
    await coordinator.expect("Петров Павел Андреевич")
    coordinator.click("Подобрать наставника")
    await coordinator.expect("Кого предложить в наставники", "Волков Илья Андреевич", "Старше наставляемого")
    coordinator.click("Выбрать 1")
    await coordinator.expect("форму наставничества")
    coordinator.click("ученик – ученик")
    await coordinator.expect("До какого числа")
    coordinator.click("До конца учебного года")
    await coordinator.expect("Проверьте пару")
    coordinator.click("Отправить предложение")
    await coordinator.expect("Предложение пары № 1 отправлено")

    # the children are told their parents decide; each parent confirms their own child's place
    await mentor.expect("Тебе предложили стать наставником")
    await mentee.expect("Тебе предложили наставника")
    await mentor_parent.expect("стать наставником", "Петров Павел Андреевич")
    mentor_parent.click("Открыть предложение")
    mentoring = await mentor_parent.expect("Согласие на выполнение обязанностей наставника", "Волкова Анна Сергеевна")
    assert "351.8" not in mentoring.params["text"] and "не трудовая обязанность" in mentoring.params["text"]
    mentor_parent.click("Согласен")
    await mentor.expect("Твой родитель подтвердил", "ты наставник для: Петров Павел Андреевич")
    await mentee_parent.expect("Куратор предлагает наставника", "Волков Илья Андреевич")
    mentee_parent.click("Открыть предложение")
    await mentee_parent.expect("Согласие на участие в наставнической паре", "Петрова Елена Викторовна")
    mentee_parent.click("Согласен")
    await mentee.expect("Наставническая пара утверждена")

    # the pupil mentor logs a meeting, the mentee confirms it; then the final meeting
    mentor.send("/meeting сегодня 40 мин очно организационная Знакомство и план")
    await mentor.expect("Заметки и следующие шаги")
    mentor.click("Пропустить")
    await mentor.expect("Проверь запись встречи")  # a pupil: «ты»
    mentor.click("Сохранить")
    await mentor.expect("Встреча записана")
    await mentee.expect("Волков Илья Андреевич записал встречу", "Знакомство и план")
    mentee.click("Да, была")
    mentor.send("/meeting сегодня 45 мин очно итоговая Итоги и планы")
    await mentor.expect("Заметки и следующие шаги")
    mentor.click("Пропустить")
    await mentor.expect("Проверь запись встречи")
    mentor.click("Сохранить")
    await mentor.expect("Встреча записана")

    # the coordinator completes the pair: each pupil gets the pupils' satisfaction survey
    await coordinator.expect("провела итоговую встречу")
    coordinator.click("Завершить и отправить анкеты")
    await coordinator.expect("Пара № 1 завершена")
    invitation = await bot_process.guard(api.wait_for(
        "sendMessage", lambda c: c.ok and c.params.get("chat_id") == PUPIL_MENTEE_ID
        and "Удовлетворённость программой: наставляемый-обучающийся" in c.params.get("text", ""), timeout=60))
    assert invitation.params["reply_markup"]
    await bot_process.guard(api.wait_for(
        "sendMessage", lambda c: c.ok and c.params.get("chat_id") == PUPIL_MENTOR_ID
        and "Удовлетворённость программой: наставник-обучающийся" in c.params.get("text", ""), timeout=60))
    mentee._mark()
    mentee.click("Заполнить анкету")
    first = await mentee.expect("Вопрос 1 из")
    await answer_everything(mentee, first)
    assert await bot_process.stop() == 0

    assert_clean_log(bot_process.stderr(), "Волков", "Петров", "Волкова", "Петрова", "Знакомство")
    assert_no_apologies(api, COORDINATOR_ID, PUPIL_MENTOR_ID, PUPIL_MENTEE_ID, MENTOR_PARENT_ID, MENTEE_PARENT_ID)
    db = bot_process.db_path
    assert [tuple(r) for r in query(db, "SELECT status, form FROM pairs")] == [("completed", "student_student")]
    consents = query(db, "SELECT c.kind, c.actor_id, a.external_id FROM consent_events c JOIN accounts a"
                         " ON a.person_id = c.person_id WHERE c.pair_id = 1 ORDER BY c.id")
    assert [tuple(r) for r in consents] == [("mentoring", MENTOR_PARENT_ID, PUPIL_MENTOR_ID),
                                            ("mentee_pair", MENTEE_PARENT_ID, PUPIL_MENTEE_ID)]
    submitted = query(db, "SELECT questionnaire_id FROM answer_sets WHERE status = 'submitted'"
                          " AND campaign_id IS NOT NULL")
    assert [r["questionnaire_id"] for r in submitted] == ["satisfaction_mentee_student"]
