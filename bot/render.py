"""Texts composed from several locale keys: the profile card, dates in the organisation's timezone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import TextFn
from bot.services.grammar import parent_gender
from bot.services.mentoring_forms import role_key
from bot.services.records import MentorKind, Organisation, Person, Role

ROLE_ORDER = (Role.COORDINATOR, Role.MENTOR_CANDIDATE, Role.MENTEE_TEACHER, Role.MENTEE_STUDENT, Role.STAFF)


def local_date(moment: datetime, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).strftime("%d.%m.%Y")


def local_datetime(moment: datetime, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).strftime("%d.%m.%Y %H:%M")


def tz_label(t: TextFn, zone: str) -> str:
    """City name for the Russian zones, the IANA name itself for any other."""
    return t("tz-name", zone=zone.replace("/", "-"), raw=zone)


def roles_text(t: TextFn, person: Person) -> str:
    return ", ".join(t("role-name", role=role_key(person, r)) for r in ROLE_ORDER if r in person.roles)


def profile(t: TextFn, person: Person, org: Organisation) -> str:
    lines = [
        t("profile-title"),
        "",
        t("profile-name", value=person.full_name or "—"),
        t("profile-org", value=org.name),
        t("profile-roles", value=roles_text(t, person)),
    ]
    if person.is_minor:
        lines.append(t("profile-parent", value=person.guardian_name or "—",
                       gender=parent_gender(person.guardian_relation, person.guardian_name)))
    elif person.learner:
        pass  # a pupil or student gives only a name: no position, subject or teaching experience to show
    elif person.has_role(Role.MENTOR_CANDIDATE) and person.mentor_kind is MentorKind.EXTERNAL:
        lines += [
            t("profile-position-external", value=person.position or "—"),
            t("profile-subject-external", value=person.subject or "—"),
            t("profile-phone", value=person.phone or t("profile-phone-none")),
        ]
    else:
        lines += [
            t("profile-position", value=person.position or "—"),
            t("profile-subject", value=person.subject or "—"),
            t("profile-experience", years=person.experience_years if person.experience_years is not None else -1),
            t("profile-phone", value=person.phone or t("profile-phone-none")),
        ]
    return "\n".join(lines)
