"""Telegram implementation of the Notifier port: texts rendered in the recipient's language."""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError

from bot.i18n import Translator
from bot.services.profile import ProfileService

logger = logging.getLogger(__name__)


class TelegramNotifier:
    def __init__(self, bot: Bot, translator: Translator, profiles: ProfileService) -> None:
        self.bot = bot
        self.translator = translator
        self.profiles = profiles

    async def notify(self, tg_user_id: int, locale: str, key: str, **args: Any) -> bool:
        text = self.translator.get(key, locale, **args)
        try:
            await self.bot.send_message(tg_user_id, text)
        except TelegramForbiddenError:
            logger.info("user %s blocked the bot", tg_user_id)
            await self.profiles.mark_blocked(tg_user_id)
            return False
        except TelegramAPIError as exc:
            # a notice must never undo or hide the action that caused it (it is already committed)
            logger.warning("could not notify user %s (%s): %s", tg_user_id, key, type(exc).__name__)
            return False
        return True
