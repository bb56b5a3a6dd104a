"""The coordinator's people (/people): everyone of the organisation by role, search by name, a card per person, roles
added and taken away, participation ended (the erasure of a withdrawal: bot/services/privacy.py), a fresh invite.

Only the organisation's own coordinator reaches any of it; a person of another organisation is «not found» politely,
whatever id a forged button carries."""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.services.access import Actor, is_admin, require_coordinator
from bot.services.errors import DomainError, NotFound
from bot.services.invites import InviteService
from bot.services.mentoring_forms import invitable, role_key
from bot.services.ports import Notifier
from bot.services.privacy import PrivacyService
from bot.services.registration import ROLE_ORDER, primary_role
from storage.db import Database
from storage.models import (
    Account,
    ConsentEvent,
    Invite,
    InviteRole,
    MentorKind,
    Organisation,
    Person,
    PersonStatus,
    Role,
)
from storage.pairs import OPEN
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

# the lists of /people, in programme order: the role as texts name it (role_key), «all», and the search results
ROLE_KEYS: tuple[str, ...] = ("coordinator", "mentor_candidate", "mentor_student", "mentor_external",
                              "mentee_teacher", "mentee_student", "staff")
ALL, SEARCH = "all", "q"
# roles a coordinator gives or takes away by hand: an employee's (a pupil's or an outside specialist's role comes with
# the invite and the consent given for it — a parent consented to one side of the programme, not to another)
EMPLOYEE_ROLES: tuple[Role, ...] = (Role.COORDINATOR, Role.MENTOR_CANDIDATE, Role.MENTEE_TEACHER, Role.STAFF)
MAX_QUERY = 60
INVITE_DAYS, INVITE_USES = 7, 1


@dataclass(frozen=True)
class PairLine:
    id: int
    form: str
    status: str
    as_mentor: bool
    others: list[str]


@dataclass(frozen=True)
class SetLine:
    questionnaire_id: str
    status: str  # in_progress | editing | review | submitted
    submitted_at: str | None


@dataclass(frozen=True)
class PersonCard:
    person: Person
    org: Organisation
    pairs: list[PairLine]
    consents: list[ConsentEvent]
    questionnaires: list[SetLine]
    addable: tuple[Role, ...] = ()
    removable: tuple[Role, ...] = ()
    last_coordinator: bool = False
    is_self: bool = False
    roles_fixed: bool = False  # a pupil or an outside specialist: the role is the invite's


@dataclass(frozen=True)
class Roster:
    org: Organisation
    people: list[Person]
    counts: dict[str, int] = field(default_factory=dict)  # role key → how many


def keys_of(person: Person) -> set[str]:
    return {role_key(person, r) for r in person.roles}


def name_matches(person: Person, query: str) -> bool:
    """Every word typed is the start of a word of the name (case and ё/е ignored): «иван мар» finds Иванова Мария."""
    words = _fold(person.full_name or "").split()
    return all(any(w.startswith(q) for w in words) for q in _fold(query).split())


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


class PeopleService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock, notifier: Notifier, privacy: PrivacyService,
                 invites: InviteService, admins: Collection[Account] = ()) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock
        self.notifier = notifier
        self.privacy = privacy
        self.invites = invites
        self.admins = frozenset(admins)

    def is_admin(self, account: Account) -> bool:
        return is_admin(account, self.admins)

    async def _org(self, actor: Actor) -> Organisation:
        org = await self.repos.organisations.get(require_coordinator(actor))
        if org is None:
            raise NotFound()
        return org

    async def roster(self, actor: Actor) -> Roster:
        org = await self._org(actor)
        people = await self.repos.persons.of_org(org.id)
        counts: dict[str, int] = {}
        for person in people:
            for key in keys_of(person):
                counts[key] = counts.get(key, 0) + 1
        return Roster(org, people, counts)

    async def listed(self, actor: Actor, role: str, query: str | None = None) -> list[Person]:
        people = (await self.roster(actor)).people
        if role == SEARCH:
            return [p for p in people if query and name_matches(p, query)]
        return people if role == ALL else [p for p in people if role in keys_of(p)]

    @staticmethod
    def clean_query(text: str | None) -> str:
        value = " ".join((text or "").split())
        if not 2 <= len(value) <= MAX_QUERY:
            raise DomainError("people-error-query")
        return value

    async def _person(self, actor: Actor, person_id: int) -> tuple[Organisation, Person]:
        org = await self._org(actor)
        person = await self.repos.persons.get(person_id)
        if person is None or person.org_id != org.id or person.status is PersonStatus.WITHDRAWN:
            raise NotFound("people-error-gone")
        return org, person

    async def card(self, actor: Actor, person_id: int) -> PersonCard:
        org, person = await self._person(actor, person_id)
        pairs = await self.repos.pairs.for_person(person.id, (*OPEN, "ended", "completed"))
        names = await self.repos.persons.get_many(
            {i for p in pairs for i in (p.mentor_id, *p.mentee_ids)} - {person.id})
        lines = [PairLine(p.id, p.form, p.status, p.mentor_id == person.id,
                          [names[i].full_name or "—" for i in (p.mentor_id, *p.mentee_ids)
                           if i != person.id and i in names]) for p in pairs]
        data = await self.repos.privacy.gather(person.id, person.accounts)
        sets = [SetLine(s["questionnaire_id"], s["status"], s["submitted_at"]) for s in data.answer_sets
                if not s["anonymous"]]  # an anonymous answer is nobody's to see, the coordinator's least
        coordinators = await self.repos.persons.coordinators_of(org.id)
        last = Role.COORDINATOR in person.roles and all(c.id == person.id for c in coordinators)
        return PersonCard(person, org, lines, await self.repos.consents.for_person(person.id), sets,
                          self._addable(org, person), await self._removable(person, last), last,
                          person.account == actor.account, self._fixed(person))

    @staticmethod
    def _fixed(person: Person) -> bool:
        return person.learner or (Role.MENTOR_CANDIDATE in person.roles and person.mentor_kind is MentorKind.EXTERNAL)

    def _addable(self, org: Organisation, person: Person) -> tuple[Role, ...]:
        if self._fixed(person) or person.status is not PersonStatus.ACTIVE:
            return ()
        offered = invitable(org.kind)
        return tuple(r for r in EMPLOYEE_ROLES if r not in person.roles and r.value in offered)

    async def _removable(self, person: Person, last_coordinator: bool) -> tuple[Role, ...]:
        if self._fixed(person) or len(person.roles) < 2:
            return ()  # the last role goes with the participation («end participation»)
        return tuple(r for r in ROLE_ORDER if r in person.roles and not (r is Role.COORDINATOR and last_coordinator))

    async def add_role(self, actor: Actor, person_id: int, role: Role) -> Person:
        org, person = await self._person(actor, person_id)
        if role in person.roles:
            return person  # a second tap: nothing more to do
        if role not in self._addable(org, person):
            raise DomainError("people-error-role")
        async with self.db.transaction():
            await self.repos.persons.add_role(person.id, role, None, self.clock.now())
        logger.info("person %s got role %s from coordinator %s", person.id, role.value, actor.account)
        changed = await self.repos.persons.get(person.id)
        assert changed is not None
        await self._tell(changed, "people-notify-role-added", role_key(changed, role))
        return changed

    async def remove_role(self, actor: Actor, person_id: int, role: Role) -> Person:
        org, person = await self._person(actor, person_id)
        if role not in person.roles:
            return person  # a second tap
        coordinators = await self.repos.persons.coordinators_of(org.id)
        if role is Role.COORDINATOR and all(c.id == person.id for c in coordinators):
            raise DomainError("people-error-last-coordinator")
        if role not in await self._removable(person, False):
            raise DomainError("people-error-role")
        if role in (Role.MENTOR_CANDIDATE, Role.MENTEE_TEACHER):
            pairs = await self.repos.pairs.for_person(person.id)
            as_mentor = role is Role.MENTOR_CANDIDATE
            if any((p.mentor_id == person.id) == as_mentor for p in pairs):
                raise DomainError("people-error-in-pair")
        key = role_key(person, role)
        async with self.db.transaction():
            await self.repos.persons.remove_role(person.id, role)
        logger.info("person %s lost role %s (coordinator %s)", person.id, role.value, actor.account)
        changed = await self.repos.persons.get(person.id)
        assert changed is not None
        await self._tell(changed, "people-notify-role-removed", key)
        return changed

    async def _tell(self, person: Person, key: str, role: str) -> None:
        if person.account is not None and person.status is PersonStatus.ACTIVE:
            await self.notifier.notify(person.account, person.text_locale, key, {"role": role})

    async def end(self, actor: Actor, person_id: int) -> Person:
        """The coordinator ends someone's participation. The consent covers the data only while the person takes
        part: it ends now, the way a withdrawal does (privacy.py) — their pairs end or go on without them (the
        others are told), everything about them is erased in every feature, the consent log keeps ids and times.
        The person is told first (afterwards there is no Telegram id to tell). A second tap finds nobody."""
        org, person = await self._person(actor, person_id)
        if person.account == actor.account:
            raise DomainError("people-error-self")  # one's own participation: /privacy
        coordinators = await self.repos.persons.coordinators_of(org.id)
        if Role.COORDINATOR in person.roles and all(c.id == person.id for c in coordinators):
            raise DomainError("people-error-last-coordinator")
        if person.account is not None:
            key = "people-notify-ended-learner" if person.learner else "people-notify-ended"  # a pupil: «ты»
            await self.notifier.notify(person.account, person.text_locale, key, {"org": org.name})
        if person.guardian is not None:
            await self.notifier.notify(person.guardian, person.guardian_locale, "people-notify-ended-parent",
                                       {"child": person.full_name or "—", "org": org.name})
        async with self.db.transaction():
            await self.privacy._anonymise(person)  # the erasure of a withdrawal, not a withdrawal: nothing is logged
        await self.privacy._erase_everywhere(person.id, person.accounts)
        logger.info("participation of person %s (%s) ended by coordinator %s; data erased", person.id,
                    primary_role(person), actor.account)
        return person

    async def invite_token(self, actor: Actor) -> int:
        return await self.invites.token(actor)

    async def fresh_invite(self, actor: Actor, person_id: int, token: int) -> tuple[Invite, Person, bool]:
        """A fresh one-use link for the person's role (lost link, a new phone, registration never finished); the
        token makes a double tap give the first link."""
        org, person = await self._person(actor, person_id)
        key = next((role_key(person, r) for r in ROLE_ORDER if r in person.roles), "")
        if not key or key not in invitable(org.kind):
            raise DomainError("people-error-role")
        partner = person.partner_id if key in (InviteRole.MENTOR_EXTERNAL, InviteRole.MENTOR_STUDENT) else None
        invite, made = await self.invites.create_once(actor, InviteRole(key), INVITE_DAYS, INVITE_USES, token,
                                                      partner_id=partner)
        return invite, person, made
