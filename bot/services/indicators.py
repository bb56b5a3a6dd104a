"""The official indicators of a mentoring programme, each defined once here with the document it comes from, and the
organisation's totals they take as denominators.

A school reports per school year (1 September – 31 August, bot/services/school_calendar.py). The bot counts the
participants (storage/indicators.py: the people of the pairs that worked in the year — a pair spanning two years
counts in both); the organisation's totals (all pupils aged 10–19, all teachers under 35 …) it cannot know, so the
coordinator enters them per school year (``TOTALS``). Where a total is missing the indicator says which one to
enter: no share is ever made up.

Sources (named in ``Indicator.source``; the search corpus holds secondary copies of these documents — school
regulations and regional reports quoting them — so the wording below follows those copies and the project's domain
notes, not a re-read original):

* ``R145``  — распоряжение Минпросвещения России от 25.12.2019 № Р-145, the target model of mentoring of students
  (its indicators: pupils aged 10–19 in programmes as mentees, pupils aged 15–19 as mentors, young teachers with a
  mentor, teachers who are mentors, organisations providing mentors);
* ``MR42``  — letter МР-42/02 of 23.01.2020 with the methodological recommendations (training of mentors; the
  monitoring questionnaires of mentors' and mentees' satisfaction, scales 1–10);
* ``AZ1128`` — letter АЗ-1128/08/657 of 21.12.2021, recommendations on mentoring of pedagogical workers (young
  specialists: the first 3 years of work).

Ages come from a participant's year of birth (not the date: the least an age group needs), asked as an optional
item («birth_year») of the bank questionnaires whose people an age indicator counts: the pupil mentee's request,
the pupil mentor's questionnaire, the teacher mentee's request. The age is the one reached in the calendar year the
school year begins in (a pupil born in 2011 is 15 in the school year 2026/27). People without a birth year (or, for
young specialists, without their experience) are not guessed: the indicator shows how many were left uncounted.

Satisfaction is measured by the official items of the satisfaction questionnaires (questionnaires/SOURCES.md:
the items adapting the МР-42/02 annex). A respondent is satisfied when the mean of their answers to those items is
8–10 of 10; the items we added (overall, organisation of meetings, support, recommend, goals) are shown as ours and
do not enter the headline. Anonymous campaigns count as bot/services/anonymity.py releases them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.services.errors import InvalidInput
from bot.services.survey_results import SATISFIED_FROM

R145 = "R145"
MR42 = "MR42"
AZ1128 = "AZ1128"

YOUNG_SPECIALIST_YEARS = 3  # «молодой специалист»: the first 3 years of work (АЗ-1128/08/657)
YOUNG_TEACHER_AGE = 35  # «педагоги в возрасте до 35 лет»

# ---- the organisation's totals, per school year ----------------------------------------------------------------

TOTALS: tuple[str, ...] = (
    "pupils", "pupils_10_19", "pupils_15_19", "teachers", "teachers_under_35", "young_specialists")
# a part is never above its whole: 15–19 are among 10–19, who are among all pupils
PART_OF: dict[str, str] = {
    "pupils_10_19": "pupils", "pupils_15_19": "pupils_10_19", "teachers_under_35": "teachers",
    "young_specialists": "teachers",
}
MAX_TOTAL = 100_000  # more pupils or teachers than any one organisation has: a typing slip


def parse_total(text: str | None) -> int:
    """A head count as typed: a whole number 0–MAX_TOTAL (spaces between thousands allowed)."""
    cleaned = (text or "").replace(" ", "").replace("\u00a0", "").strip()
    if not cleaned.isdigit():
        raise InvalidInput("report-totals-error-number")
    value = int(cleaned)
    if value > MAX_TOTAL:
        raise InvalidInput("report-totals-error-big", max=MAX_TOTAL)
    return value


def check_totals(values: Mapping[str, int | None]) -> None:
    """Every part not above its whole (where both are known); raises ``report-totals-error-part``."""
    for part, whole in PART_OF.items():
        if (p := values.get(part)) is not None and (w := values.get(whole)) is not None and p > w:
            raise InvalidInput("report-totals-error-part", part=part, whole=whole, part_value=p, whole_value=w)


# ---- the indicators ---------------------------------------------------------------------------------------------

SHARE, NUMBER, SATISFACTION = "share", "number", "satisfaction"


@dataclass(frozen=True)
class Indicator:
    code: str
    source: str  # R145 | MR42 | AZ1128
    kind: str  # SHARE of a total | NUMBER | SATISFACTION (share of satisfied respondents)
    total: str | None = None  # the organisation's total it is a share of (SHARE)


INDICATORS: tuple[Indicator, ...] = (
    # pupils aged 10–19 who were mentees in the year / all pupils aged 10–19
    Indicator("pupil_mentees", R145, SHARE, "pupils_10_19"),
    # the organisation's own pupils aged 15–19 who were mentors in the year / all pupils aged 15–19
    Indicator("pupil_mentors", R145, SHARE, "pupils_15_19"),
    # teachers under 35 who were mentees in the year / all teachers under 35
    Indicator("young_teachers", R145, SHARE, "teachers_under_35"),
    # teachers in their first YOUNG_SPECIALIST_YEARS years who were mentees / all such young specialists
    Indicator("young_specialists", AZ1128, SHARE, "young_specialists"),
    # teachers (the organisation's employees) who were mentors in the year / all teachers
    Indicator("teacher_mentors", R145, SHARE, "teachers"),
    # mentors of the year's pairs marked trained by the year's end / mentors of the year's pairs (counted by the bot)
    Indicator("mentors_trained", MR42, SHARE),
    # partner organisations whose people mentored in the year
    Indicator("partners", R145, NUMBER),
    # respondents satisfied by the official items (mean 8–10) / respondents, mentors' and mentees' questionnaires
    Indicator("satisfaction_mentors", MR42, SATISFACTION),
    Indicator("satisfaction_mentees", MR42, SATISFACTION),
)
BY_CODE = {i.code: i for i in INDICATORS}
# A kindergarten has no pupils in its programme: the pupils' indicators and totals are not asked or shown there.
PUPIL_INDICATORS = frozenset({"pupil_mentees", "pupil_mentors"})
PUPIL_TOTALS = frozenset({"pupils", "pupils_10_19", "pupils_15_19"})


def totals_for(org_kind: str) -> tuple[str, ...]:
    """The totals the coordinator of this kind of organisation is asked for."""
    return tuple(key for key in TOTALS if org_kind != "kindergarten" or key not in PUPIL_TOTALS)


def applies(indicator: Indicator, org_kind: str) -> bool:
    return org_kind != "kindergarten" or indicator.code not in PUPIL_INDICATORS

# The satisfaction questionnaires of each side (every form of mentorship) and their official items: those adapting
# the МР-42/02 annex questionnaires (questionnaires/SOURCES.md, «satisfaction_mentor.json / satisfaction_mentee.json»
# and the pupils' and outside mentors' variants). Everything else on a 1–10 scale there is ours.
MENTOR_SURVEYS = ("satisfaction_mentor", "satisfaction_mentor_student", "satisfaction_mentor_external")
MENTEE_SURVEYS = ("satisfaction_mentee", "satisfaction_mentee_student")
OFFICIAL_ITEMS = frozenset({
    "effectiveness", "interaction_comfort", "expectations",  # both sides
    "mentor_help", "individual_meetings", "group_meetings", "meetings_useful",  # mentees
    "mentee_engagement", "plan_done", "role_clarity",  # mentors
})


def is_official(question_id: str) -> bool:
    return question_id in OFFICIAL_ITEMS


@dataclass(frozen=True)
class IndicatorValue:
    indicator: Indicator
    part: int  # the people (or organisations, or satisfied respondents) counted
    whole: int | None  # the denominator: a total, a count, respondents; None for a NUMBER or a missing total
    unknown: int = 0  # people left uncounted for want of a birth year or experience
    missing_total: str | None = None  # the total to enter before the share can be shown

    @property
    def share(self) -> float | None:
        """part / whole; None when there is no denominator (a missing total, nobody counted, a NUMBER)."""
        if self.indicator.kind == NUMBER or self.missing_total is not None or not self.whole:
            return None
        return self.part / self.whole

    @property
    def percent(self) -> int | None:
        share = self.share
        return None if share is None else round(100 * share)


@dataclass(frozen=True)
class Counts:
    """What the bot counted for a school year (storage/indicators.py's YearCounts, named by indicator)."""

    pupil_mentees: int
    pupil_mentees_unknown: int
    pupil_mentors: int
    pupil_mentors_unknown: int
    young_teachers: int
    young_teachers_unknown: int
    young_specialists: int
    young_specialists_unknown: int
    teacher_mentors: int
    mentors: int
    mentors_trained: int
    partners: int
    mentors_satisfied: int
    mentors_answered: int
    mentees_satisfied: int
    mentees_answered: int


def compute(counts: Counts, totals: Mapping[str, int]) -> list[IndicatorValue]:
    """Every indicator of ``INDICATORS``, in its order, from what was counted and the totals entered."""
    def share(code: str, part: int, unknown: int = 0) -> IndicatorValue:
        indicator = BY_CODE[code]
        assert indicator.total is not None
        whole = totals.get(indicator.total)
        return IndicatorValue(indicator, part, whole, unknown, None if whole is not None else indicator.total)

    return [
        share("pupil_mentees", counts.pupil_mentees, counts.pupil_mentees_unknown),
        share("pupil_mentors", counts.pupil_mentors, counts.pupil_mentors_unknown),
        share("young_teachers", counts.young_teachers, counts.young_teachers_unknown),
        share("young_specialists", counts.young_specialists, counts.young_specialists_unknown),
        share("teacher_mentors", counts.teacher_mentors),
        IndicatorValue(BY_CODE["mentors_trained"], counts.mentors_trained, counts.mentors),
        IndicatorValue(BY_CODE["partners"], counts.partners, None),
        IndicatorValue(BY_CODE["satisfaction_mentors"], counts.mentors_satisfied, counts.mentors_answered),
        IndicatorValue(BY_CODE["satisfaction_mentees"], counts.mentees_satisfied, counts.mentees_answered),
    ]


def satisfied(means: list[float]) -> int:
    """Respondents whose mean over the official items is SATISFIED_FROM (8) or more."""
    return sum(1 for mean in means if mean >= SATISFIED_FROM)
