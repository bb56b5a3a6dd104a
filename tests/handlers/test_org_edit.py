"""Changing an organisation through the real Dispatcher: any answer on the summary of /neworg, and /org for its
coordinator — validated as at creation; a kind that would strand people is refused, saying who."""

from __future__ import annotations

from bot.callbacks import OrgEditCb
from storage.db import Database
from tests.conftest import ADMIN_ID
from tests.flows import (
    coordinator_link,
    create_org,
    invite,
    make_coordinator,
    parent_opens,
    person_row,
    register_adult,
    register_student,
)
from tests.harness import Harness


async def test_the_summary_of_neworg_changes_any_answer(harness: Harness, db: Database) -> None:
    admin = harness.user(ADMIN_ID)
    await admin.send("/neworg")
    await admin.send("МБОУ СОШ 5")
    await admin.click("Школа")
    await admin.click("Москва")
    await admin.send("г. Тверь, ул. Школьная, д. 1")
    buttons = admin.replies()[-1].button_texts()
    assert {"✅ Создать", "✏️ Название", "✏️ Тип", "✏️ Часовой пояс", "✏️ Адрес", "Отмена"} <= set(buttons)
    await admin.click("✏️ Название")
    assert "Название организации полностью" in admin.text
    await admin.send("МБ")
    assert "от 3 до 200 символов" in admin.text
    await admin.send("МБОУ «Средняя школа № 5»")
    assert "Проверьте" in admin.text and "Название: МБОУ «Средняя школа № 5»" in admin.text  # straight back
    await admin.click("✏️ Тип")
    await admin.click("Колледж")
    assert "Тип: Колледж / техникум" in admin.text and "Часовой пояс: Москва" in admin.text
    await admin.click("✏️ Часовой пояс")
    await admin.click("Другой")
    await admin.send("Europe/Volgograd")
    assert "Часовой пояс: Europe/Volgograd" in admin.text
    await admin.click("✏️ Адрес")
    await admin.send("г. Тверь, ул. Новая, д. 2")
    assert "Адрес: г. Тверь, ул. Новая, д. 2" in admin.text
    await admin.click("Создать")
    org = await db.fetchone("SELECT * FROM organisations")
    assert (org["name"], org["kind"], org["timezone"], org["address"]) == (
        "МБОУ «Средняя школа № 5»", "college", "Europe/Volgograd", "г. Тверь, ул. Новая, д. 2")


async def test_the_coordinator_edits_the_organisation(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/org")
    assert "<b>МБОУ «СОШ № 5»</b>" in coordinator.text and "Юридический адрес: г. Тверь" in coordinator.text
    await coordinator.click("✏️ Адрес")
    await coordinator.send("ул")
    assert "от 5 до 300 символов" in coordinator.text
    await coordinator.send("170100, г. Тверь, ул. Советская, д. 3")
    assert "Сохранено." in coordinator.text and "Юридический адрес: 170100, г. Тверь, ул. Советская, д. 3" in \
        coordinator.text
    await coordinator.click("✏️ Часовой пояс")
    await coordinator.click("Самара")
    assert "Часовой пояс: Самара" in coordinator.text
    await coordinator.click("✏️ Часовой пояс")
    await coordinator.click("Другой")
    await coordinator.send("Mars/Olympus")
    assert "Такого часового пояса нет" in coordinator.text
    await coordinator.send("Asia/Chita")
    assert "Часовой пояс: Asia/Chita" in coordinator.text
    await coordinator.click("✏️ Название")
    await coordinator.send("МБОУ «СОШ № 5 имени А. С. Пушкина»")
    assert "<b>МБОУ «СОШ № 5 имени А. С. Пушкина»</b>" in coordinator.text
    await coordinator.click("✏️ Тип")
    assert "Сейчас тип организации — «Школа»" in coordinator.text
    await coordinator.click("Колледж")  # nobody would be stranded: teachers are in every kind
    assert "Тип: Колледж / техникум" in coordinator.text
    assert await db.fetchval("SELECT kind FROM organisations") == "college"


async def test_a_kind_that_strands_people_is_refused_saying_who(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    student, parent_token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, parent_token)
    await parent.click("Согласен")
    assert (await person_row(db, student.id))["status"] == "active"
    await coordinator.send("/org")
    await coordinator.click("✏️ Тип")
    await coordinator.click("Детский сад")
    assert "Тип «Детский сад» выбрать нельзя" in coordinator.text
    assert "• наставляемый обучающийся: 1 человек" in coordinator.text
    assert await db.fetchval("SELECT kind FROM organisations") == "school"
    org_id = (await person_row(db, coordinator.id))["org_id"]
    await coordinator.press(OrgEditCb(a="k", o=org_id, v="kindergarten").pack())  # pressed again: still refused
    assert await db.fetchval("SELECT kind FROM organisations") == "school"


async def test_the_super_admin_changes_any_organisation_from_orgs(harness: Harness, db: Database) -> None:
    admin = await create_org(harness)
    await admin.send("/orgs")
    await admin.click("✏️ Изменить: МБОУ «СОШ № 5»")
    assert "<b>МБОУ «СОШ № 5»</b>" in admin.text and "Тип: Школа" in admin.text
    await admin.click("✏️ Название")
    await admin.send("МБОУ «Лицей № 5»")
    assert "Сохранено." in admin.text and "<b>МБОУ «Лицей № 5»</b>" in admin.text
    assert await db.fetchval("SELECT name FROM organisations") == "МБОУ «Лицей № 5»"


async def test_only_the_organisations_coordinator_edits_it(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    mentor = await register_adult(harness, 3000, await invite(coordinator, "Кандидат в наставники"))
    await mentor.send("/org")
    assert "недоступно" in mentor.text
    org_id = (await person_row(db, coordinator.id))["org_id"]
    admin = await create_org(harness, "МБОУ «Гимназия № 2»")
    other = await register_adult(harness, 2100, await coordinator_link(admin), "Кузнецова Вера Павловна")
    await other.press(OrgEditCb(a="z", o=org_id, v="3").pack())
    assert "недоступно" in other.alerts()[0]
    await other.press(OrgEditCb(a="name", o=org_id).pack())
    assert "недоступно" in other.alerts()[0]
    assert await db.fetchval("SELECT timezone FROM organisations WHERE id = ?", (org_id,)) == "Europe/Moscow"


async def test_open_links_for_roles_the_kind_has_not_are_in_the_way(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await invite(coordinator, "Наставляемый обучающийся")  # nobody has opened it yet
    await coordinator.send("/org")
    await coordinator.click("✏️ Тип")
    await coordinator.click("Детский сад")
    assert "Тип «Детский сад» выбрать нельзя" in coordinator.text
    assert "• действующие ссылки-приглашения «наставляемый обучающийся»: 1 — отзовите их в /invites" in \
        coordinator.text
    await coordinator.send("/invites")
    await coordinator.click("Отозвать")
    await coordinator.send("/org")
    await coordinator.click("✏️ Тип")
    await coordinator.click("Детский сад")
    assert "Тип: Детский сад" in coordinator.text
    assert await db.fetchval("SELECT kind FROM organisations") == "kindergarten"


async def test_a_new_time_zone_moves_the_reminders(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/roadmap")
    await coordinator.click("Взять типовой шаблон")
    await coordinator.click("Активировать")
    sql = ("SELECT send_after FROM reminders WHERE status = 'pending' AND activity_id IS NOT NULL"
           " ORDER BY activity_id, person_id, kind, fire_on")
    before = [r["send_after"] for r in await db.fetchall(sql)]
    assert before
    await coordinator.send("/org")
    await coordinator.click("✏️ Часовой пояс")
    await coordinator.click("Владивосток")
    after = [r["send_after"] for r in await db.fetchall(sql)]
    # 09:00 in Vladivostok is 7 hours earlier in UTC than 09:00 in Moscow
    assert len(after) == len(before) and all(a < b for a, b in zip(after, before, strict=True))
