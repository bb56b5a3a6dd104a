"""The reminder service with a fake clock: windows, before/on/overdue, working hours, crashes."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Translator
from bot.services.access import Actor
from bot.services.graph import Services
from bot.services.reminders import ReminderService
from storage.db import Database
from storage.models import Account, ActivityStatus, OrgKind, PersonStatus, Role
from storage.organisations import OrganisationRepo
from storage.persons import PersonRepo
from storage.roadmap import RoadmapRepo
from tests.flows import FakeNotifier, SimulatedCrash, service_graph


class World:
    """An organisation with a coordinator and staff, a roadmap service and a fake clock."""

    def __init__(self, db: Database, clock: FakeClock, notifier: FakeNotifier, settings: Settings,
                 translator: Translator) -> None:
        self.db, self.clock, self.notifier = db, clock, notifier
        self.settings, self.translator = settings, translator
        self.services = self.restart()
        self.reminders = self.services.reminders
        self.roadmaps = self.services.roadmaps

    def restart(self) -> Services:
        """The services as a fresh process builds them (nothing kept in memory)."""
        return service_graph(self.db, self.clock, self.settings, self.translator, self.notifier)

    async def org(self, timezone: str, name: str = "Школа") -> int:
        async with self.db.transaction():
            return await OrganisationRepo(self.db).create(name, OrgKind.SCHOOL, timezone, "ул. Мира, 1", 1,
                                                          self.clock.now())

    async def person(self, org_id: int, tg: int, name: str, *roles: Role, locale: str = "ru") -> Actor:
        repo = PersonRepo(self.db)
        now = self.clock.now()
        async with self.db.transaction():
            pid = await repo.create(org_id, Account.telegram(tg), locale, PersonStatus.ACTIVE, False, now)
            await repo.update_fields(pid, now, full_name=name, position="учитель")
            for role in roles:
                await repo.add_role(pid, role, None, now)
        person = await repo.get(pid)
        return Actor(Account.telegram(tg), person=person)

    async def roadmap_from(self, coordinator: Actor, table: str, year: int, tmp: Any) -> int:
        path = tmp / "roadmap.md"
        path.write_text(table, encoding="utf-8")
        roadmap = await self.roadmaps.import_file(coordinator, path, "roadmap.md", year)
        return roadmap.id

    async def link_all(self, coordinator: Actor, roadmap_id: int, label: str, *people: Actor) -> None:
        for link in await self.roadmaps.labels(coordinator, roadmap_id):
            if link.label == label:
                await self.roadmaps.link(coordinator, roadmap_id, link.index, [p.person.id for p in people])

    async def school_with_petrova(self, tmp: Any) -> tuple[Actor, Actor, int]:
        """Moscow school; coordinator Smirnova; «Петрова А.С.» linked to staff member Petrova; roadmap active."""
        org = await self.org("Europe/Moscow")
        coordinator = await self.person(org, 100, "Смирнова Ольга Ивановна", Role.COORDINATOR)
        petrova = await self.person(org, 200, "Петрова Анна Сергеевна", Role.STAFF)
        roadmap_id = await self.roadmap_from(coordinator, TABLE, 2026, tmp)
        await self.link_all(coordinator, roadmap_id, "Петрова А.С.", petrova)
        await self.roadmaps.activate(coordinator, roadmap_id)
        return coordinator, petrova, roadmap_id

    async def run_until(self, end: datetime) -> None:
        """Let time pass: jump from one planned reminder to the next, sweeping each time (as the scheduler)."""
        while True:
            nxt = await self.db.fetchval("SELECT MIN(send_after) FROM reminders WHERE status = 'pending'")
            if nxt is None or datetime.fromisoformat(nxt) > end:
                break
            self.clock.set(max(self.clock.now(), datetime.fromisoformat(nxt)))
            await self.reminders.sweep()
        self.clock.set(end)


TABLE = """| № | Наименование этапа | Мероприятия | Сроки | Ответственные |
|---|---|---|---|---|
| 1. | Банк наставников | Анкетирование потенциальных наставников | 10.10.2026 | Петрова А.С. |
| 2. | Пары | Приказ о закреплении пар | 20.11.2026 | Директор |
| 3. | Итоги | Мониторинг удовлетворённости | Апрель-май 2027 | Петрова А.С. |
| 4. | Встречи | Регулярные встречи | По факту | Наставник |
"""


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


@pytest.fixture
def world(db: Database, notifier: FakeNotifier, settings: Settings, translator: Translator) -> World:
    return World(db, FakeClock(datetime(2026, 9, 1, 5, 0, tzinfo=UTC)), notifier, settings, translator)


def local(moment_iso: str | datetime, zone: str) -> str:
    moment = datetime.fromisoformat(moment_iso) if isinstance(moment_iso, str) else moment_iso
    return moment.astimezone(ZoneInfo(zone)).strftime("%d.%m.%Y %H:%M")


async def sent_rows(db: Database) -> list[dict[str, Any]]:
    rows = await db.fetchall(
        "SELECT r.*, a.title FROM reminders r LEFT JOIN roadmap_activities a ON a.id = r.activity_id"
        " WHERE r.status = 'sent' ORDER BY r.sent_at, r.id")
    return [dict(r) for r in rows]


async def test_a_year_of_reminders(world: World, db: Database, tmp_path: Any) -> None:
    org = await world.org("Europe/Moscow")
    coordinator = await world.person(org, 100, "Смирнова Ольга Ивановна", Role.COORDINATOR)
    petrova = await world.person(org, 200, "Петрова Анна Сергеевна", Role.STAFF)
    director = await world.person(org, 300, "Орлов Пётр Ильич", Role.STAFF, locale="en")
    roadmap_id = await world.roadmap_from(coordinator, TABLE, 2026, tmp_path)
    await world.link_all(coordinator, roadmap_id, "Петрова А.С.", petrova)
    await world.link_all(coordinator, roadmap_id, "Директор", director)
    await world.roadmaps.activate(coordinator, roadmap_id)

    await world.run_until(datetime(2026, 10, 31, tzinfo=UTC))
    first = [(r["kind"], r["person_id"], local(r["sent_at"], "Europe/Moscow")) for r in await sent_rows(db)
             if r["title"] == "Анкетирование потенциальных наставников"]
    pid, cid = petrova.person.id, coordinator.person.id
    assert first == [
        ("before", pid, "03.10.2026 09:00"),  # 7 days before
        ("before", pid, "09.10.2026 09:00"),  # 1 day before
        ("due", pid, "10.10.2026 09:00"),  # on the day
        ("overdue", pid, "11.10.2026 09:00"), ("escalation", cid, "11.10.2026 09:00"),
        ("overdue", pid, "14.10.2026 09:00"), ("escalation", cid, "14.10.2026 09:00"),  # every 3 days
        ("overdue", pid, "17.10.2026 09:00"), ("escalation", cid, "17.10.2026 09:00"),
        ("overdue", pid, "20.10.2026 09:00"), ("escalation", cid, "20.10.2026 09:00"),
        ("overdue", pid, "23.10.2026 09:00"), ("escalation", cid, "23.10.2026 09:00"),
        ("overdue", pid, "26.10.2026 09:00"), ("escalation", cid, "26.10.2026 09:00"),
        ("overdue", pid, "29.10.2026 09:00"), ("escalation", cid, "29.10.2026 09:00"),
    ]
    # it is done: nothing more about it, ever
    activity = next(a for a in await RoadmapRepo(db).activities(roadmap_id) if a.due_on == date(2026, 10, 10))
    await world.roadmaps.set_status(petrova, activity.id, ActivityStatus.DONE)
    await world.run_until(datetime(2027, 8, 31, tzinfo=UTC))
    rows = await sent_rows(db)
    assert not [r for r in rows if r["activity_id"] == activity.id and r["sent_at"] > "2026-10-31"]

    # the director's reminders come in English, with the three buttons
    director_keys = [m for m in world.notifier.sent if m["to"] == 300]
    assert director_keys[0]["key"] == "reminder-before" and director_keys[0]["locale"] == "en"
    assert [a.command for a in director_keys[0]["actions"]] == ["done", "progress", "postpone"]
    # a window that opens: «Апрель-май 2027» → a notice on 01.04, then before/due at the end of May
    spring = [(r["kind"], local(r["sent_at"], "Europe/Moscow")) for r in rows
              if r["title"] == "Мониторинг удовлетворённости"][:4]
    assert spring == [("opens", "01.04.2027 09:00"), ("before", "24.05.2027 09:00"),
                      ("before", "30.05.2027 09:00"), ("due", "31.05.2027 09:00")]
    # «По факту» has no date: no reminders at all
    assert not [r for r in rows if r["title"] == "Регулярные встречи"]
    # weekly digest to the coordinator, on Mondays
    digests = [r for r in rows if r["kind"] == "digest"]
    assert len(digests) >= 50
    assert all(datetime.fromisoformat(r["sent_at"]).astimezone(ZoneInfo("Europe/Moscow")).weekday() == 0
               for r in digests)
    # never twice
    keys = [(r["activity_id"], r["person_id"], r["kind"], r["fire_on"]) for r in rows]
    assert len(keys) == len(set(keys))


async def test_working_hours_in_kamchatka_and_kaliningrad(world: World, db: Database, tmp_path: Any) -> None:
    """The bot was down over the due moment; it comes back at night: each zone gets it at 09:00 local."""
    table = ("| № | Наименование этапа | Мероприятия | Сроки | Ответственные |\n|---|---|---|---|---|\n"
             "| 1. | Этап | Сдать отчёт | 15.10.2026 | Координатор |\n")
    kamchatka = await world.org("Asia/Kamchatka", "Камчатка")
    kaliningrad = await world.org("Europe/Kaliningrad", "Калининград")
    coord_k = await world.person(kamchatka, 1, "Ким Ирина Олеговна", Role.COORDINATOR)
    coord_w = await world.person(kaliningrad, 2, "Вебер Анна Львовна", Role.COORDINATOR)
    for coordinator in (coord_k, coord_w):
        roadmap_id = await world.roadmap_from(coordinator, table, 2026, tmp_path)
        await world.roadmaps.activate(coordinator, roadmap_id)
    world.notifier.sent.clear()
    # down from 14.10 to 15.10 20:30 UTC: the deadline day 15.10 is over in both zones' working hours…
    world.clock.set(datetime(2026, 10, 15, 20, 30, tzinfo=UTC))  # Kamchatka 16.10 08:30, Kaliningrad 22:30
    result = await world.reminders.sweep()
    assert result.sent == 0 and result.deferred > 0  # night (or before 9) in both zones: nothing now
    world.clock.set(datetime(2026, 10, 15, 21, 0, tzinfo=UTC))  # Kamchatka 09:00 on the 16th
    await world.reminders.sweep()
    assert {m["to"] for m in world.notifier.sent} == {1}
    world.clock.set(datetime(2026, 10, 16, 7, 0, tzinfo=UTC))  # Kaliningrad 09:00 on the 16th
    await world.reminders.sweep()
    assert {m["to"] for m in world.notifier.sent} == {1, 2}
    # «today is the deadline» would be false now: the missed day's notice gives way to «overdue», marked late
    keys = [m["key"] for m in world.notifier.sent if m["key"] != "reminder-digest"]
    # one notice each: the coordinator is reminded in person (nobody is linked), so no escalation on top
    assert sorted(keys) == ["reminder-overdue", "reminder-overdue"]
    assert all(m["late"] == "no" for m in world.notifier.sent if m["key"] == "reminder-overdue")
    superseded = await db.fetchval("SELECT COUNT(*) FROM reminders WHERE kind = 'due' AND status = 'cancelled'")
    assert superseded == 2
    for message in world.notifier.sent:
        hour = {1: "Asia/Kamchatka", 2: "Europe/Kaliningrad"}[message["to"]]
        assert local(world.clock.now(), hour) >= "16.10.2026 09:00"


async def test_postpone_replans_and_tells_the_coordinator(world: World, db: Database, tmp_path: Any) -> None:
    _, petrova, roadmap_id = await world.school_with_petrova(tmp_path)
    await world.run_until(datetime(2026, 10, 9, 12, 0, tzinfo=UTC))
    activity = next(a for a in await RoadmapRepo(db).activities(roadmap_id) if a.due_on == date(2026, 10, 10))
    world.notifier.sent.clear()
    updated = await world.roadmaps.postpone(petrova, activity.id, "25.10.2026")
    assert updated.due_on == date(2026, 10, 25)
    told = [m for m in world.notifier.sent if m["to"] == 100]
    assert told and told[0]["key"] == "roadmap-notify-postponed" and told[0]["new"] == "25.10.2026"
    await world.run_until(datetime(2026, 10, 26, 12, 0, tzinfo=UTC))
    after = [(r["kind"], local(r["sent_at"], "Europe/Moscow")) for r in await sent_rows(db)
             if r["activity_id"] == activity.id and r["sent_at"] > "2026-10-09T12"]
    assert after == [("before", "18.10.2026 09:00"), ("before", "24.10.2026 09:00"), ("due", "25.10.2026 09:00"),
                     ("overdue", "26.10.2026 09:00"), ("escalation", "26.10.2026 09:00")]
    with pytest.raises(Exception, match="roadmap-error-date"):
        await world.roadmaps.postpone(petrova, activity.id, "когда-нибудь")
    stranger = await world.person(petrova.person.org_id, 999, "Иванов Иван", Role.MENTEE_TEACHER)
    with pytest.raises(Exception, match="error-access-denied"):
        await world.roadmaps.postpone(stranger, activity.id, "30.10.2026")


async def test_no_duplicates_across_a_crash_between_send_and_mark(world: World, db: Database,
                                                                   tmp_path: Any) -> None:
    org = await world.org("Europe/Moscow")
    coordinator = await world.person(org, 100, "Смирнова Ольга Ивановна", Role.COORDINATOR)
    roadmap_id = await world.roadmap_from(coordinator, TABLE, 2026, tmp_path)
    await world.roadmaps.activate(coordinator, roadmap_id)
    world.clock.set(datetime(2026, 10, 3, 6, 0, tzinfo=UTC))
    world.notifier.crash_after_send = True
    with pytest.raises(BaseExceptionGroup) as crash:
        await world.reminders.sweep()
    assert crash.group_contains(SimulatedCrash)
    assert len(world.notifier.sent) == 1  # Telegram has it, our row does not say so
    # the process restarts: a new service over the same database
    world.notifier.crash_after_send = False
    restarted = world.restart().reminders
    assert await restarted.recover() == 1
    await restarted.sweep()
    await restarted.sweep()
    keys = [(m["to"], m["key"], m.get("title")) for m in world.notifier.sent]
    assert len(keys) == len(set(keys))
    assert await db.fetchval("SELECT COUNT(*) FROM reminders WHERE status = 'uncertain'") == 1


async def test_overlapping_sweeps_send_each_once(world: World, db: Database, tmp_path: Any) -> None:
    org = await world.org("Europe/Moscow")
    coordinator = await world.person(org, 100, "Смирнова Ольга Ивановна", Role.COORDINATOR)
    roadmap_id = await world.roadmap_from(coordinator, TABLE, 2026, tmp_path)
    await world.roadmaps.activate(coordinator, roadmap_id)
    world.clock.set(datetime(2026, 11, 1, 8, 0, tzinfo=UTC))  # several are due at once (the bot was down)
    other = world.restart().reminders  # a second process
    await asyncio.gather(world.reminders.sweep(), world.reminders.sweep(), other.sweep())
    sent = [(m["to"], m["key"], m.get("title"), m.get("due")) for m in world.notifier.sent]
    assert len(sent) == len(set(sent))
    # five notices about «Анкетирование» were due (7 days, 1 day, today, two overdue rounds): only the latest went
    assert sorted(key for _, key, _, _ in sent) == ["reminder-digest", "reminder-overdue"]
    assert await db.fetchval("SELECT COUNT(*) FROM reminders WHERE status = 'cancelled'") == 4


async def test_blocked_and_unlinked_recipients(world: World, db: Database, tmp_path: Any) -> None:
    coordinator, petrova, _ = await world.school_with_petrova(tmp_path)
    world.notifier.blocked.add(200)  # Petrova blocked the bot
    await world.run_until(datetime(2026, 10, 4, tzinfo=UTC))
    failed = await db.fetchval("SELECT COUNT(*) FROM reminders WHERE status = 'failed' AND person_id = ?",
                               (petrova.person.id,))
    assert failed == 1
    # «Директор» was not linked to anybody: the coordinator gets those reminders
    director_row = await db.fetchone(
        "SELECT r.person_id FROM reminders r JOIN roadmap_activities a ON a.id = r.activity_id"
        " WHERE a.title = 'Приказ о закреплении пар' AND r.kind = 'due'")
    assert director_row["person_id"] == coordinator.person.id


def test_send_time_and_working_hours() -> None:
    service = ReminderService(None, None, FakeClock(datetime(2026, 1, 1, tzinfo=UTC)), FakeNotifier())  # type: ignore[arg-type]
    assert service.send_time(date(2026, 10, 10), "Asia/Kamchatka") == datetime(2026, 10, 9, 21, 0, tzinfo=UTC)
    assert service.send_time(date(2026, 10, 10), "Europe/Kaliningrad") == datetime(2026, 10, 10, 7, 0, tzinfo=UTC)
    night = datetime(2026, 10, 10, 19, 30, tzinfo=UTC)  # 22:30 in Moscow
    assert service.next_working_moment(night, "Europe/Moscow") == datetime(2026, 10, 11, 6, 0, tzinfo=UTC)
    assert service.next_working_moment(night - timedelta(hours=5), "Europe/Moscow") is None


async def test_down_at_the_due_time_goes_out_at_start_marked_late(world: World, db: Database,
                                                                   tmp_path: Any) -> None:
    org = await world.org("Europe/Moscow")
    coordinator = await world.person(org, 100, "Смирнова Ольга Ивановна", Role.COORDINATOR)
    roadmap_id = await world.roadmap_from(coordinator, TABLE, 2026, tmp_path)
    await world.roadmaps.activate(coordinator, roadmap_id)
    await world.run_until(datetime(2026, 10, 9, 12, 0, tzinfo=UTC))
    world.notifier.sent.clear()
    # the bot is down from 09:00 to 12:30 Moscow time on the deadline day; at start it sweeps
    world.clock.set(datetime(2026, 10, 10, 9, 30, tzinfo=UTC))
    restarted = world.restart().reminders
    await restarted.recover()
    await restarted.sweep()
    due = [m for m in world.notifier.sent if m["key"] == "reminder-due"]
    assert len(due) == 1 and due[0]["late"] == "yes" and due[0]["title"] == "Анкетирование потенциальных наставников"
    row = await db.fetchone("SELECT late, sent_at FROM reminders WHERE kind = 'due' AND status = 'sent'")
    assert row["late"] == 1 and row["sent_at"].startswith("2026-10-10T09:30")


async def activity_titled(db: Database, roadmap_id: int, title: str) -> Any:
    return next(a for a in await RoadmapRepo(db).activities(roadmap_id) if a.title == title)


async def test_status_change_on_an_overdue_day_keeps_the_rounds(world: World, db: Database, tmp_path: Any) -> None:
    _, petrova, roadmap_id = await world.school_with_petrova(tmp_path)
    await world.run_until(datetime(2026, 10, 14, 7, 0, tzinfo=UTC))  # the 14.10 round went out at 09:00
    activity = await activity_titled(db, roadmap_id, "Анкетирование потенциальных наставников")
    await world.roadmaps.set_status(petrova, activity.id, ActivityStatus.IN_PROGRESS)
    world.notifier.sent.clear()
    await world.run_until(datetime(2026, 10, 24, tzinfo=UTC))
    rounds = [(m["key"], m["overdue"], m["late"]) for m in world.notifier.sent if m["to"] == 200]
    # the next rounds keep the every-3-days rhythm from the deadline: 17.10, 20.10, 23.10 — none lost, none extra
    assert rounds == [("reminder-overdue", 7, "no"), ("reminder-overdue", 10, "no"), ("reminder-overdue", 13, "no")]


async def test_a_failed_send_is_retried_and_the_rounds_go_on(world: World, db: Database, tmp_path: Any) -> None:
    _, petrova, _ = await world.school_with_petrova(tmp_path)
    world.notifier.fail_for.add(200)  # the network fails for Petrova's messages on 3 October
    world.clock.set(datetime(2026, 10, 3, 6, 0, tzinfo=UTC))
    await world.reminders.sweep()
    row = await db.fetchone("SELECT status, attempts FROM reminders WHERE fire_on = '2026-10-03'")
    assert (row["status"], row["attempts"]) == ("pending", 1)  # back in the queue, tried again in 10 minutes
    world.notifier.fail_for.clear()
    world.clock.set(datetime(2026, 10, 3, 6, 11, tzinfo=UTC))
    await world.reminders.sweep()
    assert [m["key"] for m in world.notifier.sent if m["to"] == 200] == ["reminder-before"]
    # a user who blocked the bot: nothing goes out, but the overdue rounds carry on for when they come back
    async with db.transaction():
        await PersonRepo(db).update_fields(petrova.person.id, world.clock.now(), blocked_at="2026-10-04")
    await world.run_until(datetime(2026, 10, 15, tzinfo=UTC))
    failed = await db.fetchval("SELECT COUNT(*) FROM reminders WHERE person_id = ? AND status = 'failed'",
                               (petrova.person.id,))
    pending = await db.fetchval("SELECT COUNT(*) FROM reminders WHERE person_id = ? AND status = 'pending'"
                                " AND kind = 'overdue'", (petrova.person.id,))
    assert failed >= 3 and pending >= 1


async def test_a_new_roadmap_retires_the_old_one(world: World, db: Database, tmp_path: Any) -> None:
    org = await world.org("Europe/Moscow")
    coordinator = await world.person(org, 100, "Смирнова Ольга Ивановна", Role.COORDINATOR)
    world.clock.set(datetime(2025, 9, 1, 5, 0, tzinfo=UTC))
    old = await world.roadmap_from(coordinator, TABLE.replace("2026", "2025").replace("2027", "2026"), 2025, tmp_path)
    await world.roadmaps.activate(coordinator, old)
    first = await activity_titled(db, old, "Анкетирование потенциальных наставников")
    await world.roadmaps.set_status(coordinator, first.id, ActivityStatus.DONE)
    world.clock.set(datetime(2026, 9, 1, 5, 0, tzinfo=UTC))
    new = await world.roadmap_from(coordinator, TABLE, 2026, tmp_path)
    _, overdue = await world.roadmaps.activate(coordinator, new)
    assert [r["status"] for r in await db.fetchall("SELECT status FROM roadmaps ORDER BY id")] == ["archived", "active"]
    assert overdue == 0
    carried = await activity_titled(db, new, "Анкетирование потенциальных наставников")
    assert carried.status is ActivityStatus.DONE  # done last time under the same title: kept
    world.notifier.sent.clear()
    await world.run_until(datetime(2026, 9, 20, tzinfo=UTC))
    assert not [m for m in world.notifier.sent if m.get("due", "").endswith("2025")]


async def test_withdrawn_responsible_falls_back_to_the_coordinator(world: World, db: Database,
                                                                    tmp_path: Any) -> None:
    _, petrova, _ = await world.school_with_petrova(tmp_path)
    privacy = world.services.privacy
    await privacy.withdraw(Account.telegram(200))
    world.notifier.sent.clear()
    await world.run_until(datetime(2026, 10, 10, 12, tzinfo=UTC))
    about = [(m["to"], m["key"]) for m in world.notifier.sent
             if m.get("title") == "Анкетирование потенциальных наставников"]
    assert about == [(100, "reminder-before"), (100, "reminder-before"), (100, "reminder-due")]
    assert await db.fetchval("SELECT COUNT(*) FROM roadmap_links WHERE person_id = ?", (petrova.person.id,)) == 0


async def test_planned_today_is_not_late(world: World, db: Database, tmp_path: Any) -> None:
    """A roadmap activated at 14:00 on a deadline day: «today» goes out at once, without a «delayed» note."""
    org = await world.org("Europe/Moscow")
    coordinator = await world.person(org, 100, "Смирнова Ольга Ивановна", Role.COORDINATOR)
    world.clock.set(datetime(2026, 10, 10, 11, 0, tzinfo=UTC))
    roadmap_id = await world.roadmap_from(coordinator, TABLE, 2026, tmp_path)
    await world.roadmaps.activate(coordinator, roadmap_id)
    await world.reminders.sweep()
    due = [m for m in world.notifier.sent if m["key"] == "reminder-due"]
    assert len(due) == 1 and due[0]["late"] == "no"


async def test_a_thirty_minute_outage_loses_no_reminder_and_doubles_none(world: World, db: Database,
                                                                         tmp_path: Any) -> None:
    _, petrova, roadmap_id = await world.school_with_petrova(tmp_path)
    await world.run_until(datetime(2026, 10, 3, 5, 59, tzinfo=UTC))
    assert not [m for m in world.notifier.sent if m["to"] == 200]
    # Telegram is unreachable from 09:00 to 09:30 Moscow time, when «7 days left» is due; the scheduler sweeps
    # every minute
    world.notifier.down = True
    for minute in range(60):
        world.clock.set(datetime(2026, 10, 3, 6, 0, tzinfo=UTC) + timedelta(minutes=minute))
        if minute == 30:
            world.notifier.down = False
        await world.reminders.sweep()
    tries = [key for chat, key in world.notifier.tries if chat == 200]
    assert len(tries) > 3  # more than the old three tries: the pauses grow (1, 2, 5, 10, 30 minutes)
    assert len(tries) < 10  # … but it is not hammered every minute
    assert [m["key"] for m in world.notifier.sent if m["to"] == 200] == ["reminder-before"]  # once
    row = await db.fetchone("SELECT status, attempts FROM reminders WHERE fire_on = '2026-10-03'")
    assert row["status"] == "sent" and row["attempts"] == len(tries) - 1

    # a longer outage: «1 day left» (09.10) keeps failing until «today» (10.10) is due, which takes its place
    world.notifier.sent.clear()
    world.notifier.down = True
    await world.run_until(datetime(2026, 10, 10, 6, 30, tzinfo=UTC))
    world.notifier.down = False
    await world.run_until(datetime(2026, 10, 10, 12, 0, tzinfo=UTC))
    assert [m["key"] for m in world.notifier.sent if m["to"] == 200] == ["reminder-due"]
    before = await db.fetchone("SELECT status, attempts FROM reminders WHERE fire_on = '2026-10-09' AND person_id = ?",
                               (petrova.person.id,))
    assert before["status"] == "cancelled" and before["attempts"] > 3

    # failing while its activity gets done: it is not sent afterwards
    world.notifier.down = True
    await world.run_until(datetime(2026, 10, 11, 6, 5, tzinfo=UTC))  # the first overdue round fails
    activity = await activity_titled(db, roadmap_id, "Анкетирование потенциальных наставников")
    await world.roadmaps.set_status(petrova, activity.id, ActivityStatus.DONE)
    world.notifier.down = False
    world.notifier.sent.clear()
    await world.run_until(datetime(2026, 10, 12, 12, 0, tzinfo=UTC))
    assert not [m for m in world.notifier.sent if m.get("title") == "Анкетирование потенциальных наставников"]


async def test_a_blocked_user_is_final_at_once(world: World, db: Database, tmp_path: Any) -> None:
    await world.school_with_petrova(tmp_path)
    world.notifier.blocked.add(200)
    world.clock.set(datetime(2026, 10, 3, 6, 0, tzinfo=UTC))
    result = await world.reminders.sweep()
    assert (result.failed, result.retried) == (1, 0)
    row = await db.fetchone("SELECT status, attempts FROM reminders WHERE fire_on = '2026-10-03'")
    assert (row["status"], row["attempts"]) == ("failed", 0)
    for minute in range(1, 60):
        world.clock.set(datetime(2026, 10, 3, 6, 0, tzinfo=UTC) + timedelta(minutes=minute))
        await world.reminders.sweep()
    assert world.notifier.tries.count((200, "reminder-before")) == 1  # never tried again
