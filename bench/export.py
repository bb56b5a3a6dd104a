"""Benchmark of the coordinator's reports on a big organisation.

    python bench/export.py [--participants 10000] [--pairs 3000] [--meetings 50000]

Builds a fresh SQLite database in a temporary folder: one school with that many participants (a fifth mentor
candidates, approved, with questionnaires; the rest mentee teachers with requests), working pairs and meetings
spread over a year, the satisfaction surveys of the pairs' mentors (named) and mentees (anonymous) answered by
four in five of them, an active roadmap from the built-in template, the school year's totals and the mentees' years
of birth (so the dashboard, the Excel export and the report compute every indicator). Then each report runs in a
process of its own, started fresh against that database: the dashboard, the Excel export and the year-end report
(.docx with three charts). For each it prints the wall time of the first run (imports and caches cold) and of a
second run, with the CPU time of all the process's threads (on a shared machine the wall time also counts stolen
time), and the process's peak resident memory (the interpreter, aiogram, the bot's modules and matplotlib included).
Goal: each under 5 s and 300 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.graph import build_services
from bot.services.ports import Delivery
from bot.services.questionnaire_model import Question, load_all
from handlers.year_report import year_report_document
from storage.db import Database
from storage.migrate import migrate
from storage.models import Account
from storage.persons import PersonRepo

NOW = datetime(2027, 5, 20, 9, 0, tzinfo=UTC)
BENCH_SETTINGS = Settings(_env_file=None)  # type: ignore[call-arg]  # the defaults, whatever .env says


class SilentNotifier:
    async def notify(self, *args: Any, **kwargs: Any) -> Delivery:
        return Delivery.SENT


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
                                   ("preferred_form", "teacher_teacher"), ("birth_year", rnd.randint(1965, 2003))):
                    answers.append((pid, key, json.dumps(value), ts))
        await db.executemany(
            "INSERT INTO persons (id, org_id, locale, status, full_name, position, subject,"
            " experience_years, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(p[0], p[1], *p[3:]) for p in persons])
        await db.executemany("INSERT INTO accounts (person_id, channel, external_id, created_at, last_seen_at)"
                             " VALUES (?, 'telegram', ?, ?, ?)", [(p[0], p[2], ts, ts) for p in persons])
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
        await surveys(db, rnd, sorted({r[2] for r in pair_rows}), [m[1] for m in members], participants)
        # the totals the indicators divide by, as the coordinator enters them for the school year 2026/27
        await db.executemany("INSERT INTO org_totals (org_id, school_year, key, value, entered_at) VALUES (1, 2026,"
                             " ?, ?, ?)", [(key, value, ts) for key, value in (
                                 ("pupils", 1200), ("pupils_10_19", 800), ("pupils_15_19", 300),
                                 ("teachers", participants), ("teachers_under_35", participants // 3))])
    return 1


def _answer(rnd: random.Random, question: Question) -> object:
    if question.type == "scale":
        return rnd.randint(max(int(question.min or 1), 4), int(question.max or 10))
    if question.type == "single":
        return rnd.choice(question.options).id
    if question.type == "multi":
        return [o.id for o in question.options[:2]]
    if question.type == "yesno":
        return rnd.random() < 0.8
    if question.type == "number":
        return rnd.randint(1, 10)
    if question.type == "date":
        return "2027-05-10"
    return rnd.choice(("Разбор уроков вместе с наставником", "Больше открытых уроков", "Всё понравилось"))


async def surveys(db: Database, rnd: random.Random, mentors: list[int], mentees: list[int], first_set: int) -> None:
    """The end-of-year satisfaction surveys: mentors named, mentees anonymous; four in five answer every question.
    Answer set ids continue after first_set (the banks' ones)."""
    questionnaires = load_all()
    ts = NOW.isoformat()
    recipients, sets, answers = [], [], []
    set_id = first_set
    for campaign_id, questionnaire_id, people, anonymous in ((1, "satisfaction_mentor", mentors, 0),
                                                             (2, "satisfaction_mentee", mentees, 1)):
        await db.execute("INSERT INTO campaigns (id, org_id, questionnaire_id, audience, deadline, anonymous,"
                         " created_by, created_at) VALUES (?, 1, ?, 'pairs', '2027-05-31', ?, 1, ?)",
                         (campaign_id, questionnaire_id, anonymous, ts))
        questions = questionnaires[questionnaire_id].questions
        for person_id in people:
            recipients.append((campaign_id, person_id, "delivered", ts))
            if rnd.random() < 0.8:
                set_id += 1
                sets.append((set_id, questionnaire_id, person_id, campaign_id))
                answers += [(set_id, q.id, json.dumps(_answer(rnd, q), ensure_ascii=False), ts) for q in questions]
    await db.executemany("INSERT INTO campaign_recipients (campaign_id, person_id, status, delivered_at)"
                         " VALUES (?, ?, ?, ?)", recipients)
    await db.executemany(
        "INSERT INTO answer_sets (id, questionnaire_id, version, person_id, org_id, campaign_id, status, started_at,"
        " updated_at, submitted_at) VALUES (?, ?, 1, ?, 1, ?, 'submitted', '2027-05-15', '2027-05-15', '2027-05-15')",
        sets)
    await db.executemany("INSERT INTO answers (answer_set_id, question_id, value, answered_at) VALUES (?, ?, ?, ?)",
                         answers)


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


async def measure(path: Path, report: str) -> None:
    """In this (fresh) process: one report, twice; prints seconds of each run and the process's peak memory."""
    async with Database(path) as db:
        clock = FakeClock(NOW)
        person = await PersonRepo(db).get(1)
        actor = Actor(Account.telegram(100_001), person=person)
        t = Translator().bind("ru")
        services = build_services(db, clock, SilentNotifier(), BENCH_SETTINGS, Translator())
        reports, exports = services.reports, services.exports
        work: Callable[[], Awaitable[Any]] = {
            "dashboard": lambda: reports.dashboard(actor),
            "excel export": lambda: exports.workbook(actor, t),
            # as «Сформировать отчёт» makes it (handlers/year_report.py): with the appendix of every pair of the year
            "year-end report": lambda: year_report_document(t, actor, reports, services.year_reports, None, 0),
        }[report]
        gc.freeze()  # as `python -m bot run` does once the dispatcher is built
        before = rss_mb()
        times, cpu = [], []
        for _ in range(2):
            started, used = time.perf_counter(), time.process_time()
            result = await work()
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        size = f", {len(result) / 1e6:.1f} MB file" if isinstance(result, bytes) else ""
        print(f"{report:<16} first {times[0]:5.2f} s (CPU {cpu[0]:4.2f} s),"
              f" second {times[1]:5.2f} s (CPU {cpu[1]:4.2f} s)   peak memory {peak:4.0f} MB"
              f" (the process before it: {before:.0f} MB){size}", flush=True)


async def prepare(path: Path, participants: int, pairs: int, meetings: int) -> None:
    async with Database(path) as db:
        await migrate(db)
        started = time.perf_counter()
        coordinator_id = await build(db, participants, pairs, meetings)
        clock = FakeClock(NOW)
        actor = Actor(Account.telegram(100_000 + coordinator_id), person=await PersonRepo(db).get(coordinator_id))
        roadmaps = build_services(db, clock, SilentNotifier(), BENCH_SETTINGS, Translator()).roadmaps
        draft = await roadmaps.import_template(actor, 2026)
        await roadmaps.activate(actor, draft.id)
        answers = await db.fetchval("SELECT COUNT(*) FROM answers a JOIN answer_sets s ON s.id = a.answer_set_id"
                                    " WHERE s.campaign_id IS NOT NULL")
        print(f"built: {participants} participants, {pairs} pairs, {meetings} meetings, {answers} survey answers"
              f" in {time.perf_counter() - started:.1f} s")


def main(participants: int, pairs: int, meetings: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        asyncio.run(prepare(path, participants, pairs, meetings))
        for report in ("dashboard", "excel export", "year-end report"):
            subprocess.run([sys.executable, __file__, "--measure", report, "--db", str(path)], check=True)
        print("goal: each under 5 s and 300 MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=3_000)
    parser.add_argument("--meetings", type=int, default=50_000)
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # internal: one report in this process
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.measure:
        asyncio.run(measure(options.db, options.measure))
    else:
        main(options.participants, options.pairs, options.meetings)
