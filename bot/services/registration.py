"""Opening an invite, consent, and the registration steps of adults, students and parents."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from bot.clock import Clock
from bot.i18n import Translator
from bot.services import consents, validation
from bot.services.errors import Conflict, DomainError, FlowEnded, InviteInvalid, NotFound
from bot.services.grammar import gender_of, parent_gender
from bot.services.invites import InviteService, new_token
from bot.services.mentoring_forms import role_key
from bot.services.ports import Notifier, StateEraser
from bot.services.reminders import ReminderService
from storage.db import Database
from storage.models import (
    Account,
    Channel,
    ConsentAction,
    ConsentKind,
    Invite,
    InviteRole,
    MentorKind,
    Organisation,
    Person,
    PersonStatus,
    Role,
)
from storage.repositories import Repositories

logger = logging.getLogger(__name__)


class Step(StrEnum):
    FULL_NAME = "full_name"
    POSITION = "position"
    SUBJECT = "subject"
    EXPERIENCE = "experience"
    PHONE = "phone"


class Opening(StrEnum):
    NEW = "new"  # consent, then registration
    RESUME = "resume"  # registration already started
    ALREADY = "already"  # registered with this role
    ROLE_ADDED = "role_added"  # registered; the invite added a role
    PARENT = "parent"  # a parent link: parental consent
    PARENT_RESUME = "parent_resume"  # parent agreed, their name is still missing


@dataclass(frozen=True)
class InviteOpening:
    outcome: Opening
    org: Organisation
    invite: Invite
    person: Person | None = None
    child: Person | None = None

    @property
    def asks_age(self) -> bool:
        """Pupils and students (mentees or mentors) say whether they are 18: adults consent themselves, minors need
        a parent."""
        return self.invite.role in LEARNER_INVITES

    def consent_kind(self, adult: bool = False) -> ConsentKind:
        if self.invite.role is InviteRole.PARENT:
            return ConsentKind.PARENT
        if self.invite.role in LEARNER_INVITES and not adult:
            return ConsentKind.STUDENT
        if self.invite.role is InviteRole.MENTOR_EXTERNAL:
            return ConsentKind.PD_EXTERNAL  # not the Operator's employee: another document
        return ConsentKind.PD

    @property
    def side(self) -> str:
        """mentor | mentee: what a pupil is invited as (a parent's link: what the child registered as)."""
        if self.child is not None:
            return "mentor" if self.child.has_role(Role.MENTOR_CANDIDATE) else "mentee"
        return "mentor" if self.invite.role is InviteRole.MENTOR_STUDENT else "mentee"


@dataclass(frozen=True)
class NameResult:
    person: Person
    parent_invite: Invite | None = None


ROLE_ORDER = (Role.COORDINATOR, Role.MENTOR_CANDIDATE, Role.MENTEE_TEACHER, Role.MENTEE_STUDENT, Role.STAFF)
LEARNER_INVITES = frozenset({InviteRole.MENTEE_STUDENT, InviteRole.MENTOR_STUDENT})
# invites to the bank of mentors for someone who is not a teacher: the role is the mentor's, the kind says who
MENTOR_KIND_OF: dict[InviteRole, MentorKind] = {
    InviteRole.MENTOR_STUDENT: MentorKind.STUDENT, InviteRole.MENTOR_EXTERNAL: MentorKind.EXTERNAL,
}


def role_of(invite: Invite) -> Role:
    if invite.role in MENTOR_KIND_OF:
        return Role.MENTOR_CANDIDATE
    return Role(invite.role.value)


def _fits(person: Person, invite: Invite) -> bool:
    """A registered person may take another role by an invite only as who they are: a pupil by a pupil's link,
    an outside specialist by an outside specialist's, an employee by an employee's."""
    if person.learner != (invite.role in LEARNER_INVITES):
        return False
    external = person.has_role(Role.MENTOR_CANDIDATE) and person.mentor_kind is MentorKind.EXTERNAL
    return external == (invite.role is InviteRole.MENTOR_EXTERNAL)


def primary_role(person: Person) -> str:
    """The role named in notices about a person: the first in programme order."""
    return next((role_key(person, r) for r in ROLE_ORDER if r in person.roles), "")


class RegistrationService:
    def __init__(
        self,
        db: Database,
        repos: Repositories,
        clock: Clock,
        translator: Translator,
        notifier: Notifier,
        invites: InviteService,
        state: StateEraser,
        reminders: ReminderService,
        parent_link_days: int = 14,
        processor: str = "",
    ) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock
        self.translator = translator
        self.notifier = notifier
        self.invites = invites
        self.state = state
        self.reminders = reminders
        self.parent_link_days = parent_link_days
        self.processor = processor  # named in the consents: whoever hosts the bot (Settings.processor)

    # ---- opening a link -------------------------------------------------------------------------

    async def open_invite(self, account: Account, token: str) -> InviteOpening:
        await self._parent_reopens(account, token)
        invite = await self.invites.check(token)
        org = await self._org(invite.org_id)
        if invite.role is InviteRole.PARENT:
            return await self._open_parent_link(account, invite, org)
        person = await self.repos.persons.by_account(account)
        if person is None:
            return InviteOpening(Opening.NEW, org, invite)
        if person.org_id != invite.org_id:
            raise Conflict("invite-error-other-org")
        if person.status in (PersonStatus.REGISTERING, PersonStatus.AWAITING_PARENT):
            return InviteOpening(Opening.RESUME, org, invite, person=person)
        role = role_of(invite)
        if role in person.roles:
            return InviteOpening(Opening.ALREADY, org, invite, person=person)
        if not _fits(person, invite):
            raise Conflict("invite-error-role-mismatch")
        async with self.db.transaction():
            if not await self.repos.invites.use(invite.id):
                raise InviteInvalid("invite-error-used-up")
            await self.repos.persons.add_role(person.id, role, invite.id, self.clock.now())
            if invite.role in MENTOR_KIND_OF:
                await self.repos.persons.update_fields(person.id, self.clock.now(),
                                                       mentor_kind=MENTOR_KIND_OF[invite.role].value,
                                                       partner_id=invite.partner_id)
        logger.info("person %s got role %s from invite %s", person.id, role.value, invite.id)
        updated = await self._person(person.id)
        await self._new_coordinator(updated)
        await self._tell_coordinators(updated, "notify-role-added", role=role.value)
        return InviteOpening(Opening.ROLE_ADDED, org, invite, person=updated)

    async def _parent_reopens(self, account: Account, token: str) -> None:
        """A parent who already consented opens the (now used) link again: say so, not "link used up"."""
        invite = await self.repos.invites.by_token(token) if token and len(token) <= 64 else None
        if invite is None or invite.role is not InviteRole.PARENT or invite.for_person_id is None:
            return
        child = await self.repos.persons.get(invite.for_person_id)
        if child is not None and child.guardian == account and child.status is PersonStatus.ACTIVE:
            raise FlowEnded("parent-already-consented")

    async def _open_parent_link(self, account: Account, invite: Invite, org: Organisation) -> InviteOpening:
        child = await self.repos.persons.get(invite.for_person_id) if invite.for_person_id else None
        if child is None or child.status is not PersonStatus.AWAITING_PARENT:
            raise InviteInvalid("invite-error-used-up")
        if child.account == account:
            raise FlowEnded("parent-error-self")
        registered = await self.repos.persons.by_account(account)
        # a registered pupil cannot consent as a parent; an unregistered second account has to state a name and
        # relation, which the coordinator is shown (notify-parent-consented, the bank card)
        if registered is not None and registered.is_minor:
            raise FlowEnded("parent-error-minor")
        if child.guardian == account:
            return InviteOpening(Opening.PARENT_RESUME, org, invite, child=child)
        if child.guardian is not None:
            raise InviteInvalid("invite-error-used-up")
        return InviteOpening(Opening.PARENT, org, invite, child=child)

    def consent_text(self, opening: InviteOpening, locale: str, adult: bool = False, parent: str | None = None,
                     relation: str | None = None, version: str | None = None,
                     channel: Channel = Channel.TELEGRAM) -> consents.ConsentText:
        """The consent screen; a parent's names them (their full name and relation, stated before consenting).
        ``channel``: the messenger of the account that is shown it (the bot the update came in on) — a version
        names the messenger, so the current version is per channel, not per deployment."""
        child_name = opening.child.full_name if opening.child else None
        return consents.render(self.translator, opening.consent_kind(adult), locale, opening.org, child_name,
                               version=version, processor=self.processor, channel=channel, parent=parent or "—",
                               relation=relation or "guardian", role=opening.side)

    async def parent_states(self, token: str, name: str | None, relation: str | None = None) -> tuple[str, str]:
        """A parent says who they are (before consenting): the link must still wait for a parent — the child may
        have withdrawn or another parent consented meanwhile (then the flow is stale)."""
        invite = await self.repos.invites.by_token(token) if token and len(token) <= 64 else None
        child = await self.repos.persons.get(invite.for_person_id) if invite and invite.for_person_id else None
        if child is None or child.status is not PersonStatus.AWAITING_PARENT or child.guardian is not None:
            raise FlowEnded()
        return self.parent_identity(name, relation)

    @staticmethod
    def parent_identity(name: str | None, relation: str | None = None) -> tuple[str, str]:
        """A parent's full name and relation as they state them before consenting (checked, cleaned)."""
        if relation is not None and relation not in consents.RELATIONS:
            raise DomainError("error-stale")
        return validation.full_name(name), relation or ""

    # ---- consent --------------------------------------------------------------------------------

    async def give_consent(
        self, account: Account, token: str, locale: str, version: str, adult: bool = False
    ) -> Person:
        """An adult or a student agrees to the text shown in ``locale``: the person record is created only now."""
        invite = await self.invites.check(token)
        if invite.role is InviteRole.PARENT:
            raise InviteInvalid("invite-error-unknown")
        org = await self._org(invite.org_id)
        opening = InviteOpening(Opening.NEW, org, invite)
        shown = self.consent_text(opening, locale, adult, version=version, channel=account.channel)
        now = self.clock.now()
        async with self.db.transaction():
            if await self.repos.persons.by_account(account) is not None:
                raise Conflict("reg-error-already-registered")
            if not await self.repos.invites.use(invite.id):
                raise InviteInvalid("invite-error-used-up")
            is_minor = invite.role in LEARNER_INVITES and not adult
            person_id = await self.repos.persons.create(
                org.id, account, shown.locale, PersonStatus.REGISTERING, is_minor, now
            )
            await self.repos.persons.add_role(person_id, role_of(invite), invite.id, now)
            if invite.role in MENTOR_KIND_OF:
                await self.repos.persons.update_fields(person_id, now, mentor_kind=MENTOR_KIND_OF[invite.role].value,
                                                       partner_id=invite.partner_id)
            await self.repos.consents.log(
                org_id=org.id, kind=shown.kind, version=shown.version, locale=shown.locale,
                text_sha256=shown.sha256, action=ConsentAction.GIVEN, now=now, person_id=person_id,
                invite_id=invite.id, actor=account,
            )
        logger.info("person %s consented (%s v%s) via invite %s", person_id, shown.kind, shown.version, invite.id)
        return await self._person(person_id)

    async def decline_consent(self, token: str, locale: str, version: str, adult: bool = False,
                              channel: Channel = Channel.TELEGRAM) -> None:
        """Declining stores no personal data: only that this invite's consent was declined, and when."""
        invite = await self.invites.check(token)
        org = await self._org(invite.org_id)
        opening = InviteOpening(Opening.NEW, org, invite)
        shown = self.consent_text(opening, locale, adult, version=version, channel=channel)
        async with self.db.transaction():
            await self.repos.consents.log(
                org_id=org.id, kind=shown.kind, version=shown.version, locale=shown.locale,
                text_sha256=shown.sha256, action=ConsentAction.DECLINED, now=self.clock.now(),
                invite_id=invite.id,
            )
        logger.info("consent declined via invite %s", invite.id)

    # ---- registration steps ---------------------------------------------------------------------

    @staticmethod
    def next_step(person: Person) -> Step | None:
        """What to ask next; derived from the record, so a restart can never lose the place."""
        if person.status is not PersonStatus.REGISTERING:
            return None
        if person.full_name is None:
            return Step.FULL_NAME
        if person.learner:
            return None  # pupils and students give only their name
        if person.position is None:
            return Step.POSITION
        if person.subject is None:
            return Step.SUBJECT
        if person.experience_years is None and not RegistrationService.outside(person):
            return Step.EXPERIENCE  # an outside specialist has no teaching experience to state
        return Step.PHONE

    @staticmethod
    def outside(person: Person) -> bool:
        return person.has_role(Role.MENTOR_CANDIDATE) and person.mentor_kind is MentorKind.EXTERNAL

    async def registering(self, account: Account) -> Person:
        person = await self.repos.persons.by_account(account)
        if person is None or person.status is not PersonStatus.REGISTERING:
            raise FlowEnded()
        return person

    async def submit_name(self, account: Account, text: str | None) -> NameResult:
        name = validation.full_name(text)
        now = self.clock.now()
        parent_invite_id = None
        async with self.db.transaction():
            person = await self.registering(account)  # re-read under the lock: a double send is stale
            if self.next_step(person) is not Step.FULL_NAME:
                raise FlowEnded()
            if person.learner and not person.is_minor:
                await self.repos.persons.update_fields(person.id, now, full_name=name, status=PersonStatus.ACTIVE)
            elif person.is_minor:
                await self.repos.persons.update_fields(
                    person.id, now, full_name=name, status=PersonStatus.AWAITING_PARENT
                )
                parent_invite_id = await self.repos.invites.create(
                    person.org_id, new_token(), InviteRole.PARENT, account, now,
                    now + timedelta(days=self.parent_link_days), 1, for_person_id=person.id,
                )
            else:
                await self.repos.persons.update_fields(person.id, now, full_name=name)
        parent_invite = await self.repos.invites.get(parent_invite_id) if parent_invite_id else None
        if parent_invite:
            logger.info("student %s waits for parent link %s", person.id, parent_invite.id)
        updated = await self._person(person.id)
        if updated.status is PersonStatus.ACTIVE:
            logger.info("person %s registered", person.id)
            await self._tell_coordinators(updated, "notify-registered")
        return NameResult(updated, parent_invite)

    async def submit_position(self, account: Account, text: str | None) -> Person:
        return await self._save(account, Step.POSITION, position=validation.short_field(text, "reg-error-position"))

    async def submit_subject(self, account: Account, text: str | None) -> Person:
        return await self._save(account, Step.SUBJECT, subject=validation.short_field(text, "reg-error-subject"))

    async def submit_experience(self, account: Account, text: str | None) -> Person:
        return await self._save(account, Step.EXPERIENCE, experience_years=validation.experience_years(text))

    async def submit_phone(self, account: Account, phone: str | None, contact_user_id: int | None = None) -> Person:
        """Finish registration; ``phone`` None means skipped. Only the person's own contact is accepted."""
        if phone is not None and contact_user_id != account.external_id:
            raise DomainError("reg-error-phone-not-own")
        fields: dict[str, object] = {"status": PersonStatus.ACTIVE}
        if phone is not None:
            fields["phone"] = validation.phone(phone)
        person = await self._save(account, Step.PHONE, **fields)
        logger.info("person %s registered", person.id)
        await self._new_coordinator(person)
        await self._tell_coordinators(person, "notify-registered")
        return person

    async def _save(self, account: Account, step: Step, **fields: object) -> Person:
        async with self.db.transaction():
            person = await self.registering(account)  # re-read under the lock: a double tap is stale
            if self.next_step(person) is not step:
                raise FlowEnded()
            await self.repos.persons.update_fields(person.id, self.clock.now(), **fields)
        return await self._person(person.id)

    # ---- parents --------------------------------------------------------------------------------

    async def parent_agree(self, parent_account: Account, token: str, locale: str, version: str,
                           parent: str | None = None, relation: str | None = None) -> Person:
        """The parent agrees to the text shown. From version 2 they stated their name and relation first (shown in
        the text and kept for the coordinator), and the child is active at once; a version 1 screen still asks
        for the name afterwards (``parent_submit_name``)."""
        opening = await self.open_invite(parent_account, token)
        if opening.outcome is not Opening.PARENT or opening.child is None:
            raise FlowEnded()
        stated = parent is not None and relation is not None
        if stated:
            parent, relation = self.parent_identity(parent, relation)
        elif version != "1":
            raise FlowEnded()  # a current consent names the parent: they must have stated who they are
        shown = self.consent_text(opening, locale, parent=parent, relation=relation, version=version,
                                  channel=parent_account.channel)
        now = self.clock.now()
        fields: dict[str, object] = {}
        if stated:
            fields.update(guardian_name=parent, guardian_relation=relation, status=PersonStatus.ACTIVE)
        async with self.db.transaction():
            if not await self.repos.invites.use(opening.invite.id):
                raise InviteInvalid("invite-error-used-up")
            await self.repos.persons.set_guardian(opening.child.id, parent_account, now)
            await self.repos.persons.update_fields(opening.child.id, now, **fields)
            await self.repos.consents.log(
                org_id=opening.org.id, kind=ConsentKind.PARENT, version=shown.version, locale=shown.locale,
                text_sha256=shown.sha256, action=ConsentAction.GIVEN, now=now, person_id=opening.child.id,
                invite_id=opening.invite.id, actor=parent_account,
            )
        logger.info("parent consent given for student %s", opening.child.id)
        child = await self._person(opening.child.id)
        if stated:
            await self._child_active(child)
        return child

    async def pending_child(self, parent: Account) -> Person | None:
        """A student whose parent agreed but has not typed their own name yet."""
        for child in await self.repos.persons.by_guardian(parent):
            if child.status is PersonStatus.AWAITING_PARENT and child.guardian_name is None:
                return child
        return None

    async def parent_submit_name(self, parent: Account, text: str | None) -> Person:
        if await self.pending_child(parent) is None:
            raise FlowEnded()
        name = validation.full_name(text)
        async with self.db.transaction():
            child = await self.pending_child(parent)  # re-read under the lock
            if child is None:
                raise FlowEnded()
            await self.repos.persons.update_fields(
                child.id, self.clock.now(), guardian_name=name, status=PersonStatus.ACTIVE
            )
        child = await self._person(child.id)
        await self._child_active(child)
        return child

    async def _child_active(self, child: Person) -> None:
        logger.info("student %s active after parent consent", child.id)
        if child.account:
            await self.notifier.notify(child.account, child.text_locale, "parent-notify-child-agreed")
        await self._tell_coordinators(child, "notify-registered")
        if child.guardian_relation:  # the coordinator sees who consented, to check it is really the parent
            for coordinator in await self.repos.persons.coordinators_of(child.org_id):
                assert coordinator.account is not None
                await self.notifier.notify(coordinator.account, coordinator.text_locale, "notify-parent-consented",
                                           {"person_id": child.id, "name": child.full_name or "",
                                            "parent": child.guardian_name or "", "relation": child.guardian_relation,
                                            "gender": parent_gender(child.guardian_relation, child.guardian_name)})

    async def parent_decline(self, parent_account: Account, token: str, locale: str, version: str,
                             parent: str | None = None, relation: str | None = None) -> None:
        """The parent declines the text shown (only its hash is logged, never their name); the child is erased."""
        opening = await self.open_invite(parent_account, token)
        if opening.outcome is not Opening.PARENT or opening.child is None:
            raise FlowEnded()
        child = opening.child
        shown = self.consent_text(opening, locale, parent=parent, relation=relation, version=version,
                                  channel=parent_account.channel)
        now = self.clock.now()
        async with self.db.transaction():
            await self.repos.consents.log(
                org_id=opening.org.id, kind=ConsentKind.PARENT, version=shown.version, locale=shown.locale,
                text_sha256=shown.sha256, action=ConsentAction.DECLINED, now=now, person_id=child.id,
                invite_id=opening.invite.id,
            )
            await self.repos.persons.anonymise(child.id, now)
            await self.repos.invites.revoke_parent_links(child.id, now)
            await self.repos.consents.forget_actor(child.id)
            if child.account is not None:
                await self.repos.invites.forget_creator(child.account)
        if child.account is not None:
            await self.state.forget_account(child.account)
        logger.info("parent declined consent for student %s; data erased", child.id)
        if child.account:
            await self.notifier.notify(child.account, child.text_locale, "parent-notify-child-declined")
        for coordinator in await self.repos.persons.coordinators_of(child.org_id):
            assert coordinator.account is not None
            await self.notifier.notify(coordinator.account, coordinator.text_locale, "notify-parent-declined",
                                       {"person_id": child.id})

    async def parent_link(self, account: Account) -> Invite:
        """The student's parent link; a fresh one when the old one expired."""
        person = await self.repos.persons.by_account(account)
        if person is None or person.status is not PersonStatus.AWAITING_PARENT:
            raise FlowEnded()
        now = self.clock.now()
        for invite in await self.repos.invites.parent_links(person.id):
            if invite.revoked_at is None and invite.uses < invite.max_uses and invite.expires_at > now:
                return invite
        async with self.db.transaction():
            invite_id = await self.repos.invites.create(
                person.org_id, new_token(), InviteRole.PARENT, account, now,
                now + timedelta(days=self.parent_link_days), 1, for_person_id=person.id,
            )
        created = await self.repos.invites.get(invite_id)
        assert created is not None
        return created

    # ---- helpers --------------------------------------------------------------------------------

    async def _new_coordinator(self, person: Person) -> None:
        """A new coordinator gets the weekly roadmap digest too."""
        if Role.COORDINATOR in person.roles and person.status is PersonStatus.ACTIVE:
            org = await self._org(person.org_id)
            await self.reminders.plan_digests(org.id, org.timezone)

    async def _tell_coordinators(self, person: Person, key: str, role: str | None = None) -> None:
        role = role or primary_role(person)
        for coordinator in await self.repos.persons.coordinators_of(person.org_id):
            if coordinator.id == person.id or coordinator.account is None:
                continue
            await self.notifier.notify(coordinator.account, coordinator.text_locale, key,
                                       {"person_id": person.id, "name": person.full_name or "", "role": role,
                                        "gender": gender_of(person.full_name)})

    async def _org(self, org_id: int) -> Organisation:
        org = await self.repos.organisations.get(org_id)
        if org is None:
            raise NotFound()
        return org

    async def _person(self, person_id: int) -> Person:
        person = await self.repos.persons.get(person_id)
        if person is None:
            raise NotFound()
        return person
