from __future__ import annotations

from datetime import timedelta

from bot.callbacks import InviteCb
from storage.db import Database
from storage.models import Account
from tests.conftest import ADMIN_ID
from tests.flows import (
    coordinator_link,
    create_org,
    invite,
    link_token,
    make_coordinator,
    person_row,
    register_adult,
)
from tests.harness import Harness


async def test_admin_creates_organisation_and_coordinator_registers(harness: Harness, db: Database) -> None:
    admin = await create_org(harness)
    org = await db.fetchone("SELECT * FROM organisations")
    assert org["name"] == "МБОУ «СОШ № 5»" and org["kind"] == "school"
    assert org["timezone"] == "Europe/Moscow" and org["address"].startswith("г. Тверь")
    token = await coordinator_link(admin)
    coordinator = await register_adult(harness, 2000, token, "Смирнова Ольга Ивановна", phone="+7 900 123-45-67")
    assert "Регистрация завершена" in coordinator.text
    assert "Смирнова Ольга Ивановна" in coordinator.text
    row = await person_row(db, 2000)
    assert row["status"] == "active" and row["phone"] == "+79001234567"
    roles = await db.fetchall("SELECT role FROM person_roles WHERE person_id = ?", (row["id"],))
    assert [r["role"] for r in roles] == ["coordinator"]


async def test_only_admins_create_organisations(harness: Harness, db: Database) -> None:
    stranger = harness.user(555)
    await stranger.send("/neworg")
    assert "недоступно" in stranger.text
    await stranger.send("/orgs")
    assert "недоступно" in stranger.text
    assert await db.fetchval("SELECT COUNT(*) FROM organisations") == 0


async def test_admin_org_input_is_validated(harness: Harness, db: Database) -> None:
    admin = harness.user(ADMIN_ID)
    await admin.send("/neworg")
    await admin.send_sticker()
    assert "от 3 до 200 символов" in admin.text
    await admin.send("x" * 4000)
    assert "Слишком длинно: не больше 200 символов" in admin.text
    await admin.send("Детский сад № 7 «Солнышко»")
    await admin.send("не кнопкой")
    assert "кнопкой" in admin.text
    await admin.click("Детский сад")
    await admin.click("Другой")
    await admin.send("Mars/Olympus")
    assert "Такого часового пояса нет" in admin.text
    await admin.send("Asia/Chita")
    assert "Юридический адрес" in admin.text
    await admin.send("ул")
    assert "от 5 до 300 символов" in admin.text
    await admin.send("г. Чита, ул. Ленина, 1")
    assert "Asia/Chita" in admin.text and "г. Чита" in admin.text
    await admin.click("Создать")
    org = await db.fetchone("SELECT * FROM organisations")
    assert (org["kind"], org["timezone"], org["address"]) == ("kindergarten", "Asia/Chita", "г. Чита, ул. Ленина, 1")


async def test_cancel_stops_org_creation(harness: Harness, db: Database) -> None:
    admin = harness.user(ADMIN_ID)
    await admin.send("/neworg")
    await admin.send("Лицей № 2")
    await admin.send("/cancel")
    assert "Отменено" in admin.text
    await admin.send("Ещё текст")
    assert await db.fetchval("SELECT COUNT(*) FROM organisations") == 0


async def test_coordinator_creates_lists_and_revokes_invites(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/invite")
    assert coordinator.replies()[-1].button_texts() == [
        "Кандидат в наставники", "Наставник-обучающийся (ученик или студент)", "Наставник от организации-партнёра",
        "Наставляемый педагог", "Наставляемый обучающийся (ученик)", "Ответственный за мероприятия дорожной карты",
        "Куратор",
    ]
    await coordinator.click("Кандидат в наставники")
    assert "Сколько дней" in coordinator.text
    await coordinator.click("14 дней")
    await coordinator.click("до 10 человек")
    text = coordinator.text
    assert "Ссылка готова" in text and "Кандидат в наставники" in text and "15.09.2026" in text
    invite_row = await db.fetchone("SELECT * FROM invites WHERE role = 'mentor_candidate'")
    assert invite_row["max_uses"] == 10 and len(invite_row["token"]) >= 22
    await invite(coordinator, "Наставляемый педагог")

    await coordinator.send("/invites")
    listing = coordinator.replies()[-1]
    assert "Действующие приглашения" in listing.text
    assert "1. Наставляемый педагог" in listing.text and "2. Кандидат в наставники" in listing.text
    assert listing.button_texts() == ["✖ Отозвать 1", "✖ Отозвать 2"]
    await coordinator.click("Отозвать 2")
    assert coordinator.alerts() == ["Ссылка отозвана"]
    assert "Кандидат в наставники" not in coordinator.text
    revoked = await db.fetchone("SELECT revoked_at FROM invites WHERE id = ?", (invite_row["id"],))
    assert revoked["revoked_at"] is not None


async def test_participants_cannot_manage_invites(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    token = await invite(coordinator, "Наставляемый педагог")
    mentee = await register_adult(harness, 3000, token, "Кузнецов Павел Андреевич")
    await mentee.send("/invite")
    assert "недоступно" in mentee.text
    invite_id = await db.fetchval("SELECT id FROM invites WHERE role = 'mentee_teacher'")
    await mentee.press(InviteCb(action="revoke", invite_id=invite_id).pack())
    assert "недоступно" in mentee.alerts()[0]
    await mentee.press(InviteCb(action="uses", role="coordinator", days=7, uses=1).pack())
    assert "недоступно" in mentee.alerts()[0]
    assert await db.fetchval("SELECT revoked_at FROM invites WHERE id = ?", (invite_id,)) is None
    assert await db.fetchval("SELECT COUNT(*) FROM invites WHERE role = 'coordinator'") == 1


async def test_coordinator_cannot_touch_another_organisations_invites(harness: Harness, db: Database) -> None:
    coordinator_a = await make_coordinator(harness, 2000)
    await invite(coordinator_a, "Наставляемый педагог")
    admin = await create_org(harness, "Гимназия № 1")
    token_b = await coordinator_link(admin)
    coordinator_b = await register_adult(harness, 2100, token_b, "Орлова Нина Петровна")
    foreign = await db.fetchval("SELECT id FROM invites WHERE role = 'mentee_teacher'")
    await coordinator_b.press(InviteCb(action="revoke", invite_id=foreign).pack())
    assert "недоступно" in coordinator_b.alerts()[0]
    assert await db.fetchval("SELECT revoked_at FROM invites WHERE id = ?", (foreign,)) is None
    await coordinator_b.send("/invites")
    assert "нет" in coordinator_b.text  # sees none of organisation A's invites


async def test_forged_and_stale_buttons_change_nothing(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    before = await db.fetchval("SELECT COUNT(*) FROM invites")
    forged = (InviteCb(action="uses", role="mentor_candidate", days=9999, uses=1).pack(),
              InviteCb(action="role", role="superuser").pack(), InviteCb(action="uses", role="parent", days=7,
                                                                          uses=1).pack())
    for data in ("zz:1", *forged, "i1:uses:mentor_candidate:9999:1:0", "p1:confirm:999",
                 "o1:coord:1", "c1:1", "l1:ru", "tz1:5", "ok1:school", "x" * 64):
        await coordinator.press(data)
        assert coordinator.alerts(), data
    assert await db.fetchval("SELECT COUNT(*) FROM invites") == before
    row = await person_row(db, coordinator.id)
    assert row["status"] == "active"


async def test_expired_invite_link(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/invite")
    await coordinator.click("Наставляемый педагог")
    await coordinator.click("1 день")
    await coordinator.click("1 человек")
    from tests.flows import link_token

    token = link_token(coordinator.text)
    harness.clock.advance(timedelta(days=1, seconds=1))
    late = harness.user(3000)
    await late.send(f"/start {token}")
    assert "Срок действия этой ссылки истёк" in late.text
    assert await person_row(db, 3000) is None


async def test_long_lists_are_paged(harness: Harness, db: Database) -> None:
    from bot.services.access import Actor
    from bot.services.organisations import OrganisationService, OrgDraft
    from storage.models import OrgKind

    orgs: OrganisationService = harness.dp["organisations"]
    admin_actor = Actor(Account.telegram(ADMIN_ID), is_admin=True)
    long_name = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № {}»"
    for n in range(1, 26):
        await orgs.create(admin_actor, OrgDraft(long_name.format(n), OrgKind.SCHOOL, "Europe/Moscow", "ул. Мира, 1"))
    admin = harness.user(ADMIN_ID)
    await admin.send("/orgs")
    first = admin.replies()[-1]
    assert len(first.text) < 4096 and "№ 1»" in first.text and "№ 11»" not in first.text
    assert first.button_texts()[-2:] == ["1/3", "›"]
    await admin.click("›")
    second = admin.replies()[-1]
    assert "№ 11»" in second.text and second.button_texts()[-3:] == ["‹", "2/3", "›"]
    await admin.click("Ссылка для куратора: Муниципальное")
    assert "https://t.me/test_bot?start=" in admin.text

    coordinator = await register_adult(harness, 2000, link_token(admin.text), "Смирнова Ольга Ивановна")
    for _ in range(12):
        await invite(coordinator, "Наставляемый педагог")
    await coordinator.send("/invites")
    listing = coordinator.replies()[-1]
    assert "10. Наставляемый педагог" in listing.text and "11." not in listing.text
    await coordinator.click("›")
    await coordinator.click("Отозвать 12")
    page = coordinator.replies()[-1]
    assert "11. Наставляемый педагог" in page.text and "12." not in page.text
    assert await db.fetchval("SELECT COUNT(*) FROM invites WHERE revoked_at IS NOT NULL") == 1
