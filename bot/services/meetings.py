"""The meeting log: the mentor (or a mentee) logs a meeting of a working pair, the other side confirms it or says
it did not happen (the coordinator sees disputes); edits and deletion within EDIT_DAYS; history and stats; friendly
nudges when a pair goes quiet, and the coordinator told after twice as long; after the final meeting the
coordinator completes the pair and sends the satisfaction surveys in one step.

The chat builds a ``MeetingForm`` step by step (it lives in the FSM data, so a restart loses nothing); the next
step is always the first thing the form still lacks."""

from __future__ import annotations

import logging
import secrets
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError

from bot.clock import Clock
from bot.services.access import Actor, require_coordinator
from bot.services.campaigns import CampaignService
from bot.services.errors import AccessDenied, DomainError, InvalidInput
from bot.services.grammar import gender_of
from bot.services.meeting_parser import (
    FORMATS,
    KINDS,
    MAX_MINUTES,
    MAX_TOPIC,
    MIN_MINUTES,
    check_day,
    parse_minutes,
    parse_quick,
)
from bot.services.mentoring_forms import growth_of, satisfaction_of
from bot.services.pairs import PairService, PairView
from bot.services.ports import Action, Delivery, Notifier
from bot.services.school_calendar import local_today, parse_past_day
from bot.services.validation import strip_invisible
from storage.db import Database
from storage.meetings import Meeting, QuietPair
from storage.models import Person
from storage.pairs import Pair
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

EDIT_DAYS = 7  # the author may change or delete their log this long after writing it
MAX_NOTES = 1000
SURVEY_DAYS = 14  # the satisfaction surveys after the final meeting are open this long
DURATIONS = (30, 45, 60, 90)  # the minutes offered as buttons
MAX_TASKS_SHOWN = 10
SEQUENCE = ("organisational", "trial", "planning")  # then regular meetings, and a final one at the end
WORKING = ("active", "ending")  # pairs whose meetings can be logged

Step = Literal["kind", "held_on", "minutes", "format", "topic", "notes", "tasks"]
FIELDS: tuple[Step, ...] = ("kind", "held_on", "minutes", "format", "topic", "notes")  # can be changed on review


@dataclass(frozen=True)
class MeetingDraft:
    kind: str
    held_on: date
    minutes: int
    format: str
    topic: str
    notes: str | None = None
    task_ids: tuple[int, ...] = ()


class MeetingForm(BaseModel):
    """A meeting log being filled in by chat (stored as JSON in the FSM data).

    ``n`` numbers the form: a button of an abandoned form carries another number and cannot change this one."""

    n: int
    pair: int
    expected: str = "regular"
    open_tasks: list[tuple[int, str]] = []
    tasks: list[int] = []
    kind: str | None = None
    held_on: date | None = None
    minutes: int | None = None
    format: str | None = None
    topic: str | None = None
    notes: str | None = None
    notes_done: bool = False
    tasks_done: bool = False
    editing: int | None = None  # the meeting being changed; None for a new log
    earliest: date | None = None  # the pair's first day: no meeting before it

    @classmethod
    def load(cls, raw: object, n: int | None = None) -> MeetingForm:
        """The form kept in the FSM data; ``n`` (when given) must be this form's number. Anything else is stale."""
        try:
            form = cls.model_validate(raw)
        except ValidationError:
            raise DomainError("error-stale") from None
        if n is not None and form.n != n:
            raise DomainError("error-stale")
        return form

    def missing(self) -> Step | None:
        """The next step: the first thing the form still lacks, or None when it is ready to save."""
        for name in ("kind", "held_on", "minutes", "format", "topic"):
            if getattr(self, name) in (None, ""):
                return name  # one of the Step names above
        if not self.notes_done:
            return "notes"
        if self.open_tasks and not self.tasks_done:
            return "tasks"
        return None

    def choose(self, action: str, value: str, item_id: int, today: date | None = None) -> MeetingForm:
        """A button pressed on the current step. Anything not offered by this form is stale."""
        if action == "kind" and value in KINDS:
            return self.model_copy(update={"kind": value})
        if action == "day" and value in ("0", "1") and today is not None:
            day = today - timedelta(days=int(value))
            check_not_before(day, self.earliest)
            return self.model_copy(update={"held_on": day})
        if action == "min" and value.isdigit() and int(value) in DURATIONS:
            return self.model_copy(update={"minutes": int(value)})
        if action == "fmt" and value in FORMATS:
            return self.model_copy(update={"format": value})
        if action == "skip":
            return self.model_copy(update={"notes_done": True})
        if action == "task" and any(i == item_id for i, _ in self.open_tasks):
            tasks = [i for i in self.tasks if i != item_id] if item_id in self.tasks else [*self.tasks, item_id]
            return self.model_copy(update={"tasks": tasks})
        if action == "tasks":
            return self.model_copy(update={"tasks_done": True})
        if action == "change" and value in FIELDS:
            return self.model_copy(update={value: None, **({"notes_done": False} if value == "notes" else {})})
        raise DomainError("error-stale")

    def typed(self, step: Step, text: str, today: date) -> MeetingForm:
        """A typed answer to ``step`` (InvalidInput explains what is wrong; the form is unchanged then)."""
        if step == "held_on":
            day = parse_past_day(text, today)
            check_not_before(day, self.earliest)
            return self.model_copy(update={"held_on": day})
        if step == "minutes":
            return self.model_copy(update={"minutes": parse_minutes(text)})
        if step == "topic":
            return self.model_copy(update={"topic": clean_topic(text)})
        if step == "notes":
            return self.model_copy(update={"notes": clean_notes(text), "notes_done": True})
        raise DomainError("error-stale")

    def draft(self) -> MeetingDraft:
        if self.missing() is not None:
            raise DomainError("error-stale")
        assert self.kind and self.held_on and self.minutes and self.format and self.topic
        return MeetingDraft(self.kind, self.held_on, self.minutes, self.format, self.topic, self.notes,
                            tuple(self.tasks))


@dataclass(frozen=True)
class PairStats:
    meetings: int
    by_kind: dict[str, int]
    minutes: int
    last: date | None
    days_since: int | None
    disputed: int


@dataclass(frozen=True)
class History:
    """One pair's meetings as the asking person sees them."""

    view: PairView
    meetings: list[Meeting]
    stats: PairStats
    editable: frozenset[int]  # meetings this person may still change or delete


Settle = Literal["confirm", "delete", "ask"]
SETTLE: tuple[Settle, ...] = ("confirm", "delete", "ask")


def settle_actions(meeting_id: int) -> list[Action]:
    """The coordinator's buttons under a disputed meeting (the notice and the card from /activity)."""
    return [Action("meeting-btn-settle-confirm", "mok", meeting_id),
            Action("meeting-btn-settle-delete", "mdel", meeting_id),
            Action("meeting-btn-settle-ask", "mask", meeting_id)]


@dataclass(frozen=True)
class Dispute:
    """A disputed meeting for the coordinator: the pair, the log, its author and who said it did not happen."""

    view: PairView
    meeting: Meeting
    author: Person | None
    disputed_by: list[Person]


@dataclass(frozen=True)
class Activity:
    """The coordinator's overview of all working pairs."""

    this_month: int
    without_meetings: list[PairView] = field(default_factory=list)
    without_organisational: list[PairView] = field(default_factory=list)
    disputed: list[tuple[PairView, Meeting]] = field(default_factory=list)
    quiet: list[tuple[PairView, int]] = field(default_factory=list)  # (pair, days since the last meeting)
    quiet_days: int = 0  # how long without a meeting counts as quiet


def clean_topic(text: str | None) -> str:
    topic = " ".join(strip_invisible(text or "").split())
    if not topic:
        raise InvalidInput("meeting-error-no-topic")
    if len(topic) > MAX_TOPIC:
        raise InvalidInput("meeting-error-topic", limit=MAX_TOPIC)
    return topic


def check_not_before(day: date, earliest: date | None) -> None:
    """A meeting of a pair is held while the pair exists: not before its first day."""
    if earliest is not None and day < earliest:
        raise InvalidInput("meeting-error-before-pair", date=earliest)


def clean_notes(text: str | None) -> str | None:
    notes = " ".join(strip_invisible(text or "").split()) or None
    if notes and len(notes) > MAX_NOTES:
        raise InvalidInput("meeting-error-notes", limit=MAX_NOTES)
    return notes


def next_kind(meetings: list[Meeting]) -> str:
    """The meeting type expected next: organisational → trial → planning → regular."""
    held = {m.kind for m in meetings if m.status != "disputed"}
    return next((k for k in SEQUENCE if k not in held), "regular")


class MeetingService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock, notifier: Notifier, pairs: PairService,
                 campaigns: CampaignService, nudge_days: int = 14) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock
        self.notifier = notifier
        self.pairs = pairs
        self.campaigns = campaigns
        self.nudge_days = nudge_days

    async def working_pairs(self, actor: Actor) -> list[PairView]:
        """The actor's pairs where meetings can be logged."""
        return [v for v in await self.pairs.mine(actor) if v.pair.status in WORKING]

    async def participant(self, actor: Actor, pair_id: int) -> PairView:
        view = await self.pairs.view(actor, pair_id)
        if view.role == "coordinator":
            raise AccessDenied()
        if view.pair.status not in WORKING:
            raise DomainError("meeting-error-pair-closed")
        return view

    def _today(self, view: PairView) -> date:
        return local_today(self.clock.now(), view.org.timezone)

    async def today_of(self, actor: Actor, pair_id: int) -> date:
        """Today in the pair's school, for a participant of the pair."""
        return self._today(await self.participant(actor, pair_id))

    async def start(self, actor: Actor, pair_id: int, quick: str | None = None,
                    editing: int | None = None) -> MeetingForm:
        """A new form for a participant of the pair: blank, prefilled from a one-line «/meeting вчера 45 мин …»,
        or (``editing``) from the person's own log that may still be changed."""
        view = await self.participant(actor, pair_id)
        history = await self.repos.meetings.for_pair(pair_id)
        open_tasks = [(i.id, i.title) for i in view.tasks if i.done_on is None][:MAX_TASKS_SHOWN]
        form = MeetingForm(n=secrets.randbelow(10**9) + 1, pair=pair_id, expected=next_kind(history),
                           open_tasks=open_tasks, earliest=view.pair.starts_on)
        if editing is not None:
            meeting = next((m for m in history if m.id == editing), None)
            if meeting is None:
                raise DomainError("meeting-stale")
            form = form.model_copy(update={
                "kind": meeting.kind, "held_on": meeting.held_on, "minutes": meeting.minutes,
                "format": meeting.format, "topic": meeting.topic, "notes": meeting.notes, "notes_done": True,
                "tasks_done": True, "editing": meeting.id})
        if quick:
            parsed = parse_quick(quick, self._today(view))
            if parsed.held_on is not None:
                check_not_before(parsed.held_on, view.pair.starts_on)
            given = {"held_on": parsed.held_on, "minutes": parsed.minutes, "format": parsed.format,
                     "topic": parsed.topic}
            form = form.model_copy(update={**{k: v for k, v in given.items() if v},
                                           "kind": parsed.kind or form.expected})
        return form

    def validate(self, draft: MeetingDraft, today: date, earliest: date | None = None) -> MeetingDraft:
        if draft.kind not in KINDS or draft.format not in FORMATS:
            raise DomainError("error-stale")
        if not MIN_MINUTES <= draft.minutes <= MAX_MINUTES:
            raise InvalidInput("meeting-error-minutes", min=MIN_MINUTES, max=MAX_MINUTES)
        check_day(draft.held_on, today)
        check_not_before(draft.held_on, earliest)
        topic, notes = clean_topic(draft.topic), clean_notes(draft.notes)
        return MeetingDraft(draft.kind, draft.held_on, draft.minutes, draft.format, topic, notes, draft.task_ids)

    async def save(self, actor: Actor, form: MeetingForm) -> Meeting:
        """The finished form: a new log, or the change of one's own log."""
        if form.editing is not None:
            return await self.edit(actor, form.editing, form.draft())
        return await self.log(actor, form.pair, form.draft())

    async def log(self, actor: Actor, pair_id: int, draft: MeetingDraft) -> Meeting:
        view = await self.participant(actor, pair_id)
        draft = self.validate(draft, self._today(view), view.pair.starts_on)
        tasks = {i.id for i in view.tasks}
        if not set(draft.task_ids) <= tasks:
            raise DomainError("error-stale")
        author = actor.active_person.id if actor.active_person else None
        if author is None:
            raise AccessDenied()
        async with self.db.transaction():
            meeting_id = await self.repos.meetings.create(
                pair_id, draft.kind, draft.held_on, draft.minutes, draft.format, draft.topic, draft.notes, author,
                view.role, list(draft.task_ids), self.clock.now())
        logger.info("meeting %s (%s) logged for pair %s by person %s", meeting_id, draft.kind, pair_id, author)
        meeting = await self._meeting(meeting_id)
        await self._ask_others(view, meeting)
        if meeting.kind == "final":  # the end of the programme: offer to complete the pair and run the surveys
            for coordinator in await self.repos.persons.coordinators_of(view.pair.org_id):
                assert coordinator.account is not None
                await self.notifier.notify(coordinator.account, coordinator.text_locale, "meeting-notify-final",
                                           {"id": view.pair.id},
                                           actions=[Action("meeting-btn-finish", "pfin", view.pair.id)])
        return meeting

    async def _ask_others(self, view: PairView, meeting: Meeting, again: bool = False) -> None:
        """The other side of the pair is asked whether the meeting took place (``again``: the coordinator asks
        after a dispute)."""
        author = view.mentor if meeting.logged_role == "mentor" else next(
            (m for m in view.mentees if m.id == meeting.logged_by), None)
        others = view.mentees if meeting.logged_role == "mentor" else [view.mentor]
        for person in others:
            if person.account is not None:
                await self.notifier.notify(
                    person.account, person.text_locale,
                    "meeting-notify-recheck" if again else "meeting-notify-logged",
                    {"kind": meeting.kind, "date": meeting.held_on, "minutes": meeting.minutes, "topic": meeting.topic,
                     "who": (author.full_name if author else None) or "—",
                     "gender": gender_of(author.full_name if author else None)},
                    actions=[Action("meeting-btn-confirm", "mconf", meeting.id),
                             Action("meeting-btn-dispute", "mdisp", meeting.id)])

    async def _meeting(self, meeting_id: int) -> Meeting:
        meeting = await self.repos.meetings.get(meeting_id)
        assert meeting is not None
        return meeting

    async def _own_pair_meeting(self, actor: Actor, meeting_id: int) -> tuple[PairView, Meeting]:
        meeting = await self.repos.meetings.get(meeting_id)
        if meeting is None:
            raise DomainError("meeting-stale")
        view = await self.pairs.view(actor, meeting.pair_id)  # AccessDenied for anyone outside the pair
        return view, meeting

    async def answer(self, actor: Actor, meeting_id: int, happened: bool) -> Meeting:
        """The other side confirms the meeting or says it did not happen (the coordinators are told). In a group
        each mentee answers; one «did not happen» makes the log disputed."""
        view, meeting = await self._own_pair_meeting(actor, meeting_id)
        person_id = _pid(actor)
        if view.role == "coordinator" or view.role == meeting.logged_role or person_id is None:
            raise AccessDenied()
        expected = {m.id for m in view.mentees} if meeting.logged_role == "mentor" else {view.mentor.id}
        async with self.db.transaction():
            if meeting.status == "deleted" or not await self.repos.meetings.answer(
                    meeting_id, person_id, "confirmed" if happened else "disputed", self.clock.now()):
                raise DomainError("meeting-stale")
            answers = await self.repos.meetings.answers(meeting_id)
            status = "disputed" if "disputed" in answers.values() else (
                "confirmed" if expected <= set(answers) else "logged")
            await self.repos.meetings.update(meeting_id, self.clock.now(), status=status)
        logger.info("meeting %s %s by person %s", meeting_id, "confirmed" if happened else "disputed", person_id)
        if not happened:
            who = actor.active_person.full_name if actor.active_person else None
            author = next((p for p in [view.mentor, *view.mentees] if p.id == meeting.logged_by), None)
            if author is not None and author.account is not None:
                await self.notifier.notify(author.account, author.text_locale, "meeting-notify-disputed-author",
                                           {"who": who or "—", "date": meeting.held_on, "topic": meeting.topic,
                                            "gender": gender_of(who)})
            for coordinator in await self.repos.persons.coordinators_of(view.pair.org_id):
                assert coordinator.account is not None
                await self.notifier.notify(coordinator.account, coordinator.text_locale, "meeting-notify-disputed",
                                           {"id": view.pair.id, "date": meeting.held_on, "topic": meeting.topic,
                                            "who": who or "—", "gender": gender_of(who)},
                                           actions=settle_actions(meeting.id))
        return await self._meeting(meeting_id)

    # ---- the coordinator settles a dispute ---------------------------------------------------------------

    async def dispute(self, actor: Actor, meeting_id: int) -> Dispute:
        """A disputed meeting as the coordinator of its organisation sees it (who logged it, who said «no»)."""
        org_id = require_coordinator(actor)
        meeting = await self.repos.meetings.get(meeting_id)
        if meeting is None:
            raise DomainError("meeting-stale")
        pair = await self.pairs.get(meeting.pair_id)
        if pair.org_id != org_id:
            raise AccessDenied()
        if meeting.status != "disputed":
            raise DomainError("meeting-dispute-settled")
        view = await self.pairs.view(actor, pair.id)
        people = {p.id: p for p in [view.mentor, *view.mentees]}
        answers = await self.repos.meetings.answers(meeting_id)
        return Dispute(view, meeting, people.get(meeting.logged_by) if meeting.logged_by else None,
                       [people[i] for i, a in answers.items() if a == "disputed" and i in people])

    async def settle(self, actor: Actor, meeting_id: int, how: Settle) -> Dispute:
        """The coordinator settles a dispute: ``confirm`` — the meeting took place (as the author says);
        ``delete`` — the log is removed; ``ask`` — the pair is asked again (the other side answers anew, the
        author may correct the log). Only a disputed log can be settled: a double tap, or a second coordinator,
        is told it is settled already, and nobody is told twice."""
        if how not in SETTLE:
            raise DomainError("error-stale")
        async with self.db.transaction():  # the check and the change together: one writer at a time
            dispute = await self.dispute(actor, meeting_id)
            status = {"confirm": "confirmed", "delete": "deleted", "ask": "logged"}[how]
            await self.repos.meetings.update(meeting_id, self.clock.now(), status=status)
            if how == "ask":
                await self.repos.meetings.clear_answers(meeting_id)
        logger.info("disputed meeting %s settled (%s) by person %s", meeting_id, how, _pid(actor))
        view, meeting = dispute.view, dispute.meeting
        args = {"how": how, "date": meeting.held_on, "topic": meeting.topic}
        if how == "ask":
            if dispute.author is not None and dispute.author.account is not None:
                await self.notifier.notify(dispute.author.account, dispute.author.text_locale,
                                           "meeting-notify-settled", {**args, "side": "author"})
            await self._ask_others(view, await self._meeting(meeting_id), again=True)
        else:
            for person in [view.mentor, *view.mentees]:
                if person.account is not None:
                    side = "author" if person.id == meeting.logged_by else "other"
                    await self.notifier.notify(person.account, person.text_locale, "meeting-notify-settled",
                                               {**args, "side": side})
        return dispute

    def _may_edit(self, actor: Actor, view: PairView, meeting: Meeting) -> bool:
        """The rule for changing a log: one's own, written less than EDIT_DAYS ago, in a working pair."""
        return (meeting.logged_by == _pid(actor) and meeting.status != "deleted"
                and self.clock.now() - meeting.created_at <= timedelta(days=EDIT_DAYS)
                and view.pair.status in WORKING)

    async def editable(self, actor: Actor, meeting_id: int) -> tuple[PairView, Meeting]:
        view, meeting = await self._own_pair_meeting(actor, meeting_id)
        if meeting.logged_by != _pid(actor):
            raise AccessDenied()
        if self.clock.now() - meeting.created_at > timedelta(days=EDIT_DAYS):
            raise InvalidInput("meeting-error-too-late", days=EDIT_DAYS)
        if view.pair.status not in WORKING:
            raise DomainError("meeting-error-pair-closed")
        return view, meeting

    async def start_edit(self, actor: Actor, meeting_id: int) -> MeetingForm:
        """A form prefilled with the person's own log, while it may still be changed."""
        view, meeting = await self.editable(actor, meeting_id)
        return await self.start(actor, view.pair.id, editing=meeting.id)

    async def edit(self, actor: Actor, meeting_id: int, draft: MeetingDraft) -> Meeting:
        """The author changes their log within EDIT_DAYS. A change asks the other side again (their earlier answer
        was about the old version); saving with no change keeps everything, a dispute included."""
        view, meeting = await self.editable(actor, meeting_id)
        draft = self.validate(draft, self._today(view), view.pair.starts_on)
        before = (meeting.kind, meeting.held_on, meeting.minutes, meeting.format, meeting.topic, meeting.notes)
        if before == (draft.kind, draft.held_on, draft.minutes, draft.format, draft.topic, draft.notes):
            return meeting
        async with self.db.transaction():
            await self.repos.meetings.update(meeting_id, self.clock.now(), kind=draft.kind, held_on=draft.held_on,
                                             minutes=draft.minutes, format=draft.format, topic=draft.topic,
                                             notes=draft.notes, status="logged")
            await self.repos.meetings.clear_answers(meeting_id)
        updated = await self._meeting(meeting_id)
        await self._ask_others(view, updated)
        return updated

    async def delete(self, actor: Actor, meeting_id: int) -> Meeting:
        """The author deletes their own log (the question before it names the meeting); returns what was deleted."""
        _, meeting = await self.editable(actor, meeting_id)
        if meeting.status == "disputed":
            raise InvalidInput("meeting-error-disputed")  # a dispute stays visible to the coordinator
        async with self.db.transaction():
            await self.repos.meetings.update(meeting_id, self.clock.now(), status="deleted")
        logger.info("meeting %s deleted by person %s", meeting_id, _pid(actor))
        return meeting

    async def history(self, actor: Actor, pair_id: int) -> History:
        return await self._history(actor, await self.pairs.view(actor, pair_id))

    async def histories(self, actor: Actor) -> tuple[list[int], History | None]:
        """/meetings: the ids of the actor's pairs, and when there is only one its history at once (nothing to
        choose; the pairs are read once, the programme not at all)."""
        pairs = await self.pairs.my_pairs(actor)
        if len(pairs) != 1:
            return [p.id for p in pairs], None
        return [pairs[0].id], await self._history(actor, await self.pairs.own_view(actor, pairs[0], programme=False))

    async def _history(self, actor: Actor, view: PairView) -> History:
        pair_id = view.pair.id
        meetings = await self.repos.meetings.for_pair(pair_id)
        counted = [m for m in meetings if m.status != "disputed"]
        last = max((m.held_on for m in counted), default=None)
        today = self._today(view)
        stats = PairStats(len(counted), dict(Counter(m.kind for m in counted)), sum(m.minutes for m in counted),
                          last, (today - last).days if last else None,
                          sum(1 for m in meetings if m.status == "disputed"))
        editable = frozenset(m.id for m in meetings if self._may_edit(actor, view, m))
        return History(view, meetings, stats, editable)

    async def finish(self, actor: Actor, pair_id: int) -> tuple[Pair, date]:
        """After the final meeting the coordinator completes the pair and the mentor's and the mentees' satisfaction
        surveys go out — all in one transaction: a double tap (or two coordinators at once) does it once, and if a
        survey cannot be created the pair stays open. Returns the completed pair and the surveys' deadline."""
        async with self.db.transaction():
            view = await self.pairs.view(actor, pair_id)
            held = await self.repos.meetings.for_pair(pair_id)
            if view.role != "coordinator" or view.pair.status not in WORKING or not any(
                    m.kind == "final" and m.status != "disputed" for m in held):
                raise DomainError("pair-stale")
            deadline = self._today(view) + timedelta(days=SURVEY_DAYS)
            # each side gets the questionnaire of who they are: a teacher's, a pupil's («ты», with the pupils'
            # outcome items), an outside specialist's (mentoring_forms.satisfaction_of)
            surveys: dict[str, list[int]] = {}
            for person in [view.mentor, *view.mentees]:
                if person.account is not None:
                    as_mentor = person.id == view.mentor.id
                    questionnaire = satisfaction_of(person, as_mentor=as_mentor)
                    surveys.setdefault(questionnaire, []).append(person.id)
                    # the end of before-and-after: the same items as at the start (a pupil mentee's are in his
                    # satisfaction survey)
                    measured = growth_of(person, as_mentor=as_mentor)
                    if measured is not None and measured[1] != questionnaire and measured[1] in self.campaigns.titles:
                        surveys.setdefault(measured[1], []).append(person.id)
            for questionnaire, people in surveys.items():
                await self.campaigns.create(actor, questionnaire, "list", deadline, anonymous=False,
                                            person_ids=people)
            status = await self.pairs.close_rows(actor, view, completed=True)
        await self.pairs.announce_close(view, status)
        return await self.pairs.get(pair_id), deadline

    async def activity(self, actor: Actor) -> Activity:
        org_id = require_coordinator(actor)
        views = [v for v, _, _ in await self.pairs.overview(actor) if v.pair.status in WORKING]
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        today = local_today(self.clock.now(), org.timezone)
        result = Activity(this_month=0, quiet_days=self.nudge_days)
        this_month = 0
        for view in views:
            meetings = await self.repos.meetings.for_pair(view.pair.id)
            counted = [m for m in meetings if m.status != "disputed"]
            this_month += sum(1 for m in counted if (m.held_on.year, m.held_on.month) == (today.year, today.month))
            if not counted:
                result.without_meetings.append(view)
            if not any(m.kind == "organisational" for m in counted):
                result.without_organisational.append(view)
            result.disputed.extend((view, m) for m in meetings if m.status == "disputed")
            last = max((m.held_on for m in counted), default=None)
            if last is not None and (today - last).days >= self.nudge_days:
                result.quiet.append((view, (today - last).days))
        return replace(result, this_month=this_month)

    async def nudge(self, work_start: time, work_end: time) -> int:
        """A pair with no meeting for N days: a friendly nudge to the mentor; after 2N days the coordinators are
        told. Each once per quiet spell, only in working hours of the organisation, never for closed pairs."""
        sent = 0
        now = self.clock.now()
        zones: dict[int, ZoneInfo] = {}
        today: dict[int, date] = {}
        for org in await self.repos.organisations.list_all():
            zone = ZoneInfo(org.timezone)
            local = now.astimezone(zone)
            if work_start <= local.time() < work_end:
                zones[org.id], today[org.id] = zone, local.date()
        # one query over every organisation in working hours; a pair with a meeting held in the last N days is
        # never due, and the SQL leaves it out
        candidates = await self.repos.meetings.quiet_pairs(
            {org_id: on - timedelta(days=self.nudge_days) for org_id, on in today.items()})
        order = {org_id: n for n, org_id in enumerate(zones)}
        candidates.sort(key=lambda c: (order[c.org_id], c.pair_id))
        for pair, kind, since, quiet in self._due(candidates, zones, today):
            async with self.db.transaction():
                if not await self.repos.meetings.claim_nudge(pair.pair_id, kind, since, now):
                    continue
            results = []
            if kind == "mentor":
                mentor = await self.repos.persons.get(pair.mentor_id)
                if mentor is not None and mentor.account is not None:
                    results.append(await self.notifier.notify(
                        mentor.account, mentor.text_locale, "meeting-nudge-mentor", {"days": quiet},
                        actions=[Action("meeting-btn-log", "mlog", pair.pair_id)]))
            else:
                for coordinator in await self.repos.persons.coordinators_of(pair.org_id):
                    assert coordinator.account is not None
                    results.append(await self.notifier.notify(
                        coordinator.account, coordinator.text_locale, "meeting-nudge-coordinator",
                        {"id": pair.pair_id, "days": quiet}, actions=[Action("pair-btn-open", "pair", pair.pair_id)]))
            if Delivery.RETRY in results and Delivery.SENT not in results:  # nobody got it: the next sweep retries
                async with self.db.transaction():
                    await self.repos.meetings.release_nudge(pair.pair_id, kind, since)
                continue
            sent += 1
        return sent

    def _due(self, candidates: list[QuietPair], zones: dict[int, ZoneInfo], today: dict[int, date]
             ) -> list[tuple[QuietPair, str, date, int]]:
        """The nudges to claim, in order: (pair, kind, the quiet spell's start, days quiet). Nudges already
        claimed for this very spell are left out (claiming them again would do nothing)."""
        due = []
        for pair in candidates:
            zone = zones[pair.org_id]
            started = pair.started.astimezone(zone).date()
            # the spell starts at the last sign of life: a meeting held, or a log written (a backdated log
            # must not trigger a nudge right after it was written)
            since = max(d for d in (pair.held, pair.logged.astimezone(zone).date() if pair.logged else None, started)
                        if d)
            quiet = (today[pair.org_id] - since).days
            for kind, threshold in (("mentor", self.nudge_days), ("coordinator", 2 * self.nudge_days)):
                if quiet >= threshold and pair.claimed[kind] != since.isoformat():
                    due.append((pair, kind, since, quiet))
        return due


def _pid(actor: Actor) -> int | None:
    return actor.person.id if actor.person else None
