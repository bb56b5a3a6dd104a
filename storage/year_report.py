"""The year-end report's own records (issue 16): the organisation's local acts and the coordinator's conclusions and
tasks for next year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storage.db import Database
from storage.models import parse_date


@dataclass(frozen=True)
class LocalAct:
    kind: str  # regulation | programme_order | pairs_order
    number: str
    signed_on: date


@dataclass(frozen=True)
class Conclusions:
    school_year: int
    conclusions: str
    tasks: str


class YearReportRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def acts(self, org_id: int) -> dict[str, LocalAct]:
        rows = await self.db.fetchall("SELECT kind, number, signed_on FROM local_acts WHERE org_id = ?", (org_id,))
        return {r["kind"]: LocalAct(r["kind"], r["number"], parse_date(r["signed_on"])) for r in rows}

    async def set_act(self, org_id: int, kind: str, number: str, signed_on: date, person_id: int | None,
                      now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO local_acts (org_id, kind, number, signed_on, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (org_id, kind) DO UPDATE SET number = excluded.number, signed_on = excluded.signed_on,"
            " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            (org_id, kind, number, signed_on.isoformat(), person_id, now.isoformat()))

    async def conclusions(self, org_id: int, school_year: int) -> Conclusions | None:
        """Those of ``school_year``, or else the latest earlier ones (next year's form starts from them)."""
        row = await self.db.fetchone(
            "SELECT school_year, conclusions, tasks FROM year_conclusions WHERE org_id = ? AND school_year <= ?"
            " ORDER BY school_year DESC LIMIT 1", (org_id, school_year))
        return Conclusions(row["school_year"], row["conclusions"], row["tasks"]) if row else None

    async def set_conclusions(self, org_id: int, school_year: int, conclusions: str, tasks: str,
                              person_id: int | None, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO year_conclusions (org_id, school_year, conclusions, tasks, updated_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, school_year) DO UPDATE SET"
            " conclusions = excluded.conclusions, tasks = excluded.tasks, updated_by = excluded.updated_by,"
            " updated_at = excluded.updated_at",
            (org_id, school_year, conclusions, tasks, person_id, now.isoformat()))
