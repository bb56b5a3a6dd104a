"""Survey invitations ride out a Telegram outage: passing failures are tried again with growing pauses until the
deadline, final ones (blocked, chat gone) are recorded with the reason at once; the coordinator can send again."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import SendMessage

from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.notifier import classify
from bot.services.access import Actor
from bot.services.graph import Services
from bot.services.ports import Delivery, retry_pause
from storage.db import Database
from storage.models import Account, OrgKind, PersonStatus, Role
from storage.organisations import OrganisationRepo
from storage.persons import PersonRepo
from tests.flows import FakeNotifier, service_graph

START = datetime(2026, 9, 14, 7, 0, tzinfo=UTC)  # a Monday, 10:00 in Moscow
BLOCKED, GONE = 5001, 5002


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def notifier() -> FakeNotifier:
    """One person blocked the bot (BLOCKED), one account is gone (GONE)."""
    fake = FakeNotifier()
    fake.blocked.add(BLOCKED)
    fake.gone.add(GONE)
    return fake


@pytest.fixture
def services(db: Database, clock: FakeClock, settings: Settings, translator: Translator,
             notifier: FakeNotifier) -> Services:
    return service_graph(db, clock, settings, translator, notifier)


async def school(db: Database, clock: FakeClock, mentors: int) -> Actor:
    """A Moscow school with a coordinator and ``mentors`` mentor candidates (5000, 5001 …); returns the coordinator."""
    now = clock.now()
    persons = PersonRepo(db)
    async with db.transaction():
        org = await OrganisationRepo(db).create("Школа", OrgKind.SCHOOL, "Europe/Moscow", "ул. Мира, 1", 1, now)
        coordinator = await persons.create(org, Account.telegram(100), "ru", PersonStatus.ACTIVE, False, now)
        await persons.add_role(coordinator, Role.COORDINATOR, None, now)
        for n in range(mentors):
            pid = await persons.create(org, Account.telegram(5000 + n), "ru", PersonStatus.ACTIVE, False, now)
            await persons.update_fields(pid, now, full_name=f"Учитель Номер{n}")
            await persons.add_role(pid, Role.MENTOR_CANDIDATE, None, now)
    return Actor(Account.telegram(100), person=await persons.get(coordinator))


async def statuses(db: Database, campaign_id: int) -> dict[int, tuple[str, str | None]]:
    rows = await db.fetchall(
        "SELECT (SELECT external_id FROM accounts WHERE person_id = p.id) AS tg_user_id, r.status, r.failure FROM "
        "campaign_recipients r JOIN persons p ON p.id = r.person_id"
        " WHERE r.campaign_id = ?", (campaign_id,))
    return {r["tg_user_id"]: (r["status"], r["failure"]) for r in rows}


async def test_a_thirty_minute_outage_loses_no_invitation_and_doubles_none(
        db: Database, clock: FakeClock, services: Services, notifier: FakeNotifier) -> None:
    coordinator = await school(db, clock, mentors=8)
    campaigns = services.campaigns
    campaign = await campaigns.create(coordinator, "potential_mentor", "mentors", date(2026, 9, 21), anonymous=False)
    notifier.down = True
    for minute in range(90):  # the scheduler delivers every minute (every 10 s in production)
        clock.set(START + timedelta(minutes=minute))
        if minute == 30:
            notifier.down = False
        await campaigns.deliver()
        if minute == 20:  # in the middle of the outage the coordinator sees them waiting, not failed
            (_, progress), = await campaigns.overview(coordinator)
            assert (progress["waiting"], progress["delivered"], progress["failed"]) == (8, 0, 0)
    invitations = [m["to"] for m in notifier.sent if m["key"] == "campaign-invite"]
    assert sorted(invitations) == [5000, 5003, 5004, 5005, 5006, 5007]  # nothing lost, nobody twice
    assert max(notifier.tries.count((chat, "campaign-invite")) for chat in invitations) < 10  # paused, not hammered
    found = await statuses(db, campaign.id)
    assert found[BLOCKED] == ("blocked", "blocked") and found[GONE] == ("failed", "gone")
    (_, progress), = await campaigns.overview(coordinator)
    assert {k: progress[k] for k in ("delivered", "waiting", "blocked", "gone", "failed", "resendable")} == {
        "delivered": 6, "waiting": 0, "blocked": 1, "gone": 1, "failed": 0, "resendable": 2}


async def test_blocked_and_gone_are_final_at_once_and_can_be_sent_again(
        db: Database, clock: FakeClock, services: Services, notifier: FakeNotifier) -> None:
    coordinator = await school(db, clock, mentors=3)
    campaigns = services.campaigns
    campaign = await campaigns.create(coordinator, "potential_mentor", "mentors", date(2026, 9, 21), anonymous=False)
    result = await campaigns.deliver()
    assert (result.delivered, result.blocked, result.failed, result.retried) == (1, 1, 1, 0)
    clock.advance(timedelta(hours=1))
    assert (await campaigns.deliver()).retried == 0 and len(notifier.tries) == 3  # never tried again by itself
    # the coordinator taps «send again» twice: the two failed ones are queued once
    assert await campaigns.resend_failed(coordinator, campaign.id) == 2
    assert await campaigns.resend_failed(coordinator, campaign.id) == 0
    async with db.transaction():  # the teacher unblocked the bot meanwhile
        person = await PersonRepo(db).by_account(Account.telegram(BLOCKED))
        assert person is not None
        await PersonRepo(db).update_fields(person.id, clock.now(), blocked_at=None)
    notifier_blocked_until_now = notifier.tries.count((BLOCKED, "campaign-invite"))
    await campaigns.deliver()
    assert notifier.tries.count((BLOCKED, "campaign-invite")) == notifier_blocked_until_now + 1
    assert [m["to"] for m in notifier.sent].count(5000) == 1  # the delivered one is not sent again


async def test_a_passing_failure_is_tried_until_the_deadline_then_recorded_as_expired(
        db: Database, clock: FakeClock, services: Services, notifier: FakeNotifier) -> None:
    coordinator = await school(db, clock, mentors=1)
    campaigns = services.campaigns
    campaign = await campaigns.create(coordinator, "potential_mentor", "mentors", date(2026, 9, 14), anonymous=False)
    notifier.down = True
    while clock.now() < datetime(2026, 9, 14, 22, 0, tzinfo=UTC):  # Telegram stays down past the deadline day
        await campaigns.deliver()
        clock.advance(timedelta(minutes=1))
    assert (await statuses(db, campaign.id))[5000] == ("failed", "expired")
    tries = notifier.tries.count((5000, "campaign-invite"))
    assert 20 < tries < 40  # 10:00 to midnight Moscow time, every 30 minutes once the pauses have grown
    with pytest.raises(Exception, match="campaign-error-closed"):
        await campaigns.resend_failed(coordinator, campaign.id)


async def test_the_reminder_to_non_respondents_survives_an_outage(
        db: Database, clock: FakeClock, services: Services, notifier: FakeNotifier) -> None:
    coordinator = await school(db, clock, mentors=2)
    campaigns = services.campaigns
    await campaigns.create(coordinator, "potential_mentor", "mentors", date(2026, 9, 16), anonymous=False)
    await campaigns.deliver()
    notifier.down = True
    work = services.reminders.settings
    sent = 0
    for minute in range(60):
        clock.set(START + timedelta(minutes=minute))
        if minute == 30:
            notifier.down = False
        sent += await campaigns.remind_non_respondents(work.work_start, work.work_end)
    assert sent == 1 and [m["to"] for m in notifier.sent if m["key"] == "campaign-reminder"] == [5000]
    assert notifier.tries.count((BLOCKED, "campaign-reminder")) == 0  # blocked at the invitation: not chased


def test_retry_pauses_grow_and_are_capped() -> None:
    assert [retry_pause(n) for n in range(7)] == [timedelta(minutes=m) for m in (1, 2, 5, 10, 30, 30, 30)]


def test_telegram_errors_are_told_apart() -> None:
    method = SendMessage(chat_id=1, text="x")
    assert classify(TelegramForbiddenError(method, "Forbidden: bot was blocked by the user")) is Delivery.BLOCKED
    assert classify(TelegramForbiddenError(method, "Forbidden: user is deactivated")) is Delivery.GONE
    assert classify(TelegramBadRequest(method, "Bad Request: chat not found")) is Delivery.GONE
    assert classify(TelegramBadRequest(method, "Bad Request: can't parse entities")) is Delivery.REJECTED
    assert classify(TelegramNetworkError(method, "Request timeout error")) is Delivery.RETRY
    assert classify(TelegramServerError(method, "Bad Gateway")) is Delivery.RETRY
    assert classify(TelegramRetryAfter(method, "Too Many Requests: retry after 120", 120)) is Delivery.RETRY
    assert classify(ClientDecodeError("not JSON", ValueError(), "<html>502</html>")) is Delivery.RETRY
    assert Delivery.BLOCKED.final and Delivery.GONE.final and not Delivery.RETRY.final
    assert Delivery.SENT and not Delivery.RETRY and not Delivery.BLOCKED and not Delivery.SKIPPED
