"""One runner for every questionnaire: progress, back, skip, validation, resume, review, submit, reopen.

Every answer is saved as it arrives and the place in the questionnaire lives in the database, so a person
can stop between lessons and go on days later, after a restart too. Each button names the question it
belongs to; a button from a question that is no longer the current one is «out of date» and changes nothing.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from typing import Any

from bot.clock import Clock
from bot.services import anonymity
from bot.services.access import Actor
from bot.services.campaigns import SIDED, version_for
from bot.services.errors import AccessDenied, DomainError, InvalidInput, NotFound
from bot.services.mentoring_forms import MENTOR_QUESTIONNAIRES
from bot.services.questionnaire_model import Question, Questionnaire, parse_answer
from bot.services.school_calendar import local_today
from storage.db import Database
from storage.models import Person, Role
from storage.questionnaires import AnswerSet
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

# The bank questionnaires each role fills in (filling one in puts the person in that bank); a mentor's depends on
# the kind of mentor (MENTOR_QUESTIONNAIRES: a teacher, a pupil or student, an outside specialist).
ROLE_QUESTIONNAIRES: dict[Role, str] = {
    Role.MENTOR_CANDIDATE: "potential_mentor",
    Role.MENTEE_TEACHER: "mentee_request_teacher",
    Role.MENTEE_STUDENT: "mentee_request_student",
}
MENTOR_BANK = tuple(MENTOR_QUESTIONNAIRES.values())  # the answers that make up the bank of mentors
# answers the profile already holds (registration asked them): a question with this id starts answered from the
# profile field — shown on the review screen and changeable there, never asked again
PROFILE_ANSWERS: dict[str, str] = {"experience_years": "experience_years"}


def profile_answers(questionnaire: Questionnaire, person: Person) -> dict[str, Any]:
    """The answers of ``questionnaire`` the person's profile already gives."""
    known: dict[str, Any] = {}
    for question in questionnaire.questions:
        field_name = PROFILE_ANSWERS.get(question.id)
        value = getattr(person, field_name) if field_name else None
        if value is not None and question.show_if is None and question.type == "number" \
                and (question.min is None or value >= question.min) and (question.max is None or value <= question.max):
            known[question.id] = value
    return known


def bank_questionnaire(person: Person, role: Role) -> str:
    """The questionnaire that puts ``person`` into the bank of ``role``."""
    if role is Role.MENTOR_CANDIDATE:
        return MENTOR_QUESTIONNAIRES[person.mentor_kind]
    return ROLE_QUESTIONNAIRES[role]

IN_PROGRESS, EDITING, REVIEW, SUBMITTED = "in_progress", "editing", "review", "submitted"


@dataclass(frozen=True)
class Progress:
    """Where a person is in a questionnaire: a question to answer, or the review screen, or done."""

    answer_set: AnswerSet
    questionnaire: Questionnaire
    answers: dict[str, Any]
    question: Question | None  # None: review (or submitted)
    number: int  # «Вопрос 3 из 12»
    total: int

    @property
    def status(self) -> str:
        return self.answer_set.status

    @property
    def visible(self) -> list[Question]:
        return self.questionnaire.visible(self.answers)

    @property
    def missing(self) -> list[Question]:
        """Required questions still without an answer."""
        return [q for q in self.visible if q.required and self.answers.get(q.id) in (None, [], "")]


class QuestionnaireService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock,
                 questionnaires: dict[str, Questionnaire]) -> None:
        self.db = db
        self.repos = repos
        self.clock = clock
        self.questionnaires = questionnaires

    # ---- starting -----------------------------------------------------------------------------------

    def for_role(self, role: Role, person: Person | None = None) -> Questionnaire:
        """The questionnaire people of ``role`` fill in (a bank card shows its answers): a mentor's by his kind."""
        return self.questionnaires[bank_questionnaire(person, role) if person else ROLE_QUESTIONNAIRES[role]]

    def for_roles(self, actor: Actor) -> list[Questionnaire]:
        return self.for_person(actor.active_person)

    def for_person(self, person: Person | None) -> list[Questionnaire]:
        """The bank questionnaires of the person's roles (the order /survey lists them in)."""
        if person is None:
            return []
        return [self.questionnaires[qid] for role in ROLE_QUESTIONNAIRES
                if role in person.roles and (qid := bank_questionnaire(person, role)) in self.questionnaires]

    async def start_campaign(self, actor: Actor, campaign_id: int) -> Progress:
        """Open the questionnaire of a survey campaign from its invitation."""
        campaign = await self.repos.campaigns.get(campaign_id)
        if campaign is None:
            raise DomainError("error-stale")
        person = actor.active_person
        if person is None:
            raise AccessDenied()
        # the version meant for the person's side of a pair (a mentor never gets the mentee's questions)
        version = version_for(campaign.questionnaire_id, person, self.questionnaires)
        return await self.start(actor, version, campaign_id=campaign.id)

    async def start(self, actor: Actor, questionnaire_id: str, campaign_id: int | None = None) -> Progress:
        """Open a questionnaire: a new answer set, or the one already begun (resume) or submitted."""
        person = actor.active_person
        questionnaire = self.questionnaires.get(questionnaire_id)
        if person is None or questionnaire is None:
            raise AccessDenied()
        if campaign_id is None and questionnaire not in self.for_roles(actor):
            raise AccessDenied()
        if campaign_id is not None:
            await self._check_campaign(person.id, campaign_id, questionnaire_id)
        async with self.db.transaction():
            existing = await self.repos.answers.find(person.id, questionnaire_id, campaign_id)
            if existing is None:
                known = profile_answers(questionnaire, person)  # given at registration: not asked again
                first = next((q for q in questionnaire.questions if q.id not in known), questionnaire.questions[0])
                set_id = await self.repos.answers.create(questionnaire_id, questionnaire.version, person.id,
                                                         person.org_id, campaign_id, first.id, self.clock.now())
                for question_id, value in known.items():
                    await self.repos.answers.save_answer(set_id, question_id, value, self.clock.now())
                logger.info("person %s started %s (set %s)", person.id, questionnaire_id, set_id)
            else:
                set_id = existing.id
                if existing.status == SUBMITTED and (draft := await self.repos.answers.draft_of(existing)):
                    set_id = draft.id  # changes begun and left: go on with them (the submitted answers still hold)
        return await self.progress(actor, set_id)

    async def _check_campaign(self, person_id: int, campaign_id: int, questionnaire_id: str) -> None:
        """Only the campaign's recipients answer it, and only until its deadline (in the school's time zone)."""
        campaign = await self.repos.campaigns.get(campaign_id)
        invited = await self.db.fetchval(
            "SELECT 1 FROM campaign_recipients WHERE campaign_id = ? AND person_id = ?", (campaign_id, person_id))
        # the questionnaire sent, or — for one with a version for each side of a pair — any of its versions
        sent = {campaign.questionnaire_id} if campaign is not None else set()
        if sent & SIDED:
            sent |= SIDED
        if campaign is None or not invited or questionnaire_id not in sent:
            raise AccessDenied()
        org = await self.repos.organisations.get(campaign.org_id)
        assert org is not None
        if campaign.status != "open" or local_today(self.clock.now(), org.timezone) > campaign.deadline:
            raise DomainError("campaign-error-closed")

    async def _still_open(self, answer_set: AnswerSet) -> None:
        """An answer to a campaign is taken only until its deadline — also in a set started before it (and then
        the anonymous results, shown after the deadline, can no longer change: see anonymity.py)."""
        if answer_set.changes is not None:  # a draft of changes: the submitted set's campaign decides
            submitted = await self.repos.answers.get(answer_set.changes)
            if submitted is None:
                raise DomainError("q-stale")
            answer_set = submitted
        if answer_set.campaign_id is None:
            return
        campaign = await self.repos.campaigns.get(answer_set.campaign_id)
        org = await self.repos.organisations.get(campaign.org_id) if campaign else None
        if campaign is None or org is None or campaign.status != "open" \
                or local_today(self.clock.now(), org.timezone) > campaign.deadline:
            raise DomainError("campaign-error-closed")

    async def progress(self, actor: Actor, set_id: int) -> Progress:
        """Where the actor is in their answer set (the set and its answers in one read)."""
        found = await self.repos.answers.with_answers(set_id)
        person = actor.active_person
        if found is None or person is None or found[0].person_id != person.id:
            raise AccessDenied()
        if found[0].questionnaire_id not in self.questionnaires:
            raise NotFound()
        return self._progress(*found)

    def _progress(self, answer_set: AnswerSet, answers: dict[str, Any]) -> Progress:
        questionnaire = self.questionnaires[answer_set.questionnaire_id]
        visible = questionnaire.visible(answers)
        question = None
        if answer_set.status in (IN_PROGRESS, EDITING) and answer_set.current_question:
            question = questionnaire.question(answer_set.current_question)
            if question not in visible:  # an earlier answer hid it: go on from the next visible one
                question = _after(questionnaire, visible, answer_set.current_question)
        number = visible.index(question) + 1 if question in visible else len(visible)
        return Progress(answer_set, questionnaire, answers, question, number, len(visible))

    async def _current(self, actor: Actor, set_id: int, question_id: str) -> tuple[Progress, Question]:
        """The progress, if ``question_id`` is the question on screen; otherwise the button is out of date."""
        progress = await self.progress(actor, set_id)
        if progress.question is None or progress.question.id != question_id:
            raise DomainError("q-stale")
        await self._still_open(progress.answer_set)
        return progress, progress.question

    # ---- answering ----------------------------------------------------------------------------------

    async def answer_text(self, actor: Actor, set_id: int, question_id: str, text: str | None) -> Progress:
        progress, question = await self._current(actor, set_id, question_id)
        return await self._save_and_go_on(actor, progress, question, parse_answer(question, text))

    async def choose(self, actor: Actor, set_id: int, question_id: str, choice: str) -> Progress:
        """A button: an option id (single), «yes»/«no» (yes/no) or a number (scale)."""
        progress, question = await self._current(actor, set_id, question_id)
        if question.type == "single" and question.option(choice):
            value: Any = choice
        elif question.type == "yesno" and choice in ("yes", "no"):
            value = choice == "yes"
        elif question.type in ("scale", "number") and choice.isdigit():  # a small number range comes as buttons
            value = parse_answer(question, choice)
        else:
            raise DomainError("q-stale")
        return await self._save_and_go_on(actor, progress, question, value)

    async def toggle(self, actor: Actor, set_id: int, question_id: str, option_id: str) -> Progress:
        """Multiple choice: tick or untick an option; the question stays until «Готово»."""
        progress, question = await self._current(actor, set_id, question_id)
        if question.type != "multi" or question.option(option_id) is None:
            raise DomainError("q-stale")
        chosen = list(progress.answers.get(question.id) or [])
        chosen = [c for c in chosen if c != option_id] if option_id in chosen else [*chosen, option_id]
        if question.max is not None and len(chosen) > question.max:
            raise InvalidInput("q-error-too-many", max=int(question.max))
        order = [o.id for o in question.options]
        chosen = sorted(chosen, key=order.index)
        async with self.db.transaction():
            await self.repos.answers.save_answer(set_id, question.id, chosen, self.clock.now())
        return self._progress(progress.answer_set, {**progress.answers, question.id: chosen})  # what was written

    async def done_multi(self, actor: Actor, set_id: int, question_id: str) -> Progress:
        progress, question = await self._current(actor, set_id, question_id)
        chosen = progress.answers.get(question.id) or []
        least = int(question.min or (1 if question.required else 0))
        if len(chosen) < least:
            raise InvalidInput("q-error-too-few", min=least)
        return await self._save_and_go_on(actor, progress, question, chosen)

    async def skip(self, actor: Actor, set_id: int, question_id: str) -> Progress:
        progress, question = await self._current(actor, set_id, question_id)
        if question.required:
            raise InvalidInput("q-error-required")
        return await self._save_and_go_on(actor, progress, question, None)

    async def back(self, actor: Actor, set_id: int, question_id: str) -> Progress:
        progress, question = await self._current(actor, set_id, question_id)
        visible = progress.visible
        index = visible.index(question)
        if index == 0:
            raise DomainError("q-stale")
        async with self.db.transaction():
            await self.repos.answers.move(set_id, progress.status, visible[index - 1].id, self.clock.now())
        return await self.progress(actor, set_id)

    async def _save_and_go_on(self, actor: Actor, progress: Progress, question: Question, value: Any) -> Progress:
        now = self.clock.now()
        answers = {**progress.answers, question.id: value}
        visible = progress.questionnaire.visible(answers)
        editing = progress.status == EDITING
        following = _after(progress.questionnaire, visible, question.id)
        if editing:
            # an edit from the review screen goes back to it, unless the change revealed a required question
            following = next((q for q in visible if q.required and q.id not in answers), None)
        status = REVIEW if following is None else (EDITING if editing else IN_PROGRESS)
        async with self.db.transaction():
            await self.repos.answers.save_answer(progress.answer_set.id, question.id, value, now)
            await self.repos.answers.move(progress.answer_set.id, status, following.id if following else None, now)
        # what was written, without reading it back (the value as stored: JSON; not submitted, so no submitted_at)
        moved = replace(progress.answer_set, status=status, current_question=following.id if following else None,
                        submitted_at=None)
        return self._progress(moved, {**progress.answers, question.id: json.loads(json.dumps(value))})

    # ---- review and submit ----------------------------------------------------------------------------

    async def edit(self, actor: Actor, set_id: int, question_id: str) -> Progress:
        """From the review screen: go to one question to change the answer."""
        progress = await self.progress(actor, set_id)
        if progress.status != REVIEW:
            raise DomainError("q-stale")
        await self._still_open(progress.answer_set)
        question = progress.questionnaire.question(question_id)
        if question is None or question not in progress.visible:
            raise DomainError("q-stale")
        async with self.db.transaction():
            await self.repos.answers.move(set_id, EDITING, question.id, self.clock.now())
        return await self.progress(actor, set_id)

    async def submit(self, actor: Actor, set_id: int) -> Progress:
        progress = await self.progress(actor, set_id)
        if progress.status != REVIEW:
            raise DomainError("q-stale")
        if progress.missing:
            raise InvalidInput("q-error-missing", count=len(progress.missing))
        await self._still_open(progress.answer_set)
        if progress.answer_set.changes is not None:  # changes to submitted answers replace them only now
            async with self.db.transaction():
                submitted_id = await self.repos.answers.apply_draft(progress.answer_set, self.clock.now())
            logger.info("person %s changed %s (set %s)", progress.answer_set.person_id,
                        progress.answer_set.questionnaire_id, submitted_id)
            return await self.progress(actor, submitted_id)
        campaign = await self.repos.campaigns.get(progress.answer_set.campaign_id) \
            if progress.answer_set.campaign_id is not None and progress.answer_set.campaign_id > 0 else None
        async with self.db.transaction():
            await self.repos.answers.move(set_id, SUBMITTED, None, self.clock.now())
            if campaign is not None and campaign.anonymous:
                person = actor.active_person
                assert person is not None  # progress() checked it
                await self.repos.campaigns.set_counted(set_id, anonymity.counts(
                    campaign, person.id, person.has_role(Role.COORDINATOR)))
        logger.info("person %s submitted %s (set %s)", progress.answer_set.person_id,
                    progress.answer_set.questionnaire_id, set_id)
        return await self.progress(actor, set_id)

    async def reopen(self, actor: Actor, set_id: int) -> Progress:
        """«Изменить ответы»: submitted answers can be changed (while a campaign's deadline has not passed) in a
        draft of changes — the submitted answers and their date stay in force until the changed ones are submitted,
        so looking and leaving loses nothing. A draft begun before is taken up again."""
        progress = await self.progress(actor, set_id)
        if progress.status != SUBMITTED or progress.answer_set.changes is not None:
            raise DomainError("q-stale")
        if progress.answer_set.campaign_id is not None:
            await self._check_campaign(progress.answer_set.person_id, progress.answer_set.campaign_id,
                                       progress.answer_set.questionnaire_id)
        async with self.db.transaction():
            draft = await self.repos.answers.draft_of(progress.answer_set)
            draft_id = draft.id if draft is not None else \
                await self.repos.answers.start_draft(progress.answer_set, self.clock.now())
        return await self.progress(actor, draft_id)

    async def keep_submitted(self, actor: Actor, set_id: int) -> Progress:
        """«Оставить как было»: the draft of changes is dropped; the submitted answers are as they were."""
        progress = await self.progress(actor, set_id)
        if progress.answer_set.changes is None:
            raise DomainError("q-stale")
        async with self.db.transaction():
            await self.repos.answers.drop_draft(progress.answer_set)
        return await self.progress(actor, progress.answer_set.changes)

    async def submitted_of(self, progress: Progress) -> AnswerSet | None:
        """The submitted set a draft of changes would replace (its answers and date hold until then)."""
        return await self.repos.answers.get(progress.answer_set.changes) \
            if progress.answer_set.changes is not None else None


def _after(questionnaire: Questionnaire, visible: list[Question], question_id: str) -> Question | None:
    """The first visible question after ``question_id`` in the questionnaire's order."""
    position = questionnaire.index(question_id)
    return next((q for q in visible if questionnaire.index(q.id) > position), None)

