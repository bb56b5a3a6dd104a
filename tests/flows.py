"""Reusable user journeys for flow tests (each step asserts what a person would see)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.graph import Services, build_services
from bot.services.ports import NO_ARGS, Action, Delivery, Notifier, TextArgs
from bot.services.questionnaire_model import Questionnaire
from storage.db import Database
from storage.models import Account, Channel
from storage.persons import PersonRepo
from storage.questionnaires import AnswerRepo
from tests.conftest import ADMIN_ID
from tests.harness import Client, Harness

# the bot's deep links: Telegram's, or MAX's (the MAX transport rewrites the bot's own t.me links)
LINK = re.compile(r"https://(?:t\.me/test_bot|max\.ru/\w+)\?start=([A-Za-z0-9_-]+)")


def link_token(text: str) -> str:
    match = LINK.search(text)
    assert match, f"no invite link in: {text!r}"
    return match.group(1)


async def create_org(h: Harness, name: str = "МБОУ «СОШ № 5»", tz_button: str = "Москва") -> Client:
    admin = h.user(ADMIN_ID)
    await admin.send("/neworg")
    assert "Название организации" in admin.text
    await admin.send(name)
    await admin.click("Школа")
    await admin.click(tz_button)
    await admin.send("г. Тверь, ул. Школьная, д. 1")
    assert "Проверьте" in admin.text and name.replace("«", "«") in admin.text
    await admin.click("Создать")
    assert "создана" in admin.text
    return admin


async def coordinator_link(admin: Client) -> str:
    await admin.click("Ссылка для куратора")
    return link_token(admin.text)


async def opens_invite(h: Harness, user_id: int, token: str, language: str = "Русский") -> Client:
    """Someone opens an invite link and picks the language: the consent (or age question) is on screen."""
    person = h.user(user_id)
    await person.send(f"/start {token}")
    await person.click(language)
    return person


async def register_adult(
    h: Harness, user_id: int, token: str, name: str = "Петрова Анна Сергеевна", *, phone: str | None = None,
    language: str = "Русский", channel: Channel | None = None,
) -> Client:
    person = h.user(user_id, channel=channel)
    await person.send(f"/start {token}")
    assert "Выберите язык" in person.text
    await person.click(language)
    agree = "Согласен" if language == "Русский" else "I agree"
    await person.click(agree)
    await person.send(name)
    await person.send("учитель математики")
    await person.send("математика")
    await person.send("3")
    if phone:
        await person.send_contact(phone)
    else:
        await person.send("Пропустить" if language == "Русский" else "Skip")
    return person


async def register_student(h: Harness, coordinator: Client, user_id: int = 4000,
                           name: str = "Соколов Артём") -> tuple[Client, str]:
    """A student opens a student invite and gives a name; returns the student and the parent-link token."""
    token = await invite(coordinator, "Наставляемый обучающийся")
    student = await opens_invite(h, user_id, token)
    await student.click("меньше 18")
    await student.click("Понятно")
    await student.send(name)
    return student, link_token(student.text)


async def parent_opens(h: Harness, parent_token: str, user_id: int = 4100,
                       name: str | None = "Соколова Ирина Викторовна", relation: str = "Мать") -> Client:
    """A parent opens the link, says who they are (``name`` None: not yet) and sees the parental consent (not
    answered yet)."""
    parent = await opens_invite(h, user_id, parent_token)
    if name is not None:
        await parent.send(name)
        await parent.click(relation)
    return parent


async def up_to_phone_step(h: Harness, user_id: int, token: str, name: str = "Петрова Анна") -> Client:
    """A teacher consents and answers everything but the optional phone step."""
    person = await opens_invite(h, user_id, token)
    await person.click("Согласен")
    for answer in (name, "учитель", "химия", "2"):
        await person.send(answer)
    return person


async def make_coordinator(h: Harness, user_id: int = 2000) -> Client:
    admin = await create_org(h)
    token = await coordinator_link(admin)
    return await register_adult(h, user_id, token, "Смирнова Ольга Ивановна")


async def invite(coordinator: Client, role_button: str, days: str = "7", uses: str = "30") -> str:
    await coordinator.send("/invite")
    await coordinator.click(role_button)
    await coordinator.click(days)
    await coordinator.click(uses)
    return link_token(coordinator.text)


# the persons row of a Telegram account, by its user id (what the tests' users are)
BY_TG = "(SELECT person_id FROM accounts WHERE channel = 'telegram' AND external_id = ?)"
# the person of a test's user id in whichever messenger the test runs (a flow test parametrised with both_channels
# registers its people in MAX): their Telegram account if they have one, else their MAX account. A test that gives
# the same number in both messengers to two people (test_accounts) names the account itself.
BY_USER = ("(SELECT person_id FROM accounts WHERE external_id = ? ORDER BY channel = 'telegram' DESC, id LIMIT 1)")


async def account_of(db: Database, user_id: int) -> Account:
    """The account of a test's user ``user_id`` (Telegram's unless they registered in MAX only)."""
    row = await db.fetchone("SELECT channel, external_id FROM accounts WHERE external_id = ?"
                            " ORDER BY channel = 'telegram' DESC, id LIMIT 1", (user_id,))
    return Account(Channel(row["channel"]), user_id) if row else Account.telegram(user_id)


async def actor_of(db: Database, user_id: int) -> Actor:
    """The Actor of a test's user, as the middleware makes it (a service test's caller)."""
    account = await account_of(db, user_id)
    return Actor(account, person=await PersonRepo(db).by_account(account))


async def person_row(db: Database, user_id: int) -> dict | None:
    row = await db.fetchone(f"SELECT * FROM persons WHERE id = {BY_USER}", (user_id,))
    return dict(row) if row else None


# ---- a school with mentors and mentees, pairs (banks, pairs, meetings and reports tests) ----------------------

MENTOR_ANSWERS: dict[str, Any] = {
    "experience_years": 18, "category": "highest", "levels": ["basic", "secondary"], "subjects": "Математика",
    "competencies": ["methodology", "parents", "subject_content"], "forms": ["teacher_teacher"], "capacity": 2,
    "availability": "weekly", "meeting_format": "in_person", "mentor_before": True, "motivation": "Хочу помогать",
}
HISTORY_MENTOR: dict[str, Any] = {**MENTOR_ANSWERS, "experience_years": 9, "subjects": "История, обществознание",
                                  "competencies": ["documentation"], "capacity": 1}
MENTEE_ANSWERS: dict[str, Any] = {
    "experience_years": 1, "position": "teacher", "situation": "young_specialist",
    "difficulties": ["methodology", "parents"], "main_difficulty": "Дисциплина", "goals": "Уверенно вести уроки",
    "preferred_form": "teacher_teacher", "meeting_format": "in_person", "frequency": "weekly",
}


async def submit(db: Database, tg_user_id: int, questionnaire_id: str, answers: dict[str, Any], now: Any) -> None:
    """The person's bank questionnaire, as if filled in with /survey (that flow has its own tests)."""
    row = await person_row(db, tg_user_id)
    assert row is not None
    repo = AnswerRepo(db)
    async with db.transaction():
        set_id = await repo.create(questionnaire_id, 1, row["id"], row["org_id"], None, "experience_years", now)
        for key, value in answers.items():
            await repo.save_answer(set_id, key, value, now)
        await repo.move(set_id, "submitted", None, now)


async def school(h: Harness, db: Database, mentees: int = 1) -> tuple[Client, list[Client], list[Client]]:
    """A coordinator, two mentor candidates (maths, history) with questionnaires, and teacher mentees."""
    coordinator = await make_coordinator(h)
    token = await invite(coordinator, "Кандидат в наставники")
    maths = await register_adult(h, 3000, token, "Иванова Мария Петровна")
    history = await register_adult(h, 3001, token, "Орлов Игорь Николаевич")
    await submit(db, 3000, "potential_mentor", MENTOR_ANSWERS, h.clock.now())
    await submit(db, 3001, "potential_mentor", HISTORY_MENTOR, h.clock.now())
    async with db.transaction():  # register_adult types «математика» for everyone
        await db.execute(f"UPDATE persons SET subject = 'история', position = 'учитель истории' WHERE id = {BY_USER}",
                         (3001,))
    token = await invite(coordinator, "Наставляемый педагог")
    names = ["Петров Павел Андреевич", "Зайцева Ольга Игоревна", "Кузнецов Денис Олегович"]
    people = []
    for n in range(mentees):
        mentee = await register_adult(h, 3100 + n, token, names[n])
        await submit(db, 3100 + n, "mentee_request_teacher", MENTEE_ANSWERS, h.clock.now())
        people.append(mentee)
    return coordinator, [maths, history], people


async def approve_both(coordinator: Client) -> None:
    for number in ("1.", "2."):
        await coordinator.send("/mentors")
        await coordinator.click(number)
        await coordinator.click("Утвердить наставником")
        assert "утверждён наставником" in coordinator.text or "утверждена наставником" in coordinator.text


async def propose_from_suggestions(coordinator: Client, mentee: str = "Петров Павел", choose: str = "Выбрать 1",
                                   group_with: str | None = None, form: str = "учитель – учитель") -> None:
    await coordinator.send("/mentees")
    await coordinator.click(mentee)
    await coordinator.click("Подобрать наставника")
    await coordinator.click(choose)
    await coordinator.click(form)
    await coordinator.click("До конца учебного года")
    if group_with:
        await coordinator.click("Добавить наставляемого")
        await coordinator.click(group_with)
    assert "Проверьте пару" in coordinator.text
    await coordinator.click("Отправить предложение")


async def agree(*people: Client) -> None:
    """Each opens the proposal from the notice and agrees."""
    for person in people:
        await person.click("Открыть")
        await person.click("Согласен")


async def working_pairs(h: Harness, db: Database) -> tuple[Client, Client, Client, Client, Client]:
    """Two working pairs: maths mentor + Петров (pair 1), history mentor + Зайцева (pair 2)."""
    coordinator, (mentor, history), (mentee, other) = await school(h, db, mentees=2)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел")
    await propose_from_suggestions(coordinator, "Зайцева Ольга", choose="Выбрать 2")
    await agree(mentor, mentee, history, other)
    async with db.transaction():  # their term began a week ago: meetings of the last days are within it
        await db.execute("UPDATE pairs SET starts_on = '2026-08-25'")
    return coordinator, mentor, mentee, history, other


async def log_meeting(person: Client, line: str) -> None:
    """A meeting in one line (/meeting …), no notes, saved."""
    await person.send(f"/meeting {line}")
    await person.click("Пропустить")
    await person.click("Сохранить")


class SilentNotifier:
    """Delivers every notice and keeps nothing (for service tests that do not look at notices)."""

    async def notify(self, account: Account, locale: str, key: str, args: TextArgs = NO_ARGS, *,
                     actions: Sequence[Action] = (), claim: Callable[[], Awaitable[bool]] | None = None
                     ) -> Delivery:
        return Delivery.SKIPPED if claim is not None and not await claim() else Delivery.SENT


def service_graph(db: Database, clock: Clock, settings: Settings, translator: Translator,
                  notifier: Notifier | None = None, questionnaires: dict[str, Questionnaire] | None = None) -> Services:
    """The services over ``db`` exactly as the bot builds them, with a fake clock and notifier (service tests)."""
    return build_services(db, clock, notifier or SilentNotifier(), settings, translator,
                          questionnaires=questionnaires)


class SimulatedCrash(BaseException):
    """The process dies (not an error the code could catch)."""


class FakeNotifier:
    """Telegram as the services see it: records what was sent; passing failures (``down``, ``fail_for``),
    permanent ones (``blocked``, ``gone``), and a crash right after a send."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.fail_for: set[int] = set()  # a passing failure (network, 5xx) for these chats
        self.blocked: set[int] = set()  # these people blocked the bot
        self.gone: set[int] = set()  # these accounts are not there any more
        self.down = False  # Telegram is unreachable: every send fails for a passing reason
        self.tries: list[tuple[int, str]] = []  # every send that got past the claim (chat, key)
        self.crash_after_send = False

    async def notify(self, account: Account, locale: str, key: str, args: TextArgs = NO_ARGS, *,
                     actions: Sequence[Action] = (), claim: Any = None) -> Delivery:
        """``to`` (and the sets above) name the recipient by their user id; ``channel`` says in which messenger."""
        if claim is not None and not await claim():
            return Delivery.SKIPPED
        tg_user_id = account.external_id
        self.tries.append((tg_user_id, key))
        if self.down:
            return Delivery.RETRY
        if tg_user_id in self.blocked:
            return Delivery.BLOCKED
        if tg_user_id in self.gone:
            return Delivery.GONE
        if tg_user_id in self.fail_for:
            return Delivery.RETRY
        self.sent.append({"to": tg_user_id, "channel": account.channel, "key": key, "locale": locale,
                          "actions": actions, **args})
        if self.crash_after_send:
            raise SimulatedCrash("the process is killed right after Telegram accepted the message")
        return Delivery.SENT
