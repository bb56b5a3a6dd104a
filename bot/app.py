"""build_dispatcher(): the one place where the application is wired, in production and in tests."""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.fsm.strategy import FSMStrategy

from bot import menu
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.i18n import Translator
from bot.middlewares import ContextMiddleware, InFlightUpdates
from bot.notifier import TelegramNotifier
from bot.scheduler import build_scheduler
from bot.services.banks import BankService
from bot.services.campaigns import CampaignService
from bot.services.exports import ExportService
from bot.services.invites import InviteService
from bot.services.meetings import MeetingService
from bot.services.organisations import OrganisationService
from bot.services.pairs import PairService
from bot.services.ports import Notifier
from bot.services.privacy import PrivacyService
from bot.services.profile import ProfileService
from bot.services.questionnaire_model import load_all
from bot.services.questionnaires import QuestionnaireService
from bot.services.registration import RegistrationService
from bot.services.reminders import ReminderService
from bot.services.reports import ReportService
from bot.services.roadmap import RoadmapService
from bot.telegram import RateLimiter
from handlers import create_root_router
from storage.db import Database
from storage.fsm import SQLiteStorage

logger = logging.getLogger(__name__)

SHUTDOWN_GRACE_SECONDS = 10.0


def build_dispatcher(
    settings: Settings,
    db: Database,
    bot: Bot,
    *,
    clock: Clock | None = None,
    translator: Translator | None = None,
    notifier: Notifier | None = None,
    rate_limiter: RateLimiter | None = None,
    with_scheduler: bool = True,
) -> Dispatcher:
    clock = clock or SystemClock()
    translator = translator or Translator(default=settings.default_locale)
    profiles = ProfileService(db, clock)
    notifier = notifier or TelegramNotifier(bot, translator, profiles, rate_limiter)
    storage = SQLiteStorage(db, clock)
    invites = InviteService(db, clock)
    reminders = ReminderService(db, clock, notifier, settings.reminder_settings)
    questionnaires = load_all()
    campaigns = CampaignService(db, clock, notifier, {q.id: q.title for q in questionnaires.values()})
    banks = BankService(db, clock, notifier, settings.weights, settings.unmatched_days)
    pairs = PairService(db, clock, notifier, translator, banks)
    meetings = MeetingService(db, clock, notifier, pairs, settings.meeting_nudge_days)
    reports = ReportService(db, clock, banks, questionnaires)
    exports = ExportService(db, banks, questionnaires)
    dp = Dispatcher(
        storage=storage,
        fsm_strategy=FSMStrategy.USER_IN_CHAT,
        # one update at a time per user: a double tap cannot create two organisations
        events_isolation=SimpleEventIsolation(),
        # workflow data: reaches every handler by parameter name
        settings=settings,
        db=db,
        clock=clock,
        translator=translator,
        notifier=notifier,
        invites=invites,
        organisations=OrganisationService(db, clock),
        registration=RegistrationService(
            db, clock, translator, notifier, invites, storage, reminders, parent_link_days=settings.parent_link_days
        ),
        privacy=PrivacyService(db, clock, notifier, storage, reminders, pairs),
        profiles=profiles,
        reminders=reminders,
        roadmaps=RoadmapService(db, clock, reminders, notifier),
        questionnaires=QuestionnaireService(db, clock, questionnaires),
        campaigns=campaigns,
        banks=banks,
        pairs=pairs,
        meetings=meetings,
        reports=reports,
        exports=exports,
    )
    in_flight = InFlightUpdates()
    dp.update.outer_middleware(in_flight)
    dp.update.outer_middleware(ContextMiddleware(translator, profiles, settings.admin_ids))
    dp.include_router(create_root_router())

    scheduler = None
    if with_scheduler:
        scheduler = build_scheduler(reminders, campaigns, banks, pairs, meetings, settings.sweep_interval_seconds)

    async def on_startup(bot: Bot) -> None:
        await reminders.recover()
        await campaigns.recover()
        if scheduler is not None:
            scheduler.start()
        await menu.set_default_menus(bot, translator)
        for admin_id in sorted(settings.admin_ids):  # /neworg and /orgs in the admins' menus
            await menu.refresh_menu(bot, translator, admin_id, await profiles.by_tg(admin_id), True)
        me = await bot.me()
        logger.info("bot @%s (%s) started", me.username, me.id)

    async def on_shutdown() -> None:
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=False)
        # runs before aiogram closes the bot session: let updates being handled finish
        await in_flight.drain(grace=SHUTDOWN_GRACE_SECONDS)

    dp.startup.register(on_startup)
    dp.shutdown.register(on_shutdown)
    return dp
