"""The roadmap in chat: template, upload, linking with close-name flags, dates, activation, tasks, buttons."""

from __future__ import annotations

from datetime import timedelta

from bot.callbacks import ActionCb, RoadmapCb
from storage.db import Database
from tests.conftest import both_channels
from tests.flows import coordinator_link, create_org, invite, make_coordinator, person_row, register_adult
from tests.harness import Harness

TABLE = """| № | Наименование этапа | Мероприятия | Сроки | Ответственные |
|---|---|---|---|---|
| 1. | Банк наставников | Анкетирование потенциальных наставников | 10.10.2026 | Гришенкова А.Н. |
| 2. | Пары | Приказ о закреплении пар | Ноябрь | Директор |
| 3. | Встречи | Регулярные встречи | По факту | Наставник |
| 4. | Итоги | Круглый стол <лучшие практики> & итоги | Когда-нибудь потом | Рабочая группа |
"""


async def staff(h: Harness, coordinator, user_id: int, name: str):
    token = await invite(coordinator, "Ответственный за мероприятия дорожной карты")
    return await register_adult(h, user_id, token, name)


async def active_roadmap_with_grishenkova(h: Harness):
    """The coordinator uploads TABLE, links «Гришенкова А.Н.» to the registered staff member and activates."""
    coordinator = await make_coordinator(h)
    grishenkova = await staff(h, coordinator, 3001, "Гришенкова Анна Николаевна")
    await coordinator.send_document("карта.md", TABLE.encode())
    await coordinator.click("Ответственные")
    await coordinator.click("Гришенкова А.Н.")
    await coordinator.click("Гришенкова Анна Николаевна")
    await coordinator.send("/roadmap")
    await coordinator.click("Активировать")
    return coordinator, grishenkova


async def test_template_draft_and_activation(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/roadmap")
    assert "Дорожная карта ещё не загружена" in coordinator.text
    await coordinator.click("Взять типовой шаблон")
    preview = coordinator.replies()[-1]
    assert "Черновик дорожной карты на 2026/2027 учебный год" in preview.text
    assert "Этапов: 8, мероприятий: 18" in preview.text
    assert preview.button_texts() == [f"Этап {n}" for n in range(1, 9)] + [
        "👥 Ответственные", "📅 Сроки", "✅ Активировать", "🗑 Удалить черновик"]
    # the draft shows each stage with its activities, not only counts
    assert "Этап 1. Подготовка условий для запуска программы наставничества" in preview.text
    assert "1.1. Издание приказа о внедрении системы наставничества" in preview.text
    await coordinator.click("Активировать")
    assert "активирована" in coordinator.text and "Выполнено 0 из 18" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM reminders") > 0
    await coordinator.click("Этап 1")
    assert "Этап 1. Подготовка условий" in coordinator.text and "срок: 01.09.2026–30.09.2026" in coordinator.text


@both_channels
async def test_upload_link_dates_activate_and_tasks(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    grishenkova = await staff(harness, coordinator, 3001, "Гришенкова Анна Николаевна")
    await staff(harness, coordinator, 3002, "Грищенко Алла Николаевна")
    await coordinator.send_document("Дорожная карта.md", TABLE.encode())
    preview = coordinator.text
    assert "Черновик" in preview and "Этапов: 4, мероприятий: 4" in preview
    assert "Что бот не понял" in preview and "Когда-нибудь потом" in preview
    # every activity is on the draft, under its stage, its title HTML-safe
    assert "<b>Этап 4. Итоги</b>\n▫️ 4.1. Круглый стол &lt;лучшие практики&gt; &amp; итоги" in preview
    await coordinator.click("Ответственные")
    assert coordinator.replies()[-1].button_texts()[:4] == [
        "❔ Гришенкова А.Н.", "❔ Директор", "❔ Наставник", "❔ Рабочая группа"]
    await coordinator.click("Гришенкова А.Н.")
    options = coordinator.replies()[-1]
    assert options.button_texts()[:2] == ["Гришенкова Анна Николаевна", "≈ Грищенко Алла Николаевна"]
    assert "похожее, но не то же имя" in options.text
    await coordinator.click("Гришенкова Анна Николаевна")
    assert coordinator.alerts() == ["Привязан"]
    assert coordinator.replies()[-1].button_texts()[0] == "✅ Гришенкова Анна Николаевна"
    await coordinator.click("Назад")
    await coordinator.click("Назад")
    assert "привязаны к сотрудникам: 1 из 4" in coordinator.text

    await coordinator.click("Сроки")
    await coordinator.click("2")
    assert "Приказ о закреплении пар" in coordinator.text and "30.11.2026" in coordinator.text
    await coordinator.send("вчера или позавчера")
    assert "Не понял срок" in coordinator.text
    await coordinator.send("15.12.2026")
    assert "Срок изменён" in coordinator.text and "15.12.2026" in coordinator.text
    await coordinator.send("/roadmap")
    await coordinator.click("Активировать")
    assert "активирована" in coordinator.text

    await grishenkova.send("/tasks")
    tasks = grishenkova.replies()[-1]
    assert "Анкетирование потенциальных наставников" in tasks.text and "10.10.2026" in tasks.text
    assert "Приказ" not in tasks.text  # not hers
    await grishenkova.click("1")
    assert grishenkova.replies()[-1].button_texts() == ["✅ Выполнено", "⏳ В работе", "📅 Перенести", "⏭ Пропустить"]
    await grishenkova.click("Перенести")
    await grishenkova.send("20.10.2026")
    assert "Срок перенесён" in grishenkova.text
    assert any("Срок перенесён: «Анкетирование потенциальных наставников» — с 10.10.2026 на 20.10.2026" in s.text
               for s in coordinator.shown())
    await grishenkova.send("/tasks")
    await grishenkova.click("1")
    await grishenkova.click("Выполнено")
    assert grishenkova.alerts() == ["Отмечено: выполнено"]
    row = await db.fetchone("SELECT status, due_on FROM roadmap_activities WHERE title LIKE 'Анкетирование%'")
    assert (row["status"], row["due_on"]) == ("done", "2026-10-20")
    pending = await db.fetchval(
        "SELECT COUNT(*) FROM reminders r JOIN roadmap_activities a ON a.id = r.activity_id"
        " WHERE a.title LIKE 'Анкетирование%' AND r.status = 'pending'")
    assert pending == 0
    await grishenkova.send("/tasks")
    assert "Открытых задач" in grishenkova.text


@both_channels
async def test_reminder_goes_out_with_working_buttons(harness: Harness, db: Database) -> None:
    coordinator, grishenkova = await active_roadmap_with_grishenkova(harness)
    # time passes to 7 days before the deadline, 09:00 in Moscow; the scheduler's job runs a sweep
    harness.clock.set(harness.clock.now().replace(month=10, day=3, hour=6, minute=0))
    result = await harness.dp["reminders"].sweep()
    assert result.sent >= 1
    reminder = grishenkova.shown()[-1]
    assert "Осталось 7 дней" in reminder.text and "Анкетирование потенциальных наставников" in reminder.text
    assert reminder.button_texts() == ["✅ Выполнено", "⏳ В работе", "📅 Перенести"]
    await grishenkova.click("В работе")
    assert grishenkova.alerts() == ["Отмечено: в работе"]
    harness.clock.advance(timedelta(days=8))
    await harness.dp["reminders"].sweep()
    overdue = [s.text for s in grishenkova.shown() if "Просрочено" in s.text]
    assert overdue, "an overdue reminder follows"
    escalated = [s.text for s in coordinator.shown() if "Просрочено мероприятие" in s.text]
    assert escalated and "Гришенкова Анна Николаевна" in escalated[0]


async def test_roadmap_access_is_checked(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send("/roadmap")
    await coordinator.click("Взять типовой шаблон")
    roadmap_id = await db.fetchval("SELECT id FROM roadmaps")
    mentee = await register_adult(harness, 3000, await invite(coordinator, "Наставляемый педагог"))
    await mentee.send("/roadmap")
    assert "ещё не загружена" in mentee.text  # a draft is the coordinator's business
    await mentee.press(RoadmapCb(action="activate", roadmap_id=roadmap_id).pack())
    assert "недоступно" in mentee.alerts()[0]
    await mentee.send_document("evil.md", b"| x |")
    assert "Не понимаю это сообщение" in mentee.text
    # a coordinator of another organisation
    admin = await create_org(harness, "Гимназия № 1")
    other = await register_adult(harness, 2100, await coordinator_link(admin), "Орлова Нина Петровна")
    await other.press(RoadmapCb(action="labels", roadmap_id=roadmap_id).pack())
    assert "недоступно" in other.alerts()[0]
    await coordinator.send("/roadmap")
    await coordinator.click("Активировать")
    activity_id = await db.fetchval("SELECT MIN(id) FROM roadmap_activities")
    await other.press(ActionCb(command="done", target_id=activity_id).pack())
    assert "недоступно" in other.alerts()[0]
    await mentee.press(ActionCb(command="done", target_id=activity_id).pack())
    assert "недоступно" in mentee.alerts()[0]
    assert await db.fetchval("SELECT status FROM roadmap_activities WHERE id = ?", (activity_id,)) == "planned"
    assert (await person_row(db, 3000))["status"] == "active"


def blank_pdf() -> bytes:
    """A one-page PDF without any text: what a scan looks like to a reader of the text layer."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length 0 >>\nstream\n\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


async def test_bad_files(harness: Harness, db: Database) -> None:
    coordinator = await make_coordinator(harness)
    await coordinator.send_document("photo.jpg", b"\xff\xd8\xff")
    assert "Нужен файл .docx, .pdf, .odt, .txt или .md" in coordinator.text
    # what to send instead of a scan, a locked PDF or an old format
    await coordinator.send_document("скан.pdf", blank_pdf())
    assert "В этом PDF нет текста" in coordinator.text and "а не скан" in coordinator.text
    await coordinator.send_document("карта.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "Это документ старого формата (.doc, .rtf)" in coordinator.text
    await coordinator.send_document("пусто.txt", "просто текст без таблицы".encode())
    assert "не нашлось этапов" in coordinator.text
    await coordinator.send_document("broken.docx", b"not a zip")
    assert "Не получилось прочитать файл" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM roadmaps") == 0


async def test_skip_with_a_reason(harness: Harness, db: Database) -> None:
    coordinator, grishenkova = await active_roadmap_with_grishenkova(harness)
    await grishenkova.send("/tasks")
    await grishenkova.click("1")
    await grishenkova.click("Пропустить")
    assert "Почему" in grishenkova.text
    await grishenkova.send("ок")
    assert "коротко причину" in grishenkova.text
    await grishenkova.send("Анкетирование перенесено на уровень района")
    assert "пропущенное" in grishenkova.text
    row = await db.fetchone("SELECT status, skip_reason FROM roadmap_activities WHERE title LIKE 'Анкетирование%'")
    assert (row["status"], row["skip_reason"]) == ("skipped", "Анкетирование перенесено на уровень района")
    await coordinator.send("/roadmap")
    assert "Выполнено 1 из 4" in coordinator.text  # skipped counts as closed


async def test_a_coordinator_who_joins_later_gets_the_digest(harness: Harness, db: Database) -> None:
    coordinator, _ = await active_roadmap_with_grishenkova(harness)
    second = await register_adult(harness, 2500, await invite(coordinator, "Куратор"), "Зайцева Мария Павловна")
    person_id = (await person_row(db, second.id))["id"]
    digest = await db.fetchone("SELECT fire_on FROM reminders WHERE kind = 'digest' AND person_id = ?", (person_id,))
    assert digest is not None  # the next Monday's summary
    await second.send("/tasks")  # and the coordinator sees what nobody else is linked to
    assert "Приказ о закреплении пар" in second.text and "Анкетирование" not in second.text
