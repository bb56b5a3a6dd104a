"""The official indicators' figures for one school year, counted in SQL, and the organisation's totals (the
denominators the coordinator enters per school year). What each figure means is defined in
bot/services/indicators.py; this module only counts."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from storage.campaigns import _JUDGED
from storage.db import Database

# A pair works in a school year when it was confirmed by both sides (activated) and its time overlaps the year: it
# started on or before the year's last day and was not closed before the year's first day. A pair spanning two
# school years counts in both.
_YEAR_PAIRS = (
    "SELECT id, mentor_id FROM pairs WHERE org_id = :org AND activated_at IS NOT NULL AND starts_on <= :end"
    " AND COALESCE(substr(closed_at, 1, 10), '9999-12-31') >= :start")
_AGE = ":year - p.born"  # the age reached in the calendar year the school year begins in
# the year of birth a person gave in their bank questionnaire (the latest submitted; NULL: not given)
_BORN = ("(SELECT CAST(a.value AS INTEGER) FROM answer_sets t CROSS JOIN answers a ON a.answer_set_id = t.id"
         " WHERE t.person_id = p.id AND t.campaign_id IS NULL AND t.status = 'submitted'"
         " AND a.question_id = 'birth_year' AND json_type(a.value) = 'integer' ORDER BY t.id DESC LIMIT 1)")
_HAS_ROLE = "EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = '{}')"


@dataclass(frozen=True)
class YearCounts:
    """Who took part in the programme in one school year (people in pairs that worked in it), by what the
    indicators need. «unknown»: no birth year (or no experience) given, so not counted in an age group."""

    pairs: int
    pupil_mentees_10_19: int
    pupil_mentees_unknown_age: int
    teacher_mentees_under_35: int
    teacher_mentees_unknown_age: int
    young_specialist_mentees: int  # teacher mentees with experience ≤ the young specialist's years
    teacher_mentees_unknown_experience: int
    pupil_mentors_15_19: int  # the organisation's own pupils (not students of a partner college)
    pupil_mentors_unknown_age: int
    teacher_mentors: int
    mentors: int
    mentors_trained: int  # … marked trained on or before the year's last day
    partners_providing: int  # partner organisations whose people mentored in the year


class IndicatorRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def totals(self, org_id: int, school_year: int) -> dict[str, int]:
        rows = await self.db.fetchall("SELECT key, value FROM org_totals WHERE org_id = ? AND school_year = ?",
                                      (org_id, school_year))
        return {r["key"]: r["value"] for r in rows}

    async def set_totals(self, org_id: int, school_year: int, values: Mapping[str, int | None], now: datetime) -> None:
        """Stores the given totals of the year (None: not known, removed); keys not given stay as they are."""
        for key, value in values.items():
            if value is None:
                await self.db.execute("DELETE FROM org_totals WHERE org_id = ? AND school_year = ? AND key = ?",
                                      (org_id, school_year, key))
            else:
                await self.db.execute(
                    "INSERT INTO org_totals (org_id, school_year, key, value, entered_at) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (org_id, school_year, key) DO UPDATE SET value = excluded.value,"
                    " entered_at = excluded.entered_at", (org_id, school_year, key, value, now.isoformat()))

    def transaction(self) -> AbstractAsyncContextManager[Any]:
        """The database's write transaction, for a service that writes totals."""
        return self.db.transaction()

    async def first_pair_start(self, org_id: int) -> date | None:
        """The start of the organisation's first pair that worked (None: no pair yet)."""
        value = await self.db.fetchval("SELECT MIN(starts_on) FROM pairs WHERE org_id = ? AND activated_at IS NOT NULL",
                                       (org_id,))
        return None if value is None else date.fromisoformat(str(value))

    async def pairs_by_form(self, org_id: int, start: date, end: date) -> dict[str, int]:
        """Pairs and groups that worked in the school year ``start``–``end``, per form (forms in the order of their
        first pair)."""
        rows = await self.db.fetchall(
            f"SELECT p.form, COUNT(*) AS n FROM pairs p WHERE p.id IN (SELECT id FROM ({_YEAR_PAIRS}))"
            " GROUP BY p.form ORDER BY MIN(p.id)", {"org": org_id, "start": start.isoformat(), "end": end.isoformat()})
        return {r["form"]: r["n"] for r in rows}

    async def meetings_by_kind(self, org_id: int, statuses: tuple[str, ...], start: date, end: date) -> dict[str, int]:
        """{"organisational": n, …}: meetings in these statuses held from ``start`` to ``end``, per type."""
        rows = await self.db.fetchall(
            "SELECT m.kind, COUNT(*) AS n FROM meetings m JOIN pairs p ON p.id = m.pair_id WHERE p.org_id = :org"
            " AND m.status IN (SELECT value FROM json_each(:statuses)) AND m.held_on BETWEEN :start AND :end"
            " GROUP BY m.kind",
            {"org": org_id, "statuses": json.dumps(statuses), "start": start.isoformat(), "end": end.isoformat()})
        return {r["kind"]: r["n"] for r in rows}

    async def year_counts(self, org_id: int, school_year: int, start: date, end: date, young_years: int,
                          teacher_questionnaire: str) -> YearCounts:
        """One query: the people of the pairs that worked in the school year ``start``–``end``."""
        mentee_student, mentee_teacher = _HAS_ROLE.format("mentee_student"), _HAS_ROLE.format("mentee_teacher")
        experience = (
            "COALESCE((SELECT CAST(a.value AS INTEGER) FROM answer_sets t CROSS JOIN answers a ON a.answer_set_id ="
            " t.id WHERE t.person_id = p.id AND t.campaign_id IS NULL AND t.status = 'submitted'"
            " AND t.questionnaire_id = :questionnaire AND a.question_id = 'experience_years'"
            " AND json_type(a.value) = 'integer' ORDER BY t.id DESC LIMIT 1), p.experience_years)")
        row = await self.db.fetchone(
            f"WITH yp AS ({_YEAR_PAIRS}),"
            " mentees AS (SELECT DISTINCT m.mentee_id AS pid FROM pair_members m JOIN yp ON yp.id = m.pair_id"
            "  WHERE COALESCE(m.answer, '') != 'declined'),"
            " mentors AS (SELECT DISTINCT mentor_id AS pid FROM yp),"
            f" pupils AS (SELECT p.*, {_BORN} AS born FROM mentees x JOIN persons p ON p.id = x.pid WHERE"
            f"  {mentee_student} AND NOT {mentee_teacher}),"
            f" teachers AS (SELECT p.*, {experience} AS experience, {_BORN} AS born FROM mentees x"
            "  JOIN persons p ON p.id = x.pid"
            f"  WHERE {mentee_teacher}),"
            f" guides AS (SELECT p.*, s.trained_on, {_BORN} AS born FROM mentors x JOIN persons p ON p.id = x.pid"
            "  LEFT JOIN mentor_selection s ON s.person_id = p.id)"
            " SELECT (SELECT COUNT(*) FROM yp) AS pairs,"
            f" (SELECT COUNT(*) FROM pupils p WHERE {_AGE} BETWEEN 10 AND 19) AS pupils_10_19,"
            " (SELECT COUNT(*) FROM pupils p WHERE p.born IS NULL) AS pupils_unknown,"
            f" (SELECT COUNT(*) FROM teachers p WHERE {_AGE} < 35) AS teachers_under_35,"
            " (SELECT COUNT(*) FROM teachers p WHERE p.born IS NULL) AS teachers_unknown,"
            " (SELECT COUNT(*) FROM teachers p WHERE p.experience <= :young) AS young,"
            " (SELECT COUNT(*) FROM teachers p WHERE p.experience IS NULL) AS experience_unknown,"
            " (SELECT COUNT(*) FROM guides p WHERE p.mentor_kind = 'student' AND p.partner_id IS NULL"
            f"  AND {_AGE} BETWEEN 15 AND 19) AS mentors_15_19,"
            " (SELECT COUNT(*) FROM guides p WHERE p.mentor_kind = 'student' AND p.partner_id IS NULL"
            "  AND p.born IS NULL) AS mentors_unknown,"
            " (SELECT COUNT(*) FROM guides p WHERE p.mentor_kind IS NULL AND p.status != 'withdrawn')"
            "  AS teacher_mentors,"
            " (SELECT COUNT(*) FROM guides) AS mentors,"
            " (SELECT COUNT(*) FROM guides p WHERE p.trained_on IS NOT NULL AND p.trained_on != ''"
            "  AND p.trained_on <= :end) AS trained,"
            " (SELECT COUNT(DISTINCT p.partner_id) FROM guides p WHERE p.partner_id IS NOT NULL) AS partners",
            {"org": org_id, "start": start.isoformat(), "end": end.isoformat(), "year": school_year,
             "young": young_years, "questionnaire": teacher_questionnaire})
        assert row is not None
        return YearCounts(row["pairs"], row["pupils_10_19"], row["pupils_unknown"], row["teachers_under_35"],
                          row["teachers_unknown"], row["young"], row["experience_unknown"], row["mentors_15_19"],
                          row["mentors_unknown"], row["teacher_mentors"], row["mentors"], row["trained"],
                          row["partners"])

    async def respondent_means(self, org_id: int, questionnaire_ids: Collection[str], question_ids: Collection[str],
                               start: date, end: date) -> list[tuple[int | None, int, float]]:
        """Per submitted answer set of the school year: (campaign id or None, whom to judge — as
        storage/campaigns.py's pooled answers —, the mean of its numeric answers to ``question_ids``). Answers
        outside campaigns and to named campaigns belong to the year they were submitted in; an anonymous campaign's
        to the year of its deadline, whole."""
        forms, questions = json.dumps(sorted(questionnaire_ids)), json.dumps(sorted(question_ids))
        rows = await self.db.fetchall(
            f"SELECT s.campaign_id, {_JUDGED} AS judged, AVG(CAST(a.value AS REAL)) AS mean FROM answer_sets s"
            " CROSS JOIN answers a ON a.answer_set_id = s.id LEFT JOIN campaigns c ON c.id = s.campaign_id"
            " WHERE s.org_id = :org AND s.questionnaire_id IN (SELECT value FROM json_each(:forms))"
            " AND s.status = 'submitted' AND COALESCE(s.counted, 1) = 1"
            " AND a.question_id IN (SELECT value FROM json_each(:questions))"
            " AND json_type(a.value) IN ('integer', 'real')"
            " AND CASE WHEN COALESCE(c.anonymous, 0) = 1 THEN c.deadline BETWEEN :start AND :end"
            "  ELSE substr(s.submitted_at, 1, 10) BETWEEN :start AND :end END"
            " GROUP BY s.id ORDER BY s.id",
            {"org": org_id, "forms": forms, "questions": questions, "start": start.isoformat(),
             "end": end.isoformat()})
        return [(r["campaign_id"], r["judged"], float(r["mean"])) for r in rows]

    async def pooled_answers(self, org_id: int, questionnaire_ids: Collection[str], start: date, end: date,
                             question_id: str | None = None) -> list[tuple[int | None, int, str, Any]]:
        """Like storage/campaigns.py's pooled answers, for several questionnaires and one school year (the same
        rule for which year an answer belongs to as ``respondent_means``)."""
        rows = await self.db.fetchall(
            f"SELECT s.campaign_id, {_JUDGED}, a.question_id, a.value FROM answer_sets s"
            " CROSS JOIN answers a ON a.answer_set_id = s.id LEFT JOIN campaigns c ON c.id = s.campaign_id"
            " WHERE s.org_id = :org AND s.questionnaire_id IN (SELECT value FROM json_each(:forms))"
            " AND s.status = 'submitted' AND (:question IS NULL OR a.question_id = :question)"
            " AND COALESCE(s.counted, 1) = 1"
            " AND CASE WHEN COALESCE(c.anonymous, 0) = 1 THEN c.deadline BETWEEN :start AND :end"
            "  ELSE substr(s.submitted_at, 1, 10) BETWEEN :start AND :end END ORDER BY s.id",
            {"org": org_id, "forms": json.dumps(sorted(questionnaire_ids)), "question": question_id,
             "start": start.isoformat(), "end": end.isoformat()})
        return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]
