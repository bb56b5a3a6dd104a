"""The router gates (handlers/_routing.py): derived from the handlers, they let in what a router's handlers take."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime

from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Chat, Message, User

from bot import callbacks
from handlers import create_root_router
from handlers._routing import CallbackPrefixes, MessageGate

USER = User(id=1, is_bot=False, first_name="Ann")
CHAT = Chat(id=1, type="private")


def gates() -> dict[str, tuple[CallbackPrefixes | None, MessageGate | None]]:
    found = {}
    for router in create_root_router().sub_routers:
        cb = [f.callback for f in router.callback_query._handler.filters or ()]
        msg = [f.callback for f in router.message._handler.filters or ()]
        found[router.name] = (
            next((f for f in cb if isinstance(f, CallbackPrefixes)), None),
            next((f for f in msg if isinstance(f, MessageGate)), None),
        )
    return found


def message(text: str) -> Message:
    return Message(message_id=1, date=datetime.now(UTC), chat=CHAT, from_user=USER, text=text)


async def test_every_callback_prefix_enters_some_router() -> None:
    prefixes = {p for cb, _ in gates().values() if cb is not None for p in cb.prefixes}
    classes = [c for _, c in inspect.getmembers(callbacks, inspect.isclass)
               if issubclass(c, CallbackData) and c is not CallbackData]
    assert classes
    for cls in classes:
        assert cls.__prefix__ + cls.__separator__ in prefixes, cls.__name__


async def test_a_button_enters_only_the_routers_that_unpack_it() -> None:
    query = CallbackQuery(id="1", from_user=USER, chat_instance="x", data=callbacks.QCb(a="o", s=1).pack())
    entered = {name for name, (cb, _) in gates().items() if cb is None or await cb(query)}
    assert entered == {"errors", "questionnaires", "fallback"}


async def test_a_command_enters_only_its_router_and_plain_text_the_waiting_ones() -> None:
    g = gates()

    async def entered(text: str, state: str | None) -> set[str]:
        return {name for name, (_, gate) in g.items() if gate is None or await gate(message(text), raw_state=state)}

    assert await entered("/help", None) == {"errors", "common", "fallback"}
    assert await entered("/mypair@test_bot now", "Survey:answering") == {"errors", "pairs", "fallback"}
    assert "questionnaires" in await entered("3", "Survey:answering")
    assert "questionnaires" not in await entered("3", None)
