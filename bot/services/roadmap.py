"""Roadmaps: import from a document or the template, link responsible staff, activate, track statuses."""

from __future__ import annotations

import asyncio
import difflib
import json
import logging
import os
import re
import signal
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bot.clock import Clock
from bot.services import roadmap_parser, validation
from bot.services.access import Actor, require_coordinator
from bot.services.errors import AccessDenied, DomainError, InvalidInput
from bot.services.ports import NO_ARGS, Notifier, TextArgs
from bot.services.reminders import ReminderService
from bot.services.school_calendar import local_today, planning_year
from storage.db import Database
from storage.models import Activity, ActivityStatus, Person, Roadmap, RoadmapStage, RoadmapStatus, Role
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

TEMPLATE_PATH = Path(__file__).resolve().parent.parent / "data" / "roadmap_template.md"


def template_path(kind: str | None) -> Path:
    """The built-in roadmap for an organisation of ``kind`` (``roadmap_template_<kind>.md``: a kindergarten's names
    «Заведующий» and «ДОО»), the school's when the kind has none of its own."""
    own = TEMPLATE_PATH.with_name(f"{TEMPLATE_PATH.stem}_{kind}.md")
    return own if kind and own.exists() else TEMPLATE_PATH
MAX_FILE_BYTES = 2_000_000
MAX_ACTIVITIES = 500
PARSE_SECONDS = 20
PARSE_MEMORY_MB = 512  # the child's address space (Python, lxml and python-docx take about 100 MB of it)
PARSE_CPU_SECONDS = 10
PARSE_CHILDREN = 2  # files parsed at once; more uploads wait their turn
SUPPORTED_SUFFIXES = roadmap_parser.SUPPORTED_SUFFIXES
_PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


class IsolatedParser:
    """Parses an uploaded file in a child process (``roadmap_parser.worker``) limited in memory and CPU time and
    killed after ``seconds``: a crafted document costs the bot nothing but the wait. The child gets no secrets
    (a minimal environment) and hands back plain data; its limits as it read them back are kept in ``limits``."""

    def __init__(self, seconds: float = PARSE_SECONDS, memory_mb: int = PARSE_MEMORY_MB,
                 cpu_seconds: int = PARSE_CPU_SECONDS, children: int = PARSE_CHILDREN, max_unpacked: int = 0) -> None:
        self.seconds = seconds
        self.memory_mb = memory_mb
        self.cpu_seconds = cpu_seconds
        self.max_unpacked = max_unpacked  # 0: the parser's own zip limits
        self.limits: dict[str, int] = {}
        self._slots = asyncio.Semaphore(children)

    async def __call__(self, path: Path, academic_year: int) -> roadmap_parser.ParsedRoadmap:
        """The parsed roadmap; InvalidInput with the coordinator's answer when the file is refused."""
        if _size(path) > MAX_FILE_BYTES:
            raise InvalidInput("roadmap-error-size")
        async with self._slots:
            result = await self._run(path, academic_year)
        self.limits = dict(result.get("limits") or {})
        error = result.get("error")
        if error in ("too_large", "memory"):
            raise InvalidInput("roadmap-error-unpacked")
        if error == "slow":
            raise InvalidInput("roadmap-error-slow")
        if error is not None or "ok" not in result:
            raise InvalidInput("roadmap-error-unreadable")
        try:
            return roadmap_parser.ParsedRoadmap.from_plain(result["ok"])
        except (KeyError, TypeError, ValueError):
            raise InvalidInput("roadmap-error-unreadable") from None

    async def _run(self, path: Path, academic_year: int) -> dict[str, Any]:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(_PROJECT_ROOT),
               "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.services.roadmap_parser.worker", str(path), str(academic_year),
            "--memory-mb", str(self.memory_mb), "--cpu-seconds", str(self.cpu_seconds),
            "--max-unpacked", str(self.max_unpacked),
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
            env=env, cwd=str(_PROJECT_ROOT))
        try:
            out, _ = await asyncio.wait_for(process.communicate(), self.seconds)
        except TimeoutError:
            logger.warning("roadmap parser child %s killed after %s s", process.pid, self.seconds)
            return {"error": "slow"}
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        code = process.returncode or 0
        if code != 0:
            # killed by the kernel past its CPU time (SIGXCPU, then SIGKILL), or a crash inside a C library;
            # its stderr is not logged: a traceback may quote the document
            logger.warning("roadmap parser child %s ended with %s", process.pid, code)
            return {"error": "slow" if -code in (signal.SIGXCPU.value, signal.SIGKILL.value) else "unreadable"}
        try:
            result = json.loads(out)
        except ValueError:
            return {"error": "unreadable"}
        return result if isinstance(result, dict) else {"error": "unreadable"}


@dataclass(frozen=True)
class LabelLink:
    index: int
    label: str
    kind: str
    activities: int
    persons: tuple[Person, ...]


@dataclass(frozen=True)
class Suggestion:
    person: Person
    score: float
    exact: bool  # the label names this person; otherwise a close match to confirm by hand


@dataclass(frozen=True)
class StageProgress:
    stage: RoadmapStage
    activities: tuple[Activity, ...]
    done: int
    overdue: int


@dataclass(frozen=True)
class RoadmapView:
    roadmap: Roadmap
    stages: tuple[StageProgress, ...]
    today: date

    @property
    def total(self) -> int:
        return sum(len(s.activities) for s in self.stages)

    @property
    def done(self) -> int:
        return sum(s.done for s in self.stages)

    @property
    def overdue(self) -> int:
        return sum(s.overdue for s in self.stages)


def _fold(text: str) -> str:
    return re.sub(r"[\s.]+", " ", text.lower().replace("ё", "е")).strip()


def person_key(full_name: str) -> str:
    """«Гришенкова Анна Николаевна» → «гришенкова а н», comparable with «Гришенкова А.Н.»."""
    parts = full_name.split()
    if not parts:
        return ""
    return _fold(" ".join([parts[0], *(p[0] for p in parts[1:3])]))


class RoadmapService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock, reminders: ReminderService,
                 notifier: Notifier, parser: IsolatedParser | None = None) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock
        self.reminders = reminders
        self.notifier = notifier
        self.parse_file = parser or IsolatedParser()

    # ---- import -------------------------------------------------------------------------------------

    async def current_year(self, actor: Actor) -> int:
        org_id = require_coordinator(actor)
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        return planning_year(local_today(self.clock.now(), org.timezone))

    async def import_file(self, actor: Actor, path: Path, source: str, academic_year: int) -> Roadmap:
        require_coordinator(actor)
        if Path(source).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise InvalidInput("roadmap-error-format")
        try:
            # a file from outside: parsed in a limited child process, off the event loop, killed on timeout
            parsed = await self.parse_file(path, academic_year)
        except InvalidInput as exc:
            logger.info("roadmap file from person %s refused: %s", actor.person.id if actor.person else None, exc.key)
            raise
        if not parsed.stages:
            raise InvalidInput("roadmap-error-empty")
        if sum(len(s.tasks) for s in parsed.stages) > MAX_ACTIVITIES:
            raise InvalidInput("roadmap-error-too-big")
        return await self._store(actor, parsed, academic_year, source)

    async def import_template(self, actor: Actor, academic_year: int) -> Roadmap:
        require_coordinator(actor)
        parsed = roadmap_parser.parse_roadmap(template_path(actor.person.org_kind if actor.person else None),
                                              academic_year)
        return await self._store(actor, parsed, academic_year, "template")

    async def _store(self, actor: Actor, parsed: roadmap_parser.ParsedRoadmap, year: int, source: str) -> Roadmap:
        org_id = require_coordinator(actor)
        now = self.clock.now()
        async with self.db.transaction():
            await self.repos.roadmaps.delete_drafts(org_id)
            warnings = [w.to_dict() if isinstance(w, roadmap_parser.ParseWarning) else {"code": "", "text": str(w)}
                        for w in parsed.warnings]
            roadmap_id = await self.repos.roadmaps.create(org_id, year, source[:200], warnings,
                                                actor.person.id if actor.person else None, now)
            for position, stage in enumerate(parsed.stages):
                stage_id = await self.repos.roadmaps.add_stage(roadmap_id, stage.number, stage.title, position)
                for index, (title, deadlines, responsible) in enumerate(_activities_of(stage)):
                    start, end, recurrence = _window(deadlines)
                    activity_id = await self.repos.roadmaps.add_activity(
                        roadmap_id, stage_id, index, title, "; ".join(d.text for d in deadlines), start, end,
                        recurrence)
                    for entry in responsible:
                        await self.repos.roadmaps.add_label(activity_id, entry.text, entry.kind)
        logger.info("roadmap %s drafted for org %s from %s", roadmap_id, org_id, "template" if source == "template"
                    else "a file")
        roadmap = await self.repos.roadmaps.get(roadmap_id)
        assert roadmap is not None
        return roadmap

    # ---- reading ------------------------------------------------------------------------------------

    async def own(self, actor: Actor, roadmap_id: int) -> Roadmap:
        """A roadmap of the coordinator's own organisation (any other id is refused)."""
        return await self._own(actor, roadmap_id)

    async def activity_for_coordinator(self, actor: Actor, activity_id: int) -> Activity:
        activity = await self._own_activity(actor, activity_id)
        await self._own(actor, activity.roadmap_id)
        return activity

    async def task(self, actor: Actor, activity_id: int) -> tuple[Activity, date]:
        """An activity the asker is responsible for (or coordinates), with today's date in its zone."""
        activity = await self._own_activity(actor, activity_id)
        roadmap = await self._may_change(actor, activity)
        org = await self.repos.organisations.get(roadmap.org_id)
        assert org is not None
        return activity, local_today(self.clock.now(), org.timezone)

    async def _own(self, actor: Actor, roadmap_id: int) -> Roadmap:
        org_id = require_coordinator(actor)
        roadmap = await self.repos.roadmaps.get(roadmap_id)
        if roadmap is None or roadmap.org_id != org_id:
            raise AccessDenied()
        return roadmap

    async def draft(self, actor: Actor) -> Roadmap | None:
        return await self.repos.roadmaps.latest(require_coordinator(actor), RoadmapStatus.DRAFT)

    async def active(self, actor: Actor) -> Roadmap | None:
        if actor.active_person is None:
            raise AccessDenied()
        return await self.repos.roadmaps.latest(actor.active_person.org_id, RoadmapStatus.ACTIVE)

    async def view(self, actor: Actor, roadmap_id: int) -> RoadmapView:
        person = actor.active_person
        roadmap = await self.repos.roadmaps.get(roadmap_id)
        if person is None or roadmap is None or roadmap.org_id != person.org_id:
            raise AccessDenied()
        if roadmap.status is RoadmapStatus.DRAFT and Role.COORDINATOR not in person.roles:
            raise AccessDenied()
        org = await self.repos.organisations.get(roadmap.org_id)
        assert org is not None
        today = local_today(self.clock.now(), org.timezone)
        activities = await self.repos.roadmaps.activities(roadmap_id)
        stages = []
        for stage in await self.repos.roadmaps.stages(roadmap_id):
            own = tuple(a for a in activities if a.stage_id == stage.id)
            stages.append(StageProgress(
                stage, own, sum(a.status in (ActivityStatus.DONE, ActivityStatus.SKIPPED) for a in own),
                sum(a.is_overdue(today) for a in own)))
        return RoadmapView(roadmap, tuple(stages), today)

    async def my_tasks(self, actor: Actor) -> tuple[list[Activity], date]:
        person = actor.active_person
        if person is None:
            raise AccessDenied()
        org = await self.repos.organisations.get(person.org_id)
        assert org is not None
        tasks = await self.repos.roadmaps.activities_of_person(person.id)
        if Role.COORDINATOR in person.roles:  # what nobody else is linked to is reminded to the coordinator
            known = {a.id for a in tasks}
            tasks += [a for a in await self.repos.roadmaps.unassigned_activities(person.org_id) if a.id not in known]
        return tasks, local_today(self.clock.now(), org.timezone)

    # ---- linking responsible staff --------------------------------------------------------------------

    async def labels(self, actor: Actor, roadmap_id: int) -> list[LabelLink]:
        roadmap = await self._own(actor, roadmap_id)
        links = await self.repos.roadmaps.links(roadmap.id)
        out = []
        for index, (label, kind, count) in enumerate(await self.repos.roadmaps.label_kinds(roadmap.id)):
            persons = [p for pid in links.get(label, []) if (p := await self.repos.persons.get(pid))]  # active only
            out.append(LabelLink(index, label, kind, count, tuple(persons)))
        return out

    async def label_at(self, actor: Actor, roadmap_id: int, index: int) -> LabelLink:
        labels = await self.labels(actor, roadmap_id)
        if not 0 <= index < len(labels):
            raise DomainError("error-stale")
        return labels[index]

    async def staff(self, org_id: int) -> list[Person]:
        return [p for p in await self.repos.persons.active_in_org(org_id)
                if p.has_role(Role.STAFF, Role.COORDINATOR, Role.MENTOR_CANDIDATE, Role.MENTEE_TEACHER)]

    async def suggestions(self, actor: Actor, roadmap_id: int, index: int) -> list[Suggestion]:
        """Registered people who may be meant by the label, best first. Close names are only suggested:
        «Гришенкова А.Н.» and «Грищенко А.Н.» are two people until the coordinator says otherwise."""
        link = await self.label_at(actor, roadmap_id, index)
        people = await self.staff(require_coordinator(actor))
        if link.kind == "role":
            wanted = _fold(link.label)
            coordinators = [p for p in people if Role.COORDINATOR in p.roles]
            if "координатор" in wanted or "куратор" in wanted:
                return [Suggestion(p, 1.0, True) for p in coordinators]
            # a role names a function, not a person: staff whose position fits come first, no «close name» flag
            staff = [p for p in people if Role.STAFF in p.roles]
            positions = [Suggestion(p, 0.9, True) for p in staff
                         if p.position and (wanted in _fold(p.position) or _fold(p.position) in wanted)]
            return positions + [Suggestion(p, 0.5, True) for p in staff if p not in [s.person for s in positions]]
        target = _fold(link.label)
        scored = []
        for person in people:
            if not person.full_name:
                continue
            key = person_key(person.full_name)
            ratio = difflib.SequenceMatcher(None, key, target).ratio()
            if key == target:
                scored.append(Suggestion(person, 1.0, True))
            elif ratio >= 0.7:
                scored.append(Suggestion(person, ratio, False))
        return sorted(scored, key=lambda s: -s.score)

    async def link(self, actor: Actor, roadmap_id: int, index: int, person_ids: list[int]) -> LabelLink:
        roadmap = await self._own(actor, roadmap_id)
        link = await self.label_at(actor, roadmap_id, index)
        allowed = {p.id for p in await self.repos.persons.active_in_org(roadmap.org_id)}
        if not set(person_ids) <= allowed:
            raise AccessDenied()
        async with self.db.transaction():
            await self.repos.roadmaps.set_link(roadmap.id, link.label, person_ids)
            if roadmap.status is RoadmapStatus.ACTIVE:
                await self._replan_label(roadmap, link.label)
        return await self.label_at(actor, roadmap_id, index)

    async def _replan_label(self, roadmap: Roadmap, label: str) -> None:
        org = await self.repos.organisations.get(roadmap.org_id)
        assert org is not None
        for activity in await self.repos.roadmaps.activities(roadmap.id):
            if label in activity.labels:
                await self.reminders.plan_activity(activity, org.id, org.timezone)

    # ---- dates and activation -------------------------------------------------------------------------

    async def set_dates(self, actor: Actor, activity_id: int, text: str | None) -> Activity:
        activity = await self._own_activity(actor, activity_id)
        roadmap = await self._own(actor, activity.roadmap_id)
        deadlines = await self._deadlines(text, roadmap, 100)
        if deadlines[0].end is None:
            raise InvalidInput("roadmap-error-date", example=await self.example_date_for(roadmap.org_id))
        start, end, _ = _window(deadlines)
        async with self.db.transaction():
            await self.repos.roadmaps.set_activity_dates(activity.id, start, end)
            updated = await self.repos.roadmaps.activity(activity.id)
            assert updated is not None
            if roadmap.status is RoadmapStatus.ACTIVE:
                org = await self.repos.organisations.get(roadmap.org_id)
                assert org is not None
                await self.reminders.plan_activity(updated, org.id, org.timezone)
        return updated

    async def example_date_for(self, org_id: int) -> str:
        """A date two weeks ahead, for examples in prompts (a fixed example would soon be in the past)."""
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        return (local_today(self.clock.now(), org.timezone) + timedelta(days=14)).strftime("%d.%m.%Y")

    async def example_date(self, actor: Actor) -> str:
        if actor.active_person is None:
            raise AccessDenied()
        return await self.example_date_for(actor.active_person.org_id)

    async def _deadlines(self, text: str | None, roadmap: Roadmap, limit: int) -> list[roadmap_parser.Deadline]:
        example = await self.example_date_for(roadmap.org_id)
        try:
            value = validation.clean_text(text, max_len=limit, key="roadmap-error-date")
        except InvalidInput:
            raise InvalidInput("roadmap-error-date", example=example) from None
        deadlines = [d for d in roadmap_parser.parse_deadline(value, roadmap.academic_year) if d.understood]
        if not deadlines:
            raise InvalidInput("roadmap-error-date", example=example)
        return deadlines

    async def activate(self, actor: Actor, roadmap_id: int) -> tuple[Roadmap, int]:
        """Make the draft the organisation's roadmap: the previous one is archived, activities done or skipped
        there keep their status here, reminders are planned — all or nothing. Returns the roadmap and how many
        of its activities are already overdue (their first reminder comes at the next round, not in a burst)."""
        roadmap = await self._own(actor, roadmap_id)
        if roadmap.status is not RoadmapStatus.DRAFT:
            raise DomainError("error-stale")
        async with self.db.transaction():
            for previous in await self.repos.roadmaps.archive_active(roadmap.org_id):
                await self.repos.roadmaps.carry_statuses(previous, roadmap.id)
            await self.repos.roadmaps.set_status(roadmap.id, RoadmapStatus.ACTIVE, self.clock.now())
            planned = await self.reminders.plan_roadmap(roadmap.id)
        view = await self.view(actor, roadmap.id)
        logger.info("roadmap %s activated, %s reminders planned", roadmap.id, planned)
        return view.roadmap, view.overdue

    async def discard(self, actor: Actor, roadmap_id: int) -> None:
        roadmap = await self._own(actor, roadmap_id)
        if roadmap.status is not RoadmapStatus.DRAFT:
            raise DomainError("error-stale")
        async with self.db.transaction():
            await self.repos.roadmaps.delete_drafts(roadmap.org_id)

    # ---- statuses ----------------------------------------------------------------------------------

    async def _own_activity(self, actor: Actor, activity_id: int) -> Activity:
        activity = await self.repos.roadmaps.activity(activity_id)
        if activity is None:
            raise AccessDenied()
        return activity

    async def _may_change(self, actor: Actor, activity: Activity) -> Roadmap:
        """The responsible people of the activity and the coordinators of its organisation."""
        person = actor.active_person
        roadmap = await self.repos.roadmaps.get(activity.roadmap_id)
        if person is None or roadmap is None or roadmap.org_id != person.org_id:
            raise AccessDenied()
        responsible = await self.repos.roadmaps.responsible_persons(activity.id)
        if Role.COORDINATOR not in person.roles and person.id not in responsible:
            raise AccessDenied()
        if roadmap.status is not RoadmapStatus.ACTIVE:
            raise DomainError("error-stale")
        return roadmap

    async def set_status(self, actor: Actor, activity_id: int, status: ActivityStatus,
                         reason: str | None = None) -> Activity:
        activity = await self._own_activity(actor, activity_id)
        roadmap = await self._may_change(actor, activity)
        if status is ActivityStatus.SKIPPED:
            reason = validation.clean_text(reason, max_len=300, min_len=3, key="roadmap-error-reason")
        async with self.db.transaction():
            await self.repos.roadmaps.set_activity_status(activity.id, status, reason, self.clock.now(),
                                                actor.person.id if actor.person else None)
            updated = await self.repos.roadmaps.activity(activity.id)
            assert updated is not None
            org = await self.repos.organisations.get(roadmap.org_id)
            assert org is not None
            await self.reminders.plan_activity(updated, org.id, org.timezone)
        logger.info("activity %s → %s by person %s", activity.id, status.value,
                    actor.person.id if actor.person else None)
        if status is ActivityStatus.SKIPPED:
            await self._tell_coordinators(roadmap.org_id, actor, "roadmap-notify-skipped",
                                          {"title": activity.title, "reason": reason or ""})
        return updated

    async def _tell_coordinators(self, org_id: int, actor: Actor, key: str, args: TextArgs = NO_ARGS) -> None:
        person = actor.active_person
        for coordinator in await self.repos.persons.coordinators_of(org_id):
            if (person is None or coordinator.id != person.id) and coordinator.tg_user_id is not None:
                await self.notifier.notify(coordinator.tg_user_id, coordinator.text_locale, key,
                                           {"name": person.full_name if person and person.full_name else "—", **args})

    async def postpone(self, actor: Actor, activity_id: int, text: str | None) -> Activity:
        """A new deadline from a responsible person; the coordinators are told."""
        activity = await self._own_activity(actor, activity_id)
        roadmap = await self._may_change(actor, activity)
        deadlines = await self._deadlines(text, roadmap, 40)
        if deadlines[-1].end is None:
            raise InvalidInput("roadmap-error-date", example=await self.example_date_for(roadmap.org_id))
        org = await self.repos.organisations.get(roadmap.org_id)
        assert org is not None
        new_due = deadlines[-1].end
        if new_due < local_today(self.clock.now(), org.timezone):
            raise InvalidInput("roadmap-error-date-past")
        async with self.db.transaction():
            starts = activity.starts_on
            if starts is None or activity.due_on is None or not starts < activity.due_on or starts > new_due:
                starts = None  # no window before the deadline, or it would end after the new deadline
            await self.repos.roadmaps.set_activity_dates(activity.id, starts, new_due)
            updated = await self.repos.roadmaps.activity(activity.id)
            assert updated is not None
            await self.reminders.plan_activity(updated, org.id, org.timezone)
        await self._tell_coordinators(org.id, actor, "roadmap-notify-postponed",
                                      {"title": activity.title,
                                       "old": activity.due_on.strftime("%d.%m.%Y") if activity.due_on else "—",
                                       "new": new_due.strftime("%d.%m.%Y")})
        return updated


def _activities_of(stage: roadmap_parser.Stage) -> list[tuple[str, list[roadmap_parser.Deadline],
                                                              list[roadmap_parser.Responsible]]]:
    """Tracked activities of a stage: one per row of the table; a row whose items each have their own
    deadline («Февраль-июнь 2023 Апрель-июнь 2023 …») becomes one activity per item."""
    out = []
    for task in stage.tasks:
        items = task.activities or ([task.heading] if task.heading else [])
        if len(items) > 1 and len(task.deadlines) == len(items):
            out += [(item, [deadline], task.responsible) for item, deadline in zip(items, task.deadlines, strict=True)]
            continue
        title = task.heading or "; ".join(items) or stage.title
        out.append((title[:500], task.deadlines, task.responsible))
    if not out:
        out.append((stage.title, [], []))
    return out


def _window(deadlines: list[roadmap_parser.Deadline]) -> tuple[date | None, date | None, str | None]:
    """One window over a cell's deadlines: the earliest start to the latest end."""
    dated = [d for d in deadlines if d.end is not None]
    if not dated:
        return None, None, None
    starts = [d.start for d in dated if d.start is not None]
    recurrence = next((d.recurrence for d in dated if d.recurrence), None)
    return (min(starts) if starts else None), max(d.end for d in dated if d.end), recurrence


def _size(path: Path) -> int:
    return path.stat().st_size
