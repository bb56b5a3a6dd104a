"""The questionnaire runner: types, conditions, back, skip, validation, resume, review, edit, submit, reopen."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.errors import AccessDenied, DomainError, InvalidInput
from bot.services.mentoring_forms import MENTEE_SATISFACTION, MENTOR_QUESTIONNAIRES, MENTOR_SATISFACTION
from bot.services.questionnaire_model import QuestionnaireError, load, load_all, parse_answer
from bot.services.questionnaires import QuestionnaireService
from storage.db import Database
from storage.models import Account, OrgKind, PersonStatus, Role
from storage.organisations import OrganisationRepo
from storage.persons import PersonRepo
from tests.flows import service_graph

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "questionnaires" / "sample.json"


async def actor(db: Database, tg: int) -> Actor:
    now = datetime(2026, 9, 1, tzinfo=UTC)
    async with db.transaction():
        org = await db.fetchval("SELECT id FROM organisations LIMIT 1") or await OrganisationRepo(db).create(
            "Школа", OrgKind.SCHOOL, "Europe/Moscow", "ул. Мира, 1", 1, now)
        pid = await PersonRepo(db).create(org, Account.telegram(tg), "ru", PersonStatus.ACTIVE, False, now)
        await PersonRepo(db).add_role(pid, Role.MENTOR_CANDIDATE, None, now)
    return Actor(Account.telegram(tg), person=await PersonRepo(db).get(pid))


async def campaign(db: Database, *people: Actor) -> int:
    """A campaign of the sample questionnaire sent to these people (the way a non-bank questionnaire is opened)."""
    from datetime import date

    from storage.campaigns import CampaignRepo

    async with db.transaction():
        return await CampaignRepo(db).create(people[0].person.org_id, "sample", "list", date(2026, 12, 31), False,
                                             None, datetime(2026, 9, 1, tzinfo=UTC), [p.person.id for p in people])


@pytest.fixture
def service(db: Database, settings: Settings, translator: Translator) -> QuestionnaireService:
    return engine(db, FakeClock(datetime(2026, 9, 1, tzinfo=UTC)), settings, translator)


def engine(db: Database, clock: FakeClock, settings: Settings, translator: Translator) -> QuestionnaireService:
    """The questionnaire service as the bot builds it, running the sample questionnaire."""
    return service_graph(db, clock, settings, translator, questionnaires={"sample": load(SAMPLE)}).questionnaires


async def test_full_run_with_condition_back_skip_review_edit_submit(db: Database,
                                                                    service: QuestionnaireService) -> None:
    me = await actor(db, 1)
    p = await service.start(me, "sample", campaign_id=await campaign(db, me))
    assert (p.question.id, p.number, p.total) == ("years", 1, 5)  # «other_text» hidden until chosen
    with pytest.raises(InvalidInput, match="q-error-range"):
        await service.answer_text(me, p.answer_set.id, "years", "99")
    with pytest.raises(InvalidInput, match="q-error-number"):
        await service.answer_text(me, p.answer_set.id, "years", "много")
    p = await service.answer_text(me, p.answer_set.id, "years", "2")
    assert (p.question.id, p.number) == ("areas", 2)
    with pytest.raises(InvalidInput, match="q-error-too-few"):
        await service.done_multi(me, p.answer_set.id, "areas")
    await service.toggle(me, p.answer_set.id, "areas", "other")
    await service.toggle(me, p.answer_set.id, "areas", "method")
    with pytest.raises(InvalidInput, match="q-error-too-many"):
        await service.toggle(me, p.answer_set.id, "areas", "parents")
    p = await service.done_multi(me, p.answer_set.id, "areas")
    assert (p.question.id, p.number, p.total) == ("other_text", 3, 6)  # the condition opened a question
    p = await service.back(me, p.answer_set.id, "other_text")
    assert p.question.id == "areas" and p.answers["areas"] == ["method", "other"]
    p = await service.done_multi(me, p.answer_set.id, "areas")
    p = await service.answer_text(me, p.answer_set.id, "other_text", "Электронный журнал")
    with pytest.raises(InvalidInput, match="q-error-range"):  # a forged scale button out of range
        await service.choose(me, p.answer_set.id, "score", "11")
    p = await service.choose(me, p.answer_set.id, "score", "8")
    with pytest.raises(InvalidInput, match="q-error-too-long"):
        await service.answer_text(me, p.answer_set.id, "note", "x" * 51)
    p = await service.skip(me, p.answer_set.id, "note")
    with pytest.raises(InvalidInput, match="q-error-date-impossible"):
        await service.answer_text(me, p.answer_set.id, "when", "31.02.2027")
    p = await service.answer_text(me, p.answer_set.id, "when", "15.03.27")
    assert p.status == "review" and p.question is None
    assert p.answers == {"years": 2, "areas": ["method", "other"], "other_text": "Электронный журнал", "score": 8,
                         "note": None, "when": "2027-03-15"}
    # change one answer from the review: back to the review right after
    p = await service.edit(me, p.answer_set.id, "score")
    p = await service.choose(me, p.answer_set.id, "score", "9")
    assert p.status == "review" and p.answers["score"] == 9
    # an edit that hides a question: its answer no longer counts
    p = await service.edit(me, p.answer_set.id, "areas")
    await service.toggle(me, p.answer_set.id, "areas", "other")
    p = await service.done_multi(me, p.answer_set.id, "areas")
    assert p.status == "review" and [q.id for q in p.visible] == ["years", "areas", "score", "note", "when"]
    p = await service.submit(me, p.answer_set.id)
    assert p.status == "submitted" and p.answer_set.version == 2
    p = await service.reopen(me, p.answer_set.id)
    assert p.status == "review"


async def test_old_buttons_and_other_peoples_sets(db: Database, service: QuestionnaireService) -> None:
    me, other = await actor(db, 1), await actor(db, 2)
    p = await service.start(me, "sample", campaign_id=await campaign(db, me, other))
    p = await service.answer_text(me, p.answer_set.id, "years", "5")
    with pytest.raises(DomainError, match="q-stale"):  # the «years» question is answered already
        await service.answer_text(me, p.answer_set.id, "years", "6")
    with pytest.raises(DomainError, match="q-stale"):
        await service.submit(me, p.answer_set.id)  # not at the review yet
    with pytest.raises(AccessDenied):
        await service.progress(other, p.answer_set.id)
    with pytest.raises(AccessDenied):
        await service.toggle(other, p.answer_set.id, "areas", "method")
    with pytest.raises(InvalidInput, match="q-error-required"):
        await service.skip(me, p.answer_set.id, "areas")
    stranger = await actor(db, 3)  # not among the campaign's recipients
    with pytest.raises(AccessDenied):
        await service.start(stranger, "sample", campaign_id=p.answer_set.campaign_id)


async def test_resume_after_restart(db: Database, settings: Settings, translator: Translator) -> None:
    clock = FakeClock(datetime(2026, 9, 1, tzinfo=UTC))
    me = await actor(db, 1)
    first = engine(db, clock, settings, translator)
    campaign_id = await campaign(db, me)
    p = await first.start(me, "sample", campaign_id=campaign_id)
    await first.answer_text(me, p.answer_set.id, "years", "3")
    again = engine(db, clock, settings, translator)  # the bot restarted days later
    p = await again.start(me, "sample", campaign_id=campaign_id)
    assert (p.question.id, p.number, p.answers) == ("areas", 2, {"years": 3})


def test_parse_answer_types() -> None:
    questionnaire = load(SAMPLE)
    years = questionnaire.question("years")
    assert parse_answer(years, " 12 ") == 12
    for bad, key in ((None, "q-error-number"), ("", "q-error-number"), ("-1", "q-error-range"),
                     ("1.5", "q-error-number")):
        with pytest.raises(InvalidInput, match=key):
            parse_answer(years, bad)
    when = questionnaire.question("when")
    assert parse_answer(when, "1.9.2026") == "2026-09-01"
    with pytest.raises(InvalidInput, match="q-error-date"):
        parse_answer(when, "завтра")


def test_schema_mistakes_are_caught(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x", "version": 1, "title": {"ru": "a", "en": "b"}, "intro": {"ru": "a", "en": "b"},'
                   ' "questions": [{"id": "q", "type": "text", "text": {"ru": "a", "en": "b"},'
                   ' "show_if": {"question": "later", "equals": true}}]}', encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="earlier question"):
        load(bad)
    bad.write_text('{"id": "x", "version": 1, "title": {"ru": "a"}, "intro": {"ru": "a", "en": "b"},'
                   ' "questions": []}', encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="ru and en"):
        load(bad)


def test_every_shipped_questionnaire_loads() -> None:
    shipped = load_all()
    assert set(shipped) == {"potential_mentor", "mentee_request_teacher", "mentee_request_student",
                            "satisfaction_mentor", "satisfaction_mentee", "programme_quality",
                            "mentor_student", "mentor_external", "satisfaction_mentee_student",
                            "satisfaction_mentor_student", "satisfaction_mentor_external",
                            "entry_mentee", "exit_mentee", "entry_mentor", "exit_mentor", "entry_mentee_student"}
    # every questionnaire the forms of mentorship choose exists (bot/services/mentoring_forms.py)
    assert set(MENTOR_QUESTIONNAIRES.values()) | set(MENTOR_SATISFACTION.values()) | set(
        MENTEE_SATISFACTION.values()) <= set(shipped)
    assert shipped["mentor_external"].question("category") is None  # an outside specialist: no teaching category
    assert shipped["mentor_external"].question("experience_years") is None
    for questionnaire in shipped.values():  # the before-and-after ones are a few items each
        assert (3 if questionnaire.id.startswith(("entry_", "exit_")) else 5) <= len(questionnaire.questions) <= 20, \
            questionnaire.id
    mentor = shipped["potential_mentor"]
    forms = mentor.question("forms")
    assert forms is not None and forms.type == "multi"
    assert {o.id for o in forms.options} >= {"teacher_teacher", "teacher_student", "student_student"}
