"""A person's data across every feature: gathered for /mydata, erased on withdrawal (as ``data_map`` says)."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from storage.data_map import MINE, accounts_json, erase_params, erase_statements
from storage.db import Database
from storage.models import Account, Channel

Row = dict[str, Any]


@dataclass
class PersonData:
    """Everything the bot holds about one person outside their persons row and consent log (plain rows)."""
    answer_sets: list[Row] = field(default_factory=list)       # each with "answers": {question_id: value}
    pairs: list[Row] = field(default_factory=list)             # each with "role": mentor | mentee
    programme: list[Row] = field(default_factory=list)
    meetings: list[Row] = field(default_factory=list)          # each with "my_answer"
    signals: list[Row] = field(default_factory=list)
    selection: Row | None = None
    support_flag: Row | None = None
    activities: list[Row] = field(default_factory=list)        # roadmap activities they are responsible for
    campaigns: list[Row] = field(default_factory=list)         # survey invitations
    reminders: list[Row] = field(default_factory=list)         # queued notices
    drafts: list[Row] = field(default_factory=list)            # half-filled forms


class PrivacyRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def erase(self, person_id: int, accounts: Iterable[Account]) -> None:
        """Erase the person everywhere, table by table as ``storage/data_map.py`` says (inside a transaction)."""
        params = erase_params(person_id, accounts)
        for statement in erase_statements():
            await self.db.execute(statement.sql, params)

    async def erase_by_record(self, person_id: int, accounts: Iterable[Account]) -> None:
        """The part of the erasure that finds its rows through the person's own record (the bot's texts kept by a
        messenger's transport that name them or went to their parent): run before the record is emptied, in the
        same transaction — afterwards nothing would match. Running it again in ``erase`` changes nothing."""
        params = erase_params(person_id, accounts)
        for statement in erase_statements():
            if "FROM persons" in statement.sql:
                await self.db.execute(statement.sql, params)

    async def forget_texts_naming(self, names: Iterable[str | None]) -> None:
        """The bot's texts kept by a messenger's transport that name any of ``names`` blanked (the notices a
        withdrawal sends after the person's record is emptied still name them)."""
        blank = erase_params(0, ())["blank_max_messages_text"]
        variants = {v for name in names if name for v in (name, html.escape(name), html.escape(name, quote=False))}
        for variant in variants:
            await self.db.execute("UPDATE max_messages SET text = ? WHERE instr(text, ?) > 0", (blank, variant))

    async def queue_erasure(self, person_id: int, accounts: Iterable[Account], now: datetime) -> None:
        """Queue the second step of an erasure (inside the transaction of the first), with the person's accounts
        (their record no longer has them)."""
        await self.db.execute("INSERT OR IGNORE INTO erasures (person_id, accounts, queued_at) VALUES (?, ?, ?)",
                              (person_id, accounts_json(accounts), now.isoformat()))

    async def queued_erasures(self) -> list[tuple[int, tuple[Account, ...]]]:
        """Erasures begun and not finished (a crash, or people who withdrew before erasure was complete)."""
        rows = await self.db.fetchall("SELECT person_id, accounts FROM erasures ORDER BY queued_at, person_id")
        return [(r["person_id"], tuple(Account(Channel(c), i) for c, i in json.loads(r["accounts"])))
                for r in rows]

    async def ended_participants(self, ended_before: datetime) -> list[int]:
        """People whose participation ended before ``ended_before`` (coordinators and staff never: they run the
        programme):
        - mentors and mentees who had pairs, none of them open, the last closed then (a declined proposal is not
          participation: the mentee is back in the bank);
        - mentor candidates not selected then, who never had a pair;
        - people who never finished joining (registering, or a minor whose parent never answered) since then."""
        rows = await self.db.fetchall(
            "WITH mine AS (SELECT p.mentor_id AS person_id, p.status, p.closed_at FROM pairs p"
            " WHERE p.status != 'declined'"
            " UNION ALL SELECT m.mentee_id, p.status, p.closed_at FROM pair_members m"
            " JOIN pairs p ON p.id = m.pair_id WHERE p.status != 'declined'),"
            " runs AS (SELECT person_id FROM person_roles WHERE role IN ('coordinator', 'staff'))"
            " SELECT s.id FROM persons s JOIN mine ON mine.person_id = s.id WHERE s.status = 'active'"
            " AND s.id NOT IN (SELECT person_id FROM runs)"
            " GROUP BY s.id HAVING SUM(mine.status IN ('proposed', 'active', 'ending')) = 0"
            " AND MAX(mine.closed_at) < :before"
            " UNION SELECT s.id FROM persons s JOIN mentor_selection m ON m.person_id = s.id"
            " WHERE s.status = 'active' AND m.status = 'rejected' AND m.updated_at < :before"
            " AND s.id NOT IN (SELECT person_id FROM runs) AND s.id NOT IN (SELECT person_id FROM mine)"
            " UNION SELECT s.id FROM persons s WHERE s.status IN ('registering', 'awaiting_parent')"
            " AND s.updated_at < :before"
            " ORDER BY 1",
            {"before": ended_before.isoformat()})
        return [r["id"] for r in rows]

    async def gather(self, person_id: int, accounts: Iterable[Account]) -> PersonData:
        data = PersonData()
        sets = await self.db.fetchall(
            "SELECT s.id, s.questionnaire_id, s.version, s.campaign_id, s.status, s.started_at, s.submitted_at,"
            " COALESCE(c.anonymous, 0) AS anonymous FROM answer_sets s LEFT JOIN campaigns c ON c.id = s.campaign_id"
            " WHERE s.person_id = ? ORDER BY s.id", (person_id,))
        answers: dict[int, dict[str, Any]] = {}
        for r in await self.db.fetchall(
                "SELECT a.answer_set_id, a.question_id, a.value FROM answers a JOIN answer_sets s"
                " ON s.id = a.answer_set_id WHERE s.person_id = ? ORDER BY a.rowid", (person_id,)):
            answers.setdefault(r["answer_set_id"], {})[r["question_id"]] = json.loads(r["value"])
        data.answer_sets = [{**dict(r), "anonymous": bool(r["anonymous"]), "answers": answers.get(r["id"], {})}
                            for r in sets]
        pairs = await self.db.fetchall(
            "SELECT p.id, p.form, p.status, p.starts_on, p.ends_on, p.closed_at,"
            " CASE WHEN p.mentor_id = :pid THEN 'mentor' ELSE 'mentee' END AS role FROM pairs p"
            " WHERE p.mentor_id = :pid OR p.id IN (SELECT pair_id FROM pair_members WHERE mentee_id = :pid)"
            " ORDER BY p.id", {"pid": person_id})
        data.pairs = [dict(r) for r in pairs]
        pair_ids = [r["id"] for r in pairs]
        marks = ",".join("?" * len(pair_ids))
        if pair_ids:
            data.programme = [dict(r) for r in await self.db.fetchall(
                f"SELECT id, pair_id, kind, title, due_on, done_on FROM programme_items WHERE pair_id IN ({marks})"
                " ORDER BY pair_id, COALESCE(goal_id, id), kind = 'task', id", pair_ids)]
            data.meetings = [dict(r) for r in await self.db.fetchall(
                "SELECT m.id, m.pair_id, m.kind, m.held_on, m.minutes, m.format, m.topic, m.notes, m.status,"
                " m.logged_by = ? AS logged_by_me, a.answer AS my_answer FROM meetings m"
                " LEFT JOIN meeting_answers a ON a.meeting_id = m.id AND a.person_id = ?"
                f" WHERE m.pair_id IN ({marks}) AND m.status != 'deleted' ORDER BY m.held_on, m.id",
                [person_id, person_id, *pair_ids])]
        data.signals = [dict(r) for r in await self.db.fetchall(
            "SELECT pair_id, created_at FROM pair_signals WHERE person_id = ? ORDER BY id", (person_id,))]
        row = await self.db.fetchone(
            "SELECT status, reason, trained_on, updated_at FROM mentor_selection WHERE person_id = ?", (person_id,))
        data.selection = dict(row) if row else None
        row = await self.db.fetchone("SELECT flagged_at FROM mentee_support WHERE person_id = ?", (person_id,))
        data.support_flag = dict(row) if row else None
        data.activities = [dict(r) for r in await self.db.fetchall(
            "SELECT DISTINCT a.id, a.title, a.due_on, a.status,"
            " CASE WHEN a.status_changed_by = :pid THEN a.skip_reason END AS skip_reason FROM roadmap_activities a"
            " JOIN activity_labels l ON l.activity_id = a.id JOIN roadmap_links k ON k.roadmap_id = a.roadmap_id"
            " AND k.label = l.label WHERE k.person_id = :pid"
            " UNION SELECT a.id, a.title, a.due_on, a.status, a.skip_reason FROM roadmap_activities a"
            " WHERE a.status_changed_by = :pid ORDER BY 1", {"pid": person_id})]
        data.campaigns = [dict(r) for r in await self.db.fetchall(
            "SELECT r.campaign_id, c.questionnaire_id, c.deadline, r.status, r.delivered_at FROM campaign_recipients r"
            " JOIN campaigns c ON c.id = r.campaign_id WHERE r.person_id = ? ORDER BY r.campaign_id", (person_id,))]
        data.reminders = [dict(r) for r in await self.db.fetchall(
            "SELECT kind, fire_on, status FROM reminders WHERE person_id = ? AND status = 'pending' ORDER BY id",
            (person_id,))]
        data.drafts = [{"state": r["state"], "data": json.loads(r["data"]), "updated_at": r["updated_at"]}
                       for r in await self.db.fetchall(
                           f"SELECT state, data, updated_at FROM fsm_state WHERE (channel, user_id) IN ({MINE})"
                           " AND (state IS NOT NULL OR data != '{}')", {"accounts": accounts_json(accounts)})]
        return data
