from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from storage.db import Database
from storage.models import parse_ts


@dataclass(frozen=True)
class AnswerSet:
    id: int
    questionnaire_id: str
    version: int
    person_id: int  # NULL in the table for an anonymous answer whose author withdrew: nobody's, never loaded
    org_id: int
    campaign_id: int | None
    status: str  # in_progress | review | submitted
    current_question: str | None
    started_at: datetime
    submitted_at: datetime | None

    @property
    def changes(self) -> int | None:
        """The submitted set this one is a draft of changes to («Изменить ответы»), or None. A draft is a set of its
        own whose campaign_id is minus the submitted set's id: unique beside it, never a campaign's, never in the bank
        (both read campaign_id), and the submitted answers stay as they are until the draft is submitted."""
        return -self.campaign_id if self.campaign_id is not None and self.campaign_id < 0 else None


def _set(row: aiosqlite.Row) -> AnswerSet:
    return AnswerSet(
        id=row["id"], questionnaire_id=row["questionnaire_id"], version=row["version"], person_id=row["person_id"],
        org_id=row["org_id"], campaign_id=row["campaign_id"], status=row["status"],
        current_question=row["current_question"], started_at=parse_ts(row["started_at"]),
        submitted_at=parse_ts(row["submitted_at"]),
    )


class AnswerRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def find(self, person_id: int, questionnaire_id: str, campaign_id: int | None) -> AnswerSet | None:
        row = await self.db.fetchone(
            "SELECT * FROM answer_sets WHERE person_id = ? AND questionnaire_id = ? AND COALESCE(campaign_id, 0) = ?",
            (person_id, questionnaire_id, campaign_id or 0),
        )
        return _set(row) if row else None

    async def get(self, set_id: int) -> AnswerSet | None:
        row = await self.db.fetchone("SELECT * FROM answer_sets WHERE id = ?", (set_id,))
        return _set(row) if row else None

    async def with_answers(self, set_id: int) -> tuple[AnswerSet, dict[str, Any]] | None:
        """The set and its answers in one read."""
        rows = await self.db.fetchall(
            "SELECT s.*, a.question_id AS answered, a.value AS answer FROM answer_sets s"
            " LEFT JOIN answers a ON a.answer_set_id = s.id WHERE s.id = ?", (set_id,))
        if not rows:
            return None
        return _set(rows[0]), {r["answered"]: json.loads(r["answer"]) for r in rows if r["answered"] is not None}

    async def create(self, questionnaire_id: str, version: int, person_id: int, org_id: int,
                     campaign_id: int | None, first_question: str, now: datetime) -> int:
        return await self.db.execute(
            "INSERT INTO answer_sets (questionnaire_id, version, person_id, org_id, campaign_id, status,"
            " current_question, started_at, updated_at) VALUES (?, ?, ?, ?, ?, 'in_progress', ?, ?, ?)",
            (questionnaire_id, version, person_id, org_id, campaign_id, first_question, now.isoformat(),
             now.isoformat()),
        )

    async def answers(self, set_id: int) -> dict[str, Any]:
        rows = await self.db.fetchall("SELECT question_id, value FROM answers WHERE answer_set_id = ?", (set_id,))
        return {r["question_id"]: json.loads(r["value"]) for r in rows}

    async def save_answer(self, set_id: int, question_id: str, value: Any, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO answers (answer_set_id, question_id, value, answered_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (answer_set_id, question_id) DO UPDATE SET value = excluded.value,"
            " answered_at = excluded.answered_at",
            (set_id, question_id, json.dumps(value, ensure_ascii=False), now.isoformat()),
        )

    async def move(self, set_id: int, status: str, current_question: str | None, now: datetime) -> None:
        submitted = now.isoformat() if status == "submitted" else None
        await self.db.execute(
            "UPDATE answer_sets SET status = ?, current_question = ?, updated_at = ?,"
            " submitted_at = COALESCE(?, CASE WHEN ? = 'submitted' THEN submitted_at END) WHERE id = ?",
            (status, current_question, now.isoformat(), submitted, status, set_id),
        )

    async def draft_of(self, submitted: AnswerSet) -> AnswerSet | None:
        """The draft of changes to a submitted set, if one is open."""
        return await self.find(submitted.person_id, submitted.questionnaire_id, -submitted.id)

    async def start_draft(self, submitted: AnswerSet, now: datetime) -> int:
        """A draft of changes to a submitted set: a copy of its answers, on the review screen."""
        draft_id = await self.db.execute(
            "INSERT INTO answer_sets (questionnaire_id, version, person_id, org_id, campaign_id, status,"
            " current_question, started_at, updated_at) VALUES (?, ?, ?, ?, ?, 'review', NULL, ?, ?)",
            (submitted.questionnaire_id, submitted.version, submitted.person_id, submitted.org_id, -submitted.id,
             now.isoformat(), now.isoformat()))
        await self.db.execute(
            "INSERT INTO answers (answer_set_id, question_id, value, answered_at)"
            " SELECT ?, question_id, value, answered_at FROM answers WHERE answer_set_id = ?", (draft_id, submitted.id))
        return draft_id

    async def apply_draft(self, draft: AnswerSet, now: datetime) -> int:
        """The draft's answers become the submitted set's (submitted now); the draft is gone. Returns the set's id."""
        submitted_id = draft.changes
        assert submitted_id is not None
        await self.db.execute("DELETE FROM answers WHERE answer_set_id = ?", (submitted_id,))
        await self.db.execute("UPDATE answers SET answer_set_id = ? WHERE answer_set_id = ?", (submitted_id, draft.id))
        await self.db.execute(
            "UPDATE answer_sets SET version = ?, submitted_at = ?, updated_at = ? WHERE id = ?",
            (draft.version, now.isoformat(), now.isoformat(), submitted_id))
        await self.db.execute("DELETE FROM answer_sets WHERE id = ?", (draft.id,))
        return submitted_id

    async def drop_draft(self, draft: AnswerSet) -> None:
        await self.db.execute("DELETE FROM answers WHERE answer_set_id = ?", (draft.id,))
        await self.db.execute("DELETE FROM answer_sets WHERE id = ?", (draft.id,))

    async def bank(self, org_id: int, questionnaire_ids: list[str]) -> dict[int, dict[str, Any]]:
        """Submitted answers to the bank questionnaires (not campaigns), per person."""
        marks = ", ".join("?" * len(questionnaire_ids))
        rows = await self.db.fetchall(
            f"SELECT s.person_id, a.question_id, a.value FROM answer_sets s JOIN answers a ON a.answer_set_id = s.id"
            f" WHERE s.org_id = ? AND s.campaign_id IS NULL AND s.status = 'submitted'"
            f" AND s.questionnaire_id IN ({marks})", (org_id, *questionnaire_ids))
        found: dict[int, dict[str, Any]] = {}
        for r in rows:
            found.setdefault(r["person_id"], {})[r["question_id"]] = json.loads(r["value"])
        return found
