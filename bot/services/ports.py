"""Interfaces the services need from the outside world (implemented in bot/notifier.py and tests)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Protocol, runtime_checkable

from storage.models import Account

TextArgs = Mapping[str, object]  # the values a text's placeholders take, by name (Fluent arguments)
NO_ARGS: TextArgs = {}
RoadmapEvent = Callable[[int, str], Awaitable[object]]  # (organisation, event kind): RoadmapService.happened


async def no_roadmap_event(org_id: int, kind: str) -> None:
    """Where no roadmap listens (a service built alone)."""


@dataclass(frozen=True)
class Action:
    """A button under a notice: its label (a locale key), what it does and to which record."""

    label_key: str
    command: str
    target_id: int


class Delivery(StrEnum):
    """What became of one message: sent, refused for good (the first three after SENT), or worth another try."""

    SENT = "sent"
    BLOCKED = "blocked"  # 403: the person blocked the bot (final until they come back)
    GONE = "gone"  # 400 chat not found, 403 user deactivated: the account is not there (final)
    REJECTED = "rejected"  # any other 400: Telegram refused this message; sending it again would not help (final)
    RETRY = "retry"  # network, 5xx, 429 beyond the pacing's own waits: nothing was lost, try again later
    SKIPPED = "skipped"  # ``claim`` said no: nothing was sent

    def __bool__(self) -> bool:
        """True only when sent, as the plain bool this answer used to be (``if await notifier.notify(…)``)."""
        return self is Delivery.SENT

    @property
    def final(self) -> bool:
        """A permanent failure: trying again would not help."""
        return self in (Delivery.BLOCKED, Delivery.GONE, Delivery.REJECTED)


RETRY_PAUSES = tuple(timedelta(minutes=m) for m in (1, 2, 5, 10, 30))  # then every 30 minutes


def retry_pause(failures: int) -> timedelta:
    """How long to wait before the next try of a send that has failed for a passing reason ``failures`` times
    before this one (0 after the first failure): growing pauses, so an outage is ridden out without a flood."""
    return RETRY_PAUSES[min(failures, len(RETRY_PAUSES) - 1)]


@runtime_checkable
class Notifier(Protocol):
    async def notify(
        self, account: Account, locale: str, key: str, args: TextArgs = NO_ARGS, *, actions: Sequence[Action] = (),
        claim: Callable[[], Awaitable[bool]] | None = None
    ) -> Delivery:
        """Send the text ``key`` rendered in ``locale`` with ``args`` (and buttons) and say what became of it.
        Most callers ignore the answer (a notice is best effort); queued sends retry ``RETRY`` and record the rest.

        ``claim`` is awaited when the message's turn has come (after any pacing), right before it goes out;
        if it returns False nothing is sent (SKIPPED). Senders record «about to send» there, so a crash can leave at
        most the messages actually in flight undecided.
        """
        ...


class StateEraser(Protocol):
    async def forget_account(self, account: Account) -> None:
        """Forget any half-filled form of this account."""
        ...
