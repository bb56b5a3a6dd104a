"""Benchmark: survey invitations to 5,000 participants through a local fake Bot API server.

    python bench/broadcast.py [--participants 5000] [--rate 25] [--retry-share 0.01] [--blocked-share 0.02]

The fake server (bot/sandbox/fake_api.py) answers 429 with retry_after for a share of calls — and for any
call beyond 30 messages in a second, as Telegram does — and 403 for users who blocked the bot. The bot side is
the real one: aiohttp session, RetryAfter middleware, the notifier's rate limiter (RATE messages/s overall,
1/s per chat), the campaign service. Prints the achieved messages/s, the configured limit, and the counts
delivered / blocked / duplicated / lost. Goal: ≥ 90 % of the configured rate, 0 duplicated, 0 lost.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections import Counter, deque
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import SystemClock
from bot.config import Settings
from bot.i18n import Translator
from bot.notifier import ChannelNotifier
from bot.sandbox.fake_api import FakeBotAPI, _Fault
from bot.services.access import Actor
from bot.services.graph import build_services
from bot.telegram import RateLimiter, make_bot
from storage.db import Database
from storage.migrate import migrate
from storage.models import Account
from storage.persons import PersonRepo


class FloodyBotAPI(FakeBotAPI):
    """Telegram-like flood control: over 30 sendMessage in a second, or by chance, → 429 retry_after=1."""

    def __init__(self, retry_share: float, seed: int = 7) -> None:
        super().__init__()
        self.retry_share = retry_share
        self.random = random.Random(seed)
        self.window: deque[float] = deque()
        self.flood_429 = 0

    def _take_fault(self, method: str) -> _Fault | None:
        if method.lower() != "sendmessage":
            return super()._take_fault(method)
        now = time.monotonic()
        while self.window and now - self.window[0] > 1.0:
            self.window.popleft()
        self.window.append(now)
        if len(self.window) > 30 or self.random.random() < self.retry_share:
            self.flood_429 += 1
            return _Fault(429, "Too Many Requests: retry after 1", 1, 1)
        return None


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=25.0, help="configured messages per second")
    parser.add_argument("--retry-share", type=float, default=0.01)
    parser.add_argument("--blocked-share", type=float, default=0.02)
    args = parser.parse_args()

    rnd = random.Random(11)
    async with FloodyBotAPI(args.retry_share) as api:
        with tempfile.TemporaryDirectory() as tmp:
            async with Database(Path(tmp) / "bench.sqlite3") as db:
                await migrate(db)
                now = datetime.now(UTC).isoformat()
                async with db.transaction():
                    await db.execute("INSERT INTO organisations (id, name, kind, timezone, address, created_by,"
                                     " created_at) VALUES (1, 'Школа', 'school', 'Europe/Moscow', 'адрес', 1, ?)",
                                     (now,))
                    rows = [(i, 1, 50_000 + i, "ru", "active", now, now) for i in range(1, args.participants + 2)]
                    await db.executemany("INSERT INTO persons (id, org_id, locale, status, created_at, updated_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?)", [(r[0], r[1], *r[3:]) for r in rows])
                    await db.executemany("INSERT INTO accounts (person_id, channel, external_id, created_at,"
                                         " last_seen_at) VALUES (?, 'telegram', ?, ?, ?)",
                                         [(r[0], r[2], now, now) for r in rows])
                    roles = [(1, "coordinator", now)] + [(i, "mentor_candidate", now)
                                                         for i in range(2, args.participants + 2)]
                    await db.executemany("INSERT INTO person_roles (person_id, role, granted_at) VALUES (?, ?, ?)",
                                         roles)
                blocked = {50_000 + i for i in range(2, args.participants + 2) if rnd.random() < args.blocked_share}
                api.blocked_chats.update(blocked)

                clock = SystemClock()
                limiter = RateLimiter(per_second=args.rate)
                bot = make_bot(api.token, api.base_url, limiter=limiter)  # retries after a 429 wait for it too
                translator = Translator()
                service = build_services(
                    db, clock, lambda profiles: ChannelNotifier.single(bot, translator, profiles, limiter),
                    Settings(_env_file=None), translator).campaigns
                coordinator = Actor(Account.telegram(50_001), person=await PersonRepo(db).get(1))
                campaign = await service.create(coordinator, "potential_mentor", "mentors", date(2030, 1, 1), False)
                started = time.perf_counter()
                while True:
                    result = await service.deliver(limit=1000)
                    if not (result.delivered or result.blocked or result.retried or result.failed):
                        break
                elapsed = time.perf_counter() - started
                counts = await service.repos.campaigns.counts(campaign.id)
                await bot.session.close()

    delivered_calls = Counter(c.params["chat_id"] for c in api.calls_of("sendMessage") if c.ok)
    duplicated = sum(n - 1 for n in delivered_calls.values() if n > 1)
    delivered = counts.get("delivered", 0)
    waiting = counts.get("queued", 0)  # a passing failure: tried again after a pause (not lost)
    lost = args.participants - delivered - counts.get("blocked", 0) - waiting
    print(f"participants: {args.participants}, blocked the bot: {len(blocked)}")
    print(f"configured limit: {args.rate:.0f} messages/s; achieved: {delivered / elapsed:.1f} messages/s "
          f"({delivered / elapsed / args.rate:.0%} of the limit) over {elapsed:.1f} s")
    print(f"429 answers from the server: {api.flood_429} (waited out and retried)")
    print(f"delivered: {delivered}, blocked: {counts.get('blocked', 0)}, waiting to be sent again: {waiting},"
          f" duplicated: {duplicated}, lost: {lost}")


if __name__ == "__main__":
    asyncio.run(main())
