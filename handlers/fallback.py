"""Whatever nobody else understood: stale or forged buttons, unexpected messages."""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.types import CallbackQuery, Message

from bot.i18n import TextFn
from bot.services.access import Actor
from bot.services.records import PersonStatus

logger = logging.getLogger(__name__)


def create_router() -> Router:
    router = Router(name="fallback")

    @router.callback_query()
    async def stale_button(query: CallbackQuery, t: TextFn) -> None:
        logger.info("user %s pressed an unknown or stale button", query.from_user.id)
        await query.answer(t("error-stale"), show_alert=True)

    @router.message()
    async def unexpected(message: Message, t: TextFn, actor: Actor | None) -> None:
        if message.text and message.text.startswith("/"):
            await message.answer(t("fallback-unknown-command"))
        elif actor is not None and actor.active_person is not None:
            await message.answer(t("fallback-registered"))
        elif actor is not None and actor.person is not None and actor.person.status is PersonStatus.AWAITING_PARENT:
            await message.answer(t("student-waiting-parent") + " " + t("student-waiting-parent-hint"))
        else:
            await message.answer(t("start-guest"))

    return router
