"""/report: the dashboard's figures against what the database holds; nobody but a coordinator runs it."""

from __future__ import annotations

from storage.db import Database
from tests.handlers.test_pairs import submit, working_pairs
from tests.harness import Harness


async def test_dashboard_figures_and_who_may_see_them(harness: Harness, db: Database) -> None:
    coordinator, mentor, mentee, history, _ = await working_pairs(harness, db)
    await mentor.send("/meeting сегодня 45 мин очно Знакомство")
    await mentor.click("Пропустить")
    await mentor.click("Сохранить")
    await submit(db, mentor.id, "satisfaction_mentor", {"overall": 9}, harness.clock.now())
    await submit(db, history.id, "satisfaction_mentor", {"overall": 5}, harness.clock.now())

    await coordinator.send("/report")
    text = coordinator.text
    assert "Программа наставничества — МБОУ «СОШ № 5»</b>, на 01.09.2026" in text
    assert "Наставники:</b> утверждено 2, прошли обучение 0, без свободных мест 1" in text  # history: 1 of 1
    assert "Наставляемые:</b> педагогов 2, обучающихся 0; в паре 2, без пары 0" in text
    assert "Пары и группы:</b> 2" in text and "учитель – учитель — 2" in text
    assert "с наставником: 2 из 2 (100 %)" in text
    assert "в этом месяце 1; пар без встреч больше 30 дней — 1" in text
    assert "наставники 50 %, наставляемые —" in text
    assert "Дорожная карта:</b> выполнено 0 из 0, просрочено 0" in text

    for person in (mentor, mentee):
        await person.send("/report")
        assert "недоступно" in person.text and "Наставники" not in person.text
