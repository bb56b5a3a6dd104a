"""What one update costs the database: statements and write transactions per update type (counts, not timings).

Each bound is the figure measured after the cost-per-update work (issue 14; before it: unregistered /start 9
statements and 2 write transactions, registered /help 4, /mypair and /meetings 11, a questionnaire button 15 and 3).
aiogram reads the form's state and the handler its data: one row read for both; the person comes with their roles
in one read; a screen of pairs reads everyone in them at once; nothing is written when nothing changes.
"""

from __future__ import annotations

from aiogram.methods import SetMyCommands

from bot import menu
from storage.db import Database
from tests.flows import invite, log_meeting, make_coordinator, register_adult, working_pairs
from tests.harness import Harness


async def test_an_unregistered_start_reads_the_form_once_and_writes_nothing(harness: Harness) -> None:
    stranger = harness.user(5000)
    with harness.cost() as cost:
        await stranger.send("/start")
    assert "Чтобы присоединиться, откройте ссылку-приглашение" in stranger.text
    assert cost.transactions == 0, cost  # clearing a form that is already empty writes nothing
    assert cost.calls <= 3, cost
    assert sum("fsm_state" in sql for sql in cost.statements) == 1, cost


async def test_a_registered_help(harness: Harness) -> None:
    coordinator = await make_coordinator(harness)
    teacher = await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"))
    with harness.cost() as cost:
        await teacher.send("/help")
    assert teacher.text
    assert cost.transactions == 0, cost
    assert cost.calls <= 3, cost
    assert sum("person_roles" in sql for sql in cost.statements) == 1, cost  # with the person, in the same read


async def test_mypair_and_meetings_read_the_people_at_once(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, _, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "вчера 45 мин очно Анализ урока")
    with harness.cost() as cost:
        await mentor.send("/mypair")
    assert "Петров" in mentor.text
    assert cost.transactions == 0 and cost.calls <= 7, cost
    with harness.cost() as cost:
        await mentee.send("/meetings")  # one pair: its meetings at once, with the pair read once and no programme
    assert "Встречи пары № 1</b>: 1" in mentee.text
    assert cost.transactions == 0 and cost.calls <= 7, cost
    assert sum("FROM pairs" in sql for sql in cost.statements) == 1, cost
    with harness.cost() as cost:
        await coordinator.send("/pairs")
    assert "Петров" in coordinator.text and "Зайцева" in coordinator.text
    # two pairs, four people: read together (not one read per person)
    assert sum("FROM persons" in sql for sql in cost.statements) == 2, cost  # the coordinator, then everyone


async def test_a_questionnaire_button_is_one_write_transaction(harness: Harness) -> None:
    coordinator = await make_coordinator(harness)
    mentor = await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"))
    await mentor.send("/survey")  # one questionnaire: straight in
    await mentor.send("12")
    with harness.cost() as cost:
        await mentor.click("Высшая")
    assert "Вопрос 3 из 11" in mentor.text
    assert cost.transactions == 1 and cost.calls <= 6, cost
    with harness.cost() as cost:
        await mentor.click("Основная школа")  # a tick: the answer saved, the question stays
    assert cost.transactions == 1 and cost.calls <= 5, cost
    with harness.cost() as cost:
        await mentor.click("Готово")
    assert "Вопрос 4 из 11" in mentor.text
    assert cost.transactions == 1 and cost.calls <= 6, cost


async def test_menus_are_set_only_when_they_changed(harness: Harness) -> None:
    await menu.set_default_menus(harness.bot, harness.translator)
    first = [m for m in harness.requests if isinstance(m, SetMyCommands)]
    assert {m.language_code for m in first} == {"ru", "en", None}
    start = len(harness.requests)
    await menu.set_default_menus(harness.bot, harness.translator)  # a restart: Telegram shows the same menus
    await menu.refresh_menu(harness.bot, harness.translator, 1000, None, True, changed_only=True)
    await menu.refresh_menu(harness.bot, harness.translator, 1000, None, True, changed_only=True)
    assert len([m for m in harness.requests[start:] if isinstance(m, SetMyCommands)]) == 1  # the admin's, once
