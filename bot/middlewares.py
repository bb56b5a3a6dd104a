"""The one outer middleware: who is asking (participant, roles, admin) and in which language."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot, Dispatcher
from aiogram.fsm.context import FSMContext
from aiogram.types import TelegramObject, User

from bot.channels import channel_of
from bot.i18n import Translator
from bot.services.access import Actor, is_admin
from bot.services.profile import ProfileService
from storage.models import Account, Channel

logger = logging.getLogger(__name__)


UNWIND_SECONDS = 1.0  # after the grace, how long cancelled updates get to roll back before the session closes


class InFlightUpdates(BaseMiddleware):
    """Lets shutdown wait for every update the dispatcher has received, before the bot session and database close.

    An update counts from the moment it is received, not from when it reaches this middleware:

    * Polling: aiogram starts one task per update as soon as getUpdates returns it (at most ``UPDATES_IN_FLIGHT`` at
      once, see bot/app.py: the rest of a batch waits to be started, unconfirmed), and does not wait for them on
      SIGINT/SIGTERM. Before such a task gets here it passes aiogram's own outer middlewares, which wait for the
      user's lock (``SimpleEventIsolation``: a second quick tap waits behind the first) and read the FSM state from
      the database; after the handler, aiogram may still send the method a handler returned. So ``drain`` waits for
      the dispatcher's update tasks themselves.
    * ``Dispatcher.feed_update`` called directly (the tests, a webhook): counted while inside this middleware.

    Nothing new arrives once shutdown starts: aiogram cancels its polling loop before it emits shutdown. The updates
    already fetched are not refused: aiogram confirms a batch to Telegram (the offset of its next getUpdates) right
    after starting their tasks, so Telegram would not deliver a refused update again. They run to the end within the
    grace; whatever still runs after it is cancelled (its transaction rolls back) rather than left to fail against
    the closed session and database.
    """

    def __init__(self) -> None:
        self.running = 0  # updates inside this middleware
        self._inside: dict[asyncio.Task[Any], int] = {}  # their tasks, to cancel after the grace
        self._idle = asyncio.Event()
        self._idle.set()
        self.draining = asyncio.Event()  # shutdown has started waiting

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        task = asyncio.current_task()
        self.running += 1
        self._idle.clear()
        if task is not None:
            self._inside[task] = self._inside.get(task, 0) + 1
        try:
            return await handler(event, data)
        finally:
            if task is not None:
                self._inside[task] -= 1
                if not self._inside[task]:
                    del self._inside[task]
            self.running -= 1
            if self.running == 0:
                self._idle.set()

    @staticmethod
    def _polled(dispatcher: Dispatcher | None) -> set[asyncio.Task[Any]]:
        """The dispatcher's update tasks still running (aiogram keeps them so they are not garbage-collected)."""
        tasks = getattr(dispatcher, "_handle_update_tasks", ()) if dispatcher is not None else ()
        return {task for task in tasks if not task.done()}

    async def drain(self, grace: float, dispatcher: Dispatcher | None = None) -> bool:
        """Wait until every update received has been handled; after ``grace`` seconds cancel the rest, and False."""
        self.draining.set()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        me = asyncio.current_task()
        while True:
            polled = self._polled(dispatcher) - {me}
            if not polled and self.running == 0:
                return True
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            idle = asyncio.ensure_future(self._idle.wait())
            try:
                await asyncio.wait({*polled, idle}, timeout=remaining)
            finally:
                idle.cancel()
        stragglers = (self._polled(dispatcher) | set(self._inside)) - {me}
        logger.warning("shutdown: %s update(s) still running after %s s, cancelled", len(stragglers), grace)
        for task in stragglers:
            task.cancel()
        if stragglers:
            await asyncio.wait(stragglers, timeout=UNWIND_SECONDS)
        return False


class ContextMiddleware(BaseMiddleware):
    def __init__(self, translator: Translator, profiles: ProfileService, admins: frozenset[Account]) -> None:
        self.translator = translator
        self.profiles = profiles
        self.admins = admins

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        bot: Bot | None = data.get("bot")
        locale = self.translator.default
        actor = None
        account = None
        if user is not None and not user.is_bot:
            # who asks is the sender's account in the channel of the bot the update came to (never the chat)
            account = Account(channel_of(bot) if bot is not None else Channel.TELEGRAM, user.id)
            person = await self.profiles.by_account(account)
            if person is not None and (account in person.blocked_accounts or person.blocked_at is not None):
                # they write to us again from this account, so they unblocked the bot here
                await self.profiles.mark_unblocked(account)
                person = await self.profiles.by_account(account)
            if person is not None and person.account != account:
                await self.profiles.seen(account)  # they moved to this channel: their notices follow
                person = await self.profiles.by_account(account)
            if person is not None:
                locale = self.translator.normalise(person.text_locale)  # their language, their organisation's words
            else:
                state: FSMContext | None = data.get("state")
                chosen = (await state.get_data()).get("locale") if state is not None else None
                locale = self.translator.normalise(chosen or user.language_code)
            actor = Actor(account=account, is_admin=is_admin(account, self.admins), person=person)
        data["actor"] = actor
        data["account"] = account
        data["locale"] = locale
        data["t"] = self.translator.bind(locale, channel_of(data["bot"]) if "bot" in data else "telegram")
        return await handler(event, data)
