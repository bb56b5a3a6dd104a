"""The SQL behind suggestions, the dashboard, the unmatched-mentee notice and the meeting nudges gives exactly what
building both banks in Python gave: checked on a seeded school (bench/export.py's, small) with every case mixed in."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

from bench.export import build
from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.matching import suggest
from bot.services.reports import QUIET_DAYS, YOUNG_TEACHER_YEARS
from storage.banks import BankRepo
from storage.db import Database
from storage.meetings import MeetingRepo
from storage.models import Account, Role
from storage.pairs import PairRepo
from storage.persons import PersonRepo
from tests.flows import service_graph

NOW = datetime(2027, 5, 31, 9, 0, tzinfo=UTC)  # a Monday, 12:00 in Moscow


async def _school(db: Database) -> None:
    """80 people (16 mentor candidates, 63 mentees), 30 pairs, 300 meetings, then the unusual cases."""
    await build(db, 80, 30, 300)
    ts = (NOW - timedelta(days=40)).isoformat()
    async with db.transaction():
        await db.execute("UPDATE mentor_selection SET status = 'rejected', reason = 'нет' WHERE person_id = 3")
        await db.execute("DELETE FROM mentor_selection WHERE person_id = 4")
        await db.execute("UPDATE mentor_selection SET trained_on = NULL WHERE person_id IN (5, 6)")
        await db.execute("UPDATE answers SET value = '\"1\"' WHERE question_id = 'capacity' AND answer_set_id = 7")
        await db.execute("UPDATE answers SET value = '1' WHERE question_id = 'capacity' AND answer_set_id = 8")
        await db.execute("DELETE FROM answers WHERE question_id = 'capacity' AND answer_set_id = 9")
        await db.execute("UPDATE answers SET value = 'true' WHERE question_id = 'experience_years'"
                         " AND answer_set_id = 40")
        await db.execute("DELETE FROM answers WHERE question_id = 'experience_years' AND answer_set_id = 41")
        await db.execute("UPDATE persons SET status = 'withdrawn' WHERE id IN (10, 50)")
        await db.execute("UPDATE person_roles SET role = 'mentee_student' WHERE person_id IN (60, 61)")
        await db.execute("UPDATE person_roles SET granted_at = ? WHERE person_id > 62", (ts,))
        await db.executemany("INSERT INTO mentee_support (person_id, flagged_by, flagged_at) VALUES (?, 1, ?)",
                             [(70, ts), (62, ts), (20, ts)])
        # a proposal waiting for answers, a declined one, a completed pair and an early end
        for pair_id, mentor, status, mentee, answer, closed in (
                (31, 8, "proposed", 64, None, None), (32, 8, "proposed", 65, "declined", None),
                (33, 9, "completed", 66, "confirmed", ts), (34, 9, "ended", 67, "confirmed", ts),
                (35, 9, "active", 68, "declined", None)):
            await db.execute(
                "INSERT INTO pairs (id, org_id, mentor_id, form, status, starts_on, ends_on, mentor_answer, created_at,"
                " activated_at, closed_at) VALUES (?, 1, ?, 'leader_teacher', ?, '2026-10-01', '2027-05-31',"
                " 'confirmed', ?, ?, ?)", (pair_id, mentor, status, ts, ts if status != "proposed" else None, closed))
            await db.execute("INSERT INTO pair_members (pair_id, mentee_id, answer, answered_at) VALUES (?, ?, ?, ?)",
                             (pair_id, mentee, answer, ts))


async def test_the_dashboard_counts_what_the_banks_count(db: Database, settings: Settings,
                                                         translator: Translator) -> None:
    await _school(db)
    services = service_graph(db, FakeClock(NOW), settings, translator)
    actor = Actor(Account.telegram(100_001), person=await PersonRepo(db).get(1))
    dashboard = await services.reports.dashboard(actor)

    mentors = [m for m in await services.banks.mentor_entries(1) if m.eligible]
    mentees = await services.banks.mentee_entries(1)
    working = await PairRepo(db).for_org(1, ("active", "ending"))
    in_working = {m for p in working for m in p.mentee_ids}
    young = [m for m in mentees if m.profile.kind == "teacher" and m.profile.experience_years is not None
             and m.profile.experience_years <= YOUNG_TEACHER_YEARS]
    last = await MeetingRepo(db).last_held([p.id for p in working])
    today = date(2027, 5, 31)
    by_form: dict[str, int] = {}
    for pair in working:
        by_form[pair.form] = by_form.get(pair.form, 0) + 1
    assert len(mentors) > 5 and any(m.profile.free == 0 for m in mentors) and young
    assert (dashboard.mentors_approved, dashboard.mentors_trained, dashboard.mentors_full) == (
        len(mentors), sum(m.status == "trained" for m in mentors), sum(m.profile.free == 0 for m in mentors))
    assert (dashboard.mentees_teachers, dashboard.mentees_students) == (
        sum(m.profile.kind == "teacher" for m in mentees), sum(m.profile.kind == "student" for m in mentees))
    assert (dashboard.mentees_matched, dashboard.mentees_unmatched) == (
        sum(m.person.id in in_working for m in mentees),
        sum(m.state == "unmatched" and not (m.completed and not m.support) for m in mentees))
    assert (dashboard.young_teachers, dashboard.young_with_mentor) == (
        len(young), sum(m.person.id in in_working for m in young))
    assert dashboard.pairs_by_form == by_form and list(dashboard.pairs_by_form) == list(by_form)
    assert dashboard.pairs_quiet == sum(1 for p in working if (today - p.starts_on).days > QUIET_DAYS and (
        p.id not in last or (today - last[p.id][0]).days > QUIET_DAYS))


async def test_one_mentee_and_the_approved_mentors_are_the_banks_entries(db: Database, settings: Settings,
                                                                        translator: Translator) -> None:
    await _school(db)
    services = service_graph(db, FakeClock(NOW), settings, translator)
    actor = Actor(Account.telegram(100_001), person=await PersonRepo(db).get(1))
    everyone = {e.person.id: e for e in await services.banks.mentee_entries(1)}
    for person_id in (20, 60, 62, 64, 65, 66, 67, 68, 70):
        assert await services.banks.mentee(actor, person_id) == everyone[person_id]
    mentors = await services.banks.mentor_entries(1)
    for entry in mentors[:6]:
        assert await services.banks.mentor(actor, entry.person.id) == entry
    assert await BankRepo(db).approved_ids(1) == sorted(m.person.id for m in mentors if m.eligible)
    mentee, found = await services.banks.suggestions(actor, 70)
    expected = suggest(everyone[70].profile, [m.profile for m in mentors if m.eligible], services.banks.weights)
    assert mentee == everyone[70] and [s for s, _ in found] == expected
    assert [e.person.id for _, e in found] == [s.mentor.person_id for s in expected]


async def test_the_unmatched_list_and_notice(db: Database, settings: Settings, translator: Translator) -> None:
    await _school(db)
    services = service_graph(db, FakeClock(NOW), settings, translator)
    banks = services.banks
    actor = Actor(Account.telegram(100_001), person=await PersonRepo(db).get(1))
    cutoff = NOW - timedelta(days=banks.unmatched_days)
    unpaired = [e for e in await banks.mentee_entries(1)
                if e.state == "unmatched" and not (e.completed and not e.support)]
    expected = sorted(unpaired, key=lambda e: (not e.support, e.waiting_since))
    waiting = await banks.unmatched(actor)
    assert waiting.entries == expected and {e.person.id for e in waiting.entries} >= {62, 63, 65, 67, 68, 70}
    assert 66 not in waiting.found  # the completed pair, no support flag
    assert {i for i, w in waiting.found.items() if w.overdue} == {
        e.person.id for e in unpaired if e.declined or e.support or e.waiting_since <= cutoff}
    rows = await BankRepo(db).waiting(1, ["mentee_teacher", "mentee_student"])
    assert {r.person_id for r in rows} == {e.person.id for e in await banks.mentee_entries(1)
                                           if e.state == "unmatched"}
    assert await BankRepo(db).claimed(1, "unmatched", "2027-05-31") == set()
    assert await banks.remind_unmatched(time(9), time(18)) == 1
    assert await BankRepo(db).claimed(1, "unmatched", "2027-05-31") == {1}
    assert await banks.remind_unmatched(time(9), time(18)) == 0  # told: nothing computed, nothing sent


async def test_filtered_bank_queries_match_the_whole_organisation_ones(db: Database) -> None:
    await _school(db)
    banks, pairs = BankRepo(db), PairRepo(db)
    some = [20, 62, 64, 65, 66, 67, 68, 70, 9999]
    states, left = await pairs.mentee_states(1), await pairs.last_left(1)
    assert await pairs.mentee_states(1, some) == {k: v for k, v in states.items() if k in some}
    assert await pairs.last_left(1, some) == {k: v for k, v in left.items() if k in some}
    assert await banks.support_flags(1, some) == {20, 62, 70}
    assert await banks.selections_of(1, [3, 4, 5]) == {k: v for k, v in (await banks.selections(1)).items()
                                                        if k in (3, 5)}
    assert await pairs.mentee_states(1, []) == {}
    granted = await PersonRepo(db).role_granted(1, (Role.MENTEE_TEACHER, Role.MENTEE_STUDENT))
    assert await banks.role_granted(1, ("mentee_teacher", "mentee_student"), some) == {
        k: v for k, v in granted.items() if k in some}
    answers = await banks.answers(1, ["potential_mentor"], [7, 8])
    assert set(answers) == {7, 8} and answers[7]["capacity"] == "1" and answers[8]["capacity"] == 1


async def test_quiet_pairs_in_one_query(db: Database) -> None:
    await _school(db)
    meetings = MeetingRepo(db)
    cutoff = date(2027, 5, 17)
    quiet = await meetings.quiet_pairs({1: cutoff})
    working = await PairRepo(db).for_org(1, ("active", "ending"))
    last = await meetings.last_held([p.id for p in working])
    assert [q.pair_id for q in quiet] == [p.id for p in working if p.id not in last or last[p.id][0] <= cutoff]
    assert await meetings.quiet_pairs({}) == [] and await meetings.quiet_pairs({2: cutoff}) == []
    first = quiet[0]
    assert first.claimed == {"mentor": None, "coordinator": None}
    async with db.transaction():
        await meetings.claim_nudge(first.pair_id, "mentor", date(2027, 4, 1), NOW)
        await meetings.claim_nudge(first.pair_id, "mentor", date(2027, 5, 1), NOW)
    again = next(q for q in await meetings.quiet_pairs({1: cutoff}) if q.pair_id == first.pair_id)
    assert again.claimed == {"mentor": "2027-05-01", "coordinator": None}
    assert json.dumps(again.claimed)  # plain values


async def test_a_bank_of_people_is_the_active_ones_with_the_roles(db: Database) -> None:
    await _school(db)
    everyone = await PersonRepo(db).active_in_org(1)
    for roles in (("mentor_candidate",), ("mentee_teacher", "mentee_student")):
        people = await BankRepo(db).people(1, roles)
        assert people == [p for p in everyone if p.has_role(*(Role(r) for r in roles))]
        assert len(people) > 10
    assert await BankRepo(db).people(2, ("mentor_candidate",)) == []
