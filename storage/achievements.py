"""Outcomes of the programme (issue 16): participants' achievements, rewards for mentors, best practices."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import aiosqlite

from storage.db import Database
from storage.models import parse_date, parse_ts


@dataclass(frozen=True)
class Achievement:
    id: int
    org_id: int
    person_id: int
    kind: str  # competition | open_lesson | category | publication | olympiad | other
    result: str | None  # winner | prize | participant (competitions and olympiads)
    title: str
    achieved_on: date
    file_id: str | None
    file_kind: str | None  # document | photo
    created_by: int
    created_at: datetime


@dataclass(frozen=True)
class Reward:
    id: int
    org_id: int
    person_id: int
    kind: str  # thanks | certificate | bonus | mentor_of_year | best_pair
    given_on: date
    note: str | None
    created_by: int
    created_at: datetime


@dataclass(frozen=True)
class Practice:
    id: int
    org_id: int
    author_id: int
    title: str
    description: str
    file_id: str | None
    file_kind: str | None
    created_at: datetime


def _achievement(r: aiosqlite.Row) -> Achievement:
    return Achievement(r["id"], r["org_id"], r["person_id"], r["kind"], r["result"], r["title"],
                       parse_date(r["achieved_on"]), r["file_id"], r["file_kind"], r["created_by"],
                       parse_ts(r["created_at"]))


def _reward(r: aiosqlite.Row) -> Reward:
    return Reward(r["id"], r["org_id"], r["person_id"], r["kind"], parse_date(r["given_on"]), r["note"],
                  r["created_by"], parse_ts(r["created_at"]))


def _practice(r: aiosqlite.Row) -> Practice:
    return Practice(r["id"], r["org_id"], r["author_id"], r["title"], r["description"], r["file_id"],
                    r["file_kind"], parse_ts(r["created_at"]))


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class AchievementRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- achievements -----------------------------------------------------------------------------------------

    async def add(self, org_id: int, person_id: int, kind: str, result: str | None, title: str, achieved_on: date,
                  file_id: str | None, file_kind: str | None, created_by: int, now: datetime) -> int:
        return await self.db.execute(
            "INSERT INTO achievements (org_id, person_id, kind, result, title, achieved_on, file_id, file_kind,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (org_id, person_id, kind, result, title, achieved_on.isoformat(), file_id, file_kind, created_by,
             now.isoformat()))

    async def get(self, achievement_id: int) -> Achievement | None:
        row = await self.db.fetchone("SELECT * FROM achievements WHERE id = ?", (achievement_id,))
        return _achievement(row) if row else None

    async def of_people(self, org_id: int, person_ids: Collection[int] | None, limit: int = 200) -> list[Achievement]:
        """The newest first; ``person_ids`` None: the whole organisation."""
        if person_ids is not None and not person_ids:
            return []
        where, params = ("", []) if person_ids is None else (
            f" AND person_id IN ({_marks(len(person_ids))})", list(person_ids))
        rows = await self.db.fetchall(
            f"SELECT * FROM achievements WHERE org_id = ?{where} ORDER BY achieved_on DESC, id DESC LIMIT ?",
            (org_id, *params, limit))
        return [_achievement(r) for r in rows]

    async def between(self, org_id: int, first: date, last: date) -> list[Achievement]:
        rows = await self.db.fetchall(
            "SELECT * FROM achievements WHERE org_id = ? AND achieved_on BETWEEN ? AND ? AND title != ''"
            " ORDER BY achieved_on, id", (org_id, first.isoformat(), last.isoformat()))
        return [_achievement(r) for r in rows]

    async def delete(self, achievement_id: int) -> bool:
        return await self.db.execute_rowcount("DELETE FROM achievements WHERE id = ?", (achievement_id,)) == 1

    # ---- rewards ------------------------------------------------------------------------------------------------

    async def add_reward(self, org_id: int, person_id: int, kind: str, given_on: date, note: str | None,
                         created_by: int, now: datetime) -> int:
        return await self.db.execute(
            "INSERT INTO rewards (org_id, person_id, kind, given_on, note, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (org_id, person_id, kind, given_on.isoformat(), note, created_by, now.isoformat()))

    async def rewards(self, org_id: int, person_ids: Collection[int] | None = None, limit: int = 200) -> list[Reward]:
        if person_ids is not None and not person_ids:
            return []
        where, params = ("", []) if person_ids is None else (
            f" AND person_id IN ({_marks(len(person_ids))})", list(person_ids))
        rows = await self.db.fetchall(
            f"SELECT * FROM rewards WHERE org_id = ?{where} ORDER BY given_on DESC, id DESC LIMIT ?",
            (org_id, *params, limit))
        return [_reward(r) for r in rows]

    async def rewards_between(self, org_id: int, first: date, last: date) -> list[Reward]:
        rows = await self.db.fetchall(
            "SELECT * FROM rewards WHERE org_id = ? AND given_on BETWEEN ? AND ? ORDER BY given_on, id",
            (org_id, first.isoformat(), last.isoformat()))
        return [_reward(r) for r in rows]

    # ---- best practices -----------------------------------------------------------------------------------------

    async def add_practice(self, org_id: int, author_id: int, title: str, description: str, file_id: str | None,
                           file_kind: str | None, now: datetime) -> int:
        return await self.db.execute(
            "INSERT INTO practices (org_id, author_id, title, description, file_id, file_kind, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (org_id, author_id, title, description, file_id, file_kind, now.isoformat()))

    async def practice(self, practice_id: int) -> Practice | None:
        row = await self.db.fetchone("SELECT * FROM practices WHERE id = ?", (practice_id,))
        return _practice(row) if row else None

    async def practices(self, org_id: int, limit: int = 200) -> list[Practice]:
        rows = await self.db.fetchall(
            "SELECT * FROM practices WHERE org_id = ? ORDER BY created_at DESC, id DESC LIMIT ?", (org_id, limit))
        return [_practice(r) for r in rows]

    async def practices_between(self, org_id: int, first: date, last: date) -> list[Practice]:
        """Added from ``first`` to ``last`` inclusive (timestamps are ISO strings: the next day's date bounds them)."""
        rows = await self.db.fetchall(
            "SELECT * FROM practices WHERE org_id = ? AND created_at >= ? AND created_at < ? AND title != ''"
            " ORDER BY created_at, id", (org_id, first.isoformat(), (last + timedelta(days=1)).isoformat()))
        return [_practice(r) for r in rows]
