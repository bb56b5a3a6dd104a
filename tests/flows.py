"""Reusable user journeys for flow tests (each step asserts what a person would see)."""

from __future__ import annotations

import re

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Translator
from bot.services.graph import Services, build_services
from bot.services.ports import Notifier
from bot.services.questionnaire_model import Questionnaire
from storage.db import Database
from tests.conftest import ADMIN_ID
from tests.harness import Client, Harness

LINK = re.compile(r"https://t\.me/test_bot\?start=([A-Za-z0-9_-]+)")


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
    await admin.click("Ссылка для координатора")
    return link_token(admin.text)


async def opens_invite(h: Harness, user_id: int, token: str, language: str = "Русский") -> Client:
    """Someone opens an invite link and picks the language: the consent (or age question) is on screen."""
    person = h.user(user_id)
    await person.send(f"/start {token}")
    await person.click(language)
    return person


async def register_adult(
    h: Harness, user_id: int, token: str, name: str = "Петрова Анна Сергеевна", *, phone: str | None = None,
    language: str = "Русский",
) -> Client:
    person = h.user(user_id)
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


async def parent_opens(h: Harness, parent_token: str, user_id: int = 4100) -> Client:
    """A parent opens the link and sees the parental consent (not answered yet)."""
    return await opens_invite(h, user_id, parent_token)


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


async def person_row(db: Database, tg_user_id: int) -> dict | None:
    row = await db.fetchone("SELECT * FROM persons WHERE tg_user_id = ?", (tg_user_id,))
    return dict(row) if row else None


class SilentNotifier:
    """Delivers every notice and keeps nothing (for service tests that do not look at notices)."""

    async def notify(self, tg_user_id: int, locale: str, key: str, **_: object) -> bool:
        claim = _.get("claim")
        return bool(await claim()) if callable(claim) else True


def service_graph(db: Database, clock: Clock, settings: Settings, translator: Translator,
                  notifier: Notifier | None = None, questionnaires: dict[str, Questionnaire] | None = None) -> Services:
    """The services over ``db`` exactly as the bot builds them, with a fake clock and notifier (service tests)."""
    return build_services(db, clock, notifier or SilentNotifier(), settings, translator,
                          questionnaires=questionnaires)
