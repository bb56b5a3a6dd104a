"""The notifier with a bot per channel: a notice goes through the bot of the recipient's account's channel, each
bot paced by its own limiter."""

from __future__ import annotations

from datetime import timedelta

from aiogram.exceptions import TelegramForbiddenError
from aiogram.methods import SendMessage

from bot.channels import mark
from bot.clock import FakeClock
from bot.i18n import Translator
from bot.notifier import ChannelNotifier
from bot.services.ports import Delivery
from bot.services.profile import ProfileService
from bot.telegram import RateLimiter, make_bot
from storage.db import Database
from storage.models import Account, Channel, OrgKind, PersonStatus
from storage.persons import PREFERRED_ACCOUNT
from storage.repositories import Repositories
from tests.harness import MAX_TOKEN, TOKEN, RecordingSession


class CountingLimiter(RateLimiter):
    def __init__(self) -> None:
        super().__init__(per_second=1e9, per_chat_interval=0)
        self.chats: list[int | None] = []

    async def wait(self, chat_id: int | None) -> None:
        self.chats.append(chat_id)
        await super().wait(chat_id)


class NoProfiles:
    async def mark_blocked(self, account: Account) -> None:
        raise AssertionError("nobody is blocked here")

    async def reachable_accounts(self, account: Account) -> list[Account]:
        return []  # nobody else to try


async def test_each_notice_goes_through_the_bot_of_its_channel() -> None:
    sessions = {Channel.TELEGRAM: RecordingSession(), Channel.MAX: RecordingSession()}
    bots = {channel: mark(make_bot(TOKEN if channel is Channel.TELEGRAM else MAX_TOKEN, session=session), channel)
            for channel, session in sessions.items()}
    limiters = {Channel.TELEGRAM: CountingLimiter(), Channel.MAX: CountingLimiter()}
    notifier = ChannelNotifier(bots, Translator(), NoProfiles(), limiters)  # type: ignore[arg-type]

    assert await notifier.notify(Account(Channel.MAX, 7), "ru", "language-set") is Delivery.SENT
    assert await notifier.notify(Account(Channel.TELEGRAM, 7), "en", "language-set") is Delivery.SENT

    sent = {channel: [m for m in session.requests if isinstance(m, SendMessage)]
            for channel, session in sessions.items()}
    assert [m.chat_id for m in sent[Channel.MAX]] == [7] and [m.chat_id for m in sent[Channel.TELEGRAM]] == [7]
    assert sent[Channel.MAX][0].text != sent[Channel.TELEGRAM][0].text  # each in its recipient's language
    # the channels' limits are independent: each bot's pace counted only its own notice
    assert limiters[Channel.MAX].chats == [7] and limiters[Channel.TELEGRAM].chats == [7]


async def test_a_channel_the_deployment_does_not_run_is_not_reached() -> None:
    session = RecordingSession()
    notifier = ChannelNotifier.single(make_bot(TOKEN, session=session), Translator(), NoProfiles())  # type: ignore[arg-type]
    assert await notifier.notify(Account(Channel.MAX, 7), "ru", "language-set") is Delivery.GONE
    assert not session.requests



# «blocked the bot» is an account's: a person who blocked the bot in Telegram is reached in MAX


class ChannelBot:
    """A bot of one channel that answers 403 while ``blocked``; what it delivered, by chat."""

    def __init__(self) -> None:
        self.blocked = False
        self.sent: list[tuple[int, str]] = []
        self.attempts = 0

    async def send_message(self, chat_id: int, text: str, reply_markup: object = None) -> None:
        self.attempts += 1
        if self.blocked:
            raise TelegramForbiddenError(SendMessage(chat_id=chat_id, text=text),
                                         "Forbidden: bot was blocked by the user")
        self.sent.append((chat_id, text))


TG = Account(Channel.TELEGRAM, 7)
MX = Account(Channel.MAX, 8)


async def _two_accounts(db: Database, clock: FakeClock) -> tuple[ProfileService, int]:
    """A person with a MAX account and a Telegram one, the Telegram one used last."""
    repos = Repositories.on(db)
    now = clock.now()
    async with db.transaction():
        org = await repos.organisations.create("Школа", OrgKind.SCHOOL, "Europe/Moscow", None, 1, now)
        person_id = await repos.persons.create(org, MX, "ru", PersonStatus.ACTIVE, False, now)
        await repos.persons.add_account(person_id, TG, now + timedelta(minutes=1))
    return ProfileService(db, repos, clock), person_id


async def _blocked_at(db: Database, person_id: int) -> tuple[object, dict[str, object]]:
    person = await db.fetchval("SELECT blocked_at FROM persons WHERE id = ?", (person_id,))
    rows = await db.fetchall("SELECT channel, blocked_at FROM accounts WHERE person_id = ?", (person_id,))
    return person, {r["channel"]: r["blocked_at"] for r in rows}


async def test_a_person_who_blocked_the_bot_in_telegram_gets_the_notice_in_max(db: Database, clock: FakeClock) -> None:
    profiles, person_id = await _two_accounts(db, clock)
    bots = {Channel.TELEGRAM: ChannelBot(), Channel.MAX: ChannelBot()}
    bots[Channel.TELEGRAM].blocked = True
    notifier = ChannelNotifier(bots, Translator(), profiles)  # type: ignore[arg-type]

    assert await notifier.notify(TG, "ru", "language-set") is Delivery.SENT
    assert [chat for chat, _ in bots[Channel.MAX].sent] == [MX.external_id]
    person, accounts = await _blocked_at(db, person_id)
    assert person is None  # the person is reachable: only the Telegram account blocked the bot
    assert accounts["telegram"] is not None and accounts["max"] is None

    # the next notice goes to MAX first: the blocked account is not tried again
    assert await notifier.notify(await _preferred(db, person_id), "ru", "language-set") is Delivery.SENT
    assert bots[Channel.TELEGRAM].attempts == 1 and len(bots[Channel.MAX].sent) == 2


async def _preferred(db: Database, person_id: int) -> Account:
    value = await db.fetchval(f"SELECT {PREFERRED_ACCOUNT} FROM persons p WHERE p.id = ?", (person_id,))
    return Account.parse(value)


async def test_both_accounts_blocked_mark_the_person_once_and_a_write_clears_it(db: Database,
                                                                                 clock: FakeClock) -> None:
    profiles, person_id = await _two_accounts(db, clock)
    bots = {Channel.TELEGRAM: ChannelBot(), Channel.MAX: ChannelBot()}
    bots[Channel.TELEGRAM].blocked = bots[Channel.MAX].blocked = True
    notifier = ChannelNotifier(bots, Translator(), profiles)  # type: ignore[arg-type]

    assert await notifier.notify(TG, "ru", "language-set") is Delivery.BLOCKED
    assert bots[Channel.TELEGRAM].attempts == 1 and bots[Channel.MAX].attempts == 1  # each tried once
    person, accounts = await _blocked_at(db, person_id)
    assert person is not None and all(accounts.values())
    marked = person
    clock.advance(timedelta(hours=1))
    # another notice: nothing is retried, and the person stays marked since the first time
    assert await notifier.notify(TG, "ru", "language-set") is Delivery.BLOCKED
    assert bots[Channel.TELEGRAM].attempts == 2 and bots[Channel.MAX].attempts == 1
    assert (await _blocked_at(db, person_id))[0] == marked

    # they write from MAX again: that account, and so the person, is reachable again; Telegram stays blocked
    await profiles.mark_unblocked(MX)
    person, accounts = await _blocked_at(db, person_id)
    assert person is None and accounts["max"] is None and accounts["telegram"] is not None
    bots[Channel.MAX].blocked = False
    assert await notifier.notify(await _preferred(db, person_id), "ru", "language-set") is Delivery.SENT
    assert bots[Channel.TELEGRAM].attempts == 2 and len(bots[Channel.MAX].sent) == 1


async def test_a_channel_that_does_not_run_here_falls_back_to_one_that_does(db: Database, clock: FakeClock) -> None:
    profiles, _ = await _two_accounts(db, clock)
    bot = ChannelBot()
    notifier = ChannelNotifier({Channel.MAX: bot}, Translator(), profiles)  # type: ignore[dict-item]
    assert await notifier.notify(TG, "ru", "language-set") is Delivery.SENT
    assert [chat for chat, _ in bot.sent] == [MX.external_id]
