"""Benchmark of the coordinator's reports on a big organisation.

    python bench/export.py [--participants 10000] [--pairs 3000] [--meetings 50000]

Builds a fresh SQLite database in a temporary folder: one school with that many participants (a fifth mentor
candidates, approved, with questionnaires; the rest mentee teachers with requests), working pairs and meetings
spread over a year, an active roadmap from the built-in template. Then prints, for the dashboard, the Excel
export and the year-end report (.docx with three charts), the wall time and the peak memory (Python allocations
traced by tracemalloc in a second run, and the process's peak resident size so far, which includes the
interpreter, aiogram-free imports and matplotlib). Goal: each under 5 s and 300 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FakeClock
from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.banks import BankService
from bot.services.exports import ExportService
from bot.services.matching import MatchWeights
from bot.services.questionnaire_model import load_all
from bot.services.reminders import ReminderService, ReminderSettings
from bot.services.reports import ReportService
from bot.services.roadmap import RoadmapService
from handlers.reports import year_report_docx
from storage.db import Database
from storage.migrate import migrate
from storage.persons import PersonRepo

NOW = datetime(2027, 5, 20, 9, 0, tzinfo=UTC)


class SilentNotifier:
    async def notify(self, *args: Any, **kwargs: Any) -> bool:
        return True


async def build(db: Database, participants: int, pairs: int, meetings: int) -> int:
    """Returns the coordinator's person id."""
    rnd = random.Random(7)
    ts = NOW.isoformat()
    mentors = participants // 5
    async with db.transaction():
        await db.execute("INSERT INTO organisations (id, name, kind, timezone, address, created_by, created_at)"
                         " VALUES (1, 'МБОУ «СОШ № 1»', 'school', 'Europe/Moscow', 'г. Тверь', 1, ?)", (ts,))
        persons, roles, sets, answers, selection = [], [], [], [], []
        for pid in range(1, participants + 1):
            role = "coordinator" if pid == 1 else ("mentor_candidate" if pid <= mentors + 1 else "mentee_teacher")
            persons.append((pid, 1, 100_000 + pid, "ru", "active", f"Участник {pid} Иванович", "учитель",
                            rnd.choice(["математика", "история", "физика", "русский язык"]), rnd.randint(0, 30),
                            ts, ts))
            roles.append((pid, role, ts))
            if role == "mentor_candidate":
                sets.append((pid, "potential_mentor", pid))
                for key, value in (("experience_years", rnd.randint(5, 35)), ("subjects", "Математика"),
                                   ("levels", ["basic"]), ("competencies", ["methodology", "parents"]),
                                   ("forms", ["teacher_teacher"]), ("capacity", 3)):
                    answers.append((pid, key, json.dumps(value, ensure_ascii=False), ts))
                selection.append((pid, "approved", None, "2026-10-01", 1, ts))
            elif role == "mentee_teacher":
                sets.append((pid, "mentee_request_teacher", pid))
                for key, value in (("experience_years", rnd.randint(0, 5)), ("difficulties", ["methodology"]),
                                   ("preferred_form", "teacher_teacher")):
                    answers.append((pid, key, json.dumps(value), ts))
        await db.executemany(
            "INSERT INTO persons (id, org_id, tg_user_id, locale, status, full_name, position, subject,"
            " experience_years, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", persons)
        await db.executemany("INSERT INTO person_roles (person_id, role, granted_at) VALUES (?, ?, ?)", roles)
        await db.executemany(
            "INSERT INTO answer_sets (id, questionnaire_id, version, person_id, org_id, status, started_at,"
            " updated_at, submitted_at) VALUES (?, ?, 1, ?, 1, 'submitted', '2026-09-10', '2026-09-10', '2026-09-10')",
            [(s[0], s[1], s[2]) for s in sets])
        await db.executemany("INSERT INTO answers (answer_set_id, question_id, value, answered_at) VALUES (?, ?, ?, ?)",
                             answers)
        await db.executemany(
            "INSERT INTO mentor_selection (person_id, status, reason, trained_on, decided_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)", selection)
        pair_rows, members = [], []
        mentees = list(range(mentors + 2, participants + 1))
        for pair_id in range(1, pairs + 1):
            pair_rows.append((pair_id, 1, 2 + (pair_id - 1) % mentors, "teacher_teacher", "active", "2026-10-01",
                              "2027-05-31", "confirmed", ts, "2026-10-01T09:00:00+00:00"))
            members.append((pair_id, mentees[pair_id - 1], "confirmed", ts))
        await db.executemany(
            "INSERT INTO pairs (id, org_id, mentor_id, form, status, starts_on, ends_on, mentor_answer, created_at,"
            " activated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pair_rows)
        await db.executemany("INSERT INTO pair_members (pair_id, mentee_id, answer, answered_at) VALUES (?, ?, ?, ?)",
                             members)
        kinds = ("organisational", "trial", "planning", "regular", "final")
        meeting_rows = []
        for n in range(meetings):
            pair_id = 1 + n % pairs
            held = date(2026, 10, 1) + timedelta(days=rnd.randint(0, 230))
            meeting_rows.append((pair_id, kinds[min(n // pairs, 3)], held.isoformat(), rnd.choice((30, 45, 60)),
                                 "in_person", "Анализ урока", 2 + (pair_id - 1) % mentors, "mentor",
                                 rnd.choice(("logged", "confirmed", "confirmed", "disputed")), ts, ts))
        await db.executemany(
            "INSERT INTO meetings (pair_id, kind, held_on, minutes, format, topic, logged_by, logged_role, status,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meeting_rows)
    return 1


async def measure(label: str, work: Callable[[], Awaitable[Any]]) -> None:
    """Time an untraced run, then the memory of a second run under tracemalloc (tracing slows Python down)."""
    started = time.perf_counter()
    result = await work()
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    await work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    size = f", {len(result) / 1e6:.1f} MB file" if isinstance(result, bytes) else ""
    print(f"{label:<22} {elapsed:6.2f} s   traced peak {peak / 1e6:6.1f} MB   process peak RSS {rss:6.0f} MB{size}")


async def main(participants: int, pairs: int, meetings: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with Database(Path(tmp) / "bench.sqlite3") as db:
            await migrate(db)
            started = time.perf_counter()
            coordinator_id = await build(db, participants, pairs, meetings)
            clock = FakeClock(NOW)
            person = await PersonRepo(db).get(coordinator_id)
            actor = Actor(100_000 + coordinator_id, person=person)
            reminders = ReminderService(db, clock, SilentNotifier(), ReminderSettings())
            roadmaps = RoadmapService(db, clock, reminders, SilentNotifier())
            draft = await roadmaps.import_template(actor, 2026)
            await roadmaps.activate(actor, draft.id)
            print(f"built: {participants} participants, {pairs} pairs, {meetings} meetings"
                  f" in {time.perf_counter() - started:.1f} s")
            translator = Translator()
            t = translator.bind("ru")
            banks = BankService(db, clock, SilentNotifier(), MatchWeights())
            reports = ReportService(db, clock, banks)
            exports = ExportService(db, banks, load_all())

            await measure("dashboard", lambda: reports.dashboard(actor))
            await measure("excel export", lambda: exports.workbook(actor, t))
            await measure("year-end report", lambda: year_report_docx(t, actor, reports))
            print("goal: each under 5 s and 300 MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=3_000)
    parser.add_argument("--meetings", type=int, default=50_000)
    options = parser.parse_args()
    asyncio.run(main(options.participants, options.pairs, options.meetings))
