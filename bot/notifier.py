"""Telegram implementation of the Notifier port: texts rendered in the recipient's language."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

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
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ActionCb
from bot.i18n import Translator
from bot.services.ports import NO_ARGS, Action, Delivery, TextArgs
from bot.services.profile import ProfileService
from bot.telegram import RateLimiter

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


class TelegramNotifier:
    def __init__(self, bot: Bot, translator: Translator, profiles: ProfileService,
                 limiter: RateLimiter | None = None) -> None:
        self.bot = bot
        self.translator = translator
        self.profiles = profiles
        self.limiter = limiter or RateLimiter()

    async def notify(
        self, tg_user_id: int, locale: str, key: str, args: TextArgs = NO_ARGS, *, actions: Sequence[Action] = (),
        claim: Callable[[], Awaitable[bool]] | None = None
    ) -> Delivery:
        text = self.translator.get(key, locale, args)
        markup = None
        if actions:
            kb = InlineKeyboardBuilder()
            for action in actions:
                kb.button(text=self.translator.get(action.label_key, locale),
                          callback_data=ActionCb(command=action.command, target_id=action.target_id))
            kb.adjust(len(actions) if len(actions) <= 3 else 2)
            markup = kb.as_markup()
        await self.limiter.wait(tg_user_id)
        if claim is not None and not await claim():
            return Delivery.SKIPPED
        try:
            await self.bot.send_message(tg_user_id, text, reply_markup=markup)
        except (AiogramError, TimeoutError, OSError) as exc:
            # a notice must never undo or hide the action that caused it (it is already committed)
            outcome = classify(exc) if isinstance(exc, AiogramError) else Delivery.RETRY
            level = logging.INFO if outcome in (Delivery.BLOCKED, Delivery.GONE) else logging.WARNING
            logger.log(level, "could not notify user %s (%s): %s → %s", tg_user_id, key, type(exc).__name__, outcome)
            if outcome in (Delivery.BLOCKED, Delivery.GONE):
                await self.profiles.mark_blocked(tg_user_id)  # nobody retries them until they write again
            return outcome
        return Delivery.SENT
