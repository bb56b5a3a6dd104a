"""The report a school files: the local acts (/acts) fill the draft order, the conclusions are asked before the report
and offered again next year, and every section of «Отчёт о реализации программы (системы) наставничества за
2026/2027 учебный год» is read back from the .docx."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from typing import Any

import docx

from bot.callbacks import YearCb
from storage.db import Database
from storage.questionnaires import AnswerRepo
from tests.conftest import both_channels
from tests.flows import person_row, submit, working_pairs
from tests.handlers.test_achievements import _record
from tests.harness import Client, Harness

QUALITY: dict[str, Any] = {
    "form": "teacher_teacher", "pairs_count": 2, "pairs_ended_early": 0,
    "strengths": "Сильная-С1 команда наставников", "weaknesses": "Слабая-W1 нехватка времени",
    "opportunities": "Возможность-O1 вуз-партнёр", "threats": "Риск-T1 нагрузка", "model_compliance": 8,
    "matching_quality": 9, "mentor_preparation": 7, "participant_activity": 8, "resources": 6, "results": 8,
    "recommendations": "Предложение-R1 больше открытых уроков",
}
HIDDEN = "Скрытая-Х1 одна анонимная анкета"
SHOWN = "Анонимная-А3 из трёх анкет"


def _text(data: bytes) -> str:
    """Every paragraph and every table cell of a .docx, one per line."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


async def make_year_report(coordinator: Client, conclusions: str = "Выводы-В1 программа работает",
                           tasks: str = "Задачи-З1 вовлечь учеников") -> bytes:
    """/report → «Годовой отчёт» → the conclusions and tasks (asked when the year has none) → «Сформировать»."""
    await coordinator.send("/report")
    await coordinator.click("Годовой отчёт")
    if "Оставить как в прошлом году" in [b for s in coordinator.replies() for b in s.button_texts()]:
        await coordinator.click("Оставить как в прошлом году")
    elif "напишите <b>выводы</b>" in coordinator.text:
        await coordinator.send(conclusions)
        await coordinator.send(tasks)
    await coordinator.click("Сформировать отчёт")
    sent = coordinator.documents()[-1]
    assert re.fullmatch(r"Отчёт \d{4}-\d{4}\.docx", sent.document.filename or "")  # type: ignore[union-attr]
    return sent.document.data  # type: ignore[union-attr,return-value]


async def _acts(coordinator: Client) -> None:
    await coordinator.send("/acts")
    assert "не записан" in coordinator.text
    await coordinator.click("Положение")
    await coordinator.send_sticker()
    assert "Не понял номер и дату" in coordinator.text
    await coordinator.send("просто текст")
    assert "Не понял номер и дату" in coordinator.text
    await coordinator.send("№ 12 от 28.08.2026")
    assert "Записано" in coordinator.text and "№ 12 от 28.08.2026" in coordinator.text
    await coordinator.click("Приказ о программе")
    await coordinator.send("13-од 29 августа 2026")
    await coordinator.click("Приказ о парах")
    await coordinator.send("№ 45-од от 31.08.2026")
    assert "№ 45-од от 31.08.2026" in coordinator.text


async def _anonymous_quality_answers(db: Database, tg_user_ids: list[int], text: str, now: Any) -> None:
    """Anonymous programme-quality answers in a closed campaign (shown only from three of them)."""
    first = await person_row(db, tg_user_ids[0])
    assert first is not None
    repo = AnswerRepo(db)
    async with db.transaction():
        campaign_id = await db.execute(
            "INSERT INTO campaigns (org_id, questionnaire_id, audience, deadline, anonymous, status, created_by,"
            " created_at) VALUES (?, 'programme_quality', 'mentors', ?, 1, 'closed', NULL, ?)",
            (first["org_id"], date(2026, 9, 1).isoformat(), now.isoformat()))
        for tg_user_id in tg_user_ids:
            row = await person_row(db, tg_user_id)
            assert row is not None
            set_id = await repo.create("programme_quality", 1, row["id"], row["org_id"], campaign_id, "form", now)
            await repo.save_answer(set_id, "strengths", text, now)
            await repo.move(set_id, "submitted", None, now)


async def test_the_year_end_report_has_every_section(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, history, _other = await working_pairs(harness, db)
    await _acts(coordinator)

    await coordinator.send("/pairs")  # the draft order carries the recorded number and date
    await coordinator.click("Приказ о закреплении")
    order = _text(coordinator.documents()[-1].document.data)  # type: ignore[union-attr,arg-type]
    assert "№ 45-од" in order and "31.08.2026" in order

    await _record(mentor, who="Петров", kind="Олимпиада", result="Победитель", title="ВсОШ-А1 по математике",
                  day="сегодня")
    await _record(mentor, who="Петров", kind="Публикация", result=None, title="Прошлогодняя-А0 статья",
                  day="20.08.2026")  # the previous school year: not in this report
    await coordinator.send("/achievements")
    await coordinator.click("Поощрить наставника")
    await coordinator.send("Орлов")
    await coordinator.click("Орлов Игорь")
    await coordinator.click("Лучшая пара")
    await coordinator.send("сегодня")
    await coordinator.click("Пропустить")
    await coordinator.click("Сохранить")
    await mentor.send("/achievements")
    await mentor.click("Поделиться практикой")
    await mentor.send("Практика-П1 взаимопосещение")
    await mentor.send("Посещаем уроки друг друга и разбираем их по листу наблюдения.")
    await mentor.click("Пропустить")
    await mentor.click("Сохранить")
    await submit(db, coordinator.id, "programme_quality", QUALITY, harness.clock.now())
    await _anonymous_quality_answers(db, [mentor.id], HIDDEN, harness.clock.now())  # one: never shown
    await _anonymous_quality_answers(db, [mentor.id, mentee.id, history.id], SHOWN, harness.clock.now())

    await coordinator.send("/report")
    await coordinator.click("Годовой отчёт")  # asked before the report is made
    assert "напишите <b>выводы</b>" in coordinator.text
    await coordinator.send_sticker()
    assert "от 3 до 3000 символов" in coordinator.text
    await coordinator.send("Выводы-В1 программа работает")
    assert "задачи на следующий учебный год" in coordinator.text
    await coordinator.send("Задачи-З1 вовлечь учеников")
    assert "Годовой отчёт за 2026/2027 учебный год" in coordinator.text
    assert "№ 12 от 28.08.2026" in coordinator.text and "Выводы-В1" in coordinator.text
    await coordinator.click("Сформировать отчёт")
    text = _text(coordinator.documents()[-1].document.data)  # type: ignore[union-attr,arg-type]

    # title, period, local acts, curator
    assert "ОТЧЁТ О РЕАЛИЗАЦИИ ПРОГРАММЫ (СИСТЕМЫ) НАСТАВНИЧЕСТВА ЗА 2026/2027 УЧЕБНЫЙ ГОД" in text
    assert "01.09.2026 – 31.08.2027" in text
    assert "№ 12, 28.08.2026" in text and "№ 13-од, 29.08.2026" in text and "№ 45-од, 31.08.2026" in text
    assert "Куратор программы\nСмирнова Ольга Ивановна" in text
    # participants and pairs by form, the list of pairs in the appendix
    assert "Участники программы" in text and "Пары и группы учебного года по формам наставничества" in text
    assert "Список пар и групп учебного года (2) — в приложении." in text
    assert "Приложение. Список наставнических пар и групп за 2026/2027 учебный год" in text
    assert "Иванова Мария Петровна\nПетров Павел Андреевич" in text.replace("\n1.\n", "\n")
    assert "Орлов Игорь Николаевич" in text and "Зайцева Ольга Игоревна" in text
    # indicators, monitoring
    assert "4. Показатели программы" in text and "Педагоги до 35 лет с наставником" in text
    assert "нет численности" in text  # no totals entered: the share is not made up
    assert "Результаты мониторинга" in text
    # SWOT from the programme-quality answers, the anonymous one below the threshold left out
    assert "SWOT-анализ" in text and "Учтено анкет: 4." in text and text.count(SHOWN) == 3
    for typed in ("Сильная-С1", "Слабая-W1", "Возможность-O1", "Риск-T1", "Предложение-R1"):
        assert typed in text, typed
    assert HIDDEN not in text and "Анонимных опросов не показано: 1" in text
    # outcomes: achievements of the school year only, rewards, best practices
    assert "ВсОШ-А1 по математике" in text and "Олимпиада ученика (Победитель)" in text
    assert "Прошлогодняя-А0" not in text
    assert "«Лучшая пара»" in text and "Практика-П1 взаимопосещение" in text
    # conclusions and tasks, the signature block
    assert "Выводы-В1 программа работает" in text and "Задачи-З1 вовлечь учеников" in text
    assert "Куратор программы наставничества _______________ / Смирнова Ольга Ивановна / __.__.____" in text
    assert "Руководитель организации _______________ / _______________ / __.__.____" in text

    # a second press of «Годовой отчёт» in the same year goes straight to the preparation
    await coordinator.send("/report")
    await coordinator.click("Годовой отчёт")
    assert "Сформировать отчёт" in " ".join(coordinator.replies()[-1].button_texts())

    # next school year: last year's conclusions are offered to keep
    harness.clock.advance(timedelta(days=365))
    await coordinator.send("/report")
    await coordinator.click("Годовой отчёт")
    assert "записанные за 2026/2027 учебный год" in coordinator.text and "Выводы-В1" in coordinator.text
    await coordinator.click("Оставить как в прошлом году")
    assert "Годовой отчёт за 2027/2028 учебный год" in coordinator.text
    await coordinator.click("Сформировать отчёт")
    later = _text(coordinator.documents()[-1].document.data)  # type: ignore[union-attr,arg-type]
    assert "ЗА 2027/2028 УЧЕБНЫЙ ГОД" in later and "Задачи-З1 вовлечь учеников" in later
    assert "ВсОШ-А1" not in later  # last year's achievement is in last year's report
    # the pairs still working span both school years: listed in both appendices
    assert "Список пар и групп учебного года (2) — в приложении." in later and "Орлов Игорь Николаевич" in later
    rows = await db.fetchall("SELECT school_year FROM year_conclusions ORDER BY school_year")
    assert [r["school_year"] for r in rows] == [2026, 2027]


async def test_only_a_coordinator_prepares_and_forged_buttons_fail(harness: Harness, db: Database) -> None:
    coordinator, mentor, _mentee, _history, _other = await working_pairs(harness, db)
    for data in (YearCb(a="make"), YearCb(a="act", v="regulation"), YearCb(a="conc"), YearCb(a="keep")):
        await mentor.press(data.pack())
        assert mentor.alerts() == ["Это действие вам недоступно."], data
    await mentor.send("/acts")
    assert "недоступно" in mentor.text
    await coordinator.press(YearCb(a="act", v="charter").pack())  # not an act the bot keeps
    assert "неактуально" in " ".join(coordinator.alerts())
    await coordinator.press(YearCb(a="keep").pack())  # nothing from last year to keep
    assert "неактуально" in " ".join(coordinator.alerts())
    await coordinator.press(YearCb(a="make", o=2**40).pack())  # another (made-up) organisation
    assert coordinator.alerts() == ["Это действие вам недоступно."]
    assert not coordinator.documents()
    assert await db.fetchval("SELECT count(*) FROM local_acts") == 0


async def test_a_report_without_records_says_what_is_missing(harness: Harness, db: Database) -> None:
    coordinator, *_ = await working_pairs(harness, db)
    text = _text(await make_year_report(coordinator))
    assert text.count("не указано") == 3  # the three acts
    assert "анкета качества программы не заполнялась" in text
    assert "Достижения участников за учебный год не записаны." in text
    assert "Поощрения наставников за учебный год не записаны." in text
    assert "Лучшие практики за учебный год не добавлены." in text


@both_channels
async def test_a_withdrawn_coordinators_words_are_erased(harness: Harness, db: Database) -> None:
    coordinator, *_ = await working_pairs(harness, db)
    await make_year_report(coordinator, conclusions="Вывод-Щ1 куратора", tasks="Задача-Щ2 куратора")
    await coordinator.send("/achievements")
    await coordinator.click("Поощрить наставника")
    await coordinator.send("Орлов")
    await coordinator.click("Орлов Игорь")
    await coordinator.click("Благодарность")
    await coordinator.send("сегодня")
    await coordinator.send("Примечание-Щ3 куратора")
    await coordinator.click("Сохранить")
    await harness.dp["privacy"].withdraw(coordinator.account)
    rows = [tuple(r) for r in await db.fetchall("SELECT conclusions, tasks FROM year_conclusions")]
    assert rows == [("", "")]
    assert await db.fetchval("SELECT note FROM rewards") is None  # the reward itself stays: it is the mentor's


async def test_a_pair_closed_last_year_is_not_in_this_years_list(harness: Harness, db: Database) -> None:
    coordinator, *_ = await working_pairs(harness, db)
    async with db.transaction():  # the history teacher's pair ran in 2025/26 and was completed in May
        await db.execute("UPDATE pairs SET status = 'completed', starts_on = '2025-10-01', closed_at = ?"
                         " WHERE mentor_id = (SELECT id FROM persons WHERE full_name LIKE 'Орлов%')",
                         ("2026-05-30T10:00:00+00:00",))
    text = _text(await make_year_report(coordinator))
    assert "Список пар и групп учебного года (1) — в приложении." in text
    assert "Иванова Мария Петровна" in text and "Орлов Игорь Николаевич" not in text
