"""Interfaces the services need from the outside world (implemented in bot/notifier.py and tests)."""

from __future__ import annotations

from typing import Any, Protocol


class Notifier(Protocol):
    async def notify(self, tg_user_id: int, locale: str, key: str, **args: Any) -> bool:
        """Send the text ``key`` rendered in ``locale``. False when it could not be delivered."""
        ...


class StateEraser(Protocol):
    async def forget_user(self, user_id: int) -> None:
        """Forget any half-filled form of this Telegram user."""
        ...
