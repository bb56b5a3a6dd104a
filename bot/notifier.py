"""Telegram implementation of the Notifier port: texts rendered in the recipient's language."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ActionCb
from bot.i18n import Translator
from bot.services.ports import NO_ARGS, Action, TextArgs
from bot.services.profile import ProfileService
from bot.telegram import RateLimiter

logger = logging.getLogger(__name__)


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
    ) -> bool:
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
            return False
        try:
            await self.bot.send_message(tg_user_id, text, reply_markup=markup)
        except TelegramForbiddenError:
            logger.info("user %s blocked the bot", tg_user_id)
            await self.profiles.mark_blocked(tg_user_id)
            return False
        except TelegramAPIError as exc:
            # a notice must never undo or hide the action that caused it (it is already committed)
            logger.warning("could not notify user %s (%s): %s", tg_user_id, key, type(exc).__name__)
            return False
        return True
