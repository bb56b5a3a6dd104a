"""Double taps, links that die mid-flow, language switches, failing notices."""

from __future__ import annotations

import asyncio

import pytest

from bot.services.errors import DomainError
from storage.db import Database
from storage.models import Account
from tests.conftest import ADMIN_ID, both_channels
from tests.flows import actor_of, invite, make_coordinator, opens_invite, person_row, register_adult, up_to_phone_step
from tests.harness import Client, Harness


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
    told = [s for s in coordinator.shown() if "Новая регистрация" in s.text and "Петрова Анна" in s.text]
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
    assert "Please write your surname, first name and patronymic" in teacher.text  # who they are, before consent
    await teacher.send("Sokolova Irina Viktorovna")
    await teacher.click("Mother")
    assert "legal" in teacher.text.lower() and "Sokolova Irina Viktorovna" in teacher.text
    await teacher.click("I agree")
    assert "now takes part in the mentorship programme" in teacher.text
    event = await db.fetchone("SELECT * FROM consent_events WHERE kind = 'parent'")
    assert event["locale"] == "en" and event["actor_id"] == 3000


async def test_link_revoked_while_consent_is_on_screen(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await opens_invite(harness, 3000, token)
    await coordinator.send("/invites")
    await coordinator.click("Отозвать 1")
    await teacher.click("Согласен")
    assert "отозвал куратор" in teacher.alerts()[0]
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
    parent = await parent_opens(harness, parent_token, name=None)  # the parent is asked who they are…
    await student.send("/privacy")  # …while the child withdraws
    await student.click("Отозвать согласие")
    await student.click("Да, отозвать")
    await parent.send("Соколова Ирина")
    assert "неактуально" in parent.text
    assert await db.fetchval("SELECT COUNT(*) FROM fsm_state WHERE user_id = 4100") == 0
    await parent.send("/start")
    assert "откройте ссылку-приглашение" in parent.text


# ---- creating actions are idempotent: two identical updates at once create one thing --------------------------


async def _up_to_launch(harness: Harness, mentees: int = 3) -> tuple[Client, list[Client]]:
    """A coordinator with ``mentees`` mentee teachers, at the last step of launching a survey to them."""
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    people = [await register_adult(harness, 3000 + n, token, f"Учитель Наставляемый{'абвг'[n]}")
              for n in range(mentees)]
    await coordinator.send("/campaigns")
    await coordinator.click("Новый опрос")
    await coordinator.click("Удовлетворённость программой: наставляемый")
    await coordinator.click("Наставляемым")
    await coordinator.click("14 дней")
    return coordinator, people


@both_channels
async def test_double_tap_on_launch_makes_one_campaign(harness: Harness, db: Database) -> None:
    coordinator, _ = await _up_to_launch(harness)
    assert "после срока опроса" in coordinator.text  # the screen says when anonymous results show, and why
    await coordinator.click("Да, анонимный")  # the review screen; one confirmation launches
    before = len(coordinator.shown())
    await asyncio.gather(coordinator.click("Запустить"), coordinator.click("Запустить"))
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns") == 1
    assert await db.fetchval("SELECT COUNT(*) FROM campaign_recipients") == 3  # one invitation per person
    answers = [s.text for s in coordinator.shown()[before:]]
    assert sum("запущен: приглашения уходят 3" in a for a in answers) == 1
    assert sum("уже запущен (№ 1)" in a for a in answers) == 1  # the second tap is told, politely
    await coordinator.click("Запустить")  # a late tap on the same button
    assert "уже запущен (№ 1)" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns") == 1


@both_channels
async def test_double_tap_on_launch_to_people_picked_by_hand_makes_one_campaign(harness: Harness,
                                                                                db: Database) -> None:
    """The ticks are forgotten once the survey is launched: the second tap is still told it is launched."""
    coordinator, _ = await _up_to_launch(harness, mentees=3)
    await coordinator.click("Новый опрос")
    await coordinator.click("Удовлетворённость программой: наставляемый")
    await coordinator.click("Выбрать людей вручную")
    for name in ("Наставляемыйа", "Наставляемыйб", "Наставляемыйв"):
        await coordinator.click(name)
    await coordinator.click("Готово, выбрано: 3")
    await coordinator.click("7 дней")
    await coordinator.click("Да, анонимный")
    before = len(coordinator.shown())
    await asyncio.gather(coordinator.click("Запустить"), coordinator.click("Запустить"))
    answers = [s.text for s in coordinator.shown()[before:]]
    assert sum("запущен: приглашения уходят 3" in a for a in answers) == 1
    assert sum("уже запущен (№ 1)" in a for a in answers) == 1
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns") == 1
    assert await db.fetchval("SELECT COUNT(*) FROM campaign_recipients") == 3


async def test_two_launches_racing_in_the_service_make_one_campaign(harness: Harness, db: Database) -> None:
    """The same token in two tasks at once (no per-user isolation in between): one campaign, the other gets it."""
    from bot.services.access import Actor
    from bot.services.campaigns import CampaignService

    coordinator, _ = await _up_to_launch(harness)
    service: CampaignService = harness.dp["campaigns"]
    actor = await actor_of(db, coordinator.id)
    token = await service.launch_token(actor)
    first, second = await asyncio.gather(
        service.launch(actor, "satisfaction_mentee", "mentees", 14, False, token=token),
        service.launch(actor, "satisfaction_mentee", "mentees", 14, False, token=token))
    assert sorted([first[2], second[2]]) == [False, True] and first[0].id == second[0].id
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns") == 1
    assert await db.fetchval("SELECT COUNT(*) FROM campaign_recipients") == 3
    # someone else's token is not theirs to use
    stranger = Actor(Account.telegram(coordinator.id + 1), person=actor.person)
    with pytest.raises(DomainError):
        await service.launch(stranger, "satisfaction_mentee", "mentees", 14, False, token=token)


async def test_anonymous_survey_to_self_and_two_others_is_refused(harness: Harness, db: Database) -> None:
    """The coordinator, a second account and the person to be read: fewer than three answers that would count."""
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    await register_adult(harness, 3000, token, "Учитель Второйаккаунт")
    await register_adult(harness, 3001, token, "Учитель Мишень")
    await coordinator.send("/campaigns")
    await coordinator.click("Новый опрос")
    await coordinator.click("Удовлетворённость программой: наставляемый")
    await coordinator.click("Выбрать людей вручную")
    for name in ("Смирнова Ольга", "Учитель Второйаккаунт", "Учитель Мишень"):
        await coordinator.click(name)
    await coordinator.click("Готово, выбрано: 3")
    await coordinator.click("14 дней")
    await coordinator.click("Да, анонимный")
    assert "хотя бы для 3 участников, кроме вас и кураторов" in coordinator.alerts()[-1] + coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns") == 0
    await coordinator.click("Нет, с именами")  # with names the same three are fine
    await coordinator.click("Запустить")
    assert "запущен: приглашения уходят 3" in coordinator.text


@both_channels
async def test_double_tap_on_invite_uses_makes_one_link(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    made = await db.fetchval("SELECT COUNT(*) FROM invites")
    await coordinator.send("/invite")
    await coordinator.click("Кандидат в наставники")
    await coordinator.click("7")
    before = len(coordinator.shown())
    await asyncio.gather(coordinator.click("30"), coordinator.click("30"))
    assert await db.fetchval("SELECT COUNT(*) FROM invites") == made + 1
    answers = [s.text for s in coordinator.shown()[before:]
               # in MAX the keyboard taken off the question is an edit that shows the question again
               if harness.channel == "telegram" or "Сколько человек" not in s.text]
    assert sum("Ссылка готова" in a for a in answers) == 1 and sum("уже создана" in a for a in answers) == 1
    token = await db.fetchval("SELECT token FROM invites ORDER BY id DESC LIMIT 1")
    assert all(token in a for a in answers)  # both show the one link
    await coordinator.click("10")  # another choice on the same keyboard, later: still the same link
    assert "уже создана" in coordinator.text and token in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM invites") == made + 1


async def test_double_tap_on_not_working_signals_once(harness: Harness, db: Database) -> None:
    from bot.callbacks import PairCb
    from tests.flows import working_pairs

    coordinator, mentor, _, _, _ = await working_pairs(harness, db)
    told_before = sum("сообщает, что пара не складывается" in s.text for s in coordinator.shown())
    sure = PairCb(a="sigok", id=1).pack()
    await asyncio.gather(mentor.press(sure), mentor.press(sure))
    assert await db.fetchval("SELECT COUNT(*) FROM pair_signals") == 1
    told = sum("сообщает, что пара не складывается" in s.text for s in coordinator.shown())
    assert told == told_before + 1  # the coordinator is told once
    assert sum("ушло только куратору" in s.text for s in mentor.shown()) == 1
    await mentor.press(sure)  # and a later one is answered politely, nothing new is stored
    assert "уже сообщили куратору" in mentor.alerts()[-1]
    assert await db.fetchval("SELECT COUNT(*) FROM pair_signals") == 1


async def test_two_coordinators_finishing_the_same_pair_send_one_survey_each(harness: Harness, db: Database) -> None:
    """MeetingService.finish is one transaction: two coordinators tapping «finish» at the same moment (different
    users: nothing serialises them but the database) complete the pair once and send each person one survey."""
    from bot.callbacks import ActionCb
    from tests.flows import log_meeting, working_pairs

    coordinator, mentor, _, _, _ = await working_pairs(harness, db)
    second = await register_adult(harness, 2001, await invite(coordinator, "Куратор"), "Белова Анна Сергеевна")
    await log_meeting(mentor, "сегодня 60 мин очно итоговая Подведение итогов")
    finish = ActionCb(command="pfin", target_id=1).pack()
    started = await db.fetchval("SELECT MAX(id) FROM campaigns")  # the pairs' start questionnaires
    await asyncio.gather(coordinator.press(finish), second.press(finish))
    assert await db.fetchval("SELECT status FROM pairs WHERE id = 1") == "completed"
    # each of the two: a satisfaction survey and the end of before-and-after, once
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns WHERE id > ?", (started,)) == 4
    assert await db.fetchval("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id > ?", (started,)) == 4
    assert await db.fetchval("SELECT COUNT(DISTINCT person_id) FROM campaign_recipients WHERE campaign_id > ?",
                             (started,)) == 2
