"""Cheap router-level gates, derived from the handlers each feature router registered (so they cannot drift).

aiogram offers an update to every router in turn, and every router to every one of its handlers: without a gate a
button press of the last feature unpacks its callback data (pydantic) in every router before it, and a command is
parsed by every ``Command`` filter of every router. A gate lets an update into a router only when one of the
router's handlers could take it; the handlers' own filters still decide. A router with a handler the gate cannot
read (no CallbackData filter, no command, state or «not a command» filter) stays open to everything.

Gates are coroutines: aiogram runs a plain function (and a magic ``F`` filter) as a filter in a worker thread
(``asyncio.to_thread``), one thread hand-off per check.
"""

from __future__ import annotations

from collections.abc import Iterable
from inspect import isclass
from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.filters import Command, Filter, StateFilter
from aiogram.filters.callback_data import CallbackQueryFilter
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message, TelegramObject

from handlers._util import NotCommand


class PrivateChat(Filter):
    """The update comes from a private chat (a button: the message under it is in one)."""

    async def __call__(self, event: TelegramObject) -> bool:
        if isinstance(event, Message):
            return event.chat.type == "private"
        if isinstance(event, CallbackQuery):
            return event.message is not None and event.message.chat.type == "private"
        return False


class Has(Filter):
    """The message carries this part (``Has("document")``: what ``F.document`` checks, without a thread hop)."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def __call__(self, event: TelegramObject) -> bool:
        return bool(getattr(event, self.name, None))


class CallbackPrefixes(Filter):
    """The button's data starts with one of these prefixes (``<CallbackData prefix><separator>``)."""

    def __init__(self, prefixes: Iterable[str]) -> None:
        self.prefixes = tuple(sorted(set(prefixes)))

    async def __call__(self, event: TelegramObject) -> bool:
        return isinstance(event, CallbackQuery) and event.data is not None and event.data.startswith(self.prefixes)


def _filters(handler: HandlerObject) -> list[Any]:
    return [f.callback for f in handler.filters or ()]


def callback_gate(router: Router) -> CallbackPrefixes | None:
    """The prefixes of every CallbackData the router's button handlers unpack; None when one takes any button."""
    prefixes: set[str] = set()
    for handler in router.callback_query.handlers:
        found = [f for f in _filters(handler) if isinstance(f, CallbackQueryFilter)]
        if not found:
            return None
        prefixes.update(f.callback_data.__prefix__ + f.callback_data.__separator__ for f in found)
    return CallbackPrefixes(prefixes) if prefixes else None


def _state_names(states: Iterable[Any]) -> set[str | None] | None:
    """The raw states a StateFilter accepts; None when it accepts any («*» or something unexpected)."""
    names: set[str | None] = set()
    for state in states:
        if state is None:
            names.add(None)
        elif isinstance(state, str):
            if state == "*":
                return None
            names.add(state)
        elif isinstance(state, State):
            if state.state in (None, "*"):
                return None
            names.add(state.state)
        elif isclass(state) and issubclass(state, StatesGroup):
            names.update(state.__all_states_names__)
        else:
            return None
    return names


class MessageGate(Filter):
    """A message enters the router when one of its handlers could take it: one of their commands, or what one of
    the others waits for (its states, plain input or any message, and the part it needs: ``Has``)."""

    def __init__(self, commands: set[str], prefixes: str,
                 others: list[tuple[frozenset[str | None] | None, bool, str | None]]) -> None:
        self.commands = commands
        self.prefixes = prefixes
        self.others = others  # (the states it waits in, None: any; only plain input; the part it needs)

    async def __call__(self, event: TelegramObject, raw_state: str | None = None) -> bool:
        if not isinstance(event, Message):
            return False
        text = event.text
        plain = not (text and text.startswith("/"))  # what NotCommand lets through
        for states, only_plain, part in self.others:
            if ((states is None or raw_state in states) and (plain or not only_plain)
                    and (part is None or getattr(event, part, None))):
                return True
        if self.commands:
            command_text = text or event.caption  # what Command parses
            if command_text:
                parts = command_text.split(maxsplit=1)
                if parts and parts[0][0] in self.prefixes:
                    return parts[0][1:].partition("@")[0] in self.commands
        return False


def message_gate(router: Router) -> MessageGate | None:
    """What the router's message handlers can take; None when one of them might take anything."""
    commands: set[str] = set()
    prefixes = ""
    others: list[tuple[frozenset[str | None] | None, bool, str | None]] = []
    for handler in router.message.handlers:
        filters = _filters(handler)
        command = next((f for f in filters if isinstance(f, Command)), None)
        if command is not None:
            if command.ignore_case or not all(isinstance(c, str) for c in command.commands):
                return None
            commands.update(str(c) for c in command.commands)
            prefixes += command.prefix
            continue
        only_plain = any(isinstance(f, NotCommand) for f in filters)
        state = next((f for f in filters if isinstance(f, StateFilter)), None)
        part = next((f.name for f in filters if isinstance(f, Has)), None)
        names = _state_names(state.states) if state is not None else None
        if names is None and not only_plain and part is None:
            return None
        others.append((frozenset(names) if names is not None else None, only_plain, part))
    if not router.message.handlers:
        return None
    return MessageGate(commands, "".join(sorted(set(prefixes))), others)


def gate(router: Router) -> Router:
    """Put the gates on a feature router whose handlers are all registered (see the module's docstring)."""
    if (callbacks := callback_gate(router)) is not None:
        router.callback_query.filter(callbacks)
    if (messages := message_gate(router)) is not None:
        router.message.filter(messages)
    return router
