"""Outcomes of the programme (issue 16): achievements of participants, rewards for mentors, best practices
(«методическая копилка»).

Who sees and records what:
- an achievement belongs to one person. The person records their own; a mentor also records those of the mentees of
  their pairs; a coordinator records anyone's in the organisation. A participant sees their own achievements and
  those of the other side of their own pairs (a mentee: their mentor's; a mentor: their mentees') — never another
  pair's. A coordinator sees the organisation's.
- rewards (thanks, a certificate, a bonus payment, «Наставник года», «Лучшая пара») are given to mentors by a
  coordinator; a mentor sees their own, a coordinator the organisation's.
- best practices are shared with the organisation: every active participant reads the копилка; mentors,
  coordinators and teachers add to it.
Every creating form ends with a one-shot button: a double tap creates one record.
"""

from __future__ import annotations

import builtins
import logging
from dataclasses import dataclass
from datetime import date

from bot.clock import Clock
from bot.services import validation
from bot.services.access import Actor, require_coordinator
from bot.services.errors import AccessDenied, InvalidInput, NotFound
from bot.services.school_calendar import local_today, parse_past_day
from storage.achievements import Achievement, Practice, Reward
from storage.db import Database
from storage.models import Person, PersonStatus, Role
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

__all__ = [
    "ACHIEVEMENT_KINDS",
    "REWARD_KINDS",
    "Achievement",
    "AchievementDraft",
    "AchievementLine",
    "AchievementService",
    "Practice",
    "PracticeDraft",
    "PracticeLine",
    "Reward",
    "RewardDraft",
    "RewardLine",
]

ACHIEVEMENT_KINDS: tuple[str, ...] = ("competition", "open_lesson", "category", "publication", "olympiad", "other")
WITH_RESULT: tuple[str, ...] = ("competition", "olympiad")  # asked for the result
RESULTS: tuple[str, ...] = ("winner", "prize", "participant")
REWARD_KINDS: tuple[str, ...] = ("thanks", "certificate", "bonus", "mentor_of_year", "best_pair")
FILE_KINDS: tuple[str, ...] = ("document", "photo")
TITLE_MAX = 300
DESCRIPTION_MAX = 1500
NOTE_MAX = 200
FILE_ID_MAX = 256  # Telegram's file ids are about 80 characters
MAX_AGE_DAYS = 5 * 366  # a category obtained a few years ago may still be recorded
SEARCH_SHOWN = 10  # people matching a typed part of a name, offered as buttons
LISTED = 30  # records on one screen (newest first)
PRACTICE_ROLES = (Role.COORDINATOR, Role.MENTOR_CANDIDATE, Role.MENTEE_TEACHER, Role.STAFF)
_DAY_ERRORS = {"meeting-error-future": "ach-error-day-future", "meeting-error-old": "ach-error-day-old"}
TOKEN_KIND = {"achievement": "achievement", "reward": "reward", "practice": "practice"}


@dataclass(frozen=True)
class AchievementDraft:
    person_id: int
    kind: str
    result: str | None
    title: str
    achieved_on: date
    file_id: str | None = None
    file_kind: str | None = None


@dataclass(frozen=True)
class RewardDraft:
    person_id: int
    kind: str
    given_on: date
    note: str | None = None


@dataclass(frozen=True)
class PracticeDraft:
    title: str
    description: str
    file_id: str | None = None
    file_kind: str | None = None


@dataclass(frozen=True)
class AchievementLine:
    achievement: Achievement
    person: Person


@dataclass(frozen=True)
class RewardLine:
    reward: Reward
    person: Person


@dataclass(frozen=True)
class PracticeLine:
    practice: Practice
    author: Person


# ---- what people type --------------------------------------------------------------------------------------------

def achievement_kind(value: str) -> str:
    if value not in ACHIEVEMENT_KINDS:
        raise InvalidInput("error-stale")
    return value


def achievement_result(value: str) -> str | None:
    if value == "":
        return None
    if value not in RESULTS:
        raise InvalidInput("error-stale")
    return value


def reward_kind(value: str) -> str:
    if value not in REWARD_KINDS:
        raise InvalidInput("error-stale")
    return value


def title(text: str | None) -> str:
    """A title as typed: invisible characters dropped, spaces collapsed, 2–300 characters."""
    return validation.clean_text(text, max_len=TITLE_MAX, min_len=2, key="ach-error-title")


def description(text: str | None) -> str:
    return validation.clean_text(text, max_len=DESCRIPTION_MAX, min_len=10, key="ach-error-description")


def note(text: str | None) -> str:
    return validation.clean_text(text, max_len=NOTE_MAX, min_len=1, key="ach-error-note")


def day(text: str | None, today: date) -> date:
    """The day it happened, typed the Russian way (15.10.2026, «15 октября», вчера); not in the future."""
    try:
        return parse_past_day(text, today, MAX_AGE_DAYS)
    except InvalidInput as exc:  # the calendar's own words are about meetings
        raise InvalidInput(_DAY_ERRORS.get(exc.key, exc.key), **exc.args_for_text) from None


def file_ref(file_id: str | None, file_kind: str | None) -> tuple[str | None, str | None]:
    if file_id is None:
        return None, None
    if file_kind not in FILE_KINDS or not file_id.isascii() or not 0 < len(file_id) <= FILE_ID_MAX:
        raise InvalidInput("ach-error-file")
    return file_id, file_kind


class AchievementService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock

    # ---- who ------------------------------------------------------------------------------------------------

    @staticmethod
    def _person(actor: Actor) -> Person:
        person = actor.active_person
        if person is None:
            raise AccessDenied()
        return person

    async def today(self, actor: Actor) -> date:
        org = await self.repos.organisations.get(self._person(actor).org_id)
        assert org is not None
        return local_today(self.clock.now(), org.timezone)

    async def _pair_sides(self, person: Person) -> tuple[set[int], set[int]]:
        """(the person's mentees, the person's mentors) over their pairs, open or finished (not declined or only
        proposed)."""
        mentees: set[int] = set()
        mentors: set[int] = set()
        for pair in await self.repos.pairs.for_person(person.id, ("active", "ending", "ended", "completed")):
            if pair.mentor_id == person.id:
                mentees.update(pair.mentee_ids)
            else:
                mentors.add(pair.mentor_id)
        return mentees, mentors

    async def visible(self, actor: Actor) -> set[int] | None:
        """The people whose achievements the actor sees; None: the whole organisation (a coordinator)."""
        person = self._person(actor)
        if Role.COORDINATOR in person.roles:
            return None
        mentees, mentors = await self._pair_sides(person)
        return {person.id, *mentees, *mentors}

    async def recordable(self, actor: Actor) -> builtins.list[Person]:
        """Whom a participant may record an achievement for (a coordinator searches instead: ``find``)."""
        person = self._person(actor)
        mentees, _ = await self._pair_sides(person)
        others = await self.repos.persons.get_many(mentees) if mentees else {}
        return [person, *sorted((p for p in others.values() if p.status is PersonStatus.ACTIVE),
                                key=lambda p: (p.full_name or "", p.id))]

    async def may_record_for(self, actor: Actor, person_id: int) -> Person:
        """The person an achievement is recorded for, if the actor may (a forged id: AccessDenied)."""
        person = self._person(actor)
        target = await self.repos.persons.get(person_id) if person_id else None
        if target is None or target.org_id != person.org_id or target.status is not PersonStatus.ACTIVE:
            raise AccessDenied()
        if Role.COORDINATOR in person.roles or target.id == person.id:
            return target
        mentees, _ = await self._pair_sides(person)
        if target.id not in mentees:
            raise AccessDenied()
        return target

    async def find(self, actor: Actor, text: str | None, mentors_only: bool = False) -> builtins.list[Person]:
        """A coordinator types part of a name: the organisation's active participants whose name contains it."""
        org_id = require_coordinator(actor)
        part = validation.clean_text(text, max_len=60, min_len=2, key="ach-error-search").casefold()
        found = []
        for p in await self.repos.persons.active_in_org(org_id):
            if p.full_name and part in p.full_name.casefold() and p.roles and (
                    not mentors_only or Role.MENTOR_CANDIDATE in p.roles):
                found.append(p)
                if len(found) == SEARCH_SHOWN:
                    break
        return found

    async def mentor_to_reward(self, actor: Actor, person_id: int) -> Person:
        org_id = require_coordinator(actor)
        target = await self.repos.persons.get(person_id) if person_id else None
        if target is None or target.org_id != org_id or target.status is not PersonStatus.ACTIVE \
                or Role.MENTOR_CANDIDATE not in target.roles:
            raise AccessDenied()
        return target

    # ---- one-shot buttons ---------------------------------------------------------------------------------------

    async def token(self, actor: Actor, kind: str) -> int:
        """The token of a form's «Save» button: a double tap creates one record."""
        self._person(actor)
        async with self.db.transaction():
            return await self.repos.one_shot.issue(TOKEN_KIND[kind], actor.account, self.clock.now())

    async def _use(self, actor: Actor, kind: str, token: int) -> tuple[bool, int | None]:
        return await self.repos.one_shot.use(token, TOKEN_KIND[kind], actor.account, self.clock.now())

    # ---- achievements -------------------------------------------------------------------------------------------

    async def add(self, actor: Actor, draft: AchievementDraft, token: int) -> tuple[int, bool]:
        """(the achievement's id, True) when recorded now; (its id or 0, False) after a double tap."""
        person = self._person(actor)
        target = await self.may_record_for(actor, draft.person_id)
        kind = achievement_kind(draft.kind)
        result = achievement_result(draft.result or "") if kind in WITH_RESULT else None
        text = title(draft.title)
        day(draft.achieved_on.strftime("%d.%m.%Y"), await self.today(actor))
        file_id, file_kind = file_ref(draft.file_id, draft.file_kind)
        async with self.db.transaction():
            fresh, made = await self._use(actor, "achievement", token)
            if not fresh:
                return made or 0, False
            achievement_id = await self.repos.achievements.add(
                person.org_id, target.id, kind, result, text, draft.achieved_on, file_id, file_kind, person.id,
                self.clock.now())
            await self.repos.one_shot.made(token, achievement_id)
        logger.info("achievement %s of person %s recorded by %s", achievement_id, target.id, actor.account)
        return achievement_id, True

    async def list(self, actor: Actor) -> builtins.list[AchievementLine]:
        person = self._person(actor)
        people = await self.visible(actor)
        found = await self.repos.achievements.of_people(person.org_id, people, LISTED)
        names = await self.repos.persons.get_many({a.person_id for a in found})
        return [AchievementLine(a, names[a.person_id]) for a in found if a.person_id in names]

    async def get(self, actor: Actor, achievement_id: int) -> AchievementLine:
        person = self._person(actor)
        found = await self.repos.achievements.get(achievement_id) if achievement_id else None
        people = await self.visible(actor)
        if found is None or found.org_id != person.org_id or (people is not None and found.person_id not in people):
            raise AccessDenied()
        owner = await self.repos.persons.get(found.person_id)
        if owner is None:
            raise NotFound()
        return AchievementLine(found, owner)

    async def delete(self, actor: Actor, achievement_id: int) -> bool:
        """Whoever recorded it, the person it belongs to, or a coordinator; False: it was gone already."""
        person = self._person(actor)
        found = await self.repos.achievements.get(achievement_id) if achievement_id else None
        if found is None:
            return False
        if found.org_id != person.org_id or not (
                Role.COORDINATOR in person.roles or person.id in (found.created_by, found.person_id)):
            raise AccessDenied()
        async with self.db.transaction():
            return await self.repos.achievements.delete(achievement_id)

    # ---- rewards ------------------------------------------------------------------------------------------------

    async def give(self, actor: Actor, draft: RewardDraft, token: int) -> tuple[int, bool]:
        org_id = require_coordinator(actor)
        person = self._person(actor)
        mentor = await self.mentor_to_reward(actor, draft.person_id)
        kind = reward_kind(draft.kind)
        day(draft.given_on.strftime("%d.%m.%Y"), await self.today(actor))
        text = note(draft.note) if draft.note is not None else None
        async with self.db.transaction():
            fresh, made = await self._use(actor, "reward", token)
            if not fresh:
                return made or 0, False
            reward_id = await self.repos.achievements.add_reward(org_id, mentor.id, kind, draft.given_on, text,
                                                                 person.id, self.clock.now())
            await self.repos.one_shot.made(token, reward_id)
        logger.info("reward %s to person %s given by %s", reward_id, mentor.id, actor.account)
        return reward_id, True

    async def rewards(self, actor: Actor) -> builtins.list[RewardLine]:
        person = self._person(actor)
        people = None if Role.COORDINATOR in person.roles else [person.id]
        found = await self.repos.achievements.rewards(person.org_id, people, LISTED)
        names = await self.repos.persons.get_many({r.person_id for r in found})
        return [RewardLine(r, names[r.person_id]) for r in found if r.person_id in names]

    # ---- best practices -----------------------------------------------------------------------------------------

    def _may_share(self, actor: Actor) -> Person:
        person = self._person(actor)
        if not person.has_role(*PRACTICE_ROLES):
            raise AccessDenied()
        return person

    def may_share(self, actor: Actor) -> bool:
        return actor.has_role(*PRACTICE_ROLES)

    async def share(self, actor: Actor, draft: PracticeDraft, token: int) -> tuple[int, bool]:
        person = self._may_share(actor)
        text = title(draft.title)
        about = description(draft.description)
        file_id, file_kind = file_ref(draft.file_id, draft.file_kind)
        async with self.db.transaction():
            fresh, made = await self._use(actor, "practice", token)
            if not fresh:
                return made or 0, False
            practice_id = await self.repos.achievements.add_practice(person.org_id, person.id, text, about, file_id,
                                                                     file_kind, self.clock.now())
            await self.repos.one_shot.made(token, practice_id)
        logger.info("practice %s shared by %s", practice_id, actor.account)
        return practice_id, True

    async def practices(self, actor: Actor) -> builtins.list[PracticeLine]:
        person = self._person(actor)
        found = await self.repos.achievements.practices(person.org_id, LISTED)
        names = await self.repos.persons.get_many({p.author_id for p in found})
        return [PracticeLine(p, names[p.author_id]) for p in found if p.author_id in names]

    async def practice(self, actor: Actor, practice_id: int) -> PracticeLine:
        person = self._person(actor)
        found = await self.repos.achievements.practice(practice_id) if practice_id else None
        if found is None or found.org_id != person.org_id:
            raise AccessDenied()
        author = await self.repos.persons.get(found.author_id)
        if author is None:
            raise NotFound()
        return PracticeLine(found, author)
