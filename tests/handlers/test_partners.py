"""/partners: the coordinator's list of partner organisations that provide mentors (issue 15)."""

from __future__ import annotations

import asyncio

from aiogram.fsm.storage.base import StorageKey

from bot.callbacks import PartnerCb
from storage.db import Database
from tests.flows import actor_of, coordinator_link, create_org, invite, make_coordinator, register_adult
from tests.harness import Client, Harness


async def add_partner(coordinator: Client, name: str, kind_button: str, contact: str | None) -> None:
    await coordinator.send("/partners")
    await coordinator.click("Добавить")
    assert "Как называется организация-партнёр" in coordinator.text
    await coordinator.send(name)
    assert "что это за организация" in coordinator.text
    await coordinator.click(kind_button)
    assert "контактное лицо" in coordinator.text
    if contact is None:
        await coordinator.click("Пропустить")
    else:
        await coordinator.send(contact)
    assert "в списке партнёров" in coordinator.text


async def fsm_state(harness: Harness, user_id: int) -> str | None:
    key = StorageKey(bot_id=harness.bot.id, chat_id=user_id, user_id=user_id)
    return await harness.dp.storage.get_state(key)


async def test_coordinator_adds_partners_and_sees_them_with_mentor_counts(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/partners")
    assert "Организаций-партнёров пока нет" in coordinator.text
    assert coordinator.replies()[-1].button_texts() == ["➕ Добавить"]

    await add_partner(coordinator, "  АО «Тверской   вагоностроительный завод» ", "Работодатель",
                      "Иванов Пётр, начальник отдела кадров, +7 900 000-00-00")
    assert "АО «Тверской вагоностроительный завод»" in coordinator.text  # stripped, spaces collapsed
    await add_partner(coordinator, "ТвГУ", "Вуз", None)
    assert await fsm_state(harness, coordinator.id) is None
    rows = await db.fetchall("SELECT * FROM partners ORDER BY id")
    assert [(r["name"], r["kind"], r["contact"]) for r in rows] == [
        ("АО «Тверской вагоностроительный завод»", "employer",
         "Иванов Пётр, начальник отдела кадров, +7 900 000-00-00"),
        ("ТвГУ", "university", None)]

    # two teachers registered as mentors; two of them come from the plant, one of those has left
    token = await invite(coordinator, "Кандидат в наставники")
    for user_id, name in ((3000, "Иванова Мария Петровна"), (3001, "Орлов Игорь Николаевич"),
                          (3002, "Зайцев Олег Юрьевич")):
        await register_adult(harness, user_id, token, name)
    async with db.transaction():
        await db.execute("UPDATE persons SET partner_id = ? WHERE id IN (SELECT person_id FROM accounts WHERE "
                         "external_id IN (3000, 3001, 3002))", (rows[0]["id"],))
        await db.execute("UPDATE persons SET status = 'withdrawn' WHERE id = (SELECT person_id FROM accounts WHERE "
                         "external_id = 3002)")

    await coordinator.send("/partners")
    listing = coordinator.replies()[-1]
    assert "Организации-партнёры</b> (2)" in listing.text
    assert "1. <b>АО «Тверской вагоностроительный завод»</b> — работодатель / предприятие; 2 наставника" in listing.text
    assert "2. <b>ТвГУ</b> — вуз; наставников пока нет" in listing.text
    assert listing.button_texts() == ["1. АО «Тверской вагоностроительный завод»", "2. ТвГУ", "➕ Добавить"]

    await coordinator.click("2. ТвГУ")
    card = coordinator.replies()[-1]
    assert "<b>ТвГУ</b>" in card.text and "Вид: вуз" in card.text and "Контактное лицо: не указано" in card.text
    assert card.button_texts() == ["🗑 Убрать из списка", "‹ К списку"]
    await coordinator.click("К списку")
    assert "Организации-партнёры" in coordinator.text


async def test_double_tap_on_the_last_step_adds_the_partner_once(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/partners")
    await coordinator.click("Добавить")
    await coordinator.send("Дом культуры «Октябрь»")
    await coordinator.click("Учреждение культуры или спорта")
    # two presses arrive at once (a nervous double tap): one partner, one «added»; the user's updates are handled
    # one after another (UpdateIsolation), so the second finds the form finished and is told the step is done
    before = len(harness.session.requests)
    await asyncio.gather(coordinator.click("Пропустить"), coordinator.click("Пропустить"))
    assert await db.fetchval("SELECT COUNT(*) FROM partners") == 1
    sent = harness.session.requests[before:]
    texts = [m.text for m in sent if type(m).__name__ == "SendMessage"]
    assert len(texts) == 1 and "— в списке партнёров" in texts[0]
    alerts = [m.text or "" for m in sent if type(m).__name__ == "AnswerCallbackQuery"]
    assert any("неактуально" in a or "уже в списке" in a for a in alerts), alerts
    # the same name through the whole form once more: still one, and the coordinator is told so
    await coordinator.send("/partners")
    await coordinator.click("Добавить")
    await coordinator.send("Дом культуры «Октябрь»")
    await coordinator.click("Учреждение культуры или спорта")
    await coordinator.send("Петрова Анна, методист")
    assert "Организация <b>Дом культуры «Октябрь»</b> уже в списке партнёров" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM partners") == 1
    assert await fsm_state(harness, coordinator.id) is None


async def test_a_sticker_or_a_bad_name_is_refused_politely(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/partners")
    await coordinator.click("Добавить")
    await coordinator.send_sticker()
    assert coordinator.text == "Напишите название организации текстом — от 2 до 200 символов."
    await coordinator.send_photo()
    assert "от 2 до 200 символов" in coordinator.text
    await coordinator.send(" Я ")
    assert "от 2 до 200 символов" in coordinator.text
    await coordinator.send("Ф" * 201)
    assert "не больше 200 символов" in coordinator.text
    assert await fsm_state(harness, coordinator.id) == "PartnerForm:name"  # still asking for the name
    await coordinator.send("НКО «Старшие братья»")
    await coordinator.send("некий вид")  # typed instead of a button
    assert "кнопкой" in coordinator.text
    await coordinator.click("НКО")
    await coordinator.send_sticker()
    assert "Напишите контакт текстом" in coordinator.text
    await coordinator.send("/cancel")
    assert "Отменено" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM partners") == 0


async def test_remove_asks_once_naming_the_partner_then_removes(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await add_partner(coordinator, "Тверской колледж транспорта", "Колледж", "Смирнов Игорь, +7 900 111-22-33")
    partner_id = await db.fetchval("SELECT id FROM partners")
    await coordinator.send("/partners")
    await coordinator.click("1. Тверской колледж")
    assert "Контактное лицо: Смирнов Игорь" in coordinator.text
    await coordinator.click("Убрать из списка")
    question = coordinator.replies()[-1]
    assert "Убрать <b>Тверской колледж транспорта</b> из списка партнёров?" in question.text
    assert question.button_texts() == ["Да, убрать", "Нет, оставить"]
    assert await db.fetchval("SELECT removed_at FROM partners") is None  # only asked
    await coordinator.click("Нет, оставить")
    assert "Контактное лицо: Смирнов Игорь" in coordinator.text  # back on the card, nothing changed
    await coordinator.click("Убрать из списка")
    await coordinator.click("Да, убрать")
    assert coordinator.alerts() == ["Убрано из списка"]
    assert "Организация <b>Тверской колледж транспорта</b> убрана из списка партнёров" in coordinator.text
    assert "Организаций-партнёров пока нет" in coordinator.text
    row = await db.fetchone("SELECT * FROM partners")
    assert row["removed_at"] is not None and row["contact"] is None  # the contact is erased
    await coordinator.press(PartnerCb(a="rmok", id=partner_id).pack())  # a second tap
    assert coordinator.alerts() == ["Уже убрано из списка"]
    await coordinator.press(PartnerCb(a="card", id=partner_id).pack())  # a stale card button
    assert "не найдена" in coordinator.alerts()[0]
    # the same name can be added again later
    await add_partner(coordinator, "Тверской колледж транспорта", "Колледж", None)
    assert await db.fetchval("SELECT COUNT(*) FROM partners WHERE removed_at IS NULL") == 1


async def test_another_organisations_coordinator_cannot_open_or_remove_a_partner(harness: Harness,
                                                                                 db: Database) -> None:
    coordinator_a = await make_coordinator(harness, 2000)
    await add_partner(coordinator_a, "ТвГУ", "Вуз", "Кузнецова Елена, проректор")
    foreign = await db.fetchval("SELECT id FROM partners")
    admin = await create_org(harness, "Гимназия № 1")
    coordinator_b = await register_adult(harness, 2100, await coordinator_link(admin), "Орлова Нина Петровна")
    for action in ("card", "rm", "rmok"):
        await coordinator_b.press(PartnerCb(a=action, id=foreign).pack())
        assert coordinator_b.alerts() == ["Это действие вам недоступно."], action
        assert "Кузнецова" not in coordinator_b.text
    row = await db.fetchone("SELECT * FROM partners")
    assert row["removed_at"] is None and row["contact"] == "Кузнецова Елена, проректор"
    await coordinator_b.send("/partners")
    assert "Организаций-партнёров пока нет" in coordinator_b.text  # sees none of organisation A's partners


async def test_only_coordinators_manage_partners(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await add_partner(coordinator, "ТвГУ", "Вуз", None)
    token = await invite(coordinator, "Наставляемый педагог")
    teacher = await register_adult(harness, 3000, token, "Кузнецов Павел Андреевич")
    await teacher.send("/partners")
    assert "недоступно" in teacher.text
    await teacher.press(PartnerCb(a="add").pack())
    assert "недоступно" in teacher.alerts()[0]
    assert await fsm_state(harness, teacher.id) is None
    await teacher.press(PartnerCb(a="rmok", id=await db.fetchval("SELECT id FROM partners")).pack())
    assert "недоступно" in teacher.alerts()[0]
    assert await db.fetchval("SELECT removed_at FROM partners") is None
    stranger = harness.user(555)
    await stranger.send("/partners")
    assert "недоступно" in stranger.text


async def test_a_long_list_is_paged(harness: Harness, db: Database) -> None:
    from bot.services.partners import PartnerDraft, PartnerService

    coordinator = await make_coordinator(harness)
    service: PartnerService = harness.dp["partners"]
    actor = await actor_of(db, coordinator.id)
    long = "ООО «Предприятие & партнёр № {:02d}» " + "очень длинное название " * 8
    for n in range(1, 24):
        await service.add(actor, PartnerDraft(long.format(n)[:200], "employer", None))
    choices = await service.choices(actor)  # what the invite flow offers: the organisation's partners by name
    assert len(choices) == 23 and [p.name for p in choices] == sorted(p.name for p in choices)

    await coordinator.send("/partners")
    first = coordinator.replies()[-1]
    assert len(first.text) < 4096 and "№ 01»" in first.text and "№ 11»" not in first.text
    assert "&amp;" in first.text  # a name is escaped in the HTML text, shown as typed on its button
    assert first.button_texts()[0].startswith("1. ООО «Предприятие & партнёр № 01»")
    assert first.button_texts()[-3:] == ["1/3", "›", "➕ Добавить"]
    await coordinator.click("›")
    second = coordinator.replies()[-1]
    assert "11. <b>ООО «Предприятие &amp; партнёр № 11»" in second.text and "№ 10»" not in second.text
    assert second.button_texts()[-4:] == ["‹", "2/3", "›", "➕ Добавить"]
    assert all(len(data.encode()) <= 64 for _, data in second.inline)
    await coordinator.click("13. ООО")
    assert "№ 13»" in coordinator.text
    await coordinator.click("К списку")  # back on the page the card was opened from
    assert "11. <b>ООО" in coordinator.text
