"""Before and after (issue 16): a pair's start sends each side its start questionnaire, its end the one with the
same items; the change per item is computed over the people who answered both and hidden below the anonymity
threshold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services.anonymity import THRESHOLD
from bot.services.growth import GrowthService, changes
from bot.services.questionnaire_model import load_all
from storage.db import Database
from storage.growth import Submitted
from tests.flows import actor_of, submit, working_pairs
from tests.harness import Harness

QUESTIONNAIRES = load_all()
START = datetime(2026, 9, 15, tzinfo=UTC)
END = datetime(2027, 5, 20, tzinfo=UTC)


def _teacher(person_id: int, before: dict[str, int], after: dict[str, int] | None) -> list[Submitted]:
    answered = [Submitted(person_id, "entry_mentee", START, dict(before))]
    if after is not None:
        answered.append(Submitted(person_id, "exit_mentee", END, dict(after)))
    return answered


def _item(found: list, side: str, kind: str, question: str):  # type: ignore[no-untyped-def]
    return next(c for c in found if (c.side, c.kind, c.question_id) == (side, kind, question))


def test_the_change_per_item_is_the_mean_over_people_who_answered_before_and_after() -> None:
    answered = [
        *_teacher(1, {"confidence": 3, "stay": 6}, {"confidence": 7, "stay": 8}),
        *_teacher(2, {"confidence": 5, "stay": 5}, {"confidence": 6, "stay": 9}),
        *_teacher(3, {"confidence": 4, "stay": 7}, {"confidence": 8, "stay": 7}),
        *_teacher(4, {"confidence": 2, "stay": 2}, None),  # no answer at the end: not counted
        Submitted(5, "exit_mentee", START - timedelta(days=1), {"confidence": 10}),  # an end before any start
    ]
    found = changes(answered, QUESTIONNAIRES)
    confidence = _item(found, "mentee", "teacher", "confidence")
    # by hand: before (3 + 5 + 4) / 3 = 4.0, after (7 + 6 + 8) / 3 = 7.0
    assert (confidence.people, confidence.before, confidence.after, confidence.change) == (3, 4.0, 7.0, 3.0)
    stay = _item(found, "mentee", "teacher", "stay")
    assert (stay.before, stay.after, stay.change) == (6.0, 8.0, 2.0)  # (6+5+7)/3, (8+9+7)/3
    assert _item(found, "mentee", "teacher", "parents").people == 0  # nobody answered it


def test_below_the_anonymity_threshold_no_mean_is_shown() -> None:
    answered = [*_teacher(1, {"confidence": 3}, {"confidence": 7}), *_teacher(2, {"confidence": 5}, {"confidence": 6})]
    confidence = _item(changes(answered, QUESTIONNAIRES), "mentee", "teacher", "confidence")
    assert THRESHOLD == 3 and confidence.people == 2
    assert (confidence.before, confidence.after, confidence.change, confidence.shown) == (None, None, None, False)


def test_a_pupils_end_items_come_from_his_satisfaction_survey() -> None:
    answered = []
    for person, (before, after) in enumerate(((2, 6), (4, 8), (6, 7)), start=10):
        answered += [Submitted(person, "entry_mentee_student", START, {"school_life": before, "activities": 5}),
                     Submitted(person, "satisfaction_mentee_student", END, {"school_life": after, "overall": 9,
                                                                             "activities": 5})]
    found = changes(answered, QUESTIONNAIRES)
    school_life = _item(found, "mentee", "student", "school_life")
    assert (school_life.before, school_life.after, school_life.change) == (4.0, 7.0, 3.0)  # (2+4+6)/3, (6+8+7)/3
    assert _item(found, "mentee", "student", "activities").change == 0.0
    # a school year counts the pairs that ended in it, whenever they started
    assert _item(changes(answered, QUESTIONNAIRES, until=END), "mentee", "student", "school_life").people == 0
    assert _item(changes(answered, QUESTIONNAIRES, since=END), "mentee", "student", "school_life").people == 3


async def test_a_pair_that_starts_sends_each_side_its_start_questionnaire(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, history, other = await working_pairs(harness, db)
    rows = await db.fetchall("SELECT c.questionnaire_id, (SELECT external_id FROM accounts WHERE person_id = p.id) "
                             "AS tg_user_id FROM campaigns c JOIN campaign_recipients r"
                             " ON r.campaign_id = c.id JOIN persons p ON p.id = r.person_id ORDER BY c.id, p.id")
    assert sorted((r["questionnaire_id"], r["tg_user_id"]) for r in rows) == sorted([
        ("entry_mentor", mentor.id), ("entry_mentee", mentee.id),
        ("entry_mentor", history.id), ("entry_mentee", other.id)])
    # the answers are read back per person from the database
    now = harness.clock.now()
    await submit(db, mentee.id, "entry_mentee", {"confidence": 4}, now)
    await submit(db, mentee.id, "exit_mentee", {"confidence": 8}, now + timedelta(days=200))
    service: GrowthService = harness.dp["growth"]
    actor = await actor_of(db, coordinator.id)
    confidence = _item(await service.changes(actor), "mentee", "teacher", "confidence")
    assert confidence.people == 1 and not confidence.shown  # one person: below the threshold


async def test_the_year_end_report_shows_before_and_after_from_three_people(harness: Harness, db: Database) -> None:
    from bot.services.reports import ReportService
    from handlers.reports import year_sections

    coordinator, mentor, mentee, _, other = await working_pairs(harness, db)
    now = harness.clock.now()
    for person, (before, after) in zip((mentee, other, mentor), ((3, 7), (5, 6), (4, 8)), strict=True):
        await submit(db, person.id, "entry_mentee", {"confidence": before}, now)
        await submit(db, person.id, "exit_mentee", {"confidence": after}, now + timedelta(days=100))
    reports: ReportService = harness.dp["reports"]
    actor = await actor_of(db, coordinator.id)
    facts = await reports.year(actor)
    t = harness.dp["translator"].bind("ru")
    monitoring = next(s for s in year_sections(t, facts, {"meetings": None, "satisfaction": None, "roadmap": None})
                      if s.heading == t("doc-year-monitoring"))
    growth = next(table for table in monitoring.tables if table.caption == t("doc-year-growth-caption"))
    row = next(r for r in growth.rows if "Насколько уверенно вы чувствуете себя в профессии" in r[0])
    assert row[0].startswith("Наставляемые педагоги") and row[1:] == ("4,0", "7,0", "+3,0", "3")
    stay = next((r for r in growth.rows if "продолжать работать" in r[0]), None)
    assert stay is None  # nobody answered it: not listed
