"""Before and after: the change in each scaled item between the questionnaire a participant answered when the pair
started and the one with the same items when it ended (mentoring_forms.GROWTH) — МР-42/02's second monitoring
stage (personal, motivational and professional growth).

A person counts for an item when he answered it at the start and, later, at the end; an item is shown only from
anonymity.THRESHOLD such people (nothing that one or two answers would give away), the same rule as every other
monitoring figure.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.services.access import Actor, require_coordinator
from bot.services.anonymity import THRESHOLD
from bot.services.campaigns import CampaignService
from bot.services.errors import DomainError
from bot.services.mentoring_forms import GROWTH, GROWTH_EXITS, GROWTH_QUESTIONNAIRES, growth_of
from bot.services.questionnaire_model import Question, Questionnaire
from bot.services.school_calendar import local_today
from storage.growth import Submitted
from storage.pairs import Pair
from storage.repositories import Repositories

logger = logging.getLogger(__name__)
ENTRY_DAYS = 14  # the start questionnaires are open this long


@dataclass(frozen=True)
class ItemChange:
    side: str  # mentee | mentor
    kind: str  # teacher | student (the kind of mentee or of mentor)
    question: Question  # as the start questionnaire asks it
    people: int  # who answered it before and after
    before: float | None  # means; None below the anonymity threshold
    after: float | None

    @property
    def question_id(self) -> str:
        return self.question.id

    @property
    def shown(self) -> bool:
        return self.before is not None and self.after is not None

    @property
    def change(self) -> float | None:
        return None if self.before is None or self.after is None else round(self.after - self.before, 1)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def changes(submitted: Iterable[Submitted], questionnaires: dict[str, Questionnaire],
            since: datetime | None = None, until: datetime | None = None) -> list[ItemChange]:
    """Per side and item: the mean at the start and at the end over the people who answered both (each person's
    first start and his last end after it; ``since``…``until`` choose the ends — a school year counts the pairs that
    ended in it, whenever they started)."""
    answered = [s for s in submitted if s.questionnaire_id not in GROWTH_EXITS or (
        (since is None or s.submitted_at >= since) and (until is None or s.submitted_at < until))]
    result: list[ItemChange] = []
    for (side, kind), (entry_id, exit_id) in GROWTH.items():
        entry = questionnaires.get(entry_id)
        if entry is None:
            continue
        starts: dict[int, Submitted] = {}
        ends: dict[int, Submitted] = {}
        for s in answered:  # oldest first: the first start, the last end
            if s.questionnaire_id == entry_id:
                starts.setdefault(s.person_id, s)
            elif s.questionnaire_id == exit_id:
                ends[s.person_id] = s
        for question in entry.questions:
            if question.type != "scale":
                continue
            pairs = [(b, a) for person, start in starts.items()
                     if (end := ends.get(person)) is not None and end.submitted_at > start.submitted_at
                     and (b := _number(start.answers.get(question.id))) is not None
                     and (a := _number(end.answers.get(question.id))) is not None]
            enough = len(pairs) >= THRESHOLD
            result.append(ItemChange(
                side, kind, question, len(pairs),
                round(sum(b for b, _ in pairs) / len(pairs), 1) if enough else None,
                round(sum(a for _, a in pairs) / len(pairs), 1) if enough else None))
    return result


class GrowthService:
    def __init__(self, repos: Repositories, questionnaires: dict[str, Questionnaire], clock: Clock,
                 campaigns: CampaignService) -> None:
        self.repos = repos
        self.questionnaires = questionnaires
        self.clock = clock
        self.campaigns = campaigns

    async def entry(self, pair: Pair) -> int:
        """A pair has started: each side gets its start questionnaire (growth_of), sent in the name of a coordinator
        of the organisation. Returns how many surveys were created; never fails the pair's start."""
        org = await self.repos.organisations.get(pair.org_id)
        coordinator = next(iter(await self.repos.persons.coordinators_of(pair.org_id)), None)
        if org is None or coordinator is None or coordinator.account is None:
            return 0
        actor = Actor(coordinator.account, person=coordinator)
        people = await self.repos.persons.get_many([pair.mentor_id, *pair.mentee_ids])
        surveys: dict[str, list[int]] = {}
        for person in people.values():
            measured = growth_of(person, as_mentor=person.id == pair.mentor_id)
            if measured is not None and person.account is not None and measured[0] in self.questionnaires:
                surveys.setdefault(measured[0], []).append(person.id)
        deadline = local_today(self.clock.now(), org.timezone) + timedelta(days=ENTRY_DAYS)
        made = 0
        for questionnaire, person_ids in surveys.items():
            try:
                await self.campaigns.create(actor, questionnaire, "list", deadline, anonymous=False,
                                            person_ids=person_ids)
            except DomainError:
                logger.exception("pair %s: the start questionnaire %s was not sent", pair.id, questionnaire)
                continue
            made += 1
        logger.info("pair %s started: %s start questionnaire(s) sent", pair.id, made)
        return made

    async def changes(self, actor: Actor, since: datetime | None = None,
                      until: datetime | None = None) -> list[ItemChange]:
        """The coordinator's organisation: every measured item, those below the threshold without their means."""
        org_id = require_coordinator(actor)
        return changes(await self.repos.growth.submitted(org_id, GROWTH_QUESTIONNAIRES), self.questionnaires, since,
                       until)
