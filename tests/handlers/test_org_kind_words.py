"""The words an organisation sees follow its kind: a kindergarten (ДОО) and a college never hear school words.

Each test builds the organisation through the real Dispatcher (/neworg choosing its kind), walks its coordinator
through the main screens and scans every text and button they received.
"""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

from aiogram.methods import AnswerCallbackQuery, SetMyCommands
from aiogram.types import BotCommandScopeChat

from bot.services.pairs import PairService
from storage.db import Database
from storage.models import Account
from storage.persons import PersonRepo
from tests.conftest import ADMIN_ID
from tests.flows import actor_of, coordinator_link, link_token
from tests.harness import Client, Harness

# Word stems a kindergarten never uses. «учебный год» is allowed: a ДОО plans by the academic year too.
KINDERGARTEN_BANNED = re.compile(
    r"(?<!до)школ|учител|ученик|учениц|обучающ|класс|урок|завуч|директор|(?<!pre)school|pupil|teacher|lesson|principal",
    re.IGNORECASE)
# A college has students (студенты), teachers (преподаватели) and masters, no pupils, teachers or school.
COLLEGE_BANNED = re.compile(r"школ|учител|ученик|учениц|урок|завуч|school|pupil|lesson", re.IGNORECASE)


async def create_org(h: Harness, name: str, kind_button: str, address: str) -> Client:
    admin = h.user(ADMIN_ID)
    await admin.send("/neworg")
    await admin.send(name)
    await admin.click(kind_button)
    await admin.click("Москва")
    await admin.send(address)
    await admin.click("Создать")
    assert "создана" in admin.text
    return admin


async def register(h: Harness, user_id: int, token: str, name: str, position: str, subject: str,
                   language: str = "Русский") -> Client:
    person = h.user(user_id, language_code="ru" if language == "Русский" else "en")
    await person.send(f"/start {token}")
    await person.click(language)
    await person.click("Согласен" if language == "Русский" else "I agree")
    for answer in (name, position, subject, "12"):
        await person.send(answer)
    await person.send("Пропустить" if language == "Русский" else "Skip")
    return person


async def invite(coordinator: Client, role_button: str) -> str:
    await coordinator.send("/invite")
    await coordinator.click(role_button)
    await coordinator.click("7")
    await coordinator.click("30")
    return link_token(coordinator.text)


def received(h: Harness, person: Client) -> list[str]:
    """Every text a person got: messages and their buttons, documents' captions, alerts (only people of the one
    organisation press buttons in these tests) and their command menu."""
    texts = [text for s in person.shown() for text in (s.text, *s.button_texts(), *s.reply_buttons)]
    texts += [m.text or "" for m in h.requests if isinstance(m, AnswerCallbackQuery)]
    texts += [c.description for m in h.requests if isinstance(m, SetMyCommands)
              and isinstance(m.scope, BotCommandScopeChat) and m.scope.chat_id == person.id for c in m.commands]
    return texts


def offending(texts: list[str], banned: re.Pattern[str]) -> list[str]:
    found = []
    for text in texts:
        for match in banned.finditer(text):
            start = max(0, match.start() - 50)
            found.append(f"{match.group(0)!r} in …{text[start:match.end() + 50]}…")
    return found


async def walk(h: Harness, coordinator: Client, educator_invite: str, language: str = "Русский",
               educator: tuple[str, str] = ("воспитатель", "развитие речи")) -> None:
    """Start, /help, the invites, a newly registered educator, /report, the banks, the roadmap from the template,
    a reminder."""
    ru = language == "Русский"
    await coordinator.send("/start")
    await coordinator.send("/help")
    token = await invite(coordinator, educator_invite)
    await coordinator.send("/invites")
    await coordinator.send("/invite")
    await register(h, 3100, token, "Петрова Анна Сергеевна", *educator, language)
    await coordinator.send("/report")
    await coordinator.send("/mentors")
    await coordinator.send("/mentees")
    await coordinator.click("Петрова")  # the mentee's card in the bank
    await coordinator.send("/unmatched")
    await coordinator.send("/roadmap")
    await coordinator.click("Взять типовой шаблон" if ru else "Use the standard template")
    await coordinator.click("Ответственные" if ru else "Responsible")
    await coordinator.send("/roadmap")
    await coordinator.click("Активировать" if ru else "Activate")
    await coordinator.click("Этап 1" if ru else "Stage 1")
    await coordinator.send("/tasks")
    # a month later the scheduler's sweep sends the reminders that are due
    h.clock.advance(timedelta(days=30))
    result = await h.dp["reminders"].sweep()
    assert result.sent >= 1
    await coordinator.send("/pairs")
    await coordinator.send("/activity")
    await coordinator.send("/campaigns")
    await coordinator.send("/mypair")


async def kindergarten(h: Harness, language: str = "Русский") -> Client:
    admin = await create_org(h, "МБДОУ «Детский сад № 7 «Солнышко»", "Детский сад", "г. Тверь, ул. Садовая, д. 3")
    token = await coordinator_link(admin)
    return await register(h, 2000, token, "Смирнова Ольга Ивановна" if language == "Русский" else "Olga Smirnova",
                          "старший воспитатель" if language == "Русский" else "senior educator",
                          "методическая работа" if language == "Русский" else "methodology", language)


async def test_a_kindergarten_coordinator_sees_no_school_words(harness: Harness, db: Database) -> None:
    coordinator = await kindergarten(harness)
    await walk(harness, coordinator, "Наставляемый педагог")
    shown = coordinator.shown()
    texts = "\n".join(s.text for s in shown)
    assert "Регистрация завершена" in texts and "Дорожная карта" in texts
    assert any("Зарегистрировалась новая участница" in s.text for s in shown), "the notice of her registration"
    assert any("Осталось" in s.text or "Просрочено" in s.text or "неделю" in s.text for s in shown), "a reminder"
    found = offending(received(harness, coordinator), KINDERGARTEN_BANNED)
    assert not found, "\n".join(found)
    assert "воспитател" in texts and "ДОО" in texts and "Должность: воспитатель" in texts  # the bank card
    menu = harness.translator.get("cmd-roadmap", "ru+kindergarten")
    assert menu in received(harness, coordinator), "the command menu is scanned too"


async def test_in_english_a_kindergarten_speaks_of_educators_not_teachers(harness: Harness, db: Database) -> None:
    coordinator = await kindergarten(harness, "English")
    await walk(harness, coordinator, "Mentee (educator)", "English", ("educator", "speech development"))
    texts = received(harness, coordinator)
    assert any("Registration complete" in x for x in texts) and any("educator" in x for x in texts)
    found = offending(texts, KINDERGARTEN_BANNED)
    assert not found, "\n".join(found)


async def test_a_college_speaks_of_students_and_lecturers(harness: Harness, db: Database) -> None:
    admin = await create_org(harness, "ГБПОУ «Тверской политехнический колледж»", "Колледж",
                             "г. Тверь, пр-т Ленина, д. 10")
    coordinator = await register(harness, 2000, await coordinator_link(admin), "Смирнова Ольга Ивановна",
                                 "заместитель директора по УПР", "методическая работа")
    await coordinator.send("/invite")
    assert "Наставляемый студент" in coordinator.replies()[-1].button_texts()
    await walk(harness, coordinator, "Наставляемый педагог", educator=("мастер производственного обучения",
                                                                      "сварочное производство"))
    texts = received(harness, coordinator)
    assert any("преподаватель" in x for x in texts) and any("колледж" in x for x in texts)
    assert any("студентов 0" in x for x in texts), "the report counts students"
    found = offending(texts, COLLEGE_BANNED)
    assert not found, "\n".join(found)


async def test_a_college_consent_is_logged_and_printed_in_the_words_shown(harness: Harness, db: Database) -> None:
    """The consent texts follow the kind too (same version: the wording differs, not the law); the checksum logged
    is the text shown, and the print-out for a signature renders the same text again."""
    admin = await create_org(harness, "ГБПОУ «Тверской политехнический колледж»", "Колледж",
                             "г. Тверь, пр-т Ленина, д. 10")
    coordinator = await register(harness, 2000, await coordinator_link(admin), "Смирнова Ольга Ивановна",
                                 "заместитель директора по УПР", "методическая работа")
    student = harness.user(4000)
    await student.send(f"/start {await invite(coordinator, 'Наставляемый студент')}")
    await student.click("Русский")
    await student.click("меньше 18")
    assert "куратора своей учебной группы" in student.text and "классного" not in student.text
    await student.click("Понятно")
    await student.send("Соколов Артём")
    parent = harness.user(4100)
    await parent.send(f"/start {link_token(student.text)}")
    await parent.click("Русский")
    await parent.send("Соколова Ирина Викторовна")
    await parent.click("Мать")
    shown = parent.replies()[-1].text
    assert "отчество; учебная группа;" in shown and "Версия 5" in shown
    await parent.click("Согласен")
    logged = await db.fetchone("SELECT * FROM consent_events WHERE kind = 'parent' AND action = 'given'")
    assert logged["version"] == "5" and logged["locale"] == "ru"
    assert logged["text_sha256"] == hashlib.sha256(shown.encode()).hexdigest()
    assert any("Согласие за студента <b>Соколов Артём</b>" in s.text for s in coordinator.shown())

    pairs: PairService = harness.dp["pairs"]
    child = await PersonRepo(db).by_account(Account.telegram(4000))
    assert child is not None and child.org_kind == "college" and child.text_locale == "ru+college+ty"  # a pupil: «ты»
    printed = await pairs.consent_print(await actor_of(db, 2000), child.id)
    [(text, event)] = printed.texts
    assert text.sha256 == event.text_sha256 == logged["text_sha256"] and text.text_locale == "ru+college"


async def test_a_new_language_keeps_the_organisations_words(harness: Harness, db: Database) -> None:
    coordinator = await kindergarten(harness)
    await coordinator.send("/language")
    await coordinator.click("English")
    await coordinator.send("/help")
    assert "You invite the preschool's educators" in coordinator.text
    assert harness.translator.get("cmd-roadmap", "en+kindergarten") in received(harness, coordinator)
