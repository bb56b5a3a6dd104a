from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from typing import Any

import aiosqlite

from storage.db import Database
from storage.models import (
    Activity,
    ActivityStatus,
    Roadmap,
    RoadmapStage,
    RoadmapStatus,
    parse_date,
    parse_ts,
)


def _roadmap(row: aiosqlite.Row) -> Roadmap:
    return Roadmap(
        id=row["id"], org_id=row["org_id"], academic_year=row["academic_year"], status=RoadmapStatus(row["status"]),
        source=row["source"], warnings=tuple(json.loads(row["warnings"])),
        created_at=parse_ts(row["created_at"]),
        activated_at=parse_ts(row["activated_at"]),
        document_year=row["document_year"], document_year_kind=row["document_year_kind"],
    )


def _activity(row: aiosqlite.Row, labels: tuple[str, ...]) -> Activity:
    return Activity(
        id=row["id"], roadmap_id=row["roadmap_id"], stage_id=row["stage_id"], position=row["position"],
        title=row["title"], deadline_text=row["deadline_text"], starts_on=parse_date(row["starts_on"]),
        due_on=parse_date(row["due_on"]), recurrence=row["recurrence"], status=ActivityStatus(row["status"]),
        skip_reason=row["skip_reason"], labels=labels, changed_by=row["status_changed_by"],
    )


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


WITHDRAWN_LABEL = "участник отозвал согласие"  # stands for a withdrawn person's name in the school's roadmap


class RoadmapRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- building ---------------------------------------------------------------------------------

    async def create(self, org_id: int, academic_year: int, source: str, warnings: list[dict[str, Any]],
                     created_by: int | None, now: datetime) -> int:
        return await self.db.execute(
            "INSERT INTO roadmaps (org_id, academic_year, status, source, warnings, created_by, created_at)"
            " VALUES (?, ?, 'draft', ?, ?, ?, ?)",
            (org_id, academic_year, source, json.dumps(warnings, ensure_ascii=False), created_by, now.isoformat()),
        )

    async def delete_drafts(self, org_id: int) -> None:
        await self.db.execute("DELETE FROM roadmaps WHERE org_id = ? AND status = 'draft'", (org_id,))

    async def add_stage(self, roadmap_id: int, number: int, title: str, position: int) -> int:
        return await self.db.execute(
            "INSERT INTO roadmap_stages (roadmap_id, number, title, position) VALUES (?, ?, ?, ?)",
            (roadmap_id, number, title, position),
        )

    async def add_activity(self, roadmap_id: int, stage_id: int, position: int, title: str, deadline_text: str,
                           starts_on: date | None, due_on: date | None, recurrence: str | None) -> int:
        return await self.db.execute(
            "INSERT INTO roadmap_activities (roadmap_id, stage_id, position, title, deadline_text, starts_on, due_on,"
            " recurrence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (roadmap_id, stage_id, position, title, deadline_text, _iso(starts_on), _iso(due_on), recurrence),
        )

    async def add_label(self, activity_id: int, label: str, kind: str) -> None:
        await self.db.execute(
            "INSERT OR IGNORE INTO activity_labels (activity_id, label, kind) VALUES (?, ?, ?)",
            (activity_id, label, kind),
        )

    # ---- reading ----------------------------------------------------------------------------------

    async def get(self, roadmap_id: int) -> Roadmap | None:
        row = await self.db.fetchone("SELECT * FROM roadmaps WHERE id = ?", (roadmap_id,))
        return _roadmap(row) if row else None

    async def latest(self, org_id: int, status: RoadmapStatus) -> Roadmap | None:
        row = await self.db.fetchone(
            "SELECT * FROM roadmaps WHERE org_id = ? AND status = ? ORDER BY academic_year DESC, id DESC LIMIT 1",
            (org_id, status.value),
        )
        return _roadmap(row) if row else None

    async def latest_active_for(self, org_id: int) -> Roadmap | None:
        return await self.latest(org_id, RoadmapStatus.ACTIVE)

    async def stages(self, roadmap_id: int) -> list[RoadmapStage]:
        rows = await self.db.fetchall(
            "SELECT * FROM roadmap_stages WHERE roadmap_id = ? ORDER BY position", (roadmap_id,)
        )
        return [RoadmapStage(r["id"], r["roadmap_id"], r["number"], r["title"], r["position"]) for r in rows]

    async def _labels_of(self, activity_ids: list[int]) -> dict[int, tuple[str, ...]]:
        labels: dict[int, list[str]] = defaultdict(list)
        for chunk in range(0, len(activity_ids), 500):
            ids = activity_ids[chunk:chunk + 500]
            rows = await self.db.fetchall(
                f"SELECT activity_id, label FROM activity_labels WHERE activity_id IN ({','.join('?' * len(ids))})"
                " ORDER BY rowid", ids,
            )
            for r in rows:
                labels[r["activity_id"]].append(r["label"])
        return {k: tuple(v) for k, v in labels.items()}

    async def activities(self, roadmap_id: int) -> list[Activity]:
        rows = await self.db.fetchall(
            "SELECT a.* FROM roadmap_activities a JOIN roadmap_stages s ON s.id = a.stage_id"
            " WHERE a.roadmap_id = ? ORDER BY s.position, a.position", (roadmap_id,)
        )
        labels = await self._labels_of([r["id"] for r in rows])
        return [_activity(r, labels.get(r["id"], ())) for r in rows]

    async def activity(self, activity_id: int) -> Activity | None:
        row = await self.db.fetchone("SELECT * FROM roadmap_activities WHERE id = ?", (activity_id,))
        if row is None:
            return None
        return _activity(row, (await self._labels_of([activity_id])).get(activity_id, ()))

    async def label_kinds(self, roadmap_id: int) -> list[tuple[str, str, int]]:
        """(label, kind, number of activities) in order of first appearance."""
        rows = await self.db.fetchall(
            "SELECT l.label, l.kind, COUNT(*) AS n, MIN(a.id) AS first FROM activity_labels l"
            " JOIN roadmap_activities a ON a.id = l.activity_id WHERE a.roadmap_id = ?"
            " GROUP BY l.label, l.kind ORDER BY first", (roadmap_id,)
        )
        return [(r["label"], r["kind"], r["n"]) for r in rows]

    async def links(self, roadmap_id: int) -> dict[str, list[int]]:
        """Label → linked people who are still active participants."""
        rows = await self.db.fetchall(
            "SELECT k.label, k.person_id FROM roadmap_links k JOIN persons p ON p.id = k.person_id"
            " WHERE k.roadmap_id = ? AND p.status = 'active' ORDER BY k.rowid", (roadmap_id,)
        )
        out: dict[str, list[int]] = defaultdict(list)
        for r in rows:
            out[r["label"]].append(r["person_id"])
        return dict(out)

    async def responsible_persons(self, activity_id: int) -> list[int]:
        rows = await self.db.fetchall(
            "SELECT DISTINCT k.person_id FROM activity_labels l JOIN roadmap_activities a ON a.id = l.activity_id"
            " JOIN roadmap_links k ON k.roadmap_id = a.roadmap_id AND k.label = l.label"
            " JOIN persons p ON p.id = k.person_id AND p.status = 'active'"
            " WHERE l.activity_id = ? ORDER BY k.person_id", (activity_id,)
        )
        return [r["person_id"] for r in rows]

    async def activities_of_person(self, person_id: int) -> list[Activity]:
        rows = await self.db.fetchall(
            "SELECT DISTINCT a.* FROM roadmap_links k JOIN roadmaps m ON m.id = k.roadmap_id AND m.status = 'active'"
            " JOIN activity_labels l ON l.label = k.label JOIN roadmap_activities a ON a.id = l.activity_id"
            " AND a.roadmap_id = k.roadmap_id WHERE k.person_id = ? ORDER BY a.due_on IS NULL, a.due_on, a.id",
            (person_id,),
        )
        labels = await self._labels_of([r["id"] for r in rows])
        return [_activity(r, labels.get(r["id"], ())) for r in rows]

    async def unassigned_activities(self, org_id: int) -> list[Activity]:
        """Activities of the active roadmap that no active person is linked to."""
        rows = await self.db.fetchall(
            "SELECT a.* FROM roadmap_activities a JOIN roadmaps m ON m.id = a.roadmap_id AND m.status = 'active'"
            " WHERE m.org_id = ? AND NOT EXISTS (SELECT 1 FROM activity_labels l JOIN roadmap_links k"
            " ON k.roadmap_id = a.roadmap_id AND k.label = l.label JOIN persons p ON p.id = k.person_id"
            " AND p.status = 'active' WHERE l.activity_id = a.id) ORDER BY a.due_on IS NULL, a.due_on, a.id",
            (org_id,),
        )
        labels = await self._labels_of([r["id"] for r in rows])
        return [_activity(r, labels.get(r["id"], ())) for r in rows]

    # ---- changing ---------------------------------------------------------------------------------

    async def set_link(self, roadmap_id: int, label: str, person_ids: list[int]) -> None:
        await self.db.execute("DELETE FROM roadmap_links WHERE roadmap_id = ? AND label = ?", (roadmap_id, label))
        await self.db.executemany(
            "INSERT OR IGNORE INTO roadmap_links (roadmap_id, label, person_id) VALUES (?, ?, ?)",
            [(roadmap_id, label, pid) for pid in person_ids],
        )

    async def set_status(self, roadmap_id: int, status: RoadmapStatus, now: datetime) -> None:
        activated = now.isoformat() if status is RoadmapStatus.ACTIVE else None
        await self.db.execute(
            "UPDATE roadmaps SET status = ?, activated_at = COALESCE(?, activated_at) WHERE id = ?",
            (status.value, activated, roadmap_id),
        )

    async def archive_active(self, org_id: int) -> list[int]:
        """Archive the organisation's active roadmap(s): one is active at a time. Returns their ids."""
        rows = await self.db.fetchall("SELECT id FROM roadmaps WHERE org_id = ? AND status = 'active'", (org_id,))
        await self.db.execute("UPDATE roadmaps SET status = 'archived' WHERE org_id = ? AND status = 'active'",
                              (org_id,))
        return [r["id"] for r in rows]

    async def unlink_person(self, person_id: int) -> None:
        """The person's links go; a label that is their name as the school wrote it («Гришенкова А.Н.») is replaced
        by ``WITHDRAWN_LABEL`` wherever it stands (unique within an activity), so the name leaves the roadmap too."""
        rows = await self.db.fetchall(
            "SELECT l.activity_id, l.label FROM activity_labels l JOIN roadmap_activities a ON a.id = l.activity_id"
            " JOIN roadmap_links k ON k.roadmap_id = a.roadmap_id AND k.label = l.label"
            " WHERE k.person_id = ? AND l.kind = 'person' ORDER BY l.activity_id, l.label", (person_id,))
        taken: dict[int, set[str]] = {}
        for r in rows:
            names = taken.setdefault(r["activity_id"], {
                x["label"] for x in await self.db.fetchall("SELECT label FROM activity_labels WHERE activity_id = ?",
                                                           (r["activity_id"],))})
            new = WITHDRAWN_LABEL
            number = 1
            while new in names:
                number += 1
                new = f"{WITHDRAWN_LABEL} ({number})"
            names.add(new)
            await self.db.execute("UPDATE activity_labels SET label = ? WHERE activity_id = ? AND label = ?",
                                  (new, r["activity_id"], r["label"]))
        await self.db.execute(
            "DELETE FROM roadmap_links WHERE person_id = ? OR (label IN (SELECT k.label FROM roadmap_links k"
            " WHERE k.person_id = ?) AND label NOT IN (SELECT label FROM activity_labels))", (person_id, person_id))

    async def carry_statuses(self, from_roadmap: int, to_roadmap: int) -> int:
        """Activities of the new roadmap with the same title as a done or skipped one of the old keep that status."""
        return await self.db.execute_rowcount(
            "UPDATE roadmap_activities SET (status, skip_reason, status_changed_at, status_changed_by) = ("
            " SELECT o.status, o.skip_reason, o.status_changed_at, o.status_changed_by FROM roadmap_activities o"
            " WHERE o.roadmap_id = :old AND o.title = roadmap_activities.title AND o.status IN ('done', 'skipped')"
            " ORDER BY o.id LIMIT 1)"
            " WHERE roadmap_id = :new AND EXISTS (SELECT 1 FROM roadmap_activities o WHERE o.roadmap_id = :old"
            " AND o.title = roadmap_activities.title AND o.status IN ('done', 'skipped'))",
            {"old": from_roadmap, "new": to_roadmap},
        )

    async def set_activity_status(self, activity_id: int, status: ActivityStatus, reason: str | None,
                                  now: datetime, by: int | None) -> None:
        await self.db.execute(
            "UPDATE roadmap_activities SET status = ?, skip_reason = ?, status_changed_at = ?, status_changed_by = ?"
            " WHERE id = ?", (status.value, reason, now.isoformat(), by, activity_id),
        )

    async def set_activity_dates(self, activity_id: int, starts_on: date | None, due_on: date | None) -> None:
        await self.db.execute(
            "UPDATE roadmap_activities SET starts_on = ?, due_on = ? WHERE id = ?",
            (_iso(starts_on), _iso(due_on), activity_id),
        )

    # ---- shaping in chat --------------------------------------------------------------------------

    async def set_document_year(self, roadmap_id: int, year: int | None, kind: str | None) -> None:
        await self.db.execute("UPDATE roadmaps SET document_year = ?, document_year_kind = ? WHERE id = ?",
                              (year, kind, roadmap_id))

    async def stage(self, stage_id: int) -> RoadmapStage | None:
        r = await self.db.fetchone("SELECT * FROM roadmap_stages WHERE id = ?", (stage_id,))
        return RoadmapStage(r["id"], r["roadmap_id"], r["number"], r["title"], r["position"]) if r else None

    async def rename_stage(self, stage_id: int, title: str) -> None:
        await self.db.execute("UPDATE roadmap_stages SET title = ? WHERE id = ?", (title, stage_id))

    async def rename_activity(self, activity_id: int, title: str) -> None:
        await self.db.execute("UPDATE roadmap_activities SET title = ? WHERE id = ?", (title, activity_id))

    async def next_position(self, stage_id: int) -> int:
        return int(await self.db.fetchval(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM roadmap_activities WHERE stage_id = ?", (stage_id,)))

    async def delete_activity(self, activity_id: int) -> int:
        """Its labels and reminders go with it (ON DELETE CASCADE). Returns 1, or 0 when it was gone already."""
        return await self.db.execute_rowcount("DELETE FROM roadmap_activities WHERE id = ?", (activity_id,))

    async def move_activity(self, activity_id: int, stage_id: int, position: int) -> None:
        await self.db.execute("UPDATE roadmap_activities SET stage_id = ?, position = ? WHERE id = ?",
                              (stage_id, position, activity_id))

    async def merge_stages(self, source_id: int, target_id: int) -> None:
        """The activities of ``source`` go to the end of ``target``, in their order; ``source`` goes; the stages of
        the roadmap are numbered 1, 2, … again in their order."""
        start = await self.next_position(target_id)
        rows = await self.db.fetchall(
            "SELECT id FROM roadmap_activities WHERE stage_id = ? ORDER BY position, id", (source_id,))
        await self.db.executemany("UPDATE roadmap_activities SET stage_id = ?, position = ? WHERE id = ?",
                                  [(target_id, start + n, r["id"]) for n, r in enumerate(rows)])
        roadmap_id = await self.db.fetchval("SELECT roadmap_id FROM roadmap_stages WHERE id = ?", (source_id,))
        await self.db.execute("DELETE FROM roadmap_stages WHERE id = ?", (source_id,))
        await self.renumber_stages(int(roadmap_id))

    async def renumber_stages(self, roadmap_id: int) -> None:
        rows = await self.db.fetchall("SELECT id FROM roadmap_stages WHERE roadmap_id = ? ORDER BY position, id",
                                      (roadmap_id,))
        await self.db.executemany("UPDATE roadmap_stages SET number = ?, position = ? WHERE id = ?",
                                  [(n + 1, n, r["id"]) for n, r in enumerate(rows)])

    async def set_labels(self, activity_id: int, labels: list[tuple[str, str]]) -> None:
        """The activity's responsible as the coordinator typed them: (label, person | role)."""
        await self.db.execute("DELETE FROM activity_labels WHERE activity_id = ?", (activity_id,))
        await self.db.executemany("INSERT OR IGNORE INTO activity_labels (activity_id, label, kind) VALUES (?, ?, ?)",
                                  [(activity_id, label, kind) for label, kind in labels])

    async def offer_once(self, org_id: int, event: str, activity_id: int | None, now: datetime) -> bool:
        """Record that ``event`` was offered (True), or say it had been already (False)."""
        return bool(await self.db.execute_rowcount(
            "INSERT OR IGNORE INTO roadmap_offers (org_id, event, activity_id, offered_at) VALUES (?, ?, ?, ?)",
            (org_id, event, activity_id, now.isoformat())))

    async def closed_campaigns_to_offer(self, questionnaire_ids: list[str], before: str) -> list[dict[str, Any]]:
        """Campaigns of these questionnaires with a deadline before ``before`` (ISO date; checked again per
        organisation's zone by the caller) in organisations with an active roadmap, not offered yet."""
        rows = await self.db.fetchall(
            "SELECT c.id, c.org_id, c.deadline, o.timezone FROM campaigns c JOIN organisations o ON o.id = c.org_id"
            f" WHERE c.questionnaire_id IN ({','.join('?' * len(questionnaire_ids))}) AND c.deadline < ?"
            " AND EXISTS (SELECT 1 FROM roadmaps m WHERE m.org_id = c.org_id AND m.status = 'active')"
            " AND NOT EXISTS (SELECT 1 FROM roadmap_offers f WHERE f.org_id = c.org_id"
            " AND f.event = 'campaign:' || c.id) ORDER BY c.id", (*questionnaire_ids, before))
        return [dict(r) for r in rows]

    async def offered(self, org_id: int, event: str) -> bool:
        return await self.db.fetchval(
            "SELECT 1 FROM roadmap_offers WHERE org_id = ? AND event = ?", (org_id, event)) is not None
