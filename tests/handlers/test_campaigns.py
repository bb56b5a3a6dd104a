"""Survey invitations: 50 people, some who blocked the bot, a RetryAfter, a crash mid-send, the invite button."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from aiogram.methods import SendMessage
from aiogram.methods.base import Response
from aiogram.types import ResponseParameters

from bot.services.access import Actor
from bot.services.campaigns import CampaignService
from storage.db import Database
from storage.models import Account, PersonStatus, Role
from storage.persons import PersonRepo
from tests.conftest import both_channels
from tests.flows import SimulatedCrash, actor_of, make_coordinator, person_row
from tests.harness import Client, Harness


async def add_mentors(db: Database, org_id: int, count: int, now: datetime) -> list[int]:
    repo = PersonRepo(db)
    tg_ids = []
    async with db.transaction():
        for n in range(count):
            tg = 70_000 + n
            pid = await repo.create(org_id, Account.telegram(tg), "ru", PersonStatus.ACTIVE, False, now)
            await repo.update_fields(pid, now, full_name=f"Учитель Номер{n}")
            await repo.add_role(pid, Role.MENTOR_CANDIDATE, None, now)
            tg_ids.append(tg)
    return tg_ids


async def answer_all(person: Client, score: str) -> None:
    """The person opens the latest survey invitation and answers everything, giving ``score`` where asked."""
    invitation = [s for s in person.shown() if "Просим заполнить анкету" in s.text][-1]
    assert invitation.button_texts() == ["Заполнить анкету"]
    await person.click("Заполнить анкету")
    for _ in range(40):  # answer whatever comes, the same way for everyone
        shown = person.replies()[-1]
        if "Проверьте ответы" in shown.text:
            await person.click("Отправить анкету")
            return
        buttons = shown.button_texts()
        if score in buttons:
            await person.click(score) if buttons.count(score) == 1 else await person.click(buttons[0])
        elif any(b.startswith("⬜") for b in buttons):
            await person.click(next(b for b in buttons if b.startswith("⬜")))
            await person.click("Готово")
        elif "Пропустить ›" in buttons:
            await person.click("Пропустить ›")
        elif buttons and buttons[0] not in ("‹ Назад",):
            await person.click(buttons[0])
        else:
            await person.send("Всё хорошо, спасибо")
    raise AssertionError("the questionnaire did not end")


async def test_campaign_to_fifty_with_blocked_users_retry_after_and_a_crash(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    row = await person_row(db, coordinator.id)
    mentors = await add_mentors(db, row["org_id"], 50, harness.clock.now())
    harness.session.blocked_chats.update(mentors[:5])  # five of them blocked the bot
    service: CampaignService = harness.dp["campaigns"]
    actor = Actor(coordinator.account, person=await PersonRepo(db).get(row["id"]))
    campaign = await service.create(actor, "potential_mentor", "mentors", date(2026, 9, 30), anonymous=False)

    # Telegram says «too many requests» once: the call waits retry_after and goes through
    harness.session.add_result(SendMessage, Response[Any](
        ok=False, error_code=429, description="Too Many Requests: retry after 1",
        parameters=ResponseParameters(retry_after=1)))
    # the process is killed after 20 invitations
    sent_before_crash = 0
    original = harness.session.make_request

    async def dying(bot: Any, method: Any, timeout: Any = None) -> Any:  # noqa: ASYNC109 - the session's signature
        nonlocal sent_before_crash
        result = await original(bot, method, timeout)
        if isinstance(method, SendMessage):
            sent_before_crash += 1
            if sent_before_crash == 20:
                raise SimulatedCrash("killed")
        return result

    harness.session.make_request = dying  # type: ignore[method-assign]
    service.parallel = 1  # paced sending keeps about one message in flight (the tests' limiter does not pace)
    try:
        await service.deliver()
    except* SimulatedCrash:
        pass
    harness.session.make_request = original  # type: ignore[method-assign]

    before_restart = harness.session.delivered()
    harness.restart()  # a new process: recovers, then delivers the rest
    service = harness.dp["campaigns"]
    await service.recover()
    while (await service.deliver()).delivered:
        pass
    counts = await service.repos.campaigns.counts(campaign.id)
    invites = [m for m in before_restart + harness.session.delivered()
               if isinstance(m, SendMessage) and "Просим заполнить анкету" in m.text]
    per_chat: dict[int, int] = {}
    for message in invites:
        per_chat[message.chat_id] = per_chat.get(message.chat_id, 0) + 1
    assert all(n == 1 for n in per_chat.values()), "nobody gets the invitation twice"
    assert counts == {"blocked": 5, "delivered": 44, "uncertain": 1}  # the one in flight at the kill: not resent
    assert harness.flood_waits == [1]  # the 429 was waited out (virtually), then the call went through
    assert len(per_chat) == 45 and sent_before_crash >= 20  # incl. the one in flight at the kill (sent once)
    blocked_rows = await db.fetchall("SELECT blocked_at FROM persons WHERE id IN (SELECT person_id FROM accounts "
                                     "WHERE external_id IN (70000, 70001))")
    assert all(r["blocked_at"] for r in blocked_rows)

    # a teacher taps the button under the invitation: the questionnaire opens, tied to the campaign
    teacher = harness.user(mentors[10])
    from bot.callbacks import ActionCb

    await teacher.press(ActionCb(command="survey", target_id=campaign.id).pack())
    assert "Вопрос 1 из 11" in teacher.text
    answer_set = await db.fetchone("SELECT campaign_id FROM answer_sets WHERE person_id = ?",
                                   ((await person_row(db, mentors[10]))["id"],))
    assert answer_set["campaign_id"] == campaign.id
    # someone outside the campaign cannot open it; after the deadline nobody can
    await coordinator.press(ActionCb(command="survey", target_id=campaign.id).pack())
    assert "недоступно" in coordinator.alerts()[0]
    harness.clock.set(datetime(2026, 10, 1, 12, 0, tzinfo=harness.clock.now().tzinfo))
    late = harness.user(mentors[11])
    await late.press(ActionCb(command="survey", target_id=campaign.id).pack())
    assert "Срок этой анкеты прошёл" in late.alerts()[0]


@both_channels
async def test_coordinator_launches_an_anonymous_survey_and_reads_results(harness: Harness, db: Database) -> None:
    from tests.flows import invite, register_adult

    coordinator = await make_coordinator(harness)
    mentees = [await register_adult(harness, 3000 + n, await invite(coordinator, "Наставляемый педагог"),
                                    f"Учитель Наставляемый{'абвг'[n]}") for n in range(4)]
    await coordinator.send("/campaigns")
    assert "Опросов пока не было" in coordinator.text
    await coordinator.click("Новый опрос")
    await coordinator.click("Удовлетворённость программой: наставляемый")
    await coordinator.click("Наставляемым")
    await coordinator.click("14 дней")
    await coordinator.click("Да, анонимный")
    # the review: questionnaire, audience and its size, deadline, anonymity — nothing is sent yet
    review = coordinator.text
    assert "Проверьте опрос перед запуском" in review and "Удовлетворённость программой: наставляемый" in review
    assert "наставляемые — 4 человека" in review and "до 15.09.2026" in review and "Анонимный" in review
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns") == 0
    await coordinator.click("Запустить")
    assert "приглашения уходят 4 участникам" in coordinator.text and "15.09.2026" in coordinator.text
    await harness.dp["campaigns"].deliver()


    await answer_all(mentees[0], "9")
    await answer_all(mentees[1], "6")
    await coordinator.send("/campaigns")
    assert "приглашено 4, доставлено 4, начали 2, заполнили 2" in coordinator.text
    await coordinator.click("Итоги № 1")
    assert "ответов пока 2" in coordinator.text and "хотя бы трое" in coordinator.text
    assert "Учитель" not in coordinator.text
    await answer_all(mentees[2], "10")
    await coordinator.click("Итоги № 1")
    # three answers, but the survey is still open: nothing is shown, so that the next answer cannot be read off
    # the difference between two views (bot/services/anonymity.py)
    assert "ответов пока 3" in coordinator.text and "только после его срока" in coordinator.text
    assert "удовлетворены" not in coordinator.text
    # the fourth starts before the deadline and is not done by then
    await mentees[3].click("Заполнить анкету")
    started = mentees[3].replies()[-1]
    from datetime import UTC

    harness.clock.set(datetime(2026, 9, 15, 20, 59, tzinfo=UTC))  # 23:59 on the deadline day in Moscow
    await coordinator.click("Итоги № 1")
    assert "ответов пока 3" in coordinator.text and "удовлетворены" not in coordinator.text
    harness.clock.set(datetime(2026, 9, 16, 9, 0, tzinfo=UTC))  # the deadline has passed
    await coordinator.click("Итоги № 1")
    results = coordinator.text
    assert "ответов: 3" in results and "удовлетворены (8–10): 67 %" in results
    assert "Учитель" not in results  # anonymous: no names anywhere
    from aiogram.methods import SendPhoto

    photos = [m for m in harness.requests if isinstance(m, SendPhoto) and m.chat_id == coordinator.id]
    assert len(photos) == 1 and photos[0].photo.data[:4] == b"\x89PNG"  # type: ignore[union-attr]
    # an answer begun before the deadline is not taken after it: the results cannot change any more
    await mentees[3].click(started.button_texts()[0]) if started.button_texts() else await mentees[3].send("Да")
    assert "Срок этой анкеты прошёл" in " ".join(mentees[3].alerts()) + mentees[3].text
    assert await db.fetchval("SELECT COUNT(*) FROM answers a JOIN answer_sets s ON s.id = a.answer_set_id"
                             " WHERE s.person_id = (SELECT id FROM persons WHERE id = (SELECT person_id FROM "
                             "accounts WHERE external_id = 3003))") == 0
    await coordinator.click("Итоги № 1")
    assert coordinator.text == results  # one view of one fixed set of answers
    # mentees cannot read results
    await mentees[3].press("cp1:res::0:0:0:1:0")
    assert "недоступно" in mentees[3].alerts()[0]


async def test_non_respondents_are_reminded_once_in_the_daytime(harness: Harness, db: Database) -> None:
    from datetime import UTC

    from tests.flows import invite, register_adult

    coordinator = await make_coordinator(harness)
    teacher = await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"))
    other = await register_adult(harness, 3001, await invite(coordinator, "Кандидат в наставники"),
                                 "Орлова Нина Петровна", language="English")
    service: CampaignService = harness.dp["campaigns"]
    row = await person_row(db, coordinator.id)
    actor = Actor(coordinator.account, person=await PersonRepo(db).get(row["id"]))
    await service.create(actor, "potential_mentor", "mentors", date(2026, 9, 10), anonymous=False)
    await service.deliver()
    work = harness.dp["reminders"].settings
    harness.clock.set(datetime(2026, 9, 5, 12, 0, tzinfo=UTC))  # five days before: too early
    assert await service.remind_non_respondents(work.work_start, work.work_end) == 0
    harness.clock.set(datetime(2026, 9, 8, 20, 0, tzinfo=UTC))  # 23:00 in Moscow: not at night
    assert await service.remind_non_respondents(work.work_start, work.work_end) == 0
    harness.clock.set(datetime(2026, 9, 9, 6, 30, tzinfo=UTC))  # 09:30 next morning
    assert await service.remind_non_respondents(work.work_start, work.work_end) == 2
    assert await service.remind_non_respondents(work.work_start, work.work_end) == 0  # once
    assert "Напоминаем: анкету «Анкета потенциального наставника» нужно заполнить до 10.09.2026" in \
        teacher.shown()[-1].text
    assert other.shown()[-1].text.startswith("⏰ A reminder")  # in her own language


async def test_a_coordinators_anonymous_answer_never_counts(harness: Harness, db: Database) -> None:
    """A second coordinator is in a hand-picked anonymous survey with three others and answers it: the answer is
    marked as not counting when it is submitted, and stays out of the results and the Excel export — also once
    that person is no longer a coordinator (then today's roles alone would let it in); and a respondent made a
    coordinator after the deadline does not change the results either."""
    import io
    from datetime import UTC

    import openpyxl

    from tests.flows import invite, register_adult

    coordinator = await make_coordinator(harness)
    colleague = await register_adult(harness, 2001, await invite(coordinator, "Куратор"), "Белова Анна Сергеевна")
    token = await invite(coordinator, "Наставляемый педагог")
    mentees = [await register_adult(harness, 3000 + n, token, f"Учитель Наставляемый{'абв'[n]}") for n in range(3)]
    service: CampaignService = harness.dp["campaigns"]
    actor = await actor_of(db, coordinator.id)
    people = [(await person_row(db, c.id) or {})["id"] for c in (colleague, *mentees)]
    campaign = await service.create(actor, "satisfaction_mentee", "list", date(2026, 9, 10), True, people)
    await service.deliver()
    await answer_all(colleague, "1")
    for person, score in zip(mentees, ("9", "10", "8"), strict=True):
        await answer_all(person, score)
    assert await db.fetchval("SELECT COUNT(*) FROM answer_sets WHERE counted = 0") == 1  # the colleague's
    assert await db.fetchval("SELECT COUNT(*) FROM answer_sets WHERE counted = 1") == 3
    async with db.transaction():  # she stops being a coordinator
        await db.execute("DELETE FROM person_roles WHERE person_id = ? AND role = 'coordinator'", (people[0],))
    harness.clock.set(datetime(2026, 9, 11, 9, 0, tzinfo=UTC))  # after the deadline
    questionnaire = harness.dp["questionnaires"].questionnaires["satisfaction_mentee"]
    results = await service.results(actor, campaign.id, questionnaire)
    overall = next(q for q in results.questions if q.question.id == "overall")
    assert not results.hidden and results.respondents == 3 and overall.mean == 9.0  # 9, 10, 8: not her «1»

    async def exported() -> list[tuple]:
        await coordinator.send("/report")
        await coordinator.click("Выгрузить в Excel")
        book = openpyxl.load_workbook(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
        return sorted(map(str, book["Анкеты"].iter_rows(values_only=True)))

    before = await exported()
    assert before and not any("Белова" in row or "Учитель" in row for row in before)
    async with db.transaction():  # a respondent becomes a coordinator after the deadline: nothing changes
        await db.execute("INSERT INTO person_roles (person_id, role, granted_at) VALUES (?, 'coordinator', ?)",
                         (people[1], harness.clock.now().isoformat()))
    assert await service.results(actor, campaign.id, questionnaire) == results
    assert await exported() == before


async def test_a_satisfaction_survey_to_all_working_pairs_gives_each_side_its_own(harness: Harness,
                                                                                   db: Database) -> None:
    """The mentee questionnaire sent to «all working pairs» reaches the mentors as the mentor questionnaire: no mentor
    is asked «how the work with your mentor went»; the review names both versions, the invitation says «anonymous»,
    and the results are summed up per side."""
    from tests.flows import working_pairs

    coordinator, mentor, mentee, history, other = await working_pairs(harness, db)
    await coordinator.send("/campaigns")
    await coordinator.click("Новый опрос")
    await coordinator.click("Удовлетворённость программой: наставляемый")
    await coordinator.click("Участникам всех действующих пар")
    await coordinator.click("14 дней")
    await coordinator.click("Нет, с именами")
    review = coordinator.text
    assert "участники всех действующих пар — 4 человека" in review and "С именами" in review
    assert "Каждая сторона получит свою анкету" in review
    assert "«Удовлетворённость программой: наставляемый» — 2 человека" in review
    assert "«Удовлетворённость программой: наставник» — 2 человека" in review
    await coordinator.click("Запустить")
    assert "приглашения уходят 4 участникам" in coordinator.text
    await harness.dp["campaigns"].deliver()
    for person, title in ((mentor, "наставник"), (history, "наставник"), (mentee, "наставляемый"),
                          (other, "наставляемый")):
        invitation = [s for s in person.shown() if "Просим заполнить анкету" in s.text][-1].text
        assert f"«Удовлетворённость программой: {title}»" in invitation, invitation
        assert "анонимный" not in invitation
    await mentor.click("Заполнить анкету")
    opened = "\n".join(s.text for s in mentor.replies()[-2:])
    assert "Удовлетворённость программой: наставник" in opened and "работа с наставником" not in opened
    await answer_all(mentor, "9")
    await answer_all(mentee, "7")
    launched = await db.fetchval("SELECT MAX(id) FROM campaigns WHERE questionnaire_id = 'satisfaction_mentee'")
    rows = await db.fetchall("SELECT questionnaire_id FROM answer_sets WHERE campaign_id = ? ORDER BY id", (launched,))
    assert [r[0] for r in rows] == ["satisfaction_mentor", "satisfaction_mentee"]
    await coordinator.send("/campaigns")
    await coordinator.click(f"Итоги № {launched}")
    results = [s.text for s in coordinator.shown() if s.text.startswith("<b>Итоги") or "Итоги:" in s.text]
    assert any("наставляемый" in r for r in results) and any("наставник</b>" in r for r in results), results
    # the workbook lists each side's answers under its own questionnaire
    import io

    import openpyxl

    await coordinator.send("/report")
    await coordinator.click("Выгрузить в Excel")
    book = openpyxl.load_workbook(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
    sheet = book["Анкеты"]
    by_title = {(row[1], row[2]) for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == launched}
    assert {title for title, _ in by_title} == {"Удовлетворённость программой: наставник",
                                                "Удовлетворённость программой: наставляемый"}
    assert ("Удовлетворённость программой: наставник", "Иванова Мария Петровна") in by_title


async def test_the_invitation_to_an_anonymous_survey_says_so_and_cancel_sends_nothing(harness: Harness,
                                                                                      db: Database) -> None:
    from tests.flows import invite, register_adult

    coordinator = await make_coordinator(harness)
    mentees = [await register_adult(harness, 3000 + n, await invite(coordinator, "Наставляемый педагог"),
                                    f"Учитель Наставляемый{'абвг'[n]}") for n in range(3)]
    await coordinator.send("/campaigns")
    await coordinator.click("Новый опрос")
    await coordinator.click("Удовлетворённость программой: наставляемый")
    await coordinator.click("Наставляемым")
    await coordinator.click("7 дней")
    await coordinator.click("Да, анонимный")
    await coordinator.click("Отмена")
    assert "не запущен" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM campaigns") == 0
    await coordinator.send("/campaigns")
    await coordinator.click("Новый опрос")
    await coordinator.click("Удовлетворённость программой: наставляемый")
    await coordinator.click("Наставляемым")
    await coordinator.click("7 дней")
    await coordinator.click("Да, анонимный")
    assert "Каждая сторона" not in coordinator.text  # one version for everyone: nothing to explain
    await coordinator.click("Запустить")
    await harness.dp["campaigns"].deliver()
    invitation = [s for s in mentees[0].shown() if "Просим заполнить анкету" in s.text][-1].text
    assert "Опрос анонимный" in invitation
