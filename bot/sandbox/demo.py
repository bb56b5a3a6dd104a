"""The sandbox's one-click demo organisation, made through the bot's own services as people would make it.

A school with a coordinator, two approved mentors with their questionnaires, two young teachers with their requests,
a staff member and a student; one working pair (both agreed, the consents logged), one mentee still waiting for a
mentor; the built-in roadmap template, activated. Everyone registers through an invite and the consent screen's
service calls (``RegistrationService``), so the consent log and the notices are the real ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.clock import Clock
from bot.services.access import Actor
from bot.services.graph import Services
from bot.services.organisations import OrgDraft
from bot.services.records import Account, InviteRole, OrgKind, Person
from bot.services.school_calendar import school_year_end
from storage.db import Database
from storage.questionnaires import AnswerRepo

logger = logging.getLogger(__name__)

MENTOR = {
    "experience_years": 18, "category": "highest", "levels": ["basic", "secondary"], "subjects": "Математика",
    "competencies": ["methodology", "parents", "subject_content"], "forms": ["teacher_teacher"], "capacity": 2,
    "availability": "weekly", "meeting_format": "in_person", "mentor_before": True,
    "motivation": "Хочу помогать молодым коллегам",
}
HISTORY_MENTOR = {**MENTOR, "experience_years": 9, "subjects": "История, обществознание",
                  "competencies": ["documentation"], "capacity": 1}
MENTEE = {
    "experience_years": 1, "position": "teacher", "situation": "young_specialist",
    "difficulties": ["methodology", "parents"], "main_difficulty": "Дисциплина на уроке",
    "goals": "Уверенно вести уроки", "preferred_form": "teacher_teacher", "meeting_format": "in_person",
    "frequency": "weekly",
}


@dataclass(frozen=True, slots=True)
class DemoPerson:
    tg_user_id: int
    name: str
    role: str  # an InviteRole value


# name, role, position, subject, experience, questionnaire answers
PEOPLE: tuple[tuple[str, InviteRole, str, str, str, dict[str, Any] | None], ...] = (
    ("Смирнова Ольга Ивановна", InviteRole.COORDINATOR, "заместитель директора", "физика", "20", None),
    ("Иванова Мария Петровна", InviteRole.MENTOR_CANDIDATE, "учитель математики", "математика", "18", MENTOR),
    ("Орлов Игорь Николаевич", InviteRole.MENTOR_CANDIDATE, "учитель истории", "история", "9", HISTORY_MENTOR),
    ("Петров Павел Андреевич", InviteRole.MENTEE_TEACHER, "учитель математики", "математика", "1", MENTEE),
    ("Зайцева Ольга Игоревна", InviteRole.MENTEE_TEACHER, "учитель истории", "история", "2", MENTEE),
    ("Кузнецова Анна Сергеевна", InviteRole.STAFF, "педагог-организатор", "воспитательная работа", "7", None),
)


async def _register(services: Services, account: Account, token: str, locale: str, name: str, position: str,
                    subject: str, experience: str) -> Person:
    """What the registration screens do, in the same order: open the link, agree, the profile steps."""
    registration = services.registration
    opening = await registration.open_invite(account, token)
    shown = registration.consent_text(opening, locale, adult=True)
    await registration.give_consent(account, token, shown.locale, shown.version, adult=True)
    await registration.submit_name(account, name)
    await registration.submit_position(account, position)
    await registration.submit_subject(account, subject)
    await registration.submit_experience(account, experience)
    return await registration.submit_phone(account, None)


async def _questionnaire(db: Database, clock: Clock, person: Person, questionnaire_id: str,
                         answers: dict[str, Any]) -> None:
    """A submitted bank questionnaire, as after /survey (typing eleven answers is what the demo saves a visitor)."""
    repo = AnswerRepo(db)
    now = clock.now()
    async with db.transaction():
        set_id = await repo.create(questionnaire_id, 1, person.id, person.org_id, None, "experience_years", now)
        for key, value in answers.items():
            await repo.save_answer(set_id, key, value, now)
        await repo.move(set_id, "submitted", None, now)


async def create_demo(services: Services, db: Database, clock: Clock, admin_tg_id: int,
                      add_person: Callable[[str, str], int], locale: str = "ru") -> list[DemoPerson]:
    """Make the demo organisation; returns its people in the order above. ``add_person(name, role)`` gives each
    one's Telegram id (the sandbox adds them to its people first, so the notices they get land in their chats)."""
    admin = Actor(Account.telegram(admin_tg_id), is_admin=True)
    org = await services.organisations.create(admin, OrgDraft(
        "МБОУ «Демо-школа № 1»" if locale == "ru" else "Demo School No. 1", OrgKind.SCHOOL, "Europe/Moscow",
        "170100, г. Тверь, ул. Школьная, д. 1"))
    people: list[DemoPerson] = []
    persons: list[Person] = []
    coordinator: Actor | None = None
    for name, role, position, subject, experience, answers in PEOPLE:
        tg_user_id = add_person(name, role.value)
        inviter = admin if coordinator is None else coordinator
        invite = await services.invites.create(inviter, role, 7, 1, org_id=org.id if coordinator is None else None)
        person = await _register(services, Account.telegram(tg_user_id),
                                 invite.token, locale, name, position, subject, experience)
        if coordinator is None:
            coordinator = Actor(Account.telegram(tg_user_id), person=person)
        if answers is not None:
            kind = "potential_mentor" if role is InviteRole.MENTOR_CANDIDATE else "mentee_request_teacher"
            await _questionnaire(db, clock, person, kind, answers)
        people.append(DemoPerson(tg_user_id, name, role.value))
        persons.append(person)
    assert coordinator is not None
    _, maths, history, mentee, _, _ = persons
    for mentor in (maths, history):
        await services.banks.approve(coordinator, mentor.id)
    await services.banks.trained(coordinator, maths.id)
    today = clock.now().date()
    pair = await services.pairs.propose(coordinator, maths.id, [mentee.id], "teacher_teacher", today,
                                        school_year_end(today))
    for member in (maths, mentee):
        assert member.account is not None
        actor = Actor(member.account, person=await services.profiles.by_account(member.account))
        await services.pairs.respond(actor, pair.id, True, locale)
    roadmap = await services.roadmaps.import_template(coordinator, await services.roadmaps.current_year(coordinator))
    await services.roadmaps.activate(coordinator, roadmap.id)
    logger.info("demo organisation %s made: %s people, pair %s, roadmap %s", org.id, len(people), pair.id, roadmap.id)
    return people
