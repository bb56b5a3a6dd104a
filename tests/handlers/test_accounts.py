"""People are accounts per channel: a Telegram user and a MAX user with the same number are two people, each seen,
answered and told through their own messenger (one deployment running both, one Dispatcher)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from aiogram.methods import SetMyCommands

from bot.i18n import Translator
from bot.services.campaigns import CampaignService
from storage.db import Database
from storage.models import Account, Channel
from storage.persons import PersonRepo
from tests.flows import actor_of, invite, make_coordinator, person_row, register_adult, register_student
from tests.harness import Client, Harness

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
    assert [tuple(r) for r in rows] == [("telegram", SAME, "4"), ("max", SAME + 1, "5")]


CODE = re.compile(r"/link (\d{6})")


def code_in(text: str) -> str:
    match = CODE.search(text)
    assert match, text
    return match.group(1)


async def _teacher_in_telegram(harness: Harness) -> tuple[Client, Client]:
    harness.with_max()
    coordinator = await make_coordinator(harness)
    teacher = await register_adult(harness, 3000, await invite(coordinator, "Наставляемый педагог"),
                                   "Иванова Мария Петровна")
    return coordinator, teacher


async def test_a_second_messenger_is_linked_by_a_one_time_code(harness: Harness, db: Database) -> None:
    coordinator, teacher = await _teacher_in_telegram(harness)
    await teacher.send("/link")
    code = code_in(teacher.text)
    screen = teacher.replies()[-1]
    assert "Telegram, идентификатор 3000 — вы пишете отсюда" in screen.text
    # a button opens the MAX bot with the code in its deep link (a tap there links at once)
    assert f"https://max.ru/test_bot?start=link-{code}" in [b.url for row in screen.method.reply_markup.inline_keyboard
                                                            for b in row]  # type: ignore[union-attr]

    in_max = harness.user(7000, channel=Channel.MAX)
    await in_max.send(f"/link {code}")
    assert "привязан к записи «Иванова Мария Петровна»" in in_max.text
    await in_max.send(f"/link {code}")  # a double tap: nothing new, nothing wrong
    assert "уже привязан к вашей записи" in in_max.text
    person = await PersonRepo(db).by_account(Account(Channel.MAX, 7000))
    assert person is not None and person.full_name == "Иванова Мария Петровна"
    assert set(person.accounts) == {Account(Channel.TELEGRAM, 3000), Account(Channel.MAX, 7000)}
    assert person.account == Account(Channel.MAX, 7000)  # notices go where they wrote last
    await in_max.send("/privacy")  # their record, in MAX
    assert "Иванова Мария Петровна" in in_max.text and "Идентификатор MAX: 7000" in in_max.text
    # a notice to them now goes through the MAX bot
    notifier = harness.dp["people"].notifier
    await notifier.notify(person.account, person.text_locale, "account-already-linked")
    assert [s.text for s in in_max.shown()][-1] == "Этот аккаунт уже привязан к вашей записи."

    harness.clock.advance(timedelta(minutes=1))
    await teacher.send("/start")  # they write from Telegram again: notices follow them back
    assert (await PersonRepo(db).by_account(Account(Channel.MAX, 7000))).account == Account(  # type: ignore[union-attr]
        Channel.TELEGRAM, 3000)
    assert coordinator.id not in {getattr(m, "chat_id", None) for m in harness.sessions[Channel.MAX].requests}


async def test_the_deep_link_with_the_code_links_at_once(harness: Harness, db: Database) -> None:
    _, teacher = await _teacher_in_telegram(harness)
    await teacher.send("/link")
    in_max = harness.user(7000, channel=Channel.MAX)
    await in_max.send(f"/start link-{code_in(teacher.text)}")
    assert "привязан к записи" in in_max.text
    assert await PersonRepo(db).by_account(Account(Channel.MAX, 7000)) is not None


async def test_wrong_codes_are_counted_and_five_lock_the_account_out(harness: Harness) -> None:
    _, teacher = await _teacher_in_telegram(harness)
    await teacher.send("/link")
    code = code_in(teacher.text)
    wrong = "000000" if code != "000000" else "111111"
    guesser = harness.user(7000, channel=Channel.MAX)
    for left in (4, 3, 2, 1, 0):
        await guesser.send(f"/link {wrong}")
        assert f"Осталось попыток: {left}" in guesser.text
    await guesser.send(f"/link {code}")  # even the right code: locked for now
    assert "Слишком много неверных кодов" in guesser.text
    harness.clock.advance(timedelta(minutes=16))  # the failures age out; the code has expired meanwhile
    await guesser.send(f"/link {code}")
    assert "Код не подошёл" in guesser.text


async def test_an_account_of_another_participant_is_refused(harness: Harness, db: Database) -> None:
    coordinator, teacher = await _teacher_in_telegram(harness)
    other = await register_adult(harness, 7000, await invite(coordinator, "Наставляемый педагог"),
                                 "Петрова Анна Сергеевна", channel=Channel.MAX)
    await teacher.send("/link")
    await other.send(f"/link {code_in(teacher.text)}")
    assert "принадлежит другому участнику" in other.text
    mine = await PersonRepo(db).by_account(Account(Channel.MAX, 7000))
    assert mine is not None and mine.full_name == "Петрова Анна Сергеевна"
    assert (await PersonRepo(db).by_account(Account(Channel.TELEGRAM, 3000))).accounts == (  # type: ignore[union-attr]
        Account(Channel.TELEGRAM, 3000),)


async def test_the_other_account_is_unlinked_from_the_same_screen(harness: Harness, db: Database) -> None:
    _, teacher = await _teacher_in_telegram(harness)
    await teacher.send("/link")
    in_max = harness.user(7000, channel=Channel.MAX)
    await in_max.send(f"/link {code_in(teacher.text)}")
    await teacher.send("/link")
    assert "MAX, идентификатор 7000" in teacher.text
    await teacher.click("Отвязать MAX")
    await teacher.click("Да, отвязать MAX")
    assert "Аккаунт MAX отвязан" in teacher.text
    assert await PersonRepo(db).by_account(Account(Channel.MAX, 7000)) is None
    await in_max.send("/privacy")
    assert "Иванова" not in in_max.text
    # the one they write from stays: at least one account always does
    person = await PersonRepo(db).by_account(Account(Channel.TELEGRAM, 3000))
    assert person is not None and person.accounts == (Account(Channel.TELEGRAM, 3000),)


def test_a_pupil_reads_the_link_screens_in_ty_and_the_coordinator_is_a_kurator(translator: Translator) -> None:
    """/link is a participant's command, a pupil's too: its texts say «ты» to a pupil (ru+ty), «вы» to an adult."""
    args = {"accounts": "• Telegram", "code": "123456", "minutes": 15, "app": "max", "value": 1}
    assert "Твои аккаунты" in translator.get("account-screen", "ru+ty", args)
    assert "Ваши аккаунты" in translator.get("account-screen", "ru", args)
    assert translator.get("account-line-here", "ru+ty", args).endswith("ты пишешь отсюда")
    for key in ("account-how", "account-one-messenger", "account-already-linked", "account-unlink-ask",
                "account-error-locked", "account-error-taken", "account-error-same-channel",
                "account-error-unlink-own"):
        pupil, adult = translator.get(key, "ru+ty", args), translator.get(key, "ru", args)
        assert pupil != adult and not re.search(r"\b(вы|вас|вам|ваш\w*)\b", pupil, re.I), (key, pupil)
    assert "напиши куратору" in translator.get("account-error-taken", "ru+ty", args)
    assert "напишите куратору" in translator.get("account-error-taken", "ru", args)


def _menu_of(harness: Harness, chat_id: int) -> list[str]:
    menus = [m for m in harness.requests if isinstance(m, SetMyCommands) and m.scope.chat_id == chat_id]
    return [c.command for c in menus[-1].commands]


async def test_link_is_offered_where_the_deployment_runs_both_messengers(harness: Harness) -> None:
    _, teacher = await _teacher_in_telegram(harness)
    assert "link" in _menu_of(harness, teacher.id)
    await teacher.send("/help")
    assert "/link — пользоваться ботом и из другого мессенджера" in teacher.text
    await teacher.send("/link")
    assert code_in(teacher.text)


async def test_with_one_messenger_link_is_not_offered_and_answers_politely(harness: Harness) -> None:
    coordinator = await make_coordinator(harness)
    teacher = await register_adult(harness, 3000, await invite(coordinator, "Наставляемый педагог"),
                                   "Иванова Мария Петровна")
    assert "link" not in _menu_of(harness, teacher.id) and "link" not in _menu_of(harness, coordinator.id)
    await teacher.send("/help")
    assert "/link" not in teacher.text and "/mydata" in teacher.text
    await teacher.send("/link")
    assert "бот подключён только к одному мессенджеру" in teacher.text and "Пишите здесь" in teacher.text
    await teacher.send("/link 123456")  # a code means nothing here either
    assert "бот подключён только к одному мессенджеру" in teacher.text


async def test_a_survey_invitation_reaches_in_max_someone_who_blocked_the_bot_in_telegram(harness: Harness,
                                                                                           db: Database) -> None:
    """«Blocked the bot» is an account's: the campaign's invitation meets the Telegram block, goes to the person's
    MAX account, and counts as delivered; only when MAX is blocked too is the invitation «blocked»."""
    harness.with_max()
    coordinator = await make_coordinator(harness)
    mentor = await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"),
                                  "Иванова Мария Петровна")
    await mentor.send("/link")
    in_max = harness.user(7000, channel=Channel.MAX)
    await in_max.send(f"/link {code_in(mentor.text)}")
    harness.clock.advance(timedelta(minutes=1))
    await mentor.send("/help")  # they wrote from Telegram last: notices go there first
    person = await PersonRepo(db).by_account(Account(Channel.TELEGRAM, 3000))
    assert person is not None and person.account == Account(Channel.TELEGRAM, 3000)

    harness.sessions[Channel.TELEGRAM].blocked_chats.add(3000)  # type: ignore[attr-defined]
    service: CampaignService = harness.dp["campaigns"]
    coordinator_actor = await actor_of(db, coordinator.id)
    first = await service.create(coordinator_actor, "potential_mentor", "mentors", date(2026, 9, 30), anonymous=False)
    await service.deliver()
    assert await service.repos.campaigns.counts(first.id) == {"delivered": 1}
    assert any("Просим заполнить анкету" in s.text for s in in_max.shown())
    assert (await person_row(db, 3000))["blocked_at"] is None  # type: ignore[index]
    tg_row = await db.fetchone("SELECT blocked_at FROM accounts WHERE channel = 'telegram' AND external_id = 3000")
    max_row = await db.fetchone("SELECT blocked_at FROM accounts WHERE channel = 'max' AND external_id = 7000")
    assert tg_row is not None and tg_row["blocked_at"] is not None and max_row is not None
    assert max_row["blocked_at"] is None

    # MAX blocked too: nobody is reachable, the invitation is «blocked» and the person is marked once
    harness.sessions[Channel.MAX].blocked_chats.add(7000)  # type: ignore[attr-defined]
    second = await service.create(coordinator_actor, "potential_mentor", "mentors", date(2026, 9, 30),
                                  anonymous=False)
    await service.deliver()
    assert await service.repos.campaigns.counts(second.id) == {"blocked": 1}
    assert (await person_row(db, 3000))["blocked_at"] is not None  # type: ignore[index]

    # they write from MAX again: reachable there once more
    harness.sessions[Channel.MAX].blocked_chats.discard(7000)  # type: ignore[attr-defined]
    await in_max.send("/help")
    assert (await person_row(db, 3000))["blocked_at"] is None  # type: ignore[index]
