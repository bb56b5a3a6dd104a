"""Mentor matching on a realistic bank: order, exclusions, form filter, weights, explanations in ru and en."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.i18n import Translator
from bot.services.matching import (
    FORMS,
    STUDENT_FORMS,
    TEACHER_FORMS,
    MatchWeights,
    MenteeProfile,
    MentorProfile,
    Reason,
    Suggestion,
    mentee_profile,
    mentor_profile,
    need_names,
    reason_text,
    score,
    subject_overlap,
    suggest,
)
from storage.models import MentorKind

QUESTIONNAIRES = Path(__file__).resolve().parents[2] / "questionnaires"
SCHOOL_5, SCHOOL_12, KINDERGARTEN, COLLEGE = 1, 2, 3, 4
DEFAULT = MatchWeights()


def _mentor_answers(experience: int, levels: list[str], subjects: str, competencies: list[str], forms: list[str],
                    capacity: int, category: str = "first") -> dict[str, Any]:
    return {"experience_years": experience, "category": category, "levels": levels, "subjects": subjects,
            "competencies": competencies, "forms": forms, "capacity": capacity, "availability": "biweekly",
            "meeting_format": "mixed", "mentor_before": False, "motivation": "Хочу помогать коллегам."}


# person id → (org, registration subject, registration experience, answers, load, trained)
BANK: dict[int, tuple[int, str | None, int | None, dict[str, Any], int, bool]] = {
    101: (SCHOOL_5, "Математика", 22, _mentor_answers(
        22, ["basic", "secondary"], "Математика, информатика",
        ["methodology", "exams_olympiads", "subject_content", "digital_tools"],
        ["teacher_teacher", "teacher_student"], 3, "highest"), 1, True),
    102: (SCHOOL_5, "Русский язык", 15, _mentor_answers(
        15, ["basic", "secondary"], "Русский язык и литература",
        ["methodology", "form_tutoring", "parents", "documentation"], ["teacher_teacher"], 2), 0, False),
    103: (SCHOOL_12, "Начальные классы", 25, _mentor_answers(
        25, ["primary"], "Начальные классы",
        ["methodology", "classroom_management", "parents", "form_tutoring"], ["teacher_teacher"], 2, "mentor"),
        0, True),
    104: (SCHOOL_12, "Физика", 8, _mentor_answers(
        8, ["basic", "secondary"], "Физика, астрономия", ["subject_content", "projects_research", "exams_olympiads"],
        ["teacher_teacher", "teacher_student"], 2), 2, True),  # at capacity
    105: (SCHOOL_5, "Английский язык", 6, _mentor_answers(
        6, ["basic", "secondary"], "Английский язык", ["methodology", "digital_tools", "exams_olympiads"],
        ["teacher_teacher", "teacher_student"], 1), 0, False),
    106: (KINDERGARTEN, "Воспитатель", 18, _mentor_answers(
        18, ["preschool"], "Дошкольное образование, развитие речи",
        ["methodology", "parents", "documentation", "special_needs"], ["teacher_teacher"], 2, "highest"), 0, True),
    107: (COLLEGE, "Информатика", 12, _mentor_answers(
        12, ["vocational"], "Программирование, базы данных",
        ["subject_content", "career_guidance", "digital_tools", "projects_research"],
        ["teacher_teacher", "teacher_student"], 3), 0, False),
    108: (SCHOOL_5, "Математика", 30, _mentor_answers(  # deputy head: mentors only as a leader
        30, ["basic", "secondary"], "Управление, методическая работа",
        ["documentation", "methodology", "classroom_management"], ["leader_teacher"], 2, "methodist"), 0, True),
    109: (SCHOOL_5, None, None, {  # an 11th-grader who mentors younger pupils (mentor_student)
        "grade": "grade_11", "levels": ["basic"], "subjects": "Математика, физика",
        "help_with": ["studies", "exams"], "interests": "шахматы", "capacity": 2}, 0, False),
    110: (SCHOOL_5, None, None, {  # an IT company engineer from the school's partner (mentor_external)
        "profession": "Инженер-программист", "experience_field": 9, "levels": ["secondary", "vocational"],
        "subjects": "Программирование, IT", "offer": ["career", "projects_research"], "capacity": 2}, 0, False),
}
KINDS = {109: MentorKind.STUDENT, 110: MentorKind.EXTERNAL}


def _bank(**loads: int) -> list[MentorProfile]:
    """The mentor bank; ``loads`` overrides the load of a mentor, e.g. ``_bank(m104=1)``."""
    out = []
    for person_id, (org, subject, experience, answers, load, trained) in BANK.items():
        load = loads.get(f"m{person_id}", load)
        kind = KINDS.get(person_id, MentorKind.TEACHER)
        out.append(mentor_profile(person_id, org, subject, experience, answers, load, trained, kind,
                                  from_partner=kind is MentorKind.EXTERNAL))
    return out


def _teacher(person_id: int, org: int, subject: str | None, experience: int, position: str,
             difficulties: list[str], preferred: str) -> MenteeProfile:
    answers = {"experience_years": experience, "position": position, "situation": "young_specialist",
               "difficulties": difficulties, "main_difficulty": "…", "goals": "…", "preferred_form": preferred,
               "meeting_format": "in_person", "frequency": "weekly"}
    return mentee_profile(person_id, org, "teacher", subject, experience, answers)


def _student(person_id: int, org: int, grade: str, help_with: list[str], preferred: str,
             subjects: str | None = None) -> MenteeProfile:
    answers: dict[str, Any] = {"grade": grade, "help_with": help_with, "preferred_mentor": preferred,
                               "goals": "…", "meeting_format": "online"}
    if subjects is not None:
        answers["subjects"] = subjects
    return mentee_profile(person_id, org, "student", None, None, answers)


# a maths teacher in her first year: methods, discipline, parents
YOUNG_MATHS = _teacher(201, SCHOOL_5, "Математика", 1, "teacher",
                       ["methodology", "classroom_management", "parents"], "teacher_teacher")
# a Russian teacher back after a break: digital tools and paperwork, any mentor
RETURNING_RUSSIAN = _teacher(202, SCHOOL_5, "русский язык", 12, "teacher",
                             ["digital_tools", "documentation"], "no_preference")
# a kindergarten educator in her first year
NEW_EDUCATOR = _teacher(203, KINDERGARTEN, "Дошкольное образование", 0, "preschool_teacher",
                        ["parents", "special_needs", "self_organisation"], "no_preference")
# an 8th-grader behind in algebra, geometry and physics, exams ahead
PUPIL_8 = _student(204, SCHOOL_5, "grade_8_9", ["studies", "exams"], "no_preference", "алгебра и геометрия, физике")
# a 10th-grader choosing a career, wants a professional
PUPIL_10 = _student(205, SCHOOL_5, "grade_10_11", ["career", "olympiads_projects"], "employer")
# a college student struggling with programming, wants a teacher
COLLEGE_STUDENT = _student(206, COLLEGE, "college", ["studies"], "teacher", "программирование")


def _top(suggestions: list[Suggestion]) -> list[tuple[int, int]]:
    return [(s.mentor.person_id, s.score) for s in suggestions]


def _reasons(suggestion: Suggestion) -> dict[str, Reason]:
    return {r.code: r for r in suggestion.reasons}


# ---- the questionnaires really have the ids the service relies on -------------------------------------------


def _options(questionnaire: str, question: str) -> set[str]:
    data = json.loads((QUESTIONNAIRES / f"{questionnaire}.json").read_text(encoding="utf-8"))
    (q,) = [q for q in data["questions"] if q["id"] == question]
    return {o["id"] for o in q["options"]}


def test_ids_agree_with_the_questionnaires() -> None:
    from bot.services import matching

    assert _options("potential_mentor", "forms") == set(FORMS)
    assert set(matching.NEEDS) == _options("potential_mentor", "competencies") | _options(
        "mentee_request_teacher", "difficulties")
    assert set(matching.HELP_NEEDS) == _options("mentee_request_student", "help_with")
    assert set(matching.GRADE_LEVEL) == _options("mentee_request_student", "grade")
    assert set(matching.GRADE_LEVEL.values()) | set(matching.POSITION_LEVEL.values()) <= _options(
        "potential_mentor", "levels")
    assert set(matching.POSITION_LEVEL) < _options("mentee_request_teacher", "position")
    assert set(matching.PREFERRED_MENTOR_FORM) | {"no_preference"} == _options(
        "mentee_request_student", "preferred_mentor")
    assert TEACHER_FORMS | {"no_preference"} == _options("mentee_request_teacher", "preferred_form")
    assert set(FORMS) - TEACHER_FORMS == STUDENT_FORMS and len(STUDENT_FORMS) == 4


# ---- profiles -----------------------------------------------------------------------------------------------


def test_mentor_profile_from_answers_with_registration_fallbacks() -> None:
    maths = mentor_profile(101, SCHOOL_5, "Алгебра", 20, BANK[101][3], load=1, trained=True)
    assert maths.subjects == "Математика, информатика, Алгебра"
    assert maths.experience_years == 22  # the questionnaire wins over the registration
    assert maths.capacity == 3 and maths.free == 2
    assert maths.forms == {"teacher_teacher", "teacher_student"} and "preschool" not in maths.levels
    bare = mentor_profile(7, SCHOOL_5, "Химия", 9, {"forms": ["teacher_teacher"]}, load=4, trained=False)
    assert bare.subjects == "Химия" and bare.experience_years == 9 and bare.capacity == 1 and bare.free == 0
    assert mentor_profile(7, SCHOOL_5, None, None, {}, load=0, trained=False).experience_years is None


def test_teacher_mentee_profile() -> None:
    assert YOUNG_MATHS.kind == "teacher" and YOUNG_MATHS.level is None and YOUNG_MATHS.experience_years == 1
    assert YOUNG_MATHS.needs == {"methodology", "classroom_management", "parents"}
    assert YOUNG_MATHS.forms == {"teacher_teacher"} and YOUNG_MATHS.subjects == "Математика"
    assert RETURNING_RUSSIAN.forms == TEACHER_FORMS  # no preference: every teacher form
    assert NEW_EDUCATOR.level == "preschool"
    lecturer = _teacher(9, COLLEGE, None, 2, "college_lecturer", ["methodology"], "leader_teacher")
    assert lecturer.level == "vocational" and lecturer.forms == {"leader_teacher"} and lecturer.subjects == ""
    assert _teacher(9, 1, None, 2, "additional_ed", ["methodology"], "no_preference").level == "additional"
    # experience from the registration when the questionnaire has none
    assert mentee_profile(9, 1, "teacher", None, 4, {"difficulties": ["parents"]}).experience_years == 4


def test_student_mentee_profile_maps_help_to_competencies() -> None:
    assert PUPIL_8.kind == "student" and PUPIL_8.level == "basic" and PUPIL_8.experience_years is None
    assert PUPIL_8.needs == {"subject_content", "exams_olympiads"} and PUPIL_8.forms == STUDENT_FORMS
    assert PUPIL_10.needs == {"career_guidance", "exams_olympiads", "projects_research"}
    assert PUPIL_10.level == "secondary" and PUPIL_10.forms == {"employer_student"} and PUPIL_10.subjects == ""
    assert COLLEGE_STUDENT.level == "vocational" and COLLEGE_STUDENT.forms == {"teacher_student"}
    settling = _student(9, 1, "grade_1_4", ["class_adaptation", "communication"], "senior_student")
    assert settling.level == "primary" and settling.needs == {"form_tutoring"} and settling.forms == {
        "student_student"}
    assert _student(9, 1, "grade_5_7", ["other"], "college_student").forms == {"college_student_pupil"}
    with pytest.raises(ValueError):
        mentee_profile(9, 1, "parent", None, None, {})


# ---- subjects -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("mentor", "mentee", "shared"), [
    ("Русский язык и литература", "русского языка", ["русского языка"]),
    ("Русский язык и литература", "русскому языку, литературе", ["русскому языку", "литературе"]),
    ("Математика", "математике", ["математике"]),
    ("Математика; информатика", "Информатике / физике", ["информатике"]),
    ("Химия и биология", "химии и биологии", ["химии", "биологии"]),
    ("История, обществознание", "история или обществознанию", ["история", "обществознанию"]),
    ("Начальные классы", "начальная школа", ["начальная школа"]),
    ("Русский язык", "русский", ["русский"]),
    ("Математика", "подготовка по математике", ["подготовка по математике"]),
    ("Мировая художественная культура", "мировой художественной культуре", ["мировой художественной культуре"]),
    ("Химия, учеба", "учёба", ["учёба"]),
    ("ИЗО, МХК", "изо", ["изо"]),
    ("Физика", "Физика", ["физика"]),
    ("Английский язык", "русский язык", []),
    ("Физика", "физкультура", []),
    ("Математика, физика", "алгебра и геометрия", []),
    ("Геометрия", "география", []),
    ("Право", "правописание", []),  # a shared beginning, but more than an ending apart
    ("ОБЖ", "обществознание", []),
    ("Математика", "", []),
    ("", "математика", []),
    ("Начальные классы", "классы", []),  # a generic word alone names no subject
])
def test_subject_overlap(mentor: str, mentee: str, shared: list[str]) -> None:
    assert subject_overlap(mentor, mentee) == shared


# ---- suggestions --------------------------------------------------------------------------------------------


def test_young_maths_teacher_gets_the_maths_mentor_first() -> None:
    result = suggest(YOUNG_MATHS, _bank(), DEFAULT, limit=10)
    # 101: subject 25 + methods 1/3 → 10 + experience 10 + form 10 + 2 of 3 places → 3 + same school 5 + trained 5
    # 103: all three needs → 30, another school; 102 and 106 tie at 50, both with 2 free places: by id
    assert _top(result) == [(101, 68), (103, 60), (102, 50), (106, 50), (105, 35), (107, 25)]
    top = _reasons(result[0])
    assert top["subject"] == Reason("subject", 25, {"subjects": "математика"})
    assert top["requests"] == Reason("requests", 10, {"covered": 1, "wanted": 3, "list": "methodology"})
    assert top["experience"].values == {"years": 22} and top["form"].values == {"form": "teacher_teacher"}
    assert top["capacity"] == Reason("capacity", 3, {"free": 2, "capacity": 3})
    assert {"same_org", "trained"} <= set(top) and "no-subject" not in top and "level" not in top
    assert sum(r.points for r in result[0].reasons) == result[0].score
    primary = _reasons(result[1])
    assert primary["no-subject"].points == 0  # tells the coordinator why a strong mentor is not first
    assert primary["requests"].values == {
        "covered": 3, "wanted": 3, "list": "methodology,classroom_management,parents"}
    assert "same_org" not in primary
    # 108 mentors only as a leader, 109 and 110 mentor pupils, 104 is full
    assert not {104, 108, 109, 110} & {s.mentor.person_id for s in result}


def test_limit_keeps_the_best() -> None:
    assert _top(suggest(YOUNG_MATHS, _bank(), DEFAULT, limit=2)) == [(101, 68), (103, 60)]
    assert _top(suggest(YOUNG_MATHS, _bank(), DEFAULT)) == _top(suggest(YOUNG_MATHS, _bank(), DEFAULT, limit=10))[:5]
    assert suggest(YOUNG_MATHS, _bank(), DEFAULT, limit=0) == []


def test_kindergarten_educator_gets_the_kindergarten_mentor() -> None:
    result = suggest(NEW_EDUCATOR, _bank(), DEFAULT)
    assert result[0].mentor.person_id == 106 and result[0].score == 90
    why = _reasons(result[0])
    assert why["subject"].values == {"subjects": "дошкольное образование"}
    assert why["level"] == Reason("level", 10, {"level": "preschool"})
    assert why["requests"].values == {"covered": 2, "wanted": 3, "list": "parents,special_needs"}
    assert result[1].score < 50  # nobody else works in pre-school


def test_pupil_gets_the_senior_pupil_who_knows_physics() -> None:
    result = suggest(PUPIL_8, _bank(), DEFAULT)
    assert _top(result) == [(109, 95), (101, 63), (105, 45), (107, 30), (110, 20)]
    senior = _reasons(result[0])
    assert senior["subject"].values == {"subjects": "физике"} and senior["level"].values == {"level": "basic"}
    assert senior["form"].values == {"form": "student_student"} and "experience" not in senior
    assert senior["grade"].values == {"gap": 2} and senior["grade"].points == DEFAULT.experience  # 11th vs 8–9th
    assert _reasons(result[1])["no-subject"].points == 0  # «математика» is not «алгебра»
    assert _reasons(result[4])["no-requests"].points == 0


def test_a_pupil_mentor_is_never_suggested_for_a_pupil_of_his_own_grade_or_older() -> None:
    pupil_mentor = next(m for m in _bank() if m.person_id == 109)  # an 11th-grader
    assert pupil_mentor.kind is MentorKind.STUDENT and pupil_mentor.forms == {"student_student"}
    assert score(PUPIL_10, pupil_mentor, DEFAULT, "student_student") is None  # grade 10–11: not younger
    younger = _student(299, SCHOOL_5, "grade_5_7", ["studies"], "senior_student", "физика")
    suggested = score(younger, pupil_mentor, DEFAULT)
    assert suggested is not None
    assert next(r for r in suggested.reasons if r.code == "grade").values == {"gap": 4}


def test_career_pupil_and_college_student() -> None:
    career = suggest(PUPIL_10, _bank(), DEFAULT)
    assert _top(career) == [(110, 50)]  # he wants a professional: only the engineer offers that form
    why = _reasons(career[0])
    assert why["requests"].values == {"covered": 2, "wanted": 3, "list": "projects_research,career_guidance"}
    assert "subject" not in why and "no-subject" not in why  # he named no subject: nothing to compare
    college = suggest(COLLEGE_STUDENT, _bank(), DEFAULT)
    assert college[0].mentor.person_id == 107 and college[0].score == 85
    assert _reasons(college[0])["subject"].values == {"subjects": "программирование"}
    assert {s.mentor.person_id for s in college} == {101, 105, 107}  # teachers offering teacher – pupil


def test_mentor_at_capacity_is_never_suggested_until_a_place_frees_up() -> None:
    full = next(m for m in _bank() if m.person_id == 104)
    assert full.free == 0
    assert score(PUPIL_8, full, DEFAULT) is None
    assert 104 not in {s.mentor.person_id for s in suggest(PUPIL_8, _bank(), DEFAULT, limit=100)}
    assert 104 not in {s.mentor.person_id for s in suggest(PUPIL_8, _bank(m104=5), DEFAULT, limit=100)}  # over
    freed = suggest(PUPIL_8, _bank(m104=1), DEFAULT, limit=100)
    physics = next(s for s in freed if s.mentor.person_id == 104)
    assert physics.score == 83 and _reasons(physics)["capacity"].values == {"free": 1, "capacity": 2}
    assert _top(freed)[:2] == [(109, 95), (104, 83)]


def test_more_free_places_win_a_tie() -> None:
    # 102 and 106 tie at 50 for the young maths teacher; one more mentee for 102 drops his capacity points
    busy = _top(suggest(YOUNG_MATHS, _bank(m102=1), DEFAULT, limit=10))
    assert (106, 50) in busy and (102, 48) in busy and busy.index((106, 50)) < busy.index((102, 48))
    # with capacity worth nothing the tie stays and the mentor with more free places comes first
    flat = MatchWeights(capacity=0)
    ties = [(s.mentor.person_id, s.score, s.mentor.free) for s in suggest(YOUNG_MATHS, _bank(m102=1), flat, limit=10)]
    assert [t for t in ties if t[1] == 45] == [(106, 45, 2), (102, 45, 1)]


def test_form_filter() -> None:
    as_teacher = suggest(PUPIL_8, _bank(), DEFAULT, form="teacher_student", limit=10)
    assert [s.mentor.person_id for s in as_teacher] == [101, 105, 107]
    assert all(_reasons(s)["form"].values == {"form": "teacher_student"} for s in as_teacher)
    as_peer = suggest(PUPIL_8, _bank(), DEFAULT, form="student_student")
    assert _top(as_peer) == [(109, 95)]
    # a teacher who wants a leader gets only the deputy head; the coordinator may ask for another form
    wants_leader = _teacher(211, SCHOOL_5, "Математика", 2, "teacher", ["documentation"], "leader_teacher")
    assert [s.mentor.person_id for s in suggest(wants_leader, _bank(), DEFAULT)] == [108]
    colleagues = suggest(wants_leader, _bank(), DEFAULT, form="teacher_teacher", limit=10)
    assert 108 not in {s.mentor.person_id for s in colleagues} and {102, 106} <= {
        s.mentor.person_id for s in colleagues}
    with pytest.raises(ValueError):
        suggest(PUPIL_8, _bank(), DEFAULT, form="parent_child")


def test_mentee_is_never_his_own_mentor() -> None:
    # the English teacher mentors and also asked for help with discipline
    english_as_mentee = _teacher(105, SCHOOL_5, "Английский язык", 6, "teacher", ["classroom_management"],
                                 "no_preference")
    twin = _teacher(999, SCHOOL_5, "Английский язык", 0, "teacher", ["classroom_management"], "no_preference")
    english = next(m for m in _bank() if m.person_id == 105)
    assert score(twin, english, DEFAULT) is not None  # the same request from someone else: he is a candidate
    as_candidate = next(s for s in suggest(twin, _bank(), DEFAULT, limit=100) if s.mentor.person_id == 105)
    assert _reasons(as_candidate)["subject"].values == {"subjects": "английский язык"}
    assert score(english_as_mentee, english, DEFAULT) is None
    assert 105 not in {s.mentor.person_id for s in suggest(english_as_mentee, _bank(), DEFAULT, limit=100)}


def test_experience_counts_only_above_the_mentee() -> None:
    by_id = {s.mentor.person_id: s for s in suggest(RETURNING_RUSSIAN, _bank(), DEFAULT, limit=100)}
    assert _reasons(by_id[102])["experience"] == Reason("experience", 3, {"years": 15})  # 3 years more: 3 of 10
    assert _reasons(by_id[108])["experience"].points == 10  # 18 more: capped at the full weight
    assert "experience" not in _reasons(by_id[107])  # the same 12 years
    assert "experience" not in _reasons(by_id[105])  # less experienced than the mentee


def test_other_is_never_covered_by_other() -> None:
    """«Другое» is free text on both sides: it says nothing about a fit, so it is neither covered nor wanted."""
    jack = mentor_profile(301, SCHOOL_5, None, 20, {"competencies": ["other", "parents"], "forms": ["teacher_teacher"],
                                                    "capacity": 1}, load=0, trained=False)
    maths = next(m for m in _bank() if m.person_id == 101)
    mentee = _teacher(212, SCHOOL_5, None, 1, "teacher", ["methodology", "other"], "teacher_teacher")
    assert mentee.needs == {"methodology", "other"}
    by_id = {s.mentor.person_id: _reasons(s) for s in suggest(mentee, [jack, maths], DEFAULT)}
    assert by_id[301]["no-requests"].points == 0
    assert by_id[101]["requests"] == Reason("requests", 30, {"covered": 1, "wanted": 1, "list": "methodology"})
    only_other = _teacher(213, SCHOOL_5, None, 1, "teacher", ["other"], "teacher_teacher")
    (jack_only,) = suggest(only_other, [jack], DEFAULT)
    assert not {"requests", "no-requests"} & set(_reasons(jack_only))


def test_weights_from_settings_change_the_order() -> None:
    default = suggest(RETURNING_RUSSIAN, _bank(), DEFAULT, limit=3)
    assert _top(default) == [(102, 63), (108, 50), (101, 48)]  # the Russian teacher: same subject
    seniority = MatchWeights.from_mapping({"experience": 60})
    # the most experienced come first and the Russian teacher (3 years more) drops out of the top three
    assert _top(suggest(RETURNING_RUSSIAN, _bank(), seniority, limit=4)) == [(108, 100), (101, 98), (103, 80),
                                                                             (102, 78)]
    subject_only = MatchWeights.from_mapping({name: 0 for name in ("level", "requests", "experience", "form",
                                                                     "capacity", "same_org", "trained")})
    assert _top(suggest(RETURNING_RUSSIAN, _bank(), subject_only, limit=1)) == [(102, 25)]


def test_weights_from_mapping() -> None:
    assert DEFAULT.total == 100
    weights = MatchWeights.from_mapping({"experience": 40, "trained": 0})
    assert weights.experience == 40 and weights.trained == 0 and weights.subject == 25 and weights.total == 125
    assert MatchWeights.from_mapping({}) == DEFAULT
    for bad in ({"speed": 5}, {"subject": -1}, {"subject": 25, "Subject": 10}, {"level": "10"}, {"form": 2.5}):
        with pytest.raises(ValueError):
            MatchWeights.from_mapping(bad)


# ---- explanations -------------------------------------------------------------------------------------------

ALL_CODES = {"subject", "no-subject", "level", "requests", "no-requests", "experience", "form", "capacity",
             "same_org", "trained", "grade"}
MENTEES = (YOUNG_MATHS, RETURNING_RUSSIAN, NEW_EDUCATOR, PUPIL_8, PUPIL_10, COLLEGE_STUDENT)


def _all_reasons() -> list[Reason]:
    return [r for mentee in MENTEES for s in suggest(mentee, _bank(), DEFAULT, limit=100) for r in s.reasons]


@pytest.mark.parametrize("locale", ["ru", "en"])
def test_every_reason_renders(locale: str, translator: Translator) -> None:
    t = translator.bind(locale)
    reasons = _all_reasons()
    assert {r.code for r in reasons} == ALL_CODES
    for reason in reasons:
        text = reason_text(t, reason)
        assert text.startswith("• ") and "{" not in text and "match-" not in text, text
        assert (f"(+{reason.points})" if reason.points else "(0)") in text, text
        assert len(text) < 120, text
    for form in FORMS:
        assert "{" not in reason_text(t, Reason("form", 10, {"form": form}))


def test_russian_explanation_of_the_top_mentor(translator: Translator) -> None:
    t = translator.bind("ru")
    top = suggest(YOUNG_MATHS, _bank(), DEFAULT)[0]
    lines = [reason_text(t, r) for r in top.reasons]
    assert lines == [
        "• Предмет: математика (+25)",
        "• Запросы: закрыт 1 из 3 — методика (+10)",
        "• Стаж: 22 года (+10)",
        "• Форма: учитель – учитель (+10)",
        "• Свободных мест: 2 из 3 (+3)",
        "• Та же организация (+5)",
        "• Обучение наставников пройдено (+5)",
    ]
    primary = [reason_text(t, r) for r in suggest(YOUNG_MATHS, _bank(), DEFAULT)[1].reasons]
    assert "• Нет общего предмета (0)" in primary
    assert "• Запросы: закрыты 3 из 3 — методика, дисциплина в классе, работа с родителями (+30)" in primary
    assert "• Стаж: 25 лет (+10)" in primary
    educator = [reason_text(t, r) for r in suggest(NEW_EDUCATOR, _bank(), DEFAULT)[0].reasons]
    assert "• Уровень: дошкольное образование (+10)" in educator
    assert "• Стаж: 18 лет (+10)" in educator
    assert reason_text(t, Reason("experience", 2, {"years": 21})) == "• Стаж: 21 год (+2)"
    assert reason_text(t, Reason("form", 10, {"form": "college_student_pupil"})) == "• Форма: студент – ученик (+10)"
    assert reason_text(t, Reason("no-requests", 0, {})) == "• Запросы: ни один не закрыт (0)"


def test_english_explanation(translator: Translator) -> None:
    t = translator.bind("en")
    lines = [reason_text(t, r) for r in suggest(NEW_EDUCATOR, _bank(), DEFAULT)[0].reasons]
    assert "• Needs: 2 of 3 covered — working with parents, special needs (SEN) (+20)" in lines
    assert "• Level: pre-school (+10)" in lines and "• Experience: 18 years (+10)" in lines
    assert reason_text(t, Reason("experience", 1, {"years": 1})) == "• Experience: 1 year (+1)"
    assert reason_text(t, Reason("form", 10, {"form": "leader_teacher"})) == "• Form: school leader – teacher (+10)"


def test_need_names_and_escaping(translator: Translator) -> None:
    t = translator.bind("ru")
    assert need_names(t, ["exams_olympiads", "special_needs"]) == "ГИА и олимпиады, дети с ОВЗ"
    assert need_names(t, []) == ""
    # the subject is the mentee's own text: escaped for HTML; the need list comes from the locale: not escaped twice
    shared = subject_overlap("Информатика", "информатика <b>")
    assert reason_text(t, Reason("subject", 25, {"subjects": ", ".join(shared)})) == (
        "• Предмет: информатика &lt;b&gt; (+25)")
    en = translator.bind("en")
    assert "paperwork, exams and olympiads" in reason_text(
        en, Reason("requests", 15, {"covered": 2, "wanted": 4, "list": "documentation,exams_olympiads"}))


def test_need_list_is_not_escaped_twice(tmp_path: Path) -> None:
    for locale in ("ru", "en"):
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "matching.ftl").write_text(
            "match-need = R&amp;D ({ $need })\n"
            "match-reason-requests = { $list } { $covered }/{ $wanted } +{ $points }\n", encoding="utf-8")
    t = Translator(tmp_path, strict=True).bind("ru")
    reason = Reason("requests", 15, {"covered": 1, "wanted": 2, "list": "projects_research"})
    assert reason_text(t, reason) == "R&amp;D (projects_research) 1/2 +15"


def test_the_first_common_form_is_named() -> None:
    both = mentor_profile(302, SCHOOL_5, None, 20, {"forms": ["leader_teacher", "teacher_teacher"]}, 0, False)
    assert RETURNING_RUSSIAN.forms == TEACHER_FORMS
    (only,) = suggest(RETURNING_RUSSIAN, [both], DEFAULT)
    assert _reasons(only)["form"].values == {"form": "teacher_teacher"}  # in the order of FORMS
