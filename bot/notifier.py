"""The Notifier port over the messengers: texts rendered in the recipient's language, sent through the bot of the
recipient's account's channel (Telegram or MAX), each bot paced by its own limiter (the channels' limits are
independent)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence

from aiogram import Bot
from aiogram.exceptions import (
    AiogramError,
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
)
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ActionCb
from bot.channels import channel_of
from bot.i18n import Translator
from bot.services.ports import NO_ARGS, Action, Delivery, TextArgs
from bot.services.profile import ProfileService
from bot.telegram import RateLimiter
from storage.models import Account, Channel

logger = logging.getLogger(__name__)

GONE_MARKERS = ("chat not found", "user not found", "peer_id_invalid", "user is deactivated", "chat_id is empty")


def classify(exc: AiogramError) -> Delivery:
    """What a failed send means. Only answers about the recipient or the message are final; everything about
    the way there (network, 5xx, 429 beyond the pacing's waits, an answer that is not Telegram's) is worth
    another try later."""
    text = str(exc).lower()
    if isinstance(exc, (TelegramForbiddenError, TelegramBadRequest)) and any(m in text for m in GONE_MARKERS):
        return Delivery.GONE
    if isinstance(exc, TelegramForbiddenError):
        return Delivery.BLOCKED
    if isinstance(exc, (TelegramBadRequest, TelegramEntityTooLarge, TelegramMigrateToChat)):
        return Delivery.REJECTED
    if isinstance(exc, (TelegramAPIError, ClientDecodeError)):
        return Delivery.RETRY  # network, server errors, flood control, and 401/404/409 of a misconfigured bot
    return Delivery.REJECTED


class ChannelNotifier:
    """``bots``: the bot of each channel the deployment runs; ``limiters``: their pacing (a new one per bot when not
    given). A notice to an account that blocked the bot (or whose chat is gone), or of a channel without a bot here,
    goes to the person's next account that did not block the bot and whose channel runs here; when there is none it
    is not sent (BLOCKED when one of them blocked the bot, else GONE)."""

    def __init__(self, bots: Mapping[Channel, Bot], translator: Translator, profiles: ProfileService,
                 limiters: Mapping[Channel, RateLimiter] | None = None) -> None:
        self.bots = dict(bots)
        self.translator = translator
        self.profiles = profiles
        self.limiters = {channel: (limiters or {}).get(channel) or RateLimiter() for channel in self.bots}

    @classmethod
    def single(cls, bot: Bot, translator: Translator, profiles: ProfileService,
               limiter: RateLimiter | None = None) -> ChannelNotifier:
        """The notifier of a deployment with one bot, in whatever channel it runs."""
        channel = channel_of(bot)
        return cls({channel: bot}, translator, profiles, {channel: limiter} if limiter else None)

    async def notify(
        self, account: Account, locale: str, key: str, args: TextArgs = NO_ARGS, *, actions: Sequence[Action] = (),
        claim: Callable[[], Awaitable[bool]] | None = None
    ) -> Delivery:
        markup = None
        if actions:
            kb = InlineKeyboardBuilder()
            for action in actions:
                kb.button(text=self.translator.get(action.label_key, locale),
                          callback_data=ActionCb(command=action.command, target_id=action.target_id))
            kb.adjust(len(actions) if len(actions) <= 3 else 2)
            markup = kb.as_markup()
        # the account asked for first; when it is blocked (or its channel does not run here), the person's next
        # account that did not block the bot and whose channel runs here, the one used last first
        tried: set[Account] = set()
        failures: set[Delivery] = set()
        current: Account | None = account
        while current is not None:
            tried.add(current)
            bot = self.bots.get(current.channel)
            if bot is None:
                logger.warning("could not notify %s (%s): no bot runs in %s", current, key, current.channel.value)
            else:
                await self.limiters[current.channel].wait(current.external_id)
                if claim is not None:
                    if not await claim():
                        return Delivery.SKIPPED
                    claim = None  # claimed once for the notice, whichever account it reaches
                # texts that name the app («откроет её в { app-name }») name the messenger of the account it goes to
                text = self.translator.get(key, locale, {"channel": current.channel.value, **args})
                sent = await self._send(bot, current, key, text, markup)
                if sent not in (Delivery.BLOCKED, Delivery.GONE):
                    return sent
                await self.profiles.mark_blocked(current)  # nobody retries this account until it writes again
                failures.add(sent)
            current = next((a for a in await self.profiles.reachable_accounts(account)
                            if a not in tried and a.channel in self.bots), None)
        # nobody reachable: blocked when one of the accounts blocked the bot, else gone
        return Delivery.BLOCKED if Delivery.BLOCKED in failures else Delivery.GONE

    async def _send(self, bot: Bot, account: Account, key: str, text: str,
                    markup: InlineKeyboardMarkup | None) -> Delivery:
        try:
            await bot.send_message(account.external_id, text, reply_markup=markup)
        except (AiogramError, TimeoutError, OSError) as exc:
            # a notice must never undo or hide the action that caused it (it is already committed)
            outcome = classify(exc) if isinstance(exc, AiogramError) else Delivery.RETRY
            level = logging.INFO if outcome in (Delivery.BLOCKED, Delivery.GONE) else logging.WARNING
            logger.log(level, "could not notify user %s (%s): %s → %s", account, key, type(exc).__name__, outcome)
            return outcome
        return Delivery.SENT
