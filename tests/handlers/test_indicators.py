"""The official indicators of a school year against a hand computation, the totals form, the year chooser.

The school (the clock: 01.09.2026, the first day of the school year 2026/27) has, besides its coordinator:

    pupil mentees     P1 born 2012, P2 born 2016, P3 (no birth year), P4 born 2008
    pupil mentors     M1 born 2009, M2 born 2012 (the school's own); M3 born 2006, a student of partner college «ПК»
    outside mentor    M4 from partner employer «Завод»
    teacher mentors   T1 (trained 01.10.2025), T2 (trained 01.10.2026: after the year 2025/26)
    teacher mentees   Y1 born 1995, 1 year of experience; Y2 born 1980, 2 years; Y3 nothing given;
                      Y4 born 1999, 10 years

    pair A  T1 → Y1, Y2 (Y3 declined)  учитель – учитель      from 01.10.2025, still working   2025/26 and 2026/27
    pair B  M1 → P1, P2                ученик – ученик        01.09.2025 – 20.05.2026          2025/26
    pair C  M2 → P3                    ученик – ученик        01.11.2025 – 01.02.2026          2025/26
    pair D  M3 → P4                    студент – ученик       from 01.03.2026, still working   2025/26 and 2026/27
    pair E  M4 → P1                    работодатель – ученик  from 01.09.2026                  2026/27
    pair F  T2 → Y4                    учитель – учитель      01.10.2024 – 30.06.2025          2024/25 only
    pair G  T2 → Y3                    proposed, never confirmed                              never
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from aiogram.fsm.storage.base import StorageKey

from bot.services.access import Actor
from bot.services.reports import ReportService
from storage.db import Database
from tests.flows import actor_of, make_coordinator
from tests.harness import Client, Harness

TS = "2026-09-01T07:00:00+00:00"


@dataclass(frozen=True)
class School:
    org_id: int
    people: dict[str, int]


async def _person(db: Database, org_id: int, name: str, role: str, *, kind: str | None = None,
                  partner: int | None = None, experience: int | None = None) -> int:
    person_id = await db.execute(
        "INSERT INTO persons (org_id, locale, status, full_name, experience_years, mentor_kind, partner_id,"
        " created_at, updated_at) VALUES (?, 'ru', 'active', ?, ?, ?, ?, ?, ?)",
        (org_id, name, experience, kind, partner, TS, TS))
    await db.execute("INSERT INTO person_roles (person_id, role, granted_at) VALUES (?, ?, ?)", (person_id, role, TS))
    return person_id


async def _answers(db: Database, org_id: int, person_id: int, questionnaire_id: str, answers: dict[str, object],
                   submitted: str = "2025-09-10") -> None:
    set_id = await db.execute(
        "INSERT INTO answer_sets (questionnaire_id, version, person_id, org_id, status, started_at, updated_at,"
        " submitted_at) VALUES (?, 2, ?, ?, 'submitted', ?, ?, ?)",
        (questionnaire_id, person_id, org_id, submitted, submitted, submitted))
    await db.executemany("INSERT INTO answers (answer_set_id, question_id, value, answered_at) VALUES (?, ?, ?, ?)",
                         [(set_id, k, json.dumps(v), submitted) for k, v in answers.items()])


async def _pair(db: Database, org_id: int, mentor: int, mentees: list[int], form: str, starts: str,
                status: str = "active", closed: str | None = None, activated: bool = True,
                declined: tuple[int, ...] = ()) -> int:
    pair_id = await db.execute(
        "INSERT INTO pairs (org_id, mentor_id, form, status, starts_on, mentor_answer, created_at, activated_at,"
        " closed_at) VALUES (?, ?, ?, ?, ?, 'confirmed', ?, ?, ?)",
        (org_id, mentor, form, status, starts, TS, f"{starts}T09:00:00+00:00" if activated else None,
         f"{closed}T12:00:00+00:00" if closed else None))
    await db.executemany("INSERT INTO pair_members (pair_id, mentee_id, answer, answered_at) VALUES (?, ?, ?, ?)",
                         [(pair_id, m, "declined" if m in declined else "confirmed", TS)
                          for m in [*mentees, *declined]])
    return pair_id


async def build_school(harness: Harness, db: Database) -> tuple[Client, School]:
    coordinator = await make_coordinator(harness)
    org_id = int(await db.fetchval("SELECT org_id FROM persons WHERE id = (SELECT person_id FROM accounts WHERE "
                                   "external_id = ?)", (coordinator.id,)))
    p: dict[str, int] = {}
    async with db.transaction():
        college = await db.execute("INSERT INTO partners (org_id, name, kind, created_at) VALUES (?, 'ПК', 'college',"
                                   " ?)", (org_id, TS))
        plant = await db.execute("INSERT INTO partners (org_id, name, kind, created_at) VALUES (?, 'Завод',"
                                 " 'employer', ?)", (org_id, TS))
        for name, born in (("P1", 2012), ("P2", 2016), ("P3", None), ("P4", 2008)):
            p[name] = await _person(db, org_id, name, "mentee_student")
            await _answers(db, org_id, p[name], "mentee_request_student",
                           {"grade": "grade_5_7", **({"birth_year": born} if born else {})})
        for name, born, partner in (("M1", 2009, None), ("M2", 2012, None), ("M3", 2006, college)):
            p[name] = await _person(db, org_id, name, "mentor_candidate", kind="student", partner=partner)
            await _answers(db, org_id, p[name], "mentor_student", {"grade": "grade_10", "birth_year": born})
        p["M4"] = await _person(db, org_id, "M4", "mentor_candidate", kind="external", partner=plant)
        for name, trained in (("T1", "2025-10-01"), ("T2", "2026-10-01")):
            p[name] = await _person(db, org_id, name, "mentor_candidate", experience=20)
            await db.execute("INSERT INTO mentor_selection (person_id, status, trained_on, updated_at)"
                             " VALUES (?, 'approved', ?, ?)", (p[name], trained, TS))
        for name, born, years in (("Y1", 1995, 1), ("Y2", 1980, 2), ("Y3", None, None), ("Y4", 1999, 10)):
            # Y2's registration says 7 years, the request 2: the request is read first, as on the dashboard
            p[name] = await _person(db, org_id, name, "mentee_teacher", experience=7 if name == "Y2" else None)
            if years is not None:
                await _answers(db, org_id, p[name], "mentee_request_teacher",
                               {"experience_years": years, "birth_year": born})
        a = await _pair(db, org_id, p["T1"], [p["Y1"], p["Y2"]], "teacher_teacher", "2025-10-01",
                        declined=(p["Y3"],))
        await _pair(db, org_id, p["M1"], [p["P1"], p["P2"]], "student_student", "2025-09-01", "completed",
                    "2026-05-20")
        await _pair(db, org_id, p["M2"], [p["P3"]], "student_student", "2025-11-01", "ended", "2026-02-01")
        await _pair(db, org_id, p["M3"], [p["P4"]], "college_student_pupil", "2026-03-01")
        await _pair(db, org_id, p["M4"], [p["P1"]], "employer_student", "2026-09-01")
        await _pair(db, org_id, p["T2"], [p["Y4"]], "teacher_teacher", "2024-10-01", "completed", "2025-06-30")
        await _pair(db, org_id, p["T2"], [p["Y3"]], "teacher_teacher", "2025-10-01", "proposed", activated=False)
        for held in ("2026-05-10", "2026-09-01"):  # pair A met once in each school year
            await db.execute(
                "INSERT INTO meetings (pair_id, kind, held_on, minutes, format, topic, logged_by, logged_role,"
                " status, created_at, updated_at) VALUES (?, 'regular', ?, 45, 'in_person', 'Урок', ?, 'mentor',"
                " 'confirmed', ?, ?)", (a, held, p["T1"], TS, TS))
        # satisfaction, 2025/26: T1's official items average 8 (satisfied; his «overall» 2 is ours and does not
        # count), M1's 6.5 (not); Y1 answered only «overall» (ours: not a respondent by the official items); P1's
        # official items average 9. Y2 answered on 01.09.2026: that is the next school year's.
        await _answers(db, org_id, p["T1"], "satisfaction_mentor",
                       {"overall": 2, "effectiveness": 9, "expectations": 7}, "2026-05-25")
        await _answers(db, org_id, p["M1"], "satisfaction_mentor_student",
                       {"effectiveness": 6, "role_clarity": 7}, "2026-05-25")
        await _answers(db, org_id, p["Y1"], "satisfaction_mentee", {"overall": 10}, "2026-05-25")
        await _answers(db, org_id, p["P1"], "satisfaction_mentee_student",
                       {"mentor_help": 10, "meetings_useful": 8, "school_life": 1}, "2026-05-25")
        await _answers(db, org_id, p["Y2"], "satisfaction_mentee", {"effectiveness": 2}, "2026-09-01")
    return coordinator, School(org_id, p)


async def _service(harness: Harness, db: Database, coordinator: Client) -> tuple[ReportService, Actor]:
    actor = await actor_of(db, coordinator.id)
    return harness.dp["reports"], actor


def _shown(values: list) -> dict[str, tuple]:
    """code → (part, whole, people not counted, the total to enter, per cent)."""
    return {v.indicator.code: (v.part, v.whole, v.unknown, v.missing_total, v.percent) for v in values}


async def test_every_indicator_of_a_school_year_against_a_hand_computation(harness: Harness, db: Database) -> None:
    coordinator, _ = await build_school(harness, db)
    reports, actor = await _service(harness, db, coordinator)
    await reports.save_totals(actor, 2025, {"pupils": 50, "pupils_10_19": 40, "pupils_15_19": 20, "teachers": 20,
                                            "teachers_under_35": 4})  # young specialists: not entered

    year, values = await reports.year_indicators(actor, year=2025)
    assert year == 2025
    assert _shown(values) == {
        # mentees of 2025/26 pairs: P1 (13 in 2025), P4 (17); P2 is 9; P3 gave no birth year
        "pupil_mentees": (2, 40, 1, None, 5),
        # the school's own pupil mentors: M1 (16); M2 is 13; M3 is a partner college's student
        "pupil_mentors": (1, 20, 0, None, 5),
        # teacher mentees: Y1 (30); Y2 is 45; Y3 declined pair A, pair G never worked
        "young_teachers": (1, 4, 0, None, 25),
        # Y1 (1 year) and Y2 (2 years, from the request): counted, but the total is missing — no share
        "young_specialists": (2, None, 0, "young_specialists", None),
        # T1 (T2's pairs F and G did not work in 2025/26)
        "teacher_mentors": (1, 20, 0, None, 5),
        # of T1, M1, M2, M3 only T1 was trained by 31.08.2026
        "mentors_trained": (1, 4, 0, None, 25),
        # M3's college (M4's pair starts in the next year)
        "partners": (1, None, 0, None, None),
        # T1 (mean 8) of T1 and M1 (mean 6.5)
        "satisfaction_mentors": (1, 2, 0, None, 50),
        # P1 (mean 9); Y1 answered no official item; Y2's answer belongs to 2026/27
        "satisfaction_mentees": (1, 1, 0, None, 100),
    }

    # the current year: no totals entered yet — every share of a total says which to enter, none is made up
    year, values = await reports.year_indicators(actor)
    assert year == 2026
    assert _shown(values) == {
        "pupil_mentees": (2, None, 0, "pupils_10_19", None),  # P1 (14), P4 (18)
        "pupil_mentors": (0, None, 0, "pupils_15_19", None),
        "young_teachers": (1, None, 0, "teachers_under_35", None),
        "young_specialists": (2, None, 0, "young_specialists", None),
        "teacher_mentors": (1, None, 0, "teachers", None),
        "mentors_trained": (1, 3, 0, None, 33),  # T1 of T1, M3, M4
        "partners": (2, None, 0, None, None),  # the college and the plant
        "satisfaction_mentors": (0, 0, 0, None, None),  # no answers: no share
        "satisfaction_mentees": (0, 1, 0, None, 0),  # Y2's 2 of 10
    }
    await coordinator.send("/report")
    text = coordinator.text
    assert "Обучающиеся 10–19 лет — наставляемые: 2 из ? — нет численности «обучающихся 10–19 лет»" in text
    assert "Наставники, прошедшие обучение: 1 из 3 (33 %)" in text
    assert "Удовлетворённость наставников (пункты анкеты МР-42/02, 8–10 из 10): ответов на анкеты пока нет" in text
    assert "Доли без численности не считаются" in text


async def test_a_pair_spanning_two_school_years_counts_in_each(harness: Harness, db: Database) -> None:
    coordinator, _ = await build_school(harness, db)
    reports, actor = await _service(harness, db, coordinator)
    past, current = await reports.dashboard(actor, year=2025), await reports.dashboard(actor)
    # A and D worked in both years; B and C only in 2025/26, E only in 2026/27; F in 2024/25; G never
    assert past.pairs_by_form == {"teacher_teacher": 1, "student_student": 2, "college_student_pupil": 1}
    assert current.pairs_by_form == {"teacher_teacher": 1, "college_student_pupil": 1, "employer_student": 1}
    assert (await reports.dashboard(actor, year=2024)).pairs_by_form == {"teacher_teacher": 1}
    # its meetings in the year they were held
    assert (past.meetings_year, current.meetings_year) == (1, 1)
    assert (past.year, past.current, current.year, current.current) == (2025, False, 2026, True)
    assert await reports.years(actor) == [2024, 2025, 2026]


async def test_the_year_chooser_and_the_totals_form_through_the_dispatcher(harness: Harness, db: Database) -> None:
    from datetime import timedelta

    coordinator, school = await build_school(harness, db)
    await coordinator.send("/report")
    assert "2026/27 учебный год</b> (текущий)" in coordinator.text
    assert coordinator.replies()[-1].button_texts()[-3:] == ["2024/25", "2025/26", "• 2026/27"]

    await coordinator.click("2025/26")  # the past year, in place
    text = coordinator.text
    assert "2025/26 учебный год</b> — итоги года" in text
    assert "Пары и группы, работавшие в этом учебном году:</b> 4" in text and "ученик – ученик — 2" in text
    assert "Встреч за учебный год:</b> 1" in text
    assert "Наставники:</b>" not in text  # today's banks are not a past year's figures
    assert "• 2025/26" in coordinator.replies()[-1].button_texts()

    # the totals of 2025/26, one number at a time, checked
    await coordinator.click("Численность для показателей")
    assert "1 из 6" in coordinator.text and "обучающихся всего" in coordinator.text
    assert "2025/26 учебном году" in coordinator.text
    await coordinator.send("около пятидесяти")
    assert "целое число" in coordinator.text
    await coordinator.send("50")
    assert "2 из 6" in coordinator.text
    await coordinator.send("60")  # 10–19-year-olds cannot outnumber all pupils
    assert "не может быть больше" in coordinator.text and "2 из 6" not in coordinator.text
    for number in ("40", "20", "20", "4"):
        await coordinator.send(number)
    assert "6 из 6" in coordinator.text and "молодых специалистов" in coordinator.text
    await coordinator.click("Пропустить")
    text = coordinator.text
    assert "Численность на 2025/26 учебный год сохранена" in text
    assert "Обучающиеся 10–19 лет — наставляемые: 2 из 40 (5 %) (без года рождения не учтено: 1)" in text
    assert "Педагоги до 35 лет с наставником: 1 из 4 (25 %)" in text
    assert "Молодые специалисты (первые 3 года работы) с наставником: 2 из ? — нет численности" in text
    rows = await db.fetchall("SELECT school_year, key, value FROM org_totals WHERE org_id = ? ORDER BY key",
                             (school.org_id,))
    assert [tuple(r) for r in rows] == [(2025, "pupils", 50), (2025, "pupils_10_19", 40), (2025, "pupils_15_19", 20),
                                        (2025, "teachers", 20), (2025, "teachers_under_35", 4)]
    key = StorageKey(bot_id=harness.bot.id, chat_id=coordinator.id, user_id=coordinator.id)
    assert await harness.dp.storage.get_state(key) is None  # the form is over

    # a new school year begins: 2025/26 keeps its figures, the new year has no totals of its own
    harness.clock.advance(timedelta(days=365))
    await coordinator.send("/report")
    assert "2027/28 учебный год</b> (текущий)" in coordinator.text
    assert "нет численности «обучающихся 10–19 лет»" in coordinator.text
    await coordinator.click("2025/26")
    assert "Обучающиеся 10–19 лет — наставляемые: 2 из 40 (5 %)" in coordinator.text

    # nobody but a coordinator opens the form or another year; a later year does not exist yet
    from bot.callbacks import ReportCb

    await coordinator.press(ReportCb(a="dash", y=2031).pack())
    assert "Такого учебного года" in coordinator.alerts()[-1]

    stranger = harness.user(9_999)
    for action in ("tot", "dash"):
        await stranger.press(ReportCb(a=action, y=2025).pack())
        assert "недоступно" in stranger.alerts()[-1] and not stranger.replies()


async def test_the_excel_export_of_a_school_year_with_its_indicators(harness: Harness, db: Database) -> None:
    import io
    from datetime import date

    import openpyxl

    from bot.callbacks import ReportCb

    coordinator, school = await build_school(harness, db)
    reports, actor = await _service(harness, db, coordinator)
    await reports.save_totals(actor, 2025, {"pupils_10_19": 40})

    async def book(year: int) -> openpyxl.Workbook:
        await coordinator.press(ReportCb(a="xlsx", y=year).pack())
        return openpyxl.load_workbook(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]

    past = await book(2025)
    assert past.sheetnames[0] == "Показатели"
    rows = list(past["Показатели"].iter_rows(values_only=True))
    assert rows[0] == ("Учебный год", "Показатель", "Как считается", "Источник", "Учтено", "Из (знаменатель)",
                       "Доля, %", "Примечание")
    by_name = {r[1]: r for r in rows[1:]}
    assert len(by_name) == 9
    mentees = by_name["Обучающиеся 10–19 лет — наставляемые"]
    assert mentees[0] == "2025/26" and mentees[4:7] == (2, 40, 5)
    assert "10–19 лет" in mentees[2] and "Р-145" in mentees[3] and "без года рождения не учтено: 1" in mentees[7]
    mentors = by_name["Обучающиеся 15–19 лет — наставники"]
    assert mentors[4:7] == (1, None, None) and "не внесена численность «обучающихся 15–19 лет»" in mentors[7]
    assert "МР-42/02" in by_name["Наставники, прошедшие обучение"][3]
    assert "АЗ-1128/08/657" in by_name["Молодые специалисты (первые 3 года работы) с наставником"][3]
    assert by_name["Организации-партнёры, давшие наставников"][4:7] == (1, None, None)

    # the year filter: the pairs that worked in 2025/26 (and a proposal made in it), their meetings held in it
    pairs = {r[0] for r in list(past["Пары"].iter_rows(values_only=True))[1:]}
    expected = await db.fetchall("SELECT id FROM pairs WHERE org_id = ? AND mentor_id IN (?, ?, ?, ?, ?)"
                                 " AND form != 'employer_student' AND starts_on >= '2025-09-01'",
                                 (school.org_id, *(school.people[n] for n in ("T1", "M1", "M2", "M3", "T2"))))
    assert pairs == {r["id"] for r in expected}  # A, B, C, D and the proposal G; not E (2026/27), not F (2024/25)
    meetings = list(past["Встречи"].iter_rows(values_only=True))[1:]
    assert [m[1].date() for m in meetings] == [date(2026, 5, 10)]

    current = await book(2026)
    assert {r[3] for r in list(current["Пары"].iter_rows(values_only=True))[1:]} == {
        "учитель – учитель", "студент – ученик", "работодатель – ученик"}  # A, D, E
    assert [m[1].date() for m in list(current["Встречи"].iter_rows(values_only=True))[1:]] == [date(2026, 9, 1)]
    assert list(current["Показатели"].iter_rows(values_only=True))[1][0] == "2026/27"
