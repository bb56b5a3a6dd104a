"""Submitted answers of the before-and-after questionnaires (bot/services/growth.py), read in one query."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.db import Database
from storage.models import parse_ts


@dataclass(frozen=True)
class Submitted:
    person_id: int
    questionnaire_id: str
    submitted_at: datetime
    answers: dict[str, Any]


class GrowthRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def submitted(self, org_id: int, questionnaire_ids: Collection[str]) -> list[Submitted]:
        """Every submitted answer set of these questionnaires in the organisation, with its answers, oldest first.
        Anonymous campaigns' answer sets have no person (their link is cut) and are left out: growth is measured
        per person."""
        if not questionnaire_ids:
            return []
        marks = ", ".join("?" * len(questionnaire_ids))
        rows = await self.db.fetchall(
            "SELECT s.id, s.person_id, s.questionnaire_id, s.submitted_at, a.question_id, a.value"
            " FROM answer_sets s JOIN answers a ON a.answer_set_id = s.id"
            f" WHERE s.org_id = ? AND s.status = 'submitted' AND s.questionnaire_id IN ({marks})"
            " AND s.person_id IS NOT NULL AND s.submitted_at IS NOT NULL ORDER BY s.submitted_at, s.id",
            (org_id, *questionnaire_ids))
        sets: dict[int, Submitted] = {}
        for row in rows:
            found = sets.get(row["id"])
            if found is None:
                found = sets[row["id"]] = Submitted(row["person_id"], row["questionnaire_id"],
                                                    parse_ts(row["submitted_at"]), {})
            found.answers[row["question_id"]] = json.loads(row["value"])
        return list(sets.values())
