"""Interfaces the services need from the outside world (implemented in bot/notifier.py and tests)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

TextArgs = Mapping[str, object]  # the values a text's placeholders take, by name (Fluent arguments)
NO_ARGS: TextArgs = {}


@dataclass(frozen=True)
class Action:
    """A button under a notice: its label (a locale key), what it does and to which record."""

    label_key: str
    command: str
    target_id: int


@runtime_checkable
class Notifier(Protocol):
    async def notify(
        self, tg_user_id: int, locale: str, key: str, args: TextArgs = NO_ARGS, *, actions: Sequence[Action] = (),
        claim: Callable[[], Awaitable[bool]] | None = None
    ) -> bool:
        """Send the text ``key`` rendered in ``locale`` with ``args`` (and buttons). False when it could not be
        delivered.

        ``claim`` is awaited when the message's turn has come (after any pacing), right before it goes out;
        if it returns False nothing is sent. Senders record «about to send» there, so a crash can leave at
        most the messages actually in flight undecided.
        """
        ...


class StateEraser(Protocol):
    async def forget_user(self, user_id: int) -> None:
        """Forget any half-filled form of this Telegram user."""
        ...
