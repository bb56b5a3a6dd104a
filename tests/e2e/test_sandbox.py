"""The sandbox in process, over HTTP as the page uses it (the browser test drives the page itself): people by role,
the demo organisation, the chat's long poll, alerts, uploads and downloads, /healthz, and the people kept across a
restart. Every wait is the page's own long poll (answered when anything changes), never a sleep."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.config import load_settings
from bot.sandbox.app import run_sandbox
from bot.sandbox.chat import ADMIN_ID, telegram_html

WAIT = 15.0


class Running:
    def __init__(self, base: str, session: aiohttp.ClientSession) -> None:
        self.base = base
        self.http = session

    async def post(self, path: str, **body: Any) -> Any:
        async with self.http.post(f"{self.base}{path}", json=body) as response:
            assert response.status == 200, await response.text()
            return await response.json()

    async def form(self, path: str, **fields: str) -> str:
        async with self.http.post(f"{self.base}{path}", data=fields, allow_redirects=False) as response:
            assert response.status == 303, await response.text()
            return response.headers["Location"]

    async def chat(self, user: int, until: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """The chat as the page gets it, once ``until`` holds (long polls until then)."""
        version: int | None = None
        async with asyncio.timeout(WAIT):
            while True:
                query = f"/api/chat?user={user}&lang=ru" + ("" if version is None else f"&version={version}")
                async with self.http.get(f"{self.base}{query}") as response:
                    data = await response.json()
                if until(data):
                    return data
                version = data["version"]


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Callable[[], Any]]:
    """Start (and restart) the sandbox on one database; stopped at the end."""
    running: list[tuple[asyncio.Task[int], asyncio.Event]] = []

    async def start() -> str:
        ready, stop = asyncio.Event(), asyncio.Event()
        base: list[str] = []
        settings = load_settings(_env_file=None)
        task = asyncio.create_task(run_sandbox(settings, port=0, database=tmp_path / "sandbox.sqlite3",
                                               ready=lambda address: (base.append(address), ready.set()), stop=stop))
        running.append((task, stop))
        waiter = asyncio.create_task(ready.wait())
        await asyncio.wait({task, waiter}, timeout=60, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()
        assert base, "the sandbox did not start"
        return base[0]

    async def stop() -> None:
        task, event = running.pop()
        event.set()
        assert await asyncio.wait_for(task, 30) == 0

    start.stop = stop  # type: ignore[attr-defined]
    try:
        yield start
    finally:
        while running:
            await stop()


def test_the_bot_s_html_is_made_safe_for_the_page() -> None:
    assert telegram_html("<b>Пара</b> & <i>план</i>") == "<b>Пара</b> &amp; <i>план</i>"
    assert telegram_html('<script>alert(1)</script><a href="javascript:x">л</a>') == \
        'alert(1)<a href="#" target="_blank" rel="noopener">л</a>'
    assert telegram_html("<b>unclosed") == "<b>unclosed</b>"
    assert telegram_html("<b>plain</b>", parse_mode=None) == "&lt;b&gt;plain&lt;/b&gt;"


async def test_people_demo_chat_alerts_files_and_health(sandbox: Any, tmp_path: Path) -> None:
    base = await sandbox()
    async with aiohttp.ClientSession() as http:
        s = Running(base, http)
        async with http.get(f"{base}/?lang=en") as response:
            page = await response.text()
        assert "Sandbox: nothing goes to Telegram" in page and "Administrator (you)" in page
        async with http.get(f"{base}/healthz") as response:
            health = await response.json()
        assert response.status == 200 and health["mode"] == "sandbox" and health["scheduler"] is True

        # a role needs an organisation first
        assert (await s.form("/people?lang=ru", name="Кто-то", role="staff")).endswith("notice=no-org")

        # the super-admin talks to the bot
        await s.post("/api/send", user=ADMIN_ID, text="/neworg")
        chat = await s.chat(ADMIN_ID, lambda d: "Название организации" in d["messages"])
        assert 'class="msg user"' in chat["messages"]

        # the demo organisation: the coordinator's chat has the notices of the registrations and the pair
        location = await s.form("/demo?lang=ru")
        coordinator = int(re.search(r"user=(\d+)", location)[1])  # type: ignore[index]
        chat = await s.chat(coordinator, lambda d: "сформирована" in d["messages"])
        assert "Иванова Мария Петровна" in chat["people"] and "Кузнецова Анна Сергеевна" in chat["people"]

        # a button that no longer means anything: Telegram's alert, shown in the chat
        mentor = int(re.search(r'user=(\d+)&amp;lang=ru">Иванова', chat["people"])[1])  # type: ignore[index]
        await s.post("/api/press", user=mentor, message_id=1, data="n1:pair:999")
        chat = await s.chat(mentor, lambda d: 'class="alert"' in d["messages"])

        # a person with a role opens the invite at once: the language question, and the reply keyboard later
        location = await s.form("/people?lang=ru", name="Новикова Вера Павловна", role="mentee_teacher")
        newcomer = int(re.search(r"user=(\d+)", location)[1])  # type: ignore[index]
        await s.chat(newcomer, lambda d: "Выберите язык" in d["messages"])

        # a file the person sends is kept and downloadable, as a file the bot sends
        form = aiohttp.FormData()
        form.add_field("user", str(coordinator))
        form.add_field("file", b"1. Stage one\n", filename="plan.txt", content_type="text/plain")
        async with http.post(f"{base}/api/upload", data=form) as response:
            assert response.status == 200
        chat = await s.chat(coordinator, lambda d: 'download="plan.txt"' in d["messages"])
        file_id = re.findall(r'href="/files/([^"]+)" download="plan.txt"', chat["messages"])[-1]
        async with http.get(f"{base}/files/{file_id}") as response:
            assert await response.read() == b"1. Stage one\n"
            assert "plan.txt" in response.headers["Content-Disposition"]

    await sandbox.stop()
    # the people are kept: a restart knows who is who
    base = await sandbox()
    async with aiohttp.ClientSession() as http, http.get(f"{base}/?user={newcomer}&lang=ru") as response:
        assert response.status == 200 and "Новикова Вера Павловна" in await response.text()
