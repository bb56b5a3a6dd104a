"""The banks of mentors and mentees: browsing with filters, selection and training of mentors, suggestions,
mentees left without a pair (with a flag for psychological support and a weekly reminder to coordinators)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.services import mentoring_forms
from bot.services.access import Actor, require_coordinator
from bot.services.errors import InvalidInput, NotFound
from bot.services.matching import (
    FORMS,
    STUDENT_FORMS,
    TEACHER_FORMS,
    MatchWeights,
    MenteeProfile,
    MentorProfile,
    Suggestion,
    mentee_profile,
    mentor_profile,
    score,
    subject_overlap,
    suggest,
)
from bot.services.ports import Delivery, Notifier, RoadmapEvent, no_roadmap_event
from bot.services.questionnaires import MENTOR_BANK, ROLE_QUESTIONNAIRES
from bot.services.school_calendar import local_today
from bot.services.validation import strip_invisible
from storage.banks import Selection
from storage.db import Database
from storage.models import Organisation, Person, PersonStatus, Role
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

T = TypeVar("T")
MENTEE_ROLES = (Role.MENTEE_TEACHER, Role.MENTEE_STUDENT)
EXPERIENCE_BANDS = {"upto3": (0, 3), "upto10": (3, 10), "over10": (10, 100)}
MENTOR_STATUSES = ("new", "approved", "trained", "rejected", "no_form")  # MentorEntry.status
MENTEE_STATES = ("unmatched", "proposed", "matched")  # MenteeEntry.state
MAX_REASON = 500


@dataclass(frozen=True)
class BankFilter:
    """Empty strings mean «any». status — mentors: no_form | new | approved | trained | rejected;
    mentees: unmatched | proposed | matched. matched: yes | no. exp: a key of EXPERIENCE_BANDS. who (mentors): teacher |
    student | external — a teacher, a pupil or student, a partner organisation's specialist."""

    status: str = ""
    form: str = ""
    subject: str = ""
    exp: str = ""
    matched: str = ""
    who: str = ""


@dataclass(frozen=True)
class MentorEntry:
    person: Person
    answers: dict[str, Any] | None  # None: the questionnaire is not submitted
    selection: Selection | None
    profile: MentorProfile

    @property
    def status(self) -> str:
        if self.selection is not None:
            if self.selection.status == "rejected":
                return "rejected"
            return "trained" if self.selection.trained_on else "approved"
        return "new" if self.answers is not None else "no_form"

    @property
    def eligible(self) -> bool:
        return self.status in ("approved", "trained")

    @property
    def actions(self) -> tuple[str, ...]:
        """What the coordinator may do with this candidate now: approve, mark trained, not select."""
        allowed = []
        if self.status in ("new", "no_form", "rejected"):
            allowed.append("approve")
        if self.status == "approved":
            allowed.append("train")
        if self.status != "rejected" and self.profile.load == 0:  # a mentor with pairs cannot be dropped
            allowed.append("reject")
        return tuple(allowed)


@dataclass(frozen=True)
class MenteeEntry:
    person: Person
    answers: dict[str, Any] | None
    state: str  # unmatched | proposed | matched
    profile: MenteeProfile
    waiting_since: datetime  # registered as a mentee, or last left a pair
    declined: bool  # the last proposal was declined, or the last pair ended early
    support: bool  # flagged for psychological support
    completed: bool = False  # the last pair completed its programme

    @property
    def shown_state(self) -> str:
        """The state as screens and the workbook name it: «без пары» only for whom ``BankService.without_pair``
        counts (a mentee whose pair completed its programme is «программа выполнена», unless flagged for support)."""
        return "completed" if self.state == "unmatched" and self.completed and not self.support else self.state

    @property
    def actions(self) -> tuple[str, ...]:
        """What the coordinator may do with this mentee now: look for a mentor, flag for support."""
        return ("suggest", "support") if self.state == "unmatched" else ("support",)

    @property
    def allowed_forms(self) -> tuple[str, ...]:
        """The forms of mentorship open to this mentee (teachers and students have different ones)."""
        allowed = TEACHER_FORMS if self.profile.kind == "teacher" else STUDENT_FORMS
        return tuple(f for f in FORMS if f in allowed)


def _passes(flt: BankFilter, status: str, forms: frozenset[str], subjects: str, years: int | None,
            matched: bool) -> bool:
    return ((not flt.status or status == flt.status) and (not flt.form or flt.form in forms)
            and (not flt.subject or bool(subject_overlap(flt.subject, subjects)))
            and (not flt.exp or _experience_in(years, flt.exp))
            and (not flt.matched or matched == (flt.matched == "yes")))


def _experience_in(years: int | None, band: str) -> bool:
    if band not in EXPERIENCE_BANDS:
        return True
    low, high = EXPERIENCE_BANDS[band]
    return years is not None and low <= years < high


OFF_LOOP_FROM = 500  # entries: from this many, pure-Python work on a bank runs in a thread (it holds no DB lock)


async def _cpu(size: int, fn: Callable[..., T], *args: Any) -> T:
    """fn(*args): at once for a few entries, in a thread for a bank, so the event loop keeps serving updates."""
    if size < OFF_LOOP_FROM:
        return fn(*args)
    return await asyncio.to_thread(fn, *args)


def _mentor_entries(people: list[Person], answers: dict[int, dict[str, Any]], selections: dict[int, Selection],
                    loads: dict[int, int]) -> list[MentorEntry]:
    entries = []
    for p in people:
        selection = selections.get(p.id)
        trained = bool(selection and selection.status == "approved" and selection.trained_on)
        profile = mentor_profile(p.id, p.org_id, p.subject, p.experience_years, answers.get(p.id, {}),
                                 loads.get(p.id, 0), trained, p.mentor_kind, p.partner_id is not None)
        entries.append(MentorEntry(p, answers.get(p.id), selection, profile))
    return entries


def _mentee_entries(people: list[Person], answers: dict[int, dict[str, Any]], states: dict[int, str],
                    left: dict[int, tuple[str, str]], granted: dict[int, datetime], support: set[int]
                    ) -> list[MenteeEntry]:
    entries = []
    for p in people:
        kind = "teacher" if p.has_role(Role.MENTEE_TEACHER) else "student"
        profile = mentee_profile(p.id, p.org_id, kind, p.subject, p.experience_years, answers.get(p.id, {}))
        since = granted.get(p.id, p.created_at)
        how = None
        if p.id in left:
            at, how = left[p.id]
            since = max(since, datetime.fromisoformat(at))
        entries.append(MenteeEntry(p, answers.get(p.id), states.get(p.id, "unmatched"), profile, since,
                                   how in ("declined", "ended"), p.id in support, how == "completed"))
    return entries


@dataclass(frozen=True)
class Unpaired:
    """A mentee «без пары» (BankService.without_pair)."""

    person_id: int
    since: datetime  # became a mentee, or last left a pair
    support: bool  # flagged for psychological support
    declined: bool  # the last proposal was declined, or the last pair ended early
    questionnaire: bool  # the mentee questionnaire is submitted
    overdue: bool  # waits longer than UNMATCHED_DAYS, or the last pair did not work out, or needs support


@dataclass(frozen=True)
class Unmatched:
    """/unmatched: the mentees «без пары» and what is known of each."""

    entries: list[MenteeEntry]  # support first, then the longest waiting
    found: dict[int, Unpaired]  # by person id

    @property
    def no_questionnaire(self) -> int:
        return sum(not w.questionnaire for w in self.found.values())

    @property
    def overdue(self) -> int:
        return sum(w.overdue for w in self.found.values())


class BankService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock, notifier: Notifier, weights: MatchWeights,
                 unmatched_days: int = 14, roadmap_event: RoadmapEvent = no_roadmap_event) -> None:
        self.roadmap_event = roadmap_event  # the bank of mentors formed ticks the roadmap
        self.db = db
        self.repos = repos
        self.clock = clock
        self.notifier = notifier
        self.weights = weights
        self.unmatched_days = unmatched_days

    async def org(self, actor: Actor) -> Organisation:
        """The coordinator's organisation."""
        org = await self.repos.organisations.get(require_coordinator(actor))
        assert org is not None
        return org

    async def today(self, actor: Actor) -> date:
        return local_today(self.clock.now(), (await self.org(actor)).timezone)

    # ---- the banks -----------------------------------------------------------------------------------

    async def _people(self, org_id: int, everyone: list[Person] | None, only: Collection[int] | None,
                      *roles: Role) -> list[Person]:
        """The organisation's active people with one of ``roles``, by name; only: just these ids."""
        if everyone is None:
            if only is None or len(only) >= OFF_LOOP_FROM:
                people = await self.repos.banks.people(org_id, [r.value for r in roles])
                if only is None:
                    return people
                wanted = set(only)
                return [p for p in people if p.id in wanted]
            else:
                found = await self.repos.persons.get_many(only)
                everyone = sorted((p for p in found.values() if p.org_id == org_id and p.status == PersonStatus.ACTIVE),
                                  key=lambda p: (p.full_name, p.id))
        return [p for p in everyone if p.has_role(*roles)]

    async def mentor_entries(self, org_id: int, everyone: list[Person] | None = None,
                             only: Collection[int] | None = None) -> list[MentorEntry]:
        """everyone: the organisation's active people, when the caller has them already (a report needs both banks);
        only: just these people (one screen, or the approved ones a suggestion ranks)."""
        people = await self._people(org_id, everyone, only, Role.MENTOR_CANDIDATE)
        ids = None if only is None else [p.id for p in people]
        questionnaires = list(MENTOR_BANK)
        answers = await self.repos.banks.answers(org_id, questionnaires, ids)
        selections = await self.repos.banks.selections_of(org_id, ids)
        loads = await self.repos.pairs.mentor_loads(org_id)
        return await _cpu(len(people), _mentor_entries, people, answers, selections, loads)

    async def mentee_entries(self, org_id: int, everyone: list[Person] | None = None,
                             only: Collection[int] | None = None) -> list[MenteeEntry]:
        people = await self._people(org_id, everyone, only, *MENTEE_ROLES)
        ids = None if only is None else [p.id for p in people]
        questionnaires = [ROLE_QUESTIONNAIRES[r] for r in MENTEE_ROLES]
        answers = await self.repos.banks.answers(org_id, questionnaires, ids)
        states = await self.repos.pairs.mentee_states(org_id, ids)
        left = await self.repos.pairs.last_left(org_id, ids)
        granted = await self.repos.banks.role_granted(org_id, [r.value for r in MENTEE_ROLES], ids)
        support = await self.repos.banks.support_flags(org_id, ids)
        return await _cpu(len(people), _mentee_entries, people, answers, states, left, granted, support)

    async def mentors(self, actor: Actor, flt: BankFilter = BankFilter()) -> list[MentorEntry]:
        entries = await self.mentor_entries(require_coordinator(actor))
        return await _cpu(len(entries), lambda: [
            e for e in entries if _passes(flt, e.status, e.profile.forms, e.profile.subjects,
                                          e.profile.experience_years, e.profile.load > 0)
            and (not flt.who or e.profile.kind.value == flt.who)])

    async def mentees(self, actor: Actor, flt: BankFilter = BankFilter()) -> list[MenteeEntry]:
        entries = await self.mentee_entries(require_coordinator(actor))
        return await _cpu(len(entries), lambda: [
            e for e in entries if _passes(flt, e.shown_state, e.profile.forms, e.profile.subjects,
                                          e.profile.experience_years, e.state == "matched")])

    async def mentor(self, actor: Actor, person_id: int) -> MentorEntry:
        org_id = require_coordinator(actor)
        entry = next((e for e in await self.mentor_entries(org_id, only=[person_id]) if e.person.id == person_id),
                     None)
        if entry is None:
            raise NotFound()
        return entry

    async def mentee(self, actor: Actor, person_id: int) -> MenteeEntry:
        org_id = require_coordinator(actor)
        entry = next((e for e in await self.mentee_entries(org_id, only=[person_id]) if e.person.id == person_id),
                     None)
        if entry is None:
            raise NotFound()
        return entry

    # ---- selection and training ----------------------------------------------------------------------

    async def approve(self, actor: Actor, person_id: int) -> MentorEntry:
        entry = await self.mentor(actor, person_id)
        trained_on = entry.selection.trained_on if entry.selection else None
        async with self.db.transaction():
            await self.repos.banks.set_selection(person_id, "approved", None, trained_on, _pid(actor), self.clock.now())
        logger.info("mentor candidate %s approved by %s", person_id, _pid(actor))
        if entry.status != "approved" and entry.person.account is not None:
            await self.notifier.notify(entry.person.account, entry.person.text_locale, "bank-notify-approved",
                                       {"learner": "yes" if entry.person.learner else "no"})
        if not any(e.status == "new" for e in await self.mentor_entries(entry.person.org_id)):  # all decided
            await self.roadmap_event(entry.person.org_id, "bank")
        return await self.mentor(actor, person_id)

    async def trained(self, actor: Actor, person_id: int, on: date | None = None) -> MentorEntry:
        entry = await self.mentor(actor, person_id)
        if not entry.eligible:
            raise InvalidInput("bank-error-approve-first")
        org = await self.repos.organisations.get(entry.person.org_id)
        assert org is not None
        on = on or local_today(self.clock.now(), org.timezone)
        async with self.db.transaction():
            await self.repos.banks.set_selection(person_id, "approved", None, on, _pid(actor), self.clock.now())
        logger.info("mentor %s training done on %s", person_id, on)
        return await self.mentor(actor, person_id)

    async def reject(self, actor: Actor, person_id: int, reason: str) -> MentorEntry:
        reason = " ".join(strip_invisible(reason).split())
        if not reason or len(reason) > MAX_REASON:
            raise InvalidInput("bank-error-reason", limit=MAX_REASON)
        async with self.db.transaction():  # checked under the write lock: no proposal can slip in between
            entry = await self.mentor(actor, person_id)
            if entry.profile.load > 0:
                raise InvalidInput("bank-error-has-pairs")
            await self.repos.banks.set_selection(person_id, "rejected", reason, None, _pid(actor), self.clock.now())
        logger.info("mentor candidate %s not selected (by %s)", person_id, _pid(actor))
        if entry.person.account is not None:
            await self.notifier.notify(entry.person.account, entry.person.text_locale, "bank-notify-rejected",
                                       {"reason": reason})
        return await self.mentor(actor, person_id)

    # ---- suggestions ---------------------------------------------------------------------------------

    async def suggestions(self, actor: Actor, mentee_id: int, form: str | None = None,
                          limit: int = 5) -> tuple[MenteeEntry, list[tuple[Suggestion, MentorEntry]]]:
        """The best approved mentors for a mentee, each with the entry it came from (for names)."""
        mentee = await self.mentee(actor, mentee_id)
        org_id = mentee.person.org_id
        people = await self._people(org_id, None, await self.repos.banks.approved_ids(org_id), Role.MENTOR_CANDIDATE)
        ids = [p.id for p in people]
        answers = await self.repos.banks.answers(org_id, list(MENTOR_BANK), ids)
        selections = await self.repos.banks.selections_of(org_id, ids)
        loads = await self.repos.pairs.mentor_loads(org_id)
        # building the approved mentors' profiles and scoring them is pure Python work: off the event loop (it
        # holds no database lock)
        eligible, found = await asyncio.to_thread(self._rank, mentee, people, answers, selections, loads, form, limit)
        return mentee, [(s, eligible[s.mentor.person_id]) for s in found]

    def _rank(self, mentee: MenteeEntry, people: list[Person], answers: dict[int, dict[str, Any]],
              selections: dict[int, Selection], loads: dict[int, int], form: str | None, limit: int
              ) -> tuple[dict[int, MentorEntry], list[Suggestion]]:
        eligible = {e.person.id: e for e in _mentor_entries(people, answers, selections, loads) if e.eligible}
        return eligible, suggest(mentee.profile, [e.profile for e in eligible.values()], self.weights, form=form,
                                 limit=limit)

    async def group_candidates(self, actor: Actor, mentor_id: int, form: str, exclude: list[int],
                               limit: int = 10) -> tuple[int, list[tuple[int, MenteeEntry]]]:
        """For a group: other unmatched mentees who want ``form`` and may have it, best fits for this mentor
        first. Returns how many fit in all, and the first ``limit`` of them with their points."""
        mentor = await self.mentor(actor, mentor_id)
        scored = []
        for e in await self.mentees(actor, BankFilter(status="unmatched")):
            if e.person.id in exclude or form not in e.profile.forms or form not in e.allowed_forms:
                continue
            suggestion = score(e.profile, mentor.profile, self.weights, form=form)
            if suggestion is not None:
                scored.append((suggestion.score, e))
        scored.sort(key=lambda pair: -pair[0])
        return len(scored), scored[:limit]

    @staticmethod
    def draft_forms(org: Organisation, mentor: MentorEntry, mentee: MenteeEntry) -> tuple[str, ...]:
        """Forms to offer for a new pair: those the organisation, the mentor's kind and the mentee allow; of these,
        the ones the mentor chose in his questionnaire first (all allowed ones if he chose none of them)."""
        fitting = tuple(f for f in mentee.allowed_forms
                        if mentoring_forms.allowed(f, org.kind, mentor.person, {mentee.profile.kind}))
        return tuple(f for f in fitting if f in mentor.profile.forms) or fitting

    # ---- mentees left without a pair -----------------------------------------------------------------

    async def unmatched(self, actor: Actor) -> Unmatched:
        """/unmatched: every mentee «без пары» (``without_pair``), those flagged for support first, then the
        longest waiting."""
        org_id = require_coordinator(actor)
        return await self._unmatched(org_id)

    async def _unmatched(self, org_id: int) -> Unmatched:
        found = {w.person_id: w for w in await self.without_pair(org_id)}
        if not found:
            return Unmatched([], {})
        entries = sorted(await self.mentee_entries(org_id, only=list(found)),
                         key=lambda e: (not e.support, e.waiting_since))
        return Unmatched(entries, found)

    async def without_pair(self, org_id: int) -> list[Unpaired]:
        """The mentees «без пары» — the one definition every screen counts (/unmatched, the dashboard and /report,
        the year-end report and the export, the Monday notice): active participants (registered, with the consents
        they need: a minor's parent has consented) holding a mentee role, in no proposed or working pair (a
        proposal they declined does not count), except those whose last pair completed its programme (unless
        flagged for support). Read in SQL, without loading the bank."""
        cutoff = self.clock.now() - timedelta(days=self.unmatched_days)
        rows = await self.repos.banks.waiting(org_id, [r.value for r in MENTEE_ROLES],
                                              [ROLE_QUESTIONNAIRES[r] for r in MENTEE_ROLES])
        left = await self.repos.pairs.last_left(org_id, [r.person_id for r in rows]) if rows else {}
        found = []
        for row in rows:
            since = datetime.fromisoformat(row.granted_at or row.created_at)
            how = None
            if row.person_id in left:
                at, how = left[row.person_id]
                since = max(since, datetime.fromisoformat(at))
            if how == "completed" and not row.support:
                continue
            declined = how in ("declined", "ended")
            found.append(Unpaired(row.person_id, since, row.support, declined, row.questionnaire,
                                  declined or row.support or since <= cutoff))
        return found

    async def flag_support(self, actor: Actor, mentee_id: int, on: bool) -> MenteeEntry:
        entry = await self.mentee(actor, mentee_id)
        async with self.db.transaction():
            await self.repos.banks.flag_support(mentee_id, _pid(actor), self.clock.now(), on)
        logger.info("mentee %s support flag %s by %s", mentee_id, on, _pid(actor))
        return await self.mentee(actor, entry.person.id)

    async def remind_unmatched(self, work_start: time, work_end: time) -> int:
        """Monday, in working hours of each organisation: coordinators hear how many mentees wait for a pair.
        Each coordinator once a week (claimed in the database before sending)."""
        sent = 0
        now = self.clock.now()
        for org in await self.repos.organisations.list_all():
            local = now.astimezone(ZoneInfo(org.timezone))
            if local.weekday() != 0 or not (work_start <= local.time() < work_end):
                continue
            period = local.date().isoformat()
            coordinators = await self.repos.persons.coordinators_of(org.id)
            claimed = await self.repos.banks.claimed(org.id, "unmatched", period)
            if all(c.id in claimed for c in coordinators):  # everyone told this week: nothing to count
                continue
            unpaired = await self.without_pair(org.id)
            waiting = [w for w in unpaired if w.overdue]
            if not waiting:  # nobody waits long: no notice
                continue
            for coordinator in coordinators:
                async with self.db.transaction():
                    if not await self.repos.banks.claim_notice(org.id, "unmatched", period, coordinator.id, now):
                        continue
                assert coordinator.account is not None
                result = await self.notifier.notify(coordinator.account, coordinator.text_locale,
                                                    "bank-notify-unmatched",
                                                    {"count": len(unpaired), "waiting": len(waiting),
                                                     "days": self.unmatched_days,
                                                     "support": sum(w.support for w in unpaired)})
                if result is Delivery.RETRY:  # Telegram unreachable for now: the next run tries again
                    async with self.db.transaction():
                        await self.repos.banks.release_notice(org.id, "unmatched", period, coordinator.id)
                    continue
                sent += 1
        return sent


def _pid(actor: Actor) -> int | None:
    return actor.person.id if actor.person else None
