from __future__ import annotations

from bot.services.consents import current
from storage.db import Database
from storage.models import ConsentKind
from tests.conftest import both_channels
from tests.flows import (
    invite,
    link_token,
    make_coordinator,
    opens_invite,
    parent_opens,
    person_row,
    register_adult,
    register_student,
)
from tests.harness import Harness


async def consent_log(db: Database) -> list[dict]:
    return [dict(r) for r in await db.fetchall("SELECT * FROM consent_events ORDER BY id")]


@both_channels
async def test_mentor_candidate_registers_and_coordinator_is_told(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Кандидат в наставники")
    mentor = await register_adult(harness, 3000, token, "иванова мария петровна", phone="89001112233")
    assert "Регистрация завершена" in mentor.text
    assert "Иванова Мария Петровна" in mentor.text  # capitalised
    assert "кандидат в наставники" in mentor.text
    row = await person_row(db, 3000)
    assert (row["status"], row["position"], row["subject"], row["experience_years"], row["phone"]) == (
        "active", "учитель математики", "математика", 3, "+79001112233")
    told = [s.text for s in coordinator.shown() if "Зарегистрировалась" in s.text]
    assert told == ["Зарегистрировалась новая участница: <b>Иванова Мария Петровна</b> (кандидат в наставники), № 2."]
    events = await consent_log(db)
    given = [e for e in events if e["person_id"] == row["id"]]
    version = current(ConsentKind.PD, harness.channel)
    assert version == {"telegram": "4", "max": "5"}[harness.channel]  # MAX's text names MAX: a version of its own
    assert len(given) == 1 and given[0]["kind"] == "pd" and given[0]["version"] == version
    assert given[0]["action"] == "given" and len(given[0]["text_sha256"]) == 64


@both_channels
async def test_teacher_mentee_registers_in_english(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    mentee = harness.user(3001, language_code="en")
    await mentee.send(f"/start {token}")
    assert "You are invited" in mentee.text  # Telegram language decides the first screen
    await mentee.click("English")
    consent = mentee.replies()[-1]
    assert "Personal data" in consent.text or "personal data" in consent.text
    assert consent.button_texts()[0].startswith("✅")
    await mentee.click("I agree")
    assert "Step 1 of 5" in mentee.text
    await mentee.send("Ivanova Maria")
    await mentee.send("primary school teacher")
    await mentee.send("reading")
    await mentee.send("1 year")
    await mentee.send("Skip")
    assert "Registration complete" in mentee.text
    assert "mentee (teacher)" in mentee.text and "1 year" in mentee.text
    row = await person_row(db, 3001)
    assert row["locale"] == "en" and row["experience_years"] == 1 and row["phone"] is None
    event = (await consent_log(db))[-1]
    assert event["locale"] == "en" and event["action"] == "given"


@both_channels
async def test_student_registers_and_parent_consents(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый обучающийся")
    student = await opens_invite(harness, 4000, token)
    assert "Тебе уже исполнилось 18 лет?" in student.text
    await student.click("меньше 18")
    screen = student.replies()[-1]
    assert "нужно согласие родителя" in screen.text
    assert screen.button_texts() == ["Понятно, продолжить", "Не хочу участвовать"]
    await student.click("Понятно, продолжить")
    assert "Шаг 1 из 1" in student.text
    await student.send("Соколов Артём")
    assert "согласие твоего родителя" in student.text
    app = "MAX" if harness.channel == "max" else "Telegram"
    assert f"он откроет её в {app} и ответит" in student.text  # the app the link opens in
    parent_token = link_token(student.text)
    row = await person_row(db, 4000)
    assert row["status"] == "awaiting_parent" and row["is_minor"] == 1 and row["position"] is None

    # the student cannot use the parent's link
    await student.send(f"/start {parent_token}")
    assert "Эта ссылка для твоего родителя" in student.text
    # /start again shows the same link; anything else reminds what we wait for
    await student.send("/start")
    assert parent_token in student.text
    await student.send("А что дальше?")
    assert "ждём согласия твоего родителя" in student.text and "/start" in student.text

    parent = await parent_opens(harness, parent_token, name=None)
    # the parent says who they are before consenting: the consent names them, the coordinator sees it
    assert "ваши фамилию, имя и отчество" in parent.text
    await parent.send("Соколова Ирина Викторовна")
    assert "Кем вы приходитесь ребёнку?" in parent.text
    assert parent.replies()[-1].button_texts() == ["Мать", "Отец", "Законный представитель (опекун, попечитель)"]
    await parent.click("Мать")
    consent = parent.replies()[-1]
    assert "Согласие родителя" in consent.text and "Соколов Артём" in consent.text
    assert "Соколова Ирина Викторовна" in consent.text and "мать ребёнка" in consent.text
    assert "третьим лицам он их не передаёт" not in consent.text
    if harness.channel == "telegram":
        assert "<b>Telegram.</b>" in consent.text and "Версия 5 от 02.12.2026" in consent.text
    else:  # the messenger the messages pass through, and no link to the child's account (MAX has none)
        assert "<b>MAX.</b> Все сообщения бота ребёнку" in consent.text and "Telegram" not in consent.text
        assert "ссылка на его аккаунт" not in consent.text and "Версия 6 от 02.12.2026" in consent.text
    await parent.click("Согласен")
    assert "Соколов Артём теперь участвует" in parent.text

    row = await person_row(db, 4000)
    assert row["status"] == "active" and row["guardian_id"] == 4100
    assert row["guardian_name"] == "Соколова Ирина Викторовна" and row["guardian_relation"] == "mother"
    assert any("Твой родитель дал согласие" in s.text for s in student.shown())
    kinds = [(e["kind"], e["action"], e["actor_id"]) for e in await consent_log(db) if e["person_id"] == row["id"]]
    assert kinds == [("student", "given", 4000), ("parent", "given", 4100)]
    # the parent opening the link again is told consent is already given
    await parent.send(f"/start {parent_token}")
    assert "Вы уже дали согласие" in parent.text
    # the link is single-use
    other = harness.user(4200)
    await other.send(f"/start {parent_token}")
    assert "уже зарегистрировались" in other.text


async def test_adult_student_consents_without_a_parent(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый обучающийся")
    student = await opens_invite(harness, 4500, token)
    await student.click("18 или больше")
    assert "Согласие на обработку персональных данных" in student.text
    await student.click("Согласен")
    assert "Шаг 1 из 1" in student.text
    await student.send("Белова Дарья Олеговна")
    assert "Регистрация завершена" in student.text
    row = await person_row(db, 4500)
    assert (row["status"], row["is_minor"], row["guardian_id"]) == ("active", 0, None)
    kinds = [(e["kind"], e["action"]) for e in await consent_log(db) if e["person_id"] == row["id"]]
    assert kinds == [("pd", "given")]
    assert any("Зарегистрировалась новая участница: <b>Белова Дарья Олеговна</b> (наставляемый обучающийся)" in s.text
               for s in coordinator.shown())


async def test_student_who_does_not_want_to_join(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый обучающийся")
    student = await opens_invite(harness, 4600, token)
    await student.click("меньше 18")
    await student.click("Не хочу участвовать")
    assert "ты не участвуешь" in student.text
    assert await person_row(db, 4600) is None


async def test_parent_declines(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    student, parent_token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, parent_token)
    await parent.click("Не согласен")
    assert "Данные ребёнка удалены" in parent.text
    assert any("не дал согласия" in s.text for s in student.shown())
    assert await person_row(db, 4000) is None
    erased = await db.fetchone("SELECT * FROM persons WHERE status = 'withdrawn'")
    assert erased["full_name"] is None
    assert await db.fetchval("SELECT COUNT(*) FROM accounts WHERE person_id = ?", (erased["id"],)) == 0
    # the student can be invited again
    await student.send(f"/start {await invite(coordinator, 'Наставляемый обучающийся')}")
    assert "Выберите язык" in student.text


async def test_decline_stores_no_personal_data(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    persons_before = await db.fetchval("SELECT COUNT(*) FROM persons")
    teacher = await opens_invite(harness, 3000, token)
    await teacher.click("Не согласен")
    assert "Бот не сохранил о вас никаких данных" in teacher.text
    assert "откройте ссылку-приглашение" in teacher.text
    assert await db.fetchval("SELECT COUNT(*) FROM persons") == persons_before
    assert await db.fetchval("SELECT COUNT(*) FROM fsm_state WHERE user_id = 3000 AND state IS NOT NULL") == 0
    declined = (await consent_log(db))[-1]
    assert declined["action"] == "declined" and declined["person_id"] is None and declined["actor_id"] is None
    assert await db.fetchval("SELECT uses FROM invites WHERE token = ?", (token,)) == 0
    # coming back later with the same link works
    await teacher.send(f"/start {token}")
    await teacher.click("Русский")
    await teacher.click("Согласен")
    assert "Шаг 1 из 5" in teacher.text


async def test_start_again_shows_profile_without_duplicate(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    await register_adult(harness, 3000, token)
    teacher = harness.user(3000)
    await teacher.send("/start")
    assert "Ваш профиль" in teacher.text and "Петрова Анна Сергеевна" in teacher.text
    await teacher.send(f"/start {token}")
    assert "уже зарегистрированы" in teacher.text
    assert await db.fetchval("SELECT COUNT(*) FROM persons WHERE id = (SELECT person_id FROM accounts WHERE "
                             "external_id = 3000)") == 1


async def test_second_invite_adds_a_role(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Кандидат в наставники")
    await register_adult(harness, 3000, token)
    staff_token = await invite(coordinator, "Ответственный за мероприятия дорожной карты")
    teacher = harness.user(3000)
    await teacher.send(f"/start {staff_token}")
    assert "добавлена роль «ответственный за мероприятия дорожной карты»" in teacher.text
    person_id = (await person_row(db, 3000))["id"]
    roles = {r["role"] for r in await db.fetchall("SELECT role FROM person_roles WHERE person_id = ?", (person_id,))}
    assert roles == {"mentor_candidate", "staff"}
    await teacher.send("/help")
    assert "Вы кандидат в наставники" in teacher.text and "Вы отвечаете за мероприятия дорожной карты" in teacher.text
    # a student link does not turn an adult into a student
    student_token = await invite(coordinator, "Наставляемый обучающийся")
    await teacher.send(f"/start {student_token}")
    assert "не подходит" in teacher.text


async def test_bad_invite_tokens(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    one_use = await invite(coordinator, "Наставляемый педагог", uses="1 человек")
    await register_adult(harness, 3000, one_use)
    late = harness.user(3001)
    await late.send(f"/start {one_use}")
    assert "уже зарегистрировались все" in late.text

    revoked = await invite(coordinator, "Кандидат в наставники")
    await coordinator.send("/invites")
    await coordinator.click("Отозвать 1")
    await late.send(f"/start {revoked}")
    assert "отозвал куратор" in late.text

    for made_up in ("AAAAAAAAAAAAAAAAAAAAAA", "x", "🙂", "a" * 200, "' OR 1=1 --"):
        await late.send(f"/start {made_up}")
        assert "Такой ссылки-приглашения нет" in late.text
    assert await person_row(db, 3001) is None


@both_channels
async def test_used_up_while_reading_consent(harness: Harness, db: Database) -> None:
    """Two people open a one-use link; the second to press «Согласен» is told politely, nothing stored."""
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог", uses="1 человек")
    first, second = harness.user(3000), harness.user(3001)
    for person in (first, second):
        await person.send(f"/start {token}")
        await person.click("Русский")
    await first.click("Согласен")
    await second.click("Согласен")
    assert "уже зарегистрировались все" in second.alerts()[0]
    assert await person_row(db, 3001) is None
    assert await db.fetchval("SELECT uses FROM invites WHERE token = ?", (token,)) == 1


@both_channels
async def test_bad_input_where_a_name_is_expected(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = harness.user(3000)
    await teacher.send(f"/start {token}")
    await teacher.send("Привет")  # text instead of a language button
    assert "кнопкой" in teacher.text
    await teacher.click("Русский")
    await teacher.send("Согласен")  # typed instead of pressed
    assert "кнопкой под текстом согласия" in teacher.text
    await teacher.click("Согласен")
    await teacher.send_sticker()
    assert "ответьте текстом" in teacher.text
    await teacher.send_photo()
    assert "ответьте текстом" in teacher.text
    await teacher.send("А" * 4000)
    assert "Слишком длинно" in teacher.text and "фамилию, имя и отчество" in teacher.text
    for bad in ("Иванова", "Ivanova Мария", "R2D2 C3PO", "<b>Иванова</b> Мария", "   "):
        await teacher.send(bad)
        assert "Шаг 2 из 5" not in teacher.text  # the question is asked again, not the next one
        assert any(k in teacher.text for k in ("Нужны хотя бы фамилия и имя", "целиком кириллицей")), bad
    row = await person_row(db, 3000)
    assert row["full_name"] is None
    await teacher.send("Салтыкова-Щедрина Анна")
    assert "Шаг 2 из 5" in teacher.text
    await teacher.send("учитель")
    await teacher.send("история")
    await teacher.send("сто")
    assert "целым числом" in teacher.text
    await teacher.send("75")
    assert "целым числом" in teacher.text
    await teacher.send("12 лет")
    await teacher.send_contact("+79990000000", user_id=999)  # someone else's contact
    assert "только свой номер" in teacher.text
    await teacher.send("мой телефон 8 900")
    assert "Отправить мой номер" in teacher.text
    await teacher.send("Пропустить")
    row = await person_row(db, 3000)
    assert (row["full_name"], row["experience_years"], row["phone"], row["status"]) == (
        "Салтыкова-Щедрина Анна", 12, None, "active")


@both_channels
async def test_restart_in_the_middle_of_registration_resumes(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await opens_invite(harness, 3000, token, "English")
    harness.restart()  # at the consent screen: FSM state and language live in SQLite
    teacher = harness.user(3000)
    await teacher.send("/start")
    assert "I agree" in teacher.replies()[-1].button_texts()[0]
    await teacher.click("I agree")
    await teacher.send("Ivanova Maria")
    harness.restart()  # between two profile steps
    teacher = harness.user(3000)
    await teacher.send("primary school teacher")  # continues without /start
    assert "Step 3 of 5" in teacher.text
    harness.restart()
    teacher = harness.user(3000)
    await teacher.send("/start")
    assert "pick up where you left off" in teacher.text and "Step 3 of 5" in teacher.text
    await teacher.send("reading")
    await teacher.send("4")
    await teacher.send("Skip")
    row = await person_row(db, 3000)
    assert (row["status"], row["full_name"], row["position"], row["subject"]) == (
        "active", "Ivanova Maria", "primary school teacher", "reading")
