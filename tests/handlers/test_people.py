"""/people through the real Dispatcher: a deputy head finds a teacher, reads the card, changes roles, ends someone's
participation, sends a fresh link — and cannot reach another school's people."""

from __future__ import annotations

from bot.callbacks import PeopleCb
from storage.db import Database
from tests.flows import (
    coordinator_link,
    create_org,
    invite,
    link_token,
    make_coordinator,
    parent_opens,
    person_row,
    register_adult,
    register_student,
    school,
    working_pairs,
)
from tests.harness import Harness


async def test_people_by_role_and_a_card(harness: Harness, db: Database) -> None:
    coordinator, (maths, _history), _mentees = await school(harness, db)
    await coordinator.send("/people")
    assert "Участники — МБОУ «СОШ № 5»</b>: 4" in coordinator.text
    buttons = coordinator.replies()[-1].button_texts()
    assert "кандидат в наставники — 2" in buttons and "куратор — 1" in buttons and "Все — 4" in buttons
    await coordinator.click("кандидат в наставники — 2")
    assert "<b>кандидат в наставники</b> — 2" in coordinator.text
    assert "1. Иванова Мария Петровна — кандидат в наставники" in coordinator.text
    assert "2. Орлов Игорь Николаевич" in coordinator.text
    await coordinator.click("Иванова Мария")
    card = coordinator.text
    assert "<b>Иванова Мария Петровна</b>" in card and "Роли: кандидат в наставники" in card
    assert "Статус: участвует" in card and "Педагогический стаж: 3 года" in card
    assert "на обработку персональных данных — дано" in card
    assert "Анкета потенциального наставника — отправлена" in card
    assert "Пары:</b>\n• нет" in card
    buttons = coordinator.replies()[-1].button_texts()
    assert {"👥 Изменить роли", "🔗 Новая ссылка-приглашение", "⛔ Завершить участие", "‹ К списку"} <= set(buttons)
    await coordinator.click("К списку")
    assert "1. Иванова Мария Петровна" in coordinator.text
    del maths


async def test_search_by_name(harness: Harness, db: Database) -> None:
    coordinator, _mentors, _mentees = await school(harness, db, mentees=2)
    await coordinator.send("/people")
    await coordinator.click("Найти по фамилии")
    assert "Напишите фамилию или имя" in coordinator.text
    await coordinator.send("Щ")
    assert "от 2 до 60 букв" in coordinator.text
    await coordinator.send("Щукин")
    assert "Никого не нашлось по запросу «Щукин»" in coordinator.text
    await coordinator.send("орлов")  # one match: the card straight away
    assert "<b>Орлов Игорь Николаевич</b>" in coordinator.text and "Роли: кандидат в наставники" in coordinator.text
    await coordinator.send("/people")
    await coordinator.click("Найти по фамилии")
    await coordinator.send("о")  # too short
    await coordinator.send("ольга")  # Смирнова Ольга (the coordinator) and Зайцева Ольга
    assert "Поиск: «ольга»</b> — 2" in coordinator.text
    assert "Зайцева Ольга Игоревна" in coordinator.text and "Смирнова Ольга Ивановна" in coordinator.text
    await coordinator.click("Зайцева")
    assert "Роли: наставляемый педагог" in coordinator.text
    await coordinator.click("К списку")  # back to the search results, not to everyone
    assert "Поиск: «ольга»</b> — 2" in coordinator.text


async def test_roles_added_and_removed_never_the_last_coordinator(harness: Harness, db: Database) -> None:
    coordinator, (maths, _history), _mentees = await school(harness, db)
    await coordinator.send("/people")
    await coordinator.click("Все — 4")
    await coordinator.click("Иванова")
    await coordinator.click("Изменить роли")
    assert "Роли участника <b>Иванова Мария Петровна</b>: кандидат в наставники" in coordinator.text
    buttons = coordinator.replies()[-1].button_texts()
    assert "➕ куратор" in buttons and "➕ ответственный за мероприятия дорожной карты" in buttons
    assert not any(b.startswith("➖") for b in buttons)  # the only role goes only with the participation
    await coordinator.click("➕ ответственный")
    assert coordinator.alerts() == ["Роль «ответственный за мероприятия дорожной карты» добавлена: "
                                    "Иванова Мария Петровна."]
    assert "кандидат в наставники, ответственный за мероприятия дорожной карты" in coordinator.text
    assert "Вам добавлена роль «ответственный за мероприятия дорожной карты»" in maths.shown()[-1].text
    before = await db.fetchval("SELECT COUNT(*) FROM person_roles")
    await coordinator.press(PeopleCb(a="add", id=(await person_row(db, 3000))["id"], r="staff").pack())  # again
    assert await db.fetchval("SELECT COUNT(*) FROM person_roles") == before  # a double tap adds nothing
    await coordinator.click("➖ ответственный")
    assert "снята" in coordinator.alerts()[0]
    assert "С вас снята роль «ответственный за мероприятия дорожной карты»" in maths.shown()[-1].text

    # the only coordinator: no «➖ куратор», and a forged button is refused saying why
    me = (await person_row(db, 2000))["id"]
    await coordinator.press(PeopleCb(a="add", id=me, r="staff").pack())
    await coordinator.press(PeopleCb(a="roles", id=me).pack())
    assert "➖ куратор" not in coordinator.replies()[-1].button_texts()
    assert "➖ ответственный за мероприятия дорожной карты" in coordinator.replies()[-1].button_texts()
    await coordinator.press(PeopleCb(a="rm", id=me, r="coordinator").pack())
    assert "единственный куратор" in coordinator.alerts()[0]
    assert await db.fetchval("SELECT COUNT(*) FROM person_roles WHERE person_id = ? AND role = 'coordinator'",
                             (me,)) == 1
    # a mentor in a working pair keeps the mentor's role
    del _mentees


async def test_mentor_in_a_pair_keeps_the_role(harness: Harness, db: Database) -> None:
    coordinator, mentor, _mentee, _history, _other = await working_pairs(harness, db)
    mentor_id = (await person_row(db, mentor.id))["id"]
    await coordinator.press(PeopleCb(a="add", id=mentor_id, r="staff").pack())
    await coordinator.press(PeopleCb(a="rm", id=mentor_id, r="mentor_candidate").pack())
    assert "действующей паре" in coordinator.alerts()[0]


async def test_ending_participation_asks_once_erases_and_tells(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, _history, _other = await working_pairs(harness, db)
    await coordinator.send("/people")
    await coordinator.click("Найти по фамилии")
    await coordinator.send("петров павел")
    card = coordinator.text
    assert "<b>Петров Павел Андреевич</b>" in card
    assert "• № 1, учитель – учитель, действует: наставник — Иванова Мария Петровна" in card
    assert "наставляемого на пару № 1 — дано" in card
    await coordinator.click("Завершить участие")
    ask = coordinator.text
    assert "Завершить участие в программе: <b>Петров Павел Андреевич</b>?" in ask and "будут удалены сразу" in ask
    mentee_id = (await person_row(db, mentee.id))["id"]
    await coordinator.click("Да, завершить участие")
    assert "Участие завершено: <b>Петров Павел Андреевич</b>" in coordinator.text
    assert any("Ваше участие в программе наставничества «МБОУ «СОШ № 5»» завершено — так решил куратор" in s.text
               for s in mentee.shown())
    assert "Один из участников вашей наставнической пары вышел из программы" in mentor.shown()[-1].text
    row = await db.fetchone("SELECT * FROM persons WHERE id = ?", (mentee_id,))
    assert row["status"] == "withdrawn" and row["full_name"] is None
    assert await db.fetchval("SELECT COUNT(*) FROM accounts WHERE person_id = ?", (row["id"],)) == 0
    assert await db.fetchval("SELECT status FROM pairs WHERE id = 1") == "ended"
    # no consent was withdrawn by the person: the log says nothing it did not see
    assert await db.fetchval("SELECT COUNT(*) FROM consent_events WHERE person_id = ? AND action = 'withdrawn'",
                             (mentee_id,)) == 0
    await coordinator.press(PeopleCb(a="endok", id=mentee_id).pack())  # a double tap
    assert "нет в вашей организации" in coordinator.alerts()[0]
    # one's own participation is ended in /privacy, not here
    me = (await person_row(db, coordinator.id))["id"]
    await coordinator.press(PeopleCb(a="card", id=me).pack())
    assert "Завершить участие" not in " ".join(coordinator.replies()[-1].button_texts())
    await coordinator.press(PeopleCb(a="endok", id=me).pack())
    assert "/privacy" in coordinator.alerts()[0]


async def test_a_fresh_invite_once_per_tap(harness: Harness, db: Database) -> None:
    coordinator, _mentors, _mentees = await school(harness, db)
    await coordinator.send("/people")
    await coordinator.click("наставляемый педагог — 1")
    await coordinator.click("Петров")
    await coordinator.click("Новая ссылка-приглашение")
    assert "Создать новую ссылку для <b>Петров Павел Андреевич</b> — роль «наставляемый педагог»" in coordinator.text
    before = await db.fetchval("SELECT COUNT(*) FROM invites")
    await coordinator.click("Создать ссылку")
    made = coordinator.text
    assert "Новая ссылка для <b>Петров Павел Андреевич</b> (роль «наставляемый педагог», одноразовая" in made
    token = link_token(made)
    await coordinator.click("Создать ссылку")  # the same button again (a double tap)
    assert link_token(coordinator.text) == token
    assert await db.fetchval("SELECT COUNT(*) FROM invites") == before + 1
    row = await db.fetchone("SELECT role, max_uses FROM invites WHERE token = ?", (token,))
    assert (row["role"], row["max_uses"]) == ("mentee_teacher", 1)


async def test_only_the_organisations_coordinator(harness: Harness, db: Database) -> None:
    coordinator, (maths, _history), _mentees = await school(harness, db)
    await maths.send("/people")
    assert "недоступно" in maths.text
    maths_id = (await person_row(db, maths.id))["id"]
    # another school's coordinator forges buttons with this school's ids
    admin = await create_org(harness, "МБОУ «Гимназия № 2»")
    other = await register_adult(harness, 2100, await coordinator_link(admin), "Кузнецова Вера Павловна")
    for action in ("card", "roles", "end", "endok", "inv"):
        await other.press(PeopleCb(a=action, id=maths_id).pack())
        assert "нет в вашей организации" in other.alerts()[0], action
    await other.press(PeopleCb(a="add", id=maths_id, r="staff").pack())
    assert "нет в вашей организации" in other.alerts()[0]
    await other.press(PeopleCb(a="list", r="nonsense").pack())
    assert "неактуально" in other.alerts()[0]
    assert (await person_row(db, maths.id))["status"] == "active"
    await other.send("/people")
    assert "Участники — МБОУ «Гимназия № 2»</b>: 1" in other.text
    del coordinator


async def test_long_lists_are_paged_within_telegram_limits(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    org_id = (await person_row(db, coordinator.id))["org_id"]
    now = harness.clock.now().isoformat()
    long_name = "Константинопольская-Старорусская Александра-Виктория " * 2
    async with db.transaction():
        for n in range(45):
            person_id = await db.execute(
                "INSERT INTO persons (org_id, locale, status, is_minor, full_name, created_at, updated_at)"
                " VALUES (?, 'ru', 'active', 0, ?, ?, ?)", (org_id, f"{long_name}{n:02d}", now, now))
            await db.execute("INSERT INTO accounts (person_id, channel, external_id, created_at, last_seen_at)"
                             " VALUES (?, 'telegram', ?, ?, ?)", (person_id, 50000 + n, now, now))
            await db.execute("INSERT INTO person_roles (person_id, role, granted_at) VALUES (?, 'staff', ?)",
                             (person_id, now))
    await coordinator.send("/people")
    await coordinator.click("ответственный за мероприятия дорожной карты — 45")
    first = coordinator.replies()[-1]
    assert "— 45" in first.text and "1/5" in first.button_texts() and "11." not in first.text
    assert all(len(data.encode()) <= 64 for _, data in first.inline)
    await coordinator.click("›")
    assert "11. " in coordinator.text and "2/5" in coordinator.replies()[-1].button_texts()
    await invite(coordinator, "Ответственный")  # the coordinator's other screens still work


async def test_a_pupils_participation_ended_tells_the_pupil_and_the_parent(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    student, parent_token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, parent_token)
    await parent.click("Согласен")
    await coordinator.send("/people")
    await coordinator.click("наставляемый обучающийся — 1")
    await coordinator.click("Соколов")
    card = coordinator.text
    assert "Согласие за ребёнка: Соколова Ирина Викторовна" in card
    assert "родителя (законного представителя) — дано" in card
    await coordinator.click("Изменить роли")
    assert "даётся ссылкой-приглашением" in coordinator.text  # a pupil's role is not changed by hand
    assert coordinator.replies()[-1].button_texts() == ["‹ К карточке"]
    await coordinator.click("К карточке")
    await coordinator.click("Завершить участие")
    await coordinator.click("Да, завершить участие")
    assert "Участие завершено: <b>Соколов Артём</b>" in coordinator.text
    assert "Твоё участие в программе наставничества «МБОУ «СОШ № 5»» завершено" in student.shown()[-1].text
    assert "Участие ребёнка (Соколов Артём) в программе наставничества" in parent.shown()[-1].text
    assert await person_row(db, student.id) is None  # the Telegram id is gone with the rest
