"""Domain errors carry a locale key; one error router (handlers/errors.py) turns them into polite replies.

Handlers do not catch them. What an error does to a half-finished chat process is declared here, once:
``ends_flow`` errors mean the process cannot go on (its link died, the person registered meanwhile…), so the
error router forgets the chat's form state; any other error leaves it, and the person can simply try again."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    key = "error-generic"
    ends_flow = False  # True: the chat's half-finished process is forgotten (see the module docstring)

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


class FlowEnded(DomainError):
    """The process this input belonged to cannot go on; the person starts again (e.g. from a new link)."""

    key = "error-stale"
    ends_flow = True


class InviteInvalid(FlowEnded):
    key = "invite-error-unknown"


class Conflict(FlowEnded):
    """What is asked conflicts with what is recorded (registered in another organisation, another role)."""

    key = "error-conflict"
