"""Deadline reminders as database rows: planned when a roadmap is activated, sent by a sweep.

Every reminder is one row with a unique key (activity, person, kind, date), so planning twice keeps one.
A sweep claims a row (pending → sending) before it sends and records the result after: two sweeps never
send the same row, and a row the bot was down for goes out at the next start, marked late. If the process
stops between Telegram accepting a message and the row being recorded, the row is marked «uncertain» at the
next start and not sent again: a duplicate is worse than a reminder the person already has.
A send that fails for a passing reason (network, Telegram's 5xx, 429) goes back to pending and is tried again
after growing pauses for as long as it is relevant: until its activity is done or the next reminder of that
activity (or next week's digest) takes its place. A person who blocked the bot or whose chat is gone is final.
Times: reminders belong to a local date in the organisation's zone and go out only inside working hours.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.services.ports import Action, Delivery, Notifier, retry_pause
from bot.services.school_calendar import local_today, school_year_bounds
from storage.db import Database
from storage.models import Account, Activity, ActivityStatus, ReminderKind, ReminderStatus, Role
from storage.reminders import DueReminder
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

LATE_AFTER = timedelta(hours=1)  # sent this much after its time: marked (and shown) as late
DIGEST_WEEKDAY = 0  # Monday


@dataclass(frozen=True)
class ReminderSettings:
    days_before: tuple[int, ...] = (7, 1)
    overdue_every_days: int = 3
    work_start: time = time(9, 0)
    work_end: time = time(20, 0)
    batch: int = 500
    parallel_chats: int = 20


@dataclass
class SweepResult:
    sent: int = 0
    late: int = 0
    cancelled: int = 0
    failed: int = 0  # for good: blocked, chat gone
    retried: int = 0  # a passing failure: tried again after a pause
    deferred: int = 0  # outside working hours: moved to the morning
    keys: list[str] = field(default_factory=list)


class ReminderService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock, notifier: Notifier,
                 settings: ReminderSettings | None = None) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock
        self.notifier = notifier
        self.settings = settings or ReminderSettings()
        self._sweeping = asyncio.Lock()

    # ---- time ---------------------------------------------------------------------------------------

    def send_time(self, day: date, timezone: str) -> datetime:
        """The moment a reminder about ``day`` goes out: the start of that day's working hours, in UTC."""
        return datetime.combine(day, self.settings.work_start, ZoneInfo(timezone)).astimezone(ZoneInfo("UTC"))

    def next_working_moment(self, now: datetime, timezone: str) -> datetime | None:
        """None when ``now`` is inside working hours; otherwise when they next begin."""
        local = now.astimezone(ZoneInfo(timezone))
        if self.settings.work_start <= local.time() < self.settings.work_end:
            return None
        day = local.date() if local.time() < self.settings.work_start else local.date() + timedelta(days=1)
        return self.send_time(day, timezone)

    # ---- planning -----------------------------------------------------------------------------------

    def overdue_rounds(self, due: date, today: date, after_today: bool = False) -> tuple[date, date]:
        """The next two overdue rounds on or after today. Rounds are anchored to the deadline (the day after
        it, then every M days), so replanning at any moment lands on the same dates and never adds a round."""
        every = self.settings.overdue_every_days
        first = due + timedelta(days=1)
        rounds_passed = max(0, -(-(today - first).days // every))  # ceil, and none before the first
        nxt = first + timedelta(days=rounds_passed * every)
        if after_today and nxt == today:
            nxt += timedelta(days=every)
        return nxt, nxt + timedelta(days=every)

    async def plan_activity(self, activity: Activity, org_id: int, timezone: str, *,
                            responsible: list[int] | None = None, coordinators: list[int] | None = None,
                            season_end: date | None = None, quiet_today: bool = False) -> int:
        """(Re)plan the reminders of one activity from today on. Call inside a transaction.

        ``quiet_today``: at activation, an activity that is already overdue gets its first round after today
        (the activation message lists those), not a burst of overdue notices at once.
        """
        await self.repos.reminders.cancel_pending(activity.id)
        if not activity.status.is_open or activity.due_on is None:
            return 0  # done, skipped, or event-driven («по факту»): nothing to remind of
        now = self.clock.now()
        today = local_today(now, timezone)
        if season_end is None:
            roadmap = await self.repos.roadmaps.get(activity.roadmap_id)
            season_end = school_year_bounds(roadmap.academic_year)[1] if roadmap else None
        if responsible is None:
            responsible = await self.repos.roadmaps.responsible_persons(activity.id)
        if coordinators is None:
            coordinators = [c.id for c in await self.repos.persons.coordinators_of(org_id)]
        recipients = responsible or coordinators  # nobody linked: the coordinator is reminded instead
        planned: list[tuple[ReminderKind, date, int]] = []
        due = activity.due_on
        # a window («Октябрь-ноябрь») has an opening notice; a single day («15.03.2027») has none
        opens = activity.starts_on if activity.starts_on and activity.starts_on < due else None
        if activity.recurrence == "weekly":
            # «еженедельно по средам» runs all year: one notice when it begins, no deadline to chase
            if opens and opens >= today:
                planned += [(ReminderKind.OPENS, opens, p) for p in recipients]
        else:
            rounds = [d for d in self.overdue_rounds(due, today, after_today=quiet_today)
                      if season_end is None or d <= season_end]
            for person in recipients:
                if opens and opens >= today:
                    planned.append((ReminderKind.OPENS, opens, person))
                for days in self.settings.days_before:
                    day = due - timedelta(days=days)
                    if day >= today and (opens is None or day > opens):
                        planned.append((ReminderKind.BEFORE, day, person))
                if due >= today:
                    planned.append((ReminderKind.DUE, due, person))
                planned += [(ReminderKind.OVERDUE, day, person) for day in rounds]
            for coordinator in coordinators:
                if coordinator not in recipients:  # the coordinator reminded in person needs no escalation
                    planned += [(ReminderKind.ESCALATION, day, coordinator) for day in rounds]
        await self.repos.reminders.add_many([(org_id, activity.id, person, kind, day, self.send_time(day, timezone))
                                  for kind, day, person in planned], now)
        return len(planned)

    async def plan_roadmap(self, roadmap_id: int) -> int:
        """Plan everything of a roadmap being activated. Joins the caller's transaction."""
        roadmap = await self.repos.roadmaps.get(roadmap_id)
        assert roadmap is not None
        org = await self.repos.organisations.get(roadmap.org_id)
        assert org is not None
        total = 0
        season_end = school_year_bounds(roadmap.academic_year)[1]
        async with self.db.transaction():
            coordinators = [c.id for c in await self.repos.persons.coordinators_of(org.id)]
            links = await self.repos.roadmaps.links(roadmap_id)
            for activity in await self.repos.roadmaps.activities(roadmap_id):
                responsible = sorted({p for label in activity.labels for p in links.get(label, [])})
                total += await self.plan_activity(activity, org.id, org.timezone, responsible=responsible,
                                                  coordinators=coordinators, season_end=season_end,
                                                  quiet_today=True)
            await self.plan_digests(org.id, org.timezone)
        logger.info("roadmap %s: %s reminders planned", roadmap_id, total)
        return total

    async def plan_digests(self, org_id: int, timezone: str) -> None:
        """The next Monday's digest for every coordinator (idempotent: call whenever one may be missing)."""
        now = self.clock.now()
        today = local_today(now, timezone)
        monday = today + timedelta(days=(DIGEST_WEEKDAY - today.weekday()) % 7 or 7)
        async with self.db.transaction():
            for coordinator in await self.repos.persons.coordinators_of(org_id):
                pending = await self.db.fetchval(
                    "SELECT COUNT(*) FROM reminders WHERE person_id = ? AND kind = 'digest' AND status = 'pending'",
                    (coordinator.id,))
                if not pending:
                    await self.repos.reminders.add(org_id, None, coordinator.id, ReminderKind.DIGEST, monday,
                                        self.send_time(monday, timezone), now)

    async def person_left(self, person_id: int) -> None:
        """A participant's data was erased: their links go, their activities fall back to the coordinator."""
        activities = await self.repos.roadmaps.activities_of_person(person_id)
        async with self.db.transaction():
            await self.repos.roadmaps.unlink_person(person_id)
            await self.repos.reminders.cancel_pending_of(person_id)
            for activity in activities:
                roadmap = await self.repos.roadmaps.get(activity.roadmap_id)
                org = await self.repos.organisations.get(roadmap.org_id) if roadmap else None
                if org is not None:
                    await self.plan_activity(activity, org.id, org.timezone)

    # ---- sending ------------------------------------------------------------------------------------

    async def recover(self) -> int:
        """At start: rows left «sending» by a stopped process are not sent again."""
        async with self.db.transaction():
            count = await self.repos.reminders.abandon_unfinished()
        if count:
            logger.warning("%s reminder(s) were being sent when the bot stopped; not resending them", count)
        return count

    async def sweep(self) -> SweepResult:
        """Send every reminder that is due now. Overlapping calls wait for each other."""
        result = SweepResult()
        async with self._sweeping:
            # after downtime several notices about one activity may be due together («7 days left»,
            # «1 day left», «today»): only the latest goes out, the older ones are cancelled
            async with self.db.transaction():
                result.cancelled += await self.repos.reminders.cancel_superseded(self.clock.now())
            while True:
                batch = await self.repos.reminders.due(self.clock.now(), self.settings.batch)
                if not batch:
                    break
                await self._send_batch(batch, result)
                if len(batch) < self.settings.batch:
                    break
        if result.sent or result.failed or result.retried:
            logger.info("sweep: %s sent (%s late), %s failed, %s to retry, %s cancelled, %s deferred", result.sent,
                        result.late, result.failed, result.retried, result.cancelled, result.deferred)
        return result

    async def _send_batch(self, batch: list[DueReminder], result: SweepResult) -> None:
        """Different chats go in parallel (the notifier keeps Telegram's limits); one chat's in order."""
        by_chat: dict[Account | None, list[DueReminder]] = {}
        for reminder in batch:
            by_chat.setdefault(reminder.account, []).append(reminder)
        gate = asyncio.Semaphore(self.settings.parallel_chats)

        async def chat(reminders: list[DueReminder]) -> None:
            async with gate:
                for reminder in reminders:
                    await self._one(reminder, result)

        async with asyncio.TaskGroup() as tasks:  # if one fails, the others stop too
            for reminders in by_chat.values():
                tasks.create_task(chat(reminders))

    async def _one(self, r: DueReminder, result: SweepResult) -> None:
        now = self.clock.now()
        stale_digest = (r.kind is ReminderKind.DIGEST and r.attempts > 0  # retried all week after passing failures
                        and local_today(now, r.timezone) >= r.fire_on + timedelta(7))
        if stale_digest or not await self._still_wanted(r):
            async with self.db.transaction():
                await self.repos.reminders.set_status(r.id, ReminderStatus.CANCELLED)
                if stale_digest:  # retried for a week: this week's digest takes its place
                    await self._plan_next(r)
            result.cancelled += 1
            return
        later = self.next_working_moment(now, r.timezone)
        if later is not None:
            async with self.db.transaction():
                await self.repos.reminders.postpone(r.id, later)
            result.deferred += 1
            return
        if r.blocked:  # they blocked the bot: nothing goes out, but the rounds go on for when they are back
            async with self.db.transaction():
                await self.repos.reminders.set_status(r.id, ReminderStatus.FAILED)
                await self._plan_next(r)
            result.failed += 1
            return
        claimed = False

        async def claim() -> bool:  # at the moment of sending, after pacing
            nonlocal claimed
            async with self.db.transaction():
                claimed = await self.repos.reminders.claim(r.id, self.clock.now())
            return claimed

        key, args, actions = await self._render(r, now)
        assert r.account is not None
        outcome = await self.notifier.notify(r.account, r.text_locale, key, args, actions=actions, claim=claim)
        if not claimed:
            return  # another sweep has it
        late = self._is_late(r, now)
        delivered = outcome is Delivery.SENT
        async with self.db.transaction():
            if delivered:
                await self.repos.reminders.finish(r.id, ReminderStatus.SENT, now, late)
                await self._plan_next(r)
            elif outcome is Delivery.RETRY:  # a passing failure: tried again after a pause while still relevant
                await self.repos.reminders.retry_later(r.id, self.clock.now() + retry_pause(r.attempts))
            else:
                await self.repos.reminders.finish(r.id, ReminderStatus.FAILED, now)
                await self._plan_next(r)
        if delivered:
            result.sent += 1
            result.late += late
            result.keys.append(key)
        elif outcome is Delivery.RETRY:
            result.retried += 1
        else:
            result.failed += 1

    async def _still_wanted(self, r: DueReminder) -> bool:
        if r.account is None:
            return False  # the person's data was erased
        if r.kind is ReminderKind.DIGEST:
            person = await self.repos.persons.get(r.person_id)
            return (person is not None and Role.COORDINATOR in person.roles
                    and await self.repos.roadmaps.latest_active_for(r.org_id) is not None)
        return r.activity_status is not None and r.activity_status.is_open and r.roadmap_active

    def _is_late(self, r: DueReminder, now: datetime) -> bool:
        """Later than planned (the bot was down, or it waited for the morning); not when planned just now."""
        return now - max(self.send_time(r.fire_on, r.timezone), r.planned_at) > LATE_AFTER

    async def _plan_next(self, r: DueReminder) -> None:
        """Overdue rounds repeat every M days while the activity stays open; digests every week."""
        now = self.clock.now()
        if r.kind in (ReminderKind.OVERDUE, ReminderKind.ESCALATION) and r.activity_id is not None and r.due_on:
            today = local_today(now, r.timezone)
            for day in self.overdue_rounds(r.due_on, max(r.fire_on, today), after_today=True):
                if day > r.fire_on and (r.season_end is None or day <= r.season_end):
                    await self.repos.reminders.add(r.org_id, r.activity_id, r.person_id, r.kind, day,
                                        self.send_time(day, r.timezone), now)
                    break
        elif r.kind is ReminderKind.DIGEST:
            day = max(r.fire_on, local_today(now, r.timezone)) + timedelta(days=7)
            await self.repos.reminders.add(r.org_id, None, r.person_id, r.kind, day, self.send_time(day, r.timezone),
                                           now)

    async def _render(self, r: DueReminder, now: datetime) -> tuple[str, dict[str, object], list[Action]]:
        late_note = self._is_late(r, now)
        if r.kind is ReminderKind.DIGEST:
            return "reminder-digest", await self._digest_args(r), []
        assert r.activity_id is not None and r.due_on is not None
        today = local_today(now, r.timezone)
        args: dict[str, object] = {
            "title": r.activity_title or "", "due": r.due_on.strftime("%d.%m.%Y"),
            "days": (r.due_on - today).days, "late": "yes" if late_note else "no",
            "overdue": (today - r.due_on).days,
        }
        actions = [Action("reminder-btn-done", "done", r.activity_id),
                   Action("reminder-btn-progress", "progress", r.activity_id),
                   Action("reminder-btn-postpone", "postpone", r.activity_id)]
        if r.kind is ReminderKind.ESCALATION:
            args["who"] = await self._responsible_names(r.activity_id)
            return "reminder-escalation", args, actions
        return f"reminder-{r.kind.value}", args, actions

    async def _responsible_names(self, activity_id: int) -> str:
        names = []
        for person_id in await self.repos.roadmaps.responsible_persons(activity_id):
            person = await self.repos.persons.get(person_id)
            if person is not None and person.full_name and Role.COORDINATOR not in person.roles:
                names.append(person.full_name)
        activity = await self.repos.roadmaps.activity(activity_id)
        return ", ".join(names) or (", ".join(activity.labels) if activity else "") or "—"

    async def _digest_args(self, r: DueReminder) -> dict[str, object]:
        roadmap = await self.repos.roadmaps.latest_active_for(r.org_id)
        today = local_today(self.clock.now(), r.timezone)
        if roadmap is None:
            return {"overdue": 0, "week": 0, "done": 0, "total": 0, "list": "—"}
        activities = await self.repos.roadmaps.activities(roadmap.id)
        overdue = [a for a in activities if a.is_overdue(today)]
        week = [a for a in activities if a.status.is_open and a.due_on and today <= a.due_on < today + timedelta(7)]
        done = sum(a.status in (ActivityStatus.DONE, ActivityStatus.SKIPPED) for a in activities)
        listed = "\n".join([f"⚠️ {a.title[:80]} ({a.due_on:%d.%m})" for a in overdue[:7]]
                           + [f"⏰ {a.title[:80]} ({a.due_on:%d.%m})" for a in week[:5]]) or "—"
        return {"overdue": len(overdue), "week": len(week), "done": done, "total": len(activities), "list": listed}
