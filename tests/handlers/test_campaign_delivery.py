"""The coordinator's campaign screen after a Telegram outage: delivered / waiting to be sent again / failed and
why, and «send again» for the failed ones (a double tap queues them once)."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from aiogram.methods import SendMessage

from bot.services.access import Actor
from bot.services.campaigns import CampaignService
from storage.db import Database
from storage.models import Account
from storage.persons import PersonRepo
from tests.flows import make_coordinator, person_row
from tests.handlers.test_campaigns import add_mentors
from tests.harness import Harness


async def test_the_coordinator_sees_what_failed_and_sends_it_again(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    row = await person_row(db, coordinator.id)
    mentors = await add_mentors(db, row["org_id"], 6, harness.clock.now())
    harness.session.blocked_chats.add(mentors[0])  # blocked the bot
    harness.session.unreachable_chats.update(mentors[1:3])  # the network fails on the way to these two
    service: CampaignService = harness.dp["campaigns"]
    actor = Actor(coordinator.account, person=await PersonRepo(db).get(row["id"]))
    campaign = await service.create(actor, "potential_mentor", "mentors", date(2026, 9, 30), anonymous=False)
    result = await service.deliver()
    assert (result.delivered, result.blocked, result.retried, result.failed) == (3, 1, 2, 0)

    await coordinator.send("/campaigns")
    assert "приглашено 6, доставлено 3" in coordinator.text
    assert "ждут повторной отправки (нет связи с Telegram): 2" in coordinator.text
    assert "не доставлено: 1 — заблокировали бота: 1, аккаунт удалён или недоступен: 0" in coordinator.text
    button = f"Отправить ещё раз недоставленные № {campaign.id} (1)"
    assert "🔁 " + button in coordinator.replies()[-1].button_texts()

    # the network is back: the two waiting ones go out at their next try, once
    harness.session.unreachable_chats.clear()
    harness.clock.advance(timedelta(minutes=2))
    assert (await service.deliver()).delivered == 2

    # a double tap on «send again»: the failed one is queued once; the second tap finds nothing to do
    harness.session.blocked_chats.clear()
    async with db.transaction():  # the teacher unblocked the bot meanwhile
        person = await PersonRepo(db).by_account(Account.telegram(mentors[0]))
        assert person is not None
        await PersonRepo(db).update_fields(person.id, harness.clock.now(), blocked_at=None)
    await asyncio.gather(coordinator.click(button), coordinator.click(button))
    texts = [shown.text for shown in coordinator.shown() if shown.text.startswith(f"Опрос № {campaign.id}:")]
    assert len(texts) == 2
    assert "недоставленные приглашения (1) снова в очереди" in texts[0] + texts[1]
    assert "отправлять заново нечего" in texts[0] + texts[1]
    assert (await service.deliver()).delivered == 1
    assert (await service.deliver()).delivered == 0

    invites = [m.chat_id for m in harness.session.delivered()
               if isinstance(m, SendMessage) and "Просим заполнить анкету" in m.text]
    assert sorted(invites) == sorted(mentors)  # everyone has it, nobody twice
    await coordinator.send("/campaigns")
    assert "приглашено 6, доставлено 6" in coordinator.text and "не доставлено" not in coordinator.text
    assert not [b for b in coordinator.replies()[-1].button_texts() if "Отправить ещё раз" in b]
