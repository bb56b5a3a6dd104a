"""Double taps, links that die mid-flow, language switches, failing notices."""

from __future__ import annotations

import asyncio

from storage.db import Database
from tests.conftest import ADMIN_ID
from tests.flows import invite, make_coordinator, opens_invite, person_row, register_adult, up_to_phone_step
from tests.harness import Harness


async def test_double_tap_on_create_makes_one_organisation(harness: Harness, db: Database) -> None:
    admin = harness.user(ADMIN_ID)
    await admin.send("/neworg")
    await admin.send("Гимназия № 3")
    await admin.click("Школа")
    await admin.click("Москва")
    await admin.send("г. Тверь, ул. Мира, 3")
    # two presses arrive at once (a nervous double tap)
    await asyncio.gather(admin.click("Создать"), admin.click("Создать"))
    assert await db.fetchval("SELECT COUNT(*) FROM organisations") == 1
    await admin.click("Создать")  # and a late third one
    assert await db.fetchval("SELECT COUNT(*) FROM organisations") == 1
    assert "неактуально" in admin.alerts()[0]


async def test_double_skip_registers_once_and_tells_coordinator_once(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await up_to_phone_step(harness, 3000, token)
    await asyncio.gather(teacher.send("Пропустить"), teacher.send("Пропустить"))
    told = [s for s in coordinator.shown() if "Новый участник" in s.text and "Петрова Анна" in s.text]
    assert len(told) == 1
    assert (await person_row(db, 3000))["status"] == "active"


async def test_consent_is_logged_in_the_language_it_was_shown(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await opens_invite(harness, 3000, token)
    shown_ru = teacher.replies()[-1].text
    await teacher.send("/language")
    await teacher.click("English")  # switches the interface while the Russian text is on screen
    await teacher.click("Согласен")
    import hashlib

    event = await db.fetchone("SELECT * FROM consent_events ORDER BY id DESC LIMIT 1")
    assert event["locale"] == "ru"
    assert event["text_sha256"] == hashlib.sha256(shown_ru.encode()).hexdigest()


async def test_registered_teacher_as_parent_sees_and_logs_one_language(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    from tests.flows import register_student

    _, parent_token = await register_student(harness, coordinator)
    teacher = await register_adult(harness, 3000, await invite(coordinator, "Наставляемый педагог"))
    await teacher.send(f"/start {parent_token}")
    await teacher.click("English")
    assert "legal" in teacher.text.lower()
    await teacher.click("I agree")
    assert "Please type your full name" in teacher.text
    event = await db.fetchone("SELECT * FROM consent_events WHERE kind = 'parent'")
    assert event["locale"] == "en" and event["actor_tg_id"] == 3000


async def test_link_revoked_while_consent_is_on_screen(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await opens_invite(harness, 3000, token)
    await coordinator.send("/invites")
    await coordinator.click("Отозвать 1")
    await teacher.click("Согласен")
    assert "отозвал координатор" in teacher.alerts()[0]
    assert await person_row(db, 3000) is None
    await teacher.send("/start")  # not stuck at the consent screen any more
    assert "откройте ссылку-приглашение" in teacher.text
    assert await db.fetchval("SELECT COUNT(*) FROM fsm_state WHERE user_id = 3000") == 0


async def test_a_failing_notice_does_not_spoil_the_registration(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    harness.session.unreachable_chats.add(coordinator.id)
    teacher = await register_adult(harness, 3000, token)
    assert "Регистрация завершена" in teacher.text and "Что-то пошло не так" not in teacher.text
    assert (await person_row(db, 3000))["status"] == "active"


async def test_parent_stuck_after_child_withdrew_gets_out(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    from tests.flows import parent_opens, register_student

    student, parent_token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, parent_token)
    await parent.click("Согласен")
    await student.send("/privacy")
    await student.click("Отозвать согласие")
    await student.click("Да, отозвать")
    await parent.send("Соколова Ирина")
    assert "неактуально" in parent.text
    assert await db.fetchval("SELECT COUNT(*) FROM fsm_state WHERE user_id = 4100") == 0
    await parent.send("/start")
    assert "откройте ссылку-приглашение" in parent.text
