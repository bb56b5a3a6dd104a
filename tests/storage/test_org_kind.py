"""Every record a notice or a screen is rendered for knows its organisation's kind, read in the same SELECT: the
person (each way it is read), a reminder due, a campaign invitation queued — so its words follow the kind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage.banks import BankRepo
from storage.campaigns import CampaignRepo
from storage.db import Database
from storage.models import Account, text_locale
from storage.persons import PersonRepo
from storage.reminders import ReminderRepo

NOW = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


async def _seed(db: Database) -> None:
    ts = NOW.isoformat()
    async with db.transaction():
        for org_id, kind in ((1, "school"), (2, "kindergarten"), (3, "college")):
            await db.execute("INSERT INTO organisations (id, name, kind, timezone, created_by, created_at)"
                             " VALUES (?, ?, ?, 'Europe/Moscow', 1, ?)", (org_id, f"org {org_id}", kind, ts))
        for person_id, org_id, locale in ((10, 1, "ru"), (20, 2, "ru"), (21, 2, "en"), (30, 3, "en")):
            await db.execute(
                "INSERT INTO persons (id, org_id, locale, status, full_name, guardian_channel, guardian_id, created_at,"
                " updated_at) VALUES (?, ?, ?, 'active', ?, 'telegram', ?, ?, ?)",
                (person_id, org_id, locale, f"person {person_id}", 9000 + org_id, ts, ts))
            await db.execute("INSERT INTO accounts (person_id, channel, external_id, created_at, last_seen_at)"
                             " VALUES (?, 'telegram', ?, ?, ?)", (person_id, 1000 + person_id, ts, ts))
            await db.execute("INSERT INTO person_roles (person_id, role, granted_at) VALUES (?, 'coordinator', ?)",
                             (person_id, ts))
        await db.execute("INSERT INTO reminders (org_id, person_id, kind, fire_on, send_after, planned_at)"
                         " VALUES (2, 21, 'digest', '2026-10-01', ?, ?)", ((NOW - timedelta(hours=1)).isoformat(), ts))
        await db.execute("INSERT INTO campaigns (id, org_id, questionnaire_id, audience, deadline, created_at)"
                         " VALUES (1, 3, 'satisfaction_mentor', 'mentors', '2026-10-20', ?)", (ts,))
        await db.execute("INSERT INTO campaign_recipients (campaign_id, person_id) VALUES (1, 30)")


def test_a_text_locale_names_the_kind_unless_it_is_the_schools() -> None:
    assert text_locale("ru", "school") == "ru" and text_locale("ru", None) == "ru"
    assert text_locale("en", "college") == "en+college"
    assert text_locale("ru+college", "kindergarten") == "ru+kindergarten"  # the language of a text locale


async def test_people_carry_their_organisations_kind(db: Database) -> None:
    await _seed(db)
    persons = PersonRepo(db)
    school, kindergarten = await persons.get(10), await persons.by_account(Account.telegram(1021))
    assert school is not None and school.org_kind == "school" and school.text_locale == "ru"
    assert kindergarten is not None and kindergarten.text_locale == "en+kindergarten"
    assert {p.text_locale for p in (await persons.get_many([20, 30])).values()} == {"ru+kindergarten", "en+college"}
    assert [p.text_locale for p in await persons.coordinators_of(2)] == ["ru+kindergarten", "en+kindergarten"]
    assert [p.text_locale for p in await persons.active_in_org(3)] == ["en+college"]
    children = await persons.by_guardian(Account.telegram(9002))
    assert [p.text_locale for p in children] == ["ru+kindergarten", "en+kindergarten"]
    assert [p.text_locale for p in await BankRepo(db).people(2, ["coordinator"])] == ["ru+kindergarten",
                                                                                    "en+kindergarten"]


async def test_reminders_and_invitations_carry_the_kind(db: Database) -> None:
    await _seed(db)
    [due] = await ReminderRepo(db).due(NOW, 10)
    assert due.locale == "en" and due.text_locale == "en+kindergarten"
    [queued] = await CampaignRepo(db).queued(NOW, 10)
    assert queued.locale == "en" and queued.text_locale == "en+college"
