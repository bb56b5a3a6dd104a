"""The consent's term is enforced: people whose participation ended are erased once their school year's reporting
is done (REPORTING_DONE), by the scheduler's job — here called directly, with a fake clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.scheduler import retention_job
from bot.services.pairs import PairService
from bot.services.privacy import PrivacyService, retention_cutoff, retention_ends
from storage.db import Database
from tests.flows import invite, person_row, school, up_to_phone_step, working_pairs
from tests.harness import Harness


def test_the_term_follows_the_school_year() -> None:
    assert retention_ends(date(2026, 9, 5)) == date(2027, 9, 30)   # school year 2026/27
    assert retention_ends(date(2027, 5, 20)) == date(2027, 9, 30)
    assert retention_ends(date(2026, 8, 31)) == date(2026, 9, 30)  # school year 2025/26
    assert retention_cutoff(date(2027, 9, 30)) == date(2026, 9, 1)
    assert retention_cutoff(date(2027, 10, 1)) == date(2027, 9, 1)


async def test_participation_ended_is_erased_after_the_term(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, history, other = await working_pairs(harness, db)
    await mentee.send("/mypair")
    await mentee.click("Завершить досрочно")
    await mentee.click("Да, завершить досрочно")
    harness.clock.advance(timedelta(days=4))
    pairs: PairService = harness.dp["pairs"]
    assert await pairs.sweep() == 1  # pair 1 ended on 05.09.2026
    ids = {c.id: (await person_row(db, c.id))["id"] for c in (coordinator, mentor, mentee, history, other)}
    privacy: PrivacyService = harness.dp["privacy"]

    harness.clock.set(datetime(2027, 9, 30, 20, 0, tzinfo=UTC))  # reporting for 2026/27 not done yet
    assert await privacy.enforce_retention() == []
    harness.clock.set(datetime(2027, 10, 1, 8, 0, tzinfo=UTC))
    await retention_job(privacy)  # what the scheduler runs
    for client in (mentor, mentee):
        row = dict(await db.fetchone("SELECT * FROM persons WHERE id = ?", (ids[client.id],)))
        assert row["status"] == "withdrawn" and row["full_name"] is None
        assert await db.fetchval("SELECT COUNT(*) FROM accounts WHERE person_id = ?", (row["id"],)) == 0
        assert await db.fetchval("SELECT COUNT(*) FROM answer_sets WHERE person_id = ?", (ids[client.id],)) == 0
    for client in (coordinator, history, other):  # still in the programme: kept
        assert (await person_row(db, client.id))["status"] == "active"
    assert await privacy.enforce_retention() == []  # once


async def test_those_who_left_without_a_pair_are_erased_too_and_the_waiting_stay(harness: Harness,
                                                                                 db: Database) -> None:
    """A mentor candidate who was not selected and someone who never finished joining are erased after the term; a
    mentee still waiting in the bank takes part and stays."""
    coordinator, (maths, history), (mentee,) = await school(harness, db)
    await coordinator.send("/mentors")
    await coordinator.click("2.")  # Орлов, history
    await coordinator.click("Не отбирать")
    await coordinator.send("Нет часов в расписании")
    assert "Решение сохранено" in coordinator.text
    token = await invite(coordinator, "Наставляемый педагог")
    unfinished = await up_to_phone_step(harness, 3200, token, "Сидорова Нина")  # stops before the last step
    ids = {c.id: (await person_row(db, c.id))["id"] for c in (maths, history, mentee, unfinished)}
    privacy: PrivacyService = harness.dp["privacy"]

    harness.clock.set(datetime(2027, 9, 30, 20, 0, tzinfo=UTC))
    assert await privacy.enforce_retention() == []
    harness.clock.set(datetime(2027, 10, 1, 8, 0, tzinfo=UTC))
    assert sorted(await privacy.enforce_retention()) == sorted([ids[history.id], ids[unfinished.id]])
    for client, status in ((history, "withdrawn"), (unfinished, "withdrawn"), (maths, "active"), (mentee, "active")):
        row = await db.fetchone("SELECT status, full_name FROM persons WHERE id = ?", (ids[client.id],))
        assert row["status"] == status, client.id
        assert (row["full_name"] is None) == (status == "withdrawn")
    assert await db.fetchval("SELECT COUNT(*) FROM mentor_selection WHERE person_id = ?", (ids[history.id],)) == 0
