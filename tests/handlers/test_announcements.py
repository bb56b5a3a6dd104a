"""Announcements (/announce) and the programme information (/info), through the real Dispatcher; delivery through the
scheduler's job with the real notifier over the recording session, and with the fake notifier (outages, a crash)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from aiogram.methods import EditMessageText, SendDocument, SendMessage

from bot.callbacks import ActionCb, AnnCb
from bot.scheduler import announcements_job
from bot.services.access import Actor
from bot.services.announcements import AnnouncementService, Draft
from storage.data_map import erase_params, erase_statements
from storage.db import Database
from storage.persons import PersonRepo
from tests.conftest import both_channels
from tests.flows import FakeNotifier, SimulatedCrash, person_row, service_graph, working_pairs
from tests.harness import Client, Harness

NOTICE = "Объявление программы наставничества"


def to(harness: Harness, chat: int, marker: str = NOTICE) -> list[SendMessage]:
    return [m for m in harness.session.delivered()
            if isinstance(m, SendMessage) and m.chat_id == chat and marker in m.text]


async def draft(coordinator: Client, text: str, audience: str) -> None:
    """The coordinator writes a text-only announcement and picks the audience: the preview is on screen."""
    await coordinator.send("/announce")
    await coordinator.click("Новое объявление")
    await coordinator.send(text)
    await coordinator.click("Без файла")
    await coordinator.click(audience)


async def test_an_announcement_to_everyone_with_a_preview_one_confirmation_and_counts(harness: Harness,
                                                                                      db: Database) -> None:
    coordinator, mentor, mentee, history, other = await working_pairs(harness, db)
    await coordinator.send("/announce")
    assert "Объявлений пока не было" in coordinator.text
    await coordinator.click("Новое объявление")
    assert "Пришлите текст объявления" in coordinator.text and "до 3800 символов" in coordinator.text

    # what is not a text, an empty one and an over-long one (Telegram counts UTF-16 units: an emoji is two)
    await coordinator.send_sticker()
    assert "пришлите текст объявления — обычным сообщением" in coordinator.text
    await coordinator.send("   ")
    assert "Объявление пустое" in coordinator.text
    await coordinator.send("😀" * 1901)
    assert "Слишком длинно: 3802 символа, а можно не больше 3800" in coordinator.text

    await coordinator.send("Круглый стол <наставников> — в четверг в 15:00, каб. 12")
    assert "Приложить файл" in coordinator.text
    await coordinator.click("Без файла")
    assert "Кому отправить объявление?" in coordinator.text
    await coordinator.click("Всем участникам программы")
    preview, summary = coordinator.replies()[-2:]
    assert preview.text == ("📢 <b>Объявление программы наставничества</b> — МБОУ «СОШ № 5»\n\n"
                            "Круглый стол &lt;наставников&gt; — в четверг в 15:00, каб. 12")
    assert "Кому: всем участникам программы — 4 человека." in summary.text
    assert "📢 Отправить (4)" in summary.button_texts()

    # a double tap: one announcement, queued once
    await asyncio.gather(coordinator.click("Отправить (4)"), coordinator.click("Отправить (4)"))
    texts = [s.text for s in coordinator.shown()[-2:]]
    assert any("Объявление № 1 поставлено в очередь: всем участникам программы, 4 получателя" in t for t in texts)
    assert any("Объявление № 1 уже отправлено (4 получателя) — повторно его никто не получит" in t for t in texts)
    assert await db.fetchval("SELECT COUNT(*) FROM announcements") == 1

    # the scheduler's job sends it through the notifier; someone blocked the bot meanwhile
    harness.session.blocked_chats.add(other.id)
    service: AnnouncementService = harness.dp["announcements"]
    await announcements_job(service)
    for person in (mentor, mentee, history):
        [sent] = to(harness, person.id)
        assert "Круглый стол &lt;наставников&gt;" in sent.text
    assert len(to(harness, coordinator.id)) == 1 and not to(harness, other.id)  # the author: the preview only
    blocked = await person_row(db, other.id)
    assert blocked is not None and blocked["blocked_at"] is not None  # marked: nobody retries them
    assert (await service.deliver()).delivered == 0  # nothing twice

    await coordinator.send("/announce")
    assert "№ 1</b> от 01.09.2026 — всем участникам программы" in coordinator.text
    assert "«Круглый стол &lt;наставников&gt; — в четверг в 15:00, каб. 12»" in coordinator.text
    assert "получателей: 4, доставлено: 3, заблокировали бота: 1" in coordinator.text


async def test_delivery_rides_out_an_outage_and_a_crash_and_speaks_each_ones_language(
        harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, history, other = await working_pairs(harness, db)
    async with db.transaction():
        await db.execute("UPDATE persons SET locale = 'en' WHERE id = (SELECT person_id FROM accounts WHERE "
                         "external_id = ?)", (history.id,))
    await draft(coordinator, "Собрание в пятницу", "Наставникам и кандидатам")
    await coordinator.click("Отправить (2)")
    fake = FakeNotifier()
    service = service_graph(db, harness.clock, harness.settings, harness.translator, fake).announcements
    fake.fail_for = {mentor.id}  # the network fails on the way to one of them
    result = await service.deliver()
    assert (result.delivered, result.retried) == (1, 1)
    [sent] = fake.sent
    assert (sent["to"], sent["key"], sent["locale"], sent["parent"]) == (history.id, "announce-message", "en", "no")
    rendered = harness.translator.get(sent["key"], sent["locale"], sent)
    assert rendered.startswith("📢 <b>Mentoring programme announcement</b> — ")  # their language's wrapper
    assert rendered.endswith("Собрание в пятницу")  # the coordinator's text as typed

    await coordinator.send("/announce")
    assert "ещё отправляется: 1" in coordinator.text
    assert (await service.deliver()).delivered == 0  # not before the pause is over
    fake.fail_for.clear()
    harness.clock.advance(timedelta(minutes=2))
    assert (await service.deliver()).delivered == 1

    # the next one: the process dies right after Telegram took the first message
    await draft(coordinator, "Второе объявление", "Наставляемым")
    await coordinator.click("Отправить (2)")
    fake.crash_after_send = True
    with pytest.raises(BaseException) as crash:
        await service.deliver()
    assert crash.group_contains(SimulatedCrash) if isinstance(crash.value, BaseExceptionGroup) else True
    fake.crash_after_send = False
    restarted = service_graph(db, harness.clock, harness.settings, harness.translator, fake).announcements
    await restarted.deliver()  # its first run settles what the dead process left in flight
    got = [s["to"] for s in fake.sent if s["text"] == "Второе объявление"]
    assert sorted(got) == sorted({mentee.id, other.id}) and len(got) == 2  # nobody twice


@both_channels
async def test_one_pair_a_file_and_the_file_button(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, history, other = await working_pairs(harness, db)
    await coordinator.send("/announce")
    await coordinator.click("Новое объявление")
    await coordinator.send_document("План встречи.pdf", b"%PDF-1.4 plan")  # the file first, no caption
    assert "Файл получен. Теперь пришлите текст" in coordinator.text
    await coordinator.send("План встречи во вложении")
    assert "Кому отправить объявление?" in coordinator.text  # a file is there: no question about one
    await coordinator.click("Участникам одной пары или группы")
    assert "Действующих: 2" in coordinator.text
    await coordinator.click("№ 1:")
    summary = coordinator.replies()[-1].text
    assert "Кому: участникам пары № 1 — 2 человека." in summary and "Приложен файл: План встречи.pdf" in summary
    await coordinator.click("Отправить (2)")
    await harness.dp["announcements"].deliver()
    assert to(harness, mentor.id) and to(harness, mentee.id)
    assert not to(harness, history.id) and not to(harness, other.id)

    await mentee.click("Открыть приложенный файл")
    [document] = [m for m in mentee.last if isinstance(m, SendDocument)]
    assert document.chat_id == mentee.id and document.document
    if harness.channel == "telegram":
        assert str(document.document).startswith("doc")
    # someone the announcement did not reach cannot open its file with a forged button
    await other.press(ActionCb(command="annfile", target_id=1).pack())
    assert other.alerts() == ["Запись не найдена — возможно, её уже удалили."]


@both_channels
async def test_parents_get_it_in_a_parents_wrapper_and_open_the_programme_info(harness: Harness,
                                                                               db: Database) -> None:
    coordinator, mentor, mentee, _, _ = await working_pairs(harness, db)
    parent = harness.user(5000)
    async with db.transaction():  # a minor with a parent who consented (that flow has its own tests)
        await db.execute("UPDATE persons SET is_minor = 1, guardian_channel = ?, guardian_id = ?"
                         " WHERE id = (SELECT person_id FROM accounts WHERE external_id = ?)",
                         (harness.channel, parent.id, mentee.id))
    await draft(coordinator, "Родительское собрание 10.09 в 18:00", "Родителям")
    assert "— 1 человек." in coordinator.replies()[-1].text
    await coordinator.click("Отправить (1)")
    await harness.dp["announcements"].deliver()
    [sent] = to(harness, parent.id, "Объявление для родителей участников программы наставничества")
    assert sent.text.endswith("Родительское собрание 10.09 в 18:00")

    # the programme info: the coordinator sets it, a participant and a parent open it
    await coordinator.send("/info")
    assert "Информации о программе пока нет" in coordinator.text
    await coordinator.click("Текст о программе")
    await coordinator.send_sticker()
    assert "Здесь нужен текст — обычным сообщением" in coordinator.text
    await coordinator.send("Программа наставничества педагогов на 2026/27 учебный год.")
    assert "Сохранено" in coordinator.text
    await coordinator.click("Контакты куратора")
    await coordinator.send("Смирнова Ольга Ивановна, каб. 21, +7 900 000-00-00")
    await coordinator.click("Загрузить положение")
    await coordinator.send("не файл")
    assert "Пришлите положение файлом" in coordinator.text
    await coordinator.send_document("Положение о наставничестве.pdf", b"%PDF-1.4 regulation")
    assert "Сохранено" in coordinator.text
    for reader in (mentor, parent):
        await reader.send("/info")
        assert "О программе наставничества</b> — МБОУ «СОШ № 5»" in reader.text
        assert "Программа наставничества педагогов на 2026/27 учебный год." in reader.text
        assert "Смирнова Ольга Ивановна, каб. 21" in reader.text
        assert "Положение о наставничестве: Положение о наставничестве.pdf" in reader.text
        assert [m for m in reader.last if isinstance(m, SendDocument)]
        assert not reader.replies()[0].inline  # no editing buttons for them
    await coordinator.click("Убрать файл положения")
    assert "Файл положения убран" in coordinator.text
    await mentor.send("/info")
    assert not [m for m in mentor.last if isinstance(m, SendDocument)]

    stranger = harness.user(9999)
    await stranger.send("/info")
    assert "Информация о программе доступна участникам" in stranger.text


async def test_only_coordinators_announce_and_what_they_typed_goes_when_they_withdraw(harness: Harness,
                                                                                       db: Database) -> None:
    coordinator, mentor, *_ = await working_pairs(harness, db)
    await mentor.send("/announce")
    assert mentor.text == "Это действие вам недоступно."
    await mentor.press(AnnCb(a="new").pack())
    assert mentor.alerts() == ["Это действие вам недоступно."]
    await mentor.press(AnnCb(a="iset", v="body").pack())
    assert mentor.alerts() == ["Это действие вам недоступно."]
    await mentor.send("/help")
    assert "/info — о программе: положение, контакты куратора" in mentor.text and "/announce" not in mentor.text
    await coordinator.send("/help")
    assert "/announce — объявления участникам, родителям, одной паре" in coordinator.text

    await draft(coordinator, "Текст куратора", "Наставляемым")
    await coordinator.click("Отправить (2)")
    await coordinator.send("/info")
    await coordinator.click("Контакты куратора")
    await coordinator.send("Смирнова О. И., +7 900 000-00-00")
    row = await person_row(db, coordinator.id)
    assert row is not None
    async with db.transaction():  # the erasure withdrawal runs (derived from the data map)
        for statement in erase_statements():
            await db.execute(statement.sql, erase_params(row["id"], [coordinator.account]))
    assert await db.fetchval("SELECT body FROM announcements") == ""
    assert await db.fetchval("SELECT contacts FROM programme_info") is None
    result = await harness.dp["announcements"].deliver()
    assert (result.delivered, result.failed) == (0, 2)  # its text is gone: nothing empty goes out


async def test_the_history_is_paged_newest_first(harness: Harness, db: Database) -> None:
    coordinator, *_ = await working_pairs(harness, db)
    row = await person_row(db, coordinator.id)
    assert row is not None
    service: AnnouncementService = harness.dp["announcements"]
    actor = Actor(coordinator.account, person=await PersonRepo(db).get(row["id"]))
    for n in range(1, 7):  # queued as the confirmation does (its flow is tested above)
        await service.confirm(actor, service.new_token(actor), Draft(f"Объявление номер {n}", "mentors"))
    await coordinator.send("/announce")
    assert "(страница 1 из 2)" in coordinator.text
    assert "№ 6</b>" in coordinator.text and "№ 2</b>" in coordinator.text and "№ 1</b>" not in coordinator.text
    assert "наставникам и кандидатам в наставники" in coordinator.text
    await coordinator.click("›")
    edited = [m for m in coordinator.last if isinstance(m, EditMessageText)]
    assert edited and "(страница 2 из 2)" in edited[0].text and "«Объявление номер 1»" in edited[0].text
