"""One-shot tokens of creating buttons, and one «not working» signal per person and pair, on a real database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage.db import Database
from storage.models import Account, Channel
from storage.one_shot import OneShotRepo

NOW = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
A77, A78, A88 = Account.telegram(77), Account.telegram(78), Account.telegram(88)


async def test_a_token_is_used_once_and_remembers_what_it_made(db: Database) -> None:
    repo = OneShotRepo(db)
    async with db.transaction():
        token = await repo.issue("invite", A77, NOW)
    async with db.transaction():
        assert await repo.use(token, "invite", A88, NOW) == (False, None)  # not this user's
        assert await repo.use(token, "invite", Account(Channel.MAX, 77), NOW) == (False, None)  # 77 in MAX: not them
        assert await repo.use(token, "campaign", A77, NOW) == (False, None)  # not this kind
        assert await repo.use(token, "invite", A77, NOW) == (True, None)
        await repo.made(token, 5)
    async with db.transaction():
        assert await repo.use(token, "invite", A77, NOW) == (False, 5)  # used: the invite it made
        assert await repo.use(999, "invite", A77, NOW) == (False, None)  # unknown


async def test_old_tokens_go_when_a_new_one_is_issued(db: Database) -> None:
    repo = OneShotRepo(db)
    async with db.transaction():
        old = await repo.issue("campaign", A77, NOW)
        other = await repo.issue("campaign", A78, NOW)
        await repo.issue("campaign", A77, NOW + timedelta(days=3))
    assert await db.fetchval("SELECT COUNT(*) FROM one_shot WHERE id = ?", (old,)) == 0
    assert await db.fetchval("SELECT COUNT(*) FROM one_shot WHERE id = ?", (other,)) == 1  # someone else's stays


async def test_the_index_keeps_one_signal_per_person_and_pair(db: Database) -> None:
    indexes = {r["name"]: r["unique"] for r in await db.fetchall("PRAGMA index_list(pair_signals)")}
    assert indexes.get("pair_signals_once") == 1
    columns = [r["name"] for r in await db.fetchall("PRAGMA index_info(pair_signals_once)")]
    assert columns == ["pair_id", "person_id"]  # NULL people (withdrawn: the count stays) do not collide
