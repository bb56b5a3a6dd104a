"""The meeting log: the mentor (or a mentee) logs a meeting of a working pair, the other side confirms it or says
it did not happen (the coordinator sees disputes); edits and deletion within 7 days; history and stats; friendly
nudges when a pair goes quiet, and the coordinator told after twice as long."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.services.access import Actor, require_coordinator
from bot.services.errors import AccessDenied, DomainError, InvalidInput
from bot.services.meeting_parser import FORMATS, KINDS, MAX_MINUTES, MAX_TOPIC, MIN_MINUTES, check_day
from bot.services.pairs import PairService, PairView
from bot.services.ports import Action, Notifier
from bot.services.reminders import local_today
from storage.db import Database
from storage.meetings import Meeting, MeetingRepo
from storage.organisations import OrganisationRepo
from storage.pairs import PairRepo
from storage.persons import PersonRepo

logger = logging.getLogger(__name__)

EDIT_DAYS = 7
MAX_NOTES = 1000
SEQUENCE = ("organisational", "trial", "planning")  # then regular meetings, and a final one at the end


@dataclass(frozen=True)
class MeetingDraft:
    kind: str
    held_on: date
    minutes: int
    format: str
    topic: str
    notes: str | None = None
    task_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class PairStats:
    meetings: int
    by_kind: dict[str, int]
    minutes: int
    last: date | None
    days_since: int | None
    disputed: int


@dataclass(frozen=True)
class Activity:
    """The coordinator's overview of all working pairs."""

    this_month: int
    without_meetings: list[PairView] = field(default_factory=list)
    without_organisational: list[PairView] = field(default_factory=list)
    disputed: list[tuple[PairView, Meeting]] = field(default_factory=list)
    quiet: list[tuple[PairView, int]] = field(default_factory=list)  # (pair, days since the last meeting)


def clean_topic(text: str | None) -> str:
    topic = " ".join((text or "").split())
    if not topic:
        raise InvalidInput("meeting-error-no-topic")
    if len(topic) > MAX_TOPIC:
        raise InvalidInput("meeting-error-topic", limit=MAX_TOPIC)
    return topic


def clean_notes(text: str | None) -> str | None:
    notes = " ".join((text or "").split()) or None
    if notes and len(notes) > MAX_NOTES:
        raise InvalidInput("meeting-error-notes", limit=MAX_NOTES)
    return notes


def next_kind(meetings: list[Meeting]) -> str:
    """The meeting type expected next: organisational → trial → planning → regular."""
    held = {m.kind for m in meetings if m.status != "disputed"}
    return next((k for k in SEQUENCE if k not in held), "regular")


class MeetingService:
    def __init__(self, db: Database, clock: Clock, notifier: Notifier, pairs: PairService,
                 nudge_days: int = 14) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.pairs = pairs
        self.nudge_days = nudge_days
        self.repo = MeetingRepo(db)
        self.pair_repo = PairRepo(db)
        self.persons = PersonRepo(db)
        self.orgs = OrganisationRepo(db)

    async def working_pairs(self, actor: Actor) -> list[PairView]:
        """The actor's pairs where meetings can be logged."""
        return [v for v in await self.pairs.mine(actor) if v.pair.status in ("active", "ending")]

    async def participant(self, actor: Actor, pair_id: int) -> PairView:
        view = await self.pairs.view(actor, pair_id)
        if view.role == "coordinator":
            raise AccessDenied()
        if view.pair.status not in ("active", "ending"):
            raise DomainError("meeting-error-pair-closed")
        return view

    def today(self, view: PairView) -> date:
        return local_today(self.clock.now(), view.org.timezone)

    async def today_of(self, actor: Actor, pair_id: int) -> date:
        """Today in the pair's school, for a participant of the pair."""
        return self.today(await self.participant(actor, pair_id))

    async def expected(self, actor: Actor, pair_id: int) -> str:
        await self.participant(actor, pair_id)
        return next_kind(await self.repo.for_pair(pair_id))

    def validate(self, draft: MeetingDraft, today: date) -> MeetingDraft:
        if draft.kind not in KINDS or draft.format not in FORMATS:
            raise DomainError("error-stale")
        if not MIN_MINUTES <= draft.minutes <= MAX_MINUTES:
            raise InvalidInput("meeting-error-minutes", min=MIN_MINUTES, max=MAX_MINUTES)
        check_day(draft.held_on, today)
        topic, notes = clean_topic(draft.topic), clean_notes(draft.notes)
        return MeetingDraft(draft.kind, draft.held_on, draft.minutes, draft.format, topic, notes, draft.task_ids)

    async def log(self, actor: Actor, pair_id: int, draft: MeetingDraft) -> Meeting:
        view = await self.participant(actor, pair_id)
        draft = self.validate(draft, self.today(view))
        tasks = {i.id for i in view.tasks}
        if not set(draft.task_ids) <= tasks:
            raise DomainError("error-stale")
        async with self.db.transaction():
            meeting_id = await self.repo.create(pair_id, draft.kind, draft.held_on, draft.minutes, draft.format,
                                                draft.topic, draft.notes, _pid(actor), view.role,  # type: ignore[arg-type]
                                                list(draft.task_ids), self.clock.now())
        logger.info("meeting %s (%s) logged for pair %s by person %s", meeting_id, draft.kind, pair_id, _pid(actor))
        meeting = await self.repo.get(meeting_id)
        assert meeting is not None
        await self._ask_others(view, meeting)
        if meeting.kind == "final":  # the end of the programme: offer to complete the pair and run the surveys
            for coordinator in await self.persons.coordinators_of(view.pair.org_id):
                assert coordinator.tg_user_id is not None
                await self.notifier.notify(coordinator.tg_user_id, coordinator.locale, "meeting-notify-final",
                                           id=view.pair.id, actions=[Action("meeting-btn-finish", "pfin",
                                                                            view.pair.id)])
        return meeting

    async def _ask_others(self, view: PairView, meeting: Meeting) -> None:
        """The other side of the pair is asked whether the meeting took place."""
        author = view.mentor if meeting.logged_role == "mentor" else next(
            (m for m in view.mentees if m.id == meeting.logged_by), None)
        others = view.mentees if meeting.logged_role == "mentor" else [view.mentor]
        for person in others:
            if person.tg_user_id is not None:
                await self.notifier.notify(
                    person.tg_user_id, person.locale, "meeting-notify-logged", kind=meeting.kind,
                    date=meeting.held_on, minutes=meeting.minutes, topic=meeting.topic,
                    who=(author.full_name if author else None) or "—",
                    actions=[Action("meeting-btn-confirm", "mconf", meeting.id),
                             Action("meeting-btn-dispute", "mdisp", meeting.id)])

    async def _own_pair_meeting(self, actor: Actor, meeting_id: int) -> tuple[PairView, Meeting]:
        meeting = await self.repo.get(meeting_id)
        if meeting is None:
            raise DomainError("meeting-stale")
        view = await self.pairs.view(actor, meeting.pair_id)  # AccessDenied for anyone outside the pair
        return view, meeting

    async def answer(self, actor: Actor, meeting_id: int, happened: bool) -> Meeting:
        """The other side confirms the meeting or says it did not happen (the coordinators are told). In a group
        each mentee answers; one «did not happen» makes the log disputed."""
        view, meeting = await self._own_pair_meeting(actor, meeting_id)
        if view.role == "coordinator" or view.role == meeting.logged_role:
            raise AccessDenied()
        expected = {m.id for m in view.mentees} if meeting.logged_role == "mentor" else {view.mentor.id}
        async with self.db.transaction():
            if meeting.status == "deleted" or not await self.repo.answer(
                    meeting_id, _pid(actor), "confirmed" if happened else "disputed", self.clock.now()):  # type: ignore[arg-type]
                raise DomainError("meeting-stale")
            answers = await self.repo.answers(meeting_id)
            status = "disputed" if "disputed" in answers.values() else (
                "confirmed" if expected <= set(answers) else "logged")
            await self.repo.update(meeting_id, self.clock.now(), status=status)
        logger.info("meeting %s %s by person %s", meeting_id, "confirmed" if happened else "disputed", _pid(actor))
        if not happened:
            for coordinator in await self.persons.coordinators_of(view.pair.org_id):
                assert coordinator.tg_user_id is not None
                await self.notifier.notify(coordinator.tg_user_id, coordinator.locale, "meeting-notify-disputed",
                                           id=view.pair.id, date=meeting.held_on, topic=meeting.topic,
                                           actions=[Action("pair-btn-open", "pair", view.pair.id)])
        updated = await self.repo.get(meeting_id)
        assert updated is not None
        return updated

    async def editable(self, actor: Actor, meeting_id: int) -> tuple[PairView, Meeting]:
        view, meeting = await self._own_pair_meeting(actor, meeting_id)
        if meeting.logged_by != _pid(actor):
            raise AccessDenied()
        if self.clock.now() - meeting.created_at > timedelta(days=EDIT_DAYS):
            raise InvalidInput("meeting-error-too-late", days=EDIT_DAYS)
        if view.pair.status not in ("active", "ending"):
            raise DomainError("meeting-error-pair-closed")
        return view, meeting

    async def edit(self, actor: Actor, meeting_id: int, draft: MeetingDraft) -> Meeting:
        """The author changes their log within 7 days. A change asks the other side again (their earlier answer
        was about the old version); saving with no change keeps everything, a dispute included."""
        view, meeting = await self.editable(actor, meeting_id)
        draft = self.validate(draft, self.today(view))
        before = (meeting.kind, meeting.held_on, meeting.minutes, meeting.format, meeting.topic, meeting.notes)
        if before == (draft.kind, draft.held_on, draft.minutes, draft.format, draft.topic, draft.notes):
            return meeting
        async with self.db.transaction():
            await self.repo.update(meeting_id, self.clock.now(), kind=draft.kind, held_on=draft.held_on,
                                   minutes=draft.minutes, format=draft.format, topic=draft.topic, notes=draft.notes,
                                   status="logged")
            await self.repo.clear_answers(meeting_id)
        updated = await self.repo.get(meeting_id)
        assert updated is not None
        await self._ask_others(view, updated)
        return updated

    async def delete(self, actor: Actor, meeting_id: int) -> None:
        _, meeting = await self.editable(actor, meeting_id)
        if meeting.status == "disputed":
            raise InvalidInput("meeting-error-disputed")  # a dispute stays visible to the coordinator
        async with self.db.transaction():
            await self.repo.update(meeting_id, self.clock.now(), status="deleted")
        logger.info("meeting %s deleted by person %s", meeting_id, _pid(actor))

    async def history(self, actor: Actor, pair_id: int) -> tuple[PairView, list[Meeting], PairStats]:
        view = await self.pairs.view(actor, pair_id)
        meetings = await self.repo.for_pair(pair_id)
        counted = [m for m in meetings if m.status != "disputed"]
        last = max((m.held_on for m in counted), default=None)
        today = self.today(view)
        stats = PairStats(len(counted), dict(Counter(m.kind for m in counted)), sum(m.minutes for m in counted),
                          last, (today - last).days if last else None,
                          sum(1 for m in meetings if m.status == "disputed"))
        return view, meetings, stats

    async def activity(self, actor: Actor) -> Activity:
        org_id = require_coordinator(actor)
        views = [v for v, _, _ in await self.pairs.overview(actor) if v.pair.status in ("active", "ending")]
        org = await self.orgs.get(org_id)
        assert org is not None
        today = local_today(self.clock.now(), org.timezone)
        result = Activity(this_month=0)
        for view in views:
            meetings = await self.repo.for_pair(view.pair.id)
            counted = [m for m in meetings if m.status != "disputed"]
            result = Activity(
                result.this_month + sum(1 for m in counted if (m.held_on.year, m.held_on.month) ==
                                        (today.year, today.month)),
                result.without_meetings + ([view] if not counted else []),
                result.without_organisational + ([view] if not any(m.kind == "organisational" for m in counted)
                                                 else []),
                result.disputed + [(view, m) for m in meetings if m.status == "disputed"],
                result.quiet + ([(view, (today - max(m.held_on for m in counted)).days)]
                                if counted and (today - max(m.held_on for m in counted)).days >= self.nudge_days
                                else []))
        return result

    async def nudge(self, work_start: time, work_end: time) -> int:
        """A pair with no meeting for N days: a friendly nudge to the mentor; after 2N days the coordinators are
        told. Each once per quiet spell, only in working hours of the organisation, never for closed pairs."""
        sent = 0
        now = self.clock.now()
        for org in await self.orgs.list_all():
            local = now.astimezone(ZoneInfo(org.timezone))
            if not (work_start <= local.time() < work_end):
                continue
            pairs = await self.pair_repo.for_org(org.id, ("active", "ending"))
            last = await self.repo.last_held([p.id for p in pairs])
            zone = ZoneInfo(org.timezone)
            for pair in pairs:
                held, logged = last.get(pair.id, (None, None))
                started = (pair.activated_at or pair.created_at).astimezone(zone).date()
                # the spell starts at the last sign of life: a meeting held, or a log written (a backdated log
                # must not trigger a nudge right after it was written)
                since = max(d for d in (held, logged.astimezone(zone).date() if logged else None, started) if d)
                quiet = (local.date() - since).days
                for kind, threshold in (("mentor", self.nudge_days), ("coordinator", 2 * self.nudge_days)):
                    if quiet < threshold:
                        continue
                    async with self.db.transaction():
                        if not await self.repo.claim_nudge(pair.id, kind, since, now):
                            continue
                    sent += 1
                    if kind == "mentor":
                        mentor = await self.persons.get(pair.mentor_id)
                        if mentor is not None and mentor.tg_user_id is not None:
                            await self.notifier.notify(mentor.tg_user_id, mentor.locale, "meeting-nudge-mentor",
                                                       days=quiet, actions=[Action("meeting-btn-log", "mlog",
                                                                                   pair.id)])
                        continue
                    for coordinator in await self.persons.coordinators_of(org.id):
                        assert coordinator.tg_user_id is not None
                        await self.notifier.notify(coordinator.tg_user_id, coordinator.locale,
                                                   "meeting-nudge-coordinator", id=pair.id, days=quiet,
                                                   actions=[Action("pair-btn-open", "pair", pair.id)])
        return sent


def _pid(actor: Actor) -> int | None:
    return actor.person.id if actor.person else None
