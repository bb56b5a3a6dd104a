"""A participant fixes their own profile through the real Dispatcher — one field at a time, validated as at
registration — and the experience they gave is not asked again in the mentor's questionnaire."""

from __future__ import annotations

from aiogram.types import ReplyKeyboardRemove

from storage.db import Database
from tests.conftest import both_channels
from tests.flows import invite, make_coordinator, person_row, register_adult, register_student
from tests.harness import Harness


async def test_a_teacher_fixes_a_typo_in_the_profile(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    teacher = await register_adult(harness, 3100, await invite(coordinator, "Наставляемый педагог"),
                                   "Петрова Анна Сергевна")
    await teacher.send("/start")
    profile = teacher.replies()[-1]
    assert "ФИО: Петрова Анна Сергевна" in profile.text and "Исправить данные — кнопками ниже" in profile.text
    assert profile.button_texts() == ["✏️ ФИО", "✏️ Должность", "✏️ Предмет", "✏️ Стаж", "✏️ Телефон"]
    await teacher.click("ФИО")
    assert "Напишите фамилию, имя и отчество полностью" in teacher.text and "/cancel" in teacher.text
    await teacher.send("Петрова")
    assert "Нужны хотя бы фамилия и имя" in teacher.text  # as at registration; the question stays
    await teacher.send("петрова анна сергеевна")
    assert "Сохранено." in teacher.text and "ФИО: Петрова Анна Сергеевна" in teacher.text
    assert (await person_row(db, 3100))["full_name"] == "Петрова Анна Сергеевна"

    await teacher.click("Стаж")
    await teacher.send("75")
    assert "от 0 до 60" in teacher.text
    await teacher.send("5 лет")
    assert "Педагогический стаж: 5 лет" in teacher.text
    await teacher.click("Должность")
    await teacher.send("/cancel")
    assert "Отменено" in teacher.text
    await teacher.send("учитель химии")  # not taken as a new position after /cancel
    assert (await person_row(db, 3100))["position"] == "учитель математики"
    await teacher.click("Предмет")
    await teacher.send("химия и биология")
    assert "Предмет / направление: химия и биология" in teacher.text


@both_channels
async def test_the_phone_by_the_share_button_only(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    teacher = await register_adult(harness, 3100, await invite(coordinator, "Наставляемый педагог"))
    await teacher.send("/start")
    await teacher.click("Телефон")
    assert "Новый номер — кнопкой «📱 Отправить мой номер»" in teacher.text
    assert f"только свой номер {'MAX' if harness.channel == 'max' else 'Telegram'}" in teacher.text
    assert teacher.replies()[-1].reply_buttons == ["📱 Отправить мой номер", "Не менять"]
    await teacher.send("+7 900 000-00-00")  # typed: not accepted
    assert "только кнопкой" in teacher.text
    await teacher.send_contact("+79001112233", user_id=999)  # someone else's contact
    assert "только свой номер" in teacher.text
    await teacher.send_contact("89001112233")
    assert "Сохранено." in teacher.text and "Телефон: +79001112233" in teacher.text
    if harness.channel == "telegram":  # the keyboard under the input field goes away
        assert isinstance(teacher.replies()[0].method.reply_markup, ReplyKeyboardRemove)  # type: ignore[union-attr]
    else:  # MAX: the share button was under the question, an inline keyboard; the answer has none
        assert teacher.replies()[0].reply_buttons == []
    await teacher.click("Телефон")
    assert "🗑 Удалить номер" in teacher.replies()[-1].reply_buttons
    await teacher.send("🗑 Удалить номер")
    assert "Телефон: не указан" in teacher.text
    assert (await person_row(db, 3100))["phone"] is None
    await teacher.click("Телефон")
    await teacher.send("Не менять")
    assert "ничего не меняем" in teacher.text


async def test_experience_is_not_asked_again_in_the_questionnaire(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    mentor = await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"))
    await mentor.send("/survey")  # one questionnaire: straight in
    assert "педагогический стаж" not in mentor.text and "квалификационная категория" in mentor.text
    person_id = (await person_row(db, 3000))["id"]
    value = await db.fetchval("SELECT a.value FROM answers a JOIN answer_sets s ON s.id = a.answer_set_id"
                              " WHERE s.person_id = ? AND a.question_id = 'experience_years'", (person_id,))
    assert value == "3"  # the profile's «3», given at registration


async def test_a_pupil_edits_nothing_a_parent_consented_to(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    student, _ = await register_student(harness, coordinator)
    await student.send("/start")
    assert not student.replies()[-1].button_texts()  # a minor's name is the one the parent's consent names
    from bot.callbacks import ProfileCb

    await student.press(ProfileCb(a="ask", f="full_name").pack())
    assert student.alerts()
    del db
