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
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from bot.clock import Clock
from bot.services import roadmap_parser, validation
from bot.services.access import Actor, require_coordinator
from bot.services.errors import AccessDenied, DomainError, FlowEnded, InvalidInput
from bot.services.grammar import gender_of
from bot.services.ports import NO_ARGS, Action, Notifier, TextArgs
from bot.services.reminders import ReminderService
from bot.services.school_calendar import local_today, planning_year, school_year_bounds, school_year_of
from storage.db import Database
from storage.models import (
    Activity,
    ActivityStatus,
    Person,
    Roadmap,
    RoadmapStage,
    RoadmapStatus,
    Role,
    language_of,
)
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

TEMPLATE_PATH = Path(__file__).resolve().parent.parent / "data" / "roadmap_template.md"


def template_path(kind: str | None) -> Path:
    """The built-in roadmap for an organisation of ``kind`` (``roadmap_template_<kind>.md``: a kindergarten's names
    «Заведующий» and «ДОО»), the school's when the kind has none of its own."""
    own = TEMPLATE_PATH.with_name(f"{TEMPLATE_PATH.stem}_{kind}.md")
    return own if kind and own.exists() else TEMPLATE_PATH


def template_words(language: str) -> Callable[[str], str]:
    """The built-in roadmaps' words in ``language``: ``roadmap_template.<language>.json`` gives each Russian text of
    a stage, an activity, a deadline or a responsible person its translation (the dates are read from the Russian
    file); Russian, or a language without a file, keeps the file's own words."""
    path = TEMPLATE_PATH.with_name(f"{TEMPLATE_PATH.stem}.{language}.json")
    if language == "ru" or not path.exists():
        return _same
    words: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return lambda text: words.get(text, text)


def _same(text: str) -> str:
    return text
# a PDF of a few pages with its fonts, or a scan, is often over 2 MB: up to 10 MB reaches the parser (in its child
# process with memory and time limits), so a scan gets «send the .docx or a PDF with text» rather than «too large»
MAX_FILE_BYTES = 10_000_000
MAX_ACTIVITIES = 500
MAX_TITLE = 500  # an activity's title
MAX_STAGE_TITLE = 300
PARSE_SECONDS = 20
PARSE_MEMORY_MB = 512  # the child's address space (Python, lxml and python-docx take about 100 MB of it)
PARSE_CPU_SECONDS = 10
PARSE_CHILDREN = 2  # files parsed at once; more uploads wait their turn
SUPPORTED_SUFFIXES = roadmap_parser.SUPPORTED_SUFFIXES
FILE_ANSWERS = {"scanned_pdf": "roadmap-error-scanned", "encrypted_pdf": "roadmap-error-encrypted",
                "old_format": "roadmap-error-old-format", "unsupported_type": "roadmap-error-format"}
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
        if error in FILE_ANSWERS:  # what to send instead: a scan, a locked PDF, an old format
            raise InvalidInput(FILE_ANSWERS[error])
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
        suffix = Path(source).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES and suffix not in roadmap_parser.OLD_FORMAT_SUFFIXES:
            raise InvalidInput("roadmap-error-format")  # an old .doc or .rtf is looked at: it may be a .docx inside
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
        """The built-in roadmap of the coordinator's kind of organisation, in the coordinator's language."""
        require_coordinator(actor)
        parsed = roadmap_parser.parse_roadmap(template_path(actor.person.org_kind if actor.person else None),
                                              academic_year)
        words = template_words(language_of(actor.person.locale) if actor.person else "ru")
        return await self._store(actor, parsed, academic_year, "template", words)

    async def _store(self, actor: Actor, parsed: roadmap_parser.ParsedRoadmap, year: int, source: str,
                     words: Callable[[str], str] = _same) -> Roadmap:
        org_id = require_coordinator(actor)
        now = self.clock.now()
        async with self.db.transaction():
            await self.repos.roadmaps.delete_drafts(org_id)
            warnings = [w.to_dict() if isinstance(w, roadmap_parser.ParseWarning) else {"code": "", "text": str(w)}
                        for w in parsed.warnings]
            roadmap_id = await self.repos.roadmaps.create(org_id, year, source[:200], warnings,
                                                actor.person.id if actor.person else None, now)
            found = document_year_of(parsed)
            if found is not None:
                await self.repos.roadmaps.set_document_year(roadmap_id, found.start, found.kind)
            for position, stage in enumerate(parsed.stages):
                stage_id = await self.repos.roadmaps.add_stage(roadmap_id, stage.number, words(stage.title), position)
                for index, (title, deadlines, responsible) in enumerate(_activities_of(stage)):
                    start, end, recurrence = _window(deadlines)
                    activity_id = await self.repos.roadmaps.add_activity(
                        roadmap_id, stage_id, index, words(title), "; ".join(words(d.text) for d in deadlines), start,
                        end, recurrence)
                    for entry in responsible:
                        await self.repos.roadmaps.add_label(activity_id, words(entry.text), entry.kind)
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

    async def active_stages(self, actor: Actor) -> list[RoadmapStage]:
        """The stages of the organisation's active roadmap, in order (what /tasks groups the tasks under)."""
        roadmap = await self.active(actor)
        return await self.repos.roadmaps.stages(roadmap.id) if roadmap else []

    async def stage_of(self, activity: Activity) -> RoadmapStage | None:
        """The stage an activity is grouped under (for an activity the caller has already been allowed to see)."""
        return await self.repos.roadmaps.stage(activity.stage_id)

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
            if any(word in wanted for word in ("координатор", "куратор", "coordinator")):
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
        if status is activity.status and status is not ActivityStatus.SKIPPED:
            return activity  # marked so already (a second tap, or an offer answered twice)
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
            if (person is None or coordinator.id != person.id) and coordinator.account is not None:
                await self.notifier.notify(coordinator.account, coordinator.text_locale, key,
                                           {"name": person.full_name if person and person.full_name else "—",
                                            "gender": gender_of(person.full_name if person else None), **args})

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


    # ---- shaping the roadmap in chat (draft or active; the organisation's coordinators only) ----------------

    async def _coordinated(self, actor: Actor, roadmap_id: int) -> Roadmap:
        """A draft or the active roadmap of the coordinator's organisation (another's: refused; archived: stale).
        What is gone ends the edit (``FlowEnded``): a half-typed title for it is forgotten, not asked for again."""
        roadmap = await self._own(actor, roadmap_id)
        if roadmap.status is RoadmapStatus.ARCHIVED:
            raise FlowEnded("error-stale")
        return roadmap

    async def stage_for_coordinator(self, actor: Actor, stage_id: int) -> tuple[RoadmapStage, Roadmap]:
        require_coordinator(actor)
        stage = await self.repos.roadmaps.stage(stage_id)
        if stage is None:
            raise FlowEnded("roadmap-error-stage-gone")
        return stage, await self._coordinated(actor, stage.roadmap_id)

    async def edited_activity(self, actor: Actor, activity_id: int) -> tuple[Activity, Roadmap]:
        require_coordinator(actor)
        activity = await self.repos.roadmaps.activity(activity_id)
        if activity is None:
            raise FlowEnded("roadmap-error-gone")
        return activity, await self._coordinated(actor, activity.roadmap_id)

    async def _replan(self, roadmap: Roadmap, activity_id: int) -> None:
        """An active roadmap's activity changed: its pending reminders are planned again. A reminder already sent
        keeps its row, so planning the same one again never sends it twice; a moved deadline gets new ones."""
        if roadmap.status is not RoadmapStatus.ACTIVE:
            return
        activity = await self.repos.roadmaps.activity(activity_id)
        org = await self.repos.organisations.get(roadmap.org_id)
        if activity is not None and org is not None:
            await self.reminders.plan_activity(activity, org.id, org.timezone)

    async def rename_stage(self, actor: Actor, stage_id: int, text: str | None) -> RoadmapStage:
        stage, _ = await self.stage_for_coordinator(actor, stage_id)
        title = validation.clean_text(text, max_len=MAX_STAGE_TITLE, min_len=2, key="roadmap-error-title")
        async with self.db.transaction():
            await self.repos.roadmaps.rename_stage(stage.id, title)
        logger.info("roadmap stage %s renamed by person %s", stage.id, _pid(actor))
        return replace(stage, title=title)

    async def rename_activity(self, actor: Actor, activity_id: int, text: str | None) -> Activity:
        activity, _ = await self.edited_activity(actor, activity_id)
        title = validation.clean_text(text, max_len=MAX_TITLE, min_len=2, key="roadmap-error-title")
        async with self.db.transaction():
            await self.repos.roadmaps.rename_activity(activity.id, title)
        logger.info("roadmap activity %s renamed by person %s", activity.id, _pid(actor))
        return replace(activity, title=title)

    async def add_activity(self, actor: Actor, stage_id: int, text: str | None) -> Activity:
        """A new activity at the end of the stage, without a deadline or responsible yet."""
        stage, roadmap = await self.stage_for_coordinator(actor, stage_id)
        title = validation.clean_text(text, max_len=MAX_TITLE, min_len=2, key="roadmap-error-title")
        async with self.db.transaction():
            if len(await self.repos.roadmaps.activities(roadmap.id)) >= MAX_ACTIVITIES:
                raise InvalidInput("roadmap-error-too-many")
            activity_id = await self.repos.roadmaps.add_activity(
                roadmap.id, stage.id, await self.repos.roadmaps.next_position(stage.id), title, "", None, None, None)
        logger.info("roadmap activity %s added by person %s", activity_id, _pid(actor))
        activity = await self.repos.roadmaps.activity(activity_id)
        assert activity is not None
        return activity

    async def delete_activity(self, actor: Actor, activity_id: int) -> Activity:
        """The activity goes with its reminders; a second tap finds it gone (``roadmap-error-gone``)."""
        activity, _ = await self.edited_activity(actor, activity_id)
        async with self.db.transaction():
            if not await self.repos.roadmaps.delete_activity(activity.id):
                raise FlowEnded("roadmap-error-gone")
        logger.info("roadmap activity %s deleted by person %s", activity.id, _pid(actor))
        return activity

    async def move_activity(self, actor: Actor, activity_id: int, stage_id: int) -> Activity:
        """To the end of another stage of the same roadmap (already there: nothing changes)."""
        activity, roadmap = await self.edited_activity(actor, activity_id)
        stage, _ = await self.stage_for_coordinator(actor, stage_id)
        if stage.roadmap_id != roadmap.id:
            raise DomainError("error-stale")
        if activity.stage_id == stage.id:
            return activity
        async with self.db.transaction():
            await self.repos.roadmaps.move_activity(activity.id, stage.id,
                                                    await self.repos.roadmaps.next_position(stage.id))
        logger.info("roadmap activity %s moved to stage %s", activity.id, stage.id)
        return replace(activity, stage_id=stage.id)

    async def merge_stages(self, actor: Actor, source_id: int, target_id: int) -> RoadmapStage:
        """The source stage's activities join the target stage (after its own); the source stage goes; stages are
        numbered again. Returns the target stage as it is now."""
        source, roadmap = await self.stage_for_coordinator(actor, source_id)
        target, _ = await self.stage_for_coordinator(actor, target_id)
        if target.roadmap_id != roadmap.id or target.id == source.id:
            raise DomainError("error-stale")
        async with self.db.transaction():
            if await self.repos.roadmaps.stage(source.id) is None:  # a second tap, under the write lock
                raise FlowEnded("roadmap-error-stage-gone")
            await self.repos.roadmaps.merge_stages(source.id, target.id)
            merged = await self.repos.roadmaps.stage(target.id)
        logger.info("roadmap stage %s merged into %s by person %s", source.id, target.id, _pid(actor))
        assert merged is not None
        return merged

    async def set_responsible(self, actor: Actor, activity_id: int, text: str | None) -> Activity:
        """Responsible people and roles as typed («Иванова И.И., заместитель директора»): they replace the
        activity's; a name or role already linked to staff keeps its link; reminders follow."""
        activity, roadmap = await self.edited_activity(actor, activity_id)
        value = validation.clean_text(text, max_len=300, min_len=2, key="roadmap-error-responsible")
        found = roadmap_parser.parse_responsible(value)
        labels: list[tuple[str, str]] = list(dict.fromkeys((r.text[:200], str(r.kind)) for r in found
                                                           if r.text.strip()))
        if not labels:
            raise InvalidInput("roadmap-error-responsible")
        async with self.db.transaction():
            await self.repos.roadmaps.set_labels(activity.id, labels)
            await self._replan(roadmap, activity.id)
        updated = await self.repos.roadmaps.activity(activity.id)
        assert updated is not None
        return updated

    # ---- the document's own year --------------------------------------------------------------------------

    @staticmethod
    def year_mismatch(roadmap: Roadmap) -> DocumentYear | None:
        """The document's own year when it is not the school year being planned (None: it is, or not known)."""
        found = stored_year(roadmap)
        return None if roadmap_parser.document_fits(found, roadmap.academic_year) else found

    async def shift_year(self, actor: Actor, roadmap_id: int) -> int:
        """Every deadline moved from the document's year to the roadmap's school year, in one transaction. A second
        tap (even at the same moment) finds the year already right and changes nothing. Returns how many
        activities moved."""
        await self._coordinated(actor, roadmap_id)
        moved = 0
        async with self.db.transaction():
            roadmap = await self.repos.roadmaps.get(roadmap_id)  # read again under the write lock
            assert roadmap is not None
            source = self.year_mismatch(roadmap)
            if source is None:
                return 0
            years = roadmap_parser.years_to_move(source, roadmap.academic_year)
            for activity in await self.repos.roadmaps.activities(roadmap.id):
                start, end = shift_window(activity.starts_on, activity.due_on, years, roadmap.academic_year)
                if (start, end) != (activity.starts_on, activity.due_on):
                    await self.repos.roadmaps.set_activity_dates(activity.id, start, end)
                    await self._replan(roadmap, activity.id)
                    moved += 1
            await self.repos.roadmaps.set_document_year(roadmap.id, roadmap.academic_year, "school")
        logger.info("roadmap %s: %s deadlines moved from %s %s to %s", roadmap_id, moved, source.kind, source.start,
                    roadmap.academic_year)
        return moved

    # ---- reopening ------------------------------------------------------------------------------------------

    async def may_reopen(self, actor: Actor, activity: Activity) -> bool:
        person = actor.active_person
        if person is None or activity.status.is_open:
            return False
        return Role.COORDINATOR in person.roles or activity.changed_by == person.id

    async def reopen(self, actor: Actor, activity_id: int) -> Activity:
        """A done or skipped activity back to planned: by a coordinator, or by whoever marked it."""
        activity = await self._own_activity(actor, activity_id)
        person = actor.active_person
        roadmap = await self.repos.roadmaps.get(activity.roadmap_id)
        if person is None or roadmap is None or roadmap.org_id != person.org_id:
            raise AccessDenied()
        if roadmap.status is not RoadmapStatus.ACTIVE:
            raise DomainError("error-stale")
        if activity.status.is_open:
            await self._may_change(actor, activity)  # reopened already (a second tap): said so to those concerned
            return activity
        if not await self.may_reopen(actor, activity):
            raise AccessDenied()
        async with self.db.transaction():
            await self.repos.roadmaps.set_activity_status(activity.id, ActivityStatus.PLANNED, None, self.clock.now(),
                                                          person.id)
            await self._replan(roadmap, activity.id)
        logger.info("activity %s reopened by person %s", activity.id, person.id)
        updated = await self.repos.roadmaps.activity(activity.id)
        assert updated is not None
        return updated

    # ---- the bot's own events ------------------------------------------------------------------------------

    async def happened(self, org_id: int, kind: str, event: str | None = None) -> Activity | None:
        """One of the bot's own events (``EVENTS``) in the organisation: the open activity of its active roadmap that
        names it best is offered to the coordinators as done, with one button — never marked silently, and offered
        once per event (``event``: its key; default: once per kind and roadmap). Returns the activity offered."""
        roadmap = await self.repos.roadmaps.latest_active_for(org_id)
        if roadmap is None:
            return None
        key = event or f"{kind}:{roadmap.id}"
        if await self.repos.roadmaps.offered(org_id, key):
            return None
        scored = [(event_score(kind, a.title), a) for a in await self.repos.roadmaps.activities(roadmap.id)
                  if a.status.is_open]
        best = max(scored, key=lambda pair: pair[0], default=(0, None))
        activity = best[1] if best[0] > 0 else None
        async with self.db.transaction():
            if not await self.repos.roadmaps.offer_once(org_id, key, activity.id if activity else None,
                                                        self.clock.now()):
                return None
        if activity is None:
            return None
        logger.info("roadmap activity %s offered as done after %s", activity.id, key)
        for coordinator in await self.repos.persons.coordinators_of(org_id):
            if coordinator.account is not None:
                await self.notifier.notify(coordinator.account, coordinator.locale, "roadmap-offer",
                                           {"event": kind, "title": activity.title},
                                           actions=[Action("roadmap-btn-offer-done", "done", activity.id)])
        return activity

    async def offer_closed_campaigns(self) -> int:
        """Monitoring surveys whose deadline has passed (a scheduler job): each offered once. Returns how many."""
        now = self.clock.now()
        offered = 0
        rows = await self.repos.roadmaps.closed_campaigns_to_offer(
            list(MONITORING_QUESTIONNAIRES), (now.date() + timedelta(days=1)).isoformat())
        for row in rows:
            if date.fromisoformat(row["deadline"]) < local_today(now, row["timezone"]):
                offered += await self.happened(row["org_id"], "monitoring", f"campaign:{row['id']}") is not None
        return offered

def _activities_of(stage: roadmap_parser.Stage) -> list[tuple[str, list[roadmap_parser.Deadline],
                                                              list[roadmap_parser.Responsible]]]:
    """Tracked activities of a stage: each activity of a row is its own task with its own deadlines and staff (the
    parser's ``activity_items``: those written next to it, or the row's when the row gives them once), so staff can
    tick one order off on its own."""
    out = [(item.title[:MAX_TITLE], list(item.deadlines), list(item.responsible))
           for task in stage.tasks for item in task.activity_items() if item.title.strip()]
    if not out:
        out.append((stage.title[:MAX_TITLE], [], []))
    return out


# ---- the document's own year -----------------------------------------------------------------------------------

_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
DocumentYear = roadmap_parser.DocumentYear


def document_year_of(parsed: roadmap_parser.ParsedRoadmap) -> DocumentYear | None:
    """The year the document says it is for (the parser reads its title); when the title names none, the school
    year that most deadlines written with a year fall in (None when no deadline names a year either)."""
    if parsed.document_year is not None:
        return parsed.document_year
    years = Counter(school_year_of(d.end) for stage in parsed.stages for task in stage.tasks for d in task.deadlines
                    if d.end is not None and _WRITTEN_YEAR.search(d.text))
    if not years:
        return None
    year = max(years.items(), key=lambda item: (item[1], item[0]))[0]
    return DocumentYear("school", year, year + 1, "")


def stored_year(roadmap: Roadmap) -> DocumentYear | None:
    """The document's year as the roadmap keeps it (its first year and kind)."""
    if roadmap.document_year is None:
        return None
    kind: Literal["school", "calendar"] = "calendar" if roadmap.document_year_kind == "calendar" else "school"
    year = roadmap.document_year
    return DocumentYear(kind, year, year + 1 if kind == "school" else year, "")


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def shift_window(start: date | None, end: date | None, years: int, academic_year: int
                 ) -> tuple[date | None, date | None]:
    """A deadline of the document moved by ``years`` (``roadmap_parser.years_to_move``: months keep their place in
    the school year, a calendar-year document keeps January–December). Only a deadline still outside the planned
    school year moves (before it when moving forward, after it when moving back): one the coordinator has set
    already stays where it is."""
    anchor = end or start
    if anchor is None or years == 0:
        return start, end
    first, last = school_year_bounds(academic_year)
    if (years > 0 and anchor >= first) or (years < 0 and anchor <= last):
        return start, end
    return (None if start is None else _add_years(start, years)), (None if end is None else _add_years(end, years))


# ---- the bot's own events, offered as activities done ---------------------------------------------------------

EVENTS = ("order", "monitoring", "bank", "report")
MONITORING_QUESTIONNAIRES = ("satisfaction_mentor", "satisfaction_mentee", "programme_quality")


def event_score(kind: str, title: str) -> int:
    """How well an activity's title names the event (0: not at all), found by its words."""
    text = _fold(title)
    if kind == "order":
        if "закреплен" not in text or not re.search(r"\b(пар|групп)", text):
            return 0
        return 2 + ("приказ" in text) + ("наставническ" in text)
    if kind == "monitoring":
        if any(word in text for word in ("потенциальн", "запрос")):  # a bank's questionnaire, not monitoring
            return 0
        hits = sum(word in text for word in ("мониторинг", "анкетирован", "удовлетворен"))
        return hits and hits * 2 + ("качеств" in text)
    if kind == "bank":
        if not re.search(r"(банк|баз)\w*\s+(данных\s+)?наставник", text):
            return 0
        return 2 + ("формирован" in text)
    if kind == "report":
        if "отчет" not in text:
            return 0
        return 2 + sum(word in text for word in ("годов", "итог", "реализац", "программ"))
    return 0


def _window(deadlines: list[roadmap_parser.Deadline]) -> tuple[date | None, date | None, str | None]:
    """One window over a cell's deadlines: the earliest start to the latest end."""
    dated = [d for d in deadlines if d.end is not None]
    if not dated:
        return None, None, None
    starts = [d.start for d in dated if d.start is not None]
    recurrence = next((d.recurrence for d in dated if d.recurrence), None)
    return (min(starts) if starts else None), max(d.end for d in dated if d.end), recurrence


def _pid(actor: Actor) -> int | None:
    return actor.person.id if actor.person else None


def _size(path: Path) -> int:
    return path.stat().st_size
