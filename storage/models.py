"""Plain records returned by the repositories."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, overload


class Role(StrEnum):
    COORDINATOR = "coordinator"
    MENTOR_CANDIDATE = "mentor_candidate"
    MENTEE_TEACHER = "mentee_teacher"
    MENTEE_STUDENT = "mentee_student"
    STAFF = "staff"


class InviteRole(StrEnum):
    COORDINATOR = "coordinator"
    MENTOR_CANDIDATE = "mentor_candidate"  # a teacher (or another employee) for the bank of mentors
    MENTOR_STUDENT = "mentor_student"  # a pupil or college student for the bank of mentors
    MENTOR_EXTERNAL = "mentor_external"  # an outside specialist (a partner's employee) for the bank of mentors
    MENTEE_TEACHER = "mentee_teacher"
    MENTEE_STUDENT = "mentee_student"
    STAFF = "staff"
    PARENT = "parent"


class PersonStatus(StrEnum):
    REGISTERING = "registering"
    AWAITING_PARENT = "awaiting_parent"
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"


class OrgKind(StrEnum):
    SCHOOL = "school"
    KINDERGARTEN = "kindergarten"
    COLLEGE = "college"
    ADDITIONAL = "additional"  # an organisation of additional education


class MentorKind(StrEnum):
    """Who a mentor is (``persons.mentor_kind``; NULL in the database for a teacher)."""

    TEACHER = "teacher"
    STUDENT = "student"  # a pupil of the school or a college student
    EXTERNAL = "external"  # an outside specialist from a partner organisation


# The texts an organisation sees are the school's, with the words of its kind laid over them
# (``locales/<language>/kinds/<kind>.ftl``, see bot/i18n.py). A text locale names both: "ru", "ru+kindergarten".
OVERLAY_MARK = "+"  # Telegram's language codes never contain it
BASE_KIND = OrgKind.SCHOOL  # its words are the base texts: no overlay


INFORMAL = "ty"  # the register of a text locale ("ru+ty", "ru+college+ty"): a pupil or student is spoken to with «ты»


def text_locale(language: str, kind: str | None, informal: bool = False) -> str:
    """The locale of the texts a person of an organisation of ``kind`` reads in ``language``: "ru+college"; a pupil
    or student (``informal``) reads them in «ты»: "ru+college+ty" (the texts choose by ``$you``, bot/i18n.py)."""
    parts = [language_of(language)]
    if kind and kind != BASE_KIND.value:
        parts.append(kind)
    if informal:
        parts.append(INFORMAL)
    return OVERLAY_MARK.join(parts)


def language_of(locale: str) -> str:
    """The language of a text locale ("en+college" → "en"): what questionnaire texts and dates are chosen by."""
    return locale.split(OVERLAY_MARK, 1)[0]


def is_informal(locale: str | None) -> bool:
    """Whether a text locale speaks with «ты» ("ru+ty", "ru+college+ty")."""
    return INFORMAL in (locale or "").split(OVERLAY_MARK)[1:]


class ConsentKind(StrEnum):
    PD = "pd"  # adult participant
    PD_EXTERNAL = "pd_external"  # an outside specialist: not the Operator's employee
    STUDENT = "student"  # the minor's own acknowledgement
    PARENT = "parent"  # legal representative for a minor
    MENTORING = "mentoring"  # the mentor's electronic consent to a pair (citing ТК РФ ст. 351.8 for employees only)
    MENTEE_PAIR = "mentee_pair"  # the mentee's agreement to a pair (a minor's: given by the parent, actor_tg_id)


class Channel(StrEnum):
    """A messenger the bot runs in. A person is reached and recognised through an account in one of them."""

    TELEGRAM = "telegram"
    MAX = "max"


@dataclass(frozen=True, order=True)
class Account:
    """A person's account in one messenger: ``(channel, external id)``. The same number in two channels is two
    different people; nothing outside the channel layer may take a bare number for someone."""

    channel: Channel
    external_id: int

    @classmethod
    def telegram(cls, external_id: int) -> Account:
        return cls(Channel.TELEGRAM, external_id)

    @classmethod
    def parse(cls, value: str) -> Account:
        """From its stored text form ``channel:id`` (see ``__str__``)."""
        channel, _, external_id = value.partition(":")
        return cls(Channel(channel), int(external_id))

    @classmethod
    def of(cls, channel: str | None, external_id: int | None) -> Account | None:
        """From a pair of columns, either of which may be NULL."""
        return None if channel is None or external_id is None else cls(Channel(channel), external_id)

    def __str__(self) -> str:
        """``telegram:123``: how logs and the stored lists name an account (an id, never a name)."""
        return f"{self.channel.value}:{self.external_id}"


def accounts_of(value: str | None) -> tuple[Account, ...]:
    """A stored comma-separated list of accounts (``telegram:1,max:2``), the preferred one first."""
    return tuple(Account.parse(v) for v in value.split(",")) if value else ()


class ConsentAction(StrEnum):
    GIVEN = "given"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


@overload
def parse_ts(value: str) -> datetime: ...
@overload
def parse_ts(value: str | None) -> datetime | None: ...
def parse_ts(value: str | None) -> datetime | None:
    """A stored timestamp (ISO 8601, aware); NULL stays None. A NOT NULL column gives a datetime."""
    return None if value is None else datetime.fromisoformat(value)


@dataclass(frozen=True)
class Organisation:
    id: int
    name: str
    kind: OrgKind
    timezone: str
    address: str | None
    created_by: int
    created_at: datetime

    def text_locale(self, language: str) -> str:
        """The locale of this organisation's texts in ``language`` (see ``text_locale``)."""
        return text_locale(language, self.kind)


@dataclass(frozen=True)
class Person:
    id: int
    org_id: int
    accounts: tuple[Account, ...]  # the person's accounts, the one used last first (empty once erased)
    locale: str
    status: PersonStatus
    is_minor: bool
    full_name: str | None
    position: str | None
    subject: str | None
    experience_years: int | None
    phone: str | None
    guardian: Account | None  # the parent who consented for a minor
    guardian_name: str | None
    blocked_at: datetime | None
    created_at: datetime
    updated_at: datetime
    withdrawn_at: datetime | None
    roles: frozenset[Role] = field(default_factory=frozenset)
    guardian_relation: str | None = None  # mother | father | guardian: what the parent said before consenting
    mentor_kind: MentorKind = MentorKind.TEACHER  # what kind of mentor a MENTOR_CANDIDATE is
    partner_id: int | None = None  # an outside mentor's (or outside student's) partner organisation
    org_kind: str | None = None  # the organisation's kind, read with the person (it decides the words they see)
    # those of the accounts that blocked the bot (``blocked_at``: all of them did)
    blocked_accounts: frozenset[Account] = frozenset()

    def has_role(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def account(self) -> Account | None:
        """Where notices reach the person: the account they used last (None once their data is erased)."""
        return self.accounts[0] if self.accounts else None

    def is_reached_by(self, account: Account) -> bool:
        """``account`` is one of the person's own."""
        return account in self.accounts

    @property
    def learner(self) -> bool:
        """A pupil or student (a mentee student, or a mentor who is a student): registers with a name only, and a
        minor through a parent."""
        return Role.MENTEE_STUDENT in self.roles or (
            Role.MENTOR_CANDIDATE in self.roles and self.mentor_kind is MentorKind.STUDENT)

    @property
    def text_locale(self) -> str:
        """The locale this person's texts are rendered in: their language with their organisation's words, in «ты»
        to a pupil or student (``learner``)."""
        return text_locale(self.locale, self.org_kind, self.learner)

    @property
    def guardian_locale(self) -> str:
        """The locale of the texts the person's parent reads: the child's language and words, in «вы»."""
        return text_locale(self.locale, self.org_kind)


@dataclass(frozen=True)
class Invite:
    id: int
    org_id: int
    token: str
    role: InviteRole
    for_person_id: int | None
    created_by: Account | None
    created_at: datetime
    expires_at: datetime
    max_uses: int
    uses: int
    revoked_at: datetime | None
    partner_id: int | None = None


@dataclass(frozen=True)
class Partner:
    """An organisation that provides mentors (an employer, a university, a college, a cultural organisation)."""

    id: int
    org_id: int
    name: str
    kind: str  # employer | university | college | culture | ngo | other
    contact: str | None
    created_at: datetime
    removed_at: datetime | None


@dataclass(frozen=True)
class ConsentEvent:
    id: int
    person_id: int | None
    invite_id: int | None
    org_id: int
    kind: ConsentKind
    version: str
    locale: str
    text_sha256: str
    action: ConsentAction
    actor: Account | None  # whose account pressed the button (the parent's for a child)
    created_at: datetime
    pair_id: int | None = None


class RoadmapStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"

    @property
    def is_open(self) -> bool:
        return self in (ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS)


class ReminderKind(StrEnum):
    OPENS = "opens"  # the activity's window opens
    BEFORE = "before"  # N days before the deadline
    DUE = "due"  # on the day
    OVERDUE = "overdue"  # to the responsible, every M days while overdue
    ESCALATION = "escalation"  # to the coordinator, with each overdue round
    DIGEST = "digest"  # weekly, to the coordinator


class ReminderStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    CANCELLED = "cancelled"
    FAILED = "failed"
    UNCERTAIN = "uncertain"  # the process stopped between sending and recording: never resent


@overload
def parse_date(value: str) -> date: ...
@overload
def parse_date(value: str | None) -> date | None: ...
def parse_date(value: str | None) -> date | None:
    """A stored date (ISO 8601); NULL stays None."""
    return None if value is None else date.fromisoformat(value)


@dataclass(frozen=True)
class Roadmap:
    id: int
    org_id: int
    academic_year: int
    status: RoadmapStatus
    source: str
    warnings: tuple[dict[str, Any], ...]  # {"code", "values", "text"}: shown via roadmap-warn-<code>
    created_at: datetime
    activated_at: datetime | None
    document_year: int | None = None  # the year the document was written for (None: not known)
    document_year_kind: str | None = None  # school (2023 = 2023/24) | calendar


@dataclass(frozen=True)
class RoadmapStage:
    id: int
    roadmap_id: int
    number: int
    title: str
    position: int


@dataclass(frozen=True)
class Activity:
    id: int
    roadmap_id: int
    stage_id: int
    position: int
    title: str
    deadline_text: str
    starts_on: date | None
    due_on: date | None
    recurrence: str | None
    status: ActivityStatus
    skip_reason: str | None
    labels: tuple[str, ...] = ()
    changed_by: int | None = None  # who set the status last (persons.id)

    def is_overdue(self, today: date) -> bool:
        return (self.status.is_open and self.due_on is not None and self.recurrence != "weekly"
                and today > self.due_on)
