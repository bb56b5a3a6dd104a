from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest

from bot.scheduler import build_scheduler, sweep_job


class BrokenReminders:
    async def sweep(self) -> None:
        raise RuntimeError("database is locked")


async def test_job_is_a_sweep_that_never_gets_skipped() -> None:
    broken = BrokenReminders()
    services = SimpleNamespace(reminders=broken, campaigns=broken, banks=broken, pairs=broken, meetings=broken,
                               privacy=broken, roadmaps=broken)
    scheduler = build_scheduler(services, 60)  # type: ignore[arg-type]
    job = scheduler.get_job("reminders-sweep")
    assert job.func is sweep_job
    assert job.misfire_grace_time is None and job.coalesce and job.max_instances == 1
    assert job.trigger.interval.total_seconds() == 60


async def test_a_failing_sweep_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        await sweep_job(BrokenReminders())  # type: ignore[arg-type]
    assert "reminder sweep failed" in caplog.text
