"""What MAX does its own way, through the real Dispatcher on the MAX harness (``tests/max_harness.py``): one command
list for everyone with /help per role, an alert as a notification, the contact button's vCard checked against the
sender, texts that name the app, MAX's refusals as aiogram's errors for a campaign."""

from __future__ import annotations

from datetime import date

import pytest
from aiogram.methods import DeleteMyCommands, SetMyCommands

from bot import menu
from bot.channels import channel_of
from bot.services.campaigns import CampaignService
from storage.db import Database
from storage.models import Account, Channel
from tests.flows import actor_of, invite, make_coordinator, person_row, register_adult, up_to_phone_step
from tests.harness import Harness
from tests.max_harness import MaxHarness

pytestmark = pytest.mark.parametrize("channel", ["max"], indirect=True)


async def test_one_command_list_of_guest_commands_and_help_per_role(harness: Harness) -> None:
    assert isinstance(harness, MaxHarness) and channel_of(harness.bot) == "max"
    await menu.set_default_menus(harness.bot, harness.translator)
    guest = [("start", "Начало и мой профиль"), ("help", "Что умеет бот"), ("language", "Язык / Language"),
             ("privacy", "Мои данные и согласия")]
    assert [(c["name"], c["description"]) for c in harness.api.commands] == guest
    assert len(harness.api.calls_of("PATCH /me/commands")) == 1  # one list: no per-language ones

    before = len(harness.requests)
    coordinator = await make_coordinator(harness)  # registering changes a Telegram user's own menu; not in MAX
    assert not [m for m in harness.requests[before:] if isinstance(m, SetMyCommands | DeleteMyCommands)]
    assert [(c["name"], c["description"]) for c in harness.api.commands] == guest
    await coordinator.send("/help")  # the role's commands are listed by /help instead
    assert "<b>Вы куратор.</b>" in coordinator.text and "/invite" in coordinator.text
    assert "/pairs" in coordinator.text and "/neworg" not in coordinator.text


async def test_an_alert_is_a_notification(harness: Harness, db: Database) -> None:
    """MAX answers a button with a notification and has no alert flag: the alert's text is the notification."""
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог", uses="1 человек")
    first, second = harness.user(3000), harness.user(3001)
    for person in (first, second):
        await person.send(f"/start {token}")
        await person.click("Русский")
    await first.click("Согласен")
    await second.click("Согласен")  # the link is used up meanwhile: Telegram shows an alert
    [answer] = [call.body for call in second.calls if call.op == "POST /answers"]  # type: ignore[attr-defined]
    assert set(answer) == {"notification"} and "уже зарегистрировались все" in answer["notification"]


async def test_a_contact_without_its_max_account_is_refused(harness: Harness, db: Database) -> None:
    """The contact button sends the sender's own vCard with their MAX account; a vCard without one (a phone-book
    contact) or with someone else's is not the sender's number."""
    assert isinstance(harness, MaxHarness)
    coordinator = await make_coordinator(harness)
    teacher = await up_to_phone_step(harness, 3000, await invite(coordinator, "Наставляемый педагог"))
    vcard = {"type": "contact", "payload": {"vcf_info": "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=cell:+79001112233\r\n"
                                                        "FN:Иванова\r\nEND:VCARD\r\n", "max_info": None}}
    await teacher._act(lambda: harness.api.message(3000, None, [vcard]))  # type: ignore[attr-defined]
    assert "только свой номер" in teacher.text
    await teacher.send_contact("+79001112233", user_id=3999)  # someone else's MAX account
    assert "только свой номер" in teacher.text
    await teacher.send_contact("+7 900 111-22-33")
    assert "Регистрация завершена" in teacher.text
    assert (await person_row(db, 3000))["phone"] == "+79001112233"


async def test_a_campaign_meets_a_blocked_user_and_flood_control_as_in_telegram(harness: Harness, db: Database) -> None:
    """MAX's 403 and 429 arrive as aiogram's errors: the campaign marks who blocked the bot and waits out the 429
    (MAX gives no retry_after: the transport's own backoff, 1 s first)."""
    assert isinstance(harness, MaxHarness)
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Кандидат в наставники")
    first = await register_adult(harness, 3000, token, "Иванова Мария Петровна")
    second = await register_adult(harness, 3001, token, "Орлов Игорь Николаевич")
    harness.api.blocked_users.add(second.id)
    harness.api.fail_next("POST /messages", 429, "too.many.requests")
    harness.expected_refusals = [("POST /messages", {"user_id": str(first.id)},
                                  {"code": "too.many.requests", "message": "injected"}),
                                 ("POST /messages", {"user_id": str(second.id)},
                                  {"code": "chat.denied", "message": "bot is blocked by the user"})]
    service: CampaignService = harness.dp["campaigns"]
    actor = await actor_of(db, coordinator.id)
    assert actor.account == Account(Channel.MAX, coordinator.id)  # the coordinator's MAX account
    campaign = await service.create(actor, "potential_mentor", "mentors", date(2026, 9, 30), anonymous=False)
    service.parallel = 1  # one at a time: the 429 falls on the first invitation
    await service.deliver()
    assert await service.repos.campaigns.counts(campaign.id) == {"blocked": 1, "delivered": 1}
    assert harness.flood_waits == [1]
    assert (await person_row(db, second.id))["blocked_at"] is not None
    [invitation] = [s for s in first.shown() if "Просим заполнить анкету" in s.text]
    assert invitation.button_texts() == ["Заполнить анкету"]
    await first.click("Заполнить анкету")
    assert "Анкета потенциального наставника" in first.text
