"""The notifier with a bot per channel: a notice goes through the bot of the recipient's account's channel, each
bot paced by its own limiter."""

from __future__ import annotations

from aiogram.methods import SendMessage

from bot.channels import mark
from bot.i18n import Translator
from bot.notifier import ChannelNotifier
from bot.services.ports import Delivery
from bot.telegram import RateLimiter, make_bot
from storage.models import Account, Channel
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
