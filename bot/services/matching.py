"""Mentor matching: score every mentor in the bank against one mentee and explain the score.

Pure rules — no aiogram, no database. The caller builds profiles from the questionnaire answers
(``potential_mentor``, ``mentee_request_teacher``, ``mentee_request_student``) and the registration record,
then asks :func:`suggest` for the best mentors. Every point of a score comes with a :class:`Reason` that the
locale renders as one short line («• Предмет: математика (+25)»), so a coordinator sees why a mentor is on top
and why another is low («• Нет общего предмета (0)»).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from bot.i18n import Raw
from bot.services.mentoring_forms import FORMS, STUDENT_FORMS, TEACHER_FORMS, mentor_forms
from storage.models import MentorKind

__all__ = ["FORMS", "STUDENT_FORMS", "TEACHER_FORMS"]  # re-exported: matching speaks of forms

KINDS = ("teacher", "student")

# Needs in the order they are listed to a coordinator: the mentor competencies first (questionnaire order),
# then the teacher difficulties no mentor competency covers.
NEEDS: tuple[str, ...] = (
    "methodology", "classroom_management", "form_tutoring", "parents", "documentation", "subject_content",
    "digital_tools", "exams_olympiads", "special_needs", "projects_research", "career_guidance",
    "team_adaptation", "self_organisation", "other",
)
# «other» is free text on both sides: an «other» need is never counted as covered by an «other» competency.
UNMATCHABLE_NEEDS = frozenset({"other"})

# mentee_request_teacher.position → level of education; other positions say nothing about the level.
POSITION_LEVEL: dict[str, str] = {
    "preschool_teacher": "preschool", "college_lecturer": "vocational", "additional_ed": "additional",
}
# mentee_request_student.grade → level of education.
GRADE_LEVEL: dict[str, str] = {
    "grade_1_4": "primary", "grade_5_7": "basic", "grade_8_9": "basic", "grade_10_11": "secondary",
    "college": "vocational",
}
# mentee_request_student.help_with → mentor competencies that answer it.
# Settling into a new class and getting on with classmates are the form tutor's craft (class community,
# upbringing), not discipline, so both map to «form_tutoring».
HELP_NEEDS: dict[str, frozenset[str]] = {
    "studies": frozenset({"subject_content"}),
    "exams": frozenset({"exams_olympiads"}),
    "olympiads_projects": frozenset({"exams_olympiads", "projects_research"}),
    "career": frozenset({"career_guidance"}),
    "class_adaptation": frozenset({"form_tutoring"}),
    "communication": frozenset({"form_tutoring"}),
    "other": frozenset({"other"}),
}
# mentee_request_student.preferred_mentor → form of mentorship.
PREFERRED_MENTOR_FORM: dict[str, str] = {
    "teacher": "teacher_student", "senior_student": "student_student", "college_student": "college_student_pupil",
    "employer": "employer_student",
}
# A pupil mentor's grade and a pupil mentee's grade group, as numbers (a college student: 12): a pupil mentors
# only younger pupils, and two grades apart or more earns the full weight (``GRADE_FULL_GAP``).
MENTOR_GRADE: dict[str, int] = {
    "grade_7": 7, "grade_8": 8, "grade_9": 9, "grade_10": 10, "grade_11": 11, "college": 12,
}
MENTEE_GRADE: dict[str, int] = {"grade_1_4": 4, "grade_5_7": 7, "grade_8_9": 9, "grade_10_11": 11, "college": 12}
GRADE_FULL_GAP = 2
COLLEGE_GRADE = 12
# what an outside specialist offers (mentor_external.offer) → the needs it answers
OFFER_NEEDS: dict[str, frozenset[str]] = {
    "career": frozenset({"career_guidance"}),
    "projects_research": frozenset({"projects_research"}),
    "practice": frozenset({"career_guidance"}),
    "studies": frozenset({"subject_content"}),
    "olympiads_projects": frozenset({"exams_olympiads", "projects_research"}),
    "communication": frozenset({"form_tutoring"}),
    "other": frozenset({"other"}),
}
EXPERIENCE_FULL_GAP = 10  # years of extra experience that earn the full experience weight
DEFAULT_CAPACITY = 1


@dataclass(frozen=True)
class MatchWeights:
    """Points each factor gives at a full match; the defaults sum to 100."""

    subject: int = 25
    level: int = 10
    requests: int = 30
    experience: int = 10
    form: int = 10
    capacity: int = 5
    same_org: int = 5
    trained: int = 5

    @classmethod
    def from_mapping(cls, values: Mapping[str, int]) -> MatchWeights:
        """Weights from settings; missing keys keep their defaults. Unknown key or negative value: ValueError."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown matching weight(s): {', '.join(unknown)}")
        for name, value in values.items():
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"matching weight {name} must be an integer, got {value!r}")
            if value < 0:
                raise ValueError(f"matching weight {name} must not be negative, got {value}")
        return cls(**dict(values))

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class MentorProfile:
    person_id: int
    org_id: int
    subjects: str
    levels: frozenset[str]
    competencies: frozenset[str]
    forms: frozenset[str]
    experience_years: int | None
    capacity: int
    load: int  # mentees he leads now
    trained: bool  # completed the mentors' training
    kind: MentorKind = MentorKind.TEACHER
    grade: int | None = None  # a pupil or student mentor's grade (MENTOR_GRADE)

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.load)


@dataclass(frozen=True)
class MenteeProfile:
    person_id: int
    org_id: int
    kind: str  # "teacher" | "student"
    subjects: str
    level: str | None
    needs: frozenset[str]
    forms: frozenset[str]  # acceptable forms, «no_preference» already resolved to every form of the kind
    experience_years: int | None
    grade: int | None = None  # a pupil's grade group (MENTEE_GRADE)


@dataclass(frozen=True)
class Reason:
    code: str  # rendered by the locale key f"match-reason-{code}"
    points: int
    values: dict[str, str | int]


@dataclass(frozen=True)
class Suggestion:
    mentor: MentorProfile
    score: int
    reasons: tuple[Reason, ...]


# ---- profiles from questionnaire answers ------------------------------------------------------------------


def mentor_profile(
    person_id: int, org_id: int, person_subject: str | None, person_experience: int | None,
    answers: Mapping[str, Any], load: int, trained: bool, kind: MentorKind = MentorKind.TEACHER,
    from_partner: bool = False,
) -> MentorProfile:
    """A teacher (``potential_mentor``): subjects — the questionnaire's plus the registration's; experience — the
    questionnaire's, else the registration's; forms — those he chose that a teacher can take. A pupil or student
    (``mentor_student``): subjects and interests, what he can help with (the mentees' own ``help_with`` ids), his
    grade; an outside specialist (``mentor_external``): profession and subjects, what he offers, years in the
    profession (not teaching experience). Capacity: the questionnaire's (1 if missing)."""
    capacity = _int(answers.get("capacity"))
    allowed_forms = mentor_forms(kind, from_partner)
    if kind is not MentorKind.TEACHER:
        needs: set[str] = set()
        table = HELP_NEEDS if kind is MentorKind.STUDENT else OFFER_NEEDS
        for offer in _ids(answers.get("help_with" if kind is MentorKind.STUDENT else "offer")):
            needs |= table.get(offer, frozenset())
        return MentorProfile(
            person_id=person_id, org_id=org_id,
            subjects=_join_texts(answers.get("subjects"), answers.get("interests"), answers.get("profession"),
                                 person_subject),
            levels=_ids(answers.get("levels")), competencies=frozenset(needs), forms=allowed_forms,
            experience_years=None, capacity=capacity if capacity is not None else DEFAULT_CAPACITY, load=load,
            trained=trained, kind=kind, grade=MENTOR_GRADE.get(str(answers.get("grade"))),
        )
    experience = _int(answers.get("experience_years"))
    return MentorProfile(
        person_id=person_id,
        org_id=org_id,
        subjects=_join_texts(answers.get("subjects"), person_subject),
        levels=_ids(answers.get("levels")),
        competencies=_ids(answers.get("competencies")),
        forms=_ids(answers.get("forms")) & allowed_forms,
        experience_years=experience if experience is not None else person_experience,
        capacity=capacity if capacity is not None else DEFAULT_CAPACITY,
        load=load,
        trained=trained,
    )


def mentee_profile(
    person_id: int, org_id: int, kind: str, person_subject: str | None, person_experience: int | None,
    answers: Mapping[str, Any],
) -> MenteeProfile:
    """A teacher mentee: needs are his difficulties, the level follows from the position, the form from
    ``preferred_form``. A student: needs follow from ``help_with`` (see :data:`HELP_NEEDS`), the level from the
    grade, the form from ``preferred_mentor``; students have no teaching experience."""
    if kind == "teacher":
        experience = _int(answers.get("experience_years"))
        preferred = answers.get("preferred_form")
        return MenteeProfile(
            person_id=person_id,
            org_id=org_id,
            kind=kind,
            subjects=_join_texts(answers.get("subjects"), person_subject),
            level=POSITION_LEVEL.get(str(answers.get("position"))),
            needs=_ids(answers.get("difficulties")),
            forms=frozenset({preferred}) if preferred in TEACHER_FORMS else TEACHER_FORMS,
            experience_years=experience if experience is not None else person_experience,
        )
    if kind == "student":
        preferred_form = PREFERRED_MENTOR_FORM.get(str(answers.get("preferred_mentor")))
        needs: set[str] = set()
        for help_id in _ids(answers.get("help_with")):
            needs |= HELP_NEEDS.get(help_id, frozenset())
        return MenteeProfile(
            person_id=person_id,
            org_id=org_id,
            kind=kind,
            subjects=_join_texts(answers.get("subjects"), answers.get("interests"), person_subject),
            level=GRADE_LEVEL.get(str(answers.get("grade"))),
            needs=frozenset(needs),
            forms=frozenset({preferred_form}) if preferred_form else STUDENT_FORMS,
            experience_years=None,
            grade=MENTEE_GRADE.get(str(answers.get("grade"))),
        )
    raise ValueError(f"unknown mentee kind {kind!r}, expected one of {KINDS}")


def int_answer(value: Any) -> int | None:
    """A number answer as profiles read it (experience, capacity): None when it is not a whole number."""
    return _int(value)


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _ids(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(str(v) for v in value)


def _join_texts(*texts: Any) -> str:
    """«Математика» from the questionnaire and «математика» from the registration make one subject, not two."""
    parts: list[str] = []
    for text in texts:
        value = str(text).strip() if text is not None else ""
        if value and not (parts and subject_overlap(", ".join(parts), value) and
                          all(subject_overlap(", ".join(parts), p) for p in _SEPARATORS.split(value) if p.strip())):
            parts.append(value)
    return ", ".join(parts)


# ---- subjects ----------------------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[,;/|+&\n.()«»\"]|\s+(?:и|или|а также|and|or)\s+", re.IGNORECASE)
_WORD = re.compile(r"[a-zа-я]+")
# Words that name no subject: «начальные классы» and «начальная школа» are the same subject.
_GENERIC = ("класс", "классы", "школа", "предмет", "предметы", "урок", "уроки", "учитель", "преподаватель",
            "педагог", "для")
_MIN_STEM = 4  # shorter words (ИЗО, ОБЖ, МХК) must match exactly
_MAX_ENDING = 4  # longest Russian inflection a word may differ by («история» / «историями»)


def _same_word(a: str, b: str) -> bool:
    """Same word in another grammatical form: «русский» / «русского», «математика» / «математике»."""
    if a == b:
        return True
    if min(len(a), len(b)) < _MIN_STEM:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= _MIN_STEM and len(a) - common <= _MAX_ENDING and len(b) - common <= _MAX_ENDING


@lru_cache(maxsize=4096)  # the same few subject texts come back for every person of a bank
def _phrases(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Subject phrases of a free text: (the phrase as written, lowercased; its significant words)."""
    out = []
    for part in _SEPARATORS.split(text.lower()):
        phrase = " ".join(part.split())
        words = tuple(
            w for w in _WORD.findall(phrase.replace("ё", "е"))
            if len(w) > 2 and not any(_same_word(w, g) for g in _GENERIC)
        )
        if words:
            out.append((phrase, words))
    return tuple(out)


def _contains(words: tuple[str, ...], within: tuple[str, ...]) -> bool:
    return all(any(_same_word(w, other) for other in within) for w in words)


def subject_overlap(a: str, b: str) -> list[str]:
    """Subjects named in both texts, as written in ``b`` (the mentee's text), lowercased.

    Texts are split on «,», «;», «/», «и», «или», «and» …; two subjects are the same when every significant
    word of one occurs, in any grammatical form, in the other: «Русский язык и литература» shares
    «русскому языку» and «литературе», but «английский язык» does not share «русский язык».
    """
    mine = _phrases(a)
    shared: list[str] = []
    for phrase, words in _phrases(b):
        if phrase in shared:
            continue
        if any(_contains(words, other) or _contains(other, words) for _, other in mine):
            shared.append(phrase)
    return shared


# ---- scoring ------------------------------------------------------------------------------------------------


def _part(weight: int, numerator: int, denominator: int) -> int:
    """``weight * numerator / denominator`` rounded half up, in exact integer arithmetic."""
    if denominator <= 0 or numerator <= 0:
        return 0
    numerator = min(numerator, denominator)
    return (2 * weight * numerator + denominator) // (2 * denominator)


def _need_order(need: str) -> tuple[int, str]:
    return (NEEDS.index(need), need) if need in NEEDS else (len(NEEDS), need)


def score(mentee: MenteeProfile, mentor: MentorProfile, weights: MatchWeights, form: str | None = None
          ) -> Suggestion | None:
    """The mentor's score for this mentee with its reasons, or None when he can never be suggested: he is the
    mentee himself, has no free place, or does not offer the requested form (``form``) / any form the mentee
    accepts (no ``form``)."""
    if form is not None and form not in FORMS:
        raise ValueError(f"unknown form of mentorship {form!r}")
    if mentor.person_id == mentee.person_id or mentor.free <= 0:
        return None
    if (mentor.grade is not None and mentee.grade is not None and mentee.grade >= mentor.grade
            and mentor.grade < COLLEGE_GRADE):
        return None  # a pupil mentors only younger pupils (college students: seniors and juniors alike)
    if form is not None:
        if form not in mentor.forms:
            return None
        matching_form = form
    else:
        common_forms = [f for f in FORMS if f in mentee.forms and f in mentor.forms]
        if not common_forms:
            return None
        matching_form = common_forms[0]

    reasons: list[Reason] = []

    def add(code: str, points: int, show_zero: bool = False, **values: str | int) -> None:
        if points > 0 or show_zero:
            reasons.append(Reason(code, points, values))

    if mentee.subjects.strip():
        shared = subject_overlap(mentor.subjects, mentee.subjects)
        if shared:
            add("subject", weights.subject, subjects=", ".join(shared))
        else:
            add("no-subject", 0, show_zero=True)

    if mentee.level is not None and mentee.level in mentor.levels:
        add("level", weights.level, level=mentee.level)

    wanted = mentee.needs - UNMATCHABLE_NEEDS
    if wanted:
        covered = sorted(wanted & mentor.competencies, key=_need_order)
        if covered:
            add("requests", _part(weights.requests, len(covered), len(wanted)),
                covered=len(covered), wanted=len(wanted), list=",".join(covered))
        else:
            add("no-requests", 0, show_zero=True)

    if mentor.experience_years is not None and mentee.experience_years is not None:
        gap = mentor.experience_years - mentee.experience_years
        add("experience", _part(weights.experience, gap, EXPERIENCE_FULL_GAP), years=mentor.experience_years)
    if mentor.grade is not None and mentee.grade is not None and mentor.grade > mentee.grade:  # for pupils
        add("grade", _part(weights.experience, mentor.grade - mentee.grade, GRADE_FULL_GAP),
            gap=mentor.grade - mentee.grade)

    add("form", weights.form, form=matching_form)
    add("capacity", _part(weights.capacity, mentor.free, mentor.capacity), free=mentor.free,
        capacity=mentor.capacity)
    if mentor.org_id == mentee.org_id:
        add("same_org", weights.same_org)
    if mentor.trained:
        add("trained", weights.trained)

    return Suggestion(mentor, sum(r.points for r in reasons), tuple(reasons))


def suggest(mentee: MenteeProfile, mentors: Iterable[MentorProfile], weights: MatchWeights,
            form: str | None = None, limit: int = 5) -> list[Suggestion]:
    """The best ``limit`` mentors: by score, then more free places, then person id. A mentor at capacity,
    the mentee himself and mentors without an acceptable form are never suggested."""
    scored = [s for s in (score(mentee, m, weights, form) for m in mentors) if s is not None]
    scored.sort(key=lambda s: (-s.score, -s.mentor.free, s.mentor.person_id))
    return scored[:max(0, limit)]


# ---- rendering ----------------------------------------------------------------------------------------------


def need_names(t: Callable[..., str], ids: Iterable[str]) -> str:
    """«методика преподавания, работа с родителями»: each need id through the ``match-need`` select."""
    return ", ".join(t("match-need", need=need) for need in ids)


def form_name(t: Callable[..., str], form: str) -> str:
    return t("mentorship-form", form=form)


def reason_text(t: Callable[..., str], reason: Reason) -> str:
    """One line of the explanation, e.g. «• Запросы: закрыты 2 из 3 (методика, работа с родителями) (+20)».

    Level and form ids go to the locale as they are (its selects name them); the need list is rendered here
    from locale texts, so it is passed as already-safe HTML."""
    values: dict[str, Any] = dict(reason.values)
    if reason.code == "requests":
        ids = [i for i in str(values.get("list", "")).split(",") if i]
        values["list"] = Raw(need_names(t, ids))
    return t(f"match-reason-{reason.code}", points=reason.points, **values)
