"""Pairs and groups, their members, programmes and «not working» signals."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from storage.banks import only_ids
from storage.db import Database
from storage.models import parse_date, parse_ts

OPEN = ("proposed", "active", "ending")  # a pair that still binds its mentor's capacity and its mentees


@dataclass(frozen=True)
class PairMember:
    mentee_id: int
    answer: str | None  # None: not answered yet | confirmed | declined (also: left the group)
    answered_at: datetime | None
    leaves_on: date | None = None  # leaving a group early: from this day


@dataclass(frozen=True)
class Pair:
    id: int
    org_id: int
    mentor_id: int
    form: str
    status: str  # proposed | active | declined | ending | ended | completed
    starts_on: date
    ends_on: date | None
    mentor_answer: str | None
    end_requested_by: int | None
    end_on: date | None
    end_reason: str | None
    created_at: datetime
    activated_at: datetime | None
    closed_at: datetime | None
    members: tuple[PairMember, ...]
    variants: frozenset[str] = frozenset()  # reverse | virtual | short_term (bot/services/mentoring_forms.py)

    @property
    def mentee_ids(self) -> list[int]:
        """Mentees still in the pair (those who declined have left it)."""
        return [m.mentee_id for m in self.members if m.answer != "declined"]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def member(self, person_id: int) -> PairMember | None:
        return next((m for m in self.members if m.mentee_id == person_id), None)


@dataclass(frozen=True)
class ProgrammeItem:
    id: int
    pair_id: int
    goal_id: int | None
    kind: str  # goal | task
    title: str
    due_on: date | None
    done_on: date | None


def _pair(row: aiosqlite.Row, members: tuple[PairMember, ...]) -> Pair:
    return Pair(
        id=row["id"], org_id=row["org_id"], mentor_id=row["mentor_id"], form=row["form"], status=row["status"],
        starts_on=date.fromisoformat(row["starts_on"]), ends_on=parse_date(row["ends_on"]),
        mentor_answer=row["mentor_answer"], end_requested_by=row["end_requested_by"],
        end_on=parse_date(row["end_on"]), end_reason=row["end_reason"],
        created_at=parse_ts(row["created_at"]),
        activated_at=parse_ts(row["activated_at"]), closed_at=parse_ts(row["closed_at"]), members=members,
        variants=frozenset(v for v in row["variants"].split(",") if v),
    )


def _item(row: aiosqlite.Row) -> ProgrammeItem:
    return ProgrammeItem(row["id"], row["pair_id"], row["goal_id"], row["kind"], row["title"],
                         parse_date(row["due_on"]), parse_date(row["done_on"]))


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class PairRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- pairs ---------------------------------------------------------------------------------------

    async def create(self, org_id: int, mentor_id: int, mentee_ids: list[int], form: str, starts_on: date,
                     ends_on: date | None, created_by: int | None, now: datetime,
                     variants: Iterable[str] = ()) -> int:
        pair_id = await self.db.execute(
            "INSERT INTO pairs (org_id, mentor_id, form, status, starts_on, ends_on, created_by, created_at, variants)"
            " VALUES (?, ?, ?, 'proposed', ?, ?, ?, ?, ?)",
            (org_id, mentor_id, form, starts_on.isoformat(), ends_on.isoformat() if ends_on else None, created_by,
             now.isoformat(), ",".join(sorted(variants))))
        await self.db.executemany("INSERT INTO pair_members (pair_id, mentee_id) VALUES (?, ?)",
                                  [(pair_id, m) for m in mentee_ids])
        return pair_id

    async def _with_members(self, rows: list[aiosqlite.Row]) -> list[Pair]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        found: dict[int, list[PairMember]] = {i: [] for i in ids}
        for m in await self.db.fetchall(
                f"SELECT * FROM pair_members WHERE pair_id IN ({_marks(len(ids))}) ORDER BY rowid", ids):
            found[m["pair_id"]].append(PairMember(m["mentee_id"], m["answer"], parse_ts(m["answered_at"]),
                                                  parse_date(m["leaves_on"])))
        return [_pair(r, tuple(found[r["id"]])) for r in rows]

    async def get(self, pair_id: int) -> Pair | None:
        row = await self.db.fetchone("SELECT * FROM pairs WHERE id = ?", (pair_id,))
        return (await self._with_members([row]))[0] if row else None

    async def for_org(self, org_id: int, statuses: Iterable[str] = OPEN) -> list[Pair]:
        wanted = list(statuses)
        rows = await self.db.fetchall(
            f"SELECT * FROM pairs WHERE org_id = ? AND status IN ({_marks(len(wanted))}) ORDER BY id",
            (org_id, *wanted))
        return await self._with_members(rows)

    async def for_person(self, person_id: int, statuses: Iterable[str] = OPEN) -> list[Pair]:
        """Pairs where the person is the mentor or a mentee who has not declined."""
        wanted = list(statuses)
        rows = await self.db.fetchall(
            f"SELECT DISTINCT p.* FROM pairs p LEFT JOIN pair_members m ON m.pair_id = p.id"
            f" WHERE (p.mentor_id = ? OR (m.mentee_id = ? AND COALESCE(m.answer, '') != 'declined'))"
            f" AND p.status IN ({_marks(len(wanted))}) ORDER BY p.id",
            (person_id, person_id, *wanted))
        return await self._with_members(rows)

    async def mentor_loads(self, org_id: int) -> dict[int, int]:
        """Mentees each mentor has in open pairs (proposals count: capacity is held while they answer)."""
        rows = await self.db.fetchall(
            "SELECT p.mentor_id, COUNT(*) AS n FROM pairs p JOIN pair_members m ON m.pair_id = p.id"
            " WHERE p.org_id = ? AND p.status IN ('proposed', 'active', 'ending')"
            " AND COALESCE(m.answer, '') != 'declined' GROUP BY p.mentor_id", (org_id,))
        return {r["mentor_id"]: r["n"] for r in rows}

    async def working_by_form(self, org_id: int, quiet_before: date) -> list[tuple[str, int, int]]:
        """Working pairs (active or ending early) per form, forms in the order of their first pair: (form, pairs,
        pairs quiet since ``quiet_before``: working since before that day, with no meeting held or logged on or
        after it — a pair formed last week is not «without meetings for 30 days»)."""
        rows = await self.db.fetchall(
            "SELECT p.form, COUNT(*) AS n, SUM(p.starts_on < ? AND NOT EXISTS (SELECT 1 FROM meetings m"
            " WHERE m.pair_id = p.id AND m.status IN ('logged', 'confirmed') AND m.held_on >= ?)) AS quiet"
            " FROM pairs p WHERE p.org_id = ? AND p.status IN ('active', 'ending') GROUP BY p.form ORDER BY MIN(p.id)",
            (quiet_before.isoformat(), quiet_before.isoformat(), org_id))
        return [(r["form"], r["n"], r["quiet"]) for r in rows]

    async def mentee_states(self, org_id: int, person_ids: Collection[int] | None = None) -> dict[int, str]:
        """Mentees in open pairs: «proposed» while the pair is proposed, else «matched» (person_ids: only them)."""
        only, params = only_ids("m.mentee_id", person_ids)
        rows = await self.db.fetchall(
            "SELECT m.mentee_id, p.status FROM pairs p JOIN pair_members m ON m.pair_id = p.id"
            " WHERE p.org_id = ? AND p.status IN ('proposed', 'active', 'ending')"
            " AND COALESCE(m.answer, '') != 'declined'" + only, (org_id, *params))
        states: dict[int, str] = {}
        for r in rows:
            state = "proposed" if r["status"] == "proposed" else "matched"
            if states.get(r["mentee_id"]) != "matched":
                states[r["mentee_id"]] = state
        return states

    async def last_left(self, org_id: int, person_ids: Collection[int] | None = None) -> dict[int, tuple[str, str]]:
        """For each mentee: when they last left a pair (declined, or the pair closed) and how (person_ids: only
        them)."""
        only, params = only_ids("m.mentee_id", person_ids)
        rows = await self.db.fetchall(
            "SELECT m.mentee_id, CASE WHEN m.answer = 'declined' THEN m.answered_at"
            " ELSE COALESCE(p.closed_at, p.created_at) END AS at,"
            " CASE WHEN m.answer = 'declined' OR p.status = 'declined' THEN 'declined' ELSE p.status END AS how"
            " FROM pairs p JOIN pair_members m ON m.pair_id = p.id WHERE p.org_id = ?"
            " AND (m.answer = 'declined' OR p.status IN ('declined', 'ended', 'completed'))" + only + " ORDER BY at",
            (org_id, *params))
        return {r["mentee_id"]: (r["at"], r["how"]) for r in rows}

    async def set_mentor_answer(self, pair_id: int, answer: str) -> None:
        await self.db.execute("UPDATE pairs SET mentor_answer = ? WHERE id = ?", (answer, pair_id))

    async def set_member_answer(self, pair_id: int, mentee_id: int, answer: str, now: datetime) -> None:
        await self.db.execute("UPDATE pair_members SET answer = ?, answered_at = ? WHERE pair_id = ? AND mentee_id = ?",
                              (answer, now.isoformat(), pair_id, mentee_id))

    async def member_leaves(self, pair_id: int, mentee_id: int, leaves_on: date) -> bool:
        return await self.db.execute_rowcount(
            "UPDATE pair_members SET leaves_on = ? WHERE pair_id = ? AND mentee_id = ? AND answer = 'confirmed'"
            " AND leaves_on IS NULL", (leaves_on.isoformat(), pair_id, mentee_id)) > 0

    async def leaving_due(self, today_by_org: dict[int, date]) -> list[tuple[int, int]]:
        rows = await self.db.fetchall(
            "SELECT m.pair_id, m.mentee_id, m.leaves_on, p.org_id FROM pair_members m JOIN pairs p ON p.id = m.pair_id"
            " WHERE m.leaves_on IS NOT NULL AND m.answer = 'confirmed' AND p.status IN ('active', 'ending')")
        return [(r["pair_id"], r["mentee_id"]) for r in rows
                if r["org_id"] in today_by_org and date.fromisoformat(r["leaves_on"]) <= today_by_org[r["org_id"]]]

    async def set_status(self, pair_id: int, status: str, now: datetime, *, from_statuses: Iterable[str],
                         reason: str | None = None) -> bool:
        """Move a pair to ``status`` if it is still in one of ``from_statuses`` (False: someone was faster)."""
        wanted = list(from_statuses)
        closing = status in ("declined", "ended", "completed")
        return await self.db.execute_rowcount(
            f"UPDATE pairs SET status = ?, activated_at = CASE WHEN ? = 'active' THEN ? ELSE activated_at END,"
            f" closed_at = CASE WHEN ? THEN ? ELSE closed_at END, end_reason = COALESCE(?, end_reason)"
            f" WHERE id = ? AND status IN ({_marks(len(wanted))})",
            (status, status, now.isoformat(), int(closing), now.isoformat(), reason, pair_id, *wanted)) > 0

    async def request_end(self, pair_id: int, person_id: int, end_on: date) -> bool:
        return await self.db.execute_rowcount(
            "UPDATE pairs SET status = 'ending', end_requested_by = ?, end_on = ? WHERE id = ? AND status = 'active'",
            (person_id, end_on.isoformat(), pair_id)) > 0

    async def ending_due(self, today_by_org: dict[int, date]) -> list[Pair]:
        rows = await self.db.fetchall("SELECT * FROM pairs WHERE status = 'ending' ORDER BY id")
        due = [r for r in rows if r["org_id"] in today_by_org
               and date.fromisoformat(r["end_on"]) <= today_by_org[r["org_id"]]]
        return await self._with_members(due)

    async def remove_person(self, person_id: int, now: datetime) -> list[int]:
        """A person left the programme (withdrew consent): their open pairs end, their memberships are declined.
        Returns the ids of pairs that changed."""
        changed = [r["id"] for r in await self.db.fetchall(
            "SELECT id FROM pairs WHERE mentor_id = ? AND status IN ('proposed', 'active', 'ending')", (person_id,))]
        for pair_id in changed:
            await self.set_status(pair_id, "ended", now, from_statuses=OPEN, reason="withdrawn")
        rows = await self.db.fetchall(
            "SELECT m.pair_id FROM pair_members m JOIN pairs p ON p.id = m.pair_id WHERE m.mentee_id = ?"
            " AND p.status IN ('proposed', 'active', 'ending') AND COALESCE(m.answer, '') != 'declined'",
            (person_id,))
        for r in rows:
            await self.set_member_answer(r["pair_id"], person_id, "declined", now)
            changed.append(r["pair_id"])
        # nothing sensitive stays behind: the support flag and the free-text reason of a selection decision
        await self.db.execute("DELETE FROM mentee_support WHERE person_id = ?", (person_id,))
        await self.db.execute("DELETE FROM mentor_selection WHERE person_id = ?", (person_id,))
        return changed

    # ---- programme -----------------------------------------------------------------------------------

    async def items(self, pair_id: int) -> list[ProgrammeItem]:
        rows = await self.db.fetchall(
            "SELECT * FROM programme_items WHERE pair_id = ? ORDER BY COALESCE(goal_id, id), kind = 'task',"
            " due_on IS NULL, due_on, id", (pair_id,))
        return [_item(r) for r in rows]

    async def item(self, item_id: int) -> ProgrammeItem | None:
        row = await self.db.fetchone("SELECT * FROM programme_items WHERE id = ?", (item_id,))
        return _item(row) if row else None

    async def add_item(self, pair_id: int, kind: str, title: str, goal_id: int | None, due_on: date | None,
                       now: datetime) -> int:
        return await self.db.execute(
            "INSERT INTO programme_items (pair_id, goal_id, kind, title, due_on, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (pair_id, goal_id, kind, title, due_on.isoformat() if due_on else None, now.isoformat()))

    async def set_done(self, item_id: int, done_on: date | None, person_id: int | None) -> None:
        await self.db.execute("UPDATE programme_items SET done_on = ?, done_by = ? WHERE id = ?",
                              (done_on.isoformat() if done_on else None, person_id, item_id))

    async def delete_item(self, item_id: int) -> None:
        await self.db.execute("DELETE FROM programme_items WHERE id = ?", (item_id,))

    async def rename_item(self, item_id: int, title: str) -> None:
        await self.db.execute("UPDATE programme_items SET title = ? WHERE id = ?", (title, item_id))

    async def set_due(self, item_id: int, due_on: date | None) -> None:
        await self.db.execute("UPDATE programme_items SET due_on = ? WHERE id = ?",
                              (due_on.isoformat() if due_on else None, item_id))

    async def progress(self, pair_ids: list[int]) -> dict[int, tuple[int, int]]:
        """Per pair: (tasks done, tasks in all)."""
        if not pair_ids:
            return {}
        rows = await self.db.fetchall(
            f"SELECT pair_id, SUM(done_on IS NOT NULL) AS done, COUNT(*) AS n FROM programme_items"
            f" WHERE kind = 'task' AND pair_id IN ({_marks(len(pair_ids))}) GROUP BY pair_id", pair_ids)
        return {r["pair_id"]: (r["done"], r["n"]) for r in rows}

    # ---- signals, selection, support -----------------------------------------------------------------

    async def add_signal(self, pair_id: int, person_id: int, now: datetime) -> None:
        await self.db.execute("INSERT INTO pair_signals (pair_id, person_id, created_at) VALUES (?, ?, ?)",
                              (pair_id, person_id, now.isoformat()))

    async def add_signal_once(self, pair_id: int, person_id: int, now: datetime) -> bool:
        """One «not working» signal per person and pair (also kept by the index ``pair_signals_once``): False when
        this person has already sent one."""
        return await self.db.execute_rowcount(
            "INSERT INTO pair_signals (pair_id, person_id, created_at) SELECT ?, ?, ? WHERE NOT EXISTS"
            " (SELECT 1 FROM pair_signals WHERE pair_id = ? AND person_id = ?)",
            (pair_id, person_id, now.isoformat(), pair_id, person_id)) == 1

    async def signals(self, pair_id: int) -> int:
        return int(await self.db.fetchval("SELECT COUNT(*) FROM pair_signals WHERE pair_id = ?", (pair_id,)))
