"""The forms of mentorship, once: who may mentor whom, in which kind of organisation, on what legal basis, with
which questionnaires.

Forms of the federal target model (распоряжение Минпросвещения № Р-145 of 25.12.2019): ученик – ученик,
учитель – учитель, студент – ученик, работодатель – ученик, работодатель – студент; forms schools use in practice:
учитель – ученик, студент – студент, руководитель – педагог (the 2021 recommendations on teachers' mentoring,
letter АЗ-1128/08/657). One code names the same relation in every kind of organisation, and the locale words it
for the kind: ``student_student`` reads «ученик – ученик» in a school and «студент – студент» in a college;
``employer_student`` reads «работодатель – ученик» / «работодатель – студент».

Variants (the 2021 recommendations) are attributes of a pair: групповое is a pair with several mentees;
реверсивное, виртуальное and краткосрочное (ситуационное) are chosen by the coordinator.

ТК РФ ст. 351.8 covers only an employee mentoring another employee of the same employer (``labour``): the teacher
forms. Pupils and outside specialists are not the school's employees, and their consents and the order say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.models import MentorKind, OrgKind, Person, Role

TEACHER, LEARNER = "teacher", "student"  # the kinds of mentee (MenteeProfile.kind)
_ALL = frozenset(OrgKind)
_LEARNERS_ORGS = frozenset({OrgKind.SCHOOL, OrgKind.COLLEGE, OrgKind.ADDITIONAL})


@dataclass(frozen=True)
class MentoringForm:
    code: str
    mentor: MentorKind
    mentee: str  # TEACHER | LEARNER
    orgs: frozenset[OrgKind]
    labour: bool  # ТК РФ ст. 351.8 applies: both sides are employees of one employer
    outside_mentor: bool = False  # the mentor comes from a partner organisation

    @property
    def basis(self) -> str:
        """The legal basis the order cites for this form (``doc-order-basis`` select)."""
        if self.labour:
            return "labour"
        return "partner" if self.outside_mentor else "target_model"


FORM_LIST: tuple[MentoringForm, ...] = (
    MentoringForm("teacher_teacher", MentorKind.TEACHER, TEACHER, _ALL, labour=True),
    MentoringForm("leader_teacher", MentorKind.TEACHER, TEACHER, _ALL, labour=True),
    MentoringForm("teacher_student", MentorKind.TEACHER, LEARNER, _LEARNERS_ORGS, labour=False),
    MentoringForm("student_student", MentorKind.STUDENT, LEARNER, _LEARNERS_ORGS, labour=False),
    MentoringForm("college_student_pupil", MentorKind.STUDENT, LEARNER,
                  frozenset({OrgKind.SCHOOL, OrgKind.ADDITIONAL}), labour=False, outside_mentor=True),
    MentoringForm("employer_student", MentorKind.EXTERNAL, LEARNER, _LEARNERS_ORGS, labour=False,
                  outside_mentor=True),
)
BY_CODE: dict[str, MentoringForm] = {f.code: f for f in FORM_LIST}
# the order forms are listed in (questionnaires, keyboards, the order's appendices)
FORMS: tuple[str, ...] = (
    "teacher_teacher", "teacher_student", "student_student", "college_student_pupil", "employer_student",
    "leader_teacher",
)
TEACHER_FORMS = frozenset(f.code for f in FORM_LIST if f.mentee == TEACHER)
STUDENT_FORMS = frozenset(f.code for f in FORM_LIST if f.mentee == LEARNER)
LABOUR_FORMS = frozenset(f.code for f in FORM_LIST if f.labour)

VARIANTS: tuple[str, ...] = ("reverse", "virtual", "short_term")  # групповое: more than one mentee

# Who can be invited in each kind of organisation: a kindergarten has no pupils in the programme, and no form
# there takes an outside mentor.
INVITES_BY_ORG: dict[OrgKind, tuple[str, ...]] = {
    OrgKind.KINDERGARTEN: ("coordinator", "mentor_candidate", "mentee_teacher", "staff"),
}
DEFAULT_INVITES = ("coordinator", "mentor_candidate", "mentor_student", "mentor_external", "mentee_teacher",
                   "mentee_student", "staff")

# The bank questionnaire of each kind of mentor, and the satisfaction survey of each side when a pair ends.
MENTOR_QUESTIONNAIRES: dict[MentorKind, str] = {
    MentorKind.TEACHER: "potential_mentor",
    MentorKind.STUDENT: "mentor_student",
    MentorKind.EXTERNAL: "mentor_external",
}
MENTOR_SATISFACTION: dict[MentorKind, str] = {
    MentorKind.TEACHER: "satisfaction_mentor",
    MentorKind.STUDENT: "satisfaction_mentor_student",
    MentorKind.EXTERNAL: "satisfaction_mentor_external",
}
MENTEE_SATISFACTION = {TEACHER: "satisfaction_mentee", LEARNER: "satisfaction_mentee_student"}


def role_key(person: Person, role: Role) -> str:
    """The role as texts name it: a mentor who is a pupil or an outside specialist is «mentor_student» /
    «mentor_external» (the invite role he came by), not «кандидат в наставники» among teachers."""
    if role is Role.MENTOR_CANDIDATE and person.mentor_kind is not MentorKind.TEACHER:
        return f"mentor_{person.mentor_kind.value}"
    return role.value


# Before and after (МР-42/02's second monitoring stage: personal and professional growth): the questionnaire each side
# answers when its pair starts, and the one with the same scaled items when it ends. A pupil mentee's exit items are in
# his satisfaction survey (the official outcome items: school life, beyond the curriculum, activities).
GROWTH: dict[tuple[str, str], tuple[str, str]] = {
    ("mentee", TEACHER): ("entry_mentee", "exit_mentee"),
    ("mentee", LEARNER): ("entry_mentee_student", "satisfaction_mentee_student"),
    ("mentor", MentorKind.TEACHER.value): ("entry_mentor", "exit_mentor"),
}
GROWTH_QUESTIONNAIRES = tuple(q for pair in GROWTH.values() for q in pair)
GROWTH_EXITS = frozenset(exit_id for _, exit_id in GROWTH.values())


def growth_of(person: Person, as_mentor: bool) -> tuple[str, str] | None:
    """(entry, exit) questionnaires for this side of a pair; None where growth is not measured (a pupil or an outside
    specialist as mentor)."""
    key = ("mentor", person.mentor_kind.value) if as_mentor else ("mentee", mentee_kind(person))
    return GROWTH.get(key)


def invitable(org_kind: OrgKind) -> tuple[str, ...]:
    """The invite roles a coordinator of this kind of organisation is offered."""
    return INVITES_BY_ORG.get(org_kind, DEFAULT_INVITES)


def forms_for_org(org_kind: OrgKind) -> tuple[str, ...]:
    return tuple(code for code in FORMS if org_kind in BY_CODE[code].orgs)


def mentor_forms(kind: MentorKind, from_partner: bool) -> frozenset[str]:
    """The forms a mentor of this kind may take: a pupil of the school mentors pupils (ученик – ученик), a student
    from a partner college mentors pupils (студент – ученик), an outside specialist mentors learners."""
    return frozenset(f.code for f in FORM_LIST
                     if f.mentor is kind and (kind is not MentorKind.STUDENT or f.outside_mentor == from_partner))


def mentee_kind(person: Person) -> str:
    return TEACHER if person.has_role(Role.MENTEE_TEACHER) else LEARNER


def satisfaction_of(person: Person, as_mentor: bool) -> str:
    """The satisfaction questionnaire for this side of a pair, chosen by who the person is."""
    if as_mentor:
        return MENTOR_SATISFACTION[person.mentor_kind]
    return MENTEE_SATISFACTION[mentee_kind(person)]


def allowed(form: str, org_kind: OrgKind, mentor: Person, mentee_kinds: set[str]) -> bool:
    """Whether a pair of ``form`` may join this mentor with mentees of these kinds in this organisation."""
    spec = BY_CODE.get(form)
    return (spec is not None and org_kind in spec.orgs
            and form in mentor_forms(mentor.mentor_kind, mentor.partner_id is not None)
            and mentee_kinds <= {spec.mentee})
