"""A zip bomb uploaded as a roadmap: refused politely, parsed (and refused) in a limited child process, while the
bot keeps answering everyone else."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from aiogram.methods import SendMessage

from bot.services.roadmap import PARSE_MEMORY_MB, RoadmapService
from bot.services.roadmap_parser import ParsedRoadmap
from storage.db import Database
from tests.flows import make_coordinator
from tests.harness import Harness
from tests.zipbomb import docx_bomb


async def test_a_zip_bomb_is_refused_while_others_are_answered(
    harness: Harness, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    coordinator = await make_coordinator(harness)
    other = harness.user(4242, "Другой")
    roadmaps: RoadmapService = harness.dp["roadmaps"]
    real_parse = roadmaps.parse_file
    parsing, answered = asyncio.Event(), asyncio.Event()
    children: list[asyncio.Future[ParsedRoadmap]] = []

    async def observed(path: Path, year: int) -> ParsedRoadmap:
        children.append(asyncio.ensure_future(real_parse(path, year)))  # the child process starts parsing
        parsing.set()
        await answered.wait()  # the result is handed back once the other user has been answered
        return await children[0]

    roadmaps.parse_file = observed  # type: ignore[method-assign]
    bomb = docx_bomb(1024)  # 1 MB on the wire, 1 GiB of document.xml inflated
    assert len(bomb) < 2_000_000
    with caplog.at_level(logging.WARNING):
        upload = asyncio.create_task(coordinator.send_document("карта.docx", bomb))
        await parsing.wait()
        await other.send("/help")  # handled while the bomb's child is at work
        help_reply = other.text
        answered.set()
        await upload

    assert "Бот программы наставничества" in help_reply
    sent = [m for m in harness.requests if isinstance(m, SendMessage)]
    help_at = next(i for i, m in enumerate(sent) if m.chat_id == other.id)
    refusal_at = next(i for i, m in enumerate(sent) if m.chat_id == coordinator.id and "слишком много данных" in m.text)
    assert help_at < refusal_at  # the other user was answered before the bomb's verdict
    assert "Сохраните в новый .docx только таблицу" in coordinator.text
    assert await db.fetchval("SELECT COUNT(*) FROM roadmaps") == 0
    # memory stays bounded: the child ran under its address-space limit and said so
    assert real_parse.limits["as"] == PARSE_MEMORY_MB * 1024 * 1024  # type: ignore[attr-defined]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_real_docx_roadmap_still_uploads(harness: Harness, db: Database, tmp_path: Path) -> None:
    from tests.unit.test_untrusted_files import roadmap_docx

    coordinator = await make_coordinator(harness)
    data = roadmap_docx(tmp_path / "карта.docx").read_bytes()
    await coordinator.send_document("карта.docx", data)
    assert await db.fetchval("SELECT COUNT(*) FROM roadmap_stages") == 2
    assert "Черновик дорожной карты" in coordinator.text
    assert "Этапов: 2, мероприятий: 2." in coordinator.text
