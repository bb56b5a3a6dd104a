from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import aiosqlite

from storage.db import Database
from storage.models import Account, Channel, MentorKind, Person, PersonStatus, Role, accounts_of, parse_ts

# Fields a participant fills in; the only ones update_fields may touch.
PROFILE_FIELDS = ("full_name", "position", "subject", "experience_years", "phone", "locale", "guardian_name",
                  "guardian_relation", "status", "blocked_at", "mentor_kind",
                  "partner_id")


# the kind of the person's organisation, read with the person (a column of the same SELECT: no extra read); it
# decides the words they see (Person.text_locale)
ORG_KIND = ("(SELECT o.kind FROM organisations o WHERE o.id = p.org_id) AS org_kind,"
            # and the person's accounts, the one used last first («telegram:1,max:2»), read with them as well
            " (SELECT group_concat(x, ',') FROM (SELECT a.channel || ':' || a.external_id AS x FROM accounts a"
            " WHERE a.person_id = p.id ORDER BY a.last_seen_at DESC, a.id DESC)) AS account_list,"
            # and those of them that blocked the bot
            " (SELECT group_concat(a.channel || ':' || a.external_id, ',') FROM accounts a"
            " WHERE a.person_id = p.id AND a.blocked_at IS NOT NULL) AS blocked_list")
# the account a notice to the person of ``p`` goes to (the one used last of those that did not block the bot; the
# notifier tries the others when it is blocked after all), as «channel:id»; NULL once erased
PREFERRED_ACCOUNT = ("(SELECT a.channel || ':' || a.external_id FROM accounts a WHERE a.person_id = p.id"
                     " ORDER BY a.blocked_at IS NOT NULL, a.last_seen_at DESC, a.id DESC LIMIT 1)")

# a person with their roles in one read: the roles as one comma-separated column (no role contains a comma)
_WITH_ROLES = ("SELECT p.*, (SELECT group_concat(r.role) FROM person_roles r WHERE r.person_id = p.id) AS role_list,"
               f" {ORG_KIND} FROM persons p")


def _listed(row: aiosqlite.Row) -> Person:
    """A row of ``_WITH_ROLES``."""
    return _person(row, frozenset(Role(r) for r in row["role_list"].split(",")) if row["role_list"] else frozenset())


def _person(row: aiosqlite.Row, roles: frozenset[Role]) -> Person:
    return Person(
        id=row["id"],
        org_id=row["org_id"],
        accounts=accounts_of(row["account_list"]),
        blocked_accounts=frozenset(accounts_of(row["blocked_list"])),
        locale=row["locale"],
        status=PersonStatus(row["status"]),
        is_minor=bool(row["is_minor"]),
        full_name=row["full_name"],
        position=row["position"],
        subject=row["subject"],
        experience_years=row["experience_years"],
        phone=row["phone"],
        guardian=Account.of(row["guardian_channel"], row["guardian_id"]),
        guardian_name=row["guardian_name"],
        blocked_at=parse_ts(row["blocked_at"]),
        created_at=parse_ts(row["created_at"]),
        updated_at=parse_ts(row["updated_at"]),
        withdrawn_at=parse_ts(row["withdrawn_at"]),
        roles=roles,
        guardian_relation=row["guardian_relation"],
        mentor_kind=MentorKind(row["mentor_kind"]) if row["mentor_kind"] else MentorKind.TEACHER,
        partner_id=row["partner_id"],
        org_kind=row["org_kind"],
    )


class PersonRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def _with_roles(self, row: aiosqlite.Row | None) -> Person | None:
        if row is None:
            return None
        roles = await self.db.fetchall("SELECT role FROM person_roles WHERE person_id = ?", (row["id"],))
        return _person(row, frozenset(Role(r["role"]) for r in roles))

    async def get(self, person_id: int) -> Person | None:
        row = await self.db.fetchone(f"{_WITH_ROLES} WHERE p.id = ?", (person_id,))
        return None if row is None else _listed(row)

    async def get_many(self, person_ids: Iterable[int]) -> dict[int, Person]:
        """Several people with their roles in one read, by id (ids not found are left out)."""
        ids = sorted(set(person_ids))
        if not ids:
            return {}
        rows = await self.db.fetchall(f"{_WITH_ROLES} WHERE p.id IN ({', '.join('?' * len(ids))})", ids)
        return {row["id"]: _listed(row) for row in rows}

    async def by_account(self, account: Account) -> Person | None:
        """The person whose account this is (each account belongs to one person at most)."""
        row = await self.db.fetchone(
            f"{_WITH_ROLES} WHERE p.id = (SELECT person_id FROM accounts WHERE channel = ? AND external_id = ?)",
            (account.channel.value, account.external_id))
        return None if row is None else _listed(row)

    async def by_guardian(self, guardian: Account) -> list[Person]:
        rows = await self.db.fetchall(
            f"SELECT p.*, {ORG_KIND} FROM persons p WHERE p.guardian_channel = ? AND p.guardian_id = ?"
            " AND p.status != 'withdrawn' ORDER BY p.id",
            (guardian.channel.value, guardian.external_id),
        )
        return [p for r in rows if (p := await self._with_roles(r))]

    async def create(
        self, org_id: int, account: Account, locale: str, status: PersonStatus, is_minor: bool, now: datetime
    ) -> int:
        ts = now.isoformat()
        person_id = await self.db.execute(
            "INSERT INTO persons (org_id, locale, status, is_minor, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (org_id, locale, status.value, int(is_minor), ts, ts),
        )
        await self.add_account(person_id, account, now)
        return person_id

    async def set_guardian(self, person_id: int, guardian: Account | None, now: datetime) -> None:
        """The parent who consents for a minor (None: nobody yet, or no more)."""
        await self.db.execute(
            "UPDATE persons SET guardian_channel = ?, guardian_id = ?, updated_at = ? WHERE id = ?",
            (guardian.channel.value if guardian else None, guardian.external_id if guardian else None,
             now.isoformat(), person_id))

    # accounts

    async def add_account(self, person_id: int, account: Account, now: datetime) -> bool:
        """Attach ``account`` to the person (as the one used last); False when it already belongs to someone."""
        ts = now.isoformat()
        return await self.db.execute_rowcount(
            "INSERT OR IGNORE INTO accounts (person_id, channel, external_id, created_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, ?)", (person_id, account.channel.value, account.external_id, ts, ts)) > 0

    async def remove_account(self, person_id: int, account: Account) -> bool:
        """Detach one of the person's accounts, never their last one; False when nothing was removed."""
        return await self.db.execute_rowcount(
            "DELETE FROM accounts WHERE person_id = ? AND channel = ? AND external_id = ?"
            " AND (SELECT COUNT(*) FROM accounts WHERE person_id = ?) > 1",
            (person_id, account.channel.value, account.external_id, person_id)) > 0

    async def block_account(self, account: Account, now: datetime) -> None:
        """``account`` blocked the bot (or its chat is gone); once every account of the person has, the person is
        blocked too (``persons.blocked_at``: nobody retries them until they write again)."""
        await self.db.execute("UPDATE accounts SET blocked_at = ? WHERE channel = ? AND external_id = ?"
                              " AND blocked_at IS NULL", (now.isoformat(), account.channel.value, account.external_id))
        await self.db.execute(
            "UPDATE persons SET blocked_at = ?, updated_at = ? WHERE blocked_at IS NULL"
            " AND id = (SELECT person_id FROM accounts WHERE channel = ? AND external_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = persons.id AND a.blocked_at IS NULL)",
            (now.isoformat(), now.isoformat(), account.channel.value, account.external_id))

    async def unblock_account(self, account: Account, now: datetime) -> None:
        """``account`` wrote again (or unblocked the bot): it, and so its person, is reachable again."""
        await self.db.execute("UPDATE accounts SET blocked_at = NULL WHERE channel = ? AND external_id = ?",
                              (account.channel.value, account.external_id))
        await self.db.execute(
            "UPDATE persons SET blocked_at = NULL, updated_at = ? WHERE blocked_at IS NOT NULL"
            " AND id = (SELECT person_id FROM accounts WHERE channel = ? AND external_id = ?)",
            (now.isoformat(), account.channel.value, account.external_id))

    async def reachable_accounts(self, account: Account) -> list[Account]:
        """The accounts of ``account``'s person that did not block the bot, the one used last first."""
        rows = await self.db.fetchall(
            "SELECT channel, external_id FROM accounts WHERE blocked_at IS NULL"
            " AND person_id = (SELECT person_id FROM accounts WHERE channel = ? AND external_id = ?)"
            " ORDER BY last_seen_at DESC, id DESC", (account.channel.value, account.external_id))
        return [Account(Channel(r["channel"]), r["external_id"]) for r in rows]

    async def account_seen(self, account: Account, now: datetime) -> None:
        """The person wrote from ``account``: notices go there from now on."""
        await self.db.execute("UPDATE accounts SET last_seen_at = ? WHERE channel = ? AND external_id = ?",
                              (now.isoformat(), account.channel.value, account.external_id))


    async def update_fields(self, person_id: int, now: datetime, **fields: Any) -> None:
        unknown = set(fields) - set(PROFILE_FIELDS)
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        if not fields:
            return
        assignments = ", ".join(f"{name} = ?" for name in fields)
        values = [v.value if isinstance(v, PersonStatus) else v for v in fields.values()]
        await self.db.execute(
            f"UPDATE persons SET {assignments}, updated_at = ? WHERE id = ?",
            (*values, now.isoformat(), person_id),
        )

    async def add_role(self, person_id: int, role: Role, invite_id: int | None, now: datetime) -> bool:
        rowid = await self.db.execute_rowcount(
            "INSERT OR IGNORE INTO person_roles (person_id, role, invite_id, granted_at) VALUES (?, ?, ?, ?)",
            (person_id, role.value, invite_id, now.isoformat()),
        )
        return rowid > 0

    async def remove_role(self, person_id: int, role: Role) -> bool:
        """The role taken away (a coordinator changes someone's roles); False when they did not have it."""
        return await self.db.execute_rowcount(
            "DELETE FROM person_roles WHERE person_id = ? AND role = ?", (person_id, role.value)) > 0

    async def of_org(self, org_id: int) -> list[Person]:
        """Everyone of the organisation who has not left (active, registering, awaiting a parent), with their roles,
        in one read (the coordinator's /people)."""
        rows = await self.db.fetchall(f"{_WITH_ROLES} WHERE p.org_id = ? AND p.status != 'withdrawn'"
                                      " ORDER BY p.full_name IS NULL, p.full_name, p.id", (org_id,))
        return [_listed(r) for r in rows]

    async def anonymise(self, person_id: int, now: datetime) -> None:
        """Erase every personal field and detach the accounts (nobody is recognised as them any more); the row stays
        so the consent log keeps its ids."""
        ts = now.isoformat()
        await self.db.execute(
            "UPDATE persons SET full_name = NULL, position = NULL, subject = NULL,"
            " experience_years = NULL, phone = NULL, guardian_channel = NULL, guardian_id = NULL, guardian_name = NULL,"
            " guardian_relation = NULL,"
            " blocked_at = NULL, status = 'withdrawn', withdrawn_at = ?, updated_at = ? WHERE id = ?",
            (ts, ts, person_id),
        )
        await self.db.execute("DELETE FROM person_roles WHERE person_id = ?", (person_id,))
        await self.db.execute("DELETE FROM accounts WHERE person_id = ?", (person_id,))

    async def coordinators_of(self, org_id: int) -> list[Person]:
        rows = await self.db.fetchall(
            f"SELECT p.*, {ORG_KIND} FROM persons p JOIN person_roles r ON r.person_id = p.id"
            " WHERE p.org_id = ? AND r.role = 'coordinator' AND p.status = 'active'"
            " AND EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = p.id)"
            " ORDER BY p.id",
            (org_id,),
        )
        return [p for r in rows if (p := await self._with_roles(r))]

    async def active_in_org(self, org_id: int) -> list[Person]:
        rows = await self.db.fetchall(
            f"SELECT p.*, {ORG_KIND} FROM persons p WHERE p.org_id = ? AND p.status = 'active'"
            " ORDER BY p.full_name, p.id", (org_id,)
        )
        roles: dict[int, set[Role]] = {}
        for r in await self.db.fetchall(  # one query for everyone's roles, not one per person
                "SELECT r.person_id, r.role FROM person_roles r JOIN persons p ON p.id = r.person_id"
                " WHERE p.org_id = ? AND p.status = 'active'", (org_id,)):
            roles.setdefault(r["person_id"], set()).add(Role(r["role"]))
        return [_person(r, frozenset(roles.get(r["id"], ()))) for r in rows]

    async def role_granted(self, org_id: int, roles: tuple[Role, ...]) -> dict[int, datetime]:
        """When each active person of the organisation first got one of ``roles``."""
        marks = ", ".join("?" * len(roles))
        rows = await self.db.fetchall(
            f"SELECT r.person_id, MIN(r.granted_at) AS at FROM person_roles r JOIN persons p ON p.id = r.person_id"
            f" WHERE p.org_id = ? AND r.role IN ({marks}) GROUP BY r.person_id", (org_id, *[r.value for r in roles]))
        return {r["person_id"]: datetime.fromisoformat(r["at"]) for r in rows}
