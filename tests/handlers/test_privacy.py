from __future__ import annotations

import json

from aiogram.methods import DeleteMyCommands, SetMyCommands

from storage.db import Database
from tests.conftest import both_channels
from tests.flows import invite, make_coordinator, parent_opens, person_row, register_adult, register_student
from tests.harness import Harness


async def test_privacy_shows_data_and_consents(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await register_adult(harness, 3000, token, phone="+79001234567")
    await teacher.send("/privacy")
    text = teacher.text
    for expected in ("Ваши персональные данные", "Оператор: МБОУ «СОШ № 5»", "Петрова Анна Сергеевна",
                     "учитель математики", "+79001234567", "Идентификатор Telegram: 3000",
                     "Согласие на обработку персональных данных, версия 4, 01.09.2026 10:00"):
        assert expected in text, expected
    assert teacher.replies()[-1].button_texts() == ["📄 Выгрузить данные файлом", "Отозвать согласие"]


async def test_mydata_exports_everything_as_json(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await register_adult(harness, 3000, token)
    await teacher.send("/mydata")
    document = teacher.documents()[-1]
    data = json.loads(document.document.data.decode("utf-8"))  # type: ignore[union-attr]
    assert document.document.filename == "Мои данные.json"  # type: ignore[union-attr]
    assert data["full_name"] == "Петрова Анна Сергеевна" and data["roles"] == ["mentee_teacher"]
    assert data["teaching_experience_years"] == 3 and data["organisation"]["name"] == "МБОУ «СОШ № 5»"
    assert [(c["kind"], c["version"], c["action"]) for c in data["consents"]] == [("pd", "4", "given")]
    stranger = harness.user(9999)
    await stranger.send("/mydata")
    assert "ничего не хранится" in stranger.text


async def test_withdrawal_erases_data_and_tells_the_coordinator(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Кандидат в наставники")
    teacher = await register_adult(harness, 3000, token, phone="+79001234567")
    person_id = (await person_row(db, 3000))["id"]
    await teacher.send("/privacy")
    await teacher.click("Отозвать согласие")
    assert "Отозвать согласие?" in teacher.text
    await teacher.click("Отмена")
    assert (await person_row(db, 3000))["status"] == "active"
    await teacher.send("/privacy")
    await teacher.click("Отозвать согласие")
    await teacher.click("Да, отозвать")
    assert "ваши данные удалены" in teacher.text
    assert any(isinstance(m, DeleteMyCommands) for m in teacher.last)

    row = dict(await db.fetchone("SELECT * FROM persons WHERE id = ?", (person_id,)))
    assert row["status"] == "withdrawn" and row["withdrawn_at"]
    assert await db.fetchval("SELECT COUNT(*) FROM accounts WHERE person_id = ?", (person_id,)) == 0
    for column in ("full_name", "position", "subject", "experience_years", "phone"):
        assert row[column] is None, column
    assert await db.fetchval("SELECT COUNT(*) FROM person_roles WHERE person_id = ?", (person_id,)) == 0
    log = [dict(r) for r in await db.fetchall("SELECT * FROM consent_events WHERE person_id = ?", (person_id,))]
    assert [e["action"] for e in log] == ["given", "withdrawn"]
    assert all(e["actor_id"] is None for e in log)  # the log keeps ids and timestamps only
    told = [s.text for s in coordinator.shown() if "отозвала согласие" in s.text]
    assert len(told) == 1 and f"№ {person_id}" in told[0]

    await teacher.send("/privacy")
    assert "ничего не хранится" in teacher.text
    await teacher.send("/start")
    assert "откройте ссылку-приглашение" in teacher.text


@both_channels
async def test_parent_sees_and_withdraws_childs_consent(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    student, parent_token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, parent_token)
    await parent.click("Согласен")
    await parent.send("Соколова Ирина Викторовна")
    student_id = (await person_row(db, 4000))["id"]

    # another user cannot act for the child with forged buttons
    intruder = harness.user(5000)
    await intruder.press(f"p1:confirm:{student_id}")
    assert "недоступно" in intruder.alerts()[0]
    await intruder.press(f"p1:export:{student_id}")
    assert "недоступно" in intruder.alerts()[0]
    assert intruder.documents() == []

    await parent.send("/mydata")  # the parent's own name is stored, in the child's record
    mine = json.loads(parent.documents()[-1].document.data)  # type: ignore[union-attr]
    assert mine["parent_of"][0]["parent_name"] == "Соколова Ирина Викторовна"
    assert mine["parent_of"][0]["parent_account"] == {"messenger": harness.channel, "user_id": 4100}

    await parent.send("/privacy")
    assert "Данные ребёнка: Соколов Артём" in parent.text
    version = "5" if harness.channel == "telegram" else "6"  # in MAX the text names MAX: a version of its own
    assert f"Согласие родителя (законного представителя), версия {version}" in parent.text
    await parent.click("Выгрузить")
    exported = json.loads(parent.documents()[-1].document.data)  # type: ignore[union-attr]
    assert exported["full_name"] == "Соколов Артём" and exported["parent_name"] == "Соколова Ирина Викторовна"
    await parent.click("Отозвать согласие")
    await parent.click("Да, отозвать")
    assert "данные ребёнка удалены" in parent.text
    assert await person_row(db, 4000) is None
    assert any("Твой родитель отозвал согласие" in s.text for s in student.shown())


async def test_help_and_menus_follow_roles_and_language(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    menus = [m for m in harness.requests if isinstance(m, SetMyCommands) and m.scope.chat_id == 2000]
    assert [c.command for c in menus[-1].commands] == [
        "start", "help", "language", "privacy", "mydata", "info", "people", "org", "invite", "invites",
        "partners", "roadmap", "campaigns", "mentors", "mentees", "pairs", "unmatched", "activity", "report",
        "announce", "achievements", "acts", "tasks", "cancel"]
    assert {c.command: c.description for c in menus[-1].commands}["invite"] == "Создать ссылку-приглашение"
    await coordinator.send("/help")
    assert "Вы куратор" in coordinator.text and "/invite" in coordinator.text

    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await register_adult(harness, 3000, token)
    menus = [m for m in harness.requests if isinstance(m, SetMyCommands) and m.scope.chat_id == 3000]
    assert [c.command for c in menus[-1].commands] == [
        "start", "help", "language", "privacy", "mydata", "info", "survey", "mypair", "meeting", "meetings",
        "achievements", "cancel"]
    await teacher.send("/help")
    assert "наставляемый педагог" in teacher.text and "/invite" not in teacher.text

    await teacher.send("/language")
    await teacher.click("English")
    assert "I will speak English now" in teacher.text
    menus = [m for m in teacher.last if isinstance(m, SetMyCommands)]
    assert menus and menus[-1].commands[0].description == "Start and my profile"
    assert (await person_row(db, 3000))["locale"] == "en"
    await teacher.send("/help")
    assert "You are a mentee teacher" in teacher.text

    guest = harness.user(7000, language_code="en")
    await guest.send("/help")
    assert "You are not registered yet" in guest.text
    await guest.send("hello")
    assert "open the invite link" in guest.text
    await guest.send("/nonsense")
    assert "no such command" in guest.text


async def test_blocked_user_is_marked_and_unmarked(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    # the coordinator blocked the bot: the next message to them is refused with 403
    harness.session.blocked_chats.add(2000)
    teacher = await register_adult(harness, 3000, token)
    assert "Регистрация завершена" in teacher.text  # the teacher is not affected
    assert (await person_row(db, 2000))["blocked_at"] is not None
    harness.session.blocked_chats.clear()
    await coordinator.send("/start")  # writing again means they unblocked us
    assert (await person_row(db, 2000))["blocked_at"] is None


async def test_mydata_document_is_readable_in_the_persons_language(harness: Harness, db: Database) -> None:
    from tests.flows import MENTEE_ANSWERS, submit

    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await register_adult(harness, 3000, token, "Petrova Anna", language="English", phone="+79001234567")
    await submit(db, 3000, "mentee_request_teacher", MENTEE_ANSWERS, harness.clock.now())
    await teacher.send("/mydata")
    text_doc, json_doc = teacher.documents()[-2:]
    assert text_doc.document.filename == "My data.txt"  # type: ignore[union-attr]  # in the reader's language
    readable = text_doc.document.data.decode("utf-8-sig")  # type: ignore[union-attr]
    for expected in ("PERSONAL DATA", "• Full name: Petrova Anna", "• Phone: +79001234567",
                     "Consent to personal data processing — given, text version",
                     "What best describes your situation?", "Answer: Young specialist (under 3 years)",
                     "questionnaire for the banks of mentors and mentees · submitted", "MENTORING PAIRS"):
        assert expected in readable, expected
    for key in ("young_specialist", "main_difficulty", "teaching_experience_years", "mentee_request_teacher"):
        assert key not in readable, key
    data = json.loads(json_doc.document.data.decode("utf-8"))  # type: ignore[union-attr]
    assert data["questionnaires"][0]["answers"]["situation"] == "young_specialist"
