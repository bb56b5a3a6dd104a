"""/healthz's verdicts, and LOG_FORMAT=json's lines."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import aiohttp

from bot.health import ApiHeartbeat, Health
from bot.logs import JsonFormatter
from bot.webhook import serve_health
from storage.db import Database


async def test_health_says_what_is_wrong(tmp_path: Path) -> None:
    heartbeat = ApiHeartbeat(clock=lambda: 1_000.0)
    running = {"scheduler": True}
    async with Database(tmp_path / "db.sqlite3") as db:
        health = Health(db, heartbeat, lambda: running["scheduler"], "polling", clock=lambda: 1_030.0)
        runner = await serve_health(health, "127.0.0.1", 0)
        url = f"http://127.0.0.1:{runner.addresses[0][1]}/healthz"
        try:
            async with aiohttp.ClientSession() as http:
                async with http.get(url) as response:
                    assert response.status == 200
                    body = await response.json()
                assert body == {"status": "ok", "mode": "polling", "database": True, "scheduler": True,
                                "last_bot_api_ok": None, "seconds_since_bot_api_ok": None}
                heartbeat.last_ok = 1_000.0
                running["scheduler"] = False
                async with http.get(url) as response:
                    assert response.status == 503
                    body = await response.json()
                assert body["status"] == "fail" and body["scheduler"] is False
                assert body["last_bot_api_ok"] == "1970-01-01T00:16:40+00:00" and body["seconds_since_bot_api_ok"] == 30
        finally:
            await runner.cleanup()
    ok, body = await health.report()  # the database is closed now
    assert not ok and body["database"] is False


def test_json_log_lines() -> None:
    formatter = JsonFormatter()
    record = logging.LogRecord("bot.services.pairs", logging.INFO, __file__, 1, "pair %s proposed", (7,), None)
    record.update_id = 42
    line = json.loads(formatter.format(record))
    assert line["message"] == "pair 7 proposed" and line["level"] == "INFO" and line["logger"] == "bot.services.pairs"
    assert line["update_id"] == 42 and line["time"].endswith("+00:00")
    try:
        raise ValueError("boom")
    except ValueError:
        failed = logging.LogRecord("bot", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    entry = json.loads(formatter.format(failed))
    assert "ValueError: boom" in entry["exception"] and "\n" not in formatter.format(failed)
