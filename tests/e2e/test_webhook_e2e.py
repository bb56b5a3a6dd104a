"""End to end in webhook mode: the real ``python -m bot`` process serves a webhook; the local Bot API server sets
nothing up by hand — it learns the URL and the secret from the bot's ``setWebhook`` and posts the updates there, as
Telegram does. Also, while this bot runs: /healthz, `healthcheck`, a backup, and a restore that is refused."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.sandbox.fake_api import FakeBotAPI
from tests.e2e.test_polling_e2e import (
    ADMIN_ID,
    REPO_ROOT,
    STARTUP_WAIT,
    BotProcess,
    User,
    assert_clean_log,
    assert_no_apologies,
    free_port,
)

SECRET = "webhook-secret-for-the-e2e-test-0123456789"


class WebhookBotProcess(BotProcess):
    def __init__(self, api: FakeBotAPI, workdir: Path) -> None:
        super().__init__(api, workdir)
        self.port = free_port()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        env = super().env()
        env.update(WEBHOOK_URL=f"{self.url}/telegram/webhook", WEBHOOK_SECRET=SECRET, WEBHOOK_HOST="127.0.0.1",
                   WEBHOOK_PORT=str(self.port), LOG_FORMAT="json")
        return env

    async def start(self) -> None:
        assert self.proc is None or self.proc.returncode is not None
        self.runs += 1
        self._stderr_path = self.workdir / f"bot-{self.runs}.stderr.log"
        stdout = (self.workdir / f"bot-{self.runs}.stdout.log").open("wb")
        stderr = self._stderr_path.open("wb")
        self._files += [stdout, stderr]
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=self.workdir, env=self.env(), stdin=asyncio.subprocess.DEVNULL,
            stdout=stdout, stderr=stderr)
        # the server listens before the bot calls setWebhook
        await self.guard(self.api.wait_for("setWebhook", lambda c: c.ok, timeout=STARTUP_WAIT))

    async def cli(self, *args: str) -> tuple[int, str, str]:
        """Another `python -m bot` command with the same settings, while this bot runs."""
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", *args, cwd=self.workdir, env=self.env(), stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await proc.communicate()
        assert proc.returncode is not None
        return proc.returncode, out.decode(), err.decode()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bot_process(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[WebhookBotProcess]:
    process = WebhookBotProcess(api, tmp_path)
    try:
        yield process
    finally:
        await process.kill()


async def test_the_bot_serves_a_webhook_checks_the_secret_and_reports_its_health(
        api: FakeBotAPI, bot_process: WebhookBotProcess) -> None:
    assert REPO_ROOT.is_dir()
    await bot_process.start()
    hook = api.calls_of("setWebhook")[-1].params
    assert hook["url"] == f"{bot_process.url}/telegram/webhook" and hook["secret_token"] == SECRET
    assert hook["max_connections"] == 32 and "message" in hook["allowed_updates"]
    assert not api.calls_of("getUpdates")

    # a request without the secret, or with another one, never reaches the bot
    forged = api.message_update(4242, "/start")
    forged["update_id"] = 900
    assert await api.post_webhook(forged, secret="wrong-secret-wrong-secret") == 401
    no_header = api.message_update(4242, "/start")
    no_header["update_id"] = 901
    async with aiohttp.ClientSession() as session, session.post(
            f"{bot_process.url}/telegram/webhook", json=no_header) as response:
        assert response.status == 401

    # Telegram (the local server) posts the admin's messages to the webhook; the bot answers through the Bot API
    admin = User(api, bot_process, ADMIN_ID)
    admin.send("/neworg")
    await admin.expect("Название организации")
    sent = admin.send("МБОУ «СОШ № 7»")
    await admin.expect("Тип организации")
    await bot_process.handled(sent)
    assert all(status == 200 for _, status in api.webhook_deliveries), api.webhook_deliveries
    assert not api.sent_texts(4242)

    async with aiohttp.ClientSession() as session, session.get(f"{bot_process.url}/healthz") as response:
        assert response.status == 200
        health = await response.json()
    assert health["status"] == "ok" and health["mode"] == "webhook"
    assert health["database"] is True and health["scheduler"] is True
    assert health["last_bot_api_ok"] and health["seconds_since_bot_api_ok"] >= 0
    code, out, _ = await bot_process.cli("healthcheck")
    assert code == 0 and json.loads(out)["status"] == "ok"

    # while it runs: a consistent backup, and a restore that is refused
    code, out, err = await bot_process.cli("backup", "backups", "--keep", "3")
    assert code == 0, err
    made = sorted((bot_process.workdir / "backups").glob("mentorship-*.sqlite3"))
    assert len(made) == 1
    code, _, err = await bot_process.cli("restore", str(made[0]))
    assert code == 1 and "in use (bot pid" in err, err

    # SIGTERM (docker stop) while an update is being handled: it finishes, its reply goes out, the bot exits 0
    hold = api.hold("sendMessage", lambda c: c.params.get("chat_id") == ADMIN_ID)
    in_hand = admin.send("Школа")  # the answer to «Тип организации» is typed instead of pressed: the bot replies
    await bot_process.guard(hold.arrived.wait())
    assert bot_process.proc is not None
    bot_process.proc.send_signal(signal.SIGTERM)
    await bot_process.logged("stopping the webhook server")
    hold.release()
    assert await asyncio.wait_for(bot_process.proc.wait(), 30) == 0
    assert hold.held[0].ok  # the reply held at the API went through after the signal
    assert (in_hand["update_id"], 200) in api.webhook_deliveries
    log = bot_process.stderr()
    records = [json.loads(line) for line in log.splitlines() if line.strip()]  # every line is one JSON object
    assert {"time", "level", "logger", "message"} <= set(records[0])
    assert any("webhook set" in r["message"] for r in records)
    assert_clean_log(log, SECRET, "СОШ № 7")
    assert_no_apologies(api, ADMIN_ID)

    # stopped: the restore goes through now
    code, out, err = await bot_process.cli("restore", str(made[0]))
    assert code == 0 and "Restored" in out, err
