"""Domain errors become polite, localised replies; anything else is logged with ids and apologised for."""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import ExceptionTypeFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import ErrorEvent

from bot.i18n import TextFn, Translator
from bot.services.errors import DomainError
from bot.services.ports import NO_ARGS, TextArgs
from handlers._util import ALERT_LIMIT, fit_text

logger = logging.getLogger(__name__)


async def _reply(event: ErrorEvent, text: str) -> None:
    update = event.update
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(fit_text(text, ALERT_LIMIT), show_alert=True)  # UTF-16 units
        elif update.message is not None:
            await update.message.answer(text)
    except TelegramBadRequest as exc:  # e.g. the callback query is too old to answer
        logger.warning("update %s: could not deliver error reply: %s", update.update_id, exc.message)


def _text(data: dict[str, Any], key: str, args: TextArgs = NO_ARGS) -> str:
    t: TextFn | None = data.get("t")
    if t is not None:
        return t(key, **args)
    translator: Translator = data["translator"]
    return translator.get(key, None, args)


def create_router() -> Router:
    router = Router(name="errors")

    @router.error(ExceptionTypeFilter(DomainError))
    async def domain_error(event: ErrorEvent, **data: Any) -> None:
        exc = event.exception
        assert isinstance(exc, DomainError)
        user = data.get("event_from_user")
        logger.info("update %s user %s: %s", event.update.update_id, user.id if user else None, exc.key)
        state: FSMContext | None = data.get("state")
        if exc.ends_flow and state is not None:
            await state.clear()  # the process cannot go on: no stuck form state
        await _reply(event, _text(data, exc.key, exc.args_for_text))

    @router.error()
    async def unexpected_error(event: ErrorEvent, **data: Any) -> None:
        user = data.get("event_from_user")
        logger.error(
            "update %s user %s failed: %s",
            event.update.update_id,
            user.id if user else None,
            type(event.exception).__name__,
            exc_info=event.exception,
        )
        await _reply(event, _text(data, "error-internal"))

    return router
