"""The sandbox in a real browser: `python -m bot start` without a token (what `make run` does on a fresh clone)
serves the web chat, and headless Chromium (Playwright) plays the people.

A super-admin creates an organisation and opens the coordinator's link as a new person, who consents and registers
(sharing the phone by the reply keyboard's contact button) and uploads a roadmap; the one-click demo organisation's
mentor logs a meeting; its coordinator downloads the order as .docx. Screenshots of these screens go to docs/ when
SANDBOX_SCREENSHOTS=1 (the README shows them).

Needs Chromium at /usr/bin/chromium (`.ci/run` installs Debian's package when it is missing); skipped without it.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import signal
import sys
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import settings_env_names
from tests.e2e.test_polling_e2e import REPO_ROOT, STARTUP_WAIT

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ROADMAP = REPO_ROOT / "tests" / "fixtures" / "roadmaps" / "roadmap-lyceum2-2023.txt"
DOCS = REPO_ROOT / "docs"
WAIT_MS = 15_000

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no Chromium at /usr/bin/chromium "
                                "(apt-get install -y chromium; .ci/run does it)")


class SandboxProcess:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.proc: asyncio.subprocess.Process | None = None
        self.log = workdir / "sandbox.log"
        self.address = ""

    async def start(self) -> str:
        env = {k: v for k, v in os.environ.items() if k.upper() not in settings_env_names()}
        env.update(PYTHONPATH=str(REPO_ROOT), PYTHONUNBUFFERED="1", LOG_LEVEL="WARNING")
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "start", "--port", "0", cwd=self.workdir, env=env,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=self.log.open("wb"))
        assert self.proc.stdout is not None
        lines: list[str] = []
        async with asyncio.timeout(STARTUP_WAIT):
            while not self.address:
                line = (await self.proc.stdout.readline()).decode()
                if not line:
                    raise AssertionError(f"the sandbox exited: {lines} {self.log.read_text()}")
                lines.append(line)
                match = re.search(r"Песочница: (http://127\.0\.0\.1:\d+)/ — ничего не уходит в Telegram", line)
                if match:
                    self.address = match.group(1)
        assert "BOT_TOKEN is not set: starting the sandbox" in lines[0]
        return self.address

    async def stop(self) -> int:
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(self.proc.wait(), 15)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()
        assert self.proc.returncode is not None
        return self.proc.returncode


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[SandboxProcess]:
    process = SandboxProcess(tmp_path)
    try:
        yield process
    finally:
        if process.proc is not None and process.proc.returncode is None:
            process.proc.kill()
            await process.proc.wait()


async def test_a_coordinator_registers_uploads_a_roadmap_and_a_mentor_logs_a_meeting_in_the_browser(
        sandbox: SandboxProcess, tmp_path: Path) -> None:
    from playwright.async_api import Page, async_playwright, expect

    base = await sandbox.start()
    shots = os.environ.get("SANDBOX_SCREENSHOTS") == "1"

    async def bot_says(page: Page, *fragments: str) -> None:
        message = page.locator("#messages .msg.bot")
        for fragment in fragments:
            message = message.filter(has_text=fragment)
        await expect(message.last).to_be_visible(timeout=WAIT_MS)

    async def say(page: Page, text: str) -> None:
        await page.locator("#composer input[name=text]").fill(text)
        await page.locator("#composer input[name=text]").press("Enter")

    async def press(page: Page, label: str) -> None:
        await page.locator("#messages .inline button", has_text=label).last.click()

    async def shot(page: Page, name: str) -> None:
        if shots:
            from PIL import Image  # matplotlib's dependency

            DOCS.mkdir(exist_ok=True)
            image = Image.open(io.BytesIO(await page.screenshot())).convert("RGB").quantize(colors=64)
            image.save(DOCS / name, optimize=True)  # a small PNG for the README

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = await browser.new_page(viewport={"width": 1100, "height": 720}, accept_downloads=True)
        await page.goto(f"{base}/?lang=ru")
        await expect(page.locator("header")).to_contain_text("Песочница: ничего не уходит в Telegram")
        await expect(page.locator("#chat h1")).to_contain_text("Администратор (вы)")

        # a person with a role before any organisation exists: told what to do first
        await page.locator("#new-person input[name=name]").fill("Никто Никтович")
        await page.locator("#new-person select").select_option("staff")
        await page.locator("#new-person button[type=submit]").click()
        await expect(page.locator(".notice")).to_contain_text("Сначала создайте организацию")

        # the super-admin creates an organisation and takes the coordinator's link
        await say(page, "/neworg")
        await bot_says(page, "Название организации")
        await say(page, "МБОУ «СОШ № 5»")
        await press(page, "Школа")
        await press(page, "Москва (МСК)")
        await bot_says(page, "Юридический адрес")
        await say(page, "170100, г. Тверь, ул. Школьная, д. 1")
        await press(page, "Создать")
        await bot_says(page, "Организация создана")
        await press(page, "Ссылка для куратора")
        await bot_says(page, "https://t.me/sandbox_mentor_bot?start=")

        # the coordinator opens the link as a new person: language, consent, the profile, the phone by contact
        await page.locator("button.open-link").last.click()
        await page.locator("#new-person input[name=name]").fill("Смирнова Ольга Ивановна")
        await page.locator("#new-person button[type=submit]").click()
        await expect(page.locator("#chat h1")).to_contain_text("Смирнова Ольга Ивановна")
        await bot_says(page, "Выберите язык")
        await press(page, "Русский")
        await bot_says(page, "Согласие на обработку персональных данных")
        await press(page, "✅ Согласен")
        await bot_says(page, "Шаг 1 из 5")
        for answer, step in (("Смирнова Ольга Ивановна", "Шаг 2 из 5"), ("заместитель директора", "Шаг 3 из 5"),
                             ("физика", "Шаг 4 из 5"), ("20", "Шаг 5 из 5")):
            await say(page, answer)
            await bot_says(page, step)
        await page.locator("#keyboard button", has_text="Отправить мой номер").click()
        await bot_says(page, "Регистрация завершена")
        await expect(page.locator("#messages .msg.user").last).to_contain_text("+7900")
        await expect(page.locator("#keyboard button")).to_have_count(0)
        await expect(page.locator("#people a.current")).to_contain_text("куратор")  # the role the bot gave
        await shot(page, "sandbox-registration.png")

        # the roadmap: the coordinator uploads the school's file and sees what the bot understood
        await say(page, "/roadmap")
        await bot_says(page, "Взять типовой шаблон")
        await page.locator("#file").set_input_files(str(ROADMAP))
        await expect(page.locator("#messages .msg.user a.doc").last).to_contain_text(ROADMAP.name)
        await bot_says(page, "Черновик дорожной карты", ROADMAP.name)
        await expect(page.locator("#messages .inline button", has_text="Активировать").last).to_be_visible()
        await shot(page, "sandbox-roadmap.png")

        # the one-click demo organisation: its mentor logs a meeting
        await page.get_by_role("button", name="Создать демо-организацию").click()
        await expect(page.locator(".notice")).to_contain_text("Демо-организация создана")
        coordinator_url = page.url
        await page.locator("#people a", has_text="Иванова Мария Петровна").click()
        await expect(page.locator("#chat h1")).to_contain_text("Иванова Мария Петровна")
        await say(page, "/meeting сегодня 45 мин очно организационная Знакомство и план")
        await bot_says(page, "Заметки и следующие шаги")
        await press(page, "Пропустить")
        await bot_says(page, "Проверьте запись встречи", "Тема: Знакомство и план")
        await press(page, "Сохранить")
        await bot_says(page, "Встреча записана")
        await shot(page, "sandbox-meeting.png")

        # the demo coordinator downloads the order fixing the pair
        await page.goto(coordinator_url)
        await say(page, "/pairs")
        await bot_says(page, "Иванова Мария Петровна → Петров Павел Андреевич")
        await press(page, "Приказ о закреплении")
        link = page.locator("#messages .msg.bot a.doc").last
        await expect(link).to_contain_text(".docx", timeout=WAIT_MS)
        async with page.expect_download() as info:
            await link.click()
        download = await info.value
        assert download.suggested_filename.endswith(".docx")
        saved = tmp_path / download.suggested_filename
        await download.save_as(str(saved))
        with zipfile.ZipFile(io.BytesIO(saved.read_bytes())) as docx:
            body = docx.read("word/document.xml").decode()
        assert "Иванова Мария Петровна" in body and "Петров Павел Андреевич" in body

        # the page in English
        await page.goto(f"{base}/?lang=en")
        await expect(page.locator("header")).to_contain_text("Sandbox: nothing goes to Telegram")
        await expect(page.locator("#new-person button[type=submit]")).to_have_text("Create and open the chat")
        await browser.close()

    assert await sandbox.stop() == 0
    log = sandbox.log.read_text()
    assert "Traceback" not in log, log
    for name in ("Смирнова", "Иванова", "Знакомство"):
        assert name not in log
