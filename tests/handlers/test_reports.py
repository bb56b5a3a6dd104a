"""/report: the dashboard's figures against what the database holds; nobody but a coordinator runs it."""

from __future__ import annotations

from datetime import timedelta

from bot.callbacks import ReportCb
from storage.db import Database
from tests.flows import MENTEE_ANSWERS, actor_of, agree, log_meeting, submit, working_pairs
from tests.harness import Client, Harness


async def year_report_of(person: Client) -> None:
    """«Годовой отчёт»: the first time in a school year the conclusions and tasks are asked (handlers/year_report.py),
    then «Сформировать отчёт» makes the document."""
    await person.click("Годовой отчёт")
    if "Оставить как в прошлом году" in [b for s in person.replies() for b in s.button_texts()]:
        await person.click("Оставить как в прошлом году")
    elif "напишите <b>выводы</b>" in person.text:
        await person.send("Выводы года")
        await person.send("Задачи на следующий год")
    await person.click("Сформировать отчёт")


async def with_roadmap_meeting_and_survey(harness: Harness, db: Database) -> tuple[Client, Client, Client, Client]:
    """Two working pairs, the template roadmap active, one meeting yesterday, one mentor and one mentee answered the
    satisfaction survey (9 and 7, «overall» and the official «effectiveness»)."""
    coordinator, mentor, mentee, history, _ = await working_pairs(harness, db)
    await coordinator.send("/roadmap")
    await coordinator.click("Взять типовой шаблон")
    await coordinator.click("Активировать")
    await log_meeting(mentor, "сегодня 45 мин очно организационная Знакомство")
    await submit(db, mentor.id, "satisfaction_mentor", {"overall": 9, "effectiveness": 9}, harness.clock.now())
    await submit(db, mentee.id, "satisfaction_mentee", {"overall": 7, "effectiveness": 7}, harness.clock.now())
    return coordinator, mentor, mentee, history


BOTH = ("overall", "effectiveness")  # ours and an official item: the headline counts the official one


async def launch(harness: Harness, db: Database, coordinator: Client, questionnaire_id: str, anonymous: bool,
                 audience: str = "mentors") -> int:
    """A survey campaign to the mentors (or ``audience``), as /campaigns would start it; returns its id. Its
    deadline is 29 days on: anonymous answers count from the 30th day (bot/services/anonymity.py)."""
    from datetime import timedelta

    from bot.services.campaigns import CampaignService

    service: CampaignService = harness.dp["campaigns"]
    actor = await actor_of(db, coordinator.id)
    deadline = harness.clock.now().date() + timedelta(days=29)
    return (await service.create(actor, questionnaire_id, audience, deadline, anonymous)).id


async def answer(harness: Harness, db: Database, campaign_id: int, questionnaire_id: str, person: Client,
                 score: int, items: tuple[str, ...] = ("overall",)) -> None:
    """The person's submitted answer to the campaign: ``score`` to ``items`` only (the survey flow has its own
    tests)."""
    from storage.questionnaires import AnswerRepo

    row = await db.fetchone("SELECT id, org_id FROM persons WHERE id = (SELECT person_id FROM accounts WHERE "
                            "external_id = ?)", (person.id,))
    repo = AnswerRepo(db)
    async with db.transaction():
        set_id = await repo.create(questionnaire_id, 1, row["id"], row["org_id"], campaign_id, "overall",
                                   harness.clock.now())
        for item in items:
            await repo.save_answer(set_id, item, score, harness.clock.now())
        await repo.move(set_id, "submitted", None, harness.clock.now())


async def test_dashboard_figures_and_who_may_see_them(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, history, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "сегодня 45 мин очно Знакомство")
    # the headline counts the official items only: «overall» is ours (a 9 with official items at 6 is not satisfied)
    await submit(db, mentor.id, "satisfaction_mentor", {"overall": 9, "effectiveness": 9, "expectations": 8},
                 harness.clock.now())
    await submit(db, history.id, "satisfaction_mentor", {"overall": 9, "effectiveness": 6, "expectations": 6},
                 harness.clock.now())

    await coordinator.send("/report")
    text = coordinator.text
    assert "Программа наставничества — МБОУ «СОШ № 5»</b>, на 01.09.2026" in text
    assert "Наставники:</b> утверждено 2, прошли обучение 0, без свободных мест 1" in text  # history: 1 of 1
    assert "Наставляемые:</b> педагогов 2, обучающихся 0; в паре 2, без пары 0" in text
    assert "Пары и группы:</b> 2" in text and "учитель – учитель — 2" in text
    assert "с наставником: 2 из 2 (100 %)" in text
    # pair 2 never met, but it was formed a week ago: not «without meetings for 30 days» (issue 18)
    assert "в этом месяце 1; пар без встреч больше 30 дней — 0" in text
    assert "наставники 50 %, наставляемые —" in text
    assert "Дорожная карта:</b> выполнено 0 из 0, просрочено 0" in text

    harness.clock.advance(timedelta(days=31))  # a month on, neither pair met again: both are quiet now
    await coordinator.send("/report")
    assert "пар без встреч больше 30 дней — 2" in coordinator.text
    for person in (mentor, mentee):
        await person.send("/report")
        assert "недоступно" in person.text and "Наставники" not in person.text
        for action in ("xlsx", "charts", "year", "all", "org", "sum"):  # forged report buttons
            await person.press(ReportCb(a=action, o=1).pack())
            assert "недоступно" in person.alerts()[-1] and not person.documents()


async def test_excel_export_matches_the_database(harness: Harness, db: Database) -> None:
    import io
    from datetime import date, datetime

    import openpyxl

    coordinator, mentor, mentee, _, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "сегодня 45 мин очно организационная Знакомство & план")
    await mentee.click("Да, была")
    # an anonymous survey answered by one mentee, a named one by the other
    await submit(db, mentee.id, "satisfaction_mentee", {"overall": 9}, harness.clock.now())

    await coordinator.send("/report")
    await coordinator.click("Выгрузить в Excel")
    document = coordinator.documents()[-1]
    assert document.document.filename == "Учёт наставничества.xlsx"  # type: ignore[union-attr]
    book = openpyxl.load_workbook(io.BytesIO(document.document.data))  # type: ignore[union-attr]
    assert book.sheetnames == ["Показатели", "Наставники", "Наставляемые", "Пары", "Встречи", "Анкеты",
                               "Дорожная карта"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref and sheet["A1"].font.bold

    mentors = list(book["Наставники"].iter_rows(values_only=True))
    assert mentors[0][:3] == ("ФИО", "Должность", "Предмет")
    assert len(mentors) - 1 == await db.fetchval(
        "SELECT COUNT(*) FROM person_roles WHERE role = 'mentor_candidate'")
    assert mentors[1][:4] == ("Иванова Мария Петровна", "учитель математики", "Математика", 18)

    pairs = list(book["Пары"].iter_rows(values_only=True))
    assert len(pairs) - 1 == await db.fetchval("SELECT COUNT(*) FROM pairs")
    first = next(row for row in pairs[1:] if row[0] == 1)
    assert first[1:5] == ("Иванова Мария Петровна", "Петров Павел Андреевич", "учитель – учитель", "действует")
    assert isinstance(first[5], datetime) and first[5].date() == date(2026, 8, 25)  # a real date cell: day one
    assert book["Пары"]["F2"].number_format == "DD.MM.YYYY"
    assert first[9] == 1  # one meeting

    meetings = list(book["Встречи"].iter_rows(values_only=True))
    assert meetings[1][2:] == ("организационная", 45, "очно", "Знакомство & план", "наставник", "подтверждена")
    assert meetings[1][1].date() == date(2026, 9, 1)
    mentees = list(book["Наставляемые"].iter_rows(values_only=True))
    assert len(mentees) == 3 and mentees[0][0] == "ФИО"
    assert book["Наставники"].column_dimensions["A"].width >= len("Иванова Мария Петровна")


async def test_anonymous_answers_are_exported_without_names(harness: Harness, db: Database) -> None:
    import io
    from datetime import timedelta

    import openpyxl

    coordinator, mentor, mentee, history, other = await working_pairs(harness, db)
    launched = []
    for anonymous in (True, False):  # the anonymous one to the members of the pairs (four people), as it must be
        campaign = await launch(harness, db, coordinator, "satisfaction_mentor", anonymous,
                                "pairs" if anonymous else "mentors")
        launched.append(campaign)
        for person, score in ((mentor, 9), (history, 6), *(((other, 7),) if anonymous else ())):
            await answer(harness, db, campaign, "satisfaction_mentor", person, score)
    secret, named = launched
    await answer(harness, db, secret, "satisfaction_mentor", coordinator, 1)  # the author's own never counts

    async def exported() -> list[tuple]:
        await coordinator.send("/report")
        await coordinator.click("Выгрузить в Excel")
        book = openpyxl.load_workbook(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
        return list(book["Анкеты"].iter_rows(values_only=True))[1:]

    rows = await exported()  # before the deadline: anonymous answers are not exported at all
    assert [r for r in rows if r[0] == secret] == []
    assert {r[2] for r in rows if r[0] == named} == {"Иванова Мария Петровна", "Орлов Игорь Николаевич"}
    harness.clock.advance(timedelta(days=30))  # the deadline has passed: no answer can come in or change
    rows = await exported()
    anonymous_rows = [r for r in rows if r[0] == secret]
    named_rows = [r for r in rows if r[0] == named]
    assert len(anonymous_rows) == 3 and all(r[2] in (None, "") for r in anonymous_rows)
    assert sorted(r[4] for r in anonymous_rows) == [6, 7, 9]  # not the author's 1
    assert {r[2] for r in named_rows} == {"Иванова Мария Петровна", "Орлов Игорь Николаевич"}
    assert mentee.id  # he got nothing to answer here


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


async def test_charts_are_phone_sized_pngs_and_the_roadmap_counts(harness: Harness, db: Database) -> None:
    from datetime import timedelta

    from aiogram.methods import SendPhoto

    coordinator, _, _, history = await with_roadmap_meeting_and_survey(harness, db)
    harness.clock.advance(timedelta(days=60))  # some deadlines of the template have passed by November

    await coordinator.send("/report")
    total = await db.fetchval("SELECT COUNT(*) FROM roadmap_activities a JOIN roadmaps r ON r.id = a.roadmap_id"
                              " WHERE r.status = 'active'")
    overdue = await db.fetchval(
        "SELECT COUNT(*) FROM roadmap_activities a JOIN roadmaps r ON r.id = a.roadmap_id WHERE r.status = 'active'"
        " AND a.status IN ('planned', 'in_progress') AND a.due_on < '2026-10-31' AND a.recurrence IS NULL")
    assert total > 10 and overdue > 0
    assert f"Дорожная карта:</b> выполнено 0 из {total}, просрочено {overdue}" in coordinator.text
    await coordinator.click("Графики")
    photos = [m for m in harness.requests if isinstance(m, SendPhoto) and m.chat_id == coordinator.id]
    assert [p.photo.filename for p in photos] == ["meetings.png", "satisfaction.png", "roadmap.png"]  # type: ignore[union-attr]
    for photo in photos:
        width, height = _png_size(photo.photo.data)  # type: ignore[union-attr]
        assert width == 1080 and 400 < height < 2600
    assert "просрочено" in photos[-1].caption  # type: ignore[operator]
    assert history.id


async def test_year_end_report_opens_and_matches_the_dashboard(harness: Harness, db: Database) -> None:
    import io

    import docx

    coordinator, _, _, _ = await with_roadmap_meeting_and_survey(harness, db)
    await coordinator.send("/report")
    await year_report_of(coordinator)
    sent = coordinator.documents()[-1]
    assert sent.document.filename == "Отчёт 2026-2027.docx"  # type: ignore[union-attr]
    document = docx.Document(io.BytesIO(sent.document.data))  # type: ignore[union-attr]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "ОТЧЁТ О РЕАЛИЗАЦИИ ПРОГРАММЫ (СИСТЕМЫ) НАСТАВНИЧЕСТВА" in text and "МБОУ «СОШ № 5»" in text
    for heading in ("2. Участники программы", "3. Наставнические пары и группы", "5. Встречи наставнических пар",
                    "6. Результаты мониторинга", "7. Выполнение дорожной карты", "8. Открытые вопросы"):
        assert heading in text
    figures = {row.cells[0].text: row.cells[1].text for table in document.tables for row in table.rows}
    assert figures["Утверждено наставников"] == "2" and figures["Наставляемых в парах"] == "2"
    assert figures["учитель – учитель"] == "2" and figures["Встреч за учебный год"] == "1"
    assert figures["Довольны программой наставники (8–10 из 10)"] == "100 %"  # 9 of 10
    assert figures["Довольны программой наставляемые (8–10 из 10)"] == "0 %"  # 7 of 10
    total = await db.fetchval("SELECT COUNT(*) FROM roadmap_activities a JOIN roadmaps r ON r.id = a.roadmap_id"
                              " WHERE r.status = 'active'")
    assert figures["Мероприятий выполнено"] == f"0 / {total}"
    assert len(document.inline_shapes) == 3  # meetings, satisfaction, roadmap charts
    assert "Пар без встреч больше 30 дней" not in text  # pair 2 never met, but it works only a week: no issue

    tables = {table.rows[0].cells[0].text: [[c.text for c in row.cells] for row in table.rows[1:]]
              for table in document.tables}
    assert tables["Тип встречи"] == [["организационная", "1"]]
    mentors_scores, mentees_scores = (table for table in document.tables if table.rows[0].cells[0].text == "Вопрос")
    overall = ("Насколько вы в целом удовлетворены участием в программе наставничества? (пункт программы, не из анкет"
               " МР-42/02: в долю довольных не входит)")  # ours, and marked so
    assert [c.text for c in mentors_scores.rows[1].cells] == [overall, "9,0", "1"]
    assert [c.text for c in mentees_scores.rows[1].cells] == [overall, "7,0", "1"]
    assert mentors_scores.rows[2].cells[0].text == "Оцените эффективность программы наставничества."  # official
    assert "Наставники: средняя оценка по каждому вопросу" in text
    roadmap = tables["Этап"]
    titles = await db.fetchall("SELECT a.title FROM roadmap_activities a JOIN roadmaps r ON r.id = a.roadmap_id"
                               " WHERE r.status = 'active' ORDER BY a.id")
    assert [row[1] for row in roadmap] == [r["title"] for r in titles]
    assert all(row[3] == "запланировано" for row in roadmap)  # 1 September: nothing overdue yet

    from datetime import timedelta

    harness.clock.advance(timedelta(days=60))
    await year_report_of(coordinator)
    later = docx.Document(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
    activities = next(table for table in later.tables if table.rows[0].cells[0].text == "Этап").rows[1:]
    overdue = [row.cells[3].text for row in activities if "просрочено" in row.cells[3].text]
    figures = {row.cells[0].text: row.cells[1].text for table in later.tables for row in table.rows}
    assert overdue and all(status == "запланировано, просрочено" for status in overdue)
    assert figures["Мероприятий просрочено"] == str(len(overdue))


async def test_the_super_admin_sees_every_organisation_side_by_side(harness: Harness, db: Database) -> None:
    import io

    import openpyxl

    from tests.conftest import ADMIN_ID
    from tests.flows import create_org

    coordinator, mentor, _, _, _ = await working_pairs(harness, db)
    await log_meeting(mentor, "сегодня 45 мин очно Знакомство")
    admin = harness.user(ADMIN_ID)
    await create_org(harness, name="МБДОУ «Детский сад № 7»")
    school = await db.fetchval("SELECT id FROM organisations WHERE name = 'МБОУ «СОШ № 5»'")
    await admin.send("/report")
    text = admin.text
    assert "Все организации" in text
    kindergarten, first = text.index("МБДОУ «Детский сад № 7»"), text.index("МБОУ «СОШ № 5»")  # by name
    assert "Наставники: 0 · наставляемые: 0, в паре 0 · пар: 0" in text[kindergarten:first]
    assert "Наставники: 2 · наставляемые: 2, в паре 2 · пар: 2" in text[first:]
    assert "Встреч в этом месяце: 1" in text[first:]
    assert admin.replies()[-1].button_texts() == ["📊 МБДОУ «Детский сад № 7»", "📊 МБОУ «СОШ № 5»",
                                         "📥 Сравнительная таблица (.xlsx)"]

    # one organisation opened: the same dashboard and downloads as its coordinator's
    await admin.click("📊 МБОУ «СОШ № 5»")
    assert "Программа наставничества — МБОУ «СОШ № 5»" in admin.text and "Пары и группы:</b> 2" in admin.text
    await admin.click("Выгрузить в Excel")
    book = openpyxl.load_workbook(io.BytesIO(admin.documents()[-1].document.data))  # type: ignore[union-attr]
    assert book["Пары"].max_row - 1 == await db.fetchval("SELECT COUNT(*) FROM pairs WHERE org_id = ?", (school,))
    await year_report_of(admin)
    assert admin.documents()[-1].document.filename == "Отчёт 2026-2027.docx"  # type: ignore[union-attr]

    # the comparison table: one row per organisation, the dashboard's figures
    await admin.send("/report")
    await admin.click("Сравнительная таблица")
    sent = admin.documents()[-1]
    assert sent.document.filename == "Организации.xlsx"  # type: ignore[union-attr]
    rows = list(openpyxl.load_workbook(io.BytesIO(sent.document.data))["Организации"].iter_rows(  # type: ignore[union-attr]
        values_only=True))
    header = rows[0]
    assert header[:3] == ("Организация", "На дату", "Наставников утверждено") and "учитель – учитель" in header
    assert len(rows) - 1 == await db.fetchval("SELECT COUNT(*) FROM organisations") == 2
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_name["МБОУ «СОШ № 5»"]["Пар и групп"] == 2 and by_name["МБОУ «СОШ № 5»"]["учитель – учитель"] == 2
    assert by_name["МБОУ «СОШ № 5»"]["Встреч в этом месяце"] == 1
    assert by_name["МБДОУ «Детский сад № 7»"]["Пар и групп"] == 0
    # the school year and the official indicators: a share only where the total was entered (none here)
    school = by_name["МБОУ «СОШ № 5»"]
    assert school["Учебный год"] == "2026/27" and school["Педагоги — наставники"] is None
    assert school["Наставники, прошедшие обучение"] == 0 and school["Организации-партнёры, давшие наставников"] == 0

    # a made-up organisation in a button: a polite «not found», nothing sent
    before = len(admin.documents())
    for data in (ReportCb(a="xlsx", o=9999), ReportCb(a="org", o=9999), ReportCb(a="charts", o=9999)):
        await admin.press(data.pack())
        assert "не найдена" in admin.alerts()[-1] and not admin.replies()
    assert len(admin.documents()) == before

    # a coordinator cannot reach another organisation or the super-admin's views by forging buttons
    other = await db.fetchval("SELECT id FROM organisations WHERE name = 'МБДОУ «Детский сад № 7»'")
    for data in (ReportCb(a="xlsx", o=other), ReportCb(a="charts", o=other), ReportCb(a="year", o=other),
                 ReportCb(a="org", o=other), ReportCb(a="sum"), ReportCb(a="all")):
        await coordinator.press(data.pack())
        assert "недоступно" in coordinator.alerts()[-1]
    assert not coordinator.documents()


async def test_excel_roadmap_meetings_and_answers_sheets_count_what_the_database_holds(harness: Harness,
                                                                                      db: Database) -> None:
    import io
    from datetime import datetime

    import openpyxl

    coordinator, mentor, _, _ = await with_roadmap_meeting_and_survey(harness, db)
    await log_meeting(mentor, "сегодня 60 мин онлайн регулярная Анализ урока")
    await coordinator.send("/report")
    await coordinator.click("Выгрузить в Excel")
    book = openpyxl.load_workbook(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]

    roadmap = list(book["Дорожная карта"].iter_rows(values_only=True))
    assert roadmap[0] == ("Этап", "Название этапа", "Мероприятие", "Начало", "Срок", "Статус мероприятия",
                          "Ответственные")
    activities = await db.fetchall(
        "SELECT a.title, a.due_on FROM roadmap_activities a JOIN roadmaps r ON r.id = a.roadmap_id"
        " WHERE r.status = 'active' ORDER BY a.id")
    assert len(roadmap) - 1 == len(activities) > 10
    assert {r[2] for r in roadmap[1:]} == {a["title"] for a in activities}
    dated = next(r for r in roadmap[1:] if r[4] is not None)
    assert isinstance(dated[4], datetime) and dated[5] == "запланировано"
    assert dated[4].date().isoformat() in {a["due_on"] for a in activities}

    meetings = list(book["Встречи"].iter_rows(values_only=True))
    assert len(meetings) - 1 == await db.fetchval("SELECT COUNT(*) FROM meetings WHERE status != 'deleted'") == 2
    assert {r[2] for r in meetings[1:]} == {"организационная", "регулярная"}
    assert {r[4] for r in meetings[1:]} == {"очно", "онлайн"}
    # the satisfaction answers of test setup are bank-style (no campaign): the campaign sheet has only its header
    assert await db.fetchval("SELECT COUNT(*) FROM answer_sets WHERE campaign_id IS NOT NULL") == 0
    assert book["Анкеты"].max_row == 1


async def test_anonymous_scores_show_only_from_three_answers_and_only_in_their_school_year(harness: Harness,
                                                                                           db: Database) -> None:
    import io
    from datetime import timedelta

    import docx

    coordinator, mentor, _, history, other = await working_pairs(harness, db)
    campaign = await launch(harness, db, coordinator, "satisfaction_mentor", anonymous=True, audience="pairs")
    await answer(harness, db, campaign, "satisfaction_mentor", mentor, 9, BOTH)
    await answer(harness, db, campaign, "satisfaction_mentor", history, 4, BOTH)

    async def year_report() -> tuple[str, list[str]]:
        await coordinator.send("/report")
        dashboard = coordinator.text
        await year_report_of(coordinator)
        document = docx.Document(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
        return dashboard, [table.rows[0].cells[0].text for table in document.tables]

    dashboard, tables = await year_report()  # two anonymous answers: one would be read off the other's
    assert "довольны (8–10 из 10): наставники —" in dashboard and "Вопрос" not in tables
    await coordinator.click("Графики")
    assert "satisfaction.png" not in [getattr(p.photo, "filename", "") for p in harness.requests  # type: ignore[attr-defined]
                                      if type(p).__name__ == "SendPhoto"]

    named = await launch(harness, db, coordinator, "satisfaction_mentor", anonymous=False)
    await answer(harness, db, named, "satisfaction_mentor", mentor, 10, BOTH)  # named answers count, the anonymous not
    dashboard, tables = await year_report()
    assert "наставники 100 %" in dashboard  # the named 10 alone

    await answer(harness, db, campaign, "satisfaction_mentor", coordinator, 1, BOTH)  # the author's: never counts
    await answer(harness, db, campaign, "satisfaction_mentor", other, 8, BOTH)  # a third anonymous answer
    again, _ = await year_report()  # before the deadline the figure does not move: the 8 cannot be isolated
    assert "наставники 100 %" in again
    harness.clock.advance(timedelta(days=30))  # the campaign is closed: its three counted answers join at once
    dashboard, tables = await year_report()
    assert "наставники 75 %" in dashboard and "Вопрос" in tables  # 9, 8, 10 of 9, 4, 8, 10

    harness.clock.advance(timedelta(days=400))  # the next school year: the old answers are not in it
    dashboard, tables = await year_report()
    assert "2027/28 учебный год" in dashboard and "наставники —" in dashboard and "Вопрос" not in tables
    await coordinator.click("2026/27")  # … and the past year shows them, unchanged
    assert "2026/27 учебный год</b> — итоги года" in coordinator.text
    assert "Удовлетворённость наставников (пункты анкеты МР-42/02, 8–10 из 10): 3 из 4 (75 %)" in coordinator.text



async def test_without_a_pair_is_one_figure_on_every_screen(harness: Harness, db: Database) -> None:
    """«Без пары» is counted once (BankService.without_pair): active mentees with their consents, in no proposed or
    working pair, whose last pair did not complete its programme. The old figures disagreed here: the dashboard
    counted the completed mentee and the fresh one, /unmatched only the declined one."""
    import io

    import docx
    import openpyxl

    from tests.flows import approve_both, invite, propose_from_suggestions, register_adult, register_student, school

    coordinator, (maths, history), (completed, working, _) = await school(harness, db, mentees=3)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел", choose="Иванова")
    await agree(maths, completed)
    await coordinator.send("/pairs")
    await coordinator.click("№ 1")
    await coordinator.click("Завершить: программа выполнена")  # Петров: the programme completed
    await propose_from_suggestions(coordinator, "Зайцева Ольга", choose="Иванова")
    await agree(maths, working)  # Зайцева: in a working pair
    await propose_from_suggestions(coordinator, "Кузнецов Денис", choose="Иванова")  # Кузнецов: proposed only
    token = await invite(coordinator, "Наставляемый педагог")
    await register_adult(harness, 3103, token, "Новикова Елена Сергеевна")  # no questionnaire
    await register_adult(harness, 3104, token, "Белов Антон Ильич")
    await submit(db, 3104, "mentee_request_teacher", MENTEE_ANSWERS, harness.clock.now())
    await propose_from_suggestions(coordinator, "Белов Антон", choose="Орлов")
    await history.click("Открыть")
    await history.click("Отказаться")  # Белов: the proposal declined
    await register_student(harness, coordinator)  # a pupil whose parent has not consented yet: not taking part

    await coordinator.send("/unmatched")
    text = coordinator.text
    assert "Наставляемые без пары</b> — 2 (" in text and "анкета не заполнена: 1" in text
    listed = [b for s in coordinator.replies() for b in s.button_texts()]
    assert [b.split(". ", 1)[1] for b in listed] == ["Белов Антон Ильич", "Новикова Елена Сергеевна"]
    for name in ("Петров", "Зайцева", "Кузнецов", "Соколов"):
        assert name not in text

    await coordinator.send("/report")
    assert "в паре 1, пара предложена 1, без пары 2 (из них анкета не заполнена: 1)" in coordinator.text

    await coordinator.click("Выгрузить в Excel")
    book = openpyxl.load_workbook(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
    states = {row[0]: row[5] for row in book["Наставляемые"].iter_rows(values_only=True)}
    assert sorted(name for name, state in states.items() if state == "без пары") == [
        "Белов Антон Ильич", "Новикова Елена Сергеевна"]
    assert states["Петров Павел Андреевич"] == "программа выполнена"

    await year_report_of(coordinator)
    document = docx.Document(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
    figures = {row.cells[0].text: row.cells[1].text for table in document.tables for row in table.rows}
    assert figures["Наставляемых без пары"] == "2" and figures["Наставляемых в парах"] == "1"
    assert "Наставляемых без пары: 2." in "\n".join(p.text for p in document.paragraphs)

    from bot.services.banks import BankService

    bank: BankService = harness.dp["banks"]
    harness.clock.advance(timedelta(days=6))  # Monday
    settings = harness.settings.reminder_settings
    assert await bank.remind_unmatched(settings.work_start, settings.work_end) == 1
    assert coordinator.shown()[-1].text.startswith("🔔 Наставляемые без пары: 2, из них ждут больше 14 дней или"
                                                   " пара не сложилась: 1")
