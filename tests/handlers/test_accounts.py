"""People are accounts per channel: a Telegram user and a MAX user with the same number are two people, each seen,
answered and told through their own messenger (one deployment running both, one Dispatcher)."""

from __future__ import annotations

from storage.db import Database
from storage.models import Account, Channel
from storage.persons import PersonRepo
from tests.flows import invite, make_coordinator, register_adult, register_student
from tests.harness import Harness

SAME = 5000  # the same user id in both messengers


async def test_the_same_id_in_telegram_and_max_is_two_people(harness: Harness, db: Database) -> None:
    harness.with_max()
    coordinator = await make_coordinator(harness)
    first, second = await invite(coordinator, "Наставляемый педагог"), await invite(coordinator, "Наставляемый педагог")
    in_telegram = await register_adult(harness, SAME, first, "Иванова Мария Петровна")
    in_max = await register_adult(harness, SAME, second, "Петрова Анна Сергеевна", channel=Channel.MAX)

    persons = PersonRepo(db)
    telegram_person = await persons.by_account(Account(Channel.TELEGRAM, SAME))
    max_person = await persons.by_account(Account(Channel.MAX, SAME))
    assert telegram_person is not None and max_person is not None and telegram_person.id != max_person.id
    assert (telegram_person.full_name, max_person.full_name) == ("Иванова Мария Петровна", "Петрова Анна Сергеевна")
    assert telegram_person.accounts == (Account(Channel.TELEGRAM, SAME),)
    assert max_person.accounts == (Account(Channel.MAX, SAME),)

    # each sees their own data only, answered by the bot of their own messenger
    await in_telegram.send("/privacy")
    assert "Иванова Мария Петровна" in in_telegram.text and "Петрова" not in in_telegram.text
    await in_max.send("/privacy")
    assert "Петрова Анна Сергеевна" in in_max.text and "Иванова" not in in_max.text
    assert "Идентификатор MAX: 5000" in in_max.text and "Идентификатор Telegram" not in in_max.text

    # a notice about each reaches the coordinator in Telegram; a notice to each goes through their own bot
    told = [s.text for s in coordinator.shown() if "Зарегистрировалась новая участница" in s.text]  # both are women
    assert any("Иванова" in t for t in told) and any("Петрова" in t for t in told)
    max_session = harness.sessions[Channel.MAX]
    assert all(getattr(m, "chat_id", SAME) == SAME for m in max_session.requests)
    assert not any(getattr(m, "chat_id", None) == coordinator.id for m in max_session.requests)

    # withdrawing in MAX erases the MAX person, never the Telegram one with the same number
    await in_max.send("/privacy")
    await in_max.click("Отозвать")
    await in_max.click("Да")
    assert await persons.by_account(Account(Channel.MAX, SAME)) is None
    still = await persons.by_account(Account(Channel.TELEGRAM, SAME))
    assert still is not None and still.full_name == "Иванова Мария Петровна"


async def test_an_invite_names_a_link_for_each_messenger(harness: Harness) -> None:
    harness.with_max()
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")  # the Telegram link, as before
    assert f"Telegram: https://t.me/test_bot?start={token}" in coordinator.text
    assert f"MAX: https://max.ru/test_bot?start={token}" in coordinator.text
    # the pupil's link for a parent too: the parent may use either messenger
    student, parent_token = await register_student(harness, coordinator)
    assert f"MAX: https://max.ru/test_bot?start={parent_token}" in student.text
    assert "он откроет её в Telegram или MAX" in student.text  # the text around the links names both


async def test_one_messenger_shows_its_link_alone(harness: Harness) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    assert f"https://t.me/test_bot?start={token}" in coordinator.text
    assert "max.ru" not in coordinator.text and "Telegram:" not in coordinator.text


async def test_the_consent_follows_the_messenger_of_the_account_not_the_deployment(harness: Harness,
                                                                                   db: Database) -> None:
    """One process runs both: a consent that names the messenger is shown — and logged — in the version of the
    messenger the person registers in (personal data: version 2 names Telegram, version 3 names MAX)."""
    harness.with_max()
    coordinator = await make_coordinator(harness)
    first, second = await invite(coordinator, "Наставляемый педагог"), await invite(coordinator, "Наставляемый педагог")
    await register_adult(harness, SAME, first, "Иванова Мария Петровна")
    await register_adult(harness, SAME + 1, second, "Петрова Анна Сергеевна", channel=Channel.MAX)
    rows = await db.fetchall("SELECT actor_channel, actor_id, version FROM consent_events"
                             " WHERE kind = 'pd' AND action = 'given' AND actor_id IN (?, ?) ORDER BY actor_id",
                             (SAME, SAME + 1))
    assert [tuple(r) for r in rows] == [("telegram", SAME, "2"), ("max", SAME + 1, "3")]
