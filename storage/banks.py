"""The banks of mentors and mentees: the selection of mentor candidates (approved, trained, not selected), mentees
flagged for psychological support, and the weekly notices about mentees waiting for a pair."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import aiosqlite

from storage.db import Database
from storage.models import Person, Role, parse_date
from storage.persons import ORG_KIND, _person

OPEN_PAIR = "('proposed', 'active', 'ending')"


def only_ids(column: str, person_ids: Collection[int] | None) -> tuple[str, list[Any]]:
    """A condition limiting ``column`` to ``person_ids`` (None: no limit), as SQL and its one parameter."""
    if person_ids is None:
        return "", []
    return f" AND {column} IN (SELECT value FROM json_each(?))", [json.dumps(sorted(set(person_ids)))]


def _people(rows: list[aiosqlite.Row]) -> list[Person]:
    return [_person(r, frozenset(Role(x) for x in r["role_list"].split(",")) if r["role_list"] else frozenset())
            for r in rows]


def _answers(rows: list[aiosqlite.Row]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for r in rows:
        found.setdefault(r["person_id"], {})[r["question_id"]] = json.loads(r["value"])
    return found


@dataclass(frozen=True)
class WaitingRow:
    """An active mentee of the organisation in no open pair, with what decides whether they wait too long."""

    person_id: int
    created_at: str
    granted_at: str | None  # when they first became a mentee
    support: bool
    questionnaire: bool = True  # their mentee questionnaire is submitted


@dataclass(frozen=True)
class MentorCount:
    """Approved (not rejected) mentor candidates alike in what the dashboard counts: how many."""

    n: int
    trained: bool
    capacity: Any  # the questionnaire's answer, JSON-decoded; None when not answered
    load: int


@dataclass(frozen=True)
class MenteeCount:
    """Active mentees alike in what the dashboard counts: how many."""

    n: int
    teacher: bool
    experience_years: int | None  # the registration's
    experience_answer: Any  # the questionnaire's, JSON-decoded; None when not answered
    state: str | None  # proposed | matched (a member of an active or ending pair); None: unmatched


@dataclass(frozen=True)
class Selection:
    person_id: int
    status: str  # approved | rejected
    reason: str | None
    trained_on: date | None


class BankRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def selections(self, org_id: int) -> dict[int, Selection]:
        rows = await self.db.fetchall(
            "SELECT s.* FROM mentor_selection s JOIN persons p ON p.id = s.person_id WHERE p.org_id = ?", (org_id,))
        return {r["person_id"]: Selection(r["person_id"], r["status"], r["reason"], parse_date(r["trained_on"]))
                for r in rows}

    async def set_selection(self, person_id: int, status: str, reason: str | None, trained_on: date | None,
                            decided_by: int | None, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO mentor_selection (person_id, status, reason, trained_on, decided_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET status = excluded.status,"
            " reason = excluded.reason, trained_on = excluded.trained_on, decided_by = excluded.decided_by,"
            " updated_at = excluded.updated_at",
            (person_id, status, reason, trained_on.isoformat() if trained_on else None, decided_by, now.isoformat()))

    async def support_flags(self, org_id: int, person_ids: Collection[int] | None = None) -> set[int]:
        only, params = only_ids("s.person_id", person_ids)
        rows = await self.db.fetchall(
            "SELECT s.person_id FROM mentee_support s JOIN persons p ON p.id = s.person_id WHERE p.org_id = ?" + only,
            (org_id, *params))
        return {r["person_id"] for r in rows}

    async def selections_of(self, org_id: int, person_ids: Collection[int] | None) -> dict[int, Selection]:
        """Like ``selections``, for some people only (None: everyone)."""
        only, params = only_ids("s.person_id", person_ids)
        rows = await self.db.fetchall(
            "SELECT s.* FROM mentor_selection s JOIN persons p ON p.id = s.person_id WHERE p.org_id = ?" + only,
            (org_id, *params))
        return {r["person_id"]: Selection(r["person_id"], r["status"], r["reason"], parse_date(r["trained_on"]))
                for r in rows}

    async def people(self, org_id: int, roles: Collection[str]) -> list[Person]:
        """The organisation's active people with one of ``roles``, with all their roles, by name (a bank); built
        off the event loop when there are many."""
        marks = ", ".join("?" * len(roles))
        rows = await self.db.fetchall(
            "SELECT p.*, (SELECT group_concat(r.role) FROM person_roles r WHERE r.person_id = p.id) AS role_list,"
            f" {ORG_KIND}"
            f" FROM persons p WHERE p.org_id = ? AND p.status = 'active' AND EXISTS (SELECT 1 FROM person_roles r"
            f" WHERE r.person_id = p.id AND r.role IN ({marks})) ORDER BY p.full_name, p.id", (org_id, *roles))
        if len(rows) < 1000:
            return _people(rows)
        return await asyncio.to_thread(_people, rows)

    async def approved_ids(self, org_id: int) -> list[int]:
        """Active mentor candidates of the organisation approved (not rejected): the ones suggestions rank."""
        rows = await self.db.fetchall(
            "SELECT p.id FROM persons p JOIN mentor_selection s ON s.person_id = p.id"
            " JOIN person_roles r ON r.person_id = p.id AND r.role = 'mentor_candidate'"
            " WHERE p.org_id = ? AND p.status = 'active' AND s.status != 'rejected' ORDER BY p.id", (org_id,))
        return [r["id"] for r in rows]

    async def answers(self, org_id: int, questionnaire_ids: list[str],
                      person_ids: Collection[int] | None) -> dict[int, dict[str, Any]]:
        """Submitted answers to the bank questionnaires (not campaigns), per person, for some people only."""
        marks = ", ".join("?" * len(questionnaire_ids))
        only, params = only_ids("s.person_id", person_ids)
        rows = await self.db.fetchall(
            f"SELECT s.person_id, a.question_id, a.value FROM answer_sets s JOIN answers a ON a.answer_set_id = s.id"
            f" WHERE s.org_id = ? AND s.campaign_id IS NULL AND s.status = 'submitted'"
            f" AND s.questionnaire_id IN ({marks}){only}", (org_id, *questionnaire_ids, *params))
        if len(rows) < 1000:
            return _answers(rows)
        return await asyncio.to_thread(_answers, rows)  # decoding a whole bank: off the event loop

    async def role_granted(self, org_id: int, roles: Collection[str],
                           person_ids: Collection[int] | None) -> dict[int, datetime]:
        """When each person of the organisation first got one of ``roles``, for some people only."""
        marks = ", ".join("?" * len(roles))
        only, params = only_ids("r.person_id", person_ids)
        rows = await self.db.fetchall(
            f"SELECT r.person_id, MIN(r.granted_at) AS at FROM person_roles r JOIN persons p ON p.id = r.person_id"
            f" WHERE p.org_id = ? AND r.role IN ({marks}){only} GROUP BY r.person_id", (org_id, *roles, *params))
        return {r["person_id"]: datetime.fromisoformat(r["at"]) for r in rows}

    async def waiting(self, org_id: int, roles: Collection[str],
                      questionnaire_ids: Collection[str] = ()) -> list[WaitingRow]:
        """Active people of the organisation with one of ``roles`` (the mentee ones) in no open pair (proposed,
        active or ending, their place not declined), and whether they submitted one of ``questionnaire_ids``."""
        marks = ", ".join("?" * len(roles))
        forms = ", ".join("?" * len(questionnaire_ids)) or "NULL"
        rows = await self.db.fetchall(
            f"SELECT p.id, p.created_at,"
            f" (SELECT MIN(r.granted_at) FROM person_roles r WHERE r.person_id = p.id AND r.role IN ({marks})) AS at,"
            f" EXISTS (SELECT 1 FROM mentee_support s WHERE s.person_id = p.id) AS support,"
            f" EXISTS (SELECT 1 FROM answer_sets t WHERE t.person_id = p.id AND +t.org_id = p.org_id"
            f"  AND t.campaign_id IS NULL AND +t.status = 'submitted' AND t.questionnaire_id IN ({forms})) AS form"
            f" FROM persons p WHERE p.org_id = ? AND p.status = 'active'"
            f" AND EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role IN ({marks}))"
            f" AND NOT EXISTS (SELECT 1 FROM pair_members m CROSS JOIN pairs q ON q.id = m.pair_id"
            f" WHERE m.mentee_id = p.id AND q.org_id = p.org_id AND q.status IN {OPEN_PAIR}"
            f" AND COALESCE(m.answer, '') != 'declined')",
            (*roles, *questionnaire_ids, org_id, *roles))
        return [WaitingRow(r["id"], r["created_at"], r["at"], bool(r["support"]), bool(r["form"])) for r in rows]

    async def mentor_counts(self, org_id: int, questionnaire_ids: Collection[str]) -> list[MentorCount]:
        """Approved (not rejected) active mentor candidates with their capacity answer and load, counted by all
        three (a few rows, whatever the size of the bank)."""
        rows = await self.db.fetchall(
            "SELECT COUNT(*) AS n, trained, capacity, load FROM (SELECT s.trained_on IS NOT NULL"
            " AND s.trained_on != '' AS trained,"
            " (SELECT a.value FROM answer_sets t CROSS JOIN answers a ON a.answer_set_id = t.id"
            "  WHERE t.person_id = p.id AND +t.org_id = p.org_id AND t.campaign_id IS NULL AND +t.status = 'submitted'"
            f"  AND t.questionnaire_id IN ({', '.join('?' * len(questionnaire_ids))}) AND a.question_id = 'capacity'"
            "  ORDER BY t.id DESC LIMIT 1) AS capacity,"
            " (SELECT COUNT(*) FROM pairs q CROSS JOIN pair_members m ON m.pair_id = q.id WHERE q.mentor_id = p.id"
            f"  AND q.org_id = p.org_id AND q.status IN {OPEN_PAIR} AND COALESCE(m.answer, '') != 'declined') AS load"
            " FROM persons p JOIN mentor_selection s ON s.person_id = p.id"
            " JOIN person_roles r ON r.person_id = p.id AND r.role = 'mentor_candidate'"
            " WHERE p.org_id = ? AND p.status = 'active' AND s.status != 'rejected')"
            " GROUP BY trained, capacity, load", (*questionnaire_ids, org_id))
        return [MentorCount(r["n"], bool(r["trained"]),
                            None if r["capacity"] is None else json.loads(r["capacity"]), r["load"]) for r in rows]

    async def mentee_counts(self, org_id: int, roles: Collection[str],
                            questionnaire_ids: Collection[str]) -> list[MenteeCount]:
        """Active people with one of ``roles`` (the mentee ones, teacher first), counted by what the dashboard
        counts (a few rows, whatever the size of the bank)."""
        role_marks, form_marks = ", ".join("?" * len(roles)), ", ".join("?" * len(questionnaire_ids))
        teacher = next(iter(roles))
        rows = await self.db.fetchall(
            "SELECT COUNT(*) AS n, teacher, experience_years, experience, open FROM (SELECT p.experience_years,"
            " EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = ?) AS teacher,"
            " (SELECT a.value FROM answer_sets t CROSS JOIN answers a ON a.answer_set_id = t.id"
            "  WHERE t.person_id = p.id AND +t.org_id = p.org_id AND t.campaign_id IS NULL AND +t.status = 'submitted'"
            f"  AND t.questionnaire_id IN ({form_marks}) AND a.question_id = 'experience_years'"
            "  ORDER BY t.id DESC LIMIT 1) AS experience,"
            " (SELECT MAX(q.status != 'proposed')"
            "  FROM pair_members m CROSS JOIN pairs q ON q.id = m.pair_id"
            "  WHERE m.mentee_id = p.id AND q.org_id = p.org_id"
            f"  AND q.status IN {OPEN_PAIR} AND COALESCE(m.answer, '') != 'declined') AS open"
            " FROM persons p WHERE p.org_id = ? AND p.status = 'active'"
            f" AND EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role IN ({role_marks})))"
            " GROUP BY teacher, experience_years, experience, open",
            (teacher, *questionnaire_ids, org_id, *roles))
        return [MenteeCount(r["n"], bool(r["teacher"]), r["experience_years"],
                            None if r["experience"] is None else json.loads(r["experience"]),
                            None if r["open"] is None else ("matched" if r["open"] else "proposed")) for r in rows]

    async def flag_support(self, person_id: int, by: int | None, now: datetime, on: bool) -> None:
        if on:
            await self.db.execute("INSERT OR IGNORE INTO mentee_support (person_id, flagged_by, flagged_at)"
                                  " VALUES (?, ?, ?)", (person_id, by, now.isoformat()))
        else:
            await self.db.execute("DELETE FROM mentee_support WHERE person_id = ?", (person_id,))

    async def claimed(self, org_id: int, kind: str, period: str) -> set[int]:
        """Who has been sent this notice for the period already."""
        rows = await self.db.fetchall("SELECT person_id FROM org_notices WHERE org_id = ? AND kind = ? AND period = ?",
                                      (org_id, kind, period))
        return {r["person_id"] for r in rows}

    async def claim_notice(self, org_id: int, kind: str, period: str, person_id: int, now: datetime) -> bool:
        return await self.db.execute_rowcount(
            "INSERT OR IGNORE INTO org_notices (org_id, kind, period, person_id, sent_at) VALUES (?, ?, ?, ?, ?)",
            (org_id, kind, period, person_id, now.isoformat())) > 0

    async def release_notice(self, org_id: int, kind: str, period: str, person_id: int) -> None:
        """A claimed notice that could not go out for now (Telegram unreachable): the next run tries again."""
        await self.db.execute("DELETE FROM org_notices WHERE org_id = ? AND kind = ? AND period = ? AND person_id = ?",
                              (org_id, kind, period, person_id))
