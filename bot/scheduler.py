"""APScheduler wiring. The scheduler only triggers sweeps; what is due lives in the database."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.services.announcements import AnnouncementService
from bot.services.banks import BankService
from bot.services.campaigns import CampaignService
from bot.services.graph import Services
from bot.services.meetings import MeetingService
from bot.services.pairs import PairService
from bot.services.privacy import PrivacyService
from bot.services.reminders import ReminderService
from bot.services.roadmap import RoadmapService

logger = logging.getLogger(__name__)


async def sweep_job(reminders: ReminderService) -> None:
    """A tiny adapter: one sweep; a failure is logged and the next run tries again."""
    try:
        await reminders.sweep()
    except Exception:
        logger.exception("reminder sweep failed")


async def invitations_job(campaigns: CampaignService, reminders: ReminderService,
                          roadmaps: RoadmapService | None = None) -> None:
    """Send queued survey invitations (paced by the notifier) and the reminders to those who have not answered;
    monitoring surveys just closed are offered to the coordinator as roadmap activities done."""
    try:
        await campaigns.deliver()
        await campaigns.remind_non_respondents(reminders.settings.work_start, reminders.settings.work_end)
        if roadmaps is not None:
            await roadmaps.offer_closed_campaigns()
    except Exception:
        logger.exception("sending invitations failed")


async def announcements_job(announcements: AnnouncementService) -> None:
    """Send queued announcements (paced by the notifier); the first run settles what a stopped process left."""
    try:
        await announcements.deliver()
    except Exception:
        logger.exception("sending announcements failed")


async def pairs_job(pairs: PairService, banks: BankService, meetings: MeetingService,
                    reminders: ReminderService) -> None:
    """Early ends whose notice has run out; on Mondays, the coordinators' list of mentees without a pair; nudges
    for pairs that went quiet."""
    try:
        await pairs.sweep()
        await banks.remind_unmatched(reminders.settings.work_start, reminders.settings.work_end)
        await meetings.nudge(reminders.settings.work_start, reminders.settings.work_end)
    except Exception:
        logger.exception("pairs sweep failed")


async def retention_job(privacy: PrivacyService) -> None:
    """The consent's term: erase the people whose participation ended and whose school year's reporting is done."""
    try:
        await privacy.enforce_retention()
    except Exception:
        logger.exception("retention sweep failed")


async def stop(scheduler: AsyncIOScheduler, grace: float) -> None:
    """Stop without cutting a job off: no job starts any more, the ones running get ``grace`` seconds to finish,
    then the scheduler shuts down. APScheduler's own shutdown cancels the coroutine jobs still running (its
    AsyncIOExecutor cannot wait for them), which would stop a sweep mid-way and log the cancellation as an error;
    each job's work is idempotent (due rows are claimed), so a job cut off after ``grace`` is done again at the next
    start."""
    scheduler.pause()
    running = [future for executor in scheduler._executors.values()  # the executor keeps the jobs it runs
               for future in getattr(executor, "_pending_futures", ()) if not future.done()]
    if running:
        _, left = await asyncio.wait(running, timeout=grace)
        if left:
            logger.warning("shutdown: %s scheduled job(s) still running after %s s, cancelled", len(left), grace)
    scheduler.shutdown(wait=False)


def build_scheduler(services: Services, interval_seconds: int) -> AsyncIOScheduler:
    """Start it inside the running loop (``scheduler.start()`` in the dispatcher's startup)."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.add_job(
        sweep_job,
        IntervalTrigger(seconds=interval_seconds),
        kwargs={"reminders": services.reminders},
        id="reminders-sweep",
        next_run_time=datetime.now(UTC),  # at start too: what fell due while the bot was down goes out now
        coalesce=True,  # after a pause, one sweep, not a burst
        max_instances=1,
        misfire_grace_time=None,  # late is fine: never skip a sweep silently
    )
    scheduler.add_job(invitations_job, IntervalTrigger(seconds=10),
                      kwargs={"campaigns": services.campaigns, "reminders": services.reminders,
                              "roadmaps": services.roadmaps},
                      id="campaign-invitations", next_run_time=datetime.now(UTC), coalesce=True, max_instances=1,
                      misfire_grace_time=None)
    if (announcements := getattr(services, "announcements", None)) is not None:  # (a partial graph in tests)
        scheduler.add_job(announcements_job, IntervalTrigger(seconds=10), kwargs={"announcements": announcements},
                          id="announcements", next_run_time=datetime.now(UTC), coalesce=True, max_instances=1,
                          misfire_grace_time=None)
    scheduler.add_job(pairs_job, IntervalTrigger(seconds=interval_seconds),
                      kwargs={"pairs": services.pairs, "banks": services.banks, "meetings": services.meetings,
                              "reminders": services.reminders},
                      id="pairs-sweep",
                      next_run_time=datetime.now(UTC), coalesce=True, max_instances=1, misfire_grace_time=None)
    scheduler.add_job(retention_job, IntervalTrigger(hours=6), kwargs={"privacy": services.privacy},
                      id="retention", next_run_time=datetime.now(UTC), coalesce=True, max_instances=1,
                      misfire_grace_time=None)
    return scheduler
