"""Deadline reminders as database rows: planned when a roadmap is activated, sent by a sweep.

Every reminder is one row with a unique key (activity, person, kind, date), so planning twice keeps one.
A sweep claims a row (pending → sending) before it sends and records the result after: two sweeps never
send the same row, and a row the bot was down for goes out at the next start, marked late. If the process
stops between Telegram accepting a message and the row being recorded, the row is marked «uncertain» at the
next start and not sent again: a duplicate is worse than a reminder the person already has.
Times: reminders belong to a local date in the organisation's zone and go out only inside working hours.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.services.ports import Action, Notifier
from storage.db import Database
from storage.models import Activity, ActivityStatus, ReminderKind, ReminderStatus, Role
from storage.organisations import OrganisationRepo
from storage.persons import PersonRepo
from storage.reminders import DueReminder, ReminderRepo
from storage.roadmaps import RoadmapRepo

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


@dataclass
class SweepResult:
    sent: int = 0
    late: int = 0
    cancelled: int = 0
    failed: int = 0
    deferred: int = 0  # outside working hours: moved to the morning
    keys: list[str] = field(default_factory=list)


def local_today(now: datetime, timezone: str) -> date:
    return now.astimezone(ZoneInfo(timezone)).date()


class ReminderService:
    def __init__(self, db: Database, clock: Clock, notifier: Notifier,
                 settings: ReminderSettings | None = None) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.settings = settings or ReminderSettings()
        self.repo = ReminderRepo(db)
        self.roadmaps = RoadmapRepo(db)
        self.persons = PersonRepo(db)
        self.orgs = OrganisationRepo(db)
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

    async def plan_activity(self, activity: Activity, org_id: int, timezone: str, *,
                            responsible: list[int] | None = None, coordinators: list[int] | None = None,
                            cancel: bool = True) -> int:
        """(Re)plan the reminders of one activity from today on. Call inside a transaction."""
        if cancel:
            await self.repo.cancel_pending(activity.id)
        if not activity.status.is_open or activity.due_on is None:
            return 0  # done, skipped, or event-driven («по факту»): nothing to remind of
        today = local_today(self.clock.now(), timezone)
        if responsible is None:
            responsible = await self.roadmaps.responsible_persons(activity.id)
        if coordinators is None:
            coordinators = [c.id for c in await self.persons.coordinators_of(org_id)]
        recipients = responsible or coordinators  # nobody linked: the coordinator is reminded instead
        planned: list[tuple[ReminderKind, date, int]] = []
        if activity.recurrence is not None:
            if activity.starts_on and activity.starts_on >= today:
                planned += [(ReminderKind.OPENS, activity.starts_on, p) for p in recipients]
        else:
            due = activity.due_on
            # a window («Октябрь-ноябрь») has an opening notice; a single day («15.03.2027») has none
            opens = activity.starts_on if activity.starts_on and activity.starts_on < due else None
            for person in recipients:
                if opens and opens >= today:
                    planned.append((ReminderKind.OPENS, opens, person))
                for days in self.settings.days_before:
                    day = due - timedelta(days=days)
                    if day >= today and (opens is None or day > opens):
                        planned.append((ReminderKind.BEFORE, day, person))
                if due >= today:
                    planned.append((ReminderKind.DUE, due, person))
                planned.append((ReminderKind.OVERDUE, max(due + timedelta(days=1), today), person))
            for coordinator in coordinators:
                planned.append((ReminderKind.ESCALATION, max(due + timedelta(days=1), today), coordinator))
        await self.repo.add_many([(org_id, activity.id, person, kind, day, self.send_time(day, timezone))
                                  for kind, day, person in planned])
        return len(planned)

    async def plan_roadmap(self, roadmap_id: int) -> int:
        """Plan everything of a roadmap being activated (its activities have no reminders yet)."""
        roadmap = await self.roadmaps.get(roadmap_id)
        assert roadmap is not None
        org = await self.orgs.get(roadmap.org_id)
        assert org is not None
        total = 0
        async with self.db.transaction():
            coordinators = [c.id for c in await self.persons.coordinators_of(org.id)]
            links = await self.roadmaps.links(roadmap_id)
            for activity in await self.roadmaps.activities(roadmap_id):
                responsible = sorted({p for label in activity.labels for p in links.get(label, [])})
                total += await self.plan_activity(activity, org.id, org.timezone, responsible=responsible,
                                                  coordinators=coordinators, cancel=False)
            await self.plan_digests(org.id, org.timezone)
        logger.info("roadmap %s: %s reminders planned", roadmap_id, total)
        return total

    async def plan_digests(self, org_id: int, timezone: str) -> None:
        today = local_today(self.clock.now(), timezone)
        monday = today + timedelta(days=(DIGEST_WEEKDAY - today.weekday()) % 7 or 7)
        for coordinator in await self.persons.coordinators_of(org_id):
            await self.repo.add(org_id, None, coordinator.id, ReminderKind.DIGEST, monday,
                                self.send_time(monday, timezone))

    async def cancel_activity(self, activity_id: int) -> None:
        await self.repo.cancel_pending(activity_id)

    # ---- sending ------------------------------------------------------------------------------------

    async def recover(self) -> int:
        """At start: rows left «sending» by a stopped process are not sent again."""
        async with self.db.transaction():
            count = await self.repo.abandon_unfinished()
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
                result.cancelled += await self.repo.cancel_superseded(self.clock.now())
            while True:
                batch = await self.repo.due(self.clock.now(), self.settings.batch)
                if not batch:
                    break
                for reminder in batch:
                    await self._one(reminder, result)
                if len(batch) < self.settings.batch:
                    break
        if result.sent or result.failed:
            logger.info("sweep: %s sent (%s late), %s failed, %s cancelled, %s deferred",
                        result.sent, result.late, result.failed, result.cancelled, result.deferred)
        return result

    async def _one(self, r: DueReminder, result: SweepResult) -> None:
        now = self.clock.now()
        stale = r.kind is not ReminderKind.DIGEST and (
            r.activity_status is None or not r.activity_status.is_open or not r.roadmap_active)
        if stale or r.tg_user_id is None or r.blocked:
            async with self.db.transaction():
                await self.repo.set_status(r.id, ReminderStatus.CANCELLED if stale or r.tg_user_id is None
                                           else ReminderStatus.FAILED)
            result.cancelled += 1
            return
        later = self.next_working_moment(now, r.timezone)
        if later is not None:
            async with self.db.transaction():
                await self.repo.postpone(r.id, later)
            result.deferred += 1
            return
        async with self.db.transaction():
            if not await self.repo.claim(r.id, now):
                return  # another sweep has it
        key, args, actions = await self._render(r, now)
        delivered = await self.notifier.notify(r.tg_user_id, r.locale, key, actions=actions, **args)
        late = self._is_late(r, now)
        async with self.db.transaction():
            await self.repo.finish(r.id, ReminderStatus.SENT if delivered else ReminderStatus.FAILED, now, late)
            if delivered:
                await self._plan_next(r)
        if delivered:
            result.sent += 1
            result.late += late
            result.keys.append(key)
        else:
            result.failed += 1

    def _is_late(self, r: DueReminder, now: datetime) -> bool:
        """Later than planned for its day (the bot was down, or it waited for the morning)."""
        return now - self.send_time(r.fire_on, r.timezone) > LATE_AFTER

    async def _plan_next(self, r: DueReminder) -> None:
        """Overdue rounds repeat every M days while the activity stays open; digests every week."""
        if r.kind in (ReminderKind.OVERDUE, ReminderKind.ESCALATION) and r.activity_id is not None:
            day = max(r.fire_on, local_today(self.clock.now(), r.timezone)) + timedelta(
                days=self.settings.overdue_every_days)
            await self.repo.add(r.org_id, r.activity_id, r.person_id, r.kind, day, self.send_time(day, r.timezone))
        elif r.kind is ReminderKind.DIGEST:
            day = max(r.fire_on, local_today(self.clock.now(), r.timezone)) + timedelta(days=7)
            await self.repo.add(r.org_id, None, r.person_id, r.kind, day, self.send_time(day, r.timezone))

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
        if r.kind is ReminderKind.ESCALATION:
            args["who"] = await self._responsible_names(r.activity_id)
            return "reminder-escalation", args, []
        actions = [Action("reminder-btn-done", "done", r.activity_id),
                   Action("reminder-btn-progress", "progress", r.activity_id),
                   Action("reminder-btn-postpone", "postpone", r.activity_id)]
        return f"reminder-{r.kind.value}", args, actions

    async def _responsible_names(self, activity_id: int) -> str:
        names = []
        for person_id in await self.roadmaps.responsible_persons(activity_id):
            person = await self.persons.get(person_id)
            if person is not None and person.full_name and Role.COORDINATOR not in person.roles:
                names.append(person.full_name)
        activity = await self.roadmaps.activity(activity_id)
        return ", ".join(names) or (", ".join(activity.labels) if activity else "") or "—"

    async def _digest_args(self, r: DueReminder) -> dict[str, object]:
        roadmap = await self.roadmaps.latest_active_for(r.org_id)
        today = local_today(self.clock.now(), r.timezone)
        if roadmap is None:
            return {"overdue": 0, "week": 0, "done": 0, "total": 0, "list": "—"}
        activities = await self.roadmaps.activities(roadmap.id)
        overdue = [a for a in activities if a.is_overdue(today)]
        week = [a for a in activities if a.status.is_open and a.due_on and today <= a.due_on < today + timedelta(7)]
        done = sum(a.status in (ActivityStatus.DONE, ActivityStatus.SKIPPED) for a in activities)
        listed = "\n".join(f"• {a.title[:80]} ({a.due_on:%d.%m})" for a in (overdue + week)[:10]) or "—"
        return {"overdue": len(overdue), "week": len(week), "done": done, "total": len(activities), "list": listed}
