"""build_dispatcher(): the one place where the application is wired, in production and in tests."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from aiogram import Bot, Dispatcher
from aiogram.fsm.strategy import FSMStrategy

from bot import menu
from bot.channels import channel_of, mark_deployment
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.fsm_storage import SQLiteStorage, UpdateIsolation
from bot.i18n import Translator
from bot.middlewares import ContextMiddleware, InFlightUpdates
from bot.notifier import ChannelNotifier
from bot.scheduler import build_scheduler
from bot.scheduler import stop as stop_scheduler
from bot.services.graph import build_services
from bot.services.ports import Notifier
from bot.telegram import RateLimiter
from handlers import create_root_router
from storage.db import Database
from storage.models import Channel

logger = logging.getLogger(__name__)

SHUTDOWN_GRACE_SECONDS = 10.0
# updates handled at once when polling (aiogram starts a task per update): a burst waits in Telegram's queue, not in
# memory behind the one database lock, and the first updates are answered first; more gains nothing, as every update
# takes the same lock several times
UPDATES_IN_FLIGHT = 32


def build_dispatcher(
    settings: Settings,
    db: Database,
    bot: Bot | Sequence[Bot],
    *,
    clock: Clock | None = None,
    translator: Translator | None = None,
    notifier: Notifier | None = None,
    rate_limiter: RateLimiter | Mapping[Channel, RateLimiter] | None = None,
    with_scheduler: bool = True,
) -> Dispatcher:
    """``bot``: the bot, or one bot per channel the deployment runs (Telegram and MAX at once: one dispatcher polls
    both, and notices go through the bot of the recipient's channel). ``rate_limiter``: the pacing of the bot, or of
    each channel's bot."""
    clock = clock or SystemClock()
    translator = translator or Translator(default=settings.default_locale)
    bots = {channel_of(b): b for b in ([bot] if isinstance(bot, Bot) else bot)}
    if not bots:
        raise ValueError("build_dispatcher needs at least one bot")
    limiters = (rate_limiter if isinstance(rate_limiter, Mapping)
                else {channel: rate_limiter for channel in bots} if rate_limiter is not None else {})
    storage = SQLiteStorage(db, clock, {b.id: channel for channel, b in bots.items()})
    services = build_services(
        db, clock, notifier or (lambda profiles: ChannelNotifier(bots, translator, profiles, limiters)),
        settings, translator, storage)
    dp = Dispatcher(
        storage=storage,
        fsm_strategy=FSMStrategy.USER_IN_CHAT,
        # one update at a time per user: a double tap cannot create two organisations (and the form's row is
        # read once per update)
        events_isolation=UpdateIsolation(storage),
        # workflow data: reaches every handler by parameter name — the translator for texts, and the services
        translator=translator,
        **services.by_name(),
    )
    in_flight = InFlightUpdates()
    dp.update.outer_middleware(in_flight)
    dp.update.outer_middleware(ContextMiddleware(translator, services.profiles, settings.admins))
    dp.include_router(create_root_router())

    scheduler = None
    if with_scheduler:
        scheduler = build_scheduler(services, settings.sweep_interval_seconds)
    dp["channel_bots"] = bots  # the bot of each channel (invite links for each; the sandbox)
    mark_deployment(bots)  # /link in the menus only when there is a second messenger to link
    dp["scheduler"] = scheduler  # for the health check (and the sandbox): is it running
    dp["services"] = services  # the sandbox's demo organisation is made through the same services

    async def on_startup() -> None:
        await services.reminders.recover()
        await services.campaigns.recover()
        await services.privacy.recover()
        if scheduler is not None:
            scheduler.start()
        for channel, each in bots.items():
            await menu.set_default_menus(each, translator)
            for admin in sorted(a for a in settings.admins if a.channel is channel):  # /neworg and /orgs for them
                await menu.refresh_menu(each, translator, admin.external_id, await services.profiles.by_account(admin),
                                        True, changed_only=True)
            me = await each.me()
            logger.info("bot @%s (%s) started in %s", me.username, me.id, channel.value)

    async def on_shutdown() -> None:
        if scheduler is not None and scheduler.running:
            await stop_scheduler(scheduler, SHUTDOWN_GRACE_SECONDS)
        # runs before aiogram closes the bot session: let every update received finish (polled ones from the fetch)
        await in_flight.drain(grace=SHUTDOWN_GRACE_SECONDS, dispatcher=dp)

    dp.startup.register(on_startup)
    dp.shutdown.register(on_shutdown)
    return dp
