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
    MENTOR_CANDIDATE = "mentor_candidate"
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


class ConsentKind(StrEnum):
    PD = "pd"  # adult participant
    STUDENT = "student"  # the minor's own acknowledgement
    PARENT = "parent"  # legal representative for a minor
    MENTORING = "mentoring"  # the mentor's electronic consent to a pair (citing ТК РФ ст. 351.8 for employees only)
    MENTEE_PAIR = "mentee_pair"  # the mentee's agreement to a pair (a minor's: given by the parent, actor_tg_id)


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


@dataclass(frozen=True)
class Person:
    id: int
    org_id: int
    tg_user_id: int | None
    locale: str
    status: PersonStatus
    is_minor: bool
    full_name: str | None
    position: str | None
    subject: str | None
    experience_years: int | None
    phone: str | None
    guardian_tg_id: int | None
    guardian_name: str | None
    blocked_at: datetime | None
    created_at: datetime
    updated_at: datetime
    withdrawn_at: datetime | None
    roles: frozenset[Role] = field(default_factory=frozenset)
    guardian_relation: str | None = None  # mother | father | guardian: what the parent said before consenting

    def has_role(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))


@dataclass(frozen=True)
class Invite:
    id: int
    org_id: int
    token: str
    role: InviteRole
    for_person_id: int | None
    created_by_tg: int | None
    created_at: datetime
    expires_at: datetime
    max_uses: int
    uses: int
    revoked_at: datetime | None


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
    actor_tg_id: int | None
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
