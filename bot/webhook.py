"""Webhook mode and the health server: an aiohttp server in the bot's own event loop.

Telegram posts each update to ``WEBHOOK_URL`` with the ``X-Telegram-Bot-Api-Secret-Token`` header set to
``WEBHOOK_SECRET`` (given to ``setWebhook`` at start); a request without it, or with another, gets 401 and never
reaches the dispatcher. Updates are handled while Telegram waits for the answer, and ``setWebhook`` caps the
connections Telegram opens at once (``max_connections``): a burst waits at Telegram, as with long polling's limit.

Shutdown (SIGTERM from Docker, SIGINT from a terminal): the server stops accepting, the dispatcher's shutdown lets
the updates being handled finish (``SHUTDOWN_GRACE_SECONDS``), then the bot's session closes. The webhook stays set:
Telegram keeps the updates that arrive meanwhile and delivers them when the bot is back.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from contextlib import suppress

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.app import SHUTDOWN_GRACE_SECONDS
from bot.config import Settings
from bot.health import Health

logger = logging.getLogger(__name__)


def stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with suppress(NotImplementedError, RuntimeError):  # not the main thread, or no signals on this platform
            loop.add_signal_handler(sig, stop.set)


async def serve_webhook(settings: Settings, dp: Dispatcher, bot: Bot, health: Health, max_connections: int,
                        stop: asyncio.Event | None = None,
                        before_shutdown: Callable[[], Awaitable[None]] | None = None) -> None:
    """Run until ``stop`` is set (or SIGINT/SIGTERM); then ``before_shutdown`` (stop polling another bot: nothing new
    comes in while the dispatcher shuts down), and the dispatcher's shutdown."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    secret = settings.webhook_secret.get_secret_value()
    stop = stop or asyncio.Event()
    stop_on_signals(stop)
    app = web.Application(client_max_size=1024 * 1024)  # an update is a few kB; Telegram's files come by getFile
    setup_application(app, dp, bot=bot)  # first: the dispatcher's shutdown runs before the session is closed
    SimpleRequestHandler(dp, bot, handle_in_background=False, secret_token=secret).register(
        app, path=settings.webhook_path)
    health.register(app)
    # at shutdown, requests being handled get the same grace as polled updates
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=SHUTDOWN_GRACE_SECONDS)
    await runner.setup()  # runs nothing yet; the dispatcher starts with the site
    try:
        site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
        await site.start()  # on_startup (the dispatcher's) ran in setup: reminders recovered, scheduler started
        port = runner.addresses[0][1] if runner.addresses else settings.webhook_port
        await bot.set_webhook(settings.webhook_url, secret_token=secret, max_connections=max_connections,
                              allowed_updates=dp.resolve_used_update_types(), drop_pending_updates=False)
        logger.info("webhook server listening on %s:%s, path %s; webhook set", settings.webhook_host, port,
                    settings.webhook_path)
        await stop.wait()
        logger.info("stopping the webhook server")
        if before_shutdown is not None:
            await before_shutdown()
    finally:
        await runner.cleanup()


async def serve_health(health: Health, host: str, port: int) -> web.AppRunner:
    """/healthz alone (polling mode with HEALTH_PORT); the caller cleans the runner up."""
    app = web.Application()
    health.register(app)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    logger.info("health endpoint on %s:%s/healthz", host, runner.addresses[0][1] if runner.addresses else port)
    return runner
