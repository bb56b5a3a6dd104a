"""Withdrawal really erases: one person touches every feature, withdraws, and nothing they typed is left in the
database file, its -wal or -shm — except an anonymous survey answer, which stays with nothing tying it to them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from bot.services.privacy import PrivacyService
from storage.db import Database
from storage.questionnaires import AnswerRepo
from tests.conftest import both_channels
from tests.flows import agree, approve_both, person_row, propose_from_suggestions, school
from tests.harness import Client, Harness

# what the withdrawing mentee (and their mentor, for the mentee's programme) typed, each string unique in the test
BANK_DIFFICULTY = "Трудность-Петрова-Ы1 с дисциплиной в седьмом классе"
BANK_GOALS = "Цель-Петрова-Ы2 вести уроки спокойно"
MEETING_TOPIC = "Тема-Петрова-Ы3 разбор контрольной"
MEETING_NOTES = "Заметки-Петрова-Ы4 подготовить памятку"
PROGRAMME_GOAL = "Программа-Ы5 освоить формирующее оценивание"
PROGRAMME_TASK = "Программа-Ы6 посетить три урока"
NAMED_ANSWER = "Именной-ответ-Ы7 всё было полезно"
ANONYMOUS_ANSWER = "Анонимный-ответ-Ы8 хотелось бы чаще"
DRAFT_TOPIC = "Черновик-Ы9 незаконченная тема"
MENTOR_TOPIC = "Тема-наставника-Ж1 открытый урок"
NAME = "Петров Павел Андреевич"


async def _answer_campaign(person: Client, text: str) -> None:
    """Opens the latest survey invitation and answers everything: the first choice, typed questions with ``text``."""
    await person.click("Заполнить анкету")
    for _ in range(60):
        shown = person.replies()[-1]
        if "Проверьте ответы" in shown.text:
            await person.click("Отправить анкету")
            return
        buttons = shown.button_texts()
        if any(b.startswith("⬜") for b in buttons):
            await person.click(next(b for b in buttons if b.startswith("⬜")))
            await person.click("Готово")
        elif buttons and buttons[0] not in ("‹ Назад", "Пропустить ›"):
            await person.click(buttons[0])
        else:
            await person.send(text)
    raise AssertionError("the questionnaire did not end")


async def _campaign(harness: Harness, coordinator: Client, title: str, anonymous: bool) -> None:
    await coordinator.send("/campaigns")
    await coordinator.click("Новый опрос")
    await coordinator.click(title)
    await coordinator.click("Наставляемым")
    await coordinator.click("14 дней")
    await coordinator.click("Да, анонимный" if anonymous else "Нет, с именами")
    await coordinator.click("Запустить")
    assert "запущен" in coordinator.text, coordinator.text
    await harness.dp["campaigns"].deliver()


def _raw(db: Database) -> bytes:
    path = Path(db.path)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


@both_channels
async def test_withdrawal_leaves_nothing_the_person_typed(harness: Harness, db: Database) -> None:
    coordinator, (mentor, _), (mentee, *_) = await school(harness, db, mentees=3)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел")
    await agree(mentor, mentee)
    person_id = (await person_row(db, mentee.id))["id"]

    # the bank questionnaire carries the mentee's own free texts
    set_id = await db.fetchval("SELECT id FROM answer_sets WHERE person_id = ? AND campaign_id IS NULL", (person_id,))
    async with db.transaction():
        await AnswerRepo(db).save_answer(set_id, "main_difficulty", BANK_DIFFICULTY, harness.clock.now())
        await AnswerRepo(db).save_answer(set_id, "goals", BANK_GOALS, harness.clock.now())

    # the mentor drafts the programme of this one-to-one pair
    await mentor.send("/mypair")
    await mentor.click("Добавить цель")
    await mentor.send(PROGRAMME_GOAL)
    await mentor.click("Добавить задачу")
    await mentor.send(PROGRAMME_TASK)
    await mentor.click("Без срока")
    assert await db.fetchval("SELECT COUNT(*) FROM programme_items") == 2

    # meetings: the mentor's own log, and one the mentee logs with notes
    await mentor.send(f"/meeting сегодня 45 мин очно {MENTOR_TOPIC}")
    await mentor.click("Пропустить")
    await mentor.click("Готово")  # no programme task served
    await mentor.click("Сохранить")
    await mentee.send(f"/meeting сегодня 30 мин онлайн {MEETING_TOPIC}")
    await mentee.send(MEETING_NOTES)
    await mentee.click("Готово")
    await mentee.click("Сохранить")
    assert await db.fetchval("SELECT COUNT(*) FROM meetings WHERE notes = ?", (MEETING_NOTES,)) == 1

    # «the pair is not working»
    await mentee.send("/mypair")
    await mentee.click("Пара не складывается")
    await mentee.click("Да, сообщить куратору")
    assert await db.fetchval("SELECT COUNT(*) FROM pair_signals WHERE person_id = ?", (person_id,)) == 1

    # a named survey and an anonymous one
    await _campaign(harness, coordinator, "Удовлетворённость программой: наставляемый", anonymous=False)
    await _answer_campaign(mentee, NAMED_ANSWER)
    await _campaign(harness, coordinator, "Удовлетворённость программой: наставляемый", anonymous=True)
    await _answer_campaign(mentee, ANONYMOUS_ANSWER)
    assert await db.fetchval("SELECT COUNT(*) FROM answer_sets WHERE person_id = ? AND status = 'submitted'",
                             (person_id,)) == 3

    # a half-filled form (a draft in the FSM storage)
    await mentee.send(f"/meeting сегодня 30 мин онлайн {DRAFT_TOPIC}")
    assert DRAFT_TOPIC.encode() in b"".join(
        r["data"].encode() for r in await db.fetchall("SELECT data FROM fsm_state WHERE user_id = ?", (mentee.id,)))

    # /mydata shows every feature, readable and as JSON
    await mentee.send("/mydata")
    text_doc, json_doc = mentee.documents()[-2:]
    readable = text_doc.document.data.decode("utf-8-sig")  # type: ignore[union-attr]
    exported = json.loads(json_doc.document.data.decode("utf-8"))  # type: ignore[union-attr]
    for typed in (NAME, BANK_DIFFICULTY, BANK_GOALS, MEETING_TOPIC, MEETING_NOTES, PROGRAMME_GOAL, PROGRAMME_TASK,
                  NAMED_ANSWER, ANONYMOUS_ANSWER, MENTOR_TOPIC, DRAFT_TOPIC):
        assert typed in json.dumps(exported, ensure_ascii=False), typed
        if typed != DRAFT_TOPIC:  # drafts are counted in the readable document, shown in full in the JSON
            assert typed in readable, typed
    # readable: the questions' and options' texts, not internal keys; the consents with their versions and dates
    assert "Какая трудность сейчас самая острая?" in readable and "main_difficulty" not in readable
    assert "Молодой специалист (стаж до 3 лет)" in readable and "young_specialist" not in readable
    assert "Ответ: 1 из 10" in readable and "teaching_experience_years" not in readable
    assert "Согласие на обработку персональных данных — дано, версия текста" in readable
    assert "Пара № 1: вы — наставляемый; форма: учитель – учитель" in readable
    assert "СИГНАЛЫ «ПАРА НЕ СКЛАДЫВАЕТСЯ»" in readable and exported["not_working_signals"]
    assert [(c["kind"], c["action"]) for c in exported["consents"]] == [("pd", "given"), ("mentee_pair", "given")]
    assert [q["anonymous"] for q in exported["questionnaires"]] == [False, False, True]
    assert exported["pairs"][0]["role"] == "mentee" and len(exported["programme"]) == 2

    typed_by_them = (NAME, BANK_DIFFICULTY, BANK_GOALS, MEETING_TOPIC, MEETING_NOTES, PROGRAMME_GOAL,
                     PROGRAMME_TASK, NAMED_ANSWER, DRAFT_TOPIC)
    before = _raw(db)
    assert [s for s in typed_by_them if s.encode() not in before] == []  # the scan below can see them

    await mentee.send("/privacy")
    await mentee.click("Отозвать согласие")
    await mentee.click("Да, отозвать")
    assert "ваши данные удалены" in mentee.text
    raw = _raw(db)  # the database file, its -wal and -shm, byte for byte
    assert [s for s in typed_by_them if s.encode() in raw] == []
    assert ANONYMOUS_ANSWER.encode() in raw and MENTOR_TOPIC.encode() in raw

    # the mentor's own log stays whole; the anonymous answer stays, tied to no one
    assert await db.fetchval("SELECT COUNT(*) FROM meetings WHERE topic = ?", (MENTOR_TOPIC,)) == 1
    row = await db.fetchone("SELECT s.person_id FROM answers a JOIN answer_sets s ON s.id = a.answer_set_id"
                            " WHERE a.value = ?", (json.dumps(ANONYMOUS_ANSWER, ensure_ascii=False),))
    assert row is not None and row["person_id"] is None
    assert await db.fetchval("SELECT COUNT(*) FROM answer_sets WHERE person_id = ?", (person_id,)) == 0
    # the coordinator's Excel: the pair names them «участник отозвал согласие», not a blank; no named answer left
    await coordinator.send("/report")
    await coordinator.click("Выгрузить в Excel")
    book = openpyxl.load_workbook(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
    pairs = list(book["Пары"].iter_rows(values_only=True))
    assert pairs[1][:3] == (1, "Иванова Мария Петровна", "участник отозвал согласие")
    topics = [row[5] for row in book["Встречи"].iter_rows(min_row=2, values_only=True)]
    assert sorted(topics) == sorted([MENTOR_TOPIC, "участник отозвал согласие"])  # their own log's topic is gone
    cells = [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row]
    assert not any(typed in c for c in cells for typed in (NAME, NAMED_ANSWER, MEETING_TOPIC, BANK_GOALS))



@both_channels
async def test_roadmap_reasons_go_the_roadmap_stays(harness: Harness, db: Database) -> None:
    """Staff: a postponement (only a new date is kept) and a skip with a reason; after withdrawal the reason and the
    name are gone from the file, the school's roadmap stays; the coordinator is told."""
    from tests.handlers.test_roadmap import active_roadmap_with_grishenkova

    reason = "Причина-пропуска-Щ1 перенесено на уровень района"
    coordinator, grishenkova = await active_roadmap_with_grishenkova(harness)
    await grishenkova.send("/tasks")
    await grishenkova.click("1")
    await grishenkova.click("Перенести")
    await grishenkova.send("20.10.2026")
    assert "Срок перенесён" in grishenkova.text
    await grishenkova.send("/tasks")
    await grishenkova.click("1")
    await grishenkova.click("Пропустить")
    await grishenkova.send(reason)
    assert "пропущенное" in grishenkova.text
    await grishenkova.send("/mydata")
    readable = grishenkova.documents()[-2].document.data.decode("utf-8-sig")  # type: ignore[union-attr]
    exported = grishenkova.documents()[-1].document.data.decode("utf-8")  # type: ignore[union-attr]
    assert "Анкетирование потенциальных наставников" in readable and reason in readable and reason in exported
    assert "20.10.2026" in readable

    await grishenkova.send("/privacy")
    await grishenkova.click("Отозвать согласие")
    await grishenkova.click("Да, отозвать")
    raw = _raw(db)
    assert reason.encode() not in raw and "Гришенкова Анна Николаевна".encode() not in raw
    assert "Гришенкова".encode() not in raw  # nor the school's short form of her name in the roadmap
    labels = [r["label"] for r in await db.fetchall("SELECT label FROM activity_labels WHERE kind = 'person'")]
    assert "участник отозвал согласие" in labels
    row = await db.fetchone("SELECT status, due_on, skip_reason FROM roadmap_activities WHERE title LIKE 'Анкетир%'")
    assert (row["status"], row["due_on"], row["skip_reason"]) == ("skipped", "2026-10-20", None)
    assert await db.fetchval("SELECT COUNT(*) FROM roadmap_links") == 0
    assert any("отозвала согласие" in shown.text for shown in coordinator.shown())


class _Stopped(BaseException):
    """The process stops (not an error the code could catch)."""


@both_channels
async def test_a_withdrawal_cut_short_is_finished_at_the_next_start(harness: Harness, db: Database,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot stops right after the person's record is emptied: at the next start the rest is erased, and the file is
    rewritten so that nothing erased stays in freed pages."""
    coordinator, (mentor, _), (mentee, *_) = await school(harness, db, mentees=1)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел")
    await agree(mentor, mentee)
    person_id = (await person_row(db, mentee.id))["id"]
    await mentee.send(f"/meeting сегодня 30 мин онлайн {MEETING_TOPIC}")
    await mentee.send(MEETING_NOTES)
    await mentee.click("Сохранить")
    privacy: PrivacyService = harness.dp["privacy"]

    async def stop(*_: object) -> None:
        raise _Stopped()

    monkeypatch.setattr(privacy, "_erase_everywhere", stop)
    with pytest.raises(_Stopped):
        await privacy.withdraw(mentee.account)
    monkeypatch.undo()
    assert await db.fetchval("SELECT status FROM persons WHERE id = ?", (person_id,)) == "withdrawn"
    assert await db.fetchval("SELECT COUNT(*) FROM meetings WHERE notes = ?", (MEETING_NOTES,)) == 1  # not yet

    assert await privacy.recover() == 1  # the next start
    assert await db.fetchval("SELECT COUNT(*) FROM erasures") == 0
    raw = _raw(db)
    for typed in (MEETING_TOPIC, MEETING_NOTES, NAME):
        assert typed.encode() not in raw, typed
    assert await privacy.recover() == 0  # nothing left to do
