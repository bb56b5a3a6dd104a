"""Survey invitations over real HTTP (aiohttp session, the RetryAfter middleware, the notifier) through a Telegram
that answers 502 for thirty minutes, then «chat not found» for one person: nothing lost, nothing doubled, the
final failure recorded with its reason. Time is a FakeClock; the sends themselves are real HTTP calls."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.notifier import ChannelNotifier
from bot.sandbox.fake_api import FakeBotAPI
from bot.services.access import Actor
from bot.services.graph import build_services
from bot.telegram import RateLimiter, make_bot
from storage.db import Database
from storage.models import Account, OrgKind, PersonStatus, Role
from storage.organisations import OrganisationRepo
from storage.persons import PersonRepo

START = datetime(2026, 9, 14, 7, 0, tzinfo=UTC)  # 10:00 in Moscow


async def test_a_thirty_minute_502_outage_over_http(db: Database, settings: Settings, translator: Translator) -> None:
    clock = FakeClock(START)
    persons = PersonRepo(db)
    async with db.transaction():
        org = await OrganisationRepo(db).create("Школа", OrgKind.SCHOOL, "Europe/Moscow", "ул. Мира, 1", 1, START)
        coordinator = await persons.create(org, Account.telegram(100), "ru", PersonStatus.ACTIVE, False, START)
        await persons.add_role(coordinator, Role.COORDINATOR, None, START)
        for n in range(4):
            pid = await persons.create(org, Account.telegram(7000 + n), "ru", PersonStatus.ACTIVE, False, START)
            await persons.add_role(pid, Role.MENTOR_CANDIDATE, None, START)
    async with FakeBotAPI() as api:
        bot = make_bot(api.token, api.base_url)
        try:
            limiter = RateLimiter(per_second=1000, per_chat_interval=0)  # pacing is not what this test is about
            campaigns = build_services(
                db, clock, lambda profiles: ChannelNotifier.single(bot, translator, profiles, limiter),
                settings, translator).campaigns
            campaigns.parallel = 1  # one at a time, in order: the «chat not found» below goes to the first
            actor = Actor(Account.telegram(100), person=await persons.get(coordinator))
            campaign = await campaigns.create(actor, "potential_mentor", "mentors", date(2026, 9, 21), False)
            api.fail_next("sendMessage", 502, "Bad Gateway", times=1000)
            for minute in range(90):
                clock.set(START + timedelta(minutes=minute))
                if minute == 30:  # Telegram is back; the first person's account is gone meanwhile
                    api.clear_faults()
                    api.fail_next("sendMessage", 400, "Bad Request: chat not found")
                await campaigns.deliver()
        finally:
            await bot.session.close()
    failed_502 = [c for c in api.calls_of("sendMessage") if c.error_code == 502]
    assert len(failed_502) > 4 * 3  # every invitation was tried more than the old three times during the outage
    delivered = Counter(c.params["chat_id"] for c in api.calls_of("sendMessage") if c.ok)
    assert delivered == {7001: 1, 7002: 1, 7003: 1}  # nothing lost, nobody twice
    rows = await db.fetchall("SELECT a.external_id, r.status, r.failure FROM campaign_recipients r"
                             " JOIN accounts a ON a.person_id = r.person_id WHERE r.campaign_id = ?"
                             " ORDER BY a.external_id",
                             (campaign.id,))
    assert [tuple(r) for r in rows] == [(7000, "failed", "gone"), (7001, "delivered", None),
                                        (7002, "delivered", None), (7003, "delivered", None)]
    gone = await persons.by_account(Account.telegram(7000))
    assert gone is not None and gone.blocked_at is not None  # not chased by other notices either
