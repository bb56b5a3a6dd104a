"""Domain errors carry a locale key; one error router turns them into polite replies."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    key = "error-generic"

    def __init__(self, key: str | None = None, **args: Any) -> None:
        self.key = key or type(self).key
        self.args_for_text = args
        super().__init__(self.key)


class AccessDenied(DomainError):
    key = "error-access-denied"


class NotFound(DomainError):
    key = "error-not-found"


class InvalidInput(DomainError):
    """Bad user input; the key explains what is expected."""

    key = "error-invalid-input"


class InviteInvalid(DomainError):
    key = "invite-error-unknown"


class Conflict(DomainError):
    key = "error-conflict"
