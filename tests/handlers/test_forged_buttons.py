"""Forged buttons with numbers SQLite cannot hold (2**70) or negative ids: the «out of date» answer, silently."""

from __future__ import annotations

import logging
import typing

import pytest
from aiogram.filters.callback_data import CallbackData

from bot import callbacks
from tests.flows import make_coordinator
from tests.harness import Harness

# a real action of each class, so the forged press aims at a handler that would touch the database
ACTIONS = {"OrgCb": "coord", "InviteCb": "revoke", "PrivacyCb": "export", "ActionCb": "done",
           "RoadmapCb": "activate", "QCb": "n", "CampCb": "res", "BankCb": "card", "DraftCb": "start",
           "PairCb": "open", "MeetCb": "hist", "ReportCb": "org"}


def _classes() -> list[type[CallbackData]]:
    return [c for c in vars(callbacks).values()
            if isinstance(c, type) and issubclass(c, CallbackData) and c is not CallbackData]


def _int_fields(cls: type[CallbackData]) -> list[str]:
    hints = typing.get_type_hints(cls)
    return [name for name in cls.model_fields if (typing.get_origin(hints[name]) is typing.Annotated
            and typing.get_args(hints[name])[0] is int) or hints[name] is int]


def forged(cls: type[CallbackData], field: str, value: int) -> str:
    parts = []
    for name, info in cls.model_fields.items():
        if name == field:
            parts.append(str(value))
        elif info.annotation is bool or str(info.annotation) == "bool" or name in _int_fields(cls):
            parts.append("1")
        else:
            parts.append(ACTIONS.get(cls.__name__, "x") if name in ("action", "a", "command") else "m")
    return ":".join([cls.__prefix__, *parts])


CASES = [(cls, field, value) for cls in _classes() for field in _int_fields(cls) for value in (2**70, -5)]


def test_every_number_in_callback_data_is_bounded() -> None:
    assert len({cls for cls, _, _ in CASES}) >= 12  # every class with a number is covered
    for cls, field, value in CASES:
        with pytest.raises(ValueError):
            cls.unpack(forged(cls, field, value))
    assert callbacks.OrgTzCb.unpack("tz1:-1").index == -1  # «another zone» stays valid
    assert callbacks.id_of(str(2**70)) == 0 and callbacks.id_of("١٢") == 0 and callbacks.id_of("42") == 42


async def test_forged_huge_and_negative_numbers_get_the_stale_answer(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    coordinator = await make_coordinator(harness)
    with caplog.at_level(logging.WARNING):
        for cls, field, value in CASES:
            await coordinator.press(forged(cls, field, value))
            assert coordinator.alerts() and "неактуально" in coordinator.alerts()[0], (cls.__name__, field, value)
        # a text field that carries an id (DraftCb.v: the mentor) is bounded too
        await coordinator.press(f"d1:start:1:{2**70}")
        assert coordinator.alerts(), "an answer to the press"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    assert "Traceback" not in caplog.text
