"""Mentor pairs and groups: a coordinator proposes, both sides confirm (a versioned consent each; a minor's place by
the parent), the pair works by its personalised programme, and ends early (3 working days' notice, counted by the
production calendar; ТК РФ ст. 351.8 for employees) or completes.

Who may do what is checked here for every call: the coordinator of the pair's organisation, its mentor, or
one of its mentees — anyone else (another pair's mentee with a forged button) gets AccessDenied.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ValidationError

from bot.clock import Clock
from bot.i18n import Translator
from bot.services import consents, mentoring_forms, work_calendar
from bot.services.access import Actor, require_coordinator
from bot.services.banks import BankService
from bot.services.consents import ConsentText
from bot.services.errors import AccessDenied, DomainError, InvalidInput
from bot.services.grammar import gender_of, parent_gender
from bot.services.mentoring_forms import FORMS, LABOUR_FORMS, VARIANTS
from bot.services.ports import NO_ARGS, Action, Notifier, RoadmapEvent, TextArgs, no_roadmap_event
from bot.services.school_calendar import local_today, parse_due_day, school_year_end
from bot.services.validation import strip_invisible
from storage.db import Database
from storage.models import (
    Account,
    Channel,
    ConsentAction,
    ConsentEvent,
    ConsentKind,
    Organisation,
    Person,
    PersonStatus,
    Role,
)
from storage.pairs import OPEN, Pair, ProgrammeItem
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

NOTICE_WORKING_DAYS = 3  # ТК РФ ст. 351.8: either side may end mentoring early with 3 working days' notice
# ТК РФ ст. 351.8 covers one employee mentoring another employee of the same employer (Роструд, 07.05.2025): in the
# bot, a teacher or a manager mentoring a teacher of the same organisation. Pupils, students and outside mentors
# (employer – pupil, student – pupil…) take part under the programme (Р-145), not under the Labour Code.


def is_labour(form: str) -> bool:
    """Whether a pair of this form is mentoring under ТК РФ ст. 351.8 (employee – employee)."""
    return form in LABOUR_FORMS
MAX_GROUP = 10
MAX_TITLE = 300
MAX_ITEMS = 40


TERMS = ("year", "3", "6", "12")  # a pair's term: to the end of the school year, or this many months


def term_end(term: str, today: date) -> date:
    """The last day of a pair formed ``today`` for ``term`` (one of TERMS)."""
    if term == "year":
        return school_year_end(today)
    if term in TERMS:
        return today + relativedelta(months=int(term))
    raise DomainError("error-stale")


def clean_title(text: str | None) -> str:
    """The title of a goal or task: one line, not empty, at most MAX_TITLE characters."""
    title = " ".join(strip_invisible(text or "").split())
    if not title or len(title) > MAX_TITLE:
        raise InvalidInput("programme-error-title", limit=MAX_TITLE)
    return title


def notice_end(asked_on: date) -> date:
    """The day an early end takes effect: after NOTICE_WORKING_DAYS full working days following the request."""
    return add_working_days(asked_on, NOTICE_WORKING_DAYS) + timedelta(days=1)


def add_working_days(start: date, days: int) -> date:
    """``days`` working days after ``start``: weekends, public holidays and transferred days off skipped, working
    Saturdays counted (the production calendar in ``work_calendar``; weekends only beyond its years)."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if work_calendar.is_working_day(current):
            days -= 1
    return current


class PairForm(BaseModel):
    """A pair or group the coordinator is forming from the banks (stored as JSON in the FSM data): the mentor and
    mentees chosen, then the form of mentorship, then the term; sent as a proposal when complete."""

    mentor: int
    mentees: list[int]
    form: str = ""
    starts: date | None = None
    ends: date | None = None
    variants: list[str] = []  # reverse | virtual | short_term (mentoring_forms.VARIANTS)

    @classmethod
    def load(cls, raw: object) -> PairForm:
        if not raw:
            raise DomainError("error-stale")
        try:
            return cls.model_validate(raw)
        except ValidationError:
            raise DomainError("error-stale") from None

    def with_form(self, index: str) -> PairForm:
        if not index.isdigit() or int(index) >= len(FORMS):
            raise DomainError("error-stale")
        return self.model_copy(update={"form": FORMS[int(index)]})

    def with_variant(self, value: str) -> PairForm:
        """``"<index>-1"`` marks a variant, ``"<index>-0"`` clears it: the button says what it sets, so a double
        tap cannot undo itself."""
        index, _, on = value.partition("-")
        if not index.isdigit() or int(index) >= len(VARIANTS) or on not in ("0", "1"):
            raise DomainError("error-stale")
        chosen = set(self.variants) - {VARIANTS[int(index)]} | ({VARIANTS[int(index)]} if on == "1" else set())
        return self.model_copy(update={"variants": [v for v in VARIANTS if v in chosen]})

    def with_term(self, term: str, today: date) -> PairForm:
        return self.model_copy(update={"starts": today, "ends": term_end(term, today)})

    def with_mentee(self, mentee_id: int) -> PairForm:
        if mentee_id in self.mentees:
            raise DomainError("error-stale")
        return self.model_copy(update={"mentees": [*self.mentees, mentee_id]})

    @property
    def complete(self) -> bool:
        return bool(self.form and self.starts and self.ends)


@dataclass(frozen=True)
class PairView:
    pair: Pair
    org: Organisation
    mentor: Person
    mentees: list[Person]  # those still in the pair
    items: list[ProgrammeItem]
    role: str  # who is looking: coordinator | mentor | mentee

    @property
    def tasks(self) -> list[ProgrammeItem]:
        return [i for i in self.items if i.kind == "task"]

    @property
    def next_task(self) -> ProgrammeItem | None:
        open_tasks = [i for i in self.tasks if i.done_on is None]
        dated = sorted((i for i in open_tasks if i.due_on), key=lambda i: (i.due_on, i.id))
        return dated[0] if dated else (open_tasks[0] if open_tasks else None)


@dataclass(frozen=True)
class ConsentPrint:
    """One person's consents to print and sign: the text of each as accepted, with its log entry."""

    person: Person
    org: Organisation
    representative: str | None  # a minor's parent (who signs), as they gave their name
    texts: list[tuple[ConsentText, ConsentEvent]]


class PairService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock, notifier: Notifier, translator: Translator,
                 banks: BankService, processor: str = "", roadmap_event: RoadmapEvent = no_roadmap_event,
                 started: Callable[[Pair], Awaitable[object]] | None = None) -> None:
        self.roadmap_event = roadmap_event  # the order fixing pairs ticks the roadmap (offered to the coordinator)
        self.started = started  # a pair has started: the start questionnaires go out (GrowthService.entry)
        self.db = db
        self.repos = repos
        self.clock = clock
        self.notifier = notifier
        self.translator = translator
        self.banks = banks
        self.processor = processor  # Settings.processor, named in the personal-data consents (their print-outs)

    # ---- forming -------------------------------------------------------------------------------------

    async def propose(self, actor: Actor, mentor_id: int, mentee_ids: list[int], form: str, starts_on: date,
                      ends_on: date | None, variants: Sequence[str] = ()) -> Pair:
        org_id = require_coordinator(actor)
        mentee_ids = list(dict.fromkeys(mentee_ids))
        if not mentee_ids or len(mentee_ids) > MAX_GROUP or mentor_id in mentee_ids:
            raise InvalidInput("pair-error-members", max=MAX_GROUP)
        if ends_on is not None and ends_on <= starts_on:
            raise InvalidInput("pair-error-dates")
        if not set(variants) <= set(VARIANTS):
            raise DomainError("error-stale")
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        async with self.db.transaction():  # checks and insert together: two coordinators cannot overbook
            mentor = await self.banks.mentor(actor, mentor_id)
            if not mentor.eligible:
                raise InvalidInput("pair-error-not-approved")
            if mentor.profile.free < len(mentee_ids):
                raise InvalidInput("pair-error-capacity", free=mentor.profile.free)
            for mentee_id in mentee_ids:
                mentee = await self.banks.mentee(actor, mentee_id)
                if mentee.state != "unmatched":
                    raise InvalidInput("pair-error-mentee-busy", name=mentee.person.full_name or "—",
                                   gender=gender_of(mentee.person.full_name))
                # the form fits the organisation, who the mentor is (a teacher, a pupil, an outside specialist) and
                # who the mentee is (a teacher or a learner): mentoring_forms
                if not mentoring_forms.allowed(form, org.kind, mentor.person, {mentee.profile.kind}):
                    raise InvalidInput("pair-error-form")
            pair_id = await self.repos.pairs.create(org_id, mentor_id, mentee_ids, form, starts_on, ends_on,
                                                    _pid(actor), self.clock.now(), variants)
        logger.info("pair %s proposed: mentor %s, mentees %s, form %s", pair_id, mentor_id, mentee_ids, form)
        pair = await self._pair(pair_id)
        mentees = [p for m in mentee_ids if (p := await self.repos.persons.get(m)) is not None]
        for person in [mentor.person, *mentees]:
            child = self.parent_confirms(person)  # the parent answers for a minor, mentor or mentee
            if person.account is not None:
                key = "pair-notify-proposed"
                if child:
                    key = "pair-notify-proposed-child" + ("-mentor" if person.id == mentor_id else "")
                await self.notifier.notify(person.account, person.text_locale, key,
                                           actions=[Action("pair-btn-open", "pair", pair_id)])
            if child:
                assert person.guardian is not None
                as_mentor = person.id == mentor_id
                await self.notifier.notify(
                    person.guardian, person.guardian_locale,
                    "pair-notify-parent-proposal-mentor" if as_mentor else "pair-notify-parent-proposal",
                    {"child": person.full_name or "—", "mentor": mentor.person.full_name or "—",
                     "mentees": ", ".join(m.full_name or "—" for m in mentees)},
                    actions=[Action("pair-btn-parent-open", "gpair", pair_id)])
        return pair

    async def propose_form(self, actor: Actor, form: PairForm) -> Pair:
        """Send the proposal the coordinator has formed."""
        if not form.complete or form.starts is None:
            raise DomainError("error-stale")
        return await self.propose(actor, form.mentor, form.mentees, form.form, form.starts, form.ends, form.variants)

    def consent_kind(self, view: PairView) -> ConsentKind:
        """The mentor's consent to mentoring in this pair (under ТК РФ ст. 351.8 only for LABOUR_FORMS: the text
        says so), or the mentee's agreement (for a minor, given by the parent)."""
        return ConsentKind.MENTORING if view.role == "mentor" else ConsentKind.MENTEE_PAIR

    def consent_text(self, view: PairView, locale: str, child: Person | None = None,
                     version: str | None = None, channel: Channel = Channel.TELEGRAM) -> ConsentText:
        """The confirmation text for this pair exactly as shown to the person who confirms; ``child``: the parent
        confirms for this minor mentee; ``version``: an earlier version (the print-out of what was accepted);
        ``channel``: the messenger of the account that confirms (the current version is per channel)."""
        p = view.pair
        by_parent = child is not None
        mentor_child = child is not None and child.id == p.mentor_id  # a parent confirms for a minor mentor
        kind = ConsentKind.MENTORING if mentor_child else (
            ConsentKind.MENTEE_PAIR if by_parent else self.consent_kind(view))
        return consents.render(
            self.translator, kind, locale, view.org,
            version=version, channel=channel,
            mentor=view.mentor.full_name or "—",
            # a mentee's parent sees their own child only, never the names of the other children of a group
            mentees=(child.full_name or "—") if child and not mentor_child
            else ", ".join(m.full_name or "—" for m in view.mentees),
            form=p.form, starts=p.starts_on, ends=p.ends_on or "—", labour="yes" if is_labour(p.form) else "no",
            by="parent" if by_parent else "self", parent=(child.guardian_name if child else None) or "—",
            child=(child.full_name if child else None) or "—")

    @staticmethod
    def parent_confirms(person: Person) -> bool:
        """A minor's place in a pair — as a mentee or as a mentor — is confirmed by the parent who consented for
        them, not by the minor."""
        return person.is_minor and person.guardian is not None

    async def respond(self, actor: Actor, pair_id: int, accept: bool, locale: str) -> Pair:
        view = await self.view(actor, pair_id)
        pair, person = view.pair, actor.active_person
        assert person is not None
        if view.role == "coordinator":
            raise DomainError("pair-stale")
        if view.role in ("mentee", "mentor") and self.parent_confirms(person):
            raise DomainError("pair-parent-confirms")
        text = self.consent_text(view, locale, channel=actor.account.channel)
        answer = "confirmed" if accept else "declined"
        now = self.clock.now()
        async with self.db.transaction():
            pair = await self._pair(pair.id)  # again, inside the lock: the coordinator may have stopped it
            member = pair.member(person.id)
            answered = pair.mentor_answer if view.role == "mentor" else (member.answer if member else "none")
            if pair.status != "proposed" or answered is not None:
                raise DomainError("pair-stale")
            action = ConsentAction.GIVEN if accept else ConsentAction.DECLINED
            await self.repos.consents.log(org_id=pair.org_id, kind=text.kind, version=text.version, locale=text.locale,
                               text_sha256=text.sha256, action=action, now=now, person_id=person.id,
                               actor=actor.account, pair_id=pair.id)
            if view.role == "mentor":
                await self.repos.pairs.set_mentor_answer(pair.id, answer)
            else:
                await self.repos.pairs.set_member_answer(pair.id, person.id, answer, now)
            outcome = await self._settle(pair.id)
        logger.info("person %s %s pair %s (%s)", person.id, answer, pair.id, view.role)
        await self._tell_coordinators(pair, "pair-notify-answer",
                                      {"who": person.full_name or "—", "answer": answer, "role": view.role,
                                       "gender": gender_of(person.full_name)})
        return await self._answered(view, person, outcome)

    # ---- consents printed for a signature on paper ---------------------------------------------------

    async def consent_prints(self, actor: Actor, pair_id: int) -> tuple[PairView, list[ConsentPrint]]:
        """For the coordinator: each person of the pair with the consents they gave for it (``consent_print``)."""
        view = await self.view(actor, pair_id)
        if view.role != "coordinator":
            raise AccessDenied()
        return view, [await self.consent_print(actor, p.id, pair_id) for p in [view.mentor, *view.mentees]]

    async def consent_print(self, actor: Actor, person_id: int, pair_id: int | None = None) -> ConsentPrint:
        """For the coordinator: a person with the consents they gave (personal data or the parent's, and those of
        their pairs — only ``pair_id``'s when given), each text re-rendered in the version and language accepted,
        to print and sign where the written form is needed (152-ФЗ ст. 9 ч. 4; ТК РФ ст. 351.8). The log's
        checksum is printed with each."""
        org_id = require_coordinator(actor)
        person = await self.repos.persons.get(person_id)
        org = await self.repos.organisations.get(org_id)
        if person is None or org is None or person.org_id != org_id or person.status is not PersonStatus.ACTIVE:
            raise AccessDenied()
        latest: dict[tuple[ConsentKind, int | None], ConsentEvent] = {}
        for event in await self.repos.consents.for_person(person.id):
            if event.kind is not ConsentKind.STUDENT and (pair_id is None or event.pair_id in (None, pair_id)):
                latest[(event.kind, event.pair_id)] = event  # the last word on each consent
        texts = []
        for event in latest.values():
            if event.action is not ConsentAction.GIVEN:
                continue
            pair = await self.repos.pairs.get(event.pair_id) if event.pair_id is not None else None
            if event.pair_id is not None and pair is None:
                continue
            view = await self._view(pair, "mentor" if pair.mentor_id == person.id else "mentee") if pair else None
            texts.append((self._accepted_text(org, view, person, event), event))
        by_parent = person.is_minor and person.guardian_name is not None
        return ConsentPrint(person, org, person.guardian_name if by_parent else None, texts)

    def _accepted_text(self, org: Organisation, view: PairView | None, person: Person,
                       event: ConsentEvent) -> ConsentText:
        if event.kind is ConsentKind.PARENT:
            return consents.render(self.translator, event.kind, event.locale, org, person.full_name,
                                   version=event.version, processor=self.processor, parent=person.guardian_name or "—",
                                   relation=person.guardian_relation or "guardian",
                                   role="mentor" if person.has_role(Role.MENTOR_CANDIDATE) else "mentee")
        if view is not None:
            by_parent = event.actor is not None and event.actor == person.guardian
            return self.consent_text(view, event.locale, child=person if by_parent else None, version=event.version)
        return consents.render(self.translator, event.kind, event.locale, org, version=event.version,
                               processor=self.processor)

    # ---- a minor's parent confirms the child's place in a pair --------------------------------------

    async def for_parent(self, parent: Account, pair_id: int) -> tuple[PairView, list[Person]]:
        """A proposal as the parent sees it, and their children in it who still wait for the parent's answer."""
        pair = await self.repos.pairs.get(pair_id)
        if pair is None:
            raise AccessDenied()
        children = [c for i in (pair.mentor_id, *pair.mentee_ids) if (c := await self.repos.persons.get(i)) is not None
                    and c.guardian == parent and self.parent_confirms(c)]
        if not children:
            raise AccessDenied()  # only the parent who consented for a member of this pair
        waiting = [c for c in children if pair.status == "proposed" and self._unanswered(pair, c.id)]
        return await self._view(pair, "mentor" if children[0].id == pair.mentor_id else "mentee"), waiting

    @staticmethod
    def _unanswered(pair: Pair, person_id: int) -> bool:
        if person_id == pair.mentor_id:
            return pair.mentor_answer is None
        member = pair.member(person_id)
        return member is not None and member.answer is None

    async def parent_respond(self, parent: Account, pair_id: int, child_id: int, accept: bool,
                             locale: str) -> Pair:
        """The parent confirms or declines their child's place in a proposed pair; logged as the child's
        MENTEE_PAIR consent given by the legal representative (actor: the parent's Telegram id)."""
        view, waiting = await self.for_parent(parent, pair_id)
        child = next((c for c in waiting if c.id == child_id), None)
        if child is None:
            raise DomainError("pair-stale")
        text = self.consent_text(view, locale, child=child, channel=parent.channel)
        answer = "confirmed" if accept else "declined"
        now = self.clock.now()
        async with self.db.transaction():
            pair = await self._pair(pair_id)  # again, inside the lock
            if pair.status != "proposed" or not self._unanswered(pair, child.id):
                raise DomainError("pair-stale")
            await self.repos.consents.log(
                org_id=pair.org_id, kind=text.kind, version=text.version, locale=text.locale,
                text_sha256=text.sha256, action=ConsentAction.GIVEN if accept else ConsentAction.DECLINED, now=now,
                person_id=child.id, actor=parent, pair_id=pair.id)
            if child.id == pair.mentor_id:
                await self.repos.pairs.set_mentor_answer(pair.id, answer)
            else:
                await self.repos.pairs.set_member_answer(pair.id, child.id, answer, now)
            outcome = await self._settle(pair.id)
        logger.info("parent of person %s %s pair %s", child.id, answer, pair_id)
        await self._tell([child], "pair-notify-child-parent",
                         {"accept": "yes" if accept else "no", "mentor": view.mentor.full_name or "—",
                          "role": "mentor" if child.id == view.pair.mentor_id else "mentee",
                          "mentees": ", ".join(m.full_name or "—" for m in view.mentees)})
        await self._tell_coordinators(view.pair, "pair-notify-answer",
                                      {"who": child.guardian_name or "—", "answer": answer, "role": "parent",
                                       "gender": parent_gender(child.guardian_relation, child.guardian_name)})
        return await self._answered(view, child, outcome)

    async def _answered(self, view: PairView, person: Person, outcome: str | None) -> Pair:
        """Tell everyone what an answer changed: a declined proposal, or a pair that now works."""
        pair = view.pair
        if outcome == "declined":
            left = [m for m in view.mentees if m.id != person.id] + ([view.mentor] if view.role != "mentor" else [])
            await self._tell(left, "pair-notify-cancelled")
            await self._tell_coordinators(pair, "pair-notify-declined")
        elif outcome == "active":
            final = await self._pair(pair.id)
            others = [await self.repos.persons.get(m) for m in final.mentee_ids]
            await self._tell([view.mentor, *[o for o in others if o]], "pair-notify-active",
                             actions=[Action("pair-btn-open", "pair", pair.id)])
            await self._tell_coordinators(final, "pair-notify-formed")
            if self.started is not None:
                await self.started(final)
        return await self._pair(pair.id)

    async def _settle(self, pair_id: int) -> str | None:
        """After an answer or a departure: a proposal everyone left has agreed to starts; one nobody can carry
        (the mentor declined, no mentee left) is declined. Call inside a transaction."""
        pair = await self._pair(pair_id)
        if pair.status != "proposed":
            return None
        outcome = None
        if pair.mentor_answer == "declined" or not pair.mentee_ids:
            outcome = "declined"
        elif pair.mentor_answer == "confirmed" and all(m.answer == "confirmed" for m in pair.members
                                                       if m.mentee_id in pair.mentee_ids):
            outcome = "active"
        if outcome and await self.repos.pairs.set_status(pair_id, outcome, self.clock.now(),
                                                         from_statuses=("proposed",)):
            return outcome
        return None

    # ---- seeing --------------------------------------------------------------------------------------

    async def view(self, actor: Actor, pair_id: int) -> PairView:
        pair = await self.repos.pairs.get(pair_id)
        person = actor.active_person
        if pair is None or person is None or person.org_id != pair.org_id:
            raise AccessDenied()
        if person.id == pair.mentor_id:
            role = "mentor"
        elif person.id in pair.mentee_ids:
            role = "mentee"
        elif Role.COORDINATOR in person.roles:
            role = "coordinator"
        else:
            raise AccessDenied()  # a mentee of another pair never sees this one
        return await self._view(pair, role)

    async def _view(self, pair: Pair, role: str) -> PairView:
        return (await self._views([(pair, role)]))[0]

    async def _views(self, wanted: Sequence[tuple[Pair, str]], programme: bool = True) -> list[PairView]:
        """Views of several pairs (each with who is looking): everyone in them read at once, each organisation once;
        ``programme`` False: without the programme's items (a screen that does not show them)."""
        people = await self.repos.persons.get_many(i for pair, _ in wanted for i in (pair.mentor_id, *pair.mentee_ids))
        orgs: dict[int, Organisation] = {}
        views = []
        for pair, role in wanted:
            org = orgs.get(pair.org_id) or await self.repos.organisations.get(pair.org_id)
            mentor = people.get(pair.mentor_id)
            assert org is not None and mentor is not None
            orgs[pair.org_id] = org
            mentees = [people[i] for i in pair.mentee_ids if i in people]
            items = await self.repos.pairs.items(pair.id) if programme else []
            views.append(PairView(pair, org, mentor, mentees, items, role))
        return views

    async def my_pairs(self, actor: Actor) -> list[Pair]:
        """The actor's pairs as records, without building their views (buttons that name a pair by its number)."""
        person = actor.active_person
        if person is None:
            raise AccessDenied()
        return await self.repos.pairs.for_person(person.id)

    async def own_view(self, actor: Actor, pair: Pair, programme: bool = True) -> PairView:
        """The view of one of the actor's own pairs (from ``my_pairs``: not read again)."""
        person = actor.active_person
        if person is None or (person.id != pair.mentor_id and person.id not in pair.mentee_ids):
            raise AccessDenied()
        return (await self._views([(pair, "mentor" if person.id == pair.mentor_id else "mentee")], programme))[0]

    async def mine(self, actor: Actor) -> list[PairView]:
        person = actor.active_person
        if person is None:
            raise AccessDenied()
        return await self._views([(p, "mentor" if p.mentor_id == person.id else "mentee")
                                  for p in await self.repos.pairs.for_person(person.id)])

    async def order(self, actor: Actor) -> tuple[Organisation, list[PairView]]:
        """What the order «О закреплении наставнических пар/групп» fixes: the organisation and its working pairs."""
        org_id = require_coordinator(actor)
        org = await self.repos.organisations.get(org_id)
        assert org is not None
        working = [v for v, _, _ in await self.overview(actor) if v.pair.status in ("active", "ending")]
        if working:
            await self.roadmap_event(org_id, "order")
        return org, working

    async def overview(self, actor: Actor, closed: bool = False) -> list[tuple[PairView, tuple[int, int], int]]:
        """The organisation's pairs with (tasks done, tasks) and the number of «not working» signals."""
        org_id = require_coordinator(actor)
        statuses = ("declined", "ended", "completed") if closed else OPEN
        pairs = await self.repos.pairs.for_org(org_id, statuses)
        progress = await self.repos.pairs.progress([p.id for p in pairs])
        return [(view, progress.get(view.pair.id, (0, 0)), await self.repos.pairs.signals(view.pair.id))
                for view in await self._views([(p, "coordinator") for p in pairs])]

    # ---- the programme -------------------------------------------------------------------------------

    async def _mentor_of_working_pair(self, actor: Actor, pair_id: int) -> PairView:
        view = await self.view(actor, pair_id)
        if view.role != "mentor":
            raise AccessDenied()
        if view.pair.status not in ("active", "ending"):
            raise DomainError("pair-stale")
        return view

    async def add_task(self, actor: Actor, pair_id: int, title: str, due: str | None,
                       goal_id: int | None = None) -> ProgrammeItem:
        """A task of the programme with its due date as typed («20.12», «до 20 декабря»…; None: no date)."""
        view = await self._mentor_of_working_pair(actor, pair_id)
        due_on = None if due is None else parse_due_day(due, local_today(self.clock.now(), view.org.timezone))
        return await self.add_item(actor, pair_id, "task", title, due_on, goal_id)

    async def add_item(self, actor: Actor, pair_id: int, kind: str, title: str, due_on: date | None = None,
                       goal_id: int | None = None) -> ProgrammeItem:
        view = await self._mentor_of_working_pair(actor, pair_id)
        title = clean_title(title)
        if kind not in ("goal", "task") or len(view.items) >= MAX_ITEMS:
            raise InvalidInput("programme-error-full", limit=MAX_ITEMS)
        if goal_id is not None and not any(i.id == goal_id and i.kind == "goal" for i in view.items):
            raise DomainError("pair-stale")
        latest = view.pair.ends_on or view.pair.starts_on + timedelta(days=730)
        if due_on is not None and not view.pair.starts_on <= due_on <= latest:
            raise InvalidInput("programme-error-date", starts=view.pair.starts_on, ends=latest)
        async with self.db.transaction():
            item_id = await self.repos.pairs.add_item(pair_id, kind, title, goal_id if kind == "task" else None, due_on,
                                               self.clock.now())
        item = await self.repos.pairs.item(item_id)
        assert item is not None
        return item

    async def _item(self, actor: Actor, item_id: int) -> tuple[PairView, ProgrammeItem]:
        item = await self.repos.pairs.item(item_id)
        if item is None:
            raise DomainError("pair-stale")
        return await self.view(actor, item.pair_id), item

    async def toggle_done(self, actor: Actor, item_id: int, done: bool | None = None) -> ProgrammeItem:
        """Mentor or mentee marks a task done (or not done again). ``done`` says which (a button names the state
        it sets, so a double tap cannot undo itself); None flips it."""
        view, item = await self._item(actor, item_id)
        if view.role == "coordinator" or item.kind != "task" or view.pair.status not in ("active", "ending"):
            raise AccessDenied()
        today = local_today(self.clock.now(), view.org.timezone)
        wanted = item.done_on is None if done is None else done
        if wanted == (item.done_on is not None):
            return item  # already so
        async with self.db.transaction():
            await self.repos.pairs.set_done(item.id, today if wanted else None, _pid(actor))
        updated = await self.repos.pairs.item(item.id)
        assert updated is not None
        return updated

    async def editable_item(self, actor: Actor, item_id: int) -> tuple[PairView, ProgrammeItem]:
        """A goal or task of the programme, for the mentor of a working pair to reword, re-date or delete."""
        view, item = await self._item(actor, item_id)
        return await self._mentor_of_working_pair(actor, view.pair.id), item

    async def rename_item(self, actor: Actor, item_id: int, title: str | None) -> ProgrammeItem:
        """The mentor rewords a goal or a task (done or not: the mark stays)."""
        _, item = await self.editable_item(actor, item_id)
        title = clean_title(title)
        async with self.db.transaction():
            await self.repos.pairs.rename_item(item.id, title)
        return await self._fresh_item(item.id)

    async def redate_task(self, actor: Actor, item_id: int, due: str | None) -> ProgrammeItem:
        """The mentor gives a task a new due date as typed (None: no date), within the pair's term."""
        view, item = await self.editable_item(actor, item_id)
        if item.kind != "task":
            raise DomainError("pair-stale")
        due_on = None if due is None else parse_due_day(due, local_today(self.clock.now(), view.org.timezone))
        latest = view.pair.ends_on or view.pair.starts_on + timedelta(days=730)
        if due_on is not None and not view.pair.starts_on <= due_on <= latest:
            raise InvalidInput("programme-error-date", starts=view.pair.starts_on, ends=latest)
        async with self.db.transaction():
            await self.repos.pairs.set_due(item.id, due_on)
        return await self._fresh_item(item.id)

    async def delete_item(self, actor: Actor, item_id: int) -> ProgrammeItem:
        """The mentor deletes a task, or a goal with its tasks (the question before it says how many); returns
        what was deleted. A second tap finds nothing to delete and is told the button is out of date."""
        async with self.db.transaction():
            view, item = await self.editable_item(actor, item_id)
            await self.repos.pairs.delete_item(item.id)
        logger.info("programme item %s (%s) of pair %s deleted by %s", item.id, item.kind, view.pair.id, _pid(actor))
        return item

    async def _fresh_item(self, item_id: int) -> ProgrammeItem:
        item = await self.repos.pairs.item(item_id)
        if item is None:
            raise DomainError("pair-stale")
        return item

    async def share_programme(self, actor: Actor, pair_id: int) -> int:
        """The mentor tells the mentees the programme is ready (or changed)."""
        view = await self._mentor_of_working_pair(actor, pair_id)
        if not view.tasks:
            raise InvalidInput("programme-error-empty")
        await self._tell(view.mentees, "programme-notify-shared", actions=[Action("pair-btn-open", "pair", pair_id)])
        return len(view.mentees)

    # ---- trouble and endings -------------------------------------------------------------------------

    async def signal(self, actor: Actor, pair_id: int) -> None:
        """«This pair is not working»: reaches only the coordinators, never the other side. Once per person and
        pair: a second tap (even at the same moment) is told it was sent already, and nobody is told twice."""
        view = await self.view(actor, pair_id)
        if view.role == "coordinator" or not view.pair.is_open:
            raise DomainError("pair-stale")
        person = _person(actor)
        async with self.db.transaction():
            if not await self.repos.pairs.add_signal_once(pair_id, person.id, self.clock.now()):
                raise DomainError("pair-signal-already")
        logger.info("person %s signalled pair %s is not working", person.id, pair_id)
        await self._tell_coordinators(view.pair, "pair-notify-signal",
                                      {"who": person.full_name or "—", "role": view.role})

    async def request_end(self, actor: Actor, pair_id: int) -> date:
        """Either side asks to end early; it takes effect after 3 working days' notice and everyone is told.
        A mentee of a group leaves only the group: it goes on for the others."""
        view = await self.view(actor, pair_id)
        if view.role == "coordinator":
            raise AccessDenied()
        person = _person(actor)
        end_on = notice_end(local_today(self.clock.now(), view.org.timezone))
        leaving_group = view.role == "mentee" and len(view.pair.mentee_ids) > 1
        async with self.db.transaction():
            if leaving_group:
                done = await self.repos.pairs.member_leaves(pair_id, person.id, end_on)
            else:
                done = await self.repos.pairs.request_end(pair_id, person.id, end_on)
            if not done:
                raise DomainError("pair-stale")
        logger.info("person %s asked to end pair %s on %s (group member only: %s)", person.id, pair_id, end_on,
                    leaving_group)
        others = [view.mentor] if leaving_group else [p for p in [view.mentor, *view.mentees] if p.id != person.id]
        # ТК РФ ст. 351.8 gives the early end to the mentor (and the employer) of an employee: cite it only then
        labour = "yes" if view.role == "mentor" and is_labour(view.pair.form) else "no"
        await self._tell(others, "pair-notify-leaving" if leaving_group else "pair-notify-ending",
                         {"date": end_on, "labour": labour})
        await self._tell_coordinators(view.pair, "pair-notify-ending-coord",
                                      {"who": person.full_name or "—", "date": end_on})
        return end_on

    async def close(self, actor: Actor, pair_id: int, completed: bool) -> Pair:
        """The coordinator completes a pair (the programme is done) or ends it now. A working pair of employees
        (ТК РФ ст. 351.8) is not ended at once: the employer ends mentoring early with 3 working days' notice, so
        it becomes ``ending`` and ends after the notice, as when the mentor asks."""
        async with self.db.transaction():
            view = await self.view(actor, pair_id)
            if not completed and view.pair.status == "active" and is_labour(view.pair.form):
                if view.role != "coordinator":
                    raise AccessDenied()
                end_on = notice_end(local_today(self.clock.now(), view.org.timezone))
                if not await self.repos.pairs.request_end(pair_id, _person(actor).id, end_on):
                    raise DomainError("pair-stale")
                status = "ending"
            else:
                status = await self.close_rows(actor, view, completed)
        if status == "ending":
            logger.info("pair %s ends on notice by %s", pair_id, _pid(actor))
            await self._tell([view.mentor, *view.mentees], "pair-notify-ending", {"date": end_on, "labour": "yes"})
        else:
            await self.announce_close(view, status)
        return await self._pair(pair_id)

    async def close_rows(self, actor: Actor, view: PairView, completed: bool) -> str:
        """The coordinator's closing of a pair as rows only, inside the caller's transaction (so it can be one step
        with other changes); tell the people afterwards with ``announce_close``. Returns the new status."""
        if not self.db.in_transaction:
            raise RuntimeError("close_rows runs inside a transaction")
        if view.role != "coordinator":
            raise AccessDenied()
        status = "completed" if completed else ("declined" if view.pair.status == "proposed" else "ended")
        sources = ("active", "ending") if completed else OPEN
        if not await self.repos.pairs.set_status(view.pair.id, status, self.clock.now(), from_statuses=sources,
                                                 reason="coordinator"):
            raise DomainError("pair-stale")
        logger.info("pair %s %s by %s", view.pair.id, status, _pid(actor))
        return status

    async def announce_close(self, view: PairView, status: str) -> None:
        await self._tell([view.mentor, *view.mentees],
                         "pair-notify-cancelled" if status == "declined" else f"pair-notify-{status}")

    async def get(self, pair_id: int) -> Pair:
        """A pair by id, for another service that has checked who asks."""
        return await self._pair(pair_id)

    async def sweep(self) -> int:
        """Pairs whose early end has come are ended (in each organisation's own date)."""
        orgs = {o.id: local_today(self.clock.now(), o.timezone) for o in await self.repos.organisations.list_all()}
        ended = 0
        for pair_id, mentee_id in await self.repos.pairs.leaving_due(orgs):
            async with self.db.transaction():
                await self.repos.pairs.set_member_answer(pair_id, mentee_id, "declined", self.clock.now())
            ended += 1
            person = await self.repos.persons.get(mentee_id)
            await self._tell([person] if person else [], "pair-notify-ended")
        for pair in await self.repos.pairs.ending_due(orgs):
            async with self.db.transaction():
                if not await self.repos.pairs.set_status(pair.id, "ended", self.clock.now(), from_statuses=("ending",),
                                                  reason="notice"):
                    continue
            ended += 1
            view = await self._view(pair, "coordinator")
            await self._tell([view.mentor, *view.mentees], "pair-notify-ended")
            await self._tell_coordinators(pair, "pair-notify-ended-coord")
        return ended

    async def person_left(self, person_id: int) -> None:
        """Consent withdrawn: their open pairs end (as mentor) or lose them (as mentee)."""
        async with self.db.transaction():
            changed = await self.repos.pairs.remove_person(person_id, self.clock.now())
            for pair_id in changed:
                pair = await self._pair(pair_id)
                if pair.status == "proposed":
                    await self._settle(pair_id)  # those left may all have agreed already, or nobody is left
                elif pair.is_open and not pair.mentee_ids:
                    await self.repos.pairs.set_status(pair_id, "ended", self.clock.now(), from_statuses=OPEN,
                                               reason="withdrawn")
        for pair_id in changed:
            pair = await self._pair(pair_id)
            people = [p for i in [pair.mentor_id, *pair.mentee_ids] if i != person_id
                      and (p := await self.repos.persons.get(i)) is not None and p.status.value == "active"]
            await self._tell(people, "pair-notify-member-left")

    # ---- helpers -------------------------------------------------------------------------------------

    async def _pair(self, pair_id: int) -> Pair:
        pair = await self.repos.pairs.get(pair_id)
        assert pair is not None
        return pair

    async def _tell(self, people: list[Person], key: str, args: TextArgs = NO_ARGS,
                    actions: list[Action] | None = None) -> None:
        for person in people:
            if person.account is not None:
                await self.notifier.notify(person.account, person.text_locale, key, args, actions=actions or ())

    async def _tell_coordinators(self, pair: Pair, key: str, args: TextArgs = NO_ARGS) -> None:
        mentor = await self.repos.persons.get(pair.mentor_id)
        mentees = [m for i in pair.mentee_ids if (m := await self.repos.persons.get(i))]
        names = f"{mentor.full_name if mentor else '—'} — {', '.join(m.full_name or '—' for m in mentees) or '—'}"
        for coordinator in await self.repos.persons.coordinators_of(pair.org_id):
            if coordinator.account is not None:
                await self.notifier.notify(coordinator.account, coordinator.text_locale, key,
                                           {"id": pair.id, "pair": names, **args},
                                           actions=[Action("pair-btn-open", "pair", pair.id)])


def _pid(actor: Actor) -> int | None:
    return actor.person.id if actor.person else None


def _person(actor: Actor) -> Person:
    """The participant asking (``view`` has already checked that they are in the pair)."""
    if actor.active_person is None:
        raise AccessDenied()
    return actor.active_person
